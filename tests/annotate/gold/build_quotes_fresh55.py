# ruff: noqa: E501
"""Build ``quotes_fresh55.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a representative
mix of one day's pages of a general daily newspaper (national politics, crime,
health, education, economy, transport, weather, celebrity and entertainment news,
sport), written the way wire services and regional papers write it.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh55-NNN``.

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

Decisions taken for this set where the conventions leave room (see the report):

* An organisation introduced by bare name and later cued by a definite description
  (``the operator said``) takes that definite description as its description; one
  introduced with an appositive or a relational phrase (``Her promoter, Starfall
  Live``) takes that.
* A role title before the name at the introduction (``Finance Minister Ruth Okafor``)
  wins over a later definite-description cue (``the minister said``), as an
  introduction's appositive would.
* A speaker's age, home town or a bare relative clause at the introduction is not a
  description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh55.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh55.jsonl")

PASSAGES = """
### 001
@a Ruth Okafor | Finance Minister
@b Helena Marsh | Opposition leader
@c Colin Pryde | a government backbencher who represents Eastbridge North
@d - | one minister
Finance Minister Ruth Okafor's spending plan cleared its first vote in parliament late on Tuesday by a margin of 11, after a debate in which Opposition leader Helena Marsh accused her of "⟦p:b|balancing the books on the backs of renters⟧".
"⟦d:a|This is a budget for people who get up early and pay their way,⟧" Okafor told the chamber as she closed the debate. "⟦d:a|It is not glamorous. It is responsible.⟧"
Marsh said the freeze on housing support would push thousands of families into arrears by the spring. "⟦d:b|The minister talks about responsibility. Tell that to the nurse in Eastbridge whose rent has just gone up by a fifth,⟧" she said.
The vote was closer than the government had expected. Colin Pryde, a government backbencher who represents Eastbridge North, abstained, and told reporters afterwards that he had "⟦p:c|real doubts⟧" about the housing measures.
"⟦d:c|I support the minister on nine things out of ten. This is the tenth,⟧" he said. "⟦d:c|I have told her that privately and I am telling you now.⟧"
Okafor, 52, said she respected Pryde's position but expected him to back the bill at its final reading next month. Asked whether she had the votes, she replied: "⟦d:a|Ask me in March.⟧"
One minister, speaking on condition of anonymity, was blunter. "⟦d:d|If Colin wants a seat at the table, he knows where the table is,⟧" the minister said.
The bill now goes to committee, where Marsh's party has promised to table more than 40 amendments.

### 002
@a Margaret Ellery | Judge
@b Owen Tallis | Prosecutor
@c Priya Raman | His barrister
@d Denise Price | Mr Price's widow
@e Neil Farrow | Sergeant
A 27-year-old man who ran down a cyclist while using his phone at the wheel was jailed for six years and eight months at Kellingford Crown Court on Wednesday.
Jordan Dunmore, of Ashby Road, Kellingford, admitted causing death by dangerous driving. The court heard he had been scrolling through a video app for almost a minute before his van struck Aled Price, 61, on the B4410 in June last year.
Sentencing him, Judge Margaret Ellery said: “⟦d:a|You chose a few seconds of entertainment over the life of another human being. No sentence I pass can repair that.⟧”
Prosecutor Owen Tallis told the court that phone records showed Dunmore had opened the app “⟦p:b|no fewer than nine times⟧” during the journey. “⟦d:b|This was not a momentary lapse,⟧” he said. “⟦d:b|It was a pattern.⟧”
His barrister, Priya Raman KC, said her client was “⟦p:c|consumed by remorse⟧” and had written to the Price family. “⟦d:c|He does not ask for forgiveness. He knows he has no right to it,⟧” she said.
In a statement read to the court, Mr Price's widow, Denise Price, described him as “⟦p:d|the gentlest man I have ever known⟧”.
“⟦d:d:m|Aled rode that road every Sunday for thirty years. He would wave at every driver who let him pass.⟧
“⟦d:d|Now I cannot drive down it myself.⟧”
Dunmore was also banned from driving for 10 years. Outside court, Sergeant Neil Farrow of Kellingford Police's roads policing unit said the case should be “⟦p:e|a warning to every driver who thinks they can glance at a screen⟧”.

### 003
@a Sunita Mehra | a consultant in emergency medicine at St Brannoc's Hospital
@b Northmoor Health Board | the board
@c Gillian Rees | -
@d Tomás Whelan | The board's chief executive
@e Rosalind Adair | the shadow health secretary
Patients at Northmoor's largest hospital waited an average of 14 hours for a bed after being admitted through A&E last month, the longest delays since records began, new figures show.
Dr Sunita Mehra, a consultant in emergency medicine at St Brannoc's Hospital, said staff were treating patients in corridors "⟦p:a|every single night⟧".
"⟦d:a|We have people on trolleys next to the fire doors. We have run out of places to put them,⟧" she said. "⟦d:a|My colleagues are not burnt out. They are past that.⟧"
Gillian Rees, 78, from Penhallow, waited 31 hours for a bed after a fall at home in January. Her daughter, Carys, sat beside her in a plastic chair for most of that time.
"⟦d:c|The nurses were wonderful, but they were running. Nobody should have to see that,⟧" Mrs Rees said.
Northmoor Health Board said the figures reflected "⟦p:b|exceptional pressure⟧" from winter viruses, and that 40 extra beds would open at St Brannoc's by April.
"⟦d:b|We apologise to every patient who has waited longer than they should have,⟧" the board said in a statement.
The board's chief executive, Tomás Whelan, went further in an interview with Radio Northmoor. "⟦d:d|I am not going to stand here and pretend this is acceptable. It is not,⟧" he said.
Rosalind Adair, the shadow health secretary, said the numbers were "⟦p:e|a scandal hiding in plain sight⟧".

### 004
@a Moorside Borough Council | the council
@b Janet Okonjo | headteacher of Fenwick Primary
@c Leah Brannigan | -
@d - | a father who asked not to be named
@e Stephen Hale | the council's cabinet member for education
Parents in Fenwick have launched a campaign to save their village primary school after Moorside Borough Council proposed merging it with a larger school four miles away.
The council said falling pupil numbers meant Fenwick Primary, which has 61 children on its roll, was “⟦p:a|no longer financially sustainable⟧” on its own.
Janet Okonjo, headteacher of Fenwick Primary, said she had learned of the proposal “⟦p:b|from a press release⟧”.
“⟦d:b|I have been here eleven years. I would have hoped for a phone call,⟧” she said. “⟦d:b|Our children are doing well. Our results are above the county average. We are not a failing school; we are a small one.⟧”
More than 300 people attended a meeting in the village hall on Thursday evening, where a banner reading “⟦s:-|Fenwick Without a School Is Just a Postcode⟧” hung above the stage.
Leah Brannigan, whose twins are in Year 2, said the journey to the proposed site at Hollins Cross would mean a 40-minute bus ride each way. “⟦d:c|They are six. They get car sick going to the supermarket,⟧” she said.
A father who asked not to be named said several families were already looking at schools in the neighbouring county. “⟦d:d|If it closes, people will move. Then the shop goes, then the pub,⟧” he said.
Cllr Stephen Hale, the council's cabinet member for education, said no decision had been made. “⟦d:e|We will listen to every single response before anything is decided,⟧” he said. “⟦d:e|But I would be failing in my duty if I did not tell parents the truth about the numbers.⟧”
A consultation runs until 14 March.

### 005
@a Halvern Reserve Bank | the bank
@b Ingrid Solberg-Nyqvist | Governor
@c Daniel Achterberg | chief economist at Meridian Capital
@d Fiona Kettle | an economist at the Halvern Chamber of Commerce
The Halvern Reserve Bank held its main interest rate at 4.25% on Thursday, resisting pressure from businesses to cut, and warned that inflation was "⟦p:a|not yet beaten⟧".
In a statement, the bank said price growth in services remained "⟦p:a|uncomfortably high⟧" and that it would need "⟦p:a|further evidence⟧" before lowering borrowing costs.
Governor Ingrid Solberg-Nyqvist told a news conference that the decision had been unanimous. "⟦d:b|We understand that households are tired of high rates. So are we,⟧" she said. "⟦d:b|But the worst thing we could do is cut too early and then have to reverse course.⟧"
Asked whether a cut in May was possible, Solberg-Nyqvist said: "⟦d:b|Nothing is off the table and nothing is on it.⟧"
Markets had priced in a roughly one-in-three chance of a cut. The Halvern krone rose 0.4% against the euro after the announcement.
Daniel Achterberg, chief economist at Meridian Capital, said the tone was "⟦p:c|more hawkish than expected⟧". "⟦d:c|They are clearly worried about wages. I would now push my forecast for the first cut to the summer,⟧" he wrote in a note to clients.
Fiona Kettle, an economist at the Halvern Chamber of Commerce, said small firms were "⟦p:d|running out of road⟧". "⟦d:d|Every month of delay is another month of overdrafts at eight or nine per cent,⟧" she said.

### 006
@a Rhodri Batts | general secretary of the Rail and Maritime Workers' Federation
@b Westway Trains | the operator
@c Ama Boateng | a nurse who commutes from Halsey to the city
@d Lionel Graves | Transport Secretary
Train drivers on Westway Trains will walk out for 48 hours from Monday after talks over pay and rostering broke down late on Friday, the drivers' union said.
Rhodri Batts, general secretary of the Rail and Maritime Workers' Federation, said the company's final offer amounted to ``⟦p:a|a real-terms pay cut dressed up as a deal⟧''.
``⟦d:a|Our members do not want to strike. Nobody loses more money in a strike than the people on strike,⟧'' Batts said. ``⟦d:a|But they have been pushed to this.⟧''
Westway Trains said it was ``⟦p:b|deeply disappointed⟧'' and that its offer of 4.5% over two years was ``⟦p:b|fair and affordable⟧''. ``⟦d:b|We urge the union to return to talks this weekend,⟧'' the operator said.
Only about one in five services is expected to run on strike days, with no trains at all on the Coastway line after 7pm.
Ama Boateng, a nurse who commutes from Halsey to the city, said she would have to take unpaid leave. ``⟦d:c|I can't work from home. You can't put a cannula in over a video call,⟧'' she said.
Transport Secretary Lionel Graves called the walkout ``⟦p:d|unjustified⟧'' and said ministers would not intervene in ``⟦p:d|what is a matter for the company and its staff⟧''.

### 007
@a Hannah Lindqvist | a forecaster at the office
@b National Weather Office | -
@c Bryn Maddox | -
@d Gwen Maddox | -
@e - | A spokesperson for Coastline Power
Amber warnings for wind and rain are in force across the west from midnight as Storm Idris approaches, with gusts of up to 80mph forecast on exposed coasts.
The National Weather Office said there was "⟦p:b|a good chance⟧" of power cuts and flying debris, and warned people not to travel unless necessary.
Hannah Lindqvist, a forecaster at the office, said the storm was unusual for the time of year. "⟦d:a|We do see storms like this in late February, but rarely this deep and rarely this fast,⟧" she said. "⟦d:a|The worst will come through between 3am and 9am.⟧"
She added: "⟦d:a|If you have garden furniture out, bring it in tonight. Not tomorrow.⟧"
Rivers in the Ferin valley are already high after a wet January. Bryn Maddox, who farms 200 acres near Llanfeth with his wife, Gwen, spent Saturday moving ewes to higher ground.
"⟦d:c|We lost forty sheep in the floods two years ago. I am not doing that again,⟧" he said.
"⟦d:d|He has not slept properly since Thursday,⟧" said Gwen Maddox. "⟦d:d|Neither have I.⟧"
A spokesperson for Coastline Power said 300 engineers were on standby. "⟦d:e|We will restore supplies as quickly and safely as we can,⟧" they said.

### 008
@a Marisol Quintero | Pop singer
@b Starfall Live | Her promoter
@c Kayleigh Moss | -
Pop singer Marisol Quintero has cancelled the last eight dates of her European tour, citing exhaustion, days after she was seen being helped from the stage in Lisbourne.
In a post to her 14 million followers, the 29-year-old wrote: “⟦d:a|I have given everything I have to these shows and right now I have nothing left. I am so sorry.⟧”
“⟦d:a|To everyone who bought a ticket, travelled, booked a hotel: I see you, and I will make it up to you,⟧” she added.
Her promoter, Starfall Live, said all tickets would be refunded automatically. “⟦d:b|Marisol's health comes first, second and third,⟧” the promoter said in a statement.
Her single “⟦s:-|Glass Houses⟧” spent seven weeks at number one last summer, and the tour, named after her third album, “⟦s:-|The Weight of Light⟧”, had sold more than 600,000 tickets.
Kayleigh Moss, 19, had travelled from Dunmere for the show in Castellon that was called off on Saturday morning. “⟦d:c|I'm gutted, obviously, but I'd rather she got better,⟧” she said. “⟦d:c|We've all seen the videos. She looked awful.⟧”
Quintero said she would return to the stage “⟦p:a|when I'm ready, and not a day before⟧”.

### 009
@a Gary Holcombe | Ashbury Town manager
@b Kofi Mensah-Darko | the 22-year-old
@c Mattias Lund | Harbour City head coach
Ashbury Town 3 Harbour City 1
Kofi Mensah-Darko scored twice as Ashbury Town came from behind to beat Harbour City and climb to fourth in the First Division.
Harbour City led through Eli Ronan's 12th-minute header, but Mensah-Darko equalised before the break and added a second with a curling shot from the edge of the area on 58 minutes. Substitute Callum Brice sealed it in stoppage time.
"⟦d:a|At half-time I told them to stop admiring the opposition and start playing,⟧" said Ashbury Town manager Gary Holcombe. "⟦d:a|The second half was as good as we've been all season.⟧"
Holcombe was full of praise for Mensah-Darko, who has now scored nine goals in his last eight games.
"⟦d:a|He's a nightmare to play against. I'm glad I only have to coach him,⟧" he said.
"⟦d:b|The gaffer keeps telling me to shoot more, so I shot more,⟧" the 22-year-old said with a grin. "⟦d:b|The second one I just hit and hoped.⟧"
Harbour City head coach Mattias Lund said his side had "⟦p:c|stopped doing the basics⟧" after the equaliser. "⟦d:c|We gave them two cheap goals. At this level you get punished,⟧" he said.
Attendance: 18,240.

### 010
@a Élodie Marchetti | the world No 14
@b Britta Holm | a 20-year-old qualifier from Denmark
@c Yannick Berthier | Marchetti's coach
Élodie Marchetti, the world No 14, reached the semi-finals of the Ostvale Open on Friday with a 6-4, 3-6, 7-5 win over Britta Holm, a 20-year-old qualifier from Denmark, in a match lasting almost three hours.
Marchetti saved two match points at 4-5 in the deciding set before breaking for the match with a forehand winner down the line.
Speaking to French television afterwards, Marchetti said: «⟦d:a|J'ai eu de la chance, vraiment. Elle méritait de gagner autant que moi.⟧» («⟦d:a|I was lucky, really. She deserved to win as much as I did.⟧»)
In English, she added: «⟦d:a|At 4-5 I just told myself, ‘Make her play one more ball.’ That's all.⟧»
Holm said she had «⟦p:b|no regrets⟧». «⟦d:b|I had my chances. I'll remember this week for a long time,⟧» the Dane said.
Marchetti's coach, Yannick Berthier, said she had been playing with strapping on her right wrist since Tuesday. «⟦d:c|She hasn't hit a full serve in practice all week, so this is huge,⟧» he told reporters.
Marchetti will face the top seed, Wiktoria Zając, on Saturday.

### 011
@a Dana Whitlock | Detective Chief Inspector
@b - | A neighbour who did not want to be named
@c Marcus Ferreira-Lyle | -
@d Brackenhurst Police | -
Police have launched a murder investigation after a 44-year-old man was found with stab wounds in a flat in Brackenhurst town centre in the early hours of Sunday.
Officers were called to Wellgate Court shortly after 2.30am. The man, who has not been named, died at the scene. A 31-year-old woman and a 35-year-old man have been arrested on suspicion of murder and remain in custody.
Detective Chief Inspector Dana Whitlock, who is leading the inquiry, said the victim and the suspects were known to one another. “⟦d:a|We do not believe there is any wider risk to the public,⟧” she said.
“⟦d:a|I would still ask anyone who was in the Wellgate area between midnight and 3am, and who saw or heard anything, to come forward. However small it seems, it may matter.⟧”
A neighbour who did not want to be named said she had heard “⟦p:b|shouting and banging⟧” at about 1am. “⟦d:b|It goes on a lot in that block. You stop noticing, which is terrible,⟧” she said.
Marcus Ferreira-Lyle, who runs the newsagent opposite, said the street had been cordoned off when he arrived to open up at 5am. “⟦d:c|There were six or seven police cars. I've been here twenty years and never seen that,⟧” he said.
Brackenhurst Police said in a statement that the man's family had been informed and were “⟦p:d|being supported by specially trained officers⟧”. A post-mortem examination will take place on Monday.

### 012
@a Tobias Crane | Prime Minister
@b - | one reporter
@c Amelia Dorsey-Kent | the Green Coalition's parliamentary leader
@d - | a senior government source
Prime Minister Tobias Crane said on Monday that he had "⟦p:a|full confidence⟧" in his housing minister, Lorna Adebayo, despite reports that she claimed more than £18,000 in expenses for a second home she was renting out.
The questions kept coming at a news conference in Downford called to launch a new apprenticeship scheme.
"⟦d:b|Prime Minister, would you sack a nurse who did this?⟧" one reporter asked.
"⟦d:a|I am not going to get into hypotheticals,⟧" Crane replied. "⟦d:a|The minister has referred herself to the standards commissioner. That is the right thing to do, and I will wait for the outcome.⟧"
Pressed again, he said: "⟦d:a|You have asked me the same question four times. You are going to get the same answer four times.⟧"
Adebayo, who has not commented publicly, is expected to make a statement to parliament on Wednesday.
Amelia Dorsey-Kent, the Green Coalition's parliamentary leader, said: "⟦d:c|If the prime minister had any standards of his own, he would not need a commissioner to tell him what to do.⟧"
Privately, some in government are less patient. "⟦d:d|She has until Wednesday. After that, it is out of our hands,⟧" a senior government source said.

### 013
@a Imran Qadir | a professor of epidemiology at the University of Calder who led the study
@b Ngozi Eze | a cardiologist at Westfield General Hospital who was not involved in the research
@c - | A spokeswoman for the trust
People who walk for at least 30 minutes a day after the age of 60 are a third less likely to be admitted to hospital with heart failure, according to a large study published on Wednesday.
Researchers followed 41,000 adults for an average of nine years. Those who walked briskly on most days had a 34% lower rate of heart failure admissions than those who rarely walked, even after accounting for weight, smoking and income.
``⟦d:a|The message is very simple: it is never too late to start,⟧'' said Prof. Imran Qadir OBE, a professor of epidemiology at the University of Calder who led the study.
``⟦d:a|You don't need a gym membership. You need a pair of shoes and a reason to leave the house,⟧'' he said.
Dr Ngozi Eze, a cardiologist at Westfield General Hospital who was not involved in the research, said the findings were ``⟦p:b|encouraging but not conclusive⟧''.
``⟦d:b|People who walk a lot may be healthier in ways the study cannot measure,⟧'' she cautioned. ``⟦d:b|That doesn't mean walking isn't good for you. It almost certainly is.⟧''
According to the Calder Heart Trust, about 900,000 people in the country live with heart failure. A spokeswoman for the trust said the study was ``⟦p:c|another reason to get moving⟧''.

### 014
@a Rowan Achebe | president of the students' union
@b Philippa Gorse | Vice-Chancellor
@c Declan Mulvey | Its branch chair
Brennick University is to cut up to 240 jobs and close its modern languages department as it tries to fill a £19m hole in its budget, staff were told on Tuesday.
In an email to all staff, Vice-Chancellor Philippa Gorse wrote that the university faced “⟦p:b|the most serious financial position in its history⟧”.
“⟦d:b|These are decisions none of us wanted to make. I am sorry for the uncertainty this will cause,⟧” she wrote.
The Brennick branch of the Lecturers' Union said it would ballot members for strike action. Its branch chair, Declan Mulvey, called the cuts “⟦p:c|an act of vandalism⟧”. “⟦d:c|You do not fix a budget by closing the departments that make you a university,⟧” he said.
Rowan Achebe, president of the students' union, said students had found out “⟦p:a|on social media, before their lecturers did⟧”.
“⟦d:a|Final-year students are asking us whether they'll be able to finish their degrees. We don't know what to tell them,⟧” they said. “⟦d:a|That isn't good enough.⟧”
Gorse has said all affected students will be able to complete their courses.

### 015
@a Varnell Foods | the company
@b Steve Hargreaves | a forklift driver who has worked at the plant for 22 years
@c Nadia Karimi | Local MP
Varnell Foods is to close its biscuit factory in Ostbridge with the loss of 410 jobs, moving production to a newer site in the north of the country.
The company said the 90-year-old plant "⟦p:a|would require investment of more than £60m to remain viable⟧", and that closure was "⟦p:a|the only responsible option⟧".
"⟦d:a|We recognise the impact this will have on our colleagues and on the town, and we will do everything we can to support them,⟧" Varnell Foods said in a statement.
Steve Hargreaves, a forklift driver who has worked at the plant for 22 years, heard the news at a meeting in the canteen on Monday morning. His son, Tom, also works there.
"⟦d:b|They gave us fifteen minutes and a leaflet,⟧" he said. "⟦d:b|Two of us from one house. I don't know what we do now.⟧"
Local MP Nadia Karimi said she would seek an urgent meeting with the company. "⟦d:c|Varnell has been part of Ostbridge for longer than anybody alive. It cannot just walk away,⟧" she said.
The closure is expected to take place in phases over 18 months.

### 016
@a Lionel Ashcroft-Beale | A former finance director accused of stealing £2.3m from a housebuilder
@b Catherine Mwangi | The prosecutor
@c Arthur Penhaligon | Judge
A former finance director accused of stealing £2.3m from a housebuilder told a jury on Thursday that he had "⟦p:a|never taken a penny that wasn't owed⟧" to him.
Lionel Ashcroft-Beale, 58, denies 11 counts of fraud by abuse of position while working for Pellow Homes between 2016 and 2021.
Giving evidence at Southmere Crown Court, he said the payments, made to a company registered to his sister-in-law, were for consultancy work.
The prosecutor, Catherine Mwangi KC, asked him to name a single piece of work the company had done.
"⟦d:b|Just one, Mr Ashcroft-Beale. A report. An email. Anything,⟧" she said.
"⟦d:a|It was advisory. Much of it was verbal,⟧" he replied.
"⟦d:b|Verbal advice worth two million pounds?⟧"
"⟦d:a|Over five years, yes.⟧"
Ms Mwangi then showed the jury bank statements indicating that about £400,000 of the money had been spent on a holiday villa. Asked about the villa, Ashcroft-Beale said: "⟦d:a|That was a family investment. My wife's name is on the deeds, not mine.⟧"
At the end of the day, Judge Arthur Penhaligon reminded jurors not to research the case online. "⟦d:c|You decide this case on the evidence you hear in this room and nothing else,⟧" he said.
The trial continues.

### 017
@a Lucía Ferrán Oyarzábal | the 41-year-old director
@b Inés Calvo | Its star
@c Thomas Egger | Jury president
Lucía Ferrán Oyarzábal's drama “⟦s:-|Las Horas Quietas⟧” (“⟦s:-|The Quiet Hours⟧”) won the Golden Heron at the Marenfeld Film Festival on Saturday night, the first debut feature to take the top prize in the festival's 52-year history.
Accepting the award, the 41-year-old director spoke first in Spanish: “⟦d:a|Esta película es para mi abuela, que nunca vio el mar.⟧” Then, in English: “⟦d:a|This film is for my grandmother, who never saw the sea.⟧”
The film, shot over 23 days in the hill village of Santa Olvera, follows three generations of women in a family of olive growers.
Its star, Inés Calvo, who plays a widow who refuses to sell her grove to a developer, was named best actress. “⟦d:b|Lucía wrote a woman who says no. I have waited my whole career for that,⟧” she said.
Jury president Thomas Egger described the film as “⟦p:c|patient, furious and very funny⟧”. “⟦d:c|We argued about many things this week. We did not argue about this,⟧” he said.
Ferrán Oyarzábal, who paid for part of the shoot by selling her flat, told reporters afterwards that she had not expected to win. “⟦d:a|I had my speech on my phone, but the phone was dead. So you got the real one,⟧” she said.

### 018
@a Sione Tupou-Latu | Valemouth captain
@b Neil Cartwright | Valemouth's director of rugby
@c Owain Pardoe | His Ostbridge counterpart
Valemouth 24 Ostbridge 19
A try from replacement hooker Josh Amadi with two minutes left gave Valemouth a fifth straight win and kept them top of the Western League.
Ostbridge had led 19-17 going into the final ten minutes after two tries from wing Marcus Delaney, but were reduced to 14 men when flanker Rhys Lowden was sin-binned for a high tackle.
Valemouth captain Sione Tupou-Latu said his side had "⟦p:a|found a way⟧" despite playing poorly for long periods.
"⟦d:a|We weren't great. But good teams win when they're not great,⟧" he said. "⟦d:a|Josh has been waiting all season for a moment like that.⟧"
Valemouth's director of rugby, Neil Cartwright, was less forgiving. "⟦d:b|We gave away 14 penalties. Fourteen. You can't do that against a side like Ostbridge and expect to be bailed out every week,⟧" he said.
His Ostbridge counterpart, Owain Pardoe, refused to blame the referee for the yellow card. "⟦d:c|It was a high tackle. Rhys knows it, I know it,⟧" he said. "⟦d:c|What hurts is that we had the game won and gave it back.⟧"
Pardoe said Delaney would have a scan on a knee injury on Monday.

### 019
@a Norvane Air | the airline
@b Joanna Kilbride | -
@c Mei Lin Tan | a student travelling home for the holidays
@d Graeme Ostler | an aviation analyst at Skyline Insight
@e Port Ardley Airport | -
Tens of thousands of passengers faced delays and cancellations at Port Ardley Airport on Friday after a failure in Norvane Air's check-in and booking systems grounded flights for most of the morning.
The airline said the problem was caused by “⟦p:a|a technical fault with a third-party supplier⟧” and was “⟦p:a|not the result of a cyber attack⟧”. By mid-afternoon, 112 flights had been cancelled.
“⟦d:a|We are truly sorry for the disruption to our customers' plans,⟧” Norvane Air said. “⟦d:a|Anyone whose flight has been cancelled can rebook free of charge or claim a full refund.⟧”
Port Ardley Airport said its own systems were unaffected but advised passengers to “⟦p:e|check with their airline before travelling⟧”.
Joanna Kilbride, 34, had been due to fly to a wedding in Sarnow with her partner and their two-year-old daughter. They spent six hours in the departures hall before being told their flight had been cancelled.
“⟦d:b|Nobody told us anything. We found out from a man who'd read it on his phone,⟧” she said.
Mei Lin Tan, a student travelling home for the holidays, was sitting on her suitcase by gate 14. “⟦d:c|I've had two sandwiches and a coffee and they gave me a voucher for seven pounds,⟧” she said, laughing. “⟦d:c|Seven pounds. In this airport.⟧”
Ms Kilbride, standing nearby, shook her head. “⟦d:b|We'll try again tomorrow. What else can you do?⟧”
According to Graeme Ostler, an aviation analyst at Skyline Insight, such failures are becoming more common as airlines rely on fewer suppliers. “⟦d:d|The whole industry is running on a handful of systems. When one of them sneezes, everyone catches a cold,⟧” he said.

### 020
@a Ridgeway Water | the company
@b Anita Sorensen | Ridgeway Water's director of operations
@c Hugo Fairbairn | a retired engineer who grows vegetables on an allotment in Milbury
@d - | A spokesman for the Waterways Agency
A hosepipe ban will come into force for 1.4 million households across the southern counties from Friday after the driest spring in more than 60 years, Ridgeway Water announced.
The company said reservoir levels had fallen to 58% of capacity, compared with 81% at the same point last year. ``⟦d:a|Every drop saved now is a drop we will have in August,⟧'' it said.
Ridgeway Water's director of operations, Anita Sorensen, said the ban was ``⟦p:b|a last resort⟧''. ``⟦d:b|We have put it off for as long as we responsibly could. Without rain, we simply cannot,⟧'' she said.
Asked why the company had not built new reservoirs, she said: ``⟦d:b|That is a fair question, and it is one for the whole industry, not just for us.⟧''
Customers who break the ban could face fines of up to £1,000, although the company said it would ``⟦p:a|rely on people's good sense⟧'' rather than enforcement.
Hugo Fairbairn, a retired engineer who grows vegetables on an allotment in Milbury, said he had been collecting rainwater in six butts since February. ``⟦d:c|The irony is that they lose a quarter of their water through leaks and then tell me off for watering my beans,⟧'' he said.
A spokesman for the Waterways Agency said river flows in the region were ``⟦p:d|exceptionally low⟧'' and that fish had been rescued from three streams.

### 021
@a Joseph Adeyemi-Clarke | a 38-year-old former paramedic
@b Fern Halloway | The defeated Unity candidate
@c Margaret Dunne | the returning officer
@d Patrick Sallis | Unity Party chairman
The opposition Progressive Party won the Kilbraddan West by-election in the early hours of Friday, overturning a majority of more than 9,000 in a seat the governing Unity Party had held since 1997.
"⟦d:c|I hereby declare that Joseph Adeyemi-Clarke is duly elected,⟧" the returning officer, Margaret Dunne, announced at 3.12am, to cheers from Progressive activists at Kilbraddan Leisure Centre.
Joseph Adeyemi-Clarke, a 38-year-old former paramedic, took 14,882 votes to the Unity Party's 10,041. Turnout was 41%.
"⟦d:a|People here have been taken for granted for a generation. Tonight they said: not any more,⟧" he told supporters in his victory speech.
"⟦d:a:m|I spent eleven years in the back of an ambulance in this town. I know its streets. I know what it is like to wait four hours for a bed for someone who cannot wait four minutes.⟧
"⟦d:a|That is what I am taking to parliament.⟧"
The defeated Unity candidate, Fern Halloway, congratulated him but said the result was "⟦p:b|a verdict on the last two years, not on the next two⟧".
Unity Party chairman Patrick Sallis told Radio Kilbraddan: "⟦d:d|By-elections are where voters send a message. We have received it.⟧"
Activists chanted "⟦s:-|Joe! Joe! Joe!⟧" as the new MP left the count.

### 022
@a Rachel Osei | director of public health at Castlemoor City Council
@b Bethan Lloyd-Harris | -
@c Ashok Varma | a GP in the Eastfield area
@d - | one mother
Health officials in Castlemoor have urged parents to check their children's vaccination records after 37 cases of measles were confirmed in the city in the past month, most of them in children under five.
Dr Rachel Osei, director of public health at Castlemoor City Council, said the outbreak was “⟦p:a|entirely preventable⟧”.
“⟦d:a|Measles is not a mild childhood illness. It can cause pneumonia, brain swelling and, rarely, death,⟧” she said. “⟦d:a|Two doses of the MMR vaccine give about 97% protection. It is never too late to catch up.⟧”
Uptake of the second dose in the city has fallen to 79%, well below the 95% needed to prevent outbreaks.
Bethan Lloyd-Harris, whose 11-month-old son Ioan spent five days in hospital with the disease, said she wanted other parents to know “⟦p:b|how quickly it turns⟧”.
“⟦d:b|On Monday he had a runny nose. By Wednesday he was on oxygen,⟧” she said. “⟦d:b|He was too young for his jab. He caught it from someone who wasn't.⟧”
Dr Ashok Varma, a GP in the Eastfield area, said his surgery had opened extra clinics on Saturday mornings. “⟦d:c|We had forty families through the door last weekend. That tells me people want to do the right thing,⟧” he said.
At the clinic, one mother, holding a toddler on her hip, said she had simply lost track. “⟦d:d|With three of them, you forget who's had what. This was a wake-up call,⟧” she said.

### 023
@a Priya | -
@b Callum | -
@c Heather Lomax | Headteacher
@d Amira | -
@e Soraya | Her mother
There were tears, screams and at least one cartwheel at Dunmore Park Academy on Thursday morning as students opened their A-level results.
Priya, 18, got three A*s and will study medicine at Calder in September. She opened her envelope with her eyes closed.
"⟦d:a|My mum said, 'Just look,' and I said, 'No, you look,'⟧" she said. "⟦d:a|In the end my little brother grabbed it off both of us.⟧"
Callum, who missed a year of school with glandular fever, was one grade short of his offer to study engineering but was accepted anyway. "⟦d:b|I rang them at half eight, shaking. The woman on the phone was so nice about it,⟧" he said. "⟦d:b|I think I'm still shaking.⟧"
Headteacher Heather Lomax said the school's results were its best in a decade, with 31% of grades at A or A*. "⟦d:c|These young people sat their GCSEs in a pandemic. Nobody gave them an easy ride, and look at them,⟧" she said.
Amira, 17, got a B in chemistry after being predicted a D. Her mother, Soraya, stood beside her, phone in hand, filming.
"⟦d:d|I'm not even doing chemistry at uni. I just wanted to prove Mr Hanley wrong,⟧" Amira said.
"⟦d:e|She's been like this since she was three,⟧" her mother said. "⟦d:e|Stubborn. Just like her father.⟧"

### 024
@a Martina Holub | senior economist at Lindqvist Bank
@b Jonathan Vickery | director of Vickery Property in Brennick
@c Ellie Chowdhury | -
@d Sam Whitfield | her partner
Average house prices fell for a third consecutive month in January, dropping 0.8% to £281,400, according to the National Statistics Office.
Prices are now 4.1% lower than their peak in August, although they remain about 15% higher than before the pandemic.
Martina Holub, senior economist at Lindqvist Bank, said the market was “⟦p:a|adjusting rather than crashing⟧”. “⟦d:a|With mortgage rates where they are, buyers simply cannot pay what they paid two years ago,⟧” she said.
Jonathan Vickery, director of Vickery Property in Brennick, said sellers were starting to accept lower offers. “⟦d:b|A year ago I'd have twelve viewings on a three-bed semi in a weekend. Now I'm happy with four,⟧” he said.
For first-time buyers, the fall is welcome. Ellie Chowdhury, 29, and her partner, Sam Whitfield, 31, completed on a two-bedroom flat in Ostbridge last week after saving for six years.
“⟦d:c|We'd basically given up. Then the price came down twenty grand and we thought, right, now or never,⟧” Chowdhury said.
Whitfield was more cautious. “⟦d:d|Our mortgage payment is still more than my mum's was on a four-bed house. So it's not exactly cheap,⟧” he said.

### 025
@a Kate Bramwell | Inspector
@b - | the family
@c Martin Tregear | Her father
@d Alun Penrose | -
A 16-year-old girl missing for four days has been found safe and well in a holiday chalet near Porthkennack, police said on Tuesday.
Lowenna Tregear was last seen leaving her home in Trelissick Road, Penwartha, on Friday evening. Her disappearance prompted a large search involving coastguard teams, a police helicopter and more than 200 volunteers.
Inspector Kate Bramwell said Lowenna had been found by a member of the public shortly after 9am and taken to hospital "⟦p:a|as a precaution⟧". "⟦d:a|There is nothing to suggest anyone else was involved,⟧" she said.
"⟦d:a|I want to thank everybody who gave up their weekend to look for her. The response from this community has been extraordinary.⟧"
In a statement, the family said they were "⟦p:b|overwhelmed with relief⟧". "⟦d:b|Lowenna is safe and that is all that matters. We now ask for privacy while she recovers,⟧" the statement said.
Her father, Martin Tregear, spoke briefly to reporters outside the house. "⟦d:c|She's home. That's it. That's all I've got,⟧" he said, before going back inside.
Alun Penrose, who coordinated the volunteer search from the village hall, said people had cried when the news came through. "⟦d:d|Grown men, fishermen, sobbing into their tea. I've never seen anything like it,⟧" he said.

### 026
@a Dominic Ashworth | the 57-year-old
@b Meridian TV | the broadcaster
@c Kirsty Nakamura-Bell | His co-host of nine years
@d - | One crew member
Dominic Ashworth, who has presented Meridian TV's breakfast programme "⟦s:-|The Daybreak Sofa⟧" for 14 years, is to leave the show in the summer, the broadcaster announced on Monday.
In a message to viewers at the end of Monday's programme, the 57-year-old said: "⟦d:a|Fourteen years of 4am alarms is enough for anyone. It's time to let someone else have the best job in television.⟧"
He denied reports that he had been pushed out after a row with executives. "⟦d:a|Nobody pushed anybody. I promise you, I jumped,⟧" he said, laughing.
Meridian TV said Ashworth had been "⟦p:b|the heart of our mornings⟧" and that a replacement would be announced "⟦p:b|in due course⟧".
His co-host of nine years, Kirsty Nakamura-Bell, appeared close to tears as she paid tribute. "⟦d:c|He taught me everything, including how to read an autocue while someone is waving at you from behind the camera,⟧" she said.
"⟦d:c|I'm going to miss him terribly. I won't miss his jokes.⟧"
One crew member, who asked not to be named, told this newspaper the atmosphere behind the scenes had been "⟦p:d|strained for months⟧". "⟦d:d|Everyone loves Dom. But everyone also knew this was coming,⟧" they said.

### 027
@a Tesfaye Alemu Gebre | the 24-year-old Ethiopian
@b Joyce Wambui Karanja | the two-time champion
@c Hal Petersen | Race director
@d Deborah Fenwick-Ross | -
Tesfaye Alemu Gebre won the Port Ardley Marathon in a course record of 2hr 5min 41sec on Sunday, pulling clear of a leading group of five in the final four miles.
Speaking through an interpreter, the 24-year-old Ethiopian said he had been unsure he would even start after a stomach upset on Friday. “⟦d:a|I ate only rice for two days. My coach said, ‘Just run and see.’ So I ran, and I saw,⟧” he said.
Joyce Wambui Karanja, the two-time champion, won the women's race for a third time in 2hr 21min 09sec, despite losing a shoe at a drinks station near the 20-mile mark.
“⟦d:b|I stopped, I put it back on, I ran. What else can you do?⟧” she said. “⟦d:b|Next year I will tie a double knot.⟧”
Race director Hal Petersen said a record 31,500 runners had finished. “⟦d:c|The weather was kind, the crowds were unbelievable, and nobody got lost, which is a first,⟧” he joked.
Among them was Deborah Fenwick-Ross, 71, who completed the course in just under six hours dressed as the Ardley Head lighthouse to raise money for the lifeboat station. “⟦d:d|The lamp on top weighed a ton by mile 15,⟧” she admitted. “⟦d:d|But people kept shouting ‘Go on, lighthouse!’ so I couldn't very well stop.⟧”

### 028
@a Regional Roads Authority | the authority
@b Mervyn Chalk | -
@c Deepa Rajan | leader of Westbury Council
@d Paul Okwu | Senior engineer
The Tallow Bridge, which carries 22,000 vehicles a day across the River Ashe, will close to all traffic for at least six months after inspectors found corrosion in its main steel supports.
The Regional Roads Authority said the decision had been taken "⟦p:a|purely on safety grounds⟧". "⟦d:a|We appreciate the closure will cause significant disruption, but we cannot take risks with public safety,⟧" the authority said.
Senior engineer Paul Okwu, who led the inspection, said the damage was worse than expected. "⟦d:d|Some of the bearings have lost about a third of their original thickness. That's not something you can leave,⟧" he told a briefing in Westbury.
Drivers face a diversion of up to 14 miles via the Ashe Valley bypass. Pedestrians and cyclists will be able to cross on a temporary walkway from April.
Mervyn Chalk, who owns the Bridge Café on the Westbury side, said he expected to lose half his trade. "⟦d:b|Half my customers are lorry drivers. They're not going to drive fourteen miles for a bacon roll, are they?⟧" he said.
Cllr Deepa Rajan, leader of Westbury Council, said the town had been warned about the state of the bridge "⟦p:c|for at least a decade⟧". "⟦d:c|This is what happens when maintenance is put off year after year,⟧" she said. "⟦d:c|The people of Westbury will now pay the price.⟧"

### 029
@a Laura Pennington | the committee's ranking member
@b Marcus Heldt | chief executive of Aldrane Pharmaceuticals
@c Raymond Ocampo | the chairman
@d Aldrane Pharmaceuticals | -
ALDERPORT — The head of one of the country's largest drugmakers faced four hours of hostile questioning in the Senate on Tuesday over the price of a diabetes drug that costs some patients up to $900 a month.
Marcus Heldt, chief executive of Aldrane Pharmaceuticals, told the Senate health committee that the company had spent “⟦p:b|billions⟧” developing the drug, Glucavia, and that most patients paid far less than the list price.
“⟦d:b|The list price is not what most patients pay,⟧” he said in his opening statement. “⟦d:b|We have programs that bring the cost down to $35 a month for anyone who needs it.⟧”
Sen. Laura Pennington, the committee's ranking member, held up a letter from a constituent. “⟦d:a|This woman is 67. She splits her pills in half. Did your program help her, Mr. Heldt?⟧” she asked.
“⟦d:b|I'd be happy to look into her case, senator.⟧”
“⟦d:a|I'm not asking you to look into her case. I'm asking why she has to ration her medicine.⟧”
Sen. Raymond Ocampo, who chairs the committee, said he would introduce legislation capping out-of-pocket costs. “⟦d:c|We have asked nicely for ten years,⟧” the chairman said. “⟦d:c|Asking nicely is over.⟧”
In a statement after the hearing, Aldrane Pharmaceuticals said it “⟦p:d|looks forward to working with the committee⟧” on “⟦p:d|sensible reforms⟧”.

### 030
@a Bernard Quayle | the stage and screen actor
@b Olivia Stanton | his co-star for six series
@c Royal Crescent Theatre | the theatre
@d Anjali Deshmukh | The director
@e Felix Quayle | His son
Sir Bernard Quayle, the stage and screen actor, has died at the age of 88. He was best known to television audiences as the irascible Inspector Thorne in the detective series ``⟦s:-|Thorne⟧'', which ran for 17 years.
His son, Felix Quayle, said in a statement that his father had died ``⟦p:e|peacefully, with a crossword half finished on his lap⟧''. ``⟦d:e|He would want you to know that he was winning,⟧'' he said.
Quayle spent more than 60 years on stage, making his debut at the Royal Crescent Theatre in 1958. He once told an interviewer that he had ``⟦p:a|never once⟧'' felt comfortable in front of a camera. ``⟦d:a|The stage is a conversation. Television is a confession to a machine,⟧'' he said in 2015.
Dame Olivia Stanton, his co-star for six series, wrote on social media: ``⟦d:b|Bernard was kind, filthy-minded and the best listener I ever worked with. I shall miss him every day.⟧''
The Royal Crescent Theatre said its lights would be dimmed on Thursday evening in his honour. ``⟦d:c|He was part of this building's soul,⟧'' the theatre said.
The director Anjali Deshmukh, who cast him as King Lear in 2009 when he was 74, remembered a man ``⟦p:d|terrified before every performance and magnificent in every one⟧''. ``⟦d:d|He used to be sick in a bucket in the wings and then go out and break your heart,⟧'' she said.
He is survived by Felix and two granddaughters. His wife, the costume designer Ruth Aske, died in 2019.

### 031
@a Harriet Okonkwo-Bell | the 46-year-old novelist
@b Martin Ebdon | The chair of judges
@c Grace | My mother
Harriet Okonkwo-Bell's fourth novel, “⟦s:-|The Salt Road⟧”, won the £50,000 Calder Prize for Fiction on Tuesday night. The chair of judges, Professor Martin Ebdon, called it “⟦p:b|a book that will outlive all of us⟧”.
In her acceptance speech, the 46-year-old novelist said: “⟦d:a|I wrote this for everyone who has ever been told their story is too small to be worth telling.⟧”
She spoke to us the following morning. The interview has been edited for length and clarity.
Q: Where were you when you heard you'd won?
A: In the ladies', honestly. My agent was banging on the door.
Q: The book started life as a short story, didn't it?
A: It was called “⟦s:-|Ferry⟧” and it was eight pages long. It sat in a drawer for eleven years.
Q: What changed?
A: My mother died. My mother, Grace, used to say, “⟦d:c|Write the thing you're scared of.⟧” So after the funeral I opened the drawer.
Q: Is she in the book?
A: She's in every line of it. She would hate that.
“⟦s:-|The Salt Road⟧” is published by Hallam Press at £18.99.

### 032
@a Ada Okwuosa | The judge
@b Edith Mbeki-Lowe | a retired teacher who has used Holloway Green library every week for more than 40 years
@c Jim O'Rourke | chair of the Friends of Carrow Libraries
@d Carrow City Council | -
@e - | a spokesman
Carrow City Council acted unlawfully when it decided to close seven of its 12 libraries without properly consulting residents, the High Court has ruled.
The judge, Mrs Justice Ada Okwuosa, said the council's consultation had been "⟦p:a|a box-ticking exercise⟧" that gave residents "⟦p:a|no real opportunity to influence the outcome⟧".
In her written judgment, she said: "⟦d:a|A consultation whose conclusion has been reached before it begins is not a consultation at all. It is an announcement.⟧"
The case was brought by Edith Mbeki-Lowe, 81, a retired teacher who has used Holloway Green library every week for more than 40 years. "⟦d:b|I'm not a troublemaker. I just wanted them to ask us properly,⟧" she said outside court.
Jim O'Rourke, chair of the Friends of Carrow Libraries, said: "⟦d:c|Edith is eighty-one and she has just beaten the council in the High Court. I think the rest of us need a sit-down.⟧"
Carrow City Council said it was "⟦p:d|disappointed⟧" by the ruling and was considering an appeal. "⟦d:e|The council faces a budget gap of £34m and has to make difficult choices,⟧" a spokesman said.
The seven libraries will remain open while the council decides its next step.

### 033
@a Victor Antonescu | Progressive candidate
@b Hamish Dalgleish | the Unity Party candidate
@c Gareth Lowe | a former bus driver standing as an independent
@d Sunita Rao | The moderator
The three leading candidates to become mayor of Castlemoor clashed over housing, buses and a proposed congestion charge in their only televised debate on Wednesday night.
Progressive candidate Victor Antonescu said the city needed "⟦p:a|at least 3,000 genuinely affordable homes a year⟧" and promised to build them on council-owned land.
"⟦d:b|He says that every election. Where's the money coming from, Victor?⟧" interrupted Hamish Dalgleish, the Unity Party candidate.
"⟦d:a|From the developers who've been sitting on planning permissions for a decade,⟧" Antonescu shot back.
Gareth Lowe, a former bus driver standing as an independent, said the other two were "⟦p:c|arguing about houses nobody will be able to get to⟧". "⟦d:c|I drove the 42 for nineteen years. Half the time it didn't turn up, and I was the one driving it,⟧" he said, to laughter from the studio audience.
The moderator, Sunita Rao, asked each candidate whether he would introduce a congestion charge.
"⟦d:d|Yes or no, Mr Dalgleish?⟧"
"⟦d:b|Not in my first term,⟧" he said.
"⟦d:a|No,⟧" said Antonescu.
Lowe paused. "⟦d:c|Maybe. Ask me after I've fixed the buses.⟧"
The election takes place on 2 May.

### 034
@a Kwame Asante-Boateng | Its co-chair
@b Simon Fairley | Health Secretary
@c Wendy Ashe | chief executive of the charity Patients' Voice
@d Hana Sato | a second-year resident at Westfield General
@e - | one senior hospital manager
Resident doctors in hospitals across the country began a five-day strike at 7am on Monday, the fourth walkout this year in a long-running dispute over pay.
The Hospital Doctors' Union says pay for resident doctors has fallen by more than a fifth in real terms since 2010. Its co-chair, Dr Kwame Asante-Boateng, said: “⟦d:a|Nobody goes into medicine for the money. But nobody should have to leave it because of the money either.⟧”
Health Secretary Simon Fairley said the union's demand for a 29% rise was “⟦p:b|simply unaffordable⟧”. “⟦d:b|My door remains open, but I will not negotiate with a gun to my head,⟧” he said.
Outside Westfield General Hospital, a few dozen doctors stood behind placards reading “⟦s:-|Pay Restoration Now⟧” and “⟦s:-|Doctors Deserve Better⟧”.
Dr Hana Sato, 28, a second-year resident at Westfield General, said she was working 60-hour weeks and still had £70,000 of student debt. “⟦d:d|My friends from school who went into banking have just bought houses. I have a cat and a rota,⟧” she said.
According to one senior hospital manager, about 4,000 operations and appointments have been postponed in the region alone. “⟦d:e|We are cancelling hip replacements for people who have already waited two years. It's heartbreaking,⟧” the manager said.
Wendy Ashe, chief executive of the charity Patients' Voice, urged both sides to “⟦p:c|get back in a room and stay there⟧”.

### 035
@a Pennyworth Stores | the country's third-largest supermarket chain
@b Caroline Devereux-Shaw | Chief executive
@c J.R. Whitcombe | an analyst at Calder Securities
@d - | one shopper
Pennyworth Stores, the country's third-largest supermarket chain, reported a 12% rise in annual profits on Wednesday, to £1.1bn, and said food price inflation was "⟦p:a|finally easing⟧".
"⟦d:a|We have invested more in lower prices this year than at any time in our history,⟧" the company said in its results statement.
Chief executive Caroline Devereux-Shaw said the company had cut prices on more than 1,500 products since the autumn. "⟦d:b|Customers have had a brutal two years. We want them to notice the difference at the till, not just read about it,⟧" she said.
Asked whether a billion-pound profit was appropriate when many households were struggling, she said: "⟦d:b|We make about three pence on every pound. I don't think that's profiteering.⟧"
J.R. Whitcombe, an analyst at Calder Securities, said the results were "⟦p:c|solid rather than spectacular⟧". "⟦d:c|The price cuts are real, but so is the margin pressure. The next twelve months will be harder,⟧" he wrote.
Shares in Pennyworth rose 3.2%.
At one of the chain's stores in central Ostbridge, one shopper was unimpressed. "⟦d:d|A billion pounds? And they still charge me two quid for a cucumber,⟧" she said.

### 036
@a Kirkmoor County Council | the council
@b Graham Nuttall | headteacher of Lowfell Primary
@c Rebecca Akhtar | -
@d Dave Prentice | -
@e Sian Llewellyn | a meteorologist at the National Weather Office
More than 200 schools across Kirkmoor were closed on Tuesday after up to 25cm of snow fell overnight, with drivers stranded for hours on the A871 over Blackfell Pass.
Kirkmoor County Council said its 38 gritters had been out since 4pm on Monday. “⟦d:a|Please only travel if your journey is absolutely essential,⟧” the council posted on its social media accounts. “⟦d:a|Main routes are passable with care. Side roads are not.⟧”
Dave Prentice, who has driven a gritter for the council for 23 years, had been on the road for 14 hours when he stopped for a bacon sandwich in Lowfell. “⟦d:d|It's coming down faster than we can clear it. You grit a road, turn round, and it's white again,⟧” he said.
Graham Nuttall, headteacher of Lowfell Primary, said closing had been “⟦p:b|an easy call⟧”. “⟦d:b|Half my staff live over the tops. I wasn't going to have them risking their lives to open a building,⟧” he said.
On the hill behind the school, Rebecca Akhtar was pulling her two children on a plastic sledge. “⟦d:c|They've been praying for this since November. I've got a deadline, mind, so I'll be working till midnight,⟧” she said.
Sian Llewellyn, a meteorologist at the National Weather Office, said more snow was expected on Wednesday, followed by freezing fog. “⟦d:e|The thaw, when it comes, will bring its own problems with flooding,⟧” she warned.

### 037
@a Lotte van der Welle | Festival director
@b Jonah Mabry | The Hollow Pines' frontman
@c Peter Haslam | -
The Hollow Pines will headline the Ashdown Fields festival in July, organisers announced on Tuesday, in the band's first live shows since they split six years ago.
Festival director Lotte van der Welle said securing the reunion had taken "⟦p:a|eighteen months, four lawyers and a lot of tea⟧". "⟦d:a|I asked them in a pub in 2023 and they laughed at me,⟧" she said. "⟦d:a|So I kept asking.⟧"
The Hollow Pines' frontman, Jonah Mabry, confirmed the news in a video posted on the band's channels. "⟦d:b|We never said never. We just said not now,⟧" he said. "⟦d:b|Now is now.⟧"
The band's 2011 album "⟦s:-|Paper Lanterns⟧" sold more than two million copies, and its single "⟦s:-|Northbound⟧" became an unofficial anthem of the festival's early years.
Van der Welle said capacity would rise to 60,000, from 45,000 last year. Not everyone is pleased. Peter Haslam, who chairs the Ashdown Residents' Association, said the village was "⟦p:c|already at breaking point⟧" on festival weekend. "⟦d:c|Last year someone was sleeping in my hedge. Not near it. In it,⟧" he said.
Van der Welle said organisers would pay for extra shuttle buses and toilets. "⟦d:a|We're guests in this village, and we know it,⟧" she said.

### 038
@a Ravi Sandhu | Northshire captain
@b Tom Ellingworth | the 34-year-old
@c Alastair Mackie | Their coach
Northshire beat Eastmere by an innings and 38 runs inside three days at Carrow Park to go top of the Division One table.
Tom Ellingworth took six for 41 as Eastmere were bowled out for 167 in their second innings shortly after lunch on Friday.
"⟦d:b|The ball was doing a bit off the seam and I just tried to hit the same spot all day,⟧" said Ellingworth, who has now taken 31 wickets this season. "⟦d:b|It's not glamorous.⟧"
"⟦d:b|I'm 34. I've got nothing left to prove, so I might as well enjoy it,⟧" the 34-year-old added.
Northshire captain Ravi Sandhu, whose century on the first day set up the win, said: "⟦d:a|Tom is the best bowler in the country that nobody talks about. That's fine with us. We'll keep him.⟧"
Eastmere, who have now lost three matches in a row, dropped to seventh. Their coach, Alastair Mackie, said the batting had been "⟦p:c|nowhere near good enough⟧". "⟦d:c|We're making the same mistakes every week. At some point that stops being bad luck,⟧" he said.

### 039
@a Chloe Marston | an inspector with the Animal Welfare League
@b Fergus Kane | District Judge
@c Wendy Palin | -
@d Anil Dhawan | Brough's solicitor
A man who kept 23 dogs in a disused barn without adequate food or water has been banned from keeping animals for life.
Kenneth Brough, 63, of Little Harlow, pleaded guilty at Westbury Magistrates' Court to six animal welfare offences.
District Judge Fergus Kane told him: “⟦d:b|These animals were living in their own filth, in the dark, in the cold. You knew it, and you did nothing.⟧”
Brough was given a 16-week prison sentence suspended for two years and ordered to pay £2,400 in costs. Brough's solicitor, Anil Dhawan, said his client had “⟦p:d|let things slide very badly⟧” after the death of his wife.
Chloe Marston, an inspector with the Animal Welfare League, said the conditions were “⟦p:a|among the worst I have seen in twelve years⟧”.
“⟦d:a|When we opened the door, the smell knocked us back. Some of the dogs had never seen daylight,⟧” she said.
Twenty-one of the dogs survived and have since been rehomed. One of them, a lurcher now called Biscuit, lives with Wendy Palin and her husband in Kelmscott.
“⟦d:c|When she came to us she flinched every time you lifted your hand. Now she sleeps on my side of the bed,⟧” Mrs Palin said. “⟦d:c|My husband's not thrilled about that.⟧”

### 040
@a Schools Inspectorate | -
@b Marcus Obi | The school's headteacher
@c Sandra Keel | chief executive of the Harbour Learning Trust
@d - | One parent
A secondary school in Port Ardley that was rated inadequate two years ago has been judged good in every category following a new inspection.
In its report, published on Monday, the Schools Inspectorate said Harbourside Academy had been ``⟦p:a|transformed⟧'' and that pupils now behaved ``⟦p:a|with maturity and courtesy⟧''.
``⟦d:a|Leaders have high expectations of every pupil and make sure that no one is left behind,⟧'' it said.
The school's headteacher, Marcus Obi, who arrived in September 2022, said he had read the report ``⟦p:b|about fifteen times⟧''. ``⟦d:b|The first thing I did was ring my mum. The second thing I did was buy doughnuts for the staffroom,⟧'' he said.
``⟦d:b|This belongs to the teachers and the kids. I just turned up.⟧''
Sandra Keel, chief executive of the Harbour Learning Trust, which runs the school, said: ``⟦d:c|When Marcus started, a third of lessons were being lost to disruption. What he and his team have done is remarkable.⟧''
One parent, whose son is in Year 9, said the change was visible from the school gate. ``⟦d:d|Two years ago you'd see kids fighting at the bus stop. Now they queue,⟧'' she said.

### 041
@a Femi Adeyinka | a spokesman for the Ostbridge Cycle Campaign
@b Julie Marchant | -
@c Owen Llewellyn-Price | the council's transport lead
@d Keith | One protester
About 300 people marched through Ostbridge on Saturday to protest against a new cycle lane on Queen Street that has removed 46 parking spaces.
Protesters carried placards reading "⟦s:-|Bikes Don't Buy Flowers⟧" and "⟦s:-|Give Us Our Street Back⟧", and chanted "⟦s:-|Scrap the lane!⟧" outside the town hall.
Julie Marchant, who runs a florist on Queen Street, said her takings were down 30% since the lane opened in March. "⟦d:b|My customers are elderly. They're not going to cycle in for a bouquet,⟧" she said. "⟦d:b|I've been here 26 years. I might not be here for 27.⟧"
One protester, who gave his name only as Keith, said: "⟦d:d|Nobody asked us. They just came one night and painted it.⟧"
Femi Adeyinka, a spokesman for the Ostbridge Cycle Campaign, said the lane had doubled the number of people cycling on Queen Street. "⟦d:a|Every person on a bike is one less car looking for a parking space. That's good for shops, not bad,⟧" he said.
Cllr Owen Llewellyn-Price, the council's transport lead, said a review would report in the autumn. "⟦d:c|We will look at the evidence, all of it, including footfall. If changes are needed, we'll make them,⟧" he said.

### 042
@a Katharina Vogelsang | The Valdrian trade minister
@b Amir Haddad | Business Secretary
@c Claire Northcott | director of the Exporters' Council
The Valdrian trade minister, Katharina Vogelsang, said on Thursday that a long-delayed agreement to cut tariffs on machinery and farm goods could be signed «⟦p:a|before the summer⟧», after two days of talks in the capital.
Speaking in German at a joint news conference, she said: «⟦d:a|Wir sind uns näher als je zuvor.⟧» («⟦d:a|We are closer than ever before.⟧»)
«⟦d:a|There are two or three questions left, and they are hard ones,⟧» she added in English. «⟦d:a|But they are questions, not walls.⟧»
Business Secretary Amir Haddad said the deal could be worth £2bn a year to exporters. «⟦d:b|Valdria is a natural partner. We make what they need, and they make what we need,⟧» he said.
The main sticking point remains access for dairy products. Asked whether the government would give ground, Haddad said only that «⟦p:b|everything is being discussed⟧».
Claire Northcott, director of the Exporters' Council, welcomed the progress but said businesses had «⟦p:c|heard this before⟧». «⟦d:c|We were told 'before the summer' last year as well. Forgive us if we wait for the ink,⟧» she said.

### 043
@a Aurelio Bastianelli | Celebrity chef
@b Shirin Ghorbani | the 44-year-old
@c Maeve Dunleavy | The critic
Celebrity chef Aurelio Bastianelli is to close Fiamma, the Calder restaurant that made his name, after 19 years, blaming soaring energy and ingredient costs.
In a letter to the restaurant's 42 staff, seen by this newspaper, Bastianelli wrote: “⟦d:a|I have fought for this place for three years. I have used my savings and my house. Now I have nothing left to fight with.⟧”
“⟦d:a|You have been my family. I am sorry I could not protect you,⟧” the letter continued.
All staff will be paid until the end of the month and offered jobs at his two other restaurants.
Shirin Ghorbani, who has run the dining room at Fiamma since the day it opened, said the news had not come as a surprise. “⟦d:b|The bills on his desk got thicker every month,⟧” the 44-year-old said. “⟦d:b|But knowing it's coming and hearing it are different things.⟧”
Bastianelli, who became a household name as a judge on the television show “⟦s:-|Kitchen Wars⟧”, said the restaurant would serve its last dinner on 30 June. He wanted it to be, in his words, “⟦p:a|a party, not a funeral⟧”.
The critic Maeve Dunleavy, who gave Fiamma its first five-star review in 2006, called the closure “⟦p:c|the end of an era for this city⟧”.

### 044
@a Castlemoor United | the club
@b Miroslav Hájek | Barański's agent
@c - | One source
@d Ian Prothero | Castlemoor United manager
Castlemoor United have agreed a club-record fee of £38m with Stal Varnow for the midfielder Teodor Barański, the club confirmed on Tuesday night.
The 23-year-old is expected to complete a medical on Wednesday and sign a five-year contract. "⟦d:a|Castlemoor United is delighted to confirm that an agreement has been reached in principle,⟧" the club said in a statement. "⟦d:a|A further announcement will be made in due course.⟧"
Barański's agent, Miroslav Hájek, told a sports website in his home country that his client had turned down interest from two other clubs. "⟦d:b|Teodor wanted Castlemoor from the first phone call. The project convinced him, not the money,⟧" Hájek said.
According to sources close to the deal, the fee could rise to £45m with add-ons. One source said: "⟦d:c|It's a lot of money for a player who has only had one full season at the top level. But that's the market.⟧"
Castlemoor United manager Ian Prothero, speaking before the deal was agreed, had described Barański as "⟦p:d|exactly the kind of player we need⟧". "⟦d:d|He runs all day and he never gives the ball away. I'd have him in my team tomorrow,⟧" he said.

### 045
@a Edna Marsden | -
@b Pat | Her daughter
@c Lily | Edna's great-granddaughter
@d Joanne Firth | manager of Elmfield House
Edna Marsden celebrated her 100th birthday at Elmfield House care home in Lowfell on Sunday with a cake in the shape of a tractor, a card from the mayor and a glass of sherry she described as “⟦p:a|medicinal⟧”.
Born on a farm outside Lowfell in 1925, she drove a tractor while her brothers were away at the war and did not stop until she was 81.
“⟦d:a|People ask me the secret. There isn't one. Keep busy, don't marry a fool, and if you do, don't keep him,⟧” she said.
Her daughter Pat, 74, said her mother had been “⟦p:b|running the place⟧” since she moved into Elmfield House three years ago. “⟦d:b|She's on the residents' committee. She's got opinions on the custard,⟧” Pat said.
Lily, 7, Edna's great-granddaughter, had made her a card with a drawing of a tractor on it. Asked how it felt to be 100, Edna leaned over to her and whispered loudly: “⟦d:a|Exactly the same as 99, love.⟧”
“⟦d:c|She's older than the internet,⟧” Lily announced to the room.
Joanne Firth, manager of Elmfield House, said: “⟦d:d|Edna keeps us all on our toes. We've had to hide the keys to the minibus.⟧”

### 046
@a Alison Drury | Chief Constable
@b Reginald Featherstone | a retired postman whose father's wartime medals were taken from a drawer in his bedroom in November
@c Derek Holt | His neighbour
@d Carrow Police | -
Three men have been charged over a series of 31 burglaries targeting elderly people in Carrow and the surrounding villages, police said on Thursday.
The men, aged 24, 29 and 33, were arrested in dawn raids on Wednesday and will appear before magistrates on Friday. Carrow Police said jewellery, cash and war medals worth more than £180,000 had been taken between September and January.
Chief Constable Alison Drury said the arrests followed "⟦p:a|months of painstaking work⟧" by detectives. "⟦d:a|These were cruel, calculated crimes against people who had every right to feel safe in their own homes,⟧" she said.
Among the victims was Reginald Featherstone, 89, a retired postman whose father's wartime medals were taken from a drawer in his bedroom in November. Two of the medals have since been recovered.
"⟦d:b|I cried when the detective brought them round. I'm not ashamed to say it,⟧" Mr Featherstone recalled. "⟦d:b|Dad never talked about the war. Those medals were all I had of it.⟧"
His neighbour, Derek Holt, 71, said the burglaries had changed the street. "⟦d:c|People who never locked their back doors now have cameras and chains. Reg wouldn't answer the door to me for a month,⟧" he said.
Carrow Police urged anyone who believed they may have been targeted to "⟦p:d|come forward, however long ago it happened⟧".

### 047
@a - | More than 200 family doctors
@b Niamh Ó Súilleabháin | a GP in Kilbraddan who organised the letter
@c - | A Health Department spokeswoman
@d Tariq | One of her patients
More than 200 family doctors have written to the health secretary warning that young people with mental health problems are being left “⟦p:a|to deteriorate on waiting lists until they reach crisis point⟧”.
“⟦d:a|We are seeing teenagers who have self-harmed being told to wait eighteen months for an assessment. We would not accept this for a broken leg,⟧” the letter says.
Dr Niamh Ó Súilleabháin, a GP in Kilbraddan who organised the letter, said she had been “⟦p:b|overwhelmed⟧” by the response from colleagues. “⟦d:b|I sent it to thirty people I trained with. Within a week it had two hundred signatures,⟧” she said.
“⟦d:b|Every one of us has a story about a young person we couldn't get help for. Some of us have more than one.⟧”
One of her patients, Tariq, 19, who asked that his surname not be used, waited 14 months to see a specialist after telling Dr Ó Súilleabháin he was having suicidal thoughts. “⟦d:d|She was the only person who believed me. Everyone else just gave me a leaflet,⟧” he said.
A Health Department spokeswoman said an extra £150m had been allocated to children's mental health services this year. “⟦d:c|We know there is more to do, and we are determined to do it,⟧” she said.

### 048
@a Siobhán Ní Mhurchú | the union's regional organiser
@b Ardmore Port Company | the company
@c Pádraig Ó Briain | the haulier
Dock workers at Ardmore Port will begin an indefinite strike on Monday, threatening disruption to a third of the country's container imports.
About 900 members of the Dockers' and Transport Union voted by 87% to walk out over pay and the introduction of automated cranes.
Siobhán Ní Mhurchú, the union's regional organiser, said members were "⟦p:a|not against progress, but against being thrown on the scrapheap by it⟧". "⟦d:a|My father worked these docks. My grandfather worked these docks. They're not going to be the last generation,⟧" she said.
Ardmore Port Company said automation would "⟦p:b|secure the port's future⟧" and that no compulsory redundancies were planned. "⟦d:b|We have made a fair offer and we remain ready to talk at any time,⟧" the company said.
Pádraig Ó Briain, who runs a haulage firm with 40 lorries out of Ardmore, said he was already turning work away. "⟦d:c|If this goes on two weeks, supermarket shelves start looking thin. Three weeks, and I'm laying off drivers,⟧" the haulier said.
Ní Mhurchú said the union would "⟦p:a|stay out as long as it takes⟧". Asked how long that might be, she said: "⟦d:a|Ask the company.⟧"

### 049
@a Hilary Pugh | -
@b Gareth Pugh | Her husband
@c Association of Insurers | -
@e Ken Oduya | -
Two weeks after the River Lenn burst its banks, residents of Marlow Bridge are still pulling sodden carpets from their homes, and many say they have yet to see an insurance assessor.
Hilary Pugh, 68, has lived on Mill Lane for 41 years. The water reached the second step of her staircase. "⟦d:a|We lost everything downstairs. The photographs were the worst. You can replace a sofa,⟧" she said.
Her husband, Gareth Pugh, 70, has been sleeping in a caravan on the drive to keep an eye on the house. "⟦d:b|People have been nicking things out of the skips, if you can believe it,⟧" he said.
"⟦d:a|He won't come in even when I ask him,⟧" Mrs Pugh said. "⟦d:a|Forty-five years married and he'd rather sleep next to a dehumidifier.⟧"
There is an old saying in Marlow Bridge: "⟦d:-|When the Lenn is brown, stay out of town.⟧" Several residents repeated it to this newspaper, not entirely as a joke.
The Association of Insurers said claims from the floods were expected to exceed £90m. "⟦d:c|We understand how distressing this is. Insurers have sent extra staff into the area and are prioritising the most vulnerable customers,⟧" it said.
Ken Oduya, who chairs the Marlow Bridge Flood Group, said the promised assessors had not arrived. "⟦d:e|They've been on the telly talking about extra staff. I've not seen one of them on this lane,⟧" he said.

### 050
@a A.J. Fennimore | The playwright
@b Imelda Cruz-Hartley | the actress
@c Bea Lindgren | Her co-star
@d Leonard Ames | The Post's critic
A new play about a family of lighthouse keepers, “⟦s:-|The Last Keepers⟧”, opened at the Lyric Quay Theatre in Port Ardley on Friday to a standing ovation.
The playwright, A.J. Fennimore, who grew up in a keeper's cottage on Skerrow Island, said the play was “⟦p:a|about eighty per cent true and twenty per cent things I wish had been true⟧”.
“⟦d:a|My grandmother kept that light for eleven years after my grandfather died, and nobody ever wrote that down,⟧” Fennimore said. “⟦d:a|So I did.⟧”
Imelda Cruz-Hartley, who plays the matriarch, Agnes, said she had spent a week on Skerrow to prepare. “⟦d:b|I climbed those 163 steps every day. My calves will never forgive me,⟧” the actress said.
Her co-star, Bea Lindgren, 23, making her professional debut as Agnes's youngest daughter, said Cruz-Hartley had “⟦p:c|carried me through rehearsals⟧”. “⟦d:c|She told me on day one, ‘Stop apologising. You got the part.’ I've thought about that every day since,⟧” she said.
The Post's critic, Leonard Ames, called it “⟦p:d|the most moving new play of the year⟧”, though he found the second act “⟦p:d|twenty minutes too long⟧”.
“⟦s:-|The Last Keepers⟧” runs until 14 June.

### 051
@a Callum Reid | -
@b Luis Ángel Morales | -
@c Frank Dobbs | Promoter
Callum Reid and Luis Ángel Morales had to be separated by security at Thursday's weigh-in in Castlemoor after the two light-heavyweights went forehead to forehead on the scales.
Reid, known as ``⟦s:-|The Hammer⟧'', weighed in at 174.6lb, with Morales a fraction lighter at 174.2lb, for Saturday's fight for the vacant Continental title at the Castlemoor Arena.
``⟦d:a|He's been talking all week. On Saturday he'll be sleeping,⟧'' Reid said as he stepped off the scales.
Morales, speaking through an interpreter, was unimpressed. ``⟦d:b|Talk is cheap. I have fought better men than him in sparring,⟧'' he said.
``⟦d:a|Name one.⟧''
``⟦d:b|Your cousin.⟧''
A shout of ``⟦d:-|Get on with it!⟧'' went up from the back of the hall as the pair continued to glare at each other.
Promoter Frank Dobbs said the bad blood was genuine. ``⟦d:c|I've been in this game thirty years. You can't fake that. I'm just glad there'll be a rope between them on Saturday,⟧'' he said.
Reid is unbeaten in 19 fights; Morales has won 24 of his 26.

### 052
@a - | a person familiar with the talks
@b Mathilde Rask | the Centre Party leader
@d - | One Centre Party MP
@e Liv Enger | a spokeswoman for the Social League
Coalition talks between the Centre Party and the Social League were on the brink of collapse on Sunday night after the two sides failed to agree on tax, according to a person familiar with the talks.
"⟦d:a|It's not dead, but it's in intensive care,⟧" the person said.
Mathilde Rask, the Centre Party leader, emerged from a six-hour meeting shortly before midnight and told reporters: "⟦d:b|We have made progress on many things. Tax is not one of them.⟧"
The Centre Party wants to cut income tax for middle earners; the Social League has insisted that any cuts be paid for by a new levy on second homes. Kasper Holm-Lauritzen, the Social League's leader, left by a side door and did not speak to waiting reporters.
Later, Liv Enger, a spokeswoman for the Social League, said: "⟦d:e|Kasper is not going to sign up to tax cuts for people who own three houses. That was true on day one and it's true now.⟧"
One Centre Party MP, speaking on condition of anonymity, said Rask was under pressure from her own side to walk away. "⟦d:d|Half the group thinks she's given too much already. She knows it,⟧" the MP said.
Rask, asked whether she would consider a minority government, said: "⟦d:b|I consider everything. I rule out very little. Goodnight.⟧"
Talks are due to resume at 10am on Monday.

### 053
@a Beatrix Kaine | Roads minister
@b Dev Mistry | chief executive of RoadSafe Alliance
@c ZipGo | the largest operator
@d Olu Bankole | -
@e Margery Tate | a registered blind campaigner from Brennick
Privately owned e-scooters will be legal on public roads from next spring under plans announced by the government on Monday, with riders required to be at least 16 and to wear a helmet.
Roads minister Beatrix Kaine said the change would "⟦p:a|bring the law into line with reality⟧". "⟦d:a|There are hundreds of thousands of these things on our streets already. Pretending otherwise helps nobody,⟧" she told MPs.
Rental scooters, currently allowed in 30 trial areas, will be covered by the same rules. ZipGo, the largest operator, said it "⟦p:c|warmly welcomed⟧" the announcement.
Dev Mistry, chief executive of RoadSafe Alliance, warned that helmets alone would not prevent deaths. "⟦d:b|Eleven people died on e-scooters last year. Without speed limiters and proper enforcement, that number will go up, not down,⟧" he said.
Margery Tate, a registered blind campaigner from Brennick, said pavement riding was "⟦p:e|already out of control⟧". "⟦d:e|I've been clipped three times this year. You can't hear them coming. That's the whole problem,⟧" she said.
Olu Bankole, 26, who rides to work in Brennick every day, insisted most riders were careful. "⟦d:d|It's the same as with cyclists. A few idiots make everyone look bad,⟧" he said. "⟦d:d|I'd happily wear a helmet if it means I'm not breaking the law every morning.⟧"

### 054
@a Gwenllian Prys | Education Minister
@b Mia | -
@c Oscar | -
@d Brenda Coyle | -
@e Samuel Ng | Headteacher
@f - | The opposition
Every primary school pupil in the country will get a free hot lunch from September under a £1.2bn scheme launched on Wednesday at Brookfield Primary in Ostbridge.
Education Minister Gwenllian Prys, who ate shepherd's pie with a table of Year 4 pupils, said the policy would save families about £450 a year per child. “⟦d:a|No child can learn on an empty stomach. It really is as simple as that,⟧” she said.
Her lunch companions had their own verdicts. “⟦d:b|The pie is good but the peas are too round,⟧” said Mia, 8.
“⟦d:c|Peas are supposed to be round,⟧” said Oscar, 9.
“⟦d:b|Not this round.⟧”
Brenda Coyle, who has served lunches at Brookfield for 27 years, said she had seen children arrive “⟦p:d|with nothing in their bellies since tea-time the day before⟧”. “⟦d:d|You notice. You slip them an extra potato. Now I won't have to,⟧” she said.
Headteacher Samuel Ng said attendance had risen during a pilot of the scheme last year. “⟦d:e|Parents tell us it's the first bill they don't have to think about,⟧” he said.
The opposition said the scheme was welcome but “⟦p:f|years overdue⟧”.

### 055
@a Rhiannon Beddoes | senior coroner
@b Felix Amankwah | a forensic pathologist
@c Caroline Jessop | Ethan's mother
@d Harbour Leisure | -
A 14-year-old boy who drowned at an outdoor swimming pool in Port Ardley died after becoming trapped against an underwater drain cover that had been reported as faulty weeks earlier, an inquest has concluded.
Ethan Jessop, from Westbury, was pulled from the deep end of Port Ardley Lido on 3 August last year and died in hospital two days later.
Dr Felix Amankwah, a forensic pathologist, told the hearing that Ethan had been held underwater by "⟦p:b|considerable suction⟧" for at least three minutes. "⟦d:b|A strong swimmer of his age would have been unable to free himself,⟧" he said.
The inquest heard that a lifeguard had emailed the pool's managers on 11 July to report that the drain cover was loose. Harbour Leisure, which operates the lido, did not replace it until after Ethan's death.
Recording a narrative conclusion, senior coroner Rhiannon Beddoes said: "⟦d:a|The risk was known, it was reported, and it was not acted upon. That failure more than minimally contributed to Ethan's death.⟧"
She said she would write to the government to call for "⟦p:a|mandatory inspection of suction outlets at every public pool⟧".
Outside the court, Ethan's mother, Caroline Jessop, read a statement on behalf of the family. "⟦d:c:m|Ethan was funny, stubborn and kind. He loved swimming more than anything, and he trusted that the people in charge would keep him safe.⟧
"⟦d:c:m|They didn't. An email sat in an inbox while our son swam in that pool every day of the summer holidays.⟧
"⟦d:c|Nothing will bring him back. But no other family should ever have to stand where we are standing today.⟧"
Harbour Leisure said in a statement that it accepted the coroner's findings "⟦p:d|in full⟧". "⟦d:d|We are profoundly sorry. We have made significant changes to our procedures, and we will continue to cooperate fully with the authorities,⟧" it said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh55.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh55",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
