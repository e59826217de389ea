# ruff: noqa: E501
"""Build ``quotes_fresh159.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests and fatal
accident inquiries, public inquiry hearings with counsel to the inquiry, appeals,
employment, immigration, tax, medical and sports disciplinary tribunals, a court
martial and a county court dispute, written as wire copy, broadsheet and local-paper
court reports, tabloid court stories, broadcaster web copy, a magazine long read and
an inquiry transcript.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh159-NNN``.

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

* A role title, rank or relational phrase before the name (``Judge``, ``District
  Judge``, ``Detective Inspector``, ``Lance Corporal``, ``Prosecutor``, ``Her dad``)
  is the description when no appositive follows the name; an appositive after the
  name wins over it (``Station Manager Helen Osei, a fire investigator``).
* Judicial forms of address made of an honorific and ``Justice`` (``Mr Justice``,
  ``Mrs Justice``, ``Lord Justice``, ``Lady Justice``) are honorifics, not role
  titles: the speaker is the name that follows them, and the description is a definite
  description used at a cue (``the judge``), else null. ``Dame`` and ``Sir`` are
  honorifics too.
* The court-report tags ``prosecuting``, ``defending``, ``mitigating``, ``for the
  defence``, ``for the Whyte family`` after a name are not descriptions (they are not
  noun phrases); nor are ages and addresses (``29, of Heol y Felin``). Where a speaker
  has no appositive and no title, a definite description used at a cue (``the
  prosecutor``, ``the family's barrister``, ``the 26-year-old``, ``the former
  minister``) is taken, else null.
* A non-restrictive relative clause after an appositive or after an unnamed
  speaker's head noun (``one father, who did not want to be named``) is not part of
  the description; a restrictive one (``a midwife who worked on the unit between 2015
  and 2020``) is.
* Ciphers and anonymity labels given by a court (``W80``, ``KB``, ``Patient A``,
  ``Soldier B``) are the speaker's name. A person the court has given no label
  (``the complainant``, ``the teenager``) has a null speaker and that description.
* Statements read to a court by someone else (victim personal statements, a juror's
  statement read by her barrister) belong to their author, not to the reader. Text
  messages, emails, letters and police-interview answers read to a court belong to
  whoever wrote or said them.
* Words that a witness recounts someone else saying, quoted with double marks in the
  reporter's own sentence, belong to whoever first said them (``she said Colburn told
  her "…"`` is Colburn's).
* Counsel's questions in examination and cross-examination are counsel's speech. In a
  printed exchange of quote-only paragraphs each turn belongs to the person whose turn
  it is.
* Names of verdicts, inquest conclusions and legal doctrines or statutory tests quoted
  as labels (``lawful killing``, ``joint enterprise``, ``excessively disruptive``),
  email subject lines, banners, and titles of books and shows are ``scare``. A legal
  phrase quoted as what a named judge, officer or party said or argued (``unduly
  harsh``, ``unduly lenient``) is that person's ``partial``.
* In the transcript passage, words the witness says he wrote on a document are his
  ``partial``; words he reads out from someone else's email are that author's
  ``direct``; the same words then discussed as words are ``scare``.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null.
* Where a statement is attributed at its cue to an unnamed spokesperson (``a company
  spokesperson said``), the spokesperson is the speaker (null, with that
  description), even if the organisation is the subject of the preceding sentence.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh159.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh159.jsonl")

PASSAGES = """
### 001
@a Helena Vasquez-Ward | the prosecutor
@b Oskar Lindqvist | -
@c Rupert Aldane | Lindqvist's barrister
@d Mirela Dumitrescu | a neighbour who lived in the flat below
LONDON, March 4 (Meridian Wire) - A man stabbed his former business partner 14 times after a dispute over a failed restaurant venture and then drove to a petrol station to buy cigarettes, a jury was told on Tuesday.
Oskar Lindqvist, 46, denies murdering Callum Brereton at a flat in Harlow Street, Westbourne, last September. He has admitted manslaughter on the grounds of loss of control, a plea the prosecution does not accept.
Opening the case at the Central Criminal Court, Helena Vasquez-Ward, prosecuting, said the killing was “⟦p:a|the culmination of months of resentment⟧” over unpaid debts.
“⟦d:a|This was not a man who snapped,⟧” the prosecutor told jurors. “⟦d:a|The Crown says this was a man who had decided, some time before he rang that doorbell, what he was going to do.⟧”
She said Lindqvist had sent a text message to his sister two days earlier which read: “⟦d:b|He will pay for this one way or another.⟧”
Lindqvist's barrister, Rupert Aldane, told the jury his client “⟦p:c|accepts he caused Mr Brereton's death and will carry that for the rest of his life⟧” but had not gone to the flat intending to harm anyone.
“⟦d:c|You will hear a great deal about that text message,⟧” Aldane said. “⟦d:c|You will also hear that he sent dozens like it, about dozens of people, and never laid a finger on any of them.⟧”
The first witness, Mirela Dumitrescu, a neighbour who lived in the flat below, said she had been woken by shouting shortly after 11 p.m.
“⟦d:d|I heard a man screaming ‘stop, stop, please’,⟧” she said, giving evidence through a Romanian interpreter. “⟦d:d|Then it went very quiet, and that was worse.⟧”
The trial continues.

### 002
@a Siân Prydderch | Prosecutor
@b Mahmood Qureshi | -
@c Patricia Lindley | Chair of the bench
@d Dylan Hughes-Morgan | -
@e - | a member of the public
A Pentrefelin van driver who was almost three times over the drink-drive limit when he ploughed into a bus shelter has been banned from the roads for two years.
Dylan Hughes-Morgan, 29, of Heol y Felin, admitted drink-driving when he appeared before Aberwennol magistrates on Monday.
Prosecutor Siân Prydderch said police were called to Station Road at about 1.20am on January 18 after a member of the public reported "⟦p:e|a loud bang and a van on the pavement⟧".
"⟦d:a|Thankfully the shelter was empty at the time. Had it not been, we could be dealing with something very different,⟧" Ms Prydderch said.
A breath test showed 96 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.
Mahmood Qureshi, defending, said his client had been drinking at a wake for a close friend and had "⟦p:b|made a catastrophic decision⟧" to drive home.
"⟦d:b|He is deeply ashamed. He lost his job the next morning, and frankly he deserved to,⟧" Mr Qureshi said. "⟦d:b|He has not touched a drink since.⟧"
Asked by the bench whether he wished to say anything, Hughes-Morgan replied: "⟦d:d|Just that I'm sorry. I could have killed someone.⟧"
Chair of the bench Patricia Lindley told him: "⟦d:c|You are fortunate that nobody was waiting for a bus that night. We hope you remember that every time you are tempted.⟧"
He was also fined £640 and ordered to pay £85 costs and a £256 surcharge.

### 003
@a Lionel Drummond-Sykes | -
@b Marguerite Okafor | retired headteacher
@c Ifeoma Nwachukwu | prosecutor
@d Joanna Blakemore | Judge
@e Chidi | Mrs Okafor's son
A SMOOTH-TALKING conman who posed as an oil-rig engineer to swindle lonely widows out of £412,000 has been jailed for nine years.
Lionel Drummond-Sykes, 58 — dubbed the "⟦s:-|Romeo of the Rigs⟧" by detectives — wooed his victims on dating apps, sending them poems and pictures of sunsets he claimed to have taken from the North Sea.
In fact, the court heard, he had never set foot on a rig. The photos were downloaded from the internet.
One victim, retired headteacher Marguerite Okafor, 71, handed over her life savings after he claimed he needed "⟦p:a|just a few weeks' help⟧" to pay a customs bill.
In a statement read to Harcastle Crown Court by prosecutor Ifeoma Nwachukwu, she said: "⟦d:b:m|I thought I had found someone to grow old with. Instead I found a man who studied me like a bank statement.⟧
"⟦d:b|I am ashamed, and I know I should not be. He is the one who should be ashamed.⟧"
Ms Nwachukwu told the court that Drummond-Sykes had "⟦p:c|a script, and he followed it to the letter⟧", with identical messages sent to at least six women.
Drummond-Sykes, wearing a grey suit, showed no emotion as Judge Joanna Blakemore branded him "⟦p:d|cold, calculating and utterly without shame⟧".
"⟦d:d|You hunted for women who were grieving and alone,⟧" the judge said. "⟦d:d|You took their money, but worse than that, you took their trust in other people, and some of them will never get that back.⟧"
Outside court, Mrs Okafor's son Chidi said: "⟦d:e|Mum's a fighter. Today she got to see him go down. That's enough for us.⟧"

### 004
@a Shona McAllister | His mother
@b Benedikt Hollander | a consultant pathologist
@c Wexham Valley Water | -
@d Rosalind Achterberg | the senior coroner for North Wexham
A teenager who drowned in a reservoir during last summer's heatwave had no idea how cold the water below the surface would be, an inquest has heard.
Finlay McAllister, 19, an apprentice electrician from Dunmore, got into difficulty minutes after swimming out from the shore at Carrick Water on July 19 with three friends.
His mother, Shona McAllister, told the hearing at Wexham County Hall that her son was “⟦p:a|a strong swimmer, the kind who'd do lengths before school⟧”.
“⟦d:a|He'd been in the sea a hundred times. He thought this was no different,⟧” she said. “⟦d:a|Nobody told those boys that twenty feet down it's like ice.⟧”
Dr Benedikt Hollander, a consultant pathologist, gave the cause of death as drowning, and said cold water shock was “⟦p:b|very likely to have been a contributing factor⟧”.
Wexham Valley Water, which owns the reservoir, said in a written submission that it had “⟦p:c|taken every reasonable step⟧” to deter swimmers, including eleven signs reading “⟦s:-|DANGER – COLD DEEP WATER – NO SWIMMING⟧”.
Recording a conclusion of misadventure, Rosalind Achterberg, the senior coroner for North Wexham, said: “⟦d:d|Finlay was a young man who, on a very hot day, did something thousands of young people do every summer. Signs alone plainly do not stop that.⟧”
She said she would write to the company and to the regional water regulator to ask what more could be done.
“⟦d:d|I would like to say to Finlay's family that I am very sorry for their loss,⟧” she added.

### 005
@a Graham Toller | the former council boss
@b Nkechi Adeyemi-Walsh | counsel to the inquiry
@c Lucinda Roe | the inquiry chair
The former chief executive of a council responsible for a tower block where seven people died in a fire has told a public inquiry he was “⟦p:a|never once⟧” warned that its fire doors were defective.
Graham Toller, who ran Portmere Borough Council from 2011 to 2019, was questioned for more than four hours on Wednesday by Nkechi Adeyemi-Walsh, counsel to the inquiry.
Shown an email sent to his office by a fire safety officer in 2016, headed “⟦s:-|URGENT – Marlowe House doors⟧”, he said he had no memory of reading it.
“⟦d:b|It was addressed to you personally, Mr Toller. Are you saying you didn't open it?⟧” Ms Adeyemi-Walsh asked.
“⟦d:a|I'm saying I received something like 200 emails a day. I'm saying I don't remember it. That is not the same thing as saying it wasn't important,⟧” the former council boss replied.
“⟦d:b|Is it the same thing as saying you didn't act on it?⟧”
There was a long pause. “⟦d:a|Yes. I accept that nothing was done. I accept that.⟧”
Members of the bereaved families, several wearing T-shirts printed with photographs of their relatives, shook their heads in the public gallery.
At the end of the session, the inquiry chair, Dame Lucinda Roe, thanked Toller for his evidence and said the inquiry would “⟦p:c|want to return to the question of who, if anyone, read that email⟧”.

### 006
@a Agnieszka Kowalewska | a former night-shift supervisor at Coldharbour Logistics' depot in Stanwick
@b Coldharbour Logistics | -
@c Brendan Sayle | the company's operations director
@d Declan Furey | Ms Kowalewska's union representative
@e Harriet Olumide | Employment Judge
@f - | A spokesperson for Coldharbour Logistics
A warehouse supervisor who was sacked after complaining about freezing working conditions was unfairly dismissed, an employment tribunal has ruled.
Agnieszka Kowalewska, a former night-shift supervisor at Coldharbour Logistics' depot in Stanwick, was dismissed in February last year for what the company called "⟦p:b|gross insubordination⟧".
She told the tribunal in Brinford she had raised concerns about temperatures in the chilled section "⟦p:a|at least a dozen times⟧" before she was dismissed.
"⟦d:a|We were working in coats and two pairs of gloves and still shaking. I wrote it down every night in the log, because that's what we were trained to do,⟧" she said.
"⟦d:a|The only thing I did differently that night was send it to head office as well.⟧"
Brendan Sayle, the company's operations director, told the hearing the decision had been "⟦p:c|nothing to do with the temperature complaints⟧".
"⟦d:c|She went over her manager's head and copied in people who had no business being copied in. That undermines the whole structure,⟧" he said.
Ms Kowalewska's union representative, Declan Furey, asked him: "⟦d:d|So the structure matters more than whether people are freezing?⟧"
"⟦d:c|That's not what I said,⟧" Mr Sayle replied.
In her judgment, Employment Judge Harriet Olumide described the reason given for the dismissal as "⟦p:e|a pretext⟧". "⟦d:e|The tribunal is satisfied that the principal reason for the claimant's dismissal was that she made protected disclosures about the health and safety of her colleagues,⟧" she wrote.
A spokesperson for Coldharbour Logistics said the company was "⟦p:f|disappointed⟧" and was considering an appeal.

### 007
@a Mariam Haidari | -
@b Priyanka Desai | the agency's presenting officer
@c Oluwaseun Bankole | Her barrister
@d Border and Asylum Agency | -
@e Colm Ferriter | Judge
An Afghan former prosecutor who says she faces death at the hands of men she once helped to convict has won her appeal against the refusal of her asylum claim.
Mariam Haidari, 41, told the tribunal in Brackenfield that she had been a public prosecutor in Herat province for nine years and had sent «⟦p:a|dozens⟧» of men to prison.
Giving evidence through a Dari interpreter, she said: «⟦d:a|When they opened the prisons, the first thing those men did was look for the people who put them there. I was one of those people.⟧»
Priyanka Desai, the agency's presenting officer, put it to her that she had waited 11 months in Iran before travelling on to Europe. «⟦d:b|If you were in such danger, why not claim protection at the first opportunity?⟧» she asked.
«⟦d:a|Because in Iran I was also not safe. Because I had no papers. Because my son was sick,⟧» Ms Haidari replied. «⟦d:a|You want one reason. I had many.⟧»
Her barrister, Oluwaseun Bankole, told the tribunal that the Border and Asylum Agency's original refusal letter had described her account as «⟦p:d|vague and lacking in detail⟧».
«⟦d:c|It is neither. It is detailed, it is consistent and it is corroborated by the documents in front of you,⟧» he said.
In a written decision published this week, Judge Colm Ferriter found her account «⟦p:e|credible in all material respects⟧» and said: «⟦d:e|I am satisfied that there is a real risk that the appellant would be killed if returned to Afghanistan.⟧»
The Border and Asylum Agency said it would «⟦p:d|consider the judgment carefully⟧».

### 008
@a Uchenna-Brooks | the judge
@b Lorna Devereux | Mr Ferreira's partner
@c Nathaniel Crewe | -
A 23-year-old man who killed a delivery rider in a hit-and-run while racing a friend through a city centre at more than 80mph has been jailed for 14 years.
Nathaniel Crewe was driving a borrowed BMW when it struck Tomás Ferreira, 27, on Albion Road, Kingsreach, shortly before midnight on 3 May.
Sentencing him at Kingsreach Crown Court, Mrs Justice Uchenna-Brooks said:
“⟦d:a:m|You drove that car as if the street belonged to you and nobody else. Mr Ferreira had every right to be on that road. He was doing his job, on a Friday night, so that other people could have their dinner delivered.⟧
“⟦d:a:m|You saw him, or you should have. You did not brake. And when you had hit him, you did not stop. You drove to a car park two miles away, you wiped down the steering wheel, and you went home to bed.⟧
“⟦d:a|Nothing I say can restore what his family has lost. But the law is clear that this kind of driving is to be punished severely, and it will be.⟧”
The judge described the defendant's later claim that he thought he had hit a wheelie bin as “⟦p:a|an insult to the intelligence of everyone in this room⟧”.
In a statement read to the court, Mr Ferreira's partner, Lorna Devereux, said: “⟦d:b|Tomás saved every penny to bring his mother over from Porto for our wedding. She came over for his funeral instead.⟧”
The other driver, Kieron Baptiste, 22, was jailed for four years for dangerous driving.
As he was led from the dock, Crewe shouted: “⟦d:c|Fourteen years for an accident? This is a joke.⟧”

### 009
@a Amersham | -
@b Desmond Achebe-Lowe | -
@c Yusuf Karagöz | His solicitor
@d Public Prosecution Office | -
A man who spent 17 years in prison for a robbery he has always said he did not commit has had his conviction quashed by the Court of Appeal.
Desmond Achebe-Lowe, 52, was convicted in 2006 of robbing a post office in Hollins Green at knifepoint. He was released on licence in 2023.
Giving the judgment of the court on Thursday, Lord Justice Amersham said new DNA evidence recovered from a balaclava found near the scene meant the jury had been "⟦p:a|deprived of evidence which might reasonably have led them to acquit⟧".
"⟦d:a|It is a matter of profound regret that it has taken this long for the position to be established,⟧" he said.
Outside the Royal Courts of Justice, Mr Achebe-Lowe, holding his granddaughter, said: "⟦d:b|I walked into prison with a son who was eight. I walked out with a grandson. They can't give me any of that back.⟧"
"⟦d:b|But today somebody finally said it out loud. I didn't do it.⟧"
His solicitor, Yusuf Karagöz, said the case raised "⟦p:c|serious questions⟧" about how forensic material had been stored, and called for an independent review.
"⟦d:c|That balaclava sat in a cardboard box for fifteen years. Nobody thought to test it until we asked,⟧" he said.
The Public Prosecution Office said it "⟦p:d|respects the decision of the court⟧" and would not seek a retrial.

### 010
@a Benedict Sowerby | -
@b Chantelle Osei-Bonsu | -
@c Ewan Macrae | Judge
The key prosecution witness in the trial of three men accused of murdering a teenager outside a nightclub in Southmoor faced a second day of cross-examination on Thursday.
Chantelle Osei-Bonsu, 24, told the jury last week she had seen the defendant Marcus Hale strike the fatal blow.
Benedict Sowerby KC, who represents Hale, questioned her about what she could see from where she was standing. The exchange went as follows:
“⟦d:a|You were on the other side of the road?⟧”
“⟦d:b|Yes.⟧”
“⟦d:a|Behind a bus shelter?⟧”
“⟦d:b|Next to it. Not behind it.⟧”
“⟦d:a|It was dark, it was raining, there were perhaps forty people outside that club. And you are sure, absolutely sure, that it was Mr Hale?⟧”
“⟦d:b|I've known Marcus since primary school. I know how he walks. I know his voice. It was him.⟧”
Mr Sowerby put it to her that she had named Hale only after falling out with his girlfriend. “⟦d:b|That's a lie, and you know it's a lie,⟧” she said, raising her voice for the first time.
Judge Ewan Macrae intervened to suggest a short break. “⟦d:c|Take a moment, Ms Osei-Bonsu. There's no rush,⟧” he said.
The trial continues.

### 011
@a Piotr Zieliński | the lorry driver
@b Hamza Latif | -
@c Imogen Trelawney | Assistant Coroner
@d - | her family
A lorry driver has told an inquest he ``⟦p:a|did not see anything at all⟧'' before his vehicle struck and killed a cyclist at a junction in Tremorran.
Dr Elin Vaughan, 38, a GP at a surgery in the town, died at the scene after she was hit by a turning lorry at the Carn Road junction on 14 November.
Piotr Zieliński, the lorry driver, told the hearing at Kernow House that he had checked all his mirrors before turning left.
``⟦d:a|I looked left, I looked in the mirror, there was nothing. I would never pull out if I saw somebody,⟧'' he said. ``⟦d:a|I think about her every day.⟧''
Hamza Latif, who had been cycling about 50 metres behind Dr Vaughan, said the lorry had indicated ``⟦p:b|very late, almost as it was turning⟧''.
``⟦d:b|She was well over to the left. She had lights on. There was nothing she could have done,⟧'' he told the inquest.
Assistant Coroner Imogen Trelawney recorded a conclusion that Dr Vaughan died as a result of a road traffic collision, and said she would write to the haulage firm about side sensors.
``⟦d:c|It is clear to me that a sensor of the kind now fitted to most of the firm's fleet would in all likelihood have alerted Mr Zieliński,⟧'' she said.
In a statement, her family said: ``⟦d:d|Elin spent her life looking after other people. We hope that what has come out of today means other families are spared what we are going through.⟧''

### 012
@a Jaxon Rourke | Love Villa star
@b Kezia Mortimer | His ex-girlfriend
@c Anjali Rao | his barrister
@d Simon Ackroyd | District Judge
LOVE Villa star Jaxon Rourke hurled a phone at his ex-girlfriend during a furious 3am row over a "⟦s:-|flirty⟧" text, a court heard yesterday.
The 29-year-old hunk, who shot to fame on the hit dating show, denies assault by beating.
His ex-girlfriend Kezia Mortimer, 26, told Westerby Magistrates' Court she was left with a cut above her eye.
"⟦d:b|He just lost it. One minute we were talking, the next he was screaming at me and the phone came flying across the room,⟧" she said.
"⟦d:b|I remember thinking, this isn't the person everyone sees on telly.⟧"
But his barrister Anjali Rao suggested the influencer had "⟦p:c|invented a story⟧" after Rourke ended their relationship.
"⟦d:c|You were angry, weren't you? Angry that he'd finished it, angry that it was all over the internet?⟧" Ms Rao asked.
"⟦d:b|I was angry because he threw a phone at my face,⟧" Miss Mortimer shot back.
Rourke, wearing a navy suit and white trainers, told the court: "⟦d:a|I've never laid a finger on a woman in my life. I threw my phone on the bed. It bounced. That's it.⟧"
District Judge Simon Ackroyd, who will deliver his verdict on Friday, warned fans in the public gallery: "⟦d:d|This is a court, not a fan meet. Any more giggling and you'll be outside.⟧"

### 013
@a Viktor Halynych | the former minister
@b Lidiya Voronets | the lead prosecutor
@c Arkadiy Sobol | Halynych's lawyer
@d - | A Western diplomat who attended the hearing
MALINSK, June 11 (Continental Press) - A former deputy energy minister accused of taking $14 million in bribes told a Malinsk court on Wednesday that the case against him was «⟦p:a|political theatre⟧» staged to distract from the government's own failings.
Speaking from a glass cage in the courtroom, Viktor Halynych, 61, said: «⟦d:a|I signed nothing I was not told to sign. Everyone in this room knows who gave the orders, and none of them are sitting here.⟧»
Lidiya Voronets, the lead prosecutor, told the three-judge panel that investigators had traced payments through «⟦p:b|a chain of shell companies stretching across four jurisdictions⟧».
«⟦d:b|The defendant says he signed nothing he was not told to sign. We have the pages he signed, and nobody told him to sign them,⟧» she said.
Halynych's lawyer, Arkadiy Sobol, said outside court that his client would appeal any conviction. «⟦d:c|The verdict in this case was written before the first witness was called,⟧» he told reporters.
A Western diplomat who attended the hearing, speaking on condition of anonymity, said the proceedings had been «⟦p:d|broadly orderly⟧» but that defence lawyers had been given «⟦p:d|very little time⟧» to review thousands of pages of evidence.
Asked by the presiding judge whether he wished to add anything, the former minister stood and said: «⟦d:a|Only that I love my country, and I am not afraid.⟧»
A verdict is expected next month.

### 014
@a Sandeep Gill | an environmental health officer for Easterby Council
@b Fatima Zahra Benali | Tenant
@c Gerald Pennock | -
@d Rhiannon Ellis | Tribunal Judge
A landlord who let a family of five live in a damp flat with mould "⟦p:a|from floor to ceiling⟧" has been ordered to repay almost £9,000 in rent.
A property tribunal made a rent repayment order against Gerald Pennock, who owns the two-bedroom flat above a launderette on Carver Street, Easterby.
Tenant Fatima Zahra Benali told the hearing her youngest child, aged three, had been admitted to hospital twice with breathing problems.
"⟦d:b|Every morning I wiped the walls, and every night it came back. I told him again and again. He said open the window,⟧" she said.
Sandeep Gill, an environmental health officer for Easterby Council, said he had found mould "⟦p:a|from floor to ceiling⟧" in the children's bedroom, and that the conditions were "⟦p:a|among the worst I have seen in fourteen years⟧".
Mr Pennock, who represented himself, told the tribunal the tenants had caused the problem by "⟦p:c|drying washing indoors and never opening a window⟧".
"⟦d:c|I have been a landlord for thirty years and I have never had a complaint like this. It's lifestyle, not the building,⟧" he said.
Tribunal Judge Rhiannon Ellis was unpersuaded. "⟦d:d|The respondent's suggestion that a family with three young children should dry their washing outdoors in an Easterby winter is not one the tribunal finds realistic,⟧" she wrote in the tribunal's decision.

### 015
@a Tobias Wren | counsel to the inquiry
@b Leanne Ashworth | -
@c Ngozi Eze-Thornton | a midwife who worked on the unit between 2015 and 2020
@d Fiona Lockhart | The inquiry's chair
@e - | one father
Families whose babies died or were harmed at Rosewell General Hospital's maternity unit began giving evidence on Monday to an inquiry told that mothers' concerns there had been “⟦p:a|brushed off, laughed at or simply ignored⟧”.
Opening the public hearings, counsel to the inquiry, Tobias Wren, said it had received evidence from more than 400 families.
“⟦d:a|Behind each of those numbers is a family for whom the happiest day of their lives became the worst,⟧” he said.
Leanne Ashworth, whose son Alfie died two days after his birth in 2019, told the inquiry she had asked repeatedly for a doctor during a 30-hour labour.
“⟦d:b|I was told I was being dramatic. I was told first-time mums always think something's wrong. I kept saying, something is wrong, and they kept saying, no, it isn't.⟧”
Ngozi Eze-Thornton, a midwife who worked on the unit between 2015 and 2020, said staff had been “⟦p:c|running on fumes⟧”.
“⟦d:c|There were nights when two of us covered a ward meant for five. You did the checks you could. You prayed about the rest,⟧” she said. “⟦d:c|We raised it. We raised it in writing. Nothing changed.⟧”
The inquiry's chair, Fiona Lockhart, told families in the hall: “⟦d:d|You have waited a long time to be heard. This inquiry will hear you.⟧”
Outside, one father, who did not want to be named, said: “⟦d:e|It's the first time anyone official has said sorry to our faces. It only took six years.⟧”

### 016
@a Bernadette Kilbride | a retired circuit judge who sat at Harrowfield Crown Court for nineteen years
@b Thandiwe Mokoena | a criminologist at Lanford University
Bernadette Kilbride remembers the first time she sent someone to prison. It was 1998, the defendant was 19, and he had stolen a car. She went home, she says, and could not eat.
“⟦d:a|My husband said, you'll get used to it. I said, I hope I don't,⟧” she tells me in the kitchen of her house outside Harrowfield. “⟦d:a|And I don't think I ever did, really. You learn to do it properly. That's different.⟧”
Kilbride, a retired circuit judge who sat at Harrowfield Crown Court for nineteen years, has written a book about sentencing, “⟦s:-|The Weight of It⟧”, which is published next month. It is unusual for a judge to speak so frankly, even in retirement, and she is aware of it.
“⟦d:a:m|Judges are supposed to be a bit mysterious. I understand why. But I think the public has a right to know what goes through your head when you're deciding how many years of somebody's life to take away.⟧
“⟦d:a:m|Mostly it's arithmetic. Guidelines, starting points, aggravating, mitigating. And then, right at the end, there's a moment when you look up and there's a person there, and a mother in the gallery, and you have to remember that the arithmetic is about them.⟧
“⟦d:a|I never stopped finding that moment hard.⟧”
“⟦d:-|Do you regret any of them?⟧” I ask. She laughs, for the first time all afternoon.
“⟦d:a|Of course. Anyone who says no is lying, or wasn't paying attention.⟧” She will not say which.
Thandiwe Mokoena, a criminologist at Lanford University, who has read an early copy, calls the book “⟦p:b|the most honest thing a British judge has written in decades⟧”.
“⟦d:b|What she does is show the working. Most judges hand you the answer and you have to trust them,⟧” Mokoena says.

### 017
@a Westmoor Police | -
@b - | the forewoman of the jury
@c Kelvin Ashgrove | -
@d Precious Nwosu | the victim's sister
@e Rhodri Vaughan-Jones | Detective Inspector
A 31-year-old man has been found guilty of murdering a father of three who was shot dead on his own doorstep in Eastfold in what police described as "⟦p:a|a case of mistaken identity⟧".
Kelvin Ashgrove was convicted by a jury at Eastfold Crown Court on Friday of the murder of Emeka Nwosu, 38, in March last year. He was also convicted of possessing a firearm with intent to endanger life.
Asked for the verdict on the murder count, the forewoman of the jury said: "⟦d:b|Guilty.⟧"
Ashgrove shook his head and said "⟦d:c|No, no, no⟧" as he was taken down to the cells.
Outside court, the victim's sister, Precious Nwosu, said: "⟦d:d|Emeka was not the man they were looking for. He was a man who coached under-11s football and sang too loudly in church.⟧"
"⟦d:d|Nothing that happened in that courtroom brings him back. But at least now the man who took him from us will answer for it.⟧"
Detective Inspector Rhodri Vaughan-Jones, who led the investigation, said: "⟦d:e|This was a cowardly, senseless killing of an innocent man. I want to thank the witnesses who came forward despite being frightened. Without them we would not have got here.⟧"
Westmoor Police said its inquiry into who ordered the shooting remained "⟦p:a|very much open⟧".
Ashgrove will be sentenced on May 2.

### 018
@a Nasreen Hasan | Shop owner
@b Callum Pettigrew | His youth offending worker
@c - | the teenager
@d Aoife Brannigan | District Judge
A 15-year-old boy who filmed himself setting fire to a bin outside a corner shop and posted the footage online has been given a 12-month referral order.
The teenager, who cannot be named for legal reasons, admitted arson when he appeared at Northgate Youth Court.
The court heard the fire spread to the shop's awning and caused £7,000 of damage. The video was viewed more than 30,000 times before it was taken down.
Shop owner Nasreen Hasan, whose family has run the business for 22 years, said in a statement read to the court: “⟦d:a|My husband and I were upstairs with our grandchildren. If the smoke had come inside, I do not like to think about it.⟧”
“⟦d:a|I watched the video. He was laughing. I would like him to know we did not laugh.⟧”
His youth offending worker, Callum Pettigrew, told the court the boy had been “⟦p:b|mortified⟧” when shown the statement.
“⟦d:b|He's a lad who wants an audience, and he found the worst possible way to get one,⟧” Mr Pettigrew said.
Asked by the judge if he had anything to say, the teenager said quietly: “⟦d:c|I'm sorry. I didn't think it would catch.⟧”
District Judge Aoife Brannigan told him: “⟦d:d|You didn't think. That's the whole problem. Over the next year you are going to learn to think, and you're going to do it in front of people whose job is to make sure you do.⟧”

### 019
@a Gwendolyn Asare | Area Coroner
@b Greyford Health Trust | -
@c Daniel Okoro-Hughes | Her father
A coroner has warned that more patients could die unless a hospital trust fixes “⟦p:a|serious failings⟧” in the way it monitors people left waiting in corridors.
Area Coroner Gwendolyn Asare issued a prevention of future deaths report following the inquest into the death of Amara Okoro-Hughes, 24, who collapsed on a trolley in the emergency department at Greyford Royal Infirmary after waiting more than nine hours to be seen.
In the report, published on Tuesday, she wrote: “⟦d:a|Amara was, in effect, invisible. She was in a corridor, not a cubicle, and the systems for checking on patients simply did not reach her.⟧”
She listed seven “⟦p:a|matters of concern⟧”, including staffing levels and the absence of any record of observations during the final four hours.
Greyford Health Trust said it had “⟦p:b|apologised unreservedly⟧” to the family and had introduced hourly checks for patients in corridors. “⟦d:b|We fell short of the standard of care Amara deserved, and we are determined to learn from this,⟧” the trust said.
Her father, Daniel Okoro-Hughes, said: “⟦d:c|Hourly checks. She needed someone to look at her once. Once. I want to see what they actually change, not what they say they will change.⟧”
The trust has 56 days to respond to the report.

### 020
@a Carolyn Hesketh | the department's clinical director
@b Yuki Tanabe | a consultant radiologist at Lindenmoor Hospital
@c Philippa Grange | counsel for Dr Tanabe
@d Ravinder Sahota | Employment Judge
A consultant radiologist who was repeatedly passed over for a leadership role was the victim of race and sex discrimination, an employment tribunal has ruled.
Dr Yuki Tanabe, a consultant radiologist at Lindenmoor Hospital, told the tribunal she had applied three times for the post of clinical lead and had been told each time by the department's clinical director, Carolyn Hesketh, that she lacked “⟦p:a|presence⟧”.
“⟦d:b|I asked what presence meant. I asked for examples. Nobody could give me one,⟧” Dr Tanabe said. “⟦d:b|In the end I understood that it meant being a tall man with a loud voice.⟧”
Dr Hesketh told the tribunal she had “⟦p:a|never once⟧” considered Dr Tanabe's ethnicity or sex. “⟦d:a|I made a judgement about leadership qualities. I stand by it,⟧” she said.
Under cross-examination by counsel for Dr Tanabe, Philippa Grange, she accepted that none of the three successful candidates had been asked about presence.
“⟦d:c|So the only candidate whose presence was ever in question was the Japanese woman?⟧” Ms Grange asked.
“⟦d:a|I wouldn't put it like that,⟧” Dr Hesketh replied.
In a reserved judgment, Employment Judge Ravinder Sahota said the word “⟦s:-|presence⟧” had been used “⟦p:d|as a vehicle for stereotypes about who looks like a leader⟧”.

### 021
@a Brandon Keating | -
@b Oyinda Balogun | -
@c Ruth Ogunleye | Mrs Fairweather's neighbour
@d Elsie Fairweather | -
@e Alasdair Finch | Recorder
A rogue builder who told an 87-year-old widow her roof was "⟦p:a|about to cave in⟧" and charged her £23,500 for work worth less than £1,000 has been jailed.
Brandon Keating, 34, of no fixed abode, admitted fraud by false representation at Ashbury Crown Court.
Oyinda Balogun, prosecuting, said Keating knocked on Elsie Fairweather's door in Hollin Road in August 2023, claiming he had noticed "⟦p:a|loose tiles⟧" while working nearby.
Over the following six weeks he sent her a series of text messages demanding further payments. One read: "⟦d:a|Mrs F the rafters are rotten, if we dont do it this week the whole lot comes down on you. Need another 4k tomorrow.⟧"
"⟦d:b|He was plainly reading his victim and increasing his demands as her fear increased,⟧" Miss Balogun said.
Mrs Fairweather's neighbour, Ruth Ogunleye, became suspicious when she saw Keating's van outside for the fourth time. "⟦d:c|I asked him what he was doing up there and he told me to mind my own business,⟧" she told the court. "⟦d:c|So I did the opposite.⟧"
In a victim statement, Mrs Fairweather said: "⟦d:d|I have lived in this house for 61 years and I have never been frightened in it until now. I check the locks three times every night.⟧"
Recorder Alasdair Finch jailed Keating for three years and eight months. "⟦d:e|You are a predator who chose an elderly woman living alone,⟧" he said. "⟦d:e|Mrs Ogunleye deserves the thanks of this court.⟧"

### 022
@a Halloran | the judge
@b KB | The claimant
@c Open Doors Detention Project | -
@d - | A Department for Borders spokesperson
The High Court has ruled that the detention of a man with paranoid schizophrenia in an immigration removal centre for 14 months was unlawful.
The claimant, who can be identified only as KB, was held at Fernmoor House from 2022 to 2023.
In a written judgment handed down on Friday, Mr Justice Halloran said the Department for Borders had ``⟦p:a|repeatedly ignored⟧'' warnings from doctors that his condition was deteriorating.
``⟦d:a|The medical evidence was clear from the outset. It was not merely that the claimant's detention was harmful to him; it was that the harm was predicted, documented and then disregarded,⟧'' the judge said.
In a witness statement, KB said: ``⟦d:b|Every night I heard voices telling me the guards would kill me. I told the nurse. She gave me a leaflet.⟧''
Open Doors Detention Project, which supported the claim, said the ruling should be ``⟦p:c|a wake-up call⟧''. ``⟦d:c|This is not a story about one man,⟧'' it said. ``⟦d:c|It is what happens when a system treats mental illness as an inconvenience.⟧''
A Department for Borders spokesperson said: ``⟦d:d|We are disappointed by this judgment and are considering our next steps.⟧''

### 023
@a Sunita Chaudhary | Fellow allotment holder
@b Ellen Marsh | -
@c Keith Annand | Presiding magistrate
@d Derek Whitworth | -
@e - | One allotment holder who had come to watch
A parish councillor who took a pair of shears to a rival's prize runner beans the night before a village show has been ordered to pay £450 compensation.
Derek Whitworth, 71, who sits on Little Hembury Parish Council, admitted criminal damage at Dunstow Magistrates' Court on Wednesday.
The court heard he had been caught on a neighbour's doorbell camera entering the Church Lane allotments at 11.40pm on August 9, the night before the Little Hembury Flower and Produce Show.
Fellow allotment holder Sunita Chaudhary, whose beans had won first prize three years running, said she found the plants "⟦p:a|cut off at the knees⟧" the next morning.
"⟦d:a|I'm not going to pretend it's the crime of the century,⟧" she said in a statement. "⟦d:a|But I had grown those from seed my mother saved. You can't buy that back.⟧"
Ellen Marsh, defending, said her client had acted out of "⟦p:b|a moment of utter madness brought on by thirty years of coming second⟧".
"⟦d:b|He is mortified. He has resigned as chair of the show committee and he has written Mrs Chaudhary a letter of apology, which I understand she has not yet opened,⟧" Ms Marsh said.
Presiding magistrate Keith Annand told Whitworth: "⟦d:c|It may be a village show, but it was somebody else's property and somebody else's hard work.⟧"
Leaving court, Whitworth told reporters: "⟦d:d|No comment, except that I'm very sorry.⟧"
One allotment holder who had come to watch was less forgiving. "⟦d:e|He'll be back on his plot next week,⟧" she said. "⟦d:e|We'll all be keeping an eye on the marrows.⟧"

### 024
@a Leon Farrant | -
@b Zainab Idowu | Prosecutor
@c - | A neighbour who filmed the aftermath
@d Gavin Prothero | Her dad
@e Sarah Linklater | Judge
THE owner of a "⟦s:-|devil dog⟧" that mauled a five-year-old girl in a park has been jailed for 18 months.
Leon Farrant, 27, let his 11-stone mastiff cross roam off its lead in Bramley Park, Carbridge, where it savaged Ruby Prothero as she played on a slide.
The little girl needed 42 stitches to her face and arm.
Prosecutor Zainab Idowu told Carbridge Crown Court the dog had been reported to police "⟦p:b|on three previous occasions⟧" for aggressive behaviour.
A neighbour who filmed the aftermath told the court she heard "⟦p:c|the most terrible screaming⟧" before she saw the dog.
Her dad, Gavin Prothero, 34, said in a statement read to the court: "⟦d:d:m|Ruby used to run up to every dog she saw. Now she won't walk past a garden with a fence in case there's one behind it.⟧
"⟦d:d|She asks me if her face will always look like this. I tell her no. I hope I'm right.⟧"
Farrant, who sobbed in the dock, had told police in interview: "⟦d:a|He's never done nothing like that. He's soft as anything.⟧"
Judge Sarah Linklater told him: "⟦d:e|This dog was dangerous, you knew it was dangerous and you did nothing. A little girl will carry the scars of your indifference for the rest of her life.⟧"
The dog has been destroyed.

### 025
@a Sadia Rahman | counsel for the Baptiste family
@b Alan Tremlett | the former governor of HMP Northmoor
@c Malcolm Otway | The chair
The former governor of a prison where a 22-year-old man died after being restrained by officers has rejected a suggestion by the family's lawyer that the jail was “⟦p:a|out of control⟧” in the months before his death.
Alan Tremlett, the former governor of HMP Northmoor, was giving evidence to the public inquiry into the death of Jerome Baptiste, who stopped breathing after being held face down in a segregation unit in March 2021.
Sadia Rahman KC, counsel for the Baptiste family, took him through the prison's own figures.
“⟦d:a|In the six months before Jerome died there were 212 recorded uses of force on one wing. Two hundred and twelve. Is that a prison under control, Mr Tremlett?⟧” she asked.
“⟦d:b|It's a prison that was thirty per cent short of staff, holding some of the most volatile young men in the system,⟧” he replied. “⟦d:b|I won't sit here and tell you it was calm. It wasn't. But it wasn't out of control.⟧”
He said he had written to the prisons agency “⟦p:b|on at least four occasions⟧” asking for more officers.
Asked by Ms Rahman whether he had ever visited the segregation unit at night, he said he had not. “⟦d:b|With hindsight, I should have,⟧” he said.
The chair, Sir Malcolm Otway, reminded the room that the inquiry would examine the restraint itself next week. “⟦d:c|I know how hard today has been for Jerome's mother and his sisters. I'm grateful for their patience,⟧” he said.

### 026
@a Meredith Oyelowo | The Solicitor General
@b Pemberton | -
@c Jeremy Ashcombe | Hollis's counsel
@d Carla Dimitriou | The victim's mother
A man who left a teenager with a brain injury after a single punch has had his sentence more than doubled after the Solicitor General argued it was “⟦p:a|unduly lenient⟧”.
Ryan Hollis, 25, was originally jailed for three years for causing grievous bodily harm with intent to Stavros Dimitriou, 17, outside a takeaway in Harlow Cross.
The Solicitor General, Meredith Oyelowo, referred the case to the Court of Appeal, which on Wednesday increased the term to seven years.
Giving the court's judgment, Lady Justice Pemberton said the sentencing judge had given “⟦p:b|far too much weight⟧” to Hollis's previous good character.
“⟦d:b|This was a deliberate blow to the head of a young man who was walking away. The consequences were catastrophic and were plainly foreseeable,⟧” she said.
Hollis's counsel, Jeremy Ashcombe KC, had argued that his client's “⟦p:c|genuine and immediate remorse⟧” justified the shorter term.
The victim's mother, Carla Dimitriou, said after the hearing: “⟦d:d|Stavros can't work, he can't drive, he gets lost in the town he grew up in. Seven years is still nothing next to that. But it's something.⟧”
In a statement, Ms Oyelowo said: “⟦d:a|One punch can destroy a life. The courts must make sure the sentence reflects that.⟧”

### 027
@a Emina Delalić | a former schoolteacher from Brezovac
@b Ingrid Solheim | chief prosecutor
@c Matthias Brenner | Kostić's lead counsel
@d Radomir Kostić | General
@e Adaora Nnaji | Presiding Judge
LINDHAVEN, Oct 2 (Continental Press) - A woman told a war crimes tribunal on Thursday that soldiers under the command of General Radomir Kostić forced every man in her village onto lorries, and that she never saw her husband or two sons again.
Emina Delalić, 68, a former schoolteacher from Brezovac, gave evidence through an interpreter.
«⟦d:a|They came at six in the morning. They had lists. They read the names from the lists, and when they ran out of names, they took the ones who were not on the lists,⟧» she said.
Asked by chief prosecutor Ingrid Solheim what happened next, she broke down. After a pause she said, in Sarovian, «⟦d:a|Sve su odveli⟧», which the interpreter rendered as «⟦d:a|They took all of them⟧».
«⟦d:b|Take all the time you need, Mrs Delalić,⟧» Solheim said.
Under cross-examination, Kostić's lead counsel, Matthias Brenner, asked how she could be certain the soldiers belonged to the general's brigade.
«⟦d:c|You did not see the general himself that morning, did you?⟧» he asked.
«⟦d:a|No. I saw his badge on forty men. That was enough,⟧» she replied.
Kostić, who denies all eleven counts against him, listened through headphones. When Presiding Judge Adaora Nnaji asked whether the defence had further questions, he leaned forward and said into his microphone: «⟦d:d|The witness is lying, and she knows she is lying.⟧»
«⟦d:e|General Kostić, you will have your opportunity to give evidence. Today is not that day,⟧» the judge said.

### 028
@a Jonathan Prideaux | the prosecutor
@b Hamish Ashby-Lane | -
@c Ravi Chandrasekaran | -
The former chief executive of collapsed payments firm Quillpay knew “⟦p:a|to the penny⟧” that customer funds were being used to cover the company's losses, a jury has heard.
Hamish Ashby-Lane, 49, denies two counts of fraud by abuse of position at Blackfriars Crown Court.
Closing the case for the Economic Crime Bureau on Monday, Jonathan Prideaux KC reminded jurors that Ashby-Lane had described himself in evidence as “⟦p:b|a big-picture person, not a numbers person⟧”.
“⟦d:a|Members of the jury, the numbers were the big picture,⟧” the prosecutor said. “⟦d:a|Forty-one million pounds of other people's money does not slip past a man who checked the office coffee budget every month.⟧”
He showed the jury an email in which Ashby-Lane wrote to the firm's finance director: “⟦d:b|Just make the Q3 number work. Don't tell me how.⟧”
“⟦d:a|‘Don't tell me how.’ That is not a man who doesn't know. That is a man who doesn't want to be seen to know,⟧” Mr Prideaux said.
Ravi Chandrasekaran KC, for the defence, told jurors on Tuesday that the prosecution had built “⟦p:c|a cathedral out of one email⟧”.
“⟦d:c|You have been shown one sentence, written at eleven at night, by a tired man with a failing company. You have not been shown the four hundred other emails in which he asks, again and again, whether client money is safe,⟧” he said.
“⟦d:c|Mr Ashby-Lane made mistakes. He trusted the wrong people. That does not make him a criminal.⟧”
The jury is expected to retire on Thursday.

### 029
@a Gwenda Pugh | His wife
@b Ifor Bevan | -
@c Liam Gaughan | Farm Safety Authority inspector
@d John Ellwood-Jones | Senior coroner
A hill farmer died when his quad bike overturned on a steep slope as he checked on his ewes during lambing, an inquest has heard.
Emrys Pugh, 63, was found by his wife beneath the bike in a field above Cwm Eithin farm, near Llanhydref, on April 6 last year.
His wife, Gwenda Pugh, told the inquest in Aberhydref: "⟦d:a|Emrys had been going up that field on a bike for thirty years. He always said it was safer than his legs.⟧"
"⟦d:a|When he didn't come in for his dinner I knew. I just knew,⟧" she said.
Ifor Bevan, who farms the neighbouring land, said the slope was "⟦p:b|steep, but no steeper than half the fields round here⟧".
Farm Safety Authority inspector Liam Gaughan said the bike had no roll bar fitted and Mr Pugh had not been wearing a helmet.
"⟦d:c|I want to be really careful here, because I know the family are listening,⟧" he said. "⟦d:c|Mr Pugh was doing what thousands of farmers do every day. That is exactly why we keep saying it: wear a helmet, fit a crush protection device.⟧"
Senior coroner John Ellwood-Jones recorded a conclusion of accidental death. "⟦d:d|He died doing the work he loved, on the land his family has farmed for generations,⟧" he said.

### 030
@a Beatrix Holm | -
@b Laura Brennan | his former colleague
@c Kristóf Nagy | -
@d Imran Siddiqui | Judge
A man who bombarded a former colleague with more than 1,400 messages and turned up at her home dressed as a delivery driver has been jailed for 32 months and made subject to an indefinite restraining order.
Kristóf Nagy, 41, of Brook Terrace, Halden, admitted stalking involving fear of violence at Halden Crown Court.
Beatrix Holm, prosecuting, said Nagy had become “⟦p:a|fixated⟧” on his former colleague Laura Brennan after she turned down an invitation to dinner in 2022.
Miss Holm then read Ms Brennan's victim personal statement to the court: “⟦d:b|I have moved house twice. I have changed my number three times. I have changed my walk to work, my gym, my hair. He has changed nothing.⟧”
“⟦d:b:m|People say, at least he never hurt you. He did hurt me. He took the part of me that used to feel safe walking home, and I do not know if I will get it back.⟧
“⟦d:b|I want the court to know that I am not a victim every day. Some days I am just tired.⟧”
In a letter to the court, Nagy said he had “⟦p:c|misread the situation completely⟧” and was “⟦p:c|horrified by the fear⟧” he had caused.
Judge Imran Siddiqui said he did not accept the letter was sincere. “⟦d:d|You were told no, clearly and kindly, and you decided that no was a problem for you to solve,⟧” he said.
“⟦d:d|You will not contact Ms Brennan, directly or indirectly, for the rest of your life. If you do, you will come back before this court, and you will not like what happens next.⟧”

### 031
@a Farhan Qadri | a GP from Westcombe
@b Catriona Leckie | counsel for the Medical Standards Council
@c Patient A | One patient
@d Ewa Marczak | The tribunal's chair
A GP who prescribed powerful painkillers to patients he had never examined has been suspended for 12 months by a medical tribunal.
Dr Farhan Qadri, a GP from Westcombe, issued more than 300 online prescriptions for opioids through a private website between 2020 and 2022, the Clinical Practice Tribunal heard.
Catriona Leckie, counsel for the Medical Standards Council, said Dr Qadri had carried out consultations "⟦p:b|lasting, in some cases, under ninety seconds⟧".
"⟦d:b|These were not consultations in any meaningful sense. They were transactions,⟧" she said.
One patient, referred to as Patient A, said in a written statement that she had been prescribed "⟦p:c|enough tablets to kill a horse⟧" after filling in a short online form.
"⟦d:c|Nobody asked me why I wanted them. Nobody asked me anything,⟧" Patient A said.
Dr Qadri told the tribunal he had been "⟦p:a|naive⟧" about the website's business model. "⟦d:a|I believed there were safeguards at the pharmacy end. I should have checked. I accept that entirely,⟧" he said.
The tribunal's chair, Ewa Marczak, said his conduct had been "⟦p:d|a serious departure from good medical practice⟧" but stopped short of striking him off.
"⟦d:d|The tribunal has taken into account Dr Qadri's genuine insight and the steps he has taken to remediate,⟧" she said.

### 032
@a Cian Ó Dálaigh | the 26-year-old
@b Racing Integrity Board | -
@c Josie Hartigan | Trainer
@d Richard Bellweather | The panel's chairman
Cian Ó Dálaigh has been banned for 60 days after an independent disciplinary panel found he deliberately stopped his mount in a race at Marlford last month.
He had denied the charge, telling the hearing that the horse, Silver Kestrel, had “⟦p:a|just emptied⟧” two furlongs out.
“⟦d:a|I've ridden over a thousand races. I know when a horse has nothing left. That horse had nothing left,⟧” the 26-year-old said.
The Racing Integrity Board said in its submission that the ride had been “⟦p:b|a deliberate and obvious failure to obtain the best possible placing⟧”.
Trainer Josie Hartigan, who employs Ó Dálaigh, gave evidence in his support. “⟦d:c|Cian's as straight as they come. I'd stake my licence on it,⟧” she said.
The panel's chairman, Sir Richard Bellweather, said the panel had watched the race footage “⟦p:d|many times, from every available angle⟧”.
“⟦d:d|We are satisfied that the rider made no meaningful effort in the closing stages. The horse was not tired. The horse was being restrained,⟧” he said.
Ó Dálaigh said he would appeal. “⟦d:a|I'm gutted. I've done nothing wrong and I'll prove that,⟧” he told reporters outside.

### 033
@a Oluwaseyi Adebanjo | a senior structural engineer at Corran Hale Consulting
@b Peter Lindahl | counsel to the inquiry
@c - | a woman in the public gallery
@d Moira Kinnaird | The chair of the inquiry
An engineer who inspected the Carrow Water Bridge 18 months before it collapsed has told the public inquiry into the disaster that he recommended urgent repairs, but that his report was ``⟦p:a|downgraded⟧'' before it reached decision-makers.
Oluwaseyi Adebanjo, a senior structural engineer at Corran Hale Consulting, said he had identified corrosion in two of the bridge's main hangers in March 2022.
``⟦d:a|I rated it as a priority one defect. Priority one means you act now, not next financial year,⟧'' he told the inquiry in Norbridge.
Peter Lindahl, counsel to the inquiry, showed him a later version of the report in which the defect was listed as priority three.
``⟦d:b|Did you make that change, Mr Adebanjo?⟧'' Mr Lindahl asked.
``⟦d:a|No, sir. I have never seen that version before this inquiry.⟧''
``⟦d:b|Do you know who did?⟧''
``⟦d:a|I have an idea. I would rather not guess in a public hearing.⟧''
Four people died when the bridge's central span fell into the river in September 2023. As Mr Adebanjo left the witness box, a woman in the public gallery shouted: ``⟦d:c|Then guess!⟧''
The chair of the inquiry, Moira Kinnaird, asked for calm. ``⟦d:d|I understand the strength of feeling. But this inquiry will get to the truth by evidence, not by guessing,⟧'' she said.

### 034
@a Ravinder Kaur | prosecutor
@b Neil Ambrose | Her solicitor
@c Michael Oduya | Chairman of the bench
@d Donna Kettleby | -
@e - | A Department for Work and Welfare spokeswoman
A BENEFITS cheat who claimed she was too sick to walk to the shops pocketed £38,000 — while running a market stall selling scented candles.
Donna Kettleby, 44, told welfare officials she could not stand for more than ten minutes, a court heard. But investigators filmed her setting up her stall at Brockwell Market six days a week, hauling crates and trestle tables.
Undercover footage showed Kettleby "⟦p:a|laughing and chatting with customers for hours on end⟧", prosecutor Ravinder Kaur told Grimsbury Magistrates' Court.
Kettleby admitted failing to notify a change in her circumstances.
Her solicitor, Neil Ambrose, said she had "⟦p:b|genuinely been very unwell⟧" when she first made the claim. "⟦d:b|Her health improved. Her honesty, sadly, did not keep pace with it,⟧" he said.
Chairman of the bench Michael Oduya sent the case to the crown court for sentence, telling her: "⟦d:c|The public are entitled to expect that people who are able to work do so. This was a sustained deception.⟧"
Outside court, Kettleby pulled her hood over her face and snapped at a photographer: "⟦d:d|Get out of my face. Haven't you got anything better to do?⟧"
A Department for Work and Welfare spokeswoman said: "⟦d:e|Benefit fraud takes money from those who genuinely need it, and we will always pursue those who cheat the system.⟧"

### 035
@a Abena Mensah | his sister
@b Grace Mensah | Their mother
@c - | one reporter
@d Sarah Fairclough | Detective Chief Inspector
Two teenagers have been found guilty of murdering a 17-year-old who was stabbed on a bus in front of dozens of passengers in Hallam Cross.
Kojo Mensah was attacked on the top deck of a number 52 bus on Brunswick Road in October. His killers, who were both 16 at the time, cannot be named for legal reasons.
Speaking outside Hallam Crown Court, his sister, Abena Mensah, said the verdicts brought “⟦p:a|no joy, only a full stop⟧”.
“⟦d:a|Kojo was the funny one. He was the one who'd ring our mum every lunchtime to ask what was for dinner, even though it was always rice,⟧” she said. “⟦d:a|Those boys didn't just take him. They took the noise out of our house.⟧”
Their mother, Grace Mensah, stood beside her, holding a photograph of her son in his school blazer.
“⟦d:c|How are you feeling today?⟧” one reporter asked her.
“⟦d:b|Tired. Just tired. I've been in that courtroom every day for five weeks,⟧” she said.
Detective Chief Inspector Sarah Fairclough said: “⟦d:d|Kojo was on his way home from college. He did nothing to provoke this. He was surrounded and attacked by two young people who had gone out that evening carrying knives, for no other reason than that they wanted to.⟧”
She urged parents to “⟦p:d|have the conversation, tonight⟧” with their children about knives.
The pair will be sentenced on 14 March.

### 036
@a Lucian Fairbairn | a property developer whose firm built much of Harbourside's waterfront
@b Niamh Costigan | an investigative journalist
@c Adrian Pell | -
@d Oyelaran-Bright | -
LONDON (Meridian Wire) - A property developer suing an investigative journalist for libel told the High Court on Monday that her book had made him "⟦p:a|a pariah in my own city⟧".
Sir Lucian Fairbairn, 67, a property developer whose firm built much of Harbourside's waterfront, is suing Niamh Costigan over her 2023 book "⟦s:-|Concrete Friends⟧", which alleges that he bribed planning officials.
"⟦d:a|I have been building in this city for forty years. Since that book came out, people cross the street,⟧" Sir Lucian said. "⟦d:a|My grandchildren have been asked at school whether their grandfather is a crook.⟧"
Costigan, an investigative journalist, is defending the claim on the grounds of truth and public interest.
Cross-examining her on Tuesday, Adrian Pell KC, for Sir Lucian, asked: "⟦d:c|You never once put these allegations to my client before publication, did you?⟧"
"⟦d:b|I wrote to him three times. I have the letters. He didn't reply to any of them,⟧" Costigan said.
"⟦d:c|Letters to an office address he had left two years earlier.⟧"
"⟦d:b|The address on his own company's website, Mr Pell.⟧"
Mrs Justice Oyelaran-Bright asked both sides to "⟦p:d|keep the temperature down⟧". The trial is expected to last two weeks.

### 037
@a Jordan Pike | a personal trainer at the gym
@b Olga Wiśniewska | prosecutor
@c Mehmet Yıldız | a regular at the gym
@d Kyle Brandreth | -
A personal trainer has told a jury he saw a gym owner punch a customer “⟦p:a|like he was trying to knock him through the wall⟧” moments before the man collapsed and died.
Kyle Brandreth, 38, who ran Ironworks Fitness in Dunmere, denies the manslaughter of Lewis Okwuosa, 29, in January last year.
Jordan Pike, a personal trainer at the gym, said the two men had argued over an unpaid membership fee.
“⟦d:a|Lewis was mouthing off, I'll be honest. But he never raised his hands. Kyle just swung,⟧” he told Dunmere Crown Court.
Asked by prosecutor Olga Wiśniewska what happened next, Mr Pike said: “⟦d:a|He went down like a tree. His head hit the edge of the leg press. I knew straight away it was bad.⟧”
“⟦d:b|Did Mr Brandreth say anything?⟧” Miss Wiśniewska asked.
“⟦d:a|He said, ‘He'll be fine, he's faking.’ Then he saw the blood.⟧”
Mehmet Yıldız, a regular at the gym, gave a different account. He said Mr Okwuosa had “⟦p:c|squared up⟧” to Brandreth and pushed him first.
“⟦d:c|I saw a push. Definitely a push. After that it was all very fast,⟧” he said.
Brandreth told police in interview that he had acted in self-defence. “⟦d:d|I thought he was going to hit me. I've got a bad back. I couldn't afford to take a punch,⟧” he said, according to a transcript read to the jury.
The trial continues.

### 038
@a Bernard Aske | Retired accountant
@b Moira Quigley | his neighbour of 26 years
@c Tobias Okwu | District Judge
A hedge row between two neighbours that has rumbled on for nine years and involved the council, a tree surgeon and a retired surveyor has finally been settled at Lowestead County Court.
Retired accountant Bernard Aske, 74, sued his neighbour of 26 years, Moira Quigley, 69, claiming her leylandii hedge — known on their road as "⟦s:-|the Monster⟧" — had blocked the light to his conservatory and damaged his guttering.
"⟦d:a|It is twenty-two feet tall. Twenty-two feet. I have measured it,⟧" Mr Aske told the court. "⟦d:a|I have not seen the sun in my conservatory since 2016.⟧"
Mrs Quigley said the hedge had been there when he moved in. "⟦d:b|He knew about it when he bought the house. He's had nine years to get used to it,⟧" she said.
"⟦d:b|And he has never once asked me nicely.⟧"
At one point Mr Aske produced a set of photographs. Asked by the judge whether they had been taken on the same day, he admitted they had been taken in "⟦p:a|different seasons, for comparison purposes⟧".
District Judge Tobias Okwu ordered the hedge to be cut back to eight feet and the costs to be split equally. "⟦d:c|I would gently suggest that both parties find a new hobby,⟧" he said. "⟦d:c|Perhaps not gardening.⟧"
Outside court, Mr Aske said he was "⟦p:a|broadly satisfied⟧". Mrs Quigley declined to comment.

### 039
@a W80 | A firearms officer
@b Chiamaka Eze | the family's barrister
@c Marcia Whyte | Darnell's mother
@d Lionel Stroud | The coroner
A police marksman who shot dead a man armed with a kitchen knife in a supermarket car park has told an inquest he had “⟦p:a|less than two seconds⟧” to decide whether to fire.
A firearms officer, identified only as W80 and giving evidence from behind a screen, said Darnell Whyte, 31, had been running towards a colleague “⟦p:a|with the knife held high⟧” when he fired twice.
“⟦d:a|I shouted ‘armed police, drop the knife’ at least twice. He didn't stop. He didn't slow down,⟧” W80 told the jury at Castlebridge Coroner's Court.
Chiamaka Eze KC, for the Whyte family, put it to him that CCTV footage showed Mr Whyte had been walking, not running.
“⟦d:b|Walking, officer. At a normal pace. Isn't that right?⟧” the family's barrister asked.
“⟦d:a|That's not how it was from where I was standing. I can only tell you what I saw and what I believed,⟧” W80 replied.
The jury returned a conclusion of “⟦s:-|lawful killing⟧” on Friday.
Darnell's mother, Marcia Whyte, said outside court: “⟦d:c|My son was unwell. He needed a doctor. He got a gun.⟧”
The coroner, Lionel Stroud, said he would write to the force about the way mental health calls were handled before armed officers were sent. “⟦d:d|There are lessons here, and they must be learned,⟧” he said.

### 040
@a Rosa Mendes | a senior nurse in the intensive care unit at Carlow Vale Hospital
@b - | one manager
@c Declan Sheehy | Employment Judge
@d Carlow Vale Hospitals Trust | -
@e Abimbola Fashola | Her solicitor
A senior intensive care nurse who was bullied out of her job after reporting that colleagues were falsifying patient observation charts has been awarded £186,000 by an employment tribunal.
Rosa Mendes, a senior nurse in the intensive care unit at Carlow Vale Hospital, raised concerns in 2021 that observations were being recorded "⟦p:a|retrospectively, and in some cases invented⟧".
After she spoke up, the tribunal found, she was left off rotas, removed from a training role and described by one manager in an email as "⟦p:b|a troublemaker who needs managing out⟧".
In his judgment, Employment Judge Declan Sheehy said: "⟦d:c|The claimant did precisely what a conscientious nurse should do. The respondent's reaction was to treat her as the problem.⟧"
"⟦d:c|The tribunal has no hesitation in finding that she was subjected to detriments because she made protected disclosures,⟧" he wrote.
Ms Mendes said she felt "⟦p:a|vindicated but exhausted⟧". "⟦d:a|I loved that unit. I would have stayed there until I retired,⟧" she said. "⟦d:a|I hope no nurse ever has to choose between her patients and her career again.⟧"
Carlow Vale Hospitals Trust said it "⟦p:d|accepted the tribunal's findings in full⟧" and had commissioned an independent review of its speaking-up procedures.
Her solicitor, Abimbola Fashola, said: "⟦d:e|This case should be required reading for every hospital board in the country.⟧"

### 041
@a Mairéad Conlon | Upper Tribunal Judge
@b Abdoulaye Diallo | -
@c Hannah Crossley | His fiancée
@d Graham Lyle | presenting officer for the Border and Asylum Agency
@e Kingsport Athletic | -
A youth football coach who arrived in Britain from Guinea aged eight has won his fight against deportation after a judge ruled that removing him would be "⟦p:a|unduly harsh⟧" on his young daughter.
Abdoulaye Diallo, 29, was jailed for 14 months in 2019 for possession of cannabis with intent to supply. Foreign nationals sentenced to more than a year in prison face automatic deportation.
At the Upper Tribunal hearing in Kingsport, Mr Diallo said: "⟦d:b|I made a stupid mistake when I was twenty-three. I served my sentence. I have not been in trouble since, and I never will be.⟧"
"⟦d:b|This is the only country I remember. I don't speak the languages they speak in Conakry. I would be a stranger there.⟧"
His fiancée, Hannah Crossley, told the tribunal their four-year-old daughter "⟦p:c|asks every night if Daddy is going away⟧".
Graham Lyle, presenting officer for the Border and Asylum Agency, argued the offence was "⟦p:d|serious, and involved the supply of drugs to young people⟧".
In her decision, Upper Tribunal Judge Mairéad Conlon said she was satisfied the effect of deportation on the child would be "⟦p:a|unduly harsh⟧". "⟦d:a|The appellant has, by every account, turned his life around,⟧" she wrote.
Kingsport Athletic, where Mr Diallo coaches the under-12s, said it was "⟦p:e|delighted⟧" for him and his family.

### 042
@a Errol Blackwood | -
@b Ines Carvalho | the lawyer who took up his case in 2015
@c - | A retired detective who worked on the original case
Errol Blackwood keeps the letter in a plastic wallet in the glovebox of his car. It is two paragraphs long, and it tells him, in the careful language of the Miscarriages Review Board, that his case has been referred back to the Court of Appeal.
“⟦d:a|I read it in the car park at the library. I read it about fifty times,⟧” he says. “⟦d:a|Then I sat there for an hour because I didn't trust myself to drive.⟧”
Blackwood was 22 when he was convicted of killing a shopkeeper in Ravensworth in 1997. He served 21 years. He was cleared in March.
“⟦d:a:m|People ask if I'm angry. Course I'm angry. But anger's like carrying a fridge around. You can do it for a bit, and then you have to put it down or it'll kill you.⟧
“⟦d:a:m|What I am is tired. I'm tired of explaining. I'm tired of people who say, well, there's no smoke without fire. There was no fire. There was a detective who needed a name, and mine was the one he had.⟧
“⟦d:a|I'm trying to learn how to be fifty-one. I never learned how to be thirty.⟧”
Ines Carvalho, the lawyer who took up his case in 2015, remembers their first meeting in the visits hall at HMP Stanmoor.
“⟦d:b|He'd written to forty-three lawyers. I was the forty-fourth,⟧” she says. “⟦d:b|He had his whole case in a carrier bag, indexed, in pencil. I've never seen anything like it.⟧”
A retired detective who worked on the original case, speaking on condition that he not be named, told me the investigation had been “⟦p:c|under enormous pressure from the top⟧”.
“⟦d:c|I'm not going to say we fitted anyone up,⟧” he said. “⟦d:c|I'm going to say we stopped looking.⟧”
Blackwood, when I read him that, is quiet for a long time. “⟦d:a|Well,⟧” he says eventually. “⟦d:a|That's the first honest thing any of them has said.⟧”

### 043
@a Marguerite Anand | Chief Justice
@b Tomasz Brzeziński | Justice
@c Civic Voice Alliance | -
@d Yusuf Demirel | Interior Minister
@e - | A government spokesman
ARDENMOUTH (Meridian Wire) - The Supreme Court ruled 4-1 on Wednesday that a law allowing police to ban protests deemed "⟦s:-|excessively disruptive⟧" was lawful, rejecting a challenge brought by civil liberties groups.
Writing for the majority, Chief Justice Marguerite Anand said Parliament had been entitled to strike "⟦p:a|a balance between the right to protest and the rights of others to go about their lives⟧".
"⟦d:a|It is not for this court to substitute its own view of where that balance should lie for the view taken by Parliament,⟧" she wrote.
In a dissenting opinion, Justice Tomasz Brzeziński warned that the test was "⟦p:b|so vague as to be almost limitless⟧".
"⟦d:b|A protest that disrupts nobody is not a protest. It is a parade,⟧" he wrote.
The Civic Voice Alliance, which brought the case, called the ruling "⟦p:c|a dark day for democracy⟧". "⟦d:c|We will take this to the regional human rights court if we have to,⟧" it said.
Interior Minister Yusuf Demirel welcomed the judgment. "⟦d:d|The overwhelming majority of people believe they should be able to get to work, to hospital and to school,⟧" he told reporters.
A government spokesman said police would receive updated guidance "⟦p:e|within weeks⟧".

### 044
@a Nguyen Thi Lan | the owner of the nail bar next door
@b Fergus McCaffrey | -
@c Helen Osei | a fire investigator
@d Raymond Pilkington | -
A takeaway owner set fire to his own shop to claim on the insurance, putting the lives of a family sleeping upstairs at risk, a jury has heard.
Raymond Pilkington, 52, denies arson with intent to endanger life and fraud at Blackmere Crown Court.
Nguyen Thi Lan, the owner of the nail bar next door, said she had seen him carrying two petrol cans into the shop at about 10pm on the night of the fire.
“⟦d:a|He said hello to me. He said, ‘Working late, Lan?’ I said yes, and he laughed,⟧” she told the jury.
Cross-examined by Fergus McCaffrey, defending, she agreed she had not mentioned the petrol cans in her first statement to police.
“⟦d:b|Why not, Mrs Nguyen?⟧” Mr McCaffrey asked.
“⟦d:a|Because the police officer was asking me about my shop. He didn't ask me about the cans. When I remembered, I phoned them,⟧” she said.
Station Manager Helen Osei, a fire investigator, told the court the blaze had started in two separate places.
“⟦d:c|Two seats of fire, with no electrical source at either, and traces of an accelerant at both. In my experience that points in one direction,⟧” she said.
Pilkington, giving evidence on Wednesday, said he kept petrol in the shop for a generator. “⟦d:d|I've never hurt anyone in my life. I'd never put a family in danger for money,⟧” he said.
The trial continues.

### 045
@a Kwame Asamoah | counsel for the family
@b Harriet Lomax | -
@c Aurelia Fontaine | Senior Coroner
@d - | the family
A coroner has agreed to widen the scope of the inquest into the death of a five-year-old boy who died after an asthma attack in a damp council flat, so that it includes the council's handling of repair requests.
Idris Bello-Kamara died in February 2024 at the family's home on the Hartsfield estate in Ellesmere.
At a pre-inquest review hearing on Monday, counsel for the family, Kwame Asamoah, argued that the inquest must examine “⟦p:a|not just the last night of Idris's life, but the last three years of it⟧”.
“⟦d:a|His mother reported the mould fourteen times. Fourteen. If that is not relevant to how this little boy came by his death, it is hard to see what would be,⟧” he said.
Harriet Lomax, who represents Ellesmere Council, said the council did not oppose a “⟦p:b|proportionate⟧” examination of the repair history, but warned against the inquest turning into “⟦p:b|a public inquiry into social housing⟧”.
Senior Coroner Aurelia Fontaine ruled that the repair records would be within scope. “⟦d:c|The court will look at what was reported, when, and what was done about it. It will not look at national housing policy, however strongly people feel about it,⟧” she said.
The full inquest is listed for ten days in September.
In a statement after the hearing, the family said: “⟦d:d|We just want the truth about what happened to our boy.⟧”

### 046
@a Winifred Oakes | -
@b Sebastian Moore | -
@c Jamie Lister | -
@d Farida Karimi | Judge
A burglar who stole an 86-year-old widow's wedding ring while she slept upstairs has been jailed for four years.
Jamie Lister, 31, of Eastwood Road, Marston Vale, broke into the home of Winifred Oakes through a kitchen window in the early hours of November 3.
He took her handbag, a laptop and a jewellery box containing the ring, which has never been recovered.
In a statement read to Marston Vale Crown Court, Mrs Oakes said: "⟦d:a:m|I was married to my Arthur for 58 years. That ring was on my finger every day of it, and I only took it off that night because my knuckles were bad.⟧
"⟦d:a|I don't sleep now. I sit in the chair in the front room with the light on and the radio going, and I wait for morning.⟧"
Sebastian Moore, mitigating, said Lister had been addicted to crack cocaine and had stolen "⟦p:b|to feed a habit that was eating him alive⟧".
In a handwritten letter to the judge, Lister wrote: "⟦d:c|I know sorry is not enough. I would give anything to find that ring and give it back to her. I think about her every night in my cell.⟧"
Judge Farida Karimi said she accepted his remorse was "⟦p:d|probably genuine⟧" but that it came "⟦p:d|too late to be of any comfort to Mrs Oakes⟧".
"⟦d:d|You chose the home of an elderly woman living alone because you thought it would be easy. It was. That is what makes it so mean,⟧" she said.

### 047
@a Amir Haddad | Major
@b Soldier B | A fellow soldier
@c Tevita Fifita | Lance Corporal
@d Nicola Fairhurst | Judge Advocate
@e - | A spokesperson for the regiment
A soldier who punched a junior colleague during a drunken initiation ritual at an army barracks has been demoted and sentenced to 90 days' detention by a court martial.
Lance Corporal Tevita Fifita, 28, of the 2nd Battalion, the Royal Kestrel Rifles, admitted assault occasioning actual bodily harm at the Military Court Centre in Coldmoor.
Major Amir Haddad, prosecuting, said the victim, an 18-year-old private, had been made to drink a pint of vodka mixed with hot sauce before Fifita “⟦p:a|hit him repeatedly about the body while others looked on and filmed⟧”.
A fellow soldier, referred to in court as Soldier B, said in a written statement: “⟦d:b|Everyone went through it. You didn't say no. Saying no was worse than doing it.⟧”
Fifita told the court: “⟦d:c|I was doing what was done to me. That's not an excuse. I was the senior man in that room, and I should have stopped it.⟧”
Judge Advocate Nicola Fairhurst described the so-called “⟦s:-|welcome night⟧” as “⟦p:d|a degrading ritual which has no place in the modern army⟧”.
“⟦d:d|The armed forces depend on trust between ranks. What you did that night betrayed that trust,⟧” she said.
A spokesperson for the regiment said: “⟦d:e|This behaviour is completely unacceptable, and everyone involved has been dealt with.⟧”

### 048
@a Gary Winstanley | -
@b Bev | His wife
@c SunSeeker Holidays | -
@d Marcus Hendry | the company's lawyer
@e Leonora Baptiste | Deputy District Judge
HOLIDAY hell couple Gary Winstanley and his wife Bev have won £4,200 from a travel firm after their "⟦s:-|five-star⟧" resort on the island of Kalymnara turned out to be a building site.
The pair, from Wakeford, paid £5,800 for a fortnight at the Aphrodite Palace.
Gary, 52, told Wakeford County Court: "⟦d:a|We were woken at seven every morning by a pneumatic drill. Every morning. The pool was a hole in the ground with a fence round it.⟧"
His wife Bev, 49, added: "⟦d:b|I'd saved for two years for that holiday. I cried on the first night and I think I cried on the last one too.⟧"
SunSeeker Holidays argued the couple had been offered a transfer to another hotel and had "⟦p:c|declined without good reason⟧".
"⟦d:d|We offered them an alternative within 24 hours. They chose to stay,⟧" the company's lawyer, Marcus Hendry, told the court.
"⟦d:b|The alternative was forty minutes from the beach and next to a motorway,⟧" Bev shot back.
Deputy District Judge Leonora Baptiste found in the couple's favour, saying the brochure had been "⟦p:e|at best optimistic and at worst fiction⟧".
Outside court, a delighted Gary said: "⟦d:a|We're going to Brackensea next year. At least you know what you're getting.⟧"

### 049
@a Caroline Astbury | the former health secretary
@b Dev Malhotra | counsel to the inquiry
@c - | One woman
@d Care Home Families for Justice | -
The former health secretary has told the pandemic inquiry she was «⟦p:a|never told⟧» that patients were being discharged from hospitals into care homes without being tested.
Caroline Astbury, the former health secretary, said on Tuesday that officials had assured her a «⟦p:a|protective ring⟧» had been thrown around care homes in the spring of 2020.
Dev Malhotra KC, counsel to the inquiry, showed her the minutes of a meeting on 2 April that year at which the discharge policy was discussed.
«⟦d:b|You were in the room, Mrs Astbury. Your name is on the attendance list. Did nobody mention testing?⟧» he asked.
«⟦d:a|I've read those minutes many times since. I don't recall it being raised, and I think if it had been raised I would have acted on it,⟧» she said.
«⟦d:b|Would you?⟧»
«⟦d:a|Yes. I believe I would.⟧»
There was laughter from the back of the hearing room. One woman called out «⟦d:c|Forty thousand people!⟧» and was asked to leave.
Care Home Families for Justice said afterwards that her evidence had been «⟦p:d|a masterclass in forgetting⟧». «⟦d:d|We came here for answers. We got amnesia,⟧» the group said.

### 050
@a Oisín Gallagher | -
@b Philippa Royce | -
@c Sandra Kelleher | Liam's mother
@d Beverley Ndlovu | founder of the Joint Enterprise Reform Campaign
Three senior judges have rejected an appeal by a man convicted of murder under the controversial “⟦s:-|joint enterprise⟧” doctrine even though he never touched the victim.
Liam Kelleher was 17 when Dwayne Forbes, 19, was stabbed by another youth in a park in Ashworth Vale in 2014. Kelleher, who was standing about 20 metres away, was convicted alongside the killer and jailed for life with a minimum term of 16 years.
At a hearing in June, Oisín Gallagher KC argued that the jury had been “⟦p:a|invited to convict on the basis of friendship, not participation⟧”.
“⟦d:a|Liam was there. Liam was stupid. Liam was not a murderer,⟧” he told the court.
Dismissing the appeal on Friday, Dame Philippa Royce said there was “⟦p:b|ample evidence⟧” that Kelleher knew his friend was carrying a knife.
“⟦d:b|The jury was properly directed and was entitled to reach the verdict it did. We are not persuaded that the conviction is unsafe,⟧” she said.
Liam's mother, Sandra Kelleher, wept in the public gallery. Outside, she said: “⟦d:c|My son has spent ten years in prison for standing in a park. I will keep fighting until I'm in my grave.⟧”
Beverley Ndlovu, founder of the Joint Enterprise Reform Campaign, said the ruling showed “⟦p:d|how far the law still has to travel⟧”.
“⟦d:d|Every week we hear from another family like the Kellehers,⟧” she said. “⟦d:d|Every week.⟧”

### 051
@a Ashok Venkataraman | One of the lead claimants
@b Dashly | -
@c Gideon Hartley | Employment Judge
@d Marisa Quintero | general secretary of the Independent Couriers' Union
@e - | a company spokesperson
Delivery riders for the app Dashly are workers, not self-employed contractors, and are entitled to the minimum wage and holiday pay, an employment tribunal has ruled.
The case was brought by 212 couriers. One of the lead claimants, Ashok Venkataraman, told the tribunal in Calder Bridge last year that the company controlled ``⟦p:a|everything except the weather⟧''.
``⟦d:a|They set the price. They decide who gets which job. If you turn down too many, your account gets frozen. How is that being your own boss?⟧'' he said.
Dashly had argued that riders were free to ``⟦p:b|log on and off whenever they choose⟧'' and could send a substitute to make a delivery in their place.
In his judgment, Employment Judge Gideon Hartley said the substitution right was ``⟦p:c|largely theoretical⟧''. ``⟦d:c|The tribunal heard no evidence that any courier had ever, in fact, sent a substitute,⟧'' he wrote.
Marisa Quintero, general secretary of the Independent Couriers' Union, which backed the claim, said: ``⟦d:d|This is a huge day for people who have been delivering your dinner in the rain for less than the minimum wage.⟧''
Dashly said it would appeal. ``⟦d:e|We are disappointed by today's decision, which does not reflect the way the overwhelming majority of couriers choose to work with us,⟧'' a company spokesperson said.

### 052
@a Geoffrey Halstead | a former choirmaster at St Aldhelm's School in Westerleigh
@b - | The complainant
@c Nadia Khoury | -
A woman has told a jury that her former choirmaster abused her over three years in the 1980s and told her no one would ever believe “⟦p:a|a girl who made things up⟧”.
Geoffrey Halstead, a former choirmaster at St Aldhelm's School in Westerleigh, denies 11 counts of indecent assault. He is now 79.
The complainant, now in her fifties, who cannot be named for legal reasons, gave evidence from behind a screen.
“⟦d:b|He used to say it was our secret, and that secrets were what made you special,⟧” she said. “⟦d:b|I was twelve. I believed him.⟧”
Asked by the prosecution why she had waited more than 35 years to go to the police, she said: “⟦d:b|Because I had a life to hold together. Because I had children. And then one day my daughter turned twelve, and I couldn't hold it any more.⟧”
Cross-examining, Nadia Khoury KC, for Mr Halstead, suggested that her memories had been “⟦p:c|shaped, quite innocently, by things you have read and heard since⟧”.
“⟦d:b|I didn't read about it. I was there,⟧” the woman replied.
Halstead, giving evidence later in the day, said: “⟦d:a|I never laid a finger on that girl or any other child. I gave forty years of my life to music and to those children.⟧”
The trial continues.

### 053
@a Marianne Egede | Coroner
@b Tomasz Nowicki | Her father
@c Aisha Karimova | a researcher in online safety
@d Loopr | -
A coroner has concluded that a 14-year-old girl died from an act of self-harm while suffering from depression and "⟦p:a|the negative effects of online content⟧".
Zofia Nowicka, from Ashby Marsh, died at home in May last year.
The inquest heard that in the six months before her death she had been shown thousands of videos about self-harm and suicide on the video app Loopr, many of them recommended by the platform's algorithm.
Her father, Tomasz Nowicki, told the hearing: "⟦d:b|She was a clever, funny girl who loved horses and hated maths. The phone was in her hand every night, and we thought she was talking to her friends.⟧"
"⟦d:b|We didn't know what it was feeding her. How could we?⟧"
Dr Aisha Karimova, a researcher in online safety, said much of the content was "⟦p:c|relentless, and designed to be⟧".
Coroner Marianne Egede said: "⟦d:a|It would not be safe to leave this inquest without recording that the material Zofia viewed contributed to her death in more than a minimal way.⟧"
Loopr said in a statement that it was "⟦p:d|deeply saddened⟧" and had since "⟦p:d|removed millions of pieces of harmful content⟧".

### 054
@a Travis Colburn | -
@b Renata Villalobos | Assistant District Attorney
@c Eli Rosenbaum | Defense attorney
@d Harlan Pruitt | Judge
@e Keisha Landry | a 911 dispatcher
LAKE TERRELL (Gulf States Wire) — A former sheriff's deputy accused of killing his wife testified Thursday that he was asleep in another room when she was shot and that he “⟦p:a|panicked⟧” when he found her.
Travis Colburn, 44, faces life in prison if convicted of second-degree murder in the June 2023 death of Amber Colburn, 39.
“⟦d:a|I heard a bang. I thought it was a car backfiring. Then I heard nothing, and that's what got me up,⟧” Colburn told jurors.
Under cross-examination, Assistant District Attorney Renata Villalobos asked why he had waited 22 minutes before calling 911.
“⟦d:a|I was trying to help her. I was trying to stop the bleeding. I wasn't looking at a clock, ma'am,⟧” Colburn said.
“⟦d:b|You had time to change your shirt, though, didn't you?⟧” Villalobos asked.
“⟦d:c|Objection, your honor. Argumentative,⟧” said defense attorney Eli Rosenbaum.
“⟦d:d|Sustained. Move on, counsel,⟧” Judge Harlan Pruitt said.
Earlier in the trial, Keisha Landry, a 911 dispatcher, testified that Colburn had sounded “⟦p:e|strangely calm⟧” on the call. She said he told her “⟦d:a|my wife's been shot, I think she did it herself⟧” before giving the address.
“⟦d:e|He gave me the address like he was ordering a pizza,⟧” she said.
Closing arguments are expected Monday.

### 055
@a Edmund Carrow-Hill | Judge
@b Saoirse Ní Bhriain | a medical student
@c Rajesh Pillai | a retired physics teacher
@d Last Harvest | -
Five climate protesters who glued themselves to the road outside an oil company's headquarters have been given suspended prison sentences, with a judge telling them that “⟦p:a|sincerity is not a defence⟧”.
The activists, members of the group Last Harvest, blocked Fenner Street in Cardington for nearly four hours in April, holding a banner reading “⟦s:-|NO NEW OIL – NO FUTURE⟧”.
Saoirse Ní Bhriain, 24, a medical student, told Cardington Crown Court she had acted because “⟦p:b|the people in that building know exactly what they are doing⟧”.
“⟦d:b|I have sat in lectures about heatstroke and asthma and crop failure. I am not going to sit quietly while it happens,⟧” she said.
Rajesh Pillai, 67, a retired physics teacher, said: “⟦d:c|I taught the greenhouse effect to fourteen-year-olds for thirty years. At some point, you have to do the homework yourself.⟧”
Sentencing them, Judge Edmund Carrow-Hill said he accepted their motives were genuine. “⟦d:a|But ambulances were held up, people missed hospital appointments, a man missed his father's funeral. Those are real costs to real people,⟧” he said.
Outside court, supporters chanted “⟦s:-|Shame on you⟧” as the defendants emerged.
Last Harvest said the sentences would “⟦p:d|not deter a single one of us⟧”.

### 056
@a Gethin Marlowe | The television presenter
@b National Revenue Service | -
@c Aditi Raman | -
@d Ingrid Thorsdottir | Judge
@e - | A spokesman for Marlowe
The television presenter Gethin Marlowe must pay £1.7 million in tax after a tribunal rejected his claim that he was a freelance contractor rather than an employee of the broadcaster that made him famous.
Marlowe, 58, host of the long-running quiz show "⟦s:-|Brain Drain⟧", received his fees through a personal service company between 2015 and 2021.
The National Revenue Service argued the arrangement was "⟦p:b|an employment relationship in everything but name⟧".
Giving evidence in March, Marlowe said: "⟦d:a|I had no idea about any of this. I'm a presenter. I read an autocue. I signed what my accountant told me to sign.⟧"
Aditi Raman, for the National Revenue Service, asked him: "⟦d:c|Did you ever turn down a show the channel asked you to do?⟧"
"⟦d:a|Not that I can remember, no.⟧"
In her decision, Judge Ingrid Thorsdottir said Marlowe had been "⟦p:d|integrated into the broadcaster's business to a very high degree⟧". "⟦d:d|He was, for all practical purposes, the face of the channel,⟧" she wrote.
A spokesman for Marlowe said he was "⟦p:e|considering his options⟧" and had "⟦p:e|always paid every penny he was told he owed⟧".

### 057
@a Tadeusz Wolski | His climbing partner
@b Hamish Rennie | leader of the Glen Coran mountain rescue team
@c Iain Drummond | The procurator fiscal depute
@d Morag Buchanan | Sheriff
A fatal accident inquiry into the death of a climber who fell 200 metres from a ridge in the Cairnmore range has found that a collapsing cornice was to blame.
Krzysztof Baran, 36, a software engineer from Dunmuir, died on 11 February 2023 while climbing with a friend on the north face of Sgùrr na Fiadh.
His climbing partner, Tadeusz Wolski, told Dunmuir Sheriff Court that the pair had checked the avalanche forecast that morning.
“⟦d:a|It said moderate. We have climbed in moderate many times. Krzysztof was more careful than me, always,⟧” he said.
“⟦d:a|He went to step past the cornice and it just was not there any more. No sound. He was there and then not there.⟧”
Hamish Rennie, leader of the Glen Coran mountain rescue team, said his volunteers had reached the body after a five-hour search in “⟦p:b|atrocious⟧” conditions.
The procurator fiscal depute, Iain Drummond, asked him: “⟦d:c|Was there anything, in your view, that either man could have done differently?⟧”
“⟦d:b|Honestly? No. They had the right kit, they had the right plan. The mountain doesn't care about any of that,⟧” Mr Rennie said.
In her determination, Sheriff Morag Buchanan found there were “⟦p:d|no reasonable precautions⟧” which might have avoided the death. “⟦d:d|Mr Baran was an experienced and careful mountaineer who died doing something he loved,⟧” she wrote.

### 058
@a Delroy Achampong | the lawyer representing 31 bereaved families
@b Julian Asprey | -
@c - | A woman whose husband was among the dead
@d Gerald Whitlow | The inquiry chairman
The public inquiry into the sinking of the ferry Morven Star closed its hearings on Thursday with the families' lawyer accusing the operator of putting "⟦p:a|profit before people at every single stage⟧".
Forty-one people died when the vessel capsized off Inishcarra in November 2022.
Delroy Achampong, the lawyer representing 31 bereaved families, told the inquiry in Port Alwyn that the evidence had revealed a company that "⟦p:a|knew the bow doors leaked, knew the crew was undertrained, and sailed anyway⟧".
"⟦d:a|The families did not come here for sympathy. They have had a great deal of sympathy. They came here for the truth, and I say they have now heard it,⟧" he said.
Julian Asprey KC, for Saltire Crossways, said the operator "⟦p:b|does not shy away from its responsibilities⟧" but insisted the disaster had been caused by "⟦p:b|an exceptional combination of weather and mechanical failure that no one foresaw⟧".
Outside the hall, dozens of relatives held up photographs and chanted "⟦s:-|Forty-one, forty-one⟧".
A woman whose husband was among the dead said: "⟦d:c|I've sat in that room for eight months. I know more about bow doors than I ever wanted to know. I just want someone to say, yes, we did this.⟧"
The inquiry chairman, Sir Gerald Whitlow, said he expected to publish his report "⟦p:d|in the first half of next year⟧". "⟦d:d|I am acutely aware of how long the families have already waited,⟧" he said.

### 059
@a Beatrice Onyango | a 34-year-old teaching assistant
@b Marchetti | the judge
@c Conor Whelan | Her barrister
@d - | A spokesperson for the Attorney General's office
A juror who searched online for a defendant's criminal record during a rape trial and told fellow jurors what she had found has been jailed for four months for contempt of court.
Beatrice Onyango, a 34-year-old teaching assistant, told other members of the jury during their deliberations that the defendant had “⟦p:a|done this before⟧”, the High Court heard. Another juror reported the remark to an usher and the trial was abandoned.
Lady Justice Marchetti said the consequences had been “⟦p:b|grave⟧”.
“⟦d:b|A complainant who had found the courage to give evidence had to be told that she would have to do it all again,⟧” the judge said. “⟦d:b|That is the true cost of what this juror did.⟧”
Her barrister, Conor Whelan, said she had been “⟦p:c|overwhelmed⟧” and had not understood “⟦p:c|the enormity of what she was doing⟧”.
Onyango, who wept throughout the hearing, said in a statement read by Mr Whelan: “⟦d:a|I am so sorry to the woman in that case. I thought I was helping. I know now that I was doing the opposite.⟧”
A spokesperson for the Attorney General's office said: “⟦d:d|Jurors are told clearly not to research their cases. This case shows what happens when they ignore that instruction.⟧”

### 060
@a - | inspectors
@b Kayleigh Doran | -
@c Jean-Paul Morel | Presiding magistrate
@d Arjun Mehta | -
@e Lucy Tregenza | His solicitor
@f Gail Penrose | -
COURT IN BRIEF
FOOD HYGIENE: The owner of a Harbour Street bakery where inspectors found "⟦p:a|mouse droppings on every surface⟧" has been fined £6,000. Kayleigh Doran, 37, admitted three food hygiene offences at Penhallow Magistrates' Court. "⟦d:b|I was overwhelmed and I let things slide. It won't happen again,⟧" she told magistrates. Presiding magistrate Jean-Paul Morel said: "⟦d:c|People trusted you with their food. That trust was badly misplaced.⟧"
SPEEDING: A Tremayne Road man caught doing 112mph on the Penhallow bypass told magistrates he had been "⟦p:d|late for a job interview⟧". Arjun Mehta, 23, was banned for 56 days and fined £900. His solicitor, Lucy Tregenza, said: "⟦d:e|He did not get the job, if that is any consolation to the court.⟧"
THEFT: A woman who stole a lifeboat charity collection tin from a newsagent's counter has been ordered to do 80 hours of unpaid work. Gail Penrose, 45, of no fixed address, said she had taken it "⟦p:f|on the spur of the moment⟧" and had spent the £31 inside on food. "⟦d:f|I'm not proud of it. I'll pay every penny back,⟧" she said.

### 061
@a Neil Carrick | -
@b Olamide Sowande | the former head of procurement at Westhaven Health Board
The following is an extract from the published transcript of Day 34 of the Westhaven Ventilator Contracts Inquiry. The witness is Olamide Sowande, the former head of procurement at Westhaven Health Board. Questions are asked by counsel to the inquiry, Rebecca Thorne.
Q: Mr Sowande, please look at page 12 of the bundle. This is an email to you from Mr Neil Carrick, dated 3 April 2020. Can you read the second line?
A: Yes. It says: "⟦d:a|Just sign it off, we'll sort the paperwork when things calm down.⟧"
Q: What did you understand by that?
A: That he wanted the contract signed that day, without the due diligence.
Q: And did you sign it?
A: I did. I wrote "⟦p:b|under protest⟧" next to my signature. You can see it on the next page.
Q: Who did you think would ever read the words "⟦s:-|under protest⟧"?
A: Honestly, I thought nobody would. I thought it might matter one day. I suppose it has.

### 062
@a Jean-Luc Vandermeersch | -
@b Ayesha Rahim | District Judge
@c Malcolm Reid | -
@d Élodie | His daughter
A Belgian businessman fighting extradition over an alleged €30 million tax fraud has told a London court that he would «⟦p:a|not survive⟧» a Belgian prison.
Jean-Luc Vandermeersch, 66, who has heart disease, is accused by prosecutors in Antwerp of running a network of shell companies to reclaim VAT on goods that never existed.
Speaking through an interpreter at Holloway Road Magistrates' Court, he said: «⟦d:a|I am sixty-six years old. I have had two heart attacks. If you send me to that prison, you are sending me there to die.⟧»
When District Judge Ayesha Rahim asked whether he understood the proceedings, he replied in French: «⟦d:a|Oui, je comprends très bien⟧» – «⟦d:a|Yes, I understand very well⟧».
Malcolm Reid, representing the Belgian authorities, said prison medical care in Belgium was «⟦p:c|entirely adequate⟧» and that the businessman's health had «⟦p:c|not prevented him from travelling extensively⟧» in the past two years.
His daughter, Élodie, wept in the public gallery. Outside court she said: «⟦d:d|My father is not a criminal. He is a sick old man who trusted the wrong accountant.⟧»
District Judge Rahim adjourned the hearing until next month. «⟦d:b|I will need full medical reports from both sides before I can decide this,⟧» she said.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh159.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh159",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
