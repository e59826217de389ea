# ruff: noqa: E501
"""Build ``quotes_fresh99.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests and a
fatal accident inquiry, public inquiry hearings with counsel to the inquiry, appeals,
employment, immigration, tenancy, medical and police misconduct tribunals, a court
martial, extradition and bail hearings, and court reports in wire, broadsheet,
local-paper, tabloid, live-blog, magazine and broadcaster styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh99-NNN``.

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
  it (``His solicitor, Samira Haddad``; ``Senior advocate …, appearing for the
  petitioners``): the appositive is the description. A title before the name alone
  (``Prosecutor Helen Atwal``, ``Divorcee Sandra Whitlow``) is the description.
* Judicial, official and police titles standing before a name (``Judge``, ``District
  Judge``, ``Recorder``, ``Employment Judge``, ``Sheriff``, ``Justice``, ``Chief
  Justice``, ``U.S. District Judge``, ``Assistant coroner``, ``Magistrate``) and ranks
  (``Detective Constable``, ``Lance Corporal``, ``Private``, ``PC``) count as role
  titles. The English forms of address ``Mr Justice``, ``Mrs Justice``, ``Lord
  Justice``, ``Lady Justice``, and ``Dame``, ``Sir``, ``Professor``, are dropped from
  the name and are never the description; such a judge's description is the definite
  description at a cue (``the judge said``) where there is one, else null.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the judge``, ``the company``), that
  description is taken. Ages and addresses after a name (``Dean Harker, 29, of Moss
  Lane``) and ``of <organisation>`` after a name are not descriptions.
* In court reports the role tag set off after an advocate's name (``…, prosecuting``,
  ``…, defending``, ``…, mitigating``, ``…, for the developer``, ``…, representing
  the family``) is that speaker's description, as written.
* A non-restrictive relative clause after an appositive is not part of the
  description; a restrictive one, or a prepositional phrase inside the noun phrase
  (``a seasonal lifeguard at the nearby lido``), is.
* Statements read aloud by someone else (a victim's statement read by a prosecutor, a
  widow's statement read by her daughter, a defendant's statement read by his
  solicitor) belong to their author; the reader is the speaker only of words said in
  their own voice. Emails, letters, text messages and posts read to a court belong to
  their writer (also when the writing is alleged, as with a defendant charged with
  sending it); a defendant's answers in a police interview belong to the defendant.
* An advocate who repeats another person's words as their own utterance (``"Nothing
  to worry about," Ms Krishnamurthy repeated``) is the speaker of that span.
* A jury's written conclusion or a foreman's spoken verdict, with no one named, has a
  null speaker and the description as written (``the jury``, ``the jury's foreman``).
  Anonymised parties (``The appellant, who cannot be named``; ``a woman referred to as
  Patient A``) and family members who cannot be named have a null speaker and the
  description as written. A family speaking collectively (``In a statement, Zain's
  family said``) likewise has a null speaker and that phrase as description.
* A shout from a described person (``A man in the public gallery called back``) has
  that description; a shout from nobody identified (``someone shouted``, ``a shout
  of … from somewhere in the court``) has speaker and description null.
* Fragments of unattributed documents (an official submission, what a witness says
  she ``was told``) are ``partial`` with speaker and description null; a fragment of a
  letter or article whose author or issuing organisation is named is theirs.
* Words a witness silently mouths are treated as speech (``direct``).
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null.
* In a printed exchange (alternating quote-only paragraphs in cross-examination)
  each turn belongs to the person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python build_quotes_fresh99.py`` (from this folder)
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh99.jsonl")

PASSAGES = """
### 001
@a Rosalind Achterberg | -
@b Dennis Harrowell | a warehouse supervisor
A man stabbed his former business partner eleven times in a supermarket car park and then drove to a drive-through to buy a coffee, a jury at Ashvale Crown Court was told on Monday.
Dennis Harrowell, 52, a warehouse supervisor, denies the murder of Farid Qasemi, 47, who was found dying beside his van on the Tannery Lane retail park in Kelbrook on the evening of 3 February.
Opening the prosecution case, Rosalind Achterberg KC told jurors the two men had fallen out over money owed after the collapse of a haulage company they had run together.
"⟦d:a|This was not a fight that got out of hand,⟧" Ms Achterberg said. "⟦d:a|The prosecution case is that Mr Harrowell went to that car park with a knife, waited for Mr Qasemi, and attacked him as he opened the door of his van.⟧"
She said CCTV showed the defendant's silver estate car entering the car park 40 minutes before Mr Qasemi finished his shift at the supermarket's loading bay.
"⟦d:a|Why was he there? He did not shop there. He did not work there. He was, we say, waiting.⟧"
Harrowell was arrested at his home the following morning. In his first interview he told detectives he had been "⟦p:b|nowhere near Kelbrook⟧" that night, the jury heard, but in a later interview he accepted he had been in the car park and said he had acted in self-defence after Mr Qasemi "⟦p:b|came at me with a wheel brace⟧".
"⟦d:a|You will have to decide whether that account is true,⟧" Ms Achterberg told the jury of seven women and five men. "⟦d:a|You may think it significant that it emerged only after the defendant was told what the cameras had recorded.⟧"
No wheel brace was found at the scene, she said.
The trial, before Judge Anthony Obuya, is expected to last three weeks.

### 002
@a Helen Atwal | Prosecutor
@b Gareth Pennock | defending
@c Marek Sobczak | -
@d Yvonne Blakey | chair of the bench
A delivery driver who was found asleep at the wheel of his van on a motorway slip road with the engine running has been banned from driving for 20 months.
Marek Sobczak, 38, of Cresswell Terrace, Dunmere, pleaded guilty at Dunmere Magistrates’ Court on Wednesday to driving with excess alcohol. A breath test showed 79 microgrammes of alcohol in 100 millilitres of breath – more than twice the legal limit.
Prosecutor Helen Atwal said a passing motorist called police at about 6.15am on 12 March after seeing the van stopped at an angle across the hard shoulder of the slip road at junction 9.
“⟦d:a|Officers had to knock on the window several times before he woke,⟧” she said. “⟦d:a|When he got out he had to hold on to the door to stay upright.⟧”
Gareth Pennock, defending, said his client had been drinking with colleagues after a late shift and had meant to sleep in the van rather than drive home.
“⟦d:b|He accepts he should never have turned the key. He says he did it because he was cold. That is not an excuse and he does not offer it as one,⟧” Mr Pennock said.
“⟦d:b|He has lost his job as a result of this. He cares for his mother, who is unwell. The consequences for him are already considerable.⟧”
Sobczak, who had spoken only to confirm his name and enter his plea, then asked if he could address the bench. “⟦d:c|I’m sorry. It won’t happen again,⟧” he said.
Yvonne Blakey, chair of the bench, said the magistrates had taken into account his early guilty plea and previous good character.
“⟦d:d|You were fortunate that nobody was hurt, including you,⟧” she told him.
He was also fined £640 and ordered to pay £85 costs and a £256 victim surcharge.

### 003
@a Jaxon Reeve | Love Villa star
@b Liam Dacosta | doorman
@c Priyanka Solanki | Reeve’s barrister
@d Oluwaseun Hart | Prosecutor
LOVE Villa star Jaxon Reeve headbutted a nightclub bouncer after being turned away for wearing flip-flops, a court heard yesterday.
The 27-year-old hunk, who found fame on the dating show last summer, is accused of breaking the nose of doorman Liam Dacosta outside Velvet in Porthcarrow in the early hours of New Year’s Day.
Reeve, who arrived at Porthcarrow Crown Court in a navy suit and mirrored sunglasses, denies assault occasioning actual bodily harm.
Mr Dacosta, 31, told the jury: “⟦d:b|He said, ‘Do you know who I am?’ I said I didn’t, and I didn’t care. Then he just went for me.⟧”
But under cross-examination by Reeve’s barrister, Priyanka Solanki, the doorman admitted he had put his hands on the star first.
“⟦d:c|You put both hands on his chest and shoved him, didn’t you?⟧” Ms Solanki asked.
“⟦d:b|I moved him back. That’s my job.⟧”
“⟦d:c|You shoved him so hard he fell against a railing.⟧”
“⟦d:b|He stumbled. He’d had a lot to drink.⟧”
“⟦d:c|And then you called him a ‘Z-list nobody’.⟧”
“⟦d:b|I might have said something like that. It was three in the morning.⟧”
Ms Solanki suggested the two men had clashed heads by accident as Reeve tried to get back on his feet. Mr Dacosta replied: “⟦d:b|No chance. I know what a headbutt feels like.⟧”
Prosecutor Oluwaseun Hart showed jurors a post Reeve put on social media hours later, which read: “⟦d:a|Some ppl cant handle a real celeb lol #VelvetGate⟧”.
“⟦d:d|That, members of the jury, is not the message of a man who has just had an accident,⟧” Mr Hart said.
Fans of the star, who packed the public gallery, have dubbed the case “⟦s:-|Flip-Flop-Gate⟧” online.
The trial continues.

### 004
@a Halima Qureshi | the senior coroner
@b Alasdair Fenwick | a consultant in emergency medicine
@c Rhiannon Tudor-Bale | Owain’s mother
@d Lannermouth Health Board | -
A 19-year-old student who died of sepsis two days after being sent home from an emergency department with paracetamol might have survived had he been given antibiotics sooner, a coroner has concluded.
Owain Tudor-Bale, a second-year engineering student at the University of Lannermouth, was discharged from Lannermouth Royal Infirmary in the early hours of 9 November 2023 with what doctors believed was a viral infection. He was found unresponsive in his student flat on the morning of 11 November.
Recording a narrative conclusion at Lannermouth Coroner’s Court on Thursday, the senior coroner, Dr Halima Qureshi, said there had been “⟦p:a|a missed opportunity⟧” to recognise the signs of sepsis.
“⟦d:a|Owain’s heart rate and temperature, taken together, met the health board’s own criteria for escalation,⟧” she said. “⟦d:a|That escalation did not happen. I cannot say on the balance of probabilities that earlier treatment would have saved his life, but it may well have done.⟧”
During the two-day hearing, Alasdair Fenwick, a consultant in emergency medicine, told the court the department had been “⟦p:b|at more than twice its safe capacity⟧” that night.
Asked by the coroner whether that had affected Owain’s care, he paused before replying: “⟦d:b|I would like to say no. I don’t think I can honestly say that.⟧”
Owain’s mother, Rhiannon Tudor-Bale, said outside court that the family had been “⟦p:c|let down at every step⟧”.
“⟦d:c|He told them he had never felt so ill in his life. He played rugby twice a week, he never complained about anything,⟧” she said. “⟦d:c|We want to know that no other family will sit in a room like that one and hear that it might have been different.⟧”
Lannermouth Health Board said it had “⟦p:d|fully accepted⟧” the coroner’s findings and had introduced a new sepsis screening tool in its emergency departments.
“⟦d:d|We are deeply sorry for the loss of Owain and offer our heartfelt condolences to his family,⟧” it said.

### 005
@a Douglas Merriweather | -
@b Nkechi Obiora | counsel to the inquiry
@c Frances Okonedo-Lyle | the inquiry chair
@d - | One woman in the public gallery
@e Bilal Siddique | -
A former water minister told the Hollinshead Dam inquiry on Wednesday that he had "⟦p:a|never once⟧" been warned the reservoir was at risk of failing, despite three engineering reports that said it was.
Douglas Merriweather, who was minister for water from 2014 to 2018, was questioned for more than four hours by counsel to the inquiry, Nkechi Obiora KC.
Ms Obiora showed him a 2016 submission that described the dam's spillway as "⟦p:-|a matter of urgent concern⟧" and recommended emergency works.
"⟦d:b|Did you read this document?⟧" she asked.
"⟦d:a|I have no memory of reading it,⟧" Mr Merriweather said. "⟦d:a|I would have received several hundred submissions a month. I relied on officials to tell me what was important.⟧"
"⟦d:b|It was marked 'urgent', Mr Merriweather. In red.⟧"
"⟦d:a|I understand that. I can only tell you what I remember.⟧"
At one point the inquiry chair, Dame Frances Okonedo-Lyle, interrupted to ask who in his private office had been responsible for flagging such warnings.
"⟦d:c|Somebody must have decided what reached your desk and what did not. Who was that?⟧" she asked.
"⟦d:a|The private secretary, ultimately,⟧" he replied. "⟦d:a|But I don't want to put this on a young civil servant.⟧"
One woman in the public gallery, where about 40 relatives of the 11 people who died in the 2019 flood were sitting, called out: "⟦d:d|You were the minister!⟧" She was asked by an usher to leave.
Outside the hearing, Bilal Siddique, who lost his father in the flood, said the evidence had been "⟦p:e|hard to sit through⟧".
"⟦d:e|He keeps saying he can't remember. We can't forget,⟧" he said.

### 006
@a Adaeze Nwankwo | -
@b Castellan Hotels | the company
@c Robert Kinsella | Employment Judge
@d Fiona McCart | the group’s head of people
A head chef who was sacked two weeks after telling her employer she was pregnant was unfairly dismissed and suffered pregnancy discrimination, an employment tribunal has ruled.
Adaeze Nwankwo, 34, ran the kitchen at the Castellan Hotel in Brackwater for three years before she was dismissed in April 2023 over what the company called “⟦p:b|performance concerns⟧”.
Employment Judge Robert Kinsella, sitting at Brackwater Employment Tribunal, said the company’s explanation was “⟦p:c|simply not credible⟧”.
In his written judgment he said: “⟦d:c|Until the claimant disclosed her pregnancy there is not a single document criticising her work. Within a fortnight of that disclosure the respondent had assembled a file of complaints, most of them undated and several of them, on the respondent’s own evidence, written after the decision to dismiss had been taken.⟧”
Ms Nwankwo told the hearing in January that she had been called into a meeting with the group’s head of people, Fiona McCart, and told that the kitchen needed “⟦p:d|fresh energy⟧”.
“⟦d:a|I asked her straight out whether this was about the baby,⟧” Ms Nwankwo said. “⟦d:a|She looked down at the table and said she couldn’t comment on that.⟧”
Giving evidence, Ms McCart denied the pregnancy had played any part. “⟦d:d|The concerns about the kitchen were long-standing. They had simply not been written down,⟧” she said.
Asked by the judge why not, she said: “⟦d:d|With hindsight, they should have been.⟧”
Speaking after the ruling, Ms Nwankwo said: “⟦d:a|I loved that job. I want other women in kitchens to know that you can stand up to this, even when you’re exhausted and frightened.⟧”
Castellan Hotels said it was “⟦p:b|disappointed⟧” by the decision and was considering an appeal. A hearing to decide compensation will be held in the autumn.

### 007
@a - | The appellant
@b Caitlin Moroney | Upper Tribunal Judge
@c Harjit Bains | for the Secretary of State
@d Samira Haddad | His solicitor
A young man who says he faces indefinite conscription if he is returned to Marondia broke down at an immigration tribunal in Crossgate on Tuesday as he described being held for five months in a shipping container.
The appellant, who cannot be named, gave evidence through an interpreter. Asked by Upper Tribunal Judge Caitlin Moroney whether he would like a break, he shook his head.
"⟦d:a|I want to say it all now. If I stop I will not start again,⟧" he said.
He told the tribunal he had been arrested at a checkpoint outside Tessaly in 2021 after failing to report for national service.
"⟦d:a|They put twelve of us in a container. In the day it was like an oven. At night we could not feel our feet. Once a day they opened the door and gave us bread and one bottle of water for everyone.⟧"
Harjit Bains, for the Secretary of State, put it to him that his account had changed since his asylum interview, in which he said he had been detained for "⟦p:a|some weeks⟧".
"⟦d:c|In your interview you said some weeks. Today you say five months. Which is true?⟧" Mr Bains asked.
"⟦d:a|In the interview I was afraid. The man asking the questions was wearing a uniform,⟧" the appellant replied. "⟦d:a|I did not understand that he was not the police.⟧"
His solicitor, Samira Haddad, told the tribunal that inconsistencies of that kind were "⟦p:d|entirely consistent with trauma⟧" and referred the judge to a psychiatrist's report.
Judge Moroney reserved her decision. "⟦d:b|I will give my determination in writing, and I will give it as quickly as I can,⟧" she said.
Outside, Ms Haddad said: "⟦d:d|He has waited three years for today. Whatever the outcome, he has finally been heard.⟧"

### 008
@a Leah Morrow | his former partner
@b Sabitha Ramnarine | Judge
@c Connor Baillie | -
@d Amira Haddou | Detective Constable
A man who subjected his girlfriend to a two-year campaign of abuse, including locking her out of their flat in her nightclothes in sub-zero temperatures, has been jailed for nine years.
Connor Baillie, 29, of Gallowfield Road, Brennock, was convicted by a jury at Brennock Crown Court in May of controlling or coercive behaviour and inflicting grievous bodily harm.
In a statement read to the court by the prosecutor, Kwabena Osei-Tutu, his former partner, Leah Morrow, said she had spent two years “⟦p:a|walking on glass⟧”.
“⟦d:a:m|I stopped seeing my friends because it wasn’t worth what happened when I got home. I stopped wearing the clothes I liked. I stopped laughing, because he said my laugh was embarrassing.⟧
“⟦d:a:m|When he broke my arm, the worst thing was that part of me was relieved, because now somebody would have to know.⟧
“⟦d:a|I am getting myself back, slowly. He doesn’t get to have any more of me.⟧”
Sentencing, Judge Sabitha Ramnarine told Baillie he had shown “⟦p:b|not a flicker⟧” of remorse.
“⟦d:b:m|You are a jealous, controlling and violent young man. You cut Ms Morrow off from everyone who loved her, you monitored her phone, her money and her movements, and when she showed the smallest sign of independence you punished her for it.⟧
“⟦d:b|Even in the witness box you sought to blame her. The jury saw through that, and so do I.⟧”
Baillie, who wore a grey tracksuit in the dock, shook his head as the sentence was passed. As he was led to the cells he muttered: “⟦d:c|This is a joke.⟧”
Detective Constable Amira Haddou, of Brennock Police, said afterwards: “⟦d:d|Leah has shown incredible courage. I hope her evidence gives other people in her position the confidence to come forward.⟧”

### 009
@a Varma | the judge
@b Northern Prosecution Service | -
@c - | a spokesman for the service
@d Tobias Agyeman | -
@e Imelda Costigan | His solicitor
WESTBRIDGE, May 14 (Rostrum News) - A man who spent six years in prison for an armed robbery he has always denied had his conviction quashed by the Court of Appeal on Tuesday after judges ruled that identification evidence at his trial could not be relied on.
Tobias Agyeman, 41, was convicted in 2018 of robbing a jeweller's shop in Westbridge at knifepoint, largely on the evidence of a sales assistant who picked him out at a video identification parade.
Giving the judgment of the court, Lord Justice Varma said the parade had been "⟦p:a|fundamentally flawed⟧" because Agyeman was the only man in it with a visible scar on his neck, a feature the assistant had described to police.
"⟦d:a|The jury were not told of this. Had they been, we cannot be confident that they would have convicted,⟧" the judge said. "⟦d:a|The conviction is unsafe and must be quashed.⟧"
The Northern Prosecution Service said it had reviewed the case "⟦p:b|carefully⟧" and would not seek a retrial.
"⟦d:c|We respect the court's decision,⟧" a spokesman for the service said.
Outside court, Agyeman embraced his daughter, who was 11 when he was jailed.
"⟦d:d|I missed her growing up. Nobody can give you that back,⟧" he said. "⟦d:d|But today I walk out of here with my name.⟧"
His solicitor, Imelda Costigan, said the case raised "⟦p:e|serious questions⟧" about how video parades were put together.
"⟦d:e|This was not a subtle error. Anyone looking at those images could see it,⟧" she said. "⟦d:e|The question is why nobody did.⟧"

### 010
@a Ottavio Brancaleone | the former mayor of Port Mirel
@b Ilinca Mureșan | Prosecutor
@c Livia Sarraf | The presiding judge
@d Edmond Kastrati | his lawyer
PORT MIREL, March 6 (Meridian Press) – Ottavio Brancaleone, the former mayor of Port Mirel, told a court on Thursday that he had never taken «⟦p:a|a single cent⟧» from the construction firms that built the city's ring road, as his corruption trial entered its fourth month.
«⟦d:a|I have been a public servant for thirty years. My house is the same house. My car is eleven years old,⟧» Brancaleone, 66, told the three-judge panel. «⟦d:a|Where is this money?⟧»
Prosecutors allege that Brancaleone and two former aides received about 2.4 million euros in kickbacks between 2015 and 2019 in exchange for public works contracts.
Prosecutor Ilinca Mureșan told the court that payments into an account held by the former mayor's brother-in-law had been traced to two of the firms. «⟦d:b|The money did not disappear. It went exactly where the defendant sent it,⟧» she said.
The presiding judge, Livia Sarraf, repeatedly asked Brancaleone to answer the questions put to him rather than address the public gallery, which was packed with his supporters.
«⟦d:c|Questo non è un comizio⟧», she told him at one point – «⟦d:c|this is not a rally⟧».
Outside the courthouse, his lawyer, Edmond Kastrati, called the case «⟦p:d|a political operation from start to finish⟧» and said the defence would call the former regional governor as a witness.
«⟦d:d|We will show who really decided where the ring road went, and why,⟧» Kastrati told reporters.
A few dozen supporters held banners reading «⟦s:-|Giù le mani da Ottavio⟧» («⟦s:-|Hands off Ottavio⟧»).
The trial resumes next week.

### 011
@a Eleanor Whitcombe | District Judge
@b Clifford Marchbanks | Retired surveyor
@c Rajesh Varadarajan | his neighbour
A ten-year feud between two Lower Emberton neighbours over a leylandii hedge ended at Stanmere County Court yesterday, with a judge describing the case as ``⟦p:a|a tragedy of wasted money and wasted years⟧''.
Retired surveyor Clifford Marchbanks, 71, had sued his neighbour Rajesh Varadarajan, 64, claiming the 30ft hedge between their gardens in Church Lane was a nuisance which had knocked £25,000 off the value of his home.
``⟦d:b|It blocks the sun from my greenhouse from October to March,⟧'' Mr Marchbanks told the court. ``⟦d:b|I have asked him politely, and I have asked him less politely.⟧''
Mr Varadarajan, who represented himself, said the hedge had been planted by the previous owners of his house in 1988.
``⟦d:c|I have cut it back four times. Every time, he says it isn't enough. I think nothing would ever be enough,⟧'' he said.
District Judge Eleanor Whitcombe said she had been told the two men had spent more than £40,000 between them on lawyers and surveyors.
``⟦d:a|I would urge you both, with the greatest respect, to go home and talk to each other over the fence,⟧'' she said.
She ordered that the hedge be cut to two and a half metres within three months and that each side pay its own costs, adding: ``⟦d:a|I do not want to see either of you in this court again.⟧''
Outside, Mr Marchbanks said: ``⟦d:b|Justice, at last.⟧'' Mr Varadarajan, walking to his car, said only: ``⟦d:c|I'll cut it. I always said I would.⟧''

### 012
@a Lucian Thorpe-Henley | -
@b Anjali Krishnamurthy | prosecuting
@c Greta Lindqvist | a retired piano teacher
@d Daniel Oyelaran | defending
A financial adviser told an elderly widow her savings would be "⟦p:a|safer than under your own mattress⟧" weeks before moving them to an offshore account in his own name, a jury heard on Tuesday.
Lucian Thorpe-Henley, 58, of Orchard Rise, Hallam Vale, denies 14 counts of fraud by abuse of position involving £2.3 million taken from 23 clients of his firm, Thorpe-Henley Wealth, between 2016 and 2021.
Anjali Krishnamurthy KC, prosecuting, read the jury a series of emails the defendant sent to one client, Greta Lindqvist, a retired piano teacher, in the months after her husband's death.
In one, he wrote: "⟦d:a|Greta, I looked after Sven's money for fifteen years and I will look after yours. Sign where I've marked and leave the rest to me.⟧"
In another, sent after she asked why her quarterly statement had not arrived, he wrote: "⟦d:a|The new platform is having teething troubles. Nothing to worry about. Enjoy the cruise!⟧"
"⟦d:b|Nothing to worry about,⟧" Ms Krishnamurthy repeated, turning to the jury. "⟦d:b|By the time that email was sent, members of the jury, every penny of Mrs Lindqvist's savings was sitting in an account on the Isle of Carrow that only the defendant could touch.⟧"
Mrs Lindqvist, now 84, gave evidence by video link from her home. "⟦d:c|I trusted him completely. He came to my husband's funeral. He carried the coffin,⟧" she said.
Cross-examined by Daniel Oyelaran, defending, she agreed that she had signed the transfer forms herself.
"⟦d:d|Did you read them before you signed them?⟧" Mr Oyelaran asked.
"⟦d:c|No. Why would I? That was what I paid him for.⟧"
The trial continues.

### 013
@a - | the jury’s foreman
@b Jordan Pryce | -
@c - | A man in the public gallery
@d Abernethy | the judge
@e Elif Aydın | Mr Aydın’s daughter
@f Kiran Dhaliwal | Detective Chief Inspector
Two brothers have been found guilty of murdering a takeaway owner who chased them down the street after they left without paying for a £23 order.
Jordan Pryce, 26, and his brother Kyle, 23, both of Larchfield Drive, Wensby, attacked Mehmet Aydın, 55, with a metal bar outside his shop, the Golden Grill, on 14 August last year. He died in hospital nine days later.
After almost eleven hours of deliberations at Wensby Crown Court, the jury’s foreman was asked whether they had reached verdicts on which they were all agreed. “⟦d:a|We have,⟧” he replied.
Asked for the verdict on each brother, he said: “⟦d:a|Guilty.⟧”
Jordan Pryce leapt to his feet in the dock and shouted: “⟦d:b|You’ve got it wrong! I never touched him!⟧” His brother sat with his head in his hands.
A man in the public gallery called back: “⟦d:c|Nine days he suffered!⟧” and from the back of the court someone shouted “⟦d:-|Justice for Mehmet⟧”.
Mrs Justice Abernethy warned that anyone else who disrupted the proceedings would be removed. “⟦d:d|This is a court of law, and Mr Aydın’s family deserve to hear the rest of this in silence,⟧” the judge said.
She will sentence the brothers on Friday.
Outside court, Mr Aydın’s daughter, Elif Aydın, said her father had “⟦p:e|fed half this town, and half of them never paid either⟧”.
“⟦d:e|He would have given those boys the food if they had asked. That is who he was,⟧” she said. “⟦d:e|Today we have justice. We do not have our dad.⟧”
Detective Chief Inspector Kiran Dhaliwal, who led the investigation, said: “⟦d:f|This was a senseless and cowardly attack over the price of a meal.⟧”

### 014
@a Julian Ashworth-Mensah | Recorder
@b - | The boy
@c Paul Ifill | The victim's father
@d - | The defendant's mother
A 15-year-old boy who stabbed a classmate in the leg outside the gates of their school in Hartsfield has been given a 12-month youth rehabilitation order.
The boy, who cannot be named because of his age, admitted wounding and possession of a bladed article at an earlier hearing at Hartsfield Youth Court. The court heard the victim, also 15, needed surgery and spent five days in hospital.
Recorder Julian Ashworth-Mensah told him: "⟦d:a|You took a knife to school because you thought it made you safe. It did the opposite. It made everyone around you less safe, you most of all.⟧"
"⟦d:a|I accept that you are genuinely sorry. I have read your letter, and I believe it.⟧"
In the letter, which was handed up before the hearing, the boy wrote: "⟦d:b|I think about it every day. I wish I could take it back. I don't carry anything now, not even a pen knife.⟧"
The victim's father, Paul Ifill, told the court his son had been too frightened to return to school for a term.
"⟦d:c|He used to walk everywhere. Now I drive him to the end of the road and watch him until he's through the door,⟧" he said.
"⟦d:c|I don't want the other lad locked up. I want him to understand what he did.⟧"
The defendant's mother, who sat behind him throughout the hearing, said outside court: "⟦d:d|He is a child who did a stupid, terrible thing. He is not a bad child.⟧"

### 015
@a Stephen Villiers | Prosecutor
@b Bernadette Okwuosa-Hale | Former Harwick Council leader
@c Anwar Chaudhry | a property developer
@d Fiona Maclennan | Judge
@e Tunde Bakare | Our court correspondent
Former council leader’s corruption trial – live
10:04 The jury has been brought back into Court 3 at Castlebridge Crown Court. Former Harwick Council leader Bernadette Okwuosa-Hale is back in the witness box for a second day.
10:11 Prosecutor Stephen Villiers KC begins his cross-examination. His first question: “⟦d:a|Mrs Okwuosa-Hale, who paid for the villa in Porto Sereno?⟧”
10:12 “⟦d:b|My brother-in-law paid for it. I have said so from the very beginning,⟧” she replies.
10:19 Mr Villiers shows the jury a text message the defendant sent to a property developer, Anwar Chaudhry, two days after the holiday: “⟦d:b|Thanks for everything. Leave the planning committee with me x⟧”.
10:21 “⟦d:a|What did you mean by ‘leave the planning committee with me’?⟧”
“⟦d:b|I meant I would make sure his application was heard on time. Nothing more than that.⟧”
10:23 Mr Chaudhry’s reply is also shown to the jury: “⟦d:c|Pleasure as always B. Hope the sun was shining.⟧”
10:34 Judge Fiona Maclennan sends the jury out. “⟦d:d|Members of the jury, there is a point of law I need to deal with. Please go with the usher – it should not take long,⟧” she tells them.
11:15 Our court correspondent Tunde Bakare says: “⟦d:e|She has been calm and consistent so far, but the text message is clearly the centre of the prosecution’s case, and she is going to be asked about it again and again.⟧”

### 016
@a Shreya Mukherjee | -
@b Viktor Halloran | -
@c Gideon Sefton | representing the newspaper
@d Penrose | -
@e Callow Herald | The newspaper
A property tycoon suing a journalist over an article that called him "⟦p:a|the landlord from hell⟧" told the High Court on Monday that it had made him "⟦p:b|a national joke⟧".
Viktor Halloran, 61, who owns more than 900 flats across Callowshire, is suing Shreya Mukherjee and the Callow Herald over a 2022 article she wrote about damp and mould in his properties.
Giving evidence, Mr Halloran said: "⟦d:b|I've been in business for forty years. I have never been spoken about like that. People shout it at me across restaurants.⟧"
Cross-examined by Gideon Sefton KC, representing the newspaper, he was shown photographs of black mould covering the wall of a child's bedroom in one of his flats on Tennant Street.
"⟦d:c|Would you let your grandchildren sleep in that room?⟧" Mr Sefton asked.
"⟦d:b|That's not a fair question.⟧"
"⟦d:c|It's a very simple one, Mr Halloran.⟧"
"⟦d:b|I would have it fixed. And it was fixed.⟧"
"⟦d:c|Eleven months after the tenant first complained.⟧"
Mrs Justice Penrose told Mr Halloran he must answer the questions he was asked. "⟦d:d|You may not like them, but they are relevant, and the court needs your answers,⟧" she said.
Ms Mukherjee, 39, who is expected to give evidence later in the week, sat at the back of the court taking notes. The newspaper said it stood by its "⟦p:e|accurate, carefully researched journalism⟧".
The trial continues.

### 017
@a Gwendolyn Abara | The planning inspector
@b Richard Tsang | for the developer
@c Tomás Ó Briain | -
@d Eileen Marr | -
A public inquiry into plans for 450 homes on the edge of Sallowby opened in the village hall on Tuesday, with residents queuing in the rain to have their say.
The planning inspector, Gwendolyn Abara, told a packed hall that she would hear “⟦p:a|every voice that wants to be heard⟧” over the eight days set aside for the inquiry.
“⟦d:a|This is not a referendum. I am not counting hands. But I will listen to everything that is relevant, and I will read every letter,⟧” she said.
Richard Tsang, for the developer, Kestrel Vale Homes, said the district had failed to meet its housing targets for seven years running.
“⟦d:b|Sallowby needs homes its young people can afford. The council has failed to provide them for a decade, and this scheme would,⟧” Mr Tsang said in his opening submissions.
Tomás Ó Briain, who chairs the Friends of Sallow Meadows, said the site flooded “⟦p:c|every winter without fail⟧” and held up a photograph of the field under water.
“⟦d:c|This is the field in January. You could row a boat across it,⟧” he said.
Eileen Marr, who has lived in the village all her 82 years, was applauded when she told the inspector: “⟦d:d|I don’t object to young people having houses. I object to them having houses with the river running through the kitchen.⟧”
Ms Abara asked for quiet. “⟦d:a|I know feelings run high, but applause makes it harder for other people to speak,⟧” she said.
Outside, a banner strung across the churchyard wall read “⟦s:-|Save Sallow Meadows – No to Kestrel Vale⟧”.
The inquiry continues.

### 018
@a Fiona Stirrat | prosecuting
@b Callum Ritchie | Private
@c Owen Adebayo-Price | defending
@d Deven Amarasinghe | Lance Corporal
@e Hilary Brandon | Judge Advocate
CATTERMOOR CAMP – A lance corporal dragged an 18-year-old recruit from his bed and made him stand under a freezing shower for 20 minutes as a "⟦s:-|punishment⟧" for an untidy locker, a court martial heard on Wednesday.
Lance Corporal Deven Amarasinghe, 28, of the 3rd Battalion, the Wessmoor Rifles, denies ill-treating a subordinate and assault by beating.
Major Fiona Stirrat, prosecuting, told the board of five officers that the incident happened at about 2am in a barrack block at Cattermoor Camp in November 2022.
"⟦d:a|The recruit was shivering so violently he could not undo his own boots afterwards. This was not discipline. It was cruelty dressed up as discipline,⟧" she said.
Private Callum Ritchie, now 19, told the court he had been "⟦p:b|too scared to say anything⟧" at the time.
"⟦d:b|He said if I went to the sergeant it would be ten times worse next time. I believed him,⟧" he said.
Cross-examined by Captain Owen Adebayo-Price, defending, Pte Ritchie agreed that other recruits had been laughing during the incident.
"⟦d:c|It was a bit of fun among the lads, wasn't it?⟧" Capt Adebayo-Price asked.
"⟦d:b|Not for me, sir.⟧"
In a statement to military police, which was read to the court, Amarasinghe said the shower had been "⟦p:d|a bit of a laugh⟧" and that Ritchie "⟦p:d|was in on it from the start⟧".
Judge Advocate Hilary Brandon reminded the board that rumours about what went on in the barracks were not evidence. "⟦d:e|Decide this case on what you have heard in this room and nothing else,⟧" he said.
The hearing continues.

### 019
@a Niamh Gallagher | a seasonal lifeguard at the nearby lido
@b Gwilym Rees | Assistant coroner
@c Oyinda Bello | a consultant pathologist
@d Rashid Anwar | Zain’s father
@e - | Zain’s family
A 14-year-old boy drowned after jumping into a flooded quarry on the hottest day of the year, despite warnings shouted by a lifeguard who saw him climb the fence, an inquest has heard.
Zain Anwar, from Brynhafod, got into difficulty in the water at Kilbarra Quarry on the afternoon of 19 July last year.
Niamh Gallagher, a seasonal lifeguard at the nearby lido, told the hearing at Pontmawr Coroner’s Court that she had seen a group of boys climbing over the perimeter fence.
“⟦d:a|I shouted at them to come back. One of them waved at me. I think they thought I was joking,⟧” she said.
Assistant coroner Gwilym Rees asked her how long it had taken her to reach the water.
“⟦d:b|How far were you from the edge when you saw him go under?⟧”
“⟦d:a|About two hundred metres. I ran. By the time I got there he had gone.⟧”
Dr Oyinda Bello, a consultant pathologist, said the water temperature at depth would have been around 9C. “⟦d:c|Cold water shock can incapacitate a strong swimmer within a minute. A child would have had very little chance,⟧” she said.
Recording a conclusion of misadventure, Mr Rees said the quarry was “⟦p:b|an attractive and deadly place⟧” and that he would write to the landowner about its fencing.
Zain’s father, Rashid Anwar, wept as he spoke outside. “⟦d:d|Every summer you hear about this on the news and you think, not my son. He could swim. He had his certificates,⟧” he said.
In a statement, Zain’s family said: “⟦d:e|Zain was funny, loud and kind. If one child stays out of that water because of him, that will be something.⟧”

### 020
@a Harriet Olumide-Shaw | a television weather presenter
@b Gavin Treloar | a former postman
@c Beatrix Nwachukwu | prosecuting
@d Marcus Fenn | defending
@e Rachel Dunsby | Judge
Harriet Olumide-Shaw, a television weather presenter, told a jury on Thursday that she "⟦p:a|stopped living⟧" after a man she had never met sent her more than 400 letters and turned up outside her home three times.
Ms Olumide-Shaw, 36, gave evidence from behind a screen at Kelsby Crown Court. Gavin Treloar, 47, a former postman, of Mill Street, Kelsby, denies stalking involving fear of violence.
"⟦d:a|I changed my route to work. I changed my gym. In the end I changed my house. And still the letters came,⟧" she said.
Beatrix Nwachukwu, prosecuting, read the jury part of one letter, in which Treloar wrote: "⟦d:b|I know you feel it too. The way you looked into the camera on Tuesday was for me and nobody else. Soon we won't need to pretend.⟧"
"⟦d:c|What did you understand that to mean?⟧" Ms Nwachukwu asked.
"⟦d:a|That he was coming. That it was going to happen soon, whatever it was.⟧"
Cross-examined by Marcus Fenn, defending, she accepted that none of the letters contained an explicit threat.
"⟦d:d|Mr Treloar never once threatened you, did he?⟧"
"⟦d:a|He didn't have to. He was standing outside my kitchen window at midnight.⟧"
"⟦d:d|Please answer the question. Did he ever threaten you?⟧"
Judge Rachel Dunsby intervened. "⟦d:e|Mr Fenn, she has answered it. Move on, please,⟧" she said.
The trial continues.

### 021
@a Pellham Logistics | -
@b Thandiwe Mokoena | -
@c Gary Stenhouse | the site's HR manager
@d Anita Kowalewska | Employment Judge
@e Dev Malhotra | a regional organiser for the Transport and Warehouse Union
A warehouse worker with multiple sclerosis was unlawfully sacked after her employer refused to move her off night shifts, an employment tribunal in Ravensholt has found.
Thandiwe Mokoena, 41, had worked as a picker at a distribution centre on the Marsh End estate for nine years when Pellham Logistics dismissed her in 2022, citing «⟦p:a|unsatisfactory attendance⟧».
She told the tribunal she had asked repeatedly to be moved to day shifts after her diagnosis. «⟦d:b|The fatigue on nights was like walking through wet sand. I wasn't asking for less work. I was asking for different hours,⟧» she said.
Gary Stenhouse, the site's HR manager, said day shifts had been «⟦p:c|fully staffed⟧» and that moving her would have been unfair on colleagues who had waited longer.
Asked by her representative whether anyone had checked with the day-shift supervisor, Mr Stenhouse said: «⟦d:c|Not formally, no.⟧»
In her judgment, Employment Judge Anita Kowalewska said the company had «⟦p:d|never seriously considered⟧» the adjustment.
«⟦d:d|A change of shift pattern is precisely the kind of step the law has in mind. It would have cost the respondent very little. Its failure to take that step led directly to the absences for which the claimant was then dismissed,⟧» she wrote.
Dev Malhotra, a regional organiser for the Transport and Warehouse Union, which supported the claim, said: «⟦d:e|Thandiwe did everything right. She told them, she asked, she kept asking. This ruling should be pinned up in every staff canteen in the country.⟧»
Pellham Logistics said in a statement: «⟦d:a|We are reviewing the judgment carefully and remain committed to supporting all our colleagues.⟧»

### 022
@a Bronwen Pugh-Adeyemi | a former ward sister
@b Jonathan Aziz | Counsel to the inquiry
@c Colin Roper | the trust’s then chief executive
@d Edwin Lowther | The inquiry’s chair
@e - | a senior manager
A former ward sister has told the inquiry into deaths at Thornleigh General Hospital that she was told by a senior manager that she was “⟦p:e|a troublemaker⟧” after raising concerns about staffing on the hospital’s elderly care wards.
Bronwen Pugh-Adeyemi, a former ward sister, told the hearing that on some night shifts in 2017 there had been two registered nurses for 34 patients.
“⟦d:a:m|You would start a drugs round at ten and still be doing it at one in the morning. Buzzers would be going the whole time. You knew that somewhere behind a curtain someone was lying in a wet bed, and you couldn’t get to them.⟧
“⟦d:a|I went home and cried most nights. Then I came back and did it again, because who else was going to?⟧”
Counsel to the inquiry, Jonathan Aziz KC, showed her an email she had sent to the director of nursing in March 2017, which began: “⟦d:a|I am writing because I am frightened that a patient will die on my ward.⟧”
“⟦d:b|What response did you get?⟧” Mr Aziz asked.
“⟦d:a|None, in writing. I was called to a meeting and told I was being negative and that I should think about whether the ward was the right place for me.⟧”
The inquiry was also shown an email from Colin Roper, the trust’s then chief executive, to the director of nursing, sent the day after Ms Pugh-Adeyemi’s email arrived.
“⟦d:c|Let’s not make this bigger than it needs to be. Have a quiet word,⟧” it read.
The inquiry’s chair, Sir Edwin Lowther, thanked Ms Pugh-Adeyemi at the end of her evidence. “⟦d:d|It cannot have been easy to come here and relive this. The inquiry is very grateful to you,⟧” he said.
Mr Roper is due to give evidence next month.

### 023
@a Agnieszka Nowicka | Kacper’s mother
@b Precious Barrington | Jamal’s mother
@c Sunita Grewal | mitigating
@d Martin Llewellyn-Hughes | Judge
@e Tyler Broadbent | -
@f Dean Holroyd | Sergeant
A driver who was travelling at more than twice the speed limit when he killed two teenage friends has been jailed for 11 years.
Tyler Broadbent, 24, of Sandpiper Close, Dunmoor, admitted two counts of causing death by dangerous driving. Kacper Nowicki, 18, and Jamal Barrington, 19, were walking home along Moor Road in Dunmoor last October when his hatchback mounted the pavement at 74mph in a 30mph zone.
Both of the young men’s mothers read statements to Dunmoor Crown Court.
Kacper’s mother, Agnieszka Nowicka, said her son had been saving to study engineering. “⟦d:a|He had a spreadsheet for everything. He had a spreadsheet for his birthday presents,⟧” she said, and several people in the public gallery laughed through their tears.
“⟦d:a|Now I have his spreadsheets and I do not have him.⟧”
Jamal’s mother, Precious Barrington, spoke directly to Broadbent, who kept his eyes on the floor of the dock.
“⟦d:b|Look at me. You took my only child. You were showing off to your friends and you took my only child,⟧” she said.
“⟦d:b|I have forgiven you because my faith tells me to. That does not mean I want to see your face again.⟧”
Sunita Grewal, mitigating, said Broadbent had written to both families. “⟦d:c|He knows there is nothing he can say that will help. He asked me to tell the court that he is sorry, and that he will be sorry every day of his life,⟧” she said.
Jailing him, Judge Martin Llewellyn-Hughes said Broadbent had treated a residential street “⟦p:d|as a racetrack⟧”.
“⟦d:d|Two young men with everything in front of them are dead because you wanted to impress your passengers. Nothing I do today can reflect the value of those lives,⟧” he said.
Broadbent was also banned from driving for 15 and a half years. Asked whether he understood, he said: “⟦d:e|Yes, sir.⟧”
After the hearing Sergeant Dean Holroyd, of Dunmoor roads policing unit, said: “⟦d:f|I have been to a lot of collisions. This is one that will stay with every officer who attended.⟧”

### 024
@a Lydia Sands | prosecuting
@b Marguerite Fell | a retired vicar
@c Oisín Rafferty | the youngest defendant
@d Kwame Adjei-Brown | District Judge
@e Ferrovane Energy | -
Seven climate protesters who glued themselves to the revolving doors of Ferrovane Energy's headquarters in Carrick Street have been found guilty of aggravated trespass.
The group, aged between 23 and 72, are members of Rewild Now, which campaigns against new oil and gas drilling in the Skarra Basin.
Lydia Sands, prosecuting, told Marsden Row Magistrates' Court that about 300 staff had been unable to get into the building for most of the morning of 8 June.
"⟦d:a|This was not a peaceful vigil on a pavement. It was a deliberate decision to stop people going to work,⟧" she said.
Marguerite Fell, 72, a retired vicar, told the court she had "⟦p:b|no regrets whatsoever⟧".
"⟦d:b|I have written letters for thirty years. I have signed petitions. I have prayed. At some point a person has to put her body where her words are,⟧" she said. "⟦d:b|I would do it again tomorrow.⟧"
Oisín Rafferty, 23, the youngest defendant, said he had acted out of "⟦p:c|fear, not anger⟧".
"⟦d:c|I'm going to be 50 in 2050. I'd like there to be a 2050 worth being 50 in,⟧" he said.
District Judge Kwame Adjei-Brown said he accepted the defendants' sincerity but that it was "⟦p:d|not a defence in law⟧".
"⟦d:d|The strength of a belief, however sincerely held, does not give anyone the right to decide who may enter a building and who may not,⟧" he said. Each was given a 12-month conditional discharge and ordered to pay £150 costs.
Supporters outside the court chanted "⟦s:-|No new wells⟧" and held up a banner reading "⟦s:-|Free the Skarra Seven⟧".
Ferrovane Energy said: "⟦d:e|We respect the right to protest, but not the right to put our staff at risk.⟧"

### 025
@a Priya Venkatesh-Rowe | The Solicitor General
@b Osei | -
@c Adrian Kell | for Cresswell
@d Sharon Frome | Daniel’s mother
A man who left a teenager with a permanent brain injury after stamping on his head outside a kebab shop has had his prison sentence doubled after the Solicitor General said it was “⟦p:a|unduly lenient⟧”.
Nathan Cresswell, 31, was jailed for four years at Haldane Crown Court in March after admitting grievous bodily harm with intent against Daniel Frome, then 17, in Queen Street, Haldane, last October.
On Friday three Court of Appeal judges increased the sentence to eight years.
Lady Justice Osei said the original sentence had failed to reflect “⟦p:b|the gravity of the harm and the gratuitous nature of the violence⟧”.
“⟦d:b|The victim was unconscious when the offender stamped on his head, not once but twice. No sentence of four years could adequately reflect that conduct,⟧” she said.
Adrian Kell, for Cresswell, had argued that his client showed “⟦p:c|genuine and early remorse⟧” and had no previous convictions for violence. “⟦d:c|He accepts he must be punished. He cannot begin to understand how he came to do this,⟧” Mr Kell told the court.
The Solicitor General, Priya Venkatesh-Rowe, who referred the case, said afterwards: “⟦d:a|Daniel will live with the consequences of this attack for the rest of his life. I am glad the court has recognised that.⟧”
Daniel’s mother, Sharon Frome, said: “⟦d:d|Daniel can’t work, he can’t drive, he gets lost in the town he grew up in. Eight years still isn’t enough, but at least somebody listened.⟧”

### 026
@a Arvid Solheim | the former operations director of Nordvik Lines
@b Samuel Lindgren | District Judge
@c Ben Okafor | representing the Marondian government
@d Clara Weiss | for Mr Solheim
A Norwegian-born shipping executive wanted in Marondia over the sinking of a ferry that killed 63 people told a court in Kingsferry on Monday that he would not receive a fair trial there.
Arvid Solheim, 57, the former operations director of Nordvik Lines, is accused by Marondian prosecutors of manslaughter and of falsifying safety certificates for the Sea Lantern, which capsized off Port Acre in 2021.
Asked by District Judge Samuel Lindgren at Kingsferry Magistrates' Court whether he consented to being extradited, Solheim replied in Norwegian: "⟦d:a|Nei, det gjør jeg ikke⟧" - "⟦d:a|No, I do not⟧".
Ben Okafor, representing the Marondian government, said the request met every legal requirement.
"⟦d:c|Sixty-three people died. Their families are entitled to see the man the Marondian authorities say was responsible stand trial,⟧" he said.
Clara Weiss KC, for Mr Solheim, told the court that two other executives charged over the disaster had been held for more than three years without trial in conditions she described as "⟦p:d|inhuman⟧".
"⟦d:d|My client does not run from this accusation. He runs from a prison system in which men go in and simply do not come out,⟧" she said.
District Judge Lindgren adjourned the case until September and granted bail on condition that Solheim surrender his passports and wear an electronic tag.
"⟦d:b|This is a serious and difficult case and it will be given the time it needs,⟧" he said.

### 027
@a Lorenzo Baptiste | Chief Justice
@b Naomi Chen-Garraway | Justice
@c Elroy St Hill | president of the Grand Anse Fishermen’s Cooperative
@d Desmond Fairclough | The Attorney General
PORT ST. ANNE, St. Aubryn — St. Aubryn’s highest court ruled on Tuesday that the public has a constitutional right of access to the island’s beaches, in a landmark decision that could force hotel developers to reopen dozens of paths to the sea.
By a majority of four to one, the Court of Final Appeal overturned a lower court ruling in favour of the Coral Crest Resort at Grand Anse, which had fenced off a path used by local fishermen for generations.
Delivering the majority judgment, Chief Justice Lorenzo Baptiste said the beach belonged to “⟦p:a|every citizen of St. Aubryn, not to whoever happens to own the land behind it⟧”.
“⟦d:a|A right of access that exists only at the pleasure of a landowner is no right at all,⟧” he said. “⟦d:a|The fishermen of Grand Anse did not ask permission of anyone to reach the sea, and the Constitution does not require them to start now.⟧”
In a dissenting judgment, Justice Naomi Chen-Garraway said the majority had “⟦p:b|reached for the Constitution where Parliament should have been asked to act⟧”.
“⟦d:b|I have every sympathy with the fishermen. But the remedy lies with the legislature, not with this court,⟧” she wrote.
Elroy St Hill, president of the Grand Anse Fishermen’s Cooperative, was carried on the shoulders of supporters outside the courthouse.
“⟦d:c|My grandfather walked that path. My father walked that path. Tomorrow morning at five o’clock, I will walk that path,⟧” he said.
The Attorney General, Desmond Fairclough, said the government would “⟦p:d|study the judgment with care⟧” before deciding whether legislation was needed.
“⟦d:d|Our beaches are our heritage. They are also our livelihood. Both of those things can be true,⟧” he told reporters.
Coral Crest Resort did not respond to a request for comment.

### 028
@a - | the jury
@b Graham Tilley | a prison officer who was on duty that night
@c Alia Rahman | representing the family
@d Demetria Okoro | Chinedu’s sister
@e Corrections Agency | -
An inquest jury has found that a series of failures by staff at Longmoor prison contributed to the death of a 27-year-old man who was left unobserved in his cell for nine hours despite being on suicide watch.
Chinedu Okoro was found hanged in his cell on C wing on the morning of 4 January 2023. He had been assessed as being at high risk of self-harm three days earlier.
In a written narrative conclusion read out at Farleigh Coroner’s Court, the jury said observations had been “⟦p:a|neither carried out at the required frequency nor properly recorded⟧”.
“⟦d:a|We find that the failure to carry out hourly observations, and the decision to place Chinedu in a single cell without consulting the mental health team, more than minimally contributed to his death,⟧” the jury found.
During the two-week hearing, Graham Tilley, a prison officer who was on duty that night, admitted that entries in the observation log had been completed at the end of his shift.
“⟦d:b|I filled them in from memory. I know now that was wrong,⟧” he said.
Alia Rahman, representing the family, pressed him on one entry.
“⟦d:c|Did you look into that cell at two o’clock, Mr Tilley?⟧”
“⟦d:b|I can’t say that I did.⟧”
Chinedu’s sister, Demetria Okoro, said afterwards: “⟦d:d|My brother asked for help. He was put on a list, and the list was filled in by somebody who wasn’t looking.⟧”
“⟦d:d|He deserved better than a tick in a box.⟧”
The Corrections Agency said it had “⟦p:e|made significant changes⟧” at Longmoor since Mr Okoro’s death. “⟦d:e|Our thoughts remain with Mr Okoro’s family,⟧” it said.

### 029
@a Sandra Whitlow | Divorcee
@b Joan Erskine | Widow
@c Dominic Ferrante | -
@d Howard Pellew | Judge
A SMOOTH-talking conman who posed as an airline pilot to fleece lonely women out of more than £400,000 was jailed for seven years yesterday.
Dominic Ferrante, 49 — dubbed the “⟦s:-|Casanova Conman⟧” — met his victims on dating websites and showered them with gifts and promises of marriage before spinning tales of frozen bank accounts and sick relatives abroad.
Divorcee Sandra Whitlow, 61, handed over her entire £180,000 divorce settlement. “⟦d:a|He told me he flew the long-haul routes and that was why he was always away. I used to look at planes going over and wave,⟧” she said after the hearing.
Widow Joan Erskine, 58, re-mortgaged her home. “⟦d:b|He knew the name of every one of my grandchildren. He sent them birthday cards. That’s the bit I can’t get over,⟧” she said.
In a message read to the court, Ferrante told Mrs Erskine: “⟦d:c|Darling, it’s just until the bank in Valcourt releases my funds. You’re the only one I can trust.⟧”
Jailing him at Tidesby Crown Court, Judge Howard Pellew said Ferrante had “⟦p:d|preyed on loneliness with the cold efficiency of a businessman⟧”.
“⟦d:d|You targeted women you judged to be vulnerable and you took from them not only their money but their capacity to trust,⟧” he said.
Ferrante, who wore a cream linen jacket in the dock, blew a kiss to the public gallery as he was taken down. “⟦d:c|See you soon, girls,⟧” he said.
Mrs Whitlow said: “⟦d:a|Seven years. I hope he spends every one of them thinking about us.⟧”

### 030
@a - | a protected witness who testified with her face and voice distorted
@b Radomir Vesic | a former army general
@c Henrik Aalto | Deputy prosecutor
@d Ama Owusu-Ansah | Presiding Judge
@e Lucille Marchetti | His lawyer
VELLMAR, Oct 2 (Continental Wire) - A woman told a war crimes court on Wednesday that soldiers forced her to watch as they set fire to the school in which her village's men had been locked, as the trial of a former army general entered its second year.
The woman, a protected witness who testified with her face and voice distorted, spoke through an interpreter at the Special Tribunal for the Kesh Valley.
"⟦d:a|I could hear my brother calling my name. Then I could not hear anything,⟧" she said. "⟦d:a|I have heard it every night since then, for twenty-two years.⟧"
Radomir Vesic, a former army general, is charged with crimes against humanity over the killing of about 200 civilians in Dolna Reka in 2002. He denies all the charges.
Deputy prosecutor Henrik Aalto asked the witness whether she had seen the commander of the unit.
"⟦d:c|Did you see who gave the order?⟧"
"⟦d:a|I saw a man with a grey moustache get out of a white car. After that the soldiers started the fire,⟧" the witness said.
Vesic, 71, who has a grey moustache, shook his head as she spoke and at one point called out from the defence bench: "⟦d:b|Lies!⟧"
Presiding Judge Ama Owusu-Ansah warned him that he would be removed if he interrupted again. "⟦d:d|General Vesic, you will have your opportunity to respond through your counsel. This is not it,⟧" she said.
His lawyer, Lucille Marchetti, said outside court that the witness had "⟦p:e|never before mentioned a moustache⟧" in three earlier statements.
"⟦d:e|Memory is not a video recording. After twenty-two years, it is often a reconstruction,⟧" she said.

### 031
@a Nasreen Qadir | District Judge
@b Philip Garside | for the landlord
@c Kerry-Ann Walsh | -
@d - | A spokesperson for Shelterline
A mother of three who fell behind with her rent after her hours were cut has been given six extra weeks in her home by a judge who said she had been put in an “⟦p:a|impossible position⟧”.
Kerry-Ann Walsh, 38, faced a possession claim at Wrexley County Court on Tuesday after arrears on her two-bedroom flat in Cobden House reached £3,900.
Philip Garside, for the landlord, Ashdown Estates, said the company had “⟦p:b|shown considerable patience⟧” and offered two repayment plans.
“⟦d:b|My client is not a charity. It has its own mortgage to pay,⟧” he said.
Ms Walsh, who represented herself, told the court she had paid the rent in full for six years until her employer, a care agency, cut her hours from 37 to 16 a week.
“⟦d:c|I’ve paid something every single month. Not all of it, but something. I’ve got three kids in two bedrooms and nowhere to go,⟧” she said, her voice breaking.
District Judge Nasreen Qadir said she had no discretion to refuse the order but would postpone it for as long as the law allowed.
“⟦d:a|I am sorry, Ms Walsh. The law does not give me the power to do what you are asking. What I can do is give you as much time as possible, and I would strongly urge you to speak to the council’s housing team today,⟧” she said.
A spokesperson for Shelterline, the housing charity, said cases like Ms Walsh’s were “⟦p:d|becoming depressingly familiar⟧”.
“⟦d:d|Working families are being evicted not because they won’t pay but because they can’t,⟧” the spokesperson said.

### 032
@a Marcia Delacroix | Chief Superintendent
@b Ruairí Brennan | Counsel to the inquiry
@c - | an officer
@d Yusuf Karaca | The inquiry's chairman
The senior officer in charge of policing the Harlow Square protest told an inquiry on Monday that she did not know officers were using batons on people sitting on the ground until she saw the footage on the news that evening.
Chief Superintendent Marcia Delacroix was gold commander on 12 September 2022, when 38 people were injured as police cleared the square.
Counsel to the inquiry, Ruairí Brennan KC, played body-worn camera footage in which an officer can be heard shouting: "⟦d:c|Just get them out, I don't care how.⟧"
"⟦d:b|Is that the kind of instruction you expected to be given on the ground?⟧" Mr Brennan asked.
"⟦d:a|Absolutely not. That is not an instruction that came from me or from anyone in the command structure,⟧" Ch Supt Delacroix said.
"⟦d:b|Then where did it come from?⟧"
"⟦d:a|I don't know. I have asked myself that many times.⟧"
She told the inquiry the radio channel had been "⟦p:a|overwhelmed⟧" and that she had been relying on reports from bronze commanders, some of which turned out to be "⟦p:a|simply wrong⟧".
The inquiry's chairman, Judge Yusuf Karaca, asked whether she accepted responsibility for what happened.
"⟦d:d|Do you accept that, as gold commander, the responsibility was yours?⟧"
"⟦d:a|I accept that it was mine. I have never tried to say otherwise,⟧" she said.

### 033
@a Bogdana Wiśniewska | a cleaner
@b Shirin Farahani | prosecuting
@c Thomas Achebe-Reid | defending
A cleaner who saw a man being attacked in a shopping centre car park told a jury she had seen one of the attackers holding a knife, although she admitted she had not mentioned it to police at the time.
Bogdana Wiśniewska, 44, a cleaner, gave evidence through a Polish interpreter at Stoneleigh Crown Court on the fourth day of the trial of three men accused of the attempted murder of Reza Mohammadi, 30, at the Fairmarket Centre in April.
Asked by Shirin Farahani, prosecuting, what she had seen, she said: “⟦d:a|Widziałam nóż⟧” – “⟦d:a|I saw a knife⟧”.
“⟦d:a|The tall one had it in his hand, like this, low down. The man on the ground was trying to cover his face,⟧” she said through the interpreter.
Cross-examined by Thomas Achebe-Reid, defending, she agreed that in her statement to police she had said only that the men were “⟦p:a|hitting and kicking⟧”.
“⟦d:c|You didn’t say anything about a knife, did you?⟧” Mr Achebe-Reid asked.
“⟦d:a|They did not ask me about a knife. They asked me what happened, and I was very frightened. My English then was not good.⟧”
In re-examination, Ms Farahani asked her: “⟦d:b|Are you sure about what you saw?⟧”
“⟦d:a|I am sure. I see it when I close my eyes.⟧”
The three defendants, Kyle Marsh, 22, Aaron Teague, 24, and Lewis Mabry, 21, deny the charge.

### 034
@a Luca Benedetti-Ward | -
@b Piers Ollerenshaw | his own barrister
@c Naledi Khumalo | prosecuting
A restaurant owner accused of setting fire to his own business to claim on the insurance told a jury he was "⟦p:a|at home asleep⟧" when the blaze started and had lost "⟦p:a|everything I had built⟧" in it.
Luca Benedetti-Ward, 45, denies arson with intent to endanger life and fraud over the fire at Trattoria Benedetti in Harbour Row, Saltmarsh, in February last year. Two people living in a flat above the restaurant escaped down a ladder.
Questioned by his own barrister, Piers Ollerenshaw KC, he said: "⟦d:a|That restaurant was my father's. I grew up in that kitchen. Why would I burn it?⟧"
"⟦d:b|The prosecution say you did it because you were in debt. Were you in debt?⟧"
"⟦d:a|Every restaurant is in debt. It doesn't mean you set fire to it.⟧"
Cross-examined by Naledi Khumalo KC, prosecuting, he was shown CCTV footage from a shop across the road showing a man in a dark hooded top leaving the back lane at 3.12am.
"⟦d:c|That's you, isn't it, Mr Benedetti-Ward?⟧"
"⟦d:a|No. It's a man in a hood. There are a thousand men in hoods.⟧"
Ms Khumalo asked him why his phone had been switched off between 2am and 4am, for the only time in the six months covered by the phone records. He said he had "⟦p:a|no idea⟧".
The trial continues.

### 035
@a Bridget Mulcahy | his widow
@b Oliver Stanhope | mitigating
@c Kavanagh | the judge
@d Reece Alderton | -
A 22-year-old man who killed a pub landlord with a single punch after being refused another drink has been jailed for four years and eight months.
Reece Alderton, of Tanner's Walk, Brindle, admitted the manslaughter of Terence Mulcahy, 63, who had run the Plough and Harrow in Brindle for 27 years.
Mr Mulcahy hit his head on the pavement outside the pub in the early hours of 2 April and died in hospital two days later.
In a statement read by her daughter at Brindle Crown Court, his widow, Bridget Mulcahy, said: ``⟦d:a:m|Terry pulled pints for three generations of families in this town. He lent money he knew he'd never get back. He knew who was drinking too much and why.⟧
``⟦d:a|The night he died, he was doing what he always did, which was looking after people. I have lost my husband and my best friend, and Brindle has lost its heart.⟧''
Oliver Stanhope, mitigating, said Alderton had ``⟦p:b|never been in trouble in his life⟧'' and had stayed with Mr Mulcahy until paramedics arrived.
``⟦d:b|He did not run. He held Mr Mulcahy's hand and told him help was coming,⟧'' Mr Stanhope said.
Passing sentence, Mr Justice Kavanagh told Alderton: ``⟦d:c:m|One punch. That is all it takes, and that is what every young man who goes out drinking on a Saturday night needs to understand.⟧
``⟦d:c:m|I accept that you did not intend to cause serious harm. I accept that your remorse is real. I have watched you in the dock and I have no doubt of it.⟧
``⟦d:c|But Mr Mulcahy is dead, and he is dead because you could not accept being told no,⟧'' the judge said.
Alderton, in a voice that was barely audible, said: ``⟦d:d|I'm sorry. I'm so sorry.⟧''

### 036
@a Lorraine Ekwueme | -
@b Sadia Parveen | a care assistant who joined the claim in 2019
@c Rhodri Penhaligon | Employment Judge
@d Gail Summerscales | regional organiser for the Public Services Union
@e Redbourne Borough Council | The council
For eleven years, Lorraine Ekwueme served lunch to 600 children a day at Holmfield Primary School. For eleven years, she says, she assumed that was worth as much to her employer as the work of the men who emptied its bins.
It was not. This week an employment tribunal ruled that Redbourne Borough Council had underpaid more than 1,400 women in catering, cleaning and care roles by as much as £3.20 an hour compared with men in jobs of equal value.
“⟦d:a|I didn’t even know I was allowed to ask what they were paid,⟧” Ms Ekwueme, 52, says. “⟦d:a|You just think, that’s the rate, that’s what the job pays. It never occurred to me that the job paid one thing if you were a woman and another if you were a man.⟧”
Sadia Parveen, 46, a care assistant who joined the claim in 2019, learned about the difference from her brother-in-law, a refuse driver.
“⟦d:b|He was moaning about his bonus. I said, ‘What bonus?’ That was the start of it,⟧” she says.
Employment Judge Rhodri Penhaligon found that the council’s job evaluation scheme had been “⟦p:c|tainted by sex discrimination from the outset⟧” and that the bonuses paid to refuse and highways crews were “⟦p:c|a payment for being a man, in all but name⟧”.
Gail Summerscales, regional organiser for the Public Services Union, said the council now faced a bill of up to £70 million.
“⟦d:d|This money was earned. It was earned over decades, by women who were told they were lucky to have the hours,⟧” she said. “⟦d:d|The council needs to stop talking about affordability and start talking about paying what it owes.⟧”
The council said it was “⟦p:e|carefully considering⟧” the judgment. “⟦d:e|We recognise the importance of this issue to our workforce and will be meeting the unions in the coming weeks,⟧” it said.
Ms Parveen has already worked out what she will do with her share. “⟦d:b|Driving lessons,⟧” she says. “⟦d:b|Forty-six and I’ve never had a lesson. About time.⟧”

### 037
@a Sebastian Ngata | the area coroner for East Tallow
@b Tallow Rail | -
@c Claire Ashdown | Sophie's mother
@d - | A spokesperson for the Office of Rail Standards
A coroner has warned that more people will die at an unmanned level crossing in Wendham unless warning lights are installed, in a report published six months after a 17-year-old girl was killed there.
Sophie Ashdown was struck by a train at the Moorside footpath crossing on 22 February as she walked to her sixth-form college. Her inquest heard she was wearing headphones and that a second train, coming from the opposite direction, was hidden by the first until it was too late.
In a prevention of future deaths report sent to Tallow Rail and the Office of Rail Standards, Dr Sebastian Ngata, the area coroner for East Tallow, said the crossing's design presented "⟦p:a|a clear and continuing risk⟧".
"⟦d:a|The crossing relies entirely on pedestrians looking and listening. The evidence I heard was that the sightlines are inadequate and that a second train may be masked by the first. I am not satisfied that any action has been taken to address this,⟧" he wrote.
Tallow Rail, which must respond within 56 days, said it was "⟦p:b|working closely with the coroner⟧" and was reviewing options including lights and an audible "⟦s:-|another train coming⟧" warning.
Sophie's mother, Claire Ashdown, who has collected more than 30,000 signatures calling for the crossing to be closed, said: "⟦d:c|We were told after the inquest that something would be done. Six months later there is still nothing there but a sign and a gate.⟧"
"⟦d:c|I walk past it every day. Every day I wonder whose child is next.⟧"
A spokesperson for the Office of Rail Standards said: "⟦d:d|We have received the coroner's report and will be seeking urgent assurances from the operator.⟧"

### 038
@a Leon Marsh | PC
@b Joanna Kwiatkowska | for the force
@c Deborah Ansah | a civilian worker who reported the group after seeing the messages on a shared computer
@d Hamish Dunbar | Legally qualified chair
A police constable who posted a string of racist and misogynistic messages in a group chat with other officers has been dismissed without notice.
PC Leon Marsh, 31, who was based at Fenwick Street police station in Carrowby, admitted gross misconduct at a hearing at force headquarters on Monday.
Joanna Kwiatkowska, for the force, read several of the messages to the panel. In one, sent after a domestic abuse call, Marsh wrote: “⟦d:a|Another domestic. Some of them bring it on themselves tbh.⟧”
“⟦d:b|These are not the words of a man who made one stupid joke. They were sent over eighteen months, and they were sent to colleagues he expected to agree with him,⟧” Ms Kwiatkowska said.
Marsh told the panel he was “⟦p:a|deeply ashamed⟧”. “⟦d:a|I’m not that person. I got caught up in a culture and I should have walked away from it,⟧” he said.
Deborah Ansah, a civilian worker who reported the group after seeing the messages on a shared computer, said in a statement read to the panel: “⟦d:c|I sat across the office from these men every day. I had to decide whether I could still trust them to come if I ever called 999.⟧”
Legally qualified chair Hamish Dunbar said Marsh’s conduct had been “⟦p:d|wholly incompatible⟧” with policing.
“⟦d:d|The public are entitled to expect that officers who come to their homes at the worst moments of their lives do not mock them in private. Dismissal is the only proper outcome,⟧” he said.
Marsh will be placed on the barred list.

### 039
@a Marcus Oyelowo | for the Medical Standards Council
@b - | A woman referred to as Patient A
@c Ikenna Madu-Whitfield | a GP in Lowick Vale
@d Ruth Halvorsen | Tribunal chair
A GP who prescribed powerful painkillers for cash to patients he had never examined has been struck off the medical register.
Dr Ikenna Madu-Whitfield, a GP in Lowick Vale, issued more than 700 private prescriptions for opioids over two years through a website he ran from his home, a medical practitioners tribunal heard.
Marcus Oyelowo, for the Medical Standards Council, said the doctor had "⟦p:a|turned his prescription pad into a vending machine⟧".
"⟦d:a|Not one of these patients was seen, examined or followed up,⟧" Mr Oyelowo said.
A woman referred to as Patient A, who became addicted to oxycodone after receiving repeat prescriptions through the website, said in a statement: "⟦d:b|I never spoke to him. Not once. I filled in a form, paid the money and the tablets came in the post. By the end I was taking them just to get out of bed.⟧"
Dr Madu-Whitfield, who attended the hearing by video link, told the tribunal he had believed the patients were "⟦p:c|genuine chronic pain sufferers⟧".
"⟦d:c|I accept that my checks were not sufficient. I never intended to harm anybody,⟧" he said.
Tribunal chair Professor Ruth Halvorsen said his conduct was "⟦p:d|fundamentally incompatible⟧" with continued registration.
"⟦d:d|Dr Madu-Whitfield put his own financial interests before the safety of patients, repeatedly and over a long period. Erasure is the only sanction that will protect the public and maintain confidence in the profession,⟧" she said.

### 040
@a Neville Crathorne | former director of building control at Portway Council
@b Thermafell Ltd | -
The following is an edited extract from the transcript of day 41 of the Harbour Street Fire Inquiry. Q is Eloise Fairbairn KC, counsel to the inquiry; A is Neville Crathorne, former director of building control at Portway Council.
Q: On 3 March 2016 you wrote to your deputy: “⟦d:a|I am not signing this off until somebody shows me the fire test.⟧” Is that right?
A: Yes, that’s my email.
Q: Did anybody show you the fire test?
A: No. I was told it was “⟦p:-|in hand⟧”.
Q: Who told you that?
A: I believe it was the contractor’s project manager. I can’t be certain.
Q: The inquiry has a letter from Thermafell Ltd dated 11 March 2016. It says the panels meet “⟦p:b|all relevant requirements for use above 18 metres⟧”. Did you see that letter?
A: I saw it later. At the time I was told there was a letter and that it was satisfactory.
Q: Was it satisfactory?
A: No. It used the words “⟦s:-|limited combustibility⟧”, which is not the same thing as non-combustible. I know that now. I should have known it then.
Q: Why didn’t you?
A: I asked myself that on the night of the fire. I said to my wife, “⟦d:a|I signed that building off.⟧” I have said it to myself most days since.

### 041
@a Bethany Kolawole | a dental receptionist from Aldbury
@b Harcourt-Yeo | -
@c Nadia Hussain | Her barrister
@d - | A spokesperson for the Attorney General's office
A juror who searched online for a defendant's previous convictions during a rape trial and shared what she found with other jurors has been jailed for four months for contempt of court.
Bethany Kolawole, 29, a dental receptionist from Aldbury, admitted carrying out the searches on her phone during the second week of the trial at Aldbury Crown Court last November. The trial had to be abandoned and a new jury sworn, delaying the case by five months.
In a letter to the court, Kolawole wrote: "⟦d:a|I thought I was helping. I understand now that I wasn't, and that I caused real harm to people who had already been through enough. I am truly sorry.⟧"
Sitting in the High Court with Mr Justice Pyke, Lord Justice Harcourt-Yeo said the letter was "⟦p:b|to her credit⟧" but that nothing short of immediate custody would do.
"⟦d:b|Jurors take an oath to try the case on the evidence. The defendant in that trial was entitled to be judged on what was put before the jury and nothing else. This juror deprived him of that, and deprived the complainant of the timely trial she was entitled to,⟧" he said.
Her barrister, Nadia Hussain, had said she was "⟦p:c|naive rather than malicious⟧".
"⟦d:c|She is a young woman of previous good character who has lost her job and her reputation,⟧" Ms Hussain told the court.
A spokesperson for the Attorney General's office said: "⟦d:d|Jurors who ignore the judge's directions undermine the whole system. We will not hesitate to bring proceedings where that happens.⟧"

### 042
@a Catriona Blair | for the hospital trust
@b - | His daughter
@c - | His son
@d Olufemi | the judge
A High Court judge has ruled that doctors may withdraw life-sustaining treatment from a 71-year-old man with severe brain damage, against the wishes of his children.
The man, a retired bus driver who can be identified only as RT, suffered a cardiac arrest in March and has been in a prolonged disorder of consciousness in hospital since.
Catriona Blair, for the hospital trust, told the Court of Protection that the medical evidence was “⟦p:a|unanimous⟧” that there was no prospect of meaningful recovery.
His daughter, who cannot be named for legal reasons, told the court: “⟦d:b|My father would want every chance. He was a fighter. He used to say, ‘They’ll carry me out feet first and not before.’⟧”
His son said he had felt his father squeeze his hand. “⟦d:c|The doctors say it’s a reflex. I say it’s him,⟧” he said.
Mr Justice Olufemi said he had listened to the family’s evidence “⟦p:d|with the greatest care and respect⟧”.
“⟦d:d:m|I do not doubt for a moment the love that RT’s children have for him, nor the sincerity of their belief that he would want treatment to continue.⟧
“⟦d:d|But my task is to decide what is in RT’s best interests, and the evidence that he has no awareness of his surroundings, and no prospect of regaining it, is overwhelming,⟧” the judge said.
Outside court, RT’s daughter said the family was “⟦p:b|heartbroken⟧” and considering an appeal.

### 043
@a - | the foreman
@b Grace Mwangi | -
@c Samuel Mwangi | -
@d Lettice Farr | an usher who has worked at Harwood Crown Court for nineteen years
The second trial of Samuel Mwangi ended at 3.47 on a Thursday afternoon, and I was sitting three seats along from his mother when the foreman said the words "⟦d:a|not guilty⟧".
Grace Mwangi did not cry. She put both hands flat on the bench in front of her, as if the room had tilted.
Her son had spent nineteen months on remand, charged with a robbery that the prosecution accepted, by the end of the retrial, might have been committed by someone else entirely. The first jury could not agree.
Afterwards, on the steps outside, I asked her what she had felt when she heard the verdict.
"⟦d:b|Nothing, at first,⟧" she said. "⟦d:b|You hold your breath for nineteen months, and when you finally let it out you don't feel anything. The feeling comes later. I think it's coming now.⟧"
Samuel, 24, came out twenty minutes later carrying his belongings in a clear plastic bag. He held his mother for a long time, and then, to my surprise, shook my hand.
"⟦d:-|What will you do now?⟧" I asked.
"⟦d:c|Eat something that wasn't cooked in a prison,⟧" he said. "⟦d:c|Then sleep. Then I don't know. I'll have to find out who I am when I'm not waiting.⟧"
Lettice Farr, an usher who has worked at Harwood Crown Court for nineteen years, watched them walk to the bus stop.
"⟦d:d|You see a lot of families go down those steps,⟧" she told me. "⟦d:d|Not many of them go down smiling.⟧"

### 044
@a Sione Fifita | The sprinter
@b Anthony Ruiz-Mbatha | the panel’s chair
@c Rosalind Pike | His coach
@d Clean Sport Authority | -
The sprinter Sione Fifita has been banned for four years after an anti-doping tribunal rejected his claim that a banned steroid entered his system through contaminated beef.
Fifita, 26, known to fans as the “⟦s:-|Pacific Rocket⟧”, tested positive for trenbolone in an out-of-competition test in May.
At a two-day hearing, his lawyers argued that the drug, which is used illegally in livestock farming in some countries, could have come from a steak he ate at a training camp.
In its written decision, the panel’s chair, Anthony Ruiz-Mbatha, said the explanation was “⟦p:b|speculative and unsupported by any evidence⟧”.
“⟦d:b|The athlete has not identified the meal, the supplier or the origin of the meat. The tribunal cannot proceed on the basis of a possibility that the athlete himself was unable to substantiate,⟧” he wrote.
Fifita said in a post on social media that he was “⟦p:a|devastated but not defeated⟧”. “⟦d:a|I know what I put in my body. I will fight this all the way,⟧” he wrote.
His coach, Rosalind Pike, said she was “⟦p:c|shocked⟧”. “⟦d:c|I have worked with Sione since he was sixteen. I have never once had a reason to doubt him,⟧” she said.
The Clean Sport Authority welcomed the decision. “⟦d:d|Athletes are responsible for everything that enters their bodies. That principle is there to protect clean athletes,⟧” it said.

### 045
@a Morag Lennox | Sheriff
@b Ruaridh Beaton | the only crew member to survive
@c Iain Dalgleish | procurator fiscal depute
@d Eilidh MacAulay | -
@e Coastal Safety Agency | -
A fishing boat which sank off Tarsay with the loss of three lives had been overloaded and its bilge alarm had been disconnected, a fatal accident inquiry has found.
The Grace Abounding went down in heavy seas on 18 November 2021. Her skipper, Donald MacAulay, 54, and deckhands Tomasz Krol, 29, and Jamie Rennie, 19, died.
In her determination, Sheriff Morag Lennox said the deaths "⟦p:a|might realistically have been avoided⟧" had the alarm been working.
"⟦d:a|The crew were deprived of the warning that would have given them time to act. That alarm had been disconnected for some months, apparently because it went off too often,⟧" she said.
Ruaridh Beaton, the only crew member to survive, told the inquiry at Portmhor Sheriff Court last year that the first sign of trouble was water coming up through the deck of the fish room.
"⟦d:b|By the time we knew, she was already going. Donald got me into the liferaft. Then the boat rolled and I never saw him again,⟧" he said.
Iain Dalgleish, procurator fiscal depute, had told the inquiry the vessel was carrying about 40 per cent more catch than she was designed for. "⟦d:c|The evidence is that she sat so low in the water that waves were breaking over her rail even in moderate seas,⟧" he said.
Eilidh MacAulay, whose husband was the skipper, said: "⟦d:d|Donald would never have wanted anyone to blame the boys. But I hope every skipper on this coast reads that report.⟧"
The Coastal Safety Agency said it would "⟦p:e|consider the sheriff's recommendations carefully⟧".

### 046
@a Anand Iyer | a forensic pathologist
@b Niamh Costello | defending
@c Adewale Oyewole | prosecuting
A pathologist has told a jury that injuries suffered by an 88-year-old care home resident who fell down a flight of stairs were «⟦p:a|more consistent with a push than a stumble⟧».
Professor Anand Iyer, a forensic pathologist, was giving evidence at Carnbridge Crown Court in the trial of care worker Patrick Doherty, 41, who denies the manslaughter of Edna Sowerby at Larkhill House in Carnbridge in 2022.
«⟦d:a|The pattern of bruising on her upper back, and the fact that she landed some distance from the foot of the stairs, suggest forward momentum greater than one would expect from a simple loss of footing,⟧» he said.
Cross-examined by Niamh Costello KC, defending, Prof Iyer accepted that he could not «⟦p:a|exclude⟧» an accidental fall.
«⟦d:b|You cannot say, can you, that anybody pushed her?⟧» Ms Costello asked.
«⟦d:a|I cannot say it. I can say what I think is more likely.⟧»
In re-examination, Adewale Oyewole KC, prosecuting, put one question to him: «⟦d:c|Has anything you have been asked today altered your opinion?⟧»
«⟦d:a|No, it has not.⟧»
The trial continues.

### 047
@a Rahimi | -
@b Harriet Bose | -
@c - | A retired teacher who asked not to be named
@d Tallis Borough Council | -
Campaigners fighting the closure of a 120-year-old library in Tallis have won a High Court challenge after a judge quashed the council's decision.
Mr Justice Rahimi ruled that Tallis Borough Council's consultation had been “⟦p:a|so flawed as to be unlawful⟧”. Residents were given just 14 days to respond to plans to close Tallis Central Library, and the council failed to publish its own assessment of how the closure would affect disabled and elderly people.
“⟦d:a|A consultation in which the public are not told the most important facts is not a consultation at all. It is a formality,⟧” he said in his judgment.
Dozens of supporters gathered outside the court chanting “⟦s:-|Books not bulldozers⟧”.
Harriet Bose, who founded the Keep Tallis Library Open campaign, said: “⟦d:b|This library is where my grandmother learned to read English. It’s where my kids did their homework. We knew the consultation was a sham and now a judge has said so.⟧”
A retired teacher who asked not to be named was less jubilant. “⟦d:c|They’ll try again. But at least next time they’ll have to do it properly,⟧” she said.
Tallis Borough Council said it was “⟦p:d|disappointed⟧” and would “⟦p:d|reflect on the judgment⟧”. “⟦d:d|The council faces a £23 million funding gap and difficult decisions remain,⟧” it said.

### 048
@a Gordon Sillitoe | -
@b Ellen Pryor | for the prosecution
@c Femi Adeleke | defending
@d Carol Wendover | The chair of the bench
A man accused of bombarding an MP's office with threatening emails has been refused bail.
Gordon Sillitoe, 56, of Marsh Road, Pellingham, is charged with harassment and sending malicious communications after more than 200 messages were sent to the constituency office of Anjali Dhar, the MP for Hollins Vale, between January and March.
Ellen Pryor, for the prosecution, told Pellingham Magistrates' Court that one of the emails read: ``⟦d:a|You won't see it coming. Nobody ever does.⟧''
``⟦d:b|The prosecution's concern is simple. If this man is released, we do not believe he will stop,⟧'' Ms Pryor said.
Femi Adeleke, defending, said his client had no previous convictions and could live with his sister in Brantham, more than 100 miles away.
``⟦d:c|He is a man in poor health who spends most of his time on his computer. He is not a danger to anyone,⟧'' Mr Adeleke said.
Sillitoe, who wore a crumpled blue shirt, interrupted twice. ``⟦d:a|I never threatened anybody. I was asking questions,⟧'' he said at one point.
The chair of the bench, Carol Wendover, told him to be quiet or he would be taken down. ``⟦d:d|You will have your chance, Mr Sillitoe. It is not now,⟧'' she said.
Refusing bail, she said there were ``⟦p:d|substantial grounds⟧'' for believing he would commit further offences. He will appear at Pellingham Crown Court on 30 May.

### 049
@a K. Ramalingam | Justice
@b Sreekumar Pillai | Advocate-General
@c Meenakshi Sundaram | appearing for the petitioners
@d P. Anthonyraj | president of the Kaveli Fishworkers' Union
VARUNAPURAM: The High Court of Varunagiri on Monday stayed a State government order permitting sand mining along a 14-km stretch of the Kaveli river.
Hearing a batch of petitions filed by fishermen's associations, Justice K. Ramalingam observed that the order had been issued "⟦p:a|without even a pretence of environmental assessment⟧".
"⟦d:a|The river does not belong to the contractor, nor to the government of the day. It is held in trust for those who come after us,⟧" he said.
Advocate-General Sreekumar Pillai submitted that the mining was necessary to meet the demand for construction material and that "⟦p:b|adequate safeguards⟧" were in place.
"⟦d:b|The State is not blind to the concerns of the petitioners. But lakhs of houses are under construction and sand has to come from somewhere,⟧" he argued.
Senior advocate Meenakshi Sundaram, appearing for the petitioners, told the court that the riverbed had already been lowered by more than two metres in places. "⟦d:c|Wells in eleven villages have run dry. The fish have gone. What safeguards is my learned friend speaking of?⟧" she asked.
The Bench posted the matter for further hearing on July 8 and directed the State to file a counter-affidavit.
Outside the court, P. Anthonyraj, president of the Kaveli Fishworkers' Union, said: "⟦d:d|Today the court has listened to us. We have been shouting for six years.⟧"

### 050
@a Mele Fonoti | Tribunal adjudicator
@b Aroha Te Rangi | -
@c Graham Pettigrew | landlord
@d Hemi Walker | a tenancy advocate with the Tūī Street Community Law Centre
A Kōwhai Bay landlord has been ordered to pay his former tenants $7,400 after the Tenancy Tribunal found their rental was so cold and damp that mould grew on their children’s clothes inside the wardrobe.
Aroha Te Rangi and her partner rented the three-bedroom house on Matai Road from landlord Graham Pettigrew for two years from 2022.
In her written decision, Tribunal adjudicator Mele Fonoti said the property had “⟦p:a|no insulation in the ceiling, no functioning extractor fans and no fixed heating⟧”, in breach of the healthy homes standards.
“⟦d:a|The landlord was told of the problems on at least six occasions, in writing. He did nothing,⟧” she wrote.
Ms Te Rangi told the hearing the family had slept in the lounge for most of one winter. “⟦d:b|We put the mattresses in front of the heater we bought ourselves. The kids thought it was camping. I knew it wasn’t,⟧” she said.
Mr Pettigrew told the tribunal he had been “⟦p:c|going to get to it⟧”. “⟦d:c|Tradies are impossible to get hold of. I’m not a big landlord, I’ve got two houses,⟧” he said.
Hemi Walker, a tenancy advocate with the Tūī Street Community Law Centre, said: “⟦d:d|Two houses or two hundred, the rules are the same. Whānau shouldn’t have to get sick before someone listens.⟧”

### 051
@a Raymond Tillotson | the former mayor of Cass Falls
@b Carla Montoya-Reyes | U.S. District Judge
@c Derek Lutz | Assistant U.S. Attorney
@d Shawn Kimbrough | His attorney
CASS FALLS, Ohio (Lakeshore Wire) — A former mayor who steered $2.1 million in city contracts to a paving company owned by his nephew was sentenced Thursday to five years in federal prison.
Raymond Tillotson, the former mayor of Cass Falls, pleaded guilty in March to honest services wire fraud and lying to federal agents.
"⟦d:a|I let my city down. I let my family down. I'm not going to stand here and make excuses,⟧" Tillotson, 63, told U.S. District Judge Carla Montoya-Reyes before she imposed the sentence.
His voice broke as he turned to face about two dozen residents seated behind him. "⟦d:a|I'm sorry,⟧" he said.
Assistant U.S. Attorney Derek Lutz had asked for seven years, arguing that Tillotson "⟦p:c|treated city hall like a family business⟧".
"⟦d:c|Every pothole in Cass Falls that went unfixed while his nephew billed the city for work that was never done is part of this case,⟧" Lutz said.
His attorney, Shawn Kimbrough, asked for probation, citing Tillotson's health and three decades of public service.
Montoya-Reyes said she had received more than 80 letters, for and against the former mayor. "⟦d:b|Some of these letters describe a man who would give you the coat off his back. Others describe a man who sold his office. I think both are true,⟧" she said.
Kimbrough said after the hearing that his client would not appeal. "⟦d:d|He accepts the sentence. He's ready to serve it,⟧" he said.

### 052
@a Luis Arredondo | a 19-year veteran of the Marlow Police Department
@b Janelle Brooks | Marlow County Assistant District Attorney
@c Megan O'Shea | defense attorney
MARLOW, Ind. — A detective testified Tuesday that a key witness in the murder trial of Darnell Pruitt was "⟦p:a|a hundred percent sure⟧" when she picked him out of a photo lineup, but acknowledged under cross-examination that the lineup was not recorded.
Detective Sgt. Luis Arredondo, a 19-year veteran of the Marlow Police Department, was the state's fifth witness in the trial of Pruitt, 29, who is charged with murder in the shooting death of Andre Collins outside a gas station in October 2022.
Questioned by Marlow County Assistant District Attorney Janelle Brooks, Arredondo said the witness identified Pruitt "⟦p:a|within seconds⟧".
"⟦d:b|Did she hesitate at all?⟧" Brooks asked.
"⟦d:a|No, ma'am. She put her finger on his picture and said, 'That's him.'⟧"
On cross-examination, defense attorney Megan O'Shea asked why the identification had not been recorded on video, as department policy required.
"⟦d:c|The camera in that interview room had been broken for three weeks, hadn't it, detective?⟧"
"⟦d:a|I believe it was out of service, yes.⟧"
"⟦d:c|And nobody thought to use a phone?⟧"
"⟦d:a|In hindsight, that would have been better.⟧"
O'Shea told jurors in her opening statement last week that the witness had "⟦p:c|seen a stranger for two seconds, at night, through a windshield⟧".
The trial is expected to last two weeks.

### 053
@a Stuart Henshaw | -
@b Priyamvada Rao | Senior coroner
@c Fraser Kilbride | Anneliese’s partner
@d Alex Moreau | -
A lorry driver who killed a cyclist while turning left at a busy junction told an inquest he “⟦p:a|never saw her⟧” until he felt the impact.
Anneliese Vogt, 34, a research scientist, was killed at the junction of Dock Road and Carver Street in Lannermouth on the morning of 7 June as she cycled to work.
Stuart Henshaw, who was driving a 32-tonne tipper lorry, told the hearing at Lannermouth Coroner’s Court that he had checked his mirrors before turning.
“⟦d:a|I looked in all of them. I’ve gone over it a thousand times. I looked and there was nothing there,⟧” he said.
Senior coroner Priyamvada Rao asked him about the blind spot on the nearside of the cab.
“⟦d:b|Were you aware there was an area beside your cab that you couldn’t see in any of your mirrors?⟧”
“⟦d:a|I was aware. Everybody is. You just have to hope.⟧”
Recording a conclusion of road traffic collision, Mrs Rao said she would write to the highways authority about the junction’s layout, which she described as “⟦p:b|an accident waiting to happen⟧”.
Anneliese’s partner, Fraser Kilbride, said: “⟦d:c|She was the most careful cyclist I knew. She wore everything, lights, hi-vis, the lot. None of it matters if the lorry can’t see you.⟧”
Alex Moreau, of the Lannermouth Cycle Campaign, said the group had raised concerns about the junction in 2019. “⟦d:d|We were told it wasn’t a priority. We hope it is now,⟧” they said.

### 054
@a Adebayo Okonjo | -
@b Helena Strachan | for Marlcrest Engineering
@c Gerald Thwaite | The inquiry chairman
Lawyers for the families of the 14 people killed when the Castlegate footbridge collapsed told the public inquiry on Friday that nobody involved in the bridge's upkeep had been willing to accept responsibility for its failure.
In closing submissions at the end of 96 days of evidence, Adebayo Okonjo KC, who represents 27 bereaved families, said the disaster was "⟦p:a|the product of a culture in which every warning was somebody else's problem⟧" and that the inquiry had heard "⟦p:a|a chorus of shrugs⟧".
"⟦d:a|The designers blamed the contractor. The contractor blamed the inspectors. The inspectors blamed the council, and the council blamed the budget,⟧" he said. "⟦d:a|Not one witness in this room has said the simple words: it was my job, and I did not do it.⟧"
Helena Strachan KC, for Marlcrest Engineering, which designed the bridge's replacement deck in 2011, said the company had "⟦p:b|co-operated fully⟧" and rejected suggestions that it had ignored corrosion reports.
"⟦d:b|Marlcrest's engineers were not asked to inspect the bearings and were never given the 2016 survey. It is not fair, and it is not accurate, to criticise them for failing to read a document they did not have,⟧" she said.
The inquiry chairman, Sir Gerald Thwaite, said he expected to publish his report next spring.
"⟦d:c|I am acutely conscious of how long the families have waited. I will not keep them waiting a day longer than is necessary to get this right,⟧" he said.

### 055
@a Darko Petrović | -
@b Hannah Greenslade | his solicitor
@c Halden Police | -
A man who was retried for the murder of his business partner has been cleared by a jury after his first conviction was quashed.
Darko Petrović, 49, had served four years of a life sentence before the Court of Appeal ruled in 2023 that fresh forensic evidence cast doubt on his conviction. After a six-week retrial at Halden Crown Court, a jury found him not guilty on Wednesday after less than five hours.
Mr Petrović wept in the dock as the verdict was read out, and mouthed “⟦d:a|thank you⟧” to the jurors.
Outside court, his solicitor, Hannah Greenslade, read a statement on his behalf.
“⟦d:a:m|For six years I have been called a murderer. I have lost my business, my home and my marriage. I lost my mother while I was in prison, and I was not allowed to go to her funeral.⟧
“⟦d:a|Today twelve people listened to all of the evidence and said what I have said from the first day: I did not kill Goran. I hope the police will now look for the person who did.⟧”
Ms Greenslade added: “⟦d:b|Mr Petrović would like some time with his family. He will not be giving interviews today.⟧”
Halden Police said it would “⟦p:c|review the outcome of the trial⟧”. “⟦d:c|Our thoughts remain with Goran Ilić’s family, who have waited a very long time for answers,⟧” it said.

### 056
@a Maryam Siddiqui | the dead woman's sister
@b Helen Thackeray | Judge
@c Victor Lamb | defending
The sister of a woman who was found dead in a canal in Brindlemoor broke down in the witness box yesterday as she described the last phone call she received from her.
Maryam Siddiqui, the dead woman's sister, told the jury at Brindlemoor Crown Court that Sana Siddiqui, 27, rang her at 11.40pm on 3 March and sounded ``⟦p:a|terrified⟧''.
``⟦d:a|She was whispering. She said, 'He's taken my keys, I can't get out.' Then the line went dead,⟧'' Ms Siddiqui said, before covering her face with her hands.
Judge Helen Thackeray adjourned the hearing for 15 minutes. ``⟦d:b|Take all the time you need, Ms Siddiqui,⟧'' she said.
When the hearing resumed, Victor Lamb, defending, suggested Sana had been drinking that night. ``⟦d:c|Isn't it possible your sister was confused, Ms Siddiqui?⟧''
``⟦d:a|My sister didn't drink. She didn't drink, and she wasn't confused. She was scared of him.⟧''
There was a shout of ``⟦d:-|Shame on you⟧'' from somewhere in the court, and the judge ordered the public gallery to be cleared.
``⟦d:b|I will not have witnesses or counsel abused in this courtroom,⟧'' she said.
Adil Rauf, 31, of Lock Street, Brindlemoor, denies murder. The trial continues.

### 057
@a Alan Whitehouse | First-tier Tribunal Judge
@b Kofi Mensah-Bonsu | -
@c Abena | His wife
@d - | A government spokesperson
A father of three who has lived in the country since he was four has won his appeal against deportation after a tribunal ruled that removing him would be "⟦p:a|unduly harsh⟧" on his children.
Kofi Mensah-Bonsu, 36, was served with a deportation order after serving 14 months in prison for handling stolen goods in 2021.
First-tier Tribunal Judge Alan Whitehouse said in his decision that Mr Mensah-Bonsu had "⟦p:a|no meaningful ties of any kind⟧" to the country of his birth.
"⟦d:a|The appellant's youngest child has a serious heart condition and is under the care of specialists who see her every month. To expect her to relocate, or to grow up without her father, would be unduly harsh,⟧" he wrote.
Speaking at the family's home in Tenterfield Road, Mr Mensah-Bonsu said: "⟦d:b|I made a mistake and I went to prison for it. I did my time. I didn't think I'd also lose the only country I've ever known.⟧"
His wife, Abena, said the past two years had been "⟦p:c|a nightmare⟧". "⟦d:c|Every time the post came I felt sick. Our daughter kept asking if Daddy was going on a plane,⟧" she said.
A government spokesperson said: "⟦d:d|We are disappointed by the tribunal's decision and are considering our options. Foreign nationals who commit crimes should be in no doubt of our determination to remove them.⟧"

### 058
@a Alan Pugh | Magistrate
@b Joy Mbeki | postal worker
@c Darren Flett | -
@d Ravi Sethi | District Judge
@e Ravensholt Council | -
COURT ROUND-UP: The week in Ravensholt’s courts
BINS ALIGHT: A teenager who set fire to six wheelie bins behind the Parade shops in Ashgrove has been given an 18-month referral order. The boy, who cannot be named, admitted arson at Ravensholt Youth Court. Magistrate Alan Pugh told him: “⟦d:a|Six bins today. Next time it’s somebody’s house, and somebody’s child asleep inside it.⟧”
DOG BITE: Darren Flett, 44, of Lime Grove, was fined £400 and ordered to keep his Staffordshire bull terrier muzzled in public after it bit postal worker Joy Mbeki on the hand. Ms Mbeki told the court: “⟦d:b|I’ve delivered to that street for twelve years. I still can’t open a gate without my heart going.⟧” Flett said: “⟦d:c|He’s never done it before or since. I’m gutted for her.⟧” District Judge Ravi Sethi said a dog that had bitten once “⟦p:d|is a dog that can bite again⟧”.
RUBBLE DUMPED: A builder who tipped two tonnes of rubble into a lay-by on Coldharbour Lane was ordered to pay £3,200 in fines and costs. Ravensholt Council said afterwards: “⟦d:e|Fly-tipping is not a victimless crime. Every pound we spend clearing it up is a pound we can’t spend on services.⟧”

### 059
@a Harland Voss | Property tycoon
@b Treadwell | the judge
@c Serafina Voss | ex-wife
@d - | A source close to Mrs Voss
A PROPERTY tycoon who claimed he was “⟦p:a|practically broke⟧” while hiding millions in an offshore trust has been ordered to hand his ex-wife £14.6 million.
Property tycoon Harland Voss, 58, told the High Court his fortune had been “⟦p:a|wiped out⟧” by the pandemic and offered ex-wife Serafina Voss, 44, just £1.2 million.
But Mr Justice Treadwell branded his evidence “⟦p:b|dishonest from beginning to end⟧” and said he had “⟦p:b|treated this court with contempt⟧”.
In a withering judgment published yesterday, the judge said: “⟦d:b|Mr Voss has moved assets through no fewer than nine companies in four jurisdictions with the obvious purpose of putting them beyond his wife’s reach. His claims of poverty are, frankly, absurd.⟧”
During the hearing, Mr Voss was asked why he had bought a £3 million yacht in the same month he claimed to be penniless. “⟦d:a|It was an investment,⟧” he replied.
Mrs Voss told the court: “⟦d:c|He used to say he’d make sure I walked away with nothing. He very nearly did.⟧”
A source close to Mrs Voss said last night: “⟦d:d|She’s relieved. It’s been three years of hell. She just wants to get on with her life.⟧”

### 060
@a Lionel Asante | Area coroner
@b - | A spokesperson for Fernhill Rescue
An inquest has been opened into the death of a walker who fell more than 60 metres from a ridge in the Harrowdale fells.
Joseph Okafor-Lind, 31, a software engineer from Mossley Vale, was walking with two friends on Brackenside Edge when he slipped on ice on the morning of 4 January.
Area coroner Lionel Asante told the brief hearing at Kendry Coroner's Court that a post-mortem examination had given the cause of death as «⟦p:a|multiple injuries⟧».
«⟦d:a|I extend my sincere condolences to Joseph's family and friends. I will adjourn this inquest to a date to be fixed,⟧» he said.
A spokesperson for Fernhill Rescue, the volunteer mountain rescue team which recovered his body, said conditions on the ridge had been «⟦p:b|treacherous⟧».
«⟦d:b|Even experienced walkers can be caught out at this time of year. We would urge everyone to carry an ice axe and crampons and to know how to use them,⟧» the spokesperson said.

### 061
@a Jean-Philippe Lavoie | The owner
@b Mamadou Diallo-Fortin | a delivery driver
@c Geneviève Tremblay-Okoye | Tribunal member
@d Sainte-Odile Human Rights Commission | -
SAINTE-ODILE — A human rights tribunal has ordered a restaurant owner in Sainte-Odile to pay $18,000 to a delivery driver who was refused service and told to use the back door.
Mamadou Diallo-Fortin, a delivery driver, said he had gone into Le Petit Quai in July 2022 to collect an order when the owner told him, in French, «⟦d:a|Pas par ici. Par derrière⟧» – «⟦d:a|Not this way. Round the back⟧».
«⟦d:b|There were four white drivers who came in the front door while I was standing there. I was the only one sent outside,⟧» Mr Diallo-Fortin told the tribunal.
The owner, Jean-Philippe Lavoie, denied the remark had anything to do with race. «⟦d:a|I say that to every driver when the dining room is busy. It's a small room,⟧» he testified.
In her decision, Tribunal member Geneviève Tremblay-Okoye said she preferred the evidence of the complainant, which was «⟦p:c|clear, consistent and supported by the testimony of two other drivers⟧».
«⟦d:c|Being sent to the back door is not a neutral instruction. It carries a history, and Mr Lavoie could not have been unaware of it,⟧» she wrote.
The Sainte-Odile Human Rights Commission, which brought the case on Mr Diallo-Fortin's behalf, said the decision sent «⟦p:d|a clear message to businesses⟧».
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh99.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh99",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
