# ruff: noqa: E501
"""Build ``quotes_fresh123.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, immigration,
property, tax, medical and disciplinary tribunals, a court martial, and court reports
in wire, broadsheet, local-paper, tabloid, magazine and broadcaster (live-blog) styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh123-NNN``.

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
  it (``Lieutenant Colonel Fiona McAteer, prosecuting``): the appositive is the
  description. A title before the name alone is the description; this includes
  judicial and official titles (``Judge``, ``District Judge``, ``Employment Judge``,
  ``Recorder``, ``Sheriff``, ``Magistrate``, ``Senior Coroner``, ``Judge Advocate``),
  police and military ranks (``Detective Garda``, ``Detective Inspector``, ``Chief
  Constable``, ``Private``) and roles such as ``Prosecutor`` or ``Counsel to the
  inquiry``.
* The court-report role tag after a barrister's or solicitor's name (``X KC,
  prosecuting,``; ``defending``; ``mitigating``; ``for the family of Mr Lashley``;
  ``representing the family``) is the description, as the role as written.
* ``Mr Justice``, ``Mrs Justice``, ``Lord Justice`` and ``Lady Justice`` are styles:
  they are removed from the name, which leaves the surname, and are not the
  description, which then follows the order given below (``a High Court judge`` in
  the lead, else ``the judge`` at a cue). A judicial or
  peerage style that is the whole name (``Lord Ardgowan``, ``Lady Harcourt-Mills``,
  ``Lord Petherick``) is kept as the name.
* Which description wins, in order: an appositive or title attached to the speaker's
  name, usually where they are first named (``Kwabena Asante, a 41-year-old delivery driver``, ``His friend
  Rhys Tudor``); else the noun phrase by which an earlier sentence, usually the lead,
  first introduces the speaker before naming them (``A former council leader steered
  … Derek Aspinall, 66, who led …``), taken whole with a restrictive relative clause
  or modifier; else a definite description at a cue (``the judge said``); else null.
* An anonymous witness who gives evidence under a cipher or pseudonym (``W17``,
  ``AB2``, ``Patient A``, ``Victim A``, ``Mark``) has that cipher as the speaker.
* A statement read to the court by somebody else (a victim impact statement read by
  a prosecutor, a family liaison officer or a relative) belongs to its author.
  Recordings played and messages read out in court belong to whoever said or wrote
  them, not to the barrister who produced them.
* A barrister's questions in examination or cross-examination are that barrister's
  direct speech; in an exchange of alternating quote-only paragraphs each turn
  belongs to the person whose turn it is.
* A written judgment or decision (``she wrote``, ``the judgment said``) is the judging
  person's speech when that person is named; a tribunal speaking as a body (``the
  tribunal said in its award``) is an organisation speaker.
* Words shouted or mouthed in court by an identified person are ``direct``; a shout
  from the public gallery by somebody unidentified has a null speaker and, where the
  passage gives one, a description (``One woman in the public gallery``). Unnamed
  groups (``activists``, ``campaigners``, ``the victim's family``) are a description
  with a null speaker.
* US-style punctuation inside the closing mark belongs to the span.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh123.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh123.jsonl")

PASSAGES = """
### 001
@a Kwabena Asante | a 41-year-old delivery driver
@b Harriet Lowry | defending
@c Simon Ferraby | prosecuting
A delivery driver has told a jury he saw a man in a grey hooded top “⟦p:a|walking quickly, not running⟧” away from a tower block in Carrow Heath minutes after his neighbour was fatally stabbed.
Kwabena Asante, a 41-year-old delivery driver, was giving evidence on the third day of the trial of Declan Shorrock, 27, who denies murdering Ryan Mabey on a stairwell of Ingram House on 14 February.
“⟦d:a|I went out to the van and I saw him come down the ramp. He looked at me and then he looked away,⟧” Mr Asante told Lindfield Crown Court.
Simon Ferraby KC, prosecuting, asked: “⟦d:c|Could you see his face?⟧”
“⟦d:a|Half of it. The hood was up, but I saw his chin and his mouth. He had a little beard.⟧”
Under cross-examination, Harriet Lowry KC, defending, reminded him that it had been dark and raining heavily.
“⟦d:b|You told the officers that night that you couldn’t describe him at all, didn’t you?⟧” she said.
“⟦d:a|I was in shock. It came back to me later.⟧”
“⟦d:b|It came back to you after you had seen Mr Shorrock’s photograph in the Lindfield Echo, didn’t it?⟧”
“⟦d:a|No. That’s not right,⟧” the witness replied.
Mr Shorrock, of Tanner Street, Lindfield, denies murder. The trial continues.

### 002
@a Nuala Kerrigan | Judge
@b Bernadette Oyelaran | retired teacher
@c Craig Denholm | A SILVER-tongued conman
@d Owen Pask | mitigating
@e Eileen Marsh | Another victim
@f - | One woman in the public gallery
A SILVER-tongued conman was jailed for seven years yesterday for fleecing three widows he met at ballroom dancing classes out of £240,000.
Craig Denholm, 52, told the women he was a retired airline pilot who needed cash to unlock a "⟦s:-|frozen⟧" inheritance in Spain.
In reality he was a twice-bankrupt former carpet fitter who blew the lot on a Jaguar, online poker and a month in Lanzarote.
Jailing him at Wexcombe Crown Court, Judge Nuala Kerrigan said: "⟦d:a:m|You targeted women who had recently lost their husbands, precisely because they were lonely and trusting.⟧
"⟦d:a|You took their savings, and you took something much harder to replace: their faith in other people.⟧"
Retired teacher Bernadette Oyelaran, 71, who lost £96,000, said in a statement read to the court: "⟦d:b|I sold my husband's car to give him that money. I still can't bring myself to tell my children how stupid I was.⟧"
Another victim, Eileen Marsh, 68, wrote: "⟦d:e|He held my hand at my husband's graveside. I will never forgive him for that.⟧"
Owen Pask, mitigating, said Denholm was "⟦p:d|deeply ashamed⟧" and had been in the grip of a gambling addiction for a decade.
"⟦d:c|I did love you, Bernie,⟧" the 52-year-old shouted as he was led to the cells.
One woman in the public gallery shouted back: "⟦d:f|Get him out of here.⟧"

### 003
@a Rhian Moss | Prosecutor
@b Gethin Pryce | defending
@c Aled Vaughan-Jones | A Cwmderi farmer
@d Anwen Roberts | chair of the bench
A Cwmderi farmer was found asleep at the wheel of his Land Rover in a lay-by with the engine running and almost three times over the drink-drive limit, magistrates heard.
Aled Vaughan-Jones, 58, of Pen-y-Bryn Farm, admitted being in charge of a vehicle while over the limit when he appeared before Aberwen Magistrates’ Court on Monday.
Prosecutor Rhian Moss said a passing motorist called police at about 11.40pm on 3 March. “⟦d:a|Officers found the defendant slumped over the steering wheel with the headlights on and the heater running,⟧” she said. “⟦d:a|He told them he had ‘only had a couple’ at a family christening.⟧”
A breath test showed 97 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.
Gethin Pryce, defending, said his client had “⟦p:b|made the sensible decision not to drive⟧” and had pulled over to sleep it off.
“⟦d:b|He accepts he should have walked or called his son. He is mortified to be here,⟧” Mr Pryce said. “⟦d:b|He has farmed in this valley for forty years and has never been in trouble.⟧”
Asked by the bench if he had anything to add, the farmer said quietly: “⟦d:c|Only that I’m sorry. It won’t happen again.⟧”
Chair of the bench Anwen Roberts told him: “⟦d:d|We accept you did not intend to drive, but you were in charge of a vehicle on a public road in that state.⟧”
He was fined £620, ordered to pay £85 costs and a £248 surcharge, and given 10 penalty points.

### 004
@a Imogen Thackray | the senior coroner for Alderley and Wyre
@b Farid Haddad | a consultant pathologist
@c Siobhan Keane | His mother
@d Alderley Community Health Trust | -
A coroner has warned that more young men will die unless mental health services in Alderley share information "⟦p:a|properly and promptly⟧", after an inquest into the death of a 19-year-old student.
Conor Keane was found dead at his flat in Wyre Bridge in November, eleven days after being discharged from the care of a crisis team.
The inquest at Alderley Coroner's Court heard that a referral letter from his GP had been sent to an email inbox that nobody had monitored since the previous spring.
Dr Farid Haddad, a consultant pathologist, gave the medical cause of death. "⟦d:b|There were no injuries to suggest the involvement of any other person,⟧" he said.
His mother, Siobhan Keane, told the hearing her son had been "⟦p:c|a funny, gentle boy who hated to be a bother to anyone⟧".
"⟦d:c|He asked for help three times. Three times. I don't know what more he was supposed to do,⟧" she said.
Recording a narrative conclusion, the senior coroner for Alderley and Wyre, Imogen Thackray, said: "⟦d:a:m|Conor was let down not by one person but by a system in which nobody knew who was responsible for him.⟧
"⟦d:a|I will be writing to the trust and to the Department of Health to ask what is being done, because I am not satisfied that it is enough.⟧"
In a statement, Alderley Community Health Trust said it had "⟦p:d|apologised unreservedly⟧" to the family and had changed its referral process. "⟦d:d|Our thoughts remain with Conor's family and friends,⟧" the trust said.

### 005
@a Marguerite Olusanya | counsel to the inquiry
@b Anthony Sellwood | The former chief executive of Brackwater Hospitals NHS Trust
@c Lachlan Dunmore | the inquiry’s chair
The former chief executive of Brackwater Hospitals NHS Trust has told the maternity inquiry he was “⟦p:b|never once⟧” shown the midwives’ letter warning of unsafe staffing on the Rosewood unit.
Anthony Sellwood, who led the trust from 2014 to 2021, spent most of Tuesday being questioned by counsel to the inquiry, Marguerite Olusanya KC.
Ms Olusanya showed him a letter signed by 23 midwives in March 2018. “⟦d:a|It was addressed to you personally. It was logged by your office. Where did it go?⟧” she asked.
“⟦d:b|I genuinely don’t know. I have asked myself that question many times,⟧” Mr Sellwood said.
“⟦d:a|Is it possible that you read it and decided it was not a priority?⟧”
“⟦d:b:m|No. I would remember. If I had read that a third of the unit’s midwives were saying babies were at risk, I would have acted that day.⟧
“⟦d:b|What I accept, and I want to say this clearly to the families, is that I built an office in which a letter like that could disappear. That is on me.⟧”
Several parents in the hearing room shook their heads.
Later the inquiry’s chair, Lachlan Dunmore, asked why the board minutes for that month had recorded staffing on the unit as “⟦s:-|green⟧”.
“⟦d:c|Who decided it was green, Mr Sellwood?⟧”
“⟦d:b|The director of nursing would have reported it, sir.⟧”
The hearing continues on Thursday, when the former director of nursing, Pauline Ameh, is due to give evidence.

### 006
@a Marek Zieliński | a warehouse supervisor at Hallbeck Logistics' depot in Sturley
@b Sunita Varma | Employment Judge
@c Hallbeck Logistics | -
@d Dean Colclough | a new shift manager
@e - | A spokeswoman for the Distribution Workers' Union
A warehouse supervisor who was repeatedly called "⟦s:-|Drago⟧" and told to "⟦p:d|go back to picking potatoes⟧" has won his claim for race-related harassment against a logistics firm.
Marek Zieliński, a warehouse supervisor at Hallbeck Logistics' depot in Sturley, told the Midlands East employment tribunal that the comments became "⟦p:a|a daily thing⟧" after a new shift manager, Dean Colclough, arrived in 2021.
"⟦d:a|At first I laughed because that is what you do. Then I stopped laughing and he got worse,⟧" Mr Zieliński said in his witness statement.
Mr Colclough told the hearing the remarks were "⟦p:d|banter⟧" and that Mr Zieliński "⟦p:d|gave as good as he got⟧".
"⟦d:d|Nobody ever complained to me. If he'd said something I'd have stopped,⟧" he said.
In her written judgment, Employment Judge Sunita Varma rejected that account. "⟦d:b|The word 'banter' does not make a remark acceptable. It usually means the person making it knows it is not,⟧" she wrote.
"⟦d:b|We found Mr Zieliński to be a careful, honest witness who was, if anything, inclined to understate what happened to him.⟧"
Hallbeck Logistics said it "⟦p:c|accepted the tribunal's findings⟧" and that Mr Colclough no longer worked for the company.
A spokeswoman for the Distribution Workers' Union, which backed the claim, said: "⟦d:e|This was not a one-off. Workers at that site have been raising this for years.⟧"
A remedy hearing will decide compensation.

### 007
@a Andre McKenzie | A man who has lived in Britain since he was six
@b Halima Yusuf | Upper Tribunal Judge
@c Peter Oduya | the Home Office presenting officer
@d Kezia McKenzie | His eldest daughter
@e - | A Home Office spokesperson
A man who has lived in Britain since he was six has won his appeal against deportation after a judge ruled that removing him would be “⟦p:b|unduly harsh⟧” on his three children.
Andre McKenzie, 38, was served with a deportation order in 2022 after serving a prison sentence for supplying cannabis.
At a hearing in Manchester, the Home Office presenting officer, Peter Oduya, argued that Mr McKenzie had “⟦p:c|chosen, as an adult, to commit serious offences⟧” and that his children could keep in contact “⟦p:c|by video call and visits⟧”.
Mr McKenzie told the tribunal: “⟦d:a|I don’t know anyone there. I don’t know the streets, I don’t know how to get a job, I don’t even know the money. Everything I have is here.⟧”
His eldest daughter, Kezia McKenzie, 15, wrote in a letter to the judge: “⟦d:d|My dad is the one who gets me to school and makes me do my maths. Please don’t take him.⟧”
In her decision, Upper Tribunal Judge Halima Yusuf said the earlier tribunal had made “⟦p:b|a material error of law⟧” in failing to consider the children’s evidence properly.
“⟦d:b|A video call is not a substitute for a parent,⟧” she wrote. “⟦d:b|I find that the effect of deportation on these children would go well beyond the distress that is the ordinary consequence of a parent’s removal.⟧”
A Home Office spokesperson said: “⟦d:e|We are disappointed by the judgment and are considering our next steps.⟧”

### 008
@a Renata Villalobos | Assistant U.S. Attorney
@b Yolanda Baptiste | defense attorney
@c Garrett Lindqvist | The former treasurer of Okanee County
@d Everett Haines | U.S. District Judge
@e Dolores Whitcomb | county clerk
MARLOWE FALLS (AP) — The former treasurer of Okanee County took the witness stand in his own defense Wednesday, telling jurors he moved $1.3 million of public money into a private account because he "⟦p:c|honestly believed⟧" it would be safer there.
Garrett Lindqvist, 61, is charged with wire fraud and embezzlement. Prosecutors say he used the money to pay off gambling debts and to buy a lake house.
"⟦d:c|I made a terrible judgment call. I did not steal from the people of this county,⟧" Lindqvist told the jury, his voice breaking.
Under cross-examination, Assistant U.S. Attorney Renata Villalobos asked him why the account had been opened in his sister's name.
"⟦d:c|Because the bank told me it would be faster,⟧" he said.
"⟦d:a|Faster than what, Mr. Lindqvist?⟧" Villalobos asked. "⟦d:a|Faster than the auditors?⟧"
"⟦d:b|Objection, your honor. Counsel is testifying,⟧" said defense attorney Yolanda Baptiste.
"⟦d:d|Sustained. Rephrase it,⟧" U.S. District Judge Everett Haines said.
Earlier Wednesday, county clerk Dolores Whitcomb testified that she had raised concerns about missing deposits in 2019. "⟦d:e|I was told to mind my own business, more or less in those words,⟧" Whitcomb said.
Closing arguments are expected Friday.

### 009
@a Brett Kowalczyk | Police prosecutor
@b Tamsin O’Loughlin | Magistrate
@c Hamish Tranter | Defence lawyer
@e Chloe Papadakis | Mr Papadakis’s sister
A 23-year-old man accused of a one-punch attack that left a father of two fighting for his life outside a Port Wallace nightclub has been refused bail.
Jayden Corbell appeared in Port Wallace Local Court via video link from the Sallow Creek watch house on Monday, charged with recklessly causing grievous bodily harm.
Police prosecutor Sergeant Brett Kowalczyk told the court the alleged victim, 34-year-old electrician Nikos Papadakis, remained in an induced coma at Port Wallace Base Hospital.
“⟦d:a|It is alleged the accused struck him once, from behind, while he was on his phone waiting for a taxi,⟧” Sgt Kowalczyk said. “⟦d:a|He was unconscious before he hit the ground.⟧”
Defence lawyer Hamish Tranter said his client had no criminal history and would live with his grandparents on a property outside town. “⟦d:c|He’s not going anywhere. He’s got nowhere to go,⟧” Mr Tranter said.
Magistrate Tamsin O’Loughlin was not persuaded. “⟦d:b|The allegation is of a cowardly and unprovoked act of violence with potentially catastrophic consequences,⟧” she said. “⟦d:b|Bail is refused.⟧”
Corbell, wearing a grey tracksuit, showed no emotion.
Outside court, Mr Papadakis’s sister, Chloe Papadakis, said the family was “⟦p:e|taking it hour by hour⟧”.
“⟦d:e|Nik is the kindest person you’ll ever meet. He’d give you his last dollar,⟧” she said. “⟦d:e|We just want him to wake up.⟧”
The matter will return to court in June.

### 010
@a Rowntree | -
@b Femi Adeyemi | A man who spent nine years in prison for an armed robbery he has always denied
@c Grace Lindahl | His solicitor
@d Criminal Cases Review Commission | -
@e Crown Prosecution Service | -
A man who spent nine years in prison for an armed robbery he has always denied has had his conviction quashed by the Court of Appeal, which found that police failed to disclose evidence pointing to another suspect.
Femi Adeyemi, 44, was convicted in 2013 of robbing a post office in Halsworth at gunpoint. His case was referred back to the court by the Criminal Cases Review Commission last year.
Giving the judgment of the court, Lady Justice Rowntree said the undisclosed material "⟦p:a|went to the heart of the identification evidence⟧".
"⟦d:a|Had the jury known that a witness described the robber as at least six inches shorter than the appellant, and that a second man had been arrested and released, we cannot be sure that they would have convicted,⟧" she said.
"⟦d:a|The conviction is unsafe and must be quashed.⟧"
Speaking outside the court, Mr Adeyemi said: "⟦d:b|I walked into that prison a young man and I've come out with grey hair. Nobody can give me that back. But today somebody finally said it out loud: I didn't do it.⟧"
His solicitor, Grace Lindahl, called for an inquiry into "⟦p:c|how this material sat in a police storeroom for a decade while an innocent man sat in a cell⟧".
The Criminal Cases Review Commission said it welcomed the ruling. "⟦d:d|This case shows exactly why independent review matters,⟧" it said.
The Crown Prosecution Service said it "⟦p:e|respected the court's decision⟧" and would not seek a retrial.

### 011
@a Kayleigh Roper | Widow
@c Jordan Hatherley | A THUG
@d Alistair Munro | Recorder
@e Pam | Darren's mum
@f - | the victim's family
A THUG was caged for just four years yesterday for killing a dad-of-three with a single punch in a row over a kebab shop queue – as the victim's family screamed “⟦d:f|Disgrace!⟧” from the public gallery.
Jordan Hatherley, 24, floored Darren Roper, 38, outside Kebab Kingdom in Shelby Road, Grimsworth, in the early hours of New Year's Day.
Widow Kayleigh Roper, 32, told Grimsworth Crown Court in a heartbreaking statement: “⟦d:a:m|Our youngest is three. She still waits by the window for her daddy's van.⟧
“⟦d:a|I have to tell her every night he's not coming. How do you explain that to a baby?⟧”
Darren's mum Pam, 61, said: “⟦d:e|He went out for chips and he came home in a box.⟧”
Hatherley, who admitted manslaughter, sobbed in the dock and mouthed “⟦d:c|sorry⟧” to the family.
Recorder Alistair Munro told him: “⟦d:d|You did not intend to kill Mr Roper, but one punch was all it took. You will have to live with that for the rest of your life.⟧”
Outside court, Kayleigh fumed: “⟦d:a|Four years for a life. He'll be out in two. Where's the justice in that?⟧”

### 012
@a - | A 15-year-old boy who cannot be named for legal reasons
@b Kamal Siddiqui | District Judge
@c Fiona Blackwood | prosecuting
@d - | His mother
A 15-year-old boy who cannot be named for legal reasons has admitted setting fire to a disused cricket pavilion in Hollins Vale, causing £80,000 of damage.
Fiona Blackwood, prosecuting, told Castlebridge Youth Court: "⟦d:c|CCTV shows three youths arriving at the pavilion at about 9pm. Within minutes there is smoke coming from the scorers' hut.⟧"
The boy, who was accompanied by his mother, told the court: "⟦d:a|It was meant to be a small fire. We didn't think the whole thing would go up.⟧"
District Judge Kamal Siddiqui asked him: "⟦d:b|Did you think about the people who used that pavilion? The children who played cricket there every Saturday?⟧"
"⟦d:a|No. I do now,⟧" the boy replied.
His mother said outside court that he had been "⟦p:d|going off the rails⟧" since his father left and was "⟦p:d|ashamed of himself⟧".
"⟦d:d|He's not a bad lad. He's a stupid lad, and he knows it,⟧" she said.
The boy was given a 12-month referral order and told to write a letter of apology to Hollins Vale Cricket Club.

### 013
@a Temi Akinola | His sister
@b - | the jury’s foreperson
@c Gary Latimer | Prison officer
@d Deborah Crane | Area coroner
@e Prison Service | -
@f Sheena Bhattacharya | representing the family
A jury at an inquest into the death of a man at HMP Draycott has found that neglect contributed to his death, after hearing that checks on his cell were recorded but never carried out.
Lewis Akinola, 29, was found unresponsive in his cell on the morning of 8 August 2022. He had been on a suicide-prevention plan for three weeks.
Prison officer Gary Latimer admitted under questioning that he had signed the observation log for 2am and 4am without looking into the cell.
“⟦d:c|I was on my own on the landing with 60 men. I filled it in at the end of the shift. I know it was wrong,⟧” he said.
“⟦d:f|Was that normal on that wing?⟧” asked Sheena Bhattacharya, representing the family.
Mr Latimer paused before replying: “⟦d:c|It happened. I won’t pretend it didn’t.⟧”
Returning the conclusion, the jury’s foreperson read: “⟦d:b|There was a failure to carry out the observations required by his care plan. Had they been carried out, there is a real possibility that Lewis would have been found alive.⟧”
Area coroner Deborah Crane thanked the jurors and said she would issue a report to prevent future deaths. “⟦d:d|I am deeply concerned by what I have heard about staffing levels on that wing,⟧” she said.
His sister, Temi Akinola, said outside court: “⟦d:a|Lewis told them he was struggling. They wrote it down and then they went to sleep. We have waited two years for someone to say that.⟧”
The Prison Service said: “⟦d:e|Our sympathies remain with Mr Akinola’s family. We will consider the jury’s findings carefully.⟧”

### 014
@a Alasdair Crichton | counsel to the inquiry
@b Maureen Quigley | a signaller with 30 years of experience
@c Ravinder Sahota | The chair
@d Tony Rafferty | -
A signaller on duty on the night of the Glenmorran derailment told the public inquiry she had been working «⟦p:b|on fumes⟧» after a run of double shifts forced by staff shortages.
Maureen Quigley, a signaller with 30 years of experience, was giving evidence for a second day at the inquiry, which is examining the crash that killed four people on the Corran Valley line in January last year.
Alasdair Crichton KC, counsel to the inquiry, asked her about a call she received from the train’s driver four minutes before the derailment.
«⟦d:a|He told you he could see water over the rails ahead. What did you understand by that?⟧»
«⟦d:b|I understood that the line might be flooded and he should proceed with caution. That is what I told him,⟧» Mrs Quigley said.
«⟦d:a|Did you consider stopping the train?⟧»
«⟦d:b|I did. I looked at the weather alerts and there was nothing for that section. I thought he was being careful. He was a careful driver.⟧»
She broke down as she added: «⟦d:b|I think about that call every night.⟧»
The chair, Sir Ravinder Sahota, offered her a break. «⟦d:c|Take as long as you need, Mrs Quigley. There is no hurry,⟧» he said.
Outside the hearing centre in Dunholm, Tony Rafferty, whose son Liam was among those killed, said he did not blame the signaller. «⟦d:d|She is a human being who was being asked to do too much. The people who should be sitting in that chair are the ones who cut the staff,⟧» he said.

### 015
@a Adaeze Okonkwo | a senior staff nurse at Stellhurst General Hospital
@b Stellhurst Hospitals Trust | -
@c Tobias Wren | Employment Judge
@d Gemma Ashdown | Ward manager
@e Lucy Farrant | for the trust
A senior staff nurse who was moved onto permanent night shifts weeks after reporting that patients on a dementia ward were being left in soiled beds was unfairly dismissed and subjected to detriment for whistleblowing, a tribunal has ruled.
Adaeze Okonkwo, a senior staff nurse at Stellhurst General Hospital, had worked there for 17 years when she raised her concerns in 2022.
``⟦d:a|I raised it because I would not want my own mother left like that,⟧'' Ms Okonkwo told the hearing. ``⟦d:a|After that I was a troublemaker. Nobody said it, but everybody knew it.⟧''
Ward manager Gemma Ashdown denied that the rota change was connected to the complaint. ``⟦d:d|The rota changed for everybody on that ward. It was nothing to do with her,⟧'' she said.
Lucy Farrant, for the trust, suggested in cross-examination that Ms Okonkwo had ``⟦p:e|exaggerated⟧'' the problems.
``⟦d:e|Did you take a single photograph? Did you make a single note at the time?⟧'' Ms Farrant asked.
``⟦d:a|I made an incident report. It is on the system with the date on it,⟧'' the nurse replied.
Employment Judge Tobias Wren found the trust's explanation for the shift change ``⟦p:c|wholly unconvincing⟧''. ``⟦d:c|The timing speaks for itself,⟧'' he wrote.
Stellhurst Hospitals Trust said it would ``⟦p:b|reflect carefully⟧'' on the judgment.

### 016
@a Lorcan Devine | a former estate agent turned crypto promoter
@b Rebecca Amoah-Grant | prosecuting
@c Jasper Kilbride | Judge
@d Hollie Stannard | a former nursery nurse who put her £38,000 savings into Vantablock
For three weeks in Court 4 at Duncaster Crown Court, the man who once called himself the "⟦s:-|Prince of Tokens⟧" has sat in the dock in a borrowed suit, taking notes on a yellow legal pad.
Lorcan Devine, 33, a former estate agent turned crypto promoter, denies nine counts of fraud connected to Vantablock, a cryptocurrency scheme that prosecutors say took £11 million from 2,400 investors. On Tuesday he finally entered the witness box, and for most of the afternoon he did what he used to do in his YouTube videos: he talked.
He told the jury: "⟦d:a:m|I believed in it. I still believe in the technology. What I didn't do well was the paperwork, and I'll hold my hands up to that.⟧
"⟦d:a|People keep saying Ponzi. A Ponzi scheme is where you know from day one there's nothing there. There was always something there. It was just slower than I said it would be.⟧"
Rebecca Amoah-Grant KC, prosecuting, let him run. Then she picked up a single sheet of paper.
"⟦d:b|This is the video you posted on 3 June 2022. You say, and I quote, 'Your money is one hundred per cent safe with me.' Was it?⟧"
"⟦d:a|In my head, yes.⟧"
"⟦d:b|In your head. And where was it in reality, Mr Devine?⟧"
"⟦d:a|Some of it was in a trading account.⟧"
"⟦d:b|And some of it was in a Lamborghini, wasn't it?⟧"
There was a pause long enough for Judge Jasper Kilbride to look up from his notes. "⟦d:c|Do you need the question repeated, Mr Devine?⟧" he asked.
"⟦d:a|No, your honour. Yes, some of it went on the car.⟧"
Outside court, Hollie Stannard, a former nursery nurse who put her £38,000 savings into Vantablock, had watched every minute. "⟦d:d|He's still selling,⟧" she said. "⟦d:d|Even now, in there. He can't help himself.⟧"

### 017
@a Lord Ardgowan | The judge
@c Ishbel Rennie | Advocate depute
@d Euan Mackie | McIlwraith’s solicitor advocate
@e Moira Drysdale | Mr Drysdale’s daughter
A man who broke into the home of an 84-year-old widower in Kilbrannan and left him lying injured on his kitchen floor has been jailed for 11 years for culpable homicide.
Scott McIlwraith, 46, had admitted the charge at an earlier hearing at the High Court in Dunmarnock.
Advocate depute Ishbel Rennie told the court that Archibald Drysdale was found by a carer the following morning and died in hospital nine days later. “⟦d:c|He had been on the floor for around 14 hours. He had tried to reach the telephone,⟧” she said.
McIlwraith’s solicitor advocate, Euan Mackie, said his client had been “⟦p:d|in the grip of a heroin addiction⟧” and had believed the house was empty.
“⟦d:d|He did not strike Mr Drysdale. He pushed past him in a panic. He accepts that is no excuse whatsoever,⟧” Mr Mackie said.
The judge, Lord Ardgowan, told McIlwraith: “⟦d:a:m|You left a frail, frightened man on the floor of his own home and walked away with £60 and a wristwatch.⟧
“⟦d:a|Whatever your intentions when you went in, your conduct when you left was callous in the extreme.⟧”
Speaking outside court, Mr Drysdale’s daughter, Moira Drysdale, said: “⟦d:e|Dad was a proud man who never locked his back door in his life, because he never had to. That’s been taken from all of us.⟧”

### 018
@a Aoife Ní Bhriain | Detective Garda
@b Ronan Fitzgibbon | defending
@c Cormac Hanratty | Judge
@d Thomas Mulqueen | A father of four
A father of four has been jailed for four years after he was caught with cannabis worth €410,000 in the back of a van at a Garda checkpoint outside Ballykeeran.
Thomas Mulqueen, 39, of Slievenamon Park, Ballykeeran, pleaded guilty at Carrabane Circuit Criminal Court to possession of the drugs for sale or supply.
Detective Garda Aoife Ní Bhriain told the court the drugs were found in 41 vacuum-packed bags behind a pallet of bottled water. "⟦d:a|He said nothing at the scene other than to ask could he ring his wife,⟧" she said.
In interview, Mulqueen told gardaí: "⟦d:d|I was only minding the van for a fella. I didn't ask what was in it and he didn't tell me.⟧"
Ronan Fitzgibbon SC, defending, said his client had run up debts of €30,000 after his business failed during the pandemic and had been "⟦p:b|a courier and nothing more⟧".
"⟦d:b|Would you accept he was at the bottom of the ladder in this enterprise?⟧" Mr Fitzgibbon asked the detective.
"⟦d:a|I would accept he was not the organiser, judge,⟧" Det Gda Ní Bhriain replied.
Judge Cormac Hanratty said the courier's role was "⟦p:c|essential to the trade⟧" and imposed a sentence of six years, suspending the final two. "⟦d:c|People like Mr Mulqueen are the ones who get caught, but they are also the ones without whom none of this would work,⟧" the judge said.

### 019
@a Geneviève Lachance | a crossing guard for 12 years
@b Sophie Carrier-Lemay | Crown prosecutor
@c Daniel Wirth | defence lawyer
@d Hélène Marchand | Judge
A crossing guard who saw a snowplow strike a seven-year-old girl outside École Sainte-Brigitte told a Saint-Aurèle courtroom on Tuesday that the vehicle «⟦p:a|never slowed down⟧».
Geneviève Lachance, a crossing guard for 12 years, testified in French at the trial of Raymond Poirier, 57, who is charged with dangerous driving causing the death of Maëlle Fortin in January 2023.
«⟦d:a|Il n’a jamais ralenti. Jamais,⟧» she told the court, words the interpreter rendered as «⟦d:a|He never slowed down. Never.⟧»
«⟦d:b|Where were you standing when you first saw the plow?⟧» asked Crown prosecutor Sophie Carrier-Lemay.
«⟦d:a|In the middle of the crosswalk, with my sign up, like every morning,⟧» Lachance said.
Under cross-examination, defence lawyer Daniel Wirth suggested blowing snow would have blinded the driver. «⟦d:c|You could barely see the end of the street yourself that morning, couldn’t you?⟧» he asked.
«⟦d:a|I could see the plow. If I could see him, he could see me,⟧» she replied.
Judge Hélène Marchand called a short recess when the girl’s mother left the courtroom in tears. «⟦d:d|We will take 15 minutes,⟧» she said.

### 020
@b Stephen Ellery | Judge
@c Priya Chand | Defence lawyer
@d Rawiri Paewai | Her father
@e Mereana Paewai | Her grandmother
@f Brodie Kenning | -
The family of Aroha Paewai filled the public gallery of the Kaiwhata District Court on Friday, many wearing T-shirts printed with her photograph and the words “⟦s:-|Forever 19⟧”.
Brodie Kenning, 27, had earlier pleaded guilty to driving with excess breath alcohol causing death. He was more than twice the limit when his ute crossed the centre line on Rangitaia Road and struck Aroha’s car head-on in March.
Her father, Rawiri Paewai, read his statement standing a few metres from the dock. “⟦d:d|I used to tell her to text me when she got home. That night the text never came. At 2am the police came instead,⟧” he said.
“⟦d:d:m|I’m not here to hate you, Brodie. I’ve thought about it and I don’t have the energy for it.⟧
“⟦d:d|But I want you to know what you took. She was going to be a midwife. She’d already done a year.⟧”
Her grandmother, Mereana Paewai, spoke in te reo Māori. “⟦d:e|Ko Aroha tōku taonga,⟧” she said, before repeating in English: “⟦d:e|Aroha is my treasure.⟧”
Defence lawyer Priya Chand said her client had written a letter to the family and had not drunk alcohol since the crash. “⟦d:c|He does not ask for forgiveness. He knows he has no right to it,⟧” Ms Chand said.
Judge Stephen Ellery sentenced Kenning to three years and two months’ imprisonment and disqualified him from driving for four years. “⟦d:b|No sentence this court can impose will reflect the value of Aroha’s life. That is not what sentencing does,⟧” the judge said.
Kenning could be heard whispering “⟦d:f|I’m sorry⟧” as he was led away.
### 021
@a Grace Wambui Njoroge | a 67-year-old widow
@b Samuel Kiprono | Chief Magistrate
@c Cliff Omondi | for the accused
@d Office of the Director of Public Prosecutions | -
@e Julius Mwangi Karanja | A former land registrar
@f - | activists
MARUTA, Kenya (Reuters) - A former land registrar was charged on Monday with forging title deeds to seize more than 40 acres belonging to a widow, in a case that activists say exposes "⟦p:f|industrial-scale⟧" land fraud in the region.
Julius Mwangi Karanja, 58, pleaded not guilty at the Maruta Law Courts to forgery, conspiracy to defraud and abuse of office. He was released on a bond of 2 million shillings.
"⟦d:e|I am innocent, and I will prove it,⟧" Karanja told journalists as he left the courtroom.
Grace Wambui Njoroge, a 67-year-old widow, said she learned the land was no longer hers when a bulldozer arrived at her gate. "⟦d:a|They came with papers saying a company owned my husband's land. My husband is buried on that land,⟧" she said.
"⟦d:a|I have been going to offices for six years. Today is the first time I have seen anyone in a courtroom.⟧"
Cliff Omondi, for the accused, told Chief Magistrate Samuel Kiprono that his client was "⟦p:c|a civil servant who processed documents presented to him in good faith⟧".
"⟦d:c|My client is being made a scapegoat for a system that he did not design,⟧" Omondi said.
Kiprono warned both sides against discussing the evidence publicly. "⟦d:b|This matter will be tried in this court, not on the radio,⟧" he said.
The Office of the Director of Public Prosecutions said in a statement it had "⟦p:d|sufficient evidence⟧" to proceed and that further arrests were expected.

### 022
@a Lee Tapsell | the driver of the lorry
@b Harjeet Dhillon | Assistant Coroner
@c Niamh Calloway | His partner
@d Fenmouth Cycle Forum | -
@e Abdul Rahim | a forensic collision investigator
A lorry driver declined to answer questions at the inquest into the death of a cyclist who was crushed at a junction in Fenmouth, on the grounds that he could face prosecution.
Ben Hartigan, 36, a secondary school music teacher, died at the junction of Quay Road and Bridge Street on 2 May last year when a tipper lorry turned left across his path.
Lee Tapsell, the driver of the lorry, confirmed his name and address but told the court: “⟦d:a|On legal advice I won’t be answering any questions about the collision.⟧”
Assistant Coroner Harjeet Dhillon told him that was his right. “⟦d:b|No one can be compelled to give evidence that might incriminate them. I will draw no conclusion from it, and neither should anyone else,⟧” she said.
PC Abdul Rahim, a forensic collision investigator, said the lorry’s nearside mirror was “⟦p:e|correctly adjusted⟧” but that Mr Hartigan would have been in a blind spot for “⟦p:e|two to three seconds⟧” as the vehicle began to turn.
“⟦d:e|Had the lorry been fitted with a side-detection camera, the driver would have had an audible warning,⟧” he said.
His partner, Niamh Calloway, described him as “⟦p:c|the calmest man in Fenmouth⟧”. “⟦d:c|He cycled to school every day because he said it was the only time nobody could ask him anything,⟧” she said.
Recording a conclusion of road traffic collision, the coroner added: “⟦d:b|I shall be writing to the haulage company about the fitting of cameras to its fleet.⟧”
Fenmouth Cycle Forum said afterwards that the junction was “⟦p:d|a known danger⟧” and called for it to be redesigned.

### 023
@a Olumide Bakare | a conductor with Westmoor Trains for 14 years
@b Westmoor Trains | -
@c Rhodri Evans | Employment Judge
@e Karen Pilling | his line manager
A train conductor who was passed over for promotion six times and told by a manager that he was not the right fit for the job has won a race discrimination claim.
Olumide Bakare, a conductor with Westmoor Trains for 14 years, applied for a senior conductor role on six occasions between 2018 and 2023.
The employment tribunal in Brayford heard that after his fifth rejection his line manager, Karen Pilling, told him in a feedback meeting he was "⟦p:e|not the right fit for the public face of the company⟧".
"⟦d:a|I asked her what that meant. She said, 'You know what I mean, Olu.' I said I didn't, and she just smiled,⟧" Mr Bakare told the tribunal.
Mrs Pilling denied making the remark. "⟦d:e|I would never say something like that. I was talking about his customer service scores,⟧" she said.
Employment Judge Rhodri Evans found her account "⟦p:c|inconsistent and, in places, implausible⟧". In the judgment, he wrote: "⟦d:c|We do not accept that a reference to the 'public face' of the company had anything to do with customer service scores. No such scores were ever produced.⟧"
Westmoor Trains said: "⟦d:b|We take these findings extremely seriously and have commissioned an independent review of our promotion processes.⟧"

### 024
@a W17 | A police marksman
@b Nadia Rahmani | Counsel to the inquiry
@c Kenneth Obi | The inquiry’s chairman
@d Imran Chaudhry | for the family of Mr Lashley
@e Beverley Lashley | Mr Lashley’s mother
@f - | a man in the gallery
A police marksman told a public inquiry he “⟦p:a|genuinely and honestly believed⟧” that the man he shot dead in a Harnley car park was reaching for a gun.
The officer, known as W17, gave evidence from behind a screen. He said he fired twice when Kieron Lashley’s right hand moved towards the footwell of the car.
Counsel to the inquiry, Nadia Rahmani KC, asked why the firearms team had not waited, as its own “⟦s:-|contain and call out⟧” tactic suggested.
“⟦d:b|You had the car boxed in by two vehicles. He wasn’t going anywhere. Why not wait?⟧” Ms Rahmani asked.
“⟦d:a|Because I believed that if I waited one more second, one of my colleagues would be dead,⟧” W17 replied.
No gun was found in the car. A replica pistol was recovered from a bag in the boot.
Imran Chaudhry KC, for the family of Mr Lashley, put it to the officer that the 24-year-old had been reaching for his phone. “⟦d:d|To call his mum, as he always did when he was frightened. That’s what he was doing, isn’t it?⟧”
“⟦d:a|I didn’t know what he was reaching for. I know what I believed,⟧” the officer said.
At that point a man in the gallery shouted “⟦d:f|Liar!⟧”. The inquiry’s chairman, Kenneth Obi, asked for quiet. “⟦d:c|I understand the strength of feeling, but this witness must be allowed to answer,⟧” he said.
Outside, Mr Lashley’s mother, Beverley Lashley, said: “⟦d:e|We came here for the truth. Today we heard a story.⟧”

### 025
@a Morag Lennie | Sheriff
@b Dale Fairbairn | A dog owner
@c Aileen Shand | Procurator fiscal depute
@d Kirsty Hendry | postwoman
@e Caledon Post | -
@f Grant Mowat | His solicitor
A dog owner has been fined £1,200 and his American bulldog ordered to be destroyed after it savaged a postwoman on her round in Inverbrackie.
Dale Fairbairn, 31, admitted being the owner of a dog which was dangerously out of control when he appeared at Inverbrackie Sheriff Court.
Procurator fiscal depute Aileen Shand said postwoman Kirsty Hendry, 45, had later told police the dog, called Tyson, "⟦p:d|came through a gap in the fence like a train⟧".
"⟦d:c|She was knocked to the ground and bitten on both forearms and the thigh. She required 40 stitches,⟧" Ms Shand said.
In a victim statement, Ms Hendry said: "⟦d:d|I have done this job for 22 years. I now shake every time I walk up a garden path.⟧"
His solicitor, Grant Mowat, said Fairbairn had "⟦p:f|no idea⟧" the fence had been damaged in a storm the previous week. "⟦d:f|He is devastated. Tyson had never shown aggression to anyone,⟧" Mr Mowat said.
Sheriff Morag Lennie made a destruction order. "⟦d:a|I have no confidence that this animal can be safely kept by you or by anyone else,⟧" she said.
Fairbairn, who was also ordered to pay £2,000 compensation, shouted "⟦d:b|He's a family dog!⟧" as he left the dock.
Caledon Post said it was "⟦p:e|pleased⟧" with the outcome and urged owners to keep their dogs secured.

### 026
@a Rocco Marchetti | Telly chef
@b Lynette Pereira | His lawyer
@c Derek Hollis | Presiding magistrate
@d Bella | his wife
@e SlowDown | Road safety charity
TELLY chef Rocco Marchetti has dodged a driving ban – after his lawyer told magistrates it would plunge his pasta empire into “⟦p:b|chaos⟧”.
The “⟦s:-|Saucy Italian⟧” star, 49, was clocked at 94mph on the Gorsebridge bypass in a Maserati, taking him to 12 points on his licence.
His lawyer, Lynette Pereira, argued that a ban would cause “⟦p:b|exceptional hardship⟧” to his 60 staff.
“⟦d:b|Mr Marchetti personally drives to every one of his six restaurants every week. Without his licence, people lose their jobs. It’s that simple,⟧” she told Gorsebridge Magistrates’ Court.
Marchetti himself took the stand and told the bench: “⟦d:a|I know how it looks. I’m not above the law. But my sous-chefs have mortgages.⟧”
Presiding magistrate Derek Hollis said the bench had accepted the argument “⟦p:c|with some hesitation⟧”. “⟦d:c|Let me be clear: this is not a get-out-of-jail-free card. Any further offence and you will be banned,⟧” he said.
Outside court, his wife Bella gushed: “⟦d:d|He's been so stressed. We're going to go home and have a big plate of spaghetti.⟧”
Road safety charity SlowDown said the decision sent “⟦p:e|a terrible message⟧” to drivers.

### 027
@a Farrington | a High Court judge
@b Hilary Okafor-Bryce | a consultant dermatologist
@c Gavin Thurlow | a wellness blogger with 400,000 followers
@d Peter Lam | for Dr Okafor-Bryce
A wellness blogger who accused a doctor of "⟦p:c|poisoning children for profit⟧" was repeatedly warned by a High Court judge on Wednesday to stop making speeches during his cross-examination of her.
Dr Hilary Okafor-Bryce, a consultant dermatologist, is suing Gavin Thurlow for libel over a series of videos and posts in 2023. Mr Thurlow, a wellness blogger with 400,000 followers, is representing himself.
Cross-examining Dr Okafor-Bryce, he asked: "⟦d:c|Isn't it true that you have never once recommended a natural alternative to steroid cream? Never once in your whole career?⟧"
"⟦d:b|That's not true. I recommend emollients every day,⟧" she replied.
"⟦d:c|Emollients made by pharmaceutical companies.⟧"
"⟦d:a|Mr Thurlow,⟧" Mr Justice Farrington interrupted, "⟦d:a|this is the fourth time I have asked you to put questions, not statements. There is no jury here to persuade.⟧"
"⟦d:c|I'm trying, my lord. I'm not a lawyer,⟧" Mr Thurlow said.
"⟦d:a|That much is clear,⟧" the judge replied.
Earlier, Peter Lam KC, for Dr Okafor-Bryce, told the court his client had received "⟦p:d|hundreds⟧" of abusive messages after the videos were posted. "⟦d:d|She has had people turn up at her clinic. She has had her children's school named online,⟧" Mr Lam said.
The trial continues.

### 028
@a Brenda Naylor | Sub-committee chair
@b Fatima Begum | a resident of Mill Row
@c Janet Cropper | Her next-door neighbour
@d Sol Adebayo | the landlord of the Weavers Arms
@e Louise Thwaite | a licensing officer
Residents of a Calderbrook terrace told councillors they had been kept awake “⟦p:b|every Friday and Saturday since Easter⟧” as they fought a pub’s bid to stay open until 2am.
Fatima Begum, a resident of Mill Row, told the licensing sub-committee she had recorded noise from the Weavers Arms on her phone on 31 separate nights.
“⟦d:b|I have two children with exams. At one in the morning there are people singing under their bedroom window. I’m not against the pub. I’m against the pub at one in the morning,⟧” she said.
Her next-door neighbour, Janet Cropper, 74, agreed. “⟦d:c|I’ve lived on Mill Row since 1972. I never once complained about that pub until this year,⟧” she said.
Sol Adebayo, the landlord of the Weavers Arms, said he had done everything asked of him. “⟦d:d|I’ve spent £40,000 on soundproofing. I’ve got door staff. I’m trying to run a business that survives, and a late licence is how pubs survive now,⟧” he told the hearing.
Sergeant Louise Thwaite, a licensing officer, said police had received “⟦p:e|a small number⟧” of calls about the premises since the spring.
Sub-committee chair Brenda Naylor asked Mr Adebayo whether he would accept a 12.30am closing time. “⟦d:a|Would that be a compromise you could live with?⟧”
“⟦d:d|I could live with it. I wouldn’t love it,⟧” he replied.
The decision will be published within five working days.

### 029
@a Ana Lúcia Ferraz | Sprinter
@b International Sports Tribunal | -
@c Athletics Integrity Agency | -
@d Jürgen Hauptmann | Her lawyer
(Reuters) - Sprinter Ana Lúcia Ferraz has lost her appeal against a four-year doping ban, with the International Sports Tribunal rejecting her claim that a banned steroid entered her system through contaminated beef.
"⟦d:b|The athlete has not established, on the balance of probability, how the prohibited substance entered her body,⟧" the tribunal said in its award published on Thursday.
"⟦d:b|Her explanation, while sincerely advanced, is not supported by the scientific evidence.⟧"
The 26-year-old, who won relay silver at the last world championships, said on social media she was "⟦p:a|destroyed but not defeated⟧".
"⟦d:a|I have never cheated. I will keep fighting to clear my name, for my family and for every clean athlete,⟧" Ferraz wrote.
Her lawyer, Jürgen Hauptmann, said the tribunal had "⟦p:d|simply ignored⟧" testing of the meat by an independent laboratory. "⟦d:d|We are studying the award and will consider a further appeal to the federal courts,⟧" he said.
The Athletics Integrity Agency, which brought the case, said the ruling "⟦p:c|sends a clear message⟧" to athletes about their responsibility for what they consume.

### 030
@a Dorothy Fairweather | A 91-year-old woman
@b Shanice Morgan-Hall | a care worker at Larchfield House
@c Marcus Eze | prosecuting
@d Kirsty Lamb | defending
@e Anand Mehta | Judge
A 91-year-old woman told a jury she knew her wedding ring had been taken “⟦p:a|the minute I woke up⟧” because she had not once removed it in 68 years of marriage.
Dorothy Fairweather gave evidence by video link from her care home in Ashby Moor, with her daughter sitting beside her.
Shanice Morgan-Hall, 29, a care worker at Larchfield House, denies stealing the ring and two other pieces of jewellery from residents.
“⟦d:a|It was on my finger when I went to sleep and it wasn’t when I woke up. My finger was sore, like somebody had pulled at it,⟧” Mrs Fairweather said.
Kirsty Lamb, defending, asked gently whether she might have taken the ring off to wash. “⟦d:d|Is it possible, Mrs Fairweather, that you took it off and forgot? It happens to all of us.⟧”
“⟦d:a|Not to me, dear. Not that ring,⟧” she replied.
Some members of the jury smiled.
Marcus Eze, prosecuting, told the jury the ring was later found at a pawnbroker’s in Ashby Moor, pawned in Ms Morgan-Hall’s name. “⟦d:c|The Crown say the explanation for that is a simple one,⟧” he said.
Giving evidence later, Ms Morgan-Hall said a friend had given her the ring to pawn. “⟦d:b|I didn’t know where it came from. I should have asked,⟧” she said.
Judge Anand Mehta told jurors to return on Monday. “⟦d:e|Please don’t discuss the case with anyone, and that includes the internet,⟧” he said.

### 031
@a Kettleborough | the judge
@b Harpreet Gill | his wife
@c Manpreet Sandhu | Jaswinder's sister
@d Samuel Adu | for Bexley
A 22-year-old driver who was filming himself on his phone at 110mph when he crashed into a family's car, killing a father and his two sons, has been jailed for 14 years.
Connor Bexley pleaded guilty at Hallamford Crown Court to three counts of causing death by dangerous driving.
Jaswinder Gill, 41, and his sons Arjun, 12, and Kabir, 9, died at the scene on the Stenby bypass in August.
In a statement read to the court by a police family liaison officer, his wife, Harpreet Gill, said: "⟦d:b:m|I kissed three of them goodbye that morning. They were going to buy football boots.⟧
"⟦d:b|Now I live in a house that is too quiet. I keep three pairs of football boots by the door because I cannot move them.⟧"
Jaswinder's sister, Manpreet Sandhu, spoke directly to Bexley from the witness box. "⟦d:c|You wanted people to watch you. Well, we are watching you now,⟧" she said.
Samuel Adu KC, for Bexley, said his client was "⟦p:d|utterly broken⟧". "⟦d:d|He does not ask for sympathy. He knows that what he has done cannot be undone,⟧" Mr Adu said.
Sentencing, Mrs Justice Kettleborough said the video recovered from Bexley's phone was "⟦p:a|among the most distressing evidence I have seen⟧".
"⟦d:a|You narrated your own speed to an audience of strangers. Eleven seconds later, three people were dead,⟧" she told him.
"⟦d:a|Your remorse is genuine, I accept,⟧" the judge said. "⟦d:a|But it came too late for the Gill family, and that is the tragedy of every case like this one.⟧"

### 032
@a Gareth Mottram | a retired plumber
@b Clare Ndlovu | Counsel to the inquiry
@c Severnmoor Water | -
@e Rashid Farouk | a café owner on Station Road
Residents of Lowton Bridge told the inquiry into last summer’s water contamination outbreak that Severnmoor Water had assured them the tap water was «⟦p:c|perfectly safe to drink⟧» for nine days after the first children fell ill.
Gareth Mottram, a retired plumber, said he stopped drinking the water on the second day. «⟦d:a|It smelled of the farmyard. You didn’t need a laboratory to tell you something was wrong,⟧» he said.
«⟦d:a|I rang the helpline four times. Each time a very polite young man read me the same statement.⟧»
Counsel to the inquiry Clare Ndlovu asked: «⟦d:b|Do you remember the words of that statement?⟧»
«⟦d:a|Every one. ‘There is no risk to public health.’ I’ve got it written on the fridge.⟧»
Rashid Farouk, a café owner on Station Road, said he lost three weeks of trade and had to throw away his stock. «⟦d:e|Nobody from the company came. Nobody. The first person who asked me what happened is this lady here,⟧» he said, gesturing towards Ms Ndlovu.
Severnmoor Water said in a statement: «⟦d:c|We are co-operating fully with the inquiry and it would be inappropriate to comment while it is ongoing.⟧»

### 033
@a Ellis Ward-Mensah | A 20-year-old on trial for attempted murder
@b Lucinda Hart | prosecuting
@c Gwendolen Price | Judge
A 20-year-old on trial for attempted murder told a jury he "⟦p:a|panicked⟧" when he confronted a rival over a moped, and had only carried a knife "⟦p:a|for protection⟧".
Ellis Ward-Mensah, of Hobart Road, Kingsmere, denies the attempted murder of Jamal Kinsella, 19, in April. He has admitted possessing a bladed article.
Cross-examined by Lucinda Hart, prosecuting, he was asked why he had the knife in his waistband that night.
"⟦d:a|Because people had been threatening me. I was scared to go out,⟧" he said.
"⟦d:b|Scared. Yet you went out. You went to Canal Street, where you knew Mr Kinsella would be.⟧"
"⟦d:a|I didn't know he'd be there.⟧"
"⟦d:b|You'd messaged a friend an hour before saying, and I quote, 'He's at the chicken shop, I'm going down.' What did you mean by that?⟧"
"⟦d:a|I meant I was going to talk to him.⟧"
"⟦d:b|With a knife?⟧"
"⟦d:a|I didn't plan to use it.⟧"
Judge Gwendolen Price asked the defendant to speak up. "⟦d:c|The jury need to hear every word, Mr Ward-Mensah,⟧" she said.
The trial continues.

### 034
@a Dwight Halvorsen | the former business administrator of Grace Harbor Church
@b Marisa Delgado | Superior Court Judge
@c Brannock County District Attorney’s Office | -
@d Ellen Thibodeaux | Senior pastor
A former church administrator who stole nearly $900,000 from a congregation in Harlan Springs was sentenced Tuesday to six years in state prison after telling a judge he had “⟦p:a|no excuse, only an explanation.⟧”
Dwight Halvorsen, 52, the former business administrator of Grace Harbor Church, pleaded guilty in March to theft and forgery.
In a shaky voice, Halvorsen addressed the court for nearly 10 minutes. “⟦d:a:m|I stood in that church every Sunday and took communion with people I was stealing from. I told myself I’d pay it back. I told myself a lot of things.⟧
“⟦d:a|I have no excuse, only an explanation, and the explanation is that I was a coward who gambled and lied.⟧”
Senior pastor Ellen Thibodeaux told the court the thefts had forced the church to close its food pantry for six months. “⟦d:d|The people who went hungry were not abstractions. They had names,⟧” she said.
Superior Court Judge Marisa Delgado said she had weighed Halvorsen’s remorse, but that the breach of trust was “⟦p:b|profound.⟧”
“⟦d:b|You were trusted with the collection plate, Mr. Halvorsen. Literally,⟧” Delgado said.
The Brannock County District Attorney’s Office said in a statement it was “⟦p:c|satisfied that justice was served.⟧”

### 035
@a Chiara Benedetti | a marketing manager at Brightwater Media in Dunsford
@b Fergus Doyle | managing director
@c Aminata Diallo | Employment Judge
@d Lisa Chan | the company's HR manager
@e Brightwater Media | -
A marketing manager who was made redundant four weeks after telling her boss she was pregnant has been awarded £46,000, after a tribunal saw WhatsApp messages in which he complained she would be "⟦p:b|off for a year doing nappies⟧".
Chiara Benedetti, 34, a marketing manager at Brightwater Media in Dunsford, had worked for the company for three years.
The tribunal heard that on the day she told managing director Fergus Doyle she was expecting, he messaged the company's HR manager, Lisa Chan: "⟦d:b|Great. Off for a year doing nappies. Can we restructure?⟧"
Ms Chan replied: "⟦d:d|Let's talk tomorrow, don't put this in writing.⟧"
Mr Doyle told the tribunal the message was "⟦p:b|a joke in poor taste⟧" and that the restructure had been planned for months.
Employment Judge Aminata Diallo said there was "⟦p:c|not a single document⟧" to support that. "⟦d:c|The reason for Ms Benedetti's dismissal was her pregnancy. We have no doubt about that,⟧" the judgment said.
Ms Benedetti said afterwards: "⟦d:a|I was made to feel like I'd done something wrong by having a baby. I hope other women see this and know they can fight back.⟧"
Brightwater Media said it was "⟦p:e|reviewing the judgment⟧".

### 036
@a Tobiasz Nowicki | His climbing partner
@b Margaret Ashworth-Lowe | Senior coroner
@c Holly Garside | leader of Scarrow Mountain Rescue Team
@d Geoffrey Pennington | His father
An experienced climber who fell 60 metres from a ridge in the Scarrow Fells had unclipped from a fixed line “⟦p:a|for a matter of seconds⟧” to let another party pass, his climbing partner told an inquest.
Oliver Pennington, 31, a software engineer from Kendlemere, died on Raven Crag in October.
His climbing partner, Tobiasz Nowicki, said the pair had been “⟦p:a|careful all day⟧”. “⟦d:a|He said, ‘I’ll just step round them.’ Then the rock he stood on wasn’t there any more,⟧” Mr Nowicki told the hearing in Kendlemere.
Holly Garside, leader of Scarrow Mountain Rescue Team, said the team reached Mr Pennington within 90 minutes but that he had died instantly. “⟦d:c|That section has loosened a lot in the past three winters. We have been warning people about it,⟧” she said.
Senior coroner Margaret Ashworth-Lowe recorded a conclusion of accidental death. “⟦d:b|Oliver was by every account a careful and capable climber. This was a momentary decision made out of courtesy to others, and it had tragic consequences,⟧” she said.
His father, Geoffrey Pennington, said afterwards: “⟦d:d|The mountains gave Ollie the happiest days of his life. We don’t blame them, and we don’t want anyone else to stop going.⟧”

### 037
@a Cuthbert Mallory | Tribunal judge
@b Ruaridh Fenwick | a self-employed drummer from Portmallow
@c National Revenue Service | -
A drummer who blamed his late tax return on a pet rabbit that "⟦p:b|ate the envelope⟧" has lost his appeal against a £1,600 penalty.
Ruaridh Fenwick, a self-employed drummer from Portmallow, told the First-tier Tribunal that he had left the paperwork on the kitchen floor.
"⟦d:b|I left it by the hutch. When I came back there was about a third of it left,⟧" he said in his evidence. "⟦d:b|Biscuit has form. He ate a phone charger in 2019.⟧"
Tribunal judge Cuthbert Mallory was unmoved. In a decision published this week, he wrote: "⟦d:a:m|I have no reason to doubt that the rabbit, whose name is Biscuit, has a varied diet.⟧
"⟦d:a|However, the return in question was to be filed online. Even the most determined rabbit cannot eat a website.⟧"
The National Revenue Service said: "⟦d:c|We are pleased the tribunal upheld the penalty. Filing on time remains the taxpayer's responsibility.⟧"
Mr Fenwick told the Portmallow Gazette he would pay. "⟦d:b|Fair enough. I'm not going to the Supreme Court over a rabbit,⟧" he said.
"⟦d:b|Biscuit is unrepentant.⟧"

### 038
@a Ewan Latchford | Judge
@b Valentin Popescu | The gang leader
@c Victim A | one of the victims
@d Kofi Mensah | Detective Chief Inspector
Five members of a gang that forced dozens of men recruited in eastern Europe to work for almost nothing in car washes across the Norbridge area have been jailed for a total of 42 years.
The gang leader, Valentin Popescu, 47, was jailed for 15 years at Norbridge Crown Court. Four others received sentences of between four and nine years.
Judge Ewan Latchford told them: “⟦d:a:m|You treated human beings as units of labour. You housed them twelve to a room above a car wash, you took their wages, and when one of them asked for his passport back, you had him beaten in a yard.⟧
“⟦d:a:m|These men came to this country because they were promised a decent job. What they were given was fear.⟧
“⟦d:a|The court must send a message that in this country, people are not for sale.⟧”
A statement from one of the victims, referred to in court as Victim A, was read by the prosecution. “⟦d:c|I was a welder at home. Here I was a dog. Now I am learning to be a person again,⟧” he said in the statement.
Popescu, who had shown no emotion during the hearing, shouted in Romanian as he was taken down. The court interpreter said his words were: “⟦d:b|This is all lies!⟧”
Detective Chief Inspector Kofi Mensah said afterwards: “⟦d:d|These victims showed extraordinary courage in coming forward. Some of them are still too frightened to go home.⟧”

### 039
@a Lady Harcourt-Mills | -
@b Deborah Quansah | -
@c Gareth Pennock | The schools minister
@d Wexley Borough Council | -
@e Farzana Haque | Their solicitor
@f - | campaigners
The Supreme Court has ruled that a council acted unlawfully when it withdrew free school transport from hundreds of disabled children to save £2.4m a year, in a judgment campaigners described as "⟦p:f|a line in the sand⟧".
Giving the lead judgment, Lady Harcourt-Mills said Wexley Borough Council had "⟦p:a|failed entirely⟧" to consider its duties under equality legislation.
"⟦d:a|A public body faced with hard choices must still make them lawfully. Financial pressure, however real, does not dissolve a statutory duty,⟧" she said.
Deborah Quansah, whose son Elijah, 11, has cerebral palsy, brought the case after being told he would have to take two public buses to reach his special school. "⟦d:b|For two years I've been told we were being unreasonable. Today five judges said we weren't,⟧" she said.
Their solicitor, Farzana Haque, said the ruling would have "⟦p:e|implications far beyond Wexley⟧".
The schools minister, Gareth Pennock, said the government would "⟦p:c|study the judgment carefully⟧". Asked whether councils would receive extra funding, the minister said: "⟦d:c|I am not going to make policy on the steps of a court.⟧"
Wexley Borough Council said: "⟦d:d|We will of course comply with the court's ruling. We remain under enormous financial pressure.⟧"

### 040
@a Domingos Afonso | a painter and decorator who has lived in Britain for 14 years
@b Rebecca Whitlam | First-tier Tribunal Judge
@c Sanjay Mistry | Home Office presenting officer
@d Hannah Levy | Open Gate’s director
A father detained for five months at Brackmoor immigration removal centre was granted bail on Thursday after a judge said the Home Office had “⟦p:b|no realistic prospect⟧” of removing him in the near future.
Domingos Afonso, 39, a painter and decorator who has lived in Britain for 14 years, addressed the tribunal in Portuguese.
“⟦d:a|Eu só quero ver os meus filhos,⟧” the 39-year-old said, his voice cracking, before the interpreter translated: “⟦d:a|I only want to see my children.⟧”
Home Office presenting officer Sanjay Mistry argued that Mr Afonso had previously failed to report and posed “⟦p:c|a significant risk of absconding⟧”.
“⟦d:c|He went missing for eight months in 2019. The Secretary of State has no confidence that he would not do so again,⟧” Mr Mistry said.
First-tier Tribunal Judge Rebecca Whitlam noted that this had been five years ago. “⟦d:b|Since then he has reported every fortnight without fail. He has a partner, two children at primary school and a fixed address. The risk is manageable,⟧” she said.
Open Gate’s director, Hannah Levy, said: “⟦d:d|Five months in detention for a man who was never going to run. This is what indefinite detention looks like in practice.⟧”
### 041
@a Julian Ashcombe-Reeve | Dunmere Bank's former chief executive
@b Priyanka Deshmukh | counsel to the inquiry
@c Eleanor Fothergill | the inquiry's chair
@d Wilf Hardacre | a retired bus driver who lost £85,000
Julian Ashcombe-Reeve, Dunmere Bank's former chief executive, arrived at the inquiry on Monday with two lawyers, a lever-arch file and, it quickly became clear, no intention of apologising.
"⟦d:a|I don't accept the premise of the question,⟧" he said, within four minutes of taking the oath, when Priyanka Deshmukh KC, counsel to the inquiry, asked whether the bank had been "⟦p:b|reckless⟧" in its lending to commercial property developers.
He did not accept the premise of the next question either, or the one after that.
"⟦d:b|With respect, Mr Ashcombe-Reeve, I haven't asked the question yet,⟧" Ms Deshmukh said at one point, to laughter from the public seats.
When she put to him that the bank's own risk committee had warned about its exposure in 2021, he said the minutes had been "⟦p:a|taken out of context⟧".
Dame Eleanor Fothergill, the inquiry's chair, intervened. "⟦d:c|Mr Ashcombe-Reeve, 31,000 people lost money they will not get back. You may find it helps everybody, including you, to engage with the questions.⟧"
"⟦d:a|I am engaging, madam chair. I simply don't agree with them,⟧" he replied.
In the public seats, Wilf Hardacre, a retired bus driver who lost £85,000, shook his head. "⟦d:d|He's still talking like he's in charge of something,⟧" he said at the lunch break.

### 042
@a Olivia Brennan-Shaw | District Judge
@b Hamish Delaney-Boyd | a retired geography teacher
@c Ben Oduro | prosecuting
@d - | A spokesperson for Green Ledger Now
@e Sophia Lindgren | a student
Seven climate protesters who glued themselves to the floor of the Harbourgate branch of Castellan Bank have been found guilty of aggravated trespass.
The group, members of Green Ledger Now, entered the bank in November carrying banners reading “⟦s:-|Stop Funding Fire⟧” and chanting “⟦s:-|Your profits, our planet⟧”.
Ben Oduro, prosecuting, told Harbourgate Magistrates’ Court the protest forced the branch to close for six hours. “⟦d:c|Customers, some of them elderly, were unable to access their money. Staff were frightened,⟧” he said.
Hamish Delaney-Boyd, 67, a retired geography teacher, said he had acted “⟦p:b|out of love, not anger⟧”.
“⟦d:b|I taught children about climate change for 35 years. At some point you have to do more than teach it,⟧” he told the court.
Sophia Lindgren, 23, a student, said: “⟦d:e|I’m not proud of breaking the law. I’m proud of why I did it.⟧”
District Judge Olivia Brennan-Shaw said she accepted their sincerity. “⟦d:a|But sincerity is not a defence. The right to protest does not include the right to shut a bank to everyone else,⟧” she said.
Each was fined £400. Supporters outside the court chanted “⟦s:-|We’ll be back⟧” as the group emerged.
A spokesperson for Green Ledger Now said: “⟦d:d|Seven people have been convicted for telling the truth. We will keep telling it.⟧”

### 043
@a Parisa Sadeghi | a forensic scientist
@b Giles Barraclough | prosecuting
@c Ruth Abernethy | for Mr Coyle
A forensic scientist told a jury that DNA matching the defendant was found under the fingernails of a woman found dead in her flat, but agreed it could have got there "⟦p:a|innocently⟧".
Dr Parisa Sadeghi, a forensic scientist, was giving evidence at Tellford Crown Court, where Martin Coyle, 50, denies murdering his former partner, Lorraine Devlin, 47, last September.
Giles Barraclough KC, prosecuting, asked: "⟦d:b|How significant is that match, in plain terms?⟧"
"⟦d:a|The probability of a random unrelated person matching that profile is less than one in a billion,⟧" Dr Sadeghi said.
Cross-examined by Ruth Abernethy KC, for Mr Coyle, she agreed the couple had lived together until a month before Ms Devlin's death.
"⟦d:c|If they had held hands that week, could his DNA be under her nails?⟧" Ms Abernethy asked.
"⟦d:a|It's possible.⟧"
"⟦d:c|If she had scratched his back?⟧"
"⟦d:a|Also possible.⟧"
"⟦d:c|So the DNA tells us they touched. It doesn't tell us when, or how.⟧"
"⟦d:a|That's correct. DNA doesn't carry a date,⟧" the scientist said.
The trial continues.

### 044
@a Haverford | -
@b Miriam Castellanos | the Solicitor General
@c Leanne Stott | Ellie’s mother
@d Tariq Mahmood | for Jessop
The Court of Appeal has more than doubled the sentence of a man who stalked his former partner for 18 months, after the Solicitor General argued that the original term was “⟦p:b|unduly lenient⟧”.
Nathan Jessop, 33, was jailed for two years and four months at Ravensby Crown Court in May for stalking involving fear of violence against Ellie Stott, 24. On Tuesday three judges increased the term to five years and six months.
Lord Justice Haverford said the sentencing judge had “⟦p:a|failed to give sufficient weight⟧” to the fact that Jessop had twice breached a restraining order.
“⟦d:a|The victim was forced to move home three times, to change her job and to give up her car. She lived for a year and a half in a state of constant fear. The sentence did not reflect that,⟧” he said.
Tariq Mahmood KC, for Jessop, had argued that his client had engaged well with courses in prison. “⟦d:d|He is not the man he was 18 months ago,⟧” Mr Mahmood told the court.
In a statement after the hearing, the Solicitor General, Miriam Castellanos KC, said: “⟦d:b|Stalking ruins lives. I am glad the court has recognised the true seriousness of this offending.⟧”
Ellie’s mother, Leanne Stott, said her daughter was “⟦p:c|relieved, but exhausted⟧”. “⟦d:c|She can finally stop looking over her shoulder for a few years. That’s all we ever asked for,⟧” she said.

### 045
@a Sioned Llywelyn | His mother
@b Rhys Tudor | His friend
@c Huw Prothero | Assistant coroner
@d Gwenallt Aggregates | -
A 15-year-old boy drowned in a flooded quarry near Pont-y-Garreg after jumping from a ledge during a heatwave, an inquest heard.
Elis Llywelyn got into difficulty in water estimated to be 25 metres deep at the disused Craig Wen quarry on 17 July.
His friend Rhys Tudor, 16, said the boys had jumped from the same ledge "⟦p:b|loads of times⟧" that summer. "⟦d:b|He went in and came up laughing, and then he went quiet and he just sort of sank. I thought he was messing about,⟧" the 16-year-old told the hearing in Aberdarran.
His mother, Sioned Llywelyn, gave evidence in Welsh. "⟦d:a|Roedd o'n heulwen i ni i gyd,⟧" she said. "⟦d:a|He was sunshine to all of us.⟧"
Assistant coroner Huw Prothero said the water in such quarries was "⟦p:c|deceptively, brutally cold⟧" even in summer. "⟦d:c|Cold water shock can incapacitate a strong swimmer in seconds. I would urge every young person, and every parent, to understand that,⟧" he said.
Gwenallt Aggregates, which owns the site, said it had since put up new fencing and signs reading "⟦s:-|Danger: Deep Cold Water⟧". "⟦d:d|We are heartbroken for Elis's family,⟧" the company said.
The coroner recorded a conclusion of misadventure.

### 046
@a Rafael Quintero | a GP from Millbrook
@b Helen Ackroyd-Blythe | The tribunal chair
@c Matthew Chiang | for the Medical Standards Council
@d Patient A | One patient
@e Medical Standards Council | -
A GP who prescribed thousands of opioid tablets to patients he had never examined has been struck off the medical register.
Dr Rafael Quintero, a GP from Millbrook, issued more than 1,900 prescriptions through an online service between 2020 and 2022, a medical practitioners tribunal heard.
Matthew Chiang, for the Medical Standards Council, told the hearing: “⟦d:c|Dr Quintero’s approach to prescribing was, in the words of the council’s own expert, ‘a vending machine with a medical degree attached’. There is no other way to describe it.⟧”
One patient, referred to as Patient A, said in a written statement that she had become addicted within months. “⟦d:d|Nobody asked me why I wanted them. I would fill in a form at 2am and they would come in the post,⟧” she wrote.
Dr Quintero, who represented himself, told the tribunal he had been “⟦p:a|trying to help people who couldn’t get a GP appointment⟧”. “⟦d:a|I accept I was naive about the service. I do not accept I was dishonest,⟧” he said.
The tribunal chair, Helen Ackroyd-Blythe, said his conduct had put patients “⟦p:b|at serious risk of harm⟧”. “⟦d:b|Erasure is the only sanction sufficient to protect the public and to maintain confidence in the profession,⟧” she said.
The Medical Standards Council said the decision was “⟦p:e|the right one⟧”.

### 047
@a Graham Pettifer | a conveyancing solicitor from Ashdown Heath
@b Sarah Quarrie | for the Solicitors Regulation Board
@c Jonathan Ebbs | Tribunal chair
@d Alan Sutcliffe | One client
A solicitor who took £620,000 from clients buying their first homes to prop up his failing practice has been struck off.
Graham Pettifer, a conveyancing solicitor from Ashdown Heath, admitted dishonesty at a hearing of the Solicitors Disciplinary Tribunal on Wednesday.
Sarah Quarrie, for the Solicitors Regulation Board, said money had been moved ``⟦p:b|in a deliberate and systematic way⟧'' over four years.
``⟦d:b|This was not a muddle. It was a series of choices, each one made with full knowledge,⟧'' Ms Quarrie said.
Mr Pettifer told the tribunal: ``⟦d:a|I thought I could trade my way out of it. Every month I thought next month would be the one.⟧''
One client, Alan Sutcliffe, said he and his wife had lost the house they were buying in 2021. ``⟦d:d|We were in the removal van when the estate agent rang. We spent that night at our daughter's,⟧'' he said.
Tribunal chair Jonathan Ebbs said the profession depended on clients being able to trust solicitors ``⟦p:c|with every penny⟧''. ``⟦d:c|Mr Pettifer betrayed that trust repeatedly,⟧'' he said.

### 048
@a Abena Mensah-Cole | prosecuting
@b Derek Aspinall | A former council leader
@c Leonora Birch | Judge
A former council leader steered £3.2m of regeneration contracts to a building firm run by his son-in-law and hid the relationship from colleagues, a jury has heard.
Derek Aspinall, 66, who led Marlbury Borough Council from 2015 to 2022, denies misconduct in public office and fraud.
Opening the prosecution case at Marlbury Crown Court, Abena Mensah-Cole KC, prosecuting, said: “⟦d:a:m|This case is about a man who was trusted with public money and treated it as a family business.⟧
“⟦d:a:m|Mr Aspinall sat on the committee that awarded every one of these contracts. On not one occasion did he declare that the company’s director was married to his daughter.⟧
“⟦d:a|You may think, members of the jury, that he had every opportunity to do so.⟧”
She told jurors that emails recovered from the council’s system showed Mr Aspinall describing rival bids as “⟦p:b|not worth the paper⟧” before they had even been opened.
In a prepared statement to police, Mr Aspinall said: “⟦d:b|I have always acted in the best interests of Marlbury. Every decision was taken properly by the committee.⟧”
Judge Leonora Birch told the jury the trial was expected to last six weeks. “⟦d:c|You may be tempted to read about this case. Please don’t. Your verdict must be based only on what you hear in this room,⟧” she said.

### 049
@a Rachel Osborne-Kaye | Detective Inspector
@b Shannon Doyle | His sister
@c Crown Prosecution Service | -
@e - | Kearns's mother
TWO thugs who kicked a young dad to death outside a takeaway after he asked them to stop abusing staff were convicted of murder yesterday.
Ryan Kearns, 22, and Kallum Pike, 20, stamped on Liam Doyle's head as he lay in the road in Stockmere last October.
As the verdicts were read out at Stockmere Crown Court, Liam's family hugged and wept. Someone in the gallery shouted "⟦d:-|Rot in hell!⟧"
Kearns's mother screamed "⟦d:e|He never touched him!⟧" and was led out by security staff.
His sister Shannon Doyle, 26, said outside court: "⟦d:b|Liam stood up for a girl behind the counter he didn't even know. That's who he was. Those two are cowards and now everyone knows it.⟧"
Detective Inspector Rachel Osborne-Kaye said: "⟦d:a|This was a senseless attack on a man doing the right thing. I hope today's verdicts give Liam's family some small comfort.⟧"
The Crown Prosecution Service said Liam had shown "⟦p:c|great courage⟧" in standing up for a stranger.
The pair will be sentenced next month.

### 050
@a Clayton Voss | a hardware store owner
@b Lucas Brannigan | Defense attorney
@c Sharon Kimbrough | District Attorney
@d Delores Pruitt | the dead man's mother
@e - | One juror who spoke on condition of anonymity
GRAYSON CITY (AP) -- A jury on Friday acquitted a hardware store owner of manslaughter in the shooting of a man who broke into his store after closing, ending a trial that divided this small farming town.
Clayton Voss, 58, wept as the verdict was read. ``⟦d:a|I just want to go home and see my grandkids,⟧'' he told reporters outside the Haskett County Courthouse.
Defense attorney Lucas Brannigan said the jury had ``⟦p:b|looked at the facts and not the noise.⟧'' ``⟦d:b|Clay was alone, in the dark, with a man who had just smashed through his back door. He did what the law allowed,⟧'' Brannigan said.
District Attorney Sharon Kimbrough said she respected the verdict but stood by the decision to prosecute. ``⟦d:c|A man is dead who did not have to die. That is always worth a jury's consideration,⟧'' she said.
Outside the courthouse, Delores Pruitt, the dead man's mother, held up a photograph of her son. ``⟦d:d|Terrell made mistakes. He didn't deserve to be shot in the back,⟧'' she said.
One juror who spoke on condition of anonymity said deliberations had been ``⟦p:e|long and painful.⟧''

### 051
@a Clive Ormerod | Retired bank manager
@b Anjali Nair | a retired anaesthetist
@c Howard Pim | District Judge
A six-year battle between two neighbours over a 28ft leylandii hedge in Upper Fennick has ended – with a judge urging them to “⟦p:c|put the shears down and put the kettle on⟧”.
Retired bank manager Clive Ormerod, 78, sued his neighbour, Dr Anjali Nair, a retired anaesthetist, claiming the conifers had blocked the light to his greenhouse and killed his prize tomatoes.
“⟦d:a|I used to get blue rosettes at the Fennick show. Last year I couldn’t grow a cherry tomato,⟧” Mr Ormerod told Sallowfield County Court.
Dr Nair said she had offered to trim the hedge “⟦p:b|at least four times⟧”. “⟦d:b|Every time I offered, he wanted it lower. In the end I think he wanted it gone, and the hedge was there before either of us,⟧” she said.
District Judge Howard Pim ordered the hedge to be reduced to 12ft and each side to pay its own costs, which he estimated at more than £20,000.
“⟦d:c|That is a great deal of money to spend on a hedge. I hope you will both reflect on that, and I very much hope I never see either of you in this court again,⟧” he said.
Mr Ormerod said afterwards he was “⟦p:a|satisfied⟧”. Dr Nair declined to comment.

### 052
@a AB2 | A former resident of Thornleigh Hall children's home
@b Rupert Ashdown-Kerr | Counsel to the inquiry
@c Yasmin Quraishi | the chair
@d Dunbeck County Council | -
A former resident of Thornleigh Hall children's home told the Dunbeck abuse inquiry that staff would "⟦p:a|pick a boy each night⟧".
The witness, who was sent to the home at the age of nine and is now 58, gave evidence under the cipher AB2 from behind a screen.
"⟦d:a|We used to lie there listening for the keys. If the keys stopped outside your door, that was your night,⟧" he said.
Counsel to the inquiry, Rupert Ashdown-Kerr, asked whether he had ever told anyone. "⟦d:b|Did you tell a teacher, a social worker, anyone at all?⟧"
"⟦d:a|I told a social worker when I was eleven. She wrote something down and I never saw her again. Two weeks later I was punished for telling lies,⟧" the witness said.
"⟦d:b|Who punished you?⟧"
"⟦d:a|The deputy head. He said he'd heard I'd been telling stories.⟧"
The chair, Professor Yasmin Quraishi, thanked him. "⟦d:c|The inquiry is very grateful to you. I know what it has cost you to come here today,⟧" she said.
Dunbeck County Council, which ran the home until 1991, said: "⟦d:d|We are profoundly sorry for the abuse suffered by children in our care and we are committed to supporting the inquiry.⟧"

### 053
@a Krzysztof Dąbrowski | a 44-year-old scaffolder
@b Shane Tolley | -
@c Chioma Ezeh | prosecuting
@d Adam Rourke | defending
A scaffolder who was left with a fractured skull after a late-night fight at a taxi rank in Wrenbury told a jury he did not remember who threw the first punch.
Krzysztof Dąbrowski, a 44-year-old scaffolder, gave evidence in Polish through an interpreter at Wrenbury Crown Court, where Shane Tolley, 29, denies causing grievous bodily harm with intent.
"⟦d:d|Did you hit Mr Tolley first?⟧" Adam Rourke, defending, asked him.
"⟦d:a|Nie pamiętam, kto uderzył pierwszy,⟧" Mr Dąbrowski replied. The interpreter told the jury: "⟦d:a|I don't remember who hit first.⟧"
Chioma Ezeh, prosecuting, said CCTV showed Mr Tolley "⟦p:c|running at⟧" Mr Dąbrowski from behind. "⟦d:c|The Crown's case is that whatever happened before, Mr Tolley chose to attack a man who was walking away,⟧" she told jurors.
Mr Tolley told the court: "⟦d:b|He came at me first, swinging. I defended myself. I never meant for him to hit his head on the kerb.⟧"
The trial continues.

### 054
@a Mark | An undercover officer
@b Bradley Nuttall | a man accused of plotting to bomb a mosque in Ferncliffe
@c Edwin Castell | prosecuting
@d Leah Abramson | for Mr Nuttall
An undercover officer told a jury that a man accused of plotting to bomb a mosque in Ferncliffe spoke about the attack “⟦p:a|the way other people talk about holidays⟧”.
The officer, who befriended Bradley Nuttall at a gym in 2022, gave evidence under the name Mark from behind a screen at Harwick Crown Court. Mr Nuttall, 24, denies preparing acts of terrorism.
Edwin Castell KC, prosecuting, played the jury a recording of a conversation in Mr Nuttall’s car. In it, Mr Nuttall can be heard saying: “⟦d:b|Friday’s the day. That’s when they’re all in there.⟧”
“⟦d:c|What did you understand him to mean?⟧” Mr Castell asked.
“⟦d:a|That he intended to attack the mosque during Friday prayers,⟧” Mark replied.
Cross-examining, Leah Abramson KC, for Mr Nuttall, suggested the officer had egged her client on. “⟦d:d|You bought him drinks, you lent him money, you told him he was the only one with the guts to do anything. Who was leading whom?⟧”
“⟦d:a|I never suggested any act of violence to him. Not once,⟧” the officer said.
The trial continues.

### 055
@a Maura Kilbane | -
@b Desmond Ruthven | The Crown's leading counsel
@c Colm Kilbane | Her son
@d Beatrix Allenby | a legal historian at the University of Castlemere
Fifty years ago this spring, the newspapers had already decided who Maura Kilbane was. To the Evening Courier she was "⟦s:-|the Arsenic Widow⟧"; to the Sunday Lamp, more economically, "⟦s:-|Black Maura⟧".
Her husband, Francis, a railway clerk, had died in the autumn of 1973 after weeks of vomiting. Traces of arsenic were found in his hair.
The Crown's leading counsel, Sir Desmond Ruthven QC, told the jury in his opening that she was "⟦p:b|a woman who wanted a new life and found the old one inconvenient⟧".
Kilbane gave evidence for two days. The court reporters noted that she never once raised her voice. "⟦d:a|I nursed him. I held the bowl for him. If I had wanted him dead, I had a great many easier ways than that,⟧" she told the jury.
Asked by Ruthven why she had bought rat poison two months earlier, she said: "⟦d:a|Because we had rats, sir. Half of Larkhill Street had rats.⟧"
The jury acquitted her in under three hours.
Her son, Colm Kilbane, now 61, was eleven at the time. "⟦d:c|My mother never talked about it. Not once, not even at the end,⟧" he says.
"⟦d:c|But I'll tell you what she used to say whenever anyone mentioned the papers: 'They sold a lot of copies off me.'⟧"
Dr Beatrix Allenby, a legal historian at the University of Castlemere, says the case "⟦p:d|would never be reported that way now⟧". "⟦d:d|The coverage decided the verdict before the trial began, and then the jury disagreed. That's the interesting part,⟧" she says.

### 056
@a Terry Mulcahy | Veteran kitman
@b Dragan Petrović | Borough boss
@c Shona MacInnes | Employment Judge
@d Castlebridge Borough | -
A FOOTBALL club's kitman of 31 years was unfairly sacked after he was blamed for the team playing in the wrong socks, a tribunal has ruled.
Veteran kitman Terry Mulcahy, 63, was dismissed by Castlebridge Borough in 2023 after the side took the field at Dorrington Town wearing their home socks with their away kit, earning a £500 league fine.
Borough boss Dragan Petrović told the tribunal the socks were "⟦p:b|the final straw⟧" after "⟦p:b|a run of mistakes⟧".
"⟦d:b|Terry is a lovely man but football is about standards. If the little things go, the big things go,⟧" Petrović said.
Mr Mulcahy, who washed the strips of five decades of Borough players, said: "⟦d:a|The socks were packed. I packed them myself. Somebody took the wrong bag off the coach, and it wasn't me.⟧"
He added: "⟦d:a|I gave that club my life. I missed my daughter's wedding reception because we had a cup replay.⟧"
Employment Judge Shona MacInnes found the club had followed "⟦p:c|no proper procedure whatsoever⟧". "⟦d:c|Mr Mulcahy was dismissed in a car park, by text message, at 11pm. That is not how any employer should treat a loyal employee,⟧" she said.
Castlebridge Borough said it "⟦p:d|respected the decision⟧" and wished Mr Mulcahy well.

### 057
@a Marcus Oyinlola | Judge
@b Kane Whitworth | A man who repeatedly interrupted his own sentencing hearing
@c Priya Malhotra | prosecuting
@d - | his former partner
A man who repeatedly interrupted his own sentencing hearing – at one point shouting “⟦d:b|This is a joke!⟧” at the judge – has been jailed for 32 months for assaulting his former partner.
Kane Whitworth, 26, of Rylands Close, Brimsby, had pleaded guilty to assault occasioning actual bodily harm and criminal damage.
Priya Malhotra, prosecuting, said Whitworth punched the woman and smashed her phone when she tried to call her mother. “⟦d:c|He told her, ‘No one’s coming for you,’ and threw the phone against the wall,⟧” Ms Malhotra said.
In a statement read to the court, his former partner, who cannot be identified, said: “⟦d:d|I used to be a confident person. Now I check the locks four times before I go to bed.⟧”
Whitworth shook his head and muttered throughout. When Ms Malhotra described the woman’s injuries, he shouted: “⟦d:b|She’s lying, she did it to herself!⟧”
Judge Marcus Oyinlola warned him: “⟦d:a|Mr Whitworth, one more outburst and you will be taken down and I will sentence you in your absence. Do you understand?⟧”
“⟦d:b|Whatever,⟧” Whitworth replied.
As he was led away, a voice from the back of the public gallery called out: “⟦d:-|See you soon, Kane.⟧”

### 058
@a Fenella Okwuosa | Senior Coroner
@b Daniel Asamoah | for the family
@c Police Conduct Authority | -
@d Angela Ferreira | His mother
@e Helen Toms | Chief Constable
@f Marcus Ferreira | a man who died after being restrained by police officers in a Merebrook shopping centre
A jury has concluded that a man who died after being restrained by police officers in a Merebrook shopping centre was unlawfully killed.
Marcus Ferreira, 30, who had a history of psychosis, stopped breathing after being held face down by four officers for more than nine minutes in March 2022.
The jury found that officers had failed to respond when Mr Ferreira said «⟦d:f|I can’t breathe⟧» at least six times.
Senior Coroner Fenella Okwuosa told the jurors: «⟦d:a|You have reached your conclusion carefully, after a long and difficult inquest. I thank you.⟧»
Daniel Asamoah, for the family, said outside the court: «⟦d:b|Marcus was not a criminal. He was a sick man who needed an ambulance, and what he got was a knee in his back.⟧»
His mother, Angela Ferreira, said: «⟦d:d|I have waited three years to hear a jury say what I knew the day he died. My son was killed.⟧»
The Police Conduct Authority said it would «⟦p:c|carefully consider⟧» whether any officer should face criminal charges.
Chief Constable Helen Toms said: «⟦d:e|I am deeply sorry for Marcus’s death. We will study the jury’s findings and we will learn from them.⟧»

### 059
@a Colin Brierley | the stadium's former safety officer
@b Sabrina Kaur-Dhaliwal | Counsel to the inquiry
@c Lord Petherick | The inquiry chairman
@d Louise Maddock | -
@e Tom Hale | Our correspondent
Live: Kestrel Park crush inquiry hears from former safety officer
10.02 Good morning and welcome to our live coverage of day 23 of the Kestrel Park inquiry. Today the inquiry will hear from Colin Brierley, the stadium's former safety officer.
10.31 Counsel to the inquiry Sabrina Kaur-Dhaliwal KC has begun by asking Mr Brierley about the decision to open Gate C.
"⟦d:b|Who gave the instruction to open the gate?⟧" she asks.
"⟦d:a|I did, on the advice of the police commander on the radio,⟧" he replies. "⟦d:a|I had seconds to decide. People were being crushed against the turnstiles.⟧"
10.48 Mr Brierley says he "⟦p:a|will carry that decision to my grave⟧".
11.15 The inquiry chairman, Lord Petherick, has called a 15-minute break after Mr Brierley became upset. "⟦d:c|We will resume at half past,⟧" he said.
11.40 Our correspondent Tom Hale, who is in the hearing room, says several bereaved relatives left during the morning's evidence. "⟦d:e|It was very quiet in there. You could hear people crying at the back,⟧" he says.
12.05 Outside the hearing, Louise Maddock, whose brother Carl died in the crush, has been speaking to reporters. "⟦d:d|He says he had seconds. We've had eleven years. We still don't have answers,⟧" she said.

### 060
@a Nikolaos Dimitriou | Landlord
@b Aisha Noor | a nurse who lived in the converted dining room
@c Morwenna Keast | Tribunal Judge
@d Eastcombe City Council | -
@e Jake Whitfield | the union’s organiser
@f Beatriz Oliveira | a PhD student
A landlord who packed 11 tenants into a four-bedroom house in Eastcombe without a licence has been ordered to repay £48,000 in rent.
Landlord Nikolaos Dimitriou, 55, was told by the property tribunal that the house in Vicarage Lane should have been licensed as a house in multiple occupation.
The tribunal heard that the tenants shared one bathroom and that the boiler broke down for five weeks in January 2023.
Aisha Noor, a nurse who lived in the converted dining room, said: “⟦d:b|I was working twelve-hour shifts on a cardiac ward and coming home to boil a kettle to wash my hair.⟧”
Beatriz Oliveira, a PhD student, told the tribunal she had complained in writing “⟦p:f|at least nine times⟧”. “⟦d:f|Every time, he said a plumber was coming on Monday. There were a lot of Mondays,⟧” she said.
Mr Dimitriou, who represented himself, said: “⟦d:a|I didn’t know the rules had changed. These are good people and I gave them cheap rooms.⟧”
Tribunal Judge Morwenna Keast said ignorance of the licensing rules was “⟦p:c|no excuse for a professional landlord with four properties⟧”.
Eastcombe Renters’ Union supported the tenants throughout. Outside the hearing, the union’s organiser, Jake Whitfield, said: “⟦d:e|This is what happens when tenants organise. Every renter in this city should be checking whether their house is licensed.⟧”
Eastcombe City Council said it was “⟦p:d|actively investigating⟧” Mr Dimitriou’s other properties.

### 061
@a Keisha Tolliver | a school librarian
@b Roberto Salgado | Her attorney
@c St. Brendan's Regional Medical Center | -
@d Glenn Aukerman | Jury foreperson
A Holloway County jury on Thursday awarded $14.2 million to the widow of a man who died after waiting nearly nine hours in the emergency room at St. Brendan's Regional Medical Center.
Darnell Tolliver, 46, a high school football coach, collapsed in the waiting room in February 2021 from what doctors later determined was an aortic dissection.
His wife, Keisha Tolliver, a school librarian, testified last week that she begged staff for help. "⟦d:a|I sat next to him for nine hours. I watched him go gray. I went to that desk six times,⟧" she told jurors.
After the verdict she hugged her two sons in the hallway. "⟦d:a|This doesn't bring him back. But maybe somebody else's husband gets seen,⟧" she said.
Her attorney, Roberto Salgado, called the hospital's staffing "⟦p:b|a choice, not an accident.⟧" "⟦d:b|They knew that waiting room was a death trap on weekends and they didn't fix it,⟧" Salgado said.
St. Brendan's Regional Medical Center said in a statement it was "⟦p:c|disappointed⟧" and would consider an appeal.
Jury foreperson Glenn Aukerman told reporters the panel did not blame individual staff. "⟦d:d|We didn't think any one nurse did anything wrong. We thought the system did,⟧" he said.

### 062
@a Simon Breslin | Judge Advocate
@b Dylan Hughes-Pryor | Lance Corporal
@c Fiona McAteer | prosecuting
@d Emma Sowande | Private
A soldier who shared intimate images of a female colleague in a barracks WhatsApp group has been jailed for 10 months and dismissed from the Army.
Lance Corporal Dylan Hughes-Pryor, 25, of the Royal Wessex Rifles, admitted disclosing private sexual images without consent at the Military Court Centre in Aldersham.
Lieutenant Colonel Fiona McAteer, prosecuting, said the images were viewed by at least 40 soldiers. “⟦d:c|Within an hour, the victim’s entire platoon had seen them,⟧” she said.
Private Emma Sowande, 20, said in a statement read to the court: “⟦d:d:m|I joined the Army to serve my country. Instead I spent six months being laughed at in the cookhouse.⟧
“⟦d:d|I am still serving. I am not going anywhere. But I want the people who laughed to know I heard every word.⟧”
Hughes-Pryor told the court: “⟦d:b|I’m ashamed of what I did. I let down the regiment and I let down Emma.⟧”
Judge Advocate Simon Breslin said the offence was “⟦p:a|a betrayal of the trust that soldiers must be able to place in one another⟧”. “⟦d:a|The Army does not tolerate this kind of behaviour, and neither does this court,⟧” he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh123.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh123",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
