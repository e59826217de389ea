# ruff: noqa: E501
"""Build ``quotes_fresh29.jsonl``: a twenty-ninth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is politics, courts,
crime and public inquiries: parliamentary debates, trials and sentencing hearings,
council meetings, police press conferences, inquiry testimony and election campaigns.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in the folder
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh29-NNN``.

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

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh29.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh29.jsonl")

PASSAGES = """
### 001
@a Ilse Brandvold | Housing Minister
@b Tomas Aukrust | the opposition's housing spokesman
@c Karin Moe-Haugen | an independent member for Nordvik
@d - | One government backbencher
Housing Minister Ilse Brandvold told the National Assembly on Tuesday that her rent-stabilisation bill would "⟦p:a|end the annual lottery⟧" faced by tenants in the capital, as the opposition accused her of rushing the measure through before the summer recess.
"⟦d:a|Every year, thousands of families open a letter and learn that their rent has gone up by a fifth. That is not a market, that is a lottery,⟧" Brandvold said. "⟦d:a|This bill gives them a ceiling they can plan around.⟧"
Tomas Aukrust, the opposition's housing spokesman, said the cap would drive small landlords out of the market altogether. "⟦d:b|The minister is promising a ceiling on a house that will never be built,⟧" he said.
Brandvold, who worked as a tenants' rights lawyer before entering politics, shook her head as he spoke.
Karin Moe-Haugen, an independent member for Nordvik, said she would support the bill only if the government agreed to review it after two years. "⟦d:c|I have listened to both of them, and both of them are certain. I would like a little less certainty and a little more evidence,⟧" she said, to laughter from the public gallery.
The minister later signalled that she was open to a review clause. "⟦d:a|If the member for Nordvik wants a review, she can have one,⟧" she told reporters outside the chamber.
One government backbencher, speaking on condition of anonymity, said the concession had been agreed "⟦p:d|over coffee this morning⟧". A vote is expected on Thursday.

### 002
@p Simon Achterberg | prosecuting
@m Dilys Morgan | -
@f Fenella Oduya | Lyle's barrister
@j Eleanor Pryce-Whitcombe | Judge
@v Mair Lloyd | her daughter
A 29-year-old man who left a pensioner with life-changing injuries during a burglary in Caerwen has been jailed for nine years.
Gareth Lyle, of Tanybryn Road, admitted aggravated burglary at an earlier hearing at Caerwen Crown Court.
Simon Achterberg, prosecuting, told the court that Lyle had forced his way into the home of 81-year-old Dilys Morgan in the early hours of 3 February. "⟦d:p|He knew she lived alone. He had watched the house for at least two nights beforehand,⟧" Mr Achterberg said.
Mrs Morgan, who suffered a fractured hip and a broken wrist, now lives in a care home and did not attend. In a statement read to the court by her daughter, Mair Lloyd, she said: "⟦d:m|I used to leave my back door open for the neighbours' children. I lock every door now, even in the daytime, even in a home full of nurses.⟧"
Lyle's barrister, Fenella Oduya, said her client had been addicted to crack cocaine at the time and had "⟦p:f|no memory of the violence⟧".
Sentencing, Judge Eleanor Pryce-Whitcombe told Lyle: "⟦d:j|You chose a frail woman because she was frail. That is the beginning and the end of this case.⟧"
"⟦d:j|Whatever your addiction, Mrs Morgan did not choose to share it with you,⟧" the judge added.
Outside court, Ms Lloyd said the family was "⟦p:v|relieved but not happy⟧". "⟦d:v|Nine years is nine years. Mum has lost the rest of hers,⟧" she said.

### 003
@i Aidan Fairclough | Detective Chief Inspector
@o Martin Okafor | Chief Superintendent
@b Kofi Asante-Blake | The victim's brother
Police investigating the death of a delivery driver in Holmbridge have arrested a second man, Detective Chief Inspector Aidan Fairclough said on Wednesday.
Jerome Asante-Blake, 34, was found with stab wounds in a car park off Marlow Street shortly after 11pm on Saturday. He died in hospital the following morning.
"⟦d:i|We have now arrested two men, aged 19 and 22, on suspicion of murder. Both remain in custody,⟧" Fairclough told a press conference at Holmbridge police headquarters. "⟦d:i|I would ask anyone who was in the Marlow Street area between 10.30 and 11.15 that night to come forward, however small they think their information is.⟧"
Asked whether the killing was linked to gangs, he said: "⟦d:i|I'm not going to speculate. Jerome was a young man on his way home from work.⟧"
Chief Superintendent Martin Okafor, who leads policing in the district, said extra patrols would remain in place through the weekend. "⟦d:o|People will see more officers. That is not a reason to be frightened, it is a reason to talk to them,⟧" he said.
The victim's brother, Kofi Asante-Blake, stood beside the officers but did not take questions. He read a short statement on behalf of the family.
"⟦d:b:m|Jerome was the funniest person in any room. He was saving up to take our mum to Ghana for her seventieth birthday.⟧
"⟦d:b|If you know something, please, say it. Nothing will bring him back, but we need to know what happened.⟧"

### 004
@c Ashcombe Borough Council | -
@l Priya Ramnarine | Council leader
@h Derek Hollowell | -
@r - | One resident
@g Gwen Talbot | a volunteer at the branch since 2009
Plans to close three branch libraries were approved by Ashcombe Borough Council by a single vote on Monday night, after a four-hour meeting that was twice interrupted by protesters.
Council leader Priya Ramnarine said the authority had ``⟦p:l|no good options left⟧''. ``⟦d:l|We have lost forty per cent of our funding in ten years. I did not come into politics to close libraries, and I will not pretend that this is anything other than a loss,⟧'' she told the chamber.
Derek Hollowell, who leads the opposition group, accused her of ``⟦p:h|choosing the easy target⟧''. ``⟦d:h|There are consultants on this council's payroll earning more per day than the Eastfield library costs to heat for a month,⟧'' he said. ``⟦d:h|Start there.⟧''
Members of the public in the gallery held placards reading ``⟦s:-|Books not bonuses⟧'' and chanted ``⟦s:-|Shame on you⟧'' as the result was announced.
One resident, who said she had used the Eastfield branch for 40 years, shouted ``⟦d:r|You'll regret this!⟧'' before being escorted from the gallery.
Gwen Talbot, 72, a volunteer at the branch since 2009, said afterwards: ``⟦d:g|They counted the books and they counted the visitors. They never counted the people who come in because it's the only warm room they have all day.⟧''
The council said the closures would save £410,000 a year and that a mobile library would ``⟦p:c|visit each affected ward at least weekly⟧''.
Ramnarine said the decision would be reviewed in twelve months. ``⟦d:l|If the mobile service doesn't work, I will be the first to say so,⟧'' she said.

### 005
@w Neil Drummond | A former operations manager at Carnbrae Water
@q Fiona MacAuley | counsel to the inquiry
@k Lorna Kettering-Shaw | The inquiry's chair
@c Carnbrae Water | -
A former operations manager at Carnbrae Water told a public inquiry on Thursday that he raised concerns about a failing chlorine dosing pump at least four times before it broke down, leaving 60,000 homes with contaminated water.
Neil Drummond, who worked at the Lochend treatment works for 22 years, said his warnings had been "⟦p:w|logged, acknowledged and ignored⟧".
"⟦d:q|Did anyone reply to your emails?⟧" asked Fiona MacAuley, counsel to the inquiry.
"⟦d:w|Once. I was told the pump was on the replacement schedule for the following financial year,⟧" Mr Drummond replied.
"⟦d:q|And was it replaced?⟧"
"⟦d:w|No.⟧"
He said he had kept copies of the emails because he "⟦p:w|had a feeling this would end up somewhere like here⟧".
The inquiry has previously heard from Euan Petrie, the utility's former chief executive, who said he was never told about the condition of the pump. Petrie resigned in April.
The inquiry's chair, Lorna Kettering-Shaw, adjourned the hearing until Monday. "⟦d:k|We will hear from the company's board next week, and I expect its members to have read Mr Drummond's evidence carefully,⟧" she said.
Carnbrae Water said in a statement that it was "⟦p:c|cooperating fully⟧" with the inquiry and would not comment while it was under way.

### 006
@b Deborah Kinsella | the incumbent mayor
@a Marisol Etxeberria | a former harbour board member running for the Civic Alliance
@m Colm Reddan | the moderator
@c Yasmin Haddad | -
The two leading candidates for mayor of Port Halvard clashed over policing and the harbour redevelopment on Wednesday night in the only televised debate of the campaign.
Deborah Kinsella, the incumbent mayor, opened by pointing to falling burglary figures. “⟦d:b|Three years ago I promised you safer streets. The numbers are in, and they are down by a quarter,⟧” she said.
Her challenger, Marisol Etxeberria, a former harbour board member running for the Civic Alliance, said the figures hid a rise in violent crime in the east of the city. “⟦d:a|The mayor likes the numbers that flatter her. Ask the people of Dockside whether they feel a quarter safer,⟧” she said.
When the moderator, Colm Reddan, asked Kinsella whether she would rule out selling harbour land to private developers, she paused. “⟦d:m|It’s a yes or no question, Mayor Kinsella,⟧” Reddan pressed.
“⟦d:b|Then it’s a no. Not without a vote of this city,⟧” she replied.
Etxeberria called the answer “⟦p:a|a conversion on the road to polling day⟧”.
Yasmin Haddad, who teaches politics at Halvard University, said neither candidate had landed a decisive blow. “⟦d:c|Kinsella needed not to lose, and she didn’t. Etxeberria needed a moment, and I’m not sure she got one,⟧” she said.
Voters go to the polls on 14 May.

### 007
@w Tamsin Greeley | The former bookkeeper of a failed solar company
@pr Daniel Okwuosa | Assistant District Attorney
@df Rebecca Lindqvist | defense attorney
@j Harold Weisz | Judge
The former bookkeeper of a failed solar company told a jury in Pell County on Tuesday that its founder instructed her to "⟦p:w|make the numbers look like summer⟧" before investors visited.
Tamsin Greeley, 41, is the prosecution's main witness in the fraud trial of Brandon Metcalf, who founded SunCrest Installations in 2015 and is accused of taking $4.2 million from 60 investors using falsified accounts. Metcalf has pleaded not guilty.
"⟦d:pr|What did you understand him to mean?⟧" Assistant District Attorney Daniel Okwuosa asked.
"⟦d:w|That I should move the winter losses somewhere they wouldn't be seen,⟧" Greeley said. "⟦d:w|I did it. I'm not proud of it.⟧"
Under cross-examination, defense attorney Rebecca Lindqvist suggested that Greeley had altered the books on her own initiative to hide personal spending on a company credit card.
"⟦d:df|You took $38,000 from that account, didn't you?⟧" Lindqvist asked.
"⟦d:w|I took money I was owed,⟧" Greeley said, her voice rising. "⟦d:w|He hadn't paid me in three months.⟧"
Judge Harold Weisz called a short recess after the witness became tearful. "⟦d:j|Let's take ten minutes, everybody,⟧" he said.
The trial is expected to last three weeks.

### 008
@r Anneke de Wit-Vos | Transport Minister
@pm Joost van der Heijden | Prime Minister
@o Sanne Bakker | Opposition leader
@a - | a spokesperson for the chamber
Transport Minister Anneke de Wit-Vos resigned on Friday, three days after an audit found that a €120 million rail maintenance contract had been awarded without a competitive tender.
In a letter to Prime Minister Joost van der Heijden, she wrote that she had “⟦p:r|not known, but should have known⟧” how the contract was handled. “⟦d:r|The responsibility for my ministry is mine. I cannot ask civil servants to accept consequences that I refuse to accept myself,⟧” the letter said.
Van der Heijden accepted the resignation “⟦p:pm|with regret⟧” and praised her “⟦p:pm|integrity in a difficult moment⟧”. “⟦d:pm|Anneke has done the honourable thing. The questions raised by the audit remain, and they will be answered,⟧” he told reporters outside his official residence.
Opposition leader Sanne Bakker said the resignation did not end the matter. “⟦d:o|A minister has gone. The contract has not. Who signed it, and who told them to?⟧” Bakker wrote on social media.
The National Audit Chamber, which carried out the review, said it stood by its findings. “⟦d:a|Our report speaks for itself,⟧” a spokesperson for the chamber said.
De Wit-Vos, 52, had been minister since 2021. She is expected to remain in parliament as a backbencher.

### 009
@m Jean-Baptiste Lefèvre-Dion | The mayor of Saint-Aubin-des-Prés
@a Hélène Brossard | His lawyer
@c Geneviève Tremblay-Roy | Crown prosecutor
@r Luc Ouellet | a retired farmer
The mayor of Saint-Aubin-des-Prés, Jean-Baptiste Lefèvre-Dion, appeared in court on Monday on charges of fraud and breach of trust related to the award of snow-clearing contracts.
Speaking briefly to reporters on the courthouse steps, he said: «⟦d:m|Je n'ai rien à me reprocher. Je resterai maire.⟧» (“⟦d:m|I have nothing to reproach myself for. I will remain mayor.⟧”)
His lawyer, Hélène Brossard, said her client would plead not guilty. «⟦d:a|Nous contesterons chacune de ces accusations,⟧» she said — “⟦d:a|we will contest every one of these charges.⟧”
Crown prosecutor Geneviève Tremblay-Roy told the court the investigation had uncovered «⟦p:c|un système⟧» — a system — of inflated invoices going back six years.
She asked that Lefèvre-Dion be barred from contacting three municipal employees who are expected to testify. Judge Martine Caron granted the request.
In the town, opinion was divided. «⟦d:r|Il a fait beaucoup pour le village. Mais si c'est vrai, il doit partir,⟧» said Luc Ouellet, a retired farmer. (“⟦d:r|He did a lot for the village. But if it's true, he has to go.⟧”)
The case returns to court on 9 June.

### 010
@c Margit Halloran | the city's police commissioner
@rv Pembury review | -
@o - | Some officers
Margit Halloran became the city's police commissioner in January, after her predecessor resigned over a stop-and-search scandal. She spoke to the Courier about her first hundred days. The interview has been edited for length and clarity.
Q: What did you find when you arrived?
A: A force that was tired and defensive. When the Pembury review described us as having "⟦p:rv|a culture of looking away⟧", I didn't argue with it. I'd read the files.
Q: Some officers have called your body-camera policy "⟦p:o|surveillance of the police⟧". Is it?
A: Yes, in a sense. The public is entitled to see what we do in their name. If an officer has nothing to hide, the camera is their best friend.
Q: You've also renamed stop and search.
A: We call it "⟦s:-|stop and account⟧" now. Every person stopped gets a written record of why. It sounds small. It isn't.
Q: What would success look like in a year?
A: Fewer complaints, and more people calling us before things go wrong rather than after.
Halloran will appear before the city's oversight committee next month. "⟦d:c|I'm looking forward to it. Genuinely,⟧" she said after the interview.

### 011
@j Nadim Choudhury | The Recorder
@f Steve Penhale | Josh's father
@g Graham Marr | Ellis's uncle
@d Owen Reece-Jones | defending
@b Ruth Bellamy | Sgt
A driver who killed two teenagers while racing a friend on a country road near Trewenna has been jailed for ten years and eight months.
Lewis Tranter, 24, pleaded guilty to two counts of causing death by dangerous driving. Ellis Marr, 17, and Josh Penhale, 18, were passengers in his car when it left the road at more than 90mph last October.
Sentencing him at Penwithick Crown Court, the Recorder, Nadim Choudhury KC, said: "⟦d:j|You were showing off. Two boys who trusted you to drive them home paid for that with their lives.⟧"
Josh's father, Steve Penhale, told the court he had spent every night since "⟦p:f|waiting for a key in the door⟧". "⟦d:f|I still leave the porch light on. I know it's stupid,⟧" he said, before breaking down.
Outside court, Ellis's uncle, Graham Marr, said the family would campaign for restrictions on newly qualified drivers. "⟦d:g|Ellis got in that car because it was the only way home from the village after nine o'clock. That is a problem too, and nobody in government seems to care about it,⟧" he said.
Owen Reece-Jones, defending, said Tranter was "⟦p:d|utterly consumed by remorse⟧" and had written to both families.
Sgt Ruth Bellamy, of the Penwithick roads policing unit, said: "⟦d:b|This was not an accident. It was a choice, made at ninety miles an hour on a road he knew well.⟧"
Tranter was also banned from driving for 13 years.

### 012
@ce Marcus Thorne-Ellery | The chief executive of Greyfold Energy
@ch Alun Probert | The committee's chair
@e - | an engineer
@m Dafydd Rees | Another committee member
@g Greyfold Energy | -
The chief executive of Greyfold Energy apologised to MPs on Tuesday for billing errors that left 140,000 customers overcharged, but denied that the company had known about the problem for a year.
Marcus Thorne-Ellery told the Business Committee that the fault lay in a software update installed in March. "⟦d:ce|I am sorry. That is the first thing I want to say, and I want to say it plainly,⟧" he said.
The committee's chair, Alun Probert, then produced an internal email from the previous June in which an engineer described the billing system as "⟦p:e|throwing out nonsense⟧".
"⟦d:ch|Your own engineer told you this a year ago. Why should anybody believe it started in March?⟧" Probert asked.
"⟦d:ce|That email went to a team manager. It did not come to me, and it did not come to the board,⟧" Thorne-Ellery said.
"⟦d:ch|Then whose job was it to make sure it did?⟧"
After a long pause, the chief executive said: "⟦d:ce|Ultimately, mine.⟧"
Another committee member, Dafydd Rees, said afterwards that the session had been "⟦p:m|an education⟧". "⟦d:m|He came in to apologise for a glitch and left having admitted a management failure. That is progress of a sort,⟧" he said.
In a statement, Greyfold Energy said: "⟦d:g|Every affected customer will be refunded in full, with interest, by the end of next month.⟧"

### 013
@o Wilhelmina van Rensburg | The shop's owner
@w - | A woman who works in a nearby café
@d Kwame Boateng-Ellis | Detective Inspector
Three men armed with hammers smashed display cabinets at a jeweller's on Harlow Lane, Brackwell, on Saturday afternoon and escaped with watches worth an estimated £300,000.
The shop's owner, Wilhelmina van Rensburg, said her staff had locked themselves in a back office. "⟦d:o|It was ninety seconds, maybe less. My assistant was on the phone to the police before they had even left,⟧" she said. "⟦d:o|The watches are insured. What happened to my staff is not.⟧"
A woman who works in a nearby café said she saw the men run to a waiting motorbike and a dark hatchback. "⟦d:w|One of them dropped a bag, picked it up, and then they were gone. People just stood there with their phones out,⟧" she said.
Detective Inspector Kwame Boateng-Ellis said the raid bore "⟦p:d|all the hallmarks⟧" of a gang responsible for at least four similar robberies in the region since January.
"⟦d:d|These people are organised, they are well rehearsed, and they are prepared to use violence. Do not approach them,⟧" he said. "⟦d:d|If you were on Harlow Lane on Saturday and you have dashcam or doorbell footage, we want to see it.⟧"
Van Rensburg, whose family has run the business since 1961, said the shop would reopen on Tuesday.

### 014
@w Ruairí Ó Conchúir | a secondary school teacher
@l Declan Furlong | The governing party’s candidate
@p - | One party strategist who asked not to be named
@s Siobhán Breathnach | New Republic general secretary
Ruairí Ó Conchúir of the New Republic party won the Ballinmore North by-election on Saturday, overturning a majority of almost 4,000 that the governing party had held since 2011.
Ó Conchúir, 38, a secondary school teacher, began his acceptance speech in Irish. “⟦d:w|Go raibh míle maith agaibh,⟧” he told supporters at the count centre — “⟦d:w|a thousand thanks to you all⟧” — before switching to English. “⟦d:w|People here were told to be patient. They have been patient for thirteen years, and tonight they stopped,⟧” he said.
The governing party’s candidate, Declan Furlong, conceded shortly after midnight. “⟦d:l|I congratulate Ruairí. It was a clean campaign and he won it,⟧” Furlong said. “⟦d:l|We will have to listen to what this result is telling us, and some of it will not be pleasant.⟧”
One party strategist who asked not to be named was blunter. “⟦d:p|We lost this on housing in February and spent the rest of the campaign pretending we hadn’t,⟧” he said.
New Republic general secretary Siobhán Breathnach called the result “⟦p:s|a warning shot for the government⟧” and predicted further gains at next year’s general election.
Turnout was 41 per cent.

### 015
@j Adaeze Okonjo | Lady Justice
@m Carys Hendry | a former care worker from Llanfeth
@g Fairer Benefits Now | The campaign group
@d Department for Work and Welfare | -
The Court of Appeal has ruled that the government acted unlawfully when it stopped the benefits of claimants who missed appointments because they were receiving hospital treatment.
In a judgment handed down on Wednesday, Lady Justice Adaeze Okonjo wrote that the policy had been applied "⟦p:j|with a rigidity that Parliament never intended⟧". "⟦d:j|A claimant who is lying in a hospital bed is not failing to engage with the labour market. She is ill,⟧" the judgment said.
The case was brought by Carys Hendry, 46, a former care worker from Llanfeth, whose payments were stopped for eight weeks in 2022 while she was having chemotherapy.
"⟦d:m|I kept every letter. I sent them the hospital appointments. Nobody read them,⟧" Ms Hendry said outside the court. "⟦d:m|I'm glad I fought it. I just wish I hadn't had to.⟧"
The campaign group Fairer Benefits Now, which supported the case, said thousands of other claimants could be owed back payments. "⟦d:g|This judgment should be the end of sanctions for the sick. The department must now find every person it wrongly punished,⟧" it said.
The Department for Work and Welfare said it was "⟦p:d|carefully considering⟧" the judgment and would set out its response "⟦p:d|in due course⟧".

### 016
@n Ellison T. Farrow | the president's nominee to the federal appeals court
@c Roy Castellanos | the committee's chairman
@w Patrice Wilder-Moss | the panel's ranking member
@h - | one protester
Judge Ellison T. Farrow, the president's nominee to the federal appeals court, spent nearly six hours before the Senate Judiciary Committee on Tuesday defending a 2019 ruling that shielded two police officers from a lawsuit over a fatal traffic stop.
"⟦d:n|I did not write the law of qualified immunity. I applied it, as I was bound to,⟧" Farrow told senators. "⟦d:n|If the law is wrong, this building is where it gets changed.⟧"
Sen. Roy Castellanos, the committee's chairman, said he had "⟦p:c|no doubt⟧" the nominee would be confirmed. "⟦d:c|Judge Farrow has been reversed four times in eleven years. Most of us would take that record,⟧" he said.
Sen. Patrice Wilder-Moss, the panel's ranking member, pressed Farrow on a footnote in the ruling in which he described the officers' conduct as "⟦p:n|regrettable but reasonable⟧".
"⟦d:w|A man died on the side of the road with his hands up. Which part of that was reasonable, Judge?⟧" she asked.
"⟦d:n|Senator, the question before me was what a reasonable officer could have believed at that moment, not what we know now,⟧" he replied.
"⟦d:w|That is a very careful answer,⟧" Wilder-Moss said.
Midway through the afternoon, one protester stood and shouted "⟦d:h|Say his name!⟧" before being led out by security officers. Another held up a sign reading "⟦s:-|Reasonable to whom?⟧".
A committee vote is expected next week.

### 017
@c Helena Marchetti | area coroner
@e - | The junior doctor who discharged him
@m Joanne Quayle | Callum's mother
@x Sunil Varma | the trust's medical director
@t Northvale Hospitals Trust | -
A coroner has found that a 19-year-old student who died of sepsis two days after being sent home from hospital would probably have survived had he been given antibiotics on his first visit.
Callum Quayle, a first-year engineering student at Northvale University, went to the emergency department at St Brannoc's Hospital on 11 November with a high temperature and severe pain in his leg. He was diagnosed with a muscle strain and discharged.
Recording a narrative conclusion on Friday, area coroner Dr Helena Marchetti said there had been "⟦p:c|a missed opportunity⟧" to recognise the signs of infection. "⟦d:c|Callum's observations that night met the criteria for sepsis screening. That screening did not happen,⟧" she said.
The junior doctor who discharged him, who cannot be named for legal reasons, told the inquest on Wednesday that the department had been running at "⟦p:e|double its capacity⟧" that evening. "⟦d:e|I saw a young man who was walking and talking. I should have looked at the numbers again. I think about that every day,⟧" the doctor said.
In a statement read outside the court, Callum's mother, Joanne Quayle, said: "⟦d:m:m|Callum told them he felt like he was dying. He used those words. He was nineteen and he was not a dramatic boy.⟧
"⟦d:m|We don't want anyone to lose their job. We want the next mother's son to be screened properly.⟧"
Dr Sunil Varma, the trust's medical director, said Northvale Hospitals Trust had since introduced automatic sepsis alerts in its electronic patient records. "⟦d:x|We failed Callum and his family, and I apologise to them without reservation,⟧" he said.
The trust said in a separate statement that it accepted the coroner's findings "⟦p:t|in full⟧".

### 018
@b Bryony | -
@t Tariq | a retired prison officer who moved to the village in 2015
@m Mick | His neighbour
@j Prisons Agency | -
On a wet Thursday evening, about eighty people crowded into St Oswin’s church hall in Lower Kessing to hear how a 1,200-bed prison would change their village.
Bryony, who has run the post office for nineteen years and asked that her surname not be used, arrived early to put out chairs. “⟦d:b|I’m not against prisons. Somebody has to have them. I just don’t understand why it has to go on the only flat field for ten miles,⟧” she said.
Tariq, a retired prison officer who moved to the village in 2015, takes a different view. “⟦d:t|I did thirty years inside. A well-run prison is a good neighbour. It’s the badly run ones you hear about,⟧” he said. “⟦d:t|And it’s four hundred jobs.⟧”
His neighbour Mick is not convinced. “⟦d:m|Four hundred jobs for people from Kessingford, maybe. Not for us,⟧” he said, as Tariq rolled his eyes.
When an official from the Prisons Agency began a slide presentation titled “⟦s:-|Building Safer Communities⟧”, there was laughter at the back of the hall.
“⟦d:-|Safer for who?⟧” someone called out.
The agency said afterwards that it had listened to residents’ concerns and would publish a revised traffic plan. “⟦d:j|No decision has been taken on the final design, and this consultation is genuine,⟧” it said.
Bryony was stacking chairs again at ten o’clock. “⟦d:b|Genuine,⟧” she said. “⟦d:b|We’ll see.⟧”

### 019
@s Joanna Kilbride | Superintendent
@r - | one reporter
@w Patrick Oyelaran | The dog walker who found her
@m Leanne Corrigan | Ava's mother
A six-year-old girl who was missing for more than a day in woodland near Carrickmore has been found safe and well, police said on Sunday.
Ava Corrigan wandered away from a family picnic at Glenlough Forest Park on Saturday afternoon, prompting a search involving more than 200 police officers, volunteers and mountain rescue team members.
"⟦d:s|At about twenty past eight this morning, Ava was found by a member of the public about two kilometres from where she was last seen. She was cold and hungry and very tired, but she is unharmed,⟧" Superintendent Joanna Kilbride told reporters.
"⟦d:r|Was anyone else involved?⟧" one reporter asked.
"⟦d:s|There is absolutely nothing to suggest that. She got lost. Children do,⟧" Kilbride said.
The dog walker who found her, Patrick Oyelaran, 58, said he heard a child singing. "⟦d:w|I thought I was imagining it. Then I saw a pink welly sticking out from under a fallen tree,⟧" he said. "⟦d:w|She told me she was being a hedgehog.⟧"
Ava's mother, Leanne Corrigan, thanked everyone who had joined the search. "⟦d:m|I didn't sleep last night. I don't think I'll sleep tonight either, but for a different reason,⟧" she said, holding her daughter's hand.

### 020
@e Hamish Calloway-Reid | the backbencher who introduced the bill
@o Gordon Achebe | a former palliative care doctor
@f Isobel Trent | -
@x - | a member
@s Rosalind Agyeman | the Speaker
MPs voted by 312 to 287 on Friday to give a second reading to a bill that would allow terminally ill adults to seek help to end their lives, after a debate lasting more than six hours.
Hamish Calloway-Reid, the backbencher who introduced the bill, opened by reading from a letter sent to him by a constituent. “⟦d:e|She wrote: ‘I am not afraid of dying. I am afraid of the last three weeks.’ I have carried that sentence with me for two years,⟧” he said.
Gordon Achebe, a former palliative care doctor, said the bill would change the relationship between patients and those who cared for them. “⟦d:o|I have sat with hundreds of people at the end. Many asked me to make it stop. When we gave them proper care, almost none of them asked again,⟧” he said.
“⟦d:o|Palliative care in this country is a postcode lottery. Fix that first, and then let us have this debate.⟧”
Isobel Trent, whose husband died of motor neurone disease in 2021, spoke briefly. “⟦d:f|I’m not going to make a speech. I am just going to say that he wanted this, and he couldn’t have it, and I will vote for it,⟧” she said. Several members on both sides of the chamber wiped away tears.
When a member shouted “⟦d:x|Shame!⟧” from the back benches during a later intervention, the Speaker, Rosalind Agyeman, rose to her feet. “⟦d:s|Order. This House will conduct this debate with the dignity it deserves,⟧” she said.
The bill now goes to committee stage.

### 021
@d Reto Hänggi-Furrer | former head of the Oberried cantonal pension fund
@c Oberried cantonal court | -
@a Beat Zwyssig | Public prosecutor
@v Ursula Kämpf | a retired nurse whose pension was cut by a fifth
A former head of a Swiss cantonal pension fund was sentenced on Thursday to four years in prison for mismanagement that cost members an estimated 180 million francs.
Reto Hänggi-Furrer, 63, former head of the Oberried cantonal pension fund, was found guilty of aggravated criminal mismanagement after investing heavily in property companies linked to a close friend.
In its ruling, the Oberried cantonal court said he had treated the fund «⟦p:c|like a private piggy bank⟧».
Hänggi-Furrer, who had denied the charges, addressed the court before sentencing. «⟦d:d|Ich habe Fehler gemacht, aber ich habe mich nie bereichert,⟧» he said. («⟦d:d|I made mistakes, but I never enriched myself.⟧»)
Public prosecutor Beat Zwyssig, who had asked for five and a half years, told reporters he would consider an appeal. «⟦d:a|Four years is a clear signal. Whether it is clear enough, we will examine,⟧» he said.
Outside the courthouse, about thirty former members of the fund held a banner reading «⟦s:-|Unsere Renten, eure Villen⟧» — “⟦s:-|Our pensions, your villas⟧”.
Ursula Kämpf, 71, a retired nurse whose pension was cut by a fifth, said: «⟦d:v|Er geht ins Gefängnis, und ich gehe putzen⟧» — «⟦d:v|He goes to prison, and I go cleaning⟧». She now works two mornings a week cleaning offices.
The defence has ten days to lodge an appeal.

### 022
@p Dougal McTeer | Premier
@h - | a man near the front
@o Anjali Sethuraman | Progressive leader
@s Bree Tolliver | a spokeswoman for the Progressive campaign
Premier Dougal McTeer launched his re-election campaign on Saturday in front of about 2,000 supporters at a hockey arena in Port Dunmore, promising to cut provincial income tax and to build a new hospital in the north.
``⟦d:p:m|Four years ago you took a chance on us. I know that. Some of you took it with your fingers crossed,⟧
``⟦d:p:m|We said we would balance the books, and we did. We said we would get the ferry back, and it's back,⟧
``⟦d:p|Now I am asking you for four more years to finish the job,⟧'' McTeer told the crowd, which responded with chants of ``⟦s:-|Four more years⟧''.
As he began to talk about health care, a man near the front shouted ``⟦d:h|What about Millbrook?⟧'', a reference to a rural hospital that closed its emergency department in 2022. McTeer paused. ``⟦d:p|Sir, I'll come to Millbrook, and you won't like all of it, but you'll get an answer,⟧'' he said.
Progressive leader Anjali Sethuraman, campaigning in Kelso Falls, dismissed the tax pledge as ``⟦p:o|a bribe with a due date⟧''.
``⟦d:s|The premier has had four years to build that hospital. He's found the money three weeks before an election,⟧'' said Bree Tolliver, a spokeswoman for the Progressive campaign.
The election will be held on 7 October.

### 023
@l Łukasz Wróblewski | a scaffolding contractor who moved to Australia from Poland in 2009
@q Rhys Mortimer-Kaye | counsel assisting the commission
@s Gavin Strutt | councillor
@b Noelle Binns | his lawyer
@c Adele Fontaine-Brooks | Commissioner
A scaffolding contractor has told the Independent Integrity Commission that he paid a local councillor $40,000 in cash to secure work on an apartment development in Wallaroo Heads.
Łukasz Wróblewski, a scaffolding contractor who moved to Australia from Poland in 2009, gave evidence through an interpreter on Monday.
"⟦d:q|Why did you pay the money?⟧" asked Rhys Mortimer-Kaye, counsel assisting the commission.
"⟦d:l|Because without it there was no contract. Everybody knew this,⟧" Mr Wróblewski said through the interpreter. "⟦d:l|I have a family. I have eleven workers. I paid.⟧"
He told the hearing that the money was handed over in a supermarket car park in two envelopes, and that councillor Gavin Strutt had referred to it as "⟦p:s|a consultancy fee⟧".
Strutt, who remains on the council, denies any wrongdoing. In a statement, his lawyer, Noelle Binns, said her client "⟦p:b|categorically rejects⟧" the allegations and would give evidence later in the week.
Commissioner Adele Fontaine-Brooks warned Mr Wróblewski that his own conduct could be referred to prosecutors. "⟦d:c|You understand that you are admitting to a criminal offence?⟧" she asked.
"⟦d:l|Yes. I understand. I want to finish with this,⟧" he replied.

### 024
@m Margaret Ellery-Brown | the chair of the Friends of Hollins Hospice
@d Anita Ghosh | defending
@k Kayleigh Dawes | -
@j Philippa Norcross | Judge
A former treasurer of a hospice fundraising group who stole more than £62,000 to pay for holidays and designer clothes has been jailed for two years and four months.
Kayleigh Dawes, 31, of Brindle Close, Hollins, admitted fraud by abuse of position. Hollins Crown Court heard that she took the money over four years.
Margaret Ellery-Brown, the chair of the Friends of Hollins Hospice, told the court that the group had trusted Dawes completely. "⟦d:m|We held bake sales. We did sponsored walks in the rain. Children emptied their piggy banks. And she spent it on holidays,⟧" Mrs Ellery-Brown said.
Anita Ghosh, defending, said Dawes had been in an abusive relationship and was under "⟦p:d|enormous financial pressure⟧" from her former partner.
As the sentence was passed, Dawes sobbed and called out from the dock: "⟦d:k|I'm so sorry, Margaret. I'm so sorry.⟧"
Judge Philippa Norcross said she accepted that Dawes was remorseful. "⟦d:j|But remorse does not return a penny to the hospice. You stole from the dying, and from the people who looked after them,⟧" she said.
Speaking afterwards, the chair of the Friends said the group would pursue the money through the civil courts. "⟦d:m|We'd like it back. We'd also like people not to stop giving because of one person,⟧" she said.

### 025
@u Transport and Allied Workers’ Union | -
@g Kerry-Ann Mistry | Its general secretary
@p Northmoor Police | -
@f Trevor Glaze | chairman of the Northmoor Police Federation
@a Police Conduct Authority | -
A union has accused police of using “⟦p:u|disproportionate and dangerous⟧” force after officers broke up a picket line outside a bus depot in Northmoor on Tuesday morning.
The Transport and Allied Workers’ Union said two of its members were taken to hospital, one with a suspected broken arm.
Its general secretary, Kerry-Ann Mistry, said: “⟦d:g|These were bus drivers standing in the rain with flasks of tea. They were treated like a riot,⟧” and called for the officers involved to be suspended.
Northmoor Police said officers had been called after picketers blocked the depot entrance and prevented buses from leaving. “⟦d:p|Officers asked repeatedly for the entrance to be cleared. A small number of people refused, and officers then acted to restore access,⟧” the force said.
Trevor Glaze, chairman of the Northmoor Police Federation, which represents rank-and-file officers, said his members had been “⟦p:f|pushed, spat at and sworn at⟧”. “⟦d:f|Nobody wants to police a picket line. But the law is the law, and you cannot block a public road,⟧” he said.
The Police Conduct Authority said it had received a referral from the force and was “⟦p:a|assessing⟧” footage from body-worn cameras.
The union said further strike days would go ahead as planned. “⟦d:u|If anything, Tuesday has made our members more determined,⟧” it said.

### 026
@m Lorenzo Santangelo | Mayor
@c Hattie Moorcroft | councillor
@s - | A spokesman for the mayor
A row over the cost of Fennick's new civic centre escalated on Wednesday after Mayor Lorenzo Santangelo accused a senior councillor of ``⟦p:m|deliberate scaremongering⟧'' in a late-night post on social media.
``⟦d:m|The civic centre is on budget and on time. Anyone who says otherwise is either misinformed or hoping you are,⟧'' Santangelo wrote shortly before midnight on Tuesday.
The post came hours after councillor Hattie Moorcroft, who chairs the city's audit committee, released figures suggesting the project was £14 million over its original estimate.
``⟦d:c|I have published the council's own numbers. If the mayor thinks they are scaremongering, he should take it up with his finance department,⟧'' Moorcroft said on Wednesday. ``⟦d:c|I would also gently suggest that midnight is not the best time to do it.⟧''
A spokesman for the mayor said the figures Moorcroft had used ``⟦p:s|double-counted⟧'' contingency funds. ``⟦d:s|The mayor stands by every word,⟧'' he said.
Asked whether he regretted the timing of the post, Santangelo told reporters: ``⟦d:m|I'm a night owl. The numbers don't change after dark.⟧''

### 027
@n Nadia | a 23-year-old law student counting votes for the first time
@c Col | -
@a - | One agent
@r Anwen Price-Davies | the returning officer
At 1.40am in the sports hall of Brennock Leisure Centre, the ballot boxes from the last rural polling station arrive in the back of a council van, and a cheer goes up from the counting tables.
Nadia, a 23-year-old law student counting votes for the first time, has been here since nine. "⟦d:n|I thought it would be boring. It's actually quite tense. Every bundle is fifty votes and you can see the agents leaning over trying to work out whose pile is bigger,⟧" she said.
Col has worked at every count in Brennock since 1987. He counts with a rubber thimble on his thumb and does not look up. "⟦d:c|Nineteen eighty-seven, we did it on trestle tables in the town hall and it went on till six,⟧" he recalled. "⟦d:c|Now we have a sports hall and it still goes on till six.⟧"
Party agents pace the edges of the hall. One agent, clipboard clutched to his chest, mutters "⟦d:a|It's closer than it should be⟧" to nobody in particular.
At 3.15am the returning officer, Anwen Price-Davies, calls the candidates into a side room to show them the doubtful ballots: papers with two crosses, or a tick, or in one case a small drawing of a cat.
"⟦d:r|The test is whether the voter's intention is clear. A cat is not an intention,⟧" she said later.
Nadia's table finishes at 4.05am. "⟦d:n|I'd do it again,⟧" she said, then yawned. "⟦d:n|Ask me tomorrow, though.⟧"
The result was declared at 5.50am. Col was right.

### 028
@t Upper Asylum Tribunal | -
@c Farhad Nazari | an Afghan former interpreter for foreign forces
@l Marieke Oosterhuis | His lawyer
@m Interior Ministry | -
@n Refugee Legal Network | a charity
A former military interpreter who was refused asylum because officials doubted his identity has won his appeal, after the Upper Asylum Tribunal found the government's decision "⟦p:t|irrational⟧".
Farhad Nazari, 36, an Afghan former interpreter for foreign forces, had produced letters of reference from two serving officers. The Interior Ministry rejected his claim in 2023, saying the letters could not be verified.
"⟦d:t|The letters could have been verified with a single telephone call. No call was made,⟧" the tribunal said in its decision.
Speaking through an interpreter, Nazari said he had spent two years unable to work. "⟦d:c|I translated for them for six years. Then they told me they did not know who I was,⟧" he said. "⟦d:c|Today somebody made the telephone call.⟧"
His lawyer, Marieke Oosterhuis, said the case was "⟦p:l|not an isolated mistake⟧". "⟦d:l|We have eleven more clients whose claims were refused on exactly the same ground,⟧" she said.
The Interior Ministry said it would "⟦p:m|study the ruling carefully⟧" and did not say whether it would appeal.
The Refugee Legal Network, a charity, welcomed the decision. "⟦d:n|The ministry should now review every refusal issued on this basis,⟧" it said.

### 029
@g Graham Osterley | the force’s chief constable
@p Sanjay Dhillon | Wendmoor’s police and crime commissioner
@w Val | His wife
When Graham Osterley joined Wendmoor Police as a 19-year-old constable in 1989, his first arrest was a man who had stolen a ride-on lawnmower and driven it down the bypass. Thirty-five years later, he retires on Friday as the force’s chief constable.
“⟦d:g|He wasn’t going to get far. Top speed about six miles an hour,⟧” Osterley recalled. “⟦d:g|I walked alongside him for a bit before I nicked him.⟧”
He admitted that the job had changed beyond recognition. “⟦d:g|When I started, the worst thing that could happen to you was a pub fight on a Saturday night. Now half my officers’ time goes on people in mental health crisis, and we are not the right people for that,⟧” he said.
Osterley led the force through the Corran Bridge floods of 2007 and the collapse of a major fraud trial in 2016, which he has described as “⟦p:g|the worst week of my career⟧”.
Wendmoor’s police and crime commissioner, Sanjay Dhillon, said Osterley had been “⟦p:p|a steady hand in some very rough water⟧”. “⟦d:p|We did not always agree, and he never let that get personal,⟧” Dhillon said.
Asked what he would do in retirement, Osterley joked: “⟦d:g|Val has a list. It’s laminated.⟧”
His wife, Val, confirmed the list’s existence. “⟦d:w|It is laminated, and it is long,⟧” she said.

### 030
@s Teodora Vasquez-Lindahl | chair of the House Appropriations Committee
@m Dwayne Kettleborough | House Minority Leader
@t - | A teachers' union lobbyist watching from the gallery
@e Ezra Pollitt | Her spokesman
The state House passed a $48 billion budget late Thursday on a largely party-line vote of 54-45, sending the spending plan to the Senate with a week left before the fiscal year ends.
The bill includes a 4% raise for public school teachers and $310 million for road repairs, but cuts funding for the state's community colleges for the second year in a row.
State Rep. Teodora Vasquez-Lindahl, chair of the House Appropriations Committee, told colleagues on the floor that the plan was "⟦p:s|honest about what we can afford⟧".
"⟦d:s:m|Nobody in this chamber got everything they wanted. I certainly didn't. My district has two community colleges, and I will have to go home and explain this budget to both of them,⟧
"⟦d:s|But we are not going to balance a budget on money we hope to have. We are going to balance it on money we do have,⟧" she said.
House Minority Leader Dwayne Kettleborough said the cuts would "⟦p:m|hollow out⟧" rural colleges. "⟦d:m|You can call it honest. I'd call it giving up,⟧" he said.
A teachers' union lobbyist watching from the gallery said the raise was welcome but "⟦p:t|years overdue⟧".
Gov. Alma Strand has said she will sign a budget that includes the teacher raise. Her spokesman, Ezra Pollitt, said Thursday the governor was "⟦p:e|encouraged⟧" by the House vote. "⟦d:e|She'll look closely at the final bill when it gets to her desk,⟧" he said.

### 031
@h R.J. Hollander | Detective Superintendent
@r - | a reporter
@c Coastal Customs Service | -
@o Brigid Ní Fhloinn | the service's regional director
@n - | One neighbour of a warehouse raided in the operation
Police and customs officers have seized 1.2 tonnes of cocaine hidden in a shipment of frozen fish at the port of Kilbarrow, in what they described as the largest drugs haul in the region's history.
Four men, aged between 27 and 55, have been charged with importing a controlled drug and will appear at Kilbarrow District Court on Monday.
"⟦d:h|This was eleven months of painstaking work. The street value runs to something over ninety million,⟧" Detective Superintendent R.J. Hollander told a press conference on Friday, standing in front of a table stacked with taped packages.
"⟦d:r|Who was it destined for?⟧" a reporter asked.
"⟦d:h|I'm not going to go into that, because the investigation is very much live,⟧" he said.
The Coastal Customs Service said the drugs had been detected by X-ray scanning equipment installed at the port last year. "⟦d:c|This is exactly what the scanners were bought for,⟧" the service said.
Brigid Ní Fhloinn, the service's regional director, said her officers had worked "⟦p:o|through the night, in sub-zero storage units⟧" to remove the packages. "⟦d:o|I'm very proud of them. It was cold, unpleasant work and nobody complained, which is a first,⟧" she joked.
One neighbour of a warehouse raided in the operation said he had noticed vans arriving "⟦p:n|at all hours⟧" for months.

### 032
@n Olusola Adeyemi-Clarke | A senior nurse at a care home where 27 residents died during the first months of the pandemic
@q Tobias Renwick | counsel to the inquiry
@g - | the home's manager
@d Caroline Stott | -
@m Birchwood Care Group | the home's owner
A senior nurse at a care home where 27 residents died during the first months of the pandemic told an inquiry on Tuesday that staff had been "⟦p:n|left to work it out on our own⟧".
Olusola Adeyemi-Clarke, who has worked at Birchfield House in Eastwick since 2012, said residents were discharged from hospital without being tested and that the home ran out of masks within a fortnight.
"⟦d:n:m|We were using bin bags as aprons. I'm not exaggerating for effect. We cut holes in them for our arms,⟧
"⟦d:n|I remember one of the girls crying in the sluice room because she had to go home to her baby and she didn't know what she was carrying.⟧"
Tobias Renwick KC, counsel to the inquiry, read out an email sent on 2 April by the home's manager to Birchwood Care Group, the home's owner, in which she asked for "⟦p:g|anything at all⟧" in the way of protective equipment. The manager, who has since left the company, is due to give evidence next week.
"⟦d:q|Did anything arrive?⟧" Mr Renwick asked.
"⟦d:n|Two boxes of gloves. Medium. Most of us needed large,⟧" she said.
Caroline Stott, whose mother Irene died at the home in April 2020, said outside the hearing that the evidence had been "⟦p:d|very hard to listen to⟧". "⟦d:d|They did their best with nothing. The people who should be in that chair are the ones who gave them nothing,⟧" she said.
Birchwood Care Group said it would respond in full when its chief executive gave evidence. "⟦d:m|Our staff showed extraordinary courage in impossible circumstances,⟧" the company said.

### 033
@o Álvaro Quintanilla | opposition leader
@p Inmaculada Robles Etxebarria | Regional President
@f Federación Vecinal de Vallmora | a residents' association that first raised questions about the contract
The president of the Vallmora regional government faced calls to resign on Wednesday after it emerged that her chief of staff had awarded a €2.3 million public relations contract to a company run by his brother-in-law.
In a heated session of the regional parliament, opposition leader Álvaro Quintanilla waved a copy of the contract at the government benches. «⟦d:o|¿Cuántos cuñados más hay en su gobierno?⟧» he asked — «⟦d:o|How many more brothers-in-law are there in your government?⟧»
Regional President Inmaculada Robles Etxebarria said she had learned of the contract from the press and had asked for her chief of staff's resignation that morning. «⟦d:p|No voy a defender lo indefendible,⟧» she said. («⟦d:p|I am not going to defend the indefensible.⟧»)
But she rejected calls for her own departure. «⟦d:p|The person responsible has gone. I am staying to clean up,⟧» she told foreign reporters afterwards, speaking in English.
The chief of staff, Marcelo Ibarra Gil, did not respond to requests for comment.
The Federación Vecinal de Vallmora, a residents' association that first raised questions about the contract, said it would file a complaint with the regional anti-fraud office. «⟦d:f|Queremos saber quién más lo sabía⟧», the association said in a statement — «⟦d:f|we want to know who else knew⟧».

### 034
@a Connor Blaine | -
@p Harriet Coyle | prosecuting
@d Jonah Whitlam | defending
A man accused of murdering his former business partner sent him a text message three days before his death saying "⟦p:a|you'll pay for this one way or another⟧", a jury at Welbury Crown Court heard on Thursday.
Connor Blaine, 31, denies murdering Declan Moss, 26, who was found dead at the foot of a stairwell in a multi-storey car park in Welbury in March last year.
In her closing speech, Harriet Coyle KC, prosecuting, told jurors the messages showed a man "⟦p:p|consumed by a grievance⟧". "⟦d:p|He told Mr Moss what he was going to do. And then, members of the jury, he did it,⟧" she said.
She read out a further message sent by Blaine on the night Mr Moss died: "⟦d:a|Meet me at level 4. Come alone. Let's sort this.⟧"
Jonah Whitlam KC, defending, said the prosecution had built its case on "⟦p:d|angry words and nothing else⟧". "⟦d:d|Angry text messages are sent every day in this country by people who would never hurt a fly. Nobody saw what happened on that stairwell. Nobody,⟧" he said.
He reminded jurors that Blaine had told them in evidence that Mr Moss fell after the two men "⟦p:a|pushed each other about a bit⟧" on the landing.
The trial judge, Mr Justice Ravi Arbuthnot-Singh, is expected to send the jury out to consider its verdict on Monday.

### 035
@c Malcolm Durrant | The governing Unity Party's chairman
@h Felicity Okoro-Banks | presenter
@r Ngaio Te Rangi | the opposition's deputy leader
The governing Unity Party's chairman insisted on Sunday night that an exit poll showing the party losing 40 seats was "⟦p:c|one poll, not an election⟧", in a combative television interview shortly after voting closed.
Malcolm Durrant, who has chaired the party since 2019, told presenter Felicity Okoro-Banks that he expected the final result to be "⟦p:c|a great deal closer⟧".
"⟦d:h|Mr Durrant, your own canvass returns were showing this a fortnight ago. Weren't they?⟧" she asked.
"⟦d:c|I'm not going to discuss internal canvassing data on live television, Felicity, and you know that,⟧" he said.
"⟦d:h|So they were.⟧"
"⟦d:c|You can put words in my mouth if you like. The people of this country will put the votes in the boxes,⟧" Durrant replied.
In a separate studio, the opposition's deputy leader, Ngaio Te Rangi, declined to claim victory. "⟦d:r|Exit polls have embarrassed people before. I'd rather be embarrassed tomorrow by winning more than it says,⟧" she said.

### 036
@a Ifan Rowlands | a sheep farmer whose land borders the site
@d Hywel Prosser-Jones | a director of Gwynt Uchaf Renewables
@o - | One objector
@ch Bernard Kilgallon | the chairman of the planning committee
@g Gwynt Uchaf Renewables | -
Councillors have rejected plans for a 14-turbine wind farm on the hills above the village of Cwm Tawel, overturning a recommendation from their own planning officers.
The planning committee voted 7-4 against the scheme after hearing from more than a dozen residents, most of them opposed.
Ifan Rowlands, a sheep farmer whose land borders the site, told the committee: "⟦d:a|My family has farmed that hill for five generations. I am not against green energy. I am against being asked to look at it from my kitchen window for the next forty years.⟧"
Hywel Prosser-Jones, a director of Gwynt Uchaf Renewables, said the turbines would power 38,000 homes and pay £200,000 a year into a community fund. "⟦d:d|Every objection raised tonight was considered by your own officers, and they recommended approval,⟧" he told councillors.
One objector muttered "⟦d:o|Bribery⟧" as the community fund was mentioned, prompting a rebuke from the chair.
"⟦d:ch|We will have respect in this chamber, whatever people's views,⟧" said Bernard Kilgallon, the chairman of the planning committee. He later voted against the scheme, saying its visual impact was "⟦p:ch|simply too great⟧".
Gwynt Uchaf Renewables said it was "⟦p:g|disappointed⟧" and would consider an appeal to the national planning inspectorate.
Rowlands said he was relieved. "⟦d:a|We'll have a cup of tea and go back to work. The sheep don't know anything happened,⟧" he said.

### 037
@c Petra Lindholm-Asante | A former health minister
@d Ruth Okeke-Bramwell | the MP for Ashworth South
@j Moira Selkirk | the judge
@l Benedict Yau | Her solicitor
A former health minister has won £85,000 in libel damages from a fellow MP who falsely accused her on social media of taking money from a private hospital group.
Petra Lindholm-Asante, who held the health brief from 2018 to 2021, sued Ruth Okeke-Bramwell, the MP for Ashworth South, over a post in January last year that described her as “⟦p:d|bought and paid for⟧” by Meridale Healthcare.
In her judgment, the judge, Mrs Justice Moira Selkirk, said the allegation was “⟦p:j|entirely without foundation⟧”. “⟦d:j|The defendant did not check a single fact before publishing to an audience of more than 200,000 people. She simply assumed the worst of a political opponent,⟧” she wrote.
Outside the High Court, Lindholm-Asante said she was “⟦p:c|relieved and vindicated⟧”. “⟦d:c|I have never taken a penny from anyone. It took eighteen months and a courtroom to be allowed to say that and be believed,⟧” she said.
Okeke-Bramwell, who apologised in court last month but contested the level of damages, said she would not appeal. “⟦d:d|I got it wrong, and I have said so. I hope we can both now get back to representing our constituents,⟧” she said in a statement.
Her solicitor, Benedict Yau, said the damages were “⟦p:l|at the upper end⟧” of what had been expected.
The original post was viewed more than a million times before it was deleted.

### 038
@c Annika Solberg-Reyes | Chief Constable
@o - | one officer
@f Derek Amankwah | Tyrone's father
@m Patience Amankwah | Tyrone's mother
@s Lionel Featherstone | its director
The chief constable of Harrowmere Police has written to the family of a teenager whose disappearance was wrongly treated as a case of a runaway, apologising for "⟦p:c|failures at every level⟧" of the investigation.
Tyrone Amankwah, 16, was reported missing by his parents in September 2021. His body was found in a disused quarry eleven days later. A man was convicted of his murder last year.
A report by the Office for Police Standards published on Monday found that officers waited four days before searching the area where Tyrone was last seen, and that one officer recorded in the log that he had "⟦p:o|probably gone off with a girlfriend⟧".
In the letter, which the family shared with reporters, Chief Constable Annika Solberg-Reyes wrote: "⟦d:c:m|Tyrone was a child, and he should have been treated as a child at risk from the first hour. He was not. Assumptions were made about him that would not have been made about other children, and I cannot say that those assumptions had nothing to do with the colour of his skin.⟧
"⟦d:c|I am sorry. I know that those words are not enough.⟧"
Tyrone's father, Derek Amankwah, said the letter was "⟦p:f|the first honest thing⟧" the force had said to the family in three years. "⟦d:f|We were told to wait by the phone. We waited. He was lying in that quarry,⟧" he said.
Tyrone's mother, Patience Amankwah, said she would read the letter again "⟦p:m|when I am ready⟧". "⟦d:m|An apology is a start. I want to see who loses their job,⟧" she said.
The Office for Police Standards said three officers would face misconduct proceedings. "⟦d:s|The family deserved far better, and the public is entitled to know why they did not get it,⟧" its director, Lionel Featherstone, said.

### 039
@w Kieran Lasalle | -
@e Nigel Strachan | the club's former safety officer
@c - | One supporter
@t Beatrice Onwuachi | The chair of the inquiry
@s Fernhill Rovers | -
Stewards at Fernhill Park were told to open an exit gate to relieve a build-up of fans outside the ground minutes before the crush that injured 31 people, an inquiry heard on Monday.
Kieran Lasalle, who was working as a steward at the Northgate end that day, said he received the instruction by radio at about 2.52pm. "⟦d:w|I questioned it. I said on the radio, 'There's nowhere for them to go.' Nobody answered,⟧" he told the inquiry.
According to Nigel Strachan, the club's former safety officer, the instruction came from the police control box rather than from club staff. "⟦d:e|We had no authority to overrule it, and nobody in our control room thought we should,⟧" he said in a written statement read to the inquiry.
The police commander on the day is due to give evidence on Thursday.
One supporter, whose statement was read out anonymously, described the moment the crowd surged forward. "⟦d:c|You couldn't lift your arms. A lad next to me was going blue and I couldn't even turn my head to tell anyone,⟧" the statement said.
The chair of the inquiry, Beatrice Onwuachi, said she would examine "⟦p:t|the whole chain of command⟧" that afternoon. "⟦d:t|It is not my job to find scapegoats. It is my job to find out what happened,⟧" she said.
Fernhill Rovers, which has since rebuilt the Northgate stand, said in a statement that it remained "⟦p:s|fully committed⟧" to the inquiry.

### 040
@p Public Prosecution Service | -
@a Alisha Brennan | -
@s Daniela Moretti-Clarke | Her solicitor
Prosecutors have dropped a manslaughter charge against a nurse accused of giving a fatal overdose to a patient at Kingsmere General Hospital, saying there is "⟦p:p|no longer a realistic prospect of conviction⟧".
Alisha Brennan, 38, had been due to stand trial in September. The Public Prosecution Service said new expert evidence indicated that the patient's death was caused by a faulty infusion pump. "⟦d:p|We have informed Ms Brennan and the patient's family of our decision,⟧" it said.
"⟦d:a|I have spent two years being called a killer. I would like my name back,⟧" Ms Brennan said in a brief statement outside her home.
Her solicitor, Daniela Moretti-Clarke, said her client had been "⟦p:s|put through hell⟧" and was considering legal action against the hospital trust.

### 041
@c Hester Vaughan-Lowe | The Parliamentary Commissioner for Standards
@m Colin Threlfall | the MP for Drayford East
@l Amira Saleh | The Leader of the House
@p - | A spokesperson for his party
An MP who claimed £23,000 in expenses for a second flat that he was letting to tenants has been suspended from the Commons for 30 days.
The Parliamentary Commissioner for Standards, Hester Vaughan-Lowe, found that Colin Threlfall, the MP for Drayford East, had “⟦p:c|deliberately misled⟧” the expenses authority on at least six occasions. “⟦d:c|This was not an administrative oversight. It was a sustained course of conduct over three years,⟧” her report said.
Threlfall, who has repaid the money, apologised in a short statement to the House on Tuesday. “⟦d:m|I made serious errors of judgment, and I have let down my constituents. I accept the commissioner’s findings in full,⟧” he said.
He did not take questions from reporters as he left the chamber.
The Leader of the House, Amira Saleh, said the suspension showed that “⟦p:l|the system works⟧”. “⟦d:l|Nobody is above the rules in this place, and nobody should think they are,⟧” she told MPs.
A suspension of more than ten sitting days means that Threlfall’s constituents can now petition for a by-election. A spokesperson for his party said he would “⟦p:p|remain suspended from the party⟧” pending a review.

### 042
@k Kirsty Lamb | -
@b - | A 15-year-old boy who set fire to a disused community centre in Eastmoor
@g Gillian Rocha | the chair of the bench
@m Marcus Adebayo-Hart | -
A 15-year-old boy who set fire to a disused community centre in Eastmoor has been given a 12-month referral order after magistrates heard he had been "⟦p:k|drifting for two years⟧" since being excluded from school.
The boy, who cannot be named for legal reasons, admitted arson at Eastmoor Youth Court. The fire in May caused an estimated £180,000 of damage and took four crews more than three hours to bring under control.
Kirsty Lamb, of the youth offending team, told magistrates that he had been spending his days with older teenagers. "⟦d:k|He is not a bad lad. He is a lad with nothing to do and nobody watching,⟧" she said.
Asked by the chair of the bench, Gillian Rocha, whether he had anything to say, the boy stood and said quietly: "⟦d:b|I'm sorry. I didn't think it would go up like that.⟧"
"⟦d:g|Fire doesn't care what you thought,⟧" Mrs Rocha told him. "⟦d:g|You are lucky nobody was inside. I want you to remember that for a very long time.⟧"
Outside court, Marcus Adebayo-Hart, who runs the Second Chance youth project in Eastmoor, said the community centre had been closed in 2021 because of council cuts. "⟦d:m|There's a certain irony in a boy burning down the building that used to keep boys like him off the street,⟧" he said.

### 043
@w Fergus Lomond | a former project officer at the Defence Equipment Agency
@c Janet Achterhof | The committee chair
@k Roland Pettifer | the agency’s chief executive
A whistleblower has warned MPs that a £1.6 billion armoured vehicle programme was “⟦p:w|known to be failing⟧” at least two years before it was cancelled.
In a letter to the Defence Committee, published on Thursday, Fergus Lomond, a former project officer at the Defence Equipment Agency, wrote that test results showing the vehicles could not safely fire on the move had been “⟦p:w|buried in an annex⟧”.
“⟦d:w:m|I raised this with my line management in writing on three occasions. On the third occasion I was told that the programme had ‘too much political capital invested in it to fail’,⟧
“⟦d:w|I left the agency shortly afterwards. I am writing now because I believe the committee was given an incomplete picture,⟧” he wrote.
The committee chair, Janet Achterhof, said the letter raised “⟦p:c|extremely serious questions⟧”. “⟦d:c|If Parliament was misled, we will find out who misled it,⟧” she warned.
Sir Roland Pettifer, the agency’s chief executive, told the committee at a hearing later that day that he had “⟦p:k|no recollection⟧” of the test results being withheld. “⟦d:k|I would be very surprised if anything of that kind had happened. But I will look into it personally,⟧” he said.
The Defence Department said it did not comment on individual personnel matters.

### 044
@d Denise | -
@b Carl Rudd | the sitting commissioner
@a Sandra Pilkington | a former detective sergeant standing as an independent
@k Ravi | a taxi driver from Oakhurst
The two candidates to be Wessmoor's next police and crime commissioner took questions from listeners on Radio Wessmoor on Monday morning, and the listeners were not in a forgiving mood.
Denise from Hollowmere was first on the line. ``⟦d:d|My car's been broken into three times this year. Three times. I rang the non-emergency number, waited forty minutes and then gave up. What are either of you going to do about that?⟧''
Carl Rudd, the sitting commissioner, said call-handling times had fallen since he took office. ``⟦d:b|Denise, I hear you, and forty minutes is too long. But it was over an hour when I started,⟧'' he said.
``⟦d:d|So I should be grateful?⟧''
``⟦d:b|No. You should expect better, and so do I.⟧''
His challenger, Sandra Pilkington, a former detective sergeant standing as an independent, said the force had ``⟦p:a|lost the habit⟧'' of investigating burglaries and thefts from cars. ``⟦d:a|Every car break-in should get a visit. Not a crime number, a visit,⟧'' she said.
Ravi, a taxi driver from Oakhurst, asked how she would pay for it. ``⟦d:k|Where are the officers coming from? Because I drive round this town all night and I never see one,⟧'' he said.
``⟦d:a|From behind desks. There are officers doing paperwork that civilian staff could do at half the cost,⟧'' Pilkington replied.
Presenter Joel Ainsworth wrapped up the hour with a question about fireworks. Neither candidate wanted to ban them.

### 045
@r Rodrigo Valadares Pinto | A businessman wanted in Brazil over an alleged bribery scheme involving public hospital contracts
@j Eluned Harcourt | District Judge
@g Graham Ellwood | representing the Brazilian authorities
@w Mariana | His wife
A businessman wanted in Brazil over an alleged bribery scheme involving public hospital contracts has lost the first stage of his fight against extradition.
Rodrigo Valadares Pinto, 57, who has lived in England since 2020, had argued that he would not receive a fair trial and that prison conditions would breach his human rights.
District Judge Eluned Harcourt rejected both arguments at the magistrates' court in Carlow Street on Tuesday. “⟦d:j|I have received detailed assurances about the prison in which Mr Valadares Pinto would be held. I have no reason to doubt them,⟧” she said.
Graham Ellwood, representing the Brazilian authorities, had told the court that the evidence against him was “⟦p:g|overwhelming⟧”.
Valadares Pinto, speaking through an interpreter for most of the hearing, called out in Portuguese as he was led away: “⟦d:r|Eu sou inocente e vou provar⟧” — “⟦d:r|I am innocent and I will prove it⟧”.
His wife, Mariana, who sat in the public gallery throughout the hearing, said outside: “⟦d:w|Ele é um bom homem. Isto é política⟧” — “⟦d:w|He is a good man. This is politics⟧”.
The case will now be sent to the home secretary, who must decide whether to order his extradition. Valadares Pinto has 14 days to appeal.

### 046
@l Oisín Dunleavy | opposition leader
@pm Teresa Mullane-Kerr | Prime Minister
@s Rashid Qureshi | the leader of the small Centre Party
@g - | One government minister
Prime Minister Teresa Mullane-Kerr and opposition leader Oisín Dunleavy clashed over hospital waiting lists on Wednesday in one of the most bad-tempered sessions of question time this year.
Dunleavy read out a letter from a constituent who had waited 31 months for a hip replacement. "⟦d:l|She asked me to ask you one thing, Prime Minister: does anybody in your government actually know how long that is?⟧" he said.
"⟦d:pm|I know exactly how long it is, because I have met people who have waited that long,⟧" Mullane-Kerr replied. "⟦d:pm|What I don't know is why the deputy has discovered waiting lists only now, when his party cut two thousand hospital beds the last time it was in office.⟧"
"⟦d:l|That was twelve years ago!⟧" Dunleavy shouted across the chamber.
"⟦d:pm|And it has taken twelve years to build them back,⟧" she said, to cheers from the government benches.
Rashid Qureshi, the leader of the small Centre Party, said voters were "⟦p:s|sick of the pantomime⟧". "⟦d:s|Two people who have both run the health service, shouting at each other about who ran it worse. That is not a plan,⟧" he said.
One government minister, leaving the chamber, described the session as "⟦p:g|a score draw⟧".

### 047
@i Gareth Nwosu | Detective Constable
@v Hilary Pound | -
@p Southvale Police | -
A man who burgled 43 homes across Southvale in eighteen months, targeting pensioners who lived alone, has been jailed for eight years.
Darren Kettle, 46, was caught after a neighbour's doorbell camera recorded him removing his gloves to light a cigarette. DNA from the discarded cigarette end matched samples from six earlier burglaries.
``⟦d:i|He was very careful for a very long time. Then he wanted a smoke,⟧'' said Detective Constable Gareth Nwosu, who led the investigation.
Hilary Pound, 84, whose home in Croft Lane was burgled twice, said she had stopped going out in the evenings. ``⟦d:v|He took my late husband's medals. I don't care about anything else, but I'd like those back,⟧'' she said.
Southvale Police said officers were still trying to trace much of the stolen property and urged anyone offered war medals for sale to get in touch. ``⟦d:p|Somebody, somewhere, has bought these items,⟧'' the force said.

### 048
@m Geraint Philpott-Adu | A former education secretary
@c Saoirse Madigan | counsel to the inquiry
@p Lesley Nkemelu | -
A former education secretary admitted on Tuesday that he had been warned about the risk of collapsing roofs in schools built in the 1960s more than a year before a ceiling fell in at Mereside Primary, injuring eleven children.
Geraint Philpott-Adu told the inquiry into the collapse that a 2019 briefing had described the problem as “⟦p:m|low probability, high consequence⟧”. But he insisted that he had acted on it.
“⟦d:m:m|I asked for a survey of every school built in that period. I was told it would take three years and cost four hundred million pounds,⟧
“⟦d:m:m|I agreed the money. I did not agree the three years, and I pushed for it to be faster. It wasn’t fast enough. I accept that,⟧
“⟦d:m|What I do not accept is that nothing was done.⟧”
Saoirse Madigan KC, counsel to the inquiry, put it to him that Mereside had been on the list of schools to be surveyed in the final year. “⟦d:c|So the children of Mereside were, in effect, at the back of the queue?⟧” she asked.
“⟦d:m|Somebody had to be. That is the terrible arithmetic of it,⟧” he said.
Lesley Nkemelu, whose son Tobi, then seven, suffered a fractured skull in the collapse, left the hearing room during the evidence. “⟦d:p|Terrible arithmetic. That’s my son he’s talking about,⟧” she said outside.
The inquiry chairman, Sir Anthony Veale, will publish an interim report in the autumn.

### 049
@x - | a woman in the public gallery
@s Amara Lindo | His sister
@b Ngozi Ferris | the family's barrister
@l Peter Hargreaves-Lamb | a solicitor representing both officers
Two police officers have been cleared of the manslaughter of Jordan Lindo, a 27-year-old man who died after being restrained in a cell at Bracken Road police station in 2021.
The jury at Halford Crown Court deliberated for eleven hours before returning not guilty verdicts on both PC Lee Turvey, 35, and PC Simon Ashby, 41.
As the verdicts were read, a woman in the public gallery shouted "⟦d:x|Cowards!⟧" and was asked to leave by the judge.
Outside court, about a hundred supporters of the family chanted "⟦s:-|No justice, no peace⟧" and held placards bearing Jordan's photograph and the words "⟦s:-|Say his name⟧".
His sister, Amara Lindo, said the family was "⟦p:s|devastated but not defeated⟧". "⟦d:s|Jordan walked into that police station. He was carried out of it. A jury has decided nobody is responsible for that. We don't accept it,⟧" she said.
"⟦d:b|The inquest is where the full story will be told,⟧" said Ngozi Ferris, the family's barrister.
Peter Hargreaves-Lamb, a solicitor representing both officers, said in a statement: "⟦d:l|PC Turvey and PC Ashby have always maintained that they acted in accordance with their training. They are relieved that the jury agreed, and their thoughts remain with Mr Lindo's family.⟧"
The force said both officers would remain on restricted duties pending a misconduct review.

### 050
@l Stephen Oyelowo-Grant | the council's cabinet member for finance
@o Peter Flanagan | leader of the Independent group
@b Bethan Morse | -
@r - | One trade union representative
Councillors in Riverside District voted on Thursday to raise council tax by 4.99 per cent, the maximum allowed without a local referendum, and to cut 120 jobs over the next two years.
Cllr Stephen Oyelowo-Grant, the council's cabinet member for finance, told the meeting that the authority faced "⟦p:l|a choice between bad and worse⟧". "⟦d:l|I have looked for another way. If any member of this chamber has found one, I'll buy them lunch for a year,⟧" he said.
Cllr Peter Flanagan, leader of the Independent group, took him up on the offer. "⟦d:o|Sell the headquarters. We are sitting in a building designed for twelve hundred staff and we have four hundred,⟧" he said. "⟦d:o|I'll take the lunch in instalments.⟧"
Oyelowo-Grant said the building was already on the market. "⟦d:l|It's been for sale since March, Peter. Nobody has bought it. If you know a buyer, bring them to lunch,⟧" he replied.
Cllr Bethan Morse, who chairs the council's scrutiny committee, said she would vote for the budget "⟦p:b|with a heavy heart⟧".
One trade union representative, watching from the public seats, said staff had been "⟦p:r|told nothing⟧" about which posts would go.

### 051
@p Salvatore Di Benedetto | The chief prosecutor of Roccabella
@m Rosalia Ferrante | a shopkeeper who testified against the clan
@d Gianluca Orsini | -
@a Coordinamento Antiracket Roccabella | -
A court in Roccabella has sentenced 19 members of the Vitrano clan to a combined 214 years in prison for extortion and drug trafficking, at the end of a trial that lasted almost three years.
The chief prosecutor of Roccabella, Salvatore Di Benedetto, called the verdict «⟦p:p|a day of liberation⟧» for the town's shopkeepers. «⟦d:p|Per trent'anni hanno pagato il pizzo in silenzio. Oggi il silenzio è finito,⟧» he told reporters. («⟦d:p|For thirty years they paid protection money in silence. Today the silence is over.⟧»)
Rosalia Ferrante, a shopkeeper who testified against the clan, has lived under police protection since 2021. «⟦d:m|I am not a hero. I sell shoes. I just got tired of paying,⟧» she said by telephone from an undisclosed location.
Gianluca Orsini, who represents three of the defendants, said they would appeal. «⟦d:d|This trial was built on the word of people with grudges,⟧» he said.
The Coordinamento Antiracket Roccabella, which supported shopkeepers who gave evidence, said in a statement that the verdicts showed «⟦p:a|that saying no is possible⟧».
The clan's alleged leader, Carmelo Vitrano, 71, was sentenced to 20 years. He followed the hearing by video link from prison and did not react.

### 052
@c J.P. Halloway-Burke | the Reform Alliance candidate for Kestle
@a - | an aide
@o Mhairi Duthie | the sitting MP
@p Reform Alliance | -
A parliamentary candidate was caught on a live microphone describing voters in a former mining town as “⟦p:c|a lost cause⟧” moments after finishing a speech there.
J.P. Halloway-Burke, the Reform Alliance candidate for Kestle, was recorded on Saturday telling an aide: “⟦d:c|Honestly, I don’t know why we bother with this end of the seat. They’re a lost cause.⟧”
The aide could be heard replying: “⟦d:a|Mic’s still on.⟧”
The clip, filmed by a member of the audience, has been viewed more than 800,000 times.
Halloway-Burke apologised in a post on social media on Sunday. “⟦d:c|I said something stupid and unkind about people I am asking to vote for me. I’m sorry, and I will be back in Pitheads Row next week to say so in person,⟧” he wrote.
His opponent, Mhairi Duthie, the sitting MP, said she was “⟦p:o|not remotely surprised⟧”. “⟦d:o|He’s said out loud what his party has thought about this town for years,⟧” she said.
The Reform Alliance said the candidate had “⟦p:p|apologised unreservedly⟧” and would remain on the ballot.

### 053
@n Noor | a duty solicitor who has worked at Castlegate Magistrates' Court for eleven years
@c Jayden | -
@j - | the chair of the bench
@m Maureen | the court usher
At 9.05am Noor already has six files on her lap and a cold coffee at her feet. By lunchtime she will have eleven.
Noor, a duty solicitor who has worked at Castlegate Magistrates' Court for eleven years, represents people who arrive at court without a lawyer, usually straight from a night in the cells. "⟦d:n|Most of them I meet ten minutes before they go in. You learn to read people fast,⟧" she said.
Her first client is Jayden, 19, arrested the previous night for shoplifting razor blades. "⟦d:n|Have you been here before?⟧" she asks him in a side room.
"⟦d:c|Once. For the same thing,⟧" he says.
"⟦d:n|Okay. Then we tell them the truth, and we tell them about your job interview on Thursday.⟧"
In court, the chair of the bench gives Jayden a conditional discharge. "⟦d:j|Go to that interview,⟧" she tells him.
Maureen, the court usher, has watched Noor at work for most of those eleven years. "⟦d:m|She's the only one who remembers their names the next time they come in. And they do come in,⟧" Maureen said.
At 4.40pm Noor finally finishes the coffee. It is still cold. "⟦d:n|The legal aid rate for today works out at about nine pounds an hour,⟧" she said. "⟦d:n|I'd do it for less. Please don't print that.⟧"

### 054
@u Colette Mirabeau | Acting U.S. Attorney
@s Warren Beddoes-Hale | chairman of the Senate Finance Committee
@l Frank Delacroix-Moore | His attorney
@g Paula Brightwater | The state Senate's majority leader
A veteran state senator was indicted on Thursday on federal bribery charges, accused of accepting $480,000 in cash and home renovations from a developer in exchange for favorable tax legislation.
State Sen. Warren Beddoes-Hale, chairman of the Senate Finance Committee, is charged with conspiracy, honest services fraud and lying to federal agents.
“⟦d:u|The indictment alleges that Senator Beddoes-Hale put his office up for sale. The people of this state are entitled to representatives who are not for sale,⟧” Acting U.S. Attorney Colette Mirabeau told reporters.
In a statement, the senator said he was “⟦p:s|shocked and saddened⟧” by the charges. “⟦d:s|I have served this state honestly for seventeen years, and I look forward to proving my innocence in court,⟧” he said.
His attorney, Frank Delacroix-Moore, said the renovations had been “⟦p:l|paid for in full, with receipts⟧”.
The state Senate's majority leader, Paula Brightwater, said Beddoes-Hale should step down as committee chairman while the case was pending. “⟦d:g|This is about the institution, not about one man,⟧” she said.

### 055
@g Deborah Fenwick-Aziz | The governor of Calder Moss prison at the time of a riot that left two officers seriously injured
@c Ajay Raman | counsel to the inquiry
@p - | a prisoner identified only as P7
@u Grant Meeker | the Prison Officers' Guild's branch secretary at Calder Moss
The governor of Calder Moss prison at the time of a riot that left two officers seriously injured told an inquiry on Wednesday that she had asked for more staff "⟦p:g|at least a dozen times⟧" in the preceding year.
Deborah Fenwick-Aziz said the jail was operating with 60 per cent of its required officers on the night of the disturbance in August 2022, when prisoners took control of two wings for nine hours.
"⟦d:g|I was running a prison on goodwill and overtime. By that summer I had run out of both,⟧" she said.
"⟦d:c|Did you consider closing a wing?⟧" asked Ajay Raman, counsel to the inquiry.
"⟦d:g|I did. And put those men where? Every prison in the region was full,⟧" she replied.
In a statement read to the inquiry, a prisoner identified only as P7 said the riot began after association time had been cancelled for the fifth day in a row. "⟦d:p|We'd been in our cells twenty-three hours a day for a week. Somebody was always going to go,⟧" the statement said.
Grant Meeker, the Prison Officers' Guild's branch secretary at Calder Moss, said outside the hearing that the governor had been "⟦p:u|hung out to dry⟧" by her superiors. "⟦d:u|She was honest today. I wish the people above her had been that honest three years ago,⟧" he said.

### 056
@k Hemi Tautahi | Kaumātua
@c Aperahama Wihongi-Ross | Councillor
@f - | One farmer in the public gallery
@m Janine Coulter | Mayor
The Rangimoana District Council voted 8-3 on Tuesday to restore the original Māori name of the town’s main street, ending a two-year dispute that at times split the community.
Kaumātua Hemi Tautahi opened the meeting with a karakia and addressed councillors in te reo Māori. “⟦d:k|Ko te ingoa te tuakiri o te whenua,⟧” he said — “⟦d:k|the name is the identity of the land.⟧”
Councillor Aperahama Wihongi-Ross, who holds the Māori ward seat, said the decision had been “⟦p:c|a long time coming⟧”. “⟦d:c|My grandmother used the old name her whole life. She just never saw it on a sign,⟧” he said.
Not everyone was pleased. One farmer in the public gallery called out “⟦d:f|What about the cost?⟧” as the vote was taken.
Mayor Janine Coulter said new signs would cost about $40,000, spread over three years. “⟦d:m|We are changing some signs. We are not changing anybody’s address, anybody’s rates or anybody’s rights,⟧” she said.
The street has been known as Gladstone Street since 1884. The new signs will carry both names.

### 057
@c Imogen Attwater-Pike | the committee's chair
@t Kasper Lindgren | head of public policy for Europe at Flick
@m Emeka Nwachukwu | Committee member
@f Flick | -
A senior executive at the video-sharing app Flick was accused by MPs on Wednesday of "⟦p:c|treating children as inventory⟧" after he was unable to say how many under-13s used the platform.
Kasper Lindgren, head of public policy for Europe at Flick, told the Culture Committee that the company removed "⟦p:t|millions⟧" of underage accounts each year.
"⟦d:c|Millions. So how many are left?⟧" asked the committee's chair, Imogen Attwater-Pike.
"⟦d:t|I don't have that figure with me today. I'd be happy to write to the committee,⟧" Lindgren said.
"⟦d:c|You knew you were coming here to talk about children. You knew this would be the first question,⟧" she said. "⟦d:c|You are treating children as inventory, Mr Lindgren, and not very well-counted inventory at that.⟧"
Committee member Emeka Nwachukwu asked whether Lindgren would let his own children use the app. "⟦d:t|My children are four and six, so no, they are not on it,⟧" he said.
"⟦d:m|Would you, when they are twelve?⟧" Nwachukwu pressed. Lindgren paused before replying: "⟦d:t|I'd want to supervise it.⟧"
Flick said after the hearing that it would provide the committee with the figures. "⟦d:f|We take the safety of young people extremely seriously,⟧" the company said.

### 058
@r Siddharth Menon-Clarke | a retired judge
@c Blackwater Line | the ferry's operator
@s - | one surviving crew member
@f Niamh Costigan | chair of the Kestrel Families Group
@m Jorge Albuquerque-Reid | Maritime Minister
The sinking of the ferry Kestrel, in which 14 people died off Skerrin Point in 2021, was caused by an overloaded vehicle deck and a bow door that had not been properly secured, according to the report of a public inquiry published on Monday.
The inquiry's chairman, Siddharth Menon-Clarke, a retired judge, found that Blackwater Line, the ferry's operator, had allowed a "⟦p:r|culture of haste⟧" to develop on the route.
"⟦d:r|The Kestrel left port eleven minutes late and arrived at the point of no return eleven minutes early. Every decision made that evening was made to save time,⟧" the report said.
According to the report, one surviving crew member told investigators that the bow door warning light had been "⟦p:s|flickering for weeks⟧" and was routinely ignored.
Niamh Costigan, chair of the Kestrel Families Group, whose brother Fintan was among those who died, said the findings were "⟦p:f|everything we said three years ago⟧". "⟦d:f|We were told we were grieving and angry and didn't understand ships. We understood them fine,⟧" she said.
Blackwater Line said in a statement that it accepted the findings and had "⟦p:c|fundamentally changed⟧" its procedures. "⟦d:c|We will never forget the fourteen people who lost their lives on the Kestrel,⟧" the company said.
Maritime Minister Jorge Albuquerque-Reid told parliament that all 23 of the inquiry's recommendations would be accepted. "⟦d:m|Every one of them. Not most, not in principle. All of them,⟧" he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh29.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh29",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
