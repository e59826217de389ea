# ruff: noqa: E501
"""Build ``quotes_fresh66.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, sport match reports and press
conferences, travel, culture reviews with artists' quotes, consumer and personal
finance stories, local news, court reports, obituaries and international wire copy,
in the house styles of wire services, broadsheets, tabloids, local papers, magazines
and broadcasters' web pages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh66-NNN``.

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
  it: the appositive is the description. A title or relational phrase before the name
  alone (``Headteacher …``, ``Her daughter …``, ``the guard, …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 26-year-old``,
  ``the director``), that description is taken. An appositive given at a later cue
  (``Benali, 41, a pharmacist``) is taken when the introduction gave none.
* A non-restrictive relative clause (after a comma) is not part of the description; a
  restrictive one is (``a trader … who asked not to be named``).
* A named organisation is the speaker under its name without a leading article
  (``Harlow & Finch``, ``Competition and Markets Board``); a body with no proper name
  is the speaker as written (``the health department``).
* Fragments quoted from unidentified reviews, documents or people are ``partial`` with
  a null speaker; when the passage identifies whose words they were, that person is
  the speaker.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null.
* A quotation marked inside an unmarked transcript answer belongs to the person the
  answer says spoke it.
* Posts and captions on social media and letters to the paper are ``direct`` speech
  by their author.
* A job title used as a label for a role (``beaver officer``) that reports a
  speaker's wording in indirect speech is ``partial`` by that speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh66.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh66.jsonl")

PASSAGES = """
### 001
@a Tomás Aldana Ruiz | Governor
@b - | a person familiar with the committee's discussions
@c Hannah Lindqvist | chief economist at Norrholm Securities
KESTRAVIK, March 14 (Meridian Wire) - The Bank of Kestria held its benchmark rate at 4.25% on Thursday for a fourth straight meeting, but Governor Tomás Aldana Ruiz signalled that cuts could begin before the summer if inflation keeps easing.
"⟦d:a|We are not there yet, but we can see the shore,⟧" Aldana Ruiz told a news conference after the decision. "⟦d:a|The committee wants to see two more months of data before it moves.⟧"
He declined to say whether the vote had been unanimous. "⟦d:a|The minutes will speak for themselves in two weeks,⟧" he said.
Two of the seven members favoured an immediate quarter-point cut, according to a person familiar with the committee's discussions, who spoke on condition of anonymity because the deliberations are private. "⟦d:b|It was closer than the statement suggests,⟧" the person said.
Hannah Lindqvist, chief economist at Norrholm Securities, said the governor's language was "⟦p:c|noticeably softer⟧" than in January.
"⟦d:c|The 'shore' line is as close as this central bank gets to pre-announcing a move,⟧" she said. "⟦d:c|We now expect a cut in May, and a second one by September.⟧"
The kestra weakened 0.4% against the dollar after the announcement, while two-year bond yields fell 11 basis points.

### 002
@f Fairbourne | the country's third-largest grocer
@a Deborah Achterberg | the chief executive
@b Gwen Pryce-Harland | the finance director
@c Rupert Ossai | an analyst at Calloway Brokers
Fairbourne, the country's third-largest grocer, has warned that the price war among supermarkets will eat into profits for “⟦p:f|at least another year⟧”, even as it reported its strongest Christmas trading in a decade.
Like-for-like sales rose 5.8 per cent in the six weeks to January 6, helped by what the company called “⟦p:f|a very good party-food season⟧”.
Deborah Achterberg, the chief executive, said shoppers were still “⟦p:a|watching every penny⟧”.
“⟦d:a|People have not stopped being careful just because inflation has come down,⟧” she said. “⟦d:a|They are buying the treat, but they are buying it on promotion.⟧”
Achterberg, who joined from a Dutch convenience chain in 2021, said the company would keep cutting prices on about 400 staple lines. “⟦d:a|We would rather take a smaller margin than lose the customer,⟧” she said. “⟦d:a|Once they go, they don't come back for a long time.⟧”
Gwen Pryce-Harland, the finance director, told analysts on a call that margins would be “⟦p:b|in the low threes⟧” for the full year. Asked whether that could slip further, she replied: “⟦d:b|We've given a range. I'm comfortable with the range.⟧”
Shares fell 3 per cent in early trading before recovering. Rupert Ossai, an analyst at Calloway Brokers, said investors had hoped for more. “⟦d:c|The sales are great. The problem is that everybody now knows exactly what those sales cost,⟧” he said.
Fairbourne will pay a final dividend of 4.1p a share.

### 003
@a Kerry-Ann Doyle | a mum-of-three from Halbrook
@b - | a spokeswoman
@c Leon Abernathy-Shaw | Consumer campaigner
A FAMILY has been left reeling after an energy firm sent a bill for £4,312 - for a one-bedroom flat that had been empty for five months.
Kerry-Ann Doyle, 38, a mum-of-three from Halbrook, said she "⟦p:a|nearly collapsed⟧" when she opened the letter from PowerPlus Home.
"⟦d:a|I thought it was a joke. Then I saw the red writing and the word 'final' and my legs went,⟧" she said.
"⟦d:a|I've got three kids and I work nights in a care home. Where am I supposed to find four grand?⟧"
The flat had belonged to her late father, Des, and Kerry-Ann had been trying to sell it since his death in the spring.
She rang the firm eleven times. "⟦d:a|Every time it was a different person and every time I had to explain that my dad was dead. It was like being kicked over and over,⟧" she told the Daily Clarion.
After we contacted PowerPlus Home, the company apologised and cancelled the bill.
"⟦d:b|This was an error caused by estimated readings and we are very sorry for the distress caused to Ms Doyle,⟧" a spokeswoman said. "⟦d:b|We have applied a goodwill payment to her account.⟧"
Kerry-Ann said: "⟦d:a|It shouldn't take a newspaper. But I'm glad it's over.⟧"
Consumer campaigner Leon Abernathy-Shaw said the case was "⟦p:c|sadly typical⟧". "⟦d:c|Estimated bills on empty homes are a scandal. People who are grieving should not have to fight like this,⟧" he said.

### 004
@a Barnaby Fenwick-Hale | the Liberal Democrat councillor for Market ward
@b Oluwaseun Adeyemi | the council's cabinet member for housing
@c Margaret Trask | -
@d Castlegate Homes | developer
Plans to turn Hollins Street car park into 46 flats were approved by Dunmere District Council on Tuesday night after a heated two-hour meeting.
The scheme, from developer Castlegate Homes, was passed by seven votes to five.
Barnaby Fenwick-Hale, the Liberal Democrat councillor for Market ward, said the loss of 120 parking spaces would “⟦p:a|kill off⟧” the independent shops on Hollins Street, and accused colleagues of “⟦p:a|selling the town centre for a quick buck⟧”.
“⟦d:a|Nobody is going to carry a week's shopping from the multi-storey on Quarry Road. They will drive to the retail park instead, and this street will die,⟧” he said.
“⟦d:a|We are being asked to trade the heart of the town for a developer's spreadsheet.⟧”
Oluwaseun Adeyemi, the council's cabinet member for housing, said the town needed homes more than parking. “⟦d:b|I have 1,900 families on the waiting list. I cannot look them in the eye and say a car park matters more,⟧” he said.
He added that 14 of the flats would be affordable. “⟦d:b|That is not nothing. That is fourteen families.⟧”
Margaret Trask, 81, who has lived on Hollins Street since 1967 and is known to everyone on it as “⟦s:-|Peg⟧”, watched from the public gallery.
“⟦d:c|I don't drive, so I don't care about the parking,⟧” she said afterwards. “⟦d:c|What I care about is whether they'll put a bench in. Nobody ever puts a bench in.⟧”
Castlegate Homes said it was “⟦p:d|delighted⟧” with the decision and would begin work in the autumn.

### 005
@a Théodore Mbarga-Nkoulou | a forest guard
@b Solène Abanda | a herpetologist at the University of Yamboro who led the study
@c Rainer Holtkamp | an ecologist at the Lindau Natural History Museum who was not involved in the research
Researchers have described a new species of tree frog from the cloud forests of the Ouéla highlands, a discovery they say shows how little is known about the region's wildlife.
The frog, named Hyperolius ouelensis, is about the size of a thumbnail and has a bright orange throat. It was first noticed in 2019 by Théodore Mbarga-Nkoulou, a forest guard, who heard what he took to be an insect.
«⟦d:a|Je croyais que c'était un grillon. Pendant deux ans, j'ai cru que c'était un grillon⟧», he said by telephone from the village of Akoum. («⟦d:a|I thought it was a cricket. For two years, I thought it was a cricket.⟧»)
Dr Solène Abanda, a herpetologist at the University of Yamboro who led the study, said the animal's call was unlike that of any known species. «⟦d:b|When we played the recordings to colleagues, nobody could place it⟧», she said. «⟦d:b|That is usually the moment you start to get excited.⟧»
The team spent three rainy seasons recording the frogs at night and collecting tissue samples for genetic analysis.
Rainer Holtkamp, an ecologist at the Lindau Natural History Museum who was not involved in the research, called the find remarkable. «⟦d:c|Finding a new frog in Africa is not rare. Finding one this distinctive, in a forest that people have walked through for decades, is⟧», he said.
Abanda warned that the forest was being cleared for tea plantations. «⟦d:b|We may have named it just in time to watch it disappear⟧», she said.
Mbarga-Nkoulou, 52, said he was proud but worried. «⟦d:a|My children can say their father found a frog. I want them to be able to go and hear it.⟧»

### 006
@a Anil Venkataraman | Health Secretary
@b Siobhán Ní Bhriain | general secretary of the Northern Nurses' Federation
@c Gareth Pulford | -
@d Rosalind Okafor | the opposition's health spokeswoman
@e the health department | -
More than 14,000 patients in the Caldermoor health region waited longer than 12 hours in emergency departments last month, the highest figure since records began, new data shows.
Health Secretary Anil Venkataraman said the numbers were "⟦p:a|unacceptable⟧" but insisted the system was "⟦p:a|turning a corner⟧".
"⟦d:a|Nobody should wait 12 hours on a trolley, and I'm not going to stand here and defend it,⟧" he told Caldermoor Radio. "⟦d:a|But we have opened 300 extra beds since October and we are beginning to see the benefit.⟧"
Siobhán Ní Bhriain, general secretary of the Northern Nurses' Federation, said staff were "⟦p:b|exhausted and angry⟧".
"⟦d:b|My members are nursing patients in corridors, in cupboards, in the back of ambulances,⟧" she said. "⟦d:b|The Health Secretary keeps telling us about a corner. We'd like to know where it is.⟧"
Gareth Pulford, 67, spent 19 hours in the emergency department at Kelmarsh General with a suspected broken hip. "⟦d:c|The staff were wonderful. They kept apologising, which made me feel worse for them,⟧" he said.
Rosalind Okafor, the opposition's health spokeswoman, called the figures "⟦p:d|a national disgrace⟧". "⟦d:d|Ministers have had three winters to prepare for this one,⟧" she said.
The health department said in a statement that winter pressures had been "⟦p:e|exceptional⟧" and that flu admissions were double last year's.

### 007
@a Ioane Lealaiauloto | the 22-year-old fly-half
@b Jacques Ferreira-Botha | the Kingsbarrow captain
@c Wiremu Tane-Hollis | Kingsbarrow head coach
@d Declan Furlong | Port Ellery’s director of rugby
Kingsbarrow 27 Port Ellery 24
Ioane Lealaiauloto kicked a touchline conversion with the last act of the match to give Kingsbarrow a victory that had looked beyond them when they trailed by 14 points at half-time.
The 22-year-old fly-half, playing only his third senior game, had missed two simpler kicks earlier in the afternoon.
“⟦d:a|I wasn’t thinking about the others. You can’t,⟧” he said. “⟦d:a|Jacques came over and said ‘just hit it like training’, so I hit it like training.⟧”
Jacques Ferreira-Botha, the Kingsbarrow captain, laughed when told of that. “⟦d:b|I said a lot more than that, but you can’t print most of it,⟧” he said.
Kingsbarrow head coach Wiremu Tane-Hollis praised his side’s “⟦p:c|bloody-mindedness⟧” after the break.
“⟦d:c|At half-time there was no shouting. There didn’t need to be. Everyone in that room knew we’d been second to everything,⟧” Tane-Hollis said.
“⟦d:c|What pleases me is that we didn’t panic. We kept the ball, we went through the phases, and eventually they cracked.⟧”
Port Ellery’s director of rugby, Declan Furlong, was left to rue a yellow card for his lock Ruairí Brennan ten minutes from time.
“⟦d:d|You can’t give a side like that a man advantage at the end of a game. It’s as simple as that,⟧” Furlong said. “⟦d:d|I’m proud of the effort. I’m not proud of the discipline.⟧”

### 008
@a Henrik Solberg | the Dunmore Athletic manager
@b - | one journalist
@c - | a third reporter
Henrik Solberg insists he has no interest in the vacant Norway job, despite reports at home that he has been approached.
The Dunmore Athletic manager was asked about the speculation three times during his press conference ahead of Sunday's cup semi-final against Brackley City.
"⟦d:a|I have a job. I like my job. I have a semi-final on Sunday,⟧" Solberg said the first time.
"⟦d:b|Has anyone from the federation contacted you?⟧" one journalist asked.
"⟦d:a|Nobody has contacted me. If they had, I would tell them the same thing I am telling you.⟧"
When a third reporter asked whether he could rule it out "⟦p:c|for good⟧", Solberg smiled. "⟦d:a|For good is a long time. I am 58. Ask me when I am 70.⟧"
The Norwegian confirmed that winger Kofi Asante-Mensah would miss the match with a hamstring injury. "⟦d:a|It's a big loss. Kofi has been our best player since Christmas,⟧" he said.
Asked about Brackley's Tobias Reinholt, who has scored in seven consecutive games, Solberg was full of praise. "⟦d:a|He is a very clever player. He doesn't run much, but he is always where the ball arrives. We will have to talk to him a lot,⟧" he said, laughing.

### 009
@a Sayaka Morimoto | the 24-year-old Japanese
@b Valentina Dragomir | the world No 9
Sayaka Morimoto admitted she had “⟦p:a|run out of legs⟧” after her three-hour quarter-final defeat by Valentina Dragomir at the Lisvane Open on Wednesday.
The 24-year-old Japanese, who saved four match points in the second set, lost 6-4, 6-7 (5), 6-2 in the hottest conditions of the tournament.
“⟦d:a|In the third set, my body was not listening to me,⟧” Morimoto said through an interpreter. “⟦d:a|I wanted to move forward but my legs said no.⟧”
She said she had taken an ice bath between sets but it had made little difference. “⟦d:a|Maybe it is my fault. Maybe I did not drink enough in the morning. I will check with my team.⟧”
Dragomir, the world No 9, who will face either Anouk Verstraeten or Priscila Ameijeiras in the semi-final, said she had been “⟦p:b|a bit lucky⟧” with the heat.
“⟦d:b|I grew up by the Black Sea. August there is like this. This is my weather,⟧” the Romanian said. “⟦d:b|But she played unbelievable tennis in the second set. I was just hanging on.⟧”
Asked if she had been worried after the missed match points, Dragomir was candid. “⟦d:b|Worried? I was furious. I threw my racket in the locker room. Please don’t tell my mother.⟧”

### 010
@a Ernesto Quaglieri | -
@b Chiara Donadoni | a mountain guide who grew up in the next valley
The road to Valcastro ends in a square with a fountain, a church and a bar that seems to have no name. The sign above the door simply says “⟦s:-|Bar⟧”.
Inside, Ernesto Quaglieri, who has run it for 31 years, was slicing ham for three hikers. “⟦d:-|Why no name?⟧” I asked.
“⟦d:a|Because there is only one,⟧” he said, as if explaining something to a child. “⟦d:a|If there were two bars, I would need a name.⟧”
Valcastro, population 212, sits at 1,400 metres at the head of a valley in the Serrana range. The village lost its school in 2009 and its bus in 2015, and for a while it seemed it would lose everything else. Then the walkers came.
“⟦d:b|Ten years ago you would see maybe five foreigners in a summer,⟧” said Chiara Donadoni, a mountain guide who grew up in the next valley. “⟦d:b|Now in August I turn people away.⟧”
Donadoni leads day walks up to the Passo della Cerva, a four-hour climb past abandoned shepherds' huts. She is blunt about what the boom has and hasn't done.
“⟦d:b|The tourists saved the bar and the shop. They did not save the school. You cannot fill a school with people who leave on Sunday.⟧”
On my last evening, Quaglieri poured me a glass of something green and homemade and refused payment. “⟦d:a|You will write something nice,⟧” he said. It was not a question.

### 011
@a Nkechi Obiora-Lindgren | -
@b Fenella Dace | -
@c Yusuf Kaya | the designer
There is a moment near the end of “⟦s:-|The Salt Year⟧”, Nkechi Obiora-Lindgren’s revival at the Orrery, when Fenella Dace simply stops speaking and looks at the audience for what feels like a full minute. On press night nobody coughed.
“⟦d:a|I told Fenella to hold it until it became unbearable, and then hold it a bit longer,⟧” Obiora-Lindgren told me a week before opening. “⟦d:a|Most directors are frightened of silence. I think silence is where the audience does its work.⟧”
The play, Tobias Wren’s 1978 drama about a fishing family in the year the herring disappeared, was dismissed at its premiere as “⟦p:-|a wet weekend in four acts⟧”. Obiora-Lindgren has always thought it was misunderstood.
“⟦d:a|People saw it as a play about fish. It’s a play about a marriage. The fish are just the reason they can’t leave each other,⟧” she said.
Dace, who plays the matriarch Ellen Carrow, is superb: flinty, funny and, in the final scene, devastating. She based the character partly on her own grandmother. “⟦d:b|Nan never said ‘I love you’ once in her life. She said ‘have you eaten’. It meant the same thing,⟧” she told me.
The design, by Yusuf Kaya, is less successful, its revolving jetty creaking audibly at every turn, though Kaya insists that is deliberate. “⟦d:c|The whole set is an old boat. Old boats complain,⟧” the designer said.
Still, for Dace’s final minute alone, this is a revival worth the trip.
“⟦s:-|The Salt Year⟧” is at the Orrery Theatre until 14 June.

### 012
@a Tomasz Ilić | singer
@b Ravi Chandrasekhar | the band's producer and keyboard player
Haldane Park have never been in a hurry. Their third album, "⟦s:-|Weathervane⟧", arrives six years after the last, and its 11 songs took, by singer Tomasz Ilić's estimate, "⟦p:a|about four hundred attempts⟧" to get right.
"⟦d:a|We're slow. We know we're slow. Our label knows we're slow,⟧" Ilić says, sitting in the back room of a pub in Carrowgate. "⟦d:a|But we'd rather put out one record people keep than five they forget.⟧"
Ravi Chandrasekhar, the band's producer and keyboard player, is the one who says no. "⟦d:b|Tomasz will write a song in an afternoon and then I'll spend eight months telling him it isn't finished,⟧" Chandrasekhar says. "⟦d:b|Sometimes I'm wrong. Not often.⟧"
Ilić rolls his eyes. "⟦d:a|He's wrong all the time. He just never admits it.⟧"
The results justify the wait. Opener "⟦s:-|Salt on the Glass⟧" builds from a single piano note into something enormous, while "⟦s:-|Marigold Road⟧" - written, Ilić says, "⟦p:a|for my dad, who will never hear it⟧" - is the most affecting thing they have done.
Asked about the six-year gap, Chandrasekhar shrugs. "⟦d:b|Life happened. Two kids, one divorce, a pandemic. Records are the easy bit.⟧"
"⟦s:-|Weathervane⟧" is out on Friday on Stillwater Records.

### 013
@a Agnieszka Wolańska-Reid | -
@b Desmond Oyelaran | the garden's current director
@c Helena Reid | their daughter
Agnieszka Wolańska-Reid, who has died aged 88, spent more than half a century cataloguing the mosses of the northern uplands, a task she once described as “⟦p:a|like counting grains of sand, if the sand kept changing its name⟧”.
She came to Hallam as a child refugee in 1947, speaking no English, and joined the Hallam Botanic Garden in 1961 as an assistant. She stayed until her retirement in 2001, by which time she was its keeper of cryptogams.
“⟦d:a|Nobody else wanted the job. Mosses are not glamorous. You cannot give a moss to your mother on her birthday,⟧” she told this newspaper in 1998.
Her field notebooks, 212 of them, are now held by the garden's library. Desmond Oyelaran, the garden's current director, said they were “⟦p:b|a national treasure, written in terrible handwriting⟧”.
“⟦d:b|She could identify a species from across a stream, without her glasses, in the rain. I have never met anyone with an eye like it,⟧” he said.
She was fiercely independent and continued to do fieldwork into her eighties. In 2019 she was found by a mountain rescue team after spending a night on Carn Bheag with a twisted ankle. “⟦d:a|I had a flask and a good coat. I was perfectly comfortable. I was annoyed they woke me,⟧” she said at the time.
She married the geologist Hamish Reid in 1964; he died in 2010. She is survived by their daughter, Helena, and two grandsons.
“⟦d:c|Mum taught me the Latin names of everything in the garden before I could read,⟧” Helena Reid said. “⟦d:c|I still can't walk past a wall without looking at what's growing on it.⟧”
Agnieszka Wolańska-Reid, botanist, born 3 May 1936; died 19 February 2025

### 014
@a Élodie Rakotondrabe | Varsenne's opposition leader
@e - | the incumbent's camp
@b Fabrice Lanvin | President Jean-Baptiste Okemba's campaign director
@c the electoral commission | -
@d - | A Western diplomat in Port-Séverin
PORT-SÉVERIN, June 2 (Agence Continentale) - Varsenne's opposition leader Élodie Rakotondrabe claimed victory in Sunday's presidential run-off on Monday, hours before official results were due, as the incumbent's camp accused her of «⟦p:e|a dangerous provocation⟧».
«⟦d:a|Le peuple a parlé⟧», Rakotondrabe told thousands of supporters gathered outside her party's headquarters. «⟦d:a|The people have spoken⟧», she repeated in English for foreign reporters.
«⟦d:a|We will not accept any result that has been cooked in the back rooms of the electoral commission⟧», she said, as the crowd chanted «⟦s:-|Élodie présidente⟧».
President Jean-Baptiste Okemba's campaign director, Fabrice Lanvin, said the opposition was trying to «⟦p:b|create facts on the ground⟧». «⟦d:b|Only the commission can announce a result. Everything else is noise, and dangerous noise⟧», he told reporters.
The electoral commission said in a statement that counting was «⟦p:c|progressing normally⟧» and that provisional results would be published by Wednesday.
A Western diplomat in Port-Séverin, speaking on condition of anonymity, said the next 48 hours would be «⟦p:d|extremely delicate⟧». «⟦d:d|Both sides have prepared their supporters for victory. Only one of them is going to get it⟧», the diplomat said.

### 015
@a Pradeep Sandhu | -
@b - | A spokesperson
Pradeep Sandhu from Wellbury booked four return seats with budget carrier SkyArrow to visit his mother-in-law in Palmira last October. Three days before departure, the outbound flight was cancelled.
"⟦d:a|SkyArrow emailed to say we had been 'rebooked' onto a flight two days later, which was no use because we'd have missed the wedding we were going for,⟧" he writes. "⟦d:a:m|I cancelled and asked for a refund of £1,164. They sent me a voucher instead.⟧
"⟦d:a|I have now spent five months asking. I've phoned, emailed, used the chatbot and filled in the complaint form twice. Each time I'm told it's 'being processed'. How long can processing take?⟧"
Under the rules, when an airline cancels you are entitled to a cash refund within seven days if you ask for one. A voucher is only acceptable if you agree to it, and you didn't.
I put your case to SkyArrow. A spokesperson said: "⟦d:b|We apologise to Mr Sandhu for the delay. A full refund of £1,164 has now been processed and he should see it within five working days.⟧"
The spokesperson added that the airline had been dealing with "⟦p:b|an unusually high volume of refund requests⟧" after strikes by air traffic controllers.
Mr Sandhu has since confirmed the money has arrived. "⟦d:a|I'm thrilled, obviously, but it's absurd that it took a newspaper,⟧" he said.

### 016
@a Marguerite Olanrewaju-Berg | head of equity strategy at Tamsin & Hale
@b Vennor Systems | Chipmaker
@c Daisuke Harada | Vennor chief executive
@d Pieter Oosthuizen | a portfolio manager at Greyfriars Capital
@e - | a trader at a European bank in Aldergate who asked not to be named
ALDERGATE, Oct 9 (Meridian Wire) - Stocks fell for a third session on Wednesday, with the benchmark AX-100 index dropping 1.8%, as a slide in technology shares deepened and government bond yields climbed to a 16-year high.
"⟦d:a|This is a market that has suddenly remembered that money costs something,⟧" said Marguerite Olanrewaju-Berg, head of equity strategy at Tamsin & Hale. "⟦d:a|For two years, investors priced growth stocks as if rates would go back to zero. They are not going back to zero.⟧"
Chipmaker Vennor Systems slid 7.2% after it cut its full-year revenue forecast, citing "⟦p:b|softer than expected demand⟧" from data-centre customers.
Vennor chief executive Daisuke Harada told analysts the slowdown was "⟦p:c|a pause, not a reversal⟧". "⟦d:c|Our customers are digesting what they bought last year. We expect orders to recover in the second half,⟧" he said.
Not everyone was convinced. "⟦d:d|Every chipmaker says 'second half'. It's always the second half,⟧" said Pieter Oosthuizen, a portfolio manager at Greyfriars Capital. "⟦d:d|At some point you have to ask which year.⟧"
The yield on the 10-year bond rose 9 basis points to 4.91%.
"⟦d:e|Nobody wants to be the first to buy,⟧" said a trader at a European bank in Aldergate who asked not to be named. "⟦d:e|Everyone is waiting for someone else to blink.⟧"

### 017
@t Tillfield | a startup that uses satellite images to tell farmers when to water their crops
@a Amara Nwachukwu | a former irrigation engineer
@b Linnea Bergqvist | a data scientist
@c Jomo Kariuki | a partner at Redgum
Tillfield, a startup that uses satellite images to tell farmers when to water their crops, has raised $38m in a funding round led by Redgum Ventures, the largest investment yet in a farm-technology company in the region.
Founded in 2021 by Amara Nwachukwu, a former irrigation engineer, and Linnea Bergqvist, a data scientist, the company says its software cuts water use by “⟦p:t|up to a third⟧” on the farms that use it.
“⟦d:a|Farmers don’t need another dashboard. They need someone to tell them, in plain words, ‘water field six on Tuesday’,⟧” Nwachukwu said in an interview at the company’s offices in Marrow Quay.
Bergqvist, who wrote the first version of the software on her kitchen table, said the hardest part had been winning over sceptical growers.
“⟦d:b|The first farmer we worked with told us he’d give us one season to prove it, and if we were wrong he’d never speak to us again,⟧” she recalled. “⟦d:b|We were right, luckily. He still rings me every week.⟧”
Jomo Kariuki, a partner at Redgum, said the firm had looked at “⟦p:c|dozens⟧” of agritech companies before settling on Tillfield. “⟦d:c|What we liked was that they started with the farmer and not with the technology. That is rarer than you would think,⟧” he said.
The company plans to use the money to expand into three new markets and to double its staff of 45. Asked whether a sale or a stock market listing was on the cards, Nwachukwu laughed. “⟦d:a|We’ve just raised money. Let us enjoy it for a week.⟧”

### 018
@a Erik Halvard | a retired postman who has been photographing the night sky from his garden for 40 years
@b Yasmin Haddad | an astronomer at the Bellhaven Observatory
@c Ingrid Solheim-Baptiste | Her colleague
A comet that has not been seen from Earth for more than 3,000 years could become visible to the naked eye next month, astronomers say.
Comet Halvard was discovered in January by Erik Halvard, a retired postman who has been photographing the night sky from his garden for 40 years.
"⟦d:a|I checked it about twenty times before I told anyone. I was sure it was a smudge on the lens,⟧" he said.
Dr Yasmin Haddad, an astronomer at the Bellhaven Observatory, said the comet's brightness was "⟦p:b|notoriously hard to predict⟧". "⟦d:b|Comets are like cats. They do what they want,⟧" she said. "⟦d:b|It could be spectacular, or it could break up before it gets here.⟧"
Her colleague Dr Ingrid Solheim-Baptiste, who has modelled the comet's orbit, said the best time to look would be in the week after it passes closest to the Sun.
"⟦d:c|Find somewhere dark, look low in the west just after sunset, and give your eyes twenty minutes,⟧" she advised. "⟦d:c|Binoculars will help. Patience helps more.⟧"
Haddad added: "⟦d:b|If it does put on a show, people will remember it for the rest of their lives. The last time it came by, there was nobody here with a telescope.⟧"

### 019
@a Kwabena Asamoah-Darko | -
@b Felicity Harrowby | a sleep physician at St Aldric’s Hospital who was not involved in the research
@c Sleep Trust | a charity
Drinking coffee after 2pm cuts the amount of deep sleep people get by almost a fifth, even if they fall asleep as quickly as usual, according to a study of more than 2,000 adults.
Researchers at the University of Tollmere fitted volunteers with wrist monitors for a month and asked them to keep detailed diaries of what they drank and when.
“⟦d:a|Lots of people tell us, ‘Coffee doesn’t affect me, I can drink an espresso and go straight to sleep.’ And that is true, they do fall asleep,⟧” said Professor Kwabena Asamoah-Darko, who led the study. “⟦d:a|But the quality of that sleep is measurably worse. The deep, restorative stage is shorter.⟧”
He said the effect was largest in people over 50. “⟦d:a|As we get older we clear caffeine more slowly, so the afternoon cup is still in your system at midnight.⟧”
Dr Felicity Harrowby, a sleep physician at St Aldric’s Hospital who was not involved in the research, said it was “⟦p:b|a well-designed study⟧” but cautioned that wrist monitors were “⟦p:b|not as accurate as a proper sleep lab⟧”.
“⟦d:b|I wouldn’t want anyone to panic about their afternoon tea. But if you’re sleeping badly, the timing of your last coffee is one of the easiest things to change,⟧” she said.
The Sleep Trust, a charity, said the findings were “⟦p:c|a useful reminder⟧” that sleep problems often had simple causes.

### 020
@a Rhiannon Pugh | Headteacher
@b Ollie | Year 6 pupil
@c Amani | His classmate
@d Gethin Rowlands | Parent volunteer
Pupils at St Brannoc's Primary School in Lower Tidworth are celebrating after their tiny school garden won the top prize in the county's Green Schools Awards.
The garden, built on what used to be a staff car park, now grows enough vegetables to supply the school kitchen two days a week.
Headteacher Rhiannon Pugh said she was "⟦p:a|bursting with pride⟧". "⟦d:a|Three years ago this was tarmac and a broken bike shed. The children did almost all of it themselves, with a lot of help from grandparents,⟧" she said.
"⟦d:a|We've had visitors from four other schools asking how we did it.⟧"
Year 6 pupil Ollie, 11, said his favourite job was looking after the worm farm. "⟦d:b|People think worms are gross but they're actually really important. They eat the rubbish and make it into soil,⟧" he explained.
His classmate Amani, 10, added: "⟦d:c|I didn't like courgettes before. Now I do because I grew them.⟧"
Parent volunteer Gethin Rowlands, who built the raised beds, said: "⟦d:d|It's changed the whole feel of the school. Kids who used to hang about at the gate now come in early to water the tomatoes.⟧"
The school will receive £1,500 and a plaque, which Mrs Pugh said would go "⟦p:a|right next to the worm farm, where it belongs⟧".

### 021
@a Faisal Nadeem | the 33-year-old
@b Marius Venter | the Oldcastle captain
@c Paul Nkemelu | Westmarch head coach
Westmarch 312 for 7 (Nadeem 118, Carberry 64) beat Oldcastle 298 (Venter 87, Ashworth 4-51) by 14 runs
Faisal Nadeem’s first one-day hundred in four years carried Westmarch to a tense victory at Pellinor Road and kept alive their hopes of a home semi-final.
The 33-year-old, who was left out of the side for most of last season, reached three figures from 97 balls with a pulled six off the Oldcastle captain, Marius Venter.
“⟦d:a|There were times last year when I thought maybe that was it for me. You start to wonder,⟧” Nadeem said. “⟦d:a|So today means a lot. I’m not going to pretend it doesn’t.⟧”
Venter’s own 87 threatened to take the game away from Westmarch until he was superbly caught at long-on by Danny Carberry with 31 needed from 22 balls.
“⟦d:b|I hit it as well as I could. Danny just kept going back. Fair play to him,⟧” the South African said. “⟦d:b|We were in a good position and we didn’t finish it. That’s the frustrating bit.⟧”
Westmarch head coach Paul Nkemelu said Nadeem had “⟦p:c|earned every run⟧”. “⟦d:c|He’s worked harder than anyone in the nets this winter. Nobody deserves it more,⟧” he said.

### 022
@a Dawit Alemseged | the 26-year-old
@b Kiprono Chepkwony | the defending champion
@c Annelise Brouwer | Race director
RIVERHAM, April 21 (Meridian Wire) - Dawit Alemseged won the Riverham Marathon in 2:05:41 on Sunday, breaking a course record that had stood for 11 years, and said afterwards that he had not planned to run so fast.
"⟦d:a|The plan was to win. The record was a gift from the weather,⟧" the 26-year-old said through a translator. "⟦d:a|When there is no wind, you must use it.⟧"
Alemseged broke away from Kiprono Chepkwony at 35 kilometres and was never caught. Chepkwony, the defending champion, finished 48 seconds back.
"⟦d:b|I tried to go with him but my calf was tight from 30K,⟧" the Kenyan said. "⟦d:b|He was very strong today. I will come back next year.⟧"
Race director Annelise Brouwer said conditions had been "⟦p:c|perfect⟧" and that a record 41,000 runners had started. "⟦d:c|We had sunshine, eight degrees and no wind. You could not order a better day,⟧" she said.
Asked what he would do with the $50,000 record bonus, Alemseged smiled. "⟦d:a|First I will call my mother. Then I will sleep for two days.⟧"

### 023
@a Yetunde Fashola-Marsh | -
@b Conrad Pelletier | Her editor at Thornbury Press
Yetunde Fashola-Marsh wrote the first draft of ``⟦s:-|The Glass Orchard⟧'' in longhand, in 31 school exercise books, over four winters at her kitchen table in Harwick.
``⟦d:a|I can't think on a screen,⟧'' she says. ``⟦d:a|A screen is always asking you to do something else. A notebook just sits there and waits.⟧''
The novel, which follows three generations of women running a failing apple farm, has been shortlisted for the Halcyon Prize, and its author is still slightly bewildered by the attention.
``⟦d:a|Two years ago I was teaching Year 9 geography. Now people want to know what pen I use,⟧'' she says. ``⟦d:a|It's a biro. It's always been a biro.⟧''
Her editor at Thornbury Press, Conrad Pelletier, remembers reading the manuscript on a train. ``⟦d:b|I missed my stop. I missed the next one too. I rang my boss from a station I'd never heard of and said we had to buy it,⟧'' he says.
Fashola-Marsh, 46, grew up above her parents' launderette and still lives three streets from it. She is already at work on a second novel, though she will say only that it is ``⟦p:a|about a lighthouse, sort of⟧''.
Does she worry about following a success? ``⟦d:a|Every day. But I worried before, when nobody was reading me, so at least now the worry has company.⟧''

### 024
@a Rashid Al-Nuaimi | the 67-year-old
@b Beatrix Holm | The curator
Rashid Al-Nuaimi paints the sea as if he is angry with it. The 40 canvases in “⟦s:-|Tidelines⟧”, his first retrospective, at the Fenmoor Gallery until September, are thick with paint - in places it stands a centimetre proud of the surface - and almost entirely grey.
“⟦d:a|People say, ‘Why no blue?’ I say, go and look at the sea in February,⟧” the 67-year-old said, walking through the opening room. “⟦d:a|Blue is for postcards.⟧”
He worked as a ship’s painter in the docks at Khor Salim for 15 years before he ever stretched a canvas. “⟦d:a|I painted hulls before I painted pictures. It is the same movement, really. Only the ship never complained about the composition.⟧”
The curator, Beatrix Holm, spent three years tracking down the works. “⟦d:b|Some were in museums, some were in people’s attics, one was being used as a tabletop in a café in Sallowby,⟧” she said. “⟦d:b|We had to ask them to take the sugar bowl off it.⟧”
The show is uneven. The earliest works are tentative, and the late harbour scenes feel repetitive. But the central room, dominated by the vast “⟦s:-|Winter Crossing⟧” (1994), is overwhelming.
Asked which painting he would save from a fire, Al-Nuaimi did not hesitate. “⟦d:a|None. I would save the cat.⟧”

### 025
@a Harlow & Finch | the supermarket chain
@b Food Standards Office | -
@c Sinéad Mullarkey | -
Thousands of jars of baby food have been recalled after a customer found a piece of glass in one.
Harlow & Finch, the supermarket chain, said it was withdrawing all 190g jars of its "⟦s:-|Little Harvest⟧" apple and pear puree with best-before dates between 4 and 18 November "⟦p:a|as a precaution⟧".
"⟦d:a|The safety of our customers, and especially of the youngest ones, is our absolute priority,⟧" the company said in a statement. "⟦d:a|Customers should not eat the product and can return it to any store for a full refund, with no receipt needed.⟧"
The Food Standards Office said it was aware of "⟦p:b|a single confirmed incident⟧" and that there was no evidence of a wider problem at the factory.
The jar was found by Sinéad Mullarkey, 29, from Ashcombe, as she was feeding her nine-month-old son, Rory.
"⟦d:c|I felt something crunch on the spoon. When I looked, it was a sliver of glass about the size of my fingernail,⟧" she said. "⟦d:c|I just sat on the kitchen floor and shook.⟧"
Rory was checked at hospital and was unharmed. "⟦d:c|He's absolutely fine. He was more annoyed that his lunch had been taken away,⟧" Ms Mullarkey said.
She said the supermarket had been "⟦p:c|very apologetic⟧" but added: "⟦d:c|I won't be buying jars again. I'll be mashing my own bananas from now on.⟧"

### 026
@a Eamonn Rafferty | former Skelmoor United manager
@b Skelmoor United | The club
@c Trevor Akinola-Bright | His former captain
@d Danny Oduya | Current Skelmoor boss
Tributes have poured in for former Skelmoor United manager Eamonn Rafferty, who has died at the age of 79.
Rafferty, known throughout the game as "⟦s:-|Big Eamonn⟧", led Skelmoor from the fourth tier to the top flight in six seasons during the 1980s.
The club said in a statement: "⟦d:b|Eamonn was more than a manager. He was the heart of this club and of this town. Our thoughts are with Maureen and the family.⟧"
His former captain, Trevor Akinola-Bright, said Rafferty had "⟦p:c|changed my life⟧".
"⟦d:c|I was a nineteen-year-old kid who'd been released by two clubs. He picked me up off the scrapheap and made me captain at 22,⟧" he said. "⟦d:c|He could be terrifying. He threw a teapot at me once. But you would run through a wall for him.⟧"
Rafferty was famous for his dressing-room one-liners. After a 6-0 defeat at Denholm in 1984, he reportedly told his players: "⟦d:a|Lads, I've seen better defending at a car boot sale.⟧"
Looking back on his career in 2015, he said: "⟦d:a|I was lucky. I had good players and a chairman who never once asked me to explain myself. You can't ask for more.⟧"
Current Skelmoor boss Danny Oduya said the squad would wear black armbands on Saturday. "⟦d:d|Every player who comes through that door hears about Eamonn on day one. He's part of the furniture here,⟧" he said.

### 027
@a the regional disaster management authority | -
@b Ravindra Kulkarni | a district official in Mirapur
@c Shanti Devi Prasad | -
@d - | A spokesperson for the aid agency Relief Without Borders
MIRAPUR, Aug 17 (Continental Press) - At least 63 people have died and more than 200,000 have been forced from their homes after days of monsoon rain caused rivers to burst their banks across the southern Talvani region, officials said on Saturday.
The regional disaster management authority said the death toll was “⟦p:a|likely to rise⟧” as rescue teams reached cut-off villages.
“⟦d:b|Whole villages are under water up to the rooftops. People are sitting on the roofs waiting for boats,⟧” said Ravindra Kulkarni, a district official in Mirapur. “⟦d:b|We have 40 boats. We need four hundred.⟧”
Shanti Devi Prasad, 54, said she had spent two nights on the roof of her house with her grandchildren before being rescued by fishermen.
“⟦d:c|The water came in the night. There was no time to take anything. I took the children and the goat,⟧” she said from a relief camp set up in a school. “⟦d:c|We have nothing now. But we are alive.⟧”
A spokesperson for the aid agency Relief Without Borders said its teams were distributing clean water and hygiene kits but that access was “⟦p:d|extremely difficult⟧”. “⟦d:d|Roads and bridges are gone. In many places the only way in is by boat or helicopter,⟧” the spokesperson said.
The weather office has forecast more heavy rain for the coming week.

### 028
@a Marcus Odeleye | Judge
@b Parveen Choudhury | a new treasurer
@c Oliver Tennant | -
@d Amy Fairweather | Detective Constable
A former parish council treasurer who stole more than £86,000 from the village hall fund to pay for holidays and online gambling has been jailed for three years.
Lynette Hargreaves, 61, of Church Lane, Little Ashby, admitted fraud by abuse of position at Castlebridge Crown Court.
Sentencing her, Judge Marcus Odeleye said she had "⟦p:a|betrayed a community that trusted you completely⟧".
"⟦d:a:m|For eleven years you were the person the village turned to. You used that trust to steal from them, month after month, and you lied when you were asked about it.⟧
"⟦d:a|The hall will now have to close for at least a year. That is the real cost of what you did.⟧"
The court heard Hargreaves had taken money in more than 300 separate transactions between 2014 and 2023. The theft was discovered when a new treasurer, Parveen Choudhury, noticed that the hall's insurance had lapsed.
In a victim impact statement read to the court on behalf of the hall committee, Ms Choudhury said: "⟦d:b|People here feel foolish, and they shouldn't. She was our friend. We had no reason to check.⟧"
Defending, Oliver Tennant said his client was "⟦p:c|deeply ashamed⟧" and had become addicted to gambling after the death of her husband. "⟦d:c|She does not seek to excuse what she did. She simply asks the court to understand how she came to do it,⟧" he said.
Hargreaves wept as she was led from the dock.
Speaking outside court, Detective Constable Amy Fairweather said: "⟦d:d|This was a cruel, calculated crime against a small community. I hope today's sentence gives them some closure.⟧"

### 029
@a Northgate Building Society | the lender
@b Sunil Mehra-Whitfield | Northgate’s chief economist
@c Harriet Blythe-Onyango | -
@d Jamal Brathwaite | -
@e Keisha | his wife
House prices in Elmsworth rose for the sixth consecutive month in May, according to figures from the lender Northgate Building Society, which said the market had shown “⟦p:a|surprising resilience⟧” despite higher mortgage rates.
The average property in the county now costs £287,400, up 3.1 per cent on a year ago.
“⟦d:b|Buyers have adjusted to the idea that rates aren’t going back to 2 per cent,⟧” said Sunil Mehra-Whitfield, Northgate’s chief economist. “⟦d:b|Once people stop waiting for a better deal, they get on with moving.⟧”
Estate agents report that the market is sharply divided. “⟦d:c|Anything under £300,000 with a garden goes in a week, often above the asking price. Anything over £600,000 just sits there,⟧” said Harriet Blythe-Onyango, who runs an agency in the market town of Corbury.
The figures make sober reading for Jamal Brathwaite, 31, and his wife Keisha, both teachers, who have been saving for a deposit for five years.
“⟦d:d|Every time we get close, the prices move again. It’s like running up a down escalator,⟧” said Mr Brathwaite. Keisha chipped in: “⟦d:e|We’ve stopped looking at the listings in the evenings. It just makes us miserable.⟧”

### 030
@a Sigrún Eyjólfsdóttir | the guard
@b Magnus Thorvik | a children's television presenter
@c Anders Holmqvist | a retired engineer from Vessby
The overnight train from Halden to Korvasund leaves at 9.47pm from platform 3, and by 9.46 the guard, Sigrún Eyjólfsdóttir, is already walking the corridor with a clipboard and a look of mild disappointment.
``⟦d:a|Someone is always late,⟧'' she told me. ``⟦d:a|Every night. Tonight I think it is you.⟧''
It was not me, as it turned out, but a family of five with a cello, who arrived at a run just as the doors were closing. Eyjólfsdóttir held the door with one foot and did not say a word.
The sleeper was saved from closure in 2019 after a campaign by passengers and, improbably, a children's television presenter, Magnus Thorvik, who made a programme about it.
``⟦d:b|I just thought it would be a shame for kids to grow up never having slept on a train,⟧'' Thorvik said when I reached him by phone. ``⟦d:b|It's the most exciting thing in the world when you're seven. It's still quite exciting at 50.⟧''
My compartment had a washbasin that folded into the wall and a bunk that was, at a generous estimate, 70cm wide. In the bar car, a retired engineer from Vessby named Anders Holmqvist was on his 43rd trip.
``⟦d:c|I've flown this route twice. Never again. On a plane you arrive. On a train you travel,⟧'' he said, with the air of a man who had said it many times before.
At 6.10am, somewhere north of Ørnfjell, there was a knock on the door. ``⟦d:a|Coffee,⟧'' said Eyjólfsdóttir. ``⟦d:a|And look out of the window.⟧'' Outside, the sun was coming up over a frozen lake.

### 031
@a Julián Restrepo Arango | a 23-year-old climber from Team Quebrada
@b Jelle Vandamme | race leader
@c Marc Lambrechts | His team director
LAVEZZE, July 9 (Meridian Wire) - Julián Restrepo Arango, a 23-year-old climber from Team Quebrada, won the ninth stage of the Tour of Valmarin on Tuesday with a solo attack on the final climb to the Col de Lavezze, while race leader Jelle Vandamme kept the yellow jersey.
"⟦d:a|I have dreamed about this climb since I was a boy watching on television in my village,⟧" Restrepo said. "⟦d:a|Today the legs were good and the team believed in me.⟧"
He attacked 6km from the summit and crossed the line 38 seconds ahead of a group containing all the main contenders.
Vandamme, who leads by 1 minute 12 seconds, said he had been happy to let the young rider go. "⟦d:b|He is no danger for the general classification, so there was no reason to chase,⟧" the 29-year-old said. "⟦d:b|The important thing was to lose no time to my rivals, and I lost no time.⟧"
His team director, Marc Lambrechts, said the Belgian had been "⟦p:c|very calm, very intelligent⟧". "⟦d:c|Jelle is riding like a man who knows exactly how strong he is,⟧" Lambrechts said.
Wednesday's 10th stage is a 42km time trial. Asked about it, Restrepo laughed: "⟦d:a|Tomorrow I will suffer. Today I am happy.⟧"

### 032
@d Duncan | My caddie
@m - | My mum
Catriona MacAskill shot a final-round 66 to win the Kingsmere Ladies' Open by three strokes on Sunday, her first title in four years. This is an edited transcript of her press conference.
Q: How does this one compare with your first win?
A: Totally different. The first time I didn't know what I was doing. I just hit it and found it. This time I knew exactly what was at stake, and that made it much harder.
Q: You had a three-shot lead at the turn. Were you looking at the leaderboard?
A: My caddie, Duncan, told me not to. He said, "⟦d:d|You'll only start doing sums.⟧" So I didn't look until 17, and then I saw the lead was three, and I thought, right, just don't do anything stupid.
Q: There was talk this week of you retiring at the end of the season.
A: I read that. I think someone called this my "⟦p:-|farewell tour⟧", which was news to me. I'm 34. I've got a few years left.
Q: What will you do tonight?
A: My mum's made a lasagne. That's the celebration. She said on the phone, "⟦d:m|Don't be late, it'll go dry,⟧" so I'd better go.

### 033
@a Aurelio Santangelo | the 81-year-old actor who had not appeared on screen for 22 years
@b Kaveh Rostami | the director
The loudest applause at the Corvara Film Festival on Friday night was not for the film but for Aurelio Santangelo, the 81-year-old actor who had not appeared on screen for 22 years.
In “⟦s:-|The Last Ferry⟧”, directed by Kaveh Rostami, Santangelo plays a retired ferryman who agrees to make one last crossing for a stranger.
“⟦d:a|I said no four times,⟧” Santangelo told reporters at a press conference the next morning, speaking through an interpreter. “⟦d:a|The fifth time, Kaveh came to my house with a cake. You cannot say no to a man with a cake.⟧”
Rostami, 38, confirmed the story. “⟦d:b|It was a lemon cake. I had been told he liked lemon,⟧” the director said. “⟦d:b|I would have brought ten cakes. There was nobody else who could play this part.⟧”
The film, shot in 19 days on a working ferry in the Gulf of Sarenta, has been hailed by critics as “⟦p:-|a small miracle⟧”.
Asked whether this would be his last role, Santangelo shrugged. “⟦d:a|At my age every role is the last role. I said that about the one before, too.⟧”
Rostami said he had written the part with the actor in mind, without ever having met him. “⟦d:b|I grew up watching his films on a tape my uncle smuggled into the country. I knew his face better than my own grandfather’s.⟧”

### 034
@a Odessa Marchbanks | the jazz singer whose smoky contralto made her a fixture of the Carrow Street clubs for half a century
@b Lionel Marchbanks | her son
@c Tadeusz Wrona | The pianist
Odessa Marchbanks, the jazz singer whose smoky contralto made her a fixture of the Carrow Street clubs for half a century, has died at her home in Pellham. She was 91.
Her death was announced by her son, Lionel Marchbanks, who said she had died "⟦p:b|peacefully, with Ella on the record player and a glass of sherry she wasn't supposed to have⟧".
Marchbanks never had a hit record and seemed not to mind. "⟦d:a|Hits are for people in a hurry,⟧" she told an interviewer in 1987. "⟦d:a|I'm not in a hurry. I'll be singing these songs when the hits are gone.⟧"
She first sang in public at 14, at her church, and was spotted by the bandleader Cyrus Bellweather, who hired her on the spot. She toured with his orchestra for nine years.
The pianist Tadeusz Wrona, who accompanied her for more than two decades, said she could silence a noisy room "⟦p:c|with one note⟧".
"⟦d:c:m|Drunks, waiters, people arguing about money - she'd start a ballad and the whole place would go quiet. I never saw anything like it, before or since.⟧
"⟦d:c|She used to say the microphone was for people who didn't trust the song. She hardly ever used one.⟧"
Asked in later life whether she regretted not becoming famous, she said: "⟦d:a|I was famous on Carrow Street. That's the only street I ever cared about.⟧"
She is survived by her son and three grandchildren. "⟦d:b|She made me promise not to have a sad funeral,⟧" Lionel Marchbanks said. "⟦d:b|So there will be a band, and there will be dancing, and anyone who cries has to do it quietly at the back.⟧"

### 035
@a Nasser Al-Habtoor | The group’s secretary general
@b Ingrid Mwangi-Larsen | head of commodities research at Banque Solenne
@c - | One delegate
DORAMA, Nov 30 (Continental Press) - Oil prices jumped more than 4% on Thursday after the Organisation of Crude Producing Nations agreed to extend output cuts into the middle of next year, surprising traders who had expected the group to begin raising supply.
Benchmark Kessel crude rose $3.40 to $86.15 a barrel.
The group’s secretary general, Nasser Al-Habtoor, said members had acted to “⟦p:a|prevent a glut that nobody wants⟧”. “⟦d:a|We are not targeting any price. We are targeting balance,⟧” he told reporters after the meeting.
Asked whether all members would comply, he said: “⟦d:a|Everybody in that room signed. I expect everybody in that room to keep their word.⟧”
Analysts were sceptical. “⟦d:b|They say that every time, and every time two or three members quietly pump more than their quota,⟧” said Ingrid Mwangi-Larsen, head of commodities research at Banque Solenne. “⟦d:b|The question is how long the discipline lasts this time.⟧”
One delegate, speaking on condition of anonymity, said the talks had been “⟦p:c|long and not very friendly⟧”. “⟦d:c|There were moments when I thought we would leave without a deal,⟧” the delegate said.

### 036
@a Callum McIver | regional organiser for the Transport and Dockers' Union
@b Greyhaven Port Holdings | -
@c Hamid Rezaei | Its chief operating officer
@d - | one crane driver
Dock workers at the Port of Greyhaven walked out at 6am on Monday at the start of a 72-hour strike over pay, leaving more than a dozen container ships waiting offshore.
"⟦d:a|Nobody wants to be standing on a picket line in the rain,⟧" said Callum McIver, regional organiser for the Transport and Dockers' Union. "⟦d:a|But our members have had a real-terms pay cut three years in a row, while the port owners have paid themselves record dividends. Enough is enough.⟧"
Greyhaven Port Holdings said the strike was "⟦p:b|unnecessary and damaging⟧" and that it had offered a 6% rise, which it described as "⟦p:b|fair and generous⟧".
Its chief operating officer, Hamid Rezaei, said: "⟦d:c|The union has chosen to put at risk the livelihoods of thousands of people who depend on this port. Our door remains open.⟧"
Asked whether the company would bring in agency staff, Rezaei replied: "⟦d:c|We're not going to speculate about contingency plans.⟧"
On the picket line, one crane driver, who has worked at the port for 27 years, said he had never been on strike before. "⟦d:d|I'm 58. I didn't think I'd ever do this. But my rent's gone up 40% and my wages haven't,⟧" he said.
The union has warned of further action in March if no agreement is reached.

### 037
@a Maja Lindahl-Osei | -
@b Tor Eggen | the mayor of the valley town of Brekke
@c Nordvik Polar Institute | -
The Sørbreen glacier in the Kallesund mountains has lost almost a third of its volume since 2000 and could disappear entirely within 40 years, according to a survey published this week.
Glaciologists from the Nordvik Polar Institute spent three summers drilling through the ice and mapping its base with radar.
“⟦d:a|We expected it to be shrinking. We didn’t expect it to be shrinking this fast,⟧” said Dr Maja Lindahl-Osei, who led the fieldwork.
“⟦d:a:m|At the snout it’s losing about four metres of thickness a year. You can almost watch it go. We put stakes in the ice in June, and by September some of them were lying on the surface.⟧
“⟦d:a|It is very strange, as a scientist, to measure something that is disappearing while you measure it.⟧”
The glacier feeds the river that supplies drinking water and hydroelectric power to about 60,000 people in the valley. Tor Eggen, the mayor of the valley town of Brekke, said the findings were “⟦p:b|frightening but not surprising⟧”.
“⟦d:b|My grandfather could walk to the ice from our farm in twenty minutes. Now it takes two hours. We don’t need a survey to tell us something is wrong,⟧” he said.
Lindahl-Osei said some of the loss was already “⟦p:a|locked in⟧” whatever happened to emissions. “⟦d:a|But how much of the glacier is left at the end of the century is still up to us. That’s the part people should hold on to.⟧”
The institute said it would share its data with the national water authority “⟦p:c|as a matter of urgency⟧”.

### 038
@a Fatima Zahra Benali | a pharmacist
@b Declan Ashdown | The service's coordinator
Every Tuesday night, after she has put her two children to bed, Fatima Zahra Benali drives to a small office above a dry cleaner's in Ruddington Cross and sits by a telephone until 2am.
She is one of 34 volunteers at Nightline Ruddington, a listening service that has answered more than 9,000 calls since it opened five years ago.
"⟦d:a|People think it must be depressing. It isn't, mostly,⟧" said Benali, 41, a pharmacist. "⟦d:a|Mostly it's people who are lonely and want to talk about their day. The bad calls are rare. But when they come, you're glad you were there.⟧"
One caller, she remembers, rang every week for a year just to read her the football results. "⟦d:a|At the end he'd always say, 'Same time next week, love?' And then one week he didn't ring,⟧" she said. "⟦d:a|I still think about him.⟧"
The service's coordinator, Declan Ashdown, said demand had risen by a third since last winter. "⟦d:b|We could do with twice as many volunteers. We particularly need men, because a lot of our callers are men and some of them find it easier to talk to another man,⟧" he said.
Training takes 10 weeks. Asked what makes a good volunteer, Ashdown did not hesitate: "⟦d:b|Someone who can sit with silence. You don't have to fix anything. You just have to stay on the line.⟧"

### 039
@a Joanne Okoro | -
@b Bernadette Kavanagh | dog walker
@c Martin Okoro | her husband
A BELOVED spaniel who vanished during a New Year's Eve fireworks display has been found safe and well - 87 miles from home.
Biscuit, a four-year-old cocker spaniel, bolted from the family garden in Fennick when neighbours set off rockets at midnight.
Joanne Okoro, 44, said she and her husband Martin had "⟦p:a|given up hope⟧" after weeks of searching.
"⟦d:a|We put up 2,000 posters. We drove round every night. The kids cried themselves to sleep,⟧" she said. "⟦d:a|I kept his bowl out. Martin said I was torturing myself, but I couldn't put it away.⟧"
On Thursday, dog walker Bernadette Kavanagh, 67, spotted a scruffy spaniel sheltering under a bench in Selbourne Park.
"⟦d:b|He was filthy and shivering but he came straight over and put his head on my knee,⟧" Bernadette said. "⟦d:b|I took him to the vet to get his chip scanned and the receptionist screamed.⟧"
Martin Okoro, 46, said he had driven to collect Biscuit "⟦p:c|in about an hour and a half, which I'm not going to say was entirely within the speed limit⟧".
"⟦d:c|He jumped in the car, curled up on the back seat and went to sleep like nothing had happened,⟧" he said. "⟦d:c|Eighty-seven miles. We have no idea how he got there. He's not saying.⟧"

### 040
@a Tyrone Ashby-Kane | the unbeaten champion
@b Dmitri Volkanov | the 31-year-old
@c Lennox Abara | Promoter
@d Winston Ashby | Ashby-Kane's trainer
Tempers boiled over at the weigh-in for Saturday's Northern Area super-middleweight title fight as Tyrone Ashby-Kane and Dmitri Volkanov had to be pulled apart by security.
Ashby-Kane, 27, the unbeaten champion, shoved his challenger after Volkanov leaned in and whispered something. "⟦d:a|He knows what he said. He can say it again on Saturday when there's a referee there,⟧" the champion fumed.
Volkanov, who came in 0.2lb under the limit, just grinned. "⟦d:b|I told him his hair looks nice. Maybe he doesn't like compliments,⟧" the 31-year-old said.
"⟦d:b|Saturday night he's going to sleep. Round six, maybe seven. I'm being generous.⟧"
As the pair were dragged away, Ashby-Kane shouted: "⟦d:a|Saturday! Saturday!⟧"
Promoter Lennox Abara said he had "⟦p:c|never seen anything like it⟧" - then admitted he had. "⟦d:c|Okay, I've seen it every week for twenty years. But this one's real, trust me. These two genuinely can't stand each other,⟧" he said.
Ashby-Kane's trainer, Winston Ashby, who is also his father, said his son would "⟦p:d|do the talking in the ring⟧".

### 041
@a Lotte Brandsma | Harbourside manager
@b Niamh Quigley | the Harbourside captain
@c Gemma Tolland | Ellerby's coach
Harbourside Women 3 Ellerby City Women 1
Harbourside are four points clear at the top of the Women's Premier Division after goals from Niamh Quigley and Adaeze Nwosu and a late own goal saw off Ellerby City in front of a sold-out Quayside Park.
The crowd of 7,412 was a record for a women's match at the ground, and Harbourside manager Lotte Brandsma said the atmosphere had “⟦p:a|carried us through a difficult first half⟧”.
“⟦d:a|When I started here, we played in front of two hundred people and a dog. Today the noise was unbelievable,⟧” the Dutchwoman said. “⟦d:a|The players feel that. It gives them an extra ten per cent.⟧”
Quigley, the Harbourside captain, opened the scoring with a header from a corner on 38 minutes. “⟦d:b|I just closed my eyes and went for it. Don’t tell the manager,⟧” she said with a grin.
Nwosu, 19, doubled the lead early in the second half, and although Frida Solvang pulled one back for Ellerby, a deflected cross from Quigley settled it.
Ellerby's coach, Gemma Tolland, felt her side had been unlucky. “⟦d:c|For 45 minutes we were the better team. Then we conceded from a set piece, which we’d spent all week working on, and heads went down,⟧” she said.
Brandsma refused to talk about the title. “⟦d:a|There are eight games left. Ask me after the last one.⟧”

### 042
@a Eun-ji Park | the 36-year-old South Korean
@b Lukas Brenner | The violinist
@c Halloran Hall | -
It is not every night that a conductor stops a concert to tell the audience off. But about ten minutes into the slow movement of Brahms's Second Symphony at the Halloran Hall on Thursday, Eun-ji Park lowered her baton, turned round and waited until a man in the third row had finished his phone call.
"⟦d:a|We can wait,⟧" she said pleasantly, into a silence so complete you could hear the radiators. "⟦d:a|Brahms has waited 150 years. He is very patient.⟧"
The audience laughed, the man turned scarlet, and Park began the movement again. What followed was the finest performance of the symphony I have heard in this hall: unhurried, warm and, in the finale, thrilling.
Speaking afterwards, the 36-year-old South Korean said she had never done anything like it before. "⟦d:a|I was terrified. My heart was going like this,⟧" she said, drumming on the table. "⟦d:a|But the movement begins so quietly. With a telephone, it is impossible. It is like trying to whisper in a nightclub.⟧"
The violinist Lukas Brenner, who had played Ottilie Hallward's concerto in the first half with great tenderness, said he had been "⟦p:b|very jealous⟧" that it happened after his solo. "⟦d:b|If it had been during my cadenza I would have stopped too, but I would not have been so polite,⟧" he said.
The Halloran Hall said it would be "⟦p:c|reviewing its signage⟧" about mobile phones.

### 043
@a Institute for Retirement Studies | -
@b Bukola Adesanya | -
@c Tomasz Kowalczyk | a chartered financial planner at Meadow Lane Wealth
@d Rosemary Quaye | The institute’s director
Only about one in five self-employed workers is saving into a pension, according to the Institute for Retirement Studies, which warned that millions face a “⟦p:a|retirement cliff edge⟧”.
Bukola Adesanya, 44, has been a self-employed hairdresser in Tillingham for 16 years. She opened a pension for the first time last spring.
“⟦d:b|I always thought pensions were for people with proper jobs, with an HR department,⟧” she says. “⟦d:b|I was putting everything back into the salon. Then I turned 43 and had a bit of a panic.⟧”
She now pays in £150 a month. “⟦d:b|It’s not much, but it’s something. My accountant said starting late is still better than never starting.⟧”
Tomasz Kowalczyk, a chartered financial planner at Meadow Lane Wealth, says the self-employed have one big advantage: flexibility.
“⟦d:c|You don’t have to pay the same every month. In a good month put more in, in a bad month put less in, or nothing. The important thing is that the habit is there,⟧” he says.
He also points to tax relief. “⟦d:c|For a basic-rate taxpayer, every £80 you put in becomes £100 in the pot. That’s free money, and an awful lot of people are leaving it on the table.⟧”
The institute’s director, Rosemary Quaye, wants the government to do more. “⟦d:d|Employees are automatically enrolled. The self-employed have to do it all themselves, and most simply don’t. We need to make saving the default for them too.⟧”

### 044
@a Anaïs Vautrin-Keller | Foreign Minister
@b Rodrigo Albuquerque Nunes | Porto Lirio's minister
@c - | one diplomat
VELLANCE, March 3 (Agence Continentale) - Foreign ministers from the nine-member Coastal Union ended two days of talks in Vellance on Friday without agreeing on a joint position on fishing quotas.
«⟦d:a|We have made progress, but I will not pretend to you that we have a deal⟧», Foreign Minister Anaïs Vautrin-Keller told a closing news conference. «⟦d:a|There are still two or three countries whose positions are very far from the rest.⟧»
Vautrin-Keller, whose country holds the union's rotating presidency, said the gap between members remained «⟦p:a|significant⟧». She did not name the holdouts, but diplomats said Porto Lirio and Kestria had blocked a draft text on Thursday night.
Porto Lirio's minister, Rodrigo Albuquerque Nunes, rejected suggestions that his country was being obstructive. «⟦d:b|Defending our fishermen is not obstruction. It is our job⟧», he said. «⟦d:b|If other countries were in our position, they would do exactly the same.⟧»
Asked whether the summit had been a failure, Vautrin-Keller replied: «⟦d:a|A failure would be if we had stopped talking. We have not stopped talking.⟧»
One diplomat described the atmosphere in the final session as «⟦p:c|polite but frosty⟧». The ministers will meet again in June.

### 045
@a Femi Ogunleye | the trust's conservation manager
@b Alun Pritchard | sheep farmer
A plan to release beavers into the upper Tarn Water valley has divided the farming community, with some landowners warning the animals will flood their fields.
The Tarnside Wildlife Trust wants to release four families of beavers next spring, the first in the valley for more than 400 years.
"⟦d:a|Beavers are engineers. They build dams that slow the water down, create wetlands and reduce flooding downstream,⟧" said Dr Femi Ogunleye, the trust's conservation manager. "⟦d:a|Where they've been brought back elsewhere, we've seen fish, birds and insects return in huge numbers.⟧"
But sheep farmer Alun Pritchard, whose family has farmed at Nant-yr-Eithin for five generations, is unconvinced. "⟦d:b|It's all very well for people in offices to talk about wetlands. My wetlands are called fields, and I need them dry,⟧" he said.
"⟦d:b|Who pays when a dam floods my bottom meadow? The trust? The government? I'll believe it when I see the cheque.⟧"
Ogunleye said the trust would set up a compensation fund and employ a full-time "⟦p:a|beaver officer⟧" to deal with problems. "⟦d:a|We're not naive. There will be conflicts, and we'll need to manage them,⟧" he said.
A public meeting will be held at Tarnside village hall on 14 March.

### 046
@a Oskar Lindgren-Aho | -
@b Dev Malhotra | his team-mate
@c Giorgia Ferrandi | Team principal
Oskar Lindgren-Aho won the Grand Prix of Valcorta on Sunday after his team-mate, Dev Malhotra, was forced to retire from the lead with a gearbox failure six laps from the end.
“⟦d:a|It doesn’t feel great, to be honest. Dev deserved this one,⟧” Lindgren-Aho said. “⟦d:a|I’ll take the points, but I’ll buy him dinner tonight.⟧”
Malhotra, who had led from pole, walked back to the pits and sat alone in the garage for several minutes before speaking to reporters.
“⟦d:b|What can I say? We were in control. Then the gearbox said no. That’s racing,⟧” the 24-year-old said. “⟦d:b|I’m gutted, obviously. But the car is fast and there are eleven races left.⟧”
Team principal Giorgia Ferrandi called the failure “⟦p:c|unacceptable⟧” and promised an investigation. “⟦d:c|We gave away 25 points today. At this level you cannot do that and expect to win a championship,⟧” she said.
Asked whether the result would create tension between her drivers, Ferrandi smiled: “⟦d:c|They’re racing drivers. There is always tension. That’s why we pay them.⟧”

### 047
@a Rajesh Patel-Moore | a lorry driver who has been detecting for 20 years
@b Bartholomew Inskip | curator of coins at the Oakhampstead Museum
@c Geraint Bowen | The landowner
A metal detectorist has uncovered a hoard of more than 1,300 silver coins buried in a field near Oakhampstead, in what experts say could be one of the most important finds of its kind in the region.
Rajesh Patel-Moore, 52, a lorry driver who has been detecting for 20 years, found the first coin on a Sunday afternoon in October.
"⟦d:a|I got a signal and dug down about a foot and there was this little silver disc. I thought, nice, a penny. Then I dug a bit more and there were hundreds,⟧" he said. "⟦d:a|I had to sit down. My hands were shaking so much I dropped my trowel.⟧"
He called the county's finds liaison officer, who arranged for archaeologists to excavate the site the following week.
Dr Bartholomew Inskip, curator of coins at the Oakhampstead Museum, said the coins appeared to have been buried in a pottery jar around the year 940. "⟦d:b|Someone put their life savings in the ground and never came back for them. We'll never know why, but it's hard not to wonder,⟧" he said.
"⟦d:b|Hoards like this are snapshots. They tell us who was minting money, where it was travelling, and how much people had.⟧"
The find has been declared treasure at an inquest, and the museum hopes to raise £180,000 to acquire it. The landowner, Geraint Bowen, said he and Mr Patel-Moore would split any reward. "⟦d:c|Fifty-fifty. We shook on it before he'd even got his detector out of the car,⟧" Mr Bowen said.

### 048
@a Competition and Markets Board | The competition regulator
@b Olusegun Bamidele | the board’s senior director for mergers
@c Henrike Faltermeyer | AeroNord’s chief executive
@d Bluecrest Airways | -
@e - | A spokesman for the Aircrew Association
The competition regulator has opened an in-depth investigation into the proposed £2.4bn merger of AeroNord and Bluecrest Airways, saying the deal could lead to “⟦p:a|higher fares and fewer choices⟧” on dozens of routes.
The Competition and Markets Board said the two carriers overlapped on 37 routes from Harlingford airport and that on 19 of them they were the only operators.
“⟦d:b|We want airline passengers to keep benefiting from competition. On too many routes, this deal would remove it entirely,⟧” said Olusegun Bamidele, the board’s senior director for mergers. “⟦d:b|We have an open mind. But the burden is on the companies to show us why we are wrong.⟧”
AeroNord’s chief executive, Henrike Faltermeyer, said she was “⟦p:c|disappointed but confident⟧”. “⟦d:c|This merger will create a stronger airline that can compete with the big European carriers,⟧” she said. “⟦d:c|We will work constructively with the board to address its concerns.⟧”
Bluecrest, which has lost money in four of the past five years, said in a statement that without the deal its future would be “⟦p:d|uncertain⟧”.
A spokesman for the Aircrew Association, the pilots’ union, said members wanted “⟦p:e|cast-iron guarantees⟧” on jobs. “⟦d:e|We’ve heard a lot of warm words. We’d like to see something in writing,⟧” he said.

### 049
@a Harpreet Kaur | His daughter
@b Lee Gallacher | Former customer
@c Amira Haddou | -
@d Joan Ferriday | Eastholme councillor
Hundreds of people have paid tribute to Gurdial Singh Bhamra, who ran the corner shop on Tannery Row in Eastholme for 44 years and was known to generations of local children as "⟦s:-|Mr B⟧".
Mr Bhamra died at home on Sunday, aged 83, surrounded by his family.
His daughter, Harpreet Kaur, said the family had been "⟦p:a|overwhelmed⟧" by the messages. "⟦d:a|Dad always said the shop wasn't a business, it was a front room with a till. We didn't realise how many people felt the same way,⟧" she said.
"⟦d:a|He knew every child's name, and then their children's names. He kept a jar of free lollies under the counter for anyone who'd had a bad day at school.⟧"
Former customer Lee Gallacher wrote on Facebook: "⟦d:b|Mr B let me off 20p for a chocolate bar in 1991 and told me to pay him back when I was rich. Still not rich, Mr B. Sorry.⟧"
Another, Amira Haddou, posted: "⟦d:c|He gave my mum credit for a whole month when my dad lost his job. He never once mentioned it again. A proper gentleman.⟧"
Eastholme councillor Joan Ferriday said she would ask the council to consider a memorial bench outside the shop. "⟦d:d|He was as much a part of Tannery Row as the lamp posts. More, actually - the lamp posts didn't ask after your nan,⟧" she said.

### 050
@a Benedetta Loiacono | the general manager
@b Nico | the waiter
@c Hélène Marchetti | Fellow guest
The Vireo, Cala Sorrenta
The Vireo occupies a former sardine cannery on the edge of Cala Sorrenta's old harbour, and it does not let you forget it. The reception desk is built from packing crates, and the corridors are lined with photographs of the women who once worked here.
“⟦d:a|We wanted people to know what this building was. Eighty women worked here, cleaning fish, for almost a hundred years,⟧” said the general manager, Benedetta Loiacono, whose grandmother was one of them. “⟦d:a|It would have been wrong to paint over that.⟧”
The 22 rooms are simple and cool, with stone floors and shutters that open on to the water. Breakfast is served on the terrace, where the waiter, Nico, recommended the lemon cake with the words “⟦d:b|My mother makes it. If you don’t like it, don’t tell her.⟧”
The downside: the harbour is a working one, and the fishing boats leave at 4am. Loiacono is unapologetic. “⟦d:a|We give every guest earplugs. But honestly, the sound of the boats is part of the stay. You are in a fishing town, not an airport.⟧”
Fellow guest Hélène Marchetti, on her third visit, put it more simply: “⟦d:c|You come for the view. You come back for the cake.⟧”
Doubles from €210 a night, B&B.

### 051
@a Ashok Raghunathan | Veteran presenter
@b Ellie Marchant | His co-host
@c Northlight TV | The broadcaster
@d Moira Kilbride | The show's editor
Veteran presenter Ashok Raghunathan is to leave Northlight TV's "⟦s:-|Morning Brew⟧" after 17 years, saying it is "⟦p:a|time for someone else to get up at 3.45am⟧".
Raghunathan, 63, told viewers at the end of Monday's programme: "⟦d:a|This has been the best job in television, and I've loved every minute. Well, nearly every minute. I could have done without the time the set caught fire.⟧"
His co-host, Ellie Marchant, appeared close to tears. "⟦d:b|You've been my work husband for nine years. I don't know who's going to steal my biscuits now,⟧" she said.
The broadcaster said in a statement that Raghunathan had been "⟦p:c|the face of breakfast television for a generation⟧" and that a replacement would be announced "⟦p:c|in due course⟧".
Raghunathan, who joined the programme in 2008 after two decades as a sports reporter, said he had no plans to retire. "⟦d:a|I'm going to write a book, learn the cello badly and annoy my wife. Not necessarily in that order,⟧" he told Screen Weekly.
The show's editor, Moira Kilbride, said: "⟦d:d|Ashok is irreplaceable.⟧" She added: "⟦d:d|We'll find someone else to sit on that sofa, but we won't replace him.⟧"

### 052
@a Ministry of Health | -
@b Graciela Montaño | nurse
@c Marisela Quispe | -
@d Kwame Ofori-Atta | A representative of the Pan-Regional Health Agency
SAN ELOY, May 6 (Continental Press) - Health workers in Vallemora began vaccinating children against measles door to door on Monday, after an outbreak that has killed 14 people and infected more than 3,000 since February.
The Ministry of Health said it aimed to reach 1.2 million children under 10 within a month. “⟦d:a|Every child we reach is a chain of transmission broken,⟧” the ministry said in a statement.
In the hillside district of Los Pinares, nurse Graciela Montaño carried a cool box of vaccines up steep concrete steps from house to house. “⟦d:b|Some families are afraid, because of things they have read on their phones,⟧” she said. “⟦d:b|I sit with them. I tell them I have vaccinated my own children. Usually that is enough.⟧”
Marisela Quispe, 29, brought her three children to a mobile clinic in a school yard. “⟦d:c|Tengo miedo, pero tengo más miedo del sarampión⟧” (“⟦d:c|I am scared, but I am more scared of measles⟧”), she said.
A representative of the Pan-Regional Health Agency, Dr Kwame Ofori-Atta, said the outbreak was “⟦p:d|entirely preventable⟧”. “⟦d:d|Vaccination rates fell sharply during the pandemic years and have not recovered. This is the price,⟧” he said.

### 053
@a Maeve Corcoran | the 25-year-old
@b Seamus Gilhooly | Copper Lantern's trainer
@c Brendan Hoey | Syndicate member
Maeve Corcoran rode the race of her life to land the Harkness Gold Cup on 33-1 outsider Copper Lantern at Dunlavin on Saturday, becoming the first woman to win the race.
The 25-year-old, who only took out her full licence two seasons ago, kept the 10-year-old handy throughout and kicked on at the second-last.
"⟦d:a|I'm just... I don't know. I can't get my words out,⟧" a tearful Corcoran said as she returned to the winner's enclosure. "⟦d:a|He jumped like a stag. I was only a passenger.⟧"
Copper Lantern's trainer, Seamus Gilhooly, who has only 14 horses at his yard near Ballyrannock, said he had told Corcoran to "⟦p:b|enjoy herself and stay out of trouble⟧".
"⟦d:b|She did exactly what I asked, which is more than most jockeys do,⟧" the 71-year-old joked. "⟦d:b|I've been training for forty years and I've never had a winner like this. I might retire tonight.⟧"
He paused. "⟦d:b|I won't, but I might.⟧"
The favourite, Brigadier Blue, unseated his rider at the third. Copper Lantern is owned by a syndicate of 12 teachers from Ballyrannock. Syndicate member Brendan Hoey said: "⟦d:c|We bought him for four grand in a car park. We'll be drinking till Tuesday.⟧"

### 054
@a Orla Byrne-Matthews | festival director
@b Marnie Cole | headliner
@c Jonah Feld | Camper
@d Sasha Obi | -
Organisers of the Pellow Bay Folk Festival have cancelled the final day of the event after gale-force winds tore down two marquees overnight.
No one was injured, but festival director Orla Byrne-Matthews said it would have been "⟦p:a|irresponsible⟧" to let the 6,000 ticket holders back on to the site.
"⟦d:a|This is heartbreaking for everyone, but people's safety has to come first. We've had tents in the sea,⟧" she said.
"⟦d:a|Full refunds will be issued for Sunday tickets automatically. You don't need to do anything.⟧"
Hundreds of festival-goers who had camped overnight gathered at the gates on Sunday morning, some chanting "⟦s:-|We want Marnie⟧" - a reference to headliner Marnie Cole, who had been due to close the festival. A hand-painted sign tied to the fence read "⟦s:-|See you next year, Pellow⟧".
Cole later posted a video of herself singing in the car park of her hotel. "⟦d:b|Didn't want to leave you with nothing. Here's one for everyone who got soaked,⟧" she wrote.
Camper Jonah Feld, 22, from Crossmoor, said the mood had stayed good despite the cancellation. "⟦d:c|Honestly, it's the most fun I've had at a festival. Nothing bonds you like holding down a tent at four in the morning with strangers,⟧" he said.
Another, Sasha Obi, was less forgiving. "⟦d:d|I took two days off work for this,⟧" she said.

### 055
@a Danuta Kowalski | -
@b Zofia | Her daughter
At 4am on a Tuesday the only lit window on Calder Street belongs to Kowalski & Daughters, where Danuta Kowalski has been making bread the same way for 38 years.
``⟦d:a|My father said flour, water, salt, time. The time is the important one,⟧'' she says, shaping a loaf without looking at it. ``⟦d:a|Everyone wants to skip the time.⟧''
The bakery was founded by her parents, who came over in 1968 with two suitcases and a sourdough starter in a jam jar. That starter, she insists, is still going.
Her daughter Zofia, 29, who gave up a job in marketing to join the business three years ago, is sceptical. ``⟦d:b|Mum says it's the same starter. I think it's been replaced about six times after she forgot to feed it,⟧'' she says. ``⟦d:b|But I'm not allowed to say that.⟧''
``⟦d:a|You are not,⟧'' Danuta calls from the ovens.
Rising costs have hit hard. The electricity bill has tripled since 2021, and flour is up 40 per cent. ``⟦d:a|We put the price of a loaf up by 30p and I felt sick doing it,⟧'' Danuta says. ``⟦d:a|Some of my customers are pensioners. I know what 30p means.⟧''
Zofia has brought in an online ordering system and a Saturday stall at the Grainmarket. ``⟦d:b|Mum thought the internet was a fad. Now she checks the orders before she's had her coffee.⟧''

### 056
@a Kofi Boateng-Lagarde | the designer
@b Mireille Fontaine-Achebe | His business partner
@c Paloma Reyes | the fashion editor of Stitch magazine
Kofi Boateng-Lagarde does not own a single item of black clothing. “⟦d:a|Black is what you wear when you’ve given up deciding,⟧” the designer says, adjusting the cuff of a jacket the colour of an egg yolk. “⟦d:a|I never want to give up deciding.⟧”
Sitting in his studio above a former tram depot in Lessington, surrounded by bolts of fabric in every shade of orange, the 39-year-old is preparing for his first show at Lessington Fashion Week. His label, Boateng Atelier, has gone from a market stall to stockists in 14 countries in six years.
His business partner, Mireille Fontaine-Achebe, handles the numbers. “⟦d:b|Kofi is the artist. I am the person who reminds him that the artist needs to pay rent,⟧” she says. “⟦d:b|We argue every day. It works.⟧”
The new collection, called “⟦s:-|Harmattan⟧”, is inspired by the dusty winter wind of his childhood.
“⟦d:a:m|When I was a boy in my grandmother’s town, the Harmattan turned everything gold for three months. The sky, the walls, your skin, the bread.⟧
“⟦d:a|I wanted to put that on a runway. Not the dust, obviously. The light.⟧”
Paloma Reyes, the fashion editor of Stitch magazine, called his last collection “⟦p:c|the most joyful thing I have seen on a catwalk in years⟧”.
Does he worry about being known as “⟦s:-|the colour guy⟧”? He laughs. “⟦d:a|There are worse things to be. I could be the beige guy.⟧”

### 057
@a Yusuf Karaman | provincial governor
@b Emre | a rescue team leader who gave only his first name
@c Ayşe Demirtaş | -
@d - | A company official
@e Cemal Aksoy | Miners' union leader
KALVARA, Feb 11 (Meridian Wire) - Rescuers reached 23 miners trapped for four days in a collapsed gold mine in northern Dunmar province on Tuesday and began bringing them to the surface, officials said.
"⟦d:a|All 23 are alive. Some are weak and dehydrated, two have leg injuries, but all of them are alive,⟧" provincial governor Yusuf Karaman told reporters at the mine entrance, to applause from waiting relatives.
The miners had been trapped 340 metres underground since a tunnel roof collapsed on Friday. Rescue teams drilled a narrow shaft to send down water, food and oxygen.
"⟦d:b|We heard tapping on the pipe on the second day. That was when we knew,⟧" said a rescue team leader who gave only his first name, Emre.
Among the crowd at the pithead was Ayşe Demirtaş, whose 19-year-old son Mert was in his first month in the job. "⟦d:c|I haven't slept. I haven't eaten. I just want to hold him,⟧" she said, clutching a photograph.
A company official, who was not authorised to speak to the media, said the mine had passed a safety inspection in December. "⟦d:d|Nobody could have predicted this,⟧" the official said.
Miners' union leader Cemal Aksoy disputed that. "⟦d:e|Every miner in this valley knew that tunnel was dangerous. We have been complaining for two years,⟧" he said. "⟦d:e|Someone must be held responsible.⟧"

### 058
@a Marcus Delacroix-Bell | -
@b Wendell Okafor-Burns | Pilots coach
@c Luka Petrović | Foundry guard
Marcus Delacroix-Bell scored 41 points, including the go-ahead three-pointer with 2.1 seconds left, as the Port Haldane Pilots beat the Ironbridge Foundry 112-110 on Friday to take a 3-2 lead in their playoff series.
"⟦d:a|I wanted the ball. I always want the ball in that moment,⟧" Delacroix-Bell said. "⟦d:a|Coach drew it up for me and the guys set a great screen. I just had to make it.⟧"
Pilots coach Wendell Okafor-Burns said he had "⟦p:b|never doubted⟧" who would take the final shot. "⟦d:b|Everybody in the building knew where that ball was going. He still made it. That's what great players do,⟧" Okafor-Burns said.
Foundry guard Luka Petrović, who had 33 points, blamed himself for the defensive breakdown. "⟦d:c|That's on me. I went under the screen. You can't go under the screen against a guy like that,⟧" the Serbian said.
Asked whether he was confident heading into Game 6 at home, Petrović didn't hesitate: "⟦d:c|Yes. Next question.⟧"
Delacroix-Bell, 28, grinned when told of his rival's answer. "⟦d:a|He should be confident. He's a great player.⟧"
"⟦d:a|But we're going to be confident too.⟧"

### 059
@a Anjali Raghavan-Price | the consultant radiologist who led the trial at Vessmoor General Hospital
@b Jennifer Ochieng | -
@c Hamish Drummond | a cancer epidemiologist at the University of Kelburn who was not involved in the trial
A computer system that reads mammograms has helped doctors at a hospital in Vessmoor find 17 per cent more breast cancers without increasing the number of women called back unnecessarily, according to the results of a two-year trial.
The software, developed by Halcyon Imaging, flags suspicious areas for a radiologist to check, rather than making the diagnosis itself.
“⟦d:a|It’s not replacing anyone. It’s a second pair of eyes that never gets tired at four o’clock on a Friday,⟧” said Dr Anjali Raghavan-Price, the consultant radiologist who led the trial at Vessmoor General Hospital.
She said the cancers it had helped detect were mostly small and early. “⟦d:a|Those are exactly the ones we want to catch, because those are the women we can cure.⟧”
Jennifer Ochieng, 58, was one of them. Her cancer, a 6mm tumour, was flagged by the software and then confirmed by a radiologist. “⟦d:b|I had no lump, no symptoms, nothing. If they’d missed it, I’d probably have found out in three years’ time, and it would have been a very different conversation,⟧” she said.
“⟦d:b|I’d like to shake the computer’s hand. If it had a hand.⟧”
Professor Hamish Drummond, a cancer epidemiologist at the University of Kelburn who was not involved in the trial, welcomed the results but urged caution. “⟦d:c|This is one hospital, with one system, over two years. Before we roll it out everywhere we need to see whether it works as well in other places and on other machines,⟧” he said.
Halcyon Imaging said the system would be submitted for regulatory approval later this year.

### 060
@a Siobhan Malley | Detective Inspector
@b - | An 84-year-old retired headteacher from Lowfield
Police are warning older people in the Brackenridge area to be on their guard after a spate of phone scams in which fraudsters pretend to be bank staff.
Nine people have lost a total of more than £140,000 in the past month, according to Brackenridge Police.
Detective Inspector Siobhan Malley said the scammers were "⟦p:a|convincing, persistent and utterly ruthless⟧".
"⟦d:a|They'll tell you your account has been hacked and that you need to move your money to a 'safe account' to protect it. There is no such thing as a safe account. Your bank will never ask you to do that,⟧" she said.
An 84-year-old retired headteacher from Lowfield, who did not want to be named, lost £23,000 - almost all of her savings.
"⟦d:b|He was so polite. He knew my name, my address, the last four digits of my card. I thought, he must be from the bank,⟧" she said. "⟦d:b|I feel such a fool. I taught children for forty years and I couldn't see it.⟧"
Malley said victims should not blame themselves. "⟦d:a|These are professional criminals. They do this all day, every day. Being scammed is not a sign of stupidity,⟧" she said.
"⟦d:a|If in doubt, hang up.⟧"

### 061
@b Gareth Lloyd-Jenkins | The company’s operations director
@a Hyacinth Darko-Mensah | chair of the Westfield Residents’ Association
@c - | One woman at the back of the hall
@d the council | -
More than 200 people packed into Westfield community centre on Thursday night to protest against the withdrawal of the 47 bus, the only public transport linking the estate to Pennock town centre.
Crestline Buses says the route loses £180,000 a year and will stop running at the end of next month. The company’s operations director, Gareth Lloyd-Jenkins, faced questions from the floor for almost two hours.
“⟦d:a|How are people supposed to get to the hospital? To the jobcentre? To the shops?⟧” asked Hyacinth Darko-Mensah, chair of the Westfield Residents’ Association.
“⟦d:b|I understand the anger. I genuinely do,⟧” Lloyd-Jenkins replied. “⟦d:b|But we are a commercial operator, and we cannot keep running a service that carries eleven people an hour.⟧”
“⟦d:-|Because it never turns up!⟧” someone shouted, to loud applause.
Darko-Mensah, 70, who does not drive, said she would be “⟦p:a|a prisoner in my own flat⟧” without the bus.
One woman at the back of the hall, holding a toddler, said she would lose her job. “⟦d:c|I start at seven. There’s no other way to get there. What am I meant to do, walk four miles with him?⟧”
Lloyd-Jenkins said the company had asked the county council to subsidise the route. The council said in a statement that it was “⟦p:d|exploring all options⟧”.
Placards around the hall read “⟦s:-|Save the 47⟧” and “⟦s:-|No bus, no future⟧”.

### 062
@a Idris Mahlangu | head chef at the Lantern House in Corbury
@b Piet Verhoeven | the dairy farmer who supplies its butter
Once a month, Idris Mahlangu, head chef at the Lantern House in Corbury, drives out to the farm of Piet Verhoeven, the dairy farmer who supplies its butter, to argue about cows. We went along.
"⟦d:a|Your butter was yellower in June,⟧" Mahlangu begins, before he has even got out of the car.
"⟦d:b|It was June. The cows were eating grass. In January they eat hay, and the butter goes pale. I've told you this every year for six years.⟧"
"⟦d:a|I know. I just like hearing you say it.⟧"
"⟦d:b|He doesn't believe me,⟧" Verhoeven says, turning to me. "⟦d:b|He thinks I'm hiding the good butter for somebody else.⟧"
"⟦d:-|Are you?⟧" I ask.
"⟦d:b|Only for my wife.⟧"
Mahlangu laughs. He has been cooking at the Lantern House since 2017 and says the relationship with Verhoeven has changed how he writes his menus. "⟦d:a|I used to decide what I wanted and then order it. Now I ring Piet and ask what he's got, and I build the week around that.⟧"
Verhoeven, 64, took over the farm from his father and milks 80 Jersey cows. He is blunt about the economics. "⟦d:b|Restaurants are nice for my ego. They don't pay the mortgage. The mortgage is paid by the supermarket contract, and the supermarket doesn't care what colour my butter is.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh66.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh66",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
