# ruff: noqa: E501
"""Build ``quotes_fresh37.jsonl``: a thirty-seventh independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is court and inquiry
reporting: criminal trials with examination and cross-examination, inquests, public
inquiries, employment and immigration tribunals, sentencing remarks and appeals.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh37-NNN``.

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

Decisions specific to this set (court reporting):

* The British court-report gloss after a barrister's name (``Jane Roe, prosecuting,``
  ``John Doe, defending,`` ``…, mitigating,``) is taken as that speaker's
  description, as it is the only statement of the role the passage gives.
* A statement, victim personal statement or letter read out on someone's behalf (by a
  solicitor, barrister, police officer or relative) belongs to its author, not to the
  reader.
* Speech that counsel or a witness reports from a third party inside a transcript
  answer, or a document quoted in a question, belongs to its author.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh37.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh37.jsonl")

PASSAGES = """
### 001
@a Anita Sharma | prosecuting
@b Megan Holt | a care worker who was walking home from a night shift
@c Joanne Pelling | defending
@d Callum Rideout | -
A pedestrian who saw a van mount the pavement on Tollgate Road told a jury she "⟦p:b|heard the engine before I saw anything⟧".
Megan Holt, a care worker who was walking home from a night shift, was giving evidence on the second day of the trial of Callum Rideout, 29, at Mereford Crown Court. Mr Rideout denies causing the death of 63-year-old Dennis Varley by dangerous driving.
Anita Sharma KC, prosecuting, asked her to describe the moment the van passed her. "⟦d:b|It was going far too fast for that road. I remember thinking, 'He's not going to make the bend,'⟧" Ms Holt said.
"⟦d:a|And did he make the bend?⟧" Ms Sharma asked.
"⟦d:b|No.⟧"
Under cross-examination, Joanne Pelling KC, defending, suggested that the witness had been wearing headphones. "⟦d:c|You had music playing, didn't you? You can't have heard an engine over that,⟧" she said.
"⟦d:b|I had one earphone in. I heard it,⟧" Ms Holt replied.
Ms Pelling put it to her that she had only looked up after the collision. "⟦d:b|That's not right,⟧" she said. "⟦d:b|I watched it all the way.⟧"
Mr Rideout, of Cale Street, Mereford, told police in interview that he had been "⟦p:d|doing the limit, maybe a bit under⟧", the court heard.
The trial continues.

### 002
@a Helena Marsh-Whitlock | Senior coroner
@b Tomasz Wiśniewski | a consultant pathologist
@c Claire Abbott | Ryan's mother
@d Ian Rourke | Detective Sergeant
A teenager who drowned in the River Leth after a night out had taken "⟦p:a|a risk that many young people take without thinking⟧", a coroner has concluded.
Ryan Abbott, 17, from Hollinbridge, was seen entering the water near Fenner's Weir in the early hours of 14 June last year, the inquest at Castlegate Coroner's Court heard. Senior coroner Helena Marsh-Whitlock recorded a conclusion of misadventure.
Dr Tomasz Wiśniewski, a consultant pathologist, said Ryan had died from drowning and that cold water shock was "⟦p:b|very likely⟧" to have played a part.
"⟦d:b|The temperature of the water that night would have been around 11C. Even a strong swimmer can get into difficulty within a minute,⟧" he said.
Detective Sergeant Ian Rourke said there was no evidence that anyone else had been involved. "⟦d:d|We traced every person who was with Ryan that evening, and their accounts were consistent,⟧" he told the coroner.
Ryan's mother, Claire Abbott, asked the officer about the weir. "⟦d:c|Were there any warning signs up that night? Anything at all?⟧"
"⟦d:d|There was one sign, on the far bank. It would not have been visible from where he went in,⟧" he replied.
Recording her conclusion, Mrs Marsh-Whitlock said: "⟦d:a:m|Ryan was a much-loved son and brother. The evidence is that he entered the water voluntarily, in the company of friends, and that he did not intend to come to any harm.⟧
"⟦d:a|I will be writing to Hollinbridge Borough Council about the signage at Fenner's Weir, because I am concerned that further deaths could occur.⟧"
In a statement read outside the court by the family's solicitor, Dev Mahal, Mrs Abbott said: "⟦d:c|Ryan lit up every room he walked into. We want other parents to know how quickly the river can take someone.⟧"

### 003
@a Rhiannon Pugh | counsel to the inquiry
@b Gareth Llewellyn-Jones | the trust's former chief executive
@c Ursula Kemp | The inquiry's chair
@d - | a spokesperson for the families
The former head of Ellesmoor Hospitals NHS Trust has admitted that he did not read an external review of its maternity unit until after it had been leaked to a newspaper.
Gareth Llewellyn-Jones, the trust's former chief executive, was giving evidence on the 41st day of the public inquiry in Cardiff.
Rhiannon Pugh KC, counsel to the inquiry, took him through the timeline, asking first when he had seen the review.
"⟦d:b|I believe it was in the March,⟧" he said. "⟦d:b|It had been sent to the medical director's office. I was not copied in.⟧"
Ms Pugh: "⟦d:a|You were the accountable officer. Whose job was it to make sure you saw it?⟧"
Mr Llewellyn-Jones: "⟦d:b|Ultimately, mine. I accept that.⟧"
She then turned to a board meeting in November 2019 at which, according to the minutes, he had described maternity as "⟦p:b|an area of strength⟧".
"⟦d:a|Did you believe that when you said it?⟧" Ms Pugh asked.
"⟦d:b|I did, at the time. I was wrong,⟧" the witness replied.
The inquiry's chair, Dame Ursula Kemp, intervened to ask whether anyone on the board had challenged him. "⟦d:c|Was there a single voice in that room saying, 'Hold on a minute'?⟧" she asked.
"⟦d:b|Not that I recall, no.⟧"
Outside the hearing, a spokesperson for the families said they had found the evidence "⟦p:d|painful but necessary⟧".

### 004
@a Darius Mehrabi | a former shift supervisor at Fenwick & Lusk Logistics' depot in Garnford
@b Raymond Tse | Employment Judge
@c Fenwick & Lusk Logistics | -
@d Owen Prideaux | the depot's general manager
A warehouse supervisor who reported faulty forklift brakes was unfairly dismissed, an employment tribunal has ruled, with the judge describing his treatment as "⟦p:b|a textbook case of retaliation⟧".
Darius Mehrabi, a former shift supervisor at Fenwick & Lusk Logistics' depot in Garnford, raised concerns about the equipment on at least four occasions in 2022, the Leeds tribunal heard.
He was dismissed in January 2023 for what the company described as "⟦p:c|persistent lateness⟧".
In his written judgment, Employment Judge Raymond Tse said the lateness allegations had been "⟦p:b|assembled after the event⟧".
"⟦d:b|I am satisfied that the principal reason for the dismissal was that the claimant had made protected disclosures. The other reasons advanced by the respondent do not withstand scrutiny,⟧" the judge wrote.
At the hearing in March, the depot's general manager, Owen Prideaux, denied that the complaints had played any part. "⟦d:d|Darius was a good operator. But you can't run a shift if the supervisor isn't there at six,⟧" he said.
Asked by Mr Mehrabi's representative why the lateness records for 2021 had not been produced, Mr Prideaux said: "⟦d:d|I couldn't tell you. That would be HR.⟧"
Mr Mehrabi, 44, said he felt "⟦p:a|vindicated⟧". "⟦d:a|I told them someone was going to get hurt, and they got rid of me instead. I hope people in the industry see this and speak up,⟧" he said.
Fenwick & Lusk Logistics said it was "⟦p:c|disappointed⟧" with the ruling and was considering an appeal. "⟦d:c|Safety is and always has been our first priority,⟧" the company said.
A remedy hearing will be held later this year.

### 005
@a Yonas Tesfamariam | -
@b Lindiwe Mahlangu | Upper Tribunal Judge
@c Peter Galloway | the Home Office presenting officer
@d Aisha Begum-Carter | His barrister
A man who said he would be "⟦p:a|taken the same night⟧" if he were sent back has won his appeal against removal from the UK.
Yonas Tesfamariam, 31, who arrived in Britain in the back of a lorry in 2018, told the Upper Tribunal through an interpreter that his younger brother had been detained in 2017 and had not been seen since.
"⟦d:a|They came to our house looking for me. When they did not find me, they took him,⟧" he said.
Peter Galloway, the Home Office presenting officer, argued that Mr Tesfamariam's account had changed between his screening interview and his later statement. "⟦d:c|In 2018 the appellant said his brother was arrested at a market. Now he says it was at the family home. Both cannot be true,⟧" he told the tribunal.
His barrister, Aisha Begum-Carter, said the discrepancy was explained by the conditions of the first interview, conducted "⟦p:d|at two in the morning, after thirty hours in a lorry⟧".
Upper Tribunal Judge Lindiwe Mahlangu accepted that explanation. In her decision, she wrote: "⟦d:b|I do not find the inconsistency damaging. The core of the appellant's account has remained the same throughout, and it sits comfortably with the background evidence.⟧"
She added that Mr Galloway had been "⟦p:b|entirely proper⟧" to raise the point.

### 006
@a Martin Okafor | Recorder
@b Hugh Danvers-Leigh | prosecuting
@c Sam Etherington | mitigating
@d Joyce Pembury | -
@e Lee Farrant | -
A bookkeeper who stole more than £240,000 from a family-run garden centre to fund online gambling has been jailed for four years.
Lee Farrant, 52, of Wendlebury Close, Astley Green, pleaded guilty to fraud by abuse of position at an earlier hearing.
Hugh Danvers-Leigh, prosecuting, told Kesterton Crown Court that Farrant had made 311 transfers from the business's accounts over six years, disguising them as payments to suppliers.
"⟦d:b|This was not a moment of madness. It was a sustained and carefully concealed course of conduct,⟧" he said.
In a victim impact statement read to the court by Mr Danvers-Leigh, Joyce Pembury, who founded Pembury's Garden Centre with her late husband in 1987, said the thefts had "⟦p:d|taken everything we built⟧".
"⟦d:d|I trusted Lee like a son. I had to let three staff go because of what he did, and I still lie awake wondering how I didn't see it,⟧" she said.
Sam Etherington, mitigating, said his client was "⟦p:c|deeply ashamed⟧" and had sought help for a gambling addiction. "⟦d:c|He does not ask for sympathy. He asks the court to accept that he has begun to confront what he has done,⟧" Mr Etherington said.
Sentencing, Recorder Martin Okafor told Farrant: "⟦d:a|You abused the trust of a woman who treated you as family. Your addiction explains your offending, but it does not excuse it.⟧"
The recorder said the sum stolen and the length of the offending meant only an immediate prison sentence could be justified. "⟦d:a|Mrs Pembury's business will never be quite the same,⟧" he said.
Farrant, who wept in the dock, said "⟦d:e|I'm sorry, Joyce⟧" as he was led down to the cells.
A Proceeds of Crime Act hearing will take place in the spring.

### 007
@a Pemberton-Raine | the vice-president of the court's criminal division
@b Kezia Mwangi | -
@c Crown Prosecution Service | -
@d Farah Qureshi | director of the Wrongful Convictions Clinic at Brindley University
@e Court of Appeal | -
The Court of Appeal has quashed the murder conviction of a woman who has spent 11 years in prison, ruling that new evidence about the time of death made the verdict "⟦p:e|unsafe⟧".
Kezia Mwangi, now 46, was convicted in 2014 of killing her landlord, Gordon Peel, at his flat in Saltmarsh.
Giving the court's judgment, Lord Justice Pemberton-Raine, the vice-president of the court's criminal division, said fresh analysis by two forensic entomologists placed the death at a time when Ms Mwangi was "⟦p:a|demonstrably elsewhere⟧".
"⟦d:a|Had the jury heard this evidence, we cannot be confident that they would have convicted. In those circumstances the conviction must be quashed,⟧" he said.
The court declined to order a retrial.
Ms Mwangi, who followed the hearing by video link, put her hands over her face as the decision was announced. In a statement issued through her lawyers, she said: "⟦d:b|For eleven years I have said the same thing: I did not kill Gordon. Today, at last, someone listened.⟧"
The Crown Prosecution Service said it respected the court's decision. "⟦d:c|We will now review the case carefully, including with Mr Peel's family,⟧" it said.
Farah Qureshi, director of the Wrongful Convictions Clinic at Brindley University, whose students worked on the case for four years, said: "⟦d:d|This is a day for Kezia. But it should also be a day of reflection for a system that took more than a decade to look again.⟧"

### 008
@a Fiona Rattray | Assistant coroner
@b Grace Mbeki-Hollis | a senior nurse at the home
@c Deborah Lanning | a healthcare assistant
@d Hawthorn Vale Care | -
@e Lynne Carver | Mrs Carver's daughter
A care home resident who fell from her bed and lay on the floor for several hours was not checked as often as her care plan required, an inquest has heard.
Edna Carver, 91, died at Lindhurst Royal Infirmary four days after the fall at the Hawthorn Vale home in Pellow in February.
Grace Mbeki-Hollis, a senior nurse at the home, told the hearing that two-hourly checks had been recorded on the night in question. Assistant coroner Fiona Rattray asked her whether those checks had actually taken place.
"⟦d:b|I believed they had. I signed the chart on the basis of what I was told,⟧" she said.
"⟦d:a|Told by whom?⟧"
"⟦d:b|By the healthcare assistant on shift.⟧"
Deborah Lanning, a healthcare assistant, said she had been looking after 23 residents on two floors, alone, for much of the night. "⟦d:c|I couldn't be in two places at once. I did the checks I could,⟧" she told the inquest.
Asked by the coroner whether she had filled in the chart for checks she had not done, Ms Lanning paused before answering. "⟦d:c|Some of them, yes,⟧" she said. "⟦d:c|Everybody did. That's how it worked.⟧"
Mrs Carver's daughter, Lynne Carver, who attended with her two sons, said outside the hearing that the evidence had been "⟦p:e|very hard to listen to⟧".
Hawthorn Vale Care said in a statement that it had "⟦p:d|fully reviewed⟧" its staffing since Mrs Carver's death. "⟦d:d|We have increased night staffing at Pellow and introduced electronic checks that cannot be completed retrospectively,⟧" the company said.
The inquest continues.

### 009
@a Nicholas Ferrante | prosecuting
@b Jerome Addo | -
@c Ania Brzezińska | Mr Kowalski's partner
A man stabbed his former business partner in a dispute over £18,000 and then tried to make it look like a burglary, a jury has been told.
Jerome Addo, 38, is accused of murdering Stefan Kowalski, 41, at the offices of their recording studio in Dockside, Pellmouth, on the night of 3 October.
Opening the case at Pellmouth Crown Court, Nicholas Ferrante KC, prosecuting, said the two men had fallen out over money in the months before Mr Kowalski's death.
"⟦d:a:m|The prosecution say this was not a burglary that went wrong. There was no burglar. A window was broken, yes, but it was broken from the inside, and the glass on the pavement tells you that.⟧
"⟦d:a:m|Nothing of value was taken. Mr Kowalski's wallet was in his pocket. His laptop was on the desk.⟧
"⟦d:a|What was taken was the hard drive from the CCTV system, and you may think there is only one reason someone would want that.⟧"
Mr Ferrante told the jurors that the defendant had given police a "⟦p:a|detailed and entirely false⟧" account of his movements. In interview, Mr Addo said he had been at home all evening and was "⟦p:b|devastated⟧" by his friend's death.
The first witness, Mr Kowalski's partner, Ania Brzezińska, said she had heard the two men arguing on the phone a week before. "⟦d:c|Stefan put it on speaker. Jerome was shouting that he wanted his money, that he was sick of waiting,⟧" she told the court.
Mr Addo denies murder. The trial, expected to last four weeks, continues.

### 010
@a Rowena Tilsley | a Liberal Democrat member of Fenby District Council
@b Mohammed Iqbal | chair of the bench
A district councillor who was almost three times the drink-drive limit when she crashed into a parked car has been banned from driving for 20 months.
Rowena Tilsley, 58, a Liberal Democrat member of Fenby District Council, admitted the offence at Fenby Magistrates' Court on Tuesday. ``⟦d:a|I am mortified. I have let down the people who elected me,⟧'' she told the court.
Mohammed Iqbal, chair of the bench, said: ``⟦d:b|You are someone who should have known better, and I think you know that.⟧''
Tilsley was also fined £1,150 and ordered to pay £85 costs.

### 011
@a Ian Drummond-Hay | former leader of Crowmarsh City Council
@b Blessing Oduya | a resident of Millbank Terrace
The following is an edited extract from the evidence given on Tuesday to the Crowmarsh Flood Inquiry by Ian Drummond-Hay, former leader of Crowmarsh City Council. Questions were put by Leah Fairweather KC, counsel to the inquiry.
Q: You received the Environment Agency's letter of 9 January. What did you do with it?
A: I passed it to the director of place with a handwritten note asking for a briefing.
Q: The note is in the bundle. It reads: "⟦d:a|Please deal. Not a priority until after budget.⟧" Is that your handwriting?
A: It is. With hindsight "⟦s:-|not a priority⟧" was a poor choice of words.
Q: The inquiry has heard from Blessing Oduya, a resident of Millbank Terrace. She told us: "⟦d:b|Nobody came. Not one person from the council came for four days.⟧" Do you accept that?
A: I accept that is how it felt to her. I do not accept that nobody was working on it.
Q: Who was working on it?
A: Officers in the emergency planning team. I was in touch with them daily.
THE CHAIR: Were any of them on Millbank Terrace?
A: Not in the first four days, no.

### 012
@a Harriet Nwosu | a former account director at Pellucid Creative in Manchester
@b Caroline Beaumont-Sykes | the agency's managing director
@c Judith Armitage | Employment Judge
@d Pellucid Creative | -
An advertising executive who was told she "⟦p:b|wouldn't want the pressure⟧" of a promotion after returning from maternity leave has won her claim for sex discrimination.
Harriet Nwosu, a former account director at Pellucid Creative in Manchester, said she was passed over for the role of client services director in favour of a male colleague with less experience.
The tribunal heard that in a meeting in September 2023, the agency's managing director, Caroline Beaumont-Sykes, told her the job involved "⟦p:b|a lot of late nights and travel⟧" and that she "⟦p:b|wouldn't want the pressure with a little one at home⟧".
Giving evidence, Ms Beaumont-Sykes denied making the second remark. "⟦d:b|I would never say that to anyone. I have two children myself,⟧" she said.
But the panel, chaired by Employment Judge Judith Armitage, preferred Ms Nwosu's account, noting that she had described the conversation in a message to her sister the same evening.
"⟦d:c|The message was sent within an hour of the meeting and before any dispute had arisen. We find it to be a reliable record of what was said,⟧" she wrote in the judgment.
The message, shown to the tribunal, read: "⟦d:a|Caroline basically told me I can't have the job because of Nell. I can't believe it.⟧"
Ms Nwosu, 36, who now works for a rival agency, said: "⟦d:a|I didn't bring this case for the money. I brought it because I don't want the next woman to hear what I heard.⟧"
Pellucid Creative said it was "⟦p:d|reflecting carefully⟧" on the judgment and would not comment further.

### 013
@a Hélène Marchetti | the former mayor of Saint-Aubin-des-Prés
@b Jean-Baptiste N'Diaye | the public prosecutor
@c Corinne Vasseur | Her lawyer
@d Lucien Ferrand | The presiding judge
A court in Valmorin on Thursday convicted the former mayor of Saint-Aubin-des-Prés, Hélène Marchetti, of favouritism in the award of public contracts, and barred her from standing for office for five years.
Marchetti, 62, who ran the lakeside town for three terms, was accused of steering €3.4 million of road and drainage work to a company run by her nephew between 2016 and 2021.
She had denied the charges throughout the three-day trial. Speaking in French, she told the court on Tuesday: «⟦d:a|Je n'ai jamais touché un centime de cet argent.⟧» («⟦d:a|I never touched a cent of that money.⟧»)
Jean-Baptiste N'Diaye, the public prosecutor, told the judges that the sums involved were less important than the principle. «⟦d:b|A mayor is not the owner of her town. She is its servant,⟧» he said.
The presiding judge, Lucien Ferrand, said the evidence showed a «⟦p:d|system of preference⟧» that had excluded at least four rival bidders.
Marchetti was given an 18-month suspended prison sentence and fined €40,000.
Her lawyer, Corinne Vasseur, said she would appeal. «⟦d:c|My client has been convicted on the basis of coincidences. We will show the appeal court that coincidences are not proof,⟧» she told reporters outside the courthouse.

### 014
@a Alistair Brennan-Moore | the coroner
@b Marcus Ashdown | the commanding officer of the training battalion
@c Kyle Hanmer | Sergeant
@d Ministry of Defence | -
@e Neil Okoro | His father
A soldier who collapsed on a 20-mile training march on one of the hottest days of the year died of heat illness that was "⟦p:a|recognised too late⟧", a coroner has found.
Private Daniel Okoro, 19, of the 2nd Battalion, Royal Wessex Fusiliers, collapsed on the Harnell Ranges on 18 July 2022 and died in hospital two days later.
Sergeant Kyle Hanmer, who supervised the final leg of the march, told the inquest in Salterby that Pte Okoro had looked "⟦p:c|tired but fine⟧" at the last water stop.
"⟦d:c|He said he was all right. I asked him twice. Lads say that, but I had no reason to doubt him,⟧" he said.
Lieutenant Colonel Marcus Ashdown, the commanding officer of the training battalion, said the march should have been postponed under the Army's own guidance once temperatures passed 27C. "⟦d:b|That decision should have been taken, and it was not. I take responsibility for that,⟧" the officer said.
Asked by the coroner, Alistair Brennan-Moore, why the temperature readings had not been acted on, he said: "⟦d:b|The readings were taken. They were not passed up the chain in time.⟧"
Recording a narrative conclusion, Mr Brennan-Moore said: "⟦d:a|Daniel was a fit and willing young soldier who was let down by a system that existed on paper but was not followed on the day.⟧"
His father, Neil Okoro, said after the hearing: "⟦d:e|We sent our son to serve his country. We did not send him to die on a hillside because nobody looked at a thermometer.⟧"
The Ministry of Defence said it had "⟦p:d|learned hard lessons⟧" from Pte Okoro's death. "⟦d:d|Our thoughts remain with Daniel's family. Heat illness policy has been revised and is now mandatory at every level of command,⟧" a statement said.

### 015
@a Simon Rutter | Judge
@b Bernadette Cole | prosecuting
@c Kerry-Ann Doyle | the boy's mother
@d Rhys Vaughan | defending
A man whose dog mauled a seven-year-old boy in a Brackley Moor park has been jailed for 18 months.
Wayne Galbraith, 34, of Sutton Row, admitted being the owner of a dog dangerously out of control causing injury.
Bernadette Cole, prosecuting, told Tarnbury Crown Court that the dog had been off its lead when it ran at the boy near the play area on 2 May.
"⟦d:b|The boy's grandmother tried to pull the dog away and was herself bitten on both arms. Two passers-by eventually freed him,⟧" Miss Cole said.
A statement from the boy's mother, Kerry-Ann Doyle, was read to the court by her sister.
"⟦d:c:m|My son used to run everywhere. Now he won't go past the park gates. He wakes up screaming most nights and asks if the dog is coming back.⟧
"⟦d:c|I don't want Wayne Galbraith to say sorry. I want him to understand what he has done to a little boy.⟧"
Rhys Vaughan, defending, said Galbraith had "⟦p:d|never for a moment⟧" believed the dog was dangerous. "⟦d:d|He is horrified. He has surrendered the dog and he will not keep another,⟧" he said.
Jailing him, Judge Simon Rutter said: "⟦d:a|You were warned twice by neighbours that this dog was aggressive. You chose to do nothing.⟧"
Galbraith was also banned from keeping dogs for ten years.

### 016
@a Morag Lindsay | Sheriff
@b Alasdair Rennie | Fiscal depute
@c Euan Gillespie | defending
@d - | the tenant
A landlord who let out a flat with no working smoke alarms and a gas boiler that had not been checked for six years has been fined £9,000.
Duncan Alexander Ferrie, 61, of Kirkton Road, Dunmairn, pleaded guilty at Dunmairn Sheriff Court to breaching gas safety and housing regulations.
Fiscal depute Alasdair Rennie told the court that carbon monoxide had been detected at “⟦p:b|dangerous levels⟧” when engineers visited the property in Harbour Wynd in March.
“⟦d:b|The tenant, a mother of two, had been complaining of headaches for weeks. She thought it was stress,⟧” he said.
Euan Gillespie, defending, said his client had “⟦p:c|simply lost track⟧” of his obligations after the death of his wife. “⟦d:c|He accepts that is no excuse. He has since sold the property,⟧” Mr Gillespie said.
Sheriff Morag Lindsay told Ferrie: “⟦d:a|It is a matter of pure luck that this court is not dealing with a death.⟧”
She said she had reduced the fine from £13,500 because of his early plea.
In a statement passed to the Dunmairn Courier, the tenant said: “⟦d:d|I'm just glad my girls are safe. Every landlord should be made to read about this case.⟧”

### 017
@a Sunita Ramasamy | Area coroner
@b Tarnbury and Wold NHS Foundation Trust | -
@c Paul Greenhalgh | Her husband
A coroner has warned that more patients could die unless a hospital trust fixes a computer system that let a test result go unread for 11 days.
Area coroner Sunita Ramasamy has written to Tarnbury and Wold NHS Foundation Trust following the inquest into the death of Maureen Greenhalgh, 67, of Sallow Lane, Wold Cross.
Mrs Greenhalgh died of sepsis in March last year. A blood test showing signs of infection was flagged as abnormal but was never opened by a doctor, the inquest heard.
In her prevention of future deaths report, published this week, Ms Ramasamy wrote: "⟦d:a|During the inquest the evidence revealed matters giving rise to concern. In my opinion there is a risk that future deaths will occur unless action is taken.⟧"
She said abnormal results had been sent to "⟦p:a|a shared inbox that no single clinician owned⟧".
The trust has 56 days to respond. In a statement, Tarnbury and Wold NHS Foundation Trust said: "⟦d:b|We are deeply sorry for the failings in Mrs Greenhalgh's care. Since her death we have changed the way abnormal results are allocated, and every result now has a named clinician responsible for it.⟧"
Her husband, Paul Greenhalgh, said the report was "⟦p:c|the least Maureen deserves⟧". "⟦d:c|All I want is for them to do what they say they've done,⟧" he said.

### 018
@a Jonathan Askew | prosecuting
@b Tariq Hussain | -
@c Philip Ngata | his barrister
@d Adrian Coles | Judge
A man accused of fracturing another man's skull outside a pub told a jury he "⟦p:b|had no choice⟧" but to defend himself.
Tariq Hussain, 27, of Lowther Street, Brinsford, denies causing grievous bodily harm with intent to Craig Mellor, 31, outside the Wheatsheaf in Brinsford town centre last August.
Giving evidence at Hallam Crown Court on Wednesday, Mr Hussain said Mr Mellor had followed him out of the pub after an argument over a spilled drink.
"⟦d:b|He was right behind me, shouting that he was going to do me. I turned round and he was already swinging,⟧" he told his barrister, Philip Ngata.
"⟦d:c|What did you do?⟧" Mr Ngata asked.
"⟦d:b|I hit him once. He went down and hit his head on the kerb. I never wanted that.⟧"
Cross-examining, Jonathan Askew, prosecuting, played CCTV footage which he said showed Mr Mellor walking away when the punch was thrown.
"⟦d:a|He has his back to you, doesn't he?⟧"
"⟦d:b|He'd turned half round. He was coming back.⟧"
"⟦d:a|Mr Hussain, look at the screen. He is walking away from you, and you run at him.⟧"
"⟦d:b|That's not how it felt.⟧"
Mr Askew suggested the defendant had simply lost his temper. He replied: "⟦d:b|I was scared, not angry. There's a difference.⟧"
Judge Adrian Coles told jurors they would hear closing speeches on Thursday. "⟦d:d|Do not discuss the case with anyone, and do not look anything up about it,⟧" he said.
The trial continues.

### 019
@a Olivia Barraclough | counsel to the inquiry
@b Desmond Achterberg | a property developer
@c Nigel Strand | the council's former head of planning
@d Stenfield Borough Council | -
A property developer has denied offering a senior council officer a holiday in return for help with a planning application.
Desmond Achterberg, a property developer, was giving evidence to the Vellacott Inquiry, which is examining the sale of council land at Orchard Quay in Stenfield.
According to a witness statement from the council's former head of planning, Nigel Strand, Mr Achterberg told him in 2019 that "⟦p:b|there's a villa on the coast with your name on it⟧" if the scheme went through.
"⟦d:b|I never said that. I have never said that to anyone,⟧" Mr Achterberg told the inquiry.
Olivia Barraclough KC, counsel to the inquiry, asked why Mr Strand would invent such a remark.
"⟦d:b|You would have to ask him. He left the council under a cloud,⟧" he replied.
Ms Barraclough pointed out that Mr Strand had recorded the conversation in his diary the same day: "⟦d:c|D.A. offered villa again. Told him no. Must tell monitoring officer.⟧"
"⟦d:a|Why would he write that, on that day, if it had not happened?⟧" she asked.
"⟦d:b|I don't know.⟧"
Mr Strand is due to give evidence next week. Stenfield Borough Council, which sold the site to Mr Achterberg's company for £1.2m in 2020, said it was "⟦p:d|cooperating fully⟧" with the inquiry.

### 020
@a Gwen Attwater | -
@b Sandra Okonkwo-Reid | the headteacher
@c Felix Harrowby | the school's barrister
A primary school teacher who claims she was forced out after raising concerns about a pupil's safety has told a tribunal that her headteacher "⟦p:a|made it very clear I was no longer welcome⟧".
Gwen Attwater, 49, worked at St Ebba's Church of England Primary School in Corley Vale for 14 years before resigning in 2023. She is claiming constructive unfair dismissal against the school's governing body.
Cross-examined by Felix Harrowby, the school's barrister, she was asked about an email she had sent to the headteacher, Sandra Okonkwo-Reid, in May 2023.
Mr Harrowby: "⟦d:c|You wrote, 'I will not be silenced on this.' That's quite combative, isn't it?⟧"
Mrs Attwater: "⟦d:a|I'd raised the same concern four times. I was frustrated.⟧"
Mr Harrowby: "⟦d:c|The headteacher had already referred the matter to the local authority by then.⟧"
Mrs Attwater: "⟦d:a|Nobody told me that.⟧"
Mrs Okonkwo-Reid, who gave evidence later in the day, said she had been unable to share details of the referral. "⟦d:b|Gwen was a valued member of staff. But there are things a head cannot tell a class teacher, however much she might want to,⟧" she said.
Asked by Employment Judge Rhodri Bevan whether she had ever told the claimant that the matter was in hand, she said: "⟦d:b|I believe I said, 'Leave it with me.' Perhaps that wasn't enough.⟧"
The hearing continues.

### 021
@a Margaret Doherty | Court usher
@b Tunde | a list officer who has worked alongside her for a decade
@c Rosalind Ekwueme | the Recorder of Hallam
For 31 years, the first person many defendants, witnesses and jurors met at Hallam Crown Court was not a judge or a barrister but a small woman in a black gown with a clipboard and a packet of mints.
Court usher Margaret Doherty, Maggie to everyone in the building, retires on Friday. She reckons she has called more than 40,000 cases into court.
“⟦d:a|People think it's about opening doors,⟧” she says. “⟦d:a|It's really about noticing who's frightened. A witness who's shaking, a mum who's never set foot in a court before. You can't fix it, but you can tell them where the toilets are and that it'll be all right.⟧”
Maggie started in 1994, when the court still sat in the old Corn Exchange. She remembers the day the roof leaked onto the jury box during a murder trial, and the barrister who fainted halfway through his own closing speech.
“⟦d:a|He was fine. We gave him a sugary tea and he finished it sitting down,⟧” she recalls.
Her colleague Tunde, a list officer who has worked alongside her for a decade, says the building will feel different without her.
“⟦d:b|Judges come and go. Maggie was the constant. If she said a courtroom was ready, it was ready,⟧” he says.
Judge Rosalind Ekwueme, the Recorder of Hallam, will lead a short ceremony in Court 1 on her last afternoon. “⟦d:c|Maggie has done more for the reputation of this court than any of us in wigs,⟧” she said.
Asked what she will miss, Maggie doesn't hesitate. “⟦d:a|The people. Not the coffee machine.⟧”

### 022
@a Farquhar-Lyle | The judge
@b Rory Castellane | -
@c Imogen Sato-Barnes | a food writer whose newsletter has more than 200,000 subscribers
@d Adrian Locke | Mr Castellane's barrister
@e Sophie Wren | her barrister
A food writer accused a television chef of running his kitchens "⟦p:c|like a prison yard⟧" because former staff had told her so, the High Court has heard.
Rory Castellane, who presented three series of a coastal cookery programme for the BBC, is suing Imogen Sato-Barnes, a food writer whose newsletter has more than 200,000 subscribers, over a 2023 post in which she called him "⟦p:c|a bully who should never be allowed near an apprentice again⟧".
Mr Castellane denies the allegations and says they cost him a book deal and the lease on a restaurant.
Cross-examining Ms Sato-Barnes on Tuesday, Mr Castellane's barrister, Adrian Locke KC, asked how many former employees she had spoken to before publishing.
"⟦d:c|Eleven,⟧" she said.
"⟦d:d|And how many of them had worked for him in the last five years?⟧"
"⟦d:c|Three, I think. Possibly four.⟧"
"⟦d:d|So most of what you published was about kitchens that closed years ago?⟧" Mr Locke said.
"⟦d:c|It was about a pattern. The pattern hadn't closed,⟧" Ms Sato-Barnes replied.
Earlier, Mr Castellane was questioned by her barrister, Sophie Wren KC, about a message he had sent a junior chef in 2019, which read: "⟦d:b|If you can't plate faster than that, go home and don't come back.⟧"
"⟦d:e|Is that how you speak to a 19-year-old?⟧" Ms Wren asked.
"⟦d:b|It's a kitchen. People say things in service they wouldn't say anywhere else. I'm not proud of it,⟧" he replied.
The judge, Mrs Justice Farquhar-Lyle, is expected to give her ruling at a later date. She told both sides: "⟦d:a|I will need to decide what the words meant before I decide whether they were true.⟧"

### 023
@a Rupert Halloran | assistant coroner
@b Gary Sutcliffe | the driver of the tipper lorry
@c Amira Shah | a forensic collision investigator
@d Lotte van der Meer | Ms Frith's partner
@e Ashby Vale Council | -
A lorry driver who turned left across the path of a cyclist has told an inquest he "⟦p:b|checked every mirror⟧" and never saw her.
Joanna Frith, 38, a primary school teacher, died at the junction of Mill Road and Station Approach in Ashby on 9 November.
Gary Sutcliffe, 55, the driver of the tipper lorry, said he had been travelling at under 10mph. "⟦d:b|I looked in the nearside mirror, I looked in the class six mirror, I looked again. There was nobody there,⟧" he said.
PC Amira Shah, a forensic collision investigator, said Ms Frith would have been in the lorry's blind spot "⟦p:c|for around two seconds⟧" before the collision. "⟦d:c|In that window she could not have been seen in any of the mirrors fitted to that vehicle,⟧" the officer said.
Asked by assistant coroner Rupert Halloran whether a camera system would have helped, she said: "⟦d:c|Very likely. Many operators now fit them as standard. This one hadn't.⟧"
Ms Frith's partner, Lotte van der Meer, said the cycle lane on Mill Road "⟦p:d|simply stops⟧" twenty metres before the junction.
"⟦d:d|Jo was doing everything right. She was in the lane the council painted for her, and then the lane ran out,⟧" she said.
Recording a conclusion of road traffic collision, Mr Halloran said he would be writing to Ashby Vale Council. "⟦d:a|The abrupt end of the cycle lane at this junction is, in my view, a matter of real concern,⟧" he said.
Ashby Vale Council said it would "⟦p:e|study the coroner's findings carefully⟧".

### 024
@a - | The boy
@b - | His mother
@c Catherine Yeo | District Judge
@d Gemma Ashworth | prosecuting
@e Harjit Dhillon | Shopkeeper
A 15-year-old boy who threatened a shopkeeper with a screwdriver during a robbery has been given a 12-month youth rehabilitation order.
The boy, who cannot be named for legal reasons, admitted robbery at Harbury Youth Court.
Gemma Ashworth, prosecuting, said he and another youth had entered Dhillon's Convenience Store in Rawdon Street in January and demanded cash, with the screwdriver held "⟦p:d|inches from the shopkeeper's face⟧". "⟦d:d|Mr Dhillon handed over £180. Both boys were arrested nearby within the hour,⟧" she said.
Shopkeeper Harjit Dhillon, 64, said in a statement read to the court: "⟦d:e|I have run this shop for 30 years. For the first time, I am afraid to open the door in the morning.⟧"
The boy told the court: "⟦d:a|I'm sorry for what I did. I wasn't thinking.⟧"
His mother, who sat beside him, said he had "⟦p:b|fallen in with the wrong lot⟧" after being excluded from school. "⟦d:b|He's not a bad lad. He just needs someone to keep him busy,⟧" she said.
District Judge Catherine Yeo said: "⟦d:c|You are 15. What you do now decides whether this is the start of something or the end of it.⟧"

### 025
@a Daniel Whitcombe | PC
@b Rosalind Achebe | prosecuting
@c - | The woman
@d Marcus Obi | defending
A police officer used his position to pursue a relationship with a vulnerable woman he met while investigating a burglary at her home, a jury has heard.
PC Daniel Whitcombe, 41, of Fenshire Police, denies misconduct in a public office.
Rosalind Achebe KC, prosecuting, told Crossley Crown Court that the officer sent the woman more than 300 messages in the weeks after the burglary in 2022.
"⟦d:b|He was there to help her. Instead, he saw an opportunity,⟧" she said.
One message, read to the jury, said: "⟦d:a|You shouldn't be on your own after what happened. I can pop round after my shift if you like x⟧"
The woman, who cannot be identified, gave evidence from behind a screen. "⟦d:c|At first I thought he was being kind. Then I felt I couldn't say no, because he was the police,⟧" she said.
Cross-examining, Marcus Obi, defending, asked her whether she had ever asked the officer to stop contacting her.
"⟦d:c|Not in those words,⟧" she said.
"⟦d:d|In any words?⟧"
"⟦d:c|No.⟧"
PC Whitcombe has told investigators that the contact was "⟦p:a|entirely mutual⟧". The trial continues.

### 026
@a Helen Okafor-Price | Judge
@b - | the mother
@c - | The father
@d Anjali Desai | The children's guardian
@e Wolden County Council | -
@f - | a council spokesperson
A family court judge has criticised a council for "⟦p:a|drift and delay⟧" after two children spent almost three years in temporary foster placements.
In a judgment published on Monday, Judge Helen Okafor-Price said the children, aged six and four, had been moved between four foster homes while Wolden County Council failed to complete assessments of their relatives.
"⟦d:a|Every month of delay in a young child's life is a month that cannot be given back. That is not a slogan; it is the reason the law sets a 26-week limit,⟧" she wrote.
The judge noted that the mother had told social workers she felt "⟦p:b|invisible⟧". In evidence, the mother said: "⟦d:b|Every time I rang, it was a different person. Nobody could tell me anything.⟧"
The father, who did not seek to care for the children, supported their placement with their maternal aunt. "⟦d:c|I want them with their auntie. She'll give them what I couldn't,⟧" he said in a written statement.
The children's guardian, Anjali Desai, said they had been "⟦p:d|let down by the very system meant to protect them⟧".
Wolden County Council said it "⟦p:e|accepted the court's findings⟧" and had recruited more assessment staff. "⟦d:f|We apologise to the children and their family,⟧" a council spokesperson said.

### 027
@a Christopher Mayhew | Judge
@b Sophie Lindqvist | prosecuting
@c Mark Thewlis | director of Thewlis Access Ltd
@d Amanda Kerrigan | Mr Kerrigan's widow
@e Kwame Asante | an inspector with the Health and Safety Executive
A scaffolding company director has been jailed for three and a half years after a young worker fell 12 metres from an unsecured platform.
Mark Thewlis, 49, director of Thewlis Access Ltd, was convicted of gross negligence manslaughter following a trial at Lexford Crown Court.
Jason Kerrigan, 23, died in June 2021 while working on a block of flats in Pelham Rise.
"⟦d:a|This was not an accident in any meaningful sense of the word. It was the entirely predictable outcome of cutting corners to save time and money,⟧" said Judge Christopher Mayhew.
"⟦d:a|You knew the guard rails had not been fitted. You sent Jason up anyway,⟧" the judge told Thewlis.
Sophie Lindqvist, prosecuting, said Thewlis had ignored "⟦p:b|at least three⟧" warnings from his own site foreman in the week before the fall.
In a statement read to the court by a police family liaison officer, Mr Kerrigan's widow, Amanda Kerrigan, said: "⟦d:d|Our daughter was eight weeks old when her dad died. She will grow up knowing him only from photographs.⟧"
Thewlis, who gave evidence during the trial, had told the jury he believed the rails were "⟦p:c|going up that morning⟧". "⟦d:c|I would never knowingly put a lad in danger,⟧" he said at the time.
Kwame Asante, an inspector with the Health and Safety Executive, said after the hearing: "⟦d:e|Falls from height remain the biggest killer on building sites. Every one of them is preventable.⟧"

### 028
@a Benedict Ogunleye | counsel to the inquiry
@b Shaun Tierney | the witness
@c Alan Ravensworth | The inquiry's chairman
@d Debbie Lowther | general secretary of the Train Crew Union
The driver of a passenger train that derailed near Pendle Cross in 2023 has told a public inquiry he had "⟦p:b|seconds, not minutes⟧" to react after seeing a landslip on the line.
Shaun Tierney, 51, was driving the 06:12 service from Carwen to Holbury when it struck debris washed onto the track after a night of heavy rain. Two passengers and the conductor died.
Giving evidence in Holbury on Monday, Mr Tierney became emotional as he described the moment he saw the mud. "⟦d:b|It was just a dark shape across the rails. I put the brake in emergency straight away and I shouted to the back of the cab, I don't know why, there was nobody there,⟧" he said.
Benedict Ogunleye KC, counsel to the inquiry, asked whether he had been warned about the weather.
"⟦d:b|There was a general notice about heavy rain. There was nothing about that cutting,⟧" the witness said.
"⟦d:a|Had you ever been told that the cutting at Pendle Cross was at risk?⟧"
"⟦d:b|Never. Not once in 22 years.⟧"
The inquiry's chairman, Sir Alan Ravensworth, thanked Mr Tierney for his evidence. "⟦d:c|I know how difficult today has been for you,⟧" he said. "⟦d:c|It is important that the inquiry hears from the people who were there.⟧"
Debbie Lowther, general secretary of the Train Crew Union, said the evidence showed drivers were being "⟦p:d|sent out blind⟧".

### 029
@a Priya Raman-Ellis | the Solicitor General
@b Amadi | one of three judges who heard the referral
@c Graham Pettigrew | -
@d Nadia Rahman | Crane's barrister
@e Court of Appeal | -
The prison sentence of a man who left a woman with life-changing injuries in a drunken attack has been more than doubled after the Court of Appeal ruled it "⟦p:e|unduly lenient⟧".
Lewis Crane, 26, was jailed for three years in March after admitting causing grievous bodily harm to Holly Pettigrew, 24, outside a nightclub in Sandmere.
The case was referred by the Solicitor General, Priya Raman-Ellis, who said at the time that the original term "⟦p:a|failed to reflect the gravity of the harm⟧".
On Wednesday the sentence was increased to seven years. Lady Justice Amadi, one of three judges who heard the referral, said the sentencing judge had wrongly placed the offence in a lower category. "⟦d:b|The victim was struck repeatedly while she was on the ground. That is not a feature that can be set to one side,⟧" she said.
Crane's barrister, Nadia Rahman, had argued that her client was "⟦p:d|genuinely remorseful⟧" and had made progress in prison. "⟦d:d|He has not had a single adjudication. He is doing everything that is asked of him,⟧" she told the court.
Graham Pettigrew, whose daughter still needs help to walk, said outside court: "⟦d:c|Seven years doesn't give Holly her life back. But at least now it feels like someone took it seriously.⟧"

### 030
@a Paweł Jankowski | -
@b Ellen Marchbank | prosecuting
@c Dariusz Krawczyk | -
@d Tobias Rendell | defending
A man who says he was made to work 14-hour days at a chicken processing plant for £20 a week has told a jury he "⟦p:a|felt like an animal⟧".
Paweł Jankowski, 44, was one of 11 workers allegedly recruited through an advert in a Polish-language newspaper and housed in a three-bedroom house in Wexley.
Giving evidence through an interpreter at Wexley Crown Court, Mr Jankowski said the defendants took his passport on the day he arrived. At one point he turned to the jury and said, in Polish: "⟦d:a|Oni mówili, że jesteśmy im winni pieniądze.⟧" The interpreter translated: "⟦d:a|They said that we owed them money.⟧"
Ellen Marchbank, prosecuting, asked him how much he had been paid. "⟦d:a|Twenty pounds. Sometimes nothing,⟧" he said.
"⟦d:b|And what happened to the rest of your wages?⟧"
"⟦d:a|They kept it for the rent, for the bus, for the food. There was always something.⟧"
Dariusz Krawczyk, 52, and his wife, Beata Krawczyk, 49, of Fenner Road, Wexley, deny conspiracy to arrange the travel of people with a view to exploitation. Mr Krawczyk has told police the workers were "⟦p:c|free to leave whenever they wanted⟧".
Cross-examining, Tobias Rendell, defending, said: "⟦d:d|You had a mobile phone, didn't you? You could have called the police at any time.⟧"
"⟦d:a|And say what? I did not know the number. I did not know where I was,⟧" Mr Jankowski replied.
The trial continues.

### 031
@a Elin Haf Prydderch | a housing officer with Glanmôr County Council for nine years
@b Martyn Lewis-Pryce | her former line manager
@c Siân Morgan-Evans | Employment Judge
@d Glanmôr County Council | -
A council housing officer who was told to stop speaking Welsh to colleagues in an open-plan office has won a claim for harassment at an employment tribunal in Caerwen.
Elin Haf Prydderch, a housing officer with Glanmôr County Council for nine years, said that in 2022 her former line manager, Martyn Lewis-Pryce, told her that speaking Welsh in front of non-Welsh-speaking staff was "⟦p:b|rude and divisive⟧".
Ms Prydderch, who gave evidence in Welsh, told the tribunal: "⟦d:a|Roeddwn i'n teimlo fel dieithryn yn fy ngwlad fy hun.⟧" Her words were translated as: "⟦d:a|I felt like a stranger in my own country.⟧"
Mr Lewis-Pryce, who no longer works for the council, accepted he had raised the issue but denied using those words. "⟦d:b|I asked her to think about whether everyone in the room felt included. That's all,⟧" he said.
In her judgment, Employment Judge Siân Morgan-Evans said the remark had created "⟦p:c|a humiliating environment⟧" for the claimant.
"⟦d:c|The Welsh language has equal status in the workplace in Wales. A manager who treats its use as a discourtesy misunderstands both the law and the place in which he works,⟧" she wrote.
Glanmôr County Council said it had "⟦p:d|apologised unreservedly⟧" to Ms Prydderch and had introduced mandatory training for managers.

### 032
@a Maximilian von Ebersberg | a former investment manager
@b Pamela Osei-Bonsu | District Judge
@c Harriet Quayle | -
@d Julian Fitz-Simmons | His barrister
A former investment manager accused of defrauding more than 600 savers in Germany should be extradited to face trial, a judge in London has ruled.
Maximilian von Ebersberg, 57, is wanted by prosecutors in Halstenberg over the collapse of a property fund that lost investors an estimated €46 million.
Mr von Ebersberg, who has lived in Surrey since 2019, told the court in German: ``⟦d:a|Ich habe niemanden betrogen.⟧'' His words were translated for the court: ``⟦d:a|I have cheated nobody.⟧''
Harriet Quayle, who represents the Halstenberg prosecutors, said the fund had continued to take deposits ``⟦p:c|for eight months after it knew it could not repay them⟧''. ``⟦d:c|The investors were, for the most part, pensioners. Many have lost everything,⟧'' she said.
District Judge Pamela Osei-Bonsu rejected the argument that prison conditions in Germany would breach his human rights. ``⟦d:b|There is no evidence before me that the requesting state would fail to honour its assurances,⟧'' she said.
His barrister, Julian Fitz-Simmons, said his client was ``⟦p:d|a scapegoat for a market that collapsed around him⟧'' and would appeal.
The case will now be sent to the Home Secretary, who has the final decision on extradition.

### 033
@a Colin Hartigan | Judge Advocate
@b Sarah Penhaligon | prosecuting
@c Jamie Ruddock | Corporal
@d Nia Adeyemi | his former supervisor
An RAF corporal who used military fuel cards to fill up his own cars and those of his friends has been demoted and sentenced to 90 days' detention.
Corporal Jamie Ruddock, 33, based at RAF Kellingmoor, admitted the theft of fuel worth £6,200 at a court martial at the Brackenford Military Court Centre.
Lieutenant Commander Sarah Penhaligon, prosecuting, said the thefts had taken place over 14 months. "⟦d:b|This was a breach of trust by a junior non-commissioned officer who was expected to set an example,⟧" she told the board.
Flight Sergeant Nia Adeyemi, his former supervisor, gave evidence of his good character. "⟦d:d|He was one of the hardest-working people on the squadron. I was shocked when I heard,⟧" she said.
Cpl Ruddock told the court: "⟦d:c|I've let down the service and I've let down my family. I can't undo it, but I can pay it back.⟧"
Judge Advocate Colin Hartigan said: "⟦d:a|The armed forces rely on honesty in small things as well as large. You were trusted with those cards, and you abused that trust for more than a year.⟧"

### 034
@a Oakhollow Water | -
@b Callum Fairbairn | an enforcement officer with the Rivers Protection Authority
@c Deborah Nkemelu | District Judge
@d Trevor Pask | chairman of the Lunn Valley Angling Association
@e Rachel Stobart | prosecuting
A water company has been fined £2.4 million after raw sewage from a broken pumping station killed more than 3,000 fish in the River Lunn.
Oakhollow Water pleaded guilty at Stenbridge Magistrates' Court to two offences of causing unpermitted discharges in August 2022.
Rachel Stobart, prosecuting, said alarms at the Millford pumping station had gone unanswered for almost 30 hours. "⟦d:e|The company's own control room received 47 alerts. Nobody was sent,⟧" she said.
Callum Fairbairn, an enforcement officer with the Rivers Protection Authority, described finding dead trout and grayling "⟦p:b|along a four-kilometre stretch⟧" of the river. "⟦d:b|In 18 years I have not seen anything like it,⟧" he told the court.
Oakhollow Water said in a statement: "⟦d:a|We are truly sorry. What happened at Millford should not have happened, and we have since invested £11 million in the site.⟧"
Sentencing, District Judge Deborah Nkemelu said the company's culture had been "⟦p:c|reactive rather than preventive⟧". "⟦d:c|A company of this size cannot claim it did not have the resources to answer an alarm,⟧" she said.
Trevor Pask, chairman of the Lunn Valley Angling Association, said: "⟦d:d|The fine is welcome, but the river will take a decade to recover. Money doesn't put fish back.⟧"

### 035
@a - | The former pupil
@b Miriam Achebe-Lowe | The inquiry's chair
@c Roderick Faulds | the school's headmaster from 1988 to 2004
@d Greythorne College | -
@e Hamish Rae | counsel to the inquiry
A former pupil of a boarding school in the Dunsmoor hills has told an inquiry that staff "⟦p:a|looked the other way for years⟧" while a teacher abused boys in his care.
The former pupil, who is known to the inquiry as HB4, did not attend in person. His statement was read by his solicitor, Niamh Ó Briain, who represents 31 former pupils of Greythorne College.
"⟦d:a:m|I was eleven when it started. I told my housemaster. He told me I was lucky to be at a school like Greythorne and that boys who told tales didn't last long there.⟧
"⟦d:a|I have carried that sentence with me for forty years.⟧"
Roderick Faulds, the school's headmaster from 1988 to 2004, said he had "⟦p:c|no knowledge whatsoever⟧" of the abuse at the time.
"⟦d:e|Three separate parents wrote to you. The letters are on the school's own file. How can you say you had no knowledge?⟧" asked Hamish Rae, counsel to the inquiry.
"⟦d:c|I can only say that I do not remember them. I accept that is not a good answer,⟧" Mr Faulds said.
The inquiry's chair, Professor Miriam Achebe-Lowe, said: "⟦d:b|The inquiry is grateful to HB4 and to every former pupil who has come forward. Their accounts will be at the heart of our report.⟧"
Greythorne College said it "⟦p:d|deeply regrets⟧" the harm caused to former pupils.

### 036
@a Lorna Fitch | the inquiry's chair
@b Seaholm Lines | -
@c Ruth Penberthy | chair of Kestrel Families Together
@d Bilal Chaudhry | the transport secretary
@e - | one reporter
The sinking of the ferry Kestrel Bay, in which 14 people died, was the result of "⟦p:a|a chain of decisions, each of which looked reasonable to the person who made it⟧", a public inquiry has found.
Dame Lorna Fitch, the inquiry's chair, published her 640-page report on Thursday, three years after the vessel capsized in a storm off Porthkennack.
"⟦d:a|No single person sank the Kestrel Bay. But many people could have prevented it,⟧" she told a press conference in Penwithick.
Asked by one reporter, "⟦d:e|Should anyone go to prison?⟧", she replied: "⟦d:a|That is not a question for this inquiry. It may be a question for others.⟧"
The report found that Seaholm Lines had twice postponed repairs to the ship's bow door seals to keep it in service over the summer. The company said it "⟦p:b|accepted the report's findings in full⟧". "⟦d:b|We will never forget the fourteen people who lost their lives,⟧" it said.
Ruth Penberthy, chair of Kestrel Families Together, whose son Aled was among those who died, said: "⟦d:c|Today someone in authority finally said out loud what we have known for three years.⟧"
In the Commons, the transport secretary, Bilal Chaudhry, said the government would "⟦p:d|respond to every recommendation⟧" within six months.

### 037
@a Lorraine Beckwith | the charity's former treasurer
@b Janice Osborne | its former chair
@c Adebayo Ilori | prosecuting
@d Fern Castlemaine | Mrs Beckwith's barrister
Two women who ran a children's hospice charity spent its money on holidays, a hot tub and a car, a jury at Norbury Crown Court has heard.
Lorraine Beckwith, 58, the charity's former treasurer, and Janice Osborne, 61, its former chair, deny fraud by abuse of position. The Little Lanterns Trust raised more than £400,000 between 2017 and 2021.
Adebayo Ilori, prosecuting, said: "⟦d:c|Each of these women blames the other. The prosecution say they were in it together.⟧"
Giving evidence on Monday, Mrs Beckwith said she had signed cheques "⟦p:a|because Janice told me to⟧". "⟦d:a|She was the one with the ideas. I was the one who did the paperwork,⟧" she said.
Mrs Beckwith's barrister, Fern Castlemaine, asked her whether she had known that the hot tub was bought with charity funds. "⟦d:a|Not until the police showed me the invoice,⟧" she replied.
"⟦d:d|Did you ever see a bank statement?⟧" Ms Castlemaine asked.
"⟦d:a|Once. She showed me one page,⟧" her client said.
Mrs Osborne, in turn, told the jury that her co-defendant had "⟦p:b|kept the books and kept them to herself⟧".
"⟦d:b|I trusted Lorraine with the money. That was my mistake,⟧" she said. "⟦d:b|I never took a penny I wasn't entitled to.⟧"
The trial continues.

### 038
@a - | the jury
@b Elaine Worsfold | Senior coroner
@c Grant Mellish | the governor of HMP Stanbrook at the time
@d National Custody Service | -
@e Nadia Qasim | His sister
@f - | A prison officer identified only as Officer B
An inquest jury has found that failures by prison staff "⟦p:a|more than minimally contributed⟧" to the death of a man who was found hanged in his cell hours after telling officers he felt suicidal.
Omar Qasim, 24, died at HMP Stanbrook in April 2022, eleven days after being remanded in custody.
In its narrative conclusion, the jury said: "⟦d:a|Mr Qasim told two officers that he wanted to end his life. No assessment was opened. Observation levels were not increased. These were missed opportunities.⟧"
A prison officer identified only as Officer B told the inquest last week that he had "⟦p:f|not taken it as a serious comment⟧". "⟦d:f|He said it like a joke. People say things like that all the time on the wing,⟧" he said.
Grant Mellish, the governor of HMP Stanbrook at the time, said staff had been "⟦p:c|stretched very thin⟧". "⟦d:c|On that landing we had two officers for 84 men. That is not an excuse, but it is the reality,⟧" he said.
Senior coroner Elaine Worsfold said she would issue a prevention of future deaths report. "⟦d:b|I share the jury's concern,⟧" she said.
His sister, Nadia Qasim, said outside the court: "⟦d:e|Omar asked for help. He used the words. And still nobody listened.⟧"
The National Custody Service said it "⟦p:d|accepted the jury's conclusions⟧" and had revised its training.

### 039
@a Marisol Quintero Aguilar | -
@b Bartholomew Akande | First-tier Tribunal Judge
@c Lucy Ferris | the Home Office's representative
A woman who said her former partner, a police commander, had threatened to kill her has been granted asylum after a tribunal found her account “⟦p:b|credible in every material respect⟧”.
Marisol Quintero Aguilar, 37, told the First-tier Tribunal in Brackford that she had reported her partner's violence three times to his own colleagues.
“⟦d:a|Each time, they called him before they called me back,⟧” she said through an interpreter.
At one point she addressed the judge directly in Spanish: “⟦d:a|Si vuelvo, él me va a encontrar.⟧” (“⟦d:a|If I go back, he will find me.⟧”)
Lucy Ferris, the Home Office's representative, argued that Ms Quintero Aguilar could relocate to another part of her country. “⟦d:c|The appellant's former partner is a regional officer. There is no evidence that his reach extends nationally,⟧” she told the tribunal.
First-tier Tribunal Judge Bartholomew Akande disagreed. “⟦d:b|Given his rank and his connections, I find that there is no part of the country in which the appellant could live safely,⟧” he wrote.

### 040
@a Connor Blewitt | -
@b Shannon Welby | his former girlfriend
@c Asif Mahmood | prosecuting
@d Claire Rowntree | defending
@e Elizabeth Penrose | The presiding magistrate
A man who sent his former girlfriend more than 900 messages in a month, including one warning that she would "⟦p:a|regret ever walking out⟧", has been convicted of stalking.
Connor Blewitt, 30, of Harlow Drive, Kelbrook, denied the charge but was found guilty after a trial at Kelbrook Magistrates' Court.
Asif Mahmood, prosecuting, read a selection of the messages to the court. One, sent at 3.14am, said: "⟦d:a|I know you're awake. Your light's on.⟧" "⟦d:c|That is not a man who wants to talk. That is a man who wants her to know he is watching,⟧" Mr Mahmood said.
Shannon Welby, his former girlfriend, said she had moved house twice. "⟦d:b|I stopped going to the gym, I stopped going to my mum's. I felt like he was always just around the corner,⟧" she said.
Claire Rowntree, defending, suggested Ms Welby had replied to some of the messages. "⟦d:d|You answered him, didn't you? On at least 20 occasions?⟧"
"⟦d:b|I was trying to calm him down. I was scared of what he'd do if I didn't,⟧" she said.
Blewitt told the court he had "⟦p:a|just wanted to talk⟧".
The presiding magistrate, Elizabeth Penrose, said: "⟦d:e|We have no doubt that you knew your conduct amounted to stalking. Ms Welby was plainly terrified.⟧"
He will be sentenced next month.

### 041
@a Darren Loxley | -
@b Nadine Carrow | the MP for Harrowden North
@c Geraldine Foss | Judge
@d Imran Sadiq | prosecuting
@f - | Loxley's barrister
@g - | a man in the public gallery
A man who posted online that an MP "⟦p:a|deserves what's coming to her⟧" has been jailed for 16 months.
Darren Loxley, 46, of Pinfold Lane, Harrowden, admitted sending threatening communications after a series of posts about Nadine Carrow, the MP for Harrowden North, in February.
Imran Sadiq, prosecuting, read the posts to Harrowden Crown Court. One said: "⟦d:a|Someone should pay her a visit. I know where her surgery is.⟧" Another, posted two days later, read simply: "⟦d:a|Tick tock.⟧"
"⟦d:d|The defendant chose his words to frighten, and he succeeded,⟧" Mr Sadiq said.
In a statement read by the prosecutor, Ms Carrow said: "⟦d:b|I have had threats before. This was the first time I changed the route I take home from my own office.⟧"
Loxley's barrister said he had been drinking heavily at the time and had "⟦p:f|no intention whatsoever⟧" of carrying out the threats.
Judge Geraldine Foss said: "⟦d:c|Threats like these are not 'just words' on a screen. They are designed to frighten, and they did.⟧"
As Loxley was taken down, a man in the public gallery shouted: "⟦d:g|Free speech!⟧" A shout of "⟦d:-|Shame!⟧" came from the back of the court.

### 042
@a Fenella Osgood | The former health minister
@b Kit Abernethy | her special adviser
@c Jeremy Oduwole | counsel to the inquiry
@d Harcastle Supplies | -
The former health minister Fenella Osgood has told a public inquiry she "⟦p:a|did not know and had no reason to know⟧" that a company awarded a £90m contract for protective equipment was linked to a party donor.
Giving evidence to the Procurement Inquiry in Westford on Wednesday, Ms Osgood was shown a message sent to her by her special adviser, Kit Abernethy, in April 2020. It read: "⟦d:b|VIP lane one. Harcastle Supplies. Good people, friends of the party. Can we fast-track?⟧"
Her reply, sent four minutes later, said: "⟦d:a|Yes. Go.⟧"
Jeremy Oduwole KC, counsel to the inquiry, asked what she had understood "⟦s:-|friends of the party⟧" to mean.
"⟦d:a|I took it to mean they were known to people. Not that they were donors,⟧" she said.
"⟦d:c|Did you ask?⟧"
"⟦d:a|I didn't. I was approving dozens of these a day.⟧"
"⟦d:c|Four minutes, Ms Osgood. A £90m contract.⟧"
"⟦d:a|In the context of that April, yes. I'm not proud of it, but yes.⟧"
Mr Abernethy, who is due to give evidence next month, has said in a written statement that he "⟦p:b|never sought to influence⟧" any procurement decision.
Harcastle Supplies, which delivered four million gowns of which 1.5 million were later found to be unusable, said it had "⟦p:d|fulfilled its contract in full⟧".

### 043
@a Paul Ridley-Kemp | Judge
The jury in the trial of three young men accused of murdering 19-year-old Kieran Mulholland in Ashgrove has been sent out to consider its verdicts.
Summing up at Bellhaven Crown Court, Judge Paul Ridley-Kemp told jurors: ``⟦d:a|You must consider the case against each defendant separately. The fact that you may find one guilty does not mean you must find the others guilty.⟧''
``⟦d:a|Take as long as you need,⟧'' he added. ``⟦d:a|There is no pressure of time on you whatsoever.⟧''
The defendants, Aaron Pike, 22, Jordan Fell, 21, and a 17-year-old who cannot be named, all deny murder.

### 044
@a Naomi Rattigan | Judge
@b Kofi Mensah-Bright | national officer of the Retail and Distribution Workers' Union
@c Brannigan's Stores | -
@d Sandeep Gill | a former night-shift manager at Brannigan's Stores in Coldharbour
A supermarket chain has won its appeal against a ruling that it discriminated against a night-shift manager on the grounds of religion.
Sandeep Gill, a former night-shift manager at Brannigan's Stores in Coldharbour, won his claim at an employment tribunal last year after he was refused leave for a religious festival while colleagues were routinely granted time off at Christmas.
Judge Naomi Rattigan, sitting in the Employment Appeal Tribunal, said the original tribunal had "⟦p:a|failed to ask itself the right question⟧". "⟦d:a|The tribunal was required to identify a comparator. It did not do so, and its conclusion cannot stand,⟧" she said.
The case has been sent back to be heard by a fresh tribunal.
Mr Gill said he was "⟦p:d|disappointed but not defeated⟧". "⟦d:d|I will go through it all again if I have to,⟧" he said.
Brannigan's Stores said: "⟦d:c|We have always respected the faith of every colleague, and we welcome the clarity this judgment provides.⟧"
Kofi Mensah-Bright, national officer of the Retail and Distribution Workers' Union, which is supporting Mr Gill, said: "⟦d:b|This is a ruling on a technical point. It is not a vindication, and the company should not treat it as one.⟧"

### 045
@a J.P. Nakamura-Hale | the area coroner
@b A.K. Venkataraman | a consultant in emergency medicine
@c Lowland Ambulance Service | -
@d Stacey Bright | a paramedic who attended
@e Carol | Mr Ainsworth's wife
A retired postman who waited almost seven hours for an ambulance after breaking his hip might have survived had he reached hospital sooner, an inquest has heard.
Frank Ainsworth, 84, fell in the garden of his home in Lower Standish in December 2023 and died in hospital nine days later from pneumonia.
Dr A.K. Venkataraman MRCP, a consultant in emergency medicine, said long periods on the ground carried "⟦p:b|well-recognised risks⟧" for older patients. "⟦d:b|I cannot say that he would have survived. I can say that the delay made his recovery less likely,⟧" he told the inquest.
Stacey Bright, a paramedic who attended, said her crew had been held outside Lower Standish General Hospital for more than five hours before being released. "⟦d:d|We were stuck in a queue of eleven ambulances. We could see the calls stacking up on the screen and there was nothing we could do,⟧" she said.
Lowland Ambulance Service said demand that night had been "⟦p:c|exceptional⟧".
Mr Ainsworth's wife, Carol, sat with him throughout the wait. "⟦d:e|He lay on that cold ground asking me where they were. I kept telling him, 'Not long now, Frank.'⟧"
Recording a narrative conclusion, J.P. Nakamura-Hale, the area coroner, said: "⟦d:a|Mr Ainsworth waited for an ambulance for 6 hours and 51 minutes. That is not a service that any family should have to accept.⟧"

### 046
@a Tanya Redfern | the witness
@b Philippa Gault | prosecuting
@c Zainab Kamara | defending
A woman has told a jury she lied to police to protect her former partner because she was "⟦p:a|more frightened of him than of prison⟧".
Tanya Redfern, 32, was giving evidence for the prosecution in the trial of Lewis Harker, 35, who denies murdering Dominic Shaw at a flat in Wexcombe in 2023.
Philippa Gault KC, prosecuting, asked her about her first statement to police, in which she said Mr Harker had been at home all night.
"⟦d:b|Was that true?⟧"
"⟦d:a|No.⟧"
"⟦d:b|Why did you say it?⟧"
"⟦d:a|Because he told me to. He said if I didn't, I'd end up like Dom.⟧"
Under cross-examination by Zainab Kamara KC, defending, she accepted that she had lied to police on at least three occasions.
"⟦d:c|You lie when it suits you, Ms Redfern. Isn't that right?⟧" Ms Kamara said.
"⟦d:a|I lied when I was scared. That's different.⟧"
"⟦d:c|And now it suits you to blame Mr Harker.⟧"
"⟦d:a|Now I'm not scared any more,⟧" the witness said.
Ms Gault re-examined briefly. "⟦d:b|Ms Redfern, has anyone offered you anything for giving this evidence?⟧" she asked.
"⟦d:a|No. Nothing,⟧" she said.
The trial continues.

### 047
@a Hamid Qureshi | Deputy District Judge
@b Chloe Adjei-Brown | a nurse
@c Anthony Quilliam | the firm's director
@d Mo Hennessey | an organiser with Coldharbour Renters' Union
A letting agency has been ordered to pay a tenant £4,800 after keeping her deposit and charging her for "⟦s:-|professional cleaning⟧" of a flat she had left spotless.
Chloe Adjei-Brown, a nurse, brought the claim at Coldharbour County Court after Greyfriars Lettings deducted her entire £1,400 deposit and pursued her for a further £600.
She produced 142 photographs taken on the day she moved out. "⟦d:b|I've been a tenant for nine years. I know how this works, so I photographed everything,⟧" she said.
Anthony Quilliam, the firm's director, told the court the oven had been "⟦p:c|thick with grease⟧". Asked why his own firm's check-out report described the oven as clean, he said: "⟦d:c|That was an error by a junior member of staff.⟧"
Deputy District Judge Hamid Qureshi found the deductions "⟦p:a|wholly unjustified⟧". "⟦d:a|The photographs speak for themselves. The agency's own paperwork contradicts its case,⟧" he said.
He also ordered the firm to pay her three times the value of the deposit for failing to protect it in an approved scheme.
Mo Hennessey, an organiser with Coldharbour Renters' Union, which supported the claim, said: "⟦d:d|Chloe did what most tenants can't: she had the time and the evidence to fight. Most people just give up.⟧"

### 048
@a Sheila Fairclough | Presiding magistrate
@b Ryan Wickes | -
@c Imogen Tate | prosecuting
@e Danielle Rigby | -
@f Martin Blythe | -
Here are some of the cases heard at Stenbridge Magistrates' Court this week.
A Kelham man caught driving at 112mph on the Kelham bypass has been banned for six months. Ryan Wickes, 24, of Mill Lane, told magistrates: "⟦d:b|I was late for work. I know that's no excuse.⟧" Presiding magistrate Sheila Fairclough replied: "⟦d:a|No, it isn't.⟧" He was also fined £640.
A woman who stole £300 of cosmetics from a Stenbridge pharmacy has been given a 12-month community order. Imogen Tate, prosecuting, said Danielle Rigby, 29, of Weir Street, had been "⟦p:c|caught on camera filling a rucksack⟧". Rigby, who has 14 previous convictions, said: "⟦d:e|I need help, not another fine.⟧"
A dog walker who left his dog's mess on a children's football pitch has been fined £150 after a council officer saw the offence. Martin Blythe, 61, of Orchard Way, did not attend court. In a letter to magistrates, he wrote: "⟦d:f|I had run out of bags. I apologise to the club.⟧"

### 049
@a Siobhán Ní Mhurchú | a criminal defence solicitor from Kelham
@b Rafi Haddad | the trainee she is mentoring
@c Dean | -
@d Keith Ollerenshaw | a retired circuit judge
It is 2.40am and Siobhán Ní Mhurchú is sitting in her car outside Kelham police station, eating a cold sausage roll and reading a custody record on her phone.
“⟦d:a|The sausage roll is the glamorous part,⟧” she says, deadpan.
Ní Mhurchú, 54, a criminal defence solicitor from Kelham, has been on the duty rota for 28 years. In that time, she says, legal aid fees for police station work have barely moved, while the number of firms willing to do it has halved.
“⟦d:a|When I started there were nine firms on this rota. Now there are three. One day somebody will be arrested in this town and there will be nobody to ring,⟧” she says.
Rafi Haddad, the trainee she is mentoring, sits in the passenger seat with a notebook. He is 26 and, Siobhán jokes, “⟦p:a|the last idealist in criminal law⟧”.
“⟦d:b|People ask why I'd do this for the money. I tell them I'm not doing it for the money,⟧” Rafi says. “⟦d:b|Ask me again in ten years.⟧”
Dean, who asked that his surname not be used, was represented by Siobhán in 2009, when he was 17 and facing a charge of robbery that was later dropped.
“⟦d:c|She was the first adult in about two years who talked to me like I was a person. I don't think I'd have a job now if it wasn't for her,⟧” he says.
Keith Ollerenshaw, a retired circuit judge who sat in Kelham for fifteen years, puts it bluntly: “⟦d:d|Without solicitors like her the whole system stops. Judges would simply have nobody to listen to.⟧”
At 3.15am the custody sergeant calls. Siobhán screws up the paper bag and gets out of the car. “⟦d:a|Right,⟧” she says. “⟦d:a|Let's see who we've got.⟧”

### 050
@a - | a source close to the inquiry
@b Rebecca Tunstall | the leader of Westmere Borough Council
@c Nigel Haverstock | retired judge
@d - | One family member
@e Westmere Fire and Rescue Service | -
A public inquiry into the fire at Halberd Street flats in Westmere is expected to deliver strong criticism of the council, according to a source close to the inquiry.
"⟦d:a|It will make very uncomfortable reading for the council. There is no other way to put it,⟧" the source said.
The inquiry, chaired by retired judge Sir Nigel Haverstock, has heard evidence that residents complained about broken fire doors at least 19 times before the blaze in March 2022, in which six people died.
In a brief statement on Friday, Sir Nigel said: "⟦d:c|The inquiry does not comment on speculation about its findings. The report will be published when it is complete, and the bereaved will see it first.⟧"
Rebecca Tunstall, the leader of Westmere Borough Council, said she would "⟦p:b|not pre-empt⟧" the report. "⟦d:b|When it comes, we will accept its findings and we will act on them,⟧" she said.
One family member, who lost her mother in the fire, said: "⟦d:d|We've waited three years. We're not interested in leaks. We want the truth, in full, on the record.⟧"
Westmere Fire and Rescue Service said it had "⟦p:e|cooperated fully⟧" with the inquiry throughout.

### 051
@a Alison Fenby | Recorder
@b Gerald Pinnock | a retired headteacher
@c Louise Ahmed | -
@d Marjorie Tebbutt | his neighbour
@e - | The magistrates who convicted him
A retired headteacher who cut down his neighbour's prize-winning hedge has lost his appeal against a conviction for criminal damage.
Gerald Pinnock, 71, a retired headteacher, was convicted at Castlebury Magistrates' Court in January of damaging a 40-year-old beech hedge belonging to his neighbour, Marjorie Tebbutt, in Chapel Lane, Hensall.
The magistrates who convicted him described his evidence as "⟦p:e|evasive⟧". At Castlebury Crown Court on Friday, Mr Pinnock insisted the hedge had stood on his side of the boundary.
"⟦d:b|I have the deeds. I have the 1962 plan. The hedge was mine to cut, and I cut it,⟧" he said.
Mrs Tebbutt told the court: "⟦d:d|My late husband planted that hedge the year we moved in. Gerald knew exactly whose it was.⟧"
Louise Ahmed, who prosecuted, said a surveyor's report had placed the hedge "⟦p:c|entirely within⟧" Mrs Tebbutt's garden.
Dismissing the appeal, Recorder Alison Fenby said: "⟦d:a|This court has every sympathy with neighbours whose disputes get out of hand. But the law does not permit you to take a chainsaw to a boundary you dispute.⟧"
"⟦d:a|Mr Pinnock, you should have gone to a solicitor, not to the garden centre,⟧" she added.
Mr Pinnock was ordered to pay £2,300 in compensation and costs.

### 052
@a Caoimhe Ní Fhloinn | coroner for the Iorras district
@b Seosamh Ó Conchúir | a fisherman who was on the pier that evening
@c Declan Furey | Sergeant
@d Cathal Mac Suibhne | His brother
A fisherman who was swept from a pier at Carrickmoyne during a storm died from drowning, an inquest in Ballinard has heard.
Pádraig Mac Suibhne, 34, a father of two, was checking the moorings of his boat at Carrickmoyne pier on the evening of 11 January when he was struck by a wave.
Seosamh Ó Conchúir, a fisherman who was on the pier that evening, gave his evidence in Irish. “⟦d:b|Ní raibh aon rabhadh ann. Tháinig an tonn as áit ar bith,⟧” he said. (“⟦d:b|There was no warning. The wave came out of nowhere.⟧”)
He told the inquest he had thrown a lifebuoy “⟦p:b|within seconds⟧” but could not reach his friend.
Sergeant Declan Furey said the lifebuoy nearest to where Mr Mac Suibhne fell had been missing for several weeks. “⟦d:c|It had been reported to the harbour authority in December,⟧” he said.
Dr Caoimhe Ní Fhloinn, coroner for the Iorras district, returned a verdict of accidental death. “⟦d:a|Mr Mac Suibhne was an experienced man of the sea who was doing what fishermen on this coast have always done in bad weather: looking after his boat,⟧” she said.
His brother, Cathal Mac Suibhne, said the family hoped the inquest would lead to “⟦p:d|proper safety equipment on every pier⟧”. “⟦d:d|We can't bring Pádraig back, but we can stop this happening to the next family,⟧” he said.

### 053
@a Ramona Castillo-Whitfield | U.S. District Judge
@b Marcus T. Lindgren | Assistant U.S. Attorney
@c Raymond J. Pruitt Jr. | -
@d Elena Vasquez-Moreau | Pruitt's attorney
@e Howard Blaylock | Sen.
PORT KESSLING (AP) — A former county treasurer was sentenced Tuesday to eight years in federal prison for embezzling nearly $3 million in public funds, much of which prosecutors said he spent on racehorses.
Raymond J. Pruitt Jr., 63, who served as treasurer of Tamsen County for 16 years, pleaded guilty in March to wire fraud and money laundering.
"⟦d:a|You were entrusted with the people's money, and you treated it as your own,⟧" U.S. District Judge Ramona Castillo-Whitfield said. "⟦d:a|The people of Tamsen County deserved better.⟧"
Assistant U.S. Attorney Marcus T. Lindgren told the court that Pruitt had hidden the thefts through "⟦p:b|an elaborate web of shell accounts⟧". "⟦d:b|This was not a lapse. This was a business,⟧" Lindgren said.
Pruitt's attorney, Elena Vasquez-Moreau, asked for a sentence of four years, citing her client's age and health. "⟦d:d|Mr. Pruitt has lost everything: his reputation, his marriage, his home,⟧" she said.
Speaking before the sentence was handed down, Pruitt apologized. "⟦d:c|I'm ashamed. I let down people who trusted me for a long time,⟧" he said.
Sen. Howard Blaylock, who represents the area and had called for the audit that uncovered the thefts, wrote on social media: "⟦d:e|Justice served. Now let's get the money back.⟧"

### 054
@a Owain Bellamy | a former data analyst at Trelawney Insurance in Portharrow
@b Beatrix Holm | Employment Judge
@c Trelawney Insurance | -
@d Lucinda Crowe | the company's head of people
A deaf data analyst who was left out of team meetings because his employer would not pay for an interpreter has won his claim for disability discrimination.
Owain Bellamy, a former data analyst at Trelawney Insurance in Portharrow, gave evidence in British Sign Language through an interpreter.
"⟦d:a|Every Monday my team met for an hour. I was sent the notes on Thursday, if I was lucky,⟧" he told the tribunal.
Lucinda Crowe, the company's head of people, said an interpreter for every meeting would have cost "⟦p:d|more than £20,000 a year⟧". Under questioning from Employment Judge Beatrix Holm, she accepted that the company had not obtained a single quote.
"⟦d:b|So the figure was a guess?⟧" the judge asked.
"⟦d:d|An estimate, yes,⟧" Ms Crowe said.
In her judgment, Judge Holm found that the adjustment would have been "⟦p:b|plainly reasonable⟧" for a company with an annual turnover of £340 million.
Trelawney Insurance said it was "⟦p:c|reviewing its approach to accessibility⟧".
Mr Bellamy said: "⟦d:a|I didn't want special treatment. I wanted to be in the room.⟧"

### 055
@a Faisal Haidari | a former detainee
@b Jawad Haidari | his brother
@c Victoria Lam | counsel to the inquiry
@d Castellan Secure Services | -
The final week of the inquiry into the treatment of detainees at the Marlstone immigration removal centre began on Monday with a statement from a man who spent 14 months there.
Faisal Haidari, 29, a former detainee, was too unwell to attend. His statement was read to the inquiry by his brother, Jawad Haidari.
"⟦d:a:m|I was not a criminal. I had not been charged with anything. But at Marlstone I was a number, and the number was shouted at me every morning.⟧
"⟦d:a:m|One officer liked to call me 'the professor' because I read books. He would take them from my room and say I did not need them.⟧
"⟦d:a|I want the inquiry to know that I still wake at six every morning, waiting for the shout.⟧"
Afterwards, Jawad Haidari told reporters his brother had been "⟦p:b|changed completely⟧" by his detention. "⟦d:b|He went in laughing. He came out silent,⟧" he said.
Victoria Lam KC, counsel to the inquiry, said the inquiry would this week hear from senior managers at Castellan Secure Services, which ran Marlstone until 2022. "⟦d:c|They will be asked to explain how the culture described by detainees was allowed to develop,⟧" she said.
Castellan Secure Services said it had "⟦p:d|cooperated fully⟧" and would give its evidence "⟦p:d|openly⟧".

### 056
@a Oakenfold | the judge
@b Liam Corrigan | -
@c Sean Corrigan | -
@d Grace Eze | Emeka's mother
@e Rhona Baillie | Detective Chief Inspector
Two brothers who chased a teenager through a housing estate and stabbed him to death over a “⟦s:-|disrespectful⟧” look have been jailed for life.
Liam Corrigan, 24, and his brother Sean, 21, of Fellside, Ravensmoor, were convicted in October of murdering Emeka Eze, 19, on the Hollins estate last March.
Sentencing them at Ravensmoor Crown Court, the judge, Mr Justice Oakenfold, said:
“⟦d:a:m|Emeka Eze was a talented young man with a place at university waiting for him. He had done nothing to either of you. He looked at you, or you thought he did, and for that he was hunted down.⟧
“⟦d:a|Liam, you were the older brother. Sean looked to you, and you led him to this.⟧”
Liam Corrigan was ordered to serve a minimum of 24 years and Sean Corrigan a minimum of 21.
As the terms were read out, Liam shouted from the dock: “⟦d:b|This is a joke!⟧” His brother sat with his head bowed. Asked by the judge whether he understood the sentence, Sean said quietly: “⟦d:c|Yes, sir.⟧”
In a statement she read to the court herself, Emeka's mother, Grace Eze, said: “⟦d:d|They took my son, and with him they took my reason to get up in the morning. I will not forgive them, and I will not pretend to.⟧”
Detective Chief Inspector Rhona Baillie, who led the investigation, said: “⟦d:e|This was a senseless killing. I hope today brings some small measure of comfort to Emeka's family.⟧”

### 057
@a Philippe Aubertin-Leclerc | a former anaesthetist at the Clinique du Val
@b Sandrine Oudin | a lawyer for the families
@c Marianne Desrosiers | The presiding judge
@d Gilles Perret | -
A former anaesthetist accused of leaving sedated patients unattended while working at two clinics at once told a court in Saint-Rémy-sur-Loue on Wednesday that he had «⟦p:a|never harmed anyone⟧».
Philippe Aubertin-Leclerc, 51, a former anaesthetist at the Clinique du Val, is charged with manslaughter over three deaths between 2015 and 2017. Prosecutors say he booked himself onto overlapping lists at the clinic and at a day-surgery centre 14 kilometres away.
«⟦d:a|Je reconnais des erreurs d'organisation. Je ne reconnais pas avoir tué qui que ce soit,⟧» he told the court. («⟦d:a|I acknowledge organisational mistakes. I do not acknowledge having killed anyone.⟧»)
The presiding judge, Marianne Desrosiers, asked him how he could have been in two operating theatres on the same morning. «⟦d:c|Explain it to us, doctor. We are listening,⟧» she said.
«⟦d:a|The schedule was badly made. I was called in at the last minute,⟧» he replied.
Sandrine Oudin, a lawyer for the families, said the explanation was «⟦p:b|an insult⟧». Speaking to reporters on the courthouse steps, she said:
«⟦d:b:m|For eight years these families have waited to hear one simple sentence: I was not there when I should have been.⟧
«⟦d:b|Today, once again, they did not hear it.⟧»
Gilles Perret, whose wife died after a routine knee operation in 2016, left the courtroom before the end of the hearing. «⟦d:d|I could not listen to any more,⟧» he said.
A verdict is expected next month.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh37.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh37",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
