# ruff: noqa: E501
"""Build ``quotes_fresh155.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, immigration,
property, professional-conduct and sports tribunals, and court reports written in
wire, broadsheet, local-paper, tabloid, magazine and broadcaster styles (including
British, Irish, Scottish, American, Australian, Canadian, Indian, Nigerian and South
African court-reporting habits).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh155-NNN``.

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

* Judicial and official styles standing before the name (``Judge``, ``Recorder``,
  ``District Judge``, ``Employment Judge``, ``Lady Justice``, ``Lord Justice``,
  ``Justice``, ``Chief Justice``, ``Sheriff``, ``senior coroner``, ``Commissioner``,
  ``U.S. District Judge``, police and military ranks such as ``Detective Constable``
  or ``Lance Corporal``) are role titles: they are left out of the name and are the
  description when the passage gives no appositive. Where a phrase set off by a comma
  stands before the title and name (``The judge, Mrs Justice Orla Fenn``, ``The trial
  judge, Mr Justice …``), that phrase is the description, not the title.
* The court-report labels that are not noun phrases (``prosecuting``, ``defending``,
  ``mitigating``, ``for the council``, ``for Mr Sheikh``, ``representing the
  family``) are not descriptions. A relational phrase before the name (``Freer's
  barrister, Jonah Mbeki KC``, ``His solicitor, …``) is. The barristers' ``KC``,
  ``SC``, ``SAN`` and ``BL`` are honorifics.
* A role title or relational phrase before the name combined with an appositive after
  it: the appositive is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 41-year-old``,
  ``the teenager``, ``the former minister``), that description is taken.
* A victim's or relative's statement read to the court by someone else (the prosecutor,
  an officer) belongs to its author; the person reading it is not a speaker. A
  judgment belongs to the judge who wrote or delivered it; ``the bench`` of a
  single-judge bench is that judge.
* Fragments quoted in a lead paragraph before the speaker is named belong to the person
  the passage then identifies as their source.
* In a cross-examination printed as alternating quote-only paragraphs, each turn
  belongs to the person whose turn it is; a reply cued only by ``she replied`` belongs
  to the witness being questioned.
* A quoted instruction, shout or word from the dock or the public gallery whose speaker
  is not named has a null speaker, with the passage's description (``a relative``,
  ``One woman``, ``One of the boys``) where there is one, else null.
* Email subject lines, banners, placards, chants, nicknames, case labels and titles of
  paintings or articles are ``scare``.
* With American punctuation the full stop or comma inside the closing mark is part of
  the span, as it is inside the marks.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh155.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh155.jsonl")

PASSAGES = """
### 001
@a Noor Haddad | a 29-year-old nursery worker
@b Eleanor Vance | prosecutor
@c Jonah Mbeki | Freer's barrister
HALDENBURY, England, March 4 (Wire) - A woman who found her neighbour bleeding on the stairs of a Haldenbury tower block told a jury on Tuesday that she had heard two men arguing "⟦p:a|for what felt like ten minutes⟧" before the building went quiet.
Noor Haddad, a 29-year-old nursery worker, was giving evidence on the second day of the trial of Callum Freer, 34, who denies murdering Ricky Ovenden at Priory Court in August.
"⟦d:a|I heard a thud, then nothing. That was the part that frightened me, the nothing,⟧" Haddad told Haldenbury Crown Court.
Under questioning from prosecutor Eleanor Vance KC, she said she opened her door to find Ovenden slumped against the railings. "⟦d:a|He was trying to say something. I couldn't make it out. I held his hand until the ambulance came,⟧" she said.
Cross-examining, Freer's barrister, Jonah Mbeki KC, asked whether she had actually seen anyone on the stairs.
"⟦d:c|You didn't see my client that night, did you?⟧"
"⟦d:a|No. I saw the back of a grey hoodie going down. That's all.⟧"
"⟦d:c|A grey hoodie. How many young men in Priory Court own a grey hoodie, Ms Haddad?⟧"
"⟦d:a|I don't know. A lot, probably.⟧"
Vance told jurors in her opening on Monday that the prosecution case was "⟦p:b|not built on a single witness⟧" but on phone records and CCTV. The trial continues.

### 002
@a Keith Dunmore | chairman of the bench
@b Shirin Farahani | Defence solicitor
@c Lee Tregarthen | the 41-year-old
@d Amy Pollard | Sergeant
@e Hannah Coyle | Prosecutor
A Poltreath man who drove his van into a bus shelter while almost three times over the drink-drive limit has been banned from the roads for 30 months.
Lee Tregarthen, 41, of Mill Lane, admitted drink-driving when he appeared before Bodmore magistrates on Thursday.
Prosecutor Hannah Coyle told the court a passer-by had called police at 11.40pm on January 9 after seeing the van mount the kerb on Station Road. “⟦d:e|The shelter was, fortunately, empty. The defendant was found sitting in the driver's seat with the engine still running,⟧” she said.
A breath test showed 97 micrograms of alcohol in 100 millilitres of breath. The legal limit is 35.
Defence solicitor Shirin Farahani said her client had been drinking after learning that day that his mother had been taken into hospice care. “⟦d:b|That is not an excuse and he does not offer it as one,⟧” she said. “⟦d:b|He is ashamed. He has not touched a drink since.⟧”
Asked by the bench if he had anything to say, the 41-year-old replied: “⟦d:c|Just sorry. I could have killed someone.⟧”
Keith Dunmore, chairman of the bench, told him: “⟦d:a|You could have, and you are very lucky that you did not. We accept that your remorse is genuine.⟧”
As well as the ban, Tregarthen was given a 12-month community order with 120 hours of unpaid work, and ordered to pay £85 costs and a £114 surcharge.
Speaking after the hearing, Sergeant Amy Pollard, of the Kernow Roads Policing Unit, said: “⟦d:d|This could so easily have ended in tragedy. There is never an excuse for getting behind the wheel after drinking.⟧”

### 003
@a Tracey Whitlam | Marcus's mum
@b Gemma Rudd | Marcus's partner
@c Patrick O'Halloran | Judge
@u - | a relative
A TEARAWAY driver who killed a dad-of-two while racing his mate through a 30mph zone at nearly 90mph has been jailed for nine years.
Jordan Keble, 23, wept in the dock as the family of Marcus Ainsworth, 38, told him how he had wrecked their lives.
Marcus's mum, Tracey Whitlam, 61, stared at Keble as she read her statement to Lanchester Crown Court.
“⟦d:a|You took my son for a race. A race. There was no prize at the end of it, just a little girl asking why Daddy isn't coming home,⟧” she said.
“⟦d:a:m|I set a place at the table for him every Sunday for three weeks before I could stop myself.⟧
“⟦d:a|I hope you think about him every day you are in there, because we will think about him every day for the rest of our lives.⟧”
Marcus's partner, Gemma Rudd, could not face court. In a statement read out by prosecutor Anil Bhardwaj, she said: “⟦d:b|Our daughter Lily is five. She draws pictures of her dad and asks me to post them to heaven. I don't know what to tell her.⟧”
Keble, of Thornaby Way, Lanchester, admitted causing death by dangerous driving. He was also banned from driving for 13 and a half years.
Jailing him, Judge Patrick O'Halloran said: “⟦d:c|This was not a momentary lapse. It was a sustained, deliberate piece of showing off, and it cost a man his life.⟧”
Outside court, a relative shouted “⟦d:u|Rot in there!⟧” as the prison van pulled away.

### 004
@e Bethan Lloyd | a clinical duty manager at the Marcher Ambulance Service
@a Rosalind Achebe | senior coroner
@b Tobias Lindqvist | a consultant in emergency medicine at Wyndham General Hospital
@c Iwan Pritchard | His son
@d Marcher Ambulance Service | -
An 84-year-old man lay on his kitchen floor for more than six hours waiting for an ambulance before he died, an inquest has heard.
Glyn Pritchard, a retired signalman, fell at his home in Llanfair Isa on the evening of November 18. He was taken to Wyndham General Hospital the following morning and died two days later.
Bethan Lloyd, a clinical duty manager at the Marcher Ambulance Service, told the hearing at Wyndham Guildhall that on the night in question 23 ambulances had been queuing outside hospitals across the region. "⟦d:e|We simply had no one to send,⟧" she said. "⟦d:e|Every call was being triaged, and on paper Mr Pritchard was conscious and breathing.⟧"
Asked by senior coroner Rosalind Achebe whether anyone had called the family back, Ms Lloyd said: "⟦d:e|We tried once, at 1.12am. The line was engaged.⟧"
Dr Tobias Lindqvist, a consultant in emergency medicine at Wyndham General Hospital, said the long lie on the floor had caused "⟦p:b|significant muscle breakdown⟧", which led to kidney failure. "⟦d:b|Had he arrived within the first hour or two, I think it is more likely than not that he would have survived,⟧" he said.
His son, Iwan Pritchard, said his father had rung 999 himself and then rung him. "⟦d:c|He said, 'Don't fuss, they're on their way.' He was always telling us not to fuss,⟧" Mr Pritchard said.
Recording a narrative conclusion, Ms Achebe said: "⟦d:a|Mr Pritchard's death was contributed to by a delay in the ambulance response, which was itself the result of pressures across the whole system, not the failings of any individual.⟧"
She said she would issue a report to prevent future deaths.
In a statement, the Marcher Ambulance Service said it was "⟦p:d|deeply sorry⟧" and that handover delays at hospitals remained "⟦p:d|the single biggest risk to patients in our care⟧".

### 005
@a Douglas Faircloth | the former minister
@b Lucinda Marr | counsel to the inquiry
@c Yvonne Asante | the inquiry chair
@d Brannock Hale | the consultancy
@e Oliver Tse | his then private secretary
A former environment minister has told the Carrick Vale flooding inquiry that he was never shown a warning from the consultancy Brannock Hale that the town's river wall was “⟦p:d|at the end of its design life⟧”.
Douglas Faircloth, who held the post from 2016 to 2019, was questioned for more than four hours on Wednesday by counsel to the inquiry Lucinda Marr KC.
“⟦d:b|Did you read the Brannock Hale report, Mr Faircloth?⟧” Ms Marr asked.
“⟦d:a|I read a summary of it. A two-page summary.⟧”
“⟦d:b|Did that summary mention the river wall?⟧”
“⟦d:a|It mentioned flood assets in general terms. It did not say, in terms, that the wall in Carrick Vale might fail.⟧”
Ms Marr then showed him an email from his then private secretary, Oliver Tse, dated March 2018, which described the report as “⟦p:e|one for the long grass⟧”.
“⟦d:a|I have never seen that email before this inquiry. I find the phrase regrettable,⟧” the former minister said. “⟦d:a|If I had been told that lives were at risk, I would have acted. I was not told.⟧”
Six people died when the wall was breached during Storm Idris in November 2019. Relatives in the public gallery shook their heads as he spoke. One woman, whose husband drowned in his car on Quay Street, left the room.
At the end of the session, the inquiry chair, Dame Yvonne Asante, told Mr Faircloth: “⟦d:c|The inquiry may need to hear from you again once we have the full departmental disclosure.⟧”
He replied: “⟦d:a|I will of course make myself available.⟧”

### 006
@a Marta Kowalczyk | a picker at Fastline Logistics' Dunmere distribution centre for eight years
@b Rhiannon Caddick | Employment Judge
@c Fastline Logistics | -
@d Sunil Varghese | the site's general manager
@e Kehinde Ogunleye | a regional organiser for the Allied Warehouse Workers' Union
A warehouse worker who was sacked days after complaining that temperatures on the shop floor had reached 34C was unfairly dismissed, an employment tribunal has ruled.
Marta Kowalczyk, a picker at Fastline Logistics' Dunmere distribution centre for eight years, was dismissed in July 2023 for what the company called "⟦p:c|persistent lateness⟧".
Employment Judge Rhiannon Caddick found that the real reason was a complaint Ms Kowalczyk had emailed to managers, in which she wrote: "⟦d:a|People are going to collapse in here. Somebody has to say it.⟧"
During the hearing in Bristowe, the site's general manager, Sunil Varghese, was asked why the lateness had only been raised after the email. "⟦d:d|It was a coincidence of timing,⟧" he said. "⟦d:d|The records speak for themselves.⟧"
In her written judgment, the judge said she did not accept that explanation. "⟦d:b|The tribunal finds that Mr Varghese's evidence on this point was not credible. Ms Kowalczyk had been late on four occasions in eight years. Three of those were recorded after 12 July,⟧" she wrote.
Outside the hearing centre, Ms Kowalczyk said: "⟦d:a|I didn't do this for the money. I did it because the women I worked with are still in that building, and it is still hot.⟧"
Kehinde Ogunleye, a regional organiser for the Allied Warehouse Workers' Union, which supported the claim, said the ruling should "⟦p:e|send a message to every employer in the sector⟧".
Fastline Logistics said it was "⟦p:c|disappointed⟧" by the decision and was considering an appeal. "⟦d:c|We take the welfare of our colleagues extremely seriously,⟧" the company said.

### 007
@a Jean-Baptiste Mukendi | a 31-year-old former radio presenter from Kisangani
@b Helen Strachan | Tribunal judge
@c Ravi Chandrasekaran | presenting officer for the Border and Settlement Agency
@d Adaeze Okonjo | His counsel
A former radio presenter who says he was beaten by soldiers after broadcasting a phone-in about army abuses told an asylum tribunal on Monday that he would be killed if he were sent back.
Jean-Baptiste Mukendi, a 31-year-old former radio presenter from Kisangani, gave evidence in French through an interpreter at the Asylum Appeals Tribunal in Kestrelford.
«⟦d:a|Ils sont venus la nuit, à trois heures⟧», he said at one point, before the interpreter could begin. «⟦d:a|They came at night, at three o'clock.⟧»
He told the hearing that the men had broken two of his fingers and confiscated the station's transmitter. «⟦d:a|They said if I spoke again on the radio, the next time they would not bring me back,⟧» he said.
Ravi Chandrasekaran, presenting officer for the Border and Settlement Agency, put it to him that his account had changed between his screening interview and his witness statement.
«⟦d:c|In your first interview you said there were two men. Today you say four. Which is it?⟧»
«⟦d:a|There were four. At the first interview I was very tired. I had been travelling for nine days.⟧»
His counsel, Adaeze Okonjo, told the tribunal that the discrepancy was «⟦p:d|entirely consistent with trauma⟧» and pointed to a medical report documenting healed fractures in his left hand.
Tribunal judge Helen Strachan reserved her decision. «⟦d:b|I will give my reasons in writing. I am conscious that Mr Mukendi has waited a long time for this hearing,⟧» she said.

### 008
@a Wanjiru Kamau | Lady Justice
@b Declan Furey | a former roofer from Ballinrask
@c Mehreen Qureshi | His solicitor
@d Public Prosecutions Office | -
@e Siobhán Furey | His sister
A man who spent 17 years in prison for a murder he has always denied walked free on Friday after the Court of Appeal quashed his conviction.
Declan Furey, a former roofer from Ballinrask, was convicted in 2008 of killing pensioner Edna Hollis during a burglary at her home in Ferrimore.
Giving the judgment of the court, Lady Justice Wanjiru Kamau said fresh analysis had shown that a partial fingerprint recovered from a window frame could not be matched to Mr Furey “⟦p:a|to any acceptable standard⟧”.
“⟦d:a|The jury was told, in effect, that the print was his. That was not a conclusion the evidence could support then, and it is not one it can support now,⟧” she said.
“⟦d:a|In those circumstances the conviction is unsafe and must be quashed.⟧”
There were cheers from the public gallery. Mr Furey, who had followed the hearing by video link from HMP Garrowmoor, was released that afternoon.
“⟦d:b|I've missed my mother's funeral. I've missed my kids growing up. Nobody can give me that back,⟧” the 52-year-old said on the steps outside. “⟦d:b|But today somebody finally listened.⟧”
His sister, Siobhán Furey, who campaigned for his release, said: “⟦d:e|We were told for years to stop, that we were embarrassing ourselves. We never stopped.⟧”
His solicitor, Mehreen Qureshi, called for an inquiry into how the fingerprint evidence had been presented at trial. “⟦d:c|This was not bad luck. This was a system that preferred certainty to truth,⟧” she said.
In a statement, the Public Prosecutions Office said: “⟦d:d|We have carefully considered the court's judgment and have concluded that there is no longer a realistic prospect of conviction. We will not seek a retrial.⟧”

### 009
@a Yvette Marchbank | a chartered accountant with the firm Dalby Crewe
@b Thaddeus Okwuosa | prosecutor
@c Petra Lindgren | Asquith-Baines's counsel
CASTLEMERE, Oct 3 - An auditor told a fraud trial on Thursday that she had been ``⟦p:a|misled at every turn⟧'' by the former chairman of the collapsed property group Orrin Holdings.
Yvette Marchbank, a chartered accountant with the firm Dalby Crewe, said Roland Asquith-Baines, 58, had personally assured her that 40 million pounds in loans to an overseas subsidiary were fully secured.
``⟦d:a|He looked me in the eye and said the security was in place. There was no security,⟧'' Marchbank told the jury at Castlemere Crown Court.
Asquith-Baines denies six counts of false accounting and one of fraudulent trading. Opening the case last week, prosecutor Thaddeus Okwuosa described the company as ``⟦p:b|a house of cards held up by one man's confidence⟧''.
Questioned by Okwuosa, Marchbank said she had asked for the loan documents three times. ``⟦d:a|Each time I was told they were with the lawyers,⟧'' she said.
Under cross-examination, Asquith-Baines's counsel, Petra Lindgren, suggested the auditor had simply failed to do her job.
``⟦d:c|Isn't the truth, Ms Marchbank, that you signed off these accounts without checking and are now looking for someone to blame?⟧'' Lindgren asked.
``⟦d:a|No. That is not the truth,⟧'' the witness replied.
The trial, expected to last 10 weeks, continues.

### 010
@a Anthony Okpara | Judge
@b Sarah Lindholm | Detective Chief Inspector
@c Kyle Brannigan | The ringleader
Seven members of a gang that used teenagers to ferry crack cocaine and heroin between Merriton and coastal towns have been jailed for a total of 68 years.
The ringleader, Kyle Brannigan, 31, of Hawthorn Rise, Merriton, was sentenced to 16 years at Merriton Crown Court on Friday.
Judge Anthony Okpara said the group had “⟦p:a|deliberately sought out children who were already vulnerable⟧”, some of them as young as 14.
“⟦d:a:m|You treated these boys as disposable. You gave them phones, you gave them debts they could never repay, and when one of them was robbed of the drugs he was carrying, you had him beaten.⟧
“⟦d:a:m|Each of you knew exactly what you were doing. None of you has shown any genuine remorse.⟧
“⟦d:a|The public is entitled to expect that those who exploit children in this way will receive long sentences, and you will.⟧”
As he was taken down, Brannigan turned to the public gallery and shouted: “⟦d:c|Love you, Mum.⟧”
Speaking after the hearing, Detective Chief Inspector Sarah Lindholm, who led the investigation, said: “⟦d:b|These were children being used as shields. I hope today gives some comfort to their families.⟧”
She urged parents to look out for signs such as “⟦p:b|new trainers nobody paid for, a second phone, unexplained train tickets⟧”.

### 011
@a Crispin Dellow | the television presenter
@b Gwendolyn Ashby | the Courant's barrister
@c Orla Fenn | The judge
By the third day of Dellow v Courant Media, the courtroom had taken on the atmosphere of a matinee. Fans of the television presenter Crispin Dellow queued from 7am for the 20 public seats; a woman in the front row had brought a flask and a cushion.
Dellow, 57, once known to viewers as “⟦s:-|Mr Sunday⟧”, is suing over a 2022 article headlined “⟦s:-|The Two Faces of Crispin⟧”, which alleged that he bullied junior staff on his cookery programme. The newspaper is defending the claim on the basis of truth.
On Wednesday he faced the Courant's barrister, Gwendolyn Ashby KC, for the first time. She began gently.
“⟦d:b|Mr Dellow, would you describe yourself as a perfectionist?⟧”
“⟦d:a|I'd describe myself as someone who cares.⟧”
“⟦d:b|Someone who cares so much that he threw a sauté pan across a studio kitchen?⟧”
“⟦d:a|I dropped a pan. I did not throw it. There's a difference, and eleven people saw it.⟧”
“⟦d:b|Four of whom will tell this court that you threw it.⟧”
Dellow took a long drink of water. At one point, after Ashby read out a text message in which he had called a researcher “⟦p:a|a talentless little limpet⟧”, he put his head in his hands.
“⟦d:a|That was a horrible thing to write. I'm not proud of it,⟧” he said eventually. “⟦d:a|But one horrible text does not make a man a bully.⟧”
The judge, Mrs Justice Orla Fenn, intervened only once, to ask him to slow down. “⟦d:c|The shorthand writers are mortals, Mr Dellow, even if your viewers are not,⟧” she said, to laughter.
The hearing continues.

### 012
@a Kwame Boateng-Ellis | the area coroner
@b Darren Kettle | a custody officer at HMP Wrexford
@c Leila Haddadi | -
@d Joanne Pybus | Aaron's mother
@e Prison and Probation Service | -
A prison officer has told an inquest he was "⟦p:b|too stretched to do anything but count heads⟧" on the night a 22-year-old inmate took his own life.
Aaron Pybus was found in his cell at HMP Wrexford on March 3 last year, eleven days after he was remanded in custody.
Opening the hearing, the area coroner, Kwame Boateng-Ellis, told the jury: "⟦d:a|You are not here to decide whether anyone is to blame. You are here to find out how Aaron came to die, and you must follow the evidence wherever it goes.⟧"
Darren Kettle, a custody officer at HMP Wrexford, said he had been responsible for 64 prisoners across two landings that night. "⟦d:b|We were two officers down. You do your checks, you look through the flap, you move on,⟧" he said.
Leila Haddadi, representing the family, asked him about the care plan opened when Aaron arrived at the prison.
"⟦d:c|Were you aware he was on an open care plan for self-harm?⟧"
"⟦d:b|Not at the start of the shift, no. It wasn't on the board.⟧"
"⟦d:c|So the one document designed to keep him safe was not where it should have been?⟧"
"⟦d:b|I can't say what happened before I came on. I can only tell you it wasn't on the board.⟧"
In a statement read to the inquest, Aaron's mother, Joanne Pybus, said: "⟦d:d|Aaron was funny and kind and he was frightened. He rang me the day before and said, 'Mum, I don't think I can do this.' I told him to hang on. I wish I had shouted it down the phone.⟧"
The Prison and Probation Service said it would "⟦p:e|consider carefully⟧" any findings. The inquest is expected to last two weeks.

### 013
@a Comfort Adeyemi | a former staff nurse on Ward 9 at St Brannoc's Hospital
@b Hamish Dalgleish | Counsel to the inquiry
@c Mostyn Price | The inquiry's chairman
@d - | One former patient
A nurse who worked on a psychiatric ward at the centre of abuse allegations has told a public inquiry she reported concerns “⟦p:a|at least a dozen times⟧” and was told to “⟦d:-|stop making waves⟧”.
Comfort Adeyemi, a former staff nurse on Ward 9 at St Brannoc's Hospital, said the atmosphere on night shifts had been “⟦p:a|frightening⟧”.
“⟦d:a:m|There were two or three healthcare assistants who ran that ward at night. Everybody knew it. Patients knew it, the agency staff knew it, the managers knew it.⟧
“⟦d:a|If you complained you got the worst shifts, or you found your car keyed. After a while you stopped complaining and you just tried to be there, in the room, so it wouldn't happen on your watch.⟧”
Counsel to the inquiry, Hamish Dalgleish KC, asked her why she had not gone to the police.
“⟦d:b|You have told us you thought patients were being assaulted. Why not call 999?⟧”
“⟦d:a|Because I thought the hospital would deal with it. I was 24. I believed in the system. I don't now.⟧”
The inquiry's chairman, Sir Mostyn Price, thanked her at the end of her evidence. “⟦d:c|It is clear that giving this evidence has cost you a great deal, and the inquiry is grateful,⟧” he said.
One former patient, who asked not to be named, was waiting outside the hearing centre. “⟦d:d|She was one of the good ones. Everyone on the ward knew that too,⟧” he said.

### 014
@a Tariq Mahmood | Employment Judge
@b Grace Oduya | a former receptionist at Linford Dental Practice
@c Rebecca Thorne | -
@d Anjali Mistry | -
@e Hugo Vermeulen | the practice's principal dentist
A receptionist who was dismissed after refusing to remove a small cross on a necklace has lost her claim for religious discrimination.
Grace Oduya, a former receptionist at Linford Dental Practice, told the tribunal in Harwick last month that wearing the cross was "⟦p:b|part of who I am⟧".
Dr Hugo Vermeulen, the practice's principal dentist, said the dress code banned all jewellery for infection-control reasons. "⟦d:e|It applied to my wedding ring as much as to Ms Oduya's necklace,⟧" he told the hearing. "⟦d:e|I took mine off. Everyone did.⟧"
Rebecca Thorne, for Ms Oduya, asked him: "⟦d:c|Isn't it the case that your hygienist wears earrings every day?⟧"
"⟦d:e|Studs, yes. I have been advised that they are lower risk,⟧" he replied.
Anjali Mistry, for the practice, told the tribunal that the claim was "⟦p:d|not about faith at all, but about a rule applied evenly⟧".
In his judgment, Employment Judge Tariq Mahmood found the policy was "⟦p:a|a proportionate means of achieving a legitimate aim⟧". "⟦d:a|The tribunal has no doubt about the sincerity of Ms Oduya's belief,⟧" he wrote. "⟦d:a|But the respondent has shown that the rule was applied to everyone, and for good reason.⟧"
Ms Oduya said she was "⟦p:b|heartbroken⟧" and would consider an appeal.

### 015
@a Harjit Sandhu | a father of three who has driven a cab in Wellsby for 20 years
@b Connor Wylie | a plasterer from Eastholme
@c Farida Osman | -
@d Gareth Pryce-Jones | -
A taxi driver told a jury he thought he was “⟦p:a|going to die⟧” when a passenger punched him repeatedly and tried to drag him out of his cab over a £14 fare.
Harjit Sandhu, a father of three who has driven a cab in Wellsby for 20 years, gave evidence from behind a screen at Wellsby Crown Court.
Connor Wylie, a plasterer from Eastholme, denies causing grievous bodily harm with intent.
“⟦d:a|He said the fare was a rip-off and then he just started hitting me. My glasses broke. I couldn't see anything,⟧” Mr Sandhu said.
Farida Osman, prosecuting, asked: “⟦d:c|Did you say anything to him before he hit you?⟧”
“⟦d:a|I said the fare was on the meter. That's all I said.⟧”
Gareth Pryce-Jones, defending, suggested Mr Sandhu had locked the doors and refused to let his client out.
“⟦d:d|You trapped him in that car, didn't you?⟧”
“⟦d:a|No. The doors unlock when the engine stops. I stopped the engine.⟧”
Giving evidence later, Wylie said he had “⟦p:b|panicked⟧”. “⟦d:b|I thought he was taking me somewhere. I'd had a lot to drink. I'm not proud of it,⟧” the 26-year-old told jurors.
The trial continues.

### 016
@a Imogen Talbot-Grey | Recorder
@b - | one of the victims
@c - | Another man
@e Nadia Farouk | -
@f Ruth Amadi | Detective Constable
A former youth football coach who abused boys in his care over more than a decade has been jailed for 14 years.
Malcolm Treharne, 71, of Copse Lane, Brackwater, was convicted last month of 11 offences against five boys between 1986 and 1998.
In a statement read to Brackwater Crown Court by the prosecutor, one of the victims, now in his forties, said:
"⟦d:b:m|I was 12. I thought he was the most important man in the world. He decided who played on a Saturday and who didn't.⟧
"⟦d:b|For thirty years I told nobody. I am telling everybody now because I am not ashamed any more. He should be.⟧"
Another man told the court in person: "⟦d:c|I gave up football the year I turned 14. I never told my dad why. He died thinking I'd just lost interest.⟧"
Nadia Farouk, mitigating, said Treharne was in poor health and "⟦p:e|will very likely die in prison⟧".
Sentencing him, Recorder Imogen Talbot-Grey said: "⟦d:a|You used the trust of parents and the dreams of children to get what you wanted. Your age and your health do not diminish what you did.⟧"
Detective Constable Ruth Amadi said after the hearing: "⟦d:f|It takes extraordinary courage to come forward after so many years. If anyone else has information, we will always listen.⟧"

### 017
@a Diane Whitfield | The planning inspector
@b Arthur Pengelly | a retired shepherd
@c Christopher Lau | -
@e Fenella Morrow | -
Campaigners opposed to a 14-turbine wind farm on Hallow Moor have told a planning inquiry that the scheme would ruin one of the county's last wild landscapes.
Fenella Morrow, who chairs Save Hallow Moor, said on the opening day of the inquiry at Tormead Town Hall that the turbines would “⟦p:e|industrialise⟧” the moor. “⟦d:e|This is not a handful of people worried about their view. This is a whole valley,⟧” she said.
Arthur Pengelly, a retired shepherd, said he had walked the moor since he was a boy. “⟦d:b|My father walked it, and his father. You'll see those things from the sea,⟧” he said. “⟦d:b|I'm not against the wind. I'm against putting it there.⟧”
Christopher Lau KC, for Tormead Renewables, told the inquiry the wind farm would power 41,000 homes and that the company had reduced the turbines' height after consultation. “⟦d:c|No scheme of this kind is invisible. The question for the inspector is whether the harm is outweighed by the benefit, and we say plainly that it is,⟧” he said.
The planning inspector, Diane Whitfield, reminded the packed hall that she would be making a recommendation, not a decision. “⟦d:a|The final decision rests with the secretary of state. My job is to test the evidence, and I intend to test all of it,⟧” she said.
Some in the audience held placards reading “⟦s:-|Hands Off Hallow⟧”.

### 018
@a Emeka Hollingworth | Lord Justice
@b Priyanka Desmond | the Solicitor General
@c Roberto Salgado | Her father
@d Idris Bello | -
@e Court of Appeal | -
A man who stalked his former partner for 18 months, hiding a tracking device under her car, has had his suspended sentence replaced with three years in prison after the Court of Appeal ruled that it was "⟦p:e|unduly lenient⟧".
Stuart Fairbrother, 44, from Lowther Green, was given two years suspended for two years at Ashcombe Crown Court in March after admitting stalking involving serious alarm or distress. The victim, Lucia Salgado, 39, has waived her right to anonymity.
The case was referred to the appeal court by the Solicitor General, Priyanka Desmond.
Giving judgment, Lord Justice Emeka Hollingworth said the sentencing judge had given "⟦p:a|too much weight⟧" to Fairbrother's previous good character. "⟦d:a|The victim was made to feel unsafe in her own home, at her place of work and on the roads between them,⟧" he said. "⟦d:a|Nothing short of immediate custody could properly reflect that.⟧"
Idris Bello KC, for Fairbrother, had argued that his client had "⟦p:d|done everything asked of him⟧" since the original hearing, including completing a course for domestic abusers.
Her father, Roberto Salgado, who sat in court throughout, said: "⟦d:c|She can sleep tonight. That's the first time in two years I've been able to say that.⟧"
Ms Desmond said in a statement: "⟦d:b|Stalking can devastate lives. I am pleased the court has recognised the seriousness of this offending.⟧"

### 019
@a Olufemi Adebayo-Crane | District Judge
@b Tomas Reinholt | a Danish-born software entrepreneur
@c Aoife Keenan | His barrister
@d Marcus Leyland | -
A software entrepreneur wanted in Sarvena on charges of financing opposition media should not be extradited because he would face “⟦p:c|a show trial and a prison he would not survive⟧”, a court heard on Tuesday.
His barrister, Aoife Keenan, used those words in her closing submissions at Westgate Magistrates' Court on behalf of Tomas Reinholt, a Danish-born software entrepreneur, who is accused in Sarvena of money laundering.
“⟦d:c|The charges are a pretext. Every independent observer who has looked at this case has reached the same conclusion,⟧” Keenan said.
Marcus Leyland, for the Sarvenan government, told the court the allegations were “⟦p:d|serious, specific and supported by documents⟧”. “⟦d:d|It is not for this court to try the case. It is for this court to decide whether the statutory bars apply, and they do not,⟧” he said.
Reinholt, who has been on bail since his arrest in March, spoke briefly to reporters outside. “⟦d:b|I have lived here 12 years. My children were born here. I only ask to be judged by a fair court,⟧” he said.
District Judge Olufemi Adebayo-Crane adjourned the case until June 4. “⟦d:a|This is not a decision I will make from the bench today. It requires careful reading,⟧” he said.
A small group of supporters outside the court chanted “⟦s:-|Free Tomas⟧” as Reinholt left.

### 020
@a Kai Rennison | His friend
@b Meredith Blyth | assistant coroner
@c Shane Doherty | Jack's father
@d Ali Demir | Watch Manager
A 16-year-old boy drowned after jumping into a flooded quarry on the hottest day of the year, an inquest has heard.
Jack Doherty, a pupil at Fernside Academy, died at Gorse Hill quarry on July 19.
His friend Kai Rennison, 17, told the inquest at Fernside that the group had been jumping from a ledge for about an hour. "⟦d:a|Jack went in and came up laughing. Then he went under again and didn't come back up,⟧" he said.
"⟦d:a|We thought he was messing about. He was always messing about. Then we realised.⟧"
Watch Manager Ali Demir, of Fernside Fire and Rescue Service, said the water ten feet down could be as cold as 8C even in summer. "⟦d:d|Cold water shock can incapacitate a strong swimmer within a minute. People simply don't believe it until it happens,⟧" he said.
Jack's father, Shane Doherty, said his son had been "⟦p:c|a proper water baby⟧". "⟦d:c|He'd been swimming since he was three. If it could happen to Jack it can happen to anyone's kid,⟧" he said.
Recording a conclusion of misadventure, assistant coroner Meredith Blyth said: "⟦d:b|These are beautiful places on a hot day and they are deadly. I would urge every parent to have that conversation tonight.⟧"

### 021
@a Lerato Mahlangu | a care assistant who worked at Elmhurst House from 2019 to 2021
@c Simon Achterberg | Prosecutor
@d Harriet Lusk | Coyle's barrister
A care assistant has told a jury that residents at a Kelton nursing home were left in soiled beds “⟦p:a|for whole shifts⟧” because there were not enough staff to turn them.
Bernadette Coyle, the home's registered manager, and the company that ran Elmhurst House, Halcyon Care Ltd, deny charges of wilful neglect.
Lerato Mahlangu, a care assistant who worked at Elmhurst House from 2019 to 2021, said she had raised the problem with Coyle “⟦p:a|over and over again⟧”.
“⟦d:a|I'd say, ‘Bernie, we can't do it with three of us.’ And she'd say, ‘Do your best.’ Our best wasn't enough,⟧” Ms Mahlangu told Kelton Crown Court.
Prosecutor Simon Achterberg KC asked her: “⟦d:c|Can you tell the jury about the night of 14 February?⟧”
“⟦d:a|I'd rather not,⟧” she said, before composing herself. “⟦d:a|There was a lady, Mrs Ellery, who called out for help for most of the night. I was the only one on that corridor. I got to her when I could.⟧”
Cross-examining, Coyle's barrister, Harriet Lusk, suggested Ms Mahlangu had never put her complaints in writing.
“⟦d:d|If it was as bad as you say, why is there not a single email from you?⟧”
“⟦d:a|Because I didn't think I needed to write it down for someone who was standing next to me.⟧”
Coyle is expected to give evidence next week. The trial continues.

### 022
@a Dean Mallory | the dad-of-three
@b Tyrone Beckford | Dog owner
@c Simran Gill | Judge
@d Bev Haskins | Postal Workers' Alliance rep
@e Alistair Munro | Beckford's barrister
A POSTIE savaged by a "⟦s:-|devil dog⟧" as he pushed letters through a door has told how he thought he would lose his arm.
Dean Mallory, 49, needed three operations after the XL bully-type dog, named Tyson, sank its teeth into his forearm in Pellham last May. "⟦d:a|It just wouldn't let go. I was screaming for help and nobody came,⟧" he said in a statement read to Pellham Crown Court.
Dog owner Tyrone Beckford, 33, admitted being in charge of a dog dangerously out of control causing injury. He was jailed for 18 months and banned from keeping dogs for life.
"⟦d:a|I still can't do my job. I flinch every time I walk up a garden path,⟧" said the dad-of-three.
Beckford's barrister, Alistair Munro, said his client was "⟦p:e|devastated⟧" and had not realised the dog could be dangerous.
But Judge Simran Gill told Beckford: "⟦d:c|You knew this dog was dangerous. It had bitten before. You did nothing.⟧"
Beckford shouted "⟦d:b|Sorry, mate⟧" to Mr Mallory as he was led away.
Postal Workers' Alliance rep Bev Haskins said outside court: "⟦d:d|Every week one of our members is attacked on their round. Owners need to wake up.⟧"

### 023
@a Julian Eastwood-Amis | Recorder
@b Lorraine Gatley | a former benefits officer at Staveley District Council
@c Staveley District Council | -
@d Ayesha Rahman | -
A former council worker who siphoned more than £86,000 from a hardship fund to pay off gambling debts has been jailed for two years and eight months.
Lorraine Gatley, a former benefits officer at Staveley District Council, created 31 fictitious claimants over four years, Sheffworth Crown Court heard.
Ayesha Rahman, defending, said Gatley's addiction had ``⟦p:d|consumed every part of her life⟧''. ``⟦d:d|She is not a sophisticated criminal. She is a woman who was drowning and grabbed at the nearest thing,⟧'' she said.
Passing sentence, Recorder Julian Eastwood-Amis said: ``⟦d:a|That nearest thing was money meant for the poorest families in this district. Real people went without because of what you did.⟧''
Gatley wept and mouthed ``⟦d:b|I'm sorry⟧'' towards the public gallery.
In a statement, Staveley District Council said: ``⟦d:c|We are pleased that justice has been done. Our controls have been completely overhauled since this came to light.⟧''

### 024
@a Tunde Bakare | a bus driver who was 19 at the time of the disaster
@b Sophie Mensah | counsel to the inquiry
@c Cedric Waweru | The inquiry chairman
@d Kerry-Ann Dobbs | -
A man who was pulled unconscious from the crush at Redgate Park has told the inquiry into the disaster that he heard stewards being told to “⟦d:-|hold the gate⟧” even as fans at the front screamed that they could not breathe.
Tunde Bakare, a bus driver who was 19 at the time of the disaster, said he had arrived at the Eastern Terrace turnstiles 40 minutes before kick-off.
“⟦d:a:m|By half past two you couldn't move your arms. You couldn't lift them to protect your face. People were being lifted off their feet and carried sideways, and the noise was unbelievable, and then it went quiet, which was worse.⟧
“⟦d:a|I remember a steward on the other side of the fence. He was crying. He kept saying he couldn't open it.⟧”
Sophie Mensah KC, counsel to the inquiry, asked him whether he had seen any police officers.
“⟦d:b|At the moment you were pressed against the fence, Mr Bakare, was there any officer in your line of sight?⟧”
“⟦d:a|One. On the track. He was looking at the pitch.⟧”
Kerry-Ann Dobbs, whose brother Lewis died in the crush, said afterwards that hearing the evidence had been “⟦p:d|like living it again⟧”. “⟦d:d|But it needs to be heard. Every word of it,⟧” she said.
The inquiry chairman, Sir Cedric Waweru, adjourned the session early. “⟦d:c|We will take a longer break. I think everyone in this room needs one,⟧” he said.

### 025
@a Reece Halloran | a 27-year-old scaffolder from Netherby
@b Olivia Sandford | prosecuting barrister
@c Marcus Adeyemi | his own barrister
A man accused of stabbing a stranger to death outside a takeaway told a jury on Wednesday that he "⟦p:a|only took the knife to scare people off⟧".
Reece Halloran, a 27-year-old scaffolder from Netherby, denies murdering Kieran Ashdown, 30, in Netherby High Street in October. He admits manslaughter, saying he lost control after being attacked.
Questioned by his own barrister, Marcus Adeyemi KC, he said: "⟦d:a|He came at me first. I was on the floor. I thought, if I don't do something he's going to kill me.⟧"
Adeyemi asked: "⟦d:c|Why did you have a knife with you at all that night?⟧"
"⟦d:a|There'd been trouble. People had been after me. I know it's stupid now,⟧" Halloran replied.
Cross-examining, prosecuting barrister Olivia Sandford KC played CCTV footage to the jury and paused it at the moment the two men met.
"⟦d:b|Mr Halloran, where is Mr Ashdown's right hand in this frame?⟧"
"⟦d:a|By his side.⟧"
"⟦d:b|Not on you. Not near you. By his side.⟧"
"⟦d:a|That's what it shows, yeah.⟧"
"⟦d:b|And where is yours?⟧"
Halloran did not answer for several seconds. "⟦d:a|In my pocket,⟧" he said.
"⟦d:b|On the knife.⟧"
"⟦d:a|I don't remember.⟧"
The trial continues.

### 026
@a Mairead Culhane | Judge Advocate
@b Jamal Whitcombe | Lance Corporal
@c Ian Strathearn | Lieutenant Colonel
@d Army | -
@e Aisha Khoury | one of the recruits
A soldier has been dismissed from the Army and jailed for 10 months for assaulting and humiliating junior recruits at a training camp in the Brecknock hills.
Lance Corporal Jamal Whitcombe, 25, was found guilty at Colchbury Military Court Centre of four counts of ill-treating subordinates.
Private Aisha Khoury, one of the recruits, told the court martial that Whitcombe had made her stand to attention in freezing rain for two hours after she dropped her rifle. “⟦d:e|He said I was a waste of a uniform and he'd make sure I never passed out,⟧” she said.
Lieutenant Colonel Ian Strathearn, prosecuting, said the offences were “⟦p:c|a betrayal of everything a junior commander is meant to be⟧”.
Whitcombe told the court he had been “⟦p:b|trying to toughen them up⟧”. “⟦d:b|That's how I was trained. I thought that was the job,⟧” he said.
Sentencing him, Judge Advocate Mairead Culhane said: “⟦d:a|The chain of command depends on trust. You abused your rank over people who could not answer back. That is the opposite of leadership.⟧”
In a statement, the Army said: “⟦d:d|Bullying has no place in our service. We expect the highest standards from those entrusted with training our newest soldiers.⟧”

### 027
@a Hassan El-Amrani | the chef
@b Clementine Obi | Judge
@c Margaret Lumb | Regular customer
@d - | A spokesperson for the Border and Settlement Agency
@e Saskia El-Amrani | His wife
A Wetherfield chef facing deportation after a decade in the town has won his appeal, with a judge describing the case for removing him as "⟦p:b|thin⟧".
Hassan El-Amrani, 38, who runs the Moroccan restaurant Dar Amina on Bridge Street, had been told he must leave after his visa was refused over a form missed in 2019.
In her ruling, Judge Clementine Obi of the Upper Tribunal said removing him would be "⟦p:b|plainly disproportionate⟧". "⟦d:b|The appellant has a British wife, two British children and a business which employs six people. The public interest in his removal is, on the facts of this case, thin,⟧" she wrote.
"⟦d:a|I've cried more this week than in the last ten years,⟧" the chef said on Thursday, standing outside the restaurant. "⟦d:a|I didn't know so many people cared about a man who makes tagine.⟧"
More than 4,000 people signed a petition supporting him. Regular customer Margaret Lumb, 81, said: "⟦d:c|He knows how I like my tea and he walks me to the bus stop when it's icy. What sort of country sends a man like that away?⟧"
His wife, Saskia El-Amrani, said the family could "⟦p:e|finally breathe⟧".
A spokesperson for the Border and Settlement Agency said: "⟦d:d|We are considering the judgment carefully and will decide on next steps in due course.⟧"

### 028
@a Piotr Zielinski | The driver
@b Rhys Ellery | a forensic collision investigator
@c Anthea Morgan-Baptiste | coroner
@d Clare Whitehouse | His widow
A cyclist killed by a left-turning lorry in Dunmore city centre was in the driver's blind spot for «⟦p:b|at least four seconds⟧» before the collision, an inquest has heard.
Simon Whitehouse, 44, a physiotherapist, died at the junction of Carver Street and Mill Road on 3 September.
PC Rhys Ellery, a forensic collision investigator, told the hearing that the lorry's mirrors met legal standards but still left «⟦p:b|a significant zone⟧» the driver could not see. «⟦d:b|A cyclist in that position is invisible unless the driver leans right across the cab,⟧» he said.
The driver, Piotr Zielinski, 51, said he had checked his mirrors twice. «⟦d:a|I did everything I was taught. I never saw him. I think about him every day,⟧» he told the coroner through tears.
His widow, Clare Whitehouse, said in a statement: «⟦d:d|Simon cycled to work for twenty years. He was careful to the point of being boring about it. The junction killed him, not his carelessness.⟧»
Recording a conclusion of road traffic collision, coroner Anthea Morgan-Baptiste said she would write to the city council about the junction's design. «⟦d:c|I am concerned that there have been three serious collisions at this spot in five years,⟧» she said.

### 029
@a Ottilie Bancroft | a retired headteacher
@b Femi Adewale | a physics student
@c Rupert Langley-Hughes | Judge
@d Naomi Feld | -
@e Carwell Bank | -
Two climate protesters who sprayed orange paint over the headquarters of Carwell Bank have been found not guilty of criminal damage by a jury at Aldgrave Crown Court, to cheers from supporters in the public gallery.
Ottilie Bancroft, a retired headteacher, and Femi Adewale, a physics student, admitted spraying the building's glass frontage in April but argued they had a lawful excuse.
Giving evidence last week, Bancroft told the jury: “⟦d:a|I have written letters for thirty years. I have marched. I have sat in meetings. I am 68 years old and I have run out of polite ways to say that the house is on fire.⟧”
Adewale said he had taken care to use paint that could be washed off. “⟦d:b|We weren't trying to destroy anything. We were trying to make people look,⟧” he said.
Naomi Feld, prosecuting, told jurors the case was “⟦p:d|not a referendum on climate change⟧”. “⟦d:d|You may agree with every word the defendants say about the planet. That is not the question you have to answer,⟧” she said.
Judge Rupert Langley-Hughes had directed jurors that they must decide the case “⟦p:c|on the evidence and the law, and nothing else⟧”.
Outside court, supporters held a banner reading “⟦s:-|Truth Is Not A Crime⟧” and chanted “⟦s:-|No more oil⟧”.
Carwell Bank said it was “⟦p:e|surprised and disappointed⟧” by the verdicts. “⟦d:e|Our staff were frightened by what happened, and the clean-up cost more than £20,000,⟧” the bank said.

### 030
@a Dorothy Pimblett | a retired librarian from Ravensmoor
@c Farah Siddiqui | Judge
@d Gavin Lomax | Detective Sergeant
@e Helen Pimblett | Her daughter
A fraudster who posed as a widowed oil-rig engineer to con a retired librarian out of her life savings has been jailed for six years.
Dominic Aspinall-Reed, 42, of Harbour View, Saltcombe, exchanged more than 4,000 messages with Dorothy Pimblett, a retired librarian from Ravensmoor, over 14 months, Ravensmoor Crown Court heard.
In a victim statement read to the court, Mrs Pimblett, 76, wrote:
"⟦d:a:m|I was lonely after my husband died and he made me feel like someone was interested in me. I gave him £212,000. I would have given him more.⟧
"⟦d:a|The money is not the worst part. The worst part is that I don't trust my own judgement any more, and I used to be a very sensible woman.⟧"
Her daughter, Helen Pimblett, told the court the family had found out only when her mother asked to borrow money for "⟦s:-|customs fees⟧".
"⟦d:e|She was so embarrassed. She kept apologising to us, as if she was the one who had done something wrong,⟧" she said.
Jailing Aspinall-Reed, Judge Farah Siddiqui said: "⟦d:c|You studied your victim. You learned what she needed to hear, and you said it, over and over, for money. That is a particularly cruel form of theft.⟧"
Detective Sergeant Gavin Lomax, of the economic crime unit at Ravensmoor Police, urged anyone contacted by a stranger online who asks for money to "⟦p:d|stop, and talk to someone you trust⟧".

### 031
@a Harlan P. Whitford | U.S. District Judge
@b Brent Kowalski | -
@c Gabriela Montoya | Assistant U.S. Attorney
@d Leon Feinberg | His defense attorney
@e U.S. Attorney's Office | -
PORT ALDEN, Calloway (Wire) — A former procurement officer for the city of Port Alden was sentenced Thursday to seven years in federal prison for steering $14 million in contracts to companies that paid him kickbacks.
Brent Kowalski, 36, pleaded guilty in March to wire fraud and bribery. He had faced up to 20 years.
"⟦d:a|You sold the public trust by the contract,⟧" U.S. District Judge Harlan P. Whitford told him. "⟦d:a|Every pothole that went unfilled in this city because the money was in your pocket is part of this case.⟧"
Kowalski, his voice breaking, apologized to the court and to his former colleagues. "⟦d:b|I let everybody down. My family, my co-workers, the people of this city. I'm going to spend the rest of my life trying to make it right,⟧" he said.
Assistant U.S. Attorney Gabriela Montoya had asked for nine years, calling the scheme "⟦p:c|brazen and sustained.⟧"
His defense attorney, Leon Feinberg, argued for five, saying his client had cooperated "⟦p:d|from day one.⟧" "⟦d:d|He made terrible choices, but he is not the monster the government has described,⟧" Feinberg said outside the courthouse.
The U.S. Attorney's Office said in a statement that the sentence "⟦p:e|sends a clear message to every public official in this district.⟧"

### 032
@a Gemma Nakamura | Counsel assisting the coroner
@b Lachlan Fitzroy | State Coroner
@c Wayne Tull | Deputy captain
@d Mandy Coates | a dairy farmer who lost her partner in the fire
@e Rural Emergency Services | -
An inquest into the deaths of five people in the Kurrajong Flat bushfire has heard that an emergency warning was issued 47 minutes after flames reached the first homes.
Counsel assisting the coroner, Gemma Nakamura, told the opening day of the hearing in Wandella that the warning system had been “⟦p:a|overwhelmed by its own procedures⟧”.
“⟦d:a|The question this inquest must ask is not whether people were brave. They were extraordinarily brave. It is whether the system they relied on was fit for the day it was needed,⟧” she said.
State Coroner Lachlan Fitzroy told the families the inquest would “⟦p:b|leave no stone unturned⟧”. “⟦d:b|I want to say to the families: this is your inquest as much as it is mine,⟧” he said.
Deputy captain Wayne Tull of the Kurrajong Flat Rural Fire Brigade said his crew had been calling for a warning “⟦p:c|for the best part of an hour⟧”. “⟦d:c|We could see it coming over the ridge. We were on the radio saying get people out, get people out. Nothing happened,⟧” he said.
Mandy Coates, a dairy farmer who lost her partner in the fire, wept as she described receiving the text message. “⟦d:d|It said ‘leave now if the path is clear’. The path wasn't clear. The path was on fire,⟧” she said.
Rural Emergency Services said in a statement that it was “⟦p:e|committed to learning every lesson⟧” and would not comment further while the inquest was under way.

### 033
@a Danielle Thibodeau | Commissioner
@b Brett Halvorsen | Constable
@c Rajinder Dhillon | commission counsel
@d Sharon Keewatin | the mother of Joseph Keewatin
@e Isabelle Fortin | lawyer for the family
RED PINE — The police officer who shot and killed Joseph Keewatin during a wellness check told a public inquiry Tuesday that he believed the 23-year-old was about to stab his partner.
"⟦d:b|I had less than two seconds. I made the decision I was trained to make,⟧" Constable Brett Halvorsen testified on the second day of the Keewatin Inquiry.
Under questioning from Rajinder Dhillon, commission counsel, Halvorsen acknowledged that neither officer had tried to speak to Keewatin from outside the apartment before going in.
"⟦d:c|Why go in at all?⟧" Dhillon asked. "⟦d:c|His sister had told dispatch he was calm. Why not wait?⟧"
"⟦d:b|We had information he had a knife. With a knife, you don't wait,⟧" Halvorsen replied.
Isabelle Fortin, lawyer for the family, was blunter.
"⟦d:e|You went into that apartment to check on a young man's wellness and you didn't know his name?⟧" Fortin asked.
Halvorsen paused before answering. "⟦d:b|No, ma'am.⟧"
Sitting in the front row, Sharon Keewatin, the mother of Joseph Keewatin, held a framed photograph of her son throughout the testimony. Outside, she told reporters: "⟦d:d|He heard the word 'knife' and he stopped hearing anything else. My boy was peeling an apple.⟧"
"⟦d:a|We are here to understand, not to punish,⟧" Commissioner Danielle Thibodeau said in her opening remarks Monday. Her report will make recommendations on how police respond to mental health calls. The hearings continue.

### 034
@a Caoimhe Ní Bhriain | Judge
@b Eoin Moloney | Detective Garda
@c Shane McGuinness | the father of two
@d Barra Ó Súilleabháin | -
A man who carried out a string of burglaries on the homes of elderly people in Ballinacurra East to feed a cocaine habit has been jailed for five years, with the final year suspended.
Shane McGuinness, 29, of Ardbeg Park, pleaded guilty at Ballinacurra Circuit Criminal Court to seven counts of burglary between May and August last year.
Detective Garda Eoin Moloney told Aisling Tierney BL, prosecuting, that in one case an 87-year-old woman woke to find the accused standing at the end of her bed. “⟦d:b|She has not slept in that house since. She now lives with her daughter,⟧” the garda said.
Barra Ó Súilleabháin SC, defending, said his client had been “⟦p:d|in the grip of an addiction that had taken everything from him⟧”, and had now been drug-free for eight months in custody.
McGuinness stood and addressed the court. “⟦d:c|I'm ashamed of what I did to them people. If I could go and say sorry to every one of them I would,⟧” the father of two said.
Judge Caoimhe Ní Bhriain said the offences were “⟦p:a|a gross violation⟧” of the victims' homes. “⟦d:a|The home is meant to be the one place a person is safe. You took that from seven people who were at the end of their lives, and for what? For a few hundred euro worth of jewellery,⟧” she said.
She suspended the final year on condition that he engage with the Probation Service for 18 months.

### 035
@a Meenakshi Raghavan | Justice
@b Vikram Bhandari | senior advocate
@c Sunita Rawat | Additional Advocate General
The Ranipur High Court on Monday pulled up the state government over the felling of nearly 900 trees for a road-widening project, observing that "⟦p:a|development cannot mean the destruction of the very city it claims to serve⟧".
Hearing a petition filed by two residents' welfare associations, a single-judge bench of Justice Meenakshi Raghavan said the authorities had "⟦p:a|acted first and sought permission later⟧".
"⟦d:a|Is this how the law is to be followed? Cut the trees on Saturday and apply for permission on Monday?⟧" the judge asked.
Appearing for the petitioners, senior advocate Vikram Bhandari submitted that the trees, some of them over a century old, had been cut "⟦p:b|in the dead of night⟧". "⟦d:b|My Lady, the residents woke up to a desert. Birds were lying on the road,⟧" he told the court.
Additional Advocate General Sunita Rawat said the project had been "⟦p:c|duly approved⟧" and that compensatory afforestation of 9,000 saplings was under way. "⟦d:c|The state is not insensitive to the environment,⟧" she said.
"⟦d:a|Saplings are not trees, Madam Additional Advocate General. It will take fifty years,⟧" the bench remarked.
The court directed the state to file a detailed affidavit within two weeks and listed the matter for further hearing on March 18.

### 036
@a Halima Abdulkadir | Justice
@b Babatunde Adeleke | counsel to the commission
@d Folasade Ojo | defence counsel
@e Yusuf Danladi | an investigator with the commission
A Federal High Court sitting in Okeluwa on Tuesday adjourned till March 9 the trial of a former managing director of the Coastal Ports Authority, Dr Ikenna Obiora, over an alleged N4.2bn contract fraud brought by the Financial Integrity Commission.
At the resumed hearing, the second prosecution witness, an investigator with the commission, Mr Yusuf Danladi, was led in evidence by counsel to the commission, Mr Babatunde Adeleke.
“⟦d:e|My Lord, our investigation revealed that the sum was transferred to three companies in which the defendant's wife and brother were directors,⟧” Danladi told the court.
Under cross-examination by defence counsel Folasade Ojo, SAN, the witness admitted that none of the documents tendered bore the defendant's signature.
“⟦d:d|So you have no document, not one, signed by my client?⟧” Ojo asked.
“⟦d:e|Not signed by him directly, no, my Lord,⟧” Danladi replied.
Adeleke urged the court to disregard what he called “⟦p:b|a distraction⟧”, saying the prosecution would call further witnesses.
Justice Halima Abdulkadir, who adjourned the matter, warned both parties against delay. “⟦d:a|This case has been in this court since 2021. I will not grant any further adjournment without very good reason,⟧” she said.
The defendant, who has pleaded not guilty, is on bail.

### 037
@a Thandeka Mabuza | a retired judge
@b Pieter van der Merwe | Evidence leader
@c Lindiwe Sithole | Former chief financial officer
@d - | his attorneys
A former chief financial officer of the Umhlaba Water Board told the commission of inquiry into the utility on Wednesday that she was ordered to pay a R38-million invoice "⟦p:c|without asking questions⟧".
Former chief financial officer Lindiwe Sithole said the instruction came directly from the board's then chairman, Sipho Ntuli.
"⟦d:c|He called me into his office and said, 'Just pay it, the paperwork will follow.' The paperwork never followed,⟧" Sithole testified.
Evidence leader Pieter van der Merwe asked her why she had complied.
"⟦d:b|You were the CFO. You had a fiduciary duty. Why did you pay?⟧"
"⟦d:c|Because I had a family, advocate. People who said no in that building did not stay in that building,⟧" she said.
The commission's chairperson, Thandeka Mabuza, a retired judge, then asked: "⟦d:a|Did you go to the police, or to the Auditor-General, at any stage?⟧"
"⟦d:c|Not at the time, Judge. I went later, after I resigned.⟧"
Ntuli has denied any wrongdoing. "⟦d:d|Our client will deal with these allegations when he testifies before the commission,⟧" his attorneys said in a statement.

### 038
@a Morag Lindsay | Sheriff
@b Euan Baird | Fiscal depute
@c Darren Muir | -
@d Ibrahim Sesay | the steward
A football fan who headbutted a steward at Castlebrae Park has been banned from every stadium in the country for five years.
Darren Muir, 38, from Kirkmuir, admitted assault at Strathallan Sheriff Court.
Fiscal depute Euan Baird said the steward, Ibrahim Sesay, had asked Muir to return to his seat after he climbed on to the perimeter wall during a derby match in February.
“⟦d:b|The accused turned and headbutted him without a word being exchanged,⟧” Mr Baird said.
In a statement to the court, Mr Sesay said: “⟦d:d|I've been stewarding for 11 years. It's a volunteer job. I do it because I love the game. Since that day I've thought about packing it in.⟧”
Asked by Sheriff Morag Lindsay if he had anything to say, Muir said: “⟦d:c|I'm embarrassed, my lady. That's not who I am.⟧”
The sheriff replied: “⟦d:a|It was who you were on that afternoon, Mr Muir, in front of thousands of people, including children.⟧”
She fined him £1,200 and imposed a football banning order.

### 039
@a Amara Osei | Tenant
@b Geoffrey Sallis | Landlord
@c Marcus Delacroix | tribunal judge
@d Yusra Hakimi | a caseworker at Shelterwise
A landlord has been ordered to repay more than £9,000 in rent after a tribunal found he let out a flat with black mould, no working heating and a broken front-door lock.
Tenant Amara Osei, 27, lived in the one-bedroom flat in Carlow Street, Fenbridge, with her toddler for 14 months. "⟦d:a|I wiped the walls every morning. By the evening they were black again,⟧" she told us.
The property tribunal heard that Ms Osei had reported the problems 23 times by text. Landlord Geoffrey Sallis told the hearing he had "⟦p:b|never ignored a single message⟧". "⟦d:b|I sent a man round. Several times. Mould is a lifestyle issue as much as anything,⟧" he said.
In its written decision, tribunal judge Marcus Delacroix rejected that account. "⟦d:c|The tribunal does not accept that condensation from drying clothes explains mould on the ceiling of a bedroom in which no clothes were ever dried,⟧" he wrote.
Yusra Hakimi, a caseworker at Shelterwise, which helped Ms Osei bring the claim, said: "⟦d:d|Too many tenants still believe there's nothing they can do. This case shows there is.⟧"
Mr Sallis said he would "⟦p:b|consider his options⟧".

### 040
@a Felix Brandauer | a consultant anaesthetist at Kingsmere Hospital
@b Yasmin Qadir | -
@c Alan Greaves | the tribunal chair
@d Gráinne Walsh | Theatre nurse
An anaesthetist who left an unconscious patient in theatre for 12 minutes to take a call about a property deal has been struck off the medical register.
Dr Felix Brandauer, a consultant anaesthetist at Kingsmere Hospital, had admitted leaving the theatre during a routine knee replacement in 2022 but denied that the patient was put at risk.
Theatre nurse Gráinne Walsh told the Medical Practitioners Tribunal she had gone to look for him when the patient's blood pressure began to drop. “⟦d:d|I found him in the corridor on his phone. I said, ‘You need to come now.’ He held up a finger, like, one minute,⟧” she said.
Yasmin Qadir, for the Medical Standards Council, said the doctor's conduct was “⟦p:b|a fundamental breach of the trust patients place in the person responsible for keeping them alive⟧”.
Brandauer told the tribunal: “⟦d:a|I accept it was wrong. The patient was stable when I left. I was never more than a few metres away.⟧”
Announcing its decision, the tribunal chair, Alan Greaves, said:
“⟦d:c:m|Dr Brandauer's evidence showed limited insight. He continues to see this as an error of judgement rather than a failure of his most basic duty.⟧
“⟦d:c|The tribunal has concluded that erasure is the only sanction sufficient to protect the public and maintain confidence in the profession.⟧”
Brandauer has 28 days to appeal.

### 041
@a Owen Price-Roberts | a former head of PE at Glasbury High School
@b Rukhsana Iqbal | Panel chair
@c Tom Whitaker | -
@e - | one parent who did not want to be named
A former head of PE who rewrote pupils' coursework to boost his department's exam results has been banned from teaching indefinitely.
Owen Price-Roberts, a former head of PE at Glasbury High School, altered the work of at least 19 students in 2022, a professional conduct panel found.
Tom Whitaker, presenting the case for the Teaching Standards Agency, said the teacher had "⟦p:c|cheated the pupils he was meant to protect, and the ones in every other school⟧".
Price-Roberts told the panel he had been under "⟦p:a|enormous pressure⟧" from senior leaders. "⟦d:a|The message was very clear: results or you're out. I'm not saying that excuses it. It doesn't,⟧" he said.
Panel chair Dr Rukhsana Iqbal said: "⟦d:b|Mr Price-Roberts's actions were dishonest, repeated and deliberate. They were not a single lapse under stress.⟧"
"⟦d:e|A couple of the kids were really upset when they found out their marks were wrong. They thought they'd done something bad,⟧" said one parent who did not want to be named.

### 042
@a Kemi Adeyinka | the reigning Southern Games 200m champion
@b Independent Sport Disputes Panel | -
@c Marten Vos | chief executive of Clean Sport Authority
@d Dwayne Felton | Her coach
Kemi Adeyinka, the reigning Southern Games 200m champion, has been banned for four years after an anti-doping tribunal rejected her claim that a banned steroid entered her system through a contaminated burrito.
The Independent Sport Disputes Panel said in its written reasons that her explanation was “⟦p:b|speculative and unsupported by any scientific evidence⟧”.
“⟦d:b|The athlete bears the burden of establishing how the substance entered her body. She has not come close to discharging it,⟧” the panel said.
Adeyinka, 26, said she was “⟦p:a|devastated but not defeated⟧”. “⟦d:a|I have never knowingly taken anything. I'll keep fighting to clear my name, however long it takes,⟧” she wrote on social media.
Her coach, Dwayne Felton, said: “⟦d:d|I've known Kemi since she was 14. I'd stake my life on her being clean.⟧”
Marten Vos, chief executive of Clean Sport Authority, welcomed the decision. “⟦d:c|Contamination cases are real and we take every one seriously. But the rules exist to protect every clean athlete who lines up next to her,⟧” he said.

### 043
@a Paul Vasquez | senior coroner
@b Chloe Barraclough | Midwife
@c Sana Mirza | His mother
@d Ellesmere Hospitals Trust | -
@e Ingrid Solberg | an independent obstetrician
@f Imran Mirza | His father
A newborn baby died after midwives failed to act on warning signs on his heart-rate monitor for almost two hours, a coroner has concluded.
Ayaan Mirza was born at Ellesmere General Hospital in March last year and died four days later.
Midwife Chloe Barraclough told the inquest she had been caring for three women in labour at once. "⟦d:b|I looked at the trace when I could. I should have escalated sooner. I know that now,⟧" she said.
Professor Ingrid Solberg, an independent obstetrician, said the trace showed "⟦p:e|clear and sustained⟧" signs of distress from 2.15am. "⟦d:e|An experienced reviewer would have called for help at that point. There is a reasonable chance he would have survived,⟧" she said.
Recording a narrative conclusion, senior coroner Paul Vasquez said there had been "⟦p:a|a gross failure to provide basic medical attention⟧". "⟦d:a|Ayaan's death was contributed to by neglect,⟧" he said.
His mother, Sana Mirza, said outside the court: "⟦d:c|We were told all night that everything was fine. We believed them. We will never believe anyone like that again.⟧"
His father, Imran Mirza, added: "⟦d:f|He had my nose. That's what everyone said. We had four days with him.⟧"
The Ellesmere Hospitals Trust said it "⟦p:d|apologised unreservedly⟧" and had introduced a new system for reviewing heart traces.

### 044
@a Lewis Kearney | The 30-year-old
@b Marianne Fothergill | Judge
@c Ashley Rowe | the victim's brother
@d - | One woman
@e Pauline | Ryan's mum
A KILLER launched a furious tirade at a judge as he was jailed for life for stabbing a dad in a pub car park.
Lewis Kearney, 30, yelled “⟦d:a|This is a fit-up!⟧” and kicked the dock glass as Judge Marianne Fothergill told him he would serve at least 19 years.
The 30-year-old, who killed Ryan Rowe, 35, outside the Coach and Horses in Hedley last August, had to be restrained by four security officers.
Judge Fothergill calmly continued: “⟦d:b|Your behaviour today tells me everything I need to know about the man who went to that car park with a knife.⟧”
From the public gallery, the victim's brother, Ashley Rowe, shouted back: “⟦d:c|You're a coward. You were a coward then and you're a coward now.⟧”
One woman screamed “⟦d:d|Good riddance!⟧” as Kearney was dragged down the stairs to the cells.
Ryan's mum Pauline, 62, said later: “⟦d:e|He didn't even look at us. Not once in three weeks. That tells you everything.⟧”

### 045
@a Gary Blenkinsop | Site foreman
@b Nadia Petrenko | Workplace Safety Authority inspector
@c Jeremy Okonkwo | -
@e Celia Moorcroft | Rafferty's barrister
A building firm boss cut corners on safety to finish a warehouse roof ahead of schedule, leading to the death of a 19-year-old apprentice, a jury has been told.
Colin Rafferty, the director of Rafferty Build Ltd, denies gross negligence manslaughter over the death of Mason Tully, who fell eight metres through a fragile skylight at a site in Oakhampstead in 2022.
Opening the case at Oakhampstead Crown Court, Jeremy Okonkwo KC, prosecuting, said: "⟦d:c|Mason was a teenager in his fourth week in the job. There was no netting under that skylight, no cover over it, and nobody had told him it was there.⟧"
Site foreman Gary Blenkinsop told the jury he had raised the lack of netting with Rafferty the week before. "⟦d:a|He said, 'We're behind. Just keep the lads off that section.' But you can't keep lads off a section of roof they're working on,⟧" he said.
Workplace Safety Authority inspector Nadia Petrenko said she had found "⟦p:b|no evidence of any risk assessment⟧" for the roof work.
Asked by Rafferty's barrister, Celia Moorcroft, whether netting would have been "⟦p:e|standard practice⟧" on a job of that size, Ms Petrenko replied: "⟦d:b|It would be standard on a job of any size.⟧"
Rafferty is expected to give evidence later this week. The trial continues.

### 046
@a Miriam Adebanjo-Holt | Chief Justice
@b Hamid Sultani | executive director of Greenwatch Alliance
@c - | A spokesperson for the energy ministry
@d Isla Treloar | one of the six young claimants
The Supreme Court has ruled that the government acted unlawfully when it approved a new offshore oil field without assessing the emissions from burning the oil it would produce.
In a 4-1 decision, Chief Justice Miriam Adebanjo-Holt, giving the lead judgment, said the environmental assessment for the Kestrel North field was “⟦p:a|fatally incomplete⟧”.
“⟦d:a|It is not a sufficient answer to say that the emissions will occur after the oil has left the field. They are the inevitable consequence of the project, and the public is entitled to know what they are,⟧” she wrote.
Isla Treloar, one of the six young claimants, cried as the ruling was read. “⟦d:d|We were told we were naive. We were told this was not how the law works. It turns out it is,⟧” the 19-year-old said outside court.
Hamid Sultani, executive director of Greenwatch Alliance, which supported the claim, called it “⟦p:b|a landmark⟧”. “⟦d:b|Every fossil fuel project on the drawing board now has a question to answer,⟧” he said.
A spokesperson for the energy ministry said: “⟦d:c|We respect the court's decision and will consider its implications carefully. Energy security remains a priority.⟧”

### 047
@a Lindqvist | Your deputy
@b Carys Bevan | -
@c Alun Griffiths | The inquiry chair
The following is an edited extract from Tuesday's evidence to the Ferncastle water inquiry by Graham Ostrowski, former head of operations at Ferncastle Water, questioned by Rosa Delgado KC, counsel to the inquiry.
Q: Did you see the laboratory result on the Friday?
A: I saw an email with a subject line that said "⟦s:-|URGENT - coliform positive⟧". I didn't open it until the Monday.
Q: Why not?
A: I was at my daughter's wedding. I had my phone off. I know how that sounds.
Q: Your deputy, Ms Lindqvist, has told this inquiry she phoned you four times that weekend. Is that right?
A: I believe it is. I didn't listen to the voicemails until Sunday night. The first one said, and I remember it exactly, "⟦d:a|Graham, I think we need to tell people not to drink the water.⟧"
Q: And did you tell people not to drink the water?
A: Not until Monday afternoon. No.
The inquiry chair, Professor Alun Griffiths, said at the end of the session: "⟦d:c|The inquiry will want to hear from Ms Lindqvist again in the light of this evidence.⟧"
Outside the hearing, Carys Bevan, whose son was among the 280 people taken ill, said: "⟦d:b|He had his phone off. My son was in hospital on a drip.⟧"

### 048
@a Eli Marchetti | a university dropout from Cranmere
@b Kwabena Owusu | Judge
@c Leah Rosenthal | chief executive of St Aldric's Hospital
@d Farid Khalili | Detective Inspector
@e - | Marchetti's lawyer
CRANMERE, June 12 (Wire) - A 21-year-old who crippled a hospital's computer systems with ransomware, forcing it to cancel more than 1,400 operations, was jailed for eight years on Wednesday.
Eli Marchetti, a university dropout from Cranmere, had demanded 2 million euros in cryptocurrency from St Aldric's Hospital in March last year.
"⟦d:b|You held a hospital to ransom. There is no plainer way to say it,⟧" Judge Kwabena Owusu told Cranmere Crown Court.
Dr Leah Rosenthal, chief executive of St Aldric's Hospital, said in a victim statement that staff had reverted to "⟦p:c|pen, paper and runners⟧" for 11 days. "⟦d:c|One of our surgeons told me it was like working in 1975 with the patients of today,⟧" she said.
Marchetti's lawyer said his client had "⟦p:e|not understood the consequences⟧". Marchetti himself, in a letter to the court, wrote: "⟦d:a|I thought of it as a puzzle. I did not think of the people. I do now.⟧"
Detective Inspector Farid Khalili said the case showed that "⟦p:d|cyber crime is not victimless⟧".

### 049
@a Rashid Hamdan | a former consultant cardiologist at Northway Hospital
@b Simon Prothero | the trust's medical director
@c Eleri Vaughan | Employment Judge
@d Niamh Carberry | Dr Hamdan's barrister
A consultant cardiologist who warned managers about a cluster of deaths after heart procedures was subjected to «⟦p:a|a campaign to push me out⟧», an employment tribunal has heard.
Dr Rashid Hamdan, a former consultant cardiologist at Northway Hospital, is suing the Northway Healthcare Trust for whistleblowing detriment and constructive unfair dismissal.
«⟦d:a|After I sent that email I was removed from the on-call rota, my research time was cut, and colleagues stopped speaking to me in the corridor,⟧» he told the hearing in Marlow Vale.
Dr Simon Prothero, the trust's medical director, denied there had been any link. «⟦d:b|Rota changes were made across the whole department for operational reasons. Dr Hamdan was not singled out,⟧» he said.
Dr Hamdan's barrister, Niamh Carberry, asked him: «⟦d:d|Is it a coincidence that those operational reasons arose eleven days after his email?⟧»
«⟦d:b|I understand how the timing looks. It is a coincidence,⟧» Dr Prothero replied.
Employment Judge Eleri Vaughan asked both men to keep their answers short. «⟦d:c|We have a great deal of evidence to get through, gentlemen,⟧» she said.
The hearing continues.

### 050
@a Bartholomew Quayle | Judge
@b Terence Hobday | a haulier from Tolbury
@c Priya Venkatesh | Hobday's barrister
@d Hamish Gilchrist | a fourth-generation cheesemaker
Every court has its regulars, and by the fourth week of what the local paper had christened “⟦s:-|the Great Cheddar Job⟧”, Court 3 at Wickham Crown Court had acquired a small fan club of retirees who brought sandwiches and, on one occasion, a cheese board.
The defendant, Terence Hobday, 61, a haulier from Tolbury, known to his co-accused as “⟦s:-|the Big Cheese⟧”, was charged with stealing 22 tonnes of cloth-bound cheddar from the maturing store at Bramble Hollow Dairy.
Hamish Gilchrist, a fourth-generation cheesemaker, told the jury how he had arrived one morning to find the store empty. “⟦d:d|Eighteen months of work, gone. You can't just make more. Cheese doesn't work like that,⟧” he said, and several jurors nodded gravely.
Judge Bartholomew Quayle, who has sat at Wickham for 22 years, allowed himself a single remark when the prosecution produced a twelfth photograph of a wheel of cheddar. “⟦d:a|I think the jury has now seen enough pictures of cheese to last a lifetime, Mr Fairweather,⟧” he told the prosecutor.
Hobday's barrister, Priya Venkatesh, told the jury that the case was “⟦p:c|built on crumbs⟧”, a line she appeared to have been saving for some time.
“⟦d:c|Where is the cheese? Twenty-two tonnes of it. Nobody has found a single wheel in my client's possession,⟧” she said.
The jury took under three hours to convict. As the verdict was read, Hobday shook his head. “⟦d:b|Unbelievable,⟧” he said, to no one in particular.
Sentencing him to four years, the judge said: “⟦d:a|You may have thought of this as a victimless, even comic crime. Mr Gilchrist and his family do not.⟧”

### 051
@a Erik Solheim | the master of the MV Saltire Star
@b Fionnuala Byrne | counsel to the inquiry
@c Agnieszka Nowak | a cleaner who was travelling home from work
@d Westport Isles Ferries | -
The captain of a ferry that capsized off Carrick Head with the loss of nine lives told a public inquiry on Thursday that he had "⟦p:a|no reason to believe⟧" the bow doors were open when the vessel left port.
Captain Erik Solheim, the master of the MV Saltire Star, said a warning light on the bridge had been faulty "⟦p:a|for weeks⟧" and that the crew had been told to ignore it.
"⟦d:b|Told by whom, Captain Solheim?⟧" asked Fionnuala Byrne SC, counsel to the inquiry.
"⟦d:a|By the company's technical department. It was in an email. I have given it to the inquiry,⟧" he said.
"⟦d:b|So when the light came on that night, you did nothing?⟧"
"⟦d:a|I asked the bosun to check. He radioed back that the doors were secured. I believed him.⟧"
The bosun, Thomas Gillen, was among those who died.
Agnieszka Nowak, a cleaner who was travelling home from work, described being trapped in the passenger lounge as it filled with water. "⟦d:c|I found a window. A man I didn't know pushed me through it. I never found out his name,⟧" she said.
Westport Isles Ferries said it would "⟦p:d|co-operate fully⟧" with the inquiry and would not comment on evidence while it was continuing.

### 052
@a Joyce Penhallow | Presiding magistrate
@b Callum Pryor | -
@c Arjun Malhotra | District judge
@d Rosie Hanlon | a school dinner lady
@e Mark Delaney | Prosecutor
COURT ROUND-UP
Teen fined over scrambler bike chase
A 19-year-old who led police on a chase through Milbury on an unregistered scrambler bike has been fined £400 and given six penalty points.
Callum Pryor, of Fern Road, admitted driving without insurance and failing to stop for police. He told Milbury magistrates: “⟦d:b|I panicked when I saw the blue lights. I know it was stupid.⟧”
Presiding magistrate Joyce Penhallow told him: “⟦d:a|You were lucky nobody stepped out in front of you.⟧”
Dinner lady stole from charity tin
Rosie Hanlon, a school dinner lady, admitted stealing £230 from a cancer charity collection tin on the bar of the Red Lion in Cotterby.
Prosecutor Mark Delaney said the landlord had caught her on CCTV. “⟦d:e|She was seen putting her hand in the tin on three separate nights,⟧” he said.
Hanlon said she had been “⟦p:d|desperate⟧” after her hours were cut. She was given a conditional discharge and ordered to repay the money.
Shoplifter jailed
A man who stole £1,900 worth of razor blades and coffee from supermarkets in Milbury over three weeks has been jailed for 16 weeks. District judge Arjun Malhotra told him: “⟦d:c|The shops are not your personal larder. You have had every chance.⟧”

### 053
@a Matteo Ferraris | a mountain guide based in Val Serena
@b Imogen Hale | coroner
@c Toby Ashcroft | Hugo's brother
A British climber who died on an Alpine ridge had ignored advice to turn back because of an approaching storm, an inquest has heard.
Hugo Ashcroft, 32, a software engineer from Pendleford, fell about 300 metres from the Punta Serena ridge in August.
Matteo Ferraris, a mountain guide based in Val Serena, gave evidence by video link with the help of an interpreter. He said he had met Mr Ashcroft and his climbing partner at a mountain hut the night before.
“⟦d:a|Gli ho detto: domani no, domani il tempo cambia,⟧” he said. “⟦d:a|I told him: not tomorrow, tomorrow the weather changes,⟧” the interpreter translated.
“⟦d:a|He was polite. He said they were strong and they would be fast. Many people say this,⟧” Mr Ferraris said through the interpreter.
Hugo's brother, Toby Ashcroft, told the hearing in Pendleford that his brother had been “⟦p:c|careful in everything except mountains⟧”. “⟦d:c|He would check the tyre pressure before every drive, and then go and climb something stupid in a thunderstorm. That was Hugo,⟧” he said.
Concluding that the death was an accident, coroner Imogen Hale said: “⟦d:b|It is clear Hugo loved the mountains and was very good at what he did. On this occasion the mountain and the weather were stronger.⟧”

### 054
@a Delroy Campbell | Jermaine's father
@b Yvonne Campbell | His mother
@c Edwin Marsh | The trial judge
@d - | One of the boys
@e Graham Nwosu | Detective Chief Inspector
Two 17-year-old boys who stabbed a schoolboy to death in a row over a stolen bike have been sentenced to life detention.
Jermaine Campbell, 15, was attacked in Clearwater Park, Brackhampton, in June. The defendants, who cannot be named because of their age, were convicted of murder after a four-week trial.
Jermaine's father, Delroy Campbell, read his statement to the court himself, pausing several times.
"⟦d:a:m|Jermaine was 15. He was saving for a games console. He wanted to be a paramedic because he liked the idea of being the person who turns up when things go wrong.⟧
"⟦d:a:m|On the 14th of June nobody turned up for him in time.⟧
"⟦d:a|I don't hate you. I've tried. I just want you to know what you took.⟧"
His mother, Yvonne Campbell, said in a statement read by the prosecutor that she had "⟦p:b|stopped living⟧" the day he died.
The trial judge, Mr Justice Edwin Marsh, told the boys: "⟦d:c|You went out that evening armed and looking for trouble. You found a 15-year-old boy on his own, and you killed him over a bicycle. It is almost impossible to comprehend.⟧"
He ordered that each serve a minimum of 16 years.
One of the boys said "⟦d:d|sorry⟧" quietly as he was led from the dock.
Detective Chief Inspector Graham Nwosu said: "⟦d:e|Jermaine's family have shown dignity beyond words throughout this trial.⟧"

### 055
@a Chloe Varga | Inspector
@b Malcolm Dunstable | a farmer from Hurlow
@c Sunita Kaur | Chair of the bench
@d Owain Jenkins | Vet
A farmer who left 40 sheep to starve in a field with no grass and a frozen water trough has been banned from keeping animals for 10 years.
Malcolm Dunstable, a farmer from Hurlow, admitted six animal welfare offences at Greystone Magistrates' Court.
Inspector Chloe Varga of the Animal Welfare League said she had found 11 dead sheep when she visited in January. ``⟦d:a|It was one of the worst scenes I have attended in 15 years. The living animals were eating the wool off each other,⟧'' she said.
Vet Dr Owain Jenkins said the surviving animals had been ``⟦p:d|emaciated to the point of collapse⟧''.
Dunstable told the court he had been struggling with depression since his wife died. ``⟦d:b|I couldn't get out of bed, never mind out to the field. I'm not a cruel man,⟧'' he said.
Chair of the bench Sunita Kaur said: ``⟦d:c|We accept that you were unwell. But you had a duty to these animals and you could have asked for help. You did not.⟧''
He was also given an 18-week suspended sentence.
Speaking after the case, Ms Varga said: ``⟦d:a|If you are struggling, please call us. We would far rather help than prosecute.⟧''

### 056
@a Hayley Brennan | Detective Constable
@b Kirsty MacLeod | -
@c Benjamin Carrington | -
A detective who identified a robbery suspect from grainy CCTV footage accepted in court on Monday that she had “⟦p:a|never seen the man in person⟧” before making the identification.
Detective Constable Hayley Brennan was giving evidence at Tarnside Crown Court in the trial of Omar Sheikh, 24, who denies robbing a jewellery shop in Market Row in May.
Under questioning from Benjamin Carrington KC, prosecuting, she said she had recognised Mr Sheikh from “⟦p:a|his walk, his build and a distinctive jacket⟧”.
Cross-examining, Kirsty MacLeod KC, for Mr Sheikh, asked the officer how well she knew his client.
“⟦d:b|How many times had you met Mr Sheikh before you watched this footage?⟧”
“⟦d:a|I hadn't met him. I'd seen photographs of him on our systems.⟧”
“⟦d:b|Photographs. Still photographs. And from those you recognised his walk?⟧”
“⟦d:a|I recognised his build, and the jacket.⟧”
“⟦d:b|How many jackets like that do you think were sold in Tarnside last winter, officer?⟧”
“⟦d:a|I couldn't say.⟧”
In re-examination, Mr Carrington asked: “⟦d:c|Did anyone suggest to you whose face you might see before you watched the footage?⟧”
“⟦d:a|No, sir. Nobody.⟧”
The trial continues.

### 057
@a Kofi Ampofo | Judge
@b Diego Ferreira | one of the 34 couriers who brought the claim
@c Zoomly | -
@d Lucía Benavides | the union's general secretary
Couriers working for the delivery app Zoomly are workers entitled to holiday pay and the minimum wage, the Employment Appeal Tribunal has ruled, overturning an earlier decision.
Judge Kofi Ampofo said the original tribunal had "⟦p:a|placed too much weight on the written contract and too little on the reality⟧". "⟦d:a|The couriers could in theory send a substitute. In practice, the evidence showed that almost none ever did, and that the company made it very difficult to do so,⟧" he said in his judgment.
The claim was backed by the Independent Couriers' Union.
Diego Ferreira, one of the 34 couriers who brought the claim, said: "⟦d:b|Four years. Four years of people telling us we're our own bosses. My own boss would give me a day off.⟧"
Lucía Benavides, the union's general secretary, said the ruling would affect "⟦p:d|tens of thousands⟧" of riders. "⟦d:d|This is a good day,⟧" she said. "⟦d:d|But it should never have taken this long.⟧"
Zoomly said it would seek permission to appeal. "⟦d:c|Couriers tell us they value flexibility above everything. This ruling threatens that flexibility,⟧" the company said.

### 058
@a Ruth Abernethy | the coroner
@b Liam Stroud | the driver of the pursuing car
@c Police Conduct Commission | -
@d Donna Faulkner | Tyler's mother
A 17-year-old who died when the stolen car he was driving crashed during a police chase had been pursued for more than three miles at speeds of up to 80mph through residential streets, an inquest has heard.
Tyler Faulkner lost control on Sandpiper Way, Morrow Bay, and hit a tree shortly after 1am on 2 February.
PC Liam Stroud, the driver of the pursuing car, told the jury he had been authorised to continue by a control room supervisor. “⟦d:b|At every point I was assessing the risk. When it became too high, I would have called it off,⟧” he said.
Asked by the coroner, Ruth Abernethy, whether that point had ever been reached, he said: “⟦d:b|With hindsight, perhaps on Sandpiper Way. At the time, no.⟧”
The Police Conduct Commission, which investigated the pursuit, said it had found “⟦p:c|no indication⟧” that any officer had committed misconduct, but had recommended changes to the way pursuits are authorised.
After the jury returned a narrative conclusion, Ms Abernethy thanked them. “⟦d:a|This has been a distressing case for everyone in this room, not least Tyler's family,⟧” she said.
Tyler's mother, Donna Faulkner, said: “⟦d:d|Tyler did something stupid and he should have been punished for it. He shouldn't have died for it.⟧”

### 059
@a Hélène Marchand | a specialist in early 20th-century French painting
@b Ludovic Pears | a picture restorer from Aldermoor
@c Saul Rabinowitz | -
@d Cressida Vane | -
An art historian told a jury that a painting sold for £1.2 million as a lost work by the Fauvist Émile Garnier could not have been painted before 1960 because it contained a pigment not made until then.
Dr Hélène Marchand, a specialist in early 20th-century French painting, said the canvas, known as «⟦s:-|La Baigneuse au Parasol⟧», contained a titanium white «⟦p:a|simply unavailable to any artist working in 1907⟧».
Ludovic Pears, a picture restorer from Aldermoor, denies fraud.
«⟦d:a|The brushwork is very good. I will say that. Whoever painted this had studied Garnier closely. But the chemistry does not lie,⟧» Dr Marchand told Aldermoor Crown Court.
Saul Rabinowitz KC, prosecuting, asked: «⟦d:c|Could it be a later restoration, over an original?⟧»
«⟦d:a|No. The pigment is in the lowest layer, under everything.⟧»
Cressida Vane, for Pears, suggested the painting might have been the work of a pupil. «⟦d:d|You cannot say who painted it, can you? Only when it was not painted,⟧» she said.
«⟦d:a|That is correct,⟧» the witness replied.
Pears, in a brief statement to journalists on his arrival at court, said: «⟦d:b|I am a restorer, not a forger. I look forward to giving my evidence.⟧»

### 060
@a Bernice Adjei | -
@b Roland Pettigrew | The judge
@c Hartwell Borough Council | -
@d Zainab Hussain | -
@e Neil Fenwick | the council's leader
Campaigners have won a High Court challenge against the closure of three libraries in Hartwell after a judge ruled that the council's consultation was ``⟦p:b|so flawed as to be unlawful⟧''.
The judge, Sir Roland Pettigrew, said the council had given residents just 19 days to respond and had failed to consider the impact on elderly and disabled people. ``⟦d:b|A consultation is not a formality to be endured on the way to a decision already taken,⟧'' he said in his judgment.
Bernice Adjei, 72, who has used Oakridge Library for 40 years, was in court to hear the ruling. ``⟦d:a|I cried. I'm not ashamed to say it. That library is where I learned to use a computer at 65,⟧'' she said.
Zainab Hussain, representing the campaigners, said: ``⟦d:d|This judgment is a reminder that councils have to listen before they act, not after.⟧''
Hartwell Borough Council said it was ``⟦p:c|disappointed⟧'' and would ``⟦p:c|reflect carefully⟧''. Councillor Neil Fenwick, the council's leader, said: ``⟦d:e|We face a £14 million gap in our budget. Every pound we spend on one service is a pound we cannot spend on another.⟧''

### 061
@a Chantelle Dube | a bar supervisor at the club
@b Jessica Lindley | a student who was celebrating her 21st birthday
@c Vincent Marlowe | the owner of the Velvet Rooms in Castleford Wharf
@d Anya Petrova | -
The owner of a nightclub where two people died in a fire had padlocked a fire exit to stop people sneaking in without paying, a jury has heard.
Vincent Marlowe, the owner of the Velvet Rooms in Castleford Wharf, denies two counts of gross negligence manslaughter.
Chantelle Dube, a bar supervisor at the club, said the rear exit had been chained “⟦p:a|most weekends⟧”. “⟦d:a|He said people were letting their mates in the back. He told us the key was behind the bar,⟧” she said. “⟦d:a|On the night, nobody could find it.⟧”
Jessica Lindley, a student who was celebrating her 21st birthday, told the court she had been on the dance floor when the smoke came in. “⟦d:b|It went dark in seconds. I couldn't see my hand,⟧” she said.
“⟦d:b|Someone grabbed my arm and pulled me towards the front. I don't know who it was. I'd like to thank them.⟧”
Anya Petrova KC, prosecuting, asked her: “⟦d:d|Did you try the back door?⟧”
“⟦d:b|People were banging on it. It wouldn't open,⟧” she replied.
Marlowe, giving evidence on Friday, said he had “⟦p:c|never once⟧” locked an exit while customers were inside. “⟦d:c|I've run clubs for thirty years. I know what a fire exit is for,⟧” the 55-year-old said.

### 062
@a Abdi Warsame | the teenager
@b Catrin Rhys-Evans | Upper Tribunal Judge
@c Patrick Nwankwo | -
@d Mirela Popescu | a caseworker at the Greyfield Refugee Project
@e - | Greyfield Borough Council's social workers
A young asylum seeker from Somalia who was assessed by a council as being 23 is in fact a child and must be treated as one, an immigration tribunal has ruled.
Abdi Warsame, who arrived in Greyfield in the back of a lorry last year, has always said he was born in 2008. Greyfield Borough Council's social workers concluded after a two-hour interview that he was «⟦p:e|significantly over 18⟧», relying partly on his «⟦p:e|facial hair and demeanour⟧».
Upper Tribunal Judge Catrin Rhys-Evans said that approach was «⟦p:b|wholly unreliable⟧». «⟦d:b|Facial hair is not a birth certificate. Nor is the manner of a young man who has crossed several countries alone,⟧» she said in her ruling.
Patrick Nwankwo, for the council, had told the tribunal the assessment had been «⟦p:c|conducted in good faith by experienced professionals⟧».
Speaking through an interpreter, the teenager said: «⟦d:a|I told them my age again and again. They looked at me like I was lying. Now somebody believes me.⟧»
Mirela Popescu, a caseworker at the Greyfield Refugee Project, said: «⟦d:d|Abdi spent four months in adult accommodation, sharing a room with men twice his age. That should never have happened to him.⟧»
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh155.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh155",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
