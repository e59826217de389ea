# ruff: noqa: E501
"""Build ``quotes_fresh101.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A transcripts (questions in bold, with
initials, ``Q.``/``A.`` or speaker names in capitals), podcast and radio interviews,
sports and arts interviews, and human-interest stories about families in which
several relatives of the same gender speak and are called by their first names, with
reporters who ask their own questions in the first person. Outlets imitated range
from wire copy and broadsheets to tabloids, local papers, magazines and broadcasters'
web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh101-NNN``.

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
  it (``Her father, Keoni Kealoha, 48, a lifeguard``): the appositive is the
  description. A title or relational phrase before the name alone (``Presenter …``,
  ``Granddaughter …``, ``His mum Jackie``, ``Detective Sergeant …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 46-year-old``,
  ``the mayoral candidate``, ``her husband``), that description is taken.
* A non-restrictive relative clause after a name or an appositive (``One customer,
  who has bought a tin loaf …``) is not part of the description; a restrictive one is.
* Relatives introduced collectively by surname or by relation (``the Dunphys``,
  ``her younger sister, Tolu``) and then named only by first name have the first name
  as speaker; a full name is used only where the passage writes it out.
* A cue-less quote whose speaker is clear only from the alternation of turns (``“It is
  your only story.”``; a minister's unattributed replies to a presenter) belongs to the
  person whose turn it is; so does a quote cued only by relation (``her sister said``).
* A shout from an as yet unseen speaker that the next sentence attributes (``The voice
  belongs to …``) is that person's.
* Fragments quoted from unidentified reviews, letters or documents are ``partial`` with
  a null speaker; when the passage identifies whose words they were, that person or
  body is the speaker. An interviewer quoting the interviewee's own earlier words back
  to her (``last month you described inflation as …``) quotes the interviewee.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech;
  a question by an unnamed reporter in a press conference has that phrase (``one
  reporter``) as the description.
* In a transcript the speaker's own lines (after initials, ``Q.``/``A.``, a name in
  capitals or a question in bold ``**…**``) are not annotated; a quotation inside an
  answer belongs to the person the answerer is quoting (``My dad … would say``: null
  speaker, ``My dad`` as description).
* An unnamed group (``The judges of the Calloway Prize``) is a null speaker with that
  description; a named publisher, band or council is an organisation speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh101.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh101.jsonl")

PASSAGES = """
### 001
@a Ingrid Solheim-Vásquez | the architect behind the Tessaly floating library
@b - | the waiter
Ingrid Solheim-Vásquez, the architect behind the Tessaly floating library, arrives at Brasa Norte eleven minutes late and apologises three times before she has taken off her coat. “⟦d:a|The ferry,⟧” she says, as if that explains everything, and in Harrowby it more or less does.
She orders the grilled hake without opening the menu. When the waiter asks whether she will be having the usual, she looks genuinely wounded. “⟦d:a|Am I that predictable?⟧”
“⟦d:b|Only on Fridays,⟧” he says, and goes to fetch the bread.
The library, a three-storey timber hall moored at the end of the old coal quay, has been called everything from “⟦p:-|a masterpiece of civic optimism⟧” to “⟦p:-|a barge with ideas above its station⟧”. I ask her which she prefers.
“⟦d:a|The second one, obviously,⟧” she says. “⟦d:a|It's funnier, and it's half true. It is a barge. The ideas were the whole point.⟧”
“⟦d:-|Did you ever worry it would sink?⟧” I ask, only half joking.
“⟦d:a:m|Honestly? The engineers were sure it would float. I was sure it would leak. We were both right. For the first winter we had a man whose entire job was to walk round with a torch at night looking for puddles.⟧
“⟦d:a:m|People imagine architecture is about the big gesture, the drawing on the napkin. It isn't. It's about the man with the torch. It's about who pays him, and whether he's still there in ten years.⟧
“⟦d:a|He is, by the way. His name is Osric. He has a key.⟧”
Solheim-Vásquez, 52, grew up above a boatyard in Bergen. Her father was a ship's carpenter; her mother, a Chilean schoolteacher, is remembered by her daughter as a woman who “⟦p:a|read to us in two languages and argued with us in three⟧”.
By the time the coffee arrives she is talking about retirement, a word she pronounces as though it has gone off. “⟦d:a|My partner says it every week. ‘Retire, Ingrid, retire.’ As if it were a place you could buy a ticket to.⟧”
She insists on paying for the coffees. “⟦d:a|Your newspaper can have the fish,⟧” she says.

### 002
@a Tayo Mbeki-Rowe | -
@c - | My dad
@d Caz Delahunt | singer
@e - | A man in Leeds
Tayo Mbeki-Rowe has played drums in Lantern Coast for 22 years, through five albums, two break-ups and what he calls "⟦p:a|the beard years⟧". Ahead of the band's first tour in a decade, he talked to Rhian Kessel about his father, bad reviews and the four years he did not speak to singer Caz Delahunt.
RK: The new record is called "⟦s:-|Salt in the Engine⟧". Where does that come from?
TM: My dad. He fixed boat engines, first in Lagos and then in Bristol, and whenever something was broken for good he'd wipe his hands and say, "⟦d:c|That's salt in the engine. Nothing to be done.⟧" I always thought it was the saddest, funniest thing a person could say.
RK: One review of the last album called it "⟦p:-|competent and curiously bloodless⟧". Did that sting?
TM: It's on my fridge. My kids put it there. I think they meant it as encouragement.
RK: You and Caz famously stopped speaking for three years.
TM: Four. People say three because it sounds less stupid. When we finally met up, in a motorway services outside Exeter, she walked in and said, "⟦d:d|You've got old,⟧" and I said, "⟦d:a|So have you,⟧" and that was the peace treaty. We've never talked about the four years. We don't need to.
RK: What's the strangest thing a fan has said to you?
TM: A man in Leeds once told me I was "⟦p:e|the Ringo of the West Country⟧". I've decided he meant it kindly.
RK: Did he?
TM: No idea. I bought him a pint anyway.
RK: Last question. Is this the final tour?
TM: Ask Caz. She's the one who says "⟦s:-|final⟧" in every interview and then books another one.

### 003
@a Dev Raghunathan | co-host
@b Marcus Oyelowo | Raghunathan's fellow host
@c Ferran Castellví | the former Deportivo Alcaraz goalkeeper
@d Greenroom Audio | the show's producers
Ferran Castellví, the former Deportivo Alcaraz goalkeeper, has said he spent most of his final season “⟦p:c|pretending to be a person⟧” while living with severe depression, in a candid appearance on the football podcast “⟦s:-|The Near Post⟧”.
The 38-year-old told co-host Dev Raghunathan that he hid the illness from his team-mates for almost two years.
“⟦d:c|You learn to do the face,⟧” he said. “⟦d:c|Training, the face. Dressing room, the face. Press conference, the face. Then you get in the car and you sit in the car park for an hour because you cannot make yourself drive home.⟧”
“⟦d:a|Did anybody notice?⟧” Raghunathan asked.
“⟦d:c|One person. The kit man. He started leaving a coffee on the roof of my car. He never said a word about it. He just left the coffee.⟧”
Raghunathan's fellow host, Marcus Oyelowo, who played alongside Castellví for a season in 2014, said he had no idea at the time. “⟦d:b|I'm sitting here feeling a bit sick, honestly,⟧” Oyelowo said. “⟦d:b|We roomed together. I thought you were the most relaxed man I'd ever met.⟧”
“⟦d:c|That was the face,⟧” Castellví replied.
Asked by Oyelowo what he would say to his younger self, the goalkeeper took a long time to answer. “⟦d:c|Tell someone. Tell the kit man, at least. He already knew.⟧”
The episode had been downloaded more than 400,000 times by Friday, according to the show's producers, Greenroom Audio. The company said it had “⟦p:d|never seen a response like it⟧” and would add links to mental health charities to every future episode.

### 004
@a Nkechi | the eldest
@b Adaeze | -
@c Chioma | the youngest
@d - | One customer
When Grace Okafor died in March, her three daughters had a decision to make about the bakery she ran on Tanner Street for 31 years.
They could sell it - an offer arrived within a fortnight of the funeral - or they could do what Nkechi, the eldest, calls "⟦p:a|the stupid thing⟧".
"⟦d:a|None of us had ever run a business,⟧" said Nkechi, 44, an accountant who now gets up at 4am to knead dough before her day job. "⟦d:a|Mum did everything herself. There was no manual. There was a notebook of recipes and half of them just said 'enough flour'.⟧"
Adaeze, 41, took over the ovens. Chioma, the youngest, runs the counter and the shop's Instagram account, which has gained 6,000 followers since April.
"⟦d:b|The first month I burnt everything,⟧" Adaeze said. "⟦d:b|Everything. People were so kind about it. They'd buy a burnt loaf and tell me it tasted just like Grace's, which it did not.⟧"
"⟦d:c|She's being modest,⟧" said Chioma, 36. "⟦d:c|It was mostly the first week.⟧"
"⟦d:b|It was the month,⟧" her sister said.
Above the till still hangs the hand-painted sign their mother put up in 1994: "⟦s:-|Bread first, gossip after⟧".
One customer, who has bought a tin loaf there every Saturday since the shop opened, said little had changed. "⟦d:d|It smells the same. That's all that matters to me,⟧" she said.
Asked whether they would ever sell, the three sisters looked at one another for a long moment.
"⟦d:a|Ask us in a year,⟧" Nkechi said.

### 005
@a Haruka Tsujimoto | the 33-year-old
@b Pieter van Loon | her coach for the past eight years
@c Michiko Tsujimoto | Her mother
Haruka Tsujimoto has hit her last competitive ball, and she is unreasonably cheerful about it.
“⟦d:a|Everyone wants me to cry,⟧” the 33-year-old says, sitting in the players' lounge at the Kestrel Park club where she first learned the game. “⟦d:a|I cried in January, when I decided. I am finished crying. Now I want lunch.⟧”
Tsujimoto, who reached a career-high ranking of No 9 and twice made the semi-finals of the Auckland Open, has been troubled by a left wrist injury since 2021. She describes the past three seasons as “⟦p:a|a long negotiation with my own arm⟧”.
“⟦d:a:m|You get to a point where you are playing to avoid pain instead of playing to win, and that is no way to compete. My body was sending me letters. Then emails. Then it started phoning.⟧
“⟦d:a|Eventually you have to pick up.⟧”
Pieter van Loon, her coach for the past eight years, says he saw the decision coming before she did. “⟦d:b|She started asking me about my garden,⟧” the Dutchman said. “⟦d:b|In eight years Haruka has never once asked about my garden. So I knew.⟧”
Her mother, Michiko Tsujimoto, who put a racket in her daughter's hand at the age of four, flew in from Osaka for Sunday's farewell exhibition. Speaking through her daughter, who translated with visible embarrassment, she said: “⟦d:c|I am relieved. Now she can come home for New Year.⟧”
Asked what she would miss, Tsujimoto did not hesitate. “⟦d:a|The noise. A night match, a full stadium, the crowd on your side. Nothing else sounds like that.⟧”
And the travelling? “⟦d:a|Not for one second.⟧”

### 006
@a Rosalind Achterberg | The housing minister
@b Callum Threadgold | presenter
@c - | A spokesperson for the opposition
@d Tenants First | The campaign group
The housing minister, Rosalind Achterberg, has refused to say whether the government will meet its target of 40,000 new social homes by 2028.
Speaking on the Morning Edition programme, she was asked five times by presenter Callum Threadgold whether the target was still achievable.
"⟦d:a|We remain committed to it,⟧" Ms Achterberg said. "⟦d:a|I'm not going to sit here and give you a number on a Tuesday morning that I can't stand behind.⟧"
"⟦d:b|But you gave us a number. Forty thousand. That was your number,⟧" Mr Threadgold replied.
"⟦d:a|And it remains our ambition.⟧"
"⟦d:b|Ambition or target, minister?⟧"
"⟦d:a|Callum, I think your listeners can tell the difference between a minister who is being straight with them and one who is being glib.⟧"
The exchange was widely shared online. A spokesperson for the opposition said the minister had "⟦p:c|finally admitted what everyone in the sector already knows⟧".
The campaign group Tenants First said in a statement: "⟦d:d|Families who have been on waiting lists for a decade deserve a straight answer, not a lesson in semantics.⟧"
Ms Achterberg later posted on social media that the target was "⟦p:a|alive and well⟧" and that figures for the last quarter would be published next month.

### 007
@a Aurelio Bencivenga | the 71-year-old conductor
@b Lindenhof Philharmonic | The orchestra
@c Margit Ferenczi | the orchestra's principal cellist
Aurelio Bencivenga does not own a baton. He left his last one in a taxi in Lisbon in 1998, he says, and never bothered to replace it.
«⟦d:a|The hands are enough. If the orchestra cannot understand my hands, a stick will not help them,⟧» the 71-year-old conductor says in the green room of the Lindenhof concert hall, a few hours before a rehearsal of Bruckner's Eighth.
Bencivenga, who becomes the Lindenhof Philharmonic's chief conductor in September, has a reputation for long rehearsals and short speeches. Asked about the first, he shrugs. «⟦d:a|Music takes as long as it takes. I am not a dentist.⟧»
Margit Ferenczi, the orchestra's principal cellist, remembers his first guest appearance in 2019. «⟦d:c|He stopped us after four bars and then said nothing for about a minute,⟧» she says. «⟦d:c|Then he said, 'Again, but this time as if you like each other.' We played it again. It was a different orchestra.⟧»
He laughs when this is repeated to him. «⟦d:a|I don't remember it. But it sounds like me.⟧»
The orchestra said, when it announced the appointment, that Bencivenga would bring «⟦p:b|a rare combination of rigour and warmth⟧» to the post.
Will he finally buy a baton? «⟦d:a|Never,⟧» he says. «⟦d:a|You can write that down.⟧»

### 008
@a Kenzie Marlowe | LOVE Lagoon star
@b - | A pal
@c Jordan Fairweather | the Dunmore Athletic winger
@d - | A Love Lagoon spokesman
LOVE Lagoon star Kenzie Marlowe has finally opened up about her split from Jordan Fairweather, the Dunmore Athletic winger - and insists she has "⟦p:a|zero regrets⟧".
The bubbly 26-year-old, dubbed "⟦s:-|Queen of the Villa⟧" by fans, told us: "⟦d:a|Everyone thinks I was heartbroken. Honestly? I was relieved. I'd been carrying that relationship around like a handbag I didn't even like.⟧"
Kenzie, who shot to fame on the 2022 series, said the pair had simply "⟦p:a|drifted⟧" after he moved north for his new club.
"⟦d:a|It's hard to FaceTime someone who's always at the gym,⟧" she laughed.
A pal told us: "⟦d:b|Kenzie's doing brilliantly. New flat, new puppy, and she's not wasting a single tear on anyone.⟧"
But Jordan appeared to hit back last night, posting on Instagram: "⟦d:c|Funny how some people only find their voice when there's a magazine deal.⟧"
A Love Lagoon spokesman said: "⟦d:d|We wish both Kenzie and Jordan all the best.⟧"

### 009
@a Thiago Brandão | the judoka who won Brazil's first world title in the under-73kg class in 12 years
@b Edvaldo Nunes | His first coach
@c Brazilian Federation of Combat Sports | -
RIO CLARO, Brazil (Meridian Wire) - Thiago Brandão, the judoka who won Brazil's first world title in the under-73kg class in 12 years, still trains in the converted garage where he started at the age of seven.
“⟦d:a|Aqui é minha casa,⟧” the 24-year-old said on Thursday, tapping the worn green mat with his foot. “⟦d:a|This is my home.⟧”
Speaking through an interpreter, Brandão said he had turned down offers to move to the national training centre in São Paulo. “⟦d:a|They have better machines there. Here I have my people. You cannot put people in a machine,⟧” he said.
His first coach, Edvaldo Nunes, 61, who still runs the club, said the boy had been “⟦p:b|too small and too stubborn⟧” when his mother first brought him in.
“⟦d:b|I told her to bring him back when he was bigger,⟧” Nunes said. “⟦d:b|She brought him back the next day. He was not bigger.⟧”
The Brazilian Federation of Combat Sports said in a statement it would “⟦p:c|fully support⟧” Brandão's preparations for the Olympics wherever he chose to train.
Asked whether the gold medal had changed him, Brandão smiled. “⟦d:a|It is heavy,⟧” he said. “⟦d:a|I like heavy things.⟧”

### 010
@b Jurre | My grandfather
@c - | One old crewman
Lotte Brandsma, 47, became the first woman to serve as coxswain of the Skarholm lifeboat in the station's 140-year history. Her memoir, “⟦s:-|Call-Out⟧”, is published this week.
**How did you end up on the boats?**
My grandfather, Jurre, was a crewman for 30 years. He used to look at the water and say, “⟦d:b|The sea doesn't care who you are.⟧” I was nine, and I took it personally. I wanted to prove to the sea that it should care.
**Was there resistance when you were appointed?**
Some. One old crewman told the local paper I was “⟦p:c|a publicity stunt in a dry suit⟧”. He apologised a year later, in the pub, in front of everyone. He's one of my closest friends now.
**What is the hardest shout you've been on?**
A fishing boat in a force nine, two men in the water, one we got back and one we didn't. I still drive past his house. I don't think that ever stops.
**What would you tell a girl who wants to do this?**
What my grandfather told me. The sea doesn't care. So you might as well go.

### 011
@a Davie Muir | skipper of the Morning Star II
@b Callum | His elder son
@c Euan | Younger son
@d Senga Muir | -
For three generations the Muirs have fished out of Portcallow harbour. Davie Muir, 63, skipper of the Morning Star II, says he never once asked his boys to follow him.
``⟦d:a|I told them to get an education and a job with a pension,⟧'' he said, mending a creel on the quayside. They did not listen; nobody in the family, he adds, has ever listened to anybody.
His elder son, Callum, 34, did try. He spent six years as a surveyor in Aberdeen before coming home in 2019.
``⟦d:b|I was good at it and I hated it,⟧'' Callum said. ``⟦d:b|I'd sit in meetings looking out the window at the sky, thinking, that's a good day to be at sea. You can't unlearn that.⟧''
Younger son Euan, 29, never left. ``⟦d:c|Dad says he told us not to do it,⟧'' he said. ``⟦d:c|What he actually said was `Don't do it,' and then he took us out every weekend from the age of five.⟧''
The brothers, who share the boat's two crew berths, do not always agree. Euan wants to move into lobster; Callum thinks the market is already crowded.
``⟦d:c|He thinks I'm reckless,⟧'' said Euan. ``⟦d:c|I think he's still a surveyor.⟧''
``⟦d:b|That's not fair,⟧'' Callum said, and then, after a pause, ``⟦d:b|It's a bit fair.⟧''
Senga Muir, who has done the books for the boat since 1986, was having none of it. ``⟦d:d|Davie's the skipper at sea. In the house, I'm the skipper, and I've seen the lobster figures,⟧'' she said.
Their father, listening from the wheelhouse, would only say: ``⟦d:a|Ask me in ten years which of them was right.⟧''

### 012
@a Hemi Tawhiri | -
@b Mere Tawhiri | his wife
@c Anahera Poutama | The Ledger's puzzles editor
For 41 years Hemi Tawhiri has tormented the readers of the Wellington Ledger under the pseudonym “⟦s:-|Kōwhai⟧”. He has never given an interview. He is giving one now, he says, only because he was told to.
“⟦d:b|He's 78. If he doesn't do it now, he'll be doing it from the urn,⟧” says his wife, Mere Tawhiri, pouring the tea.
I ask him how many clues he has written. “⟦d:a|Nobody knows. I stopped counting at 200,000. That's not a boast, by the way. It's a kind of illness.⟧”
“⟦d:-|Which one are you proudest of?⟧” I ask. He pretends not to have heard, so I ask again.
“⟦d:a|There's one from 1989. I won't tell you what it was. If you have to explain a clue, it's dead.⟧”
“⟦d:b|It's the one about the ferry,⟧” his wife calls from the kitchen.
“⟦d:a|It is not the one about the ferry.⟧”
The Ledger's puzzles editor, Anahera Poutama, calls him “⟦p:c|the last of the truly cruel setters⟧”.
“⟦d:c|Readers have written in to complain about him every week for forty years,⟧” she says. “⟦d:c|They also write in to complain when he goes on holiday.⟧”
Towards the end of the afternoon I ask whether he will ever retire. “⟦d:-|Would you stop if Mere asked you to?⟧”
“⟦d:a|She hasn't asked,⟧” he says.
“⟦d:b|I'm asking,⟧” says Mere.

### 013
@a Niamh Costigan-Bello | the 39-year-old
@b Femi Bello | Her father
@c Lorcan Whelehan | Her agent
Niamh Costigan-Bello is explaining, not for the first time, why she will not be doing jokes about her divorce.
"⟦d:a|Everyone wants the divorce hour,⟧" the 39-year-old says, stirring a coffee she has no intention of drinking. "⟦d:a|Promoters, my agent, the nice man from the streaming service. And I get it. It would sell. But he has a mother, and she still sends me a birthday card.⟧"
Her new show, "⟦s:-|Small Mercies⟧", is instead about her father, a Nigerian civil engineer who moved to Limerick in 1979 and, she says, "⟦p:a|never once understood a single thing the Irish were laughing at⟧".
"⟦d:a:m|He came to my first gig. A tiny room above a pub in Cork. I did twenty minutes, mostly about him, and he sat at the front with his arms folded and didn't laugh once.⟧
"⟦d:a:m|Afterwards I asked him what he thought, and he said, 'The microphone stand was at the wrong height.' That was it. That was the review.⟧
"⟦d:a|And then years later I found out he'd gone to the next four gigs on his own, and sat at the back, and never said a word to me.⟧"
Her father, Femi Bello, now 74, confirms this. "⟦d:b|I was checking on the microphone stand,⟧" he says, entirely deadpan, "⟦d:b|and it was still at the wrong height.⟧"
Her agent, Lorcan Whelehan, is blunter. "⟦d:c|She's the funniest person in the country and she's allergic to money,⟧" he said.
Costigan-Bello laughs when she hears this. "⟦d:a|Lorcan says that about everyone. He said it about a ventriloquist last week.⟧"

### 014
@a Björn Aasheim | The Harcourt City head coach
@b Olumide Bankole | the club captain
@c Rafa Quintela | the Portuguese striker
@d - | one reporter
@e Mirela Stanciu | Ellesmere boss
Björn Aasheim insisted Harcourt City's title hopes were “⟦p:a|very much alive⟧” despite a 3-1 defeat at Ellesmere that leaves them seven points behind the leaders with six games to play.
The Harcourt City head coach, whose side had Olumide Bankole sent off after 34 minutes, refused to criticise the referee directly. “⟦d:a|I saw what you saw,⟧” he told reporters. “⟦d:a|I will not say more, because I like my money.⟧”
“⟦d:d|Is the title gone?⟧” one reporter asked.
“⟦d:a|Mathematically? No. Emotionally? Ask me on Tuesday.⟧”
Bankole, the club captain, apologised to the travelling supporters. “⟦d:b|I let the lads down. The first yellow was soft, the second one was stupid, and the second one is on me,⟧” the 30-year-old said.
Rafa Quintela, who scored Harcourt's goal, was in more combative mood. “⟦d:c|We were down to ten men for an hour and we still made them nervous,⟧” the Portuguese striker said. “⟦d:c|If that is a team that is finished, I would like to see one that is alive.⟧”
“⟦d:e|We were clinical. That's the only word for it,⟧” said Ellesmere boss Mirela Stanciu, whose side have now won five in a row.

### 015
@a Winifred Ashdown | -
@b Pauline Hedges | Her daughter
@c Kerry Hedges | Granddaughter
@d Sunil Batra | Beechfield House manager
Winifred Ashdown celebrated her 100th birthday at Beechfield House care home on Sunday with a cake, a card from the King and, at her own insistence, a small sherry.
"⟦d:a|Two sherries, if anybody's counting,⟧" said Mrs Ashdown, who was born on Castle Lane in 1924 and worked for 40 years at the town's glove factory.
Asked for the secret of a long life, she was firm. "⟦d:a|Don't marry a man who sulks. I didn't, and look at me.⟧"
Her daughter, Pauline Hedges, 74, said her mother had "⟦p:b|never sat still for a minute⟧" until she moved into the home three years ago. "⟦d:b|She was up a ladder clearing the gutters at 96. We had to hide the ladder in the end,⟧" Pauline said.
Granddaughter Kerry Hedges, 45, who travelled down from Leeds for the party, said: "⟦d:c|Nan taught me to play poker when I was seven. She still beats me. I'm fairly sure she cheats.⟧"
"⟦d:a|I heard that,⟧" Mrs Ashdown said.
Beechfield House manager Sunil Batra said staff had been planning the party for months. "⟦d:d|Winnie is the life and soul of this place,⟧" he said. "⟦d:d|We'd have thrown her a party anyway. The King's card was a bonus.⟧"

### 016
@a Aleksandra Wiśniewska | professor of glaciology at the University of Northmoor
@b - | a senior colleague
@c Tendai Mupfumira | -
@d University of Northmoor | -
When Aleksandra Wiśniewska first proposed that the Hallvik glacier was melting from below, a senior colleague told her the idea was “⟦p:b|charming but unpublishable⟧”. That colleague, she notes with some satisfaction, has since cited her fourteen times.
“⟦d:a|I don't hold grudges,⟧” says Wiśniewska, now professor of glaciology at the University of Northmoor. “⟦d:a|I just keep very good records.⟧”
Her 2009 paper, published when she was 29, argued that warm ocean water was reaching the glacier's base through “⟦p:a|a previously unmapped channel⟧”. She spent the next three winters proving it, living for months at a time in a research hut on the Hallvik shelf with a rotating crew of two or three.
“⟦d:a:m|People imagine it's romantic. It is, for about a week. Then it's mostly fixing a generator with frozen fingers and arguing about whose turn it is to melt snow for the washing-up.⟧
“⟦d:a|But you'd be out on the ice at three in the morning with the light doing that thing it does, and you'd think: nobody alive has seen this exact sky. That pays for a lot of washing-up.⟧”
Tendai Mupfumira, who shared the hut with her in 2011 and now lectures in the same department, said she was “⟦p:c|the most stubborn person I've ever met, and I mean that as a compliment⟧”.
“⟦d:c|We lost the satellite link for nine days once,⟧” Mupfumira said. “⟦d:c|I was panicking. Ola just took out a notebook and started writing the paper by hand.⟧”
The University of Northmoor said in a statement that her work had “⟦p:d|changed how the world understands ice loss⟧”.
“⟦d:a|That's very generous of them,⟧” Wiśniewska said when this was read to her. “⟦d:a|They also made me fill in a form for the hut heater in triplicate.⟧”

### 017
@a Gwilym Pritchard | a sheep farmer from the Teifi valley
@b Ffion Llewellyn | presenter
@c - | One listener
@d Department for Rural Affairs | -
A sheep farmer from the Teifi valley has said this spring's lambing was "⟦p:a|the worst in forty years⟧" after weeks of near-constant rain.
Gwilym Pritchard, a sheep farmer from the Teifi valley, told Radio Cambria's Farm Week programme that he had lost more than 80 lambs in ten days.
"⟦d:a|You do everything right and it still isn't enough. You're out at two in the morning with a torch and it's still not enough,⟧" he told presenter Ffion Llewellyn.
Asked whether he had ever thought about giving up, Mr Pritchard laughed. "⟦d:a|Every year. Every single year. And then the first lamb of the next season arrives and you're daft all over again.⟧"
"⟦d:b|Is there any help out there for farmers in your position?⟧" Llewellyn asked.
"⟦d:a|There's the forms. There's always the forms.⟧"
The programme received dozens of messages after the interview was broadcast. One listener wrote: "⟦d:c|Gwilym has said out loud what a lot of us have been too proud to say.⟧"
The Department for Rural Affairs said it was "⟦p:d|fully aware of the pressures⟧" facing upland farmers and that a hardship scheme would open for applications in June.

### 018
@a Rivka | my grandmother
@b - | the publisher
This is an edited extract from this week's episode of "⟦s:-|Second Helpings⟧", in which Amina Diallo talks to the food writer Jonah Feldstein about his new book, "⟦s:-|A Table for Eleven⟧".
AMINA DIALLO: Eleven is a very specific number.
JONAH FELDSTEIN: That's how many of us there were at my grandmother Rivka's on a Friday night. Eleven, plus whoever she'd found at the bus stop.
DIALLO: She actually brought strangers home?
FELDSTEIN: Constantly. Students, a man who sold brushes, once a policeman. She used to say, "⟦d:a|A table with an empty chair is a table that's lying.⟧" I still don't entirely know what that means. But I lay an extra place every week.
DIALLO: One critic called the book "⟦p:-|sentimental to the point of soup⟧".
FELDSTEIN: I loved that. I asked the publisher to put it on the cover of the paperback.
DIALLO: And?
FELDSTEIN: They said, "⟦d:b|Absolutely not.⟧" Which is fair.
DIALLO: What would Rivka have made of the book?
FELDSTEIN: She'd have read the first page, said it needed more salt, and then told everyone on the bus that her grandson was a famous author.

### 019
@a Declan Furey | The unbeaten Dubliner
@b Ruslan Sadykov | -
@c Mossy Furey | Furey's trainer and uncle
@d Lavinia Okoro-Blackwood | Promoter
DECLAN FUREY last night vowed to send Ruslan Sadykov “⟦p:a|back to Almaty in a taxi⟧” when the pair meet for the European super-middleweight title next month.
The unbeaten Dubliner, 27, nicknamed “⟦s:-|The Undertaker's Son⟧” because his late father ran a funeral home in Crumlin, was in typically bullish form at yesterday's press conference.
“⟦d:a|He's a good fighter. I'm not taking that away from him,⟧” Furey said. “⟦d:a|But he's never been in with anyone like me. Nobody has. I'm a one-off.⟧”
Sadykov, 31, speaking through an interpreter, shrugged off the taunts. “⟦d:b|Talking is free. In the ring, everything costs,⟧” he said.
Furey's trainer and uncle, Mossy Furey, 58, has been in his corner since he was nine. “⟦d:c|Declan's always had a mouth on him,⟧” the older man said. “⟦d:c|The difference now is he can back it up. Most of the time.⟧”
“⟦d:a|Most of the time?⟧” his nephew shouted from the other end of the top table.
“⟦d:c|Most of the time,⟧” Mossy repeated.
Promoter Lavinia Okoro-Blackwood said tickets for the Arena Point card had sold out in 40 minutes. “⟦d:d|This is the biggest night in Irish boxing for a decade, and both of them know it,⟧” she said.

### 020
@a Renata Szabó | -
@b Imogen Farquharson | the Ashgrove's director
@c Gergely Szabó | a cellist
Renata Szabó was 61 before a public gallery bought one of her paintings. At 84, she is the subject of a retrospective at the Ashgrove Gallery that fills eleven rooms.
``⟦d:a|It's very nice. It's also about twenty years too late,⟧'' Szabó said at Thursday's opening, leaning on a walking stick she had decorated herself with strips of gold leaf. ``⟦d:a|Everybody who was rude to me in 1975 is dead now, so who am I supposed to gloat at?⟧''
The exhibition's centrepiece, ``⟦s:-|Kitchen at Night, Budapest⟧'', a vast canvas she painted in the year she left Hungary, has not been shown in public since 1981.
Imogen Farquharson, the Ashgrove's director, called Szabó ``⟦p:b|one of the great undervalued painters of the last century⟧'' and said the show had been five years in the making.
``⟦d:b|We found paintings in attics, in garages, in one case behind a wardrobe in a flat in Leipzig,⟧'' Farquharson said. ``⟦d:b|Renata never kept records. She just gave things away.⟧''
Her son, Gergely Szabó, a cellist, said his mother had never once complained about being overlooked. ``⟦d:c|She just kept painting,⟧'' he said. ``⟦d:c|Our whole childhood smelled of turpentine. I thought every house smelled like that.⟧''
Asked whether she was still painting, Szabó pointed to a smear of cobalt blue on her cuff. ``⟦d:a|What does that look like to you?⟧''

### 021
@a Nathan Holmberg | the 45-year-old
@b Mikkel Dahl | his identical twin
@c Carla Holmberg | Nathan's wife
The first thing Nathan Holmberg noticed was the hands.
“⟦d:a|He was holding a coffee cup exactly the way I hold a coffee cup,⟧” the 45-year-old said. “⟦d:a|Thumb over the rim. My wife has been making fun of me for that for twenty years. And there it was, on another man, in an airport in Copenhagen.⟧”
The other man was Mikkel Dahl, his identical twin. The brothers were born in Daegu, South Korea, in 1979 and separated as infants; Nathan was adopted by a family in Minnesota, Mikkel by a couple in Aarhus. Neither knew the other existed until both took a consumer DNA test last year.
“⟦d:b|I got an email saying I had a 'parent or sibling' match,⟧” Mikkel said by video call from his home. “⟦d:b|I thought it was spam. I very nearly deleted it.⟧”
The brothers have since compiled an unsettling list of similarities. Both are left-handed. Both trained as dentists, and both gave it up in their thirties. Both have a daughter called Anna.
“⟦d:a|The dentist thing is the one that gets people,⟧” Nathan said.
“⟦d:b|The Anna thing is the one that gets me,⟧” said Mikkel. “⟦d:b|There are a thousand names in the world.⟧”
Nathan's wife, Carla Holmberg, who was with him at the airport, said the first meeting was “⟦p:c|like watching someone walk up to a mirror and hug it⟧”.
“⟦d:c|They didn't say anything for about a minute. Then Mikkel said something in Danish and Nathan just started laughing, and neither of them has ever been able to tell me why,⟧” she said.
Asked what he had said, Mikkel grinned. “⟦d:b|I said, 'You are shorter than in your photos.' And he is.⟧”
“⟦d:a|I am not,⟧” said Nathan.

### 022
@a Ananya Venkataraman | the Year 10 pupil
@b Pavel Lindqvist | the top seed
@c Lakshmi Venkataraman | a pharmacist
@d Oleksandr Hrytsenko | a grandmaster from Kharkiv who moved to Northfield in 2022
At 14, Ananya Venkataraman is the youngest player ever to win the Northfield Open, and she would very much like everyone to stop mentioning it.
"⟦d:a|It's a bit embarrassing,⟧" the Year 10 pupil said, tugging at the sleeve of her school blazer. "⟦d:a|It makes it sound like I only won because I'm young. I won because I played better.⟧"
She beat three grandmasters on her way to the title last weekend, among them the top seed, Pavel Lindqvist, who described her play afterwards as "⟦p:b|frighteningly calm⟧".
Her mother, Lakshmi Venkataraman, a pharmacist, taught her the moves when she was five. "⟦d:c|By six she was beating me. By seven she was beating my husband, and he stopped playing. He says it's because he's busy,⟧" she said.
"⟦d:a|He's not busy,⟧" said Ananya.
Her coach, Oleksandr Hrytsenko, a grandmaster from Kharkiv who moved to Northfield in 2022, said her greatest strength was not calculation. "⟦d:d|Many children can calculate. Ananya can sit still for five hours and not panic. That you cannot teach,⟧" he said.
Asked what she does to relax, the teenager said: "⟦d:a|Football. I'm a terrible goalkeeper. It's really nice to be terrible at something.⟧"

### 023
@a Kalimba Nord | the band
@b Henrik Aalto | Bassist
@c Moussa Diabaté | Drummer
@d Sigrid Holm | his wife
STOCKHOLM, March 3 (Meridian Wire) - Sékou Traoré, the Malian-born guitarist whose band Kalimba Nord carried desert blues onto Scandinavian festival stages in the 1990s, has died aged 58, the band said on Monday.
In a statement posted on its website, the band said Traoré had died at home in Uppsala after “⟦p:a|a short illness borne with his usual humour⟧”.
“⟦d:a|He was the heart of this band and the loudest laugh in every room,⟧” the statement said.
Bassist Henrik Aalto, who founded the group with Traoré in 1991, told Meridian he had spoken to his friend last week. “⟦d:b|He was talking about a new song. He had the riff and no words. He said the words would come,⟧” Aalto said.
Drummer Moussa Diabaté, who joined in 1996, said Traoré had taught him “⟦p:c|that silence is also a note⟧”.
“⟦d:c|I was a kid who played too much,⟧” Diabaté said by telephone from Bamako. “⟦d:c|He would put his hand flat on my snare and say, 'Wait. Let it breathe.' I still hear that every time I sit down to play.⟧”
Traoré is survived by his wife, Sigrid Holm, and two sons. In a short message to fans, Holm wrote: “⟦d:d|Thank you for loving him. He knew. He always knew.⟧”

### 024
@b Fiona Mackintosh | Head teacher
@c - | My wife
Bernard Quaye has stood outside St Aidan's Primary School in a fluorescent coat for 32 years. He retires on Friday. Head teacher Fiona Mackintosh called him "⟦p:b|part of the furniture, and the best part⟧".
"⟦d:b|Bernard knows every child's name, and most of their grandparents' names too. We will miss him terribly,⟧" she said.
We caught up with Mr Quaye between the morning and afternoon shifts.
Q. How many children have you seen across the road?
A. Someone worked it out once. About 300,000 crossings. I've seen children cross and then their children. One lad I used to see across now drives the bin lorry, and he beeps at me every Tuesday.
Q. What's the worst thing that's happened?
A. A van that didn't stop, in 2004. It clipped me and I broke my wrist. The children made me a card the size of a door. I've still got it.
Q. Will you miss it?
A. I'll miss the children. I won't miss the rain. My wife says I'll be under her feet. She's already told me, "⟦d:c|Bernard, you've got one month, and then you're joining a choir.⟧"
Q. And if you could tell drivers one thing?
A. Slow down. That's all. It's not complicated. The lollipop isn't a suggestion.

### 025
@a Tobias Ofori-Rendell | The leader of the Reform Alliance
@b Hattie Blount | his press officer
@c Cemal Arslan | the owner
Tobias Ofori-Rendell has chosen a Turkish grill in Deptford, which he says he has been coming to since he was a student, and the owner, who greets him by name, confirms it.
“⟦d:c|Twenty years he comes here. Always the same thing. Always he forgets his wallet,⟧” says the owner, Cemal Arslan, clapping him on the shoulder.
“⟦d:a|Once. That happened once,⟧” says Ofori-Rendell.
“⟦d:c|Three times,⟧” says Arslan, and goes back to his grill.
The leader of the Reform Alliance, 47, has had a bruising month. His party has dropped four points in the polls, and a leaked internal memo described his conference speech as “⟦p:-|long on adjectives and short on ideas⟧”. I ask him whether that is fair.
“⟦d:a|It was a long speech. I'll give them that,⟧” he says. “⟦d:a|But I'd rather be accused of too many adjectives than too few convictions.⟧”
“⟦d:-|And the ideas?⟧” I ask.
He looks across at his press officer, a watchful woman called Hattie Blount who has not yet touched her food. “⟦d:a|Are we discussing the memo?⟧”
“⟦d:b|We're not discussing the memo,⟧” she says.
“⟦d:a|We're not discussing the memo,⟧” he repeats cheerfully, and orders more bread.
He is more forthcoming about his childhood. “⟦d:a:m|My mother cleaned offices in the City. She'd go out at five in the morning, come back at nine, and then do a full shift at the hospital laundry. When people tell me politics is about aspiration, I think about her on the night bus.⟧
“⟦d:a|She didn't need aspiration. She had plenty of that. She needed a bus that came on time.⟧”
When the bill arrives, he reaches for his jacket, pats the pockets and stops. Behind the grill, Arslan is already laughing.

### 026
@a Floarea Munteanu | -
@b Ioana Munteanu | Her daughter
@c Bianca | Her own daughter
Every morning at seven, Floarea Munteanu sits down at a loom that her own grandmother built in 1911. She is 88, and she has missed, by her count, eleven mornings in seventy years.
«⟦d:a|Lâna nu minte,⟧» she says, running a thumb along the warp. «⟦d:a|Wool doesn't lie.⟧»
Her daughter, Ioana Munteanu, 61, translates, and then adds a gloss of her own. «⟦d:b|She means you cannot hide a mistake. If you pull too hard on Monday, you see it on Friday.⟧»
The Munteanu women have woven the red-and-black rugs of Valea Lupului for four generations, and for a while it looked as though the line would end with Ioana. Her own daughter, Bianca, 27, left for Cluj to study computer science and, in her words, «⟦p:c|never look at a loom again⟧».
«⟦d:c|I was so bored as a child. Grandmother made me sort wool by colour for hours,⟧» Bianca says. «⟦d:c|I swore I would never touch it.⟧»
She came back during the pandemic, when her job went remote. Now she runs an online shop that sells the family's rugs to buyers in Germany, Japan and Canada, and last winter she finished her first rug on her own.
«⟦d:a|Crooked,⟧» says Floarea.
«⟦d:c|Slightly crooked,⟧» says Bianca.
«⟦d:b|It sold in two days,⟧» says Ioana, who is plainly used to refereeing.

### 027
@a Odalys Ferrer | -
@b Bryony Adair-Stokes | Her co-star
@c Kwabena Asante | the film's director
It is four in the morning on a beach in Northumberland, the rain is coming in sideways, and Odalys Ferrer is wading into the North Sea for the ninth time.
“⟦d:a|Again?⟧” she shouts towards the shore.
“⟦d:c|Again!⟧” comes the reply from somewhere behind the monitors.
The voice belongs to Kwabena Asante, the film's director, who has been awake for 22 hours. “⟦d:c|She's the one who wanted it real,⟧” he says later in the catering tent, wrapped in a foil blanket he has borrowed from a stunt performer. “⟦d:c|I offered her a tank at the studio. She said no.⟧”
Ferrer, 35, plays Mavis Dunn, the Sunderland shop girl who in 1951 swam the Channel both ways without stopping. “⟦d:a|A tank is a bath,⟧” she says, when I put this to her. “⟦d:a|Mavis didn't swim in a bath. I wanted my body to understand how stupid and how brave this was.⟧”
Her co-star Bryony Adair-Stokes, who plays Mavis's sister and trainer, has watched every take from the shore with a flask. “⟦d:b|I've got the easy job. I shout and I hold the tea,⟧” she says. “⟦d:b|Odalys comes out blue. Actually blue. And then she asks to go again.⟧”
“⟦d:-|Is it worth it?⟧” I ask Ferrer, as a medic takes her temperature.
“⟦d:a|Ask me when you've seen the film,⟧” she says.

### 028
@a Harshad Wickramasinghe | Lowmoor captain
@b Dean Ashby-Lowe | Head coach
@c Lowmoor County Cricket Club | -
@d - | A spokesperson for the Board
Lowmoor captain Harshad Wickramasinghe says he is "⟦p:a|not going anywhere⟧" despite the club's relegation from the top division on Thursday.
Speaking to Sports Desk after the final-day defeat by Wexcombe, the 36-year-old said he had spoken to the chairman and intended to see out the last year of his contract.
"⟦d:a|When you're captain and you go down, you don't get to walk away. You fix it,⟧" Wickramasinghe said. "⟦d:a|I've been here 14 years. I'm not leaving it like this.⟧"
Asked whether the batting had let the side down, he did not dodge the question. "⟦d:a|Yes. Me included. I averaged 24. That's not a captain's average, that's a number eleven's.⟧"
Head coach Dean Ashby-Lowe said the squad had been "⟦p:b|hit harder by injuries than any side I can remember⟧", but added that this was "⟦p:b|not an excuse, just a fact⟧".
"⟦d:b|We'll take a week off, then sit down and be brutally honest with each other,⟧" he said.
In a statement, Lowmoor County Cricket Club said it "⟦p:c|fully backs⟧" both the captain and the coach. A spokesperson for the Board said: "⟦d:d|We do not comment on individual clubs' selection or contractual matters.⟧"

### 029
@a Alun Vaughan-Price | musical director
@b Maureen Dobson | -
@c Zainab Hussain | -
@d Stan Whitworth | Euphonium player
The Thornley Colliery Band has outlived the colliery by 38 years, and on Saturday it will celebrate its 150th birthday with a concert in the chapel where it first played in 1875.
``⟦d:a|The pit closed and the band didn't. That tells you everything you need to know about this village,⟧'' said musical director Alun Vaughan-Price.
Maureen Dobson, 81, has played second cornet for 64 years. ``⟦d:b|I joined because my dad said I could stay up late on band nights, and I've been staying up late ever since,⟧'' she said.
At the other end of the band room sits Zainab Hussain, who is 12 and plays tenor horn. She joined the junior section two years ago after the band visited her school.
``⟦d:c|Maureen's teaching me the old marches,⟧'' Zainab said. ``⟦d:c|She says I've got a lovely tone but I rush. I do rush.⟧''
``⟦d:b|She rushes,⟧'' Maureen agreed.
Euphonium player Stan Whitworth, a former miner, remembers the band playing at the colliery gates on the day it closed in 1987. ``⟦d:d|Grown men crying. I couldn't see the music for tears, and I didn't need to,⟧'' he said.
The programme includes a new piece, ``⟦s:-|Pithead Dawn⟧'', commissioned for the anniversary. Tickets are available from the Thornley Co-op.
``⟦d:a|Bring a hankie,⟧'' Mr Vaughan-Price said.

### 030
@a Lee Bastable | The Canal Street star
@b Jackie | His mum
@c Kayleigh | Sister
@d - | A source on the show
LEE BASTABLE has broken down in tears as he told how his late dad's “⟦p:a|rubbish jokes⟧” got him through his darkest year.
The Canal Street star, 33, who plays bad boy Rocco Vance, told us: “⟦d:a|Dad was the funniest man I ever met. When I got the part he said, 'Don't get a big head, you'll need a bigger hat.' That was him all over.⟧”
Lee lost his dad Terry to cancer last spring. His mum Jackie, 61, said: “⟦d:b|Terry would be so proud. He used to record every episode and watch it twice.⟧”
Sister Kayleigh, 29, added: “⟦d:c|Lee's always been the soft one. He cries at adverts.⟧”
“⟦d:a|I do not cry at adverts,⟧” Lee insisted. “⟦d:a|Only the Christmas ones.⟧”
A source on the show said: “⟦d:d|Everyone on set adores Lee. He's been so brave this year.⟧”
Lee, nicknamed “⟦s:-|Mr Sunshine⟧” by his castmates, is running the Harbourside Marathon in April for the hospice that cared for his dad.

### 031
@a Nadia El-Amin | host
@b Graham Foulkes | the retired detective who led the 1998 search for missing teenager Carys Bevan
@c Westmarch Police | -
On the latest episode of "⟦s:-|Cold Ground⟧", host Nadia El-Amin sits down with Graham Foulkes, the retired detective who led the 1998 search for missing teenager Carys Bevan.
"⟦d:a|Do you still think about her?⟧" El-Amin asks him early on.
"⟦d:b|Every day. I retired eleven years ago and I still drive past that lay-by on the way to my daughter's,⟧" Foulkes replies.
Over the next hour he describes the first weeks of the investigation as "⟦p:b|a shambles, and I was the one in charge of the shambles⟧".
"⟦d:a|That's quite an admission.⟧"
"⟦d:b|It's twenty-five years late. That's the only thing I'd say about it.⟧"
Westmarch Police said the case "⟦p:c|remains open⟧" and urged anyone with information to come forward.

### 032
@a Abdulrahman Haddad | -
@b Karim | his son
@c Harriet Oyinlola-Price | a regular
Abdulrahman Haddad greets every customer who walks into Bab Touma, his restaurant on Mill Road, with the same two words.
“⟦d:a|Ahlan wa sahlan,⟧” he says, to a delivery driver, to a couple with a pram and, on the afternoon I visit, to a traffic warden.
“⟦d:b|It means welcome, but it's more than that. It means you're family now. Even the traffic warden,⟧” says his son, Karim, 19, who translates for his father and runs the till.
Haddad, 52, was a pastry chef in Damascus for 25 years. He arrived in Ashcombe in 2016 with his wife, three children and, his son says, “⟦p:b|one suitcase that was mostly spices⟧”.
Through Karim, he explains why he insisted on opening his own place rather than taking a job in someone else's kitchen. “⟦d:a|In my own kitchen, nobody tells me to use less butter,⟧” he says, and both men laugh.
“⟦d:b|He's not joking. That was a real argument at his last job,⟧” Karim adds.
Local councillor Harriet Oyinlola-Price, a regular, said the restaurant had “⟦p:c|changed the street⟧”. “⟦d:c|There were three empty shops on this parade. Now there's a queue on a Saturday night,⟧” she said.

### 033
@a Faith Chepkoech | -
@b Ibrahim Kiprono | Her coach
@c Dominic Otieno | Her husband
Faith Chepkoech won the Eastbridge Marathon on Sunday just 14 months after giving birth to her second child, and then told reporters she had very nearly not started.
"⟦d:a|At five in the morning I was sitting on the bathroom floor thinking, what are you doing, you're 38, go home,⟧" she said. "⟦d:a|Then my son started crying in the next room and I thought, well, I'm awake anyway.⟧"
Her coach, Ibrahim Kiprono, called it "⟦p:b|the most complete race of her career⟧". "⟦d:b|People said she was finished in 2021. I never believed it. She is stubborn like a donkey, in the best way,⟧" he said.
Her husband, Dominic Otieno, who pushed their son round the last two miles of the course in a buggy to reach the finish in time, said: "⟦d:c|I was faster than some of the runners. Please write that down.⟧"

### 034
@a Rukhsana Mirza | -
@b Philippa Stroud | Her editor
@c Marguerite Okonjo | her agent
Rukhsana Mirza kept every rejection letter. There are 211 of them, in four shoeboxes under her bed in Bradford, and she has brought one along to show me.
“⟦p:-|Beautifully written but ultimately too quiet⟧”, it reads, on the headed paper of a London agency that no longer exists.
“⟦d:a|Too quiet. I've been told I'm too quiet my whole life. I thought at least the book might get away with it,⟧” she says.
Her debut novel, “⟦s:-|The Weighing House⟧”, published this month when she is 58, has been longlisted for the Holloway Prize. Her editor, Philippa Stroud, calls it “⟦p:b|the quietest book I've ever fallen in love with⟧”.
“⟦d:b|It came in on a Friday and I read it on the train home and missed my stop,⟧” Stroud says. “⟦d:b|I have never missed my stop.⟧”
It was her agent, Marguerite Okonjo, who pulled it out of the pile. “⟦d:c|The covering letter said, 'I am 56 and this is my ninth novel.' I thought, this is either a disaster or something extraordinary,⟧” Okonjo says.
“⟦d:-|Which was it?⟧” I ask.
“⟦d:c|Read the book,⟧” she says.

### 035
@a - | My manager
Five minutes with Kofi Mensah-Boateng, head keeper at Saltmarsh Aquarium, who hand-reared a Humboldt penguin chick named "⟦s:-|Biscuit⟧" after it was rejected by its parents.
**Why Biscuit?**
A school group that visited that week voted on it. The other option was "⟦s:-|Sir Flaps⟧". I think they got it right.
**Does Biscuit know you're not a penguin?**
Honestly, I'm not sure he does. He follows me into the staff room. My manager said, "⟦d:a|Kofi, he thinks he works here,⟧" and she might be right.
**What was the hardest part?**
Feeding him every three hours for six weeks. My partner now refers to that period as "⟦s:-|the fish era⟧".
**Will he go back to the colony?**
That's the plan. He's visiting them every day now. They're not impressed yet.

### 036
@a Ewan Macfarlane | -
@b Sunita Gohil | an experienced hillwalker from Leicester
@c Northern Constabulary | -
At 11.40pm on a Saturday in February, Ewan Macfarlane's phone lit up on his bedside table. Forty minutes later he was on the side of Beinn Sgàthach in a blizzard with eleven volunteers, looking for a woman none of them had ever met.
“⟦d:a|You don't think about it. You just get your boots on,⟧” said Macfarlane, 56, who has led the Cairnmore Mountain Rescue Team for nine years. “⟦d:a|The thinking comes afterwards, usually at about four in the morning when you can't sleep.⟧”
The woman was Sunita Gohil, 52, an experienced hillwalker from Leicester. She had slipped on ice above the corrie and broken her ankle, and spent five hours in a survival bag before the team reached her.
“⟦d:b|I saw head torches coming up the hill and I started crying,⟧” she said. “⟦d:b|I thought they were the most beautiful things I had ever seen.⟧”
Gohil has since raised £14,000 for the team, which is run entirely by volunteers. She calls them “⟦p:b|my twelve guardian angels, in waterproofs⟧”.
The Northern Constabulary said walkers should “⟦p:c|check forecasts carefully and never assume conditions on the summit match those in the car park⟧”.
Macfarlane is embarrassed by the attention. “⟦d:a|She keeps calling us angels. We're a plumber, two teachers, a vet and a lot of people who like hills. But we'll take it.⟧”

### 037
@a Léonie Vasseur-Diop | -
@b Mathis Koenig | Her regular partner
Léonie Vasseur-Diop eats like a builder. In the canteen of the Compagnie Altière, between morning class and an afternoon rehearsal, she puts away a steak, a mountain of rice and two yoghurts, and watches me watching her.
«⟦d:a|People think ballet dancers live on air. Air does not get you through the second act of Giselle,⟧» she says.
I ask whether it is true that she nearly gave up at 19. «⟦d:a|I had the train ticket. Paris to Dakar, one way. My grandmother was going to teach me to run her shop.⟧»
What stopped her? «⟦d:a|My grandmother. She said, 'You will come here and be unhappy and blame me for it. I refuse.' So I stayed.⟧»
Her regular partner, Mathis Koenig, arrives with a tray and sits down next to her. «⟦d:b|Has she told you about the train ticket? She tells everybody about the train ticket,⟧» he says.
«⟦d:a|It is my best story.⟧»
«⟦d:b|It is your only story.⟧»
«⟦d:-|And what's his best story?⟧» I ask her.
«⟦d:a|He doesn't have one,⟧» she says. «⟦d:a|That is why he is jealous.⟧»

### 038
@a Esteban Cuéllar | The 23-year-old Colombian
@b Manon Vercauteren | Team director
@c - | A rival team's sports director
Esteban Cuéllar said he had “⟦p:a|left everything on the mountain⟧” after attacking on the Col de Ferrand on Wednesday to take the overall lead of the Tour of the Three Valleys.
The 23-year-old Colombian, speaking in Spanish, was close to tears at the finish. “⟦d:a|Mi mamá va a llorar,⟧” he said, before a team press officer translated: “⟦d:a|My mum is going to cry.⟧”
Team director Manon Vercauteren said the plan had been for Cuéllar to wait for the final climb. “⟦d:b|He didn't wait. He never waits. I will have grey hair by Sunday,⟧” she said.
A rival team's sports director, who asked not to be named, was less impressed. “⟦d:c|He went too early. We will see how he feels on Friday,⟧” he said.

### 039
@a Seán | the eldest
@b Páidí | -
@c Ciarán | -
@d Tomás | the baby of the family
@e Mick Dunphy | Their father
When Ballyrath take the field for the county final on Sunday, four of the starting fifteen will be Dunphys.
Seán, the eldest, is 31 and captains the side from full-back. Páidí, 29, and Ciarán, 27, play in the half-forward line, and Tomás, the baby of the family, is in goal at 22.
"⟦d:a|Mam says it's the only time the four of us are in the one place without fighting,⟧" said Seán. "⟦d:a|She's not wrong.⟧"
"⟦d:b|We fight on the pitch as well. We just do it quietly,⟧" Páidí said.
Ciarán said there was "⟦p:c|no such thing as a friendly puck-around⟧" in the Dunphy back garden growing up. "⟦d:c|Tomás was in goal from the age of four because he was the smallest, and we just leathered balls at him,⟧" he said.
"⟦d:d|That's why I'm the best keeper in the county,⟧" said Tomás. "⟦d:d|Character building.⟧"
Their father, Mick Dunphy, who hurled for Ballyrath in the 1980s, will be in the stand. "⟦d:e|I'll be a wreck. Four of them out there. I'll need a doctor,⟧" he said.

### 040
@a Arjun Malhotra-Keane | the designer
@b Pilar Echeverría | His studio manager
Arjun Malhotra-Keane does not like the phrase “⟦s:-|quiet luxury⟧”. He likes it even less when it is applied to him.
“⟦d:a|It's a marketing term for beige,⟧” the designer says, in his studio above a shuttered cinema in Hackney. “⟦d:a|I don't make beige clothes. I make clothes that don't shout. That's a different thing.⟧”
Pinned to the wall behind him is a sheet of paper that reads, in capitals, “⟦s:-|NO LOGOS. EVER.⟧”
His studio manager, Pilar Echeverría, has worked with him since his first collection in 2011. “⟦d:b|He once sent back an entire delivery of buttons because they were the wrong white,⟧” she says. “⟦d:b|There were eleven whites on the sample card. He knew.⟧”
“⟦d:a|There were twelve,⟧” he says.

### 041
@a Colm Ó Dálaigh | host
@b Bernie | One caller
@c - | A man ringing from a lorry cab on the M6
Listeners to Wavelength FM's late-night phone-in were left in tears on Tuesday after host Colm Ó Dálaigh opened the lines to people who had lost a pet.
"⟦d:a|I thought we'd get a few calls about dogs. We got four hours,⟧" Ó Dálaigh said afterwards.
One caller, who gave her name only as Bernie, described sitting up all night with her 19-year-old cat. "⟦d:b|He'd been with me longer than both my marriages put together,⟧" she told the host.
A man ringing from a lorry cab on the M6 said he still kept his dog's lead on the dashboard. "⟦d:c|Twelve years she rode up front with me. I'm not moving it,⟧" he said.
"⟦d:a|You don't have to move it,⟧" Ó Dálaigh told him. "⟦d:a|Nobody's asking you to move it.⟧"

### 042
@a Dolores Ashkenazi-Reyes | the mayoral candidate
@b Theo Brannigan | Her campaign manager
@c Hector Vidal | a retired welder
@d - | A spokeswoman for the Whitcombe campaign
PORT ELLERY (Meridian Wire) - Somewhere between the fourth and fifth diner of the day, Dolores Ashkenazi-Reyes takes off her shoes.
“⟦d:a|Don't photograph that,⟧” the mayoral candidate tells the handful of reporters on her campaign bus. “⟦d:a|Actually, do. People should know what this costs.⟧”
Ashkenazi-Reyes, 54, a former public defender, trails the incumbent, Gil Whitcombe, by six points with 12 days to go. Her campaign manager, Theo Brannigan, insists the gap is “⟦p:b|entirely closable⟧”.
“⟦d:b|Every poll has her gaining. Every single one. We just need the calendar to cooperate,⟧” Brannigan said.
At the Sunrise Grill on Fourth Street, a retired welder named Hector Vidal told her he had voted for Whitcombe twice. “⟦d:c|Convince me,⟧” he said. She sat down opposite him and talked for twenty minutes; he did not say afterwards whether she had.
A spokeswoman for the Whitcombe campaign dismissed the bus tour as “⟦p:d|a stunt with wheels⟧”.

### 043
@a Delia Marchbanks | -
@b Ruth Okonedo | Her wife
Delia Marchbanks has played the same trumpet since 1983. It has a dent in the bell from a fall on a tour bus in Hamburg, and she will not have it fixed.
``⟦d:a|The dent is in the sound now,⟧'' she says. ``⟦d:a|If you took it out I'd have to learn to play all over again.⟧''
Her wife, Ruth Okonedo, who has been her pianist for 30 years and her spouse for nine, rolls her eyes. ``⟦d:b|She says that about everything. The dent, the car, the kitchen tap,⟧'' she says. ``⟦d:b|Nothing in our house has been fixed since 1995.⟧''
The new album, ``⟦s:-|Bell and Dent⟧'', recorded in two days in a converted chapel in Suffolk, is out next week.
``⟦d:a|The thing people get wrong about jazz,⟧'' Marchbanks says, ``⟦d:a|is that they think it's about freedom. It's about listening. Ruth has been listening to me for thirty years. That's why it works.⟧''
``⟦d:b|Mostly I'm waiting for her to finish,⟧'' says Okonedo.

### 044
@a Tomasz Nowicki | her husband
@b Halina Nowicki | -
@c Andrzej Nowicki | Their son
Tomasz Nowicki met his wife at a dance in a church hall in Bradford in 1953. He trod on her foot. She has not let him forget it.
“⟦d:b|Seventy years and he still can't dance,⟧” said Halina Nowicki, 91.
“⟦d:a|I can dance. I just can't dance with you,⟧” said her husband, 94.
The couple, who both came to Britain as children after the Second World War, celebrated their platinum anniversary on Saturday with a party for 60 relatives at the Polish Club.
Their son, Andrzej Nowicki, 66, said his parents had “⟦p:c|argued happily for seven decades⟧”.
“⟦d:c|They've never had a serious row in my lifetime. They have about forty small ones a day. I think that's the secret,⟧” he said.
Asked for her own secret, Mrs Nowicki thought for a moment. “⟦d:b|Separate newspapers,⟧” she said.

### 045
@a Sione Lātū | The 35-year-old Tongan
@b Jamie Rattray | Club captain
Sione Lātū has packed down in 212 scrums for Carrick Harlequins, by the club's count, and says he can remember the pain of about 200 of them.
"⟦d:a:m|People ask what it's like in there. I tell them: imagine a fridge falls on you, and then another fridge decides it wants to be where the first fridge is. For eighty minutes. That's it. That's the job.⟧
"⟦d:a:m|I loved it. I'm not going to pretend I didn't. There's nothing like the moment the front rows hit and it holds and you feel the whole pack behind you. It's the most honest thing in sport.⟧
"⟦d:a|But my knees have voted. Two-nil. You don't argue with the knees.⟧"
The 35-year-old Tongan, who joined Carrick from Nuku'alofa in 2012, will play his last game against Saltmarsh on Saturday.
Club captain Jamie Rattray said the squad planned to give him "⟦p:b|a send-off he won't remember, because he'll be concussed from the hugs⟧".
"⟦d:b|Sione's the guy you want next to you when it's all going wrong. Every team has one if it's lucky. We've been very lucky,⟧" Rattray said.

### 046
@a Olamide Fashola | -
@b Tolu | her younger sister
Olamide Fashola and her younger sister, Tolu, started recording “⟦s:-|Half Asleep⟧” in a cupboard under the stairs in 2020, when they had four children under five between them. The podcast now has 300,000 weekly listeners and a live tour.
“⟦d:a|We honestly thought our mum would be the only listener,⟧” said Olamide, 37.
“⟦d:b|She wasn't, for the record. She's never listened once,⟧” said Tolu, 34.
The sisters finish each other's sentences, and occasionally start them. Asked what they disagree about, they both laugh.
“⟦d:a|Bedtimes,⟧” said Olamide.
“⟦d:b|Screens. And bedtimes,⟧” said Tolu, at the same moment.
One listener review calls the show “⟦p:-|like having two sensible aunties in your ear at 3am⟧”.
“⟦d:a|That's the nicest thing anyone has ever said about us,⟧” Olamide said. “⟦d:a|Also the most accurate. We are sensible aunties.⟧”
“⟦d:b|Speak for yourself,⟧” said her sister.

### 047
@a Lars-Erik Vindheim | -
Lars-Erik Vindheim orders the cheapest thing on the menu, an omelette, and then spends ten minutes explaining why this is not a statement.
"⟦d:a|Everyone assumes economists are stingy. I just like eggs,⟧" he says.
He has spent fifteen years being introduced as "⟦s:-|the man who saw it coming⟧", a label he dislikes because, he says, "⟦p:a|half the people who saw it coming had been saying it every year since 1995⟧".
"⟦d:-|So were you just lucky?⟧" I ask.
"⟦d:a|Lucky and loud. Mostly loud,⟧" he says.
"⟦d:a:m|The honest answer is that nobody predicts anything. You notice things. I noticed my barber had three mortgages. That isn't a model. That's a haircut.⟧
"⟦d:a|But if you say it in a seminar with a chart, they call it a model.⟧"
When I ask for the bill, it turns out he has already paid, in cash. "⟦d:a|Old habit. Cards leave records,⟧" he says.

### 048
@a Ayesha Rahimtoola | governor of the Bank of Caldermere
@b - | The chancellor
@c - | Your predecessor
The following is a transcript of the interview between presenter Martin Hale and Ayesha Rahimtoola, governor of the Bank of Caldermere, broadcast on Sunday's Weekend Politics.
MARTIN HALE: Governor, last month you described inflation as “⟦p:a|stubborn but beatable⟧”. Is it still beatable?
AYESHA RAHIMTOOLA: It is. Stubborn, yes. But we're starting to see the signs we wanted to see.
HALE: The chancellor said on Thursday that rates should be “⟦p:b|coming down before Christmas⟧”. Will they?
RAHIMTOOLA: The chancellor is entitled to his view. The committee will take its decision on the evidence, as it always does.
HALE: That sounds like a no.
RAHIMTOOLA: It sounds like what it is, Martin. I'm not going to pre-announce a decision on a Sunday morning television programme.
HALE: Your predecessor once said, “⟦d:c|A central banker who is popular is doing the job wrong.⟧” Do you agree?
RAHIMTOOLA: He also said a number of things at dinner parties that I won't repeat. But on that one, yes.

### 049
@a Marjorie Okeke | -
@b Ashok Pillai | a former pupil who is now a paramedic
@c Dean Whitfield | another former pupil
When Marjorie Okeke became head of Fernbrook Primary in 1997, the school was in special measures and, in her words, “⟦p:a|held together with Sellotape and prayer⟧”.
She retires this summer after 27 years, leaving a school rated outstanding at its last two inspections.
“⟦d:a|I'd love to take the credit, but it was the staff and the parents. I just made a lot of tea and refused to go away,⟧” she said.
Ashok Pillai, a former pupil who is now a paramedic, remembers being sent to her office in Year 5. “⟦d:b|I'd thrown a shoe onto the roof. She didn't shout. She just asked me how I planned to get it down, and I spent my lunch break working it out,⟧” the 35-year-old said. “⟦d:b|I think about that a lot at work, actually.⟧”
Dean Whitfield, another former pupil, now teaches Year 3 at Fernbrook. “⟦d:c|She interviewed me for the job. I was terrified. She was my headteacher when I was seven,⟧” he said.
“⟦d:c|At the end she said, 'Mr Whitfield, I remember your handwriting.' I still don't know if that was a compliment.⟧”
“⟦d:a|It was not,⟧” Mrs Okeke said.

### 050
@a Gary Pickering | a forklift driver from Wigan
@b Donna | wife
@c Barbara Nuttall | Next-door neighbour
A FORKLIFT driver who scooped £4.2million on the lottery has vowed to keep his job - for now.
Gary Pickering, 52, a forklift driver from Wigan, and wife Donna, 49, matched all six numbers in Saturday's draw using their grandchildren's birthdays.
"⟦d:a|I'm going in on Monday. I've got a shift. I'm not letting the lads down,⟧" said Gary, popping a bottle of bubbly at a hotel near their home yesterday.
Donna rolled her eyes. "⟦d:b|He's going in on Monday to tell them he's leaving on Friday. I've already booked the caravan. Actually, I've booked a bigger caravan,⟧" she said.
The couple plan to pay off their children's mortgages and take the whole family to Florida.
Next-door neighbour Barbara Nuttall, 70, said: "⟦d:c|Couldn't happen to nicer people. Gary still owes me a tenner from 2019, mind.⟧"
Asked about the debt, Gary laughed. "⟦d:a|She'll get her tenner. With interest.⟧"

### 051
@a Hamish Tait | -
@b Sebastián Roldán | the director
Halfway through the second week of rehearsals for “⟦s:-|Low Water at Kilbride⟧”, the director and the playwright are arguing about a chair.
“⟦d:a|It's upstage left. It has always been upstage left,⟧” says Hamish Tait, who wrote the play.
“⟦d:b|It was upstage left in your head. This is a stage,⟧” says Sebastián Roldán, the director.
“⟦d:a|My head is where the play lives.⟧”
“⟦d:b|Then we'll sell tickets to your head.⟧”
The two men have made four productions together and, by their own account, argued their way through all of them. Roldán, 49, calls it “⟦p:b|the only honest relationship in British theatre⟧”.
“⟦d:a|He means we shout,⟧” says Tait, who is 63 and has the air of a man who has won the argument about the chair.
He has not. By the afternoon run it is downstage right.

### 052
@a Zhou Haoran | The 22-year-old
@b Gareth Lloyd-Boateng | the defending champion
Zhou Haoran described his 10-8 victory over the defending champion, Gareth Lloyd-Boateng, as «⟦p:a|the best night of my life, and also the most frightening⟧».
The 22-year-old, who moved from Chengdu to Sheffield at 16 to train, made four centuries in the match. Asked about the deciding frame, in which he needed two snookers, he said: «⟦d:a|I stopped thinking. When I think, I miss. So I didn't think.⟧»
Lloyd-Boateng was gracious in defeat. «⟦d:b|He's the real thing. I've been saying it for two years and nobody listened,⟧» the 41-year-old Welshman said.
Asked whether he had phoned home, Zhou smiled. «⟦d:a|My mother is asleep. It is four o'clock in the morning in Chengdu. I will tell her at breakfast.⟧»

### 053
@a Precious Mahlangu | -
@b Owen Prydderch | Detective Sergeant
@c Missing Persons Link | The charity
Every Sunday for the past three years, Precious Mahlangu has walked the towpath between Lock 14 and the Ferris Road bridge with a bundle of leaflets and a roll of tape.
“⟦d:a|People tell me I should stop. I say, show me where he is and I'll stop,⟧” she said.
Her son, Themba, then 23, was last seen leaving a friend's flat in Canalside on 9 March 2021. His phone was never switched on again.
Detective Sergeant Owen Prydderch, who has worked on the case from the start, said police had “⟦p:b|never closed a single line of inquiry⟧”. “⟦d:b|Someone knows something. It may be something small that doesn't seem important to them. We want to hear it,⟧” he said.
The charity Missing Persons Link, which has supported the family, said in a statement: “⟦d:c|Families like Precious's live with a question no one should have to carry. We stand with her.⟧”
Asked what she would say to Themba if he were reading this, she was quiet for a long time. “⟦d:a|Come home. No questions. Just come home and eat.⟧”

### 054
@a Anneliese Rask | the 46-year-old
@b Yuto Hasegawa | Her crewmate
Anneliese Rask has been back on Earth for nine days and is still, she admits, dropping things.
"⟦d:a|Up there you let go of a pen and it just waits for you. Down here it's gone. I've broken three mugs this week,⟧" the 46-year-old says, carefully setting down a fourth.
I ask her what she missed most during 186 days in orbit. "⟦d:a|Rain. Not weather in general. Rain. The sound of it on a window.⟧"
Her crewmate Yuto Hasegawa, speaking by video link from Tsukuba, says Rask was known on board for "⟦p:b|terrible music and excellent soup⟧". "⟦d:b|She made soup in a bag. I don't know how. Nobody knows how,⟧" he says.
"⟦d:-|So what's the secret?⟧" I ask her.
"⟦d:a|Hot sauce. A lot of hot sauce. Your taste buds go to sleep up there.⟧"

### 055
@a Tahmina Chowdhury-Reid | -
@b Lucy Ferreira | presenter
@c - | The judges of the Calloway Prize
Tahmina Chowdhury-Reid wrote most of her prize-winning collection, ``⟦s:-|Small Hours in Sylhet⟧'', between two and five in the morning, while her twins were teething.
``⟦d:a|It was the only time the house was quiet. Well, it wasn't quiet, it was screaming, but it was a different kind of screaming,⟧'' she told presenter Lucy Ferreira on Radio Harwell's Open Book on Thursday.
The judges of the Calloway Prize described the collection as ``⟦p:c|a book about memory that refuses to be nostalgic⟧''.
``⟦d:b|Did you expect to win?⟧'' Ferreira asked.
``⟦d:a|No. I'd already bought a consolation bottle of wine. I drank it anyway.⟧''

### 056
@a Leilani Kealoha | The 19-year-old
@b Keoni Kealoha | a lifeguard
@c Makoa | her grandfather
Leilani Kealoha learned to swim in the harbour at Kalapana Bay before she could walk, and her grandfather still takes the credit.
"⟦d:c|I threw her in. Her mother wasn't happy,⟧" said her grandfather, Makoa, 79, who fished the bay for fifty years.
Her father, Keoni Kealoha, 48, a lifeguard, said the family watched her Olympic heat at 3am in the canoe club "⟦p:b|with about two hundred cousins⟧". "⟦d:b|When she touched the wall, Dad fell off his chair. Properly fell off. We had to check he was OK,⟧" he said.
"⟦d:c|I was fine. The chair was old,⟧" Makoa said.
The 19-year-old, speaking from the team hotel, said: "⟦d:a|Tell Grandpa to stay on the chair for the final.⟧"

### 057
@a Helga Strand | a marine biologist at the University of Aberlour
@b Amira Bensalem | a fisheries economist who advised the government's review
Two leading scientists clashed on Radio Harwell's Science Hour on Wednesday over proposals to cull grey seals in the Moray Firth.
Helga Strand, a marine biologist at the University of Aberlour, said the evidence that seals were responsible for falling salmon numbers was “⟦p:a|thin, selective and frankly convenient⟧”.
“⟦d:b|With respect, Helga, it is not thin. We have twelve years of data,⟧” replied Amira Bensalem, a fisheries economist who advised the government's review.
“⟦d:a|Twelve years of data on the wrong question,⟧” Dr Strand said.
Presenter Declan Mwangi asked whether either of them could imagine changing her mind. “⟦d:b|If the data changes, of course,⟧” Professor Bensalem said. “⟦d:a|Same,⟧” said Dr Strand, “⟦d:a|though I'd like to see the data first.⟧”

### 058
@a Agnes Threlkeld | -
@b Harrowgate & Finch | Her publisher
Agnes Threlkeld has not given a face-to-face interview since 1987. When the Westmorland Review asked for one to mark the 50th anniversary of ``⟦s:-|The Quiet Orchard⟧'', she agreed to answer questions by email, on condition that none of them concerned her cat.
``⟦d:a|I am told readers would like to know why I stopped. I didn't stop. I stopped publishing. These are different activities,⟧'' she wrote.
Asked whether she still writes every day, she replied: ``⟦d:a|Every morning, in pencil, for about three hours. Most of it goes in the stove. The stove has read more of my work than anyone alive.⟧''
Her publisher, Harrowgate & Finch, said it had ``⟦p:b|no plans and no expectations⟧'' regarding a new book, ``⟦p:b|but the door is always open⟧''.
Asked, despite the condition, about the cat, Threlkeld wrote back two words: ``⟦d:a|Nice try.⟧''

### 059
@a Marian Featherstonehaugh | chair of the Brook Lane Allotment Society
@b Clive Hebden | -
@c Yasmin Qureshi | Neighbouring plotholder
@d Westbury Council | -
A row over a 14ft sunflower has split the Brook Lane Allotment Society, with one plotholder accusing the committee of “⟦p:b|horticultural tyranny⟧”.
Clive Hebden, 67, was told last month that the sunflower, which he has grown from the same seed line since 1998, breaches the society's rule limiting plants to eight feet within two metres of a path.
In a letter to fellow members, Mr Hebden wrote: “⟦d:b|I have grown this flower for a quarter of a century. It has outlived two committees. I have every confidence it will outlive this one.⟧”
Marian Featherstonehaugh, chair of the Brook Lane Allotment Society, said the rules were “⟦p:a|there for everyone⟧”. “⟦d:a|It casts a shadow over three other plots. Mr Hebden knows that. We have asked nicely several times,⟧” she said.
Neighbouring plotholder Yasmin Qureshi, whose courgettes sit in the shadow, said: “⟦d:c|I don't mind the shade. I mind the arguing.⟧”
Westbury Council, which owns the site, said the dispute was “⟦p:d|a matter for the society⟧”.

### 060
@a Walter Pittman | the 71-year-old
@b Coastal Navigation Service | -
@c Jerome | His son
For 38 years, Walter Pittman has climbed the 112 steps of the Gannet Rock lighthouse at dusk. On Friday he climbed them for the last time.
"⟦d:a|My knees are glad. The rest of me isn't,⟧" the 71-year-old said, standing at the foot of the tower as the lamp came on above him, automatically, as it has every night since the station was automated in 2009.
Pittman stayed on as caretaker after automation, the last person paid to live on the rock. The Coastal Navigation Service, which operates the light, said the post would not be filled, citing "⟦p:b|changing operational requirements⟧".
His son, Jerome, 44, who grew up on the rock and took the boat to school on the mainland every day, came out for the final night. "⟦d:c|Every birthday party I ever had was on this rock. The other kids thought it was the coolest thing in the world. I thought it was normal,⟧" he said.
"⟦d:c|Dad's pretending he's fine. He's not fine.⟧"
"⟦d:a|I'm fine,⟧" said his father, and stood looking up at the light for a long time.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh101.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh101",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
