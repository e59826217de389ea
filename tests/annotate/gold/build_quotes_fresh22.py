# ruff: noqa: E501
"""Build ``quotes_fresh22.jsonl``: a twenty-second independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The focus of this set is
international and political news: elections, summits, conflicts, disasters, health and
science. The set is meant to be evaluated once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh22-NNN``.

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

Decisions made for this set where the conventions leave room:

* Quoted words that are the grammatical continuation of the reporter's sentence
  (``telling supporters that "the long winter is over"``, ``insisting that a
  government could be formed "before the tulips"``) are ``partial``.
* A phrase introduced by ``what he called`` is ``partial`` by that person (the words
  are attributed to him), not ``scare``; the name of a criminal charge or of a
  hacker group is a label: ``scare``.
* An unattributed follow-up question in a doorstep exchange that plainly continues a
  reporter's questioning is the reporter's.
* An organisation written in lower case in the passage (``the prime minister's
  office``) is still the speaker when it is the grammatical subject; the speaker is
  the phrase as written, without the article.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh22.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

PASSAGES = """
### 001
@a Ilse Varga-Holm | the former mayor of Brenik
@b Teodor Mlinar | the outgoing president
@c Central Electoral Commission | -
@u - | a diplomat based in the capital
Ilse Varga-Holm, the former mayor of Brenik, claimed victory in Kalvenia's presidential run-off on Sunday night, telling supporters packed into the city's old tram depot that "⟦p:a|the long winter is over⟧".
With 97% of ballots counted, the Central Electoral Commission put her share of the vote at 53.8%. "⟦d:c|The count was conducted in full view of accredited observers at every stage,⟧" the commission said in a statement shortly after midnight.
"⟦d:a|Tonight nobody lost,⟧" Varga-Holm said, raising both arms as the crowd chanted "⟦s:-|Ilse, Ilse⟧". "⟦d:a|Tomorrow we begin governing for everyone — for those who voted for us and for those who never will.⟧"
The outgoing president, Teodor Mlinar, who was barred by the constitution from seeking a third term, conceded in a brief televised address. "⟦d:b|The people have spoken, and I congratulate her,⟧" he said, before adding that his party would be "⟦p:b|a vigilant and loyal opposition⟧".
His preferred successor, the finance minister Andrej Kos, did not appear in public on Sunday.
A diplomat based in the capital said the result would be watched closely in neighbouring states, several of which buy Kalvenian gas. "⟦d:u|Her whole campaign was about the gas contracts. Now she has to decide whether she meant it,⟧" the diplomat said, speaking on condition of anonymity.

### 002
@a Renata Olvera Quiroga | Miravalle's foreign minister
@b Joachim Fennimore | The forum's chair
@r - | one reporter
@u - | a delegate from one of the smaller island states
Foreign ministers from the eleven-member Southern Littoral Forum ended two days of talks in Port Sellaine on Thursday without agreeing on a joint communiqué, the first time in the bloc's 30-year history that a summit has closed without one.
The sticking point was a proposal to cut deep-water fishing quotas by a fifth over five years, which Miravalle and two other mainland states rejected outright.
“⟦d:a|No hubo acuerdo porque no hubo voluntad,⟧” Miravalle's foreign minister, Renata Olvera Quiroga, told reporters in Spanish as she left the conference hall. (“⟦d:a|There was no agreement because there was no will.⟧”)
The forum's chair, Joachim Fennimore of Sellaine, insisted the talks had not failed. “⟦d:b|We disagree about fish. We agree about almost everything else,⟧” he said at a closing press conference. “⟦d:b|In my family, that would count as a good Christmas.⟧”
One reporter asked, “⟦d:r|Is the forum still relevant if it can't agree on the one thing it was set up to manage?⟧”
Fennimore paused. “⟦d:b|It is more relevant than ever, precisely because it is hard,⟧” he replied.
According to a delegate from one of the smaller island states, the final session was spent on the wording of a single paragraph. “⟦d:u|Three hours on a comma. I timed it,⟧” the delegate said.
Olvera Quiroga later wrote on social media that Miravalle remained “⟦p:a|fully committed to the forum and to its founding spirit⟧”.

### 003
@a Farhod Ismatullaev | head of the National Emergency Committee
@c National Emergency Committee | -
@b Gulnora Rahimova | a schoolteacher
@d Bakhtiyor | Her brother-in-law
@u - | A spokesperson for the Tashevar Red Crescent
At least 212 people were killed and more than 1,400 injured when a magnitude 6.9 earthquake struck the Ardan highlands of northern Tashevar before dawn on Tuesday, flattening mud-brick villages and cutting the only road into the valley.
Farhod Ismatullaev, head of the National Emergency Committee, said the toll was certain to rise. “⟦d:a|We have reached perhaps half of the villages. In the others, we do not yet know what we will find,⟧” he told state television.
The committee said in a later statement that 38 rescue teams had been deployed and that helicopters would begin flying in tents and blankets at first light on Wednesday. “⟦d:c|The priority remains the search for survivors under the rubble,⟧” it said.
In Sangdara, a village of some 900 people near the epicentre, Gulnora Rahimova, 41, a schoolteacher, stood beside the remains of the school where she had taught for 16 years.
“⟦d:b:m|The walls came down in one movement, like a curtain. My husband pulled the children out through the window. We had no light, nothing, only the voices of the neighbours.⟧
“⟦d:b|By the time the sun came up we knew who was missing. Everybody knows everybody here.⟧”
Her brother-in-law Bakhtiyor, who had driven through the night from the provincial capital, said the family had been digging with their hands. “⟦d:d|We need machines. Shovels are not enough for concrete,⟧” he said.
A spokesperson for the Tashevar Red Crescent said aftershocks were hampering the work. “⟦d:u|Every time the ground moves, the teams have to pull back,⟧” she said. “⟦d:u|It costs us hours we do not have.⟧”

### 004
@b Ministry of Health | -
@c Tomás Aguirre Lenz | The country's chief medical officer
@a Lindiwe Mokoena-Barr | an epidemiologist at the University of Kestown who worked on the 2013 outbreak
@o Pan-Meridian Health Organization | -
@u - | a nurse at the district hospital in Ovanga who asked not to be named
Health authorities in the Republic of Sauvelle have confirmed 63 cases of Oreba fever in the eastern district of Ovanga, including nine deaths, and have closed schools in three towns as they try to contain the first outbreak of the virus in more than a decade.
The Ministry of Health said on Friday that all confirmed cases could be traced to a single funeral held in the town of Ndiko in late March. "⟦d:b|Contact tracing teams have identified 412 people who may have been exposed, and all of them are being monitored daily,⟧" the ministry said.
The country's chief medical officer, Dr Tomás Aguirre Lenz, urged residents not to travel. "⟦d:c|This virus spreads through close contact, not through the air. If we keep our distance from the sick and from the bodies of the dead, we can stop it,⟧" he said at a news conference in the capital.
Lindiwe Mokoena-Barr, an epidemiologist at the University of Kestown who worked on the 2013 outbreak, said the early tracing was encouraging but warned against complacency. "⟦d:a|The first weeks always look manageable. What matters is whether a single case slips through to a city,⟧" she said.
The Pan-Meridian Health Organization said it was sending doses of an experimental vaccine and a team of 14 specialists. It described the risk to neighbouring countries as "⟦p:o|moderate⟧" and the risk globally as "⟦p:o|low⟧".
At the district hospital, staff said protective equipment was running short. "⟦d:u|We are washing gowns that are meant to be thrown away,⟧" said a nurse at the district hospital in Ovanga who asked not to be named. "⟦d:u|We are frightened, but we come to work.⟧"

### 005
@a Hana Kurosawa | -
@b Matteo Brancaleone | a postdoctoral researcher at the Institute of Astrophysics in Veldra
@c Ruth Abernathy-Singh | an astronomer at Calder University who was not involved in the research
Astronomers say they have found the clearest evidence yet of water vapour in the atmosphere of a rocky planet outside the solar system, a world about 1.4 times the size of Earth orbiting a small red star 41 light years away.
The planet, catalogued as TOI-8817 b but already nicknamed “⟦s:-|the Kettle⟧” by the team because of its scorching surface, was observed over 19 transits with an orbiting infrared telescope.
“⟦d:a|We kept expecting the signal to go away when we added more data. It didn't. It got stronger,⟧” said Hana Kurosawa, who led the study, published on Wednesday in the journal Planetary Letters.
Dr Kurosawa cautioned that water vapour did not mean liquid water, let alone life. The surface, she said, was probably hotter than 400C. “⟦d:a|This is not a habitable world. It is a steam bath,⟧” she said.
Her co-author Matteo Brancaleone, a postdoctoral researcher at the Institute of Astrophysics in Veldra, put the significance simply: “⟦d:b|For the first time we can say a small rocky planet has kept an atmosphere this close to its star. That changes what we look for next.⟧”
Ruth Abernathy-Singh, an astronomer at Calder University who was not involved in the research, called the result “⟦p:c|a genuinely important step⟧” but said it would need confirmation by a second instrument. “⟦d:c|The team has been careful. But one telescope is one telescope,⟧” she said.

### 006
@a Mirela Dancu | a government spokeswoman
@b Kaan Erdil | the front's military commander
@m - | An official with the Inter-State Monitoring Mission
@v Ana Pletnyova | -
A ceasefire between the government of Drevnia and the Sulak Liberation Front appeared to be holding on Monday, its third day, despite reports of sporadic shelling near the frontline town of Kurgalets.
Mirela Dancu, a government spokeswoman, accused the rebels of firing mortar rounds at an army post overnight but said the military had been ordered not to respond. "⟦d:a|We will not give them the excuse they are looking for,⟧" she said. "⟦d:a|The ceasefire is holding because we are holding it.⟧"
Speaking through an interpreter at a mountain camp, the front's military commander, Kaan Erdil, denied the accusation. "⟦d:b|Our fighters have not fired a single shot since midnight on Friday,⟧" he said. "⟦d:b|If the army says otherwise, let the monitors come and see.⟧"
An official with the Inter-State Monitoring Mission, which has 60 observers in the region, said the mission had recorded 14 explosions since the truce began but could not yet say who was responsible. "⟦d:m|Fourteen is not nothing, but it is a fraction of what we were seeing last week,⟧" the official said.
In Kurgalets, where most of the pre-war population of 20,000 has fled, Ana Pletnyova, 67, was sweeping broken glass from the steps of her apartment block. "⟦d:v|They say ceasefire, ceasefire. I will believe it when I sleep through a night,⟧" she said.
Talks between the two sides are due to resume in the neutral city of Lassenburg next week.

### 007
@a Adunni Oyeniran-Blake | Ameyra's health minister since 2019
@b Junior Doctors' Association | -
Adunni Oyeniran-Blake, Ameyra's health minister since 2019, steps down this week after a tenure that spanned a cholera epidemic, two strikes by junior doctors and the launch of the country's first national health insurance scheme. Her successor, Ikenna Obiora-Shaw, takes office on Monday. She spoke to the Ledger; the interview has been edited for length.
Q: When you took office you said you wanted to be “⟦p:a|the minister nobody remembers⟧”. Did you manage it?
A: No. Cholera saw to that. [laughs] You cannot be invisible when people are dying in the outer districts and it is on the front page every morning.
Q: The Junior Doctors' Association called your first pay offer “⟦p:b|an insult⟧”. Were they right?
A: They were right. It was a bad offer. I told the cabinet at the time, “⟦d:a|If we go in this low, we will be back in this room within a year,⟧” and we were back in that room in eleven months.
Q: What are you proudest of?
A: The insurance scheme. Four million people who had never had a health card now have one. My mother had never seen a doctor who wasn't a missionary until she was forty.
Q: And what will you do now?
A: Plant something. My grandmother always said a woman who has been a minister should go home and plant something. So: tomatoes.

### 008
@a Amalia Ferreira-Lind | Judge
@c Hendrik van Aalst | -
@d Civic Union | -
The Supreme Electoral Court of Ostravia annulled the results of last month's regional election in the province of Dunmar on Wednesday, ruling that irregularities at 41 polling stations were serious enough to have changed the outcome.
In a 96-page judgment, Judge Amalia Ferreira-Lind wrote that the evidence of ballot stuffing was «⟦p:a|overwhelming and, in places, brazen⟧».
«⟦d:a|It is not for this court to say whom the voters of Dunmar would have chosen. It is for this court to ensure that they are allowed to choose,⟧» she wrote.
The judge ordered a new vote within 90 days and referred the conduct of six polling-station chairs to prosecutors.
Hendrik van Aalst, who represented the petitioners, called it a historic day. «⟦d:c|This is the first time an election in this country has been overturned by a court. It will not be the last time anyone tries to cheat, but it may be the last time they think it is free,⟧» Van Aalst said outside the courthouse.
The governing Civic Union, whose candidate had been declared the winner by 3,100 votes, said it respected the ruling but disputed its findings. «⟦d:d|Our candidate won fairly and will win again,⟧» the party said in a statement.

### 009
@a Maëlle Corbière | a spokeswoman for the Free Water Collective
@b Dariusz Wróbel | Chief Inspector
@j Jonas | a retired bus driver who declined to give his surname
@c Strenberg city council | -
Tens of thousands of people marched through central Strenberg on Saturday in protest at plans to sell the city's water utility to a private consortium, in the largest demonstration the city has seen in a decade.
Marchers carried placards reading "⟦s:-|Water is not a commodity⟧" and "⟦s:-|Not for sale⟧", and chanted "⟦s:-|Hands off our taps⟧" as they passed the city hall.
Maëlle Corbière, a spokeswoman for the Free Water Collective, which organised the march, said 60,000 people had taken part. "⟦d:a|The council thought this would go through quietly over the summer. Look around you. It is not quiet,⟧" she said.
Police put the number at 22,000. Chief Inspector Dariusz Wróbel said the march had been "⟦p:b|overwhelmingly peaceful⟧", with four arrests for criminal damage after a window was broken at a bank. "⟦d:b|We had a few hundred people who came looking for trouble and found very little of it,⟧" he said.
Jonas, a retired bus driver who declined to give his surname, said he had never protested before. "⟦d:j|My father helped dig the pipes for this city. I'm not going to stand here and watch them sell it,⟧" the 71-year-old said.
Strenberg city council said the sale would fund €400 million of overdue repairs. "⟦d:c|No decision has yet been taken, and the public consultation remains open until September,⟧" the council said.

### 010
@a Mehwish | the 29-year-old
@b Tariq | her husband
@c Zafarullah Kheshgi | The district commissioner
@d Nasreen | Their neighbour
The water came at night, Mehwish remembers, and it came without a sound.
“⟦d:a|There was no roar like in films. I put my foot down from the charpai and it was in water up to my ankle. Five minutes later it was at my knee,⟧” says the 29-year-old, sitting on a reed mat on the raised embankment that has been her family's home for three weeks.
She and her husband, Tariq, carried their three children and a goat along the canal bank in the dark. The goat survived. Their house, built from unfired brick, did not.
“⟦d:b|I built it with my brother in 2019. It took us a whole winter,⟧” Tariq says. “⟦d:b|It took the river one night.⟧”
Across the lower Sindavar delta, the government estimates that more than 300,000 people have been displaced by floods that followed the heaviest monsoon rains in 40 years. The district commissioner, Zafarullah Kheshgi, told reporters last week that relief camps were at “⟦p:c|double their capacity⟧”.
On the embankment, aid arrives irregularly. Their neighbour Nasreen, who lost her husband on the first night of the flood, says the trucks come every three or four days.
“⟦d:d|They throw the flour bags from the back and drive away. The strong ones get it,⟧” she says.
Mehwish says she does not know when they will be able to go home, or whether there will be anything to go home to. “⟦d:a|Tariq says we will build again. I say, with what?⟧”

### 011
@a Norvaland Academy of Sciences | -
@b Kjell-Arne Brødholt | the energy minister
@c Ingvild Sæther | The academy's president
The Norvaland Academy of Sciences has called on the government to abandon plans for new offshore drilling licences in the Skarvøy basin, in an unusually blunt open letter published on Tuesday.
``⟦d:a|The science on this question is not uncertain, and it has not been uncertain for some time,⟧'' the academy wrote. ``⟦d:a|New licences issued today would produce oil until the 2060s. There is no credible pathway to the government's own targets that includes them.⟧''
The letter was signed by 340 of the academy's 412 members, including four former presidents.
Within hours, the energy minister, Kjell-Arne Brødholt, responded on social media. ``⟦d:b|I have great respect for the Academy. But scientists do not keep the lights on in Tromvik in January,⟧'' he wrote.
The academy's president, Professor Ingvild Sæther, said she had expected the response. ``⟦d:c|The minister is right that scientists do not keep the lights on. Engineers do, and they are telling us the same thing,⟧'' she said in an interview.
``⟦d:c|We are not activists. We would much rather be in our laboratories,⟧'' she added.

### 012
@a Dominika Hrabalová | The finance minister
@b Reuben Asante-Falk | the 34-year-old leader of the Green Left
@s Tadeusz Lorenc | the Speaker
Lyria's parliament passed the government's austerity budget by 104 votes to 97 late on Thursday after a stormy eight-hour debate in which the chamber was twice suspended.
The finance minister, Dominika Hrabalová, opened by warning that the country had "⟦p:a|run out of road⟧". "⟦d:a|Every crown we borrow this year will cost our children two,⟧" she told MPs.
Reuben Asante-Falk, the 34-year-old leader of the Green Left, accused her of balancing the books on the backs of pensioners.
"⟦d:b|Does the minister know what a pensioner in Dolna pays for heating this winter?⟧" he asked.
"⟦d:a|I know exactly what she pays,⟧" Hrabalová shot back. "⟦d:a|I also know what she will pay if this country defaults.⟧"
The exchange grew so heated that the Speaker, Tadeusz Lorenc, suspended the sitting for 20 minutes. "⟦d:s|Colleagues, this is a parliament, not a marketplace,⟧" he said.
When the debate resumed, Asante-Falk returned to the attack. "⟦d:b|This budget will pass tonight. It will not survive the winter,⟧" the 34-year-old said.
Hrabalová declined to comment as she left the chamber.

### 013
@b Aliou Diakhaby-Sow | Mines Minister
@a Ardent Copper Holdings | -
@u - | A person familiar with the negotiations
@c Fatoumata Sangaré | an analyst at the consultancy Savanna Risk Partners
The government of Ouessa has suspended the export licence of Ardent Copper Holdings, the country's largest foreign investor, escalating a two-year dispute over unpaid royalties that it says amount to $780 million.
Mines Minister Aliou Diakhaby-Sow announced the decision on state radio on Monday evening. “⟦d:b|The era in which companies could take our copper and leave us the dust is over,⟧” he said.
Ardent said it was “⟦p:a|surprised and disappointed⟧” by the move and insisted it had paid every tax it owed. “⟦d:a|We have operated in Ouessa for 22 years and have always acted in full compliance with the mining code,⟧” the company said in a statement, adding that it would seek international arbitration.
A person familiar with the negotiations said the two sides had been close to a settlement as recently as last month. “⟦d:u|There was a number on the table. Then the politics changed,⟧” the person said.
Fatoumata Sangaré, an analyst at the consultancy Savanna Risk Partners, said the suspension was aimed as much at voters as at the company. “⟦d:c|Elections are in eight months. Standing up to a foreign miner is very good politics,⟧” she said.

### 014
@a Priya Venkataraman-Hollis | the regional health director
A measles vaccination campaign targeting 1.2 million children began on Monday in the southern provinces of Cardavia, where an outbreak has killed 31 children since January.
"⟦d:a|Every one of those deaths was preventable,⟧" said Dr Priya Venkataraman-Hollis, the regional health director. "⟦d:a|Two doses. That is all it takes.⟧"
Mobile teams will visit 4,000 villages over six weeks, she said, and parents who missed earlier rounds will not be asked for documents. "⟦d:a|We are not checking papers. We are checking arms,⟧" she said.

### 015
@a Valentina Ochoa Benítez | The centre-left former senator
@b Esteban Larrañaga | a conservative businessman who has never held elected office
@m Lucía Ferrán | the moderator
The two candidates in Calandria's presidential run-off clashed over crime, pensions and each other's honesty on Sunday in their only televised debate before the vote on 14 May.
The centre-left former senator Valentina Ochoa Benítez, who won the first round by four points, accused her rival of wanting to "⟦p:a|govern by decree⟧". Her opponent, Esteban Larrañaga, a conservative businessman who has never held elected office, said she represented "⟦p:b|thirty years of the same faces⟧".
The sharpest moment came when the moderator, Lucía Ferrán, asked each candidate to name one thing they admired about the other.
"⟦d:b|Her stamina,⟧" Larrañaga said after a long pause. "⟦d:b|She has been in politics since I was at school.⟧"
Ochoa Benítez smiled. "⟦d:a|Él sabe vender. Eso no se lo voy a negar,⟧" she said. ("⟦d:a|He knows how to sell. I won't deny him that.⟧")
"⟦d:m|That is not quite a compliment, senator,⟧" Ferrán said.
"⟦d:a|It is the best one he is getting tonight,⟧" Ochoa Benítez replied.
Polls published last week showed the race within the margin of error.

### 016
@a National Meteorological Service | -
@b Celestine Baptiste-Aubrey | the governor of the eastern province
@c Ruel Jno-Charles | -
@u - | one volunteer
Cyclone Imara strengthened to a category four storm overnight and is expected to make landfall on the eastern coast of the Isles of Saint-Anselme late on Thursday, forecasters warned, as authorities ordered the evacuation of 80,000 people from low-lying areas.
The National Meteorological Service said the storm was packing sustained winds of 215km/h and could bring a surge of up to four metres. “⟦d:a|This is a life-threatening situation. Residents in the evacuation zone must leave now, not tomorrow,⟧” it warned in a bulletin issued at 5am.
Celestine Baptiste-Aubrey, the governor of the eastern province, said buses would run through the night. “⟦d:b|Nobody should stay behind because they do not have a car,⟧” she told a press briefing in Port Anselme. “⟦d:b|Take your medicines, your papers and your children. Leave the furniture.⟧”
In the fishing village of Pointe Malabar, not everyone was listening. Ruel Jno-Charles, 58, had hauled his boat up the beach and tied it to a breadfruit tree. “⟦d:c|I've seen Delphine, I've seen Marcus, I've seen them all,⟧” he said. “⟦d:c|The sea will come and the sea will go.⟧”
His daughter, who lives in the capital, had been calling him every hour, he said.
At a school converted into a shelter in the town of Belle-Anse, one volunteer said more than 600 people had arrived by early evening. “⟦d:u|We have mats for 400. We will manage,⟧” she said.

### 017
@a Efua Amankwah-Riis | the trial's principal investigator
@b Halvorsen Biologics | -
@c Thierry Mbemba-Koulou | a parasitologist at the Lisanga Institute of Tropical Medicine who was not involved in the study
@d Marthe | a mother of three from the village of Kibanda whose two youngest children took part in the trial
An experimental malaria vaccine cut cases of severe disease among young children by 77% over two years, according to results from a trial of 9,600 children in three countries presented on Tuesday at a medical conference in Lisanga.
“⟦d:a|These are the numbers we have been waiting twenty years to see,⟧” said Dr Efua Amankwah-Riis, the trial's principal investigator. “⟦d:a|But a trial is not a programme. Now comes the hard part.⟧”
The vaccine, known as HB-71, was developed by Halvorsen Biologics, which said it would supply it at cost to public health programmes in affected countries. “⟦d:b|We will not profit from this vaccine in any country where malaria is endemic,⟧” the company said in a statement.
Prof Thierry Mbemba-Koulou, a parasitologist at the Lisanga Institute of Tropical Medicine who was not involved in the study, described the findings as “⟦p:c|very solid⟧” but noted that protection appeared to fade after 18 months without a booster. “⟦d:c|Four doses in a rural district is not the same thing as four doses in a clinical trial,⟧” he said.
Marthe, a mother of three from the village of Kibanda whose two youngest children took part in the trial, said she had not understood at first what it was for. “⟦d:d|They told us it was for the fever. I said, every child gets the fever. Now my small ones don't get it, and the neighbours want to know why,⟧” she said.

### 018
@a Bertrand Lefèvre-Daumas | the foreign ministry's spokesman
@b Niklas Ørnstrup | Ambassador
@c Ostrelian foreign ministry | -
@u - | A senior Vaudrennais official
Vaudrenne expelled Ostrelia's ambassador on Friday and recalled its own envoy from Kjellborg, accusing its neighbour of running a network of informants inside the Vaudrennais defence ministry.
«⟦d:a|Ces agissements sont incompatibles avec le statut diplomatique⟧», the foreign ministry's spokesman, Bertrand Lefèvre-Daumas, told a briefing in Valcourt — «⟦d:a|these actions are incompatible with diplomatic status⟧».
Ambassador Niklas Ørnstrup was given 72 hours to leave the country. Speaking to reporters at the gate of his residence, he called the allegations «⟦p:b|fantasy⟧». «⟦d:b|I have served in this country for four years and I have never met a spy. I would have liked to,⟧» he said.
The Ostrelian foreign ministry said it would respond «⟦p:c|proportionately and in due course⟧».
A senior Vaudrennais official, speaking on condition of anonymity, said three defence ministry employees had been arrested in September. «⟦d:u|This did not start yesterday. We have been watching for a long time,⟧» the official said.

### 019
@a Nikos Vardalis | a coast guard spokesman
@b Samir al-Khatib | -
@d Amina Yusuf | -
@c International Office for Refugees | -
At least 46 people are feared dead after an overcrowded fishing boat capsized off the island of Kessos early on Sunday, the coast guard said, in one of the deadliest shipwrecks in the eastern sea this year.
Lieutenant Commander Nikos Vardalis, a coast guard spokesman, said 79 people had been rescued and 11 bodies recovered. “⟦d:a|The sea was very rough, force seven. Our crews pulled people out of the water for six hours,⟧” he said. “⟦d:a|We are still searching, but with every hour the hope is less.⟧”
Survivors told rescuers that about 130 people had been on board the vessel, which had left the coast of Merenia two days earlier.
Speaking through an interpreter at a reception centre on Kessos, Samir al-Khatib, 24, said the smugglers had taken the life jackets away before departure. “⟦d:b|They said there was no space for them. We paid 4,000 dollars each and they said there was no space,⟧” he said.
Amina Yusuf, who was travelling with her two sons, sat on a camp bed wrapped in a grey blanket. Both boys survived; her brother did not. “⟦d:d|He gave his place on the rope to my younger one,⟧” she said quietly.
The International Office for Refugees said it was “⟦p:c|deeply saddened⟧” and renewed its call for safe legal routes. “⟦d:c|As long as there are no alternatives, people will keep getting into these boats,⟧” the agency said.

### 020
@a Chiamaka Eze-Lindqvist | -
@b Rafael Montoya Sáenz | the chief negotiator for a group of 48 developing nations
@u - | One European negotiator
@d Alliance for Medicines Access | a coalition of health charities
Negotiators from 150 countries failed on Friday to finalise a global pandemic preparedness treaty by their self-imposed deadline, but agreed to keep talking for another six weeks after an all-night session in Montclair.
``⟦d:a|We are closer than we have ever been, and that is not the same as being close,⟧'' said Dr Chiamaka Eze-Lindqvist, who co-chairs the negotiating body.
The main obstacle remains a provision that would require manufacturers to set aside a fifth of their vaccine production for poorer countries during a declared pandemic. Rafael Montoya Sáenz, the chief negotiator for a group of 48 developing nations, said his bloc would not sign a treaty without it.
``⟦d:b|Last time, we waited at the back of the queue while others vaccinated their teenagers,⟧'' he said. ``⟦d:b|We will not do that again. We cannot.⟧''
One European negotiator, speaking on condition of anonymity, said the gap had narrowed overnight. ``⟦d:u|Ten percent is on the table. Twenty is not. Somewhere in between there is a treaty,⟧'' the negotiator said.
The Alliance for Medicines Access, a coalition of health charities, accused wealthy nations of ``⟦p:d|stalling until the world forgets⟧''.

### 021
@a Joana Carvalho-Mendes | the regional civil protection commander
@c Vasco Teixeira da Silva | The mayor of Alcor
@b Aurélio Pimentel | a shepherd
More than 1,200 firefighters were battling a wildfire in the hills of the Serra de Alcor on Wednesday as temperatures climbed above 44C for a fifth consecutive day and winds pushed the flames towards the outskirts of the town.
"⟦d:a|We have contained the southern front. The northern front is not contained, and I will not pretend otherwise,⟧" Joana Carvalho-Mendes, the regional civil protection commander, told reporters at a command post.
She admitted that the first crews had taken almost two hours to reach the fire after it broke out on Sunday. "⟦d:a|The roads up there are goat tracks. That is not an excuse. It is a fact we have to fix,⟧" she said.
The mayor of Alcor, Vasco Teixeira da Silva, said 3,000 residents had been moved to a sports hall and two schools. Several villages had been evacuated for the second time in three summers, he said. "⟦d:c|People are tired. Not frightened any more — tired,⟧" he said.
Aurélio Pimentel, a shepherd, recalled driving his flock of 300 sheep down the mountain at night with the fire behind him. "⟦d:b|I could feel the heat on the back of my neck,⟧" he said. "⟦d:b|I lost 40 animals. My neighbour lost everything.⟧"

### 022
@a Baraka Lwanga | Nambara's president
@b Henrike Sommerfeld | Prime Minister
The leaders of Nambara and Halvenia signed agreements on green hydrogen, vocational training and visa-free travel for students on Tuesday, during the first state visit by a Nambaran head of state to Halvenia in 27 years.
Nambara's president, Baraka Lwanga, said the hydrogen deal could bring $4 billion of investment to his country's arid north. “⟦d:a|We have sun and wind that nobody is using. You have factories that need clean energy. It is not complicated,⟧” he told a joint news conference in Reinsfeld.
Prime Minister Henrike Sommerfeld described the agreement as “⟦p:b|a partnership of equals, not a donor and a recipient⟧”.
Asked by a Nambaran journalist whether Halvenia would also ease visas for workers, not just students, Sommerfeld answered carefully. “⟦d:b|We are starting with students because that is where we could agree quickly. I would not rule out the rest,⟧” she said.
Lwanga, speaking in Swahili through an interpreter, was more direct. “⟦d:a|Students today, workers tomorrow. I have written it down,⟧” he said, tapping a notebook, as the room laughed.
“⟦d:b|He has a very good memory. I will have to be careful,⟧” Sommerfeld joked.

### 023
@b National Council for the Safeguard of the Republic | -
@a Ousmane Tiendrébéogo | Colonel
@c Aïssata Kanouté | a senior adviser to the president
@d Economic Community of Coastal States | -
@u - | A resident of the capital reached by phone
Soldiers in the West Saheli republic of Korodougou said on Thursday that they had seized power and dissolved the government, hours after gunfire was heard around the presidential palace in the capital, Sikalamba.
In a statement read on state television, a group calling itself the National Council for the Safeguard of the Republic said it had suspended the constitution and closed the country's borders. "⟦d:b|The defence and security forces have decided to put an end to the regime you know,⟧" the statement said.
The statement was read by Colonel Ousmane Tiendrébéogo, who was flanked by nine other officers in uniform. "⟦d:a|We call on the population to remain calm and to go about their business,⟧" he said at the end of the broadcast. "⟦d:a|No blood will be spilled.⟧"
The whereabouts of President Moussa Tiemtoré were not known. Aïssata Kanouté, a senior adviser to the president, told the Herald by phone from outside the country that he had been detained. "⟦d:c|The president is alive, as far as we know. He is being held against his will by people who swore an oath to protect him,⟧" she said.
The Economic Community of Coastal States condemned what it called "⟦p:d|an unconstitutional change of government⟧" and said its heads of state would meet in emergency session on Saturday.
A resident of the capital reached by phone said the streets were quiet. "⟦d:u|The shops are shut. People are listening to the radio and waiting,⟧" he said.

### 024
@a Medicines Evaluation Agency | -
@b Graham Whitlow-Pryce | an oncologist at St Brendan's Hospital in Carrowmore who led the national arm of the trial
@c Margaret Oduya | chief executive of the charity Pancreas Hope
@d Tobias Renn | a 52-year-old teacher who took part in the trial
Patients with advanced pancreatic cancer will be able to get a new targeted drug on the national health service from next month, after the Medicines Evaluation Agency approved it on Wednesday following a fast-track review.
The agency said the drug, sotrapanib, had extended average survival by four and a half months in a trial of 820 patients. “⟦d:a|For a disease where options have been so limited, this is a meaningful improvement,⟧” it said.
Dr Graham Whitlow-Pryce, an oncologist at St Brendan's Hospital in Carrowmore who led the national arm of the trial, said the figure understated the benefit for some patients. “⟦d:b|Averages hide people. I have patients on this drug who are two years out and gardening,⟧” he said.
Margaret Oduya OBE, chief executive of the charity Pancreas Hope, welcomed the decision but said it had come too late for many. “⟦d:c|We have been asking for faster approvals for a decade. Every month of delay is counted in lives,⟧” she said.
Tobias Renn, a 52-year-old teacher who took part in the trial, said he had been told in 2022 that he had months to live. “⟦d:d|I went back to work in September. My pupils think I'm indestructible. I don't correct them,⟧” he said.

### 025
@a Talal Al-Rushdan | Foreign Minister
@d - | a security official in the region
@b Linnea Forsgren | The nurse
@e Anders Forsgren | her father
@c Field Hospitals International | -
Three aid workers held for 14 months by an armed group in the desert province of Tarhun were freed on Saturday after mediation by the government of Qasimiya, officials said.
The three — a nurse, a logistician and a driver — were flown to the Qasimiyan capital, Dar al-Bahr, where they were examined by doctors and reunited with relatives.
Foreign Minister Talal Al-Rushdan, who led the mediation, told reporters at the airport that no ransom had been paid. "⟦d:a|Qasimiya does not pay for people. We talk, and we keep talking,⟧" he said.
That account was disputed. According to a security official in the region, "⟦p:d|a significant sum⟧" changed hands in the final week of talks. "⟦d:d|Nobody walks out of the desert for free,⟧" the official said.
The nurse, Linnea Forsgren, 34, spoke briefly at the foot of the aircraft steps. "⟦d:b|I want to thank everyone who did not forget us. We heard the radio sometimes. We knew,⟧" she said, before being led away by her father, Anders Forsgren.
"⟦d:e|She's thinner. She's herself,⟧" her father said later. "⟦d:e|That's all I need to know today.⟧"
Field Hospitals International, which employed all three, said in a statement that it was "⟦p:c|overwhelmed with relief⟧" and would review its security arrangements in Tarhun.

### 026
@a Ingrid Aasheim-Reyes | the expedition's chief scientist
@b Kalani Kahananui | a 26-year-old graduate student who had been awake for 20 hours
@c Teodoro Villalba | The ship's captain
At 3,400 metres below the surface of the Southern Ocean, the remotely operated vehicle's lights picked out something none of the nine scientists crowded into the control room had seen before: a field of pale, finger-length sponges, thousands of them, standing upright on a bed of black rock.
“⟦d:a|Stop there. Stop, stop. Hold it there,⟧” said Ingrid Aasheim-Reyes, the expedition's chief scientist, leaning towards the screen.
For a few seconds nobody spoke.
“⟦d:b|Are those moving?⟧” asked Kalani Kahananui, a 26-year-old graduate student who had been awake for 20 hours.
“⟦d:a|That's the current,⟧” Ingrid said. “⟦d:a|I think. Zoom in.⟧”
The expedition, funded by the Southern Oceans Trust, has spent five weeks mapping seamounts that have never been surveyed, in an area that several governments have proposed opening to seabed mining.
Over dinner in the ship's mess that evening, Kalani was still grinning. “⟦d:b|People wait their whole careers for a night like this. I'm a second-year student,⟧” he said.
Ingrid was more measured. “⟦d:a:m|We will need months to describe what we saw today, possibly years. It may be a new species. It may be several.⟧
“⟦d:a|What I can say tonight is that every time we come down here, we find something. That should make everyone who wants to dig it up think very carefully.⟧”
The ship's captain, Teodoro Villalba, who has sailed these waters for 31 years, allowed himself a rare comment on the science. “⟦d:c|I just drive the boat,⟧” he said. “⟦d:c|But I have never seen them this happy.⟧”

### 027
@a Independent Electoral Board | -
@b Mele Tuipulotu | Opposition leader
The Independent Electoral Board of the Falemanu Islands has postponed next month's general election by six weeks, citing damage to polling stations from Cyclone Rua.
``⟦d:a|We cannot ask people to vote in buildings that have no roofs,⟧'' the board said in a statement on Monday. The new date is 19 August.
Opposition leader Mele Tuipulotu accepted the delay but warned against any further slippage. ``⟦d:b|Six weeks, not six months. We will be counting the days,⟧'' she said.

### 028
@a Rahmat Wibisono | head of the national volcano monitoring agency
@d national volcano monitoring agency | -
@b Ni Kadek Wulandari | a vegetable seller
@c Yohanes Sitompul | The district head
Mount Batu Rasa on the island of Tanjara erupted on Friday afternoon, sending a column of ash 11 kilometres into the sky and forcing the evacuation of more than 18,000 people from villages on its slopes.
Rahmat Wibisono, head of the national volcano monitoring agency, said the alert had been raised to its highest level. «⟦d:a|The pressure has been building for three weeks. We expected this, but not this strong,⟧» he said. «⟦d:a|Pyroclastic flows could reach six kilometres from the crater.⟧»
The agency said in a later bulletin that a seven-kilometre exclusion zone was in force and warned of lahars if heavy rain fell on the fresh ash. «⟦d:d|Residents along the rivers should move to higher ground immediately,⟧» it said.
In the town of Sumber Anyar, where ash fell like grey snow, Ni Kadek Wulandari, a vegetable seller, was loading sacks of cabbages onto a motorbike. «⟦d:b|Everything on the stall is covered. Who will buy it now?⟧» she said.
The district head, Yohanes Sitompul, said the evacuation had gone smoothly. «⟦d:c|People here know this mountain. When we said go, they went,⟧» he said.

### 029
@a Annika Thorsdóttir | a glaciologist at Hvalnes University
@b Einar Vik | my colleague
@c Sigrún Hallsdóttir | The environment minister
Professor Annika Thorsdóttir, a glaciologist at Hvalnes University, has spent twenty summers on the Varnak ice shelf, which last month lost a slab of ice roughly the size of a small country. She has described the break-up as “⟦p:a|the event we were all waiting for and hoping not to see⟧”. She spoke to the Sentinel's science desk; the interview has been edited and condensed.
Q: When did you first know something was wrong?
A: In March. The GPS stations we have on the shelf started moving faster, a few centimetres a day more than normal. Then in the middle of the night my colleague Dr Einar Vik called me and said, “⟦d:b|Annika, station four is gone.⟧” I asked him what he meant by gone. He said, “⟦d:b|Gone. It's in the sea.⟧”
Q: The environment minister, Sigrún Hallsdóttir, called the collapse “⟦p:c|a wake-up call⟧”. Is it?
A: We have had a lot of wake-up calls. At some point you have to get out of bed.
Q: What happens to the rest of the shelf?
A: Honestly, we don't know. That's the uncomfortable part of my job. The models say it should hold for decades. The models said that about the part that just broke off, too.
Q: Are you going back?
A: Next summer, if they'll fund us. I have two students who have never seen it. I want them to see it while it is still there.

### 030
@a Jan-Willem de Roover | -
@b Femke ter Horst | leader of the Green Alliance
@d Sanne Oudkerk | Christian Democrat leader
@c Youssef El Amrani | a political scientist at the University of Zeeburg
The Liberal Party of Jan-Willem de Roover emerged as the largest party in Vrieland's general election on Wednesday but fell far short of a majority, setting the stage for what could be months of coalition talks.
With nearly all votes counted, the Liberals had 38 of the 150 seats in parliament, ahead of Femke ter Horst's Green Alliance on 31 and the Christian Democrats on 24.
"⟦d:a|The voters have given us the first move. We intend to use it,⟧" de Roover told supporters in Zeeburg, insisting that a government could be formed "⟦p:a|before the tulips⟧".
Femke ter Horst, leader of the Green Alliance, said she was ready to talk but would not join any coalition that weakened the country's climate law. "⟦d:b|Our voters did not send us to parliament to water down the climate law. That is not a red line. It is the only line,⟧" she said.
Christian Democrat leader Sanne Oudkerk, whose party lost nine seats, was more cautious. She said her party needed "⟦p:d|time to listen⟧" before deciding whether to negotiate. "⟦d:d|We have been punished, and we have to understand why,⟧" she said.
Youssef El Amrani, a political scientist at the University of Zeeburg, said the arithmetic left the Liberals little choice. "⟦d:c|De Roover needs one of the two women in that room, and neither of them needs him,⟧" he said. "⟦d:c|That is not a strong position for the winner.⟧"

### 031
@a International Stability Fund | -
@d Petra Wendling | the fund's mission chief for Montavia
@b Dragana Ilić-Vukmir | Finance Minister
@c Montavian Federation of Trade Unions | -
The International Stability Fund has agreed in principle to lend Montavia €3.2 billion over three years, throwing a lifeline to a government that has been unable to borrow on international markets since its currency collapsed in the spring.
“⟦d:a|The authorities have committed to an ambitious but realistic programme of reforms,⟧” the fund said in a statement issued in Veliko Polje late on Tuesday.
Petra Wendling, the fund's mission chief for Montavia, told reporters the loan would be disbursed in tranches tied to progress on tax collection and energy subsidies. “⟦d:d|Nobody is asking Montavia to do anything overnight. We are asking it to do things in order,⟧” she said.
In a letter to the fund's managing director, Finance Minister Dragana Ilić-Vukmir wrote that the government would cut fuel subsidies by half by next June. “⟦d:b|We do not take this step lightly. We take it because the alternative is worse,⟧” she wrote.
The letter was published on the ministry's website on Wednesday morning.
The Montavian Federation of Trade Unions called the conditions “⟦p:c|a programme of managed poverty⟧” and announced a general strike for 2 October.

### 032
@a Oluwaseun Adebayo-Cole | the agency's country director
@b Anselm Kovač | The army's spokesman
@d - | A driver who survived the attack
@c Soraya Nazemi | a surgeon at the only functioning hospital in Qalbiya
Four aid workers were killed and six wounded when a marked food convoy came under fire on the road to the besieged city of Qalbiya on Saturday, the World Food Relief Agency said, prompting it to suspend all deliveries in the region.
Oluwaseun Adebayo-Cole, the agency's country director, said the convoy's route and timing had been shared with all parties to the conflict 48 hours in advance.
"⟦d:a:m|Every truck had our logo on the roof. Every commander on every side knew we were coming.⟧
"⟦d:a:m|Four of our colleagues are dead. Two of them were drivers who had worked with us since the first winter of this war.⟧
"⟦d:a|We are suspending operations until we receive guarantees that mean something.⟧"
The army's spokesman, Brigadier General Anselm Kovač, denied that government forces had been involved. "⟦d:b|Our units were not within eight kilometres of that road,⟧" he said, blaming what he called "⟦p:b|terrorist elements⟧".
A driver who survived the attack, speaking by phone from a field hospital, said the firing began as the convoy slowed at a checkpoint. "⟦d:d|First one shot, then many. I lay under the truck and prayed,⟧" he said.
Dr Soraya Nazemi, a surgeon at the only functioning hospital in Qalbiya, said the city had not received food aid for 23 days. "⟦d:c|People are eating grass soup. I am not saying this for effect. I am saying it because I see it,⟧" she said.

### 033
@a Meenakshi Sundaram-Iyer | The state health minister
@b Beverage Makers' Association | -
@c Rohan Deshpande | a paediatrician in Kalinagar
@d Farida Begum | -
Varunapradesh will become the first state in the country to tax sugary drinks, its government announced on Monday, with a levy of 20% on soft drinks containing more than five grams of sugar per 100ml from January.
The state health minister, Dr Meenakshi Sundaram-Iyer, put the case bluntly: “⟦d:a|One in four of our children is overweight. Ten years ago it was one in ten. We can wait for the next ten years, or we can act.⟧”
The Beverage Makers' Association said the tax would cost jobs and push consumers towards unregulated products. “⟦d:b|Taxes do not make people healthier; they make them poorer,⟧” the association said.
Rohan Deshpande, a paediatrician in Kalinagar, said he now saw type 2 diabetes in children as young as nine. “⟦d:c|When I trained, we were taught this was an adult disease,⟧” he said. “⟦d:c|Nobody told my patients.⟧”
Farida Begum, who runs a tea stall near the Kalinagar bus stand, said she would keep selling cola. “⟦d:d|People want it cold and sweet. If it is more expensive, they will complain, and then they will buy it,⟧” she said.

### 034
@a Hüseyin Karaman | the conference president
@b Losaline Taufa | the climate envoy of the Vailoa Atolls
@c - | One delegate from a large oil-producing country
@d Climate Justice Network | -
Nearly 190 countries agreed early on Sunday to a deal that for the first time sets a date — 2050 — for ending the use of unabated coal, after talks in the coastal city of Marisol ran more than 30 hours past their scheduled close.
“⟦d:a|It is not perfect. Nothing agreed by 190 countries is perfect. But it is real,⟧” the conference president, Hüseyin Karaman, said as he brought down the gavel to a long standing ovation.
For the low-lying island states, the deal fell short. Losaline Taufa, the climate envoy of the Vailoa Atolls, fought back tears as she addressed the final plenary.
“⟦d:b:m|My grandmother was born on an island that no longer exists. My daughter was born on one that may not exist when she is my age.⟧
“⟦d:b|We accept this deal because the alternative is no deal. Do not mistake our acceptance for satisfaction.⟧”
One delegate from a large oil-producing country, speaking on condition of anonymity, said the coal language had been the price of keeping oil and gas out of the text. “⟦d:c|Everyone gave something. Some gave more than others,⟧” he said.
The Climate Justice Network called the agreement “⟦p:d|a coal phase-out with an oil-shaped hole in the middle⟧”.

### 035
@a Ministry of Antiquities | -
@b Nadia Fawzi | -
@c Mahmoud | the site's night guard
@d Luc Vandermeersch | a specialist in ancient textiles at the University of Ghentbrugge
Archaeologists working near the oasis town of Siwara have uncovered an intact burial chamber containing the remains of at least 14 people, along with painted coffins, linen and jars of what appears to be honey, the Ministry of Antiquities announced on Saturday.
«⟦d:a|This is one of the most complete burials found in the western desert in half a century,⟧» the ministry said in a statement.
Dr Nadia Fawzi, who directs the excavation, said the team had spent four days clearing sand from the entrance before they could look inside. «⟦d:b|When the light went in, there was colour everywhere. Blue, yellow, red. It looked as if it had been painted last week,⟧» she said.
The first person to see inside was the site's night guard, Mahmoud, who has worked at the dig for nine seasons. «⟦d:c|Ya salaam⟧», he said he whispered when his torch beam reached the coffins — «⟦d:c|oh, wonderful⟧».
Luc Vandermeersch, a specialist in ancient textiles at the University of Ghentbrugge, said the linen alone could keep researchers busy for a decade. «⟦d:d|Textiles almost never survive like this. We can see the weaving, the repairs, even where someone made a mistake,⟧» he said.

### 036
@a Ciprian Oancea | Transport Minister
@r - | a reporter
@b prime minister's office | -
@c Irina Dobrescu | an anti-corruption campaigner with the group Transparență Acum
Transport Minister Ciprian Oancea was confronted by reporters outside his home in the Pădurea Verde district on Tuesday morning, a day after a newspaper published photographs of him on a yacht owned by a road-building contractor.
"⟦d:r|Minister, who paid for the trip?⟧" a reporter asked.
"⟦d:a|I paid for my own food and my own fuel. Everything else is a matter for my lawyers,⟧" Oancea said, walking towards a waiting car.
"⟦d:r|Will you resign?⟧"
"⟦d:a|No. Why would I resign for going on holiday?⟧" he said, and closed the door.
The prime minister's office said later that it had asked the minister for "⟦p:b|a full written explanation⟧" by the end of the week.
Irina Dobrescu, an anti-corruption campaigner with the group Transparență Acum, said the case showed why the country needed a public register of gifts to officials. "⟦d:c|He says he paid for the food. Wonderful. Who paid for the yacht?⟧" she said.

### 037
@a Bishnu Prasad Adhikari | Deputy Superintendent
@b Sunita Gurung-Thapa | a health worker who treated them at the scene
@c Kandari Army | -
@d Ram Bahadur Magar | -
Rescuers digging with shovels and bare hands pulled two children alive from the mud on Thursday, a day after a landslide buried much of the hill village of Thulo Kharka in western Kandari, killing at least 37 people.
Deputy Superintendent Bishnu Prasad Adhikari, who is leading the police operation, said 19 people were still missing. “⟦d:a|The ground is still moving. We have to stop every time it rains,⟧” he said.
The children, a brother and sister aged six and nine, had been sheltered by a fallen roof beam. “⟦d:b|They were cold and thirsty but they were talking. The little one asked for his mother,⟧” said Sunita Gurung-Thapa, a health worker who treated them at the scene.
Their mother has not been found.
The Kandari Army said it had flown in 120 soldiers and two small excavators by helicopter. “⟦d:c|Heavy machinery is now on site and operating,⟧” it said in a statement.
Ram Bahadur Magar, 63, lost his wife and two grandchildren. He sat on a rock above what had been his house, watching the soldiers work. “⟦d:d|I was in the field. I heard it like thunder. I turned round and the village was gone,⟧” he said.

### 038
@a Siobhán Ní Bhriain | a professor of environmental epidemiology at Atlantic University in Carrickmoyle
@b Kenjiro Matsuda | a neurologist at Sakuragaoka University Hospital who was not involved in the work
@c Clean Air Council | -
@d - | A spokesperson for the Department of the Environment
People who live for at least a decade near busy roads have a 14% higher risk of developing dementia than those who live further away, according to a study of 2.3 million adults published on Thursday.
The researchers, led by Siobhán Ní Bhriain, a professor of environmental epidemiology at Atlantic University in Carrickmoyle, tracked residents' health records over 15 years.
``⟦d:a|We adjusted for income, smoking, education and a dozen other factors, and the association held,⟧'' Prof Ní Bhriain said. ``⟦d:a|It does not prove that traffic fumes cause dementia. It makes it much harder to argue that they don't.⟧''
Kenjiro Matsuda, a neurologist at Sakuragaoka University Hospital who was not involved in the work, said the findings were consistent with laboratory studies. ``⟦d:b|Fine particles reach the brain. We have seen them there,⟧'' he said.
The Clean Air Council said the study should end the debate over a proposed low-emission zone in the capital. ``⟦d:c|How many more studies does the government need?⟧'' the council asked.
A spokesperson for the Department of the Environment said the government would ``⟦p:d|consider the findings carefully⟧''.

### 039
@a Zeynep Aydın | a 23-year-old nursing student voting in a national election for the first time
@d Berk | Her brother
@b Mehmet | a retired ferry mechanic who would give only his first name
@c - | One woman
@e Supreme Election Board | -
By 8am on Sunday the queue outside the primary school in Varos's old quarter stretched around the block, and the tea seller on the corner had already run out of cups.
"⟦d:a|I've been waiting for this day for five years,⟧" said Zeynep Aydın, a 23-year-old nursing student voting in a national election for the first time. "⟦d:a|My whole generation is here. Look.⟧"
Her brother Berk, two places behind her, was less sure. "⟦d:d|I'm voting, but I don't think it changes anything,⟧" he said. "⟦d:d|She's the optimist in the family.⟧"
Mehmet, a retired ferry mechanic who would give only his first name, said he had voted for the same party for 40 years and saw no reason to stop. "⟦d:b|They built the bridge. They built the hospital. The others only talk,⟧" he said.
One woman, who would not give her name, said she had made up her mind only that morning. "⟦d:c|I closed my eyes in the booth. I'm joking. Maybe,⟧" she said, laughing.
The Supreme Election Board said turnout nationally had reached 41% by noon. "⟦d:e|Voting is proceeding calmly in all 81 provinces,⟧" the board said.

### 040
@a Levan Beridze | the jailed journalist
@b Nino Beridze | His wife
@c prosecutor general's office | -
@d Press Liberty Committee | -
In a letter smuggled out of Kastria's Ravenhall prison and published on Monday, the jailed journalist Levan Beridze said he had been held in solitary confinement for 41 days and denied access to his lawyers.
“⟦d:a|I am writing this on the back of a food wrapper with a pencil I was not supposed to have,⟧” Beridze wrote. “⟦d:a|I am not afraid. I am bored, which is worse.⟧”
Beridze, 46, the editor of the independent weekly Horizont, was arrested in March and charged with “⟦s:-|financing extremism⟧”, an offence that carries up to 12 years in prison.
His wife, Nino Beridze, read the letter aloud at a press conference in the capital. “⟦d:b|He asked me to tell you that he is eating, that he is doing his exercises, and that he has not changed his mind about anything,⟧” she said.
The prosecutor general's office said Beridze was being held in “⟦p:c|standard conditions⟧” and that his lawyers had visited him twice. “⟦d:c|The accused enjoys all the rights provided for by law,⟧” it said.
The Press Liberty Committee said the letter was “⟦p:d|further evidence of a campaign to silence one of the last independent voices in the country⟧”.

### 041
@c Meteo Valdarno | the regional weather service
@a Ottavia Santangelo | Mayor
@b Emanuele Bonfiglio | head of the emergency department
@d Concetta | -
At least 23 deaths in Castelbruno have been linked to a heatwave that has kept temperatures above 40C for nine days, city officials said on Friday, as the regional weather service, Meteo Valdarno, warned that relief was not expected before the middle of next week.
«⟦d:c|The nights are the problem. The city is not cooling below 29 degrees, and the body has no chance to recover,⟧» Meteo Valdarno said in its daily bulletin.
Mayor Ottavia Santangelo said 40 public buildings would stay open until midnight as cooling centres. «⟦d:a|Nobody should be alone in an apartment at 38 degrees. If you have an elderly neighbour, knock on the door,⟧» she said.
At San Rocco hospital, Dr Emanuele Bonfiglio, head of the emergency department, said admissions for heatstroke and dehydration had tripled. «⟦d:b|Most of them are over 80, and most of them live alone,⟧» he said.
Concetta, 84, who lives alone on the fifth floor of a building without a lift, said she had not been outside for a week. «⟦d:d|Si sta come in un forno⟧», she said — «⟦d:d|it's like being in an oven⟧».
Her granddaughter, who brings her shopping twice a week, has bought her a fan.

### 042
@a Anaïs Kervella | the 34-year-old
@b Gérald Moisan-Tardieu | the veteran MP
@d Yannick Le Goff | The party's general secretary
@c - | A party official
Anaïs Kervella, 34, was elected leader of the Social Democratic Party of Armorique on Saturday, becoming the youngest person ever to lead a major party in the country.
She won 58% of the vote among party members, defeating the veteran MP Gérald Moisan-Tardieu, who had been the favourite when the contest began in the spring.
"⟦d:a|I know some of you think I am too young. I have one answer: so was every party leader, once,⟧" the 34-year-old told the party conference in Kemper, to laughter and applause.
"⟦d:a|We have spent ten years explaining why we lost. I would like to spend the next ten explaining how we won.⟧"
Moisan-Tardieu, 61, congratulated her from the front row. "⟦d:b|She ran a better campaign. That's the end of the story,⟧" he told reporters afterwards. "⟦d:b|I'll be in the second row, where I belong now.⟧"
The party's general secretary, Yannick Le Goff, said membership had risen by 9,000 during the campaign. "⟦d:d|New members voted in large numbers, and they voted for change,⟧" he said.
A party official said privately that the result had been clear "⟦p:c|from the moment the postal ballots started coming in⟧".

### 043
@b Milorad Jovanić | a former general
@a Kerstin Aaltonen-Brandt | Presiding Judge
@c Jacques-Olivier Préval | His lawyer
@d Esma Kovačević | president of the Mothers of Lereno association
An international tribunal in Valkenburg on Wednesday sentenced Milorad Jovanić, a former general, to life imprisonment for the massacre of more than 400 civilians in the town of Lereno during the war in the Drava valley 26 years ago.
Reading the judgment, Presiding Judge Kerstin Aaltonen-Brandt said the chamber was satisfied beyond reasonable doubt that Jovanić had personally ordered the killings. “⟦d:a|The accused did not merely know. He planned, he ordered and he watched,⟧” she said.
As the sentence was read, Jovanić, 72, rose to his feet in the dock. “⟦d:b|This is not a court! This is theatre!⟧” he shouted, before guards led him out.
His lawyer, Jacques-Olivier Préval, said he would appeal. “⟦d:c|The verdict rests on the testimony of witnesses who contradicted themselves many times,⟧” he told reporters.
In the public gallery, women from Lereno held up photographs of their sons and husbands. Esma Kovačević, president of the Mothers of Lereno association, lost two sons and her husband in the massacre.
“⟦d:d|I have waited for this day for twenty-six years. My sons are still dead. But today the world said his name and their names in the same room,⟧” she said.

### 044
@a Aditi Rao | the mission's flight director
@d - | Someone near the back
@c Chandran Pillai | The agency's chairman
@b Meridian Space Agency | -
The Meridian Space Agency's robotic lander Tara-2 touched down near the Moon's south pole on Friday evening, making Saravia only the fifth country to achieve a soft landing on the lunar surface.
For 19 minutes the control room in Anandpur was silent except for the voice of the mission's flight director, Aditi Rao, calling out altitude readings. At 18:04 local time she said simply: ``⟦d:a|Touchdown confirmed.⟧''
The room erupted. Someone near the back shouted, ``⟦d:d|We're on the Moon!⟧''
The agency's chairman, Chandran Pillai, wiped his eyes as he addressed staff. ``⟦d:c|Eleven years ago our first lander crashed. Some of you were here that night. Tonight belongs to you,⟧'' he said.
Later, asked what she would do next, Rao joked: ``⟦d:a|Sleep. Then check the data. Then sleep again.⟧''
The agency said in a statement that the lander's instruments were ``⟦p:b|functioning nominally⟧'' and that the first images would be released on Saturday.

### 045
@u National Doctors' Union | -
@a Kwabena Ampofo-Lartey | general secretary of the National Doctors' Union
@b Adjoa Boakye-Mensah | The health ministry's spokeswoman
@c Akosua Frimpong | -
Public hospitals across Gwenaba were running emergency services only on Tuesday as thousands of junior and senior doctors began an indefinite strike over unpaid salaries and what the National Doctors' Union called "⟦p:u|dangerous working conditions⟧".
"⟦d:a|Some of our members have not been paid since February. They are borrowing money to get to work,⟧" Dr Kwabena Ampofo-Lartey, general secretary of the National Doctors' Union, told a rally outside the parliament building. "⟦d:a|You cannot run a health service on goodwill.⟧"
The health ministry's spokeswoman, Adjoa Boakye-Mensah, insisted the arrears would be cleared "⟦p:b|within weeks⟧" and urged the doctors to return to work. "⟦d:b|The government has heard them. Patients should not pay the price for a dispute about payroll,⟧" she said.
At Central Hospital in the capital, Akosua Frimpong had brought her feverish four-year-old son to the emergency department, only to be sent to a private clinic. "⟦d:c|Private, with what money? I sell tomatoes,⟧" she said.
According to the union, 14 of the country's 22 regional hospitals had suspended outpatient clinics by midday.

### 046
@a Hélène Marchetti-Djalo | Vaudrenne's ambassador
@b Arkady Zemtsov | Volgaria's envoy
@u - | A spokesman for the secretary-general
A resolution demanding an immediate humanitarian pause in the fighting around the port of Seravat failed in the Council of Nations on Monday after Volgaria used its veto, the fourth time it has blocked action on the conflict this year.
Eleven of the council's 15 members voted in favour, two abstained and Volgaria and one other member voted against.
“⟦d:a|Today, once again, one member of this council has decided that its interests weigh more than the lives of the people of Seravat,⟧” Vaudrenne's ambassador, Hélène Marchetti-Djalo, told the chamber after the vote.
Volgaria's envoy, Arkady Zemtsov, speaking through an interpreter, said the text had been “⟦p:b|one-sided and deeply flawed⟧”. “⟦d:b|We cannot support a resolution that names one party and forgets the other,⟧” he said. “⟦d:b|Bring us a balanced text and we will look at it.⟧”
Marchetti-Djalo rejected that. “⟦d:a|We brought him eleven drafts,⟧” she told reporters outside the chamber. “⟦d:a|He looked at all of them.⟧”
A spokesman for the secretary-general said Ana Paula Guimarães-Reis was “⟦p:u|profoundly disappointed⟧” by the outcome.

### 047
@c Reef Authority | -
@e P.J. Marlowe | The authority's chief scientist
@a Aroha Ngata-Reid | a marine biologist at the Reefline Research Station
@b Brendan Kealy | -
More than half of the corals surveyed on the Southern Barrier Shoals have bleached since January, the Reef Authority said on Thursday, in what scientists fear is the worst event since records began.
"⟦d:c|The extent and severity of bleaching observed in this survey is unprecedented,⟧" the authority said in its report, based on aerial surveys of 1,100 reefs.
The authority's chief scientist, Dr P.J. Marlowe, said water temperatures had been at least one degree above the summer average for ten weeks. "⟦d:e|Corals can cope with a bad week. They cannot cope with a bad season,⟧" he said.
Dr Aroha Ngata-Reid, a marine biologist at the Reefline Research Station, said not all bleached coral would die. "⟦d:a|Bleached is not dead. Bleached is sick. If the water cools in the next few weeks, a lot of it can recover,⟧" she said. "⟦d:a|If it doesn't, we will lose much of what we are looking at.⟧"
Brendan Kealy, who has run dive tours out of Port Coraline for 25 years, said bookings were holding up, for now. "⟦d:b|People still want to see it. Some of them say they want to see it before it's gone, which is a hell of a thing to hear,⟧" he said.
Asked whether he would still be in business in ten years, he laughed. "⟦d:b|Ask the water,⟧" he said.

### 048
@a Alistair Penhaligon | head of the observer mission of the Association of Northern Democracies
@b Movement for Unity | -
@c Timur Seitkali | the main opposition candidate
@u - | An election official in the northern city of Tasbulak
Sunday's presidential election in Altynsay was efficiently run but offered voters no genuine choice, international observers said on Monday.
Sir Alistair Penhaligon, head of the observer mission of the Association of Northern Democracies, told a news conference in the capital that the vote had been “⟦p:a|efficiently administered⟧” but marred by “⟦p:a|a lack of genuine choice⟧” and by pressure on public-sector workers. Its monitors had seen ballot stuffing in at least 30 polling stations, he said. “⟦d:a|An election is not just what happens on the day. It is everything that happens before it,⟧” he said.
Official results gave the incumbent, President Nurlan Abenov, 87% of the vote.
The ruling Movement for Unity said the result reflected “⟦p:b|the will of a united people⟧”. “⟦d:b|The observers saw what they wanted to see,⟧” the party said in a statement.
Timur Seitkali, the main opposition candidate, said he would not recognise the result, in which he was credited with 6%. “⟦d:c|I was allowed to stand so that they could say there was a contest. There was no contest,⟧” he told supporters.
An election official in the northern city of Tasbulak, speaking on condition of anonymity, said staff had been told to reach a turnout of 80%. “⟦d:u|We were given a number in the morning and told to find it by evening,⟧” the official said.

### 049
@a Halima Abdi Warsame | a community health volunteer
@b Faisal Hersi | -
@u - | A camp official
In the Dhagaxley camp, home to some 90,000 people displaced by drought, the first sign of cholera came in a single household on a Tuesday morning in May.
Halima Abdi Warsame, a community health volunteer, recalled being called to a shelter where three children were vomiting. “⟦d:a|The mother said it was something they ate. I knew it was not food. I had seen it in 2017,⟧” she said.
Within two weeks there were more than 600 cases. Dr Faisal Hersi, who runs the cholera treatment centre at the edge of the camp, said the centre had 120 beds and at one point 210 patients.
“⟦d:b:m|We put people on mats between the beds, in the corridor, outside under plastic sheeting. Nobody was turned away.⟧
“⟦d:b|What saves people with cholera is not complicated. It is clean water, salts, a drip if they are very weak, and a nurse who notices. We had all of those, just not enough of them.⟧”
A camp official said the outbreak had now slowed, with fewer than ten new cases a day. “⟦d:u|The latrines were the problem. We had one latrine for 80 people. The standard is 20,⟧” the official said.
Halima still walks the camp every morning, checking on families. “⟦d:a|Now when someone has diarrhoea, they come to me before they go to the sheikh,⟧” she said, laughing. “⟦d:a|That is progress.⟧”

### 050
@a Iñaki Etxeberria | The regional president
@b Carmen Ruiz de Alarcón | government spokeswoman
@d - | A senior official in the capital
@c Maider Arregi | a 19-year-old student
The regional parliament of Ondarria voted on Thursday to hold a referendum on independence next spring, setting up a constitutional clash with the national government, which says any such vote would be illegal.
The regional president, Iñaki Etxeberria, told lawmakers the decision belonged to the people of Ondarria alone. "⟦d:a|We are not asking for permission. We are asking a question,⟧" he said, to a standing ovation from the pro-independence benches.
In the capital, government spokeswoman Carmen Ruiz de Alarcón was unequivocal. "⟦d:b|There will be no referendum, because the constitution does not allow one,⟧" she said. "⟦d:b|Nobody is above the constitution, not even a regional parliament.⟧"
A senior official in the capital, speaking on condition of anonymity, said the government would challenge the decision in the Constitutional Court "⟦p:d|within days⟧".
Outside the parliament building in Ibarreta, Maider Arregi, a 19-year-old student, draped in the green-and-white regional flag, said she had come with her grandmother. "⟦d:c|She has been waiting for this since before I was born,⟧" she said. "⟦d:c|I'm mostly here for her.⟧"

### 051
@a Rosalinda Dimaculangan | a shopkeeper
@b Ernesto Sarmiento | The village chief
@c National Resilience Council | -
Six months after Typhoon Amihan tore through the eastern islands, the fishing village of San Isidro Norte is rebuilding, one sheet of tin at a time.
Rosalinda Dimaculangan, 62, a shopkeeper, is known to everyone in the village as “⟦s:-|Aling Linda⟧”. She has reopened her small store in a structure made from salvaged timber and a tarpaulin printed with a politician's face.
“⟦d:a|Kahit papaano, bumabangon kami,⟧” she said, before translating for a visitor: “⟦d:a|Somehow, we are getting up again.⟧”
The village chief, Ernesto Sarmiento, keeps a list on the wall of the barangay hall of the 212 houses that were destroyed. Ninety-one have been rebuilt. “⟦d:b|The housing money that was promised has reached 30 families. The rest are waiting. Some got tired of waiting and left for the city,⟧” he said.
The National Resilience Council said in a statement that funds had been released to all affected provinces and that delays were due to “⟦p:c|verification requirements at the local level⟧”.
Sarmiento laughed when the statement was read to him. “⟦d:b|Verification. They can come and verify. The houses are still not there,⟧” he said.

### 052
@a National Cyber Security Centre | -
@b Hanne Bjørnstad | Its director
@d - | a government source
@c Joaquim Sá Pereira | -
Hospitals across Lusara cancelled thousands of appointments on Wednesday after a ransomware attack crippled the computer systems of the national health service, forcing staff back to pen and paper.
The National Cyber Security Centre said it was working ``⟦p:a|around the clock⟧'' with the health service to restore systems. ``⟦d:a|There is no evidence at this stage that patient records have been extracted,⟧'' the centre said.
Its director, Hanne Bjørnstad, told parliament's defence committee that the attack bore the hallmarks of a criminal group known as ``⟦s:-|Grey Harbour⟧'', which has previously targeted hospitals in three other countries.
``⟦d:b|They are criminals, but they are criminals who operate very comfortably from a country that does nothing to stop them,⟧'' she said.
According to a government source, the attackers demanded the equivalent of $40 million. ``⟦d:d|We will not pay. That has been decided,⟧'' the source said.
Joaquim Sá Pereira, who heads the hospital network in the north, said emergency care was unaffected but that scheduled surgery had been postponed. ``⟦d:c|We are sending blood test results by telephone and fax. Some of our younger staff had never seen a fax machine,⟧'' he said.

### 053
@d - | his family
@b Adaeze Nwosu-Kalu | The country's president
@a Sunniva Haldorsen | director-general of the Pan-Meridian Health Organization
@c Chidi Eze | one of his former doctoral students
Olumide Akintola-Reyes, the epidemiologist whose work on river blindness helped save the sight of millions of people across three continents, has died at the age of 88, his family said on Sunday.
"⟦d:d|He died peacefully at home in Ilewo, surrounded by his children and grandchildren, and complaining about the football,⟧" his family said in a statement.
The country's president, Adaeze Nwosu-Kalu, wrote on social media that Prof Akintola-Reyes had been "⟦p:b|a giant who never behaved like one⟧". "⟦d:b|Every child in this country who can see owes him something,⟧" she wrote.
Dr Sunniva Haldorsen, director-general of the Pan-Meridian Health Organization, where he served as chief scientist for 11 years, said he had "⟦p:a|changed what the world thought was possible⟧" in tropical medicine. "⟦d:a|He taught a generation of us that the poorest villages deserved the best science,⟧" she said.
Chidi Eze, one of his former doctoral students, recalled his habit of arriving at field sites before dawn. "⟦d:c|He used to say, 'If the flies are awake, so are we.' He was seventy-five and we could not keep up with him,⟧" Eze said.
Akintola-Reyes is survived by his wife of 60 years, Folasade, four children and eleven grandchildren.

### 054
@a Norvask's defence ministry | -
@b Katarzyna Zielińska-Holm | Ravelia's defence minister
@d - | A foreign military attaché based in the Norvaskan capital
@c Teodora Ilieva | -
Two soldiers were killed and five wounded on Saturday in an exchange of fire along the disputed Tessel river border between Norvask and Ravelia, the most serious clash between the neighbours in almost a decade.
Norvask's defence ministry said its troops had come under “⟦p:a|unprovoked artillery fire⟧” while repairing a bridge. “⟦d:a|Our forces responded proportionately and in accordance with the rules of engagement,⟧” the ministry said.
In a video statement posted on Saturday evening, Ravelia's defence minister, Katarzyna Zielińska-Holm, gave a very different account. “⟦d:b|Norvaskan engineers were not repairing a bridge. They were building a new one, on our side of the river, at two o'clock in the morning,⟧” she said.
A foreign military attaché based in the Norvaskan capital said both armies had been reinforcing positions for weeks. “⟦d:d|Nobody wants a war over a river. But nobody wants to be the one who blinks, either,⟧” the attaché said.
Teodora Ilieva, who keeps bees on the Ravelian bank, said the shelling began as she was checking her hives. “⟦d:c|I lay down in the grass with the bees all around me. The bees were angrier than the soldiers,⟧” she said.

### 055
@a Pieter-Jan Vermaelen | Health Secretary
@r - | One reporter
@s Amélie Charbonneau | a reporter for Radio Lanval
@b Esra Demirci | the chief vaccine adviser
Health Secretary Pieter-Jan Vermaelen faced a barrage of questions on Friday over a shortage of influenza vaccine that has left pharmacies in four provinces without stock weeks before the winter peak.
«⟦d:a|I am not going to stand here and tell you everything has gone well. It has not,⟧» Vermaelen said at the start of the briefing. «⟦d:a|A supplier failed to deliver 1.4 million doses, and we did not have a plan B that was good enough.⟧»
One reporter asked whether anyone would lose their job: «⟦d:r|Minister, who is responsible?⟧»
«⟦d:a|I am,⟧» he replied.
Amélie Charbonneau, a reporter for Radio Lanval, pressed him on when the doses would arrive. «⟦d:s|You said in September there was no risk of a shortage. Why should people believe the new date?⟧» she asked.
Vermaelen turned to the chief vaccine adviser, Dr Esra Demirci, who said 600,000 replacement doses would be delivered by the end of the month. «⟦d:b|They are already manufactured. They are being tested. I have seen the paperwork myself,⟧» she said.
«⟦d:a|And if they are late, you can ask me again,⟧» Vermaelen added.

### 056
@a Tsunami Warning Centre | -
@b Malia Fonoti | Lieutenant Governor
A tsunami warning issued for the northern coast of the Haleaka archipelago after a magnitude 7.4 undersea earthquake was lifted on Tuesday afternoon, according to the regional Tsunami Warning Centre.
"⟦d:a|The threat has now largely passed. Minor sea-level fluctuations may continue for several hours,⟧" the centre said in its final bulletin.
Lieutenant Governor Malia Fonoti thanked residents who had moved to higher ground. "⟦d:b|Thousands of you did exactly the right thing today. Next time, do it again,⟧" she said.

### 057
@a Regula Ammann-Zurbriggen | a 47-year-old ski instructor and mother of three who had never held public office
@c Alois Imboden | Her predecessor
@b Beat | Her husband
@d - | One elderly voter
In the mountain village of Oberwald-Sankt Anna, population 412, the election of a new mayor usually takes about as long as a cup of coffee. This year it took three rounds, a recount and a written complaint to the cantonal authorities.
The winner, by eleven votes, was Regula Ammann-Zurbriggen, a 47-year-old ski instructor and mother of three who had never held public office. She is the first woman to run the village in its 700 years of recorded history.
“⟦d:a|Ich bin nicht hier, um eine Revolution zu machen,⟧” Regula said on her first morning in the small office above the post office. “⟦d:a|I am not here to make a revolution. I'm here to fix the snow clearing.⟧”
Her predecessor, Alois Imboden, who held the post for 28 years, did not stand again but made no secret of backing her opponent. He was gracious in defeat, more or less. “⟦d:c|She will learn. We all learned,⟧” he said. “⟦d:c|The first winter is the one that teaches you.⟧”
Her husband, Beat, who runs the village's only hotel, says the campaign was harder on the family than the result suggests.
“⟦d:b:m|People we have known for 20 years stopped saying hello in the shop. Over a mayor. In a village where the mayor mostly deals with cows and snowploughs.⟧
“⟦d:b|It is better now. Mostly.⟧”
One elderly voter, leaving the post office with her newspaper, was less diplomatic. “⟦d:d|The men had their turn for 700 years. That's enough,⟧” she said.
"""
OUT = Path(__file__).with_name("quotes_fresh22.jsonl")


def main() -> None:
    """Build and validate the set and write ``quotes_fresh22.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh22",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
