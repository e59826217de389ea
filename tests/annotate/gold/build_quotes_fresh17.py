# ruff: noqa: E501
"""Build ``quotes_fresh17.jsonl``: a seventeenth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is the house styles of
different kinds of outlets around the English-speaking world: a US metro daily (AP
style), British tabloids and broadsheets, Indian English dailies, Australian and New
Zealand outlets, Nigerian, Kenyan and South African outlets, wire services, trade
publications, student newspapers and local radio websites.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh17-NNN``.

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

Decisions taken in this set on cases the conventions leave open:

* A quotation mark's span is everything between the marks, including punctuation that
  house style puts inside them (AP ``"troubling."``) and excluding punctuation that
  house style puts outside (British ``"managing decline".``).
* Abbreviated role titles before a name (``Sen.``, ``Rep.``, ``Cllr``, ``Det Insp``)
  are treated like ``Judge``: stripped from the name, and the description when the
  passage gives no appositive. An AP party-and-state tag set off by commas
  (``Sen. Ruth Calloway, D-Ore.,``) is an appositive and therefore the description.
* ``Shri``, ``Smt.``, ``Chief`` (Nigerian chieftaincy title), ``Alhaji``, ``Comrade``
  and ``Baba`` are courtesy honorifics: never part of the name, never the description.
  Indian designations before a name (``Municipal Commissioner Shri Anil Deshpande``)
  are role titles, so the designation is the description.
* An organisation with no appositive that is cued by a definite description (``the
  trust said``) gets that description (``the trust``), as a person would.
* A partial quote introduced by ``is said to be`` / ``is understood to be`` with no
  source given has a null speaker; a later ``a source said`` does not reach back.
* A court or bench that ``observed`` or ``ruled`` is the (organisation) speaker of its
  order; an individual judge who remarks from the bench is the speaker of the remark.
* A quoted translation that the reporter supplies in parentheses or after a dash is a
  second span by the original speaker (per the convention above), even when it is not
  introduced by a speech verb.
* In a first-person letter or post read out or reproduced, the signatory is the speaker.
  A handwritten card quoted with ``it reads`` is such a message (``direct``, its
  writer the speaker); a sign or placard stays ``scare``. A letter ``coordinated by``
  a named body is that body's.
* ``Shri``/``Smt.`` aside, ``Hon.`` (Kenya), ``Nana`` (Ghanaian chief), ``Whaea``
  (Māori, "aunt") and ``Prof.`` are likewise honorifics, stripped and never the
  description; a regnal number (``II``) is part of the name.
* British court copy's ``X, defending,`` / ``Y, prosecuting,`` is an appositive:
  the description is ``defending`` / ``prosecuting``.
* An organisation with a label before its name (``Agri-tech startup KhetiLink``) gets
  that label as description, as a person's role title would.
* A role title before the name yields to an appositive given elsewhere in the passage
  (``top seed Mia Okonjo-Sterling`` … ``Okonjo-Sterling, the American who …, said``:
  the appositive), as the convention's "when the passage gives no appositive" reads.
* Speech relayed through a family friend's translation belongs to the
  original speaker, like an interpreter's. A single utterance that itself mixes two
  languages inside one pair of marks (``"Bado kidogo. Just a little more patience."``)
  is one span.
* A relational description for an unnamed person inside a transcript answer (``My mom
  keeps saying, …``) is kept as the description (``My mom``), speaker null.
* Lines of a courtroom exchange that carry no cue at all are attributed by the
  alternation of the dialogue, as a reader would.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh17.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh17.jsonl")

PASSAGES = """
### 001
@a Teresa Quintanilla | Mayor
@b Derek Hollins | Councilman
@c Gloria Abernathy-Shaw | a retired bus driver who spoke during public comment
@d Regional Transit Authority | the authority
MARLOW SPRINGS, Colo. — The City Council voted 6-3 on Tuesday to send a half-cent sales tax for public transit to voters in November, ending months of debate over how to pay for expanded bus service on the city's east side.
"⟦d:a|This is the closest we've come in 20 years to a transit system that actually serves the people who need it most,⟧" Mayor Teresa Quintanilla said after the vote.
Councilman Derek Hollins, who represents the 4th District, voted against the measure. "⟦d:b|I'm not opposed to buses. I'm opposed to asking working families to pay more at the checkout for a plan that still doesn't have a route map,⟧" Hollins said.
The proposal would raise an estimated $38 million a year, according to city budget staff. About two-thirds would go to operations and the rest to new shelters, sidewalks and a maintenance yard near Larkin Avenue.
Gloria Abernathy-Shaw, a retired bus driver who spoke during public comment, said she had waited "⟦p:c|a lifetime⟧" for the council to act. "⟦d:c|I drove the 14 line for 22 years. I watched people stand in the snow for 40 minutes because the bus didn't come,⟧" she said. "⟦d:c|Don't tell me there's no need.⟧"
The Regional Transit Authority said in a statement that it would hold community meetings on new routes if the tax passes. "⟦d:d|We are ready to move quickly,⟧" the authority said.
Quintanilla said she expected a fight from business groups but was confident voters would back the plan. "⟦d:a|People ride what they can see,⟧" she said. "⟦d:a|Give them something to see.⟧"

### 002
@a Ruth Calloway | D-Ore.
@b Marisol Etxeberria | chief executive of Cascade Northern Railway
@c Wendell Pruitt | R-Idaho
@d Federal Rail Safety Board | the board
@e Jim Toller | R-Ore.
WASHINGTON — Senators from both parties pressed the head of a Northwest freight railroad on Thursday over a derailment that forced 1,400 people from their homes in the Columbia Gorge town of Tillery Bend last spring.
"⟦d:a|Your company knew that bridge was a problem in 2019. You had the inspection report on your desk,⟧" Sen. Ruth Calloway, D-Ore., who chairs the Senate Commerce subcommittee on surface transportation, told the railroad's chief executive. "⟦d:a|What did you do with it?⟧"
Marisol Etxeberria, chief executive of Cascade Northern Railway, said the company had "⟦p:b|followed every federal requirement⟧" and had scheduled repairs for the following year.
"⟦d:b|In hindsight, that schedule was not fast enough,⟧" Etxeberria said. "⟦d:b|I've said that to the families in Tillery Bend, and I'll say it here.⟧"
Sen. Wendell Pruitt, R-Idaho, said he was wary of new mandates that could push freight onto highways. Still, he said, the testimony was "⟦p:c|troubling.⟧"
"⟦d:c|I don't want Washington running railroads. But I also don't want to read about another town evacuated because somebody decided a bridge could wait,⟧" Pruitt said.
The Federal Rail Safety Board has not issued its final report. In a preliminary finding in June, the board said corrosion on a steel support "⟦p:d|likely contributed⟧" to the derailment.
Rep. Jim Toller, R-Ore., whose district includes Tillery Bend, watched from the front row. Afterward, he said residents were still waiting on reimbursement checks.
"⟦d:e|Some of these folks are eight months out and still paying for motel rooms,⟧" he said. "⟦d:e|The railroad can send a CEO to Washington. It can send a check to Tillery Bend.⟧"

### 003
@a Harriet Olumide-Banks | U.S. District Judge
@b Conrad Vasek | the former chief financial officer of the Puget Tool & Die Workers Benefit Trust
@c Lena Marchetti | Assistant U.S. Attorney
@d Paul DeGroot | Vasek's attorney
@e Ann Kittredge | a retired school secretary whose late husband worked at the plant for 31 years
PORT HADLEY, Wash. — A former finance chief who siphoned more than $4.2 million from a union pension fund was sentenced Monday to nine years in federal prison.
"⟦d:a|You didn't steal from an institution. You stole from machinists and their widows,⟧" U.S. District Judge Harriet Olumide-Banks told Conrad Vasek before handing down the sentence.
Vasek, 58, the former chief financial officer of the Puget Tool & Die Workers Benefit Trust, pleaded guilty in March to wire fraud and money laundering. Speaking for about five minutes, he apologized to the courtroom.
"⟦d:b|I told myself I would pay it back. I never did, and I never could have,⟧" Vasek said, his voice breaking. "⟦d:b|There is no excuse.⟧"
Assistant U.S. Attorney Lena Marchetti had asked for 11 years. She told the court the scheme ran for "⟦p:c|the better part of a decade⟧" and was concealed with forged audit letters.
"⟦d:c|This was not a moment of weakness,⟧" Marchetti said. "⟦d:c|It was a business model.⟧"
Vasek's attorney, Paul DeGroot, argued for five years, citing his client's cooperation. "⟦d:d|He walked into the FBI office himself,⟧" DeGroot said outside the courthouse. "⟦d:d|That should count for something, and today it didn't count for enough.⟧"
Several victims submitted letters. Ann Kittredge, 81, a retired school secretary whose late husband worked at the plant for 31 years, wrote that she had sold her car to cover her property taxes.
"⟦d:e|I don't want his apology,⟧" she wrote. "⟦d:e|I want my husband's work to have meant something.⟧"

### 004
@s - | A source
@p - | One pal
@r - | A rep for the actress
@b Jordan Rix | Hartside United winger
SOAP stunner Kayleigh Denholm has split from footie ace Jordan Rix — just weeks after they were snapped house-hunting.
The Ashmoor Lane actress, 29, is said to be "⟦p:-|heartbroken⟧" after the 18-month romance fizzled out.
A source told The Daily Clarion: "⟦d:s|Kayleigh really thought Jordan was the one. She'd even started looking at wedding venues on the quiet.⟧"
"⟦d:s|He's been away so much with the club and they just drifted. There was no big row and there's no third party.⟧"
The pair went public at a charity gala in Salbridge last summer and moved in together months later.
One pal said: "⟦d:p|She's putting on a brave face on set but she's gutted. The girls are rallying round her.⟧"
Hartside United winger Jordan Rix, 26, has quietly scrubbed their loved-up snaps from his social media.
A rep for the actress said: "⟦d:r|Kayleigh and Jordan have decided to go their separate ways. They remain on good terms and ask for privacy at this time.⟧"
Approached by the Clarion outside training yesterday, Rix said only: "⟦d:b|No comment, mate. All the best to her.⟧"

### 005
@a Dean Matcham | binman
@b Edna Follett | Great-gran
@c Stacey Follett | Her granddaughter
@d - | A Brackwell Council spokeswoman
HERO binman Dean Matcham dived into a freezing canal to save a pensioner whose mobility scooter had plunged off the towpath.
The dad-of-three, 41, was on his rounds in Brackwell, Staffs, when he heard screams.
"⟦d:a|I didn't think about it. I just went in,⟧" Dean told the Clarion. "⟦d:a|The water was that cold it knocked the wind right out of me.⟧"
Great-gran Edna Follett, 91, had been on her way to the corner shop when a wheel slipped on the wet cobbles.
"⟦d:b|He's my guardian angel, that lad,⟧" said Edna, who was treated in hospital for hypothermia and is now back home.
"⟦d:b|I've told him he's getting a Christmas cake every year till I pop my clogs.⟧"
Her granddaughter Stacey Follett, 34, said: "⟦d:c|We'd be planning a funeral if it wasn't for Dean. The whole family owes him everything.⟧"
Dean, who has worked for the council for 12 years, joked: "⟦d:a|The missus says I still smell of canal. Three showers later.⟧"
A Brackwell Council spokeswoman said: "⟦d:d|We're incredibly proud of Dean. His quick thinking saved a life.⟧"

### 006
@a Priya Raghunathan | the health minister
@b Gareth Lloyd-Ellis | The shadow health secretary
@c Fenella Ashcroft | president of the Royal College of Emergency Practitioners
@d - | One consultant who asked not to be named
@e Severnside NHS Foundation Trust | the trust
Waiting times at emergency departments in the West Midlands have reached their worst level since records began, with one in five patients spending more than 12 hours in A&E at Severnside NHS Foundation Trust last month, according to figures published on Thursday.
Priya Raghunathan, the health minister, said the numbers were "⟦p:a|unacceptable⟧" but insisted that additional funding announced in the spring would take time to reach the front line.
“⟦d:a|We have put the money in. We are recruiting. But you cannot train an emergency physician in a year,⟧” she told the Commons health committee. “⟦d:a|I would rather be honest about that than pretend otherwise.⟧”
The shadow health secretary, Gareth Lloyd-Ellis, accused the government of “⟦p:b|managing decline⟧”. “⟦d:b|Every winter ministers tell us the corner is about to be turned,⟧” he said. “⟦d:b|Patients on trolleys in corridors have stopped believing it, and so have I.⟧”
Dr Fenella Ashcroft, president of the Royal College of Emergency Practitioners, said the figures understated the problem because they did not count time spent waiting in ambulances outside.
“⟦d:c:m|The 12-hour figure starts when a patient comes through the door. For many of them the wait began long before that, in the back of an ambulance in the car park.⟧
“⟦d:c|We are asking for something very simple: count the whole wait, and then fund the whole wait.⟧”
One consultant who asked not to be named said staff were “⟦p:d|running on fumes⟧”. “⟦d:d|I have colleagues in their thirties talking about early retirement. That should frighten everyone,⟧” the consultant said.
In a statement, Severnside NHS Foundation Trust said it had opened 24 additional beds and was “⟦p:e|working closely with system partners⟧”. “⟦d:e|We apologise to every patient who has waited longer than they should,⟧” the trust said.

### 007
@a Ewan Strachan | the village's last baker
@b Morag | His wife
@c Callum | a fisherman who has bought two morning rolls here every working day for 30 years
At a quarter past three on a wet Tuesday morning in Inverallt, the only light on the harbour front comes from the back of Strachan's Bakery.
Ewan Strachan, the village's last baker, has been kneading dough here since he was 15. His father did it before him, and his grandfather before that.
“⟦d:a|People think it's romantic,⟧” he says, flour to the elbows. “⟦d:a|It's not romantic. It's three in the morning and your back hurts. But I wouldn't swap it.⟧”
The bakery will close at the end of the year. Rents have doubled since holiday lets took over the harbour cottages, and the winter trade no longer covers the oil bill.
His wife, Morag, does the books. “⟦d:b|We've done the sums every way you can do them,⟧” she says. “⟦d:b|Ewan kept hoping the numbers would change. They didn't.⟧”
By seven there is a queue. Callum, a fisherman who has bought two morning rolls here every working day for 30 years, shakes his head. “⟦d:c|Where am I meant to go? The garage in Tayburn sells rolls in plastic. That's not a roll.⟧”
Their granddaughter Isla, who is studying in Aberdeen, has no plans to take over, and Ewan says he would not want her to.
“⟦d:a|She's got her own life to be getting on with. This one was mine.⟧”
Asked what he will miss, he thinks for a long time. “⟦d:a|The quiet,⟧” he says eventually. “⟦d:a|The hour before anybody else is awake, when it's just me and the ovens.⟧”

### 008
@a Anil Deshpande | Municipal Commissioner
@b Sunanda Patil | Mayor
@c Rahul Bhonsle | Leader of Opposition in the civic body
@k Kamlabai Shinde | a vegetable vendor
@u - | An NMC official who did not wish to be named
NANDGIRI: Residents of at least 14 wards in the eastern parts of the city went without piped water for a third consecutive day on Tuesday after a major pipeline burst near Khedgaon, the Nandgiri Municipal Corporation (NMC) said.
Municipal Commissioner Shri Anil Deshpande said repair work was under way on a war footing. "⟦d:a|The damaged section is nearly 40 years old. Our teams are working round the clock and we expect supply to be restored by Thursday evening,⟧" Shri Deshpande told this newspaper.
Mayor Smt. Sunanda Patil visited the site in the afternoon and directed officials to deploy additional tankers. "⟦d:b|No household should be left without drinking water. I have asked for 60 more tankers and a daily report on where each one goes,⟧" she said.
However, Leader of Opposition in the civic body Shri Rahul Bhonsle alleged that the administration had ignored repeated warnings. "⟦d:c|We raised the condition of this pipeline in the general body meeting in March itself. The administration simply sat on the file,⟧" he said.
Residents of Ganesh Nagar staged a protest outside the ward office, raising slogans of "⟦s:-|Paani do, paani do⟧".
Kamlabai Shinde, a vegetable vendor, put it bluntly: "⟦d:k|Teen din se ek boond paani nahi aaya.⟧" ("⟦d:k|Not a single drop of water has come in three days.⟧")
"⟦d:k|We are buying water at Rs 40 a can from private tankers. Who will pay for that?⟧" she added.
An NMC official who did not wish to be named said the pipeline replacement project had been pending for years. "⟦d:u|The tender was floated twice but got no bidders. Nobody wants to dig up that stretch during monsoon,⟧" the official said.

### 009
@h High Court | -
@b Meenakshi Iyengar | Chief Justice
@c P.K. Nambiar | Additional Advocate General
@d Farhan Qureshi | Justice
@e Rekha Menon | Senior Advocate
The High Court on Wednesday pulled up the State government over the delay in framing rules under the Street Vendors Act, observing that the livelihoods of lakhs of vendors could not be "⟦p:h|held hostage to bureaucratic inertia⟧".
A Division Bench of Chief Justice Meenakshi Iyengar and Justice Farhan Qureshi was hearing a batch of petitions filed by vendor associations from across Sahyadri Pradesh.
"⟦d:b|Eleven years have passed since the law was enacted. How much more time does the State require?⟧" Chief Justice Iyengar asked.
Additional Advocate General Shri P.K. Nambiar submitted that draft rules had been prepared and were "⟦p:c|under active consideration⟧" of the Urban Development Department. "⟦d:c|The department has held three rounds of consultation with stakeholders,⟧" he said.
"⟦d:d|Active consideration is a phrase this court has heard many times. It usually means nothing is happening,⟧" Justice Qureshi remarked, drawing laughter from the Bar.
Senior Advocate Smt. Rekha Menon, appearing for the National Hawkers' Federation, said vendors in the capital were being evicted every week in the absence of the rules. "⟦d:e|My clients are not encroachers. They are citizens the law was written to protect,⟧" she argued.
The Bench directed the State to notify the rules within eight weeks and listed the matter for compliance in September.

### 010
@a Tanvi Rawat | a 17-year-old leg-spinner from Pauri
@b Suresh Negi | Her coach
@c Kusum Rawat | Her mother
DEHRAKOT: When Tanvi Rawat, a 17-year-old leg-spinner from Pauri, walked out to bowl in the under-19 zonal final last week, she had already taken 31 wickets in the season, more than any other bowler in the competition.
"⟦d:a|I don't think about the batter. I think about the seam and where I want it to land,⟧" the teenager said at the Himgiri Cricket Academy, where she trains six days a week.
Her coach Suresh Negi first saw her bowling with a tennis ball on a terrace in 2019. "⟦d:b|She was bowling googlies to her brothers and none of them could read it. I asked her father if she could come for trials the next day itself,⟧" Negi recalled.
Her mother, Smt. Kusum Rawat, who runs a tea stall near the bus stand, said the family had faced questions from relatives. "⟦d:c|People said, 'Why are you sending a girl to play with boys?' My husband told them, 'Wait and see,'⟧" she said, laughing.
Tanvi has now been named in the state's senior women's probables list. Asked about her target, she was clear: "⟦d:a|India. Nothing less.⟧"
Negi is more cautious. "⟦d:b|She has the talent. Now she needs the patience,⟧" he said.

### 011
@a Bronwyn McAlister | Wattle Creek Shire Mayor
@b Garry Pettigrew | a fourth-generation sheep farmer
@c Leanne Ostrowski | Coolabah Ridge brigade captain
@d - | A spokesman for the state Recovery Office
Twelve months after the Black Gully fire tore through the Wattle Creek valley, fewer than a third of the 86 homes lost have been rebuilt, and locals say they are running out of patience.
Wattle Creek Shire Mayor Bronwyn McAlister said red tape and a shortage of builders had left families living in caravans through a second winter.
"⟦d:a|We had politicians lined up in the main street promising we wouldn't be forgotten. Well, I've got people still in a caravan on their own block, and it's July,⟧" Cr McAlister said.
Garry Pettigrew, a fourth-generation sheep farmer, lost his house, two sheds and about 1,200 head of stock. His new home is framed but the builder has been pulled onto another job.
"⟦d:b|You ring up and you get a different bloke every time,⟧" Mr Pettigrew said. "⟦d:b|I'm not after sympathy, mate. I'm after a roof.⟧"
Coolabah Ridge brigade captain Leanne Ostrowski, whose volunteers fought the fire for nine days, said the community had held together but the strain was showing.
"⟦d:c|The fire was the easy part, if you can believe that. It's the year after that wears people down,⟧" she said.
A spokesman for the state Recovery Office said 212 grants had been paid and that a "⟦p:d|builders' hub⟧" would open in the town next month. "⟦d:d|We know it's been too slow for some families and we're working to fix that,⟧" he said.

### 012
@a Carrington Minerals | the miner
@b Hamish Thorburn | Managing director
@c Josephine Ng | an analyst at Bellamy Partners
@d - | One fund manager who holds the stock
Carrington Minerals has cut its full-year dividend by 40 per cent after a sharp drop in lithium prices wiped more than half off its half-year profit.
The Perth-based miner reported net profit of $212 million for the six months to December, down from $468 million a year earlier. Costs at its flagship Mount Ebbing mine rose 14 per cent, according to the company.
"⟦d:a|The board considers a lower payout prudent while prices remain volatile,⟧" the miner said in its statement to the ASX.
Managing director Hamish Thorburn told analysts on a conference call that the company would defer a planned expansion at Mount Ebbing by at least a year.
"⟦d:b|We're not going to pour concrete into a market that's telling us to wait,⟧" Mr Thorburn said. "⟦d:b|When the cycle turns, and it will, we'll be ready to move.⟧"
Josephine Ng, an analyst at Bellamy Partners, said the result was "⟦p:c|about as bad as expected⟧" but the dividend cut was deeper than the market had priced in.
"⟦d:c|Investors were ready for a weaker number. They weren't ready for the board to blink on the payout,⟧" Ms Ng said.
Shares fell 6.2 per cent to $8.41 by the close.
One fund manager who holds the stock was more blunt: "⟦d:d|They sold the expansion story for two years. Now they're asking us to be patient.⟧"

### 013
@a Hōhepa Tūhoro | Kaumātua
@b Aroha Te Maiharoa-Reid | chairwoman of Te Rūnanga o Ngāti Rangiwaho
@c Ngaire Whitfield | Treaty Negotiations Minister
@d Mereana | -
More than 600 people gathered at Whareroa Marae on Saturday as the Crown formally returned 4,200 hectares of forest land to Ngāti Rangiwaho, 160 years after it was confiscated.
Kaumātua Hōhepa Tūhoro, 88, opened the ceremony with a karakia before addressing the crowd in te reo Māori.
"⟦d:a|Kua hoki mai te whenua ki te iwi.⟧" ("⟦d:a|The land has come home to the people.⟧")
Afterwards he spoke quietly of his grandfather, who had told him as a boy that the iwi would one day stand on the ridge again. "⟦d:a|He did not live to see it. But he is here today. They are all here today,⟧" Mr Tūhoro said.
Aroha Te Maiharoa-Reid, chairwoman of Te Rūnanga o Ngāti Rangiwaho, said the settlement was "⟦p:b|not the end of anything⟧" but the beginning of the iwi's work on the land.
"⟦d:b|Our tamariki will grow up knowing these hills as theirs. That is worth more than the dollars in any deed,⟧" she said.
Treaty Negotiations Minister Ngaire Whitfield apologised on behalf of the Crown. "⟦d:c|The Crown acted unjustly, and it has taken far too long to say so plainly. I say it plainly today,⟧" she said.
Twelve-year-old Mereana, who performed with the kapa haka group, said she had been nervous. "⟦d:d|My nan was crying the whole time. Good crying, though,⟧" she said.

### 014
@a Tama Ngata-Bishop | Rākau Bay Hawks coach
@b Sione Fifita | teenage lock
@r - | a reporter
Rākau Bay Hawks coach Tama Ngata-Bishop has urged patience with teenage lock Sione Fifita after the youngster's breakout game against Te Awa on Saturday.
Fifita, who only switched from league two seasons ago, scored two tries and made 17 tackles in the 31-12 win at Ōtaki Park.
"⟦d:a|He's a big unit with soft hands, and that's rare. But he's 19. Let's not build him a statue yet,⟧" Ngata-Bishop said.
When a reporter asked, "⟦d:r|Is he ready for provincial rugby?⟧", the coach laughed. "⟦d:a|Ask me in August,⟧" he said.
Fifita, whose parents moved to the Bay from Tonga in the 1990s, said he was still learning the lineout calls. "⟦d:b|Half the time I'm just following the big fellas,⟧" the 19-year-old admitted.
"⟦d:b|My mum said to keep my head down and keep working. That's the plan.⟧"

### 015
@a Babatunde Adeyemi-Cole | chairman of the Lagoon State chapter of the Independent Petroleum Retailers Association (IPRA)
@b Chinedu Okafor | commercial bus driver
@c Federal Petroleum Regulatory Commission | the commission
@d Halima Bello | -
Long queues returned to filling stations across Ikorodu-Ede and neighbouring towns on Monday as motorists scrambled for petrol amid a fresh supply disruption.
The chairman of the Lagoon State chapter of the Independent Petroleum Retailers Association (IPRA), Alhaji Babatunde Adeyemi-Cole, blamed the scarcity on delayed imports and unpaid subsidy claims.
"⟦d:a|Our members cannot sell what they have not received. Depots are rationing supply and some of our stations have been dry since Friday,⟧" Adeyemi-Cole said.
At a station on Ayangbade Road, commercial bus driver Chinedu Okafor said he had been on the queue since 4am. "⟦d:b|We don suffer tire for this country o,⟧" he said in Pidgin — "⟦d:b|We are tired of suffering in this country.⟧"
"⟦d:b|If I don't work today, my children will not eat today. It is as simple as that,⟧" he added.
In a statement on Sunday, the Federal Petroleum Regulatory Commission said there was "⟦p:c|sufficient product⟧" in the country and warned marketers against hoarding. "⟦d:c|Any station found hoarding will be sealed and the operator prosecuted,⟧" the commission said.
Mrs Halima Bello, who sells foodstuff at Oke-Ilu market, said transport fares had doubled in two days. "⟦d:d|Customers are not coming. Everybody is trying to manage,⟧" she said.

### 016
@a Peter Mwangi Kariuki | association chairman
@b Grace Achieng Owuor | County Commissioner
@c Mary Wanjiku | a nurse at Kisima Level Five Hospital
@d Omar Salim Bakari | Kisima County Executive Committee Member for Transport
KISIMA — Thousands of commuters were stranded in Kisima town on Monday after matatu operators withdrew their vehicles in protest against new county parking fees.
The Kisima Matatu Owners Welfare Association says the daily fee, which rose from Sh200 to Sh600 this month, will push small operators out of business.
"⟦d:a|We have been paying, paying, paying. Now the county wants to triple the fee without even consulting us. We are saying enough is enough,⟧" association chairman Peter Mwangi Kariuki told journalists at the Mlimani stage.
County Commissioner Grace Achieng Owuor said security had been beefed up along major routes after reports that touts were blocking vehicles whose owners wanted to operate.
"⟦d:b|Nobody will be allowed to interfere with those who want to work. Striking is a right, but intimidation is a crime,⟧" Ms Owuor said.
Many commuters walked long distances to work. Mary Wanjiku, a nurse at Kisima Level Five Hospital, said she had left home at 5am and walked eight kilometres.
"⟦d:c|Tumechoka na hizi migomo,⟧" she said. "⟦d:c|We are tired of these strikes. Patients do not stop being sick because there are no matatus.⟧"
Kisima County Executive Committee Member for Transport Dr Omar Salim Bakari defended the fees, saying they were contained in the Finance Act passed by the County Assembly in June. "⟦d:d|The fees were subjected to public participation in March. The association was invited and chose not to attend,⟧" Dr Bakari said in a statement.
Reached by phone later, Mr Kariuki disputed that account. "⟦d:a|That is not true. We have the letters we wrote to his office, and nobody replied,⟧" he said.

### 017
@a Nomvula Dube | -
@b Thandiwe Mabaso | Ward councillor
@c Hendrik Stemmet | pensioner
@d Sipho Ndlovu-Dlamini | Modderkloof Local Municipality spokesperson
MODDERKLOOF – Residents of Khanyisa have gone nine days without running water after a pump station failed during a power outage, and say the municipality has stopped answering their calls.
“⟦d:a|We are living like animals here. Old people are carrying buckets up the hill,⟧” said Nomvula Dube, 54, who runs a crèche from her home in Extension 3.
Ward councillor Thandiwe Mabaso said she had escalated the matter to the municipal manager “⟦p:b|three times in writing⟧”.
“⟦d:b|I am also a resident of this ward. My own taps are dry. I understand the anger completely,⟧” Mabaso said.
In neighbouring Doornrivier, pensioner Hendrik Stemmet said the outages had hit farmworkers’ families hardest. “⟦d:c|Ons het nie water nie, en ons het nie krag nie,⟧” he said, before switching to English: “⟦d:c|We have no water and we have no power. What are we paying rates for?⟧”
Modderkloof Local Municipality spokesperson Sipho Ndlovu-Dlamini said two water tankers had been sent to Khanyisa and that a replacement pump would be installed by Friday.
“⟦d:d|The municipality apologises for the inconvenience. The pump station was damaged by a surge when supply was restored after load reduction,⟧” Ndlovu-Dlamini said.
The station’s backup generator was stolen in April, according to a municipal report seen by the Herald.
Dube was unimpressed. “⟦d:a|Friday, Friday. They told us Friday last week too.⟧”

### 018
@a Civil Protection Directorate | the directorate
@b Marie-Josée Lafleur-Beaubrun | -
@c Jean-Baptiste Dorval de Saint-Aubin | Prime Minister
@d Anika Sorensen-Vale | a seismologist at the Caribbean Geophysical Observatory in Bridgeport
PORT-DÉSIRÉ, Saint-Armand (Meridian Press) — A magnitude 6.8 earthquake struck off the northern coast of Saint-Armand early Wednesday, killing at least 23 people and collapsing dozens of buildings in the fishing town of Anse-Roche, officials said.
The island's Civil Protection Directorate said the toll was likely to rise. "⟦d:a|Rescue teams are still working in the rubble of the market hall, where we believe several people were trapped,⟧" the directorate said in a statement.
«⟦d:b|Tout est tombé en dix secondes. Tout⟧», said Marie-Josée Lafleur-Beaubrun, 62, standing outside what was left of her bakery on the harbor road. "⟦d:b|Everything fell in ten seconds. Everything.⟧"
Prime Minister Jean-Baptiste Dorval de Saint-Aubin, speaking through an interpreter at a news conference in the capital, appealed for international help.
"⟦d:c|We need heavy lifting equipment and we need it today. Every hour matters for the people under those buildings,⟧" he said.
The quake struck at 4:12 a.m. at a depth of about 15 kilometers, according to the Caribbean Geophysical Observatory.
"⟦d:d|This fault has been quiet for more than a century, which is exactly why it worried us,⟧" said Anika Sorensen-Vale, a seismologist at the Caribbean Geophysical Observatory in Bridgeport. "⟦d:d|There will be aftershocks, and some of them could be strong.⟧"

### 019
@a Lucinda Abernethy-Okoro | Governor
@b Reserve Bank of Kestria | the bank
@c Tomasz Wróblewski | chief economist at Halvorsen Capital in Ardmore
@d Devan Ramcharan | Finance Minister
@e - | One currency trader in Ardmore
ARDMORE, Kestria (Meridian Press) — The Reserve Bank of Kestria raised its benchmark interest rate by half a percentage point to 7.25 percent on Thursday, its third increase this year, as inflation stayed stubbornly above target.
"⟦d:a|Price pressures have broadened beyond food and fuel. The committee judged that a decisive move now would reduce the need for larger moves later,⟧" Governor Lucinda Abernethy-Okoro told reporters.
The bank said in its policy statement that it remained "⟦p:b|prepared to act further if necessary.⟧"
Economists had expected a quarter-point increase, according to a Meridian Press poll of 14 analysts.
"⟦d:c|This is a central bank that has decided it would rather be early than sorry,⟧" said Tomasz Wróblewski, chief economist at Halvorsen Capital in Ardmore. "⟦d:c|The currency will like it. Mortgage holders won't.⟧"
Finance Minister Devan Ramcharan said the government respected the bank's independence but "⟦p:d|would have preferred a more gradual path.⟧" He added: "⟦d:d|We will look at targeted relief for households in the budget.⟧"
The Kestrian dollar rose 0.8 percent against the U.S. dollar after the announcement. One currency trader in Ardmore said the size of the move had caught many off guard: "⟦d:e|Half the desk was positioned for 25. Nobody's happy this afternoon except the governor.⟧"

### 020
@a Renata Solberg | Brightwell's senior vice president of operations
@b Anand Vishwanathan | Quillon CEO
@c Carla Reyes-Moody | a business agent for Warehouse and Distribution Workers Local 318
@d Brightwell Logistics | the company
@e Mei-Ling Castellanos | a principal analyst at Ridgeview Research
Brightwell Logistics will deploy autonomous mobile robots at six more distribution centers by the end of next year after a pilot at its Carver City facility cut average pick times by 38 percent, the company said Tuesday.
``⟦d:a|The pilot answered the question we actually cared about, which is whether the robots make our people faster, not whether they replace them,⟧'' said Renata Solberg, Brightwell's senior vice president of operations.
The rollout will use roughly 900 robots supplied by Quillon Robotics of Halberd Falls, Pa., along with Quillon's fleet management software.
Quillon CEO Anand Vishwanathan said software, not hardware, now decides whether deployments succeed. ``⟦d:b|Fleet orchestration is the hard part. The robot itself is getting close to a commodity,⟧'' he told Supply Chain Ledger.
Brightwell said it had ``⟦p:d|no plans to reduce headcount⟧'' at any site in connection with the rollout. ``⟦d:d|Associates freed from walking will be redeployed to value-added services such as kitting and returns,⟧'' the company said.
Labor representatives were cautious. ``⟦d:c|Nobody is against tools that take the walking out of the job. We're against quotas that go up every time the robots get faster,⟧'' said Carla Reyes-Moody, a business agent for Warehouse and Distribution Workers Local 318. The local represents about 400 workers at Carver City.
Mei-Ling Castellanos, a principal analyst at Ridgeview Research, said Brightwell's numbers were in line with other pilots her firm has tracked. ``⟦d:e|A 30-to-40 percent gain is the typical result in a well-run building,⟧'' she said. ``⟦d:e|The real test is whether it holds at peak, when everything that can go wrong does.⟧''

### 021
@a Oluwakemi Fashola-Grant | the MSSA’s director of compliance
@b Nigel Brathwaite | managing director of Hexford Packaging Solutions
@c Contract Packagers Association | the association
@u - | one compliance manager at a mid-sized generics manufacturer
The Medicines Supply Standards Authority (MSSA) has confirmed that it will not extend the deadline for aggregation data on secondary packs, leaving contract packagers fewer than 10 months to upgrade their lines.
Speaking at the Pharmapack Forum in Wexley on Wednesday, Oluwakemi Fashola-Grant, the MSSA’s director of compliance, said the authority had “⟦p:a|listened carefully⟧” to industry concerns but that the timetable would stand.
“⟦d:a|We gave industry four years’ notice. A further extension would send the message that deadlines are optional, and they are not,⟧” she told delegates.
Packaging firms say the cost of retrofitting older lines with vision systems and serialisation software can exceed £350,000 per line.
“⟦d:b|For a firm our size that is a year’s profit, line by line,⟧” said Nigel Brathwaite, managing director of Hexford Packaging Solutions. “⟦d:b|We will hit the date. Some of our competitors will not.⟧”
Hexford runs 11 lines at its plant in Corbridge Vale, two of them more than 15 years old.
The Contract Packagers Association said in a statement that it was “⟦p:c|disappointed⟧” by the decision. “⟦d:c|Our members support traceability. What they cannot support is a timetable that ignores the lead times on equipment,⟧” the association said.
Integrators report lead times of up to 32 weeks for vision inspection systems, according to a survey published by the association last month.
“⟦d:u|We ordered our cameras in January and we’ve been told September,⟧” said one compliance manager at a mid-sized generics manufacturer. “⟦d:u|That leaves us about six weeks to validate. It’s not enough, and the regulator knows it.⟧”

### 022
@a Jaylen Okonkwo-Price | ASCSU President
@b Brianna Salcedo | a junior nursing major
@c Daniel Forsythe | a university spokesperson
@d - | one first-year student who declined to give her name
@e Marguerite Oyelaran-Vance | Board of Regents Chair
More than 300 students rallied outside Halvorsen Hall on Thursday afternoon to protest a proposed 9 percent tuition increase that the Calder State University Board of Regents will vote on next week.
Protesters chanted ``⟦s:-|Hey hey, ho ho, tuition hikes have got to go⟧'' and carried signs reading ``⟦s:-|Education, Not Debt⟧'' and ``⟦s:-|Stop Pricing Us Out.⟧''
``⟦d:a|The administration keeps telling us it's a small increase. Nine percent is not small when you're already working two jobs,⟧'' ASCSU President Jaylen Okonkwo-Price told the crowd through a megaphone.
Brianna Salcedo, a junior nursing major, said she had already picked up a third shift at a campus dining hall to cover the current rate. ``⟦d:b|If this passes, I honestly don't know if I'm back in the fall,⟧'' Salcedo said.
Daniel Forsythe, a university spokesperson, said in an email to The Ridgeline that the increase was needed to offset a ``⟦p:c|significant reduction⟧'' in state funding. ``⟦d:c|The university remains committed to affordability, and 40 percent of any new revenue will go to need-based aid,⟧'' Forsythe wrote.
Board of Regents Chair Marguerite Oyelaran-Vance did not attend the rally but said in a statement that regents would ``⟦p:e|weigh student testimony carefully.⟧'' ``⟦d:e|No regent takes this vote lightly,⟧'' she said.
One first-year student who declined to give her name said it was her first protest. ``⟦d:d|My mom told me not to get arrested. I told her it's a tuition rally, not a revolution,⟧'' she said.

### 023
@a Ifeoma Nwachukwu-Hart | a sophomore political science major
@b Alastair Finch-Mendes | Her debate coach
@m - | My mom
Ifeoma Nwachukwu-Hart, a sophomore political science major, became the first Calder State student to win the National Collegiate Parliamentary Championship in March. She sat down with The Ridgeline to talk about nerves, note cards and losing.
``⟦d:a|I lost my first eleven rounds,⟧'' she said before the interview began. ``⟦d:a|Eleven. I counted.⟧''
Her debate coach, Prof. Alastair Finch-Mendes, said he nearly lost count of how many times she asked to rerun a practice round. ``⟦d:b|She has the rarest thing in this activity, which is that she actually listens to the other side,⟧'' he said.
The interview has been edited for length and clarity.
Q: What was the final motion?
A: ``⟦s:-|This House would abolish standardized testing.⟧'' We were opposition, which I was nervous about, because I hated the SAT as much as anyone.
Q: How do you prepare when you get the motion only 15 minutes before?
A: You don't prepare for the motion. You prepare for the kind of argument. My partner and I have a notebook we call ``⟦s:-|the vault,⟧'' and it's basically every clash we've ever lost.
Q: What's next?
A: Law school, maybe. My mom keeps saying, ``⟦d:m|Ifeoma, you argue for free, why not get paid?⟧''

### 024
@a Kirsty Nairn | Det Sgt
@b Lorraine Pybus | -
@c - | A Westmarch Police spokesperson
@d Westmarch County Council | -
The A614 between Ashby Tarrant and Pellow Cross is expected to stay closed until at least 6pm after a crash involving a lorry and two cars this morning.
A man in his 70s has been taken to Northgate General Hospital with serious injuries. Two other people were treated at the scene.
Det Sgt Kirsty Nairn, of Westmarch Police's serious collision investigation unit, said: "⟦d:a|We're particularly keen to speak to anyone travelling towards Pellow Cross between 8.30am and 9am who may have dashcam footage.⟧"
"⟦d:a|Even if you don't think you saw anything important, please get in touch.⟧"
Lorraine Pybus, who lives near the junction with Mill Lane, told Wyvern FM News she heard "⟦p:b|an almighty bang⟧" just before half past eight.
"⟦d:b|I ran out in my slippers. The lorry driver was already out helping, bless him. He was in bits,⟧" she said.
A Westmarch Police spokesperson said diversions were in place via the B2210 and asked drivers to avoid the area: "⟦d:c|Please plan ahead and allow plenty of extra time.⟧"
Westmarch County Council said gritters would treat the diversion route overnight. "⟦d:d|Temperatures are forecast to fall below freezing after dark,⟧" a post on the council's traffic account said.

### 025
@p - | Parents in St Kenna
@a Helen Achterberg | Headteacher
@b Mike Penrose | Cllr
@c Sarah-Jane Polglase | Mum-of-two
@d Tony | Kestrel Radio listener
Parents in St Kenna say they are "⟦p:p|devastated⟧" after Trelowen District Council confirmed plans to close the village primary school next summer.
Only 31 pupils are on roll at St Kenna Primary, which has space for 90.
Headteacher Helen Achterberg said staff had been told on Monday. "⟦d:a|This school has been the heart of the village for 140 years. Whatever happens, our job is to make sure the children are looked after this year,⟧" she said.
Cllr Mike Penrose said the decision had been "⟦p:b|the hardest of my time on the council⟧". "⟦d:b|We simply can't justify running a school at a third of its capacity while other schools in the area are oversubscribed,⟧" he said.
Mum-of-two Sarah-Jane Polglase told Kestrel Radio her children would face a 25-minute bus journey to Trevarren. "⟦d:c|They're five and seven. That's nearly an hour a day on a bus on these lanes,⟧" she said. "⟦d:c|Nobody from the council has come and driven that road in January.⟧"
A consultation opens next month. Kestrel Radio listener Tony messaged the studio this morning: "⟦d:d|Close the school and you close the village. Simple as that.⟧"

### 026
@a Earl Haskins | the 68-year-old
@b Marcus Tillman | -
@c Loretta | His wife
@d Micah | a sophomore linebacker
GRANITE BLUFF, Nev. — Earl Haskins has coached football at Granite Bluff High School for 41 seasons, long enough to have coached the fathers of half his current roster and, this fall, his own grandson.
On Friday night, after a 28-14 win over Sagebrush Valley, he told his players it would be his last game.
"⟦d:a|I wanted to tell them first, before they read it anywhere,⟧" the 68-year-old said Monday in his office, which still has a rotary phone on the desk. "⟦d:a|They earned that.⟧"
Haskins won 312 games and four state titles. He never had a losing season after 1987.
Marcus Tillman, who played quarterback for Haskins in the mid-1990s and is now the school's principal, said he cried in the bleachers. "⟦d:b|He was the first adult who told me I was smart. Not a good athlete. Smart,⟧" Tillman said. "⟦d:b|I've never forgotten that.⟧"
His wife, Loretta, has kept every game program since 1983 in boxes in the garage. "⟦d:c|He says he's going to help me sort them now. I'll believe it when I see it,⟧" she said.
His grandson Micah, a sophomore linebacker, said the team found out in the locker room. "⟦d:d|Everybody just went quiet. Then somebody started clapping and it didn't stop,⟧" he said.
Asked what he would do with his Friday nights now, Haskins shrugged.
"⟦d:a|Sit in the stands, I guess. And yell at the next guy.⟧"

### 027
@a Sharon Delacroix-Whitley | R-Kan.
@b Ron Blevins | a retired grain elevator operator and Army veteran
@c Carol | A constituent who identified herself only as Carol
HOLLISTER PLAINS, Kan. — The crowd at Rep. Sharon Delacroix-Whitley's town hall meeting Saturday was twice the size her staff expected, and it did not come to talk about the farm bill.
For nearly two hours, Delacroix-Whitley, R-Kan., fielded questions about the planned closure of the Hollister Plains veterans clinic, which is set to shut its doors in September.
"⟦d:a|I'm not going to stand up here and pretend I can reopen that clinic with a phone call,⟧" she said. "⟦d:a|But I can make sure the department hears every word you've said today.⟧"
A voice from the back of the gymnasium shouted, "⟦d:-|Then why'd you vote against the funding?⟧"
Delacroix-Whitley answered that the bill in question had contained "⟦p:a|a lot more than veterans' funding,⟧" drawing groans.
Ron Blevins, 67, a retired grain elevator operator and Army veteran, said he now drives to the veterans hospital in Fort Kiley for routine care. "⟦d:b|That's three hours there and three hours back for a 15-minute appointment,⟧" Blevins said. "⟦d:b|Some of the guys I served with can't make that drive anymore.⟧"
A constituent who identified herself only as Carol said she had voted for Delacroix-Whitley three times. "⟦d:c|I'm asking you to fight for this like you fought for the ethanol plant,⟧" she told the congresswoman, to loud applause.
Delacroix-Whitley nodded. "⟦d:a|That's fair,⟧" she said. "⟦d:a|That's a fair thing to ask.⟧"

### 028
@a Amanda Kirwan | prosecuting
@b Tony Rudd | landlord
@c Simon Oyelowo | defending
@d Rachel Oduya | Judge
@e Jackie | Rudd's wife
@f Lee Garside | -
A THUG who glassed a pub landlord after losing a game of darts has been jailed.
Lee Garside, 33, smashed a pint pot into the face of landlord Tony Rudd at the Plough in Fenbury, leaving him needing 22 stitches.
Amanda Kirwan, prosecuting, told Fenbury Crown Court: "⟦d:a|The defendant had been drinking since lunchtime. When he lost the game he accused Mr Rudd of cheating and struck him without warning.⟧"
Mr Rudd, 58, said in a statement read to the court: "⟦d:b|I've run that pub for 20 years. I've never been scared behind my own bar until that night.⟧"
"⟦d:b|I still flinch when someone raises their glass to me for a toast.⟧"
Simon Oyelowo, defending, said Garside was "⟦p:c|genuinely ashamed⟧" and had not touched a drink since.
"⟦d:c|He has a young daughter and a job waiting for him. This was a moment of madness he will regret for the rest of his life,⟧" he said.
Jailing him for 20 months, Judge Rachel Oduya said: "⟦d:d|You picked up a glass and used it as a weapon. That is always serious, and the consequences could have been far worse.⟧"
As he was led down, Garside called out: "⟦d:f|Sorry, Tony.⟧"
Outside court, Rudd's wife Jackie told the Clarion: "⟦d:e|Justice has been done. Now we just want to get back to normal.⟧"

### 029
@a Ottoline Marchbanks-Reyes | -
@b Jonah Adeyinka-Price | Her editor at Fernhollow Press
Ottoline Marchbanks-Reyes wrote most of her fourth novel in a disused signal box on the Dunmere branch line, with a paraffin heater and no internet. “⟦d:a|It was the only place nobody could find me, including me,⟧” she says.
The book, “⟦s:-|The Salt Archive⟧”, follows three generations of women who keep the records of a failing seaside town. It has been longlisted for the Calloway Prize, and it very nearly did not get written.
“⟦d:a:m|I abandoned it twice. The first time I was sure it was too small, a book about a town nobody cares about. The second time I was sure it was too big.⟧
“⟦d:a|Then my father died, and I went through his drawers, and there were 40 years of parish newsletters in there, every single one. And I thought: oh, this is the book. The small things are the book.⟧”
Her editor at Fernhollow Press, Jonah Adeyinka-Price, read the first draft in a single sitting on a train. “⟦d:b|I missed my stop. I’ve never told her that,⟧” he says, laughing. “⟦d:b|Well, now I have.⟧”
Marchbanks-Reyes is wary of prizes. She puts it simply: “⟦d:a|Lists are lovely, and then they are over, and you still have to write the next sentence.⟧”
She is already two hundred pages into something new, and she will not say what it is about. “⟦d:a|Ask me in a year,⟧” she says. “⟦d:a|If I still don’t know, you can have the signal box.⟧”

### 030
@a Association of University Language Teachers | -
@b Imelda Cathcart-Nwosu | one of the signatories and an emeritus professor of Italian at Dunmore College
@c Kenneth Ashdown-Pryce | the vice-chancellor
@d Wrexford Students’ Union | the union
@e Aoife Ní Bhriain | a second-year student of French and Irish
More than 200 academics have signed an open letter urging Wrexford University to abandon plans to close its School of Modern Languages, which teaches about 600 students.
The letter, coordinated by the Association of University Language Teachers, says the closure would be “⟦p:a|an act of cultural self-harm⟧”. “⟦d:a|At a time when the country needs more people who can speak to the world, Wrexford proposes to produce fewer,⟧” it states.
Professor Dame Imelda Cathcart-Nwosu, one of the signatories and an emeritus professor of Italian at Dunmore College, said the proposal reflected a wider collapse in language provision. “⟦d:b|Every department that closes makes the next closure easier to justify. We are watching a slow-motion subtraction,⟧” she said.
In a statement, Professor Sir Kenneth Ashdown-Pryce, the vice-chancellor, said no final decision had been taken. “⟦d:c|We face a deficit of £31m. Every option on the table is painful, and we will consult fully with staff and students before anything is decided,⟧” he said.
Wrexford Students’ Union said it would hold an emergency general meeting next week. “⟦d:d|Students chose Wrexford for these courses. The university has a duty to them,⟧” the union said.
Aoife Ní Bhriain, a second-year student of French and Irish, said she had heard about the plans from a lecturer in the corridor. “⟦d:e|Nobody emailed us. Nobody held a meeting. We found out the way you find out gossip,⟧” she said.

### 031
@a Anusha Reddy-Kamath | co-founder and CEO, KhetiLink
@b Vikrant Sahni | co-founder and CTO
@c Rohan Mehrotra | partner at Peregrine Ventures
@d Baldev Singh Gill | a wheat farmer from Kotla Majra
@e KhetiLink | Agri-tech startup
SUNDARPUR: Agri-tech startup KhetiLink has raised Rs 180 crore in a Series B round led by Peregrine Ventures, with participation from existing investors, the company said on Monday.
The funds will be used to expand its crop-advisory and input-supply platform from four states to nine and to build cold storage capacity, KhetiLink said in a release.
"⟦d:a|Indian farmers don't need another app. They need someone who answers the phone when the pest arrives. That is the business we are building,⟧" said Anusha Reddy-Kamath, co-founder and CEO, KhetiLink.
The company, founded in 2019, claims 2.1 million registered farmers, of whom about 40 per cent transact on the platform at least once a season.
Co-founder and CTO Vikrant Sahni said the company's voice-based advisory in nine Indian languages was central to its growth. "⟦d:b|Most of our users never type. They speak, and our system has to understand Bhojpuri as well as it understands English,⟧" Mr Sahni said.
"⟦d:c|Unit economics have improved every quarter for six quarters. That's rare in this segment,⟧" said Rohan Mehrotra, partner at Peregrine Ventures, who will join the KhetiLink board.
Shri Baldev Singh Gill, a wheat farmer from Kotla Majra, said the app's advice on sowing dates had saved his crop during last year's heatwave. "⟦d:d|Pehlan asin andaaze naal chalde san,⟧" he said in Punjabi. "⟦d:d|Earlier we went by guesswork. Now I get a call before the weather changes.⟧"
"⟦d:e|We expect to break even at the operating level by FY27,⟧" the company said.

### 032
@a Farida Begum Ansari | Leader of Opposition
@b Prakash Tiwari | Revenue Minister
@c Gopal Krishna Bhatt | Speaker
@d - | a senior legislator of the ruling party who did not wish to be named
RAJNAGAR: Opposition members staged a walkout from the Legislative Assembly on Thursday after the government refused to admit an adjournment motion on crop losses caused by unseasonal hailstorms in the Doab districts.
Moving the motion, Leader of Opposition Smt. Farida Begum Ansari said more than 1.2 lakh farmers had been affected. "⟦d:a|The government has announced a survey. Farmers do not need a survey, they need compensation before the next sowing season,⟧" she said.
Revenue Minister Shri Prakash Tiwari replied that the girdawari (crop damage assessment) would be completed within 15 days. "⟦d:b|Hum kisanon ke saath khade hain,⟧" he said, adding in English, "⟦d:b|We stand with the farmers. Not one eligible farmer will be left out.⟧"
When Opposition members rushed to the Well of the House raising slogans of "⟦s:-|Kisan virodhi sarkar, hosh mein aao⟧", Speaker Shri Gopal Krishna Bhatt adjourned the House for 30 minutes.
"⟦d:c|This House runs on rules, not on volume. Every member will get a chance to speak,⟧" the Speaker said before leaving the Chair.
When proceedings resumed, the Opposition walked out. Speaking to reporters outside, Smt. Ansari said: "⟦d:a|We will take this fight to every tehsil. If the government will not listen inside the House, it will listen outside.⟧"
A senior legislator of the ruling party who did not wish to be named admitted that the relief package had been "⟦p:d|held up in the Finance department⟧" for over a week.

### 033
@a Matt Hurley | Police prosecutor
@b Ben Kostopoulos | Coombes' lawyer
@c Deborah Fotheringham | Magistrate
@d Jayden Coombes | -
A 22-year-old man who led police on a 40-minute chase through Corrimal Heads in a stolen ute has been banned from driving for three years.
Jayden Coombes pleaded guilty in Corrimal Heads Local Court on Tuesday to police pursuit, dangerous driving and receiving stolen property.
Police prosecutor Matt Hurley told the court Coombes had reached 160km/h in a 60 zone on the Esplanade. "⟦d:a|It is frankly a miracle that nobody was killed,⟧" Sergeant Hurley said.
Coombes' lawyer, Ben Kostopoulos, said his client had been "⟦p:b|in a very dark place⟧" after the death of his older brother in March.
"⟦d:b|He has since engaged with a counsellor and he has the support of his family, who are in court today,⟧" Mr Kostopoulos said.
Magistrate Deborah Fotheringham said she had taken the young man's grief into account.
"⟦d:c|You put every person on those roads in danger, including the officers who had to follow you,⟧" Ms Fotheringham told Coombes. "⟦d:c|I accept that you were grieving. Grief doesn't give you a licence, and you didn't have one anyway.⟧"
Speaking from the dock, Coombes said: "⟦d:d|I'm sorry. I know I could've killed someone.⟧"
He was also placed on a two-year community correction order.

### 034
@a Kiara Bennett | Junior lifesaver
@b Rajesh Pillai | a 41-year-old tourist from Singapore
@c Doug Fairweather | Nulla Beach Surf Life Saving Club president
A teenage volunteer has been praised for paddling 200 metres into a rip to rescue a swimmer at Nulla Beach on Sunday afternoon, minutes after the flags came down.
Junior lifesaver Kiara Bennett, 17, was packing up the patrol tent when she saw an arm go up behind the break.
“⟦d:a|I yelled, ‘Grab the board, grab the board!’ and he just grabbed my arm instead, which, fair enough,⟧” Kiara said. “⟦d:a|I'd probably do the same.⟧”
Rajesh Pillai, a 41-year-old tourist from Singapore, had been swimming with his brother and was pulled out by the current.
“⟦d:b|I thought I was a good swimmer. The ocean here is a different animal,⟧” Mr Pillai said. “⟦d:b|She was so calm. She kept talking to me the whole way in, like we were having a coffee.⟧”
When the pair met again at the clubhouse on Monday, he hugged her. “⟦d:b|Did I say thank you yesterday? I don't think I said thank you,⟧” he said. “⟦d:a|You did. About forty times,⟧” she replied.
Nulla Beach Surf Life Saving Club president Doug Fairweather said the rescue showed why the club trained its juniors so hard.
“⟦d:c|She's 17 and she did everything by the book, in a rip that would worry a lot of adults. We're all pretty proud of her,⟧” he said.
“⟦d:c|And to everyone else: swim between the flags, mate. Please.⟧”

### 035
@a Rangi Paewai | Mayor
@b Huia Tawhiri-Moore | Māori ward councillor
@c Grant Feeney | spokesman for the Te Whanga Ratepayers' Association
@d Te Whanga District Council | the council
Ratepayers in the Te Whanga district face an average rates rise of 11.8 per cent after councillors voted 8-3 to adopt the long-term plan on Wednesday.
Mayor Rangi Paewai opened the meeting in te reo Māori: "⟦d:a|Tēnā koutou katoa.⟧" ("⟦d:a|Greetings to you all.⟧")
He then acknowledged the increase would hurt. "⟦d:a|Nobody around this table wanted this number. But the pipes under our streets are older than most of us, and they're failing,⟧" he said.
Māori ward councillor Huia Tawhiri-Moore, who voted in favour, said the alternative was to hand the bill to the next generation.
"⟦d:b:m|Our tūpuna planned for seven generations. We keep planning for the next election.⟧
"⟦d:b|If we defer this again, our mokopuna will pay for our pipes and theirs. I'm not prepared to do that to them.⟧"
Grant Feeney, spokesman for the Te Whanga Ratepayers' Association, said pensioners on fixed incomes had been "⟦p:c|hung out to dry⟧".
"⟦d:c|We've got people in this district choosing between their rates and their power bill. The council has to find savings before it finds more of our money,⟧" Mr Feeney said.
Te Whanga District Council said hardship relief would be available to eligible ratepayers from July. "⟦d:d|Anyone struggling should get in touch with us early,⟧" the council said in a statement.

### 036
@a Mere Tipene | the head kaiako at Te Kōhanga Reo o Pūriri
@b Tama | -
@c Jess Harland | -
It is not yet nine in the morning at Te Kōhanga Reo o Pūriri and a dozen tamariki are already deep into the first waiata of the day.
Whaea Mere Tipene, the head kaiako at Te Kōhanga Reo o Pūriri, has been teaching here for 26 years. Some of the parents dropping off children this morning were once in her care.
“⟦d:a|I taught their mums and dads to count in te reo. Now I'm teaching their babies,⟧” she says. “⟦d:a|That's the whole point. That's how a language lives.⟧”
The kōhanga began in a borrowed church hall in 1989 with five children. It now has 38 on its roll and a waiting list.
Four-year-old Tama is keen to introduce himself to the visitor. “⟦d:b|Ko Tama ahau,⟧” he announces. (“⟦d:b|I am Tama.⟧”) Then he runs off to find his shoes.
Jess Harland, whose son Nikau started here in February, grew up without te reo. “⟦d:c|He corrects my pronunciation now. He's three. It's humbling,⟧” she says, laughing.
“⟦d:c|I'm learning alongside him at night classes. I didn't want to be the one person in his life he couldn't speak to in his own language.⟧”
Whaea Mere walks the last of the parents to the gate. “⟦d:a|Haere rā,⟧” she calls after them. “⟦d:a|Goodbye, see you at three.⟧”

### 037
@a Aminu Garba Dogonyaro | a former Commissioner for Works in Kwara-Oke State
@b Folasade Ademola-Ibe | Justice
@c Ikechukwu Nnadi | Counsel to the commission
@d Olusegun Akintola | Defence counsel
@e Adaeze Umeh | the commission's spokesperson
A former Commissioner for Works in Kwara-Oke State, Dr Aminu Garba Dogonyaro, on Tuesday pleaded not guilty to a 17-count charge of contract fraud and money laundering before a Federal High Court sitting in Owode-Ise.
The Economic and Financial Integrity Commission (EFIC) alleges that Dogonyaro diverted N4.6 billion meant for the rehabilitation of rural roads between 2016 and 2019.
When the charges were read, the defendant answered each count in a firm voice: "⟦d:a|Not guilty, my lord.⟧"
Counsel to the commission, Mr Ikechukwu Nnadi, told the court the prosecution would call 14 witnesses and asked for an accelerated hearing. "⟦d:c|The prosecution is ready to open its case tomorrow if the court so pleases,⟧" he said.
Defence counsel Chief Olusegun Akintola, SAN, urged the court to grant his client bail on liberal terms, saying he had "⟦p:d|never jumped administrative bail⟧" in the three years the investigation lasted.
"⟦d:d|My lord, the defendant has a fixed address, he has submitted his passport, and he has honoured every invitation of the commission,⟧" Akintola said.
Justice Folasade Ademola-Ibe granted bail in the sum of N100 million with two sureties and fixed the trial for June 12. "⟦d:b|This court will not tolerate any further adjournments. Both parties should come prepared,⟧" the judge said.
In a statement after the hearing, the commission's spokesperson, Mrs Adaeze Umeh, said the agency was "⟦p:e|confident in the strength of its case⟧". "⟦d:e|The commission will follow this matter to its logical conclusion,⟧" she said.

### 038
@a Samuel Kiprono Rotich | chairman of the Kaptagat Hills Tea Farmers Cooperative
@b Esther Chepkoech | a smallholder farmer in Kapsowar village
@c Highlands Tea Development Board | the board
@d - | A board official who sought anonymity because he is not authorised to speak to the media
Tea farmers in the Kaptagat Hills have threatened to stop delivering green leaf to factories from next month unless the Highlands Tea Development Board reviews the latest bonus payments.
Farmers were paid Sh18 per kilo as the annual bonus, down from Sh27 last year, a drop that leaders blame on high factory overheads rather than world prices.
"⟦d:a|Our farmers are subsidising inefficiency. Factories are spending money on things the farmer never approved,⟧" said Mr Samuel Kiprono Rotich, chairman of the Kaptagat Hills Tea Farmers Cooperative.
Mrs Esther Chepkoech, a smallholder farmer in Kapsowar village, said she had been counting on the bonus to pay school fees. "⟦d:b|Bei ya majani imeshuka sana,⟧" she told the Sentinel. "⟦d:b|The price of green leaf has fallen too much. How do I explain this to the headteacher?⟧"
The Highlands Tea Development Board, in a statement, attributed the lower payout to the strong shilling and a 9 per cent fall in auction prices at Mombasa. "⟦d:c|The board has no interest in reducing farmers' earnings. The payout reflects market realities,⟧" the board said.
A board official who sought anonymity because he is not authorised to speak to the media said some factories had indeed overspent on new machinery. "⟦d:d|There are questions to answer in a few places. It will come out in the audit,⟧" he said.
Mr Rotich said farmers would meet on Saturday to decide on the boycott. "⟦d:a|We are not politicians. We just want what we are owed,⟧" he said.

### 039
@a Sipho Mahlangu | -
@b Lerato | a 14-year-old striker
@c Thabo Mokoena | -
On a dusty pitch behind the community hall in Ekukhanyeni, Sipho Mahlangu blows his whistle and 40 children stop dead, as if someone has pressed pause.
To the kids he is simply “⟦s:-|Coach Bra⟧”. For 19 years the former delivery driver has run the Ekukhanyeni Stars Football Academy with donated boots, second-hand bibs and no salary.
“⟦d:a|People ask me why. I say, look at these faces. What else would I do on a Saturday?⟧” Mahlangu says.
The academy has produced two players who went on to professional clubs, and dozens who went on to university. Mahlangu is prouder of the second number.
Lerato, a 14-year-old striker, scored a hat-trick in the weekend’s under-15 tournament in Riverspoort. “⟦d:b|He told me I was too slow. So I practised every morning before school,⟧” she says, grinning. “⟦d:b|Now I’m not too slow.⟧”
Thabo Mokoena, whose two sons play at the academy, says it keeps the boys off the streets. “⟦d:c|When I was their age there was nothing here. Nothing. Now there is Bra Sipho,⟧” he says.
At the end of the session the children gather around him. “⟦d:b|Siyabonga kakhulu, Coach Bra,⟧” Lerato calls out — “⟦d:b|Thank you very much.⟧”
He waves them off. “⟦d:a|Same time Tuesday. Bring water,⟧” he says.

### 040
@a Kwame Asante-Boakye II | chief of Abrem-Nkwanta
@b Akosua Mensah | a cocoa farmer
@c Yaw Darko-Ansah | Deputy Minister for Lands and Natural Resources
@d - | A police source in the district
Residents of Abrem-Nkwanta in the Western Region say illegal small-scale mining has turned the River Subri brown and destroyed at least 300 acres of cocoa farms in the past year.
Nana Kwame Asante-Boakye II, chief of Abrem-Nkwanta, said the miners operated openly along the river bank. "⟦d:a|They come with excavators in broad daylight. When we report them, nothing happens. Someone is protecting them,⟧" he said.
Akosua Mensah, a cocoa farmer, showed this reporter the pits where her trees used to stand. "⟦d:b|Nsuo no asɛe koraa,⟧" she said in Twi. "⟦d:b|The water is completely spoiled. We cannot drink it, we cannot farm with it.⟧"
The Deputy Minister for Lands and Natural Resources, Mr Yaw Darko-Ansah, said a joint task force would be deployed to the area within two weeks. "⟦d:c|Government will not sit back while our water bodies are destroyed. Anyone found culpable, whatever their status, will be prosecuted,⟧" he said in Accra.
A police source in the district, however, said officers lacked vehicles to reach the mining sites. "⟦d:d|We have one pick-up for the whole district. How do we chase excavators?⟧" the source said.
The chief said he had heard promises before. "⟦d:a|Let them come. We will show them the river,⟧" he said.

### 041
@a Léa Fontaine-Moreau | -
@b Mia Okonjo-Sterling | the American who had won 14 straight matches
@c Étienne Baptiste-Leclerc | her coach
PORT ALDOUS (Meridian Press) — Léa Fontaine-Moreau of France won her first title in more than two years on Sunday, beating top seed Mia Okonjo-Sterling 6-4, 3-6, 7-5 in the final of the Meridian Open.
The 29-year-old, who dropped outside the top 100 last year after knee surgery, fell to the clay and covered her face when a backhand sailed long on match point.
«⟦d:a|J'ai cru que je ne rejouerais plus jamais à ce niveau⟧», Fontaine-Moreau said at her news conference. "⟦d:a|I thought I would never play at this level again.⟧"
Switching to English, she added: "⟦d:a|There were days in rehab when I couldn't walk down stairs. So to hold this trophy — I don't have the words, honestly.⟧"
Okonjo-Sterling, the American who had won 14 straight matches, said she had "⟦p:b|run out of gas⟧" in the third set.
"⟦d:b|She deserved it. She played braver on the big points,⟧" she said. "⟦d:b|I'll take a week off and watch the tape. Probably not in that order.⟧"
«⟦d:c|Elle n'a jamais lâché⟧», said her coach, Étienne Baptiste-Leclerc, who has worked with Fontaine-Moreau since she was 12. "⟦d:c|She never let go. Not once in 18 months.⟧"
Fontaine-Moreau will rise to No. 41 in the rankings on Monday.

### 042
@a Taufa Lemalu-Kingi | chief negotiator for the Coalition of Low-Lying States
@b - | one European diplomat
@c Orsenian presidency | the presidency
@d Henrik Aalto-Brenner | Nordvall's climate minister
VELGRAD, Orsenia (Meridian Press) — Climate talks in the Orsenian capital ran into a second night on Friday as negotiators remained deadlocked over a fund for countries hit by rising seas.
A draft text seen by Meridian Press calls for contributions to be "⟦p:-|scaled up substantially⟧" but sets no figure, a formulation that island states have already rejected.
"⟦d:a|Substantially is not a number. You cannot build a sea wall with an adverb,⟧" said Taufa Lemalu-Kingi, chief negotiator for the Coalition of Low-Lying States.
Wealthier countries argue that the fund must draw on private finance as well as public budgets. One European diplomat, speaking on condition of anonymity because the talks were private, said a figure would "⟦p:b|probably appear in the final hours, as it always does.⟧"
"⟦d:b|Everyone knows the shape of the deal. The question is who blinks first,⟧" the diplomat said.
Nordvall's climate minister, Henrik Aalto-Brenner, told reporters his country was prepared to double its pledge if others followed. "⟦d:d|We are not going to be the only ones standing on the diving board,⟧" he said.
Late Friday, the Orsenian presidency said it would table a revised text by morning. "⟦d:c|We are closer than the headlines suggest,⟧" the presidency said in a post on social media.
Lemalu-Kingi was unconvinced. Asked whether her delegation would walk out, she said only: "⟦d:a|We have walked a long way to get here. We are not leaving with an adverb.⟧"

### 043
@a Harrowfield Machinery | -
@b Corinne Szabo-Hartley | Harrowfield's head of product safety
@c Gwyneth Parry-Jones | -
@d Agricultural Machinery Safety Council | -
@e - | One user on a farmers' forum
Harrowfield Machinery is recalling about 3,800 compact tractors from its CT-40 and CT-45 ranges after reports that a steering linkage bolt can work loose at speed.
The recall covers machines built between March 2022 and August 2023. Harrowfield Machinery said in a notice to dealers that it was aware of 11 incidents, none involving injury.
“⟦d:a|Owners should stop using affected tractors on public roads until the inspection has been carried out,⟧” the notice said. “⟦d:a|Dealers will replace the bolt and fit a locking plate free of charge.⟧”
Corinne Szabo-Hartley, Harrowfield's head of product safety, told Farm Equipment Journal the fault had been traced to a change of supplier. “⟦d:b|The bolt met the drawing, but the thread coating was not what we specified. That's on us, and we're fixing it,⟧” she said.
Gwyneth Parry-Jones, who runs a dealership in Llanfechan, said her workshop had already booked 60 machines in. “⟦d:c|Most customers have been understanding. The ones with contracting work in spring are less so,⟧” she said.
The Agricultural Machinery Safety Council said it was monitoring the recall and described Harrowfield's response as “⟦p:d|proportionate⟧”.
Not everyone agreed. One user on a farmers' forum wrote: “⟦d:e|Eleven incidents and they're only telling us now? Mine's been on the road every day since lambing.⟧”

### 044
@a Independent Restaurateurs' Federation | the federation
@b Alisha Fernhill-Osei | the federation's chief executive
@c Marco Delacorte | owner of Trattoria Delacorte in Upper Haverleigh
@d Sunniva Lindahl | a chef who runs a 24-cover bistro
Almost one in three independent restaurants expects to cut opening hours this winter, according to a survey of 1,140 operators published this week by the Independent Restaurateurs' Federation.
The survey found that energy costs had risen 22% year on year for the median respondent, while covers were down 6%.
“⟦d:b|This isn't a story about failing businesses. These are good restaurants, full on a Saturday, that can no longer make a Tuesday pay,⟧” said Alisha Fernhill-Osei, the federation's chief executive.
She warned that the sector was “⟦p:b|quietly shrinking⟧” without anyone noticing. “⟦d:b|Nobody holds a press conference when a restaurant goes from seven days to five,⟧” she said.
Marco Delacorte, owner of Trattoria Delacorte in Upper Haverleigh, closed on Mondays and Tuesdays in October. “⟦d:c|My father opened this place in 1979 and never closed a single weekday. I felt like I was letting him down,⟧” he admitted.
The federation is also calling for restaurants to be allowed to charge a deposit for bookings, a measure critics have dubbed the “⟦s:-|no-show tax⟧”.
“⟦d:a|Deposits protect small businesses from losing a whole evening's takings to a table that never turns up,⟧” the federation said in the report.
Sunniva Lindahl, a chef who runs a 24-cover bistro, put it bluntly: “⟦d:d|If six people don't turn up, that's my profit for the night gone. I'd rather charge a tenner than close.⟧”

### 045
@a Nkechi Obi-Walsh | an associate professor of marine biology who runs the lab
@b Priyanka Subramaniam | a junior in the lab
@c Deshawn | a fourth-year doctoral student who asked that his last name not be used
In a basement lab in Hollis Hall that smells faintly of seawater, a team of Pemberton College researchers is trying to teach coral to survive heat.
The project, led by Nkechi Obi-Walsh, an associate professor of marine biology who runs the lab, received a $1.2 million grant from the Tidewater Foundation last month.
"⟦d:a|We're not trying to save every reef on the planet. We're trying to buy some of them time,⟧" Obi-Walsh told The Quadrangle.
The lab keeps about 400 coral fragments in 30 tanks, each set to a slightly different temperature. Someone has to check every tank twice a day, weekends included.
That someone is often Priyanka Subramaniam '26, a junior in the lab, who says she has not slept past 7 a.m. since September. "⟦d:b|My friends think I have a pet. I sort of have 400 pets,⟧" she said.
Deshawn, a fourth-year doctoral student who asked that his last name not be used, built the lab's temperature control system from parts ordered online. "⟦d:c|The first version flooded the floor. We don't talk about the first version,⟧" he said.
Obi-Walsh laughed when told about that comment. "⟦d:a|He's being modest. The second version is better than anything we could have bought,⟧" she said.
The team hopes to publish its first results in the spring. Asked what success would look like, Obi-Walsh said: "⟦d:a|A coral that doesn't turn white in August. That's it. That's the whole dream.⟧"

### 046
@a Rhodri Vance | flood duty officer for the Rivers Authority
@b Beverley Cotterill | Landlady
@c - | A spokesperson for Calderbrook Borough Council
@d Aled | Listener
Flood warnings are in place for the River Calder at Millbrook and Low Ashby after more than 60mm of rain fell on the hills overnight.
``⟦d:a|River levels are still rising and we expect them to peak early this evening,⟧'' said Rhodri Vance, flood duty officer for the Rivers Authority. ``⟦d:a|If you live near the river, now is the time to move valuables upstairs and check on your neighbours.⟧''
At the Ferryman's Arms in Low Ashby, sandbags are stacked three high across the front door.
Landlady Beverley Cotterill told River FM: ``⟦d:b|We were flooded in 2015 and it took eleven months to reopen. I've been up since four this morning watching that water.⟧''
``⟦d:b|The regulars have been brilliant. One of them turned up at six with a van full of sandbags and a flask of tea.⟧''
A spokesperson for Calderbrook Borough Council said a rest centre had opened at Millbrook Community Centre. ``⟦d:c|Anyone who needs to leave their home and has nowhere to go should head there,⟧'' they said.
Listener Aled got in touch from Millbrook Road: ``⟦d:d|Water's over the footpath now and coming up the drive. Car's moved, dog's upstairs, kettle's on.⟧''

### 047
@a Janine Whitlow | Owner
@b Kev Tremayne | fisherman
@c Porthallow Coastguard Rescue Team | -
A springer spaniel missing for four days on the cliffs near Porthallow has been found safe and well.
Biscuit ran off after a rabbit during a walk on Saturday morning, sparking a search by volunteers, drone pilots and the coastguard.
Owner Janine Whitlow told Bay Radio: "⟦d:a|We'd honestly started to think the worst. When the call came I just sat on the kitchen floor and cried.⟧"
He was spotted on a ledge yesterday afternoon by fisherman Kev Tremayne, who was checking his pots below Gull Point. "⟦d:b|I saw this brown and white thing and thought, that's no seagull,⟧" he said.
Porthallow Coastguard Rescue Team, which lowered a volunteer down to the ledge, posted online: "⟦d:c|Biscuit is home with his very relieved family. Please keep dogs on leads near the cliff edge.⟧"

### 048
@a Darnell Whitaker-Ruiz | Police Chief
@b Harbor City Police Department | -
@c Benjamin Adeyemi-Stroud | an attorney for the Castillo family
@d Rosa Castillo | Castillo's mother
@e Harbor City Police Officers Association | the association
HARBOR CITY, Calif. — Police Chief Darnell Whitaker-Ruiz said Wednesday that the officer who shot 19-year-old Mateo Castillo during a traffic stop last week has been placed on paid administrative leave, as body camera footage of the encounter was made public.
"⟦d:a|I have watched this video many times. I have questions, the public has questions, and both deserve answers,⟧" Whitaker-Ruiz said at a news conference.
According to the Harbor City Police Department's preliminary account, the officer fired after Castillo "⟦p:b|reached toward the center console.⟧" No weapon was found in the car.
Benjamin Adeyemi-Stroud, an attorney for the Castillo family, said the footage contradicted that account. "⟦d:c|Watch his hands. Watch them the whole time. He's reaching for his wallet because the officer told him to,⟧" Adeyemi-Stroud said.
Castillo's mother, Rosa Castillo, stood beside him holding a graduation photo of her son. "⟦d:d|Mi hijo quería ser enfermero,⟧" she said in Spanish. A family friend translated: "⟦d:d|My son wanted to be a nurse. He was on his way home from a study group.⟧"
As she finished speaking, someone in the crowd outside City Hall shouted, "⟦d:-|Justice for Mateo!⟧"
The Harbor City Police Officers Association said in a statement that the officer "⟦p:e|followed his training⟧" and urged the public not to "⟦p:e|rush to judgment.⟧"
"⟦d:e|Officers make split-second decisions in circumstances the rest of us never face,⟧" the association said.
The district attorney's office is reviewing the shooting, a standard practice in the county.

### 049
@a Northfield Philharmonic | the orchestra
@b Ingrid Solvang-Ellis | The cellist
@c Anthony Okereke-Blythe | the conductor who turned a struggling regional orchestra into one of the most admired in Europe
@d Lydia Farquharson | The culture secretary
@e Adaora | His daughter
Sir Anthony Okereke-Blythe, the conductor who turned a struggling regional orchestra into one of the most admired in Europe, has died at his home in Harrowgate Fells. He was 84.
The Northfield Philharmonic, which he led for 27 years, said it was “⟦p:a|heartbroken⟧”. “⟦d:a|He gave this orchestra its voice, and then he gave it the courage to use it,⟧” the orchestra said.
The cellist Ingrid Solvang-Ellis, who joined the orchestra at 19 under his direction, said he had been “⟦p:b|terrifying and kind in equal measure⟧”.
“⟦d:b|He once stopped a rehearsal for 20 minutes over four bars of Sibelius. Then he took the whole section out for fish and chips,⟧” she recalled.
The son of a Nigerian doctor and a Yorkshire schoolteacher, Okereke-Blythe had little appetite for fame. In a 1998 interview he said: “⟦d:c|The conductor is the only musician who makes no sound. It is as well to remember that.⟧”
The culture secretary, Lydia Farquharson, described him as “⟦p:d|a giant of British music⟧”.
His daughter, Adaora, said the family had been overwhelmed by messages. “⟦d:e|Dad would have pretended to hate the fuss, and secretly read every word,⟧” she said.

### 050
@a Seán Ó Ceallaigh | Club chairman
@b Ciarán Mac Giolla Phádraig | Captain
@c Gráinne Nic Giolla Easpaig | the first woman to manage a senior hurling team in the county
@d Pádraig Ó Briain | Knockmoyle manager
@e Kilcarran County Board | -
There were scenes of jubilation in Ballinacree on Sunday evening as the local club ended a 52-year wait for a county senior hurling title, beating Knockmoyle 1-19 to 0-18 in a pulsating final at Páirc an Chrosaire.
Club chairman Seán Ó Ceallaigh could barely get the words out. “⟦d:a|Is lá iontach é seo don pharóiste,⟧” he said, before adding: “⟦d:a|This is a great day for the parish. There are men who waited their whole lives for this and didn’t get to see it.⟧”
Captain Ciarán Mac Giolla Phádraig lifted the cup to a roar from the 3,000-strong travelling support.
“⟦d:b|We said in the dressing room at half-time, ‘We’re not going home without it.’ And we didn’t,⟧” the 27-year-old told the Western Chronicle.
Manager Gráinne Nic Giolla Easpaig, the first woman to manage a senior hurling team in the county, played down her own part. “⟦d:c|The players won this. I just made sure there were sandwiches,⟧” she joked.
Knockmoyle manager Pádraig Ó Briain was gracious in defeat. “⟦d:d|Fair play to them. They wanted it more in the last ten minutes and that’s the truth of it,⟧” he said.
Kilcarran County Board said in a statement: “⟦d:e|Congratulations to Ballinacree on a historic day for the club and the parish.⟧”

### 051
@a Dominic Featherstone-Ray | TELLY chef
@b - | One furious diner
@c - | A pal
@d Gull & Anchor | -
TELLY chef Dominic Featherstone-Ray has hit back at trolls after fans slammed the £38 fish finger sandwich at his seaside restaurant.
One furious diner had posted: "⟦d:b|£38 for a posh butty? Do me a favour.⟧"
But the star of "⟦s:-|Ray's Kitchen Rescue⟧", 44, fired back in a lengthy post last night.
He wrote: "⟦d:a|For the record, the fish is line-caught hake, the bread is baked here every morning and I pickle the capers myself. It's not a fish finger sandwich. It's a fish finger SANDWICH.⟧"
Hours later he added: "⟦d:a|Love you all really. Even the ones who called me a chancer.⟧"
A pal said: "⟦d:c|Dom thrives on this stuff. Bookings have gone through the roof since the row started.⟧"
The Gull & Anchor said the sandwich would stay on the menu. "⟦d:d|It's our best seller,⟧" a post on the restaurant's page read.

### 052
@a Eleanor Hastings-Bright | prosecuting
@b Doreen Atherley | The victim
@c Oliver Nwankwo | defending
@d Martin Cheverton | Judge
A pensioner who disturbed a burglar in her bedroom told a jury yesterday that she recognised his coat "⟦p:b|because it was the same one he wore to the shop every day⟧".
Kyle Brannigan, 29, denies burglary at the house in Pelham Road, Kettleby, in January.
Opening the case, Eleanor Hastings-Bright KC, prosecuting, told Kettleby Crown Court: "⟦d:a|The Crown's case is that the defendant knew the house, knew the occupant lived alone and knew she kept cash in a biscuit tin.⟧"
The victim, Doreen Atherley, 72, gave evidence from behind a screen.
Cross-examined by Oliver Nwankwo, defending, she was asked about the lighting in the room.
"⟦d:c|Did you see the man's face?⟧" Mr Nwankwo asked.
"⟦d:b|Not all of it,⟧" Mrs Atherley replied. "⟦d:b|He had a hood up.⟧"
"⟦d:c|So you cannot say for certain that it was my client?⟧"
"⟦d:b|I can say it was his coat. I've seen that coat outside the Co-op every morning for two years.⟧"
Judge Martin Cheverton told jurors not to research the case online. "⟦d:d|You must decide this case on the evidence you hear in this room and nothing else,⟧" he said.
The trial continues.

### 053
@a Ethel Mae Dunwoody-Park | -
@b Harold | Her son
@c Bernice Okafor-Lyle | her best friend at Maple Terrace
@d Tamika Rhodes | an activities coordinator at the home
CEDAR FORKS, Iowa — Ethel Mae Dunwoody-Park was born in a farmhouse with no electricity, three miles south of where she now lives, in the spring of 1925. On Saturday she turns 100.
She has outlived two husbands, a sister, and, as she likes to point out, four of her doctors.
"⟦d:a|I didn't plan on it. I just kept waking up,⟧" she said Tuesday from her armchair at Maple Terrace, a senior living community on the north side of town.
Asked for the secret to a long life, she didn't hesitate: "⟦d:a|Mind your own business and eat your vegetables. In that order.⟧"
Her son, Harold, 74, drives over from Dubuque Falls every Sunday. "⟦d:b|She still beats me at gin rummy, and she still tells me to stand up straight,⟧" he said. "⟦d:b|I'm a retired high school principal. Doesn't matter.⟧"
Bernice Okafor-Lyle, 97, her best friend at Maple Terrace, says the two of them are "⟦p:c|the young ones⟧" on their hallway.
"⟦d:c|Ethel Mae is the only person here who remembers the same songs I do,⟧" Okafor-Lyle said.
Tamika Rhodes, an activities coordinator at the home, is planning a party with a cake shaped like a tractor, a nod to Dunwoody-Park's years running the family farm after her first husband died in 1961. "⟦d:d|She told me, no balloons. So there will be a lot of balloons,⟧" Rhodes joked.

### 054
@a Wiremu Kereama | Senior station officer
@b Ana Lolohea | -
@c Losana | her daughter
Ana Lolohea and Wiremu Kereama had never met before the night of March 3. Now they meet for coffee once a month, and they still argue about who should be thanking whom.
Senior station officer Wiremu Kereama was first through the door of the Lolohea family's burning house on Kōwhai Street in Pukewhero, just after 2am.
“⟦d:a|The smoke was right down to the floor. You couldn't see your own glove,⟧” he says. “⟦d:a|I found her by following the sound of her voice.⟧”
Lolohea, 38, had gone back inside for her youngest daughter, not knowing the girl had already climbed out of a window.
“⟦d:b|I was shouting her name and he was shouting mine,⟧” she says. “⟦d:b|I didn't even know his name until three days later.⟧”
He laughs. “⟦d:a|I don't normally introduce myself at a job.⟧”
Her daughter Losana, now nine, made him a card that is pinned above his locker at the station. It reads “⟦d:c|To the fireman who found Mum⟧”.
Asked what she would say to him now, in front of a reporter, Lolohea thinks for a moment, then turns to him.
“⟦d:b|You went into a house that was on fire, for a stranger. I don't know how you do that.⟧”
“⟦d:a|It's the job,⟧” Kereama says.
“⟦d:b|It's not just the job,⟧” she says. “⟦d:b|Don't say that.⟧”
Losana, sitting between them, has the last word. “⟦d:c|He's my hero and Mum's hero. That's two heroes.⟧”

### 055
@a Lachlan Doyle-Hennessy | -
@b Raymond Tuipulotu | coach
@r - | one reporter
A downcast Lachlan Doyle-Hennessy has refused to rule out stepping down as captain after the Southern Stars were bowled out for 142 to lose the third Test, and the series, in Port Ellery.
“⟦d:a|I've got to look at myself first. My numbers this summer haven't been good enough, and that's on me,⟧” Doyle-Hennessy said after play.
When one reporter asked, “⟦d:r|Is this your last Test as captain?⟧”, he paused for several seconds.
“⟦d:a|I'll sit down with the selectors next week. I'm not going to make a decision in a press conference at seven o'clock at night,⟧” he said.
Coach Raymond Tuipulotu backed his captain but was scathing about the batting. “⟦d:b|We talk all summer about occupying the crease. Today we occupied it for 51 overs,⟧” he said.
“⟦d:b|That's not a Lachie problem. That's a group problem, and I'm part of the group.⟧”
Doyle-Hennessy, 31, averaged 19.6 across the series. He has captained in 22 Tests.

### 056
@a Josphat Kipchumba Langat | Constituency Returning Officer
@b Wairimu Njoroge-Otieno | -
@c David Ouma Achola | her main challenger
@d Ali Abdi Hassan | Sub-County Police Commander
@e - | one of her agents
Tension was high at the Mlima Tatu tallying centre on Wednesday night as Constituency Returning Officer Josphat Kipchumba Langat delayed the announcement of results for the parliamentary seat by four hours.
"⟦d:a|We are verifying forms from 11 polling stations where there were discrepancies. We will not announce anything until every form is checked,⟧" Mr Langat said.
Hon. Wairimu Njoroge-Otieno, seeking a second term, was leading by about 2,300 votes according to provisional tallies displayed at the centre.
"⟦d:b|The people have spoken. I only ask that the commission respects their voice,⟧" she said, as supporters outside chanted "⟦s:-|Tano tena⟧" — five more years.
Her main challenger, David Ouma Achola, alleged that his agents had been locked out of two stations in Kiboko ward. "⟦d:c|We will not accept results from stations where our agents were not present. We have written to the commission,⟧" he said.
Sub-County Police Commander Ali Abdi Hassan said more officers had been deployed to the centre. "⟦d:d|Everyone should remain calm. Anyone who causes chaos will be dealt with firmly,⟧" he warned.
Shortly before midnight, one of her agents emerged from the hall and told the crowd: "⟦d:e|Bado kidogo. Just a little more patience.⟧"

### 057
@a Vantor Group | the company
@b Heloise Marchetti-Grün | Vantor's chief executive
@c Kwabena Osei-Tutu | Lindqvist Freight's chairman
@d Competition and Markets Commission | -
@e - | One person familiar with the talks
@f Farrukh Abdurakhimov | a transport analyst at Coldwater Securities
HALVERSTON (Meridian Press) — Vantor Group agreed on Monday to buy rival parcel carrier Lindqvist Freight for 4.1 billion euros in cash, creating the second-largest delivery network in northern Europe.
Vantor said the deal would generate annual cost savings of about 300 million euros within three years, largely by merging sorting hubs. "⟦d:a|The combination gives our customers a denser network, faster delivery and one point of contact from Lisbon to Tallinn,⟧" the company said in a statement.
Vantor's chief executive, Heloise Marchetti-Grün, told analysts the two companies had "⟦p:b|almost no overlap in the places that matter⟧" and played down regulatory risk.
"⟦d:b|We have done our homework. We expect a thorough review and we are confident of the outcome,⟧" she said.
Lindqvist Freight's chairman, Kwabena Osei-Tutu, said the board had unanimously recommended the offer, which values the company at a 31 percent premium to Friday's closing price. "⟦d:c|This was the right offer at the right time for our shareholders,⟧" he said.
The Competition and Markets Commission said it would examine the deal "⟦p:d|in the usual way⟧" once it had been formally notified.
Talks between the two companies began in the spring and nearly collapsed in August over the price, according to people familiar with the matter, who said Vantor raised its offer twice. One person familiar with the talks described the final round as "⟦p:e|a staring contest.⟧"
"⟦d:f|The savings are believable. The timeline is optimistic,⟧" said Farrukh Abdurakhimov, a transport analyst at Coldwater Securities. "⟦d:f|Merging two sorting networks in the middle of peak season is not for the faint-hearted.⟧"
Lindqvist shares jumped 27 percent in Halverston trading.

### 058
@t - | traders
@a Morven Galbraith | Cllr
@b Duncan McIlwraith | Provost
@c Isobel Keddie | chairwoman of Drumlarig Community Council
@d - | One shop owner on Kirk Wynd who asked not to be named
@e Strathallan Council | -
A row has broken out over plans to charge for parking on Drumlarig's main street for the first time, with traders warning the move will "⟦p:t|kill the town centre stone dead⟧".
Strathallan Council's environment committee voted 7-5 on Tuesday to introduce a £1.20-an-hour charge on High Street and Kirk Wynd from April.
Cllr Morven Galbraith, who proposed the scheme, said the money was needed to fill potholes. "⟦d:a|Folk tell me every week the roads are a disgrace. This is how we pay to fix them,⟧" she said.
But Provost Duncan McIlwraith, who represents Drumlarig and voted against, said the decision had been taken "⟦p:b|behind the town's back⟧".
"⟦d:b|Nobody in Drumlarig asked for this. Nobody in Drumlarig was asked,⟧" he said. "⟦d:b|If they'd come to one community council meeting they'd have heard what people think.⟧"
Isobel Keddie, chairwoman of Drumlarig Community Council, said a petition against the charges had gathered 1,400 signatures in a week. "⟦d:c|It's a pure scunner for the older folk who drive in from the farms. There's no bus after two o'clock,⟧" she said.
One shop owner on Kirk Wynd who asked not to be named said trade was already down by a fifth on last year. "⟦d:d|Charge folk to park and they'll just drive to the retail park in Carsebank, where it's free,⟧" he said.
In a statement, Strathallan Council said the charges would be reviewed after 12 months. "⟦d:e|All income raised will be reinvested in local roads and transport,⟧" it said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh17.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh17",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
