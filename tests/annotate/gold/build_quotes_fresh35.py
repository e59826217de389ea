# ruff: noqa: E501
"""Build ``quotes_fresh35.jsonl``: a thirty-fifth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is feature and
long-form writing (profiles, obituaries, oral histories, day-in-the-life pieces,
reviews with interviews) and regional news (councils, schools, hospitals, farming,
small businesses).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh35-NNN``.

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

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh35.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh35.jsonl")

PASSAGES = """
### 001
@a Marguerite Okonjo-Hale | the baker who fed half of Tresswell for forty years
@b Daniel | Her son
@c Rosa Kimathi | Her friend and former employee
@d Tresswell Chamber of Commerce | -
Marguerite Okonjo-Hale, the baker who fed half of Tresswell for forty years, died on Sunday at the age of 81.
She opened the Corner Loaf on Mill Street in 1979 with a second-hand oven, a borrowed van and, by her own account, "⟦p:a|no idea what I was doing⟧".
In a 2015 interview with the Tresswell Courier she recalled that first winter. "⟦d:a:m|We sold bread at a loss for six months. My husband said I was mad, and he was probably right.⟧
"⟦d:a|But people kept coming back, and after a while they brought their children, and then their grandchildren. You can't put that in a ledger.⟧"
Her son Daniel, who now runs the shop, said she had been behind the counter until a fortnight before her death. "⟦d:b|She never retired. She just started arriving at six instead of four,⟧" he said.
Her friend and former employee Rosa Kimathi was 17 when she was taken on as a Saturday girl. "⟦d:c|Marguerite taught me to knead, to count change and to tell a customer off without losing them,⟧" Ms Kimathi, now 58, said. "⟦d:c|Mostly the last one.⟧"
The Tresswell Chamber of Commerce said in a statement that the town had lost "⟦p:d|one of its true institutions⟧".
She is survived by Daniel, her daughter Amara and five grandchildren. The shop will close on the day of the funeral, a sign in the window says, "⟦s:-|for the first time since the blizzard of '82⟧".
### 002
@a Graham Pellow | the finance committee chairman
@u - | one man
@b Dev Saini | an independent who represents the Eastgate ward
@c Kevin Marsh | The petition's organiser
Ashby Thorne town council voted 9-4 on Tuesday night to introduce charges at the Market Square car park, despite a petition signed by more than 2,000 residents.
Graham Pellow, the finance committee chairman, said the council had been left with "⟦p:a|no realistic alternative⟧".
"⟦d:a|We have a £340,000 hole in next year's budget. I don't like this any more than the people in the gallery do,⟧" Mr Pellow told the meeting.
That drew jeers from the public seats, where one man shouted: "⟦d:u|Then vote against it!⟧"
Cllr Dev Saini, an independent who represents the Eastgate ward, did. "⟦d:b|Every shop on Market Square has told me the same thing. Charge people to park and they'll drive to the retail park instead,⟧" he said. "⟦d:b|We are balancing the books by emptying the high street.⟧"
Mr Pellow replied that the first hour would remain free. "⟦d:a|Nobody popping in for a paper is going to pay a penny,⟧" he said.
The petition's organiser, Kevin Marsh, who runs a hardware shop on the square, said he would seek legal advice about a judicial review.
"⟦d:c|They've heard us and ignored us. Fine. We'll see whether a judge does the same,⟧" the 47-year-old said.
Charges of £1.20 an hour are expected to start in April.
### 003
@a Joanne Whitlock | Headteacher
@e Schools Inspectorate | -
@b Siobhan Grealish | her deputy
@c Leanne Obi | Parent
Bramley Fold Primary School, which four years ago was placed in special measures, has been rated outstanding.
The Schools Inspectorate said in its report, published on Thursday, that pupils showed "⟦p:e|exceptional curiosity and kindness⟧" and that leaders had "⟦p:e|transformed the school's culture⟧".
Headteacher Joanne Whitlock arrived in 2020. "⟦d:a|When I walked in, the roof leaked into the hall and the children had given up on themselves a little. The building was the easy bit,⟧" she said.
She credited her deputy, Siobhan Grealish, who has taught at the school for 22 years and ran it for a term while the previous head was off sick.
"⟦d:b|Jo gets the headlines, but this is forty people's work. The dinner staff are in that report as much as I am,⟧" Ms Grealish said.
Parent Leanne Obi, whose twins are in Year 4, said: "⟦d:c|They come home talking about volcanoes and Vikings. Four years ago my eldest came home talking about who had thrown a chair.⟧"
Mrs Whitlock said the school would not stand still. "⟦d:a|Outstanding is a snapshot,⟧" she said. "⟦d:a|I'd rather be good every single day than outstanding on one Tuesday in March.⟧"
### 004
@a Priya Venkataraman | the hospital's clinical director for emergency medicine
@b Harrowby and District NHS Trust | -
@c Karen Doyle | His daughter
@u - | a union representative who asked not to be named
Patients at St Oswin's Hospital in Harrowby waited up to 19 hours for a bed in January, figures released under freedom of information show.
Dr Priya Venkataraman, the hospital's clinical director for emergency medicine, said staff were "⟦p:a|working flat out⟧". "⟦d:a|We have patients in corridors who should be on wards, and patients on wards who should be at home, and nowhere for either of them to go,⟧" she said.
Harrowby and District NHS Trust said in a statement: "⟦d:b|We apologise to every patient who has waited longer than they should. Winter pressures this year have been exceptional.⟧"
Albert Sowerby, 84, spent 14 hours on a trolley after a fall at his home in Kettleby. His daughter, Karen Doyle, stayed with him throughout.
"⟦d:c|Dad didn't complain once. I complained enough for both of us,⟧" she said. "⟦d:c|The nurses were wonderful. There just weren't enough of them.⟧"
A union representative who asked not to be named said morale among nursing staff was "⟦p:u|the lowest I've seen it in twenty years⟧".
Dr Venkataraman added: "⟦d:a|The answer isn't more corridor space. It's social care, and it has been the answer for a decade.⟧"
### 005
@a Gwilym ap Rhys | a third-generation hill farmer
@b Eirlys | His wife
@c Aled | their son
@d Hill Farmers' Alliance | -
It is four in the morning on the slopes above Llanfarrog and Gwilym ap Rhys, a third-generation hill farmer, is pulling on his second pair of socks.
"⟦d:a|You don't get used to it. You just get less surprised by it,⟧" he says. Outside, sleet is coming sideways off the ridge and somewhere in the dark a ewe is in trouble.
His wife, Eirlys, is already in the lambing shed, sleeves rolled, coaxing a weak lamb to suck. When it finally latches on she murmurs, "⟦d:b|Dyna ni, mae hi'n fyw⟧" — "⟦d:b|There we are, she's alive⟧".
Their son, Aled, is 19 and home from agricultural college for the season. "⟦d:c|My mates are in Cardiff at uni. I'm here with my arm inside a ewe at five in the morning. I wouldn't swap,⟧" he says, then reconsiders. "⟦d:c|Most mornings I wouldn't swap.⟧"
The family run 600 ewes on 400 acres, much of it too steep for a tractor. Gwilym does the sums at the kitchen table after breakfast.
"⟦d:a:m|Lamb prices are down a fifth on last year, feed is up, diesel's up. The sums don't work the way they did for my father.⟧
"⟦d:a|Then again, the sums never worked for him either, to hear him tell it.⟧"
The Hill Farmers' Alliance warned this month that upland farms were "⟦p:d|operating on margins that would close any other business⟧" and called for a change to the support scheme.
By seven the sleet has stopped. Eirlys counts the night's lambs on a whiteboard by the door: eleven born, eleven alive. "⟦d:b|A good night,⟧" she says. "⟦d:b|Ask me again tomorrow.⟧"
### 006
@a Anouk van der Berg | Its director
@b Tomás Ferreira | the Lisbon-born actor who plays the harbourmaster
@c Hannah Lisle | Co-star
There is a moment near the end of “⟦s:-|The Salt Road⟧”, which opened at the Kellerby Playhouse on Friday, when the whole theatre seems to hold its breath. Nobody speaks for almost two minutes. The sea, projected across the back wall, does all the work.
Its director, Anouk van der Berg, told me before opening night that the silence was the first thing she wrote. “⟦d:a|I wanted the sea to be a character that never speaks,⟧” she said. “⟦d:a|Everybody else in the play talks far too much.⟧”
They do, and that is mostly a pleasure. Tomás Ferreira, the Lisbon-born actor who plays the harbourmaster, gives the performance of his career as a man who cannot stop explaining himself to people who have stopped listening.
“⟦d:b|My grandfather was a fisherman in Nazaré. I didn't have to research the hands,⟧” Ferreira said when we met in the theatre bar, holding up his own. “⟦d:b|I just had to remember his.⟧”
Co-star Hannah Lisle, as his estranged daughter, is quieter and better for it. “⟦d:c|Anouk gives you about three notes a week, and every one of them changes the whole show,⟧” Lisle said. “⟦d:c|It's terrifying. I love it.⟧”
The second act sags, and a subplot involving a stolen outboard motor never earns its stage time. But Van der Berg has made something rare: a regional premiere that feels as if it could travel.
Four stars. Until 12 October.
### 007
@a Ernest Pybus | -
@b Walter Gaunt | His friend
@c Craig Huxtable | the last foreman
@d Brantwood Leather Group | -
The whistle at the Holloway Tannery in Dunmere will sound for the last time on Friday, 142 years after the first hides were soaked in its pits.
Ernest Pybus, 79, started there in 1961, a fortnight after his 15th birthday. He is known to everyone in the town as Ernie. "⟦d:a|The smell never leaves you. My wife said she could tell which vat I'd been on by sniffing my collar,⟧" he recalled.
His friend Walter Gaunt, 81, started two years earlier and says he has heard the collar story "⟦p:b|maybe four hundred times⟧".
"⟦d:b|Ernie's exaggerating. It was the sleeves, not the collar. She never got near enough to his collar.⟧"
Craig Huxtable, 44, the last foreman, has spent the week helping younger men write CVs. "⟦d:c|We've got orders. That's the daft thing. We've got orders and no factory,⟧" Huxtable said.
The owners, Brantwood Leather Group, blamed energy costs and overseas competition. "⟦d:d|The decision was not taken lightly, and we will support every member of staff through the transition,⟧" the group said.
Walter is unconvinced. "⟦d:b|They'll knock it down and put flats up,⟧" he said. "⟦d:b|And in twenty years somebody will write a book about it and sell it in the café on the ground floor.⟧"
Ernie plans to be there on Friday. "⟦d:a|Somebody has to turn the lights off,⟧" he said. "⟦d:a|I've been there longer than the lights.⟧"
### 008
@a Nadia Haddad | the younger sister
@b Samira Haddad-Lowe | her older sister
@u - | One regular, a retired teacher who visits every Thursday
@c Kelsham District Council | -
Nadia Haddad, 38, and her older sister Samira Haddad-Lowe, 42, opened Margin Notes on Kelsham's Bridge Street three years ago, in a unit that had been empty since 2016.
"⟦d:a|Everyone told us bookshops were dead,⟧" Nadia said. "⟦d:a|So we opened one next door to a funeral parlour. We have a sense of humour.⟧"
Samira, a former accountant, handles the money. "⟦d:b|She does the romance section, I do the spreadsheets. Both involve a lot of crying,⟧" she said.
The shop now employs four people part-time and runs a book club that meets, in defiance of its name, in the pub across the road.
One regular, a retired teacher who visits every Thursday, said: "⟦d:u|They remember what I've read. The internet remembers what I've bought. It's not the same thing.⟧"
Business rates on the unit rose by 8% in April, and the sisters say that is now the biggest threat. "⟦d:b|We can survive Amazon. I'm not sure we can survive the council,⟧" Samira said.
Kelsham District Council said small business rate relief was available and it encouraged "⟦p:c|any trader who is struggling⟧" to get in touch.
Nadia is already planning the autumn. "⟦d:a|We're doing a ghost story night at Halloween. Next door have offered to lend us a coffin,⟧" the younger sister said. "⟦d:a|I genuinely can't tell if they were joking.⟧"
### 009
@a Harriet Osei-Bonsu | Judge
@b Nicholas Fenn | His barrister
@c Roger Trelawney | Farmer
@d Rivers Authority | -
@e Mike Dunstan | secretary of the Alde Valley Angling Club
Farmer Roger Trelawney, 61, of Higher Pennock Farm, has been fined £24,000 after slurry from a burst lagoon killed thousands of fish in the River Alde.
Sentencing him at Carnford Crown Court, Judge Harriet Osei-Bonsu said the spill had been "⟦p:a|entirely foreseeable⟧".
"⟦d:a|You were warned twice, in writing, that the lagoon wall was failing. You chose to wait for a dry spell that never came,⟧" she told him.
Trelawney, who pleaded guilty, said nothing as sentence was passed. His barrister, Nicholas Fenn, said his client was "⟦p:b|genuinely ashamed⟧" and had since spent £60,000 on repairs.
In a letter read to the court by Mr Fenn, Trelawney wrote: "⟦d:c|I have fished that river since I was a boy. I know exactly what I have done to it, and I will spend the rest of my life putting it right.⟧"
The Rivers Authority, which brought the prosecution, said after the hearing: "⟦d:d|This case should send a clear message to every farm in the catchment. Storage must be maintained before it fails, not after.⟧"
Mike Dunstan, secretary of the Alde Valley Angling Club, said it would take "⟦p:e|five years at the very least⟧" for trout numbers to recover. "⟦d:e|We counted dead fish for three days. Some of them were older than my grandson,⟧" he said.
### 010
@a Bernadette Kilbride | -
@b Carl Ennis | Her instructor
@c Ciara | Her daughter
@d Northmoor Fire and Rescue Service | -
At 52, Bernadette Kilbride is the oldest recruit ever to pass out from the Northmoor Fire and Rescue Service training centre. Until last year she had spent 27 years serving school dinners in Wexham.
"⟦d:a|People assume it was a midlife crisis. It wasn't. My kids had left home and I thought, right, what did I actually want to do when I was nine?⟧"
Her instructor, Watch Manager Carl Ennis, admits he had his doubts when her application landed on his desk.
"⟦d:b:m|I'll be honest, when I saw her date of birth on the form I thought we'd be having a quiet word by week two.⟧
"⟦d:b:m|By week two she was out-hauling lads half her age on the hose drill.⟧
"⟦d:b|I've stopped having opinions about age.⟧"
Her daughter, Ciara, 26, was at the passing-out parade with a banner reading "⟦s:-|GO ON MAM⟧". "⟦d:c|Mum's always been the one who ran towards things. Now she's got a helmet for it,⟧" she said.
Kilbride said the hardest part of training was the turntable ladder. "⟦d:a|Not because I'm old. Because I'm scared of heights,⟧" she said, laughing. "⟦d:a|Nobody told me that was a problem until I mentioned it, and then everybody told me.⟧"
Northmoor Fire and Rescue Service wrote on social media: "⟦d:d|Bernadette is proof that there is no single type of firefighter. Welcome to the watch.⟧"
### 011
@a Hélène Marchetti-Roy | Mayor
@b Hydro-Valmont | -
@c Jean-Baptiste Lefèvre | -
@d Odile Brassard | a retired nurse who lives next door
@e Gaston Leclair-Dubé | the regional public security minister
Residents of Saint-Aubin-des-Prés spent Sunday shovelling mud out of their homes after the Rivière Blanche burst its banks for the second time in three years.
«⟦d:a|Nous ne pouvons plus appeler cela une catastrophe naturelle⟧», Mayor Hélène Marchetti-Roy told reporters outside the flooded town hall — «⟦d:a|We can no longer call this a natural disaster⟧».
She blamed the release of water from an upstream reservoir managed by Hydro-Valmont. The utility said «⟦p:b|all operating procedures were followed⟧» and that it would co-operate with any inquiry.
Jean-Baptiste Lefèvre, 70, has lived on the Rue du Moulin since 1971. «⟦d:c|The water has never come up to the church steps. This year it came inside the church,⟧» he said, pointing to a tide mark halfway up the font.
Odile Brassard, a retired nurse who lives next door, had spent the night helping him carry furniture upstairs.
«⟦d:d|We are tired. Not angry any more, just tired. You can only be angry so many times,⟧» she said.
Gaston Leclair-Dubé, the regional public security minister, visited on Sunday afternoon and promised emergency payments. «⟦d:e|Every family affected will be assessed within ten days,⟧» the minister said.
Mrs Marchetti-Roy said she would believe it when she saw it. «⟦d:a|They said ten days last time. It was four months,⟧» she said.
### 012
@a Fionnuala Breen | -
@b Seamus Doherty | -
Dr Fionnuala Breen retires this month after 38 years as a large-animal vet in the Glenmore valley. Farmers there call her “⟦s:-|the calf whisperer⟧”, a title she can't stand.
“⟦d:a|I'm not sentimental,⟧” she warned before we began. “⟦d:a|Don't make me sound sentimental.⟧” We spoke in her kitchen; the interview has been edited for length.
Q: Why farm animals and not cats and dogs?
A: I grew up on a dairy farm outside Ballykeel. I honestly didn't know there was any other kind of animal until I got to college.
Q: What has changed most in 38 years?
A: The farms are bigger and the farmers are lonelier. Thirty years ago there'd be four men in a yard when I arrived for a calving. Now there's one, and he hasn't spoken to anyone since Tuesday.
Q: Who taught you the job?
A: Seamus Doherty, who ran the practice before me. On my first day he said to me, “⟦d:b|Fionnuala, the cow is never the difficult one.⟧” He was right every single time.
Q: What will you do now?
A: Sleep. And I've promised my husband I'll learn to say “⟦s:-|no⟧” when the phone goes at two in the morning.
### 013
@a Trentvale Buses | -
@b Doreen Ashworth | Pensioner
@c Lynne Petrakis | Maybury parish council chairwoman
@u - | one driver who did not want to be named
@d Anand Mistry | County council transport lead
Trentvale Buses is to withdraw the 47 service between Oldcastle and the Maybury villages from June, leaving four villages without any public transport.
According to the company, passenger numbers on the route have fallen by 40% since 2019. "⟦d:a|We have kept the 47 running at a loss for three years, but we cannot do so indefinitely,⟧" Trentvale Buses said in a statement.
Pensioner Doreen Ashworth, 88, uses the bus three times a week. "⟦d:b|That bus is how I get to the doctor, the bank and my sister's. Take it away and I get to none of them,⟧" she said.
Maybury parish council chairwoman Lynne Petrakis said villagers had not been consulted. "⟦d:c|We were told by email at four o'clock on a Friday afternoon. That tells you how much consultation there's been,⟧" Mrs Petrakis said.
According to one driver who did not want to be named, the route "⟦p:u|is full on market day and empty the rest of the week⟧".
County council transport lead Cllr Anand Mistry said he had asked officers to look at alternatives. "⟦d:d|We're looking urgently at whether a community minibus could fill the gap,⟧" he said. "⟦d:d|But I'm not going to promise something I can't deliver.⟧"
### 014
@a Lionel Baptiste-Adeyemi | the pianist who kept jazz alive in Bradwell's back rooms for half a century
@b Freddie Coombes | His long-time bassist
@c Terry Mulholland | Bradwell Jazz Club owner
Lionel Baptiste-Adeyemi, the pianist who kept jazz alive in Bradwell's back rooms for half a century, has died aged 76.
Born in Port of Spain, he arrived in Bradwell in 1968 to work on the buses and played his first gig, by his own reckoning, "⟦p:a|three weeks and one borrowed suit later⟧". He once described his style as "⟦p:a|church piano that went out drinking⟧".
His long-time bassist, Freddie Coombes, said: "⟦d:b|Lionel never played the same tune the same way twice. Drove us mad. Made us better.⟧"
Bradwell Jazz Club owner Terry Mulholland booked him for the club's opening night in 1984. "⟦d:c|He played our first night for a fiver and a plate of curry, and he played our last night in March for exactly the same fee,⟧" Mulholland said. "⟦d:c|He refused a raise for forty years. I tried.⟧"
His only studio album, "⟦s:-|Rain on Coburg Street⟧" (1979), sold a few hundred copies on release and now changes hands for several hundred pounds.
In a 2011 radio interview he was asked why he had never moved to London. "⟦d:a|Why would I?⟧" he replied. "⟦d:a|London has plenty of piano players. Bradwell had me.⟧"
Coombes last visited him in hospital a week before he died. "⟦d:b|He was tapping out chords on the blanket. The nurse thought he was cold,⟧" he said.
### 015
@a Mahmoud al-Hariri | -
@b Rania | His wife
@c Agnes Rennie | Regular customer
@d Dunlaw community council | -
In a former bank on Kirkgate in Dunlaw, Mahmoud al-Hariri is rolling out dough in the vault where the safe used to be. He arrived in the town in 2017 with his wife and three children after two years in a camp in Lebanon.
Speaking through an interpreter, he said: "⟦d:a|In Homs I had a bakery with eleven ovens. Here I have two. But here nobody is shooting at the ovens.⟧"
His wife, Rania, who does the books and the front of the shop, learned English at the library on Tuesday nights. "⟦d:b|He bakes, I talk. That's the arrangement,⟧" she said.
She greets every customer with "⟦d:b|Ahlan wa sahlan⟧" — "⟦d:b|welcome⟧" — and most of them now say it back.
Regular customer Agnes Rennie, 71, comes in for a flatbread most mornings. "⟦d:c|I'd never had za'atar in my life. Now I'm in here three times a week. My doctor's delighted. My waistline isn't,⟧" she said.
Dunlaw community council said the bakery had "⟦p:d|brought that end of the street back to life⟧".
Mahmoud has learned the local dialect, up to a point. "⟦d:a|Scottish people are very polite. They say the bread is 'not bad'. I have learned this means very good,⟧" he said.
### 016
@a Jackie Fairbairn | a district nurse
@b Elsie Kerr | -
@c Maureen Tait | Her neighbour
@d Borders Community Health | -
Jackie Fairbairn, a district nurse, has eleven patients on her list today, spread across 70 miles of single-track road between Yetholm Mains and the coast. She starts at 7.40am with a flask of tea and a satnav she does not trust.
"⟦d:a|The satnav thinks there's a bridge at Corbie Ford. There hasn't been a bridge at Corbie Ford since 1990,⟧" she says.
Her first call is Elsie Kerr, 93, who has a leg ulcer that has taken eight months to heal and a view of the Cheviots she would not swap for anything.
"⟦d:b|She's the only person I see some weeks,⟧" Mrs Kerr says of Jackie, while the dressing is changed. "⟦d:b|She tells me off about my slippers and I tell her off about her driving.⟧"
Her neighbour Maureen Tait, who drops in with the post, laughs at that. "⟦d:c|Elsie's not wrong about the driving,⟧" she says. "⟦d:c|I've seen that wee car go past my window on two wheels.⟧"
Jackie does not dispute it. By lunchtime she has done five visits, eaten half a sandwich in a lay-by and phoned a GP about a patient whose blood pressure she did not like.
"⟦d:a:m|People think this job is dressings. It's not, really. It's noticing.⟧
"⟦d:a|You notice the fridge is empty, or the heating's off in March, or somebody's stopped answering the door to their family. That's the job.⟧"
Borders Community Health said it had recruited six district nurses this year but still had vacancies. "⟦d:d|Rural community nursing remains one of our most difficult posts to fill,⟧" the health board said.
Her last visit ends at 5.15pm. She has driven 74 miles. "⟦d:a|Quiet day,⟧" she says.
### 017
@a Howard Penhaligon | -
@b Gillian Rowse | -
@c Polmear Wind Ltd | -
@d Keith Tregenza | the planning committee chairman
@u - | One objector
Plans for three wind turbines on farmland above Polmear were approved on Wednesday after a four-hour meeting of Kernow West District Council's planning committee.
The application was made by Howard Penhaligon, whose family has farmed the land at Trewartha since the 1880s. ``⟦d:a|I'm not a businessman who's bought a hill. I'm a farmer trying to keep a farm,⟧'' he told councillors.
Gillian Rowse, who lives half a mile from the proposed site, spoke against. ``⟦d:b|Nobody in this room is against renewable energy. We're against 120-metre towers in an area of outstanding natural beauty,⟧'' she said.
Polmear Wind Ltd, the company set up to run the scheme, said ten per cent of profits would go to a community fund. ``⟦d:c|This will be one of the few wind projects in the county where local people see a direct return,⟧'' the company said.
Keith Tregenza, the planning committee chairman, had to call for quiet twice. One objector shouted ``⟦d:u|Shame on you!⟧'' as the vote was announced.
``⟦d:d|Planning decisions are made on planning grounds. I understand feelings are running high, but this committee has to apply the policy as written,⟧'' Mr Tregenza said afterwards.
Mrs Rowse said objectors would consider asking the government to call the decision in.
### 018
@a Margaret Holloway-Briggs | a Democrat who represents the district in the state Senate
@b Dale Renner | the hospital's chief executive
@c Tammy Okafor | a labor and delivery nurse at Pine Ridge for 19 years
@d Sutter County Health Alliance | -
@e Luisa Ortega | -
Sen. Margaret Holloway-Briggs, a Democrat who represents the district in the state Senate, on Monday called on the Sutter County Health Alliance to reverse its decision to close the labor and delivery unit at Pine Ridge Community Hospital, the only birthing unit in a three-county area.
"⟦d:a|You are asking women in labor to drive ninety minutes on a two-lane highway in January,⟧" Holloway-Briggs said at a news conference in the hospital parking lot. "⟦d:a|That is not a plan. That is a gamble with other people's lives.⟧"
The alliance announced last month that the unit would close on March 31, citing a shortage of obstetricians and falling birth numbers. In a statement Monday it said it was "⟦p:d|committed to safe transfer arrangements⟧" and would fund an extra ambulance.
Dale Renner, the hospital's chief executive, said the decision had been "⟦p:b|agonizing⟧". "⟦d:b|We delivered 212 babies last year. To stay safe you need round-the-clock obstetric cover, and we have been unable to recruit it for eighteen months,⟧" he said.
Tammy Okafor, a labor and delivery nurse at Pine Ridge for 19 years, stood behind the senator holding her own daughter, born in the unit in 2016.
"⟦d:c|I have caught babies in that hallway because mothers didn't have twenty minutes, never mind ninety,⟧" Okafor said. "⟦d:c|Somebody in an office two hundred miles away has done the math and left those mothers out of it.⟧"
Luisa Ortega, who is due in April, said she had already made plans to stay with her sister in the city for the last three weeks of her pregnancy. "⟦d:e|I have two other kids and a job,⟧" she said. "⟦d:e|I don't know who's going to do all that while I'm sitting in Dana's spare room.⟧"
### 019
@a Anselm Brügger | -
@b Verena | his daughter
@c Alpmilch Genossenschaft | -
At half past five the cows come down from the high pasture above Unterwald on their own, bells clanking, in an order Anselm Brügger says has not changed in eleven years.
“⟦d:a|Die Leitkuh weiss es besser als ich,⟧” he says — “⟦d:a|The lead cow knows better than I do.⟧”
Brügger, 64, milks 28 cows on a farm his great-grandfather bought in 1903. The milk goes to the village cheese dairy, run by the Alpmilch Genossenschaft, a co-operative of 31 farms.
This spring the co-operative cut the price it pays by nine rappen a litre. In a letter to members it wrote: “⟦d:c|We regret this decision deeply. The export market for our cheese has fallen further than any of us expected.⟧”
“⟦d:a|Nine rappen,⟧” Brügger says, reading the letter again at the kitchen table. “⟦d:a|It sounds like nothing. Over a year it is a new tractor, or it is my daughter's wages.⟧”
His daughter Verena, 31, came back from a job in Zurich to work on the farm three years ago. She has an engineering degree and a spreadsheet of every cow's yield since 2019.
“⟦d:b|Papa thinks the spreadsheet is a fashion. But it told us which two cows to sell last year, and he didn't argue,⟧” she says.
He shrugs. “⟦d:a|I argued,⟧” he says. “⟦d:a|Quietly.⟧”
### 020
@a Kwabena Asante-Mills | the chef and owner of Ember
@b Lucy Faraday | His business partner
@c Thibault Renaud | Sous-chef
Ember, which opened in a former fire station on Coldharbour Lane in Wexmoor in the spring, is the most exciting restaurant the county has produced in years, and also the loudest.
Kwabena Asante-Mills, the chef and owner of Ember, cooks almost everything over an open wood fire in the old engine bay. “⟦d:a|My mother cooked over charcoal in Kumasi. My father cooked over a gas ring in Croydon. I'm trying to split the difference,⟧” he told me.
The smoked goat shoulder with a sauce of burnt peppers is the dish to order. The charred hispi cabbage, which the menu calls “⟦s:-|humble⟧”, is nothing of the sort.
His business partner, Lucy Faraday, runs the floor with the calm of someone who has been told the kitchen is on fire and has decided to wait for evidence. “⟦d:b|The first month we set off the smoke alarms eleven times. In a fire station. The irony wasn't lost on anyone,⟧” she said.
Sous-chef Thibault Renaud, who trained in Lyon, admits the set-up is not for everybody. “⟦d:c|In France, we would call this kitchen ‘un peu sauvage’, a bit wild,⟧” he said. “⟦d:c|I mean it as a compliment. Mostly.⟧”
Desserts are weaker. A burnt honey tart was more burnt than honey.
Asante-Mills says he reads every review and agrees with most of them. “⟦d:a|If you tell me the tart's overdone, I'll probably agree with you,⟧” he said. “⟦d:a|Then I'll do it again next week anyway, because I like it.⟧”
### 021
@a Violet Cammish | -
@b Harold Storr | -
@c Nancy Storr | his sister
On the night of 31 January 1953, the sea came over the wall at Saltby and did not go back for two days. Seventy years on, the village heritage group has recorded the memories of the last people who remember it. These are some of them.
Violet Cammish was eight. Her father was at sea, and she spent the night in the loft of the Fisherman's Mission with her mother and baby brother.
"⟦d:a:m|I remember the sound more than anything. Not the wind. The doors. Every door in the street banging, one after the other, like somebody going along knocking.⟧
"⟦d:a:m|My mother held my hand so tight I had marks in the morning. She kept saying, 'Your dad's all right, your dad's all right.' She didn't know that. Nobody knew anything.⟧
"⟦d:a|He was all right, as it happened. He came home on the Tuesday and cried in the kitchen. That was the only time I ever saw him cry.⟧"
Harold Storr was 14 and already working on the boats. He and two other lads took a coble along Front Street at two in the morning, pulling people out of upstairs windows.
"⟦d:b|We didn't think we were brave. We thought it was a laugh, honestly, until we got to the Pearsons' house,⟧" he said. He did not want to say any more about the Pearsons.
His sister Nancy Storr, now 83, has lived in the same house on Front Street all her life. She has marked the height of the water on the parlour wall in pencil and never painted over it.
"⟦d:c|Harold tells it like an adventure. For the rest of us it was the night the village got smaller,⟧" she said. "⟦d:c|Eleven people. You don't forget eleven.⟧"
### 022
@a Stanislaw Nowicki | his father
@b Piotr | his son
Behind the counter of a narrow shop on Fenkle Street in Alnbridge, Stanislaw Nowicki is opening a pocket watch with a blade no wider than an eyelash. He is 77 and has repaired watches in the town since 1974.
"⟦d:a|My father was a watchmaker in Gdańsk. He said to me, 'A watch doesn't lie, Stasiu. People lie. The watch just tells you how long they were lying for.' I still don't know what he meant,⟧" he said.
His son Piotr, 45, joined the business after twenty years as an IT consultant and now handles the online orders, which come from as far away as Japan.
"⟦d:b|Dad thought I'd last a month. It's been six years,⟧" Piotr said. "⟦d:b|He still doesn't let me touch anything older than about 1950.⟧"
"⟦d:a|Forty,⟧" his father said, without looking up. "⟦d:a|Nothing older than 1940. After 1950 I don't care.⟧"
The two of them bicker constantly and, customers say, affectionately. Piotr admits the arguments are part of the appeal.
"⟦d:b:m|People come in for a battery and stay twenty minutes because they want to see who wins.⟧
"⟦d:b|Nobody ever wins. That's the secret.⟧"
### 023
@a Rhian Pugh | secretary of the Cwm Aeron branch of the Teachers' Union
@b Ceredigion West Council | -
@c Darren Lloyd | -
@u - | one parent
@d Eleri Vaughan | An English teacher at the school
Teachers at three secondary schools in the Cwm Aeron valley walked out on Tuesday in a dispute over plans to merge the schools on a single site.
Rhian Pugh, secretary of the Cwm Aeron branch of the Teachers' Union, addressed about 80 strikers outside Ysgol y Bryn. "⟦d:a|We are not striking for ourselves. We're striking because a fourteen-year-old should not have to spend two hours a day on a bus,⟧" she said.
Ceredigion West Council said the merger was the only way to keep a full curriculum in the valley. "⟦d:b|Falling pupil numbers mean that three schools can no longer each offer the subjects our young people need,⟧" the council said in a statement. It described the walkout as "⟦p:b|regrettable and unnecessary⟧".
Parents were divided. Darren Lloyd, whose son is in Year 10 at Ysgol y Bryn, said he supported the teachers "⟦p:c|a hundred per cent⟧". But one parent, collecting a younger child from the primary school next door, said: "⟦d:u|It's the kids who lose a day, not the council.⟧"
An English teacher at the school, Eleri Vaughan, said she had taught in the valley for 26 years. "⟦d:d|I taught half of these parents. I'd like to teach their children too, in a building they can walk to,⟧" she said.
Ms Pugh said a second day of action would take place next week unless the council agreed to reopen the consultation.
### 024
@a Ingrid Solberg-Haugen | the marine biologist who showed that North Sea cod could be counted by their sound
@b Ian Macready | Her former doctoral student
@c University of Aberwick | -
@d Knut Haugen | her husband
@r - | one reviewer
Professor Ingrid Solberg-Haugen FRS, the marine biologist who showed that North Sea cod could be counted by their sound, has died in Aberwick aged 88.
Born in Ålesund, Norway, she came to the University of Aberwick in 1961 on a one-year fellowship and stayed for six decades. Her 1974 paper on the grunting calls of spawning cod was initially rejected by two journals; one reviewer dismissed it as "⟦p:r|charming but unserious⟧".
She liked to quote that reviewer at her retirement parties. "⟦d:a|Charming I will accept. Unserious, no,⟧" she said in 2009. "⟦d:a|The cod were extremely serious. They were trying to find a mate.⟧"
Her former doctoral student Ian Macready, now a professor at Stromness, said she had "⟦p:b|ears like a bat and patience like a heron⟧". "⟦d:b|She would sit in a freezing boat for fourteen hours with headphones on and come back delighted because she had heard one fish say something new,⟧" he said.
The University of Aberwick said in a tribute: "⟦d:c|Ingrid changed how the world listens to the sea. She also changed how this university treated its women scientists, and she was never quiet about either.⟧"
She was appointed OBE in 1998. She is survived by her husband, Knut Haugen, who said she had been working on a paper until the week she died.
"⟦d:d|I told her to rest. She told me the fish don't rest,⟧" he said.
### 025
@a Dafydd Morgan-Price | Chief Inspector
@b Ifan Jenkins | -
@c Sioned | His wife
@d Dyfed-Teifi Police | -
Police in mid Wales say thefts of quad bikes and tractor GPS units from farms have almost doubled in a year, with thieves targeting isolated yards at night.
Chief Inspector Dafydd Morgan-Price, who leads the Dyfed-Teifi Police rural crime team, said organised gangs were driving up to 200 miles from the cities. "⟦d:a|These are not opportunists. They arrive with a shopping list and a van, and they're gone in ten minutes,⟧" he said.
Ifan Jenkins, who farms near Llanbedr Fawr, lost a £12,000 quad bike and a GPS unit from his tractor in a single night in February.
"⟦d:b|The dogs never barked. That's what gets me. Either they knew the dogs or they knew what they were doing,⟧" he said.
His wife, Sioned, now sleeps with the yard camera feed on her phone. "⟦d:c|I wake up at every fox,⟧" she said. "⟦d:c|Ifan sleeps like a baby. Somebody has to worry.⟧"
Dyfed-Teifi Police said it was offering free property marking at livestock markets throughout May. "⟦d:d|A marked machine is much harder to sell on,⟧" the force said.
Chief Inspector Morgan-Price urged farmers to report anything suspicious, however small. "⟦d:a|A strange car in a gateway at two in the afternoon is exactly what we want to hear about,⟧" he added.
### 026
@a Bev Okonkwo | -
@b Roy Beadle | the fishmonger opposite
@c Harbourside Markets | -
Saturday at Cullerby indoor market starts before the doors open. At 6.45am Bev Okonkwo is stacking clementines into a pyramid and Roy, the fishmonger opposite, is already heckling.
"⟦d:b|That's leaning, Bev.⟧"
"⟦d:a|It's not leaning. It's dynamic.⟧"
"⟦d:b|It'll be dynamic on the floor by nine.⟧"
This has been going on, stallholders say, since roughly 1994. Bev, 62, has run the fruit and veg stall for 31 years; Roy Beadle took over the fish counter from his uncle a year later. Neither will say who started it.
"⟦d:a|He did,⟧" Bev said, when asked anyway. "⟦d:a|He said my sprouts looked tired. My sprouts have never been tired in their lives.⟧"
"⟦d:b|They were knackered,⟧" Roy said. "⟦d:b|I stand by it.⟧"
The market's future has been uncertain since the building was sold to Harbourside Markets last year. The company has said it plans to "⟦p:c|reimagine⟧" the hall with street food units, and has told traders their leases will be reviewed in the autumn.
"⟦d:b|If they put a bao bun stall where Bev is, I'm leaving,⟧" Roy said. Then, after a pause: "⟦d:b|Don't write that down. She'll never let me forget it.⟧"
### 027
@a Arjun Raghunathan | -
@b Kavitha | His mother
@c Brian Ellery | -
@o - | One of them
Arjun Raghunathan, 11, from Tolverton, last month became the youngest player to win the county's open chess championship, beating a field of 64 adults. We asked him a few questions over a plate of biscuits. His answers have been lightly edited.
Q: When did you start playing?
A: When I was five. My grandad taught me on holiday in Chennai because it was raining. He let me win for about a week and then he stopped letting me win.
Q: How did it feel to beat grown-ups?
A: Normal. They're just people who've been playing longer. One of them said "⟦d:o|well played, young man⟧" really grumpily, which was funny.
Q: What's your favourite opening?
A: I'm not telling you that. People read the newspaper.
His mother, Kavitha, sitting in on the interview, laughed at that. "⟦d:b|He's been like this since he was a toddler. He never told us where he'd hidden anything either,⟧" she said.
Brian Ellery, who coaches the junior team at Tolverton Chess Club, said Arjun could reach international level. "⟦d:c|He's got the one thing you can't teach, which is that he hates losing more than he loves winning,⟧" he said.
Arjun was asked whether that was true. "⟦d:a|No,⟧" he said. "⟦d:a|I love winning quite a lot.⟧"
### 028
@a Sarah-Jane Cottle | -
@b Phil | her husband
@c Amina Yusuf | a consultant oncologist at the hospital
@d Kingsmere Hospital Charity | -
A new scanner that will cut waiting times for cancer patients in half was unveiled at Kingsmere General Hospital on Friday, paid for largely by a couple whose son died of a brain tumour at the age of 14.
Sarah-Jane Cottle and her husband, Phil, set up Josh's Light after their son's death in 2019 and have raised £260,000 through sponsored walks, quiz nights and, on one occasion, a 24-hour bake sale.
"⟦d:a|Josh waited seven weeks for his first scan. Nobody should have to wait seven weeks to find out what's wrong with their child,⟧" Mrs Cottle said, her hand resting on the machine.
Her husband was less composed. "⟦d:b|I said I wouldn't cry today,⟧" he said, and then did.
Dr Amina Yusuf, a consultant oncologist at the hospital, said the scanner would allow about 40 extra patients a week to be seen. "⟦d:c|This isn't a marginal improvement. For some of our patients it will be the difference between a treatable cancer and one that isn't,⟧" she said.
The Kingsmere Hospital Charity, which contributed the remaining £90,000, said: "⟦d:d|We are humbled by what the Cottle family have achieved in Josh's memory.⟧"
Mrs Cottle said the fundraising would continue. "⟦d:a|Next it's the children's ward,⟧" she said. "⟦d:a|Josh would have wanted an Xbox in every room. We might start smaller.⟧"
### 029
@a Seán Ó Briain | chairman of the Cill Rónáin Allotment Society
@b Aoife Ní Bhriain | his daughter
@c Galway West County Council | -
@d Bridie Keane | -
A row over 42 allotments in Cill Rónáin has reached the county council, after the parish sold the land they stand on to a housing developer.
Seán Ó Briain, chairman of the Cill Rónáin Allotment Society, has grown potatoes on plot 7 for 35 years. “⟦d:a|Is é an talamh seo mo shaol,⟧” he said — “⟦d:a|This ground is my life.⟧”
His daughter, Aoife Ní Bhriain, a solicitor, has been advising the society for free. “⟦d:b|The parish has every right to sell. What it has no right to do is give people four weeks' notice after three decades,⟧” she said.
Galway West County Council said it was “⟦p:c|examining alternative sites⟧” but could make no promises. “⟦d:c|The council is sympathetic to the allotment holders and will meet the society next month,⟧” it said.
Bridie Keane, 79, who has plot 12, said she had already started digging up her rhubarb to take home. “⟦d:d|I'm not leaving it for the diggers,⟧” she said. “⟦d:d|Sure they'd only put it in a skip.⟧”
Mr Ó Briain said the society would not go quietly. “⟦d:a|We'll plant the whole lot in the front gardens of the council offices if we have to,⟧” he said.
### 030
@a Norman Bainbridge | -
@b Carol Heslop | headteacher of St Cuthbert's Primary
@u - | one Year 6 pupil
@c Durham Vale Council | -
For 41 years, Norman Bainbridge has stood on the corner of Front Street and Mill Lane in Sedgebrook in a yellow coat, holding a sign that says “⟦s:-|STOP CHILDREN⟧”. On Friday he will stand there for the last time.
He is 79. He has seen three generations of the same families across that road and has a drawer at home full of cards and drawings.
“⟦d:a|I've had parents come up to me and say, ‘You took my mam across.’ Now I'm taking their bairns. That's a lovely thing, that,⟧” he said.
Carol Heslop, headteacher of St Cuthbert's Primary, said she had been one of the children he had seen across. “⟦d:b|He used to tell me my shoelaces were undone every single morning. They usually were,⟧” she said.
The school held an assembly in his honour on Thursday. One Year 6 pupil read out a poem and then told him, “⟦d:u|You're a legend, Norman,⟧” to loud applause.
Durham Vale Council said it was recruiting a replacement. “⟦d:c|Norman has set a standard that will be hard to match,⟧” the council said.
Mr Bainbridge said he had never missed a day through illness. “⟦d:a|I had flu once in 1998 and came in anyway. The kids wouldn't come near me,⟧” he said. “⟦d:a|Best-behaved week I ever had.⟧”
### 031
@a Gemma Strachan | the council's cabinet member for culture
@b Friends of Hollinbury Library | -
@c Patricia Adeyinka | Its chair
@d Ruth Mbeki-Shaw | a mother of three who uses Hollinbury every Saturday
Five of Calderbrook's eleven libraries will close or be handed to volunteers under budget proposals published on Monday.
Gemma Strachan, the council's cabinet member for culture, said the authority had to save £18m over two years. "⟦d:a|I became a councillor because a library changed my life. Nobody should think this is easy for me,⟧" she said.
The Friends of Hollinbury Library, which has collected 3,400 signatures against the closure of its branch, said in a post on Facebook that the plans were "⟦p:b|a betrayal of every child in this ward⟧".
Its chair, Patricia Adeyinka, said the group had been offered the building on a peppercorn lease if volunteers agreed to run it. "⟦d:c|We're being asked to do for nothing what the council used to pay professionals to do. And if we say no, we're the ones who closed it,⟧" she said.
Ruth Mbeki-Shaw, a mother of three who uses Hollinbury every Saturday, said her youngest had learned to read at its rhyme-time sessions.
"⟦d:d|She's six now and she reads to me. That started in there, on the carpet by the radiator,⟧" Mrs Mbeki-Shaw said.
Ms Strachan said no decision would be made until a consultation closed in March. "⟦d:a|If anyone has a better idea, my door is open. I mean that,⟧" she said.
### 032
@a Kerry-Ann Doherty | the 34-year-old
@b Mick Fenwick | a former international who now coaches Harlow Vale
@c Jodie Pryce | The Harlow Vale captain
@u - | one spectator
Kerry-Ann Doherty has been sworn at, spat at and, on one memorable afternoon in Leigh, chased to her car by a man in a rabbit costume. She has refereed men's amateur rugby league for nine years and says she would not do anything else.
“⟦d:a|The rabbit was the mascot. He'd had a few. He apologised the next week with a box of Roses, so we're fine now,⟧” the 34-year-old said.
Doherty, a PE teacher during the week, will this season become the first woman to referee in the National Community League's top division.
Mick Fenwick, a former international who now coaches Harlow Vale, admits the reaction from some clubs was not what it should have been.
“⟦d:b|There were a couple of lads on my committee who had something to say about it. I told them: watch her for one game, and if you still want to say it, say it to me,⟧” he said. “⟦d:b|Nobody said anything.⟧”
The Harlow Vale captain, Jodie Pryce, who plays in the women's Super League, has known Doherty since school. “⟦d:c|She was refereeing our arguments at fourteen,⟧” Pryce said. “⟦d:c|She was stricter then, to be honest.⟧”
At a match in Wigan last weekend one spectator could be heard shouting “⟦d:u|Get your eyes tested, love!⟧” after a forward pass was called.
Doherty heard it. She always does. “⟦d:a|My eyes are fine,⟧” she said afterwards. “⟦d:a|It was forward by a yard. He knows it was forward. His wife knows it was forward.⟧”
### 033
@a Harrowgate Valley Hospitals Trust | -
@b Tom Eccleston | a junior doctor in the emergency department
@c Nasreen Qureshi | the hospital's director of medical education
@s - | A hospital spokeswoman
According to figures seen by the Valley Gazette, one in five shifts for junior doctors at Harrowgate Royal Infirmary last month was left unfilled.
The trust said patient safety had not been compromised. "⟦d:a|Where gaps occur, senior clinicians step in and we use agency staff,⟧" Harrowgate Valley Hospitals Trust said.
Tom Eccleston, a junior doctor in the emergency department, said he had worked four 13-hour shifts in a row in March. "⟦d:b|On the last one I caught myself reading the same blood result three times. That's when mistakes happen,⟧" he told the Gazette.
Dr Nasreen Qureshi, the hospital's director of medical education, acknowledged the pressure. "⟦d:c|We are training more doctors than ever and keeping fewer of them. They go to Australia, and honestly, I understand why,⟧" she said.
A hospital spokeswoman later said the figures included shifts that had been "⟦p:s|filled at short notice⟧" and so overstated the problem.
Dr Eccleston said he loved the job but was not sure how long he could do it. "⟦d:b|Ask me in a year,⟧" he said.
### 034
@a Yuki Tanabe-Morrison | -
@b Ewan Morrison | her husband
@c Fiona Lau | the gallery's curator
The bowls in Yuki Tanabe-Morrison's new show at the Kirkhaven Gallery look as if they have been dug up rather than made. Rims are chipped on purpose; glazes run and pool and crack.
The exhibition is called «⟦s:-|Kintsugi for Beginners⟧», which is a joke: nothing here has been mended with gold, and almost everything looks as if it would like to be.
«⟦d:a|Watashi wa kowareta mono ga suki desu⟧», Tanabe-Morrison said when I visited her studio on the edge of Kirkhaven — «⟦d:a|I like broken things⟧». She grew up in Kanazawa and came to Scotland 20 years ago to study at the art school, where she met her husband, Ewan Morrison, who now builds boats in the shed next door.
«⟦d:b|She'll spend a week on a bowl and then drop it on purpose,⟧» Morrison said. «⟦d:b|The first time I saw her do it I thought she'd had a breakdown.⟧»
Tanabe-Morrison laughed. «⟦d:a|Only a small one,⟧» she said.
Fiona Lau, the gallery's curator, said the show had already sold more than half its pieces. «⟦d:c|People are tired of perfect things. They want something that looks like it has lived a bit,⟧» she said.
The best work is a row of twelve tea bowls fired in a wood kiln on the shore, each one scorched differently by the wind. It is the kind of show you leave holding your own coffee cup more carefully.
Until 30 November.
### 035
@a Cyril Entwistle | the umpire whose raised finger ended more careers in the Pennine League than injury ever did
@b Barry Hindle | a former Accrington opening batsman
@c Pennine Cricket League | -
@d Jean | His widow
Cyril Entwistle, the umpire whose raised finger ended more careers in the Pennine League than injury ever did, has died at the age of 91.
He stood in more than 1,200 league matches between 1961 and 2004 and was famous for giving batsmen out with a slow, almost apologetic lift of the hand. He once said he gave nobody out "⟦p:a|without feeling a bit sorry for them⟧".
Barry Hindle, a former Accrington opening batsman, said he was given out leg before by Entwistle "⟦p:b|at least thirty times⟧". "⟦d:b|He was never wrong. That was the annoying thing. You'd walk off fuming and by the time you'd got your pads off you knew he'd been right,⟧" he said.
The Pennine Cricket League said flags at all its grounds would fly at half-mast on Saturday. "⟦d:c|Cyril was the conscience of this league for forty years,⟧" it said in a statement.
His widow, Jean, said he had watched cricket on television until the last week of his life and had shouted at the screen "⟦p:d|most of the time⟧".
"⟦d:d:m|He couldn't bear the technology. He'd say, 'They've got six cameras and they still need four minutes.'⟧
"⟦d:d|He always said he'd have done it in four seconds.⟧"
Asked in 2004, on the day he retired, whether he had ever made a mistake, Entwistle thought for a long time. "⟦d:a|Once,⟧" he said. "⟦d:a|Nineteen seventy-three. I'm not saying who.⟧"
### 036
@a Priyanka Sohal | -
@b Megan Rowlands | Her friend
@c Esther Adebayo-Clarke | the school's head of sixth form
@d Chloe | Megan's twin sister
There were screams, hugs and one dropped phone in the hall at Ravensworth High School on Thursday morning as 190 students opened their A-level results.
Priyanka Sohal, 18, got three A*s and a place to study medicine at Edinburgh. "⟦d:a|I've opened it four times to check it's still the same,⟧" she said. "⟦d:a|My mum's crying in the car park. She's not allowed in because she'd embarrass me.⟧"
Her friend Megan Rowlands was less sure of her plans. She missed her offer for law by one grade and spent the morning on the phone to universities.
"⟦d:b|It's fine. It's actually fine. I've got two offers through clearing already and one of them has a better nightlife,⟧" she said.
Megan's twin sister, Chloe, who is taking a gap year to work on a farm in New Zealand, stood beside her holding a cardboard sign that read "⟦s:-|PROUD OF YOU ANYWAY⟧".
"⟦d:d|She was always the clever one,⟧" Chloe said. "⟦d:d|I'm the one who's going to see a kiwi.⟧"
Esther Adebayo-Clarke, the school's head of sixth form, said the results were the school's best in a decade. "⟦d:c|These young people did their GCSEs in a pandemic. What they've done since deserves enormous credit,⟧" she said.
Priyanka was asked what she would do to celebrate. She thought about it. "⟦d:a|Sleep,⟧" she said, "⟦d:a|and then probably start reading about anatomy, because I'm that kind of person.⟧"
### 037
@a Rob Hartigan | -
@b Animal and Plant Health Agency | -
@c Christine Oduya | the UK's deputy chief veterinary officer
@u - | One neighbouring farmer
All 32,000 hens on a free-range farm near Swaffield are to be culled after a case of bird flu was confirmed on Tuesday.
Rob Hartigan, who keeps the flock with his brother, found the first dead birds on Sunday morning. "⟦d:a|You know straight away. You hope you're wrong, but you know,⟧" he said.
The Animal and Plant Health Agency has set up a three-kilometre protection zone around the site. "⟦d:b|The risk to public health from this strain remains very low,⟧" the agency said.
Christine Oduya, the UK's deputy chief veterinary officer, urged keepers to "⟦p:c|remain vigilant and house their birds⟧". "⟦d:c|We are seeing cases earlier in the season than in any year on record,⟧" she said.
One neighbouring farmer said he had brought his ducks into the barn and would not be letting them out "⟦p:u|until spring at the earliest⟧".
Mr Hartigan said the farm would restock, eventually. "⟦d:a:m|My grandad kept hens on this land. My dad kept hens on this land.⟧
"⟦d:a|I'm not going to be the one who stops.⟧"
### 038
@a Sam Okoro | -
@b Dominic Hartley-Webb | -
@c Wealdbridge Brewing Co | -
Two friends who started brewing beer in a garden shed in Wealdbridge have raised £400,000 from more than 1,200 small investors in a crowdfunding campaign that closed on Sunday.
Sam Okoro and Dominic Hartley-Webb met at school and started the business in 2018, after Sam was made redundant from a job in insurance. He had, he says, "⟦p:a|a garden, a redundancy cheque and absolutely no plan⟧".
Dominic was the one with the plan. He was a chemistry teacher at the time and kept a notebook of every brew, including the disasters.
"⟦d:b|Brew number nine exploded. Brew number fourteen tasted of feet. We still talk about fourteen,⟧" he said. "⟦d:b|Sam liked it. That tells you everything about Sam.⟧"
Sam denies this. "⟦d:a|I said it was interesting,⟧" he said. "⟦d:a|Interesting is not the same as liking.⟧"
The money will pay for a 20-barrel brewhouse in a former dairy on the Wealdbridge industrial estate and create eight jobs. Wealdbridge Brewing Co said in a message to investors: "⟦d:c|Every one of you is now a part-owner of a brewery. Please don't all turn up on the same day.⟧"
Dominic said the pair would still brew one batch a year in the shed. "⟦d:b|For luck,⟧" he said. "⟦d:b|And to remind us where the money went.⟧"
### 039
@a Geraldine Akpan | Senior coroner
@b Amelia Hurst | Her mother
@c Larkspur Valley Water | -
A 24-year-old woman who drowned in a flooded reservoir overflow channel near Kestrel Bridge died as a result of misadventure, an inquest has found.
Hannah Hurst, a trainee accountant, was swept into the channel while walking her dog in February after a footpath gave way.
Senior coroner Geraldine Akpan said warning signs at the site had been "⟦p:a|inadequate and, in one place, illegible⟧". She said she would write a report to prevent future deaths to the water company that owns the land.
"⟦d:a|Hannah did nothing wrong. She was walking on a public footpath that she had every reason to believe was safe,⟧" the coroner said.
In a statement read outside the court, her mother, Amelia Hurst, said: "⟦d:b|Hannah was funny and stubborn and kind, and she should be planning her wedding now. We hope nobody else's daughter walks down that path and doesn't come home.⟧"
Larkspur Valley Water said it had closed the path, installed new fencing and was reviewing safety at all of its sites. "⟦d:c|Our thoughts remain with Hannah's family,⟧" the company said.
### 040
@a Brenda Lomax | -
@b Pat Gledhill | -
@c Shirley Ahmed | -
@d Denholme Garments | -
In the summer of 1976, 140 women walked out of the Denholme Garments factory in Batley Carr over equal pay and stayed out for eleven weeks. A new exhibition at Batley Carr library tells their story in their own words. Three of them spoke to us.
Brenda Lomax was 19 and a machinist on the collars line.
"⟦d:a:m|We were on sixty per cent of what the men on cutting got. Sixty. And the cutters had a tea break that was longer than ours.⟧
"⟦d:a|I didn't think of myself as political. I thought of myself as somebody who could add up.⟧"
Pat Gledhill was the shop steward, and at 34 one of the oldest of the strikers. She still has the minute book.
"⟦d:b|The management said we'd be back in a week. We wrote that down. Every week after that we wrote down the number of weeks. It got to be a bit of a joke,⟧" she said.
Shirley Ahmed had started at the factory only six weeks earlier. Her husband told her she was mad to join the strike; her mother told her she would be mad not to.
"⟦d:c|I listened to my mother,⟧" she said. "⟦d:c|I usually did, in the end.⟧"
The company, in a letter to every striker in August 1976 that Pat kept, wrote that it was "⟦p:d|not in a position to meet demands which would threaten the viability of the business⟧". Three weeks later, it did.
Brenda, now 68, came to the exhibition opening with her granddaughter. "⟦d:a|She asked me if we won,⟧" she said. "⟦d:a|I said, 'Mostly, love.'⟧"
### 041
@a Alun Griffiths-Rees | the Welsh Government's transport secretary
@b Marianne Okafor-Jones | the project's lead engineer
@c Dennis Rowe | -
@u - | one taxi driver
The new Afon Llwyd bridge opened to traffic on Saturday, ending a 12-mile detour that has cost drivers in Porthcawdd an extra half-hour on every trip since the old bridge was condemned in 2021.
Alun Griffiths-Rees, the Welsh Government's transport secretary, cut the ribbon. ``⟦d:a|This has taken longer than anyone wanted, and I'm sorry for that. But it's here, and it will be here for a hundred years,⟧'' he said.
Marianne Okafor-Jones, the project's lead engineer, said the river had not made it easy. ``⟦d:b|We found a medieval fish trap where the north pier was supposed to go. We had to move the pier and redesign the whole span. Archaeology doesn't tend to fit in a programme,⟧'' she said.
Dennis Rowe has run the newsagent in Porthcawdd for 30 years and said trade had fallen by a third during the closure. ``⟦d:c|People just stopped coming over. It'll take a while to get them back, but today's a good day,⟧'' he said.
``⟦d:u|About time,⟧'' one taxi driver shouted from his window as he crossed.
### 042
@a Gary Pengelly | the coxswain
@b Tasha Nance | the crew's newest member
@c Lowenna Cove Lifeboat | -
@d Derek Pascoe | one of the two sailors
The pagers go off at 3.12am. By 3.19, the Lowenna Cove all-weather lifeboat is sliding down the slipway with six volunteers aboard, one of whom was asleep in a caravan half a mile away eight minutes earlier.
Gary Pengelly, the coxswain, has done this for 23 years. He is a plumber the rest of the time. "⟦d:a|My customers know. If I'm under your sink and the pager goes, you'll be finishing it yourself,⟧" he said.
Tonight it is a yacht with a fouled propeller, drifting towards the Manacle rocks with two retired teachers from Bristol aboard. It takes 40 minutes to reach them and another two hours to tow them home.
Tasha Nance, the crew's newest member, is 21 and works in the bakery on the harbour. This is her sixth shout.
"⟦d:b|The first one, I was sick twice. Tonight, only once. That's progress,⟧" she said, grinning, back in the boathouse at dawn.
Gary rates her. "⟦d:a|She's got a good head. She doesn't panic and she doesn't show off, which is rarer than you'd think,⟧" the coxswain said.
Derek Pascoe, one of the two sailors, shook every crew member's hand twice. "⟦d:d|We did everything right and still got it wrong,⟧" he said. "⟦d:d|I'm putting a hundred quid in that collection tin and I'm never telling my wife what happened.⟧"
Lowenna Cove Lifeboat posted a photograph of the tow on social media at 7am. "⟦d:c|Another early one. Kettle's on,⟧" it read.
### 043
@a Fiona McAllister | -
@b Callum Reid | the Conservative candidate and a retired police officer
@c Ibrahim Sesay | a GP in Alyth standing as an independent
@u - | one woman
About 90 people packed into Strathmore village hall on Wednesday night for the only hustings before next month's by-election for the Glenisla ward. Three candidates took part.
The first question, from a farmer at the back, was about potholes. Fiona McAllister, standing for the Scottish Liberal Democrats, said she had counted 41 on the road between Kirkton and the school. "⟦d:a|I drove it with a clipboard. My husband held the clipboard. He's not speaking to me,⟧" she said.
Callum Reid, the Conservative candidate and a retired police officer, promised a "⟦p:b|zero tolerance⟧" approach to road repairs. He was asked by one woman what that meant in practice.
"⟦d:u|Do you fine the potholes?⟧" she asked, to laughter.
"⟦d:b|I'd fine the council, if I could,⟧" Mr Reid replied.
Ibrahim Sesay, a GP in Alyth standing as an independent, said the bigger issue was the loss of the village's only pharmacy. "⟦d:c|People are driving forty minutes for a prescription. Potholes are the road. Pharmacy is what's at the end of it,⟧" he said.
Asked by another whether he could do the job alongside his practice, he said: "⟦d:c|I'll go down to three days a week. I've already told my partners. They've already started arguing over my room.⟧"
The by-election takes place on 14 March.
### 044
@a Giuseppina Valente | -
@b Marco | her grandson
@c Morag Dunbar | -
The queue outside Valente's on Portobello promenade starts forming at about eleven on a sunny Saturday, and by two it reaches the bandstand. Inside, Giuseppina Valente, 86, is sitting on a stool behind the counter, watching.
She no longer makes the ice cream herself. Her grandson Marco does that, at five every morning, to a recipe her father brought from Picinisco in 1931.
Asked how his compares with hers, she does not hesitate. “⟦d:a|La mia era più buona,⟧” she says, and then, for the visitor's benefit: “⟦d:a|Mine was better.⟧”
Marco, 33, has heard this before. “⟦d:b|She says that every day. She also eats two cones of mine every afternoon, so draw your own conclusions,⟧” he said.
The family have run the shop since 1948, apart from a spell during the war when her father was interned on the Isle of Man as an enemy alien. Giuseppina was six at the time.
“⟦d:a:m|My mother kept the shop open. She sold tea and scones because there was no sugar for ice cream.⟧
“⟦d:a|People were kind, mostly. Some of them were not. We remember both.⟧”
Morag Dunbar, 74, has been coming to Valente's since she was a child and now brings her great-grandchildren. “⟦d:c|It's the one thing on this promenade that's never changed. Thank God,⟧” she said.
Marco says he has no plans to add new flavours. Then he admits there is a salted caramel in the freezer that his grandmother has not yet been told about.
“⟦d:b|Don't put that in the paper,⟧” he said.
### 045
@a Kirsty Malone | Detective Sergeant
@b Northshire Police | -
@c Janet Ferris | Mr Ferris's sister
@u - | A neighbour who did not want to be named
Police have renewed an appeal for witnesses after a 68-year-old man was seriously injured in what they believe was a deliberate hit-and-run in Hexley on Friday night.
Trevor Ferris, a retired postman, was struck by a dark-coloured hatchback on Canal Road at about 10.40pm as he walked home from the Navigation Inn. He remains in a critical condition.
Detective Sergeant Kirsty Malone said the car had mounted the pavement. "⟦d:a|This was not an accident. The driver had every opportunity to stop, and chose not to,⟧" she said. "⟦d:a|Somebody knows who was driving that car.⟧"
Northshire Police said it was particularly keen to hear from taxi drivers or anyone with dashcam footage. "⟦d:b|Even a few seconds of footage could be vital,⟧" the force said.
Mr Ferris's sister, Janet Ferris, said the family were "⟦p:c|numb⟧". "⟦d:c|Trevor has walked that road every Friday for twenty years. He'd have a pint, he'd have a chat, he'd walk home. That's it. That's his life,⟧" she said.
A neighbour who did not want to be named said cars regularly raced along Canal Road late at night. "⟦d:u|It's like a racetrack after eleven. We've complained and complained,⟧" she said.
Anyone with information should call 101, quoting incident 1147.
### 046
@a J.P. Mulcahy | the country doctor who served the parish of Kilbrack for 47 years
@b Nora Tierney | the practice nurse who worked alongside him for three decades
@c Declan | His son
@d Kilbrack GAA Club | -
Dr J.P. Mulcahy, the country doctor who served the parish of Kilbrack for 47 years, has died at his home there aged 90.
Known to everyone as the Doc, he delivered, by his own estimate, "⟦p:a|somewhere north of eight hundred⟧" babies, many of them on farmhouse kitchen tables, and attended the deaths of many of their grandparents.
He made house calls until he was 80, in a succession of Volvos that never seemed to be washed. Asked once why he kept working so long, he said: "⟦d:a|Because they keep getting sick. When they stop, I'll stop.⟧"
Nora Tierney, the practice nurse who worked alongside him for three decades, said he had "⟦p:b|no bedside manner at all, and the best bedside manner in Ireland⟧".
"⟦d:b:m|He'd tell a man straight out he was eating himself into the grave. Then he'd sit for an hour with the same man's widow.⟧
"⟦d:b|People forgave him the first because of the second.⟧"
His son Declan, who is also a GP, now in Limerick, said his father had tried and failed to retire three times. "⟦d:c|Mam used to hide his bag. He'd find it,⟧" he said.
Kilbrack GAA Club, of which he was team doctor for 40 years and president for ten, said: "⟦d:d|The Doc patched up half this parish on a Sunday afternoon and never sent a bill. The club will not see his like again.⟧"
He is survived by his wife, Maura, four children and eleven grandchildren.
### 047
@a Linda Okeke | -
@b Hawthorn Care Group | -
@c Dorothy Blythe | -
@d Sheila Marr | her daughter
Relatives of residents at the Laurels care home in Brindley Heath have been given eight weeks to find new places for their loved ones after its owners announced it would close.
Linda Okeke, whose 91-year-old father has lived at the Laurels since 2020, said families were told at a meeting on Monday evening that lasted fifteen minutes. "⟦d:a|There were no questions allowed. They read from a piece of paper and left,⟧" she said.
Hawthorn Care Group, which owns the home, wrote to families that the building "⟦p:b|no longer meets modern standards⟧" and that the cost of bringing it up to date was "⟦p:b|prohibitive⟧".
"⟦d:b|We understand how distressing this news is and our staff will support every resident and family through the move,⟧" the group said.
Dorothy Blythe, 96, has lived at the Laurels for seven years and has outlived three of the home's managers. "⟦d:c|I came here to die, and they've beaten me to it,⟧" she said, to laughter from the other residents in the lounge.
Her daughter Sheila Marr was less amused. "⟦d:d|Mum's settled. She knows the staff, she knows where the biscuits are. Moving her at ninety-six could finish her,⟧" she said.
Brindley Heath's county councillor has called for an urgent meeting with the company.
### 048
@a Ailsa Munro | -
@b Kezia Lamb | -
@c Rab Cowie | -
It has taken Ailsa Munro and Kezia Lamb eight years to follow up their debut, and “⟦s:-|Hollow Hill⟧” sounds like every one of those years was spent walking. These are songs about roads, cairns, shielings and the people who left them.
Munro, the fiddler, writes most of the tunes. Lamb, who sings and plays a battered tenor guitar, writes the words. They met at a ceilidh in Aviemore in 2009, when both were booked to play and neither had been told about the other.
“⟦d:a|We were furious with each other for about an hour. Then we played a set together and that was that,⟧” Munro said when I met the pair in a café in Inverness.
Lamb rolled her eyes. “⟦d:b|Forty minutes. She always says an hour. It was forty minutes,⟧” she said.
The standout is “⟦s:-|The Last Shieling⟧”, a seven-minute ballad about a woman who stays in a glen after everyone else has gone. Lamb said it was written for her grandmother.
“⟦d:b:m|Granny lived on her own in Glen Feshie until she was ninety-two. Everybody begged her to move.⟧
“⟦d:b|She said the hill was better company than any of us. She was probably right.⟧”
Rab Cowie, who produced the record in his converted byre near Tomintoul, kept the sound deliberately bare. “⟦d:c|Those two in a room are enough. My job was mostly to stop them overdubbing things,⟧” he said.
Not everything lands — a jaunty instrumental in the middle feels like it has wandered in from a different album — but the best of “⟦s:-|Hollow Hill⟧” is as good as anything Scottish folk has produced this decade.
Munro said they hoped not to wait another eight years. “⟦d:a|Kezia says five,⟧” she said. “⟦d:a|I say three. We'll meet in the middle and it'll take eight.⟧”
### 049
@a Sandra Obi-Whitfield | the school's cook
@b Tyler | -
@c Martin Greenhalgh | the headteacher
@d Tameside Schools Catering | -
At 7.30am, while the rest of Oakbank Primary is still dark, Sandra Obi-Whitfield, the school's cook, is already chopping 15kg of carrots.
“⟦d:a|Carrots are easy. You can hide carrots in anything. Broccoli's a war,⟧” she says.
She has cooked for the school for 19 years and can name most of the 320 children, along with what each of them will and will not eat. The list in her head is, she says, “⟦p:a|longer than the Bible⟧”.
By 11.45 the first sitting is queuing. Tyler, nine, asks if there is any more of yesterday's pie. There is not.
“⟦d:b|Sandra's pie is the best thing about school,⟧” Tyler said. Asked what the second-best thing was, he thought hard. “⟦d:b|Sandra's crumble.⟧”
Martin Greenhalgh, the headteacher, said she had turned school dinners from something children endured into something they talked about. “⟦d:c|Take-up has gone from about half the school to nearly nine in ten. That's not the menu. That's her,⟧” he said.
The budget is £1.47 a child a meal. Tameside Schools Catering, which employs her, said it was “⟦p:d|extremely proud⟧” of its cooks and was reviewing the funding rate. “⟦d:d|We know our staff work miracles on tight budgets,⟧” it said.
At 1.30pm, with the last tray washed, Sandra sits down for the first time. “⟦d:a|Ten minutes,⟧” she says. “⟦d:a|Then it's tomorrow's onions.⟧”
### 050
@a Owain Bebb | the county chairman of the Farmers' Union of Wales
@b Carys Lewis | a beef farmer from Tregaron
@c Powys and Ceredigion Council | -
@d Huw Roderick | the council's deputy leader
More than 200 tractors blocked the roads around the council offices in Aberteifi on Monday as farmers protested against plans to sell off county-owned starter farms.
Drivers sounded their horns in unison at noon while protesters chanted "⟦s:-|No farms, no food⟧" and held placards reading "⟦s:-|OUR LAND, OUR FUTURE⟧".
Owain Bebb, the county chairman of the Farmers' Union of Wales, addressed the crowd from the back of a trailer. "⟦d:a|These farms are how a young person without a rich father gets into farming. Sell them and you shut the door for good,⟧" he said.
Carys Lewis, a beef farmer from Tregaron, started on a council farm in 2008 at the age of 23 and now owns 180 acres. "⟦d:b|I would not be farming without that tenancy. Not a chance,⟧" she said. "⟦d:b|My kids have asked me why the council wants to take the ladder away. I couldn't tell them.⟧"
Powys and Ceredigion Council said the sale was needed to fund social care. "⟦d:c|No decision has yet been taken, and we will listen carefully to all views,⟧" the council said in a statement.
Huw Roderick, the council's deputy leader, came out to speak to protesters. He was greeted with boos. "⟦d:d|I understand the anger. I'm from a farming family myself,⟧" he said. "⟦d:d|But I also have a duty to the 4,000 people waiting for care in this county.⟧"
"⟦d:-|Sell your own farm, then!⟧" somebody shouted.
Mr Bebb said the union would return in greater numbers if the plans went ahead.
### 051
@a Barbara Kowalczyk | Its founder
@b Denise | -
@c Tina | Denise's daughter
@d Jean Pritchard | -
Curl Up and Dye, the hair salon on Lichfield Road in Stowford, celebrates its 50th birthday this week. Its founder, Barbara Kowalczyk, 78, still comes in on Thursdays.
"⟦d:a|The name was my husband's idea. I wanted something elegant. He said elegant wouldn't get people through the door, and he was right, which I've never forgiven him for,⟧" she said.
The salon is now run by Denise, who joined as a junior in 1981 and never left, and Denise's daughter Tina, who started sweeping up there at the age of 12.
"⟦d:b|Barbara taught me everything, including how to say 'it'll grow back' with a straight face,⟧" Denise said.
"⟦d:c|She still says it,⟧" said Tina. "⟦d:c|It still doesn't always grow back.⟧"
Jean Pritchard, 88, has had her hair set at the salon every Friday since 1975 and missed only a handful of appointments, including, she says, "⟦p:d|one for my gallbladder and one for my husband's funeral⟧".
"⟦d:d|I'd have come to that one too, but the family said it would look bad,⟧" she said.
Barbara said she had no intention of fully retiring. "⟦d:a|What would I do at home? Talk to the cat?⟧" she said. "⟦d:a|The cat doesn't tell me any gossip.⟧"
### 052
@a Oluwaseun Adeyemi-Brooks | a consultant paediatric surgeon at the Royal Wendover Children's Hospital
@b Kelly Marsden | His mother
@c Royal Wendover Children's Hospital | -
@d Jake | His father
A four-year-old boy from Cleethorpe has become the first child in the region to receive a new type of keyhole surgery for a rare bowel condition, sparing him a six-hour open operation.
Alfie Marsden was born with Hirschsprung's disease and had spent much of his short life in and out of hospital.
Mr Oluwaseun Adeyemi-Brooks, a consultant paediatric surgeon at the Royal Wendover Children's Hospital, led the 90-minute procedure in April. "⟦d:a|Alfie was eating toast the next morning. With the old operation he'd have been in intensive care,⟧" he said.
His mother, Kelly Marsden, said she had cried when she saw him sitting up in bed. "⟦d:b|He asked for a fish finger sandwich. I said, 'Not yet, mate,' and he looked at me like I'd betrayed him,⟧" she said.
His father, Jake, said the family had been preparing themselves for weeks of recovery. "⟦d:d|We'd booked time off work. We'd sorted out the dog. And then he was home in four days,⟧" he said.
The Royal Wendover Children's Hospital said it hoped to offer the technique to about 30 children a year. "⟦d:c|This is a significant step forward for children with this condition and their families,⟧" the hospital said.
Mr Adeyemi-Brooks said the credit belonged to the whole team. "⟦d:a|I get my name in the paper,⟧" he said. "⟦d:a|The anaesthetist, the nurses and the theatre staff are the reason it worked.⟧"
### 053
@a Aroha Ngata-Williams | the Whanganui-a-Tara district mayor
@b Hemi Tautahi | a spokesman for the local hapū
@c Regional Roading Agency | -
@d Pauline Dyer | -
The only road into Makarewa reopened on Thursday, seven weeks after a landslip cut the settlement of 400 people off from the rest of the district.
Aroha Ngata-Williams, the Whanganui-a-Tara district mayor, drove the first car across the repaired section to applause from residents lining the road. “⟦d:a|Kia kaha, Makarewa,⟧” she told them — “⟦d:a|Stay strong, Makarewa⟧”. Then, to laughter: “⟦d:a|And thank you for your patience, which I know ran out some weeks ago.⟧”
Hemi Tautahi, a spokesman for the local hapū, said the community had looked after itself. “⟦d:b|When the road went, the marae fed everyone. Nobody in this valley went hungry, and nobody waited for permission,⟧” he said.
The Regional Roading Agency said the repair had been delayed by further rain in August. “⟦d:c|We appreciate this has been a very difficult period for residents,⟧” it said in a statement, adding that a long-term fix would take “⟦p:c|at least two years⟧”.
Pauline Dyer, who runs the Makarewa general store, said she had sold out of bread every day for seven weeks. “⟦d:d|I've been running a supermarket out of a shop the size of a garage. I'm going to sleep for a week,⟧” she said.
### 054
@a Gwen Hartnell | -
@b Rosemary Clegg | -
@c Abena Mensah | -
@d Shelby Vale NHS Trust | -
The Grange maternity home in Shelby closed in 1989. More than 30,000 babies were born there in its 52 years. This summer, the women who worked there met again for the first time in three decades, and some of them told us what it was like.
Gwen Hartnell started as a pupil midwife in 1962, aged 20. She is now 82 and lives in a bungalow two streets from where the Grange used to stand.
“⟦d:a:m|We had a matron called Miss Platt who could hear a baby cry through three walls and a closed door. She'd appear at your elbow before you'd even got up.⟧
“⟦d:a:m|She terrified us. But she never once lost a mother on her watch, and she'd tell you that herself.⟧
“⟦d:a|I think about her every time I hear a baby in a supermarket. Isn't that daft?⟧”
Rosemary Clegg arrived in 1971 and remembers the night of the 1974 power cut, when three babies were delivered by torchlight.
“⟦d:b|The porter held the torch for one of them. He went white as a sheet and then asked if he could be godfather,⟧” she said. “⟦d:b|He was, too.⟧”
Abena Mensah came from Kumasi to train in 1976 and stayed for the rest of her career. She was one of the first black midwives in the town.
“⟦d:c|Some of the mothers didn't want me at first. By the time their second baby came, they were asking for me by name. That was how you won people round in those days, one baby at a time,⟧” she said.
Shelby Vale NHS Trust, which now runs maternity services from the town's general hospital, said it would put up a plaque on the site. “⟦d:d|The Grange is part of the story of this town,⟧” the trust said.
### 055
@a Mair Eluned Hughes | -
@b Post Office | -
@c Gareth Wynne-Jones | the chair of the community council
@d Anwen | a nine-year-old regular
@m - | a man who moved to Canada in 1998
When Mair Eluned Hughes hands over the keys of Llanfihangel post office on Saturday, the village will lose the last counter within eleven miles. She has been postmistress for 34 years and is, she says, "⟦p:a|tired in the legs but not in the head⟧".
The Post Office said it was looking for a new operator and hoped to provide an "⟦p:b|outreach service⟧" two mornings a week in the meantime. "⟦d:b|We are committed to maintaining access to Post Office services in Llanfihangel,⟧" it said.
Mrs Hughes has had letters from customers all week. One, from a man who moved to Canada in 1998, is pinned behind the counter. He wrote that she had once lent him the money for a stamp "⟦p:m|and never asked for it back⟧".
"⟦d:a|I did ask,⟧" she said. "⟦d:a|He's just forgotten. It was twenty-six pence and I'm still waiting.⟧"
Gareth Wynne-Jones, the chair of the community council, said the village was "⟦p:c|losing far more than a counter⟧". "⟦d:c|Mair knows when somebody's pension hasn't been collected. She knows who's not been seen. You can't replace that with a van,⟧" he said.
Anwen, a nine-year-old regular, brought a card signed by her whole class. "⟦d:d|She gives you a sweet if you post a letter properly,⟧" Anwen said. "⟦d:d|Properly means stamp in the right corner.⟧"
### 056
@a Natalie Sherwood | the 34-year-old
@g - | Parents at Fernside Academy
@b Fernside Academy | -
@c Rachel Umeh | the MP for Fernside and Ashwell
@d Gavin Cole | the academy trust's chief executive
Parents at Fernside Academy have accused the school of "⟦p:g|profiteering⟧" after it introduced a compulsory branded blazer, tie, jumper and PE kit costing more than £180.
Natalie Sherwood has three children at the school. "⟦d:a|That's over five hundred pounds before they've even got shoes on their feet. In September. The same month as the gas bill,⟧" the 34-year-old said.
Fernside Academy said the uniform was introduced after a consultation with parents last year and was designed to "⟦p:b|last longer and look smarter⟧". "⟦d:b|A second-hand uniform shop will open in the school library from October,⟧" it added.
Rachel Umeh, the MP for Fernside and Ashwell, wrote on X that she had received "⟦p:c|dozens of messages⟧" from worried families. "⟦d:c|Schools should not be adding to pressure on household budgets. I have written to the trust asking it to think again,⟧" she posted.
Gavin Cole, the academy trust's chief executive, said families on free school meals would receive a grant towards the cost. "⟦d:d|Nobody will be excluded from school because of a blazer. That's a promise,⟧" he said.
Mrs Sherwood was unimpressed. "⟦d:a|I don't get free school meals. I work two jobs. People like me never get the grant,⟧" she said.
### 057
@a Rosalind Achebe-Thorne | Judge
@t - | a careers teacher
@b Desmond Fairweather | a defence barrister who has appeared before her for two decades
@c Bar Council of the Northern Circuit | -
Her Honour Judge Rosalind Achebe-Thorne KC is not, she insists, a sentimental person. But she admits she has kept every letter a defendant has ever sent her.
“⟦d:a|There are forty-one of them. Most say thank you. Two are very rude, and I kept those too, for balance,⟧” she said in her chambers, surrounded by half-packed boxes.
Judge Achebe-Thorne, 70, retires this week after 22 years on the bench at Merecastle Crown Court. She was the first black woman appointed to the circuit bench in the north of England.
She grew up above her parents' grocery shop in Moss Side and was told by a careers teacher that law was “⟦p:t|not really for girls like you⟧”.
“⟦d:a|I think about that woman quite often,⟧” the judge said. “⟦d:a|I'd like to thank her. Nothing motivates a fifteen-year-old like being underestimated.⟧”
Desmond Fairweather, a defence barrister who has appeared before her for two decades, said she was “⟦p:b|scrupulously fair and utterly unbluffable⟧”. “⟦d:b|You could not get anything past her. I tried for twenty years and I've stopped being embarrassed about it,⟧” he said.
The Bar Council of the Northern Circuit said in a tribute that she had “⟦p:c|changed what a judge looks like in this region⟧”.
Asked what she would do next, she said she planned to learn the cello. “⟦d:a|Badly,⟧” she added. “⟦d:a|For once in my life, I intend to do something badly and enjoy it.⟧”
### 058
@a Ted Marwood | Judge
@b Libby Crane | -
@c Harwick and District Agricultural Society | -
@d Ollie Crane | her brother
About 25,000 people passed through the gates of the Harwick Show on Saturday, according to organisers, the biggest crowd since 2019.
The supreme champion in the heavy horse classes was Kingsfold Duchess, a seven-year-old Shire mare owned by Libby Crane, 23, from Ashby Parva. Judge Ted Marwood called the mare “⟦p:a|as near to perfect as I've seen in thirty years⟧”.
“⟦d:a|Beautiful feet, a lovely eye, and she moves like she owns the ring,⟧” Mr Marwood said. “⟦d:a|Which, today, she did.⟧”
Libby, who bred the mare herself, was in tears. “⟦d:b|My granddad showed Shires here in the Sixties. He'd have been unbearable about this. I'm going to be unbearable about it too,⟧” she said.
Her brother, Ollie Crane, who was in charge of plaiting the mare's mane at 5am, said he had been promised a share of the prize money. “⟦d:d|Fifty pounds. I've been told I'm getting a tenner. I'm taking it to a tribunal,⟧” he said.
The Harwick and District Agricultural Society said it was “⟦p:c|delighted⟧” by the turnout. “⟦d:c|After a few difficult years, it's wonderful to see the showground full again,⟧” the society said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh35.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh35",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
