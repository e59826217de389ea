# ruff: noqa: E501
"""Build ``quotes_fresh2.jsonl``: a second independent, held-out gold set of quotes.

All passages are fictional and were written from scratch for this file.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh2-NNN``.

Offsets are computed automatically and checked by the rules in ``markup.py``, with
this set's differences: quotation marks are straight, curly or guillemets only
(no doubled backticks), a declared speaker need not be used, and there are
exactly 60 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh2.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS_SINGLE, build_set

OUT = Path(__file__).with_name("quotes_fresh2.jsonl")

PASSAGES = """
### 001
@a Lorna Castellane | Harwick’s chief executive
@b Brindle & Moss | a research firm
Harwick Foods will close two of its five bakeries by the end of the year, Lorna Castellane, Harwick’s chief executive, wrote in a letter to shareholders on Tuesday. “⟦d:a|We have carried too much capacity for too long, and the ’20s have not been kind to mid-sized bakers,⟧” she wrote. “⟦d:a|This is a painful decision, but it is the right one.⟧” Brindle & Moss, a research firm, described the move as "⟦p:b|overdue but sensible⟧" in a note to clients. The company’s shares rose 4 per cent in early trading.
### 002
@a Priya Natarajan | -
@b Simon Achterberg | Holloway’s barrister
@c Gwen Taverner | The club's chairwoman
A former treasurer of the Aldmoor Rowing Club was jailed for three years on Friday for taking £212,000 from the club’s accounts. Judge Priya Natarajan told Kessington Crown Court that Dennis Holloway, 58, had shown "⟦p:a|a breathtaking disregard⟧" for the members who had trusted him. “⟦d:a|You treated their savings as your own private allowance,⟧” she told him. Holloway’s barrister, Simon Achterberg, said his client was "⟦p:b|deeply ashamed⟧" and had already sold his house to repay part of the money. The club's chairwoman, Gwen Taverner, said outside court: "⟦d:c|We're relieved it's over. Now we can get back on the water.⟧"
### 003
@a Ross Fenwick | The Brigham Town manager
@b Dele Oyinlola | Fenwick’s captain
“⟦d:a|We were second to every ball in the first half,⟧” Ross Fenwick said after Saturday’s 3-1 defeat at Calder Park. The Brigham Town manager, whose side have now lost four in a row, added: “⟦d:a|That’s on me. I picked the team.⟧” Fenwick’s captain, Dele Oyinlola, was even harder on himself. "⟦d:b|I gave the ball away for the second goal,⟧" he said. "⟦d:b|I'll watch it back tonight and it'll hurt.⟧"
### 004
@m Ministry of Water Resources | -
@u - | a senior engineer at the dam
The Ministry of Water Resources said in a statement that the Pellam reservoir was "⟦p:m|structurally sound⟧" and that there was "⟦p:m|no reason for alarm.⟧" But a senior engineer at the dam, speaking on condition of anonymity, disagreed. "⟦d:u|The cracks on the eastern face have doubled since March,⟧" the engineer said. "⟦d:u|Nobody at the ministry wants to hear it.⟧" Residents of nearby Osterholm have started a petition calling for an independent inspection.
### 005
@h Hilda Marchetti | a retired teacher
“⟦d:-|It’s not a closure, it’s a pause.⟧” That was the message on a banner outside the Ferrow Street library on Monday, the first day of a so-called "⟦s:-|service review⟧" that will keep its doors shut until spring. Regulars weren't convinced. "⟦d:h|Three months, they said last time, and it was two years,⟧" said Hilda Marchetti, a retired teacher. She has used the library since the ’60s.
### 006
@a Ilse Varga | the union’s general secretary
@e - | Employers’ representatives
Addressing the Federation of Transport Workers’ congress in Dorrin on Thursday, Ilse Varga, the union’s general secretary, did not mince her words.
“⟦d:a:m|For twenty years we have been told to be patient. We were patient in the crisis. We were patient through the pay freeze.⟧
“⟦d:a|Patience is not a wage. From today, we ask for what we are owed.⟧”
Delegates rose to their feet. Employers’ representatives said they would respond "⟦p:e|in due course.⟧"
### 007
@a Bettina Rusk | a structural engineer with the firm Colby Hale
@b Marek Sadowski | the county’s highways director
The Tollen Bridge was "⟦p:a|never designed for lorries of this weight,⟧" according to Bettina Rusk, a structural engineer with the firm Colby Hale, which surveyed it last year. "⟦d:b|We've heard the concerns and we will act on them,⟧" said Marek Sadowski, the county’s highways director. "⟦d:b|A weight limit goes in on the first of the month.⟧" "⟦d:a|It's a start, not a solution,⟧" Rusk said.
### 008
@a Nkechi Okafor | -
In an interview at her constituency office in Wellbrook, a "⟦s:-|safe⟧" seat she almost lost in 2019, Nkechi Okafor was asked whether she would stand for a fourth term. "⟦d:a|Not a chance,⟧" she said. Asked why not, she laughed. "⟦d:a|Ask my husband. Ask my knees.⟧" Asked what she was proudest of, she did not hesitate: "⟦d:a|The hospice. Everything else was just politics.⟧"
### 009
@a Aurélien Dufay | The mayor of Saint-Ombre
@b Colette Brunel | a café owner on the main square
The mayor of Saint-Ombre, Aurélien Dufay, said the village would not accept the wind farm «⟦p:a|at any price⟧». «⟦d:a|We are not against progress. We are against being ignored,⟧» he told the regional daily Le Veilleur. Colette Brunel, a café owner on the main square, was more sanguine. «⟦d:b|They said the same about the motorway,⟧» she said. «⟦d:b|Now everyone uses it.⟧»
### 010
@o Corvane Telecom | -
@u - | A spokeswoman for Ofcal
Corvane Telecom said on Wednesday that an error during routine maintenance had left 400,000 customers without mobile service for nine hours. "⟦d:o|We apologise unreservedly to every customer affected,⟧" the company said in a statement. It was the third "⟦s:-|routine⟧" maintenance window to go wrong this year. A spokeswoman for Ofcal, the telecoms regulator, said it had asked Corvane for "⟦p:u|a full account⟧" by Friday.
### 011
@a Tomasz Wielgosz | head of the Greyharbour fire service
"⟦d:a|The first crews were there in six minutes,⟧" said Tomasz Wielgosz, head of the Greyharbour fire service. "⟦d:a|By then the roof had already gone.⟧" No one was hurt in the blaze, which destroyed a disused mill on Canal Row. "⟦d:a|For now, we're treating it as suspicious,⟧" Wielgosz added.
### 012
@p Conrad Mays | prosecuting
@j Adaeze Pellow | -
@t Amelia Grant | defending
Ryan Tolley, 34, denies causing death by dangerous driving on the A614 last October. Opening the case, Conrad Mays, prosecuting, told the jury that Tolley had been travelling at "⟦p:p|more than twice the speed limit⟧" moments before the crash. "⟦d:p|This was not a lapse of concentration. It was a choice,⟧" Mr Mays said. Mrs Justice Adaeze Pellow reminded jurors that they must "⟦p:j|put out of your minds anything you have read about this case.⟧" "⟦d:t|My client accepts he was driving. He does not accept that he drove dangerously,⟧" said Amelia Grant, defending. The trial continues.
### 013
@a Marisol Quintero | Valdena’s head coach
@b Anouk Jaspers | -
Anouk Jaspers scored 31 points as Valdena beat Ostrova 88-79 to reach the final. "⟦d:a|She was outstanding tonight, but she's been outstanding all season,⟧" Valdena’s head coach, Marisol Quintero, said after the match. Jaspers shrugged off the praise. "⟦d:b|The shots went in. Some nights they don't,⟧" she said. "⟦d:b|Sunday's the one that matters.⟧"
### 014
@a Oluwaseun Abara | chair of the Linden Park residents’ association
@c the council | -
"⟦d:a|Nobody asked us. Not once.⟧" That is how Oluwaseun Abara, chair of the Linden Park residents’ association, summed up the consultation over the new bus depot. The council insists that it held "⟦p:c|extensive engagement⟧" over eighteen months, including three public meetings. "⟦d:a|Two of those meetings were at eleven in the morning, on weekdays,⟧" Abara said.
### 015
@q Arjun Mehta | a delivery driver
The "⟦s:-|temporary⟧" car park on Quayside has now stood for eleven years. It's unlit, it floods, and drivers' complaints have gone unanswered. "⟦d:q|I've lost two tyres to the potholes,⟧" said Arjun Mehta, a delivery driver. The city's parking department didn't respond to requests for comment.
### 016
@a Rosalind Firth | Pendlebury’s chair
@k Kessel Capital | an activist investor with 6 per cent of Pendlebury
Rosalind Firth, Pendlebury’s chair, used her annual letter to shareholders to defend the board’s decision to reject the takeover bid.
“⟦d:a:m|Some of you have told us we left money on the table. I understand the frustration.⟧
“⟦d:a:m|But the offer undervalued a business that has doubled its profits since 2019, and it would have loaded the company with debt.⟧
“⟦d:a|We will not apologise for thinking about the next ten years rather than the next ten weeks.⟧”
The letter was published on Monday ahead of the annual meeting. Kessel Capital, an activist investor with 6 per cent of Pendlebury, called it "⟦p:k|a masterclass in missing the point.⟧"
### 017
@a Daniel Oyelaran | the detective leading the inquiry
@u - | A police source
Police in Marrick have arrested two men after a jeweller’s on Bridge Street was raided on Saturday night. "⟦d:a|We believe this was planned weeks in advance,⟧" said Daniel Oyelaran, the detective leading the inquiry. He appealed for anyone who had seen "⟦p:a|a dark estate car with a roof box⟧" in the area to come forward. The shop’s "⟦s:-|unbreakable⟧" display cases were smashed in under a minute. A police source said the men were "⟦p:u|known to officers⟧" but declined to give further details.
### 018
@a Felicity Rowan-Hart | the opposition’s finance spokeswoman
@b Ahmed Serrano | The finance minister
@c Gideon Pask | an economist at the University of Harlow
The finance minister, Ahmed Serrano, defended the budget on Thursday as "⟦p:b|honest about the choices we face.⟧" Felicity Rowan-Hart, the opposition’s finance spokeswoman, was scathing. "⟦d:a|Honest? It raises taxes on every working family while pretending it doesn't,⟧" she told reporters. Gideon Pask, an economist at the University of Harlow, said both were "⟦p:c|partly right.⟧" "⟦d:c|The numbers add up, just about. Whether they survive a recession is another matter,⟧" he said.
### 019
@a Sunniva Holt | the festival’s new director
We asked Sunniva Holt, the festival’s new director, about this year’s programme and the Kelder Lake festival’s much-trailed “⟦s:-|reinvention⟧”.
Why drop the headline concert? “⟦d:a|Because it ate half the budget and a third of the audience left before the encore.⟧”
And the critics? “⟦d:a|Critics are welcome. They can buy a ticket like everyone else.⟧”
### 020
@j Lionel Abernethy | -
@v Carys Whitlow | the victim’s mother
Sentencing Kyle Draper to four years, Judge Lionel Abernethy told the court that the attack had been "⟦p:j|cowardly and entirely unprovoked.⟧" "⟦d:j|You will carry this for the rest of your life, as he will,⟧" the judge told Draper. In a statement read to the court, the victim’s mother, Carys Whitlow, said her son had "⟦p:v|lost his confidence, his job and very nearly his sight.⟧" "⟦d:v|I don't recognise the boy who comes home from the hospital appointments,⟧" she wrote. Draper, 22, showed no emotion as he was led away.
### 021
@h Lenmark Health Agency | -
@a Amara Osei | a consultant virologist at St Bride’s Hospital
Cases of the winter vomiting bug have risen for a fourth consecutive week, the Lenmark Health Agency said on Friday, urging people with symptoms to stay at home for “⟦p:h|at least 48 hours after they feel better.⟧” Dr Amara Osei, a consultant virologist at St Bride’s Hospital, said the rise was “⟦p:a|steep but not unprecedented.⟧” “⟦d:a|Wash your hands with soap. Gel doesn't kill it,⟧” she said.
### 022
@a Bruno Castellanos | Rovers’ sporting director
@u - | One person close to the negotiations
Elmstead Rovers are "⟦p:a|very close⟧" to signing the winger Kofi Mensah-Blake, according to Rovers’ sporting director, Bruno Castellanos. "⟦d:a|There are details to settle, but we're confident,⟧" he said on Tuesday. One person close to the negotiations said the fee was about £9m, "⟦p:u|maybe a little more with add-ons.⟧" Mensah-Blake’s current club, Fairhaven, declined to comment.
### 023
@a Winifred Castle | an 83-year-old former postmistress
@b Tariq Hussain | the village shop’s owner
@c Eleri Pugh | the parish council’s chairwoman
The last post office in Brantwick closed its doors on Saturday after 140 years. "⟦d:a|I ran it from '71 to '98. I knew every parcel by its handwriting,⟧" said Winifred Castle, an 83-year-old former postmistress. Tariq Hussain, the village shop’s owner, has applied to run a counter from his premises. "⟦d:b|It's not the same, I know that. But it's better than a forty-minute bus ride,⟧" he said. Eleri Pugh, the parish council’s chairwoman, called the closure "⟦p:c|the end of an era⟧" but said she hoped Mr Hussain’s bid would succeed.
### 024
“⟦d:-|Welcome to the fast lane.⟧” The billboard greets drivers entering Cobham Vale, where the council’s “⟦s:-|traffic calming⟧” scheme has produced the longest queues in the county. Average journey times on the high street have doubled since the chicanes went in last spring.
### 025
@o Brightwater Rail | -
@a Jonah Kettering | a spokesman for the company
@b Maeve Sullivan | regional organiser for the Transport & Rail Union
Brightwater Rail said it was "⟦p:o|disappointed⟧" that drivers had voted to strike on three days next month. "⟦d:a|We've made a fair offer and our door remains open,⟧" Jonah Kettering, a spokesman for the company, said. Maeve Sullivan, regional organiser for the Transport & Rail Union, said the offer was "⟦p:b|fair only if you don't have to pay rent.⟧" "⟦d:b|Our members didn't want this. They were pushed into it,⟧" she added.
### 026
@a Clement Ashdown | chairman of the Northern Bird Trust
@f Owain Pritchard | a sheep farmer and Farmers’ Alliance member
"⟦d:a|Twenty years ago you'd see a hundred curlews on this marsh in April. This year we counted eleven,⟧" said Sir Clement Ashdown, chairman of the Northern Bird Trust. The trust blames drainage on neighbouring farmland. Farmers' leaders reject that. "⟦d:f|We've farmed this land the same way since the '50s,⟧" said Owain Pritchard, a sheep farmer and Farmers’ Alliance member.
### 027
@a Priyanka Deol | Lumetrix’s founder and chief executive
@b Hamish Corrigan | an analyst at Tavistock Partners
Lumetrix, the Cardona-based chipmaker, will cut 1,200 jobs, or about 9 per cent of its workforce. In a memo to staff, Priyanka Deol, Lumetrix’s founder and chief executive, said the company had "⟦p:a|grown faster than our ability to manage that growth.⟧" "⟦d:a|I own that. These are talented people, and this is not a reflection on their work,⟧" she wrote. Staff learned of the "⟦s:-|rightsizing⟧" by email. Hamish Corrigan, an analyst at Tavistock Partners, said the cuts were "⟦p:b|overdue⟧" and that investors would "⟦p:b|welcome the discipline.⟧"
### 028
@a Ingrid Solberg | a forecaster at the National Weather Office
@b Peter Mallory | a farmer near Arnsby
"⟦d:a|This heat will last well into next week,⟧" warned Ingrid Solberg, a forecaster at the National Weather Office. Peter Mallory, a farmer near Arnsby, said his wheat was already suffering. "⟦d:b|Another fortnight of this and we lose half the crop,⟧" he said. She advised people to avoid the sun between 11am and 3pm. "⟦d:a|Check on elderly neighbours. That's the single most useful thing you can do.⟧"
### 029
@a Ludovic Ferrand | the prosecutor
@b Nadia Belkacem | Mr Roussel’s lawyer
«⟦d:a|The accused knew exactly what he was signing,⟧» the prosecutor, Ludovic Ferrand, told the court in Vellemont on Tuesday. Gaspard Roussel, a former deputy mayor, is accused of awarding a paving contract to his brother-in-law’s firm. Mr Roussel’s lawyer, Nadia Belkacem, called the case «⟦p:b|a political vendetta dressed up as justice⟧». A verdict is expected in June.
### 030
@a Jasper Oduya | a spokesman for the airport
Flights at Hallam Airport were suspended for two hours on Sunday after a drone was spotted near the runway. "⟦d:a|Safety is our absolute priority,⟧" said Jasper Oduya, a spokesman for the airport. "⟦d:a|We are reviewing exactly how it got so close.⟧" It was the second incident since the airport’s "⟦s:-|drone-proof⟧" perimeter system was unveiled in March.
### 031
@a Bronwen Ellery | his daughter
Hundreds attended the funeral of Arthur Tallis, the Calverton boatbuilder, on Wednesday. Bronwen Ellery, his daughter, gave the eulogy.
"⟦d:a:m|Dad didn't believe in shortcuts. If a plank was wrong, it came out, even if it took a week.⟧
"⟦d:a|He'd want me to say something about the boats, so I will: they're still floating. That's the best thing anyone could say about him.⟧"
The boatyard’s flag flew at half-mast.
### 032
@a Ilya Petrenko | Dynamo Kurbask’s coach
@b Sean McAllister | The hat-trick scorer
"⟦d:a|We deserved nothing,⟧" said Dynamo Kurbask’s coach, Ilya Petrenko, after his side’s 4-0 home defeat. "⟦d:a|Nothing. I told the players that in the dressing room, and I'll tell them again tomorrow.⟧" The hat-trick scorer, Sean McAllister, dedicated the win to his grandmother, who died last week. "⟦d:b|She never missed a game,⟧" he said.
### 033
@o Coastal Futures Institute | -
@a Rhiannon Vance | the institute’s director
One in five homes in the Dunmere estuary could be at risk of flooding by 2050, according to a report published on Monday by the Coastal Futures Institute. The report describes current sea defences as “⟦p:o|inadequate in places and absent in others.⟧” “⟦d:a|This isn't a prediction about the distant future. These are people's mortgages,⟧” said Rhiannon Vance, the institute’s director. The government’s “⟦s:-|shoreline strategy⟧”, launched with fanfare in 2019, has yet to fund a single new sea wall.
### 034
@a Declan Moriarty | the pub’s landlord
@b the brewery | -
The Anchor, one of Porthallow’s oldest pubs, won't close after all. Regulars raised £86,000 in six weeks to buy it from the brewery. "⟦d:a|I'd written the farewell speech,⟧" said Declan Moriarty, the pub’s landlord. "⟦d:a|Now I've got to write a thank-you one, and there's 900 names on it.⟧" The brewery said it was "⟦p:b|delighted⟧" for the community.
### 035
@u - | A senior diplomat involved in the talks
@v - | An official in Marovia’s foreign ministry
Talks between Marovia and Estland over the disputed Kessel islands broke up on Thursday without agreement. A senior diplomat involved in the talks said the two sides had been "⟦p:u|close on the wording, far apart on the substance.⟧" An official in Marovia’s foreign ministry was blunter. "⟦d:v|They came to talk about fishing. We came to talk about sovereignty,⟧" the official said. "⟦d:v|We can wait.⟧" No date has been set for the next round.
### 036
@a Oksana Hrynko | -
Oksana Hrynko was 19 when she opened her first "⟦s:-|salon⟧" in a converted garage in Fenby. Today she owns eleven. Her advice to young entrepreneurs is simple: "⟦d:a|Don't wait until you're ready. You'll never be ready.⟧" And her biggest mistake? "⟦d:a|Taking advice from people who'd never run anything.⟧"
### 037
@a Malcolm Reeve | -
@b Julia Stannard | for the prosecution
Giving evidence for the first time, Malcolm Reeve told the jury he had "⟦p:a|never laid a finger⟧" on the victim. Under cross-examination, Julia Stannard KC, for the prosecution, asked him why his DNA was found on the victim’s jacket. "⟦d:a|I can't explain it,⟧" he replied. "⟦d:b|You can't explain it, or you won't?⟧" Ms Stannard asked. The trial, at Overby Crown Court, continues.
### 038
@a Yusuf Demir | a barber on the street
@b Hannah Lowther | the council’s cabinet member for transport
@c Carmen Ibáñez | a mother of two
Shopkeepers on Gorse Lane say the council’s "⟦s:-|low-traffic neighbourhood⟧" has halved their takings. "⟦d:a|Tuesday I had four customers. Four,⟧" said Yusuf Demir, a barber on the street. Hannah Lowther, the council’s cabinet member for transport, said the scheme was "⟦p:b|working as intended⟧" and that air quality had improved. Carmen Ibáñez, a mother of two, sided with the councillor. "⟦d:c|For the first time, I'm not scared at the crossing,⟧" she said.
### 039
@a Tobias Lindqvist | the expedition leader
"⟦d:a|We reached the ridge at dawn,⟧" Tobias Lindqvist, the expedition leader, wrote in his final dispatch from the Harrow Range. "⟦d:a:m|The wind had dropped and for an hour it was the most beautiful place on Earth.⟧
"⟦d:a|Then the cloud came in and we turned around. There's no shame in that. The mountain will still be there next year.⟧"
The team of four is expected back at Tarrow base camp by Friday.
### 040
@o Castlebridge | -
@a Gemma Threlfall | the coach
Castlebridge captain Leah Marsh will miss the rest of the season with a knee injury. "⟦d:o|Leah faces a lengthy period of rehabilitation, and she will have our full support,⟧" the club said in a statement. Gemma Threlfall, the coach, said after Sunday’s 2-2 draw: "⟦d:a|Losing Leah is like losing our spine. But we've got players who've waited a long time for a chance.⟧"
### 041
@a Edmund Larch | the housing minister
"⟦d:a|We will build 40,000 homes a year, and we will build them where people want to live,⟧" the housing minister, Edmund Larch, told the party conference in Wexley. Critics noted that the government had built fewer than 22,000 last year, and that many of its "⟦s:-|affordable⟧" homes cost nine times the local average salary. Larch dismissed them as "⟦p:a|the same people who said we'd never build any.⟧" "⟦d:a|Let them count. We'll keep building,⟧" he said.
### 042
@a Fiona Gatiss | The coroner
@b Kwame Asante | a solicitor for the families
The inquest into the deaths of three workers at the Hollins Quarry heard that officials’ warnings about the unstable face had been ignored for months. The coroner, Fiona Gatiss, told the court that the men had died "⟦p:a|as a direct result of failures that were known and foreseeable.⟧" Kwame Asante, a solicitor for the families, said outside: "⟦d:b|Today the truth came out. Tomorrow we want accountability.⟧"
### 043
@o Ardent Motors | -
@a Sven Halvorsen | Ardent’s chief executive
Ardent Motors is recalling 58,000 of its Tessa hatchbacks over a fault that can cause the rear brakes to lock. “⟦d:o|No injuries have been reported,⟧” the company said in a statement. Ardent’s chief executive, Sven Halvorsen, said the fix would take “⟦p:a|under an hour⟧” at any dealer. It is the model’s third recall since its much-hyped “⟦s:-|relaunch⟧” in 2022.
### 044
@a Corinne Abadi | Millfield Primary’s head teacher
@g - | One father
Millfield Primary will close a day early for the summer after a burst pipe flooded its "⟦s:-|new⟧" hall, which was built in 1974. Corinne Abadi, Millfield Primary’s head teacher, said staff had been "⟦p:a|mopping since six o'clock this morning.⟧" One father, collecting twin boys, was philosophical. "⟦d:g|The kids are thrilled. I'm less thrilled,⟧" he said.
### 045
@a Ottoline Brisk | the Harbour Courier’s theatre critic
@l Evening Lantern | -
@k Kit Ambrose | The director
The new production of The Winter Ferry at the Lyric Tarrant has divided critics. Ottoline Brisk, the Harbour Courier’s theatre critic, called it "⟦p:a|three hours of magnificent tedium⟧", while the Evening Lantern praised its "⟦p:l|fearless⟧" staging. "⟦d:a|I have rarely been so bored so beautifully,⟧" Brisk wrote. The director, Kit Ambrose, said he never reads reviews. "⟦d:k|Well, I read the good ones,⟧" he admitted.
### 046
@a Hamid Rostami | the region’s emergency coordinator
More than 3,000 people have been evacuated from low-lying villages along the River Sell, where the "⟦s:-|hundred-year⟧" flood has now come three times in a decade, according to Hamid Rostami, the region’s emergency coordinator. "⟦d:a|The water is still rising. We expect the peak tomorrow night,⟧" he told a press briefing in Castor. Asked whether the flood barriers would hold, he paused. "⟦d:a|They were designed for this. We'll find out.⟧"
### 047
@u - | one currency trader in Harlow
@a Lucía Fernández-Ortiz | chief strategist at Bellgrave Securities
@g - | The bank’s governor
The krona, long treated by investors as a "⟦s:-|safe haven⟧", slid to a seven-year low on Wednesday after the central bank's surprise rate cut. "⟦d:u|Nobody saw that coming. Nobody,⟧" said one currency trader in Harlow, who asked not to be named. Lucía Fernández-Ortiz, chief strategist at Bellgrave Securities, called the decision "⟦p:a|brave or reckless, depending on what inflation does next.⟧" "⟦d:a|If prices stay sticky, they'll regret it by the autumn,⟧" she said. The bank’s governor has insisted that policy remains "⟦p:g|data-driven⟧".
### 048
@a Beatrix Fenn | curator of the exhibition
@b Nigel Abbott | The museum’s director
"⟦d:a|People forget how strange the ’90s were,⟧" said Beatrix Fenn, curator of the exhibition, which opens at the Harrowgate Museum on Saturday. "⟦d:a|Dial-up modems, pagers, fax machines in every office. It feels like archaeology now.⟧" Visitors can try a working pager and a 1997 games console. "⟦d:b|I expect it to be our busiest show since the dinosaurs,⟧" said the museum’s director, Nigel Abbott.
### 049
@d the developer | -
"⟦d:-|We're not going anywhere.⟧" The words, spray-painted across the hoardings of the half-demolished Clement Street flats, have become a rallying cry for the tenants who refused to leave. Eleven households remain, surrounded by what the developer calls a "⟦p:d|regeneration zone⟧".
### 050
@a Gareth Pryce | -
@b Sioned | his wife
Gareth Pryce and his wife, Sioned, have run the Lower Cwm campsite for 31 years. This summer, for the first time, they turned people away. "⟦d:a|We had a family from Castor crying at the gate,⟧" he said. "⟦d:a|I felt terrible.⟧" She was more pragmatic. "⟦d:b|We've got forty pitches. We can't make forty-one,⟧" she said.
### 051
@a Tane Walker | The Harriers’ head coach
The Harriers’ head coach, Tane Walker, was in no mood to celebrate after his side scraped past Oldfield 19-17. "⟦d:a|We got out of jail. Let's be honest about that,⟧" he said after the match. "⟦d:a|If we play like that against Redmarsh, we'll lose by thirty.⟧" His fly-half, Rory Esterhuizen, kicked four penalties, including the winner in the 79th minute.
### 052
@a Mireille Castaing | Orvane Group’s chief executive
At a press conference in Lautry to announce the so-called “⟦s:-|merger of equals⟧” with Denbrook, Mireille Castaing, Orvane Group’s chief executive, was asked whether the merger would cost jobs. “⟦d:a|Some roles will change. Some will go. I won't pretend otherwise,⟧” she said. Would the head office stay in Lautry? “⟦d:a|Yes. That is not negotiable.⟧” She declined to say how many positions were at risk, calling such estimates “⟦p:a|premature.⟧”
### 053
@j Marguerite Oyelowo | -
@o Harlan Water | -
@c Save the Wend | -
The Court of Appeal on Friday overturned a £4m fine imposed on Harlan Water for sewage discharges into the River Wend. Lady Justice Marguerite Oyelowo said the original judge had "⟦p:j|misdirected himself on the law⟧" but stressed that the ruling was "⟦p:j|no endorsement of the company’s conduct.⟧" "⟦d:j|Regulators, like everyone else, must follow the law,⟧" she said. Harlan Water said it was "⟦p:o|pleased⟧" with the decision. Campaigners from Save the Wend said it was "⟦p:c|a dark day for the river.⟧"
### 054
@a Ravi Anand | a glaciologist at the University of Tromvik
@b Henrik Aasland | the expedition’s pilot
Professor Ravi Anand, a glaciologist at the University of Tromvik, has spent six summers measuring the Skarn glacier. "⟦d:a|It has lost a quarter of its mass since I first came here,⟧" he said. "⟦d:a|That's not a model. That's a tape measure.⟧" Henrik Aasland, the expedition’s pilot, has flown over the glacier since the ’80s. "⟦d:b|You can see the change from the cockpit, year on year,⟧" he said.
### 055
@a Karen Ostrowski | -
@w - | A witness who asked not to be named
A man has been charged after a car was driven into the front of a supermarket in Ravensby on Sunday. "⟦d:a|This was a deliberate act, but there is no wider threat to the public,⟧" said Superintendent Karen Ostrowski. "⟦d:a|I'd ask people not to speculate online.⟧" A witness who asked not to be named said the driver had been "⟦p:w|shouting about his ex-wife⟧" before the crash. Nobody was seriously injured.
### 056
@a Caspian Wilde | -
Caspian Wilde’s seventh novel, his first in a decade, is out next week. Why the long silence? "⟦d:a|My editor used to say, 'Write the book you'd want to read.' For ten years I didn't want to read anything I wrote,⟧" Wilde said. He describes the new book as "⟦p:a|a love story with a shipwreck in the middle.⟧" Is it autobiographical? "⟦d:a|Only the shipwreck.⟧"
### 057
@a Valentina Greco | -
@b Desmond Achebe | the council’s opposition leader
@u - | One of her aides
Mayor Valentina Greco announced on Monday that she would not seek a third term. "⟦d:a|Twelve years is long enough for anyone,⟧" she said. "⟦d:a|The city needs fresh eyes, and I need a holiday.⟧" Desmond Achebe, the council’s opposition leader, praised her "⟦p:b|decency and stamina⟧" but said her legacy was "⟦p:b|mixed at best.⟧" One of her aides said privately that the decision had been made "⟦p:u|months ago, over Christmas.⟧"
### 058
@a Zofia Marczak | the world No 14
Zofia Marczak, the world No 14, needed three sets and almost three hours to beat the qualifier Elin Haug. Asked about her serve, which produced eleven double faults, she grimaced. “⟦d:a|Don't. I'll be on the practice court until midnight,⟧” she said. And her next opponent, the top seed? “⟦d:a|I've nothing to lose. She's got everything to lose. That's a nice place to be.⟧”
### 059
@o Hearthside Trust | the homelessness charity
@a Imogen Adeyemi | the charity’s chief executive
Hearthside Trust, the homelessness charity, said demand at its Tarrow shelter had risen by 40 per cent since the council's "⟦s:-|streamlined⟧" housing assessments were introduced. "⟦d:o|We are seeing people turned away who would have been housed a year ago,⟧" the charity said. Imogen Adeyemi, the charity’s chief executive, said she had written to the council "⟦p:a|three times, without a reply.⟧" "⟦d:a|We're not asking for money. We're asking them to pick up the phone,⟧" she said.
### 060
@h - | one shareholder
@a Lionel Brett | Corran Energy’s chairman
Corran Energy’s annual meeting in Kellbury was interrupted three times by protesters on Thursday. "⟦d:h|You're cooking the planet for a dividend!⟧" shouted one shareholder as Lionel Brett, Corran Energy’s chairman, began his address. Brett waited for the man to be escorted out. "⟦d:a|Everyone is entitled to a view,⟧" he said. "⟦d:a|Not everyone is entitled to the microphone.⟧" "⟦d:a|Our transition plan is the most ambitious in the sector,⟧" he told reporters later.
"""


def main() -> None:
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh2",
        min_passages=60,
        max_passages=60,
        pairs=PAIRS_SINGLE,
        require_all_speakers_used=False,
    )


if __name__ == "__main__":
    main()
