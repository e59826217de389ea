# ruff: noqa: E501
"""Build ``quotes_fresh70.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is the regional and
wire news mix: crime and emergency services, courts and inquests, health and
hospitals, schools, transport and weather disruption, business results, closures and
strikes, sport match reports and managers' press conferences, international wire copy
with translated quotes, and obituaries with tributes from relatives and colleagues,
in the registers of wire, broadsheet, tabloid, local paper, magazine and broadcaster
web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh70-NNN``.

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
  it (``Owner Frank Mulvey, a retired plumber from Ballykeel``): the appositive is the
  description. A title or role phrase before the name alone (``Detective Inspector``,
  ``Lifeboat helm``, ``Kingsmoor United manager``, ``Harbour City boss``) is the
  description, and so is a role phrase set off by commas before the name
  (``Nordhavn's trade minister, Jan Sørvik,``; ``The operator, Kyanos Lines,``). A
  tabloid epithet standing before the name (``HERO dog walker Dean Scully``) counts
  like a role title.
* An age on its own (``Craig Doyle, 38,``) is not a description. Where a speaker (a
  person or an organisation) is introduced without an appositive and the passage
  refers to them by a definite description at a cue (``the 22-year-old``, ``the
  librarian``, ``the force said``, ``the company said``), that description is taken.
  A pronoun at the cue (``it said``, ``they said``) gives no description.
* An unnamed collective quoted as such (``rescuers``, ``inspectors``,
  ``campaigners``, ``his family``, ``Shipping analysts``) has a null speaker and
  that word or phrase as the description.
* Names of charges and police operations, inspection grades, titles of songs and
  broadcasts, and nicknames in quotation marks are ``scare``.
* Words that a speaker in a transcript answer quotes from someone else (a chairman's
  advice repeated by a manager) are ``direct`` speech by that someone else, since
  the answer itself carries no quotation marks.
* An email or letter read out in court is ``direct`` speech by its author.
* A shout from an unidentified person (``a voice from the public gallery``, ``a
  shout … from the back of the crowd``) is ``direct`` with speaker and description
  null.
* A fragment quoted before its speaker is identified belongs to the speaker the
  passage then identifies.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh70.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh70.jsonl")

PASSAGES = """
### 001
@a Sarah Okafor | Detective Inspector
@b Gwen Pryce | the owner of the newsagent opposite
@c Kettleby Police | the force
A 19-year-old man is in a critical condition in hospital after being stabbed outside a takeaway in Kettleby town centre late on Friday night.
Police were called to Marlow Street at about 11.40pm to reports of a disturbance involving a group of up to six people. The victim was taken by air ambulance to Sedgefield General Hospital, where he remains.
Detective Inspector Sarah Okafor, who is leading the investigation, said officers were “⟦p:a|keeping an open mind⟧” about the motive.
“⟦d:a|This was a shocking act of violence on a busy street at a time when plenty of people were still out and about,⟧” she said. “⟦d:a|Somebody saw what happened. Somebody filmed it on their phone. I would urge them to come forward, even if they think what they have is insignificant.⟧”
Two men, aged 20 and 23, were arrested on suspicion of attempted murder and remain in custody. A cordon was in place for much of Saturday.
Gwen Pryce, the owner of the newsagent opposite, said she had heard shouting before she pulled the shutters down. “⟦d:b|I thought it was the usual Friday nonsense,⟧” she said. “⟦d:b|Then I saw the blue lights, and the helicopter came down in the car park of the old bingo hall. You don't expect that here.⟧”
Kettleby Police said patrols would be stepped up over the weekend and that anyone with information should call 101 quoting log 1187. “⟦d:c|We understand the community will be concerned, and officers will be on hand to speak to anyone who has worries,⟧” the force said.

### 002
@a Martin Kowalczyk | the incident commander
@b Deborah Lusk | a resident of nearby Tanner Close
@c Farid Haddad | the managing director of Haddad Wholesale
Around 80 firefighters tackled a large blaze at a wholesale warehouse on the Brindley industrial estate in Northmoor overnight, with residents told to keep windows and doors closed because of thick smoke.
Crews were called at 1.12am on Tuesday and at the height of the fire 14 engines and two aerial ladder platforms were at the scene. No one was injured.
"⟦d:a|When crews arrived the building was well alight and part of the roof had already collapsed,⟧" said Martin Kowalczyk, the incident commander. "⟦d:a|Our priority was stopping it spreading to the units either side, and I'm pleased to say we managed that.⟧"
He added: "⟦d:a|We'll be here for most of the day damping down. I'd ask people to avoid the area and let us get on with the job.⟧"
Deborah Lusk, a resident of nearby Tanner Close, said the sky had turned "⟦p:b|orange, like a sunset at two in the morning⟧".
"⟦d:b|My daughter woke me up banging on the door. You could smell it through the glass,⟧" she said. "⟦d:b|There were bits of ash landing on the cars.⟧"
Farid Haddad, the managing director of Haddad Wholesale, said the firm had lost "⟦p:c|everything we had in stock for Christmas⟧".
"⟦d:c|Thirty-two people work here. My first thought was, is everyone out? Thank God it was empty,⟧" the 51-year-old said. "⟦d:c|We will rebuild. I don't know where yet, but we will.⟧"
The cause of the fire is being investigated.

### 003
@a Rosalind Achterberg | Judge
@b Margaret Feeney | Lewis's mother
@c Anjali Varma | Doyle's barrister
@d Thomas Reid | The prosecutor
A delivery driver who killed a cyclist while checking a navigation app has been jailed for four years and eight months.
Craig Doyle, 38, of Halstow Road, Penmarsh, admitted causing death by dangerous driving at a previous hearing. Lewis Feeney, 27, died at the scene on the A614 near Oldcastle in March last year.
The prosecutor, Thomas Reid, told Penmarsh Crown Court that data recovered from Doyle's phone showed the screen had been touched 11 times in the minute before the collision. “⟦d:d|The data tells its own story,⟧” he said.
In a statement read to the court, Lewis's mother, Margaret Feeney, said: “⟦d:b:m|Lewis was the kindest person I have ever known. He cycled to work because he thought it was the right thing to do, and he was careful, always careful.⟧
“⟦d:b|There is no sentence that gives him back. I just want every driver who reads about this to put their phone in the glovebox.⟧”
Anjali Varma, Doyle's barrister, said her client was “⟦p:c|consumed by remorse⟧” and had not driven since. “⟦d:c|He does not ask for sympathy. He knows he has destroyed a family,⟧” she said.
Sentencing him, Judge Rosalind Achterberg said Doyle had looked at his phone “⟦p:a|not once, not twice, but repeatedly⟧”.
“⟦d:a|Mr Feeney was wearing high-visibility clothing, his lights were on and he was exactly where he was entitled to be,⟧” the judge said. “⟦d:a|You simply did not see him because you were not looking.⟧”
As Doyle was led down to the cells, a voice from the public gallery called out: “⟦d:-|Rot in there.⟧”
Doyle was also banned from driving for seven years and four months.

### 004
@r - | rescuers
@a Euan MacPhail | team leader of Glen Orrin Mountain Rescue Team
@b Ruaridh Gillies | Her brother
@c - | A spokeswoman for the family
A hillwalker who spent two nights lost on Ben Corrach has been found alive and "⟦p:r|in remarkably good spirits⟧", rescuers said.
Isla Gillies, 44, from Dunvarran, was spotted by a coastguard helicopter crew at about 7am on Monday in a gully on the mountain's northern flank. She had set out alone on Saturday morning and was reported missing when she did not return to her car.
Euan MacPhail, team leader of Glen Orrin Mountain Rescue Team, said she had done "⟦p:a|exactly the right things⟧".
"⟦d:a|She got herself out of the wind, she put on every layer she had and she stayed put. That's what kept her alive,⟧" he said. "⟦d:a|The weather up there on Saturday night was brutal - gusts of 70mph and sleet.⟧"
"⟦d:a|Honestly, by Sunday afternoon we were preparing ourselves for a different outcome.⟧"
About 40 volunteers from three teams took part in the search, along with a search dog and a drone unit.
Her brother, Ruaridh Gillies, said the family were "⟦p:b|overwhelmed with gratitude⟧". "⟦d:b|We'll never be able to thank them enough. These are people who give up their weekends to go up mountains in the dark for strangers,⟧" he said.
A spokeswoman for the family later asked for privacy while Ms Gillies recovers in hospital. "⟦d:c|Isla is tired and sore but she is safe, and that is all that matters today,⟧" she said.

### 005
@a Helen Abara | chief executive of the Lowther Valley NHS Trust
@b Colm Dervan | a regional officer for the Health Workers' Alliance
@c Brenda Stott | the retired postmistress
@d Janine Stott | Her daughter
@e - | A Department of Health spokesperson
Patients at Harlow Cross Hospital's emergency department waited an average of nine hours to be admitted to a ward last month, according to figures published on Wednesday, the worst performance in the region.
Dr Helen Abara, chief executive of the Lowther Valley NHS Trust, which runs the hospital, said the figures were “⟦p:a|not acceptable, and not what our staff want to be delivering⟧”.
“⟦d:a|We have more than 90 patients in our beds who are medically fit to go home but who cannot leave because the care isn't there for them in the community,⟧” she said. “⟦d:a|That backs up through the whole hospital, and the front door is where you see it.⟧”
Colm Dervan, a regional officer for the Health Workers' Alliance, said nurses were being asked to care for patients in corridors “⟦p:b|as a matter of routine⟧”.
“⟦d:b|Our members tell us they are going home in tears. They are treating people on trolleys next to the vending machines. This is a safety issue, not a comfort issue,⟧” he said.
Brenda Stott, 79, spent 31 hours in the department after a fall in January. “⟦d:c|They were lovely, every one of them, but there was nowhere to put me,⟧” the retired postmistress said. “⟦d:c|I slept on a chair the first night.⟧”
Her daughter Janine Stott added: “⟦d:d|Mum doesn't complain. When she says it was bad, it was bad.⟧”
A Department of Health spokesperson said: “⟦d:e|We are investing an extra £1.2bn this winter to reduce waits and free up beds.⟧”

### 006
@f - | campaigners
@g Western Fells Health Board | the board
@h Owain Pritchard | the board's medical director
@i Lorna Beckett | founder of the Save Ashby Maternity campaign
@j Shanice Mutasa | a mother of two from Ashby
Births at Ashby Community Hospital will be suspended from next month because of a shortage of midwives, health chiefs have confirmed, prompting anger from campaigners who say the decision was "⟦p:f|made behind closed doors⟧".
The midwife-led unit, which delivered 212 babies last year, will close to births from 1 June, with women directed to Carnforth Royal, 34 miles away.
Western Fells Health Board said it had "⟦p:g|exhausted every option⟧" to keep the unit staffed and described the move as "⟦p:g|temporary⟧".
"⟦d:g|Safety has to come first. We currently have four midwives available to cover a rota that needs eleven, and we cannot ask women to give birth in a unit we cannot staff safely,⟧" the board said.
Dr Owain Pritchard, the board's medical director, said: "⟦d:h|I want to be absolutely clear that this is not a closure by the back door. We want births back at Ashby as soon as we can recruit.⟧"
Lorna Beckett, founder of the Save Ashby Maternity campaign, said she had "⟦p:i|heard that before⟧".
"⟦d:i|They said the same about the stroke unit in 2016, and that never came back,⟧" she said. "⟦d:i|Thirty-four miles on the fell road in January, in labour? Would any of the board members fancy that drive?⟧"
Shanice Mutasa, a mother of two from Ashby, said both her children were born at the unit. "⟦d:j|The midwives there knew me by name. That matters when you're scared,⟧" she said.

### 007
@a Bernard Oyelaran | the 64-year-old
@b Pauline Ashdown | a parish councillor
@c Trevor Ashdown | Her husband
@d - | A spokesperson for the integrated care board
FURIOUS villagers have vowed to fight the closure of the only GP surgery for nine miles after the doctor who has run it for a quarter of a century announced his retirement.
Little Harting Surgery, which serves 3,800 patients, will shut its doors on 30 September after no partner could be found to take it over.
Dr Bernard Oyelaran, who has been the village GP for 26 years, said he was “⟦p:a|heartbroken⟧” to be leaving without a successor.
“⟦d:a|I've delivered some of these people's grandchildren, practically,⟧” the 64-year-old said. “⟦d:a|I kept going two years longer than I planned because I hoped someone would come. Nobody came.⟧”
Pauline Ashdown, a parish councillor, said the village was being “⟦p:b|abandoned⟧”.
“⟦d:b|Half the people in this village don't drive. What are they meant to do – get two buses to Fordham to have their blood pressure checked?⟧” she fumed.
Her husband Trevor Ashdown, 71, who has heart failure, said: “⟦d:c|I see the nurse every fortnight. I've no idea what happens now.⟧”
A spokesperson for the integrated care board said patients would be “⟦p:d|automatically registered⟧” with Fordham Medical Centre. “⟦d:d|We recognise this is unsettling and we will be writing to every patient in the coming weeks,⟧” they said.

### 008
@i - | inspectors
@a Ruth Amankwah | Headteacher
@b Kevin Doak | chief executive of the Lanterns Learning Trust
@c - | A mother who asked not to be named
@d Lucy Tamm | Another parent
A secondary school in Brackenfield has been rated "⟦s:-|inadequate⟧" after inspectors found pupils were "⟦p:i|not safe⟧" in parts of the site at break times.
Inspectors said behaviour in corridors was "⟦p:i|chaotic⟧" and that leaders had been "⟦p:i|too slow to act⟧" on concerns raised by staff. Brackenfield Park School was previously rated good.
Headteacher Ruth Amankwah, who took up the post in September, said in a letter to parents that she accepted the findings "⟦p:a|in full⟧".
"⟦d:a|I am not going to dress this up. The report describes a school that had lost its way, and our children deserve better than that,⟧" she wrote. "⟦d:a|Many of the changes the inspectors asked for are already under way.⟧"
Kevin Doak, chief executive of the Lanterns Learning Trust, which took over the school in 2022, said extra staff would be on duty at lunchtimes from Monday. "⟦d:b|We've put an additional deputy head in place and we will be back in front of inspectors within a year,⟧" he said.
A mother who asked not to be named said her son had been pushed down a stairwell in October. "⟦d:c|I reported it three times. Nobody rang me back. Now they say they're listening? I'll believe it when I see it,⟧" she said.
Another parent, Lucy Tamm, was more positive. "⟦d:d|The new head has been brilliant with my daughter. It was bad, yes, but it's getting better,⟧" she said.

### 009
@a Kerry-Ann Byfield | a mother of three who started an online petition against the policy
@b Declan Fairweather | Holmwood's headteacher
@c Maisie | Her daughter
Parents at a Dunmore primary school have hit back at a new rule banning branded coats, which they say will cost families money they do not have.
From September, pupils at Holmwood Primary will only be allowed to wear plain navy or black coats, under changes announced in a newsletter before half-term.
Kerry-Ann Byfield, a mother of three who started an online petition against the policy, said: “⟦d:a|My eldest's coat has a tiny logo on the sleeve. It's waterproof, it's warm and it fits. Am I supposed to bin it and buy a new one?⟧”
The petition had gathered more than 600 signatures by Wednesday.
Her daughter Maisie, nine, was firm. “⟦d:c|It's got a fox on the back. I'm not giving it up.⟧”
Holmwood's headteacher, Declan Fairweather, said the rule was about fairness.
“⟦d:b|Some of our children were being teased because they didn't have the 'right' coat,⟧” he said. “⟦d:b|We don't want anybody to feel they stand out because of what their family can afford.⟧”
He said the school would provide a free coat to “⟦p:b|any family who asks, no questions⟧”.

### 010
@a Simone Achebe | branch president of the Lecturers' Union at Kelsworth
@b - | A University of Kelsworth spokesman
@c Tomás Ferreira | a final-year engineering student
@d Hannah Liu | Students' union president
Lecturers at the University of Kelsworth will stage five days of strike action in March in a dispute over plans to cut 140 jobs, their union has announced.
Members voted by 78 per cent in favour of walking out, on a turnout of 61 per cent.
"⟦d:a|Nobody wants to strike in the run-up to exams, but management has left us no choice,⟧" said Dr Simone Achebe, branch president of the Lecturers' Union at Kelsworth. "⟦d:a|These are not 'efficiencies'. They are real people, and real courses that will close.⟧"
A University of Kelsworth spokesman said the cuts were necessary to address a "⟦p:b|structural deficit⟧" of £22m. "⟦d:b|We will do everything we can to minimise disruption to students' learning and assessment,⟧" he said.
Tomás Ferreira, a final-year engineering student, said he supported the lecturers "⟦p:c|in principle⟧". "⟦d:c|But I'm paying £9,250 a year. If I lose a week of teaching before my finals, who pays me back?⟧" he asked.
Students' union president Hannah Liu said the union would stand on picket lines alongside staff. "⟦d:d|Our lecturers' working conditions are our learning conditions. That isn't a slogan, it's just true,⟧" she said.

### 011
@a Northlink Rail | the operator
@b Amira Haddou | a nurse travelling to a night shift at Carlow General
@c - | One man waiting for a replacement bus
@d Kai Lindqvist | Forecaster
Rail passengers faced a second day of cancellations on Thursday as Storm Idris brought down trees and overhead power lines across the north-west.
Northlink Rail said all services between Carlow and Ambleford would be suspended until at least midday on Friday after engineers found “⟦p:a|extensive damage⟧” at four locations.
“⟦d:a|We know how frustrating this is, and we are sorry. Our teams have been working through the night in very difficult conditions,⟧” the operator said in a statement. “⟦d:a|Please do not travel unless absolutely necessary.⟧”
Replacement buses were running, but passengers reported queues of more than an hour at Carlow station.
Amira Haddou, a nurse travelling to a night shift at Carlow General, said she had been waiting since 5pm. “⟦d:b|I've rung in to say I'll be late. They're short already. What else can I do?⟧”
One man waiting for a replacement bus said: “⟦d:c|They knew this storm was coming for three days. Three days! And there's one bus.⟧”
Gusts of up to 85mph were recorded at Skelby Point on Wednesday evening. Forecaster Kai Lindqvist said the worst was over “⟦p:d|for now⟧” but warned of more heavy rain on Saturday.
“⟦d:d|The ground is saturated, so it doesn't take much for rivers to respond quickly. People in flood-prone areas should keep an eye on the warnings,⟧” he said.

### 012
@a Fiona Gatward | the agency's flood duty manager
@b Ifor Rees | a sheep farmer at Cwm Llan
@c Dafydd | His son
@d - | A council spokesman
Severe flood warnings, meaning a danger to life, were issued for two communities on the River Teme overnight as water levels reached their highest point since 1998.
About 150 homes in Lyddon and Nantfawr were evacuated on Sunday evening, with residents taken to a rest centre at Lyddon leisure centre. The Riverways Agency said the river was not expected to peak until Monday afternoon.
"⟦d:a|This is a serious situation. The river has risen more than two metres in 12 hours and it has not peaked yet,⟧" said Fiona Gatward, the agency's flood duty manager.
"⟦d:a|If you are asked to leave, please leave. Property can be replaced. People cannot.⟧"
Ifor Rees, a sheep farmer at Cwm Llan, said he had moved 400 ewes to higher ground in the dark. "⟦d:b|We were up till three with torches and the quad bike. I've seen floods here all my life, but never this quick,⟧" he said.
His son, Dafydd, who farms with him, said the family had lost "⟦p:c|at least a dozen⟧" lambs. "⟦d:c|You do what you can. The water doesn't care,⟧" he said.
A council spokesman said the rest centre would remain open "⟦p:d|for as long as it's needed⟧".
### 013
@a Morag Tulloch | leader of Strathcairn Council
@b - | A gritter driver who did not want to be named
@c Ravi Chandran | owner of the Glenbrae filling station
@d Craig Munro | Inspector
More than 300 motorists were stranded overnight on the A939 after heavy snow closed the road between Glenbrae and Tomcraig, with some drivers waiting up to nine hours for help.
Morag Tulloch, leader of Strathcairn Council, said gritter crews had done ``⟦p:a|a heroic job⟧'' in conditions forecasters described as the worst in a decade.
``⟦d:a|We had snow falling at five centimetres an hour and the wind blowing it straight back onto the carriageway behind the ploughs,⟧'' she said. ``⟦d:a|I understand people's anger, but I won't have our crews blamed for the weather.⟧''
A gritter driver who did not want to be named said he had worked a 14-hour shift. ``⟦d:b|You plough a stretch, turn round, and it's gone again. It's like shovelling the tide,⟧'' he said.
Ravi Chandran, owner of the Glenbrae filling station, kept his shop open all night for stranded drivers. ``⟦d:c|We made about 200 cups of tea. Folk were sleeping in the aisles,⟧'' he said. ``⟦d:c|One wee lad asked me if it was Christmas.⟧''
Inspector Craig Munro, of Northern Constabulary, said: ``⟦d:d|Please do not set off on the A939 or the A95 until the roads have been declared open. It is not worth the risk.⟧''

### 014
@a Neil Garside | regional organiser for the Amalgamated Transport Union
@b Firthline Buses | the company
@c Barry Holt | a driver for 19 years
@d Grace Nwachukwu | a care worker who relies on the No 12 to get to her clients
Bus drivers in Firthmouth will walk out for ten days this month after rejecting a pay offer of 4.5 per cent, in a strike that will halt almost every service in the city.
Neil Garside, regional organiser for the Amalgamated Transport Union, said drivers had been “⟦p:a|taken for granted for too long⟧”.
“⟦d:a|Our members kept this city moving through the pandemic. They were clapped on doorsteps. Now they're told 4.5 per cent is the best they'll get, while the company posts a profit,⟧” he said.
Firthline Buses said the offer was “⟦p:b|fair and affordable⟧” and urged the union to return to talks. “⟦d:b|We are disappointed that the union has chosen to disrupt the lives of thousands of passengers rather than continue negotiating,⟧” the company said.
Barry Holt, a driver for 19 years, said he had not wanted to strike. “⟦d:c|Nobody likes losing pay. But my rent's gone up £180 a month. Something has to give,⟧” he said.
Grace Nwachukwu, a care worker who relies on the No 12 to get to her clients, said: “⟦d:d|I've got six visits a day. Elderly people waiting for their tablets. How am I supposed to get there?⟧”
She added: “⟦d:d|I don't blame the drivers. I just wish somebody would sort it out.⟧”

### 015
@b National Air Traffic Authority | the authority
@a Declan Oduya | Harwood Airport chief executive
@c Ingrid Solberg | a teacher flying home to Bergvik
@d Lars | Her partner
@e Brian Kettle | the retired electrician
Thousands of passengers were stranded at Harwood Airport on Saturday after what the National Air Traffic Authority called a "⟦p:b|technical fault⟧" at its control centre grounded flights across the south of the country for almost four hours.
"⟦d:b|The problem has been identified and fixed. We apologise to everyone affected,⟧" the authority said in a statement on Saturday evening.
More than 180 departures were cancelled at Harwood alone.
Harwood Airport chief executive Declan Oduya said: "⟦d:a|This was not an airport issue, but it is our passengers who have paid the price. We've opened extra desks and we're handing out water and food vouchers.⟧"
Ingrid Solberg, a teacher flying home to Bergvik, said she had been "⟦p:c|sitting on the floor for six hours⟧". "⟦d:c|Nobody tells you anything. The screen says 'delayed', then 'cancelled', then nothing at all,⟧" she said.
Her partner, Lars, added: "⟦d:d|We've heard three different things from three different people in orange jackets.⟧"
Brian Kettle, 66, was due to fly to Alvaro for his daughter's wedding on Monday. "⟦d:e|I'll get there if I have to swim,⟧" the retired electrician said.

### 016
@a Caroline Whitby-Osei | the group's chief executive
@b Marcus Feld | retail analyst at Holloway Shore
@c Retail Together | The shopworkers' union
Brightways, the country's fifth-largest supermarket chain, reported a 14 per cent rise in annual profits on Tuesday, helped by strong sales of its premium own-label ranges and a fall in energy costs.
Pre-tax profit rose to £612m in the year to 24 February, on sales up 5.2 per cent at £19.8bn. Shares rose 3 per cent in early trading.
Caroline Whitby-Osei, the group's chief executive, said shoppers were “⟦p:a|trading up again⟧” after two years of cutting back.
“⟦d:a|Customers are still careful, and they should be. But we are seeing people treat themselves at the weekend in a way they weren't a year ago,⟧” she said. “⟦d:a|Our job is to make sure that when they do, they do it with us.⟧”
Asked whether the chain would pass on lower costs in the form of price cuts, she said: “⟦d:a|We have cut the price of more than 2,000 lines since September, and we will keep going.⟧”
Marcus Feld, retail analyst at Holloway Shore, described the figures as “⟦p:b|solid rather than spectacular⟧”. “⟦d:b|The premium push is working, but the discounters are still taking share at the bottom of the market, and Brightways hasn't answered that yet,⟧” he said.
The shopworkers' union Retail Together said the results showed the company could afford a “⟦p:c|proper pay rise⟧” for its 140,000 staff. “⟦d:c|Profits are up 14 per cent. Our members' pay is up 4 per cent. Do the maths,⟧” the union said.

### 017
@a Altmann Kühltechnik | its German owner
@b Joanne Pike | MP for Sedley and Crane
@c Stuart Nairn | a line supervisor who has worked at the plant for 31 years
@d Gavin | His son
A refrigeration plant in Sedley that has made fridges and freezers for more than 60 years is to close with the loss of 430 jobs, its German owner, Altmann Kühltechnik, has announced.
Production at the Crane Lane factory will move to Poland and the Czech Republic by the end of next year.
"⟦d:a|This decision has not been taken lightly and does not reflect on the commitment of our colleagues in Sedley,⟧" the company said. "⟦d:a|The cost of manufacturing in the UK has risen significantly and we must remain competitive.⟧"
Joanne Pike, MP for Sedley and Crane, called the announcement "⟦p:b|a hammer blow⟧" and said she had asked for an urgent meeting with ministers.
"⟦d:b|There are families in this town where three generations have worked at Crane Lane. This isn't just 430 jobs, it's the heart of the place,⟧" she said.
Stuart Nairn, a line supervisor who has worked at the plant for 31 years, said staff had been told at a meeting in the canteen at 8am. "⟦d:c|They read it off a sheet and left. Twenty minutes, start to finish,⟧" he said.
His son Gavin, 24, also works on the line. "⟦d:d|Dad says he'll be fine, he's near retirement. It's people my age I worry about. Where do we go?⟧" he said.

### 018
@a Joaquim Barreto | Sinport leader
@b Lúcia Andrade | port authority president
@c - | Shipping analysts
@d Helena Costa Ribeiro | Economy Minister
@e Rui | a crane operator for 22 years
PORTO VELHA, March 4 — Dockworkers at Porto Velha, the country's largest container port, began an indefinite strike on Monday over automation plans, leaving dozens of ships waiting at anchor offshore.
“⟦d:a|The machines don't pay taxes and they don't feed families,⟧” Sinport leader Joaquim Barreto told reporters at the port gates. “⟦d:a|We are not against the future. We are against a future without us.⟧”
The port authority wants to introduce remote-controlled cranes and automated guided vehicles at its two largest terminals by 2027.
“⟦d:b|Automation will happen in every port in the world. Our proposal protects every current job until retirement,⟧” port authority president Lúcia Andrade said in a televised interview. “⟦d:b|What we cannot do is freeze the port in 1995.⟧”
Shipping analysts said the stoppage could cost exporters “⟦p:c|tens of millions of dollars a day⟧” if it lasted beyond a week.
“⟦d:d|I call on both sides to return to the table today, not tomorrow,⟧” Economy Minister Helena Costa Ribeiro said.
At the picket line, Rui, a crane operator for 22 years, said he had two children at university. “⟦d:e|They tell me a computer will do my job. Fine. Then the computer can pay their fees.⟧”

### 019
@a Priyesh Nair | Tessellate's founder and chief executive
@b - | An engineer who was told on Tuesday that her role was at risk
@c Mhairi Calder | the council's economy convener
Tessellate, the Dunmore software company once valued at more than £1bn, is to cut 200 jobs, almost a quarter of its workforce, as it struggles to return to profit.
In an email to staff seen by the Courier, Tessellate's founder and chief executive, Priyesh Nair, said the company had "⟦p:a|hired too fast for a world that didn't arrive⟧".
"⟦d:a|I take full responsibility for that. These are talented people and this is the hardest message I have ever had to write,⟧" he wrote.
"⟦d:a|We will offer enhanced redundancy, extended healthcare and help finding new roles. That is the least we owe them.⟧"
An engineer who was told on Tuesday that her role was at risk said the news had come "⟦p:b|out of nowhere⟧". "⟦d:b|Two weeks ago we had an all-hands where they told us the pipeline was the best it's ever been,⟧" she said. "⟦d:b|I took out a mortgage in January.⟧"
Mhairi Calder, the council's economy convener, said the city would "⟦p:c|rally round⟧". "⟦d:c|Dunmore's tech sector is bigger than any one firm. These skills are in demand, and I'm confident most people will be snapped up,⟧" she said.

### 020
@c Northgate Brewing Group | the buyer
@a Edmund Harrowby | the firm's chairman
@b Camilla Harrowby | the head brewer
@d Trevor Pask | landlord of the Wheatsheaf in Amblecote
Harrowby & Sons, the family brewer that has made beer in Ellerton since 1843, has been sold to the Northgate Brewing Group for an undisclosed sum.
The deal includes the brewery, its 46 pubs and the Harrowby's Gold brand, which the buyer has promised to ``⟦p:c|protect and grow⟧''.
Edmund Harrowby, the firm's chairman, said the decision to sell had been ``⟦p:a|agonising⟧''.
``⟦d:a|My great-great-grandfather would be spinning, I expect. But the business needs investment we simply can't give it, and I would rather sell it whole than watch it decline,⟧'' he said.
His daughter Camilla Harrowby, the head brewer, will stay on for at least three years. ``⟦d:b|The recipes stay, the yeast stays, and so do I,⟧'' she said. ``⟦d:b|I made sure of that before anybody signed anything.⟧''
Northgate Brewing Group said in a statement: ``⟦d:c|Harrowby's is a much-loved name and we have no plans to change what makes it special.⟧''
Trevor Pask, landlord of the Wheatsheaf in Amblecote, was unconvinced. ``⟦d:d|They all say that. Give it five years and it'll be brewed in a shed off the ring road,⟧'' he said.

### 021
@b Kwame Asante-Boateng | the striker
@a Danny Mulrooney | Kingsmoor United manager
@c Lars Østergaard | Harbour City boss
Kingsmoor United 3 Harbour City 1
Kwame Asante-Boateng struck twice in the second half as Kingsmoor United came from behind to beat Harbour City and climb to fourth.
City led through Joel Brennan's header on 23 minutes, and for long spells Kingsmoor looked short of ideas. But the half-time introduction of winger Théo Lacombe changed the game, and Asante-Boateng levelled on 58 minutes before adding a second from the penalty spot. Substitute Aaron Pike wrapped it up in stoppage time.
Kingsmoor United manager Danny Mulrooney said: “⟦d:a|I told them at half-time they were playing like they were scared of the ball. I wasn't polite about it.⟧”
“⟦d:a|Théo gave us width and Kwame was outstanding. When he's in that mood, nobody in this league can handle him.⟧”
Asante-Boateng, who has now scored 14 goals this season, admitted he had been “⟦p:b|a bit angry⟧” with his first-half display.
“⟦d:b|The gaffer let us know. Fair enough. I wanted to show him he was right to keep me on,⟧” the striker said.
Harbour City boss Lars Østergaard felt his side had “⟦p:c|stopped doing the simple things⟧”. “⟦d:c|One-nil up, away from home, and we start trying Hollywood passes. You get punished for that,⟧” the Dane said. “⟦d:c|I'm more angry than disappointed.⟧”

### 022
@a Sunniva Haugland | the Rosebank head coach
@r - | one reporter
@s - | another journalist
Sunniva Haugland insists Rosebank will not be "⟦p:a|sitting back⟧" when they travel to league leaders Whitcombe in the Women's Cup quarter-final on Sunday.
Rosebank have lost all three meetings between the sides in the past two seasons, conceding 11 goals.
"⟦d:a|We've been brave in the wrong way against them before. Brave and open. This time we will be brave and organised,⟧" the Rosebank head coach said at her pre-match press conference on Thursday.
Asked by one reporter whether Whitcombe were "⟦p:r|the best team in the country⟧", Haugland smiled.
"⟦d:a|On current form, yes. But the cup doesn't care about current form. That's why everybody loves it.⟧"
Captain Abi Okonjo is a doubt with a hamstring injury. "⟦d:s|Is Abi going to play?⟧" another journalist asked.
"⟦d:a|Ask me on Sunday at 1pm,⟧" Haugland replied. "⟦d:a|She trained today. We'll see how she reacts tomorrow.⟧"
She was more expansive about the travelling support. "⟦d:a|We're taking 2,000 fans. For a women's team, on a Sunday, in February, that is incredible. I want the players to look up at that end before kick-off.⟧"

### 023
@a Aled Prosser | Pengarth head coach
@b Sione Taufa | the Tongan-born number eight
@c Malcolm Hurst | Ravensworth's director of rugby
Pengarth 27 Ravensworth 24
Pengarth survived a late Ravensworth fightback to win for the first time in five matches, with Sione Taufa's try ten minutes from time proving decisive.
Taufa, the Tongan-born number eight, barged over from close range after a series of forward drives, and Evan Morgan's conversion put the hosts 27-17 ahead. Ravensworth replied through winger Dom Achterberg and were camped on the Pengarth line when the final whistle went.
“⟦d:a|That was horrible to watch from the box. My heart's still going,⟧” Pengarth head coach Aled Prosser admitted. “⟦d:a|We made it hard for ourselves, but we've been losing those games this season and today we didn't. That's growth.⟧”
Taufa said the forwards had talked at half-time about “⟦p:b|earning the right⟧” to go wide. “⟦d:b|We just kept hammering the same door. Eventually it opened,⟧” he said, grinning.
Malcolm Hurst, Ravensworth's director of rugby, was furious with the officials after a late penalty was reversed. “⟦d:c|I'll choose my words carefully because I can't afford a fine,⟧” he said. “⟦d:c|Let's just say I'd like someone to explain that one to me. Slowly.⟧”

### 024
@a Dilshan Perera | the 22-year-old
@b Ollie Greaves | Ashcombe captain
@c Jaco van Rensburg | Wexley coach
Dilshan Perera hit a maiden first-class hundred as Ashcombe took control against Wexley on the second day at Barrow Road.
Perera, who made 147 from 231 balls, shared a fourth-wicket stand of 188 with his captain as Ashcombe reached 412 for six, a lead of 201.
"⟦d:a|I've dreamt about that moment since I was nine, playing in the street with a taped tennis ball,⟧" said the 22-year-old. "⟦d:a|When I got to 99 I couldn't feel my legs. Ollie came down and told me to breathe. I'm glad he did.⟧"
Ashcombe captain Ollie Greaves said Perera had "⟦p:b|something special⟧". "⟦d:b|He's got time. You can't teach that. The drive he hit through the covers off the new ball - I just stood there and watched,⟧" he said.
Wexley coach Jaco van Rensburg conceded his bowlers had been "⟦p:c|too short, too often⟧". "⟦d:c|We let them off the hook. Tomorrow we have to be a lot better, or this game is gone,⟧" he said.
### 025
@a Berhanu Desta | a former steeplechaser
@b Mercy Jelagat | the women's champion
@c Fiona Quayle | Race director
@d Gerald Fitch | the oldest finisher
Berhanu Desta, a former steeplechaser, broke the course record at the Severnport Marathon on Sunday, finishing in 2hr 05min 31sec despite a stiff headwind along the estuary.
Speaking through an interpreter, Desta said he had decided to go alone at 30km. “⟦d:a|My coach told me to wait until 35. I did not listen to him,⟧” he said, laughing. “⟦d:a|I will apologise to him tonight.⟧”
Mercy Jelagat, the women's champion, won by almost two minutes in 2:21:08. “⟦d:b|The wind was very strong by the river. I said to myself, 'Just keep your arms working',⟧” she said.
“⟦d:b|This is for my daughter. She is three. She was watching on the phone at home.⟧”
Race director Fiona Quayle said a record 18,400 runners had crossed the line. “⟦d:c|The weather tried its best to spoil it, and it didn't. Severnport turned out in force,⟧” she said.
Among them was Gerald Fitch, 81, who was completing his 30th Severnport Marathon. “⟦d:d|I'm slower every year, and I enjoy it more every year,⟧” the oldest finisher said. “⟦d:d|My wife says that's called wisdom. I call it my knees.⟧”

### 026
@a Millbrook City | the club
@b Siobhán Carey | manager
@c - | A source close to the squad
@d Ellie Thorne | Club captain
Millbrook City have sacked manager Siobhán Carey after a run of one win in 12 league games left them second from bottom of the Women's Premier Division.
"⟦d:a|The board would like to thank Siobhán for her hard work and dedication over the past two and a half years,⟧" the club said in a statement. "⟦d:a|However, results have not been at the level required and we felt a change was needed to give us the best chance of survival.⟧"
Carey, who led Millbrook to promotion in her first season, posted on social media on Monday night: "⟦d:b|Gutted. Proud of what we built. Those players will stay up, I have no doubt.⟧"
A source close to the squad said several players had been "⟦p:c|blindsided⟧". "⟦d:c|Nobody saw this coming today. There was a training session planned for tomorrow morning with her,⟧" they said.
Club captain Ellie Thorne said: "⟦d:d|We owe Siobhán a lot. The best way to thank her is to win on Sunday.⟧"
First-team coach Marta Lindgren will take charge on an interim basis.

### 027
@a Amandine Roussel | the world number 14
@b Daria Volkova | Her opponent
@c Jérôme Vasseur | Her coach
Amandine Roussel wept on court after beating Daria Volkova 6-4 3-6 7-5 to reach the final of the Valmont Open on Friday, three years after a knee injury she had feared would end her career.
«⟦d:a|Il y a trois ans, je ne pouvais pas monter les escaliers⟧» («⟦d:a|Three years ago I couldn't climb the stairs⟧»), the world number 14 told the crowd, first in French and then in English.
«⟦d:a|I want to thank my physio, my mother, and everyone who told me to stop. You made me angry, and that helped.⟧»
In her press conference, Roussel said the final set had been «⟦p:a|a fight with myself more than with Daria⟧».
Her opponent was gracious in defeat. «⟦d:b|She played the big points better. That's it. That's tennis,⟧» said Volkova, who had saved three match points in the second set. «⟦d:b|I'm disappointed now, but in one week I will be proud of this tournament.⟧»
Her coach, Jérôme Vasseur, said Roussel had «⟦p:c|never once complained⟧» during her rehabilitation. «⟦d:c|Some days she cried, yes, but she never said ‘why me’. She just did the exercises,⟧» he said.

### 028
@a Bridget Cullinane | Trainer
@b Jack Tierney | the conditional rider
@c Frank Mulvey | a retired plumber from Ballykeel
Trainer Bridget Cullinane described Wexbury's Pride as “⟦p:a|the horse of a lifetime⟧” after the seven-year-old landed the Grand Northern Chase at 33-1 on Saturday.
“⟦d:a|We bought him for four thousand euro because nobody else wanted him. He had a wind problem and a bad attitude,⟧” Cullinane said in the winner's enclosure. “⟦d:a|We fixed the wind. The attitude he still has.⟧”
Jack Tierney, who rode the winner, was recording only the 40th success of his career. “⟦d:b|I was told to sit handy and not get excited. I got excited at the second-last,⟧” the conditional rider said.
Owner Frank Mulvey, a retired plumber from Ballykeel, said he had put “⟦p:c|a tenner each way⟧” on his horse. “⟦d:c|The wife said to put on twenty. I'll be hearing about that for the rest of my life,⟧” he said.
Asked what came next for the horse, Cullinane said: “⟦d:a|A pint. For me, not him. After that, I haven't a notion.⟧”

### 029
@a Iker Zubiaurre | the Team Alzola climber
@b Begoña Arrieta | Alzola team manager
@c Pieter Vandersteen | the overall leader
Iker Zubiaurre, the Team Alzola climber, won the queen stage of the Tour of the Meridian on Wednesday with a solo attack on the final climb to the Col de Sarrat, but could not dislodge the overall leader, Pieter Vandersteen.
«⟦d:a|Hoy he corrido con el corazón⟧» («⟦d:a|Today I raced with my heart⟧»), Zubiaurre said, his voice breaking. «⟦d:a|This victory is for my grandfather, who took me to watch this race when I was six. He died in January.⟧»
Alzola team manager Begoña Arrieta said the team had planned the attack «⟦p:b|since the winter⟧». «⟦d:b|We knew Iker could win here. We did not know he would make it look so easy,⟧» she said.
Vandersteen, who finished 48 seconds behind, keeps the leader's jersey by 1min 12sec going into Saturday's time trial. «⟦d:c|I lost time, but I didn't lose the race. I'm happy,⟧» he said. «⟦d:c|Iker was the strongest today. Chapeau.⟧»

### 030
@b Raymond Stubbs | Dunford chairman
@a Pádraig Lennox | Dunford Rovers manager
The following is an edited transcript of Dunford Rovers manager Pádraig Lennox's press conference after Saturday's 4-0 defeat at Castlebrook, their sixth loss in seven games. Dunford chairman Raymond Stubbs had issued a statement of support for Lennox on Friday.
Q: Pádraig, how do you explain that?
A: I can't, not fully. The first goal came from our own throw-in. After that, heads went.
Q: The away end were singing "⟦s:-|you don't know what you're doing⟧" before half-time. Did you hear it?
A: Course I heard it. They've paid their money. I'd probably be singing it too.
Q: Have you spoken to the chairman since Friday's statement?
A: Briefly, this morning. He said "⟦d:b|keep your head down and win on Saturday⟧". We didn't manage the second part.
Q: Are you worried about your job?
A: I'm worried about Tuesday. Tuesday's the next game. If I start thinking about anything else I'm no use to anyone.
Lennox later told the club's website: "⟦d:a|We owe those supporters a performance, and I owe them an explanation. They'll get both.⟧"

### 031
@a Aleksandar Varga | President
@b Milena Kostić | opposition leader
@c - | An election official who spoke on condition of anonymity
@d Regional Electoral Monitoring Mission | -
@e Goran Petrov | a 58-year-old taxi driver
DRAVEN, Oct 12 — President Aleksandar Varga of Kerovia claimed victory in Sunday's presidential election with partial results giving him 54 percent of the vote, but opposition leader Milena Kostić refused to concede, alleging «⟦p:b|systematic fraud⟧» in rural districts.
«⟦d:a|Narod je govorio⟧» («⟦d:a|The people have spoken⟧»), Varga told cheering supporters outside his party's headquarters shortly after midnight. «⟦d:a|Tomorrow we go back to work for all Kerovians, including those who did not vote for us.⟧»
Kostić, speaking to reporters in the city of Lesna, said her party had documented more than 400 irregularities. «⟦d:b|We have videos of ballot boxes arriving already full. We will not accept these results and we will contest them in every court,⟧» she said.
An election official who spoke on condition of anonymity said turnout in some districts had exceeded 95 percent. «⟦d:c|Those numbers are not normal. Everybody in the commission knows it,⟧» the official said.
The Regional Electoral Monitoring Mission said in a preliminary statement that voting had been «⟦p:d|generally orderly⟧» but that it had «⟦p:d|serious concerns regarding the tabulation process⟧».
In the capital, Goran Petrov, a 58-year-old taxi driver, shrugged. «⟦d:e|Whoever wins, the prices stay the same,⟧» he said.

### 032
@a Ahmet Yavuz | spokesman for the Disaster Coordination Authority
@b Selim Arslan | Interior Minister
@c Leyla Demir | a 34-year-old teacher
@d Emre | One rescuer
@e Sofia Brandt | Its regional director
KESTEL, Feb 7 - Rescuers pulled a nine-year-old girl alive from the rubble of an apartment block in Kestel on Tuesday, nearly 60 hours after a magnitude 7.1 earthquake struck Veral province, as the confirmed death toll rose to 1,340.
"⟦d:a|Every hour that passes makes it harder, but we are still finding people alive, and we will not stop,⟧" said Ahmet Yavuz, spokesman for the Disaster Coordination Authority.
Interior Minister Selim Arslan said more than 9,000 rescue workers were in the region. "⟦d:b|Tents, blankets and field kitchens are reaching every district. Where they have not yet arrived, they will arrive today,⟧" he told reporters.
But in Kestel's Cumhuriyet district, residents said help had been slow to come. Leyla Demir, a 34-year-old teacher, has been sleeping in her car with her two sons. "⟦d:c|For two days nobody came. We dug with our hands,⟧" she said. "⟦d:c|Now there are machines, but it is too late for our neighbours.⟧"
One rescuer, Emre, who had driven 600km with a volunteer team from the coast, said: "⟦d:d|We heard tapping yesterday. Today, nothing. We keep listening.⟧"
The International Relief Federation has launched an appeal for $40 million. Its regional director, Sofia Brandt, said: "⟦d:e|The next 72 hours are about shelter. Night temperatures are already falling below zero.⟧"

### 033
@f - | farmers
@a Rob Featherstone | chairman of the Tenant Farmers' Forum
@c - | One farmer from the Vale of Arlen
@b Deborah Quint | Farming Minister
@d - | A police spokeswoman
Hundreds of tractors brought parts of Westbridge city centre to a standstill on Monday as farmers protested against changes to inheritance rules which they say will “⟦p:f|finish off the family farm⟧”.
Placards reading “⟦s:-|No Farmers, No Food⟧” and “⟦s:-|Stop the Tractor Tax⟧” were fixed to cabs as the convoy crawled along Parliament Road.
Rob Featherstone, chairman of the Tenant Farmers' Forum, told the crowd outside the Assembly building: “⟦d:a|We are not millionaires. We are asset-rich and cash-poor, and this policy doesn't understand the difference.⟧”
“⟦d:a|My father farmed this land, and his father before him. I'd like my daughter to have the same chance.⟧”
One farmer from the Vale of Arlen, who had driven for four hours to be there, said: “⟦d:c|I've never protested in my life. I'm 63. That tells you how desperate people are.⟧”
Farming Minister Deborah Quint said the changes would affect “⟦p:b|only a small minority of the largest estates⟧”. “⟦d:b|I have enormous respect for farmers, and I will keep meeting them, but the figures are clear,⟧” she said.
When her comments were read out over a loudspeaker, a shout of “⟦d:-|Shame!⟧” went up from the back of the crowd.
A police spokeswoman said the protest had been “⟦p:d|peaceful and good-natured⟧” and that all roads had reopened by 4pm.

### 034
@a Nikos Alexiou | Coast guard spokesman
@b Eleni Papadaki | a pharmacist from Larimos
@d - | One fisherman who helped in the rescue
@e Kyanos Lines | The operator
@c Kostas Vlachos | Shipping Minister
PORT ARKADI, Aug 19 — At least 11 people died and 26 were missing after a ferry carrying 340 passengers and crew caught fire and sank off the island of Skiathea early on Monday.
Coast guard spokesman Nikos Alexiou said 303 people had been rescued from the water and from lifeboats. “⟦d:a|The fire started on the vehicle deck and it spread very quickly. The crew began the evacuation within minutes,⟧” he told reporters.
“⟦d:a|The search continues with four vessels, two helicopters and fishing boats from the island. We have not given up hope.⟧”
Eleni Papadaki, a pharmacist from Larimos, said she had jumped into the sea holding her 12-year-old son's hand. “⟦d:b|There was black smoke everywhere. People were screaming names. I told him, ‘Don't let go, whatever happens,’ and he didn't,⟧” she said, speaking by phone from hospital.
One fisherman who helped in the rescue said he had pulled 19 people aboard his boat. “⟦d:d|We saw the flames from the harbour and everybody just went. Nobody asked anybody,⟧” he said.
The operator, Kyanos Lines, said it was “⟦p:e|cooperating fully⟧” with investigators. Shipping Minister Kostas Vlachos promised a “⟦p:c|full and transparent⟧” inquiry. “⟦d:c|If there were failures, those responsible will answer for them,⟧” he said.

### 035
@a Jan Sørvik | Nordhavn's trade minister
@b Rafael Domínguez | His Castellanan counterpart
@r - | a reporter
@c - | A diplomat familiar with the talks
VALDERO, June 3 - Talks on a free trade agreement between Nordhavn and Castellana broke up on Tuesday without a deal after three days of negotiations, with each side blaming the other over fishing quotas.
"⟦d:a|We came here ready to sign. We were asked at the last moment to give away something that is not ours to give - the livelihoods of our coastal communities,⟧" Nordhavn's trade minister, Jan Sørvik, told a news conference.
His Castellanan counterpart, Rafael Domínguez, speaking through an interpreter, said Nordhavn had "⟦p:b|moved the goalposts⟧". "⟦d:b|Our door is open. It was open yesterday, it is open today. But a negotiation is not a list of demands,⟧" he said.
"⟦d:r|Is this deal dead?⟧" a reporter asked Sørvik.
"⟦d:a|Dead? No. Sleeping, perhaps,⟧" he replied.
A diplomat familiar with the talks said the two sides had been "⟦p:c|within a few lines of text⟧" on Monday evening. "⟦d:c|Then somebody made a phone call to a capital, and everything changed,⟧" the diplomat said.

### 036
@a Hélène Marchetti | Regional prefect
@b Yannick Le Goff | commander of the regional fire service
@c Josiane Baudry | the retired schoolteacher
@d - | A campsite manager who asked not to be named
SAINT-ALAIN-DES-PINS, July 28 — More than 8,000 people, many of them holidaymakers, were evacuated overnight as a wildfire fanned by strong winds tore through pine forest in the hills above the resort, officials said on Sunday.
Regional prefect Hélène Marchetti said the fire had burned 3,200 hectares and was «⟦p:a|not under control⟧». «⟦d:a|The wind is our enemy tonight. I ask everyone to follow the instructions of the firefighters, without exception,⟧» she told a briefing.
Colonel Yannick Le Goff, commander of the regional fire service, said 1,100 firefighters and seven water-bombing aircraft had been deployed. «⟦d:b|We are protecting houses street by street. Some we will not save,⟧» he said.
Josiane Baudry, 72, spent the night on a camp bed in a school gymnasium in the town. «⟦d:c|On a tout perdu⟧» («⟦d:c|We've lost everything⟧»), the retired schoolteacher said. «⟦d:c|The house, the photos, my husband's piano. But we are alive, and the cat is in the car.⟧»
A campsite manager who asked not to be named said 600 tourists had left in under an hour. «⟦d:d|The police came at 2am and said ‘now’. Not in five minutes. Now,⟧» he said.
### 037
@e Karim Belkacem | a reporter for the independent weekly Le Phare
@b Samira Belkacem | His wife
@a Adaeze Nwosu | regional director of the Committee for Press Freedom
@c Idris Mansour | Government spokesman
A court in Zarqan has sentenced Karim Belkacem, a reporter for the independent weekly Le Phare, to five years in prison for “⟦s:-|spreading false news⟧”, in a case rights groups say is intended to silence criticism of the government.
Belkacem, 46, was arrested in March after publishing an investigation into land sales on the outskirts of the capital, Bellara.
In his final statement to the court, he said: “⟦d:e|I wrote what I saw and what I could prove. If that is a crime, then I am guilty.⟧”
His wife, Samira Belkacem, speaking outside the courthouse, said the family would appeal. “⟦d:b|Our children asked me this morning when Papa is coming home. What am I supposed to tell them now?⟧”
Adaeze Nwosu, regional director of the Committee for Press Freedom, called the verdict “⟦p:a|a travesty⟧”. “⟦d:a|This is a message to every journalist in Zarqan: look away, or this will be you,⟧” she said in a statement.
Government spokesman Idris Mansour told state television that the courts were “⟦p:c|fully independent⟧”. “⟦d:c|No one in Zarqan is prosecuted for journalism. Mr Belkacem was prosecuted for publishing lies that harmed ordinary citizens,⟧” he said.

### 038
@a Andrés Villalobos | Rescue coordinator
@b Minera Cordillera Sur | -
@c Yolanda Quispe | the wife of one of the trapped men
@d Héctor Mamani | a union leader
SAN TELMO, Nov 2 - Rescuers were drilling a second shaft on Thursday in an effort to reach 14 miners trapped 380 metres underground after a tunnel collapse at a copper mine in the northern highlands.
Rescue coordinator Andrés Villalobos, speaking in Spanish, told reporters at the mine entrance: "⟦d:a|Vamos a sacarlos⟧" ("⟦d:a|We are going to get them out⟧").
"⟦d:a|We have made contact with the group through a borehole. They have air and water, and they told us they are all alive,⟧" he said. "⟦d:a|Now it is a question of days, not hours.⟧"
Minera Cordillera Sur, which operates the mine, said in a statement that it was "⟦p:b|deploying every resource available⟧" and would "⟦p:b|cooperate fully with any investigation⟧".
Yolanda Quispe, the wife of one of the trapped men, has camped at the gate since Monday. "⟦d:c|They let me write a letter to him. I told him the children are fine and the dog is waiting at the door,⟧" she said.
Héctor Mamani, a union leader, said workers had complained about cracks in the tunnel for weeks. "⟦d:d|We warned them in September. We have the letters. Nobody listened,⟧" he said.

### 039
@b Martin Tranter | Her son
@c Asif Rahman | a former pupil who is now a county councillor
@d Joanna Brierley | The current headteacher
@a Evelyn Tranter | -
Evelyn Tranter, who was headteacher of Millbrook Infants' School for 27 years and taught three generations of some families in the town, has died aged 88.
Mrs Tranter joined the school in 1968 as a newly qualified teacher and became head in 1979, retiring in 2006. She was appointed MBE for services to education in 2003.
Her son, Martin Tranter, said she had died peacefully at home on Sunday. “⟦d:b|Mum was a teacher right to the end. She was correcting the carers' grammar last week,⟧” he said. “⟦d:b|She'd want people to know she had a very happy life.⟧”
Asif Rahman, a former pupil who is now a county councillor, said she had been “⟦p:c|the first person outside my family who believed in me⟧”.
“⟦d:c|I arrived in 1974 speaking about ten words of English. She sat with me every lunchtime for a term. I've never forgotten it,⟧” he said.
The current headteacher, Joanna Brierley, said the school would plant a tree in her memory. “⟦d:d|Evelyn came to our summer fair every year until she was 85. The children adored her, even the ones who had no idea who she was,⟧” she said.
In an interview with this newspaper when she retired, Mrs Tranter said: “⟦d:a|I've never had a bad class. I've had bad days, but never a bad class.⟧”

### 040
@d Winston Baptiste | the winger whose goals took Ashby Town to the only major final in their history
@a Ashby Town | -
@b Gordon Lyle | his strike partner in the 1971 cup-winning side
@c Chloe Baptiste | His granddaughter
Winston Baptiste, the winger whose goals took Ashby Town to the only major final in their history, has died aged 79.
Born in St Clement's, he moved to Ashby with his parents at the age of 11 and signed for the club as an apprentice at 16. He scored 112 goals in 341 appearances between 1964 and 1976 and was one of the first black players to play regularly in the old Third Division. He endured racist abuse at many grounds, which he later described as "⟦p:d|part of the job, sadly⟧".
In a statement, Ashby Town said: "⟦d:a|Winston was a trailblazer and a gentleman, and one of the finest players ever to pull on our shirt. Our thoughts are with his family.⟧"
Gordon Lyle, his strike partner in the 1971 cup-winning side, said: "⟦d:b|Quickest man I ever saw over 20 yards. Defenders used to kick him because they couldn't catch him, and he'd just get up and go again.⟧"
"⟦d:b|He never once retaliated. I don't know how. I'd have been sent off every week.⟧"
His granddaughter, Chloe Baptiste, said the family had been "⟦p:c|overwhelmed⟧" by messages. "⟦d:c|Grandad never talked much about himself. We're learning things about him this week we never knew,⟧" she said.
Asked by a supporters' magazine in 2011 how he would like to be remembered, Baptiste said: "⟦d:d|As a good husband first. Then as the lad who beat the full-back.⟧"
A minute's applause will be held before Saturday's home game.

### 041
@a Ingeborg Halvorsen | the marine biologist whose work on cold-water corals changed how deep-sea fisheries are managed
@b Tunde Adeyemi | her longtime colleague at the Skerrin Marine Station
@d Lucía Ferrer | the station's current director
@c University of Aldermoor | -
Ingeborg Halvorsen, the marine biologist whose work on cold-water corals changed how deep-sea fisheries are managed, has died at the age of 91.
Born on the island of Skarvøy, the daughter of a lighthouse keeper, she led the first survey of the Skerrin reefs in 1977 using a borrowed submersible and, as she later put it, “⟦p:a|more optimism than oxygen⟧”.
Her findings, published in 1981, led directly to the closure of large areas of the shelf to bottom trawling.
Tunde Adeyemi, her longtime colleague at the Skerrin Marine Station, said she was “⟦p:b|fearless in the water and in committee rooms⟧”.
“⟦d:b|Ministers were frightened of her. She would arrive with her charts and her photographs and she would not leave until she had what she wanted,⟧” he said. “⟦d:b|Usually she got it.⟧”
Lucía Ferrer, the station's current director, who was her doctoral student in the 1990s, said: “⟦d:d|She read every draft I wrote, in green ink, usually at five in the morning. Her comments were brutal and always right.⟧”
The University of Aldermoor, where she held a chair from 1982 until her retirement, said she had “⟦p:c|transformed our understanding of the deep ocean⟧”.
In her last interview, in 2019, Halvorsen was asked what she would tell young scientists. “⟦d:a|Go and look. Don't model it, don't imagine it. Go and look,⟧” she said.

### 042
@b Renée Beauchamp | his daughter
@c Hiroko Sato | Pianist
@d Bluewater Records | -
@a Lionel Beauchamp | the jazz saxophonist
PORT LAFAYETTE, May 9 — Lionel Beauchamp, the jazz saxophonist, died on Tuesday at his home in Port Lafayette. He was 86.
Known to three generations of fans as ``⟦s:-|Sugar⟧'' for his warm, sweet tone, he played the city's clubs for almost seven decades and was still performing weekly until last autumn.
His daughter, Renée Beauchamp, said he had died in his sleep after a short illness. ``⟦d:b|He played for the nurses on Sunday. He could barely hold the horn, but he played,⟧'' she said.
Beauchamp recorded more than 40 albums, most of them for Bluewater Records, and his 1968 ballad ``⟦s:-|Rain on Delery Street⟧'' became a standard.
Pianist Hiroko Sato, who toured with him for a decade, said he had ``⟦p:c|the biggest ears in the business⟧''. ``⟦d:c|He heard everything you played and answered it. Playing with Lionel was like talking to your smartest friend,⟧'' she said.
Bluewater Records said in a statement that it was ``⟦p:d|devastated⟧'' and would reissue his early recordings later this year.
Asked in 1997 why he had never left Port Lafayette, Beauchamp told an interviewer: ``⟦d:a|Everything I need is within four blocks. The music, the food, my mother's grave. Why would I leave?⟧''

### 043
@a - | his family
@b Michael Doherty | parish priest of St Anne's
@c Nasreen Akhtar | Council leader
@d Harjit Kaur | a volunteer at the food bank since 2015
Gurdev Singh Sandhu, who founded one of Eastfield's first food banks in the basement of the town's gurdwara, has died aged 74.
In a statement, his family said: "⟦d:a|He fed thousands of people and never once asked who they were or where they came from. That was his whole philosophy, and it was his whole life.⟧"
Mr Sandhu arrived in Eastfield in 1971 and worked for 30 years as a bus driver. The food bank he set up in 2009 now serves about 400 families a week.
Father Michael Doherty, parish priest of St Anne's, said he and Mr Sandhu had run a joint winter night shelter for a decade. "⟦d:b|People called us the odd couple. A Sikh bus driver and an Irish priest, arguing about how much sugar to put in the tea,⟧" he said. "⟦d:b|I'll miss those arguments more than I can say.⟧"
Council leader Nasreen Akhtar said the town had lost "⟦p:c|a giant⟧". "⟦d:c|Gurdev never wanted thanks or awards. He just wanted the shelves full,⟧" she said.
Harjit Kaur, a volunteer at the food bank since 2015, said it would open as usual on Saturday. "⟦d:d|That's what he'd want. He'd be furious if we closed for him,⟧" she said.

### 044
@a Dean Scully | HERO dog walker
@b Maureen Gilchrist | Pensioner
@c Tracey | Her daughter
@d - | A coastguard spokesman
HERO dog walker Dean Scully plunged into an icy canal to save a pensioner whose mobility scooter had rolled off the towpath.
The 37-year-old roofer was walking his Staffie, Biscuit, near Hessle Bridge when he heard a splash and a scream.
“⟦d:a|I didn't think about it. I just chucked my phone at the dog and jumped in,⟧” Dean told us.
“⟦d:a|It was freezing. Proper freezing. I got my arm round her and kicked back to the side. A bloke on a bike helped me haul her out.⟧”
Pensioner Maureen Gilchrist, 83, was treated in hospital for hypothermia but is now recovering at home.
“⟦d:b|He's my guardian angel, that lad. I've told him he's getting a Christmas card every year till I die,⟧” she said. “⟦d:b|Which won't be for a while now, thanks to him.⟧”
Her daughter Tracey said: “⟦d:c|We can't thank him enough. Mum's scooter is at the bottom of the canal but Mum isn't, and that's what matters.⟧”
A coastguard spokesman said: “⟦d:d|While we commend his bravery, we would always urge people to call 999 rather than enter the water themselves.⟧”
Dean has been nominated for a community bravery award. Asked how Biscuit had reacted, he laughed: “⟦d:a|He just sat there guarding my phone. Good boy.⟧”

### 045
@b Sunita Varghese | his next-door neighbour
@a Graham Pettifer | a retired bank manager
@c - | A spokesperson for Brenchley District Council
@d - | Another resident who did not want to be named
A row over a 30ft leylandii hedge in a quiet Brenchley cul-de-sac has ended up before a planning inspector after three years, two solicitors and what Sunita Varghese calls "⟦p:b|a small fortune⟧".
Graham Pettifer, a retired bank manager, planted the hedge in 1994 and says it gives him "⟦p:a|privacy and birdsong⟧".
"⟦d:a|It was here before she was. I've got wrens nesting in there. Am I supposed to chop it down because she wants more sun on her patio?⟧" he said.
Mrs Varghese, his next-door neighbour, says the hedge blocks all direct sunlight from her garden after 1pm. "⟦d:b|My tomatoes have given up. My kids have given up. I've asked him nicely, I've asked him through a lawyer. What else can I do?⟧" she said.
A spokesperson for Brenchley District Council said an inspector would visit the site next month. "⟦d:c|We would always encourage neighbours to resolve disputes amicably where possible,⟧" the spokesperson said.
Another resident who did not want to be named said: "⟦d:d|Everyone on the close has picked a side. It's like the Cold War with secateurs.⟧"

### 046
@a Aisling Moran | the council's deputy leader
@b Lesley Tindall | the librarian
@c Robert Ansah | Friends of Fernhill Library chair
@d Zainab Hussein | Mother-of-two
Five of Harnford's 14 libraries will close under budget plans published on Tuesday, as the council tries to fill a £38m gap in its finances.
The council's deputy leader, Aisling Moran, said the authority had been left with “⟦p:a|no good options⟧”.
“⟦d:a|I didn't go into politics to close libraries. Nobody on this council did,⟧” she said. “⟦d:a|But the law says we must set a balanced budget, and the money simply is not there.⟧”
Fernhill, Castle Vale, Ostley, Brook Green and Mardale libraries would shut next April, saving an estimated £1.1m a year.
Lesley Tindall has run Fernhill library for 22 years. “⟦d:b|We're not just books. We do job applications, we help people fill in benefit forms, we're the only warm room some of our regulars have,⟧” the librarian said.
Friends of Fernhill Library chair Robert Ansah said campaigners would “⟦p:c|fight this every step of the way⟧”, including a possible legal challenge.
Mother-of-two Zainab Hussein brings her children to rhyme time every Thursday. “⟦d:d|Where are we supposed to go instead? The next one is two buses away,⟧” she asked.
A public consultation runs until 14 March.

### 047
@d Ian Stacey | Lorry driver
@c Darren Lock | a senior engineer at Wessex County Council
@a Philippa Dunne | assistant coroner
@b Kwabena Osei | Mr Osei's father
A coroner has called for urgent safety improvements at a rural junction where a 21-year-old motorcyclist died, after hearing there had been nine serious crashes there in five years.
Daniel Osei was killed in June last year when his motorcycle collided with a lorry pulling out of Clayhanger Lane onto the B3170 near Tolworthy.
Lorry driver Ian Stacey told the inquest at Tolworthy Town Hall he had looked both ways twice. "⟦d:d|The hedge comes right out to the road. You're blind until your cab is half across. I never saw him,⟧" he said.
Darren Lock, a senior engineer at Wessex County Council, said a scheme to cut back the verge and lower the speed limit had been "⟦p:c|in the programme⟧" since 2021 but had never been funded. Asked by the coroner why, he said: "⟦d:c|There are a lot of junctions and not a lot of money. That's the honest answer.⟧"
Recording a conclusion of road traffic collision, assistant coroner Philippa Dunne said she would issue a prevention of future deaths report. "⟦d:a|It is clear to me that the risk at this junction has been known for years. It cannot be right that it has taken the death of a young man to bring it before this court,⟧" she said.
Mr Osei's father, Kwabena Osei, said outside: "⟦d:b|Daniel loved that bike. He was careful. We want this junction fixed so no other family has to sit where we have sat today.⟧"

### 048
@c Kofi Mensah | her son
@b East Ridings Ambulance Service | -
@a - | A paramedic with 15 years' service
@d Rhodri Vaughan | Local MP
An 86-year-old woman with a broken hip lay on her kitchen floor for 14 hours waiting for an ambulance, her family has said.
Gloria Mensah fell at her home in Haverleigh at about 8pm on Saturday and pressed her personal alarm. An ambulance arrived shortly after 10am the next day.
“⟦d:c|She was cold, she was frightened and she'd wet herself. My mum is the proudest woman I know. She kept apologising to the paramedics,⟧” her son, Kofi Mensah, said.
“⟦d:c|They were wonderful when they came. It's not their fault. But 14 hours? In this country?⟧”
The East Ridings Ambulance Service said it had been under “⟦p:b|extreme pressure⟧” that weekend, with 40 crews held outside hospitals waiting to hand over patients.
“⟦d:b|We are very sorry for the distress caused to Mrs Mensah and her family, and we have contacted them directly,⟧” it said.
A paramedic with 15 years' service, who asked not to be named, told us: “⟦d:a|Last Saturday I did two jobs in a 12-hour shift. Two. The rest of the time I was sitting in a corridor at Haverleigh General with a patient I couldn't hand over.⟧”
“⟦d:a|You listen to the radio and hear the calls stacking up – falls, chest pains, a child fitting – and you can't go. It breaks you.⟧”
Local MP Rhodri Vaughan said he would raise the case in Parliament. “⟦d:d|This is not a one-off. My inbox is full of Gloria Mensahs,⟧” he said.
### 049
@d Greater Harnford Police | -
@a Marcus Hale | Detective Chief Inspector
@b - | A woman in her 60s who has lived on the estate for 30 years
@c Jide Balogun | Ward councillor
Eleven people were arrested and cannabis with an estimated street value of £2m was seized in dawn raids across Harnford on Wednesday, police said.
More than 200 officers took part in the operation, codenamed "⟦s:-|Operation Kestrel⟧", which targeted what Greater Harnford Police described as "⟦p:d|an organised crime group with links across the north⟧".
Detective Chief Inspector Marcus Hale said the investigation had taken 18 months. "⟦d:a|This group has been flooding our streets with drugs and using violence and intimidation to protect its business. Today we've taken them out of circulation,⟧" he said.
"⟦d:a|I'd say to the community: keep talking to us. A lot of what we did today started with a phone call from someone who'd had enough.⟧"
At one address on the Pelham estate, officers used a battering ram to force the door just after 5am.
A woman in her 60s who has lived on the estate for 30 years said: "⟦d:b|I heard the bang and thought it was a gas explosion. Then I looked out and there were police everywhere. Good. About time.⟧"
Ward councillor Jide Balogun said residents had been "⟦p:c|living with this for years⟧". "⟦d:c|People have been scared to walk past certain flats. I hope today is the start of something,⟧" he said.

### 050
@a Morwenna Trethewey | Lifeboat helm
@b - | One of the kayakers
@d Cathy Rowe | mother of one of the pair
@c Penhallow Coastguard | -
Two teenage kayakers were rescued after being swept almost two miles out to sea off Polgarrick on Sunday afternoon.
The pair, both aged 19, had set off from Polgarrick beach at about 2pm but were caught by an offshore wind and a strong ebb tide. One of them managed to call 999 on a phone kept in a waterproof pouch.
Lifeboat helm Morwenna Trethewey said they had been “⟦p:a|very lucky⟧”. “⟦d:a|By the time we reached them they were exhausted and really cold. Another half an hour and it could have been a very different story,⟧” she said.
“⟦d:a|They did one thing absolutely right: they stayed with their kayaks and they had a way of calling for help.⟧”
One of the kayakers said: “⟦d:b|We thought we'd just paddle round to the next cove. Then we looked back and the beach was tiny. I've never been so scared in my life.⟧”
Cathy Rowe, mother of one of the pair, said: “⟦d:d|I'm so angry with him I could scream, and I've hugged him about a hundred times.⟧”
Penhallow Coastguard said offshore winds were “⟦p:c|deceptive⟧” and urged anyone using inflatables or kayaks to check the forecast. “⟦d:c|If it's blowing off the land, stay on the land,⟧” it said.

### 051
@a Farida Rahimi | a consultant in public health at the National Health Protection Agency
@c - | A spokeswoman for Bexmoor General Hospital
@b Olumide Adebayo | manager of Ferndale House care home in Bexmoor
@d Luca Bertolini | Ice cream van driver
An amber heat-health alert has been issued for much of the south and east of the country, with temperatures forecast to reach 34C on Thursday.
Dr Farida Rahimi, a consultant in public health at the National Health Protection Agency, said older people and those with heart or lung conditions were most at risk. "⟦d:a|Check on neighbours and relatives, especially if they live alone. Keep curtains closed during the day and drink plenty of fluids,⟧" she said.
"⟦d:a|Heat is a silent killer. People don't always realise they're unwell until it's serious.⟧"
A spokeswoman for Bexmoor General Hospital said the emergency department had seen "⟦p:c|a noticeable rise⟧" in patients with heat-related illness since the weekend.
Olumide Adebayo, manager of Ferndale House care home in Bexmoor, said staff were handing out ice lollies every two hours. "⟦d:b|The residents think it's a treat. It is, but it's also hydration by stealth,⟧" he said.
Ice cream van driver Luca Bertolini said it had been his busiest week in 11 years. "⟦d:d|I'd sold out of flakes by lunchtime on Tuesday. Never happened before,⟧" he said.

### 052
@a Hilda Fairclough | the former dinner lady
@b Kenny Dobbs | the driver on most days
@c Philip Marsh | managing director of Dalesway Coaches
@d Yvonne Stamper | County councillor
The 4.10 from Kirkby Fell is, most days, a bus with two passengers and a driver who knows them both by name. From October, it will not run at all.
Dalesway Coaches will withdraw the 571 – the only public transport serving seven villages in the upper dale – when its county council subsidy ends next month.
Hilda Fairclough, 84, uses it three times a week: to the doctor's, to the market in Sedbury, and on Fridays to visit her husband's grave. “⟦d:a|People say get a taxi. It's £38 to Sedbury. I get £220 a week,⟧” the former dinner lady said.
“⟦d:a:m|When the bus goes, I'll go into a home. I'm not being dramatic. I can't drive, my son lives abroad and my knees won't do the hill.⟧
“⟦d:a|That bus is the only reason I'm still in my own house.⟧”
Kenny Dobbs, the driver on most days, has been on the route since 2003. “⟦d:b|I carry prescriptions, I carry eggs from the farm to the shop. Once I carried a lamb in a box. It's not a bus, it's a lifeline,⟧” he said. “⟦d:b|Ask anyone up here.⟧”
Philip Marsh, managing director of Dalesway Coaches, said the company could not run the service commercially. “⟦d:c|We carry on average three people a trip. Without support, every trip loses money. I'm sorry, I genuinely am, but we're a small firm,⟧” he said.
County councillor Yvonne Stamper said the authority was looking at a “⟦p:d|demand-responsive⟧” minibus scheme in its place.
Mrs Fairclough was unimpressed. “⟦d:a|Demand-responsive. I've demanded. Nobody's responded.⟧”

### 053
@a Ciarán Ó Dálaigh | Health Minister
@r - | one reporter
@b Noreen Gallagher | general secretary of the Nurses and Midwives Organisation
@c Blessing Okon | Staff nurse
@d Patient Voice | -
Thousands of nurses walked out at 22 hospitals on Tuesday in the first national nursing strike in 40 years, with unions warning of further action unless the government improves its pay offer.
Health Minister Ciarán Ó Dálaigh said the offer of 5 per cent over two years was "⟦p:a|fair and final⟧". "⟦d:a|I respect the right to strike. But there is no more money in the pot, and I will not borrow to fund pay,⟧" he said after a cabinet meeting.
"⟦d:r|Will you meet the union today?⟧" one reporter shouted as he left. "⟦d:a|My door is always open,⟧" he replied, without breaking stride.
Noreen Gallagher, general secretary of the Nurses and Midwives Organisation, said: "⟦d:b|Fair and final? It's neither. We have 4,000 vacancies. Our members are going abroad because they can earn twice as much, and who can blame them?⟧"
Staff nurse Blessing Okon, on the picket line outside St Brendan's Hospital in Carrowmore, said: "⟦d:c|I'm here because I care about my patients, not in spite of it. I've worked three double shifts this month.⟧"
Patient Voice said it was "⟦p:d|deeply concerned⟧" about cancelled appointments but added: "⟦d:d|Patients know the service cannot function without nurses.⟧"
### 054
@a Stevie McAllister | Rothmere Athletic manager
@b Femi Adeyinka | Club captain
@c Sandra Pybus | chair of the Rothmere Supporters' Trust
Rothmere Athletic manager Stevie McAllister apologised to supporters after a 2-0 defeat at Cullerton confirmed the club's relegation after 11 years in the second tier.
“⟦d:a|I'm gutted. I'm embarrassed. I've let those people down, and that's the worst feeling I've had in football,⟧” he said, his voice cracking.
“⟦d:a:m|When I came in, in January, I said we'd fight. And we did fight, some days. But not enough days. Not nearly enough.⟧
“⟦d:a:m|The lads are in bits in there. There's young boys crying. I've told them: remember this. Remember how this feels, so you never feel it again.⟧
“⟦d:a|Am I the right man to take us back up? That's for the chairman to decide, not me. I want to be. I'll tell you that much.⟧”
Club captain Femi Adeyinka said the squad had “⟦p:b|no excuses⟧”. “⟦d:b|We've been told all season we're too good to go down. Well, we're not, are we?⟧” he said.
Sandra Pybus, chair of the Rothmere Supporters' Trust, said fans wanted “⟦p:c|honesty from the top⟧” about the club's finances. “⟦d:c|We need to know there'll be a club to support next August. That's more important than any manager,⟧” she said.

### 055
@a Chidinma Eze | Haverleigh Harriers sprinter
@b Derek Mullins | Her coach
@c Ngozi Eze | Her mother
@d Gail Fenton | headteacher of Haverleigh Academy
Haverleigh Harriers sprinter Chidinma Eze is the fastest 16-year-old in the country after winning the national schools 100m title in 11.41sec on Saturday.
"⟦d:a|I saw the clock and I thought it was wrong. I honestly thought it was broken,⟧" she said. "⟦d:a|Then everyone started screaming.⟧"
Her coach, Derek Mullins, who has trained her since she was 11, said she had "⟦p:b|everything you'd want⟧" in a sprinter. "⟦d:b|She's quick, obviously, but it's her head. She doesn't panic. You can't coach that,⟧" he said.
Her mother, Ngozi Eze, travelled to the championships with Chidinma's two younger brothers. "⟦d:c|I was too nervous to watch. I watched through my fingers,⟧" she said. "⟦d:c|Her dad is working nights, so he made me video-call him from the stand.⟧"
Gail Fenton, headteacher of Haverleigh Academy, said: "⟦d:d|We're so proud of her. She's going to be in assembly on Monday whether she likes it or not.⟧"
Chidinma's next target is selection for the under-18 national team. Asked if she was ready, she said: "⟦d:a|Ready? I've been ready since I was nine.⟧"

### 056
@a Johanna Berglund | a nurse with the charity Hearthstone Aid
@b Yusuf Al-Harthi | Foreign Minister
@e - | A senior official involved in the negotiations
@c Nils Berglund | Her brother
@d Hearthstone Aid | -
QADIRA CITY, Jan 14 — Johanna Berglund, a nurse with the charity Hearthstone Aid, was freed on Tuesday after 17 months as a hostage in the Sarhan desert, following mediation by neighbouring Qadira, officials said.
Berglund, 52, looked thin but was smiling as she stepped off a government plane at Qadira City airport. “⟦d:a|I dreamed of this moment every night. Every single night,⟧” she told reporters on the tarmac. “⟦d:a|I want to say thank you to everyone who did not forget me.⟧”
Foreign Minister Yusuf Al-Harthi, speaking in Arabic through an interpreter, said the release had followed “⟦p:b|months of quiet and patient work⟧”. “⟦d:b|No ransom was paid. This was achieved through dialogue and through the trust that Qadira has built with all the parties,⟧” he said.
A senior official involved in the negotiations, speaking on condition of anonymity, said the talks had nearly collapsed twice. “⟦d:e|There was a moment in November when we thought it was over,⟧” the official said.
Her brother, Nils Berglund, who flew to Qadira on Monday, said: “⟦d:c|She made a joke within the first minute. That's when I knew she was still Johanna.⟧”
Hearthstone Aid said in a statement that it was “⟦p:d|overjoyed and relieved⟧” and asked for privacy for the family.

### 057
@a Rajeshwar Prasad Sinha | chief of the state disaster response force
@b Shabnam Begum | a mother of four from Ramnagar village
@c Anil Bhardwaj | Chief Minister
@d Children's Relief Fund | -
KOSHAN, Aug 8 - At least 63 people have died and more than 400,000 have been displaced after a week of monsoon rains caused the Koshan river to burst its banks in several places, officials said on Thursday.
"⟦d:a|The water level has started to fall in the upper districts, but downstream the situation remains critical,⟧" said Rajeshwar Prasad Sinha, chief of the state disaster response force. "⟦d:a|We have 140 boats in operation and we are prioritising the elderly, children and pregnant women.⟧"
Shabnam Begum, a mother of four from Ramnagar village, was sheltering on a raised railway embankment with dozens of other families. "⟦d:b|Sab kuch beh gaya⟧" ("⟦d:b|Everything was washed away⟧"), she said. "⟦d:b|The goats, the rice, the house. We only have what we are wearing.⟧"
Chief Minister Anil Bhardwaj, who toured affected areas by helicopter, announced compensation of 400,000 rupees for each family that had lost a member. "⟦d:c|No one will be left behind. The state stands with every family,⟧" he said.
The Children's Relief Fund said more than 150,000 children were out of school and warned of a "⟦p:d|serious risk⟧" of waterborne disease.

### 058
@e Alpenair | -
@a Matthias Brenner | Chief executive
@b Katrin Vogel | AeroPilot spokeswoman
@d - | one analyst
@c Sébastien Morel | an analyst at Banque Rive Gauche
Alpenair reported a record first-half operating profit of 612 million euros on Thursday, driven by strong summer demand, but warned that a threatened pilots' strike could cost it «⟦p:e|tens of millions⟧» a day.
Chief executive Matthias Brenner said: «⟦d:a|Our passengers have come back in numbers we have never seen. It would be a tragedy to throw that away in August.⟧»
The pilots' union AeroPilot has threatened walkouts over the summer holidays after talks on pensions broke down. AeroPilot spokeswoman Katrin Vogel said: «⟦d:b|Record profits and no money for pensions? Our members do not understand that, and neither do I.⟧»
«⟦d:b|We are ready to talk tomorrow morning. The company knows our phone number.⟧»
On a conference call, one analyst asked: «⟦d:d|Can you give us a number for the cost of a one-week strike?⟧» Brenner declined. «⟦d:a|I don't want to give the union a price list,⟧» he said.
Sébastien Morel, an analyst at Banque Rive Gauche, said the results were «⟦p:c|excellent on paper⟧» but that «⟦p:c|the labour risk is now the whole story⟧».

### 059
@a Jonathan Brightwell | prosecutor
@b Vanessa Chau | a former finance director of Crestline Homes
@d Alan Pearce | Crestline's former chief executive
@c Ravinder Gill | Ms Chau's barrister
A former finance director moved almost £3.4m from her employer's accounts to pay for a villa, a yacht mooring and private school fees, a jury at Carverton Crown Court has heard.
Vanessa Chau, 49, a former finance director of Crestline Homes, denies 14 counts of fraud by abuse of position.
Opening the case, prosecutor Jonathan Brightwell KC told jurors: ``⟦d:a|This was not a moment of madness. It was a carefully engineered scheme that ran for more than four years, and it was hidden in plain sight.⟧''
He said Ms Chau had created invoices from a company called Northwind Consulting, which had ``⟦p:a|no staff, no office and no clients other than Crestline⟧''.
The jury was shown an email Ms Chau allegedly sent to a junior colleague in March 2021, which read: ``⟦d:b|Just get it processed before the auditors arrive. I'll explain later.⟧''
Crestline's former chief executive, Alan Pearce, told the court he had ``⟦p:d|trusted her completely⟧''. ``⟦d:d|She was the best finance director I ever worked with. That is what makes this so painful,⟧'' he said.
Cross-examining Mr Pearce, Ms Chau's barrister, Ravinder Gill KC, asked: ``⟦d:c|Isn't it right that you signed off every one of those payments yourself?⟧''
``⟦d:d|I signed what was put in front of me,⟧'' Mr Pearce replied.
The trial continues.

### 060
@a Aisha Siddiqui | -
@b Oscar Lund | -
@e Freddie | his twin brother
@c Nkechi Obi | Principal
@d - | One father
Students at Kelvin Park Sixth Form College celebrated a record set of A-level results on Thursday, with 38 per cent of entries graded A* or A.
Aisha Siddiqui, who achieved three A*s and will study medicine at Aldermoor, opened her envelope with her mother and grandmother. “⟦d:a|I've been sick with nerves since Sunday. I actually was sick this morning,⟧” she said. “⟦d:a|My nani cried. Then my mum cried. Then I cried. It was a lot of crying.⟧”
Oscar Lund and his twin brother, Freddie, got identical grades – A, A, B – and are both off to study engineering, at different universities.
“⟦d:b|We didn't plan it. Honestly. It's a bit creepy,⟧” said Oscar.
“⟦d:e|It's the first time in 18 years we'll be apart,⟧” Freddie added. “⟦d:e|Mum's more upset about that than anything.⟧”
Principal Dr Nkechi Obi said the results were “⟦p:c|a testament to resilience⟧” from a year group whose GCSEs had been disrupted by the pandemic. “⟦d:c|These young people sat their first ever formal exams at 18. They've done extraordinarily well,⟧” she said.
One father, waiting in the car park, said: “⟦d:d|I'm more nervous than he is. He's inside, I'm out here chewing my nails.⟧”

### 061
@a Dawn Whitaker | Chief Fire Officer
@b Kerry Barnes | His wife
@c Tony Ruddock | Watch manager
@d Lee Hartigan | regional secretary of the Firefighters' Union
Tributes have been paid to a firefighter who died while tackling a house fire in Ormsby on Tuesday night.
Craig Barnes, 41, a father of three who had served with Ormsby Fire and Rescue for 17 years, became trapped when a floor collapsed on the first storey of the property in Greaves Street.
Chief Fire Officer Dawn Whitaker, her voice breaking, said: "⟦d:a|Craig died doing what he loved, protecting the people of Ormsby. He went into that building to make sure nobody was left inside. He was a hero, and he was our friend.⟧"
"⟦d:a|Our thoughts are with Kerry and the children. We will look after them. That is a promise.⟧"
His wife, Kerry Barnes, said in a statement released by the service: "⟦d:b|Craig was the best husband and the best dad. The kids keep asking when he's coming home from work. We are lost without him.⟧"
Watch manager Tony Ruddock said Barnes had been "⟦p:c|the joker of the station, and the first one through the door⟧". "⟦d:c|If you were in a tight spot, you wanted Craig next to you. Every single one of us would say that,⟧" he said.
Lee Hartigan, regional secretary of the Firefighters' Union, said: "⟦d:d|Every firefighter knows the risk. That doesn't make this any easier to bear.⟧" He said the union would work with investigators to "⟦p:d|find out exactly what happened⟧".
Flags at fire stations across the county flew at half mast on Wednesday.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh70.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh70",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
