# ruff: noqa: E501
"""Build ``quotes_fresh24.jsonl``: a twenty-fourth independent, held-out gold set of quotes.

All passages are fictional (invented people, places, clubs, films and organisations)
and were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its subject is sport and
entertainment: match reports, transfer news, press conferences, interviews, award
ceremonies, premieres and profiles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh24-NNN``.

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

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh24.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh24.jsonl")

PASSAGES = """
### 001
@a Dáithí Ó Briain | Rovers manager
@b Stellan Marsh | Eastholme manager
@c Keelan Moriarty | the teenager
Corrib Rovers came from two goals down to beat Eastholme 3-2 at Mill Lane on Saturday, with Keelan Moriarty scoring the winner in the fourth minute of stoppage time.
Rovers manager Dáithí Ó Briain admitted his side had been "⟦p:a|second best for an hour⟧" before the introduction of Moriarty and winger Fionn Stack changed the game.
"⟦d:a|At half-time I didn't have to say much. The lads knew. They'd let themselves down and they'd let the supporters down,⟧" Ó Briain said. "⟦d:a|What I'll remember is the reaction. You can't coach that.⟧"
Moriarty, 19, who has made only four senior appearances, struck from the edge of the area after Eastholme failed to clear a corner.
"⟦d:c|I just hit it and hoped,⟧" the teenager said. "⟦d:c|My mam's in the stand, so she'll be crying now, probably.⟧"
Eastholme manager Stellan Marsh was left to rue two penalty appeals that were waved away in the second half.
"⟦d:b|I've seen them back. Both are penalties. Both,⟧" he said. "⟦d:b|I'm not going to stand here and blame the referee for everything, but we're entitled to decisions like that.⟧"
Asked whether his job was under threat after a fourth defeat in five games, Marsh was blunt: "⟦d:b|That's not a question for me.⟧"

### 002
@u - | a source close to the negotiations
@a Valdoria FC | -
@b Inês Carvalho | Tavares-Lima’s agent
@c Bruno Estrela | Sporting Alcácer president
Valdoria FC have agreed a club-record fee of €48m with Sporting Alcácer for midfielder Rúben Tavares-Lima, a source close to the negotiations said on Monday.
“⟦d:u|Everything is agreed between the clubs. Now it is only paperwork and the medical,⟧” the source said, adding that the 23-year-old would fly to Valdoria on Tuesday.
In a brief statement, Valdoria FC said it was “⟦p:a|in advanced discussions⟧” over a transfer but that “⟦p:a|no agreement has been finalised⟧”.
Tavares-Lima’s agent, Inês Carvalho, declined to discuss figures. “⟦d:b|Rúben is focused on football. He has always said he wants to test himself at the highest level, and he will make the right decision with his family,⟧” she told Rádio Meridiano.
Sporting Alcácer president Bruno Estrela had insisted as recently as last month that the midfielder was “⟦p:c|not for sale at any price⟧”.
“⟦d:c|We are not a supermarket,⟧” Estrela said then. “⟦d:c|Players leave when it is good for Sporting, not when other clubs decide.⟧”
Tavares-Lima, who came through Alcácer’s academy, has scored 11 goals in 38 appearances this season.

### 003
@a Marit Haugland | -
@b Sofía Echeverría | the fourth seed
@c Liv Strand | Haugland's coach
Marit Haugland saved three match points before beating Sofía Echeverría 4-6 7-6 (8) 6-3 to reach her first Grand Slam final at the Valmont Open on Thursday.
The 21-year-old Norwegian, ranked 38th, had never previously gone beyond the third round of a major.
"⟦d:a|Honestly, at 5-4 in the second I was thinking about what to say in the press conference after losing,⟧" Haugland said, laughing. "⟦d:a|Then she missed one forehand and I thought, 'OK, maybe not yet.'⟧"
Echeverría, the fourth seed, struggled with her serve in the deciding set, double-faulting five times.
"⟦d:b|It's hard to explain. I felt good in the warm-up, I felt good for two sets,⟧" she said. "⟦d:b|Then the arm felt heavy. But she deserved it. She played braver than me at the important moments.⟧"
Haugland's coach, Liv Strand, watched the final set with her hands over her face.
"⟦d:c|I don't think I breathed for forty minutes,⟧" Strand told reporters afterwards. "⟦d:c|She's been telling me for two years she can beat these players. Now maybe I'll listen.⟧"
Haugland will play either the defending champion, Claudine Rousset, or the American qualifier Tia Brennan in Saturday's final.
"⟦d:a|I'm going to sleep first,⟧" she said. "⟦d:a|Then I'll watch it and see.⟧"

### 004
@a Tobias Oyelaran-Whitfield | Director
@b Anouk Verhaegen | The film’s star
@c Caleb Ashdown-Reyes | Co-star
The red carpet at the Palais Lumen was soaked by the time the cast of “⟦s:-|The Salt Orchard⟧” arrived on Friday evening, but nobody seemed to mind.
Director Tobias Oyelaran-Whitfield, whose previous film swept the regional critics’ awards, said the drizzle was “⟦p:a|appropriate, really⟧” for a story set on a rain-lashed island.
“⟦d:a|We shot for fifty-one days and it rained on forty-eight of them,⟧” he said. “⟦d:a|At some point you stop fighting the weather and you put it in the script.⟧”
The film’s star, Anouk Verhaegen, plays a widowed orchard owner who takes in a fugitive teenager. She described the role as the hardest of her career.
“⟦d:b|There’s a scene about two-thirds in — I won’t spoil it — where I had to cry for eleven takes,⟧” the 41-year-old Belgian actress said. “⟦d:b|By the end I wasn’t acting. I was just tired and sad.⟧”
Co-star Caleb Ashdown-Reyes, 17, was cast after an open audition in his home town of Perrinmouth.
“⟦d:c|I thought it was a scam at first,⟧” he admitted. “⟦d:c|My mum made me go.⟧”
The film opens nationwide on 14 March.

### 005
@a Darnell Okoye | -
@b Vasyl Hrytsenko | the Ukrainian
@c Maureen Tolliver | promoter
Darnell "⟦s:-|The Anvil⟧" Okoye and Vasyl Hrytsenko had to be separated by security at Thursday's weigh-in in Castleford Quay, two days before their fight for the vacant regional heavyweight title.
Okoye, who weighed in at 112.4kg, leaned into his opponent's face and told him: "⟦d:a|You've never been hit like you're going to get hit on Saturday.⟧"
Hrytsenko smiled. "⟦d:b|He talks a lot,⟧" the Ukrainian said through an interpreter. "⟦d:b|When the bell goes, talking stops.⟧"
The pair then exchanged shoves before promoter Maureen Tolliver stepped between them.
"⟦d:c|That's enough. Save it for Saturday,⟧" she shouted.
Speaking later, Tolliver said the tension was genuine. "⟦d:c|These two don't like each other. This isn't theatre,⟧" she said. "⟦d:c|I've been in this business thirty years and I know when it's put on.⟧"
Darnell Okoye, 29, is unbeaten in 17 professional fights. Hrytsenko, 33, has lost only once, on points, to the former champion Rudi Kessler.
"⟦d:a|Kessler couldn't finish him. I will,⟧" Okoye said.

### 006
@a Élodie Marchetti-Roy | Singer-songwriter
@b Karim Belhadj-Tremblay | one half of Nord Sauvage
@c Gilles Parenteau | veteran folk singer
Singer-songwriter Élodie Marchetti-Roy won album of the year at the Prix Boréal in Port-Lavelle on Sunday night for «⟦s:-|Les heures creuses⟧», her third record, beating the favourites, the rap duo Nord Sauvage.
Accepting the award, the 27-year-old thanked her grandmother, who taught her to play the guitar.
«⟦d:a|Mamie, je sais que tu regardes. Celle-là, c'est pour toi⟧», she said in French — «⟦d:a|Grandma, I know you're watching. This one's for you⟧».
Backstage, Marchetti-Roy admitted she had not prepared a speech. «⟦d:a|I really thought Nord Sauvage had it. I wrote nothing down. You could probably tell,⟧» she said.
Karim Belhadj-Tremblay, one half of Nord Sauvage, was gracious in defeat. «⟦d:b|She made the best record of the year, full stop. We'll be back,⟧» he told reporters.
The evening's biggest cheer was reserved for veteran folk singer Gilles Parenteau, 81, who received a lifetime achievement award.
«⟦d:c|I have been singing for sixty years and they only just noticed,⟧» he joked.

### 007
@a Rajiv Menon-Sutherland | Hollins Bay captain
@b Tomasz Wierzbicki | Left-arm spinner
@c Andile Mahlangu | Kestrel Point coach
Hollins Bay captain Rajiv Menon-Sutherland praised his bowlers after they dismissed Kestrel Point for 143 to win the Southern Shield final by 61 runs at the Anchorage Ground on Sunday.
``⟦d:a|We knew 205 wasn't enough on that pitch, so we had to be perfect with the ball, and we were pretty close to perfect,⟧'' Menon-Sutherland said.
Left-arm spinner Tomasz Wierzbicki took five for 27, including the key wicket of the Kestrel Point opener Callum Frew for 58.
``⟦d:b|Callum was batting beautifully. I just tried to bowl one a bit slower and he went for it,⟧'' Wierzbicki said. ``⟦d:b|Lucky for me, Rajiv was standing in the right place.⟧''
Menon-Sutherland, who took the catch at midwicket, laughed when the moment was put to him. ``⟦d:a|It was going to hit me in the face otherwise,⟧'' he said.
Kestrel Point coach Andile Mahlangu said his batters had ``⟦p:c|panicked⟧'' once Frew was out.
``⟦d:c|We had the game in our hands at 98 for one. Then we lost nine wickets for 45. You can't do that in a final,⟧'' he said. ``⟦d:c|I'm not going to hide it. It hurts.⟧''
Frew, who was named player of the tournament, did not speak to reporters.

### 008
@a Grace | her mother
@b Amara Nwosu-Bell | -
@c Des Mulcahy | her coach and a former 400-metre hurdler
On a cold Tuesday evening at the Brackenfield track, Amara Nwosu-Bell, 16, is doing her fourth set of 150-metre repetitions while her mother, Grace, times her from the infield.
“⟦d:a|She hates it when I shout splits,⟧” Grace says. “⟦d:a|So I shout them louder.⟧”
Amara ran 11.41 seconds for 100 metres in August, the fastest time by a schoolgirl in the county for two decades.
“⟦d:b|People think sprinting is just running fast. It’s not. It’s about being relaxed when everything in you wants to go tense,⟧” Amara says, pulling on a hooded top. “⟦d:b|My coach says I run like I’m late for a bus. He’s working on that.⟧”
Des Mulcahy, her coach and a former 400-metre hurdler, has trained her since she was nine.
“⟦d:c:m|The first time I saw her she was at a school sports day in bare feet, and she beat the boys by five metres. I asked her teacher who her parents were. I went round that weekend.⟧
“⟦d:c|Grace thought I was a salesman.⟧”
Grace laughs at the memory. “⟦d:a|He was wearing a tracksuit with a tie. What was I meant to think?⟧”
Amara will compete at the national youth championships in Ferrow next month. Asked what she wants from the meeting, she pauses.
“⟦d:b|To enjoy it,⟧” she says. “⟦d:b|And to win. Mostly to win.⟧”

### 009
@a Siobhán Mac Giolla Rua | trainer
@b Ferdia Lonergan | Jockey
@c Marcus Oyelowo-Ferris | His rider
@d - | a board spokesman
Bellwether Lass, a 33-1 outsider, won the Carrowmore Gold Cup by a neck on Saturday, giving trainer Siobhán Mac Giolla Rua the biggest win of her career.
"⟦d:a|I'm shaking. Look at me,⟧" Mac Giolla Rua said in the winner's enclosure, holding out a trembling hand. "⟦d:a|We bought her for four thousand at a sale nobody went to.⟧"
Jockey Ferdia Lonergan, 22, was riding in the race for the first time.
"⟦d:b|She was travelling so well turning in that I had to sit still and count to ten,⟧" he said. "⟦d:b|Siobhán told me, 'Don't go too early, whatever you do.' So I didn't.⟧"
The favourite, Crown Ledger, finished third after being hampered at the second-last. His rider, Marcus Oyelowo-Ferris, said the horse had "⟦p:c|lost all momentum⟧" and would have won with a clear run.
"⟦d:c|I'm not taking anything away from the winner, but that's racing. Sometimes it just doesn't fall for you,⟧" he said.
The Racing Integrity Board said it had reviewed the incident and would take no further action. "⟦d:d|The stewards were satisfied the interference was accidental,⟧" a board spokesman said.

### 010
@b - | My agent at the time
@c Bernadette Lusk | our coach
Ahead of her 300th game for the Larchmont Comets, point guard Keisha Abernathy-Voss sat down with us to talk about longevity, losing and what comes next. The interview has been edited for length.
Q: Three hundred games. Did you ever picture that when you signed?
A: Not even close. I signed a ten-day contract. My agent at the time told me, "⟦d:b|Don't unpack.⟧" I've been unpacking for eleven years.
Q: What's changed most in the league?
A: The pace. Everybody shoots now. When I came in, our coach, Bernadette Lusk, used to call the three-pointer "⟦p:c|the lazy shot⟧". Now she'd be fired for saying that.
Q: Is there one loss you still think about?
A: The semi-final in 2019. Every day. Bernadette said afterwards, "⟦d:c|We'll be back next year,⟧" and we weren't. That's the thing about sport, you don't get to choose when the window closes.
Q: And retirement?
A: People keep asking. I'll know. My body will send me a letter.

### 011
@a Skarholt Racing | the team
@b Nils Aavik | Skarholt Racing driver
@c Helga Brunnhuber | Team principal
@d - | an Orsini Corse spokeswoman
Skarholt Racing driver Nils Aavik has been ruled out of next weekend's Grand Prix of Varenna after fracturing his wrist in a crash during Sunday's race at Lindqvist Park.
Skarholt Racing said in a statement that Aavik had undergone surgery overnight and was “⟦p:a|in good spirits⟧”. “⟦d:a|Nils will be assessed daily, and we will not rush his return,⟧” the team said.
Aavik posted a photograph of his bandaged arm on social media on Monday morning. “⟦d:b|Not the weekend we wanted. Thank you to the marshals and medical staff who were with me in seconds. I’ll be back quicker than you think,⟧” he wrote.
The 26-year-old lost control at the Vallon chicane on the 31st lap after contact with Renzo Callegari’s car. Callegari was handed a five-second penalty.
Team principal Helga Brunnhuber was critical of the decision. “⟦d:c|Five seconds for putting someone in hospital. I think everybody can draw their own conclusion,⟧” she told the broadcaster Motorsport Nord.
Callegari apologised over the team radio immediately after the crash, according to his team, Orsini Corse. “⟦d:d|Renzo was very upset and asked straight away if Nils was OK,⟧” an Orsini Corse spokeswoman said.

### 012
@a Lorenzo Dall'Acqua | the 24-year-old
@b Mikkel Strøm-Hansen | The race leader
@c Julián Arboleda Restrepo | His closest rival
Lorenzo Dall'Acqua won stage 14 of the Tour of the Six Valleys on Saturday, outsprinting a breakaway of five on the climb to Pian del Corvo.
"⟦d:a|Ho pensato a mio padre negli ultimi cento metri,⟧" the 24-year-old said in Italian. "⟦d:a|I thought about my father in the last hundred metres.⟧"
Dall'Acqua's father, Enzo, a former amateur racer, died last spring.
The race leader, Mikkel Strøm-Hansen of Denmark, finished 40 seconds behind in the group of favourites and keeps the yellow jersey by 1min 12sec.
"⟦d:b|Today was a day to control. Tomorrow is the big one,⟧" Strøm-Hansen said. "⟦d:b|If the legs are there, I will attack. If not, I will defend. Simple.⟧"
His closest rival, the Colombian Julián Arboleda Restrepo, lost time after a puncture at the foot of the final climb.
"⟦d:c|Bad luck is part of cycling, but it is hard to accept on a day like this,⟧" Arboleda said through a team interpreter.

### 013
@a Priya Raghunathan-Holt | Comedian
@c Dev | Her brother
Comedian Priya Raghunathan-Holt is sitting in the corner of a cafe in Wexcombe, stirring a coffee she has no intention of drinking. ``⟦d:a|It's a prop,⟧'' she says. ``⟦d:a|I need something to do with my hands or I start doing impressions.⟧''
Her new stand-up tour, ``⟦s:-|Small Mercies⟧'', opens in Harlow Vale next week, and deals with her father's dementia and her own late diagnosis with ADHD.
She is aware it does not sound like a laugh riot. ``⟦d:a|My agent read the synopsis and rang me to ask if I was OK,⟧'' she says. ``⟦d:a|I said, 'I'm fine, it's the show that's sad,' and she said, 'That's what worries me.' Which is fair.⟧''
Her father, Arun, a retired bus driver, appears in the show only through her stories.
Her brother, Dev, who co-wrote some of the material, says the family has been ``⟦p:c|weirdly supportive⟧''. ``⟦d:c|Dad doesn't always know who she is now, but he laughs at her on the telly. That's enough for us,⟧'' he says.

### 014
@a Harrowgate Town | the club
@u - | One senior player
@b Wendy Okonkwo-Marsh | trust chair
@c Ade Bankole | first-team coach
Harrowgate Town have sacked manager Callum Ferrity after a run of eight league games without a win left the club one point above the relegation zone.
In a statement, Harrowgate Town thanked Ferrity for his "⟦p:a|commitment and professionalism⟧" and said first-team coach Ade Bankole would take charge of Saturday's game against Pellham.
"⟦d:a|This was not a decision taken lightly. The board believes a change is necessary to give the club the best chance of survival,⟧" the club said.
Ferrity, 46, was appointed only in June. One senior player said the squad had been "⟦p:u|stunned⟧" by the timing. "⟦d:u|He had lost the fans but not the dressing room. Nobody saw this coming today,⟧" the player said, speaking on condition of anonymity.
The Harrowgate Supporters' Trust, which had called for change, welcomed the decision. "⟦d:b|We wish Callum well. But the results speak for themselves, and the board had to act,⟧" trust chair Wendy Okonkwo-Marsh said.
Banners reading "⟦s:-|Ferrity Out⟧" had been displayed at the last two home games.
Bankole, who played 300 games for the club, said he was "⟦p:c|proud and a bit terrified⟧".
"⟦d:c|I'll keep it simple. Work hard, defend our box, give the fans something to shout about,⟧" he said.

### 015
@a Hana Kobayashi-Reyes | only the third woman to win the directing prize in the awards’ 62-year history
@b Marguerite Ossei | -
@c Rosalind Achterberg | The evening’s host
@d Teodor Vlasceanu | -
“⟦s:-|Tidewater⟧” was the big winner at the Aurelian Film Awards in Port Sorrell on Saturday night, taking five prizes including best picture and best director for Hana Kobayashi-Reyes.
Kobayashi-Reyes, only the third woman to win the directing prize in the awards’ 62-year history, dedicated it to “⟦p:a|every girl who was told to hold the boom mic instead⟧”.
“⟦d:a|I started as a runner on a set where I wasn’t allowed to speak to the director,⟧” she said in her acceptance speech. “⟦d:a|Tonight I’m the director. So, hi.⟧”
Best actress went to Marguerite Ossei for her role as a lighthouse keeper in the same film. Ossei, who had been considered an outsider, appeared close to tears.
“⟦d:b|I don’t have anything written down, because I was told I wouldn’t win,⟧” she said. “⟦d:b|Hana, you saw something in me that I didn’t see. Thank you.⟧”
The evening’s host, comedian Rosalind Achterberg, drew groans with a joke about the length of the ceremony. “⟦d:c|We’re running so late that some of tonight’s nominees have aged out of their categories,⟧” she said.
Best actor went to Teodor Vlasceanu for the Romanian-language drama “⟦s:-|Iarna lungă⟧”.
“⟦d:d|Mulțumesc, mamă,⟧” he began, before translating for the audience: “⟦d:d|Thank you, Mum. You paid for my first acting class with your wedding ring.⟧”

### 016
@a Euan Tait-MacLeod | flanker
@b Gregor Baillie | Drumlanrig head coach
@c Jonty Pienaar | Carrick Bay director of rugby
@d Rhodri Maddox | the Carrick Bay captain
Drumlanrig held on to beat Carrick Bay 24-21 in a ferocious Border Cup semi-final at Fernlea Park, with flanker Euan Tait-MacLeod's turnover in the final minute sealing the win.
"⟦d:a|I've never been so tired in my life. I couldn't feel my legs for the last ten minutes,⟧" Tait-MacLeod said. "⟦d:a|But when the ball's there you go for it. That's the job.⟧"
Drumlanrig head coach Gregor Baillie said the win had been built on defence.
"⟦d:b:m|We made 212 tackles. Two hundred and twelve. I don't think I've seen a number like that from one of my teams.⟧
"⟦d:b|Carrick will feel hard done by, and they probably should. They played most of the rugby.⟧"
Carrick Bay director of rugby Jonty Pienaar agreed. "⟦d:c|We did everything except score enough points,⟧" he said. "⟦d:c|Their defence was outstanding and our decision-making in the 22 wasn't good enough. That's on me as much as the players.⟧"
Pienaar was also unhappy with a yellow card shown to Rhodri Maddox early in the second half. "⟦d:c|I'll speak to the referees' manager. I don't want to say anything I'll regret,⟧" he said.
Maddox, the Carrick Bay captain, said the sin-binning was "⟦p:d|fair enough⟧". "⟦d:d|I went off my feet. I've no complaints about that,⟧" the 31-year-old said. "⟦d:d|What I'm gutted about is we had the chances and didn't take them.⟧"
Drumlanrig will face Lochmaben in the final on 3 May.

### 017
@a The Velvet Marrows | the indie band who split acrimoniously in 2014
@b Tess Ravenhall | Singer
@c Dermot Gaffney | Promoter
The Velvet Marrows, the indie band who split acrimoniously in 2014, will reunite for a run of shows next summer, they announced on Wednesday.
In a joint statement posted to the band’s social media accounts, the four members said they had “⟦p:a|buried a lot of hatchets⟧” over the past year.
“⟦d:a|We were young and stupid and tired, and we said things we didn’t mean. Some we did mean, but we’ve got over those too,⟧” the statement read.
Singer Tess Ravenhall, whose public feud with the guitarist Jonah Pike dominated the tabloids a decade ago, later posted separately: “⟦d:b|Yes, Jonah and I are talking. No, we will not be doing interviews about it.⟧”
Pike did not respond to a request for comment.
Promoter Dermot Gaffney of Lantern Live said demand had been “⟦p:c|unlike anything we’ve seen for a guitar band in years⟧”. “⟦d:c|We put a holding page up and it crashed in four minutes,⟧” he said.
The tour opens at Castlereagh Park on 21 June. Tickets go on sale on Friday.

### 018
@a Lucía Ferrándiz Ochoa | -
@b Ramón | her father
@c Chloé Delacroix-Mbeki | Overnight leader
@d Heidi Lindqvist-Brown | -
Lucía Ferrándiz Ochoa carded a final-round 66 to win the Marbury Ladies Classic by two shots on Sunday, her first title on the tour.
"⟦d:a|Estoy muy feliz. Todavía no me lo creo,⟧" Ferrándiz said, before repeating it in English for the crowd around the 18th green: "⟦d:a|I'm very happy. I still don't believe it.⟧"
Her caddie is her father, Ramón, who gave up his job as a hotel manager two years ago to carry her bag.
"⟦d:b|She told me on the 15th tee to stop looking at the leaderboard. So I stopped looking at the leaderboard and started looking at the sky,⟧" he said.
Overnight leader Chloé Delacroix-Mbeki faded with a 74 to finish tied third. "⟦d:c|I was trying too hard. I know I'm good enough, I just have to be patient,⟧" the Frenchwoman said.
Heidi Lindqvist-Brown finished second after birdieing four of her last six holes. "⟦d:d|I gave myself a chance and that's all you can ask,⟧" she said.

### 019
@a Miriam Castellanos-Wright | the panel's chair
@b Hugo Pembridge | Agyemang-Boateng's barrister
@c Marland Football Association | the association
@d Ravensholm | -
@e Pete Oduya | Manager
A disciplinary panel has banned Ravensholm striker Kofi Agyemang-Boateng for six matches after finding him guilty of abusive conduct towards a match official during last month's game against Wexley.
In written reasons published on Thursday, the panel's chair, Judge Miriam Castellanos-Wright, said the striker's conduct had been "⟦p:a|wholly unacceptable⟧" and that his apology had come "⟦p:a|late and only under pressure⟧".
"⟦d:a|Match officials are entitled to do their job without being subjected to abuse of this kind. The sanction must reflect that,⟧" she wrote.
Agyemang-Boateng's barrister, Hugo Pembridge KC, had argued that his client was "⟦p:b|reacting in the heat of the moment⟧" to what he believed was abuse from the crowd.
The Marland Football Association welcomed the decision. "⟦d:c|There is no place for abuse of referees at any level of the game,⟧" the association said.
Ravensholm said they would "⟦p:d|consider the written reasons carefully⟧" before deciding whether to appeal. Manager Pete Oduya was more forthright.
"⟦d:e|Six games is harsh. Kofi made a mistake and he's owned it,⟧" he said at his weekly press conference. "⟦d:e|I'll be interested to see if the same standard applies to everyone.⟧"

### 020
@a Dolores Kincaid-Avila | a Democrat who voted against it
@b Harlan Boudreaux | The bill's sponsor
@c Gideon Strath | The Mariners' owner
@d Marjorie Quill | a retired teacher
State lawmakers in Caldwell approved $340 million in public funding for a new stadium for the Caldwell Mariners on Tuesday, ending two years of wrangling over the team's future in the city.
The bill passed 31-17 after a six-hour debate. Sen. Dolores Kincaid-Avila, a Democrat who voted against it, called the deal "⟦p:a|a giveaway to billionaires dressed up as civic pride⟧".
"⟦d:a|We have schools with leaking roofs in this state. I'm sorry, but a retractable roof for a baseball team is not my priority,⟧" she said on the floor.
The bill's sponsor, Sen. Harlan Boudreaux, said the stadium would create "⟦p:b|thousands of jobs⟧" and stop the team from relocating. "⟦d:b|Everybody talks about the cost of doing this. Nobody talks about the cost of losing them,⟧" the Republican said.
The Mariners' owner, Gideon Strath, thanked legislators in a statement. "⟦d:c|Today is a great day for Mariners fans and for Caldwell. We're staying home,⟧" he said.
Outside the Capitol, a handful of protesters held signs reading "⟦s:-|Fund Schools Not Stadiums⟧".
"⟦d:d|They'll be back asking for more in ten years. Watch,⟧" said Marjorie Quill, a retired teacher.

### 021
@a Nadia Oyelaran | Captain
@b Saoirse Kinsella | -
@c Ruth Adeyemi-Clarke | Manager
@d Lise Mortensen | Ashby Cross coach
Kestrel Vale Women sealed the Premier Division title with two games to spare after a 2-0 win over Ashby Cross on Sunday, ending Ashby’s run of four consecutive championships.
Captain Nadia Oyelaran scored the opener with a header from a corner in the 23rd minute before Saoirse Kinsella doubled the lead after the break.
“⟦d:a|Four years of finishing second. Four years of watching them lift it,⟧” Oyelaran said, still wearing her winner’s medal. “⟦d:a|I’m not going to lie, this one feels personal.⟧”
Kinsella, 20, who joined from Ballyrush in January, described her goal as “⟦p:b|a bit of a shank, to be honest⟧”.
“⟦d:b|I was aiming for the other corner,⟧” she said. “⟦d:b|Don’t tell the gaffer.⟧”
Manager Ruth Adeyemi-Clarke had already heard. “⟦d:c|I know exactly where she was aiming. It doesn’t matter, they all count,⟧” she said, laughing.
Ashby Cross coach Lise Mortensen conceded that the better team had won. “⟦d:d|Over the season, they have been more consistent than us. We have to be honest about that,⟧” she said. “⟦d:d|We will rebuild and come back.⟧”
Adeyemi-Clarke said she would give her players two days off. “⟦d:c|Then it’s back to work. We’ve still got a cup final,⟧” she said.

### 022
@a Delphine Achebe-Rourke | the 30-year-old
@u Imogen Pratt | one fan
@v - | A second fan
@b Felix Nakamura | Achebe-Rourke's guitarist and long-time collaborator
Midway through her sold-out show at the Harbourside Arena on Friday, Delphine Achebe-Rourke stopped the band, sat down at the edge of the stage and asked for the house lights to go up.
"⟦d:a|I want to see you. I've been singing to a dark room for two years,⟧" the 30-year-old told the 14,000-strong crowd. "⟦d:a|Oh, there you are. Hello.⟧"
It was the kind of moment that has made her tour, named after her second album, "⟦s:-|Weathervane⟧", one of the hottest tickets of the year. Chants of "⟦s:-|One more song⟧" rang out long before the encore.
"⟦d:u|I've seen her four times now and she never does the same show twice,⟧" said one fan, Imogen Pratt, 19, who had travelled from Dunmere.
A second fan, who asked not to be named, said the ticket prices had been "⟦p:v|a bit of a shock⟧" but "⟦p:v|worth every penny⟧".
Achebe-Rourke's guitarist and long-time collaborator, Felix Nakamura, said the band had learned to expect surprises. "⟦d:b|She'll change the setlist in the dressing room ten minutes before we go on. We've learned to just go with it,⟧" he said.

### 023
@a Jeroen van den Akker | -
@b Lee Drayton | defending champion
Jeroen van den Akker hit a nine-dart finish on his way to beating defending champion Lee ``⟦s:-|The Hammer⟧'' Drayton 7-4 in the quarter-finals of the Grand Oche Masters at Mere Hall on Wednesday night.
``⟦d:a|Ik kan het niet geloven,⟧'' van den Akker said in Dutch as he left the stage, before adding in English: ``⟦d:a|I can't believe it. The first one in my life, and on television.⟧''
Drayton, 44, was gracious. ``⟦d:b|When a lad throws a nine-darter against you, you shake his hand and you go home,⟧'' he said. ``⟦d:b|He was better than me tonight. Simple as that.⟧''
It was the first time Lee Drayton had lost before the semi-finals at Mere Hall since 2016.
The nine-darter earned Van den Akker a £25,000 bonus. Asked what he would spend it on, he grinned. ``⟦d:a|My girlfriend has already decided,⟧'' he said.

### 024
@u - | a person familiar with the deal
@a Renata Okafor-Lindgren | Pioneers general manager
@b Marcus Delacroix-Hughes | guard
@c Abe Kowalczyk | Sentinels coach
@d Isaiah Monroe-Tate | forward
The Porter City Pioneers have traded guard Marcus Delacroix-Hughes to the Salt Flats Sentinels for two first-round picks and forward Isaiah Monroe-Tate, according to a person familiar with the deal. The trade was "⟦p:u|basically done on Sunday night⟧", the person said.
"⟦d:a|Marcus gave this franchise six great years, and he'll always be part of the family here,⟧" Pioneers general manager Renata Okafor-Lindgren said on Tuesday. "⟦d:a|But we have to think about where we're going, not where we've been.⟧"
Delacroix-Hughes, 31, found out from his phone. "⟦d:b|My agent texted me 'call me' in capital letters. That's never good,⟧" he told reporters at the Sentinels' practice facility.
Sentinels coach Abe Kowalczyk said the guard would start on Friday. "⟦d:c|He's a winner. He's been in big games. We need that,⟧" Kowalczyk said.
Monroe-Tate, who had spent his entire three-year career with the Sentinels, posted a single word on social media: "⟦d:d|Wow.⟧"

### 025
@a Benedikt Szabó-Lang | the winner
@b Farah Quddus | runner-up
@c Celestine Moreau | judge
@d Owain Pritchard | a 24-year-old physiotherapist
When the finalists of “⟦s:-|Bake Street⟧” gathered for a celebratory lunch in Ellesmere on Monday, the winner, Benedikt Szabó-Lang, was the last to arrive.
“⟦d:a|Sorry, sorry. Train,⟧” he said, taking off his coat.
“⟦d:b|He’s always late. He was late to the final,⟧” said runner-up Farah Quddus.
“⟦d:a|I was two minutes late to the final.⟧”
“⟦d:b|And you still won. Unbelievable.⟧”
The 58-year-old retired tram driver beat Quddus and third-placed Owain Pritchard in a final watched by 7.2 million viewers. His showstopper, a three-tier tram made of choux pastry, was described by judge Celestine Moreau as “⟦p:c|quite simply ridiculous, in the best possible way⟧”.
Szabó-Lang said he had been baking since his late wife, Ilona, bought him a mixer for his 50th birthday.
“⟦d:a|She said I needed a hobby that wasn’t shouting at the football. I think she’d be laughing at all of this,⟧” he said.
Pritchard, a 24-year-old physiotherapist, said the three had formed a group chat. “⟦d:d|It’s mostly pictures of bread,⟧” he said.

### 026
@a Aleksi Mäkelä-Rautio | Goaltender
@b Terry Halloran | Wolves coach
@c Martin Beaulieu-Sandoval | Lynx coach
Goaltender Aleksi Mäkelä-Rautio made 41 saves as the Northgate Wolves shut out the Brindle Bay Lynx 3-0 on Tuesday to level their semi-final series at two games apiece.
"⟦d:a|Honestly, the guys in front of me blocked more shots than I stopped,⟧" Mäkelä-Rautio said. "⟦d:a|I just had to see the ones they didn't get to.⟧"
Wolves coach Terry Halloran disagreed. "⟦d:b|That's him being modest. He stole that game,⟧" he said. "⟦d:b|We were bad in the first period, really bad, and he kept us in it.⟧"
Lynx coach Martin Beaulieu-Sandoval spoke for less than two minutes.
"⟦d:c|We had forty-one shots. We had a lot of good looks,⟧" he said. "⟦d:c|Give their goalie credit. We'll regroup.⟧"
Asked about the forward Dmitri Volkonsky, who left the game in the second period after a hit from behind, he said only: "⟦d:c|He's being evaluated.⟧"
Game five is in Brindle Bay on Thursday.

### 027
@a Bryony Castellane-Fox | actor
@b Celia Ward-Oduya | the actor
@c Amos Pelletier | That director
In her new memoir, “⟦s:-|The Understudy⟧”, actor Bryony Castellane-Fox writes candidly about the years she spent as a stand-in for better-known stars before her breakthrough at 39.
“⟦d:a|I was the back of someone’s head in six films. I was a hand on a doorknob in a seventh,⟧” she writes. “⟦d:a|My mother kept a scrapbook anyway.⟧”
The book, published on Thursday by Larkspur Press, also describes her long friendship with the actor Celia Ward-Oduya, for whom she doubled in three films. Ward-Oduya, who wrote the foreword, calls Castellane-Fox “⟦p:b|the most talented person I’ve ever stood next to⟧”.
Speaking at a launch event at a bookshop in Tarrow, Castellane-Fox said writing the book had been “⟦p:a|cheaper than therapy and nearly as painful⟧”.
“⟦d:a|People want the story to be about perseverance. It’s really about luck,⟧” she said. “⟦d:a|I was lucky that a director got sick and the replacement had seen me in a fringe play.⟧”
That director, Amos Pelletier, confirmed the story in an email. “⟦d:c|I’d seen her in a pub theatre with eleven people in the audience. I never forgot it,⟧” he wrote.

### 028
@a Yusuf Demirci-Holm | Brannock City manager
@r - | one reporter
@b Lionel Achterberg-Price | The chairman
@c Sam Greaves | Wexley Albion manager
Brannock City manager Yusuf Demirci-Holm was in combative mood at his pre-match press conference on Friday, two days before the derby against Wexley Albion.
Asked whether he felt under pressure after three defeats in a row, Demirci-Holm leaned forward. "⟦d:a|Pressure? Pressure is for people who don't have jobs. I have a job, I love my job,⟧" he said.
"⟦d:r|Do you think you'll still have it on Monday?⟧" one reporter asked.
"⟦d:a|Ask the chairman. Next question.⟧"
The chairman, Lionel Achterberg-Price, has publicly backed the manager twice this month. In an interview with the Brannock Post on Wednesday he said Demirci-Holm had "⟦p:b|my full support, today and tomorrow⟧".
Demirci-Holm confirmed that the striker Nathaniel Obuya would miss the derby with a hamstring injury and that the defender Karl Eriksen was a doubt.
"⟦d:a|Nathaniel is out. Karl we'll see tomorrow. It's not ideal but it is what it is,⟧" he said. "⟦d:a|Derbies are not won by the team sheet. They're won by who wants it more.⟧"
Wexley Albion manager Sam Greaves, speaking an hour later, declined to respond. "⟦d:c|I've got enough to worry about with my own team,⟧" he said when told of Demirci-Holm's comments.

### 029
@a Oona Virtanen-Blake | Para-swimmer
@b Helena Prowse-Barnard | former Olympic rower
@c Adaeze Nwachukwu | Their captain
@d Ivan Petrović | -
Para-swimmer Oona Virtanen-Blake was named Sportsperson of the Year at the Northern Sports Awards in Coldharbour on Thursday night, capping a season in which she won four world titles and broke three world records.
Virtanen-Blake, 22, who was born without a left forearm, was visibly emotional as she collected the trophy.
“⟦d:a|When I was a kid, I didn’t see anyone like me on these stages,⟧” she said. “⟦d:a|If one kid watching tonight sees me and thinks, ‘I could do that,’ then this means more than any medal.⟧”
The judging panel was chaired by former Olympic rower Dame Helena Prowse-Barnard, who said the decision had been “⟦p:b|unanimous and quick⟧”.
Team of the year went to the Fenwick Falcons netball side. Their captain, Adaeze Nwachukwu, accepted on behalf of her teammates. “⟦d:c|This is for every girl who plays in a cold sports hall on a Tuesday night,⟧” she said.
Coach of the year was Ivan Petrović of Dunmore Athletic Club, whose sprinters won six national titles. “⟦d:d|I just hold the stopwatch. They do the running,⟧” Petrović said.

### 030
@a Tomás Quiroga | Aldwych Rovers goalkeeper
@b Geoffrey Nkemelu | Aldwych chairman
@c Jana Procházková | Lindemann SV sporting director
Aldwych Rovers goalkeeper Tomás Quiroga has said goodbye to the club's supporters in an open letter after completing his move to Lindemann SV.
In the letter, published on the club's website on Saturday, the Argentine thanked fans for "⟦p:a|nine years of patience, noise and love⟧".
"⟦d:a:m|When I arrived I was nineteen, I spoke no English and I had never seen snow. You taught me the language, mostly the bad words, and you taught me what it means to belong somewhere.⟧
"⟦d:a:m|I know some of you are angry with me. I understand. I would be angry too. But I am thirty-one now and this is the last chance for me to play in the Continental Cup.⟧
"⟦d:a|Wherever I go, I will look for the Aldwych score first. Always.⟧"
Aldwych chairman Geoffrey Nkemelu said the club had received "⟦p:b|an offer we could not reasonably refuse⟧" for the player.
"⟦d:b|Tomás leaves with our thanks and our blessing. There will always be a seat for him here,⟧" Nkemelu said.
Lindemann SV sporting director Jana Procházková said the deal had taken "⟦p:c|four months and a lot of coffee⟧".

### 031
@a Dragan Milošević-Kerr | -
@b Jean-Baptiste Okonjo | His longtime rival
@c Men's Professional Tennis Association | -
Dragan Milošević-Kerr announced his retirement from professional tennis on Monday, ending a 17-year career that brought him two major titles and 312 weeks in the world's top ten.
The 35-year-old, who has been troubled by a back injury since last summer, made the announcement at a press conference at his home club in Velinsk, with his wife, Katarina, and their two children in the front row.
"⟦d:a|My body has been telling me for a year. I didn't want to listen,⟧" he said. "⟦d:a|Now I'm listening.⟧"
His longtime rival, Jean-Baptiste Okonjo, posted a video tribute within an hour of the announcement. "⟦d:b|Dragan, you made me a better player and a worse sleeper. Thank you for every battle,⟧" he said in the video.
Milošević-Kerr said he had no immediate plans. Asked whether he might coach, he laughed. "⟦d:a|Katarina says if I coach, I have to live in the hotel,⟧" he said.
The Men's Professional Tennis Association called him "⟦p:c|one of the great competitors of his generation⟧".

### 032
@a Ximena Arriaga-Holt | Director
@b Paloma Pictures | the studio
@u - | one crew member
@c Caspian Drury-Mensah | Lead actor
The troubled production of "⟦s:-|Crown of Ash⟧", the fantasy epic that ran $60m over budget, finally premiered in Lisle Harbour on Tuesday, amid reports of a rift between its director and the studio.
Director Ximena Arriaga-Holt, who was briefly removed from the project last year before being reinstated, walked the red carpet alone.
"⟦d:a|I'm proud of the film. I'm proud of the crew, who went through hell,⟧" she said. "⟦d:a|Whatever else happened, that's what I'll remember.⟧"
Paloma Pictures, the studio, said in a statement that it was "⟦p:b|thrilled⟧" with the finished film and that reports of a rift were "⟦p:b|overblown⟧".
According to one crew member, who worked on the film for 14 months and spoke on condition of anonymity, the atmosphere on set was "⟦p:u|like a divorce where nobody would move out⟧".
"⟦d:u|Everyone loved Ximena. Everyone was scared of the studio. That's all I'll say,⟧" the crew member said.
Lead actor Caspian Drury-Mensah was more diplomatic. "⟦d:c|Every film has its fights. This one just had bigger ones,⟧" he said with a shrug.

### 033
@a - | my dad
@b Yolanda Fierro | -
Three weeks before she challenges for the world super-bantamweight title, Nia Castellanos-Reid talked to us about fear, fasting and her father's old gym in Dunmarrow. This interview has been condensed and edited.
Q: You've said this is the fight you've wanted since you were twelve. Why this one?
A: Because of who's in the other corner. Yolanda Fierro was on the poster on my dad's wall. He used to point at it and say, "⟦d:a|That's what a champion looks like.⟧" Now I get to find out if he was right.
Q: Is it strange to fight someone you idolised?
A: It was strange at the press conference. Then she called me "⟦p:b|a little girl⟧" and it stopped being strange.
Q: How's the weight cut going?
A: Horrible. Next question.
Q: What does your dad say now?
A: The same thing he's always said: "⟦d:a|Hands up, chin down, and don't listen to anybody, including me.⟧"

### 034
@a Anneliese Brunner | coach
@b Lea Zimmermann-Osei | Midfielder
@c Signe Kjærgaard | Nordhavn coach
@d Corinne Aebischer | Alpenrand captain
Alpenrand reached a major tournament for the first time in their history on Tuesday night, beating Nordhavn 2-1 after extra time in the second leg of their play-off in Steinach.
«⟦d:a|Wir haben heute Geschichte geschrieben⟧», coach Anneliese Brunner told the national broadcaster, before repeating it for English-speaking reporters: «⟦d:a|Today we wrote history.⟧»
Midfielder Lea Zimmermann-Osei scored the winner in the 114th minute, two minutes after coming on as a substitute.
«⟦d:b|I had not touched the ball before that. My first touch was the goal,⟧» the 19-year-old said. «⟦d:b|I think I will never have a better first touch in my life.⟧»
Nordhavn coach Signe Kjærgaard said her side had been «⟦p:c|naive⟧» in extra time. «⟦d:c|We stopped playing and waited for penalties. You cannot do that,⟧» she said.
Alpenrand captain Corinne Aebischer, 34, who has played 141 times for her country, said she had thought about retiring last year.
«⟦d:d|Now I am glad I waited,⟧» she said. «⟦d:d|Maybe I will wait a little longer.⟧»

### 035
@a - | His family
@b Beatrice Onyango | The pianist
@c Marcus Tolland-Reyes | The singer
@d Kwabena Asante | festival director
Tributes have been paid to Otis Ferreira-Blackwood, the jazz saxophonist whose 1972 album "⟦s:-|Lantern Street⟧" became an unlikely bestseller, who has died aged 84.
His family said in a statement that he died peacefully at home in Marlow Cross on Sunday, "⟦p:a|with a record playing, as he would have wanted⟧".
The pianist Beatrice Onyango, who played in his quartet for two decades, said he had been "⟦p:b|the most generous musician I ever met⟧".
"⟦d:b|He'd give you the solo even when it was his tune. Especially when it was his tune,⟧" she said. "⟦d:b|He'd lean over and say, 'Go on, you say something now.'⟧"
The singer Marcus Tolland-Reyes, who recorded a duet with Ferreira-Blackwood in 2011, wrote on social media: "⟦d:c|Otis taught me that silence is part of the song. Rest easy, maestro.⟧"
The Marlow Cross Jazz Festival, which he headlined 23 times, is to rename its main stage in his honour. "⟦d:d|There is no festival without Otis,⟧" festival director Kwabena Asante said.

### 036
@a Faisal Qureshi-Dunn | Opening batter
@b Brian O'Halloran | The team's coach
@c Reggie Amankwah | Former captain
Opening batter Faisal Qureshi-Dunn has apologised after being fined for throwing his bat in the dressing room following his dismissal in the second Test against Marrowland.
``⟦d:a|It was a moment of frustration and it was wrong. I've apologised to the lads and to the dressing-room attendant, who had to clean up,⟧'' the 27-year-old said on Friday.
Match referee Conrad Ellery-Banks fined Qureshi-Dunn 15 per cent of his match fee. The team's coach, Brian O'Halloran, said the matter was ``⟦p:b|closed⟧''.
``⟦d:b|Faisal's a passionate cricketer. He cares. Sometimes that spills over,⟧'' O'Halloran said. ``⟦d:b|He's dealt with it properly and we move on.⟧''
Former captain Reggie Amankwah was less forgiving. ``⟦d:c|When I played, you'd have been dropped for that,⟧'' he said on Radio Tarn. ``⟦d:c|Times change, I suppose.⟧''
Qureshi-Dunn made 4 and 71 in the match, which Marrowland won by six wickets.

### 037
@a Lumivue | Streaming service
@b Adaeze Okoro-Finch | Showrunner
@c Tobiah Wren | Star
Streaming service Lumivue has cancelled the fantasy drama “⟦s:-|Hollow Crown Road⟧” after two seasons, despite a fan campaign and a cliffhanger ending.
“⟦d:a|We are incredibly proud of the show and grateful to everyone who made it,⟧” Lumivue said in a statement. “⟦d:a|Unfortunately, viewing figures did not support a third season.⟧”
Showrunner Adaeze Okoro-Finch posted a lengthy message to fans on Thursday night.
“⟦d:b:m|I found out an hour before you did. I’m not going to pretend I’m fine.⟧
“⟦d:b|What I will say is that the story has an ending. It’s written. Maybe one day you’ll get to see it.⟧”
Star Tobiah Wren, who plays the exiled prince Calder, shared a photograph of the cast and wrote: “⟦d:c|What a ride. Thank you for loving these weirdos as much as we do.⟧”
Fans have launched a petition, titled “⟦s:-|Save Hollow Crown Road⟧”, which had gathered more than 120,000 signatures by Friday morning.

### 038
@a Zawadi Kiprono-Hale | Olympic 800m finalist
@b Matthias Kühnel-Barros | Her lawyer
@c Athletics Integrity Panel | -
@d Sunita Ramaswamy-Oates | a sports pharmacologist at the University of Wenlock who is not involved in the case
Olympic 800m finalist Zawadi Kiprono-Hale has been provisionally suspended after testing positive for a banned diuretic, the Athletics Integrity Panel announced on Wednesday.
In a statement released through her lawyer, Kiprono-Hale said she was "⟦p:a|devastated and confused⟧" and had "⟦p:a|never knowingly taken a prohibited substance⟧".
"⟦d:a|I have given my whole life to this sport, clean. I will fight to clear my name,⟧" the statement said.
Her lawyer, Dr Matthias Kühnel-Barros, said the team believed a contaminated supplement was to blame. "⟦d:b|We have sent the product for independent testing and we expect the results within weeks,⟧" he said.
The Athletics Integrity Panel said the athlete had the right to request analysis of her B sample. "⟦d:c|A provisional suspension is not a finding of guilt,⟧" it said.
Dr Sunita Ramaswamy-Oates, a sports pharmacologist at the University of Wenlock who is not involved in the case, said contamination cases were "⟦p:d|more common than people think⟧".
"⟦d:d|Diuretics turn up in supplements more often than you'd expect, often because of poor manufacturing standards,⟧" she said. "⟦d:d|But the athlete still bears responsibility under the rules.⟧"

### 039
@a Gavin Rudd | manager
@b Piotr Zieliński | Felsham centre-back
@c Kenji Morimoto-Hart | His manager
@d Ibrahim Sesay-Moore | -
Tarrow United 1 Felsham Wanderers 1
A late equaliser from Felsham's Ibrahim Sesay-Moore denied Tarrow United a first home win in two months and left manager Gavin Rudd fuming at his side's inability to see out games.
"⟦d:a|Same story. We're the better team for eighty-five minutes and we come away with a point,⟧" Rudd said. "⟦d:a|It's not bad luck any more. It's a pattern, and it's my job to fix it.⟧"
Tarrow had led through Jamie Oduya's first-half penalty, awarded when Felsham centre-back Piotr Zieliński brought down Jack Harrow.
Zieliński was unrepentant. "⟦d:b|I got the ball first. I watched it ten times in the dressing room,⟧" he said. "⟦d:b|The referee had a bad angle.⟧"
Sesay-Moore, who came off the bench in the 70th minute, had been left out of the starting line-up after returning late from international duty. His manager, Kenji Morimoto-Hart, made light of the decision.
"⟦d:c|He was tired. Twenty minutes of a tired Ibrahim is still better than ninety of most players,⟧" Morimoto-Hart said.
Sesay-Moore himself was more measured when he spoke to reporters afterwards.
"⟦d:d|The gaffer makes the decisions. I just try to make them difficult for him.⟧"
Rudd, asked whether his own position was under threat, paused for several seconds. "⟦d:a|You'd have to ask the people upstairs,⟧" he said eventually.

### 040
@a Seo-yeon Park | -
@b Min-jun Lee-Hargreaves | Director
@c Harriet Osgood | critic
@d Theo Vandermeulen | Composer
The musical “⟦s:-|Paper Lanterns⟧” opened at the Alder Street Theatre in Keswold on Wednesday night, with Seo-yeon Park in the lead role of a seamstress who becomes a pilot.
Park, 26, trained in musical theatre in South Korea before moving to Keswold three years ago.
“⟦d:a|On the first night of previews my legs were shaking so badly I had to hold the sewing machine to stay upright,⟧” she said after the show. “⟦d:a|Tonight they only shook a little.⟧”
Director Min-jun Lee-Hargreaves said he had cast her after seeing ninety actresses. “⟦d:b|She sang eight bars and I stopped looking,⟧” he said.
The reviews were mixed. Writing in the Keswold Standard, critic Harriet Osgood called the production “⟦p:c|gorgeous to look at and half an hour too long⟧”, but praised Park’s “⟦p:c|astonishing, crystalline voice⟧”.
“⟦d:c|Cut the second-act dream ballet and this could run for years,⟧” she wrote.
Composer Theo Vandermeulen, asked about the review, smiled. “⟦d:d|The dream ballet stays. I’ll fight for the dream ballet,⟧” he said.

### 041
@a Constantin Arvanitakis | shipping magnate
@b Rachel Obi-Hartley | Sports minister
@c Martin Holloway | Outgoing chairman
@d Brackley Athletic Supporters' Club | the group
A consortium led by shipping magnate Constantin Arvanitakis has completed its £210m takeover of Brackley Athletic, ending 40 years of ownership by the Holloway family.
"⟦d:a|We are not here to make a quick profit. We're here to build something that lasts,⟧" Arvanitakis said at a news conference at the club's Fernhill stadium.
The deal required approval from the league and from the government, which reviewed the consortium's funding under new rules for football club ownership.
Sports minister Rachel Obi-Hartley said the review had been "⟦p:b|thorough and independent⟧". "⟦d:b|Fans deserve to know their club is in safe hands,⟧" the minister said.
Outgoing chairman Martin Holloway, whose father bought the club in 1984, said selling had been "⟦p:c|the hardest decision of my life⟧".
"⟦d:c|But I'm seventy-three. My children don't want it. The club needs investment we can't provide,⟧" he said.
The Brackley Athletic Supporters' Club said it would "⟦p:d|hold the new owners to their promises⟧". "⟦d:d|Warm words are nice. We'll judge them on what they do,⟧" the group said.

### 042
@a Ridgeline Artists | his management company
@b Wade Barlowe-Kincaid | Country singer
Country singer Wade Barlowe-Kincaid has cancelled the remaining 11 dates of his autumn tour on medical advice, his management company, Ridgeline Artists, said on Monday.
``⟦d:a|Wade has been advised to rest his voice completely for at least six weeks. Refunds will be available at the point of purchase,⟧'' Ridgeline Artists said.
The 38-year-old posted a handwritten note to fans later the same day. ``⟦d:b|I hate this more than you do. I'll make it up to you, I promise. Be kind to each other,⟧'' he wrote.

### 043
@a Joanna Pethick | headteacher
@b Liam Sowerby | The team's coach
@c Maisie | Captain
@d Derek Foulkes | Maisie's grandfather
Pupils at Ashgrove Primary School in Lowry Bridge are celebrating after their girls' football team won the national primary schools cup at Calder Park on Wednesday, beating a school four times their size in the final.
"⟦d:a|We've only got 140 children in the whole school, so to beat teams picking from a thousand is just incredible,⟧" said headteacher Mrs Joanna Pethick.
The team's coach, PE teacher Liam Sowerby, said the girls had trained every lunchtime since September. "⟦d:b|Rain, wind, it didn't matter. They'd be outside with a ball before I'd finished my sandwich,⟧" he said.
Captain Maisie, 11, scored both goals in the final. "⟦d:c|I was a bit nervous before but then I forgot about it,⟧" she said. "⟦d:c|My grandad cried.⟧"
Maisie's grandfather, Derek Foulkes, 68, confirmed that he had. "⟦d:d|Like a baby. I'm not ashamed,⟧" he said.

### 044
@a Amélie Fourcade-Nwankwo | Rally driver
@b Bastien Leroux | co-driver
@c Henrik Lundqvist-Moe | the Norwegian
Rally driver Amélie Fourcade-Nwankwo and co-driver Bastien Leroux won the Rallye des Crêtes on Sunday by 4.2 seconds, the smallest margin in the event's 51-year history.
«⟦d:a|C'est la plus belle victoire de ma carrière⟧», Fourcade-Nwankwo said at the finish in Valcourt-sur-Lède. «⟦d:a|It is the most beautiful victory of my career.⟧»
Leroux, who has read pace notes for her for seven seasons, said the final stage had been «⟦p:b|terrifying⟧». «⟦d:b|I stopped reading the times. I just read the notes and prayed,⟧» he said.
Second-placed Henrik Lundqvist-Moe had led going into the final day but lost 11 seconds with a spin on stage 14. «⟦d:c|One mistake. One. That's rallying,⟧» the Norwegian said.

### 045
@a Rafferty Doyle-Achebe | -
@b Mei | His mother
@c Orla Ní Fhaoláin | His longtime friend and producer
Rafferty Doyle-Achebe has spent the morning trying to teach a camera operator how to fold a dumpling. It is not going well.
“⟦d:a|No, no, pinch, then fold. Pinch, then fold. You’re folding, then pinching. It’s anarchy,⟧” he says.
The 44-year-old chef, whose new cookery series, “⟦s:-|Rafferty’s Table⟧”, begins next week, grew up above his parents’ takeaway in Silverdale.
His mother, Mei, still works there three days a week. “⟦d:a|She won’t retire. I’ve tried. I bought her a cruise and she sold the ticket,⟧” Rafferty says.
Mei, reached by phone, was unrepentant. “⟦d:b|Cruises are for old people,⟧” she said. She is 71.
His longtime friend and producer, Orla Ní Fhaoláin, says the show is “⟦p:c|the most Rafferty thing he’s ever made⟧”. “⟦d:c|He shouts, he laughs, he burns things. That’s him,⟧” she says.

### 046
@a Haruka Nishimura-Lowe | the 20-year-old
@b Kenta Ishida | Her coach
@c Brianna Castell-Moore | The previous record holder
Haruka Nishimura-Lowe broke the 200m butterfly world record at the Coral Bay International on Saturday, touching in 2:01.08 to take 0.21 seconds off the mark set in 2019.
"⟦d:a|I saw the board and I thought it was wrong,⟧" the 20-year-old said through an interpreter. "⟦d:a|I asked my coach, 'Is that real?' He said yes. I still don't believe him.⟧"
Her coach, Kenta Ishida, said the record had been "⟦p:b|coming for a year⟧".
"⟦d:b|In training she has been close many times. Today the water was good, the crowd was good, and she was brave in the last fifty,⟧" he said.
The previous record holder, Brianna Castell-Moore, who finished fourth, was among the first to congratulate her. "⟦d:c|Records are meant to be broken. I'm just glad it was by someone who works as hard as she does,⟧" she said.

### 047
@a Tamsin Adeyemi | goal shooter
@b Bernadette Quayle | Falcons head coach
@c Grace Mbeki-Holloway | Herons captain
@d Lorraine Appiah | Her coach
Fenwick Falcons beat Harbourne Herons 58-55 in a pulsating Netball Super Cup final at the Quayside Arena on Sunday, with goal shooter Tamsin Adeyemi scoring 41 goals from 43 attempts.
“⟦d:a|I didn’t count. I never count,⟧” Adeyemi said. “⟦d:a|I just try to make sure the next one goes in.⟧”
Falcons head coach Bernadette Quayle said her team had shown “⟦p:b|real nerve⟧” after trailing by six at the end of the third quarter.
“⟦d:b|At the break I told them, ‘Stop watching the scoreboard and start watching the ball.’ They did,⟧” she said.
Herons captain Grace Mbeki-Holloway was in tears on court after the final whistle.
“⟦d:c|We had a six-goal lead and we gave it back. That’s the bit that hurts,⟧” she said later. “⟦d:c|I’m proud of the girls. I’m just not proud of that quarter.⟧”
Her coach, Lorraine Appiah, agreed. “⟦d:d|We lost our heads. We’ll learn. We have to learn,⟧” she said.
Adeyemi, 24, was later named player of the match. Asked how she would celebrate, she shrugged. “⟦d:a|Sleep. Maybe a pizza. Then sleep again.⟧”

### 048
@a Marco Dela Cruz-Villanueva | Kestrelwing's captain
@b Johan Ekström | Obsidian Tide's coach
@c Aetherion Games | The organisers
Team Kestrelwing won the Aetherion World Championship in Dunlow on Sunday, beating the defending champions, Obsidian Tide, 3-1 in front of 18,000 fans and an online audience that organisers said peaked at 4.6 million.
Kestrelwing's captain, a 22-year-old Filipino player known as "⟦s:-|Kaiju⟧", whose real name is Marco Dela Cruz-Villanueva, was named the tournament's most valuable player.
"⟦d:a|Two years ago we were playing in an internet cafe. Now look at us,⟧" Dela Cruz-Villanueva said on stage, holding the trophy above his head.
Obsidian Tide's coach, Johan Ekström, said his team had been "⟦p:b|outplayed in every phase⟧". "⟦d:b|No excuses. They were better. We go home and we work,⟧" he added.
The organisers, Aetherion Games, said the final had been the "⟦p:c|most watched match in the game's history⟧".

### 049
@a Hamish Ogilvie-Brandt | -
@b Archie Baird | His first manager
@c Stuart MacInnes | Current manager
@d Fiona | His wife
When Hamish Ogilvie-Brandt made his debut for Corran Thistle in 1999, he was 17, weighed 68kg and, by his own account, "⟦p:a|couldn't catch a cold⟧".
On Saturday, at 43, the goalkeeper will make his 700th league appearance for the club, a record unlikely ever to be broken in the Highland League.
"⟦d:a|I remember the first game like it was yesterday. We lost 4-0 and I got a standing ovation, because it could have been ten,⟧" he recalled.
His first manager, Archie Baird, now 81, still attends every home game. "⟦d:b|He was a skinny wee thing with big hands. I thought, 'Either he'll be a goalkeeper or a pianist,'⟧" Baird said.
Current manager Stuart MacInnes insisted that Ogilvie-Brandt was still his first choice on merit. "⟦d:c|This isn't a testimonial. He plays because he's the best keeper at the club,⟧" he said. "⟦d:c|When that stops being true, he'll be the first to tell me.⟧"
Ogilvie-Brandt laughed when that was put to him. "⟦d:a|He's right. I'll tell him. Probably,⟧" he said.
His wife, Fiona, has other plans. "⟦d:d|I've been promised a Saturday off since 2008,⟧" she said.

### 050
@a Joaquín Sarmiento Ibáñez | director
@b Ingrid Solberg-Mahler | The jury president
@c Olamide Fashola-Grant | -
The drama «⟦s:-|El último verano de Tomasa⟧» won the Silver Heron, the top prize at the Lac-Ormont Film Festival, on Saturday, giving director Joaquín Sarmiento Ibáñez his first major international award.
«⟦d:a|No tengo palabras⟧», Sarmiento said as he accepted the prize. «⟦d:a|I have no words.⟧» He then spoke for six minutes.
The jury president, the actor Ingrid Solberg-Mahler, said the decision had been «⟦p:b|a long night, with a lot of wine and some shouting⟧».
«⟦d:b|In the end, it was the film that none of us could stop talking about,⟧» she told reporters.
The film's star, Tomasa Quispe, a 79-year-old non-professional actor, did not attend the ceremony. According to Sarmiento, she «⟦p:a|does not like aeroplanes or fuss⟧».
The best actor prize went to Olamide Fashola-Grant for «⟦s:-|Dry Season⟧». «⟦d:c|I'm going to call my mother and then I'm going to sleep for a week,⟧» he said.

### 051
@a Tyrese Ballantine | his former collaborator
@b Jaylen Okoro | rapper
@c Redline Records | Their former label
@u - | An industry executive who has worked with both men
The feud between rapper Jaylen Okoro and his former collaborator Tyrese Ballantine escalated on Tuesday when Okoro released a diss track, "⟦s:-|Paper Crown⟧", aimed squarely at Ballantine.
Ballantine responded within hours on social media. "⟦d:a|Took him two years to write three minutes. Congratulations, bro,⟧" he posted.
Okoro, 27, told the Grindhouse podcast that the track was "⟦p:b|not personal, just honest⟧". "⟦d:b|He knows what he did. Everybody in the industry knows. I'm just the one saying it out loud,⟧" he said.
Their former label, Redline Records, which released their joint album in 2020, said it would not comment on "⟦p:c|a private matter between two artists⟧".
An industry executive who has worked with both men said the feud was "⟦p:u|good for streams and bad for everything else⟧".

### 052
@a Barnabas Kiptanui | -
@b Dawit Hailemariam | -
@c Tsehay Bekele-Arnott | -
@d Niamh Gallagher-Ruiz | -
@e Pádraig Ó Dálaigh | Race director
Barnabas Kiptanui won the Ferrisport City Marathon in 2:06:41 on Sunday, a course record, pulling away from Ethiopia's Dawit Hailemariam over the final three kilometres.
"⟦d:a|At thirty-five kilometres I looked at him and he looked at me, and I knew he was tired,⟧" Kiptanui said. "⟦d:a|So I went.⟧"
Hailemariam, who was second in 2:07:09, said he had suffered cramp. "⟦d:b|My calf was like stone. I could not answer,⟧" he said through an interpreter.
The women's race was won by Tsehay Bekele-Arnott in 2:22:17. She described conditions as "⟦p:c|perfect until the rain came, and then still quite good⟧".
In the wheelchair race, Niamh Gallagher-Ruiz won her fifth consecutive title. "⟦d:d|Five in a row sounds good. Six sounds better,⟧" she said.
Race director Pádraig Ó Dálaigh said a record 31,000 runners had finished. "⟦d:e|The city came out today. Every mile had a crowd,⟧" he said.

### 053
@a Greymoor Festival | the festival
@u Gethin Rowlands | one fan
@b Sable Quinn | headliner
@c Greymoor District Council | -
Organisers of the Greymoor Festival have apologised after headliner Sable Quinn pulled out of Saturday’s closing set less than an hour before she was due on stage, citing illness.
“⟦d:a|We are as disappointed as everyone here. Sable is unwell and we wish her a speedy recovery,⟧” the festival said in a statement read out from the main stage.
Some fans booed the announcement. “⟦d:u|I paid two hundred quid to see her and found out from a man with a microphone,⟧” said one fan, Gethin Rowlands, 34, from Abercarn Vale.
Quinn later posted an apology. “⟦d:b|I’m so sorry, Greymoor. I tried. My body said no. I’ll come back and play for free, I promise,⟧” she wrote.
Greymoor District Council, which licenses the event, said it had received “⟦p:c|a small number of complaints⟧” about crowd management as fans left the site.

### 054
@a Rhona Dalgety | Chief Inspector
@b Alun Pritchard-Vaughan | Castleton Rovers' head of safety
@c Ellerby City | the club
Police will deploy more than 400 officers for Sunday's derby between Castleton Rovers and Ellerby City, the first meeting of the clubs at Castleton's Wharf Road ground since serious disorder in 2021.
Chief Inspector Rhona Dalgety, who is leading the operation, warned that officers would take "⟦p:a|a zero-tolerance approach⟧" to violence and pyrotechnics.
"⟦d:a|The overwhelming majority of supporters want to enjoy the game. We'll be there to make sure the small minority can't spoil it for them,⟧" she said.
Castleton Rovers' head of safety, Alun Pritchard-Vaughan, said away fans would be escorted from the railway station. "⟦d:b|We've learned a lot from 2021. Some of what happened that day should never have happened,⟧" he said.
Ellerby City said it had sold its full allocation of 2,800 tickets. "⟦d:c|We urge our supporters to travel safely and to represent the club with pride,⟧" the club said.

### 055
@a Sigrún Þórsdóttir | the 36-year-old Icelandic actor
@b Ravenholt Courier | -
@c Evening Ledger | -
@d Einar Guðmundsson | her partner
Sigrún Þórsdóttir has played a detective, a volcano scientist and a ghost. In her new film, ``⟦s:-|Black Sand⟧'', she plays all three.
``⟦d:a|Not at the same time. Well, sometimes at the same time,⟧'' the 36-year-old Icelandic actor says, laughing, in a hotel bar in Ravenholt.
The film, directed by her partner, Einar Guðmundsson, has divided critics. The Ravenholt Courier called it ``⟦p:b|a masterpiece⟧''; the Evening Ledger described it as ``⟦p:c|a very long weather report⟧''.
Þórsdóttir says she reads neither. ``⟦d:a|Einar reads them and tells me only the nice ones. He's a good liar,⟧'' she says.
Guðmundsson, reached by email, disputed this. ``⟦d:d|I tell her all of them. She just doesn't listen,⟧'' he wrote.

### 056
@a Merriton Albion | -
@b Kwame | Asante-Fell’s father
@c Dale Fitzwilliam | Albion coach
@u - | A person close to Castlebrook
Merriton Albion have rejected a second bid from Castlebrook for their 18-year-old winger Noah Asante-Fell, the club confirmed on Friday.
“⟦d:a|The player is not for sale. We have been very clear about that,⟧” Merriton Albion said.
Asante-Fell’s father, Kwame, who acts as his son’s representative, said the family were “⟦p:b|relaxed⟧”. “⟦d:b|Noah is happy. He plays every week. There is no rush,⟧” he told the Merriton Echo.
Albion coach Dale Fitzwilliam was asked about the bid at his press conference.
“⟦d:c:m|I don’t get involved in that side of it. My job is to coach him, and he’s a pleasure to coach.⟧
“⟦d:c:m|Every top club in the country will be looking at him. That’s normal. He’s got something you can’t teach.⟧
“⟦d:c|But he’s also eighteen. He needs to play, and he plays here.⟧”
A person close to Castlebrook said the club was “⟦p:u|prepared to walk away⟧” if a third offer was also rejected.

### 057
@a Gwenllian ap Rhys | singer
@b Iolo Prydderch | The band's fiddle player
@c Miranda Eastcote | The chair of the judges
@d Deji Adebanjo | the rapper
Welsh-language folk trio Afon Ddu won the Harrow Prize for album of the year on Thursday, the first time a record not sung in English has taken the award.
"⟦d:a|Diolch o galon,⟧" singer Gwenllian ap Rhys told the audience at the Cavendish Rooms in Lanchester. "⟦d:a|Thank you from the heart.⟧"
The band's fiddle player, Iolo Prydderch, said they had nearly not entered. "⟦d:b|We thought the judges wouldn't listen past the first track. Shows what we know,⟧" he said.
The chair of the judges, broadcaster Miranda Eastcote, said the decision had been "⟦p:c|unanimous⟧". "⟦d:c|Music doesn't need translating. You hear it and you feel it,⟧" she said.
Other nominees included the rapper Deji Adebanjo and the electronic duo Sparrowhawk. Adebanjo, who had been favourite with the bookmakers, posted his congratulations: "⟦d:d|Deserved. Didn't understand a word, loved every second.⟧"

### 058
@a Ingrid Halvorsen-Pike | Team Aurora captain
@b Caitríona Breathnach | Her opposite number
@c Aoife Lenihan | rookie
Team Aurora captain Ingrid Halvorsen-Pike insisted on Wednesday that her side would not be intimidated by a partisan home crowd at the Solheimsvik Cup, which starts on Friday at Glenmorran.
“⟦d:a|We’ve all played in front of loud crowds. Loud is fine. Loud is fun,⟧” Halvorsen-Pike said. “⟦d:a|We’ll bring our own noise.⟧”
Her opposite number, Caitríona Breathnach, who is captaining the home side for a second time, was asked whether she would tell her fans to tone it down.
She put it simply: “⟦d:b|I’d never tell an Irish crowd to be quiet. I’m not an eejit.⟧”
Breathnach confirmed that her vice-captain, Shauna Delahunty, would partner rookie Aoife Lenihan in the opening foursomes. Lenihan, 21, said she had been “⟦p:c|told about a week ago, and I’ve not slept since⟧”.
“⟦d:c|It’s a dream. I used to watch this with my granny,⟧” she said.
Halvorsen-Pike, asked about the pairing, smiled. “⟦d:a|Rookies are dangerous. They don’t know what they’re supposed to be scared of,⟧” she said.

### 059
@a Denise Farrow-Quayle | Former Marland goalkeeper
@b A.J. Pemberton | -
@c Marland Football Association | -
@d Ravi Subramanian-Cole | its chief executive
Former Marland goalkeeper Denise Farrow-Quayle OBE has been appointed the first female chair of the Marland Football Association, the governing body announced on Tuesday.
Farrow-Quayle, 54, won 98 caps and later ran the association's grassroots programme for a decade.
"⟦d:a|I'm very aware of the responsibility. There are girls playing today who didn't have a pathway five years ago, and I want that to be normal, not news,⟧" she said.
She succeeds A.J. Pemberton, who stepped down in March after eight years in the role. Pemberton said in a statement that the association was "⟦p:b|in the best possible hands⟧".
"⟦d:b|Denise has forgotten more about this game than most of us will ever know,⟧" he added.
The Marland Football Association said the appointment followed an "⟦p:c|open and rigorous⟧" process.
The Professional Footballers' Guild welcomed the news. "⟦d:d|This is a landmark day for the women's game and for the whole sport,⟧" its chief executive, Ravi Subramanian-Cole, said.

### 060
@a Barnaby Whitlock | -
@b Suresh Kaneshiro-Platt | the quieter of the two
@c Hester Coyle | Whitlock's wife
Barnaby Whitlock and Suresh Kaneshiro-Platt have been performing together as the comedy double act Loose Change for 25 years, and they still cannot agree on how they met.
"⟦d:a|It was a student bar in Amberley. He was doing a terrible magic act,⟧" Whitlock said.
"⟦d:b|It was a bus stop, and the magic act was excellent,⟧" Kaneshiro-Platt said.
"⟦d:a|It was a bus stop outside a student bar,⟧" Whitlock conceded. "⟦d:a|And the magic act was terrible.⟧"
Their anniversary tour, "⟦s:-|Still Loose⟧", begins in Ferncastle on 2 October. Kaneshiro-Platt, the quieter of the two, said they had considered splitting up twice.
"⟦d:b|Once in 2006, once last Tuesday,⟧" he said. "⟦d:b|Both times over biscuits.⟧"
Whitlock's wife, the writer Hester Coyle, who has known both men since university, said the act worked because "⟦p:c|they are each other's only reliable audience⟧".
"⟦d:a|She's not wrong,⟧" Whitlock said. "⟦d:a|Hester's usually not wrong. It's very annoying.⟧"

### 061
@a Kit Amadi-Rowe | Electronic producer
@b Bronwen Ellis-Kaur | Their manager
@c Mateo Galindo-Shaw | Festival founder
Electronic producer Kit Amadi-Rowe, who uses they/them pronouns, played a three-hour closing set at the Quarry Lights festival on Sunday that ended with the sun coming up over the main stage.
“⟦d:a|I wanted to finish at sunrise. I timed it off an app, and the app was right, which never happens,⟧” they said afterwards.
As the final track faded, someone near the front shouted “⟦d:-|One more!⟧”, and Amadi-Rowe obliged.
Their manager, Bronwen Ellis-Kaur, said the set had been planned “⟦p:b|to the minute, and then thrown out⟧”.
“⟦d:b|They had a running order written on their arm. By the second hour they’d sweated it off,⟧” she said.
Festival founder Mateo Galindo-Shaw said Quarry Lights would return next year “⟦p:c|bigger, but not too much bigger⟧”. “⟦d:c|We never want to lose the feeling that you might bump into the DJ at the food truck,⟧” he said.
Amadi-Rowe said they would take a month off. “⟦d:a|Then I’ll start again. I always start again,⟧” they added.

### 062
@a Connor O'Dowd-Baptiste | a former postman who took over in the summer
@b Yaw Owusu-Mensah | a 23-year-old plasterer who plays part-time
@c Terry Gallacher | Millbrook's manager
Penrose Harriers reached the County Cup final for the first time in 31 years with a 2-1 win over Millbrook at a rain-soaked Stanway Road on Tuesday night.
Harriers manager Connor O'Dowd-Baptiste, a former postman who took over in the summer, was close to tears afterwards.
"⟦d:a|I was delivering letters to half of these lads' houses two years ago,⟧" he said. "⟦d:a|Now look at them.⟧"
Both Harriers goals came from Yaw Owusu-Mensah, a 23-year-old plasterer who plays part-time.
"⟦d:b|I've got a job on at seven tomorrow morning. I'll be there. Might be a bit late,⟧" Owusu-Mensah said.
Millbrook's manager, Terry Gallacher, was sent to the stands in the second half. According to the fourth official's report, he told the referee he was "⟦p:c|having a shocker⟧".
Gallacher did not dispute that. "⟦d:c|I said it and I meant it. I'll take whatever's coming,⟧" he said.
"⟦d:-|Will you appeal?⟧" he was asked.
"⟦d:c|What's the point?⟧"
The final will be played at Ashworth Park on 17 May against either Kelling Town or Dray Valley.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh24.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh24",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
