# ruff: noqa: E501
"""Build ``quotes_fresh143.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families whose statements are read to court, inquests and
fatal accident inquiries, public inquiry hearings questioned by counsel to the
inquiry, appeals, disciplinary, employment, property and immigration tribunals, a
court martial and an international tribunal, written up as wire copy, broadsheet and
local-paper court reports, tabloid court stories, broadcaster web copy, a court
sketch, a magazine feature and a printed hearing transcript.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh143-NNN``.

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

* Judicial, official and service titles standing before the name (``Judge``,
  ``District Judge``, ``Recorder``, ``Sheriff``, ``Senior coroner``, ``Employment
  Judge``, ``Tribunal Judge``, ``Prosecutor``, ``Chief Justice``, ``Solicitor
  General``, ``Prison officer``, ranks such as ``Detective Sergeant`` or ``Major``)
  are role titles: the description when there is no appositive. A title before the
  name wins over a definite description used later (``the judge``). The judicial
  styles ``Mr Justice``, ``Mrs Justice``, ``Lord Justice``, ``Lady Justice`` and
  ``Justice`` are honorifics: neither part of the name nor a description; the speaker
  is the name that follows them (a surname alone where that is all the passage gives).
* Participles and prepositional phrases naming a side (``prosecuting``,
  ``defending``, ``cross-examining``, ``for Reddy``, ``for the trust``,
  ``representing the family``) are not descriptions.
* Where a speaker has neither an appositive nor a title, the definite description
  used of them at a cue (``the defendant said``, ``the 61-year-old said``, ``the
  prosecutor said``) is the description; ledes are written with indefinite noun
  phrases so that they do not compete.
* A statement read to the court, or outside it, on someone's behalf (victim impact
  statements, prepared statements, letters to the judge) belongs to its author, not to
  the person reading it. Text messages, emails, briefing notes and videos shown or
  read in court belong to their author when the passage identifies the author (a
  person or an organisation); fragments of documents whose author is not identified
  (an indictment, a forecast) are ``partial`` with a null speaker.
* Words a witness reports as someone else's (``her line manager told her the
  readings were "probably a lab error"``) are the partial speech of the person who
  first said them. Words the passage first reports without an author and later
  attributes (a phrase from a meeting that a witness admits using) belong to that
  author.
* A cipher used in place of a name (``Witness K``, ``Witness TR-14``) is the
  speaker's name.
* A court named as the grammatical speaker (``the Court of Appeal said``) is treated
  like an organisation. A collective without a proper name (``residents of Linnet
  Close``) has a null speaker and that phrase as the description; so does the
  foreman of a jury delivering its verdict.
* In an exchange of question-and-answer paragraphs without cues, each turn belongs to
  the person whose turn it is (counsel asks, the witness answers).
* Aliases, nicknames and ironic or disputed labels in quotation marks (a fraudster's
  assumed name, a "cancer treatment" that never existed) are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh143.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh143.jsonl")

PASSAGES = """
### 001
@a Nkechi Adeyemo | a neighbour of the victim
@b Fiona Strachan | -
@c Rupert Vallance | -
LEYMOUTH, March 4 (Wirecast) - A woman who lived opposite Owen Pardew told a jury on Tuesday that she saw a man in a grey hooded top run from his flat on the night he was stabbed "⟦p:a|with something shiny in his hand⟧".
Nkechi Adeyemo, a neighbour of the victim, was giving evidence on the second day of the trial of Callum Reddy, 27, at Leymouth Crown Court.
"⟦d:a|I heard a bang, like a door being kicked in, and then Owen shouting 'get out, get out',⟧" Adeyemo said. "⟦d:a|I went to my window. That's when I saw him.⟧"
Prosecuting, Fiona Strachan KC asked how far away the man had been. "⟦d:a|Twenty metres, maybe less. The security light on the path was on,⟧" the witness replied.
"⟦d:b|And did you recognise him?⟧" Strachan asked.
"⟦d:a|Not then. Later, yes.⟧"
Under cross-examination, Rupert Vallance KC, for Reddy, put it to her that she had seen the man only from behind, and for "⟦p:c|a second or two at most⟧".
"⟦d:c|You never saw his face, did you?⟧" he asked.
"⟦d:a|I saw enough of it,⟧" she said.
"⟦d:c|Enough of it. That is not the same thing, is it, Ms Adeyemo?⟧"
Reddy, of Calder Rise, Leymouth, denies murder. The trial continues.

### 002
@a Harriet Plowright | Judge
@b Abena | Mr Ansah's daughter
@c Imran Siddiqui | His barrister
@d Jordan Mabbott | -
A THUG who punched a 71-year-old grandad to the ground in a row over a parking space has been caged for six years.
Jordan Mabbott, 29, flew into a rage when retired bus driver Clifford Ansah asked him to move his van out of a disabled bay outside a supermarket in Cranwick.
CCTV played to Cranwick Crown Court showed Mabbott felling the pensioner with a single blow and then kicking him as he lay on the tarmac.
Judge Harriet Plowright told him: "⟦d:a|You are a bully and a coward. You picked on a man more than twice your age because he had the nerve to ask you to follow the rules.⟧"
"⟦d:a|The footage is among the most distressing I have had to watch in this court.⟧"
Mr Ansah's daughter Abena wept in the public gallery as her victim impact statement was read out.
"⟦d:b|My dad used to be the loudest person in any room. Now he sits in his chair and asks me the same question four times in an hour,⟧" she wrote.
"⟦d:b|Jordan Mabbott didn't just hurt my father. He took him away from us.⟧"
His barrister, Imran Siddiqui, said Mabbott was "⟦p:c|genuinely ashamed⟧" and had written a letter of apology to the family. "⟦d:c|He does not recognise the man in that video,⟧" he added.
Mabbott, of Orchard Row, Cranwick, had admitted grievous bodily harm with intent. As he was led to the cells he shouted "⟦d:d|Love you, Mum⟧" towards the gallery.

### 003
@a Haris Mehmood | Prosecutor
@b Lorna Batt | -
@c Darren Tully | a 44-year-old scaffolder from Mill Lane
@d Gerald Okoro | Chairman of the bench
@e - | a parent
A Brindley scaffolder who was caught driving at more than three times the legal limit on a school run route has been banned from the roads for 30 months.
Darren Tully, a 44-year-old scaffolder from Mill Lane, was stopped on Brindley High Street at 8.35am on January 12 after a parent reported his pick-up truck "⟦p:e|weaving all over the road⟧".
Prosecutor Haris Mehmood told Brindley Magistrates' Court: "⟦d:a|When officers approached, Mr Tully wound down his window and said 'I've only had two'. A breath test showed 112 microgrammes of alcohol in 100 millilitres of breath. The limit is 35.⟧"
Defending, Lorna Batt said her client had been drinking until the early hours after learning that his marriage was over.
"⟦d:b|That is an explanation, not an excuse, and he would be the first to say so,⟧" Mrs Batt said. "⟦d:b|He has lost his job as a direct result of this. He knows he has nobody to blame but himself.⟧"
Given the chance to address the bench, Tully said quietly: "⟦d:c|I'm sorry. It was stupid. I could have killed someone's kid.⟧"
Chairman of the bench Gerald Okoro told him: "⟦d:d|You are right about that. There were children walking to school on that street. It does not bear thinking about.⟧"
Tully was also fined £1,200 and ordered to pay £85 costs and a £480 surcharge.

### 004
@a Ellie Marchbank | one of the first officers at the scene
@b Margaret Eluwa | senior coroner
@c - | A spokesperson for Wend Valley Council
@d Ruth Haddad | his mother
An inquest has heard that a 16-year-old boy who drowned in the River Wend had been swimming at a spot where signs reading "⟦s:-|Danger: Deep Cold Water⟧" had been torn down weeks earlier.
Sami Haddad, from Ostley, got into difficulty beneath Carrow Weir on the afternoon of July 14 last year after jumping in with three friends. He was pulled from the water by a passer-by but died in hospital the following day.
PC Ellie Marchbank, one of the first officers at the scene, told the hearing at Ostley Coroner's Court: "⟦d:a|The water looked calm on top, but there's a current under the weir you just can't see. We'd had two call-outs there that summer already.⟧"
Asked by senior coroner Margaret Eluwa whether the missing signs had been reported, she replied: "⟦d:a|Yes, ma'am. More than once.⟧"
Recording a conclusion of misadventure, Mrs Eluwa said: "⟦d:b|Sami was a strong swimmer and a much-loved son and brother. Nothing I have heard suggests he was being reckless. He simply did not know what lay beneath the surface.⟧"
She said she would send a prevention of future deaths report to Wend Valley Council, which she said had been "⟦p:b|far too slow⟧" to replace the signs.
A spokesperson for Wend Valley Council said: "⟦d:c|Our thoughts remain with Sami's family. We will study the coroner's report carefully and respond in full.⟧"
In a statement read outside court by the family's solicitor, his mother, Ruth Haddad, said: "⟦d:d|Sami should have been starting sixth form this month. Instead we have spent a year learning words like undertow.⟧"
"⟦d:d|If one sign saves one child, that will be something.⟧"

### 005
@a Marisa Conte | Assistant District Attorney
@b Gwen Takahashi | the company's former chief financial officer
@c Leon Abernathy | Halvorsen's attorney
@d Patrice Whitfield-Ng | Judge
@e - | A spokeswoman for his legal team
CEDAR FALLS — A former finance chief of Northgate Grain Cooperative told jurors Wednesday that the co-op's longtime president, Erik Halvorsen, pressured her to hide a multimillion-dollar shortfall from the farmers who own the business.
Gwen Takahashi, the company's former chief financial officer, is the prosecution's central witness in Halvorsen's trial on 14 counts of wire fraud and falsifying business records. She pleaded guilty last year and is cooperating with prosecutors in hopes of a lighter sentence.
“⟦d:a|Did Mr. Halvorsen ever tell you to change the numbers?⟧” Assistant District Attorney Marisa Conte asked.
“⟦d:b|He never said ‘change.’ He said ‘find me another two million before the board meeting.’ I knew what he meant,⟧” Takahashi testified.
She told the jury she moved money between reserve accounts at least nine times between 2019 and 2022, describing the transfers as “⟦p:b|a way of buying time.⟧”
On cross-examination, Halvorsen's attorney, Leon Abernathy, went straight at her plea deal.
“⟦d:c|You're testifying today because it keeps you out of prison. Correct?⟧”
“⟦d:b|I'm testifying because it's true.⟧”
“⟦d:c|That wasn't my question, Ms. Takahashi.⟧”
When Abernathy asked whether she had ever signed Halvorsen's name on a transfer form, prosecutors objected, and Judge Patrice Whitfield-Ng sustained the objection. “⟦d:d|Move on, counsel. You've made your point,⟧” she said.
Halvorsen, 66, has pleaded not guilty. A spokeswoman for his legal team said after court that Takahashi was “⟦p:e|a witness with every reason to tell prosecutors what they want to hear.⟧”
Testimony resumes Thursday.

### 006
@a Oluwaseun Bakare | counsel to the inquiry
@b Penelope Ashcombe | the former housing minister
@c Anand Ramakrishnan | the inquiry's chairman
@d - | One woman in the public seating
Penelope Ashcombe, the former housing minister, accepted on Monday that she had not read a 2017 warning about flammable cladding panels until after the Calder Street fire, in which 23 people died.
Giving evidence to the public inquiry in Harcastle, Dame Penelope said the memo had been “⟦p:b|one of several hundred⟧” documents placed in her box that month.
Oluwaseun Bakare KC, counsel to the inquiry, took her through it line by line. “⟦d:a|It says, in terms, ‘there is a real risk of rapid vertical fire spread’. Those are not subtle words, are they?⟧” he asked.
“⟦d:b|They are not,⟧” she replied. “⟦d:b|And I wish to God I had read them in time.⟧”
“⟦d:a|Whose responsibility was it to make sure that you did?⟧”
“⟦d:b:m|Ultimately, mine. I am not going to sit here and blame a private secretary who was 26 years old and working 14-hour days.⟧
“⟦d:b|But I would say this: the system we had for flagging urgent safety matters to ministers was not fit for purpose, and I said so, in writing, after the fire.⟧”
There were audible sighs from bereaved relatives in the hearing room. One woman in the public seating called out “⟦d:d|Too late⟧” before the inquiry's chairman, Sir Anand Ramakrishnan, asked for quiet.
“⟦d:c|I understand entirely why feelings run high. But I must ask that the witness be allowed to answer,⟧” he said.
The former minister later insisted that she had “⟦p:b|never once⟧” been briefed on the panels in person. The hearing continues.

### 007
@a Grace Achterberg | the 52-year-old
@b Caroline Mbeki | Employment Judge
@c Dominic Frayne | the trust's director of nursing
@d Hollins Valley Health Trust | -
A former ward sister who was sacked weeks after raising concerns about staffing levels was unfairly dismissed, an employment tribunal has ruled.
Grace Achterberg, who worked at Hollins Park Hospital for 19 years, told the tribunal in Rexley that she was treated as "⟦p:a|a troublemaker⟧" after emailing managers about night shifts with one qualified nurse to 28 patients.
"⟦d:a|I wasn't trying to get anyone into trouble. I was trying to stop somebody dying on my ward,⟧" the 52-year-old told the hearing.
Dominic Frayne, the trust's director of nursing, said in evidence that her dismissal was "⟦p:c|entirely unconnected⟧" to the emails and followed a complaint about her conduct towards a junior colleague.
In her written judgment, Employment Judge Caroline Mbeki rejected that account. "⟦d:b|The timing speaks for itself,⟧" she wrote. "⟦d:b|The tribunal has no hesitation in finding that the principal reason for Mrs Achterberg's dismissal was that she made protected disclosures.⟧"
The judge described Mr Frayne's evidence as "⟦p:b|evasive and, at times, frankly implausible⟧".
Hollins Valley Health Trust said it was "⟦p:d|disappointed⟧" by the ruling and was considering an appeal. "⟦d:d|Patient safety is, and always has been, our first priority,⟧" the trust said.
Speaking outside the hearing, Mrs Achterberg said: "⟦d:a|I loved that job. I'd go back tomorrow if they'd have me, which I don't suppose they will.⟧"

### 008
@a HK | The appellant
@b Sunita Varghese | Upper Tribunal Judge
@c Tobias Grint | -
@d - | A spokesperson for the Department of Borders
@e Refugee Legal Link | the charity that brought the appeal
A young man who says he will be killed if he is sent back to his home country has won the latest round of a five-year legal battle to stay.
The appellant, identified only as HK to protect relatives still living in the Sarrow valley, arrived hidden in the back of a lorry at the age of 19.
At a hearing in Felsham last month he told the tribunal through an interpreter: “⟦d:a|They came for my brother first. I was next on the list. Everyone in our village knew that.⟧”
Tobias Grint, for the Department of Borders, argued that the first judge had been entitled to find HK's account “⟦p:c|inconsistent in material respects⟧”.
But Upper Tribunal Judge Sunita Varghese ruled that the earlier decision contained an error of law and must be made again.
“⟦d:b|The judge below treated the appellant's difficulty in recalling dates as evidence of fabrication, without considering the expert evidence on trauma and memory,⟧” she wrote. “⟦d:b|That was an error, and it was a material one.⟧”
Refugee Legal Link, the charity that brought the appeal, said: “⟦d:e|HK has waited five years for someone to listen to him properly. Today, someone has.⟧”
A spokesperson for the Department of Borders said: “⟦d:d|We do not comment on individual cases while legal proceedings are ongoing.⟧”
The case will now be heard again by a different judge.

### 009
@a Malcolm Dray | the 61-year-old
@b Osei | -
@c Priyanka Lal | His solicitor
@d Criminal Cases Review Board | -
@e Public Prosecution Service | -
HOLLBROOK, June 19 (Wirecast) - A man who spent 14 years in prison for a murder he has always denied had his conviction quashed by the Court of Appeal on Thursday after new DNA testing pointed to another man.
Malcolm Dray was convicted in 2009 of killing 19-year-old shop worker Leanne Corbett, whose body was found on allotments in Hollbrook.
Giving the judgment of the court, Lady Justice Osei said the new scientific evidence "⟦p:b|fundamentally undermines⟧" the prosecution case. "⟦d:b|We are satisfied that the conviction is unsafe. It must be quashed,⟧" she said.
Dray wept in the dock as the ruling was read. Outside court, the 61-year-old said: "⟦d:a|I've said the same thing since the day they arrested me. I didn't do it. Fourteen years. Nobody can give me those back.⟧"
"⟦d:a|I want to say to Leanne's mum: I'm sorry for what happened to your daughter. I hope now they find who did it.⟧"
His solicitor, Priyanka Lal, said the case raised "⟦p:c|serious questions⟧" about how forensic exhibits had been stored. "⟦d:c|Some of these samples sat in a warehouse for a decade. Nobody thought to look at them again until we asked,⟧" she said.
The Criminal Cases Review Board, which referred the case in 2023, said the outcome showed "⟦p:d|why independent review matters⟧".
The Public Prosecution Service said it would not seek a retrial. "⟦d:e|We have reviewed the case carefully in light of the new evidence,⟧" it said in a statement.

### 010
@a Leroy Mancini | Prison officer
@b Aoife Brennan | the family's barrister
@c Desmond Achebe | Area coroner
@d - | the jury
@e Simone Lacroix | his sister
A prison officer has told an inquest he checked on a 23-year-old inmate “⟦p:a|maybe three or four times⟧” in the hours before he was found hanged, though records show no checks for more than five hours.
Jamal Okonjo was found in his cell at HMP Ravensmoor in the early hours of 2 March 2022.
Prison officer Leroy Mancini told the jury at Ravensmoor Coroner's Court that the wing had been “⟦p:a|running on fumes⟧” that night, with three officers for 140 prisoners.
Under questioning from Aoife Brennan, the family's barrister, he accepted that he had not filled in the observation log.
“⟦d:b|So we only have your word for those checks?⟧” she asked.
“⟦d:a|Yes. I accept that. I should have written them down,⟧” Mr Mancini said. “⟦d:a|But I did go to that door. I've gone over it a thousand times.⟧”
Area coroner Desmond Achebe asked why Mr Okonjo, who had been placed on constant watch a week earlier, had been taken off it. “⟦d:c|Who made that decision, and on what basis?⟧” the coroner asked.
“⟦d:a|I don't know, sir. It was before I started on that wing.⟧”
After a ten-day hearing, the jury found that failures in observation had “⟦p:d|more than minimally contributed⟧” to his death.
Outside court, his sister, Simone Lacroix, said: “⟦d:e|Jamal was in their care. He asked for help and they took his name off a list. That's what this was about. A list.⟧”

### 011
@a Everett Lindqvist | The property developer
@b Saoirse Keogh | the journalist
@c Hugo Penhaligon | Keogh's counsel
@d Farrow | The judge
For the first hour on Tuesday, Everett Lindqvist looked like a man enjoying himself. The property developer, who is suing the journalist Saoirse Keogh over a 2022 article that accused him of running his flats as a "⟦p:b|fiefdom of damp and fear⟧", leaned on the witness box as if it were a bar and called her reporting "⟦p:a|a work of fiction, and not a very good one⟧".
Then Keogh's counsel, Hugo Penhaligon KC, rose.
"⟦d:c|Mr Lindqvist, how many of your tenants have you met?⟧"
"⟦d:a|Personally? I have people for that.⟧"
"⟦d:c|How many?⟧"
"⟦d:a|I couldn't give you a number.⟧"
"⟦d:c|Would it be fair to say none?⟧"
A long pause. "⟦d:a|It would be fair to say I am a busy man,⟧" Lindqvist said, and somebody at the back of the press bench laughed.
Penhaligon then read from a 2021 email in which Lindqvist told a letting agent to "⟦p:a|stop wasting money on mould treatments for people who don't pay on time⟧". The developer said the email had been "⟦p:a|taken wildly out of context⟧", though he struggled to say what the context was.
The judge, Mr Justice Farrow, intervened only once, when Lindqvist began to address the public gallery directly. "⟦d:d|Please answer counsel, Mr Lindqvist, not the room,⟧" he said mildly.
Keogh, who sat two rows behind her barrister taking notes in shorthand, said afterwards only: "⟦d:b|I stand by every word.⟧"

### 012
@a Peter Vukovic | Judge
@b Graham Tannahill | the victim's father
@c Liam Szabo | -
@d Natalie Huang | Defence barrister
@e Amit Deshpande | Crown prosecutor
A young tradesman who killed a stranger with a single punch outside a Port Alder nightclub has been jailed for seven years, with a judge warning that one blow ``⟦p:a|can end a life as surely as a knife⟧''.
Liam Szabo, 22, pleaded guilty to the manslaughter of Brett Tannahill, 31, who hit his head on the kerb after being punched on Wharf Street on 3 December 2023.
In a victim impact statement read to the Port Alder County Court, Graham Tannahill, the victim's father, said: ``⟦d:b|I taught Brett to ride a bike on that street. I can't drive down it now.⟧''
``⟦d:b|People say time heals. It doesn't. You just get better at pretending in front of the grandkids.⟧''
Crown prosecutor Amit Deshpande told the court Szabo had been ``⟦p:e|spoiling for a fight⟧'' after being refused entry. Defence barrister Natalie Huang said her client had ``⟦p:d|no history of violence⟧'' and had written to the family.
``⟦d:d|He will carry this for the rest of his life, your Honour, and he knows that is nothing compared with what the Tannahill family carry,⟧'' Ms Huang said.
Asked whether he understood the sentence, Szabo replied: ``⟦d:c|Yes, your Honour.⟧''
Sentencing, Judge Peter Vukovic said: ``⟦d:a|There is a message that bears repeating until it is heard: walk away. Mr Szabo did not walk away, and a man is dead.⟧''

### 013
@a Philippe Morand-Duval | the bank's former head of private banking
@b Yannick Aebischer | Prosecutor
@c Odile Ferrand | a retired schoolteacher
@d Hélène Tessier | the presiding judge
VALRENNE — A former senior banker told a court on Thursday that he had «⟦p:a|never knowingly deceived a single client⟧», as his fraud trial entered its third week.
Philippe Morand-Duval, 58, the bank's former head of private banking, is accused of selling high-risk bonds issued by a failing property group to more than 400 elderly customers of Banque Lemaire-Roux as «⟦p:-|safe as a savings book⟧», according to the indictment.
«⟦d:a|I believed in those products. I bought them for my own mother,⟧» he told the court. «⟦d:a|If I had known what was coming, do you think I would have done that?⟧»
Prosecutor Yannick Aebischer was unmoved. «⟦d:b|Your mother, monsieur, was not told that the issuer was three months from insolvency. Neither were your clients,⟧» he said.
Earlier, the court heard from Odile Ferrand, a retired schoolteacher who lost €84,000. Asked by the presiding judge, Hélène Tessier, what remained of her savings, she answered in French: «⟦d:c|Je n'ai plus rien.⟧» — «⟦d:c|I have nothing left.⟧»
«⟦d:d|Take your time, madame,⟧» Judge Tessier told her when she stopped to compose herself.
The verdict is expected on 14 March.

### 014
@a Ryan Pickersgill | -
@b Chloe Venn | Prosecutor
@c Megan Hartley | -
@d Andrew Kwarteng | Recorder
@e Jasper Noakes | -
A JEALOUS ex who bombarded his former girlfriend with 600 messages in a single weekend — including one that read "⟦d:a|I will always know where you are⟧" — has been jailed.
Obsessive Ryan Pickersgill, 34, hid a tracking device under the wheel arch of Megan Hartley's car after she dumped him, Swanmere Crown Court heard.
Prosecutor Chloe Venn read out a string of chilling texts. In one, Pickersgill wrote: "⟦d:a|Nice haircut. Who's it for?⟧" In another: "⟦d:a|You can change your number. You can't change your face.⟧"
"⟦d:b|This was a campaign, your Honour, not a lapse,⟧" Ms Venn said.
In a statement read to the court, brave Megan, 29, said: "⟦d:c|I check under my car every morning. I sleep with the light on. I am 29 years old and I sleep with the light on.⟧"
Mitigating, Jasper Noakes said Pickersgill had "⟦p:e|lost his way⟧" after the death of his mother.
Recorder Andrew Kwarteng jailed him for 32 months and told him: "⟦d:d|You wanted her to feel watched. She did. That is precisely why you are going to prison.⟧"
Pickersgill was also handed an indefinite restraining order.

### 015
@a Lionel Ashdown | Judge
@b Rhiannon Pugh | Health and Safety Directorate inspector
@c Pellow & Sons Ltd | -
@d Kerry-Ann Mottram | His wife
A Tremarth building firm has been fined £160,000 after a worker fell six metres through a fragile roof panel and broke his back.
Stephen Mottram, then 38, was clearing gutters on a farm building near Polwen for Pellow & Sons Ltd in August 2022 when the sheeting gave way beneath him.
Tremarth Crown Court heard that no crawling boards or safety netting had been provided.
Judge Lionel Ashdown said the company had been "⟦p:a|cavalier⟧" about the risk. "⟦d:a|A man who went to work that morning to clear some gutters will never walk unaided again,⟧" he said.
Pellow & Sons, which pleaded guilty, said in a statement: "⟦d:c|We are deeply sorry for what happened to Stephen. We have overhauled our procedures and will continue to support him and his family.⟧"
Health and Safety Directorate inspector Rhiannon Pugh said after the hearing: "⟦d:b|This was an entirely foreseeable incident. Fragile roofs have been killing and maiming workers for decades, and the precautions are simple and cheap.⟧"
Mr Mottram, who now uses a wheelchair, was not in court. His wife Kerry-Ann Mottram said: "⟦d:d|He still asks why nobody stopped him going up there. That's the question, isn't it?⟧"

### 016
@a Witness K | a former laboratory manager at the Brennock works
@b Ingrid Solberg | counsel to the inquiry
@c Ama Darko | The inquiry chair
@d Brennock Water | -
@e - | her line manager
A whistleblower has told the public inquiry into the 2021 Brennock contamination outbreak that she was ordered to "⟦p:a|sit on⟧" test results showing dangerous bacteria levels for nine days.
Witness K, a former laboratory manager at the Brennock works, gave evidence from behind a screen. She said her line manager told her the readings were "⟦p:e|probably a lab error⟧" and should not be escalated.
"⟦d:b|Did you understand what those numbers could mean for the people drinking that water?⟧" asked Ingrid Solberg KC, counsel to the inquiry.
"⟦d:a|Yes. That's why I kept asking. I asked three times, and the third time I was told I was becoming a problem,⟧" Witness K said.
"⟦d:b|Told by whom?⟧"
"⟦d:a|By the operations director.⟧"
More than 2,300 people fell ill in the outbreak, and two elderly residents died.
The inquiry chair, Professor Ama Darko, thanked the witness at the close of her evidence. "⟦d:c|It cannot have been easy to come here today. The inquiry is grateful,⟧" she said.
Brennock Water said in a statement that it was "⟦p:d|fully cooperating⟧" with the inquiry and that it would be "⟦p:d|inappropriate to comment on individual testimony⟧".

### 017
@a Zainab Rashid | Ayaan's mother
@b Fergus McCallion | Judge
@c Kieran Lusk | -
@d Olu Abiodun | Detective Sergeant
A teenage driver who was filming himself on his phone at 78mph in a 30mph zone when he killed an 11-year-old boy has been jailed for eight years.
Kieran Lusk, 19, hit Ayaan Rashid as he crossed Shelley Road in Calderbrook with his older sister on the way home from football practice in October.
The court heard that Lusk told officers at the scene: “⟦d:c|I wasn't going that fast. He just ran out.⟧” Dashcam footage from another car showed otherwise.
In a statement read to Calderbrook Crown Court, Ayaan's mother, Zainab Rashid, said: “⟦d:a|Ayaan wanted to be a goalkeeper, then a vet, then a goalkeeper again. He changed his mind every week. He never got to make it up.⟧”
“⟦d:a|His sister saw everything. She is 13. She has stopped speaking to anyone but me.⟧”
“⟦d:b|You were performing for an audience on social media,⟧” Judge Fergus McCallion told Lusk. “⟦d:b|The only audience that matters now is a family who will never see their son grow up.⟧”
Speaking outside court, Detective Sergeant Olu Abiodun said: “⟦d:d|No video, no message, no like on a post is worth a child's life. I hope every young driver hears about this case.⟧”
Lusk, of Beacon Way, admitted causing death by dangerous driving. He was also banned from driving for 13 years after his release.

### 018
@a Ottilie Brandt | one of the defendants
@b Simon Ellery-Rowe | Judge
@c Rajveer Singh Gill | the prosecutor
@d Tobias Mensah | a 67-year-old retired vicar
Five climate campaigners who glued themselves to the doors of an oil company's headquarters told a jury on Monday that they had acted out of "⟦p:a|love and terror in roughly equal measure⟧".
Ottilie Brandt, one of the defendants, who is representing herself, addressed the jury at Kelmford Crown Court for almost an hour.
"⟦d:a|I am not asking you to agree with me about the climate,⟧" she said. "⟦d:a|I am asking you to consider what a reasonable person does when the building is on fire and nobody will pull the alarm.⟧"
Judge Simon Ellery-Rowe interrupted her twice to remind her that the state of the climate was not a defence. "⟦d:b|Ms Brandt, I have ruled on this. You may tell the jury why you did what you did, but you may not invite them to ignore the law,⟧" he said.
Tobias Mensah, a 67-year-old retired vicar, told jurors he had been arrested eleven times. "⟦d:d|I have buried more parishioners than I can count. I would like my grandchildren to bury me, not the other way round,⟧" he said.
Rajveer Singh Gill, prosecuting, reminded the jury that staff at Carrick Petroleum had been unable to leave the building for four hours. "⟦d:c|Strong beliefs, sincerely held, are not a licence to imprison cleaners and receptionists,⟧" the prosecutor said.
Outside court, supporters chanted "⟦s:-|Let them go⟧" and held up a banner reading "⟦s:-|Guilty of caring⟧".

### 019
@a Anneliese Kovač | Presiding Judge
@b Arkady Molnár | the former commander of the Black Pine brigade
@c Witness TR-14 | a survivor who was 12 at the time
@d Fatoumata Diallo | Senior trial attorney
@e Guido Ferraresi | Molnár's lawyer
VELDHAVEN, Oct 2 (Wirecast) - Prosecutors at the Special Tribunal for the Osmara Conflict asked judges on Wednesday to jail a former militia commander for life for ordering the killing of 61 villagers in 2004.
Senior trial attorney Fatoumata Diallo told the court: "⟦d:d|The evidence shows that Arkady Molnár did not lose control of his men. He gave the order, and then he watched.⟧"
Arkady Molnár, 57, the former commander of the Black Pine brigade, sat impassively in the dock, taking notes.
During the trial, Witness TR-14, a survivor who was 12 at the time, described hiding in a grain store. "⟦d:c|I could hear them calling names from a list. When they called my father's name, my mother put her hand over my mouth,⟧" the witness said.
Molnár's lawyer, Guido Ferraresi, said the prosecution had "⟦p:e|built a cathedral on sand⟧". "⟦d:e|No document, no radio intercept, no order in writing. Only memories, twenty years old,⟧" he said.
Molnár addressed the court briefly at the end of the hearing. "⟦d:b|I regret every death in that war, on every side. But I did not give that order,⟧" he said through an interpreter.
Presiding Judge Anneliese Kovač said the judgment would be delivered "⟦p:a|in due course⟧".

### 020
@a Wanjiru Kamau | the presiding judge
@b Otieno Barasa | The petitioner
@c Grace Nyambura | Kiserian East MP
@d Independent Boundaries and Elections Board | -
@e Collins Wafula | Nyambura's lawyer
The High Court in Mbeyani on Friday nullified the election of Kiserian East MP Grace Nyambura, ruling that irregularities at 31 polling stations were "⟦p:a|so widespread as to go to the heart of the poll⟧".
Reading the judgment, the presiding judge, Justice Wanjiru Kamau, said: "⟦d:a|An election is not merely an arithmetic exercise. It is a process, and where the process is compromised to this extent, the arithmetic cannot save it.⟧"
The petitioner, Otieno Barasa, who lost by 412 votes, wept and embraced supporters outside court. "⟦d:b|Today the people of Kiserian East have been heard. This was never about me,⟧" he said.
Nyambura's lawyer, Collins Wafula, said his client would appeal. "⟦d:e|With the greatest respect to the court, we believe it has substituted its own view for the will of the voters,⟧" Wafula told reporters.
Nyambura herself posted on social media: "⟦d:c|I remain your MP until the final court says otherwise. We move forward together.⟧"
The Independent Boundaries and Elections Board said it would study the judgment. "⟦d:d|The Board respects the decision of the court and will be guided by it,⟧" it said in a statement.

### 021
@a Thandeka Mbatha | the commission's evidence leader
@b Pieter Swanepoel | the former chief executive of the state freight company Transkor
@c Nomvula Dlamini-Roux | Judge
@d - | A source close to the commission
Pieter Swanepoel, the former chief executive of the state freight company Transkor, told the Ngcobo Commission on Tuesday that he had "⟦p:b|never met⟧" the businessman at the centre of a R340-million consultancy deal, before being shown photographs of the two men at a wedding.
"⟦d:a|Mr Swanepoel, is that you in the photograph?⟧" asked the commission's evidence leader, Thandeka Mbatha SC.
"⟦d:b|It appears to be me, yes.⟧"
"⟦d:a|And the man beside you, with his arm around your shoulders?⟧"
"⟦d:b|There were four hundred people at that wedding, chair. I shook a great many hands.⟧"
Judge Nomvula Dlamini-Roux, who chairs the commission, asked him to reconsider his earlier evidence. "⟦d:c|You told this commission under oath that you had never met him. Do you wish to correct that?⟧" she asked.
"⟦d:b|I wish to clarify it,⟧" Swanepoel replied, to laughter in the hall.
A source close to the commission said investigators had "⟦p:d|a great deal more⟧" to put to him when he returns next week.

### 022
@a Máirtín Ó Flatharta | a fisherman from Inis Garbh
@b Clodagh Nic Giolla | Judge
@c Barry Kinsella | defence counsel
A fisherman gave evidence in Irish through an interpreter at Carrickmoyle Circuit Criminal Court yesterday in the trial of a man accused of setting fire to a pier-side fish store.
Máirtín Ó Flatharta, a fisherman from Inis Garbh, said he saw the accused on the pier "⟦p:a|a little after midnight⟧" with a can in his hand.
Asked by defence counsel Barry Kinsella whether he was certain, Mr Ó Flatharta replied in Irish: "⟦d:a|Táim cinnte. D'aithneoinn é in áit ar bith.⟧" The interpreter translated: "⟦d:a|I am certain. I would know him anywhere.⟧"
"⟦d:c|It was dark, there was no moon, and you had been drinking. Isn't that right?⟧" Mr Kinsella asked.
"⟦d:a|Two pints. Over four hours.⟧"
Judge Clodagh Nic Giolla told the jury they should give the translated evidence "⟦p:b|exactly the same weight⟧" as evidence given in English. "⟦d:b|The witness is entitled to give evidence in his own language, and the court is glad to hear it,⟧" she said.
The accused, Declan Furey (41), of Main Street, Carrickmoyle, denies arson. The trial continues.

### 023
@a Ashok Pillai | -
@b Julian Haverstock | The tribunal's chair
@c - | One widow who lost £92,000
@d Meredith Crane | -
@e Solicitors Conduct Authority | -
A Wrenfield solicitor who took £640,000 from the estates of dead clients to prop up his failing practice has been struck off.
Ashok Pillai, 52, admitted dishonesty at a hearing of the Solicitors Disciplinary Tribunal but told the panel he had always intended to repay the money. “⟦d:a|I was robbing Peter to pay Paul, and I told myself Peter would never notice. That was wicked, and I know it,⟧” he said.
Meredith Crane, for the Solicitors Conduct Authority, said the sums involved were “⟦p:d|staggering⟧”. “⟦d:d|Mr Pillai was trusted by grieving families at the worst time of their lives. He treated their inheritances as an overdraft,⟧” she said.
The tribunal's chair, Julian Haverstock, said there was “⟦p:b|no alternative⟧” to striking him off. “⟦d:b|Honesty is the bedrock of this profession. Without it there is nothing,⟧” he said.
One widow who lost £92,000 said outside: “⟦d:c|He came to the funeral. He shook my hand at the funeral.⟧”
The Solicitors Conduct Authority said it had paid out £510,000 from its compensation fund. “⟦d:e|Clients who lost money have been, or will be, reimbursed,⟧” the authority said.

### 024
@a Fenella Rhodes | a consultant anaesthetist at Saltmarsh General Hospital
@b Kwabena Asante | The panel chair
@c Harriet Coles | -
@d Daniel Fairweather | The patient's son
A doctor who left an operating theatre to take a personal phone call while a patient was under general anaesthetic has been suspended for nine months.
Dr Fenella Rhodes, a consultant anaesthetist at Saltmarsh General Hospital, told a Medical Practitioners Tribunal hearing that she had been out of theatre "⟦p:a|for less than four minutes⟧" and had left a trainee in charge.
Harriet Coles, for the General Medical Board, said CCTV showed the absence lasted 11 minutes. "⟦d:c|It is not a question of minutes. A patient under general anaesthesia is at their most vulnerable, and the doctor responsible for keeping them alive walked out of the room,⟧" Ms Coles said.
Dr Rhodes said the call had come from her daughter's school. "⟦d:a|I panicked. I'm a mother as well as a doctor, and for a few minutes the mother won,⟧" she told the panel. "⟦d:a|I've regretted it every day since.⟧"
The patient, 81-year-old Joan Fairweather, suffered a dangerous drop in blood pressure but recovered. The patient's son, Daniel Fairweather, said: "⟦d:d|Everybody has a bad day. But a bad day in that job can't look like this.⟧"
The panel chair, Kwabena Asante, said Dr Rhodes had shown "⟦p:b|genuine insight⟧". "⟦d:b|Erasure would be disproportionate. But the public must be able to trust that those looking after them in theatre will stay in theatre,⟧" he said.

### 025
@a Gareth Lowndes | a response officer with 14 years' service
@b Miriam Obuya | Legally qualified chair
@c Anthony Brereton | -
@d Delroy Whyte | a 46-year-old warehouse worker
A police officer who was filmed kneeling on a handcuffed man's back and telling him to ``⟦p:a|stop crying like a baby⟧'' has been dismissed without notice.
PC Gareth Lowndes, a response officer with 14 years' service, was found to have committed gross misconduct after a three-day hearing at Hartwell police headquarters.
Body-worn camera footage showed Lowndes restraining Delroy Whyte, a 46-year-old warehouse worker, on a pavement in Kingsgate in May 2023. Mr Whyte can be heard saying ``⟦d:d|I can't breathe properly, man, please⟧''.
Lowndes told the panel: ``⟦d:a|I accept my language was unprofessional. But he was resisting, and in that moment I used the force I honestly believed I needed.⟧''
Anthony Brereton, presenting the case for the force, said: ``⟦d:c|Mr Whyte was face down, handcuffed and outnumbered three to one. Whatever resistance there had been was over.⟧''
Legally qualified chair Miriam Obuya said the officer's conduct was ``⟦p:b|wholly incompatible⟧'' with the standards expected of him. ``⟦d:b|The public would be rightly appalled,⟧'' she said.
Speaking after the hearing, Mr Whyte said: ``⟦d:d|I didn't want him sacked. I wanted him to say sorry. He never once said sorry.⟧''

### 026
@a Derek Pym | -
@b Maureen Clewes | Next-door neighbour
@c Wes Okafor | the dad-of-three
@d Lucinda Farr | District Judge
@e Kelly Marsh | Bramford council's antisocial behaviour officer
@g - | residents of Linnet Close
A “⟦s:-|neighbour from hell⟧” who blasted heavy metal through the walls at 3am and built a 12ft scrap pile in his front garden has been banned from his own street.
Derek “⟦s:-|Dekka⟧” Pym, 58, was slapped with a two-year injunction after residents of Linnet Close, Bramford, told a court their lives had become a “⟦p:g|living nightmare⟧”.
Next-door neighbour Maureen Clewes, 74, said: “⟦d:b|I've lived here 41 years. I've buried a husband in this house. And he has made me afraid to open my own front door.⟧”
Wes Okafor, who lives opposite, said his children had been woken “⟦p:c|night after night⟧”. “⟦d:c|You can't reason with him. You knock on the door, you get a torrent of abuse,⟧” the dad-of-three said.
Bramford council's antisocial behaviour officer Kelly Marsh told the court: “⟦d:e|We have logged 213 complaints in 18 months. We do not bring these applications lightly.⟧”
Derek Pym denied everything and told District Judge Lucinda Farr: “⟦d:a|I'm being stitched up. They've never liked me round here.⟧”
The judge was unimpressed. “⟦d:d|Mr Pym, I have heard from nine of your neighbours. They cannot all be part of a conspiracy,⟧” she said.
As he left court, Pym yelled at waiting photographers: “⟦d:a|Get a proper job!⟧”

### 027
@a Kalinda Rivers | the 200 metres champion
@b Renate Hollweg | the panel's chair
@c Meridian Anti-Doping Agency | -
@d Desmond Ferreira | Her coach
Kalinda Rivers, the 200 metres champion, has lost her appeal against a four-year ban for a failed drugs test, ending her hopes of competing at next summer's Meridian Games.
Rivers had argued that the banned steroid found in her sample came from contaminated meat eaten at a team dinner.
In a written decision, the panel's chair, Renate Hollweg, said that explanation was "⟦p:b|possible, but not probable⟧".
"⟦d:b|The athlete has not established, on the balance of probability, how the substance entered her system. The panel has great sympathy for her position but cannot speculate,⟧" Hollweg wrote.
Rivers said in a statement posted on social media: "⟦d:a|I have never cheated. Not once. I will keep fighting to clear my name if it takes the rest of my life.⟧"
Her coach, Desmond Ferreira, said: "⟦d:d|I have known this girl since she was eleven. I would stake my house on her.⟧"
The Meridian Anti-Doping Agency welcomed the ruling. "⟦d:c|Athletes are responsible for what is in their bodies. That principle protects every clean competitor,⟧" the agency said.

### 028
@a Grzegorz Nowicki | the driver of the tipper lorry
@b Jonathan Pike | Assistant coroner
@c Ffion Roberts | a campaigner with Velo Safe
@d Marguerite Olsen | Her partner
@e Hamid Qureshi | a forensic collision investigator
A lorry driver has told an inquest that he "⟦p:a|never saw⟧" a cyclist before she was crushed beneath his wheels at a junction in central Ambleford.
Dr Helena Voss, 39, a university researcher, died at the junction of Castle Street and Tanner's Row on the morning of 9 February.
Grzegorz Nowicki, the driver of the tipper lorry, told Ambleford Coroner's Court through tears: "⟦d:a|I checked my mirrors. I checked them twice. I don't know where she came from. I think about her every day.⟧"
PC Hamid Qureshi, a forensic collision investigator, said the lorry's nearside blind spot was "⟦p:e|large enough to hide a car⟧" and that the vehicle was not fitted with a side-view camera.
Asked by assistant coroner Jonathan Pike whether a camera would have made a difference, PC Qureshi replied: "⟦d:e|In my opinion, very probably, sir.⟧"
Recording a conclusion that Dr Voss died as a result of a road traffic collision, Mr Pike said: "⟦d:b|It is not for me to apportion blame. But I cannot ignore evidence that a simple piece of equipment, costing a few hundred pounds, may have saved Dr Voss's life.⟧"
Her partner, Marguerite Olsen, said outside: "⟦d:d|Helena cycled because she thought it was the right thing to do. She should not have had to be brave to get to work.⟧"
Ffion Roberts, a campaigner with Velo Safe, said the case was "⟦p:c|yet another⟧" in which a camera might have saved a life.

### 029
@a Rhodri Vaughan-Ellis | an expert in emergency medicine called by the prosecution
@b Isobel Marchetti | -
@c Kwame Osei-Tutu | a locum registrar
@d Langridge | The judge
An expert witness conceded on Thursday that a locum doctor accused of manslaughter had been working in “⟦p:a|extremely difficult conditions⟧”, but insisted that his failure to spot sepsis fell “⟦p:a|far below⟧” the standard expected.
Dr Kwame Osei-Tutu, 44, a locum registrar, denies gross negligence manslaughter over the death of 27-year-old Bethan Rees, who was sent home from the emergency department at Glynmor Hospital with what was later found to be sepsis.
Professor Rhodri Vaughan-Ellis, an expert in emergency medicine called by the prosecution, told Caerwen Crown Court: “⟦d:a|Her heart rate, her temperature and her breathing rate were all abnormal. Any one of those should have raised a flag. Together, they were a siren.⟧”
Cross-examining, Isobel Marchetti KC, for Dr Osei-Tutu, pointed out that the department had 43 patients waiting and two doctors on shift.
“⟦d:b|Professor, have you ever worked a night like that?⟧” she asked.
“⟦d:a|I have worked many difficult nights.⟧”
“⟦d:b|Forty-three patients, two doctors, no consultant in the building?⟧”
“⟦d:a|Perhaps not quite like that, no,⟧” he conceded.
“⟦d:b|Then, with respect, you are judging him from a very comfortable chair.⟧”
In a prepared statement read to the jury, Dr Osei-Tutu said: “⟦d:c|I did my best for every patient that night. I will never stop being sorry that my best was not enough for Bethan.⟧”
The judge, Mrs Justice Langridge, reminded jurors that the question was not whether the doctor had made a mistake “⟦p:d|but whether it was so bad as to be criminal⟧”. The trial continues.

### 030
@a Régis Thibodeau | the former mayor of Saint-Aurèle
@b Nathalie Kremer | The presiding judge
@c Anouk Verstraeten | public prosecutor
@d Jean-Baptiste Lekeu | a building contractor who has admitted paying
SAINT-AURÈLE — A former mayor accused of taking bribes in exchange for public works contracts told a court on Tuesday that envelopes of cash handed to him by a builder had been «⟦p:a|campaign donations, nothing more⟧».
Régis Thibodeau, the former mayor of Saint-Aurèle, is on trial alongside three businessmen.
Jean-Baptiste Lekeu, a building contractor who has admitted paying, testified last week that «⟦p:d|everyone knew the price⟧». «⟦d:d|Five per cent to the mayor's office, or you didn't work in this town. It was like the weather,⟧» he said.
Asked by public prosecutor Anouk Verstraeten why he had never declared the donations, Thibodeau said: «⟦d:a|I was badly advised. I am a schoolteacher by training, not an accountant.⟧»
«⟦d:c|You were mayor for 22 years, monsieur. At some point you must have learned to count,⟧» she replied.
The presiding judge, Nathalie Kremer, called for order after laughter from the public benches. «⟦d:b|This is a courtroom, not a theatre,⟧» she said.
A verdict is expected in June.

### 031
@a - | the jury foreman
@b Shane Corrigan | -
@c - | A man in the public gallery
@d Anjali Sethi | Judge
@e Kelly Ward | the victim's sister
@f Paul Hendry | Detective Chief Inspector
A man who shot dead a rival drug dealer outside a Dunmere pub has been found guilty of murder.
Asked by the clerk whether the jury had reached a verdict on which they were all agreed, the jury foreman said: "⟦d:a|Guilty.⟧"
Shane Corrigan, 31, shook his head and shouted "⟦d:b|This is a joke⟧" from the dock. Someone at the back of the court shouted "⟦d:-|Yes!⟧" and began to clap.
A man in the public gallery shouted "⟦d:c|You'll get yours⟧" and was removed by security staff.
Judge Anjali Sethi warned: "⟦d:d|Any further outbursts and I will clear the gallery. This is a court of law.⟧"
Corrigan shot Aaron Ward, 28, twice in the chest in the car park of the Ferryman Inn on 22 August last year.
Speaking outside court, Kelly Ward, the victim's sister, said: "⟦d:e|Aaron wasn't an angel and we've never pretended he was. But he was a dad, and his little boy is going to grow up with a photo.⟧"
Detective Chief Inspector Paul Hendry, who led the investigation, said: "⟦d:f|People told us nobody would talk. People did talk, and I want to thank every one of them for their courage.⟧"
Corrigan will be sentenced on Friday.

### 032
@a - | The boy
@b Amara Fofanah | District Judge
@d - | The victim's mother
@e Tariq Aziz | -
A 15-year-old boy who stabbed a schoolmate in the leg during a fight at a Harrowfield bus stop has been given a 12-month youth rehabilitation order.
The boy, who cannot be named for legal reasons, admitted wounding and possessing a bladed article at Harrowfield Youth Court.
Tariq Aziz, for the boy, said he had started carrying the knife after being robbed twice on his way home from school. “⟦d:e|He is not a gangster, ma'am. He is a frightened child who made a terrible decision,⟧” he said.
District Judge Amara Fofanah addressed the boy directly. “⟦d:b|Look at me, please. Do you understand that if that knife had gone in a few inches higher, we would be talking about murder?⟧”
“⟦d:a|Yes, miss,⟧” the boy replied.
“⟦d:b|Then I want you to remember this day.⟧”
The victim's mother, who asked not to be named, said: “⟦d:d|My son will be fine, physically. But he won't get on a bus on his own any more.⟧”

### 033
@a Emil Radu | a former transport minister
@b Ophelia Grant | Senior District Judge
@c Naveen Chaudhry | -
@d Elspeth Moray | His barrister
A businessman wanted in Vellania on corruption charges has told a court he would be "⟦p:a|dead within a year⟧" if he were sent back to a Vellanian prison.
Emil Radu, 47, a former transport minister, is fighting extradition at Kingsreach Magistrates' Court. "⟦d:a|I have seen what happens in those prisons. I signed the budgets. I know exactly how little money goes to them,⟧" he said.
His barrister, Elspeth Moray, said the charges were "⟦p:d|politically motivated from first to last⟧" and that Radu had fallen out with the country's president.
Naveen Chaudhry, representing the Vellanian authorities, said diplomatic assurances had been provided. "⟦d:c|Vellania has given specific, written guarantees about the conditions in which Mr Radu would be held. This court has accepted such assurances before,⟧" he said.
"⟦d:a|Assurances are paper,⟧" Radu said when this was put to him. "⟦d:a|Paper does not open a cell door.⟧"
Senior District Judge Ophelia Grant reserved judgment. "⟦d:b|I will give my decision in writing, and I will give it as soon as I properly can,⟧" she said.

### 034
@a Colin Whitbread | the signaller on duty that night
@b Ngozi Okonjo-Reid | Counsel to the inquiry
@c Gavin Threlfall | The inquiry chairman
@d Northway Rail | -
@e Huda Al-Masri | -
A signaller has told the public inquiry into the Fenwick Junction rail crash that he “⟦p:a|should have stopped everything⟧” when a warning light flickered on his panel 20 minutes before the collision.
Colin Whitbread, the signaller on duty that night, broke down several times as he gave evidence in Ashgrove.
“⟦d:a:m|I saw it flicker and then it went back to normal. We'd had that light flicker for weeks. It had been reported. Everybody said it was a fault in the panel, not the track.⟧
“⟦d:a:m|So I logged it and I carried on. That's what we'd been told to do.⟧
“⟦d:a|I've thought about those 20 minutes every day for three years.⟧”
Counsel to the inquiry, Ngozi Okonjo-Reid, asked who had told him to carry on. “⟦d:b|Was that instruction ever put in writing?⟧” she asked.
“⟦d:a|Not that I ever saw. It was just what you were told in your first week.⟧”
The inquiry chairman, Sir Gavin Threlfall, said Mr Whitbread had given his evidence “⟦p:c|with great honesty and at obvious personal cost⟧”.
Northway Rail said in a statement that the panel fault had been “⟦p:d|a known issue under active investigation⟧” at the time.
Huda Al-Masri, whose husband Yusuf died in the crash, said outside the hearing: “⟦d:e|That man told the truth today. I wish the people above him had the same courage.⟧”

### 035
@a Bernadette Kilbride | Judge
@b - | a spokesman for the prosecution
@c Mehmet Yilmaz | Defence solicitor
@d Rebecca Thorne | the former head teacher of Greyfriars Primary School in Coldharbour
A jury in the trial of a former head teacher accused of stealing £210,000 from her school has been discharged after failing to reach a verdict.
Rebecca Thorne, the former head teacher of Greyfriars Primary School in Coldharbour, denies fraud by abuse of position.
During the trial, Thorne told jurors the payments had been "⟦p:d|honest mistakes in a chaotic office⟧". "⟦d:d|I was a teacher, not a bookkeeper,⟧" she said in evidence. "⟦d:d|I'd be the first to say the paperwork was a mess.⟧"
After more than 19 hours of deliberation, the jury told Judge Bernadette Kilbride that they could not agree, even by a majority. "⟦d:a|I am very grateful to you for the care you have obviously taken. No one could have asked more of you,⟧" the judge told them.
"⟦d:b|We will review the case, but our present intention is to seek a retrial,⟧" a spokesman for the prosecution said.
Thorne, 56, left court without comment. Defence solicitor Mehmet Yilmaz said: "⟦d:c|Mrs Thorne has lived under this cloud for four years. She will face a retrial, if there is one, with the same determination.⟧"

### 036
@a Yusra Haidari | a senior lecturer in chemistry
@b Robert Castellanos | Employment Judge
@c Dunsford University | -
@d Alistair Kemp | her former head of department
A chemistry lecturer who was repeatedly passed over for promotion in favour of less-qualified male colleagues has won her claim for sex discrimination against Dunsford University.
Dr Yusra Haidari, a senior lecturer in chemistry, told the tribunal she had been described in a departmental meeting as “⟦p:d|too intense⟧” and “⟦p:d|not a natural fit for leadership⟧”.
Professor Alistair Kemp, her former head of department, accepted in evidence that he had used both phrases but said they were “⟦p:d|a fair reflection of feedback⟧” from colleagues.
“⟦d:d|I have never treated a member of staff differently because of their sex,⟧” he told the tribunal, “⟦d:d|and I would be mortified to think anyone believed I had.⟧”
Employment Judge Robert Castellanos rejected that. In his written reasons he said: “⟦d:b|The tribunal has no doubt that the language used about Dr Haidari would not have been used about a man with the same record.⟧”
Dr Haidari said after the ruling: “⟦d:a|I didn't bring this case for money. I brought it because there are young women in that department watching what happens to people like me.⟧”
Dunsford University said it accepted the findings in full. “⟦d:c|We apologise to Dr Haidari. We are reviewing our promotion processes with external support,⟧” the university said.

### 037
@a Helga Brandvold | Justice Minister
@b Free Assembly Now | the organisers
@c Court of Appeal | -
@d Tendai Moyo | A spokeswoman for the group
NORDHAVN, May 7 (Wirecast) - An appeals court on Tuesday upheld a government ban on a planned march through the capital's old quarter, dealing a blow to Free Assembly Now, the organisers, who had called the case "⟦p:b|a test of whether this country still believes in free assembly⟧".
The Court of Appeal said the risk of violence on the proposed route was "⟦p:c|real and substantial⟧".
"⟦d:c|The right to protest is fundamental, but it is not absolute. The authorities were entitled to conclude that the route chosen could not be policed safely,⟧" the court said in its ruling.
Justice Minister Helga Brandvold welcomed the decision. "⟦d:a|This was never about silencing anyone. The organisers are free to march on any of the three alternative routes we offered,⟧" she said.
Free Assembly Now said it would take the case to the Supreme Court. "⟦d:b|If this ruling stands, any government can ban any march simply by predicting that somebody, somewhere, might throw a bottle,⟧" the group said.
A spokeswoman for the group, Tendai Moyo, told Wirecast: "⟦d:d|We will be on the streets on Saturday either way. Peacefully, and in numbers.⟧"

### 038
@a Cedric Ambrose-Flint | a retired surveyor representing himself
@b Yasmin Patel-Hughes | Recorder
@c Gideon Ashe | -
@d Laura Fenn | a community support officer
It is not often that a defendant cross-examines a police witness about the feeding habits of the greylag goose, but then Cedric Ambrose-Flint is not an ordinary defendant.
Ambrose-Flint, 71, a retired surveyor representing himself, is accused of criminal damage after he took a bow saw to a council sign reading “⟦s:-|No Feeding The Birds⟧” beside the millpond in Fretton.
“⟦d:a|Officer, are you aware that geese have been fed on that pond since 1887?⟧” he asked Laura Fenn, a community support officer.
“⟦d:d|I'm not, no,⟧” she said.
“⟦d:a|I have a document.⟧”
“⟦d:b|Mr Ambrose-Flint, the history of the pond is not in issue,⟧” said Recorder Yasmin Patel-Hughes, not for the first time.
“⟦d:a|With the greatest respect, madam, it is the only thing that is in issue.⟧”
Gideon Ashe, prosecuting, had earlier told the jury that the case was “⟦p:c|about a sign, a saw and a man who admits using one on the other⟧”.
Ambrose-Flint does not dispute sawing the sign down. He calls it “⟦p:a|an act of conservation⟧”. The jury will decide on Thursday whether that amounts to a lawful excuse.

### 039
@a Beatriz Fonseca | the manager
@b Hamish Drummond | Counsel to the inquiry
@c Ilse Markham | The inquiry's chair
@d Pauline Kerridge | -
@e Pelham Health Board | -
A care home manager whose home lost 19 residents in the first weeks of the Morrow virus outbreak has told a public inquiry that staff were given "⟦p:a|one box of masks and a leaflet⟧".
Beatriz Fonseca, who ran Larchwood House in Pelham at the time, said she begged for help from the local health board.
"⟦d:a|I phoned every number I had. I phoned numbers I didn't have, numbers people gave me in car parks,⟧" the manager said. "⟦d:a|Nobody came. Not for eleven days.⟧"
Counsel to the inquiry Hamish Drummond showed her an email from the Pelham Health Board, dated 3 April, saying support was "⟦p:e|on its way⟧".
"⟦d:b|Did that support ever arrive?⟧" Mr Drummond asked.
"⟦d:a|A box of masks arrived. And a leaflet about handwashing. I still have the leaflet,⟧" Ms Fonseca said.
Pauline Kerridge, whose father died at Larchwood, said outside the hearing: "⟦d:d|I don't blame the staff. They were heroes. I blame the people who left them on their own.⟧"
The inquiry's chair, Ilse Markham, described the evidence as "⟦p:c|profoundly troubling⟧".

### 040
@a Lee Barraclough | -
@b Chantelle Ivey | Her mum
@c Orla Devereux | Judge
@d Ray Pendle | Dog walker
A DOG owner whose out-of-control pet mauled a seven-year-old girl in a park has been jailed for 18 months.
Lee Barraclough, 36, had been warned twice about his dog Tyson, which savaged little Poppy Ivey as she played on the swings in Westgate Park, Milnford.
Dog walker Ray Pendle, who dragged the animal off, told Milnford Crown Court: ``⟦d:d|I've had dogs all my life. I've never seen anything like it. It wouldn't let go.⟧''
Her mum, Chantelle Ivey, said in a statement: ``⟦d:b|Poppy has had four operations. She asks me if her face will ever look like it did. I tell her yes. I don't know if that's true.⟧''
Barraclough told police: ``⟦d:a|He's soft as anything at home. He must have been provoked.⟧''
Judge Orla Devereux said: ``⟦d:c|There is not a shred of evidence that this dog was provoked by a seven-year-old on a swing. You were told, twice, and you did nothing.⟧''
The dog has since been destroyed.

### 041
@a Margery Lindholm | an 83-year-old widow from Kessock
@b Craig Enderby | -
@c Sunil Bhatnagar | the prosecutor
@d Philippa Stone | Enderby's barrister
A widow told a jury by video link yesterday how a man she met on a dating website persuaded her to remortgage her home to pay for his “⟦s:-|cancer treatment⟧”.
Margery Lindholm, an 83-year-old widow from Kessock, said she transferred more than £180,000 to a man she knew as “⟦s:-|Major David Crane⟧”.
“⟦d:a|He wrote to me every morning. Every single morning. Nobody had done that since my Harold died,⟧” she said, dabbing her eyes.
“⟦d:c|Did you ever hear his voice, Mrs Lindholm?⟧” asked the prosecutor, Sunil Bhatnagar.
“⟦d:a|Once. He said the line from the base was very bad. I could hardly hear him.⟧”
Craig Enderby, 45, of Dunmoor, denies fraud. The Crown says the voice on that call was his.
In a police interview read to the court, Enderby said: “⟦d:b|I've never heard of this woman. Someone's used my bank account.⟧”
“⟦d:d|Have you ever seen the man in the dock before today?⟧” Enderby's barrister, Philippa Stone, asked gently.
“⟦d:a|No, dear. Never.⟧”
The trial continues.

### 042
@a Rosa Quintero | a 38-year-old primary school teacher
@b Laurence Okafor | a psychologist who studies juries at the University of Hallam
@c - | Another juror from the same trial
Rosa Quintero, a 38-year-old primary school teacher, still has the summons. It is pinned to her fridge, under a magnet shaped like a lemon, next to her son's swimming certificates.
“⟦d:a|I keep meaning to throw it away,⟧” she says. “⟦d:a|I think I keep it because I need to remember that it actually happened. That for six weeks I was one of twelve people deciding what happened to someone's life.⟧”
Quintero served on the jury in a murder trial at Amberley Crown Court in 2022. She cannot, by law, discuss what was said in the jury room. But she can talk about the rest: the waiting, the photographs, the evenings alone.
“⟦d:a:m|Nobody prepares you for the pictures. You sit there and the usher hands you a bundle and you open it and there's a person in it, and they're not a person any more.⟧
“⟦d:a|I went home that night and made fish fingers for my son and I couldn't tell anyone why I was crying.⟧”
Dr Laurence Okafor, a psychologist who studies juries at the University of Hallam, says her experience is common. “⟦d:b|We ask ordinary people to do something extraordinary,⟧” he says, “⟦d:b|and then we send them home with a leaflet. In most systems there is no formal aftercare at all.⟧”
Another juror from the same trial, who asked not to be identified, put it more bluntly. “⟦d:c|You do your duty and then you're on your own. That's the deal, apparently.⟧”
Quintero has since written to her local MP asking for jurors to be offered counselling. She has not had a reply. “⟦d:a|I'll write again,⟧” she says. “⟦d:a|Teachers are very good at chasing homework.⟧”

### 043
@a Trevor Gaskin | a parish councillor in Upper Stowe
@b Hilary Bannerman | District Judge
@c Neema Achieng | -
@d Jeanette Crowther | -
An Upper Stowe councillor has been fined after failing to declare £1,340 of spending on leaflets and a hired "⟦s:-|battle bus⟧" during last May's elections.
Trevor Gaskin, a parish councillor in Upper Stowe, pleaded guilty at Stowbridge Magistrates' Court to making a false declaration of election expenses.
Prosecuting, Neema Achieng said the spending limit for the ward was £860. "⟦d:c|Mr Gaskin's return declared £212. The true figure was more than six times that,⟧" she said.
Gaskin, 67, told the court: "⟦d:a|I've been on the council 30 years and I've never filled in one of those forms properly. Nobody ever checked before.⟧"
District Judge Hilary Bannerman replied: "⟦d:b|That is not the mitigation you may think it is, Mr Gaskin.⟧"
He was fined £900 and ordered to pay £350 costs. Jeanette Crowther, who stood against him and lost by 38 votes, said outside court: "⟦d:d|It's not about the money. It's about the rest of us playing by the rules and him not bothering.⟧"
Gaskin said he would not resign. "⟦d:a|The people of Upper Stowe know me. They can decide at the next election,⟧" he said.

### 044
@a Anselm Kraus | a former art restorer
@b Marcus Oyelowo | Judge
@c Camille Fontaine-Ross | a specialist in pigment analysis
@d Delacourt & Finch | the auction house that sold four of the works
@e Patrick Ng | His counsel
A former art restorer who sold fake modernist paintings for more than £3m was jailed for six years yesterday by a judge who said his “⟦p:b|considerable gifts⟧” had been “⟦p:b|put to the service of greed⟧”.
Anselm Kraus, a former art restorer, produced at least 14 works attributed to the painter Elsa Marovic, Castlegate Crown Court heard.
Dr Camille Fontaine-Ross, a specialist in pigment analysis, told the court that one canvas contained a titanium white “⟦p:c|which simply did not exist when Marovic was supposed to have painted it⟧”.
“⟦d:c|It was rather like finding a digital watch in a portrait of a medieval king,⟧” she said.
His counsel, Patrick Ng, said Kraus had begun forging “⟦p:e|almost as a joke⟧”, to prove a point to a dealer who had sneered at his own work. “⟦d:e|The joke, I accept, went on for eleven years,⟧” Mr Ng said.
In a letter to the judge, Kraus wrote: “⟦d:a|I am not sorry that I can paint. I am sorry that I lied about who did.⟧”
Judge Marcus Oyelowo told him: “⟦d:b|You fooled experts, dealers and collectors. You did not fool the paint.⟧”
Delacourt & Finch, the auction house that sold four of the works, said it had refunded every buyer. “⟦d:d|We have since strengthened our provenance checks,⟧” the firm said.

### 045
@a Chidi Okonkwo | a 29-year-old nurse
@b Barnaby Quill | the landlord
@c Sarah Lindgren | Tribunal Judge
@d Greystone Renters' Union | -
A landlord who let out a damp, unlicensed shared house to five young workers has been ordered to repay them £27,000 in rent.
Chidi Okonkwo, a 29-year-old nurse, told the property tribunal that black mould grew "⟦p:a|up the walls and across the ceiling⟧" of her bedroom.
"⟦d:a|I would come in from a night shift and have to wipe down my pillow before I could sleep on it,⟧" she said.
Barnaby Quill, the landlord, said he had not known a licence was needed. "⟦d:b|I'm a small landlord. I've got two houses. I'm not some property tycoon with a legal department,⟧" he told the hearing.
In its decision, Tribunal Judge Sarah Lindgren said ignorance of the licensing scheme was "⟦p:c|no defence⟧". "⟦d:c|Mr Quill was content to collect more than £2,500 a month from this property. He was obliged to find out what the law required of him,⟧" she wrote.
The Greystone Renters' Union, which supported the tenants, said: "⟦d:d|This should be a warning to every landlord in the city who thinks the rules don't apply to them.⟧"

### 046
@a Iain MacRury | leader of the Glen Torran Mountain Rescue Team
@b Morag Buchanan | Sheriff
@c Euan Laidlaw | Procurator fiscal depute
@d Anil Menon | the 34-year-old
A fatal accident inquiry into the death of a climber on Stob Coire Bàn has heard that he and his partner set out despite a forecast warning of “⟦p:-|severe gales and blizzard conditions⟧” on the summit ridge.
Rory Dalgleish, 41, from Kinnaird, fell about 200 metres when a cornice collapsed beneath him in February 2023.
Anil Menon, who was climbing with him, told Sheriff Morag Buchanan at Inverlochan Sheriff Court: “⟦d:d|Rory stepped out to look at the line and the edge just went. There was no sound. He was there and then he wasn't.⟧”
“⟦d:d|We'd talked about turning back. We should have turned back,⟧” the 34-year-old said.
Iain MacRury, leader of the Glen Torran Mountain Rescue Team, said 14 volunteers searched for nine hours in winds of more than 70mph. “⟦d:a|Conditions were as bad as I have known in 25 years. We were putting our own people at real risk, and they knew it, and they went anyway,⟧” he said.
Procurator fiscal depute Euan Laidlaw asked: “⟦d:c|Is there a lesson here for other climbers, Mr MacRury?⟧”
“⟦d:a|Cornices don't care how experienced you are. That's the lesson,⟧” he replied.
Sheriff Buchanan will issue a written determination. “⟦d:b|I will take time to consider all of the evidence carefully, and I am grateful to everyone who gave it,⟧” she said.

### 047
@a Geneviève Lamontagne | Coroner
@b Maxime Tremblay-Ouellet | a paramedic
@c Line Bergeron | Océane's mother
@d Lac-Dorval Health Authority | -
SAINTE-ODILE-DU-LAC — A paramedic told a coroner's inquiry on Monday that an ambulance took 52 minutes to reach a teenage girl who collapsed at a school sports day because the two nearest vehicles were «⟦p:b|stuck at the hospital, waiting to unload patients⟧».
Maxime Tremblay-Ouellet, a paramedic, said the delay was «⟦p:b|not an exception but the rule⟧» that summer.
«⟦d:b|We were parked in the hospital bay for two, three hours at a time. You could hear the calls going out on the radio and you could not move,⟧» he testified.
Coroner Geneviève Lamontagne asked whether he had raised the problem with his managers. «⟦d:a|Did anyone in authority know?⟧» she asked.
«⟦d:b|Everyone knew. It was in every report,⟧» he answered.
Océane Bergeron, 15, died of a cardiac arrhythmia in June last year. Océane's mother, Line Bergeron, told the inquiry in French: «⟦d:c|Elle m'attendait.⟧» — «⟦d:c|She was waiting for me.⟧»
The Lac-Dorval Health Authority said in a statement that it had «⟦p:d|taken concrete steps⟧» to reduce the time ambulances spend waiting at hospitals.

### 048
@a Priti Raman | Solicitor General
@b Penrose | -
@c Carys Bevan | -
A man who subjected his partner to a two-year campaign of coercive control had his prison sentence more than doubled by the Court of Appeal on Wednesday after the Solicitor General argued it was "⟦p:a|unduly lenient⟧".
Nathan Hartigan, 33, was originally given 22 months at Pontrhys Crown Court.
Lord Justice Penrose said the original sentence "⟦p:b|failed to reflect the gravity⟧" of the offending. "⟦d:b|This was not a volatile relationship. It was the deliberate and sustained domination of one person by another,⟧" he said. The sentence was increased to four years and eight months.
Solicitor General Priti Raman said after the hearing: "⟦d:a|Coercive control destroys lives quietly, behind closed doors. I am glad the court has recognised the seriousness of this case.⟧"
In a statement, Carys Bevan, who waived her right to anonymity, said: "⟦d:c|For two years he decided what I ate, who I spoke to and when I slept. Today, for the first time, somebody else decided something about him.⟧"

### 049
@a Jonas Eriksen | the defendant
@b Anya Kowalczyk | -
@c Samuel Adebayo | his barrister
@d Geraint Pryce | Judge
A man accused of murdering his best friend in a row over a £400 debt told a jury yesterday that he “⟦p:a|never meant for anyone to get hurt⟧” and that the knife had belonged to his friend.
Jonas Eriksen, 29, denies murdering Callum Frost at a flat in Westerby in March.
Questioned by his barrister, Samuel Adebayo KC, the defendant said Frost had lunged at him. “⟦d:a|He came at me with it. I grabbed his wrist. We went down together. I didn't know he was hurt until I saw the blood on my hands,⟧” he told Westerby Crown Court.
“⟦d:c|What did you do then?⟧” Mr Adebayo asked.
“⟦d:a|I rang 999. I kept pressing on it like they told me to.⟧”
Cross-examining, Anya Kowalczyk KC, prosecuting, suggested he had lied to police. “⟦d:b|In your first interview you said you were not even in the flat, didn't you?⟧”
“⟦d:a|I was scared,⟧” Eriksen said, “⟦d:a|so I lied.⟧”
“⟦d:b|You lied, and you went on lying for two days.⟧”
“⟦d:a|Yes.⟧”
Eriksen then broke down in tears, and Judge Geraint Pryce adjourned the hearing. “⟦d:d|We will take a short break, members of the jury. Fifteen minutes,⟧” he said.
The trial continues.

### 050
@a Leah Abramowitz | counsel to the inquiry
@b Kofi Mensah-Bonsu | retired judge
@c Harlan Street Families Group | -
@d Anwar Shah | Its spokesman
The public inquiry into the collapse of the Harlan Street footbridge, in which seven people died, opened yesterday with a promise that it would ``⟦p:a|follow the evidence wherever it leads, and into whichever office⟧''.
Leah Abramowitz KC, counsel to the inquiry, told the hearing in Corrington: ``⟦d:a:m|On the evening of 12 November, seven people set out to walk home across a bridge that they had every right to believe was safe. None of them reached home.⟧
``⟦d:a:m|We will hear that cracks in the bridge's main support were photographed in 2019, and again in 2021. We will hear that those photographs were sent to the council. We will try to discover what happened to them next.⟧
``⟦d:a|The families are entitled to answers. They are entitled to the whole truth, and not a convenient version of it.⟧''
The inquiry is chaired by retired judge Kofi Mensah-Bonsu, who said he would deliver an interim report within a year. ``⟦d:b|I know that for the families, every month is a long time,⟧'' he said.
The Harlan Street Families Group said it had waited ``⟦p:c|far too long⟧'' for the hearings to begin. Its spokesman, Anwar Shah, whose daughter Zara died in the collapse, said: ``⟦d:d|We are not here for revenge. We are here so that nobody else has to stand where we are standing.⟧''

### 051
@a Aroha Tūhoe-Mitchell | Chief Justice
@b Tamati Rangi | chairman of the Ōtāwhiti Land Trust
@c Silverfern Minerals | -
@d Henrietta Blaine | Attorney-General
@e Colin Ferrar | The dissenting judge
WELLHAVEN, Aug 14 (Wirecast) - The Supreme Court ruled on Thursday that the government breached its duty to a tribal community when it granted a mining permit on ancestral land without consulting it, quashing the permit in a 4-1 decision.
Reading a summary of the judgment, Chief Justice Aroha Tūhoe-Mitchell said the Crown's obligations were "⟦p:a|not a matter of courtesy but of law⟧". "⟦d:a|Consultation that takes place after the decision has been made is not consultation at all,⟧" she said.
Tamati Rangi, chairman of the Ōtāwhiti Land Trust, which brought the case, said outside court: "⟦d:b|Our grandparents fought for this land with petitions. Our parents fought for it with protests. We fought for it with lawyers. Today we won.⟧"
The dissenting judge, Justice Colin Ferrar, wrote that the majority had imposed "⟦p:e|a standard that no government could reliably meet⟧".
Silverfern Minerals said it was "⟦p:c|disappointed⟧" by the ruling and would "⟦p:c|consider its options⟧".
Attorney-General Henrietta Blaine said the government would study the judgment. "⟦d:d|We respect the court's decision and we will act on it,⟧" she said.

### 052
@a Jaxon Reid | a social media influencer with 1.2 million followers
@b Okwuosa | the judge
@c Siân Pritchard | -
@d Benedikt Haas | His lawyer
A social media influencer who posted a video naming a rape complainant and calling her a “⟦p:a|liar⟧” has been jailed for contempt of court.
Jaxon Reid, a social media influencer with 1.2 million followers, admitted contempt over the video, titled “⟦s:-|The Truth They Won't Tell You⟧”, which was viewed more than 300,000 times before it was taken down.
Siân Pritchard, for the Attorney General, told the High Court: “⟦d:c|The complainant in that trial was entitled to lifelong anonymity. Mr Reid took it away from her in 47 seconds, for clicks.⟧”
His lawyer, Benedikt Haas, said Reid had had “⟦p:d|no idea⟧” he was breaking the law. “⟦d:d|He is 23. He thought he was commenting on a story like any other,⟧” he said.
Sentencing him to eight months, the judge, Mr Justice Okwuosa, said: “⟦d:b|Ignorance of the law has never been an excuse, and it is a particularly thin one for someone who makes his living from publishing.⟧”
Reid, who appeared by video link, said only: “⟦d:a|I understand. I'm sorry.⟧”

### 053
@a Louise Abara | the nursery's manager
@b Peter Gaunt | Coroner
@c Mateusz Zieliński | Ellis's father
@d Childcare Standards Office | -
@e Jade Conlon | A nursery worker
A toddler choked to death on a grape that had not been cut up at a Hallam nursery, an inquest has heard.
Ellis Zieliński, 22 months, collapsed during lunch at Little Acorns Day Nursery in Brookfield in September 2023.
A nursery worker, Jade Conlon, who was sitting at his table, said she had turned away "⟦p:e|for seconds⟧" to help another child. "⟦d:e|When I turned back he had gone a funny colour. I did back blows, like we'd been trained. It wouldn't come out,⟧" she said, in tears.
Louise Abara, the nursery's manager, said staff had been told to quarter grapes lengthways. "⟦d:a|That day, for whatever reason, the grapes went out whole. I have asked myself why every single day since,⟧" she told the inquest.
Coroner Dr Peter Gaunt concluded that Ellis died as a result of misadventure. "⟦d:b|The risk from whole grapes to young children is well known. The nursery's own policy recognised it. On this occasion, the policy was not followed,⟧" he said.
Ellis's father, Mateusz Zieliński, said: "⟦d:c|Ellis was our whole world. If one nursery, one parent, reads this and gets out a knife before lunch, then his name will mean something.⟧"
The Childcare Standards Office said it had inspected the nursery after Ellis's death and that it had since "⟦p:d|made the required improvements⟧".

### 054
@a Stacey-Leigh Harkin | Bride
@b Kyle Dutton | Best man
@d Jean Akinola | Presiding magistrate
@e Ben Iqbal | Prosecutor
@f - | One guest
A BEST man who started a punch-up at his mate's wedding — and sent the three-tier cake flying — has been ordered to pay the couple £2,000 in compensation.
Best man Kyle Dutton, 33, admitted affray at Sandholme Magistrates' Court after the brawl at the Old Mill Hotel in June.
Prosecutor Ben Iqbal said Dutton had sunk “⟦p:e|at least 12 pints⟧” before a speech in which he called the bride's family “⟦p:b|a bunch of snobs⟧”.
Bride Stacey-Leigh Harkin, 31, said in a statement: “⟦d:a|It was supposed to be the happiest day of my life. Instead I spent it picking sponge out of my nan's hair.⟧”
“⟦d:a|We had saved for four years. We have no photos of the first dance because there was no first dance.⟧”
One guest told the court: “⟦d:f|It went from zero to chairs flying in about ten seconds.⟧”
Dutton told magistrates: “⟦d:b|I'm mortified. Danny was my best mate. I don't think he is now.⟧”
Presiding magistrate Jean Akinola told him: “⟦d:d|A wedding is a once-in-a-lifetime occasion, Mr Dutton, and you ruined it.⟧”

### 055
@a Gianluca Ferretti | the former operations manager of the Valmonte cable car
@b Chiara Benedetti | Prosecutor
@c Tomer Ashkenazi | an engineer who lost his wife and son in the accident
@d Paola Sartori | Judge
VALMONTE — A former cable car manager admitted in court on Wednesday that he had ordered an emergency brake to be disabled «⟦p:a|to keep the cabins running⟧» in the weeks before a cabin fell, killing 11 people.
Gianluca Ferretti, 61, the former operations manager of the Valmonte cable car, said in Italian: «⟦d:a|Non doveva succedere.⟧» — «⟦d:a|It should never have happened.⟧»
«⟦d:a|The brake kept engaging for no reason. We thought it was a sensor fault. We believed the main cable was safe,⟧» he told the court through an interpreter.
Prosecutor Chiara Benedetti asked him who else knew. «⟦d:b|Did you inform the owners that the brake had been disabled?⟧»
«⟦d:a|They knew. Everybody knew,⟧» Ferretti replied.
Tomer Ashkenazi, an engineer who lost his wife and son in the accident, watched from the front row. «⟦d:c|For three years I have waited to hear him say that. Now I want to hear the others say it,⟧» he told reporters afterwards.
Judge Paola Sartori adjourned the trial until 9 May. «⟦d:d|The court will hear from the owners at the next session,⟧» she said.

### 056
@a Hamza Qadri | Judge
@b Beryl Ashworth | a former parish clerk
@d - | One parishioner
@e Lionel Frame | Ashworth's barrister
DRENTHAM (Wirecast) - A former parish clerk who stole £48,000 from a village hall restoration fund to pay for cruises was spared jail on Friday after a judge said she was ``⟦p:a|a broken and genuinely remorseful woman⟧''.
Beryl Ashworth, 64, a former parish clerk, admitted theft at Drentham Crown Court.
Judge Hamza Qadri told her: ``⟦d:a|You were trusted by a small community which gave its money in tins and jam jars. You spent it on three cruises.⟧''
Ashworth's barrister, Lionel Frame, said: ``⟦d:e|She has sold her home to repay every penny. She now lives in a one-bedroom flat and volunteers at a food bank four days a week.⟧''
Asked whether she had anything to say, Ashworth said: ``⟦d:b|I'm so ashamed. I've let everybody down.⟧''
The judge imposed a two-year sentence, suspended for two years.
One parishioner said outside court: ``⟦d:d|She did a lot of good over the years. This doesn't wipe that out, but it doesn't half spoil it.⟧''

### 057
@b Sandra Oyelowo | the former chief executive of Eastvale council
@c Gloria Nwachukwu | residents' association secretary
What follows is an edited extract from Tuesday's evidence to the Marsh Fields inquiry. Declan Harte KC, counsel to the inquiry, is questioning Sandra Oyelowo, the former chief executive of Eastvale council.
HARTE: In a briefing note in March 2018 you described the Marsh Fields estate as "⟦p:b|a candidate for managed decline⟧". What did you mean by that?
OYELOWO: It was a planning term. It meant we would not prioritise major new investment there.
HARTE: Residents have told this inquiry they understood "⟦s:-|managed decline⟧" to mean the council had given up on them. Were they wrong?
OYELOWO: I understand why they read it that way. It was a poor choice of words.
HARTE: The note also says, and I quote, "⟦p:b|repairs should be limited to the statutory minimum⟧". Was that a decision or a recommendation?
OYELOWO: A recommendation. The decision was for members.
HARTE: Did members ever see the note?
OYELOWO: I would have to check.
Outside the hearing, residents' association secretary Gloria Nwachukwu told reporters: "⟦d:c|We weren't a candidate for anything. We were people living there, and we still are.⟧"

### 058
@a Morwenna Tregear | a senior captain with 22 years at the airline
@b - | A spokesman for Skylark Airways
@c Declan Moriarty | Employment Judge
@d Farah Nasser | general secretary of the Aviators' Guild
@e Stuart Bell | Fleet manager
A senior pilot who was grounded after complaining about fatigue on long-haul rosters was victimised for raising safety concerns, an employment tribunal has found.
Morwenna Tregear, a senior captain with 22 years at the airline, told the tribunal in Harlowe: "⟦d:a|I wrote that I was too tired to fly safely. Within a fortnight I was off the roster and being sent for a psychological assessment. You do the maths.⟧"
Fleet manager Stuart Bell said the referral was "⟦p:e|routine and supportive⟧". "⟦d:e|Nobody was punishing Morwenna. We were worried about her,⟧" he told the hearing.
Employment Judge Declan Moriarty found otherwise. "⟦d:c|The tribunal does not accept that the referral was a coincidence. It was, in our judgment, a direct response to the claimant's fatigue report,⟧" he said in his written reasons.
A spokesman for Skylark Airways said: "⟦d:b|We are disappointed with the outcome and are considering the judgment carefully. Safety is at the heart of everything we do.⟧"
Farah Nasser, general secretary of the Aviators' Guild, said the ruling should be "⟦p:d|a wake-up call for the whole industry⟧".

### 059
@a Dylan Prosser | Lance Corporal
@b Imogen Carver | Judge Advocate
@c Rashid Khalil | Major
@d - | the recruit
@e - | An Army spokesperson
A soldier who bullied a teenage recruit at a training camp, forcing her to stand in a freezing river in her underwear, has been jailed for 10 months and dismissed from the Army.
Lance Corporal Dylan Prosser, 24, was convicted at Caldmoor Military Court Centre of ill-treating a subordinate.
Major Rashid Khalil, prosecuting, told the court: “⟦d:c|This was not banter, and it was not toughening up. It was cruelty dressed up as training.⟧”
In a statement read to the court, the recruit, who cannot be named, said: “⟦d:d|I joined because my grandad served. I wanted him to be proud of me. I left after five weeks because I was afraid to go to sleep.⟧”
Prosser told the court he had been “⟦p:a|copying what was done to me⟧” when he was a recruit. “⟦d:a|I thought it was normal. I know now it wasn't,⟧” he said.
Judge Advocate Imogen Carver told him: “⟦d:b|Those who hold rank hold it in trust. You abused that trust in the most degrading way.⟧”
An Army spokesperson said: “⟦d:e|Bullying has no place in the Army. We will not tolerate it at any level.⟧”

### 060
@a Adjoa Mensah-Clarke | the barrister
@b Nicholas Fairbairn | Senior coroner
@c Eastmoor Police | -
@d Oliver Trent | -
@e Denise Kabila | Reuben's mother
The family of a man who died after being restrained by police officers at a mental health unit have accused the authorities of dragging their feet after his inquest was delayed for a third time.
Reuben Kabila, 32, died at the Fernlea Unit in Eastmoor in January 2022.
At a pre-inquest review hearing on Monday, Adjoa Mensah-Clarke, representing the family, accused Eastmoor Police and the Eastmoor Mental Health Trust of "⟦p:a|running down the clock⟧" by disclosing documents late.
"⟦d:a|We received 1,400 pages of material on Friday afternoon. Friday afternoon, sir. This family has waited more than two years. They are exhausted,⟧" the barrister said.
Oliver Trent, for the trust, apologised for the delay, which he said was "⟦p:d|regrettable but not deliberate⟧".
Senior coroner Nicholas Fairbairn said he shared the family's frustration. "⟦d:b|I am not prepared to let this slip again. I will set a final deadline for disclosure and I expect it to be met, by everyone,⟧" he said.
Eastmoor Police said in a statement: "⟦d:c|We are committed to supporting the coroner's investigation and apologise for any distress caused by the timing of our disclosure.⟧"
Denise Kabila, Reuben's mother, said outside: "⟦d:e|Every time we come here I put on my good coat and I think: today we'll find out. And every time we go home with nothing.⟧"

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh143.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh143",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
