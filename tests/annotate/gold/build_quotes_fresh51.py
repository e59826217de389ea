# ruff: noqa: E501
"""Build ``quotes_fresh51.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts and
inquiries: criminal trials with examination and cross-examination, inquests, public
inquiries, employment and immigration tribunals, sentencing remarks, appeals, and
court reports written the way regional papers and wire services write them.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh51-NNN``.

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

* A statement read out on someone's behalf (a victim impact statement read by the
  prosecutor, a family statement read by a solicitor or relative) belongs to its
  author, not to the reader.
* The UK court-report participles ``prosecuting``, ``defending`` and ``mitigating``
  standing as an appositive (``Harriet Vance, prosecuting, said``) are the
  description.
* In court dialogue without speech verbs, each turn is attributed to whoever a careful
  reader takes to be speaking (questioner and witness alternating as set up by the
  preceding paragraph).
* Words of a police interview, a text message or a letter read out in court by
  someone else belong to their original author (the inner-quote rule applies only
  where the reading is itself quoted as an outer quote).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh51.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh51.jsonl")

PASSAGES = """
### 001
@a Harriet Vance | prosecuting
@b Leanne Doherty | Mrs Fell's neighbour
@c Priya Lal | defending
@d Craig Manning | -
A jury at Carlisle Crown Court has heard how a pensioner was tied to a kitchen chair while two masked men ransacked her home in search of a safe that did not exist.
Craig Manning, 41, of Denton Holme, denies aggravated burglary. The trial is expected to last two weeks.
Opening the case on Monday, Harriet Vance, prosecuting, told jurors that the victim, 83-year-old Edna Fell, had been "⟦p:a|terrified for her life⟧" throughout the ordeal. "⟦d:a|She was asked again and again where the safe was. She told them, truthfully, that there was no safe,⟧" Ms Vance said.
Leanne Doherty, Mrs Fell's neighbour, said she had heard shouting at about 10pm. "⟦d:b|I thought it was the television at first. Edna has it on loud,⟧" she said. "⟦d:b|Then I heard a bang, like a door going, and I rang 999.⟧"
Cross-examined by Priya Lal, defending, Mrs Doherty accepted that she had not seen anyone's face.
"⟦d:c|You can't tell this jury who those men were, can you?⟧" Ms Lal asked.
"⟦d:b|No. I saw two people running, that's all,⟧" the witness replied.
Ms Vance told the jury that a balaclava recovered from a wheelie bin two streets away carried Mr Manning's DNA. "⟦d:a|The Crown's case is that he wore it that night,⟧" she said.
When he was interviewed by detectives, the court heard, Manning said: "⟦d:d|I've never been to that house in my life. Somebody's stitching me up.⟧"
The trial continues.

### 002
@a Alun Pritchard | senior coroner
@b Miriam Osei | a consultant pathologist
@c Catrin Hughes | his mother
@d Gethin Lloyd | the family's solicitor
A 19-year-old farm worker died when the quad bike he was riding overturned on a steep field above Cwm Eithin, an inquest has heard.
Dafydd Hughes, from Llanfarian Fach, was found trapped beneath the machine by a neighbour on the evening of 14 March last year.
Dr Miriam Osei, a consultant pathologist, told the hearing at Ruthin County Hall that he had died of traumatic asphyxia. “⟦d:b|The weight of the vehicle on his chest would have made breathing impossible within minutes,⟧” she said.
Asked by the coroner whether a helmet would have made any difference, Dr Osei said it would not. “⟦d:b|His head injuries were minor. It was the compression that killed him.⟧”
In a statement read to the court by the family's solicitor, Gethin Lloyd, his mother, Catrin Hughes, described her son as “⟦p:c|the lad who could fix anything⟧”.
“⟦d:c:m|Dafydd loved that farm. He was up before anyone else and he was the last one in at night, and he never once complained about the weather or the hours.⟧
“⟦d:c|We don't want any other family to get the knock on the door that we got.⟧”
Recording a conclusion of accidental death, senior coroner Alun Pritchard said the gradient of the field had been “⟦p:a|at or beyond the limit⟧” of what the vehicle was designed for.
“⟦d:a|I am satisfied that Dafydd was an experienced rider and that he was doing nothing reckless,⟧” he said. “⟦d:a|He was doing a job that thousands of young people do on hill farms every day.⟧”
Speaking outside, Mr Lloyd said the family welcomed the conclusion. “⟦d:d|They have always wanted answers rather than blame,⟧” he said.

### 003
@a Tobias Wren | counsel to the inquiry
@b Gillian Sharrow | the trust's former chief executive
@c Ursula Penhallow | The inquiry's chair
@d Larkmead Families Group | -
The former chief executive of a hospital trust where at least 30 babies may have died avoidably has told a public inquiry she was "⟦p:b|never once⟧" shown figures suggesting a problem on the maternity unit.
Gillian Sharrow, the trust's former chief executive, was questioned for more than five hours on Tuesday by Tobias Wren KC, counsel to the inquiry. Mr Wren took her to the minutes of a board meeting in March 2019 at which a midwife manager had raised concerns about staffing on night shifts.
"⟦d:a|You were at that meeting?⟧"
"⟦d:b|I was.⟧"
"⟦d:a|And the minutes record you saying, 'We will look at this in the new year.' Did you?⟧"
"⟦d:b|I asked for a review. I accept it did not happen as quickly as it should have.⟧"
"⟦d:a|It did not happen at all, did it, Mrs Sharrow?⟧"
There was a long pause before the witness answered. "⟦d:b|No. It did not.⟧"
Later Mrs Sharrow told the inquiry she had relied on assurances from her medical director, who has since died. "⟦d:b|I trusted the people around me. Perhaps I trusted them too much,⟧" she said.
The inquiry's chair, Dame Ursula Penhallow, then asked a question of her own. "⟦d:c|Did any member of the board ever go and see that unit at two o'clock in the morning?⟧"
"⟦d:b|Not that I can recall,⟧" Mrs Sharrow replied.
The Larkmead Families Group, which represents 41 families, said afterwards that the day's evidence had been "⟦p:d|painful to sit through⟧". "⟦d:d|We heard a great deal about reviews and very little about babies,⟧" it said.

### 004
@a Nadia Rahman | -
@b Simon Pettigrew | the company's HR director
@c Oliver Quist | counsel for Ms Rahman
@d Karen Ashdown | Employment Judge
@e Brightwell Health | -
A pharmacist who was sacked after raising concerns about dispensing errors was unfairly dismissed, an employment tribunal has ruled.
Nadia Rahman, 38, had worked for Brightwell Health for eleven years before she was dismissed in 2022 for what the company described as “⟦p:e|gross insubordination⟧”.
Giving evidence at the hearing in Bristol, Ms Rahman said she had been “⟦p:a|frozen out⟧” after emailing senior managers about near-misses at two branches. “⟦d:a|I wasn't trying to embarrass anyone. I was trying to stop a patient getting the wrong tablets,⟧” she told the tribunal.
Simon Pettigrew, the company's HR director, denied that her complaints had played any part in the decision. Cross-examined by Oliver Quist, counsel for Ms Rahman, he said: “⟦d:b|Her dismissal was about her conduct towards colleagues, full stop.⟧”
“⟦d:c|Then why does the first draft of the dismissal letter mention her emails?⟧” Mr Quist asked.
“⟦d:b|I don't accept that it does,⟧” Mr Pettigrew said.
In a written judgment, Employment Judge Karen Ashdown found the HR director's account “⟦p:d|unconvincing and, in places, simply untrue⟧”. “⟦d:d|I am satisfied that the principal reason for the dismissal was that the claimant had made protected disclosures,⟧” she wrote.
Brightwell Health said in a statement that it was “⟦p:e|disappointed⟧” and was considering an appeal. “⟦d:e|We take patient safety extremely seriously and always encourage our people to speak up,⟧” the statement said.
A remedy hearing will be held later this year.

### 005
@a RM | a former interpreter for coalition forces
@b Lucinda Farrow | the Home Office presenting officer
@c Hamid Qureshi | Upper Tribunal Judge
@d Eamon Gilligan | His barrister
A former interpreter for British forces in Afghanistan has won his appeal against a decision to refuse him asylum, after a judge found the Home Office had "⟦p:c|misread⟧" key evidence.
RM, a former interpreter for coalition forces, cannot be named for legal reasons. Speaking through an interpreter at Field House in London, he told the Upper Tribunal he had received repeated threats after returning to his home province in 2021.
"⟦d:a|They wrote my name on the wall of my father's shop. They said they would come for me,⟧" he said.
Asked how he felt now, he answered in Dari: "⟦d:a|Man har roz metarsam.⟧" The interpreter rendered it: "⟦d:a|I am afraid every day.⟧"
Lucinda Farrow, the Home Office presenting officer, suggested he had added details to his account over time. "⟦d:b|You did not mention the shop in your first interview, did you?⟧" she asked.
"⟦d:a|Nobody asked me about the shop,⟧" RM replied.
His barrister, Eamon Gilligan, told the tribunal: "⟦d:d|My client has done exactly what this country asked of him, and he has the scars to show for it.⟧"
Allowing the appeal, Upper Tribunal Judge Hamid Qureshi said the first-tier judge had been wrong to treat the omission as significant. "⟦d:c|The respondent's approach to the appellant's account was, with respect, unduly sceptical,⟧" the judge said.

### 006
@a Felicity Arkwright | Judge
@b Agnieszka Zielińska | his widow
@c Ben Coyle | prosecuting
@d Simone Abara | mitigating
@e Jordan Makepeace | -
A delivery driver who was watching videos on his phone when he struck and killed a cyclist has been jailed for six years.
Jordan Makepeace, 27, of Fenwick Road, Aldermoor, admitted causing death by dangerous driving at an earlier hearing.
Tomasz Zieliński, 52, was riding home from a night shift when the defendant's van hit him from behind on the A1290 in November.
In a victim impact statement read to Aldermoor Crown Court by Ben Coyle, prosecuting, his widow, Agnieszka Zielińska, said she still set a place for him at the table. "⟦d:b|I know he is not coming. My hands do it anyway,⟧" she wrote.
"⟦d:b|Our son was supposed to learn to ride a bike with his father this summer. Instead I am teaching him, and I do not know how.⟧"
Mr Coyle told the court that data from the defendant's phone showed he had been scrolling through a video app "⟦p:c|for the whole of the preceding minute⟧".
Simone Abara, mitigating, said her client was "⟦p:d|genuinely and profoundly⟧" remorseful. "⟦d:d|He does not ask for sympathy. He knows he does not deserve it,⟧" she said.
In a letter handed up to the court, Makepeace wrote: "⟦d:e|There is not a day when I don't think about what I did.⟧"
Sentencing him, Judge Felicity Arkwright said: "⟦d:a:m|You chose a video over the life of a man who was doing nothing more than going home to his family.⟧
"⟦d:a|No sentence I pass can reflect the value of that life. It is not meant to.⟧"
She also banned him from driving for eight years.

### 007
@a Okonkwo-Reid | the vice-president of the Court of Appeal's criminal division
@b Callum Brannigan | -
@c Shona Brannigan | his sister
@d Criminal Cases Review Commission | -
@e Crown Prosecution Service | -
A man who spent nine years in prison for a murder he has always said he did not commit has had his conviction quashed by the Court of Appeal.
Callum Brannigan, now 34, was found guilty in 2015 of killing taxi driver Iqbal Mirza in Dunmore. His case was referred back to the court by the Criminal Cases Review Commission after new analysis of cell-site data placed his phone more than four miles from the scene.
Lady Justice Okonkwo-Reid, the vice-president of the Court of Appeal's criminal division, said the fresh evidence “⟦p:a|strikes at the heart of the prosecution case⟧”.
“⟦d:a|Had the jury heard it, we cannot be confident that they would have convicted. The conviction is therefore unsafe and must be quashed,⟧” she said.
The court did not order a retrial.
Outside the Royal Courts of Justice, Mr Brannigan embraced his sister, Shona Brannigan, who has campaigned on his behalf since his arrest.
“⟦d:b|I've been saying the same thing since I was 25 years old. Today somebody finally listened,⟧” he said.
“⟦d:c|Nine years. They took nine years off him and they'll never give them back,⟧” his sister added.
The Criminal Cases Review Commission said the case showed why independent scrutiny mattered. “⟦d:d|Technology moves on, and the justice system has to be willing to look again,⟧” it said.
The Crown Prosecution Service said it “⟦p:e|respected the court's decision⟧” and had informed Mr Mirza's family.

### 008
@a Paul Whitcombe | Recorder
@b Neil Forde | Ashby's barrister
@c Lewis Amankwah | Detective Inspector
@d St Aldhelm's Hospice | -
A former charity treasurer who stole more than £240,000 from a hospice to fund an online gambling habit was jailed for four years on Friday.
Gwendolyn Ashby, 59, of Lower Prestwick, pleaded guilty to fraud by abuse of position. At Norbridge Crown Court, Recorder Paul Whitcombe told her: "⟦d:a|You betrayed people who trusted you absolutely, and you took money that was meant for the care of the dying.⟧"
Ashby's barrister, Neil Forde, said she had "⟦p:b|lost everything⟧", including her marriage and her home. "⟦d:b|She has not sought to hide behind her addiction,⟧" he said.
St Aldhelm's Hospice said in a statement: "⟦d:d|We are grateful to our supporters, who have stood by us through a very difficult time.⟧"
Speaking after the hearing, Detective Inspector Lewis Amankwah said: "⟦d:c|This was a calculated and prolonged fraud against an organisation that exists to help people at the end of their lives. We will now seek to recover every penny.⟧"

### 009
@a Dev Sandhu | prosecuting
@b Hannah Yeo | defending
@c Martin Gribble | -
@d Jean Tolley | Presiding magistrate
A former parish councillor was found asleep at the wheel of his car in the queue for a fast-food drive-through, with his engine running and a half-eaten kebab on his lap, magistrates heard.
Martin Gribble, 61, of Church Lane, Upper Hadley, pleaded guilty at Westmere Magistrates' Court to being in charge of a vehicle while over the limit.
Dev Sandhu, prosecuting, said staff called police at 1.40am on 2 February after Gribble failed to move forward for 15 minutes. "⟦d:a|Officers had to knock on the window several times before he woke,⟧" Mr Sandhu said. A breath test showed 71 micrograms of alcohol in 100 millilitres of breath, twice the legal limit.
Hannah Yeo, defending, said her client had intended to sleep in the car and had not planned to drive home. "⟦d:b|He accepts it was a foolish decision. He was not, on any view, driving anywhere,⟧" she said.
Gribble, who stood down from the parish council last month, addressed the bench himself. "⟦d:c|I've been on that council for twenty years telling people to behave themselves, and look at me,⟧" he said. "⟦d:c|I'm ashamed.⟧"
Presiding magistrate Jean Tolley fined him £640, ordered him to pay £85 costs and a £256 surcharge, and gave him ten penalty points. "⟦d:d|You are fortunate you did not put the car into gear,⟧" she told him.

### 010
@a Loïc Bérard | -
@b Étienne Dumoulin | the public prosecutor
@c Murielle Favre-Jaccoud | presiding judge
@d Henrike Vos | a Dutch tourist who survived the slide
A court in the Swiss town of Val-de-Roche has convicted a mountain guide of negligent homicide over an avalanche that killed two of his clients on the Col des Aiguillettes in February 2023.
Loïc Bérard, 46, was given a suspended sentence of 14 months. He had admitted leading the group on to the slope despite an avalanche warning of level four out of five.
On the first day of the trial he addressed the families directly. «⟦d:a|J'ai pris une mauvaise décision et je vivrai avec toute ma vie,⟧» he said («⟦d:a|I made a bad decision and I will live with it all my life⟧»).
The public prosecutor, Étienne Dumoulin, had asked for a custodial sentence. «⟦d:b|An experienced guide does not get to gamble with other people's lives because the snow looks good,⟧» he told the court.
Henrike Vos, a Dutch tourist who survived the slide, told the court she had asked Bérard twice whether the slope was safe. «⟦d:d|He said, 'Trust me, I know this mountain.' I did trust him,⟧» she said.
In her ruling, presiding judge Murielle Favre-Jaccoud said the guide had shown «⟦p:c|sincere remorse⟧» but had ignored «⟦p:c|every available warning⟧».
«⟦d:c|The mountain does not forgive, and neither, in this case, can the law,⟧» she said.
Bérard's lawyer said he would not appeal.

### 011
@a Rowena Castell | counsel to the inquiry
@b Derek Mold | the council's former chief executive
@c Alisha Fenwick-Boyd | a hydrologist commissioned by the inquiry
@d Ashwell Rivers Authority | -
@e - | an engineer
The former chief executive of Ashwell Vale council has admitted to the public inquiry into the 2023 floods that a warning about the Brennock culvert "⟦p:b|sat in an inbox⟧" for six weeks.
Derek Mold, the council's former chief executive, was giving evidence on the third day of hearings at the Guildhall in Ashwell. Eleven people died when the River Brennock burst its banks in October that year.
Rowena Castell, counsel to the inquiry, showed him an email from an engineer warning that the culvert was "⟦p:e|critically blocked⟧".
"⟦d:a|Did you read it?⟧" she asked.
"⟦d:b|Not at the time.⟧"
"⟦d:a|When?⟧"
"⟦d:b|After the flood. I'm not proud of that,⟧" he said.
The inquiry also heard from Dr Alisha Fenwick-Boyd, a hydrologist commissioned by the inquiry, who said clearing the culvert would have lowered the peak water level in the town centre "⟦p:c|by somewhere between 40 and 60 centimetres⟧".
"⟦d:c|That is not the difference between a flood and no flood,⟧" she said. "⟦d:c|But it may well have been the difference for the people in the basement flats on Mill Row.⟧"
Ms Castell asked whether she was confident in that estimate. "⟦d:c|As confident as the data allow,⟧" Dr Fenwick-Boyd replied.
The Ashwell Rivers Authority, which shares responsibility for the culvert, said it would give evidence next month. "⟦d:d|We are co-operating fully with the inquiry and it would be wrong to comment further,⟧" it said.

### 012
@a Kieran Doyle | -
@b Anthony Bellingham | prosecuting
@c Rupert Nash | defending
A man accused of murdering his former business partner told a jury he had "⟦p:a|panicked⟧" and thrown the body into a reservoir because he thought no one would believe it was an accident.
Kieran Doyle, 29, of Hollin Bank, denies murdering Liam Croft, 33, whose body was recovered from Greystone Reservoir in May. Questioned by Rupert Nash KC, defending, Doyle said the two men had argued about money in a lay-by on the evening of 6 May.
"⟦d:c|What happened next?⟧" Mr Nash asked.
"⟦d:a|He pushed me, and I pushed him back, and he went over. He hit his head on the kerb. He didn't move,⟧" Doyle said.
"⟦d:c|Why didn't you call an ambulance?⟧"
"⟦d:a|I don't know. I've asked myself that every day since.⟧"
Cross-examining him, Anthony Bellingham KC, prosecuting, suggested the account was a lie from start to finish.
"⟦d:b|You drove that man's body eleven miles, Mr Doyle. That is not panic. That is planning.⟧"
"⟦d:a|It wasn't like that.⟧"
"⟦d:b|You bought a tarpaulin the day before, didn't you?⟧"
Doyle said he had bought the tarpaulin for his allotment. "⟦d:a|You can check. It's still got the price on,⟧" he told the jury.
Mr Bellingham said the pathologist had found three separate injuries to the back of Mr Croft's head. "⟦d:b|One fall, Mr Doyle. Three injuries. How does that happen?⟧" he asked. Doyle did not answer.

### 013
@a Rukhsana Begum | Her mother
@b Imran Begum | Aisha's brother
@c Helen Cartwright | Detective Chief Inspector
@d Marcus Thorne | Judge
A man has been found guilty of murdering his former partner, a 26-year-old nursery teacher, at her flat in Eastgate.
Connor Whitlow, 31, had denied killing Aisha Begum-Hart, who was stabbed eleven times in September. A jury at Holmbury Crown Court convicted him after less than three hours of deliberation.
Her mother, Rukhsana Begum, said in a statement read outside court by Aisha's brother, Imran Begum: “⟦d:a|Aisha was our sunshine. She was kind to everyone, even to the man who took her from us.⟧”
“⟦d:a|We told her to be careful. She told us she was an adult and could look after herself. She should have been allowed to.⟧”
Mr Begum then spoke for himself. “⟦d:b|My sister asked for help four times. Four times,⟧” he said, holding up a photograph of her. “⟦d:b|Somebody needs to explain to us why nobody came.⟧”
Detective Chief Inspector Helen Cartwright, who led the investigation, said: “⟦d:c|Whitlow has never shown a shred of remorse. I hope today's verdict gives Aisha's family some small measure of comfort.⟧”
Judge Marcus Thorne adjourned sentencing until next month. “⟦d:d|There is only one sentence I can pass, and that is life imprisonment,⟧” he told Whitlow.
The force has referred itself to the police watchdog over its handling of Ms Begum-Hart's earlier calls.

### 014
@a Magda | a Polish interpreter who has worked in the courts of the north-east for 17 years
@b Simon Harrow | the resident judge at Tynebridge Crown Court
@c Association of Court Linguists | -
@d Joanna | Magda's colleague
Magda, a Polish interpreter who has worked in the courts of the north-east for 17 years, keeps a small notebook in her handbag with words she has had to learn on the job.
"⟦d:a|Tachograph. Affray. Bail in his own recognisance,⟧" she reads, smiling. "⟦d:a|Nobody teaches you these at university.⟧"
She sits beside defendants in the dock, whispering a running translation of everything said in court, sometimes for six hours at a time. It is, she says, "⟦p:a|the most tiring job I have ever done⟧".
Occasionally the people she interprets for forget who she is. One man, she recalls, turned to her halfway through his trial and asked whether she thought he would go to prison.
"⟦d:a|I said to him, 'Proszę pana, ja tylko tłumaczę.' Sir, I only translate. I am not your lawyer, I am not your friend. He was so disappointed.⟧"
Magda's colleague Joanna, who works mainly in Czech and Slovak, says the hardest cases are those involving children. "⟦d:d|You have to say the words exactly as they were said. You cannot soften them, even when you want to,⟧" she says.
Judge Simon Harrow, the resident judge at Tynebridge Crown Court, says trials would collapse without them. "⟦d:b|People do not notice interpreters until one does not turn up. Then a whole day is lost,⟧" he says.
The Association of Court Linguists says pay for the work has not risen since 2012. "⟦d:c|We are asking highly qualified people to do skilled work for less than they would earn stacking shelves,⟧" it said in a submission to the Ministry of Justice.
Magda says she will carry on for now. "⟦d:a|Somebody has to make sure they understand what is happening to them,⟧" she says.

### 015
@a Graham Oduya | the signaller on duty that night
@b Pete Harland | the route controller
@c Northern Permanent Way | -
The following is an edited extract from Tuesday's evidence to the Hartfield Rail Inquiry. Graham Oduya, the signaller on duty that night, was questioned by counsel to the inquiry, Frances Lyle KC.
Q: At 23.41 your log records "⟦p:a|line clear, Hartfield to Coombe⟧". Who told you the line was clear?
A: Nobody told me directly. The possession had been handed back on the system. I had no reason to think the engineers were still out there.
Q: Did you speak to anyone at route control?
A: I rang Pete Harland, the route controller. I told him, "⟦d:a|I've got a freight waiting and the possession's showing as closed.⟧" He said, "⟦d:b|Just get it moving, we're already behind.⟧"
Q: Did you ask him to confirm with the track team?
A: No. Looking back, I should have.
Q: You have seen the contractor's briefing sheet for that night?
A: I have. It says at the top "⟦s:-|Safety is everyone's business⟧". That's on every sheet.
The contractor, Northern Permanent Way, said in a written submission to the inquiry that its staff had followed the procedures in place at the time. "⟦d:c|We have since changed those procedures,⟧" it added.
Mr Harland is due to give evidence next week.

### 016
@a Stuart Mallory | a prison officer
@b Philippa Dunne | area coroner
@c Ryan Keogh | A second officer
@d - | A prison service source
@e Claudette Reece | His mother
An inquest jury has found that failures by staff at HMP Castlereigh contributed to the death of a 22-year-old man who was left unchecked in his cell for almost four hours.
Jamal Whitford-Reece was found unresponsive on the morning of 9 January last year. He had been on a self-harm monitoring plan since arriving at the prison a fortnight earlier.
Stuart Mallory, a prison officer, told the hearing that he had been responsible for 64 prisoners on the wing that night. ``⟦d:a|I was doing the best I could with what I had,⟧'' he said. ``⟦d:a|There should have been three of us. There was one.⟧''
He accepted that hourly checks recorded on the observation sheet had not taken place. Asked by area coroner Philippa Dunne why the sheet said they had, he replied: ``⟦d:a|I filled it in at the end of the shift. That's what everybody did.⟧''
``⟦d:b|Everybody?⟧'' the coroner asked.
``⟦d:a|Everybody I worked with, yes.⟧''
A second officer, Ryan Keogh, said the practice had been ``⟦p:c|normal⟧'' on the wing. ``⟦d:c|Nobody ever told us it was wrong until this happened,⟧'' Mr Keogh said.
A prison service source, speaking on condition of anonymity, said staffing at the jail had been ``⟦p:d|at breaking point for years⟧'' and that managers knew it.
Ms Dunne said she would write to the Ministry of Justice. ``⟦d:b|The evidence I have heard about the routine completion of records for checks that never happened is deeply troubling,⟧'' she said.
His mother, Claudette Reece, said outside the court that she had sat through every day of the hearing. ``⟦d:e|Jamal was sent there to be kept safe from himself. They wrote down that they were watching him, and they weren't,⟧'' she said.

### 017
@a Dale Whitacre | a Republican state senator from Pell County
@c Rosalind Mercer | U.S. District Judge
@d Kevin Ostrowski | Assistant U.S. Attorney
@e Bernadette Loy | Whitacre's attorney
CEDAR BLUFF, Mo. — Dale Whitacre, a Republican state senator from Pell County, pleaded not guilty Tuesday to federal charges that he accepted more than $180,000 in bribes from a waste-hauling company.
“⟦d:a|I have never taken a dime that wasn't mine, and I look forward to proving it,⟧” Whitacre told reporters outside the federal courthouse, where about a dozen supporters stood holding signs that read “⟦s:-|Stand With Dale.⟧”
At the arraignment, U.S. District Judge Rosalind Mercer set a trial date of Feb. 10 and warned both sides against discussing the evidence in public.
“⟦d:c|This case will be tried in this courtroom, not on cable news,⟧” Mercer said.
Assistant U.S. Attorney Kevin Ostrowski told the judge the case involved “⟦p:d|a pattern of corruption stretching back at least four years.⟧” The government's evidence includes recorded phone calls, according to the indictment. In one of them, Whitacre is alleged to have told a company executive: “⟦d:a|You take care of me, and I'll take care of the permit.⟧”
“⟦d:d|We anticipate a trial of roughly three weeks,⟧” Ostrowski said.
Whitacre's attorney, Bernadette Loy, called the recordings “⟦p:e|cherry-picked.⟧”
“⟦d:e|Context is everything, and the government has stripped it out,⟧” she said.
The company, Tri-County Disposal, has not been charged and did not respond to requests for comment.

### 018
@a Graham Pennock | Judge
@b Tyler Marsh | -
@c - | a woman in the public gallery
@d Neil Gray | Ellis's father
There were angry scenes at Stourford Crown Court as a 19-year-old was jailed for eight years for the manslaughter of a teenager who was punched once outside a takeaway.
Tyler Marsh, of Beech Crescent, Stourford, admitted killing Ellis Gray, 17, who fell and struck his head on the pavement in Market Street on 21 June.
Ellis's father, Neil Gray, chose to read his victim impact statement to the court himself. "⟦d:d|I have to walk past that takeaway to get to work. I cross the road now. I will be crossing that road for the rest of my life,⟧" he said.
"⟦d:d|Ellis was 17. He had just passed his driving test. He had a girlfriend and a Saturday job and a whole life, and it was taken away in one second by someone who thought it would be funny.⟧"
Passing sentence, Judge Graham Pennock said the case was a "⟦p:a|terrible illustration⟧" of how a single blow could kill. "⟦d:a|You did not intend to cause really serious harm. But you intended to hit a boy who was walking away from you, and he died,⟧" he told Marsh.
As the sentence was announced, a woman in the public gallery shouted: "⟦d:c|Eight years? He'll be out in four!⟧"
A cry of "⟦d:-|Coward!⟧" came from the back of the court as Marsh, who had wept throughout the hearing, said "⟦d:b|I'm sorry⟧" and was led down to the cells.
The judge waited for silence before addressing the gallery. "⟦d:a|I understand the anger in this room. But I must sentence according to the law, and I have done so,⟧" he said.

### 019
@a Kwabena Asante | -
@b Darren Fitch | his line manager
@c Lee Moorcroft | the depot manager
@d Rachel Imrie | Employment Judge
@e Castlegate Logistics | -
A forklift driver who was repeatedly called by a nickname referring to his African heritage suffered racial harassment, an employment tribunal in Leicester has found.
Kwabena Asante, 44, worked at the Castlegate Logistics distribution centre in Syston Park from 2017 until he resigned in 2023.
He told the tribunal that colleagues had called him "⟦s:-|Chief⟧" for years and that complaints to his line manager, Darren Fitch, went nowhere. "⟦d:a|Every morning it was 'Morning, Chief.' I laughed it off at first because I had a mortgage to pay,⟧" he said.
The tribunal was shown WhatsApp messages sent by Mr Fitch to a team group chat. In one, he wrote: "⟦d:b|Chief's off sick again lol, someone tell the tribe.⟧"
Mr Fitch said the message had been "⟦p:b|a stupid joke⟧". "⟦d:b|I regret it. I didn't think about how it would look,⟧" he told the hearing.
According to Mr Asante's witness statement, when he raised the matter with the depot manager, Lee Moorcroft, he was told: "⟦d:c|It's just banter, mate. Don't make it into a thing.⟧"
Mr Moorcroft denied this. "⟦d:c|I never said that. I wouldn't,⟧" he told the tribunal.
In her judgment, Employment Judge Rachel Imrie said she preferred Mr Asante's evidence. "⟦d:d|The word was used to mark the claimant out as different, and everyone on that shift knew it,⟧" she wrote.
Castlegate Logistics said it had introduced new training for managers. "⟦d:e|The behaviour described in this case has no place in our business,⟧" the company said.

### 020
@a Pádraig Ó Conghaile | -
@b Colm de Búrca | his solicitor
@c Fionnuala Breathnach | counsel for the Director of Public Prosecutions
@d Siobhán Ní Bhriain | -
The Court of Appeal in Dublin has ordered a retrial for a Connemara fisherman after finding that he was wrongly refused an Irish-language interpreter at his trial for assault.
Pádraig Ó Conghaile, 58, from Inis Léime, was convicted in 2022 of assaulting a neighbour during a dispute over a slipway. He has always maintained that he acted in self-defence.
In an affidavit put before the court, he said his English was "⟦p:a|good enough for the shop and the boat⟧" but not for a courtroom. "⟦d:a|Ní raibh mé in ann an cás a leanúint,⟧" he wrote. "⟦d:a|I was not able to follow the case.⟧"
Counsel for the Director of Public Prosecutions, Fionnuala Breathnach SC, argued that Mr Ó Conghaile had conducted business in English for decades. "⟦d:c|This is not a man who was lost in the proceedings. He answered questions, he gave instructions, he nodded along,⟧" she said.
Giving judgment, Ms Justice Siobhán Ní Bhriain said that nodding along was not the same as understanding. "⟦d:d|The right to be tried in the language one knows best is not a courtesy to be extended when convenient,⟧" she said. "⟦d:d|It is part of what makes a trial fair.⟧"
Outside the Four Courts, his solicitor, Colm de Búrca, said his client was "⟦p:b|relieved and exhausted⟧". "⟦d:b|He went through a whole trial that he could only half follow. Nobody should have to do that in their own country,⟧" Mr de Búrca said.

### 021
@a Bernard Ashcombe | the coroner
@b Jean | a retired district nurse
For 26 years, the bad news of West Halden has crossed Bernard Ashcombe's desk.
He has opened more than 9,000 inquests: the young men on motorbikes, the farmers under tractors, the elderly couples found together after a cold snap. On Friday he retires.
"⟦d:a|People assume it must be morbid. It's the opposite. It is the most human job I can imagine,⟧" he says, in the book-lined office above the town library that has served as his court since 2004.
"⟦d:-|Does it ever get easier?⟧" I ask.
"⟦d:a|No. And I'd worry about anyone for whom it did.⟧"
He remembers the first inquest he ever heard, into the death of a seven-year-old girl hit by a bus outside her school. "⟦d:a:m|I went home that night and sat in the car on the drive for an hour. I couldn't go in.⟧
"⟦d:a|Her parents sent me a card every Christmas for ten years afterwards. I have never understood why, and I have never had the courage to ask them.⟧"
His wife, Jean, a retired district nurse, has heard many of the cases second-hand. "⟦d:b|He still reads the files at the kitchen table. I've given up telling him not to,⟧" she says.
What will he do now? The coroner shrugs. "⟦d:a|Garden. Walk the dog. Try to stop thinking about other people's worst days,⟧" he says, and then, after a pause: "⟦d:a|I don't suppose I will manage the last one.⟧"

### 022
@a W19 | a firearms officer whose identity is protected
@b Malcolm Ferris | counsel to the inquiry
@c Leslie Grant-Amadi | counsel for the family of Darnell Ince
@d Roderick Hale | the inquiry's chairman
The police marksman who shot dead Darnell Ince has told a public inquiry that he believed the 24-year-old was about to open fire on his colleagues.
W19, a firearms officer whose identity is protected, gave evidence from behind a screen at the inquiry's hearings in Croxley. Mr Ince was shot twice in a car park in the Elmhurst area of the town in March 2022. No gun was found.
Malcolm Ferris, counsel to the inquiry, asked him to describe the moment he fired.
"⟦d:a|He turned towards us and his right hand came up from his waistband. I saw something dark in it. I thought it was a weapon,⟧" W19 said.
"⟦d:b|What was it?⟧"
"⟦d:a|I now know it was a phone.⟧"
Leslie Grant-Amadi, counsel for the family of Darnell Ince, pressed him on why he had not shouted a further warning. "⟦d:c|You had time to fire twice. Did you have time to say 'Show me your hands' once more?⟧" she asked.
"⟦d:a|In my mind, no. It was less than a second,⟧" the officer replied.
"⟦d:c|In your mind,⟧" Ms Grant-Amadi repeated.
The inquiry's chairman, Sir Roderick Hale, asked her to move on. "⟦d:d|The witness has answered the question, Ms Grant-Amadi, and I have the point,⟧" he said.
Mr Ince's mother, Paulette, sat in the front row throughout. She is expected to give evidence later this month.

### 023
@a Kelly Grainger | prosecuting
@b Wayne Spurling | -
@c Tariq Mahmood | District Judge
A serial shoplifter with 97 previous convictions asked a judge whether he could get a loyalty card after admitting his latest theft from a Redhill supermarket.
Wayne Spurling, 52, of no fixed address, pleaded guilty at Redhill Magistrates' Court to stealing £43 of meat and coffee.
Kelly Grainger, prosecuting, said he had been recognised by staff as soon as he walked in. "⟦d:a|He is, I'm told, well known to the store,⟧" she said.
"⟦d:b|Can I get a loyalty card, then?⟧" Spurling joked from the dock.
District Judge Tariq Mahmood was not amused. "⟦d:c|This is not a comedy club, Mr Spurling. You have spent more of your adult life in custody than out of it,⟧" he said.
Spurling was jailed for 12 weeks.

### 024
@a Josh Pardoe | His friend
@b Karen Whitely | Sergeant
@c Nicholas Freen | assistant coroner
@d Diane Salter | His mother
A 23-year-old man drowned in the River Kell after becoming separated from his friends on a night out, an inquest has concluded.
Ben Salter, an apprentice electrician from Fordham, was last seen on CCTV walking along the towpath near Kell Bridge at 2.14am on 12 August. His body was recovered four days later.
His friend Josh Pardoe told the inquest in Abbotsford that the group had been in three bars that evening. “⟦d:a|He said he was going to get a taxi. He was drunk but he wasn't falling over or anything,⟧” he said.
“⟦d:a|I've gone over it a thousand times. I should have walked him to the rank.⟧”
Sergeant Karen Whitely, of Kellshire Police, said there was no evidence of third-party involvement. “⟦d:b|The towpath is unlit along that stretch and the bank is steep. There are no railings,⟧” she told the hearing.
Recording a conclusion of misadventure, assistant coroner Nicholas Freen said Ben had “⟦p:c|almost certainly⟧” slipped in the dark.
“⟦d:c|I would urge the council to look again at lighting and barriers along that part of the river. This is not the first death there, and I fear it will not be the last,⟧” he said.
His mother, Diane Salter, said afterwards that she wanted something good to come from her son's death. “⟦d:d|Put up some lights. Put up a fence. It's not a lot to ask,⟧” she said.
Mr Pardoe, standing beside her, said nothing.

### 025
@a Ștefan Bălănescu | -
@b Anita Chaudhry | his barrister
@c - | Romanian prosecutors
@d Gemma Roylance | District Judge
@e Jonathan Pyke | -
A Romanian man wanted in his home country over a string of warehouse burglaries will be extradited, a judge at Westminster Magistrates' Court has ruled.
Ștefan Bălănescu, 36, who has lived in Luton since 2016, had argued that conditions in Romanian prisons would breach his human rights.
Giving evidence through an interpreter, he said: "⟦d:a|Nu sunt hoț. Am o familie aici.⟧" The interpreter translated: "⟦d:a|I am not a thief. I have a family here.⟧"
His barrister, Anita Chaudhry, told the court that her client's partner was expecting their second child in the spring. "⟦d:b|The impact on this family of his removal would be severe and, I would submit, disproportionate,⟧" she said.
In their request, Romanian prosecutors said there was "⟦p:c|strong documentary and forensic evidence⟧" linking him to the offences.
Jonathan Pyke, who appeared for the Romanian authorities, said assurances had been given about the prison where Mr Bălănescu would be held. "⟦d:e|He will have at least four square metres of personal space, which is what the European court requires,⟧" Mr Pyke said.
District Judge Gemma Roylance ordered his extradition. "⟦d:d|I have considerable sympathy for his family. But sympathy is not the test,⟧" she said.
He has 14 days to appeal.

### 026
@a Karl-Heinz Dürr | the town's former mayor
@b Annegret Vössing | Presiding judge
@c Matthias Lorenz | The prosecutor
@d - | a court spokeswoman
A regional court in the northern German town of Oldenmark has convicted its former mayor of accepting bribes in connection with the sale of council land to a property developer.
Karl-Heinz Dürr, 63, the town's former mayor, was given a suspended sentence of 18 months and fined €40,000.
In his closing statement, Dürr insisted that he had only ever acted in the town's interest. «⟦d:a|Ich habe mich nie bereichert,⟧» he told the court. «⟦d:a|I never enriched myself.⟧»
The prosecutor, Matthias Lorenz, said €65,000 had been paid into an account held by Dürr's brother-in-law in the weeks before the sale. «⟦d:c|This was not a gift between friends. It was a price,⟧» he said.
Presiding judge Annegret Vössing said the court had found the testimony of the developer, Ralf Henning, who was convicted last year, «⟦p:b|credible in every essential point⟧».
«⟦d:b|The defendant sold his office. That the town may also have benefited does not change that,⟧» she said.
Dürr left the building without speaking to reporters. «⟦d:d|Both sides have one week to lodge an appeal,⟧» a court spokeswoman said.

### 027
@a Amir Sedighi | The claimant
@b Sarah Okafor | Judge
@c - | A Home Office spokesperson
@d Detention Justice Project | a charity that supported the claim
The Home Office unlawfully detained an Iranian asylum seeker for 147 days, the High Court has ruled.
The claimant, Amir Sedighi, 31, was held at Hollowmere Immigration Removal Centre in 2023 despite medical evidence that he had been tortured.
Judge Sarah Okafor said officials had "⟦p:b|simply failed to read⟧" a doctor's report placed on his file. "⟦d:b|The policy exists precisely to protect people like the claimant. It was not applied,⟧" she said.
Mr Sedighi, who was released last year, said in a statement issued through his lawyers: "⟦d:a|I came here to be safe. Instead I was locked up again. I hope nobody else goes through this.⟧"
A Home Office spokesperson said: "⟦d:c|We are carefully considering the judgment.⟧"
The Detention Justice Project, a charity that supported the claim, said the case was "⟦p:d|far from unique⟧".

### 028
@a Morwenna Tregear | a retired teacher from Polcarrow
@b Finn Adebayo-Lowe | a student
@c Hugo Stannard | prosecuting
@d Clara Benedetti | Judge
Six protesters who chained themselves to machinery at a pipeline construction site have been cleared of aggravated trespass by a jury at Penhallack Crown Court.
The group, aged between 22 and 71, did not dispute that they had entered the site at Carn Vellan in April last year, but argued they had a lawful excuse.
Morwenna Tregear, 71, a retired teacher from Polcarrow, told the jury she had written to her MP eleven times. "⟦d:a|Nobody wrote back. What else was I supposed to do, knit?⟧" she said, prompting laughter from the public gallery.
Hugo Stannard, prosecuting, reminded jurors that the site had been closed for three days at a cost of more than £200,000. "⟦d:c|Strength of feeling is not a defence in law,⟧" he said.
Finn Adebayo-Lowe, 24, a student, said he had no regrets. Asked by Mr Stannard whether he would do it again, he replied: "⟦d:b|Tomorrow, if I had to.⟧"
Summing up, Judge Clara Benedetti reminded the jury of their oath. "⟦d:d|You must decide this case on the evidence and the law, not on your own views about pipelines,⟧" she told them.
Supporters outside the court held a banner reading "⟦s:-|No Pipeline Through Polcarrow⟧" and chanted "⟦s:-|Whose river? Our river!⟧" as the six emerged.
"⟦d:a|I'm going home to put the kettle on,⟧" Mrs Tregear said.

### 029
@a Alasdair Mackie | Fiscal depute
@b Euan Rennie | defending
@c Morag Kinnear | Sheriff
@d Lachlan Beaton | -
@e Postal Workers Alliance | -
A dog owner whose American bulldog savaged a postman on a doorstep in Kilbrannan has been fined £1,200 and ordered to pay £2,000 compensation.
Lachlan Beaton, 35, of Shore Road, admitted being in charge of a dog which was dangerously out of control when he appeared at Dunvarrig Sheriff Court.
Fiscal depute Alasdair Mackie told the court that the dog had pushed open an unlatched door and bitten postman Iain Morrison on both arms. “⟦d:a|Mr Morrison required 23 stitches and has not returned to work,⟧” he said.
Euan Rennie, defending, said his client was “⟦p:b|mortified⟧”. “⟦d:b|Mr Beaton has since had the dog rehomed with a specialist charity in the Borders,⟧” he told Sheriff Morag Kinnear.
The sheriff was unimpressed. “⟦d:c|Dog owners have a duty to every person who comes to their door, whether that is a postman, a delivery driver or a child selling raffle tickets,⟧” she said.
Leaving court, Beaton told a reporter: “⟦d:d|I'm just glad it's over.⟧”
“⟦d:e|No worker should go to work and come home with 23 stitches,⟧” the Postal Workers Alliance said in a statement. “⟦d:e|We want to see tougher penalties for owners who ignore the risks.⟧”

### 030
@a Louisa Verney | -
@b Jade Okoro | -
@c Adrian Seale | Ms Okoro's barrister
@d Hallworth | The judge
Two rival true-crime podcasters have gone head to head in the High Court in a libel case over claims that one had stolen the other's research.
Jade Okoro, who presents "⟦s:-|Cold Case Kitchen⟧", is suing Louisa Verney, host of "⟦s:-|The Long Night⟧", over a series of posts in which Ms Verney accused her of plagiarism.
In one of the posts, read to the court, Ms Verney wrote: "⟦d:a|Funny how every episode of her show seems to come out three weeks after mine. Original content, apparently.⟧"
Giving evidence, Ms Okoro said the posts had cost her two sponsorship deals. "⟦d:b|People I'd never met were messaging me calling me a thief,⟧" she said. "⟦d:b|My mum saw it.⟧"
Cross-examined by Ms Verney's barrister, she accepted that she had listened to her rival's episodes. "⟦d:b|Of course I listened. It's a small world. Listening isn't stealing,⟧" she said.
Ms Verney told the court she stood by what she had written. "⟦d:a|I said what I believed, and I still believe it,⟧" she said.
Ms Okoro's barrister, Adrian Seale KC, put it to her that she had "⟦p:c|no evidence whatsoever⟧" of copying. "⟦d:c|You have a feeling, Ms Verney. Feelings are not facts,⟧" he said.
The judge, Mrs Justice Hallworth, reserved her decision. "⟦d:d|I will give judgment in writing, and I would ask both parties to refrain from posting about this case in the meantime,⟧" she said.

### 031
@a Eleanor Bright | a consultant in emergency medicine
@b Ama Owusu-Ansah | the nurse in charge of the ward that night
@c Victoria Lane-Fox | Senior coroner
@d Tom Kettering | Her husband
@e Harwood Valley Hospitals NHS Trust | -
A mother of two who died of sepsis was sent home from hospital with paracetamol less than 24 hours before she collapsed, an inquest has heard.
Sophie Kettering, 34, of Brackenfield, attended the emergency department at Harwood General Hospital on 3 November with a high temperature and pain in her side.
Dr Eleanor Bright, a consultant in emergency medicine, told the inquest that Mrs Kettering's observations should have triggered a sepsis screen. "⟦d:a|Her heart rate and her temperature together met the criteria. She should not have gone home,⟧" she said.
Ama Owusu-Ansah, the nurse in charge of the ward that night, said the department had been "⟦p:b|beyond full⟧". "⟦d:b|We had patients on trolleys in the corridor and two ambulances waiting outside. I am not making excuses. I am telling you what it was like,⟧" she told the hearing.
Senior coroner Victoria Lane-Fox asked whether the screening tool had been used at all.
"⟦d:b|I don't believe so, no,⟧" the nurse said.
Her husband, Tom Kettering, put it simply: "⟦d:d|She did everything right. She went to the hospital. And they sent her home.⟧"
Concluding that Mrs Kettering's death was contributed to by neglect, the coroner said: "⟦d:c:m|There was a gross failure to provide basic medical attention to a woman whose symptoms were clear and recognisable.⟧
"⟦d:c|Had she been screened and treated with antibiotics that evening, she would, on the balance of probabilities, have survived.⟧"
Harwood Valley Hospitals NHS Trust said it had apologised to the family. "⟦d:e|We have made changes to ensure that every patient who meets the criteria is screened,⟧" a statement said.

### 032
@a Wanjiru Mbugua | Judge
@b Otieno Ochieng | a lawyer for the families
@c Kiraini Cement | -
@d - | a resident who asked not to be named
NAIROBI — A Kenyan court has ordered a cement company to pay compensation to more than 300 families who said dust from its plant had made them ill.
Judge Wanjiru Mbugua, sitting at the Environment and Land Court, ruled that Kiraini Cement had breached residents' constitutional right to a clean and healthy environment.
“⟦d:a|The evidence of respiratory illness among children living within two kilometres of the plant is overwhelming and largely unchallenged,⟧” she said in her judgment.
Otieno Ochieng, a lawyer for the families, called the ruling “⟦p:b|a victory for ordinary people who were told for ten years that they were imagining things⟧”.
“⟦d:b|These families could not open their windows. Their maize was grey,⟧” he said.
A resident who asked not to be named said the community had waited too long. “⟦d:d|Tumechoka na vumbi,⟧” she said. “⟦d:d|We are tired of the dust.⟧”
Kiraini Cement said it would study the judgment before deciding whether to appeal. “⟦d:c|We have invested heavily in modern filtration and remain committed to being a good neighbour,⟧” the company said.

### 033
@a Chloé Marchetti | an account director
@b Fiona Gatward | Her manager at the agency
@c Harjit Sangha | Employment Judge
@d Bluefinch Media | -
An advertising executive who was told she was "⟦p:a|not the same person⟧" after returning from maternity leave was discriminated against, an employment tribunal has ruled.
Chloé Marchetti, 33, an account director, had worked at Bluefinch Media in Manchester for six years. Weeks after her return in 2023, her biggest client was handed to a colleague.
Her manager at the agency, Fiona Gatward, told the tribunal the decision had been made for commercial reasons. “⟦d:b|The client wanted someone available in the evenings. That is simply the reality of the business,⟧” she said.
Ms Marchetti said she had never been asked whether she could work evenings. “⟦d:a|Nobody asked me anything. They decided what a mother could do and then they did it for me,⟧” she said.
According to the judgment, Ms Gatward told another manager in a message: “⟦d:b|She's not the same person since the baby, is she? Head's elsewhere.⟧”
Employment Judge Harjit Sangha said the message was “⟦p:c|telling⟧”. “⟦d:c|It reveals precisely the stereotyped assumption that the law is designed to prevent,⟧” he wrote.
Bluefinch Media said it was “⟦p:d|reflecting carefully⟧” on the judgment.

### 034
@a Lorraine Kavanagh | prosecuting
@b Raymond Ibbotson | a forensic collision investigator
@c Simon Tully | defending
@d Colin Dearden | an engineer instructed by the defence
@e Gerald Pike | -
A coach driver accused of causing the deaths of two passengers was travelling at least 15mph over the speed limit when he lost control on a bend, a jury has heard.
Gerald Pike, 58, of Ormsby, denies two counts of causing death by dangerous driving after the coach overturned on the B6271 near Thornbury Edge in August 2022, killing Margaret Leese, 79, and Dennis Harrop, 81.
Lorraine Kavanagh, prosecuting, called Raymond Ibbotson, a forensic collision investigator, who told the court that tyre marks showed the coach had entered the bend at between 55mph and 60mph. "⟦d:b|That is well above the speed at which a vehicle of that size could safely negotiate that curve,⟧" he said.
Cross-examining him, Simon Tully, defending, suggested that a brake fault could explain the marks.
"⟦d:c|You didn't examine the braking system yourself, did you?⟧"
"⟦d:b|I relied on the vehicle examiner's report.⟧"
"⟦d:c|So you can't exclude a defect?⟧"
"⟦d:b|I can't exclude anything absolutely. But I saw nothing to suggest one,⟧" Mr Ibbotson replied.
Colin Dearden, an engineer instructed by the defence, told the jury that one of the rear brake chambers had been "⟦p:d|significantly corroded⟧". "⟦d:d|In my opinion, the coach would have pulled to one side under heavy braking,⟧" he said.
"⟦d:a|Have you ever driven a coach, Mr Dearden?⟧" Ms Kavanagh asked.
"⟦d:d|No, I have not,⟧" he said.
In his police interview, read to the court, Pike said: "⟦d:e|I braked and nothing happened. I've driven that road a hundred times.⟧" The trial continues.

### 035
@a Stephen Caddick | the match commander
@b Rebecca Holt | -
@c Patricia Oyelaran | chair of the inquiry
@d Hollins Park Supporters' Trust | -
The police commander in charge on the day of the Hollins Park crush has told the inquiry into the disaster that he "⟦p:a|did not have the information⟧" he needed to close the turnstiles.
Chief Superintendent Stephen Caddick, the match commander, said radio communications with officers outside the ground had failed for at least eleven minutes. Seven supporters died in the crush at the Kestrel Road end in April 2022.
“⟦d:a|I was effectively blind. I could see the pitch and the stands, and I could not see the one place that mattered,⟧” he said.
Rebecca Holt KC, who represents 14 bereaved families, suggested that he had been warned about the radio system before the match. “⟦d:b|You had an email about dead spots two weeks earlier. What did you do about it?⟧” she asked.
“⟦d:a|I passed it on to the communications team.⟧”
“⟦d:b|And then?⟧”
“⟦d:a|And then I assumed it had been dealt with.⟧”
Dame Patricia Oyelaran, chair of the inquiry, said she would need to hear from the communications team. She put it simply: “⟦d:c|Somebody owned that problem. I intend to find out who.⟧”
The Hollins Park Supporters' Trust said the evidence had confirmed what fans had said for two years. “⟦d:d|We were not the problem. We never were,⟧” it said.

### 036
@a Liam Thursby | a response officer with Wealdshire Police
@b Catherine Dunmore | the legally qualified chair
@c - | The woman
@d Wealdshire Police Federation | -
@e Wealdshire Police | -
A police officer who was filmed pushing a woman to the ground outside a nightclub has been found to have committed gross misconduct but will keep his job.
PC Liam Thursby, 29, a response officer with Wealdshire Police, was seen on bystander footage shoving the woman, who had been shouting at officers, in Castle Street, Wealdbury, in December 2022.
At the hearing at force headquarters, PC Thursby said he had acted on instinct. "⟦d:a|I'd been punched in the face twenty minutes earlier on the same street. I'm not saying it's right. I'm saying that's where my head was,⟧" he told the panel.
The woman, who cannot be identified, said in a written statement that she had been "⟦p:c|humiliated in front of half the town⟧". "⟦d:c|I was drunk and I was rude, but I didn't deserve to be thrown on the floor,⟧" she said.
Catherine Dunmore, the legally qualified chair, said the panel had decided on a final written warning. "⟦d:b|The officer's conduct fell seriously below the standard expected. But it was a single act, under considerable provocation, by an officer with an otherwise unblemished record,⟧" she said.
The Wealdshire Police Federation said the decision was "⟦p:d|fair and proportionate⟧".
Wealdshire Police said in a statement: "⟦d:e|We expect our officers to show restraint even in the most difficult circumstances. PC Thursby fell short of that, and he has accepted it.⟧"

### 037
@a Belinda Tallis | Coroner
@b Mark Duffield | the watch-house keeper on the night
@c Marlene Woods | his grandmother
@d - | A spokesperson for Corrective Services
The death of a 19-year-old Aboriginal man in a police watch-house in Wirrunga was preventable, a coroner has found.
Jayden Woods died in the early hours of 17 May 2022, nine hours after he was arrested for being drunk in a public place. Coroner Belinda Tallis found that he had not been physically checked for more than four hours.
“⟦d:a|Jayden should have been taken to hospital, not to a cell. The signs that he was seriously unwell were there to be seen by anyone who looked,⟧” she said in her findings, handed down in Alice Creek on Thursday.
Senior Constable Mark Duffield, the watch-house keeper on the night, had told the inquest he believed the young man was “⟦p:b|sleeping it off⟧”. “⟦d:b|I looked at the monitor and he was lying on his side. I thought he was asleep,⟧” he said.
His grandmother, Marlene Woods, who raised him, said outside the court: “⟦d:c|They looked at a screen. They didn't look at him. If they had opened that door, my boy would be here.⟧”
The coroner made 14 recommendations, including that no intoxicated person be held in a cell without a nurse's assessment.
A spokesperson for Corrective Services said the recommendations would be “⟦p:d|considered carefully⟧”.

### 038
@a Tamsin Vogel | a former bookkeeper for Shiloh Creek Baptist Church
@b Harold Pruett | Circuit Judge
@c Earl Dobbins | the church's pastor
@d - | one elderly member of the congregation
MERIDIAN SPRINGS, Ala. -- A former church bookkeeper who stole nearly $400,000 from the collection plate over nine years was sentenced Monday to six years in state prison.
Tamsin Vogel, 38, a former bookkeeper for Shiloh Creek Baptist Church, pleaded guilty in September to first-degree theft. Prosecutors said she used the money to pay off credit cards and fund a boat.
``⟦d:a|I am so sorry. I let down people who loved me,⟧'' Vogel told the court, her voice breaking. ``⟦d:a|I will pay back every cent if it takes me the rest of my life.⟧''
Circuit Judge Harold Pruett said he did not doubt her remorse but could not overlook the scale of the theft. ``⟦d:b|You stole from widows, from children's Sunday school funds, from a roof repair appeal,⟧'' Pruett said. ``⟦d:b|Remorse does not put that roof back on.⟧''
The Rev. Earl Dobbins, the church's pastor, told reporters the congregation had forgiven her. ``⟦d:c|Forgiveness isn't the same thing as pretending it didn't happen,⟧'' Dobbins said. ``⟦d:c|We pray for her. We also want our money back.⟧''
One elderly member of the congregation was less charitable. ``⟦d:d|Six years is nothing,⟧'' she said as she left the courthouse.

### 039
@a Joanna Stirling | prosecuting
@b - | The girl
@c Martin Ekwueme | defending
@d Raymond Cole | a former swimming coach
A girl who says she was sexually assaulted by her swimming coach told a jury by video link that she had been "⟦p:b|too scared to tell anyone⟧" for more than a year.
Raymond Cole, 58, a former swimming coach, denies four counts of sexual assault against the girl at a leisure centre in Harlow Green between 2021 and 2022.
The girl, now 13, cannot be identified for legal reasons. Her recorded police interview was played to the jury before she was questioned live.
"⟦d:a|Why didn't you tell your mum?⟧" Joanna Stirling, prosecuting, asked her gently.
"⟦d:b|Because he said nobody would believe me. He said everybody liked him,⟧" the girl replied.
Cross-examined by Martin Ekwueme, defending, she was asked whether she might have misunderstood what had happened.
"⟦d:c|Is it possible that he was just correcting your stroke?⟧" Mr Ekwueme asked.
"⟦d:b|No. I know what a stroke correction is,⟧" she said.
In a prepared statement given to police at the time of his arrest, Cole said: "⟦d:d|I have never touched any child inappropriately in thirty years of coaching.⟧"
The trial continues.

### 040
@a Nerys Llewellyn-Price | the Solicitor General
@b Whitlam | the senior judge
@c Kayleigh Nuttall | Her sister
@d Aaron Pask | -
A man who left his girlfriend with a fractured skull after a drunken argument has had his suspended sentence replaced with three years in prison after it was found to be unduly lenient.
Aaron Pask, 26, of Harrowby, was given a two-year suspended sentence at Lindley Crown Court in March for inflicting grievous bodily harm on Chantelle Nuttall.
The case was referred to the Court of Appeal by the Solicitor General, Nerys Llewellyn-Price, who said the original sentence had “⟦p:a|failed to reflect the gravity of the violence⟧”.
Lord Justice Whitlam, sitting with two other judges, agreed. “⟦d:b|The victim was struck repeatedly with a glass bottle while she lay on the floor. A suspended sentence was simply not open to the judge,⟧” the senior judge said.
Pask, appearing by video link from custody, showed no reaction. In a letter to the court, he had said he was “⟦p:d|deeply ashamed⟧” and had stopped drinking. “⟦d:d|I know what I did to her and I will never forgive myself,⟧” he wrote.
Her sister, Kayleigh Nuttall, wrote on Facebook after the hearing: “⟦d:c|Justice for Chantelle at last. Three years is still not enough but at least he's behind a door now.⟧”

### 041
@a Naomi Fairclough | prosecuting
@b Ruth Adeyemi | defending
@c Ian Cathcart | Judge
The jury in the trial of a man accused of trying to kill his former wife by setting fire to her home has been told it must decide whether he is "⟦p:a|a man consumed by jealousy⟧" or "⟦p:b|a man in the wrong place at the wrong time⟧".
Paul Renshaw, 44, of Mossley Road, Ashby Fold, denies attempted murder and arson with intent to endanger life. His former wife, Dawn, and their two children escaped through an upstairs window in the early hours of 3 October.
In her closing speech, Naomi Fairclough KC, prosecuting, reminded the jury of the messages he had sent in the days before the fire.
"⟦d:a:m|He told her, 'You'll regret this.' He told her, 'You won't have a house to bring him back to.' Three days later, she very nearly didn't.⟧
"⟦d:a|Members of the jury, sometimes people mean exactly what they say.⟧"
Ruth Adeyemi KC, defending, said the messages were "⟦p:b|ugly, cruel and stupid⟧" but proved nothing. "⟦d:b|Nobody saw Paul Renshaw at that house. No petrol was found on his clothes or in his car. The Crown is asking you to fill the gaps with prejudice,⟧" she said.
"⟦d:b|Don't.⟧"
Judge Ian Cathcart will sum up the case on Monday. "⟦d:c|You will then retire to consider your verdicts, and you may take as long as you need,⟧" he told jurors.

### 042
@a Giulia Ferraresi | the public prosecutor
@b Paolo De Santis | an engineer who inspected the viaduct in 2019
@c Rosaria Lo Iacono | widow of one of the victims
@d Alessandra Moretti-Bassi | Judge
@e Viabilità Alpina | -
Eleven former managers of the company that ran the San Vito viaduct have gone on trial in the northern Italian town of Borgo Tessera, four years after its collapse killed nine people.
The defendants, all formerly employed by the motorway operator Viabilità Alpina, face charges including multiple manslaughter and falsifying inspection reports. All deny wrongdoing.
Opening the case, the public prosecutor, Giulia Ferraresi, told the court that warnings about corrosion in the viaduct's cables had been «⟦p:a|softened, delayed and finally buried⟧».
«⟦d:a|This bridge did not fall because of bad luck. It fell because people chose not to spend money on it,⟧» she said.
Paolo De Santis, an engineer who inspected the viaduct in 2019, said his original report had been rewritten before it reached the company's board. «⟦d:b|The word 'urgent' appeared four times in my draft. In the final version it did not appear at all,⟧» he told the court.
Rosaria Lo Iacono, widow of one of the victims, sat in the front row holding a photograph of her husband. «⟦d:c|Non voglio vendetta, voglio la verità,⟧» she told reporters during a break in proceedings («⟦d:c|I do not want revenge, I want the truth⟧»).
Judge Alessandra Moretti-Bassi adjourned the hearing until next month. «⟦d:d|This will be a long trial, and the court intends to give every party the time it needs,⟧» she said.
Viabilità Alpina, which is not itself on trial, said it had «⟦p:e|full confidence⟧» in the judicial process.

### 043
@a Dionne Wheeler | a civilian analyst
@b Gregory Tamblyn | counsel for the force
@c Olu Bankole | her line manager at the time
@d Neil Prosser | Employment Judge
A civilian analyst who reported that crime figures were being deliberately downgraded was victimised by senior officers, an employment tribunal has found.
Dionne Wheeler, a civilian analyst, worked for Harlesden Vale Police for 14 years. In 2021 she told managers that reported burglaries were being recorded as "⟦s:-|lost property⟧" to improve the force's performance figures.
“⟦d:a|I'm a numbers person. The numbers didn't add up, so I said so. I thought that was my job,⟧” she told the hearing in Watford.
Within months, she said, she had been moved to a windowless office and excluded from team meetings.
Gregory Tamblyn, counsel for the force, suggested the move had been part of a wider restructure. “⟦d:b|Twelve other members of staff changed offices that year, Ms Wheeler. Were they all being punished?⟧” he asked.
“⟦d:a|They weren't all put in a cupboard,⟧” she replied.
Chief Inspector Olu Bankole, her line manager at the time, admitted that he had described her in an email as “⟦p:c|a problem that needs managing⟧”. “⟦d:c|It was a poor choice of words. I was frustrated,⟧” he said.
Asked by Mr Tamblyn whether he had ever been told to downgrade crimes, he said: “⟦d:c|Never in those words.⟧”
Employment Judge Neil Prosser found that Ms Wheeler had been subjected to detriment because she had blown the whistle. “⟦d:d|The chief inspector's email speaks for itself,⟧” he wrote.

### 044
@a Lourdes Ibarra-Whitman | a nominee for the federal appeals court
@b Thomas Garvey | the committee's ranking Republican
@c Dennis Okimoto | the committee's chairman
@d - | A White House spokeswoman
WASHINGTON — A nominee for the federal appeals court defended her record as a trial judge on Wednesday during a combative confirmation hearing before the Senate Judiciary Committee.
Lourdes Ibarra-Whitman, a nominee for the federal appeals court, has served for nine years as a state judge in New Mexico. Republicans have seized on a 2019 ruling in which she released a defendant who later committed a robbery.
“⟦d:b|Do you regret that decision, Judge?⟧” asked Sen. Thomas Garvey, the committee's ranking Republican.
“⟦d:a|Senator, I regret what happened to the victim of that robbery every day,⟧” Ibarra-Whitman replied. “⟦d:a|But I applied the law as it stood, and I would apply it the same way again.⟧”
“⟦d:b|That's not really an answer.⟧”
“⟦d:a|With respect, Senator, it is the only honest one.⟧”
Sen. Dennis Okimoto, D-Hawaii, the committee's chairman, said the nominee had been “⟦p:c|more thoroughly vetted than almost anyone⟧” to come before the panel. “⟦d:c|She has been rated well qualified by every bar association that looked at her,⟧” he said.
A White House spokeswoman said the president “⟦p:d|stands fully behind⟧” the nomination. A committee vote is expected next month.

### 045
@a Fiona Castleton | Judge
@b - | The mother
@c - | the father
@d Eastmere County Council | -
@e - | the children's guardian
A family court judge has criticised a council for leaving three young children in a home where they were "⟦p:a|plainly at risk⟧" for more than a year after social workers first raised concerns.
In a judgment published on Friday, Judge Fiona Castleton said Eastmere County Council had missed "⟦p:a|repeated and obvious opportunities⟧" to intervene. The children, aged two, four and seven, cannot be identified, and nor can their parents.
"⟦d:a|It is hard to read the social work records for this period without a growing sense of disbelief,⟧" she wrote.
The mother told the court she had been "⟦p:b|drowning⟧". "⟦d:b|I asked for help with the kids and they sent me a leaflet,⟧" she said.
The father, who did not attend most of the hearings, said in a written statement: "⟦d:c|I accept I wasn't there for them. I want to be now.⟧"
The children's guardian described the older child as "⟦p:e|a little girl who has had to be a mother at seven⟧".
Eastmere County Council said it accepted the judge's findings in full. "⟦d:d|We are deeply sorry. Our practice in this case fell well below the standard these children were entitled to,⟧" it said.
The children are now living with their maternal grandmother.

### 046
@a Graham Stott | a lorry driver
@b Rob Tierney | His brother
@c Helen Achterberg | Assistant coroner
@d - | A spokesman for Dunmore Freight
A cyclist was killed when a lorry turned left across his path at a junction in Halesby, an inquest jury has concluded.
Callum Tierney, 31, a primary school teacher, was riding to work when he was struck at the junction of Ferry Road and Lime Street on 2 May.
Graham Stott, a lorry driver with 20 years' experience, told the inquest he had checked all his mirrors before turning. ``⟦d:a|I never saw him. I've asked myself a thousand times how I didn't see him,⟧'' he said.
Asked by assistant coroner Helen Achterberg whether the lorry had been fitted with a side sensor, he said it had not. ``⟦d:a|It was on the list to be done.⟧''
His brother, Rob Tierney, said outside the court that the family did not blame Mr Stott personally. ``⟦d:b|He has to live with this too,⟧'' he said. ``⟦d:b|But a sensor costs a few hundred pounds. Callum's life was worth more than that.⟧''
Ms Achterberg said she would write to the Department for Transport. ``⟦d:c|I remain concerned that vehicles of this size are still operating in busy town centres without basic detection equipment,⟧'' she said.
A spokesman for Dunmore Freight said the company had since fitted sensors to its entire fleet. ``⟦d:d|Our thoughts remain with Mr Tierney's family,⟧'' he said.

### 047
@a Pauline | the usher
@b Stephen Marwood | the legal adviser
@c Darren | -
@d Kerry-Ann | -
@e - | One duty solicitor
At 9.45 on a wet Tuesday morning, the corridor outside Court 2 at Fenmouth Magistrates' Court is already full.
Pauline, the usher, has worked here for 22 years. She knows most of the regulars by name, and most of them know her. "⟦d:a|Some of them I've seen grow up, which is a sad thing to say,⟧" she says, ticking names off a typed list. "⟦d:a|I saw one lad's dad come through when I started. Now it's him.⟧"
The cells beneath the court, three small rooms with a shared corridor, are known to staff as "⟦s:-|the fishbowl⟧" because of their glass-panelled doors.
The first case of the day is Darren, 34, who is here for the fourth time this year for breaching a community order. He shrugs when asked why he keeps missing appointments. "⟦d:c|Bus doesn't come. Or it comes and I'm not up,⟧" he says.
Stephen Marwood, the legal adviser, sits below the bench, advising the magistrates on the law. He estimates that two-thirds of the defendants he sees have no lawyer. "⟦d:b|We do our best to make sure they understand what is happening, but it isn't the same,⟧" he says.
One duty solicitor, rushing between three clients, puts it more bluntly. "⟦d:e|It's a conveyor belt,⟧" she says. "⟦d:e|Nobody designed it to be like this. It just got like this.⟧"
By lunchtime, Kerry-Ann, 19, has been fined £120 for shoplifting. She seems almost relieved. "⟦d:d|I thought I was going down. My mum's going to kill me anyway,⟧" she says, pulling up her hood as she steps out into the rain.
Pauline watches her go. "⟦d:a|She'll be back,⟧" she says quietly. "⟦d:a|I hope I'm wrong.⟧"

### 048
@a Selam | a 27-year-old Eritrean woman whose surname was withheld by the tribunal
@b Joanne Pritt | the Home Office presenting officer
@c Margaret Oyediran | First-tier Tribunal Judge
@d Helen Teklu | a caseworker at the Fenwick Refugee Centre
A woman who fled Eritrea to escape indefinite military service has won her appeal against deportation after a tribunal accepted that she would face persecution if returned.
Selam, a 27-year-old Eritrean woman whose surname was withheld by the tribunal, spent four years in a military training camp before escaping across the border into Sudan in 2019.
Speaking through an interpreter, she told the hearing in Manchester: “⟦d:a|If I go back, they will take me to the camp again. Women there are not safe. Everyone knows this.⟧”
Joanne Pritt, the Home Office presenting officer, challenged her account of the escape. “⟦d:b|You told the screening officer you crossed at night. Today you say it was early morning. Which is it?⟧” she asked.
“⟦d:a|It was dark. For me, four o'clock is night,⟧” she said.
First-tier Tribunal Judge Margaret Oyediran found her to be a credible witness. “⟦d:c|The discrepancies relied on by the respondent are minor and are readily explained,⟧” she said in her decision. “⟦d:c|The core of her account has been consistent throughout.⟧”
Helen Teklu, a caseworker at the Fenwick Refugee Centre who attended the hearing with her, said she had cried when the decision came through. “⟦d:d|She phoned me and she couldn't speak. I just heard her crying, and then she said, 'I can stay,'⟧” Ms Teklu recalled.

### 049
@a J.D. Fairweather | the owner of Larchfield House care home
@b Amelia Strand | counsel to the inquiry
@c Care Standards Board | the regulator
@d - | A care worker who gave evidence anonymously
The owner of a care home where 19 residents died during the first wave of the pandemic has told the inquiry into the deaths that he was "⟦p:a|left to fend for himself⟧" by the authorities.
J.D. Fairweather, the owner of Larchfield House care home, in Ravensworth, said he had been pressed to accept patients discharged from hospital without a test. "⟦d:a|We were told it was our duty. Nobody said, 'These people might be infectious,'⟧" he said.
According to the minutes of a staff meeting in April 2020, read to the inquiry, Mr Fairweather told managers: "⟦d:a|We cannot afford to turn beds away. Empty beds don't pay wages.⟧"
Amelia Strand, counsel to the inquiry, asked him whether money had influenced his decisions. "⟦d:b|Is that not exactly what those minutes show?⟧" she asked.
"⟦d:a|They show a man trying to keep a business open so that there was somewhere for those people to live,⟧" he replied.
A care worker who gave evidence anonymously said staff had been given one box of masks a week. "⟦d:d|We used them until they fell apart. We put tissue inside them,⟧" she said.
The Care Standards Board, the regulator, said in its written evidence that it had suspended inspections at the time on government advice. "⟦d:c|With hindsight, the loss of independent oversight was significant,⟧" it said.

### 050
@a Jamie Lockwood | -
@b Aaron Stiles | -
@c Oliver Penfold | Lockwood's barrister
@d Grace Mensah | Stiles's barrister
Two men accused of murdering a drug dealer in a flat in Kirkdale Heights have each blamed the other for the fatal stabbing, a jury at Merebridge Crown Court has heard.
Jamie Lockwood, 26, and Aaron Stiles, 28, both deny murdering Jermaine Price, 30, in June last year. Each accepts that he was in the flat.
Giving evidence on Tuesday, Lockwood insisted it was Stiles who had brought the knife. "⟦d:a|I didn't even know he had it until he pulled it out. I froze,⟧" he said.
Cross-examined by Grace Mensah KC, Stiles's barrister, he was asked why his fingerprints were on the handle.
"⟦d:d|Can you explain that, Mr Lockwood?⟧"
"⟦d:a|I took it off him after. I was trying to get it away from him.⟧"
"⟦d:d|And then you wiped it?⟧"
"⟦d:a|No.⟧"
The next day Stiles told the jury the opposite. "⟦d:b|Jamie went mental. He was screaming about money. I was trying to pull him off,⟧" he said.
Asked by Lockwood's barrister, Oliver Penfold KC, why he had fled to Spain two days later, he said: "⟦d:b|Because I knew how it would look.⟧"
"⟦d:c|It looked, Mr Stiles, like a guilty man running away,⟧" Mr Penfold said.
The trial continues.

### 051
@a Marie-Ève Tremblay-Roy | -
@b Devinder Grewal | -
@c Naomi Feldstein | His lawyer
@d - | A spokesperson for the Ministry of the Attorney General
TORONTO — Ontario's top court has overturned the dangerous-driving conviction of a truck driver whose rig jackknifed on an icy highway near Millbrook Falls, injuring four people.
Devinder Grewal, 41, was convicted in 2022 and sentenced to 18 months. The Court of Appeal for Ontario ordered an acquittal on Thursday.
Writing for a unanimous three-judge panel, Justice Marie-Ève Tremblay-Roy said the trial judge had “⟦p:a|collapsed the distinction⟧” between carelessness and criminal conduct.
“⟦d:a|A momentary lapse in judgment on a winter road, however serious its consequences, is not the same thing as a marked departure from the standard of a reasonable driver,⟧” she wrote.
Grewal, reached by phone at his brother's home, said he had not driven a truck since the crash. “⟦d:b|I lost my licence, my job, my house. I'm happy today, but I'm tired,⟧” he said.
“⟦d:b|Rabb da shukar hai,⟧” he added in Punjabi. “⟦d:b|Thank God.⟧”
His lawyer, Naomi Feldstein, said the ruling was an important one for professional drivers. “⟦d:c|Every trucker in this province drives on roads like that all winter. The law does not expect them to be perfect,⟧” she said.
A spokesperson for the Ministry of the Attorney General said the Crown was “⟦p:d|reviewing the decision⟧”.

### 052
@a - | the victim's mother
@b - | the older boy
@c - | The younger boy
@d Priyanka Desai | District Judge
@e Lee Ashworth | Detective Sergeant
Two teenage boys who filmed themselves attacking a 15-year-old in a park and posted the video online have been given youth rehabilitation orders.
The boys, aged 15 and 16, cannot be named because of their ages. They admitted assault occasioning actual bodily harm at Halebridge Youth Court.
The video, which was shared more than 2,000 times, showed the victim being punched and kicked while someone off camera shouted "⟦d:-|Get him, get him!⟧"
In a statement read to the court, the victim's mother said her son now refused to leave the house. "⟦d:a|He used to play football every Saturday. Now he won't even go to the shop on his own,⟧" she said.
Asked by the judge whether he had anything to say, the older boy said: "⟦d:b|I'm sorry. It was stupid. I wasn't thinking.⟧"
The younger boy, standing next to his father, said only: "⟦d:c|Sorry.⟧"
District Judge Priyanka Desai told them: "⟦d:d|You humiliated him, and then you humiliated him again in front of thousands of people by posting it. That second part is what you chose to do after you had calmed down.⟧"
Detective Sergeant Lee Ashworth, of Halebridge CID, said afterwards: "⟦d:e|Anyone who shares footage like this should stop and think about the child at the centre of it.⟧"

### 053
@a Ricardo Almeida | Luana's father
@b Hamish Ferguson | Chief Constable
@c - | one reporter
@d - | A neighbour who attended every day of the trial
The father of a Brazilian student murdered in Glenmorrow said on Friday that he would take his daughter home to be buried “⟦p:a|with her name cleared⟧” after a jury convicted her former landlord.
Luana Almeida, 22, was killed at her flat in the city's West End in January 2023. Douglas Crerar, 51, was found guilty of her murder at the High Court in Glenmorrow on Thursday after a four-week trial.
At a news conference at police headquarters, Luana's father, Ricardo Almeida, spoke first in Portuguese. “⟦d:a|A minha filha era tudo para mim,⟧” he said. “⟦d:a|My daughter was everything to me.⟧”
“⟦d:a|People said she brought men home, that she was careless. None of this was true. Today the jury told the world it was not true.⟧”
Chief Constable Hamish Ferguson said the investigation had been “⟦p:b|painstaking⟧”. “⟦d:b|Luana came to this country to study and to build a future. She was entitled to be safe in her own home,⟧” he said.
“⟦d:c|Will you be apologising for the way some officers spoke about her in the early days?⟧” one reporter asked.
Ferguson paused. “⟦d:b|Where we fell short, we will say so. I have already spoken privately to Mr Almeida about that,⟧” he said.
A neighbour who attended every day of the trial said: “⟦d:d|She used to leave flapjacks on my step. I still can't walk past her door.⟧”
Crerar will be sentenced next month.

### 054
@a Rajesh Nair | the restaurant's owner
@b Elaine Wood | The coroner
@c Northshire Trading Standards | -
@d Declan Brennan | Leo's father
@e Sasha Kemp | the family's solicitor
A 14-year-old boy with a severe peanut allergy died after eating a curry that a restaurant had assured his family was nut-free, an inquest has found.
Leo Brennan collapsed at his home in Carrowmore an hour after the takeaway meal was delivered on 18 February last year.
Rajesh Nair, the restaurant's owner, told the inquest that a new supplier had changed the recipe of a sauce base without telling him. "⟦d:a|I checked the label on the old jar. I did not know the new one was different. I will never forgive myself,⟧" he said, wiping his eyes.
The coroner, Elaine Wood, asked him whether staff had been trained to check ingredients on every delivery. "⟦d:b|Every delivery, Mr Nair?⟧" she pressed.
"⟦d:a|Not every delivery, no,⟧" he admitted.
Northshire Trading Standards, which investigated the death, said in a report to the coroner that the restaurant's allergen records were "⟦p:c|incomplete and out of date⟧".
Leo's father, Declan Brennan, was too upset to address the court. In a statement read on his behalf by the family's solicitor, Sasha Kemp, he said:
"⟦d:d:m|Leo was funny, clever and kind. He wanted to be a vet. He carried his EpiPen everywhere and he asked every single time.⟧
"⟦d:d:m|He did everything we taught him. The people who were supposed to tell him the truth didn't know it themselves.⟧
"⟦d:d|We want a law that means every allergen in every meal is written down. Not on a board, not in someone's head. Written down.⟧"
Recording a narrative conclusion, Ms Wood said: "⟦d:b|Leo and his family did everything that could reasonably have been asked of them.⟧"
Ms Kemp said afterwards that the family would campaign for what they are calling "⟦s:-|Leo's Law⟧". "⟦d:e|They do not want another family to sit where they have sat this week,⟧" she said.

### 055
@a Gwilym ap Rhys | a retired slate quarryman
@b Sandra Hobday | His neighbour
@c Eleri Vaughan | Deputy District Judge
A long-running feud between neighbours over a 30-foot leylandii hedge in the village of Pentrefelin Uchaf has ended up in court, with a judge telling both of them to “⟦p:c|find a pair of shears and some common sense⟧”.
Gwilym ap Rhys, 67, a retired slate quarryman, planted the hedge in 1998. His neighbour, Sandra Hobday, who moved in next door in 2015, says it blocks all light from her garden and conservatory. In the village it is known as “⟦s:-|the Great Wall of Pentrefelin⟧”.
Giving evidence at Caerwen County Court, Mr ap Rhys began in Welsh. “⟦d:a|Dyw e ddim yn deg,⟧” he said, before switching to English: “⟦d:a|It isn't fair. That hedge was there before she was.⟧”
Mrs Hobday said she had tried to talk to him “⟦p:b|dozens of times⟧”. “⟦d:b|He just shuts the door. I've had more conversation out of the hedge,⟧” she said, to laughter in court.
Deputy District Judge Eleri Vaughan ordered that the hedge be cut back to two metres within three months. “⟦d:c|I have no doubt that both of you are decent people. I also have no doubt that this dispute has done neither of you any good,⟧” she said.
Outside, Mr ap Rhys was asked whether he would comply. “⟦d:a|I'll cut it. I won't like it,⟧” he said.

### 056
@a Moira Pettifer | a senior civil servant
@b Bukola Adebanjo | Counsel to the inquiry
@c Anthony Lascelles-Browne | the then minister
@d Edmund Quayle | The inquiry's chairman
A senior civil servant has told the inquiry into emergency procurement that she was "⟦p:a|uncomfortable from the start⟧" with a £90 million contract for protective gowns awarded to a company with no track record.
Moira Pettifer, a senior civil servant, was head of the department's commercial team in 2020. Counsel to the inquiry, Bukola Adebanjo, showed her an email sent to her team by the then minister, Anthony Lascelles-Browne, in May of that year.
In it, Mr Lascelles-Browne wrote: "⟦d:c|This company comes highly recommended. I need this signed off today, please, not next week.⟧"
"⟦d:b|When you read that, what did you understand him to be asking you to do?⟧" Ms Adebanjo asked.
"⟦d:a|To skip the checks. He didn't say it, but that was how everyone read it,⟧" Ms Pettifer said.
"⟦d:b|Did anyone push back?⟧"
"⟦d:a|I did. I wrote back and said, 'We haven't done due diligence.' I never got a reply.⟧"
In his own written statement to the inquiry, Mr Lascelles-Browne said he had "⟦p:c|never sought to bypass⟧" proper procedures. "⟦d:c|Speed was essential. People were dying,⟧" he wrote.
The inquiry's chairman, Sir Edmund Quayle, said the former minister would be called to give evidence in person. "⟦d:d|There are questions here that can only be answered from the witness box,⟧" he said.

### 057
@a Helen Drury | prosecuting
@b Dean Holloway | Colour Sergeant
@c Ryan Kilbride | Lance Corporal
@d Alan Sefton | the judge advocate
@e - | An Army spokesperson
A soldier who punched a junior comrade during a drunken initiation ritual has been demoted and sentenced to 90 days' detention by a court martial.
Lance Corporal Ryan Kilbride, 24, of the 3rd Battalion, the Wessex Rifles, was found guilty of assault occasioning actual bodily harm at the Military Court Centre in Cranmoor.
Major Helen Drury, prosecuting, said the 18-year-old victim had been made to drink a pint of spirits before being hit repeatedly in a corridor of the accommodation block. “⟦d:a|He had been in the battalion for nine days,⟧” she told the board.
Colour Sergeant Dean Holloway told the court he had found the young soldier “⟦p:b|curled up on the floor of the ablutions⟧” in the early hours. “⟦d:b|I've seen lads drunk plenty of times. This wasn't that. He was frightened,⟧” he said.
Giving evidence, Kilbride said the ritual was “⟦p:c|just something that happened⟧” to every new arrival. “⟦d:c|It was meant to be a laugh. It got out of hand, and that's on me,⟧” he said.
The judge advocate, Alan Sefton, told him his rank had given him responsibility for the younger man. “⟦d:d|You were supposed to be the one who stopped it,⟧” he said, and warned: “⟦d:d|Anyone in the armed forces who thinks this is a tradition worth keeping should look carefully at what has happened to you today.⟧”
An Army spokesperson said: “⟦d:e|Bullying and initiation rituals have no place in the Army, and we will take action against anyone involved.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh51.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh51",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
