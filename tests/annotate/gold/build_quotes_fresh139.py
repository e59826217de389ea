# ruff: noqa: E501
"""Build ``quotes_fresh139.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families whose statements are read to the court, inquests,
public inquiry hearings with counsel to the inquiry, appeals, employment, property,
sports and immigration tribunals, written up as wire copy, broadsheet and tabloid
court reports, local-paper court round-ups, broadcaster web copy and magazine sketches.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh139-NNN``.

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

* A role title or relational phrase before the name combined with an appositive after
  it (``The commission's chairperson, Nomvula Sithole, a retired judge``): the
  appositive is the description. A title before the name alone (``Presenter …``,
  ``Prosecutor …``, ``Detective …``) is the description.
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description in the next sentence or at a cue (``the
  31-year-old``, ``the bus driver``, ``the judge``), that description is taken.
* A description in a headline-style first sentence, before the person is named
  (``A pharmacist told a jury …``), is not taken: the description comes from where the
  person is named, or from a later definite description at a cue.
* A noun phrase set off by commas before the name (``A fellow recruit, Private Kofi
  Boateng``) is the description, not the rank or title that follows it.
* Judicial titles used as titles before the name (``Judge``, ``District Judge``,
  ``Employment Judge``, ``Recorder``, ``Senior coroner``, ``Presiding Judge``, and
  ``Justice`` in the Indian style ``Justice Meenakshi Raghavan``) are descriptions;
  ``Mr Justice``, ``Mrs Justice``, ``Lord Justice`` and ``Lady Justice`` are forms of
  address, stripped from the name and never the description. Ranks before the name
  (``Sergeant``, ``Detective Constable``, ``Private``) count as titles.
* Participial or prepositional role labels after a barrister's or solicitor's name
  (``prosecuting``, ``defending``, ``for the Crown``, ``for Hume``, ``representing the
  family``) are not noun phrases and so not descriptions.
* Victim personal statements and other statements read to the court by someone else
  belong to their author, not to the reader. Text messages, emails, recorded calls and
  what a defendant said to police, when quoted in court, belong to whoever wrote or
  said them, not to the counsel or witness who put them before the court; but words
  a witness reports inside their own quote stay inside the witness's span.
* A family, jury or crowd speaking jointly without a name (``her parents said``, ``the
  jury said``, ``his supporters called``) has a null speaker and that phrase as the
  description. A jury foreman returning verdicts is ``the foreman``.
* Words from a judgment delivered by one named judge for the court are that judge's.
  Formal classifications and labels quoted as such (an incident ``classed as
  "non-urgent"``, an ``"ice immersion"`` session) are ``scare``.
* In a printed exchange of quote-only paragraphs (counsel's question, witness's
  answer) each turn belongs to the person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh139.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh139.jsonl")

PASSAGES = """
### 001
@a Delphine Achterberg | the pharmacist
@b Rupert Strallan | -
CASTLEBRIDGE, England, March 4 (Meridian Wire) - A pharmacist told a jury on Tuesday that she saw a man "⟦p:a|walking very fast, almost running⟧" away from a burning warehouse on the night a security guard died inside it.
Delphine Achterberg, 29, was giving evidence at Castlebridge Crown Court in the trial of Garrick Hume, a 51-year-old former haulage contractor who denies manslaughter and arson with intent to endanger life.
"⟦d:a|He had his hood up, but I saw his face when he passed under the light by the bus shelter,⟧" the pharmacist said. "⟦d:a|I remember thinking, why is he in such a hurry at that time of night?⟧"
Cross-examining, Rupert Strallan KC, for Hume, asked how far away she had been. "⟦d:b|Forty metres? Fifty? On a wet night, with your windscreen wipers going?⟧"
"⟦d:a|I'd stopped the car. The wipers were off,⟧" Achterberg replied.
"⟦d:b|You told police the next morning that you 'couldn't be sure' how old he was. Today you are sure of his face?⟧" Strallan said.
"⟦d:a|I was sure of his face then, too. I wasn't sure of his age. Those are different things.⟧"
The guard, Oluwaseun Bankole, 44, was found in a first-floor office after firefighters brought the blaze under control. The trial continues.

### 002
@a Bernadette Loughlin | Chair of the bench
@b Imran Chaudhry | Defence solicitor
@c Kyle Pennock | -
@d Hannah Greatorex | Prosecutor
A WENDMOOR man who was nearly three times the drink-drive limit when he crashed into a bus shelter has been banned from the roads for two years.
Kyle Pennock, 23, of Larchfield Close, admitted drink-driving when he appeared before Wendmoor Magistrates’ Court on Thursday.
The court heard that Pennock’s silver hatchback mounted the kerb on Station Parade shortly after 1am on November 12 and hit the shelter, shattering two glass panels. Nobody was hurt.
Prosecutor Hannah Greatorex said a breath test gave a reading of 97 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35. “⟦d:d|It was fortunate, and only fortunate, that nobody was waiting for a bus,⟧” she said.
Defence solicitor Imran Chaudhry said his client had been drinking at a friend’s birthday party and had “⟦p:b|made a catastrophic decision in about thirty seconds⟧”.
“⟦d:b|He has lost his job as a delivery driver as a direct result of this. He is genuinely ashamed, and he has not touched a drink since,⟧” Mr Chaudhry said.
Asked if he wished to say anything, Pennock told the bench: “⟦d:c|Just that I’m sorry. I know I could have killed someone.⟧”
Chair of the bench Bernadette Loughlin told him: “⟦d:a|You are right, you could have. You are a young man and we hope you learn from this, but the roads are no place for anyone who has been drinking.⟧”
Pennock was also fined £480 and ordered to pay £85 costs and a £192 surcharge.

### 003
@a Jordan Crace | -
@b Maureen Tilley | Ryan's mum
@c Ruth Abernethy-Cole | Judge
@d - | a family friend
A THUG who knifed a teenager to death over a £20 debt was caged for life yesterday — as his victim's heartbroken mum told him: "⟦d:b|You took my whole world.⟧"
Jordan Crace, 22, stabbed Ryan Tilley, 19, three times outside a takeaway in Fellgate in June last year before fleeing on a moped.
Ryan's mum, Maureen Tilley, 58, sobbed as she read her statement to Kesterfield Crown Court.
She said: "⟦d:b:m|Ryan was the baby of the family. He rang me every night, even when he was out with his mates, just to say he was alive. That's what he used to say: 'Still alive, Mum.'⟧
"⟦d:b|Now I sit by the phone at ten o'clock every night and it doesn't ring.⟧"
Crace, who was found guilty of murder after a two-week trial, stared at the floor throughout.
Jailing him for a minimum of 21 years, Judge Ruth Abernethy-Cole said: "⟦d:c|You carried a knife that night because you intended to use it. Ryan Tilley was a young man with his whole life ahead of him, and you ended it for the sake of twenty pounds.⟧"
As he was led down to the cells, Crace shouted "⟦d:a|This ain't over⟧" towards the public gallery.
Outside court, a family friend said: "⟦d:d|Maureen has been so brave. Nothing brings Ryan back, but at least that animal is off the streets.⟧"

### 004
@a Gwenllian Pryce | Senior Coroner
@b Anand Venkataraman | a consultant pathologist
@c Siân Rowlands | His wife
@d Ashcombe Valley Health Board | -
A farmer who waited almost seven hours for an ambulance after collapsing in his yard died of a heart attack that he would probably have survived, an inquest has heard.
Emyr Rowlands, 63, was found by his wife at their farm near Cwmtregaron on the afternoon of 14 January.
The inquest in Pontyberw heard that a 999 call was made at 14:12 but that an ambulance did not arrive until 20:59.
His wife, Siân Rowlands, told the hearing she had rung back three times. “⟦d:c|Every time they said it was coming. I kept him warm with coats and talked to him. He was talking back to me until about five o’clock,⟧” she said.
Dr Anand Venkataraman, a consultant pathologist, said Mr Rowlands died of a myocardial infarction. Asked by the coroner whether earlier treatment would have made a difference, he said: “⟦d:b|On the balance of probabilities, yes. Had he reached hospital within two or three hours, I would have expected him to survive.⟧”
Recording a narrative conclusion, Senior Coroner Gwenllian Pryce said the delay had “⟦p:a|more than minimally contributed⟧” to his death.
“⟦d:a|Mrs Rowlands did everything she could for her husband in circumstances nobody should have to face alone,⟧” she said. She added that she would be writing to the health board to prevent future deaths.
In a statement, Ashcombe Valley Health Board said: “⟦d:d|We offer our sincere condolences to Mr Rowlands’ family. We accept that the response he received fell far below the standard we expect, and we are working to reduce handover delays at our emergency departments.⟧”

### 005
@a Cecilia Oduya | counsel to the inquiry
@b Howard Plimsoll | the former chief engineer of Brenmouth Water
@c Alastair Dunmore | The inquiry chairman
@d Ffion Caddick | a junior engineer
A water company's most senior engineer did not read a warning about cracks in a reservoir wall until after it had failed, a public inquiry has heard, because he was "⟦p:b|drowning in paper⟧".
Howard Plimsoll, the former chief engineer of Brenmouth Water, was giving evidence on the 31st day of the Northgate Inquiry, which is examining the collapse that flooded 240 homes in the village of Aldersey.
Cecilia Oduya KC, counsel to the inquiry, took him to an email sent on 3 March 2021 by a junior engineer, Ffion Caddick, in which she wrote that cracking on the downstream face was "⟦p:d|getting worse week on week⟧" and asked: "⟦d:d|Can someone senior please come and look at this before the spring rain?⟧"
"⟦d:a|Did you read that email when it arrived, Mr Plimsoll?⟧" Ms Oduya asked.
"⟦d:b|I did not. I accept that I should have.⟧"
"⟦d:a|When did you first read it?⟧"
"⟦d:b|In June. After the wall had gone.⟧"
Asked why, he told the inquiry that he received "⟦p:b|several hundred⟧" emails a week and relied on his deputies to pass on anything urgent. "⟦d:b|That system failed, and I was at the top of it,⟧" he said. "⟦d:b|I am not going to sit here and blame a 26-year-old who did exactly what she should have done.⟧"
The inquiry chairman, Sir Alastair Dunmore, asked whether anyone else had seen the email. Mr Plimsoll said he believed it had been copied to two managers. "⟦d:c|We will be hearing from both of them,⟧" Sir Alastair said.

### 006
@a Mei-Ling Harcourt | a former senior analyst at Quillon Capital
@b Rhodri Vaughan | Employment Judge
@c Quillon Capital | -
@d Davina Okafor-Reece | the firm’s head of people
A woman who was described in an appraisal as “⟦p:d|too emotional⟧” weeks after she complained about a colleague was unfairly dismissed and discriminated against because of her sex, an employment tribunal has ruled.
Mei-Ling Harcourt, a former senior analyst at Quillon Capital, was dismissed in 2023 for what the firm called “⟦p:c|a breakdown in working relationships⟧”.
The tribunal in Halbury heard that in an appraisal written two months after Ms Harcourt reported a male trader for shouting at junior staff, the firm’s head of people, Davina Okafor-Reece, described her as “⟦p:d|too emotional for the trading floor⟧” and “⟦p:d|not a natural fit for leadership⟧”.
Giving evidence, Ms Okafor-Reece said the phrase had been “⟦p:d|poorly chosen⟧”. “⟦d:d|I was trying to describe how she reacted under pressure. I accept, looking back, that I would not have written it about a man,⟧” she said.
Ms Harcourt told the tribunal: “⟦d:a|I had been there nine years. I reported something that every junior on that desk knew was happening, and within two months I was the problem.⟧”
In his judgment, Employment Judge Rhodri Vaughan said the appraisal was “⟦p:b|the clearest possible evidence⟧” that her complaint had changed how she was viewed. “⟦d:b|The respondent’s witnesses were, on the whole, candid. But candour after the event does not cure what was done at the time,⟧” he wrote.
Quillon Capital said it was “⟦p:c|disappointed⟧” by the decision and was considering an appeal. Ms Harcourt said she was “⟦p:a|relieved, and exhausted⟧”.

### 007
@a Yonas Tesfamariam | the 31-year-old
@b Tamsin Ellery | Immigration Judge
@c Callum Brisco | the department's presenting officer
@d Noor Haidari | His solicitor
A former newspaper editor who says he was tortured for reporting on a copper mine has won his appeal against being deported to Kasmara.
Yonas Tesfamariam, 31, told the immigration tribunal in Corlett through an interpreter that he had been held for 40 days in a military compound after publishing photographs of the mine's waste ponds.
"⟦d:a|They asked me every day who gave me the photographs. Every day I said nobody, I took them myself,⟧" he said. "⟦d:a|After the second week they stopped asking and just beat me.⟧"
Callum Brisco, the department's presenting officer, suggested that his account had changed between his screening interview and his witness statement. "⟦d:c|In March you said four weeks. Now it is forty days. Which is it?⟧" he asked.
"⟦d:a|I did not have a calendar in that room,⟧" the 31-year-old replied.
Allowing the appeal, Immigration Judge Tamsin Ellery found his account "⟦p:b|detailed, consistent in every respect that matters, and supported by the medical evidence⟧". She said the discrepancy over dates was "⟦p:b|entirely understandable in someone held in darkness⟧".
His solicitor, Noor Haidari, said outside the hearing centre: "⟦d:d|Yonas has waited four years for someone in authority to believe him. Today, finally, someone did.⟧"

### 008
@a Luis Arredondo | Detective
@b Kendra Whitfield | Assistant District Attorney
@c Grigor Abrahamyan | defense attorney
@d Dwayne Pettiford | -
@e Corinne Batiste | Superior Court Judge
PORT ESSLING (Tidewater News Service) — A homicide detective testified Wednesday that a man accused of killing a convenience store clerk told him during a six-hour interrogation that he "⟦p:d|never meant for it to go that far.⟧"
Detective Luis Arredondo of the Port Essling Police Department was the prosecution's first witness in the murder trial of Dwayne Pettiford, 26, who is charged in the March 2023 shooting of Harjit Sandhu, 58, at the Sunrise Mart on Tolliver Avenue. Pettiford is known to friends as "⟦s:-|Smoke⟧".
Under questioning by Assistant District Attorney Kendra Whitfield, Arredondo said Pettiford at first denied being at the store. "⟦d:a|He said he was at his cousin's house all night. Then we showed him the video,⟧" Arredondo said.
"⟦d:b|And what did he say when he saw the video?⟧" Whitfield asked.
"⟦d:a|He put his head down on the table. He was quiet for a long time. Then he said, 'I never meant for it to go that far.'⟧"
On cross-examination, defense attorney Grigor Abrahamyan pressed the detective on why the recording of the interview was missing its first 40 minutes. "⟦d:c|Isn't it true, detective, that the camera was off because my client asked for a lawyer and you didn't want that on tape?⟧"
"⟦d:a|No, sir. That's not true,⟧" Arredondo said. "⟦d:a|The system crashed. We documented it.⟧"
Superior Court Judge Corinne Batiste sustained two objections during the exchange and at one point warned both lawyers to "⟦p:e|lower the temperature.⟧" Testimony resumes Thursday.

### 009
@a Amadi | -
@b Declan Morrisey | -
@c Sushila Nair | His barrister
@d Second Look | a charity that investigates miscarriages of justice
A man who spent 11 years in prison for a robbery he has always denied had his conviction quashed by the Court of Appeal on Friday, after judges ruled that fresh DNA evidence made it “⟦p:a|unsafe⟧”.
Declan Morrisey, 47, was convicted in 2012 of robbing a jeweller’s shop in Kelverton at knifepoint. He was released on licence last year.
Giving the judgment of the court, Lady Justice Amadi said the new analysis of a glove found near the scene “⟦p:a|points firmly away from the appellant⟧”.
“⟦d:a|We have no doubt that, had the jury heard this evidence, they might reasonably have reached a different verdict. That is sufficient. The conviction must be quashed,⟧” she said.
His barrister, Sushila Nair KC, had told the court the original case rested on “⟦p:c|a single, fleeting identification made in poor light⟧”.
Outside, Mr Morrisey hugged his sister and said he felt “⟦p:b|numb⟧”.
“⟦d:b|I went in when my daughter was five. She’s sixteen now,⟧” he said. “⟦d:b|Nobody can give me those years back. I just want someone to say sorry.⟧”
Second Look, a charity that investigates miscarriages of justice, said the case showed “⟦p:d|how much depends on evidence being kept⟧”. “⟦d:d|If that glove had been thrown away, as so many exhibits are, Declan would still be a convicted robber,⟧” it said.

### 010
@a Kieran Mbatha | Stanmere Athletic winger
@b Gavin Ruddock | Doorman
@c Tamsyn Pollard | Prosecutor
@d Arvind Bhalla | District Judge
STANMERE Athletic winger Kieran Mbatha told a court he was "⟦p:a|the one getting attacked⟧" when he punched a nightclub bouncer outside a city centre bar.
The £40,000-a-week star, 24, denies assault by beating over the 3am bust-up outside Velvet Room in Cardle last September.
Doorman Gavin Ruddock, 41, said Mbatha became "⟦p:b|mouthy⟧" after being refused entry.
"⟦d:b|I said, 'Not tonight, lads,' and he started with the 'Do you know who I am?' routine,⟧" Mr Ruddock told Cardle Magistrates' Court. "⟦d:b|Then he swung at me.⟧"
But Mbatha, wearing a navy suit, insisted: "⟦d:a|He grabbed my collar first. I've got a reputation to protect — why would I start a fight outside a club with thirty phones filming?⟧"
Prosecutor Tamsyn Pollard asked him: "⟦d:c|If you were the victim, why did you run off before police arrived?⟧"
"⟦d:a|Because my agent told me to get in the car,⟧" the footballer replied.
District Judge Arvind Bhalla adjourned the case until Friday, when he will deliver his verdict. "⟦d:d|I want to look at the footage again with fresh eyes,⟧" he said.

### 011
@a Marianne Fothergill | Area coroner
@b Pawel Zielinski | The lorry driver
@c Deborah Nkemelu | a forensic collision investigator
@d - | her parents
A young nurse killed by a turning lorry on her way home from a night shift was ``⟦p:c|in the driver's blind spot for almost the whole of the manoeuvre,⟧'' an inquest heard.
Tanya Halloran, 24, died at the junction of Mill Lane and Rookery Road in Brackwell on 9 May.
PC Deborah Nkemelu, a forensic collision investigator, told the inquest at Brackwell Town Hall that the lorry's nearside mirror had been correctly adjusted. ``⟦d:c|Even so, she was in the driver's blind spot for almost the whole of the manoeuvre,⟧'' she said. ``⟦d:c|From the cab there was a window of perhaps a second and a half when he could have seen her.⟧''
The lorry driver, Pawel Zielinski, 52, wept as he gave evidence. ``⟦d:b|I checked my mirrors. I checked them twice,⟧'' he said. ``⟦d:b|I have driven for thirty years. I think about her every single day.⟧''
Area coroner Marianne Fothergill asked him whether the cab had a side-view camera. ``⟦d:b|It did not,⟧'' Mr Zielinski said. ``⟦d:b|The company has fitted them now.⟧''
Recording a conclusion of road traffic collision, Ms Fothergill said: ``⟦d:a|This was a young woman who spent the night caring for others and was cycling home, on a route she took every day, in good light. Nothing she did contributed to what happened.⟧''
In a statement, her parents said: ``⟦d:d|Tanya was kind, funny and completely fearless. We hope no other family has to sit where we have sat this week.⟧''

### 012
@a Adaeze Nwachukwu | -
@b Frances Teague | lead counsel to the inquiry
@c - | a former midwife at the unit
@d Ingrid Holloway | The inquiry’s chair
A mother whose baby died hours after birth at Westmarch General Hospital has told a public inquiry that staff “⟦p:a|were laughing at the desk⟧” while she begged for help.
Adaeze Nwachukwu, whose son Chidera died in October 2020, was the first bereaved parent to give evidence to the Westmarch Maternity Inquiry, which opened on Monday.
“⟦d:a|I pressed the buzzer for forty minutes. I could hear them at the desk. They were laughing about something on a phone,⟧” she said.
“⟦d:a:m|When the midwife finally came, she told me first babies take their time and that I was making a fuss.⟧
“⟦d:a|I have replayed those forty minutes every day for four years.⟧”
When she paused to compose herself, Frances Teague KC, lead counsel to the inquiry, told her: “⟦d:b|Take as long as you need, Mrs Nwachukwu.⟧”
Asked what she wanted the inquiry to achieve, Mrs Nwachukwu replied: “⟦d:a|The truth. And for them to stop calling it a tragedy, as if it was the weather.⟧”
Later, a former midwife at the unit, who gave evidence from behind a screen, said staffing on the labour ward had been “⟦p:c|dangerous, not occasionally but as a rule⟧”.
“⟦d:c|We wrote it on incident forms. We said it in meetings. I stopped counting how many times,⟧” she said.
The inquiry’s chair, Baroness Ingrid Holloway, said at the close of the day’s hearing: “⟦d:d|We are grateful to every family who has come forward. Their evidence will be at the heart of this inquiry.⟧”

### 013
@a Renske Vermeulen | the former chief financial officer of Oostmark Shipping
@b Pieter Blom | Presiding judge
@c Keldhaven Public Prosecution Service | -
@d Maarten de Wit | Her lawyer
@e - | a spokesperson for the service
KELDHAVEN, June 12 (Northline) - A Keldhaven court on Thursday sentenced Renske Vermeulen, the former chief financial officer of Oostmark Shipping, to six years in prison for her part in a 140 million euro accounting fraud that brought down one of the port city's oldest companies.
Presiding judge Pieter Blom said Vermeulen, 54, had shown "⟦p:b|a cold and sustained disregard⟧" for the company's employees and small shareholders, many of whom lost their savings.
"⟦d:b|The defendant was not a junior employee following instructions. She designed the scheme, she maintained it for seven years and she concealed it from the auditors,⟧" Blom said, reading a summary of the judgment.
Vermeulen, who had denied the charges, showed no visible reaction. Her lawyer, Maarten de Wit, told reporters she would appeal. "⟦d:d|The court has chosen to make an example of one person for the failures of an entire board,⟧" he said.
In a final statement to the court last month, Vermeulen said she had "⟦p:a|always acted in what I believed were the company's interests⟧" and that she was "⟦p:a|deeply sorry⟧" for the employees who lost their jobs.
The Keldhaven Public Prosecution Service said the sentence sent "⟦p:c|a clear message to those who manage other people's money⟧". It had asked for eight years. "⟦d:e|We will study the judgment before deciding whether to appeal against the length of the sentence,⟧" a spokesperson for the service said.
Oostmark Shipping was declared bankrupt in 2022 with the loss of about 1,900 jobs.

### 014
@a Nathaniel Osei-Bonsu | Recorder
@b Edith Marchbank | an 87-year-old widow
@c Joanne Whelan | -
@d Sameer Qureshi | -
A burglar who stole a war veteran's medals from the bungalow of his 87-year-old widow has been jailed for four years and eight months.
Liam Dorrity, 36, of no fixed address, broke into the home of Edith Marchbank, an 87-year-old widow, in Harlston Avenue, Ebbsworth, while she was asleep upstairs on the night of August 3.
Sameer Qureshi, prosecuting, told Ebbsworth Crown Court: "⟦d:d|He took her late husband's medals, her wedding ring from the bedside table and £200 she kept in a biscuit tin.⟧"
In a victim personal statement read to the court by Mr Qureshi, Mrs Marchbank said: "⟦d:b:m|I have lived in this house for 61 years. I brought up three children here. I nursed Arthur here until he died.⟧
"⟦d:b|Now I sleep downstairs in a chair with the lights on. I don't feel it is my home any more. He has taken that from me, and I don't think I will get it back.⟧"
Joanne Whelan, defending, said Dorrity had a long-standing heroin addiction and had written a letter of apology. "⟦d:c|He knows that words on a page are not enough,⟧" she said.
Sentencing, Recorder Nathaniel Osei-Bonsu told Dorrity the medals had never been recovered. "⟦d:a|They were irreplaceable. You sold them for drugs within a day, and they are gone,⟧" he said. "⟦d:a|The harm you caused this lady goes far beyond the value of what you took.⟧"

### 015
@a Benedict Quarrie | a former estate agent who rebranded himself as a breathwork teacher
@b Marguerite Olembe | -
@c Saoirse Nic Ghabhann | a 33-year-old teacher who attended four of his retreats
On the ninth day of his trial, Benedict Quarrie finally took the stand, and for the first time the jury at Sallowmere Crown Court heard the voice that his followers paid £2,400 a weekend to listen to.
It is a soft voice, unhurried, and he used it well. Quarrie, a former estate agent who rebranded himself as a breathwork teacher, is accused of the manslaughter by gross negligence of Tamsin Orrell, 29, who collapsed during an “⟦s:-|ice immersion⟧” session at his retreat on the Farraline peninsula in January 2022.
“⟦d:a|I loved Tamsin, as I love everyone who comes to me,⟧” he told the jury, looking at them one by one. “⟦d:a|I would never have asked her to do anything I wasn’t doing myself. I was in that water with her.⟧”
Marguerite Olembe KC, for the Crown, let him talk for most of the morning. Then she stood.
“⟦d:b|Mr Quarrie, how many minutes had Tamsin Orrell been in the water when you noticed she was no longer speaking?⟧”
“⟦d:a|I couldn’t say exactly.⟧”
“⟦d:b|Your own assistant puts it at eleven minutes. Does that sound right?⟧”
“⟦d:a|It may be.⟧”
“⟦d:b|And your website described that practice as — I’m quoting — ‘completely safe for every body’. Those were your words?⟧”
There was a long pause. “⟦d:a|They were,⟧” he said.
Earlier in the week, Saoirse Nic Ghabhann, a 33-year-old teacher who attended four of his retreats, had described the atmosphere at the farmhouse as “⟦p:c|like being inside a very kind cult⟧”. Nobody, she said, wanted to be the first to get out of the water. “⟦d:c|You didn’t want to disappoint him. That was the whole thing. You didn’t want to disappoint him,⟧” she told the court.
Outside, as he was helped into a waiting car, I asked Quarrie whether he still believed the practice was safe. He smiled. “⟦d:a|I’m not allowed to talk about that,⟧” he said.
### 016
@a Kwabena Asante-Mensah | a watch manager with Brennoch Fire and Rescue Service
@b Sofia Kallergis | Employment Judge
@c Brennoch Fire and Rescue Service | -
@d Gary Lithgow | regional secretary of the Fire Crews Union
@e Colin Deverill | Station Manager
A BLACK firefighter who was nicknamed "⟦s:-|Midnight⟧" by colleagues and found a banana left in his locker was racially harassed, an employment tribunal has found.
Kwabena Asante-Mensah, a watch manager with Brennoch Fire and Rescue Service, brought the claim after 14 years at Dunhallow fire station.
He told the tribunal in Brennoch: "⟦d:a|I laughed along for years, because that's what you do if you want to be part of the watch. But when I found the banana I sat in my car and I couldn't drive home.⟧"
Station Manager Colin Deverill, who supervised the watch at the time, told the hearing the nickname was "⟦p:e|just station banter⟧" and had been used "⟦p:e|with affection⟧".
"⟦d:e|Everybody had a nickname. Mine was worse, believe me,⟧" he said.
But Employment Judge Sofia Kallergis rejected that explanation. In a written judgment she said: "⟦d:b|The word 'banter' does not change the character of conduct. The claimant was the only black firefighter on the watch, and the only one whose nickname referred to the colour of his skin.⟧"
Gary Lithgow, regional secretary of the Fire Crews Union, said: "⟦d:d|Kwabena showed real courage. Nobody should have to go to a tribunal to be treated with basic respect at work.⟧"
Brennoch Fire and Rescue Service said it "⟦p:c|fully accepted⟧" the findings and had begun disciplinary proceedings against three firefighters.

### 017
@a Aurélie Charbonnier | Presiding judge
@b Matthias Gerber | a mountain guide with 20 years' experience
@c Ines Baptista | -
@d Lukas Amsler | Public prosecutor
A mountain guide was given a suspended sentence of 14 months on Wednesday for negligent homicide over an avalanche that killed three members of his group above Vellmont in February 2023.
Presiding judge Aurélie Charbonnier said Matthias Gerber, a mountain guide with 20 years' experience, had led the group onto the slope despite a «⟦p:a|clear and published⟧» level-four avalanche warning.
«⟦d:a|The court does not doubt that the defendant cared for his clients. But experience can also make a person too confident, and that is what happened on that slope,⟧» she said.
Public prosecutor Lukas Amsler had asked for two years. «⟦d:d|He ignored the bulletin, he ignored the signs and he ignored a client who asked to turn back,⟧» Amsler told the court in his closing speech on Monday.
Gerber, 46, told the court he would carry the deaths «⟦p:b|for the rest of my life⟧». «⟦d:b|I made a decision that I cannot take back. I think about their families every morning,⟧» he said.
Ines Baptista, whose son Rui was among the dead, said outside the courthouse that the sentence was «⟦p:c|too light, but at least it is a conviction⟧».
«⟦d:c|For two years they told us it was a natural disaster. Today a court said it was not,⟧» she said.

### 018
@a Brenda Cuthill | Retired teacher
@b Lorraine Akinyemi | Another victim
@c Conrad Vasquez | -
@d Philippa Stroud | Judge
A SMOOTH-talking conman who posed as an oil rig engineer to fleece lonely women out of £380,000 was branded "⟦p:d|utterly heartless⟧" by a judge yesterday.
Conrad Vasquez, 49, used dating apps to target widows and divorcees, telling them he was stranded offshore and needed cash to pay "⟦s:-|release fees⟧".
Retired teacher Brenda Cuthill, 67, handed over £112,000 — her late husband's life insurance. She told Norbridge Crown Court: "⟦d:a|He said he loved me every single morning. Forty messages a day. I thought I'd been given a second chance.⟧"
Another victim, Lorraine Akinyemi, 58, said she had remortgaged her flat. "⟦d:b|When the police told me, I didn't believe them. I defended him,⟧" she said. "⟦d:b|That's how good he was.⟧"
Vasquez, of Pellingham Road, Norbridge, admitted 11 counts of fraud. As he was sent down he mouthed "⟦d:c|sorry⟧" towards the public gallery.
Jailing him for nine years, Judge Philippa Stroud said: "⟦d:d|You are a practised and utterly heartless fraudster. You did not just take these women's money. You took their trust, and some of them tell me they will never trust anyone again.⟧"
Mrs Cuthill said afterwards: "⟦d:a|Nine years is nothing. But I'm glad I stood up in that court and looked at him.⟧"

### 019
@a Olumide Fashola | Senior coroner
@b Gemma Straughan | a custody officer at HMP Carrow Fen
@c Ravi Doshi | -
@d Natalie Fearon | His sister
@e - | the jury
A jury at an inquest into the death of a remand prisoner has found that staff missed "⟦p:e|repeated opportunities⟧" to check on him in the hours before he was found hanged in his cell.
Jermaine Fearon, 27, was found unresponsive at HMP Carrow Fen on 2 December 2022, nine days after he was remanded in custody.
Gemma Straughan, a custody officer at HMP Carrow Fen, told the inquest she had been responsible for 68 prisoners on the wing that night. "⟦d:b|I did the checks I could. I was on my own for most of the shift,⟧" she said.
Ravi Doshi, representing the family, asked her why an instruction that Mr Fearon should be checked every hour had not been followed. "⟦d:c|Nobody told you he was on hourly observations?⟧"
"⟦d:b|Nobody told me. It wasn't on the board,⟧" she replied.
In its conclusion, the jury said the failure to pass on the observation order had "⟦p:e|more than minimally contributed⟧" to his death.
Senior coroner Olumide Fashola said he would issue a report to prevent future deaths. "⟦d:a|The evidence I have heard about staffing on that wing is deeply troubling,⟧" he said.
His sister, Natalie Fearon, said: "⟦d:d|Jermaine went into that prison to wait for a trial. He should have come out. We will keep fighting so that no other family gets the phone call we got.⟧"

### 020
@a Meenakshi Raghavan | Justice
@b Harish Venugopal | Senior advocate
@c Farzana Siddiqui | Advocate
The Kestrapur High Court on Monday pulled up the municipal corporation over the collapse of the Ganeshpeth footbridge, observing that "⟦p:a|lives cannot be left to the mercy of files moving from one table to another⟧".
A division bench headed by Justice Meenakshi Raghavan was hearing a public interest litigation filed after the October 14 collapse, in which seven commuters were killed and 22 injured.
"⟦d:a|Three inspection reports flagged the corrosion. Three. What was done on any of them?⟧" Justice Raghavan asked.
Senior advocate Harish Venugopal, appearing for the Kestrapur Municipal Corporation, submitted that tenders for repairs had been floated in 2022. "⟦d:b|The process was under way, Your Lordships. Funds had been sanctioned,⟧" he said.
"⟦d:a|Under way for two years while people walked over it every morning?⟧" she shot back.
Advocate Farzana Siddiqui, appearing for the petitioners, a residents' welfare association, told the court that "⟦p:c|not a single official has been suspended⟧" a month after the tragedy.
The bench directed the municipal commissioner to file a personal affidavit within two weeks explaining the delay, and listed the matter for November 28. "⟦d:a|We want names, dates and reasons. Not a general narration,⟧" Justice Raghavan remarked.

### 021
@a - | a protected witness whose identity was withheld
@b Radomir Vukelić | a former regional police commander
@c Ama Owusu-Ansah | Presiding Judge
@d Henrik Sølvberg | defence counsel
VESTERHAVN, Sept 9 (Continental Press) – A woman who survived the killings at Dolni Brod told a war crimes tribunal on Tuesday that she recognised the voice of the police commander giving orders outside the grain store where she was hiding.
Testifying from behind a screen, a protected witness whose identity was withheld said she had known Radomir Vukelić, a former regional police commander, since they were at school together.
“⟦d:a|I knew his voice before I knew his face. Everyone in the valley knew it,⟧” she said through an interpreter. “⟦d:a|He said, ‘Nobody leaves the village.’ He said it twice.⟧”
Vukelić, 61, is charged with murder and persecution as crimes against humanity over the deaths of at least 43 civilians in April 1994. He has pleaded not guilty.
Under cross-examination, defence counsel Henrik Sølvberg suggested that she could not have heard clearly through the walls of the store. “⟦d:d|Madam, there was shooting, there were engines, there was screaming. How could you pick out one voice?⟧”
“⟦d:a|Because it was the voice I was afraid of,⟧” she replied.
Vukelić, who sat taking notes, shook his head repeatedly during her evidence. At one point he called out, “⟦d:b|This woman was never in the village,⟧” prompting a warning from Presiding Judge Ama Owusu-Ansah.
“⟦d:c|Mr Vukelić, you will have your opportunity to give evidence. You will not interrupt a witness again,⟧” she said.

### 022
@a Ikenna Laurent | counsel to the inquiry
@b Morag Sinclair | the company's former operations director
@c Pádraig Ó Loingsigh | a deckhand who survived the sinking
A ferry company's former operations director has denied that captains were pressured to sail in bad weather in the months before the MV Kittiwake sank with the loss of nine lives.
Morag Sinclair, 58, the company's former operations director, told the Kittiwake Inquiry in Ardgrellan that the decision to sail "⟦p:b|always rested with the master⟧".
Ikenna Laurent KC, counsel to the inquiry, showed her a message she sent to the Kittiwake's captain, Euan Macrae, on the afternoon of the sinking. It read: "⟦d:b|Need this one to go Euan, we've cancelled three this week already.⟧"
"⟦d:a|What did you mean by that, Ms Sinclair?⟧" Mr Laurent asked.
"⟦d:b|I meant we had a backlog of freight. I did not mean he should sail if it wasn't safe. Euan knew that. Every captain knew that,⟧" she said.
"⟦d:a|Captain Macrae is not here to tell us what he knew.⟧"
Ms Sinclair paused before replying: "⟦d:b|No. He is not.⟧"
Earlier, a deckhand who survived the sinking, Pádraig Ó Loingsigh, described the moment the vessel began to list. "⟦d:c|The lorries shifted all at once. There was a noise like a door slamming, a huge door, and then the deck was a wall,⟧" he said. "⟦d:c|I don't know how I got out. I think the sea just took me out.⟧"

### 023
@a Holly Brannigan | an inspector with the Tamsworth Animal Welfare League
@b Emeka Obi | District Judge
@c Darren Tulloch | -
@d - | A neighbour who alerted the charity
A man who left his two dogs locked in a shed for five days while he went on holiday has been banned from keeping animals for ten years.
Darren Tulloch, 44, of Pelham Terrace, Ashdown Vale, pleaded guilty at Tamsworth Magistrates’ Court to two counts of causing unnecessary suffering.
Holly Brannigan, an inspector with the Tamsworth Animal Welfare League, said she found the dogs, a lurcher called Biscuit and a bull terrier cross called Tyson, “⟦p:a|lying in their own mess with an empty water bowl between them⟧”.
“⟦d:a|Biscuit could barely stand. I have been doing this job for 15 years and it was one of the worst I have seen,⟧” she said.
A neighbour who alerted the charity said in a statement read to the court: “⟦d:d|I could hear them crying at night. I didn’t know whose they were at first.⟧”
Tulloch, representing himself, told the court: “⟦d:c|I asked my mate to feed them. He let me down. I’m not a cruel person.⟧”
District Judge Emeka Obi said: “⟦d:b|You were responsible for those animals, not your friend. You did not check. You did not phone. They suffered because of it.⟧” Tulloch was also given a 12-week suspended sentence and ordered to pay £650 costs.

### 024
@a Rebecca Paewai | Justice
@b Aroha Ngata | the victim’s mother
@c Connor Blakeley | -
@d Rāwiri Te Huia | Kaumātua
A young driver who killed a teenager while street racing has been sentenced to home detention after the victim’s whānau asked the court to help him “⟦p:b|become a better man⟧” rather than send him to prison.
Connor Blakeley, 20, admitted dangerous driving causing death after his car struck and killed Tama Ngata, 17, on Kōtare Road in Ōwhiti in March.
At the High Court at Ōwhiti on Friday, the victim’s mother, Aroha Ngata, spoke directly to Blakeley.
“⟦d:b|I don’t want you in prison. I want you to stand up every day for the rest of your life and earn the air that my son isn’t breathing,⟧” she said.
Kaumātua Rāwiri Te Huia opened the hearing with a karakia and addressed the court in te reo Māori. “⟦d:d|Kua hinga te tōtara i te wao nui a Tāne,⟧” he said — “⟦d:d|a great tree has fallen in the forest of Tāne⟧”.
Blakeley read a letter to the family in which he said he had “⟦p:c|no excuse and no right to ask for anything⟧”. “⟦d:c|I think about Tama every time I pick up my keys. I’ve sold my car. I’ll never race again,⟧” he read.
Justice Rebecca Paewai said the whānau’s response was “⟦p:a|extraordinary in its generosity⟧”. “⟦d:a|It is not the court’s usual course to impose home detention for an offence of this gravity. But the court cannot ignore the clearly expressed wishes of the people who have lost the most,⟧” she said.

### 025
@a Pamela Greenhalgh | Retired dinner lady
@b Sandra Kowalczyk | her next-door neighbour
@c Anil Mistry | Deputy District Judge
A bitter ten-year feud between two neighbours over a 30ft hedge ended in court this week — with a judge telling them: ``⟦d:c|Life is too short for leylandii.⟧''
Retired dinner lady Pamela Greenhalgh, 71, sued her next-door neighbour Sandra Kowalczyk, 66, for £3,400, claiming the conifers on the boundary of their homes in Bramble Rise, Oxley Green, had blocked all light to her kitchen and killed her roses.
``⟦d:a|I haven't seen the sun from my sink since 2015,⟧'' Mrs Greenhalgh told Oxley Green County Court. ``⟦d:a|I've asked her nicely. I've asked her not so nicely. I've written letters.⟧''
Mrs Kowalczyk said the hedge had been planted by the previous owners of her house. ``⟦d:b|I've cut it four times. Every time I cut it she says I've cut it wrong,⟧'' she said. ``⟦d:b|It's never the right height for her. Nothing is.⟧''
Deputy District Judge Anil Mistry awarded Mrs Greenhalgh £750 and ordered that the hedge be reduced to 2.5 metres within 60 days.
``⟦d:c|Life is too short for leylandii,⟧'' he said. ``⟦d:c|I would gently suggest that you both put the kettle on and talk to each other like the neighbours you have been for twenty years.⟧''
Outside court, Mrs Greenhalgh said: ``⟦d:a|I'll believe it when I see the chainsaw.⟧''

### 026
@a Ahmed Warsame | a courier who has worked for the app since 2020
@b Zipli | -
@c Bronwen Aldridge | Employment Judge
@d Tomás Echeverría | general secretary of the Independent Couriers' Union
@e Felicity Hanrahan | -
Couriers for the food delivery app Zipli are workers entitled to holiday pay and the minimum wage, an employment tribunal has ruled, in a decision the company's barrister had warned would "⟦p:e|upend⟧" its business.
The claim was brought by 43 riders in Merriton, led by Ahmed Warsame, a courier who has worked for the app since 2020.
"⟦d:a|They tell you you're your own boss. Then they tell you which orders to take and how fast to ride, and they cut you off if your rating drops,⟧" Mr Warsame told the hearing in February. "⟦d:a|That's not being your own boss. That's a boss with extra steps.⟧"
Felicity Hanrahan KC, for Zipli, argued that riders were free to reject jobs and to send substitutes. A ruling against the company would "⟦p:e|upend the entire model on which on-demand delivery depends⟧", she said.
But Employment Judge Bronwen Aldridge found that the right of substitution was "⟦p:c|largely theoretical⟧". In her judgment, she wrote: "⟦d:c|Not one of the claimants had ever sent a substitute, and the respondent's own documents show that those who rejected jobs were penalised by the algorithm.⟧"
Tomás Echeverría, general secretary of the Independent Couriers' Union, said: "⟦d:d|This is a landmark. Every rider in the country should be reading this judgment tonight.⟧"
Zipli said it would appeal. "⟦d:b|We respectfully disagree with the tribunal's decision, which does not reflect the flexibility that the vast majority of our couriers tell us they value,⟧" the company said.

### 027
@a Ernesto Valladares | Former president
@b Lucía Montenegro | The presiding judge
@c Ximena Robledo | Chief prosecutor
SANTA INÉS, May 3 (Continental Press) – Former president Ernesto Valladares told a court on Friday that the corruption case against him was «⟦p:a|a political execution dressed up as justice⟧», as his trial on charges of taking bribes from a road-building consortium opened in the capital.
«⟦d:a|I governed this country for five years with clean hands. I will walk out of this courtroom with clean hands,⟧» Valladares, 68, said in a 40-minute address to the three-judge panel.
Chief prosecutor Ximena Robledo said the state would show that Valladares received at least 9 million dollars through a network of shell companies. «⟦d:c|The money has a trail, and the trail has a name,⟧» she told the court.
Outside, several hundred supporters gathered behind crash barriers, chanting «⟦s:-|¡Ernesto no se toca!⟧» — hands off Ernesto.
The presiding judge, Lucía Montenegro, twice warned the former president to confine his remarks to the charges. «⟦d:b|Señor Valladares, this is not a rally,⟧» she said.
«⟦d:a|With respect, your honour, for me it is the only rally I am still permitted,⟧» he replied, drawing laughter from the public gallery.
The trial is expected to last at least four months.

### 028
@a Owen Prichard | His solicitor
@b Kayleigh Doran | -
@c Elaine Rudd | Presiding magistrate
@d Angus Mowat | Fisheries officer
@e Calum Buchanan | Fisherman
COURT ROUND-UP: The following cases were heard at Port Alder Magistrates' Court this week.
CONE THROWER: A man who hurled a traffic cone at a moving bus after a night out has been fined £300. Jake Sumner, 19, of Beacon Road, Port Alder, admitted criminal damage. His solicitor, Owen Prichard, said: "⟦d:a|It was a moment of madness fuelled by alcohol. He has written to the bus company to apologise.⟧"
HUNGRY SHOPLIFTER: A mother of three who stole £46 of groceries from a convenience store in Quay Street was given a conditional discharge. Kayleigh Doran, 31, told magistrates: "⟦d:b|I'd run out of money three days before payday and the kids needed feeding. I'm not proud of it.⟧" Presiding magistrate Elaine Rudd told her: "⟦d:c|We have every sympathy with your circumstances, but you must go to the food bank, not the shop shelves.⟧"
ILLEGAL NETS: Fisherman Calum Buchanan, 58, of Harbour Row, was fined £1,200 for setting unlicensed nets at the mouth of the River Alder. Fisheries officer Angus Mowat said the nets had been set "⟦p:d|right across the salmon run⟧". Buchanan said afterwards: "⟦d:e|My family's fished that river for a hundred years. Nobody needed a licence then.⟧"

### 029
@a Rosalind Ekwueme | a constable who served on the same response team
@b Mark Haldane | Sergeant
@c Imogen Slater | -
@d Chinedu Okeke | -
A police constable told a jury she watched her sergeant delete footage from his body-worn camera after a man was injured during an arrest, and was then told to "⟦p:b|forget what you saw⟧".
Rosalind Ekwueme, a constable who served on the same response team, was giving evidence at Corringdale Crown Court in the trial of Sergeant Mark Haldane, 45, who denies misconduct in a public office and perverting the course of justice.
Chinedu Okeke KC, prosecuting, asked her what happened when they got back to the station. "⟦d:d|Tell the jury, in your own words, what you saw.⟧"
"⟦d:a|He plugged his camera into the terminal and I saw him select the file and delete it. He looked round and saw me. He said, 'Forget what you saw, Roz. It's for the team.'⟧"
Under cross-examination, Imogen Slater KC, for Haldane, suggested she had a grudge against the sergeant after he gave her a poor appraisal. "⟦d:c|You were angry with him, weren't you? Angry enough to invent this?⟧"
"⟦d:a|I was angry about the appraisal. I didn't invent anything,⟧" the constable replied.
"⟦d:c|You waited five weeks to report it.⟧"
"⟦d:a|Because I was frightened of what would happen to me. And I was right to be.⟧"
Haldane is expected to give evidence next week. The trial continues.

### 030
@a Fintan Devereux | Area coroner
@b Leanne Ashworth | His mother
@c Clipster | -
@d Yusuf Karimi | a consultant paediatric pathologist
A 14-year-old boy died after taking part in a “⟦s:-|blackout challenge⟧” he had seen on a video-sharing app, an inquest has concluded.
Ellis Ashworth was found unresponsive in his bedroom in Thornleigh on 22 April last year.
His mother, Leanne Ashworth, told the inquest at Thornleigh Coroner’s Court that he had been “⟦p:b|a happy, silly, ordinary boy⟧” with no history of mental illness.
“⟦d:b|He’d been laughing with his sister half an hour earlier. I went up to tell him his tea was ready,⟧” she said, before stopping to compose herself.
Dr Yusuf Karimi, a consultant paediatric pathologist, said: “⟦d:d|There was no evidence of any intention to die. The findings are consistent with a game that went wrong.⟧”
Area coroner Fintan Devereux said police had found that Ellis watched several videos of the challenge in the days before his death. “⟦d:a|These videos were not hidden in some dark corner of the internet. They were served to a child, repeatedly, by an algorithm,⟧” he said.
He recorded a conclusion of misadventure and said he would write to Clipster, the platform concerned.
Clipster said in a statement that it was “⟦p:c|devastated⟧” by Ellis’s death and that the challenge had been “⟦p:c|blocked from search since 2023⟧”.
Outside court, Ms Ashworth said: “⟦d:b|Blocked from search doesn’t mean blocked. I want every parent to know that.⟧”
### 031
@a Nomvula Sithole | a retired judge
@b Thabo Mokoena | the commission's evidence leader
@c Johannes Pretorius | the former chief executive of Highveld Power
@d - | a whistleblower who testified anonymously
ROOIBERG, Aug 21 (Southern Wire) - The former head of state power utility Highveld Power told a commission of inquiry on Thursday that he signed off a 2.3 billion rand coal contract without reading it because he "⟦p:c|trusted the people around me⟧".
Johannes Pretorius, the former chief executive of Highveld Power, was testifying before the Sithole Commission, which is investigating allegations that contracts at the utility were steered to companies linked to senior officials.
"⟦d:b|Mr Pretorius, this contract was 400 pages long. You signed it on the day it arrived on your desk. Did you read any of it?⟧" asked Thabo Mokoena SC, the commission's evidence leader.
"⟦d:c|I read the summary. I trusted the people around me. That was my mistake,⟧" Pretorius said.
"⟦d:b|The summary did not mention that the supplier had been registered eleven days earlier.⟧"
"⟦d:c|No, it did not.⟧"
The commission's chairperson, Nomvula Sithole, a retired judge, then intervened. "⟦d:a|You were paid, Mr Pretorius, to be the person who asks the question nobody else asks. Who at Highveld Power was going to ask it, if not you?⟧" she said.
Pretorius did not answer directly. "⟦d:c|I can only say that I regret it,⟧" he said after a pause.
Earlier this month a whistleblower who testified anonymously told the commission the coal deal had been "⟦p:d|agreed over dinner before the tender was even advertised⟧".

### 032
@a Okonjo | the judge
@b - | his mother
@c - | His father
@d St Aldhelm's Children's Hospital | -
@e Victoria Ashdown | -
A High Court judge has ruled that doctors can withdraw life support from a seven-month-old boy with a rare brain condition, against the wishes of his parents.
Mrs Justice Okonjo said that continued treatment for the baby, who can be identified only as R, was "⟦p:a|no longer in his best interests⟧" and was causing him "⟦p:a|pain that he cannot understand and from which he cannot be comforted⟧".
"⟦d:a|I have no doubt at all that R is deeply loved. His parents have been at his bedside every day of his life,⟧" the judge said. "⟦d:a|But the law requires me to look at the matter from R's point of view, and from R's point of view alone.⟧"
Victoria Ashdown KC, for the hospital trust, had told the court that the medical evidence was "⟦p:e|unanimous⟧".
Speaking outside the court, his mother, who cannot be named for legal reasons, said the family would appeal. "⟦d:b|They've decided my son's life isn't worth living. He squeezes my finger. He knows my voice. How can a judge who's never met him decide that?⟧"
His father said: "⟦d:c|We're not giving up. We'll take this as far as it goes.⟧"
St Aldhelm's Children's Hospital said in a statement: "⟦d:d|This is a heartbreaking situation for everyone involved, and above all for R's family. Our staff will continue to give him the very best care.⟧"

### 033
@a - | The woman
@b Callum Strickland | a personal trainer
@c Daniel Featherstone | Prosecutor
@d Shirin Farahani | Judge
A STALKER bombarded his ex-girlfriend with 1,100 messages in a month and turned up outside her gym "⟦p:a|every single time I went⟧", a court heard.
The woman, who cannot be named for legal reasons, broke down as she gave evidence from behind a screen at Dunmere Crown Court.
"⟦d:a|I changed my gym. I changed my route to work. I changed my phone number twice. He still found me,⟧" she said.
"⟦d:a|I started sleeping in my clothes in case I had to run.⟧"
Callum Strickland, 31, a personal trainer, denies stalking involving fear of serious alarm or distress. He told the jury: "⟦d:b|I just wanted closure. I never threatened her. I never would.⟧"
Prosecutor Daniel Featherstone read out one message Strickland sent at 3.12am: "⟦d:b|You can block me all you like, I know where you'll be tomorrow.⟧"
"⟦d:c|Is that what closure looks like, Mr Strickland?⟧" he asked.
"⟦d:b|I was drunk when I sent that,⟧" Strickland replied.
Judge Shirin Farahani told jurors they would begin their deliberations on Monday. "⟦d:d|Put out of your minds anything you may have read or heard about this case outside this room,⟧" she told them.

### 034
@a Dimitrios Karalis | a professor of marine biology at the University of Stennmouth
@b Alasdair Kirkpatrick | the university’s deputy vice-chancellor
@c Gaurav Menon | Employment Judge
@d University of Stennmouth | -
A marine biologist who was sacked after raising concerns that research data had been manipulated to win a £6m grant was unfairly dismissed for whistleblowing, a tribunal has ruled.
Dimitrios Karalis, a professor of marine biology at the University of Stennmouth, told the tribunal he had been “⟦p:a|frozen out⟧” after emailing the university’s research integrity office in 2022.
“⟦d:a|Within three weeks I was removed from the project I had founded. Within three months I was told my post was redundant,⟧” he said. “⟦d:a|I don’t think anybody in that room believed it was a coincidence. I certainly didn’t.⟧”
Alasdair Kirkpatrick, the university’s deputy vice-chancellor, said the redundancy was part of a wider restructuring. Asked by the tribunal why only one post in the department had been cut, he said: “⟦d:b|It was the post that fitted the criteria.⟧”
Employment Judge Gaurav Menon described that answer as “⟦p:c|circular⟧”. In his written reasons he said: “⟦d:c|The criteria were drafted after the claimant’s disclosure, by people who knew of it, and they fitted him and nobody else. The tribunal is satisfied that the disclosure was the principal reason for his dismissal.⟧”
The University of Stennmouth said it would “⟦p:d|reflect carefully⟧” on the judgment.

### 035
@a Roger Pennington | the match commander on the day
@b Bilal Rahman | -
@c Desmond Kearney | The chairman
@d Shannon Mulvey | a survivor who was 15 at the time
@e - | an officer
The police commander in charge on the day of the Millfield Stand crush has told a public inquiry he "⟦p:a|did not understand⟧" that fans were trapped until it was too late.
Roger Pennington, the match commander on the day, said he had believed the surge at the Railway End was "⟦p:a|disorder, not distress⟧".
Bilal Rahman KC, who represents 41 of the bereaved families, played him a recording from the control box in which an officer can be heard shouting: "⟦d:e|Open the gates, they're dying down there!⟧"
"⟦d:b|You heard that, Mr Pennington. What did you do?⟧" Mr Rahman asked.
"⟦d:a|I didn't hear it at the time. There were four radios going. I have listened to it many times since,⟧" Mr Pennington said.
"⟦d:b|Every family I represent has listened to it many times since,⟧" Mr Rahman replied.
The chairman, Sir Desmond Kearney, asked Mr Rahman to "⟦p:c|confine himself to questions⟧".
Earlier, Shannon Mulvey, a survivor who was 15 at the time, described being pinned against a barrier. "⟦d:d|I couldn't breathe in. I could only breathe out, a little bit at a time. A man behind me kept saying, 'I've got you, I've got you.' I never found out who he was,⟧" she said.

### 036
@a Farida Haq | -
@b Whitcombe | -
@c Harriet Osei | the solicitor who took on her case pro bono in 2019
@d Zara | Her daughter
For nine years, Farida Haq told anyone who would listen that she had not meant to kill her husband. For most of those nine years, nobody did.
Last month, three Court of Appeal judges quashed her murder conviction and substituted a verdict of manslaughter by reason of loss of control, ruling that the jury at her 2015 trial had heard “⟦p:b|only half the story⟧”. She was released the same day, having already served longer than any sentence she would now face.
“⟦d:a|The first thing I did was stand in the car park and look at the sky,⟧” she tells me, in the kitchen of the small flat in Eastholme she now shares with her daughter. “⟦d:a|You forget it goes all the way across.⟧”
Her husband, Tariq, controlled the family’s money, her phone and, she says, “⟦p:a|what I was allowed to think⟧”. None of that was put before the jury in 2015. Coercive control was not then a criminal offence, and her barrister at the time did not raise it.
Harriet Osei, the solicitor who took on her case pro bono in 2019, spent two years gathering evidence: medical records, bank statements, the accounts of neighbours who had heard him shouting through the walls.
“⟦d:c:m|When I first read the trial transcript I had to put it down and walk round the block. It was like reading about a different woman. She was described as cold, as calculating.⟧
“⟦d:c:m|Nobody asked her what her life had been like. Nobody asked the neighbours.⟧
“⟦d:c|Once you knew, you couldn’t see the case any other way.⟧”
In the lead judgment, Lord Justice Whitcombe wrote that the new evidence “⟦p:b|transforms the picture⟧”. “⟦d:b|The jury were invited to consider a single blow on a single evening. They were told nothing of the years that preceded it,⟧” he said.
Her daughter, Zara, was eleven when her mother was arrested. She is twenty now, and studying law. “⟦d:d|Of course I am,⟧” she says, and laughs. “⟦d:d|What else was I going to do?⟧”

### 037
@a Harriet Blankenship | U.S. District Judge
@b Caleb Nakashima | the founder of the collapsed crypto lender Lumenvault
@c Walt Brzezinski | a retired firefighter who lost $340,000
@d Marisa Quintanilla | U.S. Attorney
PORT CALDER, Nov 18 (Northline) - Caleb Nakashima, the founder of the collapsed crypto lender Lumenvault, was sentenced on Monday to 17 years in prison for defrauding more than 60,000 customers, after a federal judge said he had treated their deposits "⟦p:a|as his personal venture fund.⟧"
U.S. District Judge Harriet Blankenship said Nakashima, 34, had "⟦p:a|looked his customers in the eye, on livestreams and podcasts, and lied⟧" about the safety of their money.
"⟦d:a|Mr. Nakashima is intelligent, he is charismatic, and he used both of those gifts to do enormous harm,⟧" the judge said. "⟦d:a|The sentence must reflect that harm.⟧"
Before sentence was passed, Nakashima stood and apologized, his voice breaking. "⟦d:b|I built something I believed in and I lost control of it. I lied when I should have told the truth. I'm sorry. I'm so sorry,⟧" he said.
Walt Brzezinski, a retired firefighter who lost $340,000, told the court he had not slept through the night since the company froze withdrawals. "⟦d:c|That was thirty years of overtime. He kept telling us it was safer than a bank,⟧" he said.
U.S. Attorney Marisa Quintanilla said in a statement: "⟦d:d|Today's sentence makes clear that calling something innovation does not make fraud any less of a crime.⟧"
Nakashima's lawyers, who had asked for a sentence of five years, said he would appeal.

### 038
@a Gillian Thwaite | the vicar of St Botolph’s Church
@b Lionel Ashby-Crewe | Judge
@c Travis Holroyd | -
@d - | A churchwarden who asked not to be named
A man who stripped the lead from the roof of a 13th-century village church, causing £120,000 of damage, has been jailed for three years.
Travis Holroyd, 38, of Fenwick Lane, Marston Parva, admitted theft and criminal damage at Kelbury Crown Court.
In a statement read to the court, the Reverend Gillian Thwaite, the vicar of St Botolph’s Church, said rain had poured through the roof for weeks before the theft was discovered.
“⟦d:a|The medieval wall paintings in the chancel have survived seven hundred years. They may not survive this,⟧” she said. “⟦d:a|Our congregation is small and elderly. We hold a bring-and-buy sale to pay for the flowers.⟧”
When he was arrested, Holroyd told police: “⟦d:c|It’s a church. God’s not going to miss a bit of lead.⟧”
Judge Lionel Ashby-Crewe said that remark showed “⟦p:b|a staggering contempt for the community you live in⟧”.
“⟦d:b|Churches like St Botolph’s are not just buildings. They are the memory of a place. You have damaged that memory for a few hundred pounds from a scrap dealer,⟧” he said.
A churchwarden who asked not to be named said after the hearing: “⟦d:d|We’re relieved it’s over. Now we have to find £120,000.⟧”

### 039
@a Ferrars | -
@b Ishbel Munro | a campaigner from the Isle of Corran who brought the case
@c - | A spokesperson for the Ministry of Environment and Waterways
@d Thornycroft | -
The Supreme Court has ruled that the government acted unlawfully when it approved a new offshore gas field without assessing the emissions from burning the gas it would produce.
By a majority of three to two, the justices found that ministers had taken "⟦p:a|an unreasonably narrow view⟧" of their legal duties when they granted consent for the Brindle field in 2022.
Giving the lead judgment, Lord Ferrars said: "⟦d:a|The emissions from burning the gas are not some remote or speculative consequence of the project. They are its inevitable result. It is difficult to see how an assessment that leaves them out can be called an assessment of the project's effects at all.⟧"
In a dissenting judgment, Lady Thornycroft said the majority had "⟦p:d|strayed into territory that properly belongs to Parliament⟧".
Ishbel Munro, a campaigner from the Isle of Corran who brought the case, said she had cried when she heard the ruling. "⟦d:b|Five years ago people told me I was wasting my time. Today the highest court in the land said I was right,⟧" she said.
A spokesperson for the Ministry of Environment and Waterways said: "⟦d:c|We will consider the judgment carefully. Consent for the Brindle field remains suspended while we do so.⟧"

### 040
@a Kiera Vance | lifestyle influencer
@b Poppy Lindqvist | her former friend and fellow influencer
@c Hugo Carrington | -
@d Ramsbottom | the judge
A lifestyle influencer accused her former best friend of "⟦p:a|copying my entire life⟧" as their £500,000 libel battle reached the High Court yesterday.
Lifestyle influencer Kiera Vance, 29, who has 2.1 million followers, is suing her former friend and fellow influencer Poppy Lindqvist, 30, over a video in which Ms Lindqvist called her "⟦p:b|a fraud who buys her followers⟧".
Giving evidence, Ms Vance said: "⟦d:a|She knew exactly what she was doing. She knew that word, 'fraud', would follow me round for ever. Brands stopped calling overnight.⟧"
Cross-examining, Hugo Carrington KC, for Ms Lindqvist, showed her invoices from a company selling "⟦s:-|engagement packages⟧". "⟦d:c|You paid this company £4,000 in 2021, didn't you?⟧" he asked.
"⟦d:a|For a marketing consultation. Not for followers,⟧" she replied.
"⟦d:c|The invoice says 'follower growth package, gold tier'.⟧"
"⟦d:a|That's what they call everything.⟧"
Ms Lindqvist, who sat two rows behind her, shook her head. She is expected to give evidence today. Mr Justice Ramsbottom warned supporters of both women in the public gallery to keep their phones switched off. "⟦d:d|This is a courtroom, not a content opportunity,⟧" the judge said.

### 041
@a Rupert Hallam | Major
@b Helena Voss | Assistant coroner
@c Bethan Lloyd | His mother
@d - | An army spokesman
@e Kofi Boateng | A fellow recruit
A 19-year-old soldier who collapsed during a training march on the hottest day of the year died of heatstroke after instructors missed ``⟦p:b|obvious⟧'' warning signs, a coroner has found.
Private Osian Lloyd, of the 2nd Battalion, Royal Cambrian Rifles, collapsed 11 miles into a 12-mile march on the Garnock training area on 19 July 2022. He died in hospital two days later.
Major Rupert Hallam, who was in charge of the exercise, told the inquest that he had considered cancelling the march. ``⟦d:a|The forecast was for 29 degrees. In hindsight I should have stopped it. I did not, and I will live with that,⟧'' he said.
A fellow recruit, Private Kofi Boateng, said Pte Lloyd had been ``⟦p:e|weaving all over the track⟧'' for at least half an hour. ``⟦d:e|We told the corporal. He said Osian was just tired and to keep him going,⟧'' he said.
Assistant coroner Helena Voss found that the signs of heat illness had been ``⟦p:b|obvious⟧'' and that there had been ``⟦p:b|a failure to act on them by those responsible for his safety⟧''.
``⟦d:b|Osian was a fit young man who had wanted to be a soldier since he was a small boy. He was entitled to expect that the army would keep him safe in training. It did not,⟧'' she said.
His mother, Bethan Lloyd, said outside the hearing: ``⟦d:c|We sent our boy to the army and they sent him home in a coffin. We wanted the truth told, and today it was.⟧''
An army spokesman said: ``⟦d:d|We are deeply sorry for the loss of Private Lloyd. Significant changes have been made to how we manage training in hot weather.⟧''

### 042
@a Samira Belkacem | a 26-year-old pharmacy graduate
@b Catherine Thibodeau | tribunal member
@c Gordon McPhail | the owner of Lakeview Pharmacy
@d Jean-Philippe Gagnon | Her lawyer
A human rights tribunal in Port Lévis has ordered a pharmacy owner to pay $28,000 to a job applicant who was told she would have to remove her hijab to work behind the counter.
Samira Belkacem, a 26-year-old pharmacy graduate, testified that the owner of Lakeview Pharmacy, Gordon McPhail, told her at the end of her interview that customers “⟦p:c|prefer a neutral look⟧”.
«⟦d:a|Je voulais juste travailler,⟧» she told the tribunal in French — “⟦d:a|I just wanted to work.⟧”
“⟦d:a|He said it politely, like he was doing me a favour. That was almost worse,⟧” she said.
McPhail told the tribunal he had “⟦p:c|never intended to offend anyone⟧” and had since changed his hiring policy. “⟦d:c|I made a mistake. I’m a small business owner, I don’t have an HR department,⟧” he said.
In her decision, tribunal member Catherine Thibodeau wrote that good intentions were “⟦p:b|no answer⟧” to a discriminatory condition of employment. “⟦d:b|The complainant was asked to choose between her faith and her profession. No one in this province should be asked to make that choice,⟧” she wrote.
Her lawyer, Jean-Philippe Gagnon, called the ruling “⟦p:d|an important reminder for every small employer⟧”.

### 043
@a Rhona Gillespie | planning inspector
@b Anthony Le Breton | -
@c Bryn Aldous | Parish council chairman
@d Mavis Okoro | Resident
@e Castlegate Homes | -
Residents packed Sedley village hall on Tuesday as a public inquiry opened into plans for 450 homes on farmland at Crabtree Fields.
Castlegate Homes is appealing against Aldwick District Council's refusal of the scheme last year. The inquiry, led by planning inspector Rhona Gillespie, is expected to last eight days.
Anthony Le Breton, for the developer, told the inquiry the district had "⟦p:b|a chronic and worsening shortfall⟧" of land for housing. "⟦d:b|People who grew up in Sedley cannot afford to live in Sedley. That is the reality this inquiry has to confront,⟧" he said.
Parish council chairman Bryn Aldous said the village's only road in and out already flooded "⟦p:c|two or three times every winter⟧". "⟦d:c|You are proposing to double the size of a village that has one shop, one bus a day and one road that goes under water,⟧" he told the inspector.
Resident Mavis Okoro, 79, drew applause when she said: "⟦d:d|I have nothing against young families. I was a young family once. But you can't put 450 houses on a floodplain and call it a community.⟧"
Ms Gillespie reminded the public that the inquiry was "⟦p:a|not a popularity contest⟧". "⟦d:a|I will be deciding this on the planning merits and on the evidence. Applause is not evidence,⟧" she said.
Castlegate Homes said after the session: "⟦d:e|We have listened to residents throughout, and our scheme includes a new flood defence that would benefit existing homes.⟧"

### 044
@a Ingrid Solberg | a consultant anaesthetist
@b Nicholas Fairweather | -
@c Amankwah | -
The following is an edited extract from the transcript of the fourth day of the manslaughter trial of Dr Ingrid Solberg, a consultant anaesthetist. The prosecution says she left an operating theatre for nine minutes during a routine knee operation, in which time the patient suffered a fatal cardiac arrest. She is being cross-examined by Nicholas Fairweather KC, for the prosecution.
Q: You told the theatre nurse you would be "⟦p:a|two minutes⟧". How long were you gone?
A: I believe it was about nine minutes.
Q: Where did you go?
A: To the recovery area. A colleague had asked me to look at a patient whose blood pressure was dropping.
Q: Which colleague?
A: Dr Amankwah. He said, and I remember this clearly, "⟦d:c|I need someone senior, now.⟧"
Q: Did you tell anyone in theatre that you were leaving the patient on the table with a trainee?
A: I told the trainee. I said, "⟦d:a|Call me if anything changes.⟧"
Q: And when something did change, Dr Solberg, where was your pager?
A: In my scrubs. It did not go off. I have been over this many times.
In his opening speech last week, Mr Fairweather told the jury that the case was "⟦p:b|about nine minutes, and nothing else⟧". The trial continues.

### 045
@a Conall Whelan | Judge
@b Esme Tarrant | a medical student
@c Jonah Feldstein | a retired vicar
@d Last Harvest | -
Five climate activists who blocked the Corran Bridge for two days have been jailed for between 14 and 20 months, as supporters outside the court chanted “⟦s:-|No jail for telling the truth⟧”.
The five, all members of the campaign group Last Harvest, were convicted of causing a public nuisance after a trial at Kelvedon Crown Court last month.
Judge Conall Whelan said they had caused “⟦p:a|misery and danger to tens of thousands of people who had no say in your protest⟧”. An ambulance carrying a patient was delayed by more than an hour, the court heard.
“⟦d:a|You are entitled to your beliefs, and many people share them. You are not entitled to decide that your beliefs outweigh everybody else’s right to go about their lives,⟧” he said.
Esme Tarrant, 23, a medical student, told the court before she was sentenced: “⟦d:b|I know what I did was disruptive. I would rather be disruptive now than explain to my children why I did nothing.⟧”
Jonah Feldstein, 67, a retired vicar, said he had “⟦p:c|no regrets at all⟧”. “⟦d:c|If that ambulance was delayed, I am truly sorry for it. But there will be far more ambulances delayed by floods in the years to come,⟧” he said.
Last Harvest said in a statement: “⟦d:d|Our friends are going to prison for telling the truth. The people wrecking the planet are going home to their dinners.⟧”
### 046
@a Selamawit Bekele | the 200m world silver medallist
@b Athletics Integrity Board | -
@c Hans-Jörg Riedel | panel chair
@d Tesfaye Mengistu | Her coach
@e Patrice Ngoy | -
ZURLINGEN, April 2 (Northline) - Sprinter Selamawit Bekele, the 200m world silver medallist, told a doping tribunal on Wednesday that a banned steroid found in her urine came from contaminated meat eaten at a team dinner.
"⟦d:a|I have been tested 61 times in my career. Sixty times I was clean. Why would I cheat one week before a race I was already favourite to win?⟧" Bekele, 27, told the three-member panel of the Athletics Integrity Board tribunal.
Patrice Ngoy, for the board, said the concentration detected was "⟦p:e|many times higher⟧" than in contamination cases previously accepted by tribunals. "⟦d:e|This was not a trace. This was a dose,⟧" he said.
Her coach, Tesfaye Mengistu, told the hearing the team had eaten beef at a roadside restaurant on the way to their training camp. Asked by panel chair Hans-Jörg Riedel whether anyone else at the dinner had been tested, he said: "⟦d:d|Two were tested. Both were clean. But they ate chicken.⟧"
Laughter broke out in the hearing room. Riedel did not smile. "⟦d:c|I would ask everyone to remember what is at stake for the athlete,⟧" he said.
The Athletics Integrity Board said after the hearing that it would "⟦p:b|not comment on a live case⟧". A decision is expected within six weeks.

### 047
@a Shane Rafferty | -
@b Declan Rafferty | his younger brother
@c Morris Lane | Judge
@d Hayley Sturgess | Customer
PUPPY farm brothers who raked in £900,000 selling sick dogs from a filthy barn have been jailed — after one of them told a court the animals were “⟦p:a|treated like family⟧”.
Shane Rafferty, 42, and his younger brother Declan, 39, bred hundreds of cockapoos, French bulldogs and dachshunds at a farm near Gorsey Bank, selling them online with fake photos of a cosy family kitchen.
Customer Hayley Sturgess, 34, paid £1,800 for a puppy called Bonnie who died nine days later of parvovirus. “⟦d:d|She was so tiny. We had her for nine days and she was ill for eight of them,⟧” she told Aldenford Crown Court. “⟦d:d|My daughter still asks where Bonnie went.⟧”
Shane Rafferty insisted: “⟦d:a|Those dogs were treated like family. Any breeder will tell you puppies get sick.⟧”
But his brother admitted under cross-examination that the kitchen in the adverts belonged to his ex-girlfriend. “⟦d:b|It was just for the photos. Everyone does it,⟧” Declan Rafferty said.
Jailing Shane for four years and Declan for three, Judge Morris Lane said: “⟦d:c|You were not breeders. You were dealers, and the animals were your stock. You lied to families who wanted a pet, and you left them to nurse dying puppies.⟧”
As they were led away, Shane turned to his brother and muttered: “⟦d:a|Told you we should have pleaded.⟧”

### 048
@a Leonie Castellanos | counsel to the inquiry
@b Darius Farahmand | the signaller on duty that morning
@c Gerald Pike | the former director of maintenance at RailCore
@d Ifeanyi Obi | -
The signaller on duty when two trains collided at Marlowe Junction has told the public inquiry into the crash that he was “⟦p:b|working blind⟧” after a fault took out half of his control panel.
Darius Farahmand, the signaller on duty that morning, said he had reported the fault twice in the week before the collision, which killed six people in November 2022.
“⟦d:b|Half the lights on the panel were dead. I was tracking trains on paper, with a pencil, like it was 1950,⟧” he said. “⟦d:b|I wrote in my log that it wasn’t safe. I said it on the phone.⟧”
Leonie Castellanos KC, counsel to the inquiry, asked him what response he had received. “⟦d:a|Did anyone tell you to stop running trains through the junction?⟧”
“⟦d:b|No. They told me an engineer would come out on the Monday.⟧”
“⟦d:a|And did one?⟧”
“⟦d:b|The crash was on the Saturday.⟧”
Later, Gerald Pike, the former director of maintenance at RailCore, the contractor responsible for the signalling, accepted that the fault had been classed as “⟦s:-|non-urgent⟧”. “⟦d:c|With the benefit of hindsight, that classification was wrong,⟧” he said.
In the public gallery, Ifeanyi Obi, whose daughter Chioma, 19, was killed in the crash, shook his head. Speaking to reporters afterwards, he said: “⟦d:d|Hindsight. Every one of them says hindsight. My daughter didn’t get any hindsight.⟧”

### 049
@a Eilidh Fraser | Tribunal judge
@b Marek Nowicki | One of the tenants
@c Basil Constantinou | the landlord
@d - | A spokesperson for Hallbridge Renters' Union
A landlord who crammed 11 people into a four-bedroom house in Hallbridge has been ordered to repay £38,000 in rent to his former tenants.
The property tribunal heard that Basil Constantinou, 61, had no licence to run the house in Tanner Street as a house in multiple occupation, and that the tenants shared one bathroom and a kitchen with a broken oven.
One of the tenants, Marek Nowicki, 33, told the hearing: "⟦d:b|There was mould on every wall. In winter, ice inside the windows. When we complained he said, 'If you don't like it, there are ten people waiting for your room.'⟧"
Constantinou, who represented himself, said he was "⟦p:c|not a rich man⟧" and had been "⟦p:c|let down by agents⟧". "⟦d:c|I did not know about the licence. Nobody told me,⟧" the landlord said.
Tribunal judge Eilidh Fraser said ignorance of the licensing rules was "⟦p:a|no defence whatsoever⟧" for someone who had been letting property for more than 20 years. "⟦d:a|The respondent's evidence that he did not know about licensing was, frankly, not credible,⟧" she said.
A spokesperson for Hallbridge Renters' Union, which supported the tenants, said: "⟦d:d|This is a big win, but it should never have taken a tribunal. The council knew about this house for two years.⟧"

### 050
@a - | the foreman
@b Ricardo Pinto | -
@c Harwood | -
@d Sofia Pinto | His mother
@e Kofi Mensah | the victim’s brother
It took the jury eleven hours to reach its verdicts. When the foreman stood, at 3.40 on a Thursday afternoon, the public gallery at Ashgrove Crown Court went so quiet you could hear the air conditioning.
“⟦d:a|Not guilty,⟧” he said, to the charge of murder. Then: “⟦d:a|Guilty,⟧” to manslaughter.
In the dock, Ricardo Pinto, 27, put his face in his hands. His mother, Sofia Pinto, cried out from the gallery: “⟦d:d|Obrigada, meu Deus!⟧” — “⟦d:d|Thank you, my God!⟧”
Across the room, the family of Kwesi Mensah, the 22-year-old who died after being punched outside a bar in Ashgrove in March last year, sat in silence.
Mr Justice Harwood thanked the jurors and adjourned sentencing until next month. “⟦d:c|You have listened to difficult evidence with great care. The court is grateful to you,⟧” he said.
Pinto had told the jury he threw one punch because he believed Mr Mensah was about to attack his friend. “⟦d:b|I didn’t want him to die. I didn’t want anyone to get hurt. I’ll never forgive myself,⟧” he said in evidence last week.
Outside, the victim’s brother, Kofi Mensah, read a statement on the court steps. “⟦d:e:m|Kwesi was the first person in our family to go to university. He was kind and funny and he was going to be a teacher.⟧
“⟦d:e|The jury has made its decision and we respect it. But one punch or ten, he is still gone.⟧”

### 051
@a Olamide Sanusi | District Judge
@b Viktor Harangozó | a businessman who has lived in the country since 2016
@c Priti Anand | -
@d Lars Eklund | a criminologist who has inspected Veldonian prisons
A businessman wanted in Veldonia over a 40 million euro tax fraud cannot be extradited because he would face a "⟦p:a|real risk⟧" of inhuman treatment in the country's prisons, a judge ruled on Tuesday.
Viktor Harangozó, a businessman who has lived in the country since 2016, had fought extradition for three years.
District Judge Olamide Sanusi said evidence about overcrowding at Veldonia's Karsk remand prison was "⟦p:a|stark and largely uncontradicted⟧".
"⟦d:a|I have been given assurances by the requesting state. I regret that, on the evidence, I cannot place reliance on them,⟧" the judge said.
Priti Anand, for the Veldonian authorities, had argued that the assurances were given "⟦p:c|in good faith and at the highest level⟧". She said they would consider an appeal.
Lars Eklund, a criminologist who has inspected Veldonian prisons, told the court in May that he had seen cells "⟦p:d|designed for four, holding eleven⟧". "⟦d:d|Men were sleeping in shifts. There was one toilet, no screen, and no window that opened,⟧" he said.
Harangozó, 55, said outside court: "⟦d:b|I have always said I will answer the allegations. I will answer them anywhere I can be sure I will come out alive.⟧"

### 052
@a Lewis Gatenby | -
@b Aaron Mistry | -
@c Fiona McAteer | -
@d Sunita Bains | Detective Constable
A COCAINE gang boss was caught on a bugged phone boasting that police were "⟦p:a|too thick⟧" to catch him, a jury heard.
Lewis Gatenby, 33, and Aaron Mistry, 29, deny conspiracy to supply class A drugs worth an estimated £4.2 million.
Fiona McAteer, prosecuting, told Tynecross Crown Court that detectives secretly recorded hundreds of calls between the pair in 2023.
In one, played to jurors, Gatenby can be heard saying: "⟦d:a|Relax. The old bill are too thick to find it. It's in the tyres, innit.⟧"
Mistry replies: "⟦d:b|Don't say tyres on the phone, you idiot.⟧"
Ms McAteer told the jury: "⟦d:c|The Crown says that exchange tells you everything you need to know about who was in charge and who was nervous.⟧"
Detective Constable Sunita Bains said officers later recovered 48 kilos of cocaine hidden inside the tyres of a lorry at a depot in Wexley. "⟦d:d|They were packed so tightly we had to cut them open with an angle grinder,⟧" she said.
Both men deny the charge. The trial continues.

### 053
@a Harpreet Gill | Coroner
@b Joseph Mwangi | Staff nurse
@c Sophie Achebe | -
@d Greyfriars Mental Health Trust | -
@e Graham Lyle | Her father
A 21-year-old woman who walked out of a secure mental health ward through a door that had been broken for a month died because of “⟦p:a|a series of failures⟧” by the trust caring for her, a coroner has ruled.
Amy Lyle was found dead near a railway line in Greyfriars hours after leaving the Ashby Unit on 6 February.
Staff nurse Joseph Mwangi told the inquest the door’s electronic lock had been reported as faulty on 3 January. “⟦d:b|We were told to keep an eye on it. There were two of us for eighteen patients. You can’t keep an eye on a door and eighteen patients,⟧” he said.
Sophie Achebe, representing the family, asked: “⟦d:c|Did anyone suggest moving Amy to a ward where the doors worked?⟧”
“⟦d:b|Not that I know of,⟧” he replied.
Coroner Harpreet Gill said the trust’s failure to fix the lock was “⟦p:a|inexplicable⟧”. “⟦d:a|Amy was detained precisely because she was at risk. The trust had a duty to keep her safe and it did not,⟧” she said.
Her father, Graham Lyle, said: “⟦d:e|Amy was funny and clever and she was ill. She was in the one place she should have been safe. A broken door killed our daughter.⟧”
Greyfriars Mental Health Trust said it “⟦p:d|accepted the coroner’s findings in full⟧” and had replaced every door lock on the unit.

### 054
@a Ousmane Diabaté | Opposition leader
@b Aïssatou Ndiaye | His lawyer
@c Ibrahima Sow | The presiding judge
@d Alassane Traoré | Government spokesman
@e - | his supporters
PORT-SALANE, Jan 15 (Continental Press) – Opposition leader Ousmane Diabaté was sentenced on Monday to two years in prison for insulting the institutions of the republic, in what his supporters called «⟦p:e|a political execution⟧» designed to keep him out of next year's presidential election.
The presiding judge, Ibrahima Sow, said Diabaté's remarks at a rally in March, in which he called the country's judges «⟦p:a|servants in robes⟧», had «⟦p:c|gone far beyond legitimate criticism⟧».
Diabaté, 58, rose from the bench as the sentence was read and told the court: «⟦d:a|You have proved my point for me.⟧»
His lawyer, Aïssatou Ndiaye, said the defence team had walked out of the hearing last week after the court refused to hear eight of its witnesses. «⟦d:b|This was not a trial. It was a formality with a verdict written in advance,⟧» she told reporters. «⟦d:b|We will appeal, and if necessary we will go to the regional court.⟧»
Government spokesman Alassane Traoré rejected the accusation. «⟦d:d|The judiciary in our country is independent. Mr Diabaté is not above the law, whatever he may believe,⟧» he said at a news conference.

### 055
@a Wanjiru Kamau | the bus driver
@b Charlotte Beaumont | -
@c Aiden Roche | -
@d Nikhil Bhatt | -
A bus driver told a jury she “⟦p:a|stood on the brake with everything I had⟧” as a car overtook her on the wrong side of the road and ploughed into a pedestrian crossing.
Wanjiru Kamau, who drives the number 14 route in Elmstead, was giving evidence at Elmstead Crown Court in the trial of Aiden Roche, 25, who denies causing serious injury by dangerous driving.
“⟦d:a|He came past me so fast the bus shook. I knew what was going to happen before it happened,⟧” the bus driver said.
Charlotte Beaumont, 44, who was waiting at the crossing with her son, said she pulled him back “⟦p:b|by his hood⟧”. The car struck another pedestrian, Gerald Ainsworth, 71, who suffered a fractured skull.
“⟦d:b|I heard the engine before I saw anything. Then there was a bang and Mr Ainsworth was on the bonnet,⟧” she said.
Nikhil Bhatt, defending, asked Ms Kamau whether she could be sure of the car’s speed. “⟦d:d|You were watching the road ahead, not your mirror, weren’t you?⟧”
“⟦d:a|I was watching both. That’s my job,⟧” she replied.
Roche, of Quarry Road, Elmstead, has told police he was “⟦p:c|doing about thirty⟧”. The trial continues.

### 056
@a Desmond Baptiste | a retired bus mechanic
@b Nasreen Akhtar | Upper Tribunal Judge
@c Marcia | His wife of 30 years
@d - | A spokesperson for the Department for Borders and Citizenship
A man who arrived in the country as a six-year-old in 1972 has won his fight against deportation, after a judge said the government’s case against him was “⟦p:b|wholly without merit⟧”.
Desmond Baptiste, a retired bus mechanic, was detained in 2023 when he applied for a passport to visit his dying sister on the island of St Aurel and was told he had no right to live in the country.
“⟦d:a|I’ve paid taxes for forty years. I’ve never lived anywhere else. I didn’t even know there was a problem until a man in an office told me,⟧” he told the hearing.
His wife of 30 years, Marcia, said the 11 weeks he spent in an immigration removal centre had “⟦p:c|broken something in him⟧”. “⟦d:c|He doesn’t sleep. He checks the door at night. He was never like that,⟧” she said.
Upper Tribunal Judge Nasreen Akhtar said the department had had “⟦p:b|every document it needed⟧” to confirm his status and had “⟦p:b|simply failed to look⟧”.
“⟦d:b|The appellant has lived here lawfully for more than half a century. That he was ever detained is a matter on which the respondent may wish to reflect,⟧” she said.
A spokesperson for the Department for Borders and Citizenship said: “⟦d:d|We do not comment on individual cases.⟧”

### 057
@a Gideon Marchetti | the former health minister
@b Kateryna Bondarenko | counsel to the inquiry
@c Rosemary Hale | the chair of the inquiry
@d Toby Kerr | his then special adviser
For most of Tuesday morning, Gideon Marchetti, the former health minister, sat very still in the witness chair at the Procurement Inquiry and answered questions in the unhurried tone of a man who has been told by his lawyers to slow down.
Then Kateryna Bondarenko KC, counsel to the inquiry, put a message on the screen. It had been sent on 14 April 2020 by his then special adviser, Toby Kerr, to a civil servant: ``⟦d:d|Minister says just get it done, we'll tidy the paperwork later.⟧''
``⟦d:b|Is that an accurate summary of your instruction, Mr Marchetti?⟧'' she asked.
``⟦d:a|It is Toby's summary. I wouldn't have put it that way,⟧'' the minister said.
``⟦d:b|How would you have put it?⟧''
``⟦d:a|I would have said that we were in a national emergency, that people were dying, and that I expected the department to move at the speed the emergency required.⟧''
``⟦d:b|And the paperwork?⟧''
``⟦d:a|The paperwork would follow. As it did.⟧''
``⟦d:b|Eleven months later,⟧'' Ms Bondarenko said.
``⟦d:c|Did you know, Mr Marchetti, that the company awarded the £140m contract had been incorporated five weeks earlier?⟧'' asked the chair of the inquiry, Dame Rosemary Hale.
``⟦d:a|I did not,⟧'' he said. ``⟦d:a|I wish I had.⟧''
Mr Kerr is due to give evidence next week.

### 058
@a Bernadette Yeo | Commissioner
@b Rhys Kalogeropoulos | senior counsel assisting the commission
@c Linh Nguyen | -
@d Craig Dunstan | chief executive of Goldleaf Care
The chief executive of one of the state's largest aged care operators has told a royal commission that staffing levels at a home where residents were found with untreated pressure sores were “⟦p:d|within industry norms⟧”.
Craig Dunstan, chief executive of Goldleaf Care, was giving evidence on the fourth day of hearings in Carrowmore into conditions at Wattle Grove Lodge.
Rhys Kalogeropoulos SC, senior counsel assisting the commission, read him a roster showing one registered nurse on duty overnight for 96 residents. “⟦d:b|Is that within industry norms, Mr Dunstan?⟧”
“⟦d:d|It is not unusual, no,⟧” Mr Dunstan said.
“⟦d:b|That was not my question.⟧”
Commissioner Bernadette Yeo asked the witness to answer directly. After a pause he said: “⟦d:d|It is at the lower end. I accept that.⟧”
Earlier, Linh Nguyen, whose mother lived at the home for three years, broke down as she described finding her mother “⟦p:c|lying in wet sheets at two in the afternoon, calling for someone who never came⟧”.
“⟦d:c|Mum was a seamstress. She sewed every curtain in our house. At the end she couldn’t get anyone to bring her a glass of water,⟧” Ms Nguyen said.
Commissioner Yeo thanked her for her evidence. “⟦d:a|What you have told us today will stay with this commission,⟧” she said.

### 059
@a Cardew | -
@b Gemma Fairclough | a 34-year-old dental nurse
@c Oliver Nkemdirim | the Solicitor General
A juror who searched online for a defendant's previous convictions during a rape trial has been jailed for four months for contempt of court.
Gemma Fairclough, a 34-year-old dental nurse, told fellow jurors at Ravensmoor Crown Court that the man had "⟦p:b|done this before⟧", the High Court heard. The trial had to be abandoned after eight days, and the complainant will have to give evidence again.
Oliver Nkemdirim, the Solicitor General, who brought the case, said: "⟦d:c|Jurors are told, clearly and repeatedly, not to research their case. This is not a technicality. A woman has been put through the ordeal of a trial twice because of it.⟧"
Fairclough said in a statement to the court: "⟦d:b|I thought I was helping. I understand now that I did the opposite, and I am ashamed.⟧"
Lady Justice Cardew said the jury system depended on jurors deciding cases "⟦p:a|on the evidence they hear in court and nothing else⟧".
"⟦d:a|The respondent's actions were deliberate. She was warned by the trial judge no fewer than four times,⟧" she said. "⟦d:a|An immediate custodial sentence is the only appropriate response.⟧"

### 060
@a Wesley Cartwright | Van driver
@b Omar Haddad | a GP
@c Caroline Etherington | Judge
@d Leila | His wife
@e - | His barrister
A VAN driver who deliberately knocked a GP off his bike and then screamed "⟦d:a|That'll teach you!⟧" at him as he lay in the road has been jailed for 30 months.
Van driver Wesley Cartwright, 39, was caught on a helmet camera worn by Dr Omar Haddad, 52, a GP, as he swerved into him on the B4917 near Linthorpe Common.
The footage, played at Stannerton Crown Court, also captured Cartwright shouting "⟦d:a|Get off my road!⟧" seconds before the collision.
Dr Haddad, who suffered a broken collarbone and pelvis, said in a statement read to the court: "⟦d:b|I have cycled to my surgery for twenty years. I don't think I will ever get back on a bike. I was lucky. The next person might not be.⟧"
His wife, Leila, said: "⟦d:d|Omar spends his life looking after other people. For three months I had to look after him, and he hated every minute.⟧"
Cartwright, of Mill Street, Stannerton, admitted causing grievous bodily harm with intent. His barrister said he had been under "⟦p:e|enormous financial pressure⟧" at the time.
Judge Caroline Etherington told him: "⟦d:c|You used a two-tonne van as a weapon against a man on a bicycle because he was in your way. Your remorse is late and, I suspect, largely for yourself.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh139.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh139",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
