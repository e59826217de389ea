# ruff: noqa: E501
"""Build ``quotes_fresh33.jsonl``: a thirty-third independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The set is meant to be evaluated
once, as an honest measure on unseen text. Its focus is one day's news pages of a
general daily paper: national politics, crime and courts, health, education, economy,
transport, weather, celebrity and entertainment, and sport, written in wire-service
and regional-paper style.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh33-NNN``.

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

Decisions specific to this set (where the conventions above leave a choice):

* A speaker has one description for the whole passage: the appositive or role title
  at the introduction; failing that, the first definite description used at one of the
  speaker's cues (``the operator said``); failing that, null. An age alone (``Gwen
  Talbot, 67,``) is not a description.
* A quoted sentence introduced by ``that`` and built into the reporting sentence is
  ``partial``; a full sentence after a colon or with its own speech tag is ``direct``.
* A reporter's question has a null speaker and, where the text gives one, the
  description (``a reporter``).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh33.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh33.jsonl")

PASSAGES = """
### 001
@a Harriet Okonjo-Vale | Finance Minister
@b Tomas Brenner | the leader of the opposition Civic Alliance
@c - | A senior government source
@d Anselm Pryce | chairman of the Fiscal Review Board
Finance Minister Harriet Okonjo-Vale defended her spending plans on Tuesday as MPs prepared for a knife-edge vote on the budget, insisting the package would "⟦p:a|hold the line on prices without abandoning the regions⟧".
"⟦d:a|Nobody pretends this is an easy budget,⟧" Okonjo-Vale told the chamber. "⟦d:a|But it is an honest one, and every figure in it has been checked twice.⟧"
Tomas Brenner, the leader of the opposition Civic Alliance, said the minister had "⟦p:b|raided the rainy-day fund to pay for a sunny afternoon⟧".
"⟦d:b|She calls it honesty. I call it hoping nobody reads page 212,⟧" he said.
The vote, due at 7pm on Wednesday, is expected to be close after four backbenchers from the governing Unity Party said they would abstain over cuts to rural bus subsidies.
A senior government source said whips were "⟦p:c|reasonably confident⟧" of getting the budget through. "⟦d:c|There are always two or three who go missing at the wrong moment. We've planned for that,⟧" the source added.
Anselm Pryce, chairman of the Fiscal Review Board, declined to comment on the politics but said the board's own forecasts "⟦p:d|broadly support⟧" the Treasury's growth assumptions.
"⟦d:d|Broadly is doing a fair amount of work in that sentence,⟧" he added.

### 002
@a Miriam Achterberg | Judge
@b Oliver Strand | Prosecutor
@c - | the daughter of one resident
@d Helen Drury | Her barrister
A former care-home manager who stole more than £40,000 from elderly residents has been jailed for three years and four months.
Denise Harrowgate, 52, of Millbrook Lane, Castlereagh, admitted 11 counts of fraud by abuse of position at Westhaven Crown Court.
Prosecutor Oliver Strand told the court that Harrowgate had used residents' bank cards to pay for two holidays, a hot tub and "⟦p:b|a remarkable quantity of garden furniture⟧".
"⟦d:b|These were people who trusted her with their dignity as well as their money,⟧" Mr Strand said.
In a statement read to the court, the daughter of one resident, 91-year-old Albert Fenwick, said her father had been left "⟦p:c|ashamed and bewildered⟧" by the thefts.
"⟦d:c|He kept asking what he had done wrong. He had done nothing wrong,⟧" she wrote.
Her barrister, Helen Drury KC, said Harrowgate had run up gambling debts after the breakdown of her marriage and was "⟦p:d|deeply, genuinely sorry⟧".
Sentencing, Judge Miriam Achterberg told Harrowgate: "⟦d:a|You were paid to protect these people. Instead you treated them as a cash machine.⟧"
"⟦d:a|The fact that you have repaid nothing at all is a matter I cannot overlook,⟧" the judge added.

### 003
@a Nkechi Adeyemi-Ross | president of the College of Emergency Medicine
@b Gwen Talbot | -
@c Department of Health | -
@d Paul Lindqvist | Health Secretary
Patients waited an average of nine hours and 40 minutes in emergency departments last month, the longest figure since records began, new data shows.
Dr Nkechi Adeyemi-Ross, president of the College of Emergency Medicine, said the numbers were "⟦p:a|a national embarrassment⟧" and warned that winter had barely started.
"⟦d:a|We are treating people in corridors, in ambulances, in chairs. Staff are doing extraordinary work in conditions nobody would design,⟧" she said.
Gwen Talbot, 67, said she had spent 14 hours on a trolley at Redcliffe General Hospital after a fall in October.
"⟦d:b|The nurses were lovely, but one of them cried in the sluice room. I heard her,⟧" Mrs Talbot said. "⟦d:b|That tells you everything.⟧"
The Department of Health said in a statement that an extra 1,200 beds would open "⟦p:c|within weeks⟧". "⟦d:c|We recognise that performance is not where it needs to be,⟧" it said.
Health Secretary Paul Lindqvist, speaking on a visit to a clinic in Amberley, admitted: "⟦d:d|These figures are not acceptable, and I am not going to stand here and pretend they are.⟧"
Asked whether he would meet the college, he said: "⟦d:d|My door is open. It has always been open.⟧"
Adeyemi-Ross said she had requested a meeting three times since June. "⟦d:a|The door may be open,⟧" she said, "⟦d:a|but nobody seems to be standing behind it.⟧"

### 004
@a Rhodri Kessel | a forecaster at the National Weather Service
@b National Weather Service | -
@c Sandra Pike | the county council's emergency planning lead
@d - | one resident
@e Imogen Lark-Whitby | -
Amber warnings for wind and rain have been issued for much of the west coast as Storm Idris approaches, with gusts of up to 80mph forecast for exposed headlands.
The National Weather Service said the storm would bring "⟦p:b|a real danger to life⟧" from flying debris and large waves on Thursday night.
Rhodri Kessel, a forecaster at the National Weather Service, said: "⟦d:a|The worst of it will come through in the small hours. If you don't need to travel on Friday morning, don't.⟧"
"⟦d:a|We could see 60 to 80 millimetres of rain over the hills, falling on ground that is already saturated,⟧" he added.
Harbour authorities in Port Ellery have closed the promenade. Sandra Pike, the county council's emergency planning lead, said sandbags would be available from four depots from noon.
"⟦d:c|Please check on elderly neighbours. That is the single most useful thing people can do tonight,⟧" she said.
In Lower Cresswick, where the river burst its banks twice last winter, residents were already carrying furniture upstairs. "⟦d:d|We've done this so many times we've got it down to about 40 minutes,⟧" one resident said.
Imogen Lark-Whitby, who runs a café on the quay, was less sanguine. "⟦d:e|Every storm has a name now and every one is the worst in a decade. I'm just tired,⟧" she said.

### 005
@a Declan Moyes | Riverside manager
@b Tavita Leaupepe | the 22-year-old
@c Ingrid Sørlie | Kingsgate head coach
Tavita Leaupepe scored twice as Riverside Athletic came from behind to beat Kingsgate Rovers 3-1 and move into the play-off places.
Kingsgate led through Marco Bellandi’s header after 11 minutes, but Leaupepe levelled before the break and added a second from the penalty spot on 64 minutes. Substitute Owen Garvey wrapped it up in stoppage time.
“⟦d:b|I owed the lads one after last week,⟧” the 22-year-old said, having missed an open goal in the draw at Hollins Park. “⟦d:b|The gaffer just told me to keep getting in the box. So I did.⟧”
Riverside manager Declan Moyes said his side had been “⟦p:a|second to everything⟧” for the first 20 minutes.
“⟦d:a|I said a few things at half-time that I won’t repeat here,⟧” Moyes said. “⟦d:a|But the response was brilliant. That’s a group of players who care.⟧”
Kingsgate head coach Ingrid Sørlie felt the penalty decision had turned the game. “⟦d:c|It’s a soft penalty. Soft. I’ve seen it back three times and I still don’t know what he’s given it for,⟧” she said.
Sørlie, whose side have won one of their last eight, insisted she was not worried about her job. “⟦d:c|You’d have to ask the board. But I’ve had no indication of anything,⟧” she said.

### 006
@a Priya Vasudevan | headteacher of Oakhurst Academy
@b Jonah | -
@c Leila | His friend
@d Gareth Wynne-Owen | general secretary of the Teachers' Federation
@e Examinations Office | -
The proportion of top grades awarded in this year's advanced certificate exams fell slightly to 26.4 per cent, as the Examinations Office continued its return to pre-pandemic standards.
At Oakhurst Academy in Brayfield, students tore open envelopes in the sports hall shortly after 8am.
Jonah, 18, who achieved three A* grades and will study engineering at Thornbury University, said he had barely slept. "⟦d:b|I checked the website at six, then again at quarter past, like it was going to change,⟧" he said.
His friend Leila, who missed her offer by one grade, was more subdued. "⟦d:c|I'm going to ring them this morning. My mum says these things get sorted,⟧" she said. "⟦d:c|I hope she's right.⟧"
Priya Vasudevan, headteacher of Oakhurst Academy, said: "⟦d:a|Whatever the envelope says, these young people got through two years of disruption and kept going. That matters more than a letter.⟧"
The Examinations Office said grading had been "⟦p:e|fair and consistent⟧" across subjects and regions.
Gareth Wynne-Owen, general secretary of the Teachers' Federation, said the gap between independent and state schools had widened again. "⟦d:d|When almost half of private-school entries get top grades and fewer than one in five in state schools do, that is not a coincidence. It's a funding story,⟧" he said.

### 007
@a Bernadette Quayle | general secretary of the Rail and Maritime Union
@b Northline Rail | the operator
@c - | A spokesperson for the Department for Transport
@d Kwame Asante-Boateng | a software tester
@e Tom Ferris | -
Rail passengers face a fourth day of disruption next week after drivers on Northline Rail voted to extend their walkout over pay and rostering.
The Rail and Maritime Union said 89 per cent of members who voted backed further action, on a turnout of 71 per cent.
Bernadette Quayle, general secretary of the Rail and Maritime Union, said: "⟦d:a|Our members did not want this. They have been pushed to it by a company that thinks a 2 per cent offer and a rota written by a spreadsheet is a fair deal.⟧"
Northline Rail said it was "⟦p:b|disappointed⟧" and urged the union to return to talks. "⟦d:b|We have made a fair offer that is affordable for taxpayers and we remain available to meet at any time,⟧" the operator said.
A spokesperson for the Department for Transport said ministers would "⟦p:c|not be intervening in what is a matter for the employer⟧".
At Hatherley station on Friday, Kwame Asante-Boateng, a software tester, said he had given up on the train. "⟦d:d|I've bought a bike. It's 14 miles. Ask me in January if that was a good idea,⟧" he said.
Tom Ferris, waiting for one of the few services still running, said he sympathised with the drivers. "⟦d:e|I'd strike too if they did my shifts like that,⟧" he said. "⟦d:e|I just wish they'd do it on a day I'm working from home.⟧"

### 008
@a Élodie Marchand-Ruiz | Director
@b Niamh Corrigan | Its star
@c Bastian Oyelaran-Voss | Festival director
«⟦s:-|Les Heures Claires⟧», a two-hour drama about a lighthouse keeper's daughter, won the Golden Gull at the Valmont International Film Festival on Saturday night.
Director Élodie Marchand-Ruiz, accepting the award, spoke first in French. «⟦d:a|Ce film appartient à toutes les femmes qui ont gardé la lumière allumée pendant que les autres dormaient,⟧» she said. "⟦d:a|This film belongs to every woman who kept the light on while everyone else slept.⟧"
Its star, Niamh Corrigan, who spent four months learning to row for the part, called the win "⟦p:b|completely surreal⟧".
"⟦d:b|I still have the blisters. I'm going to have them framed,⟧" she joked.
Festival director Bastian Oyelaran-Voss said the jury's decision had been unanimous. "⟦d:c|Sometimes there is a long argument. This year there was a very short one,⟧" he said.
The runner-up prize went to "⟦s:-|Salt Season⟧", a documentary about the last herring smokehouse on the Varne coast.
Marchand-Ruiz, 41, said she would use the prize money to fund a film school in her home town. "⟦d:a|Someone gave me a camera when I was 15. I want to give away 40 of them,⟧" she said.

### 009
@a Lucia Ferrante-Hale | Reserve Bank Governor
@r - | a reporter
@b Dominic Ashby | chief economist at Halberd Capital
@c Saffron Mehta | owner of two hardware shops in Kelby
@d Small Traders' Association | -
The Reserve Bank held interest rates at 4.75 per cent on Thursday, but signalled that a cut could come as early as March if inflation continues to ease.
Seven of the nine members of the monetary policy committee voted to hold, with two preferring an immediate quarter-point cut.
Reserve Bank Governor Lucia Ferrante-Hale said: "⟦d:a|We are not there yet. But we can see the shore from here.⟧"
At a press conference, she said the committee needed "⟦p:a|a few more months of evidence⟧" that wage growth was slowing. When a reporter asked, "⟦d:r|Is March a promise?⟧", she replied: "⟦d:a|Nothing is a promise. March is a possibility.⟧"
Dominic Ashby, chief economist at Halberd Capital, said markets had been expecting "⟦p:b|exactly this kind of hawkish hold⟧".
"⟦d:b|The governor is keeping her options open, which is what governors do,⟧" he said. "⟦d:b|I'd put the odds of a March cut at roughly 60-40.⟧"
The Small Traders' Association said the decision meant "⟦p:d|another month of pain⟧" for members with variable-rate loans.
Saffron Mehta, owner of two hardware shops in Kelby, said: "⟦d:c|Every month they wait is another month I'm paying the bank instead of paying staff.⟧"

### 010
@a Annelise Caldwell | the mayor of Harrowfield
@b Roy Briggs | Councillor
Annelise Caldwell, the mayor of Harrowfield, has been in office for 18 months. The city's new tram line opened last week, two years late and £90m over budget. Caldwell, who once called the project "⟦p:a|the best idea this city has had in a generation⟧", spoke to the Evening Courier.
Q: Was it worth it?
A: Ask me in ten years. But yes. You don't judge a tram line by its opening week.
Q: Two years late, though.
A: Two years late, and I've apologised for that more times than I can count. The contractor failed, we took it back in-house, and we finished it.
Q: Councillor Roy Briggs predicted it would never run.
A: He did. He said, and I've got it pinned above my desk, "⟦d:b|This tram will never carry a single paying passenger.⟧" It carried 11,000 last week. I'm not going to gloat. Much.
Q: What's next?
A: The eastern extension. And before you ask, no, I'm not giving you a date.

### 011
@a Rowan Ashdown | Detective Chief Inspector
@c - | his family
@b - | A neighbour who did not want to be named
@d Ffion Maddox | -
Police have launched a murder investigation after a 19-year-old man was stabbed outside a takeaway in Eastgate on Saturday night.
Callum Rees was found with serious injuries on Market Row shortly before 11.30pm and died in hospital in the early hours of Sunday.
Two men, aged 20 and 23, have been arrested on suspicion of murder and remain in custody.
Detective Chief Inspector Rowan Ashdown, who is leading the investigation, said: "⟦d:a|Callum's family have lost a son and a brother in the most horrific circumstances. Our thoughts are with them.⟧"
"⟦d:a|We know there were a number of people in the area at the time, and some of them will have filmed what happened on their phones. I would urge them to come forward,⟧" she said.
In a statement released through police, his family said Callum was "⟦p:c|a gentle, daft, brilliant lad⟧" who had just started an apprenticeship as an electrician.
"⟦d:c|He was never in trouble. He'd gone out for chips,⟧" the statement said.
A neighbour who did not want to be named said she had heard shouting "⟦p:b|for a good five minutes⟧" before the sirens arrived.
Ffion Maddox, 44, who lives opposite the takeaway, said the street had become "⟦p:d|a different place after dark⟧" in recent months. "⟦d:d|We've asked for a camera on that corner for two years,⟧" she said. "⟦d:d|Maybe now someone will listen.⟧"

### 012
@a Kiki Abernathy-Solano | Pop star
@b Dario Venn | racing driver
@c - | A representative for the singer
@d - | one fan
Pop star Kiki Abernathy-Solano has announced her engagement to racing driver Dario Venn, ending months of speculation about the couple.
The 29-year-old shared a photograph of a sapphire ring on Instagram on Sunday with the caption: “⟦d:a|Asked and answered. Yes, a thousand times.⟧”
Venn, 33, posted a video of the pair on a beach in Portavanne, writing: “⟦d:b|Luckiest man on the grid and off it.⟧”
A representative for the singer confirmed the news but said the couple would not be sharing wedding details. “⟦d:c|They are very happy and would ask for privacy as they plan the next chapter,⟧” the representative said.
Abernathy-Solano, whose third album “⟦s:-|Glass Weather⟧” topped the charts in 11 countries, had hinted at the relationship in an interview last year, saying only that she was “⟦p:a|seeing someone who drives faster than I sing⟧”.
Fans flooded the post with congratulations. “⟦d:d|I’ve loved her since I was 12, I’m actually crying,⟧” one fan wrote.

### 013
@a Lydia Marchetti | the ranking member of the Senate Commerce Committee
@b Carver Nightingale | Paxline chief executive
@c Paxline Airlines | -
@d Reuben Halloway | Committee chairman
A senior senator has demanded that Paxline Airlines explain why thousands of passengers were stranded over the holiday weekend, in a sharply worded letter to the company's chief executive.
Sen. Lydia Marchetti, the ranking member of the Senate Commerce Committee, wrote that the airline's handling of the disruption had been "⟦p:a|a case study in contempt for the traveling public⟧".
"⟦d:a|Families slept on terminal floors. Medication was left in checked bags that did not arrive for six days. Your customer service line played music for four hours and then hung up,⟧" Marchetti wrote to Paxline chief executive Carver Nightingale. "⟦d:a|I expect a full accounting by Jan. 15.⟧"
Paxline Airlines said it had received the letter and would respond "⟦p:c|in full and on time⟧".
In a video message to staff obtained by reporters, Nightingale said the company had "⟦p:b|let people down badly⟧". "⟦d:b|A software failure is an explanation. It is not an excuse,⟧" he said.
Committee chairman Reuben Halloway said he was open to holding a hearing. "⟦d:d|If the answers aren't good enough, we'll ask the questions in public,⟧" he told reporters outside the Capitol.

### 014
@a Anaïs Delacroix-Mbeki | the fourth seed
@b Hana Kobayashi | qualifier
@c Gilles Amraoui | Delacroix-Mbeki's coach
Anaïs Delacroix-Mbeki, the fourth seed, survived a third-set tie-break to reach the quarter-finals of the Lindenhof Open, beating qualifier Hana Kobayashi 6-3 4-6 7-6 (8-6).
Delacroix-Mbeki saved two match points at 5-6 in the decider and admitted afterwards she had been "⟦p:a|one bad bounce from the airport⟧".
Speaking in French to local reporters, she said: «⟦d:a|J'ai eu de la chance, mais j'ai aussi eu du courage.⟧» — "⟦d:a|I was lucky, but I was also brave.⟧"
Kobayashi, 19, who came through three qualifying rounds, said she was proud despite the defeat. "⟦d:b|I had her. For two points, I had her,⟧" she said, smiling. "⟦d:b|Next time I'll have her for three.⟧"
Delacroix-Mbeki's coach, Gilles Amraoui, said the win would "⟦p:c|do her a lot of good⟧". "⟦d:c|She needed a fight like that. Easy wins teach you nothing,⟧" he said.
She will face the second seed, Oona Lindqvist-Baptiste, on Thursday.

### 015
@b Public Health Agency | -
@a Tobiah Rennick | director of health protection at the agency
@c Marguerite Okafor | headteacher of St Columba's Primary School, where four pupils have been confirmed as cases
@d - | A mother who asked not to be named
Health officials have confirmed 23 cases of measles in the Dunmore area, most of them in children under ten, and are urging parents to check their children's vaccination records.
The Public Health Agency said the outbreak was "⟦p:b|entirely preventable⟧" and that uptake of the second dose in parts of the district had fallen below 80 per cent.
Dr Tobiah Rennick, director of health protection at the agency, said the next fortnight would be critical.
"⟦d:a:m|Measles is one of the most infectious diseases we know of. One case in a classroom where vaccination rates are low can become twenty cases in a matter of weeks.⟧
"⟦d:a:m|It is not a mild illness. We have three children in hospital tonight, and one of them is very poorly.⟧
"⟦d:a|The vaccine is safe, it is free, and it is never too late to catch up. Please speak to your GP.⟧"
Marguerite Okafor, headteacher of St Columba's Primary School, where four pupils have been confirmed as cases, said the school would stay open. "⟦d:c|We've written to every family, and the vaccination team will be here on Monday and Tuesday,⟧" she said.
A mother who asked not to be named said: "⟦d:d|I didn't vaccinate my eldest because of things I read online. I've booked both of them in now. I feel stupid, honestly.⟧"

### 016
@e Tomas Brenner | its leader
@a Nadia Chowdhury-Evans | a 38-year-old former paramedic
@d Bryony Sale | The returning officer
@b Graham Tuttle | Unity Party candidate
@c Unity Party | -
The opposition Civic Alliance has overturned a majority of more than 9,000 to win the Ashcombe and Dell by-election, in what its leader, Tomas Brenner, called "⟦p:e|a political earthquake⟧".
Nadia Chowdhury-Evans, a 38-year-old former paramedic, took 14,212 votes to the Unity Party's 11,870 on a turnout of 41 per cent.
The returning officer, Bryony Sale, declared the result at 3.12am at the Dell Leisure Centre, to cheers and chants of "⟦s:-|Nadia! Nadia!⟧" from Alliance activists. Earlier, Sale had said the count was delayed by "⟦p:d|an unusually large number of postal votes⟧".
In her victory speech, Chowdhury-Evans said: "⟦d:a|People here have been told for years to be grateful for what they get. Tonight they said: not any more.⟧"
"⟦d:a|I spent 12 years in the back of an ambulance. I know what happens when help takes too long to arrive,⟧" she said.
Unity Party candidate Graham Tuttle congratulated her but blamed "⟦p:b|a national mood⟧" for the result. "⟦d:b|Mid-term by-elections are always hard. We'll listen, and we'll be back,⟧" he said.
The Unity Party said in a statement: "⟦d:c|By-elections are a chance for voters to send a message, and we have heard it.⟧"
Brenner, who visited the constituency nine times during the campaign, told supporters: "⟦d:e|If we can win here, we can win anywhere.⟧"

### 017
@a National Border Agency | the agency
@b Esther Mwangi-Lowe | the head of the agency's maritime unit
@c Kasimir Wójcik | Detective Superintendent
@d - | One dock worker
Cocaine with an estimated street value of £62m has been seized from a container of bananas at the port of Saltmarsh, in what officials say is the largest single haul in the country this year.
The National Border Agency said officers found 780kg of the drug hidden inside a refrigeration unit on Tuesday.
"⟦d:a|This seizure has taken a vast amount of drugs off our streets and dealt a significant blow to the criminal networks behind it,⟧" the agency said in a statement.
Esther Mwangi-Lowe, the head of the agency's maritime unit, said the container had been flagged by "⟦p:b|routine intelligence work, nothing more glamorous than that⟧".
"⟦d:b|People imagine sniffer dogs and a dramatic chase. Mostly it's a spreadsheet and someone with a very good memory,⟧" she said.
Three men, aged 29, 34 and 51, were arrested at an address in Corley and have been charged with importing a Class A drug. They are due before Saltmarsh Magistrates' Court on Friday.
Detective Superintendent Kasimir Wójcik of Saltmarsh Police said the arrests followed a six-month joint operation. "⟦d:c|We are not naive. This will not stop the trade. But it will hurt the people at the top of it,⟧" he said.
One dock worker, speaking outside the port gates, said: "⟦d:d|You hear rumours about what comes through. You never think it's actually in the box you're lifting.⟧"

### 018
@a Hartwell Foods | The company
@b Janet Kilbride | regional organiser for the General Workers' Union
@c Owain Pryderi | the MP for Tremlow
@d Steve Loughlin | -
Hartwell Foods is to close its biscuit factory in Tremlow with the loss of 420 jobs, ending more than a century of production in the town.
The company said the site was ``⟦p:a|no longer viable⟧'' and that production would move to its larger plant in Calderbridge by the end of next year.
In a statement, Hartwell Foods said: ``⟦d:a|This was an incredibly difficult decision and not one we have taken lightly. We will do everything we can to support colleagues through the months ahead.⟧''
Janet Kilbride, regional organiser for the General Workers' Union, called the announcement ``⟦p:b|a betrayal of a workforce that has bent over backwards⟧''.
``⟦d:b|Two years ago these workers accepted a pay freeze to keep this site open. That was the deal. Now the deal's off, apparently,⟧'' she said.
Owain Pryderi, the MP for Tremlow, said he would seek an urgent meeting with the company. ``⟦d:c|Hartwell is Tremlow and Tremlow is Hartwell. I am not prepared to accept that this is the end,⟧'' he said.
Steve Loughlin, 56, who has worked on the packing line for 31 years, heard the news on the radio before the management briefing. His wife, Susan, works in the same building.
``⟦d:d|We'd both be out of work on the same day. I don't know what you do with that,⟧'' he said. ``⟦d:d|We've got a mortgage with nine years left on it.⟧''

### 019
@a Alys Penrose | Sergeant
@b National Highways Agency | -
@c Ravi Sundaram | -
@d Hollie Baptiste | a spokeswoman for the Drivers' Guild
Three people were taken to hospital, one with life-threatening injuries, after a collision involving a lorry and four cars closed the M14 for nine hours on Monday.
The crash happened on the northbound carriageway between junctions 7 and 8, near Fellgate, at about 6.40am.
Sergeant Alys Penrose, of the Midshire Police roads policing unit, said a man in his 60s remained in a critical condition.
"⟦d:a|This was a very serious collision and we are keen to hear from anyone with dashcam footage from around that time,⟧" she said.
The National Highways Agency said the carriageway reopened at 3.50pm after repairs to the central barrier. It apologised for "⟦p:b|significant delays⟧", with queues of up to 11 miles reported at the height of the closure.
Ravi Sundaram, who was driving south at the time, said he saw the lorry "⟦p:c|jack-knife across two lanes⟧". "⟦d:c|There was smoke everywhere. People were just getting out of their cars and running to help,⟧" he said.
Hollie Baptiste, a spokeswoman for the Drivers' Guild, said the stretch had seen five serious crashes in two years. "⟦d:d|Every time, we're told lessons will be learned. We'd like to know what they are,⟧" she said.

### 020
@a Marnie Oduya | Television presenter
@b Westland Broadcasting | the broadcaster
@c Felix Amadi-Grant | Her co-host
@d - | A source at the channel
Television presenter Marnie Oduya is to leave “⟦s:-|Wake Up Westland⟧” after 12 years, the breakfast show’s owner has confirmed.
Westland Broadcasting said Oduya would present her final programme on December 19. “⟦d:b|Marnie has been the heart of our mornings for more than a decade, and she leaves with our love and gratitude,⟧” the broadcaster said.
In a post on social media, Oduya wrote: “⟦d:a|It’s time. I’ve set an alarm for 3.45am for twelve years and I would quite like to find out what sleep is like.⟧”
“⟦d:a|Thank you to every single person who has had me on in the background while they burnt the toast,⟧” she added.
Her co-host, Felix Amadi-Grant, said he was “⟦p:c|gutted but thrilled for her⟧”. “⟦d:c|She taught me everything, including how to read an autocue while someone is sneezing on you,⟧” he said.
A source at the channel said the decision had been Oduya’s own and that talks about a new primetime project were “⟦p:d|at an early stage⟧”.
Reports last month that she had clashed with executives over the show’s new format were described by Westland Broadcasting as “⟦p:b|entirely untrue⟧”.

### 021
@b Joel Mabuza | Seamer
@a Imran Qureshi-Blake | Wexland captain
@c Pieter van der Walt | Karoo Coast captain
Wexland completed a 127-run victory over Karoo Coast on the final afternoon of the first Test in Port Albany to go 1-0 up in the four-match series.
Seamer Joel Mabuza, who took five for 38 in the second innings, said the pitch had "⟦p:b|finally woken up⟧" on the fifth day.
"⟦d:b|For four days it was like bowling on a pillow. Then this morning there was a crack just outside off stump and I thought, right, that's mine,⟧" he said.
Wexland captain Imran Qureshi-Blake praised his bowlers' patience. "⟦d:a|We talked about it last night: no magic balls, just hit the same spot 200 times,⟧" he said.
Karoo Coast captain Pieter van der Walt admitted his batters had been "⟦p:c|far too passive⟧".
"⟦d:c|We let them dictate. You can't do that in Port Albany,⟧" Van der Walt said. "⟦d:c|We've got eight days to fix it.⟧"
The second Test starts in Marlow Point on Thursday.

### 022
@e - | campaigners
@a Medicines Regulatory Authority | -
@b Carys Madoc | -
@c Hamid Farouqi | consultant haematologist at Brackley Royal Infirmary
@d Blood Cancer Now | the charity
A new treatment for a rare form of blood cancer has been approved for use in the public health service, in a decision campaigners described as "⟦p:e|life-changing⟧".
The Medicines Regulatory Authority said the drug, velotamab, had shown "⟦p:a|clear and durable benefit⟧" in trials for patients whose myeloma had returned after two earlier treatments.
Carys Madoc, 49, from Pennant Cross, was one of 340 patients on the trial. She was told in 2021 that she probably had months to live.
"⟦d:b:m|I'd planned my funeral. I'd chosen the music, which my daughter said was far too gloomy.⟧
"⟦d:b:m|Six weeks into the trial my numbers started coming down. Six months in, my consultant used the word 'remission' and I made him say it again.⟧
"⟦d:b|I'm not cured. But I'm here, and I've changed the music.⟧"
Dr Hamid Farouqi, consultant haematologist at Brackley Royal Infirmary, said the decision would benefit around 1,500 patients a year. "⟦d:c|This gives us another option at exactly the point where we used to run out of options,⟧" he said.
The charity Blood Cancer Now said it had campaigned for access for three years. "⟦d:d|Today is a good day. But patients should not have to wait this long for a drug that works,⟧" it said.

### 023
@a Ingeborg Sand | vice-chancellor of the University of Castlemere
@c Ruth Ellery-Maw | the local branch secretary of the Academic Staff Union
@b Chidi Okonkwo | president of the students' union
@d - | One final-year history student
Lecturers at the University of Castlemere will begin an indefinite marking boycott next month in a dispute over plans to cut 180 jobs.
Professor Ingeborg Sand, vice-chancellor of the University of Castlemere, said the cuts were needed to close a £31m deficit. "⟦d:a|No university in the country is immune from the financial pressures we face. Doing nothing is not an option,⟧" she said.
Dr Ruth Ellery-Maw, the local branch secretary of the Academic Staff Union, said members had been left with "⟦p:c|no choice at all⟧".
"⟦d:c|The vice-chancellor talks about doing nothing. Nobody is asking her to do nothing. We are asking her not to do this,⟧" she said.
Chidi Okonkwo, president of the students' union, said students were "⟦p:b|caught in the middle⟧". "⟦d:b|Some of my friends don't know if they'll graduate on time. That's not fair on anyone,⟧" he said.
One final-year history student said: "⟦d:d|I've paid £27,000 for this degree. I'd quite like a mark for my dissertation.⟧"
Sand said the university would "⟦p:a|do everything possible⟧" to make sure students were not disadvantaged.

### 024
@a Celia Banerjee-Holt | senior coroner
@d Yusuf Kaya | the consultant on duty that night
@b Marcus Fairweather | Her father
@c Harbourside Hospitals Trust | the trust
A coroner has ruled that failings in care contributed to the death of a 16-year-old girl with sepsis who waited nearly five hours to be seen by a doctor.
Ellie Fairweather died at Harbourside General Hospital on 3 February last year, a day after arriving with a high temperature and a rash.
Recording a narrative conclusion at Harbourside Coroner's Court, senior coroner Celia Banerjee-Holt said there had been "⟦p:a|missed opportunities⟧" to give Ellie antibiotics earlier.
"⟦d:a|I am satisfied that, on the balance of probabilities, earlier treatment would have resulted in Ellie's survival,⟧" she said.
Dr Yusuf Kaya, the consultant on duty that night, told the inquest last week the department had been "⟦p:d|the busiest I have ever seen it⟧", with 11 ambulances queuing outside.
Her father, Marcus Fairweather, said outside court: "⟦d:b|Ellie was funny and stubborn and she wanted to be a vet. She told the nurses she felt like she was dying, and nobody listened.⟧"
"⟦d:b|We don't want anyone to say sorry to us again. We want them to fix it,⟧" he said.
Harbourside Hospitals Trust said it "⟦p:c|fully accepted⟧" the coroner's findings and had introduced a new sepsis screening tool. "⟦d:c|We are deeply sorry,⟧" the trust said.

### 025
@a Aoife Brannigan | a meteorologist at the National Weather Service
@c Selin Arslan | a GP in Medbury
@d Vale Water | The company
@b Geraint Hollis | -
Temperatures are expected to reach 34C in parts of the south and east on Wednesday, as the country's third heatwave of the summer peaks.
Aoife Brannigan, a meteorologist at the National Weather Service, said: "⟦d:a|Nights will be uncomfortable too, with temperatures in some cities not dropping below 20C. That is when the heat really starts to affect people's health.⟧"
Dr Selin Arslan, a GP in Medbury, urged people to keep an eye on older relatives and young children. "⟦d:c|Drink water before you feel thirsty, keep the curtains closed during the day, and if someone seems confused, get help,⟧" she said.
Vale Water has introduced a hosepipe ban for 1.2 million customers from Friday. The company said reservoir levels were at 58 per cent, against an average of 79 per cent for the time of year, and asked customers to use water "⟦p:d|wisely⟧".
Geraint Hollis, who farms 300 acres near Caerwen, said his barley harvest was a fortnight early. "⟦d:b|The grain is small and it's light. We'll get a crop, but it won't be much of one,⟧" he said.

### 026
@a Duncan Ferrie | Schools Minister
@b Evelyn Stroud | Prime Minister
@d Mairéad Donnelly | Civic Alliance education spokeswoman
@c - | One Unity MP
Schools Minister Duncan Ferrie has resigned after it emerged that a company owned by his brother won a £4m contract to supply classroom laptops without a competitive tender.
In his resignation letter to Prime Minister Evelyn Stroud, Ferrie insisted he had "⟦p:a|played no part whatsoever⟧" in the award of the contract.
"⟦d:a|I have, however, come to the view that the controversy has become a distraction from the important work of the department, and that the honourable course is to step aside,⟧" he wrote.
In her reply, Stroud thanked him for his "⟦p:b|energy and commitment⟧" and said she accepted his resignation "⟦p:b|with regret⟧".
"⟦d:b|I know you will continue to serve your constituents with the same dedication,⟧" she wrote.
Civic Alliance education spokeswoman Mairéad Donnelly said the exchange was "⟦p:d|a cover-up in two envelopes⟧". "⟦d:d|The question is not whether the minister resigned. It's who else knew,⟧" she said.
One Unity MP, speaking privately, said Ferrie had been "⟦p:c|hung out to dry⟧" by the prime minister's office.
The Cabinet Office said an investigation by the independent adviser on ministerial standards would continue.

### 027
@a Lorcan Featherstone-Obi | -
@b Rufus | His son
For a man who spent 40 years playing villains, Lorcan Featherstone-Obi is disarmingly gentle. He pours the tea, apologises for the biscuits, and laughs at his own anecdotes before he reaches the punchline.
His memoir, "⟦s:-|Mostly Henchmen⟧", is published on Thursday. It is funny, as expected, but also frank about the drinking that nearly ended his career in the 1990s.
"⟦d:a|I was very good at being a bastard on screen and not much better at being a decent man off it,⟧" he says. "⟦d:a|Those two things were more connected than I'd like to admit.⟧"
He recalls the night in 1996 when he turned up at a theatre in Wexham "⟦p:a|unable to find the stage, let alone my lines⟧". His wife, Mags, who died in 2019, drove him to a clinic the following morning.
"⟦d:a|She said, 'You've got one more go at this, and then I'm taking the dog and the good saucepans.' She meant it,⟧" he says.
His son Rufus, 34, now a stage manager, has read the book twice. "⟦d:b|There were things in there I didn't know. Dad's always been a brilliant storyteller, which makes you wonder which bits are true,⟧" he says with a smile.
Featherstone-Obi insists every word is accurate. "⟦d:a|Well,⟧" he concedes, "⟦d:a|most of them.⟧"

### 028
@a Valentina Ochoa Iturralde | the 20-year-old from Puerto Calandria
@b Freya Lundgren | world record holder
@c Raúl Medina | Ochoa Iturralde's coach
Valentina Ochoa Iturralde, the 20-year-old from Puerto Calandria, won the 200m butterfly at the World Aquatics Championships in Kestrel Bay, beating world record holder Freya Lundgren by 0.07 seconds.
Ochoa Iturralde, who was sixth at the final turn, came home in 2min 04.11sec to claim her country's first world swimming title.
«⟦d:a|No lo puedo creer. Miré el marcador tres veces,⟧» she told reporters poolside, before switching to English: "⟦d:a|I can't believe it. I looked at the scoreboard three times.⟧"
Lundgren, who had not lost a 200m final since 2022, was gracious in defeat. "⟦d:b|She swam a brilliant last 50. I thought I had it and then I saw a pink cap in the corner of my eye,⟧" she said.
Ochoa Iturralde's coach, Raúl Medina, said through an interpreter that he had told her to "⟦p:c|forget the first 150 metres⟧". "⟦d:c|She is fearless. I am not. I could not watch the last length,⟧" he said.

### 029
@b Colin Marsh | chairman of the Bramble Hill Residents' Group
@c Jaspreet Kaur | planning director for Thornfield Homes
@e - | a man in the public gallery
@d Derek Ollerton | Councillor
@a Veronica Ashe | The committee chair
Plans for 640 homes on farmland at Bramble Hill were approved by Wrexley council's planning committee on Tuesday night after a three-hour meeting that was twice interrupted from the public gallery.
Colin Marsh, chairman of the Bramble Hill Residents' Group, told councillors the site flooded "⟦p:b|every single winter⟧".
"⟦d:b|I have photographs of ducks on that field. Ducks. You are proposing to put families there,⟧" Mr Marsh said.
Jaspreet Kaur, planning director for Thornfield Homes, said the scheme included "⟦p:c|a comprehensive drainage strategy⟧" and 35 per cent affordable housing.
"⟦d:c|We've listened. The layout has changed three times in response to residents' concerns,⟧" she said.
"⟦d:e|Not enough!⟧" a man in the public gallery shouted.
Councillor Derek Ollerton asked Ms Kaur directly: "⟦d:d|Can you guarantee that none of these homes will flood?⟧"
"⟦d:c|Nobody can guarantee that about any home in this district,⟧" she replied.
"⟦d:d|Then I can't support it,⟧" he said.
The committee chair, Veronica Ashe, called for order twice before the vote, which was carried by seven votes to four. "⟦d:a|I understand the strength of feeling. But we have to determine applications on planning grounds, and officers found no grounds to refuse,⟧" she said afterwards.

### 030
@b Oluwaseun Bankole | its chief economist
@a Heywood Building Society | The society
@c Beth Cardew | -
@d Amira Haddad | her partner
@e Lionel Grantham | an estate agent in Pelham Green
Average house prices rose by 0.8 per cent in October, the fastest monthly increase for almost two years, according to the Heywood Building Society.
The typical home now costs £289,400, up 3.9 per cent on a year earlier.
Oluwaseun Bankole, its chief economist, said falling mortgage rates had "⟦p:b|brought buyers back off the fence⟧".
"⟦d:b|We're seeing more first-time buyers in particular, although affordability remains very stretched by historical standards,⟧" she said.
The society said it expected prices to rise by "⟦p:a|between 2 and 4 per cent⟧" next year.
Beth Cardew and her partner, Amira Haddad, both 31, have been trying to buy a flat in Corbridge for 18 months. "⟦d:c|Every time we save another thousand, the prices go up two,⟧" Cardew said.
"⟦d:d|We've been outbid five times. The last one went for £22,000 over the asking price,⟧" Haddad added. "⟦d:d|It's like musical chairs, except the music is a bank.⟧"
Lionel Grantham, an estate agent in Pelham Green, said the market had "⟦p:e|definitely turned a corner⟧". "⟦d:e|Viewings are up, offers are up. January could be very busy,⟧" he said.

### 031
@a Anne-Sophie Perrault | The presiding judge
@b Jean-Baptiste Oberholzer | a former director at the private bank Maison Ravel & Fils
@c Corinne Lüthi | His lawyer
@d Vaudrelle public prosecutor's office | -
A former private banker has been sentenced to four years in prison by the criminal court in Montsalvy for embezzling 11.2 million francs from clients over a decade.
Jean-Baptiste Oberholzer, 63, a former director at the private bank Maison Ravel & Fils, had admitted moving money from dormant accounts into companies he controlled.
The presiding judge, Anne-Sophie Perrault, said he had shown «⟦p:a|a cold and patient greed⟧» over many years. «⟦d:a|You were not desperate. You were comfortable, and you wanted to be more comfortable,⟧» she told him.
In a brief final statement, Oberholzer addressed the court in French. «⟦d:b|Je regrette profondément. Je n'ai aucune excuse,⟧» he said — «⟦d:b|I deeply regret it. I have no excuse.⟧»
His lawyer, Maître Corinne Lüthi, said outside court that her client would not appeal. «⟦d:c|He accepts the judgment. He intends to spend the rest of his life repaying what he can,⟧» she said.
The Vaudrelle public prosecutor's office said it had recovered about 6 million francs so far and would «⟦p:d|continue to pursue every franc⟧».

### 032
@b Neil Hargreaves | -
@d Kenny Doyle | landlord of the Ferryman Inn
@a Dafydd Morgan-Price | the area flood manager for the Rivers and Coasts Agency
@e Rivers and Coasts Agency | The agency
@c Tomasz Nowicki | the parish priest at St Aidan's
Residents of Kelderby spent Sunday shovelling mud out of their homes after the River Amble rose more than two metres overnight, flooding 140 properties.
Neil Hargreaves, 58, has lived on Waterside Terrace for 30 years and had never seen water inside. "⟦d:b|It came under the door like someone had turned a tap on. By two o'clock it was up to the light switches,⟧" he said.
Down the road, Kenny Doyle, landlord of the Ferryman Inn, was dragging sodden carpet into a skip. "⟦d:d|We only reopened in March after the last one. I haven't got another refit in me,⟧" he said. Asked whether he would stay, he shrugged: "⟦d:d|Where would I go? This is the only pub I know how to run.⟧"
Dafydd Morgan-Price, the area flood manager for the Rivers and Coasts Agency, said the river had reached its highest level since records began in 1958.
"⟦d:a|The defences did what they were designed to do. The problem is that they were designed for a river that doesn't exist any more,⟧" he said.
The agency said a £14m scheme to raise the embankment was "⟦p:e|at design stage⟧" but would not be finished until 2028.
Father Tomasz Nowicki, the parish priest at St Aidan's, opened the church hall as a rest centre. "⟦d:c|We had 60 people here last night. Somebody turned up with a slow cooker full of chilli at midnight. That's this town,⟧" he said.

### 033
@b The Marrow Kings | the band
@a Kat Mbatha-Greene | Festival director
@d Jules Okafor-Lind | Frontman
@c - | One fan who had travelled from Halden
The Marrow Kings have pulled out of headlining the Brightwater festival on Saturday, less than 48 hours before they were due on stage, citing “⟦p:b|a serious family matter⟧”.
In a post on Instagram, the band wrote: “⟦d:b|We are heartbroken to be letting you down. We don’t take this lightly and we’ll explain when we can.⟧”
Festival director Kat Mbatha-Greene said organisers had been told on Thursday evening. “⟦d:a|We completely support their decision. Some things are more important than a gig,⟧” she said.
“⟦d:a|We’re working flat out on a replacement and we hope to announce it tomorrow,⟧” she added.
Frontman Jules Okafor-Lind later posted a personal message: “⟦d:d|Give us a bit of time. We’ll make it up to Brightwater, I promise.⟧”
Ticket-holders will be offered a partial refund. One fan who had travelled from Halden said: “⟦d:c|It’s gutting, obviously. But you can’t be angry about a family thing, can you?⟧”
Singer-songwriter Bea Tamsin, the festival’s other headliner, will play on Sunday as planned.

### 034
@a Rawiri Te Kani | Head coach
@b Sione Fifita | Captain
@c Gus McAllister | Harlech Wolves director of rugby
Northern Tide 24 Harlech Wolves 22
Northern Tide snatched victory with the last kick of the game at Pennock Park, fly-half Alfie Dunmore landing a 45-metre penalty after the clock had turned red.
Head coach Rawiri Te Kani admitted he had not watched the kick. ``⟦d:a|I was looking at my shoes. I heard the crowd and I knew,⟧'' he said. ``⟦d:a|Alfie's got ice in his veins. I haven't.⟧''
Captain Sione Fifita, who scored his side's second try, said the comeback from 22-10 down showed ``⟦p:b|what this group is made of⟧''.
``⟦d:b|At half-time nobody panicked. We just said, one job at a time,⟧'' the flanker said.
Harlech Wolves director of rugby Gus McAllister was furious about the penalty, awarded for offside at a ruck. ``⟦d:c|I've no idea. None. Ask the referee, because I can't explain it to my players,⟧'' he said.
The result lifts Northern Tide to fourth in the table.

### 035
@a Care Standards Commission | -
@b Sarah | -
@c Olamide Peters | chief executive of the children's charity Mindpath
@d Farida Qasim | Minister for Mental Health
Children referred for mental health treatment are waiting an average of 11 months to be seen in some areas, a watchdog has found.
The Care Standards Commission said services for under-18s were "⟦p:a|under unsustainable pressure⟧", with one in four referrals rejected outright.
Sarah, whose 15-year-old son waited 14 months for an assessment, asked that her surname not be used to protect his privacy.
"⟦d:b|He stopped going to school. He stopped eating with us. Every time I rang, they said he was on the list,⟧" she said.
"⟦d:b|When the appointment finally came, the letter got his name wrong,⟧" she added.
Dr Olamide Peters, chief executive of the children's charity Mindpath, said the report confirmed "⟦p:c|what families have been telling us for years⟧".
Minister for Mental Health Farida Qasim said an extra £120m would be spent on school-based support teams. "⟦d:d|No child should wait this long, and we are determined to bring those times down,⟧" she said.
Peters was unimpressed. "⟦d:c|We've heard 'determined' before. I'll believe it when the waits come down,⟧" she said.

### 036
@b Ama Boateng-Fry | one of the organisers from the group Open Doors
@d Hugo Lestrange | a 71-year-old retired teacher
@a Gideon Ashworth | Home Secretary
@c Capital Police | -
Thousands of people marched through central Kingsmere on Saturday in protest against the government's Borders and Asylum Bill, which returns to parliament on Monday.
Protesters carried placards reading "⟦s:-|Refugees Welcome⟧" and "⟦s:-|Not In Our Name⟧", and chanted "⟦s:-|Say it loud, say it clear⟧" as they passed the Home Office.
Ama Boateng-Fry, one of the organisers from the group Open Doors, said: "⟦d:b|This bill treats people fleeing war as criminals. We are here to say that most people in this country don't agree.⟧"
Hugo Lestrange, a 71-year-old retired teacher, said it was his first protest since the 1980s. "⟦d:d|My grandparents came here with one suitcase. Somebody let them in,⟧" he said.
Home Secretary Gideon Ashworth said the bill was "⟦p:a|firm but fair⟧". "⟦d:a|People have every right to protest. But the public also expects us to control our borders, and that is what we are doing,⟧" he said.
Capital Police said the march had been "⟦p:c|largely peaceful⟧". Four people were arrested, two for criminal damage and two for assaulting an officer.

### 037
@b Imelda Rourke | Its chief executive
@a Paragon Stores | -
@c Bharat Menon | a retail analyst at Coldstream Securities
@d Maureen Kettle | -
@e Dot | Her friend
Paragon Stores reported a 9 per cent rise in half-year profits to £612m on Wednesday, as shoppers returned to its stores from discount rivals.
The supermarket said sales of its premium own-label range rose by a fifth and that it had cut the price of more than 3,000 products since January.
Its chief executive, Imelda Rourke, said: "⟦d:b|Customers are still careful, but they are telling us that they want quality as well as value, and we are giving them both.⟧"
Paragon Stores said it expected full-year profits "⟦p:a|at the upper end⟧" of its forecasts. Shares rose 6 per cent.
The figures were "⟦p:c|better than feared⟧", according to Bharat Menon, a retail analyst at Coldstream Securities. "⟦d:c|The price war hasn't gone away, but Paragon looks like it's winning its corner of it,⟧" he said.
Outside the Paragon store in Selby Cross, Maureen Kettle, 72, was unconvinced. "⟦d:d|Profits up, are they? My shopping's up too,⟧" she said.
Her friend Dot laughed. "⟦d:e|She says that every week,⟧" she said. "⟦d:e|She still comes every week.⟧"

### 038
@a Arjun Bhattacharya | Planning Minister
@b Lorraine Devereux-Park | Its chief executive
@c Ffion Gwilt | a spokeswoman for the campaign group Stay Grounded Easterby
@d Harold Nkemelu | -
The government has approved a second runway at Easterby Airport, overruling a planning inspector who recommended rejection on climate grounds.
Planning Minister Arjun Bhattacharya said the £3.1bn project would create 8,000 jobs and was "⟦p:a|vital to the economy of the whole region⟧".
In his decision letter, he wrote that the benefits "⟦p:a|clearly outweigh⟧" the harms identified by the inspector.
Easterby Airport welcomed the decision. Its chief executive, Lorraine Devereux-Park, said: "⟦d:b|This is a great day for the region. We will start work as soon as possible, and we will be the quietest, cleanest runway in the country.⟧"
Ffion Gwilt, a spokeswoman for the campaign group Stay Grounded Easterby, said it would seek a judicial review. "⟦d:c|The minister's own inspector told him this was incompatible with our climate targets. He ignored her. We'll see him in court,⟧" she said.
Harold Nkemelu, who lives under the flight path in Ashby Parva, said planes already passed over his house "⟦p:d|every 90 seconds⟧". "⟦d:d|Double that and I might as well live on the runway,⟧" he said.

### 039
@a Gavin Ross-Ibori | Headteacher
@b Maisie | -
@c Theo | -
@d Rebecca Lyle | -
@e Leonie Achebe | Children's Commissioner
It is 12.40pm at Castle Vale High School and the canteen is loud. Not phone loud — actually loud: shouting, laughing, a game of cards on table six.
Since September, pupils at the school have had to lock their phones in pouches at the gate. Headteacher Gavin Ross-Ibori says the change has been "⟦p:a|the single best thing we've done in my time here⟧".
"⟦d:a|Detentions are down by a third. Kids are talking to each other at lunch. I know how that sounds, but it's true,⟧" he says.
Not everyone is a convert. Maisie, 14, says she felt "⟦p:b|naked⟧" for the first fortnight. "⟦d:b|Now I sort of don't care. I still check it the second I'm out, though,⟧" she says.
Theo, 13, admits he has found other distractions. "⟦d:c|I've got really good at cards,⟧" he says. "⟦d:c|Like, really good.⟧"
Rebecca Lyle, whose daughter is in Year 9, says the ban has made mornings harder. "⟦d:d|She worries she won't be able to reach me if something happens. I understand why they've done it, but it's not as simple as they make out,⟧" she says.
Children's Commissioner Leonie Achebe has called for a national ban, saying schools should not have to "⟦p:e|fight this battle one by one⟧".

### 040
@a Ian Halliwell | Recorder
@c Edna Bamford | -
@d Mitchell Gower | Defence barrister
@b Priyanka Shah | Detective Constable
A man who burgled 23 homes across Ferrington in a six-week spree, targeting elderly people living alone, has been jailed for seven years.
Kyle Dwyer, 31, of no fixed address, stole jewellery, cash and a set of war medals, most of which have never been recovered.
Sentencing him at Ferrington Crown Court, Recorder Ian Halliwell said Dwyer had chosen his victims "⟦p:a|precisely because they were vulnerable⟧".
"⟦d:a|You went to their homes at night, you frightened them, and you took things that cannot be replaced,⟧" he said.
In a victim statement, Edna Bamford, 84, wrote that she no longer slept upstairs. "⟦d:c|I sit in the armchair by the front door with the light on. I have lived in this house for 56 years and now I am afraid of it,⟧" she wrote.
Defence barrister Mitchell Gower said Dwyer had been addicted to crack cocaine and had "⟦p:d|no memory of many of these offences⟧".
Detective Constable Priyanka Shah said afterwards that only a fraction of the stolen property had been found. "⟦d:b|If anyone recognises any of the items on our website, please get in touch,⟧" she said.

### 041
@a Ottilie Brandvold | the chef
@b Argent Guide | -
@c Harvey Culshaw | Restaurant critic
@d Sami Rahimi | Her business partner
Ottilie Brandvold, whose restaurant Fjell in Kingsmere has held two stars for nine years, has lost one of them in the Argent Guide’s annual awards.
“⟦d:a|I found out from a text message at seven in the morning. I thought it was a joke,⟧” the chef said on Tuesday.
“⟦d:a|I’m not going to pretend it doesn’t hurt. It hurts. But the kitchen will be open tonight and the food will be the same food,⟧” she said.
The Argent Guide said it did not comment on individual restaurants but that its inspectors had visited Fjell “⟦p:b|several times⟧” over the past year.
Restaurant critic Harvey Culshaw wrote in the Sunday Ledger last spring that the tasting menu had become “⟦p:c|a museum of its own greatest hits⟧”. “⟦d:c|Every dish is perfect, and I could have told you what every dish would be before I sat down,⟧” he wrote.
Her business partner, Sami Rahimi, said bookings had risen overnight. “⟦d:d|People are ringing to say they’re coming in solidarity. We’ll take it,⟧” he said.

### 042
@a Seán Ó Coileáin | jockey
@b Philippa Dunne-Kerr | Trainer
@c Bertie Lascelles-Grange | Owner
Moonlit Heron, a 33-1 outsider, won the Fairhaven Gold Cup by a head on Saturday, giving jockey Seán Ó Coileáin the biggest win of his career.
The nine-year-old came from last at the final fence to catch the favourite, Brass Compass, in the shadow of the post.
"⟦d:a|I didn't think we had a chance turning in. Then he just found another gear. I don't know where from,⟧" Ó Coileáin said.
The 24-year-old, from Ballycarra, dedicated the win to his late grandfather, who taught him to ride: "⟦d:a|Seo duit, a Dhaideo⟧" — "⟦d:a|This one's for you, Grandad.⟧"
Trainer Philippa Dunne-Kerr, who has only 14 horses at her yard near Carrowmore, was in tears. "⟦d:b|We're a small yard. Things like this don't happen to us. Except today it did,⟧" she said.
Owner Bertie Lascelles-Grange said he had bought the horse for £6,000 "⟦p:c|as a bit of fun⟧". "⟦d:c|Best six grand I've ever spent, and I've spent a lot of six grands,⟧" he joked.

### 043
@a Margaret Nwachukwu-Bell | the country's chief nursing officer
@b - | A patient
Margaret Nwachukwu-Bell, the country's chief nursing officer, took up the post in April after 31 years on hospital wards. She has warned that nursing faces "⟦p:a|a recruitment cliff edge⟧". She spoke to the Herald about pay, pressure and why she still does night shifts.
Q: You still work on the wards?
A: One night shift a month, at a different hospital each time. You cannot make decisions about nursing from an office.
Q: What do you see?
A: Exhausted people doing brilliant work. A patient once said to me, at about four in the morning, "⟦d:b|You're the first person who's sat down with me all day.⟧" I think about that a lot.
Q: There's a lot of talk about "⟦s:-|corridor care⟧". Is it now normal?
A: It must never be normal. I will not accept that word, "⟦s:-|normal⟧", for it.
Q: Will nurses strike again?
A: That's a question for the unions. What I'd say is that nobody goes into nursing to stand on a picket line.

### 044
@a Joanna Pelling | Unity Party candidate
@b Meera Sastry | Civic Alliance candidate
@d Tilly Arkwright | The moderator
@c Barnaby Cole | Independent candidate
The race to become Westmarch's first elected mayor turned sharp on Thursday night as the two front-runners clashed over housing in a televised debate.
Unity Party candidate Joanna Pelling accused her rival of "⟦p:a|promising homes on land she can't build on⟧".
"⟦d:b|That's simply not true, and Joanna knows it's not true,⟧" replied Civic Alliance candidate Meera Sastry. "⟦d:b|Every site in my plan is on the council's own register.⟧"
"⟦d:a|The register you voted against,⟧" Pelling shot back.
The moderator, Tilly Arkwright, intervened to ask both candidates: "⟦d:d|Can either of you give a number you'll actually be held to?⟧"
"⟦d:b|Twelve thousand homes in four years,⟧" Sastry said. Pelling declined to give a figure, saying she would "⟦p:a|rather under-promise and over-deliver⟧".
Independent candidate Barnaby Cole, who is polling third, said the exchange showed why voters were "⟦p:c|sick of both of them⟧". "⟦d:c|They've spent an hour arguing about a spreadsheet. Nobody's mentioned the buses,⟧" he said.
Polls open on May 7.

### 045
@a Statistics Office | -
@e Grant Pemberton | its director of economic statistics
@b Harriet Okonjo-Vale | Finance Minister
@c Idris Fenn | the Civic Alliance's shadow finance minister
@d Sunita Rao | senior economist at Pell & Hardy
Inflation fell to 2.9 per cent in September, its lowest level for three years, driven by cheaper petrol and a smaller rise in food prices.
The Statistics Office said the fall from 3.4 per cent in August was "⟦p:a|larger than most forecasters expected⟧".
Grant Pemberton, its director of economic statistics, said: "⟦d:e|Petrol prices fell sharply this month, and food inflation has now eased for seven months in a row. However, the cost of services, such as rents and restaurant meals, is still rising quickly.⟧"
Finance Minister Harriet Okonjo-Vale said the figures showed "⟦p:b|the plan is working⟧". "⟦d:b|There is more to do, but families will start to feel the difference,⟧" she said.
Idris Fenn, the Civic Alliance's shadow finance minister, said prices were "⟦p:c|still rising, just more slowly⟧". "⟦d:c|Try telling someone whose rent has gone up £200 a month that the plan is working,⟧" he said.
Sunita Rao, senior economist at Pell & Hardy, said the figures made an interest rate cut in March "⟦p:d|much more likely⟧". "⟦d:d|This is the number the Reserve Bank was waiting for,⟧" she said.

### 046
@a Evelyn Stroud | Prime Minister
@b Conrad Mayhew | Defence Secretary
@c Tomas Brenner | Opposition leader
@d Patrick Odell | the former chief of the defence staff
Prime Minister Evelyn Stroud has announced that defence spending will rise to 3 per cent of national income by 2030, the biggest increase in a generation.
Speaking at the naval base in Port Carrick, she said the world had become "⟦p:a|more dangerous than at any point since I was a child⟧".
She put it simply: "⟦d:a|The first duty of any government is to keep its people safe. Safety costs money.⟧"
Defence Secretary Conrad Mayhew said the extra £11bn a year would pay for new frigates, air defence systems and a 5 per cent pay rise for service personnel.
"⟦d:b|We have asked a great deal of our armed forces and given them too little in return. That ends now,⟧" he said.
Opposition leader Tomas Brenner said his party supported higher defence spending but wanted to know "⟦p:c|where every penny is coming from⟧".
"⟦d:c|If it's coming from hospitals and schools, the prime minister should say so,⟧" he said.
General Sir Patrick Odell, the former chief of the defence staff, called the announcement "⟦p:d|welcome but overdue⟧".
"⟦d:d|We have been running the armed forces on goodwill and spare parts for a decade,⟧" he told Radio Kingsmere.

### 047
@a Hexley Borough Council | The council
@b J.P. Okonedo | the council's chief executive
@c - | One IT worker who asked not to be named
@d - | A spokesman for the National Cyber Security Office
@e Dolores Fairbanks | -
A cyber attack has knocked out most of Hexley Borough Council's computer systems, leaving residents unable to pay council tax, report missed bin collections or apply for housing benefit online.
The council said it had discovered "⟦p:a|suspicious activity⟧" on its network on Sunday night and had taken its systems offline as a precaution.
J.P. Okonedo, the council's chief executive, said there was no evidence yet that personal data had been stolen, but he could not rule it out.
"⟦d:b|I want to be straight with people. We don't yet know the full extent of this, and it may be weeks before we do,⟧" he said.
"⟦d:b|Our priority is the people who rely on us most: the vulnerable, the elderly, people waiting for benefit payments.⟧"
One IT worker who asked not to be named said the attack had been "⟦p:c|a disaster waiting to happen⟧". "⟦d:c|We've been asking for money to replace servers from 2011 for years,⟧" they said.
A spokesman for the National Cyber Security Office said it was "⟦p:d|working closely⟧" with the council.
Dolores Fairbanks, 79, who usually pays her council tax online, queued at the town hall for 50 minutes on Tuesday.
"⟦d:e|They gave me a form to fill in by hand. I said to the girl, 'What year is it?'⟧"

### 048
@a Aled Pryce | chair of the Association of General Practitioners
@c Lorna McTavish | -
@b Patients First | The charity
@d - | A Department of Health spokesperson
One in five patients waited more than four weeks for a GP appointment last month, figures published on Thursday show.
Dr Aled Pryce MBE, chair of the Association of General Practitioners, warned that the situation would "⟦p:a|get worse before it gets better⟧" unless more doctors were trained.
"⟦d:a|We have fewer full-time GPs than we had ten years ago, and a population that is older and sicker. The arithmetic doesn't work,⟧" he said.
Lorna McTavish, 45, from Drumcairn, said she had rung her surgery at 8am every day for a week before getting an appointment for her son's chest infection.
"⟦d:c|By the time we saw someone, he'd been on antibiotics from the walk-in centre for five days,⟧" she recalled.
The charity Patients First said the figures were "⟦p:b|deeply worrying⟧".
A Department of Health spokesperson said: "⟦d:d|We have delivered 50 million more appointments this year than last, and we are recruiting 2,000 additional GPs.⟧"

### 049
@a Matthias Eberhardt-Quinn | a senior forecaster at the National Weather Service
@b Shona Drummond | Highways manager
@c Anwen Rhys | Headteacher
@d Chloe Sturridge | a nurse with two children at the school
Heavy snow closed more than 300 schools across the northern uplands on Tuesday, with up to 25cm falling on high ground overnight.
Matthias Eberhardt-Quinn, a senior forecaster at the National Weather Service, warned that roads would be "⟦p:a|treacherous⟧" again on Wednesday morning as temperatures fell to -9C.
"⟦d:a|What melts during the day will freeze hard overnight. Black ice is the real danger now, not the snow,⟧" he said.
Highways manager Shona Drummond said the council's 42 gritters had been out "⟦p:b|round the clock⟧" since Sunday.
"⟦d:b|The crews are doing twelve-hour shifts. We'd ask people to be patient and to give the gritters room,⟧" she said.
At Pen-y-Bryn Primary, a sign on the gate read "⟦s:-|Closed — enjoy the snow!⟧". Headteacher Anwen Rhys said she had made the decision at 6am after the school's boiler failed.
"⟦d:c|With no heating and half the staff snowed in, there really wasn't a choice.⟧"
Chloe Sturridge, a nurse with two children at the school, had to find childcare at an hour's notice. "⟦d:d|My mum's driving over from Llanfair. In this. I've told her to go slowly,⟧" she said.

### 050
@d Nia Edwards-Bello | the teenager
@a Kirsty MacLeod-Ansah | Captain
@b Beatriz de la Cruz | Manager
@c Hannah Sverdrup | Rowley Park boss
Kensal Ladies won the Women's Challenge Cup for the first time, beating Rowley Park 2-1 after extra time in front of a record crowd of 41,380 at the National Stadium.
Nia Edwards-Bello, 19, came off the bench to score the winner in the 113th minute, curling a shot into the top corner from 20 yards.
"⟦d:d|I just hit it. I didn't even look where the keeper was,⟧" the teenager said. "⟦d:d|My dad's going to be unbearable now.⟧"
Captain Kirsty MacLeod-Ansah, who had opened the scoring with a header, lifted the trophy with her two-year-old son on her hip.
"⟦d:a|Twelve years I've been at this club. We've lost three finals. I wasn't losing a fourth,⟧" she said.
There is an old saying in the Kensal dressing room: "⟦d:-|The cup always finds its way home.⟧" Manager Beatriz de la Cruz admitted she had never believed it until now.
"⟦d:b|I told them at the break in extra time: one more run each. That's all I asked. They gave me three,⟧" De la Cruz said.
Rowley Park boss Hannah Sverdrup said her side had been "⟦p:c|beaten by a moment of magic⟧". "⟦d:c|We can't have any complaints. That finish would win any game,⟧" she said.

### 051
@a Odessa Quarshie | -
@b Fenella Ruthven | Director
@c Abena Quarshie | Her mother
@d Lionel Osei | Producer
The revival of “⟦s:-|The Glass Orchard⟧” opened at the Regent Playhouse on Tuesday night to a standing ovation, with Odessa Quarshie in the role that made her mother famous 40 years ago.
Quarshie, 36, said she had turned the part down twice.
“⟦d:a:m|Mum played Hester in 1985 and people still stop her in the street about it. I thought: why would I walk into that?⟧
“⟦d:a|Then I read it again last year, properly, and I realised it wasn’t her part. It was just a part. So I said yes before I could change my mind.⟧”
Director Fenella Ruthven said Quarshie had brought “⟦p:b|a steel the role has always needed⟧”.
Her mother, Abena Quarshie, now 71, watched from the stalls. “⟦d:c|I cried from the interval onwards. She’s better than I was. Don’t print that,⟧” she said, laughing.
Producer Sir Lionel Osei said the run had been extended to March because of demand. “⟦d:d|We had 9,000 tickets sold before the first preview. That doesn’t happen with straight plays,⟧” he said.

### 052
@a Peter Vance | Council leader
@b Ayesha Qadir | Greyford Buses' managing director
@c Wilf Arkell | -
@d Bus Users Greyford | The campaign group
Fourteen rural bus routes in Greyford will be withdrawn from January after the county council voted to end subsidies worth £2.3m a year.
Council leader Peter Vance said the decision had been ``⟦p:a|agonising⟧'' but that the authority had no money left.
``⟦d:a|We are legally required to balance the budget. I would love to keep every route running. I can't conjure money out of thin air,⟧'' he said.
Greyford Buses' managing director, Ayesha Qadir, said the company had offered to run four of the routes at a reduced subsidy. ``⟦d:b|That offer is still on the table,⟧'' she said.
Wilf Arkell, 81, uses the 46 to get to hospital appointments in Greyford three times a week.
``⟦d:c|Without that bus I'm stuck. I don't drive, and my son lives two hours away. A taxi is £38 each way.⟧''
The campaign group Bus Users Greyford said the cuts would leave ``⟦p:d|whole villages cut off⟧''.

### 053
@a Leif Amundsen-Price | chief executive
@b - | One engineer who learned she had lost her job when her laptop was locked mid-meeting
@c Rasa Kazlauskaitė | Tech Workers Union organiser
@d Corvane Systems | the Kingsmere-based software company
Corvane Systems, the Kingsmere-based software company, is to cut 1,100 jobs, about 12 per cent of its workforce, the company told staff on Wednesday.
In an email to employees seen by the Courier, chief executive Leif Amundsen-Price wrote that the company had "⟦p:a|hired too fast for a world that didn't arrive⟧".
"⟦d:a:m|I take full responsibility for the decisions that led us here. These are talented people, and this is not a reflection of their work.⟧
"⟦d:a|Everyone affected will receive at least 16 weeks of pay, their healthcare until June, and help finding their next role.⟧"
One engineer who learned she had lost her job when her laptop was locked mid-meeting said: "⟦d:b|Sixteen weeks is fine. Finding out from a login screen is not.⟧"
Tech Workers Union organiser Rasa Kazlauskaitė said the union had been contacted by "⟦p:c|hundreds⟧" of Corvane staff. "⟦d:c|This industry tells people they're family, then shows them the door by email,⟧" she said.
Corvane Systems said in a statement that it remained "⟦p:d|confident in our long-term strategy⟧". Its shares rose 4 per cent.

### 054
@c Marion Teague | its chief executive
@b Kirsten Holm | -
@d Sam Whitlow | -
@a Olusegun Adebayo-Hart | Children's Minister
Hundreds of nurseries could close next year because government funding for free childcare places falls far short of the cost of providing them, a sector body has warned.
The Early Years Federation said its survey of 1,400 providers found that eight in ten were making a loss on funded places.
Marion Teague, its chief executive, said: "⟦d:c|The free hours policy is popular, and rightly so. But it is being paid for by nurseries going bust and by parents paying over the odds for the hours that aren't free.⟧"
Kirsten Holm runs Little Acorns, a 40-place nursery in Braybrook. She has raised fees for unfunded hours three times in two years.
"⟦d:b|I lie awake doing sums. Every time I put prices up, I lose a family. Every time I don't, I lose money,⟧" she said.
Sam Whitlow, whose twins attend Little Acorns, said the family paid £1,340 a month even with the free hours. "⟦d:d|That's more than our mortgage. My wife and I joke that we're working to pay for the privilege of working,⟧" he said.
Children's Minister Olusegun Adebayo-Hart insisted funding rates were "⟦p:a|fair and sustainable⟧". "⟦d:a|We've increased the hourly rate by 7 per cent this year, well above inflation,⟧" he said.
Teague said the increase had been "⟦p:c|swallowed whole⟧" by the rise in the minimum wage.

### 055
@a Raymond Okwuosa-Blythe | the soul singer
@b - | his family
@c Lula Venn-Castillo | Singer
@d Tobias Reinholt | Guitarist
@e Evelyn Stroud | Prime Minister
@f Harbour Records | his label since 1969
Raymond Okwuosa-Blythe, the soul singer, has died at the age of 78. His hits included "⟦s:-|Sunday in the Rain⟧" and "⟦s:-|Carry Me Home, Caroline⟧".
In a statement, his family said he died peacefully at home in Wendover Cross, "⟦p:b|surrounded by the people and the records he loved⟧".
Tributes poured in from across the music world. Singer Lula Venn-Castillo wrote on social media: "⟦d:c|He taught me that you sing the sad ones with a smile. Rest easy, Uncle Ray.⟧"
Guitarist Tobias Reinholt, who played in his band for 30 years, recalled: "⟦d:d|He'd stop a show if someone in the front row looked unwell. Late for everything else in his life, but he never missed a soundcheck.⟧"
Prime Minister Evelyn Stroud wrote that he had been "⟦p:e|the voice of a thousand first dances⟧".
Harbour Records, his label since 1969, said: "⟦d:f|There will never be another Ray.⟧"
In a 2019 interview, Okwuosa-Blythe said he hoped to be remembered "⟦p:a|as a man who showed up on time, eventually⟧".

### 056
@a Dunmere Police | -
@c Gareth Lloyd-Jenkins | Inspector
@e Bethan Morris | His sister
@f Dai Rowlands | a volunteer with Dunmere Mountain Rescue
@g Dunmere Mountain Rescue | -
A teenager who had been missing on the Carnedd hills for two nights has been found alive, cold and "⟦p:a|remarkably cheerful⟧", Dunmere Police said.
Owen Morris, 17, was spotted by a search helicopter in a sheep shelter about four miles from where his car was found.
Inspector Gareth Lloyd-Jenkins said Owen had taken shelter after becoming disoriented in thick cloud on Saturday afternoon.
"⟦d:c|He did exactly the right thing. He stayed put, he stayed as dry as he could, and he rationed his food. He's a sensible lad,⟧" he said.
His sister, Bethan Morris, posted on Facebook: "⟦d:e|HE'S SAFE. Thank you thank you thank you to everyone who searched, shared and prayed.⟧"
Dai Rowlands, a volunteer with Dunmere Mountain Rescue, was among more than 80 people who searched through two nights. "⟦d:f|When the call came through on the radio, a few of us had a little cry. Don't tell anyone,⟧" he said.
Dunmere Mountain Rescue said the search had been "⟦p:g|one of the largest we have mounted in a decade⟧".

### 057
@a Esther Njambi Wairimu | -
@b Tesfaye Alemu | -
@c Ruth Hallam | Race director
@d Gordon Speirs | -
Esther Njambi Wairimu won the Kingsmere Marathon on her debut at the distance on Sunday, finishing in 2hr 19min 48sec, the fastest women's time ever recorded on the course.
The 27-year-old pulled clear of the leading group at 35km and crossed the line more than a minute ahead of the defending champion, Lotte Verhaegen.
"⟦d:a|Nimefurahi sana. Nilikimbia kwa ajili ya mama yangu,⟧" Wairimu said at the finish, before a team official translated: "⟦d:a|I am very happy. I ran for my mother.⟧"
Tesfaye Alemu won the men's race in 2hr 06min 11sec. Speaking through an interpreter, Alemu said the headwind along the river had made it "⟦p:b|a very hard day for everybody⟧".
"⟦d:b|At 30 kilometres I wanted to stop and drink coffee,⟧" he said.
Race director Ruth Hallam said 41,200 runners had finished, a record. "⟦d:c|Every one of them is a winner today, and I mean that, even the man dressed as a lighthouse,⟧" she said.
Gordon Speirs, 64, from Castlereagh, was the lighthouse. He finished in 5hr 52min. "⟦d:d|The lighthouse was heavier than it looked. I'll come as a sock next year,⟧" he said.

### 058
@a Sadia Rahman | the council's cabinet member for finance
@b Morwenna Tregear | Green group leader
@c Alastair Finch | chairman of the Ratepayers' Association
Council tax in Pellingham will rise by 4.99 per cent from April, the maximum allowed without a referendum, adding £94 a year to the average Band D bill.
Councillor Sadia Rahman, the council's cabinet member for finance, said: "⟦d:a|Nobody goes into local government wanting to put up bills. But the cost of adult social care alone has gone up by £11m in a year.⟧"
Green group leader Morwenna Tregear said the rise was "⟦p:b|unavoidable⟧" and that her group would not oppose it.
Alastair Finch, chairman of the Ratepayers' Association, disagreed. "⟦d:c|Every year it's unavoidable. Every year it's the maximum. At some point someone has to look at what the council is spending,⟧" he said.

### 059
@a Food Standards Authority | -
@b Meadowgold Dairies | -
@c Hannah Breckon | -
@d Femi Lawal | Its medical director
Meadowgold Dairies is recalling three flavours of its children's yoghurts because they may contain peanuts not listed on the label.
The Food Standards Authority said the products posed "⟦p:a|a possible health risk⟧" to anyone with a peanut allergy and urged customers not to eat them.
In a statement, Meadowgold Dairies said: "⟦d:b|We sincerely apologise to our customers. The issue arose from a packaging error at one of our sites and has now been resolved.⟧"
Hannah Breckon, whose son Alfie, four, has a severe peanut allergy, said the family ate the yoghurts "⟦p:c|almost every day⟧".
"⟦d:c|He's fine, thank God. But I read labels for a living at this point. If the label's wrong, what am I supposed to do?⟧" she said.
The charity Allergy Aware said recalls caused by labelling errors had doubled in five years. Its medical director, Dr Femi Lawal, said: "⟦d:d|Every one of those is a potential hospital admission, or worse.⟧"

### 060
@a Yvonne Atherley | Chief Fire Officer
@b Ewan Blackwood | -
@c Marsden Estate | -
@d - | A woman who lives on the edge of the moor
Firefighters were still tackling a moorland blaze above the village of Hollinsdale on Monday night, three days after it started, with more than 600 hectares of heather and peat destroyed.
Chief Fire Officer Yvonne Atherley said crews were "⟦p:a|making progress but not out of the woods⟧". Up to 70 firefighters have been at the scene at any one time.
"⟦d:a|Peat fires are stubborn. You can put out the flames on top and it will carry on burning underground for weeks,⟧" she said.
Ewan Blackwood's family has farmed at Cragside for four generations. He moved 400 sheep off the hill on Saturday night with the help of neighbours. He put it bluntly: "⟦d:b|If the wind had turned, we'd have lost the lot.⟧"
"⟦d:b|I've never seen the moor this dry in April. Never,⟧" he said.
The Marsden Estate, which owns most of the moor, said it was "⟦p:c|devastated⟧" and was working with the fire service. Police are investigating whether the fire was started by a disposable barbecue.
A woman who lives on the edge of the moor said: "⟦d:d|The smoke was so thick on Saturday you couldn't see the end of the garden. My little boy's inhaler has been getting a workout.⟧"
Atherley urged walkers not to light fires or barbecues anywhere on open land. "⟦d:a|It takes one spark,⟧" she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh33.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh33",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
