# ruff: noqa: E501
"""Build ``quotes_fresh61.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: magazine profiles, printed Q&A exchanges and labelled transcripts,
podcast, radio and broadcast interviews, arts and sports interviews, post-match and
festival press sessions, and human-interest stories with families, where people are
often referred to by their first names and first-person writers ask their own
questions.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh61-NNN``.

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
  it (``His wife of 52 years, Philippa Castellane, a retired GP``): the appositive is
  the description. A title or relational phrase before the name alone (``Her
  daughter, Fen``, ``Trainer …``, ``husband Terry``) is the description. A bare age
  between commas (``Tayla, 8,``) is not a description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 78-year-old``, ``the chief executive``,
  ``the former prime minister``), that description is taken.
* A non-restrictive relative clause after an appositive (``One caller, who did not
  give his name``) is not part of the description; a restrictive one (``a mountain
  guide who has brought groups to the hut for twenty years``) is.
* A person named in full once and afterwards by first name only (family members
  sharing a surname, children, twins) has the full name as the speaker throughout.
* Fragments quoted from unidentified critics or reviews are ``partial`` with a null
  speaker and the passage's phrase for the source (``one critic``, ``Critics``) as
  the description; a fragment attributed to a named critic is that critic's.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a named host's, presenter's or moderator's questions are that
  person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is, as the content and the cues make clear.
* Words remembered or reported from a third party and set in double marks by the
  reporter (a grandfather's advice, a rule a late editor used to give) belong to that
  third party; the same words inside someone else's quote, in single marks, stay part
  of the outer span.
* A labelled transcript (``HOLT:`` / ``AMADI:``) is treated like ``Q:`` / ``A:``: the
  turns are not annotated, only quotation marks inside them. A short handwritten note
  quoted whole (``she wrote "too sad" on the back``) is ``direct`` speech by its
  writer.
* A single shout from a crowd whose author is not identified is ``direct`` with
  speaker and description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh61.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh61.jsonl")

PASSAGES = """
### 001
@a Ottilie Brannagh | the 78-year-old
@b Fen Brannagh | Her daughter
@c - | a curator
The kiln at the bottom of Ottilie Brannagh's garden in Caddon Mill has been fired on the first Saturday of every month since 1987. It was fired the week her husband died, the week she broke her wrist, and the week the lane flooded and the wood had to come up by tractor.
“⟦d:a|People think it's discipline. It isn't. It's superstition,⟧” the 78-year-old said, pulling a tray of cooling bowls towards her with a gloved hand. “⟦d:a|The one month I don't fire it, something will go wrong, and I'll never know if that was why.⟧”
Her daughter, Fen, who moved back from Glasgow three years ago to help run the studio, rolls her eyes at this. “⟦d:b|She says that about everything — the kiln, the bread, the order she puts her socks on,⟧” Fen Brannagh said. “⟦d:b|I've stopped arguing.⟧”
Brannagh came to pottery late. She was a bank clerk in Dunmore until she was 38, when an evening class changed what she calls “⟦p:a|the whole shape of the week⟧”.
“⟦d:a:m|I'd never made anything in my life. Not a cake, not a shelf. And then this teacher — a tiny woman called Mrs Orr, she must have been eighty — put a lump of clay in front of me and said, ‘Don't try to make it beautiful. Try to make it hold water.’⟧
“⟦d:a:m|That was it. That was the whole lesson, and I've been trying to learn it for forty years.⟧
“⟦d:a|Most of what I make still leaks, by the way.⟧”
It does not. Her tea bowls sell out within hours of each firing, and a set of her ash-glazed jars was bought last year by the Kelvinhaugh Museum for its permanent collection. A curator there described them as “⟦p:c|quietly among the best domestic stoneware being made in these islands⟧”.
Brannagh is unmoved. “⟦d:a|Museums,⟧” she said, and left it at that.
Fen, who throws the larger pieces now, says her mother's hands have started to trouble her. “⟦d:b|She won't say so. But I see her running them under the hot tap in the mornings before she'll touch anything,⟧” she said.
Asked whether she has thought about stopping, the potter looked genuinely puzzled. “⟦d:a|And do what?⟧”

### 002
@a Dev Raghunathan | the host
@b Corinne Aubuchon | the novelist
On the latest episode of "⟦s:-|Margins⟧", the books podcast he has presented since 2019, Dev Raghunathan asked the novelist Corinne Aubuchon the question she says she has been dreading for a decade: why did she stop writing about her hometown?
"⟦d:b|Because I ran out of people to be unkind about,⟧" Aubuchon replied, laughing. "⟦d:b|No — that's glib. Because my mother read the third book and didn't speak to me for a year, and I decided that was a price I wasn't going to pay twice.⟧"
"⟦d:a|Did she ever tell you which part upset her?⟧" the host asked.
"⟦d:b:m|She didn't have to. There's a scene where the mother in the book sells the family piano to pay a gambling debt. My mother never gambled in her life. But we did have a piano, and it did go, and I was nine and nobody told me why.⟧
"⟦d:b|I thought I was being clever, changing the reason. She thought I was telling the whole town that she was a liar.⟧"
Raghunathan, who has interviewed more than 200 writers on the show, pressed her on whether fiction owes anything to the people it borrows from.
"⟦d:a|You've said before that novelists are 'licensed thieves'. Do you still believe that?⟧"
"⟦d:b|I believe the licence can be revoked,⟧" she said. "⟦d:b|By your own mother, mostly.⟧"
Aubuchon's new novel, "⟦s:-|The Lantern Year⟧", is set in a city she has never visited. She told Raghunathan that was deliberate. "⟦d:b|Nobody there can recognise themselves. Nobody there can stop speaking to me.⟧"

### 003
@a Anneke Visagie | the Northmoor captain
@b Tamsin Greaves | the 20-year-old seamer
@c Bernadette Quayle | Esterby's coach
Anneke Visagie, the Northmoor captain, said her side had “⟦p:a|earned the right to be nervous⟧” after they reached the final of the Caldwell Trophy with a four-wicket win over Esterby at Ravensgate on Sunday.
“⟦d:a|I'm not going to pretend we were calm out there. We weren't,⟧” Visagie said. “⟦d:a|When you need thirty off the last three overs and the light's going, everyone in the dressing room is chewing something — nails, towels, the furniture.⟧”
The win was set up by Tamsin Greaves, the 20-year-old seamer, whose five wickets for 23 included three in a single over.
“⟦d:b|Honestly, I was just trying to hit the top of off. The pitch did the rest,⟧” Greaves said, sitting next to her captain at the post-match press conference.
Visagie cut in. “⟦d:a|She's being modest. She's been bowling like that in the nets for a month and nobody's been able to lay a bat on her.⟧”
“⟦d:b|That's because the nets are terrible,⟧” Greaves replied.
Asked about the final against Holloway Vale, who beat Northmoor twice in the group stage, the captain was unusually blunt. “⟦d:a|They're better than us on paper. Finals aren't played on paper.⟧”
Esterby's coach, Bernadette Quayle, said her side had “⟦p:c|no complaints⟧”. “⟦d:c|We were outplayed by a 20-year-old who bowled the spell of her life. You shake her hand and go home,⟧” she said.

### 004
@a Marguerite Dacosta | -
@b Aurelio Dacosta | his father
@c - | doctors
@d Bia Dacosta | His sister
@e Caio Dacosta | Her son
For three nights, Marguerite Dacosta left the porch light on.
"⟦d:a|I knew it was silly. He was forty miles away on a mountain, he wasn't going to see a porch light,⟧" she said, sitting at the kitchen table of the family's home in Strathmere. "⟦d:a|But it was the only thing I could do that felt like doing something.⟧"
Her son, Caio Dacosta, 24, had set out on a solo walk across the Corran Fells on the morning of October 3. When he failed to return that evening, his father, Aurelio, called the mountain rescue team.
"⟦d:b|They asked me what he was wearing, and I didn't know,⟧" Aurelio Dacosta said. "⟦d:b|I've thought about that a lot since. Twenty-four years, and I couldn't tell them what colour his coat was.⟧"
Caio was found on the fourth morning by a search dog called Moss, sheltering under a boulder with a broken ankle and what doctors later described as "⟦p:c|moderate⟧" hypothermia.
His sister, Bia Dacosta, 19, drove up from university on the second day and joined the volunteers at the base.
"⟦d:d|Everyone kept saying, 'We'll find him, we'll find him,' and I wanted to scream at them, because how could they know?⟧" she said. "⟦d:d|And then they did.⟧"
Caio, speaking by phone from Halverston General Hospital, where he is recovering after surgery, said he wanted to thank "⟦p:e|every single person who was out there in that weather⟧".
"⟦d:e|And Moss. Mostly Moss,⟧" he added. "⟦d:e|I owe that dog a steak every week for the rest of his life.⟧"
Marguerite says the porch light is still on. "⟦d:a|I'll turn it off when he's home. Properly home.⟧"

### 005
@a Ines Valcárcel-Moore | the architect
@b Dominic Farrant | -
@c - | some critics
Ines Valcárcel-Moore has designed libraries on three continents. Her latest, the Harrowgate Public Library, opens to readers next month. “⟦d:a|I don't draw anything until I've sat on the site for a whole day,⟧” the architect told us at her studio in Penhallow. “⟦d:a|Usually in the rain.⟧”
Q: Why libraries?
A: Because they are the last buildings where nobody expects you to buy anything. You can sit in a library all day and nobody asks you to justify yourself. I find that very moving, actually.
Q: The Dunmere Archive was called “⟦p:c|a bunker with ambitions⟧” by some critics when it opened. Did that hurt?
A: It made me laugh. I had it printed on a T-shirt. We all call it “⟦s:-|the bunker⟧” in the studio now, and people love working in it, so I think the bunker won.
Q: What will people notice first at Harrowgate?
A: The stairs. I wanted a staircase wide enough for two people to stop and talk without anyone having to squeeze past. In most public buildings you are always in somebody's way.
Q: And the thing they won't notice?
A: The windows in the children's room are at the height of a seven-year-old. Adults have to crouch to look out. I think that's fair, for once.
Dominic Farrant, who chairs the Harrowgate library trust, said the building had come in “⟦p:b|on time, on budget and on a hill nobody thought we could build on⟧”. “⟦d:b|Ines argued with us about every single staircase. She was right about every single staircase,⟧” he said.

### 006
@a Lucius Ferreira | -
@b Samira Haddad-Price | The Blue Anchor's owner
Lucius Ferreira is 91 and still plays four nights a week at the Blue Anchor on Canal Street in Port Ewan. Everyone on the south side of the city knows him as “⟦s:-|Bud⟧”; nobody, including him, can remember why.
I went to see him on a Wednesday, which he had told me on the phone was “⟦p:a|the quiet night, the good night⟧”. There were eleven people in the room. He played for two hours without a break and without, as far as I could tell, looking at the keys.
Afterwards I asked him whether he ever gets bored of playing the same tunes.
“⟦d:a|Same tunes? Son, I've never played the same tune twice in my life,⟧” he said. “⟦d:a|The notes are the same. The night isn't.⟧”
“⟦d:-|When did you last take a holiday?⟧” I asked.
He thought about it for a long time. “⟦d:a|Nineteen seventy-four. My wife made me. Went to the seaside for a week and played the hotel piano every night, because the fellow they had was so bad.⟧”
His wife, Cora, died in 2011. He keeps her photograph on top of the upright at home, he told me, “⟦p:a|so she can see what I'm practising and tell me it's wrong⟧”.
The Blue Anchor's owner, Samira Haddad-Price, says the bar would have closed years ago without him. “⟦d:b|People come for Bud. They stay for the beer, if we're lucky,⟧” she said.
When I left, close to midnight, Ferreira was back at the piano, playing something slow for nobody in particular. “⟦d:a|Mind how you go,⟧” he called, without turning round.

### 007
@a Tobias Lindqvist | The housing minister
@b Aoife Brannigan | The presenter
@c Northgate Residents' Association | -
The housing minister, Tobias Lindqvist, was accused of "⟦p:b|dodging the question⟧" seven times during a combative interview on Kestrel Radio's breakfast programme on Thursday, as he defended the government's decision to halt the Northgate estate regeneration.
The presenter, Aoife Brannigan, opened by asking how many of the 400 families on the estate had been rehoused.
"⟦d:a|We're working very closely with the council on that, and I'm confident that —⟧" the minister began.
"⟦d:b|It's a number, minister. How many?⟧" Brannigan interrupted.
"⟦d:a|I don't have the exact figure in front of me.⟧"
"⟦d:b|Is it more than ten?⟧"
After a pause, Lindqvist said: "⟦d:a|I'd have to check.⟧"
Later in the interview he insisted the scheme was "⟦p:a|not cancelled but paused⟧" and said the government remained "⟦p:a|absolutely committed⟧" to the people of Northgate.
"⟦d:a|Nobody is being abandoned. I want to be very clear about that. Nobody is being abandoned,⟧" he said.
The Northgate Residents' Association said in a statement after the broadcast that the minister's answers had been "⟦p:c|an insult to every family still living with damp and broken lifts⟧".
A spokesperson for the Department for Housing later said that 17 families had been rehoused so far.

### 008
@a Reto Zwahlen | the elder by two years
@b Andrin Zwahlen | His younger brother
@c Mirjam Caflisch | a mountain guide who has brought groups to the hut for twenty years
For thirty-one summers the Zwahlen brothers have run the Vallüna hut, 2,840 metres up on the shoulder of the Piz Cotschen, and for thirty-one summers they have disagreed about the soup.
«⟦d:a|He puts barley in it. Barley! In a soup for climbers who need to sleep,⟧» said Reto Zwahlen, 64, the elder by two years.
His younger brother, Andrin Zwahlen, does the cooking and is not interested in the argument. «⟦d:b|Thirty-one years he complains. Thirty-one years he eats two bowls,⟧» he said.
The hut sleeps 46 in four bunk rooms and has no road; everything that is not flown in by helicopter at the start of the season is carried up on someone's back. The brothers took over from their father, Gion, in 1994.
«⟦d:a:m|Our father ran it like an army camp. Lights out at nine, no singing, boots in the rack or you slept outside.⟧
«⟦d:a|We are softer. We allow singing until half past nine.⟧»
Andrin said the climbers had changed more than the mountain. «⟦d:b|Now they come with the weather on their telephones, and they think the telephone is the mountain,⟧» he said. «⟦d:b|The mountain does not read the telephone.⟧»
Mirjam Caflisch, a mountain guide who has brought groups to the hut for twenty years, called the brothers «⟦p:c|the last of a certain kind of hut keeper⟧». «⟦d:c|They will feed you, they will shout at you, and if the weather turns they will not let you leave. Some people don't like that. I do,⟧» she said.

### 009
@a Winston Adjei-Boateng | the 67-year-old trainer
@b Kezia Marlowe | -
@c Felix Haraldsen | Ostrova's promoter
HOLLINSFORD, March 14 — Winston Adjei-Boateng has opened the doors of the Eastgate Amateur Boxing Club at 5.30 every morning for 38 years. On Saturday, one of his fighters will box for a world title for the first time.
``⟦d:a|I've had good ones before. I've never had one like her,⟧'' the 67-year-old trainer said of Kezia Marlowe, who meets the champion, Daniela Ostrova, at the Coliseum Arena.
Marlowe, 26, walked into the gym at 14, ``⟦p:b|angry at the whole world and mostly at my mum⟧'', as she put it.
``⟦d:b|He didn't let me hit anything for six weeks. Just skipping and footwork, skipping and footwork,⟧'' Marlowe said. ``⟦d:b|I nearly quit every single day. I think that was the point.⟧''
Adjei-Boateng said he had seen ``⟦p:a|hundreds, maybe thousands⟧'' of young people come through the gym since he took it over from his own trainer in 1987.
``⟦d:a|Most of them never fight. That's fine. Boxing's not the point. Turning up is the point,⟧'' he said.
Asked about Ostrova, who is unbeaten in 19 professional fights, Marlowe shrugged. ``⟦d:b|She's very good. So am I. We'll find out.⟧''
Ostrova's promoter, Felix Haraldsen, told reporters on Thursday that his fighter was ``⟦p:c|not looking past anyone⟧'' but expected ``⟦p:c|a short night⟧''.

### 010
@a Jodie-Leigh Farraday | LOVE Lagoon star
@b - | a pal of the star
@c - | A spokesperson for Brannock
LOVE Lagoon star Jodie-Leigh Farraday has broken her silence on her shock split from footballer Kyle Brannock — and insists she has "⟦p:a|never been happier⟧".
The 27-year-old, who won the show's fourth series, told us: "⟦d:a|People think I'm sat at home crying into a tub of ice cream. I'm not. I'm sat at home eating the ice cream and loving it.⟧"
"⟦d:a|Kyle's a good lad. It just wasn't working. We were two people on two different planets,⟧" she added.
The pair, dubbed "⟦s:-|Jyle⟧" by fans, were together for 18 months and were said to be house-hunting as recently as June.
But a pal of the star claimed the split had been "⟦p:b|brewing for months⟧". "⟦d:b|She was doing all the running. He was never there. In the end she just thought, what's the point?⟧" the friend said.
A spokesperson for Brannock, 29, said: "⟦d:c|Kyle wishes Jodie-Leigh nothing but the best and asks for privacy at this time.⟧"
Jodie-Leigh, meanwhile, has her sights set on a new venture. "⟦d:a|I'm launching my own swimwear line in the summer, so watch this space,⟧" she teased.

### 011
@a Nadia Kalnins | the former world No 6
@b Ruth Okafor | Her coach for the last eleven years
Nadia Kalnins played her last professional match on a side court at the Velmont Open in front of perhaps 300 people, and she says she would not have had it any other way.
“⟦d:a|I didn't want a ceremony. I didn't want a cake on court. I wanted to lose in the first round to a 19-year-old who hits the ball harder than I ever did, and that's exactly what happened,⟧” the former world No 6 said, laughing, in an interview at her apartment in Rinsberg a week later.
Kalnins, 34, reached two Grand Slam semi-finals and won nine titles in a career repeatedly interrupted by knee injuries.
Her coach for the last eleven years, Ruth Okafor, was courtside for that final match. “⟦d:b|I cried. She didn't,⟧” Okafor said. “⟦d:b|She came off, gave me a hug and said, ‘Right, where are we eating?’ That's Nadia.⟧”
Kalnins says the hardest part was never the losing but the travel. “⟦d:a:m|People see the nice hotels. They don't see you on your own in a city where you don't speak the language, icing your knee at two in the morning, watching the same film for the fourth time because it's the only one in English.⟧
“⟦d:a|I did that for sixteen years. I'm allowed to be tired.⟧”
Asked what she will miss, she took a long time to answer. “⟦d:a|The first ball of a match. Before anything has gone wrong. That moment is perfect, every time.⟧”
Okafor, who now coaches two juniors in Rinsberg, said she had tried to talk her out of retiring. “⟦d:b|I told her she had two more years in her. She told me I had two more years of salary in her,⟧” the coach said drily. “⟦d:b|She was right, the cheeky thing.⟧”

### 012
@a Tomasz Ellery-Ngata | The director
@b Ravi Duggal | -
@c Hanna Sjöberg | -
When Ravi Duggal was offered the lead in the Harbour Playhouse's new "⟦s:-|King Lear⟧", his first instinct was to say no.
"⟦d:b|I'm 44. Lear is supposed to be over eighty. I said, 'You've got the wrong man,'⟧" Duggal said. "⟦d:b|And Tomasz said, 'No, I've got exactly the wrong man. That's the point.'⟧"
The director, Tomasz Ellery-Ngata, has built his reputation on casting against type, most famously with an all-teenage "⟦s:-|The Cherry Orchard⟧" in 2019.
"⟦d:a|Everyone does Lear as a tragedy about old age,⟧" Ellery-Ngata said, "⟦d:a|but it's really a play about a man who has never been told no. You can have been told yes your whole life at forty-four.⟧"
The production, which opens on Friday, sets the play in the boardroom of a family-owned shipping company.
Duggal admits the first week of rehearsals was "⟦p:b|terrifying⟧". "⟦d:b|Tomasz doesn't give notes like other directors. He asks a question, and then he waits. And he'll wait for ten minutes if he has to,⟧" he said.
"⟦d:a|I'm not trying to be mysterious,⟧" the director protested when this was put to him. "⟦d:a|I just don't know the answers. If I knew the answers, I wouldn't need actors.⟧"
Playing Cordelia is Hanna Sjöberg, 23, in her first professional role. "⟦d:c|They're both very kind and they're both completely mad,⟧" she said of the two men. "⟦d:c|I mean that as a compliment.⟧"

### 013
@a Ayesha Rahimi | -
@b Mariam Lindgren | -
Ayesha Rahimi and Mariam Lindgren were born eleven minutes apart in a hospital in Kerrabad in 1979, and separated before they were a month old. They met again, for the first time as adults, in the arrivals hall at Fallowfield airport last month.
“⟦d:a|I knew her from the other end of the hall. She walks like me. She walks exactly like me,⟧” Ayesha said.
Mariam, who was adopted by a Swedish couple and grew up in Östervik, had known since childhood that she had a twin. Ayesha found out only two years ago, when a DNA test she had taken “⟦p:a|for fun, for a family-tree thing⟧” came back with a match.
“⟦d:b|I had been searching for her for twenty years. Letters, embassies, agencies. And in the end she found me by spitting in a tube,⟧” Mariam said, and both women laughed.
Since the reunion the sisters have discovered that both are left-handed, both trained as nurses, and both have a daughter named Leila.
“⟦d:a|The Leila thing is the one that gets me,⟧” said Ayesha, who lives in Brackwater with her husband and three children. “⟦d:a|We never had a conversation. How do two people pick the same name on opposite sides of the world?⟧”
“⟦d:b|Our mother's name was Leila,⟧” Mariam said quietly. “⟦d:b|We found that out in March.⟧”
Their birth mother died in 2003. The twins are planning to visit her grave in Kerrabad together in the spring. “⟦d:b|She lost both of us. The least we can do is turn up together,⟧” Mariam said.
“⟦d:a|Together and on time,⟧” her sister added. “⟦d:a|Mariam is always late. That's the one thing we don't share.⟧”

### 014
@a Ewan Castellane | -
@b Philippa Castellane | a retired GP
@c Darren Pell | a 17-year-old whom Castellane sentenced to eight years for an armed robbery
For 23 years Sir Ewan Castellane sat in judgment on other people. Now, at 81, he has written a book about the cases he thinks he got wrong.
“⟦d:a|Judges are not supposed to say that. We are supposed to be right, or at least to be overturned politely by someone more senior,⟧” he said in the drawing room of his house outside Kilbrennan. “⟦d:a|But I got some wrong. Not many. Enough.⟧”
The book, “⟦s:-|Second Thoughts⟧”, published next month, revisits eleven cases. Among them is the 1998 trial of Darren Pell, a 17-year-old whom Castellane sentenced to eight years for an armed robbery. In his sentencing remarks the judge called Pell “⟦p:a|a young man without any apparent conscience⟧”. Pell's conviction was quashed in 2006.
“⟦d:a:m|I read those remarks again last year and I was ashamed of them. Not of the sentence — the jury convicted him, and the sentence was within the guidelines. Of the words.⟧
“⟦d:a|I had never met that boy. I knew nothing about his conscience. I was showing off.⟧”
His wife of 52 years, Philippa Castellane, a retired GP, says he has been “⟦p:b|carrying those cases around like stones in his pockets⟧” since he retired.
“⟦d:b|He'd come home and not talk, and I'd know it was one of those,⟧” she said. “⟦d:b|Writing it down has been good for him. He sleeps now.⟧”
Pell, now 44 and running a joinery business in Daleside, has read an advance copy. In a letter to the judge, which Castellane showed me, he wrote: “⟦d:c|I don't need you to be sorry. But it's decent of you to say it.⟧”
Castellane read the letter aloud twice, then folded it away. “⟦d:a|That's more than I deserve,⟧” he said.

### 015
@a Dawa Tenzing | -
@b Karma Tenzing | his nephew
Dawa Tenzing has stood on the summit of Mount Kelphu, at 7,412 metres the highest peak in the Kharung range, fourteen times. He has never, he says, enjoyed it.
"⟦d:a|The top is the worst part. Cold, no air, and you are only halfway,⟧" he said, speaking through his nephew, Karma Tenzing, who translated. "⟦d:a|The good part is coming home and my wife is angry that I am late.⟧"
Tenzing, 52, began carrying loads for foreign expeditions at 15 and has guided clients on the mountain for more than two decades. This season, he says, will be his last.
Asked what he thinks of the clients he has guided, he laughed before his nephew had finished translating the question. "⟦d:a|Some are very strong. Some are very rich. Not many are both,⟧" he said.
Karma, 26, who studied tourism in the regional capital, said his uncle had "⟦p:b|never once⟧" talked about the climbs at home. "⟦d:b|We learned about his summits from the newspapers. At home he talked about the goats,⟧" he said.
The older man said the mountain itself had changed. "⟦d:a|When I was young the ice came down to the second camp. Now you walk on stones for two days. The mountain is getting old faster than me.⟧"
"⟦d:a|I will not go up again. My knees have said so, and my wife has said so, and I listen to both of them,⟧" he said.

### 016
@a Joaquim Arruda | -
@b Filipa Arruda | His daughter
On the harbour wall at Porto Esquivo, Joaquim Arruda is mending a net with a needle his grandfather carved from whalebone.
“⟦d:a|O mar não tem patrão,⟧” he says — “⟦d:a|the sea has no boss⟧” — and goes back to the net.
Arruda, 70, is one of the last men in the town who still fish from an open boat. When he started, at 12, there were 140 boats working out of Porto Esquivo. Today there are twelve.
His daughter, Filipa Arruda, who teaches marine biology at the university in Valmoura, had come down for the weekend and sat with us on the wall.
“⟦d:b|He won't say it himself, so I'll say it: he's heartbroken,⟧” she said. “⟦d:b|Every time a boat gets sold for scrap, he goes down to watch it go. Every single one.⟧”
Arruda shrugged when she told him what she had said. “⟦d:a|Exagera,⟧” he said. “⟦d:a|She exaggerates.⟧”
Asked whether any young people in town still want to fish, he pointed down the quay to a single boat painted blue and yellow. “⟦d:a|That one. One boy. Nineteen years old and crazy,⟧” he said, in English this time. “⟦d:a|When I die, I give him my nets.⟧”

### 017
@a Femi Adeyemi-Clarke | -
@b Gus Halloran | -
@c Sasha Veriaud | a volcanologist at the University of Carrow
On this week's "⟦s:-|Hard Science, Soft Heads⟧", Femi Adeyemi-Clarke and Gus Halloran were joined by Sasha Veriaud, a volcanologist at the University of Carrow, who has spent the past year camped on the rim of Mount Tessaly.
Veriaud, who uses they/them pronouns, explained why they had moved up the mountain. "⟦d:c|You can't understand a volcano from a laboratory three hundred miles away. You have to smell it,⟧" they said.
"⟦d:b|What does a volcano smell like?⟧" Halloran asked.
"⟦d:c|Rotten eggs, mostly. And money, if you're on a grant committee,⟧" Veriaud replied.
Adeyemi-Clarke wanted to know whether the residents of Tessaly village, five kilometres below the crater, should be worried. "⟦d:a|Be honest with us. If you lived down there, would you move?⟧"
"⟦d:c:m|I'd keep a bag packed. I wouldn't move. The mountain has been grumbling for four hundred years and it's only erupted properly twice.⟧
"⟦d:c|What worries me isn't the mountain. It's that the evacuation road has one lane and a bridge that was built in 1931.⟧"
"⟦d:b|That's the most terrifying thing anyone's said on this show,⟧" Halloran said.
"⟦d:a|You said that last week about the man with the bees,⟧" his co-host pointed out.

### 018
@a Gareth Pryce | -
@b Rhys Pryce | His son
@c Eluned Pryce | Rhys's mother
Gareth Pryce has farmed at Cwm Eithin for 41 years. His son Rhys Pryce, 29, wants to turn a third of it back into bog.
“⟦d:a|My father spent ten years draining that land. His father before him. And this one wants to flood it,⟧” said Gareth, 66, gesturing across the kitchen table.
“⟦d:b|Not flood it. Rewet it. There's a difference,⟧” Rhys said.
“⟦d:a|There's a difference to the ducks,⟧” his father replied.
The pair have been arguing about the 60 hectares of upland pasture since Rhys came home from an agricultural degree in 2021. A government peatland scheme would pay the family more to keep the ground wet than they make grazing sheep on it, and Rhys says the numbers “⟦p:b|don't lie⟧”.
“⟦d:b|The sheep on that ground lose us money every year. Every year. The peat would earn money just by sitting there being wet. I'm not a hippy, I'm an accountant with wellies,⟧” he said.
Gareth says he is coming round, slowly. “⟦d:a|He's right about the numbers. He's usually right about numbers. It's the rest of it I can't get past — walking up there and seeing nothing I made,⟧” he said.
Rhys's mother, Eluned Pryce, has taken no side, at least publicly. “⟦d:c|I've been married to one of them for forty years and I raised the other. I'm staying in the kitchen,⟧” she said.

### 019
@a Kit Okonedo-Rae | the singer
@b Jonah Vass | the drummer
@c Lou Baptiste | the bassist
The three members of Cinder Row have been in a band together since they were 15, and they finish each other's sentences, mostly in order to contradict them. We met in a café near their rehearsal room in Eastmoor: Kit Okonedo-Rae, the singer; Jonah Vass, the drummer; and Lou Baptiste, the bassist.
"⟦d:-|Why did the second album take six years?⟧" I asked.
"⟦d:a|Because Jonah lost it,⟧" Okonedo-Rae said.
"⟦d:b|I didn't lose it. It was stolen,⟧" Vass protested. "⟦d:b|Out of a van.⟧"
"⟦d:c|A van he'd left unlocked outside a chip shop,⟧" said Baptiste.
"⟦d:b|I was hungry.⟧"
"⟦d:a|So we had to start again from nothing. Eleven songs, gone. And honestly? Best thing that ever happened to us. The songs we lost were fine. The songs we wrote instead are the best things we've done,⟧" Okonedo-Rae said.
The record, "⟦s:-|Salt in the Engine⟧", is out on Friday. Asked which song on it they are proudest of, all three answered at once, and named three different songs.
"⟦d:c|That's the band in one sentence,⟧" Baptiste said.

### 020
@a Ngozi Emenike-Shaw | -
@b Bartholomew Finch | the paper's former sports editor
@c Leonie Strand | now editor of the Mail
Ngozi Emenike-Shaw, who has died aged 74, ran the night desk of the Carrow Evening Mail for a quarter of a century and terrified, by her own estimate, “⟦p:a|about four hundred young reporters, all of whom deserved it⟧”.
She had a rule for every situation. Young reporters who filed late were told: “⟦d:a|The presses don't care about your feelings, and neither do I.⟧” Those who filed early were told to go away and check it again.
Bartholomew Finch, the paper's former sports editor, worked alongside her for nineteen years. “⟦d:b|She'd read your copy with a red pen in one hand and a cigarette in the other, and you could tell how bad it was by how fast she smoked,⟧” he recalled.
“⟦d:b|But if anyone outside the building criticised one of her reporters, she'd go through them like a train. She'd destroy you herself, but nobody else was allowed to.⟧”
Born in Ekwerre in 1950, she came to Carrow in 1972 to study law, took a holiday job on the Mail's switchboard and never went back to her degree.
Leonie Strand, now editor of the Mail, was one of her last recruits. “⟦d:c|The first thing she ever said to me was, ‘Your intro is forty words too long and you've spelled the councillor's name wrong.’ The second thing she said was, ‘Do you want a biscuit?’⟧” Strand said. “⟦d:c|That was her. Both halves.⟧”
She is survived by her husband, Clement, and two sons.
Her final front page, laid out on the night she retired in 2007, hangs framed in the newsroom. The headline reads: “⟦s:-|THAT'S ALL, FOLKS⟧”.

### 021
@a Henrik Aasland | the 46-year-old Norwegian
@b Duncan Roebuck | Chairman
@c Calder Athletic | -
Henrik Aasland has been in charge of Calder Athletic for nine days. He has not yet unpacked.
"⟦d:a|My wife says I live like a student. There's a mattress, a kettle and a laptop full of videos of corners,⟧" the 46-year-old Norwegian said at the club's training ground in Hebble Bridge. "⟦d:a|She's coming next month. I have until then to buy a sofa.⟧"
Aasland replaced Mick Dorrington, who was sacked after a run of eleven games without a win left the club second from bottom.
Asked why he took a job that three other managers had reportedly turned down, he did not hesitate.
"⟦d:a:m|Because nobody expects anything. That's the best situation in football. If we stay up, I'm a genius. If we go down, well, they were going down anyway.⟧
"⟦d:a:m|That's a joke. Please write that it's a joke.⟧
"⟦d:a|But seriously — I've watched every game they've played this season. The players are not bad. They are frightened. You can coach fear out of people. It's slower than coaching a tactic, but you can do it.⟧"
Chairman Duncan Roebuck, who appointed him after a two-week search, said Aasland had "⟦p:b|walked into the interview and told us everything we were doing wrong, for an hour⟧". "⟦d:b|Most candidates tell you what you want to hear. He told us what we didn't want to hear. That's why he got it,⟧" Roebuck said.
Calder Athletic said in a statement on Monday that the new manager would be given "⟦p:c|full backing⟧" in the January transfer window.
Aasland smiled at that. "⟦d:a|Full backing. I will remind them of this in January.⟧"

### 022
@a Anjali Ramaswamy | -
@b Lakshmi Ramaswamy | a software engineer
@c Oskar Weiland | an International Master
At the Hartwell Junior Open last weekend, 11-year-old Anjali Ramaswamy beat three adults, drew with a grandmaster, and then asked the tournament director whether there was any more orange squash.
“⟦d:a|Chess is fine. Squash is better,⟧” Anjali said, when asked which she had enjoyed more.
Her mother, Lakshmi Ramaswamy, a software engineer, taught her the moves when she was five “⟦p:b|to keep her quiet on a long train journey⟧”.
“⟦d:b|It did not keep her quiet. Within a month she was beating me. Within six months she was beating her grandfather, and he has not forgiven either of us,⟧” Lakshmi said.
Anjali is now the highest-rated player under 12 in the country. Her coach, Oskar Weiland, an International Master, says she has “⟦p:c|an unusual calm⟧” for her age.
“⟦d:c|Most children her age, when they make a mistake, you see it on their faces. With Anjali you see nothing. She just starts working out how to fix it,⟧” Weiland said.
Anjali disputes this. “⟦d:a|I do get upset. I just get upset later, in the car,⟧” she said.
“⟦d:b|That's true,⟧” her mother confirmed. “⟦d:b|The car gets all of it.⟧”

### 023
@a Margaret Oduya | the school's headteacher at the time
@b Callum Reyes | The current headteacher
@c Doreen Achebe-Wills | -
When the time capsule buried under the playground at Fernley Primary School in 1975 was finally opened on Friday, most of the contents were what you might expect: a copy of the local paper, a cassette tape, a packet of crisps that nobody was brave enough to open.
But at the bottom, in a sealed envelope, was a letter from Margaret Oduya, the school's headteacher at the time.
"⟦d:a|To whoever is reading this,⟧" it began. "⟦d:a|I hope you are warmer than we are. The boiler has broken again and the children are doing their sums in their coats.⟧"
The two-page letter went on to describe the school's 212 pupils, its one television and its "⟦p:a|magnificent but temperamental⟧" piano. She wrote that she hoped the children of the future would "⟦p:a|still be allowed to climb the big tree⟧".
The current headteacher, Callum Reyes, read the letter aloud to an assembly of 200 children. "⟦d:b|When I got to the bit about the boiler, the whole hall laughed, because ours broke in February,⟧" he said. "⟦d:b|Some things don't change.⟧"
The big tree was cut down in 1991.
Doreen Achebe-Wills, 59, was in the class that buried the capsule and came back for the opening. "⟦d:c|I remember Mrs Oduya standing over that hole in her good shoes, making sure we did it properly,⟧" she said. "⟦d:c|She'd have been thrilled that anyone turned up.⟧"
Mrs Oduya died in 2009. Her letter ended: "⟦d:a|Be kind, work hard, and please, for goodness' sake, somebody fix the boiler.⟧"

### 024
@a Yusuf Haddadin | Her father
@b Rania Haddadin | His wife
@c - | A cousin who asked not to be named
@d Layal | their daughter
The Haddadin family's flat in Moorside has almost nothing on the walls, except for a child's drawing of a house with a red door, stuck above the sofa with tape.
“⟦d:d|That's our old house. I made the door red because I forgot what colour it was,⟧” said their daughter Layal, 9.
Her father, Yusuf Haddadin, was a pharmacist in Qasr Jadid before the family fled in 2019. He now works nights in a warehouse on the edge of town.
“⟦d:a|I'm not complaining. Please don't write that I'm complaining,⟧” he said. “⟦d:a|People here have been good to us. But I was a pharmacist for fifteen years, and now I put boxes on shelves, and my qualifications are in a drawer waiting for an exam that costs money I don't have.⟧”
His wife, Rania Haddadin, who is studying English at a community college three mornings a week, says the hardest thing is the waiting.
“⟦d:b|We wait for the letter from the Home Office. We wait for the exam. We wait for the bus. Everything is waiting,⟧” she said.
A cousin who asked not to be named, because relatives remain in Qasr Jadid, said the family had been “⟦p:c|luckier than most⟧”. “⟦d:c|They are together. They are safe. Many of us are neither,⟧” he said.
Layal, meanwhile, has plans. “⟦d:d|I'm going to be a pharmacist like Baba, but in English,⟧” she said.

### 025
@a Teodora Ilić | Astronaut
@b Marcus Delacroix-Webb | presenter
@c Continental Space Agency | -
Astronaut Teodora Ilić has said the hardest part of her six months aboard the Meridian orbital station was "⟦p:a|not the danger or the food, but missing the rain⟧".
Speaking on Channel 6's "⟦s:-|The Sunday Sofa⟧", Ilić, 44, told presenter Marcus Delacroix-Webb that she had spent hours listening to recordings of rainstorms.
"⟦d:a|You don't realise how much you miss weather until there isn't any. Every day is the same temperature, the same light, the same hum,⟧" she said. "⟦d:a|I used to put on a recording of a thunderstorm over the sea and just lie there with my eyes closed.⟧"
"⟦d:b|Did you ever feel frightened up there?⟧" Delacroix-Webb asked.
"⟦d:a|Once. There was a pressure alarm at three in the morning. It turned out to be a faulty sensor, but for about ninety seconds, yes. Very frightened,⟧" she replied. "⟦d:a|Then you do the checklist. The checklist is stronger than the fear.⟧"
Ilić returned to Earth in March. The Continental Space Agency said in a statement that she had completed "⟦p:c|one of the most productive missions in the programme's history⟧".
Asked whether she would go back, she laughed. "⟦d:a|Tomorrow. But I'd take more rain.⟧"

### 026
@a Cosima Nwachukwu | -
@b - | one critic
@c Hester Vane | the fashion editor of the Morning Courant
@d Abel Mortensen | Her business partner
Cosima Nwachukwu does not like being called a “⟦s:-|disruptor⟧”. She does not much like being called a “⟦s:-|designer⟧” either.
“⟦d:a|I make clothes. A designer is someone who makes drawings of clothes and has someone else make them,⟧” she said in her workshop above a launderette in Tillingham. “⟦d:a|I sew every sample myself. Every one.⟧”
Her autumn collection, shown in a disused swimming baths in February, was called “⟦p:b|defiantly unwearable⟧” by one critic and “⟦p:c|the most wearable thing shown all week⟧” by the fashion editor of the Morning Courant, Hester Vane.
“⟦d:a|They're both right. That's what I was going for,⟧” Nwachukwu said.
Her business partner, Abel Mortensen, who handles the money, says the label lost money for its first four years. “⟦d:d|She'd spend the profit from one collection on fabric for the next before I'd even seen the invoice,⟧” he said. “⟦d:d|I've aged twenty years in six.⟧”
The label is now stocked in fourteen shops in five countries. Its best-selling piece is a quilted wool coat the studio calls “⟦s:-|the Duvet⟧”.
“⟦d:a|Because it's a duvet. With sleeves. People love it and I don't entirely understand why,⟧” she said.
“⟦d:d|I understand why,⟧” Mortensen said. “⟦d:d|It's warm.⟧”

### 027
@a Stanley Ofori | Lollipop man
@b - | one pupil
@c Freya | -
@d Jacqueline Ambrose | Headteacher
Lollipop man Stanley Ofori has helped children across Mill Road in Ashcombe for 27 years. On Friday he did it for the last time — and half the school turned out to say goodbye.
"⟦d:a|I've seen some of these children's parents across this road. Next year I'd have been seeing their grandchildren, except I won't, because I'll be on a beach,⟧" the 72-year-old joked.
Pupils at Mill Road Primary lined the pavement waving homemade banners reading "⟦s:-|WE LOVE YOU STAN⟧" and "⟦s:-|Thank you for keeping us safe⟧".
Freya, 10, presented him with a card signed by all 340 pupils. "⟦d:c|He knows everyone's name. Even the little ones in reception,⟧" she said.
"⟦d:b|He does high fives. Every single day,⟧" added one pupil, who was too shy to give his name.
Headteacher Jacqueline Ambrose said Mr Ofori had been "⟦p:d|part of the furniture, in the best possible way⟧". "⟦d:d|In 27 years he has never had a single child hurt on that crossing. Not one. That's not luck, that's Stan,⟧" she said.
Asked what he would miss most, Mr Ofori didn't hesitate. "⟦d:a|The high fives,⟧" he said.

### 028
@a Imogen Sallis | the festival's artistic director
@b Kwabena Asante-Doyle | the director
@c Elif Demirtaş | -
@d - | One audience member
The audience at the Brackwater Film Festival's closing-night screening of “⟦s:-|Low Tide at Farrow⟧” gave the film an eight-minute standing ovation, and then kept its director and star on stage for forty minutes of questions.
“⟦d:a|I have to start with the ending. Were you ever tempted to let her get on the boat?⟧” asked the festival's artistic director, Imogen Sallis, who moderated the discussion.
“⟦d:b|Every single day of the edit,⟧” said Kwabena Asante-Doyle, the director. “⟦d:b|We had a version where she gets on the boat. We showed it to six people and four of them cried. Then we showed the other version to six people and all six went very quiet. Quiet won.⟧”
Elif Demirtaş, who plays Noor, the lighthouse keeper's daughter, said she had learned how the film ended only on the day the scene was shot.
“⟦d:c|Kwabena gave us two different scripts. Mine said she gets on the boat. I found out on the beach, in the rain, with the camera rolling,⟧” she said. “⟦d:c|So what you see on my face is real. I was furious with him.⟧”
“⟦d:b|She still is,⟧” Asante-Doyle said.
“⟦d:c|I still am,⟧” she agreed.
One audience member asked whether the village of Farrow was real. “⟦d:d|I want to go there. Where is it?⟧”
“⟦d:b|It's three villages and a car park in Penmorrow, stitched together,⟧” the director said. “⟦d:b|I'm sorry. Please don't go to the car park.⟧”

### 029
@a Hinemoa Tawhai | My grandmother
@b Rawiri Tawhai | My uncle
My grandmother, Hinemoa Tawhai, is 96 and has lived in the same weatherboard house on the hill above Te Awaroa since 1951. When I visited in January she was on the roof.
"⟦d:a|Gutters,⟧" she said, by way of explanation, and did not come down until she had finished.
I had come to ask her about the flood of 1966, which took half the town and, she has always said, "⟦p:a|most of the sensible people with it⟧".
"⟦d:-|Were you frightened?⟧" I asked, once she was back on the ground and the kettle was on.
"⟦d:a:m|Frightened? I had three children under five and a husband at the pub. I didn't have time to be frightened. I put the babies in the wash tub and floated them up the hill like groceries.⟧
"⟦d:a|Your uncle Rawiri was one of the groceries. He's never been grateful.⟧"
My uncle Rawiri Tawhai, who is 60 and lives next door, had come in halfway through this and sat down with a biscuit. "⟦d:b|I've heard this story four hundred times and the tub gets smaller every time,⟧" he said.
"⟦d:a|Because you got bigger,⟧" she told him.
Before I left, I asked her what she thought the town had learned. She considered this for a long time. "⟦d:a|Nothing. They built the new houses on the flat again. But they're nice houses,⟧" she said.

### 030
@a Hiwot Worku | the 24-year-old
@b Carla Mendonça | The defending champion
@c Tesfaye Alemu | Worku's coach
@d Gordon Ashby | Race director
VELMONT, Oct. 12 — Hiwot Worku had never run a marathon outside her home country before Sunday. She won the Velmont City Marathon by more than two minutes, in a course record of 2 hours 19 minutes 48 seconds.
``⟦d:a|At 30 kilometres I was thinking only about the hill. Everyone told me about the hill. Then I got there and it was not a hill. At home we would call it a road,⟧'' the 24-year-old said through an interpreter.
Worku, who trains at altitude in the town of Debre Lemu, ran alone from the 25-kilometre mark. The defending champion, Carla Mendonça, finished second, 2 minutes 14 seconds behind.
``⟦d:b|I tried to go with her at 25. I stayed with her for maybe 400 metres. Then I thought, no, I would like to finish today,⟧'' Mendonça said, laughing.
Worku's coach, Tesfaye Alemu, said he had told her to wait until 35 kilometres before making any move. ``⟦d:c|She did not listen. She never listens. This is why she wins,⟧'' he said.
Asked what she would do with the $40,000 prize, Worku said she would build a house for her mother. ``⟦d:a|With a roof that does not leak. That is the first thing,⟧'' she said.
Race director Gordon Ashby called it ``⟦p:d|the finest run this course has ever seen⟧''.

### 031
@a Sunil Mahtani-Rowe | Comedian
@b Beth Kowalczyk | host
Comedian Sunil Mahtani-Rowe has revealed that he once performed an entire set to an audience of one — and that the one person was his dentist.
Appearing on the "⟦s:-|Off Mic⟧" podcast with host Beth Kowalczyk, the 38-year-old described a night in 2014 at a pub in Dunstall.
"⟦d:a|It was snowing, there was a football match on, and the promoter had forgotten to tell anyone. So it was me, a barman who was watching the football, and Dr Pattinson,⟧" he said.
"⟦d:b|Did you do the whole set?⟧" Kowalczyk asked.
"⟦d:a|Every minute. He'd paid. And I'd had a filling from him the week before, so I felt I owed him,⟧" Mahtani-Rowe replied. "⟦d:a|He laughed at one joke. It was the one about teeth. I think he was being professional.⟧"
Mahtani-Rowe, whose touring show "⟦s:-|Second Cousin, Once Removed⟧" has sold out two runs, said small gigs had taught him more than big ones. "⟦d:a|Two thousand people will laugh at anything. One dentist will not,⟧" he quipped.
Kowalczyk: "⟦d:b|Is he still your dentist?⟧"
"⟦d:a|He is. He's never mentioned it. Neither have I. It's the most British relationship I have,⟧" he said.

### 032
@a Brenda Olawale | -
@b Terry Olawale | husband
@c - | A spokesperson for the National Draw
A DINNER lady and her bus-driver husband who scooped £4.2million on the lottery have vowed to keep their jobs.
Brenda Olawale, 58, and husband Terry, 61, from Corrington, matched all six numbers in Saturday's draw with a ticket bought at their local petrol station.
"⟦d:a|I checked it four times. Then I made Terry check it. Then I rang my sister and made her check it,⟧" beaming Brenda said. "⟦d:a|I still don't believe it. I keep going and looking at the ticket in the drawer.⟧"
Terry, who has driven the number 14 bus for 23 years, said he had no plans to quit. "⟦d:b|What would I do, sit at home? She'd kill me within a week,⟧" he laughed.
"⟦d:a|I would, and all,⟧" Brenda chipped in.
The couple plan to help their three children onto the property ladder, and to treat themselves to a holiday.
"⟦d:b|Brenda wants a cruise. I want a caravan. We'll probably end up with both,⟧" said Terry Olawale. "⟦d:b|That's marriage.⟧"
A spokesperson for the National Draw said: "⟦d:c|We'd like to congratulate Brenda and Terry on a fantastic win and wish them many happy years of enjoying it.⟧"

### 033
@a Siobhán Ní Bhraonáin | the 52-year-old
@b Ademola Fashola | The chair of the judges
Siobhán Ní Bhraonáin wrote most of her prize-winning collection on the backs of parking tickets.
“⟦d:a|Not mine, I should say. I worked in the council's parking office for nine years, and the spoiled ones went in a box by my desk. Good thick paper,⟧” the 52-year-old said, a day after “⟦s:-|Tolls⟧” won the Harland Prize for Poetry.
The chair of the judges, Professor Ademola Fashola, called the book “⟦p:b|a small miracle of attention⟧”.
“⟦d:b|She writes about the most ordinary things — a queue, a bus shelter, a man arguing with a ticket machine — and by the end of each poem you feel you've been shown the inside of a life,⟧” he said at the ceremony in Kellsbridge.
Ní Bhraonáin, who left school at 16, said she had started writing “⟦p:a|out of boredom, honestly⟧”.
“⟦d:a:m|People want a better story. They want me to have been in a workshop, or to have had a tragedy. I had a box of parking tickets and a very long lunch hour.⟧
“⟦d:a|And a lot of people were very rude to me on the phone. That helps. Anger is very good for rhythm.⟧”
Asked what she would do with the €15,000 prize, she said she would “⟦p:a|pay a few parking fines, for the irony⟧”.

### 034
@a Sione Havili | the 30-year-old lock
@b Mele Havili | His wife
@c Declan Moriarty | The team's head of medical
Eleven months after a knee injury that doctors warned might end his career, Sione Havili will run out for the Carrow Kestrels against Braddon on Saturday.
"⟦d:a|There were some dark nights. I'm not going to lie to you,⟧" the 30-year-old lock said at the club's training base. "⟦d:a|There was one week in January where I didn't get off the couch except to go to rehab.⟧"
His wife, Mele Havili, said the turning point came when their son, then three, asked why Daddy didn't play rugby any more.
"⟦d:b|Sione just sat there. Then the next morning he was up at five, out the door. He never said anything about it,⟧" she said. "⟦d:b|He didn't have to.⟧"
The team's head of medical, Declan Moriarty, said Havili's recovery had been "⟦p:c|textbook, and then some⟧". "⟦d:c|The hardest thing with him wasn't getting him to work. It was getting him to stop,⟧" Moriarty said. "⟦d:c|I had to lock the gym twice.⟧"
Havili grinned when this was relayed to him. "⟦d:a|Three times. He only knows about two.⟧"

### 035
@a Adaeze Kornfeld | the chief executive
@b - | A former employee who left last year
@c Lumenfield | -
@d - | A spokesperson for the company
Adaeze Kornfeld keeps a whiteboard in her office at Lumenfield's headquarters in Dunmere on which she writes, every Monday, the thing she is most worried about. This week it says “⟦s:-|PATIENCE⟧”.
“⟦d:a|Not my patience. Investors' patience,⟧” the chief executive said. “⟦d:a|Mine ran out years ago.⟧”
Kornfeld, 49, founded the battery-recycling company in a rented garage in 2012. It now employs 1,800 people, but its share price has halved this year after delays at its flagship plant in Orrin Bay.
“⟦d:a:m|We promised the plant would be running by spring. It will be running by autumn. That's a miss, and I own it.⟧
“⟦d:a|But I'd rather be six months late than open a building that catches fire. We're dealing with lithium. Lithium doesn't care about your quarterly results.⟧”
Not everyone describes her leadership so warmly. A former employee who left last year said the culture at Lumenfield was “⟦p:b|brilliant and exhausting in equal measure⟧”. “⟦d:b|She expects everyone to care as much as she does. Most people can't, and the ones who try burn out,⟧” the former employee said.
Asked about that, Kornfeld nodded slowly. “⟦d:a|That's fair. I've heard it before. I'm working on it — badly, probably.⟧”
Lumenfield said in a statement that staff turnover was now “⟦p:c|at its lowest level since 2018⟧”. A spokesperson for the company added that the Orrin Bay plant remained “⟦p:d|on track for an autumn opening⟧”.

### 036
@a Shay Mulcahy | the presenter
@b Deirdre | the first caller
@c Tomás | a butcher on the main street
@d - | One caller
@e Kilmorna County Council | -
Listeners to Shay Mulcahy's phone-in on Radio Meitheal on Tuesday morning had strong views on Kilmorna County Council's plan to ban cars from the town's main street on Saturdays.
"⟦d:b|It's the best idea they've had in thirty years, and I say that as someone who drives everywhere,⟧" said Deirdre, from Kilmorna, the first caller. "⟦d:b|You can't walk down that street with a buggy without taking your life in your hands.⟧"
"⟦d:a|And where will you park on a Saturday, Deirdre?⟧" the presenter asked.
"⟦d:b|I'll walk, Shay. I have legs,⟧" she said.
Tomás, a butcher on the main street, was less enthusiastic. "⟦d:c|Saturday is forty per cent of my week. Forty per cent. Half my customers are farmers coming in from twenty miles out. Are they going to walk from the mart?⟧"
Mulcahy asked whether he had raised his concerns with the council. "⟦d:c|I've raised them so often they've stopped answering the phone,⟧" the butcher said.
One caller, who did not give his name, said the whole debate was "⟦p:d|a lot of fuss about nothing⟧". "⟦d:d|It's one day a week. Ye'd swear they were closing the border,⟧" he said.
Kilmorna County Council said the scheme would run as a pilot from March and would be "⟦p:e|reviewed in full after six months⟧".

### 037
@a Aurélie Fontanel | -
@b Jasmine Okoro | the gallerist
@c - | Critics
Aurélie Fontanel paints the same stretch of river every morning, from the same spot, at the same hour. She has done so for nineteen years. There are, by her count, 6,812 paintings.
«⟦d:a|People ask me when I will get bored. I ask them when the river will stop changing,⟧» she said, standing on the bank at Ruisseau-les-Pins with a folding stool under her arm.
Fontanel, 61, had almost no audience for her first decade. Then the gallerist Jasmine Okoro saw three of the paintings hanging in a café in Vercelles.
«⟦d:b|I asked the waiter who had painted them, and he said, ‘The woman who sits by the river.’ As if there were only one,⟧» Okoro recalled. «⟦d:b|I went to the river the next morning, and there she was.⟧»
Okoro's gallery now shows 365 of the paintings at a time, hung in a single line that runs around three rooms. Critics have called the installation «⟦p:c|a calendar you can walk through⟧».
Fontanel is uneasy with the attention. «⟦d:a|I don't paint them to be seen together. I paint them one at a time. Jasmine sees them together. That's her job,⟧» she said.
«⟦d:b|And her job is to keep painting,⟧» said Okoro. «⟦d:b|Which is lucky, because she couldn't stop if I paid her.⟧»

### 038
@a Keiko Hanazawa | the 58-year-old biologist
@b Tobias Renner | Her longest-serving collaborator
@c University of Ashcombe | -
When the phone rang at 4.50am on Wednesday, Keiko Hanazawa assumed it was her sister in Osaka, who has never mastered time zones.
It was the Aldermann Foundation, calling to tell her she had won this year's Aldermann Prize for Physiology, worth 1.2 million euros, for her work on how cells repair their own DNA.
"⟦d:a|I said, 'Are you sure?' three times. The man was very patient,⟧" the 58-year-old biologist said at a press conference at the University of Ashcombe later that day. "⟦d:a|Then I woke up my husband and he said, 'Congratulations, go back to sleep,' which I think is the correct response.⟧"
Hanazawa moved to Ashcombe from Kyoto in 1996 and has run the same laboratory, on the fourth floor of the Hartley Building, ever since.
Her longest-serving collaborator, Tobias Renner, said the recognition was "⟦p:b|thirty years overdue⟧". "⟦d:b|For most of the Nineties, people told her she was wrong. Keiko just kept doing the experiments. Eventually the experiments won the argument,⟧" Dr Renner said.
The University of Ashcombe said in a statement that the prize was "⟦p:c|a proud moment for the whole institution⟧".
Asked how she would celebrate, Hanazawa said she would be in the lab by ten. "⟦d:a|There's a postdoc whose experiment finishes today. I promised her I'd be there. The prize can wait until lunch.⟧"

### 039
@a Niamh Costigan | the 23-year-old
@b Jean-Baptiste Aucoin | Trainer
@c Rashid Al-Kindi | the horse's owner
Niamh Costigan became the first woman to win the Harrowfield Gold Cup on Saturday, steering 25-1 outsider Quiet Lantern home by a neck in a finish that had the stands on their feet.
“⟦d:a|I didn't know we'd won until the lad leading us in told me. I thought the grey had got up on the line,⟧” the 23-year-old said, still breathless, in the winner's enclosure.
“⟦d:a|This horse has been written off all season. Everyone said he didn't stay. Well — he stayed.⟧”
Trainer Jean-Baptiste Aucoin, who saddled his first runner in the race only four years ago, said he had told Costigan to “⟦p:b|forget the plan and just let him enjoy himself⟧” after the horse jumped slowly from the start.
“⟦d:b|She listened, which jockeys never do. So maybe I'll give her the ride next year too,⟧” he joked.
Rashid Al-Kindi, the horse's owner, who bought Quiet Lantern for 8,000 guineas as a yearling, was in tears. “⟦d:c|My father loved this race. He died in March. I wish he could have seen it,⟧” he said.
Costigan dedicated the win to her late grandfather, a farrier in Tullagh. “⟦d:a|He put me on my first pony when I was three. He'd have had something to say about the finish, though. He'd have said I went too early,⟧” she said, grinning.

### 040
@a Florence Mbatha-Greene | -
@b Julius Mbatha-Greene | Her son
@c Tayla | Her great-granddaughter
Florence Mbatha-Greene celebrated her 100th birthday at Elmhurst Care Home on Sunday with three cakes, 41 relatives and a glass of sherry she described as "⟦p:a|purely medicinal⟧".
"⟦d:a|People keep asking me the secret. There isn't one. I just kept not dying,⟧" she said.
Born in Port Kessel in 1925, Mrs Mbatha-Greene came to Ashby in 1958 and worked as a seamstress at the Dyson & Pole factory for 31 years.
Her son, Julius Mbatha-Greene, 74, said his mother still did the crossword every day "⟦p:b|in pen, and faster than me⟧". "⟦d:b|She's sharper than all of us. She remembers the birthday of every grandchild and great-grandchild, and there are thirty-two of them. I can't remember my own,⟧" he said.
Her great-granddaughter Tayla, 8, made her a crown out of cardboard. "⟦d:c|I asked her what it's like to be a hundred and she said it's like being ninety-nine but with more cake,⟧" Tayla said.
Asked if she had any advice for young people, Mrs Mbatha-Greene was firm. "⟦d:a|Dance when there's music. Sit down when there isn't. And never lend anyone money.⟧"

### 041
@a Lorcan Vesey | -
@b Harriet Ngata | his publisher at Greywing Books
Lorcan Vesey has not given an interview in person since 1998. He does not own a mobile phone. When I asked, through his publisher, whether he would answer some questions, he replied within a day, by email, in lower case and without a greeting.
“⟦d:a|ask what you like. i will answer what i like,⟧” he wrote.
I asked why he had stopped giving interviews. “⟦d:a|because i kept saying things i didn't mean, and the things i didn't mean were the ones that got printed,⟧” he wrote back. “⟦d:a|in writing i can take them out.⟧”
His new novel, “⟦s:-|The Weir⟧”, his first in eleven years, is set in a village that is about to be flooded for a reservoir. “⟦d:-|Is the village real?⟧” I asked.
“⟦d:a|all villages are about to be flooded for something,⟧” he replied.
Harriet Ngata, his publisher at Greywing Books, said Vesey had delivered the manuscript “⟦p:b|in a carrier bag, handwritten, with a note saying no changes⟧”. “⟦d:b|We made some changes. He's never mentioned it. I don't think he's read the book since he finished it,⟧” she said.
Finally, I asked whether he was happy. His answer came two days later. “⟦d:a|most afternoons,⟧” he wrote. “⟦d:a|that is enough.⟧”

### 042
@a Chidi Amadi | -
@c Ruth Kagan | My first editor
@d - | the losing candidate in Harrowby
Chidi Amadi has photographed every general election count in the Northern Provinces since 1979 — what he calls “⟦p:a|the only honest night in politics⟧”. His new book, “⟦s:-|The Long Night⟧”, collects 200 of those pictures. He spoke to Frances Holt.
HOLT: Why counts? Why not the campaigns?
AMADI: Because during a campaign everybody is performing. At three in the morning in a sports hall, nobody is performing any more. They're just tired and frightened and hopeful. That's a face worth having.
HOLT: Which picture in the book do you like best?
AMADI: The one of the losing candidate in Harrowby, 1992, eating a sandwich while they read out the numbers. My first editor, Ruth Kagan, would have hated it. She wrote “⟦d:c|too sad⟧” on the back of half the prints I ever gave her.
HOLT: Did you ever get the sandwich man's permission?
AMADI: He wrote to me afterwards. He said, “⟦d:d|You've made me look like a man who lost an election. That's fair.⟧” We had a drink together every election night after that until he died.
HOLT: Do you still enjoy it?
AMADI: More than ever. The halls are the same. The sandwiches are worse.

### 043
@a Amara Nwosu | filmmaker
@b Ernest Pillai | -
For her new documentary, filmmaker Amara Nwosu spent fourteen months following a single man: Ernest Pillai, 83, who has rung the bells at St Cuthbert's in Harlow Cross every Sunday since 1961.
"⟦d:a|I went to make a film about bells. I came back with a film about loneliness, and about how a man can build a whole life around one hour a week,⟧" Nwosu told Channel 6 News.
The film, "⟦s:-|Sunday Best⟧", airs on Thursday at 9pm.
Pillai, a widower, was initially reluctant to take part. "⟦d:b|I said, who wants to watch an old man pulling a rope? She said, you'd be surprised,⟧" he said. "⟦d:b|I'm still surprised.⟧"
Nwosu said the hardest scene to film was the Sunday in March when Pillai's arthritis meant he could not ring for the first time in 60 years.
"⟦d:a|He sat in the tower and listened to someone else ring. He didn't say a word for the whole hour. I didn't film his face. It didn't feel right,⟧" she said.
"⟦d:b|She filmed my boots instead,⟧" Pillai said. "⟦d:b|They're very good boots.⟧"

### 044
@a Benedek | a waiter
@b Rosalind | My companion
There is no menu at Ostra, the new fourteen-seat counter on Wharf Lane. There is, instead, a waiter called Benedek, who stands in front of you and asks what you are in the mood for.
“⟦d:-|What do you recommend?⟧” I asked.
“⟦d:a|That depends. Are you brave or are you hungry?⟧” he said.
My companion, Rosalind, who has eaten in more restaurants than anyone I know and complained in all of them, said she was both. Benedek nodded as if this were the correct answer and disappeared.
What followed was eleven small plates over three hours: a raw scallop with brown butter and rhubarb, a single langoustine on a hot stone, a potato cooked, Benedek told us, “⟦p:a|for as long as it takes⟧”.
“⟦d:b|I want to be annoyed by this, and I can't,⟧” Rosalind said, somewhere around the seventh course. “⟦d:b|It's infuriating.⟧”
Benedek returned with a small glass of something amber. “⟦d:a|From my grandmother's village. Don't ask what's in it. She won't tell me either,⟧” he said.
The bill, for two, came to £212 with wine. Ostra is, as my companion put it on the walk home, “⟦p:b|a place you go once a year to remember that food can surprise you⟧”.

### 045
@a Mattéo Vandersteen | the 25-year-old Belgian
@b Anouk Berghuis | His team's sports director
@c Emil Kjærgaard | The defending champion
Mattéo Vandersteen crossed the line at the top of the Col de la Brèche alone on Thursday, arms out, mouth open, 41 seconds clear of the favourites, and took the leader's jersey of the Tour de Valmont for the first time.
«⟦d:a|I attacked because my legs said yes and my head didn't have time to say no,⟧» the 25-year-old Belgian said.
«⟦d:a|In the last kilometre I was counting the barriers. Just count, count, count. Don't look back. If you look back, you die.⟧»
His team's sports director, Anouk Berghuis, had told him over the radio to wait for the final two kilometres. «⟦d:b|He didn't listen, as usual,⟧» she said. «⟦d:b|When a rider disobeys you and wins, you say nothing. When he disobeys you and loses, you still say nothing, but you remember.⟧»
The defending champion, Emil Kjærgaard, finished fourth on the stage and now sits 1min 12sec behind. He called the attack «⟦p:c|very brave, maybe too brave with ten days left⟧».
«⟦d:c|The race is long. We will see who is tired in the high mountains,⟧» the Dane said.

### 046
@a Teodoro Quispe | Mayor
@b - | One elderly resident
@c Beatriz Salinas | owner of the bakery on Calle Real
Mayor Teodoro Quispe knows every one of San Ildefonso's 412 residents by name, which is just as well, because he is also its postman, its part-time plumber and, on Tuesdays, its bus driver.
"⟦d:a|Small town, many hats,⟧" he said, tapping the one he was wearing, a battered straw trilby. "⟦d:a|If I only did one job, the others would not be done. There is nobody else.⟧"
San Ildefonso has lost two-thirds of its population since 1970. The school closed in 2008; the last doctor left in 2014.
Quispe, 57, has a plan: he is offering empty houses for one euro to families with children who commit to staying five years. So far, eleven families have come.
Beatriz Salinas, owner of the bakery on Calle Real, said the newcomers had "⟦p:c|saved the business⟧". "⟦d:c|Two years ago I was selling thirty loaves a day. Now I sell ninety. Ninety! I had to buy a second oven,⟧" she said.
Not everyone is convinced. One elderly resident, sitting outside the bar, said the new arrivals "⟦p:b|don't say good morning⟧". "⟦d:b|In my day you said good morning to everybody. Even people you didn't like. Especially them,⟧" he said.
The mayor laughed when told of the complaint. "⟦d:a|I know who that is. He didn't say good morning to me for eleven years. They will learn from each other,⟧" he said.

### 047
@a Siew Ling Tan | -
@b Daniel Whitford | the son she placed for adoption as a teenager in 1986
@c Patricia Whitford | his adoptive mother
For 38 years, Siew Ling Tan wrote a letter to her son on his birthday. She never sent any of them, because she did not know where he was.
Last month, in a café in Pelham Bridge, she gave all 38 of them to Daniel Whitford, the son she placed for adoption as a teenager in 1986.
“⟦d:b|I haven't read them all yet. I'm doing one a night, in order. I'm up to 1991,⟧” Whitford said. “⟦d:b|In 1991 I was five and she was writing to tell me about her first job. It's like getting to know someone from both ends at once.⟧”
Tan, now 55, was 17 and living with her parents in Kessington when she became pregnant. “⟦d:a|My father said, ‘It's decided,’ and that was that. Nobody asked me anything,⟧” she said.
The first letter, written on his first birthday, begins: “⟦d:a|Dear Baby, I don't know your name, so I am going to call you Baby until I find out.⟧”
Whitford, an electrician, found her through a DNA ancestry service after his adoptive mother, Patricia Whitford, encouraged him to look.
“⟦d:c|I always told him, if you want to find her, I'll drive you there myself,⟧” Patricia Whitford said. “⟦d:c|She's not replacing me. She's an extra. You can't have too many people who love you.⟧”
Tan has now written a 39th letter. This one she posted.

### 048
@a Kofi Brandauer | The bass-baritone
@b Liesl Vorhauer | his first teacher
The bass-baritone Kofi Brandauer, who makes his debut at Kellingford Opera House next week as Wotan, grew up in a flat above a car repair shop in the Austrian town of Steinach am Wald, the son of a Ghanaian mechanic and a Tyrolean nurse.
"⟦d:a|The whole building shook when the compressors started. I learned to sing over a pneumatic drill. After that, an orchestra is nothing,⟧" he said, laughing.
It was his first teacher, Liesl Vorhauer, now 88, who heard him singing in a school corridor at 14 and insisted he come to her for lessons. "⟦d:b|Singen ist Atmen mit Absicht,⟧" she told him at the first lesson, a phrase she repeated in English when we spoke by phone: "⟦d:b|Singing is breathing with intent.⟧"
"⟦d:b|He had a voice like a cathedral and no idea what to do with it. Like giving a child a Bentley,⟧" Vorhauer said.
Brandauer, 36, says he still hears her in his head before every performance. "⟦d:a|Breathing with intent. I have it written on a piece of tape inside my dressing-room mirror in every theatre,⟧" he said.
Asked about singing Wagner for the first time, he grew serious. "⟦d:a:m|It's a marathon. Five hours. You cannot sing it with your voice alone, you have to sing it with your whole body, your whole life.⟧
"⟦d:a|And afterwards you eat like a horse. Nobody tells you that part.⟧"

### 049
@a Dean Callaghan-Ruiz | HARBOUR Lights star
@d - | pals
@b - | a source close to the star
@c Kelly Dunphy | his wife of six years
HARBOUR Lights star Dean Callaghan-Ruiz has split from his wife of six years, Kelly Dunphy, after what pals describe as a "⟦p:d|rocky few months⟧".
The 41-year-old, who plays hunky mechanic Gaz Tully on the long-running soap, confirmed the news last night. "⟦d:a|Kelly and I have decided to go our separate ways. There's no drama, no third party, just two people who've grown apart,⟧" he said.
But a source close to the star told us the couple had been "⟦p:b|living separate lives for a while⟧". "⟦d:b|Dean's been sleeping in the spare room since Christmas. Everyone on set knew something was up,⟧" the source said.
Kelly, 38, a former dancer, posted a cryptic message on social media hours later. "⟦d:c|Some chapters end so better ones can begin. Onwards,⟧" she wrote, alongside a picture of a sunset.
The couple share a five-year-old daughter, Maisie.
Callaghan-Ruiz added: "⟦d:a|Our daughter is our priority. I'd ask everyone to respect that.⟧"

### 050
@a Felipe Aranguren | -
@b Iñaki Aranguren | His brother
@c Sigrid Haugen | The rescue pilot
A climber who survived four nights in a crevasse on the Harrowgate Glacier says he kept himself alive by singing every song he knew — “⟦p:a|badly, and in alphabetical order⟧”.
Felipe Aranguren, 33, was lifted out on Tuesday by a helicopter crew after his brother raised the alarm.
Speaking from his hospital bed in Lindenfeld, where he is being treated for frostbite and a broken pelvis, Aranguren said he had been “⟦p:a|completely sure⟧” he would die on the second night.
“⟦d:a|It was so cold I couldn't feel anything below my chest. I thought, OK, this is how it ends. And then I thought, no, I haven't sung the songs beginning with M yet,⟧” he said. “⟦d:a|It sounds stupid. It kept me awake.⟧”
His brother, Iñaki, who had been due to meet him at a mountain hut, raised the alarm when Felipe failed to arrive. “⟦d:b|The hut warden told me to wait one more day. I said no. I know my brother. If he's late, he's in trouble,⟧” Iñaki Aranguren said.
The rescue pilot, Captain Sigrid Haugen, said the crew had found him by sound. “⟦d:c|We heard him before we saw him. He was singing. You could hear it from the lip of the crevasse,⟧” she said. “⟦d:c|I don't know what song it was.⟧”
Aranguren laughed when told this. “⟦d:a|It was ‘Moonlight on the Motorway’. Of course it was. M,⟧” he said.

### 051
@a Ottoline Marchetti | -
@b Hamid Sadeghi | a regular customer
@c - | One customer
When Ottoline Marchetti announced that Marchetti's Books, the shop her grandfather opened on Prior Street in 1949, would close at the end of the month, she expected a few sad emails. Instead, 600 people queued round the block.
"⟦d:a|I came down at eight to open up and there was a queue to the bus stop. I thought there'd been an accident,⟧" she said. "⟦d:a|Then someone started clapping.⟧"
By closing time on Saturday the shop had sold more books than in the previous three months combined, and a crowdfunding page set up by a regular customer, Hamid Sadeghi, had raised £38,000.
"⟦d:b|I've been buying books here since I was a student. She knows what I want before I do. You can't let a place like that turn into a vape shop,⟧" Sadeghi said.
One customer, leaving with a stack of paperbacks under each arm, said she had "⟦p:c|never seen anything like it⟧" in Coldbridge. "⟦d:c|People don't queue for anything here. Not even the bus,⟧" she said.
Marchetti, 47, said she had not yet decided whether the money would be enough to save the business. "⟦d:a|It's overwhelming. I need to sit down with the accountant and a very large cup of tea,⟧" she said. "⟦d:a|But I'm not taking the sign down yet.⟧"

### 052
@a Darnell Whitcombe | -
@b Yusuf Kamara | a 21-year-old junior from Kessendu
Darnell Whitcombe has coached the Ferris State Lakers for nineteen seasons, and he says he has never had a player like Yusuf Kamara.
“⟦d:a|Some guys can pass. Some guys can see. Yusuf sees things before they happen, and then he passes to where they're going to be,⟧” Whitcombe said after Saturday's 88-71 win over Drayton.
Kamara, a 21-year-old junior from Kessendu, finished with 14 assists, a school record.
“⟦d:b|Coach says that because he doesn't have to watch my free throws from the bench,⟧” Kamara said, grinning. “⟦d:b|Fourteen assists and two for seven from the line. He'll make me shoot a hundred tomorrow.⟧”
“⟦d:a|Two hundred,⟧” the coach said.
Kamara came to Ferris at 17 speaking three languages, none of them English. His mother, Fatmata Kamara, still watches every game on a laptop in Kessendu, at three in the morning her time.
“⟦d:b|She texts me after every game. Never about the points. It's always, ‘Did you eat? Did you say thank you to the bus driver?’⟧” he said.
Whitcombe, 63, said Kamara's mother had sent him a message too. “⟦d:a|She told me to make sure he goes to class. I told her he goes to class more than I ever did,⟧” he said.

### 053
@a Lorna McAvoy | host
@b Wojciech Nowak | the retired detective inspector who led the original investigation
@c Janine Ashdown | Kerry's sister
In the fourth episode of "⟦s:-|The Quarry Road⟧", host Lorna McAvoy sits down with Wojciech Nowak, the retired detective inspector who led the original investigation into the 1994 disappearance of 16-year-old Kerry Ashdown.
"⟦d:a|Thirty years. Do you still think about her?⟧" McAvoy asks.
"⟦d:b|Every day. I'm not saying that for your microphone. Every day,⟧" Nowak replies. "⟦d:b|I drive past the end of Quarry Road twice a week to get to my daughter's, and every time I look.⟧"
Nowak, now 71, tells McAvoy that a witness statement taken in the first week of the inquiry was "⟦p:b|never properly followed up⟧" — a failure, he says, that was his.
"⟦d:b:m|We had a woman who saw a blue van. We had six hundred other calls that week. I put her statement in a pile. It stayed in the pile.⟧
"⟦d:b|When I found it again, eighteen months later, she'd moved away and nobody knew where.⟧"
"⟦d:a|Have you ever told Kerry's family that?⟧"
There is a long silence on the recording. "⟦d:b|No,⟧" he says eventually. "⟦d:b|I suppose I'm telling them now.⟧"
Kerry's sister, Janine Ashdown, said in a statement released alongside the episode that the family was "⟦p:c|grateful for his honesty, thirty years too late⟧".

### 054
@a Nasrin Bakhtiari | the novelist
@b Parvaneh Bakhtiari | Her mother
@c Kaveh Bakhtiari | an engineer in Halden
The mother in Nasrin Bakhtiari's new novel is a seamstress who writes long letters to a daughter who never replies. Her mother, Parvaneh Bakhtiari, who died in 2020, was a seamstress who wrote long letters to a daughter who usually replied late.
“⟦d:a|Late, and short. That's the difference. The daughter in the book is me with the guilt turned up,⟧” the novelist said over tea in her flat in Ennisford.
The book, “⟦s:-|Thread and Needle⟧”, draws on nearly 300 of those letters. One, from 1997, is reproduced at the front of the novel: “⟦d:b|My darling, you do not have to call. But the telephone is right there, and I am right here.⟧”
“⟦d:a|I read that one at her funeral and I couldn't get through it. My brother had to finish it,⟧” Bakhtiari said.
That brother, Kaveh Bakhtiari, an engineer in Halden, has read the novel twice. “⟦d:c|I recognised everything and nothing. Our mother was funnier than the woman in the book. Nasrin made her sadder, because sadder is easier to write,⟧” he said in a phone call.
Told of this, his sister laughed. “⟦d:a|He's right. She was very funny. She was also right about the telephone.⟧”

### 055
@a Ximena Castañeda | the 19-year-old
@b Galina Orlova-Price | The company's ballet mistress
@c Hélène Marchand | the principal cast as Giselle
Ximena Castañeda was in the corps de ballet at Northern Festival Ballet eight weeks ago. On Thursday she dances Giselle.
"⟦d:a|I found out on a Tuesday, by text, while I was in the queue at the supermarket. I dropped a bag of oranges,⟧" the 19-year-old said. "⟦d:a|A man helped me pick them up. I didn't tell him why I was crying.⟧"
The company's ballet mistress, Galina Orlova-Price, chose her after the principal cast as Giselle, Hélène Marchand, tore her Achilles tendon in rehearsal.
"⟦d:b|I've watched her at the back of the stage for two years. She dances the back row as if it's the front row. That's very rare,⟧" Orlova-Price said. "⟦d:b|Most girls at the back are counting. Ximena is dancing.⟧"
Castañeda, who grew up in San Lázaro del Río, started ballet at 11 — "⟦p:a|late, very late⟧", she says, by the standards of the profession.
Marchand, 31, has been coaching her through the role from a chair at the side of the studio. "⟦d:c|I told her, don't copy me. Steal from me, then throw away what doesn't fit you,⟧" she said.
Asked if she was nervous, Castañeda said: "⟦d:a|Yes. Completely. But Madame says nerves are just energy that hasn't found a job yet.⟧"

### 056
@a Kwame Mensah | Her grandfather
@b Samuel Mensah | a watch manager at Eastgate station
@c Abena Mensah | -
When Abena Mensah passed out of the Dunmere fire training centre last Friday, she became the third generation of her family to join the city's fire service — and the first woman.
Her grandfather, Kwame Mensah, 79, joined in 1968. Her father, Samuel Mensah, a watch manager at Eastgate station, joined in 1994. All three were at the ceremony.
“⟦d:a|When I started, they gave you a helmet, a pair of boots and a pat on the back. Now there's eighteen weeks of training and they have to learn about computers,⟧” Kwame said. “⟦d:a|She's better trained than I ever was. Don't tell her I said that.⟧”
Samuel admits he was not keen at first. “⟦d:b|I've carried people out of buildings. I've seen what this job does. As a dad, you don't want that for your child,⟧” he said. “⟦d:b|But she'd made her mind up at about seven years old. Arguing with Abena is like arguing with a fire. You don't win, you just contain it.⟧”
Abena, 23, laughed at this. “⟦d:c|He's been practising that line all week,⟧” she said.
“⟦d:b|Three weeks,⟧” her father corrected.
She will start at Northfield station on Monday. Her grandfather's advice, she said, had been simple: “⟦d:a|Listen to the old hands, and never be the one who forgot to check the hose.⟧”

### 057
@a Tamar Ben-Ami | -
@b Ron Atherley | a retired bus driver
Tamar Ben-Ami has been photographing strangers on the Number 9 bus in Calverley for twelve years. She calls the project "⟦s:-|The Long Way Round⟧", and she has never once used a long lens.
"⟦d:a|If I can't ask them, I don't take it. That's the rule. The photograph is a conversation, even if the conversation is only 'Can I?' and 'Go on, then,'⟧" she said.
Her subjects include a woman who has taken the same bus to visit her husband's grave every Sunday since 2009, a schoolboy with a pet rat on his shoulder, and a retired bus driver, Ron Atherley, 80, who rides the whole route twice a week "⟦p:b|to keep an eye on the new lads⟧".
"⟦d:b|She's the only person who's ever asked me anything on this bus except whether the seat's taken,⟧" Atherley said.
Ben-Ami bristles at the phrase "⟦s:-|street photography⟧". "⟦d:a|Street photography is what people call it when they don't ask. This is bus photography. Different rules,⟧" she said.
The exhibition, at the Calverley Arts Centre until June, includes 140 prints. Atherley went to the opening. "⟦d:b|I'm on the wall next to a lady with a parrot. I've seen her on the bus for years. Never spoken. We had a good chat at the opening, mind,⟧" he said.

### 058
@a Henrietta Vasquez-Lund | the former prime minister
@b - | One former cabinet colleague
In her memoir, published on Tuesday, Henrietta Vasquez-Lund describes her three years as prime minister of Valdoria as “⟦p:a|a long walk through a hall of mirrors, most of them cracked⟧”.
Sitting in the garden of her house in Merrow, the former prime minister was, if anything, less forgiving. “⟦d:a|I wrote the polite version. The book is the polite version,⟧” she said.
The memoir, “⟦s:-|No Easy Hours⟧”, is most scathing about her own party. Of the 2019 leadership challenge that ended her premiership, she writes: “⟦d:a|I was not stabbed in the back. I was stabbed in the front, by people who smiled while they did it.⟧”
Asked whether she regretted anything, she said: “⟦d:a|The pension reform. Not the policy — the way I sold it. I treated voters as if they were a seminar. They are not a seminar.⟧”
One former cabinet colleague, who asked not to be named, said the book was “⟦p:b|selective, self-serving and very well written⟧”. “⟦d:b|She was a better prime minister than she's given credit for, and a worse colleague than she remembers,⟧” the colleague said.
Vasquez-Lund laughed when this was read to her. “⟦d:a|That's fair. Put that on the paperback,⟧” she said.

### 059
@a Morag Lindsay | -
@b Ewan Strachan | the water authority's regional director
More than 300 farmers packed into the auction mart at Glenarrow on Wednesday night for a meeting on the drought, which has left reservoirs in the region at their lowest level since records began.
"⟦d:a|We've had eleven millimetres of rain since April. Eleven. I've got a borehole that's dry and a bank manager that isn't,⟧" said Morag Lindsay, who farms 400 acres of barley near Inchmory.
Ewan Strachan, the water authority's regional director, told the meeting that abstraction licences would be reviewed "⟦p:b|on a farm-by-farm basis⟧".
"⟦d:b|I understand the anger in this room. I'd be angry too. But we cannot create water that isn't there,⟧" he said.
"⟦d:-|Then stop selling it to the golf course!⟧" someone shouted from the back, to loud applause.
Strachan said the licence held by the Glenarrow Links club was "⟦p:b|under active review⟧" and declined to say more.
After the meeting, Lindsay said she had heard "⟦p:a|nothing new, and nothing soon⟧". "⟦d:a|They'll review it farm by farm until there are no farms left to review,⟧" she said.

### 060
@a Torvald Eikrem | Her father
@b Sunniva Eikrem | -
@c Kojo Appiah | The yard's apprentice
The boatyard at Kvalvik has built wooden boats since 1887. For the first time in its history, it is being run by a woman.
``⟦d:b|People keep saying that like it's news. I've been sweeping this floor since I could walk,⟧'' said Sunniva Eikrem, 34, who took over the yard from her father in January.
Her father, Torvald Eikrem, 70, still comes in every morning at seven. ``⟦d:a|Officially I am retired. Unofficially I am the quality control,⟧'' he said. ``⟦d:a|She doesn't need me. I need the yard.⟧''
The yard builds two or three boats a year, clinker-built in larch and oak, to a design that has barely changed in a century. A 22-foot rowing boat takes about 1,400 hours.
``⟦d:b|Everyone asks why we don't use fibreglass. You can't fix fibreglass with an axe on a beach,⟧'' Sunniva said. ``⟦d:b|These boats outlive their owners. Some of them outlive their owners' grandchildren.⟧''
The yard's apprentice, Kojo Appiah, 19, is the first it has taken on in twenty years. ``⟦d:c|My first week I cut a plank wrong and ruined four days of work. Torvald didn't shout. He just said, ‘Now you know.’ I'd rather he had shouted,⟧'' Appiah said.
Asked about the future, Sunniva's answer was short. ``⟦d:b|As long as there's larch, and someone daft enough to row.⟧''
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh61.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh61",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
