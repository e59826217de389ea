# ruff: noqa: E501
"""Build ``quotes_fresh21.jsonl``: a twenty-first independent, held-out gold set of quotes.

All passages are fictional (invented people, places, clubs, works and organisations)
and were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set leans on
sport, culture and feature writing: match reports, press conferences, profiles, long
interviews, reviews and obituaries. It is meant to be evaluated once, as an honest
measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh21-NNN``.

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

Decisions specific to this set (where the conventions above leave room):

* A speaker has one description for the whole passage. When the introduction gives no
  appositive or role title, the first definite description used at a cue (``the
  artist said``, ``the 23-year-old said``) is the description for all of that
  speaker's spans; with no such cue it is null.
* The same rule applies to organisations: ``the club said`` after ``The Royal Corran
  Yacht Club has upheld …`` gives the description ``the club``.
* A reporter's own translation of a foreign-language quote (in quotation marks) is a
  second ``direct`` span by the original speaker, as is an interpreter's rendering.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh21.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

PASSAGES = """
### 001
@a Ilse Brandt | Harbour City manager
@b Dario Quaresma | the Portuguese forward
@c Tomasz Wierzbicki | Wexmoor manager
Harbour City climbed to fourth in the Northern Premier table on Saturday after a 3-1 win over Wexmoor Athletic at the Quayside Ground, where a late double from Dario Quaresma turned a nervy afternoon into a comfortable one.
Wexmoor had led through Kofi Adjei's header after 11 minutes and looked the sharper side until the interval. Harbour City manager Ilse Brandt said she had changed little at half-time. "⟦d:a|I didn't throw any teacups. I asked them to be braver on the ball, that's all,⟧" she said. "⟦d:a|The first half we played like we were scared of the grass.⟧"
Caleb Moss equalised on 58 minutes before Quaresma, who had not scored since October, struck twice in six minutes.
"⟦d:b|Honestly, I was starting to think the goal had moved,⟧" the Portuguese forward said. "⟦d:b|The lads kept giving me the ball. You repay that eventually.⟧"
Wexmoor manager Tomasz Wierzbicki was less forgiving of his defence, describing the second and third goals as "⟦p:c|schoolboy stuff⟧".
"⟦d:c|We were in control and then we stopped doing the simple things,⟧" he said. "⟦d:c|You can't do that at this level and expect to be rewarded.⟧"
Brandt declined to discuss reports linking Quaresma with a move in January. "⟦d:a|Ask me in January,⟧" she said.

### 002
@a Aoife Ní Dhúill | the production’s director
@b Kwame Asante-Boakye | the actor
There is a moment near the end of “⟦s:-|Salt and Iron⟧”, the new play at the Lantern Playhouse in Carrick Bay, when the ferryman simply stops rowing. The boat drifts, the lights drop, and for nearly a minute nobody on stage says anything at all.
“⟦d:a|People keep asking me if that silence was in the script. It wasn’t. It happened in the third week of rehearsals and we never got rid of it,⟧” said Aoife Ní Dhúill, the production’s director.
The play, the first full-length work by the playwright Hester Quayle, follows a family running a river crossing in the years before a bridge makes them redundant. Quayle, who is 71, did not attend the press night and has declined interviews.
Kwame Asante-Boakye, who plays the ferryman, Amos, said the pause terrified him at first. “⟦d:b|You’re standing there in front of three hundred people doing nothing,⟧” the actor said. “⟦d:b|Then you realise they’re leaning in. They’re doing the work for you.⟧”
Ní Dhúill said she had been drawn to the script because it refused to be “⟦p:a|nostalgic in the cheap way⟧”. “⟦d:a|Hester isn’t mourning the ferry. She’s mourning the people who were good at something the world stopped needing,⟧” she said.
The run has been extended by two weeks.

### 003
@a Margaux Delacroix-Vinet | the world No. 14
@r - | a reporter
@b Lidia Horvat | Her coach
Margaux Delacroix-Vinet insisted her right shoulder was «⟦p:a|fine⟧» after she retired from her second-round match at the Lakeshore Open on Wednesday while trailing 6-3, 2-0.
The world No. 14 had called the trainer twice in the first set. Asked by a reporter «⟦d:r|Is this the same problem as last spring?⟧», she shook her head.
«⟦d:a|Non, non. C’est autre chose, c’est plus petit,⟧» she said, before switching to English. «⟦d:a|No, it’s something different, something smaller. I didn’t want to make it bigger by playing on.⟧»
Her coach Lidia Horvat said the decision had been taken together. «⟦d:b|Margaux wanted to continue. I said no. Sometimes that is my job,⟧» Horvat told reporters.
Delacroix-Vinet, 26, said she would have a scan on Thursday. «⟦d:a|If it is nothing, I play Paris. If it is something, I don’t. It’s very simple,⟧» she said.

### 004
@a Nell Okonkwo-Barry | a former Commonwealth amateur champion
@b Jaden | Her nephew
@c - | A council spokesperson
The bell at the Ropeworks Boxing Club is older than most of the people who answer to it. It came, Nell Okonkwo-Barry says, from a school that closed in 1986, and it has been rung at three-minute intervals nearly every weekday evening since she opened the gym in a former tram depot in Eastfield.
Okonkwo-Barry, a former Commonwealth amateur champion, is 58 now. She still spars, lightly, with anyone who asks.
"⟦d:a|I never planned to run a gym,⟧" she says. "⟦d:a:m|I planned to win an Olympic medal and then I planned to be a PE teacher, and neither of those happened.⟧
"⟦d:a|What happened was a boy from my street got stabbed outside the chip shop, and his mum asked me if I'd take his little brother down the gym with me. So I did. And then there were four of them, and then there were twenty.⟧"
Nell does not talk much about her own career. Her medals live in a biscuit tin on the shelf above the kettle.
"⟦d:a|Nobody comes here because I won something in 1988,⟧" she says. "⟦d:a|They come because it's warm and somebody notices if they don't turn up.⟧"
Her nephew Jaden, 17, has been coming since he was nine. He is preparing for his first national championships in March.
"⟦d:b|She's harder on me than anyone,⟧" he says. "⟦d:b|If I'm late she makes me clean the showers. I've cleaned a lot of showers.⟧"
The club's lease runs out next year, and the council has not said whether it will renew it. A council spokesperson said the site was "⟦p:c|under review as part of the wider Eastfield plan⟧".
Nell shrugs at that. "⟦d:a|They've been reviewing us since 1994,⟧" she says.

### 005
@a R.J. Penhaligon | Ashcombe captain
@b Sunil Athreya | the 19-year-old leg-spinner
@d Graham Ebbutt | the match referee
Sunil Athreya, the 19-year-old leg-spinner, took 6-41 on his first-class debut as Ashcombe beat Lindfield by 112 runs at Marlow Road on the final afternoon.
Lindfield, set 287 to win, were 140-3 at lunch before Athreya removed Toby Grange and Ollie Fenwick in successive overs.
"⟦d:b|I was just trying not to bowl a full toss, to be honest,⟧" Athreya said. "⟦d:b|My dad's here, my grandad's here. I didn't want them to see me get smashed.⟧"
Ashcombe captain R.J. Penhaligon said he had considered taking the teenager off after an expensive first spell. "⟦d:a|He went for 30 in five overs and I had the new-ball lads warming up,⟧" Penhaligon admitted. "⟦d:a|He came up to me and said, 'Give me one more from the pavilion end.' I'm glad I listened.⟧"
The surface was "⟦p:d|a little tired but perfectly fair⟧", according to the match referee, Graham Ebbutt, after Lindfield complained about uneven bounce on the third day.
Lindfield's coach, Mark Haddow, did not speak to reporters.

### 006
@a Maren Eide | the elder by two years
@b Tove Eide | -
The Eide sisters recorded most of “⟦s:-|Weather Indoors⟧”, their third album as Hollow Pines, in a rented farmhouse outside Vossheim with the heating broken.
“⟦d:a|You can hear it if you listen closely. There’s a track where my teeth are chattering,⟧” said Maren Eide, the elder by two years. “⟦d:a|We left it in.⟧”
“⟦d:b|She left it in,⟧” Tove Eide corrected. “⟦d:b|I wanted to do it again.⟧”
The record is quieter than 2021’s breakout “⟦s:-|Copper Coast⟧”, which was streamed more than 40 million times after one of its songs appeared in a television drama. Tove, who writes most of the lyrics, said the success had made her nervous about writing.
“⟦d:b|For a year I couldn’t finish anything. Every line I wrote, I was imagining it in an advert,⟧” she said.
Maren said the farmhouse had broken that spell. “⟦d:a|There was no internet, no phone signal. We had a fiddle, a harmonium with two dead keys and each other. That was the whole world,⟧” she said.
The standout track, “⟦s:-|Fjordlight⟧”, is a sparse ballad sung in Norwegian and English. Asked what it was about, Tove paused. “⟦d:b|Our grandmother,⟧” she said. “⟦d:b|And not being able to ask her things any more.⟧”

### 007
@a Hemi Tawhiri | Brackwater head coach
@b Callum Rees-Ogilvie | the club captain
@c Brackwater RFC | the club
Brackwater head coach Hemi Tawhiri said on Tuesday that his side would be ``⟦p:a|without apology⟧'' in how they approached Saturday's derby against Kingsholt, a week after a 40-10 defeat that he called ``⟦p:a|the worst eighty minutes of my time here⟧''.
``⟦d:a|We had a long, honest meeting on Monday. Some things were said that needed to be said,⟧'' Tawhiri told reporters at the club's training ground. ``⟦d:a|I won't repeat them. But the players know where we stand.⟧''
Callum Rees-Ogilvie, the club captain, said the squad had ``⟦p:b|owned⟧'' the defeat. ``⟦d:b|Nobody hid. Nobody blamed the referee or the weather. That's the starting point,⟧'' the flanker said.
Brackwater RFC said in a statement that the winger Sami Vaʻa would miss the rest of the season with a knee injury. ``⟦d:c|Sami has our full support through his rehabilitation,⟧'' the club said.
Tawhiri was asked whether his own position was under threat. ``⟦d:a|That's not a question for me,⟧'' he said. ``⟦d:a|Ask the board. I'll be here on Saturday.⟧''

### 008
@f Felix | My editor
@m - | My mother
Ottilie Marchetti-Gunn's fourth novel, "⟦s:-|The Glass Orchard⟧", follows three generations of women running a failing greenhouse business on the edge of a northern town. It was shortlisted last week for the Harrowgate Prize. She spoke to us from her home in Dunmore; the conversation has been edited for length.
Q: The book took you eight years. Why so long?
A: Because the first version was terrible. I wrote six hundred pages and most of them were weather. My editor, Felix, read it and said, "⟦d:f|There is a wonderful novel in here and it starts on page 212.⟧" He was right, which was annoying.
Q: The grandmother, Edda, is a very difficult woman. Is she based on anyone?
A: Everyone asks that. My mother read it, phoned me and said, "⟦d:m|Well, I suppose that's me, then.⟧" It isn't her. It's a bit of her.
Q: Greenhouses seem like an odd subject for a family saga.
A: They're perfect. Everything in them is fragile and everyone in them is sweating. It's a pressure cooker made of glass.
Q: What are you writing now?
A: Nothing, officially. Unofficially, something about a swimming pool. Don't tell Felix.

### 009
@a Iñaki Etxeberria Zulaika | the 23-year-old
@b Pernille Aas | Team Norvane's sports director
@c Luuk de Wever | the race leader
Iñaki Etxeberria Zulaika of Team Norvane won the queen stage of the Tour of the Highlands on Thursday, attacking alone on the final climb to the ski station at Carn Dubh and holding off the chasing group by 19 seconds.
"⟦d:a|Hoy he sufrido como nunca,⟧" the 23-year-old said at the finish, slumped against a barrier. ("⟦d:a|Today I suffered like never before.⟧") Switching to English, he added: "⟦d:a|The last two kilometres, I could not see the road. Only the wheel in front, and then no wheel.⟧"
Team Norvane's sports director, Pernille Aas, said the attack had been planned the night before. "⟦d:b|We told him: wait for the steep part, wait for the steep part. He waited. For once,⟧" she said, laughing.
Luuk de Wever, the race leader, finished fourth on the stage and kept the yellow jersey by 41 seconds. "⟦d:c|I'm not disappointed. Iñaki was the strongest today and the jersey is still on my shoulders,⟧" the Dutchman said. "⟦d:c|Saturday is the time trial. That's my terrain.⟧"
De Wever's teammate Rutger Vos crashed on the descent and abandoned the race; his team said he had suffered a broken collarbone.

### 010
@a Yusra Al-Haddad | the artist
@b Benoît Lachaise-Mbeki | the gallery's chief curator
@c Vell Gallery | the gallery
For her first solo show in a decade, Yusra Al-Haddad has filled the ground floor of the Vell Gallery with 4,000 ceramic keys, each one hand-thrown and none of them able to open anything.
The installation, "⟦s:-|Tenancy⟧", draws on the years Al-Haddad spent moving between rented rooms in her twenties. "⟦d:a|I had eleven addresses in nine years. I have a drawer of keys to doors I will never see again,⟧" the artist said at a preview on Wednesday.
"⟦d:a|At some point I stopped throwing them away. That was the beginning of this, though I didn't know it.⟧"
Benoît Lachaise-Mbeki, the gallery's chief curator, said the work had taken three months to install. "⟦d:b|Every key is placed by hand. We had volunteers on their knees for weeks,⟧" he said.
Some visitors have already complained that the floor is difficult to walk across. The gallery said it would provide a raised walkway for wheelchair users and others who needed it, adding that it wanted the work to be "⟦p:c|experienced, not just looked at⟧".
Al-Haddad's earlier series "⟦s:-|Lodger⟧" is held in several public collections.

### 011
@a Marcus Ilunga | Ridgeport Comets point guard
@b Devon Asher-Price | the Comets coach
@u - | A person familiar with the negotiations
Ridgeport Comets point guard Marcus Ilunga scored 31 points and hit the go-ahead three with four seconds left as his side beat the Salt Flats Miners 98-96 on Sunday, hours after reports that he had asked to be traded.
Ilunga refused to discuss the reports after the game. "⟦d:a|I'm here. I played. We won. That's all I've got for you tonight,⟧" he said.
Devon Asher-Price, the Comets coach, said he had spoken with Ilunga before tip-off. "⟦d:b|He told me his head was right and I believed him. You saw the rest,⟧" he said. "⟦d:b|Whatever's going on upstairs is above my pay grade.⟧"
A person familiar with the negotiations said the guard's agent had met the team's front office twice in the past week. "⟦d:u|It's not hostile. But he wants to play for a contender, and they're not one,⟧" the person said, speaking on condition of anonymity because the talks were private.
The Comets, 14-22, are 11th in the Western Division. Asked whether he wanted Ilunga to stay, Asher-Price did not hesitate. "⟦d:b|Of course. He's the best player I've ever coached,⟧" he said. "⟦d:b|But I've been in this league long enough to know that what I want doesn't always matter.⟧"

### 012
@a Clement Osei-Bonsu | the tenor saxophonist whose late-night residencies at the Blue Lantern made the club a fixture of the city's music scene for three decades
@b Lorna Fitzwilliam | his longtime pianist
@c Theo Osei-Bonsu | His son
Clement Osei-Bonsu, the tenor saxophonist whose late-night residencies at the Blue Lantern made the club a fixture of the city's music scene for three decades, has died at 81.
Born in Kumasi, he arrived in the city in 1964 with, as he liked to tell it, "⟦p:a|a horn, a coat and no idea how cold it would be⟧".
In a 1997 interview with Harbour Sound magazine, he explained why he never recorded for a major label. "⟦d:a|They wanted me to play shorter. I said, I don't play shorter, I play until it's finished,⟧" he said.
His son Theo Osei-Bonsu said his father had played his last gig in March, sitting down. "⟦d:c|He couldn't stand for the whole set any more, and he hated that,⟧" Theo said. "⟦d:c|But he played 'Kumasi Rain' at the end and the whole room was crying, including him.⟧"
Lorna Fitzwilliam, his longtime pianist, recalled their first rehearsal in 1979. "⟦d:b|He didn't say hello. He counted in a tune I didn't know and watched to see if I'd follow,⟧" she said. "⟦d:b|I followed. That was the audition, and it lasted the next forty years.⟧"
He is survived by Theo, two daughters and six grandchildren.

### 013
@a Faith Jerop Kimaiyo | the Kenyan
@b Halvard Brekke | Race director
@c Sophie Ashdown-Reyes | -
Faith Jerop Kimaiyo broke the course record at the Lowmarsh Marathon on Sunday, finishing in 2:19:48 despite a headwind along the seafront that slowed the leading men to their worst times in six years.
"⟦d:a|At 30 kilometres I told myself the wind is for everybody. It is not only for me,⟧" the Kenyan said through an interpreter. "⟦d:a|So I kept going.⟧"
Britain's Sophie Ashdown-Reyes, who finished second, 2 minutes 11 seconds behind, said she had tried to stay with the leader until halfway. "⟦d:c|She was just floating. I was fighting for every step and she looked like she was on a Sunday jog,⟧" she said. "⟦d:c|I'm proud of second. It's a personal best by nearly a minute.⟧"
Kimaiyo, who trains in Iten with a group of eight women, said she would use her prize money to build a house for her mother. "⟦d:a|She has been waiting a long time,⟧" she said.
Race director Halvard Brekke said more than 14,000 runners had finished, a record. "⟦d:b|We were worried about the weather all week. In the end the wind was the only villain, and it didn't stop anybody,⟧" he said.

### 014
@a Giulia Santangelo | The Italian director
@r - | One journalist
@b Noor Haddadi | -
The Italian director Giulia Santangelo drew the longest applause of the Lisgarth Film Festival so far on Friday for «⟦s:-|Le sorelle del faro⟧» (The Lighthouse Sisters), a slow, sea-soaked family drama shot entirely on the island of Vèrnola.
At the press conference Santangelo answered in Italian. «⟦d:a|Volevo fare un film sul silenzio tra le persone che si amano,⟧» she said. «⟦d:a|I wanted to make a film about the silence between people who love each other,⟧» her interpreter translated.
One journalist asked whether the film's ending, which several critics have called ambiguous, had been changed during editing. «⟦d:r|Did you ever shoot a happier ending?⟧» he asked.
«⟦d:a|No. There was never a happier ending. There was a longer one,⟧» Santangelo replied through the interpreter, to laughter.
Noor Haddadi, who plays the eldest of the three sisters, said she had learned to row for the part. «⟦d:b|Four months, every morning, in January. My hands are still not the same,⟧» she said, holding them up.
The film is in competition for the Golden Heron, which will be awarded on Sunday.

### 015
@a Royal Corran Yacht Club | the club
@b Ewan Strachan-Lyle | The club's commodore
@c Kirsty MacAulay | the skipper
The Royal Corran Yacht Club has upheld the disqualification of the skipper Kirsty MacAulay from the Corran Cup after an appeal hearing that lasted more than five hours.
"⟦d:a|The jury found that the protest was validly lodged and that the breach of the rules was established,⟧" the club said in a statement on Monday. "⟦d:a|The decision is final.⟧"
MacAulay, whose boat Selkie crossed the line first on Saturday, wrote on Instagram that she was "⟦p:c|gutted but not surprised⟧". "⟦d:c|We'll be back next year and we'll stay on the right side of the mark,⟧" she wrote.
The club's commodore, Ewan Strachan-Lyle, said he hoped the episode would not overshadow the event. "⟦d:b|It was a magnificent weekend of racing, and one incident shouldn't define it,⟧" he said.
### 016
@a Park Ji-woo | the 22-year-old
@b Declan Mahoney | Her caddie
@c Annika Sjöberg | the overnight leader
Park Ji-woo holed a 30-foot putt for birdie on the 18th to win the Cliffmoor Ladies Classic by one shot on Sunday, her first title in her rookie season.
The 22-year-old began the day three shots behind Sweden’s Annika Sjöberg, the overnight leader, and did not make a birdie until the 11th.
“⟦d:a|My caddie kept telling me, ‘Be patient, be patient,’ and I kept thinking, I don’t have time to be patient,⟧” Park said, laughing. “⟦d:a|Then on 11 it just started to go in.⟧”
Her caddie, Declan Mahoney, who has carried the bag for three major champions, said he had read the final putt “⟦p:b|about a cup outside the left⟧”. “⟦d:b|She hit it exactly where I said and at exactly the right pace. You can’t teach that,⟧” he said.
Sjöberg, who bogeyed three of the last five holes, was gracious. “⟦d:c|I didn’t lose it; Ji-woo won it,⟧” she said. “⟦d:c|I’ll sleep badly tonight and then I’ll be fine.⟧”
Park, who grew up in Daegu and moved to Florida at 15, said she would call her parents first. “⟦d:a|It’s four in the morning there. They’ll be awake, I promise you,⟧” she said.

### 017
@a R. Vaishnavi | the 17-year-old from Chennai
@b Aleksandr Berezin-Holt | a three-time national champion
@c Marguerite Olsson | The chief arbiter
India's R. Vaishnavi beat Aleksandr Berezin-Holt, a three-time national champion, in a game lasting 112 moves and nearly seven hours on Tuesday, the longest of the Valmora Chess Olympiad so far.
The game briefly stopped in the sixth hour when Berezin-Holt complained that his opponent's clock had not been pressed. The chief arbiter, Marguerite Olsson, ruled that play should continue. "⟦d:c|The clock was working correctly. There was no irregularity,⟧" she told reporters afterwards.
"⟦d:a|I was not nervous about the clock. I was nervous about the knight on f5,⟧" the 17-year-old from Chennai said. "⟦d:a|For three hours it was looking at my king.⟧"
Berezin-Holt, 54, accepted the ruling but said he had been "⟦p:b|distracted at a bad moment⟧". "⟦d:b|She played better. I don't want anything I said at the board to take away from that,⟧" he said. "⟦d:b|This girl will be world champion one day, and I will tell people I lost to her in seven hours.⟧"
Vaishnavi's coach, Srinivasan Iyer, watched the final hour from the spectators' gallery. He declined to comment.

### 018
@a Rosalind Achterberg | -
@b Cass Whitlow | Her wife
For fourteen seasons Rosalind Achterberg was the last line of defence for Eastgate Ladies and the national side, a goalkeeper so reliable that the terraces called her "⟦s:-|the Wall⟧". She retired in May, at 37, and has spent the summer, she says, "⟦p:a|learning how to be bad at things⟧".
We meet at a pottery class in Wickham Lane. Roz's bowl is lopsided.
"⟦d:a|This is the first thing I've done in twenty years where nobody is counting,⟧" she says. "⟦d:a|No clean sheets, no save percentage. It's just a bowl. A bad bowl.⟧"
She grew up in the Dutch town of Zwartsluis and moved to England at 12, when her father took a job at a shipyard. She was put in goal in her first game because she was the tallest girl in the class.
"⟦d:a:m|I hated it at first. You stand there for eighty minutes and then you make one mistake and everybody remembers it. The striker can miss ten chances and she's still a hero if she scores the eleventh.⟧
"⟦d:a:m|But I liked that it was honest. In goal you can't hide. Either the ball went in or it didn't.⟧
"⟦d:a|By fifteen I wouldn't have played anywhere else.⟧"
The low point, she says, was the 2019 semi-final against Norway, when a back-pass slipped under her foot in the 89th minute. She did not leave her flat for a week.
Her wife, Cass Whitlow, remembers that week differently. "⟦d:b|She left the flat. She went running at four in the morning so nobody would see her,⟧" Cass says. "⟦d:b|I used to wake up and find her trainers by the door, still wet.⟧"
Roz laughs when this is put to her. "⟦d:a|That's true. I'd forgotten that. Cass remembers everything,⟧" she says.
What comes next is unclear. She has turned down two coaching jobs. "⟦d:a|Maybe I'll coach one day. Maybe I'll make bowls. Right now I'm enjoying not knowing,⟧" she says.

### 019
@a Kenji Watanabe-Lund | the choreographer
@b Sadia Rahman | a principal with the company since 2017
@c Northlight Dance Theatre | -
Midway through “⟦s:-|Undertow⟧”, the new hour-long work by the choreographer Kenji Watanabe-Lund, twelve dancers lie on their backs and push themselves across the stage with their heels, like swimmers doing a slow backstroke through sand.
It is an image of exhaustion, and Watanabe-Lund makes no secret of where it came from. In a note in the programme, he wrote that the piece was made “⟦p:a|in the year my father stopped recognising me⟧”. “⟦d:a|I did not want to make a dance about illness. I wanted to make one about holding on when the tide is going the other way,⟧” he wrote.
Speaking after the opening night at the Arden Hall, he was more guarded. “⟦d:a|The note says enough. The dancers say the rest,⟧” he said.
Sadia Rahman, a principal with the company since 2017, dances the central role of the daughter. “⟦d:b|Kenji never told us the story directly. He would just say, ‘Heavier. Heavier. Now lighter,’ and somehow you understood,⟧” she said.
Rahman said the heel sequence was the hardest thing she had ever learned. “⟦d:b|My calves were screaming for a month,⟧” she said.
Northlight Dance Theatre said the production would tour to five cities in the spring, with a captioned performance in each, adding that it wanted the piece to reach “⟦p:c|people who have never been to a dance show⟧”.

### 020
@a Gwen Pryce-Attwood | chair of the Millbrook Supporters' Trust
@u - | one season-ticket holder of 40 years
@b Millbrook Town | -
Several thousand Millbrook Town supporters marched from the town hall to Ferrier Park before Saturday's home game against Crossley Rovers, protesting against the owner Vincent Harlow's plan to sell the stadium and move the club to a site beside the ring road.
Marchers carried banners reading "⟦s:-|Ferrier Park Is Not For Sale⟧" and "⟦s:-|Harlow Out⟧", and chants of "⟦s:-|We're not moving⟧" continued well into the first half.
Gwen Pryce-Attwood, chair of the Millbrook Supporters' Trust, said the turnout had exceeded expectations. "⟦d:a|We hoped for a thousand. I stopped counting at four,⟧" she said. "⟦d:a|This is a message to the owner: the ground belongs to the town, whatever the deeds say.⟧"
"⟦d:u|My dad was lifted over that turnstile in 1951. I'm not watching football next to a car park,⟧" said one season-ticket holder of 40 years.
"⟦d:b|We understand the strength of feeling among our supporters and we respect their right to protest peacefully,⟧" Millbrook Town said in a statement. "⟦d:b|No final decision on the stadium has been made.⟧"
Harlow, who bought the club in 2020, did not attend the match. The game ended 1-1.

### 021
@a Ellis Okafor-Grant | the 26-year-old
@b Sinéad Moriarty | His coach
@c Mateus Valadares | -
Ellis Okafor-Grant broke his own world record in the S9 100 metres butterfly at the Westhaven Para Swimming Open on Friday, touching in 59.71 seconds to become the first man in the classification to go under the minute.
``⟦d:a|I looked up at the board and thought it was broken,⟧'' the 26-year-old said. ``⟦d:a|Then I heard the crowd and realised it wasn't the board.⟧''
Okafor-Grant lost his left leg below the knee in a motorbike accident at 19 and did not swim competitively until he was 21. His coach, Sinéad Moriarty, said she had told him four years ago that a sub-minute swim was possible. ``⟦d:b|He laughed at me. He actually laughed,⟧'' she said. ``⟦d:b|I reminded him of that on the pool deck today.⟧''
Brazil's Mateus Valadares, who finished second, embraced him in the water. ``⟦d:c|Ele é de outro planeta,⟧'' Valadares said afterwards. ``⟦d:c|He is from another planet.⟧''
Asked what came next, Okafor-Grant was brief. ``⟦d:a|Sleep. Then 59.5,⟧'' he said.

### 022
@a Oona Farrell | Judge
@b Tariq Mensah-Holloway | the sprinter
@c Priya Raman | His barrister
@d Clean Sport Authority | -
An independent tribunal has overturned the four-year ban imposed on the sprinter Tariq Mensah-Holloway, ruling that the Clean Sport Authority failed to follow its own procedures when his sample was collected in Harwick last August.
In a written judgment published on Thursday, Judge Oona Farrell, who chaired the three-member panel, said the chain of custody had been "⟦p:a|broken in at least two places⟧". "⟦d:a|The panel makes no finding as to whether the athlete took a prohibited substance. It finds only that the authority cannot prove that he did,⟧" she wrote.
Mensah-Holloway, 28, was not at the hearing. In a post on social media he said he was "⟦p:b|relieved, exhausted and ready to run⟧". "⟦d:b|Two years of my career are gone and nobody gives them back,⟧" he wrote.
His barrister, Priya Raman KC, said the ruling exposed "⟦p:c|systemic carelessness⟧" at the authority. "⟦d:c|This was not a technicality. It was a basic failure to do the job properly,⟧" Ms Raman told reporters outside the tribunal building.
The Clean Sport Authority said it was "⟦p:d|disappointed⟧" by the decision and would consider whether to appeal. "⟦d:d|We remain confident in the integrity of our testing programme,⟧" it said.

### 023
@a Gwenllian ap Rhys | the poet
@c - | One woman in the front row
@b Hywel Prosser | The festival’s director
The loudest cheer of the Aberllyn book festival on Saturday went not to any of the visiting novelists but to the poet Gwenllian ap Rhys, who read for forty minutes without a single page in front of her.
Ap Rhys, 79, has published eleven collections, all of them in Welsh. She began with a poem about her grandfather’s sheepdog and ended, as she always does, with “⟦s:-|Y Bont⟧”, her best-known poem.
“⟦d:a|Mae’r geiriau’n gwybod y ffordd adref,⟧” she told the audience when asked how she remembered them all — “⟦d:a|the words know the way home⟧”.
One woman in the front row called out “⟦d:c|Diolch, Gwenllian!⟧” as she left the stage, and the tent rose to its feet.
The festival’s director, Dr Hywel Prosser, said ticket sales were the highest in its 31-year history. “⟦d:b|People talk about Welsh-language literature as if it needs rescuing. Look at that tent. It doesn’t need rescuing, it needs a bigger tent,⟧” he said.
Speaking afterwards, ap Rhys said she had no plans to stop. “⟦d:a|I’ll stop when they stop asking me,⟧” she said. “⟦d:a|Or when I forget the sheepdog poem. Whichever comes first.⟧”

### 024
@a Tomás Ó Briain | the jockey
@b Margaret Ní Chonaill-Hayes | Trainer
@c Hugh Berrington | The owner
Brackenfield Lad, a 33-1 outsider who had not won in two years, took the Galtymore Chase at Rathkeel on Wednesday under the jockey Tomás Ó Briain, who was only given the ride on Tuesday night.
"⟦d:a|I got a phone call at half ten asking was I free. I said I was free for anything,⟧" Ó Briain said. "⟦d:a|I'd never sat on him before. I sat on him twice today, once in the parade ring and once for the race.⟧"
Trainer Margaret Ní Chonaill-Hayes said the horse had been "⟦p:b|working like a lion⟧" at home for weeks. "⟦d:b|Nobody believed me. I don't blame them. I'm not sure I believed me,⟧" she said.
The owner, Hugh Berrington, who bought the gelding for 4,000 euros as a yearling, admitted to a small bet. "⟦d:c|Twenty each way. I'm not telling my wife what I won, because she'll want half,⟧" he said.
The favourite, Silver Tansy, fell at the second-last.

### 025
@a Lucía Benavente-Ortiz | a 31-year-old soprano from Valencia
@b Anselm Kroll | the company’s artistic director
@c Ines van der Berghe | the production’s star
At 2.15pm on Saturday, Lucía Benavente-Ortiz was in a supermarket queue in Hallerton with a basket of vegetables. At 7.30pm she was on stage at the Crown Opera House singing Violetta in “⟦s:-|La traviata⟧” in front of 1,900 people.
Benavente-Ortiz, a 31-year-old soprano from Valencia, had been hired as cover for the production’s star, Ines van der Berghe, who woke on Saturday with a chest infection.
“⟦d:a|My phone rang and it was Anselm. He said, ‘Where are you?’ I said, ‘Buying onions.’ He said, ‘Leave the onions,’⟧” she recalled afterwards, still in costume.
Anselm Kroll, the company’s artistic director, said there had been no question of cancelling. “⟦d:b|We have covers for exactly this reason. But you never quite believe it until it happens,⟧” he said. “⟦d:b|She walked in at three, we had one run-through with the piano, and that was it.⟧”
The audience gave her a standing ovation of several minutes. “⟦d:a|I didn’t hear it, honestly. I was thinking about my mother, who was driving from Valencia and didn’t make it in time,⟧” she said.
Van der Berghe said in a statement that she was “⟦p:c|heartbroken to miss the night⟧” but “⟦p:c|thrilled for Lucía⟧”. “⟦d:c|I hope to be back on that stage by Thursday,⟧” she said.

### 026
@a Dunmore Wanderers | the Championship side
@b Pieter Oosthuizen | their manager
@u - | One senior player
Dunmore Wanderers have sacked their manager, Pieter Oosthuizen, after a run of one win in 14 league games left them two points above the relegation zone.
"⟦d:a|The board would like to thank Pieter for his hard work and dedication, but results have fallen well short of expectations,⟧" the Championship side said in a statement on Monday. "⟦d:a|A search for a successor is under way.⟧"
Oosthuizen, 49, posted an open letter to supporters on the club's fan forum hours later. "⟦d:b|I leave with my head high and my heart heavy,⟧" he wrote. "⟦d:b|To the fans who sang my name at Hartley Road in the rain in November: I will never forget it.⟧"
The South African, appointed in the summer of 2022, had led the club to a play-off place in his first season.
One senior player, speaking on condition of anonymity, said the dressing room had been "⟦p:u|split down the middle⟧" since the January transfer window. "⟦d:u|He lost a few of the lads when the captain was sold. It never came back after that,⟧" the player said.
Chairman Ray Okoro did not respond to requests for comment.

### 027
@a Linnea Bergqvist-Mäkelä | the Valkyries captain
@b Juhani Lindroos | Head coach
@c Freya Castellanos | Stormport goaltender
Linnea Bergqvist-Mäkelä, the Valkyries captain, scored in overtime on Saturday to give Nordvik a 3-2 win over the Stormport Gulls and a 3-1 lead in the best-of-seven final.
The Swedish forward had gone 11 games without a goal. "⟦d:a|Äntligen,⟧" she said with a grin when she reached the interview area, then translated for the English-speaking reporters: "⟦d:a|Finally.⟧"
"⟦d:a|I was starting to think the net was smaller for me than for everybody else,⟧" she said.
Head coach Juhani Lindroos said he had never doubted her. "⟦d:b|Goals come in bunches. She creates chances every night; tonight one went in,⟧" he said.
Stormport goaltender Freya Castellanos made 44 saves and was left lying face-down on the ice after the winner. "⟦d:c|I saw it late. That's on me,⟧" she said. "⟦d:c|We've been down before. Game five is on Tuesday and we'll be there.⟧"

### 028
@a Helena Moraitis-Crane | director of the Thornbury Museum of Natural History since 2004
@b Alasdair Kincaid | the museum’s chair of trustees
@c - | A member of staff who has worked at the museum for 25 years
When Prof. Helena Moraitis-Crane FRSE, director of the Thornbury Museum of Natural History since 2004, took the job, the museum’s famous blue whale skeleton was in 212 boxes in a basement.
“⟦d:a|Nobody could remember how it went together. There was a diagram from 1911 and half of it was wrong,⟧” she says. Twenty years on, the whale hangs above the main hall and has become the museum’s emblem.
Moraitis-Crane, who steps down at the end of the month, oversaw a £40 million redevelopment and a near tripling of visitor numbers. She is candid about the failures too.
“⟦d:a:m|We built a digital gallery in 2011 that was out of date before it opened. Touchscreens everywhere. Children ignored them and went straight to the stuffed bear.⟧
“⟦d:a|I learned something from that. People come to a museum for things. Real things. You can’t replace a bear with a screen.⟧”
Alasdair Kincaid, the museum’s chair of trustees, called her “⟦p:b|the best appointment this board ever made⟧”. “⟦d:b|She turned a dusty building into the most visited attraction in the region,⟧” he said.
A member of staff who has worked at the museum for 25 years put it more bluntly. “⟦d:c|Before Helena, we were a storage unit with a gift shop,⟧” she said.
Her successor will be announced in the autumn.

### 029
@a Gary Tolland | the 44-year-old
@b Mikael Strand | His opponent
Gary Tolland, known on the circuit as "⟦s:-|The Bricklayer⟧", hit a nine-dart finish on his way to a 6-2 win over Mikael Strand at the Harbourside Masters on Thursday night.
"⟦d:a|I've been throwing darts for thirty years and I've never done that on telly. My hands were shaking on the last one,⟧" the 44-year-old said.
His opponent, Mikael Strand, applauded from the side of the stage. "⟦d:b|When a man throws a nine-darter against you, you clap. That's the rule,⟧" the Norwegian said.

### 030
@a Delphine Achebe-Marsh | the 52-year-old
@b Raf Oyelaran | Its director
@d Halcyon Pictures | the studio behind it
Delphine Achebe-Marsh spent six weeks learning to drive a combine harvester for "⟦s:-|Long Acre⟧", the farming drama that opens nationwide on Friday. She failed the test twice.
"⟦d:a|The instructor was a man called Bernard who had been driving them since 1972. He did not think actors were serious people,⟧" the 52-year-old told the Sunday Courier. "⟦d:a|By the end I think he'd decided I was about sixty per cent serious.⟧"
Achebe-Marsh plays a widow who takes over her late husband's arable farm and clashes with a neighbour over a boundary hedge. Its director, Raf Oyelaran, said he had cast her after seeing her in a two-hander at a fringe theatre. "⟦d:b|She did a whole scene just peeling potatoes and it was the most dramatic thing I'd seen all year,⟧" he said.
The film cost under £3 million and has already recouped its budget through overseas sales, according to Halcyon Pictures, the studio behind it. "⟦d:d|We are thrilled that audiences abroad have taken it to heart,⟧" the studio said.
Asked whether she could still drive the harvester, Achebe-Marsh joked: "⟦d:a|Only in a straight line. Which, to be fair, is most of farming.⟧"
### 031
@a Stelios Papadakis | Orchard Park manager
@b Gareth Llewellyn-Rees | His counterpart at Fenwick County
@c Rhiannon Pugh | Chief Inspector
Orchard Park manager Stelios Papadakis accused the referee of "⟦p:a|losing control of the game⟧" after a derby against Fenwick County that finished 2-2 and was held up for eleven minutes in the second half when coins were thrown from the away end.
"⟦d:a|I have been in football for thirty years and I have never seen a referee so scared of making a decision,⟧" Papadakis said. "⟦d:a|He gave them everything. Everything.⟧"
His counterpart at Fenwick County, Gareth Llewellyn-Rees, said he had not seen the incidents Papadakis was complaining about. "⟦d:b|Stelios sees what Stelios wants to see. I saw two good teams and a fair result,⟧" he said.
Both managers condemned the coin-throwing. "⟦d:b|Whoever did that isn't a Fenwick fan. They're an idiot who happened to buy a ticket,⟧" Llewellyn-Rees said.
Chief Inspector Rhiannon Pugh of Fenwickshire Police said two men had been arrested. "⟦d:c|We will be reviewing footage from the stadium's cameras and I would expect further arrests,⟧" she said.

### 032
@a Amal | a 46-year-old former pharmacist from the coastal city of Tarsala
@b Yusuf | Her son
@c Bernadette Cole | the market’s manager
@d Len Hardacre | a retired bus driver who comes every Thursday
By eleven on a Thursday the queue at the last stall in Cobbold Street Market reaches back past the key-cutter. At the front of it, behind a steaming pan the width of a cartwheel, is Amal.
Amal, a 46-year-old former pharmacist from the coastal city of Tarsala, asked that her surname not be used because she still has family there. She has been selling rice with lamb and spiced chicken from this stall for six years.
“⟦d:a:m|When I arrived I could not work as a pharmacist. My qualifications meant nothing here. I sat in a room for a year and I thought I would go mad.⟧
“⟦d:a:m|Then the woman next door asked me to cook for her daughter’s wedding. Eighty people. I had one pan.⟧
“⟦d:a|After the wedding, people started knocking on my door.⟧”
Her son Yusuf, 12, works on the stall during school holidays, mostly, he says, “⟦p:b|taking the money and eating the profits⟧”.
“⟦d:b|She says I eat more than I sell. That’s not true. It’s about the same,⟧” he said.
Bernadette Cole, the market’s manager, said Amal’s stall had helped revive the street. “⟦d:c|Five years ago half these pitches were empty. Now I’ve got a waiting list, and I think half of it is people who want to be near her queue,⟧” she said.
Len Hardacre, a retired bus driver who comes every Thursday, has his order ready before he reaches the front. “⟦d:d|Lamb, no onions, extra sauce. She knows. She always knows,⟧” he said.
Amal laughs when she hears this. “⟦d:a|Len has told me his whole life story in this queue. I know more about Len than his wife does,⟧” she said.

### 033
@a Jonas Kieffer-Bauer | his partner
@b Rafael Osorio | -
Jonas Kieffer-Bauer and Rafael Osorio have been playing doubles together since they were 14, and at their news conference after winning the Lakeshore Open title on Saturday they finished each other's sentences, and occasionally contradicted them.
``⟦d:a|We had a fight in the car on the way here,⟧'' Kieffer-Bauer said.
``⟦d:b|A discussion,⟧'' Osorio said.
``⟦d:a|A fight. About the air conditioning,⟧'' Kieffer-Bauer said. ``⟦d:a|He likes it like a fridge.⟧''
The pair, seeded seventh, beat the top seeds 7-6, 3-6, 10-8 in a match tiebreak that lasted almost twenty minutes. Osorio saved two match points with volleys at the net.
``⟦d:b|On the second one I didn't even see the ball. I just put the racket there and prayed,⟧'' he said. ``⟦d:b|Jonas told me afterwards I had my eyes closed.⟧''
``⟦d:a|He did. I have a photo,⟧'' his partner said.

### 034
@a Marisol Quintero-Vance | a Democrat from Harlan County
@d Denise Achterhof | Mayor
@c - | a reporter
@b Tobias Engström | The stadium's architect
The new 22,000-seat home of the Lakeport Herons opened on Friday with a ribbon-cutting, a brass band and, inevitably, an argument about money.
Sen. Marisol Quintero-Vance, a Democrat from Harlan County, sponsored the bill that provided $180 million in state funding and on Friday called the stadium "⟦p:a|a front porch for the whole region⟧". "⟦d:a|People said this was a gift to a sports team. Come back on a Tuesday in July when there's a farmers' market in the car park and tell me that,⟧" she said.
Mayor Denise Achterhof was more cautious. "⟦d:d|It's a beautiful building. Now it has to pay its way,⟧" she said.
At a news conference afterwards, a reporter asked the senator: "⟦d:c|Will taxpayers ever see that money back?⟧"
"⟦d:a|They already are. Ask the four hundred people who built it,⟧" Quintero-Vance replied.
The stadium's architect, Tobias Engström, said the curved roof had been designed to keep noise inside. "⟦d:b|We wanted opposing teams to feel it in their chest,⟧" he said. "⟦d:b|Fifteen thousand people sound like forty thousand in here.⟧"
The Herons play their first game at the stadium on Sunday.

### 035
@a Kwabena Darko-Mills | the 27-year-old
@b Priscilla Darko-Mills | His mother
Kwabena Darko-Mills, who records as “⟦s:-|Low Tide⟧”, has made a debut album about the six-storey block in Greyhaven where he grew up, and about the day it was emptied for demolition.
On the opening track, “⟦s:-|Stairwell Hymn⟧”, he raps: “⟦d:a|Every floor had a smell and every smell had a name.⟧” It sets the tone for a record that is more memory than boast.
“⟦d:a|People wanted me to make it angry. I was angry. But mostly I was sad, and I thought sad was more honest,⟧” the 27-year-old said in an interview at his label’s office.
His mother, Priscilla Darko-Mills, appears on the final track, reading a list of the neighbours who lived on their landing. “⟦d:b|He asked me to do it and I said no three times,⟧” she said. “⟦d:b|The fourth time he brought cake.⟧”
The block, Carraway House, was demolished in 2019. Darko-Mills said he kept a brick from it on his desk.
“⟦d:a|I don’t look at it much. I just like knowing it’s there,⟧” he said.

### 036
@a Olympique de Varenne | -
@b Chloé Rastignac-Diallo | the France midfielder
@d Kirsty Donachie | Rowanbank manager
@c Farid Benali | Her agent
Rowanbank have completed the signing of the France midfielder Chloé Rastignac-Diallo from Olympique de Varenne for a fee reported to be a world record for a women's player.
«⟦d:a|Nous remercions Chloé pour cinq saisons exceptionnelles,⟧» Olympique de Varenne said in a statement on Wednesday. «⟦d:a|We thank Chloé for five exceptional seasons,⟧» read the English version released by the club.
The 24-year-old said leaving Varenne, where she joined the academy at 11, had been «⟦p:b|the hardest decision of my life⟧». «⟦d:b|But I wanted a new challenge, a new language, new rain,⟧» she said, smiling, at her unveiling.
Rowanbank manager Kirsty Donachie called her «⟦p:d|the most complete midfielder in Europe⟧». «⟦d:d|She sees things two passes before everyone else. You can't coach that,⟧» Donachie said.
Her agent, Farid Benali, declined to confirm the fee. «⟦d:c|Ask the clubs. I only count the years on the contract, and there are four,⟧» he said.

### 037
@a Archie McFadzean | the Kelvinhaugh captain who lifted the national cup in 1971
@b Davie Strang | the former winger
@c Kelvinhaugh FC | -
@d Jean McFadzean | His daughter
Archie McFadzean, the Kelvinhaugh captain who lifted the national cup in 1971, has died aged 84.
A centre-half of legendary stubbornness, he played 512 games for the club and was never once sent off, a record he attributed to "⟦p:a|good manners and bad eyesight⟧".
"⟦d:a|If I couldn't see the referee, I couldn't argue with him,⟧" he once told a local newspaper.
Davie Strang, who played alongside him in the 1971 final, said McFadzean had played the last twenty minutes of that match with a broken nose. "⟦d:b|There was blood all down his shirt and he wouldn't go off. The physio came on and Archie told him to get back to his seat,⟧" the former winger said.
"⟦d:b|That was Archie. You'd have followed him anywhere.⟧"
Kelvinhaugh FC said its players would wear black armbands in Saturday's game. "⟦d:c|Archie was the heart of this club for a generation,⟧" it said.
His daughter, Jean McFadzean, said he had watched every Kelvinhaugh game on television until the last week of his life. "⟦d:d|He shouted at the screen right to the end. Mostly at the centre-halves,⟧" she said.

### 038
@a Sigrún Halldórsdóttir | -
@e Einarsson | My first teacher
@f Birta Ólafsdóttir | -
Sigrún Halldórsdóttir becomes the first woman to lead the Nordhavn Philharmonic next month. "⟦d:a|I have been asked about being the first woman more times than I have been asked about Brahms,⟧" she said when we met at the orchestra's rehearsal hall. The rest of the conversation has been condensed.
Q: How did you start?
A: My grandmother had a piano with eleven broken keys. I learned on that. My first teacher, Mr Einarsson, used to say, "⟦d:e|Play the broken keys too. The audience hears what you mean.⟧" I have never forgotten it.
Q: Your first programme includes a new work, "⟦s:-|Ice Shelf⟧", by Birta Ólafsdóttir, who is only 23.
A: Yes. She sent me the score with a note that said only: "⟦d:f|Sorry it is so long.⟧" It is not too long. It is exactly long enough.
Q: What do you do the night before a concert?
A: Nothing interesting. Soup. Bed at ten.

### 039
@a Yaw Boateng-Kirk | -
@b Ingrid Solheim | The team doctor
Yaw Boateng-Kirk cleared 2.36 metres at the Eastmere Indoor Grand Prix on Saturday, the highest jump in the world this year, then sat on the mat and burst into tears.
“⟦d:a|Two years ago a surgeon told me I might not jump again,⟧” said Boateng-Kirk, who ruptured his Achilles tendon in 2022. “⟦d:a|I kept his letter. I’m going to frame it next to this.⟧”
The team doctor, Dr Ingrid Solheim, put his recovery simply: “⟦d:b|He did every exercise we gave him, every day, for eighteen months. Nobody does that.⟧”
Boateng-Kirk now turns to the world indoor championships in March. His goal, he said, was “⟦p:a|2.40 or bust⟧”.

### 040
@a Marguerite Ashby-Flint | a director who has worked in prisons for twenty years
@b Dean | -
@c Kyle | His cellmate
@d Philippa Hurst | The governor of HMP Saltmoor
The stage is a gymnasium floor marked out with gaffer tape, the lighting rig is two lamps borrowed from the chaplaincy, and the cast of "⟦s:-|Twelfth Night⟧" at HMP Saltmoor have had six weeks to learn their lines.
"⟦d:a|Shakespeare wrote for people who stood in the rain and heckled. That's not so different from this room,⟧" says Marguerite Ashby-Flint, a director who has worked in prisons for twenty years.
Under prison rules, the men in the cast are identified only by their first names. Dean, who is serving eight years for robbery, is playing Malvolio.
"⟦d:b:m|I got the part because I was the only one who could say the long words without laughing. That was the audition.⟧
"⟦d:b|Honestly, I didn't want to do it. My cellmate signed me up for a joke. Now he's in it as well, so the joke's on him.⟧"
His cellmate is Kyle, 23, who plays Sir Toby Belch. "⟦d:c|It's the first thing I've ever finished,⟧" Kyle said. "⟦d:c|School, jobs, college, I walked out of all of them. I'm not walking out of this.⟧"
The governor of HMP Saltmoor, Philippa Hurst, said the project had a measurable effect on behaviour. "⟦d:d|We've had no adjudications involving anyone in the cast since rehearsals began. I'm not naive about why, but I'll take it,⟧" she said.
The performance, for an audience of prisoners, staff and families, is on Friday. Asked whether he was nervous, Dean shook his head, then nodded. "⟦d:b|Ask me Friday,⟧" he said.

### 041
@a Kasper Vintergaard | The Danish rider
@b Team Aurelis | the team
@c - | A team spokesperson
The Danish rider Kasper Vintergaard has apologised after he was filmed throwing a water bottle at a spectator on the final climb of the Grand Prix de Montclair on Sunday.
``⟦d:a|What I did was stupid and dangerous and I'm ashamed of it,⟧'' Vintergaard wrote on social media on Monday. ``⟦d:a|I have contacted the man to apologise personally.⟧''
Team Aurelis said it had fined the 30-year-old and suspended him for two races. ``⟦d:b|Behaviour like this has no place in our sport,⟧'' the team said.
A team spokesperson said the spectator had not been injured and had ``⟦p:c|accepted the apology graciously⟧''.

### 042
@a Maeve Coughlan-Stroud | The crime writer
@b Harriet Olumide | The session’s chair
@c - | One audience member
The crime writer Maeve Coughlan-Stroud has killed off her detective.
She made the announcement, to audible gasps, during an event at the Kestle Literary Festival on Sunday to mark the publication of “⟦s:-|The Drowned Choir⟧”, the twelfth and, she insists, final Inspector Rua Devlin novel.
“⟦d:a|Rua has been living in my head for nineteen years and she’s earned her rest. Though I suppose rest is a generous word for what happens to her,⟧” Coughlan-Stroud said.
The session’s chair, Harriet Olumide, asked whether there was any chance of a resurrection. “⟦d:b|Readers have forgiven stranger things. Conan Doyle brought Holmes back,⟧” she pointed out.
“⟦d:a|Conan Doyle needed the money,⟧” the author replied. “⟦d:a|I have a pension.⟧”
One audience member asked, to laughter, whether she would at least reveal who did it. “⟦d:c|Is it the organist?⟧” he asked.
“⟦d:a|Buy the book,⟧” she said.

### 043
@a - | More than 40 current and former national players
@b Cricket Caledonia | the governing body
@c Fiona Rennick-Hart | Its chief executive
@d Moira Tulloch | a former captain who signed the letter
More than 40 current and former national players have accused Cricket Caledonia, the governing body, of treating the women's game as "⟦p:a|an afterthought⟧" in an open letter published on Tuesday.
"⟦d:a|We train the same hours, we travel the same miles and we are paid a fraction of the match fees,⟧" the players wrote. "⟦d:a|We are not asking for favours. We are asking to be counted.⟧"
Cricket Caledonia said it was "⟦p:b|disappointed⟧" that the players had gone public while talks were continuing. Its chief executive, Fiona Rennick-Hart, said a new pay structure would be announced "⟦p:c|within weeks⟧".
"⟦d:c|I have met the players' representatives four times this year and I will meet them again,⟧" she said. "⟦d:c|I understand their frustration. I share some of it.⟧"
Moira Tulloch, a former captain who signed the letter, said that was not enough. "⟦d:d|We've been told 'within weeks' since 2019,⟧" she said.

### 044
@a Ambrose Kettering | The veteran actor
@b Lavinia Crewe | His dresser for 31 years
The veteran actor Sir Ambrose Kettering has played King Lear four times, in four decades, and says he has only now understood the play.
“⟦d:a|The first time I was 41 and I played him as a tyrant. The second time I played him as a madman. The third time, a father,⟧” he says, in the green room of the Aldwych Street Theatre, an hour before curtain. “⟦d:a:m|This time I’m 88 and I’m not playing him at all. I just turn up.⟧
“⟦d:a|That’s the trick, you see. You spend your whole life acting old age and then one day it saves you the trouble.⟧”
Kettering made his debut in 1957 in a touring production of “⟦s:-|The Rivals⟧”, playing a footman with one line. He has since appeared in more than 200 productions.
His first director, the late Peter Haldane, gave him advice he still repeats. “⟦d:a|Peter said to me, ‘Ambrose, never act with your eyebrows. The back row can’t see them and the front row wishes it couldn’t,’⟧” he says. “⟦d:a|I’ve been fighting my eyebrows ever since.⟧”
His dresser for 31 years, Lavinia Crewe, keeps a bag of throat lozenges and a hot-water bottle in the wings. “⟦d:b|He pretends he doesn’t need them. He needs them,⟧” she says.
“⟦d:b:m|People think he’s grand. He isn’t. He remembers every stagehand’s name and their children’s names.⟧
“⟦d:b|Last year one of the lads had a baby and Ambrose knitted a hat. It was terrible. They still have it.⟧”
Asked whether this will be his last Lear, Kettering laughs. “⟦d:a|I said that in 2009,⟧” he says.

### 045
@a Kieran Mulqueen | the Commonwealth lightweight champion
@b Rashid Oduya | his challenger
@u - | someone in the crowd
@c Bernie Sachs-Monroe | The promoter
Kieran Mulqueen, the Commonwealth lightweight champion, and his challenger, Rashid Oduya, had to be separated by security at Thursday's news conference in Dunmere, two days before they meet at the Riverside Arena.
The trouble began when Oduya, 25, was asked about Mulqueen's recent hand injury. "⟦d:b|His hand's fine. It's his chin I'm worried about, for his sake,⟧" he said.
Mulqueen, 31, stood up. "⟦d:a|Say that to my face,⟧" he said. "⟦d:a|Go on. You've been saying it on the internet for six months.⟧"
The two men went forehead to forehead before being pulled apart. "⟦d:u|Save it for Saturday!⟧" someone in the crowd shouted.
The promoter, Bernie Sachs-Monroe, insisted the confrontation was genuine. "⟦d:c|I've been doing this for forty years. You can't fake that. These two genuinely do not like each other,⟧" he said, adding that the arena was "⟦p:c|as good as sold out⟧".
Later, calmer, Oduya said he respected the champion. "⟦d:b|He's done everything in this sport. On Saturday I'm going to take it off him. That's respect,⟧" he said.
### 046
@e Owain Pryce | the 20-year-old fly-half
@b Josefa Raikuna | The Fijian winger
@a Ruaidhrí Mac Giolla Phádraig | Kestrel Harbour director of rugby
@c Ben Trelawny | Old Millfield head coach
@d Will Haskett | His captain
@u - | One Old Millfield player who asked not to be named
Josefa Raikuna's try two minutes into stoppage time gave Kestrel Harbour a 27-24 victory over Old Millfield in the Western Cup final at Trevennor Park on Saturday, completing a comeback from 21-6 down at half-time.
The Fijian winger collected a cross-field kick from Owain Pryce on the left touchline and beat two defenders to score in the corner. Pryce, the 20-year-old fly-half, had missed two penalties in the first half.
"⟦d:e|I was only thinking about the kick. If it goes out, I'm the villain of the whole season,⟧" Pryce said. "⟦d:e|Josefa made me look like a genius. I'll be buying him dinner for a year.⟧"
Raikuna, who joined the club from a sevens programme in Suva only in September, said he had barely seen the ball before it arrived. "⟦d:b|The sun was in my eyes. I just put my hands up and it was there,⟧" he said. "⟦d:b|God is good, and Owain is good also.⟧"
Kestrel Harbour director of rugby Ruaidhrí Mac Giolla Phádraig admitted he had considered changing his half-backs at the interval.
"⟦d:a:m|I had the replacements warming up and I went into the dressing room ready to make changes. Then I looked at their faces and I thought, no, these lads aren't finished.⟧
"⟦d:a|I said very little. I told them the scoreboard was a liar and they should go and prove it.⟧"
Old Millfield had dominated the first half, scoring three tries through their forwards. Old Millfield head coach Ben Trelawny said his side had "⟦p:c|stopped playing⟧" after the break.
"⟦d:c|We went into our shells. We tried to protect a lead instead of extending it, and you get punished for that in a final,⟧" he said. "⟦d:c|It'll hurt for a long time.⟧"
His captain, Will Haskett, who was sin-binned in the 64th minute, apologised to supporters. "⟦d:d|That yellow card cost us. I put my hand in a ruck where it shouldn't have been and I'll carry that,⟧" he said.
One Old Millfield player who asked not to be named was less diplomatic about the officiating. "⟦d:u|Watch the last ruck again. That's all I'll say,⟧" he said.

### 047
@a Pemba Dolma Sherpa | the first woman to guide a commercial team up the north face of Kalarung
@m - | Her mother
@b Thomas Wendling | a surgeon from Freiburg
@c Dawa | Her husband
Pemba Dolma Sherpa, the first woman to guide a commercial team up the north face of Kalarung, was 19 the first time she stood on a summit, wearing borrowed boots two sizes too big and carrying a client’s camera because he was too exhausted to lift it.
Now 38, she has led 23 expeditions above 8,000 metres. She is, she says, “⟦p:a|still slightly scared every single time⟧”.
“⟦d:a|The day I stop being scared, I should stop guiding. Fear is information,⟧” she says, pouring tea in the kitchen of her home in Tsering Gaon.
Her mother did not want her to climb. “⟦d:m|Keti ko kaam hoina,⟧” Pemba remembers her saying — “⟦d:m|it is not work for a girl⟧”.
“⟦d:a:m|She was right that it was dangerous. She was wrong that it was not for girls. Both things were true and I had to live inside both of them.⟧
“⟦d:a|When I came back from my first summit she didn’t speak to me for a week. Then she made my favourite dinner and we never discussed it again.⟧”
In 2019, a storm trapped her team at the highest camp for three nights. One of her clients that season, Thomas Wendling, a surgeon from Freiburg, credits her with saving his life.
“⟦d:b|She made us melt snow every hour, all night, so nobody slept long enough to stop drinking. I hated her at the time,⟧” Wendling said by phone. “⟦d:b|Now I send her a Christmas card every year.⟧”
Her husband, Dawa, who guides on the same mountains, says they try not to be on expeditions at the same time. “⟦d:c|Someone has to be at home for the children. And someone has to worry,⟧” he says. “⟦d:c|Usually I worry.⟧”
Pemba is planning her last big expedition for next spring. After that, she says, she will train young women as guides. “⟦d:a|There are eleven of them already. Some of them are better than me. Don’t print that,⟧” she says, laughing.

### 048
@a Niamh Callaghan | the 19-year-old from Ballykeel
@b Ruben Okwuosa | Team Corvid coach
@c Baek Sun-hee | the defending champion
Niamh Callaghan, who plays as "⟦s:-|Vex⟧", won the Starfall Invitational in Aarhusvik on Sunday, beating the defending champion Baek Sun-hee 4-2 in a final watched online by more than 600,000 people.
"⟦d:a|My hands were freezing. They keep the arena so cold for the computers,⟧" the 19-year-old from Ballykeel said. "⟦d:a|In the fifth game I couldn't feel my mouse. I won it anyway, so maybe I should play cold all the time.⟧"
Team Corvid coach Ruben Okwuosa said Callaghan had spent three weeks studying her opponent's openings. "⟦d:b|She watched every game Sun-hee has played this year. Every one. She could tell you what Sun-hee eats for breakfast,⟧" he said.
Baek, speaking through an interpreter, said she had been "⟦p:c|outprepared⟧". "⟦d:c|Niamh deserved it. I will watch her games now,⟧" she said.
Callaghan's gamer tag, and the chant of "⟦s:-|Vex, Vex, Vex⟧" from the Irish fans in the arena, trended worldwide for several hours.

### 049
@a Eirlys Bowen-Thomas | the choir’s conductor since 1989
@b Gethin Morgan | a retired miner who has sung bass for sixty years
@c Ffion | His granddaughter
On Tuesday nights the Cwm Dulais Male Voice Choir rehearses in a chapel vestry that smells of damp hymn books and instant coffee. It has done so since 1921.
“⟦d:a|Again, from the top,⟧” calls Eirlys Bowen-Thomas, the choir’s conductor since 1989. “⟦d:a|Basses, you’re dragging.⟧”
“⟦d:b|We’re not dragging, we’re savouring,⟧” mutters Gethin Morgan, a retired miner who has sung bass for sixty years. The tenors laugh. They go again.
The choir once had 120 members. Today it has 31, and in 2022 it came close to folding. What saved it, Eirlys says, was a decision she had resisted for years: letting women in.
“⟦d:a:m|There was a vote and it was very close. A couple of the older men left. I understood. For them it was about the pits, the fathers, all of that.⟧
“⟦d:a|But a choir that doesn’t let anyone new in is a choir that’s already dead. It just hasn’t noticed.⟧”
The choir has kept its name, which Eirlys admits is now “⟦p:a|a bit of a fib⟧”. Gethin voted in favour of the change. “⟦d:b|My father would have been horrified,⟧” he says. “⟦d:b|My mother would have joined.⟧”
His granddaughter Ffion, 16, joined last year and sings alongside him in the second row. “⟦d:c|He tells me I’m flat every week. I’m not flat,⟧” she says. “⟦d:c|He’s going deaf.⟧”
“⟦d:b|I heard that,⟧” Gethin says.

### 050
@a Haris Mahmood-Qureshi | the 21-year-old fast bowler
@b Naveed Qureshi | His father
@c Elspeth Drummond | Pendlebury coach
Haris Mahmood-Qureshi, the 21-year-old fast bowler, took a hat-trick on the final morning as Pendlebury beat Stanmoor by an innings and 14 runs at Canal Road.
His father, Naveed Qureshi, watched from the pavilion roof, where he had been sitting, wrapped in a blanket, since eight in the morning. "⟦d:b|Mera beta,⟧" he kept repeating to anyone who would listen: "⟦d:b|my son⟧".
"⟦d:b|I drove a taxi for thirty years so he could have the right shoes and the right coaching. Today every mile was worth it,⟧" he said.
Mahmood-Qureshi said he had not realised it was a hat-trick until his teammates mobbed him. "⟦d:a|I thought it was two. I'm not very good at maths,⟧" he said. "⟦d:a|Then I saw my dad on the roof waving his blanket and I knew.⟧"
Pendlebury coach Elspeth Drummond said he would be rested for the next match. "⟦d:c|He's bowled 40 overs in four days. His body is 21, but it doesn't feel 21 right now,⟧" she said.

### 051
@a Rosamund Tey-Adeyemi | the star of more than 60 films and the first Black actress to win the Harwood Medal
@b Julian Thorne | her co-star in three films
@d Westbrook Theatre | -
@c Kemi Adeyemi-Shaw | Her daughter
Dame Rosamund Tey-Adeyemi, the star of more than 60 films and the first Black actress to win the Harwood Medal, has died at her home in Fenmouth. She was 89.
Born above a barber’s shop in Portmallow, she was told at her first audition, in 1953, that there were “⟦p:a|no parts for a girl like me⟧”, as she recalled in her memoir. “⟦d:a|I decided that if there were no parts, I would have to become so good they were forced to write some,⟧” she wrote.
Her breakthrough came in 1961 with “⟦s:-|The Long Field⟧”, in which she played a farm labourer who takes her employer to court. Julian Thorne, her co-star in three films, said she had rewritten half of her own dialogue on set.
“⟦d:b|The director was furious for about a day. Then he saw the rushes and never said another word,⟧” Thorne said. “⟦d:b|She knew that woman better than anyone who’d written her.⟧”
The Westbrook Theatre, where she played Cleopatra at 70, said it would dim its lights on Friday evening. “⟦d:d|Rosamund gave this stage some of its greatest nights,⟧” it said in a statement.
Her daughter, Kemi Adeyemi-Shaw, said her mother had remained “⟦p:c|fierce and funny⟧” to the end. “⟦d:c|She was correcting the nurses’ grammar on Tuesday,⟧” she said. “⟦d:c|I like to think she left on a good line.⟧”

### 052
@b Track Integrity Commission | the commission
@u - | One of the people
@d Camille Fontaine-Reyes | His lawyer
@c Obinna Eze-Lawal | The Olympic hurdles finalist
The Olympic hurdles finalist Obinna Eze-Lawal is under investigation over three missed drug tests in twelve months, according to two people with knowledge of the investigation.
The Track Integrity Commission has not confirmed the case. "⟦d:b|We do not comment on ongoing matters,⟧" the commission said on Wednesday.
One of the people said the third missed test, in March, had occurred while Eze-Lawal was at a hospital with his newborn daughter. "⟦d:u|He updated his whereabouts forty minutes late. That's the whole case,⟧" the person said.
His lawyer, Camille Fontaine-Reyes, said her client was "⟦p:d|confident he will be cleared⟧". "⟦d:d|Obinna has never failed a test in his life. Missing a knock on the door while your daughter is being born is not cheating,⟧" she said.
Eze-Lawal posted a photograph of his daughter on social media on Wednesday evening with the caption "⟦d:c|Worth it.⟧"

### 053
@a Liam Cheung-Whitaker | -
@b Dominic Fairbairn | -
Liam Cheung-Whitaker made a maximum 147 break in the deciding frame to beat Dominic Fairbairn 6-5 in the first round of the Northern Open at the Tollgate Centre on Tuesday.
"⟦d:a|I didn't think about the 147 until the last three reds. Then I couldn't think about anything else,⟧" Cheung-Whitaker said.
"⟦d:b|To lose a decider to a maximum is almost an honour. Almost,⟧" Fairbairn said.

### 054
@a Hanna Virtanen | the Finnish striker
@c Aisling Murtagh | Harlow Vale manager
@b Jodie Braithwaite-Cole | Seacombe manager
@d Chantelle Obi | Seacombe goalkeeper
Hanna Virtanen scored twice in the last ten minutes as Harlow Vale came from behind to beat Seacombe United 2-1 in the Women's Cup final at Brennan Park on Sunday, in front of a record crowd of 38,412.
Seacombe had led through Grace Ilori's first-half header and appeared to be heading for their first major trophy before Virtanen came off the bench at half-time and turned the game.
``⟦d:a|At half-time the manager told me, 'You have forty-five minutes to change your life.' No pressure,⟧'' the Finnish striker said, laughing.
Harlow Vale manager Aisling Murtagh said the substitution had been planned. ``⟦d:c|Hanna's been carrying a hamstring problem, so forty-five minutes was always the limit,⟧'' she said. ``⟦d:c|I just didn't expect her to use them quite so well.⟧''
Seacombe manager Jodie Braithwaite-Cole was close to tears. ``⟦d:b|We were ten minutes from history. Ten minutes,⟧'' she said. ``⟦d:b|I'm proud of them, but right now proud doesn't help much.⟧''
The winning goal came after Seacombe goalkeeper Chantelle Obi spilled a low cross. She went straight to the away end at the final whistle to apologise.
``⟦d:d|That's on me. The girls deserved better from me today,⟧'' Obi said.
Braithwaite-Cole refused to criticise her. ``⟦d:b|Chantelle has won us more games this season than anyone. Nobody in that dressing room blames her,⟧'' she said.

### 055
@a Mira Okonjo-Lindahl | -
@b Ngozi Okonjo | Her mother
@c Fenella Marsh | Her teacher
@u - | One of the judges
Mira Okonjo-Lindahl was six when she heard a violin for the first time, played badly, by a busker outside a supermarket in Dunmere. She asked her mother for one that evening.
“⟦d:a|He was really bad,⟧” Mira says, six years later, with the seriousness of a 12-year-old. “⟦d:a|But I liked that it sounded like somebody crying and laughing at the same time.⟧”
Last month she became the youngest winner of the Elmhurst Young Musician competition, playing a concerto most adults would not attempt.
Her mother, Ngozi Okonjo, works night shifts as a bus driver so she can drive Mira to lessons during the day. “⟦d:b|People ask if I’m a pushy mum. I’ve never once told her to practise,⟧” she says. “⟦d:b|I tell her to stop, so the neighbours can sleep.⟧”
Her teacher, Dr Fenella Marsh, has taught at the Corrie School of Music for thirty years. “⟦d:c:m|I’ve had gifted students before. Mira is something else. She hears a phrase once and she has it.⟧
“⟦d:c|The danger with children like this is that everyone wants a piece of them. My job is to make sure she’s still a child in ten years.⟧”
One of the judges, speaking after the final, said the panel had been “⟦p:u|unanimous within about four bars⟧”.
Mira herself seems unbothered. Asked what she would do with the prize money, she thought for a while. “⟦d:a|A new case. And a hamster,⟧” she said.

### 056
@a Tamsin Ogilvy-Rao | Its creator
@c Idris Mwangi-Holt | -
@b Northsea Broadcasting | the broadcaster
"⟦s:-|The Tidewater Files⟧", which begins on Sunday, is the most expensive drama Northsea Broadcasting has ever made, and for its first two episodes at least, it looks it.
Its creator, Tamsin Ogilvy-Rao, spent eleven years as a police press officer before turning to writing. "⟦d:a|Every show about detectives is about the detective. I wanted to make one about the people who have to explain the detective to the public,⟧" she said in an interview this week.
The series follows Maggie Rourke, a press officer in a coastal force, played by Saoirse Lanigan in a performance of brittle brilliance. Idris Mwangi-Holt, who plays her boss, said the scripts had been rewritten "⟦p:c|practically every morning⟧" during filming.
"⟦d:c|Tamsin would arrive with new pages and coffee, in that order. You learned not to get attached to a line,⟧" he said.
Northsea Broadcasting has already commissioned a second series. "⟦d:b|We believe it has the potential to become a flagship drama for years to come,⟧" the broadcaster said in a press release, which also described the show as "⟦p:b|unmissable⟧".
Lanigan, who is filming in Canada, was not available for interview.

### 057
@a Walt Hendry-Obuya | the 71-year-old
@c Carol | His wife
@r - | One reporter
@b Deshawn Pettiford | -
@d Lena Sorvino | Athletic director
Walt Hendry-Obuya, who has coached the Bramford State Pioneers for 34 years and won more games than anyone in the history of the Lakes Conference, announced his retirement on Monday.
“⟦d:a|I’ve been thinking about it since about 1997,⟧” the 71-year-old joked at a news conference in the Pioneers’ practice gym. “⟦d:a|This year I finally listened to myself.⟧”
He recalled his first game in charge, a 40-point defeat in which his team scored four points in the first half. “⟦d:a|I went home and told my wife I’d made a terrible mistake. She said, ‘Then make it better,’ and went to bed,⟧” he said.
His wife, Carol, sat in the front row. Asked afterwards whether she remembered the conversation, she smiled. “⟦d:c|Word for word. He left out the part where I told him to stop sulking,⟧” she said.
One reporter asked who he would like to succeed him. “⟦d:r|Is there anyone on your staff you’d recommend?⟧” he asked.
“⟦d:a|Yes. But I’m not going to tell you, because then you’ll write it and they won’t pick her,⟧” Hendry-Obuya replied.
Deshawn Pettiford, who played for him from 2004 to 2008 and went on to a 12-year professional career, spoke in a video message played at the news conference. “⟦d:b|Coach taught me how to show up on time, how to wear a tie and how to lose without breaking a chair. In that order,⟧” he said.
Athletic director Lena Sorvino said a national search would begin immediately. “⟦d:d|You don’t replace Walt. You just hire the next person and hope,⟧” she said.

### 058
@a Sakura Hoshino | the 24-year-old
@b Elodie Marchand-Kerr | -
Sakura Hoshino overtook Elodie Marchand-Kerr 200 metres from the finish to win the Calderwater Triathlon on Sunday by three seconds, the closest finish in the race's 28-year history.
"⟦d:a|Saigo made akiramenakatta,⟧" the 24-year-old said, still breathing heavily, which an interpreter later translated as "⟦d:a|I did not give up until the end⟧".
Speaking through the interpreter at the news conference, Hoshino said she had studied Marchand-Kerr's running for two years. "⟦d:a|She is always strong on the hills but she slows in the last kilometre. I waited for the last kilometre,⟧" she said.
Marchand-Kerr, who led out of the water and off the bike, was philosophical. "⟦d:b|She read me like a book. Next time I'll write a different ending,⟧" she said.

### 059
@a Áile Somby | a reindeer herder from the village of Rávdnjegieddi
@b Henrik Lysgaard-Nilsen | director of the Kongsvik Ethnographic Museum
@c Máret | Her granddaughter
A Sámi ceremonial drum taken from a family in the far north in 1723, and held by the Kongsvik Ethnographic Museum for most of the three centuries since, was handed back on Saturday.
Áile Somby, a reindeer herder from the village of Rávdnjegieddi, received it on behalf of her family, which has campaigned for its return since the 1970s. «⟦d:a|Dát lea ruoktot boahtin,⟧» she said, holding the drum against her chest. «⟦d:a|This is a homecoming.⟧»
Dr Henrik Lysgaard-Nilsen, director of the Kongsvik Ethnographic Museum, said the museum had acted too slowly. «⟦d:b|We held this drum because we could, not because we should. That is not a comfortable thing for a museum director to say, but it is true,⟧» he said.
The drum, made of reindeer hide stretched over a birch frame, is painted with figures that scholars have argued over for centuries. Somby said such arguments missed the point.
«⟦d:a|They wanted to read it like a book. It is not a book. It is a voice,⟧» she said.
Her granddaughter Máret, 19, filmed the ceremony on her phone. «⟦d:c|My grandmother has talked about this drum my whole life. I wanted to prove to my friends that it was real,⟧» she said.

### 060
@a Castlemere City | -
@u - | a source close to the player
@c Viktor Halloran | Castlemere manager
@b Emeka Ogunleye-Ross | the midfielder
Castlemere City have denied reports that they have accepted a £60 million offer from an unnamed overseas club for the midfielder Emeka Ogunleye-Ross.
"⟦d:a|No offer has been accepted and Emeka remains an important part of our plans,⟧" Castlemere City said in a statement on Thursday.
However, a source close to the player said talks had taken place. "⟦d:u|There have been conversations. Whether anything comes of them is another matter,⟧" the source said.
Castlemere manager Viktor Halloran was asked about the reports at his pre-match news conference. "⟦d:c|I read the same newspapers you do. Emeka trained well this morning. That's all I know,⟧" he said.
Ogunleye-Ross, 23, posted a photograph from training on social media with a single word: "⟦d:b|Focused.⟧"
"""


OUT = Path(__file__).with_name("quotes_fresh21.jsonl")


def main() -> None:
    """Build and validate the set and write ``quotes_fresh21.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh21",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
