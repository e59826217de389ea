# ruff: noqa: E501
"""Build ``quotes_fresh28.jsonl``: a twenty-eighth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The set is meant to be evaluated
once, as an honest measure on unseen text. Its focus is magazine features, profiles and
long-form interviews (several speakers of the same gender in turn, first-name
references, quotes running over several paragraphs), with some short news items for
contrast.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh28-NNN``.

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

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh28.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh28.jsonl")

PASSAGES = """
### 001
@ros Rosalind Achterberg | -
@mar Margit | the middle sister
@ils Ilse | the youngest
At ten past four on a Tuesday morning, the only lit window on Kettle Lane belongs to Achterberg & Daughters. Inside, Rosalind Achterberg, 58, is folding rye dough with the unhurried rhythm of someone who has done it forty thousand times.
"⟦d:ros|People think baking is about recipes. It's about weather,⟧" she said, nodding at the hygrometer by the proving cabinet. "⟦d:ros|A damp week and the dough drinks less. You learn to listen to it.⟧"
The bakery was opened in 1979 by her father, Joost, a former merchant seaman who, by family legend, learned to make bread from a ship's cook in Gdańsk. When he died in 2016, Rosalind assumed she would sell.
Margit, the middle sister, had other ideas. She left a twenty-year career as a hospital pharmacist to take over the books and, eventually, the sourdough.
"⟦d:mar|I was tired of counting pills. Here I count loaves, and at least you can eat the mistakes,⟧" she said.
Ilse, the youngest, arrived last and least willingly. She had been running a design studio in the city and came back, she said, "⟦p:ils|for one summer, to help with the website⟧". That was six years ago.
"⟦d:ils|The website still isn't finished,⟧" she admitted. "⟦d:ils|Rosalind won't let me photograph anything until it's perfect, and nothing is ever perfect.⟧"
Across the bench, her eldest sister did not look up. "⟦d:ros|The crumb was wrong in every picture. I stand by that.⟧"
They argue, they said, about almost everything: the price of a seeded loaf, whether to open on Sundays, who gets to use the good scraper. Margit keeps a tally on the back of the storeroom door.
"⟦d:mar|We are three very stubborn women in a very small room,⟧" she said. "⟦d:mar|It works because nobody can storm out. The ovens need all of us.⟧"

### 002
@c Harwick Bay Council | -
@m Deirdre Fennimore-Walsh | the council's transport lead
@u - | One councillor
@o Colm Ardagh | a shopkeeper on Inishcarrow
Harwick Bay Council has approved a £1.2m subsidy to keep the winter ferry to Inishcarrow running until 2028, ending months of uncertainty for the island's 340 residents.
The council said the vote, carried by 31 to 9 on Thursday evening, "⟦p:c|secures a lifeline service⟧" while a longer-term contract was negotiated.
"⟦d:m|Nobody on this council was prepared to see the island cut off,⟧" said Cllr Deirdre Fennimore-Walsh, the council's transport lead. "⟦d:m|This buys us time to get the next contract right.⟧"
Opposition members argued the money should have come from the regional transport fund. One councillor described the deal as "⟦p:u|a sticking plaster on a broken leg⟧".
Colm Ardagh, a shopkeeper on Inishcarrow, said residents were relieved but wary. "⟦d:o|We've heard promises before. I'll believe it when the boat's at the pier in January,⟧" he said.

### 003
@n Ngozi Adeyemi-Clarke | a marine ecologist at the Calloway Institute
@r - | one early reviewer
@h Hester Lindqvist | her research partner of eleven years
The first time Dr Ngozi Adeyemi-Clarke saw a seagrass meadow die, she did not recognise what she was looking at.
"⟦d:n:m|It was 2009, off the south spit. I thought the water had gone murky after a storm. We went back a week later and the whole bed was grey, like someone had switched off the colour.⟧
"⟦d:n|I sat in the boat and cried. Then I took samples, because that's what you do.⟧"
Adeyemi-Clarke, a marine ecologist at the Calloway Institute, has spent the fifteen years since trying to bring those meadows back. Her method — harvesting seeds by hand, packing them into hessian bags of sediment and lowering them from kayaks — was dismissed at first as "⟦p:r|gardening, not science⟧", as one early reviewer put it.
Hester Lindqvist, her research partner of eleven years, remembers the mockery. "⟦d:h|People would send us pictures of watering cans. Ngozi framed one of them.⟧"
"⟦d:n|It's on the lab wall,⟧" Ngozi said, laughing. "⟦d:n|Next to the graph.⟧"
The graph shows 140 hectares of restored meadow across four bays, up from a test plot the size of a tennis court. The meadows now store carbon, shelter juvenile cod and, crucially, hold the seabed in place during storms.
Lindqvist, who handles the statistical modelling, is more cautious than her colleague about what the numbers mean. "⟦d:h|We know what's growing. What we don't yet know is whether it lasts fifty years,⟧" she said. "⟦d:h|Ask me in 2060.⟧"
She paused. "⟦d:h|Actually, ask Ngozi. I plan to be retired.⟧"

### 004
@t Tevita Fonua | -
@s Sione | his younger brother
@g Gareth Ellery | the Redmoor head coach
Tevita Fonua, 31, has spent most of his career trying to knock his younger brother Sione over. On Saturday, for the first time, they will pack down in the same Redmoor front row.
"⟦d:t|I've tackled him more times than I've hugged him,⟧" Tevita said after training on Wednesday. "⟦d:t|Mum says that's about right.⟧"
Sione, who signed from Castleford Vale in the close season, is four years younger, two inches taller and, by his own account, the better cook.
"⟦d:s|He'll tell you he taught me everything. He taught me how to lose at cards,⟧" he said.
Gareth Ellery, the Redmoor head coach, said the pairing had been his idea long before the contract was signed. "⟦d:g|You watch them in a scrum and they move like one animal. You can't coach that. It comes from a back garden in Ōtara.⟧"
The brothers grew up in Ōtara, in south Auckland, the sons of a bus driver and a church organist, and came to England on trials within eighteen months of each other.
Asked whether they would room together on away trips, Tevita shook his head. "⟦d:t|Absolutely not. He snores like a leaf blower.⟧"
"⟦d:s|That's a lie,⟧" his brother said. "⟦d:s|It's a much smaller engine than that.⟧"
Ellery was asked about the risk of playing siblings side by side. "⟦d:g|If one gets hurt, the other one's head goes. I know that,⟧" the coach said. "⟦d:g|But I'd rather have that kind of loyalty than not.⟧"

### 005
@c Claire Beaumont-Ndiaye | a ceramicist whose work is in collections from Lyon to Montréal
@l Léonie Ferrand | Her assistant
In a converted tannery on the edge of Saint-Aubin-des-Prés, Claire Beaumont-Ndiaye is breaking plates.
«⟦d:c|Il faut casser pour comprendre⟧», she said, sweeping the shards into a zinc bucket — «⟦d:c|you have to break things to understand them⟧».
Beaumont-Ndiaye, 47, a ceramicist whose work is in collections from Lyon to Montréal, makes vessels from the fragments of other people's crockery: wedding services, café cups, the chipped bowls of closed school canteens.
Her assistant, Léonie Ferrand, logs every donation in a ledger. «⟦d:l|Each plate comes with a story. Somebody's grandmother, somebody's divorce,⟧» she said. «⟦d:l|We write it all down. Claire insists.⟧»
«⟦d:c|The story is the glaze,⟧» the artist said. «⟦d:c|Without it, it's just broken china.⟧»
Her new show, «⟦s:-|Service complet⟧», opens at the Galerie Vautrin in March. It includes a table set for forty, every place made from a single family's plates.
Ferrand, 26, trained as a restorer and admits the work still unsettles her. «⟦d:l|My whole education was about putting things back exactly as they were. Here we do the opposite,⟧» she said. «⟦d:l|Some days I feel like a surgeon who has changed sides.⟧»

### 006
@p Marlow Valley Police | -
@k Hana Kovačević | Detective Chief Inspector
@w - | A neighbour who did not want to be named
Police have appealed for witnesses after a 67-year-old man was seriously injured in what they described as a "⟦p:p|targeted⟧" assault in Brenford on Sunday night.
The man was found on Alder Row shortly before 11pm and remains in a critical condition in hospital, Marlow Valley Police said.
Detective Chief Inspector Hana Kovačević, who is leading the investigation, said officers were keeping an open mind about the motive. "⟦d:k|We believe the victim was known to his attacker. Someone knows who did this, and I would urge them to come forward,⟧" she said.
A neighbour who did not want to be named said she had heard shouting. "⟦d:w|It went on for a minute, maybe two. Then a car door, and nothing.⟧"
Kovačević added: "⟦d:k|There will be a visible police presence in the area over the coming days. Please talk to those officers.⟧"

### 007
@j June Mallinder | its founder
@b Bev Okonjo | a retired midwife
@pr Priya Raman-Holt | The newest member
The Tuesday-night choir at St Ebba's church hall has no auditions, no uniforms and no particular interest in singing in tune.
"⟦d:j|We're not that sort of choir,⟧" said June Mallinder, its founder, who started it in 2014 with four friends and a borrowed keyboard. "⟦d:j|We're the sort where you come because your husband has died and you haven't spoken to anyone all week.⟧"
Bev Okonjo, a retired midwife, joined in 2019, the spring after her husband's stroke. She sits in the front row of the altos and keeps a tin of mints for anyone who coughs.
"⟦d:b:m|I didn't want to come. My daughter drove me here and waited in the car park so I couldn't escape.⟧
"⟦d:b:m|The first week I just mouthed the words. The second week I sang one line. By Christmas I was doing a solo in 'Silent Night', and I can't sing, I want to be clear about that.⟧
"⟦d:b|But nobody cared. That was the point.⟧"
June, 74, says the choir has become something closer to a mutual-aid society. Members drive each other to hospital appointments; a group chat called "⟦s:-|Altos & Allsorts⟧" fields questions about boilers and grandchildren.
"⟦d:j|I counted once. We've had eleven funerals and six weddings,⟧" she said. "⟦d:j|We sang at all of them. Badly.⟧"
The newest member, Priya Raman-Holt, is 29 and joined after moving to the town for work. She was, she said, "⟦p:pr|the only person under sixty for about a year⟧".
"⟦d:pr|It's the best thing I've done since I moved here. Bev keeps trying to set me up with her nephew,⟧" she said.
"⟦d:b|He's a lovely boy,⟧" Bev said from the front row.

### 008
@f Brannock Foods | -
@s - | A spokeswoman for the Food Standards Office
@d Yusuf Karimi | a food safety specialist at the University of Tarrow
Brannock Foods is recalling three batches of its Garden Lentil Dip after tests found traces of peanut, which is not declared on the label.
"⟦d:f|We are sorry for any concern this has caused. Customers should not eat the product and can return it to any store for a full refund,⟧" the company said in a statement.
A spokeswoman for the Food Standards Office said there had been no reports of illness. "⟦d:s|The risk is to people with a peanut allergy. Everyone else can be reassured,⟧" she said.
Dr Yusuf Karimi, a food safety specialist at the University of Tarrow, said such recalls were "⟦p:d|more common than people realise⟧". "⟦d:d|Most of the time it is a shared production line. The question is whether the cleaning between runs was adequate,⟧" he said.

### 009
@e - | my editor
@g - | my grandmother
@r - | One reviewer
Aurelia Mbatha-Quinn's fourth novel, ``⟦s:-|The Salt Orchard⟧'', follows three generations of women on a failing fruit farm in the hills above Carrick Water. She spoke to us from her kitchen table.
Q: The book took nine years. Why so long?
A: Because I wrote it wrong twice. The first version was a thriller, if you can believe that. My editor read it and said, ``⟦d:e|Aurelia, nobody in this book is afraid of anything.⟧'' She was right. Then I wrote it as a memoir and it was worse.
Q: The farm sounds a lot like your grandmother's.
A: It is, loosely. My grandmother grew pears and damsons and hated both. She used to say, ``⟦d:g|A tree is just a debt with leaves on.⟧'' That line is in the book word for word. She'd have wanted a fee.
Q: Some critics found the ending bleak.
A: One reviewer called it ``⟦p:r|a funeral with the lights off⟧''. I had that printed on a mug. I drink my tea out of it every morning.
Q: Is it bleak?
A: I think it's honest. Bleak would be if nobody stayed on the farm. Somebody stays.
Q: What's next?
A: A short book. A very short book. Write that down so my publisher can hold me to it.
``⟦s:-|The Salt Orchard⟧'' is published by Fenwick & Lowe.

### 010
@o Oluwaseun Bakare | a low-temperature physicist
@m Matthias Oberholzer | his former doctoral student
Professor Oluwaseun Bakare keeps a broken vacuum pump on his office windowsill at the University of Dunmere. It is, he says, the most important piece of equipment he has ever owned.
"⟦d:o|It failed at two in the morning in 1998 and ruined six months of work,⟧" he said. "⟦d:o|I sat on the floor of the lab and decided either I quit or I learn to build my own. I learned.⟧"
Bakare, 61, a low-temperature physicist, went on to design the cryogenic trap that made his group's name, and which now sits, in modified form, in about forty laboratories worldwide.
Matthias Oberholzer, his former doctoral student, runs one of them, in Graz. He flew over for the retirement symposium and spent much of it teasing his old supervisor.
"⟦d:m|He used to leave notes on our desks at six in the morning. Not emails. Notes. In green ink,⟧" Oberholzer said. "⟦d:m|We called them the green letters. If you got one, your weekend was over.⟧"
Bakare did not deny it. "⟦d:o|Green is a calm colour,⟧" he said. "⟦d:o|I was trying to be kind.⟧"
The two men still speak most weeks, usually about data, occasionally about football. Oberholzer credits his mentor with teaching him to distrust his own results.
"⟦d:m:m|The first thing he asked about any graph was: what would it look like if you were wrong? Not: is it right?⟧
"⟦d:m|I ask my students the same thing now. They hate it. It works.⟧"
Asked what he would do in retirement, the professor gestured at the windowsill. "⟦d:o|Fix the pump, maybe. It's been twenty-six years. I think I'm ready.⟧"

### 011
@j Anjali Rao-Whitfield | Judge
@a Aled Prys-Morgan | -
@f Moira Fenlon | the daughter of one resident
A former care home manager who stole more than £86,000 from residents has been jailed for three years and four months.
Denise Halloran, 52, of Pell Street, Wexcombe, admitted 14 counts of theft and fraud at Castleton Crown Court in March.
Sentencing her on Friday, Judge Anjali Rao-Whitfield said Halloran had "⟦p:j|exploited the very people she was paid to protect⟧". "⟦d:j|Several of your victims were living with dementia. You chose them because you believed they would not notice,⟧" the judge told her.
Aled Prys-Morgan KC, defending, said his client had been struggling with gambling debts and was "⟦p:a|deeply ashamed⟧". "⟦d:a|She has lost her career, her marriage and her good name,⟧" Mr Prys-Morgan said.
Moira Fenlon, the daughter of one resident, said in a statement read to the court that her mother had died before the thefts were discovered. "⟦d:f|She trusted that woman. She used to save her the good biscuits,⟧" the statement said.

### 012
@r Roisín Ní Bhriain | -
@b Bernadette | Her mother
@t Tanya Okafor | a former Commonwealth silver medallist who took over the club's women's programme in 2015
Roisín Ní Bhriain was eleven when she walked into the Ardnagh Boxing Club looking for the toilets. She stayed for the next sixteen years.
"⟦d:r|I thought it was a community centre. There was a man skipping in the corridor and I just sat down and watched him,⟧" she said. "⟦d:r|My mam came looking for me an hour later.⟧"
Her mother, Bernadette, remembers it differently. "⟦d:b|It was two hours. I had the guards half called,⟧" she said, laughing. "⟦d:b|And she came out of there with a face on her like she'd found religion.⟧"
Now 27, Ní Bhriain fights for a European lightweight title in Rotterdam next month. She trains six days a week under Tanya Okafor, a former Commonwealth silver medallist who took over the club's women's programme in 2015.
"⟦d:t|She's not the most talented girl I've ever had. She's the most annoying, because she never stops asking why,⟧" Okafor said. "⟦d:t|Why this stance, why this combination. Most fighters just do what you tell them. Roisín wants the reason.⟧"
The pair have a ritual before every fight: Okafor wraps her hands, and neither of them speaks.
"⟦d:r|Not one word. Tanya hums. I don't even know what the song is,⟧" Roisín said.
"⟦d:t|It's a hymn my grandmother used to sing,⟧" the trainer said when asked. "⟦d:t|Don't tell her. It'll ruin it.⟧"
Bernadette will travel to Rotterdam, though she has never watched a fight live. She plans to sit in the lobby.
"⟦d:b|I'll hear it,⟧" she said. "⟦d:b|You always hear it.⟧"

### 013
@f Kessock County Fire and Rescue Service | -
@o Ifeoma Dunleavy | Area Manager
@r Gwilym Price-Rees | a sheep farmer whose land borders the moss
@u - | one resident
About 200 homes were evacuated near Tollan Moss on Wednesday as a moorland fire spread across more than 600 hectares, fanned by strong easterly winds.
Kessock County Fire and Rescue Service said 14 crews were at the scene. “⟦d:f|This is a large and fast-moving fire. We ask people to stay away from the area and to keep windows and doors closed,⟧” the service said.
Area Manager Ifeoma Dunleavy said firefighters faced “⟦p:o|extremely difficult⟧” conditions. “⟦d:o|The ground is bone dry after six weeks without rain. Where the peat is burning, it can smoulder for days,⟧” she said.
Gwilym Price-Rees, a sheep farmer whose land borders the moss, said he had moved 300 ewes to lower fields overnight. “⟦d:r|You could see the glow from the kitchen window. I’ve farmed here forty years and never seen it come this close,⟧” he said.
At an evacuation centre in Tollan village hall, one resident said she had left with “⟦p:u|the dog, my tablets and my passport⟧” and nothing else.

### 014
@l Lucas Ferreira-Santos | the pianist
@d Dmitri Volkonsky | the bassist
@k Kojo Mensah | the drummer
@s Sandra Mbeki-Lowe | The owner of the Copper Kettle
The Lantern Trio have been playing the back room of the Copper Kettle on Friday nights for twelve years. They have never rehearsed.
“⟦d:l|We tried once, in 2015,⟧” said Lucas Ferreira-Santos, the pianist. “⟦d:l|It was terrible. We sounded like a band.⟧”
“⟦d:d|Like a wedding band,⟧” said Dmitri Volkonsky, the bassist.
“⟦d:k|Like a good wedding band,⟧” said Kojo Mensah, the drummer. “⟦d:k|Let’s be fair to ourselves.⟧”
They met by accident — Lucas and Kojo at a funeral, Dmitri through a classified advert for a second-hand amplifier that turned out to be broken.
“⟦d:d|He sold me a broken amp and then asked if I played,⟧” Dmitri said, pointing at the drummer. “⟦d:d|I said, ‘Only when the amp works.’ He said, ‘Then come on Friday.’⟧”
Kojo shrugged. “⟦d:k|I felt bad about the amp.⟧”
Lucas, 56, teaches piano at a primary school during the week and says the Friday sets are the only time he plays for himself.
“⟦d:l:m|In the classroom every note has to be correct, because they’re learning. Here, the wrong note is the interesting one. You hit it, and then the other two have to decide what to do with your mistake.⟧
“⟦d:l|That’s the whole thing, really. Three people deciding what to do with each other’s mistakes.⟧”
The owner of the Copper Kettle, Sandra Mbeki-Lowe, said the trio had outlasted four chefs and two refurbishments. “⟦d:s|I’d sooner lose the bar,⟧” she said.

### 015
@h Dale Hubbard-Kinney | the committee’s ranking member
@w Harlan Roe | general manager of the Dry Fork Irrigation District
@c Teresa Villanueva-Ortiz | The committee chair
@a Calder Basin Water Authority | -
A Senate committee hearing on the Calder River drought plan turned testy on Tuesday as senators pressed water managers on why cuts had fallen hardest on small farms.
“⟦d:h|You’ve asked the little guy to give up forty percent and the golf courses ten. Explain that to me,⟧” said Sen. Dale Hubbard-Kinney, the committee’s ranking member.
Harlan Roe, general manager of the Dry Fork Irrigation District, said the cuts followed seniority rules set in 1952. “⟦d:w|I don’t write the priority dates, senator. I just have to live with them,⟧” he said.
The committee chair, Sen. Teresa Villanueva-Ortiz, said she would seek an independent review. “⟦d:c|Nobody in this room thinks the current system is fair. The question is what replaces it,⟧” she said.
In written testimony, the Calder Basin Water Authority said the plan was “⟦p:a|the least bad option available⟧” and warned that without cuts the reservoir could fall below its minimum pool by September.

### 016
@p Pádraig Ó Coileáin | -
@c Cathal | The elder son
@di Diarmuid | the younger brother
@u - | One buyer
The Ó Coileáin boat, the Máire Bríd, is the last of the old trawlers still working out of Ballinacree. Pádraig Ó Coileáin, 66, has skippered her since 1991; his two sons have crewed her since they could stand.
"⟦d:p|When I started there were nineteen boats in this harbour. Now there's us and a crab boat that goes out when the man feels like it,⟧" he said, coiling rope on the quay.
The elder son, Cathal, 34, has taken over most of the skippering. He has the paperwork, the quota headaches and, his father said, "⟦p:p|the worry lines to go with them⟧".
"⟦d:c:m|People think it's the sea that'll finish us. It's not. It's the forms. I spend two days a week on a laptop at the kitchen table.⟧
"⟦d:c|Dad never filled in a form in his life. He had a notebook and a pencil and a great memory for who owed him money.⟧"
Diarmuid, 29, the younger brother, is the one who wants to leave. He has applied for an engineering course in the city and has not yet told his father whether he got in.
"⟦d:di|He knows. He's pretending he doesn't,⟧" he said. "⟦d:di|That's how we do things in this family.⟧"
Across the deck, Pádraig did not turn round. "⟦d:p|I know,⟧" he said.
Fish prices at the Ballinacree auction have fallen by a third in five years. One buyer said the family's catch was "⟦p:u|the best-handled fish on this coast⟧" but that quality alone could not keep a boat afloat.
Cathal says he will keep going as long as the engine does. "⟦d:c|After that, we'll see. Maybe I'll go to college and Diarmuid can come home and do the forms.⟧"
His brother laughed. "⟦d:di|Not a chance.⟧"

### 017
@f Quillion Systems | -
@s - | a person familiar with the investigation
@r Maëlle Tanguy-Roux | a cybersecurity researcher at Vennick University
Quillion Systems, which makes payroll software for about 4,000 small businesses, said on Monday that hackers had accessed names, bank details and national insurance numbers belonging to some of its customers' employees.
The company said it had "⟦p:f|no evidence⟧" that the data had been misused. "⟦d:f|We have contained the incident and are contacting everyone affected directly. We deeply regret this,⟧" Quillion said in a statement.
The breach began in early September and went undetected for almost three weeks, according to a person familiar with the investigation, who said the attackers had used "⟦p:s|a stolen password to an old test server that should have been switched off⟧".
Maëlle Tanguy-Roux, a cybersecurity researcher at Vennick University, said the delay was worrying. "⟦d:r|Three weeks is a long time. Payroll data is exactly what fraudsters want, because it's verified and it's current,⟧" she said. "⟦d:r|If I were an affected employee, I would watch my bank account very closely.⟧"

### 018
@z Zanele Khumalo | the captain
@i Ingrid Solberg-Haug | The manager
@m Maddie Orchard | the goalkeeper
Two years ago, Fenmoor Rovers Women played in front of crowds that could have fitted in a bus shelter. On Sunday, 4,100 people watched them beat Ashcombe to go top of the league.
"⟦d:z|I counted the crowd at our first home game. Forty-one, and nine of them were my family,⟧" said Zanele Khumalo, the captain. "⟦d:z|So Sunday was a bit emotional, yes.⟧"
Khumalo, 30, works part-time in a solicitor's office and trains in the evenings. Most of her team-mates have similar arrangements: a nurse, two students, a plasterer, a primary school teacher.
The manager, Ingrid Solberg-Haug, arrived from Norway in 2022 with what she describes as a simple plan.
"⟦d:i|Train like professionals, even if nobody pays you like one. Then make it impossible for the club to ignore you.⟧"
It worked. The club now pays travel expenses and has moved the women's fixtures on to the main pitch.
Maddie Orchard, 19, the goalkeeper, made three saves in the final ten minutes on Sunday. Afterwards she was found sitting alone in the dugout.
"⟦d:m|I just needed a minute. My hands were shaking,⟧" she said. "⟦d:m|Zanele came and sat with me and didn't say anything, which was exactly right.⟧"
Her captain shrugged when this was put to her. "⟦d:z|She's nineteen. I remember nineteen. You don't need a speech, you need someone to sit with you.⟧"
Solberg-Haug is less sentimental. "⟦d:i|We are top in October. Nobody remembers who was top in October,⟧" she said. "⟦d:i|Ask me in May.⟧"

### 019
@h Anwen Pritchard | headteacher
@c Glanmor County Council | -
@g Gethin Lloyd-Evans | chair of governors
@p - | One parent
A primary school in Abercrannog will close for at least a term after structural surveys found weaknesses in the roof of its main building.
In a letter to parents on Thursday, headteacher Anwen Pritchard wrote: "⟦d:h|I know this news will be upsetting and disruptive. The safety of the children has to come first, and I could not in good conscience keep the building open.⟧"
Pupils at Ysgol Cwm Aur will be taught in temporary classrooms at the leisure centre from Monday. Glanmor County Council said the arrangement would last "⟦p:c|until the repairs are complete⟧" but gave no date.
Gethin Lloyd-Evans, chair of governors, said the school had raised concerns about the roof as far back as 2021. "⟦d:g|We were told it was on a list. We're now at the top of the list, for the worst possible reason,⟧" he said.
One parent said the news had come as a shock. "⟦d:p|My son asked if the roof was going to fall on him. What do you say to that?⟧"
Pritchard's letter ended in both languages: "⟦d:h|Diolch am eich amynedd⟧" — "⟦d:h|Thank you for your patience⟧".

### 020
@s Setsuko Arai | -
@e Emi | her daughter
@c Rufus Hale | the gallery’s director
Setsuko Arai does not like to be watched while she works, so a visit to her studio in the hills above Tachibana begins with tea and an agreement: no photographs until the kiln is lit.
Arai, 81, has made tea bowls for sixty years. She speaks through her daughter, Emi, who translates with the patience of long practice.
“⟦d:s|土は嘘をつかない⟧”, Arai said, turning a bowl in her hands. “⟦d:s|The clay does not lie.⟧”
“⟦d:s|If your hands are angry, the bowl is angry. If you are tired, it slumps. People buy the bowl, but what they are buying is one afternoon of my life.⟧”
Emi, 52, grew up in the studio and left it at eighteen, vowing never to touch clay again. She now runs the business side and answers the emails from collectors.
“⟦d:e|I was so bored as a child. Everything took so long,⟧” she said in English. “⟦d:e|Now I understand the slowness was the point. It took me thirty years.⟧”
Her mother said something in Japanese, and both women laughed.
“⟦d:e|She says it took me thirty-five,⟧” Emi said.
A selection of Arai’s bowls will be shown at the Pellow Gallery in the spring. Rufus Hale, the gallery’s director, said he had been trying to persuade her for a decade. “⟦d:c|She kept saying no, very politely. Then one day Emi emailed to say her mother had changed her mind, and gave no reason at all,⟧” he said.
Asked why, Arai shrugged. “⟦d:s|I am old. It is time the bowls travelled instead of me.⟧”

### 021
@w Morwenna Trelawney | a former paramedic
@l Ruairidh Stenhouse | the Alliance candidate
@b Barnaby Colquhoun | the outgoing mayor
Morwenna Trelawney has won the Penwithick mayoral election by 1,312 votes, ending the Independent Alliance's fourteen-year hold on the office.
Supporters packed into the Corn Exchange chanted "⟦s:-|Mor-wen-na!⟧" as the result was declared just after 2am. Several held placards reading "⟦s:-|Fix The Buses First⟧".
"⟦d:w|I said I would fix the buses, and I am going to fix the buses,⟧" Trelawney, 43, a former paramedic, told the crowd. "⟦d:w|Tomorrow morning I will be on the 7.15 from Carnbeggan, and I will be late, like everyone else.⟧"
Ruairidh Stenhouse, the Alliance candidate, conceded shortly afterwards. "⟦d:l|The people have spoken and I respect that. I wish her well; she'll need it with that budget,⟧" he said.
In a post on social media, the outgoing mayor, Barnaby Colquhoun, who did not stand again, called the result "⟦p:b|a clear message⟧" and said he would "⟦p:b|help with the handover in any way I can⟧".

### 022
@a Amaka Eze | -
@c Chioma Eze | -
@g Grace Eze | a retired primary school teacher
Dr Amaka Eze and Dr Chioma Eze were born four minutes apart at St Columba's Hospital in Dunmarsh. Thirty-eight years later, they both work there, on the same corridor, as consultant surgeons.
"⟦d:a|People mix us up constantly. Patients, porters, the chief executive once,⟧" Amaka said. "⟦d:a|I've been thanked for operations I didn't do.⟧"
"⟦d:c|And I've been complained about for hers,⟧" her sister added.
Amaka is a colorectal surgeon; Chioma specialises in breast surgery. They trained in different cities, on purpose.
"⟦d:c|We decided at medical school that we needed to find out who we were apart,⟧" Chioma said. "⟦d:c|It was the hardest six years of my life. We spoke every single night.⟧"
Their mother, Grace Eze, a retired primary school teacher, says the girls were competitive from the cradle. "⟦d:g|If one walked, the other walked the next day. If one got a gold star, the other cried until she had one,⟧" she said.
The twins dispute this, though not convincingly.
"⟦d:a|I don't remember crying,⟧" Amaka said.
"⟦d:c|You cried,⟧" said Chioma.
Asked whether they would ever operate together, both shook their heads. "⟦d:a|Never. We would argue about the stitching,⟧" Amaka said.

### 023
@k Kieran Mallory | the Thornbury County seamer
@c Thornbury County Cricket Club | -
@d Raj Venkataraman | the club's director of cricket
Kieran Mallory, the Thornbury County seamer, has announced his retirement from professional cricket at the age of 36.
Known to supporters as "⟦s:-|Spud⟧" since his debut in 2008, Mallory took 612 first-class wickets, all of them for Thornbury.
In a post on his social media accounts on Monday, he wrote: "⟦d:k|My body has been telling me for two years. This summer I finally listened. I have loved every minute, even the ones at Scarsdale in April in the rain.⟧"
"⟦d:k|To everyone who ever bought a ticket and sat through a draw: thank you. You're mad, and I love you,⟧" the post continued.
Thornbury County Cricket Club said Mallory was "⟦p:c|a one-club man in an age when that barely exists⟧". In a statement, the club added: "⟦d:c|He will always have a home here.⟧"
Raj Venkataraman, the club's director of cricket, said Mallory had already been offered a coaching role. "⟦d:d|He's the best reader of a pitch I've ever met. It would be criminal to let that walk out of the gate,⟧" he said.

### 024
@t Tomás Echeverría-Lund | -
@b Bridie Keogh | His only other cook
@h Harriet Vance | the critic
Tomás Echeverría-Lund opened Cinder, his twelve-seat restaurant in a former ticket office at Holloway Cross station, with no sign, no website and a menu that changes every day depending on what arrives on the first train.
"⟦d:t|The first train comes at 6.10. Whatever is on it, that's dinner,⟧" he said. "⟦d:t|Sometimes it's beautiful turbot. Sometimes it's three boxes of turnips and I have to be clever.⟧"
The 44-year-old grew up between San Sebastián and Malmö — "⟦p:t|two cities that take food far too seriously⟧", he said — and spent a decade in hotel kitchens before deciding he wanted to cook for people he could see.
"⟦d:t:m|In a hotel you send a plate through a door and it disappears. You never see a face. After ten years I realised I didn't know if anyone had ever enjoyed anything I'd made.⟧
"⟦d:t|Here, the kitchen is two metres from the tables. If you don't like my soup, I will know. That's frightening, and it's also the only reason to do this.⟧"
His only other cook, Bridie Keogh, 27, left a job in corporate catering after eating at Cinder as a customer. She asked for a job before dessert.
"⟦d:b|I'd had the turnip thing. I'd never thought about a turnip in my life and I was nearly crying,⟧" she said. "⟦d:b|I thought, either this man is a genius or I'm very tired. Turned out to be both.⟧"
In a review last spring, the critic Harriet Vance wrote that Cinder was "⟦p:h|the most stubborn restaurant in the country, and the better for it⟧". Echeverría-Lund has the line taped above the pass.
"⟦d:t|Stubborn is correct,⟧" the chef added. "⟦d:t|Bridie would say worse.⟧"

### 025
@s Meridian Weather Bureau | -
@m Rocío Almendárez | Mayor
@r Esteban Quiroga | a resident of the Barrio Bajo neighbourhood
Flash flooding forced the evacuation of about 1,500 people from low-lying districts of San Lorenzo del Río on Saturday after nearly 200mm of rain fell in twelve hours.
The Meridian Weather Bureau said the rainfall was "⟦p:s|the heaviest recorded in the valley since 1987⟧" and warned of further storms on Sunday.
Mayor Rocío Almendárez, speaking at the town hall, asked residents to stay away from the river. "⟦d:m|The water is still rising in some places. Please do not try to drive through it. A car can float in thirty centimetres of water,⟧" she said.
Esteban Quiroga, a resident of the Barrio Bajo neighbourhood, was helping neighbours carry furniture upstairs. "⟦d:r|Se llevó todo,⟧" he said — "⟦d:r|It took everything.⟧"
"⟦d:r|My mother lived here fifty years and never saw the water past the second step,⟧" he added.

### 026
@k Hēmi Te Rangi | Kaumātua
@n Nikau | his own grandson
@t Te Awa Roa Trust | -
For three weeks every summer, Kaumātua Hēmi Te Rangi teaches teenagers to build a waka the way his grandfather taught him: with hand tools, patience and a great deal of singing.
"⟦d:k|Kia mau ki te aho,⟧" he tells the group as they set the first line along the hull — "⟦d:k|hold on to the line⟧".
The 78-year-old has run the programme since 2003. This year his own grandson, Nikau, 17, is among the eight students.
"⟦d:n|I've grown up hearing about this my whole life. I thought it'd be easy because I'm his moko,⟧" Nikau said. "⟦d:n|It's not. He's harder on me than anyone.⟧"
Te Rangi smiled when told this. "⟦d:k|That is correct. He has more to live up to,⟧" he said.
The programme is funded by the Te Awa Roa Trust, which said in a statement that it wanted "⟦p:t|every young person in the valley to have touched a waka before they leave school⟧".
When the hull is finished it will be launched on the Wairua River at dawn in February. Te Rangi said he would not be in the boat.
"⟦d:k:m|My job is the shore. I stand there and I watch them go out, and I call to them, and they answer.⟧
"⟦d:k|One day one of them will stand on the shore for me. Maybe Nikau. We'll see if he listens.⟧"

### 027
@l J. R. Okonkwo-Byrne | an epidemiologist at the Harrowgate School of Public Health and the study's lead author
@e Wilhelmina Sandoval | -
People who live within 500 metres of a public park are 14 per cent less likely to be prescribed antidepressants than those who live further away, according to a study of 2.3 million adults published on Wednesday.
The researchers, who used anonymised prescribing records from 2012 to 2022, found that the association held after accounting for income, age and housing type.
"⟦d:l|We can't say from this data alone that parks cause better mental health. What we can say is that the pattern is strong and consistent, and it shows up in every region we looked at,⟧" said Dr J. R. Okonkwo-Byrne, an epidemiologist at the Harrowgate School of Public Health and the study's lead author.
In an accompanying commentary, Prof Wilhelmina Sandoval of the University of Esk wrote that the findings were "⟦p:e|important but not yet actionable⟧". "⟦d:e|People who are already well may simply be more likely to live near parks, or to choose to,⟧" she wrote.
Okonkwo-Byrne acknowledged the limitation. "⟦d:l|That's fair. The next step is to look at what happens when a new park opens, which is the closest thing we have to an experiment,⟧" she said.

### 028
@m Maureen Dlamini | the ward sister
@k Kasia Nowak | -
@e Efua | a healthcare assistant who asked that her surname not be used
The night shift at Larkhill Hospice begins at 8pm with a handover that can take an hour, because nobody rushes it.
"⟦d:m|You're not handing over patients, you're handing over people and their whole families. Who's been in, who's not speaking to who, who wants the window open,⟧" said Maureen Dlamini, the ward sister. She has worked at Larkhill for twenty-two years.
Kasia Nowak came to Larkhill from a cardiac ward six years ago, after a patient she had looked after for months died on a trolley in a corridor.
"⟦d:k|I thought, I can't do this any more. I need to be somewhere where dying is allowed to take its time,⟧" she said.
Efua, a healthcare assistant who asked that her surname not be used, is the one patients ask for at 3am. She sings, mostly hymns, sometimes the old highlife songs her father played.
"⟦d:e:m|Night is when the fear comes. In the day there are visitors and doctors and noise. At night it's just you and the ceiling.⟧
"⟦d:e|So I sit. I don't always talk. Sometimes they just want to know someone is awake.⟧"
The three women have worked together long enough to communicate in glances. Maureen says she can tell from the way Kasia walks down the corridor whether a patient has died.
"⟦d:m|She goes very upright. Like a soldier,⟧" she said.
"⟦d:k|I didn't know I did that,⟧" Kasia said. "⟦d:k|I'll have to think about that now.⟧"
On the staff room noticeboard, among the rotas, there are dozens of cards. One reads: "⟦d:-|Thank you for making Dad laugh on his last night.⟧" Another, in a child's handwriting: "⟦d:-|Thank you for looking after my nan.⟧"

### 029
@r Reggie Salt | -
@y Yusuf Demirci | -
@c - | A customer waiting for two pounds of cod
At Fenton Street market, the fish stall and the fruit stall face each other across a gap of about three metres, and the men who run them have been insulting each other across it since 1997.
"⟦d:r|Your bananas are older than my van,⟧" Reggie Salt called out on Saturday morning, by way of hello.
"⟦d:y|At least they don't smell,⟧" Yusuf Demirci replied, without looking up from his scales.
Salt, 63, is the third generation of his family to sell fish on the street. Demirci, 58, took over the fruit stall from an uncle, having arrived from Izmir with, he said, "⟦p:y|one suitcase and no English⟧".
"⟦d:y|Reggie taught me my first English words. Most of them I can't repeat to you,⟧" he said.
"⟦d:r|I taught him properly,⟧" the fishmonger said. "⟦d:r|The accent's still terrible.⟧"
The market is due to be redeveloped in 2026, and the council has not said whether the stallholders will be offered pitches in the new building. Both men say they will not retire until the other one does.
"⟦d:r|I'm not leaving him the corner pitch,⟧" Salt said.
"⟦d:y|I'm not leaving him anything,⟧" said Demirci.
A customer waiting for two pounds of cod shook her head. "⟦d:c|They're like this every week. It's better than the telly.⟧"

### 030
@f - | Her family
@p Patrick Ennis | -
@t Vanbrugh Theatre | -
The actor Imelda Quarrie, whose career on stage spanned six decades, has died at the age of 88.
Her family said in a statement that she died peacefully at home in Ludcombe on Tuesday. "⟦d:f|She was funny, fierce and impossible to argue with, and we will miss her every day,⟧" the statement said.
Quarrie was best known for her long run as the housekeeper Mrs Pettifer in the radio drama "⟦s:-|Down at Hollin's End⟧", a role she played for 31 years.
Patrick Ennis, who directed her in eleven productions, said she had "⟦p:p|no patience for actors who hadn't learned their lines, including herself⟧". "⟦d:p|She'd arrive on the first day of rehearsal word-perfect and look at the rest of us as if we'd let her down. We usually had,⟧" he said.
The Vanbrugh Theatre, where she made her debut in 1957, said it would dim its lights on Friday evening in her memory. "⟦d:t|Imelda was part of the fabric of this building,⟧" the theatre said.

### 031
@a Anne-Laure Mévaux | -
@s Sidonie Barras | a notary from Ardavaz
@f - | A fellow guide who did not want to be named
Anne-Laure Mévaux became the first woman to qualify as a mountain guide in the Val d'Orsène in 1994. For the first few years, she said, clients would arrive at the hut and ask where the guide was.
«⟦d:a|I would say: I'm here. And they would look behind me,⟧» she said. «⟦d:a|Some of them asked for their money back. One man asked if my husband was coming.⟧»
Thirty years on, she has led more than 400 ascents of the Pointe des Aiguillettes, and her bookings are full until the end of next summer.
Sidonie Barras, a notary from Ardavaz, has climbed with her every August for eleven years. «⟦d:s|I trust her more than I trust my doctor,⟧» she said. «⟦d:s|My doctor has never had to lower me down a rock face in a thunderstorm.⟧»
Mévaux laughed at that. «⟦d:a|Once. It was once. And it was hail, not a thunderstorm.⟧»
The climate has changed her work more than anything else. Glaciers she crossed as a young guide are now scree; routes she used to lead in August she now refuses after mid-July.
«⟦d:a:m|The mountain is falling apart in the summer. Literally. The permafrost holds the rock together, and when it melts, the rock comes down.⟧
«⟦d:a|I have cancelled more climbs in the last five years than in the twenty before. Clients are disappointed. I tell them, better disappointed than dead.⟧»
A fellow guide who did not want to be named said Mévaux was known in the valley for «⟦p:f|saying no when everyone else says maybe⟧».
Barras has no intention of stopping. «⟦d:s|We have agreed that when Anne-Laure retires, I retire,⟧» she said. «⟦d:s|She says that will be at seventy. I have told her seventy-five.⟧»

### 032
@g Mick Delahunty | general secretary of the Transport Workers' Federation
@c Northline Rail | -
@sp - | a Northline spokesman
@m Fiona Strachan-Moyo | Transport Minister
Train services across the north will be severely disrupted on Friday after drivers voted to strike over a planned change to rostering.
Mick Delahunty, general secretary of the Transport Workers' Federation, said the union had "⟦p:g|bent over backwards⟧" to avoid action. "⟦d:g|Our members are not going to accept rosters that have them driving at 5am one day and midnight the next. It isn't safe, and the company knows it isn't safe,⟧" he said.
Northline Rail said it was "⟦p:c|disappointed⟧" by the decision and urged passengers to check before travelling. "⟦d:sp|We expect to run around one in four services, mainly on the core routes,⟧" a Northline spokesman said.
Transport Minister Fiona Strachan-Moyo urged both sides to return to talks. "⟦d:m|Passengers should not be caught in the middle of this,⟧" the minister said. "⟦d:m|I have made clear that I am willing to meet both parties this week.⟧"

### 033
@x Priyamvada Sethuraman-Cole | -
@h Ingeborg Halvorsen | My PhD supervisor
When the email arrived at 4am confirming that the signal was real, Dr Priyamvada Sethuraman-Cole did what she always does with good news: she went back to sleep. "⟦d:x|I wanted to be sure I wasn't dreaming it,⟧" she says. "⟦d:x|If it was still there when I woke up, it was real.⟧"
It was. Her team at the Kestermoor Observatory had found a planet orbiting a star that, by most models, should not have one. This interview has been edited for length.
Q: How do you explain the discovery to people who aren't astronomers?
A: Imagine finding a fish in a kettle. It's not that fish can't exist. It's that they shouldn't be there.
Q: One headline called it "⟦s:-|the loneliest star in the galaxy⟧". Is that fair?
A: It's lovely and it's wrong. It has a planet. It's less lonely than we thought.
Q: When did you know you wanted to do this?
A: Late. I was going to be an accountant. My PhD supervisor, Dr Ingeborg Halvorsen, caught me doing a spreadsheet in the library and said, "⟦d:h|You're wasting yourself on columns. Come and look at the sky.⟧" I was furious. She was right.
Q: What happens next?
A: We watch. Every clear night for the next three years. If the planet's orbit does what we predict, the models have to be rewritten. If it doesn't, I have to be rewritten.

### 034
@r Rhiannon Vale | the company's artistic director
@t Tobias Engström | -
The rehearsal room of Handspan Theatre is the quietest loud room in the city. Twelve actors are arguing, furiously, and almost nothing can be heard.
"⟦d:r|People walk past the door and think we're on a break,⟧" said Rhiannon Vale, the company's artistic director. "⟦d:r|Then they look through the window and see a full-blown row about the second act.⟧"
Vale is hearing, and has signed since childhood; both her parents are deaf. Handspan's new production, "⟦s:-|The Listening Room⟧", opens on Thursday. It is performed in British Sign Language with spoken and captioned English woven through it, so that deaf and hearing audiences see the same play.
Tobias Engström, who plays the lead, is deaf and grew up in Sweden. He signed his answers, and an interpreter, Lorna Quayle, voiced them.
"⟦d:t|When I was young, theatre was something I was taken to and then had explained to me afterwards,⟧" he said. "⟦d:t|Here I don't need anyone to explain. For once the hearing people in the audience are the ones who might miss something.⟧"
Vale said that was the point. "⟦d:r|We're not translating a hearing play for deaf people. We're making a play in which both languages are at home.⟧"
Asked what he hoped hearing audiences would take away, Engström paused, then signed a single word. Quayle laughed before voicing it: "⟦d:t|Patience.⟧"

### 035
@p - | a senior police source
@o Prison Service | -
@h Harriet Oduya-Benn | Local MP
A prisoner who absconded from an open prison near Fallowfield Cross was recaptured on Sunday after 36 hours on the run, the Prison Service said.
Darren Kell, 41, who is serving eight years for robbery, was found hiding in a static caravan about four miles from HMP Fellgate, according to Ravensmoor Police.
According to a senior police source, Kell had "⟦p:p|made no real effort to get far⟧". "⟦d:p|He'd had a row with his girlfriend on the phone. I think he just wanted to go and sort it out,⟧" the source said.
The Prison Service said in a statement: "⟦d:o|Absconds from open prisons are rare and are treated extremely seriously. This will be investigated.⟧"
Local MP Harriet Oduya-Benn said she had written to the justice secretary. "⟦d:h|My constituents deserve to know why they were not told for nearly six hours,⟧" she said.

### 036
@g Giuseppe Lo Bianco | -
@c Caterina | His daughter
The workshop of Giuseppe Lo Bianco smells of spruce, varnish and, faintly, of the espresso pot that has sat on the same gas ring since 1971.
“⟦d:g|My father made that pot into a tool,⟧” he recalled. “⟦d:g|He used the steam to bend the ribs. Don’t tell anybody. They’ll think we are amateurs.⟧”
Lo Bianco, 74, has made about 300 violins, violas and cellos in this room in Borgo Santa Lucia. His daughter, Caterina, 41, has made 60, and says she intends to overtake him.
“⟦d:c|Not in number. In quality,⟧” she said. “⟦d:c|He knows this. He pretends to be offended.⟧”
“⟦d:g|I am offended,⟧” her father said. “⟦d:g|But she is right, which is worse.⟧”
Caterina trained first as a cellist, at the conservatory in the city, and turned to making instruments after an injury to her left wrist.
“⟦d:c:m|For a year I couldn’t play. I was very angry. I came in here just to be somewhere, and he gave me a block of maple and a knife and didn’t say anything.⟧
“⟦d:c|After three months I had made a very ugly scroll. After three years I had made a cello I could sell. After that I didn’t want to play any more. I wanted to make the thing that plays.⟧”
Her father, asked what he had been thinking when he handed her the knife, shrugged. “⟦d:g|I was thinking, she is getting under my feet,⟧” he joked.

### 037
@t Thiago Mendes Cardoso | -
@g Stuart Galbraith | Castlemoor manager
@z Piotr Zając | His Elmbridge counterpart
Thiago Mendes Cardoso scored twice in the final eight minutes as Castlemoor came from behind to beat Elmbridge 3-2 and climb out of the relegation zone.
The Brazilian forward, who had not scored since August, was mobbed by team-mates after his winner, a looping header from a corner in the 90th minute.
"⟦d:t|I've been waiting a long time for that. My wife said this morning, 'Today is your day.' I told her she says that every week,⟧" Mendes Cardoso said.
"⟦d:t|This time she was right,⟧" the 34-year-old added.
Castlemoor manager Stuart Galbraith admitted his side had been "⟦p:g|second best for an hour⟧". "⟦d:g|We were flat, we were nervous, we looked like a team in the bottom three. Then Thiago decided he'd had enough,⟧" he said.
His Elmbridge counterpart, Piotr Zając, was furious about the decision that led to the winner. "⟦d:z|It was a goal kick. Everybody in the stadium saw it was a goal kick except one man,⟧" he said. "⟦d:z|I'm not going to say more because I'll get fined.⟧"

### 038
@l Lê Thị Hoa | -
@m Mai | her elder daughter
@t Thu | Her sister
Every morning at six, Lê Thị Hoa starts the broth. It simmers for fourteen hours, and nobody else is allowed to touch it.
``⟦d:l|Con không được đụng vào nồi,⟧'' she told her elder daughter, Mai, when Mai first offered to help, twenty years ago — ``⟦d:l|don't touch the pot⟧''.
The rule still holds. Hoa, 63, opened Phở Hoa on Tannery Road in 2004, two years after arriving in the city with her husband, who died in 2015, and two small girls.
Mai, 38, now runs the front of house and the accounts. ``⟦d:m|Mum does the food, I do everything that isn't food. That's the deal. I'm not even allowed to season things,⟧'' she said.
Her sister, Thu, 27, is the one who broke the rule. Last year she persuaded her mother to let her cook a weekend menu of dishes from their grandmother's village, and it sold out in three hours.
``⟦d:t|I basically begged for a year,⟧'' Thu said. ``⟦d:t|I made her taste everything at home first. She'd eat it and say nothing and go to bed. That was a good sign. If it's bad, she tells you.⟧''
Asked about this, Mrs Lê smiled and said something in Vietnamese to her daughters, who both groaned. ``⟦d:m|She says Thu's broth is nearly as good as hers,⟧'' Mai explained. ``⟦d:m|Nearly. She will never say more than nearly.⟧''
Thu's plan is to open a second restaurant. Her mother's position on this is unclear. ``⟦d:l|First, learn the broth,⟧'' Hoa said in English. ``⟦d:l|Then we talk.⟧''

### 039
@t Fellside Health Trust | -
@d Olumide Fashola-Reid | the trust's medical director
@p Sheila Abernethy | chair of the Fellside Patients' Forum
The emergency department at Carrow Vale Hospital will close overnight from next month because of a shortage of senior doctors, health bosses have confirmed.
Fellside Health Trust said the department would operate from 8am to 10pm from 1 March, with patients arriving overnight directed to Dunmarsh General, 19 miles away.
Dr Olumide Fashola-Reid, the trust's medical director, said the decision was "⟦p:d|temporary and reluctant⟧". "⟦d:d|We cannot staff the department safely overnight. Keeping it open without the right doctors would put patients at greater risk, not less,⟧" he said.
Sheila Abernethy, chair of the Fellside Patients' Forum, warned that people would die. "⟦d:p|Nineteen miles on those roads in winter is forty minutes if you're lucky. And temporary closures have a habit of becoming permanent,⟧" she said.
The trust said it would review the arrangement in six months. "⟦d:t|We are actively recruiting and will reopen overnight as soon as it is safe to do so,⟧" it said.

### 040
@k Karim Haddad | His father
@i Ilyas Haddad | -
@v Vasil Petrov-Lazarov | His coach
Ilyas Haddad was six when he beat his father at chess for the first time. His father, Karim, has not won a game since.
"⟦d:k|I stopped playing him at seven. It was bad for my self-esteem,⟧" Karim Haddad said, in the flat above the family's dry cleaning shop in Southmere. "⟦d:k|Now I drive him to tournaments and I sit in the car and listen to the radio.⟧"
Ilyas, now 13, became the youngest player in the country's history to earn the title of international master last month. He is quiet in the way of teenagers who are asked too many questions by adults.
"⟦d:i|It's just a title,⟧" he said. "⟦d:i|I want the next one.⟧"
The next one is grandmaster. His coach, Grandmaster Vasil Petrov-Lazarov, who has trained him online from Plovdiv since 2020, thinks he will get there within two years.
"⟦d:v:m|He has something you cannot teach, which is that he is not afraid of losing. Most talented children are terrified of losing, because everyone has told them they are special.⟧
"⟦d:v|Ilyas loses, he is annoyed for ten minutes, then he wants to see why. That is a grandmaster's mind.⟧"
Ilyas, told of this, looked faintly embarrassed. "⟦d:i|I'm annoyed for longer than ten minutes,⟧" he said. "⟦d:i|He just doesn't see it because he's on a screen.⟧"
His father laughed. "⟦d:k|Ten minutes? Try ten hours. He doesn't speak in the car.⟧"

### 041
@e Bartholomew Nkemelu-Shaw | chief executive
@c Orrin Aerostructures | -
@u Jaswinder Kaur Sandhu | a regional officer for the union Unify
@w - | one worker leaving the afternoon shift
Orrin Aerostructures is to cut 640 jobs at its wing plant in Brackenfield, blaming a slump in orders for regional jets.
In an internal memo seen by this newspaper, chief executive Bartholomew Nkemelu-Shaw told staff the decision was "⟦p:e|the hardest of my career⟧". "⟦d:e|We have looked at every alternative. I am sorry that we have not found one,⟧" he wrote.
The company said in a public statement that it remained "⟦p:c|committed to Brackenfield for the long term⟧" and that no further cuts were planned.
Jaswinder Kaur Sandhu, a regional officer for the union Unify, said members had heard that before. "⟦d:u|In 2019 they were committed for the long term. In 2022 they were committed for the long term. Forgive us if we don't take it to the bank,⟧" she said.
Outside the main gate, one worker leaving the afternoon shift said he had been at Orrin for 26 years. "⟦d:w|My dad worked here. My son works here. I don't know what happens now.⟧"

### 042
@w Wanda Szczepańska-Ong | -
@l Lucy Marchbanks | -
Wanda Szczepańska-Ong writes in Polish, in longhand, at the kitchen table of a flat on the edge of Rzeczna Wola. She does not own a computer.
“⟦d:w|Nie umiem pisać na komputerze,⟧” she said — “⟦d:w|I can’t write on a computer⟧”. “⟦d:w|The screen is too bright. It makes every word look finished before it is.⟧”
Her fifth collection, “⟦s:-|Ptaki na drucie⟧” (“⟦s:-|Birds on a Wire⟧”), has just been published in English in a translation by Lucy Marchbanks, who spent two years on it and visited Szczepańska-Ong eleven times.
“⟦d:l|On the first visit she made me peel potatoes for an hour before she would talk about the book,⟧” Marchbanks said. “⟦d:l|I think it was a test. I passed because I peel very thinly.⟧”
The two women correspond by letter, not email, and disagree regularly about individual words. Szczepańska-Ong keeps the letters in a shoebox.
“⟦d:w|She fights for every comma. I like that. A translator who agrees with everything is not reading carefully,⟧” the poet said.
Marchbanks, 44, admitted that one poem had taken her four months. “⟦d:l:m|There’s a word in the title poem, ‘druciany’, which means wiry, made of wire, but also sort of stubborn, scrappy. English doesn’t have that. I tried twenty versions.⟧
“⟦d:l|In the end I wrote to Wanda and asked what she would do. She wrote back one line: ‘Leave it rough.’ So I did.⟧”

### 043
@o Coastal Wildlife Rescue | -
@c Derek Pomfret | a retired postman who found the seal on his morning walk
@r Bethan Morgan-Iqbal | a rescue officer
A young grey seal found more than three miles inland, in a garden pond in Little Haddon, has been returned to the sea.
Coastal Wildlife Rescue said the animal, a female about eight months old, had probably swum up the River Leam on a spring tide last week and "⟦p:o|taken a wrong turn⟧".
Derek Pomfret, a retired postman who found the seal on his morning walk, said he had at first thought it was a dog. "⟦d:c|It looked up at me and I looked at it, and I thought, you're not a Labrador,⟧" he said.
Bethan Morgan-Iqbal, a rescue officer, said the seal was underweight but otherwise healthy. "⟦d:r|She's been eating the goldfish, which the owners weren't thrilled about, but it probably kept her going,⟧" she said. "⟦d:r|We've named her Koi.⟧"

### 044
@a Abdirahman Warsame | -
@s Stanley Fairweather | -
@c Brickfield Borough Council | -
On a wedge of former car park between a tyre shop and the railway, two men in their seventies are arguing about courgettes.
"⟦d:a|You're planting them too close. They need air,⟧" said Abdirahman Warsame, 71, crouched over a raised bed.
"⟦d:s|They've had air for forty years. They're fine,⟧" said Stanley Fairweather, 76, who has been planting them too close since the Holloway Lane Community Garden opened in 2018.
Warsame, a former maths teacher who came to the city from Hargeisa in 1991, and Fairweather, a retired bus mechanic who has lived on the estate his whole life, met at the garden's first open day. They now see each other almost every morning.
"⟦d:a|I didn't know anyone on this estate for twenty years. I knew their faces. Now I know their tomatoes,⟧" Warsame said.
Fairweather was blunter. "⟦d:s|My wife died in 2017. If it weren't for this place I'd have sat in front of the telly until I joined her. Abdi wouldn't let me.⟧"
The garden's lease runs out next year. Brickfield Borough Council said it was "⟦p:c|exploring options⟧" for the site, which has been earmarked for housing. Asked what that meant, a council spokesman said no decision had been made.
"⟦d:s|Exploring options means a block of flats,⟧" Fairweather said. "⟦d:s|I'm not daft.⟧"
Warsame put a hand on his friend's shoulder. "⟦d:a|Then we will plant the courgettes too close on the roof.⟧"

### 045
@c Kestrel Water | -
@j Carrick-Sowande | -
@s - | a company spokeswoman
@g Ffion Treharne | founder of the campaign group Clear Rivers Now
A water company has lost its appeal against a record £14m fine for illegal sewage discharges into the River Tawel.
Kestrel Water had argued that the penalty imposed last year was "⟦p:c|disproportionate⟧" and failed to take account of its investment in treatment works.
Dismissing the appeal, Lady Justice Carrick-Sowande wrote that the company had shown "⟦p:j|a sustained disregard for its legal obligations⟧". "⟦d:j|The discharges were not accidents. They were the foreseeable result of decisions taken to save money,⟧" she wrote.
Kestrel Water said it accepted the ruling. "⟦d:s|We have already made significant changes and we will continue to do so,⟧" a company spokeswoman said.
Ffion Treharne, founder of the campaign group Clear Rivers Now, said the ruling was "⟦p:g|a long time coming⟧". "⟦d:g|Children swim in that river. Today a court has said, in black and white, that what Kestrel did was a choice,⟧" she said.

### 046
@o Saoirse Kilbane | one of the organisers
@d Ravi Chaudhry-Lane | Council leader
@p Ravensmoor Police | -
Several thousand people marched through the centre of Ardlow on Saturday in protest at plans to close the city's only maternity unit.
Marchers, many pushing prams, chanted "⟦s:-|Born in Ardlow!⟧" as they passed the council offices. One banner, held by a group of midwives, read: "⟦s:-|We Delivered You. Now Deliver For Us⟧".
Saoirse Kilbane, one of the organisers, told the crowd outside the hospital gates that the campaign would not stop "⟦p:o|until the plans are in the bin⟧". "⟦d:o|They think we'll get tired. We have newborns. We are already tired. We're used to it,⟧" she said, to laughter.
Council leader Ravi Chaudhry-Lane, who joined the march, said the decision rested with the health board. "⟦d:d|I've written to them twice and I'll write again on Monday. This city has forty thousand women of childbearing age. You can't send them fifty miles,⟧" he said.
Ravensmoor Police said the march had passed off peacefully. "⟦d:p|We thank the organisers for their cooperation,⟧" the force said.

### 047
@l Lionel Ashgrove-Petty | The housing minister
@r - | one reporter
@r2 - | another reporter
@s Sabine Kettering | the opposition housing spokeswoman
The housing minister, Lionel Ashgrove-Petty, faced repeated questions on Thursday over his department's decision to award a £40m contract to a company run by a former adviser.
"⟦d:l|Every rule was followed. Every single one,⟧" he told reporters outside the department. "⟦d:l|I had no involvement in the decision and I did not know the bid had been submitted.⟧"
"⟦d:r|Did you meet him in the month before the contract was awarded?⟧" one reporter asked.
"⟦d:l|I meet a lot of people,⟧" the minister replied.
"⟦d:r2|Is that a yes?⟧" another reporter called out.
Ashgrove-Petty did not answer, and went back inside.
Sabine Kettering, the opposition housing spokeswoman, said the minister's answers were "⟦p:s|evasive and frankly insulting⟧". "⟦d:s|It's a simple question. Either he met him or he didn't. If he can't remember, he should check his diary,⟧" she said.

### 048
@n Naledi Mokoena-Price | -
@f Frank Tollemache | My coach
Naledi Mokoena-Price won her third world title in the T54 1500m in August and celebrated, she says, with “⟦p:n|a very large pizza and eleven hours of sleep⟧”. At 33 she was the oldest woman in the final by four years, and she has no plans to stop.
“⟦d:n|People keep asking when I’ll retire. I tell them: when someone beats me,⟧” she said.
We spoke at her training base in Harlow Vale. The conversation has been condensed.
Q: You were a swimmer first. Why switch?
A: I was a bad swimmer. A very determined bad swimmer. Then my physio put me in a racing chair as a joke and I went round the track faster than the boys.
Q: What’s the best advice you’ve been given?
A: My coach, Frank Tollemache, told me in my first season: “⟦d:f|The race is won in the last hundred metres, but it’s lost in the first fifty.⟧” I didn’t understand it for about three years. Now I say it to the juniors and they look at me the way I looked at him.
Q: What would you change about the sport?
A: Prize money. Coverage. The fact that my chair costs more than my car. Pick one.

### 049
@e Edith Pengelly | -
@r Rosemary | Her daughter
@j Jess Pengelly-Ward | Edith's granddaughter
There have been Pengellys on Treworgan Farm since 1887, but until 1979 none of them had been a woman in charge. Then Edith Pengelly's husband fell off a trailer and broke his back, and she took over "⟦p:e|for a few weeks⟧".
"⟦d:e:m|That was forty-five years ago. He recovered, more or less, but by then I'd sorted out the milk contract and the bank and the vet, and he said, 'Well, you'd better carry on.'⟧
"⟦d:e:m|I think he was relieved. He never liked the paperwork. He liked the cows.⟧
"⟦d:e|I liked the cows too. But somebody had to argue with the bank.⟧"
Edith is 88 now and still walks the boundary every Sunday. Her daughter, Rosemary, 61, runs the dairy herd; Edith's granddaughter, Jess Pengelly-Ward, 26, has come home from agricultural college with ideas about regenerative grazing that her mother regards with suspicion.
"⟦d:r|She wants to let the grass grow long and move the cows every day. Every day!⟧" Rosemary said. "⟦d:r|I said to her, who's going to move them? She said, I will. We'll see how that goes in February.⟧"
Jess is undeterred. "⟦d:j|Mum thinks it's a fad. Gran thinks it's how they farmed in 1950, which it basically is,⟧" she said. "⟦d:j|Between the two of them I can't win, so I've stopped arguing and just started doing it.⟧"
Her grandmother watched from the kitchen doorway. "⟦d:e|She'll do,⟧" she said.

### 050
@m Lotte van der Berg | the museum's director
@d Alistair Gow-Mensah | -
A 17th-century portrait missing for nearly a century has been acquired by the Ardlow Museum of Art after a public appeal raised £2.4m in eight weeks.
The painting, known as "⟦s:-|The Woman in the Grey Hood⟧", was last exhibited in 1926 and had been assumed lost until it surfaced in a private collection in the south-west.
Lotte van der Berg, the museum's director, said the response had been "⟦p:m|astonishing⟧". "⟦d:m|We had donations of five pounds from schoolchildren and donations of six figures, and every one of them came with a letter about why this painting mattered to them,⟧" she said.
Sir Alistair Gow-Mensah OBE, whose family owned the painting for four generations, agreed to sell it for well below its market value. "⟦d:d|My grandfather always said it should hang somewhere people could see it. It has taken us rather a long time to listen to him,⟧" he said.
The museum said the portrait would go on display in the spring after conservation work.

### 051
@f Faisal al-Mansouri | -
@h Henrik Dahlgaard | -
@s - | one former student
For most of the 2000s, Faisal al-Mansouri and Henrik Dahlgaard were the two best-known names in the study of bat echolocation, and they did not speak to each other.
"⟦d:f|We had a disagreement about a frequency. That was it. A number,⟧" al-Mansouri said in his office at the University of Harrowgate, where a bat skeleton hangs from the lampshade. "⟦d:f|It lasted eleven years.⟧"
Dahlgaard, who works at the Skarvik Institute in Norway, remembers it differently. "⟦d:h|It wasn't a number. It was his number, and it was wrong,⟧" he said over a video call. "⟦d:h|I was right for eleven years and nobody bought me a drink.⟧"
The feud ended in 2013, when the two men were seated next to each other at a conference dinner by an organiser who, according to one former student, "⟦p:s|either had a sense of humour or hadn't read the literature⟧".
"⟦d:f|We talked for four hours. By the end we'd worked out that we were both wrong,⟧" al-Mansouri said.
"⟦d:h|He was more wrong,⟧" Dahlgaard said when this was put to him.
Since then they have co-authored nineteen papers, most recently one showing that some species adjust their calls in response to wind noise. The 52-year-old Dane says the collaboration works precisely because they still argue.
"⟦d:h|Faisal writes a draft, I delete half of it, he puts it back. After six rounds we have a paper. It's very efficient, in a stupid way,⟧" he said.
Al-Mansouri, asked about this, laughed. "⟦d:f|He deletes the wrong half.⟧"

### 052
@b Marian Thorsby | The Bishop of Wexcombe
@c - | One churchwarden in a rural parish
The Bishop of Wexcombe has urged parishes to keep church buildings open during the day after a survey found that two in five are now locked outside service times.
In a pastoral letter read in churches across the diocese on Sunday, the Rt Rev Marian Thorsby wrote: "⟦d:b|A locked church says to the person standing outside it: not for you. That is the opposite of what we are for.⟧"
She acknowledged concerns about theft and vandalism, which she described as "⟦p:b|real and not to be dismissed⟧", but said insurance and volunteer rotas could address most of them. The letter continued: "⟦d:b|I would rather we lost a candlestick than turned away someone who came looking for somewhere quiet to sit.⟧"
One churchwarden in a rural parish said the letter was "⟦p:c|easy to write from a cathedral⟧". "⟦d:c|We had the lead stolen off the roof twice in three years. I'd love to leave the door open. I'd also love a roof,⟧" he said.

### 053
@e Ewart Maconochie | -
@s Sheena | his wife
@a Alasdair | Their son
For twenty-two years Ewart Maconochie and his wife, Sheena, kept the light on Sgeir Dhubh, a rock four miles off the mainland with no trees, no shop and, for most of the winter, no visitors.
``⟦d:e|People ask if we were lonely. We were too busy to be lonely,⟧'' said Ewart, now 79. ``⟦d:e|There was always something to paint or fix or polish. The light doesn't look after itself.⟧''
Sheena, 76, is less romantic about it. ``⟦d:s|He was too busy. I was lonely,⟧'' she said. ``⟦d:s|I read every book in the county library twice. They used to send them over in a crate with the groceries.⟧''
The light was automated in 1998 and the couple moved to a bungalow in Inverculla, where a photograph of the rock hangs above the television.
Their son, Alasdair, spent his first eight years on the island and now works as an engineer on the ferries. ``⟦d:a|I thought every child had a lighthouse. I was very disappointed when I went to school,⟧'' he said.
Asked whether he would go back, Ewart did not hesitate. ``⟦d:e|Tomorrow.⟧''
His wife looked at him for a long moment. ``⟦d:s|He would, too,⟧'' she said. ``⟦d:s|On his own.⟧''

### 054
@a - | one source
@c Haverleigh Athletic | -
@p Isabel de la Cruz Ortega | -
Haverleigh Athletic have signed the Spain international Isabel de la Cruz Ortega from Real Valdemora for a fee understood to be a record for a women's player in the league.
According to sources close to the deal, the midfielder has agreed a three-year contract and turned down offers from two clubs abroad. The deal was "⟦p:a|done in a weekend once she'd seen the training ground⟧", one source said.
Haverleigh Athletic said in a statement that de la Cruz Ortega was "⟦p:c|exactly the kind of player we want to build around⟧".
In a post on social media, the 25-year-old wrote in Spanish and English: "⟦d:p|Nuevo capítulo. Con muchas ganas.⟧" — "⟦d:p|New chapter. Can't wait.⟧"

### 055
@d Dorothea Kwiatkowska | the head of wardrobe
@p Precious Nwankwo | a cutter who joined from a bridal firm in 2016
@l Lily-Mae Fitch | The newest apprentice
Backstage at the Grand Royal in Harrowgate, in a room with no windows and forty-one sewing machines, Dorothea Kwiatkowska is inspecting a hem.
"⟦d:d|Two millimetres,⟧" she said, holding it up to the light. "⟦d:d|Nobody in the audience will ever see it. I will see it. Again.⟧"
Kwiatkowska, the head of wardrobe, has run the department for nineteen years and built costumes for, by her count, 212 productions. She is known throughout the building as "⟦s:-|the General⟧", a title she claims to dislike.
"⟦d:d|I am not a general. Generals have people who do what they say,⟧" she joked.
Precious Nwankwo, a cutter who joined from a bridal firm in 2016, insisted the nickname was affectionate. "⟦d:p:m|She's the best in the country. I mean that. When I arrived I thought I knew how to cut a bodice. She watched me for about a minute and then took the scissors off me, very gently, the way you take them off a child.⟧
"⟦d:p|I was furious for a week. Then I realised she was right, and I've been learning ever since.⟧"
The newest apprentice, Lily-Mae Fitch, is 19 and came to the Grand Royal straight from college. She is working on her first principal costume, a ballgown for the autumn opera, and admits she is terrified.
"⟦d:l|Precious checks my work, and then Dorothea checks Precious's work, so if I've done something wrong, two people find out,⟧" she said. "⟦d:l|It's very motivating.⟧"
Asked whether a mistake of hers had ever reached the stage, Dorothea was silent for a moment. "⟦d:d|Once. 2011. A button. We do not talk about the button.⟧"

### 056
@g National Geological Survey | -
@n A. K. Nwosu-Hale | a volcanologist with the Survey
@m Elín Hákonardóttir | mayor of Vestrahöfn
A small volcanic eruption that began on Tuesday near the fishing town of Vestrahöfn is unlikely to threaten homes, scientists said, though the harbour has been closed as a precaution.
The eruption, from a fissure about 600 metres long, is producing "⟦p:g|modest⟧" amounts of lava, according to the National Geological Survey, which said the flow was moving away from the town.
"⟦d:n|It's a very well-behaved eruption so far. The worry is always that the fissure lengthens towards the south, and we are watching that closely,⟧" A. K. Nwosu-Hale, a volcanologist with the Survey, told reporters.
Elín Hákonardóttir, mayor of Vestrahöfn, said residents were calm. "⟦d:m|Við höfum séð þetta áður,⟧" she said. "⟦d:m|We have seen this before.⟧"

### 057
@b Delroy Campbell-Hinds | -
@k Kwabena | His apprentice
@c - | One customer
Delroy Campbell-Hinds has cut hair in the same chair on Wick Street for thirty-one years, and in that time, he estimates, he has heard about 200,000 confessions.
"⟦d:b|A barber is a priest with clippers. They sit down, they look in the mirror, and they tell you things they haven't told their wife,⟧" he said.
His apprentice, Kwabena, 22, is still learning the second part of the job. "⟦d:k|The cutting I can do. The listening is harder. Delroy knows when to say nothing. I always want to give advice,⟧" he said.
"⟦d:b|He gives terrible advice,⟧" Campbell-Hinds said from the next chair. "⟦d:b|Last week he told a man to propose. The man was already married.⟧"
"⟦d:k|He didn't say he was married!⟧"
One customer, waiting with a newspaper, looked up. "⟦d:c|He proposed anyway. To the same woman. She said yes again.⟧"
The shop has survived two recessions, a pandemic and the arrival of four rival barbers within a quarter of a mile. Campbell-Hinds puts it down to one thing.
"⟦d:b|Consistency. Same chair, same radio station, same price for pensioners since 2009. People don't come for the haircut. They come because it's the same.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh28.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh28",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
