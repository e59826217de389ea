# ruff: noqa: E501
"""Build ``quotes_fresh125.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch or coffee with the reporter asking questions
in the first person, Q&A transcripts (questions in bold, speakers by initials,
``Q:``/``A:``, an "as told to" monologue), podcast and radio interviews, sports and
arts interviews and press conferences, and human-interest stories about families
in which several relatives of the same gender speak and are called by first names.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh125-NNN``.

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

* A role title or relational phrase before the name combined with an appositive after
  it (``His mother, Lakshmi Iyer, a hospital pharmacist``): the appositive is the
  description. A title or relational phrase before the name alone (``Host Aneurin
  Price``, ``Her nephew, Gareth Rhys``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 67-year-old``,
  ``her father``, ``the director``), that description is taken.
* A non-restrictive relative clause after an appositive (``the bassist, who joined in
  2015``) is not part of the description; a restrictive one is. An age on its own
  (``Tiago Ferreira, 34,``) is not a description, nor is an elliptical ``Another,``.
* Relatives who share a surname and are named by first name only (``his brother
  Nuno``, ``the Mensah sisters — Abena, Efua and Akosua``) have that first name as
  speaker; where the full name is written once in the passage, that fullest form is
  the speaker even if the cues use the first name.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker (with ``reviewers`` or ``critics`` as description where the passage says
  so); when the passage later identifies whose words they were, that person is the
  speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null, also when they stand without a cue in a first-person interview;
  a named host's or interviewer's questions are that person's speech. When an
  interviewer's question quotes the subject's own earlier words (``You've described
  the building as "…"``), that fragment is a ``partial`` by the subject.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* In transcript-like formats without quotation marks around the turns (questions in
  bold, turns marked by initials, ``Q:``/``A:``, a first-person "as told to" piece),
  a quotation the interviewee reports from someone else belongs to that person (named,
  or with a description such as ``my wife``); one they report from themselves (``I
  said, "…"``) belongs to the interviewee.
* When two named people answer and the text says only ``said one`` / ``said the
  other``, the speaker is unclear: null. A habitual greeting said by an unspecified
  group (``They say, "Morning, driver"``) is null as well.
* A form of address quoted as what someone calls a person (``calls him "Minister"``)
  and a stage name (``who performs as "Kwes Major"``) are ``scare``.
* A description keeps the wording and capitals of the passage, except that a capital
  which only marks the start of a sentence is lowered (``The trainer, Dafydd …`` →
  ``the trainer``; ``Host Tom Rafferty`` → ``host``); proper nouns keep theirs
  (``Castlemoor manager``).
* An organisation speaking is named by its name as written; its description is the
  definite noun phrase at a cue (``the company said``, ``the tournament said``) when
  there is one, else null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh125.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh125.jsonl")

PASSAGES = """
### 001
@a Oluwaseun Adeyemi-Hart | the novelist whose fourth book has just been longlisted for every prize that matters
@v - | reviewers
@r - | one critic
@w - | the waiter
Oluwaseun Adeyemi-Hart, the novelist whose fourth book has just been longlisted for every prize that matters, is already seated when I arrive at Corrigan's, a narrow fish restaurant behind the old corn exchange in Wexmouth. She has ordered sparkling water and is reading the menu as if it were a contract.
“⟦d:a|I always read the whole thing,⟧” she says, not looking up. “⟦d:a|My father was a lawyer. He said you never sign anything you haven't read to the end. I've applied that to menus, which he would find ridiculous.⟧”
She chooses the hake. I choose the hake too, which she notes with an arched eyebrow. “⟦d:a|Copycat,⟧” she says.
The new novel, “⟦s:-|The Salt Ledger⟧”, follows three generations of a Lagos shipping family across 640 pages. Reviewers have called it “⟦p:v|sprawling⟧” and “⟦p:v|magnificently indulgent⟧”; one critic wrote that it needed “⟦p:r|a braver editor⟧”.
“⟦d:-|Does that hurt?⟧” I ask.
“⟦d:a|Of course it hurts. Anyone who tells you they don't read their reviews is lying or has a very good assistant,⟧” she says. “⟦d:a|But he wasn't wrong about everything. He was wrong about the length. The length is the point.⟧”
Adeyemi-Hart was born in Ibadan and moved to Sallowfield at nine, when her mother took a nursing post at the city infirmary. She describes her childhood as “⟦p:a|loud, crowded and entirely happy⟧”, and bristles at the suggestion, made in more than one profile, that her fiction is about “⟦s:-|displacement⟧”.
“⟦d:a:m|I hate that word. It makes it sound as if somebody picked us up and dropped us somewhere. My mother chose to come. She planned it for four years. She kept the accounts for the move in a ledger, in green ink, before anyone had heard of spreadsheets.⟧
“⟦d:a|That's where the title comes from, if you want to know. Nobody has asked me yet.⟧”
The waiter arrives to clear our plates. “⟦d:w|Chef wants to know if it's the same table on Friday,⟧” he says to her, and she laughs for the first time. She is, it turns out, a regular.
“⟦d:a|I come here to write the difficult chapters,⟧” she explains. “⟦d:a|Nobody can find me, and they don't play music.⟧”

### 002
@a Mirela Kostadinova | the 22-year-old qualifier from Plevnik
@b Anneliese Voss | Kostadinova's coach
@c Dagny Halvorsen | defending champion
@t Kestrelby Open | the tournament
KESTRELBY, June 9 (Tidewire) - Mirela Kostadinova, the 22-year-old qualifier from Plevnik, won the Kestrelby Open on Sunday, beating defending champion Dagny Halvorsen 6-4 3-6 7-5 in a final that lasted two hours and 51 minutes.
"⟦d:a|I don't know what happened in the last game. I think I closed my eyes on match point,⟧" Kostadinova told reporters, still clutching the trophy. "⟦d:a|My legs were gone. My head was gone. Only my arm was still working.⟧"
Halvorsen, who had been bidding for a third straight title, said she had "⟦p:c|no regrets⟧".
"⟦d:c|She played the big points better. That's the whole story,⟧" the 29-year-old said. "⟦d:c|I'll be back next year. I like this place too much to stay away.⟧"
Kostadinova's coach, Anneliese Voss, revealed that the pair had come close to splitting up in March.
"⟦d:b|We had a big fight in a hotel car park. She wanted to change everything, I wanted to change nothing,⟧" Voss said. "⟦d:b|We were both wrong, so we changed half.⟧"
Asked what she would do with the winner's cheque of 1.2 million euros, Kostadinova grinned. "⟦d:a|Buy my mother a car that starts in winter,⟧" she said.
The tournament said in a statement that Sunday's final had drawn "⟦p:t|the largest crowd in our history⟧".

### 003
@a Abena | the eldest
@b Efua | -
@c Akosua | the youngest
@d Grace Mensah | their mother
At 4am on a weekday, the only lights on Harrow Street belong to Mensah & Daughters. Inside, the Mensah sisters — Abena, Efua and Akosua — are already arguing about bread.
“⟦d:a|Efua thinks the sourdough needs another hour. Efua is wrong,⟧” says Abena, the eldest, shaping loaves at the long steel bench.
“⟦d:b|Efua is never wrong,⟧” says Efua, without looking up from the mixer.
The bakery was opened in 1986 by their mother, Grace Mensah, who arrived in Dunmere from Kumasi with, as she puts it, “⟦p:d|two suitcases and one recipe⟧”. Now 74, she still comes in every morning, although her daughters have banned her from lifting the flour sacks.
“⟦d:d|They think I am made of glass,⟧” Grace said. “⟦d:d|I carried all three of them up those stairs, one on each hip and one on my back. A sack of flour is nothing.⟧”
Akosua, the youngest, left a job in accountancy in 2019 to join her sisters. She handles the books, the website and what she calls “⟦p:c|the diplomacy⟧”.
“⟦d:c:m|Somebody has to keep the peace. Abena and Efua have been fighting since 1979. Mum says it started over a doll.⟧
“⟦d:c|I didn't come back for the bread, honestly. I came back because Mum was getting older and I wanted to be in the same room as all of them.⟧”
Asked which of her daughters bakes best, Grace laughed and shook her head. “⟦d:d|I am not answering that. I would like to keep living in my own house.⟧”
Then, quietly, once the others had gone through to the shop: “⟦d:d|Akosua. But don't write that.⟧”

### 004
@a Tamsin Achterberg | -
@e Edmund Varga | my first boss
@f - | a woman
Tamsin Achterberg has designed libraries in four countries and a bus shelter in her home town that she says she is prouder of than any of them. Ahead of the opening of the Kellaway Public Library next month, she talked to Oriel about concrete, daylight and why her clients never see a model. The interview has been edited for length and clarity.
**You've described the Kellaway building as “⟦p:a|a room for being alone together⟧”. What does that mean?**
Libraries are the last place where you can sit next to a stranger for three hours and nobody expects anything of you. I wanted every seat to feel private and every seat to see at least twelve other people. That was the whole brief, really.
**Some of your clients say you're difficult.**
Some of them do. One of them called me “⟦s:-|the concrete nun⟧” in a planning meeting, which I have decided to take as a compliment.
**Why won't you show clients a model?**
Because people fall in love with the model and not with the building. My first boss, Edmund Varga, used to say, “⟦d:e|A model is a lie you can hold in your hand.⟧” He was right about that, and wrong about most other things.
**What are you proudest of?**
The bus shelter on Marrow Lane. It cost £11,000. Every morning there are six old men in it who don't need a bus. A woman wrote to the council to say it was “⟦p:f|the nicest thing anyone has built round here since the war⟧”, and somebody forwarded the letter to me. It's on my fridge.

### 005
@a Callum Reddy | former police negotiator
@b Rafael Quintero | host
Former police negotiator Callum Reddy has said he still dreams about the siege at Harlow Mills, twenty years after he spent 31 hours on the phone persuading a gunman to release four hostages.
Speaking on the "⟦s:-|Hard Yards⟧" podcast with host Rafael Quintero, Reddy, 58, said the experience had "⟦p:a|rewired⟧" him.
"⟦d:a|I'll be in the supermarket and someone drops a tin, and I'm back on that phone,⟧" he said. "⟦d:a|My wife knows. She just puts her hand on my arm and waits.⟧"
Quintero asked what he had actually said to the gunman in the final hour.
"⟦d:a|Mostly nothing. That's the secret nobody believes,⟧" Reddy replied. "⟦d:a|You let the silence do the work. He talked about his daughter for forty minutes and I said maybe ten words.⟧"
"⟦d:b|Ten words in forty minutes? I can't manage that for ten seconds,⟧" Quintero said, laughing.
"⟦d:a|You'd learn. Everybody learns when they have to.⟧"
Reddy, who left the force in 2011 and now trains hospital staff in de-escalation, was asked whether he had ever felt he had failed.
"⟦d:a|Once. A lad on a bridge in 2007. I don't talk about that one,⟧" he said. After a long pause, he added: "⟦d:a|I think about him more than Harlow Mills, if I'm honest.⟧"
The episode, "⟦s:-|The Quiet Man⟧", is available now.

### 006
@m Fenella Okonkwo-Price | the housing minister
@p Joe Ashdown | presenter
@i Iwan Pritchard | opposition housing spokesman
@s - | a spokesperson for the Ministry of Housing
The housing minister, Fenella Okonkwo-Price, was repeatedly accused of evading the question during a bruising interview on Radio Sedgemoor's breakfast programme on Thursday, as she defended the government's decision to scrap the Riverside regeneration scheme.
“⟦d:p|Minister, you promised 4,000 homes in Riverside. How many have been built?⟧” presenter Joe Ashdown asked at the start of the interview.
“⟦d:m|What I'd say, Joe, is that we have delivered record investment across the region —⟧” Okonkwo-Price began.
“⟦d:p|How many?⟧”
“⟦d:m|The scheme was always a long-term —⟧”
“⟦d:p|Is the number zero?⟧”
After a pause, the minister said: “⟦d:m|No homes have been completed under that specific scheme, no. But that is not the same as saying nothing has happened.⟧”
Ashdown later accused her of “⟦p:p|dodging the question⟧” and asked whether she had “⟦p:p|been told not to say a number⟧”.
“⟦d:m|I don't accept that. I have been very clear,⟧” she replied.
Opposition housing spokesman Iwan Pritchard said afterwards that the interview had been “⟦p:i|painful to listen to⟧”. “⟦d:i|If you can't say the word zero, you shouldn't be in charge of counting houses,⟧” he said.
A spokesperson for the Ministry of Housing said the minister had “⟦p:s|answered every question put to her⟧”.

### 007
@a Benedek Szalai | the conductor who has led the Aldmark Philharmonic since 2016
@m - | his musicians
@y Yuki Tanabe-Ross | the orchestra's leader since 2019
Benedek Szalai, the conductor who has led the Aldmark Philharmonic since 2016, does not own a baton. «⟦d:a|I left the last one in a taxi after a concert and decided it was a sign,⟧» he says in the green room of the Kalvhus concert hall, an hour before a rehearsal of Mahler's Sixth.
He is 61, slight, and speaks in bursts. His musicians describe his rehearsals as «⟦p:m|intense but never cruel⟧».
«⟦d:a:m|Cruelty is lazy. If you shout at a second violin, she plays worse, and then you shout more, and soon you have a bad orchestra and a bad reputation. I learned that from watching the old men do it.⟧
«⟦d:a|My teacher at the conservatory used to whisper when he was angry. That was much worse. You would lean in to hear him and realise he was destroying you.⟧»
The whisper, it seems, has been passed on. At the afternoon rehearsal, stopping the orchestra in the first movement, he says only: «⟦d:a|Lassan, lassan.⟧» Then, in English: «⟦d:a|Slowly. We have a whole hour of this symphony still to go.⟧»
Yuki Tanabe-Ross, the orchestra's leader since 2019, says she has learned to read his silences. «⟦d:y|When he stops talking and looks at the floor, that's good. That means he's listening,⟧» she says. «⟦d:y|When he starts smiling, that's when you worry.⟧»
Asked whether he would ever leave Aldmark for a bigger orchestra, Szalai shrugs. «⟦d:a|Bigger is not a musical word,⟧» he says.

### 008
@t Tiago Ferreira | the older brother
@n Nuno | his brother
@m Maria Ferreira | their mother
@r Valdran Mountain Rescue Service | -
@h Halim Osei | rescue coordinator
VALDRAN, Feb 3 (Tidewire) - Two brothers who spent three nights trapped in a snow cave on Mount Kessock said on Monday they had survived by telling each other stories from their childhood and rationing a single bar of chocolate.
Tiago Ferreira, 34, and his brother Nuno, 29, were found by a helicopter crew on Sunday morning after a storm cut them off below the summit ridge.
"⟦d:t|Nuno kept saying, 'Tell me about the dog,' because we had a dog called Biscuit when we were kids, and I must have told that story thirty times,⟧" Tiago Ferreira told reporters at the hospital in Valdran, where both men were being treated for frostbite.
"⟦d:n|He tells it badly,⟧" Nuno said from the next bed. "⟦d:n|Every time, the dog gets bigger.⟧"
The brothers, experienced climbers from Almadora, had set out on Thursday with supplies for a single night on the mountain.
"⟦d:t|We made a mistake. We saw the forecast and thought we could be down before it arrived,⟧" the older brother said. "⟦d:t|We were wrong by about six hours.⟧"
Maria Ferreira, their mother, said she had not slept since Thursday. "⟦d:m|I told them when they were boys, 'The mountain will still be there next year.' They never listen. Maybe now they will listen,⟧" she said.
The Valdran Mountain Rescue Service said in a statement that the brothers had done "⟦p:r|exactly the right thing⟧" by digging in rather than attempting to descend.
"⟦d:h|If they had tried to walk down in that visibility, we would be having a very different conversation,⟧" rescue coordinator Halim Osei said.

### 009
@k Kayleigh Brannigan | Island Hearts winner
@j Jordan Teague | boyfriend
@sh Shanice Okoro | fellow contestant
@src - | a source close to the show
TEARFUL Island Hearts winner Kayleigh Brannigan has opened up about the “⟦p:k|darkest year of my life⟧” — and revealed she almost quit the show days before the final.
The bubbly 27-year-old, who scooped the £50,000 prize with boyfriend Jordan Teague, told the Sunday Beacon: “⟦d:k|People see the tan and the smile and think it was one long holiday. It wasn't. I cried in the toilets nearly every night.⟧”
“⟦d:k|Jordan was the only one who knew. He'd knock on the door and pass tissues under it!⟧”
Kayleigh, from Castlebrook, said the online abuse she received after an on-screen row with fellow contestant Shanice Okoro was “⟦p:k|relentless⟧”.
“⟦d:k|People sent messages saying horrible things about my mum. My mum! She wasn't even on the show!⟧” she fumed.
Shanice, 25, told the Beacon last night: “⟦d:sh|I've got nothing but love for Kayleigh. We were both under massive pressure and we both said things. I've messaged her to say sorry.⟧”
But a source close to the show claimed the pair “⟦p:src|still can't stand each other⟧”. “⟦d:src|They were kept at opposite ends of the wrap party. Producers weren't taking any chances,⟧” the insider said.
Jordan, 29, said: “⟦d:j|I'm just proud of her. She's a lot tougher than she looks.⟧”

### 010
@v Violet Ashcombe | -
@p Pauline Reeve | her elder daughter
@j Janet | her sister
@a Alfie | great-grandson
@r Ruth Kimathi | Elmfield Court manager
Violet Ashcombe celebrated her 100th birthday at Elmfield Court care home on Saturday with a cake shaped like a double-decker bus, a nod to the 31 years she spent as a conductor on the No. 12 route through Stanhope.
"⟦d:v|I punched more tickets than anyone in this town, and I never once let a lad on without paying,⟧" Mrs Ashcombe said. "⟦d:v|Well. Once. He was crying.⟧"
Her elder daughter, Pauline Reeve, 74, organised the party with her sister, Janet, 71. Four generations of the family attended, along with two retired drivers from the old Stanhope depot.
"⟦d:p|Mum has always said the secret is a boiled egg every morning and never marrying again,⟧" said Pauline. "⟦d:p|She's stuck to both.⟧"
Janet added: "⟦d:j|She still does the crossword in pen. I use a pencil and she thinks that's cheating.⟧"
Great-grandson Alfie, 8, presented her with a card showing her at the wheel of a bus. "⟦d:a|She's the oldest person I know and she's the funniest,⟧" he said.
"⟦d:v|I told him conductors don't drive the bus,⟧" Mrs Ashcombe said. "⟦d:v|He said, 'You could have.' He's right. I could have.⟧"
Elmfield Court manager Ruth Kimathi said staff had been "⟦p:r|counting down for weeks⟧".

### 011
@a Hamid Rostami | the chef-owner of Saffron & Smoke
@d Dariush Rostami | his father
@l Lotte Brink | his head chef for seven years
Hamid Rostami, the chef-owner of Saffron & Smoke, keeps a photograph of a burnt pot above the pass. It belonged to his grandmother in Shiraz, and it is, he says, ``⟦p:a|the most important object in this building⟧''.
``⟦d:a:m|She made tahdig in it every Friday for fifty years. The crust at the bottom — that's the prize, everybody fights over it. When she died my aunt wanted to throw the pot away because it was black all over. I flew out with an empty suitcase to bring it home.⟧
``⟦d:a:m|People think that's sentimental. It isn't. It's technical. That pot had fifty years of oil in it. You can't buy that.⟧
``⟦d:a|I tried to cook in it once, here. It cracked. So now it's a photograph.⟧''
Rostami, 44, came to Britain at six, when his father, Dariush, opened a kebab shop two streets from where the restaurant now stands. Dariush, now 78, still eats at Saffron & Smoke once a week and, according to his son, ``⟦p:a|complains about everything except the rice⟧''.
``⟦d:d|The rice is correct. The rest is for English people,⟧'' Dariush Rostami said when I visited, with a grin that suggested a long-running routine. ``⟦d:d|He puts flowers on the food. Why would you put flowers on food?⟧''
Lotte Brink, his head chef for seven years, says the kitchen runs on ``⟦p:l|fear of disappointing Hamid, not fear of Hamid⟧''. ``⟦d:l|He's never thrown a plate. He just goes very quiet and tastes it again,⟧'' she said. ``⟦d:l|Which is much, much worse.⟧''

### 012
@g Gideon Asante | striker
@f Dermot Feeney | his first manager
@v Leon Vasquez-Hart | former team-mate and pundit
Striker Gideon Asante has announced his retirement from professional football at the age of 36, saying his body has “⟦p:g|finally sent the invoice⟧”.
The former Kingsbridge and Valmont forward, who scored 212 goals in 17 seasons, told Channel North Sport he made the decision after waking up unable to walk properly the morning after a reserve match.
“⟦d:g|I lay there looking at the ceiling and thought: that's it. You know when you know,⟧” Asante said. “⟦d:g|I didn't want to be the old guy clinging on, getting subbed at half-time every week.⟧”
He paid tribute to his first manager, Dermot Feeney, who handed him his debut at Kingsbridge at 17. “⟦d:g|Dermot shouted at me for two years solid. I thought he hated me. Turns out that's how he showed love,⟧” he said.
Feeney, now 71 and retired abroad, said he was “⟦p:f|proud as a father⟧”. “⟦d:f|He was the laziest trainer I ever had and the best finisher. I shouted because I couldn't stand to watch that talent go to waste,⟧” he told the programme.
Former team-mate and pundit Leon Vasquez-Hart was equally effusive. “⟦d:v|Best I played with. Not close,⟧” he said. “⟦d:v|He'd go missing for eighty-five minutes and then win you the game, and you'd want to strangle him and hug him at the same time.⟧”
Asked what came next, Asante said he planned to do “⟦p:g|absolutely nothing for a year⟧”. “⟦d:g|My kids want me to learn to cook. That might be harder than winning the league.⟧”

### 013
@a Obadiah Dlamini | -
@k Kofi Mensah-Lyle | a young producer
@n Nomsa | my mother
Obadiah Dlamini has played the tenor saxophone for sixty-five years and released his first album under his own name at 79. He spoke to Rhiannon Marsh (RM) of Lowlight Quarterly about late starts, his mother and the club that made him. The conversation has been condensed.
RM: You played on more than two hundred records as a sideman. Why wait until now to make your own?
OD: Nobody asked. That's the honest answer. People think I was being humble. I wasn't humble. I was waiting by the telephone.
RM: And then somebody called.
OD: A young producer, Kofi Mensah-Lyle — he's twenty-six — came to the Cellar Door one night and said, “⟦d:k|Mr Dlamini, why haven't you ever made a record?⟧” And I said, “⟦d:a|Son, you're the first one to ask.⟧” Two weeks later we were in the studio.
RM: The album is called “⟦s:-|For Nomsa⟧”. Who was Nomsa?
OD: My mother. She cleaned offices at night so I could have lessons. She used to tell me, “⟦d:n|Play it like you're apologising to somebody.⟧” I still don't fully know what she meant. But I think about it every time I pick up the horn.
RM: Do you still practise?
OD: Three hours a day. My doctor says two. My doctor doesn't play the saxophone.

### 014
@c Ciarán | -
@f Fiachra | -
@s Séamus Donnelly | their father
On the harbour wall at Kilbrannan, the Donnelly twins are easy to tell apart once you know the trick: Ciarán talks, and Fiachra doesn't.
"⟦d:c|He's been like that since we were born. I came out first, shouting, and he came out eight minutes later looking annoyed about it,⟧" said Ciarán, untangling a net on the deck of the Mary Ellen, the 40ft trawler the brothers have worked together for 22 years.
Fiachra, mending a creel a few yards away, raised an eyebrow. "⟦d:f|Seven minutes,⟧" he said.
The brothers, now 47, are the fourth generation of Donnellys to fish out of Kilbrannan, and almost certainly the last. Quota cuts and fuel prices have halved the harbour's fleet in a decade, and neither man has children who want the life.
"⟦d:c|My daughter's a physiotherapist in the city. Best thing she ever did,⟧" Ciarán said. "⟦d:c|I'd have killed her if she'd come on the boat.⟧"
Their father, Séamus Donnelly, 81, still walks down to the harbour every morning to watch them go out. He fished the same waters for half a century and describes the state of the industry as "⟦p:s|a slow funeral⟧".
"⟦d:s|When I started there were thirty boats in this harbour. Now there's seven, and two of those are for the tourists,⟧" he said. "⟦d:s|The lads work harder than I ever did, for half the money.⟧"
Asked whether he would miss it when the time came, Fiachra was silent for a long moment. "⟦d:f|Every day,⟧" he said eventually. "⟦d:f|But I'd not say that in front of him.⟧"

### 015
@e Esperanza Villalobos | the 67-year-old
@w - | one woman who asked not to be named
@a Angus MacRury | a retired shepherd
@h Ardnish Health Board | -
For 38 years, Dr Esperanza Villalobos has been the only doctor in Cairnloch, a scattering of crofts and a single shop on the edge of the Ardnish peninsula. On Friday she sees her last patient.
"⟦d:e|I keep saying I'll cry and then I don't,⟧" she said in her surgery, a converted schoolroom heated by a wood-burning stove. "⟦d:e|Maybe on Saturday. Maybe I'll cry in the car.⟧"
The 67-year-old arrived from Valencia in 1986 on a one-year contract. "⟦d:e|I thought I would see the Highlands for a year and then go home and get a proper job,⟧" she said.
Patients describe a doctor who made house calls by quad bike and once delivered a baby during a blizzard. "⟦d:w|She delivered my son on the kitchen table in a snowstorm. You don't forget that,⟧" said one woman who asked not to be named.
Angus MacRury, 72, a retired shepherd, said: "⟦d:a|She's had her hands on every one of us at some point. She knows more about this place than any minister does.⟧"
Ardnish Health Board said a replacement, Dr Tobias Wren, would start in March, and that it was "⟦p:h|grateful for an extraordinary career⟧".
Asked what she would do next, Villalobos laughed. "⟦d:e|Sleep through the night without the phone. I haven't done that since 1986.⟧"

### 016
@x Ximena Ortúzar | the director
@r Ramiro Catalán | its lead
@j - | one journalist
@h Hélène Marchetti-Boyd | the festival's artistic director
Ximena Ortúzar's third feature, “⟦s:-|Los Perros del Puerto⟧”, premiered at the Harwick International Film Festival on Tuesday to a ten-minute standing ovation. Speaking through an interpreter at a press conference the following morning, the director said she had “⟦p:x|no idea⟧” why.
“⟦d:x|Maybe they were just happy it was over. It's two and a half hours,⟧” Ortúzar said, to laughter.
The film, shot over four months in a fishing town in the far south, uses almost no professional actors. Its lead, Ramiro Catalán, was a dock worker until the week filming began.
“⟦d:r|I'd never been inside a cinema until last year,⟧” Catalán, seated beside her, said through the same interpreter. “⟦d:r|Now I've been to three in one week. I prefer the boats.⟧”
“⟦d:j|Is it a political film?⟧” asked one journalist.
Ortúzar answered in Spanish before the interpreter could begin: “⟦d:x|Todo es político.⟧” Then, in English: “⟦d:x|Everything is political. Even the fish are political.⟧”
The festival's artistic director, Hélène Marchetti-Boyd, called the film “⟦p:h|the discovery of the year⟧”.

### 017
@s Ingrid Solberg | glaciologist
@b Bryony Gale | host
@t Temi Adebayo | Gale's co-host
On the latest episode of the science podcast "⟦s:-|Cold Facts⟧", glaciologist Ingrid Solberg told host Bryony Gale that she had stopped using the word "⟦s:-|catastrophic⟧" in public.
"⟦d:s|It's not that it's wrong. It's that people stop listening after the third time,⟧" Solberg said. "⟦d:s|If everything's a catastrophe, nothing is.⟧"
Gale asked whether scientists had made a mistake in the way they talked about climate. "⟦d:b|Did we scare people too much, or not enough?⟧" she asked.
"⟦d:s|Both, at different times, to different people,⟧" Solberg replied. "⟦d:s|We scared the people who were already scared and bored everybody else.⟧"
Gale's co-host, Temi Adebayo, pushed back. "⟦d:t|But isn't it catastrophic? Literally, by your own data?⟧"
"⟦d:s|Literally, yes,⟧" Solberg said. "⟦d:s|Usefully, no. I'd rather tell someone their village now floods every four years instead of every forty. They can picture that.⟧"
Solberg, who has spent eleven summers drilling cores on the Hvítafell ice cap, admitted the work had taken its toll. "⟦d:s|I cry on the ice sometimes. Nobody sees. It's just me and a drill,⟧" she said.
Adebayo wrote on social media after the recording that it had been "⟦p:t|the best hour we've ever made⟧".

### 018
@o Darnell Okafor | the 28-year-old
@t - | his team
@h Viktor Haramba | -
@s Lenny Sacks | promoter
Darnell Okafor says he will knock out Viktor Haramba "⟦p:o|inside six rounds⟧" when the pair meet at the Marlow Arena on Saturday, and that he has already told his mother what time to switch the television on.
The 28-year-old, nicknamed "⟦s:-|The Crane⟧" for his 84-inch reach, was in typically bullish mood at Thursday's press conference.
"⟦d:o|He's slow, he's old, and he's been hit too many times,⟧" Okafor said of his opponent. "⟦d:o|I respect him. I do. But respect doesn't block punches.⟧"
Haramba, 37, who has lost only twice in 31 fights, did not attend because of what his team called "⟦p:t|a scheduling matter⟧". He later posted a video on social media in which he said: "⟦d:h|Talk is cheap. On Saturday the ring will tell the truth.⟧"
Promoter Lenny Sacks, who has worked with Okafor since his amateur days, was unconcerned by the trash talk. "⟦d:s|Darnell talks because he's nervous,⟧" Sacks said, grinning. "⟦d:s|When he goes quiet, that's when you should bet on him. And at home he's been very quiet, I can tell you.⟧"
Told of Sacks's remarks, Okafor laughed. "⟦d:o|Lenny doesn't live in my house. Lenny doesn't know anything,⟧" he said.

### 019
@a Adaora Nwachukwu | the longest-serving judge in the Maritime Division
@m Marguerite Llewellyn-Shaw | her colleague on the bench
@r Rufus Achebe | -
When Mrs Justice Adaora Nwachukwu, the longest-serving judge in the Maritime Division, retires next month, she will take with her a reputation for short judgments and long silences.
“⟦d:a|I was taught that every unnecessary word in a judgment is an invitation to appeal,⟧” she told the Gazette in her chambers, surrounded by packing boxes. “⟦d:a|So I try not to issue invitations.⟧”
In one ruling from 2014, she dismissed a shipowner's claim in a single sentence: “⟦d:a|The vessel sank; so does the argument.⟧”
Her colleague on the bench, Marguerite Llewellyn-Shaw, said she had watched Nwachukwu take apart senior counsel without ever raising her voice. “⟦d:m|Adaora could reduce a barrister to tears and then buy him a coffee afterwards,⟧” she said. “⟦d:m|I once saw her do both on the same afternoon.⟧”
Rufus Achebe KC, who appeared before her more than 60 times, called her “⟦p:r|terrifying, and always right, which is the worst combination⟧”.
Asked what she planned to do in retirement, Nwachukwu said she intended to learn to sail. “⟦d:a|I have spent thirty years listening to people explain why their ships went wrong. It's time I found out for myself.⟧”

### 020
@l Lorna Baptiste | -
@c Claire Henshaw | a primary school teacher in Canada
@m Margaret Henshaw | her adoptive mother
For 41 years, Lorna Baptiste wondered what had become of the baby girl she gave up for adoption at Wrexley General Hospital in 1983. Last month, in the arrivals hall at Fenmoor airport, she found out.
“⟦d:l|She walked through those doors and I knew. Before she even looked up, I knew,⟧” said Ms Baptiste, 60. “⟦d:l|She's got my mother's walk. That little bounce.⟧”
The baby is now Claire Henshaw, 41, a primary school teacher in Canada, who traced her birth mother through a DNA website after her own daughter gave her a testing kit for Christmas.
“⟦d:c|I always knew I was adopted. Mum and Dad never hid it,⟧” Ms Henshaw said. “⟦d:c|But I think I told myself I wasn't curious because I didn't want to hurt them.⟧”
Her adoptive mother, Margaret Henshaw, 78, was at the airport too, at her daughter's insistence.
“⟦d:m|Claire was worried I'd feel pushed aside. I told her, ‘Darling, nobody's taking anything from me. There's just more of you to go round now,’⟧” she said.
The two older women, who had never met, hugged for what Ms Baptiste said felt like “⟦p:l|about a week⟧”.
“⟦d:l|I said thank you. That's all I could say. Thank you for her,⟧” she said.
Claire, who flies home on Sunday, said both of her mothers were already planning a visit in the spring. “⟦d:c|Together. On the same flight. I'm slightly terrified,⟧” she said, laughing.

### 021
@p Pieter Claes | my director
@g Matteo Graziani | your rival
@n - | my grandmother
Below is an edited transcript of Sunday's interview with Tour of Aldmark winner Ezra Lindqvist-Mbeki, conducted by Velo Weekly's Hannes Kroll at the finish in Kessel.
Q: You attacked with 40 kilometres to go. Was that the plan?
A: No. The plan was to wait. My director, Pieter Claes, said on the radio, "⟦d:p|Don't move until the last climb.⟧" And I moved anyway. He wasn't happy.
Q: What did he say afterwards?
A: He said, "⟦d:p|Next time, listen.⟧" Then he hugged me. So I think it's fine.
Q: Your rival, Matteo Graziani, said last week that you were "⟦p:g|only a climber⟧". Is this your answer?
A: I don't need to answer anybody. But, you know. A climber won the time trial yesterday, so.
Q: What's the first thing you'll do tonight?
A: Call my grandmother. She watches every stage with a notebook. Last year she told me, "⟦d:n|You ride like your grandfather, too early, always too early.⟧" This year I waited a little bit longer. Not much.

### 022
@t Tevita Kaufana | the city's poet laureate
@l Lesieli Taufa | his aunt
Tevita Kaufana, the city's poet laureate, writes in a notebook with a broken spine that he has been filling, on and off, since 2009. When I ask to see it, he laughs and puts it in his bag.
"⟦d:t|Absolutely not. There are things in there about my ex-girlfriends that would end my career,⟧" he says.
His new collection, "⟦s:-|Salt Roads Home⟧", imagines his grandfather's crossing from Tonga in 1962 on a cargo ship, a journey the old man almost never discussed.
"⟦d:t|He'd say, 'It was a boat. It was wet.' That was the whole story,⟧" Kaufana says. "⟦d:t|So the book is me filling in the silence, which he would have hated.⟧"
"⟦d:-|Do you worry about getting it wrong?⟧" I ask.
"⟦d:t|All the time. My aunties have read it. Two of them aren't speaking to me. One rang to say I'd got the colour of the boat wrong.⟧"
His aunt, Lesieli Taufa, 80, confirmed by phone that the boat "⟦p:l|was green, not blue, and everybody knows that⟧". "⟦d:l|Everything else he got right,⟧" she added. "⟦d:l|He was always the listening one, that boy.⟧"
Kaufana considers this when I pass it on. "⟦d:t|Green,⟧" he says. "⟦d:t|I'll fix it in the reprint.⟧"

### 023
@a Ananya Krishnamurthy | the chief executive of Tallyho
@z Zoe Makarova | her university friend
@d Dominic Arlott | a partner at Greyfen Capital
Ananya Krishnamurthy, the chief executive of Tallyho, drinks her coffee black and fast. Her invoicing app raised $40 million last week, and her diary shows it. “⟦d:a|I have exactly twenty minutes. I'm not being rude, it's just true,⟧” she says.
She founded the company in 2018 with her university friend Zoe Makarova, and the two wrote the first version in Krishnamurthy's kitchen in Morrowgate.
“⟦d:z|It was a laptop with a broken E key. Every invoice came out saying ‘Invoic’,⟧” Makarova, now the company's chief technology officer, told me later by phone.
“⟦d:a|She exaggerates,⟧” Krishnamurthy says when I relay this. “⟦d:a|The E key worked if you hit it hard enough.⟧”
“⟦d:-|Will you sell?⟧” I ask.
“⟦d:a|Everyone asks that. No. Not now, and not to anyone who has called so far.⟧”
Dominic Arlott, a partner at Greyfen Capital, which led the funding round, describes the pair as “⟦p:d|the most stubborn founders I've backed, and I mean that as a compliment⟧”.
At precisely the twentieth minute she stands up. “⟦d:a|That's time,⟧” she says. “⟦d:a|Write nice things. Or true things. Ideally both.⟧”

### 024
@f Freya Lindgren | -
@a Amara Oyelaran-Beck | -
@t Tobias Grünewald | their coach
LAKE ORVEN, Aug 2 (Tidewire) - Freya Lindgren and Amara Oyelaran-Beck won gold in the women's double sculls on Friday, and both immediately blamed the other for nearly throwing it away.
``⟦d:f|Amara caught a crab with 300 metres to go. I felt the whole boat lurch and thought, that's it, silver,⟧'' Lindgren said, still dripping on the pontoon.
``⟦d:a|It wasn't a crab. It was a small adjustment,⟧'' Oyelaran-Beck replied, grinning. ``⟦d:a|And she went off far too fast at the start, so really we're even.⟧''
The pair, who share a flat in Marlbury, have rowed together since they were 15. Their coach, Tobias Grünewald, said the bickering was ``⟦p:t|the engine of the boat⟧''.
``⟦d:t|If they ever stop arguing, I'll know something is wrong. Silence would frighten me,⟧'' he said.
Asked how they would celebrate, the two women looked at each other. ``⟦d:-|Sleep,⟧'' said one. ``⟦d:-|Pizza,⟧'' said the other.
``⟦d:f|Then more sleep. Then more pizza,⟧'' Lindgren added.

### 025
@w Walter Tremayne | -
@d Derek | his son
@j Jory | Derek's son
Three generations of Tremayne men have kept the light at Carrick Point. Only one of them, strictly speaking, ever needed to.
The light was automated in 1991, the year Walter Tremayne, now 88, handed over the keys. His son, Derek, 61, stayed on as what the Harbour Trust calls an “⟦s:-|attendant⟧”, and Derek's son, Jory, 29, started helping at weekends as a teenager and never stopped.
“⟦d:w|It's a job for fools and insomniacs, and we've always had plenty of both in this family,⟧” Walter said, in the small kitchen at the foot of the tower.
“⟦d:d|Dad still comes up on stormy nights. He says it's to check the lamp. It's to check on me,⟧” said Derek.
Jory, an electrician in Penhallow during the week, climbs the 112 steps most Saturday mornings to clean the lens. “⟦d:j|Everyone my age thinks it's weird. It is weird. I love it,⟧” he said.
The three men disagree about almost everything else — football, politics, how to make tea — but on one thing they are united. “⟦d:w|They'll switch it off one day. Satellites and what have you,⟧” Walter said. “⟦d:w|But not while I'm alive. I've told them that.⟧”
“⟦d:d|He's told everyone that,⟧” Derek said.
Jory, quietly: “⟦d:j|I'll keep it going. Somebody has to.⟧”

### 026
@b Bernadette Oyelowo | headteacher
@p - | one Year 6 pupil
@s Sunil Varghese | deputy head
@k Kerry-Ann Doyle | parent
@t Diocese of Wexmoor Education Trust | -
After 26 years at the helm of St Anselm's Primary, headteacher Bernadette Oyelowo is retiring, and she says it is the "⟦p:b|small, daft moments⟧" she will miss most.
"⟦d:b|A child once came to my office to report that his shoe had been kidnapped. Not lost. Kidnapped. We found it in the pond,⟧" Mrs Oyelowo said. "⟦d:b|That's the job. Ninety per cent shoes, ten per cent everything else.⟧"
Pupils lined the playground on Friday afternoon to sing her out of the gates. "⟦d:p|She knows everybody's name, even the babies in reception,⟧" said one Year 6 pupil. "⟦d:p|She even knows my nan's name.⟧"
Deputy head Sunil Varghese, who takes over in September, said: "⟦d:s|Bernadette has built something here that I'm frankly terrified of breaking.⟧"
Parent Kerry-Ann Doyle, whose three children all went through the school, said: "⟦d:k|She rang me at ten o'clock one night because my son had looked sad at pick-up. Who does that?⟧"
Asked about her plans, Mrs Oyelowo said: "⟦d:b|Gardening. And I might learn the trombone. I've always wanted to be loud in a different way.⟧"
The Diocese of Wexmoor Education Trust, which runs the school, said in a letter to parents that her contribution had been "⟦p:t|immeasurable⟧".

### 027
@b Brenda Halloway | -
@k Keith Halloway | her husband
@f Riverlands Flood Authority | -
@s - | a spokesperson for Harbury District Council
When the water came through the front door of their bungalow in Lower Ashby at 3am on Tuesday, Brenda and Keith Halloway had time to grab two things: their dog and their wedding album.
“⟦d:b|It was up to my knees by the time I got to the hallway. I've never heard a noise like it. It was like the house was breathing,⟧” Brenda Halloway, 69, told Channel North.
Her husband, 72, carried the couple's spaniel, Pickle, on his shoulders as they waded to a neighbour's house on higher ground.
“⟦d:k|Pickle was the calmest of the three of us,⟧” Keith Halloway said. “⟦d:k|She just sat up there like a queen.⟧”
The couple have lived in the village for 44 years and say they have never seen anything like it. The Riverlands Flood Authority said levels at Ashby Bridge had reached “⟦p:f|a height not recorded since measurements began in 1958⟧”.
A spokesperson for Harbury District Council said emergency accommodation had been offered to 31 households. “⟦d:s|We're asking anyone who hasn't yet been contacted to call the helpline,⟧” the spokesperson said.
“⟦d:b|We've lost the carpets, the sofa, the lot. But we've got the album and we've got Pickle,⟧” Mrs Halloway said. “⟦d:b|Everything else is just stuff, isn't it?⟧”

### 028
@r Shahid Rafiq | Wessex captain
@p Aneurin Price | host
@e Jonathan Ellery | the team's wicketkeeper
Wessex captain Shahid Rafiq has admitted he "⟦p:r|couldn't watch⟧" the final over of last week's semi-final, and spent it locked in the dressing-room toilet.
"⟦d:r|I know, I know. The captain's supposed to be out on the balcony, arms folded, looking calm,⟧" Rafiq said on The Long Leg podcast. "⟦d:r|I was sat on the loo with my hands over my ears.⟧"
Host Aneurin Price asked how he had found out they had won. "⟦d:p|Did somebody come and knock?⟧"
"⟦d:r|I heard the noise. You can't mistake that noise,⟧" Rafiq said. "⟦d:r|Then Jonno banged on the door and shouted, 'We've done it, you coward!'⟧"
Jonathan Ellery, the team's wicketkeeper, who joined the conversation later in the episode, said the story was "⟦p:e|a hundred per cent true and actually undersold⟧".
"⟦d:e|He'd locked himself in. I had to go round the back and shout through the window as well,⟧" Ellery said. "⟦d:e|Best moment of my career, that. Better than the trophy.⟧"
"⟦d:p|So are you watching the final, then?⟧" Price asked.
"⟦d:r|From the balcony. Arms folded,⟧" Rafiq said. "⟦d:r|Looking very calm.⟧"

### 029
@m Marco Bellandi | TV chef
@r Rory Faulkes | rival
@pal - | a pal of Bellandi's
@ins - | an insider at the channel
TV chef Marco Bellandi has hit back at rival Rory Faulkes after being branded a “⟦p:r|microwave merchant⟧” on live television.
Faulkes, 52, made the jibe on Saturday's edition of Kitchen Confidential Live. “⟦d:r|Marco hasn't cooked anything from scratch since about 2009. He's a microwave merchant with a nice smile,⟧” he told viewers.
Bellandi, 47, told the Daily Crier: “⟦d:m|Rory's been bitter ever since I beat him in that cook-off in 2015. It's sad, honestly. Get a hobby, mate.⟧”
“⟦d:m|I've got three restaurants and a Michelin star. He's got a beard and a grudge.⟧”
A pal of Bellandi's said the chef was “⟦p:pal|fuming⟧” behind the scenes. “⟦d:pal|He won't show it in public, but he's been ranting about it all week,⟧” they said.
An insider at the channel, Fenwick TV, said bosses were “⟦p:ins|loving every minute⟧”. “⟦d:ins|Ratings were up by a third. Nobody's telling either of them to calm down,⟧” the insider added.

### 030
@r Rohan Iyer | -
@l Lakshmi Iyer | a hospital pharmacist
@k Kamala Iyer | his grandmother
@g Graham Pettifer | tournament director
Rohan Iyer, 12, became the youngest player ever to win the Northern Open chess championship on Sunday, beating three grandmasters on the way.
"⟦d:r|I wasn't nervous. I was hungry. Grandma had packed samosas and I wasn't allowed to eat them until the game was over,⟧" Rohan said.
His mother, Lakshmi Iyer, a hospital pharmacist, cannot bring herself to watch him play. "⟦d:l|I go for a walk. I walked round the car park for four hours today,⟧" she said. "⟦d:l|I've lost three kilos this tournament.⟧"
It was his grandmother, Kamala Iyer, 76, who taught him the game, on a board with two missing pawns replaced by bottle tops.
"⟦d:k|He beat me when he was five. I pretended I let him win. I did not let him win,⟧" Kamala said. "⟦d:k|I have been pretending for seven years.⟧"
"⟦d:l|My mother-in-law is the real coach,⟧" Lakshmi added. "⟦d:l|I'm just the driver.⟧"
Tournament director Graham Pettifer said Rohan's final-round win was "⟦p:g|the most mature chess I've seen from a junior in thirty years⟧".
Asked what he would do with the £500 prize, Rohan thought for a moment. "⟦d:r|Buy Grandma a new board,⟧" he said. "⟦d:r|With all the pawns.⟧"

### 031
@c Callum Birch | singer
@m Mo Haddad | guitarist
@s Sigrid Aas | the bassist
@t Tiernan Fahy | drummer
The Lantern Kids have been together for fourteen years, which in indie-rock terms makes them roughly geological. Their fifth album, “⟦s:-|Weather for Ducks⟧”, is out on Friday. We met all four of them in a pub in Holloway Cross to talk about it, which turned out to be ambitious.
“⟦d:c|It's our best record,⟧” says singer Callum Birch.
“⟦d:m|He says that every time,⟧” says guitarist Mo Haddad.
“⟦d:c|And every time I'm right.⟧”
“⟦d:s|It is our best record, actually,⟧” says Sigrid Aas, the bassist, who joined in 2015.
“⟦d:t|I wasn't consulted,⟧” says drummer Tiernan Fahy, from behind a pint.
The album was recorded in eleven days in a converted chapel outside Llanfair Ddu. Birch calls the sessions “⟦p:c|the happiest fortnight of my life⟧”. Haddad calls them “⟦p:m|damp⟧”.
“⟦d:m:m|There was a hole in the roof right over the drum kit. Every time it rained, Tiernan had to play with an umbrella gaffer-taped to the cymbal stand. You can hear it on track four if you listen, a sort of pattering.⟧
“⟦d:m|We kept it in. It's the best thing on the record.⟧”
“⟦d:t|Still not consulted,⟧” says Fahy.

### 032
@e Errol Whitfield | a former Commonwealth light-middleweight champion
@k Kemar Lindo | one of his fighters
Errol Whitfield, a former Commonwealth light-middleweight champion, still unlocks the Eastgate Amateur Boxing Club at 6am every day, though his knees are, in his words, "⟦p:e|held together with prayer and tape⟧".
"⟦d:-|Do you still spar?⟧" I ask him.
"⟦d:e|Spar? I'm 74. I hold the pads. Some days the pads hold me,⟧" he says.
He took over the club in 1989, two years after his last professional bout. "⟦d:e|I had 41 fights and won 33. I remember the eight I lost much better than the rest,⟧" he says. "⟦d:e|That's boxing. That's life, probably.⟧"
One of his fighters, 19-year-old Kemar Lindo, is preparing for the national amateur championships. "⟦d:k|Errol's not a coach, he's a grandad with a stopwatch,⟧" Lindo says. "⟦d:k|If I miss a session, he rings my mum.⟧"
"⟦d:e|I do ring his mum,⟧" Whitfield confirms. "⟦d:e|His mum's the only person he's scared of.⟧"
"⟦d:-|What happens when you stop?⟧" I ask. He looks at the empty ring for a long time.
"⟦d:e|Somebody else opens the door at six. That's all. The door has to open.⟧"

### 033
@g Gwilym Pryce-Jones | her father
@n Non | his daughter
@cd Cambrian Dairies | the milk buyer
Gwilym Pryce-Jones has milked cows at Tŷ Coch farm for 52 years. His daughter, Non, 26, has done it for four, and she already has opinions.
“⟦d:n|Dad's system is basically vibes,⟧” said Non, who came home to the farm after a degree in agricultural science. “⟦d:n|He knows every cow by name and he knows when one's off her food, but none of it is written down.⟧”
“⟦d:g|Vibes,⟧” her father repeated, looking genuinely puzzled. “⟦d:g|I don't know what that means, but I'll take it.⟧”
Non has fitted the herd with collars that track each cow's movement and rumination, and she is blunter than her father about the economics. “⟦d:n|We're getting 38p a litre and it costs us about 36p to produce. You don't need a degree to see the problem, but it helps,⟧” she said.
“⟦d:g|My father would have thought she was mad. Computers on cows,⟧” Gwilym said. “⟦d:g|But then my father thought the tractor was a fad.⟧”
The milk buyer, Cambrian Dairies, said in a statement that its prices were “⟦p:cd|under constant review⟧”.
Asked whether she ever wished she had stayed in the city, Non shook her head. “⟦d:n|Not once. Well, once. In February. In the rain. At four in the morning.⟧”

### 034
@l Leilani Kahananui-Brooks | artist
@m Mateusz Dziedzic | curator
@o Ottilie Brand-Okoye | the museum's director
@c - | a retired customs officer who was among the first visitors
The exhibition is called "⟦s:-|Nothing to Declare⟧", and its centrepiece is a wall of 200 unclaimed suitcases stacked floor to ceiling in the main hall of the Halden Museum of Modern Art.
Artist Leilani Kahananui-Brooks spent three years buying them at lost-property auctions. "⟦d:l|Every one of these belonged to someone who expected to see it again,⟧" she said at Tuesday's preview. "⟦d:l|That's the saddest sentence I know.⟧"
Curator Mateusz Dziedzic admitted he had doubts at first. "⟦d:m|When Leilani first pitched this, I thought, we'll never get it through the door. Literally. The fire officer had opinions,⟧" he said.
The museum's director, Ottilie Brand-Okoye, called the show "⟦p:o|the most ambitious thing we've attempted in a decade⟧".
Some of the cases are open; most are not. "⟦d:l|I didn't open the locked ones. That felt like a line I shouldn't cross,⟧" Kahananui-Brooks said. "⟦d:l|People ask me what's inside. I tell them: your guess is the artwork.⟧"
"⟦d:c|I've opened more suitcases than anyone in this room, and it still gave me goosebumps,⟧" said a retired customs officer who was among the first visitors.

### 035
@m Maisie Trelawney | comedian
@i Ines Carvalho | Wavefront FM's late-night host
Comedian Maisie Trelawney told Wavefront FM's late-night host Ines Carvalho that she once performed an entire set to an audience of one, “⟦p:m|and he left at the interval⟧”.
“⟦d:m|It was a Tuesday in Skelbrook. It was snowing. The promoter had sold one ticket, and he'd sold it to his uncle,⟧” Trelawney said.
“⟦d:i|There was an interval? For one person?⟧” Carvalho asked, laughing.
“⟦d:m|It was in the contract! I wasn't going to give them an excuse not to pay me.⟧”
Trelawney, whose show “⟦s:-|Small Mercies⟧” sold out its festival run last month, said the night had taught her more than any good gig. “⟦d:m|When it's going well you learn nothing. When it's you and one uncle in the snow, you learn everything.⟧”
Carvalho wanted to know whether the nerves ever went away. “⟦d:i|Even now? After all this?⟧”
“⟦d:m|Every single night. I'm sick before every show. Put that on the radio,⟧” Trelawney said. “⟦d:m|Oh. I just did.⟧”

### 036
@o Olu Bankole | a night-bus driver in Kerrisford
@w - | my wife
@p - | a pensioner in a purple coat
@g - | my grandson
Olu Bankole, 58, a night-bus driver in Kerrisford, has driven the N29 for nineteen years. He told Priyanka Das about drunks, nurses and the passenger who changed his mind about people.
I start at 11pm and finish at seven. My body thinks it lives in Australia. My wife says, “⟦d:w|You live in another country and visit us at breakfast.⟧” She's not wrong.
The first run is students and bar staff. The 2am is the difficult one. The 4am is nurses and cleaners, and they're the best people in the world. They get on and say, “⟦d:-|Morning, driver,⟧” even though it's pitch dark.
About ten years ago a man got on at Pell Street bleeding from his head. Everyone moved away from him. One woman, a pensioner in a purple coat, sat right down next to him and said, “⟦d:p|Now then, love, let's have a look at you.⟧” She held a tissue to his head for eleven stops.
When she got off I said, “⟦d:o|Thank you.⟧” She said, “⟦d:p|What for? You're driving the bus.⟧” I've thought about that every day since.
My grandson asked me once, “⟦d:g|Grandad, is it scary?⟧” I told him, “⟦d:o|Only the people who are scared.⟧” He didn't understand. I'm not sure I do.

### 037
@k Kavita Chaudhary | -
@m Meena | the elder
@s Sunita | a former bank clerk
@d Doreen Fitch | -
When Dev Chaudhary died suddenly in 2021, he left behind a taxi firm with eleven cars, a £90,000 loan and a wife who had never driven for a living. Three years on, Kavita Chaudhary runs Dev's Cars with his two sisters: Meena, the elder, takes the bookings, and Sunita, a former bank clerk, does the accounts.
"⟦d:k|Everybody said sell it. The accountant, the bank, my own mother,⟧" Kavita said. "⟦d:k|I said no, because it had his name on it.⟧"
"⟦d:m|She said no, and then she came round to ours and cried for two days, and then she stood up and said, 'Right. Who's helping?'⟧" Meena recalled, laughing.
"⟦d:s|We didn't know anything. I didn't know what a private hire licence was,⟧" said Sunita. "⟦d:s|Now I could sit an exam on it.⟧"
The firm now runs 16 cars, eight of them driven by women, and has a waiting list of regular customers who ask for female drivers. "⟦d:d|I ask for the ladies now. They drive better and they don't talk about football,⟧" said Doreen Fitch, 81, who uses the firm to get to hospital appointments.
Kavita said several of the old drivers had left when she took over. "⟦d:k|One of them told me a woman couldn't run taxis,⟧" she said. "⟦d:k|He drives for us now. I pay him on time. He doesn't say it any more.⟧"

### 038
@m Meseret Haile-Gebru | -
@y Yohannes Desta | her training partner
@c Clementine Aubert | race director
@e Elias Wambugu | -
HALBERG, April 14 (Tidewire) - Meseret Haile-Gebru broke the course record at the Halberg Marathon on Sunday, finishing in 2 hours 17 minutes 3 seconds and taking almost a minute off the mark set in 2019.
"⟦d:m|I was thinking about my daughter for the whole last ten kilometres. She turned two yesterday and I missed it,⟧" Haile-Gebru said through an interpreter. "⟦d:m|Now I can buy her a very big present.⟧"
Her training partner, Yohannes Desta, who paced her for the first 30 km, said she had sent him away. "⟦d:y|At 25 km she told me, 'Go home, I'm fine.' So I went home,⟧" Desta said, laughing.
Race director Clementine Aubert said conditions had been "⟦p:c|close to perfect⟧", with cool temperatures and almost no wind. "⟦d:c|We had a feeling someone would go for it today,⟧" Aubert said.
In the men's race, Elias Wambugu won in 2:06:41. "⟦d:e|I am happy, but I wanted the record too. She took all the attention,⟧" he joked.
Haile-Gebru said she would be back next year. "⟦d:m|Same course, same shoes, same breakfast,⟧" she said.

### 039
@u Road Transport Union | -
@k Maureen Kilbride | the union's regional organiser
@drv - | one driver who asked not to be named
@cvb Calder Valley Buses | the company
@h Hugo Fairweather | the company's managing director
@e Edna Morrow | a cleaner at Fellgate Infirmary
Bus drivers at Calder Valley Buses will strike for 48 hours from Monday after pay talks collapsed, the Road Transport Union said on Wednesday, calling the company's final offer “⟦p:u|an insult⟧”.
“⟦d:k|We have been more than reasonable. We have met them eleven times. They have moved once, by half a per cent,⟧” said Maureen Kilbride, the union's regional organiser.
One driver who asked not to be named said: “⟦d:drv|I've got colleagues sleeping in their cars between shifts because they can't afford the petrol home.⟧”
Calder Valley Buses said its offer of 4.5 per cent was “⟦p:cvb|fair and affordable⟧”. “⟦d:cvb|We share passengers' frustration and urge the RTU to return to talks,⟧” the company said in a statement.
The company's managing director, Hugo Fairweather, told the Courier: “⟦d:h|Nobody wants a strike. But we cannot spend money we don't have.⟧”
“⟦d:k|He says that every year, and every year he finds the money for the shareholders,⟧” Kilbride responded.
“⟦d:e|I'll have to walk to work. It's four miles,⟧” said Edna Morrow, 66, a cleaner at Fellgate Infirmary, waiting at a stop on Fellgate Road on Wednesday.

### 040
@l Lorcan Fitzmaurice | the former finance minister
@b Bridie Halloran | the owner
Lorcan Fitzmaurice, the former finance minister, orders the cheapest thing on the menu and then apologises for it. ``⟦d:l|Force of habit. Twelve years of people photographing my lunch,⟧'' he says. ``⟦d:l|If I'd ordered the lobster in 2011 it would have been on the front page.⟧''
We are at Halloran's, a fish bar on the quay in Ballyross where Fitzmaurice has eaten since he was a student. The owner, Bridie Halloran, comes over to say hello and calls him ``⟦s:-|Minister⟧'' with evident irony.
``⟦d:b|He still owes me for a bottle of wine from the 1997 election,⟧'' she tells me. ``⟦d:b|Put that in your paper.⟧''
``⟦d:-|Do you?⟧'' I ask him, once she has gone.
``⟦d:l|Almost certainly,⟧'' he says.
Fitzmaurice left politics in 2019 after losing his seat by 212 votes. He describes the defeat as ``⟦p:l|the best thing that ever happened to my marriage and the worst thing that ever happened to my ego⟧''.
``⟦d:-|Do you miss it?⟧''
``⟦d:l:m|Every day. I miss the noise. I don't miss the people, most of them, but I miss the noise. You get used to a phone that never stops ringing, and then one day it stops, and you think you've gone deaf.⟧
``⟦d:l|My wife says I'm easier to live with now. She means quieter.⟧''

### 041
@a Anwen Rhys-Daventry | the botanist who catalogued more than 400 species of moss
@k Kwame Asiedu | a professor of botany at Lowmoor University and her former student
@g Gareth Rhys | her nephew
Anwen Rhys-Daventry, the botanist who catalogued more than 400 species of moss, has died at the age of 91. She spent seven decades on her knees in the wet hills of the Cambrian uplands and was, by her own account, “⟦p:a|a difficult woman with a hand lens⟧”.
She had no patience for the showier end of her discipline. “⟦d:a|I am not interested in flowers. Flowers are showing off,⟧” she told this newspaper in 1998.
Kwame Asiedu, a professor of botany at Lowmoor University and her former student, said she had been “⟦p:k|the most exacting teacher I ever had, and the kindest, in that order⟧”.
“⟦d:k:m|She failed my first field report. Wrote ‘Look again’ across the front in red pen and nothing else. I went back up the hill and spent a week looking again.⟧
“⟦d:k|Thirty years later she sent me a postcard that said ‘Better.’ I have it framed.⟧”
Her nephew, Gareth Rhys, said the family had been “⟦p:g|bullied lovingly⟧” into field trips every summer. “⟦d:g|We'd be soaked and miserable and she'd be lying face down in a bog, shouting that she'd found something. She was happiest at her wettest,⟧” he said.
A moss she discovered in 1971 bears her name: “⟦s:-|Bryum anwenii⟧”.
In her last interview, in 2022, she was asked whether she had any regrets. “⟦d:a|Only that mosses are so slow. I'd have liked to see what they do next,⟧” she said.

### 042
@b Blessing Oduya | -
@p Peace | her sister
@c Comfort Oduya | their mother
@j Jo Pennington | Castlemoor manager
For the first time in the competition's history, identical twins will line up on opposite sides in Sunday's Northern Women's Cup final: Blessing Oduya plays centre-back for Harrowfield Ladies, and her sister Peace is the top scorer for Castlemoor City.
"⟦d:b|I've been kicking her since we were four. Sunday's nothing new,⟧" said Blessing.
"⟦d:p|She's been trying to kick me since we were four. She usually misses,⟧" said Peace.
Their mother, Comfort Oduya, will be in the stand wearing a half-and-half scarf. "⟦d:c|One side each. Whoever loses, I'm hugging first,⟧" she said.
The twins, 24, grew up in Tollbridge and played in the same youth team until they were 16. "⟦d:b|We had one big argument, about who got the number nine shirt. Peace won. I went into defence out of spite,⟧" Blessing said. "⟦d:b|Best decision of my life. Don't tell her.⟧"
Castlemoor manager Jo Pennington said she had warned Peace not to "⟦p:j|get sentimental⟧". "⟦d:j|I told her: for ninety minutes she's not your sister. She's a centre-back,⟧" Pennington said.

### 043
@c Conor Blakely | -
@d Dafydd Morgan-Ellis | the trainer
@p Priyanka Desai-Holt | a retired anaesthetist
@r - | one reporter
Conor Blakely won the Kellingford Gold Cup on Friday aboard Midnight Ferryman, a horse his trainer once described as "⟦p:d|a donkey with ambition⟧".
"⟦d:c|He's not a donkey. He's never been a donkey. I'll fight anyone who says he's a donkey,⟧" Blakely, 23, said in the winner's enclosure.
The trainer, Dafydd Morgan-Ellis, took the ribbing in good part. "⟦d:d|I said that in 2022 and I've been hearing about it ever since,⟧" he said. "⟦d:d|He was a donkey then. He's a racehorse now. People change, and so do horses.⟧"
The horse's owner, Priyanka Desai-Holt, a retired anaesthetist, said she had "⟦p:p|screamed so loud the stewards looked round⟧".
Blakely admitted he had shut his eyes when Midnight Ferryman clipped the top of the final fence. "⟦d:c|When I opened them we were still going, so I kept going,⟧" he said.
"⟦d:r|Will he go for the National?⟧" one reporter asked.
"⟦d:d|Ask me on Monday, when I've sobered up,⟧" the trainer said.

### 044
@v - | volunteers
@mo Mo | -
@ph Philomena | another volunteer
@dw Dwayne Ackah | the lad
@pol Eastwick Police | -
Volunteers at the Marsh Road Community Garden in Eastwick say they are “⟦p:v|heartbroken but not beaten⟧” after vandals wrecked raised beds and slashed a polytunnel overnight on Sunday.
“⟦d:mo|We'd just planted the winter greens. Two hundred seedlings. They pulled every one out and threw them over the fence,⟧” said Mo, 63, who has coordinated the garden since it opened in 2012 and asked for her surname not to be used.
Philomena, 71, another volunteer, said: “⟦d:ph|I cried, I don't mind saying. Then I went home, made a flask and came back with a spade.⟧”
By Tuesday afternoon more than 40 neighbours had turned up to help. “⟦d:mo|People we'd never seen before. A lad from the flats brought a drill,⟧” Mo said.
The lad, 17-year-old Dwayne Ackah, said he walked past the garden every day on his way to college. “⟦d:dw|My gran used to grow tomatoes here. It felt wrong to just walk past,⟧” he said.
Eastwick Police said officers were “⟦p:pol|following a number of lines of inquiry⟧” and appealed for witnesses.
A hand-painted sign now hangs on the repaired gate. It reads: “⟦s:-|Still growing⟧”.

### 045
@j Ji-woo Han | the designer behind the label Hansol
@m Han Myung-sook | a former seamstress
@c - | critics
Ji-woo Han, the designer behind the label Hansol, learned to sew under the cutting table in her mother's garment workshop. «⟦d:j|I was the only six-year-old in the neighbourhood who could thread an overlocker,⟧» she says.
Her mother, Han Myung-sook, a former seamstress, now works for her daughter two days a week, finishing hems by hand in the label's studio.
«⟦d:m|She pays me too much. I tell her every month, and every month she ignores me,⟧» says her mother, with her daughter translating.
Hansol's autumn collection, «⟦s:-|Seam Allowance⟧», has been called «⟦p:c|quietly radical⟧» by critics. Ji-woo says it is mostly about obedience.
«⟦d:j:m|Everything in it is something my mother taught me and I ignored for fifteen years. French seams. Hand-rolled hems. Pressing every seam as you go, even when you're tired. Especially when you're tired.⟧
«⟦d:j|I used to think that was old-fashioned. Now I think it's the only thing that matters.⟧»
Asked whether her daughter's success had surprised her, Han Myung-sook laughs. «⟦d:m|I knew when she ruined my good scissors,⟧» she says.

### 046
@v Sanna Virtanen | astronaut
@i Isla Mackenzie | -
@h Harris | -
@m Fiona Cattanach | headteacher
@n Nordic Space Office | -
Pupils at Glenmore Primary School got the chance of a lifetime on Wednesday: a ten-minute radio call with astronaut Sanna Virtanen, 400 kilometres above them aboard the Aurora orbital station.
"⟦d:i|What do you miss most?⟧" asked Isla Mackenzie, 9.
"⟦d:v|Rain,⟧" Virtanen answered immediately. "⟦d:v|Rain on a window. And my dog. Not in that order. Don't tell the dog.⟧"
"⟦d:h|How do you go to the toilet?⟧" asked Harris, 10, to groans from his teachers.
After a burst of static, Virtanen could be heard laughing. "⟦d:v|I knew someone would ask that. Carefully. Very, very carefully.⟧"
Headteacher Fiona Cattanach said the call had been a year in the planning. "⟦d:m|Some of them didn't sleep last night. I didn't sleep last night,⟧" she said.
The Nordic Space Office said it had arranged more than 200 such calls to schools and hoped they would help "⟦p:n|inspire the next generation of explorers⟧".

### 047
@c Cedric Amankwah | -
@r Rosalind Mbatha-Keane | the director
@j Jonah Fielding | the Courier's critic
At 79, Sir Cedric Amankwah is playing King Lear for the third time. He insists it will be the last.
“⟦d:c|The first time I was too young and the second time I was too clever. This time I'm just old enough,⟧” he says in his dressing room at the Alder Theatre, an hour before curtain up.
“⟦d:-|What changed?⟧” I ask.
“⟦d:c:m|My knees, mostly. And my father. He had dementia for the last six years of his life, and I sat with him a great deal. He'd ask me who I was. Sometimes I'd tell him. Sometimes I'd just say, ‘A friend,’ because that was easier for both of us.⟧
“⟦d:c|When Lear wakes up and doesn't know Cordelia, I don't have to act anything. I've been in that room.⟧”
The director, Rosalind Mbatha-Keane, calls him “⟦p:r|the least vain actor I've ever worked with, which is unsettling⟧”. “⟦d:r|He asks for notes. Actors of his generation don't ask for notes,⟧” she said.
The production has divided critics. The Courier's critic, Jonah Fielding, called Amankwah's performance “⟦p:j|devastating⟧”; another review complained of “⟦p:-|a Lear who whispers when he should roar⟧”.
Amankwah is unbothered. “⟦d:c|The whispering is deliberate. But he's entitled to his opinion. He's wrong, but he's entitled,⟧” he says with a smile.

### 048
@r Rajesh Patel | the eldest
@v Vikram | an engineer
@a Anil | the youngest
@s Sarla Patel | their mother
The Palladium in Hollinsford reopened on Saturday, 14 years after it closed, thanks to three brothers who grew up in the flat above the projection room.
"⟦d:r|Dad used to send us to bed during the ten o'clock film and we'd lie on the floor with our ears to the boards,⟧" said Rajesh Patel, 52, the eldest. "⟦d:r|I knew one whole Western by sound before I ever saw it.⟧"
Vikram, 49, an engineer, rewired the building himself over two winters. "⟦d:v|There were cables in there from 1938. Some of them were still live. Some of them were holding the ceiling up,⟧" he said.
The youngest, Anil, 45, put up most of the money. "⟦d:r|Anil's the one with the money,⟧" Rajesh said. "⟦d:a|Anil's the one with the debt,⟧" Anil corrected.
Their father, Harish Patel, ran the cinema from 1979 until it closed in 2010, and died in 2018. Their mother, Sarla Patel, 78, cut the ribbon on Saturday. "⟦d:s|He would have cried. He cried at everything, even the adverts,⟧" she said.
The first film shown in the restored auditorium was "⟦s:-|The Last Reel⟧", a documentary about small-town cinemas.
"⟦d:v|Every seat sold,⟧" Vikram said. "⟦d:v|Three hundred and twelve seats. Dad never managed that.⟧"

### 049
@n Noeline Buckley | wheat farmer
@t Tom Rafferty | host
@d Department of Primary Industries | -
@r Ray Goodall | her neighbour
Wheat farmer Noeline Buckley says she has sold half her sheep and is "⟦p:n|praying for a wet June⟧" after the driest autumn on record in the Kerrabee district.
Speaking to Southern Cross Radio's Country Hour, Mrs Buckley said the dams on her 2,000-hectare property were "⟦p:n|basically mud⟧".
"⟦d:n|You look at the sky every morning like it owes you money,⟧" she said. "⟦d:n|My husband's stopped watching the weather. He says it's too upsetting. I watch it for both of us.⟧"
Host Tom Rafferty asked whether she had thought about selling up. "⟦d:t|Has it crossed your mind? Just walking away?⟧"
"⟦d:n|Every day. And every day I go out and feed what's left,⟧" she said. "⟦d:n|My grandfather hung on through '44. I'm not letting a bit of dry weather beat me.⟧"
The state Department of Primary Industries said drought assistance payments would be "⟦p:d|fast-tracked⟧" for the district.
Her neighbour, Ray Goodall, said: "⟦d:r|Noeline's tougher than the rest of us put together. If she goes, the district goes.⟧"

### 050
@z Zainab Oladipo-Kerr | Paralympic swimmer
@f Olumide Oladipo-Kerr | her father
@h Hedda Sørlie | her coach
Paralympic swimmer Zainab Oladipo-Kerr won her third world title on Thursday, taking the S9 100m butterfly in a championship record.
“⟦d:z|I saw my dad in the stand and he was crying before I'd even finished. I thought, come on, Dad, I've still got ten metres,⟧” the 21-year-old told Channel North Sport.
Her father, Olumide Oladipo-Kerr, who gave up his job as a bus mechanic to drive her to training, said he had been “⟦p:f|a wreck since breakfast⟧”.
“⟦d:f|Five years of half-four alarms. Every single morning. The car knows the way on its own,⟧” he said.
Zainab, who was born without a left forearm, took up swimming at seven after a school trip to the local pool. “⟦d:z|The instructor said I'd struggle. Dad said, ‘Watch her.’ That's basically the story of my life,⟧” she said.
Her coach, Hedda Sørlie, called her “⟦p:h|the most stubborn athlete I've coached, and I've coached a lot of stubborn people⟧”.
Asked how she planned to celebrate, Oladipo-Kerr grinned. “⟦d:z|Chicken and chips. Dad's paying.⟧”

### 051
@a Agnieszka Wołowiec | -
@g - | her grandmother
@c Rupert Ashby | her editor at Foxglove Press
Agnieszka Wołowiec, who has translated thirty-one novels from Polish into English, keeps a list of phrases she considers untranslatable. It runs to nine pages.
«⟦d:a|The list is a confession of failure. Every line is a sentence I couldn't carry across,⟧» she says, in her flat above a bakery in Lindholm.
Her favourite entry is something her grandmother said whenever a neighbour's quarrel threatened to involve the family: «⟦d:g|Nie mój cyrk, nie moje małpy.⟧» Literally: «⟦d:g|Not my circus, not my monkeys.⟧»
«⟦d:a|Everybody in English says that now, and they think it's clever. My grandmother said it in 1971 while throwing a bucket of water over two men fighting outside her door,⟧» Wołowiec says.
Her editor at Foxglove Press, Rupert Ashby, calls her «⟦p:c|the most patient impatient person I know⟧». «⟦d:c|Agnieszka will ring me at midnight about a comma. I've learned to keep the phone on,⟧» he says.
Asked about machine translation, she frowns. «⟦d:a|It's very good at the words. It has never been to my grandmother's house.⟧»

### 052
@d Denise Whitcombe | cleaner
@g Gary Whitcombe | a postman
@l Leanne | their daughter
@m Millions Draw | -
Cleaner Denise Whitcombe, 54, and her husband Gary, 57, a postman, scooped £4.2million on Saturday's Millions Draw, and say they have no intention of giving up work.
"⟦d:d|I checked the numbers four times, then I made Gary check them, then I made the dog look at them,⟧" Denise said at a press conference at the Grand Hotel in Seabridge.
"⟦d:g|She did. She held the ticket up in front of his face,⟧" Gary Whitcombe said. "⟦d:g|He wasn't impressed.⟧"
Denise insisted she would be back at work on Monday. "⟦d:d|I've got a lady on Thursdays who'd be lost without me,⟧" she said.
Her husband said he was planning "⟦p:g|a new shed, a proper one, with electrics⟧" and nothing else.
Their daughter, Leanne, 30, said her parents would not change. "⟦d:l|Mum's already told me I'm not getting a car,⟧" she said.
Millions Draw said it was "⟦p:m|delighted⟧" for the couple.

### 053
@r Rashid Al-Mansouri | the 25-year-old
@b Henrike Baumgart | team principal
@v Vireo Racing | -
@f Tomás Ferreyra | race winner
SAN LORENZO, Sept 22 (Tidewire) - Rashid Al-Mansouri said he was "⟦p:r|lucky to be walking⟧" after a 280 km/h crash ended his San Lorenzo Grand Prix on the 14th lap on Sunday.
"⟦d:r|I felt the rear go and then I was a passenger. I remember thinking, this is going to hurt,⟧" the 25-year-old told reporters at the circuit medical centre, his right arm in a sling.
"⟦d:r|The car did its job. The barrier did its job. I'm a bit sore, but that's all.⟧"
Team principal Henrike Baumgart said she had feared the worst. "⟦d:b|When you see the car upside down like that, your heart stops. Then he came on the radio and asked if the tyres were OK. That's Rashid,⟧" she said.
Vireo Racing said in a statement that a technical failure had "⟦p:v|not been ruled out⟧" and that it would work with the sport's governing body to "⟦p:v|understand exactly what happened⟧".
Race winner Tomás Ferreyra dedicated his victory to his injured rival. "⟦d:f|The first thing I asked when I got out of the car was about Rashid. Nothing else matters today,⟧" the Argentine said.

### 054
@t Teodoro Malaluan | the new Bishop of Carrow
@gl Gladys Amoah | one parishioner
@cl - | one senior cleric
Teodoro Malaluan, the new Bishop of Carrow, rides a bicycle to his appointments and has been described by one parishioner as “⟦p:gl|the only bishop I've ever seen fix a boiler⟧”.
“⟦d:t|It was a very simple boiler,⟧” the bishop said. “⟦d:t|My father was a plumber in Batangas. I can't preach like the Archbishop, but I can bleed a radiator.⟧”
Born in the Philippines, Malaluan came to Britain in 1994 as a curate and describes his approach as “⟦p:t|small church, big kettle⟧”.
“⟦d:t:m|People don't come to church for my sermons. They come because it's warm, and somebody knows their name, and there's a biscuit. I'm not being cynical. That's the gospel, really. Feed people, know their names.⟧
“⟦d:t|The sermon is just the bit in the middle.⟧”
Gladys Amoah, 80, who has worshipped at St Bride's for fifty years, is that parishioner. “⟦d:gl|He came round on a Sunday afternoon in his socks and fixed it in twenty minutes. Then he had two slices of cake,⟧” she said. “⟦d:gl|I've had bishops before. None of them ate the cake.⟧”
Not everyone in the diocese is charmed by “⟦s:-|the bicycle bishop⟧”, as he has been nicknamed. One senior cleric, speaking on condition of anonymity, said the approach was “⟦p:cl|charming but not a strategy⟧”.
Told of this, Malaluan laughed. “⟦d:t|He's right. It isn't a strategy. It's a bicycle.⟧”

### 055
@k Kwesi Boateng | rapper
@f Femi Sanusi | Rhythm 101's drivetime DJ
Rapper Kwesi Boateng, who performs as "⟦s:-|Kwes Major⟧", told Rhythm 101's drivetime DJ Femi Sanusi on Tuesday that his new album had been written "⟦p:k|almost entirely on the night bus⟧".
"⟦d:k|I couldn't afford studio time, so I wrote on my phone between shifts. The 38, big up the 38, that's where the whole album came from,⟧" Boateng said.
"⟦d:f|Hold on. You're telling me the album of the year was written on the 38?⟧" Sanusi asked.
"⟦d:k|Most of it. Track six was the 73. I got on the wrong bus.⟧"
After playing the single "⟦s:-|Last Stop⟧", Sanusi asked how his family had reacted. Boateng revealed that his mother still did not know what he did for a living. "⟦d:k|She thinks I work in IT. I'm not telling her. She'd want to come to the shows,⟧" he said.
"⟦d:f|We need to get your mum on the show,⟧" the DJ said. "⟦d:f|I'm ringing her after this.⟧"
"⟦d:k|Please don't,⟧" Boateng replied.

### 056
@r Renata Esposito-Park | head coach
@d Dana Kowalczyk | assistant coach
@i Imani Fairbanks | guard
@rep - | one reporter
Head coach Renata Esposito-Park did not mince her words after the Harbour City Herons' 81-64 defeat by the Eastvale Stags on Tuesday night.
“⟦d:r|That's the worst we've played in two years. I told them that in the locker room and I'll tell you now,⟧” Esposito-Park said. “⟦d:r|We didn't rebound, we didn't defend, and we didn't look like we cared.⟧”
Asked whether fatigue had been a factor after three games in five nights, she shook her head. “⟦d:r|Everybody's tired in March. Tired is not an excuse. It's a condition.⟧”
Assistant coach Dana Kowalczyk said “⟦p:d|nobody in that room is happy, least of all the players⟧”.
Guard Imani Fairbanks, who scored 22 points, backed her coach. “⟦d:i|Coach is right. I'm not going to sit here and argue with her,⟧” the 24-year-old said. “⟦d:i|We'll watch the film tonight. It's going to be a long film.⟧”
“⟦d:rep|Are you worried about the play-offs?⟧” one reporter asked Esposito-Park.
“⟦d:r|I'm worried about Thursday. Thursday comes first,⟧” she said.

### 057
@i Ivy Drummond | -
@s Sophie Drummond-Lau | her granddaughter
@p Precious Ndlovu | the neonatal unit's ward sister
Ivy Drummond, 88, and her granddaughter, Sophie Drummond-Lau, 15, have knitted 1,000 hats for premature babies at Kingsmead Hospital, and Ivy says they are “⟦p:i|only just getting started⟧”.
“⟦d:i|I taught Sophie during lockdown. She was bored stiff and I was bored stiff, so I gave her some needles and told her to get on with it,⟧” said Mrs Drummond.
“⟦d:s|Nan's hats are perfect. Mine look like tea cosies,⟧” Sophie said. “⟦d:s|The nurses say the babies don't mind.⟧”
The neonatal unit's ward sister, Precious Ndlovu, said the hats were “⟦p:p|a little bit of love at the worst possible time⟧” for families. “⟦d:p|Parents take them home. Some have told me they've kept them for years,⟧” she said.
Sophie describes the hobby as “⟦p:s|my secret granny life⟧”. Her friends at school, she says, have no idea.
“⟦d:i|She's better than me now. Don't tell her I said that,⟧” Ivy whispered as her granddaughter left the room.

### 058
@e Eilidh MacAskill | the longest-serving skipper in the Caledonian Ferries fleet
@m Catriona Sinclair | a retired teacher
@a Alasdair Beaton | deckhand
@cf Caledonian Ferries | -
After 41 years and an estimated 90,000 crossings, Eilidh MacAskill, the longest-serving skipper in the Caledonian Ferries fleet, brought the Rona ferry into Port Skerry for the last time on Saturday.
``⟦d:e|I've done the crossing in every weather God makes and a few he's still working on,⟧'' MacAskill said on the car deck of the MV Loch Eynort. ``⟦d:e|But I've never once been late because of the sea. Late because of the cattle, yes.⟧''
Her wife, Catriona Sinclair, a retired teacher, was waiting on the pier. ``⟦d:m|Forty-one years I've had to plan dinner round the tide tables. I'm looking forward to a fixed mealtime,⟧'' she said.
``⟦d:a|She taught me to tie a bowline when I was fifteen and shouted at me for doing it wrong every day for a year,⟧'' said deckhand Alasdair Beaton, 34.
Caledonian Ferries said in a statement that MacAskill had ``⟦p:cf|served the islands with distinction⟧''.
Asked what she would miss, MacAskill looked out at the water. ``⟦d:e|The first crossing of the morning, when it's flat calm and there's nobody aboard but the post van. That's mine. That's always been mine.⟧''

### 059
@e Emeka Onyekachi | the economist whose book on household debt has sold half a million copies
@l Luca Ferrante | a set designer
@v - | reviewers
Emeka Onyekachi, the economist whose book on household debt has sold half a million copies, lives in a house with no television and, his husband informs me, a drawer full of unopened bank statements.
"⟦d:e|That's not true,⟧" Onyekachi says. "⟦d:e|They're opened. They're just not read.⟧"
His husband, Luca Ferrante, a set designer, rolls his eyes from the kitchen doorway. "⟦d:l|He wrote a book telling people to check their statements every week. He hasn't looked at ours since 2016,⟧" Ferrante says.
"⟦d:-|Do you see the irony?⟧" I ask.
"⟦d:e|Of course I see it. The book is not about me. It's about people who don't have a Luca,⟧" Onyekachi says. "⟦d:e|Luca does the money. I do the theory. It's a very efficient division of labour.⟧"
The book, "⟦s:-|Owing⟧", was described by reviewers as "⟦p:v|quietly furious⟧", a verdict he accepts.
"⟦d:e|I was angry when I wrote it. I'm still angry,⟧" he says. "⟦d:e|Forty per cent of families in this country are one broken boiler away from a payday loan. That should make everybody angry.⟧"
"⟦d:l|Tell him about our boiler,⟧" Ferrante calls from the kitchen. "⟦d:l|It broke last winter and he paid for it on a credit card.⟧"
"⟦d:e|At zero per cent,⟧" Onyekachi says.

### 060
@p Pilar Sandoval | -
@i Inés | her younger sister
@ro Rosario | their mother
For fifteen years, the detective novels of P. I. Sandoval have been written by two people in two countries who speak on the phone every morning at seven. Pilar Sandoval, 58, lives in Puerto Alcázar; her younger sister, Inés, 54, lives in Kirkmorran.
“⟦d:p|I do the bodies,⟧” says Pilar. “⟦d:i|And I do the feelings about the bodies,⟧” says Inés.
Their twelfth novel, “⟦s:-|The Quiet Harbour⟧”, is published this week. The sisters meet once a year, in a hotel roughly halfway between them, to plan the next book, and spend, by Inés's estimate, “⟦p:i|three days out of five shouting⟧”.
“⟦d:p|She wants everyone to be redeemed. I want everyone to be arrested,⟧” Pilar says. “⟦d:p|The books are the compromise.⟧”
“⟦d:-|Who wins the arguments?⟧” I ask them on a video call, one face in each half of the screen.
“⟦d:i|Pilar,⟧” says Inés. “⟦d:p|Inés,⟧” says Pilar, at precisely the same moment.
Their mother, Rosario, who is 86 and reads every manuscript first, was not surprised by any of this. “⟦d:ro|They were like this at six years old. They fought over one doll, and in the end they made up a story about her together,⟧” she told me by phone from Puerto Alcázar. “⟦d:ro|So I am not surprised. I am only surprised somebody pays them.⟧”

### 061
@h Haruka Shimizu | a 19-year-old university student
@l Larisa Dumitrescu | world champion
@m Takeshi Morikawa | her coach
NORDHAVEN, Nov 4 (Tidewire) - Haruka Shimizu, a 19-year-old university student, won the Nordhaven Grand Slam on Saturday in her first senior international event, and said afterwards she had been "⟦p:h|too scared to look at the draw⟧".
Speaking through an interpreter, Shimizu said she had watched videos of her opponent in the final, world champion Larisa Dumitrescu, "⟦p:h|hundreds of times⟧" since she was 14.
"⟦d:h|I had her poster on my wall. Today I had to throw her. It was very strange,⟧" she said.
Dumitrescu, 28, was gracious in defeat. "⟦d:l|She is the future. I am a little bit the past now, but I am not retired yet,⟧" she said with a smile.
Asked about her goals for next year, Shimizu replied in Japanese, "⟦d:h|Mada mada desu,⟧" which the interpreter rendered as "⟦d:h|There is still a long way to go.⟧"
Her coach, Takeshi Morikawa, was less diplomatic. "⟦d:m|She is very talented and very lazy. Today she was not lazy,⟧" he said.

### 062
@c Clive Ashworth | Radio Wenlow presenter
@g Gemma Torrance | one listener
@b Bill Yeo | -
@p Priti Raval | station manager
@t Tash Bellingham | Ashworth's co-presenter for the last 11 years
After 38 years and more than 9,000 breakfast shows, Radio Wenlow presenter Clive Ashworth signed off for the last time on Friday.
“⟦d:c|I've been in your kitchens and your cars and, I'm told, a fair few of your bathrooms. Thank you for having me,⟧” Ashworth said in his final link, his voice breaking. He then played “⟦s:-|The Long Road Home⟧”, the first record he ever spun on the station, in 1986.
Listeners flooded the station's social media pages with tributes. “⟦d:g|Forty years of Clive making my dad laugh on the way to work, and now he makes me laugh on mine,⟧” wrote one listener, Gemma Torrance.
Another, Bill Yeo, posted: “⟦d:b|Who's going to read out the bin collection dates now?⟧”
Station manager Priti Raval said: “⟦d:p|Clive is Radio Wenlow. We'll try to carry on, but honestly, we'll be winging it.⟧”
Ashworth's co-presenter for the last 11 years, Tash Bellingham, said he had brought her a cup of tea at 5.45am every morning. “⟦d:t|Eleven years. I don't actually know how to make tea. I'm going to have to learn,⟧” she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh125.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh125",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
