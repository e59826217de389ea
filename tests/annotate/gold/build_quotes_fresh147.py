# ruff: noqa: E501
"""Build ``quotes_fresh147.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families (including statements read to court), inquests,
public inquiry hearings with counsel to the inquiry, appeals, and employment and
immigration tribunals, written up in wire, broadsheet, local-paper, tabloid,
magazine and broadcaster styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh147-NNN``.

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

* A barrister's or advocate's role tag after the name (``Alasdair Finch KC,
  prosecuting``, ``defending``, ``mitigating``, ``for the family``) is the
  description, taken as written (``prosecuting``); an appositive noun phrase
  (``counsel to the inquiry``) is taken as usual.
* A role title or relational phrase before the name combined with an appositive after
  it (``The inquiry's chair, Sir Edmund Harwood, a retired judge``): the appositive is
  the description.
* Judicial styles before a name (``Mr Justice``, ``Lady Justice``) are treated like
  honorifics and are never the description; ``Judge``, ``Sheriff``, ``Recorder``,
  ``District Judge``, ``Employment Judge``, ``Coroner`` standing alone before the name
  are role titles and are the description when there is no appositive.
* A statement written by one person and read aloud by another (a victim personal
  statement read by the prosecutor, a family statement read by a solicitor) belongs to
  its author, not to the reader. Likewise text messages, letters, notes, recordings
  and words caught on body-worn cameras, when quoted in court, belong to whoever wrote
  or said them, not to the barrister who reads them out.
* Questions put by counsel, a judge or a coroner are that person's direct speech; in
  a run of alternating quote-only paragraphs each turn belongs to the person whose
  turn it is.
* Where a speaker is introduced without an appositive (name, age, address only) and
  the passage refers to them by a definite description at a cue or in the next
  sentence (``the 22-year-old``, ``the stylist``), that description is taken. A
  non-restrictive relative clause (``, who asked not to be named``) is not part of the
  description; a restrictive one is.
* A person whose name the court has withheld (``the woman, who cannot be identified
  for legal reasons``) has a null speaker and the noun phrase as the description; a
  cipher used instead of a name (``Officer B12``) is the speaker's name, without the
  rank.
* A named family speaking as a group (``the Marchetti family said``) is the speaker,
  like an organisation; an unnamed group is a null speaker with a description.
* Shouts from the public gallery by someone the passage does not describe at all are
  ``direct`` with speaker and description null; by someone it describes (``a woman in
  the public gallery``) they have that description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh147.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh147.jsonl")

PASSAGES = """
### 001
@a Alasdair Finch | prosecuting
@b Nkechi Obiora | a neighbour of the dead man
@c Rhodri Vaughan | defending
@d Imelda Crossan | Judge
CALLOWMERE (Wire) - A neighbour who found Martin Oakes bleeding on the landing outside his flat told a jury on Tuesday she had heard two men arguing "⟦p:b|for at least ten minutes⟧" before a door slammed.
Nkechi Obiora, a neighbour of the dead man, was giving evidence on the second day of the trial of Kyle Brannigan, 29, who denies murder at Callowmere Crown Court.
"⟦d:b|I heard Martin say, 'Put it down, put it down,' and then nothing,⟧" Obiora said. "⟦d:b|When I opened my door he was sitting against the wall holding his stomach.⟧"
Alasdair Finch KC, prosecuting, asked her whether she had seen anyone else on the landing that night.
"⟦d:b|Only the back of someone going down the stairs. A grey hood. That's all I saw,⟧" she said.
Under cross-examination, Rhodri Vaughan, defending, suggested she could not have heard the words clearly through a heavy fire door.
"⟦d:c|You told the police the voices were muffled, didn't you?⟧" he asked.
"⟦d:b|Muffled, yes. But I know what I heard,⟧" she replied.
"⟦d:c|Is it possible you heard what you expected to hear?⟧"
"⟦d:b|No.⟧"
Finch had earlier told jurors that Brannigan, a former flatmate of Oakes, had gone to the block on Dunmore Street "⟦p:a|armed and angry⟧" after a dispute over an unpaid debt of £400.
Judge Imelda Crossan told the jury they would visit the block of flats on Thursday. "⟦d:d|You must not go there on your own, and you must not discuss this case with anyone at home,⟧" she said.
The trial continues.

### 002
@a Rosa Quintero | her mother
@b Tobias Wrenfield | Judge
@c Harpreet Sandhu | mitigating
@d Liam Dorsey | the 22-year-old
A young driver who was racing a friend along the Ashby Vale bypass when he struck and killed a student nurse has been jailed for seven years and four months.
Liam Dorsey, 22, of Fern Close, was travelling at almost 80mph in a 40mph zone when his Audi hit 19-year-old Lucía Quintero as she crossed at the junction with Mill Lane in March last year, Brindlecombe Crown Court heard.
In a victim personal statement read to the court by the prosecutor, her mother, Rosa Quintero, said the family had been “⟦p:a|hollowed out⟧”.
“⟦d:a|Lucía wanted to be a nurse from the time she was six years old. She used to put plasters on the cat,⟧” she wrote. “⟦d:a|Now I set the table for three and I cannot stop myself putting out a fourth plate.⟧”
“⟦d:a:m|I do not want to hate the man who did this. I am trying not to. But I want him to know her name, and to say it every day, the way we do.⟧
“⟦d:a|Lucía. Her name was Lucía.⟧”
Harpreet Sandhu, mitigating, said her client was “⟦p:c|genuinely and profoundly remorseful⟧” and had written a letter to the family which he did not expect them to read.
“⟦d:c|He has not driven since that night and he has told me he never will,⟧” Ms Sandhu said.
Sentencing, Judge Tobias Wrenfield said the speed at which Dorsey had been travelling was “⟦p:b|grotesque⟧”.
“⟦d:b|You were not late for anything. You were not responding to an emergency. You were showing off,⟧” he told Dorsey. “⟦d:b|And a young woman who had done nothing wrong paid for that with her life.⟧”
As he was led to the cells, the 22-year-old turned towards the public gallery and said quietly: “⟦d:d|I'm sorry.⟧”
Dorsey was also banned from driving for ten years.

### 003
@a Gwendolyn Ashcroft | Judge
@b Dennis Harrop | the 58-year-old
@c Maureen Kettle | one of his victims
@d Gary Kettle | her son
@e - | a neighbour who did not want to be named
A FAKE "⟦s:-|doctor⟧" who conned lonely pensioners out of their life savings with bogus "⟦s:-|miracle⟧" heart pills was caged yesterday.
Smooth-talking Dennis Harrop, 58, told victims he was a retired private cardiologist and signed his letters "⟦s:-|Dr Dennis⟧". He pocketed £212,000 from 14 victims over three years, Kessington Crown Court heard.
Widow Maureen Kettle, 81, one of his victims, handed over £31,000 for pills that turned out to be vitamin tablets bought online for £3 a tub.
"⟦d:c|He sat in my kitchen and held my hand,⟧" she said outside court. "⟦d:c|He said I reminded him of his mum. I'd have given him anything.⟧"
Her son, Gary Kettle, 54, fumed: "⟦d:d|He's a parasite. Seven years isn't enough. Mum won't even answer the door now.⟧"
In the dock, the 58-year-old shook his head and muttered "⟦d:b|rubbish⟧" as the prosecutor read out a list of his victims' ages.
Jailing him for seven years, Judge Gwendolyn Ashcroft said: "⟦d:a|You are a cruel and calculating man. You targeted these people precisely because they were frail and alone.⟧"
"⟦d:a|You took their money, and then you took away their trust in anyone who knocks on their door.⟧"
A neighbour who did not want to be named said: "⟦d:e|We all thought he was a lovely man. He used to bring flowers round.⟧"

### 004
@a Eluned Pryce | the senior coroner for Eastmoor
@b Farouk Haddad | a consultant pathologist
@c Beata Nowicka | a shift supervisor at the site
@d Wanjiru Kariuki | his widow
@e Calloway Logistics | the company
A warehouse worker collapsed and died after being told to finish loading a lorry on one of the hottest days of the year, an inquest has heard.
Amos Kariuki, 34, was found unresponsive in a trailer bay at the Calloway Logistics distribution centre in Harnley on July 19 last year.
Dr Farouk Haddad, a consultant pathologist, said the cause of death was heat stroke. “⟦d:b|The core temperature recorded on his arrival at hospital was 41.8 degrees. At that level, the organs begin to fail,⟧” he told the hearing.
Beata Nowicka, a shift supervisor at the site, said she had asked Mr Kariuki to “⟦p:c|get the last one away⟧” shortly before 3pm.
“⟦d:c|He said he felt dizzy. I told him to have some water and sit down for five minutes after,⟧” she said.
Asked by the coroner what she had meant by “⟦s:-|after⟧”, Ms Nowicka paused. “⟦d:c|After the lorry was loaded. I know how that sounds now.⟧”
In a statement read by the family's solicitor, Wanjiru Kariuki, his widow, said: “⟦d:d|Amos went to work to provide for his children and he did not come home. Nobody should die for a delivery schedule.⟧”
Recording a narrative conclusion, the senior coroner for Eastmoor, Dr Eluned Pryce, said the company's heat policy had been “⟦p:a|a document that existed on paper only⟧”.
“⟦d:a|Staff were not told about it, supervisors were not trained in it, and on the day that mattered nobody followed it,⟧” she said.
She said she would write to the company and to the Health and Safety Directorate to prevent future deaths.
Calloway Logistics said it had “⟦p:e|completely overhauled⟧” its procedures since Mr Kariuki's death. “⟦d:e|Our thoughts remain with Mr Kariuki's family and colleagues,⟧” the company said.

### 005
@a Celestine Mbeki-Rowe | counsel to the inquiry
@b Graham Ellery | the former chief executive of Dunmarrow Water
@c Ottilie Varga | the inquiry's chair
@d - | one woman
@e - | a laboratory manager
The former head of a water company at the centre of a contamination scandal has told a public inquiry he was “⟦p:b|not made aware⟧” of warning signs in the weeks before hundreds of people fell ill.
Graham Ellery, the former chief executive of Dunmarrow Water, was questioned for more than four hours on Wednesday by Celestine Mbeki-Rowe KC, counsel to the inquiry.
She put to him an internal email from August 2021 in which a laboratory manager wrote that readings at the Coldharbour treatment works were “⟦p:e|off the charts⟧”.
“⟦d:a|That email was copied to your office. Did you read it?⟧” Ms Mbeki-Rowe asked.
“⟦d:b|My office received several hundred emails a week. I would not have read every one,⟧” Mr Ellery replied.
“⟦d:a|This was not every one, Mr Ellery. This was the one that said the water was unsafe.⟧”
“⟦d:b|With hindsight, I accept it should have been escalated to me. I regret that it wasn't.⟧”
At one point the inquiry's chair, Dame Ottilie Varga, intervened to ask whether anyone at board level had asked to see the laboratory results. “⟦d:c|I'm not asking what you were told. I'm asking what you asked,⟧” she said.
After a long pause, he said: “⟦d:b|I don't think I asked.⟧”
Outside the hearing centre, one woman, whose son spent nine days in hospital, said: “⟦d:d|Four hours, and he still couldn't say sorry.⟧”

### 006
@a Chiara Benedetti | the stylist
@b Darren Mowbray | the salon's owner
@c Ifeoma Adeyemi | Employment Judge
@d - | a spokesperson for Mowbray Hair
A hairdresser who was sacked by text message two days after telling her boss she was pregnant has won her claim for unfair dismissal and pregnancy discrimination.
Chiara Benedetti, 27, had worked at Mowbray Hair in Tollmouth for four years when she received a message from Darren Mowbray, the salon's owner, at 11.40pm on a Sunday. It read: "⟦d:b|Don't come in tomorrow. Or after. Sorry but it's not working.⟧"
An employment tribunal sitting in Kestford heard that Mr Mowbray had described her, in a written appraisal only months earlier, as "⟦p:b|the best colourist I've ever had⟧".
Giving evidence, Mr Mowbray denied the pregnancy had anything to do with his decision. "⟦d:b|It was about attitude. She'd been late, she'd been rude to a client,⟧" he said.
Asked why none of this had been written down, he said: "⟦d:b|I'm a small business. I don't do paperwork like a bank does.⟧"
The stylist said she had been "⟦p:a|completely blindsided⟧". "⟦d:a|I had a client booked in at nine the next morning. I had to text her and tell her I didn't work there any more,⟧" she said.
In her written judgment, Employment Judge Ifeoma Adeyemi said Mr Mowbray's account was "⟦p:c|not credible⟧".
"⟦d:c|The timing of the dismissal speaks for itself. The tribunal finds that the claimant's pregnancy was the reason, or at the very least the principal reason, for it,⟧" she wrote.
Ms Benedetti was awarded £18,450. A spokesperson for Mowbray Hair said the business would "⟦p:d|reflect carefully⟧" on the judgment.

### 007
@a Yusuf Abdirahman Warsame | -
@b Gareth Lowe | the presenting officer for the Interior Ministry
@c Mariam Sheikh | Judge
@d Tunde Bakare | his solicitor
Yusuf Abdirahman Warsame was 15 when he left home, and 23 when he sat in hearing room 4 at the Kestford immigration tribunal last week and asked a judge to let him stay.
Speaking through an interpreter, he described two years washing cars in a port city he would not name, sleeping in a room above the yard with six other boys.
«⟦d:a|I have no family there any more. My mother died. My brother I have not heard from since 2019,⟧» he said.
Gareth Lowe, the presenting officer for the Interior Ministry, put it to him that he had given a different season for his mother's death at his screening interview.
«⟦d:b|In 2020 you said she died in the spring. Today you say the winter. Which is it?⟧» Mr Lowe asked.
«⟦d:a|I was told in the winter. She died before. I did not know when exactly,⟧» Mr Warsame replied. «⟦d:a|Nobody writes a letter.⟧»
His solicitor, Tunde Bakare, told the tribunal that small inconsistencies were «⟦p:d|exactly what one would expect⟧» from a frightened teenager interviewed without an adult present.
Judge Mariam Sheikh reserved her decision. «⟦d:c|I will give it the care it deserves,⟧» she told Mr Warsame. «⟦d:c|You will receive it in writing.⟧»
Outside, Mr Bakare said: «⟦d:d|He has been waiting for eight years. A few more weeks is nothing, and it is everything.⟧»

### 008
@a Farah Qureshi | the presiding judge
@b Declan Mooney | a former bus driver from Carrow
@c Sadia Rahman | his lawyer
@d Northvale Prosecution Service | -
@e Anwen Jarvis | -
CARROW, Northvale — A man who spent 11 years in prison for the murder of a young mother had his conviction quashed on Thursday after appeal judges ruled that DNA evidence unavailable at his trial pointed to another man.
Declan Mooney, a former bus driver from Carrow, was convicted in 2010 of killing Carys Jarvis, 24, whose body was found in a canal towpath underpass.
The presiding judge, Lady Justice Farah Qureshi, said the new evidence “⟦p:a|fundamentally undermines⟧” the safety of the conviction.
“⟦d:a|We are in no doubt that, had the jury heard this evidence, they may well have reached a different verdict,⟧” she said, reading a summary of the court's judgment. “⟦d:a|The conviction is unsafe and must be quashed.⟧”
Mooney, who was released on licence in 2021, bowed his head as the ruling was read. Outside the court, he said: “⟦d:b|I've waited fifteen years to hear a judge say it. I didn't kill Carys. I never even met Carys.⟧”
His lawyer, Sadia Rahman, called on police to reopen the investigation. “⟦d:c|There is a family out there who still do not know who killed their daughter, and that is the real injustice today,⟧” she said.
The Northvale Prosecution Service said it would not seek a retrial. “⟦d:d|We have reviewed the new material carefully and we accept the court's ruling,⟧” it said in a statement.
Anwen Jarvis, whose sister was killed, said the family were “⟦p:e|back at the beginning⟧”. “⟦d:e|For fifteen years we were told it was him. Now we are told it wasn't. I don't know what to believe,⟧” she said.

### 009
@a Marcus Tillotson | a former finance director of the Pellbrook Foundation
@b Bronwen Aske | prosecuting
@c Kenji Moriyama | his own barrister
A former charity finance director accused of siphoning more than £600,000 to feed a gambling habit has told a jury he "⟦p:a|always intended⟧" to pay the money back.
Marcus Tillotson, 46, a former finance director of the Pellbrook Foundation, denies fraud by abuse of position and false accounting at Marlbury Crown Court.
Giving evidence in his own defence, he said he began moving small sums into his personal account in 2018 "⟦p:a|to cover a gap⟧" after a bad run of bets.
"⟦d:a|I told myself it was a loan. I kept a spreadsheet. Every penny is on it,⟧" he said.
Questioned by his own barrister, Kenji Moriyama, about why he had not told the charity's trustees, Mr Tillotson said: "⟦d:a|Because I was ashamed. And because I thought I could fix it before anyone noticed.⟧"
"⟦d:c|Did you ever intend to keep that money?⟧" Mr Moriyama asked.
"⟦d:a|Never.⟧"
Cross-examining, Bronwen Aske, prosecuting, pointed out that the spreadsheet had been created in 2023, two weeks after auditors first raised questions about the accounts.
"⟦d:b|You didn't keep a record at all, did you, Mr Tillotson? You made one up when you were caught,⟧" she said.
"⟦d:a|That's not right. I rebuilt it from my notes,⟧" he replied.
"⟦d:b|Where are those notes?⟧"
"⟦d:a|I threw them away.⟧"
"⟦d:b|Of course you did.⟧"
The trial continues.

### 010
@a Emmanuel Asante | the retired bus inspector
@b Grace Asante | his wife
@c - | one detective on the case
@e Heather Lindqvist | the judge
Emmanuel Asante keeps his son's football boots by the back door of the house in Pelham Rise, laces tied, as if Kofi might come in from training and need them.
For 14 months, through a trial, a hung jury and a retrial, the retired bus inspector sat in the public gallery at Kessington Crown Court every single day. He took notes in school exercise books. There are four of them now, stacked on the kitchen table.
“⟦d:a:m|People said to me, Emmanuel, you don't have to go every day. You don't have to hear it. But he was my son. If he had to go through it, I had to hear it.⟧
“⟦d:a:m|The worst day was not the pathologist. I thought it would be. The worst day was when the defence barrister said Kofi was ‘known to police’. My son was stopped twice walking home from the library. That is what ‘known to police’ meant.⟧
“⟦d:a|I wanted to stand up and shout. Grace held my arm.⟧”
His wife, Grace Asante, says she could not go back to court after the first week. “⟦d:b|I went once and I came home and I didn't speak for two days,⟧” she says. “⟦d:b|Emmanuel is stronger than me. Or more stubborn.⟧”
Two men were convicted of Kofi's murder in January. Sentencing them, the judge, Heather Lindqvist, said the attack had been “⟦p:e|savage, sustained and utterly without reason⟧”.
One detective on the case, who asked not to be named, said the exercise books had at times been “⟦p:c|better than our own notes⟧”. “⟦d:c|He caught a mistake in a witness's timeline before we did,⟧” the detective said.
Asante smiles at that. “⟦d:a|I was an inspector for 31 years,⟧” he says. “⟦d:a|I know how to read a timetable.⟧”

### 011
@a Leona Fairbairn | a former consultant obstetrician at St Aldhelm's Hospital
@b Precious Okafor | the midwife on duty
@c Families for Aldhelm | -
The following is an edited extract from Tuesday's evidence to the St Aldhelm's Maternity Inquiry by Dr Leona Fairbairn, a former consultant obstetrician at St Aldhelm's Hospital, questioned by Jonathan Pike KC, counsel to the inquiry. The inquiry is chaired by Sir Malcolm Ebbage.
Q: Dr Fairbairn, I want to take you to the handover note for the night of 12 March. It reads, “⟦d:a|Bed 4 stable, review in morning.⟧” Who wrote that?
A: I did.
Q: Was the patient in bed 4 stable?
A: On the observations I had at the time, yes.
Q: The midwife on duty, Precious Okafor, has told this inquiry that she said to you that night, “⟦d:b|I'm not happy with her, I want you to come back and look.⟧” Do you remember that?
A: I remember her being concerned. I don't remember those words.
Q: If she did use those words, what should you have done?
A: I should have gone back to the ward.
Q: Did you?
A: No.
CHAIR: Take a moment, Dr Fairbairn, if you need one.
A: I'm all right. Thank you.
After the session, Families for Aldhelm, which represents 41 families, said Dr Fairbairn's evidence had been “⟦p:c|the first straight answer we have heard in three weeks⟧”.

### 012
@a Étienne Marchal | the former mayor of Vessaline
@b Hélène Brossard | the prosecutor
@c Solène Lacroix-Dumont | the presiding judge
@d - | one retired teacher who had queued since dawn for a seat
VESSALINE — The former mayor of Vessaline told a criminal court on Monday that he had «⟦p:a|never once⟧» accepted money from the developers who rebuilt the city's harbour district, on the first day of a trial expected to last six weeks.
Étienne Marchal, 67, who ran the city for 18 years, faces charges of corruption and misuse of public funds. He denies all of them.
«⟦d:a|Je n'ai jamais pris un centime,⟧» he told the court, before repeating himself in English for the benefit of foreign reporters: «⟦d:a|I never took a single cent.⟧»
The prosecutor, Hélène Brossard, then read out a list of payments totalling 1.4 million euros to a consultancy registered in the name of his former driver.
«⟦d:b|Your driver was a consultant in harbour engineering, Mr Marchal?⟧» she asked.
«⟦d:a|He was a man I trusted. What he did with his own company was his business,⟧» the former mayor replied, to laughter from the public benches.
The presiding judge, Solène Lacroix-Dumont, called for silence. «⟦d:c|This is not a theatre,⟧» she said. «⟦d:c|Anyone who cannot keep quiet will wait outside.⟧»
Outside, one retired teacher who had queued since dawn for a seat said she had come «⟦p:d|to see whether the law is the same for everyone⟧».

### 013
@a Torvald Eklund | master of the ferry Gannet Star
@b Imogen Strachan | prosecuting
@c Ruairí Ó Ceallaigh | a passenger who survived
@d Aldous Penhaligon | -
PORT ESKER, Oct. 9 -- The master of a ferry that capsized in a storm off Port Esker, killing seven people, told a jury Wednesday that he had been ``⟦p:a|assured by the forecast⟧'' that conditions would ease.
Torvald Eklund, 55, master of the ferry Gannet Star, is on trial at Esker Crown Court on seven counts of gross negligence manslaughter. He denies the charges.
``⟦d:a|I had made that crossing more than two thousand times,⟧'' Eklund said. ``⟦d:a|I did not sail because I was reckless. I sailed because I believed it was safe.⟧''
Under questioning from Imogen Strachan KC, prosecuting, he accepted that two crew members had raised concerns before departure.
``⟦d:b|One of them told you the bow doors were not sealing properly. Did you go and look?⟧'' Strachan asked.
``⟦d:a|I sent the chief officer.⟧''
``⟦d:b|That is not what I asked.⟧''
``⟦d:a|No. I did not go myself.⟧''
Earlier, Ruairí Ó Ceallaigh, a passenger who survived, described clinging to an upturned lifeboat for three hours. ``⟦d:c|You could hear people calling out in the dark, and then you couldn't,⟧'' he said.
Mr Justice Aldous Penhaligon adjourned the hearing early after a juror became unwell. ``⟦d:d|We will resume tomorrow at ten, and not before,⟧'' he told the court.

### 014
@a Morag Dalgleish | Sheriff
@b Craig Leishman | the 34-year-old
@c Alison Greer | Defence solicitor
@d Euan Blackadder | Procurator fiscal depute
A man who drove a stolen tractor through the centre of Inverlochan during the town's gala day has been jailed for ten months.
Craig Leishman, 34, of Brae Crescent, admitted dangerous driving, theft and driving while disqualified when he appeared at Inverlochan Sheriff Court.
Procurator fiscal depute Euan Blackadder told the court the tractor was taken from a farm at Drumgowan and driven "⟦p:d|at walking pace but with considerable determination⟧" along the High Street, where the gala procession had assembled.
"⟦d:d|Members of the public had to lift children out of its path. One float was struck and a display of the gala queen's court was damaged,⟧" he said.
Defence solicitor Alison Greer said her client had been drinking since the night before. "⟦d:c|He has no real memory of the incident. He is mortified. His own niece was on one of the floats,⟧" she said.
Asked by the sheriff whether he had anything to say, the 34-year-old stood and said: "⟦d:b|Just sorry. To everybody.⟧"
Sheriff Morag Dalgleish told him: "⟦d:a|It is more by luck than by anything you did that nobody was seriously hurt. I have no option but to impose a custodial sentence.⟧"
She also banned him from driving for five years.

### 015
@a Ruth Oyelaran | Presiding magistrate
@b Shane Coupland | -
@c Kirsty Pennock | prosecuting
@d Dilip Chauhan | the store manager
A serial shoplifter who stole £1,100 of meat and cheese from the same supermarket in six weeks told magistrates he had been “⟦p:b|feeding half the estate⟧”.
Shane Coupland, 38, of no fixed abode, admitted nine thefts from the Foodwise store in Harnley Road, Tollmouth.
Kirsty Pennock, prosecuting, said Coupland would fill a rucksack with steaks and blocks of cheddar and walk out “⟦p:c|without any attempt at concealment⟧”.
In a statement, the store manager, Dilip Chauhan, said staff had become frightened of him. “⟦d:d|My team are not security guards. One of my youngest staff left because of him,⟧” he said.
Representing himself, Coupland told the bench: “⟦d:b|I'm not proud of it. But people round me haven't got anything, and that shop throws food away every night.⟧”
Presiding magistrate Ruth Oyelaran replied: “⟦d:a|Whatever the shop throws away is not yours to take, Mr Coupland, and neither is what it sells.⟧”
When she told him he would be sentenced at the crown court because of his previous convictions, Coupland said, “⟦d:b|You're joking,⟧” and was warned about his behaviour.

### 016
@a - | the jury
@b Nadia Ferreira | the governor of HMP Coldwater
@c Ibrahim Saleh | for the family
@d Janice Whitcombe | his mother
@e Callum Greaves | Prison officer
An inquest jury has found that failures by staff at HMP Coldwater "⟦p:a|more than minimally contributed⟧" to the death of a 21-year-old man who was left alone in his cell despite being on suicide watch.
Tyler Whitcombe was found unresponsive on the morning of November 3, 2022, eight days after he was remanded in custody.
Prison officer Callum Greaves told the inquest he had been responsible for 46 prisoners on the night shift and had checked Mr Whitcombe's cell "⟦p:e|as often as I physically could⟧".
"⟦d:e|We were two officers down. I'm not making excuses. That was just the reality that night,⟧" he said.
Ibrahim Saleh, for the family, asked him: "⟦d:c|Did anybody tell you that Tyler had said he would not see the weekend?⟧"
"⟦d:e|Not that I remember, no.⟧"
Nadia Ferreira, the governor of HMP Coldwater, said a new observation system had since been introduced. "⟦d:b|I deeply regret that it took Tyler's death for that to happen,⟧" she told the jury.
The jury said in its narrative conclusion that there had been "⟦p:a|a serious failure of communication⟧" between healthcare and wing staff.
Speaking outside Tollmouth Coroner's Court, Janice Whitcombe, his mother, said: "⟦d:d|My son asked for help and he told them what he was going to do. They wrote it down and they put it in a drawer.⟧"
"⟦d:d|I want every officer in that prison to read what this jury said today.⟧"

### 017
@a Rukhsana Begum | a former ward sister at Hollinwood General Hospital
@b Daniel Achterberg | Counsel to the inquiry
@c Hollinwood Health Trust | -
@e Iolo Pritchard | the chair
@f - | a senior manager
A former ward sister has told the Hollinwood Hospital Inquiry that she was called “⟦p:f|a troublemaker⟧” by a senior manager after raising concerns about staffing on a dementia ward.
Rukhsana Begum, a former ward sister at Hollinwood General Hospital, wept as she described the night in February 2019 when two patients fell within an hour of each other.
“⟦d:a|There were two of us for 28 patients. I was running from one end of the ward to the other. I could hear a buzzer going and I couldn't get to it,⟧” she said.
Counsel to the inquiry, Daniel Achterberg, asked her what happened when she reported the falls.
“⟦d:a|I wrote it up. I sent an email to the matron and to the directorate. The next week I was called into a meeting and told I was not a team player,⟧” she said.
“⟦d:b|Did anyone in that meeting ask about the patients who fell?⟧” Mr Achterberg asked.
“⟦d:a|No. Not one question.⟧”
The chair, Professor Iolo Pritchard, thanked Ms Begum for what he called her “⟦p:e|extraordinary courage⟧” in coming forward. “⟦d:e|Nobody should have to be brave to do their job properly,⟧” he said.
Hollinwood Health Trust said it was “⟦p:c|deeply sorry⟧” and that it had “⟦p:c|listened and learned⟧” since 2019.

### 018
@a Deepak Raghunathan | a former head of science at Marlowe Park Academy
@b Fiona Caird | Headteacher
@c Sean Lafferty | representing the academy trust
@d Alun Pugh | regional secretary of the Teachers' Union of Northvale
@e Siobhán Kearney | Employment Judge
A teacher who was sacked after refusing to follow a revised science curriculum he called “⟦p:a|dumbed down⟧” has lost his claim for unfair dismissal.
Deepak Raghunathan, 52, a former head of science at Marlowe Park Academy in Fenwick, told the tribunal in Kestford he had been “⟦p:a|treated like a criminal⟧” for standing up for his pupils.
“⟦d:a|I said I would teach it, but I would also teach what was missing from it. I didn't think that was controversial,⟧” he said.
Headteacher Fiona Caird said Mr Raghunathan had been given “⟦p:b|every opportunity⟧” to follow the new scheme of work.
“⟦d:b|This was not about one lesson. It went on for two terms, and other staff in his department were put in an impossible position,⟧” she told the hearing.
Cross-examining Mr Raghunathan, Sean Lafferty, representing the academy trust, asked: “⟦d:c|You told a colleague that the new curriculum was written by people who had never seen a Bunsen burner. Was that a professional thing to say?⟧”
“⟦d:a|It was an accurate thing to say,⟧” Mr Raghunathan replied.
In her judgment, Employment Judge Siobhán Kearney said the dismissal fell within “⟦p:e|the band of reasonable responses⟧” open to an employer. “⟦d:e|The tribunal has some sympathy with the claimant's views on the curriculum, but that is not the question it has to decide,⟧” she wrote.
Alun Pugh, regional secretary of the Teachers' Union of Northvale, said the union was considering an appeal. “⟦d:d|Deepak is exactly the kind of teacher we should be fighting to keep,⟧” he said.

### 019
@a - | the woman
@b Fergal Doherty | defending
@c Adrian Kellaway | a former youth football coach
@d Nasreen Chaudhry | Judge
A woman who says she was sexually assaulted by her former football coach when she was 14 told a jury she kept silent for 20 years because she thought “⟦p:a|nobody would believe a kid over him⟧”.
The woman, who cannot be identified for legal reasons, gave evidence by video link at Marlbury Crown Court on the second day of the trial of Adrian Kellaway, 44, a former youth football coach, who denies four counts of indecent assault.
“⟦d:a|He was the person everyone's parents trusted. He drove us to matches. He knew my mum,⟧” she said.
Cross-examining, Fergal Doherty KC, defending, suggested she had “⟦p:b|built a memory⟧” out of a rumour that went round the club years later.
“⟦d:b|You only came forward after reading a post on social media about Mr Kellaway, didn't you?⟧” he asked.
“⟦d:a|I came forward because I saw that post and I knew I wasn't the only one,⟧” she said. “⟦d:a|That's different.⟧”
At one point Judge Nasreen Chaudhry asked whether the witness wanted a break. “⟦d:d|Take as long as you need. There is no hurry,⟧” she said.
Kellaway, who is expected to give evidence next week, has told police the allegations are “⟦p:c|completely untrue⟧”.

### 020
@a Cornelius Abernethy | Judge
@b Reece Talbot | a scaffolder from Hexley
@c Paweł Zieliński | his father
@d Gemma Loftus | Detective Inspector
A scaffolder who killed a father-of-two with a single punch outside a takeaway has been jailed for four years and eight months.
Reece Talbot, 25, a scaffolder from Hexley, hit Tomasz Zieliński, 39, once on the jaw after a row over a spilled drink in Bridge Street in the early hours of New Year's Day. Mr Zieliński fell backwards and struck his head on the kerb. He died in hospital two days later.
His father, Paweł Zieliński, wrote a statement that was read to the court by a family liaison officer because, he said, his English was “⟦p:c|not good enough for this⟧”.
“⟦d:c:m|Tomasz came to this country at 22 with one bag. He learned the language, he built a business, he built a family. He called me every Sunday at six o'clock.⟧
“⟦d:c|Now on Sunday at six o'clock I sit next to the phone. I know it will not ring. I sit there anyway.⟧”
In a letter to the judge, Talbot wrote: “⟦d:b|I think about what I did every minute I'm awake. I can't give him back. I would if I could.⟧”
Judge Cornelius Abernethy said he accepted that the remorse was genuine. “⟦d:a|But one punch is never just one punch,⟧” he said. “⟦d:a|It is a decision, made in a second, that can end a life and ruin many others. That is what happened here.⟧”
Outside court, Detective Inspector Gemma Loftus said: “⟦d:d|We see these cases far too often. If you feel yourself getting angry on a night out, walk away.⟧”

### 021
@a Jordan Maitland | -
@b Yasmin Darwish | prosecuting
@c Leah Morrow | his former partner
@d Hamish Corrigan | defending
A man accused of controlling his partner's every move sent her more than 300 messages in a single day, a jury has heard.
Jordan Maitland, 31, of Coopers Row, Fenwick, denies controlling or coercive behaviour and two counts of assault between 2020 and 2023.
Opening the case at Fenwick Crown Court, Yasmin Darwish, prosecuting, read a selection of the messages aloud. In one, sent at 2.14am, Maitland wrote: "⟦d:a|Who are you talking to. Answer me or I'm coming round.⟧" In another, sent an hour later: "⟦d:a|You're nothing without me. Remember that.⟧"
"⟦d:b|The prosecution say these are not the words of a worried boyfriend. They are the words of a man who believed he owned her,⟧" Ms Darwish told jurors.
His former partner, Leah Morrow, gave evidence from behind a screen. "⟦d:c|I stopped seeing my friends. I stopped going to my sister's. It was easier than the questions,⟧" she said.
Hamish Corrigan, defending, asked her whether she had ever sent angry messages of her own.
"⟦d:c|Yes. Because I was scared and I was exhausted,⟧" she said.
"⟦d:d|So the relationship was difficult on both sides?⟧"
"⟦d:c|It was difficult because of him.⟧"
The 31-year-old is expected to give evidence next week. The trial continues.

### 022
@a Moira Trevelyan | the Solicitor General
@b Aurelio Pennant | -
@c Bernadette Fahy | the victim's mother
@d Kwame Osei-Bonsu | for Hartigan
The Court of Appeal has more than doubled the sentence of a man who subjected his former girlfriend to an 11-month campaign of stalking, ruling that the original term was “⟦p:b|plainly inadequate⟧”.
Luke Hartigan, 29, was jailed for 18 months at Brindlecombe Crown Court in June after admitting stalking involving serious alarm or distress. On Tuesday three appeal judges increased the sentence to four years.
The case was referred by the Solicitor General, Moira Trevelyan, under the unduly lenient sentence scheme. “⟦d:a|Stalking destroys the sense of safety that everybody is entitled to in their own home,⟧” she said in a statement after the hearing. “⟦d:a|The court has today recognised the true seriousness of what this victim went through.⟧”
Giving the court's judgment, Lord Justice Aurelio Pennant said the sentencing judge had given “⟦p:b|too much weight⟧” to Hartigan's guilty plea and his lack of previous convictions.
“⟦d:b|The offending went on for 11 months. It involved tracking devices, false social media accounts and repeated attendance at the victim's place of work. It was, by any measure, at the top end of the scale,⟧” he said.
Kwame Osei-Bonsu, for Hartigan, had argued that his client had made “⟦p:d|real progress⟧” on a rehabilitation course in prison.
The victim's mother, Bernadette Fahy, said outside the court: “⟦d:c|She can sleep a bit longer now before she has to be scared again. That's what four years means to us.⟧”

### 023
@a Kayleigh Brannock | the reality TV star
@b Anthony Mbatha | District Judge
@c Giles Fennimore | her brief
@d Chelsea | one fan
@e - | -
TEARFUL Kayleigh Brannock sobbed in the dock yesterday as she was banned from driving for 20 months for boozing behind the wheel.
The reality TV star — who shot to fame on dating show "⟦s:-|Sun Island Lovers⟧" — was nearly three times the limit when cops pulled over her white Range Rover on the way home from a nightclub.
Brannock, 26, admitted drink-driving at Harnley Magistrates' Court.
Her brief, Giles Fennimore, said she had been "⟦p:c|utterly foolish⟧" and had "⟦p:c|learned a very public lesson⟧".
"⟦d:c|She had intended to get a taxi. Her phone died. She made a terrible decision in a split second,⟧" he said.
District Judge Anthony Mbatha told her: "⟦d:b|You are lucky you are not here for something far worse. A car is a lethal weapon in the hands of someone who has been drinking.⟧"
Clutching a tissue, Brannock whispered "⟦d:a|Thank you, sir⟧" as she left the dock.
Outside, she told waiting reporters: "⟦d:a|I'm so ashamed. I want to say to my fans, please don't ever do what I did.⟧"
One fan, Chelsea, 19, who had travelled from Marlbury to support her, said: "⟦d:d|Everyone makes mistakes. She's owned it, fair play.⟧"
As the star climbed into a waiting car, a shout went up: "⟦d:e|We love you Kayleigh!⟧"

### 024
@a Jamal Idris | one of three friends who were with him that afternoon
@b Ethan Carver | another friend
@c Priya Venkatesan | the area coroner
@d Gordon Hale | operations manager for Stonecross Aggregates
@e Dawn Hollis | his mother
A teenager who drowned after jumping into a flooded quarry on the hottest day of the year “⟦p:a|went under and just didn't come back up⟧”, an inquest heard.
Kieran Hollis, 16, died at the disused Stonecross quarry near Wetherden on June 24 last year.
Jamal Idris, one of three friends who were with him that afternoon, told the hearing at Eastmoor Coroner's Court that the group had swum there “⟦p:a|loads of times⟧” before.
“⟦d:a|Kieran jumped off the ledge first. He came up laughing and then he said his legs felt weird. Then he went under,⟧” he said.
Another friend, Ethan Carver, 18, said he had dived down three times trying to reach him. “⟦d:b|The water was freezing even a few feet down. I couldn't see anything. I couldn't feel anything,⟧” he said.
He said the warning signs at the quarry had been “⟦p:b|covered in graffiti for years⟧”.
Asked by the area coroner, Priya Venkatesan, whether anyone had ever told them to leave, Jamal said: “⟦d:a|A man in a van did once. He just shouted at us. Nobody ever came back.⟧”
Gordon Hale, operations manager for Stonecross Aggregates, which owns the site, said fencing had been repaired “⟦p:d|at least twice a year⟧” but was repeatedly cut.
“⟦d:d|We cannot guard every metre of a site that size around the clock,⟧” he said.
Recording a conclusion of accidental death, Ms Venkatesan said cold water shock was “⟦p:c|a silent killer⟧”. “⟦d:c|Even strong swimmers, even on a hot day, can be overwhelmed within a minute,⟧” she said.
In a tribute, his mother, Dawn Hollis, said: “⟦d:e|Kieran was the loudest person in every room. The house is so quiet now.⟧”

### 025
@a Siew Ling Tan | a nurse who lived in the flat below
@b Agnieszka Wójcik | the building's caretaker
@d Bartholomew Greene | defending
@e Nathan Coyle | -
Two women who escaped a fire at a block of flats in Tollmouth have told a jury they saw a man they later identified as Nathan Coyle in the stairwell minutes before the blaze.
Coyle, 37, denies arson with intent to endanger life at Tollmouth Crown Court.
Siew Ling Tan, a nurse who lived in the flat below, said she smelled petrol on the stairs as she came home from a night shift. "⟦d:a|It was so strong it made my eyes water. There was a man standing by the bins with his hood up,⟧" she said.
Agnieszka Wójcik, the building's caretaker, said she had seen Coyle in the stairwell "⟦p:b|two or three times⟧" that week, although he did not live there.
"⟦d:b|He told me he was visiting a friend on the fourth floor. Nobody on the fourth floor knew him,⟧" she said.
Ama Owusu, prosecuting, asked Ms Tan whether she was sure of her identification. "⟦d:a|I am sure. I looked at his face and he looked at mine,⟧" she replied.
Bartholomew Greene, defending, put it to Ms Wójcik that the stairwell lighting had been broken for weeks.
"⟦d:b|It was broken on the second floor. Not on the fourth,⟧" she said.
"⟦d:d|You're certain of that?⟧"
"⟦d:b|I reported it myself. I have the email.⟧"
At that point Coyle shouted from the dock: "⟦d:e|She's making it up.⟧" He was warned by the judge that he would be removed if he interrupted again.

### 026
@a Continental Court of Human Rights | the court
@b Dario Velimirović | an investigative reporter
@c Veskoran Justice Ministry | -
@d Lidia Morcan | director of the press freedom group Open Ink
ALDERMARK, May 14 (Wire) — The Continental Court of Human Rights ruled on Tuesday that Veskora violated the free-speech rights of a journalist jailed over his reporting on a ports contract, and ordered the government to pay him 40,000 euros in damages.
Dario Velimirović, an investigative reporter, spent 14 months in pre-trial detention in 2021 and 2022 on charges of “⟦s:-|spreading false information⟧”.
In its ruling, the court said his detention had pursued “⟦p:a|no legitimate aim⟧” and had been intended “⟦p:a|to punish and to deter⟧”.
“⟦d:a|The applicant was deprived of his liberty for doing precisely what a journalist in a democratic society is expected to do,⟧” the judges wrote.
Velimirović, speaking by telephone from Aldermark, said he felt “⟦p:b|vindicated, but not victorious⟧”.
“⟦d:b|They took fourteen months of my life. The money is nothing. What matters is that it is written down now, by judges, that I was right,⟧” he said. “⟦d:b|I will go back to the ports story. I never stopped.⟧”
The Veskoran Justice Ministry said it would “⟦p:c|study the judgment⟧” and noted that the ruling was not unanimous.
Lidia Morcan, director of the press freedom group Open Ink, said: “⟦d:d|This judgment should be read aloud in every newsroom in Veskora.⟧”

### 027
@a Vikram Deshmukh | a property developer from Kestford
@b Tamsin Greaves | a blogger
@c Jasper Lyle | for Mr Deshmukh
@d Harriet Oduya | -
A property developer who is suing a blogger for libel told the High Court on Monday that her posts had "⟦p:a|poisoned⟧" his reputation in the town where he was born.
Vikram Deshmukh, a property developer from Kestford, is suing Tamsin Greaves, a blogger, over a series of articles on her website in which she described him as "⟦p:b|a slum landlord in a nice suit⟧".
"⟦d:a|My father opened the first Indian grocery in Kestford. People know my family. After those posts, people crossed the road,⟧" Mr Deshmukh said.
Cross-examined by Ms Greaves, who is representing herself, he denied that any of his tenants had lived with damp.
"⟦d:b|You had 47 complaints about mould in one building in one year. Is that a coincidence?⟧" she asked.
"⟦d:a|Some of those complaints were made by the same two people, as you well know,⟧" he replied.
Jasper Lyle KC, for Mr Deshmukh, told the court that Ms Greaves had "⟦p:c|never once⟧" contacted his client before publishing. "⟦d:c|Journalism, even citizen journalism, involves picking up the telephone,⟧" he said.
Ms Greaves told reporters during a break: "⟦d:b|I'm a mother of three with a laptop. He's got a barrister who charges more an hour than I earn in a week. But I'm not taking a word of it back.⟧"
Mrs Justice Harriet Oduya reminded both parties that the court would decide the case "⟦p:d|on the evidence and not on the headlines⟧". "⟦d:d|I would ask everyone to keep their remarks outside this building to a minimum,⟧" she said.

### 028
@a Alexander Drummond | the judge
@b - | the mother
@c - | the father
@d Ravensmoor Council | -
@e - | the children's guardian
@f - | a council spokesperson
A family court judge has criticised social workers for removing three children from their mother on the strength of what he called “⟦p:a|a report that was never checked⟧”.
In a judgment published on Friday, the judge, Alexander Drummond, said Ravensmoor Council had relied on an anonymous referral that later proved to be malicious.
“⟦d:a|Nobody visited the home before the application was made. Nobody spoke to the school. Nobody asked the mother a single question,⟧” he wrote.
The mother, who cannot be named to protect the identity of her children, told the court the children had been “⟦p:b|taken from the school gate with no warning⟧”. “⟦d:b|My youngest thought I had given her away,⟧” she said.
The judge said the father, from whom she is separated, had given evidence that was “⟦p:a|measured and fair⟧” despite the couple's difficult history. The father told the court: “⟦d:c|Whatever has gone on between us, she has never hurt those kids.⟧”
The children's guardian said the children should return home “⟦p:e|as soon as possible⟧”.
Ravensmoor Council said it accepted the judge's findings “⟦p:d|in full⟧”. “⟦d:f|We have apologised to the family and we are reviewing how referrals are handled,⟧” a council spokesperson said.

### 029
@a Hannah Lindgren | one of the arresting officers
@b Callum Forsyth | -
@c Priti Malhotra | defending
Body-worn camera footage shown to a jury captured a man telling police officers "⟦p:b|you'll regret this⟧" moments before he bit one of them on the arm, a court heard.
Callum Forsyth, 27, of Linden Walk, Harnley, denies assaulting an emergency worker and resisting arrest outside a nightclub in Harnley town centre last August.
In the footage, played at Harnley Crown Court, Forsyth can be heard shouting: "⟦d:b|Get off me. I haven't done anything. You'll regret this, I swear.⟧"
Hannah Lindgren, one of the arresting officers, told the jury: "⟦d:a|He was very strong and very angry. I had hold of his left arm and he turned his head and bit down. I screamed.⟧"
Priti Malhotra, defending, suggested the officers had used "⟦p:c|disproportionate force⟧" from the outset.
"⟦d:c|Is it right that he was on the ground with two officers on top of him when this happened?⟧" she asked.
"⟦d:a|He was on the ground because he had just punched my colleague,⟧" the officer replied.
The jury was shown a second clip in which Forsyth, by then in the back of a police van, says: "⟦d:b|I'm sorry, all right? I'm sorry.⟧"
The trial continues.

### 030
@a Kiril Dragomirov | a 51-year-old businessman wanted in Veskora
@b Olumide Bankole | District Judge
@c Natasha Rowe-Ellis | representing Mr Dragomirov
@d Callum Strang | for the Veskoran government
A businessman wanted in Veskora on fraud charges has told a court he would be “⟦p:a|dead within a year⟧” if he were sent back.
Kiril Dragomirov, a 51-year-old businessman wanted in Veskora, is fighting extradition at Kestford Magistrates' Court. He denies wrongdoing and says the charges are politically motivated.
“⟦d:a|I funded an opposition newspaper for six years. After that I became a fraudster overnight,⟧” he said, giving evidence through an interpreter.
Natasha Rowe-Ellis, representing Mr Dragomirov, told the court that two of his former business partners had died in custody in Veskora. “⟦d:c|These are not hypothetical risks. They are a matter of record,⟧” she said.
Callum Strang, for the Veskoran government, said Veskora had given “⟦p:d|specific and binding assurances⟧” about prison conditions. “⟦d:d|The requesting state has a functioning judiciary. The court is entitled to rely on what it has been told,⟧” he said.
Outside, a small group of supporters chanted “⟦s:-|No extradition to torture⟧” and held up a banner reading “⟦s:-|Free Kiril⟧”.
District Judge Olumide Bankole said he would give his ruling in three weeks. “⟦d:b|This is a case that requires careful thought, and it will get it,⟧” he said.

### 031
@a Rebecca Otieno | counsel to the inquiry
@b Edmund Harwood | a retired judge
@c Colm Brennan | a spokesman for the Larchfield Families Group
@d Evergreen Care Homes | -
The public inquiry into the fire at Larchfield House care home, in which 11 residents died, opened on Monday with counsel to the inquiry warning that "⟦p:a|uncomfortable truths⟧" lay ahead.
In an opening statement that lasted most of the day, Rebecca Otieno KC, counsel to the inquiry, set out a minute-by-minute timeline of the night of January 8, 2023.
"⟦d:a:m|At 2.11am a smoke detector in the laundry room activated. It was connected to a panel in the front office. The panel was working. The night manager was not in the front office.⟧
"⟦d:a:m|At 2.19am a care assistant opened the door to the first-floor corridor and saw smoke. She tried to telephone the night manager. There was no answer.⟧
"⟦d:a|The fire service was called at 2.24am. Thirteen minutes is a very long time, and this inquiry will want to know why it took so long.⟧"
The inquiry's chair, Sir Edmund Harwood, a retired judge, said the bereaved would be "⟦p:b|at the heart⟧" of its work. "⟦d:b|I have read every one of your statements. I will not forget them,⟧" he told relatives in the hearing room.
Colm Brennan, a spokesman for the Larchfield Families Group, said the timeline had been "⟦p:c|almost impossible to sit through⟧".
"⟦d:c|We have waited two years to hear those minutes read out. Now we want to know whose fault they were,⟧" he said.
Evergreen Care Homes, which ran Larchfield House, said it would "⟦p:d|cooperate fully⟧" with the inquiry.

### 032
@a Chukwuemeka Nwosu | a former regional sales manager at Brightwater Insurance
@b Philippa Drax | his former line manager
@c Rohan Mehta | Employment Judge
@d Brightwater Insurance | the company
@e - | a senior colleague
An insurance company has been ordered to pay £96,000 to a former sales manager who was described by a senior colleague in a group chat as “⟦p:e|the diversity hire⟧”.
Chukwuemeka Nwosu, a former regional sales manager at Brightwater Insurance, told the tribunal he found out about the message when a colleague forwarded it to him “⟦p:a|by accident⟧”.
“⟦d:a|I had been the top performer in my region for two years running. And that's what they thought I was,⟧” he said.
Philippa Drax, his former line manager, accepted that the comment was “⟦p:b|indefensible⟧” but said it was not representative of the company.
“⟦d:b|I was horrified when I saw it. I raised it with HR the same week,⟧” she told the hearing.
Asked by Mr Nwosu's barrister why the colleague who wrote it had been promoted three months later, she said: “⟦d:b|That decision wasn't mine.⟧”
In the tribunal's judgment, Employment Judge Rohan Mehta found that Mr Nwosu had been subjected to harassment and victimisation. “⟦d:c|The respondent treated the claimant's complaint as a problem to be managed rather than a wrong to be put right,⟧” he wrote.
Brightwater Insurance said it was “⟦p:d|disappointed⟧” by the outcome. “⟦d:d|We do not tolerate discrimination of any kind and we are considering the judgment carefully,⟧” the company said.

### 033
@a - | the boy
@b Carys Lewis-Onyango | District Judge
@c Frank Dobbs | the victim
@d - | a youth offending team worker
A 15-year-old boy who pushed a pensioner off his mobility scooter and filmed it for social media has been given a 12-month referral order.
The boy, who cannot be named because of his age, admitted assault by beating at Kessington Youth Court.
The victim, Frank Dobbs, 79, suffered a fractured wrist. In a statement read to the court, he said: "⟦d:c|I have lived on this estate for 50 years and I have never been frightened to go to the shop before. Now I wait until my daughter can come with me.⟧"
"⟦d:c|I don't want the boy locked up. I want him to understand what he did.⟧"
The court heard the clip was viewed more than 40,000 times before it was taken down. The boy had posted it with the caption "⟦d:a|old man down lol⟧".
A youth offending team worker said the boy had shown "⟦p:d|real signs of remorse⟧" in interviews.
Asked by District Judge Carys Lewis-Onyango whether he had anything to say, the boy said: "⟦d:a|I'm sorry. I didn't think. I'd like to say sorry to him in person if he wants.⟧"
The judge told him: "⟦d:b|You humiliated a vulnerable man for the entertainment of strangers. If Mr Dobbs agrees to meet you, I hope you listen very carefully to what he says.⟧"

### 034
@a Barnaby Threlfall | the former leader of Fenwick Borough Council
@b Hassan Mirza | a developer who secretly recorded their meetings
@c Oonagh Keenan | prosecuting
@d Piers Latymer | defending
A former council leader was recorded telling a developer to pay a “⟦p:a|consultancy fee⟧” into his wife's bank account in exchange for planning support, a jury heard.
Barnaby Threlfall, 63, the former leader of Fenwick Borough Council, denies two counts of bribery and one of misconduct in public office.
Oonagh Keenan KC, prosecuting, played the jury a recording made in a hotel bar in March 2022 by Hassan Mirza, a developer who secretly recorded their meetings.
On the tape, Threlfall can be heard saying: “⟦d:a|Put it in the wife's name. Nobody ever checks the wife.⟧” Mr Mirza replies: “⟦d:b|And the committee?⟧” Threlfall says: “⟦d:a|You leave the committee to me.⟧”
“⟦d:c|Members of the jury, you may think that exchange needs very little explanation from me,⟧” Ms Keenan said.
Giving evidence, Mr Mirza said he began recording because he had been “⟦p:b|asked for money once too often⟧”.
Piers Latymer, defending, suggested he had “⟦p:d|set a trap⟧” after losing an earlier planning appeal.
“⟦d:d|You wanted revenge, Mr Mirza, and you went looking for it with a microphone in your pocket,⟧” he said.
“⟦d:b|I went looking for the truth. He supplied the rest,⟧” Mr Mirza replied.

### 035
@b Helena Voss | Chair of the bench
@c Maya Tiwari | Animal Welfare League inspector
@d Animal Welfare League | the charity
@e Ben Okonjo | mitigating
A dog breeder who kept 23 spaniels in a windowless shed “⟦p:c|knee-deep in their own filth⟧” has been banned from keeping animals for life.
Wayne Stott, 49, of Moorside Farm, near Wetherden, admitted nine offences under the Animal Welfare Act at Eastmoor Magistrates' Court.
Animal Welfare League inspector Maya Tiwari said the smell had been “⟦p:c|overwhelming⟧” when she opened the shed in February.
“⟦d:c|Some of the dogs had never seen daylight. Two of the puppies were too weak to stand. I have done this job for 14 years and it is one of the worst I have seen,⟧” she said.
Ben Okonjo, mitigating, said Stott had been struggling with depression since the death of his wife and had “⟦p:e|simply stopped coping⟧”.
“⟦d:e|He is not a cruel man. He is a man who fell apart and took the animals with him,⟧” Mr Okonjo said.
Chair of the bench Helena Voss said the suffering had gone on “⟦p:b|for months, not days⟧”. “⟦d:b|Whatever your personal difficulties, you had a duty to these animals and you failed in it completely,⟧” she said.
Stott was given a 16-week suspended prison sentence and ordered to pay £4,200 costs.
The Animal Welfare League said all 23 dogs had since been rehomed. “⟦d:d|They are now living the lives they should have had from the start,⟧” the charity said.

### 036
@a Anjali Varma | the paediatric registrar on duty
@b Lawrence Achebe | Senior coroner
@c Mohammed Rafiq | Zainab's father
@d Sunita Gill | medical director of Marlbury and District Hospitals Trust
@e Rachel Imrie | for the family
A doctor has told an inquest she "⟦p:a|should have recognised⟧" the signs of sepsis in a three-year-old girl who was sent home from hospital with a diagnosis of a viral infection.
Zainab Rafiq died 19 hours after being discharged from the emergency department at Marlbury General Hospital in October 2023.
Dr Anjali Varma, the paediatric registrar on duty, said: "⟦d:a|Her heart rate was high but she was smiling and she ate a biscuit. I was reassured by that. I should not have been.⟧"
Rachel Imrie, for the family, asked her: "⟦d:e|Her parents told you three times that she was not herself. Why did that not change your view?⟧"
"⟦d:a|I don't have a good answer to that. I wish I did,⟧" Dr Varma said.
Zainab's father, Mohammed Rafiq, said outside the hearing that the family "⟦p:c|did not want anyone punished⟧". "⟦d:c|We want the next parent who says 'she's not herself' to be listened to,⟧" he said.
Senior coroner Lawrence Achebe said he would issue a prevention of future deaths report. "⟦d:b|It is clear that parental concern was not given the weight it deserved,⟧" he said.
Dr Sunita Gill, medical director of Marlbury and District Hospitals Trust, said the trust had introduced an escalation scheme called "⟦s:-|Call 4 Concern⟧" since Zainab's death. "⟦d:d|We are truly sorry. We let Zainab and her family down,⟧" she said.

### 037
@a Nguyen Van Thanh | a restaurant owner in Kestford
@b Lily | his daughter
@c Bernard Kowalczyk | Upper Tribunal Judge
@d Sophie Marchbanks | for the Interior Ministry
KESTFORD -- A restaurant owner facing deportation over a 14-year-old drugs conviction won his appeal Thursday after a tribunal heard a letter from his 12-year-old daughter.
Nguyen Van Thanh, 44, a restaurant owner in Kestford, was convicted in 2010 of possessing cannabis with intent to supply and served 18 months in prison. He has lived in the country since he was nine.
In her letter, read to the Upper Tribunal, his daughter, Lily, wrote: ``⟦d:b|My dad makes the best pho in Kestford and he comes to every single one of my netball matches even when we lose. Please do not send him away.⟧''
Sophie Marchbanks, for the Interior Ministry, told the tribunal the offence was ``⟦p:d|serious⟧'' and that deportation was ``⟦p:d|in the public interest⟧''.
``⟦d:a|I was a stupid young man. I am not that man any more,⟧'' Mr Nguyen said. ``⟦d:a|I pay my taxes, I employ eleven people, and I have not had so much as a parking ticket in fourteen years.⟧''
Allowing the appeal, Upper Tribunal Judge Bernard Kowalczyk said deportation would be ``⟦p:c|unduly harsh⟧'' on the appellant's children.
``⟦d:c|The appellant's offending is now a long way in the past. His rehabilitation is, on the evidence before me, complete,⟧'' he said.

### 038
@a Jermaine Okoro | a friend of the defendant
@b Charlotte Beaumont | prosecuting
@c Rashid Qadir | Judge
@d - | a man in the public gallery
A witness in a stabbing trial told a jury he could not remember anything he said in a police interview two days after the attack — including his own name.
Jermaine Okoro, 24, a friend of the defendant, was called by the prosecution at Callowmere Crown Court in the trial of Tyrese Ballantyne, 23, who denies wounding with intent.
Charlotte Beaumont, prosecuting, read him a passage from his interview in which he said Ballantyne had "⟦p:a|gone for him with a blade⟧".
"⟦d:b|Did you say that to the police, Mr Okoro?⟧" she asked.
"⟦d:a|I don't remember,⟧" he said.
"⟦d:b|Did you tell the officers your name was Jermaine Okoro?⟧"
"⟦d:a|I don't remember that either.⟧"
Laughter broke out on the benches, and a man in the public gallery shouted: "⟦d:d|Say nothing, bro.⟧"
Judge Rashid Qadir ordered the man to be removed. "⟦d:c|This is a criminal trial and a young man was nearly killed. If anyone else thinks it is funny, they can join him outside,⟧" he said.
The judge later granted the prosecution permission to treat Mr Okoro as a hostile witness.

### 039
@a Amira Hadžić | a survivor of the Drevno camp
@b Kofi Mensah-Darko | Senior trial attorney
@c Radomir Vukan | a former militia commander
@d Ingrid Solberg | Vukan's defence counsel
@e Mahlet Gebremariam | the presiding judge
HALVERSTAD — A woman who was held for four months in a detention camp in Korvenia told an international tribunal on Wednesday that guards forced prisoners to sing «⟦s:-|The Mountain Is Ours⟧» each morning before roll call.
Amira Hadžić, a survivor of the Drevno camp, gave evidence through an interpreter in the trial of the man prosecutors say ran it.
«⟦d:a|They came at night with torches. They read names from a list. The people whose names they read did not come back,⟧» she said.
Senior trial attorney Kofi Mensah-Darko asked her whether she had seen the accused at the camp. «⟦d:b|Take your time,⟧» he told her.
«⟦d:a|Yes. Twice. The second time he was standing in the yard with his hands in his pockets, as if he was waiting for a bus,⟧» she said.
Radomir Vukan, a former militia commander, listened without expression. He has pleaded not guilty to seven counts of crimes against humanity.
Vukan's defence counsel, Ingrid Solberg, asked the witness how she could be certain after 30 years. «⟦d:d|You were in a dark yard, you were terrified, you had not eaten properly for weeks. Is it not possible you are mistaken?⟧»
«⟦d:a|I am not mistaken. I see his face every night,⟧» Ms Hadžić replied.
When the presiding judge, Mahlet Gebremariam, asked whether the accused wished to respond, Vukan stood and said: «⟦d:c|I have nothing to say to this woman. I will speak when it is my turn.⟧»
«⟦d:e|Then sit down, Mr Vukan,⟧» the judge said.

### 040
@a Stanislav Horák | the lorry driver
@b Saoirse Delaney | Dr Delaney's widow
@c Benedict Farrant | assistant coroner
@d Rohan Pillai | chair of the campaign group Safer Streets Marlbury
@e Ioan Hughes | a forensic collision investigator
A lorry driver who turned left across the path of a cyclist told an inquest he “⟦p:a|checked every mirror⟧” and did not see him.
Dr Fintan Delaney, 38, a hospital pharmacist, died at the junction of Queen's Road and Tanner Street in Marlbury on his way to work in May 2023.
Stanislav Horák, who was driving the tipper lorry, told the inquest: “⟦d:a|I looked left, I looked in the close-proximity mirror, I looked again. There was nothing. Then I felt the bump.⟧”
PC Ioan Hughes, a forensic collision investigator, said the cyclist would have been “⟦p:e|in the lorry's blind spot for about two seconds⟧” before the turn.
“⟦d:e|A driver checking his mirrors at the wrong moment could miss him entirely. That is why these junctions are so dangerous,⟧” he said.
Dr Delaney's widow, Saoirse Delaney, asked the lorry driver directly whether he had indicated. “⟦d:b|Did you indicate before you started to turn, or as you turned?⟧” she asked.
“⟦d:a|I believe before. I can't say for certain,⟧” the lorry driver said.
Recording a conclusion of road traffic collision, assistant coroner Benedict Farrant said he would write to Marlbury City Council about the junction's layout. “⟦d:c|Three serious collisions in five years at one junction is not bad luck,⟧” he said.
Rohan Pillai, chair of the campaign group Safer Streets Marlbury, said: “⟦d:d|The council has known about this junction for years. How many more inquests does it need?⟧”

### 041
@a W17 | a firearms officer with 11 years' experience
@b Leonie Fairweather | counsel to the inquiry
@c Ravi Chandrasekhar | for the family of Dwayne Sealy
@d Gideon Marr | the chair
@e - | a woman in the public gallery
A police marksman who shot dead an unarmed man in a supermarket car park told a public inquiry he was “⟦p:a|absolutely certain⟧” he had seen a gun.
W17, a firearms officer with 11 years' experience, gave evidence from behind a screen to the inquiry into the death of Dwayne Sealy, 26, who was shot in Fenwick in September 2022. A mobile phone was later found in his hand.
“⟦d:a|He turned towards us and brought his right hand up from his waistband. I saw something dark and metallic. I believed my colleague's life was in danger,⟧” W17 said.
Leonie Fairweather KC, counsel to the inquiry, showed him a still taken from a dashboard camera. “⟦d:b|Can you point to the gun in this image?⟧” she asked.
“⟦d:a|I can't, no. But I didn't have a still image. I had less than a second,⟧” he replied.
Ravi Chandrasekhar KC, for the family of Dwayne Sealy, suggested the officer had “⟦p:c|decided before he got out of the car⟧” that Mr Sealy was armed.
“⟦d:c|You were told over the radio he had a gun. You saw what you had been told to see, didn't you?⟧”
“⟦d:a|No, sir. I saw what I saw.⟧”
A woman in the public gallery called out “⟦d:e|Liar⟧” and left the room in tears. The chair, Sir Gideon Marr, called a short break. “⟦d:d|I understand the strength of feeling. We will resume in fifteen minutes,⟧” he said.

### 042
@a Rupert Allingham-Fox | -
@b Deborah | one victim
@c Lorraine Gilchrist | Fellow victim
@d Percival Nwachukwu | Judge
A LOVE-RAT conman who wooed lonely women online with soppy poetry bled them dry to fund a jet-set lifestyle, a court heard.
Rupert Allingham-Fox, 52, called himself "⟦s:-|Captain Rupert⟧" and claimed to be a retired airline pilot. In fact he had never flown anything bigger than a kite, and he swindled six women out of £480,000.
He would send gushing messages such as: "⟦d:a|You are the first thing I think of when I land anywhere in the world.⟧"
One victim, Deborah, 61, said: "⟦d:b|He sent me a poem every morning for eight months. I found out later he sent the same poem to three of us.⟧"
Fellow victim Lorraine Gilchrist, 58, told the Evening Courier: "⟦d:c|I remortgaged my flat for him. He said it was for an operation on his daughter. He hasn't even got a daughter.⟧"
Jailing him for eight years at Marlbury Crown Court, Judge Percival Nwachukwu said: "⟦d:d|You are a predator who dressed himself up as a romantic. Your victims were not foolish. They were deceived by an expert.⟧"
Allingham-Fox, of no fixed address, showed no emotion as he was sent down.

### 043
@a Desmond Ogunleye | Retired postman
@b Fenella Marsh | adjudicator
@c Harnley Borough Council | -
@d - | a council spokesman
A retired postman who was fined for parking in a bay that had been painted around his car has won his appeal — and a rare apology.
Retired postman Desmond Ogunleye, 71, returned from a fortnight's holiday to find a new disabled bay had been marked out around his Skoda in Cherry Tree Avenue, Harnley, and a £70 penalty notice on his windscreen.
“⟦d:a|I thought it was a wind-up. They'd painted the lines right round my tyres,⟧” he said.
At a hearing of the traffic penalty tribunal, adjudicator Fenella Marsh said the council's case was “⟦p:b|entirely without merit⟧”.
“⟦d:b|A motorist cannot be expected to move a car that was lawfully parked before the restriction existed. I would have thought that was obvious,⟧” she wrote in her decision.
Harnley Borough Council said the penalty had been issued “⟦p:c|in error⟧”. A council spokesman added: “⟦d:d|We have apologised to Mr Ogunleye and cancelled the charge. The contractor has been reminded of the correct procedures.⟧”
Mr Ogunleye said he planned to frame the decision. “⟦d:a|It's going on the wall in the downstairs loo,⟧” he said.

### 044
@a - | the man
@b Cedric Wolstenholme | a former choirmaster at St Benedict's School
@c Angharad Price | defending
A man who says he was abused by his school choirmaster in the 1980s told a jury he had "⟦p:a|carried it like a stone⟧" for 40 years.
The man, now 53, who cannot be identified for legal reasons, was giving evidence at Brindlecombe Crown Court against Cedric Wolstenholme, 81, a former choirmaster at St Benedict's School, who denies nine counts of indecent assault.
"⟦d:a|He would keep one boy behind after practice. Everybody knew whose turn it was,⟧" the man said.
Angharad Price KC, defending, suggested his account had "⟦p:c|grown in the telling⟧" since he first contacted police in 2019.
"⟦d:c|In your first statement you said it happened twice. Now you tell the jury it was a dozen times. Which is true?⟧" she asked.
"⟦d:a|Both. I couldn't say all of it the first time. I'd never said any of it out loud,⟧" he said.
"⟦d:c|I suggest none of it happened.⟧"
"⟦d:a|That's a lie.⟧"
Wolstenholme told the jury later that day: "⟦d:b|I never laid a finger on any of those boys. I gave my life to that school.⟧"
Under cross-examination by Tariq Saeed, prosecuting, the 81-year-old said he could not explain why five former pupils had made similar allegations. "⟦d:b|I can't speak for them. I can only speak for myself,⟧" he said.

### 045
@a Lucian Thorne | the judge
@b - | a spokesperson for the Northvale Prosecution Service
The jury in the trial of three men accused of a £2m jewellery raid has been discharged after a juror was found to have researched the case online.
The judge, Mr Justice Lucian Thorne, told the remaining jurors at Kessington Crown Court on Wednesday that he had “⟦p:a|no alternative⟧”.
“⟦d:a|One of your number has done precisely what I told you all, on the first day and many times since, not to do. I am not going to say any more about it than that,⟧” he said.
“⟦d:a|I know how much time you have given to this case and I am very sorry that it has ended this way. That is not your fault.⟧”
A retrial has been provisionally listed for January, and the juror could face contempt proceedings. A spokesperson for the Northvale Prosecution Service said: “⟦d:b|We will be seeking a retrial at the earliest opportunity.⟧”

### 046
@a Fatima Zahra Benali | a court interpreter for 26 years
@b Oliver Strathearn | Judge
@c Nadia El-Amin | a defence barrister in Kestford
Fatima Zahra Benali has heard confessions, denials, threats and, once, a marriage proposal — none of them addressed to her, and all of them in her voice.
Benali, a court interpreter for 26 years, works in Arabic and French across the crown and magistrates' courts of the Kestford circuit. She speaks in the first person: when a defendant says “⟦s:-|I⟧”, so does she.
“⟦d:a:m|People think interpreting is a matter of swapping words. It is not. A word like ‘shame’ in one language can carry a whole family's history. You have to carry that across too, without adding anything of your own.⟧
“⟦d:a|The hardest thing is the victims. You are standing next to a woman describing the worst night of her life, and you must say it all again in English, calmly, as if you were reading the weather.⟧”
Judge Oliver Strathearn, who retired last year, said Benali was the interpreter barristers asked for by name. “⟦d:b|She had a way of making a frightened witness feel that someone in the room was on their side, without ever being on their side,⟧” he said. “⟦d:b|That is a rare gift.⟧”
Nadia El-Amin, a defence barrister in Kestford, remembers a trial in which Benali stopped proceedings to query a single word. “⟦d:c|The prosecution had translated a text message as ‘I will finish him’. Fatima said it meant ‘I will be done with him’. It changed the whole case,⟧” she said.
Benali shrugs when reminded of it. “⟦d:a|It was my job,⟧” she says. “⟦d:a|If I don't say something, who will?⟧”

### 047
@a Nicolás Ferrer | a consultant anaesthetist
@b Alexandra Whitby | for the trust
@c Kenneth Mwangi | Employment Judge
@d Wexcombe Hospitals Trust | the trust
A senior anaesthetist who says he was forced out of his job after raising concerns about a colleague has told an employment tribunal he was "⟦p:a|frozen out, then pushed out⟧".
Dr Nicolás Ferrer, a consultant anaesthetist, worked at Wexcombe General Hospital for 12 years. He is claiming whistleblowing detriment and constructive dismissal against Wexcombe Hospitals Trust.
"⟦d:a|I raised concerns about a surgeon whose complication rates were three times the national average. Within a month I was taken off the on-call rota and my name disappeared from the theatre lists,⟧" he said.
Alexandra Whitby, for the trust, suggested the rota change had been "⟦p:b|a routine reorganisation⟧" that affected several consultants.
"⟦d:b|Four of your colleagues were moved that month, Dr Ferrer. Were they all whistleblowers too?⟧" she asked.
"⟦d:a|Were any of them moved off every list? I was,⟧" he replied.
Employment Judge Kenneth Mwangi asked Ms Whitby to "⟦p:c|move on⟧" after she put the same question a third time. "⟦d:c|The witness has answered, Ms Whitby, even if not in the way you would like,⟧" he said.
The trust said it would "⟦p:d|not comment on ongoing proceedings⟧". The hearing continues.

### 048
@a Kai Leverett | the 20-year-old
@b Seraphina Doyle | Judge
@c Tegan Rowlands | her sister
@e - | -
A man who stabbed his ex-girlfriend 14 times in front of her toddler screamed abuse at the judge as he was jailed for life.
Kai Leverett, 20, of Ferndale Road, Callowmere, will serve at least 23 years for the murder of Chloe Rowlands, 19, at her flat in October.
As Judge Seraphina Doyle began her sentencing remarks, the 20-year-old yelled: “⟦d:a|I don't care what you say. Do what you want.⟧”
He was removed from the dock and the judge continued in his absence.
“⟦d:b:m|The defendant has chosen not to listen, and that is his right. But I will say this for the benefit of Chloe's family.⟧
“⟦d:b|Chloe was a young mother who had every reason to look forward to her life. She ended the relationship because she was frightened of him. She was right to be frightened.⟧”
In a statement read to the court, her sister, Tegan Rowlands, said: “⟦d:c|Her little boy still asks for her every night. We tell him she's a star now. He's two. He doesn't understand.⟧”
As the hearing ended, a voice from the back of the court shouted: “⟦d:e|Rot in there!⟧”

### 049
@a Augustine Fairclough | Judge
@b Ngozi Eze | Detective Chief Inspector
@x - | prosecutors
FENWICK (Wire) - Eleven members of a gang that flooded three counties with crack cocaine and heroin, using children as couriers, were jailed on Friday for a total of 109 years.
Marlon Quaye, 35, described by prosecutors as the gang's "⟦p:x|managing director⟧", was jailed for 17 years at Fenwick Crown Court.
Sentencing, Judge Augustine Fairclough said the group had run its drug line "⟦p:a|like a business, with a business's indifference to the people it used⟧".
"⟦d:a:m|The youngest child recruited by this organisation was 13 years old. He was sent by train to towns he had never heard of, with drugs concealed inside his body, to sell to adults who were themselves addicted.⟧
"⟦d:a:m|When he was robbed, he was told he owed the debt himself. When he could not pay it, he was beaten. That is the reality behind the words 'county lines'.⟧
"⟦d:a|Every one of you knew that, and every one of you took the money anyway.⟧"
Quaye smiled and waved to relatives in the public gallery as he was led away.
Detective Chief Inspector Ngozi Eze said: "⟦d:b|These men saw children as disposable. Today's sentences show that the courts do not.⟧"

### 050
@a Lucinda Ashworth-Price | Former health minister
@b Edwin Nakamura | counsel to the inquiry
@c Rosalind Hetherington | the chair
Former health minister Lucinda Ashworth-Price told the Pandemic Procurement Inquiry on Thursday she did “⟦p:a|not recall⟧” approving a £140m contract for protective gowns that were never used.
Questioned by Edwin Nakamura KC, counsel to the inquiry, she said she had signed “⟦p:a|hundreds of documents a day⟧” at the height of the crisis.
“⟦d:b|This one has handwriting on it, Ms Ashworth-Price. ‘Approve, urgent, LAP.’ Are those your initials?⟧” Mr Nakamura asked.
“⟦d:a|They are my initials. I don't recall writing them,⟧” she said.
“⟦d:b|Is it possible somebody else wrote your initials?⟧”
“⟦d:a|I'm not suggesting that. I'm saying I have no memory of it.⟧”
Asked whether she had known that the supplier's director was a former party donor, the minister paused for several seconds. “⟦d:a|Not at the time,⟧” she said.
The chair, Dame Rosalind Hetherington, noted that the phrase “⟦s:-|I don't recall⟧” had been used 31 times in the morning session. “⟦d:c|I would encourage the witness to help the inquiry where she can,⟧” she said.
Outside, protesters held a banner reading “⟦s:-|Answers, not amnesia⟧”.

### 051
@a Stavros Kyriakou | the landlord
@b Joanne Pettifer | prosecuting for the council
@c Mariana Costa | a former tenant
@d Bethan Sayers | cabinet member for housing
@e Tollmouth City Council | -
A landlord who let a basement flat with no working heating, a collapsing ceiling and rats that a tenant said were "⟦p:c|the size of small cats⟧" has been fined £27,000.
Stavros Kyriakou, 59, of Hillcrest Avenue, Tollmouth, pleaded guilty to 11 offences under housing regulations at Tollmouth Magistrates' Court.
Joanne Pettifer, prosecuting for the council, said environmental health officers had found a family of three living in a single damp room. "⟦d:b|The officers described the smell of mould as catching in the throat from the front door,⟧" she said.
Mariana Costa, a former tenant, said in a statement: "⟦d:c|My daughter has asthma. Every week I asked him to fix the window. Every week he said next week.⟧"
The landlord, who represented himself, told magistrates: "⟦d:a|I have had bad tenants too. Nobody writes about them.⟧"
Tollmouth City Council said the fine should send "⟦p:e|a clear message⟧" to rogue landlords.
Councillor Bethan Sayers, cabinet member for housing, said: "⟦d:d|Nobody in this city should have to raise their children in conditions like these. We will prosecute every time.⟧"

### 052
@a Lee Hargreaves | the dog's owner
@b Ling Chen | Postwoman
@c Marguerite Ellison | District Judge
@d Steve Dunmore | a regional representative of the Postal Workers' Guild
A dog owner whose Akita savaged a postwoman as she delivered a birthday card has been given a suspended jail sentence, and the dog has been ordered to be destroyed.
The dog's owner, Lee Hargreaves, 44, of Orchard Way, Brindlecombe, admitted being in charge of a dog dangerously out of control causing injury.
Postwoman Ling Chen, 33, needed surgery on her right hand and has not returned to work. In a statement, she said: “⟦d:b|I heard the gate click behind me and then it was on me. I remember thinking, this is how I die, on a Tuesday, delivering a birthday card.⟧”
“⟦d:b|I still can't hold a pen properly. I used to draw every day.⟧”
Hargreaves told the court the dog had “⟦p:a|never so much as growled⟧” at anyone before. “⟦d:a|I'd give anything to take it back. I've written to her. I'd understand if she binned it,⟧” he said.
District Judge Marguerite Ellison said the side gate had been left open “⟦p:c|on a daily basis⟧” despite two previous warnings from neighbours.
“⟦d:c|This was entirely foreseeable and entirely preventable,⟧” she said.
Steve Dunmore, a regional representative of the Postal Workers' Guild, said: “⟦d:d|Our members are attacked by dogs every single day. This sentence should make every owner in the county check their gate tonight.⟧”

### 053
@a Marchetti family | -
@b University of Kestford | the university
@c Hugo Blanchard | Coroner
@d Thabo Mokoena | his flatmate
@e Siân Morgan | the university's head of student wellbeing
A university missed “⟦p:c|repeated opportunities⟧” to help a first-year student who took his own life in his hall of residence, a coroner has concluded.
Lorenzo Marchetti, 19, a history student at the University of Kestford, died in February 2023.
His flatmate, Thabo Mokoena, told the inquest he had emailed the university's wellbeing service twice in the weeks before Lorenzo's death. “⟦d:d|I said I was worried about him. I said he wasn't leaving his room. I got an automated reply both times,⟧” he said.
Siân Morgan, the university's head of student wellbeing, said the service had received 1,400 referrals that term with “⟦p:e|a team of six⟧”. “⟦d:e|That is not an excuse. It is an explanation,⟧” she said.
Coroner Hugo Blanchard said the emails had been “⟦p:c|read, logged and not acted upon⟧”. “⟦d:c|Had either been followed up, there is at least a possibility that Lorenzo would have received the help he needed,⟧” he said.
In a statement read by their solicitor, the Marchetti family said: “⟦d:a|Lorenzo was funny, clever and kind, and he was failed by the people who promised to look after him. We do not want another family to receive the phone call we received.⟧”
The University of Kestford said it had since tripled the size of its wellbeing team. “⟦d:b|We are deeply sorry,⟧” the university said.

### 054
@a Hyacinth Baptiste | chair of the Marlowe Court Residents' Association
@b Oscar Lindahl | a director of Greystone Estates
@c Eilidh MacAskill | the tribunal's judge
Residents of a tower block in Kestford have won a ruling that service charges of up to £4,800 a year were «⟦p:c|unreasonable and unpayable⟧», in a case that tenants' groups say could affect thousands of leaseholders.
The property tribunal found that Greystone Estates had charged residents of Marlowe Court for a concierge service that «⟦p:c|existed largely on paper⟧».
Hyacinth Baptiste, chair of the Marlowe Court Residents' Association, told the hearing: «⟦d:a|We were paying for a 24-hour concierge. Most nights the desk was empty and the door was propped open with a fire extinguisher.⟧»
Oscar Lindahl, a director of Greystone Estates, said the company had «⟦p:b|acted in good faith⟧» on the advice of its managing agents. «⟦d:b|We accept that the service fell short at times. We do not accept that it was worthless,⟧» he said.
In her written decision, the tribunal's judge, Eilidh MacAskill, said: «⟦d:c|The respondent has been unable to produce a single rota, timesheet or invoice for the concierge service for the period in question. The tribunal draws the obvious inference.⟧»
Ms Baptiste said residents were «⟦p:a|over the moon⟧». «⟦d:a|We're a building of pensioners, nurses and bus drivers. We took on a company with a legal department and we won,⟧» she said.
Greystone Estates said it was considering an appeal.

### 055
@a Zainab Olawale | for the bereaved and survivors
@b Hugh Pendleton | for Arcturus Facades
@c Reuben Castellano | the inquiry's chairman
@d Marek Dudek | a survivor who escaped from the 17th floor
Lawyers for the bereaved told the Beacon Tower Inquiry on Tuesday that the companies involved in the building's refurbishment had engaged in "⟦p:a|a merry-go-round of buck-passing⟧" that continued to this day.
In closing submissions, Zainab Olawale KC, for the bereaved and survivors, said: "⟦d:a|Every company in this room has told you the same story. It was not us. It was the designer. It was the supplier. It was the regulator. It was the fire brigade.⟧"
"⟦d:a|Forty-one people are dead. Somebody made these decisions, and the families are entitled to know who.⟧"
Hugh Pendleton KC, for Arcturus Facades, which manufactured the panels, said the firm had "⟦p:b|never concealed⟧" test results. "⟦d:b|My clients supplied a product that was lawful to sell and was sold lawfully. What others chose to do with it is a matter for them,⟧" he said.
Several people in the hearing room turned their backs on him as he spoke.
Marek Dudek, a survivor who escaped from the 17th floor, said outside: "⟦d:d|He said 'lawful' eleven times. I counted. My neighbours are still dead.⟧"
The inquiry's chairman, Sir Reuben Castellano, said his final report would be published next year. "⟦d:c|It will name names where the evidence requires it,⟧" he said.

### 056
@a Beatrix Lumley | the former treasurer of the Wetherden Hospice Trust
@b Anselm Okwuosa | chair of the trust's board
@c Jasminder Kaur | Recorder
@d Neil Corcoran | mitigating
WETHERDEN, June 3 -- The former treasurer of a children's hospice charity who stole more than 90,000 pounds to pay for cruises and a hot tub was jailed Monday for three years.
Beatrix Lumley, 57, the former treasurer of the Wetherden Hospice Trust, admitted fraud by abuse of position at Eastmoor Crown Court.
The court heard she had written herself 63 cheques over five years, describing them in the accounts as ``⟦p:a|sundry supplies⟧''.
In a statement read to the court, the Rev. Anselm Okwuosa, chair of the trust's board, said: ``⟦d:b|Every pound she took was a pound given by a grieving family, or raised by a child doing a sponsored silence. That is what makes this so hard to forgive.⟧''
Neil Corcoran, mitigating, said Lumley had been ``⟦p:d|living a double life⟧'' and was ``⟦p:d|consumed by shame⟧''.
Lumley, who wept throughout the hearing, told the judge: ``⟦d:a|I am so sorry. I loved that place.⟧''
Recorder Jasminder Kaur replied: ``⟦d:c|If you had loved it, Mrs Lumley, you would not have stolen from it.⟧''

### 057
@a Ciarán Dunne | -
@b Selwyn Haigh | -
@c Bríd Dunne | his mother
@d Harriet Colquhoun | the victim's widow
A man jailed for life for the murder of a nightclub doorman has lost his appeal against conviction.
Ciarán Dunne, 26, who watched the hearing by video link from prison, had argued that the trial judge wrongly allowed the jury to hear evidence of an earlier fight.
Lord Justice Selwyn Haigh, giving the judgment of the court, said that evidence was «⟦p:b|plainly relevant⟧». «⟦d:b|We have considered each of the grounds with care. None of them, alone or together, casts any doubt on the safety of this conviction,⟧» he said.
Dunne shook his head and said «⟦d:a|Unbelievable⟧» before the video link was cut.
His mother, Bríd Dunne, said outside court: «⟦d:c|My son did not go out that night to kill anyone. We will keep fighting. We'll go to the review commission.⟧»
The victim's widow, Harriet Colquhoun, said she felt «⟦p:d|nothing but relief⟧». «⟦d:d|Iain was doing his job. He asked a drunk man to leave a bar. For that he is dead, and I am tired of hearing about appeals,⟧» she said.

### 058
@a Graeme Tulloch | the skipper
@b Losa Faleolo | Sione's mother
@c Hemi Tāwhiri | Kaumātua
@d Moana Rātana | Judge
@e Maritime Safety Authority | the authority
A fishing boat skipper has been fined $180,000 and ordered to pay $90,000 in reparation after a 19-year-old deckhand was swept overboard and drowned off Port Mahuta.
Sione Faleolo was on his third trip aboard the trawler Kahurangi when he was knocked into the sea by a swinging net in heavy swell in August 2022. He was not wearing a lifejacket. The skipper, Graeme Tulloch, 61, pleaded guilty to a charge under workplace safety law.
In a statement read in the Port Mahuta District Court, Sione's mother, Losa Faleolo, said her son had been "⟦p:b|so proud to be earning his own money⟧".
"⟦d:b|He bought me a washing machine with his first pay. He carried it into the house himself and he would not let me help,⟧" she wrote.
She ended her statement in Samoan: "⟦d:b|Ou te alofa tele ia te oe, Sione⟧" — "⟦d:b|I love you so much, Sione⟧".
Tulloch, who has skippered boats for 40 years, told the court: "⟦d:a|He was a good kid. A hard worker. I should have made him wear the jacket. That's on me and nobody else.⟧"
Kaumātua Hemi Tāwhiri, who opened the hearing with a karakia, said afterwards: "⟦d:c|There were two families in that courtroom today who have lost something. We need to hold both of them.⟧"
Judge Moana Rātana said the industry had "⟦p:d|a culture of treating lifejackets as optional⟧". "⟦d:d|That culture kills young men,⟧" she said.
The Maritime Safety Authority said it would carry out spot checks on vessels across the region. "⟦d:e|No catch is worth a life,⟧" the authority said.

### 059
@a Gwenllian Rhys-Jones | a farmer from Cwm Eithin
@b Iestyn Parry | the 42-year-old
@c Mererid Owen | prosecuting
@d Huw Beynon | defending
A farmer told a jury that she recognised her own ewes in a neighbour's field “⟦p:a|the way a mother knows her children⟧”.
Gwenllian Rhys-Jones, a farmer from Cwm Eithin, was giving evidence in Welsh, through a court translator, at the trial of Iestyn Parry, 42, who denies stealing 87 sheep from her land in the autumn of 2022.
“⟦d:a|Roeddwn i'n eu nabod nhw'n syth,⟧” she told Abermorlan Crown Court — “⟦d:a|I knew them straight away.⟧”
“⟦d:a|Someone had tried to cut out my ear marks, but you can't hide a face you've looked at every morning for six years.⟧”
Cross-examined by Huw Beynon, defending, she agreed that many of the sheep in the valley were of the same breed. “⟦d:d|With respect, Mrs Rhys-Jones, a Welsh Mountain ewe looks very much like another Welsh Mountain ewe, doesn't it?⟧” he asked.
“⟦d:a|To you, perhaps,⟧” she replied, to laughter.
Parry, giving evidence later, said he had bought the sheep at a mart in good faith. “⟦d:b|I've got the receipt. I can't help it if the man who sold them to me was a crook,⟧” the 42-year-old said.
Mererid Owen, prosecuting, pointed out that the receipt had been written on paper from a pad found in Parry's own kitchen. “⟦d:c|That is quite a coincidence, members of the jury,⟧” she said.

### 060
@b Amara Diallo | general secretary of the Independent Couriers' Union
@c Rafael Monteiro | one of the lead claimants
@d Cordelia Vane | president of the Employment Appeal Tribunal
@e - | a Zipcart spokesperson
KESTFORD, Sept 12 (Wire) — Couriers for the delivery app Zipcart are workers entitled to the minimum wage and holiday pay, the Employment Appeal Tribunal ruled on Thursday, dismissing the company's appeal in a case that could affect some 40,000 riders.
Mrs Justice Cordelia Vane, president of the Employment Appeal Tribunal, said the company's description of its riders as independent contractors was “⟦p:d|a label that does not match the reality⟧”.
“⟦d:d|The riders cannot set their own prices, cannot meaningfully refuse work without penalty and are monitored minute by minute by an algorithm. That is not the profile of someone in business on their own account,⟧” she wrote.
Rafael Monteiro, one of the lead claimants, said he had been “⟦p:c|waiting four years for someone to say it⟧”. “⟦d:c|I ride in the rain for ten hours and some weeks I earn less than the minimum wage. Now a judge says that is not allowed. Good,⟧” he said.
Amara Diallo, general secretary of the Independent Couriers' Union, which backed the claim, called the ruling “⟦p:b|a landmark⟧”. “⟦d:b|Zipcart should stop spending money on lawyers and start paying its riders,⟧” she said.
A Zipcart spokesperson said the company was “⟦p:e|disappointed⟧” and was considering an appeal to the Court of Appeal. “⟦d:e|The overwhelming majority of our riders tell us they value flexibility above all else,⟧” the spokesperson said.

### 061
@a Mateus Carvalho | Harnley Athletic winger
@b Parviz Rahimi | Taxi driver
@c Francesca Lowther | prosecuting
@d Harnley Athletic | -
@e - | a source close to the player
Harnley Athletic winger Mateus Carvalho told a court he had pushed a taxi driver only because he "⟦p:a|thought he was going to be robbed⟧".
Carvalho, 24, denies assault by beating following an incident outside a bar in Harnley in the early hours of April 2.
Taxi driver Parviz Rahimi, 51, told Harnley Magistrates' Court that the footballer had refused to pay a £38 fare and shoved him against his cab. "⟦d:b|He said, 'Do you know who I am?' I said no. I drive a taxi, I don't watch football,⟧" he said.
Francesca Lowther, prosecuting, asked Carvalho why he had not simply paid. "⟦d:a|I tried to pay by card and his machine wasn't working. He got out of the car and came at me. I panicked,⟧" Carvalho said, speaking through a Portuguese interpreter.
"⟦d:c|You're six foot two and a professional athlete, Mr Carvalho. You panicked?⟧" Ms Lowther asked.
"⟦d:a|Yes. It was three in the morning and I didn't know this man,⟧" he replied.
Harnley Athletic said in a statement that it was "⟦p:d|aware of the proceedings⟧" and would make no further comment. A source close to the player said: "⟦d:e|Mateus is devastated by all of this. He just wants to tell his side and get back to playing.⟧"
The case was adjourned until Friday.

### 062
@a Kiera Mulvaney | her best friend
@b Rosalind Tembo | a paramedic working for the festival's medical contractor
@c Matthias Engel | the senior coroner
@d - | a spokesperson for Brightfield Festival
A 20-year-old woman who died after taking ecstasy at a music festival waited more than 40 minutes for medical help because the main first-aid tent was “⟦p:b|completely overwhelmed⟧”, an inquest has heard.
Ellie Brookfield, a veterinary student from Harnley, collapsed near the main stage at Brightfield Festival in August 2023.
Her best friend, Kiera Mulvaney, told the inquest: “⟦d:a|She said she felt hot and her heart was going really fast. We sat her down and gave her water. Then she stopped making sense.⟧”
“⟦d:a|I ran to the first-aid tent and there was a queue outside it. A queue. I was screaming at people.⟧”
Rosalind Tembo, a paramedic working for the festival's medical contractor, said there had been 11 staff on shift for a crowd of 38,000. “⟦d:b|We were triaging people on the grass. I have never seen anything like it,⟧” she said.
When she reached Ellie, she said, the student's temperature was “⟦p:b|dangerously high⟧”.
The senior coroner, Matthias Engel, asked Ms Tembo whether the staffing level had been raised with organisers beforehand. “⟦d:c|Did anybody tell the festival that eleven was not enough?⟧”
“⟦d:b|I was told our manager had raised it. I can't say what happened after that,⟧” she replied.
A spokesperson for Brightfield Festival said: “⟦d:d|We are cooperating fully with the coroner and our thoughts are with Ellie's family.⟧”
The inquest continues.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh147.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh147",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
