# ruff: noqa: E501
"""Build ``quotes_fresh32.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is breaking and
running news (wire-style updates, disasters, conflict, transport accidents, storms),
regional and local news (schools, hospitals, planning rows, farming) and long-form
profiles and oral-history pieces.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh32-NNN``.

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

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh32.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh32.jsonl")

PASSAGES = """
### 001
@a Kerstin Vallander | a spokeswoman for Nordbana Rail
@b Tomas Ekwall | the regional fire chief
@c - | one passenger
@d - | a woman who lives beside the line
UPDATE 3 - Derailment near Hållsta: at least 14 hurt, two critically
HÅLLSTA, March 4 (Northwire) - A passenger train carrying about 220 people left the tracks just outside Hållsta station on Tuesday morning, injuring at least 14 people, two of them critically, emergency services said.
"⟦d:a|We can confirm that the 07:42 service from Kessby derailed at low speed on the approach to Hållsta,⟧" said Kerstin Vallander, a spokeswoman for Nordbana Rail. "⟦d:a|Our thoughts are with everyone on board and with their families.⟧"
The front two carriages came to rest at an angle against an embankment. Tomas Ekwall, the regional fire chief, said crews had cut through a door to reach the driver.
"⟦d:b|He was conscious and talking to us the whole time,⟧" Ekwall told reporters at the scene. "⟦d:b|That is the best news we have had this morning.⟧"
One passenger, who had been sitting in the third carriage, said the train "⟦p:c|shuddered twice and then just tipped⟧". "⟦d:c|People were thrown into the aisle. A man next to me was holding his arm and a little girl was screaming for her mother,⟧" she said.
A woman who lives beside the line said she heard "⟦p:d|a long scraping noise, like metal on stone⟧" a few seconds before the carriages stopped.
Vallander said it was too early to say what had caused the derailment. "⟦d:a|We will not speculate. The accident investigation board is on its way,⟧" she said.
Services between Kessby and Tornvik were suspended for the rest of the day.

### 002
@a Gethin Pryce | a dairy farmer
@b Anwen | his wife
@c Dafydd Rowlands | leader of Ceredig Vale council
@e Coastal Weather Service | -
Storm Isolde tore roofs from farm buildings and left more than 9,000 homes without power across the Teifan hills overnight, as gusts reached 94mph on exposed ground.
At Pant-y-Fedwen, above the village of Llanwern Fach, Gethin Pryce, a dairy farmer, spent the small hours moving 140 cows out of a shed whose roof had begun to lift.
“⟦d:a|You could hear the sheets banging like gunshots,⟧” he said. “⟦d:a|I thought, if that comes off with the cows under it, we’re finished.⟧”
His wife, Anwen, held the torch while he worked. “⟦d:b|We didn’t have time to be frightened. That came afterwards, at about six, with a cup of tea,⟧” she said.
The Coastal Weather Service said the storm had been “⟦p:e|one of the most intense of the past decade⟧” for the region and kept an amber warning in place until midday. “⟦d:e|Further damaging gusts are likely, especially on high ground and around headlands,⟧” it said.
Cllr Dafydd Rowlands, leader of Ceredig Vale council, said road crews had cleared 60 fallen trees by dawn but that several lanes would stay shut into the weekend.
“⟦d:c|Please don’t drive unless you must. There are lines down that you won’t see until you are right on top of them,⟧” he said.
Back at the farm, Pryce was counting the cost. “⟦d:a|The insurance will cover some of it. It won’t cover the milk we’ve had to pour away,⟧” he said.

### 003
@a Élodie Sagna | a 61-year-old retired teacher
@b Idrissa Faye | a spokesman for the army’s Northern Command
@c Moussa | a soldier who gave only his first name
@d Patriotic Front of Haut-Kéra | -
@e - | an aid worker with a medical charity in the town
MIRAVELLE, Daroussa - The shelling began a little after 4am and did not stop until the light came up over the grain silos on the eastern edge of town.
By mid-morning Élodie Sagna, a 61-year-old retired teacher, was sweeping glass from the floor of her kitchen, its window blown in by a blast two streets away.
«⟦d:a|Nous ne partirons pas. C’est notre maison⟧», she said, leaning on the broom. «⟦d:a|We will not leave. This is our house.⟧»
Col. Idrissa Faye, a spokesman for the army’s Northern Command, said at least nine civilians had been killed overnight in Miravelle and two nearby villages. «⟦d:b|These were not military targets. There is a school, a market and a water tower,⟧» he told reporters in the capital.
The Patriotic Front of Haut-Kéra, which has held the hills north of the town since the spring, said in a post on social media that its fighters had struck «⟦p:d|positions used by the occupying forces⟧» and denied hitting homes.
At the checkpoint on the Kéra road, a soldier who gave only his first name, Moussa, said the night had been the worst since he arrived in June. «⟦d:c|You count the seconds between the whistle and the impact. After a while you stop counting,⟧» he said.
An aid worker with a medical charity in the town, who asked not to be named because she was not authorised to speak to the press, said the only clinic was running on a generator with fuel for three more days. «⟦d:e|After that we are doing surgery by torchlight,⟧» she said.
Sagna said her son had called from the coast begging her to come. «⟦d:a|I told him, who will water the tomatoes?⟧» she said, and laughed for the first time that morning.

### 004
@a Helen Marchbank | chair of Cullerby Primary’s parent-teacher association
@b Ruth Amadi | the school’s head teacher
@c Sandra Pell | the council’s cabinet member for education
@d - | one mother
@e Cullerby and District Council | -
Parents in Cullerby have vowed to fight a plan to close the village’s only primary school, after the council said falling rolls made it “⟦p:e|no longer viable⟧” to keep it open beyond next July.
The school has 47 pupils on roll in a building designed for 120. Under the proposals, children would be bussed eight miles to a new academy on the edge of Hexford.
Helen Marchbank, chair of Cullerby Primary’s parent-teacher association, said more than 300 people had signed a petition in four days.
“⟦d:a|This school is the village. Close it and you might as well put a fence round the place and call it a retirement park,⟧” she said. “⟦d:a|Young families won’t move here if their five-year-olds are on a bus for forty minutes each way.⟧”
Ruth Amadi, the school’s head teacher, said she had learned of the plan “⟦p:b|in the same email as everyone else⟧”.
“⟦d:b|My job is to keep teaching these children as well as I can, and that is what we will do, whatever is decided,⟧” Mrs Amadi said. “⟦d:b|But I would have liked to be asked.⟧”
Sandra Pell, the council’s cabinet member for education, defended the consultation. “⟦d:c|Nobody goes into local government wanting to shut a village school,⟧” she said. “⟦d:c|But we are spending nearly twice as much per pupil in Cullerby as the county average, and that money comes from somewhere.⟧”
At the school gate on Wednesday afternoon, one mother with a toddler on her hip was blunter. “⟦d:d|They’ve already decided. This consultation is a box they have to tick,⟧” she said.
Cullerby and District Council said in a statement that “⟦p:e|no final decision⟧” had been taken and that the consultation would run until 14 February.

### 005
@a Priya Venkataraman | a consultant in emergency medicine
@b Colm Duggan | the Royal Ashford Infirmary’s chief executive
@c Maureen Lythe | -
@d Carol | her daughter
@e - | a senior nurse who asked not to be named
Ambulances queued for up to nine hours outside the Royal Ashford Infirmary over the weekend as the hospital declared a critical incident for the second time this month.
Dr Priya Venkataraman, a consultant in emergency medicine, described the department on Saturday night as “⟦p:a|a corridor with a hospital attached⟧”.
“⟦d:a|We had 61 patients in a space built for 30. We were treating people on chairs, in the ambulance bay, in the relatives’ room. I have worked here for 14 years and I have never seen it like this,⟧” she said.
Among them was Maureen Lythe, 88, who fell at home in Brackwell on Friday afternoon and waited seven hours on her kitchen floor for an ambulance.
“⟦d:c|I kept telling them, I’m fine, there are people worse off than me,⟧” Mrs Lythe said from a trolley on Sunday. “⟦d:c|But I wasn’t fine, was I? I’d broken my hip.⟧”
Her daughter, Carol, said she had found the wait “⟦p:d|frightening and humiliating⟧” for her mother. “⟦d:d|The paramedics were wonderful when they got there. They were just as upset as we were,⟧” she said.
A senior nurse who asked not to be named said staff were “⟦p:e|running on empty⟧”. “⟦d:e|People are crying in the sluice room and then going back out and smiling. You can only do that for so long,⟧” she said.
Colm Duggan, the Royal Ashford Infirmary’s chief executive, apologised to patients. “⟦d:b|This is not the standard of care we want to give, and I am sorry to everyone who has waited far too long,⟧” he said, adding that 112 patients in the hospital were medically fit to leave but had no care package in place.
“⟦d:b|Until we can get people home safely, the front door stays blocked,⟧” he said.

### 006
@a Agnes Mulholland | -
@b Ruari | her son
Agnes Mulholland was 23 when she married a lighthouse keeper and moved, with two suitcases and a sewing machine, to Rathlin Mór, a rock in the Atlantic with no trees, one road and a light that had to be wound by hand every forty minutes.
She is 91 now, and lives in a bungalow in Ballyconnell with a view of nothing more dramatic than a car park. But ask her about the island and the decades fall away.
"⟦d:a:m|The first winter I thought I'd die of it. Not the cold, you got used to the cold. The quiet. Hugh would be up in the tower all night and I'd lie there listening to the sea, and it was like the sea was talking, and not in a friendly way.⟧
"⟦d:a:m|Then the spring came and the puffins came back, thousands of them, and I'd go down to the cliffs with the children and we'd lie on our stomachs and watch them. And I thought, well, Agnes, there's worse places.⟧
"⟦d:a|There's worse places.⟧"
The family stayed for 19 years. Three of her four children were born there; one, delivered during a storm in 1962, arrived before the relief boat could land the midwife.
"⟦d:a|Hugh delivered him. He'd read a book about it,⟧" she said. "⟦d:a|He was white as a sheet after. I was grand.⟧"
That child is her son Ruari, now 62, who drove his mother to the interview and sat in the corner correcting her dates.
"⟦d:b|It was '63, Mammy,⟧" he said.
"⟦d:a|It was '62. I was there,⟧" she said. "⟦d:a|You were busy being born.⟧"
When the light was automated in 1974, the family was given six weeks to leave. Mrs Mulholland still has the letter.
"⟦d:a|Six weeks, after nineteen years. Hugh never really got over it. He'd stand at the window in Ballyconnell looking west as if he could see the light from there,⟧" she said.

### 007
@a Dana Whitcombe | a spokeswoman for the Sierra Cobre Fire District
@b Luis Arredondo | -
@c Renata Okafor-Bates | Sheriff
@d - | one evacuee
@e National Forecast Office | -
UPDATED 6:40 p.m. - The Tinaja Fire has grown to more than 11,000 acres and forced the evacuation of about 3,200 residents in three canyon communities east of Paloma Springs, officials said Thursday.
``⟦d:a|We are seeing extreme fire behavior, with spotting up to half a mile ahead of the front,⟧'' said Dana Whitcombe, a spokeswoman for the Sierra Cobre Fire District. ``⟦d:a|Containment is zero percent.⟧''
Sheriff Renata Okafor-Bates said deputies had gone door to door in Arroyo Seco and Cold Creek through the afternoon. ``⟦d:c|If you are told to go, go. Do not wait to see the flames,⟧'' she said.
The National Forecast Office warned that gusts of up to 55 mph were expected overnight. ``⟦d:e|Any fire that starts will spread rapidly,⟧'' it said in a red flag warning.
At an evacuation center in the Paloma Springs High School gym, Luis Arredondo, 74, sat on a cot with his two dogs and a shoebox of photographs.
``⟦d:b|That's what I grabbed. The dogs and the pictures. Everything else is just stuff,⟧'' he said.
One evacuee, still in her work uniform, said she had been unable to reach her street. ``⟦d:d|My kids are with my sister. I don't know if my house is there,⟧'' she said.
### 008
@a Marit Solheim | duty controller at Vestby Coastguard
@b Nordkyst Ferries | -
@c - | a lorry driver travelling to Bergvik
@d Jonas Lie-Haugen | the harbourmaster
Two die as ferry and fishing boat collide in fog off Skarvøy
Two fishermen died and a third was missing on Friday after their boat was struck by a car ferry in thick fog at the mouth of the Skarvøy sound, the coastguard said.
The MS Kvitfjell, operated by Nordkyst Ferries, was carrying 96 passengers and 31 vehicles on its first crossing of the day to Bergvik when it hit the 12-metre trawler Havørn shortly before 6am.
"⟦d:a|The ferry raised the alarm immediately and launched its own rescue boat, which recovered two men from the water,⟧" said Marit Solheim, duty controller at Vestby Coastguard. "⟦d:a|Sadly, both were pronounced dead on arrival in Bergvik.⟧"
A helicopter and three lifeboats were still searching for the third crew member on Friday afternoon. "⟦d:a|Visibility is improving and the water is not as cold as it would be in winter. We have not given up,⟧" Solheim said.
Nordkyst Ferries said it was "⟦p:b|deeply shocked⟧" and was cooperating fully with investigators. "⟦d:b|Our captain and crew acted quickly and professionally in very difficult conditions,⟧" the company said.
A lorry driver travelling to Bergvik said he had felt "⟦p:c|a bang, not very loud⟧" and assumed the ferry had touched the quay early. "⟦d:c|Then the crew ran past us with life jackets and we understood it was something serious,⟧" he said.
The harbourmaster, Jonas Lie-Haugen, said fog had closed the sound four times that week. "⟦d:d|Everybody here knew those men. This is a small place,⟧" he said.

### 009
@a Siobhán Ní Bhriain | a poultry farmer near Clonmoyle
@b Animal Health Directorate | -
@c Pádraig Ó Súilleabháin | president of the Munster Poultry Growers’ Association
@d - | a neighbour who keeps a few hens
@e Fionnuala Keane | a veterinary epidemiologist at University College Ballinard
A second outbreak of avian influenza has been confirmed in County Ardmore, and all 38,000 birds on the affected farm will be culled, the Animal Health Directorate said on Monday.
A 10km surveillance zone has been placed around the site near Clonmoyle, restricting the movement of poultry, eggs and litter on about 40 other holdings.
Siobhán Ní Bhriain, a poultry farmer near Clonmoyle whose own flock of 6,000 hens lies just inside the zone, said she had not slept since hearing the news.
“⟦d:a|You go out every morning and you look at them and you’re checking for any sign, any bird that’s quiet in the corner,⟧” she said. “⟦d:a|It’s like waiting for a phone call you don’t want.⟧”
The directorate said the risk to public health was “⟦p:b|very low⟧” and that properly cooked poultry and eggs were safe to eat. “⟦d:b|Flock owners must house their birds and report any signs of disease immediately,⟧” it said.
Pádraig Ó Súilleabháin, president of the Munster Poultry Growers’ Association, said compensation rates had not kept pace with feed and energy costs. “⟦d:c|A man can do everything right and still lose his whole business in a week. The State has to stand behind these families,⟧” he said.
A neighbour who keeps a few hens in her back garden said she had been told to bring them indoors. “⟦d:d|They’re in the utility room now. My husband is not impressed,⟧” she said.
Dr Fionnuala Keane, a veterinary epidemiologist at University College Ballinard, said wild birds arriving for the winter were the most likely source. “⟦d:e|We are seeing the virus in gulls and geese along the whole south coast. Biosecurity on farms is the only firewall we have,⟧” Dr Keane said.

### 010
@a Eleanor Fairbrother | Judge
@b Darren Quayle | the 34-year-old
@c Hannah Okoro | prosecuting
@d Tariq Lomax | -
@e Sheila Brennan | Mr Brennan's widow
A van driver who killed a cyclist while looking at his phone was jailed for six years on Thursday, after a judge told him he had made a "⟦p:a|selfish and deadly choice⟧".
Darren Quayle, of Marsh Lane, Caddington, had admitted causing the death of Michael Brennan, 58, by dangerous driving on the A614 last October.
Hannah Okoro, prosecuting, told Harrowden Crown Court that phone records showed Quayle had been scrolling through a video app for 22 seconds before the collision. "⟦d:c|At no point in those 22 seconds was he looking at the road,⟧" she said.
In a statement read to the court, Mr Brennan's widow, Sheila Brennan, said she still set two places at the table without thinking. "⟦d:e|Mick went out for a bike ride on a sunny morning and he never came home. I will never understand why a video was worth more than his life,⟧" she wrote.
Tariq Lomax, who represented Quayle, said his client was "⟦p:d|consumed by shame⟧". He read from a letter the defendant had written to the Brennan family.
"⟦d:b|There is nothing I can say that will make this better. I took your husband and your dad from you and I think about that every single day,⟧" the 34-year-old wrote. "⟦d:b|I don't ask you to forgive me.⟧"
Sentencing him, Judge Eleanor Fairbrother said she accepted his remorse was genuine. "⟦d:a|But remorse cannot undo what you did. Every driver in this country knows the danger of using a phone at the wheel, and you chose to do it anyway,⟧" she said.
Quayle was also banned from driving for nine years.

### 011
@a Folasade Adeyemi-Cole | -
@b Abeke | my grandmother
@c Tern House | her publisher
Folasade Adeyemi-Cole's third novel, "⟦s:-|The Salt Orchard⟧", follows three generations of women running a guesthouse in a fading seaside town. Her publisher, Tern House, has called it "⟦p:c|the most assured book of her career⟧". She spoke to us from her home in Saltmarsh Bay.
Q: The book is set in a town that looks a lot like this one. How much of it is real?
A: The weather is real. The people are stitched together from a hundred people I've met on the seafront, and a few I've met in my own kitchen. My mother will tell you she's not in it. She's in it.
Q: The guesthouse is almost a character in itself.
A: It is. I grew up in one, so I know the smell of a full English at seven in the morning and the sound of a hoover at eleven. You never get to be off duty in a guesthouse. There's always a knock.
Q: Why three generations?
A: Because I wanted to write about what gets handed down that nobody asked for. My grandmother Abeke used to say, "⟦d:b|You inherit the house and you inherit the cracks.⟧" I must have been nine when I first heard that. It took me thirty years to write a book about it.
Q: Is there a fourth book under way?
A: There's a notebook. Ask me in a year.
After the interview she walked us to the door, past a framed photograph of a peeling white building with a sign reading "⟦s:-|Vacancies⟧". "⟦d:a|That was ours,⟧" she said. "⟦d:a|It's flats now. Everything's flats now.⟧"

### 012
@a Rosario Villalba Echeverría | a 45-year-old shopkeeper
@b National Seismological Institute | -
@c Ignacio Ruiz-Tagle | the mayor of San Lucas del Monte
@d - | a Red Cross volunteer
@e Hernán | her brother-in-law
SAN LUCAS DEL MONTE - Rescuers dug through the night on Sunday for survivors of a magnitude 6.8 earthquake that flattened much of this hillside town, killing at least 43 people.
The National Seismological Institute said the quake struck at 9:14 p.m. at a depth of 18 kilometres, and that more than 60 aftershocks had followed. "⟦d:b|Further strong aftershocks cannot be ruled out in the coming days,⟧" the institute said.
On Calle Mercedes, where a three-storey building housing a bakery and six flats had folded in on itself, Rosario Villalba Echeverría, a 45-year-old shopkeeper, stood with her hands pressed to her mouth as a crane lifted a slab.
"⟦d:a|¡Todavía hay gente ahí abajo!⟧" she shouted at a passing police officer. "⟦d:a|There are still people down there!⟧"
Her brother-in-law Hernán lived on the second floor. Neighbours said he had been heard calling out shortly after midnight. By dawn there had been no sound for hours.
"⟦d:e|I'm here, I'm here, get my leg,⟧" he had shouted, according to a Red Cross volunteer who was among the first to reach the building. "⟦d:d|We could hear him. We just couldn't reach him,⟧" the volunteer said.
The mayor of San Lucas del Monte, Ignacio Ruiz-Tagle, said the town had run out of body bags by morning and had asked the army for tents and water. "⟦d:c|Half of our houses are adobe. They were built by our grandparents and they came down like sugar,⟧" he said.
Ruiz-Tagle said schools would stay closed for at least two weeks. "⟦d:c|We will rebuild,⟧" he said. "⟦d:c|But today we are burying people.⟧"

### 013
@a Alasdair McVicar | a sheep farmer who would host four of the turbines
@b Fiona Beaton | spokeswoman for Save Glen Orrin
@c Vattgrid Renewables | -
@d - | one protester
@e Catriona MacLeod | the planning committee's convener
More than 200 people packed the village hall in Strathorrin on Tuesday night as councillors considered plans for a 14-turbine wind farm on the hills above Glen Orrin.
Outside, protesters held placards reading "⟦s:-|Hands off our glen⟧" and "⟦s:-|Wind yes, here no⟧", and chanted "⟦s:-|Not here, not now⟧" as councillors arrived.
Fiona Beaton, spokeswoman for Save Glen Orrin, said the turbines, each 180 metres tall, would be visible from "⟦p:b|every house, every path and every summit for twenty miles⟧". "⟦d:b|We are not against renewable energy. We are against industrialising one of the last wild glens in this part of the country,⟧" she said.
She rejected the label "⟦s:-|Nimby⟧". "⟦d:b|If caring about the place you live makes me a Nimby, then fine, I'm a Nimby,⟧" she said.
Alasdair McVicar, a sheep farmer who would host four of the turbines, said the rent would keep his farm going for another generation. "⟦d:a|My family has farmed this hill for two hundred years. I'd like there to be a third century,⟧" he said. "⟦d:a|People who come up here at weekends don't see what it costs to keep it looking like this.⟧"
One protester shouted "⟦d:d|Sellout!⟧" from the back of the hall, and the convener called for order.
Vattgrid Renewables said the wind farm would power 90,000 homes and pay £700,000 a year into a community fund. "⟦d:c|We have listened carefully and reduced the height of the turbines nearest the road,⟧" the company said.
After four hours of debate the committee deferred a decision. "⟦d:e|We need to see the revised visual assessments before anyone votes on this,⟧" said Catriona MacLeod, the planning committee's convener.

### 014
@a Northern Rivers Agency | -
@b Kirsty Rawdon | the police commander for the incident
@c - | a resident of Mill Street
@d Jamal Okereke | the landlord of the Ferryman pub
@e Lindsey Ward | the mayor of Kelderby
Kelderby floods: live updates
07:15 - The River Kell has burst its banks at Kelderby overnight after 70mm of rain fell in 24 hours. The Northern Rivers Agency has issued a severe flood warning, meaning a danger to life, for the town centre and the Holme Road estate.
07:32 - The agency says river levels at the Kelderby Bridge gauge are the highest since records began in 1968. “⟦d:a|Levels are still rising and are not expected to peak until late morning,⟧” it said in its latest update.
08:05 - Supt Kirsty Rawdon, the police commander for the incident, says about 400 homes are being evacuated. “⟦d:b|Officers and firefighters are going door to door. If you are asked to leave, please leave and take your medication with you,⟧” she said.
08:40 - A rest centre has opened at Kelderby Leisure Centre. A resident of Mill Street who arrived there with her two children and a cat in a carrier told our reporter the water came in “⟦p:c|like someone had opened a tap under the floor⟧”.
“⟦d:c|We moved the sofa upstairs at midnight and then just sat on the stairs watching it come up, step by step,⟧” she said.
09:20 - Jamal Okereke, the landlord of the Ferryman pub, has been posting videos of the water lapping at his bar. “⟦d:d|Three feet in the lounge and rising. Third time in six years. Don’t come for a pint today folks,⟧” he wrote.
10:02 - Supt Rawdon says two people have been rescued by boat from a car on Holme Road. Both are uninjured.
10:30 - The mayor of Kelderby, Lindsey Ward, says the town has been “⟦p:e|let down again⟧” after a promised flood defence scheme was delayed last year.
“⟦d:e|We were told the wall would be built by 2025. There isn’t a single stone of it in the ground. People here are exhausted,⟧” she said.
11:15 - The agency says the river appears to have peaked at 4.9m. “⟦d:a|Flooding will continue through the day and we urge people not to walk or drive through flood water,⟧” it said.

### 015
@a Jean Haworth | -
@b Maggie Foulds | -
@c Terry | Jean's husband
@d Brenda Kaye | the youngest of the women
In the spring of 1984 the women of Thornsett, a pit village of 1,200 people in the Calderwick valley, took over the Miners’ Welfare kitchen and kept it open for 51 weeks. Forty years on, three of them sat down together to remember. Jean Haworth was 34, with three children and a husband on the picket line. She ran the kitchen.
"⟦d:a:m|We started with a tea urn and a box of tins from the Co-op. By the summer we were doing 300 dinners a day. People sent money from all over, from London, from Wales, there was a parcel from a women's group in Belgium once with chocolate in it, and I cried over that chocolate, I'm not ashamed to say.⟧
"⟦d:a|Nobody went hungry in Thornsett. That's the thing I'm proudest of in my whole life, apart from the kids.⟧"
Maggie Foulds ran the collection buckets, standing outside supermarkets in Brackenfield and Dunmoor every Saturday.
"⟦d:b|You'd get spat at some weeks. Other weeks a lady would put a twenty-pound note in, which was a lot of money then, and squeeze your hand,⟧" Maggie said. "⟦d:b|You never knew which it was going to be.⟧"
Jean's husband, Terry, had come in halfway through with a plate of biscuits, and stayed. "⟦d:c|The women kept us going. That's the truth of it. We'd have gone back by Christmas without them,⟧" he said.
"⟦d:a|You'd have gone back by August,⟧" Jean said, and everyone laughed, Terry included.
Brenda Kaye, the youngest of the women, was only 19 in 1984. She says it was the strike that made her.
"⟦d:d|Before that I'd never spoken in front of more than about five people. By the end I was speaking at rallies in Halderby. Jean made me do it. She said, 'You've got a voice, use it,'⟧" she said.
"⟦d:a|I don't remember that,⟧" Jean said.
"⟦d:d|You wouldn't. You said a lot of things,⟧" Brenda said.
The pit closed in 1993. The Welfare is a carpet warehouse now. But every March the women still meet for dinner, and Jean still does the cooking.

### 016
@a Henrike Vos | the special envoy of the Council of Northern States
@b - | a senior diplomat briefed on the talks
@c Tamaz Kvirikashvili | the commander of Karvelian forces in the south
@d Askarian foreign ministry | -
@e Marguerite Holloway | chair of the parliament’s foreign affairs committee
@f - | a Karvelian official
BRENNHOLM, June 11 - Talks on a ceasefire between Karvelia and Askaria ended a third day without agreement on Wednesday, with the two sides still divided over the withdrawal of heavy weapons from the Suram corridor.
Henrike Vos, the special envoy of the Council of Northern States, who is chairing the talks, said progress had been “⟦p:a|real but fragile⟧”.
“⟦d:a|Nobody should expect a signed document this week. What I can tell you is that both delegations are still in the room, and a week ago that was not the case,⟧” she told reporters outside the Hotel Kastanjehof.
A senior diplomat briefed on the talks said the sticking point was the sequencing of the withdrawal. “⟦d:b|Each side wants the other to move first, and neither trusts the monitors to be there in time,⟧” the diplomat said.
In Tbilvari, Gen. Tamaz Kvirikashvili, the commander of Karvelian forces in the south, said his troops had recorded 140 violations of a local truce since Sunday. “⟦d:c|We are told to hold our fire while they move artillery closer to our villages. My soldiers are not fools,⟧” he said in a televised address.
The Askarian foreign ministry accused Karvelia of “⟦p:d|staging provocations to sabotage diplomacy⟧”. “⟦d:d|Askaria remains committed to a negotiated settlement,⟧” it said in a statement.
A Karvelian official said privately that the general’s remarks had not been cleared with the delegation in Brennholm. “⟦d:f|He speaks for the army. He does not speak for the government,⟧” the official said.
In the capital, Sen. Marguerite Holloway, chair of the parliament’s foreign affairs committee, urged patience. “⟦d:e|Every ceasefire I have ever seen looked hopeless on day three,⟧” she said.

### 017
@a Gareth Moyles | Chief Inspector
@b St Aldhelm's School | -
@c - | a motorist who stopped to help
@d Lucy Henshaw | -
@e Alfie | -
Twenty-three children were taken to hospital on Thursday after a coach carrying pupils on a school trip overturned on the B4520 near Pennard.
The coach, carrying 41 Year 8 pupils and five staff from St Aldhelm's School in Caerwyn to an outdoor activity centre, left the road on a bend shortly after 10am and came to rest on its side in a field.
Chief Inspector Gareth Moyles of Pennard Police said none of the injuries was thought to be life-threatening. "⟦d:a|Given what we found on arrival, we are very fortunate that this is the case,⟧" he said. "⟦d:a|The road will remain closed for some time while collision investigators do their work.⟧"
The driver, a man in his sixties, was being treated for minor injuries and had not been arrested, police said.
A motorist who stopped to help described children climbing out through the emergency hatch in the roof. "⟦d:c|The teachers were amazing. They had the kids in a line at the side of the field counting heads before the first ambulance turned up,⟧" he said.
St Aldhelm's School said parents had been contacted and a member of staff was at each hospital. "⟦d:b|We are incredibly proud of how our pupils and staff responded,⟧" the school said in a message to families.
Lucy Henshaw, whose 13-year-old son Alfie was on the coach, drove to the Royal Caerwyn Hospital after a teacher rang her from the field.
"⟦d:d|She said, 'Alfie's okay, he's just got a cut on his head,' and I think that's the fastest I've ever driven,⟧" she said.
Alfie, sitting beside her with a dressing on his forehead, said everyone had been singing when the coach tipped. "⟦d:e|Then it went really quiet,⟧" he said. "⟦d:e|And then everyone started screaming.⟧"

### 018
@a Dean Ferriday | the Harlow Vale manager
@b Kofi Mensah-Bright | his captain
@c Ray Ferriday | his father
@d Tony Gallo | the club chairman
On a wet Tuesday night in November, Dean Ferriday, the Harlow Vale manager, is standing on the touchline of a pitch that slopes noticeably towards the car park, shouting at a 19-year-old left-back about his body shape.
Harlow Vale are eighth in the Southern Counties League, Step 5 of the non-league pyramid, and Ferriday is paid £120 a week to manage them. He spends most of it, by his own estimate, on petrol and oranges.
``⟦d:a|People ask why I do it. I do it because on a Saturday at ten to five, if we've nicked a goal, there's no feeling like it. Not in my job, not anywhere,⟧'' he says. By day he fits kitchens.
His captain, Kofi Mensah-Bright, has played for him for six seasons. ``⟦d:b|He's the only manager I've had who rings you on a Sunday to ask how your mum is,⟧'' he says. ``⟦d:b|He also rings you on a Sunday to tell you you were rubbish. Sometimes it's the same call.⟧''
Ferriday learned the game from his father. Ray Ferriday, now 77, was a centre-half for Harlow Vale in the 1960s and still watches every home game from the same spot by the tea hut.
``⟦d:c|He was a terrible player,⟧'' Ray says of his son, with obvious affection. ``⟦d:c|Two left feet and neither of them any good. But he could always see the game. Even at twelve he'd be telling the other boys where to stand.⟧''
The club survives on a sponsorship from a local scaffolder and a bar that opens on matchdays. Tony Gallo, the club chairman, says the first team costs about £40,000 a season to run.
``⟦d:d|Dean's never once asked me for more money. He asks for a new kit bag, he asks for the floodlights to be fixed. Never for himself,⟧'' Gallo says.
At full time Harlow Vale have drawn 1-1 with a side two places above them, and the manager is in a good mood. ``⟦d:a|A point on this pitch is like three anywhere else,⟧'' he says, and goes off to collect the corner flags.

### 019
@a Naledi Khumalo | clinical director for women’s services at Fellbeck General Hospital
@b Jo Tennant | a mother of three from Allenby Moor
@c Rachel Oduya | a midwife for 22 years
@d Fellbeck Health Trust | -
@e Marion Holt | the MP for Fellside
Women in the upper Fell valleys face journeys of more than an hour in labour after health chiefs confirmed that the consultant-led maternity unit at Fellbeck General Hospital will close in April.
Births will move to Carlton Royal Infirmary, 38 miles away. A midwife-led unit will remain at Fellbeck for low-risk deliveries.
Dr Naledi Khumalo, clinical director for women’s services at Fellbeck General Hospital, said the decision had been driven by safety. “⟦d:a|We deliver around 900 babies a year here. To keep a consultant unit safe you need the numbers to keep the whole team’s skills sharp, and we simply don’t have them,⟧” she said.
Jo Tennant, a mother of three from Allenby Moor, was not persuaded. Her youngest was born in the back of her husband’s car in a lay-by on the A699 two winters ago.
“⟦d:b|That was with Fellbeck twenty-five minutes away. Now they want us to go to Carlton? In February? Over Harrowside?⟧” she said. “⟦d:b|Somebody is going to lose a baby, and then they’ll have a review.⟧”
Rachel Oduya, a midwife for 22 years, said staff were split. “⟦d:c|Some of us think it’s the right thing clinically. All of us are worried about the roads,⟧” she said. She added that she would move to the midwife-led unit. “⟦d:c|I’ve caught babies in this valley for half my life. I’m not going anywhere.⟧”
Fellbeck Health Trust said it would fund a dedicated ambulance for women in labour in the most remote areas. “⟦d:d|No woman will be left to make that journey without support,⟧” the trust said.
Marion Holt, the MP for Fellside, called the ambulance “⟦p:e|a sticking plaster⟧” and said she would raise the closure in parliament. “⟦d:e|My constituents are being told that safety means driving further. They are right to find that hard to believe,⟧” she said.

### 020
@a Kevin Ashdown | an arable farmer near Wickham St Clare
@b Eastmere Water | -
@c - | a spokesperson for the National Farmers' Council
@d Imogen Fairlie-Stuart | a hydrologist at the University of Eastmere
@e Graham | his neighbour
A hosepipe ban will come into force across most of Eastmere from Friday, the region's water company announced, as the driest spring in 90 years gives way to a third week of temperatures above 30C.
Eastmere Water said reservoir stocks had fallen to 58 per cent, against 81 per cent at this point last year. "⟦d:b|We are asking every customer to use only the water they need. Small changes, like shorter showers, make a real difference,⟧" the company said.
On the clay fields outside Wickham St Clare, the cracks in the soil are wide enough to lose a pen in. Kevin Ashdown, an arable farmer near Wickham St Clare, expects his wheat yield to be down by a third.
"⟦d:a|The crop looked fantastic in April. Then it just stopped raining. You can't irrigate 600 acres of wheat, so you stand there and watch it,⟧" he said.
His neighbour Graham, who grows onions and potatoes on lighter land, has an abstraction licence but has been warned it could be suspended. "⟦d:e|If they turn off the river, that's the onions gone. Simple as that,⟧" he said.
A spokesperson for the National Farmers' Council said members needed "⟦p:c|clarity, not a lottery⟧" over abstraction.
Dr Imogen Fairlie-Stuart, a hydrologist at the University of Eastmere, said the region would have to get used to it. "⟦d:d|This is what the climate projections said the 2030s would look like, and it's arrived early,⟧" she said. "⟦d:d|We are still running a water system designed for the twentieth century.⟧"
Ashdown was less interested in the projections than in the forecast. "⟦d:a|Thursday, they reckon. Thunderstorms. I'll believe it when I'm wet,⟧" he said.

### 021
@a Reto Camenisch | head of the Val Tschiert mountain rescue service
@b - | a ski instructor from the resort
@c Anna-Barbara Zürcher | a spokeswoman for the cantonal police
@d Alpine Snow and Avalanche Institute | -
@e Lorenz | the youngest of the three
VAL TSCHIERT, Switzerland - Three off-piste skiers were pulled alive from an avalanche above the resort of Sur Tschiert on Saturday, after fellow skiers dug for them with shovels and bare hands for nearly twenty minutes.
The slide, about 300 metres wide, came down a north-facing slope below the Piz Tgom shortly after 11am, the cantonal police said.
«⟦d:c|Four people were caught, three were fully buried. All four were recovered alive, one of them is seriously injured,⟧» said Anna-Barbara Zürcher, a spokeswoman for the cantonal police.
Reto Camenisch, head of the Val Tschiert mountain rescue service, said the skiers had been carrying transceivers, which allowed others on the slope to locate them. «⟦d:a|Wir haben mit den Händen gegraben, mit allem, was wir hatten⟧», he said of the first minutes. «⟦d:a|We dug with our hands, with everything we had.⟧»
A ski instructor from the resort, who was leading a group nearby, reached the site within minutes. «⟦d:b|You see a ski pole sticking out of the snow and you just start digging next to it. You do not think,⟧» she said.
The Alpine Snow and Avalanche Institute had rated the danger at level 3, «⟦s:-|considerable⟧», on slopes above 2,200 metres. «⟦d:d|Fresh wind-drifted snow is lying on a weak older layer. Triggering by a single skier is possible,⟧» it said in its morning bulletin.
The three who were buried, all in their twenties, were flown to hospital in Curtaglia. The youngest of the three, Lorenz, told Swiss television from his bed that he had heard the others digging. «⟦d:e|I could not move a finger. Then there was light,⟧» he said.

### 022
@a Halberton Metro | -
@b Nadia Brookes | Assistant Chief Constable
@c - | a man who had been waiting at the stop
@d - | one shopkeeper
@e Owen Pritchard | a 19-year-old student who was on the tram
@f Sunita Rao | the city’s transport commissioner
A tram ploughed into a bus shelter in central Halberton during the evening rush hour on Monday, killing one woman and injuring nine other people.
The tram, on the Line 2 service to Eastgate, appears to have failed to slow on the approach to the Corn Exchange stop, according to witnesses.
A man who had been waiting at the stop said he jumped clear “⟦p:c|with about a second to spare⟧”. “⟦d:c|It wasn’t braking. It was just coming. I grabbed the lad next to me by his hood and pulled,⟧” he said.
Assistant Chief Constable Nadia Brookes confirmed that a woman in her seventies had died at the scene. “⟦d:b|This is a tragic incident and our thoughts are with her family, who have been informed,⟧” she said. “⟦d:b|It is far too early to say what happened, and I would ask people not to speculate online.⟧”
The driver was taken to hospital as a precaution, police said.
Owen Pritchard, a 19-year-old student who was on the tram, said passengers were thrown forward. “⟦d:e|There was a massive jolt and glass everywhere. People were on the floor. Somebody was shouting for the driver,⟧” he said.
One shopkeeper, whose window on Corn Street was shattered, said she had been complaining about the junction for years. “⟦d:d|They come round that corner too fast. Everyone round here says it,⟧” she said.
Halberton Metro said all services on Line 2 had been suspended. “⟦d:a|We are working closely with the police and the Tram Accident Investigation Board,⟧” the operator said.
Sunita Rao, the city’s transport commissioner, said the tram system had carried 400 million passengers since 1994 with only one previous fatality. “⟦d:f|That record means nothing to this family tonight,⟧” she said.

### 023
@a Iris Penhallow | -
@b Walter | her husband
@c Denise Trewin | -
@d Kenneth Polglase | the retired water engineer who sat on the inquiry that followed
@e - | one of the firemen
At 2.10am on 9 December 1979 the earth dam above Polwenna reservoir failed after a week of rain, and a wall of water went down the valley into the village of St Keverne Bridge. Four people died. Those who were there still measure their lives in befores and afters.
Iris Penhallow was 40 and asleep above the bakery she ran with her husband, Walter.
“⟦d:a|It was Walter heard it first. He sat straight up in bed and said, ‘That’s not thunder.’ And it wasn’t. It was like a train coming through the front room,⟧” she says.
Walter, 86, is sitting beside her on the settee, and cuts in. “⟦d:b|I said it was a lorry, actually.⟧”
“⟦d:a|You said it wasn’t thunder.⟧”
“⟦d:b|I might have said both.⟧”
Denise Trewin was 12, living in one of the terraced cottages by the river. Her family got out through the attic skylight and onto the roof.
“⟦d:c:m|My dad passed us out one by one. My little brother was four and he was in his pyjamas with the feet in them. We sat on the ridge tiles in the rain and watched cars go past underneath us, floating, with their headlights still on. I remember thinking that was the strangest thing, the headlights.⟧
“⟦d:c|A fireman came in a rowing boat at first light. I’d never been so pleased to see anybody.⟧”
One of the firemen told a local paper afterwards: “⟦d:e|We didn’t have the equipment for it. We had one boat and a lot of rope.⟧”
Kenneth Polglase, the retired water engineer who sat on the inquiry that followed, still keeps the report on a shelf in his study. “⟦d:d|The spillway was too small for the catchment. It had been too small since 1931. Everybody who needed to know, knew,⟧” he says.
Iris says she has never been able to sleep through heavy rain since. “⟦d:a|Walter sleeps through anything,⟧” she says. “⟦d:a|Always has.⟧”

### 024
@a Schools Standards Office | -
@b Marcus Delacroix-Hyde | the headteacher
@c - | one parent
@d Hollins Valley Learning Trust | -
Hollins Park Academy, the secondary school at the centre of a row over pupil exclusions, has been rated "⟦s:-|inadequate⟧" by inspectors, who found that leaders had "⟦p:a|lost the confidence of many families⟧".
The report by the Schools Standards Office, published on Tuesday, says behaviour in corridors and at lunchtime was "⟦p:a|frequently disorderly⟧" and that pupils with special educational needs were being excluded at almost four times the national rate.
"⟦d:a|Too many pupils told inspectors that they did not feel safe at school. Some said they avoided using the toilets during the day,⟧" the report states.
Inspectors praised the school's sixth form and its music department, which they described as "⟦p:a|a genuine strength⟧".
The headteacher, Marcus Delacroix-Hyde, who took over in September, said he accepted the findings in full. "⟦d:b|This report describes a school I recognise, and a school I came here to change,⟧" he said in a letter to parents. "⟦d:b|I will not pretend that change happens overnight.⟧"
One parent, whose son was excluded three times in Year 9, said the report was "⟦p:c|two years late⟧". "⟦d:c|We were saying all of this at every meeting and nobody listened. It took inspectors to make anyone take it seriously,⟧" she said.
The Hollins Valley Learning Trust, which runs the academy, said it would appoint an additional deputy head and review its behaviour policy. "⟦d:d|We are determined to see rapid improvement,⟧" the trust said.

### 025
@a Fatima al-Khatib | a 38-year-old mother of four
@b Yusuf Haddad-Nour | a surgeon at the Red Crescent hospital in Qasr Amin
@c Bernadette Okwuosa | the UN humanitarian coordinator for the region
@d Northern Alliance forces | -
@e - | a neighbour
QASR AMIN - A drone strike on a crowded market in the northern town of Qasr Amin killed at least 17 people on Friday, including five children, medical staff said.
Fatima al-Khatib, a 38-year-old mother of four, had gone to buy bread with her daughter Rania, 10, who was among the injured. Speaking through an interpreter at the hospital, she said the drone had circled for several minutes before it struck.
"⟦d:a|We heard it above us, that buzzing. Everyone heard it. Nobody thought they would hit the market on a Friday,⟧" she said.
Dr Yusuf Haddad-Nour, a surgeon at the Red Crescent hospital in Qasr Amin, said his team had performed 11 operations by nightfall. "⟦d:b|We have run out of blood of two types. We are asking anybody who can give to come,⟧" Haddad-Nour said.
A neighbour who helped carry the wounded said the market had been "⟦p:e|full, completely full⟧" at the time. "⟦d:e|There were no fighters there. Only people with shopping,⟧" he said.
Bernadette Okwuosa, the UN humanitarian coordinator for the region, condemned the attack. "⟦d:c|Markets, hospitals and schools are not targets. Those responsible must be held to account,⟧" she said in a statement.
Northern Alliance forces, which control the airspace over much of the north, said they had targeted "⟦p:d|a weapons storage site⟧" on the outskirts of the town and would investigate reports of civilian casualties.
Rania was in surgery late on Friday. "⟦d:a|She asked me if the bread was safe,⟧" her mother said. "⟦d:a|That was the first thing she said.⟧"

### 026
@a Bridget Cawley | the village postmistress for 31 years
@b Crown Post | -
@c - | one elderly customer
@d Harold Finch | chairman of Upper Wyle parish council
@e Dilys | her sister
The post office in Upper Wyle will close at the end of the month after 140 years, leaving the village of 900 people without a shop, a cash machine or anywhere to post a parcel.
Bridget Cawley, the village postmistress for 31 years, said she had been unable to find anyone to take it on when she retires. ``⟦d:a|I've advertised it three times. People ring up, they ask what the hours are and what it pays, and they don't ring back,⟧'' she said.
Her sister Dilys, who helps behind the counter on Tuesdays and Fridays, said the shop was about more than stamps. ``⟦d:e|Half the people who come in here don't see anyone else all day. We know who's had a fall, who's waiting for results, whose grandson's in trouble,⟧'' she said.
Crown Post said it would run a mobile van service to the village hall for two hours on Wednesdays. ``⟦d:b|We are committed to maintaining services in rural communities and will continue to look for a permanent solution,⟧'' the company said.
Harold Finch, chairman of Upper Wyle parish council, called the van ``⟦p:d|better than nothing, but only just⟧''.
One elderly customer, buying a book of stamps and a birthday card on Thursday morning, said she would have to take two buses to the nearest post office in Marlham. ``⟦d:c|That's a day out at my age,⟧'' she said.
Mrs Cawley said she would miss the regulars most. ``⟦d:a|And the gossip. I'll miss the gossip,⟧'' she added.

### 027
@a Þórdís Guðmundsdóttir | a volcanologist at the Hekla Institute of Geophysics
@b Department of Civil Protection | -
@c Einar Óskarsson | a fisherman from Eldvík
@d - | a tourist from Hamburg
@e Ásgeir Hallgrímsson | Eldvík's mayor
ELDVÍK, Iceland - A volcanic fissure about three kilometres long opened north of the fishing town of Eldvík late on Wednesday, sending fountains of lava up to 80 metres into the air, hours after the town's 3,400 residents had been evacuated.
The Department of Civil Protection said the lava was flowing south-west, away from the town, but warned that could change. "⟦d:b|The situation is being monitored minute by minute,⟧" it said. "⟦d:b|Nobody should attempt to approach the eruption site.⟧"
Þórdís Guðmundsdóttir, a volcanologist at the Hekla Institute of Geophysics, said the eruption had been expected after weeks of earthquakes. "⟦d:a|The magma had been collecting under the peninsula since November. The question was never if, it was where,⟧" she said. "⟦d:a|We were lucky that it was not inside the town.⟧"
Guðmundsdóttir said the eruption could last days or months.
Einar Óskarsson, a fisherman from Eldvík, watched the glow from a hillside car park 20 kilometres away with his wife and two daughters. "⟦d:c|My grandfather built our house. I have left it three times this winter. Every time I think, maybe this is the last time I see it,⟧" he said.
Nearby, a tourist from Hamburg was filming on her phone. "⟦d:d|It is beautiful and terrible at the same time. I feel guilty for thinking it is beautiful,⟧" she said.
Eldvík's mayor, Ásgeir Hallgrímsson, said defensive walls built around the town in January had been raised by two metres. "⟦d:e|The walls were built for exactly this night,⟧" he told national radio.

### 028
@a Cody Brandt | Mayor
@b LaTonya Pruitt | the state senator whose district includes Millbrook
@c Tri-County Storm Prediction Office | -
@d Rhonda Kittredge | -
@e - | a volunteer firefighter
MILLBROOK, Okla. - A tornado with winds estimated at 165 mph cut a path a mile wide through the south side of Millbrook on Sunday evening, killing at least six people and destroying the high school, a nursing home and more than 200 houses.
"⟦d:a|The south side of this town is gone,⟧" Mayor Cody Brandt said at a news conference at the county courthouse early Monday. "⟦d:a|I've lived here my whole life and I could not tell you which street I was standing on.⟧"
The Tri-County Storm Prediction Office said it had issued a tornado emergency 14 minutes before the storm reached the town. "⟦d:c|This was a large, violent, long-track tornado,⟧" the office said, adding that a survey team would assign it a rating by Tuesday.
Rhonda Kittredge and her husband, Dale, rode out the storm in a cellar under their garage on Pecan Street with their three grandchildren.
"⟦d:d|Dale held the door shut with a rope. You could feel the whole house pulling at it. When it stopped and we came up, there wasn't a house. There was the slab and the cellar door and the sky,⟧" she said.
A volunteer firefighter who had been searching the nursing home since dark said crews had accounted for all but two residents. "⟦d:e|We're not stopping till we find them,⟧" he said.
Sen. LaTonya Pruitt, the state senator whose district includes Millbrook, said she had asked the governor to request a federal disaster declaration. "⟦d:b|These are farm families, teachers, retirees. They will need help for a long time after the cameras leave,⟧" Pruitt said.
Brandt urged people to stay away. "⟦d:a|If you want to help, give blood and give money. Please don't drive down here to look,⟧" he said.

### 029
@a Trần Thị Mai Anh | -
@b Ollie Brennan-Shaw | her business partner
@c Duc | her son
@d Harriet Vane-Temple | the restaurant critic of the Evening Courier
@e - | her grandmother
At 6.30 on a Saturday morning the kitchen of Com Que, a 28-seat restaurant wedged between a launderette and a vape shop on Stokeley Road, smells of charred ginger and star anise. Trần Thị Mai Anh has been up since four.
She came to the city in 1991, aged 15, with an aunt and a single holdall, and spent her first decade here washing dishes, then cooking, in other people’s restaurants. Com Que, which she opened in 2016 with her business partner, Ollie Brennan-Shaw, now has a waiting list of six weeks.
“⟦d:a:m|My grandmother cooked for a whole street in Hải Phòng. Forty people some days, from two pots. She never measured anything. When I started I tried to write her recipes down and I couldn’t, because there was no recipe, there was just her.⟧
“⟦d:a:m|So I cook from memory. Sometimes I get it wrong and I know straight away, because it doesn’t taste like her kitchen. Then I throw it away and start again.⟧
“⟦d:a|People think that’s very romantic. It’s not romantic. It’s expensive.⟧”
Brennan-Shaw, who runs the front of house, has heard this before. “⟦d:b|She threw away forty litres of stock in our first month,⟧” he says. “⟦d:b|I nearly cried. She didn’t blink.⟧”
Mai Anh shrugs. “⟦d:a|It was wrong.⟧”
The turning point came in 2019, when Harriet Vane-Temple, the restaurant critic of the Evening Courier, wrote that the pho was “⟦p:d|the best bowl of anything I have eaten in this city⟧”. The phone did not stop ringing for a month.
Her son, Duc, 24, now works the pass on weekends. He grew up, he says, doing his homework at table six.
“⟦d:c|Mum was never at parents’ evening because parents’ evening was during service. I used to be angry about that. Now I’m here every Saturday and I get it,⟧” he says.
Mai Anh keeps a photograph of her grandmother by the rice cooker. When a dish is right, she says, she can hear the old woman’s verdict. “⟦d:e|Được rồi⟧”: that will do.

### 030
@a Sharon Muldoon | regional organiser for the Health Workers' Union
@b Northshore University Health Board | -
@c - | a porter on the picket line
@d Tobias Renwick | the board's medical director
@e Linda Cheng | a cleaner who has worked at the hospital for 17 years
Porters, cleaners and catering staff at three hospitals in Northshore walked out on Monday at the start of a 48-hour strike over pay, the first action of its kind in the region for more than two decades.
Pickets gathered from 6am outside the main entrance of Northshore General, holding placards reading ``⟦s:-|Clapping doesn't pay the rent⟧'' and ``⟦s:-|Essential, not disposable⟧''.
Sharon Muldoon, regional organiser for the Health Workers' Union, said members had been offered a rise of 2.5 per cent. ``⟦d:a|Our members kept these hospitals running through the worst winters anyone can remember. They are being asked to take a real-terms pay cut for the fourth year in a row,⟧'' she said. ``⟦d:a|Nobody wanted to be out here today.⟧''
A porter on the picket line, who said he had worked at the hospital since leaving school, said he had taken a second job stacking shelves at night. ``⟦d:c|I push beds all day and boxes all night. I see my kids on a Sunday,⟧'' he said.
Linda Cheng, a cleaner who has worked at the hospital for 17 years, said the strike had not been an easy decision. ``⟦d:e|We love the patients. Some of the nurses came out and brought us tea. That meant a lot,⟧'' she said.
Northshore University Health Board said planned operations had been postponed but emergency care was unaffected. ``⟦d:b|We value all our staff and we remain open to talks,⟧'' the board said.
Dr Tobias Renwick, the board's medical director, said the cancellations would lengthen waiting lists. ``⟦d:d|Every operation we postpone is a patient who has already waited too long. I would urge both sides to get back around the table,⟧'' he said.

### 031
@a Priyanka Shah | a nurse from Leicester
@b Corvair Airways | -
@c Hendrik van der Berg | a 52-year-old engineer from Utrecht
@d - | a spokesman for Kilbride Airport
@e Aoife Delaney | the pilot
@f - | one passenger
A transatlantic flight made an emergency landing at Kilbride Airport on Wednesday after one of its two engines failed shortly after take-off, spraying debris onto a field below.
Corvair Airways flight 218, bound for Boston with 247 passengers and 11 crew, turned back about 20 minutes into the flight and landed safely at 14:52. "⟦d:b|The crew followed all procedures and the aircraft landed without incident,⟧" Corvair Airways said. "⟦d:b|We apologise to our customers for the disruption to their journey.⟧"
Passengers on the left side of the cabin described a loud bang followed by flames from the engine.
"⟦d:a|The whole wing lit up orange. A man across the aisle started praying out loud and I held his hand. I didn't even know his name,⟧" said Priyanka Shah, a nurse from Leicester. "⟦d:a|I think I still have marks where he squeezed.⟧"
Hendrik van der Berg, a 52-year-old engineer from Utrecht, said the pilot's calm had kept the cabin steady. "⟦d:c|She came on and said, 'We've lost an engine, we have another perfectly good one, and we are going back to Kilbride.' After that everybody relaxed a little,⟧" Van der Berg said.
The pilot, Captain Aoife Delaney, was applauded as she walked through the terminal. Asked by a reporter how she felt, she replied: "⟦d:e|Hungry. It's been a long day.⟧"
One passenger was less forgiving. "⟦d:f|They kept us on the aircraft for an hour after we landed with no water,⟧" he said.
A spokesman for Kilbride Airport said the runway had been closed for 40 minutes while debris was cleared. "⟦d:d|Fourteen flights were delayed, but normal operations resumed at 15:32,⟧" he said.

### 032
@a Lorenzo Bellandi | commander of the patrol vessel Fenice
@b Mare Aperto | -
@c Ibrahim | a 17-year-old travelling alone
@d - | a port official
PORTO SÈLVIA - Coastguards rescued 86 people from a sinking rubber boat south of the island of Sèlvia early on Tuesday, and recovered the bodies of three more, officials said.
The boat had left the coast of North Africa two days earlier and had been taking on water for several hours when it was spotted by a surveillance aircraft, the coastguard said.
«⟦d:a|Li abbiamo trovati appena in tempo⟧», said Lorenzo Bellandi, commander of the patrol vessel Fenice. «⟦d:a|We found them just in time. Another hour and there would have been nothing to find.⟧»
Among those brought ashore was Ibrahim, a 17-year-old travelling alone, who said he had spent the night bailing water with a shoe. «⟦d:c|Nobody slept. We were singing to keep the children awake, because if you sleep, you fall in,⟧» he said through an interpreter.
The charity Mare Aperto, whose ship was 40 miles away, said it had alerted the authorities to the boat on Monday evening. «⟦d:b|Every hour of delay in these waters costs lives. Three people are dead today,⟧» the charity said on social media.
A port official said the survivors, who included 14 children, were being given medical checks. «⟦d:d|Most are dehydrated. Two have chemical burns from the fuel,⟧» the official said.

### 033
@a Margaret Oyelowo-Hart | a retired architect who lives on Quarry Lane
@b Castlegate Homes | -
@c Peter Samways | the ward councillor
@d Bishopsmead Town Council | a statutory consultee
@e - | one young woman who lives with her parents on the Elmfield estate
A developer's plan to build 340 homes on farmland west of Bishopsmead has drawn more than 1,100 objections, the largest number the district council has ever received for a single application.
Castlegate Homes wants to build on 42 acres of fields between Quarry Lane and the bypass, with 30 per cent of the homes offered as affordable housing, a primary school and a new surgery.
Margaret Oyelowo-Hart, a retired architect who lives on Quarry Lane, has written three letters to the planning department. "⟦d:a|The application describes the site as 'low-value grazing land'. It is a floodplain. I have photographs of it under water in four of the last six winters,⟧" she wrote in the most recent.
Speaking in her garden, which backs onto the site, she said she was not opposed to new homes. "⟦d:a|We need houses. My own grandchildren can't afford to live here. But put them somewhere they won't be flooded,⟧" she said.
Bishopsmead Town Council, a statutory consultee, has also objected. In its formal response it said the scheme would place "⟦p:d|unacceptable pressure⟧" on roads and on the town's GP surgeries, adding: "⟦d:d|The promise of a surgery building is of little value without the doctors to staff it.⟧"
Castlegate Homes said the site had been allocated for housing in the council's draft local plan. "⟦d:b|Our flood risk assessment has been prepared by independent experts, and all homes will be built well above the predicted flood level,⟧" the developer said.
The ward councillor, Peter Samways, said he understood the anger but warned that refusal could be overturned on appeal. "⟦d:c|If we don't have a five-year housing supply, an inspector will give them permission anyway, and we'll lose the school and the surgery into the bargain,⟧" Cllr Samways said.
One young woman who lives with her parents on the Elmfield estate said she would apply for one of the affordable homes. "⟦d:e|Everyone who objects already has a house,⟧" she said.

### 034
@a Pieter-Jan De Smet | a pig farmer from Ooststade
@b Lotte Verhaegen | the agriculture minister
@c - | one police officer
@d Boerenjeugd federation | -
@e Annelies | his daughter
More than 1,500 tractors converged on the capital on Thursday as farmers protested against new limits on nitrogen emissions, blocking the ring road for most of the day and dumping manure outside the agriculture ministry.
Banners strung between tractors read “⟦s:-|No farmers, no food⟧” and “⟦s:-|Brussels eats, we pay⟧”. Outside the ministry, protesters chanted “⟦s:-|Verhaegen, ga weg!⟧”, calling on the minister to resign.
Pieter-Jan De Smet, a pig farmer from Ooststade, had driven his tractor 90 kilometres through the night. Under the new rules, he said, he would have to cut his herd by 40 per cent.
“⟦d:a|My father built this farm and I was going to give it to my daughter. Now they are telling me to take a cheque and go,⟧” he said. “⟦d:a|What do I tell her?⟧”
His daughter, Annelies, 16, had come with him. “⟦d:e|I want to be a farmer. Everybody at school thinks I’m crazy,⟧” she said.
The agriculture minister, Lotte Verhaegen, said she respected the right to protest but that the law was not negotiable. “⟦d:b|We have a court ruling and we have nature areas that are dying. Doing nothing is not an option,⟧” Verhaegen told parliament. She promised “⟦p:b|generous and fair⟧” support for farmers who chose to relocate or reduce their herds.
The Boerenjeugd federation, which represents young farmers, said the minister’s offer was “⟦p:d|a cheque for the funeral⟧”.
One police officer, watching a line of tractors edge past the parliament building, said the day had been peaceful. “⟦d:c|Loud, and it smells, but peaceful,⟧” he said.

### 035
@a Sarah Mbeki-Lund | Wexmoor's chief fire officer
@b - | one of my crew managers
Six months after the fire at Calder Mill, which killed two firefighters and destroyed the largest surviving textile mill in the county, Sarah Mbeki-Lund, Wexmoor's chief fire officer, is preparing to give evidence to the inquiry. "⟦d:a|I owe it to Dan and Kieran's families to answer every question I'm asked,⟧" she said before the interview. This transcript has been edited for length.
Q: Take us back to that night. When did you arrive?
A: About forty minutes after the first call. By then we had twelve pumps there and the fire was through the roof on the north side.
Q: At what point did you know the building was lost?
A: Honestly, I knew when I got out of the car. You could see daylight through the upper floors, except it was firelight. Then at about ten past one one of my crew managers came over the radio and said, "⟦d:b|East wall is moving, I want everybody out now.⟧" We pulled everyone back. We thought everyone was back.
Q: Dan Whitby and Kieran Moss were inside.
A: They were on the ground floor, on the west side, and a section of the floor above came down. We got to Kieran within the hour. It took us until the morning to reach Dan.
Q: The firefighters' union has said crews were short of breathing apparatus. Is that true?
A: That's one of the things the inquiry will look at, and I'm not going to pre-empt it. What I will say is that I have asked for every piece of kit we had on that night to be examined independently.
Q: How are your crews now?
A: Some are back at work and some aren't. Some never will be, I think. We've got counsellors in every station. People still go quiet when they drive past the site.

### 036
@a Wilf Ackroyd | -
@b Janet Ackroyd-Bell | his daughter
@c Deborah Nuttall | headteacher of Hensall Green Primary
@d - | a former pupil
Wilf Ackroyd, who has died aged 89, was the lollipop man outside Hensall Green Primary School for 34 years, seeing an estimated three generations of children safely across Moor Lane in all weathers.
He took the job in 1983 after being made redundant from the Hensall brickworks, and intended to do it for a year. "⟦d:a|Then the kids started calling me Mr Wilf and bringing me Christmas cards, and that was that,⟧" he told the Hensall Courier in 2009, when he received a community award from the town council.
His daughter, Janet Ackroyd-Bell, said he had refused to retire until his knees gave out in 2017. "⟦d:b|Dad went out in snow, in gales, in the heatwave. We bought him a little fan for his coat and he wore it with pride,⟧" she said. "⟦d:b|He knew every child's name and most of their dogs' names as well.⟧"
Deborah Nuttall, headteacher of Hensall Green Primary, said the school would plant a tree in his memory. "⟦d:c|Wilf was part of the fabric of this school. Children who are parents now still talk about him,⟧" she said.
A former pupil, now a father himself, left a note among the flowers at the crossing. "⟦d:d|Thank you for seeing me across every day for seven years. You always said 'Look both ways, then look again.' I still do,⟧" it read.
Mr Ackroyd's wife, Pat, died in 2011. He is survived by Janet, two grandchildren and a great-granddaughter.

### 037
@a Marcus Greeley | a spokesman for the Harmon County Sheriff's Office
@b state Department of Transportation | -
@c Evelyn Marsh-Doyle | Governor
@d - | a truck driver whose rig stopped feet from the edge
@e - | a kayaker who was on the water when the span fell
BREAKING: Route 9 bridge over Tamsett River collapses; vehicles in water
HARMON FALLS (Statewire) - A section of the Route 9 bridge over the Tamsett River collapsed during the morning commute Tuesday, sending at least four vehicles into the water, authorities said.
9:12 a.m.: "⟦d:a|We have multiple vehicles in the river and dive teams on scene,⟧" said Lt. Marcus Greeley, a spokesman for the Harmon County Sheriff's Office. "⟦d:a|I don't have a number of casualties for you yet.⟧"
9:40 a.m.: The state Department of Transportation said the bridge, built in 1958, had last been inspected in April. "⟦d:b|The bridge was rated in fair condition at that time,⟧" the department said in a brief statement.
10:05 a.m.: A truck driver whose rig stopped feet from the edge said the road "⟦p:d|just dropped away⟧" in front of him. "⟦d:d|The car ahead of me was there and then it wasn't. I sat there with my foot on the brake shaking,⟧" he told a local TV station.
10:30 a.m.: Greeley said two people had been pulled alive from the river by a kayaker who was on the water when the span fell. "⟦d:a|That man is a hero, and he doesn't want his name out there, so I'll leave it at that,⟧" Greeley said.
The kayaker, reached by phone, said only: "⟦d:e|Anyone would have done it.⟧"
11:15 a.m.: Governor Evelyn Marsh-Doyle, speaking at the scene, said she had ordered emergency inspections of every bridge of the same design in the state. "⟦d:c|There will be a full investigation, and there will be answers,⟧" she said. "⟦d:c|Right now our only job is to bring these people home.⟧"

### 038
@a Kenji Watanabe | head of the School of Chemistry
@b University of Carrowmore | -
@c - | a PhD student who was in the building
@d Abi Ferreira | Station Commander
@e Chiamaka Eze | -
A fire tore through the fourth floor of the University of Carrowmore's chemistry building on Sunday night, destroying three laboratories and years of research, though nobody was hurt.
Station Commander Abi Ferreira said 60 firefighters had tackled the blaze, which was reported at 21:40. “⟦d:d|There were significant quantities of chemicals and compressed gases in the building, which made this a very hazardous incident for our crews,⟧” she said. “⟦d:d|They did an outstanding job to contain it to one floor.⟧”
A PhD student who was in the building, working late on a thesis chapter, said the alarm had sounded “⟦p:c|at exactly the wrong moment, like always⟧”. “⟦d:c|I assumed it was a drill. Then I got outside and saw the windows glowing,⟧” he said.
Professor Kenji Watanabe, head of the School of Chemistry, said staff were “⟦p:a|devastated⟧”. “⟦d:a|Some of the samples in those labs took a decade to collect. Some can’t be replaced at all,⟧” he said.
Dr Chiamaka Eze, whose research group studies battery materials, lost freezers containing ten years of samples. “⟦d:e|I keep thinking of something else that was in there. A notebook, a prototype. It’s like a bereavement where the list keeps getting longer,⟧” she said.
The University of Carrowmore said the building would be closed for the rest of the term. “⟦d:b|Our priority now is supporting the students and staff whose work has been affected,⟧” the university said.

### 039
@a Samira Abu-Zeid | -
@b Khaled | her son
@c Bahrani interior ministry | -
@d - | a mediator involved in the exchange
@e Abdelrahman al-Masri | the head of the prisoners' families committee
AL-RAWDA CROSSING - Samira Abu-Zeid had been waiting at the crossing since before dawn, holding a photograph of her son that was nine years old.
When the first bus came through the gates shortly after noon on Sunday, she did not recognise him. He recognised her.
"⟦d:a|He had a beard, he was thin, he had grey hair. My son has grey hair. He is thirty-one,⟧" she said, still holding his arm an hour later. "⟦d:a|But he called me Mama from the window of the bus, and I knew the voice.⟧"
Khaled, who was detained in 2015 at a checkpoint on his way to university, said he had not been told he was being released until the night before. "⟦d:b|They said, pack your things. I had nothing to pack,⟧" he said.
The exchange, in which 212 detainees from each side were freed, was the largest since the conflict began. A mediator involved in the exchange, who spoke on condition of anonymity, said it had been agreed "⟦p:d|line by line, name by name⟧" over eight months. "⟦d:d|Twice it collapsed completely. Twice somebody picked up the phone again,⟧" the mediator said.
The Bahrani interior ministry said in a statement that the men it had released had "⟦p:c|completed legal procedures⟧" and that it had acted "⟦p:c|on humanitarian grounds⟧".
Abdelrahman al-Masri, the head of the prisoners' families committee, said more than 3,000 people were still missing. "⟦d:e|Today we celebrate with these families. Tomorrow we go back to work for the others,⟧" al-Masri said.

### 040
@a Hilary Dunmore | head of Glenfarrow Primary
@b Isla | a nine-year-old in P5
@c Callum | her classmate
@d Inverbrae Council | -
@e Donald Munro | a crofter who cleared the school road with his tractor
Glenfarrow Primary was the only school in upper Strath Inver to open on Wednesday, after a night of heavy snow closed 41 others across the region.
Hilary Dunmore, head of Glenfarrow Primary, lives in the schoolhouse next door, and 14 of her 19 pupils live within walking distance. ``⟦d:a|We had the heating on at seven and the hot chocolate on at half eight,⟧'' she said. ``⟦d:a|If the children can get here safely, we're open. That's always been the rule.⟧''
The rest got there thanks to Donald Munro, a crofter who cleared the school road with his tractor before dawn. ``⟦d:e|I was up for the sheep anyway,⟧'' he said. ``⟦d:e|It's two miles. It's nothing.⟧''
Isla, a nine-year-old in P5, said the best part of the day had been the snowball fight at lunch. ``⟦d:b|The teachers joined in. Mrs Dunmore got Callum right in the ear,⟧'' she said.
Her classmate Callum disputed this account. ``⟦d:c|It was my neck, not my ear. And I wasn't ready,⟧'' he said.
Inverbrae Council said gritters had been out since 3am but that many rural roads remained impassable. ``⟦d:d|Please only travel if your journey is essential,⟧'' the council said.

### 041
@a Shannon Kirwan-Doyle | -
@b Mick Tobin | her trainer
@c Aisling | her older sister
@d - | a promoter who has tried to sign her
Shannon Kirwan-Doyle hits the pads the way other people slam doors. Thud, thud, crack. Across the ring her trainer, Mick Tobin, 68, winces theatrically and shakes out his hands.
"⟦d:b|She's broken two of these this year,⟧" he says, holding up a split leather pad. "⟦d:b|I've told her, the pads aren't the opponent.⟧"
Kirwan-Doyle is 26, the Irish lightweight champion, unbeaten in nine professional fights, and works three mornings a week in a bakery in Drumcollagh to pay for her training camp. She started boxing at 14, after a teacher suggested it might be a better outlet than the fights she kept getting into at school.
"⟦d:a:m|I was angry all the time. I didn't know what at. My da was gone, my ma was working two jobs, and I was minding my little brothers and getting into scraps on the way home.⟧
"⟦d:a|Mick was the first person who told me the anger was useful. He said, 'You can keep throwing it at walls or you can learn where to put it.' That's the whole of boxing, really. Where to put it.⟧"
Her older sister, Aisling, who sits ringside at every fight with a rosary in one pocket and a hip flask in the other, says the family was not keen at first. "⟦d:c|Our mam cried the first time. Now she's the loudest in the hall,⟧" she says.
Tobin has trained boxers in the same converted church hall for 40 years. He has seen talent come and go.
"⟦d:b|She's the hungriest I've had. Not the most gifted. The hungriest. Gifted doesn't get you up at five in January,⟧" he says.
A promoter who has tried to sign her says she could be fighting for a world title within two years, "⟦p:d|if she'd only leave Drumcollagh⟧".
She has no intention of leaving. "⟦d:a|Everything I am is in this room,⟧" she says. "⟦d:a|Why would I go?⟧"

### 042
@a Rhian Beddoe | Chief Inspector
@b Emlyn Jenkins | -
@c - | one farmer’s wife
@d Farmers’ Union of the Hills | -
@e Gwilym Price | his neighbour across the valley
Police in the Upper Tawel valley are investigating the theft of more than 400 sheep from hill farms in the past two months, the largest spate of livestock thefts in the area for a decade.
Chief Inspector Rhian Beddoe said officers believed the thefts were the work of an organised gang with access to a lorry and trained dogs. “⟦d:a|This is not opportunistic. Somebody knows these hills, knows when the farms are empty and knows where to sell the animals on,⟧” she said.
Emlyn Jenkins, who farms 900 ewes above Cwm Tawel, lost 112 in a single night in September. “⟦d:b|You go up in the morning and the field’s empty and the gate’s been shut behind them, nice and neat. That’s what gets me. They shut the gate,⟧” he said.
His neighbour across the valley, Gwilym Price, has since installed cameras on his lanes. “⟦d:e|Two thousand pounds on cameras. That’s two thousand pounds I haven’t got, to protect sheep that are worth less every year,⟧” he said. “⟦d:e|But what else do you do?⟧”
One farmer’s wife said she now lay awake listening for vehicles. “⟦d:c|Every engine at night, you’re at the window,⟧” she said.
The Farmers’ Union of the Hills said rural crime was “⟦p:d|devastating for families already on the edge⟧” and called for more officers in the countryside. Beddoe said a dedicated rural crime team would begin patrols next month. “⟦d:a|We will find these people,⟧” she said.

### 043
@a Grace Adebanjo | -
@b Tess | a healthcare assistant who asked that her surname not be used
@c Marisol Ferrer | the ward sister
@d Hamish Lorimer | then a registrar
@e - | a patient’s daughter
@f - | one nurse
When the outbreak reached Ward 7 at St Columba’s in the first week of March, it had 28 beds and a staff rota that had been written in January. By the end of the month it had 40 patients, half of the rota was off sick, and the ward had become, in the words of one nurse, “⟦p:f|a place none of us will ever be able to explain⟧”.
Three years later, five of the people who worked there agreed to talk about it together for the first time.
Grace Adebanjo had qualified as a nurse 11 weeks earlier. “⟦d:a|I remember my first night shift on the ward thinking, they didn’t teach us this. Nobody could have taught us this. You learned it at three in the morning from whoever was standing next to you,⟧” she said.
Tess, a healthcare assistant who asked that her surname not be used, was usually the one standing next to her.
“⟦d:b|Grace was a baby. She was brilliant but she was a baby,⟧” Tess said. “⟦d:b|I used to send her on her break and then not take mine.⟧”
“⟦d:a|I knew you were doing that,⟧” Grace said.
“⟦d:b|I know you knew.⟧”
Marisol Ferrer, the ward sister, had been on Ward 7 for 19 years. She kept a notebook of every patient who died that spring, with a line about each of them, something they had said or liked.
“⟦d:c|There are sixty-one names in it. I haven’t opened it since. I don’t need to, I know what’s in it,⟧” she said. She paused. “⟦d:c|Mr Okafor liked the radio on for the cricket. Mrs Dunne called everybody ‘pet’. That’s the sort of thing.⟧”
Dr Hamish Lorimer, then a registrar, said the nurses had carried the ward. “⟦d:d|We came and went. We made decisions and went on to the next ward. They stayed in the room,⟧” he said.
A patient’s daughter, who was not allowed to visit her father in his final week, later wrote to the ward. The letter is pinned in the staff room. “⟦d:e|You held his hand when I couldn’t. I will never be able to thank you enough,⟧” it says.

### 044
@a Tevita Fonua-Lātū | director of the National Disaster Office
@b Sālote Vaipulu | a mother of five from the village of Houmakelo
@c - | a reporter
@d Regional Meteorological Centre | -
@e Siaosi Taufa’ahau | Prime Minister
@f - | a nurse at the main hospital
FANGA’UTA - Cyclone Mele swept across the northern islands on Saturday night with winds of up to 230km/h, tearing roofs from homes, uprooting coconut palms and cutting communications with at least three outer islands.
Tevita Fonua-Lātū, director of the National Disaster Office, said it was too early to know the full scale of the damage. “⟦d:a|We have had no contact with ’Ata or the Ha’ano group since midnight. Our first flights will go at first light, weather permitting,⟧” he said on Sunday morning.
The Regional Meteorological Centre said Mele had strengthened to a Category 5 storm shortly before it made landfall. “⟦d:d|It is moving slowly, which means prolonged destructive winds and very heavy rain for the islands in its path,⟧” the centre said.
On the main island, Sālote Vaipulu, a mother of five from the village of Houmakelo, sheltered with her family and 60 neighbours in the church hall.
“⟦d:b|The children were crying and the old people were praying, and the wind was screaming through the windows. The pastor kept us singing all night,⟧” she said. “⟦d:b|In the morning we came out and my house was in the road.⟧”
A nurse at the main hospital said staff had worked through the night by generator. “⟦d:f|We had a baby born at 2am, in the middle of it. A girl. The mother wants to call her Mele,⟧” she said.
At a news conference in the capital, Prime Minister Siaosi Taufa’ahau appealed for international help. “⟦d:e|Our people are strong, but we cannot do this alone,⟧” he said.
“⟦d:c|Prime Minister, how many people are dead?⟧” a reporter asked.
“⟦d:e|I will not give you a number until we have been to every island,⟧” he replied.

### 045
@a Gideon Osei-Mensah | the Mayor of Westbridge
@b MedLedger Systems | -
@c Anjali Bhatt-Connolly | -
@d - | a spokeswoman for the Information Regulator
@e Westbridge Community Hospital | -
The personal details of about 86,000 patients of Westbridge Community Hospital may have been stolen in a cyber attack on the company that manages its records, the hospital said on Friday.
MedLedger Systems, which provides patient record software to 30 hospitals, said it had detected ``⟦p:b|unauthorised access⟧'' to one of its servers on Monday. ``⟦d:b|We took immediate steps to contain the incident and have engaged leading forensic specialists,⟧'' the company said in a statement posted on its website.
Westbridge Community Hospital said names, dates of birth, addresses and in some cases diagnoses had been exposed. ``⟦d:e|We are deeply sorry. We are writing to every patient who may be affected,⟧'' the hospital said.
The Mayor of Westbridge, Gideon Osei-Mensah, posted on social media on Friday evening that he had been told of the breach only that afternoon. ``⟦d:a|Four days. Patients should have been told on Monday, not read about it on a Friday night. I have asked for a meeting with MedLedger's chief executive first thing next week,⟧'' he wrote.
Anjali Bhatt-Connolly, 44, who was treated at the hospital for breast cancer in 2021, said she had learned of the breach from a friend's post. ``⟦d:c|My diagnosis is not something I chose to share with the world. Now some criminal might be selling it,⟧'' she said. ``⟦d:c|I feel sick.⟧''
A spokeswoman for the Information Regulator said it had been notified and was ``⟦p:d|making enquiries⟧''.

### 046
@a Callum Ferguson-Reid | Inspector
@b - | one driver
@c - | a woman travelling with her elderly father
@d National Highways Agency | -
@e Stelian Popescu | a lorry driver from Constanța
At least 30 vehicles were involved in a series of collisions in thick fog on the M68 near Blackmoss Edge on Saturday morning, leaving one person dead and 18 injured.
The crashes happened on the westbound carriageway shortly after 7am, when visibility on the moor was reported to be less than 20 metres.
"⟦d:a|This was a very large and complex scene, spread over almost a kilometre of motorway,⟧" said Inspector Callum Ferguson-Reid of the Moorland Roads Policing Unit. "⟦d:a|I'd like to thank the members of the public who stopped and helped before the emergency services arrived.⟧"
One driver, whose car was struck from behind twice, said he had heard collisions "⟦p:b|one after another, bang, bang, bang, for what felt like a minute⟧". "⟦d:b|You couldn't see anything. You just heard it coming,⟧" he said.
A woman travelling with her elderly father said they had climbed over the central barrier to get away from the carriageway. "⟦d:c|Dad's eighty-four. I don't know how we did it,⟧" she said.
Stelian Popescu, a lorry driver from Constanța, used his cab as a shelter for four injured people until ambulances arrived. "⟦d:e|It was warm in the cab, so I said, come, come, sit,⟧" he said. "⟦d:e|One lady held my hand the whole time. I don't know her name.⟧"
The National Highways Agency said the westbound carriageway would stay closed until at least the evening. "⟦d:d|Drivers should avoid the area and allow extra time for journeys across the moors,⟧" the agency said.

### 047
@a Roger Hebblethwaite | chairman of Lower Ansty parish council
@b Pauline Grice | -
@c Nikhil Sharma | the newest member of the council and the father of two pupils at the school
@d - | someone at the back
@e - | a man in a wax jacket
Lower Ansty’s parish council meets on the second Tuesday of the month in the reading room above the village shop, and it is not usually standing room only. But this month the subject was the bollards.
Six of them were installed outside the school in July to stop parents parking on the pavement. Since then, depending on whom you ask, they have either saved a child’s life or ruined the village.
Roger Hebblethwaite, chairman of Lower Ansty parish council, opened the item with a warning. “⟦d:a|I’ll take comments from the floor for fifteen minutes. Fifteen. And we are all going to be civil,⟧” he said.
Pauline Grice, who has lived on School Lane for 41 years, was first on her feet. “⟦d:b|I can’t get my car out of my own drive. I have to reverse up the lane to turn. I am seventy-three, Roger,⟧” she said.
“⟦d:a|I know how old you are, Pauline.⟧”
“⟦d:b|Then you know I shouldn’t be reversing up lanes.⟧”
Nikhil Sharma, the newest member of the council and the father of two pupils at the school, said the bollards had worked. “⟦d:c|Before July, children were walking in the road because the pavement was full of cars. Nobody walks in the road now. I don’t think we should apologise for that,⟧” he said.
“⟦d:d|You don’t live on the lane!⟧” someone at the back shouted.
“⟦d:c|No, but my children walk down it every day,⟧” Mr Sharma replied.
A man in a wax jacket suggested removing two of the six. This was greeted, unusually, by nods on both sides of the room. “⟦d:e|Four bollards. Everybody’s a bit unhappy. That’s what a compromise is,⟧” he said.
The council voted to consult the highways authority. The bollards stay, for now.

### 048
@a Yaroslav Hnatiuk | a former history teacher from the river town of Kryvodil
@b Owl | a younger soldier
@c Ivanna Shevchuk-Moroz | the battalion's press officer
@d - | an older soldier
The trench line east of Ozerne-Pidlisne zigzags through what was once a sunflower field. The soldiers who hold it have given every bend a name: "⟦s:-|the Kitchen⟧", "⟦s:-|the Theatre⟧", "⟦s:-|the Bad Corner⟧".
Sgt. Yaroslav Hnatiuk, 41, a former history teacher from the river town of Kryvodil, commands a platoon of 22 men here. He has been at the front for 19 months. His men call him "⟦s:-|Professor⟧".
"⟦d:a|They think it's a joke. It's not a joke. I still make them learn things. Last week it was the Thirty Years' War,⟧" he said. "⟦d:a|It's good for them to know that other people have sat in holes in the ground for a very long time and it ended.⟧"
A drone buzzed overhead and the conversation stopped. Nobody looked up. After a minute a younger soldier, whose call sign is Owl, said it was one of theirs. "⟦d:b|Ours sound different. Higher. You learn,⟧" he said.
Owl is 23. Before the war he was studying to be a sound engineer. "⟦d:b|That's why they gave me the drones,⟧" he said, and grinned.
Ivanna Shevchuk-Moroz, the battalion's press officer, who escorted us to the position, said the unit had not been rotated out since the summer. "⟦d:c|They need rest, and they need people to replace them. We are short of both,⟧" she said.
On the way back along the trench an older soldier, who did not give his name, stopped us at the Bad Corner. "⟦d:d|Run here,⟧" he said. "⟦d:d|Don't ask why. Just run.⟧"
We ran.

### 049
@a Alun Prothero | secretary of the Lydd Valley Angling Association
@b Severnmouth Water | -
@c Beatriz Lacerda | an ecologist at the Marches Rivers Trust
@d - | one dog walker
@e Environment Protection Board | -
Thousands of dead fish have been found along a six-mile stretch of the River Lydd after what campaigners say was a sewage discharge from a treatment works upstream.
Alun Prothero, secretary of the Lydd Valley Angling Association, said members had counted more than 3,000 dead fish, including salmon parr, trout and grayling, since Sunday.
“⟦d:a|I’ve fished this river for fifty years. I have never seen anything like it. There were fish belly-up in every pool from Pontfaen to the weir,⟧” he said. “⟦d:a|It’ll take a decade to come back, if it comes back.⟧”
Dr Beatriz Lacerda, an ecologist at the Marches Rivers Trust, said tests showed oxygen levels in the river had dropped to almost zero. “⟦d:c|Fish can’t escape that. They suffocate,⟧” she said.
Severnmouth Water confirmed that a pump failure at its Pontfaen works had caused “⟦p:b|a discharge of partially treated wastewater⟧” over the weekend. “⟦d:b|We are very sorry for the impact on the river and we are working with the regulator to understand what went wrong,⟧” the company said.
The Environment Protection Board said it had opened an investigation. “⟦d:e|We will not hesitate to take enforcement action where it is warranted,⟧” it said.
One dog walker on the riverbank at Pontfaen said the smell had been “⟦p:d|unbearable⟧” for days. “⟦d:d|I stopped bringing the dog down here on Saturday. I wish I’d rung someone then,⟧” she said.

### 050
@a Cornelia van der Merwe-Lund | Judge
@b Félix de la Cruz Obiang | a former pupil of hers
@c Ingrid | a retired paediatrician
For 31 years, Judge Cornelia van der Merwe-Lund sat in the Family Division of the High Court, deciding where children would live, whether they would see their fathers, and once, memorably, whether a nine-year-old could refuse a blood transfusion. She retired in March. She is still, she admits, not very good at it.
“⟦d:a|I get up at six and put on a suit and then remember there’s nowhere to go,⟧” she says. “⟦d:a|Ingrid says I should take up bridge. I would be a tyrant at bridge.⟧”
Her wife, Ingrid, a retired paediatrician, does not disagree. “⟦d:c|She cross-examines the grocer,⟧” she says.
Van der Merwe-Lund grew up in a house of lawyers in the old quarter of Delftshaven-on-Wey and was called to the bar at 23. She chose family law, she says, because it was the only area where the outcome mattered more than the argument.
“⟦d:a:m|In a commercial case somebody loses money. In my court somebody lost a child, or thought they had. I never once forgot that there was a child at the end of every file, even if the child was never in the room.⟧
“⟦d:a|People think judges don’t cry. We cry in the car.⟧”
Félix de la Cruz Obiang, a former pupil of hers, now a judge himself, says her judgments were studied for their clarity. “⟦d:b|She wrote for the child who would read it at eighteen. That was her rule. Every judgment had to make sense to that child,⟧” he says.
She regrets, she says, only one decision, and will not say which.

### 051
@a Bożena Wróblewska-Kaczmarek | a spokeswoman for the mine's owner, Karbonex
@b Zdzisław Mączka | -
@c Agnieszka Lis | -
@d Karbonex | -
@e - | a miner who was on the same shift
Rescuers reached five of seven miners trapped 900 metres underground at the Dąbrowa Nowa colliery on Thursday, more than 40 hours after a roof collapse sealed off a coal face.
"⟦d:a|Five of our colleagues are alive and are being brought to the surface. We are still searching for two,⟧" said Bożena Wróblewska-Kaczmarek, a spokeswoman for the mine's owner, Karbonex, at a briefing at the pithead shortly after 3am.
The men had sheltered in a pocket behind a conveyor, where air was still reaching them from a ventilation shaft. Zdzisław Mączka, who led one of the rescue teams, said his crew had dug the final four metres by hand.
"⟦d:b|We heard knocking on a pipe. Three knocks, then three knocks again. I have been in this work for 26 years and I have never heard a more beautiful sound,⟧" Mączka said.
A miner who was on the same shift but working on a different face said the collapse had come without warning. "⟦d:e|There was a bump, a big one, and then dust everywhere. We couldn't see our own lamps,⟧" he said.
Outside the gates, Agnieszka Lis had waited through two nights for news of her husband, Tomasz, one of the five. When she was told, she sat down on the kerb and put her face in her hands.
"⟦d:c|I told the children their father was at work. Technically that was true,⟧" she said later, laughing and crying at once.
Karbonex said the search for the two missing men would continue "⟦p:d|for as long as there is any hope⟧".

### 052
@a J.R. Tolliver | head of sixth form at Ashcombe College
@b Precious Nwankwo | -
@c Ben | her twin brother
@d - | one student
@e Ashcombe College | -
Students at Ashcombe College in Wexbridge were celebrating on Thursday after the college recorded its best A-level results in a decade, with 31 per cent of grades at A* or A.
J.R. Tolliver, head of sixth form at Ashcombe College, said the results were ``⟦p:a|a tribute to a year group who never once had a normal exam season until now⟧''. ``⟦d:a|These young people started secondary school in lockdown. To see them walk out of here today with these grades is extraordinary,⟧'' Tolliver said.
Precious Nwankwo, 18, opened her envelope in the car park with her mother filming on a phone. Three A*s meant she has secured her place to study medicine at Kingsmere. ``⟦d:b|I've wanted to be a doctor since I was seven. I didn't look at the grades properly the first time because I was shaking,⟧'' she said.
Her twin brother, Ben, will study engineering at Holloway Tech. ``⟦d:c|She's going to be insufferable now,⟧'' he said. ``⟦d:c|She was insufferable before.⟧''
Not everyone had the result they wanted. One student, sitting alone on the steps with his phone, said he had missed his offer by a grade. ``⟦d:d|I'm going to ring them. My mum says ring them. You don't know until you ring,⟧'' he said.
Ashcombe College said careers staff would be available all day for students going through clearing. ``⟦d:e|Nobody should make a decision today without talking to us first,⟧'' the college said.

### 053
@a Rosalind Achterberg | -
@b Emeka Obi-Wainwright | -
@c Harbour Therapeutics | -
@d - | a spokesperson for the charity Pancreatic Action
@e Mark | her husband
When Rosalind Achterberg was told in 2021 that her pancreatic cancer had spread to her liver, she was given “⟦p:-|six months, maybe nine⟧”. She is 58, she is sitting in her garden in Hensford, and it is three years later.
Achterberg was one of 212 patients on the trial of a new drug, torvelimab, whose results were published on Monday. Patients who received it alongside chemotherapy lived on average five months longer than those on chemotherapy alone, and about one in six were still alive after three years.
“⟦d:a|I know I’m one of the lucky ones. I think about the people in the waiting room with me who didn’t get this,⟧” she said. “⟦d:a|I don’t feel cured. I feel borrowed.⟧”
Her husband, Mark, said they had stopped planning more than a few months ahead. “⟦d:e|We booked a holiday for next spring last week. That’s the furthest ahead we’ve booked anything since she was diagnosed,⟧” he said.
Prof. Emeka Obi-Wainwright, who led the trial at the Northgate Cancer Centre, said the results were “⟦p:b|modest but real⟧” for a disease that had seen little progress in decades. “⟦d:b|Five months on average does not sound like much. But the average hides people like Rosalind, and that is what gives us hope,⟧” he said.
Harbour Therapeutics, which makes the drug, said it had applied for approval. It has not said what it will charge. “⟦d:c|We are committed to working with health systems to ensure access for eligible patients,⟧” the company said.
A spokesperson for the charity Pancreatic Action said the price would be crucial. “⟦d:d|A drug nobody can afford is not a breakthrough,⟧” she said.

### 054
@a Maria da Conceição Ferraz | a 67-year-old seamstress
@b Civil Defence | -
@c Rogério Tavares Lemos | the state governor
@d - | a firefighter
@e - | a young man digging beside her
SERRA DO ALTO, Brazil - Rescuers using dogs and bare hands searched on Wednesday for more than 30 people still missing after torrential rain sent a hillside crashing down onto homes in the mountain town of Serra do Alto, killing at least 54.
Civil Defence said 380 millimetres of rain had fallen in 24 hours, more than the average for the whole of February. «⟦d:b|The soil simply could not hold any more water,⟧» the agency said in a statement, adding that 1,200 people had been left homeless.
On the Rua das Hortênsias, where a row of houses had been swept more than 100 metres downhill, Maria da Conceição Ferraz, a 67-year-old seamstress, stood in the mud in borrowed boots.
«⟦d:a|Eu perdi tudo. A casa, as máquinas, as fotografias do meu marido⟧», she said. «⟦d:a|I lost everything. The house, the machines, the photographs of my husband.⟧»
A young man digging beside her, who said he was looking for his cousin, did not stop to talk. «⟦d:e|Later. Ask me later,⟧» he said.
A firefighter said the search was being hampered by fresh slips. «⟦d:d|Every time it rains again we have to pull everybody back. We are racing the weather,⟧» he said.
The state governor, Rogério Tavares Lemos, declared three days of mourning and promised to rehouse families «⟦p:c|away from the areas of risk⟧». «⟦d:c|We cannot keep burying people on the same hillsides,⟧» he told reporters.

### 055
@a Philippa Strand-Ellis | the senior coroner for East Harrowdale
@b Nathan Cole | her husband
@c Harrowdale Borough Council | -
@d Kwame Asante | the pathologist
@e - | a council tree officer
A council failed to act on repeated warnings that a diseased beech tree was unsafe before it fell on a car during Storm Ingrid, killing a 29-year-old woman, a coroner has concluded.
Lauren Cole, a primary school teacher from Harrowdale, died when the tree came down on the A4031 in November. Her husband, Nathan Cole, who was driving, suffered a broken arm.
Giving evidence on the first day of the inquest, Mr Cole said the tree had fallen "⟦p:b|in the time it takes to blink⟧". "⟦d:b|There was a crack, really loud, above the wind, and then the roof came in on Lauren's side,⟧" he said. "⟦d:b|I kept talking to her. I don't know how long for.⟧"
The pathologist, Dr Kwame Asante, told the hearing: "⟦d:d|Mrs Cole would have lost consciousness almost immediately. She would not have been aware of what was happening.⟧"
The inquest heard that residents had reported the tree four times in two years. According to an email read to the court, a council tree officer had inspected it in 2022 and noted "⟦p:e|significant fungal decay at the base⟧", recommending it be felled "⟦p:e|within three months⟧". The work was never carried out.
Harrowdale Borough Council said in a statement that it accepted the findings. "⟦d:c|We are deeply sorry. We have reviewed every tree on our risk register and have changed the way urgent work is prioritised,⟧" the council said.
Recording a conclusion of accidental death, Philippa Strand-Ellis, the senior coroner for East Harrowdale, said she would issue a report to prevent future deaths. "⟦d:a|A clear and specific warning was given. It sat in an inbox,⟧" she said. "⟦d:a|Lauren Cole should not have died.⟧"

### 056
@a Seamus Dunleavy | -
@b Nuala | his wife of 52 years
@c Oisín Mac Giolla Bhríde | the county engineer
@d - | one regular passenger
Every morning at 7.15, for 38 years, Seamus Dunleavy has started the diesel engine of the Maid of Inishcoole, cast off from the slipway at Carrickbeg and carried whoever was waiting across the 900 metres of water to the island. On Friday he will do it for the last time. A bridge, 20 years in the planning, opens on Saturday.
“⟦d:a:m|I’ve carried everything. Cattle, coffins, a piano once, wedding parties, a bishop. I carried the same woman over to have four babies and I carried the babies back.⟧
“⟦d:a:m|You get to know a place from the water. You know whose light is on at two in the morning and who’s not well. You know who’s courting, because they come over on the last boat together and pretend they don’t know each other.⟧
“⟦d:a|I’ll miss that. I won’t miss the winters.⟧”
His wife of 52 years, Nuala, is less sentimental about the winters. “⟦d:b|He’d be out in weather you wouldn’t put a dog out in, and I’d be at the window with the rosary,⟧” she says. “⟦d:b|Let the bridge have it.⟧”
The bridge will cut the journey from the island to the mainland hospital by 40 minutes. Oisín Mac Giolla Bhríde, the county engineer, calls it “⟦p:c|the most important piece of infrastructure this coast has seen in a century⟧”.
One regular passenger, who has crossed with Seamus every weekday since 1994 to teach at the mainland school, said the island would lose something. “⟦d:d|It’s the ten minutes on the boat. You talk to people you’d never talk to otherwise. You won’t talk to anyone on a bridge,⟧” she said.
Seamus will keep the boat. He has not decided what to do with it. “⟦d:a|Fish, maybe,⟧” he says. “⟦d:a|Nuala says I’m to take her to Inishcoole for her tea on a Sunday, like a tourist. We’ll see.⟧”

### 057
@a Yvonne Castellano-Price | the council leader
@b Skyline Regional Airways | -
@c - | a reporter from the Pembrook Mercury
@d Barry Threlfall | -
@e - | a woman in the public gallery
Pembrook's small municipal airport will close to commercial flights next year after its only airline said it would withdraw, the county council announced on Monday.
Skyline Regional Airways, which operates four flights a day to Dublin and Edinburgh, said the routes had lost money for six consecutive years. "⟦d:b|We have worked hard to make these services viable, but passenger numbers have not returned to their pre-pandemic levels,⟧" the airline said.
At a tense press conference at County Hall, the council leader, Yvonne Castellano-Price, said the authority could not afford to keep subsidising the airport. "⟦d:a|We are spending £2.1m a year on an airport that handles fewer passengers than a busy railway station handles in a morning,⟧" she said.
"⟦d:c|Didn't you promise in your manifesto to keep it open?⟧" asked a reporter from the Pembrook Mercury.
"⟦d:a|We promised to do everything we could, and we have,⟧" Castellano-Price replied. "⟦d:a|I am not going to pretend to people that there is money where there isn't.⟧"
"⟦d:-|Shame!⟧" came a shout from the back of the room.
The council said it would seek a new operator and keep the runway open for private and emergency flights.
Barry Threlfall, who has flown from the airport for 30 years, said the closure would hit local businesses. "⟦d:d|When I started my company, I could be in a meeting in Dublin by ten and home for tea. That's why I built it here,⟧" he said.
During the council's full meeting later that evening, a woman in the public gallery stood up and held up a paper plane. "⟦d:e|That's the only thing that'll be flying out of here,⟧" she said, before she was asked to sit down.

### 058
@a Edna Morrow | -
@b Lil | her sister
@c - | their mother
@d Arthur Beal | a retired lock-keeper
In the winter of 1947, when the snow melted all at once and the River Wend rose nine feet in a night, Edna Morrow was eight and her sister Lil was six. They lived in a cottage on Lock Lane, 40 yards from the river. They are 85 and 83 now, and share a flat in Wendham with a view of the same water.
"⟦d:a|I remember the sound more than anything. Like somebody pouring a bath, only it didn't stop,⟧" Edna said.
"⟦d:b|I remember the chickens,⟧" said Lil.
"⟦d:a|She always remembers the chickens.⟧"
"⟦d:b|We had to carry them upstairs in a pillowcase. Two at a time. They didn't like it,⟧" Lil said. "⟦d:b|Mother said, 'If we're drowning, the hens are drowning with us, and I'll not have that.'⟧"
Their father was away working on the railway, and their mother got the girls, the hens and a tin box of papers up to the back bedroom by midnight. By morning the water was at the top of the stairs.
"⟦d:c|Sing,⟧" their mother told them, according to Edna, and they sang every hymn they knew, and then every music hall song, and then the hymns again.
Arthur Beal, a retired lock-keeper who has collected accounts of the 1947 flood for the Wendham Historical Society, says the sisters' story is one of the best he has heard. "⟦d:d|They're the last people alive on Lock Lane who were there that night. When they go, it goes with them,⟧" he said.
Lil did not think much of this. "⟦d:b|We're not going anywhere,⟧" she said.
"⟦d:a|Not while there's a river to look at,⟧" said Edna.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh32.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh32",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
