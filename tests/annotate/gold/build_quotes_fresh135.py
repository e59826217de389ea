# ruff: noqa: E501
"""Build ``quotes_fresh135.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants speaking
from the dock, complainants and bereaved families whose statements are read to the
court, inquests, public inquiry hearings questioned by counsel to the inquiry,
appeals, employment, immigration, disciplinary and sports tribunals, in the styles of
wire copy, broadsheets, local papers, tabloids, magazines and broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh135-NNN``.

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
  description. This includes judicial and official titles (``Judge``, ``Recorder``,
  ``Sheriff``, ``District Judge``, ``Employment Judge``, ``Lady Justice``,
  ``Magistrate``, ``Senior coroner``, ``Prison officer``, ``Detective Chief
  Inspector``, ``Prosecutor``): they are dropped from the name and become the
  description when there is no appositive. The relational phrase before an
  appositive name (``The judge, Mrs Justice …``, ``counsel to the inquiry, … KC``,
  ``Her father, …``) is the description.
* In court reports, the role phrase set off after a lawyer's name (``prosecuting``,
  ``defending``, ``for the newspaper``, ``representing the family``, ``presenting for
  the force``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a description at a cue (``the 38-year-old``, ``the mother of three``, ``the
  teenager``), that description is taken; the same holds for the lede's subject when
  the lede quotes them (``The former boss of Ashgrove Water``).
* A non-restrictive relative clause after an appositive is not part of the
  description; a restrictive one is.
* Victim personal statements, letters, text messages, emails and diary entries read
  out in court (by a barrister, a solicitor or a police officer) belong to their
  author, not to the person reading them aloud. A written judgment or determination
  belongs to the judge who wrote it.
* A barrister's questions in examination or cross-examination are that barrister's
  direct speech, including uncued questions in a run of alternating question-and-answer
  paragraphs; the answers belong to the witness.
* Anonymised people known by a cipher or initials (``HV4``, ``K-17``, ``Patient A``,
  ``DW``) and complainants or children who cannot be named have a null speaker. The
  description is the description used at the cue (``The teenager``); where the cue is
  only the cipher, it is the phrase that introduces them (``a woman referred to as
  Patient A``).
* A jury's or a court's findings quoted as fragments with no individual author have a
  null speaker and the collective phrase as the description (``An inquest jury``).
* Headlines, titles of reports, headings and labels on documents are ``scare``;
  fragments of documents with no identified author (board minutes) are ``partial``
  with a null speaker.
* A verdict or plea spoken aloud in court (``Guilty``) is ``direct`` speech of whoever
  says it; an unnamed foreman has a null speaker and a description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh135.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh135.jsonl")

PASSAGES = """
### 001
@a Carys Pemberton | A neighbour
@b Idris Maalouf | defending
@c Oluwaseun Adebayo | prosecuting
@d Anselm Carrow | the judge
A neighbour told a jury on Tuesday she heard “⟦p:a|a noise like a door slamming, three times⟧” on the night a retired postman was killed at his home in Wexcombe.
Carys Pemberton, 58, was giving evidence on the second day of the trial of Declan Forsythe, 27, who denies murdering Alfred Ibbotson, 71, at Kiln Row in March last year.
Questioned by Oluwaseun Adebayo KC, prosecuting, she said she had been watching television when she heard the sounds at about 11.40pm.
“⟦d:a|I turned the volume down. Then it was quiet, and I thought, well, that’s Alf’s back door, it always bangs,⟧” she told Calderbrook Crown Court.
“⟦d:c|Did you look outside?⟧” Mr Adebayo asked.
“⟦d:a|Not then. I wish I had.⟧”
Under cross-examination, Idris Maalouf KC, defending, suggested she could not be sure the noises had come from Mr Ibbotson’s house rather than the car park behind the terrace.
“⟦d:b|You told police the next morning that you ‘couldn’t say’ where the bangs came from. That was the truth, wasn’t it?⟧” he said.
“⟦d:a|I said that because I was frightened. I knew where they came from,⟧” Ms Pemberton replied.
“⟦d:b|Frightened of what, Ms Pemberton?⟧”
“⟦d:a|Of being right.⟧”
The judge, Mr Justice Anselm Carrow, reminded jurors that they must decide the case “⟦p:d|only on what you hear in this room⟧”.
The trial continues.

### 002
@a Gareth Lloyd-Pryce | defending
@b Bernadette Quayle | Presiding magistrate
@c Shona MacAulay | prosecuting
@d Tyrone Beckford | -
A Pentreath delivery driver who was nearly four times the drink-drive limit when he crashed into a bus shelter has been banned from the roads for three years.
Tyrone Beckford, 44, of Gullet Lane, pleaded guilty at Trewarne Magistrates' Court on Monday to driving with excess alcohol.
Shona MacAulay, prosecuting, said a passer-by had found Beckford in the driver's seat "⟦p:c|singing along to the radio with the engine still running⟧".
"⟦d:c|Fortunately the shelter was empty. It was just after 6am and the first bus was not due for another twenty minutes,⟧" Miss MacAulay told the court.
Gareth Lloyd-Pryce, defending, said his client had lost his mother the previous week and had "⟦p:a|made the worst decision of his life⟧".
"⟦d:a|He is deeply ashamed. He has not touched a drink since that morning and he has written to the bus company to apologise,⟧" Mr Lloyd-Pryce said. "⟦d:a|He knows a ban is inevitable. He asks only that the bench considers offering him the course that would reduce it.⟧"
Beckford, who wore a grey suit, spoke only to confirm his name and address and to enter his plea. Asked by the legal adviser how he pleaded, he replied: "⟦d:d|Guilty.⟧"
Presiding magistrate Bernadette Quayle told him: "⟦d:b|You could have killed somebody. The only reason you did not is luck.⟧"
As well as the ban, which will be reduced by nine months if he completes a drink-driver rehabilitation course, Beckford was fined £640 and ordered to pay £85 costs and a £256 surcharge.

### 003
@a Jordan Vance | soap star
@b Lewis Agbaje | snapper
@c Petra Lindqvist | prosecutor
@d - | A source close to the actor
SOAP star Jordan Vance wept in court yesterday as he told jurors he “⟦p:a|just saw red⟧” when a photographer followed his daughter to school.
The Harbour Lights heart-throb, 36, denies assaulting snapper Lewis Agbaje outside a primary school in Ashcombe in January.
Giving evidence, Vance said: “⟦d:a|He was shoving a camera in a seven-year-old’s face. I’m a dad first. Any dad would have done the same.⟧”
But prosecutor Petra Lindqvist shot back: “⟦d:c|Any dad would have pushed a man to the ground and stamped on his lens?⟧”
“⟦d:a|I didn’t stamp on anything. I stood on it by accident,⟧” the actor insisted, his voice cracking.
Earlier, Mr Agbaje, 29, told the court he had been “⟦p:b|doing my job, lawfully, on a public pavement⟧”.
“⟦d:b|He came at me like a train. I heard my wrist go before I hit the floor,⟧” the photographer said.
A source close to the actor said last night: “⟦d:d|Jordan is devastated. He just wants this over so he can get back to his family.⟧”
The trial at Kingsmere Crown Court continues.

### 004
@a Delphine Marchetti | Area coroner
@b Rosalind Achebe | Her mother
@c Hamish Torrance | a consultant in emergency medicine at the hospital
@d Bellhaven Hospitals NHS Trust | -
A 19-year-old student who died two days after being sent home from an emergency department with suspected food poisoning had sepsis, an inquest has heard.
Tamsin Achebe, a second-year geography student at the University of Northmoor, died at Bellhaven General Hospital on October 3.
Her mother, Rosalind Achebe, told the inquest at Bellhaven Coroner’s Court that her daughter had been “⟦p:b|grey and shaking⟧” when she drove her to hospital.
“⟦d:b|I told the nurse, this isn’t her. She never complains. I said it three times,⟧” Mrs Achebe said. “⟦d:b|They gave her paracetamol and a leaflet.⟧”
Dr Hamish Torrance, a consultant in emergency medicine at the hospital, said a junior doctor had recorded a raised heart rate but the reading had not triggered a review.
“⟦d:c|With hindsight, the observations should have been escalated. I accept that,⟧” he said. “⟦d:c|We have since changed the electronic system so that it cannot be overridden without a senior signature.⟧”
Recording a narrative conclusion, Area coroner Delphine Marchetti said there had been “⟦p:a|a missed opportunity to give antibiotics that, on the balance of probabilities, would have saved Tamsin’s life⟧”.
“⟦d:a|Tamsin’s mother knew something was very wrong. She said so, clearly and more than once, and she was not listened to,⟧” the coroner said.
Bellhaven Hospitals NHS Trust said in a statement that it was “⟦p:d|deeply sorry⟧” and had “⟦p:d|already acted on every lesson identified⟧”.

### 005
@a Lucinda Faversham | counsel to the inquiry
@b Rowan Atherley | A former housing minister
@c Gwendolyn Ashby | The inquiry's chair
@e - | One woman
A former housing minister has told the Tolland Wharf inquiry that warnings about flammable cladding "⟦p:b|never reached my desk in a form I could act on⟧".
Rowan Atherley, who held the post between 2014 and 2017, was questioned for more than four hours on Wednesday by counsel to the inquiry, Lucinda Faversham KC.
Ms Faversham showed him a memo from a senior civil servant headed "⟦s:-|Urgent: external wall systems⟧", dated eleven months before the fire.
"⟦d:a|Do you accept that you read this?⟧" she asked.
"⟦d:b|I accept that it was in my box. I do not accept that I read every page of every annex,⟧" Mr Atherley replied. "⟦d:b|A minister's red box on a Friday night could be three hundred pages.⟧"
"⟦d:a|So the system failed?⟧"
"⟦d:b|The system was not designed for a risk of this kind. I regret that very deeply.⟧"
Ms Faversham then read from the minister's own handwritten note in the margin of a later draft, which said: "⟦d:b|Can we park this until after recess?⟧"
"⟦d:a|Those are your words, Mr Atherley?⟧"
"⟦d:b|They are. And I have thought about them every day since June,⟧" he said.
Bereaved families in the public gallery shook their heads. One woman called out "⟦d:e|Shame⟧" and was asked to leave.
The inquiry's chair, Dame Gwendolyn Ashby, said the hearing would "⟦p:c|take whatever time is needed⟧".

### 006
@a Sunita Bhardwaj | a former senior analyst at Crestline Capital
@b Marcus Delahaye | Her line manager
@c Eluned Rhys | Employment Judge
@d Crestline Capital | -
A City analyst who was sacked weeks after complaining that she had been left off a client trip to Monte Verano was unfairly dismissed and the victim of sex discrimination, an employment tribunal has ruled.
Sunita Bhardwaj, a former senior analyst at Crestline Capital, told the tribunal in London that she had been “⟦p:a|cut out of the room where the money was made⟧” after returning from maternity leave in 2022.
“⟦d:a|I wasn’t asking for a holiday. Those trips were where the mandates were won, and everyone knew it,⟧” she said in evidence.
Her line manager, Marcus Delahaye, told the hearing that places on the trip had been allocated “⟦p:b|purely on client coverage⟧”.
“⟦d:b|I have never taken anyone’s family circumstances into account, and I never would,⟧” he said.
But in a written judgment published on Thursday, Employment Judge Eluned Rhys said she found Mr Delahaye’s account “⟦p:c|unconvincing and, in places, contradicted by his own emails⟧”.
“⟦d:c:m|The claimant was a credible witness who gave her evidence carefully and made concessions where they were due.⟧
“⟦d:c|The respondent’s explanation for her dismissal, a restructuring that affected no other member of the team, does not withstand scrutiny.⟧”
A remedy hearing will be held in the spring. Crestline Capital said it was “⟦p:d|disappointed⟧” by the decision and was considering an appeal.

### 007
@a Tomas Ilunga | -
@b Farida Osmani | Upper Tribunal Judge
@c Jeremy Fairbrother | the Home Office presenting officer
@d Nadia Kowalczyk | His solicitor
A young man who fled forced conscription in Velmora has won his appeal against deportation after a judge accepted that he faced «⟦p:b|a real risk of serious harm⟧» if he were sent back.
Tomas Ilunga, 24, gave evidence through an interpreter at the hearing centre in Hartsfield.
«⟦d:a|They came to my uncle’s house at night. They said I had a choice: the army, or the river,⟧» he told the tribunal.
Jeremy Fairbrother, the Home Office presenting officer, put it to him that he had not mentioned the river in his first interview.
«⟦d:c|Why is that detail appearing now, two years later?⟧» Mr Fairbrother asked.
«⟦d:a|Because in the first interview I was asked five questions and none of them was about the river,⟧» Mr Ilunga replied.
In her determination, Upper Tribunal Judge Farida Osmani wrote: «⟦d:b|I found the appellant to be a straightforward witness. Where he could not remember something, he said so. That is not the behaviour of someone constructing a story.⟧»
His solicitor, Nadia Kowalczyk, said outside the hearing centre: «⟦d:d|Tomas has waited three years to be believed. Today he was.⟧»

### 008
@a Miriam Okonjo | the Recorder of Calderbrook
@b Aisling Byrne | Niamh’s mother
@c Conor Byrne | Her father
@d Liam Stroud | -
@e - | Someone in the gallery
A man who stabbed his former partner 14 times after she ended their relationship has been jailed for life and told he will serve at least 21 years before he can be considered for parole.
Liam Stroud, 31, was convicted last month of murdering Niamh Byrne, 22, at her flat on Sallow Quay in Calderbrook in August.
Sentencing him at Calderbrook Crown Court on Friday, Judge Miriam Okonjo, the Recorder of Calderbrook, said:
“⟦d:a:m|Niamh Byrne was a young woman with her whole life in front of her. She had a job she loved, a family who adored her and a circle of friends who filled the public gallery of this court every day of your trial.⟧
“⟦d:a:m|She ended a relationship with you, as she was entitled to do. You could not accept that. You went to her flat with a knife you had bought that afternoon, and you killed her.⟧
“⟦d:a|You have never shown any genuine remorse. Your evidence to the jury was a catalogue of self-pity.⟧”
In a victim personal statement read to the court by a police family liaison officer, Niamh’s mother, Aisling Byrne, said: “⟦d:b|There is a chair at our table that nobody sits in. I set a place for her at Christmas without thinking, and then I had to go into the garden so nobody would see me.⟧”
Her father, Conor Byrne, read his own statement from the witness box. “⟦d:c|I taught her to ride a bike on the street where she died,⟧” he said. “⟦d:c|I can’t walk down it now. I go the long way round, every day.⟧”
As he was led from the dock, Stroud turned towards the gallery and said: “⟦d:d|I’m sorry.⟧”
Someone in the gallery shouted back: “⟦d:e|No you’re not.⟧”

### 009
@a Emlyn Penrose | the vice-president of the Court of Appeal's criminal division
@b Marguerite Obi | His solicitor
@c Desmond Achterberg | -
@d Crown Prosecution Service | -
@e - | one reporter
LONDON, May 14 - Three Court of Appeal judges on Tuesday quashed the murder conviction of a man who has spent 17 years in prison, ruling that fresh DNA evidence had undermined the case against him.
Desmond Achterberg, 52, was convicted in 2008 of killing Shirley Fenwick, 46, in a park in Ostley.
"⟦d:a|Had this evidence been before the jury, we cannot be confident that they would have convicted,⟧" said Lord Justice Emlyn Penrose, the vice-president of the Court of Appeal's criminal division. "⟦d:a|The conviction is unsafe and must be quashed.⟧"
He said a retrial would "⟦p:a|not be in the interests of justice⟧" given the passage of time.
Achterberg, who watched by video link from HMP Longmoor, raised both fists when the decision was read. Walking out of the prison gates hours later, he told reporters: "⟦d:c|I've been saying the same thing for seventeen years. Today somebody finally listened.⟧"
"⟦d:e|Do you feel bitter?⟧" one reporter asked.
"⟦d:c|Ask me next week. Right now I just want a cup of tea that isn't made in a plastic kettle,⟧" he said.
His solicitor, Marguerite Obi, said the case raised "⟦p:b|profound questions⟧" about how forensic samples had been stored.
"⟦d:b|There were swabs in a freezer in Ostley for fifteen years that nobody asked to test,⟧" she said.
The Crown Prosecution Service said it "⟦p:d|respects the court's decision⟧" and would not seek a retrial.

### 010
@a Ingrid Solheim | the charity’s former finance director
@b Theo Vasilakis | The 49-year-old
@c Hannah Mbeki | prosecuting
@d Rupert Gillingham | defending
The former chief executive of a children’s hospice charity spent donors’ money on a holiday villa in Crete and a share in a racehorse, a court has heard.
Theo Vasilakis, 49, denies fraud by abuse of position relating to £1.2m taken from the Little Lanterns Trust between 2016 and 2021.
On Wednesday the jury at Dunmore Crown Court heard from the charity’s former finance director, Ingrid Solheim, who said she had raised concerns “⟦p:a|at least a dozen times⟧”.
Asked by Hannah Mbeki, prosecuting, what response she had received, Ms Solheim said: “⟦d:a|He told me to stop being a bean counter and start being a believer.⟧”
“⟦d:c|A believer in what?⟧” Ms Mbeki asked.
“⟦d:a|In him, I think.⟧”
Cross-examining, Rupert Gillingham, defending, suggested that Ms Solheim had signed off every one of the payments she now complained about.
“⟦d:d|Your signature is on the villa invoice, isn’t it?⟧”
“⟦d:a|It is. I was told it was a retreat for bereaved families.⟧”
“⟦d:d|And you never checked?⟧”
“⟦d:a|I checked. There were photographs of a swimming pool and a lot of bunting. It looked like a retreat,⟧” she said.
Vasilakis, of Elmcroft Avenue, Dunmore, is expected to give evidence next week. The 49-year-old has told police the payments were “⟦p:b|legitimate expenses approved by the board⟧”.

### 011
@a Femi Adeyemi-Clarke | -
@b Josephine | His sister
@c Alasdair Grieve | the journalist whose reporting reopened the case
Femi Adeyemi-Clarke keeps his old prison number written on a card in his wallet. He says he doesn't know why. "⟦d:a|Maybe so I never get comfortable,⟧" he says, turning it over on the cafe table. "⟦d:a|Maybe because for eleven years it was my name.⟧"
He was 19 when a jury at Haverleigh Crown Court convicted him of a robbery in which a shopkeeper was beaten unconscious. He was 30 when the Court of Appeal heard that the only eyewitness had been shown a single photograph - his - before the identity parade.
"⟦d:a:m|People think the worst part is being inside. It isn't. The worst part is the letters you write that nobody answers.⟧
"⟦d:a|I wrote to my MP fourteen times. I have the replies. Two of them spell my name wrong.⟧"
His sister, Josephine, visited every fortnight. "⟦d:b|We never talked about the case,⟧" she says. "⟦d:b|We talked about football, about my kids, about what Mum had cooked. That was the deal. Inside those two hours he was just my brother.⟧"
The breakthrough came from Alasdair Grieve, the journalist whose reporting reopened the case, who found the photograph in a box of unused material. "⟦d:c|It was in a brown envelope marked 'misc',⟧" Grieve recalls. "⟦d:c|I almost didn't open it.⟧"
Adeyemi-Clarke is now suing the police for compensation. Does he want an apology? "⟦d:a|I want them to say it out loud, in a room, to my face,⟧" he says. "⟦d:a|Then we'll see.⟧"

### 012
@a Sian Howell | His daughter
@b Kofi Mensah | an inspector with the Health and Safety Executive
@c Robert Ellwood | Senior coroner
A farmer killed when a round bale fell from a telehandler had ``⟦p:a|done the job a thousand times⟧'', his daughter told an inquest.
Emrys Howell, 63, died at Cwm Ysgafell Farm, near Llanfedw, in July last year.
His daughter, Sian Howell, said her father had been ``⟦p:a|careful to the point of being annoying⟧'' around machinery.
``⟦d:a|He'd shout at us if we stood within twenty yards of that loader,⟧'' she told the hearing at Penlan Coroner's Court. ``⟦d:a|That's what makes it so hard to understand.⟧''
Kofi Mensah, an inspector with the Health and Safety Executive, said the telehandler's bale spike had a cracked weld that ``⟦p:b|would not have been obvious without a proper inspection⟧''.
``⟦d:b|The machine had not had a thorough examination for at least three years,⟧'' he said. ``⟦d:b|That is not unusual on small family farms, and that is exactly the problem.⟧''
Senior coroner Robert Ellwood recorded a conclusion of accidental death. ``⟦d:c|Mr Howell was, by every account, an experienced and careful man,⟧'' he said. ``⟦d:c|This was a failure of equipment, not of care. I would urge every farmer in this county to have their lifting machinery checked.⟧''

### 013
@a Cassandra Whitfield | Assistant U.S. Attorney
@b Raymond Okafor | Defense attorney
@c Harold Brzezinski | U.S. District Judge
@d Curtis Bellweather | a paving contractor who has pleaded guilty to conspiracy
@f - | His wife
CASTLEFORD FALLS - A former county commissioner accepted envelopes of cash in a church parking lot in exchange for road-paving contracts, a federal prosecutor told jurors Monday as his bribery trial opened.
"⟦d:a|This case is about a man who treated the county's money like his own wallet,⟧" Assistant U.S. Attorney Cassandra Whitfield said in her opening statement. "⟦d:a|And when he was done, he went inside and sang in the choir.⟧"
Dwayne Pettibone, 61, who served three terms on the Oakridge County Commission, has pleaded not guilty to 14 counts including bribery and honest-services fraud.
Defense attorney Raymond Okafor urged jurors to be skeptical of the government's star witness.
"⟦d:b|You're going to hear from a man who will say anything to stay out of prison,⟧" Okafor said. "⟦d:b|Listen carefully to what he has to gain.⟧"
That witness, Curtis Bellweather, a paving contractor who has pleaded guilty to conspiracy, took the stand in the afternoon. Asked by Whitfield how the payments were made, he said: "⟦d:d|Cash. Always cash. He said checks were for people who wanted to get caught.⟧"
U.S. District Judge Harold Brzezinski told jurors to expect the trial to last about three weeks. "⟦d:c|Please do not read, watch or listen to anything about this case,⟧" he said.
Pettibone did not speak to reporters as he left the courthouse. His wife, who held his arm, said only: "⟦d:f|We trust God and we trust the jury.⟧"

### 014
@a Edna Higginbottom | -
@b Kieran Maddox | the sick swindler
@c Bryony Castellano | Judge
@d Priyanka Deshmukh | defending
@e Graham | Edna’s son
A HEARTLESS conman who fleeced a blind widow out of her £48,000 life savings has been caged for six years.
Kieran Maddox, 33, posed as a bank fraud officer and bombarded 84-year-old Edna Higginbottom with calls over five weeks.
In one voicemail played to Wolverstone Crown Court, the sick swindler told her: “⟦d:b|Don’t tell your son, Edna. He could be part of it. You can only trust me now.⟧”
In a statement read to the court, brave Edna said: “⟦d:a|I used to feel safe in my own home. Now I don’t answer the phone. I don’t answer the door. He took my money, but he also took my nerve.⟧”
Priyanka Deshmukh, defending, said Maddox had a gambling addiction and was “⟦p:d|genuinely ashamed⟧”.
Jailing him, Judge Bryony Castellano said: “⟦d:c|You preyed on her loneliness and her blindness with a cruelty that is difficult to comprehend.⟧”
“⟦d:c|The word ‘despicable’ is overused in these courts. It is not overused today.⟧”
Edna’s son, Graham, 58, said outside court: “⟦d:e|Mum’s a fighter. Six years won’t give her the money back, but it’s something.⟧”

### 015
@a Aurelio Santangelo | counsel to the inquiry
@b Dilys Prothero | a resident of Mill Terrace
@c Nkechi Uzoma | the reservoir’s supervising engineer
@d Gerald Fenton-Hale | the inquiry chairman
Residents of a village swamped when an earth dam gave way told a public inquiry on Monday that they had complained about water seeping through the embankment for years.
Dilys Prothero, a resident of Mill Terrace, said she first reported a “⟦p:b|boggy patch that never dried⟧” in 2015.
“⟦d:b|I rang the water company, I rang the council, I rang the water company again. Each time a young man came out, looked at it, and said it was rainwater,⟧” she said.
Aurelio Santangelo KC, counsel to the inquiry, asked whether she had kept a record of the calls.
“⟦d:b|I kept a diary. I keep a diary of everything. My late husband used to say I’d have minuted our wedding.⟧”
The hearing room at Ferrisbridge Town Hall laughed. Mr Santangelo said the diary had been disclosed to the inquiry and would be “⟦p:a|of considerable importance⟧”.
Later, the reservoir’s supervising engineer, Nkechi Uzoma, said she had not been told about the complaints until after the collapse.
“⟦d:c|If I had seen that diary I would have ordered a drawdown that week. I want to be very clear about that,⟧” she said.
“⟦d:a|Why didn’t you see it?⟧” Mr Santangelo asked.
“⟦d:c|Because complaints went to the customer services team, and nobody had designed a route from customer services to the engineer. That is the honest answer.⟧”
Sir Gerald Fenton-Hale, the inquiry chairman, thanked Mrs Prothero for her evidence, saying it had been given with “⟦p:d|great clarity and, if I may say, great patience⟧”.

### 016
@a Morag Dunbar | Sheriff
@b Euan Gilchrist | Procurator fiscal depute
@d Ailsa Baird | His solicitor
@e Glenmorven Distillery | -
A former warehouseman who siphoned rare single malt from casks at the distillery where he worked and sold it online has been jailed for 20 months.
Callum Rennie, 28, admitted stealing spirit worth an estimated £93,000 from the Glenmorven Distillery in Aberlorn between 2020 and 2022.
Procurator fiscal depute Euan Gilchrist told Inverallan Sheriff Court that Rennie had used a "⟦s:-|dipping dog⟧", a copper tube traditionally used by distillery workers, to draw off whisky from the oldest casks.
"⟦d:b|Over two years he removed what the company estimates to be around 450 litres, topping the casks up with water to hide the loss,⟧" Mr Gilchrist said.
"⟦d:b|Some of these casks had been laid down in 1979. What he sold cannot be replaced.⟧"
His solicitor, Ailsa Baird, said Rennie had "⟦p:d|got in over his head⟧" with online betting debts.
"⟦d:d|He is a young man who has lost his job, his reputation and the respect of a small community where everybody knows everybody,⟧" Ms Baird said.
Sheriff Morag Dunbar told Rennie: "⟦d:a|This was a sustained, deliberate and carefully concealed course of dishonesty. A custodial sentence is the only appropriate disposal.⟧"
Glenmorven Distillery said in a statement: "⟦d:e|We are grateful to the police and the court, and we now hope to put this matter behind us.⟧"

### 017
@a Grace Onyango | a former healthcare assistant at Larchwood House
@b Helen Stoddart | The home’s manager
@c Vikram Sahni | Employment Judge
A care worker has lost her claim that she was sacked because of her race.
Grace Onyango, a former healthcare assistant at Larchwood House in Lindenfold, told the tribunal in Northgate that she had been “⟦p:a|watched more closely than anyone else on the floor⟧”.
“⟦d:a|If a white colleague was late, it was a joke. If I was late, it was a meeting,⟧” she said.
The home’s manager, Helen Stoddart, said Mrs Onyango was dismissed after two medication errors in a month, one of which led to a resident being given a double dose of blood thinner.
“⟦d:b|I liked Grace. I still like Grace. But I could not ignore those errors, and I would have made the same decision about anyone,⟧” she told the hearing.
Mrs Onyango, who represented herself, asked whether she had ever disciplined a white member of staff for a medication error. Mrs Stoddart said she had, twice.
“⟦d:a|Then why wasn’t I shown those files?⟧” Mrs Onyango asked.
“⟦d:b|Because they’re confidential. But the tribunal has seen them,⟧” Mrs Stoddart replied.
In his judgment, Employment Judge Vikram Sahni said he accepted that Mrs Onyango “⟦p:c|genuinely and sincerely believes⟧” she was treated unfairly, but found that the dismissal was “⟦p:c|because of the errors and nothing else⟧”.

### 018
@a Henrik Dahlqvist | The former chief financial officer of Nordvik Shipping
@b Aurélie Marchand | Prosecutor
@c Jonas Ekholm | the company’s then treasurer
@d Karin Lövgren | The presiding judge
The former chief financial officer of Nordvik Shipping told a court on Thursday that he had «⟦p:a|never once⟧» hidden losses from the company’s auditors, despite emails in which he appeared to discuss doing exactly that.
Henrik Dahlqvist, 57, is accused of aggravated accounting fraud over what prosecutors say was a 400 million crown hole in the group’s accounts.
Prosecutor Aurélie Marchand read aloud an email he sent in March 2021 to the company’s then treasurer, Jonas Ekholm: «⟦d:a|Let’s keep the Harnö numbers in the drawer until after the board meeting. No need to frighten the horses.⟧»
«⟦d:b|What did you mean by ‘the drawer’, Mr Dahlqvist?⟧» she asked.
«⟦d:a|It is an expression. It means: not yet. It does not mean: never,⟧» he replied.
Mr Ekholm’s reply, also read to the court, said: «⟦d:c|Understood. Drawer it is.⟧»
The presiding judge, Karin Lövgren, asked Dahlqvist whether the board had been told about the losses. «⟦d:d|Were they told before or after the auditors signed?⟧»
«⟦d:a|After. I accept that. I regret it.⟧»
The trial continues next week, when Mr Ekholm is expected to testify.

### 019
@a Blessing Okoro | Jaden’s mother
@b Stuart Pennock | the driver of the marked police car
@c Anjali Kaur | representing the family
@d Philippa Greenhalgh | Senior coroner
@e Police Conduct Authority | -
@j - | An inquest jury
An inquest jury has found that the decision to continue a police pursuit through a residential estate “⟦p:j|more than minimally contributed⟧” to the death of a 17-year-old motorcyclist.
Jaden Okoro died when his unregistered motorbike struck a lamp post on the Greenway estate in Marlcliffe in April 2022.
PC Stuart Pennock, the driver of the marked police car, had told the inquest that he was “⟦p:b|seconds from calling it off⟧” when the crash happened.
“⟦d:b|I’ve gone over it every night since. I didn’t want that lad hurt. Nobody did,⟧” he said.
Anjali Kaur, representing the family, asked him why he had not abandoned the pursuit when the bike mounted the pavement outside a primary school.
“⟦d:c|There were children on that pavement, officer. Wasn’t that the moment?⟧”
“⟦d:b|In hindsight, yes,⟧” PC Pennock said.
Senior coroner Philippa Greenhalgh said she would issue a report to prevent future deaths, adding: “⟦d:d|Pursuit policy must be written for the real world, not the ideal one.⟧”
After the conclusion was read, Jaden’s mother, Blessing Okoro, said outside Marlcliffe Town Hall: “⟦d:a|My son made a bad choice. He was seventeen. Seventeen-year-olds make bad choices. That should not be a death sentence.⟧”
The Police Conduct Authority said it would “⟦p:e|carefully consider⟧” the jury’s findings.

### 020
@a Malcolm Tierney | Ellis's father
@b Anwar Siddiqui | Zain's father
@c Ruth Abernethy | Judge
@e Stephen Garside | defending
A driver who was racing a friend at more than 90mph when he killed two teenagers at a bus stop has been jailed for 12 years.
Jake Pollard, 23, of Brindley Close, Oakfold, admitted two counts of causing death by dangerous driving at Sheffbrook Crown Court.
Ellis Tierney and Zain Siddiqui, both 16, were waiting for a bus home from a college open evening when Pollard's Audi mounted the kerb on Moor Road.
Ellis's father, Malcolm Tierney, told the court: "⟦d:a:m|I have been asked to describe the impact of Ellis's death. I can't. There isn't a word big enough. So I'll tell you about the morning instead.⟧
"⟦d:a|He came down the stairs two at a time, like he always did, and asked if he could borrow ten pounds. I said no. I'd give anything to have said yes.⟧"
Zain's father, Anwar Siddiqui, spoke next. He looked directly at the dock. "⟦d:b|You did not know my son. He was funny, he was kind, he wanted to be a pharmacist,⟧" he said. "⟦d:b|You took him because you wanted to win a race.⟧"
Stephen Garside, defending, said Pollard had written a letter to both families and was "⟦p:e|utterly broken⟧".
Sentencing, Judge Ruth Abernethy said: "⟦d:c|Two families have been destroyed by a stupid, selfish game played on a public road. No sentence I can pass will begin to match their loss.⟧"
She also banned Pollard from driving for 14 years.
Outside court, Mr Tierney was asked what he made of the sentence. "⟦d:a|Twelve years. He'll be out in eight. Ellis got sixteen,⟧" he said.

### 021
@a Bronwyn Castles | Magistrate
@b Nathan Drury | Police prosecutor
@c Lachlan Petrie | Moss’s solicitor
@d Kelvin Moss | -
A Tarrabool fisherman caught with 214 undersized abalone stuffed into a wetsuit bag has been fined $18,000 and banned from holding a fishing licence for five years.
Kelvin Moss, 52, pleaded guilty in Tarrabool Local Court on Tuesday to taking undersized abalone in commercial quantities.
Police prosecutor Nathan Drury told the court fisheries officers had found the shellfish “⟦p:b|packed so tightly the bag wouldn’t zip⟧”.
“⟦d:b|This wasn’t a feed for the family, your honour. This was stock,⟧” he said.
Moss’s solicitor, Lachlan Petrie, said his client had been “⟦p:c|doing it tough⟧” since the closure of the town’s cannery and had “⟦p:c|made a very silly decision on a very bad day⟧”.
Magistrate Bronwyn Castles was unimpressed. “⟦d:a|Abalone stocks on this coast have been devastated. People who do this are stealing from every other fisher in the district,⟧” she said.
Asked if he had anything to say, Moss stood up. “⟦d:d|Fair enough, your honour. I’ve got no excuse,⟧” he said.

### 022
@a Geneviève Tremblay-Osei | Superior Court Justice
@b Marcus Liang | Crown attorney
@c - | One of the complainants
@d - | A spokesperson for the province’s attorney general
A judge in Port Severin has stayed sexual assault charges against a former hockey coach because the case took too long to reach trial, writing that the delay was “⟦p:a|the product of systemic neglect, not complexity⟧”.
In a 38-page decision released Friday, Superior Court Justice Geneviève Tremblay-Osei said the 41 months between the charge and the scheduled trial date were “⟦p:a|far beyond⟧” the constitutional ceiling.
“⟦d:a:m|I am acutely conscious that a stay means the complainants will never have their allegations tested in court. That is a grave outcome, and I do not reach it lightly.⟧
“⟦d:a|But the Charter right to be tried within a reasonable time belongs to every accused person, including those accused of the most serious offences. It cannot be suspended because a courthouse is short of judges.⟧”
Crown attorney Marcus Liang said the Crown was “⟦p:b|reviewing the decision carefully⟧” and had 30 days to file an appeal.
One of the complainants, now in his twenties, said he felt “⟦p:c|abandoned by the system that told me to come forward⟧”.
“⟦d:c|I did everything they asked. I told my story four times. And now it’s just over, because of a calendar,⟧” he said in an interview.
A spokesperson for the province’s attorney general said new judicial appointments were “⟦p:d|under way⟧”.

### 023
@a Comfort Asante | a former ward sister at Eastmoor General Hospital
@b Eastmoor Hospitals NHS Foundation Trust | -
@c Nigel Pardoe | Employment Judge
@d Fiona Latimer | The trust's former director of nursing
A senior nurse who raised concerns about unsafe staffing on a children's ward was unfairly dismissed for whistleblowing, an employment tribunal has found.
Comfort Asante, a former ward sister at Eastmoor General Hospital, told the tribunal she had written to managers 23 times about nurse numbers on Robin Ward.
``⟦d:a|Every night I was doing the work of three people. I was frightened a child would die on my watch,⟧'' she said in evidence.
The trust's former director of nursing, Fiona Latimer, said she had treated the concerns ``⟦p:d|with the utmost seriousness⟧''.
``⟦d:d|We were recruiting. We were doing everything we could in a national shortage,⟧'' she said.
But in a reserved judgment, Employment Judge Nigel Pardoe found that Ms Asante had been moved to night shifts, excluded from meetings and finally dismissed for ``⟦p:c|trivial⟧'' timekeeping breaches after her complaints.
``⟦d:c|The tribunal is satisfied that the principal reason for the dismissal was that the claimant made protected disclosures,⟧'' the judge wrote. ``⟦d:c|The timekeeping allegations were a pretext.⟧''
Eastmoor Hospitals NHS Foundation Trust said: ``⟦d:b|We accept the tribunal's findings and apologise to Ms Asante. We have reviewed how we respond to staff who speak up.⟧''

### 024
@a Tobias Reinholt | The former boss of Ashgrove Water
@b Yasmin Chowdhury | lead counsel to the inquiry
@c Philomena Dunne | the mother of three
The former boss of Ashgrove Water has apologised to families affected by the Kettleby contamination, telling a public inquiry he was “⟦p:a|ashamed of how long it took us to tell people the truth⟧”.
Tobias Reinholt, who was chief executive when a parasite got into the supply in 2019, said the company had been “⟦p:a|too slow, too defensive and too legalistic⟧”.
Questioned by Yasmin Chowdhury KC, lead counsel to the inquiry, he accepted that a boil-water notice could have been issued 36 hours earlier.
“⟦d:b|Thirty-six hours in which people were giving tap water to babies?⟧” Ms Chowdhury asked.
“⟦d:a|Yes,⟧” Mr Reinholt said. After a long pause, he added: “⟦d:a|I don’t have a better answer than yes.⟧”
Philomena Dunne, whose 14-month-old daughter was admitted to hospital during the outbreak, watched from the public seats.
Speaking afterwards, the mother of three said: “⟦d:c|He said sorry. I believe he meant it. But sorry is the word you use when you bump into someone in a shop.⟧”
“⟦d:c|My daughter still won’t drink water from a tap. She’s five. She thinks it’s poison.⟧”

### 025
@a Reuben Kaplan | the 38-year-old
@b Ciaran Moynihan | prosecuting
@c Jasper Nwachukwu | defending
A man accused of murdering his business partner told a jury on Thursday that he hit him once with a spirit level "⟦p:a|to make him stop⟧".
Reuben Kaplan, 38, denies murdering Otto Brandauer, 45, at the joinery workshop they ran together in Millhaven in October.
Led through his evidence by Jasper Nwachukwu KC, defending, Kaplan said Brandauer had come at him with a chisel after an argument about money.
"⟦d:a|He was screaming that I'd ruined him. He had the chisel up here,⟧" Kaplan said, raising his right hand above his shoulder. "⟦d:a|I grabbed the first thing on the bench.⟧"
"⟦d:c|What happened next?⟧" Mr Nwachukwu asked.
"⟦d:a|He went down. I thought he'd get up. He always got up.⟧"
Cross-examining, Ciaran Moynihan KC, prosecuting, pointed out that no chisel had been found near the body.
"⟦d:b|You invented the chisel, didn't you, Mr Kaplan? You invented it in the back of a police van,⟧" he said.
"⟦d:a|No. It was there. Someone must have moved it.⟧"
"⟦d:b|Who? You were the only other person in the workshop.⟧"
Kaplan did not answer for several seconds. "⟦d:a|I don't know,⟧" the 38-year-old said eventually.
The trial continues.

### 026
@a Brian Cottle | Retired postie
@b Desmond Pike | next-door neighbour
@c Harriet Quist | District Judge
A PENSIONER who took a chainsaw to his neighbour’s prized leylandii in the dead of night has been ordered to pay £7,400 in damages — ending a bitter 11-year “⟦s:-|hedge war⟧”.
Retired postie Brian Cottle, 71, claimed the towering conifers had turned his back garden into “⟦p:a|a cave⟧”.
“⟦d:a|I hadn’t seen the sun on my patio since 2013. A man can only take so much,⟧” he told Fernleigh County Court.
But next-door neighbour Desmond Pike, 74, said the hedge was planted by his late wife and was “⟦p:b|the last thing of hers that was still growing⟧”.
“⟦d:b|I woke up to the sound of a chainsaw at half past two in the morning. I looked out and there he was in a head torch, like something out of a horror film,⟧” he said.
District Judge Harriet Quist said both men had behaved “⟦p:c|in a way neither would be proud of⟧” over the years, but that Mr Cottle had “⟦p:c|crossed a clear line⟧”.
“⟦d:c|Self-help with a chainsaw at two in the morning is not a remedy known to the law,⟧” she said.
Outside court, Mr Cottle was unrepentant. “⟦d:a|Worth every penny,⟧” he grinned.

### 027
@a - | The teenager
@b Olwen Prys | chairman of the bench
@c Hamza Rafiq | The bus driver
@d - | A youth offending team officer
@e Harbourline Buses | -
A teenage boy who threw half a brick through the windscreen of a moving bus, leaving its driver with cuts to his face, has been given a 12-month referral order.
The 15-year-old, who cannot be named for legal reasons, admitted criminal damage and assault by beating at Gransholm Youth Court.
The bus driver, Hamza Rafiq, said in a statement read to the court that he had “⟦p:c|thought it was a gunshot⟧”.
“⟦d:c|There was glass in my mouth and in my eyes. I had 40 passengers behind me and I had to stop that bus without being able to see,⟧” his statement said.
A youth offending team officer told the court the boy had “⟦p:d|shown real insight⟧” during interviews and had asked to write to Mr Rafiq.
The teenager, wearing a school jumper, spoke briefly. “⟦d:a|I didn’t think. I’m really sorry to the driver,⟧” he said.
Olwen Prys, chairman of the bench, told him: “⟦d:b|You are very lucky that nobody was killed. A referral order is a chance. I strongly suggest you take it.⟧”
Harbourline Buses said it would “⟦p:e|always support⟧” drivers who were assaulted at work.

### 028
@a Eleanor Whitcombe | Detective Chief Inspector
@b Kwame Asamoah | the victim's brother
@c - | the foreman
@d Fraser Doig | -
Two men have been found guilty of murdering a 26-year-old delivery rider who was attacked with a machete in a row over a parking space in Westmarsh.
The jury at Eastbury Crown Court took less than four hours to convict Fraser Doig, 30, and Lee Henshall, 29, of the murder of Yaw Asamoah last July.
When the foreman was asked for the verdict on Doig, he replied: "⟦d:c|Guilty.⟧" A shout of "⟦d:-|Yes!⟧" went up from the back of the court, followed by sobs.
Doig shouted "⟦d:d|This is a stitch-up⟧" as he was taken down to the cells.
Speaking outside court, the victim's brother, Kwame Asamoah, said: "⟦d:b|Yaw went to work to deliver people's dinners. He never came home. No verdict can change that, but today the truth was told.⟧"
"⟦d:b|We want to thank the witnesses who came forward. They were brave. Without them, these men would be walking around,⟧" he said.
Detective Chief Inspector Eleanor Whitcombe, who led the investigation, said the attack was "⟦p:a|senseless and utterly shocking⟧".
"⟦d:a|A young man lost his life over a parking space. Let that sink in,⟧" she said.
The pair will be sentenced on 12 September.

### 029
@a Kemi Fashola | the Solicitor General
@b Imogen Thackeray | Lady Justice
@c Marion Fairclough | Ruby’s grandmother
A man who left a toddler with a fractured skull while babysitting has had his suspended sentence replaced with four years in prison.
Dale Kirkbride, 27, was given a two-year suspended sentence at Stallbridge Crown Court in March after admitting causing grievous bodily harm to 20-month-old Ruby Fairclough.
The case was referred to the Court of Appeal by the Solicitor General, Kemi Fashola, who said the original sentence had “⟦p:a|failed to reflect the gravity of the harm done to a defenceless child⟧”.
Lady Justice Imogen Thackeray, sitting with two other judges, said: “⟦d:b|The judge below gave too much weight to the offender’s personal mitigation and too little to the consequences for Ruby, which are lifelong.⟧”
“⟦d:b|No sentence other than immediate custody could properly be imposed.⟧”
Ruby’s grandmother, Marion Fairclough, who has cared for her since the attack, said she wept when she heard the ruling.
“⟦d:c|When he walked out of court last time, it felt like Ruby didn’t matter. Today she mattered,⟧” she said. “⟦d:c|She’s four now. She still has seizures. She’ll be having them when he gets out.⟧”
In a statement after the hearing, Ms Fashola said: “⟦d:a|I am pleased the court has agreed that this sentence was unduly lenient. Ruby and her family deserved better.⟧”

### 030
@a Meredith Pascoe | Assistant coroner
@b Ngozi Eze | Tobi's mother
@c Rajesh Venkataraman | a consultant paediatrician who reviewed the case for the coroner
A four-year-old boy who died after a severe asthma attack might have survived if an out-of-hours doctor had seen him in person rather than assessing him by telephone, a coroner has concluded.
Tobi Eze was pronounced dead at Wrenfield Children's Hospital in the early hours of January 9, about five hours after his mother first called the out-of-hours line.
Dr Rajesh Venkataraman, a consultant paediatrician who reviewed the case for the coroner, said the symptoms described in the call should have prompted an ambulance.
"⟦d:c|A child who cannot finish a sentence because he is short of breath needs to be seen immediately. That is basic paediatric teaching,⟧" he told the inquest in Wrenfield.
Asked by the coroner whether Tobi would probably have survived with earlier treatment, he said: "⟦d:c|On balance, yes. I'm sorry to say that in front of his family, but yes.⟧"
Assistant coroner Meredith Pascoe said the call handler had followed a script that "⟦p:a|did not allow for a parent's instinct⟧".
"⟦d:a|Mrs Eze told the call handler three times that her son was 'not right'. A script is a tool. It should never be a wall,⟧" she said.
In a statement read on her behalf by the family's solicitor, Tobi's mother, Ngozi Eze, said: "⟦d:b|Tobi loved dinosaurs, bubbles and his big sister, in that order. We will spend the rest of our lives wondering why nobody came.⟧"

### 031
@a Arben Krasniqi | -
@b Leticia Fontaine | First-tier Tribunal Judge
@c - | A Home Office spokesperson
@d Elif | His wife
@e Paul Haverstock | The Home Office presenting officer
A father of three who came to Britain as a child refugee has won his fight against deportation after a judge ruled that removing him would be “⟦p:b|unduly harsh⟧” on his children.
Arben Krasniqi, 34, was served with a deportation order in 2022 after serving 14 months for handling stolen goods.
He told the tribunal in Sallowfield: “⟦d:a|I came here when I was nine. I made a mistake when I was 27, and I paid for it. I have no one over there. I don’t even dream in Albanian any more.⟧”
His wife, Elif, said their eldest son had stopped sleeping after the deportation letter arrived. “⟦d:d|He asks me every night if Baba will be there in the morning,⟧” she said.
The Home Office presenting officer, Paul Haverstock, argued that Mr Krasniqi had “⟦p:e|shown a pattern of disregard for the law⟧”.
In her decision, First-tier Tribunal Judge Leticia Fontaine found that the children’s best interests “⟦p:b|weigh very heavily⟧” in the balance.
“⟦d:b|The eldest child is in the middle of his GCSE year and has a diagnosed anxiety disorder. I find that the effect of his father’s removal on him would be severe and lasting,⟧” she wrote.
A Home Office spokesperson said: “⟦d:c|We are disappointed by the tribunal’s decision and are considering our options.⟧”

### 032
@a - | A protected witness known as K-17
@b Oskar Lindgren | Presiding judge
@c Mathilde Rousseau | Defence counsel
OSTREVA, March 3 — A protected witness known as K-17 told the Special Tribunal for Sorvath on Monday that militiamen under the command of the accused set fire to a village school before rounding up the men of her family.
Testifying in French from behind a screen, her voice distorted, she said: “⟦d:a|Ils ont brûlé l’école d’abord.⟧” The court interpreter rendered it: “⟦d:a|They burned the school first.⟧”
Former militia commander Ilya Vorontsev, 58, denies eleven counts of war crimes and crimes against humanity over the killing of at least 140 civilians in the Drava valley in 2016.
Questioned by the prosecution, the witness said the men had been taken to a grain store at the edge of the village.
“⟦d:a|I heard shooting for perhaps ten minutes. Then nothing. In the morning there was smoke from the grain store,⟧” she said through the interpreter.
Defence counsel Mathilde Rousseau asked how she could be sure the men wore the insignia of Vorontsev’s unit.
“⟦d:c|It was night. You were two hundred metres away. How could you see a shoulder patch?⟧”
“⟦d:a|Because one of them came to my door first and asked for water. I gave it to him,⟧” the witness replied.
Presiding judge Oskar Lindgren called a 20-minute recess after the witness asked to stop. “⟦d:b|Take all the time you need. The court is in no hurry,⟧” he told her.

### 033
@a Adaeze Okonkwo-Brandt | -
@b Leonard Szabo | her first pupil
@c - | A circuit judge who asked not to be named
Adaeze Okonkwo-Brandt has defended, by her own count, 212 people charged with murder. She can tell you the name of every one. "⟦d:a|That's the deal you make,⟧" she says. "⟦d:a|If you're going to stand up for someone when the whole room hates them, the least you can do is remember who they were.⟧"
She is 71 now, and still in chambers four days a week, though she says she has "⟦p:a|mostly stopped doing the shouting⟧".
"⟦d:a:m|When I started, a woman at the criminal Bar was a curiosity. Judges would address my clerk instead of me. One told me I had 'a lovely speaking voice for a girl'.⟧
"⟦d:a|I decided the only thing to do was be better prepared than every man in the room. It turns out that's also the only thing that works in front of a jury.⟧"
Leonard Szabo, her first pupil, remembers being handed a 900-page bundle on his first morning. "⟦d:b|She said, 'Read that by Thursday and tell me what's missing.' It took me until Thursday to work out that what was missing was the point,⟧" he says. "⟦d:b|She'd known that all along.⟧"
A circuit judge who asked not to be named described her as "⟦p:c|the best cross-examiner of her generation, and the most frightening⟧".
Told this, Okonkwo-Brandt laughs. "⟦d:a|Frightening is a compliment if you're being paid to frighten people,⟧" she says. "⟦d:a|Put that in.⟧"

### 034
@a Dariusz Nowicki | A door supervisor
@b Felicity Armitage | prosecuting
@c Owen Marsh-Taylor | defending
@d Chantelle Reid | a bartender
A door supervisor told a jury he saw a clubber throw “⟦p:a|one big swinging punch⟧” that knocked a student unconscious on the steps of a Sandmouth nightclub.
Dariusz Nowicki, who works at the Velvet Room, was giving evidence at the trial of Curtis Lane, 22, who denies the manslaughter of Jamie Fitzgerald, 20, in November.
“⟦d:a|The lad who died wasn’t doing anything. He was waiting for his taxi, on his phone. The other one came from the side,⟧” Mr Nowicki told Sandmouth Crown Court.
“⟦d:b|What did you hear when he landed?⟧” asked Felicity Armitage, prosecuting.
“⟦d:a|I’d rather not say. I still hear it.⟧”
Owen Marsh-Taylor, defending, put it to him that the steps were crowded and poorly lit and that he had been dealing with another incident at the time.
“⟦d:c|You were looking at the queue, weren’t you? Not at the steps.⟧”
“⟦d:a|I was looking at both. That’s my job,⟧” the doorman said.
The court also heard from Chantelle Reid, a bartender, who said Lane had been “⟦p:d|wound up all night⟧” after being refused service.
“⟦d:d|He kept saying somebody was going to get it. I thought it was just talk,⟧” she said.

### 035
@a Sebastian Quarrie | The broadcaster
@b Helena Vasquez-Reid | for the newspaper
@c Benedict Ochieng | The judge
The broadcaster Sebastian Quarrie told the High Court on Tuesday that an article accusing him of bullying junior staff had left him “⟦p:a|radioactive⟧” in the television industry.
Mr Quarrie, 55, is suing the publisher of the Sunday Clarion over a 2022 report headlined “⟦s:-|The Monster Behind the Microphone⟧”.
“⟦d:a|Within a week my agent had stopped returning calls. Within a month I was off air. People I had worked with for twenty years crossed the road,⟧” he said.
Cross-examining him, Helena Vasquez-Reid KC, for the newspaper, read from a complaint by a former researcher who said he had thrown a script at her.
“⟦d:b|Did you throw a script at her, Mr Quarrie?⟧”
“⟦d:a|I threw a script on a desk. I accept it was near her. I accept it was unpleasant.⟧”
“⟦d:b|Near her? Or at her?⟧”
“⟦d:a|I have apologised for that incident. I’m not going to play games with prepositions,⟧” he said, to some laughter in court.
The judge, Mr Justice Benedict Ochieng, intervened to ask Mr Quarrie to “⟦p:c|answer the question as put⟧”.
The trial, which is expected to last two weeks, continues.

### 036
@a Anand Krishnamurthy | a GP from Elmwick
@b Caroline Dufresne | for the Medical Standards Council
@c Bernard Ollerenshaw | Tribunal chair
@d - | a woman referred to as Patient A
A GP who prescribed strong opioids to a friend without examining her has been suspended for nine months by a medical practitioners tribunal.
Dr Anand Krishnamurthy, a GP from Elmwick, admitted issuing 31 prescriptions for oxycodone to a woman referred to as Patient A between 2019 and 2021.
``⟦d:a|She was in terrible pain and she couldn't get an appointment. I thought I was helping her,⟧'' he told the hearing in Castlegate.
Caroline Dufresne, for the Medical Standards Council, said the doctor had ``⟦p:b|abandoned every safeguard that exists for a reason⟧''.
``⟦d:b|There were no notes, no reviews and no attempt to reduce the dose. This was not help. It was supply,⟧'' she said.
In a statement read to the tribunal, Patient A said: ``⟦d:d|I don't blame him. I blame myself. But I wish someone had said no to me sooner.⟧''
Tribunal chair Bernard Ollerenshaw said: ``⟦d:c|Dr Krishnamurthy's insight is genuine but incomplete. The tribunal has concluded that erasure would be disproportionate, but that a substantial period of suspension is necessary to maintain public confidence.⟧''

### 037
@a - | A man identified only as HV4
@b Corinne Ashdown | counsel to the inquiry
@c Alexander Mbatha | The chair
@d Diocese of St Aldric | -
A man identified only as HV4 told a public inquiry on Wednesday that staff at a church-run boys’ home “⟦p:a|punished us for crying and then punished us for not crying⟧”.
The man, now 67, was sent to St Aldric’s Home in Harrowby Vale at the age of eight. He described being locked in a boot room overnight for wetting the bed.
“⟦d:a|It was pitch black and it smelled of polish and wet leather. I still can’t stand the smell of polish. My wife does the shoes,⟧” he said.
Corinne Ashdown, counsel to the inquiry, asked whether he had told anyone at the time.
“⟦d:b|Was there an adult you could have gone to?⟧”
“⟦d:a|There was Father Lucan. He was the one with the key,⟧” HV4 replied.
The chair, Professor Alexander Mbatha, thanked the witness and said his evidence had been “⟦p:c|of the utmost value⟧”.
“⟦d:c|I want to say directly to you that you have been believed in this room,⟧” he said.
The Diocese of St Aldric said in a statement that it “⟦p:d|unreservedly apologises⟧” and was “⟦p:d|cooperating fully⟧” with the inquiry.

### 038
@a Tristram Holloway | Judge
@b Aminata Diallo | the senior investigating officer
@c Reece Fowler | -
Nine members of a gang that flooded Greystead with crack cocaine and heroin using a phone line known as the "⟦s:-|Dex line⟧" have been jailed for a total of 71 years.
The group, led by Reece Fowler, 29, ran the line from a flat in Larkspur Court, sending teenagers out to deliver drugs on bicycles.
Judge Tristram Holloway told Greystead Crown Court the operation had been "⟦p:a|run like a business and staffed like a sweatshop⟧".
"⟦d:a|You used children because children are cheap, children are loyal and children are less likely to be stopped,⟧" he said. "⟦d:a|Several of them will carry what you did to them for the rest of their lives.⟧"
Fowler, who was jailed for 14 years, blew a kiss to the public gallery and shouted "⟦d:c|Love you, Mum⟧" as he was led down.
Detective Inspector Aminata Diallo, the senior investigating officer, said: "⟦d:b|This line made an estimated £1.2 million in two years. Every penny of it came from misery.⟧"
"⟦d:b|We will now be going after every asset these men have left,⟧" she said.

### 039
@a - | The complainant
@b Rosalind Carver-Lyle | defending
@c Naomi Fitzpatrick | prosecuting
A former swimming coach abused a 12-year-old girl in his care throughout the 1980s, a jury has heard.
The complainant, now in her fifties, gave evidence from behind a screen at Radcliffe-on-Wey Crown Court in the trial of Graham Ellery, 78, who denies nine counts of indecent assault. She told jurors she had “⟦p:a|spent forty years pretending to be someone it didn’t happen to⟧”.
Asked by Naomi Fitzpatrick, prosecuting, why she had not reported it at the time, she paused for several seconds. “⟦d:c|Take your time,⟧” Ms Fitzpatrick said.
“⟦d:a|I was twelve. He was the most important adult in my life apart from my parents. Who would I have told, and what words would I have used?⟧”
Rosalind Carver-Lyle, defending, suggested that her memory had been “⟦p:b|contaminated⟧” by a 2019 television documentary about abuse in sport.
“⟦d:b|You watched that programme, and afterwards you began to remember things you had never mentioned to anyone, didn’t you?⟧” she said.
“⟦d:a|No. Afterwards I began to say them out loud. That isn’t the same,⟧” the witness replied.
Ms Carver-Lyle asked whether she had discussed the allegations with another former swimmer before going to police.
“⟦d:a|Yes, because I needed to know I wasn’t mad,⟧” she said.
Ms Fitzpatrick later read to the jury a diary entry the complainant had written in 1986, aged 13: “⟦d:a|Hate Tuesdays. Hate the pool. Hate him.⟧”

### 040
@a Kieran Doherty | His friend
@b Wilhelmina Ashcroft | Coroner
@c Graham Pettit | managing director of Cragside Aggregates
@d Joanne Tate | His mother
A 16-year-old boy who drowned in a flooded quarry on the hottest day of the year had jumped in "⟦p:a|to cool off for five minutes⟧", his friend told an inquest.
Ryan Tate got into difficulty in the water at Cragside Quarry near Ellerby on July 19 and could not be revived.
His friend Kieran Doherty, 17, said the water had been "⟦p:a|like ice⟧" once they were a few metres out.
"⟦d:a|It looked like a swimming pool from the top. Blue, like a holiday. But when you got in it took your breath away,⟧" he told the hearing. "⟦d:a|Ryan shouted that his legs had gone. Then he went under.⟧"
Graham Pettit, managing director of Cragside Aggregates, said there were signs reading "⟦s:-|Danger: Deep Cold Water⟧" at every entrance and that the fencing was regularly cut by trespassers.
"⟦d:c|We repair it every week. Every week it's cut again,⟧" he said.
Coroner Wilhelmina Ashcroft recorded a conclusion of misadventure. "⟦d:b|Cold water shock kills strong swimmers in seconds. Young people simply do not believe this until it is too late,⟧" she said. "⟦d:b|I would ask every parent listening to have that conversation tonight.⟧"
His mother, Joanne Tate, said after the hearing: "⟦d:d|If one kid stays out of the water this summer because of Ryan, that's something.⟧"

### 041
@a Tamika Reynolds | Danielle's sister
@b Brody Sikorski | -
@c Consuelo Ybarra | Circuit Judge
@d Ravi Bhattacharya | Assistant State Attorney
DELMAR SPRINGS - A 26-year-old man pleaded guilty Wednesday to vehicular homicide in the death of a nurse who was struck while walking home from a night shift, and apologized to her family in a packed courtroom.
Brody Sikorski, of Delmar Springs, was sentenced to 12 years in state prison under a plea agreement.
"⟦d:b|There's nothing I can say that makes this right. I'm sorry. I think about her every single day,⟧" Sikorski said, turning to face the family of Danielle Reynolds, 34.
Danielle's sister, Tamika Reynolds, read a statement describing her sister as "⟦p:a|the one who showed up⟧".
"⟦d:a|She showed up for her patients. She showed up for her nieces' recitals. She showed up for me when nobody else did,⟧" Reynolds said. "⟦d:a|On March 2 she didn't show up, and that's how we knew.⟧"
Assistant State Attorney Ravi Bhattacharya said Sikorski's blood alcohol level was more than twice the legal limit. "⟦d:d|He had been warned by two friends not to drive that night. He drove anyway,⟧" he said.
Circuit Judge Consuelo Ybarra accepted the plea. "⟦d:c|I hope, Mr. Sikorski, that you spend those 12 years becoming someone who would never do this again,⟧" she said. "⟦d:c|And I hope the Reynolds family finds some measure of peace.⟧"

### 042
@a Harriet Lomax-Oduya | The judge
@b - | a 91-year-old woman with dementia
@d Kingsbury Council | -
A High Court judge has ruled that a 91-year-old woman with dementia should be allowed to return to her own home, despite warnings from Kingsbury Council that she would be “⟦p:d|at significant risk⟧” there.
The woman, referred to in the judgment only as DW, has lived in a care home in Kingsbury since a fall in 2023 but has repeatedly told staff she wants to go home.
The judge, Mrs Justice Harriet Lomax-Oduya, who visited DW before giving her ruling, wrote that she had been “⟦p:a|struck by the clarity and consistency⟧” of her wishes.
“⟦d:a:m|DW told me she would rather have one good year in her own chair, with her own cat and her own view of the allotments, than five years somewhere she does not recognise as home.⟧
“⟦d:a|The law does not require the protection of vulnerable people at the expense of everything that makes their lives worth living. Risk is not a reason to override a person’s wishes; it is a factor to be weighed.⟧”
During the visit, DW was recorded as telling the judge: “⟦d:b|I’m not daft, you know. I know I might fall. I fell in here as well.⟧”
Kingsbury Council said it would “⟦p:d|work closely with DW’s family⟧” to put a care package in place.

### 043
@a Rafael Mendonça | a former courier for Zipwise
@b Zipwise | -
@c Deborah Knightley | Employment Judge
@d Kwabena Owusu | a regional organiser for the Independent Couriers’ Union
A courier who was classed as self-employed by a delivery app was in fact a worker entitled to holiday pay and the minimum wage, an employment tribunal has ruled in a decision that could affect thousands of riders.
Rafael Mendonça, a former courier for Zipwise, told the tribunal in Oldfield that the app «⟦p:a|decided everything except the colour of my bike⟧».
«⟦d:a|They said I was my own boss. My own boss never let me turn down a job without my rating going down,⟧» he said.
Zipwise argued that riders could send a substitute to do their deliveries. Giving judgment, Employment Judge Deborah Knightley described the substitution right as «⟦p:c|theoretical⟧».
«⟦d:c|Not one of the 4,000 riders in the region has ever exercised it. A right that nobody uses, because the structure makes it impractical, is not a genuine right at all,⟧» she said.
Kwabena Owusu, a regional organiser for the Independent Couriers’ Union, said: «⟦d:d|This is a huge day. Rafael stood up when it would have been easier to keep his head down, and every rider in this city owes him a pint.⟧»
Zipwise said it would appeal, adding that «⟦p:b|the overwhelming majority of couriers value the flexibility⟧» of self-employment.

### 044
@a Siobhan Garvey | a fire investigator with Northfold Fire and Rescue Service
@b Marcus Oyelowo | defending
@c Anthea Blackmore | prosecuting
A restaurant owner accused of setting fire to his own trattoria to claim the insurance poured petrol in at least three places, a fire investigator told a jury.
Paolo Ferrante, 51, denies arson with intent to endanger life and fraud over the blaze at La Lanterna in Kelbourne in February, which spread to two flats above.
Siobhan Garvey, a fire investigator with Northfold Fire and Rescue Service, said tests had found petrol residue in the kitchen, the dining room and beneath the bar.
“⟦d:a|Three separate seats of fire in three separate rooms is not consistent with an accident. Fires don’t jump walls,⟧” she said.
Anthea Blackmore, prosecuting, asked whether there was any innocent explanation. “⟦d:c|Could it have come from a lawnmower, or a generator?⟧”
“⟦d:a|Not in those quantities and not in those places,⟧” Ms Garvey said.
Cross-examining, Marcus Oyelowo, defending, said the building’s electrics had been condemned in a report a year earlier.
“⟦d:b|You didn’t examine the wiring in the dining room, did you?⟧”
“⟦d:a|I examined what was left of it.⟧”
“⟦d:b|And what was left of it, Ms Garvey, was a pile of ash.⟧”
“⟦d:a|Ash with petrol in it,⟧” she replied.

### 045
@a Ingrid Halvorsen | The country's former chief medical officer
@b Julian Ashcombe-Wright | Lead counsel to the inquiry
@c Gorsefield Bereaved Families for Justice | -
The country's former chief medical officer has told the Gorsefield fever inquiry that ministers were warned in writing a fortnight before the first lockdown that hospitals in the north-west would be "⟦p:a|overwhelmed within days⟧".
Professor Ingrid Halvorsen said she had sent the warning in a note marked "⟦s:-|Urgent - for the Prime Minister⟧" on 2 March.
"⟦d:a|I could not have been clearer. I used the word 'overwhelmed' deliberately, because I knew it was a word that would be noticed,⟧" she said.
Lead counsel to the inquiry, Julian Ashcombe-Wright KC, asked why the note had not been followed by a face-to-face meeting.
"⟦d:b|Did you ask to see the Prime Minister?⟧"
"⟦d:a|I asked three times. I was told the diary was full,⟧" Prof Halvorsen said.
"⟦d:b|Full with what?⟧"
"⟦d:a|I wasn't told, and I didn't ask. Perhaps I should have.⟧"
Outside the hearing, Gorsefield Bereaved Families for Justice said her evidence was "⟦p:c|devastating⟧". "⟦d:c|Two weeks. Two weeks in which our loved ones were still going to work, to school, to church,⟧" the group said in a statement.

### 046
@a Jasmine Pereira | Bride-to-be
@b Lorna Figg | -
@c Nigel Ashworth-Banks | Recorder
@d Shaheen Akhtar | Fellow victim
A WEDDING planner who pocketed £86,000 from loved-up couples and left them with no venue, no flowers and no cake has been jailed.
Lorna Figg, 45, dubbed the “⟦s:-|Wedding Wrecker⟧” by furious brides, took deposits from 23 couples over two years.
Bride-to-be Jasmine Pereira, 31, only discovered the scam a week before her big day, when she rang the hotel to check the seating plan.
“⟦d:a|They said, ‘What wedding?’ I just dropped the phone,⟧” she told Hollinsbury Crown Court.
Days earlier, Figg had texted her: “⟦d:b|Everything’s sorted babe, stop stressing!! xx⟧”
Fellow victim Shaheen Akhtar said: “⟦d:d|We had to tell 140 guests, including my gran who had flown in from Lahore, that there was no wedding. I have never felt so humiliated.⟧”
Figg, of Parkgate Road, wept as Recorder Nigel Ashworth-Banks jailed her for four years and three months.
“⟦d:c|You traded on the happiest day of people’s lives and turned it into the worst,⟧” he told her.
Jasmine married her fiancé at a register office a month later. “⟦d:a|We did it in jeans. It was perfect. She didn’t get to take that from us,⟧” she beamed.

### 047
@a Ffion Maddocks | planning inspector
@b Jonathan Pettigrew | for the developer
@c Mavis Okafor | chair of Save Brindle Meadows
@d Ade Oduya | Ward councillor
A planning inquiry into 420 homes on farmland at Brindle Meadows opened on Tuesday with the developer’s barrister accusing the council of “⟦p:b|moving the goalposts⟧”.
Brindlecombe District Council refused permission last year, despite its own officers recommending approval. Hartwell Homes appealed.
Jonathan Pettigrew KC, for the developer, told planning inspector Ffion Maddocks that the council had “⟦p:b|no five-year housing land supply and no credible reason for refusal⟧”.
“⟦d:b|The council’s own experts supported this scheme. The refusal was political, not planning,⟧” he said.
Mavis Okafor, chair of Save Brindle Meadows, said the fields flooded “⟦p:c|every single winter⟧”.
“⟦d:c|I have photographs going back to 1998 of swans on that field. Swans. They want to build a children’s play area on it,⟧” she said, to applause from the packed Brindlecombe Memorial Hall.
Ward councillor Ade Oduya said: “⟦d:d|This was not political. Every member of the committee went and stood in that field in wellies before they voted.⟧”
The inspector asked for the applause to stop. “⟦d:a|I understand the strength of feeling. But this is an inquiry, not a public meeting, and I need to hear every witness,⟧” she said.
The inquiry is expected to last eight days.

### 048
@a Gareth Nolan | a response officer based in Altonbridge
@b Miriam Feldstein | the legally qualified chair
@c Joseph Adu | a church caretaker who had been locking up St Barnabas when officers arrived
@d Samantha Purcell | presenting for the force
A police officer who fired a Taser at a 60-year-old man as he walked away has been dismissed without notice after a misconduct panel found he had committed gross misconduct.
PC Gareth Nolan, a response officer based in Altonbridge, told the hearing he believed Joseph Adu was reaching for a weapon.
``⟦d:a|He put his hand in his coat. In my experience, that's where people keep knives,⟧'' he said.
Mr Adu, a church caretaker who had been locking up St Barnabas when officers arrived, told the panel the item in his coat was a bunch of keys.
``⟦d:c|I told him, I'm the caretaker, these are the church keys. He didn't listen. Then I was on the ground and I couldn't breathe,⟧'' Mr Adu said.
Samantha Purcell, presenting for the force, said body-worn footage showed Mr Adu ``⟦p:d|walking slowly away with his back to the officer⟧'' when the Taser was fired.
Miriam Feldstein, the legally qualified chair, said the panel had found PC Nolan's account ``⟦p:b|not credible⟧''.
``⟦d:b|The footage is clear. There was no threat. Dismissal is the only outcome that will maintain public confidence in policing,⟧'' she said.

### 049
@a Tomasz Kowal | a hospital porter
@b Imran Qureshi | a taxi driver who was waiting at the lights
@c Barry Colclough | the 52-year-old
@d Edward Fairweather | prosecuting
A cyclist who was knocked off his bike by a van driver in a road rage attack told a jury he was “⟦p:a|sure I was going to die⟧” as he lay under the wheels.
Tomasz Kowal, 39, a hospital porter, was cycling to work along Canal Road in Brackenfield when he slapped the side of a van that he said had cut him up.
“⟦d:a|I tapped it. Just to say, I’m here. Then he stopped, reversed, and came straight at me,⟧” Mr Kowal told Brackenfield Crown Court.
Barry Colclough, 52, denies causing grievous bodily harm with intent. He has told police he did not see the cyclist behind the van.
Imran Qureshi, a taxi driver who was waiting at the lights, said he saw the van reverse “⟦p:b|deliberately, and fast⟧”.
“⟦d:b|He looked in his mirror first. I saw his face in the mirror. He knew,⟧” Mr Qureshi said.
“⟦d:d|What did you do then?⟧” asked Edward Fairweather, prosecuting.
“⟦d:b|I got out and stood in front of the van. I shouted at him to stop. He did, eventually.⟧”
Colclough, who is representing himself, then cross-examined Mr Qureshi. “⟦d:c|You didn’t see him hit the van, did you? So how do you know who started it?⟧” the 52-year-old asked.
“⟦d:b|I don’t know who started it. I know who finished it,⟧” the taxi driver replied.

### 050
@a Nwosu-Harcourt | the court's deputy president
@b Aldous Fenwick | a partner at Grayling Marsh
@c - | A government spokesperson
@d Precious Mahlangu | one of the tenants who brought the case
@e - | campaigners
@f Kestrel Property Group | -
LONDON, June 4 - Britain's Supreme Court ruled on Wednesday that private landlords cannot use "⟦s:-|no-fault⟧" eviction notices against tenants who have made formal complaints about disrepair, in a decision campaigners called a "⟦p:e|landmark⟧".
The five justices unanimously dismissed an appeal by Kestrel Property Group, which had evicted a family from a flat in Wandle Street after they reported black mould.
"⟦d:a|Parliament cannot have intended that a tenant who asks for a damp bedroom to be repaired may lawfully be evicted for asking,⟧" Lady Nwosu-Harcourt, the court's deputy president, said in the lead judgment.
"⟦d:a|To hold otherwise would render the statutory protection illusory.⟧"
Precious Mahlangu, one of the tenants who brought the case, said she had "⟦p:d|cried for an hour⟧" when she heard the result.
"⟦d:d|My daughter has asthma. I complained about the mould on her wall and two weeks later I got a letter telling us to leave. Today the highest court said that was wrong,⟧" she said.
Aldous Fenwick, a partner at Grayling Marsh, which represented the tenants, said the ruling would protect "⟦p:b|hundreds of thousands⟧" of renters.
A government spokesperson said: "⟦d:c|We welcome the clarity this judgment provides and will consider its implications carefully.⟧"
Kestrel Property Group said it was "⟦p:f|disappointed⟧" and would "⟦p:f|review its procedures⟧".

### 051
@a Craig Dunmore | Prison officer
@b Lorraine Bishop | Danny’s mother
@c Ayodele Martins | the Custody Standards Ombudsman
@d Tariq Mahmood | Assistant coroner
A prison officer has admitted that he filled in observation records for a vulnerable inmate without checking on him, an inquest has heard.
Danny Bishop, 24, was found dead in his cell at HMP Felstead on 14 November 2023, eight days after he was placed on suicide watch.
Prison officer Craig Dunmore told the inquest at Felstead Coroner’s Court that he had signed for hourly checks between 1am and 5am without looking through the cell door.
“⟦d:a|We were two officers short on a wing of 180 men. I’m not making excuses. I should have looked, and I didn’t,⟧” he said.
Assistant coroner Tariq Mahmood asked him how often that happened. “⟦d:d|Was this a one-off, Mr Dunmore, or was it the way the wing worked?⟧”
The officer paused. “⟦d:a|It wasn’t a one-off,⟧” he said.
Ayodele Martins, the Custody Standards Ombudsman, whose report was read into evidence, had found that staff on the wing were “⟦p:c|routinely falsifying⟧” observation records.
Danny’s mother, Lorraine Bishop, who has attended every day of the hearing, said outside court: “⟦d:b|They put him on watch because they knew he was at risk. Then nobody watched.⟧”

### 052
@a Simon Ruddock | Judge
@b - | the juror
@c - | A court source
@d Gemma Lockhart | defending
A murder trial has collapsed after a juror admitted researching the defendant online, at an estimated cost to taxpayers of £250,000.
The jury at Harrowmere Crown Court was discharged on Thursday, eight days into the case, after another member of the panel reported seeing a juror reading a news article on her phone in the jury room.
Judge Simon Ruddock called the juror into court and asked her to explain.
“⟦d:b|I only looked him up to see how old he was. I didn’t read anything about the case, I promise,⟧” she told him.
Gemma Lockhart, defending, said the defence had “⟦p:d|no option⟧” but to apply for the jury to be discharged.
“⟦d:d|My client is entitled to be tried by twelve people who know nothing about him except what they hear in this room,⟧” she said.
Discharging the jury, Judge Ruddock said: “⟦d:a|The instructions I gave at the start of this trial were not a formality. They exist precisely to prevent what has happened today.⟧”
He referred the matter to the Attorney General for possible contempt proceedings and told the woman: “⟦d:a|You should take legal advice.⟧”
A court source said: “⟦d:c|It’s a colossal waste. The witnesses will have to go through it all again.⟧”
A retrial has been fixed for January.

### 053
@a Aroha Tipene | Judge
@b Wiremu Paki | Manaia’s father
@c Leilani Faleolo | Defence lawyer
@d Hayden Crowe | The 27-year-old
A man who drove into a teenager at a Waipārera bus stop while three times over the legal alcohol limit has been jailed for four years and two months.
Hayden Crowe, 27, appeared in the Waipārera District Court on Friday for sentencing on a charge of dangerous driving causing death.
Manaia Paki, 19, was killed instantly when Crowe’s ute left the road on Kōwhai Street in May.
Manaia’s father, Wiremu Paki, told the court his son had been “⟦p:b|the one who held the family together⟧” after his mother’s death.
“⟦d:b|He cooked for his little sisters every night. He was nineteen and he was already a better man than me,⟧” Mr Paki said, looking directly at Crowe.
He ended his statement with the words “⟦d:b|Kia kaha, whānau⟧” — “⟦d:b|be strong, family⟧” — and turned to embrace relatives in the public gallery.
Defence lawyer Leilani Faleolo said her client had written a letter of apology and wished to take part in restorative justice “⟦p:c|if and when the family is ready⟧”.
The 27-year-old briefly addressed the court. “⟦d:d|I’m sorry. I know that’s not enough,⟧” he said.
Judge Aroha Tipene said: “⟦d:a|Mr Paki’s words will stay with everyone in this courtroom. Nothing I do today can return Manaia to his whānau.⟧”

### 054
@a Bartholomew Crane | prosecuting
@b Keziah Morgan-Baptiste | defending
@c Ingrid Hallgarth | The trial judge
The prosecution and defence have made their final speeches in the trial of a retired head teacher accused of poisoning her husband with antifreeze.
Rosemary Tulliver, 66, denies murdering Gerald Tulliver, 70, at their home in Upper Wyford in January last year.
In his closing speech, Bartholomew Crane KC, prosecuting, told jurors: "⟦d:a|This was a patient, careful, intelligent killing. Ethylene glycol does not find its way into a man's evening whisky by accident.⟧"
"⟦d:a|The defendant has told you she knew nothing about antifreeze. Yet you have seen her search history. You have seen the receipt from Halden's Garden Centre.⟧"
Keziah Morgan-Baptiste KC, defending, urged the jury not to be "⟦p:b|seduced by a story just because it is tidy⟧".
"⟦d:b|Gerald Tulliver was a man who drank heavily and who kept a garage full of chemicals. The prosecution cannot tell you how that poison got into that glass, only that they would like it to have been her,⟧" she said.
"⟦d:b|If you are not sure, members of the jury, you must acquit. That is not a technicality. It is the foundation of everything this court stands for.⟧"
The trial judge, Mrs Justice Ingrid Hallgarth, will begin summing up on Monday. She told jurors: "⟦d:c|Do not discuss this case with anyone over the weekend, and I mean anyone, including the people you live with.⟧"

### 055
@a Zanele Mokoena | The national 800m champion
@b Horatio Blenkinsop | the panel’s chair
@c Athletics Integrity Board | -
@d Pieter van Rensburg | a toxicologist called by the athlete
The national 800m champion Zanele Mokoena has been banned for 18 months after an independent tribunal accepted that a banned stimulant entered her system through a contaminated supplement — but found she had been “⟦p:b|significantly at fault⟧” for not checking it.
At the hearing in Port Aldwin, the 26-year-old said she had bought the pre-workout powder from a supermarket.
“⟦d:a|It was next to the protein bars and the cereal. It said ‘natural energy’ on the tub. I didn’t think,⟧” she said, in tears.
Dr Pieter van Rensburg, a toxicologist called by the athlete, told the panel the product contained the substance in a quantity “⟦p:d|consistent with cross-contamination at the factory⟧”.
The Athletics Integrity Board, which had sought a four-year ban, argued that elite athletes are “⟦p:c|responsible for every single thing that goes into their bodies⟧”.
In its written decision, the panel’s chair, Horatio Blenkinsop, said: “⟦d:b|The athlete is not a cheat. But she is an international competitor who has been repeatedly educated about supplements, and she ignored that education.⟧”
Mokoena said through her agent that she was “⟦p:a|relieved to have my name cleared of cheating⟧” and would return to competition next season.

### 056
@a Ivo Petrović | the driver of the 07.12 service from Dunmere
@b Maureen Cattermole | the signaller on duty at Hollin Junction that morning
@c Desmond Ekwueme | The inquiry’s chairman
@d Lucas Berenger | counsel to the inquiry
A train driver has told a public inquiry he was «⟦p:a|certain, absolutely certain⟧» that the signal showed green before his commuter train hit a freight wagon near Hollin Junction.
Ivo Petrović, 44, the driver of the 07.12 service from Dunmere, said: «⟦d:a|I have driven that route four thousand times. I know what a red at Hollin looks like. It was green.⟧»
Questioned by Lucas Berenger KC, counsel to the inquiry, he accepted that data from the train’s recorder showed he had been travelling at 62mph, two miles an hour above the limit.
«⟦d:d|So the recorder is right about the speed but wrong about the signal?⟧» Mr Berenger asked.
«⟦d:a|The recorder doesn’t record the signal. It records me,⟧» Mr Petrović replied.
Maureen Cattermole, the signaller on duty at Hollin Junction that morning, said her panel had shown the signal at danger throughout.
«⟦d:b|I watched it. I watched his train come through it. I’ve never felt so helpless in my life,⟧» she said.
The inquiry’s chairman, Sir Desmond Ekwueme, said he would «⟦p:c|not be drawn into assigning blame⟧» before hearing the technical evidence.

### 057
@a Anneliese Vogt | a veterinary nurse
@c Callum Whitby | her former colleague at a veterinary practice in Easterleigh
@d Declan Farrelly | Judge
A veterinary nurse who was stalked for 18 months by a former colleague told a court that she had moved house three times and still had to “⟦p:a|check the back seat of my car every single night⟧”.
Anneliese Vogt, 29, a veterinary nurse, waived her right to anonymity to read her statement at Easterleigh Crown Court.
“⟦d:a:m|For a year and a half I have lived like someone in witness protection, except nobody was protecting me. I changed my number, I changed my route to work, I changed my hair.⟧
“⟦d:a:m|Every time I thought it was over, there would be another letter. Another bunch of lilies on my windscreen. He knew lilies are poisonous to cats. He knew I have two cats.⟧
“⟦d:a|I am not reading this because I want him to suffer. I am reading it because I want to be a person again and not a file number.⟧”
Callum Whitby, 34, her former colleague at a veterinary practice in Easterleigh, admitted stalking involving serious alarm or distress. One of his letters, left in her letterbox in March, read: “⟦d:c|You will never be rid of me. I am the weather.⟧”
Judge Declan Farrelly jailed him for three years and imposed an indefinite restraining order.
“⟦d:d|You have tried to take over another person’s life. That ends today,⟧” he said. “⟦d:d|If you contact her again, in any way, you will be back before this court.⟧”

### 058
@a Oona Gallagher | District Judge
@b Emil Kastrati | A businessman wanted in Valdoria on corruption charges
@c Ruth Hemingway | for the Valdorian government
@d Thaddeus Okoye | His barrister
A businessman wanted in Valdoria on corruption charges told a London court on Monday he would be "⟦p:b|dead within a month⟧" if extradited, because of threats from the country's intelligence services.
Emil Kastrati, 49, is accused by Valdorian prosecutors of paying bribes to win a motorway contract worth 300 million euros. He denies wrongdoing and says the case is politically motivated.
"⟦d:b|They do not want me in a courtroom. They want me in a cell where nobody can see me,⟧" Kastrati said in evidence, speaking through an interpreter.
His barrister, Thaddeus Okoye, told the court that two other businessmen extradited to Valdoria since 2019 had died in pre-trial detention.
"⟦d:d|Both were described as suicides. Both were men with young families who had never shown any sign of despair,⟧" Mr Okoye said.
Ruth Hemingway, for the Valdorian government, said Valdoria had provided "⟦p:c|specific, detailed and monitorable⟧" assurances about his treatment in custody.
"⟦d:c|Your Honour has before you a sovereign guarantee, in writing, from the Minister of Justice,⟧" she said.
"⟦d:b|I've had guarantees before,⟧" Kastrati said loudly from the dock. District Judge Oona Gallagher told him to be quiet.
"⟦d:a|Mr Kastrati, you will have your chance. Please do not interrupt counsel,⟧" she said.
The hearing continues.

### 059
@a Darren Pyke | Owner
@b Raj Malhotra | Postie
@c Lavinia Crossley | Judge
@d Stacey Doyle | a mum-of-two
A POSTMAN was left needing 40 stitches after a “⟦s:-|devil dog⟧” called Tyson burst through a front door and savaged his arm.
Postie Raj Malhotra, 52, told Wyvernton Crown Court: “⟦d:b|I heard the snarl before I saw it. It took the door off its latch and came straight for me.⟧”
Owner Darren Pyke, 41, denies being in charge of a dog dangerously out of control causing injury.
Pyke insisted his American bulldog was “⟦p:a|a big softie⟧”. “⟦d:a|He sleeps on my daughter’s bed. He’s never so much as growled at anyone,⟧” he said.
But neighbour Stacey Doyle, a mum-of-two, told jurors: “⟦d:d|That dog terrorised the street. My kids weren’t allowed to play out because of it.⟧”
Judge Lavinia Crossley told the jury to “⟦p:c|put out of your minds⟧” anything they had read about the breed.
“⟦d:c|This trial is about this dog and this owner, on this day. Nothing else,⟧” she said.
The trial continues.

### 060
@a Giulia Bertolini | owner of Crumb & Co
@b Howard Glinn | managing director of Glinn Ovens
@c Saoirse Mulcahy | Deputy District Judge
A baker who said a faulty oven “⟦p:a|turned 300 croissants into charcoal⟧” on the morning of the town’s food festival has won £4,800 in compensation.
Giulia Bertolini, owner of Crumb & Co in Ashdown Street, Pellingford, sued Glinn Ovens after a combination oven it installed in 2023 overheated.
“⟦d:a|I set it to 180. It went to 260 and stayed there. By the time I smelled it, the whole batch was gone, and the queue was already out the door,⟧” she told Pellingford County Court.
Howard Glinn, managing director of Glinn Ovens, said the firm’s engineer had found the oven had been “⟦p:b|used outside the manufacturer’s guidance⟧”.
“⟦d:b|There was flour in the fan housing. That’s not a fault. That’s a bakery,⟧” he said.
“⟦d:a|It’s an oven for a bakery! Where else is the flour supposed to go?⟧” Mrs Bertolini replied.
Deputy District Judge Saoirse Mulcahy found in her favour. “⟦d:c|An oven sold to a bakery must be able to cope with flour. That seems to me to be about as basic a term of fitness for purpose as one could imagine,⟧” she said.

### 061
@b Marian Solberg | The chief executive
The following is an edited extract from Tuesday’s evidence to the Harbourside Hospital Inquiry. Dr Colm Rafferty, the hospital’s former medical director, was questioned by Ngozi Adeyemi-Hart KC, counsel to the inquiry.
Q: Dr Rafferty, you received the audit of maternity deaths in March 2019. What was it called?
A: It was called “⟦s:-|Maternity Outcomes: A Review of Concerns⟧”.
Q: And what did you do with it?
A: I took it to the executive team. The chief executive, Marian Solberg, said to me: “⟦d:b|Stop making waves, Colm. We’ll deal with it after the inspection.⟧”
Q: Did you agree with that?
A: I didn’t agree. I complied. Those are different things, and I’ve had five years to think about the difference.
Q: The board minutes for that June record the maternity unit as “⟦p:-|safe, with areas for improvement⟧”. Who wrote that?
A: I don’t know. It wasn’t me. I would never have used the word “⟦s:-|safe⟧”.
The inquiry continues on Thursday, when Ms Solberg is expected to give evidence.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh135.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh135",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
