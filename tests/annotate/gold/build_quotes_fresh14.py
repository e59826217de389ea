# ruff: noqa: E501
"""Build ``quotes_fresh14.jsonl``: a fourteenth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The set is meant to be evaluated
once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh14-NNN``.

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

Decisions taken for this set where the conventions above leave room:

* An organisation speaker introduced without an appositive takes the definite
  description used at its cue (``the company said`` → ``the company``); a cue naming
  only the vehicle (``the post said``) gives no description.
* When a person is introduced without an appositive and one is given later in the
  passage (``Adjovi, the No 3 seed, …``), that first appositive is the description; a
  definite description that is merely the subject of another sentence (``The
  26-year-old broke away …``) is not a cue and gives none.
* When a speaker is first introduced by role alone and named later (``its chief
  executive said … Naveen Castellanos-Reddy wrote``), the introducing phrase is the
  description.
* Couples introduced together (``Tomasz and Ewelina Grabowski``) are named by first
  name, since only that form of each name occurs in the passage.
* A comma-separated relative clause after an unnamed source's noun phrase (``A senior
  official …, who spoke on condition of anonymity, …``) is not part of the description;
  one written without commas (``A nurse who asked not to be named``) is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh14.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh14.jsonl")

PASSAGES = """
### 001
@a Rosalind Achterberg | the council's finance chair
@b Dev Malhotra | Councilmember
@c Justine Obi-Farrell | Mayor
HARLOW BAY — The Harlow Bay city council approved a $412 million budget early Wednesday after a nine-hour session that ended with two members walking out of the chamber.
"⟦d:a|This is not the budget anyone wanted, but it is the budget we can afford,⟧" said Rosalind Achterberg, the council's finance chair, shortly after the 7-2 vote.
The plan freezes hiring in most departments, closes the Eastgate branch library on Sundays and raises downtown parking fees by 50 cents an hour.
Councilmember Dev Malhotra, who voted against it, said the library cuts fell hardest on families without internet at home. "⟦d:b|We are balancing the books on the backs of kids who do their homework at a library table,⟧" he said. "⟦d:b|I won't vote for that.⟧"
Achterberg countered that the library would keep its weekday hours. "⟦d:a|Nobody is closing a library,⟧" she said. "⟦d:a|We are closing it one day a week, and we will revisit that in the spring.⟧"
Mayor Justine Obi-Farrell, who is not a voting member, praised the council for "⟦p:c|finishing the job⟧" before the end of the fiscal year.
The second member to walk out, Councilmember Teodor Vasquez-Lind, did not return calls seeking comment.

### 002
@a Aldous Fenwick | Judge
@b Samira Haddou | a new head teacher
@c Harriet Lowe-Osei | -
@d Ray Mbatha | Detective Constable
A former school bursar who took more than £180,000 from a primary school in Lowther Vale over six years has been jailed for three years and four months at Carlisford Crown Court.
Glenys Parrack, 58, of Mill Lane, Lowther Vale, had admitted fraud by abuse of position.
Sentencing her on Friday, Judge Aldous Fenwick said: “⟦d:a|You were trusted completely, and you used that trust to take money that should have bought books and paid for school trips.⟧”
“⟦d:a|The children of that school have paid for your holidays,⟧” he added.
The court heard Parrack spent the money on cruises, a hot tub and payments on a second car. She was caught when a new head teacher, Samira Haddou, queried a string of invoices from a supplier that did not exist.
In a victim statement read to the court, Mrs Haddou wrote: “⟦d:b|Staff who had worked alongside Glenys for twenty years felt sick. Some of them still do.⟧”
Defending, Harriet Lowe-Osei said her client was “⟦p:c|deeply ashamed⟧” and had begun to repay the money by selling her house.
Detective Constable Ray Mbatha, who led the investigation, said outside court: “⟦d:d|This was a calculated, long-running deception. I hope today gives the school community some closure.⟧”

### 003
@a Marguerite Salle | chief executive
@b - | Analysts at Dorland Partners
@c Inés Tarragó | a consumer goods analyst at Brightwater Securities
@d Pieter Holm | -
Shares in Kettleby Foods fell 11 percent on Tuesday after the snack maker cut its full-year profit forecast, blaming the soaring price of cocoa and a wet summer that hurt sales of ice cream.
"⟦d:a|We have had a difficult quarter and I am not going to pretend otherwise,⟧" chief executive Marguerite Salle told analysts on a call. "⟦d:a|Cocoa costs have roughly doubled in twelve months.⟧"
The company now expects operating profit of between 210 million and 225 million euros, down from a previous range of 260 million to 280 million.
Salle said the group would raise prices on its chocolate bars by an average of 6 percent from October and would cut about 300 jobs, mainly at its packaging plant in Vennbrook.
Analysts at Dorland Partners called the downgrade "⟦p:b|worse than feared⟧" and cut their price target on the stock.
"⟦d:c|The question now is whether consumers will keep paying more for a treat,⟧" said Inés Tarragó, a consumer goods analyst at Brightwater Securities. "⟦d:c|So far they have, but there is a limit.⟧"
Pieter Holm, who chairs the works council at the Vennbrook plant, said staff had not been consulted. "⟦d:d|We learned about these job cuts from a press release,⟧" he said.

### 004
@a Rosa Elvira Quintanilla | -
@b Alonso Betancourt-Ruiz | Regional governor
@c - | A Civil Protection spokesperson
SAN ISIDRO DEL CAUCE, Dec 3 (Meridian Wire) — At least 14 people were killed and thousands forced from their homes after two days of torrential rain sent the Cauce river over its banks, officials said on Tuesday.
Rescue crews in small boats pulled residents from rooftops in the low-lying barrio of La Vega overnight, and the regional government declared a state of emergency across six municipalities.
"⟦d:a|Nunca habíamos visto el agua tan alta,⟧" said Rosa Elvira Quintanilla, 67, who spent the night on the roof of her house with two of her grandchildren. "⟦d:a|We had never seen the water so high.⟧"
Regional governor Alonso Betancourt-Ruiz said the death toll could rise as crews reached villages upstream that had been cut off since Sunday. "⟦d:b|There are communities we still cannot reach by road,⟧" he told reporters in the provincial capital. "⟦d:b|We are sending helicopters as soon as the weather allows.⟧"
The national weather service said more rain was expected through Thursday.
A Civil Protection spokesperson said about 3,200 people were in temporary shelters. "⟦d:c|The priority now is drinking water,⟧" the spokesperson said.

### 005
@a Sue Pennington | Rovers manager
@b Femi Adeyanju | the teenager
@c Howard Tilney | Kingsmere boss
Ashvale Rovers came from two goals down to beat Kingsmere 3-2 on Saturday, with Femi Adeyanju scoring the winner in the 89th minute.
Kingsmere had led through a Tomasz Wrona penalty and a header from captain Liam Cassidy before half-time, and the home crowd at Brookfield Road had started to drift towards the exits.
"⟦d:a|At half-time I told them we had nothing to lose,⟧" Rovers manager Sue Pennington said. "⟦d:a|Either we go for it or we go home embarrassed.⟧"
Adeyanju, 19, who only came on in the 70th minute, steered in a low cross from Matty Brennan for his first senior goal.
"⟦d:b|I don't really remember it, to be honest,⟧" the teenager said. "⟦d:b|I just saw the ball and hit it. My mum was in the stand, so that's the best bit.⟧"
Kingsmere boss Howard Tilney was less pleased. "⟦d:c|We switched off, plain and simple,⟧" he said. "⟦d:c|Two-nil up at home and we let them back in. That's on all of us, me included.⟧"
Cassidy, who limped off late on, is doubtful for next week's trip to Orton.

### 006
@a Anjali Venkataraman | the study’s lead author
@b Gideon Marsh-Tully | an eye specialist at St Brendan’s Hospital who was not involved in the research
@c - | a spokesperson
Children who spend at least two hours a day outdoors are markedly less likely to become short-sighted, according to a study of more than 9,000 schoolchildren published on Monday in the Northbridge Journal of Ophthalmology.
Researchers at the University of Calloway followed pupils aged six to twelve at 40 schools for five years. Those who spent the most time outside had a 31 per cent lower rate of myopia than those who spent the least.
“⟦d:a|Daylight seems to matter more than what children are doing,⟧” said Dr Anjali Venkataraman, the study’s lead author. “⟦d:a|It doesn’t have to be sport. Reading a book on a bench in the playground counts.⟧”
The team found no clear link with screen time once outdoor time was taken into account, a result Venkataraman called “⟦p:a|surprising, and a bit inconvenient for everyone who wants a simple villain⟧”.
Professor Gideon Marsh-Tully, an eye specialist at St Brendan’s Hospital who was not involved in the research, said the findings were consistent with earlier work. “⟦d:b|The mechanism is still debated,⟧” he said, “⟦d:b|but the practical advice is the same: get them outside.⟧”
Rates of myopia among children have risen sharply in the past thirty years, and some eye doctors now talk of an epidemic.
The Calloway Education Authority said it would consider the findings. “⟦d:c|We are always looking at how the school day is structured,⟧” a spokesperson said.

### 007
@a Evelyn Strood | Parish council chair
@b Clare Duckworth | -
The footbridge over the Marrow Brook in Lower Thessington will stay closed until at least March after engineers found corrosion in its steel supports, the parish council said on Thursday.
The bridge links the two halves of the village and is the only route to the primary school that avoids the B4170, a busy road with no pavement for most of its length.
Parish council chair Evelyn Strood said the decision had not been taken lightly. "⟦d:a|We know what this bridge means to people,⟧" she said. "⟦d:a|But the engineers were very clear, and I am not going to put a child on a bridge I've been told might fail.⟧"
Parents say the detour adds twenty minutes to the school run. Clare Duckworth, who has two children at Thessington Primary, said she now drives a journey she used to walk.
"⟦d:b|It's absurd. I can see the school from my kitchen window,⟧" she said. "⟦d:b|We've been asking about that bridge for three years.⟧"
Strood said the council had applied for a grant to replace the bridge and hoped to hear back "⟦p:a|in the new year⟧".
The county council, which is responsible for the B4170, said it would look at a temporary speed limit.

### 008
@a Martine Lefèvre-Dussart | a machine operator who has worked at the plant since 1994
@b Hollinger-Vance Tyre Group | the company
@c Romain Achard-Béhier | Industry minister
@d Karim Bensaïd | A union delegate
VALDREUIL-SUR-ORNE, France, March 14 (Meridian Wire) — Hundreds of workers blocked the gates of a tyre factory in northern France on Friday after its owner announced it would close the site by the end of the year, putting 740 jobs at risk.
«⟦d:a|On a donné trente ans à cette usine⟧», said Martine Lefèvre-Dussart, a machine operator who has worked at the plant since 1994. «⟦d:a|We gave this factory thirty years.⟧»
Hollinger-Vance Tyre Group, which bought the plant in 2011, said in a statement that it had lost money for five consecutive years and that European demand for its products had «⟦p:b|fallen structurally⟧».
«⟦d:b|This decision was not taken lightly, and we will support every employee affected⟧», the company said.
Industry minister Romain Achard-Béhier, speaking on regional radio, said the government would press the group to look for a buyer. «⟦d:c|Une fermeture sèche n’est pas acceptable⟧», he said. «⟦d:c|An outright closure is not acceptable.⟧»
Unions have called a regional day of action for Tuesday. A union delegate, Karim Bensaïd, said the blockade would continue «⟦p:d|as long as it takes⟧».

### 009
@a Hamish | My landlord
@b - | The prize judges
@c - | My mother
The novelist Oona Kettridge, whose third book, “⟦s:-|The Salt Ledger⟧”, won the Harrowgate Prize last week, spoke to us from her home on the island of Skerrinish. This interview has been edited for length.
Q: You wrote most of the book in a former lifeboat station. Why there?
A: Honestly, because it was cheap. My landlord, Hamish, calls it “⟦p:a|the draughtiest building in Scotland⟧” and he isn’t wrong. The wind comes straight through the slipway doors.
Q: The prize judges called the novel “⟦p:b|a quiet earthquake⟧”. How did that feel?
A: Embarrassing, mostly. My mother rang and said, “⟦d:c|Well, I suppose that’s good,⟧” which is about as effusive as she gets.
Q: What are you working on now?
A: Something set on a whaling ship in the 1850s. I’m not saying more than that or I’ll jinx it.

### 010
@a Halvard Steen-Jensen | Prime Minister
@r - | a reporter
@b Birgitta Holmgaard | Its leader
@u - | A senior official in the prime minister's office
@c Cecilie Marstrand | Opposition leader
Prime Minister Halvard Steen-Jensen on Monday refused to rule out a snap election, a day after his coalition partner walked out of budget talks.
"⟦d:a|I am not going to speculate about elections. I am going to govern,⟧" Steen-Jensen told reporters outside parliament.
Asked by a reporter, "⟦d:r|Do you still have a majority?⟧", he replied: "⟦d:a|Count the votes on Thursday and you'll see.⟧"
The Agrarian Party, which holds 19 seats, left the talks on Sunday over plans to cut diesel subsidies for farmers. Its leader, Birgitta Holmgaard, said the party had been "⟦p:b|treated as furniture⟧" by its larger partner.
"⟦d:b|We are not leaving the government today. But we are not going to vote for a budget that bankrupts the countryside,⟧" she wrote on social media.
A senior official in the prime minister's office, who spoke on condition of anonymity because the talks are private, said a compromise on the diesel subsidy was "⟦p:u|very possible⟧" before Thursday's vote.
Opposition leader Cecilie Marstrand called on the prime minister to "⟦p:c|stop pretending⟧" and call an election. "⟦d:c|This government has run out of road,⟧" she said.

### 011
@a Malia Tupou-Harris | Chief Inspector
@b Trevor Oakes | A neighbour
Police in Granford have appealed for witnesses after a 72-year-old man was knocked down and seriously injured by a car that failed to stop on Orchard Street on Sunday evening.
The man, who has not been named, was taken to Granford General Hospital, where he remains in a critical condition.
``⟦d:a|We are particularly keen to speak to anyone with dashcam footage from Orchard Street or Weaver's Lane between 6pm and 7pm,⟧'' said Chief Inspector Malia Tupou-Harris.
``⟦d:a|Somebody knows who was driving that car. I would urge them to come forward, or to urge the driver to come forward,⟧'' she added.
The car is believed to be a dark-coloured hatchback, possibly with damage to the front passenger side.
A neighbour, Trevor Oakes, said he heard a bang and ran outside. ``⟦d:b|He was lying in the road and the car was already gone,⟧'' Mr Oakes said. ``⟦d:b|I just held his hand until the ambulance came.⟧''

### 012
@a Wen Jia-Hui | chief strategist at Coralbay Securities
@b Meranti Land | the territory’s biggest developer
@c Rafael D. Uy | -
@d Priya Ramanathan-Cole | the authority’s deputy governor
PORT HALCYON, June 9 (Meridian Wire) — Stocks in Port Halcyon fell for a third straight session on Monday as investors braced for an interest-rate decision on Wednesday, with property developers leading the losses.
The benchmark Halcyon Composite index closed down 1.4 per cent. Shares of Meranti Land, the territory’s biggest developer, tumbled 6 per cent after it said sales in May had fallen by a third.
“⟦d:a|The market has gone from pricing in one cut to pricing in none,⟧” said Wen Jia-Hui, chief strategist at Coralbay Securities. “⟦d:a|Property is where that hurts most.⟧”
Meranti Land said in a filing to the exchange that it remained “⟦p:b|confident in its long-term prospects⟧” and had enough cash to meet its obligations for the next 18 months.
Others were less sure. “⟦d:c|I would not be a buyer here,⟧” said Rafael D. Uy, who manages a regional equity fund at Lantern Asset Management. “⟦d:c|You are catching a falling knife.⟧”
The Monetary Authority of Port Halcyon is expected to keep its main rate at 4.25 per cent, according to a poll of economists.
In a speech last week, the authority’s deputy governor, Priya Ramanathan-Cole, warned that inflation was “⟦p:d|not yet beaten⟧”.

### 013
@a Kaja Wiśniewska | -
@b Mireille Adjovi | the No 3 seed
Kaja Wiśniewska needed three hours and 12 minutes to beat Mireille Adjovi 6-7 7-5 7-6 in the quarter-finals of the Harbour Classic on Thursday, saving two match points along the way.
"⟦d:a|Honestly, at 5-4 in the third I was thinking about my flight home,⟧" Wiśniewska said. "⟦d:a|Then she double-faulted and I thought, OK, maybe not yet.⟧"
Adjovi, the No 3 seed, had served for the match twice. She left the court without shaking the umpire's hand and skipped the customary on-court interview.
In her press conference, she was asked whether fatigue had played a part. "⟦d:b|No. I lost because I got tight,⟧" she said. "⟦d:b|It's not complicated. I'll watch it once and then never again.⟧"
Wiśniewska, 22, will face either Lotte Vandersloot or the qualifier Ana Paula Ferreira in Saturday's semi-final.
Asked about her chances, she laughed. "⟦d:a|Ask me tomorrow, after I sleep for fourteen hours.⟧"

### 014
@a Oluwaseun Bright-Adebayo | the museum's director
@b Joris Van den Abeele | The village's parish priest
@c Annelies de Wit | Researcher
The Carrow Museum of Art said on Wednesday it would return a 17th-century tapestry to a parish church in Belgium, more than eighty years after it disappeared during the Second World War.
The tapestry, which shows the Adoration of the Magi, was bought by the museum at auction in 1961. The museum's own provenance team found last year that it had been taken from the church of Sint-Aldegonde in the village of Wevelkerke-ter-Hulst in 1943.
"⟦d:a|Once we knew where it came from, there was really only one right answer,⟧" said the museum's director, Oluwaseun Bright-Adebayo. "⟦d:a|It belongs in that church.⟧"
The village's parish priest, Father Joris Van den Abeele, said he had been "⟦p:b|speechless⟧" when the museum contacted him.
"⟦d:b|My grandmother used to describe it to me. She said the kings had red cloaks and one of them looked like the baker,⟧" he said. "⟦d:b|Now I will finally see if she was right.⟧"
Researcher Annelies de Wit, who led the provenance work, said the breakthrough came from a photograph in a 1938 parish newsletter. "⟦d:c|You could see the edge of the tapestry behind the altar, with a tear in the corner that matches ours exactly,⟧" she said.
The handover is expected in the spring.

### 015
@a Bronwyn Kettle-Atherton | the state’s fire commissioner
@b Des Moloney | Captain
@c Jodie Farquhar | -
@d - | a forecaster
Firefighters were battling to contain a bushfire near the town of Wirrinda on Saturday night as temperatures climbed past 44C and winds gusting to 90km/h pushed the blaze towards the Coolabah Ridge estate.
Residents of Coolabah Ridge and nearby Mallee Creek were told it was too late to leave and that they should shelter in place.
At a briefing in Wirrinda, the state’s fire commissioner, Bronwyn Kettle-Atherton, said the conditions were among the worst she had seen in 30 years. “⟦d:a:m|This fire is moving faster than we can get ahead of it. I won’t sugar-coat that for anyone.⟧
“⟦d:a:m|If you are in Coolabah Ridge and you have not left, you need to be in the most protected room in your house, away from windows, with water and woollen blankets.⟧
“⟦d:a|We will get to you when it is safe to do so,⟧” she said.
The fire has burned through more than 38,000 hectares since it was sparked by lightning on Wednesday. At least nine homes have been destroyed, although officials said that figure was likely to rise.
Volunteers from the Wirrinda brigade have been on the fire ground since dawn. Captain Des Moloney said his crew were “⟦p:b|exhausted but holding⟧”.
Jodie Farquhar, who left Mallee Creek on Friday with her three children and two dogs, was at the evacuation centre at the Wirrinda showgrounds. “⟦d:c|We packed the car on Thursday night and just watched the sky,⟧” she said. “⟦d:c|When it went orange, we went.⟧”
Dozens of families were sleeping on camp beds in the main pavilion, where volunteers from the local Lions club were handing out sandwiches and bottled water.
A cool change was expected to reach the area early on Sunday, bringing lower temperatures but also a dangerous wind shift. “⟦d:d|The change is the part that worries us most, because the fire’s whole eastern flank becomes the front,⟧” a forecaster told the briefing.
Kettle-Atherton urged anyone in the fire’s path not to rely on a single source of warnings.

### 016
@a Helena Grieve | prosecutor
@b Kwabena Asante | The guard
@c Francis Odukoya | -
The trial of a former nightclub owner accused of setting fire to his own premises heard on Tuesday from the security guard who raised the alarm.
Ellis Vantongeren, 44, denies arson with intent to endanger life over the blaze at the Velvet Room in Dunmore Street, Castlebridge, in February last year. The club was empty apart from the guard when the fire started.
The guard, Kwabena Asante, told the jury he had been doing his rounds when he smelled petrol near the fire exit.
"⟦d:a|Did you see anyone?⟧" asked prosecutor Helena Grieve KC.
"⟦d:b|I saw a man in a grey hoodie walking fast towards the car park,⟧" Mr Asante replied.
"⟦d:a|Did you recognise him?⟧"
"⟦d:b|Not at the time. Later I thought it might be Mr Vantongeren, because of the way he walks. He has a limp.⟧"
Under cross-examination by Francis Odukoya KC, for the defence, Mr Asante accepted that he had not seen the man's face. "⟦d:c|So it could have been anyone with a limp?⟧" Mr Odukoya asked. "⟦d:b|It could have been,⟧" the witness said.
The trial continues.

### 017
@n - | A nurse who asked not to be named
@a Sunita Bramhall-Rao | The hospital's chief executive
@b Gareth Quayle | Local MP
@c Maureen Ellison | -
Patients at Wexcombe District Hospital waited an average of nine hours in its emergency department last month, the longest of any hospital in the region, figures published on Thursday show.
A nurse who asked not to be named said staff were "⟦p:n|treating people in corridors as a matter of routine⟧". "⟦d:n|We had a man in his nineties on a trolley for thirty hours last week. Thirty hours,⟧" she said.
The hospital's chief executive, Dr Sunita Bramhall-Rao, said demand had risen by 14 per cent on last year. "⟦d:a|Our staff are working incredibly hard in very difficult circumstances, and I want to apologise to every patient who has waited longer than they should,⟧" she said in a statement.
She said a new 24-bed assessment unit would open in January.
Local MP Gareth Quayle, who has campaigned for more funding, said the figures were "⟦p:b|a disgrace, but not a surprise⟧". "⟦d:b|I have been raising this in Parliament for two years. The people of Wexcombe deserve better than a nine-hour wait,⟧" he said.
Maureen Ellison, whose 84-year-old father waited 19 hours for a bed, said: "⟦d:c|He was confused and frightened and nobody had time to sit with him. I don't blame the nurses. I blame whoever thinks this is acceptable.⟧"

### 018
@a Rāwiri Te Huia | veteran fly-half
@b Moana Pātete-Walsh | Kingfishers coach
@c Josh Ferreira-Hale | Rams captain
Harbourside Kingfishers kept their play-off hopes alive with a 27-24 win over the Southern Rams at Wairoa Park on Saturday night, with veteran fly-half Rāwiri Te Huia kicking a penalty after the final siren.
Te Huia, playing his 150th game for the club, had missed two earlier kicks. “⟦d:a|I wasn’t thinking about the misses. You can’t,⟧” he said. “⟦d:a|You just go through the routine and trust it.⟧”
“⟦d:a|This is probably my last season here, so to do that in front of this crowd — yeah, it means a lot,⟧” the 34-year-old added.
Kingfishers coach Moana Pātete-Walsh said her side had been “⟦p:b|nowhere near our best⟧” for an hour. “⟦d:b|We gave away fourteen penalties. You can’t do that and expect to win, and we nearly didn’t,⟧” she said.
Rams captain Josh Ferreira-Hale refused to blame the referee for a late yellow card shown to lock Sione Lātū. “⟦d:c|It was a yellow. He knows it,⟧” Ferreira-Hale said.

### 019
@a Marcus Delacroix-Boone | a Republican from Tillman County
@b Lorraine Whitfield-Oduya | a Democrat from Caddo Falls and a former school librarian
CADDO FALLS — A bill that would require school districts to post every library book purchase online passed the state Senate on Tuesday by a single vote after more than six hours of debate.
"⟦d:a|Parents have a right to know what their children are reading. That's all this bill does,⟧" said its sponsor, state Sen. Marcus Delacroix-Boone, a Republican from Tillman County.
Opponents called it a ban by the back door. Sen. Lorraine Whitfield-Oduya, a Democrat from Caddo Falls and a former school librarian, said the bill would bury librarians in paperwork. "⟦d:b|I spent twenty-two years in a school library. Nobody needs a spreadsheet to find out what's in it. They can walk in,⟧" she said.
She added: "⟦d:b|This is about making librarians afraid to buy books, and everyone in this chamber knows it.⟧"
Delacroix-Boone rejected that. "⟦d:a|Nobody is banning anything,⟧" he said.
The bill now goes to the House, where Speaker Dale Ruggiero has not said whether he will bring it to a vote.
Outside the Capitol, about 200 demonstrators held signs reading "⟦s:-|Read Freely⟧" and "⟦s:-|Our Kids, Our Books⟧".

### 020
@a Tobias Engström | -
@b Kofi Mensah-Bonsu | his former student
@c Helga Sørlie | a planetary scientist at the Tromsvik Institute who was not part of the team
Astronomers at the Mount Corran Observatory say they have found a planet roughly the size of Neptune orbiting so close to its star that a year there lasts just 19 hours.
The planet, catalogued as CRN-2217b, was spotted by a team led by Dr Tobias Engström and his former student Dr Kofi Mensah-Bonsu, now at the University of Eastmoor.
"⟦d:a|By the usual models, it shouldn't exist. A planet that size, that close, should have had its atmosphere stripped away long ago,⟧" Engström said.
Mensah-Bonsu said the team had checked the data for months before believing it. "⟦d:b|My first assumption was that I had made a mistake,⟧" he said. "⟦d:b|My second assumption was also that I had made a mistake.⟧"
The findings were published on Wednesday in the Journal of Planetary Astronomy.
Dr Helga Sørlie, a planetary scientist at the Tromsvik Institute who was not part of the team, called the discovery "⟦p:c|a genuinely odd object⟧" and said follow-up observations were needed. "⟦d:c|Odd objects are the ones that teach us things,⟧" she said.

### 021
@a Bernadette Kowalczyk | -
@b Stanley Opoku | -
@c Agnieszka | Her daughter
For forty-one years, Bernadette Kowalczyk has unlocked the doors of the Elm Row launderette at half past six in the morning. On Saturday, she will lock them for the last time.
“⟦d:a|People think a launderette is about washing,⟧” Bernadette says, folding a stack of tea towels. “⟦d:a|It’s about company. Half the people who come in here don’t need to. They’ve got machines at home.⟧”
Among them is Stanley Opoku, 88, who has come in every Tuesday since his wife, Ruth, died in 2009. “⟦d:b|I bring one shirt,⟧” he admits. “⟦d:b|One shirt, and I stay two hours. She says to me, ‘Stanley, that shirt is clean already.’ I say, ‘Not yet, Bernadette.’⟧”
The building has been sold to a developer who plans to turn it into flats. Bernadette says she doesn’t blame anyone.
“⟦d:a|I’m 74. My knees have been asking me to retire for ten years. I finally listened.⟧”
Her daughter, Agnieszka, has organised a farewell party for Saturday afternoon. “⟦d:c|Mum pretends she doesn’t want a fuss,⟧” Agnieszka says. “⟦d:c|She has already asked me twice whether there will be cake.⟧”
Stanley says he will miss the place. “⟦d:b|Where am I going to take my shirt now?⟧” he asks.

### 022
@a Jukka Häkkinen-Rautio | Detective Superintendent
@b Päivi Lindqvist | a spokeswoman for the regional customs office
KORVALA, Finland, Oct 2 (Meridian Wire) — Finnish police have arrested three people suspected of smuggling more than 400 kilograms of cigarettes across the eastern border hidden in a shipment of frozen berries, authorities said on Wednesday.
The Korvala police department said the men, aged 34, 41 and 57, were detained at a warehouse on the edge of the town on Tuesday evening.
"⟦d:a|The berries were real. The cigarettes were underneath them,⟧" Detective Superintendent Jukka Häkkinen-Rautio told a news conference. "⟦d:a|It was a reasonably clever idea, until it wasn't.⟧"
According to customs records, the shipment had been declared as 18 tonnes of frozen lingonberries bound for a food processor in the south of the country.
"⟦d:b|We have seen a lot of creative methods at the border this year, but this is a new one for us,⟧" said Päivi Lindqvist, a spokeswoman for the regional customs office.
Häkkinen-Rautio said the investigation was "⟦p:a|at an early stage⟧" and that further arrests were possible.

### 023
@a Naveen Castellanos-Reddy | its co-founder and chief executive
@u - | One engineer who was laid off
@b Loomwise | the workplace-messaging start-up that was valued at $2.3 billion two years ago
@c Teresa M. Gallagher-Ng | a partner at the venture firm Cobalt Hill who is not an investor in Loomwise
Loomwise, the workplace-messaging start-up that was valued at $2.3 billion two years ago, is laying off nearly a third of its staff, its co-founder and chief executive said in a memo to employees on Monday.
"⟦d:a|I made decisions based on a level of growth that did not arrive. That is on me, and I'm sorry,⟧" Naveen Castellanos-Reddy wrote in the memo, which was seen by this newspaper.
"⟦d:a|This is a reset, not a retreat,⟧" according to the memo.
The cuts affect about 240 people, mostly in sales and marketing. Departing employees will receive 16 weeks' severance and keep their laptops.
One engineer who was laid off said the news came in a 12-minute video call. "⟦d:u|They turned our cameras off, read a script and ended the call. That was it,⟧" the engineer said.
In a statement, Loomwise said it remained "⟦p:b|well funded⟧" and had "⟦p:b|more than three years of runway⟧".
"⟦d:c|The era of growth at any cost is over, and a lot of companies are now paying the bill,⟧" said Teresa M. Gallagher-Ng, a partner at the venture firm Cobalt Hill who is not an investor in Loomwise.
Castellanos-Reddy ended the memo with a note to those leaving. "⟦d:a|Thank you. You built something real,⟧" he wrote.

### 024
@a Geoff Armitage | -
@u - | a council spokesman
@b Isla Brathwaite | -
Schools across the Hallam Dales were closed on Tuesday and dozens of drivers spent the night in their cars after heavy snow shut the A689 over Blackmoss Pass.
Mountain rescue volunteers and farmers with tractors checked stranded vehicles through the night. Geoff Armitage, who farms at Top Intake above the pass, said he had towed eleven cars out of drifts.
``⟦d:a|Some of them had come up in summer shoes with no coat. I gave one lad my spare jumper,⟧'' he said. ``⟦d:a|You'd think people would look at a forecast.⟧''
The county council said its gritters had been out since 4am. ``⟦d:u|Blackmoss Pass is always the first road to go and the last to reopen,⟧'' a council spokesman said. ``⟦d:u|We would ask people not to travel unless their journey is essential.⟧''
Forecasters have warned of further snow on high ground on Wednesday night.
For some, the snow was a welcome surprise. ``⟦d:b|It's the biggest snowman in the Dales,⟧'' said nine-year-old Isla Brathwaite. ``⟦d:b|Probably.⟧''

### 025
@a Castlegate Homes | The developer
@b Agnes Thorburn | Committee member
@c Douglas Fairweather | retired headteacher
Plans for 320 homes on farmland outside Brindle Green have been rejected by Wessingham District Council’s planning committee, against the advice of its own officers.
The developer, Castlegate Homes, said it was “⟦p:a|disappointed and surprised⟧” and would consider an appeal.
“⟦d:a|This site is allocated for housing in the council’s own local plan. The committee has ignored that,⟧” the company said in a statement.
Committee member Cllr Agnes Thorburn said the village’s roads and GP surgery could not cope. “⟦d:b|We are not against housing. We are against 320 houses arriving at once in a village with one road in and one road out,⟧” she said.
More than 900 residents had written to the council objecting. In one letter, read out at the meeting, retired headteacher Douglas Fairweather wrote: “⟦d:c|Brindle Green has grown before and it will grow again. But it should grow like a village, not like a car park.⟧”
Members of the campaign group Save Brindle Fields, which organised the objections, held a banner outside the council offices reading “⟦s:-|Fields Not Flats⟧”.

### 026
@a Zubair Qureshi | a 27-year-old leg-spinner in his first full season
@b Ollie Hendry | Castleford Park captain
@c Keith Amersham | coach
Zubair Qureshi took six wickets for 41 as Rendlesham bowled out Castleford Park for 163 on the second day at Hollins Lane, putting his side firmly in control of the Division Two title race.
Qureshi, a 27-year-old leg-spinner in his first full season, removed the top four in a spell of 11 overs either side of lunch.
"⟦d:a|The pitch gave me a bit, but mostly it was about being patient,⟧" he said. "⟦d:a|The ball that got Hendry was probably the best I've bowled.⟧"
Castleford Park captain Ollie Hendry, who was bowled for 38 by a googly, was full of praise. "⟦d:b|He's got everything. Drift, dip, a googly you can't pick,⟧" Hendry said. "⟦d:b|If he keeps that up, he won't be playing county cricket for long.⟧"
Rendlesham closed on 142 for two in their second innings, a lead of 214, with opener Ravi Menon unbeaten on 71.
"⟦d:c|We'll bat until lunch tomorrow and then give ourselves a day and a half to bowl them out,⟧" said coach Keith Amersham.

### 027
@a Leticia Amankwah-Price | the county’s public health director
@b Bounce Zone | -
Health officials in Marrowfield County have confirmed eleven cases of measles linked to an outbreak that began at a children’s trampoline park earlier this month.
“⟦d:a|Measles is one of the most contagious diseases we know of. If you are not vaccinated and you were at Bounce Zone on the 3rd or 4th, please call us today,⟧” said Dr Leticia Amankwah-Price, the county’s public health director.
Nine of the cases are in children under ten; none had received both doses of the MMR vaccine. Two children have been admitted to hospital.
Bounce Zone said in a post on its social media pages that it was “⟦p:b|cooperating fully⟧” with health officials and had closed for a deep clean. “⟦d:b|The health of our customers is our top priority,⟧” the post said.
Amankwah-Price said vaccination rates among five-year-olds in the county had fallen to 84 per cent, below the 95 per cent needed to stop outbreaks. “⟦d:a|We have been warning about this for years. It gives me no pleasure to have been right,⟧” she said.
The county will run walk-in vaccination clinics at three libraries this weekend.

### 028
@a Glenhollow Festival Trust | the charity that runs it
@b Niamh Ó Súilleabháin | Trust chair
@c Fergal Mac Giolla Bhríde | Singer
The Glenhollow Folk Festival has been cancelled for the first time in its 52-year history after the Glenhollow Festival Trust, the charity that runs it, said rising costs had made it "⟦p:a|impossible to stage safely⟧".
The festival, held on a hillside farm above the village of Glenhollow each August, drew about 6,000 people last year.
Trust chair Niamh Ó Súilleabháin said insurance had doubled and the cost of fencing, toilets and security had risen by 40 per cent. "⟦d:b|We looked at every way of making the numbers work. There wasn't one,⟧" she said.
"⟦d:b|I know people will be heartbroken. So are we.⟧"
Singer Fergal Mac Giolla Bhríde, who has played the festival every year since 1989, said its loss would be felt well beyond the village. "⟦d:c|Half the bands in this country got their first proper gig at Glenhollow. Where do they go now?⟧" he said.
The trust said it hoped the festival would return in 2026 "⟦p:a|in some form⟧".

### 029
@a Rupert Quain | Employment Judge
@b Chiara Bellandi-Moss | -
A woman who was sacked for refusing to cover a small tattoo on her wrist was unfairly dismissed, an employment tribunal has ruled.
Chiara Bellandi-Moss, 31, worked as a receptionist at the Hartington Grange Hotel in Ambleford for three years before a new manager told her in 2023 that visible tattoos breached the hotel's dress code.
In a written judgment, Employment Judge Rupert Quain said the hotel had "⟦p:a|applied a rule that did not exist⟧" and had given Ms Bellandi-Moss no chance to appeal.
"⟦d:a|The claimant's tattoo, a small swallow about two centimetres across, had been visible throughout her employment without complaint from anyone,⟧" the judge wrote. "⟦d:a|It did not become unprofessional on the day a new manager arrived.⟧"
Ms Bellandi-Moss said she felt "⟦p:b|completely vindicated⟧". "⟦d:b|It was never about the tattoo. It was about being treated like I didn't matter,⟧" she said.
The Hartington Grange Hotel said it accepted the ruling and had since revised its policies.

### 030
@a Ingrid Aasvang-Moreau | a veteran diplomat who has led the talks since 2021
@b Tomás Echeverría Lagos | campaign director at the Deep Blue Coalition
@u - | A delegate from one of the main fishing nations
BERGHALDEN, Switzerland, Nov 21 (Meridian Wire) — Talks on a treaty to protect deep-sea corals ended without agreement on Friday after delegates failed to settle a dispute over bottom trawling, the conference chair said.
«⟦d:a|We came very close, and very close is not enough⟧», said the chair, Ingrid Aasvang-Moreau, a veteran diplomat who has led the talks since 2021.
«⟦d:a|I am disappointed, but I am not discouraged. We will meet again in the spring⟧», she told delegates in the closing session.
Environmental groups were less measured. «⟦d:b|Another year of talking while the bulldozers of the sea keep working⟧», said Tomás Echeverría Lagos, campaign director at the Deep Blue Coalition.
A delegate from one of the main fishing nations, speaking on condition of anonymity, said the draft had gone «⟦p:u|too far, too fast⟧» for his government.
The text agreed so far will be carried over to the next round of talks, expected in April.
«⟦d:a|Nothing is lost⟧», Aasvang-Moreau said.

### 031
@p Simon Treloar | prosecutor
@a Edna Polglase | -
@b Bethan Rowe-Carrick | Whitcombe’s solicitor
@c Margaret Pengelly | Chair of the bench
@d Kieran | Mrs Polglase’s grandson
A man who stole a vintage tractor from a Ferncombe farm and tried to sell it online two days later has been ordered to do 200 hours of unpaid work.
Dale Whitcombe, 36, of Hazel Close, Ferncombe, admitted theft at Penmarrow Magistrates’ Court on Monday.
The 1958 tractor belonged to Edna Polglase, 81, whose late husband, Jack, spent a decade restoring it. It was in “⟦p:p|showroom condition⟧” when it was taken, according to prosecutor Simon Treloar, and was spotted on a classifieds website by a neighbour.
In a statement read to the court, Mrs Polglase said: “⟦d:a|That tractor was Jack. Every bolt on it. When I saw the empty shed I thought my heart would stop.⟧”
Whitcombe’s solicitor, Bethan Rowe-Carrick, said her client had been “⟦p:b|in a very bad place⟧” and had since found work.
Chair of the bench Margaret Pengelly told Whitcombe: “⟦d:c|You took something that cannot be replaced from a widow who had done you no harm. You should be ashamed.⟧”
He was also ordered to pay Mrs Polglase £300 compensation.
Speaking outside court, Mrs Polglase’s grandson, Kieran, said the tractor was back in its shed. “⟦d:d|Gran’s been out to see it every morning,⟧” he said.

### 032
@a Adaeze Nwankwo-Lund | Captain
@f Fennair | budget carrier
@u - | a company spokesman
@b Lars-Erik Dahlby | The airline's chief executive
@c Priya Sandhu | -
Pilots at budget carrier Fennair will strike for 48 hours from Friday after talks over pay broke down, their union said on Wednesday, threatening the travel plans of about 90,000 passengers.
"⟦d:a|Our members have not had a real pay rise in five years while the company has made record profits,⟧" said Captain Adaeze Nwankwo-Lund, who chairs the pilots' committee of the Aviation Crew Association.
"⟦d:a|Nobody wants to strike. But we have been left with no choice,⟧" she said.
Fennair said the strike was "⟦p:f|unjustified and unnecessary⟧" and warned it could cost the airline 15 million euros. "⟦d:u|We have made a fair offer of 9 percent over two years. The association has refused to put it to a ballot,⟧" a company spokesman said.
The airline's chief executive, Lars-Erik Dahlby, warned last month that Fennair would "⟦p:b|not be held to ransom⟧".
Passengers at Ostermoor airport were scrambling to rebook. "⟦d:c|We're supposed to be at my sister's wedding on Saturday,⟧" said Priya Sandhu, 29, who was travelling with her partner. "⟦d:c|If we miss it, she will never forgive us. Or Fennair.⟧"

### 033
@a Siti Rahmawati | a market trader
@b Agus Prasetyo Wibowo | Disaster agency spokesman
@c Darmawan Syahputra | village head
SUNGAI TERANG, Indonesia, Aug 17 (Meridian Wire) — A magnitude 6.4 earthquake struck off the west coast of Sumatra on Saturday, killing at least 23 people and damaging hundreds of homes, the national disaster agency said.
The quake struck at 4.12 a.m. local time at a depth of 18 km, according to the agency, jolting residents from their sleep.
"⟦d:a|Everyone was running into the street in the dark. Children were crying,⟧" Siti Rahmawati, 45, a market trader, said through an interpreter. "⟦d:a|My house is still standing, but the wall at the back is broken.⟧"
Disaster agency spokesman Agus Prasetyo Wibowo told reporters that search teams were working through collapsed buildings in the town centre. "⟦d:b|We are still looking for people under the rubble of two buildings near the mosque,⟧" he said.
In the hillside village of Bukit Sari, residents were sleeping outdoors under tarpaulins for fear of aftershocks. "⟦d:c|Kami butuh tenda dan air bersih,⟧" said village head Darmawan Syahputra. "⟦d:c|We need tents and clean water.⟧"
The agency said there was no risk of a tsunami.

### 034
@a Gwilym Pryce-Davies | a 63-year-old sheep farmer standing as an independent
@b Owain Talfryn | Runner-up
Gwilym Pryce-Davies, a 63-year-old sheep farmer standing as an independent, won the Llanfechan by-election for Carn Ddu County Council by 14 votes on Thursday night after two recounts.
"⟦d:a|Fourteen votes. I'll be knocking on every one of those doors to say thank you,⟧" he said at the count in Penrhos leisure centre.
Mr Pryce-Davies campaigned almost entirely on the state of the B-road through the village, known locally as "⟦s:-|the Llanfechan Alps⟧" because of its potholes.
Runner-up Owain Talfryn, who had been the favourite, was gracious in defeat. "⟦d:b|Gwilym ran a good campaign and he deserves it. Fourteen votes is fourteen votes,⟧" he said.
Turnout was 31 per cent.
Asked what his first act as a councillor would be, Mr Pryce-Davies did not hesitate. "⟦d:a|Potholes,⟧" he said. "⟦d:a|Then more potholes.⟧"

### 035
@a Ruth Okonjo-Hale | county archaeologist
@u - | A spokeswoman for Eastford Highways
@b Mehmet Yıldız | Site supervisor
Archaeologists excavating ahead of a new bypass near Stowmarsh have found the remains of a Roman bathhouse, complete with a mosaic floor showing a dolphin, in what the county archaeologist described as “⟦p:a|a once-in-a-generation find⟧”.
The bathhouse, about 14 metres long, appears to have belonged to a villa whose main buildings lie under a neighbouring field.
County archaeologist Dr Ruth Okonjo-Hale FSA said the mosaic was in unusually good condition. “⟦d:a:m|When the first tesserae came up we assumed it would be a fragment. Then it just kept going.⟧
“⟦d:a:m|By the end of the second day we had the whole dolphin, and its tail, and a border of waves. I have been doing this for twenty-six years and I have never seen anything like it in this county.⟧
“⟦d:a|We are going to have to think very carefully about how we protect it,⟧” she said.
The discovery has delayed construction of the Stowmarsh bypass by at least six weeks. A spokeswoman for Eastford Highways said the company was “⟦p:u|working closely⟧” with the archaeologists.
Site supervisor Mehmet Yıldız, who uncovered the dolphin’s head, said his team had been “⟦p:b|shaking⟧”. “⟦d:b|You don’t really breathe. You just keep brushing,⟧” he said.

### 036
@a Hana Tesfaye | -
@b Dawit Alemu | Her coach
@c Callum Birtwhistle | local runner
Hana Tesfaye won the Ravensworth Marathon in 2 hours 21 minutes 9 seconds on Sunday, taking almost a minute off the course record despite a strong headwind over the final ten kilometres.
The 26-year-old broke away from the defending champion, Gladys Chepkoech, at the 35km mark and ran alone to the finish along the Quayside.
``⟦d:a|I looked back once and she was gone, so I thought, now I must not fall,⟧'' Tesfaye said, speaking through her coach, who translated. ``⟦d:a|The wind was terrible. Terrible. But it was terrible for everybody.⟧''
Her coach, Dawit Alemu, recalled that she had almost withdrawn on Friday with a stomach bug. ``⟦d:b|She told me, I am not running. I said, we will see in the morning,⟧'' he said.
In the men's race, local runner Callum Birtwhistle finished fourth, the best result by a Ravensworth-born athlete in the race's history. ``⟦d:c|My mum said if I got top five she'd stop asking when I'm getting a real job,⟧'' he joked. ``⟦d:c|So that's sorted.⟧''
Chepkoech finished second in 2:22:04.

### 037
@a Oskar Lindqvist-Baines | Home Affairs Minister
@f National Growers' Federation | -
@b Jeannette Okafor-Sims | Its president
@u - | A government source
The government will cut the number of seasonal worker visas by a quarter next year, Home Affairs Minister Oskar Lindqvist-Baines announced on Tuesday, prompting warnings from farmers that crops could be left to rot.
"⟦d:a|We have been clear that we want employers to train and recruit local workers. This is a step toward that,⟧" Lindqvist-Baines told a press conference.
He insisted the change would be phased in. "⟦d:a|Nobody is going to wake up next spring and find that their workers have vanished,⟧" he said.
The National Growers' Federation said the decision was "⟦p:f|reckless⟧". Its president, Jeannette Okafor-Sims, said many farms had tried for years to recruit locally without success. "⟦d:b|We put up adverts. We go to job fairs. People do not want to pick strawberries at five in the morning in the rain, and I don't blame them,⟧" she said.
"⟦d:b|If the government has a plan to change that, we'd love to hear it.⟧"
A government source said ministers were "⟦p:u|relaxed⟧" about the criticism.

### 038
@i - | inspectors from the Care Standards Agency
@a Graham | Mr Seddon’s son
@b Ashgrove Care Group | Rosewood Lodge’s owner
A care home in Pellingham was warned about failures in its handling of medicines at least three times before a resident died after being given another patient’s tablets, according to documents seen by the Pellingham Courier.
Arthur Seddon, 89, died in hospital in April, two days after staff at Rosewood Lodge gave him a dose of a powerful heart drug prescribed to someone else.
In a letter to the home’s owners in November, inspectors from the Care Standards Agency wrote that medicines were “⟦p:i|not stored, recorded or administered safely⟧”.
Mr Seddon’s son, Graham, said the family were “⟦p:a|devastated and furious⟧”. “⟦d:a|They were told. In writing. More than once. And my dad still died,⟧” he said.
Rosewood Lodge’s owner, Ashgrove Care Group, said in a statement: “⟦d:b|We are deeply sorry for Mr Seddon’s death. Since April we have retrained every member of staff and introduced a new electronic prescribing system.⟧”
The company added that it had “⟦p:b|cooperated fully⟧” with the agency and the coroner.
An inquest is due to open next month.

### 039
@a Tomasz | -
@b Ewelina | -
@c Filip | their son
When Tomasz and Ewelina Grabowski opened a Polish bakery on Station Road in Hurstleigh in 2015, their neighbours told them it would not last a year.
Nine years later, Piekarnia Grabowski sells 600 loaves on a Saturday and has a queue out of the door by 8am.
"⟦d:a|People said, who is going to buy rye bread in Hurstleigh?⟧" Tomasz recalls, laughing. "⟦d:a|Now the same people ask me why I ran out.⟧"
Ewelina, who does the books and the cakes, is more cautious. "⟦d:b|We are busy, yes. But flour has gone up forty per cent, butter even more,⟧" she says. "⟦d:b|Busy is not the same as rich.⟧"
"⟦d:a|She always says this,⟧" Tomasz says.
"⟦d:b|Because it is always true,⟧" she replies.
The couple now employ seven people, including their son, Filip, who left a job in accountancy to learn the trade. "⟦d:c|My friends think I'm mad,⟧" Filip says. "⟦d:c|But I've never been happier at four in the morning.⟧"

### 040
@a Fiona MacAskill | the region’s children’s commissioner
@b Alasdair Renwick | Health board chief executive
@m - | One mother
Young people in Dunmarra are waiting up to 18 months for a first appointment with mental health services, a report by the region’s children’s commissioner has found.
Commissioner Fiona MacAskill said the waits were “⟦p:a|indefensible⟧” and warned that children were reaching crisis point before being seen. “⟦d:a|We are asking teenagers who are struggling to hold on for a year and a half. Many of them can’t,⟧” she said.
The report found that 2,300 children were on waiting lists, up from 900 three years ago.
Health board chief executive Alasdair Renwick admitted the figures were “⟦p:b|not acceptable⟧”. “⟦d:b|I’m not going to stand here and defend them,⟧” he said. “⟦d:b|We have recruited eleven new clinicians this year, but we have lost nine.⟧”
One mother, whose 15-year-old son has been waiting since last spring, described the system as “⟦p:m|a locked door⟧”. “⟦d:m|He’s stopped going to school. We’re doing everything we can at home, but we’re not experts,⟧” she said.

### 041
@a Lucas Oyelaran-Brandt | Northgate United manager
@b Gavin Stroud | Ferrybridge manager
Northgate United manager Lucas Oyelaran-Brandt insisted on Friday that his side would not be "⟦p:a|parking the bus⟧" at Ferrybridge in Sunday's derby.
"⟦d:a|People expect us to sit deep and hope. That's not who we are,⟧" Oyelaran-Brandt said. "⟦d:a|We'll go there and play.⟧"
United are without midfielder Kenji Moriyama, who tore a hamstring last week, and striker Dario Santangelo is a doubt with a knee problem.
"⟦d:a|Kenji is a big loss, I won't pretend otherwise,⟧" the 48-year-old said. "⟦d:a|Dario will have a scan tomorrow. If he's 80 per cent, he plays.⟧"
Across the city, Ferrybridge manager Gavin Stroud was asked about his opposite number's comments. "⟦d:b|Good. I hope they do come and play. Leaves more space for us,⟧" he said with a grin.
Stroud confirmed that captain Marcus Ebanks would return from suspension.

### 042
@a Erzsébet Nagy-Várkonyi | -
@b Zsófia Kerekes-Tóth | The city's mayor
@c Tisza Regional Health Authority | the authority
SÁRVÁRHELY, Hungary, Feb 8 (Meridian Wire) — Several thousand people marched through this city in eastern Hungary on Saturday to protest against plans to close the maternity ward of its only hospital.
Marchers chanted "⟦s:-|Hands off our hospital⟧" and pushed prams decorated with ribbons along the main boulevard.
"⟦d:a|My three children were born in that ward. My daughter is pregnant now, and they want her to drive ninety kilometres to give birth,⟧" said Erzsébet Nagy-Várkonyi, 58.
The city's mayor, Zsófia Kerekes-Tóth, addressed the crowd from the steps of the town hall. "⟦d:b|Ezt nem hagyjuk,⟧" she said — "⟦d:b|We will not allow this⟧" — drawing loud cheers.
The Tisza Regional Health Authority said in a statement that the ward delivered fewer than 300 babies a year, below the minimum of 500 it considers necessary to maintain specialist skills.
"⟦d:c|This is about safety, not money,⟧" the authority said.

### 043
@a Ruth Abernethy-Quist | Head teacher
@b Len Dobbs | the school's caretaker
@c Oscar Fairley | -
Pupils at Holmbury Vale Primary School have raised more than £8,000 for a new playground by walking a combined 4,000 miles, the distance from their village to their partner school in northern Ghana.
Head teacher Ruth Abernethy-Quist said the idea came from a Year 4 pupil during a geography lesson. ``⟦d:a|We were looking at a map and Oscar put his hand up and asked how long it would take to walk there. So we found out,⟧'' she said.
The miles were logged on a giant chart in the school hall. Parents, grandparents and the school's caretaker, Len Dobbs, joined in. ``⟦d:b|I did my miles walking the dog,⟧'' Mr Dobbs said. ``⟦d:b|The dog did more than me.⟧''
Oscar Fairley, now nine, said he had not expected anyone to take his question seriously. ``⟦d:c|I was just asking,⟧'' he said.
Half of the money will go to the partner school, which plans to spend it on a water tank.

### 044
@a Leonard Abiodun-Clarke | -
@b Renata Szymańska-Boyle | His attorney
@c Colm Fitzmaurice | District Attorney
@d Harriet Osei-Whitlock | Presiding Judge
A jury in Redmarsh on Thursday acquitted a former city housing official of taking bribes from a property developer, ending a five-week trial.
Leonard Abiodun-Clarke, 52, had been accused of accepting $64,000 in cash and home renovations in exchange for steering city contracts to Marlow Ridge Construction. He was cleared on all seven counts.
Outside the courthouse, he hugged his wife and two daughters before speaking briefly to reporters. "⟦d:a|I have spent two years with my name in the papers as a criminal. Today twelve people said I am not one,⟧" he said. "⟦d:a|I want to go home.⟧"
His attorney, Renata Szymańska-Boyle, said the prosecution had relied on "⟦p:b|a witness with every reason to lie⟧", a reference to Marlow Ridge's former finance director, who testified in exchange for immunity.
District Attorney Colm Fitzmaurice said his office respected the verdict. "⟦d:c|We brought this case because we believed the evidence supported it. The jury saw it differently, and that is how the system works,⟧" Fitzmaurice said in a statement.
Earlier, Presiding Judge Harriet Osei-Whitlock had thanked the jurors, telling them: "⟦d:d|You have given up five weeks of your lives. This city owes you its thanks.⟧"

### 045
@a Imogen Farley-Stroud | chief executive
@b Deborah Mensah | -
@c Pat | Another shopper
Department store chain Pemberton & Lyle will close 14 of its 38 shops by the end of January, putting about 1,100 jobs at risk, the company announced on Thursday.
The closures include its flagship store on Corn Street in Aldwick, which has traded from the same building since 1884.
“⟦d:a|These are painful decisions and they reflect the reality of how people shop today,⟧” said chief executive Imogen Farley-Stroud. “⟦d:a|The stores we are keeping are the ones where we can see a profitable future.⟧”
Outside the Aldwick store, shoppers reacted with dismay. “⟦d:b|My grandmother bought her wedding hat here,⟧” said Deborah Mensah, 62. “⟦d:b|It’s like a piece of the town closing.⟧”
Another shopper, who gave only her first name, Pat, was blunter. “⟦d:c|Nobody comes in. I come in. Look around — there’s no one here,⟧” she said.
The Shopworkers’ Union said it would seek urgent talks with the company.

### 046
@a Valley Electric | the region's main utility
@b Carla Beaumont-Rhys | Emergency management director
@c Vernon T. Tibbs | retiree
More than 180,000 homes were without power across the Tarrant Valley on Monday after a storm brought down trees and power lines overnight, according to Valley Electric, the region's main utility.
Valley Electric said crews from three neighbouring states were being brought in. "⟦d:a|This is one of the largest outages in our company's history. Some customers should be prepared to be without power for several days,⟧" the utility said in a statement.
Emergency management director Carla Beaumont-Rhys urged residents to check on elderly neighbours. "⟦d:b|If you have a neighbour who lives alone, knock on their door today,⟧" she said. "⟦d:b|Don't assume someone else has.⟧"
Two people were killed when a tree fell on their car on Route 9 near Millbrook, the county sheriff's office said.
At a shelter at Millbrook High School, retiree Vernon T. Tibbs, 77, said he had been running his oxygen machine on a battery until it died at 4 a.m. "⟦d:c|Then I called 911. They brought me here. I'm grateful, but I'd rather be in my own bed,⟧" he said.

### 047
@a Rhiannon Castell | opposition leader
@b Edmund Greythorne | Prime Minister
@c Geraint Vowles | The speaker of the house
@u - | a spokesman for the prime minister
The prime minister and the leader of the opposition clashed over hospital waiting lists in a bad-tempered session of questions in parliament on Wednesday.
"⟦d:a|Will the prime minister tell the house how many people are waiting longer than a year for an operation?⟧" asked opposition leader Rhiannon Castell.
Prime Minister Edmund Greythorne replied that waiting lists had fallen for three consecutive months. "⟦d:b|She knows they are falling, and she can't bear it,⟧" he said, to jeers from the opposition benches.
"⟦d:a|They are falling from a record he set,⟧" Castell shot back. "⟦d:a|It's like a man who burns down his house and wants credit for putting out the kitchen.⟧"
The speaker of the house, Sir Geraint Vowles, twice intervened to call for order. "⟦d:c|Members will come to order. The public can hear you,⟧" he said.
Afterwards, a spokesman for the prime minister said the exchange had been "⟦p:u|a lot of noise from a party with no plan⟧".

### 048
@a Yewande Collins-Ambrose | Trust ecologist
@b Margery Fitch | Volunteer
The number of hedgehogs in the gardens of Ashby Marlowe has risen for the first time in two decades, according to a survey carried out by volunteers over the summer.
The survey, organised by the Ashby Marlowe Wildlife Trust, recorded 412 hedgehogs in 1,800 gardens, up from 297 in the last count in 2019.
Trust ecologist Dr Yewande Collins-Ambrose said the rise was probably due to residents cutting holes in garden fences. “⟦d:a|It sounds trivial, but a hedgehog needs to travel a mile or more every night. A solid fence is a wall to them,⟧” she said.
Volunteer Margery Fitch, 70, counted hedgehogs in her street every night for six weeks. She put it simply: “⟦d:b|I got to know them. There’s one with a bit missing from his ear. I call him Nelson.⟧”
Collins-Ambrose cautioned against reading too much into one year. “⟦d:a|It’s good news. It is not a recovery yet,⟧” she said.
The trust has handed out more than 3,000 small plaques marking “⟦s:-|hedgehog highways⟧” to residents who have cut a gap in their fence.

### 049
@a Carlow Heath Police | the force
@b Sandra Quigley | The walker
@c Adele Marsh | Ethan's mother
A 15-year-old boy who had been missing from his home in Carlow Heath for four days has been found safe and well, police said on Saturday.
Ethan Marsh-Okoye was found in a disused barn about three miles from his home after a walker heard him calling for help, Carlow Heath Police said. "⟦d:a|He was cold and hungry but otherwise unharmed,⟧" the force said in a statement. "⟦d:a|We want to thank the hundreds of people who joined the search.⟧"
The walker, Sandra Quigley, said she had been out with her dog when she heard a faint voice. "⟦d:b|At first I thought it was a sheep, honestly,⟧" she told the Carlow Heath Gazette. "⟦d:b|Then it said my name — well, it said 'hello?' — and I knew.⟧"
In a post on social media, Ethan's mother, Adele Marsh, wrote: "⟦d:c|He's home. He's home. Thank you to every single person who looked for my boy.⟧"
Police said there were no suspicious circumstances.

### 050
@a Lucia Ferrandi-Sposito | The Italian director
@b Anders Holmqvist-Berg | Jury president
@c Sékou Diabaté | -
The Italian director Lucia Ferrandi-Sposito won the Golden Heron, the top prize at the Marisund Film Festival, on Saturday for “⟦s:-|Le stanze vuote⟧” (“⟦s:-|The Empty Rooms⟧”), a quiet drama about a widower clearing out his late wife’s flat.
Accepting the award, Ferrandi-Sposito spoke first in Italian. “⟦d:a|Questo premio è per mia madre,⟧” she said. “⟦d:a|This prize is for my mother.⟧”
She said in English that she had made the film after watching her own father spend a year sorting through her mother’s belongings. “⟦d:a|He kept every bus ticket. Thirty years of bus tickets. I knew there was a film in that.⟧”
Jury president Anders Holmqvist-Berg called the film “⟦p:b|devastating in the gentlest possible way⟧”.
The best actor prize went to Sékou Diabaté for his role as a night-shift security guard in “⟦s:-|Watchman⟧”. “⟦d:c|I worked as a security guard for four years before I was an actor. I didn’t have to research very much,⟧” he joked.

### 051
@a Aditi Choudhury-Lamb | chief economist at the building society
@b Gordon Pettifer | Estate agent
@c Jade | First-time buyers
House prices in Kelstone fell for the sixth month in a row in October, according to figures from the Northshire Building Society, the longest run of falls since 2009.
The average home in the city now costs £214,600, down 4.1 per cent on a year earlier.
"⟦d:a|Higher mortgage rates are doing exactly what they were designed to do, which is to cool the market,⟧" said Aditi Choudhury-Lamb, chief economist at the building society. "⟦d:a|We expect prices to stabilise in the spring, but not to rebound quickly.⟧"
Estate agent Gordon Pettifer, who has sold homes in Kelstone for 30 years, said buyers had "⟦p:b|all the power⟧" for the first time in a decade. "⟦d:b|I've got sellers who turned down offers last year who would bite your hand off for them now,⟧" he said.
First-time buyers Jade and Marcus Nwosu, who completed on a two-bedroom flat in Brindley last week, said they had negotiated £18,000 off the asking price. "⟦d:c|We couldn't believe it when they said yes,⟧" Jade said.

### 052
@a Matthias Van de Velde | -
@b Serrano-Ibarra Cycling | His team
@c Joaquín Ortiz de Zárate | race leader
Matthias Van de Velde won the sixth stage of the Tour de Vaudrenne on Thursday with a solo attack on the final climb, while race leader Joaquín Ortiz de Zárate crashed with 30 kilometres to go and lost more than four minutes.
"⟦d:a|I've been waiting three years for a win like this. Today the legs were finally good,⟧" said Van de Velde, 27.
Ortiz de Zárate, who had worn the leader's jersey since the opening stage, came down on a wet descent and finished the stage with his right arm bandaged.
His team, Serrano-Ibarra Cycling, said in a statement that he had suffered "⟦p:b|abrasions and bruising⟧" but no fractures. "⟦d:b|Joaquín will be assessed again in the morning before we decide whether he starts tomorrow,⟧" the team said.
"⟦d:c|Estoy bien, estoy bien. Mañana veremos,⟧" Ortiz de Zárate told Spanish television at the finish. "⟦d:c|I'm fine, I'm fine. Tomorrow we'll see.⟧"
The crash hands the overall lead to Frederik Holst of Denmark, who is 41 seconds ahead of Van de Velde.

### 053
@u - | one man
@a Brennan Hale | vice president of development at Veridian Power
@b Pilar Esquivel-Mott | a retired chemistry teacher who organised the opposition group Clean Air Sutter's Point
@c Daniel Koenig-Ruiz | Town Supervisor
A town hall meeting on plans to build a waste-to-energy plant in Sutter's Point became heated on Tuesday night, with residents shouting down the company's presentation.
"⟦d:u|You're going to poison our kids!⟧" one man shouted from the back of the Sutter's Point Middle School gym.
Brennan Hale, vice president of development at Veridian Power, which wants to build the plant, tried to continue. "⟦d:a|I understand the concern. I'm asking for ten minutes to explain what this facility does and doesn't emit,⟧" he said.
"⟦d:b|We've read your reports,⟧" retorted Pilar Esquivel-Mott, a retired chemistry teacher who organised the opposition group Clean Air Sutter's Point. "⟦d:b|We know exactly what it emits.⟧"
Town Supervisor Daniel Koenig-Ruiz, who chaired the meeting, eventually called a 15-minute recess. "⟦d:c|Everybody is going to get to speak tonight. But we're going to do it one at a time,⟧" he said.
No decision on the plant is expected before the spring.

### 054
@a Imran Qadir-Ellis | a consultant ophthalmologist at Kingsgate Eye Hospital who led the trials here
@b Marit Solberg | Halden's chief executive
@c Mia Trelawny | -
A new drug for a rare inherited form of blindness has been approved by the National Medicines Board, offering the first treatment for about 400 people in the country.
The drug, sold as Luxavir, is given as a single injection into the eye and in trials slowed or stopped sight loss in seven out of ten patients.
"⟦d:a|For the first time I can tell a family, there is something we can do,⟧" said Prof Imran Qadir-Ellis, a consultant ophthalmologist at Kingsgate Eye Hospital who led the trials here.
The drug's maker, Halden Therapeutics, has not disclosed the price, but analysts expect it to cost more than £500,000 per patient.
Halden's chief executive, Dr Marit Solberg, said the company was "⟦p:b|committed to access⟧". "⟦d:b|We will work with health services to make sure no patient who can benefit is left without it,⟧" she said.
Mia Trelawny, 24, began losing her sight at 14 and was one of the trial participants. "⟦d:c|I can still read my phone. Before the trial my doctors said I'd be blind by twenty,⟧" she said. "⟦d:c|I'm twenty-four.⟧"

### 055
@a Saoirse Ní Dhonnchadha | artist
@b Donal McGinty | -
@c Rosemary Dunlop | Its secretary
The side wall of the old Co-op building on Harbour Street in Kilbrannan is grey no more.
Over three weeks, artist Saoirse Ní Dhonnchadha and a team of 40 volunteers have painted a 20-metre mural of the town’s fishing fleet as it looked in the 1950s, based on photographs lent by residents.
“⟦d:a|Every boat on that wall is a real boat, with its real name and number,⟧” Saoirse says, pointing up from the scaffolding. “⟦d:a|People come along and say, that’s my grandad’s boat. That happens about ten times a day.⟧”
One of them is Donal McGinty, 79, who fished out of Kilbrannan for fifty years. He points at a blue trawler near the corner. “⟦d:b|The Mary Ellen. My father’s. I was sick over the side of her on my first day, aged fourteen.⟧”
The project cost £12,000, raised by the Kilbrannan Heritage Group. Its secretary, Rosemary Dunlop, said there had been “⟦p:c|one or two grumbles⟧” about the colours.
“⟦d:c|You can’t paint a harbour without somebody telling you the sea is the wrong shade of blue,⟧” she said.

### 056
@a Valérie Guignard-Amstutz | one of the initiative’s organisers
@b Beat Zurbriggen | Hotel owner
@c Reto Flückiger | Cantonal councillor
ALTSTETTEN-AM-SEE, Switzerland, Sept 22 (Meridian Wire) — Voters in the Swiss canton of Obersee narrowly rejected on Sunday a proposal to ban short-term holiday rentals in the canton’s resort towns, with 50.8 percent voting no.
The initiative, backed by a coalition of tenants’ groups, would have barred owners from letting apartments for less than three months at a time.
«⟦d:a|Ce n’est qu’un début⟧», said Valérie Guignard-Amstutz, one of the initiative’s organisers — «⟦d:a|It is only a beginning⟧» — as the results came in at the canton’s town hall.
Hotel owner Beat Zurbriggen, who campaigned against the ban, said the result showed voters understood «⟦p:b|what tourism pays for⟧».
«⟦d:b|Without visitors, half the shops in this valley would close. People here know that⟧», he said.
Cantonal councillor Reto Flückiger, who is responsible for housing, said the government would now draft «⟦p:c|more targeted⟧» rules. «⟦d:c|The message is that people want something done, but not this⟧», he added.

### 057
@a Keisha Okonkwo-Bell | -
@b Marisol Ybarra-Lutz | Otters coach
@c Tamsin Adewale-Frost | Harriers coach
Keisha Okonkwo-Bell scored 31 points and grabbed 12 rebounds as the Riverton Otters beat the Delmar Harriers 88-81 on Sunday to reach the league final for the first time.
``⟦d:a|Coach told us at halftime to stop watching and start playing,⟧'' Okonkwo-Bell said. ``⟦d:a|That's exactly what we did.⟧''
The Otters trailed by 11 at halftime before a 19-2 run in the third quarter turned the game. Point guard Danielle Ferreira added 18 points and nine assists.
Otters coach Marisol Ybarra-Lutz said she had been ``⟦p:b|a little louder than usual⟧'' at halftime. ``⟦d:b|I may have raised my voice. I may have thrown a clipboard. Allegedly,⟧'' she said with a smile.
Harriers coach Tamsin Adewale-Frost said her team had ``⟦p:c|run out of legs⟧''.
``⟦d:c|We'll be back. This group is young,⟧'' she said.

### 058
@a Aurelia Vasconcelos-Ward | Finance Minister
@b Hamid Rostami | director of the Fiscal Studies Forum, an independent think tank
Finance Minister Aurelia Vasconcelos-Ward said on Thursday that the government would not raise income tax in next month's budget, despite a shortfall of 4 billion in the public finances.
"⟦d:a|I have said it before and I will say it again: working people will not pay more income tax while I am in this job,⟧" Vasconcelos-Ward told the annual conference of the Chamber of Industry.
Economists were sceptical. "⟦d:b|The arithmetic doesn't work without either tax rises or deep cuts, and she has ruled out deep cuts too,⟧" said Hamid Rostami, director of the Fiscal Studies Forum, an independent think tank. "⟦d:b|Something has to give.⟧"

### 059
@a Alastair Moncrieff | Judge
@b Neil Addison | Dr Kerr-Addison’s husband
A van driver who struck and killed a cyclist while watching a video on his phone has been jailed for six years.
Craig Lowrie, 39, of Inverallan, admitted causing the death of Dr Fiona Kerr-Addison, 54, a GP and keen cyclist, on the B9170 near Kinnordy in June last year.
Sentencing him at the High Court in Dunmarra, Judge Alastair Moncrieff said: “⟦d:a:m|For almost two minutes you watched football highlights on a phone propped on your dashboard while driving a three-tonne van on a country road.⟧
“⟦d:a:m|Dr Kerr-Addison was wearing bright clothing and had lights on her bicycle. She was visible for at least 300 metres. You did not see her because you were not looking.⟧
“⟦d:a|No sentence I can pass will return her to her family.⟧”
In a statement, Dr Kerr-Addison’s husband, Neil Addison, said the family had “⟦p:b|lost the centre of our world⟧”. “⟦d:b|Fiona spent her life looking after other people. She was killed by someone who couldn’t look after a road for two minutes,⟧” he said.
Lowrie was also banned from driving for ten years.

### 060
@a Solveig Ødegård-Lien | -
@b Anders Brekke | Her colleague
@c Marta Eikeland | a sheep farmer whose family has grazed animals below the glacier for five generations
@d Vestland Tourism Board | -
The Vestbreen glacier in western Norway lost more ice last summer than in any year since measurements began in 1962, glaciologists said on Monday.
"⟦d:a|We measured a loss of 3.1 metres of water equivalent across the glacier. The previous record was 2.4,⟧" said Solveig Ødegård-Lien, who leads the monitoring programme at the University of Fjellstad.
She said the glacier's tongue had retreated 110 metres in a single season, exposing bedrock that had been under ice "⟦p:a|probably for several thousand years⟧".
Her colleague Anders Brekke, who spent six weeks camped on the ice this summer, described the change in a blog post. "⟦d:b|Every morning there was a new stream. Some nights you could hear the glacier moving, a deep groan like a ship,⟧" he wrote.
"⟦d:b|It is hard to describe what it feels like to watch something you love disappear,⟧" he added.
Vestbreen is one of the most visited glaciers in the country. About 90,000 people a year walk the trail from the car park at Brevika to the viewpoint below its snout.
The viewpoint has had to be moved twice in ten years. The old sign, which still reads "⟦s:-|Glacier: 200 m⟧", now stands more than a kilometre from the ice.
There is an old saying in the valley: "⟦d:-|The glacier gives and the glacier takes.⟧"
"⟦d:c|When I was a girl it gave us water for the animals all summer. Now, by August, the streams are thin,⟧" said Marta Eikeland, a sheep farmer whose family has grazed animals below the glacier for five generations.
The Vestland Tourism Board said visitor numbers had not fallen. "⟦d:d|People still come. Some of them tell us they want to see it while they can,⟧" it said.
Ødegård-Lien said the glacier could lose half its volume by 2060 under current warming. "⟦d:a|It will not disappear next year. But the direction is very clear,⟧" she said.
Measurements will resume in May, when the winter snow is recorded.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh14.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh14",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
