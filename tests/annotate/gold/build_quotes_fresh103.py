# ruff: noqa: E501
"""Build ``quotes_fresh103.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants speaking
from the dock, complainants, victims' families and statements read to the court,
inquests, public inquiry hearings with counsel to the inquiry, appeals, employment,
immigration, housing, professional-conduct and sports tribunals, courts martial and
extradition hearings, written up as wire, broadsheet, local-paper, tabloid, magazine
and broadcaster copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh103-NNN``.

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
  it: the appositive is the description. A title before the name alone is the
  description. Where a speaker is introduced without either and the passage refers to
  them by a definite description in the next sentence or at a cue (``the judge``,
  ``the television chef``), that description is taken. A non-restrictive relative
  clause after an appositive is not part of the description; a restrictive one is.
* A descriptive lead sentence that precedes the name (``A pensioner waged a
  campaign …``) is not taken as the description; the introduction of the name is.
* Court-report role tags standing next to a barrister's or solicitor's name
  (``prosecuting``, ``defending``, ``mitigating``, ``for the Crown``, ``for the
  trust``, ``representing Mr Asante``) are the description when there is no appositive
  noun phrase; they win over a rank before the name (``Sergeant Dale Kovacs,
  prosecuting``).
* Judicial and official titles before a name (``Judge``, ``District Judge``,
  ``Employment Judge``, ``Recorder``, ``Senior coroner``, ``Presiding Judge``,
  ``Judge Advocate``, ``Magistrate``, ``Detective Inspector``) are role titles, hence
  descriptions. ``Mr Justice``, ``Mrs Justice``, ``Lady Justice`` and ``Lord Justice``
  are treated like honorifics: the speaker is the surname as written and the
  description is the definite description at the cue (``the judge``), else null.
* A tabloid epithet standing before the name (``HEARTLESS rogue trader …``) is taken
  whole as the description.
* In cross-examination the barrister's questions are the barrister's speech and the
  witness's answers the witness's, including bare alternating quote-only paragraphs.
* A statement written by a victim or relative and read to the court by someone else
  (a prosecutor, an officer) belongs to its author. A statement issued jointly by a
  family has a null speaker and the phrase as written (``his family``).
* Words that a witness, a prosecutor or a judge attributes to someone else, quoted in
  double marks in the reporter's own sentence (``she said he had told her: "…"``),
  belong to the person who first said or wrote them when the passage identifies that
  person; text messages, letters, notes and police-interview answers belong to their
  author. Quotes inside such a speaker's own quotation (single marks) stay part of the
  outer span.
* Fragments quoted from unidentified reports or documents are ``partial`` with a null
  speaker; when the passage later identifies whose words they were, that person or
  organisation is the speaker.
* Witnesses granted anonymity by a cipher (``Witness F``) have the cipher as their
  name. Anonymised parties referred to only by role (``the complainant``, ``the
  mother``) have a null speaker and that role as the description.
* A jury's findings reported as the jury's (``An inquest jury has found …``) have a
  null speaker and that phrase as the description; the conclusions as read out by the
  foreperson belong to the foreperson, who speaks for the jury (null speaker,
  ``the jury's foreperson``).
* Labels such as a priority grade or a spreadsheet's name are ``scare``; shouts from
  the public gallery are ``direct`` with a null speaker and the description the
  passage gives (``a man in the public gallery``), or none.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh103.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh103.jsonl")

PASSAGES = """
### 001
@a Rachel Adeyemi | prosecuting
@b Helen Marchetti | Judge
@c Dominic Fairweather | -
HARBRIDGE, March 4 (Wire) - A man accused of murdering his business partner and dumping the body in a flooded quarry told police he had "⟦p:c|no idea⟧" where the victim was, a jury heard on Tuesday.
Rachel Adeyemi KC, prosecuting, said Dominic Fairweather, 52, had been facing bankruptcy when Colin Ashdown, 49, disappeared after a meeting at their haulage yard in October 2023.
"⟦d:a|This was not a business dispute that got out of hand,⟧" Adeyemi told jurors at Harbridge Crown Court. "⟦d:a|The prosecution case is that it was a killing planned over weeks, by a man who had run out of money and out of road.⟧"
Fairweather, of Little Sowerby, denies murder.
Adeyemi said that when officers first visited the yard, two days after Ashdown was reported missing, Fairweather told them: "⟦d:c|Colin's gone off before. He'll turn up when he's sobered up.⟧"
"⟦d:a|He did not turn up,⟧" Adeyemi said. "⟦d:a|He was found nineteen days later, in forty feet of water, with his car keys still in his pocket.⟧"
Earlier, Judge Helen Marchetti told the jury to put aside anything they had read or heard about the case. "⟦d:b|You must decide this case on the evidence you hear in this room and on nothing else,⟧" she said.
The trial, expected to last five weeks, continues.

### 002
@a Gareth Pryce | defending
@b Sandra Oduya | Chair of the bench
@c Lewis Henshaw | -
@d Ffion Baines | Prosecutor
A TAXI driver who was more than twice the drink-drive limit when he was stopped outside a primary school has been banned from the roads for 22 months.
Lewis Henshaw, 41, of Tan-y-Bryn Road, Penmorfa, admitted drink-driving when he appeared before Llanwern Magistrates’ Court on Monday.
Prosecutor Ffion Baines said police had been called by a parent who saw Henshaw’s car mount the kerb on Ysgol Lane at 8.20am. “⟦d:d|The officer noted a strong smell of intoxicants and that Mr Henshaw was unsteady on his feet,⟧” she said.
When asked by the officer if he had been drinking, Henshaw replied: “⟦d:c|Only last night. I’m fine.⟧” A roadside test showed 78 microgrammes of alcohol in 100 millilitres of breath.
Gareth Pryce, defending, said his client would lose his living as a result of the ban. “⟦d:a|He has been driving a taxi in this town for fifteen years without so much as a parking ticket. He is mortified,⟧” he said.
Mr Pryce said Henshaw had been drinking heavily since the death of his father in January. “⟦d:a|That is not an excuse, and he does not offer it as one,⟧” he added. “⟦d:a|But it is the context.⟧”
Chair of the bench Sandra Oduya told Henshaw: “⟦d:b|You got behind the wheel outside a school at twenty past eight in the morning. I don’t need to tell you what could have happened.⟧”
He was also fined £480 and ordered to pay £85 costs and a £192 surcharge.

### 003
@a Terence Vosper | HEARTLESS rogue trader
@b Edna Farraday | Widow
@c Alastair Ngata | Judge
@d Lorraine Farraday | Edna's daughter
HEARTLESS rogue trader Terence Vosper, who fleeced pensioners out of £140,000 for roof repairs that were never done, was caged for seven years yesterday.
The smirking crook, 39 — dubbed the "⟦s:-|Tea and Biscuits Conman⟧" by victims — targeted OAPs living alone, telling one 91-year-old that her chimney was "⟦p:a|about to come through the ceiling⟧".
Widow Edna Farraday, 86, handed over her life savings of £38,000 after Vosper told her: "⟦d:a|I'm doing you a favour, love. Anyone else would charge you double.⟧"
In a statement read to Wolverbridge Crown Court, the great-grandmother said: "⟦d:b:m|I trusted him because he reminded me of my grandson. He drank my tea and he called me sweetheart and all the while he was robbing me.⟧
"⟦d:b|I don't open the door any more. I don't answer the phone. He took my money, but he also took my home from me, because it doesn't feel like mine now.⟧"
Jailing him, Judge Alastair Ngata said: "⟦d:c|You are a predator. You chose your victims precisely because they were old, alone and trusting.⟧"
He added: "⟦d:c|The harm you have caused cannot be measured in pounds.⟧"
Vosper, of Dunsmore Avenue, Wolverbridge, admitted 11 counts of fraud.
Outside court, Edna's daughter Lorraine Farraday, 58, said: "⟦d:d|Seven years isn't enough. Mum will never get that money back. But at least he can't knock on anyone else's door.⟧"
"⟦d:d|I hope every day in there feels like a year to him.⟧"

### 004
@a Imogen Thackeray | counsel to the inquiry
@b Derek Aldous | the former chief executive of Kelham Valley Hospitals Trust
@c Anand Bhattacharya | the chair
@d Mariam Yusuf | a founder of the Kelham Families Group
The former head of a hospital trust at the centre of the country’s largest maternity scandal told a public inquiry on Wednesday that he had been “⟦p:b|given false comfort⟧” by reports from his own senior staff.
Derek Aldous, the former chief executive of Kelham Valley Hospitals Trust, was questioned for more than five hours by counsel to the inquiry, Imogen Thackeray KC.
Ms Thackeray took him to a board paper from March 2018 which described the maternity unit’s record as “⟦p:-|broadly reassuring⟧”.
“⟦d:a|Who wrote those words, Mr Aldous?⟧”
“⟦d:b|The paper would have come from the director of midwifery’s office.⟧”
“⟦d:a|Did you read it?⟧”
“⟦d:b|I would have read it, yes.⟧”
“⟦d:a|Would have, or did?⟧” Ms Thackeray asked.
Mr Aldous paused. “⟦d:b|I read it. I accepted it. With hindsight, I should not have.⟧”
He told the inquiry that the board had been “⟦p:b|a place where good news travelled quickly and bad news travelled not at all⟧”, a phrase that drew an audible reaction from families in the hearing room.
Asked by the chair, Sir Anand Bhattacharya, whether he accepted any personal responsibility, Mr Aldous said: “⟦d:b|I do. I was the accountable officer. Whatever the failings below me, they happened on my watch.⟧”
Sir Anand said the inquiry would hear from former midwives at the unit next week. “⟦d:c|Their evidence will be heard in full, and in public,⟧” he said.
Mariam Yusuf, a founder of the Kelham Families Group, whose son Idris died hours after his birth in 2019, said outside the hearing: “⟦d:d|Five hours, and the word ‘sorry’ came out of his mouth once. We counted.⟧”

### 005
@a Philippa Okonkwo-Reid | Senior coroner
@b Stuart Leckie | the lorry driver
@c Hannah Corrigan | his wife
@d - | a spokesperson for the firm
@e Ewan Doig | a collision investigator with Tarnmouth Police
A lorry driver has told an inquest he "⟦p:b|never saw⟧" the cyclist he struck at a junction in Tarnmouth, despite checking his mirrors twice.
Dr Owen Corrigan, 44, a GP at the Harbour Street practice, died at the scene on the B4172 in June last year.
Stuart Leckie, the lorry driver, told the hearing at Tarnmouth Coroner's Court that he had checked his mirrors before turning. "⟦d:b|I looked left, I looked in the nearside mirror, I looked again,⟧" he said. "⟦d:b|There was nothing there. Then there was a bang.⟧"
He said he had stopped immediately and tried to help. "⟦d:b|I've driven for 26 years. I think about that morning every single day.⟧"
PC Ewan Doig, a collision investigator with Tarnmouth Police, said the lorry's nearside blind spot was "⟦p:e|large enough to hide a car, let alone a bike⟧".
"⟦d:e|The cyclist was lawfully positioned. The vehicle was legal. The junction design put both of them in a very difficult place,⟧" he said.
Senior coroner Philippa Okonkwo-Reid concluded that Dr Corrigan died as a result of a road traffic collision and said she would write to the highways authority. "⟦d:a|I am concerned that this junction will cause further deaths unless it is changed,⟧" she said.
In a statement after the hearing, his wife, Hannah Corrigan, said: "⟦d:c|Owen cycled to work every day for twenty years because he believed in it. He would want this junction fixed, not for him, but for the next person.⟧"
Brackwater Haulage, which employed Mr Leckie, said it had since fitted additional cameras and sensors to its fleet. "⟦d:d|Our thoughts remain with Dr Corrigan's family,⟧" a spokesperson for the firm said.

### 006
@a Kwabena Asante | a forklift driver who worked at the Calder Park distribution centre for nine years
@b Sunita Rao | Employment Judge
@c Janine Whitcombe | the company’s HR business partner
@d Owen Lacey | representing Mr Asante
@e Northvale Logistics | -
A warehouse worker who was sacked for taking an unauthorised break has won his claim for unfair dismissal against one of the region’s biggest employers.
Kwabena Asante, a forklift driver who worked at the Calder Park distribution centre for nine years, was dismissed by Northvale Logistics in 2023 after a supervisor found him sitting in his cab with the engine off for 14 minutes.
He told the tribunal in Halsworth that he had been suffering chest pains. “⟦d:a|I told my supervisor I felt unwell and needed five minutes. He said, ‘Five minutes is all you’re getting.’ I didn’t think I’d done anything wrong,⟧” he said.
Janine Whitcombe, the company’s HR business partner, told the tribunal the break had been “⟦p:c|a clear breach of site rules⟧”.
Cross-examined by Owen Lacey, representing Mr Asante, she accepted that no one had asked him why he had stopped.
“⟦d:d|So the first time anyone asked Mr Asante for his side of the story was at the disciplinary hearing itself?⟧” Mr Lacey asked.
“⟦d:c|That would be the usual process,⟧” she replied.
“⟦d:d|Is that a yes?⟧”
“⟦d:c|Yes.⟧”
In her judgment, Employment Judge Sunita Rao said the investigation had been “⟦p:b|perfunctory⟧” and the decision to dismiss “⟦p:b|outside the band of reasonable responses⟧”.
“⟦d:b|No reasonable employer would have dismissed an employee of nine years’ unblemished service for this without first asking him what had happened,⟧” she wrote.
Northvale Logistics said it was “⟦p:e|disappointed⟧” with the decision and was considering an appeal. A remedy hearing will be held in June.

### 007
@a Domingos Tavares | a former radio presenter from Costa Sarena
@b Clive Haworth | The Ministry's presenting officer
@c Nkechi Obi | His barrister
@d Eleanor Strang | Judge
In a small hearing room on the third floor of Harlow House, an immigration judge listened for two hours on Thursday as Domingos Tavares, a former radio presenter from Costa Sarena, described the night he says soldiers came to his studio.
Tavares, 31, gave evidence in Portuguese through an interpreter. At one point he stopped, put his hand flat on the table, and said: "⟦d:a|Eles levaram o microfone primeiro.⟧" The interpreter rendered it: "⟦d:a|They took the microphone first.⟧"
"⟦d:a|I thought they would take me to the barracks. Instead they took me to the river,⟧" he went on. "⟦d:a|They held my head under the water until I said the names they wanted.⟧"
The Ministry's presenting officer, Clive Haworth, put it to him that his account had changed since his screening interview, in which he had said he was detained for "⟦p:a|one night⟧" rather than three.
"⟦d:b|Which is it, Mr Tavares? One night or three?⟧"
"⟦d:a|At the screening I had been awake for two days. I said one night because I could not count,⟧" Tavares replied.
His barrister, Nkechi Obi, said the inconsistency was "⟦p:c|entirely explained⟧" by a psychiatric report diagnosing post-traumatic stress disorder.
Judge Eleanor Strang reserved her decision. "⟦d:d|I will give my determination in writing. I'm grateful to you, Mr Tavares, for your evidence,⟧" she said.

### 008
@a Court of Appeal | -
@b Priti Chandran | Solicitor General
@c Amadi | the judge
@d Nadia Hassan | her mother
MERCHESTER, June 12 (Wire) - The Court of Appeal on Thursday more than doubled the jail term given to a driver who killed a 19-year-old student while racing a friend through the streets of Ashby Cross, ruling the original sentence was "⟦p:a|unduly lenient⟧".
Jordan Stainforth, 24, had been jailed for four years and eight months in January after admitting causing death by dangerous driving. Three judges increased the term to ten years.
Giving judgment, Lord Justice Amadi said the sentencing judge had given "⟦p:c|far too much weight⟧" to Stainforth's guilty plea and his age.
"⟦d:c|This was a prolonged, deliberate race on an urban road at speeds of up to 90 miles per hour. It was not a momentary lapse,⟧" the judge said.
"⟦d:c|A sentence of less than five years for an offence of this gravity would damage public confidence in the administration of justice.⟧"
Amira Hassan, a first-year pharmacy student, was hit as she crossed Station Road on her way home from a shift at a supermarket.
The case was referred by Solicitor General Priti Chandran under the unduly lenient sentence scheme. "⟦d:b|I welcome the court's decision. Nothing can bring Amira back, but her family can now feel that the sentence reflects what was lost,⟧" Chandran said in a statement.
Outside the court, her mother, Nadia Hassan, who had campaigned for the referral, said: "⟦d:d|We have been heard. That is all we ever asked.⟧"

### 009
@a Tobias Lindqvist | a former deputy treasurer who has pleaded guilty to wire fraud
@b Gloria Ybarra | former Cordero County Treasurer
@c Raymond Okafor | Ybarra's attorney
@d Harlan Pruett | U.S. District Judge
@e Deborah Stein | Assistant U.S. Attorney
SANTA RITA (Wire) - The government's star witness in the corruption trial of former Cordero County Treasurer Gloria Ybarra conceded Tuesday that he lied to federal agents at least three times before agreeing to cooperate.
Tobias Lindqvist, a former deputy treasurer who has pleaded guilty to wire fraud, spent a second day on the stand under cross-examination by Ybarra's attorney, Raymond Okafor.
"⟦d:c|You lied to the FBI in October, correct?⟧" Okafor asked.
"⟦d:a|Yes.⟧"
"⟦d:c|And again in November?⟧"
"⟦d:a|Yes.⟧"
"⟦d:c|And in December you lied to them again, and then you signed a plea deal that could cut your sentence in half. Is that right?⟧"
"⟦d:e|Objection, your honor,⟧" said Assistant U.S. Attorney Deborah Stein. "⟦d:e|Compound question.⟧"
U.S. District Judge Harlan Pruett sustained the objection, and Okafor broke the question into pieces. Lindqvist agreed with each.
Earlier, under questioning by Stein, Lindqvist testified that Ybarra had told him to route county investments through a broker who was "⟦p:b|a friend of the family⟧".
"⟦d:a|She said, 'Don't ask questions about Lou. Lou takes care of us,'⟧" Lindqvist told jurors.
Ybarra, 61, has pleaded not guilty to 14 counts of fraud and bribery. She did not react as Lindqvist testified.
"⟦d:c|The jury has now heard, from his own mouth, that this witness lies when it suits him,⟧" Okafor told reporters outside the courthouse.
Pruett told jurors to expect the case to be handed to them next week. "⟦d:d|We are ahead of schedule, which I know you will all be glad to hear,⟧" the judge said.

### 010
@a Bronwyn Tully | Magistrate
@b Dale Kovacs | prosecuting
@c Mei Lin Cheung | Defence lawyer
@d Kyle Rennick | -
A Wandilla man accused of ramming a police car during a pursuit through the town’s main street has been refused bail.
Kyle Rennick, 23, appeared at Wandilla Local Court on Tuesday by video link from the Coorabin watch house, charged with 11 offences including dangerous driving and assaulting police.
Sergeant Dale Kovacs, prosecuting, told the court Rennick had driven at the officers “⟦p:b|without any regard for their safety or his own⟧”.
“⟦d:b|This is a man with four breaches of bail in the past two years, your honour. There is no condition you could set that he would comply with,⟧” Sgt Kovacs said.
Defence lawyer Mei Lin Cheung said her client had secured a place at a residential rehabilitation program in Kallaroo. “⟦d:c|He has a bed from Monday. He wants to go. This is the first time in his life he has asked for help,⟧” Ms Cheung said.
She gestured towards the back of the courtroom. “⟦d:c|His mother is here today. She will drive him there herself.⟧”
Magistrate Bronwyn Tully said she accepted Rennick wanted to change but that the risk was “⟦p:a|simply too high⟧”.
“⟦d:a|Mr Rennick, I hope you do get to that program. But not today,⟧” she said.
Rennick shook his head and could be heard saying “⟦d:d|this is a joke⟧” before the link was cut.
He will reappear on March 28.

### 011
@a Claude Beaulieu | Superior Court Justice
@b Réjean Lapointe | Former mayor
@c Annick Dufresne | Crown prosecutor
@d Yves Tremblay-Rioux | Defence lawyer
@e Sylvie Gagnon | an engineer with the municipal works department
SAINT-AUBIN — Former mayor Réjean Lapointe was sentenced Friday to 30 months in prison for accepting more than $400,000 in kickbacks from paving contractors, with the judge saying he had treated city hall «⟦p:a|like a private bank⟧».
«⟦d:a|The citizens of Saint-Aubin paid for roads that were never repaved and for sewers that were never dug, and you knew it,⟧» Superior Court Justice Claude Beaulieu told Lapointe, 67.
«⟦d:a|Your remorse, which I accept is genuine, came very late.⟧»
Lapointe, who was convicted by a jury in March, addressed the court before sentence was passed. «⟦d:b|I was proud to be mayor of this town. I am ashamed of what I did,⟧» he said, his voice breaking. «⟦d:b|I ask the people of Saint-Aubin to forgive me, even if they cannot.⟧»
Crown prosecutor Annick Dufresne had sought four years. «⟦d:c|This was not one lapse. It was a system, maintained over eight years,⟧» she told reporters outside the courthouse.
During the trial, Sylvie Gagnon, an engineer with the municipal works department, testified that she had been pressed to approve invoices «⟦p:-|without asking where the asphalt went⟧». «⟦d:e|I said no twice. The third time, I was moved to another department,⟧» Gagnon told the jury.
Defence lawyer Yves Tremblay-Rioux said his client would not appeal. «⟦d:d|He wants this to be over, for his family and for the town,⟧» he said.

### 012
@a Lionel Abernethy | -
@b Fiona McTaggart | for the Crown
@c Peter Lomax | Judge
@d Agnes Whyte | a retired school cook
EDINVALE, Oct 9 - A former investment manager accused of siphoning 6.2 million pounds from a council pension fund told a jury on Monday he had ``⟦p:a|never taken a penny that wasn't mine⟧'', as he gave evidence in his own defence.
Lionel Abernethy, 58, who denies 22 charges of fraud and false accounting, said he had moved money between accounts ``⟦p:a|to smooth out the numbers at quarter-end⟧'' and had always intended to return it.
``⟦d:a|It was sloppy. I accept it was sloppy. But sloppy isn't stealing,⟧'' he told Edinvale Crown Court.
Cross-examining, Fiona McTaggart, for the Crown, asked him why 1.4 million pounds had ended up in an account used to pay for a villa at Cap Sorrel.
``⟦d:b|Was the villa also smoothing out the numbers, Mr Abernethy?⟧''
``⟦d:a|That was a loan. I've explained that.⟧''
``⟦d:b|To whom did you explain it, before you were arrested?⟧''
Abernethy did not answer for several seconds. ``⟦d:a|No one,⟧'' he said.
Earlier, Agnes Whyte, a retired school cook, told the court her pension statements had ``⟦p:d|looked fine⟧'' for years. ``⟦d:d|I didn't know anything was wrong until I read it in the paper,⟧'' she said.
Judge Peter Lomax adjourned the hearing until Tuesday. ``⟦d:c|Mr Abernethy, you remain on oath, so please do not discuss your evidence with anyone overnight,⟧'' he said.

### 013
@a Halden Structural | -
@b Alan Pettigrew | former structures manager at Corrowby Council
@c Harriet Lowther | the inquiry chair
@e - | Their engineer
The following is an edited extract from Tuesday’s evidence to the Corrowby Footbridge Inquiry, which is examining the collapse of the Mill Race footbridge in March 2020, in which two people died. Counsel to the inquiry, Jonathan Mbeki KC, is questioning Alan Pettigrew, former structures manager at Corrowby Council.
Q: In May 2019 you received Halden Structural’s inspection report. It described the bearings as showing “⟦p:a|significant deterioration⟧”. What did you do with it?
A: I passed it to the maintenance team and asked for a costed programme of works.
Q: Did you mark it as urgent?
A: I marked it “⟦s:-|priority two⟧”.
Q: What does priority two mean?
A: Action within twelve months.
Q: The bridge came down ten months later.
A: I’m aware of that. I have to live with that.
Q: Did anybody at Halden tell you, in terms, that the bridge might fail?
A: Their engineer rang me. He said — I wrote it down afterwards — “⟦d:e|I wouldn’t want my kids walking over it.⟧”
Q: And what did you do after that phone call?
A: Nothing different. I should have closed it. I know that now.
After the session, the inquiry chair, Dame Harriet Lowther, said Mr Pettigrew had been “⟦p:c|candid⟧” with the inquiry. “⟦d:c|It cannot have been easy to give that evidence, and I am grateful to him for it,⟧” she said.
Mr Pettigrew left the building without speaking to reporters. He told the hearing earlier that he had been “⟦p:b|one man doing the job of three⟧” for most of 2019.

### 014
@a Jasdeep Sandhu | Area coroner
@b Lorna Baptiste | the registered manager of Elmcroft House
@c Desmond Fry | Her son
@d - | A care assistant
@e Brightwater Care Group | -
An 89-year-old woman who choked on a sandwich at a care home had been left alone despite a care plan saying she should be supervised at every meal, an inquest has heard.
Ivy Fry died at Elmcroft House in Saltley Vale in February last year.
A care assistant, who gave evidence from behind a screen, told the hearing she had been called away to help another resident who had fallen. "⟦d:d|I was only gone two or three minutes. When I came back she was slumped over,⟧" she said.
"⟦d:d|I did everything I was trained to do. I still think, if I'd stayed...⟧"
Lorna Baptiste, the registered manager of Elmcroft House, accepted that the home had been two staff short that lunchtime. Asked by the coroner whether that was unusual, she said: "⟦d:b|Honestly, no. It was not unusual that winter.⟧"
Area coroner Jasdeep Sandhu concluded that Mrs Fry died by misadventure, contributed to by neglect.
"⟦d:a|Mrs Fry needed one thing at mealtimes, and that was a person sitting beside her. She did not have it,⟧" he said.
Her son, Desmond Fry, said outside: "⟦d:c|Mum was funny and stubborn and she deserved better than to die alone in a dining room.⟧"
Brightwater Care Group, which runs the home, said it had "⟦p:e|invested significantly⟧" in staffing since Mrs Fry's death.

### 015
@a Jonty Arkwright | The television chef
@b Gerald Ampofo | for the newspaper
@c Kavanagh | the judge
@d Daily Clarion | -
By the third hour of his cross-examination, Jonty Arkwright had stopped looking at the judge and started looking at the ceiling.
The television chef, 52, is suing the publisher of the Daily Clarion over a 2022 article in which the paper described his restaurant group as “⟦p:d|a house of horrors⟧” for junior staff. He says the claims were gathered from “⟦p:a|a handful of people with a grudge⟧”, and he has called the article “⟦p:a|a hatchet job dressed up as journalism⟧”.
Sir Gerald Ampofo KC, for the newspaper, began gently, with questions about the chef’s childhood in a seaside town on the east coast and his first job washing pans. Then the tone changed.
“⟦d:b|You shouted at people, Mr Arkwright. Didn’t you?⟧”
“⟦d:a|I raised my voice in a kitchen. That’s a different thing.⟧”
“⟦d:b|You threw a saucepan.⟧”
“⟦d:a|I dropped a saucepan.⟧”
“⟦d:b|Near someone’s head?⟧”
A pause. “⟦d:a|Near the pass.⟧”
There was laughter at the back of Court 13, which Mrs Justice Kavanagh did not share. “⟦d:c|This is not a theatre,⟧” the judge said, without looking up from her notes.
Arkwright, who has sold more than two million cookbooks, gripped the edge of the witness box. “⟦d:a|I’ve made mistakes,⟧” he said at one point, “⟦d:a|but I have never in my life set out to hurt anyone who worked for me.⟧”
Sir Gerald had told the court in his opening that 14 former employees would give evidence. “⟦d:b:m|They do not know each other. Several have never met. They worked in different kitchens, in different cities, in different years.⟧
“⟦d:b|And they describe the same man.⟧”
The trial, which is expected to last three weeks, continues.

### 016
@a Carol Bentham | -
@b Priya Shah | her neighbour of six years
@c Tom Ellery | prosecuting
@d Ruth Ogundipe | mitigating
@e Amanda Crouch | District Judge
A pensioner waged a two-year campaign of harassment against her next-door neighbour, including leaving notes calling her a "⟦p:a|parasite⟧" and filming her children in the garden, a court heard.
Carol Bentham, 63, of Orchard Close, Little Hadley, admitted harassment at Hadley Magistrates' Court on Thursday.
Tom Ellery, prosecuting, said the dispute began over a fence panel in 2022 and "⟦p:c|escalated out of all proportion⟧".
In a victim statement read to the court, her neighbour of six years, Priya Shah, said: "⟦d:b|My children ask me if the lady next door is going to shout today. My youngest won't play outside any more.⟧"
"⟦d:b|I used to love this house. Now I sit in the front room with the curtains shut.⟧"
Ruth Ogundipe, mitigating, said Bentham had been recently widowed and had been "⟦p:d|lonely, grieving and drinking⟧". "⟦d:d|She is deeply embarrassed to be here. She has never been in trouble in her life,⟧" Ms Ogundipe said.
District Judge Amanda Crouch imposed a 12-month community order and a five-year restraining order. "⟦d:e|You must stay away from Mrs Shah and her family. If you do not, you will come back before this court and the consequences will be very different,⟧" she told Bentham.
Bentham, who had sat with her head bowed throughout, replied quietly: "⟦d:a|I understand.⟧"

### 017
@a Shane Crabtree | DOG owner
@b Gary Whitlow | Postie
@c Margaret Oyelaran | Recorder
@d Julie Marsh | Neighbour
DOG owner Shane Crabtree laughed as his out-of-control pet mauled a postie — then told him: “⟦d:a|That’s what you get for coming on my property.⟧”
Postie Gary Whitlow, 52, needed 40 stitches to his arms and face and has not worked since the attack in Askern Vale last summer.
“⟦d:b|I thought I was going to die on that driveway. I had my bag up in front of my face and it just kept coming,⟧” brave Gary told the Beacon.
Crabtree, 35, of Mill Terrace, was jailed for 18 months at Castleford Cross Crown Court after admitting being the owner of a dog dangerously out of control causing injury.
Recorder Margaret Oyelaran told him: “⟦d:c|Your reaction, laughing while a man lay bleeding on your drive, tells me everything I need to know about your attitude.⟧”
Neighbour Julie Marsh, 44, who dragged the dog off with a garden rake, said: “⟦d:d|I’d never seen anything like it. Gary was screaming. Shane was just stood there.⟧”
The dog, known on the estate as “⟦s:-|Tank⟧”, has since been destroyed. Gary added: “⟦d:b|I loved my round. I knew every house. I don’t know if I can ever go back.⟧”

### 018
@a Pemberton | The judge
@b Tarrow Aggregates | -
@c Gwyneth Harries | a senior inspector at the Workplace Safety Authority
@d - | his family
CARDOW, May 20 (Wire) - A quarry company was fined 1.8 million pounds on Monday after being convicted of corporate manslaughter over the death of a 23-year-old worker who was buried when an unstable rock face collapsed.
The judge, Mr Justice Pemberton, said Tarrow Aggregates had ignored "⟦p:a|repeated and specific warnings⟧" about the face at its Bryn Coch site.
"⟦d:a|This was not an accident in any meaningful sense. It was the foreseeable result of a business that put output before the lives of its workers,⟧" Pemberton said at Cardow Crown Court.
"⟦d:a|Had the company spent a fraction of this fine on that rock face, Rhodri Pugh would be alive today.⟧"
Pugh died in September 2021, six weeks after starting work at the site.
In a statement, his family said: "⟦d:d|Rhodri went to work to earn money for his first home. He never came back. No fine will change that, but we hope every quarry owner in the country reads this judgment.⟧"
Tarrow Aggregates said it "⟦p:b|deeply regrets⟧" Pugh's death and had "⟦p:b|transformed⟧" its safety procedures. "⟦d:b|We accept the court's findings,⟧" the company said.
Gwyneth Harries, a senior inspector at the Workplace Safety Authority, said: "⟦d:c|Warnings about this rock face were written down, discussed at meetings and then filed. That is the tragedy of this case.⟧"

### 019
@a Aisling Brennan | counsel to the inquiry
@b Graham Whitely | the former head of flood risk at Lowmoor District Council
@c Bethan Morgan-Shaw | a childminder whose house on Mill Lane flooded to the ceiling
@e Lowmoor District Council | -
A council officer responsible for flood defences in a town devastated by the 2023 floods has admitted he did not read a report warning that its main flood wall was “⟦p:-|at or beyond the end of its design life⟧”.
Graham Whitely, the former head of flood risk at Lowmoor District Council, told the Lowmoor Flood Inquiry on Tuesday that the report “⟦p:b|went into a pile⟧” during a period of staff shortages.
Aisling Brennan KC, counsel to the inquiry, asked him how large the pile was.
“⟦d:b|Large,⟧” he replied. “⟦d:b|We had two engineers covering a district of ninety thousand people. Things went into piles.⟧”
“⟦d:a|Did you tell anyone more senior that things were going into piles?⟧”
“⟦d:b|I raised it in my annual reports. Every year.⟧”
“⟦d:a|And what happened?⟧”
“⟦d:b|Nothing happened.⟧”
Earlier, the inquiry heard from Bethan Morgan-Shaw, a childminder whose house on Mill Lane flooded to the ceiling. She described wading through chest-deep water carrying two of the children she was looking after.
“⟦d:c|I remember thinking, the wall will hold, the wall always holds. Everyone in Mill Lane thought that,⟧” she said.
Lowmoor District Council said it would “⟦p:e|not comment on evidence while the inquiry is ongoing⟧”.

### 020
@a - | The boy
@b Michelle Lund | Corey's mother
@c Simon Ashcroft | Judge
@d Harjit Sangha | defending
A 15-year-old boy who stabbed a schoolmate in a row over a borrowed electric scooter has been sentenced to four years' detention.
The boy, who cannot be named for legal reasons, admitted wounding with intent at Kestwick Crown Court.
Corey Lund, 16, suffered a punctured lung in the attack in Brookfield Park in May.
In a statement read to the court, Corey's mother, Michelle Lund, said: "⟦d:b|I got a phone call saying my son had been stabbed and I ran the whole way to the park in my slippers. That's what I remember. The slippers, and the blood.⟧"
Harjit Sangha, defending, said the boy had written a letter of apology. "⟦d:d|It is not a letter written by a lawyer. It is a letter written by a frightened child who knows he did something terrible,⟧" Mr Sangha said.
When asked by the judge if he had anything to say, the boy stood and said: "⟦d:a|I'm sorry. I'm sorry, Corey.⟧"
Judge Simon Ashcroft told him: "⟦d:c|You took a knife to a park and you used it over a scooter. Corey Lund could easily have died.⟧"
"⟦d:c|You are young and you have shown genuine remorse, which is why this sentence is not longer.⟧"

### 021
@a Folasade Adebayo-Clarke | Judge
@b Ashley Dunmore | -
@c Kazimierz Nowak | a retired bus driver who lived on the fourth floor
A man who set fire to a block of flats after being evicted, forcing 31 residents to flee in the middle of the night, has been jailed for 14 years.
Ashley Dunmore, 29, poured petrol through the letterbox of his former flat in Carrow House, Eastholme, in the early hours of 3 August, Lanchester Crown Court heard.
Sentencing him on Friday, Judge Folasade Adebayo-Clarke said: “⟦d:a:m|You knew that building. You had lived in it for two years. You knew there were families with young children on every floor, and you knew there was one staircase.⟧
“⟦d:a:m|You did not care. You were angry with your landlord, and you were prepared to let thirty other people pay for that anger, perhaps with their lives.⟧
“⟦d:a|That no one died is owed to the speed of the fire service and to a great deal of luck. It is owed to nothing you did.⟧”
She said Dunmore had shown “⟦p:a|not a flicker of remorse⟧” and had told a probation officer that the residents were “⟦p:b|not my problem⟧”.
Kazimierz Nowak, a retired bus driver who lived on the fourth floor, was carried down a ladder by firefighters. In a statement read to the court by the prosecutor, Helen Tse, he said: “⟦d:c|I am 71 years old. I have survived a great deal in my life. I did not think I would die in my bed because of a stranger.⟧”
As he was led from the dock, Dunmore turned to the public gallery and said: “⟦d:b|Enjoy your new flats.⟧”

### 022
@a Farai Moyo | his older brother
@b Tapiwa | His younger brother
@c Karen Whitfield | Detective Inspector
@d Raymond Achterberg | Judge
The older brother of a young man stabbed to death outside a nightclub has said justice "⟦p:a|will never feel like enough⟧" after two men were convicted of his murder.
Jurors at Larchester Crown Court took eleven hours to find Declan Rourke, 24, and Mason Pike, 23, guilty of murdering Tendai Moyo, 22, on Fountain Street in February.
Speaking outside, Farai Moyo, his older brother, said: "⟦d:a|Tendai was the one who made everyone laugh. He was going to be an engineer. They took that away for nothing, for a look across a dance floor.⟧"
"⟦d:a|Justice will never feel like enough. But today it is something.⟧"
His younger brother, Tapiwa, 19, who was with Tendai that night and gave evidence at the trial, said he still had nightmares. "⟦d:b|I held him on the pavement. I told him the ambulance was coming. He asked me to tell Mum he hadn't done anything,⟧" he said.
Detective Inspector Karen Whitfield said: "⟦d:c|This was a senseless attack on a young man who had done nothing to provoke it. I want to pay tribute to Tendai's family, and especially to Tapiwa, whose evidence took enormous courage.⟧"
Judge Raymond Achterberg thanked the jurors and said he would pass sentence next month. "⟦d:d|You have had to look at some very distressing material in this case. You may be excused from jury service for life if you wish,⟧" he told them.

### 023
@a Connor Maguire | a scaffolder from Brackley Heath
@b Anjali Desai | prosecuting
@c Thomas Hale | Recorder
@d Samuel Ekwueme | the doorman
A scaffolder accused of leaving a nightclub doorman with a fractured skull shouted “⟦p:a|I’m not a liar⟧” at a prosecutor as he gave evidence.
Connor Maguire, 27, a scaffolder from Brackley Heath, denies causing grievous bodily harm with intent to Samuel Ekwueme outside the Lantern Rooms in Brackley in March.
He told jurors at Brackley Crown Court that the doorman had grabbed him first. “⟦d:a|He had me round the neck. I couldn’t breathe. I swung once to get him off me,⟧” he said.
Cross-examining, Anjali Desai, prosecuting, played CCTV footage of the incident.
“⟦d:b|Mr Maguire, where on this footage is the doorman’s arm round your neck?⟧” she asked.
“⟦d:a|It’s before that. It’s off camera.⟧”
“⟦d:b|The camera covers the whole doorway. Would you like me to play it again?⟧”
Maguire raised his voice. “⟦d:a|I’m not a liar. You weren’t there.⟧”
Recorder Thomas Hale intervened. “⟦d:c|Mr Maguire, you will answer the questions calmly. Ms Desai is doing her job,⟧” he said.
On Monday the doorman, Samuel Ekwueme, told the court he had “⟦p:d|never laid a finger⟧” on Maguire. “⟦d:d|I asked him to leave because he was too drunk to stand. That was the whole conversation,⟧” he said.
The trial continues.

### 024
@a Leila Haddad | a consultant colorectal surgeon
@b Catherine Moorhouse | the trust's medical director
@c Sophie Adair | for Dr Haddad
@d Martin Greaves | For the trust
@e Patrick Nolan | Employment Judge
A consultant surgeon who claims she was forced out of her job after complaining about a colleague's bullying was described by her hospital's medical director as "⟦p:b|brilliant but impossible⟧", a tribunal has heard.
Dr Leila Haddad, a consultant colorectal surgeon, is suing Northbrook University Hospitals Trust for constructive dismissal, whistleblowing detriment and sex discrimination. Junior doctors, she says, called the surgical department "⟦s:-|the boys' club⟧".
Dr Catherine Moorhouse, the trust's medical director, told the employment tribunal in Northbrook that she had used the phrase in an email to the chief executive but "⟦p:b|meant it as a compliment, at least in part⟧".
Cross-examined by Sophie Adair, for Dr Haddad, she was asked which part.
"⟦d:b|The brilliant part,⟧" Dr Moorhouse said.
"⟦d:c|And the impossible part? Would you have written that about a male surgeon who raised the same concerns?⟧" Ms Adair asked.
"⟦d:b|I have written it about male surgeons. I could show you the emails.⟧"
"⟦d:c|Please do,⟧" said Ms Adair. No such emails have yet been disclosed.
Dr Haddad, 46, told the tribunal last week that she had raised concerns about a senior colleague in 2021 and was then "⟦p:a|frozen out⟧" of theatre lists. "⟦d:a|I went from operating four days a week to one. Nobody ever told me why. I had to find out from the rota,⟧" she said.
For the trust, Martin Greaves said the reduction reflected "⟦p:d|an operational reorganisation affecting the whole department⟧".
Employment Judge Patrick Nolan warned both sides about the length of their questioning. "⟦d:e|We have eight days. We are on day five, and we have not yet reached the chief executive,⟧" he said.

### 025
@a Anselm Krüger | -
@b Piers Linton | for the Medical Standards Council
@c Gail Sutcliffe | a former patient
@d Rosalind Achebe | The tribunal chair
@e Medical Standards Council | -
A GP who prescribed powerful painkillers to patients he never examined, including his own brother-in-law, has been struck off the medical register.
Dr Anselm Krüger, 57, practised in Wethersby for 22 years. The tribunal chair, Rosalind Achebe, said he had acted with “⟦p:d|a persistent and reckless disregard for patient safety⟧”.
Piers Linton, for the Medical Standards Council, told the hearing: “⟦d:b|These were not borderline clinical judgments. These were repeat prescriptions for oxycodone issued without a single consultation.⟧”
Krüger, who represented himself, said he had been “⟦p:a|trying to help people the system had abandoned⟧”. “⟦d:a|I was wrong about the method. I was not wrong about the need,⟧” he told the panel.
Gail Sutcliffe, a former patient, told the hearing she had become dependent on the drug after Krüger renewed her prescription by telephone for three years. “⟦d:c|He was kind to me. I don’t doubt that. But kindness nearly killed me,⟧” she said.
“⟦d:d|Erasure is the only sanction that will maintain public confidence in the profession,⟧” Ms Achebe said.
Krüger left without comment, but earlier told the panel: “⟦d:a|Whatever you decide, I accept it.⟧”
The Medical Standards Council said in a statement that the outcome “⟦p:e|sends a clear message⟧” about remote prescribing.

### 026
@a Liam Gorton | a response officer based at Fenby
@b Meera Joshi | The panel chair
@c Tyrone Baptiste | a 19-year-old student who was arrested outside a chip shop and later released without charge
@d Fiona Reddy | Assistant Chief Constable
A police officer who punched a handcuffed teenager and then wrote a false account of the arrest has been dismissed without notice for gross misconduct.
PC Liam Gorton, a response officer based at Fenby, admitted striking Tyrone Baptiste twice in the back of a police van in Fenby town centre in October 2023.
His statement afterwards said Mr Baptiste had "⟦p:a|lunged aggressively⟧" at him, but footage from the van's internal camera showed the teenager sitting still.
The panel chair, Meera Joshi, said: "⟦d:b|The public must be able to trust what police officers write down. PC Gorton's account was not mistaken. It was invented.⟧"
Gorton told the hearing he had "⟦p:a|lost it⟧" after a 14-hour shift. "⟦d:a|I'm ashamed of what I did, and more ashamed of what I wrote,⟧" he said.
Tyrone Baptiste, a 19-year-old student who was arrested outside a chip shop and later released without charge, said: "⟦d:c|If there wasn't a camera in that van, it would be my word against his, and I know whose word would have won.⟧"
"⟦d:c|I'm just glad people can see what happened.⟧"
Assistant Chief Constable Fiona Reddy said the force apologised. "⟦d:d|Mr Baptiste should never have been treated this way,⟧" she said.

### 027
@a Dominic Farrant | Assistant coroner
@b Alison Greer | Her mother
@c Neil Greer | Her father
@d Jasmine Kaur | a paramedic with the festival’s medical team
@e Lucy Harrow | Her friend
A 19-year-old student died after taking a high-strength ecstasy pill she bought from a stranger at a music festival, an inquest heard.
Ellie Greer, a first-year at Morwick University, collapsed at the Sunhaven festival near Bridmouth in August.
Her friend Lucy Harrow, 20, said they had each taken half a pill. “⟦d:e|Ellie said she felt really hot and wanted to sit down. Then she just stopped answering me,⟧” she said.
Jasmine Kaur, a paramedic with the festival’s medical team, said Ellie’s temperature was 42C when she reached her. “⟦d:d|We did everything we could. She was very, very unwell by the time we got to her,⟧” she told the court.
Assistant coroner Dominic Farrant said the pill had contained “⟦p:a|more than three times⟧” a typical dose of MDMA. He recorded a conclusion that Ellie died from drug-related causes.
“⟦d:a|Young people need to understand that what they are buying may bear no relation to what they think they are buying,⟧” he said.
Her mother, Alison Greer, said: “⟦d:b|Ellie was clever and careful. She was not a reckless girl. She made one bad decision, on one night, and it cost her everything.⟧”
Her father, Neil Greer, said the family supported drug-checking services at festivals. “⟦d:c|If she could have had that pill tested,⟧” he said, “⟦d:c|she would be alive. I am certain of that.⟧”

### 028
@a Winston Alleyne | -
@b Grace Mwangi | His solicitor
@c Ormerod | the appeal judge
@d Public Prosecution Service | -
@e Criminal Cases Review Board | -
@f Court of Appeal | -
@g - | One reporter
LARCHESTER, Nov 14 (Wire) - A man who spent 17 years in prison for a murder he did not commit walked free on Thursday after the Court of Appeal quashed his conviction, saying the case against him had been built on "⟦p:f|evidence that should never have been put before a jury⟧".
Winston Alleyne, 61, was convicted in 2007 of killing a shopkeeper in Larchester's Moss End district.
Giving judgment, Lady Justice Ormerod said a forensic scientist's evidence at trial had been "⟦p:c|fundamentally flawed⟧" and that material pointing to another suspect had never been disclosed to the defence.
"⟦d:c|We have no hesitation in concluding that this conviction is unsafe,⟧" the appeal judge said.
Outside the court, Alleyne raised both arms to cheering supporters. "⟦d:a|Seventeen years. Seventeen birthdays. My mother died while I was inside and they let me go to her funeral in handcuffs,⟧" he said.
"⟦d:a|I'm not angry today. Ask me tomorrow.⟧"
One reporter asked him: "⟦d:g|What will you do first?⟧"
"⟦d:a|Eat something that didn't come on a tray,⟧" he said, to laughter.
His solicitor, Grace Mwangi, said: "⟦d:b|Winston told the truth from the day he was arrested. The system did not listen to him, and it should be asking itself why.⟧"
The case was referred by the Criminal Cases Review Board in 2022, which found "⟦p:e|a real possibility⟧" that the conviction would be overturned.
The Public Prosecution Service said it would not seek a retrial. "⟦d:d|We recognise the profound impact this case has had on Mr Alleyne and we are reviewing our handling of disclosure,⟧" it said.

### 029
@a Ingrid Solheim | Presiding Judge
@b Luka Marević | former army commander
@c Aminata Diallo-Sène | Chief prosecutor
@d Hana Begović | the head of the Mothers of Sorel association
@e Jean-Baptiste Morel | His lawyer
MAASTRAND, April 2 (Wire) - A war crimes tribunal on Wednesday sentenced former army commander Luka Marević to life imprisonment for ordering the killing of more than 300 civilians in the town of Sorel during the Kersan war.
«⟦d:a|The chamber is satisfied beyond reasonable doubt that the accused gave the order, knew it would be carried out, and did nothing to stop it,⟧» Presiding Judge Ingrid Solheim said, reading a summary of the 900-page judgment.
Marević, 68, stood expressionless. Asked whether he had understood the verdict, he said through an interpreter: «⟦d:b|I understand it. I do not accept it.⟧»
Chief prosecutor Aminata Diallo-Sène called the verdict «⟦p:c|a message to every commander who believes the fog of war will hide them⟧». «⟦d:c|Today the victims of Sorel have been believed,⟧» she said.
His lawyer, Jean-Baptiste Morel, said the defence would appeal. «⟦d:e|This judgment rests on the testimony of witnesses who were not present at the events they describe,⟧» he told reporters.
In the public gallery, several women wept. Hana Begović, the head of the Mothers of Sorel association, whose husband and two sons were among those killed, said: «⟦d:d|We waited twenty-two years for this sentence. Our children did not get to wait at all.⟧»

### 030
@a Gillian Roper | Planning inspector
@b Hugh Carrington-Lowe | chairman of Save Harnley Fell
@c Nathaniel Obeng | for Ventora
@d Ewan Dalgleish | a sheep farmer whose land borders the site
@e - | One woman in the audience
Opponents of a 14-turbine wind farm on Harnley Fell packed Scarsby village hall on Tuesday as a public inquiry into the scheme opened. Placards reading "⟦s:-|Hands Off Harnley⟧" lined the walls.
Planning inspector Gillian Roper told the room of around 200 people: "⟦d:a|This is not a vote. I will weigh the evidence, not the volume of applause.⟧"
Hugh Carrington-Lowe, chairman of Save Harnley Fell, said the turbines, each 180 metres high, would "⟦p:b|industrialise one of the last wild places in the county⟧".
"⟦d:b|Nobody here is against renewable energy. We are against this, here,⟧" he said.
Nathaniel Obeng, for Ventora, said the scheme would power 38,000 homes. "⟦d:c|The climate does not care about views,⟧" he said, prompting groans and shouts of "⟦d:-|Shame!⟧" from the back of the hall.
One woman in the audience called out: "⟦d:e|Then build it in your garden!⟧"
Ms Roper asked for quiet. "⟦d:a|Please. Everyone will be heard, I promise you,⟧" she said.
Ewan Dalgleish, a sheep farmer whose land borders the site, was one of the few supporters to speak. "⟦d:d|My family has farmed here for five generations. The lease from these turbines is the only reason there'll be a sixth,⟧" he said.
The inquiry is expected to sit for three weeks.

### 031
@a Adaeze Nwosu | a nurse who rented the flat with her two children
@b Philip Garside | The landlord
@c Martin Szabo | Tribunal judge
@d Zoë Marsh | a caseworker at Renters Together
A landlord has been ordered to repay a year’s rent to a nurse whose flat was so damp that mushrooms grew from the bedroom skirting board.
The property tribunal in Gorsey Bank found that the two-bedroom flat on Canal Row had been unfit for habitation for at least 14 months.
Adaeze Nwosu, a nurse who rented the flat with her two children, told the tribunal: “⟦d:a|I would come home from a night shift and scrape mould off the walls before I could sleep. My son’s inhaler use doubled.⟧”
The landlord, Philip Garside, said he had sent contractors “⟦p:b|on at least four occasions⟧” and blamed condensation from laundry dried indoors. “⟦d:b|I’m not a rogue landlord. I fix things when I’m told about them,⟧” he said.
Tribunal judge Martin Szabo described the landlord’s evidence as “⟦p:c|unconvincing⟧”. In the written decision, he said: “⟦d:c|The tribunal does not accept that a family can be blamed for drying their clothes in the only place available to them.⟧”
Zoë Marsh, a caseworker at Renters Together, which supported Ms Nwosu, said: “⟦d:d|This is a good result, but it took her eighteen months and she is still living with the mould.⟧”
Ms Nwosu said afterwards: “⟦d:a|I just want a home where my kids can breathe.⟧”

### 032
@a - | The complainant
@b Julian Marr | defending
@c Gavin Prestwich | a former army officer
@d Nirmala Pillai | Judge
A woman who says her former partner controlled "⟦p:a|every penny, every phone call, every friend⟧" for eight years has told a jury she stayed because she "⟦p:a|didn't think anyone would believe me⟧".
Gavin Prestwich, 45, a former army officer, denies controlling or coercive behaviour and two counts of assault.
The complainant, who cannot be identified for legal reasons, gave evidence at Kingsmere Crown Court from behind a screen.
"⟦d:a|He checked the mileage on the car. If I'd driven more than I said, there would be questions, all night sometimes,⟧" she said.
Cross-examined by Julian Marr, defending, she agreed that she had described the relationship as "⟦p:a|happy⟧" in messages to her sister.
"⟦d:b|You weren't being controlled when you wrote those messages, were you?⟧" Mr Marr asked.
"⟦d:a|He was sitting next to me when I wrote them,⟧" she replied.
"⟦d:b|That's a very convenient answer.⟧"
Judge Nirmala Pillai interrupted. "⟦d:d|Mr Marr, that is comment, not a question. Please move on,⟧" she said.
Prestwich is expected to give evidence next week. In a police interview he described the allegations as "⟦p:c|a fantasy⟧" invented during a dispute over custody of the couple's son.

### 033
@a Keith Oldroyd | Judge
@b Melanie Price | a school administrator
@c Adebola Martins | Her barrister
@d - | One juror
A juror who researched a defendant’s previous convictions on her phone during a trial, causing it to collapse, has been jailed for two months for contempt of court.
Melanie Price, 52, a school administrator, searched the defendant’s name during a lunch break and told fellow jurors what she had found, the High Court in Calderbridge heard.
One juror wrote a note to the judge, which read: “⟦d:d|Juror 7 has been telling us things about the defendant that were not in the evidence. Some of us are uncomfortable.⟧”
Judge Keith Oldroyd said: “⟦d:a:m|Jurors swear an oath to try the case on the evidence. Ms Price broke that oath deliberately and then shared what she had found with eleven other people.⟧
“⟦d:a|A trial which cost many thousands of pounds, and caused a great deal of distress to a complainant, had to be abandoned. That is the price of her curiosity.⟧”
Her barrister, Adebola Martins, said Price had been “⟦p:c|foolish, not malicious⟧”. “⟦d:c|She thought she was being diligent. She now understands she was doing the opposite,⟧” he said.
Price, who wept in the dock, told the court in a brief statement: “⟦d:b|I am so sorry to everyone I let down.⟧”

### 034
@a Ngozi Afolabi | The coroner
@b Claire Tomlinson | Staff nurse
@c Rosa Castellano | His widow
@d Arvind Menon | a consultant in acute medicine
@e Pendlebury General Hospital | -
A retired ice cream maker died of sepsis after nurses failed to escalate his rising heart rate for more than nine hours, an inquest has found.
Giuseppe Castellano, 78, was admitted to Pendlebury General Hospital with a urinary infection in January.
Staff nurse Claire Tomlinson, who was in charge of the ward that night, said she had been looking after 14 patients. "⟦d:b|I saw the score. I meant to call the doctor. Then a patient fell, and another was bleeding, and by the time I got back to Mr Castellano it was four in the morning,⟧" she said.
Asked by the coroner whether she had felt able to ask for help, she said: "⟦d:b|There was no one to ask. Everyone was drowning.⟧"
Dr Arvind Menon, a consultant in acute medicine, said earlier treatment "⟦p:d|would, on the balance of probabilities, have saved his life⟧". "⟦d:d|Sepsis is a race against the clock. Every hour matters,⟧" he said.
The coroner, Dr Ngozi Afolabi, said she would issue a report to prevent future deaths. "⟦d:a|The escalation policy is clear. The problem is not the policy. The problem is that there are not enough nurses to follow it,⟧" she said.
His widow, Rosa Castellano, said: "⟦d:c|Giuseppe made ice cream for this town for fifty years. Every child here has eaten it. He deserved someone to notice he was dying.⟧"
Pendlebury General Hospital said it "⟦p:e|apologised unreservedly⟧" and had since recruited 40 additional nurses.

### 035
@a Niamh Fitzgerald | a former champion conditional jockey
@b Oyelowo | the judge
@c Ashgrove Park Racecourse | -
@d Caspar Lindley | for Fitzgerald
@e Deborah Quayle | for the racecourse
A former jockey left paralysed after a fall at a racecourse where a running rail had been left unsecured was awarded 4.6 million pounds in damages at the High Court on Tuesday.
Niamh Fitzgerald, 29, a former champion conditional jockey, was thrown when her mount clipped a loose section of rail at Ashgrove Park in 2020.
Mr Justice Oyelowo found the racecourse had been “⟦p:b|plainly negligent⟧”. “⟦d:b|The rail should have been secured. It was not, because no one had been given responsibility for checking it,⟧” the judge said in a written ruling.
Deborah Quayle, for the racecourse, had argued at trial that Fitzgerald had “⟦p:e|accepted the inherent risks of a dangerous sport⟧”. In cross-examination she put it to the jockey: “⟦d:e|You knew that horse was difficult, didn’t you?⟧”
“⟦d:a|Every horse is difficult. That’s why they pay us,⟧” Fitzgerald replied.
The judge rejected the argument. “⟦d:b|The risks of racing do not include a loose rail,⟧” he wrote.
Fitzgerald, who now uses a wheelchair, said outside court: “⟦d:a|Riding was my whole life. I can’t get that back. But this money means I can live in a house I can actually move around in.⟧”
Caspar Lindley KC, for Fitzgerald, said: “⟦d:d|Niamh has shown extraordinary courage through this litigation, as she did on horseback.⟧”
Ashgrove Park Racecourse said it was “⟦p:c|considering the judgment carefully⟧”.

### 036
@a Chantelle Ridgeway | CON artist wedding planner
@b Keeley Osei | Bride
@c Dan | her husband
@d Oluwole Bankole | Judge
@e - | Her barrister
CON artist wedding planner Chantelle Ridgeway left dozens of couples heartbroken when she pocketed £210,000 for dream weddings that never happened.
The 37-year-old, who ran Forever Yours Events from a unit in Bramblewick, took deposits of up to £8,000 and then stopped answering calls.
Bride Keeley Osei, 31, found out three weeks before her big day that the venue had never been booked. "⟦d:b|I rang the hotel to ask about the flowers and they said, 'What wedding?' I just sat on the kitchen floor and cried,⟧" she said.
"⟦d:b|My nan had already bought her hat.⟧"
Keeley and her husband Dan eventually married at a register office, with a buffet at her mum's. "⟦d:c|It was still the best day of my life, but she robbed us of the one we planned,⟧" Dan said.
Ridgeway, of Hollins Road, Bramblewick, admitted 43 counts of fraud. Her barrister said she had "⟦p:e|got in over her head⟧" when the business struggled.
In a letter to the court, Ridgeway wrote: "⟦d:a|I am not a bad person. I made promises I couldn't keep and I lied to cover it up.⟧"
Jailing her for four years at Bramblewick Crown Court, Judge Oluwole Bankole said: "⟦d:d|You sold people the happiest day of their lives and delivered them misery. The letter you have written is all about you.⟧"

### 037
@a Jennifer Ashdown | the vicar of St Aldhelm's
@b Darren Fisk | -
@c Nigel Dunn | Presiding magistrate
@d Sarah Ling | defending
@e Maureen Tickell | Churchwarden
A man who stole a collection box from a village church twice in a month was told by a magistrate that he had taken money ``⟦p:c|from people who give because they have little themselves⟧''.
Darren Fisk, 46, of no fixed address, admitted two thefts from St Aldhelm's Church, Combe Lacey.
Churchwarden Maureen Tickell found the box prised from the wall on both occasions. ``⟦d:e|The first time, we thought it was kids. The second time, we'd only just put it back up,⟧'' she told the Gazette.
In a statement read to the court, the Rev Jennifer Ashdown, the vicar of St Aldhelm's, said: ``⟦d:a|The money in that box pays for the heating for our lunch club. Some of our lunch club members are on their own all week.⟧''
``⟦d:a|I want Darren to know that if he is hungry, he can come to the lunch club. I mean that.⟧''
Sarah Ling, defending, said Fisk had been sleeping rough since losing his job at a builders' merchant. ``⟦d:d|He was touched by the vicar's words, which he did not expect,⟧'' she said.
Fisk told the bench: ``⟦d:b|I'll go. I'll say sorry to her.⟧''
Presiding magistrate Nigel Dunn imposed a 12-month conditional discharge and ordered Fisk to pay £60 compensation.

### 038
@a Beatriz Olmedo | Judge
@b Rafael Quintero | former deputy infrastructure minister
@c Democratic Renewal Party | -
@d Lucía Ferrand | Anti-corruption prosecutor
@e Marta Ibáñez | a retired teacher among the supporters
CASTELMAR, Sept 3 (Wire) - A court on Tuesday convicted former deputy infrastructure minister Rafael Quintero of taking bribes in exchange for road-building contracts and sentenced him to nine years in prison.
"⟦d:a|The evidence shows, beyond doubt, that the accused sold the decisions of his office,⟧" Judge Beatriz Olmedo said, reading the verdict of the three-judge panel.
Quintero, 58, shouted "⟦d:b|¡Soy inocente!⟧" ("⟦d:b|I am innocent!⟧") as police led him from the courtroom.
Outside, several dozen supporters chanted "⟦s:-|Rafa libre⟧" and held a banner reading "⟦s:-|Political justice⟧".
The Democratic Renewal Party, which Quintero helped to found, called the ruling "⟦p:c|a judicial coup⟧" and said it would appeal. "⟦d:c|This is a verdict that was written before the trial began,⟧" the party said in a statement.
Anti-corruption prosecutor Lucía Ferrand rejected that. "⟦d:d|The court heard eleven weeks of evidence, including bank records from three countries. Anyone can read them,⟧" she told reporters.
Marta Ibáñez, 66, a retired teacher among the supporters, said: "⟦d:e|He built the hospital in my town. Now they say it was all for money. I don't believe it.⟧"

### 039
@a Witness F | -
@b Bryony Haslam | counsel to the inquiry
@c Kwame Boateng | The inquiry’s chair
@d Brotherhood of St Columba | -
@e Witness J | -
Two former pupils of a residential school run by a religious order told a public inquiry on Monday that staff who reported abuse were moved on while the abusers stayed.
The men, who have been granted anonymity and are referred to as Witness F and Witness J, gave evidence to the Northmoor Inquiry into Residential Care about Glenmorrow School in the 1970s.
Witness F, now 61, told counsel to the inquiry, Bryony Haslam, that he had told a lay teacher what was happening in the dormitory when he was nine.
“⟦d:a|She believed me. I know she did, because she cried. And then in September she wasn’t there any more,⟧” he said.
“⟦d:b|Did anyone ever explain to you why she had left?⟧” Ms Haslam asked.
“⟦d:a|No. We were told she had ‘gone to a new school’. That was all.⟧”
Witness J, 63, said he had tried to run away four times. “⟦d:e|Each time the police brought me back to the front door. Not one of them asked me why I was running,⟧” he said.
The inquiry’s chair, Professor Kwame Boateng, thanked both men. “⟦d:c|What you have told us today will be reflected in our report. I give you my word on that,⟧” he said.
The Brotherhood of St Columba, which ran the school until 1994, said it “⟦p:d|apologises without reservation⟧” to former pupils.

### 040
@a Reece Hammond | -
@b Kieran Blythe | -
@c Olivia Chamberlain | prosecuting
@d Aled Rhys | Detective Constable
@e Peter Onyango | Hammond's barrister
Two men accused of a string of burglaries on elderly homeowners discussed their targets in text messages, including one which read "⟦p:b|old boy lives alone, no dog⟧", a jury has heard.
Reece Hammond, 22, and Kieran Blythe, 24, both of Sandfield, deny conspiracy to commit burglary.
Olivia Chamberlain, prosecuting, read a series of messages recovered from the men's phones to the jury at Sandfield Crown Court.
In one, sent on 4 November, Hammond wrote: "⟦d:a|Job on for thurs. U drive.⟧" Blythe replied: "⟦d:b|Sound. Same as last time?⟧"
Another, from Blythe, read: "⟦d:b|Old boy lives alone, no dog. Easy.⟧"
A week later Blythe messaged: "⟦d:b|Did u see the news. Police everywhere. Delete this.⟧"
"⟦d:c|Members of the jury, you may think that is not the message of an innocent man,⟧" Ms Chamberlain said.
Detective Constable Aled Rhys told the court the messages had been recovered despite being deleted. "⟦d:d|Deleting a message on that handset doesn't remove it from the phone's database straight away,⟧" he said.
Hammond's barrister, Peter Onyango, said the two men ran a small removals business and that "⟦s:-|job⟧" in the messages meant "⟦p:e|a removal, nothing more⟧".
The trial continues.

### 041
@a Darius Khalili | a property developer from Wendham
@b Joanne Pryor | Detective Sergeant
@c Nicholas Faure | prosecuting
@d Emeka Nwachukwu | for Mr Khalili
Jurors in the trial of a property developer accused of arranging an arson attack on a rival’s offices were played a police interview in which he answered “⟦p:a|no comment⟧” to 147 questions.
Darius Khalili, 38, a property developer from Wendham, denies conspiracy to commit arson with intent to endanger life. The investigation, which detectives named “⟦s:-|Operation Ember⟧”, took two years.
In the recording, Detective Sergeant Joanne Pryor asks: “⟦d:b|Mr Khalili, did you pay anyone to set fire to the Orchard Street offices?⟧”
“⟦d:a|No comment.⟧”
“⟦d:b|Do you know a man called Tommy Raines?⟧”
“⟦d:a|No comment.⟧”
Only once did Khalili depart from his script, when he was asked about his daughter’s birthday party on the night of the fire. “⟦d:a|Leave my family out of this,⟧” he said.
Nicholas Faure KC, prosecuting, told jurors they were entitled to draw inferences from his silence. “⟦d:c|If Mr Khalili had an innocent explanation, members of the jury, you may ask yourselves why he did not give it when he had the chance,⟧” Mr Faure said.
Emeka Nwachukwu KC, for Mr Khalili, has told the jury his client stayed silent “⟦p:d|on legal advice, as he was entitled to⟧”.
The trial continues.

### 042
@a Sharon Keddle | Liam's mother
@b Bradley Nuttall | -
@c Imran Qureshi | Judge
@d Lydia Fairbrother | prosecutor
A man who killed a father-of-two with a single punch outside a takeaway has been jailed for three years and nine months.
Liam Keddle, 33, hit his head on the kerb and died in hospital two days later.
Bradley Nuttall, 26, of Ferncliffe, admitted manslaughter at Ferncliffe Crown Court.
Liam's mother, Sharon Keddle, was too upset to read her statement herself, so it was read for her by prosecutor Lydia Fairbrother.
"⟦d:d|Mrs Keddle has asked me to read this exactly as she wrote it,⟧" Ms Fairbrother told the court.
"⟦d:a:m|Liam was my only son. He was a daddy to two little girls who still ask when he is coming home from the hospital.⟧
"⟦d:a:m|I have had to explain to a four-year-old what dead means. No one should ever have to do that.⟧
"⟦d:a|I don't hate the man who did this. I don't have room for it. All the room is taken up by missing Liam.⟧"
Nuttall, who wept throughout, turned to the public gallery and said: "⟦d:b|I'm sorry. I'm so sorry.⟧"
Judge Imran Qureshi said: "⟦d:c|One punch can kill. That message has been repeated in these courts for years, and still it is not heard.⟧"

### 043
@a Oliver Stroud | a former head of science at Ravensworth Academy
@b Lindsay Farquhar | Panel chair
@c Kiran Dhillon | the presenting officer
@d - | One parent at the school
@e Teaching Regulation Board | -
A former head of science who sent hundreds of messages to a 16-year-old pupil on a social media app has been banned from teaching indefinitely.
Oliver Stroud, a former head of science at Ravensworth Academy, told a professional conduct panel the messages were “⟦p:a|pastoral⟧” and that the pupil had been struggling at home.
Kiran Dhillon, the presenting officer, asked him why many had been sent after midnight. “⟦d:a|She was awake and upset. I wasn’t going to ignore her,⟧” he replied.
“⟦d:c|You were her teacher, Mr Stroud. Not her friend,⟧” Ms Dhillon said.
“⟦d:a|I accept I should have used the school system. I didn’t,⟧” he said.
Panel chair Lindsay Farquhar said Mr Stroud had “⟦p:b|failed to maintain appropriate professional boundaries⟧” over several months. “⟦d:b|His insistence that the messages were pastoral shows a worrying lack of insight,⟧” she said.
The Teaching Regulation Board said the decision “⟦p:e|protects pupils⟧”.
One parent at the school, who did not want to be named, said: “⟦d:d|We were told nothing for a year. I found out from a news website.⟧”

### 044
@a Dwayne Holcroft | FOUL-MOUTHED killer
@b Anthea Lockwood | Judge
@c Leanne Farrow | Gemma’s sister
@d - | A man in the public gallery
FOUL-MOUTHED killer Dwayne Holcroft hurled abuse at his victim’s family from prison as he was jailed for life for murdering his ex-girlfriend.
Holcroft, 31, appeared by video link from HMP Greyfield and refused to stand. As Judge Anthea Lockwood began her sentencing remarks, he shouted: “⟦d:a|I’m not listening to this.⟧”
“⟦d:b|You will listen, Mr Holcroft, or you will be removed and I will sentence you in your absence,⟧” the judge replied.
Gemma Farrow, 27, was strangled at her flat in Hollowell in April.
Holcroft then turned his back on the camera. A man in the public gallery shouted “⟦d:d|Coward!⟧” and was escorted from the court.
Judge Lockwood told Holcroft he must serve at least 22 years. “⟦d:b|Gemma had told friends she was frightened of you. She was right to be,⟧” she said.
Gemma’s sister Leanne Farrow said outside court: “⟦d:c|He couldn’t even look at us. That tells you everything about him. Gemma was worth a thousand of him.⟧”
“⟦d:c|We’ll be there for every parole hearing. Every single one.⟧”

### 045
@a Harrington-Oyo | the judge
@b Abdirahman Warsame | -
@c Interior Ministry | -
@d Tasneem Chowdhury | His solicitor
A High Court judge has ruled that the detention of a man held for 11 months pending deportation was unlawful, saying officials had shown "⟦p:a|a striking indifference⟧" to his mental health.
Abdirahman Warsame, 34, who has lived in the country since he was 12, was held at the Brookhaven removal centre from April 2022.
In a written judgment, Mrs Justice Harrington-Oyo said: "⟦d:a|By the third month, the defendant had in its possession two psychiatric reports stating that continued detention was causing serious harm. It did nothing with them.⟧"
"⟦d:a|I am driven to the conclusion that those reports were not read by anyone with the authority to act on them,⟧" the judge wrote.
Warsame, who was released in March, said: "⟦d:b|I was in a room with a window that didn't open, waiting for a plane that never came. I stopped sleeping. I stopped eating. Nobody came.⟧"
"⟦d:b|I just want to see my children grow up.⟧"
His solicitor, Tasneem Chowdhury, said her client would now seek damages. "⟦d:d|This judgment should be read by every official who signs a detention order,⟧" she said.
The Interior Ministry said it was "⟦p:c|disappointed⟧" and was considering an appeal.

### 046
@a - | the jury's foreperson
@b Patrick Mullan | Coroner
@c Marcia Campbell-Reid | His sister
@d Eastmere Police | -
@e - | A spokesperson for the officers' association
@f - | An inquest jury
An inquest jury has found that the prolonged restraint of a man in a mental health crisis by police officers «⟦p:f|more than minimally contributed⟧» to his death.
Everton Campbell, 42, died in hospital three days after being held face down for 11 minutes in a street in Eastmere in 2021.
Reading the conclusions, the jury's foreperson said: «⟦d:a|Officers did not recognise that Mr Campbell was experiencing a medical emergency. The restraint continued after he had stopped resisting.⟧»
Coroner Patrick Mullan thanked the jurors for «⟦p:b|a careful and conscientious job⟧» and said he would be writing to the chief constable. «⟦d:b|It is plain from the evidence that training on prolonged restraint was not followed,⟧» he said.
His sister, Marcia Campbell-Reid, said outside: «⟦d:c|Everton called for help that night. He was not a criminal. He was a man who was ill, and they held him down until he died.⟧»
«⟦d:c|Eleven minutes. Think about that,⟧» she said.
Eastmere Police said it accepted the findings. «⟦d:d|We are deeply sorry for the loss of Mr Campbell,⟧» the force said.
A spokesperson for the officers' association said its members had been «⟦p:e|put in an impossible position⟧» by a lack of training.

### 047
@a Caroline Everett | District Judge
@b Pengarth Water | -
@c Tom Bakare | for the Rivers Agency
@d Ffion Llywelyn | a wild swimmer who founded the campaign group Clear Waters Trelowen
TRELOWEN, Feb 7 (Wire) - A water company was fined a record 11.2 million pounds on Friday for illegally discharging raw sewage into a river used by swimmers, after a judge said it had "⟦p:a|misled the regulator for years⟧".
Pengarth Water pleaded guilty to 19 offences at Trelowen Magistrates' Court.
District Judge Caroline Everett said: "⟦d:a|The company knew its monitors were faulty and chose to report the figures anyway. That is not negligence. That is a choice.⟧"
"⟦d:a|The river does not care about the company's investment plans,⟧" she added.
Tom Bakare, for the Rivers Agency, told the court: "⟦d:c|On 212 days in one year, sewage was being discharged when the permit did not allow it.⟧"
Pengarth Water said in a statement: "⟦d:b|We are sorry. We have fallen short of the standards our customers expect and we are investing 400 million pounds to put it right.⟧"
Ffion Llywelyn, a wild swimmer who founded the campaign group Clear Waters Trelowen, said the fine was "⟦p:d|a drop in the ocean⟧" compared with the company's profits. "⟦d:d|Until executives face prison, nothing will change,⟧" she said.

### 048
@a Henrietta Vale | the company's former finance director
@b Saoirse Kealy | for Mr Dunbar
@c Roderick Dunbar | -
@d Winston Abara | Judge
A former finance director told a jury she had been instructed to make a leisure company's accounts "⟦p:c|look healthier than they are⟧" by its founder, who is accused of defrauding investors of 34 million pounds.
Henrietta Vale, the company's former finance director, was giving evidence for the prosecution in the trial of Roderick Dunbar, 64, at Corbridge Crown Court.
She said Dunbar had told her at a board dinner in 2019: "⟦d:c|Make the numbers work, Henrietta. Make them look healthier than they are. That's what I pay you for.⟧"
The jury was shown a spreadsheet labelled "⟦s:-|Project Lighthouse⟧", which the prosecution says tracked the difference between real and reported revenue.
Under cross-examination by Saoirse Kealy KC, for Mr Dunbar, Vale agreed she had described her own approach to revenue in an email as "⟦p:a|creative⟧".
"⟦d:b|Creative, Ms Vale. Your word, not Mr Dunbar's. What did you mean by it?⟧" Ms Kealy asked.
"⟦d:a|It was a joke. A bad one.⟧"
"⟦d:b|Were the accounts also a joke?⟧"
Judge Winston Abara intervened: "⟦d:d|Ms Kealy, please.⟧"
Vale later told the jury: "⟦d:a|I did what I was told, and I regret it more than anything in my professional life. But I was told.⟧"
Dunbar denies six counts of fraud and false accounting.

### 049
@a Tayo Adewale-Brooks | Sprinter
@b Jonathan Frey | Tribunal chair
@c Clean Sport Authority | -
@d Marcus Ilunga | Her coach
Sprinter Tayo Adewale-Brooks has been banned for four years after an independent tribunal rejected her claim that a banned steroid entered her system through contaminated beef.
The 26-year-old, a double national champion, tested positive for trenbolone in an out-of-competition test in March.
Tribunal chair Jonathan Frey said in the written decision that her explanation was “⟦p:b|possible in theory but wholly unsupported by evidence⟧”.
“⟦d:b|The athlete was unable to identify where the meat was bought, when it was eaten or who else ate it,⟧” Frey wrote.
Adewale-Brooks said on social media: “⟦d:a|I have never knowingly taken anything. I will keep fighting to clear my name.⟧”
In a video posted later, she added: “⟦d:a|To every young athlete who looked up to me: I did not cheat you.⟧”
Her coach, Marcus Ilunga, said he was “⟦p:d|devastated⟧”. “⟦d:d|I have trained Tayo since she was 14. I know her. I believe her,⟧” he said.
The Clean Sport Authority said the ruling showed “⟦p:c|the system works⟧”. “⟦d:c|Athletes are responsible for what is in their bodies,⟧” the authority said.

### 050
@a Howard Pinnock | District Judge
@b Geoffrey Tilling | Retired headmaster
@c Des Whittaker | -
@d Brenda | His wife
A 14-year feud between two neighbours over a leylandii hedge known locally as "⟦s:-|the Great Wall of Haverleigh⟧" has ended in the county court — with a judge telling both men to "⟦p:a|shake hands and buy a ladder⟧".
Retired headmaster Geoffrey Tilling, 74, sued Des Whittaker, 70, for £4,300, claiming the 22ft hedge blocked light to his greenhouse and had killed "⟦p:b|three generations of tomatoes⟧".
"⟦d:b|I have measured the shadow every June since 2010. I have the figures,⟧" Mr Tilling told Haverleigh County Court, producing a ring binder.
Mr Whittaker said the hedge had been there "⟦p:c|since before he moved in⟧". "⟦d:c|He's had fourteen years to mention it nicely. He never has,⟧" he said.
His wife, Brenda, sitting in the public seats, added: "⟦d:d|He sends letters. Typed ones.⟧"
District Judge Howard Pinnock awarded Mr Tilling £600 towards the cost of a new greenhouse. "⟦d:a|I have now spent longer on this hedge than on some manslaughter cases,⟧" he said. "⟦d:a|I urge you both to shake hands and buy a ladder.⟧"

### 051
@a Rashida Bell | District Judge
@b - | A Last Tide spokesperson
@c Idris Pryce-Jones | prosecuting
@d Oisín Mulcahy | -
@e Hazel Brightwell | a retired midwife
Seven climate protesters who glued themselves to a taxiway at Fernbury Airport were remanded in custody on Monday after refusing to agree to bail conditions banning them from the airport.
Supporters outside Fernbury Magistrates' Court held placards reading "⟦s:-|Jail the polluters, not the protesters⟧" and chanted "⟦s:-|No airport expansion⟧".
Idris Pryce-Jones, prosecuting, said the action had led to 41 flights being cancelled. "⟦d:c|This was a deliberate attempt to cause maximum disruption to thousands of members of the public,⟧" he said.
Oisín Mulcahy, 29, told the court from the dock: "⟦d:d|I won't agree to conditions that stop me acting on my conscience. I'd rather go to prison.⟧"
Hazel Brightwell, 71, a retired midwife, said: "⟦d:e|I delivered babies for forty years. I'm doing this for them.⟧"
District Judge Rashida Bell said she had "⟦p:a|no option⟧". "⟦d:a|I respect the sincerity of your beliefs. But the court cannot grant bail to people who tell me they will not comply with it,⟧" she said.
A Last Tide spokesperson said: "⟦d:b|Our supporters are in prison for trying to stop a climate catastrophe. The people causing it are not.⟧"

### 052
@a Einar Halvorsen | the master of the MV Sula Bay
@b Olamide Adekunle | Counsel to the inquiry
@c Moira Kincaid | The chair
@d Sinéad Brolly | a passenger who swam to a life raft
@e Westisles Ferries | -
The master of a ferry that capsized off the island of Caorann with the loss of nine lives has told an inquiry he was “⟦p:a|not told⟧” that the vessel’s bow door sensor had been faulty for a month.
Captain Einar Halvorsen, the master of the MV Sula Bay, gave evidence for two days at the Sula Bay Inquiry in Port Ardcarron.
“⟦d:a|If I had known that sensor was unreliable, I would not have sailed. I have said this from the first day and I will say it until I die,⟧” he said.
Counsel to the inquiry, Olamide Adekunle KC, showed him a maintenance log entry, signed by his chief engineer, recording the fault.
“⟦d:b|This was on the bridge, Captain. In the folder beside your chair.⟧”
“⟦d:a|There were many folders.⟧”
“⟦d:b|Is it your evidence that you did not read the maintenance log for a month?⟧”
Halvorsen was silent for some time. “⟦d:a|It is my evidence that I did not read that page,⟧” he said.
Sinéad Brolly, a passenger who swam to a life raft, told the inquiry earlier in the week: “⟦d:d:m|The boat tipped and kept tipping. People were sliding down the deck. There was a man holding a baby over his head.⟧
“⟦d:d|I think about him all the time. I don’t know if they got out. Nobody will tell me.⟧”
The chair, Judge Moira Kincaid, said the inquiry would publish interim findings in the spring. “⟦d:c|The families have waited long enough for answers, and they will not wait longer than they must,⟧” she said.
Westisles Ferries, which operated the vessel, has said it is “⟦p:e|cooperating fully⟧” with the inquiry.

### 053
@a Callum Reid | an instructor at the Brandwood training centre
@b Michael Ferris | Judge Advocate
@c Jordan Mbatha | Former recruit
@d Defence Ministry | -
@e Rachel Dunne | prosecuting
BRANDWOOD CAMP, July 9 - An army sergeant who forced recruits to crawl through a freezing stream as punishment and kicked one who collapsed was jailed for 10 months by a court martial on Wednesday.
Sergeant Callum Reid, 34, an instructor at the Brandwood training centre, was convicted of ill-treating subordinates.
Former recruit Jordan Mbatha, 20, told the court: ``⟦d:c|He said, 'Nobody quits on my watch,' and kicked me in the ribs while I was lying in the water.⟧''
``⟦d:c|I wanted to be a soldier since I was seven. I lasted six weeks,⟧'' he added.
Lieutenant Colonel Rachel Dunne, prosecuting, said Reid had created ``⟦p:e|a culture of fear⟧'' among the recruits. ``⟦d:e|These recruits were 17 and 18 years old. Some had been in uniform for less than a month,⟧'' she said.
Reid told the court he had been trying to ``⟦p:a|toughen them up for what's coming⟧''. ``⟦d:a|That's how I was trained. I see now it was wrong,⟧'' he said.
Sentencing him, Judge Advocate Michael Ferris said: ``⟦d:b|Young men and women join the army trusting that those in charge of them will not abuse that power. You abused it, repeatedly, and with evident enjoyment.⟧''
The Defence Ministry said it had ``⟦p:d|zero tolerance⟧'' for bullying and that Reid would be dismissed from the service.

### 054
@a Kofi Mensah-Bright | SPEED freak Rovers striker
@b Julian Ashcombe | His lawyer
@c Patricia Eames | presiding magistrate
@d Harbury Rovers | -
SPEED freak Rovers striker Kofi Mensah-Bright was clocked doing 112mph in his £180,000 supercar — on his way to TRAINING.
The £60,000-a-week ace, 24, was banned for 56 days and fined £12,000 at Harbury Magistrates' Court yesterday.
His lawyer, Julian Ashcombe, told the bench: "⟦d:b|Mr Mensah-Bright was running late for a recovery session and made a foolish decision. He is extremely embarrassed.⟧"
But presiding magistrate Patricia Eames said: "⟦d:c|Being late for training is not an excuse anyone in this room will accept. You could have killed someone.⟧"
The star, wearing a black designer tracksuit, said only "⟦d:a|yes, ma'am⟧" when asked to confirm his name.
Outside, the 24-year-old told reporters: "⟦d:a|I hold my hands up. I'll be getting the bus for a few weeks.⟧"
Harbury Rovers said: "⟦d:d|The club is aware of the matter and will deal with it internally.⟧"

### 055
@a Aled Vaughan-Jones | Senior coroner
@b Farah Siddiqui | a consultant paediatrician at St Brannoc’s Hospital
@c Carly Dunstan | a receptionist at the Millfield Surgery
@d Jodie Pascoe | His mother
@e Ryan Tregaskis | The boy’s father
The parents of a two-year-old boy who died of meningitis were told there were “⟦p:c|no appointments left today⟧” when they rang their GP surgery hours before he collapsed, an inquest heard.
Alfie Tregaskis died at St Brannoc’s Hospital, Penhallow, in December 2022.
His mother, Jodie Pascoe, said she had called the Millfield Surgery at 8am. “⟦d:d|I said he had a temperature and he wasn’t himself. She said to try the out-of-hours line or ring back tomorrow. I said, ‘He’s two.’ She said she was sorry,⟧” she told the inquest.
Carly Dunstan, a receptionist at the Millfield Surgery, said she had followed the practice’s script. “⟦d:c|We had no appointments left today, that’s what I was told to say once the list was full, unless it was an emergency. I didn’t think it sounded like one. I will never forgive myself,⟧” she said, in tears.
Dr Farah Siddiqui, a consultant paediatrician at St Brannoc’s Hospital, said the rash had appeared “⟦p:b|very late⟧” in Alfie’s illness. “⟦d:b|Had he been seen in the morning, it is likely, though not certain, that he would have been given antibiotics,⟧” she said.
The boy’s father, Ryan Tregaskis, asked her directly: “⟦d:e|Would he be alive?⟧”
“⟦d:b|I can’t tell you that for certain. I’m so sorry,⟧” Dr Siddiqui replied.
Senior coroner Aled Vaughan-Jones said receptionists should not be “⟦p:a|the gatekeepers of clinical risk⟧”. “⟦d:a|Alfie’s parents did exactly what they should have done,⟧” he said.

### 056
@a Tomasz Zielinski | -
@b Nadia Farouk | District Judge
@c Alexander Pryde | for the Kesmark authorities
@d Rhiannon Beddoe | representing Zielinski
@e Agnieszka | Zielinski's wife
A former bank executive wanted in Kesmark on embezzlement charges told a court on Wednesday he would "⟦p:a|not survive a year⟧" in the country's prisons, as he fought his extradition.
Tomasz Zielinski, 49, ran the retail arm of Kesmark's second-largest bank until 2019 and has lived in Westgate since 2020.
Giving evidence at Westgate Magistrates' Court, Zielinski said: "⟦d:a|Everybody in Kesmark knows what happens to people who embarrass the government. They do not die of old age.⟧"
Alexander Pryde, for the Kesmark authorities, said the country had given "⟦p:c|specific and binding assurances⟧" about his treatment. "⟦d:c|This is a straightforward fraud case dressed up as a political one,⟧" he said.
Rhiannon Beddoe KC, representing Zielinski, said the assurances were "⟦p:d|worth the paper they are written on, and not a penny more⟧".
"⟦d:d|Two of the last three people extradited to Kesmark on assurances like these were dead within eighteen months,⟧" she said.
District Judge Nadia Farouk adjourned the case. "⟦d:b|This is a case that requires a careful written judgment, and it will get one,⟧" she said.
Zielinski's wife, Agnieszka, who sat in the public gallery throughout, said outside: "⟦d:e|We are just waiting. That is all we do now.⟧"

### 057
@a Eastwood | the judge
@b - | The mother
@c - | The father
@d Corrington Council | -
@e - | one social worker
A High Court judge has criticised a council for removing three children from their parents on the basis of a social worker’s report that was “⟦p:a|riddled with errors⟧”.
In a judgment published on Thursday, Mr Justice Eastwood said the children, aged two, five and seven, had been placed in foster care for 14 months while Corrington Council pursued allegations that proved to be unfounded.
“⟦d:a|The local authority fixed upon a conclusion early and thereafter treated every piece of evidence as confirming it,⟧” the judge wrote.
“⟦d:a|These children lost more than a year of their family life. That cannot be given back.⟧”
The mother, who cannot be named, told the court in evidence: “⟦d:b|Every contact visit, my youngest asked me if she had been naughty. I didn’t know what to tell her.⟧”
The father said he had been described in one report as “⟦p:-|evasive and hostile⟧”. “⟦d:c|I was hostile. They had taken my children. What did they expect?⟧” he said.
In cross-examination, one social worker accepted that she had copied sections of an earlier report about a different family. “⟦d:e|It was a template. I should have checked it,⟧” she said.
Corrington Council said it “⟦p:d|accepts the judgment in full⟧” and had commissioned an independent review.

### 058
@a Richard Hallam | a forensic pathologist
@b Jeremy Okwu | defending
@c Catriona Welsh | prosecuting
@d Ambrose | the judge
A pathologist has told a jury that injuries to a retired accountant found dead at the foot of his stairs were "⟦p:a|not typical⟧" of a fall.
Dr Richard Hallam, a forensic pathologist, was giving evidence at the trial of Patricia Lomas, 68, who denies murdering her husband, Keith, at their home in Aldwick Green.
"⟦d:a|In a fall down a staircase I would expect injuries on the prominent points, the elbows, the knees, the side of the head. Here we have three separate impacts to the back of the skull,⟧" he said.
Cross-examining, Jeremy Okwu KC, defending, asked whether a man could strike his head more than once in a single fall.
"⟦d:a|It is possible,⟧" Dr Hallam said.
"⟦d:b|So not typical, but possible?⟧"
"⟦d:a|Possible, yes. I said not typical. I stand by that.⟧"
"⟦d:b|You are aware, doctor, that the stairs in that house turn ninety degrees halfway down?⟧"
"⟦d:a|I am.⟧"
Re-examined by Catriona Welsh KC, prosecuting, he said he had "⟦p:a|taken that into account⟧" in his report.
"⟦d:c|And having taken it into account, doctor, what is your conclusion?⟧" Ms Welsh asked.
"⟦d:a|That these injuries are more consistent with blows than with a fall.⟧"
Mrs Justice Ambrose reminded jurors that they would hear from a second pathologist. "⟦d:d|That witness has been instructed by the defence and will give evidence later this week. Please keep an open mind until you have heard from them,⟧" the judge said.

### 059
@a Delia Ortega-Banks | -
@b Brightline Home Products | -
@c Marcus Feld | Her attorney
@d Kimberly Oakes | a 44-year-old pharmacy technician
@e - | Another juror
CEDAR HOLLOW (Wire) - A jury on Friday ordered Brightline Home Products to pay $38 million to a woman who was badly burned when a "⟦s:-|QuickSeal 6⟧" pressure cooker exploded in her kitchen, finding that the company knew about the defect and kept selling the product.
Delia Ortega-Banks, 52, suffered burns to 30 percent of her body in 2021.
"⟦d:a|I've had 14 surgeries. I can't pick up my granddaughter without pain. I wanted them to have to look at me,⟧" Ortega-Banks said outside the courthouse.
Her attorney, Marcus Feld, said internal emails showed engineers had warned about the lid-lock fault "⟦p:c|at least 19 times⟧". "⟦d:c|They knew, and they kept selling it. That's what this jury found,⟧" Feld said.
Brightline said it would appeal. "⟦d:b|We sympathize with Ms. Ortega-Banks, but we believe the evidence showed our product was safe when used as directed,⟧" the company said in a statement.
Juror Kimberly Oakes, a 44-year-old pharmacy technician, said the emails decided it. "⟦d:d|When you read an engineer writing 'someone is going to get hurt' two years before someone got hurt, there's not much left to argue about,⟧" she said.
Another juror, who declined to give his name, said deliberations took less than a day. "⟦d:e|We went in pretty much agreed,⟧" he said.

### 060
@a Yewande Afolayan | the inquiry’s chair
@b Callum Brodie | Health minister
@c Joy Ferreira | the chair of Kelvale Families for Justice
@d - | A former senior official at the authority
A public inquiry into the contamination of drinking water in Kelvale, which left more than 2,000 people ill and was linked to four deaths, has found that officials at the regional water authority “⟦p:a|chose reputation over public health⟧”.
In her 640-page final report, the inquiry’s chair, Dame Yewande Afolayan, said the authority had known within 48 hours that its treatment works had failed but waited nine days to issue a boil-water notice.
Presenting the report on Tuesday, she said: “⟦d:a:m|The people of Kelvale were not told the truth, and they were not told it because the truth was embarrassing.⟧
“⟦d:a:m|Children drank that water. Pregnant women drank that water. Patients in Kelvale General were given that water to take their medication.⟧
“⟦d:a|Every one of those nine days was a decision.⟧”
Health minister Callum Brodie told the assembly the government accepted all 31 recommendations. “⟦d:b|On behalf of the state, I apologise. It should not have taken an inquiry to establish what these families knew from the start,⟧” he said.
Joy Ferreira, the chair of Kelvale Families for Justice, whose father died in the outbreak, said: “⟦d:c|Today we were believed. Now we want to see people held to account, not just pages in a report.⟧”
A former senior official at the authority, who asked not to be named, said staff had been “⟦p:d|terrified of the board⟧”. “⟦d:d|Everyone knew. Nobody wanted to be the one to say it,⟧” the official said.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh103.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh103",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
