# ruff: noqa: E501
"""Build ``quotes_fresh153.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch written by a first-person reporter, Q&A transcripts
(questions in bold or speakers by initials), podcast and radio interviews, sports and
arts interviews, and human-interest stories about families in which several relatives
of the same gender speak and are called by their first names. A handful of shorter
wire, tabloid and local-paper items and two transcripts with no quotation marks at
all are mixed in.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh153-NNN``.

Conventions (the same as ``build_quotes_fresh8.py`` and ``build_quotes_fresh58.py``):

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

* Transcripts with the interviewer's questions in bold (``**…**``) or with speakers
  marked by initials (``SB:``, ``OB:``) are treated like ``Q:`` / ``A:`` transcripts:
  the turns themselves are not spans. A quotation inside a turn belongs to whoever the
  quoted words are by (``My father used to say, "…"`` is the father's; a phrase of the
  interviewee's that the interviewer quotes back to them is the interviewee's
  ``partial``). Two transcripts (037, 060) contain no quotation marks and no spans.
* A role title or relational phrase before the name combined with an appositive after
  it (``Her husband, Anselm, a retired vet``): the appositive is the description. A
  title or relational phrase before the name alone (``Head coach …``, ``her aunt
  Meena``, ``PROUD mum …``) is the description.
* Where a speaker is introduced without an appositive and the passage first refers to
  them by a definite description in the next sentence or at a cue (``The novelist``,
  ``the landlady``, ``the 41-year-old``), that description is taken. Where the only
  appositive comes at a later mention that is not a cue (``Mr Hamdan, a former civil
  engineer from Aleppo``), that appositive is taken.
* Relatives named in a family group by first name only (``The three Mulcahy sisters —
  Bernadette, 68, Clodagh, 65, and Úna, 61``) have the first name as speaker; where the
  passage writes a relative's first name with the family name (``Tomasi and Sione
  Vaea``), that fullest form is the speaker.
* A non-restrictive relative clause after the name or appositive (``Kwame Asante, who
  played bass``) is not a description; a description's coordinated parts are taken
  whole (``her former PhD student and now a colleague at the institute``).
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech,
  and a question from an unnamed reporter or audience member has that phrase
  (``One reporter``, ``one woman near the front``) as the description.
* Words translated by a relative acting as interpreter belong to the original speaker;
  the translator's own remarks belong to the translator.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker; when the passage describes the source (``One critic``, ``one trade paper``,
  ``Several critics``) that phrase is the description, and a named publication or
  organisation is the speaker. A word quoted from unattributed complaints is ``partial``
  with both fields null; an interviewer's repetition of a phrase as a phrase (``The
  phrase "bed blocking"``) is ``scare``.
* A poem or note read or written by an identified person is that person's ``direct``
  speech; a shout from an unidentified voice in a crowd or on a phone line is ``direct``
  with speaker and description null.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh153.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh153.jsonl")

PASSAGES = """
### 001
@a Folasade Ajayi-Lindqvist | the novelist
@b Bisola Ajayi | Her mother
@c Harbour Review | -
Folasade Ajayi-Lindqvist is ten minutes early for lunch at Brasserie Tamsin, a habit, she says, left over from twenty years of racing for the last ferry off Holm. The novelist, whose sixth book, “⟦s:-|The Salt Ledger⟧”, came out last month to the best reviews of her career, orders sparkling water and then, after a long look at the list, a glass of white Burgundy.
“⟦d:a|I’ve decided I’m allowed one at lunch now,⟧” she says. “⟦d:a|When I was young I thought serious writers had to be sober and miserable. Since then I have met a great many serious writers.⟧”
The Harbour Review called the new novel “⟦p:c|furious, funny and at least a hundred pages too long⟧”, a verdict she repeats to me with evident pleasure. “⟦d:a|They’re right about the hundred pages. I fought for every one of them and I was wrong.⟧”
The book follows three generations of women in a Lagos shipping family, and so I ask the obvious question: is it her family?
“⟦d:a|Everybody asks that. My mother asked that. She rang me when she’d finished the proofs and said, ‘Which one am I?’ I said, ‘All of them, Mummy, and none of them.’ She said, ‘That is a coward’s answer.’ She was right, of course.⟧”
Her mother, Bisola Ajayi, is 84 and still lives in the house in Ikoyi where the novelist grew up. When I reach her by phone a week later she sounds amused rather than wounded. “⟦d:b|She has always taken things from this house,⟧” she says. “⟦d:b|Spoons, photographs, my recipes, and now my life. I stopped complaining in 1987.⟧”
Back at the table, the sea bream has arrived. Ajayi-Lindqvist eats quickly and talks quicker. She left Nigeria at 22 on a scholarship to Uppsala, married a Swedish marine biologist and spent two decades on Holm, an island of 400 people, writing in the mornings and teaching English in the afternoons.
“⟦d:a:m|People imagine the island as a kind of retreat. It wasn’t. It was a small place with small feuds, and I was the only Black woman most of them had ever met. I learned to listen there. You have to, in a place like that, or you don’t survive the winter.⟧
“⟦d:a|Everything I know about dialogue I learned in the queue at the island shop.⟧”
“⟦d:-|Do you miss it?⟧” I ask.
“⟦d:a|The shop? Desperately,⟧” she says, and signals for a second glass.

### 002
@a Dariga Seitkali | the 19-year-old qualifier from Kazakhstan
@b Mireille Fontaine | the world number two
@c Oleg Brandt | Her coach
@d - | a tournament spokeswoman
CASTLEREAGH, Jan 21 (Meridian Wire) - Dariga Seitkali, the 19-year-old qualifier from Kazakhstan, said she had not slept the night before her second-round win over Mireille Fontaine and had spent the morning "⟦p:a|watching cartoons so I would stop thinking⟧".
"⟦d:a|I was more nervous than ever in my life,⟧" Seitkali said through an interpreter after her 6-4 3-6 7-5 victory on Court Two. "⟦d:a|When I won the first set I looked at my coach and he was more nervous than me. So then I felt better.⟧"
Seitkali, ranked 188th, had never won a main-draw match at a major before this week. She saved four break points in the final game, the last with a forehand that clipped the tape and dropped dead.
"⟦d:a|That one was luck,⟧" she said, this time in English, before switching back. "⟦d:a|But the other three were mine.⟧"
Fontaine, the world number two, did not try to hide her disappointment. "⟦d:b|She played without fear and I played with too much of it,⟧" the Frenchwoman told reporters. "⟦d:b|I'm not going to sit here and pretend this doesn't hurt. It hurts a lot.⟧"
Her coach, Oleg Brandt, who has worked with Seitkali since she was 12, said the result had not surprised him. "⟦d:c|She has hit the ball like this in practice for a year,⟧" he said. "⟦d:c|Today she did it with fifteen thousand people watching. That is the only difference.⟧"
A tournament spokeswoman said Seitkali's next match, against Australian wildcard Jess Paterno, had been moved to the main stadium "⟦p:d|because of public demand⟧".
Asked if she had a message for people watching at home in Shymkent, where it was past two in the morning, Seitkali grinned. "⟦d:a|Go to sleep. I will still be here tomorrow.⟧"

### 003
@a Derek Vane | Councillor
@b - | My father
@c - | a little boy on one of the site tours
Nanami Hoshino, 52, designed the new Kelby Central Library, which opens to the public next month after six years of delays and a very public row with the city council. She spoke to Marta Quill in her studio in the old tram depot. The interview has been condensed and edited.
**The library was supposed to open in 2021. What happened?**
Everything happened. A pandemic, a steel shortage, two changes of council leadership. And me, if I am honest. I changed the main staircase three times.
**Councillor Derek Vane called the building "⟦p:a|a vanity project with a roof⟧". Did that hurt?**
For about a week. Then I had it printed on a mug. It is on my desk, there, next to the kettle. I drink my tea out of it every morning and I think, well, at least it has a roof.
**Where did the idea for the reading room come from?**
From my childhood in Sendai, partly. My father had a second-hand bookshop, very narrow, very dark, and he used to say, "⟦d:b|A shop with no window is a shop for people who already know what they want.⟧" I wanted the opposite. I wanted a building where you could see the books from the bus stop.
**The working title was "⟦s:-|the Lantern⟧". Why did you drop it?**
The council's communications people thought it sounded like a pub. They were not wrong.
**What has been the best moment so far?**
A site tour last autumn. A little boy on one of the site tours, maybe six years old, looked up at the shelves going up four storeys and asked me, "⟦d:c|Where do the books go to sleep?⟧" I did not have an answer. I still don't. I think that is the right question for a library.
**And on opening day?**
I will hide. Probably in the stacks, on the third floor, where nobody will look for me.

### 004
@a Bernadette | the eldest
@b Clodagh | -
@c Úna | the youngest
@d Pat Gorman | Regular customer
For forty-one years the ovens at Mulcahy’s on Bridge Street have been lit at four in the morning by a Mulcahy. From Saturday, they won’t be.
The three Mulcahy sisters — Bernadette, 68, Clodagh, 65, and Úna, 61 — are retiring, and the bakery their father opened in 1983 will close its doors after a final day of trading. A handwritten sign in the window reads “⟦s:-|Thank you for 41 years. Don’t cry, buy a scone⟧”.
“⟦d:a|We talked about it for three years and argued about it for two,⟧” said Bernadette, the eldest, who took over the ovens when their father’s back gave out in 1991. “⟦d:a|In the end my knees made the decision for all of us.⟧”
Clodagh, who has done the books and the shop counter since she left school, said the hardest part had been telling the staff. “⟦d:b|Two of our girls have been with us since they were sixteen. One of them is a grandmother now. You don’t just hand someone like that an envelope.⟧”
Both staff members have found work at the new Tesco bakery counter on the ring road, she added. “⟦d:b|Which is a bit of a knife in the heart, but they’ll be grand.⟧”
Úna, the youngest, is the one who came up with the Mulcahy brack, known to several generations of Kilbrannock schoolchildren simply as “⟦s:-|the brick⟧”. She insists the recipe is leaving with her.
“⟦d:c|People have offered me money for it. Serious money, from a man in Limerick,⟧” she said. “⟦d:c|Daddy always said, ‘The day you sell the recipe is the day you’ve stopped being a baker.’ So I haven’t sold it. I’ve just stopped being a baker.⟧”
Her sisters laughed at that. “⟦d:a|She’s been practising that line,⟧” Bernadette said.
Regular customer Pat Gorman, 79, has bought a sliced pan and two custard slices every Saturday since the shop opened. “⟦d:d|I don’t know where I’ll go now. Honestly I don’t,⟧” he said, standing at the counter with his wallet out. “⟦d:d|I might just come and stand outside.⟧”
The building has been sold to a developer, who plans to turn it into two apartments. “⟦d:b|At least it won’t be a vape shop,⟧” Clodagh said.

### 005
@a Dele Abiodun | -
@b Marcus Feeney | -
@c Gwilym Pryce | the former Premier Division referee
On this week's episode of "⟦s:-|Second Half⟧", the football podcast hosted by Dele Abiodun and Marcus Feeney, who played together at Castleton for six seasons, the guest was Gwilym Pryce, the former Premier Division referee, and the conversation quickly turned to the decisions that still keep him awake.
"⟦d:b|Did you ever get one completely wrong and know it straight away?⟧" Feeney asked.
"⟦d:c|Dozens,⟧" Pryce said. "⟦d:c|Anyone who tells you otherwise is lying or wasn't watching.⟧"
"⟦d:a|Go on then. Name one,⟧" Abiodun said.
"⟦d:c|Castleton against Wexley, 2009. You were playing, Dele, as it happens. Your lad went down in the box, I gave the penalty, and by the time I'd blown the whistle I knew he'd dived. I could see it in his face. He couldn't look at me.⟧"
There was a long pause.
"⟦d:a|That was Marcus,⟧" Abiodun said.
"⟦d:b|It was not,⟧" Feeney said, to laughter. "⟦d:b|It was absolutely not me. I was on the bench that day.⟧"
Pryce, who retired in 2016 after 19 years on the national list and now trains young referees in Cardiff, said the arrival of video review had changed the job beyond recognition.
"⟦d:c:m|When I started, you made a decision and you lived with it. You went home, you watched it on the highlights, you felt sick, and then on Monday you got up and did it again.⟧
"⟦d:c:m|Now there's a man in a van in another city who can tell you you're wrong before the players have even finished arguing. I'm not against it. But it's made referees scared of their own eyes.⟧
"⟦d:c|The best ones I train now, the really good ones, they trust their eyes. That's still the job.⟧"
Feeney asked what he would change if he ran the game for a day.
"⟦d:c|I'd put a microphone on the captains,⟧" Pryce said. "⟦d:c|Not the referee. The captains. Let the public hear what we hear.⟧"

### 006
@a Anil Mehta | the health secretary
@b - | a nurse in Dunmore
@c Royal College of Nursing | -
Below is an edited transcript of Tuesday's interview on Morning Edition between presenter Shona Baird (SB) and the health secretary, Anil Mehta (AM).
SB: Health secretary, in March you told this programme that waiting lists would fall "⟦p:a|month on month⟧" by the summer. It's October. They've risen in four of the last six months. What went wrong?
AM: Well, I don't accept that anything went wrong. We've had the worst winter pressures in a generation carrying on into the spring, and we've had industrial action—
SB: But you made the promise in March, when you knew all of that.
AM: I made a forecast, Shona, based on the best information we had.
SB: Your words were "⟦p:a|month on month⟧". That's not a forecast, that's a promise.
AM: I think listeners understand the difference between a target and a guarantee.
SB: Let me read you something. A nurse in Dunmore wrote to us this week. She said: "⟦d:b|I have stopped telling patients how long they will wait because I no longer believe the numbers I am given.⟧" What would you say to her?
AM: I would say thank you, first of all, for everything she does. And I'd say that the numbers are published independently, and she can trust them.
SB: The Royal College of Nursing said this morning that staffing was at "⟦p:c|the most dangerous level we have recorded⟧". Are they wrong?
AM: They're entitled to their view. We've recruited more nurses this year than in any year on record.
SB: And lost more.
AM: And we are working to keep them. That's why the pay offer is on the table.
SB: Health secretary, thank you.

### 007
@a Kayleigh Brennan | Love Villa star
@b Donna | Her mum
@c - | A source close to the star
@d - | A spokesman for Pike
LOVE Villa star Kayleigh Brennan has opened up for the first time about her "⟦p:a|absolute nightmare⟧" split from footballer Jordan Pike — and revealed she found out it was over from a photo on social media.
The 26-year-old, who won the hit dating show in 2022, told the Daily Beacon: "⟦d:a|I was in the bath scrolling on my phone and there he was, on a yacht in Marbella, with his arm round someone who was very much not me.⟧"
"⟦d:a|I actually dropped the phone in the water. So that was two things ruined in one night.⟧"
Kayleigh, from Warrington, says she has spent the last two months "⟦p:a|crying, eating and crying while eating⟧" at her mum's house.
"⟦d:a|People think it's all glamour. It's not. Half the time I'm in my mum's spare room in my old school hoodie watching cooking programmes,⟧" she said.
Her mum Donna, 51, said she had never trusted Pike. "⟦d:b|I said it from day one. He never once asked me how I was. Not once. You can tell a lot about a man from that,⟧" she told us.
"⟦d:b|She's stronger than people think. She gets that from me.⟧"
A source close to the star said: "⟦d:c|Kayleigh's been through the wringer but she's already had two big offers come in. This is a new chapter and she's ready to write it.⟧"
A spokesman for Pike said: "⟦d:d|Jordan wishes Kayleigh nothing but the best and asks that his privacy is respected at this time.⟧"
Kayleigh just laughed when we read her the statement. "⟦d:a|Privacy? He was on a yacht!⟧"

### 008
@a Kaisa Lehtimäki | the new chief conductor of the Lindau Philharmonic
@b Henrik Dahl | the principal oboist
@c Lindau Philharmonic | -
Kaisa Lehtimäki, the new chief conductor of the Lindau Philharmonic, does not believe in the myth of the tyrant on the podium. «⟦d:a|The shouting maestro is a lazy man,⟧» she tells me in her dressing room, still in a black rehearsal shirt. «⟦d:a|If you have to shout, you have not prepared.⟧»
She is 39, the first woman to lead the orchestra in its 140-year history, and the first Finn. When I ask whether that matters, she gives the question more thought than I expected.
«⟦d:a|It matters to the girls who come to the family concerts. It matters less to me than to the journalists,⟧» she says, with a small smile. «⟦d:a|To me what matters is whether the second violins are together in bar 212.⟧»
Finns, she says, are supposed to have «⟦s:-|sisu⟧», the untranslatable national stubbornness. She is not convinced it is enough. «⟦d:a|Sisu ei riitä,⟧» she says, and then translates for me: «⟦d:a|Stubbornness is not enough. You also need to listen.⟧»
Her musicians seem to agree. Henrik Dahl, the principal oboist, has played under eleven chief conductors in 28 years. «⟦d:b|With some of them you spend the rehearsal trying to guess what they want,⟧» he says. «⟦d:b|With Kaisa you know in the first five minutes. She sings it to you. Badly, but she sings it.⟧»
Told of this, Lehtimäki laughs. «⟦d:a|Henrik is very generous. My singing is a crime.⟧»
The orchestra's finances remain fragile. In its annual report, the Lindau Philharmonic described its position as «⟦p:c|stable but without reserves⟧», and it has cut one of its three touring programmes.
«⟦d:a:m|I knew this when I came. I am not naive. A city of this size keeping an orchestra of ninety people is a kind of miracle, and miracles need money.⟧
«⟦d:a|But I did not come here to manage a decline. I came because when I first stood in front of them, in 2019, they played the Sibelius Fifth as if somebody's life depended on it. You cannot buy that.⟧»

### 009
@a Tariq Haddad | the unbeaten super-lightweight
@b Samir | His father
@c Walid | his uncle
In the back room of the Albion Street gym there is a framed photograph of a nine-year-old Tariq Haddad in gloves bigger than his head. Fifteen years later, the unbeaten super-lightweight is a fortnight away from the first title fight of his career, and the gloves in the photograph are still hanging on a nail above the door.
“⟦d:a|My dad won’t let anyone touch them,⟧” Haddad says, unwrapping his hands after a morning of sparring. “⟦d:a|I think he’s more attached to them than I am.⟧”
His father, Samir, who came to Leeds from Tripoli in 1994 and drove a taxi for twenty years, is standing by the ring apron with a stopwatch. He overhears. “⟦d:b|Those gloves cost me eleven pounds and a week of arguments with his mother,⟧” he says. “⟦d:b|Of course I won’t let anyone touch them.⟧”
Samir trains his son; Walid works the corner as cutman. The Haddad camp is, in every sense, a family business, and on 14 June at the Northern Arena it will face its biggest test: the WBF champion Ricky “⟦s:-|The Hammer⟧” Coyle.
“⟦d:c|People say a father can’t train his son, that it’s too emotional,⟧” his uncle Walid says. “⟦d:c|Maybe for other fathers. Samir is not emotional. Samir is a rock. I am the emotional one. That is why I am the cutman, so I have something to do with my hands.⟧”
Haddad laughs at that. “⟦d:a|He’s not lying. Uncle Walid cried at my first amateur fight. I lost that one, to be fair.⟧”
Coyle, 31, has twenty-six wins and one defeat and has spent the build-up calling Haddad “⟦s:-|the taxi driver’s boy⟧”. The Haddads say they are not bothered.
“⟦d:b|I drove a taxi for twenty years. I put two children through university with that taxi,⟧” Samir says quietly. “⟦d:b|If he thinks it is an insult, he has never been in a taxi at three in the morning on a Saturday in Leeds.⟧”
His son nods. “⟦d:a|Everything I’ve got is from that car. Tell Ricky he can call me what he wants.⟧”

### 010
@a Emilio Cárdenas | a retired bus mechanic from Port Arlis
@b Ramón Villaseñor | a pharmacist in Valmora
@c Noor Jassim | the volunteer genealogist who matched them
@d Lucía | Cárdenas's daughter
PORT ARLIS, March 3 (Coastline Press) -- Fifty-two years after they were separated as infants at a convent orphanage, two brothers who had never known the other existed met for the first time on Saturday in the arrivals hall of Port Arlis airport.
Emilio Cárdenas, a retired bus mechanic from Port Arlis, had been waiting for almost two hours, holding a bunch of yellow carnations. When his brother, Ramón Villaseñor, a pharmacist in Valmora, came through the doors, neither man spoke for several seconds.
``⟦d:a|It was like looking in a mirror that had been left out in the rain,⟧'' Cárdenas said afterwards, laughing. ``⟦d:a|He has more hair. I have more belly. Otherwise, the same.⟧''
Villaseñor said he had grown up believing he was an only child. ``⟦d:b|My mother, my adoptive mother, told me when I was forty that I was adopted. She never said anything about a brother. I don't think she knew,⟧'' he said.
The two were matched in January through a consumer DNA service. Cárdenas's daughter, Lucía, 29, had submitted her father's sample as a birthday present.
``⟦d:d|I was hoping to find out if we were part Italian,⟧'' she said. ``⟦d:d|Instead I found an uncle.⟧''
Noor Jassim, the volunteer genealogist who matched them, said dozens of children had passed through the orphanage in the early 1970s, and records from the period were incomplete. ``⟦d:c|There are almost certainly other families out there with the same story,⟧'' Jassim said. ``⟦d:c|We would encourage anyone born there between 1968 and 1975 to get in touch.⟧''
Asked what they planned to do next, the brothers looked at each other. ``⟦d:b|Eat,⟧'' Villaseñor said. ``⟦d:a|And then talk for fifty-two years,⟧'' said Cárdenas.

### 011
@a Huw Llewellyn | -
@b Siân | His wife
@c Rhodri | their son
@d Met Service | -
@e - | A spokesperson for the Farmers' Union of Cambria
Huw Llewellyn has farmed at Cwm Eithin, above the village of Llanfor, for 38 years, and he says he has never seen the grass this colour in July.
“⟦d:a|It should be up to your knees by now. Look at it. It’s like walking on cornflakes,⟧” he told Cambria News as he walked the top field, the ground crackling under his boots.
The Met Service said on Monday that the spring and early summer had been “⟦p:d|exceptionally dry⟧” across the west, with some areas receiving less than a third of their usual rainfall since April.
For the Llewellyns that means buying in feed for their 600 ewes two months earlier than usual. His wife, Siân, keeps the accounts at the kitchen table. “⟦d:b|We’ve spent in six weeks what we’d normally spend between October and Christmas,⟧” she said. “⟦d:b|I’ve stopped opening the statements in front of him.⟧”
Their son, Rhodri, 27, came home from agricultural college five years ago intending to take the farm on. He still does, but he admits this summer has shaken him.
“⟦d:c|Dad’s seen bad years. He tells me about 1976 every single day at the moment,⟧” Rhodri said. “⟦d:c|But it feels different now. It used to be one bad year in ten. Now it’s one good year in three, if you’re lucky.⟧”
His father, listening, did not disagree. “⟦d:a|He’s right. I don’t like saying it, but he’s right.⟧”
A spokesperson for the Farmers' Union of Cambria said members across the region were reporting similar problems. “⟦d:e|We are asking the government to bring forward support payments and to relax the rules on grazing fallow land before the situation becomes critical,⟧” they said.
Back in the farmhouse, Siân has put the kettle on. Asked whether they had ever thought of selling up, she looked at her husband before answering.
“⟦d:b|Every year. And every year we don’t.⟧”

### 012
@a Beatriz Lunardi | Head coach
@b Sadie O'Rourke | the captain
@c - | One reporter
@d Valdoria Football Federation | -
Head coach Beatriz Lunardi insisted on Thursday that she had "⟦p:a|no intention whatsoever⟧" of resigning after her side's 3-0 defeat by Estorra ended their hopes of reaching the World Cup.
"⟦d:a|I'm disappointed, the players are disappointed, the country is disappointed. I understand that completely,⟧" Lunardi told a packed press conference at the national training centre. "⟦d:a|But I was hired to build something for 2031, not just for this campaign, and I believe in what we're building.⟧"
One reporter asked: "⟦d:c|Is your job on the line?⟧"
"⟦d:a|You'd have to ask the federation. I can only tell you what's in my head, and what's in my head is the next camp in February.⟧"
Sadie O'Rourke, the captain, sat beside her coach for the first ten minutes and was asked whether the squad still backed Lunardi.
"⟦d:b|One hundred per cent,⟧" O'Rourke said. "⟦d:b|I'm not just saying that because she's sitting next to me.⟧" Lunardi laughed for the first time all afternoon.
"⟦d:b|We let her down on Tuesday. We let ourselves down. The first goal came from my mistake, and I'll live with that. It's not on the coach.⟧"
Asked about her own future, the 33-year-old, who has won 141 caps, said she would "⟦p:b|sit down with my family and decide⟧" before the spring.
The Valdoria Football Federation said in a brief statement on Thursday evening that it would "⟦p:d|review the campaign in full⟧" and would make no further comment until that review was complete.
"⟦d:a|That's normal,⟧" Lunardi said when the statement was read to her. "⟦d:a|I'd review it too. I have been reviewing it every night since Tuesday.⟧"


### 013
@a Tobiloba Adeyinka | the founder of Ledgerline
@b Mariam Sheikh-Ali | His co-founder
@c Harrow Capital | -
Tobiloba Adeyinka orders for both of us before I have taken my coat off. "⟦d:a|You'll want the jollof and the suya. Trust me,⟧" says the founder of Ledgerline, and then catches himself. "⟦d:a|Sorry. I do that. My wife says I do it at home too.⟧"
We are in Iya Gbemi's, a twelve-table restaurant on a parade of shops in Peckham that he has been coming to since he was a student, long before Ledgerline was valued at $2.1bn in a funding round last spring. The owner hugs him on the way in and does not bring a menu.
The round was led by Harrow Capital, which said in its announcement that Adeyinka was "⟦p:c|the most stubborn founder we have ever backed⟧". He grins when I mention it. "⟦d:a|I took it as a compliment. I'm not sure it was meant as one.⟧"
I ask him about "⟦s:-|disruption⟧", the word that appears in almost every article written about his company. He pulls a face.
"⟦d:a:m|I hate that word. We didn't disrupt anything. We built a way for a woman selling peppers in Bodija market to get paid by someone who doesn't carry cash, and to get the money that afternoon, not next week.⟧
"⟦d:a|That's plumbing. It's not glamorous. Nobody puts plumbing on the cover of a magazine.⟧"
His co-founder, Mariam Sheikh-Ali, runs engineering from Nairobi and rarely gives interviews. When I reach her by video call the following week, she is more amused than guarded. "⟦d:b|Tobi is the person who walks into the room,⟧" she says. "⟦d:b|I'm the person who makes sure the room has a floor. We've had maybe three real fights in eight years. He won one of them.⟧"
Back at the table, over the last of the suya, I put this to him. "⟦d:-|Which one did you win?⟧"
"⟦d:a|The name,⟧" he says, without hesitation. "⟦d:a|She wanted to call it something else. I'm not telling you what. I still think I was right, and she still thinks I was lucky.⟧"
The bill arrives. He will not let me see it.

### 014
@a Ishbel Mackay | -
@b Catriona | Her daughter
@c Niamh | Catriona’s daughter
@d Angus Ferrier | the harbourmaster
Ishbel Mackay was 23 when she took the Morning Star out of Port Ellin for the first time, in the spring of 1959, with her father too ill to stand and a crew of two men who had, she says, “⟦p:a|bet each other a week’s wages I’d put her on the rocks⟧”.
Sixty-five years on, she sits at the window of her cottage above the harbour and watches her granddaughter bring the Morning Star IV in through the narrows.
“⟦d:a|She comes in too fast,⟧” she says. “⟦d:a|She’s always come in too fast. So did I.⟧”
For a long time Ishbel was the only woman skippering a boat out of Port Ellin. Her daughter Catriona went to university in Glasgow and became a teacher — “⟦p:b|the great family disappointment⟧”, she calls herself, drily.
“⟦d:b|I was seasick on the ferry to Oban. Mum never quite forgave me,⟧” Catriona, 61, said, laughing, from the other armchair. “⟦d:b|She used to take me out on Saturdays hoping I’d grow out of it. I never did.⟧”
It was Catriona’s daughter, Niamh, who went back to sea. She bought her first boat at 26 with a loan from her grandmother and now fishes for langoustine with a crew of three.
“⟦d:c|Gran taught me the knots when I was six,⟧” Niamh, now 34, said when she came up from the pier in her oilskins. “⟦d:c|Mum taught me to read the forecast. Between them I’ve had the best training of anyone in this harbour.⟧”
“⟦d:b|Somebody had to make sure she came home,⟧” her mother said.
Angus Ferrier, the harbourmaster, remembers Ishbel’s early years as a skipper. “⟦d:d|There were men here who wouldn’t sail on a Friday, wouldn’t whistle on deck and wouldn’t have a woman aboard,⟧” he said. “⟦d:d|Ishbel just ignored the lot of them, and caught more fish than most of them besides.⟧”
At the window, Ishbel is still watching the boat tie up. “⟦d:a|Tell her to slow down,⟧” she says. “⟦d:a|She won’t listen. Mackay women never do.⟧”

### 015
@a Alejandro Ruiz Paredes | The Madrid-born actor
@b Jonas Whitfield | the director
@c - | One critic
@e - | another critic
Alejandro Ruiz Paredes has died on stage 212 times in the past eight months, and he says it does not get any easier. The Madrid-born actor, 47, is playing the dying patriarch in “⟦s:-|The House of Silence⟧”, Jonas Whitfield’s English-language staging of the Galician classic, which transfers to the Aldwych Street Theatre next week.
“⟦d:a|Every night, about twenty minutes before the end, I feel my heart start to race,⟧” he says over a coffee in the theatre bar. “⟦d:a|The body doesn’t know it’s pretending. The body is very stupid.⟧”
He learned English in his thirties, from the subtitles of American detective series, and still prefers to think in Spanish when a question matters to him. Asked why he keeps returning to the stage when television pays so much better, he answers first in his own language.
“⟦d:a|El teatro es el único sitio donde todavía nos escuchamos,⟧” he says, and then translates himself: “⟦d:a|Theatre is the only place where we still listen to each other. Two hours, no phones. It’s a small miracle.⟧”
Whitfield, the director, first saw him in a fringe production in Vigo in 2017. “⟦d:b|I’d gone to see a friend in it, and I spent the whole evening watching the old man in the corner who had four lines,⟧” Whitfield said. “⟦d:b|That was Alejandro. He was about forty and playing eighty. I wrote to him the next morning.⟧”
The production has divided critics. One critic described his performance as “⟦p:c|a slow, magnificent collapse⟧”; another critic complained that the second act was “⟦p:e|an endurance test for all concerned⟧”.
Ruiz Paredes shrugs at the first review. “⟦d:a|Slow, yes. Magnificent, I don’t know. Collapse, definitely. My knees are finished.⟧”
And the second? “⟦d:a|Also true,⟧” he says. “⟦d:a|But the audience stays. Every night, they stay.⟧”

### 016
@a Hana Kovačević | the three-time world champion
@b Dragan Mesić | her coach of 15 years
@c Lea Horvat | Her relay teammate
@d Swimming Federation of Zagora | -
ZAGORA CITY, Aug 9 (Adria Press) -- Hana Kovačević, the three-time world champion, announced her retirement from competitive swimming on Friday, two weeks after finishing fourth in the 200 metres butterfly at the Games.
``⟦d:a|I have given the water twenty-three years. It has given me everything back and more, but now I want to give some time to dry land,⟧'' the 29-year-old wrote in a post on social media.
Speaking to reporters later at the national pool in Rovan, where she has trained since the age of six, Kovačević said the decision had been made ``⟦p:a|in a car park at about six in the morning⟧'' three days after her final race.
``⟦d:a|I sat in the car and I did not want to get out. That had never happened to me before, not once. So I knew,⟧'' she said.
Dragan Mesić, her coach of 15 years, said he was not surprised. ``⟦d:b|She told me before she told her mother. I asked her, 'Are you sure?' and she said yes, and that was the whole conversation,⟧'' he said. ``⟦d:b|With Hana there is never a long conversation.⟧''
Her relay teammate Lea Horvat, 24, said Kovačević had been ``⟦p:c|like a big sister, but a strict one⟧'' to the younger swimmers in the squad.
``⟦d:c|She would come to the pool at five in the morning and if you were not already in the water she would just look at you. She did not need to say anything,⟧'' Horvat said.
The Swimming Federation of Zagora said it would name the new 50-metre pool in Rovan after her, calling her ``⟦p:d|one of the greatest athletes this country has ever produced⟧''.
Asked about her plans, Kovačević laughed. ``⟦d:a|Sleep. Then maybe I will go back to university. Then, I promise you, I will sleep again.⟧''

### 017
@b - | The judges
@c - | my grandmother
@d - | a customer
Yaw Mensah-Clarke's third collection, "⟦s:-|Tin Roof Hymns⟧", won the Halden Prize for Poetry on Tuesday. He talked to Rhiannon Toft about rain, his grandmother, and the year he nearly gave up. This interview has been edited for length and clarity.
**Congratulations. Where were you when you heard?**
In the queue at the post office, sending my brother a birthday card. My phone rang and I didn't pick up because I thought it was the bank.
**The judges called the book "⟦p:b|a chorus of a whole city's weather⟧". Is that how you see it?**
I'm not sure I see it as anything yet. I wrote it over seven years, in bits, on buses mostly. It's strange to have somebody hand it back to you in one sentence. But it's a kind sentence. I'll take it.
**Why tin roofs?**
Because my grandmother's house in Cape Coast had one, and when it rained you couldn't hear yourself think. She used to say, "⟦d:c|When God is talking, you keep quiet.⟧" I must have been four or five. I believed her completely. I still half believe her.
**You've said you stopped writing altogether in 2019.**
For about a year, yes. I worked nights in a call centre for an energy company. One night a customer shouted at me, "⟦d:d|Put me through to a human being!⟧" and I remember thinking, well, that's the first line of something. I went home and wrote for the first time in months.
**What's next?**
My publisher has been asking about "⟦s:-|the rivers book⟧" for two years. I think it might turn out to be a novel. Please don't print that. Actually, print it. Then I'll have to write it.

### 018
@a Brianna Okoro | -
@b Leah Castellano | -
@c Moira Fenwick | retired detective inspector
@d - | One listener
Brianna Okoro and Leah Castellano have spent four years revisiting unsolved cases from the North-East on their podcast, "⟦s:-|Cold Files⟧". This week's episode, the first of a three-part series on the 1997 disappearance of 17-year-old Carol Amesbury, had an unusual guest: retired detective inspector Moira Fenwick, who led the original investigation.
"⟦d:a|Moira, you've never spoken publicly about this case. Why now?⟧" Okoro asked at the start of the episode.
"⟦d:c|Because I'm 71 and Carol's mother is 90,⟧" Fenwick replied. "⟦d:c|I'd like her to hear me say, before one of us dies, that we didn't give up. We ran out of road. That's a different thing.⟧"
Castellano asked about Amesbury's boyfriend at the time, who was questioned and released without charge. "⟦d:b|There were people in the village who felt he was never properly looked at. Was he?⟧"
"⟦d:c|He was looked at very properly. He was interviewed six times,⟧" Fenwick said. "⟦d:c|I'm not going to say any more than that on a podcast, and I'd ask your listeners not to go knocking on his door.⟧"
"⟦d:a|That's fair,⟧" Okoro said.
Later in the episode Castellano read out a message sent in after the trailer was released. One listener wrote: "⟦d:d|I was in Carol's class. We were told not to talk about it at school, so we never did. I'm 44 now and I think I'm ready to talk.⟧"
There was a silence on the recording before Fenwick spoke. "⟦d:c|That's the kind of message that reopens cases,⟧" she said quietly. "⟦d:c|I hope whoever that is picks up the phone to the police as well as to you two.⟧"
"⟦d:b|We've passed it on,⟧" Castellano said. "⟦d:b|With their permission, obviously.⟧"
The second episode is released next Thursday.

### 019
@a Gerald Nwachukwu | Head teacher
@b Liam Roche | -
@c Karim Benali | -
@d Maisie | Year 6 pupil
@e Ruth Penhaligon | chair of governors
Head teacher Gerald Nwachukwu will ring the bell at Hollin Lane Primary for the last time on Friday, after 27 years in charge and, by his own estimate, “⟦p:a|roughly eleven thousand assemblies⟧”.
“⟦d:a|I started here with a moustache and a full head of hair,⟧” the 64-year-old said. “⟦d:a|The moustache went in 2004. The hair went one inspection at a time.⟧”
Liam Roche was in his first Year 6 class, in 1998. He is now a paramedic, and came back to the school this week to tell the current pupils about his job.
“⟦d:b|He caught me on the roof of the bike shed. Instead of shouting at me, he asked me what I could see from up there,⟧” Mr Roche said. “⟦d:b|I told him the sea. He said, ‘Then you’d better learn to swim in it.’ He had me booked into lessons by the end of the week.⟧”
Karim Benali, 30, who runs a barber’s on Station Road, said Mr Nwachukwu had been the first adult to tell him he was clever. “⟦d:c|I was a nightmare. I mean a proper nightmare. And he still stood up in assembly and read out my story about the pigeon,⟧” he said. “⟦d:c|I’ve cut his hair for nine years. What’s left of it. I’ve never charged him.⟧”
At Wednesday’s leaving assembly, Year 6 pupil Maisie, 11, read a poem she had written for him. It began: “⟦d:d|Mr N, Mr N, please don’t go, who will do the dinosaur voice when it’s snow?⟧” The hall erupted.
Ruth Penhaligon, chair of governors, said he had steered the school through “⟦p:e|two floods, a fire and four secretaries of state⟧”. “⟦d:e|He has never once put the school before the children, which is exactly the right way round,⟧” she said.
Asked what he planned to do next, Mr Nwachukwu considered the question seriously. “⟦d:a|Sleep past six. Learn the cello. And stop saying ‘Walk, don’t run’ to strangers in the supermarket.⟧”

### 020
@a Rory Madigan | the singer
@b Fionn | his younger brother
@c Beth Akande | the drummer
@d Kwame Asante | -
The Fallow Year broke up in 2011 in the car park of a motorway service station outside Carlisle, and the four of them still cannot agree on exactly why.
“⟦d:a|It was his fault,⟧” says Rory Madigan, the singer, pointing across the table at his younger brother, Fionn, who played guitar and wrote half the songs.
“⟦d:b|It was entirely his fault,⟧” Fionn says, at precisely the same moment.
Beth Akande, the drummer, rolls her eyes. “⟦d:c|This is what it was like for nine years. Imagine doing this in a van.⟧”
We are in the back room of a pub in Stockport, a few hundred yards from where they played their first gig, and they have agreed to talk together for the first time since announcing a reunion tour — fourteen dates, starting in May, all of them sold out within an hour. Their second album, “⟦s:-|Low Country⟧”, which the music press at the time called “⟦s:-|the last gasp of guitar pop⟧”, has quietly become a streaming favourite among people too young to have bought it.
“⟦d:-|So what changed?⟧” I ask.
Kwame Asante, who played bass and has spent the intervening years teaching maths in Sheffield, answers first. “⟦d:d|Fionn’s daughter,⟧” he says. “⟦d:d|She put one of our songs in a video and it got eleven million views, and suddenly we were all getting messages from people we hadn’t heard from in fifteen years.⟧”
“⟦d:b|She didn’t even tell me. I found out from my dentist,⟧” Fionn says.
“⟦d:a|And then he rang me,⟧” Rory says. “⟦d:a|First time in eight years. I nearly didn’t answer. I thought someone had died.⟧”
Will it last beyond May? Akande laughs. “⟦d:c|Ask me in June. If we’re still speaking, maybe.⟧”

### 021
@a Fumiko Arakawa | The potter
@b Kenji | her grandson
@c Sophie Delacroix-Hume | the gallery's director
Fumiko Arakawa is 81 and has made, by her own count, "⟦p:a|about forty thousand⟧" tea bowls. The potter, who still works alone in a wooden shed behind her house outside Hagi, kept perhaps two hundred of them. The rest she broke.
"⟦d:a|A bad bowl is a lie. You cannot let a lie go out of the house,⟧" she says through her grandson Kenji, 24, who is translating for her during her first visit to Britain, for a retrospective at the Harrowgate Gallery in Bath.
Kenji grins and adds something of his own. "⟦d:b|She says it very calmly now. When I was a kid she used to throw them at the wall of the shed. We weren't allowed in there for years.⟧"
Arakawa learned from her father, who learned from his, and she did not expect to be the one to carry on. Her elder brother was meant to take over the kiln, but he died in 1961, at 22, in a fishing accident.
"⟦d:a|My father looked at me at the funeral and I knew,⟧" she says. "⟦d:a|He did not need to ask. I started the next month.⟧"
How does she know when a bowl is right? She holds up her hands, palms out, and answers in Japanese.
"⟦d:a|Te ga oboete iru,⟧" she says. Kenji translates: "⟦d:a|The hands remember.⟧"
Sophie Delacroix-Hume, the gallery's director, spent four years persuading her to lend the work. "⟦d:c|I wrote eleven letters. She answered the eleventh with a postcard that said, 'Maybe.' I have it framed,⟧" she said.
The exhibition opens on Saturday. Asked how it felt to see so many of her bowls together in one room, Arakawa was quiet for a moment.
"⟦d:a|Like seeing old friends at a party,⟧" she said. "⟦d:a|Some of them I am happy to see. Some of them I would like to break.⟧"

### 022
@a Gary Whitmore | -
@b Denise | wife
@c Trevor Mundy | Pal
@d - | A Lucky Star Lotto spokeswoman
A BUS driver who scooped £14.2million on the Lucky Star Lotto says he'll still be turning up for his shift on Monday — "⟦p:a|because somebody's got to drive the 43⟧".
Gary Whitmore, 58, and wife Denise, 56, from Dudley, matched all six numbers in Saturday's draw using a line of family birthdays they have played every week since 1996.
"⟦d:a|I checked it six times. Then I made Denise check it. Then I made the dog look at it,⟧" Gary told us from the couple's semi, where a bottle of champagne was still unopened on the kitchen table.
Denise said she "⟦p:b|screamed so loud the neighbours came round⟧".
"⟦d:b|I honestly thought someone had been murdered,⟧" she laughed. "⟦d:b|Poor Gary was just sat on the stairs holding the ticket, white as a sheet.⟧"
The pair plan to pay off their three children's mortgages, buy a caravan in Tenby and take their first holiday abroad together.
"⟦d:a|Denise wants to see the Northern Lights. I want a new shed. We'll see who wins,⟧" Gary said.
Pal Trevor Mundy, who has shared a drink with Gary at the Swan every Friday for thirty years, said: "⟦d:c|If anyone deserves it, it's him. He's bought me more pints than I've bought him, and I'm not expecting that to change now.⟧"
A Lucky Star Lotto spokeswoman said: "⟦d:d|We're thrilled for Gary and Denise. It's wonderful when a win goes to people who have been so loyal for so long.⟧"
So will Gary really be back behind the wheel on Monday morning? "⟦d:a|Course I will. I've got a route to do,⟧" he said, before Denise gave him a look. "⟦d:a|Maybe for a month.⟧"

### 023
@a Anaya Krishnamurthy | -
@b Lakshmi Krishnamurthy | a hospital pharmacist
@c Saraswathi | Her grandmother
@d Viktor Orlov-Reyes | Grandmaster
Anaya Krishnamurthy is eleven years old, has a loose front tooth and a rating of 2,310, which makes her the strongest player of her age in Europe. She would quite like to talk about her rabbit instead.
“⟦d:a|His name is Bishop. He’s not very clever,⟧” she says, on the sofa of the family’s flat in Croydon, her feet not quite reaching the floor. “⟦d:a|He’s called Bishop because he only goes diagonally.⟧”
Her mother, Lakshmi Krishnamurthy, a hospital pharmacist, says the family had no idea what they were dealing with until Anaya, at six, beat her father in eleven moves. “⟦d:b|He’d been playing for thirty years. He went very quiet and then he went for a walk,⟧” she says.
It was her grandmother, Saraswathi, who taught her the moves, on a travelling set with two pawns missing, during a summer in Chennai. Now 74, she sits in the corner of the room, knitting and listening.
“⟦d:c|I taught her how the pieces move. That is all,⟧” she says. “⟦d:c|The rest she found by herself. I lose to her now in five minutes. I don’t mind. I cheat a little and she lets me.⟧”
“⟦d:a|She doesn’t cheat a little. She cheats a lot,⟧” Anaya says.
Grandmaster Viktor Orlov-Reyes, who has coached her for three years, believes she could become a grandmaster before she is fourteen. “⟦d:d|Her calculation is already at a professional level. What I try to protect is that she still enjoys it,⟧” he said. “⟦d:d|There are too many children in chess who are finished at sixteen.⟧”
Some of the chess press have started calling her “⟦s:-|the Croydon Queen⟧”. Her mother does not love it.
“⟦d:b|She’s a child. She has homework and a rabbit,⟧” Lakshmi says. “⟦d:b|She can be a queen when she’s finished her maths.⟧”
Anaya, who has been listening very carefully, has one more thing to add. “⟦d:a|Queens are actually the most powerful piece. So it’s fine.⟧”

### 024
@a Nick Oduya | presenter
@b Rahul Bhattacharya-Webb | the Kestrels captain
@c Kestrels | -
Speaking to presenter Nick Oduya on Coast FM's "⟦s:-|Sunday Sport⟧", Rahul Bhattacharya-Webb, the Kestrels captain, was in no mood to defend his side's batting after they were bowled out for 94 on the final day at Harbour Park.
"⟦d:a|Rahul, ninety-four. On a flat pitch. What happened?⟧" Oduya began.
"⟦d:b|Honestly, Nick, I don't have a good answer for you,⟧" Bhattacharya-Webb said. "⟦d:b|We talked all week about batting time, about leaving the ball outside off stump. Then we went out and did the opposite. Me included. I nicked one I should have left and walked off feeling like an idiot.⟧"
Oduya asked whether the dressing room had lost faith in the coaching staff, after reports that two senior players had complained to the board.
"⟦d:b|I've read those reports. I don't recognise them,⟧" the 29-year-old said. "⟦d:b|If someone has a problem, they can come to me. My door's open. Nobody has knocked on it.⟧"
The Kestrels later said in a statement that the board had "⟦p:c|full confidence⟧" in head coach Andy Melrose and his staff.
Before the end of the interview Oduya asked what the captain would say to supporters who had travelled to the ground. Bhattacharya-Webb paused.
"⟦d:b|Sorry, first of all. And that we'll be better at Eastwick on Thursday. We have to be.⟧"

### 025
@a Desmond Kowalczyk | a retired station commander
@b Piotr | His elder son
@c Marek | the youngest
@d Angela Brook | Chief Fire Officer
HALLSWORTH, Nov 2 (Northern Press Service) -- When the call came in for a warehouse fire on the Hallsworth ring road on Tuesday night, three of the firefighters who answered it shared a surname, and two of them shared a fire engine.
Desmond Kowalczyk, a retired station commander, spent 31 years with the county fire service. His elder son, Piotr, 34, is now a watch manager at Hallsworth Central. Marek, the youngest, joined last year at 26 after leaving a job in banking.
``⟦d:a|I never pushed them into it. If anything I tried to push them out of it,⟧'' Desmond Kowalczyk said at his kitchen table, with both sons present. ``⟦d:a|I told them about the bad nights. They joined anyway.⟧''
``⟦d:b|He told us about the bad nights and then he told us about the good ones for three hours,⟧'' Piotr said. ``⟦d:b|What did he think was going to happen?⟧''
Marek said the decision to leave banking had been made ``⟦p:c|on a Tuesday afternoon in a meeting about spreadsheets⟧''. ``⟦d:c|I looked round the room and I thought, none of this matters to anybody. I rang Piotr in my lunch hour,⟧'' he said.
On Tuesday, Marek was on his brother's watch for the first time on a major incident. ``⟦d:b|I kept an eye on him. I'd have done it for anybody on their first big job, but yeah, it was different,⟧'' Piotr said.
Their father heard the call on the radio scanner he still keeps in the kitchen. ``⟦d:a|I didn't sleep. Thirty-one years in the job and I didn't sleep,⟧'' he said.
Chief Fire Officer Angela Brook said the family was ``⟦p:d|part of the fabric of this service⟧''. ``⟦d:d|We've had a Kowalczyk on the rota in this county, with one short gap, since 1988,⟧'' she said.
Their mother, the brothers added, has asked them not to tell her when they are on the same shift.

### 026
@a Mira Castellanos | Director
@b Tomás Ibarra | the film’s lead
@c Pieter van Aalst | festival director
@d - | one woman near the front
@e - | A man in the back row
Director Mira Castellanos had barely sat down after the premiere of “⟦s:-|Dry Season⟧” at the Kessel Film Festival on Friday when the first question came from the floor.
“⟦d:d|Why does the father never apologise?⟧” asked one woman near the front, her voice shaking slightly. “⟦d:d|I kept waiting for it.⟧”
“⟦d:a|So did I,⟧” Castellanos said. “⟦d:a|My own father never did either. I thought about writing the scene, and every version of it was a lie. So I left the gap there, and I let you sit in it, like I did.⟧”
The film, her second feature, follows a cattle farmer in northern Argentina and his adult daughter over a single summer. It was shot in 26 days on her uncle’s land, with a crew of eleven.
Tomás Ibarra, the film’s lead, is a former schoolteacher who had never acted professionally before. Asked how she had found him, Castellanos pointed at him. “⟦d:a|He sold me a horse,⟧” she said.
“⟦d:b|It was a bad horse,⟧” Ibarra said, through the festival’s interpreter. “⟦d:b|She paid too much. I felt guilty, so I said yes to the film.⟧”
A man in the back row wanted to know whether the drought in the film was real. “⟦d:e|Was that your actual land, dying like that?⟧”
“⟦d:a|Yes. Everything you saw is real except the people,⟧” Castellanos said. “⟦d:a|The people are true. That’s different.⟧”
Pieter van Aalst, festival director, had to cut the session short after forty minutes. “⟦d:c|I am sorry, we have another film in this room in twenty minutes, and I am told the projectionist is already angry with me,⟧” he said, to laughter.


### 027
@a Philippa Orr | the former judge
@b Anselm | a retired vet
@c - | One barrister
Dame Philippa Orr retired from the Court of Appeal last spring and has not, she says, missed it for a single day. «⟦d:a|Not one,⟧» she says, buttering a roll with great precision. «⟦d:a|People warned me I would be bored. I have never been less bored in my life.⟧»
We are in the dining room of a hotel in Dunkeld, a few miles from the house where she now lives with her husband and two elderly spaniels. She orders the trout and informs me that the risotto is «⟦p:a|for people who have given up⟧». I order the trout.
For 22 years on the bench she was known for short judgments and long silences. One barrister once described appearing before her as «⟦p:c|like arguing with a very polite glacier⟧».
«⟦d:a|I think it was meant unkindly. I rather liked it,⟧» the former judge says. «⟦d:a|A glacier gets there in the end, and it doesn't care who is shouting.⟧»
I ask about the Kinross ruling of 2009, which freed two men after eleven years in prison and made her, briefly, the most vilified woman in Scottish public life. «⟦d:-|Do you ever wonder whether you got it wrong?⟧»
«⟦d:a:m|Of course. Any judge who tells you otherwise is either a liar or a fool. You decide on what is in front of you, on the law as it stands, and then you go home and lie awake.⟧
«⟦d:a|What I don't do is read the newspapers about it. I stopped in about 2003. My husband reads them and tells me the nice bits, which takes him no time at all.⟧»
Her husband, Anselm, a retired vet, joins us for coffee, still in his walking boots. «⟦d:b|She's underselling it. There were no nice bits for about three years,⟧» he says. «⟦d:b|I used to hide the Sunday papers in the dog's basket.⟧»
His wife nods gravely. «⟦d:a|And the dog ate them. Which I thought was fair comment.⟧»

### 028
@a Pasang Doma Sherpa | the 41-year-old
@b Ingrid Aasheim | a Norwegian climber and physiotherapist
@c - | one member of the 2019 expedition who asked not to be named
@d Lhakpa | Her brother
Pasang Doma Sherpa has stood on the summit of Everest nine times and does not, she insists, like heights.
"⟦d:a|I don't look down. Ever. Not on a ladder, not on a mountain, not from the window of a hotel,⟧" the 41-year-old says, laughing, in a cafe in Kathmandu's Thamel district. "⟦d:a|People think this is a joke. It is not a joke. My knees go soft.⟧"
She grew up in Khumjung, at 3,800 metres, the daughter of a high-altitude porter who died on Lhotse when she was nine. She started carrying loads for trekking groups at 15, and guided her first client to the summit of Everest at 24.
Ingrid Aasheim, a Norwegian climber and physiotherapist, has made four first ascents with her in the Rolwaling valley. "⟦d:b|She is the calmest person I have ever been on a rope with,⟧" Aasheim said by phone from Tromsø. "⟦d:b|When something goes wrong, she gets quieter. I get louder. It's a good combination.⟧"
The thing that went most wrong was in May 2019, when a storm caught a commercial team she was leading below the South Summit. She got all seven clients down. Two other climbers on the mountain that night did not survive.
"⟦d:a:m|I don't talk about that night very much. I will say this. At one point I was holding a man's harness with one hand and the fixed rope with the other, and he was crying, and I was singing to him. A song my mother used to sing, about a yak that falls in love with the moon. It's a very stupid song.⟧
"⟦d:a:m|I don't know why I sang it. I think because it was the only thing I could remember all the words of.⟧
"⟦d:a|He is alive. He sends me a card every year. He still doesn't know what the song means.⟧"
One member of the 2019 expedition who asked not to be named said: "⟦d:c|Without Pasang, none of us would have come home. That's not an exaggeration. That's just arithmetic.⟧"
Her brother Lhakpa, who runs the family's trekking lodge in Khumjung, would prefer she stopped. "⟦d:d|Nine times is enough. Our mother says so, I say so. She does not listen to either of us,⟧" he said.
She shrugs when told this. "⟦d:a|He is right. Nine is enough. Ten is a nicer number, though.⟧"

### 029
@a Ruth Sandoval | Your editor
@b - | My father
@c - | Several critics
Oren Ben-David's second novel, "⟦s:-|The Orchard Keeper's Daughter⟧", has been shortlisted for the Weyland Prize. He spoke to Kezia Flint (KF) for the Lantern Review podcast. The transcript has been lightly edited.
KF: Your editor, Ruth Sandoval, sent back your first draft with a note that has become a bit of a legend. What did it say?
OB: It said, "⟦d:a|This is not a book yet. It is a very long letter to your father.⟧" Which was devastatingly accurate. I put it in a drawer for a year.
KF: Was it a letter to your father?
OB: Of course it was. Everything I write is a letter to my father. He was a farmer in the Galilee who never read a novel in his life, and his answer to every problem was "⟦d:b|Yihye beseder⟧" — "⟦d:b|It'll be fine⟧". The book is an argument with that sentence.
KF: Several critics have called the ending "⟦p:c|unearned⟧". Does that bother you?
OB: The word "⟦s:-|unearned⟧" bothers me more than the criticism. It suggests a novel is a kind of salary. You do so many hours of suffering and then you are paid in a happy ending. I don't believe that. Life doesn't pay by the hour.
KF: And if you win?
OB: I'll ring my mother. And then I'll go outside and say it to the trees, in my father's language, because that's the only way he'd have heard it.

### 030
@a Margaret Hale | secretary of the Eastfield Allotment Society
@b Margaret Osei | -
@c Fenbridge Borough Council | -
@d Frank Dobbs | the society’s chairman
There are two Margarets on the Eastfield allotments, and on Tuesday night, for the first time anyone can remember, they were on the same side of an argument.
Margaret Hale, 77, secretary of the Eastfield Allotment Society, and Margaret Osei, 69, who has worked plot 14 since 1989, stood together at the front of a packed meeting in St Luke’s church hall to oppose Fenbridge Borough Council’s plan to sell a third of the site for housing.
“⟦d:a|We have disagreed about everything for thirty years. Compost, hosepipes, her marrows,⟧” Mrs Hale told the meeting. “⟦d:a|But we agree about this.⟧”
“⟦d:b|My marrows are magnificent,⟧” Mrs Osei replied from beside her. “⟦d:b|She knows they are.⟧”
Outside, protesters held placards reading “⟦s:-|Hands off our plots⟧” and “⟦s:-|You can’t eat a car park⟧”.
Fenbridge Borough Council said in a statement that the land had been identified as “⟦p:c|surplus to requirements⟧” in a review of council assets. “⟦d:c|No decision has been taken and plot holders will be fully consulted,⟧” it said.
“⟦d:b|Surplus to requirements. I’ve been growing potatoes on it since before some of those councillors were born,⟧” said Mrs Osei, who came to Fenbridge from Kumasi in 1976. “⟦d:b|Go and tell my grandchildren it’s surplus.⟧”
Frank Dobbs, the society’s chairman, said 41 of the society’s 63 plot holders would lose their plots under the plan, and that the waiting list had more than 200 names on it. “⟦d:d|The council tells people to eat healthily and get outdoors, and then it sells the one place in this ward where they can do both,⟧” he said.
The two Margarets left the hall together. “⟦d:a|After this we’ll go back to arguing about the hosepipe,⟧” Mrs Hale said.
“⟦d:b|She started it,⟧” said Mrs Osei.

### 031
@a Caoimhe Duggan | Jockey
@b Henrietta Vos | the horse's trainer
@c Declan | a farrier
@d - | one bookmaker
Jockey Caoimhe Duggan said she "⟦p:a|couldn't feel my hands⟧" for the last two furlongs after Marsh Harrier held on by a short head to win the Kilbeggan Gold Cup at 33-1 on Saturday.
"⟦d:a|She was running on empty and so was I. I just kept telling her, 'Nearly there, girl, nearly there,' and I don't think either of us believed it,⟧" the 23-year-old said in the winner's enclosure, still breathing hard.
It was the biggest win of Duggan's career and the first Gold Cup for Henrietta Vos, the horse's trainer, who has a yard of just fourteen horses near Mullingar.
"⟦d:b|People kept telling me she was too small for this race,⟧" Vos said. "⟦d:b|She is small. So am I. So is Caoimhe. We're a small operation all round, and we've just won the Gold Cup.⟧"
Vos said she had nearly sold the mare as a yearling for four thousand euro. "⟦d:b|The buyer backed out because he didn't like her feet. I'd like to send him a photograph today.⟧"
Duggan's father, Declan, a farrier, had driven up from Cork with her two brothers and was in tears by the rail. "⟦d:c|I've shod horses for forty years and never once been in a winner's enclosure. I didn't know where to stand,⟧" he said.
The result was a costly one for the betting shops. "⟦d:d|Nobody backed her except people who liked the name and people from Mullingar,⟧" one bookmaker said. "⟦d:d|Unfortunately there are a lot of people from Mullingar.⟧"
Asked how she planned to celebrate, Duggan looked at her trainer. "⟦d:a|Henrietta will make me muck out in the morning,⟧" she said.
"⟦d:b|She's right,⟧" said Vos.

### 032
@a Yusuf Hamdan | a former civil engineer from Aleppo
@b Omar | his son
@c Kateryna Bondar | a volunteer with the Welcome Project
@d Jean Pollard | next-door neighbour
In the front garden of a terraced house in Ashby Road, Yusuf Hamdan has planted a lemon tree in a pot. It is, he admits, unlikely to survive a Lincolnshire winter.
“⟦d:a|I know. Everybody tells me,⟧” he said, via his son Omar, 15, who translated for him. “⟦d:a|But in Aleppo we had a lemon tree by the door, and my wife said a house without one is not a house. So we will try.⟧”
Mr Hamdan, a former civil engineer from Aleppo, arrived in Skelby with his wife and three children eighteen months ago under a resettlement scheme. He now works night shifts at a food packing plant and is studying for a qualification that will allow him to work as an engineer again.
Omar, who speaks fluent English with a broad local accent, said the first months had been hard. “⟦d:b|I didn’t understand anything. Not the teachers, not the kids, not the weather,⟧” he said. “⟦d:b|Now I understand the weather. It’s always raining.⟧”
His father laughed at that when it was translated back to him, and said something in Arabic. “⟦d:a|Al-bayt huwa an-nas,⟧” he said. Omar translated: “⟦d:a|Home is the people. The place is not so important.⟧”
Kateryna Bondar, a volunteer with the Welcome Project, which helped the family find their feet, said the town had “⟦p:c|surprised itself⟧” with its response. “⟦d:c|There were people who were worried at the start. Some of those same people now drive the kids to football,⟧” she said.
One of them is next-door neighbour Jean Pollard, 73. “⟦d:d|I’ll be honest, I didn’t know what to expect,⟧” Mrs Pollard said. “⟦d:d|Now Yusuf fixes my gutters and his wife won’t let me leave the house without a plate of something. I’ve put on half a stone.⟧”
Does Mr Hamdan think the lemon tree will make it? Omar asked him. The answer came back with a shrug. “⟦d:a|If it dies, we plant another. This is what we do.⟧”

### 033
@a Priyanka Vaswani | The comedian
@b Meena | her aunt
Priyanka Vaswani is explaining, for the third time, why her aunt is not suing her. The comedian, 38, has spent two years touring “⟦s:-|Aunty Issues⟧”, a show built almost entirely around a relative who is never named on stage but whom half of Leicester has identified within minutes.
“⟦d:a|She came to the Leicester show. Front row. Best sari, handbag on her knee, arms folded,⟧” Vaswani says. “⟦d:a|She laughed at every joke about herself and at none of the jokes about anyone else. That’s how I knew we were fine.⟧”
The show’s catchphrase, “⟦s:-|not in this house⟧”, is now shouted back at her by audiences before she reaches it, and has turned up on T-shirts she did not authorise and receives nothing from.
When I ring her aunt Meena, 67, she picks up on the second ring and seems to have been expecting the call. “⟦d:b|Everything she says about me is true except the bit about the microwave,⟧” she tells me. “⟦d:b|I have never put foil in the microwave. That was her mother.⟧”
Back in the green room, I ask Vaswani whether she worries about running out of material. “⟦d:-|What happens when your aunt stops being funny?⟧”
“⟦d:a|She won’t. She’s genetically incapable,⟧” she says. “⟦d:a|And if she does, I’ve got four more.⟧”

### 034
@a Andre Okonkwo | the Gulls' leading scorer for four seasons
@b Lisa Marchetti | Head coach
@c Harbor City Gulls | -
HARBOR CITY, Feb 6 (Coastline Press) -- Andre Okonkwo, the Gulls' leading scorer for four seasons, said on Thursday he learned he had been traded to Pinecrest ``⟦p:a|from my cousin, who saw it on his phone⟧'' before anyone from the team called him.
``⟦d:a|I'm not mad. It's a business, I get it. But you'd like to hear it from a person,⟧'' Okonkwo told reporters as he cleared out his locker at the team's practice facility.
The Harbor City Gulls said in a statement that they had ``⟦p:c|informed the player's representatives before any public announcement⟧'' and thanked Okonkwo for his service.
Head coach Lisa Marchetti called him ``⟦p:b|the heart of this locker room⟧''. ``⟦d:b|You don't replace a guy like Andre. You just try to get through the next month without him,⟧'' she said.
Okonkwo returns to Harbor City with his new team on March 14. ``⟦d:a|Tell the fans I'll see them then. Boo me a little. Not too much,⟧'' he said.

### 035
@a Brenda Tolley | the landlady
@b Sandra | Ron's sister
@c Mick | One regular
@d Fenwick Hale Brewery | -
The Drovers Arms in Upper Welbury has had a Tolley behind the bar since 1962. When Ron Tolley died in March, aged 66, most of the regulars assumed that would be the end of it.
They had not reckoned with Brenda Tolley, 62, or with Ron's sister, Sandra.
"⟦d:a|Ron would have haunted us if we'd shut it. Properly haunted us, rattling the optics at two in the morning,⟧" said the landlady, pulling a pint of mild at eleven on a Tuesday.
Sandra, 68, moved back to the village from Hereford in April to help out, and now does the food. "⟦d:b|I said I'd come for a month. That was seven months ago,⟧" she said. "⟦d:b|My husband visits at weekends. He says it's like being married to a pub.⟧"
One regular, who gave his name only as Mick, said the place had "⟦p:c|never been better run⟧". "⟦d:c|Don't tell Ron,⟧" he added, lifting his glass towards the photograph above the fireplace.
The Fenwick Hale Brewery, which owns the building, said it was "⟦p:d|delighted to support Brenda and Sandra⟧" and had agreed a new ten-year tenancy.

### 036
@a - | one sprinter
Dr Amara Eze-Lindgren leads the performance science team at the Northgate Institute of Sport, which works with more than 300 athletes across eleven sports. We spoke to her at the institute before the start of the indoor season. The interview has been edited.
**You've said you dislike the phrase "⟦s:-|marginal gains⟧". Why?**
Because it became an excuse to obsess over the wrong things. People were measuring the temperature of pillows while their athletes were sleeping five hours a night. Get the big things right first. Sleep, food, not being miserable.
**Not being miserable is a performance metric?**
It's the performance metric. Happy athletes train more consistently, get injured less and stay in the sport longer. We've got eight years of data on that now.
**What's the biggest change you've seen in your time here?**
Athletes ask better questions. When I started, they did what they were told. Last week one sprinter told me, "⟦d:a|Show me the study or I'm not doing it,⟧" and I was thrilled.
**And what still frustrates you?**
Coaches who think data is a threat. It isn't. It's just another pair of eyes.

### 037
Below is a transcript of this morning's interview on Valley Radio Breakfast between presenter Aled Rhys-Jones (ARJ) and the transport minister, Carys Bellamy (CB). It has been lightly edited for clarity.
ARJ: Minister, the Cwmderi rail line was meant to reopen this month. It hasn't. When will it?
CB: We're now looking at next spring. I'm not going to pretend that's good news, because it isn't.
ARJ: Why the delay?
CB: When the engineers got into the tunnel at Pen-y-Graig they found the lining in a much worse state than the surveys suggested. We can't run trains through it until it's repaired. Safety comes first.
ARJ: People in the valley have been promised this line for twelve years. Why should they believe you now?
CB: Because the money is committed, the contract is signed and the work is under way. I'd invite anyone to come and see it. I'll drive them there myself.
ARJ: In your own car?
CB: In my own car. It's a very old car, so they'll need patience. But yes.
ARJ: Minister, thank you.

### 038
@a Élodie Marchand | principal dancer with the Ballet du Littoral
@b Galina Petrova | her first teacher
Élodie Marchand, principal dancer with the Ballet du Littoral, will dance Giselle for the last time on Saturday, at 41, on the same stage in Saint-Aubin where she first appeared as a mouse in «⟦s:-|The Nutcracker⟧» at the age of nine.
«⟦d:a|My feet are older than I am,⟧» she says, stretching in an empty studio the morning after a rehearsal. «⟦d:a|I am ready. They have been ready for some years.⟧»
In the front row on Saturday will be Galina Petrova, her first teacher, now 79, who ran a ballet school above a bakery in the old town for forty years. When I visit her flat, she speaks of her most famous pupil with affection and no sentiment whatsoever.
«⟦d:b|She was not the most talented girl in the class. She was the most stubborn,⟧» Petrova says. «⟦d:b|Talent you can find anywhere. Stubbornness is rare.⟧»
She used to tell her pupils, in French, that the stage floor was the final judge. «⟦d:b|C'est le sol qui décide,⟧» she says now, tapping the parquet with her stick, and then, in English: «⟦d:b|The floor decides.⟧»

### 039
@a Nikos | -
@b Stavros | the middle brother
@c Yiannis | -
The Regal on Harbour Street closed in 1998 with a screening of “⟦s:-|Titanic⟧” to an audience of fourteen. On Friday it reopens, after a two-year restoration, with a screening of the same film — and the same three men who were in that audience.
The Papadakis brothers — Nikos, 52, Stavros, 49, and Yiannis, 44 — grew up above their father’s café two doors down and spent their childhoods sneaking into the Regal’s Saturday matinees.
“⟦d:a|We paid maybe one time in three. The usher knew. He pretended he didn’t,⟧” Nikos said, standing in the freshly painted foyer.
“⟦d:b|He knew because Yiannis was always eating his sweets,⟧” said Stavros, the middle brother, who runs an accountancy firm and has handled the project’s finances.
Yiannis, who trained as a projectionist in Athens and now works in film restoration, has rebuilt the Regal’s two 35mm projectors himself. “⟦d:c|Everyone said go digital, and we have digital as well. But I wanted the first film back in this building to be on film. Our father would have wanted the noise,⟧” he said.
Their father, Andreas, died in 2019. A brass plaque by the box office bears his name.

### 040
@a Joaquim Ferreira-Lund | the 27-year-old Portuguese rider
@b Sabine Koller | His team director
@c - | a team source
Joaquim Ferreira-Lund insisted on Sunday that he had "⟦p:a|no problem at all⟧" with his team's decision to ride for Davide Ruffini on the final climb, even though it cost him a likely stage win.
"⟦d:a|I'm a professional. When the car tells you to wait, you wait,⟧" the 27-year-old Portuguese rider said at the finish in Col de Sarrat. "⟦d:a|Would I have liked to win? Of course. I'm not a robot.⟧"
His team director, Sabine Koller, said the call had been made "⟦p:b|for the overall, not for today⟧". "⟦d:b|Joaquim understands that. He'll have his day,⟧" she said.
But a team source said the atmosphere on the bus afterwards had been "⟦p:c|very quiet, let's put it that way⟧".

### 041
@a Winifred Ashdown | -
@b Pauline | her elder daughter
@c Janet | -
Winifred Ashdown celebrated her 100th birthday at Willowmead Care Home on Sunday with a cake in the shape of a bus, three generations of family and a sherry she described as “⟦p:a|long overdue⟧”.
Mrs Ashdown was one of the first women to drive a double-decker for the Brackley Corporation, in 1946. “⟦d:a|The men said I’d never manage the clutch. I managed it for thirty-one years,⟧” she said.
Her elder daughter, Pauline, 76, said her mother had never stopped being competitive. “⟦d:b|She still does the crossword faster than me. She makes a point of telling me,⟧” she said.
Janet, 71, who flew in from Toronto for the party, said the secret was simple. “⟦d:c|Mum has never once in her life done anything she didn’t want to do. I think that’s it. That and the sherry.⟧”

### 042
@a Thandiwe Mokoena | the soprano
Thandiwe Mokoena eats nothing before she sings and almost everything afterwards, so we meet at half past ten at night, in a Lisbon tasca near the opera house, an hour after she has died of consumption for the fourth time this week.
“⟦d:a|Violetta dies hungry. I refuse to,⟧” says the soprano, tearing into bread and grilled sardines. “⟦d:a|It’s a rule. You give everything on stage, then you go and eat something with your hands.⟧”
Her Violetta has been described as “⟦p:-|shattering⟧” and, in one notably less generous review, as “⟦p:-|rather too healthy for the part⟧”. She has the second one pinned to her fridge in Johannesburg.
“⟦d:-|Why that one?⟧” I ask.
“⟦d:a|Because it made me laugh, and because they were right. I look like someone who could carry a piano up the stairs. I’m not going to starve myself for a critic,⟧” she says.

### 043
@a Lorraine Baptiste | PROUD mum
@b Jaden | her son
PROUD mum Lorraine Baptiste has revealed how her son Jaden used to practise free kicks against the wall of their council flat — until the neighbours complained.
The Wanderers wonderkid, 19, scored a stunning 30-yard winner on his debut on Saturday and said afterwards he was "⟦p:b|still shaking⟧" when he got back to the dressing room.
Lorraine, 44, told us: "⟦d:a|Mrs Kaur from downstairs used to bang on the ceiling with a broom. She rang me on Saturday night in tears. She said, 'Tell him I'm sorry about the broom.'⟧"
"⟦d:a|I've still got the dent in the kitchen wall where he hit it with a ball when he was eleven. I'm never filling that in. Never.⟧"

### 044
@a Dermot Quinlan | presenter
@b Bev | one caller
Listeners jammed the phone lines of Lakeland Radio's mid-morning show on Wednesday after Westway Buses confirmed it would withdraw the 17 service, the only bus linking the villages of the upper valley to the hospital in Kendrew.
"⟦d:a|We've had more calls this morning than we had when the bridge came down,⟧" presenter Dermot Quinlan told listeners shortly after ten.
One caller, who gave her name only as Bev, said she used the 17 three times a week to take her husband to dialysis. "⟦d:b|I don't drive. He can't drive. The taxi is forty pounds each way,⟧" she said. "⟦d:b|So you tell me what we're supposed to do.⟧"
"⟦d:-|Tell them about the bins as well!⟧" someone could be heard shouting in the background of another call, before the line went dead.
Westway Buses said the route had been losing money for six years and was no longer viable without a council subsidy.

### 045
@a Ingeborg Sæther | the glaciologist
@b Tomasz Zieliński | her former PhD student and now a colleague at the institute
Ingeborg Sæther has been going to the Veslebreen ice shelf every summer since 1994, and she has watched it lose a third of its area. In a 2014 paper the glaciologist described the shelf as "⟦p:a|a cathedral held up by habit⟧", a phrase two of the paper's reviewers asked her to remove. She didn't.
"⟦d:a|Scientists are allowed to be accurate and beautiful at the same time,⟧" she says in her office in Tromsø, surrounded by boxes of ice cores labelled in pencil. "⟦d:a|That sentence was both. I'm not sorry.⟧"
Tomasz Zieliński, her former PhD student and now a colleague at the institute, says she is the only supervisor he has had who would phone at midnight to discuss a graph. "⟦d:b|You learned very quickly to keep the phone on silent, or to make sure the graph was good,⟧" he said.

### 046
@a Chidera Obi | the wheelchair racer
@b National Paralympic Committee | -
LAGOSTA, Sept 3 (Meridian Wire) -- Chidera Obi broke her own world record in the T54 1,500 metres on Tuesday and said afterwards she had been ``⟦p:a|angry for about three years⟧'' before the race.
``⟦d:a|I was angry about my accident, angry about the funding, angry at the rain in training. Tonight I left all of that on the track,⟧'' said the wheelchair racer, who was paralysed in a car crash at 17.
Known to teammates as ``⟦s:-|the Engine⟧'', Obi has now won five world titles. The National Paralympic Committee called her performance ``⟦p:b|a moment this country will remember⟧''.
Asked what came next, the 28-year-old laughed. ``⟦d:a|New tyres. These ones are finished.⟧''

### 047
@a Gwyn Harries | leader of the Carn Ddu Mountain Rescue Team
@b Ffion | his daughter
@c - | a walker they found last winter
When the pager goes off at the Harries farmhouse, two people reach for their boots. Gwyn Harries, leader of the Carn Ddu Mountain Rescue Team, has been a volunteer for 34 years. His daughter, Ffion, joined at 18, and is now one of the team's two qualified casualty carers.
“⟦d:a|I spent twenty years telling her it was too dangerous. Then I ran out of arguments,⟧” he said.
The team was called out 112 times last year, a record. One of them, a walker they found last winter, later wrote to thank them for “⟦p:c|the best cup of tea of my life⟧”, brewed on a stove in a bivvy bag at minus eight.
“⟦d:b|That was my tea. Dad can’t make tea. Put that in the paper,⟧” Ffion said.

### 048
@a Inês Valadares | the novelist
@b Caderno de Letras | -
@c - | her mother
Inês Valadares does not write in cafés, despite what the author photograph on her new novel might suggest. «⟦d:a|That was the photographer's idea. I write at the kitchen table, in a dressing gown, with the radio on,⟧» the novelist says, laughing, in the flat in Porto where she has lived for thirty years.
Her eighth book, «⟦s:-|A Casa das Marés⟧», published in English this month as «⟦s:-|The House of Tides⟧», was called «⟦p:b|her most merciless book⟧» by the literary supplement Caderno de Letras.
She prefers her mother's verdict, delivered by telephone the day it came out, which she repeats in Portuguese: «⟦d:c|Está bem, mas é muito triste.⟧» Then she translates it — «⟦d:c|It's good, but it's very sad⟧» — and adds: «⟦d:a|Which is also my verdict on my mother.⟧»

### 049
@a Hamish Douglas-Reid | -
@b Callum | his brother
Hamish Douglas-Reid and his brother Callum started "⟦s:-|Dig In⟧" in 2020 as a way of talking to each other during lockdown. Four years on, the gardening podcast has 180,000 weekly listeners and a waiting list for its live shows.
"⟦d:a|It was never meant to be a podcast. It was meant to be two brothers arguing about tomatoes,⟧" Hamish said. "⟦d:a|It's still that. It just has sponsors now.⟧"
Callum, the younger by three years and the one with the actual horticulture degree, said the secret was that neither of them pretended to be an expert. "⟦d:b|People like hearing us kill things,⟧" he said. "⟦d:b|We've lost more courgettes on air than most people grow in a lifetime.⟧"

### 050
@a Grace Adjei | a retired midwife
@b Eileen Mortimer | his adoptive mother
@c Daniel Mortimer | -
Daniel Mortimer was born in a mother-and-baby home in Shropshire in 1971 and adopted at six weeks. On Saturday, at a garden party in Telbury, two women who had spent five decades not knowing each other sat side by side at a trestle table and held his hands.
Grace Adjei, a retired midwife, was 17 when she gave him up. “⟦d:a|They told me it was best for him and I believed them. I have thought about him every single birthday,⟧” she said.
His adoptive mother, Eileen Mortimer, 84, was the one who encouraged him to search. “⟦d:b|A boy should know where he comes from. I always told him that. I just didn’t think he’d find her so quickly,⟧” she said.
Mr Mortimer described the meeting as “⟦p:c|the strangest and best day of my life⟧”. Then, he said, both of his mothers told him to stop crying and fetch more cake.

### 051
@a Tomasi Vaea | the Harlston captain
@b Sione Vaea | the Rydal number eight
The last time Tomasi and Sione Vaea were on opposite sides of a rugby pitch, they were eleven and nine, and their mother sent them both to bed without tea. On Saturday, at a sold-out Castle Ground, they will do it again in the cup final.
“⟦d:a|Mum’s coming. She’s bought two shirts and she’s going to wear one on top of the other,⟧” said Tomasi Vaea, the Harlston captain.
His brother, Sione, the Rydal number eight, was less diplomatic. “⟦d:b|I’ve been waiting fifteen years to run over him. I’m not missing the chance.⟧”
At Thursday’s open training session, as Tomasi walked past the Rydal supporters’ section to collect a ball, a voice rang out from the crowd. “⟦d:-|Your brother’s going to flatten you!⟧”

### 052
@a Rosa Quintero | the artist
@b Hamid Rezaei | The exhibition's curator
@c Museum of Northern Art | -
The Museum of Northern Art has defended its decision to show Rosa Quintero's installation "⟦s:-|Small Hours⟧" after complaints that the work, which includes recordings of anonymous late-night phone calls to a crisis line, was "⟦p:-|exploitative⟧".
"⟦d:c|Every caller whose voice appears in the work gave written consent, and the crisis line was a partner in the project from the start,⟧" the museum said in a statement on Monday.
The exhibition's curator, Hamid Rezaei, said the piece asked visitors to "⟦p:b|sit with discomfort rather than look away from it⟧".
Speaking at the gallery, the artist was unapologetic. "⟦d:a|If people are upset, good. They should be upset. Those calls happen every night in this city whether we listen or not,⟧" she said.

### 053
@a Thomas Brannigan | -
@b Michael | grandson
@c Jack | his great-grandson
There has been a Brannigan on the fish stall at Carrow Market since 1951, and last Saturday, for one morning only, there were four of them behind the counter.
Thomas Brannigan, 91, known to every trader in the market as “⟦s:-|Old Tom⟧”, came in for the first time in two years to watch his great-grandson Jack, 17, work his first Saturday. His son Frank, 66, and grandson Michael, 40, run the business between them now.
“⟦d:a|He fillets better than his father did at that age. Don’t write that down,⟧” Mr Brannigan said, watching from a stool by the ice.
Michael said the boy had been “⟦p:b|begging to do a Saturday since he was about nine⟧”.
Jack himself was too busy to say much. “⟦d:c|Everyone keeps telling me I’m the fourth generation. I’m just trying not to cut my thumb off,⟧” he said.

### 054
@a Eastmoor Hospitals Trust | -
Dr Tendai Moyo (TM) has worked in emergency medicine for 22 years and is clinical lead at Eastmoor General. She spoke to Nadia Farouk (NF) for our series on the NHS winter. The transcript has been edited for length.
NF: The Eastmoor Hospitals Trust's own board papers described your department as "⟦p:a|operating beyond safe capacity⟧" on 41 days last winter. What does that mean in practice?
TM: It means patients on trolleys in corridors. It means an elderly woman waiting nineteen hours for a bed with her daughter holding her hand. It means my nurses going home and crying in the car.
NF: Ministers often blame what they call "⟦s:-|bed blocking⟧".
TM: I hate that phrase. Those are people. They are not blocking anything. They are waiting for care at home that doesn't exist because nobody will pay a carer properly.
NF: Will this winter be worse?
TM: I hope not. I'm not sure hope is a plan.

### 055
@a Zofia Wiśniewska | the designer
@b - | one trade paper
I arrive at Zofia Wiśniewska’s studio in a former button factory in Łódź to find the designer on her knees, pinning a hem, with a mouthful of pins. She holds up one finger and finishes before she says a word.
Her new collection, “⟦s:-|Grandmother’s Coat⟧”, built almost entirely from reclaimed wool, was described by one trade paper as “⟦p:b|the most quietly radical show of the season⟧”.
“⟦d:-|Is it radical?⟧” I ask, when the pins are out.
“⟦d:a|It’s a coat. My grandmother wore the same one for forty years. If that is radical now, we have a problem, not me,⟧” she says.

### 056
@a Rafael Domínguez | the independent candidate for mayor
@b - | a spokesman for the Blake campaign
SAN LORENZO, Oct 12 (Pacific Coast Wire) -- Rafael Domínguez, the independent candidate for mayor, orders his coffee black and drinks it standing up, a habit he says comes from twenty years of running a taquería.
``⟦d:a|You don't sit down in a kitchen. You don't sit down in a campaign either,⟧'' Domínguez, 53, said between handshakes at a farmers' market on the east side.
His opponents say he lacks experience. A spokesman for the Blake campaign called his platform ``⟦p:b|a list of wishes on a napkin⟧''.
Domínguez laughed when told of the remark. ``⟦d:a|I've run a business on napkins for twenty years. Some of my best ideas are on napkins,⟧'' he said.

### 057
@a Ryan Devlin | Soap hunk
@b - | A show insider
SOAP hunk Ryan Devlin has finally broken his silence on his shock exit from "⟦s:-|Harbour Lane⟧" — insisting he was "⟦p:a|not pushed, not sacked, nothing like that⟧".
The 34-year-old, who played bad-boy mechanic Danny Carr for nine years, said: "⟦d:a|I just wanted to see if I could do something else before I'm forty. Danny's not dead. The door's open.⟧"
But a show insider claimed bosses had been "⟦p:b|growing tired of the diva behaviour⟧" for months.

### 058
@a Leilani | the elder by eleven minutes
@b Kalani | -
The Akana twins, Leilani and Kalani, were seven when they first flew, in the back of their uncle’s crop-duster over the cane fields. On Monday, at 31, they became the first sisters to captain the same inter-island airline, on the same day, on the same route, in opposite directions.
“⟦d:a|We passed each other over the channel and waggled our wings. Completely against procedure. Don’t tell the chief pilot,⟧” said Leilani, the elder by eleven minutes.
Kalani said she had spent the flight checking the radio for her sister’s voice. “⟦d:b|She sounds exactly like me on the radio, which is very confusing for air traffic control.⟧”

### 059
@a Alasdair Munro | principal keeper
@b Rhona Gillies | producer
In a recording made in 1979 and broadcast for the first time this week in “⟦s:-|Keepers⟧”, a new Radio Kelvin documentary about the last manned lighthouses on the west coast, principal keeper Alasdair Munro describes the night the relief boat could not reach Sgeir Dubh for 43 days.
“⟦d:a:m|We had tinned peaches and paraffin and a pack of cards with the four of hearts missing. By the third week we had stopped speaking to each other, except to say whose watch it was.⟧
“⟦d:a|When the boat came at last, the skipper shouted up, ‘Are you all still alive?’ and none of us could think of anything clever to say. We just waved.⟧”
Munro died in 2002. His recordings sat in a shoebox in his daughter’s loft until producer Rhona Gillies tracked them down.
“⟦d:b|There were eleven tapes. Some of them had been recorded over with country music. We saved what we could,⟧” she said.

### 060
Marco Bellandi runs Trattoria Nonna Pia, a 30-cover restaurant in Ravensworth, with his wife and his mother-in-law. It was named Restaurant of the Year at the Northern Food Awards last month. He spoke to us during a rare afternoon off.
**How did you feel when they read out your name?**
Confused. I thought they had said the name of the restaurant next door. Then my wife hit me on the arm and I understood.
**Your menu hasn't changed in six years. Why not?**
Because it works. People come back for the same dish the way you go back to an old friend. You don't want the friend to have a new haircut every week.
**What's the one dish you'd never take off?**
The rabbit with olives. My mother-in-law would leave. Without her the restaurant closes in a day.
**What's next?**
A holiday. The first one since 2017. We close for two weeks in August and I will not cook anything, not even toast.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh153.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh153",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
