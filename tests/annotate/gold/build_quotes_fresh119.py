# ruff: noqa: E501
"""Build ``quotes_fresh119.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, immigration,
disciplinary and sports tribunals, written up as wire copy, broadsheet and local-paper
court reports, tabloid court stories, broadcaster web copy and a magazine feature.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh119-NNN``.

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
  it (``The first witness, Dolores Quintanilla, the county fire marshal``): the
  appositive is the description. A title before the name alone (``Senior coroner …``,
  ``District Judge …``, ``Sheriff …``, ``Superior Court Justice …``, ``Recorder …``,
  ``Detective Sergeant …``) is the description. ``Mr Justice`` and ``Lady Justice``
  are titles taken off the name, which leaves the surname as the speaker
  (``Mr Justice Okonjo`` → ``Okonjo``); such a judge has a description only from an
  appositive.
* Court-report role phrases standing next to a barrister's or solicitor's name
  (``Leanne Costa, prosecuting``, ``Simon Threlfall KC, for the defence``, ``Patrick
  Quilty, representing Hollybank Homes``, ``Gideon Marsh, for Jordan Haslam``) are the
  description.
* A noun phrase in a story's opening sentence that stands for a person named only
  later is not that person's description when it is indefinite (``A man accused of
  glassing a stranger … told a jury he "panicked"``), even with a quote attached to
  it; a definite one that is the cue of a quote (``The country's former chief medical
  adviser told the … inquiry``) is. For a person never named, the description is the
  noun phrase at the cue or introduction (``The boy``, ``The journalist``, ``One
  juror``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the witness``), that description is taken.
* Victim personal statements, letters, diaries, e-mails and phone messages read to a
  court or inquiry belong to their writer, not to the prosecutor, officer or counsel
  who reads them out; a statement "read to the court" is direct speech by its author.
* Words a witness or prosecutor reports someone else as having said, quoted with
  double marks in the reporter's own sentence (``she heard him shout "Leave it"``,
  ``he told one of them: "Touch me again …"``), belong to the person who said them.
  When a barrister repeats a witness's written words in his own speech (``"Just get
  us to June," Mr Ferrier repeated``), the repetition is his.
* Anonymised witnesses referred to by a cipher (``W14``, ``KV-22``, ``Patient A``)
  have the cipher as the speaker name.
* In a run of cross-examination, quote-only paragraphs belong to whoever's turn it is
  (questions to the barrister, answers to the witness).
* Fragments quoted from unidentified assessments, documents or submissions are
  ``partial`` with a null speaker; when the passage identifies whose words they were
  (a judgment, a reply from an organisation, an official's ruling quoted in the lede
  before the official is named), that author is the speaker.
* A verdict spoken by the jury foreman, and words of a family member or friend who is
  not named, have a null speaker and the noun phrase as the description.
* A website tagline and a headline are ``scare``; a nickname used in letters is
  ``scare``; a single word discussed as a word (``the word "guilty"``) is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh119.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh119.jsonl")

PASSAGES = """
### 001
@a Delphine Marchetti | a neighbour of the dead man
@b Simon Threlfall | for the defence
@c Connor Hale | -
LEEDHAM, England, March 4 (Northline) - A woman who lived above the takeaway where Connor Hale was stabbed to death told a jury on Tuesday that she heard him shout “⟦d:c|Leave it, leave it⟧” moments before he collapsed on the pavement.
Delphine Marchetti, a neighbour of the dead man, told Leedham Crown Court she had been putting her daughter to bed when she heard raised voices in the street below.
“⟦d:a|I looked out of the window and saw two men squaring up to Connor,⟧” she said. “⟦d:a|One of them had his hand down by his side, like he was holding something. Then they all sort of came together, and Connor went down.⟧”
Jamal Rooke, 24, denies murder. He has told police he acted in self-defence after Hale, 27, came at him with a bottle.
Under cross-examination by Simon Threlfall KC, for the defence, Marchetti accepted that the street was poorly lit and that she had been looking down from a second-floor window.
“⟦d:b|You couldn't see faces, could you?⟧” Threlfall asked.
“⟦d:a|Not faces, no. I could see what they were wearing,⟧” she replied.
“⟦d:b|And the man you say had his hand by his side - you cannot tell this jury that it was Mr Rooke?⟧”
“⟦d:a|I can't say for certain. I've never said I could.⟧”
The trial, before Judge Hannah Brierley, is expected to last three weeks.

### 002
@a Leanne Costa | prosecuting
@b Tariq Nawaz | defending
@c Ross Pengelly | -
@d Kerry-Ann Blythe | chairman of the bench
A Polwenna man who was almost four times the drink-drive limit when he crashed into a bus shelter has been banned from the roads for three years.
Ross Pengelly, 52, of Trelawney Close, pleaded guilty at Bodmarth Magistrates' Court to drink-driving and failing to stop after the collision on the A3097 on January 18.
Leanne Costa, prosecuting, said the shelter on Fore Street had been "⟦p:a|completely flattened⟧" and that a passer-by had followed a trail of coolant to Pengelly's home, around 400 yards away.
"⟦d:a|When officers knocked on the door he answered still holding his car keys,⟧" she told magistrates. "⟦d:a|He said he had hit a deer.⟧"
Tariq Nawaz, defending, said his client had been drinking heavily since the death of his wife last summer.
"⟦d:b|He is deeply ashamed. He was brought up in this town and he feels he has let it down,⟧" Mr Nawaz said. "⟦d:b|He has not touched a drop since that night and he has sought help.⟧"
Pengelly, who wore a dark suit and stood with his head bowed, told the court: "⟦d:c|I'm sorry. That's all I can say.⟧"
Kerry-Ann Blythe, chairman of the bench, told him: "⟦d:d|You are very lucky nobody was waiting for a bus at that time of night. This could so easily have been a very different hearing.⟧"
He was also fined £1,200 and ordered to pay £85 costs and a £480 victim surcharge.

### 003
@a Bernadette Quayle | Retired headteacher
@b Darnell Voss | -
@c Imogen Achterberg | Judge
@d - | One of his victims
A SILVER-TONGUED conman who posed as an oil rig engineer to fleece lonely widows out of £340,000 was jailed for seven years yesterday.
Darnell Voss, 46, wooed his victims on dating sites with poems and promises of a new life abroad, a court heard — before spinning tales of frozen bank accounts and “⟦s:-|customs fees⟧”.
Retired headteacher Bernadette Quayle, 71, handed over her life savings of £112,000. In a heartbreaking statement read to Merrowby Crown Court, she said: “⟦d:a:m|I thought I had found someone to grow old with. Instead I found a thief.⟧
“⟦d:a|I no longer answer the phone. I no longer trust my own judgement. He did not just take my money — he took the last good years I had.⟧”
Voss sent one victim more than 2,000 messages, including one in which he wrote: “⟦d:b|The sea is cold out here but thinking of you keeps me warm.⟧” He signed them all as “⟦p:b|your forever man⟧”.
Jailing him, Judge Imogen Achterberg said: “⟦d:c|You are a practised, callous and utterly shameless liar. You targeted women you knew to be grieving and alone, and you bled them dry.⟧”
Voss showed no emotion as he was led to the cells. One of his victims shouted “⟦d:d|Rot in there!⟧” from the public gallery.

### 004
@a Olwen Prys | a staff nurse on the ward
@b Miriam Adeyemi-Clarke | Area coroner
@c Eastvale Hospitals Trust | -
@d Susan Tennant-Ward | His daughter
An 84-year-old man died after falling from his hospital bed on a ward where two of the four nursing posts were vacant, an inquest has heard.
Harold Tennant, a retired signalman from Cwmderw, had been admitted to Penhallow General Hospital with pneumonia in October and was assessed on arrival as being at "⟦p:-|high risk⟧" of falls.
Olwen Prys, a staff nurse on the ward, told the hearing at Cwmderw Guildhall that she had been responsible for 14 patients on the night he fell.
"⟦d:a|I heard the bang from the other end of the corridor,⟧" she said. "⟦d:a|By the time I got to him he was on the floor between the bed and the window. He kept saying he wanted to go home.⟧"
Asked by Area coroner Miriam Adeyemi-Clarke whether a sensor mat should have been in place, Mrs Prys said: "⟦d:a|It should have been. We had two on the whole ward and both were in use.⟧"
Recording a narrative conclusion, Ms Adeyemi-Clarke said staffing on the ward that night was "⟦p:b|not adequate to meet the needs of the patients on it⟧".
"⟦d:b|I do not criticise the nurses on duty, who did their best in very difficult circumstances,⟧" she said. "⟦d:b|But Mr Tennant's fall was foreseeable, and the measures that might have prevented it were not available.⟧"
In a statement, Eastvale Hospitals Trust said it had "⟦p:c|accepted the coroner's findings in full⟧" and had since bought 40 additional sensor mats.
His daughter, Susan Tennant-Ward, said outside the hearing: "⟦d:d|Dad worked nights for 40 years keeping people safe on the railways. All we wanted was someone to keep him safe for one night.⟧"

### 005
@a Piotr Zawadzki | the engineer who signed off the 2016 inspection report
@b Rachel Oyelaran | counsel to the inquiry
@c - | a junior colleague
@d Anthony Rudd | The inquiry's chairman
An engineer who signed off a safety inspection of the Fennick Street car park four years before it collapsed told a public inquiry on Wednesday that he had “⟦p:a|never been asked⟧” to look at the upper deck.
Piotr Zawadzki, the engineer who signed off the 2016 inspection report, said his firm had been commissioned only to examine the ground-floor columns and the ramps.
Rachel Oyelaran KC, counsel to the inquiry, took him through the report line by line.
“⟦d:b|On page four you write that the structure is ‘in fair condition overall’. Overall, Mr Zawadzki. What did you mean by overall?⟧”
“⟦d:a|I meant the parts I was shown,⟧” he said.
“⟦d:b|The reader would not know that, would they?⟧”
“⟦d:a|With hindsight, no. I accept the wording was loose.⟧”
Ms Oyelaran then showed him an email sent in the same week by a junior colleague, which described cracking on level three as “⟦p:c|worth a look next time⟧”.
“⟦d:a|I did not see that email until this inquiry sent it to me,⟧” Mr Zawadzki said. “⟦d:a|If I had seen it, I would have gone up there myself.⟧”
Three people died when the upper deck gave way on the evening of 9 November 2020.
The inquiry's chairman, Sir Anthony Rudd, adjourned shortly after 4pm, telling bereaved families in the room: “⟦d:d|I know how hard today has been to listen to. We will sit again tomorrow at ten.⟧”

### 006
@a Copperpot Kitchens Ltd | -
@b Aurelio Benedetti | -
@c Lorna Pike | the company's operations manager
@d Ifeoma Nwachukwu | Mr Benedetti's solicitor
@e Fiona Strachan-Lowe | Employment Judge
A head chef who was sacked after complaining about broken extraction fans in a restaurant kitchen has won his claim for unfair dismissal.
Aurelio Benedetti, 39, had worked for Copperpot Kitchens Ltd for six years when he was dismissed in March last year for what the company called "⟦p:a|gross insubordination⟧".
An employment tribunal in Harrowgate heard that he had raised concerns about the fans in at least nine emails, one of which ended: "⟦d:b|Somebody is going to pass out in here.⟧"
Lorna Pike, the company's operations manager, told the tribunal she had found Mr Benedetti "⟦p:c|difficult to manage⟧".
"⟦d:c|He would not accept a no,⟧" she said. "⟦d:c|Everything was a fight, every order, every rota.⟧"
But under questioning from Mr Benedetti's solicitor, Ifeoma Nwachukwu, she agreed that the fans had failed an inspection two weeks before his dismissal.
"⟦d:d|So he was right?⟧" Ms Nwachukwu asked.
"⟦d:c|About the fans, yes,⟧" Ms Pike said.
In her judgment, Employment Judge Fiona Strachan-Lowe said the reason for the dismissal was "⟦p:e|plainly⟧" the complaints.
"⟦d:e|The tribunal is in no doubt that Mr Benedetti was dismissed because he would not stop raising a genuine health and safety concern,⟧" she wrote. "⟦d:e|That he raised it forcefully does not make it insubordination.⟧"
A remedy hearing will be held in June.

### 007
@a Rosalind Achebe | Tribunal Judge
@b - | The journalist
@c Border and Residence Directorate | -
@d Nkechi Eze-Barrow | His solicitor
A Kestovian journalist who was refused asylum after officials doubted he had ever worked for an opposition newspaper has won his appeal, after a judge found the decision was based on “⟦p:a|a misreading of the evidence so basic it should never have occurred⟧”.
The journalist, who cannot be named because of the risk to relatives still in Kestovia, told the tribunal through an interpreter that he had been detained twice and beaten by security police.
“⟦d:b|They wanted the names of the people who gave me documents,⟧” he said. “⟦d:b|I told them I did not remember. The second time, they broke two of my fingers so that I would remember.⟧”
The Border and Residence Directorate had rejected his claim in 2022, saying his account was “⟦p:c|vague and internally inconsistent⟧” and that he had produced no press card.
In her determination, Tribunal Judge Rosalind Achebe said the directorate had overlooked 14 bylined articles submitted with the original claim.
“⟦d:a|The appellant produced his work. It bore his name. It was translated at his own expense,⟧” she wrote. “⟦d:a|I am at a loss to understand how it came to be described as no evidence at all.⟧”
The directorate said it was “⟦p:c|carefully considering the judgment⟧” and would not comment further.
His solicitor, Nkechi Eze-Barrow, said: “⟦d:d|My client has waited three years to be believed. He is relieved, and he is exhausted.⟧”

### 008
@a Elena Castellani | Presiding judge
@b Ottavio Brandolini | former transport minister
@c Fabrizio Monteleone | His lawyer
@d Giulia Ferrante | Prosecutor
@e - | a contractor
VARENNA, Valmoria, Oct 17 (Continental Press) — A Valmorian appeals court on Thursday upheld the conviction of former transport minister Ottavio Brandolini for taking bribes over a motorway contract, but cut his sentence from six years to four.
Presiding judge Elena Castellani said the lower court had been right to find that Brandolini had «⟦p:a|placed his office at the service of whoever paid⟧», but had given too little weight to his age and poor health.
«⟦d:a|The seriousness of the offence is not diminished. The sentence must, however, be one the defendant can reasonably be expected to survive,⟧» she said, reading the court's decision aloud.
Brandolini, 74, who followed the hearing from a wheelchair, told reporters as he left: «⟦d:b|I have always said I am innocent, and I will say it to the next court too.⟧»
His lawyer, Fabrizio Monteleone, said the defence would appeal to the Court of Cassation. «⟦d:c|Four years for a man of 74 is a life sentence by another name,⟧» he said.
Prosecutor Giulia Ferrante, who had asked for the original sentence to be confirmed, was more measured. «⟦d:d|The court has confirmed every fact we proved. That is what matters,⟧» she said.
Brandolini, who served in two governments, was arrested in 2019 after investigators recorded a contractor describing him as «⟦p:e|our man in the ministry⟧».

### 009
@a LaToya Pritchett | Assistant District Attorney
@b Michael Szabo | Defense attorney
@c Dolores Quintanilla | the county fire marshal
HOLLOWAY COUNTY, Ind. — Prosecutors told jurors Monday that Wade Kimbrough planned for weeks to burn down the hardware store he co-owned, while his attorney said the fire was an accident.
"⟦d:a|This wasn't a spark. This wasn't bad wiring,⟧" Assistant District Attorney LaToya Pritchett said in her opening statement. "⟦d:a|This was a man who was $400,000 in debt, who bought two gas cans at a store 30 miles from home and paid cash.⟧"
Kimbrough, 51, is charged with arson and insurance fraud. He has pleaded not guilty.
Defense attorney Michael Szabo told jurors the state's case rested on "⟦p:b|a receipt and a hunch.⟧"
"⟦d:b|My client sold paint thinner for 20 years. Of course there were flammable liquids in that building,⟧" Szabo said. "⟦d:b|The question is whether anyone put them there to start a fire, and the evidence will show nobody did.⟧"
The first witness, Dolores Quintanilla, the county fire marshal, testified that she found what she called "⟦p:c|pour patterns⟧" on the floor near the back office.
"⟦d:c|Fire doesn't naturally travel in a line like that,⟧" she said. "⟦d:c|Something was poured.⟧"
Asked by Szabo whether a spilled can could leave the same mark, Quintanilla said: "⟦d:c|It could. That's not what I saw.⟧"
Testimony continues Tuesday before Judge Harold Brennan.

### 010
@a Abena | Mr Asante-Darko's mother
@b Efua Asante-Darko | His sister
@c Lewis Hartigan | -
@d Okonjo | -
A man who killed a father of two with a single punch outside a bar in Castlemere has been jailed for four years and eight months.
Lewis Hartigan, 23, admitted the manslaughter of Kwame Asante-Darko, 31, who hit his head on the kerb and died in hospital two days later.
In a statement read to Castlemere Crown Court by prosecutor Owain Griffiths, Mr Asante-Darko's mother, Abena, said: “⟦d:a:m|Kwame was the one who phoned me every Sunday. He phoned me from the hospital car park the night his daughter was born. Now Sunday is the worst day of the week.⟧
“⟦d:a:m|I have buried my husband and I have buried my parents. Nothing prepared me for burying my son.⟧
“⟦d:a|I do not hate the man who did this. I do not have room for it. All the room I have is taken up with missing Kwame.⟧”
His sister, Efua Asante-Darko, read her own statement from the witness box, pausing several times. “⟦d:b|My nieces ask where Daddy is, and I have to find new ways to say the same thing,⟧” she said. “⟦d:b|I would give anything never to have to say it again.⟧”
Hartigan, who wept in the dock, had punched Mr Asante-Darko after a row over a spilt drink. In a letter to the judge, he wrote that he thought about the family “⟦p:c|every single hour⟧”.
Sentencing, Mr Justice Okonjo said: “⟦d:d|One blow, thrown in temper, has ended a life and devastated a family. That is the terrible truth of cases like this, and I hope that young men who hear about it will remember it the next time they are tempted to raise their fists.⟧”
He said he accepted that Hartigan's remorse was “⟦p:d|genuine and profound⟧”.

### 011
@a Ilse Vandermeer | a freelance photographer
@b Rupert Delacourt | defending
@c Jaxon Perrault | Reality TV star
Reality TV star Jaxon Perrault grabbed a photographer's camera and shoved her into a parked car outside a nightclub, a court has heard.
Ilse Vandermeer, 29, a freelance photographer, told Brightmouth Magistrates' Court she had been taking pictures of guests leaving the Velvet Anchor club in the early hours of 12 May when Mr Perrault approached her.
“⟦d:a|He said something like, ‘Get that out of my face,’ and then his hand was on the lens,⟧” she said.
“⟦d:a|I was holding the strap, so when he pulled, I went with it. Then he pushed me and I hit the wing mirror of a car.⟧”
Mr Perrault, 34, who found fame on the dating show “⟦s:-|Sunset Villa⟧”, denies assault by beating and criminal damage.
Rupert Delacourt, defending, suggested she had “⟦p:b|stepped into his path⟧” to get a better shot.
“⟦d:b|You were so close that he could not get to his taxi without going through you, weren't you?⟧” he asked.
“⟦d:a|I was where every other photographer was,⟧” Ms Vandermeer replied. “⟦d:a|He just didn't like that I was a woman doing it.⟧”
Outside court, Mr Perrault said only: “⟦d:c|I'm looking forward to giving my side.⟧”
The trial continues.

### 012
@a Anjali Venkataraman | Consultant pathologist
@b Callum Briggs | the festival's medical director
@c Peter Lowther-Haig | assistant coroner
@d Yetunde Ogundipe | his mother
The inquest into the death of a 19-year-old student who collapsed at the Greenhollow music festival heard that he had taken a tablet containing almost three times the typical dose of MDMA.
Finlay Ogundipe, a second-year geography student at Marlhurst University, was taken to the festival's medical tent shortly after 11pm on August 6 and died in hospital the following morning.
Consultant pathologist Dr Anjali Venkataraman told the hearing at Marlhurst Coroner's Court: ``⟦d:a|The level found in his blood was very high. I would expect it to be dangerous to anybody, regardless of size or fitness.⟧''
Dr Callum Briggs, the festival's medical director, said staff had reached Finlay within four minutes of a friend raising the alarm.
``⟦d:b|He was very hot and very agitated,⟧'' he said. ``⟦d:b|We started cooling him straight away and called for an ambulance, but his temperature was already above 41 degrees.⟧''
Asked by assistant coroner Peter Lowther-Haig whether the festival should have offered drug-checking, Dr Briggs said: ``⟦d:b|I think it would have given him a chance. Whether he would have used it, I can't say.⟧''
Recording a conclusion of misadventure, Mr Lowther-Haig said: ``⟦d:c|Finlay was, by every account, a kind, funny and much-loved young man. He made one bad decision on one night, and the price he paid for it was out of all proportion.⟧''
In a statement, his mother, Yetunde Ogundipe, said the family wanted other young people to know that ``⟦p:d|nobody can tell what is in a pill by looking at it⟧''.

### 013
@a - | officials
@b Marguerite Dubois-Kane | -
@c Siobhán Ní Bhriain | Another mother
@d Helena Morrow | The chair of the inquiry
Mothers whose children were poisoned by lead in the Tarnside water supply told a public inquiry on Monday that they had been repeatedly assured by officials that the water was “⟦p:a|perfectly safe to drink⟧”.
Marguerite Dubois-Kane, whose son Teo was diagnosed with lead poisoning at the age of three, said she had phoned the Tarnside Water Board eleven times in 2019 about brown water coming from her kitchen tap.
“⟦d:b|Every time, they said the same thing. It's the old pipes in your street, run the tap for a minute, it's perfectly safe,⟧” she said. “⟦d:b|So I ran the tap. I made his bottles with it. I did what they told me.⟧”
She paused and looked towards the back of the hall, where two former board officials were sitting. “⟦d:b|I want them to look at me when I say that,⟧” she said.
Jonathan Adebayo-Price KC, counsel to the inquiry, asked whether anyone from the board had ever visited her home.
“⟦d:b|Once. After the newspaper story. A man came with a clipboard and took a sample and I never heard anything back.⟧”
Another mother, Siobhán Ní Bhriain, told the inquiry her daughter, now nine, still struggled to read. “⟦d:c|Her teachers say she is bright, and she is. But something was taken from her, and nobody has ever said sorry,⟧” she said.
The chair of the inquiry, Dame Helena Morrow, thanked both women. “⟦d:d|Your evidence has been heard, and it will be remembered,⟧” she said.

### 014
@a Belinda Forsyth | her line manager
@b Nasrin Chowdhury | a senior accountant at Hartwell Dunmore LLP
@c Anil Deshpande | Employment Judge
A woman who says she was passed over for partnership because she had taken two periods of maternity leave told an employment tribunal she was once asked whether she was "⟦p:a|planning any more surprises⟧".
Nasrin Chowdhury, 41, a senior accountant at Hartwell Dunmore LLP, is suing the firm for sex discrimination and victimisation.
She told the hearing in Cardale that the remark was made by her line manager, Belinda Forsyth, at an appraisal in 2021.
"⟦d:b|I laughed because I didn't know what else to do,⟧" Ms Chowdhury said. "⟦d:b|Then I went to the toilets and cried for twenty minutes. I had been back from leave for three weeks.⟧"
Ms Forsyth, who gave evidence later in the day, denied making the comment.
"⟦d:a|I would never have said that. It's not a phrase I use,⟧" she said. "⟦d:a|I supported Nasrin's career for ten years and I am genuinely hurt that she thinks otherwise.⟧"
Under questioning from Employment Judge Anil Deshpande, however, Ms Forsyth accepted that she had written to the partnership committee describing Ms Chowdhury as "⟦p:a|not yet fully recommitted⟧".
"⟦d:c|What did you mean by recommitted?⟧" the judge asked.
"⟦d:a|I meant after a long absence. I accept it was a poor choice of word,⟧" Ms Forsyth said.
The hearing continues.

### 015
@a Carol-Ann Whitford | -
@b Benedikt Raines | -
For eleven weeks in the winter of 2019, Carol-Ann Whitford drove forty minutes each morning to the Tallis County courthouse, parked in the same spot and sat in the same chair: seat seven, back row.
She was a juror in the trial of Desmond Lyle-Okafor, the youth pastor accused of embezzling $2.3 million from his church's building fund. It was, she says now, “⟦p:a|the loneliest thing I have ever done, and I did it surrounded by eleven people⟧”.
“⟦d:a:m|You can't talk about it at home. You can't talk about it at work. Your husband asks how your day was and you say, ‘Fine,’ and you sit in the car in the driveway for ten minutes first.⟧
“⟦d:a|By week six I was dreaming about spreadsheets.⟧”
Whitford, now 63 and retired from a career in school administration, agreed to talk only about her own experience, not about what was said in the jury room. The jury convicted on 14 of 17 counts.
“⟦d:a|I'll tell you this much. Nobody in that room took it lightly. Nobody,⟧” she said.
Benedikt Raines, who teaches criminal procedure at Holloway State University and has studied the effect of long trials on jurors, says her experience is common.
“⟦d:b|We ask ordinary people to do something extraordinary and then we send them home with a certificate and a parking voucher,⟧” he said. “⟦d:b|There is almost no aftercare.⟧”
Whitford still has the certificate. It hangs in the downstairs bathroom, she says, “⟦p:a|where it belongs⟧”.

### 016
@a Kieran Doyle-McBride | -
@b Amara Nwosu | prosecuting
A man accused of glassing a stranger in a Westhaven pub told a jury he "⟦p:a|panicked⟧" after being surrounded by a group of men.
Kieran Doyle-McBride, 28, of Salter's Lane, Westhaven, denies wounding with intent and an alternative charge of unlawful wounding.
Giving evidence at Ravensby Crown Court on Thursday, he said he had been drinking with his brother at the Plough and Harrow when a man he did not know accused him of staring at his girlfriend.
"⟦d:a|Next thing there's four of them round me and one of them's got his hand on my collar,⟧" he said. "⟦d:a|I had the glass in my hand already. I just swung out. I wasn't aiming at anybody.⟧"
Cross-examined by Amara Nwosu, prosecuting, he agreed that CCTV showed him walking across the bar towards the group before the confrontation.
"⟦d:b|You went to them, Mr Doyle-McBride. They didn't come to you,⟧" Ms Nwosu said.
"⟦d:a|I went to say sorry. To calm it down,⟧" he replied.
"⟦d:b|With a pint glass in your hand?⟧"
"⟦d:a|I was holding a drink. I was in a pub.⟧"
The jury has heard that the man who was injured, 31-year-old Sebastian Lyle, needed 22 stitches to a wound above his eye.
Recorder Ian Fairbairn told jurors they would hear closing speeches on Monday.

### 017
@a Margaret Nguyen-Holt | Judge
@b Sinead | Dr Fyfe's widow
@c Tom Ngata | Kerr's barrister
A tradie who was watching videos on his phone when he ran down and killed a cyclist on the Corrimal Heights road has been jailed for at least three years.
Bradley Kerr, 36, pleaded guilty in the Wollarra District Court to dangerous driving occasioning death over the crash that killed Dr Lachlan Fyfe, a 52-year-old GP, in March last year.
In sentencing remarks on Friday, Judge Margaret Nguyen-Holt said phone records showed Kerr had been streaming video for almost two minutes before the impact.
“⟦d:a|For those two minutes, Mr Kerr was not driving a car. He was sitting in one while it drove itself,⟧” Judge Nguyen-Holt said.
“⟦d:a|The consequences of that choice were entirely foreseeable, and they have been catastrophic.⟧”
Dr Fyfe's widow, Sinead, told the court in a victim impact statement that her husband had been “⟦p:b|the calmest man in any room⟧”.
“⟦d:b|Our youngest was 11. He still sets a place for his dad at the table. We have not had the heart to tell him to stop,⟧” she said.
Kerr's barrister, Tom Ngata, said his client was “⟦p:c|utterly broken⟧” by what he had done, had deleted all his social media accounts and now spoke at driver education sessions.
Kerr will be eligible for parole in March 2027.

### 018
@a Aoife Kinsella | Detective Sergeant
@b Oluwaseun Adebanjo | a father of three who has driven a taxi in the town for 14 years
@c Conor MacGiolla | defending
@d Deirdre Ní Mhurchú | Judge
A man who punched a taxi driver and racially abused him after refusing to pay a €23 fare has been given an 18-month sentence, with the final nine months suspended.
Cathal Breen, 27, of Fairgreen Terrace, Ballykeeran, pleaded guilty to assault causing harm at Ballykeeran Circuit Criminal Court.
Detective Sergeant Aoife Kinsella told the court that Breen had become aggressive when asked for the fare outside his home in the early hours of New Year's Day 2023.
"⟦d:a|He said he wasn't paying 'someone like you' and struck Mr Adebanjo twice in the face through the open window,⟧" she said.
In a victim impact statement, the driver, Oluwaseun Adebanjo, a father of three who has driven a taxi in the town for 14 years, said he no longer worked at night.
"⟦d:b|I was not going to let one man tell me I don't belong here. I have built a life here. I coach under-10s hurling on a Saturday,⟧" he said. "⟦d:b|But I don't take fares after dark any more, and that costs my family.⟧"
Conor MacGiolla BL, defending, said his client had been "⟦p:c|mortified⟧" when he saw footage of the assault. "⟦d:c|He has written a letter of apology, which he would like the court to see,⟧" counsel said.
Judge Deirdre Ní Mhurchú said racially aggravated violence "⟦p:d|strikes at the heart of the kind of country we want to be⟧".
"⟦d:d|Mr Adebanjo was doing his job. He was entitled to do it without being assaulted and abused,⟧" she said.

### 019
@a Marie-Claude Bouchard | Superior Court Justice
@b Réjeanne Gosselin | One victim
@c Étienne Laroche | Crown prosecutor
@d Nadia Haddad | Defence lawyer
SAINT-ANSELME — A former financial adviser who drained the retirement accounts of 19 clients, most of them in their 80s, was sentenced Friday to eight years in prison.
Yves Lavergne-Thibault, 58, pleaded guilty last fall to fraud over $5,000 and breach of trust, admitting he diverted $3.7 million into his own accounts over more than a decade.
In her ruling, Superior Court Justice Marie-Claude Bouchard said Lavergne-Thibault had “⟦p:a|preyed on trust itself⟧”.
“⟦d:a|These victims did not lose their money to a stranger on the telephone. They lost it to the man who came to their kitchen tables, drank their coffee and asked after their grandchildren,⟧” she said.
One victim, 86-year-old Réjeanne Gosselin, addressed the court in French. “⟦d:b|Il m'a volé ma tranquillité,⟧” she said — “⟦d:b|He stole my peace of mind.⟧”
Crown prosecutor Étienne Laroche had sought 10 years. Outside the courthouse, he said: “⟦d:c|The sentence sends a message. Whether the victims will see any of their money again is another matter.⟧”
Defence lawyer Nadia Haddad said her client was “⟦p:d|relieved it is over⟧” and intended to co-operate with efforts to recover the funds.
Lavergne-Thibault did not address the court.

### 020
@a Vikram Sethi | Justice
@b Rohan Malhotra | Additional Solicitor General
@c Fatima Sheikh | Senior advocate
@d Meenakshi Iyer-Rao | activist
RAJNAGAR, June 12 (Meridian) - The Rajnagar High Court on Wednesday granted bail to activist Meenakshi Iyer-Rao, who has been in custody for 14 months on charges of inciting unrest during farmers' protests, saying that prolonged detention without trial could not be justified.
"⟦d:a|Liberty is the rule and jail the exception. That principle is not suspended because the charges are serious,⟧" Justice Vikram Sethi said in his order.
Additional Solicitor General Rohan Malhotra had argued for the state that Iyer-Rao was a "⟦p:b|flight risk⟧" who could influence witnesses.
"⟦d:b|She has a network in three states. The investigation is at a delicate stage,⟧" Malhotra told the court during arguments last week.
Senior advocate Fatima Sheikh said the prosecution had not filed a chargesheet in more than a year. "⟦d:c|If the investigation is delicate after fourteen months, the problem is not with my client,⟧" she said.
Iyer-Rao, 38, was released from Kalinagar Central Jail on Wednesday evening. Speaking to reporters outside the gate, she said: "⟦d:d|I am grateful to the court. But there are others still inside who have no lawyer and nobody outside asking for them.⟧"

### 021
@a Wanjiru Kamau-Ndegwa | Chief Magistrate
@b Grace Akinyi Ochieng | the widow whose land is at the centre of the case
@c Mohammed Abdi | State counsel
@d Beatrice Wairimu | Mr Otieno's advocate
A land registry clerk accused of forging title deeds to sell a widow's five-acre farm was denied bail on Tuesday after a magistrate said he was likely to interfere with witnesses.
Peter Mbugua Otieno, 44, a clerk at the Kiambiru lands office, faces six counts including forgery and obtaining land by false pretences. He denies all the charges.
Chief Magistrate Wanjiru Kamau-Ndegwa said the prosecution had shown that two witnesses had already reported being approached.
“⟦d:a|The court cannot ignore the fact that the accused works in the very office that holds the records in this case,⟧” she ruled.
Grace Akinyi Ochieng, the widow whose land is at the centre of the case, wept as the ruling was read. Speaking outside court, she said she had learned the farm had been sold only when surveyors arrived to fence it.
“⟦d:b|My husband is buried on that land. They came with a paper saying it belonged to somebody I have never met,⟧” she said. “⟦d:b|I asked them, where will I visit my husband? They had no answer.⟧”
State counsel Mohammed Abdi told the court the investigation had uncovered “⟦p:c|a pattern, not a single case⟧”, with at least four other families reporting similar losses.
Mr Otieno's advocate, Beatrice Wairimu, said he was “⟦p:d|a family man with no previous record⟧” who would comply with any conditions the court set.
The case was adjourned to March 14.

### 022
@a W14 | the marksman who fired the fatal shots
@b Leslie Thorne | -
@c Patience Bello | Marcus's mother
A police firearms officer told a public inquiry on Tuesday that he had “⟦p:a|no doubt at all⟧” that Marcus Delacroix-Bello was reaching for a gun when he shot him in a supermarket car park.
W14, the marksman who fired the fatal shots, gave evidence from behind a screen.
“⟦d:a|He turned towards us and his right hand went to his waistband. I shouted ‘Show me your hands’ twice,⟧” he said. “⟦d:a|I believed he was about to shoot my colleague. I fired because I believed that.⟧”
No weapon was found on Mr Delacroix-Bello, who was 26. A mobile phone was recovered from under his body.
Sophia Mavrides KC, counsel to the inquiry, asked W14 whether he had considered that the object could have been something else.
“⟦d:a|In that moment, no. There was not time to consider anything,⟧” he said.
Leslie Thorne KC, who represents the family, put it to him that he had fired “⟦p:b|within a second⟧” of getting out of the car.
“⟦d:b|You didn't wait to see what was in his hand, did you?⟧” Mr Thorne asked.
“⟦d:a|I didn't have the luxury of waiting, sir.⟧”
Marcus's mother, Patience Bello, left the hearing room during the exchange. Outside, she told reporters: “⟦d:c|He says he didn't have time. My son didn't get any time at all.⟧”

### 023
@a Hamish Calder | senior coroner
@b Greyline Buses | -
@c - | An Ashcombe Borough Council spokesperson
@d Ruth Ansah | Mr Chukwu-Lawson's partner
A coroner has warned that more cyclists will die at a notorious junction in Ashcombe unless the council acts, after a delivery rider was crushed by a turning bus.
Emeka Chukwu-Lawson, 24, was riding for the food delivery app Dashly when he was struck at the junction of Mill Road and Queen's Parade in November 2023.
In a prevention of future deaths report published this week, senior coroner Hamish Calder said the layout created "⟦p:a|an obvious and recurring conflict⟧" between buses turning left and cyclists going straight on.
"⟦d:a|This is the third death at or near this junction in six years,⟧" he wrote. "⟦d:a|I have seen nothing to suggest the risk has been reduced.⟧"
Greyline Buses said it had fitted extra mirrors and sensors to its fleet and was "⟦p:b|committed to learning every possible lesson⟧".
An Ashcombe Borough Council spokesperson said: "⟦d:c|We have received the coroner's report and will respond within the 56 days required. A redesign of the junction is already out to consultation.⟧"
Mr Chukwu-Lawson's partner, Ruth Ansah, said the family had been told about the consultation "⟦p:d|for two years now⟧".
"⟦d:d|Emeka was sending money home every month. He was saving to do his master's. He was 24,⟧" she said. "⟦d:d|How many more reports does there have to be?⟧"

### 024
@a Marjorie Fairweather | retired dinner lady
@b Clive Pettigrew | -
@c Oluwaseyi Bankole | District Judge
A PENSIONER waged a three-year “⟦s:-|hedge war⟧” against his next-door neighbour — including lining up a row of garden gnomes to stare at her kitchen window, a court heard.
Clive Pettigrew, 67, is accused of harassing retired dinner lady Marjorie Fairweather, 72, in their quiet cul-de-sac in Little Saxby. The court heard he referred to her in letters to the parish council as “⟦s:-|the Duchess⟧”.
Mrs Fairweather told Thornbury Magistrates' Court: “⟦d:a|I couldn't wash up without twelve little faces staring at me. He moved them every morning so they followed me round the garden.⟧”
She said he also played brass band music “⟦p:a|at full blast⟧” at 6am on Sundays.
Pettigrew, who is representing himself, asked her: “⟦d:b|Is it not the case, Mrs Fairweather, that you cut my leylandii without permission?⟧”
“⟦d:a|It was blocking my light, Clive, and you know it was,⟧” she shot back.
District Judge Oluwaseyi Bankole had to step in as the pair began arguing about the height of the hedge. “⟦d:c|We are not here to measure conifers,⟧” he said.
Pettigrew denies harassment. The case continues.

### 025
@a Anneliese Brandt | the former finance director of Brightfold Energy
@b Oscar Villiers | its former chief executive
@c Duncan Ferrier | -
Emails in which a company finance director warned that its accounts were "⟦p:a|held together with sticky tape⟧" were read to a jury on Monday.
Anneliese Brandt, 49, the former finance director of Brightfold Energy, and its former chief executive, Oscar Villiers, 55, deny conspiracy to defraud investors of £38 million between 2017 and 2020.
Opening the case for the prosecution at Kingsbridge Crown Court, Duncan Ferrier KC said the pair had "⟦p:c|known for years⟧" that the company's flagship solar project could not generate the revenue claimed in its prospectus.
In one email in March 2018, Ms Brandt wrote: "⟦d:a|We cannot keep booking the Almara revenue. The auditors will ask, and when they ask I will not lie for you.⟧"
Mr Villiers replied 11 minutes later: "⟦d:b|Nobody is asking you to lie. Nobody is asking you anything. Just get us to June.⟧"
"⟦d:c|Just get us to June,⟧" Mr Ferrier repeated to the jury. "⟦d:c|Members of the jury, June was when the second bond issue closed.⟧"
Ms Brandt's lawyers say she raised her concerns repeatedly and was overruled. Mr Villiers's defence is that he relied on independent valuations.
The trial, expected to last 14 weeks, continues.

### 026
@a Alistair Crewe | Judge
@b - | One juror
@c - | a person familiar with the proceedings
@d Hollie Brannagh | Detective Inspector
The trial of three men accused of a £2m raid on a Westbury Arcade jeweller's has collapsed after a juror was found to have looked up one of the defendants online.
Judge Alistair Crewe discharged the jury at Harcourt Crown Court on Wednesday, eight days into the trial, telling them: “⟦d:a|I am afraid that one of your number has done exactly what I told you all, on the first day, not to do.⟧”
“⟦d:a|I make no criticism of the rest of you. But a fair trial is not possible now, and I have no choice.⟧”
One juror had told other members of the panel that one of the defendants had “⟦p:b|been in the papers before⟧”, according to a person familiar with the proceedings.
“⟦d:c|She wasn't trying to cause trouble. She just didn't seem to understand why it mattered,⟧” the person said.
A retrial has been fixed for September. The three defendants, Reza Farahani, 33, Dean Coutts, 29, and Lamar Fitzgerald, 30, deny conspiracy to commit robbery.
Outside court, Detective Inspector Hollie Brannagh said: “⟦d:d|It is frustrating for the victims, who have already given evidence once and will now have to do it again.⟧”

### 027
@a Okwuosa | the vice-president of the Court of Appeal's criminal division
@b Errol Whitaker | -
@c Anthony Mensah | -
@d Iona McCrae | Campaigner
@e Gurpreet Dhillon | Mr Dhillon's son
Two men who spent a combined 42 years in prison for the murder of a shopkeeper had their convictions quashed by the Court of Appeal on Thursday, to cheers from supporters who had campaigned for their release for almost two decades.
Errol Whitaker, 58, and Anthony Mensah, 56, known to supporters as the "⟦s:-|Holmbridge Two⟧", were convicted in 2004 of murdering newsagent Harjit Dhillon during a robbery at his shop in Holmbridge.
Giving the court's judgment, Lady Justice Okwuosa, the vice-president of the Court of Appeal's criminal division, said fresh DNA evidence "⟦p:a|fundamentally undermines⟧" the case on which the jury convicted.
"⟦d:a|We are driven to the conclusion that these convictions are unsafe. They are quashed,⟧" she said. The prosecution said it would not seek a retrial.
Outside court, supporters chanted "⟦s:-|Free at last⟧" as the two men emerged.
"⟦d:b|I went in at 37. I'm coming out at 58,⟧" Mr Whitaker said, his arm around his sister. "⟦d:b|Nobody can give me that back. But today I can walk down the street and nobody can call me a murderer.⟧"
Mr Mensah said little. Asked how he felt, he replied: "⟦d:c|Tired. Happy. Tired.⟧"
Campaigner Iona McCrae, who founded the Holmbridge Justice Group in 2006, said: "⟦d:d|This is not really a day for celebration. It is a day for asking how this was allowed to happen.⟧"
Mr Dhillon's son, Gurpreet Dhillon, said his family had been "⟦p:e|left with nothing⟧". "⟦d:e|We were told for twenty years that we had justice. Now we have neither justice nor answers,⟧" he said.

### 028
@a Cressida Vane | Employment Judge
@b Yusuf Demir | a consultant cardiothoracic surgeon
@c Northfleet Health Trust | -
@d - | A spokesperson for the Hospital Doctors' Association
A heart surgeon who raised concerns about deaths after operations was subjected to a “⟦p:a|campaign of exclusion⟧” by hospital managers, an employment judge has ruled.
Yusuf Demir, a consultant cardiothoracic surgeon, was removed from the operating rota at Northfleet General Hospital in 2021, weeks after writing to the trust's medical director about mortality rates.
In a judgment published on Monday, Employment Judge Cressida Vane found that the decision was “⟦p:a|materially influenced⟧” by his disclosures and upheld his claim of whistleblowing detriment.
Managers had treated Mr Demir as “⟦p:a|a problem to be contained rather than a colleague to be heard⟧”, she said.
“⟦d:a|Mr Demir was not a difficult man. He was a persistent one, about a matter on which persistence was entirely justified,⟧” Judge Vane wrote.
Speaking outside the tribunal in Exbury, Mr Demir said: “⟦d:b|I didn't want to win a case. I wanted someone to look at the numbers. It took a judge to do it.⟧”
Northfleet Health Trust said it was “⟦p:c|disappointed⟧” by the ruling and was considering an appeal. “⟦d:c|Patient safety has always been and remains our first priority,⟧” the trust said.
A spokesperson for the Hospital Doctors' Association said the case showed that “⟦p:d|speaking up is still treated as a disciplinary matter in too many hospitals⟧”.

### 029
@a Tigist Alemu | -
@b Kwabena Darko | the presenting officer for the Border and Residence Directorate
@c Nia Roberts-Okafor | Her barrister
@d Morgan Pryce-Evans | Tribunal Judge
A woman held in immigration detention for seven months was granted bail on Friday after a judge heard that she had been diagnosed with severe depression and had stopped eating.
Tigist Alemu, 31, who arrived in the country hidden in a lorry in 2022, spoke to the tribunal through an Amharic interpreter from a video room at Harwell Removal Centre.
«⟦d:a|I do not sleep. I count the doors. Every night I count them again,⟧» she said. «⟦d:a|I came here because I was afraid. Now I am afraid here also.⟧»
Kwabena Darko, the presenting officer for the Border and Residence Directorate, opposed bail, saying Ms Alemu had «⟦p:b|a history of non-compliance⟧» after she missed two reporting appointments in 2023.
Her barrister, Nia Roberts-Okafor, told the tribunal both appointments had been missed while Ms Alemu was in hospital. «⟦d:c|The directorate had the discharge letters. They simply did not read them,⟧» she said.
Tribunal Judge Morgan Pryce-Evans granted bail on condition that Ms Alemu live at an address provided by a charity.
«⟦d:d|I am not satisfied that continued detention is either necessary or proportionate,⟧» the judge said. «⟦d:d|Ms Alemu, you must keep to these conditions. Do you understand?⟧»
«⟦d:a|Yes. Thank you. Thank you,⟧» she replied.

### 030
@a Simon Okereke | headteacher
@b Rhiannon Beddoe | District Judge
@c - | The boy
A 15-year-old boy who started a fire that destroyed the sports hall at Kestrel Park Academy has been given a 12-month youth rehabilitation order.
The boy, who cannot be named for legal reasons, admitted arson at Mardale Youth Court. He had set fire to a pile of crash mats after being excluded for the second time in a month.
In a statement read to the court, headteacher Simon Okereke said the fire had cost an estimated £1.4 million and left 900 pupils without indoor PE facilities for a year.
“⟦d:a|Our students held their end-of-year show in a marquee in the rain. They were magnificent about it. They should not have had to be,⟧” he said.
District Judge Rhiannon Beddoe told the boy: “⟦d:b|You are clever, you are articulate, and the reports I have read say you are capable of a great deal. What you did was stupid and dangerous, and somebody could have died.⟧”
“⟦d:b|I am giving you a chance. I do not want to see you back here.⟧”
The boy, wearing a grey hoodie, stood and said quietly: “⟦d:c|I know. I'm sorry.⟧”

### 031
@a Oliver Pemberton | his friend
@b Callum Strachan | leader of the Harnfell Mountain Rescue Team
@c Fiona Gallacher | Senior coroner
A climber who died in a 200ft fall on Harnfell had unclipped from a safety rope moments earlier to let another party pass, an inquest heard.
Tobias Lindgren, 34, a software engineer from Kendlemere, was descending the Grey Buttress route with his friend Oliver Pemberton in October last year.
Mr Pemberton, who gave evidence at Kendlemere Town Hall, said the pair had been climbing together for more than a decade.
"⟦d:a|Toby was the careful one. He used to tell me off for not checking my knots,⟧" he said. "⟦d:a|That's what I can't get my head round.⟧"
He said he was about 15 metres below his friend when he heard a shout. "⟦d:a|I looked up and he wasn't there. There was just the rope hanging,⟧" he said, pausing to compose himself.
Callum Strachan, leader of the Harnfell Mountain Rescue Team, told the inquest the ledge where Mr Lindgren had stood was "⟦p:b|notoriously greasy⟧" after rain.
"⟦d:b|We've had four serious incidents on that section in five years,⟧" Mr Strachan said. "⟦d:b|It catches out experienced people because it looks easy.⟧"
Senior coroner Fiona Gallacher recorded a conclusion of accidental death. "⟦d:c|Tobias was an experienced, skilled and careful mountaineer, and this was a tragic accident that could have happened to anyone on that ledge,⟧" she said.

### 032
@a Marcus Fennimore-Clarke | work and pensions minister from 2017 to 2020
@b Priyanka Basu | counsel to the inquiry
@c - | A woman in the public gallery
@d Nigel Ashdown | the chairman
A former minister who signed off the Keystone benefits system told a public inquiry on Thursday that he had been “⟦p:a|repeatedly and emphatically assured⟧” by officials that it was ready.
Marcus Fennimore-Clarke, work and pensions minister from 2017 to 2020, said he had asked “⟦p:a|at every single meeting⟧” whether the system had been properly tested.
“⟦d:a|I am not a software engineer. I relied on the people who were,⟧” he said. “⟦d:a|If those people were telling me something they did not believe, then that is a very serious matter, and I hope this inquiry gets to the bottom of it.⟧”
Priyanka Basu KC, counsel to the inquiry, showed him a briefing note from May 2019 warning that the system had failed 40 per cent of its test cases.
“⟦d:b|Your private secretary's initials are on the front of this document. Did you read it?⟧” she asked.
“⟦d:a|I have no recollection of reading it.⟧”
“⟦d:b|That's not quite what I asked, Mr Fennimore-Clarke.⟧”
“⟦d:a|Then the honest answer is that I don't know.⟧”
A woman in the public gallery called out “⟦d:c|Shame!⟧”, prompting the chairman, Sir Nigel Ashdown, to ask for quiet.
“⟦d:d|I understand that feelings are strong. But the witness must be allowed to give his evidence,⟧” Sir Nigel said.

### 033
@a Janelle Morrison | -
@b Patrick Quilty | representing Hollybank Homes
@c Amrit Gill | Deputy District Judge
@d Sunita Varma | the council's cabinet member for housing
A mother of three faces eviction from her Brackley Green flat after a judge granted a possession order over £4,300 of rent arrears.
Janelle Morrison, 33, told Hadleigh County Court her arrears built up after she lost her job at a care home and waited 11 weeks for her first benefit payment.
"⟦d:a|I never hid from them. I rang them every single week,⟧" she said. "⟦d:a|I've got the call logs on my phone. I said, 'I'll pay it, I just need time.'⟧"
Patrick Quilty, representing Hollybank Homes, said the housing association had offered two repayment plans, both of which had broken down.
"⟦d:b|My clients do not take these proceedings lightly. Eviction is always the last resort,⟧" he said.
Deputy District Judge Amrit Gill granted the order but suspended it for 28 days to allow Ms Morrison to seek help.
"⟦d:c|I have a great deal of sympathy for Ms Morrison's position, but the arrears are substantial and the law gives me very little room,⟧" the judge said.
Cllr Sunita Varma, the council's cabinet member for housing, said the authority would "⟦p:d|do everything it can⟧" to keep the family in the borough.

### 034
@a Stanisław Nowicki | -
@b Lucinda Akande | Judge
@c Gideon Marsh | for Jordan Haslam
A 79-year-old man who was tied to a kitchen chair during a burglary at his farmhouse broke down in tears as he described the ordeal to a jury.
Stanisław Nowicki told Corbridge Crown Court that three men wearing balaclavas forced their way in through the back door shortly after 10pm on 3 February.
“⟦d:a|One of them kept saying, ‘Where's the safe, old man, where's the safe?’ I told them there was no safe. I'm a pig farmer,⟧” he said.
“⟦d:a|They put tape round my wrists and round the chair. I sat there all night. In the morning the postman found me.⟧”
As Mr Nowicki began to cry, Judge Lucinda Akande asked him if he needed a break. “⟦d:b|Take all the time you need, Mr Nowicki. There's no hurry at all,⟧” she said.
“⟦d:a|No, no. I want to finish,⟧” he said.
Brothers Kyle and Jordan Haslam, 24 and 26, and Ashley Dunmore, 30, deny aggravated burglary.
Gideon Marsh, for Jordan Haslam, asked only a handful of questions. “⟦d:c|I'm not going to keep you long, Mr Nowicki. Is it right that you never saw any of their faces?⟧”
“⟦d:a|Never. Only their eyes,⟧” Mr Nowicki replied.

### 035
@a Leonie Baptiste | a former personal assistant to property developer Graham Teale
@b Graham Teale | property developer
The following is an edited extract from the cross-examination on Tuesday of Leonie Baptiste, a former personal assistant to property developer Graham Teale, by Adrian Coker KC, for Mr Teale, at Oldcastle Crown Court. Mr Teale, 61, denies two counts of bribery.
Q: You kept a diary while you worked for Mr Teale?
A: Yes. Every day.
Q: And in that diary, on 14 March 2019, you wrote: "⟦d:a|G in a foul mood again, shouting at the council people.⟧"
A: That sounds right.
Q: Who were the council people?
A: Mr Rahman and Ms Lowe, from planning.
Q: Did you ever see Mr Teale give either of them money?
A: No. But I heard him say on the phone, "⟦d:b|Make sure Rahman gets his envelope.⟧"
Q: You heard one half of one phone call.
A: I heard what I heard.
Q: You didn't like Mr Teale, did you?
A: Not much, no. That doesn't mean I'm lying.
The trial continues.

### 036
@a Euan McAllister | -
@b Mhairi Donnelly | paramedic
@c Graeme Lyall | McAllister's solicitor
@d Alasdair Pirie | Sheriff
A man who spat at and threatened two paramedics who were trying to treat him after a night out has been jailed for ten months.
Euan McAllister, 29, had been found lying in the street in Inverallan town centre in the early hours of 14 September.
Fiscal depute Kirsty Drummond told Inverallan Sheriff Court that when the crew tried to check a cut to his head he told one of them: "⟦d:a|Touch me again and I'll find out where you live.⟧"
He then spat in the face of paramedic Mhairi Donnelly.
In a statement, Ms Donnelly said: "⟦d:b|I have been a paramedic for 16 years. I have been punched, kicked and bitten. Being spat at is somehow worse. I had to wait three months for blood test results.⟧"
McAllister's solicitor, Graeme Lyall, said his client had "⟦p:c|no memory whatsoever⟧" of the incident and was "⟦p:c|disgusted⟧" by his behaviour when shown the bodycam footage.
Sheriff Alasdair Pirie said: "⟦d:d|Emergency workers go out every night to help people like you. They are entitled to do so without being threatened and spat on. A custodial sentence is the only appropriate disposal.⟧"

### 037
@a Glenn Halvorsen | -
@b Rosa Delgado-Whitfield | U.S. District Judge
@c Tamara Boudreaux | Pell County Commissioner
@d Curtis Wheelock | Assistant U.S. Attorney
FORT ALDEN, N.D. (Plains Wire) — A former county treasurer who stole nearly $1.1 million from Pell County over nine years was sentenced Tuesday to 70 months in federal prison.
Glenn Halvorsen, 63, apologized to the court before he was sentenced, his voice breaking.
"⟦d:a|I have no excuse. I had a gambling problem and I hid it from everyone, including my wife, who is sitting behind me,⟧" Halvorsen said. "⟦d:a|I betrayed the people who elected me four times. I'm sorry.⟧"
U.S. District Judge Rosa Delgado-Whitfield said she believed his remorse was sincere but that the length of the scheme demanded a significant sentence.
"⟦d:b|This wasn't one bad day. This was 108 months of bad days,⟧" she said. "⟦d:b|Every month you had a chance to stop, and every month you chose not to.⟧"
Pell County Commissioner Tamara Boudreaux told the judge the thefts had forced the county to delay repairs to two bridges and close a library branch.
"⟦d:c|People in this county trusted Glenn. I trusted Glenn. We went to church together,⟧" she said.
Assistant U.S. Attorney Curtis Wheelock said after the hearing: "⟦d:d|Public officials who steal from the public will be held to account, no matter how long it takes to find them.⟧"

### 038
@a Patient A | a patient
@b Yasmin Farouk | for the General Medical Board
@c Deborah Ellingham | the tribunal's chair
@d Leopold Quist | -
A GP who prescribed powerful opioids to patients he had never examined has been struck off the medical register.
Dr Leopold Quist, 61, issued more than 3,000 prescriptions for oxycodone through an online clinic he ran from his home in Sandwell Vale between 2019 and 2022, a Clinical Standards Tribunal found.
The tribunal heard from a patient, referred to as Patient A, who became addicted after being prescribed the drug for back pain following a single five-minute video call.
“⟦d:a|He never asked to see my back. He never asked about my history. I filled in a form and three days later a box came,⟧” Patient A said.
Yasmin Farouk, for the General Medical Board, said Dr Quist's conduct was “⟦p:b|not a lapse but a business model⟧”.
In its determination, the tribunal's chair, Deborah Ellingham, said: “⟦d:c|Dr Quist appears to have regarded the safeguards of good prescribing as obstacles to be worked around. The tribunal has concluded that erasure is the only sanction sufficient to protect the public.⟧”
Dr Quist, who did not attend the final day of the hearing, had told the tribunal earlier that he was “⟦p:d|filling a gap the health service left⟧”.
He has 28 days to appeal.

### 039
@a Chiamaka Eze | Sprinter
@b Independent Doping Panel | -
@c Hakeem Lawal | Eze's coach
@d Track Integrity Commission | -
Sprinter Chiamaka Eze has been banned for four years after an independent tribunal rejected her claim that a positive test for the steroid trenbolone was caused by contaminated beef.
The 27-year-old, a two-time national 100m champion, told the hearing in April that she had eaten steak at a roadside restaurant during a training camp in the days before the test.
"⟦d:a|I have never knowingly taken anything. I have been tested 40 times in my career and every one was clean until this,⟧" she said in evidence.
The three-member Independent Doping Panel said the concentration found in her sample was "⟦p:b|inconsistent with the ingestion of meat⟧" and that her account of the meal was "⟦p:b|vague as to its details and unsupported by any documentary evidence⟧".
Eze's coach, Hakeem Lawal, called the decision "⟦p:c|a travesty⟧".
"⟦d:c|She will appeal, and she will win,⟧" Lawal said. "⟦d:c|Chiamaka has given everything to this sport.⟧"
The Track Integrity Commission, which brought the case, said in a statement: "⟦d:d|Athletes are strictly liable for what is in their bodies. The panel has applied that principle correctly.⟧"
Eze's ban is backdated to the date of her provisional suspension last September.

### 040
@a Edna Thistlethwaite | -
@b Barnaby Castell | Judge
@c Liam Corrigan | -
@d Maureen Okoro | Edna's neighbour
A GRAN who was terrified in her own bed by a masked burglar last night blasted a judge for letting him walk free.
Edna Thistlethwaite, 88, woke to find Liam Corrigan, 22, rifling through her handbag at the foot of her bed at 3am.
But at Stourmouth Crown Court yesterday, Corrigan was handed a suspended sentence after a judge heard he had “⟦p:-|turned his life around⟧” since the break-in.
Fuming Edna said: “⟦d:a|Turned his life around? He turned my life upside down. I haven't slept through the night since.⟧”
“⟦d:a|I'm 88. I won't see him in prison, will I? So what was the point of it all?⟧”
Judge Barnaby Castell told Corrigan, who has since found work as a labourer and become a dad: “⟦d:b|I have taken a course which I hope you will not make me regret. If you are back before me, you will go to prison. Do you understand that?⟧”
“⟦d:c|Yes, Your Honour,⟧” Corrigan replied.
Edna's neighbour Maureen Okoro, 64, who found her shaking on the landing, said: “⟦d:d|She's the toughest woman on this street but that night she was like a little bird. It's a disgrace.⟧”

### 041
@a KV-22 | the witness
@b Milena Horvat-Lasić | Stankić's lawyer
@c Ingrid Solheim | Presiding Judge
VELLMAR, Nov 9 (Meridian) - A woman who survived the 1998 massacre at Dorsk told war crimes judges on Wednesday how militiamen separated the men of the village and marched them towards a quarry.
Testifying under the pseudonym KV-22, with her face and voice distorted, the witness said she last saw her husband and two sons walking in a line with their hands on their heads.
"⟦d:a|My younger son turned and looked at me. He was 15. I think he wanted me to say something, but I could not speak,⟧" she said through an interpreter.
Former militia commander Radomir Stankić, 61, is accused of ordering the killing of at least 140 men and boys. He denies all charges.
Asked by prosecutor Amadou Diallo-Senghor whether she had seen the accused that day, she replied: "⟦d:a|Yes. He was standing on the back of a truck. The others called him 'Kapetan'. He was the one pointing.⟧"
Stankić's lawyer, Milena Horvat-Lasić, suggested that the witness could not reliably recognise a man she had "⟦p:b|never seen before or since⟧".
"⟦d:a|I have seen him every night for 25 years,⟧" the witness replied.
Presiding Judge Ingrid Solheim thanked her before adjourning until Thursday. "⟦d:c|The tribunal is grateful to you for your courage in coming here,⟧" she said.

### 042
@a Desmond Farrelly | -
@b Order of St Cuthman | -
A man who was sent to a children's home run by a religious order at the age of eight told an inquiry on Monday that he had been beaten “⟦p:a|for wetting the bed, for crying, for asking for my mother⟧”.
Desmond Farrelly, now 67, waived his right to anonymity to give evidence in public to the Independent Inquiry into Residential Care in Carrick.
“⟦d:a:m|There was no kindness in that place. None. I don't say that for effect. I have thought about it for sixty years, looking for one kind moment, and I can't find one.⟧
“⟦d:a|The older boys looked after the younger ones when they could. That was the only kindness, and it came from children.⟧”
Eleanor Vance-Mbatha, counsel to the inquiry, asked him whether he had ever told anyone what was happening.
“⟦d:a|Told who?⟧” he replied. “⟦d:a|The men doing it were the men you would have told.⟧”
Mr Farrelly said he had written to the Order of St Cuthman in 2009 and received a reply that described his account as “⟦p:b|deeply regrettable, if accurate⟧”.
In a statement issued on Monday, the order said: “⟦d:b|We apologise without reservation to Mr Farrelly and to all those who were harmed while in our care. The response he received in 2009 was wrong.⟧”

### 043
@a Nicholas Fane | for developer Gwyntog Renewables
@b Ieuan Pritchard | Local farmer
@c Gwen Harcourt-Lloyd | The planning inspector
A public inquiry into plans for a 14-turbine wind farm on Moel Garw opened on Tuesday with protesters holding placards reading "⟦s:-|Hands Off Our Hills⟧" outside Llanfair Dyffryn Memorial Hall.
Nicholas Fane KC, for developer Gwyntog Renewables, told the inquiry the scheme would power 38,000 homes and was "⟦p:a|exactly the kind of project national policy says should be built⟧".
"⟦d:a|We accept that these turbines will be seen. The question is whether the harm outweighs the benefit, and we say clearly that it does not,⟧" he said.
Local farmer Ieuan Pritchard, whose family has grazed sheep on the hill for five generations, said the turbines would be "⟦p:b|a fence of steel across the sky⟧".
"⟦d:b|My grandfather used to say you could see three counties from the top of Moel Garw. Now you'll see three counties and fourteen turbines,⟧" Mr Pritchard said.
The planning inspector, Gwen Harcourt-Lloyd, reminded those attending that she would make a recommendation to ministers and would not take the final decision herself.
"⟦d:c|I will listen carefully to everybody who wants to speak, whichever side they are on. What I ask is that people are courteous to each other,⟧" she said.

### 044
@a Naomi Fairclough | -
@b Jessica Ward-Banner | defending
@c Selwyn Hart | Judge
A vet who says she was stalked by a former client for 18 months told a jury she moved house twice and changed her car to get away from him.
Naomi Fairclough, 38, said Adrian Keswick, 45, began turning up at her surgery in Hollinsford after she put down his elderly Labrador in 2021.
“⟦d:a|At first it was flowers and cards, thanking me. Then it was every day. Then he was outside my house,⟧” she told Whitcombe Crown Court.
“⟦d:a|I found a note on my windscreen that said, ‘You can't hide from someone who loves you.’ That's when I went to the police.⟧”
Jessica Ward-Banner, defending, suggested she had encouraged Mr Keswick by replying to his early messages.
“⟦d:b|You thanked him for the flowers, didn't you? You told him he was ‘very sweet’?⟧”
“⟦d:a|I was being polite. He'd just lost his dog,⟧” Dr Fairclough replied.
When Ms Ward-Banner began to ask about the witness's previous relationships, Judge Selwyn Hart stopped her.
“⟦d:c|Ms Ward-Banner, I can't see the relevance of that, and I'm not going to allow it without a proper application,⟧” the judge said.
Keswick denies stalking involving fear of violence.

### 045
@a Jonathan Pryor | prosecuting
@b Benedict Oyelowo | for Mercer
The prosecution and defence in the retrial of a businessman accused of murdering his former partner offered the jury starkly different accounts of a single phone call on Monday as closing speeches began at Brackenfield Crown Court.
Hollis Mercer, 52, denies murdering Ravi Chandrasekhar, whose body was found in the boot of his own car at a reservoir car park in 2021. A first jury failed to reach a verdict last year.
Jonathan Pryor KC, prosecuting, told jurors that the 47-second call Mercer made to Mr Chandrasekhar at 9.12pm on the night he disappeared was "⟦p:a|the call that brought him to his death⟧".
"⟦d:a|Why does Mr Mercer, who says he had not spoken to Ravi in three months, ring him that night? He has never given you an answer, because there isn't an innocent one,⟧" Mr Pryor said.
Benedict Oyelowo KC, for Mercer, told the jury the prosecution had built "⟦p:b|a cathedral on a single brick⟧".
"⟦d:b|A 47-second phone call. That's it. That's the brick,⟧" he said. "⟦d:b|No blood, no fibres, no witness. My learned friend wants you to fill every gap with suspicion. I ask you to fill them with the evidence, and there isn't any.⟧"
Mr Pryor had earlier described Mercer's account of the call — that he rang to chase an unpaid invoice — as "⟦p:a|frankly absurd⟧".
Mr Justice Harland will begin summing up on Wednesday.

### 046
@a Precious Moyo | Midwife
@b - | a senior colleague
@c Farhana Rahim | Consultant obstetrician
@d Andrea Kowalczyk | Senior coroner
@e Chloe Thackeray | Isla's mother
A newborn baby girl died after midwives failed to act on signs of distress during a labour that lasted more than 30 hours, an inquest has concluded.
Isla Rose Thackeray was born at Wendlebury Birth Centre in March 2022 and died four days later at Kingsmead Hospital, where she had been transferred by ambulance.
Midwife Precious Moyo, who cared for Isla's mother, Chloe Thackeray, during the night shift, told the inquest she had been “⟦p:a|uneasy⟧” about the baby's heart rate but had been told by a senior colleague that it was “⟦p:b|within normal variation⟧”.
“⟦d:a|I should have escalated it anyway. I have thought about that every day since,⟧” Ms Moyo said, in tears.
Consultant obstetrician Dr Farhana Rahim, giving independent expert evidence, said the heart rate trace showed “⟦p:c|clear and sustained abnormality⟧” for at least two hours before the transfer.
“⟦d:c|On the balance of probabilities, earlier transfer would have led to Isla being delivered before the injury that caused her death,⟧” she said.
Senior coroner Andrea Kowalczyk concluded that Isla's death was contributed to by neglect. “⟦d:d|Isla's parents have waited a very long time for answers, and they have borne that wait with great dignity,⟧” she said.
Outside the hearing, Ms Thackeray said: “⟦d:e|We were told for two years that nothing could have been done. Today someone finally said the truth out loud. Isla mattered.⟧”

### 047
@a state Supreme Court | -
@b Margaret Hollis | Justice
@c Raymond Tolliver | Justice
@d Colette Fournier | Brantwood Mayor
@e Darnell Briggs | -
The state Supreme Court on Thursday struck down a city ordinance that made it a crime to sleep in a tent in a public park, ruling 5-4 that it punished people ``⟦p:a|for the condition of being homeless rather than for anything they have done⟧''.
Writing for the majority, Justice Margaret Hollis said the ordinance, passed by the city of Brantwood in 2021, violated the constitution's ban on cruel and unusual punishment.
``⟦d:b|A person who has nowhere else to go does not choose to sleep in a park any more than she chooses to breathe,⟧'' Justice Hollis wrote. ``⟦d:b|To fine her for it is to fine her for existing.⟧''
In a dissent joined by three colleagues, Justice Raymond Tolliver accused the majority of ``⟦p:c|taking from elected officials a decision the constitution leaves to them⟧''.
``⟦d:c|Cities are entitled to keep their parks open to everyone. Today the court tells them they may not,⟧'' he wrote.
Brantwood Mayor Colette Fournier said the city was ``⟦p:d|reviewing the decision carefully⟧'' and would continue to offer shelter beds to anyone who wanted one.
Advocates for homeless people celebrated on the courthouse steps. ``⟦d:e|This is the first time in four years anyone in power has treated us like people,⟧'' said Darnell Briggs, 44, who has lived in Lakeside Park since 2020.

### 048
@a Abdirahman Yusuf | -
@b Helen Odukoya | Employment Judge
@c - | a spokesperson
@d Marta Kowalski | general secretary of the Independent Couriers' Union
Couriers for the delivery firm ZipRoute are workers entitled to holiday pay and the minimum wage, an employment tribunal has ruled, in a decision that could affect more than 12,000 riders.
The claim was brought by 41 couriers, led by Abdirahman Yusuf, who has delivered parcels in Ellesmere Park for the company since 2018.
“⟦d:a|The app tells me where to go, when to go and how long I've got. If I say no too many times, the app stops giving me work. Tell me how I'm self-employed,⟧” Mr Yusuf said after the ruling.
Employment Judge Helen Odukoya found that ZipRoute's contracts, which describe riders as “⟦s:-|independent delivery partners⟧”, did not reflect “⟦p:b|the reality of the relationship⟧”.
“⟦d:b|The riders cannot negotiate their rates, cannot meaningfully choose their work and are subject to a rating system that operates, in practice, as discipline,⟧” she wrote.
ZipRoute said it would appeal. “⟦d:c|The overwhelming majority of our partners tell us they value the flexibility of working with us, and this ruling puts that flexibility at risk,⟧” a spokesperson said.
Marta Kowalski, general secretary of the Independent Couriers' Union, called it “⟦p:d|a landmark day⟧”. “⟦d:d|Twelve thousand people just got a pay rise, and ZipRoute can't switch it off with a software update,⟧” she said.

### 049
@a Leah Rosenfeld | Judge
@b Keisha Morgan | his partner
@c Tianna | the couple's eldest daughter
@d Marlon Brathwaite | -
A father of three who faced deportation to the island where he was born but left at the age of four has won his appeal after a judge ruled that removing him would be "⟦p:a|unduly harsh⟧" on his children.
Marlon Brathwaite, 38, of Fenbury, was served with a deportation order after being jailed for 14 months in 2020 for possession of cannabis with intent to supply.
At a hearing in Fenbury, his partner, Keisha Morgan, told the immigration tribunal the children had been "⟦p:b|falling apart⟧" since he was detained.
"⟦d:b|Our youngest won't sleep in her own bed any more. She wants to sleep where Daddy sleeps,⟧" she said. "⟦d:b|He made a mistake and he did his time. He has never been in trouble since.⟧"
The tribunal also read a letter from the couple's eldest daughter, Tianna, 12, which said: "⟦d:c|Please don't send my dad away. I don't know anyone there and neither does he.⟧"
Judge Leah Rosenfeld said the offence was serious but found that Mr Brathwaite had "⟦p:a|no meaningful connection⟧" to the country of his birth.
"⟦d:a|The children would lose, in practical terms, their father altogether. That is a harshness going well beyond what is ordinarily involved in the deportation of a parent,⟧" she said in her decision.
Mr Brathwaite said: "⟦d:d|I just want to take my kids to school on Monday. That's all I've been thinking about.⟧"

### 050
@a Gail Haverstock | Postwoman
@b Simone Lacroix | Recorder
@c Tony Mbeki-Walsh | a union representative for postal workers in the area
A dog owner whose two American bulldog crosses mauled a postwoman on his front path has been given a suspended prison sentence and banned from keeping dogs for ten years.
Dale Rudge, 44, admitted being the owner of dogs dangerously out of control causing injury at Ashwick Crown Court.
Postwoman Gail Haverstock, 56, needed surgery on her arm and leg after the attack in Cobden Street, Ashwick, last July.
In a statement read to the court, she said: “⟦d:a|I had delivered to that house for nine years. I had never seen the dogs out. I heard the gate click behind me and then they were on me.⟧”
“⟦d:a|I still do the round, but I carry a bag of treats and a stick, and I'm shaking by the time I get to the end of the road.⟧”
Recorder Simone Lacroix told Rudge that the latch on his gate had been broken “⟦p:b|for months⟧” before the attack.
“⟦d:b|You knew these dogs were powerful and you knew the gate did not shut. Mrs Haverstock has paid the price for your carelessness,⟧” she said.
Speaking after the hearing, Tony Mbeki-Walsh, a union representative for postal workers in the area, said: “⟦d:c|We have members bitten every week. Owners need to understand that a broken gate is not a small thing.⟧”

### 051
@a Amira Haddad-Stone | Bride
@b Becky Lomax | Another victim
@c Paul Everington | Judge
A FAKE wedding planner who pocketed £186,000 from 23 couples — then vanished days before their big days — has been jailed.
Tiffani Rowe-Gatland, 34, promised brides "⟦s:-|the wedding of your dreams⟧" on her glossy website, Forever After Events.
Bride Amira Haddad-Stone, 29, found out the venue had never been booked when she rang to check the seating plan a week before her wedding.
"⟦d:a|The woman on the phone said, 'There's no booking under that name, love.' I just sat down on the kitchen floor,⟧" she told the Herald.
"⟦d:a|We had 140 guests coming from three countries. My dad had paid for most of it out of his pension.⟧"
Another victim, Becky Lomax, 31, said: "⟦d:b|She sent me a voice note the night before she disappeared saying, 'Don't worry babe, it's all in hand.' I've still got it. I can't bring myself to delete it.⟧"
Jailing Rowe-Gatland for five years at Tarrington Crown Court, Judge Paul Everington said: "⟦d:c|You did not just take money. You took days that these couples had waited for, planned for and can never have again.⟧"
Rowe-Gatland, who admitted 23 counts of fraud, wept in the dock.

### 052
@a Leticia Moreno-Abad | -
@b Howard Ellison | a retired Crown Court judge who sat in dozens of her trials
@c Oksana Hrytsenko | Its chair
In twenty-two years of interpreting in criminal courts, Leticia Moreno-Abad has heard the word “⟦s:-|guilty⟧” more times than she can count, in two languages, usually in her own voice.
She has interpreted for murderers and for their victims' mothers, sometimes on the same afternoon.
“⟦d:a:m|People imagine it's about vocabulary. It isn't, really. Vocabulary you can look up. It's about keeping your own face still while someone says the worst thing that has ever happened to them, in the first person, through your mouth.⟧
“⟦d:a:m|When I interpret, I say ‘I’. ‘I saw him fall.’ ‘I picked up the knife.’ That's the rule. You are not allowed to say ‘he says’. So for a few minutes, I am him.⟧
“⟦d:a|Then I go home and make dinner.⟧”
Moreno-Abad, 54, grew up in a fishing town on the Atlantic coast and moved here at 19 to study languages.
Howard Ellison, a retired Crown Court judge who sat in dozens of her trials, describes her as “⟦p:b|the calmest person in any courtroom I ever sat in, including me⟧”.
“⟦d:b|You forget she's there, which is the highest compliment you can pay an interpreter,⟧” he said. “⟦d:b|Then a witness breaks down, and you notice she has quietly passed them a tissue without missing a word.⟧”
Rates for court interpreters have fallen by a third in real terms since 2012, according to the Professional Interpreters' Guild. Its chair, Oksana Hrytsenko, calls the system “⟦p:c|held together by goodwill and nothing else⟧”.
“⟦d:a|I still love it,⟧” Moreno-Abad said. “⟦d:a|I just don't know who will do it after us.⟧”

### 053
@a - | the foreman of the jury
@b Lorraine Whitcombe | -
@c Ahmed Siddiqui | -
@d Kevin Oduya | regional secretary of the Unity Works union
@e Halden Chemicals | -
Halden Chemicals has been found guilty of corporate manslaughter over an explosion at its Marston Quay plant that killed four workers in 2021.
When the foreman of the jury at Stanmoor Crown Court said “⟦d:a|Guilty⟧” after just over five hours of deliberation, several relatives in the public gallery wept.
Outside court, Lorraine Whitcombe, whose husband Steve was among those killed, held up his photograph.
“⟦d:b|Steve told me that plant was going to kill someone. He told his managers. He told them in writing,⟧” she said. “⟦d:b|Today twelve strangers agreed with him. It's three years too late for him, but they agreed with him.⟧”
Ahmed Siddiqui, whose younger brother Bilal, 23, also died, said he hoped the verdict would be “⟦p:c|heard in every boardroom in the country⟧”.
“⟦d:c|My brother had been there seven months. It was his first proper job. He was proud of that badge,⟧” he said.
Kevin Oduya, regional secretary of the Unity Works union, said: “⟦d:d|A company is not an abstract thing. It is people making decisions, and the people who made these decisions should be asking themselves some very hard questions tonight.⟧”
In a statement, Halden Chemicals said: “⟦d:e|Our thoughts remain with the families of our four colleagues. We will consider the verdict carefully with our legal advisers.⟧”
The company will be sentenced on 19 June.

### 054
@a Mireille Asante | The country's former chief medical adviser
@b Hugo Barraclough | counsel to the inquiry
@c - | a senior adviser in the prime minister's office
@d Yolanda Pierce | a co-founder of Carrow Bereaved Families for Justice
The country's former chief medical adviser told the Carrow virus inquiry on Tuesday that she had warned ministers in writing, 11 days before the first lockdown, that delay would cost "⟦p:a|tens of thousands of lives⟧".
Professor Mireille Asante, who held the post from 2016 to 2022, said her advice had been "⟦p:a|received politely and then parked⟧".
"⟦d:a|I don't think anyone in that room wanted people to die. I think they hoped very hard that it wouldn't be as bad as we said, and hope is not a strategy,⟧" she said.
Hugo Barraclough KC, counsel to the inquiry, read out a message sent on 9 March 2020 by a senior adviser in the prime minister's office: "⟦d:c|CMA doom-mongering again. PM not buying it.⟧"
"⟦d:b|Did you know at the time that you were being described in that way?⟧" Mr Barraclough asked.
"⟦d:a|I had my suspicions,⟧" Professor Asante replied, to laughter in the hearing room. "⟦d:a|I'm a scientist. I form hypotheses.⟧"
Outside, Yolanda Pierce, a co-founder of Carrow Bereaved Families for Justice, said the evidence was "⟦p:d|devastating⟧".
"⟦d:d|We lost my father on 2 April. Eleven days. That's all they needed to give us,⟧" she said.

### 055
@a Gerhard Vos | Lorry driver
@b Rhys Morgan-Jones | a forensic collision investigator with Penmorvah Police
@c Lydia Fairbanks | Assistant coroner
@d Tamsin Tregarthen | Jamie's mother
The inquest into the death of a 19-year-old motorcyclist who was killed when a lorry pulled out of a farm track in front of him has heard that the driver's view was blocked by an overgrown hedge.
Jamie Tregarthen, an apprentice electrician, died at the scene on the B4172 near Polgarrow on 8 June last year.
Lorry driver Gerhard Vos, 51, told the hearing in Penmorvah: ``⟦d:a|I looked right, I looked left, I looked right again. I could see perhaps thirty metres. I did not see him until he was there.⟧''
``⟦d:a|I have driven for twenty-six years. I think about that boy every day,⟧'' he said.
Rhys Morgan-Jones, a forensic collision investigator with Penmorvah Police, said the motorcycle had been travelling at between 52 and 58mph on a 60mph road.
``⟦d:b|There is no evidence that Jamie was riding dangerously,⟧'' he said. ``⟦d:b|Had the hedge been cut back to the required height, both vehicles would have been visible to each other for at least four seconds.⟧''
Assistant coroner Lydia Fairbanks recorded a conclusion of road traffic collision and said she would write to the landowner and the highways authority.
``⟦d:c|A hedge seems a small thing. This inquest has shown that it is not always a small thing,⟧'' she said.
In a statement read by the coroner's officer, Jamie's mother, Tamsin Tregarthen, said: ``⟦d:d|Jamie was saving for a house. He had a girlfriend he adored. He had a laugh you could hear from the other end of the village. We would give anything to hear it once more.⟧''

### 056
@a Héctor Arriaga Solís | The former mayor of San Ildefonso
@b Lucía Benavides | Prosecutor
@c Ernesto Villaseñor | Arriaga's lawyer
SAN ILDEFONSO, Costaverde, May 6 (Meridian) — The former mayor of San Ildefonso, Héctor Arriaga Solís, told a court on Monday that he had never received «⟦p:a|ni un solo peso⟧» — «⟦p:a|not a single peso⟧» — from the construction company at the centre of a bribery scandal.
Arriaga, 59, who governed the port city for two terms, is accused of taking 4.2 million pesos in kickbacks for a contract to rebuild the harbour wall.
«⟦d:a|Yo firmé lo que los técnicos me pusieron delante,⟧» he told the three-judge panel. «⟦d:a|I signed what the engineers put in front of me.⟧»
Prosecutors have presented bank records showing deposits into an account held by Arriaga's brother-in-law.
«⟦d:b|Can you tell the court why your brother-in-law, a retired schoolteacher, received eleven payments from Constructora Marítima del Sur?⟧» Prosecutor Lucía Benavides asked, according to a translation provided by the court.
«⟦d:a|You would have to ask him,⟧» Arriaga replied.
Outside the courthouse, a small group of protesters held a banner reading «⟦s:-|Devuelvan lo robado⟧» — “⟦s:-|Give back what was stolen⟧”.
Arriaga's lawyer, Ernesto Villaseñor, told reporters his client was «⟦p:c|the victim of a political vendetta⟧».

### 057
@a Kofi Mensah-Boateng | -
@b Danny Whitlam | a response officer based at Harrowfield
@c Ruth Abara | presenting the case for the Harrowfield Police
@d Simon Greatorex | the legally qualified chair of the panel
A police constable who falsely claimed he had smelled cannabis to justify searching a young black man has been dismissed without notice after a misconduct panel found he had lied.
PC Danny Whitlam, 31, a response officer based at Harrowfield, stopped Kofi Mensah-Boateng, then 19, as he walked home from football training in August 2022.
Body-worn camera footage played at the hearing showed Mr Mensah-Boateng asking: “⟦d:a|What have I done? I'm just walking home, officer.⟧”
PC Whitlam can be heard replying: “⟦d:b|You know exactly what you've done. I can smell it on you.⟧”
No drugs were found, and a forensic test of Mr Mensah-Boateng's clothing was negative.
Ruth Abara, presenting the case for the Harrowfield Police, said the claim was “⟦p:c|a fabrication, pure and simple⟧”, made to justify a search the officer had already decided to carry out.
Simon Greatorex, the legally qualified chair of the panel, said: “⟦d:d|The panel is satisfied that PC Whitlam could not have smelled cannabis, because there was no cannabis to smell. He told a lie, he repeated it in his statement, and he repeated it to this panel.⟧”
Mr Mensah-Boateng, who is now studying sports science, said afterwards: “⟦d:a|I was nineteen and I was scared. I'm glad someone believed me, but I still cross the road when I see a police car.⟧”

### 058
@a Philippa Dawes | a school administrator from Linford
@b Kovalenko | -
@c Harriet Mayhew | Solicitor General
A juror who searched online for a defendant's previous convictions and shared what she found with fellow jurors has been jailed for four months for contempt of court.
Philippa Dawes, 52, a school administrator from Linford, was sitting on the jury in a fraud trial at Chelmbury Crown Court last year when she looked up one of the defendants on her phone during a lunch break.
She told two other jurors that the man had "⟦p:a|done this before⟧", according to evidence before the High Court. The trial was abandoned the following day.
"⟦d:b|Jury trial depends on twelve people deciding a case on the evidence they hear in court and on nothing else,⟧" Mr Justice Kovalenko said. "⟦d:b|Mrs Dawes knew that. She was told it repeatedly. She chose to ignore it.⟧"
Dawes, who admitted contempt, told the court in a written statement that she had been "⟦p:a|trying to be thorough⟧".
"⟦d:a|I understand now that what I did was wrong and that it has cost other people a great deal. I am truly sorry,⟧" she wrote.
Solicitor General Harriet Mayhew, who brought the proceedings, said afterwards: "⟦d:c|The rules are clear and they exist for good reason. Jurors who break them will be held to account.⟧"

### 059
@a Catherine Mwangi | Judge
@b - | One of the men
@c Aisha Latif | Detective Constable
A former choirmaster who sexually abused five boys in his care during the 1980s has been jailed for 14 years.
Reginald Ashworth-Pryce, 79, was convicted in March of 19 offences committed while he ran the choir at St Aldric's Church in Westover between 1981 and 1989.
Sentencing him at Westover Crown Court, Judge Catherine Mwangi said: ``⟦d:a:m|You used music, which should have been a source of joy to these boys, as a means of getting them alone. You used their parents' trust in you, and the church's trust in you, to do it.⟧
``⟦d:a|For almost forty years you said nothing, while they carried what you did to them into every part of their lives. Your age does not entitle you to a leniency you never showed them.⟧''
One of the men, now 52, read his victim statement to the court himself. ``⟦d:b|I was eleven. I am fifty-two. There is not a day in between that he did not take something from,⟧'' he said.
``⟦d:b|I came here to look at him. I have looked at him. Now I am going to go home and try to live.⟧''
Detective Constable Aisha Latif, who led the investigation, said: ``⟦d:c|These men were not believed when they were children. It has been a privilege to finally believe them.⟧''
Ashworth-Pryce showed no reaction as he was taken down.

### 060
@a Marcus Lovell-Hayes | Television presenter
@b Catriona Moffat | for the newspaper
@c - | a 22-year-old researcher
Television presenter Marcus Lovell-Hayes told the High Court on Wednesday that claims he reduced junior staff to tears were "⟦p:a|a hatchet job dressed up as journalism⟧".
Lovell-Hayes, 47, the former host of Channel 8's Morning Edition, is suing the publisher of the Sunday Courier over a 2022 article headlined "⟦s:-|The Tyrant of the Green Room⟧".
Cross-examined by Catriona Moffat KC, for the newspaper, he denied screaming at a 22-year-old researcher during a live broadcast.
"⟦d:a|I have raised my voice in my life. Everyone has. I have never screamed at a junior member of staff, and I have certainly never thrown anything,⟧" he said.
"⟦d:b|Not even a clipboard?⟧" Ms Moffat asked.
"⟦d:a|Not even a clipboard.⟧"
Ms Moffat then read from a message the researcher sent to a colleague that morning: "⟦d:c|He's just lobbed his clipboard at the wall. I'm shaking. Going to sit in the car.⟧"
"⟦d:b|Do you accept that is what happened?⟧" she asked.
"⟦d:a|I accept that is what she wrote. I don't accept that it's what happened,⟧" Lovell-Hayes replied.
The trial, before Mrs Justice Penrose, is expected to last two weeks.

### 061
@a Edward Nankivell | assistant coroner
@b Bryony Hale | His crewmate
@c Coastal Lifeboat Trust | -
@d - | A family friend who attended the hearing with Mr Tanaka-Rowe's wife
A volunteer lifeboat crew member who drowned during a rescue off Porthwennack was “⟦p:a|a man who ran towards danger so that others would not have to⟧”, a coroner has said.
Kenji Tanaka-Rowe, 37, a carpenter and father of one, was thrown into the sea when the station's inshore lifeboat capsized in a heavy swell on 2 January while going to the aid of two kayakers.
His crewmate Bryony Hale, who was helming the boat, told the inquest she saw the wave “⟦p:b|at the last second⟧”.
“⟦d:b|It was bigger than anything we'd had all day. It stood up behind us like a wall. I remember shouting, and then I was under the boat,⟧” she said.
Ms Hale and a third crew member were pulled from the water by the all-weather lifeboat. Mr Tanaka-Rowe was found 40 minutes later.
The Coastal Lifeboat Trust said it had reviewed its launch procedures for the station. “⟦d:c|Kenji embodied everything that is best about our volunteers,⟧” it said in a statement.
Recording a conclusion of accident, assistant coroner Edward Nankivell said: “⟦d:a|The two kayakers are alive today. That is Kenji's legacy, and it is a remarkable one.⟧”
A family friend who attended the hearing with Mr Tanaka-Rowe's wife said: “⟦d:d|She wanted to hear it all, every word. She's stronger than any of us.⟧”

### 062
@a Brandon Skeet | -
@b Victoria Amankwah | Judge
@c Femi Adewale | Warehouse worker
@d Ruth | His wife
A THUG who kicked a man unconscious outside a kebab shop screamed “⟦d:a|This is a joke!⟧” as he was jailed for six years.
Brandon Skeet, 25, hurled abuse at Judge Victoria Amankwah and had to be restrained by three security officers at Dunmore Crown Court.
The judge, who had described the attack as “⟦p:b|sustained and merciless⟧”, calmly told him: “⟦d:b|Sit down, Mr Skeet. Shouting at me will not change a single day of your sentence.⟧”
Warehouse worker Femi Adewale, 33, spent nine days in an induced coma after the attack in Dunmore High Street last August.
In a statement, Mr Adewale said: “⟦d:c|I don't remember the attack. My wife remembers it for me, because she was there. She sees it every night.⟧”
His wife, Ruth, who watched from the public gallery, said afterwards: “⟦d:d|He got what he deserved. Femi didn't deserve any of it.⟧”
Skeet was heard shouting “⟦d:a|You lot are all the same⟧” as he was taken down to the cells.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh119.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh119",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
