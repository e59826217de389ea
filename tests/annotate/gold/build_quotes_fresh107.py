# ruff: noqa: E501
"""Build ``quotes_fresh107.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families whose statements are read to the court, inquests,
public inquiry hearings with counsel to the inquiry, appeals, employment, immigration,
housing, medical and sports tribunals, written up as wire copy, broadsheet and
local-paper court reports, tabloid court stories, broadcaster web copy and live
updates, and magazine pieces.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh107-NNN``.

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
  ``District Judge``, ``Employment Judge``, ``Recorder``, ``Coroner``, ``senior
  coroner``, ``Magistrate``, ``Prosecutor``, ``Defence counsel``, police and military
  ranks such as ``Detective Chief Inspector`` or ``Private``) is the description, and
  it is preferred over a definite description used later at a cue.
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description in the next sentence or at a cue (``the
  witness``, ``the judge``, ``the 27-year-old sprinter``), that description is taken.
* The judicial styles ``Mr Justice``, ``Mrs Justice``, ``Lady Justice`` and ``Lord
  Justice`` are honorifics: they are stripped from the name (which is then the surname
  as written) and are never the description.
* The court-report tags after an advocate's name (``prosecuting``, ``defending``,
  ``mitigating``, ``for the Ledger``, ``representing the Veldorian government``) are
  that speaker's description, as written.
* A statement read aloud in court by someone else (a victim's statement read by the
  prosecutor, a father's statement read by his daughter) belongs to its author, not to
  the reader; so do letters, text messages, voicemails, emails, margin notes, judgments
  and police-interview answers put before the court. A judgment or ruling that "says"
  something is the speech of the judge who wrote it.
* A family, a jury or another group that is not an organisation, speaking together
  (``Ms Ibekwe's family said``, ``the jury wrote``), has a null speaker and that
  phrase as the description.
* A witness known only by a cipher (``Witness K-14``) has the cipher as the speaker.
* Speech on a recording (a 999 call, a voicemail) belongs to whoever speaks on it; an
  unidentified voice on it, or a shout from a public gallery by nobody described, has
  speaker and description null.
* A non-restrictive relative clause after an appositive is not part of the
  description; a restrictive one is.
* Fragments quoted from unidentified reports or documents are ``partial`` with a null
  speaker. Questions by a first-person writer (``I ask``) are ``direct`` with speaker
  and description null.
* In a printed exchange (alternating quote-only paragraphs, as in cross-examination),
  each turn belongs to the person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh107.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh107.jsonl")

PASSAGES = """
### 001
@a Rowena Achterberg | Prosecutor
@b Imran Castellanos | Defence counsel
@c Halden Freight | -
WEXCOMBE, England, March 4 (Wirecast) - A former finance director siphoned more than 6 million pounds from his company's pension fund to pay for racehorses, a villa in the Algarve and his daughter's wedding, a jury at Wexcombe Crown Court heard on Tuesday.
Gregor Vasquez-Lindqvist, 58, who worked at the haulage firm Halden Freight for 19 years, denies 11 counts of fraud by abuse of position and two counts of money laundering.
Prosecutor Rowena Achterberg told jurors the case was "⟦p:a|about trust, and what one man chose to do with it⟧".
"⟦d:a|Mr Vasquez-Lindqvist was trusted by 2,300 drivers, warehouse staff and clerks to look after the money they had put aside for their old age,⟧" she said. "⟦d:a|The prosecution case is that he treated it as his own current account.⟧"
Achterberg said the money had passed through a chain of companies registered in three countries, including one named "⟦s:-|Safe Harbour Pensions Advisory⟧", which she said had no staff, no office and no clients other than the fund.
"⟦d:a|You may think the name was a joke,⟧" she added. "⟦d:a|The Crown says it was camouflage.⟧"
Defence counsel Imran Castellanos said his client accepted that "⟦p:b|serious mistakes⟧" had been made in the way the fund was run but denied acting dishonestly.
"⟦d:b|This is not a man who set out to steal from anybody,⟧" Castellanos told the court. "⟦d:b|You will hear that, when he was able to, he paid very large sums back.⟧"
Halden Freight, which is not accused of wrongdoing, said in a statement that it was "⟦p:c|cooperating fully with the court process⟧" and that members' pensions had been protected by an industry compensation scheme.
The trial, which is expected to last eight weeks, continues.

### 002
@a Leanne Mossop | prosecuting
@b Faisal Quraishi | defending
@c Dorian Pryce-Evans | the 41-year-old
@d Gwenllian Rees | Chair of the bench
A Brackenford man who was nearly three times the drink-drive limit when he crashed into a bus shelter on the High Street has been banned from the road for two years.
Dorian Pryce-Evans, 41, of Tolley Road, admitted drink-driving when he appeared before Brackenford Magistrates’ Court on Monday.
Leanne Mossop, prosecuting, said a passer-by had called police at about 11.40pm on September 14 after seeing a grey Vauxhall Astra mount the kerb.
“⟦d:a|The shelter was empty, which was fortunate, but it was destroyed,⟧” Ms Mossop said. “⟦d:a|When officers arrived the defendant was sitting on the wall beside it, and told them he had ‘only had a couple’.⟧”
A breath test showed 97 micrograms of alcohol in 100 millilitres of breath. The legal limit is 35.
Faisal Quraishi, defending, said his client had recently lost his job and had been drinking at home when he decided to drive to a petrol station for cigarettes.
“⟦d:b|He is thoroughly ashamed. He knows how this could have ended,⟧” Mr Quraishi said. “⟦d:b|He has already started attending a support group, and he has sold the car.⟧”
Speaking from the dock, the 41-year-old told magistrates: “⟦d:c|I’m sorry. That’s all I can say.⟧”
Chair of the bench Gwenllian Rees told him he had been “⟦p:d|extremely lucky⟧”.
“⟦d:d|Had anyone been waiting for a bus that night, you would be standing in front of a very different court,⟧” she said.
As well as the ban, Pryce-Evans was fined £840 and ordered to pay £85 costs and a £336 victim surcharge.

### 003
@a Marcia Delacroix-Bello | Jerome's mum
@b - | a man in the public gallery
@c Ellis Tan-Whitcombe | Judge
@d Naveen Choudhury | Detective Inspector
A THUG who stabbed a dad-of-three outside a chippy in a row over a spilled drink was caged for life yesterday - as his victim's heartbroken mum told him: "⟦d:a|You took my whole world.⟧"
Kyle Brannagh, 23, knifed Jerome Bello, 31, four times in the queue at the Golden Fry in Castlemere.
Jurors at Ormsby Crown Court took less than three hours to convict him of murder.
In a statement read to the court, Jerome's mum Marcia Delacroix-Bello said: "⟦d:a|I still set a place for him at Sunday dinner. I can't stop myself.⟧"
"⟦d:a|His children ask me when Daddy is coming home from the hospital. What am I supposed to say to them?⟧"
Brannagh smirked in the dock as the statement was read. As he was led down, a man in the public gallery shouted: "⟦d:b|Rot in there!⟧"
Judge Ellis Tan-Whitcombe told Brannagh he must serve at least 21 years behind bars.
"⟦d:c|You went out that night carrying a knife, and you used it over a spilled drink. There is nothing I can say that makes sense of that,⟧" the judge said.
"⟦d:c|Mr Bello was a loving father who had done nothing whatsoever to provoke you.⟧"
Detective Inspector Naveen Choudhury, who led the investigation, said outside court: "⟦d:d|Jerome's family have shown incredible dignity throughout. Nothing will bring him back, but I hope today gives them some small measure of peace.⟧"

### 004
@a Philippa Ormerod-Tyne | the trust’s chief executive from 2014 to 2021
@b Oluwaseun Adebayo-Clarke | counsel to the inquiry
@c Ngaire Hollis | The inquiry chair
The former chief executive of the Pennick and Coldharbour hospitals trust has admitted that she did not read a damning internal report on baby deaths for almost a year after it landed on her desk.
Giving evidence to the Pennick Maternity Inquiry on Wednesday, Philippa Ormerod-Tyne, the trust’s chief executive from 2014 to 2021, said she had been “⟦p:a|overwhelmed⟧” by the volume of paperwork and had relied on her medical director to flag anything urgent.
The 2017 report, drawn up after the deaths of three babies in six weeks, described a culture of “⟦p:-|fear and silence⟧” on the labour ward.
Oluwaseun Adebayo-Clarke KC, counsel to the inquiry, asked her: “⟦d:b|The report was marked ‘urgent – for CEO’. What more did it need to say?⟧”
“⟦d:a|I accept it should have been read. I accept that entirely,⟧” she replied.
“⟦d:b|Eleven months, Ms Ormerod-Tyne.⟧”
“⟦d:a|Yes.⟧”
“⟦d:b|In those eleven months, four more babies died on that unit.⟧”
There was a long pause before she answered. “⟦d:a|I know. I think about that every day.⟧”
The inquiry chair, Dame Ngaire Hollis, then intervened. “⟦d:c|Was there anyone in that building whose job it was to make sure you read it?⟧” she asked.
“⟦d:a|Me,⟧” Ormerod-Tyne said.
The inquiry, which has heard from more than 140 families, continues.

### 005
@a Callum Rafferty | a paramedic with the Northern Fells Ambulance Service
@b Sunita Bhalla | area coroner
@c Northern Fells Ambulance Service | the ambulance service
@d - | Amira's family
A 19-year-old student who collapsed at a music festival died from a rare heart condition and not from drugs, as was widely claimed online, an inquest has concluded.
Amira Haddad-Whitley, from Lowther Bridge, was taken ill at the Fellside Sound festival near Kendrew in August last year.
Callum Rafferty, a paramedic with the Northern Fells Ambulance Service, told the inquest at Kendrew Coroner's Court that she was already in cardiac arrest when he reached the medical tent.
"⟦d:a|We worked on her for 40 minutes. Everybody in that tent did everything they could,⟧" he said.
Asked by the coroner whether an ambulance could have reached her sooner, he said: "⟦d:a|The access road was blocked by traffic leaving the main stage. We had to do the last half-mile on foot with the kit.⟧"
A post-mortem examination found she had an undiagnosed heart condition, and toxicology tests found no drugs in her system.
Recording a conclusion of natural causes, area coroner Sunita Bhalla said posts on social media claiming Amira had taken drugs were "⟦p:b|entirely false and deeply hurtful⟧".
"⟦d:b|Amira's family have had to grieve while reading things about her that were simply untrue,⟧" she said. "⟦d:b|I hope today puts that to rest.⟧"
She said she would write to the festival organisers and to the ambulance service about emergency access to the site.
In a statement, the ambulance service said it would "⟦p:c|study the coroner's comments carefully⟧".
Amira's family said: "⟦d:d|She was funny, clever and kind, and she was going to be a vet. That is who she was.⟧"

### 006
@a Marcus Oyelaran | Employment Judge
@b Tamsin Kerrigan-Shaw | the former head of compliance at Corvane Partners
@c Daniel Fortescue | Corvane’s chief operating officer
@d Corvane Partners | -
A compliance chief who was sacked days after warning that her employer was misleading clients about fees was unfairly dismissed and subjected to whistleblowing detriment, an employment tribunal has ruled.
Tamsin Kerrigan-Shaw, the former head of compliance at Corvane Partners, a London asset manager, could receive more than £1m in compensation after Employment Judge Marcus Oyelaran found that the firm’s explanation for her dismissal was “⟦p:a|a fiction constructed after the event⟧”.
In a 64-page judgment, the judge said: “⟦d:a|We did not believe Mr Fortescue’s evidence that the decision to restructure the compliance function had been taken in the spring. There is not a single document that supports it.⟧”
Daniel Fortescue, Corvane’s chief operating officer, had emailed a colleague two hours after Kerrigan-Shaw first raised her concerns: “⟦d:c|We need to deal with Tamsin before this goes any further.⟧”
Asked at the hearing what he had meant, he told the tribunal: “⟦d:c|I meant we needed to deal with her concerns. It was badly worded.⟧”
The tribunal rejected that explanation as “⟦p:a|implausible⟧”.
Speaking outside the hearing centre, Kerrigan-Shaw said: “⟦d:b|I did the job I was paid to do. I hope other people in my position read this and feel a bit braver.⟧”
Corvane said it was “⟦p:d|disappointed⟧” by the ruling and was considering an appeal.

### 007
@a Imogen Asante-Barr | Upper Tribunal Judge
@b Tewodros Haile | -
@c Rosalind Mbeki-Carter | His solicitor
@d - | A spokesperson for the Department for Borders and Migration
A chef who has lived in Merrowby for 12 years has won his appeal against deportation after a judge found that officials had "⟦p:a|fundamentally misunderstood⟧" the evidence about his family life.
Tewodros Haile, 29, who runs the kitchen at the Lantern café on Quay Street, was told he would be removed to Eritrea after serving a four-month sentence for a driving offence in 2022.
In a written decision, Upper Tribunal Judge Imogen Asante-Barr said the department had treated his relationship with his two British daughters as "⟦p:a|an afterthought⟧".
"⟦d:a|The children's interests are a primary consideration. They are not a box to be ticked at the end of the refusal letter,⟧" she wrote.
"⟦d:a|The evidence, which the respondent did not challenge, is that the appellant collects both girls from school four days a week and cooks for them every evening.⟧"
Mr Haile said he had slept properly on Tuesday night for the first time in months. "⟦d:b|I can tell my daughters now that I am staying,⟧" he said. "⟦d:b|That is all I wanted to be able to say to them.⟧"
His solicitor, Rosalind Mbeki-Carter, said the case showed "⟦p:c|how easily a family can be torn apart by a form⟧".
"⟦d:c|He was never hiding. He reported every month. He did everything that was asked of him,⟧" she said.
A spokesperson for the Department for Borders and Migration said: "⟦d:d|We are disappointed by the decision and are considering our options.⟧"

### 008
@a Penhaligon | the vice-president of the criminal division
@b Declan Forde-Ashby | -
@c Kwabena Osei-Mensah | His solicitor
@d Crown Prosecution Authority | -
A man who spent nine years in prison for a robbery he always insisted he did not commit has had his conviction quashed by the Court of Appeal.
Declan Forde-Ashby, now 44, was convicted in 2014 of robbing a post office in Thornbury Heath at knifepoint.
The court heard that fingerprints found on the counter, which were never disclosed to his defence team, have since been matched to another man, who died in 2019.
Lord Justice Penhaligon, the vice-president of the criminal division, said the failure to disclose the evidence had been “⟦p:a|serious and, in the circumstances, inexplicable⟧”.
“⟦d:a|Had the jury known of this material, we are satisfied that they might well have reached a different verdict,⟧” he said. “⟦d:a|The conviction is unsafe and must be quashed.⟧”
Outside court, Mr Forde-Ashby hugged his sister and wept.
“⟦d:b|Nine years. Nine birthdays, two funerals I couldn’t go to,⟧” he said. “⟦d:b|I’m not angry today. I’ll be angry tomorrow. Today I just want to go and look at the sea.⟧”
His solicitor, Kwabena Osei-Mensah, said: “⟦d:c|Declan was let down at every stage of this process, by people who had the evidence in a box and never opened it. Someone needs to explain how that happened.⟧”
The Crown Prosecution Authority said it “⟦p:d|accepted the court’s judgment⟧” and would “⟦p:d|review how the material came to be missed⟧”.

### 009
@a Georgina Ashdown-Pike | the witness
@b Helena Marchetti | defending
@c Ruth Okonkwo-Daly | prosecuting
A woman who says she was pushed down a flight of stairs by her former business partner has denied inventing the attack to win a dispute over their bakery.
Georgina Ashdown-Pike, 36, was giving evidence on the second day of the trial of Sabine Wetherall, 41, who denies causing grievous bodily harm at the Bakehouse on Mill Lane, Corbury, in May last year.
Under cross-examination, Helena Marchetti, defending, suggested that she had simply fallen.
"⟦d:b|You lost your footing on a wet step, didn't you?⟧" Miss Marchetti asked.
"⟦d:a|No. She pushed me. I felt her hands on my back,⟧" Ms Ashdown-Pike replied.
"⟦d:b|You had been arguing about money for months. This was your chance to be rid of her.⟧"
"⟦d:a|That's disgusting,⟧" the witness said. "⟦d:a|I broke my pelvis. Do you think I did that to myself to win an argument?⟧"
Re-examined by Ruth Okonkwo-Daly, prosecuting, Ms Ashdown-Pike was asked about the moments after the fall.
"⟦d:c|What were the first words you said to the paramedic?⟧" Ms Okonkwo-Daly asked.
"⟦d:a|I said, 'Sabine pushed me.' I kept saying it, over and over,⟧" she replied.
Wetherall is expected to give evidence later this week. The trial continues.

### 010
@a Adaeze Nwankwo-Pryor | Judge
@b Jonathan Kiplagat | mitigating
@c Tomás Oyarzún | -
A landlord who packed 14 people into a three-bedroom house with no working smoke alarms has been jailed for 11 years for the manslaughter of two tenants who died in a fire.
Lucian Ferreira-Holt, 52, ignored four written warnings from Halbury council about the property on Granville Terrace, Norbridge Crown Court heard.
Sentencing him on Friday, Judge Adaeze Nwankwo-Pryor said:
“⟦d:a:m|You knew the house was dangerous. You were told so, in writing, by people whose job it was to know. You chose to do nothing, because doing something would have cost you money.⟧
“⟦d:a:m|Precious Mahlangu and Wiktor Sobczak were young people who came to this country to work. They paid you rent every week, in cash, and in return you gave them a room with a padlock on the outside of the door.⟧
“⟦d:a|They had no way out. That is on you, and on nobody else.⟧”
Jonathan Kiplagat KC, mitigating, said his client was “⟦p:b|genuinely remorseful⟧” and had “⟦p:b|never for a moment imagined⟧” that a fire could break out.
The judge said she did not accept that. “⟦d:a|If that were true, Mr Ferreira-Holt, you would have fitted the smoke alarms,⟧” she said.
Tomás Oyarzún, who survived by climbing out of a first-floor window, said in a statement read to the court that he still woke at night “⟦p:c|smelling smoke that isn’t there⟧”.
“⟦d:c|I lost two friends. I lost everything I owned. He lost nothing until today,⟧” he wrote.

### 011
@a Daniel Achebe-Morrow | Pc
@b Cressida Vaughan-Lowe | prosecuting
A police officer accused of assaulting a teenager during a stop and search has told a jury he «⟦p:a|genuinely feared⟧» the boy was reaching for a knife.
Pc Daniel Achebe-Morrow, 29, of Leyford Police, denies assault occasioning actual bodily harm. The 16-year-old, who cannot be named for legal reasons, suffered a fractured cheekbone.
Giving evidence at Stowmarsh Crown Court on Monday, the officer said: «⟦d:a|He put his right hand into the front of his hoodie. I'd been told there had been a stabbing two streets away. I thought I had a second, maybe less.⟧»
«⟦d:a|I have replayed that moment every single day since.⟧»
Under cross-examination, Cressida Vaughan-Lowe KC, prosecuting, took the jury through the officer's body-worn camera footage frame by frame.
«⟦d:b|He's taking his phone out, isn't he? You can see the screen light up,⟧» she said.
«⟦d:a|I can see that now. I couldn't see it then,⟧» Pc Achebe-Morrow replied.
«⟦d:b|You struck him three times after he was on the ground.⟧»
«⟦d:a|I was trying to control his arms.⟧»
«⟦d:b|With your fist?⟧»
The officer did not answer immediately. «⟦d:a|Yes,⟧» he said eventually.
The trial continues.

### 012
@a Saskia Thorne-Bramley | the wellness influencer who is suing the Daily Courant for libel
@b Rhys Penhallow | for the Courant
@c Ackroyd | the judge
Court 13 has the feel of a provincial theatre on a wet matinee: half full, faintly damp, its audience not entirely sure what it has come to see.
On Thursday what it saw was Saskia Thorne-Bramley, the wellness influencer who is suing the Daily Courant for libel, spending most of the afternoon explaining what she means by the word “⟦s:-|clean⟧”.
“⟦d:a|It’s not a medical term. I’ve never said it was a medical term,⟧” she told the court, more than once.
Rhys Penhallow KC, for the Courant, had a lever-arch file of her posts and read from them in the flat voice of a man reading out a gas bill. One, from 2021, promised that a seven-day juice plan would “⟦p:a|flush out the toxins your doctor won’t tell you about⟧”.
“⟦d:b|Which toxins, Ms Thorne-Bramley?⟧”
“⟦d:a|It’s a general statement.⟧”
“⟦d:b|Could you name one?⟧”
She could not, or would not. Penhallow let the silence sit for a while before moving on to “⟦s:-|manifesting⟧”, a subject on which the claimant was on firmer ground and which the judge, Mr Justice Ackroyd, said he would “⟦p:c|try very hard to follow⟧”.
The Courant’s article, headlined “⟦s:-|The Detox Queen’s Dirty Secret⟧”, alleged that she had sold supplements she knew to be useless. The paper says the article was true and in the public interest.
Leaving court, Thorne-Bramley told the photographers waiting on the Strand that she felt “⟦p:a|amazing, honestly⟧”. The trial is listed for eight days.

### 013
@b Graham Stallybrass | the former director of operations at Westmarch Water
@c - | the engineer
@d Anand Bhattacharjee | The chair
The following is an extract from Tuesday’s hearing of the Westmarch Reservoir Inquiry, at which Farida Rahimi-Locke, counsel to the inquiry, questioned Graham Stallybrass, the former director of operations at Westmarch Water.
Q: Mr Stallybrass, you received the engineer’s report on the spillway in March 2019. Did you read it?
A: I read the summary.
Q: The summary says, and I quote: “⟦d:c|Urgent remedial works are required before the next winter season.⟧” Did you read that sentence?
A: Yes.
Q: And in the margin of your copy, in your handwriting, are the words “⟦d:b|defer to FY20⟧”.
A: That was a note about the budget. It wasn’t a decision.
Q: Whose decision was it?
A: The board’s. I said as much in my witness statement.
Q: Your statement says that you “⟦p:b|raised concerns at every opportunity⟧”. Can you point the inquiry to one document in which you did so?
A: Not today, no.
The chair, Sir Anand Bhattacharjee, said after the exchange that the inquiry would “⟦p:d|want to see those documents, if they exist⟧”.

### 014
@a Ifeanyi Obi | the site manager
@b Stuart Maclennan | an inspector with the Workplace Safety Authority
@c Helen Carradine | senior coroner
@d Jodie Falconer | His partner
A scaffolder who fell 40 feet from a building site in Marlow Cross had not been clipped on because the anchor points had been removed the day before, an inquest heard.
Ryan Tolputt, 27, died at the scene of the Regent Yard development on July 3.
Ifeanyi Obi, the site manager, told the inquest at Haverleigh Town Hall that nobody had told him the anchor points had been taken down.
"⟦d:a|If I'd known, nobody would have gone up. Simple as that,⟧" he said. "⟦d:a|I've been in this industry 22 years and I've never lost anybody before.⟧"
Stuart Maclennan, an inspector with the Workplace Safety Authority, said the removal had been ordered by a subcontractor to make way for cladding.
"⟦d:b|There was no written procedure for it, no sign-off, nothing,⟧" he told senior coroner Helen Carradine. "⟦d:b|It was done on a verbal instruction, and the information simply didn't reach the people who needed it.⟧"
Asked whether the site had been a safe place to work that morning, Mr Maclennan replied: "⟦d:b|No, it wasn't.⟧"
Recording a narrative conclusion, Mrs Carradine said Ryan had died "⟦p:c|as a result of a foreseeable and preventable fall⟧".
His partner, Jodie Falconer, said outside the hearing: "⟦d:d|Ryan went to work and never came home. We've got a little boy who's never going to know him.⟧"

### 015
@a - | The teenager
@b Owen Gallacher | the shopkeeper
@c Temperance Boateng | a youth justice worker
@d Priyanka Sethi | District Judge
A 15-year-old boy who threatened a shopkeeper with a hammer during a raid on a convenience store in Ellerby has been given a 12-month referral order.
The teenager, who cannot be named because of his age, admitted attempted robbery at Ellerby Youth Court on Tuesday.
The court heard that he and an older youth walked into Gallacher’s Stores on Vine Street just before closing time in March. The shopkeeper, Owen Gallacher, refused to open the till and the pair ran off empty-handed.
In a statement read to the court, Mr Gallacher said: “⟦d:b|I’ve run that shop for 30 years. I’ve never been frightened in it before. Now I jump every time the door goes.⟧”
Temperance Boateng, a youth justice worker, told the court the boy had been “⟦p:c|drawn in⟧” by older teenagers and had engaged well with support since his arrest.
“⟦d:c|He is not the same boy who walked into that shop,⟧” she said.
Asked by the judge if he had anything to say, the teenager stood and said quietly: “⟦d:a|I’m sorry for what I did to him. I wish I could take it back.⟧”
District Judge Priyanka Sethi told him: “⟦d:d|You are very young, and that is the only reason you are not going into custody today. Don’t waste this.⟧”

### 016
@a Miriam Oduya | the former environment minister
@b Lorcan Devereux | counsel to the inquiry
@c Holm Valley Flood Action Group | -
A former environment minister has told the Holm Valley Flood Inquiry that she was ``⟦p:a|never told in terms⟧'' that the Saltings barrier was at risk of failing.
Miriam Oduya, the former environment minister, said the briefings she received in the months before the floods of November 2020 described the barrier as ``⟦p:-|ageing but serviceable⟧''.
Questioned by Lorcan Devereux KC, counsel to the inquiry, she was shown an email from her private office, dated six weeks before the barrier gave way, with the subject line ``⟦s:-|Saltings - risk of overtopping⟧''.
``⟦d:b|Did you read this email, Ms Oduya?⟧'' Mr Devereux asked.
``⟦d:a|I have no recollection of reading it. I accept that it was sent to my office,⟧'' she said.
``⟦d:b|It was marked as requiring a ministerial decision.⟧''
``⟦d:a|Then it should have reached me. I can't tell you why it didn't.⟧''
Mr Devereux asked whether she accepted any personal responsibility for the flooding of 2,400 homes.
``⟦d:a|I was the minister. Of course I accept responsibility for what happened on my watch,⟧'' she said. ``⟦d:a|What I do not accept is that I knew and did nothing.⟧''
The Holm Valley Flood Action Group, which represents 600 households, said afterwards that her evidence had been ``⟦p:c|a masterclass in not remembering⟧''.

### 017
@a Kezia Ampofo | Private
@b Sian Whitcombe | the prosecutor
@c Tobias Enright | defending
ASHCOMBE CAMP, England, Jan 22 (Wirecast) - A former army recruit told a court martial on Monday that a drill instructor made her stand under a freezing shower for 20 minutes as punishment for an untidy locker.
Private Kezia Ampofo, 19, was giving evidence at the trial of Sergeant Aled Pritchard-Vane, 34, who denies nine charges of ill-treating subordinates at an infantry training centre between 2021 and 2023.
"⟦d:a|He said if I cried he'd make the whole section do it,⟧" Ampofo told the court. "⟦d:a|So I didn't cry. I just stood there.⟧"
Asked by the prosecutor, Lieutenant Colonel Sian Whitcombe, how long she had stayed under the water, she said: "⟦d:a|Until he told me to get out. I couldn't feel my feet.⟧"
Whitcombe then asked her why she had not reported it at the time. "⟦d:b|Was there anyone you felt you could tell?⟧"
"⟦d:a|No, ma'am. He was the person you were supposed to tell,⟧" Ampofo said.
Cross-examined by Major Tobias Enright, defending, she denied exaggerating her account.
"⟦d:c|You've spoken to the other recruits about this many times, haven't you?⟧" Enright asked. "⟦d:c|Your stories have become the same story.⟧"
"⟦d:a|They're the same because it's what happened,⟧" Ampofo replied.
Pritchard-Vane, who sat upright and stared straight ahead throughout her evidence, is expected to give evidence next week.

### 018
@a Catriona Lyall | The tribunal chair
@b Ravindra Menon-Hale | -
@c Elspeth Rourke | the daughter of one of his patients
@d Medical Standards Board | -
A GP who prescribed powerful opioids to patients he had never examined has been struck off the medical register.
Dr Ravindra Menon-Hale, 61, issued more than 4,000 prescriptions through an online clinic, Pharmadirect Health, between 2019 and 2022, a medical practitioners tribunal found.
The tribunal chair, Catriona Lyall, said his conduct had been “⟦p:a|fundamentally incompatible with continued registration⟧”.
“⟦d:a|Dr Menon-Hale put the commercial interests of the clinic ahead of the safety of patients he never met, never spoke to and, in some cases, never even checked were who they said they were,⟧” she said.
In a written statement to the tribunal, Dr Menon-Hale said he had been “⟦p:b|naive⟧” and had trusted the clinic’s systems.
“⟦d:b|I deeply regret the harm my failures may have caused. I accept the tribunal’s findings in full,⟧” he wrote.
Elspeth Rourke, the daughter of one of his patients, said her father had been prescribed tramadol “⟦p:c|like sweets⟧”.
“⟦d:c|Dad was 79 and already on eleven other medications. Nobody asked him a single question,⟧” she said. “⟦d:c|Today is too late for him, but I hope it stops it happening to someone else.⟧”
The Medical Standards Board, which brought the case, said: “⟦d:d|This outcome reflects the seriousness of the concerns raised and the risk posed to patients.⟧”

### 019
@a Craig Dunstable | the store's floor manager
@b Lauren Szymańska | -
@c Rebecca Oyinlola-Grant | Employment Judge
@d Pemberton's | -
A sales assistant who was told by her manager to "⟦p:a|smile more or find another job⟧" has won a sexual harassment claim against a Tarrow department store.
Lauren Szymańska, 29, worked on the cosmetics counter at Pemberton's in Market Street until she resigned in March last year.
The Tarrow employment tribunal was shown dozens of WhatsApp messages sent to her outside working hours by the store's floor manager, Craig Dunstable.
In one, sent at 1.14am, he wrote: "⟦d:a|Can't sleep. Thinking about that skirt you wore today.⟧" In another: "⟦d:a|Don't be so uptight, it's banter.⟧"
Mr Dunstable told the tribunal the messages had been "⟦p:a|jokes between colleagues⟧".
Employment Judge Rebecca Oyinlola-Grant rejected that. "⟦d:c|There is nothing in these messages that could sensibly be described as a joke. They were unwanted, they were sexual in nature, and Mr Dunstable knew they were unwanted because Ms Szymańska told him so, repeatedly,⟧" she said in her judgment.
Ms Szymańska said: "⟦d:b|I loved that job. I'm just glad somebody finally listened.⟧"
Pemberton's said Mr Dunstable no longer worked for the company and that it had "⟦p:d|reviewed and strengthened⟧" its policies.

### 020
@a - | the jury
@b Graham Nettleship | Senior coroner
@c Ayodele Fashola | His brother
@d - | A spokesperson for Cravenmoor Police
An inquest jury has found that failures by police officers “⟦p:a|more than minimally contributed⟧” to the death of a man who was restrained face-down in a custody suite for nearly 15 minutes.
Babatunde Fashola, 38, became unresponsive at Cravenmoor police station in Dunsworth in February 2022 and died in hospital four days later.
In its narrative conclusion, the jury at Dunsworth Coroner’s Court said: “⟦d:a|Officers did not recognise that Mr Fashola was experiencing a medical emergency. The prolonged prone restraint was inappropriate and was not in accordance with training.⟧”
Senior coroner Graham Nettleship thanked the jurors for their work during what he called “⟦p:b|a long and harrowing inquest⟧”, and said he would issue a report to prevent future deaths.
His brother, Ayodele Fashola, said outside court:
“⟦d:c:m|For two and a half years we have been told Babatunde was violent, that he was on drugs, that he brought this on himself. Today the jury has said what we always knew.⟧
“⟦d:c|He was ill, he was frightened, and he needed help. He got fifteen minutes on a concrete floor instead.⟧”
A spokesperson for Cravenmoor Police said: “⟦d:d|Our thoughts remain with Mr Fashola’s family. We will consider the jury’s findings carefully.⟧”
The force said three officers remained under investigation by the police watchdog.

### 021
@a Witness K-14 | -
@b Jean-Baptiste Arnoux-Kamara | His lawyer
@c Marguerite Delisle | Presiding judge
ALDENHAAG, June 12 (Wirecast) - A woman who survived the shelling of the Valmoran town of Sant'Orsola told a war crimes tribunal on Wednesday that soldiers went "⟦p:a|house to house with lists of names⟧".
Testifying from behind a screen and identified only as Witness K-14, she said through an interpreter that her husband and two sons were taken from their home on the second day of the assault.
"⟦d:a|They read my husband's name from a paper. He said, 'Yes, that is me.' They took him and the boys into the street,⟧" she said.
"⟦d:a|I never saw them again. I looked for them for 11 years.⟧"
At one point she turned towards the dock and said in Italian: "⟦d:a|Lei sa cosa ha fatto.⟧" The interpreter rendered it as: "⟦d:a|You know what you did.⟧"
Elias Varga-Moreno, the former commander of the Sixth Valmoran Brigade, denies charges of murder, deportation and persecution. He watched the screen without expression.
His lawyer, Jean-Baptiste Arnoux-Kamara, asked the witness whether she had seen the defendant in Sant'Orsola. "⟦d:a|I did not see him. I saw his men, with his badge on their arms,⟧" she replied.
"⟦d:b|So you cannot say that he gave any order?⟧" Arnoux-Kamara asked.
"⟦d:a|I can say whose badge it was.⟧"
Presiding judge Marguerite Delisle then called a break. "⟦d:c|The witness has been giving evidence for three hours. We will resume at two o'clock,⟧" she said.

### 022
@a Kamal Hussain-Reid | prosecuting
@b Edna Pargeter | the victim
@c Rupert Aldana | defending
@d Felicity Anstruther | Recorder
A burglar who ransacked the home of an 87-year-old widow while she lay awake upstairs has been jailed for four years and eight months.
Shane Corrigan-Lowe, 33, of no fixed address, took jewellery, a purse and a wedding photograph from the house in Abbotsfield Road, Kelmscott, in the early hours of January 9, Whitlow Crown Court heard.
“⟦d:a|This was not an opportunistic crime. The CCTV shows him trying the handle of every door on that street,⟧” Kamal Hussain-Reid, prosecuting, told the court.
Mr Hussain-Reid read a statement from the victim, Edna Pargeter, in which she said she no longer felt safe in the home she had lived in for 61 years.
“⟦d:b|I heard the drawers going and I thought it was the wind. I lay there and I didn’t dare move,⟧” she said.
“⟦d:b|He took the photograph of me and Stan on our wedding day. It isn’t worth anything to anyone but me. I just want it back.⟧”
The photograph has never been recovered.
Rupert Aldana, defending, said Corrigan-Lowe had been addicted to heroin since his teens and had “⟦p:c|no real memory⟧” of the night.
Recorder Felicity Anstruther said that was no excuse. “⟦d:d|You chose to break into the home of a vulnerable woman at night. The fear you caused will stay with her for whatever time she has left,⟧” she told him.
“⟦d:d|If you have any decency at all, you will tell the police where that photograph is.⟧”

### 023
@a Mohammed Al-Rashidi | Yusuf's dad
@b Layla | his daughter
@c Cormac Tierney | Judge
A BOY racer who was doing 92mph in a 30 zone when he ploughed into a teenage cyclist was jailed for nine years yesterday.
Blake Hensley, 22, killed Yusuf Al-Rashidi, 17, as the A-level student rode home from his part-time job in Fenbridge in October.
Yusuf's dad, Mohammed Al-Rashidi, was too distraught to read his victim statement to the court, so his daughter Layla read it for him.
"⟦d:a|Yusuf was the gentlest person in our house. He used to carry spiders outside in a cup,⟧" she read.
"⟦d:a|When the police came to the door I thought he'd come off the bike and broken his arm. I was already looking for my car keys.⟧"
Layla, 24, then added some words of her own. "⟦d:b|You get to come out one day, Blake. My brother doesn't,⟧" she said, turning to the dock.
Hensley, who admitted causing death by dangerous driving, wept as Judge Cormac Tierney passed sentence at Fenbridge Crown Court.
"⟦d:c|This was not a momentary lapse. You chose to drive like that, on a residential street, on a weekday evening,⟧" the judge said. "⟦d:c|You have destroyed a family and you will carry that for the rest of your life.⟧"

### 024
@a Harriet Ng-Forsyth | the Solicitor General
@b Ocampo | -
@c - | Ms Ibekwe's family
The Court of Appeal has more than doubled the sentence of a man who subjected his former partner to a four-year campaign of coercive control, after the Solicitor General argued that the original term was "⟦p:a|unduly lenient⟧".
Aaron Pettigrew-Hale, 39, was jailed for 20 months at Castlebridge Crown Court in March for controlling or coercive behaviour and assault against Constance Ibekwe. On Thursday three judges increased the term to four years and two months.
Lady Justice Ocampo, giving the judgment of the court, said the trial judge had given "⟦p:b|far too much weight⟧" to the defendant's previous good character.
"⟦d:b|Coercive control is not a lesser form of domestic abuse. Its whole purpose is to take away a person's freedom, one rule at a time,⟧" she said.
"⟦d:b|The victim in this case was told what to wear, whom she could speak to and how much she could eat. She was tracked through her phone and punished when she was late home. A sentence of 20 months did not begin to reflect that.⟧"
Harriet Ng-Forsyth, the Solicitor General, said after the hearing: "⟦d:a|I'm grateful to the court. I hope this sends a clear message that these offences will be treated with the seriousness they deserve.⟧"
In a statement, Ms Ibekwe's family said: "⟦d:c|Constance has shown more courage than any of us could have imagined. We hope she can now begin to live her life again.⟧"

### 025
@a Olamide Sorensen | -
@b Nkechi Obiora | his barrister
@c Jasper Wintringham | prosecuting
@d Halloran | the judge
The founder of the collapsed cryptocurrency fund Lumen Vault has told jurors he “⟦p:a|genuinely believed⟧” the fund was solvent until the week it stopped paying out.
Olamide Sorensen, 31, is accused of defrauding more than 9,000 investors of £212m. He denies all charges.
Giving evidence for the first time at Brymore Crown Court, and led through his evidence by his barrister, Nkechi Obiora KC, Sorensen said he had “⟦p:a|no background in finance at all⟧” when he started the fund from his bedroom in 2018.
“⟦d:b|What did you think you were doing?⟧” Ms Obiora asked.
“⟦d:a|Honestly? I thought I was building something. I was 24. Everyone around me was telling me I was a genius, and I believed them,⟧” he said.
Under cross-examination, Jasper Wintringham KC, prosecuting, took a harder line.
“⟦d:c|You moved £40m of investors’ money into an account in your mother’s name in the space of a weekend. Why?⟧”
“⟦d:a|To protect it. There was a risk the exchange was going to freeze our funds.⟧”
“⟦d:c|Protect it from whom, Mr Sorensen? From the investors?⟧”
“⟦d:a|No. That’s not – no.⟧”
At one point the judge, Mrs Justice Halloran, asked Sorensen to slow down so that the jury could keep up with his answers. “⟦d:d|Nobody in this room is in a hurry except you,⟧” she said.
The trial continues.

### 026
@a Joanne Te Rangi | Magistrate
@b Hamish Carruthers | Police prosecutor
@c Dimitri Kolokotronis | Defence lawyer
@d Zhao Mingyu | -
PORT HALLORAN, Aug 2 (Wirecast) - A property developer accused of laundering A$30 million through a chain of car washes has been refused bail after a magistrate found he posed an "⟦p:a|unacceptable risk⟧" of fleeing the country.
Zhao Mingyu, 47, appeared in Port Halloran Local Court on Friday by video link from the Redgum remand centre.
Police prosecutor Sergeant Hamish Carruthers told the court that Zhao held three passports and had moved A$4 million offshore in the fortnight before his arrest.
"⟦d:b|This is a man with the means, the motive and the connections to leave and never come back,⟧" Carruthers said.
Defence lawyer Dimitri Kolokotronis said his client had lived in the city for 19 years, had four children at local schools and would surrender all his travel documents.
"⟦d:c|He is not going anywhere. His whole life is here,⟧" Kolokotronis said.
Magistrate Joanne Te Rangi said she was not satisfied that any conditions could manage the risk. "⟦d:a|The accused has demonstrated both the ability and, on the Crown case, the willingness to move very large sums offshore quickly,⟧" she said.
Asked whether he understood the decision, Zhao replied: "⟦d:d|Yes, Your Honour.⟧"
He will next appear in court on Sept. 13.

### 027
@a Étienne Dufresne-Kaboré | a former transport minister in the Veldorian government
@b Gareth Penrose | representing the Veldorian government
@c Anneliese Brockhurst | District Judge
A businessman wanted in Veldoria on corruption charges has told a London court that he would be «⟦p:a|dead within a month⟧» if he were sent back.
Étienne Dufresne-Kaboré, 58, a former transport minister in the Veldorian government, is fighting extradition at Halsey Street Magistrates' Court.
Speaking in French through an interpreter, he told District Judge Anneliese Brockhurst: «⟦d:a|Ils ne veulent pas un procès. Ils veulent un cadavre.⟧»
«⟦d:a|They do not want a trial. They want a corpse,⟧» the interpreter said.
«⟦d:a|I was in that government. I know how it treats people who leave it,⟧» he went on.
Gareth Penrose, representing the Veldorian government, said the assurances Veldoria had given about prison conditions were «⟦p:b|specific, detailed and reliable⟧».
«⟦d:b|The requested person has produced no evidence, beyond his own assertion, that he faces any risk at all,⟧» Mr Penrose said.
The judge said she would give her decision in writing. «⟦d:c|This is not a case I am going to decide from the bench,⟧» she said.

### 028
@a Winston Abernethy-Cole | a retired bus driver from Pellworth
@b Iolanthe Baptiste | counsel to the inquiry
@c Rhodri Gwilliam | The chairman
A man who was infected with hepatitis C through contaminated plasma as a boy wept as he told a public inquiry that doctors had known for two years before they told his parents.
Winston Abernethy-Cole, a retired bus driver from Pellworth, was the first witness to give evidence in person as the Sorrel Valley Plasma Inquiry opened its hearings in Cardrew this week.
“⟦d:a:m|I was twelve. I was in and out of that hospital every month for my treatment and they were taking bloods every time. They knew. They wrote it in my notes in 1986 – ‘non-A, non-B hepatitis, patient not informed’.⟧
“⟦d:a:m|My mother found out in 1988, when a nurse let it slip. She never forgave herself, and she had nothing to forgive.⟧
“⟦d:a|I’m sixty-one now. I’ve had two transplants. I’m here. A lot of the boys I was on that ward with are not.⟧”
“⟦d:b|Mr Abernethy-Cole, what do you want from this inquiry?⟧” asked Iolanthe Baptiste, counsel to the inquiry.
“⟦d:a|The truth, written down, with names next to it,⟧” he said. “⟦d:a|That’s all. It’s not much to ask.⟧”
The chairman, Sir Rhodri Gwilliam, thanked him for his evidence. “⟦d:c|What you have told us today will be at the heart of this inquiry’s work,⟧” he said.

### 029
@a Marcus Haldane-Reeve | the match commander on the day
@b Siobhán Nakamura-Kelly | counsel to the inquiry
@c Bernadette Kinsella | the chair of the Tollgate Families Group
The police officer in charge of crowd safety at Tollgate Park on the day 11 fans died in a crush has admitted that he ``⟦p:a|lost the picture⟧'' of what was happening at the away end.
Chief Superintendent Marcus Haldane-Reeve, the match commander on the day, told the Tollgate Park Inquiry that radio traffic had been ``⟦p:a|chaotic⟧'' in the minutes before the gates were opened.
``⟦d:b|Did you know how many people were in pens three and four when you gave the order to open gate C?⟧'' asked Siobhán Nakamura-Kelly, counsel to the inquiry.
``⟦d:a|No. I did not,⟧'' he said.
``⟦d:b|Did you ask?⟧''
``⟦d:a|I asked for a situation report. I didn't get one in time.⟧''
``⟦d:b|So you gave the order blind.⟧''
``⟦d:a|I gave the order because people were being crushed outside the gate. I had to make a decision.⟧''
A voice from the public seats called out ``⟦d:-|That's a lie⟧'', and the hearing was adjourned for ten minutes.
Bernadette Kinsella, the chair of the Tollgate Families Group, said afterwards: ``⟦d:c|We've waited nine years to hear him say he didn't know. That isn't an answer. That's an admission.⟧''

### 030
@a - | the jury
@b Hilary Mwangi | Judge
@c Anil Bhattacharya | for the first defendant
A trial of two men accused of running a £600,000 cannabis farm was halted after a juror was found to have carried out her own "⟦s:-|research⟧" into the case online.
The juror, a woman in her forties, was discharged on the fourth day of the trial at Millbrook Crown Court after other jurors raised concerns.
In a note passed to the judge, the jury wrote: "⟦d:a|One of our number has been looking up the defendants on Facebook and has told us what she found. We are not comfortable continuing.⟧"
Judge Hilary Mwangi told the remaining jurors: "⟦d:b|You have done exactly the right thing, and I am grateful to you.⟧"
"⟦d:b|The rule is a simple one. You try this case on the evidence you hear in this courtroom, and on nothing else.⟧"
Anil Bhattacharya, for the first defendant, applied for the whole jury to be discharged. "⟦d:c|We cannot know what the others were told, or how it has coloured their view of my client,⟧" he said.
The judge agreed, and a retrial was fixed for November. The discharged juror could face contempt proceedings.

### 031
@a Adwoa Kessie-Brand | a senior staff nurse at Marlbeck General Hospital
@b Fenella Grayburn | Employment Judge
@c Marlbeck Health Trust | -
@d Allied Nursing Union | Her union
A senior nurse who raised the alarm about patients being left on trolleys in corridors for up to 40 hours was unfairly treated by the hospital trust that employed her, an employment tribunal has found.
Adwoa Kessie-Brand, a senior staff nurse at Marlbeck General Hospital, was moved out of the emergency department and onto night shifts on a ward for older people weeks after she emailed the trust’s chief executive in December 2022.
In the email, which was read out at the tribunal, she wrote: “⟦d:a|I am not prepared to keep signing off shifts as safe when they are not. Somebody is going to die in that corridor.⟧”
Employment Judge Fenella Grayburn found that the move had been “⟦p:b|materially influenced⟧” by her disclosure.
“⟦d:b|The trust’s witnesses were unable to give any coherent account of why Ms Kessie-Brand, alone of the senior nurses in the department, was redeployed at that point,⟧” the judgment said.
Speaking to Channel 9 West after the ruling, Ms Kessie-Brand said: “⟦d:a|I’m relieved. But I’d much rather the corridor was empty than win a tribunal.⟧”
Marlbeck Health Trust said it accepted the findings and had “⟦p:c|apologised to Ms Kessie-Brand⟧”.
Her union, the Allied Nursing Union, said the case should serve as “⟦p:d|a warning to every trust that treats staff who speak up as troublemakers⟧”.

### 032
@a Tobias Oyelowo | assistant coroner
@b Harbourside Care Group | -
@c - | A spokesperson for Wenlock County Council
@d Gemma Pardoe | Her granddaughter
A coroner has warned that more residents could die unless a care home in Wenlock Cross changes the way it checks on people at night, after a 91-year-old woman lay on her bedroom floor for nine hours.
Dorothy Ashworth-Kemp died in hospital three days after she was found by a carer at Lindenfield House in March.
In a prevention of future deaths report published on Monday, assistant coroner Tobias Oyelowo said night checks at the home were being recorded "⟦p:a|without being carried out⟧".
"⟦d:a|I heard evidence that staff routinely completed the hourly check sheet at the end of the shift, from memory,⟧" he wrote. "⟦d:a|In Mrs Ashworth-Kemp's case, the sheet records that she was checked and found asleep at a time when she must already have been lying on the floor.⟧"
Harbourside Care Group, which runs the home, said it had "⟦p:b|taken immediate action⟧", including fitting motion sensors in every room.
"⟦d:b|We are deeply sorry for Mrs Ashworth-Kemp's death and for the distress caused to her family,⟧" it said.
A spokesperson for Wenlock County Council said: "⟦d:c|We have increased our monitoring visits to the home and will continue to work closely with the provider.⟧"
Her granddaughter, Gemma Pardoe, said: "⟦d:d|Nan was independent and proud. The thought of her lying there all night, calling out, is something none of us will ever get over.⟧"

### 033
@a Shona McAllister | the neighbour
@b - | The call handler
@c Aurelia Mensah-Bonsu | prosecuting
@d Keith Barraclough | -
Jurors in the trial of a man accused of murdering his wife at their home in Stavely Green have listened to the 999 call made by a neighbour as the attack was taking place.
Keith Barraclough, 58, denies murdering Paula Barraclough, 54, on the night of September 30.
In the recording, played at Kelsall Crown Court on Tuesday, the neighbour, Shona McAllister, can be heard saying: “⟦d:a|Please hurry. He’s got a knife. I can hear her screaming through the wall.⟧”
The call handler asks: “⟦d:b|Are you safe where you are? Can you lock your door?⟧”
“⟦d:a|I’ve locked it. Please, please hurry,⟧” Mrs McAllister replies.
Aurelia Mensah-Bonsu KC, prosecuting, told the jury that officers arrived eleven minutes later and found Mr Barraclough sitting at the kitchen table.
“⟦d:c|He said to the first officer through the door, ‘It’s done, she’s in there.’ That, the Crown says, was not the remark of a man who had just been defending himself,⟧” she said.
In police interview, Barraclough answered “⟦d:d|no comment⟧” to every question he was asked.
The trial continues.

### 034
@a Nadia Kowalczyk | prosecuting
@b Lee Hardcastle | -
@c Amir Farouk | Her solicitor
@d Derek Oyebanji | Chair of magistrates
UPPERTON MAGISTRATES' COURT
Lee Hardcastle, 28, of Bramble Close, Upperton, admitted assaulting an emergency worker after spitting at a paramedic who had been called to treat him in Station Road on August 2.
Nadia Kowalczyk, prosecuting, said: "⟦d:a|The paramedic was there to help him. She has had to undergo blood tests and has been off work since.⟧"
Hardcastle told magistrates: "⟦d:b|I was off my head. I don't even remember it, but I know it's out of order.⟧" He was given a 12-month community order with 80 hours of unpaid work and told to pay £250 compensation.
Chantelle Brough, 35, of Rowan Way, Upperton, admitted stealing £212 worth of meat and cosmetics from the Co-op on Fairfield Parade. Her solicitor, Amir Farouk, said she had been clean of drugs for five months. "⟦d:c|She is doing everything she can to turn things around, and she is mortified to be back here,⟧" he said. She was fined £120.
Gerald Finchley, 71, of Orchard Mews, Little Oakhurst, admitted failing to stop after an accident in which he clipped a parked van in Church Street and drove off. Chair of magistrates Derek Oyebanji told him: "⟦d:d|At 71 you should know better than anyone that when you hit something, you stop.⟧" He was fined £400 and his licence was endorsed with five points.

### 035
@a Jordan Ashby-Coombes | -
@b Tiffany Weller | -
@c Nicholas Farrant | Judge
CHAOS erupted in court yesterday as an accused gangster hurled abuse at his ex-girlfriend while she gave evidence against him.
Jordan Ashby-Coombes, 27, leapt to his feet and screamed "⟦d:a|Liar! You're a liar!⟧" as Tiffany Weller told jurors he had hidden a gun in her baby's cot.
Judge Nicholas Farrant ordered him to sit down. "⟦d:c|Mr Ashby-Coombes, one more outburst and you will watch the rest of this trial from the cells,⟧" he warned.
Ms Weller, 24, who gave evidence from behind a curtain, went on: "⟦d:b|He said if I ever told anyone he'd burn the flat down with me in it. So I didn't tell anyone. Not for a year.⟧"
Asked why she had finally come forward, she said: "⟦d:b|Because my daughter is two now and she's started walking. She could have found it.⟧"
A shout of "⟦d:-|Shame on you!⟧" came from the back of the public gallery. It was not clear at whom it was aimed.
Ashby-Coombes, of Kirkdale Road, Wolverstone, denies possessing a firearm with intent to endanger life. The trial at Wolverstone Crown Court continues.

### 036
@a Harold Kimura | the Carver Falls County medical examiner
@b Renata Villaseñor | Assistant District Attorney
@c Marcus DeShields | Defense attorney
CARVER FALLS, Minn. (Wirecast) - A medical examiner testified Wednesday that a 6-year-old boy found dead in a Carver Falls apartment had injuries "⟦p:a|consistent with repeated blunt force trauma over a period of weeks,⟧" contradicting his stepfather's claim that the boy had fallen down the stairs.
"⟦d:a|These are not the injuries you see from a single fall,⟧" Dr. Harold Kimura, the Carver Falls County medical examiner, told jurors in district court. "⟦d:a|Some of these fractures had begun to heal. They happened at different times.⟧"
Travis Lee Benning, 34, is charged with second-degree murder in the death of Elijah Reyes in March of last year. He has pleaded not guilty.
Under questioning from Assistant District Attorney Renata Villaseñor, Kimura described 14 separate injuries.
"⟦d:b|Doctor, in your professional opinion, could a fall down a flight of 14 carpeted stairs account for what you saw?⟧" Villaseñor asked.
"⟦d:a|No,⟧" Kimura said. "⟦d:a|Not even close.⟧"
Defense attorney Marcus DeShields pressed Kimura on what he could and could not say about how the injuries came about.
"⟦d:c|You can't tell this jury who caused any of those injuries, can you?⟧" DeShields asked.
"⟦d:a|I can tell them how they were caused. Not by whom,⟧" Kimura replied.
Testimony is scheduled to resume Thursday.

### 037
@a Naomi Lindgren-Pearce | the evening weather presenter on Channel 7 West
@b Ashley Morrow | -
@c Samuel Oduro | District Judge
A television weather presenter has told a court she changed her route to work five times and installed cameras at her home after a viewer bombarded her with more than 300 voicemails.
Naomi Lindgren-Pearce, the evening weather presenter on Channel 7 West, was giving evidence at the trial of Ashley Morrow, 46, who denies stalking.
Several of the voicemails were played to the court. In one, left in the early hours of a Sunday, Morrow says: “⟦d:b|I know you got my flowers. I saw you take them in. You can stop pretending now.⟧”
In another he asks: “⟦d:b|Why did you wear the green dress tonight if it wasn’t for me?⟧”
Ms Lindgren-Pearce told District Judge Samuel Oduro: “⟦d:a|I stopped wearing green. That sounds ridiculous, I know. But I stopped.⟧”
“⟦d:a|I had never met him. I had never replied to a single message. And he was talking as if we were in a relationship.⟧”
Morrow, who is representing himself, then questioned her. “⟦d:b|Did you ever read the letters I sent?⟧” he asked.
“⟦d:a|Some of them. Then the police told me to stop,⟧” she replied.
When Morrow began to tell her that he had forgiven her, the judge stopped him. “⟦d:c|Mr Morrow, you may ask questions about the evidence. You may not use this as an opportunity to speak to her,⟧” he said.

### 038
@a Aiyana Crowfoot | -
@b Dale Sturrock | The building's property manager
@c Priya Venkataraman | adjudicator
A Northgate tenant who went 14 weeks without heat last winter has been awarded a $6,200 rent abatement by the province's residential tenancies tribunal.
Aiyana Crowfoot, 52, told a hearing in March that she had slept in her coat and used her oven to heat her one-bedroom apartment on Larch Street.
«⟦d:a|I have a granddaughter who stays with me on weekends. I had to tell my daughter she couldn't come,⟧» Crowfoot said.
The building's property manager, Dale Sturrock, told the tribunal the company had ordered a replacement boiler part in November but that it had been delayed. «⟦d:b|We were doing everything we could,⟧» he said.
In her written decision, adjudicator Priya Venkataraman said the landlord had provided «⟦p:c|no documentary evidence whatsoever⟧» of any order.
«⟦d:c|A landlord who cannot produce a single invoice, email or purchase order for a part it says it ordered cannot expect the tribunal to accept that it acted promptly,⟧» she wrote.
Sturrock did not respond to a request for comment. Crowfoot said she would use the money to pay off debts she ran up buying space heaters. «⟦d:a|Finally somebody believed me,⟧» she said.

### 039
@a Emmanuel Adjei-Boateng | Chief Justice
@b Leonora Vasquez-Tan | one of two dissenting judges
@c Kofi Asamoah-Brew | the lawyer who brought the challenge on behalf of three men held under the law
@d The attorney general’s office | -
Tarsia’s Constitutional Court on Thursday struck down a law allowing police to hold suspects for up to 30 days without charge, ruling by five votes to two that it violated the right to liberty.
Writing for the majority, Chief Justice Emmanuel Adjei-Boateng said the state had failed to show that the measure was “⟦p:a|necessary, proportionate or even effective⟧”.
“⟦d:a|A power to detain without charge is among the gravest a state can hold over its citizens. It cannot be justified by assertion, however sincerely made,⟧” he wrote.
Justice Leonora Vasquez-Tan, one of two dissenting judges, said the majority had “⟦p:b|substituted its own assessment of risk for that of Parliament⟧”.
“⟦d:b|This court is not equipped to weigh intelligence it has not seen,⟧” she wrote.
Kofi Asamoah-Brew, the lawyer who brought the challenge on behalf of three men held under the law, called the ruling “⟦p:c|a historic day for every citizen of this country⟧”.
“⟦d:c|Thirty days in a cell without being told why is not security. It is fear,⟧” he said.
The attorney general’s office said it would “⟦p:d|study the judgment⟧” and had no further comment.

### 040
@a Matthias Kühn | Its chairman
@b Ingrid Solberg-Mutua | the 27-year-old sprinter
@c Desmond Okafor-Reyes | Her coach
@d Athletics Integrity Commission | -
Ingrid Solberg-Mutua has always said the positive test was a mistake. On Tuesday, three arbitrators agreed with her - up to a point.
The 27-year-old sprinter, who won 200m silver at the continental championships two years ago, had her four-year ban for the steroid nandrolone cut to 14 months by the Sports Arbitration Tribunal, which accepted that the substance probably came from contaminated meat she ate at a training camp.
But the panel stopped short of clearing her. Its chairman, Matthias Kühn, wrote that she had been "⟦p:a|careless to a degree that an athlete at her level cannot afford⟧".
"⟦d:a|The athlete was warned, in writing, about the risk of eating meat at that location. She chose to do so anyway,⟧" he wrote.
Solberg-Mutua, speaking from her home in Kisumu, said she felt two things at once. "⟦d:b|I'm happy and I'm angry at the same time. Fourteen months is still fourteen months of my career gone, for a steak.⟧"
Her coach, Desmond Okafor-Reyes, was blunter. "⟦d:c|She ate dinner. That's the crime,⟧" he said.
The Athletics Integrity Commission, which had sought the full four years, said it "⟦p:d|respected the decision⟧" but remained concerned about contamination claims "⟦p:d|being used as a defence of first resort⟧".

### 041
@a Fatuma Warsame | -
@b Aditya Raman | the registrar who saw Abdirahman on his second visit
@c Lydia Farquharson | Coroner
The mother of a 20-year-old man who died of sepsis after being sent home from hospital twice has told an inquest that doctors “⟦p:a|did not listen to us because of how we speak⟧”.
Fatuma Warsame, whose son Abdirahman Yusuf died at Greyhaven Royal Infirmary in January, gave evidence through a Somali interpreter.
“⟦d:a|I told them three times he was burning. I told them he was not a boy who complains,⟧” she said. “⟦d:a|They gave him paracetamol and they sent us home.⟧”
Dr Aditya Raman, the registrar who saw Abdirahman on his second visit, said he had “⟦p:b|no recollection⟧” of being told about the earlier attendance.
“⟦d:b|If I had known he had been seen 36 hours earlier with the same symptoms, I would have admitted him. I have thought about that a great deal,⟧” he said.
Coroner Lydia Farquharson asked him whether the notes from the first visit had been on the hospital’s computer system. “⟦d:c|Were they there, doctor, if you had looked?⟧”
“⟦d:b|They were there,⟧” Dr Raman said quietly. “⟦d:b|I didn’t look.⟧”
The inquest continues.

### 042
@a Geoffrey Tallis | chief executive of Evermore Care
@b Rashid Qureshi-Hollins | the company's former regional director for the north
@c Beatrix Moffatt-Onuoha | counsel to the inquiry
Two senior executives at one of the country's largest care home companies gave contradictory accounts to the Ravensfield Care Inquiry on Tuesday about who decided to accept hospital patients who had not been tested for the virus.
Geoffrey Tallis, chief executive of Evermore Care, said the decision had been made "⟦p:a|at regional level⟧" and that he had learned of it only afterwards.
"⟦d:a|I would not have signed that off. I'm quite clear about that,⟧" he said.
Hours later, Rashid Qureshi-Hollins, the company's former regional director for the north, told the inquiry he had acted "⟦p:b|on a direct instruction from head office⟧".
"⟦d:b|Geoffrey rang me on the Sunday evening. He said the beds had to be filled, that the commissioners were leaning on us,⟧" he said. "⟦d:b|I wrote a note of the call that night. I've given it to the inquiry.⟧"
"⟦d:c|Are you certain it was that Sunday?⟧" asked Beatrix Moffatt-Onuoha, counsel to the inquiry.
"⟦d:b|Completely. It was my daughter's birthday. I left the table to take the call,⟧" he replied.
Recalled later in the afternoon to answer the point, Tallis said: "⟦d:a|I don't recall that conversation. I'm not saying it didn't happen.⟧"

### 043
@a Kacper Wiśniewski | -
@b Nathaniel Brightwell | Recorder
@c Margaret Howells-Price | One victim
@d Farah Qadir | Detective Sergeant
LEAMBRIDGE, England, Nov 18 (Wirecast) - A man who ran a fake bank helpline that tricked 63 pensioners into transferring their savings was jailed for seven years on Monday.
Kacper Wiśniewski, 26, made calls from a rented flat in Leambridge posing as a fraud officer from his victims' own banks, Leambridge Crown Court heard.
In a letter to the court, Wiśniewski wrote: “⟦d:a|I did not think about the people. I only thought about the numbers on the screen. I know now that every number was somebody's grandmother.⟧”
Recorder Nathaniel Brightwell said the letter was “⟦p:b|too little and far too late⟧”.
“⟦d:b|You were polite, you were patient and you were utterly ruthless,⟧” he told Wiśniewski. “⟦d:b|Your victims trusted you because you sounded exactly like the people who were supposed to protect them.⟧”
One victim, Margaret Howells-Price, 74, lost 48,000 pounds. In a statement she said: “⟦d:c|I felt so stupid. I still do. I haven't told my sister, because I'm too ashamed.⟧”
Detective Sergeant Farah Qadir, of the Northern Fraud Unit, said outside court: “⟦d:d|Nobody who was targeted by this man should feel ashamed. He was a professional, and he was very good at it.⟧”

### 044
@a Poppy Lazenby | prosecuting
@b Marisela Quispe | -
@c Ezra Mandelbaum | a retired physics teacher
@d Olufemi Adekoya-Hart | District Judge
Two climate protesters who glued themselves to the doors of the Fennimore Oil headquarters in Saltash Quay have been found guilty of criminal damage.
Marisela Quispe, 31, and Ezra Mandelbaum, 67, a retired physics teacher, were arrested in June after plastering the glass doors with posters reading "⟦s:-|Fennimore Kills⟧" and "⟦s:-|No New Wells⟧".
Supporters gathered outside Saltash Quay Magistrates' Court chanted "⟦s:-|Climate justice now⟧" as the pair arrived for the verdict on Wednesday.
Poppy Lazenby, prosecuting, said the cost of replacing the doors had been more than £18,000. "⟦d:a|Whatever the defendants' views, and however sincerely they are held, they do not give anyone the right to damage other people's property,⟧" she said.
Giving evidence, Ms Quispe said: "⟦d:b|My family in Peru have lost their water because the glacier above their village is gone. I'm not going to apologise for making a noise about it.⟧"
Mr Mandelbaum told the court: "⟦d:c|I taught children about the greenhouse effect for 35 years. At some point you have to do more than teach it.⟧"
District Judge Olufemi Adekoya-Hart said she did not doubt their sincerity. "⟦d:d|But sincerity is not a defence in law, and I must apply the law,⟧" she said.
Both were given 12-month conditional discharges and ordered to pay £500 each towards the damage.

### 045
@a Beatrice Okwuosa-Lamb | a former circuit judge
@b Terence Gallimore | her court clerk for 15 years
Beatrice Okwuosa-Lamb, a former circuit judge, keeps her wig in a tin in the airing cupboard, next to the spare duvets. “⟦d:a|It’s warm in there. It seemed kinder,⟧” she says, and laughs at herself.
She sat at Farleigh Crown Court for 22 years and sentenced, by her own rough count, more than 4,000 people. She remembers a surprising number of them.
“⟦d:-|Do you ever think about the ones you got wrong?⟧” I ask.
“⟦d:a:m|All the time. Not the verdicts – that was the jury’s job, thank God. The sentences. There are a handful where I look back and think, that was too long, or that was too short and someone got hurt because of it.⟧
“⟦d:a:m|There was a young man, nineteen, whom I gave a community order when the guidelines said custody. I thought he had a chance. Eight months later he was back in front of me for something much worse.⟧
“⟦d:a|I don’t know if I was wrong. I still don’t. That’s the job.⟧”
Terence Gallimore, her court clerk for 15 years, remembers her as “⟦p:b|the only judge who ever learned the cleaners’ names⟧”.
“⟦d:b|She’d stay behind after a bad day and sit in the empty court for ten minutes. I never asked her why,⟧” he says.
When I tell her this, she looks briefly embarrassed. “⟦d:a|I was listening to the quiet,⟧” she says. “⟦d:a|You don’t get much of it in that job.⟧”

### 046
@a Karl Foy | -
@b Patrick Dunleavy | her father
@c Emeka Chukwu | Detective Chief Inspector
A man has been found guilty of murdering a Ballykeel teenager 14 years after her death, at the end of a retrial at Lisnagarry Crown Court.
Karl Foy, 41, shouted "⟦d:a|I didn't do it! You've got the wrong man!⟧" as the verdict was read out on Thursday.
Foy was first convicted of the murder of Siobhán Dunleavy, 16, in 2013, but that conviction was quashed in 2022 after it emerged that a prosecution witness had been paid by a newspaper.
Outside court, her father Patrick Dunleavy said: "⟦d:b|We've had to sit through every day of this twice. We've had to hear what he did to her twice.⟧"
"⟦d:b|Today we can finally go up to her mother's grave and tell her it's done.⟧"
Detective Chief Inspector Emeka Chukwu said the family had shown "⟦p:c|extraordinary patience⟧".
"⟦d:c|Siobhán's family never gave up, and neither did we,⟧" he said.
Foy will be sentenced next month.

### 047
@a Dev Ramnarine | Employment Judge
@b Lorna Kilbride | a school cook for 23 years
@c Municipal Workers Union | the union
@d Ashgrove City Council | -
More than 3,000 women employed by Ashgrove City Council as cooks, cleaners and care workers are owed back pay after an employment tribunal ruled that they had been paid less than men in comparable jobs for more than a decade.
Employment Judge Dev Ramnarine said the council's pay structure had been ``⟦p:a|infected from the outset⟧'' by the assumption that ``⟦p:a|work traditionally done by women was worth less⟧''.
``⟦d:a|The council has not identified any material factor, other than the sex of the workers, that explains the difference,⟧'' the judge said.
Lorna Kilbride, a school cook for 23 years, was one of the lead claimants. ``⟦d:b|The bin men got a bonus for turning up on time. We got told to be grateful,⟧'' she said. ``⟦d:b|I've been grateful for 23 years. I'd like my money now.⟧''
The Municipal Workers Union, which brought the claims, said the ruling was ``⟦p:c|a victory for every woman who was ever told her job was unskilled⟧''.
``⟦d:c|This has taken eleven years. Nobody at the council should be proud of that,⟧'' the union added.
Ashgrove City Council said it was ``⟦p:d|considering the judgment carefully⟧'' and warned that a large back-pay bill could put services at risk.

### 048
@a Harriet Wolfe-Ngata | Coroner
@b Matthew Sinclair-Lowe | Counsel assisting the coroner
@c Kirra Anderson | Jarrah’s mother
@d - | A spokeswoman for the Wirraway Health District
A coroner has found that an Aboriginal teenager who died of a burst appendix in a remote hospital would probably have survived if he had been flown to a major centre when he was first assessed.
Jarrah Anderson, 15, died at Coolabah Creek Hospital in the state’s north-west in May 2022.
Delivering her findings in Marrinup on Friday, Coroner Harriet Wolfe-Ngata said there had been a “⟦p:a|critical failure⟧” to escalate his care.
“⟦d:a|Jarrah told the nurses, more than once, that the pain was the worst he had ever felt. That should have been enough,⟧” she said.
Counsel assisting the coroner, Matthew Sinclair-Lowe, had told the inquest in March that the hospital was badly short of staff that night. “⟦d:b|There was one doctor, on call from home, covering an area the size of a small European country,⟧” he said.
Jarrah’s mother, Kirra Anderson, said outside court: “⟦d:c|He was a good boy who loved his footy and his little sisters. He should be here.⟧”
A spokeswoman for the Wirraway Health District said: “⟦d:d|We accept the coroner’s findings and have already begun implementing changes.⟧”

### 049
@a Stephen Coldwell | the department's presenting officer
@b Gwyneth Iorwerth | First-tier Tribunal Judge
@c Rahel Tesfaye | -
A tribunal judge has criticised government lawyers for arriving at an asylum appeal without having read the appellant's medical evidence - for the second time in a month.
Rahel Tesfaye, 26, is appealing against the refusal of her claim for protection, which she made after arriving in the country in 2021.
At a hearing at Taybridge Hearing Centre on Tuesday, the department's presenting officer, Stephen Coldwell, asked for an adjournment, telling the judge: "⟦d:a|I have to be candid. The bundle did not reach me until this morning and I have not had the opportunity to read the psychiatric report.⟧"
First-tier Tribunal Judge Gwyneth Iorwerth refused. "⟦d:b|The report was served eleven weeks ago, Mr Coldwell. This appellant has been waiting more than two years for this hearing,⟧" she said.
"⟦d:b|I am not prepared to tell her to go away and come back in the spring because the respondent has not done its homework.⟧"
Speaking afterwards, Ms Tesfaye said: "⟦d:c|I just want someone to decide. Yes or no. I cannot live in the middle any more.⟧"

### 050
@a Rory Castellane | -
@b Deborah Fairclough | Divorcee
@c Simon Okereke | Judge
A LOVE rat dubbed “⟦s:-|Captain Cash⟧” who posed as an airline pilot to con lonely women out of £390,000 was jailed for eight years yesterday.
Rory Castellane, 49, wooed his victims on dating apps while wearing a fake uniform, claiming he flew long-haul routes to the Gulf.
He sent one woman a text reading: “⟦d:a|Stuck in Dubai, card blocked, crew hotel won’t let me check out. Can you wire £4k, my love? Pay you back Friday xx⟧”
Divorcee Deborah Fairclough, 58, handed over her entire pension pot.
“⟦d:b|He told me he loved me every single day for a year. I believed every word,⟧” she said outside court.
“⟦d:b|I’m 58 and I’m back working in a supermarket. But I’m not ashamed any more. He should be.⟧”
Judge Simon Okereke told Castellane at Selsby Crown Court: “⟦d:c|You targeted women who were grieving, divorced or alone, and you took from them not only their money but their ability to trust anyone again.⟧”
Castellane, of Pendragon Walk, Selsby, showed no emotion as he was led away.

### 051
@a Hollie Braithwaite | an inspector with the Canine Protection Trust
@b Jaswinder Gill | mitigating
@c Margaret Lomax | Presiding magistrate
@d Canine Protection Trust | -
A Stenbury man who left 23 dogs in a filthy, unlit barn with no water has been banned from keeping animals for life.
Warren Oakes, 56, of Mill Farm, Low Stenbury, admitted seven offences under the Animal Welfare Act at Stenbury Magistrates' Court on Thursday.
Hollie Braithwaite, an inspector with the Canine Protection Trust, said in a statement read to the court that the smell inside the barn had been "⟦p:a|overwhelming⟧".
"⟦d:a|Several of the dogs were so badly matted they could barely walk. Two had to be put to sleep on the day we found them,⟧" she said.
Jaswinder Gill, mitigating, said Oakes had been "⟦p:b|completely overwhelmed⟧" after his wife died and had "⟦p:b|simply stopped coping⟧".
Presiding magistrate Margaret Lomax told Oakes: "⟦d:c|Whatever your circumstances, these animals depended on you entirely and you let them down in the most appalling way.⟧"
As well as the ban, he was given a 12-week prison sentence suspended for a year.
After the hearing, the Canine Protection Trust said: "⟦d:d|All 21 surviving dogs have now been rehomed. We are grateful to the neighbour who reported her concerns to us.⟧"

### 052
@a Sofia | his 10-year-old daughter
@b Mateo | His eldest son
@c Grainne Fitzsimons | for Mr Mendoza-Pinto
@d Oscar Mendoza-Pinto | a plasterer from Kirkhaven
A Bolivian father facing deportation after 16 years in Britain sat with his head in his hands as letters from his three children were read to an immigration tribunal.
Oscar Mendoza-Pinto, 44, a plasterer from Kirkhaven, was ordered to be removed after his application to remain was refused because of a gap in his paperwork in 2011.
In a letter to the tribunal, his 10-year-old daughter Sofia wrote: “⟦d:a|Please don’t send my dad away. He makes pancakes on Saturdays and he is teaching me to swim without armbands.⟧”
His eldest son, Mateo, 15, wrote that his father was “⟦p:b|the man I want to be when I grow up⟧”.
Grainne Fitzsimons, for Mr Mendoza-Pinto, told the hearing: “⟦d:c|These children are British. They were born here, they go to school here, and they have never set foot in Bolivia. Removing their father would not be a matter of inconvenience. It would be the end of their family life as they know it.⟧”
Giving evidence, Mr Mendoza-Pinto said: “⟦d:d|I have paid my taxes every year. I made one mistake with one form. I did not think it would cost me my children.⟧”
Judge Kwame Asiedu-Bonsu said he would give his decision in writing.

### 053
@a Ruairí Ó Dálaigh | counsel for 38 bereaved families
@b Cordelia Ashton-Mbeki | for Estuary Lines
@c Elspeth Marchbank | The inquiry's chair
The families of those who died when the ferry Cormorant capsized in the Aldermoor estuary were "⟦p:a|lied to, managed and ignored⟧" for more than a decade, their barrister told the public inquiry into the disaster in his closing submissions on Monday.
Ruairí Ó Dálaigh KC, counsel for 38 bereaved families, said:
"⟦d:a:m|They were told the ferry had been inspected. It had not. They were told the crew had been trained. They had not. They were told the weather was unforeseeable. The forecast was pinned to the wall of the wheelhouse.⟧
"⟦d:a|These families did not need to be managed. They needed to be told the truth, and for eleven years nobody in authority was willing to do it.⟧"
Cordelia Ashton-Mbeki KC, for Estuary Lines, the ferry's operator, said the company "⟦p:b|accepted without reservation⟧" that safety failings had contributed to the disaster, but rejected any suggestion of a cover-up.
"⟦d:b|There was no conspiracy. There was, the company accepts, a series of serious and inexcusable failures,⟧" she said.
The inquiry's chair, Lady Elspeth Marchbank, said she hoped to publish her report by the end of next year. "⟦d:c|I am acutely conscious that these families have already waited far too long,⟧" she said.

### 054
@a Ryan Stockdale | -
@b Yasmin Haddad | Our correspondent
@c Harcourt-Nkemelu | the judge
@d - | Kevin Ashby’s family
Live: Stockdale trial verdicts
14:02 The jury has returned after 19 hours of deliberation. Ryan Stockdale, 37, has been found not guilty of the murder of Kevin Ashby but guilty of his manslaughter.
14:04 Stockdale looked towards the jury box and said “⟦d:a|thank you⟧” quietly as the verdicts were read out.
14:06 Our correspondent Yasmin Haddad, who is in court, says: “⟦d:b|There were gasps from the public gallery, where members of Kevin Ashby’s family have sat throughout the trial. His mother left the courtroom in tears.⟧”
14:11 Mr Justice Harcourt-Nkemelu has thanked the jurors. “⟦d:c|You have sat through difficult and at times distressing evidence with great care. The public owes you a debt,⟧” the judge said. Sentencing will take place on Friday.
14:20 In a statement read outside court by their solicitor, Kevin Ashby’s family said: “⟦d:d|We are devastated. Kevin was killed, and today the jury has decided that nobody murdered him. We do not understand how that can be right.⟧”

### 055
@a Darnell Okonjo | a door supervisor at the Vault
@b Marianne Fryer | Assistant coroner
@c Rebecca Tindall | His sister
An inquest into the death of a man who collapsed outside a nightclub in Felsham has been unable to establish who shouted a warning moments before he fell.
Lewis Tindall, 24, hit his head on the kerb outside the Vault on Quay Street in the early hours of December 12 and died in hospital two days later.
CCTV footage played to the inquest showed a group of people gathered around him. A voice on the recording can be heard shouting "⟦d:-|Mind his head, mind his head!⟧" seconds before he went down, but none of the witnesses said it was theirs.
Darnell Okonjo, a door supervisor at the Vault, said he had seen Mr Tindall "⟦p:a|stumbling⟧" but had not thought he was in any danger.
"⟦d:a|He'd had a few, but he wasn't falling-down drunk. I thought his mates had him,⟧" he said.
Assistant coroner Marianne Fryer recorded a conclusion of accidental death. "⟦d:b|I am satisfied that nobody deliberately caused Lewis to fall,⟧" she said. "⟦d:b|It was a tragic accident on a night out, of a kind that could happen to anyone.⟧"
His sister, Rebecca Tindall, said: "⟦d:c|We still want to know who shouted. Someone saw something. Please come forward.⟧"

### 056
@a Henrik Solvang | for Dunne
@b Carrington-Boyd | -
@c Esther Ogunleye | the mother of the murdered student
KINGSBRIDGE, England, April 9 (Wirecast) - Three Court of Appeal judges on Tuesday rejected an appeal by a man serving life for the murder of a university student, ruling that new evidence about a key witness did not undermine his conviction.
Connor Dunne, 29, was convicted in 2020 of stabbing Tobi Ogunleye, 20, outside a student union bar in Kingsbridge.
Henrik Solvang KC, for Dunne, had argued that the prosecution's main eyewitness had since admitted lying about how much she had drunk that night. “⟦d:a|If the jury had known the truth about her condition, they could not safely have relied on her identification,⟧” he told the court last month.
Lord Justice Carrington-Boyd said the identification had been “⟦p:b|amply supported⟧” by CCTV and forensic evidence.
“⟦d:b|We are satisfied that the conviction is safe. The appeal is dismissed,⟧” he said.
Esther Ogunleye, the mother of the murdered student, said outside court: “⟦d:c|Every time there is an appeal, we bury Tobi again.⟧”
“⟦d:c|I am tired. I want this to be the last time I have to stand outside a court and talk about my son.⟧”

### 057
@a Magnus Petrov-Ellis | The property developer
@b Harriet Lomond | for the Ledger
@c Ciaran Beattie | its investigations editor
The property developer Magnus Petrov-Ellis has told the High Court that a newspaper article which nicknamed him ``⟦s:-|Mr Mould⟧'' destroyed his reputation ``⟦p:a|in a single morning⟧''.
Petrov-Ellis, 61, is suing the Northern Ledger and its investigations editor, Ciaran Beattie, over a 2022 article alleging that he knowingly let damp, mould-ridden flats to families with young children.
``⟦d:a|I have been in this business for 35 years. I have 1,400 tenants. I am not a monster,⟧'' he told the court on Monday.
Cross-examined by Harriet Lomond KC, for the Ledger, he was shown photographs of a child's bedroom in one of his blocks in Eastfield.
``⟦d:b|Would you let your grandchildren sleep in that room, Mr Petrov-Ellis?⟧'' she asked.
``⟦d:a|That is not a fair question.⟧''
``⟦d:b|It is a simple one.⟧''
Beattie, giving evidence later in the day, said he had visited 46 flats in the blocks. ``⟦d:c|I stopped counting the inhalers. Every second flat had a child's inhaler on the windowsill,⟧'' he said.
The trial continues.

### 058
@a Release Review Board | the board
@b Anjali Deshmukh | the sister of Ravi Deshmukh
@c Tobias Wren-Akande | The justice minister
A man who killed two shopkeepers during a robbery spree in 2004 is to be released from prison after the Release Review Board concluded that he no longer posed a risk to the public.
Darren Burnett, 46, was given a life sentence with a minimum term of 18 years.
In a summary of its decision, the board said Burnett had “⟦p:a|engaged fully with offending behaviour programmes⟧” and had been assessed as presenting a low risk of reoffending.
“⟦d:a|The panel was satisfied that the risk Mr Burnett now presents can be safely managed in the community,⟧” it said.
Anjali Deshmukh, the sister of Ravi Deshmukh, who was killed by Burnett in 2004, said the family had learned of the decision “⟦p:b|from a letter, on a Saturday morning⟧”.
“⟦d:b|Ravi was 23. He was saving to get married. Burnett gets to walk out and have a life, and we get a letter,⟧” she said.
The justice minister, Tobias Wren-Akande, said he had asked officials to examine whether the decision could be challenged. “⟦d:c|I understand completely why the family are so distressed,⟧” he said.

### 059
@a Ekwueme | the judge
@b Dominika Nowak | Her mother
@c Piotr Nowak | Her father
@d Saint Brendan's Children's Hospital | -
A High Court judge has ruled that doctors may withdraw life support from a seven-month-old baby girl against the wishes of her parents, saying further treatment would only «⟦p:a|prolong her suffering⟧».
Mr Justice Ekwueme said he had reached the decision «⟦p:a|with a heavy heart⟧» after hearing evidence from six doctors that Zofia Nowak had suffered catastrophic and irreversible brain damage.
«⟦d:a|Zofia's parents love her beyond measure, and nothing in this judgment should be read as questioning their devotion,⟧» the judge said.
«⟦d:a|But the court's task is to decide what is in her best interests, not what her parents, or anyone else, would wish.⟧»
Her mother, Dominika Nowak, said outside court: «⟦d:b|We are not ready to say goodbye. We will appeal.⟧»
Her father, Piotr Nowak, added: «⟦d:c|Every day she squeezes my finger. The doctors say it is a reflex. I am her father. I know.⟧»
Saint Brendan's Children's Hospital said: «⟦d:d|Our thoughts are with Zofia's family at this incredibly difficult time.⟧»

### 060
@a Jorge Alvarado-Quintero | -
@b Simon Bexley | the head chef
@c Nasreen Akhtar-Wood | Employment Judge
A kitchen porter who was called “⟦s:-|Speedy⟧” by his head chef for three years was racially harassed, an employment tribunal has heard.
Jorge Alvarado-Quintero, 38, who is from Colombia, worked at the Brasa Grill in Tolbury until last summer. He told the Tolbury employment tribunal, through an interpreter, that he had been mocked every day.
“⟦d:a|Every day, ‘Speedy, Speedy, ándale’. Everyone laughed. I laughed too, because I needed the job,⟧” he said.
At one point he turned to address the head chef directly in Spanish: “⟦d:a|Usted sabía lo que hacía.⟧” The interpreter translated: “⟦d:a|You knew what you were doing.⟧”
Simon Bexley, the head chef, accepted that he had used the nickname but told the tribunal it had been “⟦p:b|affectionate⟧”.
“⟦d:b|Everyone in that kitchen had a nickname. Mine was ‘Grandad’,⟧” he said.
Employment Judge Nasreen Akhtar-Wood asked him: “⟦d:c|Did anyone else’s nickname refer to their nationality, Mr Bexley?⟧”
“⟦d:b|No,⟧” he said, after a pause. “⟦d:b|I suppose not.⟧”
The hearing continues.

### 061
@a Jade Armitage-Rowe | HARBOUR LIGHTS star
@b Tarquin Olabode-Smythe | Her lawyer
@c Alan Chu | chair of the bench
@d - | one reporter
HARBOUR LIGHTS star Jade Armitage-Rowe has been banned from driving for six months after she was caught doing 58mph in a 40 zone - her fourth speeding offence in three years.
The actress, 29, who plays barmaid Kerry-Ann Doyle in the hit soap, arrived at Cresswell Magistrates' Court in dark glasses and a camel coat.
Her lawyer, Tarquin Olabode-Smythe, argued that a ban would cause "⟦p:b|exceptional hardship⟧" because she needed to drive to early-morning filming.
"⟦d:b|My client starts at 5.30am. There is no public transport that would get her to the studio for that time,⟧" he said.
But chair of the bench Alan Chu was unmoved. "⟦d:c|Many people in this town start work at 5.30 in the morning and find a way of getting there. So can Ms Armitage-Rowe,⟧" he said.
Outside, one reporter shouted: "⟦d:d|Jade, will you be taking the bus?⟧"
"⟦d:a|No comment, thank you,⟧" she replied, before climbing into a waiting car.
She was also fined £1,100 and ordered to pay £120 costs.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh107.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh107",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
