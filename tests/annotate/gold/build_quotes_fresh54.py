# ruff: noqa: E501
"""Build ``quotes_fresh54.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long-form copy:
magazine profiles, interviews printed as exchanges or written up, podcast and radio
interviews, post-match press conferences, arts and culture interviews and
human-interest stories, where one person talks at length over several paragraphs.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh54-NNN``.

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

Decisions specific to this set:

* A speaker with no appositive at the introduction but a definite description at a
  cue (``the 29-year-old said``) has that description on all of that speaker's quotes.
* An interviewer's question quoted in quotation marks is ``direct`` speech by the
  interviewer (named when the passage names them).
* Inside a transcript, words the interviewee quotes from someone else in quotation
  marks are that other person's ``direct`` speech.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh54.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh54.jsonl")

PASSAGES = """
### 001
@a Ilse Vandermeer | a cellist who grew up above her father's bicycle shop in Oostmalle
@b Griet | Her sister
@c Hana Kolářová | the pianist
Ilse Vandermeer, a cellist who grew up above her father's bicycle shop in Oostmalle, is late for our lunch, and she is mortified about it. "⟦d:a|I'm never late. Never. Ask anyone,⟧" she says, unwinding a scarf the colour of rust. "⟦d:a|Today the tram simply decided it had other plans.⟧"
At 41 she is about to release her first album in six years, a set of sonatas by composers she describes as "⟦p:a|the forgotten middle⟧" of the twentieth century. When I ask why it took so long, she puts down her fork.
"⟦d:a:m|Because I stopped. Not the playing — I practised every day — but the wanting. After my father died I'd go on stage and feel like I was reading someone else's diary aloud.⟧
"⟦d:a:m|My teacher in Brussels used to say, 'The cello knows when you are lying.' I thought that was just something old men said. It isn't. The instrument knew before I did.⟧
"⟦d:a|So I took a year, and the year became three, and then there was the pandemic, and suddenly it was six.⟧"
Her sister, Griet, who manages her diary and, by her own account, "⟦p:b|most of her life⟧", is more blunt. "⟦d:b|She was exhausted. Everybody could see it except Ilse,⟧" Griet says when we speak by phone the following week. "⟦d:b|I told her, if you go on tour again I'm cancelling it myself.⟧"
Vandermeer laughs when I relay this. "⟦d:a|She would have, too. Griet is the only person I'm afraid of.⟧"
The album was recorded in a disused church near Turnhout with the pianist Hana Kolářová, who also played on Vandermeer's debut. Kolářová, 58, says the sessions were "⟦p:c|the happiest fortnight I can remember⟧". "⟦d:c|Ilse plays like someone who has come back from somewhere. You can hear the distance,⟧" she says.
"⟦d:a|Hana is being kind,⟧" Vandermeer says when I mention it. "⟦d:a|I was a wreck for the first three days. She just kept making coffee until I stopped being one.⟧"

### 002
@a Tomás Brennan | Harrowgate Athletic manager
@r - | one reporter
@b Kwame Asante-Boateng | Captain
@c - | A Harrowgate spokesperson
Harrowgate Athletic manager Tomás Brennan refused to blame the referee after his side's 2-1 defeat at Millbrook Rovers on Saturday, even as his players surrounded the official at the final whistle.
"⟦d:a|I'm not going to stand here and talk about one decision when we had eighty-nine minutes to win the game,⟧" Brennan told reporters in the tunnel. "⟦d:a|We were sloppy. I was sloppy with the substitutions. That's on me.⟧"
Asked whether the penalty awarded in stoppage time had been a dive, the 52-year-old paused. "⟦d:a|You've seen it. I've seen it. Draw your own conclusions.⟧"
When one reporter pressed — "⟦d:r|Are you saying he went down too easily?⟧" — Brennan smiled and shook his head. "⟦d:a|I'm saying I'd like to keep my money, thanks.⟧"
Captain Kwame Asante-Boateng, who was booked for his protests, was less guarded. "⟦d:b|Everyone in the ground knows it wasn't a penalty. He's barely touched him,⟧" the defender said. "⟦d:b|But the gaffer's right. We shouldn't have been in a position where one call decides it.⟧"
He added that the dressing room was "⟦p:b|hurting, properly hurting⟧" but that the team would "⟦p:b|dust ourselves off⟧" for Tuesday's cup tie.
Millbrook said in a statement that it would not comment on refereeing decisions. A Harrowgate spokesperson said the club was "⟦p:c|reviewing the footage⟧" and would "⟦p:c|raise any concerns through the proper channels⟧".

### 003
@a Rosalind Achterberg | The mayor of Kettleby
@h Priya Venkataraman | Host
@b Barry | A caller
@c Hamish Dunleavy | -
The mayor of Kettleby, Rosalind Achterberg, said on Thursday she would not seek a third term, making the announcement during a phone-in on Kettleby Sound's breakfast programme rather than in the council chamber.
Host Priya Venkataraman had asked her, almost in passing, whether she was looking forward to next year's campaign. There was a long pause.
“⟦d:a|Actually, Priya, I'm not going to be in it,⟧” Achterberg said. “⟦d:a|I was going to do this properly, with a press release and everything, but you asked me straight and I'm not going to lie to your listeners.⟧”
“⟦d:h|Are you serious? You're telling us now, live?⟧” Venkataraman replied.
“⟦d:a|I'm telling you now, live.⟧”
The 63-year-old, who was first elected in 2016 after two decades as a primary-school head, said the decision had been made over Christmas with her husband, Lionel.
“⟦d:a:m|We sat at the kitchen table and made a list, the way I used to make my pupils do. Reasons to stay, reasons to go. The go column was longer, and most of it was about him and the grandchildren.⟧
“⟦d:a|I've missed things. Birthdays, a school play, my granddaughter's first swimming gala. You tell yourself there'll be time later. Then you look up and she's nine.⟧”
Listeners who rang in afterwards were largely warm. A caller named Barry, from Eastgate, said the mayor had “⟦p:b|fixed the bins and the buses, which is more than the last lot did⟧”.
Hamish Dunleavy, who leads the opposition group on the council, wished her well in a statement. “⟦d:c|Whatever our differences, Rosalind has served this town with real decency. Kettleby now deserves a proper contest of ideas, and we intend to give it one,⟧” he said.

### 004
@a Marisol | Joaquín's mother
@b Esteban Quintero | his father
@c Joaquín Quintero | -
@e Lucía | Joaquín's older sister
@d Nnamdi Okonjo | the consultant transplant surgeon who led the operation
For eleven years, the Quintero family's Saturday mornings have revolved around a dialysis unit on the third floor of St Aldhelm's Hospital in Wexcombe. Last month, that ended.
Joaquín Quintero, 19, received a kidney from his father, Esteban, in a five-hour operation on 14 March. Both are now home, and both, according to Joaquín's mother, Marisol, are "⟦p:a|impossible to keep on the sofa⟧".
"⟦d:a|The surgeon told them six weeks of rest. Esteban lasted four days before he was out in the garden moving compost,⟧" Marisol said, sitting at the kitchen table of the family's terraced house. "⟦d:a|And this one⟧" — she nodded at her son — "⟦d:a|wants to go back to football training on Monday.⟧"
Joaquín rolled his eyes. "⟦d:c|Five-a-side. It's not even proper football.⟧"
He was diagnosed with a rare kidney disorder at eight. For most of his teens he spent three afternoons a week tethered to a machine, doing homework in the unit's side room. His father was first tested as a donor in 2019 but was turned down because of high blood pressure.
"⟦d:b:m|I was angry with myself. I'd eaten badly for years, never exercised, and now it was my son paying for it. That's how it felt.⟧
"⟦d:b|So I changed everything. I lost twenty-two kilos. I walked to work. When they tested me again last year and the consultant said, 'You're a match and you're fit enough,' I had to go and sit in the car for half an hour.⟧"
Esteban Quintero, 51, is a bus driver; he said his colleagues had covered his shifts without being asked.
Joaquín's older sister, Lucía, 23, who flew home from Lisbon for the operation, said the family had not allowed itself to hope. "⟦d:e|We'd had so many false starts. You learn not to get excited,⟧" she said. "⟦d:e|When Dad came round and the first thing he asked was whether Joaco's kidney was working, not how he felt himself — that's when I cried.⟧"
Dr Nnamdi Okonjo, the consultant transplant surgeon who led the operation, said both patients had recovered well. "⟦d:d|Living donation from a parent is one of the best outcomes we can offer. Mr Quintero did a remarkable amount of work to make himself eligible, and that isn't always the case,⟧" he said.
Joaquín said he wanted to train as a renal nurse. "⟦d:c|I've watched them for eleven years. I reckon I know the job already,⟧" he said, grinning. His mother shook her head. "⟦d:a|Ask him to empty the dishwasher first.⟧"

### 005
@a Odalys Ferreira-Lund | -
@m - | my grandmother
@e - | My editor
Odalys Ferreira-Lund's third novel, “⟦s:-|The Salt Year⟧”, was longlisted for the Harwell Prize last week. “⟦d:a|I still can't quite believe it. I checked the website four times,⟧” she said when we reached her at home in Tromsø. The conversation has been edited for length and clarity.
Q: The book is set on a herring boat in 1953. Why then?
A: Because that's the year my grandmother went to sea, and nobody in the family would talk about it. Whenever I asked she'd say, “⟦d:m|Some winters you keep to yourself.⟧” So I invented one.
Q: Is the captain based on anyone?
A: He's a composite. A bit of my uncle, a bit of a headmaster I had. Both of them liked the word “⟦s:-|discipline⟧” more than they liked people.
Q: You've said writing it nearly broke you.
A: I said that once, to a journalist in Bergen, and now it follows me everywhere. It was hard. It wasn't a war. I had a warm flat and a cat.
Q: What are you working on now?
A: A comedy. Honestly. My editor rang and said, “⟦d:e|Odalys, please, something with a happy ending,⟧” and I think she was only half joking.

### 006
@a Marie-Claude Dufresne-Abiola | The Montreal-born director
@b Théo Vasseur | -
@c Ingrid Solberg | the artistic director of the Lantern Playhouse
The Montreal-born director Marie-Claude Dufresne-Abiola first read «⟦s:-|Les Noyés⟧» on a night train in 2017 and, by her own account, put it in a drawer for two years because it frightened her.
«⟦d:a|C'est une pièce qui ne vous laisse pas tranquille,⟧» she says in the rehearsal room of the Lantern Playhouse in Ashbury, where her English-language production opens next month. «⟦d:a|It's a play that doesn't leave you alone. That's the best way I can say it.⟧»
The play follows three sisters who return to the village where they grew up, now half under a reservoir. Dufresne-Abiola, 47, grew up in a household where French, Yoruba and English were all spoken, «⟦p:a|depending on who was angry with whom⟧».
«⟦d:a:m|My mother would shout in Yoruba, my father would answer in French, and I would translate both of them into English for my little brother, who understood everything anyway. So I have always lived between versions of things.⟧
«⟦d:a|Translation is not a neutral act. Every time you choose a word, you betray another one. This production is full of little betrayals, and I'm proud of all of them.⟧»
Théo Vasseur, who plays the sisters' estranged father, is one of two French actors in the cast. He said working with her was «⟦p:b|like being taken apart and reassembled⟧». «⟦d:b|She doesn't let you hide behind technique. On the second day she stopped me and said, 'I don't believe a word of it.' I was furious. She was right,⟧» he said.
Ingrid Solberg, the artistic director of the Lantern Playhouse, said the theatre had been trying to bring Dufresne-Abiola to Ashbury for a decade. «⟦d:c|We were persistent to the point of embarrassment,⟧» Solberg admitted. «⟦d:c|I think in the end she said yes just so we'd stop writing.⟧»
Told this, the director laughs. «⟦d:a|Not true. Well — a little true.⟧»

### 007
@a Callum Fairweather-Obi | the co-founder of the budgeting app Tallyo
@h Ruth Abebe | host
@i Adaeze Okoro | the firm's managing partner
@k Tallyo | -
Callum Fairweather-Obi, the co-founder of the budgeting app Tallyo, has admitted that the company came within "⟦p:a|about nine days⟧" of running out of money in 2022, in a candid interview on the podcast "⟦s:-|The Long Runway⟧".
Speaking to host Ruth Abebe, the 36-year-old described the weeks before a last-minute funding round as "⟦p:a|the worst of my life, and I include my divorce in that⟧".
"⟦d:h|Did your staff know how close it was?⟧" Abebe asked.
"⟦d:a:m|Some of them. The senior team knew. I made a decision not to tell everyone, and I still go back and forth on whether that was right.⟧
"⟦d:a|If I'd told them, half would have left, and then we'd definitely have died. If I didn't, I was asking them to trust me without giving them the information to decide. I don't think there's a clean answer.⟧"
He said the round was eventually led by Harbourline Ventures after a chance meeting at a school gate. "⟦d:a|Her son was in my daughter's class. We'd talked about football for a year before she asked what I actually did,⟧" he said, referring to the firm's managing partner, Adaeze Okoro.
Okoro, contacted after the episode aired, confirmed the account. "⟦d:i|It's true. I invested because I'd watched him stand through every rainy sports day without once checking his phone. That told me more than his spreadsheet did,⟧" she said.
Abebe then pushed him on Tallyo's recent decision to cut 40 jobs. "⟦d:h|You've talked a lot today about trust. How do you square that with the layoffs?⟧"
Fairweather-Obi paused for several seconds. "⟦d:a|Badly. I square it badly. I'm not going to pretend otherwise.⟧"
Tallyo said in a statement that all affected employees had received "⟦p:k|an enhanced severance package and six months of career support⟧".

### 008
@a Valentina Echeverría Soto | -
@b Anouk Demeester | the third seed
@c Rodrigo Paz | Echeverría Soto's coach
Valentina Echeverría Soto had never won a match on grass before this week. On Thursday the 19-year-old Chilean reached the semi-finals of the Eastmere Open, beating the third seed, Anouk Demeester, 7-6, 3-6, 6-4 in two hours and fifty minutes.
Speaking through an interpreter at her post-match press conference, Echeverría Soto said she had spent the first set "⟦p:a|trying not to fall over⟧".
"⟦d:a|Al principio tenía miedo de la hierba. Parecía hielo,⟧" she said. "⟦d:a|At the beginning I was afraid of the grass. It felt like ice,⟧" the interpreter relayed. "⟦d:a|Then my coach told me to stop thinking and just hit the ball, so I did.⟧"
Asked how she would celebrate, she answered in English before the interpreter could begin. "⟦d:a|Sleep. Maybe ice cream. Then sleep again.⟧"
Demeester, the world No 11, was gracious in defeat but frustrated with her own serve. "⟦d:b|I gave her too many second serves to attack, and she's not someone you can do that to,⟧" the Belgian said. "⟦d:b|She hits it so flat. I think she's going to be very, very good, and very soon.⟧"
Had the crowd, which was loudly behind the teenager, bothered her? "⟦d:b|No. Honestly, I'd have cheered for her too.⟧"
Echeverría Soto's coach, Rodrigo Paz, who has worked with her since she was eleven, said he was not surprised. "⟦d:c|She's been beating me in practice since she was fourteen. That's not a high bar, but still,⟧" he joked.

### 009
@a Agnes Pettigrew-MacLeod | -
@b Fenella | Her daughter
@c Northern Lights Trust | -
For forty-one years, Agnes Pettigrew-MacLeod has climbed the 137 steps of the Sgeir Dubh light twice a day. On Friday she climbs them for the last time.
``⟦d:a|People think it's lonely. It's the least lonely job in the world. You've got the sea, the birds, the boats going past, and everyone on the radio knows your voice,⟧'' she says, pouring tea from a pot that has clearly been in service since the 1980s.
Agnes — everybody on the island calls her Agnes, including the children who come out on school trips — took over from her father in 1983, when the light was still manned by a crew of three. Automation came in 1998. She stayed on as the official attendant, the last on this stretch of coast.
``⟦d:a:m|My father didn't want me to have it. He said a lighthouse was no place for a girl, and I said it was no place for a man either, by the look of his socks.⟧
``⟦d:a|He came round. By the end he was telling the whole pub I was better at it than he'd ever been, which was true.⟧''
Her daughter, Fenella, who lives in Glasgow, has come home for the week. ``⟦d:b|I grew up thinking everybody's mum had a foghorn,⟧'' Fenella says. ``⟦d:b|I'm not sure she'll cope with a bungalow. We've already had a conversation about her not climbing on the roof.⟧''
Asked about her plans, Agnes is vague. ``⟦d:a|Gardening, maybe. My sister wants me to go on a cruise.⟧'' She pulls a face. ``⟦d:a|I've seen enough sea.⟧''
The Northern Lights Trust, which owns the light, said it was ``⟦p:c|enormously grateful⟧'' for her service and would mark her retirement with a plaque at the foot of the tower.

### 010
@a Dorothea Kimber | -
@b Sunita Raghunathan | -
@c Meera | Sunita's granddaughter
In the autumn of 1964, a schoolteacher in the market town of Brambury handed out a list of names and addresses to her class of eleven-year-olds and told them to write to someone they had never met. Dorothea Kimber picked a girl in Madurai.
Sixty years and, by their count, more than 1,400 letters later, Dorothea and Sunita Raghunathan met for the first time on Sunday, in the arrivals hall at Halvergate airport.
“⟦d:a|I knew her straight away. I'd have known her in a football crowd,⟧” Dorothea said afterwards, still holding her friend's hand. “⟦d:a|She's exactly as she writes. Small and fierce.⟧”
Sunita, 71, had never travelled outside India. She said she had almost cancelled the trip twice. “⟦d:b|I thought, what if we have nothing to say? On paper we are brave. In person, who knows?⟧”
They had plenty to say. In the car park, Dorothea produced the first letter Sunita ever sent her, written in careful pencil. It reads, in part: “⟦d:b|Dear Dorothy, I am sorry I do not know how to spell your name. I have a brother and a goat.⟧”
“⟦d:b|The goat died. The brother is a retired engineer in Chennai,⟧” Sunita said, laughing. “⟦d:b|Both were very stubborn.⟧”
The reunion was arranged by Sunita's granddaughter, Meera, who found a box of Dorothea's letters while helping her move house last year and, she said, “⟦p:c|read them all in one night, crying⟧”.
“⟦d:c|I'd grown up hearing about ‘Auntie Dorothy in England’ but I had no idea. It's a whole life in there — marriages, children, her husband's illness. They were there for each other through everything,⟧” Meera said.
Dorothea's husband, Gerald, died in 2011. She said Sunita's letters had got her through “⟦p:a|the worst year⟧”. “⟦d:a|She wrote every week that year. Every single week. She never once said anything stupid, which is more than I can say for my own family,⟧” she said.
The two women will spend a fortnight together in Brambury. Asked what they planned to do, they looked at each other. “⟦d:b|Talk,⟧” said Sunita. “⟦d:a|And eat cake,⟧” said Dorothea.

### 011
@a Siosaia Fifita | Portmere Reds head coach
@b Liam O'Driscoll-Hart | his captain
@c Bernard Castellane | Castleford's director of rugby
Portmere Reds head coach Siosaia Fifita said his side had "⟦p:a|earned the right to dream⟧" after they beat the defending champions Castleford Harlequins 24-22 at Dunholm Park on Saturday to reach a first league final in 31 years.
Fifita, who took over at the club in 2021 when it was bottom of the table, was visibly emotional at the post-match press conference.
"⟦d:a:m|When I came here, we had twenty-two players and one of them was the kitman's son. We trained on a school pitch because ours was flooded. I said to the board, give me three years.⟧
"⟦d:a|It's been three years. I'm not saying I told you so. Well, I am a bit.⟧"
He credited his captain, Liam O'Driscoll-Hart, whose late turnover denied Castleford a winning try. "⟦d:a|Liam's been carrying that back injury for two months and not telling anyone. I only found out because the physio grassed him up,⟧" Fifita said.
O'Driscoll-Hart, sitting beside him, shrugged. "⟦d:b|It's a final, isn't it? You'd play with one leg,⟧" the 29-year-old said. Asked whether he had thought the game was gone when Castleford went ahead with four minutes left, he shook his head. "⟦d:b|Never. We've come back from worse. We came back from worse against them in March.⟧"
Castleford's director of rugby, Bernard Castellane, said his side had been "⟦p:c|beaten by the better team on the day⟧". "⟦d:c|We'll look at the penalty count, we'll look at the discipline. But Portmere wanted it more, and you can't coach that,⟧" he said. "⟦d:c|Fair play to Siosaia. He's built something special.⟧"
Fifita was asked, as he got up to leave, whether he would allow himself a drink. "⟦d:a|One. Then I've got to start on the final.⟧" He paused at the door. "⟦d:a|Maybe two.⟧"

### 012
@a Rangi Te Whata | -
@b Jasper Lindqvist | the gallery's senior curator
Rangi Te Whata does not like talking about his paintings. He says so three times in the first ten minutes of our conversation, in his studio on the edge of Porowai, and then talks about them for two hours.
“⟦d:a|The problem with explaining a painting is that once you've explained it, people stop looking. They think they've got it. They've got my words, not the painting,⟧” he says.
The 68-year-old's retrospective, which opens at the Hollis Gallery next month, brings together 94 works from five decades, including the monumental “⟦s:-|Tide Ledger⟧” series that made his name in the 1980s.
Asked about the series, he sighs, and then relents.
“⟦d:a:m|My mother kept a notebook of every fish my father caught. Weight, date, the weather, who was on the boat. Forty years of it. When she died I found eleven of those notebooks in the wardrobe.⟧
“⟦d:a:m|I didn't know what to do with them. I couldn't throw them out. So I started copying the numbers onto canvas, just to be doing something with my hands.⟧
“⟦d:a|Then the numbers started turning into water. That's all. That's the whole story. Don't make it into something grander.⟧”
Jasper Lindqvist, the gallery's senior curator, has spent three years persuading Te Whata to agree to the show. “⟦d:b|He said no four times. The fifth time he said, ‘If you must,’ which from Rangi is practically a standing ovation,⟧” Lindqvist said.
The curator said the works had been borrowed from 31 lenders in four countries. “⟦d:b|Some of these paintings haven't been seen in public since they were sold. One of them has been hanging in a dentist's waiting room in Rotterdam for thirty years,⟧” he added.
Te Whata, when told, was delighted. “⟦d:a|Good. Better there than in a vault. People in a dentist's waiting room really look at things. They've got nothing else to do.⟧”

### 013
@a Harriet Osei-Mensah | Judge
@b - | the mother of one victim
@c Crispin Lowther-Vance | Murtagh's barrister
@d Yusuf Bellamy | Detective Sergeant
A man who ran a fraudulent scheme selling fake concert tickets to more than 600 people, many of them teenagers, has been jailed for four years and eight months.
Declan Murtagh, 34, of Wellbrook Road, Hanley Cross, admitted 14 counts of fraud at Stanmore Crown Court. The court heard he had made more than £210,000 between 2021 and 2023.
Sentencing him on Friday, Judge Harriet Osei-Mensah said Murtagh had "⟦p:a|preyed on the excitement of young people⟧". "⟦d:a|You knew exactly who your customers were. You chose them because they were less likely to ask questions and less likely to complain,⟧" she told him. "⟦d:a|Many of them saved for months. Some of them travelled hundreds of miles to stand outside a venue and be told their tickets did not exist.⟧"
In a statement read to the court, the mother of one victim, a 15-year-old girl from Cardew, described her daughter waiting outside an arena "⟦p:b|in the rain, in the outfit she'd been planning for half a year⟧". "⟦d:b|She kept saying, 'Maybe they'll let us in, Mum, maybe there's a mistake.' There was no mistake. There was only him,⟧" the statement said.
Murtagh's barrister, Crispin Lowther-Vance KC, said his client was "⟦p:c|deeply ashamed⟧" and had been gambling heavily at the time. "⟦d:c|He does not ask for sympathy. He asks the court to accept that the man who did these things is not the whole of him,⟧" Mr Lowther-Vance said.
The judge was unmoved. "⟦d:a|I have read the reports about your gambling, Mr Murtagh. I accept you were unwell. But unwell people do not usually build four websites and rent a post-office box in a false name,⟧" she said.
Detective Sergeant Yusuf Bellamy of Stanmore Police said outside court that officers had so far traced 612 victims. "⟦d:d|We believe there are more out there who were too embarrassed to come forward. Please don't be. You were the victim of a deliberate and calculated fraud,⟧" he said.

### 014
@a Ottavio Brancaleone | -
@b Samuel Adeyemi | His business partner
The first thing Ottavio Brancaleone does when he sits down is apologise for the smell of fish. The second is to tell me he is thinking of closing Brace, the 28-seat restaurant in Hollin Street that won him a Michelin star in 2019.
"⟦d:a|Thinking. Only thinking,⟧" he says quickly. "⟦d:a|Don't write that I'm closing. My landlord reads your paper.⟧"
The 44-year-old grew up in Genoa and came to Britain at nineteen to wash dishes in his uncle's trattoria. He talks about that kitchen the way other people talk about university.
"⟦d:a:m|My uncle Beppe was a terrible cook. Really terrible. But he was brilliant at running a room. He knew every customer's name, their children's names, what they'd had last time.⟧
"⟦d:a:m|I learned everything about hospitality from him and nothing about food. The food I learned from his wife, who was never allowed in the dining room because she swore at the customers.⟧
"⟦d:a|She'd say, 'Ottavio, a sauce is a promise. You don't break it.' I still hear her when I'm reducing something.⟧"
So why think about closing? He is quiet for a moment. The rent has tripled, he says, and staff are almost impossible to find. "⟦d:a|I'm fifty per cent chef, fifty per cent recruitment agency now. That's not why I got into this.⟧"
His business partner, Samuel Adeyemi, who runs the front of house, is more optimistic. "⟦d:b|Ottavio says he's closing about twice a year. Usually in February,⟧" Adeyemi says with a grin. "⟦d:b|Ask him again in May when the asparagus comes in.⟧"
Told this, Brancaleone throws up his hands. "⟦d:a|He's right. I hate him, but he's right.⟧"

### 015
@a Jordan Achebe-Wilde | -
@c Margaret Tully | my coach
Jordan Achebe-Wilde won three golds at the Northern Para Swimming Championships last month, breaking the S9 100m butterfly record along the way. The 22-year-old, who lost her lower left leg in a car crash at 14, spoke to us between training sessions. "⟦d:a|I've got forty minutes and then Mags will come looking for me,⟧" she warned. The interview has been condensed.
Q: How did the record feel?
A: Honestly? Like a mistake. I touched the wall and looked up and thought the board was broken. Then everyone started screaming.
Q: Who's Mags?
A: Margaret Tully, my coach. Nobody calls her Margaret, not even her mum. She's been with me since the start. On the first day she said, "⟦d:c|I don't care about your leg, I care about your turns,⟧" and I thought, right, I like her.
Q: The papers call you "⟦s:-|the Comeback Kid⟧". Do you like that?
A: I hate it. It makes it sound like I'd gone somewhere. I hadn't gone anywhere. I was in physio.
Q: What's next?
A: The trials in September. And then lunch.
### 016
@a Gwilym Pryce-Morgan | -
@b Carys | his wife
@c Hywel | The couple's son
@d Upland Farmers' Union | -
By the middle of August the top field at Cwm Eithin had turned the colour of a digestive biscuit. Gwilym Pryce-Morgan, who has farmed the 300 acres above Llanfeirion for thirty-eight years, walked it with a radio producer last week and talked for most of an hour.
"⟦d:a|My grandfather used to say the hill would always give you grass if you were patient. He never saw a summer like this one,⟧" he told the programme, which was broadcast on Sunday.
He has sold forty ewes early and is buying in feed at prices he calls "⟦p:a|frankly obscene⟧". Asked whether he had considered giving up, he was silent for long enough that the presenter asked again.
"⟦d:a:m|Every farmer thinks about it. Anyone who tells you they don't is lying to you. You think about it at four in the morning when a ewe's stuck and it's raining sideways.⟧
"⟦d:a:m|But then what? I'm sixty-one. What am I going to do, work in a call centre in Carmarthen? This is the only thing I know how to do.⟧
"⟦d:a|And Hywel wants it. That's the other thing. You don't give up something your son wants.⟧"
His wife, Carys, who keeps the farm's accounts, was more direct about the numbers. "⟦d:b|We lost money last year and we'll lose more this year. That's not a feeling, that's the spreadsheet,⟧" she said. "⟦d:b|He talks about the hill. I talk about the bank.⟧"
The couple's son, Hywel, 27, came back from agricultural college in 2019 and has started a small cheese business to diversify. "⟦d:c|Dad thinks cheese is a bit daft,⟧" he said. "⟦d:c|He'll come round when it's paying the feed bill.⟧"
According to the Upland Farmers' Union, at least one in five hill farms in the region is now operating at a loss. The union said in a statement that the summer had been "⟦p:d|the hardest in living memory⟧" and called for emergency support.

### 017
@a Becca Thornycroft | The Ravenswood manager
@b Noor Al-Hashimi | The striker
@c Siobhán Delahunty | Her counterpart
@r - | a reporter
The Ravenswood manager, Becca Thornycroft, insisted her side would not "⟦p:a|get carried away⟧" after a 4-0 win over Fenbridge City took them top of the Women's Championship on Sunday.
"⟦d:a|It's October. Nobody has ever won anything in October,⟧" Thornycroft said. "⟦d:a|Ask me in April.⟧"
The striker Noor Al-Hashimi scored a hat-trick inside 31 minutes, her first for the club since joining from Aldermoor in the summer. She was asked whether she had expected to settle so quickly.
"⟦d:b:m|No, honestly. The first month was hard. New city, new flat, I didn't know where the supermarket was. I was ringing my mum every night.⟧
"⟦d:b|But the girls have been brilliant. Becca just said to me, go and enjoy it, don't think, and today I didn't think at all.⟧"
Thornycroft, sitting beside her, laughed. "⟦d:a|I'll take credit for that. Not thinking is one of my specialities.⟧"
Her counterpart, Siobhán Delahunty, who was appointed Fenbridge manager only three weeks ago, did not hide her disappointment. "⟦d:c|We were second to everything. Every header, every tackle, every loose ball,⟧" she said. "⟦d:c|That's not a tactical problem. That's an attitude problem, and that's on me to fix.⟧"
When a reporter asked, "⟦d:r|Is your job already under pressure?⟧", Delahunty smiled thinly. "⟦d:c|Three weeks in? I'd hope not. But I've been in football long enough not to answer that question.⟧"
Al-Hashimi, meanwhile, was asked what she would do with the match ball. "⟦d:b|Give it to my mum. She'll put it next to the telly and make everyone who visits look at it.⟧"


### 018
@a Delphine Okonkwo-Marsh | -
@b Raymond Achterhof | -
@c Felix | Her son
Delphine Okonkwo-Marsh is seventy-four, has been singing professionally since she was sixteen, and is about to make her debut at the Corran Hall, which turned her away in 1972.
“⟦d:a|They said my voice was too small for the room. I've been waiting fifty-two years to prove them wrong, and I'm a patient woman, but not that patient,⟧” she says, and lets out a laugh that fills the hotel lounge.
We meet on a wet Tuesday in Harlow Vale, where she has lived since the 1980s. She orders a pot of Earl Grey and a brandy, “⟦p:a|for the throat⟧”, and talks — about her father's record collection, her first husband, the clubs in Soho that paid in cash and sandwiches. On the subject of the Corran Hall, she is at once forgiving and not forgiving at all.
“⟦d:a:m|The man who turned me down was called Mr Pettifer. I remember his tie. Brown, with little green ducks on it. He said, ‘You're a lovely girl, but you're a club singer, dear.’⟧
“⟦d:a:m|I went home and cried in the bath. Then I got out of the bath and I practised scales until the neighbours banged on the wall.⟧
“⟦d:a|So I suppose I should thank him. I won't. But I suppose I should.⟧”
Raymond Achterhof, who played double bass in her first trio and is now eighty-one, will be in the audience. He remembers the audition. “⟦d:b|She came out of that building like a thundercloud. We went to the pub and she didn't say a word for an hour, and then she said, ‘Right,’ and that was it. Fifty years of ‘right’,⟧” he says.
Her son, Felix, who manages her bookings, said she had been rehearsing for the concert “⟦p:c|like it's the Olympics⟧”. “⟦d:c|She's got a vocal coach, a physio and a nutritionist. She's never had any of those things in her life. I think she's enjoying being a diva for once,⟧” he said.
Okonkwo-Marsh waves this away. “⟦d:a|A diva is just a woman who knows what she's worth. Write that down.⟧”

### 019
@a J.T. Oyelaran | a retired postman
@b Margery Holt-Fenwick | -
@c Teresa Vaughan | The group's administrator
A wedding ring lost in the sand at Porthgwyn forty-three years ago has been returned to its owner after a retired postman found it with a metal detector.
J.T. Oyelaran, 69, who took up detecting during lockdown, was sweeping the beach below the old lifeboat slip on Tuesday when his machine gave what he called "⟦p:a|the cleanest signal I've ever had⟧".
"⟦d:a|I thought it was a ring pull. It's nearly always a ring pull,⟧" Mr Oyelaran said. "⟦d:a|Then I saw the gold and the engraving inside — M and A, 1979 — and I sat down on the sand and had a little moment.⟧"
He posted a photograph in a local Facebook group, Porthgwyn Past and Present. Within two hours a member had tagged Margery Holt-Fenwick, now 81 and living in Truvellan, fourteen miles away.
"⟦d:b|My granddaughter rang me screaming. I thought somebody had died,⟧" Mrs Holt-Fenwick said. "⟦d:b|I lost it on our first anniversary. Alan and I had a row about whose fault it was for years. It was mine. I took it off to put suncream on.⟧"
Her husband, Alan, died in 2017. She said having the ring back felt like "⟦p:b|a little hello⟧" from him.
The group's administrator, Teresa Vaughan, wrote in a post on Thursday: "⟦d:c|In nine years of running this page, this is the best thing that's ever happened on it. Thank you, J.T.⟧"
Mr Oyelaran said he had refused a reward. "⟦d:a|She offered me fifty quid. I said, buy yourself a cream tea and think of me,⟧" he said.

### 020
@a Marguerite Delacroix-Hale | the chair of the Senate agriculture committee
@h Tobias Lindgren-Ayo | a former agricultural extension officer
@s - | A spokesperson for the senator
@c Curtis Wellbeloved | -
Sen. Marguerite Delacroix-Hale, the chair of the Senate agriculture committee, said on a podcast released Wednesday that she had "⟦p:a|not ruled anything in or out⟧" about a run for governor, the closest she has come to acknowledging months of speculation.
The remarks came during a 70-minute conversation on "⟦s:-|Dirt Roads⟧", a show about rural politics hosted by Tobias Lindgren-Ayo, a former agricultural extension officer.
Most of the episode dwelt on her childhood on a dairy farm and her father's bankruptcy in 1986, which she described at length.
"⟦d:a:m|I was eleven. I remember the auction. I remember men I'd known my whole life bidding on our tractor and not looking at my dad. That's the thing that stays with you — not the money, the not looking.⟧
"⟦d:a|Everything I've done in politics, every farm bill, every fight over credit, it goes back to that yard.⟧"
Lindgren-Ayo then asked her directly: "⟦d:h|Are you running for governor?⟧"
"⟦d:a|Tobias, I came on here to talk about soybeans,⟧" she replied, to laughter from the host. "⟦d:a|I'll say this. I love this state, I'm not tired, and I've not ruled anything in or out.⟧"
A spokesperson for the senator later said the comments "⟦p:s|speak for themselves⟧" and that there was "⟦p:s|no announcement planned⟧".
Curtis Wellbeloved, who served as her chief of staff for six years before leaving in 2022, said he would be "⟦p:c|astonished⟧" if she did not run. "⟦d:c|She doesn't say 'I've not ruled it out' about things she isn't going to do. She says no. I've heard her say no to a president,⟧" he said.

### 021
@a Nguyễn Thị Lan | -
@c Arvid Holmqvist | the defending champion
@b - | My father
Nguyễn Thị Lan became the first woman to win the Hallström Invitational in its 48-year history on Sunday, beating the defending champion, Arvid Holmqvist, in a sudden-death blitz game. “⟦d:a|I am very tired and very happy, in that order,⟧” the 26-year-old said at the closing ceremony. She spoke to us the next morning; the interview has been translated from Vietnamese and lightly edited.
Q: What was going through your mind in the final game?
A: Mostly that I needed the toilet. That's the truth. After six hours you stop thinking about chess and start thinking about your body.
Q: Holmqvist said afterwards that you played “⟦p:c|like a machine⟧”. Was that a compliment?
A: From Arvid, I think so. He came up to me afterwards and said, “⟦d:c|Next year I will have my revenge,⟧” and then he hugged me. He's a gentleman.
Q: Who taught you?
A: My father, in Huế, on a board with two pawns missing. We used bottle caps. He used to say, “⟦d:b|Chess is just patience wearing a costume.⟧” I didn't understand it for ten years.
Q: What will you do with the prize money?
A: Buy my parents a new board. With all the pawns.

### 022
@a Matteo Bianchi-Ward | -
@b Luca | his twin brother
@c Rosa | Their mother
@d - | One regular
At 4.15am the lights are already on at Twin Loaf, the bakery on Cheapside Lane in Orrinsford that Matteo Bianchi-Ward and his twin brother, Luca, opened five years ago with a second-hand oven and a £9,000 loan from their grandmother.
“⟦d:a|We're identical, but I'm the good-looking one,⟧” Matteo says by way of introduction, dusting flour off his hands. Luca, shaping baguettes at the other end of the bench, doesn't look up. “⟦d:b|He's been saying that since we were six. It wasn't true then either.⟧”
The brothers, now 34, trained in different trades — Matteo as an electrician, Luca as a pastry chef in Lyon — and had not lived in the same city for a decade when their father died in 2018.
“⟦d:b:m|After the funeral we were sitting in Mum's kitchen and Matteo said, ‘What if we did the bakery thing?’ Like it was something we'd talked about. We'd never talked about it.⟧
“⟦d:b|I thought he was grieving and being daft. Then he turned up the next week with a business plan on three sheets of A4.⟧”
Matteo shrugs. “⟦d:a|Four sheets. He always forgets the fourth sheet. That was the sheet with the money on it.⟧”
They argue, they say, every single day — about hydration levels, about the radio, about whose turn it is to deal with the flour supplier. Their mother, Rosa, who still does the bakery's accounts on Sundays, has given up refereeing.
“⟦d:c|When they were boys they fought about Lego. Now they fight about sourdough. It's exactly the same fight,⟧” she said. “⟦d:c|But I've never once seen one of them let the other one down.⟧”
A queue starts to form outside at 6.45. One regular, a nurse coming off a night shift, said she had been buying the same cardamom bun every morning for three years. “⟦d:d|It's the only reason I get through the week. Don't tell them that, they'll put the price up,⟧” she said.

### 023
@b Jermaine Okafor | the unbeaten British champion
@a Dmitri Volkonsky | -
@c Lorraine Bixby | The promoter
@d Gennady Ruslanov | Volkonsky's trainer
The final press conference before Saturday's heavyweight bout at the Calder Arena descended into shouting on Thursday when Jermaine Okafor and Dmitri "⟦s:-|The Anvil⟧" Volkonsky had to be separated by security.
Okafor, the unbeaten British champion, opened by saying he had "⟦p:b|nothing but respect⟧" for his opponent. It lasted about forty seconds.
"⟦d:b|Respect for his career, yeah. Not for his chin. His chin's been on holiday since 2019,⟧" the 28-year-old said, to whoops from the floor.
Dmitri Volkonsky, 35, who speaks English fluently but often chooses not to at press events, answered in Russian first. "⟦d:a|Пусть говорит. В субботу он замолчит,⟧" he said, then repeated it in English: "⟦d:a|Let him talk. On Saturday he goes quiet.⟧"
The promoter, Lorraine Bixby, tried to restore order. "⟦d:c|Gentlemen. Gentlemen. Save it for the ring, it's worth more to all of us there,⟧" she said. When that failed, she turned to the room. "⟦d:c|This is why you buy tickets, people.⟧"
Sections of the crowd chanted "⟦s:-|Jer-maine, Jer-maine⟧" as the two fighters went nose to nose at the face-off. Okafor said afterwards that the atmosphere had "⟦p:b|got the blood going⟧".
"⟦d:b|I'm calm. That's just theatre. On Saturday I'll be as calm as I've ever been,⟧" he said. "⟦d:b|He's the one who should be worried, because I've watched every round he's ever fought, and he's watched about two of mine.⟧"
Volkonsky's trainer, Gennady Ruslanov, was asked whether his fighter was rattled. "⟦d:d|Rattled? He has been in eighty fights, amateur and professional. He does not rattle,⟧" Ruslanov said. "⟦d:d|Ask me instead whether the boy is rattled.⟧"

### 024
@a Katharina Brühl | the documentary maker
@b Elfriede Ganghofer | Its subject
@c Otis Karlsson-Reed | the festival's director
For four years, the documentary maker Katharina Brühl visited the same farmhouse in the Allgäu every month to film a woman who did not, at first, want to be filmed.
``⟦d:a|She threw me out the first time. Quite literally — she took my tripod and put it in the road,⟧'' Brühl says. ``⟦d:a|The second time she let me stay for coffee. By the fifth time she was telling me how to frame the shot.⟧''
The result, ``⟦s:-|Die letzte Melkerin⟧'' (``⟦s:-|The Last Milkmaid⟧''), premieres at the Halden Film Festival next week. Its subject, Elfriede Ganghofer, now 94, has milked cows by hand every morning since 1939.
In the film's most widely shared scene, she looks directly at the camera and says: ``⟦d:b|Die Kühe wissen mehr als die Leute. Sie lügen nicht.⟧'' — ``⟦d:b|The cows know more than people do. They don't lie.⟧''
Brühl, 39, grew up in Munich and says she had never touched a cow before the project.
``⟦d:a:m|I was a city girl. I thought milk came from a carton, honestly. The first month I was mostly filming my own fear.⟧
``⟦d:a|Elfriede found that hilarious. She'd put me right next to the biggest cow in the barn and then just walk off. It was her way of saying, you want to understand my life, then stand here.⟧''
Otis Karlsson-Reed, the festival's director, said the selection committee had been ``⟦p:c|unanimous within about ten minutes⟧''. ``⟦d:c|There's no narration, no music to tell you how to feel. It just trusts you. That's rarer than it should be,⟧'' he said.
Ganghofer will not attend the premiere. Asked why, Brühl laughs. ``⟦d:a|Who would milk the cows?⟧''

### 025
@a Hannah Okereke | -
@b Ada | -
@c Tobi | -
@d Wendy Strachan | The sanctuary's manager
When the Okereke family's spaniel, Biscuit, slipped her lead on a walk near Coldharbour Reservoir in March 2021, the children put up posters on every lamp post within three miles. Last week, nearly three years later, a call came from an animal shelter 190 miles away.
"⟦d:a|The woman on the phone said, 'Do you have a dog called Biscuit?' and I honestly thought it was a scam,⟧" said Hannah Okereke, 41. "⟦d:a|I said, we did, a long time ago. She said, 'Well, she's here.'⟧"
Biscuit had been found wandering on an industrial estate in Thornbury Vale and taken to the Greyfriars Animal Sanctuary, where staff scanned her microchip. The chip was registered to the family's old address, but a mobile number on the file still worked.
Hannah drove up the next morning with the children, Tobi, 12, and Ada, 9.
"⟦d:b|She knew us straight away. She did the wiggle. She always does the wiggle,⟧" said Ada, who was six when the dog disappeared. Her brother was more reserved. "⟦d:c|I didn't cry,⟧" Tobi said, then added after a pause: "⟦d:c|Mum cried. Ada cried. I had something in my eye.⟧"
The sanctuary's manager, Wendy Strachan, said reunions after such a long gap were rare. "⟦d:d|We see maybe one or two a year where it's been more than twelve months. Three years is extraordinary,⟧" she said. "⟦d:d|It's exactly why we nag everybody to keep their chip details up to date.⟧"
Nobody knows where Biscuit spent the missing years. She was in good condition, staff said, and had clearly been fed. "⟦d:a|Somebody looked after her. I'd love to thank them, whoever they are,⟧" Hannah said. "⟦d:a|And I'd love to know what she was up to. She's not telling.⟧"

### 026
@a Marcus Oduya | Brenton Hawks head coach
@b Teodor Marinescu | the Romanian centre
@c Brenton Hawks | -
@d Isaiah Fontenot | Marinescu's closest friend on the team
Brenton Hawks head coach Marcus Oduya said on Tuesday he was “⟦p:a|gutted for the kid⟧” after the club confirmed that the Romanian centre Teodor Marinescu would miss the rest of the season with a ruptured Achilles tendon.
Marinescu, 23, was injured in the third quarter of Sunday's win over Farrowdale, landing awkwardly after a block. He was carried off to a standing ovation.
“⟦d:a|He's been our best player since Christmas. Nobody's worked harder in that gym, nobody,⟧” Oduya said at the team's practice facility. “⟦d:a|You hate it for anyone. You especially hate it for him.⟧”
The player addressed fans in a post on social media on Monday night, written first in Romanian. “⟦d:b|Nu e sfârșitul. E doar o pauză,⟧” he wrote, adding in English: “⟦d:b|It's not the end. It's just a pause. Thank you for every message. I'll be back stronger, I promise.⟧”
The Hawks said in a statement that surgery had been successful and that Marinescu faced “⟦p:c|a recovery period of nine to twelve months⟧”.
Asked how the team would replace him, Oduya was blunt. “⟦d:a|We won't. You don't replace Teo. We'll just have to find a different way to win, and we'll find it.⟧”
Guard Isaiah Fontenot, Marinescu's closest friend on the team, said the locker room had been “⟦p:d|quiet, really quiet⟧” since Sunday. “⟦d:d|I went to see him in hospital and he was the one cheering me up. That tells you everything about him,⟧” Fontenot said.

### 027
@a Gloria Nkemelu | -
@d Ruth Canning | Her deputy of fourteen years
@b Femi Adeyinka | a paediatrician at Wexcombe General and a pupil at Saltmarsh in the early 1990s
@c - | One parent
When Gloria Nkemelu arrived at Saltmarsh Primary School in 1991, the roof leaked, a third of the windows were boarded up and the previous head had left, she says, "⟦p:a|in the middle of a term, without a note⟧".
Thirty-three years later, as she prepares to retire at the end of July, the school has a new roof, a library named after a former dinner lady and a waiting list.
"⟦d:a:m|People ask me what the secret was. There's no secret. You turn up. You know every child's name by half-term. You ring parents with good news, not just bad news, so that when you ring with bad news they still pick up.⟧
"⟦d:a|And you never, ever let anybody tell you a child from this estate can't do something. That's it. That's the whole philosophy. It fits on a tea towel.⟧"
Her deputy of fourteen years, Ruth Canning, said that was "⟦p:d|typical Gloria⟧" — modest to a fault. "⟦d:d|She'll tell you it fits on a tea towel. She won't tell you she's been in this building at seven every morning for three decades,⟧" Ms Canning said.
At a farewell assembly last Friday, a letter was read out from Dr Femi Adeyinka, a paediatrician at Wexcombe General and a pupil at Saltmarsh in the early 1990s. "⟦d:b|You told me I would be a doctor when I was eight and could barely read. I believed you because you didn't seem like someone who got things wrong,⟧" he wrote. "⟦d:b|You didn't.⟧"
Mrs Nkemelu said she had needed "⟦p:a|a minute in the stock cupboard⟧" after hearing it.
One parent, whose three children have all been through the school, said the headteacher would be "⟦p:c|impossible to replace⟧". "⟦d:c|My eldest is thirty now and she still talks about Mrs N,⟧" she said.

### 028
@a Aoife Ní Bhriain | a volcanologist at the University of Carrickmore
@h Kieran Moynihan | presenter
@u - | an unnamed scientist
@c Vestmar Civil Protection Agency | -
The volcano beneath the Skarvik glacier is “⟦p:a|behaving like a pot that's been left on a low heat⟧” but is unlikely to erupt in the coming weeks, according to Professor Aoife Ní Bhriain FRS, a volcanologist at the University of Carrickmore.
Speaking on the Morning Desk programme with presenter Kieran Moynihan on Monday, Prof Ní Bhriain said seismic activity had increased sharply but that the pattern was “⟦p:a|not, so far, the pattern we see before a big one⟧”.
“⟦d:h|So should people be worried?⟧” Moynihan asked.
“⟦d:a:m|Worried is the wrong word. Attentive. The mountain is talking to us, and we're listening very carefully, and at the moment what it's saying is, I'm restless, I'm not angry.⟧
“⟦d:a|If that changes, we'll know quite quickly, because the ground will start to swell in a way we can measure to the millimetre. We have eleven instruments on that glacier. It can't do much without us hearing about it.⟧”
Moynihan pressed her on a report in a Sunday newspaper that quoted an unnamed scientist as saying an eruption was “⟦p:u|a matter of when, not if⟧”.
“⟦d:a|Well, that's true of every volcano on Earth. It's not a useful sentence,⟧” she said, with a laugh. “⟦d:a|I'd gently suggest that whoever said it should have added a timescale. It could be when in a thousand years.⟧”
The Vestmar Civil Protection Agency said on Monday evening that the alert level would remain at yellow. “⟦d:c|There is no need for residents to change their plans, but we ask everyone to keep up to date with official advice,⟧” it said.

### 029
@a Eilidh Mackintosh | -
@b Morag Laidlaw | a sheep farmer who has known Mackintosh since she qualified
@c Shona Baird | the practice's veterinary nurse
@d - | A neighbour who did not want to be named
The call comes at 2.40am, and Eilidh Mackintosh is out of the door before the kettle she absent-mindedly switched on has boiled. A ewe at Auchenbrae, eighteen miles up a single-track road, is struggling with a breech lamb.
"⟦d:a|This is lambing. You don't sleep, you nap,⟧" she says, pulling on waterproofs in the dark. "⟦d:a|I've been doing it for twenty years and I still haven't worked out how to do it gracefully.⟧"
Mackintosh, 46, is one of two vets at the Strathcorrie practice, which covers an area roughly the size of Luxembourg. The other is about to retire, and a replacement has not been found.
At Auchenbrae, Morag Laidlaw, a sheep farmer who has known Mackintosh since she qualified, is waiting in the shed with a torch. The lamb is delivered in eleven minutes. It is alive.
"⟦d:b|She's the best there is. I'm not saying that because she's standing there,⟧" Laidlaw says. "⟦d:b|If she goes, I don't know what we'll do. The nearest other practice is two hours away, and a ewe doesn't give you two hours.⟧"
Driving back as the sky lightens, Mackintosh talks about recruitment.
"⟦d:a:m|We've advertised four times. We had one applicant last year and she lasted a fortnight. I don't blame her. It's a hard life if you didn't grow up in it.⟧
"⟦d:a|Young vets want to do small animals in a town, with a gym and a decent coffee. I understand that. But somebody has to come up here, or there won't be any farming left to come up to.⟧"
Back at the surgery, the practice's veterinary nurse, Shona Baird, has already put the coffee on. "⟦d:c|She says she's fine. She always says she's fine,⟧" Baird said of her colleague. "⟦d:c|I've started hiding her car keys at weekends.⟧"
A neighbour who did not want to be named said the community had started a fund to help attract a new vet. "⟦d:d|We'll build them a house if we have to,⟧" she said.

### 030
@a Pieter-Jan de Wolff | -
@b Graham Nuttall | Ashdown's head coach
@c Saqib Qureshi | Thornleigh's captain
Pieter-Jan de Wolff hit an unbeaten 141 from 98 balls as Ashdown chased down 332 to beat Thornleigh by four wickets at Pelham Road on Wednesday, the highest successful run chase in the club's history.
“⟦d:a|I didn't think it was on. Honestly, at the halfway point I was thinking about what to say to the lads about trying our best,⟧” de Wolff said afterwards. “⟦d:a|Then I hit a couple out of the middle and thought, hang on.⟧”
The 31-year-old, who has played for Ashdown since 2019, was asked by a Dutch reporter how it compared with his hundred against Thornleigh two years ago. He answered in Dutch — “⟦d:a|Dit was beter. Veel beter,⟧” — before translating for the room: “⟦d:a|This was better. Much better. That one we lost.⟧”
Ashdown's head coach, Graham Nuttall, said the chase had been built on de Wolff's calm. “⟦d:b|He doesn't panic. He's got a heart rate like a sleeping tortoise,⟧” Nuttall said. “⟦d:b|We've got young lads in that dressing room who've just watched how you do it.⟧”
Thornleigh's captain, Saqib Qureshi, said his bowlers had “⟦p:c|run out of ideas⟧” in the final ten overs. “⟦d:c|You put three hundred and thirty on the board and you expect to win. Credit to him. Sometimes a bloke just plays an innings and there's nothing you can do,⟧” he said.
Asked how he would celebrate, de Wolff grinned. “⟦d:a|Ice bath. I'm thirty-one. It's not glamorous any more.⟧”

### 031
@a Ambrose Tate | -
@b Jonah Wexley | His co-star
@c Leopold Sorensen | The film's director
Ambrose Tate has played four kings, two popes and, by his own count, “⟦p:a|about eleven murderers, depending how you define it⟧”. In “⟦s:-|The Long Quiet⟧”, which opens in cinemas on Friday, he plays a retired postmaster who does nothing more sinister than grow tomatoes.
“⟦d:a|It terrified me. There's nowhere to hide. When you play a king, the crown does half the work,⟧” he says over breakfast at a hotel near the station.
The 52-year-old has a reputation, which he does nothing to discourage, for being difficult. I ask him about it.
“⟦d:a:m|Difficult means I ask questions. I ask why. Why is he standing there? Why does he say that line and not another one? Some directors love that. Some of them want you to hit your mark and go home.⟧
“⟦d:a|I'm too old to go home. I've got nothing to do at home.⟧”
His co-star, Jonah Wexley, who plays the postmaster's estranged grandson, was twenty-five when filming began. He admits he was nervous about working with Tate.
“⟦d:b|Everyone told me he'd eat me alive. On the first day he brought me a flask of soup because it was freezing and he'd noticed I didn't have a coat,⟧” Wexley said. “⟦d:b|That's the difficult Ambrose Tate. He brings you soup.⟧”
The film's director, Leopold Sorensen, offered a more nuanced view. “⟦d:c|He's not difficult. He's rigorous, which in our industry is often mistaken for the same thing,⟧” he said. “⟦d:c|We argued about one scene for three hours. He was right. I didn't tell him that until the wrap party.⟧”
Told this, Tate puts down his coffee. “⟦d:a|He never told me. Leo, if you're reading this: thank you. Finally.⟧”

### 032
@a Chloé Bastien | -
@p - | a centre-half
@d - | My dad
Chloé Bastien will next month become the first woman to referee the final of the Northern Premier Cup. “⟦d:a|I'm a referee who happens to be a woman, not the other way round,⟧” she said when the appointment was announced. We spoke to her at her home in Ashcombe; the conversation has been edited.
Q: What's the worst thing a player has ever said to you?
A: That I can print? Once a centre-half ran thirty yards to tell me, “⟦d:p|Go back to the kitchen,⟧” and I showed him a red card. He said it was harsh. I said, well, I'm not in the kitchen, am I?
Q: Do you ever get it wrong?
A: Of course. Every referee gets things wrong. My dad refereed for thirty years and he always said, “⟦d:d|The whistle doesn't make you right, it just makes you decide.⟧”
Q: How do you prepare for a final?
A: Sleep, pasta, video. And I don't read anything about the game. Nothing. I don't want to see the word “⟦s:-|controversial⟧” anywhere near my name.

### 033
@a Beatrix Ollerenshaw | -
@b Imogen | her granddaughter
@c Inês Carvalho | The vice-chancellor
Beatrix Ollerenshaw left school at fourteen to work in a biscuit factory. On Wednesday, at 82, she crossed the stage of the Great Hall at the University of Dunmere to collect a first-class degree in history — eleven minutes after her granddaughter collected hers.
"⟦d:a|I've waited sixty-eight years for this hat. I'm not taking it off,⟧" she said afterwards, adjusting her mortarboard.
Mrs Ollerenshaw enrolled in 2020, after her husband died, at the suggestion of her granddaughter, Imogen, who was about to start a degree in chemistry. Neither expected to finish on the same day.
"⟦d:b|I said it as a joke. I said, Nan, you're always telling me about the Tudors, go and do a degree in it. Next thing she's sending me her application form to check,⟧" Imogen, 22, said. "⟦d:b|There were weeks when she was getting better marks than me. That was not a great feeling.⟧"
Her grandmother wrote her dissertation on women workers in the county's biscuit factories between 1900 and 1960. It drew in part on her own memories.
"⟦d:a:m|I interviewed women I used to work with. Three of them are still alive. We sat in a café and talked for four hours and I recorded it on my phone, which Imogen had to show me how to do.⟧
"⟦d:a|Nobody had ever asked them about it before. Not once. That's history, isn't it? Who gets asked.⟧"
"⟦d:-|Go on, Nan!⟧" came a shout from the back of the hall as she received her certificate. The vice-chancellor, Professor Inês Carvalho, said it had been "⟦p:c|the loudest cheer of the week, by some distance⟧".
"⟦d:c|Beatrix reminds all of us what a university is for,⟧" Prof Carvalho said. "⟦d:c|It's never too late to be curious.⟧"
Asked what she would do next, Mrs Ollerenshaw did not hesitate. "⟦d:a|A master's. Imogen says I'm mad. Imogen is doing one too.⟧"

### 034
@a Dev Raman | The comedian
@b Ollie Baptiste | his co-host and oldest friend
@c Headroom | The mental health charity
The comedian Dev Raman has spoken for the first time about the panic attacks that forced him to cancel the final 22 dates of his tour last spring, in an episode of the podcast ``⟦s:-|Two Blokes, One Mic⟧'' released on Monday.
Raman, 38, told his co-host and oldest friend, Ollie Baptiste, that he had been having attacks ``⟦p:a|in the wings, every night, for about a month⟧'' before he admitted it to anyone.
``⟦d:a:m|The mad thing is the gigs were going well. Some of the best I've ever done. I'd come off stage with everyone cheering and go straight into a toilet cubicle and sit on the floor.⟧
``⟦d:a|I thought if I told anyone, that was it, career over. Nobody books the comic who's falling apart. That's what I thought. I was wrong, but that's what I thought.⟧''
Baptiste, who has known Raman since they were at secondary school in Leicester, said he had noticed something was off. ``⟦d:b|You stopped answering my texts with rude pictures. That's when I knew,⟧'' he said, to laughter from the studio audience.
``⟦d:a|That's true, actually. That's a genuine warning sign,⟧'' Raman replied. ``⟦d:a|If your mate stops sending you rude pictures, ring him.⟧''
He said he had since had twelve weeks of therapy and was planning to tour again next year. The mental health charity Headroom, which Raman now supports, said it had seen ``⟦p:c|a big spike⟧'' in calls from men after the episode was trailed on social media.

### 035
@a Lorenzo Bassanelli | -
@c Jonas Vik | the overall leader
@b Gérard Moulinier | Team Vellari's sports director
@u - | one team source
Lorenzo Bassanelli won the queen stage of the Tour of the Cévaran on Thursday, attacking alone on the final climb to the Col de Sarrasin and holding off the overall leader, Jonas Vik, by fourteen seconds.
«⟦d:a|Ho pensato a mio padre per tutta la salita,⟧» the 24-year-old Italian said at the finish, tears running through the dust on his face. «⟦d:a|I thought about my father the whole way up the climb.⟧»
Bassanelli's father, a former amateur rider, died in January. The young rider has worn a black band on his arm all week.
«⟦d:a:m|He took me up this climb when I was twelve. On the hard part, the last three kilometres, he said, ‘Don't look at the top, look at the next bend.’ So today I only looked at the next bend.⟧
«⟦d:a|I think he was watching. I hope he was watching.⟧»
Team Vellari's sports director, Gérard Moulinier, said the team had not planned the attack. «⟦d:b|Lorenzo told us on the radio he was going and we said, okay, go. You don't argue with a rider who has those legs,⟧» Moulinier said.
Vik, who keeps the leader's jersey by 38 seconds, said he had let Bassanelli go deliberately. «⟦d:c|He was no danger on the overall. I had to watch the others,⟧» the Norwegian said. «⟦d:c|But chapeau. That was a beautiful ride.⟧»
According to one team source, several riders in the peloton had agreed informally to allow Bassanelli «⟦p:u|his day⟧» if he attacked. Moulinier dismissed the suggestion. «⟦d:b|Nobody gives you anything on the Sarrasin. Nobody.⟧»

### 036
@a Haruka Ishibashi | the senior paintings conservator at the Kestrel Museum in Aldbury
@b Aurelio Santangelo | The museum's director
For fourteen months, Haruka Ishibashi, the senior paintings conservator at the Kestrel Museum in Aldbury, has spent most of her working days looking at a single square metre of canvas through a microscope.
The painting, "⟦s:-|The Ferry at Dusk⟧", a 17th-century Dutch landscape, had been hanging under a thick layer of yellowed varnish since at least 1890. On Saturday it goes back on display.
"⟦d:a|People imagine it's glamorous. Mostly it's cotton swabs and a sore neck,⟧" she says. "⟦d:a|But then there's a day when you take away a layer and suddenly there's a little boy in a red hat who nobody has seen for a hundred and thirty years.⟧"
The boy in the red hat, sitting in the stern of the ferry, has become something of a celebrity in the museum. Staff have nicknamed him "⟦s:-|Little Piet⟧".
Ishibashi, who trained in Kyoto and Amsterdam, describes conservation as "⟦p:a|an argument with the past⟧".
"⟦d:a:m|Every restorer before me made decisions. Some of them were good decisions and some were terrible. In 1920 someone painted over a crack with a brown that doesn't match anything.⟧
"⟦d:a|I try to remember that in a hundred years someone will look at my work and say, what was she thinking? So I try to do only what can be undone.⟧"
The museum's director, Aurelio Santangelo, said the painting had been "⟦p:b|transformed⟧". "⟦d:b|We always knew it was a good picture. We didn't know it was a great one,⟧" he said.

### 037
@b Latoya Greenidge | -
@a Dean Ashworth | Watch Manager
@c - | A neighbour who asked not to be named
@e Kayden | -
@d Severnside Fire and Rescue Service | -
A seven-year-old boy and his mother were rescued from the upstairs window of their burning home in Coleford Rise on Sunday night by a firefighter who climbed a neighbour's garage roof to reach them before the ladder crew arrived.
Latoya Greenidge, 33, said she woke at about 1.30am to the smell of smoke and found the stairs already alight.
“⟦d:b|I grabbed Kayden and went to the window because there was nowhere else to go,⟧” she said. “⟦d:b|I was screaming. I didn't think anyone could hear me. Then there was this face, just there, in a helmet, and he said, ‘Give him to me.’⟧”
The face belonged to Watch Manager Dean Ashworth of Severnside Fire and Rescue Service, who had arrived in the first appliance. He played down his part.
“⟦d:a|The garage was there, so I used it. That's all it was,⟧” he said. “⟦d:a|The real credit goes to the crew, who had that fire out in twenty minutes.⟧”
A neighbour who asked not to be named said she had watched from across the street. “⟦d:c|He went up that roof like a cat. I've never seen anything like it,⟧” she said.
Kayden, asked by a reporter what it had been like, considered the question. “⟦d:e|Scary. But I got to sit in the fire engine after,⟧” he said.
Severnside Fire and Rescue Service said the cause of the fire was believed to be an electrical fault. “⟦d:d|This is a reminder to every household to test smoke alarms regularly. This family's alarm was working, and it very likely saved their lives,⟧” it said in a statement.

### 038
@a Philippa Dunmore | -
@h Sasha Pryor | the station's drivetime presenter
@b Janet Okoye | her co-presenter on the breakfast show for nineteen years
@c Martin Clegg | The station's managing editor
After thirty-one years reading the news on Radio Eastholme, Philippa Dunmore signed off for the last time on Friday with the words she has used at the end of every bulletin since 1993: "⟦d:a|That's the news. Mind how you go.⟧"
In an interview broadcast an hour later, she told the station's drivetime presenter, Sasha Pryor, that she had "⟦p:a|wobbled⟧" on the final sentence.
"⟦d:h|You've read out some enormous stories. Is there one that stays with you?⟧" Pryor asked.
"⟦d:a:m|The floods in 2007. We were on air for eleven hours straight. People were ringing in from their attics. I remember a woman in Marsh End who'd been on her roof with her dog for six hours, and she rang to ask us to tell her sister she was all right.⟧
"⟦d:a|I read that message out and then I had to put a record on because I couldn't speak. You never forget that. You're not meant to.⟧"
Janet Okoye, her co-presenter on the breakfast show for nineteen years, joined them in the studio. "⟦d:b|She was the calmest person in any room, always. If the building had been on fire she'd have read the travel first,⟧" Okoye said.
"⟦d:a|That's not true,⟧" Dunmore protested. Then, after a pause: "⟦d:a|It's a bit true.⟧"
The station's managing editor, Martin Clegg, said Dunmore's voice had been "⟦p:c|the sound of home⟧" for a generation of listeners. "⟦d:c|We had more than two thousand messages this week. People have written to tell us they learned English listening to Philippa,⟧" he said.

### 039
@a Zhao Wenjun | -
@r - | a reporter
@b Callum Prentice | -
Zhao Wenjun completed a remarkable comeback to win the Harrowmere Masters on Sunday night, recovering from 8-3 down to beat Callum Prentice 10-9 in a final that finished after midnight.
The 21-year-old, playing in only his second ranking final, spoke through an interpreter at his press conference. "⟦d:a|我一直告诉自己，一次只打一个球。⟧" he said. "⟦d:a|I kept telling myself, one ball at a time,⟧" the interpreter said. "⟦d:a|When I was 8-3 behind, I stopped looking at the scoreboard. I only looked at the table.⟧"
Asked by a reporter whether he had slept the night before — "⟦d:r|Did you sleep at all?⟧" — Zhao laughed and answered in English. "⟦d:a|Three hours. Maybe two.⟧"
Prentice, 34, who had been bidding for his first title in four years, was magnanimous. "⟦d:b|I had my chances. At 9-7 I had a simple red to the middle and I missed it, and after that he didn't give me anything,⟧" he said. "⟦d:b|He's going to win a lot of these. I just wish he'd started next year.⟧"
Zhao dedicated the win to his mother, who sold her restaurant so that he could move to England at fifteen. "⟦d:a|She gave everything. This trophy is hers,⟧" he said through the interpreter.

### 040
@a Bassel Khoury | -
@b Lina | His daughter
@c Rania | His wife
@d Irene Catchpole | One of the Tuesday ladies
Four years ago Bassel Khoury arrived in Wendlebury with two suitcases, a wife, three children and, in his wallet, a recipe for his grandmother's kibbeh written on the back of a bus ticket.
Last month the family opened Beit Sitti — “⟦s:-|Grandmother's House⟧” — on the high street, in what used to be a bank.
“⟦d:a|الحمد لله. كل شيء بوقته⟧”, he says, when I ask how it feels. His daughter Lina, 16, translates: “⟦d:a|Thank God. Everything in its time.⟧”
Bassel was a civil engineer before the war. His wife, Rania, does most of the cooking. Her English is better than her husband's, and she is less inclined to modesty.
“⟦d:c:m|In the beginning nobody came. Three customers in a day, four. I was standing at the window looking at people walking past and I wanted to go out and pull them in by their coats.⟧
“⟦d:c|Then a lady from the church came and ate and told all her friends. Now we have the Tuesday ladies, the Thursday ladies. They tell me about their grandchildren. I know more about this town than people who were born here.⟧”
Lina, who is studying for her exams and works in the restaurant at weekends, said she had been embarrassed by her parents at first. “⟦d:b|Mum gives everyone extra food for free. I used to say, Mum, this is a business. Now I've given up,⟧” she said. “⟦d:b|It's actually why people come back.⟧”
One of the Tuesday ladies, 79-year-old Irene Catchpole, said she had been “⟦p:d|eating her way through the menu⟧” since March. “⟦d:d|I'd never had Syrian food in my life. Now I'm in here twice a week. My doctor's not pleased,⟧” she said.

### 041
@a Sigrún Halldórsdóttir | -
@c - | One councillor
Sigrún Halldórsdóttir's library in Tarnby, built almost entirely from reclaimed timber, won the Prentiss Medal for architecture on Tuesday. “⟦d:a|It's a prize for the trees, really,⟧” she said. We spoke by video call; this interview has been condensed.
Q: Why reclaimed timber?
A: Because it was there. The old school was being demolished and I walked past the skip and saw these beautiful beams going in. I made the contractor stop.
Q: Did the council take some persuading?
A: Some? One councillor asked me in a meeting, “⟦d:c|Are you seriously proposing to build a library out of rubbish?⟧” and I said yes, very seriously.
Q: The building has been nicknamed “⟦s:-|the Ark⟧” locally. Do you mind?
A: I love it. Better than “⟦s:-|the Shed⟧”, which is what the builders called it.

### 042
@a Bethan Lloyd-Price | area coroner
@d Omari Kasongo | a consultant in emergency medicine who reviewed the case for the inquest
@b Alison Fernley | Ethan's mother
@c Ravensmoor Health Trust | -
A 19-year-old student who died of sepsis after being sent home from a hospital emergency department twice in 36 hours might have survived had he been given antibiotics on his first visit, a coroner has concluded.
Ethan Fernley, a second-year engineering student at Ravensmoor University, died at Ravensmoor General Hospital on 9 November last year.
Recording a narrative conclusion on Thursday, area coroner Bethan Lloyd-Price said there had been "⟦p:a|a missed opportunity⟧" to diagnose his condition. "⟦d:a|Ethan's observations on his first attendance were abnormal, and they were not acted upon,⟧" she said. "⟦d:a|I cannot say with certainty that earlier treatment would have saved his life. I can say that it would probably have done so.⟧"
Dr Omari Kasongo, a consultant in emergency medicine who reviewed the case for the inquest, told the hearing the department had been "⟦p:d|under extraordinary pressure⟧" that night, with 47 patients waiting. "⟦d:d|That's not an excuse. It's the context,⟧" he said.
In a statement read outside the coroner's court, Ethan's mother, Alison Fernley, said the family had waited a year "⟦p:b|to hear someone say what we knew on the first night⟧".
"⟦d:b:m|Ethan told them he felt like he was dying. He was nineteen and frightened and he was sent home with paracetamol. Twice.⟧
"⟦d:b|We don't want anyone to lose their job. We want no other family to stand where we are standing today.⟧"
The Ravensmoor Health Trust said it "⟦p:c|fully accepted⟧" the coroner's findings. "⟦d:c|We are deeply sorry. We have made changes to how sepsis is screened in our emergency department, and we will continue to learn from Ethan's death,⟧" it said.

### 043
@a Clement Rowbotham | -
@b Edna | His wife of 64 years
@c Naveen Lal | The race director
Clement Rowbotham ran his first marathon in 1971, in a pair of plimsolls and a vest borrowed from his brother. On Sunday, aged 90, he ran his fortieth.
He finished the Tollbridge Marathon in six hours, fifty-one minutes and twelve seconds, to the loudest cheer of the afternoon. ``⟦d:a|I'd like to say I felt wonderful. I felt ninety,⟧'' he said at the finish, wrapped in a foil blanket.
Rowbotham, a retired maths teacher, trains five mornings a week along the towpath near his home in Lenham Bridge. He has run the same route for forty years.
``⟦d:a:m|People ask me what my secret is and they're always disappointed. I don't have one. I eat porridge. I go to bed at ten. I never run when it's icy, because at my age a broken hip is the end of the story.⟧
``⟦d:a|And I don't think about the whole distance. Nobody can think about twenty-six miles. I think about the next lamp post.⟧''
His wife of 64 years, Edna, was waiting at the finish line with a flask of tea. ``⟦d:b|He's been telling me this is his last one since about 1995,⟧'' she said. ``⟦d:b|I've stopped believing him.⟧''
The race director, Naveen Lal, said Rowbotham was the oldest finisher in the event's 38-year history. ``⟦d:c|When he crossed the line, half the volunteers were in tears. Clement is what this sport is about,⟧'' he said.
Asked, inevitably, whether it would be his last, Rowbotham looked at his wife. ``⟦d:a|Probably.⟧'' A pause. ``⟦d:a|Possibly.⟧''

### 044
@a Declan Moss | the singer
@b Ray Obuya | the guitarist
@c Kevin Lomax | the bassist
@d Stuart Pell | The drummer
Twenty-six years after they split in a fist-fight at a motorway service station, the Marrowbones are back. The four of them are sitting around a table in a rehearsal studio in Dalby, and within five minutes they are arguing about who threw the first punch.
"⟦d:a|It was Ray,⟧" says Declan Moss, the singer.
"⟦d:b|It was not Ray,⟧" says Ray Obuya, the guitarist. "⟦d:b|Ray was holding a cheese sandwich. Ray was the victim.⟧"
"⟦d:c|Nobody threw a punch. It was more of a shove,⟧" says Kevin Lomax, the bassist, who has clearly played peacemaker before. "⟦d:c|There was a lot of shoving in that band.⟧"
The drummer, Stuart Pell, says nothing. He is eating a banana.
The band had two top-ten albums in the late 1990s and one hit single, "⟦s:-|Lantern Girl⟧", which still turns up in television adverts and, Moss says, "⟦p:a|pays for my boiler every winter⟧". They had not all been in the same room since 1998. So what changed? Moss answers first.
"⟦d:a:m|Kevin's wife got ill last year. She's fine now, she's well. But I went to see him in hospital and Ray was already there, in the corridor, and we just looked at each other and it was like, what are we doing? We're fifty-odd. What are we still angry about?⟧
"⟦d:a|I couldn't even remember. I honestly couldn't remember what the row was about.⟧"
"⟦d:b|It was about money,⟧" Obuya says. "⟦d:b|It's always about money.⟧"
"⟦d:c|It was about you,⟧" Lomax says to Moss, and everyone, finally, laughs, including Pell.
Pell puts down the banana peel. "⟦d:d|I just want to say,⟧" he says, "⟦d:d|that I was in the toilet for the entire fight, and I have been waiting twenty-six years to say so on the record.⟧"
The reunion tour begins in Harwell in March.

### 045
@a Marnie Castellano | the podcaster
@b Ruth Halloran | Detective Chief Inspector
@c Lesley Dunn | The victim's sister
@d Northmoor Police | -
A murder investigation that had lain dormant for twenty-three years has been reopened after a listener to a true-crime podcast came forward with new information, police have confirmed.
Sharon Dunn, 24, was last seen leaving a nightclub in Carlow Street, Northmoor, in April 2001. Her body was found eleven days later. Nobody has ever been charged.
Her case was the subject of the first series of “⟦s:-|Cold Ledger⟧”, made by the podcaster Marnie Castellano, which has been downloaded more than four million times.
“⟦d:a|We got thousands of emails. Most of them were theories. This one wasn't a theory,⟧” Castellano said. “⟦d:a|It was someone saying, I was there that night, I saw something, and I've never told anyone.⟧”
She passed the email to Northmoor Police. Detective Chief Inspector Ruth Halloran, who is leading the review, confirmed that a witness had been interviewed and that forensic exhibits were being re-examined.
“⟦d:b|I want to be careful. A podcast is not an investigation, and I'd ask people not to speculate online,⟧” Halloran said. “⟦d:b|But this is significant, and we are grateful.⟧”
She declined to say whether the witness was considered a suspect. “⟦d:b|I'm not going to go into that,⟧” she said.
The victim's sister, Lesley Dunn, has spent two decades pressing police to keep the case open. She said she had listened to every episode “⟦p:c|with my heart in my mouth⟧”.
“⟦d:c:m|For years I was the only one who still said her name. I used to ring the police station every April, on the anniversary, and ask if there was any news. There never was.⟧
“⟦d:c|Now strangers stop me in the supermarket and tell me they're thinking of her. I don't know how to explain what that means.⟧”
Northmoor Police said in a statement that it would “⟦p:d|follow the evidence wherever it leads⟧”.

### 046
@a Ciarán Ó Floinn | -
@b Maeve | his sister and caddie
@c Brett Kowalczyk | the overnight leader
Ciarán Ó Floinn shot a final-round 64 to win the Westmarch Classic by two strokes on Sunday, the first tour title for the 27-year-old from Dún Caoin.
"⟦d:a|Go raibh míle maith agaibh,⟧" he told the crowd around the 18th green, before switching to English: "⟦d:a|A thousand thanks. I'll be saying that for a week.⟧"
Ó Floinn began the day four shots behind the overnight leader, Brett Kowalczyk, and made seven birdies in his first eleven holes. He was carried through the back nine by his putter and, he said, by his sister and caddie, Maeve.
"⟦d:a|On the 14th I wanted to hit driver and she said no. I said, it's my career, and she said, it's my wages,⟧" he said at his press conference. "⟦d:a|She was right. She usually is. Don't tell her I said that.⟧"
Maeve, 30, who gave up a job as a physiotherapist to caddie for him three years ago, was standing at the back of the room. "⟦d:b|Too late,⟧" she called out.
Kowalczyk, whose closing 71 left him in a tie for second, said he had "⟦p:c|no complaints⟧". "⟦d:c|I didn't play badly. He just played out of his skin. When a guy shoots 64 on a Sunday, you shake his hand,⟧" he said.
Asked what he would do with the winner's cheque, Ó Floinn thought for a moment. "⟦d:a|Pay my sister, I suppose. Properly, this time.⟧"

### 047
@a Hannah Strömberg | -
@b Park Ji-yeon | a nurse in Daegu
@c Birgitta Strömberg | Hannah's adoptive mother
@d Kinfold | The DNA testing company
Hannah Strömberg grew up in a town outside Uppsala believing she was an only child. In March, a DNA test she had taken on a whim told her otherwise.
“⟦d:a|The message said 'identical twin or self'. I actually laughed. I thought it was a bug,⟧” she said.
The match was Park Ji-yeon, a nurse in Daegu. The two women, now 38, were born in the same hospital in 1986 and separated at four months old — one adopted abroad, one raised by an aunt.
They met for the first time last week at Incheon airport, filmed by Ji-yeon's nephew.
“⟦d:b|얼굴을 보자마자 알았어요,⟧” Ji-yeon said through an interpreter. “⟦d:b|I knew as soon as I saw her face. It was like looking at myself, but with a different haircut.⟧”
Hannah said she had spent the flight rehearsing Korean phrases, “⟦p:a|and then forgot every single one⟧”.
“⟦d:a:m|We just held each other. We didn't need words. We still don't really have them — her English is better than my Korean, which isn't saying much.⟧
“⟦d:a|But we have the same laugh. Exactly the same. My husband heard it on the phone and had to leave the room.⟧”
Hannah's adoptive mother, Birgitta Strömberg, said the family had never been told there was a twin. “⟦d:c|If we had known, we would have done anything to keep them together. Anything,⟧” she said. “⟦d:c|I'm so happy for her. And I'm angry, a little. Both things.⟧”
The DNA testing company Kinfold said it had recorded “⟦p:d|a handful⟧” of twin matches since it launched in 2015.

### 048
@a Ottilie Brandt | -
@b Joaquim Serrão | -
Ottilie Brandt has translated nineteen novels from Portuguese, and she has never once, she says, been recognised in the street. Then last month her translation of Joaquim Serrão's "⟦s:-|The Weight of Rivers⟧" won the Hollander Prize, and her name appeared on the front of the book for the first time, in letters almost as big as his.
"⟦d:-|Did that matter to you?⟧" I ask.
"⟦d:a|More than it should have. I'm fifty-eight. I've been the invisible woman for thirty years. I told myself I didn't care. Then I saw the cover and I cried in the middle of a bookshop,⟧" she says.
"⟦d:-|Which bookshop?⟧"
"⟦d:a|I'm not telling you. They'll put up a plaque.⟧"
We are in her kitchen in Hessle Moor, surrounded by dictionaries. She talks about translation as a kind of eavesdropping.
"⟦d:a:m|You spend two years inside someone else's head. You know their tics, their favourite words, the way they always use three adjectives when two would do. Joaquim loves a semicolon. I had to break him of that in English.⟧
"⟦d:a|He fought me on it. We had an email argument about one semicolon that lasted a week.⟧"
Serrão, reached by email in Coimbra, confirmed the dispute. "⟦d:b|Ottilie won. Ottilie always wins. I have learned to surrender gracefully, which is to say, late,⟧" he wrote. "⟦d:b|She is not my translator. She is my co-author in another language, and the prize is hers.⟧"
Told this, Brandt goes pink. "⟦d:a|Well. That's the nicest thing he's ever said. Usually he just sends me pictures of his dog.⟧"

### 049
@a Hazel Mbatha | a retired music teacher
@b Reg Pollard | a former bus conductor
@c Sandra | His daughter
@d - | Another member
Every Wednesday at 2pm, about forty people gather in the church hall at St Cuthbert's in Ellerby to sing. Most of them have dementia. Some of them no longer remember the names of their children. Almost all of them remember the words to “⟦s:-|Daisy Bell⟧”.
Hazel Mbatha, a retired music teacher, started the choir in 2018 with six members and a borrowed keyboard.
“⟦d:a|Music lives in a different part of the brain. It's the last thing to go. I've seen men who haven't spoken a sentence in months sing four verses of a hymn without a mistake,⟧” she said.
Reg Pollard, 84, a former bus conductor, was diagnosed with Alzheimer's three years ago. He has been coming to the choir since the beginning. Asked what he liked about it, he answered at once.
“⟦d:b|The singing. And the biscuits. Mostly the singing,⟧” he said. Then he winked. “⟦d:b|Don't tell Hazel about the biscuits.⟧”
His daughter, Sandra, who brings him every week, said Wednesdays were “⟦p:c|the best day⟧” for both of them.
“⟦d:c:m|At home he gets frustrated. He knows something's wrong and he can't find the words for it, and that's hard to watch. Here, he's just Dad. He's singing, he's joking with the ladies.⟧
“⟦d:c|For an hour and a half I get him back. I can't tell you what that's worth.⟧”
Another member, a woman in her late seventies who did not want to give her name, stopped on her way out to say one thing. “⟦d:d|Put in your paper that we're good,⟧” she said. “⟦d:d|Not good for old people. Good.⟧”

### 050
@a Lukas Brandstätter | Vortex Racing team principal
@u - | a senior figure at the team who asked not to be named
@b Amara Osei | the 22-year-old
Vortex Racing team principal Lukas Brandstätter has denied that the team is considering replacing Amara Osei before the end of the season, despite the driver failing to score points in six of the last seven rounds.
"⟦d:a|Amara is our driver. She is our driver this year and, as far as I'm concerned, next year,⟧" Brandstätter said at the Valdora circuit on Thursday. "⟦d:a|I read the stories. I don't know who writes them. Nobody from this team.⟧"
According to a senior figure at the team who asked not to be named, however, talks have taken place with at least one other driver. "⟦d:u|Lukas is loyal, and that's admirable. But the owners look at the table, not at loyalty,⟧" the source said.
Osei, speaking to reporters an hour later, said she had not been told anything. "⟦d:b|If there's a conversation about me, nobody's had it with me,⟧" the 22-year-old said. "⟦d:b|All I can do is drive the car as fast as it goes. Right now it doesn't go very fast.⟧"
Asked whether that was a criticism of the team, she smiled. "⟦d:b|It's a description of the car.⟧"

### 051
@a Anaïs Diallo | a principal dancer with the Corwen Ballet for fifteen years
@b Mireille Diallo | Her mother
@c Tamsin Gale | the choreographer who created the role Diallo will dance on Saturday
When Anaïs Diallo takes her final bow at the Corwen Opera House on Saturday night, her mother will be in the third row, in the same seat she has occupied for every one of her daughter's premieres since 2006.
«⟦d:a|She's never missed one. Not one. She had pneumonia in 2014 and came anyway, with a hot-water bottle under her coat,⟧» says Diallo, 39, a principal dancer with the Corwen Ballet for fifteen years.
We meet in a rehearsal studio the week before the performance. She is wearing three layers of wool and is, she says, «⟦p:a|held together with tape and stubbornness⟧».
«⟦d:a:m|My body has been telling me for two years. My left foot, my hip, my back in the mornings. You can ignore your body for a long time as a dancer. That's almost the job. But it always wins in the end.⟧
«⟦d:a|I wanted to leave while I could still do the jumps properly. I didn't want anyone in the audience feeling sorry for me.⟧»
Her mother, Mireille Diallo, who emigrated from Dakar in 1979 and worked as a hospital cleaner for thirty years, speaks to me on the phone in French. «⟦d:b|Je suis fière, mais je suis aussi soulagée,⟧» she says. «⟦d:b|I am proud, but I'm also relieved. I won't have to watch her fall any more.⟧»
Tamsin Gale, the choreographer who created the role Diallo will dance on Saturday, said she had built it «⟦p:c|around her feet⟧». «⟦d:c|Nobody else could dance it. We'll probably have to retire the role with her,⟧» Gale said. «⟦d:c|I'm only half joking.⟧»
Diallo plans to open a dance school for children in the town where she grew up. «⟦d:a|Free, for anyone who can't pay. My mother cleaned floors so I could have lessons. That's the least I can do.⟧»

### 052
@a Isadora Quist | -
@b Tomasz Quist | Her husband
@c Henrik Aas | Flight director
@d Meridian Space Agency | -
Isadora Quist, PhD, has spent 212 days in orbit, conducted four spacewalks and once fixed a leaking coolant line with, she says, "⟦p:a|a pair of tweezers and a great deal of swearing⟧". Next spring she will command the Meridian Space Agency's first long-duration mission to its lunar outpost.
"⟦d:a|People expect me to talk about the view. The view is very nice. But mostly I think about plumbing,⟧" she says, in a meeting room at the agency's training centre in Kalvik.
The 47-year-old grew up on a dairy farm and was, by her own account, "⟦p:a|not a starry-eyed child at all⟧". I ask her when she first wanted to go to space.
"⟦d:a:m|I didn't, particularly. I wanted to be a vet. Then I did a degree in mechanical engineering because my physics teacher told me girls from our village didn't do engineering, and I wanted to prove him wrong.⟧
"⟦d:a:m|Then a friend showed me a job advert for astronaut candidates. I applied as a joke. It was a very long joke. It lasted eleven years.⟧
"⟦d:a|I still send that physics teacher a Christmas card. I sign it from space when I can.⟧"
Her husband, Tomasz Quist, who looks after their two teenage children while she is away, describes the months apart as "⟦p:b|a long-distance relationship with very bad Wi-Fi⟧". "⟦d:b|The kids are proud. They also want to know why she can't come home for parents' evening,⟧" he said.
Flight director Henrik Aas, who will oversee the mission from the ground, said the crew had been chosen partly for temperament. "⟦d:c|Isadora doesn't panic. I've watched her deal with an alarm at three in the morning, in orbit, like she was reading a recipe,⟧" he said.
The agency said in a statement that the mission would "⟦p:d|lay the foundations for a permanent human presence on the Moon⟧".

### 053
@a Grace Tshabalala | -
@h Neil Armitage | presenter
@c Hollins Healthcare Trust | -
@d Paul Stringer | a regional officer for the Nursing Guild
A ward sister who was suspended after speaking publicly about staffing levels at Hollins Hospital has said she would "⟦p:a|do it again tomorrow⟧", in her first interview since the suspension was lifted.
Grace Tshabalala, who has worked at the hospital for twenty-two years, told presenter Neil Armitage on Radio Fenmoor that she had spent the four months of her suspension "⟦p:a|not sleeping, mostly⟧".
"⟦d:h|Why did you speak out? You must have known what might happen,⟧" Armitage said.
"⟦d:a:m|I knew. I'm not stupid. But I'd raised it through the proper channels eleven times. Eleven. I have the emails. And every time the answer was, we're aware, we're looking into it.⟧
"⟦d:a:m|Then one night we had two registered nurses for thirty-one patients, and an elderly man fell getting out of bed because nobody could get to him in time. He broke his hip. He died three weeks later.⟧
"⟦d:a|After that I couldn't look at another email. So I spoke to a journalist.⟧"
The Hollins Healthcare Trust, which lifted her suspension last week after an independent review, said it "⟦p:c|recognised the concerns⟧" she had raised and had recruited 40 additional nurses since January.
Paul Stringer, a regional officer for the Nursing Guild, who supported her through the disciplinary process, said the case should "⟦p:d|never have got this far⟧". "⟦d:d|Grace did exactly what every nurse is told to do. She raised concerns, and when nobody listened she raised them louder,⟧" he said.
Tshabalala returns to work on Monday, on the same ward. "⟦d:a|The patients didn't do anything wrong. Why would I go anywhere else?⟧"

### 054
@a Malcolm Threlfall | a 63-year-old former lorry driver from Bramhope
@b Kirsty | his daughter
Malcolm Threlfall rowed into Port Aurelia on Saturday morning, 71 days after leaving the Canary Islands alone in a seven-metre boat named after his late wife. He had lost, by his estimate, fourteen kilos and most of his sense of humour.
``⟦d:a|I've found it again now. It was under the bacon sandwich,⟧'' he said on the quayside, within about four minutes of stepping ashore.
Threlfall, a 63-year-old former lorry driver from Bramhope, had never rowed before 2021. He took it up, he said, after the death of his wife, Pauline, ``⟦p:a|because I needed something hard to do that wasn't grieving⟧''.
Throughout the crossing he posted short updates by satellite phone, which his daughter, Kirsty, put on a blog. Some were cheerful. On day 38, after a storm capsized the boat twice, he wrote: ``⟦d:a|Everything is wet. I am wet. The biscuits are wet. I have not given up, but I have considered it in some detail.⟧''
On day 52 he wrote simply: ``⟦d:a|Saw a whale. Told Pauline about it.⟧''
Kirsty, 29, flew out to meet him. ``⟦d:b|Reading those posts every morning was the hardest thing I've ever done. Some days I'd wait three hours for one, refreshing the page,⟧'' she said. ``⟦d:b|When he went quiet for two days after the storm, I didn't sleep at all.⟧''
Her father, asked what he had missed most, didn't hesitate. ``⟦d:a|People. I'm not a loner. I'm the least loner-ish person you'll ever meet. I talked to the boat. I talked to the fish.⟧''
He paused. ``⟦d:a|The fish are not great listeners.⟧''

### 055
@a Jari Leppänen | Northfield Ravens head coach
@s - | Another reporter
@c Dale Whitcombe | Goaltender
Northfield Ravens head coach Jari Leppänen was in no mood for jokes after his side lost 5-1 at home to the Carrick Stags on Friday, their fifth defeat in a row.
"⟦d:a|That was embarrassing. I'm embarrassed. The players should be embarrassed,⟧" the Finn said, arms folded, at the start of his press conference. "⟦d:a|We had six shots in the first two periods. Six. My grandmother gets six shots in a period, and she's eighty-eight.⟧"
One reporter asked whether he had lost the dressing room. "⟦d:a|No. Next question.⟧"
Another reporter pressed him: "⟦d:s|Is your job safe, Jari?⟧"
"⟦d:a|Ask the owner. I don't sign my own contract.⟧"
Goaltender Dale Whitcombe, who faced 41 shots, was the only Ravens player to speak to the media. "⟦d:c|We're better than this. Everyone in that room knows we're better than this,⟧" he said. "⟦d:c|But saying it doesn't mean anything any more. We've got to show it.⟧"
Leppänen, asked on his way out what he would say to his players, muttered something in Finnish. Pressed for a translation, he half-smiled. "⟦d:a|Nothing you can print.⟧"

### 056
@a Ngaire Whitmore | -
@b Jess Adair | The apprentice
Ngaire Whitmore has been throwing pots in the same converted cowshed at Tarrant Hollow for thirty-five years, and she does not, she says, intend to stop until her hands do.
“⟦d:a|They're going, slowly. Arthritis. I can feel it in the mornings,⟧” she says, flexing her fingers over the wheel. “⟦d:a|So I've done the sensible thing for once in my life and got myself an apprentice.⟧”
The apprentice, Jess Adair, is twenty-three and was, until eighteen months ago, studying law. She arrived at the pottery for a weekend course and, in her words, “⟦p:b|never really left⟧”.
“⟦d:b|I rang my mum from the car park on the Sunday and said, I'm not going back. She thought I'd joined a cult,⟧” Jess says. “⟦d:b|To be fair, it is a bit of a cult.⟧”
Whitmore laughs at this. She says she is a demanding teacher, and that the first six months were mostly spent wedging clay. I ask whether she was ever tempted to let Jess skip ahead.
“⟦d:a:m|Never. My own teacher made me wedge clay for a year before I was allowed near a wheel. I hated her for it. I'd cycle home crying.⟧
“⟦d:a|Now I understand. If you can't prepare the clay, nothing you make on the wheel will survive the kiln. It's the same with most things.⟧”
Does Jess agree? She glances across the shed. “⟦d:b|Ask me in a year,⟧” she says. Then, more quietly: “⟦d:b|Yes. She's right. She's annoyingly right about most things.⟧”
“⟦d:a|I heard that,⟧” says Whitmore, without looking up.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh54.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh54",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
