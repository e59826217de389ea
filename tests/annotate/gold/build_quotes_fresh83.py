# ruff: noqa: E501
"""Build ``quotes_fresh83.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests and fatal
accident inquiries, public inquiry hearings with counsel to the inquiry, appeals,
employment, immigration, property, disciplinary and sports tribunals, a court martial,
and court reports written in wire, broadsheet, local-paper, tabloid, magazine and
broadcaster (including live-blog) styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh83-NNN``.

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
  it: the appositive is the description. A title before the name alone (``Judge``,
  ``District Judge``, ``Employment Judge``, ``Recorder``, ``Senior coroner``,
  ``Sheriff``, ``Prosecutor``, ``Postman``, military and police ranks such as
  ``Lance Corporal`` or ``Detective Inspector``) is the description.
* Judicial styles (``Mr Justice``, ``Mrs Justice``, ``Lord Justice``, ``Lady Justice``,
  ``Justice``) are treated like honorifics: they are not part of the name and are never
  the description. Such a judge's description is an appositive (``The judge, Mrs
  Justice Okonjo``) or the definite description used at a cue (``the judge said``),
  else null. Post-nominals (KC, SAN) are dropped like KC.
* In court reports, a set-off phrase after a lawyer's name saying whom they act for
  (``prosecuting``, ``defending``, ``for the prosecution``, ``for Glint``,
  ``representing the family``) is that lawyer's description; ``counsel to the
  inquiry`` and the like are ordinary appositives.
* The description is taken where the speaker is introduced by name. A lead sentence
  that describes a person without naming them (``A plasterer who drove home …``) does
  not supply the description; where the naming gives no appositive, a definite
  description at one of the speaker's cues (``the plasterer told the bench``, ``the
  38-year-old said``) is taken, else the description is null.
* Statements read to court (victim personal statements, a defendant's statement read by
  a solicitor), police-interview answers read to a jury, texts, emails, notes, board
  papers and written judgments belong to their author, whoever reads them out. Words
  said through a barrister or an interpreter belong to the person whose words they are.
* Words that a witness or counsel recounts as having been said or written by someone
  else, and that the reporter prints in double quotation marks of their own (in the
  reporter's sentence or as a separate quote), belong to the person who first said or
  wrote them (a defendant's remark recounted by a complainant is the defendant's);
  inside a witness's own quote, in single marks, they are part of that quote.
* A cross-examining barrister's or counsel's questions are that lawyer's speech; in an
  exchange of quote-only paragraphs each turn belongs to whoever's turn it is.
* A body speaking collectively without a proper name (``the bench``, ``the jury``,
  ``the three judges``, ``Marcus Tiernan's family``) has a null speaker and that phrase
  as description; a named tribunal, court or regulator is an organisation speaker.
* A cipher standing in for an anonymised witness's name (``W80``, ``HN41``,
  ``Patient A``) is that witness's name. A witness or complainant who cannot be named
  has a null speaker and the description under which the passage introduces them
  (``The boy``, ``The woman``).
* Fragments quoted from unidentified documents or people (``a medical report``, ``the
  briefing note``) are ``partial`` with a null speaker and that phrase as description
  where the passage gives one; an anonymous message whose author the passage leaves
  open (the prosecution's case being that the defendant wrote it) has a null speaker
  and description.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh83.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh83.jsonl")

PASSAGES = """
### 001
@a Callum Brennock | a delivery driver from Stanwick
@b Nkechi Adeyemi-Ross | prosecuting
@c Imelda Sáenz | defending
HOLLINGFORD, March 4 (Meridian News) – A delivery driver told a murder trial on Tuesday that he watched a man kick another “⟦p:a|like he was trying to stamp out a fire⟧” outside a takeaway in the early hours of the morning.
Callum Brennock, 27, a delivery driver from Stanwick, was giving evidence at Hollingford Crown Court in the trial of Ricky Dunmore, 31, who denies murdering Stefan Wojcik, 44, a father of three, last August.
“⟦d:a|I'd pulled in to drop a parcel at the flats and I heard shouting. When I looked up there was a man on the ground and another one standing over him,⟧” Brennock told the jury.
“⟦d:a|He just kept kicking. I beeped the horn. I don't know why, it was the only thing I could think of.⟧”
Asked by Nkechi Adeyemi-Ross KC, prosecuting, whether he had seen the man's face, he said: “⟦d:a|Not properly. He had a grey hoodie with the hood up. But I saw which way he ran, towards the bus station.⟧”
Under cross-examination, Imelda Sáenz KC, defending, suggested the street lighting had been poor and that he had been about 40 metres away.
“⟦d:c|You told the police that night it was ‘too dark to be sure’ of anything. Do you remember that?⟧” she asked.
“⟦d:a|About his face, yes. Not about what he was doing,⟧” Brennock replied.
Adeyemi-Ross told jurors at the start of the trial that Wojcik had suffered “⟦p:b|catastrophic⟧” head injuries and died in hospital two days later.
Dunmore, of Cresswell Road, Hollingford, has told police he acted in self-defence after Wojcik came at him with a bottle. The trial continues.

### 002
@a Jordan Pike | the plasterer
@b Sarah Lomax | prosecuting
@c - | a member of the public
@d Owain Parry | defending
@e Gwen Tallis | Presiding magistrate
A plasterer who drove home from a christening after drinking what he admitted was "⟦p:a|four or five pints⟧" has been banned from the road for 20 months.
Jordan Pike, 23, of Brynmawr Terrace, Llanfedw, pleaded guilty at Ystrad Magistrates' Court to driving with excess alcohol.
Sarah Lomax, prosecuting, said police stopped Pike's van on the Cwm Road at 7.40pm on Sunday, April 14, after a member of the public reported it "⟦p:c|all over the road⟧".
"⟦d:b|A breath test showed 79 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35. He told officers he felt fine and had only had a couple,⟧" Mrs Lomax said.
Owain Parry, defending, said his client was "⟦p:d|mortified⟧".
"⟦d:d|He is a young man with a good job and a baby daughter. He knows he has let them down and he knows, because I have told him in no uncertain terms, that he could have killed someone,⟧" Mr Parry said.
Asked if he had anything to say, the plasterer told the bench: "⟦d:a|I'm sorry. It won't happen again.⟧"
Presiding magistrate Gwen Tallis said: "⟦d:e|You were more than twice the limit. The only reason nobody was hurt is luck.⟧"
"⟦d:e|We hope you use the next 20 months to think about that,⟧" she added.
Pike was also fined £480 and ordered to pay £85 costs and a £192 surcharge. He can reduce the ban by five months by completing a drink-drive rehabilitation course.

### 003
@a Maureen Allsop | Retired teacher
@b Denise Harcourt | Another victim
@c Felicity Amankwah | Judge
@d Paul Ferrante | the investigating officer
@e Lance Verhoeven | -
A HEARTLESS conman fleeced lonely women out of £340,000 by posing as an oil engineer stranded on a North Sea rig — then blew the cash on sports cars and a “⟦s:-|party pad⟧” in the sun.
Lance Verhoeven, 52, who called himself “⟦s:-|Captain Rob⟧” on dating sites, was jailed for seven years at Wexcombe Crown Court yesterday.
Retired teacher Maureen Allsop, 74, handed over her entire life savings of £118,000 after he told her he needed to pay “⟦p:e|release fees⟧” to get off the rig.
In a statement read to the court, she said: “⟦d:a|I thought I had found someone to grow old with. Instead I was talking to a man who laughed at me every time he put the phone down.⟧”
“⟦d:a|I can't sleep. I check the locks three times a night. He didn't just take my money, he took my trust in people.⟧”
Another victim, Denise Harcourt, 61, sobbed in the public gallery. Outside court she said: “⟦d:b|He's a monster. Seven years is nothing for what he's done to us. We'll be paying for it for the rest of our lives.⟧”
Jailing him, Judge Felicity Amankwah said he had shown “⟦p:c|not one flicker of remorse⟧”.
“⟦d:c|You targeted women who were lonely, bereaved or unwell, and you studied them as a hunter studies his prey,⟧” she told him. “⟦d:c|The cruelty lay not only in taking their money but in the lies about love.⟧”
Paul Ferrante, the investigating officer, said: “⟦d:d|These women showed real courage in coming forward. Anyone who thinks they may have been targeted should contact us — you will be believed.⟧”
Verhoeven, of Lowther Crescent, Wexcombe, stared at the floor as he was led down.

### 004
@a Delyth Pryce | Senior coroner
@b Joanne Blakey | his mother
@c Hamid Qureshi | an emergency medicine consultant at the hospital
@d Wenlow Valley Health Board | -
A 19-year-old who died of sepsis hours after being sent home from hospital "⟦p:a|could and should⟧" have been admitted, a coroner has concluded.
Kieran Blakey, an apprentice electrician from Pentre Coed, was discharged from the emergency department at St Aldric's Hospital on January 9 with what doctors believed was a viral infection. He was found unresponsive at home the next morning.
At the inquest in Caerllyn, his mother, Joanne Blakey, described him as "⟦p:b|the funniest person in any room⟧".
"⟦d:b|We were told to give him paracetamol and plenty of fluids. I asked twice whether they were sure. I was told he was young and fit and he'd be fine,⟧" she said.
Dr Hamid Qureshi, an emergency medicine consultant at the hospital, accepted that Kieran's heart rate and temperature should have prompted a sepsis screen.
"⟦d:c|Looking at those observations now, I would expect a screen to have been done. It wasn't, and I am very sorry,⟧" he told the hearing.
Asked by the coroner why it had been missed, he said the department had been running at "⟦p:c|more than 160 per cent of capacity⟧" that night. "⟦d:c|That isn't an excuse. It is the context,⟧" he added.
Recording a narrative conclusion, Senior coroner Delyth Pryce said there had been "⟦p:a|a missed opportunity⟧" to treat him.
"⟦d:a|Had Kieran been screened and given antibiotics that evening, it is more likely than not that he would have survived,⟧" she said.
In a statement, Wenlow Valley Health Board said it "⟦p:d|fully accepts⟧" the findings and had since introduced electronic sepsis alerts. "⟦d:d|Our thoughts remain with Kieran's family and friends,⟧" it said.

### 005
@a Graham Stellings | the council's former director of highways
@b Farida Oyelaran | a junior engineer
@c Ottoline Marsh-Baptiste | counsel to the inquiry
@d Reuben Achterberg | The inquiry chairman
The council official responsible for flood defences at Halvern Quay admitted on Wednesday that warnings about a failing sluice gate sat “⟦p:a|in a tray⟧” for eleven weeks before the disaster.
Graham Stellings, the council's former director of highways, was giving evidence on the 41st day of the public inquiry into the flood of November 2021, in which nine people died.
Ottoline Marsh-Baptiste KC, counsel to the inquiry, took him through a series of emails from a junior engineer, Farida Oyelaran, who had described the gate as “⟦p:b|one storm away from failure⟧”.
“⟦d:c|Did you read that email when it arrived, Mr Stellings?⟧” she asked.
“⟦d:a|I believe I read the subject line. I don't believe I opened it that week.⟧”
“⟦d:c|Or the week after?⟧”
“⟦d:a|No.⟧”
“⟦d:c|Or in the nine weeks after that?⟧”
Mr Stellings paused for several seconds. “⟦d:a|I can't say that I did. There were a great many emails. That is not a good answer, and I know it is not a good answer.⟧”
Ms Oyelaran's final email, sent on October 30, read in full: “⟦d:b|Gate 3 is not going to hold if we get another one like last week. Please can someone with authority look at this.⟧” It had been flagged “⟦s:-|urgent⟧”.
The inquiry chairman, Sir Reuben Achterberg, asked whether anyone else had been copied in. “⟦d:d|I'm trying to understand whether this was the failure of one inbox or of a whole system,⟧” he said.
“⟦d:a|Of a system, sir. But I was at the top of it,⟧” Mr Stellings replied.
The hearing continues on Thursday, when Ms Oyelaran is expected to give evidence.

### 006
@a Bernadette Okonkwo-Hale | a supervisor with nine years' service
@b Brayford Logistics | -
@c Martin Fosdyke | the company's regional operations manager
@d Yusuf Demir | a forklift driver who worked alongside her
@e Ruth Kettleborough | Employment Judge
A warehouse supervisor who was sacked after complaining that staff were being left in a freezer for hours without a break has won her claim for unfair dismissal.
Bernadette Okonkwo-Hale, 46, a supervisor with nine years' service, was dismissed by Brayford Logistics in 2023 for what the company called "⟦p:b|a pattern of disruptive behaviour⟧".
Giving evidence to the tribunal in Calderford, she said colleagues had worked up to six hours at minus 25C. "⟦d:a|People were crying with the cold. One lad couldn't feel his fingers to sign out. I started writing it all down because nobody listened when I said it,⟧" she said.
Martin Fosdyke, the company's regional operations manager, told the hearing her complaints were "⟦p:c|constant⟧" and had damaged morale.
"⟦d:c|It wasn't what she said. It was how she said it, in front of everybody, every shift,⟧" he said.
Yusuf Demir, a forklift driver who worked alongside her, gave evidence on her behalf. "⟦d:d|She was the only supervisor who ever asked if we were all right. When she went, people stopped asking,⟧" he said.
In a written judgment, Employment Judge Ruth Kettleborough said the tribunal had "⟦p:e|no hesitation⟧" in finding that the complaints were protected disclosures.
"⟦d:e|The respondent's witnesses were unable to identify a single example of the alleged disruptive behaviour which did not involve the claimant raising health and safety concerns,⟧" she wrote.
"⟦d:e|The conclusion that she was dismissed because she made those disclosures is, in our view, inescapable.⟧"
Brayford Logistics said it was "⟦p:b|disappointed⟧" with the outcome and was considering an appeal. A hearing to decide compensation will be held later this year.

### 007
@a Abdelrahim Osman Idris | -
@b Helena Voss | The government's presenting officer
@c Maryam Feltham | His barrister
@d - | a medical report
@e Tobias Reinholt | Judge
A man who says he was tortured in detention told an immigration tribunal on Monday that he still wakes «⟦p:a|every night at three o'clock, the hour they came⟧».
Abdelrahim Osman Idris, 29, is appealing against the refusal of his asylum claim, which officials rejected partly because he could not give precise dates for his arrest in the eastern province of Kordaba.
Speaking through an interpreter, he told the tribunal at Marlowe House: «⟦d:a|I did not have a calendar in that room. There was no window. I knew the days only by the food, and some days there was no food.⟧»
The government's presenting officer, Helena Voss, suggested his account had changed between his screening interview and his later witness statement.
«⟦d:b|In March you said you were held for two weeks. In your statement in June you said it was nearer two months. Which is it?⟧» she asked.
«⟦d:a|Both, because I did not know,⟧» Mr Idris replied. «⟦d:a|When they first asked me I had been in this country four days and I was afraid of everybody in a uniform.⟧»
His barrister, Maryam Feltham, told the tribunal that a medical report had found scarring on his back and wrists «⟦p:d|highly consistent⟧» with the account he had given.
«⟦d:c|On every point that matters, this man has told the same story from the first day,⟧» she said.
Judge Tobias Reinholt reserved his decision. «⟦d:e|I will give this careful consideration and set out my reasons in writing,⟧» he said.

### 008
@a Hallworth | -
@b Denton Asamoah | the 38-year-old
@c Cerys Mallinder | His solicitor
@d Public Prosecution Service | -
@e - | a spokesman
A man who spent eleven years in prison for an armed robbery he always denied had his conviction quashed on Thursday, after a senior judge said the identification evidence at his trial had been “⟦p:a|fundamentally flawed⟧”.
Denton Asamoah was convicted in 2013 of robbing a jeweller's shop in Farrowgate at knifepoint and jailed for 16 years. He was released on licence last year.
Giving the Court of Appeal's judgment, Lord Justice Hallworth said the trial judge had failed to give the jury an adequate warning about the dangers of identification evidence.
“⟦d:a|The identification was made in poor light, after a fleeting glimpse, by a witness who had been shown a single photograph of the appellant beforehand,⟧” he said. “⟦d:a|Each of those matters called for a careful warning. None was given.⟧”
“⟦d:a|We are unable to regard this conviction as safe.⟧”
Asamoah, who wore the same suit he had worn at his trial, wept and embraced his mother in the well of the court.
Outside, the 38-year-old said: “⟦d:b|I walked into that courtroom a boy of 27 and I'm walking out a man who has missed his whole thirties. I'm not angry today. Today I'm just going home.⟧”
His solicitor, Cerys Mallinder, said the case raised “⟦p:c|serious questions⟧” about identification procedures. “⟦d:c|Denton has been telling the truth for eleven years. It should not have taken this long for someone to listen,⟧” she said.
The Public Prosecution Service said it would “⟦p:d|not seek a retrial⟧”. “⟦d:e|We respect the court's decision,⟧” a spokesman said.

### 009
@a Aisha Rahman-Clarke | Prosecutor
@b - | The woman
@c Lewis Garvey | a serving police constable with Eastmere Police
@d Oliver Nakamura | Judge
A police officer looked up his former partner's address on a force database 47 times after she left him, a court has heard.
Lewis Garvey, a serving police constable with Eastmere Police, denies misconduct in public office.
Prosecutor Aisha Rahman-Clarke told Brackenfield Crown Court the 35-year-old had "⟦p:a|no policing purpose whatsoever⟧" for the searches.
"⟦d:a|He used a system that exists to protect the public in order to keep tabs on a woman who had made it very clear she wanted nothing more to do with him,⟧" she said.
The woman, who cannot be named for legal reasons, gave evidence from behind a screen.
"⟦d:b|I moved three times. Every time, within a week or so, he'd turn up or he'd send a message saying he knew where I was,⟧" she told jurors.
"⟦d:b|I thought I was going mad. I thought someone must be following me.⟧"
Cross-examined by Garvey's barrister, she denied ever giving him her new address. "⟦d:b|Never. Not once,⟧" she said.
In a police interview read to the court, Garvey said he had been "⟦p:c|worried about her welfare⟧" and had "⟦p:c|never meant to frighten her⟧".
Judge Oliver Nakamura reminded jurors they must not research the case online. "⟦d:d|Your verdict must be based only on what you hear in this room,⟧" he said.
The trial continues.

### 010
@a Feliks Zamojski | a former bus mechanic
@b - | his mother
@c Court of Appeal | -
@d - | a fire investigator
@e Adaeze Nwankwo-Ferris | the lawyer who took up his case in 2016
@f Ilse | His sister
@g - | the trial judge
Feliks Zamojski, a former bus mechanic, keeps the letter on the fridge, held up by a magnet shaped like a lighthouse. It is from his mother, written in the second year of his sentence, and it ends with a line he can recite without looking: “⟦d:b|Whatever they say, I know where you were that night.⟧”
She died in 2014. He was freed in 2022, when the Court of Appeal found that the forensic evidence used to convict him of an arson that killed two people had been, in the words of its judgment, “⟦p:c|unreliable to a degree that should have been apparent at the time⟧”.
“⟦d:a:m|People expect me to be bitter. I was, for a long time. In prison bitterness is a kind of fuel; it gets you out of bed. But you can't run on it forever. It eats the engine.⟧
“⟦d:a:m|What I am now is tired. I'm 51. I was 36 when they took me. I have a nephew I've met four times. I don't know how to use half the things on my phone.⟧
“⟦d:a|And I'm still angry about one thing. Not the jury. The people who knew and said nothing.⟧”
He was convicted largely on the evidence of a fire investigator, who told the jury the blaze had been started with petrol “⟦p:d|beyond any doubt⟧”. Later tests found no trace of petrol at all.
Adaeze Nwankwo-Ferris, the lawyer who took up his case in 2016, remembers reading the trial transcript on a train. “⟦d:e|I got to the fire investigator's evidence and I actually said ‘no’ out loud. A woman across the aisle moved seats,⟧” she says.
“⟦d:e|The science had moved on by then, but honestly, it didn't need to. What he said in 2007 was wrong in 2007.⟧”
His sister, Ilse, visited every month for fifteen years. “⟦d:f|I used to bring him crossword books. He'd have them finished before I got home,⟧” she says. “⟦d:f|That's how I knew he was still himself.⟧”
At sentencing, the trial judge had called him “⟦p:g|a man without conscience⟧”. Zamojski gives a short laugh when this is read back to him. “⟦d:a|He didn't know me. That's the thing. None of them knew me.⟧”

### 011
@a Philippa Rowntree | the hospital's former chief executive
@b Margaret Oduya | A ward sister
The following is an edited extract from the transcript of day 17 of the Carrow Infirmary Inquiry, in which counsel to the inquiry, Jonathan Akinola KC, questioned the hospital's former chief executive, Dame Philippa Rowntree.
Q: In September 2017 you described the concerns being raised by nursing staff on wards 9 and 10 as “⟦p:a|noise⟧”. Why did you use that word?
A: It was a word I used in a board paper. I regret it.
Q: The paper, which was titled “⟦s:-|Back to Balance⟧”, says this, and I quote: “⟦d:a|Ward-level concerns, while understandable, are largely noise and should not distract the board from the financial recovery plan.⟧” Those are your words?
A: They are.
Q: A ward sister, Margaret Oduya, wrote to you directly six weeks later. Her email says: “⟦d:b|I am frightened that a patient will die on my ward and that I will not have been able to stop it.⟧” Did you reply?
A: I don't recall replying. I believe I forwarded it to the director of nursing.
Q: Did you ever speak to Sister Oduya?
A: No.
Q: Not once, in the two years that followed?
A: No. I should have done. I accept that.
Ms Oduya, who was in the hearing room, said afterwards: “⟦d:b|I waited nine years to hear her say that. It doesn't change anything, but I'm glad she said it.⟧”

### 012
@a Kyle Drummond | a call-centre worker from Ashby Fold
@b Ravi Chaudhary | Her husband
@c Ngozi Ashworth-Bell | Judge
@d - | A spokesperson for the cycling charity Spokesway
A driver who was scrolling through a video app when he hit and killed a doctor cycling to work has been jailed for six years and eight months.
Kyle Drummond, 26, a call-centre worker from Ashby Fold, admitted causing death by dangerous driving at an earlier hearing. Dr Leonie Chaudhary, 41, a GP, died at the scene on the Marston bypass on a clear morning last May.
Her husband, Ravi Chaudhary, read a statement to Ledbury Crown Court with their two children sitting beside him.
“⟦d:b:m|Leonie was the person who held our family together. She remembered every birthday, every dentist appointment, every packed lunch. Since she died, the three of us have been trying to do what she did alone, and we are failing at it every day.⟧
“⟦d:b:m|Our son, who is nine, asked me last week whether Mummy would have lived if the man had been looking at the road. I told him the truth. I told him yes.⟧
“⟦d:b|I do not know how to forgive that. I am not sure I am supposed to.⟧”
Sentencing, Judge Ngozi Ashworth-Bell told Drummond that footage recovered from his phone showed he had been watching clips for almost four minutes before the collision.
“⟦d:c:m|You were not distracted for a moment. You made a choice, again and again, to look at a screen rather than at the road in front of you. That choice cost Dr Chaudhary her life.⟧
“⟦d:c|I accept that your remorse is genuine. I have read your letter. But no letter can carry the weight that this family now carries.⟧”
Drummond, who wept throughout the hearing, turned to the public gallery as he was taken down and mouthed “⟦d:a|sorry⟧”.
A spokesperson for the cycling charity Spokesway said: “⟦d:d|Phones and driving do not mix. We hope this sentence sends a message to anyone who thinks a quick look won't hurt.⟧”

### 013
@a Dominic Ekwueme | for the prosecution
@b Graham Pettifer | the company's former chief executive
@c Lucien Abara | its finance director
@d Rosalind Thwaite | a retired pharmacist from Haleby
The two men behind a collapsed green energy investment scheme joked in emails about "⟦p:b|the pension pot people⟧" as they took money from savers, a jury was told.
Northgate Solar Bonds raised £21 million from around 1,400 investors, most of them retired, on the promise of an 8 per cent annual return backed by a "⟦s:-|Green Guarantee⟧". Graham Pettifer, the company's former chief executive, and Lucien Abara, its finance director, both deny fraud by false representation.
Opening the case at Dunmere Crown Court, Dominic Ekwueme KC, for the prosecution, said there had never been any solar farms. "⟦d:a|There were planning applications, there were glossy brochures, there were photographs of panels in fields. What there was not, members of the jury, was a single panel that belonged to this company,⟧" he said.
He read out an email Pettifer sent to Abara in March 2020. "⟦d:b|Another 400k in from the pension pot people this week. Keep the newsletters sunny,⟧" it said.
Abara replied: "⟦d:c|Sunny it is. Don't forget the Spain trip is on the company.⟧"
"⟦d:a|Those, the prosecution says, are not the words of men who believed in what they were selling,⟧" Mr Ekwueme told the jury.
Rosalind Thwaite, a retired pharmacist from Haleby, invested £60,000 in 2019. Giving evidence, she said she had been reassured by the scheme's brochures. "⟦d:d|They had a picture of a family in a field with the panels behind them. It looked so safe. It looked so wholesome,⟧" she said.
Asked what she had lost, she replied: "⟦d:d|All of it. Every penny I put in.⟧"
The trial, expected to last ten weeks, continues.

### 014
@a Shanice Morrow | a mother of two
@b Beatrix Lindqvist | her own barrister
@c Harriet Olufemi | prosecuting
@d Kerry-Ann Doyle | -
A hairdresser accused of stabbing her neighbour during a row over a child's scooter told a jury on Monday that she had forgotten she was holding a knife.
Shanice Morrow, 33, a mother of two, denies wounding Kerry-Ann Doyle with intent to cause grievous bodily harm outside their homes on the Fallowfield estate in Corrick last June.
Questioned by her own barrister, Beatrix Lindqvist, Morrow said she had gone to Ms Doyle's door to ask for her daughter's scooter back.
“⟦d:b|What did you think was going to happen when she opened the door?⟧” Ms Lindqvist asked.
“⟦d:a|I thought she'd give it back. Or shout at me. She'd done that before,⟧” Morrow replied. “⟦d:a|I didn't think anybody was going to get hurt.⟧”
Ms Doyle told the jury last week that Morrow had arrived “⟦p:d|screaming and waving a knife⟧”.
Cross-examining, Harriet Olufemi KC, prosecuting, asked why she had taken a kitchen knife with her.
“⟦d:a|I didn't take it. It was in my hand. I'd been chopping onions for the kids' tea and I just went out the door with it,⟧” Morrow said.
“⟦d:c|You walked thirty yards, across a road, with an eight-inch knife in your hand, and you didn't notice?⟧”
“⟦d:a|I know how it sounds.⟧”
“⟦d:c|It sounds, Ms Morrow, like a woman who went round there to have it out with her neighbour.⟧”
“⟦d:a|No. That's not what happened,⟧” she said, her voice rising. “⟦d:a|I'd never hurt anyone. Not like that.⟧”
The trial continues.

### 015
@a - | The boy
@b Dawn Petheram | defending
@c Fenella Orr | District Judge
@d - | A spokesman for Westway Rail
A 15-year-old who threw stones at passing trains from a footbridge in Haverleigh has been given a 12-month referral order.
The boy, who cannot be named because of his age, admitted two counts of endangering the safety of rail passengers at the town's youth court. One stone smashed the windscreen of a train carrying 140 people.
Asked by the court why he had done it, the boy said: "⟦d:a|I didn't think about the people on it. I just thought it would make a noise.⟧"
Dawn Petheram, defending, said he had been "⟦p:b|easily led⟧" by older teenagers and had been horrified when he was shown a police photograph of the driver's injuries.
"⟦d:b|He has written a letter to the driver. He has not been in any trouble since. He understands now that this was not a prank,⟧" she said.
District Judge Fenella Orr told him: "⟦d:c|The driver of that train thought he was going to lose his sight. You need to remember his name for the rest of your life, because he will certainly remember that day.⟧"
She added: "⟦d:c|I am giving you this chance because you are young and because your mother is here today. Don't waste it.⟧"
A spokesman for Westway Rail said: "⟦d:d|Throwing anything at a train is extremely dangerous. We will always support prosecutions.⟧"

### 016
@a Alun Brackley | Area coroner
@b Tegan Hollis | his friend
@c Rhodri Maddox | Watch manager
@d Parc Glas Aggregates | the quarry's owner
A teenager drowned after jumping into a flooded quarry on the hottest day of the year despite signs reading ``⟦s:-|Danger: Deep Cold Water⟧'', an inquest heard.
Dylan Roberts-Ifan, 16, from Llanbryn, got into difficulty moments after jumping from a ledge at the disused Parc Glas quarry on July 19 last year.
His friend Tegan Hollis, 17, told the inquest in Bangorwy: ``⟦d:b|He was laughing when he went in. He came up once and said it was freezing, and then he just went under. He didn't shout or anything.⟧''
``⟦d:b|We didn't know it could be that cold in summer. We thought the signs were just there to cover them.⟧''
Watch manager Rhodri Maddox, of the fire and rescue service, said the water was about 9C at a depth of two metres, even in a heatwave. ``⟦d:c|Cold water shock can incapacitate a strong swimmer within a minute. People don't believe that until they see it,⟧'' he said.
In a statement, the quarry's owner, Parc Glas Aggregates, said it had since installed extra fencing and would ``⟦p:d|continue to work with the community⟧'' to keep people away.
Recording a conclusion of misadventure, Area coroner Alun Brackley said: ``⟦d:a|Dylan was a popular, lively young man who did what many young people do on a hot day. The danger was invisible to him.⟧''
``⟦d:a|I would urge every parent to talk to their children about open water before the summer begins.⟧''

### 017
@a Emeka Obiora | a senior account manager
@b Neil Garside | his line manager
@c Sunita Rao | Employment Judge
@d Fenwright Media | -
@e Lorcan Whitby | a former colleague
A media sales executive was subjected to racial harassment when his boss repeatedly called him “⟦p:b|the diversity hire⟧” in front of clients, an employment tribunal has found.
Emeka Obiora, 39, a senior account manager, worked for Fenwright Media in Saltmarsh for six years. The tribunal heard that his line manager, Neil Garside, used the phrase at least four times in 2022, including at a client dinner.
“⟦d:a|The first time, I thought I'd misheard. The second time, everyone laughed, including the clients. After that I stopped going to the dinners,⟧” Mr Obiora told the tribunal.
Mr Garside, who still works for the company, denied the remarks had been racially motivated. “⟦d:b|It was banter. He gave as good as he got. I'd have said the same to anyone,⟧” he said.
Asked by the judge whether he had ever called a white colleague a diversity hire, he said: “⟦d:b|Not in those words, no.⟧”
Lorcan Whitby, a former colleague, said he had heard the remark at the dinner. “⟦d:e|It wasn't banter. He wasn't smiling and neither was Emeka. I remember thinking, he's going to leave, and he did,⟧” he said.
In the judgment, Employment Judge Sunita Rao said Mr Garside's evidence had been “⟦p:c|unconvincing and at times evasive⟧”.
“⟦d:c|A remark that is repeated, public and directed at a person's race is not rendered harmless by being described as banter,⟧” she wrote.
Fenwright Media said in a statement that it “⟦p:d|does not tolerate discrimination of any kind⟧” and was reviewing its policies.

### 018
@a Rosario Quispe Mamani | a farmer from the village of San Isidro del Alto
@b Teodoro Balcázar | the former commander of the Montaraz military region
@c Bernard Oyelowo-Frith | for the defence
@d Ingrid Halvorsen | Presiding judge
OSTERMARK, Sept 9 (Meridian News) - A woman whose husband and two sons were taken from their farm by soldiers in 1989 told a war crimes tribunal on Monday that she still lays three extra places at her table every Sunday.
Rosario Quispe Mamani, a farmer from the village of San Isidro del Alto, was the first witness in the trial of General Teodoro Balcázar, 71, the former commander of the Montaraz military region, who faces 14 counts of crimes against humanity at the International Tribunal for Montaraz.
Speaking in Spanish through an interpreter, she said: "⟦d:a|They came at night. They said they only wanted to ask questions. My younger son was fourteen. He had only one shoe on.⟧"
"⟦d:a|I have asked every government since then where they are. Nobody has ever answered me.⟧"
Balcázar, who sat with his arms folded, shook his head and said "⟦d:b|Mentira⟧" - "⟦d:b|Lie⟧" - before Presiding judge Ingrid Halvorsen warned him that he would be removed if he interrupted again.
"⟦d:d|The accused will have his opportunity to give evidence. This is not it,⟧" she said.
Under cross-examination, Bernard Oyelowo-Frith, for the defence, asked whether she had personally seen any soldier wearing the insignia of units commanded by his client.
"⟦d:c|It was dark, you have told us. How could you see the badge on a man's sleeve?⟧" he asked.
"⟦d:a|I did not need to see a badge,⟧" she replied. "⟦d:a|Everyone in the valley knew whose soldiers they were.⟧"
At the end of her evidence she turned towards the public gallery, where relatives of the disappeared held up photographs, and said in Spanish: "⟦d:a|No los olvidamos⟧" ("⟦d:a|We do not forget them⟧").
The trial continues.

### 019
@a Precious Mutasa | a care worker
@b Dennis Haverford | her landlord
@c Harriet Kimani | Deputy District Judge
@d Tomasz Grabowski | an environmental health officer from Ellsworth Council
A landlord has been ordered to pay £14,200 to a tenant who lived for two winters with black mould, a broken boiler and a ceiling that "⟦p:a|rained whenever the bath upstairs was used⟧".
Precious Mutasa, a care worker, brought the claim against her landlord, Dennis Haverford, at Ellsworth County Court after repeated complaints went unanswered.
"⟦d:a|My youngest has asthma. I was sleeping with her in the front room because it was the only room without mould. I texted him every week. Every week,⟧" Ms Mutasa told the court.
Tomasz Grabowski, an environmental health officer from Ellsworth Council, said he had found the flat in "⟦p:d|a very poor state⟧" when he visited in February. "⟦d:d|There was visible mould in every bedroom and water coming through a light fitting,⟧" he said.
Mr Haverford, who represented himself, said he had struggled to find tradesmen. "⟦d:b|I'm not a big company. I've got three flats. I did what I could when I could,⟧" he said.
Deputy District Judge Harriet Kimani said she did not accept that explanation. "⟦d:c|Ms Mutasa's messages were polite, detailed and frequent. The responses were, for the most part, silence,⟧" she said.
"⟦d:c|A landlord who cannot find a plumber in two winters is not looking very hard.⟧"
Speaking afterwards, Ms Mutasa said: "⟦d:a|I just wanted it fixed. I never wanted to go to court. But I'm glad somebody finally listened.⟧"

### 020
@a Dexter Rainford | TV chef
@b Marcus Ellingham-Shaw | for Glint
@c Sienna Adebayo-Marsh | former pastry chef
@d Okonjo | The judge
TV chef Dexter Rainford broke down in the witness box yesterday as he denied being a “⟦s:-|kitchen tyrant⟧” who reduced young cooks to tears.
The 49-year-old, star of “⟦s:-|Rainford's Table⟧”, is suing lifestyle magazine Glint over an article headlined “⟦s:-|The Bully Behind the Smile⟧”.
Cross-examined by Marcus Ellingham-Shaw KC, for Glint, he was grilled about a night in 2019 when a junior chef allegedly fled his restaurant in tears.
“⟦d:b|You threw a tray of scallops at the wall, didn't you, Mr Rainford?⟧”
“⟦d:a|I put a tray down hard. I didn't throw anything at anyone,⟧” Rainford replied.
“⟦d:b|Eleven witnesses say you threw it.⟧”
“⟦d:a|Then eleven witnesses are wrong,⟧” he snapped, before dabbing his eyes with a handkerchief.
He told the High Court: “⟦d:a|I have been in kitchens since I was 15. Are they hot and loud and stressful? Yes. Have I ever set out to humiliate a young cook? Never. Not once in my life.⟧”
Earlier, former pastry chef Sienna Adebayo-Marsh, 27, told the court he had called her “⟦p:a|a waste of an apron⟧” in front of the whole brigade.
“⟦d:c|I went home and cried for two days. I nearly gave up cooking,⟧” she said.
The judge, Mrs Justice Okonjo, warned the public gallery after laughter broke out: “⟦d:d|This is not a television programme. Anyone who cannot behave will be asked to leave.⟧”
The trial continues.

### 021
@a Hester Wainwright | the senior coroner for North Aldshire
@b Trackline Infrastructure | -
@c Barry Ng | Mei's father
@d - | A spokeswoman for the Office of Rail Safety
A coroner has warned that more children will die at an unmanned level crossing where a 14-year-old girl was struck by a train unless "⟦p:a|urgent action⟧" is taken.
Hester Wainwright, the senior coroner for North Aldshire, has issued a prevention of future deaths report to the rail operator, Trackline Infrastructure, following the inquest into the death of Mei Ng at Sallow Fen crossing last March.
In the report, Mrs Wainwright wrote: "⟦d:a|The crossing is used daily by schoolchildren. The warning lights are partly obscured by vegetation for approaching pedestrians, and the audible alarm cannot be heard above the noise of the adjacent road.⟧"
"⟦d:a|In my opinion there is a risk that future deaths will occur unless action is taken.⟧"
Trackline Infrastructure has 56 days to respond. The company said it had "⟦p:b|already cut back vegetation⟧" at the site and was "⟦p:b|actively considering⟧" a footbridge.
"⟦d:b|Our deepest sympathies remain with Mei's family,⟧" it said.
Mei's father, Barry Ng, said the family had asked for a footbridge two years before her death.
"⟦d:c|We wrote letters. We went to meetings. We were told it was being looked at. It is still being looked at,⟧" Mr Ng said. "⟦d:c|How many more reports does it need?⟧"
A spokeswoman for the Office of Rail Safety said it would "⟦p:d|review the coroner's findings carefully⟧".

### 022
@a Dorothea Mwangi | a retired midwife from Kelby
@b Sophie Adjei-Brown | counsel to the inquiry
@c Peter Skerritt | the former lorry driver
@d Winifred Lowe | The inquiry's chair
A mother whose son was infected with hepatitis C through contaminated plasma told a public inquiry on Tuesday that she was assured his yellowing skin was “⟦p:-|just a passing thing⟧”.
Dorothea Mwangi, a retired midwife from Kelby, said her son Samuel had been treated with the blood product Corvanex from the age of six. He died in 2009, aged 34.
“⟦d:a|Nobody used the word ‘virus’ in front of us. Not once. I was a midwife — I knew what yellow eyes meant, and still they told me not to worry,⟧” she told the Kestrel Plasma Inquiry.
Sophie Adjei-Brown, counsel to the inquiry, asked whether she had been told of any risks before the treatment began.
“⟦d:b|Was there any conversation at all about where the product came from?⟧”
“⟦d:a|None. We were told it was a wonder drug. We were grateful. We thanked them,⟧” Mrs Mwangi replied.
Later, Peter Skerritt, 64, described learning of his own infection from a letter that arrived on his birthday. “⟦d:c|One side of A4. ‘We regret to inform you.’ That was it. No phone call, no appointment,⟧” the former lorry driver said.
“⟦d:c|I went out to the garage and sat in the car for three hours. I didn't tell my wife for a month.⟧”
The inquiry's chair, Dame Winifred Lowe, thanked both witnesses. “⟦d:d|What you have told us today will be at the heart of this inquiry's work,⟧” she said.

### 023
@a Leanne Cartwright | Its owner
@b Gareth Evans | Postman
@c Imran Haq | prosecuting
@d Celia Bramhall | chair of the bench
A postman who needed 30 stitches after being mauled on his round has told how he fought off a dog with his satchel.
Postman Gareth Evans, 51, was delivering letters in Aldwick Road, Penmorfa, when the dog, a large crossbreed called Brutus, ran out of an open front door.
Its owner, Leanne Cartwright, 38, admitted being in charge of a dog dangerously out of control causing injury when she appeared at Penmorfa Magistrates' Court.
In a statement read by Imran Haq, prosecuting, Mr Evans said: "⟦d:b|It went for my leg first and then my arm. I was hitting it with my bag and shouting for help. I honestly thought it was going to kill me.⟧"
"⟦d:b|I've been a postman for 22 years. I still do the round, but I won't go down that road on my own any more.⟧"
Mr Haq said the dog had been reported to the council the previous year after "⟦p:c|a near miss⟧" with a child.
Cartwright, who cried throughout the hearing, told magistrates: "⟦d:a|He's never been like that. I'm so sorry. I just didn't shut the door properly.⟧"
Celia Bramhall, chair of the bench, said: "⟦d:d|We accept you are remorseful, but Mr Evans will live with the scars of this for the rest of his life.⟧"
The dog was ordered to be destroyed. Cartwright was given a 12-month community order and told to pay £1,200 compensation.

### 024
@a Amrit Dhillon | Solicitor General
@b Carrow | -
@c - | Marcus Tiernan's family
@d Felix Ayodele | for Abbott
A man who killed a pensioner with a single punch outside a pub has had his prison sentence increased from four years to six and a half, after the Solicitor General argued it was “⟦p:a|unduly lenient⟧”.
Darren Abbott, 29, was jailed at Whitlow Crown Court in March for the manslaughter of Marcus Tiernan, 72, who fell and struck his head after Abbott hit him during an argument over a taxi.
Solicitor General Amrit Dhillon referred the case to the Court of Appeal. In a statement, she said: “⟦d:a|Mr Tiernan was a grandfather who had gone out for a quiet drink. The original sentence did not reflect the gravity of what happened to him.⟧”
Felix Ayodele, for Abbott, told the court his client had “⟦p:d|never intended serious harm⟧” and had pleaded guilty at the first opportunity. “⟦d:d|He has to live with this every day, and he will,⟧” Mr Ayodele said.
Giving judgment, Lady Justice Carrow said the trial judge had given too much weight to Abbott's previous good character.
“⟦d:b|This was a blow delivered to the head of a 72-year-old man with considerable force, by a man who had been drinking heavily and who had been told to go home,⟧” she said. “⟦d:b|The sentence must reflect the fact that a life was lost.⟧”
In a statement, Marcus Tiernan's family said: “⟦d:c|Nothing will bring Dad back, but today we feel that the courts have finally recognised what he meant to us.⟧”

### 025
@a - | the foreman
@b - | someone in the public gallery
@c Paulette Greaves | Tyrese's mother
@d Antoinette Greaves | His sister
@e Sunil Ramgoolam | Detective Inspector
Two teenagers have been found guilty of murdering 17-year-old Tyrese Greaves, who was chased through a park and stabbed in Elmworth last October.
The jury at Elmworth Crown Court deliberated for nine hours. When the foreman answered “⟦d:a|Guilty⟧” to the first count, someone in the public gallery shouted “⟦d:b|Yes!⟧” and several of Tyrese's relatives burst into tears.
The defendants, aged 16 and 17, cannot be named because of their age. They will be sentenced next month.
Outside court, Tyrese's mother, Paulette Greaves, held up a photograph of her son in his school uniform.
“⟦d:c|Today is not a happy day. There are no happy days any more,⟧” she said. “⟦d:c|But my son can rest now, because the people who did this have been named for what they are.⟧”
His sister, Antoinette Greaves, 22, read a poem she had written for him, then spoke about the months of waiting for the trial.
“⟦d:d|Every time the phone rang we thought it was news. Every time it wasn't, Mum went back to bed. I want people to see what a knife does to a family. It doesn't just kill one person,⟧” she said.
Detective Inspector Sunil Ramgoolam, who led the investigation, said the boys had shown “⟦p:e|no mercy whatsoever⟧”. “⟦d:e|Tyrese did nothing to provoke this. He was walking home,⟧” he said.
“⟦d:e|I want to thank the witnesses who came forward, some of them very young. Without them we would not be here today.⟧”

### 026
@a Wendell Pruitt | -
@b Marguerite Delacroix | Superior Court Judge
@c Tomas Echeverría | Assistant District Attorney
@d Raymond Kessler | Pruitt's defense attorney
@e Lorraine Whitfield | County Commissioner
@f - | Prosecutors
MILLBROOK FALLS — The former Calloway County treasurer who stole nearly $2.3 million from the county over 11 years was sentenced Friday to eight years in state prison.
Wendell Pruitt, 58, pleaded guilty in June to aggravated theft and official misconduct. Prosecutors said he spent the money on a lake house, two boats and "⟦p:f|an astonishing number⟧" of online sports bets.
"⟦d:c|This was not a moment of weakness. This was a decade of deliberate deception by a man the public trusted with its money,⟧" Assistant District Attorney Tomas Echeverría told the court.
Pruitt's defense attorney, Raymond Kessler, asked for probation and restitution, arguing that his client suffers from a gambling disorder. "⟦d:d|He is not a monster. He is a sick man who got in over his head,⟧" Kessler said.
Pruitt, his voice breaking, addressed the courtroom. "⟦d:a|I am ashamed of what I did. I betrayed the people I grew up with. I'll spend the rest of my life trying to pay it back,⟧" he said.
Superior Court Judge Marguerite Delacroix said she did not doubt his remorse but could not ignore the scale of the theft. "⟦d:b|Every dollar you took was a dollar that did not go to a road, a library or a sheriff's deputy,⟧" she said.
County Commissioner Lorraine Whitfield said after the hearing that the county had recovered about $600,000 so far. "⟦d:e|Today's sentence brings some closure, but we have a lot of work to do to rebuild trust,⟧" she said.

### 027
@a Lachlan Birtles | Deputy State Coroner
@b Priya Venkataraman | Counsel assisting the coroner
@c Darcy Flett | the watch house sergeant on duty that night
@d Marlene Yarrow | Mr Yarrow's grandmother
A police sergeant responsible for checking on an Aboriginal man in a watch house has told an inquest he did not know the man had been lying motionless for almost two hours.
Corey Yarrow, 24, died in a cell at the Banksia Creek watch house in February last year, several hours after he was arrested for a minor public order offence.
Counsel assisting the coroner, Priya Venkataraman, played CCTV footage showing no one entering the cell between 2.14am and 4.05am.
“⟦d:b|Sergeant, the log says ‘checked – sleeping’ at 2.45, at 3.15 and at 3.45. Did you or anyone else go into that cell at those times?⟧” she asked.
Darcy Flett, the watch house sergeant on duty that night, paused before answering. “⟦d:c|No. The checks were done from the monitor.⟧”
“⟦d:b|So when the log says ‘checked’, it means somebody looked at a screen?⟧”
“⟦d:c|Yes. That's how it was done, at that time.⟧”
Mr Yarrow's grandmother, Marlene Yarrow, who has attended every day of the hearing, left the courtroom in tears. Outside, she told reporters: “⟦d:d|They wrote ‘sleeping’. My grandson was dying and they wrote ‘sleeping’.⟧”
Deputy State Coroner Lachlan Birtles adjourned the inquest until Thursday. “⟦d:a|I understand how difficult this evidence is for the family, and I thank them for their patience,⟧” he said.

### 028
@a Meera Kulkarni | -
@b - | the bench
@c Farhan Siddiqui | senior advocate
@d Kavita Rane | Additional Advocate General
A division bench of the High Court on Wednesday pulled up the state pollution control board for its "⟦p:b|casual and callous⟧" approach to effluent being discharged into the Sarvani river, and directed it to file a fresh compliance report within four weeks.
Hearing a public interest petition filed by residents of Kolvad and six neighbouring villages, the bench, headed by Justice Meera Kulkarni, said the board had "⟦p:b|repeatedly filed reports that say nothing⟧".
"⟦d:a|Three reports, and in none of them do we find a single figure for how much effluent is going into the river. What exactly has the board been inspecting?⟧" Justice Kulkarni remarked during the hearing.
Appearing for the petitioners, senior advocate Farhan Siddiqui said fish kills had been reported on at least five occasions since January. "⟦d:c|The villagers are not asking for compensation today. They are asking for the river to be allowed to live,⟧" he submitted.
Additional Advocate General Kavita Rane told the court that closure notices had been issued to two dyeing units and that inspections were continuing. "⟦d:d|The state is fully seized of the matter,⟧" she said.
"⟦d:a|The state has been seized of the matter for six years, Ms Rane,⟧" Justice Kulkarni responded.
In its order, the bench said: "⟦d:b|Orders on paper do not clean rivers. The member secretary of the board shall remain personally present on the next date of hearing.⟧"
The matter will be heard again on March 18.

### 029
@a Olamide Bakare | the trial judge
@b Chinedu Okafor | Counsel to the commission
@c Sani Garba-Musa | a former director of the Civil Service Pension Directorate
@d Ikechukwu Nnaji | Garba-Musa's lawyer
@e - | One pensioner
OKEREJI — A former pension official accused of diverting ₦4.2 billion meant for retired civil servants was on Tuesday remanded in custody after a Federal High Court in Okereji refused him bail.
Alhaji Sani Garba-Musa, a former director of the Civil Service Pension Directorate, is facing 23 counts of conspiracy, money laundering and criminal breach of trust brought by the National Integrity Commission. He pleaded not guilty to all counts.
Counsel to the commission, Chinedu Okafor, urged the court to refuse bail, arguing that the defendant had “⟦p:b|the means and the motive⟧” to flee.
“⟦d:b|My Lord, the defendant holds two passports and owns property in three countries. The commission has reason to believe that at least one of those properties was bought with pensioners' money,⟧” Mr Okafor said.
Garba-Musa's lawyer, Ikechukwu Nnaji SAN, described his client as “⟦p:d|a man of integrity who has served this country for 31 years⟧” and said he would surrender both passports.
Ruling, the trial judge, Justice Olamide Bakare, said the court was “⟦p:a|not persuaded⟧” that the defendant would attend trial if released. “⟦d:a|The charges are grave, the sums are enormous, and the evidence of foreign assets has not been rebutted,⟧” she said.
Outside the courtroom, dozens of pensioners held placards reading “⟦s:-|Our sweat, your mansions⟧” and “⟦s:-|Pay us before we die⟧”. Some chanted “⟦s:-|Justice for pensioners!⟧” as the defendant was led to a waiting van.
As he was led away, Garba-Musa told reporters: “⟦d:c|I have done nothing wrong. The truth will come out.⟧”
One pensioner said he had not received a payment in 19 months. “⟦d:e|I served this government for 35 years. Now I am begging my children for money to buy medicine,⟧” he said.

### 030
@a Gillian Forsythe | a dental nurse
@b Howell Prentice | baker
@c Anjali Desai | District Judge
@d Craig | Her husband
A bride who claimed her wedding cake was ``⟦p:a|a leaning tower of sponge⟧'' has lost her small claims case against the baker who made it.
Gillian Forsythe, 34, a dental nurse, sued baker Howell Prentice for £650 at Ravensby County Court, saying the three-tier cake had ``⟦p:a|visibly slumped⟧'' before the speeches at her reception in August.
``⟦d:a|Everyone was taking photos of it, and not in a good way. My aunt said it looked like it had had a few drinks,⟧'' Mrs Forsythe told the court.
Her husband, Craig, backed her account. ``⟦d:d|It was definitely leaning. I was worried it was going to go over during the first dance,⟧'' he said.
Mr Prentice said the cake had been perfectly level when he delivered it, and that the marquee had been ``⟦p:b|like a greenhouse⟧''. ``⟦d:b|I've made over 2,000 wedding cakes. Buttercream doesn't like 31 degrees. Nobody's buttercream does,⟧'' he said.
Dismissing the claim, District Judge Anjali Desai said she had looked carefully at the photographs. ``⟦d:c|The cake leans. I accept that. But I am satisfied that it left the bakery upright and that the conditions in the marquee were outside the baker's control,⟧'' she said.
``⟦d:c|I am sorry that it spoiled part of a happy day.⟧''
Outside court, Mrs Forsythe said she was ``⟦p:a|gutted⟧''.

### 031
@a Conrad Feldmann | a consultant anaesthetist at Kingsmead Royal Hospital
@b Olusegun Adebisi | for the council
@c Patricia Lam | The tribunal chair
@d Patient A | a patient
A consultant anaesthetist who was drunk in an operating theatre has been struck off the medical register.
Dr Conrad Feldmann, 57, a consultant anaesthetist at Kingsmead Royal Hospital, was found by a colleague slumped over the anaesthetic machine during a knee replacement in 2022. A breath test later showed he was almost three times the drink-drive limit.
A patient, referred to at the Medical Standards Tribunal as Patient A, said in a written statement: “⟦d:d|I put my life in his hands. I found out afterwards that he could barely stand. I still can't go near a hospital without shaking.⟧”
Giving evidence, Dr Feldmann said he had been drinking heavily since his wife's death. “⟦d:a|I was not well. I told no one. I should have told someone, and I will regret that I didn't for the rest of my life,⟧” he said.
Olusegun Adebisi, for the council, said the doctor had “⟦p:b|put a patient's life at grave risk⟧”. “⟦d:b|The public would be rightly appalled if a doctor who did this were allowed to continue to practise,⟧” he said.
The tribunal chair, Patricia Lam, said the panel had taken into account Dr Feldmann's “⟦p:c|long and previously unblemished career⟧”.
“⟦d:c|Nevertheless, the panel has concluded that erasure is the only sanction sufficient to protect the public and maintain confidence in the profession,⟧” she said.
The case was brought by the Medical Standards Council, which regulates doctors.

### 032
@a Rupert Langridge-Hale | a former senior partner at Holm & Castell in Westbury Cross
@b Nadia Bouzid | for the authority
@c Legal Disciplinary Tribunal | -
@d Gloria Amponsah | One of those clients
A solicitor who used £780,000 from clients' accounts to prop up his failing property business has been struck off.
Rupert Langridge-Hale, a former senior partner at Holm & Castell in Westbury Cross, admitted dishonesty before the Legal Disciplinary Tribunal in proceedings brought by the Legal Conduct Authority, but said he had always intended to repay the money.
«⟦d:a|I told myself it was a loan. I told myself it would be back before anyone noticed. That is what every dishonest person tells themselves, and I know that now,⟧» he told the tribunal.
Nadia Bouzid, for the authority, said the money had been taken in 41 separate transfers over three years. «⟦d:b|This was not a single lapse under pressure. It was a sustained course of conduct, concealed from partners, auditors and clients alike,⟧» she said.
One of those clients, Gloria Amponsah, had been waiting for the proceeds from the sale of her late mother's house. «⟦d:d|He shook my hand at the funeral. He told me not to worry about anything,⟧» she said in a statement.
In its findings, the Legal Disciplinary Tribunal said his conduct had been «⟦p:c|a gross betrayal of the trust placed in him⟧». «⟦d:c|There is no sanction short of striking off that would protect the public,⟧» it said.
Mr Langridge-Hale was ordered to pay costs of £62,000.

### 033
@a Tsehay Alemu | Middle-distance runner
@b - | the three-member panel
@c Athletics Integrity Office | -
@d Brendan Fairweather | Her lawyer
Middle-distance runner Tsehay Alemu has lost her appeal against a four-year doping ban, ending her hopes of competing at next summer's Continental Games.
The Court of Sport Arbitration dismissed her argument that a banned stimulant found in her sample had come from a contaminated herbal tea.
In its ruling, the three-member panel said her explanation was "⟦p:b|possible but not probable⟧". "⟦d:b|The athlete has not established, on the balance of probability, how the substance entered her system,⟧" it said.
Alemu, 26, said in a post on social media that she was "⟦p:a|heartbroken but not defeated⟧". "⟦d:a|I have never cheated and I never will. I will keep running, even if it is only for myself,⟧" she wrote.
Her lawyer, Brendan Fairweather, said: "⟦d:d|We are disappointed. The science on contamination is evolving, and we believe that in time this decision will look unfair.⟧"
The Athletics Integrity Office, which brought the case, welcomed the decision. "⟦d:c|Athletes are responsible for what goes into their bodies. That principle has been upheld,⟧" it said in a statement.

### 034
@a W80 | The officer
@b Leroy Campbell-Watts | representing the family
@c Yvonne Pascoe | The dead man's sister
@d Sarah Ebdon | The coroner
A firearms officer who shot dead a man holding a replica pistol told an inquest jury on Wednesday that he had “⟦p:a|less than a second⟧” to decide whether to fire.
The officer, who can be identified only as W80, gave evidence from behind a curtain at the inquest into the death of Darnell Pascoe, 31, who was shot on the Gorse Hill estate in Manfield in May 2023.
“⟦d:a|He turned towards us and brought the weapon up. I shouted ‘armed police, drop it’ twice. He didn't drop it. I believed my colleagues and I were about to be shot,⟧” W80 said.
Leroy Campbell-Watts, representing the family, asked whether he had considered that the weapon might not be real.
“⟦d:b|You'd been told an hour earlier that a caller thought it might be a toy. Did that go through your mind?⟧”
“⟦d:a|It went through my mind before we went in. In that moment, no. In that moment you go with what you see,⟧” the officer replied.
The dead man's sister, Yvonne Pascoe, sat with her head bowed through much of the evidence. During a break she told reporters: “⟦d:c|My brother was ill and he was scared. He needed an ambulance, not a gun.⟧”
The coroner, Sarah Ebdon, reminded the jury that it was not their role to attribute blame. “⟦d:d|You are here to establish who died, when, where and how. Those are the questions, and only those,⟧” she said.
The inquest continues.

### 035
@a - | The girl
@b Rhiannon Coles | prosecuting
@c Milo Petrovic | defending
@d Grant Wedderburn | -
A ten-year-old girl told a jury how she climbed out of a bedroom window onto a porch roof after waking to find smoke pouring under her door.
The girl, who cannot be named for legal reasons, was giving evidence by video link at Castlebridge Crown Court in the trial of Grant Wedderburn, 44, who denies arson with intent to endanger life.
In a recorded police interview played to the jury, she said: "⟦d:a|I heard Mum screaming my name. The door handle was hot so I didn't open it. I remembered from school that you don't open hot doors.⟧"
"⟦d:a|I put my dressing gown on and went out the window. The roof was slippy. A man from next door got a ladder.⟧"
Rhiannon Coles, prosecuting, told jurors that Wedderburn had sent the girl's mother a text hours earlier which read: "⟦d:d|Enjoy your new house while you've got it.⟧"
"⟦d:b|The prosecution says that message was not a coincidence. It was a promise,⟧" Ms Coles said.
Milo Petrovic, defending, asked the girl gently whether she had seen anyone in the garden before she went to sleep. "⟦d:c|Take your time. Did you see anybody outside at all?⟧" he asked.
"⟦d:a|No. I was asleep,⟧" she replied.
Wedderburn has told police he was at home in Hollins Vale all night. "⟦d:d|I'd never do anything to hurt that kid. I love that kid,⟧" he said in an interview, a transcript of which was read to the court.
The trial continues.

### 036
@a Nathaniel Kwarteng | Recorder
@b Abigail Sutherland | prosecuting
@c Theo Marchetti | -
@d - | the jury
A jury in the trial of a restaurant owner accused of staging a burglary at his own premises was discharged on Friday after failing to reach a verdict.
Theo Marchetti, 41, who runs the Osteria Marchetti in Harwell Green, denies fraud and perverting the course of justice.
After more than 14 hours of deliberations, the jury sent a note to Recorder Nathaniel Kwarteng which read: “⟦d:d|We are unable to reach a verdict on either count, even by a majority, and we do not believe further time would help.⟧”
The recorder thanked the jurors for their “⟦p:a|evident care and conscientiousness⟧”. “⟦d:a|This has not been an easy case, and there is no criticism of you whatever,⟧” he told them.
Abigail Sutherland, prosecuting, told the court the Crown would seek a retrial. “⟦d:b|The Crown has considered the position carefully and intends to proceed,⟧” she said.
A retrial was provisionally fixed for next spring. Outside court, Marchetti said: “⟦d:c|I've waited two years for this. Now I wait another year. My name is still on the door, and I'll keep it there.⟧”

### 037
@a Pavel Dragomir | a businessman wanted in Valdoria on fraud charges
@b Roderick Fane | Senior District Judge
@c Saskia Heemskerk | for the Valdorian government
@d Irina Dragomir | His wife
A businessman told Westgate Magistrates' Court on Thursday that he would be «⟦p:a|dead within a year⟧» if he were sent back to Valdoria.
Pavel Dragomir, 46, a businessman wanted in Valdoria on fraud charges, is fighting extradition on the grounds that prison conditions there would breach his human rights.
«⟦d:a|I have seen those prisons. I have friends who went in healthy and came out in coffins. This is not a legal case for me, it is a political one,⟧» he said, giving evidence through an interpreter.
Saskia Heemskerk, for the Valdorian government, said the country had provided «⟦p:c|specific and detailed assurances⟧» that he would be held in a modernised unit. «⟦d:c|The requesting state has given its word. This court has no proper basis on which to doubt it,⟧» she said.
His wife, Irina Dragomir, wept as she told the court that their children, aged nine and 12, had been born here. «⟦d:d|They don't speak the language there. This is their home,⟧» she said.
Senior District Judge Roderick Fane adjourned the case for judgment. «⟦d:b|I will need some time with the material on prison conditions,⟧» he said. «⟦d:b|Mr Dragomir's bail continues on the same terms.⟧»

### 038
@a Kevin Sturridge | -
@b Rosemary Adair | chairman of the bench
@c Priyanka Doshi | the council's environmental enforcement manager
@d Lewis Ashby | defending
@e - | the manager of Hillgate Stores
IN COURT: This week's cases from Dunmere Magistrates' Court
THEFT FROM CHARITY BOX
A man who stole a charity collection box from the counter of a fish and chip shop told magistrates he had been "⟦p:a|desperate⟧".
Kevin Sturridge, 37, of Foxglove Way, Dunmere, admitted theft of the box, which contained about £40 for Dunmere Hospice. "⟦d:a|I'm not proud of it. I'd not eaten for two days,⟧" he said.
Rosemary Adair, chairman of the bench, said: "⟦d:b|Of all the things to steal. That money was for people who are dying.⟧" He was given a 12-month conditional discharge and ordered to pay £40 compensation.
FLY-TIPPING FINE
Janice Rowe, 52, of Mill Street, Orford Bridge, was fined £660 after bags of her household waste were found dumped in a lay-by on the Ashgrove Road. She did not attend court.
Priyanka Doshi, the council's environmental enforcement manager, said: "⟦d:c|We found envelopes with her address in three of the bags. People think they won't be caught. They will.⟧"
STEAK SHOPLIFTER
Darren Kiely, 29, of no fixed address, admitted stealing £212 worth of steak and lamb from Hillgate Stores in Market Street on four occasions.
Lewis Ashby, defending, said Kiely had been selling the meat to fund a drug habit but had since started treatment. "⟦d:d|He is genuinely trying. This is the first time in years he has engaged with services,⟧" Mr Ashby said.
In a statement read to the court, the manager of Hillgate Stores said staff had been left "⟦p:e|frightened and fed up⟧". Kiely was given a 12-week suspended sentence.

### 039
@a Wayne Tolley | the dad-of-three
@b Keith Amberley | a retired postmaster
@c Beverley Osei | Judge
@d - | A woman in the public gallery
A ROAD rage thug screamed abuse at a judge as he was jailed for dragging a pensioner from his car and punching him in the face.
Wayne Tolley, 42, attacked Keith Amberley, 67, a retired postmaster, after the pensioner beeped his horn at him at a roundabout in Sandridge.
Dashcam footage played at Sandridge Crown Court showed Tolley yanking open the door of Mr Amberley's hatchback and bellowing: “⟦d:a|Beep at me again, old man. Go on.⟧”
Mr Amberley suffered a fractured eye socket. In a statement, he said: “⟦d:b|I only beeped because he'd pulled out in front of me. I've been driving 50 years. I don't drive at night any more. I don't really drive at all.⟧”
Jailing Tolley for 28 months, Judge Beverley Osei said: “⟦d:c|You behaved like a bully, and like most bullies you chose a victim who could not fight back.⟧”
As he was led away, the dad-of-three yelled: “⟦d:a|This is a joke! He started it!⟧”
A woman in the public gallery shouted “⟦d:d|Love you, Wayne!⟧” as the dock door closed.
Judge Osei replied calmly: “⟦d:c|Take him down, please.⟧”

### 040
@a Gerald Pennyfeather | The former housing minister
@b Anselm Whitcombe | counsel to the inquiry
@c Harcastle | The inquiry's chairman
@d - | the briefing note
@e - | his own private secretary
@f - | One woman
The former housing minister Gerald Pennyfeather told the Brindle House inquiry on Monday that he was “⟦p:a|never once⟧” shown the fire test results his officials had received eight months before the fire.
Questioned by Anselm Whitcombe KC, counsel to the inquiry, he said the briefing note he received in March 2019 had described the results as “⟦p:d|broadly reassuring⟧”.
“⟦d:b|Did you ask to see the underlying data?⟧” Mr Whitcombe asked.
“⟦d:a|No. I had no reason to. I was told the position was broadly reassuring, and I trusted my officials,⟧” Mr Pennyfeather said.
“⟦d:b|You were told a cladding panel had failed in eleven minutes. Is that broadly reassuring?⟧”
“⟦d:a|I was not told that. If I had been told that, I would have acted.⟧”
Mr Whitcombe then showed him an email from his own private secretary, which read: “⟦d:e|Minister has seen test summary, content to proceed as planned.⟧”
Mr Pennyfeather said he had no recollection of the email. “⟦d:a|I saw hundreds of documents a week. I can only tell you what I remember, and I don't remember that,⟧” he said.
The inquiry's chairman, Lord Harcastle, intervened. “⟦d:c|Do you accept any personal responsibility for what happened?⟧” he asked.
After a long pause, Mr Pennyfeather replied: “⟦d:a|I accept that the system I was in charge of failed. I will always carry that.⟧”
Relatives of the 14 people who died shook their heads. One woman said “⟦d:f|Shame⟧” under her breath.

### 041
@a Hussein Al-Amiri | representing 23 bereaved families
@b Caroline Mbatha | for the Eastmere Ambulance Service
@c Lucia Ferreira | -
@d Malcolm Tresize | The inquiry chairman
A lawyer for bereaved families has told the Harbour Bowl inquiry that the deaths of 11 young people in a crowd crush were "⟦p:a|entirely foreseeable and entirely preventable⟧".
Hussein Al-Amiri KC, representing 23 bereaved families, said in his closing statement that the venue's operators had ignored repeated warnings about the northern gate.
"⟦d:a|Three separate reports identified that gate as a pinch point. Three times the same decision was taken: to do nothing, because doing something would cost money,⟧" he said.
"⟦d:a|These young people did not die because of bad luck. They died because of choices.⟧"
Caroline Mbatha KC, for the Eastmere Ambulance Service, acknowledged that the first paramedics had taken 34 minutes to reach the gate. "⟦d:b|The service does not seek to minimise that delay, and it apologises unreservedly to the families for it,⟧" she said.
Lucia Ferreira, whose daughter Ana died at the gate, sat in the front row holding a photograph. Speaking outside, she said: "⟦d:c|We have listened for 14 months. Now we want them to listen to us. We want someone to say the word 'sorry' and mean it.⟧"
The inquiry chairman, Sir Malcolm Tresize, said he expected to publish his report next year. "⟦d:d|I am acutely conscious that the families have waited a very long time for answers,⟧" he said.

### 042
@a Agnieszka Nowak | one of 40 tenants who brought the case
@b Stanhope Residential | the landlord
@c Mairead Connolly | Tribunal Judge
@d Desmond Achebe | chair of the residents' association
Tenants in a Harbourside tower block have won a challenge to service charges that rose by 140 per cent in a single year, after a tribunal found the bills were ``⟦p:c|neither reasonable nor properly explained⟧''.
The Residential Property Tribunal ruled in favour of leaseholders at Marlin House, a 16-storey block overlooking the marina.
Agnieszka Nowak, one of 40 tenants who brought the case, said her bill had risen from £1,900 to £4,560. ``⟦d:a|Nobody could tell us what it was for. We asked for invoices and got a spreadsheet with one line on it,⟧'' she said.
Desmond Achebe, chair of the residents' association, said: ``⟦d:d|People here are nurses, bus drivers, pensioners. An extra £2,600 a year is the difference between heating and eating.⟧''
Stanhope Residential, the landlord, told the tribunal that the increases reflected ``⟦p:b|unavoidable rises in insurance and energy costs⟧''.
In her decision, Tribunal Judge Mairead Connolly said: ``⟦d:c|The landlord has produced no evidence that it tested the market for insurance, or that it considered the impact on leaseholders of passing on the entire increase in a single year.⟧''
The tribunal reduced the charges by an average of £1,700 per flat. Stanhope Residential said it was ``⟦p:b|considering the decision⟧''.
``⟦d:a|We're not celebrating yet. We'll celebrate when the refunds arrive,⟧'' Ms Nowak said.

### 043
@a Kenroy Baptiste | -
@b Chantelle Obi | His partner
@c Rachel Ferreira-Holt | Upper Tribunal Judge
@d - | A Border Agency spokesperson
A father of two who faced deportation after serving a prison sentence for drug dealing has won his appeal, after a judge found that removing him would be “⟦p:c|unduly harsh⟧” on his children.
Kenroy Baptiste, 38, has lived in the country since he was six. He was jailed for three years in 2019 and has since completed a painting and decorating apprenticeship.
His partner, Chantelle Obi, told the Upper Tribunal that their son, who is autistic, had stopped speaking for weeks while his father was in immigration detention.
“⟦d:b|He'd sit by the front door with his shoes on. Every day. He thought if he was ready, Daddy would come and get him,⟧” she said.
Giving evidence, Mr Baptiste said he had not been back to the island of his birth since he was a child. “⟦d:a|I don't know anybody there. I don't know where I'd sleep. Everything I am is here,⟧” he said.
Upper Tribunal Judge Rachel Ferreira-Holt said she had placed “⟦p:c|significant weight⟧” on an independent social worker's report.
“⟦d:c|I do not underestimate the seriousness of the appellant's offending. But the evidence about the effect of his removal on his son is compelling and largely unchallenged,⟧” she wrote.
A Border Agency spokesperson said: “⟦d:d|We are disappointed by the tribunal's decision and are considering our options.⟧”

### 044
@a Daniel Muir | Lance Corporal
@b Fiona McAteer | Judge Advocate
@c Harriet Lyle | prosecuting
@d Callum Reid | Private
A lance corporal who made a teenage recruit stand in a freezing river for 40 minutes as "⟦s:-|punishment⟧" for a dirty rifle has been demoted and jailed for 90 days.
Lance Corporal Daniel Muir, 24, was convicted at the Military Court Centre in Catterbridge of ill-treating a subordinate during an exercise on the Carn Ddu ranges in January.
Private Callum Reid, 19, told the court: "⟦d:d|I couldn't feel my legs after ten minutes. I kept asking if I could get out and he kept saying, 'When I say so.'⟧"
"⟦d:d|I'd only been in the battalion three weeks. I didn't think I could say no.⟧"
Major Harriet Lyle, prosecuting, said the incident had been filmed by another soldier and shared in a group chat called "⟦s:-|Muir's Muppets⟧". "⟦d:c|This was not discipline. It was humiliation, recorded for entertainment,⟧" she said.
Muir told the court he had been "⟦p:a|trying to toughen him up⟧". "⟦d:a|That's how I was treated when I joined. I thought that was normal. I know now it isn't,⟧" he said.
Sentencing him, Judge Advocate Fiona McAteer said: "⟦d:b|The army depends on trust between ranks. You abused the authority you had been given over a young soldier who looked to you for leadership.⟧"

### 045
@a Vellmore Chemicals | -
@b - | a spokeswoman
@c Rashida Patel | Judge
@d Owen Cathcart | for the Rivers and Land Agency
@e Bryn Hollings | secretary of the Tarrow Anglers' Club
A chemical manufacturer has been fined £1.8 million after a toxic spill from its plant killed an estimated 40,000 fish along nine miles of the River Tarrow.
Vellmore Chemicals admitted three environmental offences at Ashcombe Crown Court relating to the discharge of ammonia-rich waste in August 2022.
Owen Cathcart, for the Rivers and Land Agency, said a faulty valve had been reported to managers “⟦p:d|at least six times⟧” before it failed. “⟦d:d|This was not a freak accident. It was a failure that the company knew about and chose not to fix,⟧” he said.
Bryn Hollings, secretary of the Tarrow Anglers' Club, said in a victim statement: “⟦d:e|I've fished that river for 50 years. I walked the bank the morning after and the water was white with dead fish. Grown men were crying.⟧”
Judge Rashida Patel said the company's culpability was “⟦p:c|high⟧”. “⟦d:c|The river will recover, the experts tell me, but it will take years, and those who love it have lost something they will not get back,⟧” she said.
In a statement, Vellmore Chemicals said it “⟦p:a|deeply regrets⟧” the incident and had spent £3 million on new equipment. “⟦d:b|We are committed to ensuring nothing like this ever happens again,⟧” a spokeswoman said.

### 046
@a Stuart Lomond | director of Lomond Build Ltd
@b Niamh Kearney | his widow
@c Adebayo Ogunleye | Recorder
@d Harriet Crossfield | an inspector with the Workplace Safety Executive
A building firm director has been given a suspended prison sentence after a scaffolder fell 11 metres to his death from a roof with no edge protection.
Patrick Kearney, 36, a father of three, died at a housing development in Glenmoor in March 2022.
Stuart Lomond, director of Lomond Build Ltd, admitted failing to ensure the safety of workers. The company was fined £450,000.
In a statement read to Glenmoor Crown Court, his widow, Niamh Kearney, said: "⟦d:b|Paddy went to work and never came home. Our youngest was four months old. She will never know his voice.⟧"
"⟦d:b|I have been told again and again that this could have been prevented with a few hundred pounds' worth of guard rails. I cannot understand how a man's life was worth less than that.⟧"
Harriet Crossfield, an inspector with the Workplace Safety Executive, said: "⟦d:d|Falls from height remain one of the biggest killers in construction. The measures needed are simple and well known.⟧"
Lomond told the court through his barrister that he would "⟦p:a|never forgive himself⟧".
Recorder Adebayo Ogunleye sentenced him to 16 months, suspended for two years. "⟦d:c|Nothing I do today can reflect the value of Mr Kearney's life. That is not what a sentence is for,⟧" he said.

### 047
@a - | One former pupil
@b Lionel Ashcroft | a former housemaster at Hallam Priory School
@c Joanna Whitlock | prosecuting
@d Marcus Delaney | Another former pupil
@e Hugh Sandeman | defending
Lionel Ashcroft, 84, a former housemaster at Hallam Priory School, denies 14 counts of assault occasioning actual bodily harm and child cruelty against boys in his care between 1972 and 1985.
Opening the case at Hallam Crown Court, Joanna Whitlock, prosecuting, told jurors the boarding house had been run on “⟦p:c|fear and silence⟧”.
One former pupil, now 58, said he had been beaten with a cricket bat on at least six occasions. “⟦d:a|He called it ‘the lesson’. You'd be sent to his study after lights out and you'd hear the others waiting outside,⟧” the man, who cannot be identified, told the court.
“⟦d:a|I didn't tell my parents. They were paying for it. I thought that meant it was allowed.⟧”
Another former pupil, Marcus Delaney, who has waived his right to anonymity, said Ashcroft had once told him: “⟦d:b|Boys like you need breaking, Delaney.⟧”
“⟦d:d|I was eleven. I believed him,⟧” Mr Delaney said.
Hugh Sandeman KC, defending, suggested that memories of events half a century ago could be “⟦p:e|unreliable and coloured by later events⟧”.
“⟦d:e|Is it possible, Mr Delaney, that you have merged several different teachers into one?⟧” he asked.
“⟦d:d|No. There was only one of him,⟧” Mr Delaney replied.
Ashcroft, who attended court with a walking stick, denies all the charges. The trial continues.

### 048
@a Farrant | the judge
@b Stacey Thornton | Her mother
@c Northvale Hospitals Trust | -
@d Rebecca Hirst | the family's solicitor
A nine-year-old girl left with cerebral palsy after failings during her birth is to receive a settlement worth £18 million, after the High Court approved a deal with the hospital trust responsible.
Ellie-May Thornton was starved of oxygen for 23 minutes at Northvale General Hospital in 2015 after staff failed to act on abnormal heart-rate readings. Northvale Hospitals Trust admitted liability in 2021.
Approving the settlement, Mr Justice Farrant paid tribute to Ellie-May's family. "⟦d:a|I have read about a girl who loves music, who laughs at her brothers' jokes and who has faced more in nine years than most people face in a lifetime,⟧" the judge said.
"⟦d:a|Her parents' devotion to her shines through every page of the evidence.⟧"
Her mother, Stacey Thornton, said outside court: "⟦d:b|No amount of money will give Ellie-May back what she lost that night. But it means she will have the care she needs for the rest of her life, and that we don't have to lie awake worrying about what happens to her when we're gone.⟧"
Rebecca Hirst, the family's solicitor, said the case was "⟦p:d|sadly not unique⟧". "⟦d:d|The same failures in monitoring come up again and again,⟧" she said.
In a statement, Northvale Hospitals Trust said: "⟦d:c|We are deeply sorry for the failings in Ellie-May's care and we have made significant changes to our maternity services since 2015.⟧"

### 049
@a Adeyinka | the judge
@b Save Kelmscott Libraries | the campaign group
@c Beatrice Onwuachi | a retired librarian
@d Martin Rusk | Council leader
Campaigners cheered outside the High Court on Tuesday after a judge ruled that a council's decision to close nine of its 14 libraries was unlawful.
Beatrice Onwuachi, a retired librarian, brought the claim on behalf of the campaign group Save Kelmscott Libraries.
Mrs Justice Adeyinka found that Kelmscott Borough Council had failed to properly consult disabled and elderly residents before approving the closures in February.
“⟦d:a|The consultation document did not tell consultees which libraries were proposed for closure until the final two weeks of a twelve-week period. That is not a consultation in any meaningful sense,⟧” the judge said in her ruling.
Outside court, supporters held placards reading “⟦s:-|Books not budgets⟧” and sang.
“⟦d:c|We knew we were right. We just didn't know if anyone would listen,⟧” Ms Onwuachi said. “⟦d:c|Today somebody did.⟧”
Save Kelmscott Libraries said on social media: “⟦d:b|The doors stay open. Thank you to everyone who gave a fiver.⟧”
Council leader Martin Rusk said the council would “⟦p:d|reflect carefully⟧” on the judgment. “⟦d:d|We have lost 40 per cent of our funding in a decade. The pressures that led to this decision have not gone away,⟧” he said.

### 050
@a Matthias Weber | Jonas's father
@b Morag Sinclair | Sheriff
@c Euan Macrae | a volunteer with Glen Corran Mountain Rescue Team
@d Lena Hoffmann | His partner
A young German hillwalker who died of hypothermia on Ben Corran had checked a weather app that morning which forecast «⟦s:-|sunny intervals⟧», a fatal accident inquiry has heard.
Jonas Weber, 22, a student from Altenbruck, died in October after becoming separated from his partner near the summit ridge in a sudden storm.
His partner, Lena Hoffmann, who was rescued with frostbite, gave evidence by video link. «⟦d:d|We thought it was an easy mountain. The path at the bottom was so wide. Then the cloud came down and I could not see my own hand,⟧» she said.
She said she had shouted his name «⟦p:d|again and again⟧». «⟦d:d|I heard him once, and then never again.⟧»
Euan Macrae, a volunteer with Glen Corran Mountain Rescue Team, said Jonas had been found 400 metres from the path, wearing trainers and «⟦p:c|nothing more than a summer jacket⟧».
«⟦d:c|The forecast for the summit that day was for winds of 70 miles an hour. The problem is that the forecast people look at is often for the town, not for the top,⟧» he said.
Jonas's father, Matthias Weber, spoke briefly in German through an interpreter: «⟦d:a|Wir wollen nur, dass so etwas nie wieder passiert⟧» – «⟦d:a|We only want this never to happen again⟧».
Sheriff Morag Sinclair said she would issue her determination in writing. «⟦d:b|I want to express the court's sympathy to Jonas's family, who have travelled a long way to be here,⟧» she said.

### 051
@a Chan Wai-lun | The restaurant's owner
@b Raymond Ho Siu-fai | -
@c Amelia Okwuosa | prosecuting
@d Henry Lau | a delivery rider who was passing
A former chef set fire to the restaurant where he had been sacked days earlier, leaving a family asleep in the flat above with "⟦p:a|seconds to spare⟧", a court heard.
Raymond Ho Siu-fai, 38, denies arson with intent to endanger life at the Golden Lotus in Fenbridge in November.
Amelia Okwuosa, prosecuting, told jurors at Fenbridge Crown Court that CCTV showed a man in a motorcycle helmet pouring liquid through the letterbox at 2.12am. "⟦d:c|The Crown says that man was the defendant, and that he knew full well that the owner's family were sleeping upstairs,⟧" she said.
The restaurant's owner, Chan Wai-lun, 53, giving evidence through a Cantonese interpreter, said: "⟦d:a|My daughter woke me. She said, 'Baba, something is burning.' We went down the back stairs with wet towels on our heads. We had seconds to spare.⟧"
He said Ho had left the restaurant after an argument about missing stock. "⟦d:a|He said to me, 'You will be sorry.' I thought it was just angry talk.⟧"
Henry Lau, a delivery rider who was passing, said he banged on the door of the flat. "⟦d:d|I could see the flames through the glass. I just kept shouting 'fire, fire' until the lights went on upstairs,⟧" he told the jury.
Ho told police in interview: "⟦d:b|I was at home. I don't even have a motorbike.⟧"
The trial continues.

### 052
@a Fatima Zahra Benali | a cyber security expert called by the prosecution
@b Oscar Lindgren-Shaw | the teenager
@c Gideon Mensah | prosecuting
@d Hattie Blomqvist | defending
A 19-year-old accused of crippling a university's computer systems with ransomware told a jury he had only been “⟦p:b|testing the locks⟧” and never meant to demand money.
Oscar Lindgren-Shaw, from Trentvale, denies unauthorised acts with intent to impair the operation of a computer, and blackmail.
Gideon Mensah, prosecuting, said a message left on the university's servers had read: “⟦d:-|Your files are safe with us. For now.⟧”
Dr Fatima Zahra Benali, a cyber security expert called by the prosecution, said the attack had been traced to a laptop found in the defendant's bedroom. “⟦d:a|The code contained comments written in the same distinctive style as posts on a forum account registered to the defendant's email address,⟧” she said.
Cross-examined by Hattie Blomqvist, defending, she accepted that another person could in theory have used the laptop. “⟦d:d|In theory, or in practice?⟧” Ms Blomqvist asked. “⟦d:a|In theory,⟧” Dr Benali replied.
Giving evidence, the teenager said: “⟦d:b|I found a gap in their system and I wanted to see how far it went. I didn't write that message. I didn't ask anyone for anything.⟧”
“⟦d:c|You've told the jury you were testing the locks. Who asked you to test them?⟧” Mr Mensah asked.
“⟦d:b|Nobody. I know I shouldn't have,⟧” he said. “⟦d:b|I didn't report it because I knew I'd get in trouble for finding it.⟧”
The trial continues.

### 053
@a Osterley | The judge
@b Dermot Keane | Skipper
@c Sinead O'Hare | -
@d - | someone at the back of the court
@e Maritime Accident Board | -
Live: Coldwater Bay ferry skipper sentenced
10:02 - The judge, Mr Justice Osterley, has entered court and the hearing has begun.
10:05 - Skipper Dermot Keane, 61, is in the dock wearing a dark suit. He was convicted last month of the manslaughter by gross negligence of four passengers who died when the Saint Brendan capsized in March 2023.
10:14 - Sinead O'Hare, whose husband Liam was among the dead, is reading her victim personal statement. "⟦d:c|Liam texted me from the boat to say the sea was rough and he loved me. That was the last thing he ever said to me,⟧" she says.
10:16 - "⟦d:c|I have read that text a thousand times. I can't delete it and I can't bear to read it again.⟧"
10:22 - Keane's barrister asked if he wished to say anything. Standing, he said only: "⟦d:b|I'm sorry. I'm so sorry.⟧"
10:31 - The judge is now addressing Keane directly. "⟦d:a|You were warned by the harbourmaster that conditions were unsafe. You chose to sail because you did not want to lose a day's takings,⟧" he says.
10:48 - "⟦d:a|Stand up, Mr Keane. The sentence is one of eight years' imprisonment,⟧" the judge says.
10:50 - Someone at the back of the court has shouted "⟦d:d|Not long enough!⟧" and been asked to leave.
11:10 - The Maritime Accident Board, which investigated the sinking, says it "⟦p:e|welcomes the conclusion of the criminal proceedings⟧". "⟦d:e|Our recommendations on weather limits for small passenger vessels must now be implemented in full,⟧" it said in a statement.

### 054
@a Ruth Abernethy-Sowande | the senior coroner for Wyre Vale
@b Gethin Price | her coroner's officer for 15 years
@c - | One mother
Ruth Abernethy-Sowande, the senior coroner for Wyre Vale, keeps a box under her desk that she calls “⟦s:-|the thank-yous⟧”.
It holds 22 years of cards and letters from bereaved families. She retires at the end of the month, and she has read every one of them at least twice.
“⟦d:a:m|People imagine this job is about death. It isn't, really. It's about the hour after the worst hour of somebody's life, and what the state does in that hour. Whether it's kind. Whether it listens.⟧
“⟦d:a|I have got that wrong sometimes. I hope not often.⟧”
“⟦d:-|Which cases do you still think about?⟧” I asked.
“⟦d:a|How long have you got?⟧” she said.
Gethin Price, her coroner's officer for 15 years, says she is famous in the building for one habit. “⟦d:b|She goes to the family room before every inquest. Every single one. Even the ones that are listed for ten minutes,⟧” he says. “⟦d:b|Other coroners think she's mad. The families don't.⟧”
One mother, whose son's inquest Abernethy-Sowande heard in 2011, wrote to her afterwards. The letter, which she keeps at the top of the box, says: “⟦d:c|You said his name every time. Not ‘the deceased’. His name. I will never forget that.⟧”
Abernethy-Sowande reads it aloud, then folds it carefully. “⟦d:a|That's the job, really,⟧” she says. “⟦d:a|Say their name.⟧”

### 055
@a Losana Vaipulu | Chief Justice
@b Viliami Taufa | the former minister
@c Mele Fonua | Crown counsel
@d Ana Latu | a fisherwoman from the island of Ha'eva
VAIMALO, Sept 3 (Pacific Wire) - A former fisheries minister was jailed for four years on Tuesday for taking bribes from a foreign fishing company in exchange for licences to fish in waters reserved for local communities.
Viliami Taufa, 63, who held the fisheries portfolio from 2016 to 2021, was found guilty in July of three counts of bribery and one of abuse of office.
Chief Justice Losana Vaipulu told the Supreme Court in Vaimalo that Taufa had "⟦p:a|sold the sea⟧" that coastal villages depended on. "⟦d:a|Public office is a trust held for the people. The accused treated it as a shop,⟧" she said.
Crown counsel Mele Fonua had asked for a sentence of at least five years, saying the payments, totalling 1.2 million dollars, had been hidden in a relative's account.
Ana Latu, a fisherwoman from the island of Ha'eva, said in a statement read to the court: "⟦d:d|The big boats came at night with their lights off. By the time the sun came up the reef was empty. My grandchildren have never seen the fish I grew up with.⟧"
Taufa, who had maintained his innocence throughout, addressed the court before sentence. "⟦d:b|I have served my country for forty years. I accept the court's decision, but I will go to my grave saying I did not do this for money,⟧" the former minister said.
Outside, Ms Fonua told reporters the sentence sent "⟦p:c|a clear message⟧". "⟦d:c|No one is above the law in this country. Not a minister, not anyone,⟧" she said.

### 056
@a Comfort Asare | a senior staff nurse at Riverside Community Hospital
@b Lindsay Keogh | the hospital's former medical director
@c Hamza Qadri | Employment Judge
@d Riverside Healthcare Trust | -
A nurse who warned managers that patients on a stroke ward were being left in soiled sheets for hours was bullied out of her job, an employment tribunal has ruled.
Comfort Asare, a senior staff nurse at Riverside Community Hospital, raised concerns on at least nine occasions between 2020 and 2022. She was then moved to permanent night shifts and made the subject of a disciplinary investigation that the tribunal described as ``⟦p:c|a pretext⟧''.
``⟦d:a|I wasn't trying to get anyone into trouble. I was trying to get patients cleaned,⟧'' Ms Asare told the tribunal. ``⟦d:a|After the third email, people stopped speaking to me in the corridor.⟧''
Dr Lindsay Keogh, the hospital's former medical director, said she had taken the concerns ``⟦p:b|extremely seriously⟧''. Asked why no action plan had been drawn up, she said: ``⟦d:b|With hindsight, I accept that it should have been.⟧''
In his judgment, Employment Judge Hamza Qadri said: ``⟦d:c|We found the claimant to be a careful, measured and wholly credible witness. The same cannot be said of all of the respondent's witnesses.⟧''
Riverside Healthcare Trust said it accepted the ruling and had ``⟦p:d|commissioned an independent review of its speaking-up arrangements⟧''.

### 057
@a Ruaridh Fraser | Gamekeeper
@b Tariq Hussain | District Judge
@c Joel Penhaligon | an investigations officer with the Raptor Protection Society
@d - | A spokesman for the Broughdale estate
A gamekeeper who laced rabbit carcasses with a banned pesticide, killing two red kites and a buzzard, has been given a 20-week suspended prison sentence.
Gamekeeper Ruaridh Fraser, 46, who worked on the Broughdale estate in the Helm Dales, admitted five wildlife offences at Skelby Magistrates' Court.
Joel Penhaligon, an investigations officer with the Raptor Protection Society, said covert cameras had filmed Fraser laying the bait. “⟦d:c|We have footage of him doing it, in daylight, whistling. He clearly didn't think he'd ever be caught,⟧” he said.
Fraser told the court he had been under “⟦p:a|enormous pressure⟧” to produce grouse for shooting parties. “⟦d:a|I'm not blaming anybody else. I did it. But it's a culture, and I was part of it,⟧” he said.
District Judge Tariq Hussain said: “⟦d:b|These birds were killed in a slow and painful way. There is no place for this kind of offending in the modern countryside, whatever the commercial pressures.⟧”
A spokesman for the Broughdale estate said Fraser had been dismissed and that the estate had “⟦p:d|no knowledge⟧” of his activities. “⟦d:d|We condemn raptor persecution in the strongest terms,⟧” he said.

### 058
@a - | the three judges
@b Yolanda Richards | His mother
@c Jerome Richards | -
@d Fiona Gallacher | his solicitor
@e - | a prosecution witness
@f Martin Dunne | Ashley Dunne's father
A man jailed for life for a gang-related shooting has lost his appeal against conviction, after senior judges rejected a witness's claim that she had been pressured into identifying him.
Jerome Richards, 27, was convicted in 2020 of murdering Ashley Dunne, 19, outside a nightclub in Carver's Cross.
His appeal was based on a new statement from a prosecution witness who said she had been "⟦p:e|pushed into it by police⟧".
In a written judgment, the three judges said they found her new account "⟦p:a|inconsistent and wholly unconvincing⟧". "⟦d:a|We have no doubt that the conviction is safe,⟧" they said.
His mother, Yolanda Richards, who has campaigned for his release, said outside court: "⟦d:b|I know my son. He was at home with me that night. I will keep fighting until I have no breath left.⟧"
In a statement read by his solicitor, Fiona Gallacher, Richards said: "⟦d:c|I didn't do this. I will keep telling anyone who will listen until someone does.⟧"
Ms Gallacher said the legal team would consider "⟦p:d|all remaining options⟧", including an application to the Case Review Board.
Ashley Dunne's father, Martin Dunne, said: "⟦d:f|Every appeal rips the wound open again. We just want this to be over.⟧"

### 059
@a HN41 | The officer
@b Imogen Takahashi | counsel to the inquiry
@c Bethany Kowalczyk | an environmental activist who had a two-year relationship with him
@d Desmond Ruthven | The chairman of the inquiry
A former undercover officer who spent four years living among environmental campaigners admitted on Thursday that his relationship with one of them was “⟦p:a|a gross intrusion⟧” into her life.
The officer, known to the inquiry only as HN41, gave evidence from behind a screen. He was deployed in the campaign group Tideline between 1998 and 2002.
Imogen Takahashi, counsel to the inquiry, asked whether his superiors had known about the relationship.
“⟦d:b|Did you tell your handler that you were in an intimate relationship with a member of the group?⟧”
“⟦d:a|I believe they knew. I didn't sit down and tell them in those words. But they knew where I was sleeping,⟧” HN41 said.
“⟦d:b|And no one told you to end it?⟧”
“⟦d:a|No one told me to end it.⟧”
Internal reports shown to the inquiry referred to members of the group as “⟦p:-|targets of opportunity⟧”.
Bethany Kowalczyk, an environmental activist who had a two-year relationship with him, watched from the public gallery. She later said: “⟦d:c|He says ‘intrusion’. It was not an intrusion. It was two years of my life built on a lie, approved by the state.⟧”
The chairman of the inquiry, Sir Desmond Ruthven, adjourned the hearing briefly after Ms Kowalczyk left the room in tears. “⟦d:d|We will take fifteen minutes,⟧” he said.

### 060
@a Kimberley Vance-Doyle | the 31-year-old
@b Hamish Caldwell | Judge
@c Tara Merriman | Her former best friend
@d Lee Sampson | her fiancé
@e Dimitri Papadakis | Prosecutor
A BRIDE-to-be who faked cancer to con friends and strangers into paying for her £40,000 dream wedding has been jailed for two years.
Kimberley Vance-Doyle, 31, shaved her head and set up an online appeal called “⟦s:-|Kim's Last Dance⟧”, telling donors she had months to live.
Prosecutor Dimitri Papadakis told Wrexford Crown Court she raised £38,600 from more than 900 donors. “⟦d:e|Every word of it was a lie. She was never ill, she was never in hospital, and the only thing she was fighting was the truth,⟧” he said.
Her former best friend, Tara Merriman, 30, who organised a charity fun run for her, said in a statement: “⟦d:c|I held her hand in the car park of a hospital she'd never even been inside. I cried for her. I'd have given her a kidney.⟧”
Vance-Doyle sobbed in the dock as she was sentenced. “⟦d:a|I'm sorry, I'm so sorry,⟧” the 31-year-old wailed.
Judge Hamish Caldwell told her: “⟦d:b|You exploited the kindness of hundreds of people and made a mockery of those who really do face that terrible illness.⟧”
As she was led down, her fiancé, Lee Sampson, stood up in the public gallery and shouted: “⟦d:d|I'll wait for you, Kim!⟧”
Outside court, Ms Merriman said: “⟦d:c|Two years. She'll be out in one. We're the ones who have to live with it.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh83.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh83",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
