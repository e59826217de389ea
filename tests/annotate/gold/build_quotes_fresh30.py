# ruff: noqa: E501
"""Build ``quotes_fresh30.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is sport, culture,
local news and human-interest features: match reports and press conferences,
reviews with interviews, community events, profiles, obituaries and long features
in which people are called by their first names.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh30-NNN``.

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

* An organisation's name is written without a leading article (``Riverside Players``
  for "The Riverside Players said"); a definite description at its cue (``the club
  said``, ``the charity said``) is its description when it has no appositive.
* ``Cllr`` is treated as a title and stripped from the name; councillors here carry an
  appositive, which is then the description.
* A narrative definite description that is not at a quote's cue (``The 24-year-old
  principal, who joined …`` as a sentence subject) is not taken as the description.
* When a relational or role phrase stands before the name *and* an appositive follows
  it, the appositive is the description.
* An unnamed source's description is its noun phrase with any restrictive modifier
  (``a retired postman who has bought …``, ``a passer-by walking her dog``); a
  comma-set (non-restrictive) relative clause or participle after it is left out
  (``One supporter, who had travelled …`` gives ``One supporter``).
* A partial quote whose source is only a document or an unidentified group (``according
  to the minutes``) has a null speaker and description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh30.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh30.jsonl")

PASSAGES = """
### 001
@a Dervla Quinlan | the Rovers manager
@b Tomasz Wierzbicki | the Polish forward
@c Graham Fensome | Kelmscott's manager
@d Kieran Ashby | the 19-year-old
Harbourside Rovers came from behind to beat Kelmscott Athletic 2-1 at Quayside Park on Saturday, with two goals in the final quarter of an hour keeping alive their hopes of promotion from the Southern Combination.
Kelmscott led through a first-half header from Luke Pardoe, and for long spells Rovers looked short of ideas. Then Tomasz Wierzbicki, on as a substitute after 60 minutes, turned in Kieran Ashby's low cross at the near post, and six minutes later Ashby himself curled a free kick over the wall.
"⟦d:a|We were poor for an hour, there's no point pretending otherwise,⟧" said Dervla Quinlan, the Rovers manager. "⟦d:a|But the lads kept going, and the bench won us the game.⟧"
Wierzbicki, who has spent most of the season recovering from a knee operation, said he had been waiting for the moment. "⟦d:b|Eight months I sat in the stand. Today I only needed one touch,⟧" the Polish forward said.
Ashby was more modest about his free kick. "⟦d:d|I just tried to hit the target,⟧" said the 19-year-old. "⟦d:d|The keeper was moving the wrong way, to be honest.⟧"
Graham Fensome, Kelmscott's manager, felt his side had been undone by a soft decision. "⟦d:c|I've watched it back twice and I still don't see the foul,⟧" he said. "⟦d:c|We defended for our lives and it's gone in off a decision like that. It hurts.⟧"
Quinlan disagreed. "⟦d:a|Clear foul. He's come through the back of Kieran,⟧" she said.
Rovers travel to Millbrook on Tuesday.

### 002
@a Noor Haddad | director
@b Philippa Marr-Stevens | -
@c Oona Blake | the 23-year-old
There are moments in “⟦s:-|The Salt Orchard⟧”, the new production at the Lyceum Rooms in Carrow, when the audience seems to stop breathing. Most of them belong to Philippa Marr-Stevens, who plays a grandmother slowly forgetting the orchard she has tended for fifty years.
The play, by the first-time writer Ilse Brandvold, runs just under two hours without an interval, a decision director Noor Haddad defends.
“⟦d:a|An interval would give people permission to leave the orchard. I didn’t want them to leave,⟧” she said after Thursday’s opening night.
Marr-Stevens, 71, returned to the stage after a decade away to take the part. “⟦d:b|I told Noor I was too old to learn lines. She said that was exactly why she wanted me,⟧” she recalled, laughing.
Oona Blake, 23, plays the granddaughter who comes home to sell the land. The 23-year-old, in her first professional role, said working opposite Marr-Stevens had been “⟦p:c|a masterclass every night⟧”.
“⟦d:c|Philippa does something different each show, and you have to be ready to catch it,⟧” she said.
Not everything works. The second act leans heavily on a subplot involving a land agent, played with a little too much relish by Gareth Onions, and Brandvold’s dialogue occasionally tips into speechifying. But the final scene, in which the grandmother names each tree aloud, is as moving as anything on a Carrow stage this year.
“⟦d:a|People keep asking me if it’s about dementia. It’s about what we owe to the places that made us,⟧” Haddad said.
“⟦s:-|The Salt Orchard⟧” runs until 14 June.

### 003
@a Margaret Tolley | chair of the Ashwell Scarecrow Festival committee
@b Ruth Ogunbiyi | a retired midwife
@c Ashwell Parish Council | the council
@u - | one visitor from Leighton
More than 4,000 people descended on Ashwell over the bank holiday weekend for the village's 25th scarecrow festival, the largest turnout in its history.
Ninety-two scarecrows lined the lanes this year, from a life-size Elvis outside the post office to a pair of knitted astronauts dangling from the church tower. A handwritten sign beside the duck pond read "⟦s:-|Please do not feed the scarecrows⟧".
"⟦d:a|When we started, there were eleven of us and a lot of old clothes,⟧" said Margaret Tolley, chair of the Ashwell Scarecrow Festival committee. "⟦d:a|Now we have to hire car parks.⟧"
This year's winner was Ruth Ogunbiyi, a retired midwife, whose entry, "⟦s:-|Night Shift⟧", showed a scarecrow nurse asleep on a hay bale with a cup of tea balanced on her chest.
"⟦d:b|Forty years of nights, and that's exactly how I remember it,⟧" she said. "⟦d:b|My old colleagues came down yesterday and they couldn't stop laughing.⟧"
The festival raised just over £18,000 for the village hall roof. Not everyone was delighted by the crowds, however. One visitor from Leighton said it had taken her "⟦p:u|an hour to get out of the lane⟧" on Sunday afternoon.
Ashwell Parish Council said it would review parking arrangements before next year. "⟦d:c|We are thrilled by the festival's success and want to make sure residents can still get to their own front doors,⟧" the council said.
Tolley was unrepentant. "⟦d:a|A traffic jam in Ashwell. Who'd have thought it?⟧" she said.

### 004
@a Cyril Penhaligon | the boatbuilder whose pilot gigs are still raced on both sides of the Tamar
@b Jory | his son
@c Alan Treloar | -
@d Mevagissey Gig Club | the club
Cyril Penhaligon, the boatbuilder whose pilot gigs are still raced on both sides of the Tamar, has died at the age of 94.
He built his first boat at 15 in his father’s shed at Porthcarne and his last, the “⟦s:-|Morwenna⟧”, at 88, working with a hand plane to the end. “⟦d:a|Machines don’t listen to the wood,⟧” he told this newspaper in 2016.
Born in 1931, the youngest of seven, he left school at 14 and was apprenticed to the yard of Tom Rowse, whom he later described as “⟦p:a|a hard man with soft hands⟧”.
During the 1970s, when the revival of gig racing created demand for new boats, Penhaligon’s yard turned out more than 40 hulls, many of them now in museums or still in club colours.
His son Jory, who took over the yard in 2003, said his father had worked until a fortnight before his death. “⟦d:b|He’d come down every morning, run his hand along whatever we were building, and tell me what I’d got wrong. He was usually right,⟧” he said.
Alan Treloar, who rowed in Penhaligon boats for three decades, called him “⟦p:c|the last of the old school⟧”. “⟦d:c|You could put your hand on the hull of one of Cyril’s boats in the dark and know it was his,⟧” he said.
The Mevagissey Gig Club said its crews would row in his memory at the county championships next month. “⟦d:d|Every gig club in Cornwall owes him something,⟧” the club said in a tribute posted online.
Penhaligon’s wife, Elowen, died in 2011. He is survived by Jory, two daughters, Tamsin and Kerensa, and nine grandchildren.
Asked once what he would like on his gravestone, he did not hesitate. “⟦d:a|He kept them dry,⟧” he said.

### 005
@a Hemi Tuhiwai | Northern Kāhu head coach
@b Sione Falaniko | the Kāhu captain
@r - | one reporter
Northern Kāhu head coach Hemi Tuhiwai refused to blame the referee after his side's 24-22 defeat by the Coastal Sharks on Friday night, though he made it clear he had questions about the decisive penalty.
``⟦d:a|I'm not going to stand here and cry about one call,⟧'' Tuhiwai said. ``⟦d:a|We had chances to win that game well before the 79th minute.⟧''
One reporter asked: ``⟦d:r|Was it a penalty, Hemi?⟧''
``⟦d:a|Ask me on Monday,⟧'' Tuhiwai replied, to laughter. ``⟦d:a|Of course we'll send it in to the referees' panel. That's the process.⟧''
Sione Falaniko, the Kāhu captain, played the full 80 minutes despite heavy strapping on his left shoulder. He said the dressing room was ``⟦p:b|gutted but not broken⟧''.
``⟦d:b|We've been here before this season. We bounced back from Wellesley, and we'll bounce back from this,⟧'' the captain said.
Falaniko also praised the Sharks' young fly-half, Ben Ratana, who kicked 14 points. ``⟦d:b|He's got ice in his veins, that kid,⟧'' he said.
Tuhiwai confirmed that lock Manaia Reti would miss next week's match against Southland with a hamstring injury. ``⟦d:a|He'll be two to three weeks. We'll manage it,⟧'' he said.

### 006
@a Graziella Ferrucci | the baker
@b Chiara | their daughter
@c Lorenzo | her husband
@u - | a retired postman who has bought the same sourdough every week since 1995
At 4.15 every morning, the lights come on at Panificio Ferrucci on Dock Street, and Graziella Ferrucci starts the first of the day's 300 loaves. She has done this, six days a week, for 31 years.
«⟦d:a|La pasta madre non dorme mai,⟧» she says, lifting the cloth from a bowl of starter that came with her from Lucca in 1993. «⟦d:a|The mother dough never sleeps. So neither do I.⟧»
Graziella arrived in Port Ellery with her husband, Lorenzo, and a suitcase of flour, because she did not trust English flour. Some habits have softened since. «⟦d:c|She trusts it now. Mostly,⟧» Lorenzo says from the back, where he is washing trays.
Their daughter Chiara, 29, gave up a job in accountancy two years ago to join the business. She handles the orders, the website and, increasingly, the croissants, which her mother regards with suspicion.
«⟦d:b|Mamma thinks a croissant is a French plot,⟧» Chiara says. «⟦d:b|But they sell out by nine.⟧»
Regulars queue out of the door on Saturdays. One, a retired postman who has bought the same sourdough every week since 1995, said he had tried switching to a supermarket loaf once. «⟦d:u|Lasted four days,⟧» he said.
Asked whether she ever thinks of retiring, the baker shrugs. «⟦d:a|Retire to do what? Sit and eat bread someone else made?⟧»
Chiara says the shop will stay as it is. «⟦d:b|People come here for her. Not for me, not for the croissants. For her,⟧» she says.

### 007
@a Rashid Mahmood | the 34-year-old
@b Owen Pritchard-Jones | Severnside's director of cricket
@c Severnside County Cricket Club | the club
Rashid Mahmood's unbeaten 141 put Severnside in control on the second day against Northmoor at Pencoed Road before rain ended play at tea.
Mahmood, 34, came to the crease with his side 38 for three and batted for five and a half hours, sharing a stand of 187 with the wicketkeeper, Dan Hollis.
"⟦d:a|The pitch was doing a bit early, so it was about leaving well and waiting,⟧" the 34-year-old said. "⟦d:a|Dan was brilliant. He took the pressure off me.⟧"
It is Mahmood's first hundred since he returned from a back injury that kept him out for the whole of last season, and his 19th in first-class cricket.
"⟦d:a:m|There were days last summer when I wondered if I'd play again. I did a lot of rehab in an empty gym, watching the lads on a laptop.⟧
"⟦d:a|So, yeah, this one means a bit more.⟧"
Owen Pritchard-Jones, Severnside's director of cricket, said the club had never doubted him. "⟦d:b|Rashid is the heartbeat of that dressing room. We were always going to wait for him,⟧" he said.
Northmoor's bowlers toiled on a slow surface. Their captain, Elliot Barnsley, was not available for comment.
Severnside County Cricket Club said spectators holding tickets for the washed-out final session would be offered a partial refund. "⟦d:c|We appreciate the patience of our members in difficult conditions,⟧" the club said.

### 008
@a Femke van der Heijden | the saxophonist
@b Joost de Wit | the band’s pianist and co-writer
@c Abebe Tessema | Drummer
Femke van der Heijden does not so much play the saxophone as argue with it. On Wednesday at the Half Moon in Stalbridge, the Rotterdam-born bandleader spent 90 minutes coaxing, scolding and finally making peace with her tenor, and a packed room hung on every phrase.
The quartet’s new album, “⟦s:-|Polder Blues⟧”, is a suite of pieces written during a winter on the Dutch coast, and it formed the spine of the set.
“⟦d:a|I wanted to write about flatness. Everybody writes about mountains,⟧” van der Heijden said before the show. “⟦d:a|In Holland, the sky does all the work.⟧”
Joost de Wit, the band’s pianist and co-writer, said the album was written largely in a rented fisherman’s cottage with a piano that would not stay in tune. “⟦d:b|By February, we had stopped fighting it. Half of the record is in a key that doesn’t exist,⟧” he said.
Drummer Abebe Tessema, who joined last year from a big band in Addis Ababa, provided the most thrilling moment of the night, a five-minute solo on “⟦s:-|Scheveningen⟧” played mostly with his hands.
“⟦d:c|Femke told me to play the wind. So I played the wind,⟧” Tessema said afterwards.
Not every piece landed: the ballad “⟦s:-|Dijk⟧” outstayed its welcome. But when the band returned for an encore, van der Heijden dedicated it to her late father, a trawlerman. “⟦d:a|He never came to a single gig. He said jazz was noise with a degree,⟧” the saxophonist told the audience, to laughter.

### 009
@a Barry Hendon | the planning committee chairman
@b Dominic Asante | the teenager
@c Pauline Gadd | -
@d Jonah Whitlock | a youth worker at the Eastgate Hub
@e Tamsworth Borough Council | -
Plans for a £340,000 skatepark on Eastgate Recreation Ground were approved on Tuesday night after a two-hour debate in which councillors heard from skaters, neighbours and a youth worker.
The park, designed with input from local teenagers, will replace a disused bowling green. Tamsworth Borough Council's planning committee voted seven to three in favour.
Dominic Asante, 17, who has skated in the town centre car park since he was 12 because there was nowhere else, told the meeting that young people had been "⟦p:b|moved on from everywhere⟧". "⟦d:b|We're not asking for much. Just somewhere we're allowed to be,⟧" the teenager said.
Pauline Gadd, who lives opposite the recreation ground, said she was worried about noise late at night. "⟦d:c|I've nothing against young people. I was one. But the wheels on concrete, it carries,⟧" she said. "⟦d:c|Who do I ring at eleven o'clock at night?⟧"
Jonah Whitlock, a youth worker at the Eastgate Hub, said the scheme would reduce antisocial behaviour rather than cause it. "⟦d:d|Bored kids with nowhere to go, that's the problem. Give them a project and they'll look after it,⟧" he said.
Cllr Barry Hendon, the planning committee chairman, said conditions would restrict use to between 8am and 9pm. "⟦d:a|I think we've found a balance. It won't please everybody,⟧" he said. Cllr Hendon added: "⟦d:a|If there are problems, I want residents to come to us, and we will act.⟧"
In a statement after the vote, Tamsworth Borough Council said construction could begin in the autumn. "⟦d:e|This is a project young people in Eastgate have designed and campaigned for, and they should be proud,⟧" it said.
Asante, for his part, was already planning the opening. "⟦d:b|First one down the bowl. I've called it,⟧" he said.

### 010
@a Margaux Lefèvre-Dubois | the 21-year-old
@b Hana Kobayashi | the top seed
@c Sylvie Aubert | her coach
Margaux Lefèvre-Dubois won her first tour title on Sunday, beating the top seed, Hana Kobayashi, 6-4 3-6 7-5 in a final that lasted almost three hours at the Westbury Open.
Lefèvre-Dubois, 21, who came through qualifying, saved two match points at 4-5 in the deciding set before breaking serve with a backhand down the line.
“⟦d:a|At 4-5, I told myself just to put the ball in the court and let her make the mistake,⟧” the 21-year-old said. “⟦d:a|She didn’t. So I had to hit it.⟧”
Kobayashi, who had not dropped a set all week, was gracious in defeat. “⟦d:b|She played the big points better than me. That’s tennis,⟧” she said. “⟦d:b|I’ll look at the match points tonight, maybe. Then I’ll forget them.⟧”
Speaking to a television crew from her home region, Lefèvre-Dubois dedicated the title to her grandmother, who taught her to play in Annecy. “⟦d:a|C’est pour toi, Mamie,⟧” she said. (“⟦d:a|This one is for you, Granny.⟧”)
Her coach, Sylvie Aubert, said the win had been coming. “⟦d:c|For six months she has trained like a top-20 player. Now she is ranked like one,⟧” Aubert said.
Lefèvre-Dubois rises to 23rd in the world rankings. Kobayashi remains fourth.

### 011
@a Doreen Ashworth | -
@b Priya Raman | -
@c Ken | her husband of 60 years
The water at Fleetmoor Lido is 14 degrees on the morning I visit, and Doreen Ashworth is already in it.
"⟦d:a|You don't get used to it. You just stop complaining,⟧" she says, pushing her goggles up on to her cap. She is 83, and has taught children to swim here every summer since 1962.
By her own count, that is somewhere above 11,000 children. Doreen keeps their names in a row of exercise books in her kitchen, one per season.
"⟦d:a:m|I started because the lifeguard broke his leg and they needed somebody who could swim and shout. I could do both.⟧
"⟦d:a:m|Back then we had children who'd never seen this much water. Kids from the terraces, and their mums had never learned either.⟧
"⟦d:a|The first thing you teach isn't the stroke. It's that the water will hold you up if you let it.⟧"
Among the names in the 1989 book is Priya Raman, who went on to swim for Britain at two Olympics. She remembers Doreen as "⟦p:b|terrifying, in the best way⟧".
"⟦d:b|She'd stand on the side in that yellow mac and you just didn't dare stop,⟧" Priya says. "⟦d:b|Every coach I had after that was easier.⟧"
Ken, her husband of 60 years, brings a flask down to the lido every morning at eight. He has never learned to swim.
"⟦d:c|She's tried. I've told her some of us are built for the land,⟧" he says.
Doreen rolls her eyes. "⟦d:a|Sixty years I've been trying. He's my one failure.⟧"
The council, which took over the lido from a trust in 2018, has said it cannot guarantee the pool will open next summer because of repair costs. Doreen has written to every councillor. "⟦d:a|I told them: 'You close this pool, you'll have to drag me out of it.' I meant it,⟧" she says.

### 012
@a Callum Dwyer | the champion
@b Ezekiel Mensah | the challenger
@c Lorraine Fitch | the promoter
The press conference to promote Callum Dwyer's defence of his British super-middleweight title against Ezekiel Mensah lasted 40 minutes, and for roughly 38 of them the two men managed to stay in their seats.
Dwyer, 31, has held the belt for two years and made three defences. ``⟦d:a|I've heard all the talk. Talk doesn't land,⟧'' the champion said. ``⟦d:a|On the night he'll find out what it's like in there with a real fighter.⟧''
Mensah, 26 and unbeaten in 17 fights, smiled through most of it. ``⟦d:b|He keeps saying real fighter. I've got seventeen real fighters on my record who'd disagree,⟧'' the challenger replied.
The mood turned when Dwyer brought up Mensah's withdrawal from a scheduled bout in March. ``⟦d:a|You pulled out with a cold,⟧'' he said. ``⟦d:a|A cold.⟧''
``⟦d:b|It was a chest infection, and I've got the doctor's letter,⟧'' Mensah said. ``⟦d:b|You want to read it? I'll bring it to the weigh-in.⟧''
Both men stood, and security staff moved between them before the promoter, Lorraine Fitch, took the microphone. ``⟦d:c|Gentlemen, save it for the 14th. I'm not paying you for today,⟧'' Fitch said.
Afterwards she said ticket sales for the Leeds show had passed 9,000. ``⟦d:c|Two local lads who can't stand each other. You can't script that,⟧'' she said.
Dwyer was the last to leave. Asked for a prediction, he held up six fingers. ``⟦d:a|Six rounds. Maybe less,⟧'' he said.

### 013
@a Marguerite Osei-Hall | the actor who became a fixture of Brighthaven’s Riverside Theatre for four decades
@b Kwabena | her son
@c Riverside Players | -
@d Deborah Kinsella | the director
Marguerite Osei-Hall, the actor who became a fixture of Brighthaven’s Riverside Theatre for four decades, has died aged 86.
Born in Kumasi, she came to Britain in 1958 to train as a nurse and joined the amateur Riverside Players almost by accident, when a friend dragged her to an audition for “⟦s:-|The Crucible⟧”. She was cast as Tituba and, by her own account, “⟦p:a|never went home⟧”.
She turned professional in 1971 and appeared in more than 120 productions at the Riverside, from Shakespeare to pantomime, where for 14 years running she played the Fairy Godmother.
“⟦d:a|People ask why I never went to London. London never asked me. Brighthaven did, every year,⟧” she told an interviewer in 2009.
The director Deborah Kinsella, who cast her as Lear in an all-female production in 1998, said she had “⟦p:d|a voice that could fill a cathedral and a stillness that could empty it⟧”.
“⟦d:d|She’d ask me the same question at every rehearsal. Never ‘How should I say it?’ Always ‘What does she want?’⟧” Kinsella recalled.
The Riverside Players, where she began, said in a statement that the company had lost “⟦p:c|its matriarch⟧”. “⟦d:c|Marguerite was the reason so many of us walked through the door, and the reason we stayed,⟧” the statement said.
Her son, Kwabena, wrote on social media that his mother had died peacefully at home “⟦p:b|with the radio on and a script on her lap⟧”. “⟦d:b|She was learning lines for a reading next month. Of course she was,⟧” he wrote.
She is survived by Kwabena and by her sister, Adwoa.

### 014
@a Jodie Marsh-Kaur | the defender
@b Becky Lunn | the Castlegate manager
@c Aoife Dempsey | Pendle Vale's goalkeeper
@d Northshire FA | -
@u - | one supporter
Castlegate Ladies won the Northshire Women's Cup for the first time on Sunday, beating Pendle Vale on penalties after a 1-1 draw in front of a record crowd of 1,140 at Bracewell Lane.
Jodie Marsh-Kaur, who captains Castlegate, scored the decisive penalty, sending Pendle Vale's goalkeeper, Aoife Dempsey, the wrong way.
"⟦d:a|I'd picked my side the night before. I wasn't changing it,⟧" the defender said. "⟦d:a|My legs were shaking, though.⟧"
Dempsey had earlier saved two penalties and was named player of the match, according to the Northshire FA, which said the award had been "⟦p:d|a unanimous decision⟧".
"⟦d:c|It doesn't mean much right now, to be honest,⟧" Dempsey said. "⟦d:c|I'd swap it for the cup.⟧"
Becky Lunn, the Castlegate manager, who has run the club since its founding in 2014 with eight players and a borrowed pitch, was in tears at the final whistle.
"⟦d:b|Ten years ago we were training under a streetlight because we couldn't afford the floodlights,⟧" she said. "⟦d:b|Look at this crowd.⟧"
One supporter, who had travelled from Whitby with her two daughters, said: "⟦d:u|They've seen women lift a cup today. That's what I wanted them to see.⟧"

### 015
@a Gethin Prys | -
@b Sioned | his wife
@c Anwen Bowen-Lloyd | a vet at the Shrewsbury branch of Hafan Animal Rescue
@d Hafan Animal Rescue | the charity
A border collie that went missing from a farm near Llanfarian three years ago has been reunited with its owners after turning up 140 miles away in a supermarket car park in Shrewsbury.
Mot, now nine, vanished during a storm in February 2021. Gethin Prys and his wife, Sioned, searched the hills for weeks and put up posters in every village from Aberystwyth to Tregaron.
“⟦d:a|We’d given up, if I’m honest. You tell yourself he’s found a good home,⟧” Gethin said.
On Tuesday, the phone rang. It was Anwen Bowen-Lloyd, a vet at the Shrewsbury branch of Hafan Animal Rescue, who had scanned Mot’s microchip after a shopper brought him in.
“⟦d:c|He was thin, and his coat was a mess, but he was calm as anything. He sat and gave me his paw,⟧” the vet said. “⟦d:c|When the chip came up with a Welsh address, I thought it had to be a mistake.⟧”
Sioned drove to Shrewsbury that afternoon. “⟦d:b|I got out of the car and said his name, just once. He came across that car park like he was six months old,⟧” she said.
How Mot travelled so far remains a mystery. Hafan Animal Rescue said he may have been taken, or may have jumped into a vehicle during the storm. “⟦d:d|We may never know where he has been, but the important thing is that he is home,⟧” the charity said.
Gethin said Mot had gone straight back to his old spot by the Aga. “⟦d:a|Three years, and he walked in like he’d popped out for a minute,⟧” he said.

### 016
@a Terry Blaydon | the veteran
@b Liam Cready | his opponent
@c Bev Okafor | the landlady
It took Terry Blaydon 47 minutes to win the deciding leg of the Ferrybridge & District Darts League final on Friday night, which, those who know him say, is about par.
Blaydon, 68, is known across the league as "⟦s:-|The Tortoise⟧" for the time he spends on the oche, and his opponent, Liam Cready, 24, had made no secret of his frustration beforehand.
"⟦d:b|You could boil an egg between his darts. Two eggs,⟧" Cready said before the final at the Lamb and Flag.
"⟦d:a|The lad can say what he likes. I'll be stood there as long as I need to be,⟧" the veteran replied.
In the end it came down to double 16. Blaydon missed twice, stepped back, wiped his glasses on his shirt, and hit it with his third dart as the pub erupted.
"⟦d:a|I've been throwing at that double since 1979. It owed me one,⟧" he said.
Cready was gracious. "⟦d:b|Fair play to him. He's been doing this since before I was born, and it shows,⟧" the 24-year-old admitted. "⟦d:b|I still think he's slow, mind.⟧"
The landlady, Bev Okafor, said it had been the busiest night at the Lamb and Flag since the pub reopened after the floods. "⟦d:c|We ran out of crisps at half nine. That's never happened,⟧" she said.

### 017
@a Harriet Adeyemi-Clarke | the organiser of Save Millbrook Library
@b Dev Sharma | cabinet member for communities
@c Isla | -
@d Robert Fairweather | a retired headteacher
@u - | A spokeswoman for Brayford County Council
About 300 people marched through Millbrook on Saturday in protest at plans to close the town’s library, the oldest in the county.
Protesters carried placards reading “⟦s:-|Books not bulldozers⟧” and “⟦s:-|Read my lips: no closure⟧”, and chanted “⟦s:-|Save our library⟧” as they passed the council offices on Station Road.
Harriet Adeyemi-Clarke, the organiser of Save Millbrook Library, told the crowd that the building had been “⟦p:a|left to rot on purpose⟧”. “⟦d:a|They let the roof leak for five years, and now they say it’s too expensive to fix. We’re not stupid,⟧” she said.
Robert Fairweather, a retired headteacher, said he had learned to read in the building’s children’s room in 1952. “⟦d:d|My grandson learned to read in the same room. Where will his children go?⟧” he asked.
Isla, eight, had made her own sign. “⟦d:c|I like the dinosaur books and the lady who does the voices,⟧” she said.
Brayford County Council has proposed merging the library with a community hub in the leisure centre two miles away. A spokeswoman for Brayford County Council said no final decision had been made. “⟦d:u|We are listening carefully to residents and will consider every response to the consultation,⟧” she said.
Cllr Dev Sharma, cabinet member for communities, said the council faced “⟦p:b|impossible choices⟧” after cuts to its grant. “⟦d:b|Nobody went into politics to close libraries. But I have to balance the books I’ve got,⟧” he said.
Adeyemi-Clarke said the campaign would fight on. “⟦d:a|He can balance whatever he likes. We’ll be here every Saturday until they change their minds,⟧” she said.
The consultation closes on 30 September.

### 018
@a Tomasina Reyes-Whitford | -
@b Carmen | my mother
Tomasina Reyes-Whitford's third novel, "⟦s:-|The Ferryman's Daughters⟧", has been shortlisted for the Harbinger Prize. Set on a tidal island off the Essex coast, it follows three sisters over the single night of a flood. We spoke to her at her home in Maldon.
"⟦d:a|I wrote the first draft in eleven weeks and the second in four years,⟧" she said, pouring tea. "⟦d:a|That's roughly the ratio.⟧"
Q: Where did the island come from?
A: I grew up near Mersea. At low tide you can walk out to places that, six hours later, you'd need a boat to reach. I always thought that was the most frightening thing in the world, and the most beautiful.
Q: The sisters are very different. Is any of them you?
A: All of them and none of them, which is the answer every writer gives. The honest answer is that the eldest, Ruth, is my mother. My mother, Carmen, used to say, "⟦d:b|The sea doesn't hate you. It just doesn't care,⟧" and that line is in the book almost word for word.
Q: How did she feel about that?
A: She died before it was published. I think she'd have complained that I made her too nice.
Q: What are you writing now?
A: Something set in a bakery, which means I've eaten a great deal of research. It's called "⟦s:-|Proving⟧", for now.
The winner of the Harbinger Prize will be announced on 12 November.

### 019
@a Saoirse Ní Bhriain | the 22-year-old
@b Michael O'Donoghue | -
@c Patricia Keogh | Owner
Saoirse Ní Bhriain rode her first winner at Carrowmore on Thursday, and did it on a 33-1 shot that had not won in two years.
Ní Bhriain, 22, kept Lough Arrow Lad wide for most of the two-mile hurdle before coming with a late run to beat the favourite by a neck.
"⟦d:a|I was told to keep him out of trouble and wait. So I waited, and waited, and then I went,⟧" the 22-year-old said. "⟦d:a|I don't think I breathed for the last furlong.⟧"
Michael O'Donoghue, who trains the horse at his yard near Tralee, said he had almost retired the gelding in the spring. "⟦d:b|He'd lost interest. We gave him the summer in a field and he came back a different animal,⟧" he said.
"⟦d:b|And the girl rode him like she'd been doing it for twenty years.⟧"
Owner Patricia Keogh, who paid €4,000 for the horse as a yearling, was at the course with her two sisters. "⟦d:c|We've had him seven years and this is the first time I've ever collected anything from a bookmaker,⟧" she said.
Ní Bhriain's mother, Deirdre, a former point-to-point rider, watched from the rail. "⟦d:a|Mam's been at every race I've ever ridden. She'll be unbearable now,⟧" she said.

### 020
@a Desmond Okoro-Wells | the 58-year-old
@b Keeley Haworth | the Grand's artistic director
@c Frankie Lyle | -
Panto season at the Grand, Wellbridge, opened on Friday with ``⟦s:-|Jack and the Beanstalk⟧'', and within ten minutes the audience was bellowing ``⟦s:-|Oh no he isn't!⟧'' at a cow.
Desmond Okoro-Wells returns for his 20th year as the dame, this time Dame Trott, in a succession of costumes that includes a working fruit machine. It is the performance of a man who knows exactly what he is doing, and the children adore him.
``⟦d:a|The secret is you have to mean it. Kids can smell it if you're phoning it in,⟧'' the 58-year-old said after the show. ``⟦d:a|And you have to be prepared to be hit by a sweet.⟧''
Frankie Lyle, 19, makes his professional debut as Jack and has a fine voice, if not yet the timing. ``⟦d:c|Desmond keeps telling me to wait for the laugh. I keep forgetting there is going to be one,⟧'' he said.
Keeley Haworth, the Grand's artistic director, said the pantomime paid for much of the rest of the year's programme. ``⟦d:b|People think of panto as the silly bit. It's the bit that keeps the lights on,⟧'' she said.
The script leans on local jokes: a running gag about the Wellbridge one-way system drew the biggest cheer of the night. Some of the topical material, about a council leader's expenses, went over the heads of the younger audience.
``⟦d:a|That one's for the mums and dads,⟧'' Okoro-Wells said. ``⟦d:a|Panto's always been two shows at once.⟧''

### 021
@a Faith Chepkoech | -
@b Ruth Wanjiru | her training partner
@c Stephen Delamere | The race director
@d Gemma Tunnicliffe | a 41-year-old nurse from Dunstable
Faith Chepkoech of Kenya won the Harrowgate Marathon on Sunday in 2 hours 23 minutes 41 seconds, breaking the course record by almost a minute in cold, blustery conditions.
Chepkoech, who moved clear of her training partner Ruth Wanjiru after 35 kilometres, spoke through an interpreter at the finish.
“⟦d:a|The wind was very strong by the river, so we worked together. After that, it was every woman for herself,⟧” she said.
Speaking in Swahili, she added: “⟦d:a|Ni zawadi kwa mama yangu.⟧” (“⟦d:a|It is a gift for my mother.⟧”)
Wanjiru, who finished 38 seconds behind, said she had no regrets. “⟦d:b|Faith was stronger today. Next time, maybe me,⟧” she said, laughing.
The race director, Stephen Delamere, said 11,400 runners had started, a record for the event. “⟦d:c|The conditions were hard, but the crowds along the Embankment were extraordinary,⟧” he said.
Among those crossing the line later in the day was Gemma Tunnicliffe, a 41-year-old nurse from Dunstable, who ran in full scrubs to raise money for her hospital’s neonatal unit.
“⟦d:d|The trousers were fine. The clogs were a mistake,⟧” she said, after finishing in just over five hours. “⟦d:d|I’ve raised £6,200, so I’ll forgive them.⟧”

### 022
@a Alison Threlfall | vicar of St Oswald's
@b Norman Pybus | Tower captain
@c Whitcliffe Bellfoundry | the foundry
@d Ellie | His granddaughter
The bells of St Oswald's, Hesketh Moor, rang out on Sunday for the first time in 12 years after a £96,000 restoration funded almost entirely by the village.
The eight bells, the oldest cast in 1623, were removed in 2021 and taken to the Whitcliffe Bellfoundry in Derby, where cracked headstocks were replaced and the frame rebuilt.
"⟦d:a|I've been vicar here nine years and this is the first time I've heard them. I'm told I'll be sick of them by Christmas,⟧" said the Rev. Alison Threlfall, vicar of St Oswald's.
Tower captain Norman Pybus, 79, has rung at St Oswald's since 1956 and led the team that raised the money through quiz nights, sponsored walks and what he called "⟦p:b|a frankly alarming number of cakes⟧".
"⟦d:b|When they went silent, the village went quiet with them. You don't realise how much you listen for something until it stops,⟧" he said.
His granddaughter Ellie, 15, rang the treble on Sunday. She started learning two years ago so that there would be someone young enough to carry on.
"⟦d:d|Grandad says I'm the future. No pressure,⟧" she said.
The Whitcliffe Bellfoundry said the St Oswald's ring was among the finest it had worked on. "⟦d:c|The 1623 tenor has a tone you simply can't reproduce today,⟧" the foundry said in a statement.
Pybus said the first full peal would be rung next month. "⟦d:b|Three hours. My arms are already complaining,⟧" he said.

### 023
@a Marcus Delaney | Thunder coach
@b Žygimantas Rimkus | the Lithuanian centre
@c Andre Whitfield | point guard
The Medway Thunder ended a six-game losing streak on Saturday, beating the Cardiff Dragons 88-81 at the Riverside Arena behind 27 points and 14 rebounds from Žygimantas Rimkus.
"⟦d:a|We needed that one more than I can tell you,⟧" Thunder coach Marcus Delaney said. "⟦d:a|The guys have been hearing a lot of noise. Tonight they shut it out.⟧"
Rimkus, who arrived from Kaunas in January, has taken time to adjust to the British league. "⟦d:b|The first month, I was thinking too much. Now I just play,⟧" the Lithuanian centre said.
Delaney singled out point guard Andre Whitfield, who had 11 assists and no turnovers. "⟦d:a|Andre ran the show. He didn't force anything,⟧" he said.
Whitfield said the team had held a players-only meeting on Wednesday. Asked what was said, he smiled. "⟦d:c|That stays in the room. But it was honest,⟧" he said. "⟦d:c|Some of it was loud.⟧"
Delaney, for his part, said he had not been told about the meeting until Friday. "⟦d:a|That's how it should be. It's their team,⟧" the coach said.

### 024
@a Mòrag NicIlleathain | a singer from Barra
@b Callum Ferguson | the festival’s director
@c Tadhg Ó Súilleabháin | The Cork fiddler
@u - | One festivalgoer
The Glenrath Folk Festival closed on Sunday night after three days of music, rain and, by the organisers’ count, 1,600 litres of tea.
The highlight for many was Saturday’s set by Mòrag NicIlleathain, a singer from Barra, who sang unaccompanied in Gaelic to a marquee of 800 people who had fallen completely silent.
“⟦d:a|Chan eil mi a’ seinn dhaibh. Tha mi a’ seinn leotha,⟧” she said afterwards. “⟦d:a|I’m not singing to them. I’m singing with them.⟧”
The Cork fiddler Tadhg Ó Súilleabháin, making his first appearance at Glenrath, played through Sunday’s downpour under a gazebo that lost a leg halfway through his set. “⟦d:c|I was told it’d be wet. I wasn’t told it’d be this wet,⟧” he said. “⟦d:c|But the crowd stayed, so we stayed.⟧”
Callum Ferguson, the festival’s director, said advance sales for next year had already passed 2,000. “⟦d:b|We nearly didn’t survive Covid. To be here now, with a waiting list for the campsite, is a bit surreal,⟧” he said.
Not everything ran smoothly: a power cut on Friday evening left the main stage dark for 40 minutes. One festivalgoer described the atmosphere during the outage as “⟦p:u|like a very damp candlelit ceilidh⟧”.
Ferguson said a new generator had been hired for the rest of the weekend. “⟦d:b|Lesson learned. Never trust a field,⟧” he said.

### 025
@a Juan Sebastián Quintero | the Colombian
@b Lars Engström | the Swede
@c Pilar Arrieta | the Equipo Andino sports director
Juan Sebastián Quintero won the queen stage of the Tour des Cévennes on Thursday, attacking on the final climb to Mont Aigoual and finishing 41 seconds clear of Lars Engström.
The 25-year-old from Boyacá now leads the race by 33 seconds with two stages remaining.
«⟦d:a|Hoy las piernas respondieron,⟧» the Colombian told reporters at the finish. («⟦d:a|Today my legs answered.⟧»)
Engström, who had led since the opening time trial, said he had simply run out of strength. «⟦d:b|When he went, I had nothing to answer with. Zero,⟧» the Swede said. «⟦d:b|But I'm not finished. Saturday is still long.⟧»
Pilar Arrieta, the Equipo Andino sports director, said the team had planned the attack for months. «⟦d:c|We studied this climb in January. We knew the last four kilometres were the place,⟧» she said.
She added that Quintero would not be taking risks on Friday's flat stage. «⟦d:c|Tomorrow we protect. Saturday we fight,⟧» Arrieta said.
Quintero dedicated the win to his father, a potato farmer, who he said had taught him to climb on the roads above their village. «⟦d:a|He still doesn't understand why people pay money to ride bicycles,⟧» he said.

### 026
@a Wilf Garside | -
@b Netherby Town | the club
@c Gary Holroyd | the former defender
@d Sandra Garside | His daughter
Wilf Garside, who tended the pitch at Netherby Town's Moor Lane ground for 51 years, has died at the age of 87.
Garside took the job in 1961, when the groundsman's equipment consisted of a roller, a hand mower and a horse called Duchess. He retired in 2012, by which time Moor Lane had been voted the best playing surface in non-league football four times.
Netherby Town said it would hold a minute's applause before Saturday's home game against Ossett. "⟦d:b|Wilf was Moor Lane. Every blade of grass in that ground was his,⟧" the club said in a statement.
Gary Holroyd, who captained Netherby in the 1980s, recalled being chased off the pitch by Garside for practising penalties on a Friday. "⟦d:c|He didn't care that I was the captain. Friday was for the grass,⟧" the former defender said. "⟦d:c|He was right, mind. We won the next day.⟧"
Garside was famously reluctant to talk about his work. Asked by a local radio reporter in 2009 what his secret was, he said: "⟦d:a|Get up early and don't let anyone on it.⟧"
His daughter, Sandra Garside, said he had asked for his ashes to be scattered on the centre circle. "⟦d:d|The club have said yes. Dad would have been mortified about the mess,⟧" she said.
He is survived by Sandra, a son, Philip, and five grandchildren. His wife, Jean, died in 2017.

### 027
@a Adaeze Nwosu | -
@b Viktor Hrabal | a former Czech champion who spotted her at a school tournament when she was seven
@c Chinwe | Her mother
At 11, Adaeze Nwosu is the youngest player ever to win the Midlands Open chess championship. She is also, she wants it known, "⟦p:a|very bad at draughts⟧".
We meet at the Sutton Coldfield library where she trains twice a week with her coach, Viktor Hrabal, a former Czech champion who spotted her at a school tournament when she was seven.
"⟦d:b|She lost the game, but she looked at the board afterwards like it had insulted her,⟧" Viktor says. "⟦d:b|That's what you look for. Not talent. Anger at losing.⟧"
"⟦d:a|I wasn't angry,⟧" Adaeze says.
"⟦d:b|You were furious.⟧"
"⟦d:a|A bit furious.⟧"
They have the easy rhythm of people who have spent hundreds of hours across a table from each other. Viktor, 72, plays her every session and, he admits, now loses more often than he wins.
"⟦d:b|Last month she beat me four games in a row. I went home and didn't speak to my wife all evening,⟧" he says.
Her mother, Chinwe, drives her to tournaments across the country. "⟦d:c|I don't understand chess. I understand snacks and car parks,⟧" she says. "⟦d:c|That's my job.⟧"
Adaeze's next target is the British under-12 title in August. Asked whether she is nervous, she considers the question for a long time, as if it were a move.
"⟦d:a|No. Nervous is for when you haven't prepared,⟧" she says.

### 028
@a Dennis Arkwright | the 74-year-old
@b Clive Bamford | his rival
@c Yvonne Pickles | the show's chief judge
@d Gorsey Bank Allotment Society | the society
The Gorsey Bank Allotment Society's annual show ended in acrimony on Saturday after the winning marrow was disqualified.
Dennis Arkwright's 31kg entry had been declared the winner on Saturday morning. At lunchtime, the show's chief judge, Yvonne Pickles, reclassified it as a courgette "⟦p:c|that had been allowed to get out of hand⟧".
"⟦d:a|A marrow is a courgette that's been allowed to get out of hand. That's what a marrow is,⟧" the 74-year-old said. "⟦d:a|I've been growing them forty years. I know what a marrow is.⟧"
Pickles said the decision had been made on the variety of seed, not the size. "⟦d:c|The rules are very clear, and they were circulated in March,⟧" she said.
The title passed to his rival, Clive Bamford, whose 27kg entry had come second. Bamford said he took no pleasure in the circumstances. "⟦d:b|I'd rather have won it fair and square. But rules are rules,⟧" he said.
Arkwright was not persuaded. "⟦d:a|He's been on at her about my seeds since Easter,⟧" he said.
Asked about this, Bamford said: "⟦d:b|I may have mentioned it. Once.⟧"
The Gorsey Bank Allotment Society said it would review its rules before next year's show. "⟦d:d|We want the show to be a celebration of everyone's hard work, and we're sorry it ended this way,⟧" the society said.

### 029
@a Ravi Chaudhary | a double Paralympic silver medallist who learned to swim at the club
@b Sophie Kettering | Head coach
@c Max | a ten-year-old member of the club's junior squad
@d Lowfield Leisure Trust | the trust
Lowfield Swimming Club has reopened its pool sessions to disabled swimmers after a two-year gap, following the installation of a £48,000 hoist and changing room.
Ravi Chaudhary, a double Paralympic silver medallist who learned to swim at the club, cut the ribbon on Saturday morning.
``⟦d:a|When I was a kid, my dad used to carry me down the steps. It worked, but it shouldn't have had to,⟧'' he said. ``⟦d:a|This means nobody has to be carried.⟧''
Head coach Sophie Kettering said the club had raised most of the money through a sponsored 24-hour relay. ``⟦d:b|We had swimmers in the water at four in the morning singing to keep awake. I've never been prouder of them,⟧'' she said.
Max, a ten-year-old member of the club's junior squad, who uses a wheelchair, said he had been waiting ``⟦p:c|for ages⟧'' to train with his friends. ``⟦d:c|Now I can do the same sessions as everyone else. And I'm faster than Josh,⟧'' he said.
Lowfield Leisure Trust, which owns the pool, said it had contributed £12,000. ``⟦d:d|Our pools should be for everyone, and this is a big step towards that,⟧'' the trust said.

### 030
@a Brenda Coulson | -
@b Maureen | her sister
@c Darren | Maureen's son
@u - | One customer
The queue outside the Golden Haddock in Skelby starts forming at 11.30, half an hour before the shop opens. It has done so, give or take a pandemic, since 1974.
Brenda Coulson, 77, and her sister Maureen, 74, have fried every fish sold in that time. They have never advertised, never had a website and, until last year, never taken cards.
"⟦d:a|Maureen wanted the card machine. I said people had been paying in cash for fifty years and they'd manage,⟧" Brenda says. "⟦d:a|I lost.⟧"
"⟦d:b|She's still cross about it,⟧" says Maureen.
The sisters took over the shop from their father, Stan, who had bought it with his demob money after the war. Maureen remembers standing on a crate to reach the fryer.
"⟦d:b:m|Dad was very particular. Beef dripping, never oil, and you never rush the batter.⟧
"⟦d:b|We tried changing one thing after he died, and that was the peas. People complained, so we changed back. People in Skelby don't like change.⟧"
Maureen's son, Darren, 49, has worked in the shop since he was 16 and will take it over when the sisters retire, whenever that is.
"⟦d:c|I keep asking when. They keep saying 'next year'. They've been saying next year since 2015,⟧" he says.
Brenda is having none of it. "⟦d:a|We'll retire when we stop enjoying it. Ask me again in ten years.⟧"
One customer, who has come every Friday for 30 years, put it more simply. "⟦d:u|Best chips in Yorkshire. Don't write that, they'll put the prices up,⟧" he said.

### 031
@a Steve Mallender | -
@b Kettleby United | -
@c Ranjit Sandhu | Kettleby’s chairman
@d Kettleby United Supporters’ Trust | the trust
@u - | One senior player
Kettleby United have sacked Steve Mallender after 14 months in charge, with the club 21st in League Two and without a win in nine matches.
The decision was taken at a board meeting on Monday morning, according to two people with knowledge of the discussions, and Mallender was told shortly before midday.
Kettleby United said in a statement: “⟦d:b|The board would like to thank Steve for his hard work and commitment. Results have not been at the level required, and we felt a change was necessary to give us the best chance of staying in the Football League.⟧”
Ranjit Sandhu, Kettleby’s chairman, said it had been “⟦p:c|the hardest decision I’ve made in this job⟧”. “⟦d:c|Steve is a good man and a good coach. But football is a results business, and we’ve run out of time,⟧” he said.
Mallender, 47, issued his own statement through the League Managers Association. “⟦d:a|I’m disappointed not to be given the chance to finish the job. I’d like to thank the players, staff and supporters, who have stood by me through difficult times,⟧” he said.
One senior player, speaking on condition of anonymity, said the dressing room had “⟦p:u|seen it coming for weeks⟧”. “⟦d:u|Nobody’s celebrating. But everyone knew,⟧” he said.
The Kettleby United Supporters’ Trust said the club’s problems went “⟦p:d|far deeper than the dugout⟧”. “⟦d:d|Sacking another manager does not fix a squad built on loans and short-term contracts,⟧” the trust said.
First-team coach Lee Barraclough will take charge for Saturday’s match at Walsall.

### 032
@a Friederike Althaus | the German soprano
@b Kwame Asare-Bediako | a baritone from Accra who trained in Cologne
@c Jonas Lindqvist | Conductor
Tyneside Lyric Opera's new «⟦s:-|Fidelio⟧» opened at the Theatre Royal, Dunmouth, on Wednesday with a coup: the German soprano Friederike Althaus, making her British debut as Leonore.
Althaus sings with a steely brightness that cuts through even the densest orchestral climaxes, and her «⟦s:-|Abscheulicher!⟧» in the first act drew a roar from the house.
«⟦d:a|Leonore ist keine Heldin. Sie ist eine Frau, die keine Wahl hat,⟧» she said after the performance. («⟦d:a|Leonore is not a heroine. She is a woman who has no choice.⟧»)
Kwame Asare-Bediako, a baritone from Accra who trained in Cologne, is a chilling Pizarro. «⟦d:b|Villains are more fun. You get the best tunes and nobody expects you to be nice at the stage door,⟧» he said.
The production, by the director Hanna Voss, moves the action to a disused shipyard, which works better in the prison scenes than in the finale.
Conductor Jonas Lindqvist kept the pace taut. «⟦d:c|Beethoven rewrote this opera three times. We owe it to him to take every version seriously,⟧» the Swede said.
The chorus of prisoners, sung by members of the company's community choir alongside professionals, was the evening's emotional peak. «⟦d:c|Some of them had never been on a stage before this year. You would not know it,⟧» Lindqvist said.
«⟦s:-|Fidelio⟧» runs in repertory until 3 May.

### 033
@a Gwen Harries | -
@b Aled Morgan | -
@c Teifon Valley Drainage Board | the board
@d Catrin Lewis-Pugh | the town's mayor
@u - | One resident of Bridge Street
Six weeks after the River Teifon burst its banks, the smell of damp plaster still hangs over Llanwyddan's high street.
Of the 38 businesses flooded on the night of 14 January, 22 have reopened. Gwen Harries, who runs the Cosy Corner café, is one of them, though she is serving from a trestle table while her kitchen dries out.
"⟦d:a|We had four feet of water in here. I came in the next morning and the chairs were floating,⟧" she said. "⟦d:a|But people need somewhere to sit and have a cuppa and a moan. So here we are.⟧"
Across the road, Aled Morgan, whose family has run the hardware shop since 1931, lost stock worth an estimated £40,000. "⟦d:b|My grandfather was flooded out in 1964 and he reopened in a week. I've told myself I'll do the same, only it's taking a bit longer,⟧" he said.
The Teifon Valley Drainage Board said the flood defences upstream had performed "⟦p:c|as designed⟧" but had been overwhelmed by the volume of rain. "⟦d:c|The rainfall recorded over the 48 hours was the highest since records began,⟧" the board said.
Not everyone accepts that. One resident of Bridge Street, whose house has flooded three times since 2015, said: "⟦d:u|They say that every time. At some point it's not a freak, it's the normal.⟧"
Catrin Lewis-Pugh, the town's mayor, said a £250,000 recovery fund had been set up. "⟦d:d|We will not let this town be written off. Every shop that reopens is a statement,⟧" she said.
Harries said the community had carried her through. "⟦d:a|People I've never met turned up with mops. One man brought a generator. I still don't know his name,⟧" she said.

### 034
@a Louise Tattersall | -
@b Kerry-Ann Doyle | her co-captain
@c Jim | her father
When Louise Tattersall turned up at Hollinwood Rangers in 2016 asking about a women’s team, the club secretary laughed and handed her a form for netball.
Eight years on, the Rangers women’s side has won two national titles, and the man who laughed is their kit manager. Lou, as everyone at the club calls her, finds this very funny.
“⟦d:a|He’s the best kit man in the league. I remind him about the netball form about once a week,⟧” she says.
Lou, 34, is a prison officer by day. She played rugby union at school but fell in love with league watching her father, Jim, play for the Rangers’ amateur side in the 1990s.
“⟦d:c|She used to sit on the wall with a bag of crisps and shout at the referee. She was five,⟧” Jim says. “⟦d:c|Nothing’s changed, except the crisps.⟧”
The team started with 11 players, three of whom had never held a rugby ball. One of them was her co-captain, Kerry-Ann Doyle.
“⟦d:b|I came along because my mate was going and I wanted to get fit. First training session, I got flattened and I thought, this is it, this is my sport,⟧” Kerry-Ann says.
“⟦d:b:m|What Lou did was make it serious from day one. Proper training, proper diet, video sessions. People thought we were mad.⟧
“⟦d:b|Then we started winning.⟧”
Lou insists the success is collective. “⟦d:a|I’m just the one with the loudest voice,⟧” she says. “⟦d:a|Ask anyone.⟧”

### 035
@a Edna Marsh | -
@b Peter Gillow | chairman of Wetherfold Parish Council
@c Sally Marsh-Evans | Her niece
Edna Marsh, who ran Wetherfold's post office and general store for 46 years and knew, it was said, every birthday in the village, has died aged 91.
She took over the shop from her mother in 1958 and closed it, reluctantly, in 2004, when the counter was withdrawn. In a letter to the village newsletter announcing the closure, she wrote: ``⟦d:a|I have sold stamps to three generations of you, and I have read all your postcards, and I am not sorry about that either.⟧''
Peter Gillow, chairman of Wetherfold Parish Council, said the letter was still pinned up in the village hall. ``⟦d:b|She was the village's memory. If you wanted to know who'd lived in your house in 1962, you asked Edna,⟧'' he said.
Her niece Sally Marsh-Evans said Marsh had kept a notebook of every child born in the village during her years behind the counter, and sent each of them a card on their 18th birthday. ``⟦d:c|I've found the notebook. There are 214 names in it,⟧'' she said.
``⟦d:c|Some of those kids are grandparents now. I'm going to try to send the last cards myself.⟧''
Marsh never married. She is survived by Sally and by two nephews.

### 036
@a J.P. McAllister | -
@b Rory | his son
@c Fiona Drummond | The club professional
For the first time in its 112-year history, the final of the Inverallan Golf Club championship was contested by a father and son on Sunday, and it was J.P. McAllister, 53, who beat his son, Rory, at the 19th hole.
"⟦d:a|I'd like to say I let him get close out of kindness. I didn't,⟧" McAllister said. "⟦d:a|He's been beating me for two years in practice. I've been saving it up.⟧"
Rory, 19, who plays off plus one and takes up a golf scholarship at a university in Texas in September, was three up with five to play before a run of bogeys let his father back in.
"⟦d:b|I started thinking about the speech. Never think about the speech,⟧" he said. "⟦d:b|He'll be telling this story at Christmas for the rest of my life.⟧"
The club professional, Fiona Drummond, who has coached both, said she had been "⟦p:c|trying not to pick a side⟧" all afternoon. "⟦d:c|I walked between the two groups of supporters like a referee. Rory's mum just stayed in the clubhouse,⟧" she said.
The elder McAllister said he expected this to be his last title. "⟦d:a|He'll be back from America with a swing I won't recognise. I'll enjoy this one,⟧" he said.

### 037
@a Rania Al-Khatib | -
@b Hussein | her husband
@c Jean Pilkington | a volunteer who has helped since the first evening
@d Dunford Welcome Network | the network
Every second Thursday, the kitchen of St Mark’s church hall in Dunford fills with the smell of cardamom, and 40 strangers sit down to eat together.
The supper club was started four years ago by Rania Al-Khatib, who came to Dunford from Aleppo with her husband, Hussein, and their three children in 2016.
“⟦d:a|When we arrived, we didn’t know anyone. The only thing I knew how to do well was cook. So I cooked,⟧” she said.
Hussein, who trained as a civil engineer and now works at a warehouse, does the washing up. “⟦d:b|She is the boss here. At home also,⟧” he said, grinning.
Rania greets regulars in Arabic and English. “⟦d:a|Ahlan wa sahlan,⟧” she tells each newcomer at the door. (“⟦d:a|Welcome, you are among family.⟧”)
Jean Pilkington, a volunteer who has helped since the first evening, said the suppers had changed the town. “⟦d:c|You get a retired bus driver sitting next to a teenager from Eritrea, and by pudding they’re arguing about football,⟧” she said.
The Dunford Welcome Network, which supports the supper club, said it was seeking funding to open a second one in the neighbouring village of Ashby Fold. “⟦d:d|What Rania has built is remarkable, and we want more people to have a seat at that table,⟧” the network said.
Rania said she dreams of opening a restaurant. “⟦d:a|Maybe one day. For now, the church hall is my restaurant, and the vicar is my best customer,⟧” she said.

### 038
@a Imogen Fairclough-Reid | Hartsfield's cox
@b Tobias Lindemann | the German stroke
@c Grant Mabbott | Hartsfield's head coach
@d Oliver Asamoah | the Severnbridge president
Hartsfield won the 58th Severn Eights by two and a half lengths on Saturday, overturning Severnbridge's lead at Crane Bend and holding them off through the final mile.
Severnbridge, favourites after winning the last three races, went off fast and led by almost a length after five minutes. But Hartsfield's cox, Imogen Fairclough-Reid, steered a tighter line around the long bend and called for a push that took the race away.
"⟦d:a|I told them, 'This is where we win it.' I don't think I've ever shouted that loud,⟧" the cox said. "⟦d:a|My voice has gone completely.⟧"
Tobias Lindemann, the German stroke, who rowed for his country at junior level, said the crew had trained for exactly that moment. "⟦d:b|We practised the Crane Bend push every morning for six weeks. When Imogen called it, our bodies knew,⟧" he said.
Hartsfield's head coach, Grant Mabbott, said his crew had been "⟦p:c|underestimated all year⟧". "⟦d:c|Everybody wrote about Severnbridge. Fine. We read it,⟧" he said.
Oliver Asamoah, the Severnbridge president, was gracious. "⟦d:d|They were better at the bend and better at the finish. We'll go away and work out why,⟧" he said.

### 039
@a Winifred Ashdown | -
@b Tyler | Her great-grandson
@c Marcia Bello | manager of Larchfield House
Winifred Ashdown celebrated her 100th birthday at Larchfield House care home in Pelham on Tuesday with a cake, a card from the mayor and a performance of "⟦s:-|In the Mood⟧" by a swing band from the local secondary school.
Winnie, as she has always been known, was born in Pelham in 1924 and worked as a telephonist at the town's exchange during the war.
"⟦d:a:m|I connected the calls when the bombs came down on the docks. You'd plug in and there'd be somebody screaming for an ambulance, and you'd just have to be calm for them.⟧
"⟦d:a:m|I was eighteen. I don't know how we did it. You just did.⟧
"⟦d:a|Afterwards we'd go dancing. That's how you coped, you went dancing.⟧"
She met her husband, Arthur, at a dance at the Pelham Corn Exchange in 1946. He died in 1998.
Her great-grandson, Tyler, 12, played the trumpet in the band. "⟦d:b|She told me I was a bit flat. She was right,⟧" he said.
Marcia Bello, manager of Larchfield House, said Winnie was "⟦p:c|the life and soul of the place⟧". "⟦d:c|She runs the quiz on a Friday and she is merciless if you get a question wrong,⟧" she said.
Asked the secret of a long life, Winnie did not hesitate: "⟦d:a|Keep dancing, and don't marry a man who can't.⟧"

### 040
@a Ingrid Solbakken | Norway's head coach
@b Maren Haugland | -
@c Dana Whitcombe | Wales captain
@d Vestposten | the Bergen newspaper
Maren Haugland scored twice as Norway beat Wales 3-1 in Bergen on Tuesday to qualify for the European Championship with a game to spare.
The 27-year-old opened the scoring after 12 minutes and added a second from the penalty spot early in the second half, taking her international tally to 41.
"⟦d:b|I missed a penalty against Wales two years ago. I've been thinking about that one for two years,⟧" Haugland said. "⟦d:b|This time I didn't think. I just hit it.⟧"
Wales pulled one back through Ffion Rees's header, and Wales captain Dana Whitcombe said her side had "⟦p:c|given them a fright⟧". "⟦d:c|We're disappointed, but we've got a play-off to look forward to, and we'll be ready,⟧" she said.
Norway's head coach, Ingrid Solbakken, praised her side's patience. "⟦d:a|Wales made it very hard for us in the first half. We kept the ball, we waited, and our quality came through,⟧" she said.
Solbakken, who has been linked with the vacant coaching job at the Swedish club Kopparberg IF, declined to discuss her future. According to the Bergen newspaper Vestposten, she has already held talks with the club, which it described as "⟦p:d|at an advanced stage⟧".
"⟦d:a|My focus is on this team and on the summer. That's all I'll say,⟧" Solbakken said.

### 041
@a Hilary Nuttall | musical director of Ravensfold Colliery Band
@b Joanne Pryce | The Thornleigh conductor
@c Anselm Greaves | the adjudicator
Ravensfold Colliery Band won the Northern Area championship at Huddersfield Town Hall on Sunday, their first regional title since the pit closed in 1993.
The band's performance of the test piece, ``⟦s:-|Cloudbreak⟧'', by the young Sheffield composer Amir Dastgheib, was described by the adjudicator, Dr Anselm Greaves, as ``⟦p:c|fearless and, in the slow movement, genuinely beautiful⟧''.
``⟦d:a|We've been second four times in six years. I'd started to think second was our colour,⟧'' said Hilary Nuttall, musical director of Ravensfold Colliery Band.
``⟦d:a|These are miners' grandchildren playing in a band their grandfathers started. That's what this means.⟧''
Thornleigh, the defending champions, finished second. The Thornleigh conductor, Joanne Pryce, said she had no complaints. ``⟦d:b|Ravensfold were the better band today, and I'll tell them so in the bar,⟧'' she said.
Greaves said the standard had been ``⟦p:c|the highest I can remember at an area contest⟧''. ``⟦d:c|There were five bands who could have won, and I'm sure some of them will be writing to tell me so,⟧'' he said.
Nuttall said the band would now have to raise £15,000 to travel to the national finals in London. ``⟦d:a|We'll be rattling tins outside the supermarket again. We've done it before,⟧'' she said.

### 042
@a Pat Grundy | -
@b Okonjo | The head
@c Hartley Road Primary School | the school
Pat Grundy has seen children across Hartley Road safely for 38 years. She retires on Friday. "⟦d:a|I've had the grandchildren of the first ones. That's when you know it's time,⟧" she said.
Q: How did you start?
A: My own two were at Hartley Road, and the lollipop man retired. Nobody wanted it. I said I'd do it till they found someone. They never found someone.
Q: Worst moment?
A: A van came through in 1994 and clipped my stick. Snapped it clean in half. I stood there holding the bottom half and the kids cheered.
Q: And the best?
A: Last week. The head, Mr Okonjo, called me into assembly and said, "⟦d:b|Pat, the whole school has something to tell you,⟧" and 400 children sang to me. I've not cried like that since my wedding.
Q: What will you do now?
A: Sleep past seven. Learn to use my phone properly. My grandson says I type like I'm angry.
Hartley Road Primary School said it would name its new reading garden after her. "⟦d:c|Pat has been the first and last face of the school day for almost four decades,⟧" the school said.

### 043
@a Lucía de la Fuente | The choreographer
@b Amelia Osei | -
@c Hannah Brightwell | -
The Carrbridge Dance Company’s new full-length ballet, “⟦s:-|Tidewater⟧”, is the most ambitious thing the small company has attempted in its 30 years, and on Saturday’s evidence, the gamble has paid off.
The choreographer Lucía de la Fuente, who grew up in Cádiz, built the piece around the rhythms of the sea. “⟦d:a|I spent a week just watching waves with a stopwatch. My dancers thought I had lost my mind,⟧” she said.
At its centre is Amelia Osei as the Fisherwoman, a role that keeps her on stage for almost the entire second act. The 24-year-old principal, who joined the company from its school, dances with a fierce, grounded power.
“⟦d:b|There’s a moment where I’m being pulled under, and Lucía wanted it to look like I was choosing to go. That was the hardest thing to find,⟧” Osei said.
Hannah Brightwell, who dances the role on alternate nights, takes a very different approach, lighter and more wistful. “⟦d:c|Amelia fights the sea. I think my Fisherwoman has made peace with it,⟧” she said. “⟦d:c|Lucía lets us both be right.⟧”
De la Fuente said that was deliberate. “⟦d:a|If two dancers do the same thing, one of them is copying. I don’t want copies,⟧” she said.
The score by Ewan Kilbride, played live by a 14-piece ensemble, is at times overwhelming, but the final pas de deux, danced almost in silence, is unforgettable.
“⟦s:-|Tidewater⟧” tours to Leeds, Bristol and Norwich in the spring.

### 044
@a Bethan Morris-Jones | the 52-year-old
@b Kieran Doherty | a 29-year-old physiotherapist from Kendal
@c Arthur Pennington | Race organiser
Bethan Morris-Jones won the women's race at the Carn Dubh Edge fell race on Saturday for the 11th time, 22 years after her first victory, in a time that would have placed her 14th overall.
"⟦d:a|People keep asking when I'm going to stop. I keep telling them when I stop enjoying the bogs,⟧" the 52-year-old said. "⟦d:a|I'm still enjoying the bogs.⟧"
The men's race was won by Kieran Doherty, a 29-year-old physiotherapist from Kendal, who took the lead on the final descent. He said he had nearly gone the wrong way in the mist near the summit.
"⟦d:b|I could see about ten metres. I just followed the fella in front, and luckily he knew where he was going,⟧" he told race officials at the finish.
"⟦d:b|Then I went past him on the way down. Sorry, fella.⟧"
Race organiser Arthur Pennington said 312 runners had started, and all had finished safely despite the conditions. "⟦d:c|We had marshals on every checkpoint and two mountain rescue teams on standby. Everybody looked after each other,⟧" he said.
Morris-Jones, a farmer who runs sheep on the slopes she races across, said she had got back in time to check her ewes before the prize-giving. "⟦d:a|The sheep don't care who won,⟧" she said.

### 045
@a Geoff Bairstow | a retired engineer who has led the restoration since 2009
@b Colin Pease | his friend
@c Naomi Featherstone | the railway’s general manager
@d Kai Lam | The youngest volunteer
After 15 years, 40,000 volunteer hours and roughly £600,000, locomotive No. 4417 moved under its own steam on Saturday for the first time since 1966.
The engine, built in Darlington in 1927, spent four decades rusting in a scrapyard before it was bought by the Upper Calder Railway in 2009 for £8,000.
“⟦d:a|When we first saw her, there were trees growing through the cab. Someone said we were mad. They were right,⟧” said Geoff Bairstow, 71, a retired engineer who has led the restoration since 2009.
Geoff’s team of about 30 volunteers meets every Wednesday and Saturday in a shed at Holmebridge station. Most are retired. One of the longest-serving is his friend Colin Pease, who did the boiler work.
“⟦d:b|Geoff does the talking. I do the rivets,⟧” Colin said. “⟦d:b|There are 2,300 of them, and I know every one personally.⟧”
The youngest volunteer, Kai Lam, 16, started coming at 12 with his grandfather and now spends most weekends at the shed. “⟦d:d|My mates think it’s weird. Then I show them a video of her moving and they go quiet,⟧” he said.
Naomi Featherstone, the railway’s general manager, said No. 4417 would pull passenger trains from the summer. “⟦d:c|Heritage railways live or die by their volunteers, and this engine is the proof,⟧” she said.
On Saturday, as the locomotive edged out of the shed with Geoff on the footplate, a small crowd on the platform broke into applause.
“⟦d:a|I had a speech ready. I forgot all of it,⟧” he said afterwards. “⟦d:a|I just stood there with my hand on the regulator and cried like a baby.⟧”

### 046
@a Danny Fryer | Hallbeck manager
@b Kenny Abernethy | His Millgate counterpart
@c Eastmoor Police | -
@d Hallbeck Athletic | the club
A late penalty from Josh Ibe earned Hallbeck Athletic a 1-1 draw in Saturday's derby against Millgate, but the match was overshadowed by crowd trouble that led to seven arrests.
Play was held up for eight minutes early in the second half after flares were thrown from the away end, and an assistant referee was struck by a coin.
"⟦d:a|It's embarrassing, and it takes away from a good game of football,⟧" Hallbeck manager Danny Fryer said. "⟦d:a|Whoever threw that coin isn't a supporter of anybody.⟧"
His Millgate counterpart, Kenny Abernethy, agreed. "⟦d:b|I've played in this derby and managed in it, and there's always an edge. That's fine. Flares and coins, no,⟧" he said.
Eastmoor Police said seven men had been arrested for offences including affray and throwing missiles. "⟦d:c|The vast majority of supporters behaved well, but a small minority chose to put others at risk, and they will face the consequences,⟧" a force statement said.
Hallbeck Athletic said it would issue lifetime bans to anyone convicted. "⟦d:d|There is no place for this behaviour at our club,⟧" the club said.
On the game itself, Abernethy insisted his side deserved more. "⟦d:b|Stonewall penalty, I'll give him that. But we should've been out of sight by then,⟧" he said.
Fryer smiled when the comment was relayed to him. "⟦d:a|He would say that,⟧" he said.

### 047
@a Odile Marchetti-Roux | -
@b Harriet Lowe | the exhibition's curator
@c Samuel Adebayo-Finch | a poet who sat for her in Paris as a young man
For an artist who has not given an interview in 37 years, Odile Marchetti-Roux is having a very public autumn.
A retrospective of her work, «⟦s:-|Les Chambres⟧», opens at the Harbour Gallery in Stennport this week, bringing together 68 paintings from private collections in six countries, some of which have never been exhibited.
Marchetti-Roux, 81, who lives in the Cévennes, declined to attend the opening but sent a short statement, which was read aloud to the guests. «⟦d:a|Je ne suis pas là, mais les tableaux sont là, et ils parlent mieux que moi,⟧» she wrote. («⟦d:a|I am not there, but the paintings are, and they speak better than I do.⟧»)
Harriet Lowe, the exhibition's curator, spent four years persuading the painter to agree to the show, mostly by letter. «⟦d:b|She answered my first letter with one line: 'Why?' It took me three more letters to answer properly,⟧» she said.
The paintings, almost all interiors, are of rooms in which someone has just been, or is about to arrive. Only a handful include people. One of those, a portrait from 1979, shows Samuel Adebayo-Finch, a poet who sat for her in Paris as a young man.
«⟦d:c|She painted for six days and never let me see it. On the seventh day she said I could go. I saw it for the first time this morning,⟧» he said.
«⟦d:c|I am seventy now. I look at that boy and I think, she saw something I didn't.⟧»
Lowe said the exhibition would not travel. «⟦d:b|That was her only condition. These rooms are to be seen here, once, and then they go home,⟧» she said.

### 048
@a Jack Penrose | the volunteer helm
@b Darius Mehrabi | a teacher from Bristol
@c Falmore Coastguard | the coastguard
@u - | A witness on the cliff path
A kayaker who spent almost two hours clinging to a rock off Gull Point has thanked the volunteer lifeboat crew who rescued him in rough seas on Sunday evening.
Darius Mehrabi, 38, a teacher from Bristol, was paddling around the headland when he was capsized by a wave and swept away from his kayak.
"⟦d:b|I'd done that route a dozen times. This time the sea just changed its mind,⟧" he said from his hospital bed on Monday. "⟦d:b|I found a rock and held on, and I prayed somebody had seen me.⟧"
Somebody had. A witness on the cliff path, who raised the alarm, said she had watched the kayak "⟦p:u|disappear and come back up empty⟧".
The Porthmellin lifeboat launched at 6.42pm. Jack Penrose, the volunteer helm, said conditions at the point were "⟦p:a|about as bad as it gets in there⟧".
"⟦d:a|We couldn't get the boat right in, so one of the crew swam a line across to him. He was very cold and very tired, but he did exactly what we told him,⟧" Penrose said.
Falmore Coastguard described the rescue as "⟦p:c|textbook⟧" and urged paddlers to carry a means of calling for help. "⟦d:c|A phone in a waterproof pouch or a personal locator beacon can be the difference between life and death,⟧" the coastguard warned.
Mehrabi said he would be back on the water, eventually. "⟦d:b|Not this month. My wife has confiscated the paddle,⟧" he joked.

### 049
@a Zara Okonkwo | the 15-year-old
@b Emeka | Her father
@c Tessa Lamb | -
Zara Okonkwo became the first girl to win the British Junior Karting Championship on Sunday, clinching the title with a second-place finish in the final round at Fenmoor Raceway.
``⟦d:a|I knew I only needed fourth. But I didn't want to drive for fourth, so I didn't,⟧'' the 15-year-old said.
Okonkwo, from Coventry, started karting at eight after a birthday party at an indoor track. Her father, Emeka, has driven her to every round since.
``⟦d:b|She went round, came in, and said, 'Again.' Then 'Again.' We were there for three hours,⟧'' Emeka said. ``⟦d:b|It's been like that ever since. Every weekend, every penny.⟧''
Tessa Lamb, who runs the Apex Kart team Okonkwo drives for, said she had ``⟦p:c|the best racecraft of any junior I've worked with⟧''. ``⟦d:c|She's brave, but she's clever with it. She knows when not to be brave,⟧'' she said.
Okonkwo hopes to move into single-seaters next year but says funding is the obstacle. ``⟦d:a|If anyone's reading this and has a spare hundred grand, I'm very polite,⟧'' she said.

### 050
@a Lionel Barrington | the drummer who anchored Manchester’s jazz scene for half a century
@b Gus Adeleke | The pianist
@c Maxine | His widow
@d Northern Clarion | -
Lionel Barrington, the drummer who anchored Manchester’s jazz scene for half a century, has died aged 84. To three generations of fans he was simply “⟦s:-|Sticks⟧”.
Born in Moss Side to Jamaican parents in 1940, he taught himself to play on biscuit tins and a borrowed snare, and was playing in clubs by the age of 16.
The Northern Clarion, reviewing a concert in 1968, called his playing “⟦p:d|a thunderstorm in a teacup, where the teacup is the whole room⟧”. He kept the cutting in his wallet for the rest of his life.
The pianist Gus Adeleke, who played with him for 30 years, said: “⟦d:b|Lionel never played loud to be noticed. He played loud because the music needed it, and then he’d play so soft you’d lean in.⟧”
“⟦d:b|I never had to look round. I always knew where he was.⟧”
In a 2015 interview, Barrington said he had never wanted to leave Manchester. “⟦d:a|New York would have eaten me. Here I got to be myself every Friday night,⟧” he said.
His widow, Maxine, said he had played a gig three weeks before he died. “⟦d:c|He couldn’t walk to the stage. He could still play. That was Lionel,⟧” she said.
He is survived by Maxine, two sons and a daughter.

### 051
@a Susan Harlow | -
@b Lee Mi-kyung | her twin sister
@c Priyanka Bose | a genetic genealogist who helped confirm the match
For 52 years, Susan Harlow did not know she had a sister. On Saturday, at the arrivals gate at Heathrow, she met her twin.
Harlow, who was born Kim Soo-jin in Daegu and adopted by a family in Shropshire at the age of two, took a DNA test three years ago "⟦p:a|out of idle curiosity⟧". In January, it matched her with a woman in Busan: her twin sister, Lee Mi-kyung.
"⟦d:a|The website said 'identical twin or self'. I laughed. I thought it was a glitch,⟧" Harlow said.
Lee, who was raised by their birth mother's family and did not know she had been a twin until last year, spoke through an interpreter. "⟦d:b|My grandmother told me before she died that there had been two babies, and one was sent away. I did not believe her,⟧" she said.
When the sisters finally met, both were wearing almost identical green coats. Neither had told the other what she would wear.
"⟦d:b|똑같네,⟧" Lee said, laughing, holding her sleeve up against her sister's. "⟦d:b|The same.⟧"
Dr Priyanka Bose, a genetic genealogist who helped confirm the match, said cases like theirs were becoming more common as DNA databases grew. "⟦d:c|Thousands of children were sent abroad from Korea in that period, and many of them have siblings they know nothing about,⟧" she said.
Harlow said the sisters planned to travel to Daegu together in the spring. "⟦d:a|We've got fifty-two years of birthdays to catch up on. We're starting with cake,⟧" she said.

### 052
@a Priya Venkataraman | Wessex captain
@b Charlotte Devereux | Wessex head coach
@r - | one reporter
@s - | a second reporter
Wessex captain Priya Venkataraman faced the media after her side's 83-run defeat by the Southern Stingers in the One-Day Cup final at Castle Mead on Sunday.
"⟦d:r|Priya, where did it go wrong?⟧" one reporter asked.
"⟦d:a|About the fifth over, when I dropped Amy Laidlaw,⟧" Venkataraman replied. "⟦d:a|She got 112 after that. That's on me.⟧"
"⟦d:s|Isn't it too easy to blame one catch?⟧" a second reporter asked.
"⟦d:a|Probably. We didn't bowl well at the death and we lost three wickets in four overs. But I'm the captain, and that catch changed the game, so I'll carry it,⟧" she said.
Wessex head coach Charlotte Devereux, sitting beside her, interjected. "⟦d:b|She won't carry it on her own. We lost as a team,⟧" she said.
Asked whether she would continue as captain next season, Venkataraman glanced at Devereux before answering. "⟦d:a|If they want me. I'd like to,⟧" she said.
"⟦d:b|They want her,⟧" Devereux said.

### 053
@a Elin Wyn Roberts | the choir’s conductor
@b Dai Pritchard | the choir’s oldest member
@c Rhys ap Gwilym | a 20-year-old student at Swansea University
Côr Meibion Cwm Tawel won the male voice choir competition at the National Eisteddfod on Saturday, 50 years after the choir last took the title.
The 60-strong choir, founded by miners from the Tawel valley in 1921, sang a programme that included a new setting of the hymn “⟦s:-|Glan y Môr⟧”.
“⟦d:a|Dyma’r foment ’dan ni wedi bod yn aros amdani,⟧” Elin Wyn Roberts, the choir’s conductor, said as the result was announced. (“⟦d:a|This is the moment we’ve been waiting for.⟧”)
Dai Pritchard, 93, the choir’s oldest member, sang in the 1974 winning choir as a young collier. “⟦d:b|Half the lads I sang with then are gone. I sang for them today,⟧” he said.
Rhys ap Gwilym, a 20-year-old student at Swansea University, is the youngest. He joined three years ago, after the death of his grandfather, a former member.
“⟦d:c|My taid used to say the choir was the only place a Tawel man was allowed to cry. I get it now,⟧” he said.
Roberts, who became the choir’s first female conductor in 2011, admitted some members had taken convincing. “⟦d:a|There were a few raised eyebrows. Then we started winning things, and the eyebrows came down,⟧” she said.

### 054
@a Peg Halloran | -
@b Sean | Her brother
@c Tilly Brennan | a 16-year-old volunteer
There are 43 donkeys at Coolnamara Farm, and Peg Halloran can tell you the name, age and personal grievances of every one.
"⟦d:a|That's Brendan. He hates men in hats. That's Sorcha, she hates everybody except Brendan,⟧" she says, walking the lower field. "⟦d:a|They're like an old married couple.⟧"
Peg, 66, started the sanctuary in 1998 with two donkeys rescued from a fair in Ballycurran. She has never taken a salary and runs it on donations, a small grant and, by her own admission, "⟦p:a|sheer bloody-mindedness⟧".
Her brother Sean does the fencing, the hay and the accounts. "⟦d:b|She does the donkeys. I do everything the donkeys break,⟧" he says.
"⟦d:b:m|When she started, I gave it a year. I told her so. She hasn't let me forget it.⟧
"⟦d:b|Twenty-six years now. I'm still waiting to be proved right.⟧"
Tilly Brennan, a 16-year-old volunteer, comes every Saturday. "⟦d:c|Peg taught me how to pick out hooves. My mum can't believe I get up at seven for it,⟧" she says.
The sanctuary faces a bill of €30,000 to replace the barn roof before winter. Peg is, characteristically, unworried. "⟦d:a|Something always turns up. Usually a donkey, mind, but something,⟧" she says.

### 055
@a Kenji Morimoto | -
@b Lily-Mae Carter | the 17-year-old
@c Graham Osborne | The Northern Judo Federation's performance director
Lily-Mae Carter became the first member of Stockford Judo Club to win a junior world championship medal on Sunday, taking bronze in the under-57kg category in Lisbon.
``⟦d:b|I lost my semi-final in the last ten seconds. I was gutted for about an hour, then I remembered there was a bronze to win,⟧'' the 17-year-old said.
She has trained at the club since she was six under Kenji Morimoto, who founded it in a church hall in 1979 and still takes every session.
Speaking at the club on his return, Morimoto, 78, was characteristically brief. ``⟦d:a|Yoku ganbatta,⟧'' he said. ``⟦d:a|She did well.⟧'' Then, after a pause: ``⟦d:a|Next time, gold.⟧''
The Northern Judo Federation's performance director, Graham Osborne, said Carter had a realistic chance of making the senior squad for the next Olympic cycle. ``⟦d:c|She's tough, she's tactically very smart, and she's got a coach who's been doing this for longer than most of us have been alive,⟧'' he said.
Carter said the club had raised her travel costs through a sponsored throw-a-thon. ``⟦d:b|Three hundred throws each. My back still hurts. Worth it,⟧'' she said.

### 056
@a Gordon Pilbeam | chairman of the Fenwick Players
@b Trevor Nancarrow | -
@c Kofi Mensah-Bray | the 22-year-old
@d Rosalind Ames | the Fenwick Gazette's critic
The Fenwick Players will stage their 100th production next week, a revival of the farce "⟦s:-|A Bed for the Bishop⟧" at the Memorial Hall.
The society was founded in 1948 by a group of returning servicemen and their wives who, according to the minutes of the first meeting, wanted "⟦p:-|something to laugh at⟧".
"⟦d:a|We've done Shakespeare, three musicals and a pantomime in which the back wall fell over. The audience thought it was part of the show,⟧" said Gordon Pilbeam, chairman of the Fenwick Players.
Trevor Nancarrow, who has appeared in 61 of the 100 productions, will play the bishop. "⟦d:b|I was a page boy in my first one, in 1962. I had one line and I fluffed it,⟧" he said. "⟦d:b|I've been trying to make up for it ever since.⟧"
The cast also includes Kofi Mensah-Bray, 22, in his first role with the society. "⟦d:c|Trevor has given me about four hundred notes. Most of them are about where to stand,⟧" the 22-year-old said.
Rosalind Ames, the Fenwick Gazette's critic, wrote of the Players' 1990 "⟦s:-|Macbeth⟧" that it was "⟦p:d|the only tragedy I have seen in which the audience wept with laughter⟧". Pilbeam said the society had the review framed in the green room. "⟦d:a|We're very proud of it. We've never been quite sure why,⟧" he said.
Asked about next week, Ames was diplomatic. "⟦d:d|I shall be there with my notebook, as always, and an open mind, as usual,⟧" she said.

### 057
@a Bernadette Quigley | -
@b Anjali Rao | a GP
@c Frances Duckworth | The group’s founder
@u - | A passer-by walking her dog
It is 7am on New Year’s Day, the sea at Sandwick Bay is six degrees, and the Sandwick Selkies are pulling off their dryrobes.
The group meets here every morning, all year, whatever the weather. Today there are 34 of them, most in Santa hats, most of them women over 50.
The group’s founder, Frances Duckworth, started swimming here in 2017 after her husband died. “⟦d:c|I came down one morning because I couldn’t stand the quiet in the house. A woman I didn’t know said, ‘Are you coming in or not?’ So I went in,⟧” she says.
That woman was Bernadette Quigley, now 78. “⟦d:a|I don’t remember saying it. It sounds like me, though,⟧” Bernadette says.
Anjali Rao, 44, a GP, joined three years ago. She admits the first swim was “⟦p:b|absolute agony⟧”.
“⟦d:b|Your whole body screams at you to get out. Then after about a minute it goes quiet, and you feel incredible,⟧” she says. “⟦d:b|I tell my patients about it. Most of them look at me like I’m mad.⟧”
A passer-by walking her dog stops to watch as the group wades in, shrieking. “⟦d:u|You’re all off your heads,⟧” she calls out cheerfully.
“⟦d:a|We know, love,⟧” Bernadette shouts back from the water.
Frances, last out, is pink and grinning. “⟦d:c|Best way to start a year. Only way, really,⟧” she says.

### 058
@a Bryony Tarrant | The sculptor
@b Kestrel Valley Police | the force
@c Ahmed Rahimi | leader of Oldbridge Town Council
@d Harold Sugden | -
A bronze statue of the Oldbridge footballer Billy Sugden has been stolen from its plinth outside the town's railway station, police have said.
The life-size figure, unveiled in 2019 to mark the centenary of Sugden's debut for Oldbridge Rovers, was cut from its base some time between 11pm on Sunday and 5am on Monday.
Kestrel Valley Police said in an appeal that the statue was "⟦p:b|likely to have been taken for its scrap value⟧". "⟦d:b|We would urge anyone who is offered a large quantity of bronze, or who saw a vehicle near the station in the early hours, to contact us,⟧" the force said.
The sculptor Bryony Tarrant, who spent 18 months making the figure, wrote on social media that she was "⟦p:a|absolutely heartbroken⟧". "⟦d:a|Somewhere tonight, Billy is being melted down for a few hundred quid. I hope whoever did this can sleep,⟧" she wrote.
Cllr Ahmed Rahimi, leader of Oldbridge Town Council, said the town would replace the statue if it was not recovered. "⟦d:c|Billy Sugden belongs to Oldbridge. Nobody gets to take him away from us,⟧" he said.
Harold Sugden, whose grandfather scored 212 goals for Rovers between 1919 and 1934, said the family was "⟦p:d|stunned⟧". "⟦d:d|Grandad would have found it funny, I think. He always said he'd never been worth much,⟧" he said. "⟦d:d|We don't find it funny.⟧"

### 059
@a Maurice Ndlovu | -
@b Grace | his wife
@c Phil Tennant | -
For 27 years, Maurice Ndlovu was the most abused man in the Ryedale & District Sunday League. He refereed his last match in March, a 4-4 draw between the Golden Fleece and Kirkby Moor Reserves, and left the field to a guard of honour from both teams.
"⟦d:a|Both teams. That was the bit that got me,⟧" he says. "⟦d:a|I've sent off half of those lads at one time or another.⟧"
Maurice, 64, came to Yorkshire from Bulawayo in 1988 to work as a quantity surveyor and took up refereeing because, he says, his knees had given up on playing before his opinions had.
His first match, in 1997, ended with him locked in a changing room while two sets of players argued outside. From the car park, somebody shouted "⟦d:-|You want your eyes testing, ref!⟧" and he has heard some version of it most Sundays since.
"⟦d:a:m|People think it's the shouting that gets to you. It isn't. You learn not to hear it. After a few years it's like the weather.⟧
"⟦d:a:m|What gets to you is when you get one wrong. You know straight away. You drive home thinking about it, you lie in bed thinking about it.⟧
"⟦d:a|And on Monday morning, some lad you booked comes into the office to measure up a kitchen, and he goes, 'Morning, ref.' That's Sunday football.⟧"
His wife, Grace, has come to watch exactly once. "⟦d:b|Somebody called him a name I won't repeat, and I went to have a word,⟧" she recalls. "⟦d:b|Maurice sent me back to the car.⟧"
Phil Tennant, who has run the Golden Fleece side for 20 years and estimates he has been booked by Maurice "⟦p:c|eleven or twelve times⟧", organised the guard of honour.
"⟦d:c|He was the only ref in the league you could argue with and he'd actually explain himself. You'd still be wrong, mind, but he'd explain it,⟧" Tennant says.
The league has been short of referees for years, and Maurice worries about who will replace him. "⟦d:a|They need young people. But who wants to be shouted at for forty quid on a Sunday morning?⟧"
He has not, he admits, quite given up. "⟦d:a|I've still got the whistle. Grace thinks I've thrown it away. Don't print that,⟧" he says.

### 060
@a Sue Penhallow | Her daughter
@b Collingford Town Council | -
A bench on Collingford's seafront has been dedicated to a woman who swam from the same spot every morning for 40 years.
Elsie Rowe, who died in January aged 92, was a familiar sight to dog walkers on the promenade, entering the water at 7am in all weathers. Her daughter, Sue Penhallow, paid for the bench and chose the inscription, "⟦s:-|Elsie went in. Will you?⟧"
"⟦d:a|Mum always said the sea was cheaper than a doctor. She'd be embarrassed by the fuss, and delighted by the bench,⟧" Sue Penhallow said. Collingford Town Council said it was "⟦p:b|a lovely tribute to a much-loved local character⟧".

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh30.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh30",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
