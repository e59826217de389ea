# ruff: noqa: E501
"""Build ``quotes_fresh109.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch or coffee with a first-person writer who asks
questions, Q&A transcripts (questions in bold, interviewer and interviewee initials,
speaker names in capitals, ``Q:``/``A:``), podcast and radio interviews and phone-ins,
sports and arts interviews, and human-interest stories about families in which
several relatives of the same gender speak and are called by their first names.
Outlets imitated: wire copy, broadsheet and magazine features, tabloid, local paper
and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh109-NNN``.

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
  it (``His brother, Hendrik, a plumber``): the appositive is the description. A title
  or relational phrase before the name alone (``Head coach …``, ``Her daughter
  Josephine``, ``wife Shelley``) is the description.
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description in the next sentence or at a cue (``the
  34-year-old``, ``the charge nurse``, ``the Pole``), that description is taken; where
  there is none, an appositive at a later mention (``Ms Sadat, a former
  schoolteacher``) is taken.
* A wire-style delayed-identification lead (``A Kazakh climber who spent four nights
  … said``) gives the description of the person named later, when that person has no
  title or appositive of their own; the noun phrase is taken with its restrictive
  relative clause.
* A non-restrictive relative clause after an appositive (``the Romanian-born
  playwright, whose …``) is not part of the description; a restrictive one is.
* Relatives who share a surname are named by the fullest form the passage gives each
  of them: ``Adaeze Okonkwo`` where the surname is written with her first name, else
  the first name alone (``Chiamaka``, ``Ngozi``), even when the family surname is
  obvious.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* In a transcript (questions in bold, initials, names in capitals, ``Q:``/``A:``) the
  turns are not annotated. Quotation marks inside a turn are: words the interviewee
  quotes from someone else (a coach, a father, a listener's email) belong to that
  person; words the interviewee quotes from themselves (``And I said, “…”``) belong
  to the interviewee; earlier words of the interviewee quoted in a question are a
  ``partial`` by the interviewee.
* Newspaper headlines, song and book titles, horse names and nicknames are ``scare``.
* A press release or statement of an organisation (``The gallery's press release
  describes …``) has the organisation as speaker.
* Translation by a relative (``with Ghaith translating``, ``Giulia translates``) is
  interpreting: the words belong to the original speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh109.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh109.jsonl")

PASSAGES = """
### 001
@a Tomás Aldabe | the composer
@n - | one newspaper
Tomás Aldabe is already seated when I arrive at Casa Lumbre, a narrow grill off Ferrier Street, and he has already ordered for both of us. “⟦d:a|You'll forgive me. I have been coming here for twenty years and I have never once looked at the menu,⟧” the composer says, half rising to shake my hand.
He is 61, in a frayed linen jacket, with the faintly startled air of a man who has just been woken from a nap. His fourth opera, “⟦s:-|The Salt Widows⟧”, opens at the Corran House next month, eleven years after his third was pulled in rehearsal following what one newspaper called a “⟦p:n|catastrophic falling-out⟧” with its director, Ilse Varga.
I ask whether the two of them have spoken since. “⟦d:a|Once. At a funeral. We were very polite,⟧” he says. Then, after a pause long enough for the waiter to refill our water: “⟦d:a|Politeness is the worst thing that can happen between two artists. It means there is nothing left to fight about.⟧”
The sardines arrive, blistered and glistening, and he eats the first one with his fingers. Aldabe grew up in Ondarra, a fishing town on the northern coast, the son of a boat mechanic and a church organist he describes as “⟦p:a|the real musician in the family⟧”.
“⟦d:a:m|My mother could play anything after hearing it once. I had to practise eight hours a day to be half as good, and she never let me forget it.⟧
“⟦d:a|When my first piece was performed, in a school hall, she came up to me afterwards and said, ‘The second movement is too long.’ She was right. It still is.⟧”
“⟦d:-|Is the new opera about her?⟧” I ask.
He laughs so loudly that the couple at the next table turn round. “⟦d:a|Everything is about her. Please don't tell my wife.⟧”
Over coffee he talks, unprompted, about money: the commissions that dried up after the Varga affair, the years teaching harmony to “⟦p:a|bored teenagers and one genius⟧”, the flat he nearly sold. Does he feel the music world owes him something?
“⟦d:a|Nobody owes anybody anything. You write the notes and you hope someone wants to hear them,⟧” he says, and reaches for the bill before I can. “⟦d:a|Next time, the newspaper pays.⟧”

### 002
@c Daniel Rotich | My coach
@h - | my husband
Faith Chepkoech, 29, won the Halden Marathon in April in 2:19:48, a course record by more than a minute, running the last ten kilometres entirely alone. She spoke to Stride from her training base in Iten. This interview has been edited for length and clarity.
**You were on your own from 32 kilometres. What goes through your head for that long?**
Mostly my shoes. I had new shoes, which you should never do, and I could feel the left one rubbing from about 25k. So I was thinking about my foot, and then about my daughter, and then about my foot again.
**Did you plan to go that early?**
No. My coach, Daniel Rotich, told me the night before, “⟦d:c|If you are alone at 30k, you have already won, so don't be afraid of it.⟧” But we didn't plan it. The others slowed at the water station and I just didn't.
**People at home have started calling you “⟦s:-|the Quiet One⟧”. Where did that come from?**
From a journalist, I think. I don't talk much before races. After races I talk too much. Ask my husband.
**What did he say when you crossed the line?**
He was at home with our daughter, watching on his phone. He sent me one message: “⟦d:h|You forgot to wave.⟧” That's all. So next time I will wave.
**What's next?**
Kessel in October, if my foot agrees. The newspaper in Eldoret had a headline the next day, “⟦s:-|Chepkoech Can Go Faster⟧”. So now I have to.

### 003
@g Grace Okonkwo | -
@a Adaeze Okonkwo | the eldest
@c Chiamaka | -
@n Ngozi | the youngest
@r Hilary Penrose | a retired teacher who lives on the next street
When Grace Okonkwo opened a bakery on Tanner Row in 1994, her three daughters were expected to help after school. Thirty years on, they run it, and their mother still turns up at 5am to tell them what they are doing wrong.
“⟦d:g|I don't tell them they're wrong. I tell them how I would do it,⟧” said Mrs Okonkwo, 72, laughing. “⟦d:g|Which is the right way.⟧”
Adaeze Okonkwo, the eldest, handles the accounts and the wholesale orders to cafés across Brackley. Chiamaka, 40, bakes the bread. Ngozi, the youngest, decorates the celebration cakes that have made the shop a small local legend.
“⟦d:c|We fight constantly,⟧” said Chiamaka. “⟦d:c|But only about bread.⟧”
“⟦d:n|That's not true,⟧” Ngozi said. “⟦d:n|We also fight about the radio.⟧”
None of the sisters planned to take over. Adaeze trained as an accountant in Leeds; Chiamaka was a nurse for a decade. It was their father's death in 2015 that brought them home.
“⟦d:a:m|Dad did the early shift for twenty years. When he died, Mum tried to do it alone and she couldn't, and she wouldn't admit she couldn't.⟧
“⟦d:a|So I came back for a month. That was nine years ago,⟧” Adaeze said.
The shop's best-seller is a coconut loaf the family calls “⟦s:-|Papa's bread⟧”, baked to their father's recipe. On Saturdays the queue reaches the launderette.
“⟦d:r|I've been buying it since before the girls could see over the counter,⟧” said Hilary Penrose, 80, a retired teacher who lives on the next street.
Asked whether there would be a fourth generation behind the counter, Ngozi pointed at her mother. “⟦d:n|Ask her. She's already teaching my son to knead.⟧”
“⟦d:g|He's six. He's better than Chiamaka,⟧” Mrs Okonkwo said.

### 004
@d Marek Dvořák | Former Wexham City captain
@h Callum Reddy | host
@w Wexham City | -
@u Professional Footballers' Union | -
Former Wexham City captain Marek Dvořák has said he played the last two seasons of his career with a knee injury he hid from the club's medical staff.
Speaking on the "⟦s:-|Second Ball⟧" podcast, the 38-year-old told host Callum Reddy that he had taken painkillers before "⟦p:d|pretty much every game⟧" from the autumn of 2019.
"⟦d:d|I knew if I told them, I'd be out of the team, and at 34 you don't get back in,⟧" he said. "⟦d:d|So I didn't tell them.⟧"
Reddy asked: "⟦d:h|Did anyone at the club know?⟧"
"⟦d:d|One person. The kit man. He used to strap it for me before the physios came in. I won't say his name, he's still there.⟧"
"⟦d:h|Do you regret it?⟧"
"⟦d:d|Every morning when I walk down the stairs, yes. But if you'd asked me then? No chance. We went up. I lifted the trophy. What's a knee?⟧"
Dvořák, who now coaches Wexham's under-16 side, said he was not trying to embarrass anyone. "⟦d:d|I'm not saying this to get people in trouble,⟧" he added. "⟦d:d|I'm saying it because there's a 19-year-old somewhere doing exactly the same thing right now.⟧"
Wexham City said in a statement that player welfare was "⟦p:w|the club's highest priority⟧" and that it "⟦p:w|would welcome a conversation⟧" with its former captain.
The Professional Footballers' Union said the account was "⟦p:u|sadly familiar⟧". "⟦d:u|We hear versions of this story every season. The pressure to play hurt is enormous, and it rarely comes from one person,⟧" it said.

### 005
@g Beatrice | My grandmother
@r - | One reviewer
@e - | my editor
The poet Ifeoma Ashworth, whose third collection was shortlisted for the Calloway Prize last week, spoke to Kofi Nyarko on Radio Corran's Arts Tonight. An edited transcript follows.
KN: The new book is called “⟦s:-|Field Notes for a Flood⟧”. Where does that title come from?
IA: From my grandmother's diaries. My grandmother, Beatrice, kept a diary every day from 1951 until she died, and on the first page of the first one she wrote, “⟦d:g|Everything in here is true except the weather.⟧” I have spent about twenty years trying to work out what she meant.
KN: And have you?
IA: No. That's why there's a book.
KN: One reviewer called it “⟦p:r|furious and tender in equal measure⟧”. Do you recognise that?
IA: I recognise the furious part. The tender part I'm less sure about. I think people see a poem about a grandmother and assume it must be tender.
KN: There's a poem near the end, the long one, that's almost entirely about the house in Onitsha.
IA: Yes. My editor wanted to cut it. She said, “⟦d:e|Nobody will read twelve pages about a kitchen.⟧” And I said, well, I will. We compromised. It's eleven pages now.
KN: Ifeoma Ashworth, thank you.
IA: Thank you, Kofi.

### 006
@d Dennis Fairclough | a retired bus driver from Stockport
@r Roy Adeyemi | a grandad-of-five who runs a cab firm in Croydon
@k Kayleigh | Dennis's daughter
TWIN brothers who were split up as babies have been reunited after 52 years, thanks to a DNA kit bought as a jokey Christmas present.
Dennis Fairclough, a retired bus driver from Stockport, and Roy Adeyemi, a grandad-of-five who runs a cab firm in Croydon, were adopted by different families in 1972 and grew up 200 miles apart without ever knowing the other existed.
Dennis said: "⟦d:d|I opened the email and there was a photo of me. Except it wasn't me. I nearly dropped my brew.⟧"
Roy added: "⟦d:r|Our wives think it's hilarious. Same laugh, same dodgy knee, we both support the wrong team. Different wrong teams, mind.⟧"
The DNA test was bought by Dennis's daughter Kayleigh, 29, after her dad spent years claiming to be descended from Vikings.
"⟦d:k|I only got it to shut him up,⟧" she told the Daily Flare. "⟦d:k|Turns out he's not part Viking. He's part Roy.⟧"
The brothers finally met last month at a carvery in Coventry, roughly halfway between their homes, and have been dubbed "⟦s:-|the Double Trouble Grandads⟧" by staff there.
"⟦d:d|He was late,⟧" said Dennis.
"⟦d:r|I was not. He was early. There's a difference,⟧" said Roy.
Both men say they hold no grudge against the agency that separated them. "⟦d:r|Things were different then,⟧" said Roy. "⟦d:r|We've got each other now. That's what matters. And he's paying next time.⟧"

### 007
@a Larissa Dantas | the Brazilian ninth seed
@c Inês Carvalho | Her coach
@z Zofia Krawczyk | the Pole
MELBRIDGE, Jan 19 (Meridian) - Larissa Dantas, the Brazilian ninth seed, said she had "⟦p:a|no more tears left⟧" after a three-set defeat by Zofia Krawczyk in the third round of the Melbridge Open on Sunday, her fourth successive loss at the tournament.
Dantas, who served for the match at 5-4 in the deciding set, spoke to reporters through an interpreter. "⟦d:a|I had it in my hand and I opened my hand. That is all I can say,⟧" she said.
Asked in Portuguese by a Brazilian journalist whether she would return next year, she replied: "⟦d:a|Eu vou voltar. Sempre volto.⟧" ("⟦d:a|I will come back. I always come back.⟧")
Her coach, Inês Carvalho, said the 26-year-old had been struggling with a wrist problem since December. "⟦d:c|She should not have played the warm-up event in Port Alder. That was my mistake, not hers,⟧" Carvalho told Meridian.
Krawczyk, ranked 41st, paid tribute to her opponent. "⟦d:z|She's one of the best players I've ever faced. At 5-4 I was already thinking about the flight home,⟧" the Pole said. "⟦d:z|Then she gave me one chance and I took it.⟧"
Krawczyk will next face either the fourth seed, Tamsin Whitfield of Britain, or the American qualifier Jolene Park.
(Reporting by Aurelio Benedetti; Editing by Hana Seo)

### 008
@n Noor Al-Haddad | the 34-year-old
@b Bettina Lorcan | Her co-star
@o Kwabena Osei | The director
Noor Al-Haddad orders a second espresso before the first has arrived. “⟦d:n|I've been up since four. Don't judge me,⟧” the 34-year-old says, folding herself into a corner booth at the Delancey Hotel.
It has been, by any measure, an absurd year. Her performance as a disgraced surgeon in “⟦s:-|Low Tide⟧” earned her a Meridian Screen Award nomination and a flood of scripts that she admits she has “⟦p:n|mostly not read⟧”.
“⟦d:n:m|I'm terrified of choosing wrong. For ten years nobody offered me anything except 'the wife' or 'the terrorist's sister', and now suddenly I'm supposed to have taste.⟧
“⟦d:n|My agent says, just pick the one that scares you. Everything scares me. That's not a system.⟧”
Al-Haddad grew up in Halesworth Park, the youngest of five, and started acting in a community theatre above a carpet shop. Her parents, she says, were “⟦p:n|supportive in the way immigrant parents are supportive, which is to say horrified⟧”.
Her co-star, Bettina Lorcan, who plays the surgeon's estranged sister, remembers the first read-through. “⟦d:b|She walked in and apologised to everyone for being there. Then she opened her mouth and we all just sat back,⟧” Lorcan says. “⟦d:b|I went home and told my husband I'd have to raise my game.⟧”
The director, Kwabena Osei, is blunter. “⟦d:o|Noor doesn't act. She just stops lying for a bit. Most actors can't do that for more than one take,⟧” he says.
When I put this to her she pulls a face. “⟦d:n|Kwabena says that about everybody.⟧” Does he? “⟦d:n|No. But let's pretend he doesn't.⟧”
She starts shooting a period drama in Lisbon next month and is learning to ride. “⟦d:n|Badly,⟧” she says. “⟦d:n|The horse knows.⟧”

### 009
@l Lachlan Gillies | its last resident keeper
@i Iain Gillies | His son
@r Rory | His son
@b Coastal Lights Board | -
SKERRACH -- For 31 years, Lachlan Gillies climbed the 142 steps of the Skerrach lighthouse twice a night. On Saturday, at 94, he climbed them once more, slowly, with his son in front of him and his grandson behind.
``⟦d:l|I counted every one of them,⟧'' Gillies said at the top, breathing hard. ``⟦d:l|There used to be 142. I think somebody's added a few.⟧''
The light was automated in 1998, and Gillies, its last resident keeper, moved to the mainland with his wife, Morag, who died in 2017. His son, Iain Gillies, 66, grew up in the keeper's cottage at the foot of the tower.
``⟦d:i|We had no television, no road and a father who slept all day,⟧'' Iain said. ``⟦d:i|I thought it was the best childhood in the world. I still do.⟧''
His son, Rory, 31, is now a maintenance engineer with the Coastal Lights Board and visits the tower four times a year to service the lamp that replaced his grandfather.
``⟦d:r|Grandad still phones me after every visit to ask if I've cleaned the lens properly,⟧'' Rory said. ``⟦d:r|I tell him a machine does it now. He doesn't believe me.⟧''
``⟦d:l|A machine,⟧'' the elder Gillies said with a snort. ``⟦d:l|A machine doesn't notice a boat in trouble.⟧''
``⟦d:b|The Skerrach light is one of the most important on this coast, and the Gillies family are part of its history,⟧'' the Coastal Lights Board said in a statement.
Asked whether he missed the job, Lachlan Gillies looked out over the water for a long time before answering. ``⟦d:l|Every night,⟧'' he said.

### 010
@f Delroy Whitaker | Crew manager
@m Aoife Brennan | The mother
@u - | One neighbour
@s Kettlebury Fire and Rescue Service | -
A firefighter who carried a baby down a ladder from a burning flat in Kettlebury has said he was "⟦p:f|just doing the job⟧".
Crew manager Delroy Whitaker, 46, was among the first at the scene on Harrow Road at about 02:30 BST on Tuesday.
Speaking to Channel North, he said: "⟦d:f|When we arrived the whole stairwell was full of smoke. We could hear a woman shouting from the second floor, and she was holding the baby out of the window.⟧"
"⟦d:f|You don't think. You put the ladder up and you go. Honestly, the lads on the ground did the hard bit.⟧"
The mother, Aoife Brennan, 33, said she would "⟦p:m|never be able to thank him enough⟧".
"⟦d:m|I'd already decided I was going to drop her if nobody came,⟧" she said. "⟦d:m|Then I saw the lights.⟧"
One neighbour said: "⟦d:u|We heard the alarms going and then this bang. Everyone was out on the street in their pyjamas.⟧"
Kettlebury Fire and Rescue Service said the fire was believed to have started in a kitchen and was "⟦p:s|not being treated as suspicious⟧".

### 011
@h Hélène Vuilleumier | a watchmaker who has been mending watches in this room since 1979
@c Camille | Her daughter
@y Yannick Perrenoud | Their apprentice
@j Marc-André Jaquet | its director
LE BRASSUS-DESSOUS — In the workshop above the Vuilleumier family's garage, the only sound is the ticking of about forty clocks, no two of them showing the same time.
«⟦d:h|They are all waiting for repair. If they told the right time, they wouldn't be here,⟧» says Hélène Vuilleumier, 68, a watchmaker who has been mending watches in this room since 1979.
Her daughter, Camille, 39, joined the business eight years ago after a career in private banking in Zurich.
«⟦d:c|I was earning three times as much and I was miserable,⟧» Camille says. «⟦d:c|Here I earn almost nothing and I'm only half miserable.⟧»
Her mother rolls her eyes. «⟦d:h|She exaggerates. She earns a little.⟧»
The two women disagree about almost everything, from the radio station to the future of the trade. Hélène distrusts the big brands that have bought up the valley's workshops; Camille has just signed a contract to restore vintage pieces for one of them.
«⟦d:c:m|Mum thinks it's selling out. I think it's how we survive. Twenty years ago there were fourteen independent workshops in this valley. Now there are three.⟧
«⟦d:c|If the choice is between working for them and not working at all, I know which one I choose.⟧»
Hélène's reply, when it comes, is in French: «⟦d:h|On ne vend pas son âme à l'heure.⟧» («⟦d:h|You don't sell your soul by the hour.⟧»)
Their apprentice, Yannick Perrenoud, 19, keeps his head down over a movement the size of a fingernail. Asked whose side he is on, he smiles without looking up. «⟦d:y|The side that pays me on Friday,⟧» he says.
The cantonal watchmaking school in Sainte-Croix says applications have risen for three years running, a trend its director, Marc-André Jaquet, calls «⟦p:j|the revenge of the hand⟧».
«⟦d:h|Revenge is a strong word,⟧» Hélène says when she hears this. «⟦d:h|But I like it.⟧»

### 012
@s Sammy Boateng | -
@k Kwame Boateng | -
@q Rafael Quintero | the club's assistant coach
@a Abena | His mother
The Thornbury Amateur Boxing Club occupies a former tram shed, and on a Wednesday night it smells, as boxing gyms do, of sweat, liniment and damp canvas. In the far ring, Sammy Boateng is shouting at his son.
“⟦d:s|Hands! Hands! What did I say about the hands?⟧”
Kwame Boateng, 24, unbeaten in 14 professional fights, drops them again and catches a jab from his sparring partner. He grins through his gumshield.
“⟦d:k|He's been saying that since I was seven,⟧” he says later, unwrapping on the bench. “⟦d:k|I hear it in my sleep. Hands. I'll hear it at my own funeral.⟧”
Sammy, 52, held the British super-middleweight title for eleven months in 1998 before losing it on a split decision that, he says, was “⟦p:s|daylight robbery, and everybody in that building knew it⟧”. He opened the club in 2006 with his redundancy money from the bus depot.
“⟦d:s|I never wanted him to box. I wanted him to be an accountant,⟧” he says. “⟦d:s|Then he came in here one day when he was seven, and I saw him move, and I thought, well, that's that, then.⟧”
“⟦d:k|He did want me to be an accountant,⟧” Kwame says. “⟦d:k|He still brings it up.⟧”
Rafael Quintero, the club's assistant coach, has worked with both men and says they are more alike than either admits. “⟦d:q|Same stubbornness, same left hook, different mouths. Sammy talks. Kwame just looks at you,⟧” he says.
Kwame fights for the English title in Sheffield next month. His mother, Abena, will not be ringside. “⟦d:a|I watched his father for fifteen years. I've done my watching,⟧” she says. “⟦d:a|I'll be at home with the radio off, and Sammy will ring me after every round until it's over.⟧”
Asked whether he gets nervous, Sammy shakes his head, then nods. “⟦d:s|For him? Never. For me? Every time.⟧”

### 013
@k Oyvind Kask | -
@g Gunnar Lepp | The then finance minister
Oyvind Kask stepped down in March after eight years as governor of the Bank of Estrelland. He spoke to Ledger Weekly in his first interview since leaving office. The conversation has been condensed.
Q: You once described inflation as “⟦p:k|a tax nobody voted for⟧”. Do you still believe that?
A: I do. It isn't original. I stole it from my old professor in Tartu, who stole it from somebody else.
Q: The then finance minister, Gunnar Lepp, accused the bank of “⟦p:g|sitting on its hands⟧” in the autumn of 2022. Was he right?
A: Gunnar is a friend. He said that on a Tuesday and rang me on the Wednesday, privately, to apologise. He told me, “⟦d:g|You know I had to say something.⟧” And I said, “⟦d:k|Yes, Gunnar, but you didn't have to say that.⟧”
Q: What was your biggest mistake?
A: Waiting too long in 2021. We kept using the word “⟦s:-|transitory⟧” for about four months longer than we should have. I take responsibility for that. Nobody else on the committee wanted to be the first to stop saying it, and nor did I.
Q: Any advice for your successor?
A: Lidia Rosu doesn't need my advice. But if she wants some: never say “⟦s:-|never⟧”.

### 014
@f Firas Sabbagh | the older of the two
@g Ghaith | his brother
@w Wafaa Sabbagh | Their mother
@m Malcolm Ure | a postman who lives above the bookmaker's next door
@e - | A spokesperson for the Lowther Enterprise Fund
The first thing you notice at Yasmine, the new restaurant on Colliers Lane, is the noise: two brothers arguing in Arabic over a tray of kibbeh while their mother, seated at the corner table with a coffee, ignores them both.
“⟦d:f|We are not arguing. This is how we discuss,⟧” said Firas Sabbagh, 37, the older of the two.
“⟦d:g|We are arguing,⟧” said his brother, Ghaith, 31. “⟦d:g|He is wrong about the pine nuts.⟧”
The family arrived in Lowther in 2016 under a resettlement scheme, after three years in a camp in Jordan. Firas had been a civil engineer in Aleppo; Ghaith was still at university. Their mother, Wafaa Sabbagh, had never worked outside the home.
“⟦d:w|In Aleppo I cooked for twelve people every Friday. Here I cooked for the neighbours, then the church, then the school fair,⟧” Mrs Sabbagh said, with Ghaith translating. “⟦d:w|Then my sons said, Mama, people will pay for this.⟧”
She laughed. “⟦d:w|I said, who pays for food? Food is for giving.⟧”
The restaurant, which opened in March with a £40,000 loan from the Lowther Enterprise Fund, has been fully booked most weekends since.
Ghaith, who runs the front of house, said the hardest part had been stopping his brother from over-engineering the kitchen. “⟦d:g|He drew plans. Three versions. For a kitchen the size of a bathroom.⟧”
“⟦d:f|And it works,⟧” Firas said. “⟦d:f|Nothing falls over. You're welcome.⟧”
Malcolm Ure, a postman who lives above the bookmaker's next door, said he had eaten there at least twice a week since it opened. “⟦d:m|I came in for a coffee the first week and I've not cooked at home since. My wife's not thrilled.⟧”
A spokesperson for the Lowther Enterprise Fund said the Sabbaghs were “⟦p:e|exactly the kind of business we exist to back⟧”.
Asked what her late husband would have made of it all, Mrs Sabbagh was quiet for a moment. “⟦d:w|He would have complained about the prices,⟧” she said through her son. “⟦d:w|And then he would have eaten everything.⟧”

### 015
@d Deepa Raghunathan | the founder of Pennywhistle
@i - | one investor
@c Ciarán Molloy | her co-founder
Deepa Raghunathan has chosen a vegan canteen in a former bank vault for lunch, which, she explains within seconds of sitting down, is "⟦p:d|the least glamorous place in the city where you can still get a table at one⟧".
The founder of Pennywhistle, the payroll app that went from three employees to 1,400 in five years and then, last spring, laid off a third of them, is 36 and talks fast. I ask about the layoffs first, because it seems rude not to.
"⟦d:d|It was the worst day of my life, and I'm very aware that it was a much worse day for the 470 people I let go,⟧" she says. "⟦d:d|I don't get to be the victim in that story.⟧"
She recorded the announcement herself, on video, rather than leaving it to HR, a decision one investor told me was "⟦p:i|brave and slightly mad⟧". Does she regret it?
"⟦d:d|No. The alternative was an email from someone they'd never met. I'd rather be hated in person.⟧"
She orders the lentil bowl, then changes her mind and orders the lentil bowl with halloumi. Raghunathan grew up above her parents' pharmacy in Wexley and started coding at eleven, she says, "⟦p:d|because the shop computer kept crashing and nobody else would fix it⟧". She met her co-founder, Ciarán Molloy, at a hackathon in 2016.
Molloy, who left the company in 2022, is generous about her when I call him later. "⟦d:c|Deepa is the only person I know who reads the terms and conditions. All of them. For fun,⟧" he says. "⟦d:c|That's why she's still there and I'm making chairs in Donegal.⟧"
"⟦d:-|What would you tell yourself at 26?⟧" I ask her, as the plates are cleared.
She thinks about it for so long that the waiter comes back twice. "⟦d:d|Hire slower. Sleep more. Eat here.⟧"

### 016
@h Gareth Pryce-Owen | Presenter
@j Jean | -
@a Adil | a caller from Fellbeck
@u - | One caller
@c Nadia Ferraz | cabinet member for transport at Fellside Council
Listeners to Radio Fellside's morning phone-in were left in no doubt on Thursday about how they feel about the planned withdrawal of the 47 bus.
Presenter Gareth Pryce-Owen opened the lines shortly after nine, asking: “⟦d:h|Who actually uses the 47, and what happens to you if it goes?⟧”
The first caller, who gave her name as Jean, said she was 84 and had taken the bus to the hospital in Carnforth every Tuesday for six years. “⟦d:j|I don't drive, my son's in Australia, and a taxi is forty pounds each way. So you tell me,⟧” she said.
Adil, a caller from Fellbeck, said the route was the only way his daughter could get to her sixth-form college. “⟦d:a|She's up at half six as it is. Without the bus she's not going, simple as that,⟧” he said.
One caller, who did not give a name, defended the council. “⟦d:u|Nobody's on that bus after ten in the morning. I've seen it. It runs empty,⟧” he said.
“⟦d:h|Jean's on it,⟧” Pryce-Owen replied.
Later in the programme Cllr Nadia Ferraz, cabinet member for transport at Fellside Council, said no final decision had been made. “⟦d:c|We've heard people loud and clear. But I'm not going to pretend the money is there when it isn't,⟧” she said.
Pryce-Owen pressed her: “⟦d:h|So is that a yes or a no?⟧”
“⟦d:c|It's a not yet.⟧”

### 017
@m Maren Ekdahl | the painter
@y Yuki Hanamura | a ceramicist eleven years younger
@g Halloran Gallery | -
For fifteen years Maren Ekdahl and Yuki Hanamura shared a house, a studio and, for a while, a line on the gallery cards. Now, four years after they separated, they are showing together again, in a two-person exhibition at the Halloran Gallery that neither of them, they both say, expected to agree to.
“⟦d:m|Yuki asked me over the phone and I said no before she'd finished the sentence,⟧” Ekdahl, 58, says. “⟦d:m|Then I rang her back an hour later and said yes. That's roughly how our whole relationship went.⟧”
Hanamura, a ceramicist eleven years younger, remembers it differently. “⟦d:y|She said no three times. I have the messages,⟧” she says, laughing.
The show, called “⟦s:-|Two Rooms⟧”, places Ekdahl's large, dark paintings of the Tessvik coastline opposite Hanamura's pale stoneware, with a doorway between them.
“⟦d:y:m|People keep asking if it's about the break-up. Of course it's about the break-up. Everything either of us has made in the last four years is about the break-up.⟧
“⟦d:y|But it's also about fifteen years of getting up in the same kitchen and going to work in the same shed. You can't undo that. You wouldn't want to.⟧”
Ekdahl is more guarded. Asked whether they are friends now, she considers the question for some time. “⟦d:m|We are colleagues who know where the spoons are,⟧” the painter says eventually.
The gallery's press release describes the exhibition as “⟦p:g|a conversation between two bodies of work, and two lives⟧”.
“⟦d:m|I hate that sentence,⟧” Ekdahl says, when I read it to her. “⟦d:m|Put it in anyway.⟧”

### 018
@a Adewale Bakare | a paramedic in Castlebrook for nineteen years
@p - | The patient
@l Petra | a listener
This is an edited excerpt from episode 112 of The Night Shift, in which Ross Tennant talks to Adewale Bakare, a paramedic in Castlebrook for nineteen years.
ROSS: What's the call you remember most?
ADEWALE: Honestly? Not the big ones. The big ones blur. It's the small ones. There was a man on the Harefield estate, three in the morning, fallen in his hallway. The patient was about ninety and he'd been on the floor for six hours. And when we got him sat up, he looked at me and said, “⟦d:p|Are you the taxi?⟧”
ROSS: What did you say?
ADEWALE: I said, “⟦d:a|No, sir, but I can take you somewhere with better biscuits.⟧” He laughed all the way to the hospital.
ROSS: Crews have a name for those overnight shifts, don't they?
ADEWALE: “⟦s:-|The graveyard run⟧”. Which is grim, but it's gallows humour. You need it.
ROSS: We had an email from a listener, Petra, after last week's episode. She writes, “⟦d:l|My dad was a paramedic for thirty years and never once talked about work at home. I wish he had.⟧” Do you talk about it at home?
ADEWALE: More than I used to. My wife made me. Best thing she ever did.

### 019
@g Gary Munro | Grandad-of-seven
@s Shelley | wife
@l Liam | Son
@a Andy Carrow | National Millions winners' adviser
A PENSIONER couple who scooped £4.2million on the National Millions say they will keep their caravan — and their pub quiz team.
Gary Munro, 61, and wife Shelley, 58, from Bexford, matched all six numbers in Saturday's draw using their grandchildren's birthdays.
Grandad-of-seven Gary said: "⟦d:g|I checked it four times. Then I made Shelley check it. Then I went and sat in the car for ten minutes because I didn't know what else to do.⟧"
Shelley said: "⟦d:s|He came back in and said, 'We're not going to Skegness this year, are we?' And I said, 'Gary, we're going to Skegness every year until we die.'⟧"
The couple, who met at a dance in 1983, plan to help their three children on to the property ladder and replace Gary's "⟦p:g|knackered⟧" van.
Son Liam, 34, said: "⟦d:l|Mum rang me at midnight and I thought someone had died. She was crying so much I couldn't understand a word. Then Dad came on and just said, 'We've won.'⟧"
National Millions winners' adviser Andy Carrow said: "⟦d:a|Gary and Shelley are the most down-to-earth winners I've ever met. The first thing they asked me was whether they could still do the quiz at the Red Lion on Thursday.⟧"
"⟦d:s|We're defending champions,⟧" said Shelley. "⟦d:s|Money doesn't change that.⟧"

### 020
@s Stanley Mbatha | -
@h Rebecca Tollan | head teacher
@o Oliver | -
@t Tayo | His classmate
@d Dean Kowalczyk | -
When Stanley Mbatha started as caretaker at Ferncliffe Primary in 1983, the boiler ran on coke, the playground had an outside toilet block and the head teacher smoked in her office.
“⟦d:s|You could not see across the staff room by Friday afternoon,⟧” he recalled. “⟦d:s|Things are better now. The boiler is not.⟧”
Mr Mbatha, 67, retires at Easter after 41 years, and the school is planning what head teacher Rebecca Tollan calls “⟦p:h|a send-off he will absolutely hate⟧”.
“⟦d:h|Stanley has fixed every single thing in this building at least twice, including, on one occasion, me,⟧” Mrs Tollan said. “⟦d:h|He drove me to A&E when I broke my wrist on sports day and then went back and refereed the egg-and-spoon race.⟧”
Pupils in Year 6 have made him a book of drawings titled “⟦s:-|Mr M Can Fix It⟧”.
“⟦d:o|He got my shoe off the roof,⟧” said Oliver, 10. “⟦d:o|I don't know how it got up there.⟧”
His classmate Tayo, 11, added: “⟦d:t|He knows everyone's name. Even the reception kids. Even the ones who don't talk.⟧”
Dean Kowalczyk, 45, who was a pupil at Ferncliffe in the 1980s and now has two children there, said: “⟦d:d|He was terrifying when I was seven. Now he's just Stanley. He still calls me Kowalczyk, though.⟧”
Mr Mbatha plans to spend his retirement on his allotment and visiting his sister in Durban. “⟦d:s|I will miss the children. I will not miss the boiler,⟧” he said. Then, after a moment: “⟦d:s|I might miss the boiler a little.⟧”

### 021
@h Hamza Siddiqui | Northmoor captain
@r - | One reporter
@p Ravindu Perera | Castlereagh's Sri Lankan off-spinner
@n Northmoor | -
Northmoor captain Hamza Siddiqui insisted his side were "⟦p:h|nowhere near panic stations⟧" despite a third successive Championship defeat, this time by an innings and 42 runs against Castlereagh at Fenby Road.
"⟦d:h|We've been outplayed for three days, and I'm not going to sit here and dress it up,⟧" Siddiqui said. "⟦d:h|But there are eleven games left. I've seen sides win this thing from further back.⟧"
One reporter asked about the batting order after a first-innings collapse of eight wickets for 31: "⟦d:r|Is it time to look at the top three?⟧"
"⟦d:h|It's always time to look at everything. That's my job. Whether we change it is a different question,⟧" the 29-year-old replied.
Castlereagh's Sri Lankan off-spinner Ravindu Perera, who took six for 48 on the final morning, said the pitch had offered "⟦p:p|a little bit, not much⟧". "⟦d:p|You have to be patient here. I bowled the same ball forty times and it turned maybe five times,⟧" he said.
Asked whether he had considered giving up the captaincy, Siddiqui laughed. "⟦d:h|After three games? No. Ask me in September.⟧"
Northmoor said in a statement on Saturday evening that head coach Alastair Fenn would "⟦p:n|review all aspects of the team's preparation⟧" before next week's home match against Dunmere.

### 022
@p Precious Ndlovu | the charge nurse
@m Mira Kovač | a healthcare assistant from Split who joined the ward in 2021
@f Francis Doyle | a former merchant seaman with pneumonia
At 3.10am on Ward 14 of St Columba's Hospital, Precious Ndlovu is doing three things at once: checking a drug chart, reassuring a confused man in bay four and eating a cold slice of toast.
“⟦d:p|This is breakfast. Lunch was at midnight,⟧” says the charge nurse, who has worked nights on the respiratory ward for eleven years.
I am shadowing her for a twelve-hour shift, from 8pm to 8am, and by 3am I have stopped trying to write everything down.
Her colleague Mira Kovač, a healthcare assistant from Split who joined the ward in 2021, appears at the door of the sluice room. “⟦d:m|Bay two, bed three wants you. He says only you do his pillows properly,⟧” she says.
Ndlovu sighs theatrically. “⟦d:p|He's been saying that for a week. I think he's in love with me.⟧”
“⟦d:m|Everyone is in love with you. It's very annoying,⟧” Kovač says.
Bay two, bed three is Francis Doyle, 87, a former merchant seaman with pneumonia. When Ndlovu has finished with his pillows he grips her wrist. “⟦d:f|You're a good girl,⟧” he tells her. “⟦d:f|Don't let them work you to death.⟧”
Later, in the ten minutes she allows herself in the staff room, I ask the obvious question. “⟦d:-|Why nights? Wouldn't days be easier?⟧”
“⟦d:p:m|Days are chaos. Consultants, relatives, discharges, phones. At night it's just us and the patients. You actually get to nurse.⟧
“⟦d:p|And my children are at school in the day, so I sleep while they're out and I'm there when they come home. That's the deal I made.⟧”
At 7.45am, as the day staff arrive, she hands over each patient in turn, finishing with Mr Doyle. “⟦d:p|Bed three. Pneumonia, improving. Pillows very important,⟧” she says, and the day nurse, without looking up, writes it down.

### 023
@d Darnell Price | the 23-year-old
@m Patricia Price | His mum
@j Jolene Castellanos | His manager
Darnell Price has been famous for about eighteen months, and he still hasn't got used to it. "⟦d:d|Someone asked me to sign a baby yesterday. Not a photo of a baby. An actual baby,⟧" the 23-year-old says, in a dressing room backstage at the Harbour Arena in Tollport. "⟦d:d|I signed the babygrow. I wasn't going to write on the child.⟧"
To most of the 9,000 people queuing outside he is "⟦s:-|DP Saint⟧", the name he adopted at 15 when he started uploading tracks recorded on his phone in a stairwell of the Canal Street flats.
"⟦d:d|The Saint bit was a joke. I was not a saint. Ask my mum,⟧" he says.
His mum, Patricia Price, who still lives in the same flat, confirms this when I ring her the following week. "⟦d:m|He was a nightmare. A lovely nightmare. He'd be up till three making noise on that phone, and then he'd be asleep in double maths,⟧" she says. "⟦d:m|I'm proud of him. I'm still not happy about the maths.⟧"
His debut album, "⟦s:-|Stairwell Hymns⟧", went to number two in March. His manager, Jolene Castellanos, says the label wanted him to move to London and record with "⟦p:j|proper producers⟧".
"⟦d:j|He said no. He said the stairwell was the sound. He was right, and they hated that he was right,⟧" she says.
"⟦d:-|Do you still go back to Canal Street?⟧" I ask him.
"⟦d:d|Every Sunday. Mum does a roast. If I miss it, I hear about it for a month.⟧"

### 024
@r Réjean Thibodeau | -
@m Mathieu Thibodeau | a defenceman with the Lac-Noir Voyageurs
@o Olivier | His younger brother
@l Denis Lalonde | Voyageurs coach
SAINT-ÉLOI-DES-PINS — Réjean Thibodeau has driven the ice resurfacer at the Saint-Éloi arena for 27 years. On Saturday night, for the first time, he watched one of his sons play on it as a professional.
«⟦d:r|I cleaned that ice for him when he was four years old and falling over every two seconds,⟧» Thibodeau said. «⟦d:r|Tonight I cleaned it for him again. It's the same ice. It's not the same boy.⟧»
Mathieu Thibodeau, 22, a defenceman with the Lac-Noir Voyageurs, played 18 minutes in a 3-2 win over the Port-Hardy Gulls in an exhibition game staged at his home rink.
«⟦d:m|Honestly, I was more nervous here than at my first pro game,⟧» Mathieu said. «⟦d:m|Everybody in the stands knows me. My Grade 3 teacher was here. My dentist was here.⟧»
His younger brother, Olivier, 19, who plays junior hockey in Rivière-Blanche, was less sentimental. «⟦d:o|He got beat on the second goal. I'll be reminding him about that for a while,⟧» he said, grinning.
Asked by a Radio-Nord reporter to say a few words for listeners at home, Réjean Thibodeau hesitated, then spoke in French. «⟦d:r|C'est le plus beau soir de ma vie.⟧» («⟦d:r|It's the most beautiful night of my life.⟧»)
Voyageurs coach Denis Lalonde said the team had agreed to play the game in Saint-Éloi «⟦p:l|because the kid earned it, and because his father earned it more⟧».

### 025
@w Wendell Pruitt | the 71-year-old
@c Carla Jean Mabry | his duet partner for most of the 1980s
@t Travis | His son
CLAYBORNE, Ky. -- Wendell Pruitt has written 400 songs, by his own count, and says he remembers about half of them.
``⟦d:w|The other half I'd rather not,⟧'' the 71-year-old said, settling into a porch swing outside the farmhouse where he has lived since 1979. ``⟦d:w|Some of them were written for money and some of them were written drunk, and a few were both.⟧''
His best-known song, ``⟦s:-|Gravel Road Lullaby⟧'', spent nine weeks at the top of the country charts in 1984 and has been recorded by more than sixty artists. He wrote it, he said, ``⟦p:w|in about the time it takes to boil an egg⟧'', on the back of a feed-store receipt.
Carla Jean Mabry, his duet partner for most of the 1980s, laughed when told this by telephone from her home in Texas. ``⟦d:c|Wendell tells everybody that. It took him three weeks, and I wrote the bridge,⟧'' she said. ``⟦d:c|But it's a better story his way, so I let him have it.⟧''
Pruitt, told in turn what Mabry had said, was unrepentant. ``⟦d:w|She did write the bridge. It took her three weeks. The rest took me an egg.⟧''
His son, Travis, 44, has played banjo in his father's band since he was 17. ``⟦d:t|People think touring with your dad must be hard. It's not hard. It's just long,⟧'' he said. ``⟦d:t|He tells the same stories every night and laughs at them every night like he's never heard them.⟧''
Pruitt releases his first album in twelve years, ``⟦s:-|Porch Light⟧'', on Friday. Asked whether it would be his last, he shook his head.
``⟦d:w|My daddy played till he was ninety. I figure I've got nineteen years of bad songs left in me.⟧''

### 026
@s Siobhán Kearney | -
@r Ruth Abernethy | -
@c Claire Abernethy | her older sister
@d Declan | Ms Kearney's son
@a Adoption Tracing Service | -
For 52 years, Siobhán Kearney marked her daughter's birthday alone, with a candle in the kitchen window of her house in Ballinure. This year, for the first time, her daughter was there to blow it out.
“⟦d:s|I'd bought a cake. Then I thought, what if she doesn't like cake? What if she's one of those people?⟧” Ms Kearney, 70, said, laughing. “⟦d:s|She likes cake.⟧”
Ruth Abernethy was born in a mother-and-baby home in 1972 and adopted at six weeks by a couple in Carrickfergus. She grew up knowing she was adopted but, she says, “⟦p:r|never felt I was allowed to ask⟧”.
“⟦d:r:m|My parents were wonderful. I want to say that first. But there was a door in our house that nobody opened, and behind it was the question of where I came from.⟧
“⟦d:r|After Mum died, I finally opened it.⟧”
It was her older sister, Claire Abernethy, also adopted, who pushed her to apply to the Adoption Tracing Service. “⟦d:c|I'd found my own birth family in 2009 and it was complicated, to put it mildly,⟧” Claire said. “⟦d:c|I told Ruth, go in with your eyes open, but go.⟧”
The service matched them in February. Their first phone call lasted four hours.
“⟦d:s|She has my laugh. Nobody warned me about that,⟧” Ms Kearney said. “⟦d:s|I picked up the phone and heard my own laugh.⟧”
Ms Kearney's son, Declan, 46, who only learned last year that he had a sister, drove his mother to the airport to meet Ruth's flight. “⟦d:d|Mam was a wreck. She changed her coat three times in the car park,⟧” he said.
The Adoption Tracing Service said in a statement that it had received “⟦p:a|an unprecedented number of applications⟧” since the publication of the mother-and-baby homes report last year.
Asked what comes next, the two women looked at each other. “⟦d:r|Christmas,⟧” said Ruth. “⟦d:s|And every birthday we missed. We've fifty-two to catch up on,⟧” said Siobhán.

### 027
@o Ottilie Brandt | Mayor
@l Leila Farahani | -
@a Riverways Authority | -
@t Trevor | a resident of Lower Mill
The mayor of Hollinbury has defended the town's flood response after residents in the Lower Mill district spent a second night without power.
Speaking to Leila Farahani on Radio Pennine's Drive programme, Mayor Ottilie Brandt said crews had been "⟦p:o|working flat out since Friday⟧" and that most homes would be reconnected by Tuesday.
"⟦d:o|I understand people are angry. I'd be angry. But the water has to go down before we can get engineers in safely,⟧" she said.
Farahani put it to her that the council had been warned. "⟦d:l|Your own report in 2021 said the Mill Lane defences were inadequate. Why wasn't anything done?⟧"
"⟦d:o|Things were done. Not enough things, I accept that,⟧" Brandt said. "⟦d:o|We applied twice for national funding and were turned down twice.⟧"
"⟦d:l|So it's the government's fault?⟧"
"⟦d:o|I didn't say that. I said we applied.⟧"
The Riverways Authority said in a statement that the Mill Lane scheme had been "⟦p:a|assessed on its merits⟧" and that any new bid would be "⟦p:a|considered sympathetically⟧".
Earlier in the programme, a resident of Lower Mill, who gave only his first name, Trevor, described wading through waist-deep water to rescue his neighbour's cat. "⟦d:t|The cat was fine. The cat was on the fridge. I'm the one who needed rescuing,⟧" he said.

### 028
@n Noreen Fallon | The trainer
@f - | My father
Seán Dunleavy rode his first winner at 16 and his 1,000th at Kilcormac last Saturday, on a seven-year-old mare called “⟦s:-|Bright Morning Star⟧”. He is 34. We spoke at his kitchen table in Rathmoyle.
**RW:** Do you remember the first one?
**SD:** Every second of it. Tramore, a wet Thursday, a horse nobody else wanted to ride. The trainer, Noreen Fallon, legged me up and said, “⟦d:n|Don't fall off, and don't win by too far or the handicapper will have you.⟧” I did neither. I won by a neck and cried the whole way back to the weigh room.
**RW:** And the thousandth?
**SD:** Less romantic. It was raining sideways and I had a dentist's appointment at four.
**RW:** You've been open about your weight. Is it still a battle?
**SD:** Every day. People say “⟦s:-|wasting⟧” like it's a technical word. It's not. It's starving. I'm not complaining, nobody made me do this, but I'd like young lads coming in to know what it is.
**RW:** What did your father say after Kilcormac?
**SD:** He rang me from the pub. He said, “⟦d:f|That's grand. Now go and get a thousand and one.⟧” My father is not a sentimental man.

### 029
@r Rohan Pillai | -
@s Suresh Pillai | a software tester who taught him the moves at five
@b Bogdan Ilie | Grandmaster
@a Anglian Chess Federation | -
Rohan Pillai is twelve and would rather talk about football. "⟦d:r|Everyone wants to ask about chess. Chess is fine. Have you seen Ashby's new striker?⟧"
Last month Rohan became the youngest player to win the Anglian Open, beating three grandmasters on the way and drawing with a fourth in a final-round game that lasted more than six hours.
His father, Suresh Pillai, a software tester who taught him the moves at five, says he has "⟦p:s|absolutely no idea⟧" where the talent came from. "⟦d:s|I'm a club player. A weak club player. By the time he was seven he was beating me with his eyes closed. Literally. We tried it,⟧" he says.
Grandmaster Bogdan Ilie, who has coached Rohan for three years, says the boy's gift is "⟦p:b|not calculation, which anybody can learn, but patience, which almost nobody can⟧".
"⟦d:b|He will sit in a bad position for two hours and not panic. Adults cannot do this. I cannot do this,⟧" Ilie says.
Does Rohan feel pressure? "⟦d:r|Not really. Dad does. He walks around outside the hall the whole time,⟧" he says.
"⟦d:s|I walked eleven kilometres during the last round. I checked on my watch,⟧" his father confirms.
The Anglian Chess Federation said it was "⟦p:a|delighted⟧" and that Rohan would represent the region at the world youth championship in Tbilisi in October.
Rohan's verdict on Tbilisi: "⟦d:r|Do they have football there?⟧"

### 030
@g Greta Vos | -
@p Pieter Vos | Her elder son
@h Hendrik | a plumber
@t Reg Tuplin | -
The sign above the door still says “⟦s:-|Vos & Sons⟧”, but for the last six years the hardware shop on Ashgrove High Street has been run by what her sons call Vos & Mother.
Greta Vos took over the business when her husband, Johan, died suddenly in 2018. She was 68 and had never worked the till.
“⟦d:g|Everyone assumed I'd sell. The boys assumed I'd sell. I assumed I'd sell,⟧” she said, measuring out a length of chain for a customer. “⟦d:g|Then I came in on the Monday to sort out his desk, and a man asked me for a 6mm masonry bit, and I found it. And I thought, well.⟧”
Her elder son, Pieter Vos, 50, who works in insurance in the city, admits the family were sceptical. “⟦d:p|Mum didn't know a Phillips from a flathead. Now she corrects me,⟧” he said.
His brother, Hendrik, a plumber, helps out on Saturdays. “⟦d:h|She's better at it than Dad was, to be honest,⟧” he said. “⟦d:h|Don't print that. Actually, print it. He'd have laughed.⟧”
Reg Tuplin, 81, has been a customer since 1969. “⟦d:t|I came in for one screw. One. She sold me a box of a hundred and told me I'd need them. I did,⟧” he said.
Asked how long she intends to keep going, Mrs Vos did not hesitate. “⟦d:g|Until I can't reach the top shelf. And I've got a ladder.⟧”

### 031
@i Ingeborg Tveit | the 63-year-old marine chemist
@f - | A spokesperson for the Aldermann Foundation
@m Matías Quiroga | a former doctoral student of Tveit's who now leads his own laboratory in Valparaíso
HALDOR, Oct 8 (Meridian) - Ingeborg Tveit was asleep when the call came from Stockvik at 5.40 on Wednesday morning, and her first thought, she said, was that "⟦p:i|somebody had died⟧".
"⟦d:i|Nobody rings at that hour with good news. So I picked up and said, 'Who is it?' quite rudely, I'm afraid,⟧" the 63-year-old marine chemist told Meridian by telephone from her home outside Haldor.
Tveit shares this year's Aldermann Prize for Chemistry with two American researchers for work on how ocean bacteria break down plastics.
A spokesperson for the Aldermann Foundation said the committee had been trying to reach her "⟦p:f|for almost an hour⟧". "⟦d:f|Her phone was switched off. We eventually reached her husband, who went upstairs and woke her,⟧" the spokesperson said.
Matías Quiroga, a former doctoral student of Tveit's who now leads his own laboratory in Valparaíso, said: "⟦d:m|She used to tell us, 'The ocean is smarter than we are, we're just taking notes.' I expect she'll say it in her lecture.⟧"
Asked how she planned to celebrate, Tveit said she was due to teach at 10 a.m. "⟦d:i|I'm going to teach. Forty first-year students are expecting me. Then perhaps a glass of something.⟧"
(Reporting by Sigrún Ólafsdóttir; Editing by Peter Amadi)

### 032
@t Teodor Vasilescu | the Romanian-born playwright
@f Fergus Nairn | the Kingsgate's artistic director
It is fair to say that Teodor Vasilescu and Fergus Nairn do not agree about the ending.
“⟦d:t|In my play, she leaves. She walks out of the door and we never see her again,⟧” says Vasilescu, the Romanian-born playwright, whose “⟦s:-|The Winter Ledger⟧” opens at the Kingsgate Theatre on Thursday. “⟦d:t|In his production, she comes back.⟧”
“⟦d:f|She comes back for eight seconds,⟧” says Nairn, the Kingsgate's artistic director. “⟦d:f|To pick up her coat. It's February.⟧”
The two men have known each other for 22 years, since Nairn directed Vasilescu's first play in a room above a pub in Leith. They talk, as old friends do, mostly in interruptions.
“⟦d:t|Fergus thinks audiences need comfort,⟧” Vasilescu begins.
“⟦d:f|I think audiences need a coat.⟧”
“⟦d:t|He thinks audiences need comfort, and I think they need to go home and be unable to sleep.⟧”
“⟦d:f|They can do both. They can lie awake in a warm coat.⟧”
I ask who has the final word. Nairn points across the table. “⟦d:f|He does. It's his play. I'm just the man who has to sell the tickets.⟧”
Vasilescu shrugs. “⟦d:t|He says this, and yet the coat is still in the production.⟧”

### 033
@j Jodie Whitcombe | Mum-of-two
@p Poppy | Daughter
@a Alfie | Her little brother
@k Kelsey Barnard | -
A FAMILY'S beloved spaniel who vanished on a camping trip has been found safe and well — 140 miles away and eleven months later.
Biscuit went missing from a campsite on the Llŷn coast last August. Last week she was handed in to Hillcrest Animal Rescue in Shrewsbury after being spotted living under a caravan.
Mum-of-two Jodie Whitcombe, 37, from Leominster, said: "⟦d:j|We'd given up. We'd actually told the kids she'd gone to live on a farm, which is what you say, isn't it?⟧"
"⟦d:j|Then I get this call and a woman says, 'Do you have a springer spaniel called Biscuit?' and I just screamed.⟧"
Daughter Poppy, 9, said: "⟦d:p|She licked my whole face. She smelled really bad. I didn't care.⟧"
Her little brother Alfie, 6, added: "⟦d:a|I knew she'd come back. I told everyone.⟧"
Kelsey Barnard, of Hillcrest Animal Rescue, said staff traced the family through Biscuit's microchip. "⟦d:k|Honestly, it's the best part of the job. We all cried. The dog didn't, she just wanted her tea,⟧" she said.
Neighbours in Leominster have already dubbed her "⟦s:-|the Comeback Spaniel⟧".

### 034
@d Dervla Hanrahan | the elder of the two
@a Aisling | -
@k Kenneth Obiora | a solicitor representing a man named in the second series
@p Fennick Police | -
When the Hanrahan sisters started recording a podcast in their parents' attic in 2019, they expected about forty listeners, “⟦p:d|most of them cousins⟧”, as Dervla Hanrahan, the elder of the two, puts it. Five years on, “⟦s:-|Cold Harbour⟧” has been downloaded 60 million times, and its third series has led police in Fennick to reopen the 1996 disappearance of a teenage girl.
“⟦d:d|We're not detectives. We say that at the start of every episode, and we mean it,⟧” Dervla, 38, says. “⟦d:d|We're two women with a microphone who are very, very nosy.⟧”
Aisling, 35, who does most of the research, is warier of the show's influence. “⟦d:a:m|I lose sleep over it. There's a real family at the centre of this, and they didn't ask us to do it. When we got the first email from her brother, I felt sick opening it.⟧
“⟦d:a|It said, ‘Thank you.’ That was it. Two words. I read it about a hundred times.⟧”
Not everyone is grateful. Kenneth Obiora, a solicitor representing a man named in the second series, said in a statement that the podcast had “⟦p:k|repeated unfounded rumour as though it were evidence⟧” and that his client had “⟦p:k|suffered enormously⟧”.
Dervla does not dismiss this. “⟦d:d|He's entitled to say that. We've corrected things before and we'll do it again if we're wrong,⟧” she says. “⟦d:d|But we didn't invent the rumour. We just asked where it came from.⟧”
Fennick Police said it was “⟦p:p|reviewing new information⟧” and would not comment further.

### 035
@m Marit Brouwer | -
@f Femke | her younger sister
@g Grzegorz Mazur | Head coach
Marit Brouwer and her younger sister Femke won double sculls gold at the World Cup regatta in Lucerne on Sunday, and immediately began arguing about who had caught a crab in the final 250 metres.
"⟦d:m|It was her. Everybody saw it,⟧" Marit, 27, said on the pontoon, still out of breath.
"⟦d:f|It was the water. The water moved,⟧" Femke, 24, replied. "⟦d:f|She's been blaming me for things since I was born.⟧"
The sisters from Ammerdijk shared a bedroom, a bike and, from the ages of eleven and eight, a boat at their local club on the Vecht.
"⟦d:m|Our mum drove us to training at six every morning for ten years. This is hers, really,⟧" Marit said, holding up the medal.
Head coach Grzegorz Mazur said the sisters' rhythm was "⟦p:g|something you cannot coach⟧". "⟦d:g|They breathe at the same time. I have never seen it in forty years. It is a little bit frightening,⟧" he said.
Asked whether they ever wanted to row apart, the sisters answered almost at once. "⟦d:f|Every day,⟧" said Femke. "⟦d:m|Never,⟧" said Marit.

### 036
@n Nkechi Adomako | The first black woman to sit on the Court of Appeal
@b Barry Nuttall | her clerk for twenty years
Dame Nkechi Adomako pours the tea herself, waving away an offer of help. “⟦d:n|Thirty years of people doing things for me. I'm enjoying doing things for myself,⟧” she says. “⟦d:n|Milk?⟧”
The first black woman to sit on the Court of Appeal retired in June, at 72, and has agreed to what she calls “⟦p:n|one interview, and then I'm going to be very boring for the rest of my life⟧”.
We sit in the conservatory of her house outside Dulverton, surrounded by tomato plants in various states of distress. I ask about the judgment for which she is best known, the 2011 Hallam decision, in which she wrote that the state had “⟦p:n|mistaken its own convenience for the public interest⟧”.
“⟦d:n:m|I remember writing that sentence at about two in the morning. I crossed it out three times because I thought it was too rude. And then I thought, no, it's accurate, and accuracy is not rudeness.⟧
“⟦d:n:m|What people forget is that the decision was two to one. My colleague disagreed with me, and he was a better lawyer than I was. I have never been sure I was right. I was only sure I had to say it.⟧
“⟦d:n|That's the job. You are never sure. If a judge tells you she is sure, she should retire.⟧”
“⟦d:-|Were you ever sure?⟧” I ask.
She laughs. “⟦d:n|I retired, didn't I?⟧”
Barry Nuttall, her clerk for twenty years, remembers a judge who “⟦p:b|never once raised her voice and never once needed to⟧”. “⟦d:b|Barristers would come out of her court white as a sheet and not be able to tell you why,⟧” he says.

### 037
@d Dilys Morgan | -
@m Megan Harries | the choir's secretary since 1990
@e Eirlys Jenkins | -
@r Rhodri Evans | a new musical director
Every Tuesday evening for 41 years, the women of the Cwmllynfa Ladies' Choir have met in the chapel vestry on Heol Fach, and every Tuesday evening Dilys Morgan has sat in the same chair, third from the left in the front row.
“⟦d:d|I sat here in 1983 and nobody has had the nerve to move me,⟧” said Mrs Morgan, who at 91 is the choir's oldest member.
The choir was founded during the miners' strike of 1984, when wives of men at the Llynfa colliery began singing at fundraising concerts. Most of its founders are now widows.
“⟦d:m|We sang to pay for food parcels. Then the strike ended and the pit closed and we just carried on singing, because what else were we going to do?⟧” said Megan Harries, 78, the choir's secretary since 1990.
Eirlys Jenkins, 83, remembers the first concert. “⟦d:e|We were dreadful. Absolutely dreadful. The men cried anyway,⟧” she said.
Next month the choir will compete at the National Eisteddfod in Caerwen for the first time in twenty years, under a new musical director, Rhodri Evans, 29, who grew up in the village.
“⟦d:r|They're the toughest audience I've ever had, and I've taught Year 9,⟧” Mr Evans said. “⟦d:r|If I pick a song they don't like, they tell me. If I pick a song they do like, they tell me it's in the wrong key.⟧”
“⟦d:m|He's a lovely boy,⟧” Mrs Harries said. “⟦d:m|He's just very young.⟧”
Mrs Morgan had the last word. “⟦d:d|We'll win. We've outlived everything else. We can outlive a competition.⟧”

### 038
@z Zarmina Sadat | a former schoolteacher
@p Parwana | her daughter
@e Ellen Tapscott | a retired GP who helped organise the family's housing through the Elmsworth Welcome Group
Zarmina Sadat had never seen snow in a garden until the morning of 2 December, when she opened the curtains of the family's rented cottage in Elmsworth and thought, she says, that "⟦p:z|the world had been painted⟧".
"⟦d:z|In Kabul there is snow, yes, but in the mountains. Not in the garden,⟧" she said, speaking through her daughter Parwana, 15, who has learned English in eighteen months.
Ms Sadat, a former schoolteacher, arrived in Britain with her three children in 2022. Her husband is still in Pakistan, waiting for a visa.
Asked how she was finding the winter, she said something in Dari that made her daughter laugh. "⟦d:z|Sard ast, vali aram ast,⟧" she said: "⟦d:z|It is cold, but it is quiet.⟧"
Parwana herself is less poetic. "⟦d:p|I hate it. My feet are always wet. But school is good. I have friends,⟧" she said. "⟦d:p|And I'm better at maths than anyone in my class.⟧"
Ellen Tapscott, a retired GP who helped organise the family's housing through the Elmsworth Welcome Group, said the village had "⟦p:e|taken them to its heart⟧". "⟦d:e|Someone left three sledges on the doorstep the first morning it snowed. Nobody asked who, nobody said anything,⟧" she said.

### 039
@a Aïssatou Ndiaye | the 41-year-old director
@o Ousmane Ndiaye | Her brother and producer
Aïssatou Ndiaye has been asked the same question nine times today, and she answers it a tenth time with great patience. «⟦d:a|No, it is not autobiographical. Yes, my mother has seen it. No, she did not like it,⟧» the 41-year-old director says, and laughs.
Her third feature, «⟦s:-|La Saison des mangues⟧», about three sisters who inherit a failing guesthouse on the coast south of Dakar, won the jury prize at the Lisière festival on Sunday night.
In her acceptance speech, delivered in French, she thanked «⟦p:a|every woman who ever told me to be quiet⟧», adding: «⟦d:a|Vous m'avez donné un film.⟧» («⟦d:a|You gave me a film.⟧»)
Her brother and producer, Ousmane Ndiaye, sits at the back of the press room throughout our interview, occasionally correcting dates. «⟦d:o|It was 2017, not 2016,⟧» he says at one point.
«⟦d:a|He is the memory. I am the imagination,⟧» she replies, without turning round.
«⟦d:-|What didn't your mother like?⟧» I ask.
«⟦d:a|The sisters. She says they are too loud. My mother has four sisters. They are all extremely loud,⟧» Ndiaye says.
«⟦d:o|All of them,⟧» says her brother from the back of the room.

### 040
@c Clement Barrett | -
@h Hyacinth | his wife
Clement Barrett, 94, and his wife, Hyacinth, 91, met at a church social in Lenton Vale in 1953 and married a year later. On Saturday they celebrate their seventieth wedding anniversary. We asked them how they met.
“⟦d:c|She ignored me for three weeks,⟧” Clement says.
“⟦d:h|Two weeks. He exaggerates.⟧”
“⟦d:c|Three weeks. I counted.⟧”
“⟦d:h|He wore a yellow tie. Who wears a yellow tie to a church social? I thought, this man is either very brave or very foolish.⟧”
“⟦d:c|And which was it?⟧”
“⟦d:h|Both. Seventy years, both.⟧”
Asked for the secret of a long marriage, they answer separately. Hyacinth does not hesitate: “⟦d:h|Separate bathrooms.⟧” Clement takes longer. “⟦d:c|Say sorry first, even when you're right. Especially when you're right.⟧”
“⟦d:h|He's never right,⟧” says Hyacinth.

### 041
@g Gintaras Vaitkus | -
@m - | a man at the next table
@h Howard Pleat | -
Gintaras Vaitkus has been called many things in his 14 years as a top-flight referee, and he can list most of them. "⟦d:g|Blind, bent, a disgrace, a clown. My favourite was 'the optician's best customer', because I don't wear glasses,⟧" he says, stirring a flat white in a café near Dunmere station.
Within ten minutes a man at the next table leans over. "⟦d:m|You're that ref. You gave that penalty against us in March,⟧" he says.
"⟦d:g|I did,⟧" Vaitkus says pleasantly. "⟦d:g|It was a penalty.⟧"
The man considers this, nods, and goes back to his croissant.
Vaitkus, 44, grew up in Kaunas and came to England at 19 to study engineering. He started refereeing Sunday league games for beer money and, he says, "⟦p:g|never found the exit⟧". I ask whether the abuse ever gets to him.
"⟦d:-|Do you read what people say about you online?⟧"
"⟦d:g:m|I used to. For about two years I read everything. I'd come home from a game and sit in the car on the drive for an hour with my phone, reading, because I didn't want my kids to see my face.⟧
"⟦d:g|Then my daughter knocked on the car window one night and said, 'Dad, why are you sitting in the dark?' And I deleted everything.⟧"
Howard Pleat, who refereed the 1998 Cup final and now mentors younger officials, calls Vaitkus "⟦p:h|the calmest man I've ever seen in a tunnel⟧". "⟦d:h|Players try everything with him. Shouting, charm, crying. He just waits. It drives them mad,⟧" Pleat says.

### 042
@j Jory Tregenza | -
@m Mark | the eldest
@d Daniel | -
@l Luke | the youngest
The Morwenna leaves Porthallow harbour at 4am, six days a week, with three brothers aboard and, more often than they would like, their father on the quay shouting advice.
“⟦d:j|I don't shout. I project,⟧” said Jory Tregenza, 71, who skippered the boat for 38 years before handing her to his sons in 2019.
Mark, 46, the eldest, is now skipper. Daniel, 43, runs the engine. Luke, 39, the youngest, does “⟦p:l|everything nobody else wants to do⟧”, as he puts it.
“⟦d:m|We've got one rule on board: nobody mentions what Dad would do,⟧” Mark said. “⟦d:m|We break it about twice an hour.⟧”
The brothers, who fish for crab and lobster off the Lizard, have seen quotas tightened, fuel prices double and the harbour's fleet shrink from 22 boats to six.
“⟦d:d|People say fishing's dying. It's not dying. It's being squeezed,⟧” said Daniel. “⟦d:d|There's a difference. Dying, you can't do anything about.⟧”
Luke is the only brother with children, and his son, Kit, 12, already spends his summer holidays on the boat. Asked whether Kit would be the fourth generation, Luke hesitated.
“⟦d:l|I'd like him to have the choice. I don't know if he will. Ask me in ten years.⟧”
On the quay, his father had already made up his mind. “⟦d:j|He'll fish,⟧” Jory said. “⟦d:j|He's got the hands for it. You can't teach the hands.⟧”

### 043
@l Leonie Achterberg | the 31-year-old principal of the Corran Ballet
@i Ilona Achterberg | a former soloist with the same company
@f Marguerite Fane | The company's artistic director
Eighteen months ago, Leonie Achterberg was told she might never dance again. On Friday she will dance Giselle.
“⟦d:l|The surgeon was very kind about it. He said, ‘You will walk normally.’ And I said, ‘I didn't ask about walking,’⟧” the 31-year-old principal of the Corran Ballet says, stretching on the floor of a rehearsal studio.
She ruptured her Achilles tendon during a performance of “⟦s:-|Swan Lake⟧” in November 2022, in front of 2,000 people.
Her mother, Ilona Achterberg, a former soloist with the same company, was in the audience. “⟦d:i|I heard it. People don't believe me, but I heard it from row J,⟧” she says. “⟦d:i|I knew before she fell.⟧”
The company's artistic director, Marguerite Fane, held the role open for her. “⟦d:f|Some people thought I was being sentimental. I wasn't. I was being greedy. I wanted the best Giselle in the country, and she happened to be on crutches,⟧” Fane says.
Achterberg is wary of the word “⟦s:-|comeback⟧”. “⟦d:l:m|It makes it sound like I went somewhere. I didn't go anywhere. I was in a physio room in Corran four times a week, crying and doing calf raises.⟧
“⟦d:l|If anything, it was a stay-back.⟧”
Her mother will be in row J again on Friday. “⟦d:i|Same seat. I'm not superstitious,⟧” she says. “⟦d:i|I'm just not changing it.⟧”

### 044
@t Thandiwe Mokoena | South African novelist
@j - | the judges
@h Peregrine Hollis | chair of the judges
@m Marigold Press | -
LONDON, Nov 12 (Meridian) - South African novelist Thandiwe Mokoena won the 50,000-pound Ashcombe Prize for Fiction on Tuesday for "⟦s:-|The Orchard Keeper's Daughter⟧", a novel the judges called "⟦p:j|a book of extraordinary patience and fury⟧".
Mokoena, 47, who wrote the book over nine years while working as a school librarian in Gqeberha, appeared stunned as her name was read out at the ceremony.
"⟦d:t|I had prepared a speech in case I lost. It was very gracious. I don't have one for this,⟧" she told the audience. "⟦d:t|So I will just say thank you to my mother, who taught me that stories are how poor people keep their land.⟧"
Peregrine Hollis, chair of the judges, said the decision had been unanimous. "⟦d:h|We argued for a long time about the shortlist and for about four minutes about the winner,⟧" he said.
Marigold Press, which published the novel after it had been turned down by 23 other publishers, said it had ordered a reprint of 100,000 copies. "⟦d:m|We always believed in this book. So, eventually, did everybody else,⟧" it said in a statement.
(Reporting by Yusuf Demir; Editing by Clare Ashby)

### 045
@m Malachy Furlong | -
@d Donal Lennox | the winger who scored that try
@n Nuala Breen | his producer for 26 years
For a generation of listeners in the west, Malachy Furlong's voice was the sound of a Saturday afternoon. This Saturday it will be heard for the last time, when he commentates on Carrowmore's home game against Bellmont before retiring after 41 years at Radio Western.
His most famous line, from the 1991 cup final, is still quoted in pubs from Carrowmore to the coast: “⟦d:m|And Lennox is over, and the whole of Carrowmore is on its feet, and so, God forgive me, am I!⟧”
“⟦d:m|I was on my feet. I knocked a cup of tea into the engineer's lap,⟧” Furlong, 72, recalled this week. “⟦d:m|He's never forgiven me. He came to my sixtieth and brought it up in his speech.⟧”
Donal Lennox, the winger who scored that try, says he has heard the clip “⟦p:d|probably ten thousand times⟧”. “⟦d:d|People play it at me at weddings. At my own wedding, actually. I never heard it live, I was face down in the mud,⟧” he said.
Nuala Breen, his producer for 26 years, said Furlong had never once prepared a line in advance. “⟦d:n|People assume he had them written down. He'd have been insulted. He just opened his mouth and it came out like that,⟧” she said.
Asked how he would spend his first free Saturday, Furlong said he intended to go to a match “⟦p:m|and sit in the stand and say nothing at all, which my wife says will be a first⟧”.

### 046
@c Chantelle Okoro | Sunset Villa star
@b Bernadette | Her mum
@j Jordan Malik | her ex
@s - | A Sunset Villa spokesperson
SUNSET Villa star Chantelle Okoro has slammed her ex Jordan Malik as "⟦p:c|a proper snake⟧" after he was pictured cosying up to another contestant days after the final.
The 26-year-old beautician from Gravesham told the Daily Flare: "⟦d:c|I'm not bitter. I'm not. I just think if you tell someone you love them on national telly, you could wait more than a week.⟧"
"⟦d:c|My mum's fuming. My nan's fuming. Even my dog's gone off him.⟧"
Her mum, Bernadette, 51, said: "⟦d:b|I said from day one, I don't trust a man with eyebrows that neat.⟧"
Jordan, 28, hit back on social media last night, writing: "⟦d:j|Wishing Chantelle all the best. Not everything you see on telly is the full story.⟧"
A Sunset Villa spokesperson said: "⟦d:s|The wellbeing of former contestants remains our priority, and our aftercare team is in touch with both Chantelle and Jordan.⟧"

### 047
@r Rafferty Cole | singer
@n Nils Fairweather | guitarist
@b Marianne Doucet | the only member who stayed in music full-time
@p Pete Abernathy | Drummer
Thirty years after their debut album sold four million copies and tore them apart, the Lantern Parade are back in a rehearsal room in Stoke Newbury, arguing about the setlist.
``⟦d:r|We swore we'd never do this,⟧'' said singer Rafferty Cole, 56. ``⟦d:r|We swore it in writing. Our lawyer has the document. He's had it framed.⟧''
The band split in 1996 in the middle of an American tour, after what guitarist Nils Fairweather calls ``⟦p:n|the worst night of my life, and I've been divorced twice⟧''.
``⟦d:n|It was a hotel in Denver. Rafferty threw a television. I threw the remote after it, which I've always thought was the more sensible gesture,⟧'' Fairweather said.
Bassist Marianne Doucet, the only member who stayed in music full-time, says she never fell out with anybody. ``⟦d:b|I never stopped talking to any of them. I just never talked to all of them at once. That seemed to be the problem.⟧''
Drummer Pete Abernathy, known to fans as ``⟦s:-|Knuckles⟧'', is the one who brought them back together, after a heart attack in 2022. ``⟦d:p|Lying in a hospital bed, you make a list. Number three was, ring the band,⟧'' he said. And one and two? ``⟦d:p|Ring my kids. Stop eating bacon. I've done two of the three.⟧''
The tour opens in Glasgow in March. ``⟦d:r|If we make it to the last night without anybody throwing anything,⟧'' said Cole, ``⟦d:r|I'll call it a triumph.⟧''

### 048
@f Farida Hussain | -
@b Beryl Ashcroft | chair of the society
@u - | Another plot-holder
@c Millfield Borough Council | -
A row over a shed has divided the Millfield Allotment Society, with one plot-holder accusing the committee of “⟦p:f|behaving like a small-town parliament⟧” and the committee's chair insisting the rules are “⟦p:b|there for everybody, not just for people with very large marrows⟧”.
Farida Hussain, 58, who has held plot 14 since 2003 and won the Millfield Show's vegetable prize three years running, was told last month to remove a second shed she built to store seed trays.
“⟦d:f|It's eight feet by six. It's not a bungalow,⟧” she said. “⟦d:f|I asked permission in March. Nobody replied. Then in August I get a letter saying it's a breach.⟧”
Beryl Ashcroft, chair of the society, said the rule limiting each plot to one structure had been in place since 1987. “⟦d:b|If I let Farida keep two sheds, I have forty people at the next meeting asking for two sheds. I like Farida. This is not personal,⟧” she said.
Mrs Hussain disagreed. “⟦d:f|It's a bit personal.⟧”
Another plot-holder, who asked not to be named, said the dispute had “⟦p:u|been bubbling for years⟧”. “⟦d:u|It's not about the shed. It's never about the shed,⟧” she said.
Millfield Borough Council, which owns the site, said it was “⟦p:c|aware of the disagreement⟧” and hoped it could be “⟦p:c|resolved amicably at society level⟧”.

### 049
@d Dominic Farrant | A stay-at-home father of triplets
@o - | another parent
@t Tamsin Oduya | -
@b Becca Lindqvist | a mother of two
A stay-at-home father of triplets has said he felt "⟦p:d|invisible⟧" at baby groups, in an interview that has prompted thousands of messages to a popular parenting podcast.
Dominic Farrant, 39, from Wexley, told the hosts of "⟦s:-|Small Hours⟧", Tamsin Oduya and Becca Lindqvist, that he had once been asked by another parent whether he was "⟦p:o|babysitting⟧" his own children.
"⟦d:d|I said, no, I'm parenting. She looked at me like I'd said something in Latin,⟧" he said.
Oduya asked: "⟦d:t|Did it get better?⟧"
"⟦d:d|It did, once I stopped waiting to be invited into conversations and just started them. Usually about sleep. Everyone wants to talk about sleep.⟧"
Lindqvist, herself a mother of two, said the episode had drawn more messages than any in the show's four-year history. "⟦d:b|We had dads writing in from Aberdeen to Auckland saying, that's me. That's exactly me,⟧" she said.
Farrant added: "⟦d:d|The triplets don't care who's doing the bottles. That's the thing. They just want the bottle.⟧"

### 050
@j Jess Fenwick | a history teacher in Tadley
@h Harry Fenwick | -
@s Tadley Historical Society | -
When Jess Fenwick found a shoebox of letters in her grandfather's loft last spring, she expected old bills. Instead she found 63 letters written by Harry Fenwick to his mother between 1943 and 1945, most of them from Italy.
“⟦d:j|I sat on the loft ladder and read them all in one go. My legs went numb,⟧” said Ms Fenwick, 27, a history teacher in Tadley.
One, dated 14 May 1944, reads: “⟦d:h|Dear Mum, Don't worry about me. The food is terrible and the weather is worse and I have never been so glad to be alive.⟧”
Another, written a week later, is much shorter. “⟦d:h|Lost two pals today. Can't say more. Please tell Mrs Ibbotson her Stan was very brave.⟧”
Mr Fenwick, now 99, had not seen the letters since his mother's death in 1978. Hearing his granddaughter read them aloud, he said, was “⟦p:h|like being shouted at by a young man I used to know⟧”.
“⟦d:h|He was an idiot, that lad. Brave, maybe, but an idiot,⟧” he said. “⟦d:h|I'd like to tell him to keep his head down.⟧”
Ms Fenwick has transcribed all 63 letters, which are being published as a pamphlet by the Tadley Historical Society. The society said it was “⟦p:s|honoured⟧” to help.

### 051
@l Lorcan Tierney | The critic
@f - | My father
Ximena Arrieta's public library in Port Selwyn, a concrete hull lifted on stilts above a flood plain, won the Halcombe Medal for architecture last week. She is 44 and runs a practice of nine people from a former ironmonger's shop in Santa Tecla.
**Locals have started calling the library “⟦s:-|the Ark⟧”. Do you mind?**
I love it. I wish I'd thought of it. We spent six months on the name and the town came up with a better one in a week.
**The critic Lorcan Tierney called it “⟦p:l|a building that dares the river to try⟧”. Was that the intention?**
Honestly, the intention was to keep the books dry. The daring came later, in the press release.
**You grew up in a house your father built.**
My father built it badly, and he knew it. Every winter the roof leaked in a new place, and he would stand under the drip with a saucepan and say, “⟦d:f|That's the house teaching me something.⟧” I think I became an architect so the house would stop teaching us things.
**What would you build if money were no object?**
A public toilet. I'm serious. Nobody designs them with any love, and everybody uses them.

### 052
@t Tariq Mansour | Wheelchair racer
@u Ulrike Brandstätter | His coach
@p ParaSport Albion | -
Wheelchair racer Tariq Mansour says he wants to be known as "⟦p:t|a sprinter, full stop⟧" after breaking the T54 400m world record at the Arnholt Grand Prix on Saturday.
The 26-year-old, who was paralysed in a car crash at 14, crossed the line in 45.02 seconds, taking almost three tenths off a mark that had stood since 2016.
Speaking to Channel North Sport afterwards, he said: "⟦d:t|I'm proud of it, obviously. But I get a bit tired of the story always being the accident. The accident was twelve years ago. The time was today.⟧"
"⟦d:t|Write about the time.⟧"
His coach, Ulrike Brandstätter, said the record had been "⟦p:u|coming for about a year⟧". "⟦d:u|In training he did 45.3 in March and then told me the stopwatch was broken. He's never satisfied. It's exhausting and it's wonderful,⟧" she said.
ParaSport Albion called the result "⟦p:p|a huge moment⟧" with less than a year to go before the Paralympic Games.

### 053
@a Aurelio Fontana | -
@g Giulia Fontana | His daughter
@n Assunta | His mother
MONTEROSSO DI VALLE — The grapes came in eleven days early this year at the Fontana estate, and Aurelio Fontana does not like what that means.
«⟦d:a|My father picked in October. I picked in late September. My daughter picked on the third of September,⟧» he says, walking between rows of vines scorched brown at the edges. «⟦d:a|You don't need a scientist. You need a calendar.⟧»
His daughter, Giulia Fontana, 34, trained in oenology in Bordeaux and took over the winemaking in 2020. She has planted a hectare of a heat-tolerant Sicilian variety, a decision her father describes as «⟦p:a|a betrayal, but a sensible one⟧».
«⟦d:g|He said that to my face. He says everything to my face. It's very efficient,⟧» she says. «⟦d:g|In twenty years nobody will be able to grow what my grandfather grew here. I'd rather be ready than sentimental.⟧»
His mother, Assunta, 94, sits in the shade by the cellar door, shelling beans. Asked what she makes of it all, she answers in dialect, and Giulia translates. «⟦d:n|Si lamentano sempre.⟧» («⟦d:n|They always complain.⟧»)
«⟦d:n|Mio marito si lamentava della pioggia. Loro si lamentano del sole.⟧» («⟦d:n|My husband complained about the rain. They complain about the sun.⟧»)
Aurelio laughs despite himself. «⟦d:a|She's right. She's always right. That's the real problem with this family.⟧»

### 054
@m Malika Rahman | the 38-year-old
@g Gaz Whitlow | Her tour manager
Malika Rahman drives the way she talks: fast, with frequent changes of direction and no indication. We are on the A59 north of Harrowgate, heading for the Alhambra in Fellbeck, and she has refused three offers to take the wheel.
“⟦d:m|I don't let anyone else drive. It's a control thing. My therapist and I are working on it,⟧” the 38-year-old says, overtaking a tractor. “⟦d:m|Slowly. Unlike this.⟧”
Her new tour, “⟦s:-|Good Daughter⟧”, is about her late father, a bus conductor from Sylhet who, she says, was “⟦p:m|the funniest man in Bradford and never once told a joke on purpose⟧”.
“⟦d:m:m|He'd say things completely straight, and the whole room would go. He never understood why. Once at a wedding he said to the groom, ‘You have a very honest face, that is why I am worried.’ He meant it as a compliment.⟧
“⟦d:m:m|When he was dying, I sat with him in the hospice and wrote down everything he said. The nurses thought I was taking notes for the doctors. I was writing the show.⟧
“⟦d:m|Is that terrible? He'd have thought it was terrible. Then he'd have asked for a cut.⟧”
Her tour manager, Gaz Whitlow, in the back seat with a laptop, looks up. “⟦d:g|She cries every night at the same line. Every night. And then she comes off and asks if it got a laugh,⟧” he says.
“⟦d:m|It always gets a laugh,⟧” Rahman says. “⟦d:m|That's how I know he's in it.⟧”

### 055
@n Nurlan Abenov | A Kazakh climber who spent four nights trapped on a ledge at 6,200 metres on Mount Karavel
@v Valtara Mountain Rescue Service | -
@r - | One member of the rescue team
@a Aigerim Abenova | His sister
VALTARA, Aug 3 (Meridian) - A Kazakh climber who spent four nights trapped on a ledge at 6,200 metres on Mount Karavel said on Saturday he had survived by "⟦p:n|counting, singing and arguing with myself⟧".
Nurlan Abenov, 41, spoke to reporters from a hospital bed in Valtara, his hands heavily bandaged. "⟦d:n|I sang every song I know. Then I sang them backwards. Then I started arguing with myself about which songs were better,⟧" he said. "⟦d:n|I won the argument, I think.⟧"
Abenov was stranded on Tuesday when a serac collapsed above his route, sweeping away his fixed ropes.
The Valtara Mountain Rescue Service said the operation had been "⟦p:v|among the most difficult we have attempted⟧", with helicopters grounded by high winds for two days.
One member of the rescue team, who declined to be named because he was not authorised to speak to the media, said: "⟦d:r|Honestly, when we saw him waving, half of us thought it was a ghost. Nobody lasts four nights up there.⟧"
His sister, Aigerim Abenova, who flew in from Almaty on Wednesday, said: "⟦d:a|He promised our mother this was the last mountain. He promised her that in 2019 as well.⟧"
Asked whether it would be his last climb, Abenov smiled. "⟦d:n|Ask me when my fingers work.⟧"
(Reporting by Elif Şahin; Editing by Marcus Dube)

### 056
@r Rupa Bhattacharya | their mother
@i Ishaan | the eldest by four minutes
@a Arjun | His brother
@m Mira | -
@k Kavya | -
When the Bhattacharya quadruplets were born at Northfield General in 2006, they were the first set delivered at the hospital in thirty years, and their photograph ran on the front page of this newspaper under the headline “⟦s:-|Four Times the Joy⟧”.
On Sunday the four turn 18, and their mother, Rupa Bhattacharya, has that front page framed in the hall.
“⟦d:r|Four times the joy, four times the nappies, four times the university applications,⟧” she said. “⟦d:r|Nobody put that in the headline.⟧”
Ishaan, the eldest by four minutes, is heading to Edinburgh to study medicine. “⟦d:i|I've been the eldest my whole life. Mostly it's meant getting blamed first,⟧” he said.
His brother Arjun, who wants to be a chef, disagreed. “⟦d:a|He's never been blamed for anything. He's got the face for it. I've got the other face.⟧”
Mira and Kavya, the two girls, have chosen the same university in Bristol, but, they stress, different courses and different halls.
“⟦d:m|We've shared a room for eighteen years. We love each other. We need a corridor,⟧” Mira said.
“⟦d:k|Two corridors,⟧” Kavya added.
Mrs Bhattacharya, a pharmacist, expects the house to be “⟦p:r|terrifyingly quiet⟧” in September. “⟦d:r|I've counted to four every time we've left anywhere since 2006. I don't know how to count to zero.⟧”

### 057
@e Ezekiel Ambrose | Saxophonist
@h Hiroshi Tanabe | -
Saxophonist Ezekiel Ambrose has said he still practises for three hours a day at the age of 80, "⟦p:e|because the horn doesn't care how old I am⟧".
In a wide-ranging interview with Hiroshi Tanabe on Meridian Jazz's "⟦s:-|Late Blue⟧", Ambrose talked about his childhood in Marigny Falls, his addiction in the 1970s and his recovery.
Tanabe asked him about his first professional gig, at 15. "⟦d:h|Were you scared?⟧"
"⟦d:e|Scared? I was too dumb to be scared. I played every note I knew in the first eight bars, and then I had thirty-two bars left and nothing to say.⟧"
"⟦d:h|So what did you do?⟧"
"⟦d:e|I played the same eight bars again, slower. The bandleader told me afterwards it was the best thing I did all night.⟧"
Asked about the 1970s, Ambrose was frank. "⟦d:e|I lost ten years. I don't romanticise it. There's a kind of person who thinks the drugs made the music. The drugs made me late.⟧"
He has been sober since 1983. His wife, Delphine, died in 2020. "⟦d:e|She heard every record before anybody. If she wasn't humming it the next day, it didn't go out.⟧"

### 058
@e Eulalie Bonaventure | -
@j Josephine | Her daughter
@a Angela | Her younger sister
@k Kai | Her great-grandson
@s Sunita Rao | manager of Lindenhurst House
Eulalie Bonaventure received her card from the King on Tuesday, read it twice and handed it to her eldest daughter. “⟦d:e|Put it with the others,⟧” she said. There are no others. “⟦d:e|Put it somewhere nice, then.⟧”
Mrs Bonaventure, who arrived in Britain from St Lucia in 1956 and worked for 31 years as a machinist at the Hallam clothing factory, celebrated her 100th birthday at Lindenhurst House care home with four generations of her family.
Her daughter Josephine, 78, said her mother's secret was “⟦p:j|stubbornness, and a small glass of rum on Sundays⟧”.
“⟦d:j|She's outlived two doctors who told her to stop the rum,⟧” Josephine said.
Her younger sister, Angela, 74, remembers their mother sewing late into the night after her factory shifts. “⟦d:a|We went to school in better clothes than the teachers. She made everything. She made my wedding dress in three nights,⟧” Angela said. “⟦d:a|She still tells me the hem was crooked. It wasn't.⟧”
“⟦d:e|It was,⟧” said Mrs Bonaventure.
Her great-grandson Kai, 9, had prepared a question. “⟦d:k|What was it like before phones?⟧” he asked.
“⟦d:e|Quiet,⟧” she said. “⟦d:e|Lovely and quiet.⟧”
Sunita Rao, manager of Lindenhurst House, said staff had been “⟦p:s|in awe of her⟧” since she moved in.

### 059
@y Yeison Cárdenas | Colombian climber
@l Luuk van der Brink | Vortex-Halcyon sports director
@j Jens Verhaegen | Belgian rider
@v Vortex-Halcyon | -
Colombian climber Yeison Cárdenas took the leader's jersey at the Tour des Trois Vallées on Thursday after a solo attack on the final climb to the Col de Sarre, and said afterwards he had been thinking about his mother "⟦p:y|for the last five kilometres⟧".
"⟦d:y|Mi mamá me dijo: no vuelvas sin algo para mostrar,⟧" Cárdenas, 23, said at the finish. ("⟦d:y|My mum told me: don't come home without something to show for it.⟧")
"⟦d:y|So now I have something. A yellow jersey. She will want to wash it.⟧"
Vortex-Halcyon sports director Luuk van der Brink said the attack had not been planned. "⟦d:l|We told him to wait for the last two kilometres. He waited for about two hundred metres,⟧" van der Brink said, laughing. "⟦d:l|You cannot hold him. You can only follow him in the car and hope.⟧"
Belgian rider Jens Verhaegen, who lost the jersey after finishing 48 seconds down, was gracious. "⟦d:j|He was simply stronger. I tried to follow and my legs said no. Tomorrow we see,⟧" he said.
The team said in a statement that Vortex-Halcyon would "⟦p:v|defend the jersey with everything we have⟧".

### 060
@b Beatriz Almeida | -
@j Jamal Cunningham | a criminal barrister
Beatriz Almeida taught English at Castlebrook Academy for thirty years, and she still marks the menu. “⟦d:b|There's a comma splice in the desserts. I'm sorry. I can't not see it,⟧” she says, before we have even sat down at Tavola, the Portuguese café she has chosen because “⟦p:b|they let you stay for three hours and nobody glares⟧”.
Her first novel, “⟦s:-|The Register⟧”, published when she was 57, has sold half a million copies and is being adapted for television.
“⟦d:-|Did you always want to write?⟧” I ask, as the caldo verde arrives.
“⟦d:b:m|Always. And I always didn't. For thirty years I'd get to half-term and think, this is the week, and then I'd spend it marking Year 11 mocks.⟧
“⟦d:b|The book only happened because I broke my ankle. Six weeks on the sofa. I wrote 90,000 words and watched no television. My husband thought I'd had a breakdown.⟧”
The novel follows a year in the life of a comprehensive school, and several former pupils have claimed to recognise themselves. One of them, Jamal Cunningham, now a criminal barrister, is certain he is the boy who sets fire to the chemistry lab.
“⟦d:j|It was a very small fire. And it was an accident. And Miss Almeida was the only teacher who believed me,⟧” he told me by phone. “⟦d:j|So I'm choosing to take it as a compliment.⟧”
When I relay this, Almeida puts down her spoon. “⟦d:b|Jamal was not the model. Jamal was one of about six models. He'll be devastated.⟧”

### 061
@a Ama Owusu | Striker
@f Freya Lindahl | Goalkeeper
@h Hollie Dwyer | Manager
@s - | a club source
Castlebrook Women won the Continental Cup for the first time on Sunday, beating Harwick 2-1 after extra time in front of a record crowd of 19,402 at Penfold Park.
Striker Ama Owusu, who scored both goals, said she had "⟦p:a|no idea⟧" how the winner went in. "⟦d:a|I shut my eyes. Honestly. I swung my leg and shut my eyes and then everyone was on top of me,⟧" the 22-year-old told Channel North Sport.
Goalkeeper Freya Lindahl, who saved a penalty in the 88th minute, was asked whether she had studied the taker. "⟦d:f|I'd watched her last twenty penalties. She'd gone left nineteen times,⟧" she said. "⟦d:f|So I went left. Sometimes it's not complicated.⟧"
Manager Hollie Dwyer, who took over in January with the club bottom of the table, fought back tears. "⟦d:h|These girls were written off in January. People said we'd go down. I'd like those people to have a look at the trophy,⟧" she said.
Dwyer's future has been the subject of speculation, and a club source said talks over a new contract were "⟦p:s|at an advanced stage⟧".
Owusu had one request before heading to the dressing room: "⟦d:a|Can somebody tell my mum I'm not coming home tonight?⟧"

### 062
@o Oksana Bell | -
@s Sofiia | the trio's viola player
@d Daria | the violinist
The Bell Trio has rehearsed in the same front room in Kenworth for twenty years, and the furniture has given up. The sofa sags where Oksana Bell sits with her cello; the rug has two bald patches where her daughters' chairs have stood since they were children.
"⟦d:o|They were eleven and seven when we first played together in public. Sofiia cried because her shoes were wrong,⟧" says Oksana, 58, who came to Britain from Kharkiv in 1992 to study at the Northern Conservatoire.
"⟦d:s|They were wrong. They were patent leather. I slid across the stage,⟧" says Sofiia, now 27, the trio's viola player.
Daria, 31, the violinist, is the trio's unofficial manager and, her mother and sister agree, its tyrant. "⟦d:d|Somebody has to answer the emails. If it was left to these two, we'd be playing weddings for biscuits,⟧" she says.
I ask them what it is like to play with family. "⟦d:-|Is it easier or harder?⟧"
There is a pause while they look at each other. "⟦d:d|Harder,⟧" says Daria. "⟦d:s|Easier,⟧" says Sofiia. Their mother laughs. "⟦d:o|You see? This is every rehearsal.⟧"
Since the full-scale invasion of Ukraine, the trio have given more than forty benefit concerts and raised about £180,000 for hospitals in Kharkiv. Oksana does not like to talk about it for long. "⟦d:o|My sister is still there. She sends me a message every morning: 'Still here.' Two words. Then I can practise,⟧" she says.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh109.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh109",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
