# ruff: noqa: E501
"""Build ``quotes_fresh34.jsonl``: a thirty-fourth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is international news
and conflict reporting, science, medicine and technology features, and post-match
press conferences and dressing-room interviews in sport.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in the gold
folder); ``### NNN`` starts passage ``fresh34-NNN``.

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

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh34.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh34.jsonl")

PASSAGES = """
### 001
@a Henrike Solberg | a former foreign minister of Aldmark who is leading the mediation
@b Paulo Ferrand-Ascar | Deputy Interior Minister
@c Ilka Demmerhof | The Front's spokeswoman
@u - | A Western diplomat briefed on the talks
LAKE VESSEN, Caldora — Negotiators for the Caldoran government and the Free Hollin Front agreed on Tuesday to extend a fragile truce by 10 days, but left the most contentious question, the withdrawal of heavy weapons from the Merrow valley, unresolved after a third week of talks at a lakeside hotel.
"⟦d:a|We are not where we hoped to be, but we are not where we were,⟧" said Henrike Solberg, a former foreign minister of Aldmark who is leading the mediation. "⟦d:a|Ten days is not peace. It is time in which to make peace.⟧"
The government delegation, headed by Deputy Interior Minister Paulo Ferrand-Ascar, described the extension as "⟦p:b|a gesture of good faith⟧" and accused the Front of using the pause to resupply its fighters in the hills above Merrow.
"⟦d:b|Every night we count the trucks coming down the mountain road,⟧" Mr Ferrand-Ascar told reporters outside the hotel. "⟦d:b|We are counting, and we are patient. But patience has an expiry date.⟧"
The Front's spokeswoman, Ilka Demmerhof, said the trucks carried flour and medicine for villages cut off since January. "⟦d:c|They count sacks of flour and call them tanks,⟧" she said. "⟦d:c|If the minister wants to inspect the trucks, the mediator has our permission to bring him along.⟧"
The Front's leader, Tomas Ravel, has not appeared in public since March, and Ms Demmerhof declined to say whether he had personally approved the extension.
A Western diplomat briefed on the talks said the heavy-weapons question "⟦p:u|could sink the whole thing⟧" if it was not settled before the end of the month. The diplomat, who spoke on condition of anonymity because the discussions are confidential, said both delegations had privately accepted a map drawn up by the mediators but that neither wanted to be seen to accept it first.
Ms Solberg said the parties would reconvene on Friday. "⟦d:a|Nobody is leaving the table,⟧" she said. "⟦d:a|That, today, is the news.⟧"

### 002
@a Mariam Tchioffo | -
@b Rosalind Okafor-Beck | -
@c Sunniva Hale | medical coordinator for Open Hands
@u - | a Sarembean police officer who declined to give his name
KALIMBO, Sarembe — The women arrive first, usually before dawn, carrying what they could lift and the children who could not walk.
Mariam Tchioffo, 31, crossed the Lusa river three days ago with her four children and a plastic bag holding their birth certificates. On Wednesday she sat on a mat outside the registration tent, her youngest asleep across her knees.
"⟦d:a|On a marché pendant six jours. Mon mari est resté derrière,⟧" she said in French. "⟦d:a|We walked for six days. My husband stayed behind.⟧"
Asked through an interpreter whether she expected to see him again, she lifted her shoulders and let them fall. "⟦d:a|God knows. I don't,⟧" she said.
The camp was built for 8,000 people. It now holds close to 23,000, according to the Relief Coordination Office, which runs it. Rosalind Okafor-Beck, who manages the site, said the latrines had become "⟦p:b|the thing that keeps me awake at night⟧".
"⟦d:b|You can truck in water. You can fly in food. But sanitation for 23,000 people on ground this flat is an emergency inside the emergency,⟧" she said.
Dr Sunniva Hale, medical coordinator for Open Hands, which runs the camp clinic, said staff were treating about 40 cases of acute watery diarrhoea a day, most of them in children under five. "⟦d:c|We are one bad week away from cholera,⟧" she warned.
At the gate, a Sarembean police officer who declined to give his name said more than 600 people had crossed overnight. "⟦d:u|They keep coming. Where do we put them?⟧" he said.
Back on her mat, Ms Tchioffo woke her daughter and pointed at the queue for water. "⟦d:a|Here, at least, nobody is shooting,⟧" she said. "⟦d:a|That is already something.⟧"

### 003
@a Zoran Petrakić | President
@b Mihail Dunavec | His challenger
@c Central Electoral Commission | -
@d Lidewij Aartsen | -
@u - | a pensioner selling apples outside the station
PORT AMSEL, Verania — Veranians vote on Sunday in a presidential runoff that pits a two-term incumbent against a former central bank governor who has never held elected office, after a first round marred by allegations of vote-buying in the country’s rural east.
President Zoran Petrakić, 64, closed his campaign on Thursday night with a rally in the port city’s football stadium. “⟦d:a|They say I have been here too long,⟧” he told the crowd. “⟦d:a|I say I have been here long enough to know what works.⟧”
His challenger, Mihail Dunavec, held his final rally in a supermarket car park in the eastern town of Brisk, where he promised to “⟦p:b|open every ledger in every ministry⟧” within a hundred days.
“⟦d:b|The president knows what works — for his friends,⟧” Mr Dunavec, 51, said. “⟦d:b|I know what works for the rest of us.⟧”
The Central Electoral Commission said it had investigated 212 complaints from the first round and upheld 14, most involving the transport of voters to polling stations by local employers. “⟦d:c|None of the upheld complaints affected the outcome in any district,⟧” the commission said in a statement.
Lidewij Aartsen, who heads the observer mission of the Assembly of Northern States, said the first round had been “⟦p:d|competitive but uneven⟧”. “⟦d:d|Voters had real choices. They did not always have a level field on which to make them,⟧” she said.
Mr Petrakić has dismissed the observers’ report as “⟦p:a|tourism with clipboards⟧”, a phrase he has repeated at several rallies since.
In Brisk, a pensioner selling apples outside the station said she would vote for the challenger “⟦p:u|because the other one has had his turn⟧”.

### 004
@a Olek Sarvan | Prime Minister
Foreign Minister Anna-Liisa Roomet of Vesterholm returned on Thursday from three days of shuttle diplomacy between Dravonia and the breakaway region of Upper Kell, a mission she undertook at the request of Prime Minister Olek Sarvan. She spoke to the Vesterholm Ledger in her office. The interview has been edited for length and clarity.
Q: You were photographed leaving the last session looking exhausted. How close is a deal?
A: Closer than the photographs suggest. I looked tired because we talked until four in the morning, not because we failed.
Q: Dravonia says it will not discuss the status of Upper Kell until the militias disarm. Is that a red line?
A: Everyone draws red lines in public. In private the lines are drawn in pencil.
Q: What did the prime minister say to you before you left?
A: He said, "⟦d:a|Don't come home without the corridor.⟧" So I stayed an extra day.
Q: And did you get it?
A: We got the outline of it. The delegations have started calling it the "⟦s:-|four a.m. formula⟧", which tells you when it was agreed. Call it what you like, as long as the lorries move.
Q: What happens if the shelling resumes?
A: Then we go back. That is the job. Nobody gets to be tired for long.

### 005
@a Dravonian Ministry of Defence | -
@b Teodor Mâlcu | A spokesman for the Kell Defence Council
@u - | A senior officer in the border command who was not authorised to speak publicly
@c Gheorghe Lintu | a beekeeper
@d Vasile | His son
STARA VODA, Dravonia — At least four soldiers and a teenage shepherd were killed overnight in an exchange of artillery fire along the boundary with the breakaway region of Upper Kell, the heaviest fighting since a ceasefire was signed in April.
The Dravonian Ministry of Defence said its positions near Stara Voda had come under "⟦p:a|sustained and unprovoked⟧" fire shortly after midnight and that its forces had "⟦p:a|responded proportionately⟧". "⟦d:a|Responsibility for this escalation lies entirely with the illegal armed formations of Upper Kell,⟧" the ministry said.
A spokesman for the Kell Defence Council, Teodor Mâlcu, said Dravonian shells had hit a school in the village of Lesk. "⟦d:b|They fired first and they fired at children,⟧" Mr Mâlcu said by telephone. He did not say whether the school had been in use at the time.
Neither account could be independently verified. A senior officer in the border command who was not authorised to speak publicly said the exchange had begun with a drone strike on a fuel depot, but would not say which side had launched it. "⟦d:u|Somebody wanted this night to happen,⟧" he said.
The shepherd, 15-year-old Ilie Coman, was killed when a shell struck the pasture where he had been sleeping beside his flock, villagers said.
In Stara Voda, Gheorghe Lintu, a beekeeper, stood over the crater where his hives had been. "⟦d:c|Forty years of bees,⟧" he said. "⟦d:c|Gone in one minute.⟧"
His son, Vasile, 24, said the family had spent the night in the cellar. "⟦d:d|My father kept saying, 'It will stop soon.' It did not stop until six,⟧" he said.

### 006
@a Maëlle Rousseau-Tahar | an Aldmarkian nurse
@b Foreign Ministry | -
@c Karim Tahar | Her brother
@d Gert Halvorsen | a ministry spokesman
@e Femi Adeyemi-Lund | -
@u - | A security official in the region
LEDRA, Aldmark — Maëlle Rousseau-Tahar, an Aldmarkian nurse, was freed on Sunday after 14 months in the hands of an armed group in the Sahrani borderlands and was flown to the capital overnight, the Foreign Ministry said.
``⟦d:b|She is safe, she is with Aldmarkian officials and she will be home with her family within days,⟧'' the ministry said in a statement, which thanked ``⟦p:b|partners in the region⟧'' but gave no details of how the release had been secured.
Ms Rousseau-Tahar was abducted in March of last year from a nutrition clinic she ran in the town of Oumdi, along with two local colleagues who were released after a week.
Her brother, Karim Tahar, read a statement on behalf of the family outside their home in Vellmar. ``⟦d:c|We have waited 431 days for this phone call. We ask for privacy now, so that Maëlle can rest and so that we can simply be a family again,⟧'' he said.
A security official in the region, speaking on condition of anonymity, said a ransom had been paid by ``⟦p:u|a third party⟧''. The ministry denied it.
``⟦d:d|Aldmark does not pay ransoms. That policy has not changed,⟧'' a ministry spokesman, Gert Halvorsen, said.
Femi Adeyemi-Lund, who directed the nutrition programme in Oumdi, remembered a colleague who refused to leave when other agencies pulled out. ``⟦d:e|She used to say, 'The children don't know there is a war, so neither do I.' That was Maëlle,⟧'' he said.
On Monday morning Ms Rousseau-Tahar posted her first public words since her release. ``⟦d:a|I am free. I am tired. I am so grateful. More soon,⟧'' she wrote.

### 007
@a Honorine Kabasele-Mbaye | opposition leader
@b Théophile Nkana-Roux | Interior Minister
@c Éloïse | a 27-year-old market trader who gave only her first name
@d Gilbert Onana-Fils | the police spokesman
@e National Independent Electoral Commission | -
BASSIGNY, Lomassi — Tens of thousands of people marched through the capital on Saturday to demand that the electoral commission publish polling-station results from last month's presidential vote, the largest protest since the election.
The march was led by opposition leader Honorine Kabasele-Mbaye, who came second in the official count and says she was robbed of victory. Standing on the roof of a minibus near the Palais des Congrès, she told the crowd: «⟦d:a|Nous ne demandons pas la charité. Nous demandons nos voix.⟧» (“⟦d:a|We are not asking for charity. We are asking for our votes.⟧”)
Protesters chanted «⟦s:-|Honorine présidente!⟧» and waved photocopies of tally sheets collected by party agents. One hand-painted placard read «⟦s:-|Mon vote n'est pas à vendre⟧» — my vote is not for sale.
Interior Minister Théophile Nkana-Roux said in a televised address that the march had been authorised, but he warned against «⟦p:b|toute tentative de désordre⟧», any attempt at disorder. «⟦d:b|L'État garantit le droit de manifester. Il garantit aussi l'ordre public,⟧» he said. (“⟦d:b|The state guarantees the right to protest. It also guarantees public order.⟧”)
Commissaire Gilbert Onana-Fils, the police spokesman, said 14 people had been detained after stones were thrown at a petrol station near the end of the route. «⟦d:d|La grande majorité des manifestants sont restés calmes,⟧» he said — the vast majority of the marchers stayed calm.
Éloïse, a 27-year-old market trader who gave only her first name, had closed her stall for the day. «⟦d:c|J'ai voté pour la première fois. Je veux savoir où est passé mon bulletin,⟧» she said. (“⟦d:c|I voted for the first time. I want to know where my ballot went.⟧”)
The National Independent Electoral Commission, which has said the polling-station results will be published «⟦p:e|en temps utile⟧» — in due course — did not respond to requests for comment.

### 008
@a Eusebio Carranza Mol | -
@b Jacinta Ruelas | His neighbour
@c Benigno Oyarzábal | a hydrologist at the University of San Alejo
@d National Water Commission | -
SAN ALEJO DE LAS PEÑAS, Valdoria — The reservoir above this town of 4,000 people is now a cracked bowl of grey mud with a church steeple sticking out of the middle of it, the spire of a village drowned in 1968 and revealed again this spring.
Eusebio Carranza Mol, 67, has grown maize on the terraces below the dam for half a century. This year he did not plant.
"⟦d:a|Aquí ya no llueve como antes,⟧" he said, crouching to crumble a clod of soil between his fingers. "⟦d:a|It doesn't rain here the way it used to. My father planted in May. I planted in June. My son will not plant at all — he is in Tarrana, washing cars.⟧"
People here have a word for years like this one: "⟦s:-|la seca⟧", the dry. There have been three in the past five years.
His neighbour, Jacinta Ruelas, has two sons who have left for the cities of the north and a daughter who is saving to follow them. "⟦d:b|The young ones do the arithmetic,⟧" she said. "⟦d:b|Seed, water, diesel, and nothing at the end. They are not stupid.⟧"
The National Water Commission said in a statement that emergency tankers were supplying 41 municipalities in the province and that a pipeline from the Río Verdal would be completed "⟦p:d|in the coming months⟧". "⟦d:d|No household will be left without drinking water,⟧" the commission said.
Dr Benigno Oyarzábal, a hydrologist at the University of San Alejo, said the pipeline would help towns but not farms. "⟦d:c|We are asking a river that is itself shrinking to rescue a region that has been over-pumping its aquifers for thirty years,⟧" he said. "⟦d:c|The water is not coming back. The question is what kind of farming survives without it.⟧"
Mr Carranza said he had an answer of sorts. "⟦d:a|Goats,⟧" he said, and laughed. "⟦d:a|Goats drink less than maize.⟧"

### 009
@a Amarante Lisboa-Pryce | Presiding Judge
@b Ingrid Sæther-Mwangi | Chief Prosecutor
@c Cornelius Akintola-Voss | -
@d Nadia Ferhat | a survivor from Dolrek who testified at the trial
HALVERSTAD — The International Tribunal for the Varnesian Conflict on Wednesday sentenced Radomir Sekulin, a former militia commander, to 25 years in prison for crimes against humanity committed during the 14-month siege of the town of Dolrek.
Reading a summary of the judgment, Presiding Judge Amarante Lisboa-Pryce said the evidence had shown that Mr Sekulin "⟦p:a|knew, intended and directed⟧" the shelling of the town's market and its water-distribution points.
"⟦d:a|The civilian population of Dolrek was not caught in the crossfire of a war. It was the target,⟧" she said. "⟦d:a|The chamber has found that the accused chose that target.⟧"
Mr Sekulin, 61, stood to hear the sentence and showed no visible reaction. He was acquitted on two counts relating to the detention of prisoners in a sports hall in the town.
Chief Prosecutor Ingrid Sæther-Mwangi told reporters outside the courthouse that her office would study the acquittals before deciding whether to appeal. "⟦d:b|Today the survivors of Dolrek have heard a court say out loud what they have always known,⟧" she said.
Cornelius Akintola-Voss KC, who led the defence, said his client would appeal. "⟦d:c|This judgment rests on inference stacked upon inference,⟧" he said. "⟦d:c|Nobody doubts that terrible things happened in Dolrek. The question before the chamber was whether my client ordered them, and on that question the evidence was thin.⟧"
Nadia Ferhat, a survivor from Dolrek who testified at the trial, watched from the public gallery. She lost her husband and her brother in the market shelling.
"⟦d:d|Twenty-five years,⟧" she said afterwards. "⟦d:d|He will come out. My husband will not. But he heard it. The whole world heard it. That is something.⟧"

### 010
@a Committee for Free Reporting | a monitoring group based in Norbrook
@b Anwar Sulaiti | The ministry’s spokesman
@c Leyla Kalbani | His wife
@d Farah Demirel-Osei | editor of the Qaramir Courier
A journalist for the independent Qaramir Courier has been held without charge for 19 days, his family and colleagues said on Tuesday, as press freedom groups urged the government to release him or bring him before a court.
Yusuf Kalbani, 38, was detained at his home in the capital, Ambareth, on May 2, two days after publishing an investigation into the award of port contracts to companies linked to a cabinet minister’s family.
His wife, Leyla Kalbani, said plainclothes officers had taken his laptop, his phone and the children’s tablet. “⟦d:c|They did not show a warrant. They did not say where they were taking him,⟧” she said. “⟦d:c|For nineteen days I have been asking the same question at the same desk, and every day the man at the desk tells me to come back tomorrow.⟧”
The ministry’s spokesman, Anwar Sulaiti, said Mr Kalbani was being held “⟦p:b|in connection with an ongoing investigation unrelated to his journalism⟧”. Asked what the investigation concerned, he said: “⟦d:b|I cannot comment on an investigation that is ongoing. That is the meaning of the word.⟧”
The Committee for Free Reporting, a monitoring group based in Norbrook, said Mr Kalbani was the fourth Courier journalist detained this year. “⟦d:a|The pattern is unmistakable: publish a story about the port, and a knock on the door follows,⟧” the group said in a statement.
Farah Demirel-Osei, editor of the Qaramir Courier, said the paper would keep reporting on the contracts. “⟦d:d|Yusuf would be furious if we stopped because of him,⟧” she said. “⟦d:d|So we won’t.⟧”

### 011
@a Samir Haddou | one of four surgeons still working at Zehan General Hospital
@b Ministry of Health | -
@c Marit Engebretsen | director-general of the Global Health Response Network
@u - | A nurse at the hospital who asked that her name not be used
Doctors at the last functioning hospital in the besieged city of Qasr Zehan said on Thursday that they had run out of anaesthetic and were performing amputations under sedation alone, as fighting between government forces and the Southern Brigades closed the last road into the city.
In a voice message sent to colleagues abroad and shared with reporters, Dr Samir Haddou, one of four surgeons still working at Zehan General Hospital, described operating by the light of mobile phones when the generator failed.
"⟦d:a|Yesterday we did eleven operations,⟧" he said. "⟦d:a:m|Three of the patients were children. For one of them I held a torch in my mouth because the nurse needed both hands.⟧
"⟦d:a|I am not telling you this to be a hero. I am telling you because tomorrow we will not have batteries for the torch either.⟧"
The government's Ministry of Health said in a statement that the hospital was "⟦p:b|being used as a military position⟧" by the Southern Brigades, an accusation the hospital's staff deny. "⟦d:b|The state bears no responsibility for the consequences of the armed group's decision to militarise a medical facility,⟧" the ministry said.
Dr Marit Engebretsen, director-general of the Global Health Response Network, said a convoy of 12 trucks of medical supplies had been waiting at the Tarik checkpoint, 40 kilometres away, for four days. "⟦d:c|The trucks are loaded. The drivers are ready. What we do not have is a signature,⟧" she told a briefing.
A nurse at the hospital who asked that her name not be used, fearing reprisals, said the wards were admitting patients faster than they could discharge them. "⟦d:u|We put two in a bed now. Sometimes three, if they are small,⟧" she said.
Dr Haddou ended his message with a request. "⟦d:a|Please do not send us prayers. Send us the convoy.⟧"

### 012
@a Anselmo Baptista | a ferryman
@b Graça Mavundla | a teacher
@c Teodora | Her daughter
@d Ernesto Lumbela | a spokesman for the Provincial Civil Protection Service
ALTO ZAMBUÉ, Lusandra — The ferry across the Zambué river is a steel platform lashed to two fishing boats and pushed by an outboard motor that coughs whenever the current turns. On Monday I crossed on it with 31 people, three goats and a motorcycle, all of them leaving.
Anselmo Baptista, a ferryman, has worked this crossing for 22 years. "⟦d:a|Antes eu levava gente para lá e para cá. Agora só levo para cá,⟧" he said, steering with one hand. Before, I carried people both ways. Now I only carry them this way.
The armed men who burned three villages on the far bank last week have not been identified. Residents call them "⟦s:-|os sem-nome⟧", the nameless ones.
Graça Mavundla, a teacher, sat on the motorcycle's pillion seat with her daughter wedged in front of her. She had closed her school, she said, when the last of her 40 pupils stopped coming.
"⟦d:b|The parents came to me and said, 'Professora, we are going.' What could I tell them? Stay?⟧"
Her daughter, Teodora, 9, was more interested in the goats. "⟦d:c|That one is going to jump,⟧" she announced. It did not.
Ernesto Lumbela, a spokesman for the Provincial Civil Protection Service, said more than 9,000 people had crossed the river since the attacks began and that a reception centre had been opened in the town of Mecufi. "⟦d:d|We are registering everyone, we are feeding everyone,⟧" he said by phone. "⟦d:d|But we cannot promise anyone when they will go home, because that is not a question for civil protection.⟧"
On the near bank, Mr Baptista tied up the platform and counted the fares. "⟦d:a|Tomorrow the same,⟧" he said. "⟦d:a|And the day after.⟧"

### 013
@a Cassius Ondrejko | President
@b Ilyas Borodai | the leader of the Eastern Highlands People's Movement
@c Thandiwe Kersaint | Secretary-General of the Concord of Nations
@d Ruth Abernethy-Kalu | -
MIRAVAL, Seravia — President Cassius Ondrejko and Ilyas Borodai, the leader of the Eastern Highlands People's Movement, signed a peace agreement on Saturday at the old parliament building, formally ending a 19-year insurgency that has killed an estimated 60,000 people.
The two men, who had never met before the talks began two years ago, shook hands for the photographers but did not embrace.
"⟦d:a|Nobody in this room is the same person who started this war, and neither is the country,⟧" Mr Ondrejko said in a speech. "⟦d:a|We owe it to the dead to be better than we were.⟧"
Mr Borodai, who spoke after him, was briefer. "⟦d:b|We signed. Now let us see who keeps the promise,⟧" he said.
On the eve of the ceremony Mr Borodai wrote an open letter to the movement's fighters, published on its website, telling them the agreement was "⟦p:b|not a surrender but a beginning⟧". "⟦d:b|You will hand in your weapons, but you will not hand in your dignity,⟧" he wrote. "⟦d:b|Keep it. We will need it in parliament.⟧"
Thandiwe Kersaint, Secretary-General of the Concord of Nations, whose envoys brokered the talks, called the deal "⟦p:c|a lesson in patience for the rest of the world⟧" and announced that 400 monitors would oversee demobilisation. "⟦d:c|Patience is underrated,⟧" she added. "⟦d:c|So is boredom. Peace is mostly meetings.⟧"
Not everyone was persuaded. Sen. Ruth Abernethy-Kalu, who chairs the Senate defence committee, said the amnesty provisions went "⟦p:d|far beyond what the families of victims can be asked to accept⟧". "⟦d:d|Peace, yes. Amnesia, no,⟧" she said.

### 014
@a Matthias Eberle-Koç | Chief Inspector
@b Lea Winterhalder | one of the organisers
@u - | a woman who runs a bakery at the end of the bridge
@c Jonas | a 19-year-old apprentice electrician at the steelworks
@d Kesselbrunn city council | -
KESSELBRUNN, Vorland — Police used water cannon on Saturday to clear several hundred protesters who had blocked the main bridge over the Kessel for five hours in opposition to the planned closure of the city's last steelworks.
Chanting "⟦s:-|Unser Werk, unsere Stadt⟧" — our works, our city — the demonstrators sat down across all four lanes shortly after 10 a.m., some of them chaining themselves to the railings. A banner hung from the parapet read "⟦s:-|1.800 Jobs. Ein Federstrich.⟧" — 1,800 jobs, one stroke of a pen.
Chief Inspector Matthias Eberle-Koç said officers had asked the crowd to leave seven times before the water cannon was deployed. "⟦d:a|Wir haben lange gewartet. Wir haben viel Geduld gezeigt,⟧" he told reporters, before switching to English: "⟦d:a|We waited a long time. We showed a great deal of patience. At some point an ambulance has to be able to cross a bridge.⟧"
Lea Winterhalder, one of the organisers, said no ambulance had been held up. "⟦d:b|We kept a lane open for emergency vehicles the entire time. The police know this,⟧" she said. She accused officers of "⟦p:b|turning a fire hose on pensioners⟧".
One witness, a woman who runs a bakery at the end of the bridge, said she had seen an elderly man knocked off his feet. "⟦d:u|He was lying there in the water and nobody was helping him,⟧" she said.
Jonas, a 19-year-old apprentice electrician at the steelworks, was soaked to the skin. "⟦d:c|My grandfather worked there, my father works there, and I was supposed to be next,⟧" he said. "⟦d:c|Now they tell me to retrain. As what?⟧"
Kesselbrunn city council said in a statement that it "⟦p:d|shares the anger of the workforce⟧" but could not support the blockade of critical infrastructure. The plant's owner, Vogtmann Stahl, has said the works have lost money for six consecutive years.

### 015
@a Clémence Adjovi-Sarr | the government's spokeswoman
@c Issaka Dembelo | the army chief of staff
@u - | one diplomat
@r Aminata Dossou | a seamstress
@b - | A senior military officer
TAMBELE, Korrasi — Gunfire rang out near the presidential palace for about two hours before dawn on Wednesday, and state television went off the air until mid-morning.
By noon, the government's spokeswoman, Clémence Adjovi-Sarr, was describing the night's events as "⟦p:a|an isolated act of indiscipline⟧" by "⟦p:a|a handful of soldiers who have been identified and will answer for it⟧".
"⟦d:a|The president is safe. He is working. The institutions of the republic are functioning normally,⟧" Ms Adjovi-Sarr said at a news conference, at which she took no questions. President Hamidou Sanogo-Ferrer has not been seen in public since Monday.
General Issaka Dembelo, the army chief of staff, appeared on state television in the afternoon, flanked by a dozen officers. "⟦d:c|The army is one army. It obeys the constitution and nobody else,⟧" he said.
Two diplomats in the capital, speaking on condition of anonymity, said the fighting had involved members of the presidential guard and an armoured unit that arrived overnight from the garrison town of Dorro. "⟦d:u|This was not indiscipline. This was an attempt,⟧" one diplomat said.
Residents of the Plateau district, where the palace stands, said they had heard heavy weapons. "⟦d:r|We lay on the floor with the children until the birds started singing,⟧" said Aminata Dossou, a seamstress.
A senior military officer, reached by telephone, declined to confirm reports that at least six soldiers had been killed but said "⟦p:b|a number of arrests⟧" had been made.

### 016
@a Oluwaseun Brandt-Okoye | an infectious-disease specialist at Harwick University Hospital who led the trial
@b Dagny Holm | a retired bus driver who took part
@d Lucien Ferreira-Wong | a microbiologist at the Institute of Tropical Medicine in Santa Brava who was not involved in the study
@e Calyx Therapeutics | -
@c - | a spokesperson for the board
A new antibiotic cleared drug-resistant urinary infections in 87 per cent of patients in a late-stage trial, researchers reported on Monday, raising hopes for a class of medicine that has produced almost nothing new in three decades.
The compound, known for now as CX-417, attacks a bacterial enzyme that existing antibiotics do not target, according to results published in the Northern Journal of Medicine. Calyx Therapeutics, which developed the drug, plans to apply for approval before the end of the year.
“⟦d:a|For the first time in my career I can tell a patient with a resistant infection that we have something new to try,⟧” said Dr Oluwaseun Brandt-Okoye, an infectious-disease specialist at Harwick University Hospital who led the trial. “⟦d:a|That sentence has been missing from my vocabulary for a long time.⟧”
The trial enrolled 1,140 patients at 63 hospitals. In the comparison group, who received the best existing antibiotic, 71 per cent were cured.
Dagny Holm, 58, a retired bus driver who took part, had been admitted to hospital four times in two years with infections that shrugged off every tablet she was given. “⟦d:b|I had started to plan my life around the next one,⟧” she said. “⟦d:b|Now I plan holidays.⟧”
Lucien Ferreira-Wong, a microbiologist at the Institute of Tropical Medicine in Santa Brava who was not involved in the study, called the results “⟦p:d|genuinely encouraging⟧” but cautioned that resistance to the new drug had already been seen in the laboratory. “⟦d:d|Bacteria read the same papers we do, in a manner of speaking,⟧” he said. “⟦d:d|If we use this drug carelessly, we will lose it in ten years.⟧”
Calyx Therapeutics said it would work with health systems on “⟦p:e|responsible stewardship⟧” of the drug. The Medicines Evaluation Board would not comment on a product that had not yet been submitted. “⟦d:c|We assess evidence when it is put in front of us, not before,⟧” a spokesperson for the board said.

### 017
@a Priya Raghunathan-Steele | an astronomer at the Kellerman Observatory and lead author of the study
@b Ana Sofía Berríos | a co-author who spent 14 nights at the telescope collecting the data
@c Tadeusz Wolański | -
Astronomers have detected what may be water vapour in the atmosphere of a rocky planet orbiting a small red star 41 light years away — the first such signal from a world not much larger than Earth, if it holds up.
The planet, catalogued as LHS-2291 c, has been nicknamed "⟦s:-|the Puddle⟧" by the team because early models suggested it might be covered by a shallow global ocean.
"⟦d:a|I want to be careful, because we have been burned before,⟧" said Priya Raghunathan-Steele, an astronomer at the Kellerman Observatory and lead author of the study. "⟦d:a|What we can say is that something in that atmosphere absorbs light exactly where water does. What we cannot yet say is that it is water.⟧"
The findings, described in a paper titled "⟦s:-|A Tentative Detection of Water Vapour in the Transmission Spectrum of a Temperate Terrestrial Exoplanet⟧", were published on Wednesday in the Journal of Planetary Astronomy.
Ana Sofía Berríos, a co-author who spent 14 nights at the telescope collecting the data, said the signal had appeared in all three observing runs. "⟦d:b|The first night, I thought it was the instrument. The second night, I thought it was me. By the third night we were all very quiet in the control room,⟧" she recalled.
Tadeusz Wolański, who studies planetary atmospheres at the University of Corvant and was not part of the team, said the result was "⟦p:c|exciting and fragile in equal measure⟧". Red dwarfs, he noted, are covered in starspots that can mimic the signal.
"⟦d:c|Cool spots on the star can contain water vapour themselves,⟧" he said. "⟦d:c|So you have to be very sure the water is on the planet and not on the star. I am not yet sure. I would love to be.⟧"
Dr Raghunathan-Steele said the team had applied for time on the Halden space telescope to check. "⟦d:a|If it's real, it'll still be there next year,⟧" she said. "⟦d:a|The planet isn't going anywhere.⟧"

### 018
@a Imogen | his mother
@b Alfie | -
@e Tom | Alfie's father
@c Rhiannon Mathers-Oduya | a consultant in paediatric neurology at St Cuthwin's
@d St Cuthwin's Children's Hospital | -
At six, Alfie can climb the stairs of his family's terraced house on his own. Eighteen months ago, he could not sit up without help.
He was one of nine children in the world to receive an experimental gene therapy for Ostrander syndrome, a rare inherited condition that wastes the muscles, in a trial at St Cuthwin's Children's Hospital last year.
“⟦d:a|They told us to make memories,⟧” said his mother, Imogen, 34, who asked that the family's surname not be published. “⟦d:a|That's what they say when they mean there isn't much time. So we made memories. And then we were offered the trial.⟧”
Alfie's father, Tom, remembers the day of the infusion as “⟦p:e|the longest forty minutes of our lives⟧”. “⟦d:e|It's a bag of clear liquid going into a line in his arm. It looks like nothing. You sit there thinking, is that it?⟧” he said.
Dr Rhiannon Mathers-Oduya, a consultant in paediatric neurology at St Cuthwin's, who led the trial at the hospital, said the results in all nine children had exceeded expectations, but she urged caution.
“⟦d:c|We have nine children and eighteen months of follow-up,⟧” she said. “⟦d:c|That is wonderful for those nine families. It is not yet enough to tell every family with this condition that the problem is solved, and I would be doing them a disservice if I said so.⟧”
The therapy's list price, if it is approved, is expected to exceed £1.5 million per patient.
In a statement, St Cuthwin's Children's Hospital said it was “⟦p:d|immensely proud⟧” of its part in the trial. “⟦d:d|The credit belongs first to the families, who took a leap of faith,⟧” the hospital said.
Asked what he wanted to do next, Alfie considered the question seriously. “⟦d:b|Football,⟧” he said. Then: “⟦d:b|And the big slide at the park.⟧”

### 019
@a Kaveh Moradi-Lund | the company's co-founder and chief executive
@b Sunita Varghese | a hardware engineer who joined the company from a university lab in 2021
@c Jorunn Sætre | an analyst at Fenwick Ridley
@d Tessellate Systems | a four-year-old chip designer based in the harbour district of Port Ellery
@e - | A spokesperson for Orvane
Tessellate Systems, a four-year-old chip designer based in the harbour district of Port Ellery, unveiled a processor on Tuesday that it says can run large language models using a fifth of the electricity needed by the market leader's flagship product.
"⟦d:a|The industry has spent ten years making chips faster. We spent four making them less hungry,⟧" said Kaveh Moradi-Lund, the company's co-founder and chief executive, at a launch event in a converted ferry terminal. "⟦d:a|Power is now the constraint. Not silicon, not money. Power.⟧"
The chip, called Mosaic, stores a model's parameters right next to the circuits that compute with them, avoiding what engineers call the "⟦s:-|memory wall⟧" — the energy cost of shuttling data back and forth.
Sunita Varghese, a hardware engineer who joined the company from a university lab in 2021, said the hardest part had been making the design work at scale. "⟦d:b|Any graduate student can build one of these that works on a bench. We needed one that works ten thousand times over in a data centre without anyone touching it,⟧" she said.
The company has not released independent benchmarks. Jorunn Sætre, an analyst at Fenwick Ridley, said its claims were "⟦p:c|plausible but unproven⟧". "⟦d:c|Every year someone announces the end of the incumbent. The incumbent is still here,⟧" she said. "⟦d:c|If Tessellate's numbers survive contact with real customers, though, this becomes a different conversation.⟧"
Tessellate said the first chips would ship to "⟦p:d|a small number of launch partners⟧" in the spring. It declined to name them.
A spokesperson for Orvane, the market leader, said: "⟦d:e|We welcome competition. Customers will judge products on their performance.⟧"

### 020
@a Veltro Mobility | -
@b Halima Osei-Rendell | the agency's director of enforcement
@c Darragh Mulcahy | a courier in Lisdrum whose scooter caught fire in his hallway in February
@d - | one firefighter
Veltro Mobility is recalling about 140,000 electric scooters after reports of batteries overheating while charging, including at least 23 fires, the company and regulators said on Friday.
``⟦d:a|The safety of our riders comes before everything else,⟧'' Veltro said in a statement. ``⟦d:a|We are asking every owner of an affected model to stop charging it immediately.⟧''
The recall covers the Veltro S3 and S3 Max sold between March 2022 and June last year. Owners will receive a replacement battery pack free of charge.
The Consumer Product Safety Agency, which opened an investigation in January, said it had pressed the company to act sooner. ``⟦d:b|We are glad the recall is happening. We would have been gladder three months ago,⟧'' said Halima Osei-Rendell, the agency's director of enforcement.
Darragh Mulcahy, a courier in Lisdrum whose scooter caught fire in his hallway in February, said he had woken to the smoke alarm at 3 a.m. ``⟦d:c|There was this hissing noise and then a jet of flame, like a blowtorch. I got the kids out the back door in their pyjamas,⟧'' he said. ``⟦d:c|A recall is fine. I'd like to know why it took a fire in my house, and twenty-two others, to get one.⟧''
Fire services have warned against charging e-bikes and scooters overnight or near exits. ``⟦d:d|Lithium battery fires are fast and they are toxic. You do not get a second chance,⟧'' one firefighter said at the scene of a blaze in the city last month.

### 021
@a Vesterholm Space Agency | -
@b Raimo Kettunen-Aho | the agency's launch director
@c Nika Ferenczi | a propulsion engineer who worked on the rocket's second stage
@d Elif Aydemir-Lorentz | Minister of Science
@e - | A person familiar with the investigation
Vesterholm's first attempt to put a satellite into orbit from its own soil ended in failure on Saturday when the second stage of its Aurora-1 rocket shut down 212 seconds after lift-off, dropping the payload into the Northern Sea.
The Vesterholm Space Agency said in a brief statement that the first stage had performed "⟦p:a|nominally⟧" and that an anomaly had occurred "⟦p:a|shortly after stage separation⟧". "⟦d:a|A full investigation has begun,⟧" the agency said.
At a news conference at the Skarholm launch site, the agency's launch director, Raimo Kettunen-Aho, looked drawn. "⟦d:b|We have learned a great deal today, most of it the hard way,⟧" he said. "⟦d:b|I will not pretend that is what we wanted to learn.⟧"
Asked whether the programme would survive, he paused for several seconds. "⟦d:b|Every country that launches rockets has lost rockets,⟧" he said. "⟦d:b|The ones that succeeded are the ones that launched again.⟧"
Nika Ferenczi, a propulsion engineer who worked on the rocket's second stage, said the mood in the control room had gone from "⟦p:c|pure joy to pure silence⟧" in a few seconds. "⟦d:c|You see the numbers and you know before anyone says it,⟧" she said. "⟦d:c|Then somebody says it.⟧"
Minister of Science Elif Aydemir-Lorentz wrote on social media that she was "⟦p:d|proud of every single person⟧" on the team. "⟦d:d|Space is hard. We knew that. We go again,⟧" she wrote.
A person familiar with the investigation said early telemetry pointed to a fuel valve on the second-stage engine, a component that had passed every ground test. "⟦d:e|It's a small part. It's always a small part,⟧" the person said.

### 022
@a Zsófia Halász-Turner | a neurologist at the Institute for Brain Health in Marrowby
@d Rutger van Oostveen | a co-author
@b Gareth Pennick-Amoah | chief executive of the charity Memory Matters
@c Sinéad Ní Bhriain | -
A simple blood test taken in middle age can predict who will develop dementia up to 15 years before symptoms appear, with about 80 per cent accuracy, according to a study of 22,000 people published on Thursday.
“⟦d:a|This is not a diagnosis, and I want to be very clear about that,⟧” said Dr Zsófia Halász-Turner, a neurologist at the Institute for Brain Health in Marrowby, who led the research. “⟦d:a|It is a risk signal. It tells us where to look, and when.⟧”
Prof. Rutger van Oostveen of the University of Lemmerdam, a co-author, said the next step was to find out whether people flagged by the test benefit from early treatment. “⟦d:d|Knowing early is only useful if you can do something with the knowledge,⟧” he said.
Gareth Pennick-Amoah, chief executive of the charity Memory Matters, welcomed the study but warned that the test should not be offered “⟦p:b|before the support is in place to deal with the answers⟧”. “⟦d:b|Telling someone at 50 that they have a high risk of dementia, and then sending them home with a leaflet, would be cruel,⟧” he said.
Sinéad Ní Bhriain, whose mother was diagnosed with Alzheimer's disease four years ago, said she would take the test “⟦p:c|tomorrow⟧”. “⟦d:c|I watched my mother lose ten years because nobody spotted it until she got lost driving home from the shops she'd been going to for forty years,⟧” she said. “⟦d:c|If there's a warning light, I want to see it.⟧”
Dr Halász-Turner said the test could cost as little as £40 if it were manufactured at scale. “⟦d:a|The science is the easy part,⟧” she said. “⟦d:a|The hard part is the health system.⟧”

### 023
@a Giulietta Marangoni | the archaeologist leading the excavation
@c Hamish Tulloch-Barr | a doctoral student from the University of Dunmarrow who has spent two summers on the dig
@b Renato Dell'Acqua | The town's mayor
SAN VITALE DEL MONTE, Verreno — Archaeologists excavating a collapsed Roman villa in the hills above this town have found a sealed storeroom containing more than 300 intact amphorae, some still stoppered with their original clay plugs.
"⟦d:a|È come aprire una lettera scritta duemila anni fa,⟧" said Prof. Giulietta Marangoni, the archaeologist leading the excavation. "⟦d:a|It is like opening a letter written two thousand years ago.⟧" Nobody, she added, had touched the jars "⟦p:a|since the roof came down⟧".
The storeroom appears to have been buried by a landslide in the third century AD, which sealed it off from looters. Early analysis suggests some of the jars held fish sauce and others wine.
Hamish Tulloch-Barr, a doctoral student from the University of Dunmarrow who has spent two summers on the dig, was the first to see them, through a gap in the rubble. "⟦d:c|I shone my torch in and just saw these necks, rows and rows of them, like a crowd of people waiting for something,⟧" he said. "⟦d:c|I called Giulietta over and she didn't say anything for about a minute, which for her is a record.⟧"
The town's mayor, Renato Dell'Acqua, said San Vitale would apply for regional funds to build a museum on the site. "⟦d:b|For years our young people have left to find work. Maybe now some of the world will come to us,⟧" he said.
Prof. Marangoni was more cautious. The contents of the jars would be analysed in the laboratory before anyone opened them, she said, "⟦p:a|with great patience and very small tools⟧".

### 024
@a Brightpath Health | -
@b Kasimir Ødegaard | an independent security researcher
@c Yevgenia Haldane-Mor | Data Protection Commissioner
@d Marguerite Okonjo | a teacher in Dunsford who orders her son's insulin through the app
An online pharmacy used by more than two million people has confirmed that names, addresses and prescription histories were exposed for at least six weeks after a database was left publicly accessible on the internet.
Brightpath Health said on Monday that it had secured the database and had “⟦p:a|no evidence that the data has been misused⟧”. “⟦d:a|We are deeply sorry. We fell short of the standards our customers rightly expect,⟧” the company said in a statement.
The exposure was discovered by Kasimir Ødegaard, an independent security researcher, who found the database while scanning for misconfigured cloud servers. In a blog post published on Monday, he wrote that he had contacted the company three times before he received a reply.
“⟦d:b|The first two emails went unanswered. The third got an automated acknowledgement. It took a message to their chief executive on a professional networking site to reach a human being,⟧” he wrote.
“⟦d:b|Prescription data is about as sensitive as it gets. You can infer a person's illnesses, their mental health, whether they are pregnant,⟧” Mr Ødegaard said in an interview.
Data Protection Commissioner Yevgenia Haldane-Mor said her office had opened an inquiry. “⟦d:c|Health data carries special protection in law for a reason,⟧” she said. “⟦d:c|We will want to understand not only how this happened, but why it took so long to close.⟧”
Marguerite Okonjo, a teacher in Dunsford who orders her son's insulin through the app, said she had learned of the breach from the news rather than from the company. “⟦d:d|I got an email from them last week about a discount on sun cream,⟧” she said. “⟦d:d|Nothing about this.⟧”

### 025
@b Marisol Quintanar-Webb | -
@c Owen | Her husband
@a Benedikt Olawale-Strand | the surgeon who led the operation
A former chef who lost both hands to sepsis has become the first person in Ardlen to receive a double hand transplant, surgeons at Kingsreach Infirmary announced on Wednesday.
Marisol Quintanar-Webb, 44, underwent the 14-hour operation in March. Three months later she can hold a cup, turn a key and — to her own surprise — feel the warmth of a radiator through her new fingertips.
"⟦d:b|The first time I felt something, it was my husband's hand. He didn't know. I didn't tell him for a day because I thought I was imagining it,⟧" she said at a news conference at the hospital.
Her husband, Owen, sitting beside her, leaned towards the microphone. "⟦d:c|She told me eventually,⟧" he said. "⟦d:c|Then she squeezed my hand so hard I had to ask her to stop.⟧"
"⟦d:b|That's a lie,⟧" she said, laughing. "⟦d:b|A slight exaggeration, anyway.⟧"
Benedikt Olawale-Strand, the surgeon who led the operation, said a team of 30 had worked in two shifts, joining bones, tendons, arteries, veins and nerves in each arm.
"⟦d:a|Nerves regrow at roughly a millimetre a day, so the feeling arrives slowly, from the wrist down,⟧" he said. "⟦d:a|Marisol is ahead of schedule. She is also the most stubborn patient I have ever had, which helps.⟧"
Ms Quintanar-Webb will take anti-rejection drugs for the rest of her life. Asked whether she hoped to cook again, she held up her hands. "⟦d:b|Give me a year,⟧" she said. "⟦d:b|Then come to dinner.⟧"

### 026
@a Halvard Brenne | a glaciologist at the Tromhavn Polar Institute who led the study
@b Chidinma Ejiofor-Lang | a co-author and ocean physicist
@c Reinout de Vries-Tamm | a climate modeller at the Meteorological Institute of Aldmark who was not involved in the work
The Halloran ice shelf in West Antarctica is thinning three times faster than it was a decade ago, driven by warm ocean water reaching its underside, according to a study published on Monday.
The research, based on 11 years of radar measurements and a fleet of robotic floats sent beneath the ice, suggests the shelf could break up within decades, removing a brake on the glacier behind it.
“⟦d:a|Think of the shelf as a cork in a bottle,⟧” said Halvard Brenne, a glaciologist at the Tromhavn Polar Institute who led the study. “⟦d:a|The ice behind it is the wine. We are watching the cork get thinner.⟧”
According to Dr Brenne, the shelf has lost about 40 metres of thickness near its grounding line since 2013, and the rate is “⟦p:a|still accelerating⟧”.
Chidinma Ejiofor-Lang, a co-author and ocean physicist, said the floats had found water up to two degrees warmer than the team had expected. “⟦d:b|We sent the floats in expecting one thing and they came back telling us another,⟧” she said. “⟦d:b|That is the best and the worst kind of result.⟧”
Not everyone is convinced that a collapse is imminent. Dr Reinout de Vries-Tamm, a climate modeller at the Meteorological Institute of Aldmark who was not involved in the work, said the measurements were “⟦p:c|excellent⟧” but that extrapolating from them was riskier. “⟦d:c|Ocean currents around Antarctica vary from decade to decade. Eleven years is a good record but it is not a long one,⟧” he said. “⟦d:c|I would be cautious about putting a date on anything.⟧”
Dr Brenne agreed that the timing was uncertain. “⟦d:a|I can't tell you the year,⟧” he said. “⟦d:a|I can tell you the direction.⟧”

### 027
@a Aurélie Mputu-Kasongo | Health Minister
@c Clarisse Ngalula | -
@b Béatrice Ilunga | the nurse in charge of the clinic
@d Global Immunisation Partnership | -
KALEMBA, Kivana — By seven in the morning the queue outside the health centre in Kalemba stretched past the church and round the side of the football pitch: mothers with babies on their backs and toddlers by the hand.
Kivana on Monday became the latest country to add a malaria vaccine to its routine childhood immunisation schedule, with 1.2 million doses delivered for the first phase.
"⟦d:a|Malaria kills more Kivanan children than any other disease. Today we begin to change that,⟧" Health Minister Aurélie Mputu-Kasongo said at a launch ceremony in the capital, Nsanda.
Clarisse Ngalula, who walked two hours with her twin daughters to reach the clinic, lost a son to malaria three years ago. "⟦d:c|Je ne veux plus jamais enterrer un enfant,⟧" she said. "⟦d:c|I never want to bury a child again.⟧"
Sister Béatrice Ilunga, the nurse in charge of the clinic, said staff had vaccinated 312 children by midday. "⟦d:b|We have been telling mothers for years: sleep under the net, come early when there is fever. Now we can give them something more,⟧" she said. "⟦d:b|But the net is still the net. The vaccine does not replace it.⟧"
The vaccine requires four doses, and health workers worry about how many children will come back for all of them. "⟦d:b|The first dose is a celebration. The fourth dose is the hard work,⟧" Sister Ilunga said.
The Global Immunisation Partnership, which is funding most of the rollout, said Kivana's programme was "⟦p:d|a model for the region⟧". "⟦d:d|The countries with the highest burden must be first in line, not last,⟧" the partnership said in a statement.

### 028
@a Ines Carvalho-Ruiz | the team captain
@b Yaw Asante-Bekoe | the team's software lead
@c Oskar | a first-year student who joined in September
@d Helen Marchetti-Boyd | a lecturer in mechatronics who supervises the team
The robot is called Bramble, and at 2 a.m. on the night before the regional final it is lying in pieces across three workbenches in a basement lab at the University of Wexcombe.
Its job, if it is put back together in time, will be to climb a pile of rubble, find a mannequin hidden underneath and report its location — a simulated earthquake rescue, judged against the clock.
``⟦d:a|Is it charged?⟧'' asks Ines Carvalho-Ruiz, 22, the team captain.
``⟦d:b|It's charged,⟧'' says Yaw Asante-Bekoe, the team's software lead, without looking up from his laptop.
``⟦d:a|Charged, or charged like last time?⟧''
``⟦d:b|Charged charged.⟧''
Last time was the qualifying round, when Bramble's battery died halfway up the rubble and the team watched it slide slowly back to the bottom. Nobody calls it the qualifying round any more. They call it ``⟦s:-|the Slide⟧''.
Oskar, a first-year student who joined in September, is in charge of the tracks. He has been awake, he estimates, for 31 hours. ``⟦d:c|I'm fine,⟧'' he says. ``⟦d:c|I'm great. I can hear colours.⟧''
Dr Helen Marchetti-Boyd, a lecturer in mechatronics who supervises the team, says her main job at this stage is to order pizza and keep people away from the soldering iron once they stop making sense. ``⟦d:d|They know more about this robot than I do,⟧'' she says. ``⟦d:d|That's the point. If I were still useful at 2 a.m., I'd have done something wrong.⟧''
At 4.15 a.m., Bramble's lights come on. Ines claps once. Yaw says nothing for a moment and then, quietly: ``⟦d:b|Told you.⟧''
Bramble finished second. ``⟦d:a|Next year,⟧'' Ines said afterwards, ``⟦d:a|it climbs the whole thing.⟧''

### 029
@a Felicity Ambrose-Nakamura | a consultant in respiratory medicine who runs the clinic
@b Dev Ramaswamy | a former marathon runner
@c Colette Baudry-Finch | a primary school head
@e - | Another patient
@d Northmere Health Board | -
The long covid clinic at Northmere General Hospital occupies three rooms at the end of a corridor on the second floor. At the end of March, when its funding runs out, it will close.
"⟦d:a|We have 400 people on the waiting list and a closing date,⟧" said Dr Felicity Ambrose-Nakamura, a consultant in respiratory medicine who runs the clinic. "⟦d:a|I don't know what I'm supposed to tell them.⟧"
Dev Ramaswamy, a former marathon runner, now uses a walking stick on bad days. Before his infection he ran 60 miles a week. "⟦d:b|Now I plan a trip to the supermarket like a military operation. Park close, list ready, out in twenty minutes, then lie down,⟧" he said.
He credits the clinic with teaching him to pace himself.
"⟦d:b|The first thing they told me was to stop trying to push through it. Every runner's instinct is to push through it. That instinct was making me worse.⟧"
Colette Baudry-Finch, a primary school head, has not worked for 18 months. "⟦d:c|People think you're tired. It's not tired. It's as if your battery has been swapped for a smaller one and nobody told you,⟧" she said.
Another patient, who asked not to be named because she had not told her employer about her condition, said the closure felt like "⟦p:e|being told we've been cured by a spreadsheet⟧".
Northmere Health Board said long covid patients would be "⟦p:d|supported through existing services⟧" after the clinic closed. "⟦d:d|We recognise the concerns of patients and are working closely with clinicians on the transition,⟧" the board said in a statement.
Dr Ambrose-Nakamura was unconvinced. "⟦d:a|Existing services is a polite way of saying their GP,⟧" she said. "⟦d:a|Who has ten minutes.⟧"

### 030
@a Nkechi Adebanjo-Holt | a materials scientist at the Royal Polytechnic of Ardlen
@u - | One reviewer
Nkechi Adebanjo-Holt, a materials scientist at the Royal Polytechnic of Ardlen, and her team reported last month a ceramic that conducts heat in one direction but insulates in the other. She describes herself as "⟦p:a|a professional failer of experiments⟧". This conversation has been condensed.
Q: How long did this take?
A: Nine years, if you count the years when we didn't know what we were looking for. Four if you don't.
Q: Was there a moment when you knew it worked?
A: There was a moment when I knew it wasn't broken, which is different. A student came into my office holding a sample with an oven glove on one side and bare fingers on the other.
Q: How did the paper go down with reviewers?
A: One reviewer wrote, "⟦d:u|This is either wrong or very important, and I cannot tell which.⟧" I have that printed above my desk.
Q: What's it for?
A: Everyone asks that. Spacecraft, maybe. Batteries. My colleagues in engineering call it "⟦s:-|the thermal diode⟧", which is a better name than the one in the paper.
Q: And your name for it?
A: Sample 412. I'm not good at names.

### 031
@a Lorcan Ó Dálaigh | director of the facility
@d Wren Takahashi | an engineer on the team
@b Priscilla Van Aswegen | Energy Minister
@c Hamza R. Qureshi-Eld | a physicist at Colbridge University
Scientists at the Merrifield Fusion Facility said on Tuesday that they had sustained a plasma at more than 150 million degrees for 48 seconds, a record for a machine of its type, and produced more energy from fusion reactions than was delivered to the fuel by its heating beams.
“⟦d:a|Forty-eight seconds does not sound like much. In this business it is an eternity,⟧” said Lorcan Ó Dálaigh, director of the facility.
Wren Takahashi, an engineer on the team, said the advance came from a redesign of the magnets that hold the plasma in place. “⟦d:d|We spent two years making the magnets ten per cent better. Then we found out ten per cent was the whole difference,⟧” she said.
Energy Minister Priscilla Van Aswegen, who visited the facility on Tuesday, called the result “⟦p:b|a national achievement⟧” and said the government would “⟦p:b|stand behind the programme for the long haul⟧”.
Outside experts were impressed but urged caution about timelines. Hamza R. Qureshi-Eld, a physicist at Colbridge University, noted that the facility consumed far more electricity overall than the fusion reactions produced. “⟦d:c|They have passed a milestone, and it is a real one,⟧” he said. “⟦d:c|But the electricity meter on the wall of that building is still spinning the wrong way, and it will be for some time.⟧”
Mr Ó Dálaigh did not dispute that. “⟦d:a|He's right,⟧” he said. “⟦d:a|We're not powering anyone's kettle yet. Ask me again in fifteen years.⟧”

### 032
@a National Veterinary Service | -
@d Torsten Lindqvist-Amadi | Chief Veterinary Officer
@b Gwilym ap Rhys | -
@c Anjali Mehra-Sandoval | an epidemiologist at the Centre for Animal Disease Control
Authorities have ordered the culling of 180,000 ducks and chickens at seven farms in the Tarrow valley after a highly pathogenic strain of avian influenza was confirmed at a duck farm near the village of Llanfarren.
The National Veterinary Service said a 10-kilometre surveillance zone had been set up and that poultry across the region must be kept indoors "⟦p:a|until further notice⟧". "⟦d:a|The risk to the general public remains very low,⟧" the service said.
Chief Veterinary Officer Torsten Lindqvist-Amadi said the strain had been circulating in wild birds along the coast since October. "⟦d:d|We have been expecting this. Expecting it doesn't make it any easier for the farmers concerned,⟧" he said.
Gwilym ap Rhys, who has farmed ducks near Llanfarren for 30 years, watched from his gate as contractors in white suits arrived. "⟦d:b|Thirty years, and it's finished in an afternoon,⟧" he said. "⟦d:b|They tell me there'll be compensation. There's no compensation for this feeling.⟧"
Dr Anjali Mehra-Sandoval, an epidemiologist at the Centre for Animal Disease Control, said the virus had recently been detected in some wild mammals, including foxes and seals, which was "⟦p:c|a development we are watching closely⟧". "⟦d:c|Every time the virus jumps into a new species, it gets another chance to adapt,⟧" she said. "⟦d:c|Most of those chances come to nothing. We monitor because we can't assume all of them will.⟧"

### 033
@a Tomasz Wierzbicki | a former army medic who lost his left leg below the knee in a road accident
@b Baek Hyun-woo | the engineer who designed it
@c Strideworks | -
@d Agnieszka | Mr Wierzbicki's wife
Tomasz Wierzbicki ran his first 10-kilometre race in eight years on Sunday, on a prosthetic ankle that adjusts its stiffness 500 times a second.
“⟦d:a|With the old leg I was thinking about every single step,⟧” said Mr Wierzbicki, 39, a former army medic who lost his left leg below the knee in a road accident. “⟦d:a|With this one, about two kilometres in, I forgot. I was just running. I started crying at about kilometre three, which is not ideal when you're trying to breathe.⟧”
The ankle, made by Strideworks, a start-up in the city of Halmburg, uses sensors and a small motor to mimic the way a human ankle stiffens as it pushes off.
Baek Hyun-woo, the engineer who designed it, said the hardest problem had been the battery. “⟦d:b|A runner doesn't want to stop at kilometre eight to charge his foot,⟧” Mr Baek said. “⟦d:b|We got it to last a marathon. Barely. That's the next job.⟧”
Strideworks said the device would cost about €28,000 and that it was “⟦p:c|in discussions with health insurers⟧” about coverage.
Mr Wierzbicki's wife, Agnieszka, waited at the finish. “⟦d:d|He said he'd walk the last kilometre. He didn't walk one metre,⟧” she said. “⟦d:d|He's very annoying like that.⟧”

### 034
@b Fermín Ocaña | -
@c - | A spokesperson for the agency
@a Itzel Coronado-Vance | a seismologist at the National Geophysics Institute
@d Rodrigo Etxeberria Lasa | the app's founder
@e - | one woman
SANTA INÉS DEL VALLE, Corvessa — Twelve seconds. That is how long Fermín Ocaña had between the alarm on his phone and the moment the floor of his hardware shop began to roll on Tuesday morning.
"⟦d:b|Doce segundos son mucho cuando sabes qué hacer,⟧" he said. Twelve seconds is a lot when you know what to do. "⟦d:b|I grabbed my mother and we were under the door frame before the shelves came down.⟧"
The magnitude 6.8 earthquake, centred 60 kilometres off the coast, damaged hundreds of buildings in the province but killed three people, according to the Civil Protection Agency. A spokesperson for the agency said the early warning system had "⟦p:c|almost certainly saved lives⟧".
The alerts are generated by a network of 240 seismic sensors and pushed to phones by an app, AvisaYa, which has four million users.
"⟦d:a|The sensors near the coast feel the fast, weak waves first. We have a few seconds before the slow, destructive waves arrive inland, and we use them,⟧" said Itzel Coronado-Vance, a seismologist at the National Geophysics Institute. "⟦d:a|It is not prediction. It is a race, and for once we won it.⟧"
Rodrigo Etxeberria Lasa, the app's founder, said traffic had jumped to 40 times its normal level after the quake. "⟦d:d|The servers held,⟧" he said. "⟦d:d|I've been waiting six years to say that sentence and mean it.⟧"
Not everyone got the alert. Residents in the hill town of Aramendi said their phones had stayed silent. "⟦d:e|Nothing. Not a beep,⟧" one woman said, holding up her phone as if it were evidence.
Dr Coronado-Vance said the institute would investigate. "⟦d:a|Twelve seconds in the valley and zero in the hills is not good enough,⟧" she said.

### 035
@a Declan Farrow-Mayes | Harrowgate Athletic manager
@r - | one reporter
@b Jamie Strachan-Obi | His captain
@c Rui Mendonça Alves | Porthaven City's Portuguese coach
Harrowgate Athletic manager Declan Farrow-Mayes refused to blame the referee after his side's 2-1 defeat at Porthaven City on Saturday — and then spent the next five minutes of his press conference doing something very close to it.
"⟦d:a|I'm not going to talk about the penalty,⟧" he said. "⟦d:a|Everyone in the ground saw it. Everyone at home saw it. I don't need to talk about it.⟧"
The decision came in the 88th minute, when referee Simon Achterberg ruled that the Harrowgate defender Kofi Mensah-Larsen had handled in the area. Replays suggested the ball had struck his shoulder.
"⟦d:r|Did you speak to the referee afterwards?⟧" one reporter asked.
"⟦d:a|I said good afternoon. He said good afternoon. It was a very short conversation,⟧" Farrow-Mayes replied. "⟦d:a|I'll let you work out the tone.⟧"
His captain, Jamie Strachan-Obi, was blunter in the tunnel. "⟦d:b|It's a shoulder. It's a shoulder every day of the week,⟧" the midfielder said. "⟦d:b|We've been robbed, simple as that, and you can write that down.⟧"
Porthaven City's Portuguese coach, Rui Mendonça Alves, said through an interpreter that he had not yet seen a replay. "⟦d:c|From my position, it looked like a hand. If it was not, then we were lucky, and we have not been lucky many times this season,⟧" he said. "⟦d:c|Today we take it.⟧"
Asked whether he felt sympathy for his opposite number, Mendonça Alves spread his hands: "⟦d:c|Football.⟧"
Harrowgate have now lost four of their last five league games.

### 036
@c Beverley Hanlon-Greaves | the head coach
@a Priyanka Deshmukh-Clarke | The captain
@b Maddie | the team's youngest player
@d Natasha Kerr-Adeyemi | the wicketkeeper
The dressing room at Fenwick Oval smelled of sweat, sun cream and cheap sparkling wine, most of which had been poured over the head coach.
“⟦d:c|I've been coaching for twenty-two years and nobody has ever done that to me before,⟧” said Beverley Hanlon-Greaves, the head coach, wringing out her cap. “⟦d:c|I'd like it noted that I did not enjoy it.⟧” She was smiling as she said it.
Northbridge Women had just beaten Calder Vale by four wickets, with two balls to spare, to win their first national title in 31 years, chasing 247 on a pitch that had turned from the first over.
The captain, Priyanka Deshmukh-Clarke, made 91. She sat in the corner with her pads still on and a bag of ice on one knee.
“⟦d:a|I honestly don't remember the last twenty minutes,⟧” Priyanka said. “⟦d:a|I remember Maddie coming out and saying, ‘I'm not getting out, don't worry.’ And I thought, well, that's one of us.⟧”
Maddie, the team's youngest player, hit the winning runs. At 17 she is still at school, and has a chemistry exam on Tuesday. “⟦d:b|I said that to calm her down,⟧” she said. “⟦d:b|I was terrified. My legs were like jelly.⟧”
Natasha Kerr-Adeyemi, the wicketkeeper, known to everyone in the squad as “⟦s:-|Tash⟧”, had taken charge of the music. Asked what the team would do next, she pointed at the coach. “⟦d:d|Bev's buying,⟧” she announced. “⟦d:d|That's the plan. That's the entire plan.⟧”

### 037
@a Valentina Ocampo Ruiz | the 19-year-old qualifier from Santa Brava
@b Karolína Dvořáková | the world No 3
@c Esteban Lucero | Her coach
Valentina Ocampo Ruiz, the 19-year-old qualifier from Santa Brava, reached the semi-finals of the Aldmark Open on Thursday by beating the world No 3, Karolína Dvořáková, 6-4 3-6 7-6, and then apologised for crying through her on-court interview.
“⟦d:a|Perdón, perdón. Estoy muy feliz,⟧” she said into the microphone, wiping her eyes with a towel. (“⟦d:a|Sorry, sorry. I am very happy.⟧”)
Speaking later through an interpreter, Ocampo Ruiz said she had never played in front of a crowd of more than 2,000 before this tournament. “⟦d:a|When I walked out today and saw all the people I thought, okay, this is a different sport,⟧” she said. “⟦d:a|Then I hit the first ball and it was the same sport. That helped.⟧”
Dvořáková, who served for the match at 5-4 in the third set, was gracious in defeat. “⟦d:b|She played the big points like she had been doing it for ten years,⟧” the 27-year-old said. “⟦d:b|I didn't. That's tennis.⟧”
Her coach, Esteban Lucero, has worked with Ocampo Ruiz since she was 11. “⟦d:c|She has always hit the ball hard. What changed this year is that she started to think before she hits it hard,⟧” he said.
Ocampo Ruiz will play the top seed, Ilse Brandvold, on Saturday. Asked how she planned to prepare, she laughed. “⟦d:a|Sleep,⟧” she said. “⟦d:a|And maybe call my mother. She will want to tell me what I did wrong.⟧”

### 038
@a Hemi Tautahi-Brooks | Kestrels head coach
@c Ciarán Mac Giolla Phádraig | Flanker
@d Brodie Henare-Scott | the Ironbridge captain
@b Northern Rugby Union | -
Kestrels head coach Hemi Tautahi-Brooks joked that he would need "⟦p:a|a very long walk and a very small whisky⟧" after his side's 24-22 defeat by Ironbridge, a match that turned on a red card in the 31st minute.
Flanker Ciarán Mac Giolla Phádraig was sent off for a shoulder to the head of the Ironbridge scrum-half, Sione Tuipulotu-Ward, as both men went to ground chasing a loose ball.
"⟦d:a|I've watched it six times and I still don't know what he was supposed to do,⟧" Tautahi-Brooks said. "⟦d:a|The lad's falling, the other lad's falling, and they meet in the middle. I'm not saying it's not a red under the law. I'm saying the law has a problem.⟧"
Mac Giolla Phádraig, who sat beside his coach at the press conference, said he had apologised to the scrum-half in the dressing room. "⟦d:c|I'd never go in like that on purpose. He knows that. He told me he knows that,⟧" the 23-year-old said.
Brodie Henare-Scott, the Ironbridge captain, would not criticise the decision or the player. "⟦d:d|It's a horrible one for him. He's a good, honest player,⟧" he said. "⟦d:d|We'll take the win, but nobody in our room is celebrating that moment.⟧"
The Northern Rugby Union said in a statement that the officials had applied the head-contact framework "⟦p:b|correctly and consistently⟧". "⟦d:b|Player welfare is, and will remain, the priority,⟧" the union said.
Tautahi-Brooks, asked whether he agreed, smiled thinly. "⟦d:a|Of course it is,⟧" he said. "⟦d:a|That's why my player's going to be banned and the bloke he fell on is going to be fine.⟧"

### 039
@u - | -
@a Matteo Lo Presti | -
@b Joaquim Serra-Bou | His sports director
@c Anders Fjelstad | The race leader
PASSO DELLA VEGLIA — Matteo Lo Presti won the 16th stage of the Giro delle Valli on Tuesday with a solo attack 11 kilometres from the summit finish, the first Grand Tour stage victory of his career, at the age of 31.
«⟦d:u|Sei un mito!⟧» came a shout from behind the barriers as he crossed the line, arms wide — you're a legend.
«⟦d:a|Ho aspettato dieci anni per questo giorno,⟧» Lo Presti said at the finish, his voice cracking, before repeating it in English for the foreign press: «⟦d:a|I waited ten years for this day.⟧»
His sports director, Joaquim Serra-Bou, said the team had planned the attack over dinner the night before. «⟦d:b|We looked at the last climb on the map and said: there, at the hairpin with the chapel. He went exactly there,⟧» he said.
The race leader, Anders Fjelstad, finished 48 seconds behind and kept his jersey with a lead of 1min 12sec. «⟦d:c|I wasn't going to chase him. He's no threat overall, and he deserved it,⟧» he said.
Lo Presti dedicated the win to his late father, a baker in the town of Castelverde. «⟦d:a|Every morning at four he was making bread,⟧» he said. «⟦d:a|Today I made something for him.⟧»

### 040
@b Kwabena Oduro-Hayes | the champion
@c Ruslan Tokhtarov | the challenger
@a Lenny Vasquez-Orr | Promoter
The final press conference before Saturday's heavyweight title fight at the Harbour Arena lasted 24 minutes and required security staff to step between the two fighters twice.
“⟦d:b|He's a nice man. I'm going to be very polite when I knock him out,⟧” said the champion, Kwabena Oduro-Hayes, who is unbeaten in 27 fights.
Ruslan Tokhtarov, the challenger, answered through his interpreter. “⟦d:c|In Tavria we have a saying: the loud dog is not the one that bites. He is very loud,⟧” he said.
Oduro-Hayes laughed. “⟦d:b|I bite as well,⟧” he said. “⟦d:b|Ask my sparring partners. Ask my dentist.⟧”
Promoter Lenny Vasquez-Orr insisted the hostility was genuine. “⟦d:a|People think this is pantomime. I've been doing this thirty years and I can tell you, these two do not like each other,⟧” he said. “⟦d:a|That's not a sales pitch. Although it does help the sales.⟧”
Tokhtarov, 29, has won all but one of his 22 professional fights, 19 of them by knockout. Asked about the one defeat, he answered in English, without waiting for the interpreter. “⟦d:c|I was young. I was stupid. Now I am only young,⟧” he said.

### 041
@a Independent Athletics Integrity Panel | -
@b Chiamaka Obiefuna-Rask | the former world 400m hurdles champion
@c J.P. Feldmann-Diallo | Her lawyer
@d - | A source close to the panel
Chiamaka Obiefuna-Rask, the former world 400m hurdles champion, has been banned for four years after testing positive for a prohibited blood-boosting drug, the Independent Athletics Integrity Panel announced on Wednesday.
In its written decision, the panel said the athlete's explanation — that the substance had reached her body through a contaminated supplement — was "⟦p:a|neither credible nor supported by the evidence⟧". "⟦d:a|The athlete bears the burden of establishing how the substance entered her system. She has not discharged it,⟧" the decision said.
Obiefuna-Rask, 30, posted a statement on social media within an hour of the announcement. "⟦d:b|I have never knowingly taken a banned substance in my life. I will fight this with everything I have,⟧" she wrote. "⟦d:b|To the young athletes who have written to me: I am sorry you have to read this. Please believe me.⟧"
Her lawyer, J.P. Feldmann-Diallo, said they would appeal to the Court of Sport Arbitration. "⟦d:c|The panel has ignored the laboratory evidence on the supplement batch entirely,⟧" he said. "⟦d:c|We are confident a higher tribunal will look at it.⟧"
A source close to the panel, speaking on condition of anonymity, said the supplement batch had been tested by two laboratories and found clean. "⟦d:d|Twice. Not once, twice,⟧" the source said.
The ban, backdated to the date of the sample, means Obiefuna-Rask will miss the next two world championships.

### 042
@d Pádraig Lennon | his race engineer
@a Elio Sandoval-Krantz | -
@b Ingrid Vålberg-Hesse | Team principal
@c Jun Takeda-Morrow | -
Elio Sandoval-Krantz had led the Marenza Grand Prix for 41 laps when the message came over the radio that every driver dreads.
“⟦d:d|Box, box. We have a gearbox issue, Elio. Box this lap,⟧” said his race engineer, Pádraig Lennon.
“⟦d:a|No, no, no. You're joking. Tell me you're joking,⟧” Sandoval-Krantz replied.
He retired two laps later, handing victory to Jun Takeda-Morrow, who had started fifth.
Team principal Ingrid Vålberg-Hesse said the failure had been traced to a hydraulic sensor. “⟦d:b|We gave Elio a car to win this race and then we took it away from him. That's on us, not on him,⟧” she said. “⟦d:b|I've apologised to him and I'll apologise again tomorrow.⟧”
Sandoval-Krantz, 25, was calmer by the time he spoke to reporters. “⟦d:a|I said some things on the radio that my mother will not like,⟧” he admitted. “⟦d:a|The team know I love them. Today I love them a little bit less.⟧”
Takeda-Morrow said he had not expected to win. “⟦d:c|I was driving for a podium. Then I looked up and there was nobody in front of me. It's a strange feeling — nice, but strange,⟧” he said.

### 043
@a Sabine Roux-Ekström | the Ashcombe head coach
@b Amara Nwachukwu-Dahl | the striker
@c Freya Ambers-Kiely | Goalkeeper
@d Rhona MacAskill | the Brackenridge manager
Ashcombe Ladies moved three points clear at the top of the Women's Premier Division with a 3-0 win over Brackenridge on Sunday, and their head coach admitted afterwards that she had spent most of the first half "⟦p:a|praying quietly⟧".
"⟦d:a|We were awful for thirty minutes. Genuinely awful,⟧" said Sabine Roux-Ekström, the Ashcombe head coach. "⟦d:a|Then Amara decided the game was boring and did something about it.⟧"
Amara Nwachukwu-Dahl, who scored twice in six minutes before half-time, shrugged off the praise. "⟦d:b|The first one was a mishit, to be honest. I was aiming for the other corner,⟧" the striker said. "⟦d:b|Don't tell Sabine.⟧"
Goalkeeper Freya Ambers-Kiely had made three saves in the opening 20 minutes to keep the game goalless. "⟦d:c|Nobody remembers the saves when you win 3-0,⟧" she said with a grin. "⟦d:c|I'll be reminding them on the bus.⟧"
Rhona MacAskill, the Brackenridge manager, said her side had "⟦p:d|switched off for six minutes and paid for it⟧". "⟦d:d|Against a team like that you can't have a six-minute nap. We did, and that was the game,⟧" she said.
Roux-Ekström, asked whether the title race was over, held up a hand. "⟦d:a|There are nine games left. Ask me in May,⟧" she said.

### 044
@a Darnell Okafor-Reyes | Northgate Falcons point guard
@b Teodor Haas | head coach
Northgate Falcons point guard Darnell Okafor-Reyes scored a career-high 41 points in Friday's 112-104 overtime win over the Riverside Kings, a performance he called "⟦p:a|the best night of my life, and I'm including my wedding⟧". He spoke to reporters in the locker room afterwards, alongside head coach Teodor Haas. The exchange has been lightly edited.
Q: You missed your first six shots. What changed?
A: Nothing changed. I kept shooting. At half-time Coach came up to me and said, "⟦d:b|Keep shooting. I don't care if you miss ten more.⟧" So I kept shooting.
Q: Did you know how many points you had?
A: No idea. I thought maybe thirty. Somebody on the bench told me in overtime and I got nervous, so I stopped looking at the scoreboard.
Q: Your teammates were chanting something in the tunnel. What was it?
A: They call me "⟦s:-|Microwave⟧", because I heat up fast. It's a terrible nickname. I love it.
Q: What does your wife think about being ranked second to tonight?
A: I'll find out when I get home. Please don't print that.

### 045
@a Joaquina Mbalate | -
@b Abílio Nhamússua | Her coach
@d Mekdes Alemu-Sørensen | The runner-up
@c Heather Pollock-Ng | Race director
Joaquina Mbalate won the Port Ellery Marathon on Sunday in 2 hours 19 minutes 48 seconds, breaking the course record by more than a minute in only her second race over the distance.
The 24-year-old, who grew up herding cattle in the highlands of central Lusandra, crossed the line and lay flat on her back on the tarmac for nearly a minute before she got up to wave.
"⟦d:a|Eu só queria terminar,⟧" she said afterwards, speaking Portuguese through an interpreter. "⟦d:a|I only wanted to finish. At thirty kilometres I looked at my watch and thought it was broken.⟧"
Her coach, Abílio Nhamússua, said they had told nobody how fast she had been running in training. "⟦d:b|If I told people her times, they would say I was lying. So I said nothing and let the clock say it,⟧" he said.
The runner-up, Mekdes Alemu-Sørensen, who led until the 35th kilometre, said she had been "⟦p:d|surprised and then a little bit destroyed⟧" by Mbalate's surge. "⟦d:d|I heard her breathing behind me for ten kilometres. Then I didn't hear her any more, because she was in front,⟧" she said.
Race director Heather Pollock-Ng said the course-record bonus would be paid "⟦p:c|with pleasure⟧". "⟦d:c|We've had some great champions here. I don't think we've had one who lay down in the road like that,⟧" she said. "⟦d:c|I'm told it's a tradition in her village. We may have to make it one here.⟧"
Mbalate said she would send most of the prize money home. "⟦d:a|My mother wants a roof that does not leak,⟧" she said. "⟦d:a|Now she will have one.⟧"

### 046
@a Tove Halvardsen | the 20-year-old
@b Dmitri Zelenko-Rhys | Her coach
@c Kristin | Halvardsen's mother
@d Julieta Barros | -
Tove Halvardsen broke the 200m backstroke world record at the Nordic Championships in Lindvik on Friday night, touching in 2:02.61, and then admitted that she had not known it was a record until she saw the crowd stand up.
“⟦d:a|I couldn't see the scoreboard without my glasses,⟧” the 20-year-old said. “⟦d:a|I just heard this noise. I thought somebody had fallen in.⟧”
Her coach, Dmitri Zelenko-Rhys, who has trained her since she was nine, was less surprised. “⟦d:b|We've been swimming that time in training for a month. I told her, ‘Don't look at the clock. Just swim like it's Tuesday,’⟧” he said.
Halvardsen's mother, Kristin, watching from the stands, said she had cried “⟦p:c|from the last turn onwards⟧”. “⟦d:c|I'm a terrible spectator. I can't watch and I can't not watch,⟧” she said.
Julieta Barros, who finished second, more than a second behind, said she had known the race was lost at the final turn. “⟦d:d|I was a body length down at 150. I've never been a body length down on anyone at 150,⟧” she said. “⟦d:d|She's from another planet tonight.⟧”
Halvardsen said she would celebrate with a pizza “⟦p:a|and then probably more training⟧”.

### 047
@a Rohan Seneviratne-Hughes | the captain
@r - | one journalist
@b Callum Fairweather | the fast bowler
@c Ardlen Cricket Board | -
Rohan Seneviratne-Hughes had barely sat down at the post-match press conference in Marwick when the first question arrived.
``⟦d:r|Is your job safe?⟧'' one journalist asked, before he had finished pouring himself a glass of water.
``⟦d:a|You'd have to ask the people who pick the captain,⟧'' Seneviratne-Hughes replied. ``⟦d:a|I'm not going to sit here and pick myself.⟧''
Ardlen were bowled out for 97 and 163 and lost the second Test by an innings and 88 runs inside three days.
``⟦d:a|We were outplayed in every department. I don't think there's any point pretending otherwise,⟧'' the captain said. ``⟦d:a|Their bowlers hit the same spot for three days. Ours hit it for three overs at a time.⟧''
Callum Fairweather, the fast bowler, who took four wickets in the first innings, defended his captain. ``⟦d:b|He's carried this team for two years,⟧'' he said. ``⟦d:b|One bad Test and everyone wants his head. That's not fair, and you lot know it.⟧''
The Ardlen Cricket Board said it would ``⟦p:c|review the tour in full⟧'' once the squad returned home, but that no decisions on selection would be made ``⟦p:c|in the heat of the moment⟧''.

### 048
@a Lakeport Wolves | -
@d Delia Fitzsimmons-Ortega | General manager
@b Viktor Haapalainen | head coach
@c Mathieu Boisvert-Lang | Captain
The Lakeport Wolves fired head coach Viktor Haapalainen on Monday after a run of nine defeats in 11 games left the club fourth from bottom of the Northern Hockey League.
"⟦d:a|We thank Viktor for his commitment and professionalism over three seasons. Results have not met the standards we set ourselves,⟧" the Wolves said in a statement.
General manager Delia Fitzsimmons-Ortega said the decision had been "⟦p:d|the hardest of my career⟧". "⟦d:d|Viktor is a good man and a good coach. Sometimes a room needs a different voice,⟧" she told reporters.
Haapalainen, reached by telephone at his home, was philosophical. "⟦d:b|When you lose nine in eleven, you know the phone is going to ring,⟧" the 58-year-old said. "⟦d:b|I'm not angry. I'm disappointed, for the players and for me.⟧"
Captain Mathieu Boisvert-Lang said the players bore the responsibility. "⟦d:c|It's not the coach missing empty nets,⟧" he said. "⟦d:c|It's us. We got a good man fired, and we have to live with that.⟧"
Assistant coach Pekka Rintala will take charge on an interim basis.

### 049
@a Joost van Dalsum | the 36-year-old
@b Siobhán Carberry-Nwosu | His caddie
@c Lachlan Moir-Tanaka | -
Joost van Dalsum holed a 40-foot putt for eagle at the 18th to win the Merrow Links Classic by one stroke on Sunday, his first title in six years and his first since back surgery that he said had left him “⟦p:a|unable to tie my own shoes⟧”.
“⟦d:a|I didn't even read that putt properly,⟧” the 36-year-old admitted. “⟦d:a|I just wanted to get it close and go home. Sometimes the game gives you a present.⟧”
His caddie, Siobhán Carberry-Nwosu, said she had told him on the first tee to “⟦p:b|forget the leaderboard⟧”. “⟦d:b|He asked me on the 17th where he stood and I lied to him. I said two behind. He was one behind,⟧” she said. “⟦d:b|I'll apologise tomorrow.⟧”
Lachlan Moir-Tanaka, who had led by two strokes with three holes to play, bogeyed the 16th and 17th. “⟦d:c|I gave it to him, and then he took it off me properly,⟧” he said. “⟦d:c|No complaints about the last putt. That's a champion's putt.⟧”
Van Dalsum's two children ran onto the green as he lifted the trophy. “⟦d:a|My son asked me if I get to keep it,⟧” Van Dalsum said. “⟦d:a|I told him only if he polishes it.⟧”

### 050
@a Hattie Crossland | the crew's stroke
@b Billie Ng | The crew's cox
@c Marek Hološ | the head coach
The Ardlen women's eight won the Lindisholm Cup on Saturday for the first time in 19 years, beating the holders, Marwick, by a third of a length in a race that was decided in the last 10 strokes.
"⟦d:a|I couldn't feel my legs from about the 1,500-metre mark,⟧" said Hattie Crossland, the crew's stroke. "⟦d:a|I could hear Billie, though. You can always hear Billie.⟧"
The crew's cox, Billie Ng, is 5ft 1in and has, by her own account, "⟦p:b|the loudest voice in the county⟧". She had one instruction for the final sprint, she said: "⟦d:b|I told them, 'If you've got anything left at the finish, you've wasted it.' They didn't waste anything.⟧"
Marek Hološ, the head coach, who watched from a launch that was struggling to keep up, said he had been "⟦p:c|too scared to shout⟧". "⟦d:c|Eight months of work and it comes down to a third of a length. My heart is not built for this,⟧" he said.
Crossland said the crew would celebrate at the boathouse. "⟦d:a|There's a cake,⟧" she said. "⟦d:a|Billie made it. It might be the only thing she's made all year that wasn't noise.⟧"
Ng, within earshot, shouted back: "⟦d:b|I heard that!⟧"

### 051
@a Dhruv Raghavachari | the 22-year-old challenger
@b Sven-Erik Dahlqvist | the defending champion
@c Olena Kravets-Moore | the chief arbiter
Dhruv Raghavachari, the 22-year-old challenger, levelled the World Chess Championship at 5-5 on Thursday with a win in 61 moves that he described as "⟦p:a|the ugliest game I've ever been proud of⟧".
"⟦d:a|I was worse for most of the game. Much worse,⟧" he said at the post-game press conference. "⟦d:a|I just kept making moves that were annoying. Eventually Sven-Erik got annoyed.⟧"
Sven-Erik Dahlqvist, the defending champion, sat beside him with his arms folded. "⟦d:b|He's right. I got annoyed,⟧" he said. "⟦d:b|That's a mistake you make once in a match. Maybe twice.⟧"
The game was briefly stopped in the 40th move when Dahlqvist complained about noise from the spectator area. Olena Kravets-Moore, the chief arbiter, said a spectator's phone had vibrated. "⟦d:c|The spectator was removed and the clocks were not affected,⟧" she said. "⟦d:c|Both players agreed to continue.⟧"
Asked whether the interruption had affected him, Dahlqvist shook his head. "⟦d:b|No excuses. I played a bad move, and he found the right answer. That's chess,⟧" he said.
Game 11 is on Saturday, with Dahlqvist playing white.

### 052
@a Vesterholm embassy in Port Sahel | -
@c Ingrid Solheim-Baraka | a retired teacher who has lived in Port Sahel for 30 years
@d Hanne Tveit | Her neighbour
@b Birgitta Lund-Hamadi | Foreign ministry spokeswoman
@e Ola Brekke | The flight's captain
The first evacuation flight carrying Vesterholm citizens out of Port Sahel landed at Skarholm airport shortly after midnight on Wednesday, with 212 passengers, four dogs and a cat on board.
The Vesterholm embassy in Port Sahel had urged citizens on Monday to leave “⟦p:a|by any means available⟧” as fighting between rival army factions spread to the city's northern districts. “⟦d:a|The embassy's ability to provide consular assistance is now extremely limited,⟧” it said in a notice on its website.
Ingrid Solheim-Baraka, a retired teacher who has lived in Port Sahel for 30 years, walked through the arrivals hall carrying a single suitcase and a potted plant.
“⟦d:c:m|I left my whole life there. My husband's grave is there. My students are there — the ones who are still alive.⟧
“⟦d:c|I don't know what this plant is called. My neighbour gave it to me at the gate and said, ‘Take something green.’ So I took it.⟧”
Her neighbour, Hanne Tveit, who was on the same flight, said they had waited 14 hours at the airport in Port Sahel. “⟦d:d|There was shooting on the road in, and then nothing to do but sit on the floor. Ingrid taught three children to play chess,⟧” she said.
Foreign ministry spokeswoman Birgitta Lund-Hamadi said two more flights were planned for Thursday, “⟦p:b|security permitting⟧”. “⟦d:b|We are in contact with around 900 citizens who remain in the country. We will not stop until everyone who wants to leave has been able to,⟧” she said.
The flight's captain, Ola Brekke, spoke briefly to reporters before going home. “⟦d:e|It was the quietest cabin I have ever flown. Nobody slept, nobody talked. Then we crossed the border and someone started clapping,⟧” he said.

### 053
@a Julián Arrieta Vega | the fire brigade commander leading the rescue
@b Rosa Elvira Quispe | -
@d Wilber Condori | -
@c Minera Cerro Alto | The mine's operator
@e - | A union official
SAN PEDRO DE LLAMPA, Altavia — Rescuers drilled through the night on Thursday towards 17 miners trapped 300 metres underground after a tunnel collapsed at a copper mine in the Altavian highlands.
"⟦d:a|We have heard knocking on the pipes. That means there is someone to rescue,⟧" said Julián Arrieta Vega, the fire brigade commander leading the rescue. "⟦d:a|I will not give you a time. I will give you the truth when we reach them.⟧"
Outside the mine gate, families have set up tents and a shrine of candles and photographs. Rosa Elvira Quispe, whose husband, Teófilo, is among the trapped men, has not left since Tuesday.
"⟦d:b|Él sabe que estoy aquí. Por eso no me voy,⟧" she said. "⟦d:b|He knows I am here. That is why I am not leaving.⟧"
Wilber Condori, 26, was working near the tunnel entrance when the roof came down, and escaped with a broken wrist. "⟦d:d|There was a sound like a train, and then dust, only dust. I ran towards the light. I didn't think about anything else,⟧" he said. "⟦d:d|Afterwards I thought about everything else.⟧"
The mine's operator, Minera Cerro Alto, said in a statement that it was "⟦p:c|cooperating fully⟧" with the authorities and that the tunnel had passed a safety inspection in March.
A union official, who asked not to be named because he still works for the company, disputed that. "⟦d:e|Passed an inspection? The inspector never went underground. He signed the papers in the office,⟧" he said.

### 054
@a Aleksander Horvath-Brenn | Trade Minister
@d Chamber of Industry | -
@b Nordkap Shipping | -
@c Yasmin al-Khatib | chief economist at the Marrow Institute for Economic Research
@e - | One official in the ministry
Vesterholm will ban exports of machine tools and industrial software to Dravonia from next month and freeze the assets of 34 companies accused of supplying the Dravonian military, the government announced on Tuesday.
“⟦d:a|We cannot condemn the shelling of civilians on a Monday and sell the lathes that make the shells on a Tuesday,⟧” Trade Minister Aleksander Horvath-Brenn told parliament.
The measures go further than those adopted by neighbouring countries and will hit Vesterholm's own manufacturers, which sold goods worth about 1.4 billion crowns to Dravonia last year, according to official figures.
In a letter to the minister made public on Monday, the Chamber of Industry warned that a unilateral ban would “⟦p:d|punish Vesterholm firms while competitors fill the gap⟧”. “⟦d:d|We do not question the government's objectives. We question whether this instrument will achieve them,⟧” the chamber wrote.
Nordkap Shipping, which runs a weekly freight service to the Dravonian port of Ostrel, said it would suspend the route “⟦p:b|with immediate effect⟧”.
Yasmin al-Khatib, chief economist at the Marrow Institute for Economic Research, said the cost to the economy would be “⟦p:c|real but manageable⟧”. “⟦d:c|Dravonia is a small market for us and a very large problem for our neighbours. The arithmetic favours the ban,⟧” she said. “⟦d:c|The politics are harder, because the losses will be concentrated in a few towns.⟧”
One official in the ministry, who was not authorised to speak on the record, said the list of companies could be extended “⟦p:e|within weeks⟧”.
Mr Horvath-Brenn, asked by an opposition member whether the government had consulted industry, replied: “⟦d:a|We consulted. We listened. We decided.⟧”

### 055
@d Obervald cantonal government | -
@a Urs Lüthold-Kamber | The mayor
@b Verena Imhof | a retired postmistress
@c Beat Zumstein | a ski instructor who voted yes
ALTSTETTEN AM HORN, Helvaria — Voters in the canton of Obervald narrowly approved plans on Sunday for 14 wind turbines on the Hornegg ridge, ending a four-year dispute that has divided valley communities and, at times, families.
The proposal passed with 50.8 per cent of the vote on a turnout of 61 per cent, the Obervald cantonal government said. In a statement it called on both sides to «⟦p:d|respect the democratic decision and each other⟧».
In Altstetten, directly below the ridge, 64 per cent voted no. The mayor, Urs Lüthold-Kamber, who campaigned against the turbines, said he accepted the result. «⟦d:a|Das Volk hat entschieden. Das gilt auch, wenn es nicht mein Dorf ist,⟧» he said with a dry smile — the people have decided, and that holds even when they are not my village.
Verena Imhof, a retired postmistress, stood outside the polling station with a flask of coffee. «⟦d:b|Ich habe sechzig Jahre auf diesen Berg geschaut. Jetzt schaue ich auf Maschinen,⟧» she said. «⟦d:b|For sixty years I have looked at this mountain. Now I will look at machines.⟧»
Beat Zumstein, a ski instructor who voted yes, said the ski season had shrunk by three weeks in a decade. «⟦d:c|The people who say the turbines will ruin the mountain should come up in December and look for the snow,⟧» he said. «⟦d:c|The mountain is already being ruined. This is one small thing against it.⟧»
Opponents have until the end of the month to lodge legal challenges. Mr Lüthold-Kamber said he did not expect the village to file one. «⟦d:a|We have argued enough,⟧» he said. «⟦d:a|Now we have to learn to live beside them.⟧»

### 056
@c Tariq Mahmood-Sinclair | -
@d Nasreen | His wife
@a Fiona Hartigan | Mayor
@b National Emergency Management Agency | -
@e Gordon McInnes | a volunteer with the Riverside Community Trust
@u - | One elderly resident
RIVERBY — The water had dropped by Tuesday afternoon, leaving a tidemark at shoulder height along every shopfront on Bridge Street and a smell of mud and diesel hanging over the town centre.
More than 600 homes and businesses in Riverby were flooded when the River Skerr burst its banks on Sunday night after the heaviest 48 hours of rain on record in the valley.
Tariq Mahmood-Sinclair, 47, who has run a barber's shop on Bridge Street for 19 years, was shovelling silt out of the door with a snow shovel.
"⟦d:c:m|We had the sandbags out by six. By nine the water was coming up through the floor, not the door. You can't sandbag a floor.⟧
"⟦d:c:m|I stood here at midnight with the water at my knees, watching the chairs float. My dad bought those chairs.⟧
"⟦d:c|Insurance? We haven't been able to get flood insurance since 2015. So it's us, and the shovel.⟧"
His wife, Nasreen, said the shop would reopen "⟦p:d|as soon as the walls are dry, and not a day later⟧".
Mayor Fiona Hartigan said the council had opened two rest centres and was arranging skips for every street. "⟦d:a|This is the third time in nine years. People are exhausted, and frankly they are angry, and they have every right to be,⟧" she said. "⟦d:a|We were promised flood defences in 2016. We're still waiting.⟧"
The National Emergency Management Agency said in a statement that the Skerr valley scheme was "⟦p:b|at an advanced stage of design⟧" and that construction would begin "⟦p:b|subject to funding⟧".
Gordon McInnes, a volunteer with the Riverside Community Trust, said 200 people had turned up to help on Monday morning. "⟦d:e|Folk just arrived with buckets. Nobody organised it. That's Riverby,⟧" he said.
One elderly resident, watching the clean-up from a bench, took a longer view. "⟦d:u|The river was here first,⟧" he said.

### 057
@c - | A fighter at the checkpoint
@a Afua Mensah-Lindgren | Colonel
@e Ceasefire Monitoring Mission | -
@d - | A senior official in the monitoring mission
@b Osman Berisha-Kadri | the village headman
MERROW VALLEY, Caldora — The white pickup trucks of the Ceasefire Monitoring Mission leave their base at seven every morning, and by eight they have usually been stopped at a checkpoint.
On Thursday it was a pair of oil drums and a rope across the road below the village of Harnow, manned by three young men in mismatched uniforms. A fighter at the checkpoint, who would not give his name, studied the mission's papers for a long time. “⟦d:c|Not today,⟧” he said eventually. “⟦d:c|Tomorrow, maybe.⟧”
Colonel Afua Mensah-Lindgren, who leads the monitoring team in this sector, turned the convoy around without argument.
“⟦d:a:m|You learn not to take it personally. Some days the answer is no because somebody is hiding something. Some days it is no because the boy at the checkpoint is bored and wants to feel important.⟧
“⟦d:a|The job is to come back tomorrow and write down that they said no today. That, too, is information.⟧”
According to the mission's weekly report, monitors were denied access on 23 of 41 attempted patrols last week. The report describes the restrictions as “⟦p:e|systematic⟧” on the Front's side of the line and “⟦p:e|frequent⟧” on the government's.
A senior official in the monitoring mission, speaking on condition of anonymity, said both sides had moved heavy weapons back into the valley in breach of the truce. “⟦d:d|They both know we know. They are betting that nobody in the capitals will care,⟧” the official said.
In Harnow itself, which the convoy reached by a longer road in the afternoon, the village headman, Osman Berisha-Kadri, offered tea and a list of complaints. “⟦d:b|The monitors come, they write, they go. The shells also come and go,⟧” he said. “⟦d:b|I would like the monitors to stay and the shells to go. That is my whole list.⟧”

### 058
@a Veranian Foreign Ministry | -
@b Kirsten Juul-Nørgaard | Aldmark's ambassador
@c Zoran Petrakić | President
@d Signe Holmqvist-Adu | Prime Minister
@e - | A diplomat in Port Amsel
PORT AMSEL, Verania — The Veranian Foreign Ministry summoned Aldmark's ambassador on Friday to protest against what it called "⟦p:a|gross interference⟧" in the country's internal affairs, after an Aldmarkian parliamentary committee published a report criticising the conduct of last month's presidential runoff.
Aldmark's ambassador, Kirsten Juul-Nørgaard, spent 40 minutes at the ministry. Speaking to reporters on the steps afterwards, she said the meeting had been "⟦p:b|frank⟧". "⟦d:b|I explained that in Aldmark, parliament is independent of the government, and that committees publish what they like. I am not sure the explanation was welcome,⟧" she said.
In a statement, the ministry said the report contained "⟦p:a|falsehoods, half-truths and the opinions of people who have never set foot in Verania⟧". "⟦d:a|Verania does not need lessons in democracy from a country whose own parliament cannot agree on a budget,⟧" it said.
President Zoran Petrakić went further in a post on social media late on Friday. "⟦d:c|They sent observers. They wrote a report. Now they send a lecture. Next they will send the bill,⟧" he wrote.
In Ledra, Prime Minister Signe Holmqvist-Adu said she stood by the committee's right to publish. "⟦d:d|I did not write the report. I will defend to the end the right of parliament to write it,⟧" she told a news conference. Asked whether relations with Verania had been damaged, she said: "⟦d:d|Relations between friends survive disagreements. That is how you know they are friends.⟧"
A diplomat in Port Amsel, who asked not to be identified, described the row as "⟦p:e|theatre for a domestic audience⟧" that would blow over within weeks. "⟦d:e|Nobody is recalling anybody,⟧" the diplomat said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh34.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh34",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
