# ruff: noqa: E501
"""Build ``quotes_fresh3.jsonl``: a third independent, held-out gold set of quotes.

All passages are fictional and were written from scratch for this file, without
reading the extractor and without running it on them. The set is meant to be
evaluated once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh3-NNN``.

Conventions: the speaker is the name as written in the passage (its fullest form,
without honorifics such as Dr, Judge or Sen.), the description is the role or
appositive as written there. Quotation marks are straight ``"``, curly ``“ ”``,
guillemets ``« »`` or doubled backticks with doubled apostrophes (````…''``).
Single marks (``‘…’`` or ``'…'``) are only ever used for a quote *inside* a quote;
such an inner quote is part of the outer span and is not annotated separately.
Titles, nicknames, words discussed as words and so-called terms are ``scare``.
Passages written as a transcript (``NAME: …``) carry speech without quotation marks;
only the quotation marks inside them are annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 60 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh3.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import build_set

OUT = Path(__file__).with_name("quotes_fresh3.jsonl")

PASSAGES = """
### 001
@a Tomasz Wierzbicki | prosecutor
@b Aurelia Dudek | his lawyer
WARSAW (Reuters) - A Warsaw district court on Monday sentenced Grzegorz Malecki, a former deputy mayor of the city of Radom, to six years in prison for taking bribes worth 1.4 million zlotys from road-building firms.
"⟦d:a|The defendant treated public tenders as a private auction,⟧" said prosecutor Tomasz Wierzbicki, who had asked for eight years. "⟦d:a|Today the court has agreed with us on every substantive point.⟧"
Malecki, who denied the charges throughout the 14-month trial, will appeal, his lawyer Aurelia Dudek told reporters outside the courtroom. "⟦d:b|This verdict rests on the testimony of two men who bought their own freedom with it,⟧" she said.
The court also barred Malecki from holding public office for ten years.
### 002
@a Jonas Ekdahl | Vestby FK coach
@b Henrik Lunde | the goalkeeper
@c Sofie Brandt | Ekdahl’s counterpart
Vestby FK coach Jonas Ekdahl had little sympathy for his goalkeeper, Henrik Lunde, after Sunday’s 2-2 draw. “⟦d:a|Henrik knows he has to come for that cross,⟧” Ekdahl said. “⟦d:a|He’s been brilliant all season, but that one’s on him.⟧”
Lunde, 31, did not try to dodge it. “⟦d:b|He’s right,⟧” the goalkeeper said. “⟦d:b|I hesitated, and at this level you get punished for hesitating.⟧”
Ekdahl’s counterpart, Sofie Brandt of Nordlys IL, called the result “⟦p:c|a fair reflection⟧” of a scrappy afternoon and said her side would “⟦p:c|take the point and run⟧”.
### 003
@a Mireille Okonjo | a nurse
@b Desmond Farrier | the leader of the council’s ruling group
"⟦d:a|People are tired of being told the bins will be collected next week,⟧" said Mireille Okonjo, 44, a nurse who is standing as an independent in the Harrowgate ward in May. "⟦d:a|Next week never comes.⟧"
According to the council’s own figures, missed collections rose by 40 per cent last year. Desmond Farrier, the leader of the council’s ruling group, said the figures were "⟦p:b|out of date⟧" and insisted: "⟦d:b|We have hired twelve new crews since January. The service is recovering, and residents can see that.⟧"
### 004
@a Hana Kobayashi | a glaciologist at the University of Eastmere
@b Piet van der Berg | a climate modeller at the Delft Institute for Earth Systems
Glaciers in the Altan range are losing ice twice as fast as models predicted, according to a study published on Wednesday in the journal Cryosphere Letters.
“⟦d:a|We went back expecting to find the same picture as in 2015, and the ice simply wasn’t there,⟧” says Dr Hana Kobayashi, a glaciologist at the University of Eastmere who led the fieldwork. “⟦d:a|In places the surface had dropped by forty metres.⟧”
The loss was “⟦p:b|striking but not surprising⟧”, according to Piet van der Berg, a climate modeller at the Delft Institute for Earth Systems who was not involved in the research. Models, he notes, have long struggled with glaciers covered in rock debris. “⟦d:b|The rocks insulate some glaciers and speed up melting on others. Getting that right is fiendishly hard.⟧”
### 005
@u - | a provincial police official
@r Rosalinda Bautista | -
@o - | The regional disaster office
MANILA, Philippines (AP) — Rescuers dug through mud with shovels and their bare hands on Tuesday in search of at least 31 people missing after a landslide buried part of a mountain village in the central Philippines, officials said.
“⟦d:u|The whole slope came down in less than a minute. There was no time to run,⟧” a provincial police official told The Associated Press by phone. He spoke on condition of anonymity because he was not authorized to speak to reporters.
Rosalinda Bautista, 52, said her two grandsons were among the missing. “⟦d:r|I keep calling their names,⟧” she said, weeping. “⟦d:r|I know they cannot hear me, but I keep calling.⟧”
The regional disaster office said in a statement that more than 4,000 people had been evacuated and warned that the ground remained “⟦p:o|highly unstable⟧” after days of heavy rain.
### 006
@c Norvane Airlines | -
@a Kirsten Alvey | an aviation analyst at Castlegate Securities
Norvane Airlines cancelled 340 flights on Friday after a software fault grounded its entire fleet for six hours.
"⟦d:c|We are deeply sorry for the disruption this has caused to our customers’ plans,⟧" the airline said in a statement. "⟦d:c|Our teams are working around the clock to get everyone where they need to be.⟧"
The company did not say what had caused the fault. Kirsten Alvey, an aviation analyst at Castlegate Securities, estimated that the outage would cost Norvane "⟦p:a|somewhere north of £20 million⟧" in refunds and compensation. "⟦d:a|The bigger cost is reputational. This is the third time since the spring,⟧" she said.
### 007
@a Ottilie Graves | -
@b Ruth Graves-Mallory | Her daughter
@c Anselm Kray | The conductor
Ottilie Graves, the cellist known to three generations of concertgoers simply as “⟦s:-|Tilly⟧”, died on Sunday at her home in Bath. She was 91.
Born in Leeds in 1933, she made her debut at 14 and was still performing well into her eighties. “⟦d:a|The cello is the only instrument that sounds like a person thinking,⟧” she told this newspaper in 1998. “⟦d:a|That’s why I never wanted to play anything else.⟧”
Her daughter, Ruth Graves-Mallory, said she had died peacefully, “⟦p:b|with the Elgar on the radio, which she would have found very funny⟧”.
The conductor Anselm Kray, who worked with her in more than 200 concerts, recalled a rehearsal in Vienna in 1971. “⟦d:c|The orchestra was tired and sloppy, and Tilly just stopped playing and looked at us,⟧” he said. “⟦d:c|Nobody said a word. The second run-through was the best we ever did.⟧”
Her recording of the Bach suites, released in 1979 as “⟦s:-|The Quiet Hours⟧”, has never been out of print.
### 008
@a Lev Moravec | Velmoran Foreign Minister
@b Marguerite Osei-Lind | The UN envoy
@c Piotr Salas | Its delegation head
Geneva talks live: delegations meet for a third day
09:12 — Good morning and welcome to our live coverage of the third day of talks between the Velmoran and Ardanian delegations at the Palais des Nations.
09:40 — Arriving at the building a few minutes ago, Velmoran Foreign Minister Lev Moravec told reporters: “⟦d:a|We did not come here to sign a surrender. We came here to stop the shelling.⟧”
10:15 — The UN envoy, Marguerite Osei-Lind, has been speaking briefly on the steps. She described the mood as “⟦p:b|serious, businesslike⟧” and said both sides had agreed to discuss prisoner exchanges first. “⟦d:b|Small steps. That is what we have today,⟧” she said.
10:58 — A response now from the Ardanian side. Its delegation head, General Piotr Salas, was asked whether a ceasefire was possible by the weekend. “⟦d:c|Ask Mr Moravec,⟧” he replied. “⟦d:c|His artillery is the one that has not stopped.⟧”
11:30 — Our correspondent inside the building says the two delegations are now in the same room for the first time since Monday. We will bring you more as we get it.
### 009
@g Graham Pettifer | the health secretary
@n - | A junior nurse
Dr Amara Lindqvist has run the emergency department at St Columba’s Hospital for eleven years. We asked her about the winter ahead. This interview has been edited for length and clarity.
Q: How bad will this winter be?
A: Honestly, nobody knows. Last year the health secretary, Graham Pettifer, stood up in Parliament and called our situation “⟦p:g|challenging but stable⟧”. That same week we had patients on trolleys for thirty hours.
Q: What keeps you going?
A: The team. A junior nurse said something to me in my first year that I have never forgotten: “⟦d:n|You can’t fix the building, but you can fix the next ten minutes.⟧” I still say it to every new member of staff.
### 010
@m Ines Maravilla | -
@t Tomás Reyes | Lead actor
There is a moment halfway through “⟦s:-|The Salt Road⟧”, Ines Maravilla’s second feature, when the camera simply stays on a man drinking coffee for four minutes. Nothing happens. It is the most gripping scene in the film.
“⟦d:m|I wanted a film in which nobody says ‘home’ and yet it’s all anybody thinks about,⟧” Maravilla told me when we met in Lisbon last month. In the finished film, the word “⟦s:-|casa⟧” is spoken exactly once, by a customs officer.
Lead actor Tomás Reyes, who plays the smuggler at the film’s heart, joined us halfway through lunch. “⟦d:t|Ines would do forty takes of a man drinking coffee,⟧” he said, laughing. “⟦d:t|By take thirty you stop acting. I think that was the point.⟧”
Maravilla did not look up from her plate. “⟦d:m|It was exactly the point,⟧” she said.
The soundtrack is built around a single song, the 1950s fado “⟦s:-|Rio de Sombra⟧”, which Reyes’s grandmother used to sing.
### 011
@a Doreen Appleyard | -
@y Aire Valley Water | -
"⟦d:a|It’s been a bloomin’ nightmare.⟧" That was how Doreen Appleyard, who runs the post office on Mill Lane in Castleford, summed up six weeks of roadworks outside her shop. Aire Valley Water said the work to replace a collapsed sewer would be finished "⟦p:y|by the end of the month⟧".
### 012
@w Marcus Hale | a former warehouse manager
@f Nadia Farouk | the prosecutor
@b Bernard Whitcombe | Okoye’s lawyer
@j Helen Strachan | -
The second week of the trial of Daniel Okoye, the logistics executive accused of defrauding investors of $48 million, opened on Monday with testimony from the man who once ran his largest warehouse.
Marcus Hale, 46, a former warehouse manager, told the jury he had been instructed to count the same pallets twice during an audit in 2021. Asked by the prosecutor, Nadia Farouk, who had given that instruction, he pointed across the courtroom at Okoye. "⟦d:w|He did,⟧" he said. "⟦d:w|He stood in my office and told me the auditors wouldn’t know a pallet from a piano.⟧"
Okoye, who has pleaded not guilty, shook his head slowly.
Under cross-examination, Okoye’s lawyer, Bernard Whitcombe, suggested that Hale bore a grudge against his former employer, who fired him in 2022. "⟦d:b|You were angry, weren’t you? You wanted him to pay,⟧" Whitcombe said.
"⟦d:w|I was angry,⟧" Hale replied. "⟦d:w|That doesn’t make it untrue.⟧"
Farouk then asked him to describe the day he was dismissed. "⟦d:w:m|He called me in at seven o’clock. My badge was already on his desk. He said I’d been stealing fuel, which was a joke, and that if I ever talked to anyone he would make sure I never worked again.⟧
"⟦d:w|So I didn’t talk. Not for two years. Not until the FBI knocked on my door.⟧"
Farouk said she had "⟦p:f|no further questions⟧". Judge Helen Strachan then adjourned the trial until Wednesday. "⟦d:j|Members of the jury, please do not read or watch anything about this case over the break,⟧" she told them.
### 013
@a Carla Bettencourt | a Democrat from Maine
@b Ray Donnelly | a spokesman for Gov. Alan Pryce
WASHINGTON — Sen. Carla Bettencourt said on Thursday that she would not vote for the highway bill in its current form, dealing a blow to party leaders who had hoped to pass it before the August recess.
“⟦d:a|I’ve read all 900 pages, which I suspect puts me in a fairly small club,⟧” Bettencourt, a Democrat from Maine, said in an interview. “⟦d:a|There is nothing in here for rural roads. Nothing.⟧”
Hours later she posted on X: “⟦d:a|Fix the rural formula and you have my vote. Simple as that.⟧”
“⟦d:b|The governor has been clear that he welcomes the senator’s input,⟧” said Ray Donnelly, a spokesman for Gov. Alan Pryce, whose state would receive more under the current formula than any other.
### 014
@a Lucía Ferrer | The Spaniard
@b Maja Kowalczyk | -
Lucía Ferrer and Maja Kowalczyk had never played a point together until March. On Saturday they won the doubles title at the Halden Open, beating the top seeds 6-4, 3-6, 10-7.
“⟦d:a|We met at the airport in Doha, basically,⟧” Ferrer joked at the post-match press conference. “⟦d:a|Both our partners were injured, and we were both too stubborn to go home.⟧”
“⟦d:b|She was stubborn. I was just hungry,⟧” Kowalczyk said.
Ferrer nodded. “⟦d:a|That’s also true.⟧”
The Spaniard, 27, said she had never heard a crowd like it at a doubles match. “⟦d:a|Never. They were screaming on every point,⟧” she marvelled.
Asked whether the partnership would continue into the grass-court season, Kowalczyk looked at Ferrer. “⟦d:b|If she asks nicely,⟧” she said.
### 015
@a Bastien Lefort | France’s economy minister
@c CGT | -
@d Sandrine Morel | a shop assistant at the chain’s Lyon store
PARIS (AFP) - France’s economy minister, Bastien Lefort, said on Tuesday that the government would not rescue the struggling retailer Maison Durand, telling France Inter radio: «⟦d:a|The state is not an insurer of last resort for bad management.⟧»
The CGT union called the decision «⟦p:c|a betrayal of 6,000 families⟧» and said it would organise protests outside the company’s stores on Saturday.
«⟦d:d|We were given no warning, nothing,⟧» said Sandrine Morel, 49, a shop assistant at the chain’s Lyon store for 22 years. «⟦d:d|We found out on the radio like everyone else.⟧»
### 016
@c Yusuf Demir | a doctoral student on the expedition
@a Efua Mensah | a marine biologist at the Halvorsen Institute
@b Carl Nyberg | the ship’s captain
@g Gregor Haas | a taxonomist at the Natural History Museum in Vienna
The first time the camera picked it up, nobody on board the research vessel Kestrel Deep believed what they were seeing.
“⟦d:c|Someone shouted, ‘Stop the winch!’ and then everyone was shouting,⟧” recalled Yusuf Demir, a doctoral student on the expedition. “⟦d:c|For about ten seconds it was just chaos in the control room.⟧”
On the screen, at a depth of 3,200 metres, a pale, gelatinous animal about the size of a dinner plate was drifting through the lights. It had no obvious eyes and, as far as anyone could tell, no mouth.
Dr Efua Mensah, a marine biologist at the Halvorsen Institute who led the expedition, has spent the eight months since trying to work out what it is. Her best guess, she says, is a new family of comb jellies. “⟦d:a|But I have been wrong before,⟧” she adds. “⟦d:a|The deep sea humbles you. Every time.⟧”
The animal was filmed for eleven minutes before it drifted out of range, and attempts to collect it failed. “⟦d:b|We tried three times with the suction sampler,⟧” said Carl Nyberg, the ship’s captain. “⟦d:b|The third time, I think, we just frightened it away.⟧”
Mensah is unbothered. The footage, she argues, is enough to publish. “⟦d:a|We describe new species from photographs now. Fifty years ago that would have been scandalous.⟧”
Not everyone agrees. Gregor Haas, a taxonomist at the Natural History Museum in Vienna, said describing a species without a specimen was “⟦p:g|a slippery slope⟧”. “⟦d:g|Photographs can’t be re-examined with tomorrow’s tools,⟧” he wrote in an email. “⟦d:g|A specimen can.⟧”
The paper, titled “⟦s:-|A mesopelagic ctenophore of uncertain affinity⟧”, is due to appear in Deep-Sea Research next month.
### 017
@h Amira Haddad | -
@o Owen Maddox | Fire chief
@n - | a neighbour from the fifth floor
"⟦d:-|Get out, get out, the stairs are on fire!⟧" Amira Haddad does not know who was shouting in the corridor when she woke just after 3am on Sunday, but she believes the voice saved her life.
Haddad, 34, grabbed her six-year-old son and climbed down the outside fire escape of the nine-storey building on Delacroix Street. "⟦d:h|He kept asking me where his shoes were,⟧" she said. "⟦d:h|I told him we’d buy new shoes. We’d buy a hundred pairs.⟧"
Fire chief Owen Maddox said 140 firefighters had fought the blaze, which killed two people. He said the cause was under investigation but that crews had found a fire door "⟦p:o|propped open with an extinguisher⟧" on the fourth floor.
"⟦d:n|I told the landlord about that door in March,⟧" whispered a neighbour from the fifth floor who asked not to be named, as investigators carried bags of debris past her.
### 018
@a Kaja Lindahl | Prime Minister
@t Tobias Hartmann | Opposition leader
Prime Minister Kaja Lindahl was heckled repeatedly during a stormy session of parliament on Wednesday as she defended the government’s decision to raise the retirement age to 68.
“⟦d:a|This is not a choice we make lightly. It is a choice we make because the alternative is to hand our children a bill they cannot pay,⟧” Lindahl told lawmakers.
“⟦d:-|Shame!⟧” came a shout from somewhere on the opposition benches.
Opposition leader Tobias Hartmann accused her of “⟦p:t|balancing the books on the backs of bricklayers and nurses⟧”. “⟦d:t|Has the prime minister ever carried a hod?⟧” he asked. “⟦d:t|Has she ever worked a night shift?⟧”
Lindahl, smiling, said she had worked nights in a care home as a student. “⟦d:a|So yes, Mr Speaker, she has,⟧” she said, to laughter from her own benches.
### 019
@r Rheinfeld AG | German chemicals maker
@v Martina Vogt | Chief Executive
FRANKFURT (Reuters) - German chemicals maker Rheinfeld AG said on Thursday it would cut 2,300 jobs, most of them in Germany, as it battles weak demand and high energy costs.
In a statement, the company said: "⟦d:r|The structural weakness of European demand leaves us no alternative.⟧"
Chief Executive Martina Vogt told analysts on a call that the cuts were "⟦p:v|painful but unavoidable⟧", and added: "⟦d:v|We do not expect a recovery in our core markets before 2027.⟧"
Rheinfeld shares were down 3.1% at 1015 GMT.
### 020
@c Consumer Standards Board | -
@l Leonie Marsh | a GP in Croydon
@i Aesthetic Infusion Association | The industry body
The number of high-street clinics offering so-called “⟦s:-|vitamin drips⟧” has tripled in five years, according to a report by the Consumer Standards Board published on Monday.
“⟦d:c|Customers are paying up to £400 for treatments with no proven benefit for healthy people,⟧” the board said in its report. “⟦d:c|Some are being given no medical assessment at all.⟧”
Dr Leonie Marsh, a GP in Croydon, said: “⟦d:l|I see patients who have spent their savings on this. It makes me furious.⟧”
The industry body, the Aesthetic Infusion Association, said its members followed “⟦p:i|strict clinical protocols⟧” and that the report had relied on “⟦p:i|a handful of rogue operators⟧”.
### 021
@a Idris Kamara-Holt | The 29-year-old songwriter
@b Theo Blanchard | his old schoolfriend
Idris Kamara-Holt is late, and apologetic about it. The 29-year-old songwriter has spent the morning at his grandmother’s flat in Peckham fixing her boiler, he explains, and “⟦p:a|the boiler won⟧”.
His second album, “⟦s:-|Paper Lanterns⟧”, arrives next month, three years after a debut that sold half a million copies and left him, by his own account, exhausted.
“⟦d:a|I said yes to everything. Every festival, every podcast, every brand that wanted me to hold a bottle of something,⟧” he says.
“⟦d:a|By the end I was writing songs in hotel bathrooms because it was the only room with a lock.⟧”
“⟦d:a|I don’t regret it. But I wouldn’t do it again.⟧”
The new record was made slowly, in a converted chapel in Shropshire, with his old schoolfriend Theo Blanchard producing. Blanchard, reached by phone, laughs at the memory. “⟦d:b|He’d come in every morning with one line. One line! And we’d spend the whole day on it,⟧” he says.
Kamara-Holt doesn’t dispute this. “⟦d:a|Theo’s being generous. Some days it was half a line.⟧”
The first single, “⟦s:-|Lowtide⟧”, has already been streamed 40 million times. Does the number matter to him? He thinks for a long time. “⟦d:a|It matters to the label,⟧” he says finally.
### 022
@u - | a senior EU diplomat
@v Annelies Vos | The bloc’s foreign policy chief
BRUSSELS (Reuters) - European Union foreign ministers failed on Monday to agree a new package of sanctions, with a single member state blocking a deal that diplomats had described as all but done.
"⟦d:u|We are one country away, and that country knows who it is,⟧" a senior EU diplomat told reporters on condition of anonymity.
The bloc’s foreign policy chief, Annelies Vos, said talks would continue and that she expected an agreement "⟦p:v|within days, not weeks⟧".
"⟦d:v|Unanimity is hard. It is supposed to be hard,⟧" she told a news conference after the meeting. "⟦d:v|But it has never yet stopped us.⟧"
### 023
@b Martin Oduya | a resident of Church Road
@a Geoffrey Pell | The council chairman
Tempers flared at Tuesday’s meeting of Little Haddow parish council, where plans for speed humps on Church Road were debated for almost two hours.
“⟦d:b|Somebody is going to be killed on that road, and then we’ll all be very sorry,⟧” said Martin Oduya, a resident of Church Road, who presented a petition signed by 212 villagers.
The council chairman, Geoffrey Pell, said the parish had no power to install humps on a county road. “⟦d:a|I sympathise entirely. But we can’t spend money we don’t have on a road we don’t own,⟧” he said.
“⟦d:b|Then write to the people who do own it,⟧” Oduya replied.
“⟦d:a|We have written. Three times.⟧”
“⟦d:b|Write a fourth.⟧”
The exchange drew applause from the public gallery. Pell eventually agreed to invite a county highways officer to the next meeting.
### 024
@j Farah Qureshi | -
@k Kyle Brennan | -
@e Janet Ellery | the victim’s daughter
A 19-year-old who crashed a stolen car into a bus shelter in Hexley, seriously injuring a 72-year-old woman, has been sentenced to four years in a young offender institution.
Sentencing Kyle Brennan at Hexley Crown Court, Judge Farah Qureshi said: "⟦d:j|You were driving at nearly three times the speed limit, on a road you knew, past a shelter you knew would be occupied.⟧"
Brennan whispered "⟦d:k|sorry⟧" as he was led from the dock.
Outside court, the victim’s daughter, Janet Ellery, said her family had waited two years to hear the word "⟦s:-|sorry⟧". "⟦d:e|It doesn’t give Mum her hip back. But it’s something,⟧" she said.
### 025
@a Priyanka Rao | the company’s co-founder and chief executive
@b Dominic Hurst | a partner at Oakhaven Capital
Tessellate, the London start-up that makes software for planning wind farms, has had a turbulent year. Its biggest customer walked away in February. In June it laid off a fifth of its staff.
“⟦d:a|We grew too fast. I grew us too fast,⟧” conceded Priyanka Rao, the company’s co-founder and chief executive, in an interview at its offices in Shoreditch.
She insisted, though, that the worst was over. “⟦d:a|We’re profitable on a monthly basis for the first time. That’s not nothing.⟧”
Dominic Hurst, a partner at Oakhaven Capital, which led Tessellate’s last funding round, argued that investors had pushed the company to expand. “⟦d:b|We all wanted the hockey-stick chart,⟧” he said. “⟦d:b|Priyanka gave us what we asked for. Some of the blame is ours.⟧”
Rao is less forgiving of herself. “⟦d:a|Investors give advice. Founders make decisions,⟧” she said.
### 026
@f Hungarian Football Federation | -
@h Ferenc Halmos | the Hungarian striker
Ferenc Halmos, the Hungarian striker who scored 41 goals in 63 internationals, has died aged 84, the Hungarian Football Federation said on Friday.
"⟦d:f|Ferenc was a giant of our game and a gentleman off the pitch,⟧" the federation said in a statement.
Halmos was famous for refusing to celebrate his goals. "⟦d:h|The goalkeeper is having a bad enough day already,⟧" he once explained. "⟦d:h|Why should I make it worse?⟧"
Known as "⟦s:-|the Professor⟧" for his spectacles and his fondness for chess, he later coached in Austria and Cyprus before retiring to Lake Balaton.
### 027
@f Fiona Gallacher | The re-elected MP
@n Nikhil Sharma | The Progress Party’s campaign chief
@r Rhys Morgan | Education Secretary
Election night live: results as they happen
23:47 — Turnout in several northern seats appears to be well up on last time, according to party sources at the counts.
00:12 — The first result of the night is in, and the Rural Alliance has held Kirkby Moor comfortably. The re-elected MP, Fiona Gallacher, used her acceptance speech to thank “⟦p:f|every volunteer who knocked on a door in the rain⟧”.
00:31 — The Progress Party’s campaign chief, Nikhil Sharma, has tweeted: “⟦d:n|Early days. Don’t read too much into one seat. We’re feeling good about the north.⟧”
00:58 — Big moment. Education Secretary Rhys Morgan has lost his seat in Aberwen by 312 votes. “⟦d:r|The people of Aberwen have spoken, and I respect their decision,⟧” he told the count. “⟦d:r|I’ll be back.⟧”
01:15 — Asked on our radio programme about Morgan’s defeat, Sharma could barely hide his delight. “⟦d:n|I don’t want to gloat,⟧” he said. “⟦d:n|But Rhys told everyone in April that this seat was ‘as safe as houses’. Houses fall down.⟧”
### 028
@c Claire Munro | Detective Chief Inspector
@n - | Neighbours
@u - | One neighbour
Avonshire Police said on Saturday that a 41-year-old man had been arrested on suspicion of murder after a woman was found dead at a house in Westbury Park.
"⟦d:c|Our thoughts are with the woman’s family at this incredibly difficult time,⟧" Detective Chief Inspector Claire Munro, who is leading the investigation, said in a statement.
"⟦d:c|We are not looking for anyone else in connection with her death.⟧"
Neighbours described the couple as "⟦p:n|quiet⟧" and "⟦p:n|always polite⟧". One neighbour, who did not want to be named, said police had been called to the address twice in recent months. "⟦d:u|You’d hear shouting sometimes. You never think it’ll end like this,⟧" she said.
### 029
@a Javi Recuero | -
@c Club Deportivo Arenal | -
MADRID (Reuters) - "⟦d:a|This club has been my home since I was nine years old.⟧" With those words, posted on Instagram on Tuesday, winger Javi Recuero confirmed his departure from Club Deportivo Arenal after 14 years.
Recuero, 25, is joining Borussia Halden for a fee of 60 million euros, according to the Spanish sports daily Diario Meta.
"⟦d:a|I leave with a heavy heart and a full one,⟧" he wrote.
Arenal said in a statement that it wished Recuero "⟦p:c|every success⟧" and thanked him for "⟦p:c|fourteen unforgettable years⟧".
### 030
@e Erik Solberg | chairman
@g Ingrid Aas | -
Energy company Halvard Petroleum has dropped the phrase “⟦s:-|net zero by 2050⟧” from its annual report, the first time in five years that the target has not appeared.
Asked about the change at the company’s annual general meeting in Stavanger, chairman Erik Solberg said the target had been “⟦p:e|refined, not abandoned⟧”. “⟦d:e|We would rather make promises we can keep,⟧” he said.
Campaigners were unimpressed. “⟦d:g|They have quietly deleted a promise and hoped nobody would notice,⟧” said Ingrid Aas of the campaign group Fossil Free Norway. “⟦d:g|We noticed.⟧”
### 031
@l Leo Baptiste | Councillor
@a Maya Deschamps | Councillor
@b Frank DiNardo | -
TORONTO -- City council voted 18-7 on Wednesday to ban gas-powered leaf blowers from 2027, after a debate that Councillor Leo Baptiste described as ``⟦p:l|the loudest hour of my life⟧''.
``⟦d:a|Residents have been asking for this for a decade,⟧'' said Councillor Maya Deschamps, who proposed the bylaw. ``⟦d:a|Their weekends belong to them, not to a two-stroke engine.⟧''
Landscaping firms said the ban would push up prices. ``⟦d:b|Battery blowers cost three times as much and last half the day,⟧'' said Frank DiNardo, who owns GreenEdge Lawn Care in Etobicoke. ``⟦d:b|Someone’s going to pay for that, and it won’t be me.⟧''
### 032
@w World Health Organization | -
@k Katarzyna Nowak | the agency’s regional director for Europe
GENEVA (AP) — The World Health Organization said on Friday that measles cases in Europe had risen for a third consecutive year, warning that vaccination rates in some countries had fallen to “⟦p:w|dangerously low⟧” levels.
“⟦d:k|Measles doesn’t care about borders, and it doesn’t forgive gaps in immunity,⟧” Dr. Katarzyna Nowak, the agency’s regional director for Europe, told reporters.
She said 14 countries had reported outbreaks this year, most of them among unvaccinated children. “⟦d:k|Every one of these cases was preventable,⟧” she warned. “⟦d:k|Every single one.⟧”
### 033
@c - | One critic
@g - | My grandfather
Hanne Sørlie’s third novel, “⟦s:-|The Glass Orchard⟧”, has been shortlisted for the Larkspur Prize. She spoke to us by video from her home in Bergen. The conversation has been edited.
Q: One critic called the book “⟦p:c|a thriller disguised as a gardening manual⟧”. Is that fair?
A: I loved that. I have put it on my fridge.
Q: Where did the idea come from?
A: My grandfather kept apple trees outside Voss. When he was dying he told me, “⟦d:g|Don’t let them cut the orchard down.⟧” They cut it down anyway, the year after. The book is me arguing with that.
### 034
@a Olena Marchuk | The finance minister
@b Beatrix Hollander | The central bank governor
@u - | an aide
The finance minister, Olena Marchuk, warned on Monday that the central bank’s refusal to cut interest rates was "⟦p:a|strangling small businesses⟧" and said the government would "⟦p:a|not stand by and watch⟧".
The central bank governor, Beatrix Hollander, responded within hours. Speaking at a conference in Rotterdam, she said inflation was still above target and that the bank would not be "⟦p:b|bullied into a mistake⟧".
"⟦d:b|Our mandate is price stability. It is written in law, and I did not write it,⟧" Hollander said. "⟦d:b|If the minister wants a different mandate, she knows where parliament is.⟧"
Marchuk’s office declined to comment on the record. But an aide, speaking privately, said: "⟦d:u|The minister has said what she needed to say. The ball is in Rotterdam.⟧"
### 035
@a Julian Marchbanks | Harcourt’s head of Impressionist and modern art
@s Sabine Lowe | Critic
LONDON (Reuters) - A painting by the Belgian artist Clara Vantongeren, “⟦s:-|Woman at a Window, Ostend⟧”, sold for 8.2 million pounds at Harcourt’s in London on Wednesday, more than four times its high estimate and a record for the artist.
“⟦d:a|The room went completely silent at six million,⟧” said Julian Marchbanks, Harcourt’s head of Impressionist and modern art. “⟦d:a|Then two telephone bidders started fighting each other and it became very exciting very quickly.⟧”
The buyer was not identified. Critic Sabine Lowe called the price “⟦p:s|a correction long overdue⟧” for an artist “⟦p:s|written out of history by her husband’s fame⟧”.
### 036
@a Gülsen Aydın | -
@m Murat | Her son
@c Cemal Öztürk | The regional governor
@u - | An engineer with the national disaster agency
“⟦d:a|We heard it before we felt it. A sound like a train under the floor.⟧”
The woman speaking is Gülsen Aydın, 61, and she is standing in front of what used to be her bakery. Twelve days after the earthquake, the building is a slope of broken concrete with a blue oven door sticking out of it.
Her son, Murat, was in the back of the shop making dough when the walls came down. He was pulled out alive after nine hours. “⟦d:m|I could hear my mother shouting my name the whole time,⟧” he says. “⟦d:m|I couldn’t shout back. There was dust in my mouth.⟧”
Officials say 214 people died in the province. The regional governor, Cemal Öztürk, told reporters last week that rebuilding would begin “⟦p:c|before the first snow⟧”. Aydın laughs when she hears this. “⟦d:a|Which snow? This year’s? Next year’s?⟧”
An engineer with the national disaster agency, who was not authorised to speak publicly, said many buildings in the town had been extended without permits. “⟦d:u|Half of this street should never have been standing,⟧” he said.
### 037
@c Callum Rhodes | Wexmoor captain
@d Dean Abara | Brackenshire coach
Wexmoor captain Callum Rhodes hit an unbeaten 142 as his side beat Brackenshire by six wickets at Thornfield on Sunday.
"⟦d:c|I’ve been getting starts all season and throwing them away,⟧" Rhodes said. "⟦d:c|Today I just told myself to bat time, not runs.⟧"
He added: "⟦d:c|The lads have been brilliant with me. Nobody panicked when I was out of nick.⟧"
Brackenshire coach Dean Abara was gracious in defeat. "⟦d:d|He played beautifully. We bowled well to him for the first hour and he still found ways to score,⟧" Abara said.
### 038
@s - | a Tallis spokesperson
@f Food Standards Agency | -
Tallis Supermarkets has recalled its own-brand reduced-fat hummus because it may contain small pieces of plastic.
"⟦d:s|As a precaution, we are asking customers not to eat the product and to return it to any store for a full refund,⟧" a Tallis spokesperson said.
The Food Standards Agency said there had been "⟦p:f|no reports of illness⟧" linked to the product.
### 039
@s - | her staff
@a Marisol Quintero | The 38-year-old former public defender
@b Walter Brisco | Mayor
@c Denise Amankwah | -
@t Tess Lowery | His campaign manager
At half past six on a Saturday morning, Marisol Quintero is already on her third cup of coffee and her second neighbourhood. The 38-year-old former public defender is running for mayor of Vallejo Springs, and she is running, her staff say, “⟦p:s|like there’s no tomorrow⟧”.
“⟦d:a|My opponent has been mayor for twelve years. I don’t have twelve years. I have eleven weeks,⟧” she says, climbing out of a borrowed minivan.
Her opponent, Mayor Walter Brisco, is not worried — or says he isn’t. “⟦d:b|She’s a talented young woman, and I mean that. But this city doesn’t need an apprenticeship,⟧” he said in a phone interview.
At a taco stand on Fifth Street, Quintero meets Denise Amankwah, who runs a daycare centre and has never voted in a local election. They talk about rent for ten minutes.
“⟦d:c|She listened. That’s more than I can say for the last guy who came through here,⟧” Amankwah said afterwards.
Quintero, back in the minivan, is already on the phone to her scheduler. “⟦d:a:m|Tell them I’ll be there by eleven. No, tell them half past ten. Tell them I’m bringing doughnuts.⟧
“⟦d:a|Actually, don’t tell them about the doughnuts. Just bring doughnuts.⟧”
Polls show Brisco with a nine-point lead. His campaign manager, Tess Lowery, called that margin “⟦p:t|comfortable but not complacent⟧”.
### 040
@u - | a currency trader at a Japanese bank in Tokyo
@k Kenji Morita | Japan’s top currency diplomat
@l Lena Fischer | FX strategist at Hanseatic Bank in Hamburg
TOKYO, May 14 (Reuters) - The yen clawed back some of its losses on Tuesday after a blunt warning from Japan’s top currency diplomat, with traders wary that authorities could step into the market for the second time this year.
``⟦d:u|Nobody wants to stand in front of the Ministry of Finance when it’s in this mood,⟧'' said a currency trader at a Japanese bank in Tokyo.
Kenji Morita, Japan’s top currency diplomat, told reporters that authorities were watching moves ``⟦p:k|with a high sense of urgency⟧'' and would respond to excessive volatility.
``⟦d:l|The line in the sand seems to be 160 per dollar,⟧'' said Lena Fischer, FX strategist at Hanseatic Bank in Hamburg.
### 041
@t Tomasz Zieliński | a bus driver from Gdańsk
@w Agnieszka Wrona | His doctor
When Tomasz Zieliński’s doctor told him he had type 2 diabetes, the first thing he felt was relief.
“⟦d:t|I’d been exhausted for two years. I thought I was dying. She said, ‘You’re not dying, you’re diabetic,’ and I actually laughed,⟧” recalled Zieliński, 57, a bus driver from Gdańsk.
His doctor, Dr Agnieszka Wrona, says his reaction is more common than people think. “⟦d:w|A diagnosis gives people a name for what’s wrong. A name is something you can fight,⟧” she said.
Two years on, Zieliński has lost 22 kilos and no longer needs medication. “⟦d:t|I walk to work now. My wife says I’m a different man. I tell her I’m the same man, only lighter.⟧”
### 042
Channel Nine’s long-running quiz show “⟦s:-|Brain Drain⟧” will end after 22 series, the broadcaster confirmed on Monday.
The programme, hosted since 2003 by Ray “⟦s:-|The Brain⟧” Hollis, was famous for its so-called “⟦s:-|Gauntlet⟧” round, in which contestants answered 30 questions in 60 seconds. No contestant completed the round after 2016.
Its final episode will be broadcast in December. A one-off special, “⟦s:-|Brain Drain: The Last Question⟧”, is planned for Christmas Day.
### 043
@a Rosa Villanueva | the plaintiff
@c Mitchell Crane | Delacorte’s attorney
@d Antoine Delacorte | celebrity chef
LOS ANGELES — A jury on Thursday ordered celebrity chef Antoine Delacorte to pay $3.2 million to a former sous-chef who accused him of years of verbal abuse in the kitchen of his flagship restaurant.
"⟦d:a|Nobody should have to be screamed at for fourteen hours a day to keep a job,⟧" the plaintiff, Rosa Villanueva, said outside the courthouse, her voice breaking. "⟦d:a|Today, twelve strangers told me I was right.⟧"
Delacorte’s attorney, Mitchell Crane, said his client would appeal. "⟦d:c|Professional kitchens are demanding places. That is not a crime, and it should not be a tort,⟧" Crane said in a statement.
Delacorte, who did not testify, left the courthouse without speaking to reporters. In a 2019 television interview, he had described his kitchen as "⟦p:d|a place for adults⟧".
### 044
@m Ministry of Foreign Affairs | -
@k Adrian Kolar | ministry spokesman
@r - | the reporter
The Ministry of Foreign Affairs summoned the Morvanian ambassador on Tuesday over what it called “⟦p:m|a grave violation of our airspace⟧” by two military aircraft on Sunday night.
At the ministry’s daily briefing, a reporter asked whether the ambassador would be expelled. “⟦d:k|All options remain on the table,⟧” said ministry spokesman Adrian Kolar.
“⟦d:r|Including expulsion?⟧” the reporter pressed.
“⟦d:k|I said all options,⟧” Kolar replied, and moved on to the next question.
### 045
@h Sarah Pemberton-Hall | The head of Bramley Park Academy
@l Lucy Grainger | a mother of two
Headteacher: “⟦d:h|Phones stay, but so do the rules⟧”
The head of Bramley Park Academy has rejected calls from parents to ban mobile phones from the school entirely.
Writing in the school’s weekly newsletter, Sarah Pemberton-Hall said a total ban would be “⟦p:h|unenforceable and, frankly, dishonest⟧”. “⟦d:h|Our pupils need to learn to live with these devices, not pretend they don’t exist,⟧” she wrote. “⟦d:h|Phones stay, but so do the rules.⟧”
Lucy Grainger, a mother of two who started a petition calling for a ban, said she was disappointed. “⟦d:l|I’m not asking for the moon. I’m asking for seven hours a day without TikTok,⟧” she said. “⟦d:l|Other schools manage it.⟧”
### 046
@e Environment Agency | -
@m Malcolm Tait | -
@n - | one resident
Flash floods swept through the market town of Ashby Wold on Tuesday afternoon after more than 60mm of rain fell in two hours.
The Environment Agency said the River Wold had risen “⟦p:e|faster than at any time since records began⟧”. Residents of Mill Street were evacuated by boat.
“⟦d:m|The water came up through the floorboards. Not under the door — through the floor,⟧” said Malcolm Tait, 70, who has lived on the street for 40 years.
Photo: Firefighters help residents from Mill Street on Tuesday. “⟦d:n|We were lucky. Next door weren’t,⟧” said one resident. (Photograph: Kate Arnold)
### 047
@w Winifred Ashdown | -
@p Paula Ricketts | Her successor as council leader
Winifred Ashdown, who led Kennet borough council for 16 years and was one of the first women to chair a national local government body, has died aged 88.
Her successor as council leader, Paula Ricketts, said Ashdown had been “⟦p:p|the fiercest and kindest person I ever worked for⟧”. “⟦d:p|She would tear you apart in a meeting and then drive you home afterwards,⟧” Ricketts said. “⟦d:p|Both of those things were acts of love.⟧”
Ricketts recalled her first budget meeting with Ashdown in 1989. “⟦d:p|I had spent a week on the numbers. She read them in four minutes and found the mistake,⟧” she said.
Ashdown grew up in a prefab in Slough and left school at 15. Her memoir, “⟦s:-|Rates and Rebels⟧”, was published in 2004.
She was proudest of the 3,000 council homes built on her watch. At a party conference in 1995 she set out her creed: “⟦d:w:m|People say councils can’t build. Councils built this country.⟧
“⟦d:w|Give us the land and let us borrow, and we will build it again.⟧”
She is survived by her husband, Clive, two sons and five grandchildren.
### 048
@a Matteo Colombari | the mission’s lead scientist
@e European Space Agency | -
@k Karin Ahlgren | ESA’s director of science
DARMSTADT, Germany (AP) — The European Space Agency’s Lyra probe has sent back its first close-up images of the asteroid 2031 VK, a lump of rock and ice the size of a small town.
"⟦d:a|Seeing these pictures after eleven years of work is, I have to say, quite emotional,⟧" said Matteo Colombari, the mission’s lead scientist.
The agency said in a statement that the probe was "⟦p:e|healthy and performing as expected⟧" after its 3.4 billion-kilometre journey.
"⟦d:k|The data from Lyra will keep scientists busy for decades,⟧" ESA’s director of science, Karin Ahlgren, told reporters at mission control.
### 049
@f Fox | The drone operator
@u - | His commander
The drone operator goes by the call sign “⟦s:-|Fox⟧”, in line with military rules that forbid soldiers from giving their full names to journalists. He is 31 and was an accountant before the war.
“⟦d:f|Every morning I check the weather before I check the news,⟧” he says, adjusting a controller in a dugout a few kilometres from the front line. “⟦d:f|Fog is our friend. Wind is our enemy.⟧”
His commander, a major who did not want to be identified, said the unit had lost four drones in the previous 24 hours. “⟦d:u|We build them, they shoot them down, we build more. It’s an assembly line,⟧” the major said.
Fox shrugs when asked whether he is afraid. “⟦d:f|Of course. Only idiots aren’t afraid. I’m an accountant, not an idiot.⟧”
### 050
@g Mick Halloran | RDU general secretary
@w Westline | -
@s - | a Westline spokesman
@c Priya Chandran | -
Train drivers at Westline Rail will strike for 48 hours from Friday after talks over pay collapsed, the Rail Drivers’ Union (RDU) said.
"⟦d:g|We have bent over backwards. The company has bent nothing,⟧" RDU general secretary Mick Halloran told reporters outside the talks venue in Leeds.
Westline said the union’s demands were "⟦p:w|simply unaffordable⟧". "⟦d:s|We have offered 4 per cent this year and 3.5 per cent next. That is a fair deal in the current climate,⟧" a Westline spokesman said.
"⟦d:c|I’ll work from home, I suppose. Again,⟧" sighed Priya Chandran, 29, waiting for a delayed train at Holbeck on Monday evening.
### 051
@v Andrew Mayhew | The vicar of St Botolph’s
@n - | The neighbour
@e Edna Fairclough | Bellringer
The vicar of St Botolph’s in Upper Wenning has agreed to silence the church’s 8am Sunday bells after a complaint from a newly arrived neighbour, but says the bells will still ring “⟦p:v|for weddings, funerals and the occasional cricket victory⟧”.
“⟦d:v|They’ve been ringing since 1712. I didn’t think one more century would hurt,⟧” joked the Rev Andrew Mayhew.
The neighbour, a software consultant who moved from London in the spring, said in a letter to the parish council that the bells were “⟦p:n|a form of noise pollution⟧”. He declined to be interviewed.
Bellringer Edna Fairclough, 83, was less diplomatic. “⟦d:e|If he wanted quiet, he should have bought a house next to a library,⟧” she said.
### 052
@g Graham Pyke | -
@b Bureau of Meteorology | -
@j Jenny Cole | a rural financial counsellor based in Horsham
The wheat on Graham Pyke’s farm near Horsham, in western Victoria, should be waist-high by now. It barely reaches his boots.
“⟦d:g|This is the third dry year in five. My dad had one in his whole life,⟧” Pyke, 54, explained as he walked the paddock. “⟦d:g|You can’t plan for this. You just hang on.⟧”
The Bureau of Meteorology noted in its latest outlook that rainfall across the region had been “⟦p:b|very much below average⟧” since April.
“⟦d:j|Farmers are the most resilient people I know, but resilience has a limit.⟧” The speaker is Jenny Cole, a rural financial counsellor based in Horsham, who says her caseload has doubled this year.
“⟦d:j|I had a bloke in last week who hadn’t told his wife how bad the debts were. Two years he’d been carrying that on his own,⟧” she said.
Pyke says he will plant again in autumn. Asked why, he shrugged. “⟦d:g|What else would I do?⟧”
### 053
@a Kwabena Asante-Mensah | its chief executive
@b Abena Ofori | A farmer in the Western region
ACCRA (Reuters) - Ghana’s cocoa regulator will raise the price it pays farmers by 15% from next season, its chief executive said on Wednesday, as the country tries to curb the smuggling of beans into neighbouring countries.
"⟦d:a|When our farmers get a fair price at home, they have no reason to carry their beans across the border,⟧" Kwabena Asante-Mensah told reporters in Accra.
A farmer in the Western region, Abena Ofori, said the increase was "⟦p:b|welcome but late⟧". "⟦d:b|Fertiliser has doubled in price. Fifteen percent does not cover it,⟧" she said by telephone.
### 054
@c Court of Arbitration for Sport | -
@b Claire Bonnard | Carrère’s lawyer
@f French cycling federation | -
LAUSANNE (AFP) - The Court of Arbitration for Sport on Tuesday upheld a four-year doping ban on the French cyclist Julien Carrère, ending his hopes of riding in next year’s Tour de France.
In its ruling, the court said Carrère had failed to show that the banned substance had entered his body «⟦p:c|without fault or negligence⟧».
Carrère’s lawyer, Claire Bonnard, called the decision «⟦p:b|a tragedy for a clean athlete⟧». «⟦d:b|Julien has never cheated and never will. We are studying an appeal to the Swiss Federal Tribunal,⟧» she said in a statement.
The French cycling federation said it «⟦p:f|took note⟧» of the ruling.
### 055
@h University of Harlow | -
@s Lionel Strand | The psychologist
@x - | A former member of his lab
@y - | A university spokesperson
The University of Harlow has retracted three papers by a prominent psychologist after its investigation concluded that data had been “⟦p:h|fabricated or falsified⟧”.
The psychologist, Professor Lionel Strand, resigned in January. In a brief statement issued through his lawyer, he said: “⟦d:s|I accept that serious errors were made in my laboratory. I did not intend to deceive anyone.⟧”
A former member of his lab, who spoke on condition of anonymity, disputed that account. “⟦d:x|Everyone knew. We used to joke that the results were ‘Lionel-significant’,⟧” she said.
A university spokesperson said: “⟦d:y|We take research integrity extremely seriously and have referred the matter to the relevant funders.⟧”
### 056
@k Kofi Adjei | the challenger
@r Rhys Bevan | the champion
@l Lenny Castellano | The promoter
The final press conference before Saturday’s heavyweight title fight in Cardiff descended into chaos on Thursday when the challenger, Kofi Adjei, and the champion, Rhys Bevan, had to be separated by security.
"⟦d:k|Look at him. He’s scared. I can smell it from here,⟧" Adjei said, pointing across the stage.
"⟦d:r|That’s your own fear you can smell, mate,⟧" Bevan shouted back.
The promoter, Lenny Castellano, tried to restore order. "⟦d:l|Gentlemen, please. Save it for Saturday,⟧" he pleaded into a microphone. "⟦d:l|I’m not paying you to fight for free.⟧"
Bevan, 33, later struck a calmer tone. "⟦d:r|He’s a good fighter. I don’t hate him. But I’m going to knock him out,⟧" he said.
### 057
@a Fiona Adeyemi-Clarke | the museum’s director
@n National Commission for Museums and Monuments | -
The Hallam Museum in Sheffield will return 17 bronze figures taken from Benin City in 1897, in what its trustees called a unanimous decision.
The return was “⟦p:a|a matter of justice, not charity⟧”, according to the museum’s director, Dr Fiona Adeyemi-Clarke. “⟦d:a|These objects were taken by force, and they should never have been here,⟧” she said on Monday.
Nigeria’s National Commission for Museums and Monuments welcomed the decision as “⟦p:n|a model for others⟧”.
### 058
@a Samuel | a 26-year-old from Eritrea
@b Dariusz | an older rider
@d Dashly | -
It is 11pm in Manchester and the rain has been falling for six hours. Outside a fried chicken shop on Oxford Road, eight delivery riders wait under a single awning, phones in hand.
“⟦d:a|The app gives you a rating. If your rating drops, you get fewer orders. If you get fewer orders, you don’t eat,⟧” says one of them, a 26-year-old from Eritrea who asked to be identified only as Samuel.
Samuel has been riding for three years. He has been hit by a car twice. He pulls up a sleeve to show a scar running down his left forearm. “⟦d:a|This one was a taxi. He didn’t stop.⟧”
Beside him, an older rider laughs without much humour. “⟦d:b|Nobody stops,⟧” he says. His name is Dariusz; he is 48, and he was a welder in Poland until his factory closed.
The company, Dashly, said in a statement that rider safety was “⟦p:d|our highest priority⟧” and that it offered free accident insurance to all riders. “⟦d:d|We are proud that thousands of people choose to work flexibly with Dashly every day,⟧” the statement said.
Dariusz reads the statement on my phone and hands it back. “⟦d:b|Flexibly,⟧” he repeats. “⟦d:b|Yes. Very flexible. Like a bicycle wheel after a car hits it.⟧”
### 059
@a Paul Lavigne | Defence Minister
@j James Whitford | Conservative defence critic
Defence minister: "⟦d:a|No troops will be sent⟧"
OTTAWA — Defence Minister Paul Lavigne insisted on Tuesday that Canada would not send ground troops to join the proposed international stabilisation mission, despite mounting pressure from allies.
"⟦d:a|We will contribute aircraft, we will contribute logistics, we will contribute money. No troops will be sent,⟧" Lavigne told the House of Commons defence committee.
Conservative defence critic James Whitford said the position was "⟦p:j|untenable⟧". He then asked Lavigne whether the allies had been told. "⟦d:j|Has the minister informed Washington, or will they read about it in the newspaper?⟧"
"⟦d:a|Our allies are fully informed,⟧" Lavigne replied.
### 060
@b Brightforge | Video game publisher
@k KeeperKat | One of the game’s most popular streamers
Video game publisher Brightforge has scrapped plans to charge players for a “⟦s:-|premium⟧” pass in its free-to-play football game after a furious backlash online.
“⟦d:b|We got this wrong, and we’re sorry,⟧” the company posted on X on Sunday. “⟦d:b|The premium pass is gone. Everything it included is now free for everyone.⟧”
One of the game’s most popular streamers, known online as “⟦s:-|KeeperKat⟧”, had called the pass “⟦p:k|a cash grab dressed up as a feature⟧” in a video watched more than two million times.
### 061
@p - | Your predecessor
The following is an edited transcript of Thursday’s briefing by Fire Commissioner Teresa Delgado on the Harlan Street warehouse fire.
DELGADO: At 4.12 this morning we received the first call. Units were on scene within six minutes. The building was fully involved on arrival.
REPORTER: Was anyone inside?
DELGADO: We believe one security guard was inside. He has been taken to Mercy General in critical condition.
REPORTER: Your predecessor called this building a “⟦p:p|tinderbox⟧” two years ago. Was it inspected?
DELGADO: It was inspected in March. I am not going to speculate beyond that today.
### 062
@a Hélène Marchal | -
@o Dunmore Airport Holdings | The airport’s operator
@h Olivier | Her husband
Thousands of passengers were stranded at Dunmore Airport on Friday after a power cut knocked out the baggage system and the departure boards for most of the morning.
"⟦d:a|We’ve been here since five this morning and nobody has told us anything,⟧" said Hélène Marchal, 38, who was travelling to Lyon with her two children. "⟦d:a|Not one announcement. Not one.⟧"
The airport’s operator, Dunmore Airport Holdings, said in a statement that it "⟦p:o|sincerely apologised⟧" to passengers and that engineers had restored power by midday.
Her husband, Olivier, was more philosophical. "⟦d:h|At least the café is open,⟧" he said.
### 063
@a Seun Bakare | the only doctor in Kilmorrow
@h West Coast Health Board | -
@m Margaret Lyle | -
@k Ken Abernethy | the local councillor
For fourteen years, Dr Seun Bakare has been the only doctor in Kilmorrow, a fishing town of 2,300 people at the end of a single-track road on the west coast of Scotland.
On Friday he will lock the surgery door for the last time.
“⟦d:a|I’m 67. My knees are finished, and my wife would like to see me before one of us dies,⟧” he says, sitting in a consulting room that has not been redecorated since the 1980s. “⟦d:a|I have been trying to find a replacement for five years. Nobody wants to come.⟧”
The West Coast Health Board, which runs primary care in the area, has advertised the post eleven times. In a statement, it said it was “⟦p:h|exploring all options⟧”, including a visiting doctor two days a week.
Margaret Lyle, 81, has been Bakare’s patient since the day he arrived. She has heart failure and lives alone above the harbour. “⟦d:m|He comes to the house. Who’s going to come to the house now?⟧” she asked. “⟦d:m|A computer?⟧”
The nearest hospital is in Fort William, 70 miles away. In winter the road is sometimes closed for days at a time.
Ken Abernethy, the local councillor, has written to the Scottish health secretary three times and has had one reply. “⟦d:k|It said, and I quote, ‘We recognise the challenges of remote and rural practice.’ That’s it. That was the whole letter,⟧” Abernethy said.
Without a resident doctor, he believes, families will leave. “⟦d:k|Young couples look at the school and they look at the surgery. If either one closes, they don’t come,⟧” he warned.
Bakare, asked whether he feels guilty, is quiet for a while. “⟦d:a:m|Every day. I have delivered babies in this town. I have sat with people while they died. I know the names of their dogs.⟧
“⟦d:a|But I can’t be the only answer any more. That was never a plan. That was luck.⟧”
### 064
@r Redgum Resources | Australian miner
@u - | A state environment official
SYDNEY (Reuters) - Australian miner Redgum Resources has halted operations at its Yallan copper mine after part of a tailings dam wall collapsed, the company said on Monday. No one was injured.
"⟦d:r|Out of an abundance of caution, all mining and processing activities have been suspended while engineers assess the structure,⟧" according to a statement from the company.
A state environment official, who asked not to be named, said water from the dam had reached a nearby creek. "⟦d:u|We are testing downstream now. It is too early to say how much got out,⟧" the official said.
"""


def main() -> None:
    build_set(PASSAGES, out=OUT, prefix="fresh3", min_passages=60)


if __name__ == "__main__":
    main()
