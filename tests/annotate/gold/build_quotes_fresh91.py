# ruff: noqa: E501
"""Build ``quotes_fresh91.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and bereaved families whose statements are read to court, inquests,
public inquiry hearings questioned by counsel to the inquiry, appeals, employment and
immigration tribunals, disciplinary panels and courts martial, written as wire copy,
broadsheet and local-paper court reports, tabloid court copy, magazine long-reads and
broadcaster web copy from several jurisdictions.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh91-NNN``.

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

* Court and tribunal titles standing before the name (``Judge``, ``Justice`` as used
  in India or the United States, ``District Judge``, ``Recorder``, ``Employment
  Judge``, ``Sheriff``, ``senior coroner``, ``Magistrate``) and police and military
  ranks (``Detective Chief Inspector``, ``Officer``, ``Sergeant``) are the description
  when the passage gives no appositive, as are role phrases such as ``Prosecutor``,
  ``defence barrister`` or ``counsel to the inquiry`` before the name. The forms ``Mr
  Justice``, ``Mrs Justice``, ``Lord Justice``, ``Lady Justice`` and ``Her Honour
  Judge`` mix an honorific with the title and are treated like honorifics (as are
  ``Lord`` and ``Lady`` before a Supreme Court justice's name): they are dropped from
  the name and are never the description (such a judge's description comes from an
  appositive or a definite description at a cue, ``the judge``).
* A participle or prepositional tag after a barrister's name (``prosecuting``,
  ``defending``, ``for Pryce``, ``mitigating``) is not a description; a noun phrase in
  apposition (``counsel for the family``) is.
* An age or an address after a name (``, 34, of Mill Lane,``) is not a description;
  an age used as a definite description at a cue (``the 34-year-old said``) is.
* Where a speaker has no appositive, the first definite description the passage uses
  for them (in the lede, the next sentence or at a cue: ``the defendant``, ``the
  former chief executive of …``) is the description. An appositive given at a later
  mention of the name still takes precedence over definite descriptions at cues.
  A title before the name combined with an appositive after it: the appositive is the
  description.
* A statement read to the court or to reporters by someone else (a victim personal
  statement read by the prosecutor, a statement read by a solicitor on a client's
  behalf) belongs to its author, not to the reader. Messages, letters, notes and
  police interview answers read to the jury belong to whoever wrote or said them.
* Words that a witness or lawyer reports someone else said, when the reporter sets them
  in double marks in the narrative (``She said he told her: "Get out."``), belong to
  the person who originally said them; inside a witness's own quoted evidence they are
  single-marked and part of the witness's span.
* A barrister's questions in cross-examination are that barrister's speech; a
  judge's interventions are the judge's. Answers given as quote-only paragraphs
  belong to the witness being questioned.
* A verdict announced by an unnamed foreman or foreperson is direct speech by that
  description; shouts from a public gallery or the dock are direct speech by whoever
  the passage says shouted (null speaker with a description such as ``a woman in the
  public gallery``), or by nobody identified.
* Fragments quoted from a report, judgment, charge or document whose author is not
  identified are ``partial`` with a null speaker and the document as described in
  the passage (``a 2019 engineers' report``) as description. Legal terms, offence
  names, operation names and nicknames in quotation marks are ``scare``.
* A defendant or witness who cannot be named for legal reasons has a null speaker and
  the description the passage gives (``the 16-year-old``).
* Initials or ciphers that stand in for a name (``K.M.``, ``Midwife A``) are the
  speaker's name.
* A role or relational phrase set before the name with a comma (``The lorry driver,
  Wayne Colclough``; ``His counsel, Barrister Tunde Alabi-Cole``) is the description,
  in preference to a title standing directly before the name.
* An unnamed speaker introduced by a noun phrase with an appositive (``One juror, a
  retired schoolteacher who asked not to be named``) takes the appositive as the
  description, as a named speaker would.
* A finding or ruling attributed to a body as the grammatical subject (``An inquest
  jury has found``, ``the Court of Appeal ruled``, ``The Kesarinagar High Court …
  saying``) belongs to that body; words read out by its foreperson or written by a
  named judge belong to that person.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh91.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh91.jsonl")

PASSAGES = """
### 001
@a Gwendolyn Achterberg | -
@b Desmond Aldous Pryce | a self-employed courier from Ashworth Road
@c Tobias Ng | -
@d Ravindran | the judge
CALDERBRIDGE, England, March 4 (Wirenews) - A delivery driver stabbed his former business partner 14 times during a row over a van worth less than 3,000 pounds and then drove to a supermarket to buy cigarettes, a jury at Calderbridge Crown Court heard on Tuesday.
Desmond Aldous Pryce, 46, a self-employed courier from Ashworth Road, denies murdering Kieran Mallory, 44, at a lock-up garage in the Northgate area of the city last August.
Opening the prosecution case, Gwendolyn Achterberg KC told jurors the two men had "⟦p:a|fallen out badly and publicly⟧" in the weeks before the killing.
"⟦d:a|This was not a fight that got out of hand,⟧" she said. "⟦d:a|The prosecution case is that Mr Pryce went to that garage with a knife in his jacket and a plan in his head.⟧"
Achterberg said CCTV footage showed Pryce buying cigarettes and a bottle of lemonade 20 minutes after the attack, "⟦p:a|calm, unhurried and, you may think, entirely unbothered⟧".
Police later recovered a message Pryce had sent to a friend that evening. It read: "⟦d:b|Sorted. Dont ring me.⟧"
Tobias Ng KC, for Pryce, said his client accepted being at the garage but "⟦p:c|did not go there to hurt anyone⟧".
"⟦d:c|You will hear that Mr Pryce was himself injured that night,⟧" Ng said. "⟦d:c|There are two sides to what happened in that garage, and so far you have heard one.⟧"
Mr Justice Ravindran warned jurors not to look at coverage of the case online. "⟦d:d|What matters is the evidence you hear in this room, and nothing else,⟧" the judge said.
The trial is expected to last three weeks.

### 002
@a Callum Fairweather | the 29-year-old
@b Sunita Bhatt | -
@c Gareth Ellery | His solicitor
@d Patricia Onslow | Chair of the bench
A Pellworth man who was almost four times the legal alcohol limit when he ploughed into a bus shelter has told magistrates he has “⟦p:a|no memory at all⟧” of getting behind the wheel.
Callum Fairweather, 29, of Rookery Close, pleaded guilty at Pellworth Magistrates’ Court to drink-driving and failing to stop after the collision on Harbour Street in the early hours of January 12.
Prosecuting, Sunita Bhatt said a taxi driver had watched the silver hatchback mount the kerb and demolish the shelter’s glass panels before reversing and driving off.
“⟦d:b|By pure chance the shelter was empty. Twenty minutes earlier there would have been people waiting for the night bus,⟧” Ms Bhatt said.
Police found the car abandoned two streets away with the engine still warm. Fairweather was arrested at his home an hour later and gave a breath reading of 131 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.
His solicitor, Gareth Ellery, said his client had been drinking after hearing that his father had been diagnosed with cancer.
“⟦d:c|That is an explanation, not an excuse, and he would be the first to say so,⟧” Mr Ellery said. “⟦d:c|He has not touched a drink since that night and he has already paid for the shelter to be repaired.⟧”
Asked by the bench whether he had anything to add, the 29-year-old said quietly: “⟦d:a|I’m ashamed. I could have killed someone.⟧”
Chair of the bench Patricia Onslow told him: “⟦d:d|You are right, you could have. You are fortunate to be standing here facing a fine and a ban and not something far more serious.⟧”
Fairweather was banned from driving for 30 months, fined £1,150 and ordered to pay £85 costs and a £460 victim surcharge.

### 003
@a Rafe Delacourt-Haynes | the 52-year-old
@b Eileen Stobart | a retired school cook
@c Harriet Vance | Prosecutor
@d Piers Oyelaran | defence barrister
A SMOOTH-talking conman fleeced a lonely widow out of £84,000 after promising her they would start "⟦p:a|a new life in the sun⟧" together, a court heard.
Rafe Delacourt-Haynes, 52, posed as an airline pilot on a dating website and bombarded a widow he met online with love letters, flowers and late-night phone calls, jurors were told.
Eileen Stobart, a retired school cook, sobbed as she told Lowfield Crown Court how she had handed over her life savings in just seven months.
"⟦d:b|He told me I was the most beautiful woman he had ever met. I believed every word,⟧" the 68-year-old said.
"⟦d:b|He had photos of himself in the uniform, standing next to a plane. Why would I think he was lying?⟧"
Prosecutor Harriet Vance said Delacourt-Haynes had used at least four false names, including "⟦s:-|Captain Rafe⟧" and "⟦s:-|Richard Haynes-Lyle⟧".
She read out a message sent by the 52-year-old last March: "⟦d:a|Babe the bank have frozen my account AGAIN. Can u help me out just this once? Ill pay u back Friday x⟧"
"⟦d:c|Every single one of these requests was a lie,⟧" Ms Vance told the jury. "⟦d:c|There was no frozen account. There was no pilot. There was only a man who had found a vulnerable woman and was bleeding her dry.⟧"
Under cross-examination, defence barrister Piers Oyelaran suggested the money had been a gift.
"⟦d:d|You gave him that money freely, didn't you?⟧" he asked.
"⟦d:b|I gave it to a man who didn't exist,⟧" Ms Stobart shot back.
"⟦d:d|But you wanted to give it?⟧"
"⟦d:b|I wanted to help the man I loved. That isn't the same thing.⟧"
Delacourt-Haynes, of no fixed address, denies five counts of fraud by false representation. The trial continues.

### 004
@a Alun Prydderch | senior coroner
@b Wayne Colclough | The lorry driver
@e Lorraine Ebdon | Harrowmere Council’s head of highways
@c Chinedu Achebe | Her husband
@d Harrowmere Council | the council
A coroner has called for urgent changes to a notorious junction in Harrowmere after a junior doctor was crushed by a turning lorry as she cycled to work.
Dr Imogen Achebe, 31, died at the scene at the Tanners Cross junction on 9 October last year.
Recording a conclusion of accidental death at Harrowmere Coroner’s Court on Thursday, senior coroner Alun Prydderch said the layout of the junction had been “⟦p:a|an accident waiting to happen for years⟧”.
“⟦d:a|I have heard evidence that there were at least six collisions involving cyclists at this junction in the three years before Dr Achebe’s death,⟧” he said. “⟦d:a|Nobody joined those dots. I intend to make sure somebody does.⟧”
The lorry driver, Wayne Colclough, told the inquest he had checked his mirrors before turning left but “⟦p:b|never saw her⟧”.
“⟦d:b|I think about it every single day. I have grandchildren her age, near enough,⟧” Mr Colclough said, his voice breaking. “⟦d:b|I am so sorry.⟧”
Harrowmere Council’s head of highways, Lorraine Ebdon, said a redesign had been approved in principle in 2021 but had been held up by funding.
“⟦d:e|With hindsight, it should have been prioritised. I accept that,⟧” she said.
Her husband, Chinedu Achebe, said outside court that his wife had “⟦p:c|given everything to her patients⟧”.
“⟦d:c|Imogen should have come home that evening. She did everything right: the lights, the helmet, the bright jacket. The road let her down,⟧” he said.
In a statement, the council said it would “⟦p:d|carefully consider⟧” the coroner’s report and that work on the junction would begin “⟦p:d|as soon as practicable⟧”.

### 005
@v Geraint Voss | The former chief executive of Lanmoor Water
@r - | a 2019 engineers' report
@a Oluwaseun Adebayo-Hart | counsel to the inquiry
@g - | a woman in the public gallery
@f Malcolm Ferrier | The inquiry chairman
The former chief executive of Lanmoor Water admitted on Wednesday that he had never read a 2019 engineers' report warning that the Corrie Beck dam was "⟦p:r|at material risk of failure⟧", the public inquiry into the disaster heard.
Geraint Voss, who led the company from 2016 until his resignation last year, was questioned for more than four hours by counsel to the inquiry, Oluwaseun Adebayo-Hart KC.
"⟦d:a|Did anybody on the board read it?⟧" Ms Adebayo-Hart asked.
"⟦d:v|I can't speak for every board member. I didn't. I regret that,⟧" Mr Voss replied.
"⟦d:a|It was addressed to you.⟧"
"⟦d:v|It was addressed to my office. That's not quite the same thing.⟧"
"⟦d:g|It's exactly the same thing!⟧" a woman in the public gallery called out.
The inquiry chairman, Sir Malcolm Ferrier, asked for quiet. "⟦d:f|I understand the strength of feeling in this room, but I must ask that the witness be allowed to answer,⟧" he said.
Ms Adebayo-Hart then showed Mr Voss an email he wrote in February 2020 in which he described spending on the dam's spillway as "⟦p:v|a nice-to-have, not a need-to-have⟧".
"⟦d:a|Do you stand by that phrase?⟧" she asked.
"⟦d:v|No. It was careless, it was written late at night, and I would give anything to take it back.⟧"
Seventeen people died when the dam gave way above the village of Corrie Bridge in November 2022. The inquiry continues.

### 006
@b Mark Tennyson-Bligh | her commercial director
@a Shabnam Qureshi | -
@c Gillian Prothero | Employment Judge
@d - | A spokeswoman for Velloway
A senior fashion buyer whose boss suggested that new mothers “⟦p:b|lose their edge⟧” has won her claim for sex discrimination against one of the region’s biggest retailers.
Shabnam Qureshi, 36, worked for Velloway for nine years and was its head of womenswear buying when she went on maternity leave in 2022, an employment tribunal in Kestleford heard.
On her return, she said, her commercial director, Mark Tennyson-Bligh, had moved her largest accounts to a male colleague and told her in a meeting: “⟦d:b|Be honest, your head’s not really in it any more, is it?⟧”
Mr Tennyson-Bligh denied making the remark. Giving evidence, he told the tribunal: “⟦d:b|I have never said anything like that to anyone. The accounts were moved for commercial reasons and she was told that at the time.⟧”
But Employment Judge Gillian Prothero found his account “⟦p:c|inconsistent, and in places implausible⟧”.
In the tribunal’s written judgment, she said: “⟦d:c|We found Ms Qureshi to be a careful and credible witness whose contemporaneous notes were detailed and consistent. We did not find the same of Mr Tennyson-Bligh.⟧”
“⟦d:c|We are satisfied that the reallocation of the claimant’s accounts was because of, or at the very least materially influenced by, her having taken maternity leave.⟧”
Speaking after the hearing, Ms Qureshi said: “⟦d:a|I loved my job. I didn’t bring this claim for the money. I brought it because I didn’t want the next woman coming back from maternity leave to walk into the same thing.⟧”
A spokeswoman for Velloway said: “⟦d:d|We are disappointed by the tribunal’s decision and are considering it carefully. We are committed to supporting all of our colleagues, including those returning from family leave.⟧”
A hearing to decide compensation will take place in the summer.

### 007
@x Asylum Appeals Chamber | -
@a Henrike Solvang | The presiding judge
@b K.M. | a former wedding musician
@c Ruben Castellanos | Counsel for the Vellmark Migration Agency
@d Maëlle Oduya-Brandt | His lawyer
@e Vellmark Migration Agency | The agency
VELLMARK CITY — The Asylum Appeals Chamber on Friday overturned a decision to deport a 27-year-old Syrian man, ruling that officials had «⟦p:x|failed entirely⟧» to weigh evidence that he would be arrested on his return.
The presiding judge, Henrike Solvang, said in a written ruling that the Vellmark Migration Agency had treated the man's account of his detention «⟦p:a|with a scepticism that the evidence did not justify⟧».
«⟦d:a|The appellant's account has been consistent in every material respect across four interviews held over two years,⟧» Solvang wrote. «⟦d:a|Minor discrepancies in dates, given through three different interpreters, do not make a witness untruthful.⟧»
The appellant, K.M., a former wedding musician, told the chamber at a hearing in March, speaking through an interpreter, that he had been held for 41 days in a basement cell.
«⟦d:b|They asked me the same questions every night. Who did you play for? Who paid you? I played at weddings. I played for whoever paid,⟧» he said.
«⟦d:b|When they let me go, they told me they would see me again. I believed them.⟧»
Counsel for the Vellmark Migration Agency, Ruben Castellanos, had argued that the account had been «⟦p:c|embellished over time⟧» and that K.M. had travelled freely within the country after his release.
«⟦d:c|A man who genuinely fears the authorities does not renew his identity card at a government office,⟧» Castellanos told the chamber.
His lawyer, Maëlle Oduya-Brandt, said after the ruling that her client had cried when she telephoned him. «⟦d:d|He has been living in a reception centre for three years, waiting for someone to read his file properly. Today someone did,⟧» she said.
The agency said in a brief statement that it «⟦p:e|takes note of the chamber's ruling⟧» and would re-examine the case.

### 008
@j Ifeoma Harcourt | Judge
@l Lewis Braddock | a trainee electrician from Fenwick Vale
@k Daniel Mackey | prosecutor
@m Joanne Price | Samuel’s mother
@r Anjali Ruparelia | -
@g - | a man in the public gallery
A 22-year-old man who killed a stranger with a single punch outside a Sallowby nightclub has been jailed for four years and eight months.
Lewis Braddock, a trainee electrician from Fenwick Vale, admitted the manslaughter of Samuel Price, 26, who hit his head on the pavement outside the Lantern Rooms on Castle Street in the early hours of 3 June.
Judge Ifeoma Harcourt told Sallowby Crown Court the case was “⟦p:j|a tragedy for two families⟧”, but one that Braddock alone had caused.
“⟦d:j:m|You had drunk a great deal. You were angry about something that had happened inside the club that had nothing whatever to do with Samuel Price. He was walking to get a taxi. He said something to you, which nobody now remembers, and you punched him once, hard, to the side of the head.⟧
“⟦d:j:m|He was unconscious before he hit the ground. He never woke up.⟧
“⟦d:j|I accept that you did not intend to kill him, and I accept that your remorse is genuine. But people who throw punches in the street must understand that this is what a single punch can do.⟧”
CCTV played to the court showed Braddock walking away as friends of Mr Price knelt beside him.
“⟦d:k|He did not stop, he did not check, he did not call for help,⟧” said prosecutor Daniel Mackey.
In a victim personal statement read to the court by Mr Mackey, Samuel’s mother, Joanne Price, described her son as “⟦p:m|the funny one, the one who held us all together⟧”.
“⟦d:m|I still set the table for four. I still listen for his key in the door. I don’t know how to be a mother to a grave,⟧” she said.
Mitigating, Anjali Ruparelia said her client had written a letter to the Price family.
“⟦d:r|He knows that nothing he writes can make this better. He wrote it anyway, because it was the least he owed them,⟧” Ms Ruparelia said.
As he was led from the dock, Braddock turned towards the public gallery. “⟦d:l|I’m sorry,⟧” he said.
“⟦d:g|Sorry doesn’t bring him back,⟧” a man in the public gallery shouted in reply.

### 009
@c Court of Appeal | -
@a Amersham | the vice-president of the criminal division
@w Delroy Whitcombe | -
@v Priya Venkataraman | His solicitor
@h Carol Huxtable | The victim's sister
@s - | a spokesman
@p Public Prosecution Service | -
The Court of Appeal has quashed the murder conviction of a man who spent 19 years in prison for the killing of a pub landlord, ruling that the identification evidence against him was "⟦p:c|fundamentally unreliable⟧".
Delroy Whitcombe, now 58, was convicted in 2005 of murdering Gordon Huxtable at the Wheatsheaf Inn in Meltonbury during a robbery.
Lord Justice Amersham, the vice-president of the criminal division, said fresh material showed that the key identification witness had been shown a single photograph of Mr Whitcombe by a police officer before she picked him out at a parade.
"⟦d:a|That was a grave breach of the rules then in force, and it was not disclosed to the defence,⟧" he said. "⟦d:a|Had the jury known of it, we cannot be sure that they would have convicted.⟧"
"⟦d:a|It follows that the conviction is unsafe and must be quashed.⟧"
Outside court, Mr Whitcombe, wearing a suit he said he had bought the day before, hugged his two daughters.
"⟦d:w|I went in at 39. I'm coming out a grandfather,⟧" he said. "⟦d:w|I don't know whether to laugh or cry, so I'm probably going to do both.⟧"
Asked whether he felt bitter, he paused. "⟦d:w|Ask me in a year.⟧"
His solicitor, Priya Venkataraman, said the case raised "⟦p:v|serious questions⟧" about how many other identifications from the period were sound. "⟦d:v|Delroy has been telling the truth since the night he was arrested. It took the system nearly two decades to listen,⟧" she said.
The victim's sister, Carol Huxtable, said the family were "⟦p:h|devastated⟧". "⟦d:h|We were told for 19 years that we had justice for Gordon. Now we have nothing. Somebody killed my brother, and somebody should answer for it,⟧" she said.
The Public Prosecution Service said it would "⟦p:p|not seek a retrial⟧". A spokesman said: "⟦d:s|We recognise the profound impact of this judgment on Mr Huxtable's family and on Mr Whitcombe.⟧"

### 010
@k Brandon Kessler | Officer
@m Monique Delacroix-Bell | Assistant District Attorney
@t Raymond Tuckerman | Defense attorney
@l Loretta Watts | Watts's mother
HARLAN FALLS, Pa. (Wirenews) — A police officer who shot an unarmed man during a traffic stop testified Thursday that he believed the man was reaching for a gun, but acknowledged under cross-examination that he never saw a weapon.
Officer Brandon Kessler, 34, is charged with voluntary manslaughter in the death of Terrence Watts, 29, who was shot four times on Route 9 last September.
"⟦d:k|His right hand went down between the seat and the console, fast,⟧" Kessler told jurors. "⟦d:k|In my training and experience, that's where people keep guns.⟧"
Assistant District Attorney Monique Delacroix-Bell walked slowly toward the witness stand.
"⟦d:m|Did you see a gun, officer?⟧"
"⟦d:k|No, ma'am.⟧"
"⟦d:m|Did you see anything in his hand at all?⟧"
"⟦d:k|I saw his hand moving. In that moment, that was enough for me.⟧"
"⟦d:m|It was his phone, wasn't it?⟧" she asked.
Kessler looked down at the table. "⟦d:k|I know that now.⟧"
Defense attorney Raymond Tuckerman said outside the courthouse that his client had "⟦p:t|told the truth, start to finish⟧".
"⟦d:t|He had a split second to make a decision that nobody in that jury box will ever have to make,⟧" Tuckerman said.
Watts's mother, Loretta Watts, who has attended every day of the trial, said her son had been reaching for his phone to call her. "⟦d:l|He always called me when he got pulled over. Always. He said, 'Mama, stay on the line,'⟧" she told reporters.
Testimony resumes Monday.
### 011
@m Kylie Mercado | Police prosecutor
@o Hamish O'Rourke | Legal Aid lawyer
@l Deborah Lin | Magistrate
@t - | The 17-year-old
@h - | his mother
@c Vinod Chatterjee | The bottle shop's owner
A teenager accused of driving a stolen four-wheel drive through the front of a Port Aldous bottle shop has been refused bail, with a magistrate telling him she had "⟦p:l|no confidence⟧" he would obey a curfew.
The 17-year-old, who cannot be identified because he is a minor, appeared in the Port Aldous Children's Court on Tuesday charged with aggravated break and enter, driving a stolen vehicle and dangerous driving.
Police prosecutor Sergeant Kylie Mercado told the court the teenager had already been on bail for two unrelated offences on the night of the ram raid.
"⟦d:m|He was on bail, he was on a curfew, and at 3:00am he was behind the wheel of a stolen LandCruiser,⟧" she said.
Legal Aid lawyer Hamish O'Rourke said his client had a place waiting at a residential program in the Tarrawong Valley.
"⟦d:o|This is a young man who has never had a stable bed for more than six months at a time. The program is the first real chance anyone has given him,⟧" Mr O'Rourke said.
Magistrate Deborah Lin said she accepted the program was "⟦p:l|a genuine opportunity⟧", but refused the application.
"⟦d:l|I have no confidence, none, that you would obey a curfew tonight,⟧" she told the boy. "⟦d:l|That is not a judgment about who you are. It's a judgment about what you have done in the last three months.⟧"
"⟦d:l|Do you understand what I've said?⟧"
"⟦d:t|Yeah. Sorry. Yes, your honour.⟧"
Outside court, his mother, who did not want to be named, said: "⟦d:h|Everyone's talking about him like he's a monster. He's a kid. He's my kid.⟧"
The bottle shop's owner, Vinod Chatterjee, said he had lost about $40,000 in stock and repairs.
"⟦d:c|I feel for the mother, I do,⟧" he said. "⟦d:c|But I've got two staff who won't work nights any more.⟧"
The matter returns to court in April.

### 012
@a Meenakshi Iyengar | Justice
@k Kesarinagar High Court | the court
@b Rakesh Malhotra | Additional Advocate General
@c Harpreet Sodhi | Justice
@d Farah Naqvi-Dutt | Senior advocate
@e Shanti Devi | a 62-year-old domestic worker who has lived in the basti for three decades
The Kesarinagar High Court on Monday stayed the demolition of more than 400 homes in the Khajuri Basti settlement, saying the state could not “⟦p:k|bulldoze first and rehabilitate later⟧”.
A division bench of Justice Meenakshi Iyengar and Justice Harpreet Sodhi was hearing a petition filed by residents after municipal officials marked the homes for removal last week.
“⟦d:a|The right to shelter is not a matter of administrative convenience,⟧” Justice Iyengar observed. “⟦d:a|Where will these families sleep tonight? Has anyone in the department asked that question?⟧”
Additional Advocate General Rakesh Malhotra, appearing for the state, told the court the structures stood on land earmarked for a metro depot.
“⟦d:b|The project is of great public importance, my lords. Notices were duly served in March,⟧” he submitted.
“⟦d:c|Served on whom?⟧” Justice Sodhi asked. “⟦d:c|The petitioners say they received nothing until the bulldozers arrived at their doors.⟧”
Senior advocate Farah Naqvi-Dutt, for the residents, said not one family had been offered alternative accommodation.
“⟦d:d|These are not encroachers who arrived yesterday. There are ration cards, electricity bills and school admissions going back 30 years,⟧” she argued.
In its order, the court directed the state to file a rehabilitation plan within four weeks and said no structure was to be touched “⟦p:k|till further orders⟧”.
Outside the court complex, Shanti Devi, a 62-year-old domestic worker who has lived in the basti for three decades, wept with relief. “⟦d:e|Ab hum kahin nahin jaayenge,⟧” she said. (“⟦d:e|Now we are not going anywhere.⟧”)
The matter will next be heard on July 14.

### 013
@f - | the jury foreman
@k Kenneth Aulsebrook | -
@j Colquhoun-Marr | the judge
@p Fenella Ashdown | prosecutor
@y Abdirahman Yusuf | -
@r Gemma Rowntree | Detective Chief Inspector
A landlord has been found guilty of setting fire to his own block of flats in Drayholt, killing two tenants, after a five-week trial.
The jury at Drayholt Crown Court took just under 11 hours to convict Kenneth Aulsebrook, 63, of two counts of murder and one of arson with intent to endanger life.
As the first verdict was read out, the jury foreman said: “⟦d:f|Guilty.⟧”
Aulsebrook, who had denied the charges, shook his head and shouted from the dock: “⟦d:k|You’ve got the wrong man. I loved that building.⟧”
“⟦d:j|Sit down, Mr Aulsebrook,⟧” the judge, Mr Justice Colquhoun-Marr, told him.
During the trial, jurors heard that Aulsebrook was more than £200,000 in debt and had increased the building’s insurance cover six weeks before the fire at Mercer House in February last year.
“⟦d:p|He wanted the tenants out and the money in, and he did not care what happened in between,⟧” prosecutor Fenella Ashdown KC said in her closing speech.
Hodan Yusuf, 58, and Piotr Zieliński, 33, died in the blaze, which started in a ground-floor storeroom.
Abdirahman Yusuf, whose mother Hodan died in the fire, said outside court that the family had waited “⟦p:y|every single day⟧” for the verdict.
“⟦d:y|My mother came to this country with nothing and made a home in that flat. He took it from her for money,⟧” he said. “⟦d:y|Today we can breathe a little.⟧”
Detective Chief Inspector Gemma Rowntree, of Drayholt Police, said: “⟦d:r|This was a cold, calculated crime committed by a man who put his own finances above human life.⟧”
Aulsebrook will be sentenced on Friday.

### 014
@b Beatrix Omondi-Lowe | a former ward sister at St Cuthbert’s Hospital in Ellenport
@t Ellenport Hospitals Trust | the trust
@j Anwar Sheikh | Employment Judge
@c Conall Devaney | Her barrister
@e Rosalind Ekwueme | the trust’s chief nursing officer
Beatrix Omondi-Lowe keeps the letter in a plastic wallet. It is two paragraphs long and it ended a 22-year career. “⟦d:b|I read it on the bus,⟧” she tells me. “⟦d:b|I remember thinking, they’ve spelled my name wrong. That was the first thing I noticed. Isn’t that strange?⟧”
Omondi-Lowe, a former ward sister at St Cuthbert’s Hospital in Ellenport, raised concerns about night staffing on her elderly care ward in the spring of 2021. In one email to managers she described the shifts as “⟦p:b|unsafe, and getting worse by the week⟧”. Four months later she was dismissed by the Ellenport Hospitals Trust for what the trust called “⟦p:t|a breakdown in working relationships⟧”.
Last month an employment tribunal found that she had been unfairly dismissed for making protected disclosures. Employment Judge Anwar Sheikh’s judgment runs to 94 pages, and it is not gentle.
“⟦d:j|The claimant did what every nurse is told to do: she raised her concerns in writing, through the proper channels, and she kept raising them when nothing changed,⟧” he wrote. “⟦d:j|The respondent’s response was to treat her as the problem.⟧”
The hearing itself, held over nine days in a converted office block near the docks, had moments of unexpected drama. Her barrister, Conall Devaney, spent most of an afternoon questioning Rosalind Ekwueme, the trust’s chief nursing officer.
“⟦d:c|Had you read Sister Omondi-Lowe’s email before the decision was taken to start disciplinary proceedings?⟧” he asked.
“⟦d:e|I was aware of it.⟧”
“⟦d:c|That wasn’t my question.⟧”
There was a long pause. “⟦d:e|Yes. I had read it.⟧”
Omondi-Lowe tells me she had to leave the room after that exchange. “⟦d:b|Not because I was upset. Because I wanted to shout, and you can’t shout in a tribunal.⟧”
She talks quickly, with the habit of someone used to handing over a ward in ten minutes.
“⟦d:b:m|People think whistleblowing is one big moment. It isn’t. It’s a thousand small ones. It’s the colleague who stops sitting with you at lunch. It’s the rota that suddenly has you on every bank holiday.⟧
“⟦d:b:m|I kept a diary. My husband said I was becoming obsessed. Maybe I was. But without that diary I would have lost.⟧
“⟦d:b|I didn’t want to be brave. I wanted the ward to have enough nurses.⟧”
“⟦d:-|Would you go back, if they asked?⟧”
She laughs. “⟦d:b|They won’t ask.⟧”
In a statement, the trust said it had “⟦p:t|accepted the tribunal’s findings in full⟧” and had commissioned an independent review of how staff concerns are handled. “⟦d:t|We apologise unreservedly to Ms Omondi-Lowe,⟧” it said.

### 015
@c Latoya Benjamin | Crown counsel
@n Norbert Castellino | Puisne Judge
@l Eustace Labadie | Retired fisherman
@a Clive Ambrose-Thorne | a former investment adviser with the Harbour Capital Group
@o Jerome Okafor | Defence lawyer
PORT HADLEY, St Aubyn, Sept. 12 (Wirenews) -- A former investment adviser who took nearly 2 million dollars from pensioners and church congregations was jailed for nine years on Thursday by a judge who said he had ``⟦p:n|preyed on trust itself⟧''.
Clive Ambrose-Thorne, 57, a former investment adviser with the Harbour Capital Group, pleaded guilty in June to 23 counts of fraud and money laundering involving 61 victims.
Crown counsel Latoya Benjamin told the Supreme Court the money had been spent on a villa, two boats and school fees in Canada. ``⟦d:c|Not one cent was ever invested in anything,⟧'' she said.
Puisne Judge Norbert Castellino said the defendant had exploited his position as a lay preacher to win the confidence of elderly investors.
``⟦d:n|You stood in front of these people on Sunday and took their money on Monday,⟧'' the judge said. ``⟦d:n|Many of them have lost everything they saved over a working lifetime. Some will not live long enough to see a dollar of it returned.⟧''
Retired fisherman Eustace Labadie, 81, who lost 64,000 dollars, told reporters outside the court that he had known Ambrose-Thorne since the defendant was a boy.
``⟦d:l|I taught him to swim off the jetty at Anse Colette,⟧'' Labadie said. ``⟦d:l|Nine years is nothing. I will be dead before he comes out, and my money is dead already.⟧''
Ambrose-Thorne, dressed in a dark suit, addressed the court briefly before sentence. ``⟦d:a|I am ashamed before God and before every one of them,⟧'' he said.
Defence lawyer Jerome Okafor said his client would cooperate with efforts to recover assets. ``⟦d:o|He understands that an apology is not a repayment,⟧'' Okafor said.

### 016
@c Rhiannon Tudor-Evans | Assistant coroner
@j Jordan Mbeki-Shaw | His friend
@f Cormac Flynn | the council's beach safety manager
@a Ade Okonkwo | his father
A teenager who drowned off Pennock Sands had been swimming at a part of the beach where red flags were routinely "⟦p:c|ignored or not seen⟧", a coroner has said.
Tobi Okonkwo, 16, got into difficulty about 60 metres from the shore on the evening of 22 July and was pulled from the water by a surfer. He was pronounced dead at Trelissick General Hospital.
His friend Jordan Mbeki-Shaw, who went into the sea with him, told the inquest at Trelissick Town Hall that the water had seemed calm.
"⟦d:j|It was flat, basically. We'd been in loads of times. Then I looked round and he was way further out than me,⟧" the 17-year-old said.
Assistant coroner Rhiannon Tudor-Evans asked him gently: "⟦d:c|Do you remember seeing any flags on the beach that evening?⟧"
"⟦d:j|No. I don't remember any flags. I'm not saying there weren't any.⟧"
Cormac Flynn, the council's beach safety manager, said lifeguard cover at Pennock Sands ended at 6pm and Tobi entered the water at about 7.15pm.
He said a sign at the top of the slipway, which reads "⟦s:-|Dangerous currents. No lifeguard after 6pm⟧", had been in place since 2019.
"⟦d:f|We know from our own surveys that people walk straight past it. That's not unique to Pennock, it's a national problem,⟧" he said.
Recording a conclusion of misadventure, the coroner said she would write to the council about extending lifeguard hours in the summer holidays.
"⟦d:c|A sign at the top of a slipway is not, on its own, enough on a beach this popular,⟧" she said.
In a statement read by the coroner's officer, his father, Ade Okonkwo, said: "⟦d:a|Tobi was a gentle boy with a loud laugh. He wanted to be a paramedic. We ask every parent to talk to their children about the sea.⟧"

### 017
@s Morag Cadzow | Sheriff
@l Euan Lockhart | procurator fiscal depute
@m Iain Macphail | the company’s marine superintendent
@w Catriona Beaton | His widow
@f Western Sound Ferries | -
A sheriff has ruled that the death of a ferry worker who fell from a collapsing gangway at Kilbrannock pier “⟦p:s|might realistically have been avoided⟧” if a corroded hinge had been replaced when it was first reported.
Donald Beaton, 49, a deckhand with Western Sound Ferries, died in March 2022 when the passenger gangway gave way beneath him as he was securing it.
In her determination following a fatal accident inquiry at Dunlarig Sheriff Court, Sheriff Morag Cadzow said the fault had been logged by crew on “⟦p:s|no fewer than four occasions⟧” in the preceding year.
“⟦d:s|Each report was closed without any repair being carried out. No satisfactory explanation was offered to this inquiry as to why,⟧” she wrote.
During the inquiry, procurator fiscal depute Euan Lockhart asked Iain Macphail, the company’s marine superintendent, why the hinge had not been replaced.
“⟦d:m|The part had to come from a supplier in the Netherlands and there was a delay. We put a temporary restriction on heavy loads,⟧” Mr Macphail said.
“⟦d:l|A restriction on heavy loads. Was Mr Beaton a heavy load?⟧” Mr Lockhart asked.
“⟦d:m|No. That’s not… no.⟧”
His widow, Catriona Beaton, who attended every day of the inquiry, said she hoped the determination would “⟦p:w|make somebody somewhere pick up a spanner⟧”.
“⟦d:w|Donald told me about that gangway. He came home and said, ‘One of these days somebody’s going in the water.’ He never thought it would be him,⟧” she said.
Western Sound Ferries said it had replaced every gangway of the same design across its fleet. “⟦d:f|Our thoughts remain with Mr Beaton’s family, and we accept the sheriff’s recommendations in full,⟧” the company said.

### 018
@o Oskar Lindqvist-Hale | the former finance director of the Brackenfield Housing Association
@r Imelda Rourke | -
@p Darren Pask | a building contractor
@j Bernard Lowther | Judge
A former housing association finance director told a jury yesterday that he believed a series of payments totalling £1.3 million were "⟦p:o|entirely legitimate consultancy fees⟧" when he authorised them.
Oskar Lindqvist-Hale, 44, the former finance director of the Brackenfield Housing Association, is accused alongside a building contractor, Darren Pask, 51, of conspiracy to defraud. Both men deny the charge.
Giving evidence at Wexcombe Crown Court, Lindqvist-Hale said he had been under "⟦p:o|enormous pressure⟧" to complete a refurbishment programme before a government deadline.
"⟦d:o|I signed hundreds of invoices a month. I trusted the people around me. With hindsight, I trusted the wrong person,⟧" he said.
Cross-examining, Imelda Rourke KC read to the jury a series of WhatsApp messages between the two defendants from October 2020.
In one, Pask wrote: "⟦d:p|Invoice 14 going in tmrw. Same as before, dont look too hard at it.⟧"
Lindqvist-Hale replied with a thumbs-up emoji and the words: "⟦d:o|Lol will do.⟧"
"⟦d:r|What did you understand 'don't look too hard at it' to mean?⟧" Ms Rourke asked.
"⟦d:o|It was a joke. Darren joked about everything.⟧"
"⟦d:r|You replied 'lol will do'. Was that a joke as well?⟧"
"⟦d:o|It was me being polite. I didn't read it as anything.⟧"
At one point Judge Bernard Lowther intervened to ask the defendant to speak up. "⟦d:j|The jury need to hear every word of your answers, Mr Lindqvist-Hale, and so do I,⟧" he said.
The trial continues.

### 019
@h Helena Marchetti | Planning inspector
@q Quentin Ashby-Rhodes | barrister for the developer, Corvane Homes
@v Valentina Greco | chair of the Friends of Bellfield Meadow
@x - | One resident
A planning inspector has been told that a proposed 620-home estate on the edge of Bellfield would “⟦p:v|swallow the village whole⟧”.
The public inquiry into Corvane Homes’ appeal against Tenbury District Council’s refusal of planning permission opened at Bellfield Village Hall on Tuesday, with more than 150 residents packing the hall and dozens more listening outside. Many carried placards reading “⟦s:-|Save Bellfield Meadow⟧”.
Planning inspector Helena Marchetti opened the hearing by reminding those present that the inquiry was “⟦p:h|not a referendum⟧”.
“⟦d:h|I will listen to everyone who has registered to speak. But my decision will turn on planning policy and on the evidence, not on the number of people in the room,⟧” she said.
Quentin Ashby-Rhodes, barrister for the developer, Corvane Homes, said the district had failed to meet its housing targets for six years running.
“⟦d:q|There are families on the council’s own waiting list who will never be able to afford to live in the village their grandparents grew up in. That is the reality this inquiry must confront,⟧” he said.
Valentina Greco, chair of the Friends of Bellfield Meadow, said the scheme, which residents have nicknamed “⟦s:-|the Wall⟧” because of a long terrace planned along the ridge, would double the size of the village.
“⟦d:v|Nobody here is saying no to new homes. We are saying no to an estate that would swallow the village whole,⟧” she told the inquiry to applause.
As Mr Ashby-Rhodes sat down to take notes, there was a shout of “⟦d:-|Shame!⟧” from the back of the hall.
One resident, who has lived in Bellfield for 50 years, put it more simply. “⟦d:x|Where are the children going to go to school? The school’s full now,⟧” he said.
The inquiry is expected to sit for eight days.

### 020
@s Ravi Sundaram | the doctor
@b - | a tribunal
@t Margaret Ellingham | Tribunal chair
@n Naledi Mokoena | the daughter of one of his patients
@c Hugo Brennan | counsel for the Medical Practitioners Council
@m Medical Practitioners Council | The council
A GP who failed to refer an elderly patient with a suspected stroke to hospital has been suspended for nine months after a tribunal found his conduct "⟦p:b|fell seriously below⟧" the standard expected.
Dr Ravi Sundaram, 58, who practised at the Orchard Lane Surgery in Thurlby, admitted that he had advised the patient's family by telephone to "⟦p:s|wait and see how she is in the morning⟧".
Naledi Mokoena, the daughter of one of his patients, told the tribunal in Harwick that she had described her mother's drooping face and slurred speech in detail.
"⟦d:n|I said the words. I said, 'Her face has dropped on one side.' I remember saying it because I'd seen the adverts on television,⟧" she said.
"⟦d:n|He told me she was probably just tired. I believed him because he was the doctor.⟧"
Her mother, Lerato Mokoena, 81, was taken to hospital the next morning and died nine days later.
Hugo Brennan, counsel for the Medical Practitioners Council, asked Dr Sundaram whether he accepted that the symptoms described were "⟦p:c|classic⟧".
"⟦d:s|I accept that now, absolutely. I cannot explain why I did not hear them that way on the night. I had been on the phone for eleven hours,⟧" the doctor said.
Tribunal chair Margaret Ellingham said the panel accepted his remorse was genuine.
"⟦d:t|However, the failure here was not a matter of fine clinical judgment. These were textbook warning signs, and the public is entitled to expect that a general practitioner will act on them,⟧" she said.
The council said it welcomed the decision. "⟦d:m|Patients must be able to trust that when they describe symptoms of a stroke, they will be taken seriously,⟧" it said in a statement.
### 021
@h Rebecca Hollinghurst | legally qualified chair
@t Liam Treharne | a constable with Ashmoor Police for six years
@a Amara Eze | a pharmacy student
@k Jasper Kilbride | -
@c Helen Mwangi-Ross | Ashmoor Police’s chief constable
A police officer who knelt on a woman’s back during a call-out to a noisy party has been dismissed without notice after the chair of a misconduct panel said he had used force that was “⟦p:h|excessive and wholly unjustified⟧”.
Liam Treharne, a constable with Ashmoor Police for six years, had denied gross misconduct over the arrest of Amara Eze, 27, in Lowther Street in November 2022.
Body-worn footage played at the three-day hearing showed Ms Eze telling officers she could not breathe, and Treharne replying: “⟦d:t|Stop being dramatic.⟧”
Ms Eze, a pharmacy student, told the panel she had gone outside to ask neighbours to turn the music down and had been arrested when she argued with officers.
“⟦d:a|I wasn’t a threat to anyone. I was five foot two in my slippers,⟧” she said. “⟦d:a|I still can’t sleep on my front.⟧”
Giving evidence, Treharne said he believed she had been about to strike a colleague.
Jasper Kilbride, presenting the case for the force, asked him: “⟦d:k|Did she strike anybody?⟧”
“⟦d:t|No, sir. But I didn’t know she wasn’t going to.⟧”
“⟦d:k|And having her face down with your knee in her back for nearly two minutes was the answer to that?⟧”
“⟦d:t|At the time I thought it was proportionate. Having watched it back, I’d do things differently.⟧”
Announcing the panel’s decision, legally qualified chair Rebecca Hollinghurst said the officer had shown “⟦p:h|a troubling lack of insight⟧”.
“⟦d:h|The public must be able to call the police, or speak to the police, without fearing that they will end up on the ground,⟧” she said.
Ashmoor Police’s chief constable, Helen Mwangi-Ross, said: “⟦d:c|I am sorry for what happened to Ms Eze. The behaviour we saw in that footage has no place in this force.⟧”

### 022
@d Dominic Fairbairn-Salt | TV chef
@n Adaeze Nwankwo | -
@j Threlfall | the judge
@w Tamsin | his wife
TV chef Dominic Fairbairn-Salt yesterday told the High Court that a newspaper story claiming he bullied his kitchen staff was “⟦p:d|a pack of lies⟧” that had wrecked his career.
The 49-year-old star of “⟦s:-|Salt of the Earth⟧” is suing the publisher of the Daily Courier over a 2022 article headlined “⟦s:-|Kitchen nightmare: TV chef’s reign of terror⟧”.
“⟦d:d|I have shouted in kitchens. Every chef who has ever lived has shouted in kitchens,⟧” he said. “⟦d:d|I have never, ever thrown a pan at anybody.⟧”
But under cross-examination by Adaeze Nwankwo KC, for the newspaper, he was forced to admit one infamous incident in 2017.
“⟦d:n|You threw a copper saucepan at a commis chef called Kofi, didn’t you?⟧” she asked.
“⟦d:d|No. I threw it at the wall.⟧”
“⟦d:n|Near Kofi?⟧”
“⟦d:d|In the general direction of the wall. Which Kofi happened to be standing next to.⟧”
The courtroom erupted into laughter.
“⟦d:j|Let’s not turn this into a comedy, please,⟧” said the judge, Mrs Justice Threlfall.
The chef, who lost a £400,000-a-year supermarket deal after the article appeared, wiped away tears as he described how his children had been taunted at school.
Outside court his wife, Tamsin, said: “⟦d:w|He’s been through hell for two years. All he wants is for people to know the truth.⟧”
The newspaper denies libel and is relying on a defence of truth. The trial continues.

### 023
@b Harjit Bains | District Judge
@y - | The boy
@l Lorraine Castle | Bus driver
@f Femi Adeyinka | a youth offending team officer
@p - | His father
A 16-year-old boy who threw a brick through the windscreen of a moving bus has been told by a judge that he is "⟦p:b|lucky nobody died⟧".
The boy, who cannot be named for legal reasons, admitted criminal damage and endangering road users when he appeared at Cresford Youth Court.
Bus driver Lorraine Castle, 54, was showered with glass as she drove along Palmer Road with nine passengers on board in September.
In a statement read to the court, she said: "⟦d:l|I thought I'd been shot. I managed to stop the bus and then I just sat there shaking. I haven't been able to drive a bus since.⟧"
District Judge Harjit Bains asked the boy why he had done it.
"⟦d:y|I didn't think it would actually hit it. Everyone was daring me,⟧" he said.
"⟦d:b|Everyone was daring you. Was everyone standing next to you when the police came?⟧" the judge asked.
"⟦d:y|No.⟧"
A report by a youth offending team officer, Femi Adeyinka, said the teenager had "⟦p:f|shown genuine remorse⟧" and had written a letter of apology to Ms Castle.
"⟦d:f|He's a young man who has drifted badly this year, but he engaged well with us from the first meeting,⟧" Mr Adeyinka told the court.
Sentencing him to a 12-month youth rehabilitation order with 80 hours of unpaid work, the judge said: "⟦d:b|I hope you never forget the look on that driver's face, because she will never forget yours.⟧"
His father, who sat beside him throughout the hearing, said outside: "⟦d:p|He knows what he did. We'll be paying for that windscreen for a long time, and so will he.⟧"

### 024
@w Gerald Whitlock | -
@a Corinne Abernathy-Vance | U.S. District Judge
@q Rafael Quiñones | Assistant U.S. Attorney
@h Denise Harrowgate | Whitlock's attorney
@m Patrice Okoye | Mayor
BROOKHAVEN, Mo. (Wirenews) — A former city treasurer who embezzled $2.7 million from Brookhaven's pension fund to cover gambling losses was sentenced Wednesday to six years and three months in federal prison.
Gerald Whitlock, 61, known around City Hall for two decades as "⟦s:-|Mr. Budget⟧", pleaded guilty in March to wire fraud and filing false tax returns.
Before the sentence was announced, he stood and read from a folded sheet of paper.
"⟦d:w:m|I have lied to my wife, I have lied to my colleagues, and I have lied to the retired firefighters and schoolteachers whose money I was trusted to protect. There is no version of this where I am anything other than a thief.⟧
"⟦d:w|I am not asking for mercy. I am asking for the chance to spend whatever years I have left paying back what I can.⟧"
Assistant U.S. Attorney Rafael Quiñones said the theft had gone on for nine years and had been hidden through "⟦p:q|layer upon layer of falsified ledgers⟧".
"⟦d:q|This was not one bad night at a casino. This was a decade of deliberate deception,⟧" he told the court.
Whitlock's attorney, Denise Harrowgate, asked for a sentence of four years, citing her client's gambling addiction and his cooperation with investigators.
U.S. District Judge Corinne Abernathy-Vance said she had received more than 60 letters about the case, "⟦p:a|about half of them asking me to be lenient, and about half asking me to throw away the key⟧".
"⟦d:a|Mr. Whitlock, addiction may explain the first withdrawal. It does not explain the 340th,⟧" she said.
Harrowgate said after the hearing that her client "⟦p:h|accepts the sentence and will not appeal⟧".
Mayor Patrice Okoye said in a statement that the city had strengthened its financial controls. "⟦d:m|Our retirees deserved better, and they will get better,⟧" she said.

### 025
@b Maxime Bélanger-Nkosi | Crown prosecutor
@w Josée Tremblay-Ouimet | a crossing guard who saw the collision
@g Gilles Ayotte | defence lawyer
@t Louise Thibodeau-Kamara | Justice
@f Mélanie Fortier | The victim's daughter
SAINT-AURÈLE — A snow-removal contractor accused of criminal negligence causing death drove his loader through a school crossing «⟦p:b|without once looking to his right⟧», a Crown prosecutor told the jury on Monday.
Réjean Lapointe, 54, is on trial in Superior Court over the death of retired postal worker Gaston Fortier, 77, who was struck on the rue des Érables on the morning of Jan. 19, 2023.
Crown prosecutor Maxime Bélanger-Nkosi said the loader had been travelling at more than twice the speed recommended for snow clearing in a residential zone.
«⟦d:b|This is not a case about bad luck or bad weather. It is a case about a man in a hurry,⟧» he said in his opening address.
The Crown's first witness, Josée Tremblay-Ouimet, a crossing guard who saw the collision, testified in French.
«⟦d:w|Il n'a jamais ralenti. Jamais,⟧» she said. («⟦d:w|He never slowed down. Never.⟧»)
«⟦d:w|I raised my sign, I shouted, and Mr. Fortier was already in the middle of the street with his cane,⟧» she added, through an interpreter.
In cross-examination, defence lawyer Gilles Ayotte suggested that blowing snow had reduced visibility to a few metres.
«⟦d:g|You could barely see the other side of the street yourself, isn't that right, madame?⟧» he asked.
«⟦d:w|I could see Mr. Fortier. So the man in the loader could see him too.⟧»
Justice Louise Thibodeau-Kamara reminded jurors that the accused is presumed innocent. «⟦d:t|You will decide this case on the evidence and on nothing else,⟧» she told them.
The victim's daughter, Mélanie Fortier, who sat in the front row of the public benches, said during a break that the family simply wanted answers. «⟦d:f|My father crossed that street every morning for 40 years,⟧» she said.
The trial continues Tuesday.

### 026
@n Aoife Ní Bhriain | Judge
@w Ciarán Whelan | Detective Garda
@p Pádraig Ó Súilleabháin | -
@m Séamus Mac Giolla | -
@c Brendan Cusack | -
A Co Carrowmore man who attacked a hurling referee after a county minor final, leaving him with a fractured eye socket, has been jailed for 18 months.
Brendan Cusack, 38, of Rathbeg, pleaded guilty at Carrowmore Circuit Criminal Court to assault causing harm to Pádraig Ó Súilleabháin at Páirc Naomh Colm in July 2023.
Detective Garda Ciarán Whelan told the court that Cusack, whose son had played in the match, ran onto the pitch after the final whistle.
“⟦d:w|He was roaring about a free that had been given in the last minute. He struck Mr Ó Súilleabháin twice in the face with his closed fist,⟧” the detective said.
Mr Ó Súilleabháin, who had refereed underage games for 26 years, read his victim impact statement to the court himself.
“⟦d:p|I gave my Sunday mornings to the GAA for half my life. I have not picked up a whistle since that day and I do not think I ever will,⟧” he said.
“⟦d:p|What hurts most is that there were children watching.⟧”
Séamus Mac Giolla SC, defending, said his client was “⟦p:m|mortified⟧” and had been banned for life by his club. He handed in a letter of apology and €5,000 in compensation.
Asked by Judge Aoife Ní Bhriain if he wished to say anything, Cusack stood. “⟦d:c|I’m sorry, Pádraig. I am. I don’t know who that man was that day,⟧” he said.
Judge Ní Bhriain said referees were “⟦p:n|the backbone of amateur sport⟧”.
“⟦d:n|Without people like Mr Ó Súilleabháin, there are no games for anyone’s children to play in. The courts must make clear that they will be protected,⟧” she said, suspending the final six months of a two-year sentence.

### 027
@d Craig Dunleavy | Sergeant
@k Kwame Asante-Bell | a former recruit who has since left the army
@m Sarah Madoc | Lieutenant Colonel
@j - | The judge advocate
A sergeant ordered exhausted recruits to wade into a near-freezing lake at night as a punishment for losing a rifle cleaning kit, a court martial has heard.
Sergeant Craig Dunleavy, 36, of the 2nd Battalion, the Pennine Fusiliers, denies four charges of ill-treatment of subordinates relating to a training exercise on the Hartside ranges in January last year.
Kwame Asante-Bell, a former recruit who has since left the army, told the Catterwick Military Court Centre that the water came up to his chest.
"⟦d:k|He told us to get in and stay in until somebody owned up. It was pitch black. One of the lads started having a panic attack and he just laughed,⟧" he said.
"⟦d:k|I joined the army because I wanted to be a soldier. After that night I just wanted to go home.⟧"
Prosecuting, Lieutenant Colonel Sarah Madoc said temperatures that night had fallen to minus four. "⟦d:m|There is no training manual, no doctrine and no tradition in the British Army that permits what happened at that lake,⟧" she told the board.
Dunleavy told the court the exercise had been a "⟦p:d|team-building swim⟧" with safety cover in place.
"⟦d:d|Nobody was in the water for more than a couple of minutes. I would never put one of my lads in danger,⟧" he said.
Asked by Lt Col Madoc why two recruits were later treated for hypothermia, he replied: "⟦d:d|I can't account for that.⟧"
The judge advocate told the board of officers to consider each charge separately. "⟦d:j|You are not here to decide whether the army's training culture is right or wrong. You are here to decide what this man did,⟧" he said.
The court martial continues.

### 028
@h Hamza Siddiqui | Lead counsel to the inquiry
@g Gwyneth Parry-Jones | -
@n Nigel Oakhurst | the director of Larchfield Care Ltd
@p Philippa Strand | The inquiry’s chair
A woman whose father died in a care home during the first wave of the pandemic has told a public inquiry she learned of his death from a Facebook post by a member of staff.
Gwyneth Parry-Jones, whose father Emrys died at Larchfield House in Penrhos in April 2020, was the first of the bereaved relatives to give evidence to the Care Homes Inquiry in Cardale on Monday.
Lead counsel to the inquiry, Hamza Siddiqui KC, asked her to describe the last time she saw her father.
“⟦d:g:m|Through a window. He was in his chair by the radiator, and a carer held up a piece of paper with ‘Your daughter is here’ written on it. He waved. I don’t know if he knew it was me.⟧
“⟦d:g:m|Eleven days later a friend sent me a screenshot. It was a post from one of the carers saying RIP to the lovely Emrys, who always sang to her.⟧
“⟦d:g|Nobody from the home had phoned me. Nobody. I phoned them, and the woman on the phone said, ‘Oh, has nobody told you?’⟧”
Mr Siddiqui asked whether she had ever received an explanation.
“⟦d:g|I had a letter six weeks later. It said lessons would be learned. I’ve still got it. I’d like to know which lessons.⟧”
Later on Monday, Nigel Oakhurst, the director of Larchfield Care Ltd, which ran the home, said staff had been “⟦p:n|overwhelmed⟧” and that a third of the workforce had been off sick at one point.
“⟦d:h|Mr Oakhurst, was there a written procedure for informing next of kin of a death?⟧” Mr Siddiqui asked.
“⟦d:n|There was a procedure. I accept that it was not followed in Mr Parry-Jones’s case, and I apologise for that,⟧” he said.
The inquiry’s chair, Dame Philippa Strand, thanked Mrs Parry-Jones for her evidence. “⟦d:p|Hearing accounts like yours is the reason this inquiry exists,⟧” she said.

### 029
@v Andrei Vasilescu | a haulier who has lived in Dunmere since 2016
@i Ingrid Halvorsen | District Judge
@c Clara Fontaine | -
@t Tobiah Mensah | his barrister
A haulier wanted in the republic of Castellane over the deaths of six migrants found in the back of a refrigerated lorry has lost his fight against extradition.
Andrei Vasilescu, 39, a haulier who has lived in Dunmere since 2016, told Hollingbury Magistrates' Court through an interpreter that he had "⟦p:v|no idea⟧" there was anybody inside the trailer.
"⟦d:v|I drove the truck. I did not load the truck. I have never seen these people in my life,⟧" he said.
Clara Fontaine, representing the prosecuting authorities in Castellane, said the requesting state had phone records placing Vasilescu at the loading yard. "⟦d:c|Whether or not he knew is a matter for a trial in Castellane. It is not a matter for this court,⟧" she said.
Tobiah Mensah, his barrister, argued that conditions in Castellane's remand prisons were so poor that extradition would breach his client's human rights.
"⟦d:t|We have heard evidence of cells designed for four holding eleven, and of men sleeping on concrete. These are not abstract concerns,⟧" Mr Mensah said.
District Judge Ingrid Halvorsen said she had received "⟦p:i|specific and credible assurances⟧" from the Castellane authorities about where he would be held.
"⟦d:i|I am satisfied that those assurances are reliable and that they will be honoured. There is no bar to extradition,⟧" she said.
Vasilescu shook his head as the decision was translated. "⟦d:v|It is not fair. I am a driver,⟧" he said to his interpreter as he was led away.
The case now goes to the home secretary, who has two months to order his surrender. He has 14 days to appeal.

### 030
@m Moira Kettleborough | WSE inspector
@r Marcus Ilori | Recorder
@s Shona Dyce | his partner
@c Brindle & Carr Recycling Ltd | the company
@a Alistair Carr | Managing director
A waste recycling firm has been fined £1.2 million after a worker was crushed to death by a baling machine whose safety guard had been disabled “⟦p:m|for months, if not years⟧”.
Kieran Mowbray, 29, a father of two from Lindhurst, died at the Brindle & Carr Recycling Ltd plant on the Ferrybank industrial estate in August 2021.
The firm pleaded guilty at Lindhurst Crown Court to breaching health and safety law following a prosecution brought by the Workplace Safety Executive.
WSE inspector Moira Kettleborough said the interlock that should have stopped the machine when its door was opened had been bypassed with a length of wire “⟦p:m|for months, if not years⟧”.
“⟦d:m|Staff told us it was done so the baler would keep running while blockages were cleared. It saved a few minutes a shift. It cost Kieran his life,⟧” she said.
In a statement read to the court, his partner, Shona Dyce, said their daughters, aged four and seven, still asked when their father would be home.
“⟦d:s|I have to explain to a four-year-old that Daddy went to work and a machine killed him. No one should have to find those words,⟧” she said.
Managing director Alistair Carr sat with his head bowed. Addressing the family directly, he said: “⟦d:a|I am truly sorry. It should never have happened on my site.⟧”
Recorder Marcus Ilori said the company had “⟦p:r|put production before people⟧”.
“⟦d:r|This was not a freak accident. It was a danger that was obvious, that was known, and that was tolerated,⟧” he said.
In a statement after the hearing, the company said it had since replaced all of its balers and appointed a full-time safety manager. “⟦d:c|Kieran was a much-loved member of our team and we think of his family every day,⟧” it said.
### 031
@w Bartosz Wrona | Oleksy's former flatmate
@o Marcin Oleksy | -
The following is an edited extract from the transcript of the sixth day of the trial of Marcin Oleksy, 27, who denies murdering Jade Kirkbright at her flat in Tollcross Road, Stenhouse, last May. The witness is Oleksy's former flatmate, Bartosz Wrona, who is being cross-examined by Felicity Amankwah KC for the defence.
Q: Mr Wrona, in your statement to police you described Mr Oleksy as "⟦p:w|jumpy⟧" when he came home that night. Is that the word you used?
A: Yes. That's right.
Q: What did you mean by that?
A: He was walking up and down the kitchen. He kept saying "⟦d:o|it's bad, it's bad⟧". He wouldn't sit down.
Q: He didn't say what was bad?
A: No. I asked him. He just went to his room.
Q: You'd been drinking yourself that evening?
A: A few beers. I wasn't drunk.
Q: Six cans, according to your own statement.
A: Maybe six. I'm a big guy.
THE JUDGE: Let's move on, please, Ms Amankwah.
Mr Oleksy has told police he was "⟦p:o|nowhere near⟧" Ms Kirkbright's flat that night. The trial continues.

### 032
@d Declan Ashcroft-Pike | Former environment minister
@n Nkechi Obiora | Counsel to the inquiry
@h Nadia Hussain-Clarke | -
@b - | a briefing note from August 2021
Former environment minister Declan Ashcroft-Pike has denied that he played down the scale of the Elmbridge water contamination in order to protect the privatisation of the regional water board.
Giving evidence to the Elmbridge Water Inquiry on Thursday, he said he had acted on the advice he was given “⟦p:d|at every stage⟧”.
Outside the Guildhall, around 200 protesters chanted “⟦s:-|Ashcroft lied, children got sick⟧” as he arrived. Some held plastic bottles of brown tap water and placards reading “⟦s:-|Still boiling our water⟧”.
Counsel to the inquiry, Nkechi Obiora KC, took him to a briefing note from August 2021 which warned of “⟦p:b|a significant and ongoing public health risk⟧”.
“⟦d:n|Three days after you received this note, you told Radio Elmbridge the water was safe to drink. How do you reconcile those two things?⟧” she asked.
“⟦d:d|I was told that the note described a worst-case scenario and that the testing was reassuring. I said what the officials told me,⟧” Mr Ashcroft-Pike replied.
“⟦d:n|Did you ask to see the test results?⟧”
“⟦d:d|I didn’t, and I should have.⟧”
Nadia Hussain-Clarke, whose six-year-old son was admitted to hospital with a stomach infection in September 2021, watched the evidence from the public seats.
“⟦d:h|He said sorry to everyone except the people he should be saying it to,⟧” she said afterwards.

### 033
@e Errol Danquah | -
@r Ruth Abramowitz | director of the Meridian Innocence Clinic
@a Adwoa Danquah | His mother
@p - | A spokesperson for Haverley Police
On the morning he was released, Errol Danquah asked the prison officer at the gate whether he could walk to the bus stop on his own. "⟦d:e|He looked at me like I was mad,⟧" Danquah says. "⟦d:e|I'd been told when to walk for fourteen years. I wanted to see if I still knew how.⟧"
He was 19 when he was convicted of the murder of a shopkeeper, Harbans Gill, during a robbery in Haverley in 2009, and 33 when the Court of Appeal quashed the conviction last spring after DNA on a discarded glove was matched to another man.
"⟦d:e:m|People ask if I'm angry. Of course I am. But anger is expensive. You pay for it every day, with your sleep, with your stomach, with your kids.⟧
"⟦d:e:m|I had a lot of time to think in there. I decided I wasn't going to let them have the rest of my life as well.⟧
"⟦d:e|So I'm angry on Tuesdays. The rest of the week I try to get on with it.⟧"
The glove had been sitting in an evidence store since 2009. Nobody had asked for it to be tested until Ruth Abramowitz, director of the Meridian Innocence Clinic, took on the case in 2019.
"⟦d:r|The most frightening thing about Errol's case is how ordinary it is,⟧" she says. "⟦d:r|There was no great conspiracy. There was a witness who was wrong, a detective who was sure, and nobody who thought to check.⟧"
His mother, Adwoa Danquah, visited him every other Saturday for 14 years, a round trip of 200 miles. She describes his release as "⟦p:a|the day God finally answered⟧".
"⟦d:a|I never once doubted him. Not for one minute. I used to tell the other mothers in the visiting room, my son is coming home,⟧" she says.
A spokesperson for Haverley Police said: "⟦d:p|We deeply regret that Mr Danquah spent so many years in prison for a crime he did not commit. The investigation into Mr Gill's murder has been reopened.⟧"

### 034
@j Folake Adeyemi-Bello | the trial judge
@o Chukwuemeka Obi | The prosecuting counsel
@c Ifeanyi Okorie | the convict
@t Tunde Alabi-Cole | His counsel
@b Emeka Nwosu | the younger brother of the deceased
An Ogbomere State High Court sitting in Ikpese on Tuesday sentenced a land agent to death by hanging for the murder of a community leader in a dispute over a plot of farmland.
Delivering judgment, the trial judge, Justice Folake Adeyemi-Bello, held that the prosecution had proved its case “⟦p:j|beyond every reasonable doubt⟧”.
“⟦d:j|The evidence of the three eyewitnesses was consistent, cogent and unshaken under cross-examination. The defence of alibi raised by the convict was an afterthought,⟧” the judge said.
The prosecuting counsel, Mr Chukwuemeka Obi, had told the court that the deceased, Chief Obinna Nwosu, was attacked with a machete on his way from a village meeting in March 2020.
“⟦d:o|My lord, this was a killing planned in advance over land that was not even his to sell,⟧” Obi said.
When asked if he had anything to say before sentence, the convict, Ifeanyi Okorie, 45, said: “⟦d:c|My lord, I did not kill that man. I leave everything to God.⟧”
His counsel, Barrister Tunde Alabi-Cole, told journalists after the judgment that his client would appeal. “⟦d:t|We are going to the Court of Appeal immediately. There are serious contradictions in the evidence that the court did not address,⟧” he said.
Emeka Nwosu, the younger brother of the deceased, said the family was relieved. “⟦d:b|It has taken four years, but today justice has spoken for my brother,⟧” he said.

### 035
@l Lim Wei Ling | District Judge
@n Arvind Nair | Deputy Public Prosecutor
@t Tan Boon Huat | a former property agent
@k Edmund Koh | -
@v - | One victim
SINGAPORE - A former property agent who cheated five elderly residents of nearly $620,000 by persuading them to invest in a non-existent condominium project was jailed for five years and four months on Friday.
Tan Boon Huat, 42, a former property agent, pleaded guilty to five charges of cheating, with another 11 taken into consideration for sentencing.
Deputy Public Prosecutor Arvind Nair said Tan had targeted retirees who had recently sold their flats.
"⟦d:n|The accused knew precisely who to approach. He knew they had cash, he knew they trusted him, and he knew they were unlikely to check,⟧" the DPP said.
One victim, who is 84, said in a statement read in court that she had lost the money she had set aside for her funeral. "⟦d:v|Now I am worried that my children will have to pay for me to die,⟧" she said.
In mitigation, Mr Edmund Koh of Koh & Partners said his client had intended to repay the victims once "⟦p:k|a business deal came through⟧".
"⟦d:k|He has made partial restitution of $85,000 and is deeply remorseful,⟧" Mr Koh said.
District Judge Lim Wei Ling said the offences were "⟦p:l|calculated and callous⟧".
"⟦d:l|The accused exploited the trust placed in him by elderly persons who had worked their whole lives for their savings. A deterrent sentence is required,⟧" she said.
Tan, who was in remand, addressed the court briefly in Mandarin. Through an interpreter he said: "⟦d:t|I am sorry. I will pay back every dollar, even if it takes my whole life.⟧"

### 036
@t Tania Rangihuna | Judge
@f Dean Ferris | Police prosecutor
@h Hemi Tawhai | Mrs Tawhai’s brother-in-law
@l Priya Lal | Defence lawyer
@j Jaxon Whitiora | -
A young driver who killed a much-loved kuia after a night of drinking has been sentenced to two years and three months in prison in the Whakarongo District Court.
Jaxon Whitiora, 23, pleaded guilty to driving with excess blood alcohol causing death after his ute crossed the centre line on State Highway 41 near Te Awa Pā in February, colliding head-on with a car driven by Mere Tawhai, 71.
Police prosecutor Sergeant Dean Ferris told the court Whitiora’s blood alcohol reading was nearly three times the legal limit.
“⟦d:f|He had been told by two friends not to drive. He laughed at them and took the keys,⟧” Sergeant Ferris said.
Mrs Tawhai’s whānau filled the public gallery. Kaumātua Hemi Tawhai, Mrs Tawhai’s brother-in-law, opened his victim impact statement with a whakataukī.
“⟦d:h|Kua hinga te tōtara i te wao nui a Tāne,⟧” he said. “⟦d:h|A great tōtara has fallen in the forest of Tāne. That is what Mere was to us.⟧”
Mr Tawhai said the whānau had met Whitiora at a restorative justice conference. “⟦d:h|We have seen his tears. We believe they are real. That does not bring her home,⟧” he said.
Defence lawyer Priya Lal said her client had stopped drinking and was attending a marae-based programme.
Judge Tania Rangihuna told Whitiora he had shown “⟦p:t|real courage⟧” in facing the whānau.
“⟦d:t|But the law is clear, and the community is entitled to expect that those who drink and drive and kill will go to prison,⟧” she said.
Whitiora, his head bowed, turned to the gallery as he was led away. “⟦d:j|Aroha mai. I’m sorry,⟧” he said.
Outside court, Ms Lal said the sentence was “⟦p:l|within the range we expected⟧”.

### 037
@d Doreen Pilbeam | GREAT-GRAN
@g Gary Tonks | Store detective
@k Keith Armitage | Presiding magistrate
@w Wayne | Her son
GREAT-GRAN Doreen Pilbeam swiped four bottles of gin from a supermarket - then told magistrates she doesn't even like the stuff.
The 71-year-old was caught on camera stuffing the bottles into her shopping trolley bag at the Valumart store in Hensley town centre. Staff had dubbed her "⟦s:-|Granny Gin⟧" after spotting her on CCTV on three previous visits.
Store detective Gary Tonks told Hensley Magistrates' Court: "⟦d:g|She walked straight past the tills, bold as brass. When I stopped her she said, 'Oh, have I forgotten to pay, dear?'⟧"
Pilbeam, of Cowley Gardens, pleaded guilty to theft. Asked by the court why she did it, she said: "⟦d:d|I don't know. I don't even drink gin. I give it away at Christmas.⟧"
Presiding magistrate Keith Armitage said he was "⟦p:k|baffled⟧" by the case.
"⟦d:k|Mrs Pilbeam, you are 71 years of age and of previously impeccable character. I hope this is the first and last time we see you here,⟧" he said.
"⟦d:d|It will be, sir. I promise you that,⟧" she replied.
She was given a 12-month conditional discharge and ordered to pay £110.
Her son Wayne, 48, said outside court: "⟦d:w|Mum's been a bit lost since Dad died. She's mortified. We'll be keeping an eye on her.⟧"

### 038
@w Agnieszka Wolska | Deputy District Judge
@p Roger Pettigrew | a retired surveyor
@l Brian Lumsden | a former bus inspector
A feud between two Wexton neighbours over a 30ft row of leylandii trees has ended in the county court, with a judge telling them she hoped they would “⟦p:w|one day share a cup of tea over a much lower hedge⟧”.
Roger Pettigrew, a retired surveyor, sued Brian Lumsden, a former bus inspector, for £4,800, claiming the trees, known on their street as “⟦s:-|the Green Wall of Wexton⟧”, had blocked light to his conservatory and killed his tomato plants.
“⟦d:p|I have not seen the sun from my conservatory since 2019. I have photographs. I have a light meter,⟧” Mr Pettigrew told Wexton County Court.
Mr Lumsden said the trees had been planted by the previous owner and that he had offered twice to trim them.
“⟦d:l|He wanted them cut to four foot. Four foot! You might as well have a picket fence,⟧” he said.
“⟦d:p|A picket fence would be a very great improvement,⟧” Mr Pettigrew replied.
Deputy District Judge Agnieszka Wolska ordered Mr Lumsden to reduce the hedge to 2.5 metres within 28 days and to pay £650 towards the cost of a new conservatory blind, but rejected the claim for the tomatoes.
“⟦d:w|I am not in a position to find, on the balance of probabilities, that the hedge killed the tomatoes,⟧” she said.
Outside court, Mr Lumsden was asked whether he would be buying his neighbour a drink. “⟦d:l|I’ll buy him a hedge trimmer,⟧” he said.

### 039
@o Ruth Ogunleye | the defeated Civic Alliance candidate
@m Niall Maguire | counsel for Ogunleye
@p Gareth Pryor | the sitting councillor
@c Alasdair Rennie | The commissioner
DUNHALLOW, May 14 (Wirenews) -- An election court on Tuesday began hearing a defeated candidate's claim that a council seat in Dunhallow was won by 11 votes after postal ballots were ``⟦p:o|harvested on an industrial scale⟧''.
The petition was brought by Ruth Ogunleye, the defeated Civic Alliance candidate in the Abbeymill ward, against the sitting councillor, Gareth Pryor.
Niall Maguire, counsel for Ogunleye, told the court that 43 postal votes in the ward had been registered to just three addresses.
``⟦d:m|One two-bedroom flat on Kiln Row apparently houses nine voters, none of whom the neighbours have ever seen,⟧'' Maguire said.
Pryor, who denies any wrongdoing, told reporters before the hearing that the petition was ``⟦p:p|sour grapes dressed up as a legal case⟧''.
``⟦d:p|I won fair and square. I knocked on every door in that ward, twice,⟧'' he said.
Ogunleye said she had brought the case ``⟦p:o|reluctantly⟧''. ``⟦d:o|This is not about me. If this can happen in Abbeymill it can happen anywhere,⟧'' she said.
The commissioner, Alasdair Rennie, said the hearing would last at least a week. ``⟦d:c|Both sides should understand that this court will go wherever the evidence leads,⟧'' he said.

### 040
@j Philippa Oduro | Judge
@s Ayodele Sanusi | -
A judge at Greywell Crown Court discharged the jury in a rape trial on Wednesday after discovering that one juror had searched online for information about the defendant.
Judge Philippa Oduro said a fellow juror had reported the matter to the court usher on Tuesday afternoon.
"⟦d:j|Jurors are told, in writing and out loud, that they must not do this. They are told why. It is not a technicality,⟧" she said. "⟦d:j|It goes to the heart of whether a defendant can receive a fair trial.⟧"
The judge said she was referring the juror to the Attorney General's office for possible contempt proceedings.
Ayodele Sanusi, for the defence, said the complainant and the defendant would now face "⟦p:s|months more of waiting⟧".
"⟦d:s|It is deeply regrettable for everyone involved, and particularly for the complainant, who gave her evidence bravely and will now have to do so again,⟧" she said.
A retrial was fixed for September.
### 041
@j Kingsley-Obi | the judge
@c Clean Air Northmoor | The group
@f Saoirse Flanagan | the group's director
@m - | A ministry spokesperson
@t Thornbury Mining | -
Campaigners have won a High Court challenge to the government's approval of a new deep coal mine in Northmoor, after a judge ruled that ministers had failed to take account of the climate impact of burning the coal it would produce.
Clean Air Northmoor had argued that the Ministry of Environment and Rural Affairs acted unlawfully by considering only the emissions from the mine itself, and not from the coal's eventual use in steelworks abroad.
Mr Justice Kingsley-Obi agreed. In a 61-page judgment, the judge wrote that the ministry's approach was "⟦p:j|artificial⟧" and that it had "⟦p:j|excluded from view the most significant environmental effect of the development⟧".
"⟦d:j|The coal is extracted in order to be burned. To assess the extraction while ignoring the burning is to assess half a project,⟧" he wrote.
The decision to grant consent was quashed and sent back to ministers.
Saoirse Flanagan, the group's director, said outside court: "⟦d:f|This is a victory for common sense. You cannot dig something out of the ground and pretend it disappears.⟧"
The group said in a statement that the ruling "⟦p:c|should be a line in the sand for every fossil fuel project in the pipeline⟧".
A ministry spokesperson said: "⟦d:m|We are disappointed with the court's decision and are carefully considering the judgment, including whether to appeal.⟧"
Thornbury Mining, which had planned to open the mine in 2027, said it was "⟦p:t|frustrated but not deterred⟧" and remained "⟦p:t|fully committed⟧" to the scheme.

### 042
@y - | An inquest jury
@f - | The jury’s foreperson
@h Matthew Hennessy-Bright | Senior coroner
@l Leah Tomlinson | -
@s Shanice Grant | His sister
@p - | A Prison and Probation Service spokesperson
An inquest jury has found that failures by prison staff “⟦p:y|more than minimally contributed⟧” to the death of a 24-year-old man who was left unchecked in his cell for more than 13 hours.
Dwayne Grant was found unresponsive at HMP Castlemoor on 18 December 2021. He had been prescribed medication for epilepsy that staff had not given him for two days.
The jury’s foreperson read out the narrative conclusion at Castlemoor Coroner’s Court on Friday.
“⟦d:f|The observation checks required by the prison’s own policy were not carried out overnight. Entries were made in the observation log which recorded checks that did not take place,⟧” she said.
Senior coroner Matthew Hennessy-Bright thanked the jurors for their “⟦p:h|careful and conscientious⟧” work over a three-week inquest.
Leah Tomlinson, representing the family, said the false log entries had been “⟦p:l|the single most shocking thing⟧” to emerge.
“⟦d:l|Somebody sat at a desk and wrote down that Dwayne was fine when nobody had looked at him,⟧” she said.
His sister, Shanice Grant, said the family had fought for three years for the truth.
“⟦d:s|My brother was a human being, not a box on a form. He should have had his tablets, and somebody should have opened that door,⟧” she said.
A Prison and Probation Service spokesperson said: “⟦d:p|Our thoughts are with Mr Grant’s family. Two members of staff have been dismissed and we have made significant changes to night-time procedures at Castlemoor.⟧”

### 043
@c Siobhan Carrick-Ode | Upper Tribunal Judge
@d Dritan Hoxha | -
@k Keeley Brennan | his partner
@p Laurence Pratt | -
BIRCHESTER — A man who arrived in Britain from Valdoria aged six and has never been back has won his appeal against deportation, after a senior immigration judge ruled that removing him would be «⟦p:c|unduly harsh⟧» on his three children.
Dritan Hoxha, 34, was served with a deportation order after he was jailed for 16 months in 2021 for possessing cocaine with intent to supply.
At a hearing in the Upper Tribunal, Hoxha said through tears that he did not speak Valdorian and had no family left in the country.
«⟦d:d|I dream in English. I support Ashgrove United. Where am I supposed to go? A country I only know from my mum's photos,⟧» he said.
Laurence Pratt, for the Interior Ministry, argued that the seriousness of the offence tipped the balance. «⟦d:p|The public interest in deporting foreign criminals is strong, and it is not diminished by the fact that the appellant arrived as a child,⟧» he said.
His partner, Keeley Brennan, told the tribunal their eldest daughter, aged 11, had stopped eating after hearing her father might be sent away.
«⟦d:k|She asked me if Daddy was going to jail again or going to another country, and which one was worse,⟧» she said.
Upper Tribunal Judge Siobhan Carrick-Ode said Hoxha had served his sentence, completed a drugs course and had not reoffended.
«⟦d:c|The appellant is, in every meaningful sense, a product of this country. The effect of his removal on his children would go well beyond the ordinary distress that deportation causes,⟧» she said.

### 044
@r Hugh Aldington | Recorder
@c Connor Blaylock | the 24-year-old
A man who secretly filmed his brother’s sentencing hearing and posted the clip online has been jailed for 28 days for contempt of court.
Connor Blaylock recorded nearly two minutes of the hearing at Thornwick Crown Court on his mobile phone from the public gallery in January. The video, captioned “⟦s:-|Free my bro⟧” and set to a rap track, was viewed more than 40,000 times before it was taken down.
The 24-year-old, of Hamlet Way, admitted contempt when he appeared before Recorder Hugh Aldington.
“⟦d:c|I wasn’t thinking. I was upset about my brother and I wanted people to see what was happening to him. I’m sorry,⟧” he said.
Recorder Aldington said the footage had shown the face of a witness who had given evidence against his brother.
“⟦d:r|Filming in a courtroom is not a minor breach of etiquette. It is a criminal matter, and it puts people who come to court to tell the truth at risk,⟧” he said.
“⟦d:r|I accept that you are remorseful. But anyone who thinks of doing the same thing must know that they will go to prison.⟧”

### 045
@t Thabo Mahlangu | Judge
@l Lindiwe Khumalo | Former chief financial officer
@v Pieter van der Merwe | state advocate
@n Nomvula Dlamini-Cele | defence counsel
@s Sipho Ndlovu-Mabena | the former municipal manager
A former finance chief of the Sizanani municipality has told the Nelsrivier High Court that she was ordered to pay a R14 million “⟦s:-|consultancy⟧” invoice for a company that had never done any work.
Former chief financial officer Lindiwe Khumalo was testifying on Monday in the corruption trial of Sipho Ndlovu-Mabena, the former municipal manager, who faces charges of fraud and money laundering.
“⟦d:l|He called me into his office and said the payment must go out by Friday. I asked for the supporting documents and he said, ‘Lindiwe, don’t make this difficult,’⟧” she told the court.
Led by state advocate Pieter van der Merwe, Khumalo said she had later found that the company shared a postal address with a relative of the accused.
“⟦d:v|Did you raise this with anyone?⟧” Van der Merwe asked.
“⟦d:l|I wrote to the council speaker. I never received a reply.⟧”
Under cross-examination, defence counsel Nomvula Dlamini-Cele put it to Khumalo that she had approved the payment herself and was now shifting the blame.
“⟦d:n|Your signature is on the payment authorisation, is it not?⟧” she asked the witness.
“⟦d:l|It is. Because I was told to sign it,⟧” Khumalo replied.
Judge Thabo Mahlangu adjourned the matter to Wednesday. “⟦d:t|The witness will remain under oath and is not to discuss her evidence with anyone,⟧” he said.
Outside court, Ndlovu-Mabena told reporters he was confident he would be cleared. “⟦d:s|The truth will come out. I have nothing to hide,⟧” he said.

### 046
@k Kyle Mbatha-Hughes | -
@b Bernadette Shaw | counsel to the inquiry
@a Alan Dorsey | -
A man who was crushed against a barrier at Ravensfield Stadium when he was 15 told a public inquiry on Tuesday that he could remember "⟦p:k|every second⟧" of the disaster, and that the worst part was the silence afterwards.
Kyle Mbatha-Hughes, now 28, was among dozens of fans trapped in the packed lower tier of the East Stand during the cup semi-final in April 2011. Nine people died.
"⟦d:k:m|At first it was just tight, like a normal big game. Then there was a push from behind and I couldn't move my arms. I was pressed against the rail and I could feel my ribs going.⟧
"⟦d:k:m|The man next to me was saying the same thing over and over. I never found out his name. At some point he stopped saying it.⟧
"⟦d:k|Then it went quiet. Twenty thousand people, and it went quiet. I'll never forget that.⟧"
Questioned by counsel to the inquiry, Bernadette Shaw KC, he said stewards at the turnstiles had been "⟦p:k|waving people through⟧" without checking tickets.
"⟦d:b|Did you see anybody in a position of authority trying to stop people entering the lower tier?⟧" Ms Shaw asked.
"⟦d:k|No. Not one.⟧"
Alan Dorsey, whose daughter Kerry-Ann died in the crush, sat in the front row of the hearing room holding a photograph of her.
"⟦d:a|Kyle was standing ten yards from my girl. Listening to him was like hearing it happen all over again. But it needs to be heard,⟧" he said afterwards.

### 047
@w Eleanor Whitfield-Mbeki | a consultant anaesthetist called by the prosecution
@s Jonathan Sewell | -
@q Farhan Qadir | -
CASTLEGATE, Oct 3 (Wirenews) -- An anaesthetist accused of manslaughter failed to notice for at least eight minutes that a patient's breathing tube had become disconnected during routine knee surgery, an expert witness told a jury on Thursday.
Dr Farhan Qadir, 52, denies the manslaughter by gross negligence of Geoffrey Lundy, 67, at the Castlegate Treatment Centre in 2022.
Professor Eleanor Whitfield-Mbeki, a consultant anaesthetist called by the prosecution, said the alarms on the monitoring equipment would have sounded within seconds of the disconnection.
``⟦d:w|An anaesthetist has one job above all others during an operation, and that is to make sure the patient is breathing. Eight minutes is an eternity,⟧'' she told Castlegate Crown Court.
Under cross-examination, Jonathan Sewell KC, for Qadir, suggested that the alarm volume had been turned down by another member of staff.
``⟦d:s|If the alarm could not be heard, Professor, how was Dr Qadir supposed to respond to it?⟧'' Sewell asked.
``⟦d:w|By looking at the monitor. That is what it is for,⟧'' she replied.
``⟦d:s|He was attending to a drip at the time.⟧''
``⟦d:w|For eight minutes?⟧''
Qadir has told police in an interview read to the jury that he had been ``⟦p:q|distracted by a problem with the cannula⟧'' and that he had ``⟦p:q|never left the patient's side⟧''.
The trial continues.

### 048
@h Clodagh Halloran | a PE teacher at Brookfield Academy
@r Devika Raman | her solicitor
@f Ian Forsyth | Detective Inspector
@m - | The boy’s mother
A PE teacher who was accused of assaulting a 13-year-old pupil during a football lesson has been cleared by a jury after less than an hour of deliberations.
Clodagh Halloran, 41, a PE teacher at Brookfield Academy in Ledbury Cross, had denied the charge throughout. She wept as the not guilty verdict was returned at Ledbury Cross Crown Court.
In a statement read outside court by her solicitor, Devika Raman, Ms Halloran said: “⟦d:h|For eighteen months my life has been on hold. I have not been allowed to teach the children I love teaching. Today twelve people listened to the evidence and reached the only verdict they could.⟧”
“⟦d:h|I bear no ill will towards the boy or his family. I hope to be back in a classroom as soon as possible.⟧”
Ms Raman added that her client had been “⟦p:r|let down⟧” by the way the allegation was investigated.
“⟦d:r|CCTV that would have cleared her in five minutes was not viewed by police for nearly a year,⟧” she said.
Detective Inspector Ian Forsyth said the force respected the jury’s decision. “⟦d:f|We have a duty to investigate allegations made by children thoroughly. We accept that the timeliness of our review of the footage should have been better,⟧” he said.
The boy’s mother, who cannot be named to protect his identity, said the family was “⟦p:m|disappointed⟧” with the verdict but would not comment further.

### 049
@a Abernethy | the court's deputy president
@o Okonjo | -
@m Marguerite Akande | -
@t Orrin Technologies | -
The Supreme Court has ruled by four to one that a technology company was entitled to refuse a bereaved mother access to the messages stored on her late son's phone.
Marguerite Akande had sought an order requiring Orrin Technologies to unlock the account of her son Tobias, who died aged 19 in 2021, arguing that the messages might explain the circumstances of his death.
Giving the lead judgment, Lady Abernethy, the court's deputy president, said the court had "⟦p:a|the greatest sympathy⟧" for Mrs Akande.
"⟦d:a|But sympathy cannot rewrite a statute. Parliament has struck a balance between the interests of the dead, the bereaved and the living people with whom the deceased corresponded, and it is not for this court to strike a different one,⟧" she wrote.
In a dissenting judgment, Lord Okonjo said the majority's reading of the legislation was "⟦p:o|unduly narrow⟧".
"⟦d:o|A mother seeking to understand how her child died is not a stranger rifling through private correspondence. The law is capable of recognising that difference, and in my view it does,⟧" he wrote.
Mrs Akande said she was "⟦p:m|heartbroken but not finished⟧". "⟦d:m|I will take this to Parliament now. No parent should have to fight a company for their child's last words,⟧" she said.
Orrin Technologies said it had "⟦p:t|a duty to protect the privacy of all of our users, including those who have passed away⟧".

### 050
@h Hollie Osei-Brooks | -
@j Jamal Osei-Brooks | her husband
@m Midwife A | a midwife who cannot be named
@c Lucinda Marsh-Aboagye | The review’s chair
A mother whose baby died hours after birth at Skelton Vale Hospital has told an independent review that she and her husband were “⟦p:h|treated like a nuisance⟧” by staff when they raised concerns during labour.
Hollie Osei-Brooks, 29, and her husband, Jamal, gave evidence on the third day of public hearings into maternity care at the hospital, where at least 40 baby deaths are being examined.
“⟦d:h|I told them four times that something was wrong. The last time a midwife told me first-time mums always think that,⟧” Mrs Osei-Brooks said.
Her husband, Jamal Osei-Brooks, said he had gone to the nurses’ station to ask for a doctor.
“⟦d:j|They said the doctor was busy in theatre. I said, then find another one. Nobody came for nearly two hours,⟧” he said.
Their son, Kobi, was born by emergency caesarean section and died the same evening.
The review also heard from a midwife who cannot be named, referred to as Midwife A, who was on duty that night.
“⟦d:m|We had two midwives for eleven women in labour. I am not making excuses. I am telling you what it was like,⟧” she said.
The review’s chair, Dr Lucinda Marsh-Aboagye, said it was “⟦p:c|not the first time⟧” the panel had heard about staff shortages on the unit.
“⟦d:c|We will not be in the business of blaming individual midwives for failures of a system. But we will be in the business of finding out why that system failed,⟧” she said.
### 051
@a Henrik Aas | Senior trial attorney
@w KV-14 | A protected witness
@p Zoran Petrić | -
@d Amina Diallo-Ferreira | Presiding Judge
ARNHOLT, June 6 (Wirenews) — A former militia commander on trial for the killing of 212 civilians in the Vardanian town of Kostel told judges on Thursday that he had been «⟦p:p|a soldier, not a butcher⟧».
Zoran Petrić, 63, is charged with war crimes and crimes against humanity before the Special Tribunal for Vardania over events in the spring of 1994.
Senior trial attorney Henrik Aas told the court that Petrić had personally ordered the separation of men from women and children at the town's football ground.
«⟦d:a|The men were taken away in lorries. None of them came back. The accused was there, and he gave the order,⟧» Aas said.
A protected witness, identified only as KV-14, testified from behind a screen with her voice distorted.
«⟦d:w|I held on to my husband's coat. A soldier pulled my hand away and said, 'You will see him tomorrow.' That was 30 years ago,⟧» she said.
Addressing the court in his own language, through an interpreter, Petrić denied being present. «⟦d:p|I was forty kilometres away on that day. I have said this for 30 years and I will say it until I die,⟧» he said.
Presiding Judge Amina Diallo-Ferreira warned him to confine himself to the evidence. «⟦d:d|This is not the moment for speeches, Mr Petrić. You will have your opportunity,⟧» she said.

### 052
@f Jade Fenwick | the mother-of-three
@q Marjorie Quayle | Chair of the bench
@l Kerry Lomas | His solicitor
@d Yusuf Demir | director of Anatolia Grill on Tanner Row
@x - | A Milbrook man who was caught fishing without a licence at Harrow Lake for the third time in a year
Here is a round-up of cases heard at Milbrook Magistrates’ Court this week.
A Milbrook woman who shouted abuse at paramedics treating her partner has been ordered to pay them £100 each in compensation. Jade Fenwick, 31, of Calder Road, admitted a public order offence. “⟦d:f|I was frightened and I took it out on the wrong people. I’ve written to them to say sorry,⟧” the mother-of-three told the court.
Chair of the bench Marjorie Quayle told her: “⟦d:q|Paramedics are there to save lives. They should not have to put up with being sworn at while they do it.⟧”
A takeaway owner has been fined £3,400 for food hygiene offences after inspectors found mouse droppings in a rice store. Yusuf Demir, 45, director of Anatolia Grill on Tanner Row, pleaded guilty to four offences. His solicitor, Kerry Lomas, said the kitchen had since been “⟦p:l|deep-cleaned from top to bottom⟧” and now held a four-star rating.
Mr Demir said outside court: “⟦d:d|It was a bad month. I am embarrassed. Come and eat, it is clean now.⟧”
A Milbrook man who was caught fishing without a licence at Harrow Lake for the third time in a year was fined £280. The court heard that when approached by a bailiff he said: “⟦d:x|It’s only a couple of roach.⟧”

### 053
@h Harold Bexley | -
@o Owen Pritchard | -
@j Catherine Ashe | Judge
An 88-year-old widower told a jury by video link yesterday how a man posing as a water board official forced his way into his bungalow and stole his late wife's jewellery.
Harold Bexley, who gave evidence from a room at his sheltered housing scheme, said the man had worn a lanyard and a high-visibility vest.
"⟦d:h|He said there was a leak in the street and he needed to check my taps. He seemed a nice enough lad,⟧" Mr Bexley told Dunford Crown Court.
"⟦d:h|When he'd gone I went to the bedroom and the box was empty. Forty-nine years of birthdays, in that box.⟧"
Under questioning by prosecutor Rachel Nkemelu, he said the man had been "⟦p:h|young, tall, with a shaved head⟧".
Owen Pritchard, defending Lee Scanlon, 26, who denies burglary, asked whether Mr Bexley had been wearing his glasses at the time.
"⟦d:o|Is it possible, Mr Bexley, that you didn't get a clear look at his face?⟧"
"⟦d:h|I got a clear enough look to know he was a thief.⟧"
Judge Catherine Ashe asked the witness if he would like a break. "⟦d:j|Take as long as you need, Mr Bexley. There's no hurry at all,⟧" she said.
The trial continues.

### 054
@t Tomás Ferreira | -
@k Kathryn Lowe | -
@m Rashid Mirza | Employment Judge
@u Independent Couriers Union | The union
A food delivery courier has won a landmark tribunal ruling that he was a worker entitled to holiday pay and the minimum wage, not a self-employed contractor as the app company claimed.
Tomás Ferreira, 38, who delivered for Zippd in Lenborough for four years, brought the claim with the backing of the Independent Couriers Union.
“⟦d:t|They told me I was my own boss. But my own boss would not switch me off the app for turning down three jobs in the rain,⟧” he told the hearing.
Kathryn Lowe, for Zippd, argued that couriers could reject work and send substitutes in their place. “⟦d:k|The flexibility in this relationship is real, and it runs in both directions,⟧” she said.
But Employment Judge Rashid Mirza found that the right of substitution was “⟦p:m|largely theoretical⟧”.
“⟦d:m|The reality is that Mr Ferreira could not negotiate his pay, could not choose his customers, and could be removed from the platform at the company’s discretion. Those are not the hallmarks of a business on its own account,⟧” he wrote.
The union called the decision “⟦p:u|a huge moment for thousands of couriers⟧”. Zippd said it would appeal.

### 055
@a Court of Appeal | -
@s Imran Chaudhry | the Solicitor General
@f Farrant | -
@c Colin Ashby | Megan’s father
A motorist who killed a teenage cyclist while using his phone at the wheel has had his sentence doubled after the Court of Appeal ruled it was “⟦p:a|unduly lenient⟧”.
Graham Keighley, 47, was originally jailed for two years and eight months at Ellesford Crown Court in March after admitting causing death by dangerous driving. Megan Ashby, 17, was thrown from her bike on the A612.
The sentence was referred to the Court of Appeal by the Solicitor General, Imran Chaudhry, who argued that the judge had given too much weight to Keighley’s remorse.
“⟦d:s|A driver who chooses to scroll through social media at 50mph on a busy road is making a choice to put other lives at risk,⟧” he said after the ruling.
Lady Justice Farrant, sitting with two other judges, increased the sentence to five years and four months. “⟦d:f|The sentencing judge was right to accept that the offender’s remorse was genuine. But remorse cannot reduce a sentence to the point where it no longer reflects the gravity of what was done,⟧” she said.
Megan’s father, Colin Ashby, said outside the court: “⟦d:c|No number of years brings her back. But today someone finally said that what he did was as serious as we knew it was.⟧”

### 056
@j Rachel Ilesanmi | the judge
@m - | the mother
@f - | the father
A family court judge has criticised a father who used his children’s mobile phones to track their mother’s movements after the couple separated, describing his behaviour as “⟦p:j|coercive and controlling in the clearest sense⟧”.
In a judgment published on Monday, Her Honour Judge Rachel Ilesanmi, sitting at the Family Court in Harbridge, ordered that the children, aged nine and 12, should live with their mother and see their father under supervision.
The parents cannot be identified to protect the children.
The court heard that the father had installed location-sharing apps on both children’s phones and had turned up uninvited at the mother’s workplace, a supermarket, and at a friend’s house.
In evidence, the mother said: “⟦d:m|Everywhere I went, he was there or he knew about it. I stopped going anywhere. I felt like I was living in a goldfish bowl.⟧”
The father told the court he had only wanted to make sure the children were safe. “⟦d:f|Any dad would want to know where his kids are,⟧” he said.
The judge rejected that explanation. “⟦d:j|The purpose of the tracking was not the children’s safety. It was the mother’s whereabouts. The children were used as the means,⟧” she wrote.

### 057
@k Bronwyn Keogh | State Coroner
@r Rural Fire Authority | the authority
@t Tess Arbuckle | His widow
The State Coroner has found that a volunteer firefighter killed when a tree fell on his truck during the Mount Carrow bushfire might have survived if the authority had acted on warnings about the route.
Doug Arbuckle, 58, a volunteer with the Gully Flat brigade for 31 years, died on January 4, 2020, on the Wattle Ridge fire trail.
State Coroner Bronwyn Keogh found that the trail had been identified as "⟦p:k|high risk for falling timber⟧" in an internal review two years earlier but was not closed to fire vehicles.
"⟦d:k|Mr Arbuckle and his crew were sent down a track that the authority's own officers had flagged as dangerous. Nobody told them,⟧" she said in her findings, handed down in Bellarine Downs on Tuesday.
His widow, Tess Arbuckle, said she hoped the findings would "⟦p:t|save some other family from the knock on the door⟧". "⟦d:t|Doug would go out every summer and never once complain. He trusted them to send him somewhere safe,⟧" she said.
The Rural Fire Authority said it accepted all 14 of the coroner's recommendations. "⟦d:r|We have already introduced a new system for assessing fire trails before crews are deployed,⟧" it said in a statement.

### 058
@k Kofi Ansah-Boateng | ASHGROVE United striker
@v Victor Hale | celebrity brief
@n Neil Ambrose | District Judge
ASHGROVE United striker Kofi Ansah-Boateng has dodged a driving ban - thanks to a lawyer nicknamed “⟦s:-|the Technicality King⟧”.
The £60,000-a-week ace was clocked at 58mph in a 40mph zone in his Lamborghini on the Hensford bypass last October.
But celebrity brief Victor Hale argued the speed camera had not been calibrated within the required period.
“⟦d:v|The law is the law, whether you play for Ashgrove United or you stack shelves at the supermarket,⟧” Hale told the court.
District Judge Neil Ambrose said he had “⟦p:n|no choice⟧” but to dismiss the case.
“⟦d:n|Whatever the public may make of it, the prosecution has not proved the reading was accurate,⟧” he said.
Ansah-Boateng, 26, grinned as he left court and told waiting photographers: “⟦d:k|Back to training. Got a big one Saturday.⟧”
### 059
@r Ramon Escalante | -
@f Lucille Fontenot | His attorney
@j - | a retired schoolteacher who asked not to be named
@b Brightwater Chemical Co. | -
CEDAR BLUFF, La. (Wirenews) — A jury on Friday ordered Brightwater Chemical Co. to pay $48.5 million to a former plant worker who developed bladder cancer after two decades of handling a dye additive at its Cedar Bluff facility.
Ramon Escalante, 61, wiped his eyes as the verdict was read after three days of deliberations in Marais Parish District Court.
"⟦d:r|I'm not going to lie, I didn't think twelve regular people could beat a company that big,⟧" Escalante said outside the courthouse. "⟦d:r|I worked there 22 years. I just wanted them to say they knew.⟧"
His attorney, Lucille Fontenot, told jurors in closing arguments that internal memos showed the company knew of the cancer risk as early as 1998 and "⟦p:f|chose silence over safety⟧".
"⟦d:f|They had a choice between a cheaper chemical and a safer one, and they picked the cheaper one and kept on picking it,⟧" attorney Fontenot said after the verdict.
One juror, a retired schoolteacher who asked not to be named, said the memos had been decisive. "⟦d:j|Once we read those, there wasn't a whole lot to argue about,⟧" she said.
Brightwater said in a statement that it "⟦p:b|respectfully disagrees⟧" with the verdict and would appeal.

### 060
@m Anjali Menon | Tribunal Judge
@n Marek Nowicki | a tenant on the fourth floor
@d Simon Drury | -
@g Gloria Abiodun | -
HAWKSMERE, Feb 2 (Wirenews) -- A property tribunal judge on Monday ordered the owner of a mould-ridden tower block in Hawksmere to repay more than 180,000 pounds in rent to 23 households, saying the conditions had been ``⟦p:m|a disgrace in a wealthy country⟧''.
Tribunal Judge Anjali Menon said photographs submitted by tenants of Kestrel Court showed black mould on bedroom ceilings, collapsed plaster and water running down light fittings.
``⟦d:m|No landlord could have looked at these photographs and believed that the flats were fit for people to live in,⟧'' she said.
Marek Nowicki, a tenant on the fourth floor, told the tribunal that his son, who is four, had been admitted to hospital twice with breathing problems.
``⟦d:n|We wrote to the agent eleven times. Eleven. They sent a man with a bottle of bleach,⟧'' he said.
Simon Drury, of Drury Lettings, which manages the block for an offshore company, said repairs had been delayed by ``⟦p:d|difficulties obtaining instructions⟧'' from the owner.
``⟦d:d|We are the agent, not the landlord. We passed on every complaint we received,⟧'' he told the hearing.
Gloria Abiodun, who chairs the Kestrel Court residents' association, said after the ruling: ``⟦d:g|Today the tenants won. Tomorrow we still wake up in the same flats. We want the repairs, not just the money.⟧''

### 061
@i Isla Ferrand-Moyo | -
@p Penrose | -
@l Last Breath | the campaign group the three belong to
@w - | a care worker who missed three home visits that morning
Three climate protesters who glued themselves to the Tamberley bridge during the morning rush hour have lost their appeal against their convictions for causing a public nuisance.
The three, known to supporters as “⟦s:-|the Tamberley Three⟧”, had argued that the judge at their trial wrongly stopped them from explaining to the jury why they had acted.
Isla Ferrand-Moyo, 26, Daniel Okwu, 31, and Hannah Lisowski, 58, were each jailed for 12 months in 2023 after the protest brought traffic to a standstill for more than four hours.
Giving the judgment of the Court of Appeal, Lord Justice Penrose said the protesters’ motives were “⟦p:p|sincerely held⟧” but legally irrelevant.
“⟦d:p|The offence is committed by causing serious harm to the public, or obstructing them in the exercise of their rights. It is not a defence that the defendant believes the cause to be an important one,⟧” he said.
In a post on social media shortly after the ruling, Ferrand-Moyo wrote: “⟦d:i|We lost today. The planet is still losing every day. I’d do it again.⟧”
Last Breath, the campaign group the three belong to, described the judgment as “⟦p:l|a dark day for the right to protest⟧”.
“⟦d:l|People will remember who stood in the road and who stood in the way,⟧” the group said.
One driver caught in the tailback, a care worker who missed three home visits that morning, told the trial last year: “⟦d:w|I understand why they care. But my clients went without their medication because of it.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh91.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh91",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
