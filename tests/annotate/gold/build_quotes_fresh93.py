# ruff: noqa: E501
"""Build ``quotes_fresh93.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: lunch profiles with a first-person reporter who asks questions, Q&A
transcripts with the interviewer's questions in bold or given by initials, podcast and
radio interviews, sports and arts interviews and press conferences, and human-interest
stories about families in which several relatives (often of the same gender) speak and
are called by first names.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh93-NNN``.

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

Decisions specific to this set (where the conventions above left room; the first six
are the same as in ``build_quotes_fresh58.py``):

* A role title or relational phrase before the name combined with an appositive after
  it (``Her husband, Fergal Hart, a former sommelier``): the appositive is the
  description. A title before the name alone (``Presenter Gwen Talbot``,
  ``Head coach …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 22-year-old``,
  ``the painter``), that description is taken.
* A non-restrictive relative clause after an appositive (``the guitarist, Rob Ennis,
  who now teaches …``) is not part of the description; a restrictive one is.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker; when the passage later identifies whose words they were, that person is
  the speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null, also when the question stands alone with no cue; a named host's
  or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* A relative who is only ever named by a first name (``his son Mark``, ``Her
  daughter, Rania``) is that first name, even where the family surname is written in
  the passage for somebody else.
* A definite description that refers to the speaker in the sentence that introduces
  them, before or without an appositive (``The father of a 19-year-old student missing
  for eleven days has made …``, ``for the 40-year-old jockey``), is the description.
* Transcripts whose turns are marked by initials (``TB:`` / ``RK:``), by surnames in
  capitals (``TSAO:``) or by questions set in bold (``**…**``) are transcripts in the
  sense above. Words that the interviewee quotes inside a turn belong to the person
  who first said them (``My father, Angus, used to say “…”``).
* A shout by a described but unnamed group (``Some supporters shouted``, ``Young lads
  shout``) is ``direct`` with a null speaker and that description; words sung or
  chanted as a slogan are ``scare``.
* Words attributed to a group (``according to her sisters``) have a null speaker and
  the group as the description.
* Words spoken by a subject inside a documentary film belong to that subject.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh93.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh93.jsonl")

PASSAGES = """
### 001
@a Ines Cardoso-Whitfield | the novelist
@b - | our waiter
Ines Cardoso-Whitfield is already seated when I arrive at Fennimore's, a fish restaurant on the quay at Saltby that she has been coming to, she says, “⟦p:a|since it was a bait shop⟧”. The novelist, whose ninth book, “⟦s:-|The Salt Ledger⟧”, is published next month, has ordered a bottle of sparkling water and is halfway through the bread.
“⟦d:a|I'm sorry, I couldn't wait,⟧” she says, pushing the basket towards me. “⟦d:a|I write in the mornings and I forget to eat. By one o'clock I'm a danger to the public.⟧”
She is 61, small and quick, with reading glasses pushed up into grey hair. She grew up in Lisbon and Leeds, the daughter of a Portuguese seamstress and an English bus driver, and has written about both cities with a kind of exasperated love.
I ask whether the new novel, which follows a bookkeeper who discovers that her employer has been falsifying the catch records of a fishing fleet, is a book about honesty.
“⟦d:a|God, I hope not,⟧” she says. “⟦d:a|Books about honesty are usually written by people who want you to know how honest they are. It's a book about arithmetic. Everybody in it is doing sums, and most of them are getting them wrong.⟧”
Our waiter arrives. “⟦d:b|Have you decided, or do you need another minute?⟧” he asks. Cardoso-Whitfield orders the hake without looking at the menu; I take the crab.
“⟦d:-|Do you always order the same thing?⟧” I ask.
“⟦d:a:m|Always. It's a superstition. When I was finishing my second book I came here every day for a month and had the hake, and the book was fine, so now I can't stop.⟧
“⟦d:a|My husband says it's the only discipline I have. He's right.⟧”
The second book, “⟦s:-|Small Hours⟧”, won the Harwell Prize in 1998 and was, by her own account, “⟦p:a|the last time anybody paid me properly⟧”. She is unsentimental about money.
“⟦d:a|People think writers shouldn't talk about it,⟧” she says, cracking a claw of my crab without asking. “⟦d:a|But I have a mortgage like everyone else. I'd like the young ones to know what the job actually pays, so they can make a choice with their eyes open.⟧”

### 002
@a Tavita Seumanu | a glaciologist at the University of Harcastle
@b - | a colleague
Tavita Seumanu, a glaciologist at the University of Harcastle, has spent fourteen summers camped on the Veldt ice shelf. Her new book, “⟦s:-|Listening to Ice⟧”, argues that the public has been told the wrong story about melting. She spoke to us by video from her office, where, she warned, “⟦p:a|the radiator has opinions⟧”.
“⟦d:a|I'm not an alarmist. I'm an accountant of ice,⟧” she said when we first met, in 2019. She still is.
This interview has been edited for length and clarity.
**You call the standard account of melting 'the bathtub story'. What's wrong with it?**
It makes people think of a slow, even rise, like topping up a bath. Ice shelves don't behave like that. They hold and hold and then they let go, and the letting go is fast.
**Is that what people mean by a tipping point?**
People hear “⟦s:-|tipping point⟧” and they imagine a light switch. It's more like a shelf in a cupboard that has been slowly bending for years. You don't notice until the plates are on the floor.
**What is it like out there?**
Loud. Everybody expects silence, and instead the ice cracks and groans all night. A colleague of mine once described the shelf as “⟦d:b|a cathedral with the roof coming off⟧”, and I have never managed to improve on that.
**Do you still enjoy the work?**
I love it. That's the difficult part. I'm documenting the end of something I love, and I have to write it up in the passive voice.

### 003
@a Dev Malhotra | a former sports agent
@b Callum Rees | the comedian
@c Ayodele Bankole | the former Harriers captain
Ayodele Bankole, the former Harriers captain, has said he came "⟦p:c|within a phone call⟧" of walking out on the club during the relegation season of 2016.
Speaking on "⟦s:-|Second Half⟧", the podcast hosted by Dev Malhotra, a former sports agent, and the comedian Callum Rees, Bankole described the dressing room that year as "⟦p:c|a waiting room at a bus station that had stopped running buses⟧".
"⟦d:a|Be honest with us,⟧" Malhotra said. "⟦d:a|Did you actually pick up the phone?⟧"
"⟦d:c|I picked it up. I had the number ready. My agent was waiting,⟧" Bankole replied. "⟦d:c|And then my daughter walked in and asked me why I was crying, and I put it down.⟧"
"⟦d:b|That's the saddest thing I've ever heard on this podcast,⟧" Rees said, "⟦d:b|and we once did an hour on the League Cup.⟧"
"⟦d:c:m|It's funny now. It wasn't funny then.⟧
"⟦d:c|People forget that footballers are just lads from somewhere. I was 29, I had a mortgage, I had a manager who didn't speak to me for four months. You can't put that in a post-match interview.⟧"

### 004
@a Mirela Kostadinova | the 22-year-old
@b Ruth Agbaje | her coach
@c - | the umpire
@d Jana Vrbová | the Czech-born world number 11
PORT ELSWICK, March 3 (Meridian) - Mirela Kostadinova saved three match points and survived a code violation to beat Jana Vrbová 4-6 7-6(9) 6-3 on Sunday and reach her first final at the Elswick Open.
"⟦d:a|I was already thinking about my flight home,⟧" the 22-year-old told reporters. "⟦d:a|At 5-4 and 40-love down you don't think about winning. You just think, okay, one more ball, don't embarrass yourself.⟧"
The turning point came early in the third set, when Kostadinova smashed a ball into the stands after a double fault.
"⟦d:c|Code violation, ball abuse, warning, Miss Kostadinova,⟧" the umpire announced, to jeers from the crowd.
"⟦d:a|I deserved it,⟧" Kostadinova said afterwards. "⟦d:a|But I think it woke me up. Ruth is always telling me I play better angry, as long as I'm not stupid angry.⟧"
Her coach Ruth Agbaje, who has worked with Kostadinova since she was 14, laughed when the comment was put to her. "⟦d:b|There's a difference between angry and stupid angry, and she found the right side of it today,⟧" Agbaje said.
Vrbová, who needed treatment on her left shoulder in the second set, said she had "⟦p:d|no excuses⟧".
"⟦d:d|She hit the ball better at the important moments. That's tennis,⟧" the Czech-born world number 11 said.

### 005
@a Nuala Keane | the eldest
@b Siobhán | -
@c Orla | the youngest
@d Maureen Keane | their mother
@e - | one customer
@f - | her sisters
The queue outside Keane's Bakery on Mill Street starts at 6.45am, a quarter of an hour before the doors open, and on Saturdays it reaches the chemist.
Inside, the three Keane sisters move around each other in a space not much bigger than a kitchen. Nuala Keane, the eldest, does the bread. Siobhán does the cakes. Orla, the youngest, does “⟦p:f|everything else, including the talking⟧”, according to her sisters.
“⟦d:a|We have one rule, and it's that nobody is allowed to be in a mood before eight,⟧” Nuala said, sliding a tray of soda farls onto the counter.
The sisters took over the business in 2015 from their mother, Maureen Keane, who opened it in 1979 with a loan from the credit union and a second-hand oven that, she says, “⟦p:d|had a personality⟧”.
“⟦d:d|I never expected one of them to take it on, never mind all three,⟧” Maureen said. She is 76 and still comes in on Fridays to “⟦p:d|supervise the scones⟧”. “⟦d:d|I thought they'd all have the sense to get office jobs.⟧”
“⟦d:b|We tried,⟧” Siobhán said. “⟦d:b|I was in insurance for nine years. I used to come in here on my lunch break and ice cakes, just to calm down.⟧”
Orla, who worked in London as a graphic designer before moving home, redesigned the shop's logo and runs its social media accounts. “⟦d:c|People think it's a lovely, gentle, family thing,⟧” she said. “⟦d:c|It is lovely. It's not gentle. You should hear us at Christmas.⟧”
“⟦d:e|Best brown bread in the county, and I've tried them all,⟧” one customer said on her way out.

### 006
@a Gwen Talbot | Presenter
@b Laszlo Petrakis | the housing minister
@c Department for Housing and Communities | -
The housing minister, Laszlo Petrakis, has refused five times in a single radio interview to say whether the government will meet its target of 40,000 new social homes by the end of the parliament.
Presenter Gwen Talbot put the question to him repeatedly on Radio Carrow's morning programme on Wednesday.
"⟦d:a|It's a yes or no question, minister. Will you hit the target?⟧" she asked.
"⟦d:b|What I can tell you is that we are building more social homes than at any point in the last twenty years,⟧" Petrakis said.
"⟦d:a|That isn't what I asked.⟧"
"⟦d:b|It's the context, Gwen. It's important context.⟧"
"⟦d:a|The context is that you're at 11,000 with eighteen months to go. Will you hit 40,000?⟧"
"⟦d:b|We are absolutely committed to the target, and I'm not going to pre-empt the figures,⟧" he replied.
Talbot later told listeners she had "⟦p:a|lost count⟧" of the number of times she had asked.
In a statement after the broadcast, the Department for Housing and Communities said the minister had "⟦p:c|set out the government's record clearly⟧". "⟦d:c|We remain committed to delivering the homes this country needs,⟧" it said.

### 007
@a Marguerite Anzola | the choreographer
@b Kenji Haraguchi | one of the company's principal dancers
@c - | one critic
Marguerite Anzola does not like to watch her own work from the stalls. At the premiere of «⟦s:-|Tidewater⟧» in Calloway last month, the choreographer stood at the back of the dress circle, arms folded, «⟦p:a|like a bouncer⟧», as she puts it.
«⟦d:a|If I sit down, I start fixing things in my head, and then I'm no use to anybody,⟧» she says. «⟦d:a|Standing, I can leave.⟧»
«⟦s:-|Tidewater⟧», her first full-length piece for the Northern Ballet Collective in a decade, has divided critics. One critic called it «⟦p:c|ninety minutes of very beautiful drowning⟧»; another walked out at the interval.
Anzola is amused rather than hurt. «⟦d:a:m|I made a piece about a town that floods every winter and the people refuse to leave. Of course it is slow. Water is slow, until it isn't.⟧
«⟦d:a:m|I spent three weeks in a village on the Fenmere estuary before we started rehearsals. I watched a man carry his armchair upstairs, very calmly, as if he did it every year. He did do it every year.⟧
«⟦d:a|That armchair is the whole ballet, really.⟧»
Kenji Haraguchi, one of the company's principal dancers, spends much of the second act on his back, being dragged across the stage by a rope. «⟦d:b|She told us, ‘Don't perform it. Just be heavy.’ That was the only note for a week,⟧» he says.
Anzola, told this, shrugged. «⟦d:a|Good,⟧» she said. «⟦d:a|Nobody should be hiding. It's a flood.⟧»

### 008
@a Darren Pickford | a forklift driver
@b Lee | his brother
@c Terry | Their dad
@d - | A spokeswoman for Lucky Nines
TWO brothers from Castleford Green are celebrating after a £2 scratchcard bought with the change from a round of drinks landed them a £2.4million jackpot.
Darren Pickford, 34, a forklift driver, and his brother Lee, 31, split the cost of the card at a newsagent on their way home from the Crown and Anchor on Friday night.
"⟦d:a|I scratched the last box and just went quiet,⟧" Darren said. "⟦d:a|Lee thought I'd had a stroke.⟧"
"⟦d:b|He went white as a sheet. I genuinely thought we'd have to ring an ambulance,⟧" laughed Lee.
The pair, already dubbed the "⟦s:-|Scratchcard Brothers⟧" by regulars at the Crown, rang their parents from the newsagent's doorstep.
Their dad Terry, 62, said: "⟦d:c|I told them both, don't give it to me, I'm fine. But if you're offering a caravan, I won't say no.⟧"
Asked what he would spend his share on, Darren said: "⟦d:a|A new boiler. Honestly. That's the first thing. Then we'll see.⟧"
A spokeswoman for Lucky Nines said: "⟦d:d|We're thrilled for Darren and Lee. It's lovely when a win stays in the family.⟧"

### 009
@a Winifred Ashdown | a former telephonist
@b Ann Collier | Her elder daughter
@c Margaret Fenn | her younger daughter
@d Kezia Fenn | granddaughter
Winifred Ashdown, a former telephonist, celebrated her 100th birthday at Fairlawn care home in Tollerby on Saturday surrounded by four generations of her family, two cakes and, she said, “⟦p:a|far too much fuss⟧”.
Known to everyone at Fairlawn as “⟦s:-|Winnie⟧”, she was born in a terraced house on Canal Row in 1925 and worked at the Tollerby telephone exchange for 31 years.
“⟦d:a|I connected half this town to the other half,⟧” she said. “⟦d:a|I knew everybody's business, and I never told a soul. Well, hardly.⟧”
Her elder daughter, Ann Collier, 74, said her mother's memory was “⟦p:b|better than mine and better than the internet⟧”.
“⟦d:b|You ask her who lived at number 14 in 1950 and she'll tell you, and what their dog was called,⟧” Ann said.
Her younger daughter, Margaret Fenn, 71, travelled from Aberdeen for the party. “⟦d:c|She's always been the boss. Still is. She told the nurses this morning which cardigan she wanted, and it wasn't the one they'd picked,⟧” Margaret said.
The party was organised by granddaughter Kezia Fenn, 40, who tracked down two of Mrs Ashdown's former colleagues from the exchange. “⟦d:d|I wanted her to have people there who remembered her at work, not just as Nan,⟧” she said.
Asked the secret of a long life, Mrs Ashdown did not hesitate. “⟦d:a|Mind your own business and eat your greens,⟧” she said.

### 010
@a Ruaridh Kinnaird | the fiddler and composer
@b Angus | My father
Ruaridh Kinnaird, the fiddler and composer, has played the same 1890s fiddle since he was 11. His seventh album, “⟦s:-|Low Road Home⟧”, was recorded in a single room on a single afternoon. “⟦d:a|If it's not right by teatime, it's not right,⟧” he said when we met. He spoke to Tilly Bowen.
TB: Why one afternoon?
RK: Because I get worse the longer I'm given. Give me a month in a studio and I'll sand every tune down until it's smooth and dead. An afternoon, you've no time to be clever.
TB: Was that always the plan?
RK: No. The plan was three weeks and a string section. Then the money went, and I was glad, if I'm honest.
TB: Where do the tunes come from?
RK: Walking, mostly. My father, Angus, used to say “⟦d:b|a tune is just a walk with somewhere to go⟧”, and he meant it literally. He'd come in from the hill with one in his head and write it on the back of the electricity bill.
TB: The last album got mixed reviews.
RK: Somebody called it “⟦p:-|pleasant⟧”, which is the worst word you can use about music. I'd rather they'd hated it. Pleasant is what you say about a bungalow.
TB: And this one?
RK: This one isn't pleasant. I'm proud of that.

### 011
@a Beatriz Monteagudo | the Calder City Women manager
@b Hollie Strand | the captain
@c Nkechi Ude | the striker
@d Paul Renwick | the club's chief executive
Beatriz Monteagudo, the Calder City Women manager, keeps a notebook in the inside pocket of her coat. She has filled 43 of them since she arrived from Valencia four years ago, and she will not let anybody read them.
``⟦d:a|It's not secret tactics. Half of it is shopping lists,⟧'' she says. ``⟦d:a|But if I let the players see it, they'll find out what I really think of their first touch.⟧''
When Monteagudo took over, City were bottom of the second tier and training on a school pitch two nights a week. This season they are third in the top flight and have reached the semi-finals of the cup.
The captain, Hollie Strand, has been at the club for 11 years and remembers the school pitch. ``⟦d:b|We used to get changed in a classroom. There were little chairs,⟧'' she says. ``⟦d:b|Beatriz walked in on her first day, looked at the chairs, and said, no. Just no. And within a month we were at the training ground.⟧''
Monteagudo shrugs at the story. ``⟦d:a:m|I didn't do anything clever. I just asked. Everybody at that club had been told no for so long that they'd stopped asking.⟧
``⟦d:a|In football, if you don't ask, the answer is always no.⟧''
The striker Nkechi Ude, who has scored 19 goals this season, describes her manager as ``⟦p:c|terrifying, in a helpful way⟧''.
``⟦d:c|She'll go through your whole game on a Monday, every touch, and by the end you want to cry and you want to run through a wall,⟧'' Ude says.
The club's chief executive, Paul Renwick, admits the board was nervous about appointing a manager with no experience of English football. ``⟦d:d|We were wrong to be nervous. She was right about almost everything, which is quite annoying,⟧'' he says.

### 012
@a Gareth Pryce | the farmer
@b Rhodri Pryce | His son
@c - | One neighbour who asked not to be named
@d Cwm Aran Flood Authority | -
A farming family in the Aran valley say they lost more than 200 sheep when the river burst its banks on Sunday night, and have accused the authorities of ignoring warnings about a collapsing flood wall.
Gareth Pryce's family has farmed at Llwyn Teg for four generations. He said the water rose "⟦p:a|faster than a man can walk⟧".
"⟦d:a|We were out with torches at two in the morning trying to get them up to the top field,⟧" the farmer said. "⟦d:a|You could hear them in the dark and you couldn't get to them. I won't forget that sound.⟧"
His son Rhodri Pryce, 27, said the family had reported cracks in the wall to the flood authority three times since 2022.
"⟦d:b|Every time, somebody came out, took photos, and went away again,⟧" Rhodri said.
The elder Mr Pryce was quieter about blame. "⟦d:a|There'll be time for that. Today I just want to find the rest of them,⟧" he said.
One neighbour who asked not to be named said the valley had "⟦p:c|known for years⟧" that the wall was failing. "⟦d:c|Everybody's been saying it down the pub. It's not a surprise to anyone who lives here,⟧" he said.
The Cwm Aran Flood Authority said it was "⟦p:d|deeply sorry⟧" for the losses and would review its inspection records. "⟦d:d|Our teams are working around the clock to support affected households,⟧" it said in a statement.

### 013
@a Haruto Blake | the co-founder of payroll software company Pellucid
@b Delphine Arsenault | his head of communications
Haruto Blake, the co-founder of payroll software company Pellucid, has chosen a vegetarian canteen in a converted tram shed, where you order at a counter and carry your own tray. He is wearing a grey hoodie and, when I arrive, is already explaining the menu to his head of communications, Delphine Arsenault, who has come along “⟦p:b|just to listen⟧”.
Pellucid was valued at £1.9bn in its last funding round. Blake, who is 38, dropped out of a physics degree after a year and started the company in his mother's spare room in Harrogate.
“⟦d:a|She charged me rent,⟧” he says. “⟦d:a|Forty pounds a week. She said, ‘If you're going to be a businessman, you can start by paying your bills.’ I've never been so angry and she's never been so right.⟧”
“⟦d:-|Did you pay it?⟧” I ask.
“⟦d:a|Every week. She gave it all back when we raised our first round. In a biscuit tin.⟧”
I ask about the redundancies Pellucid announced in the spring, when 140 staff were let go by video call.
Arsenault leans forward. “⟦d:b|We've addressed that in some detail already —⟧”
“⟦d:a|No, it's fine,⟧” Blake says, holding up a hand. “⟦d:a|We did it badly. I did it badly. A video call was cowardly, and I've said that to the people involved, and I'll say it to you.⟧”
Is he worried that saying so will look like a performance of contrition?
“⟦d:a|Probably it will. I can't help that. I'd rather look sorry than be the kind of person who can't say it.⟧”

### 014
@a Adaeze Nwosu-Hart | the chef
@b Fergal Hart | a former sommelier
@c - | one food writer
Adaeze Nwosu-Hart has heard every version of the question, and she answers it before it is finished. "⟦d:a|Yes, I'm Nigerian. Yes, I grew up in Cork. No, I don't think that makes my food a 'fusion',⟧" she says. "⟦d:a|It makes it my food.⟧"
The chef, 39, opened Ọka in a former bank in Limerick three years ago. Its signature dish, a "⟦s:-|jollof arancini⟧" served with smoked pepper sauce, has been photographed more times than she can bear.
"⟦d:a|I put it on the menu as a joke for a staff party. Now I can't take it off. People would riot,⟧" she says.
One food writer called the restaurant "⟦p:c|the most exciting room in the west⟧"; another described the cooking, to her lasting irritation, as "⟦p:-|elevated⟧".
"⟦d:a|Elevated from what?⟧" she asks. "⟦d:a|My mother's cooking doesn't need elevating. It needs a bigger pot.⟧"
Her husband, Fergal Hart, a former sommelier, runs the front of house and chose every bottle on the wine list. He says the "⟦s:-|Nigerian-Irish⟧" label annoys him more than it annoys her.
"⟦d:b|Ada's food is precise. It's technical. Nobody calls a French chef's food 'French-Parisian fusion',⟧" he says. "⟦d:b|I'll stop now before I get going.⟧"
"⟦d:a|He's been going for three years,⟧" says his wife, not unkindly.

### 015
@a Desmond Achterberg | host
@b Bev | One caller
@c Tariq | -
@d - | a man who did not give his name
@e Halsey Borough Council | -
Listeners to Halsey FM's lunchtime phone-in were not short of opinions on Tuesday after the council confirmed that general waste would be collected every three weeks from April.
“⟦d:a|Lines are open, and I'll warn you now, they're already full,⟧” host Desmond Achterberg told listeners at the top of the hour.
One caller, who gave her name only as Bev, said she had five children and “⟦p:b|a bin the size of a shoebox⟧”.
“⟦d:b|Three weeks, Desmond. Three weeks. Have they met a nappy?⟧” she said. “⟦d:b|I'll be taking mine down to the council offices and leaving it on the steps.⟧”
“⟦d:a|I'm not allowed to encourage that, Bev,⟧” Achterberg replied, “⟦d:a|but I do understand it.⟧”
Tariq, from Halsey Moor, was more sympathetic. “⟦d:c|Look, I recycle everything. I've got four bins and a compost heap. If people sorted their rubbish properly they'd manage,⟧” he said.
A man who did not give his name called the decision “⟦p:d|a disgrace from start to finish⟧” before the line went dead.
In a statement read out at the end of the programme, Halsey Borough Council said the change would save £1.2m a year. “⟦d:e|We know this is a significant change, and we will support households who need extra capacity,⟧” it said.

### 016
@a Kofi Mensah-Doyle | the 27-year-old
@b Emmanuel Mensah | his father
@c Vic Sallis | promoter
@d Andrei Rusu | -
KOFI Mensah-Doyle has told his Romanian rival he will "⟦p:a|need a taxi home⟧" after their title fight at the Dockside Arena on Saturday.
Mensah-Doyle, unbeaten in 18 fights and known to fans as "⟦s:-|The Tide⟧", was in bullish mood at Thursday's press conference.
"⟦d:a|I've watched every one of his fights. Every one. He's got one shot and he telegraphs it from Tuesday,⟧" said the 27-year-old. "⟦d:a|I'll see it coming before he's thought of it.⟧"
Mensah-Doyle is trained by his father, Emmanuel Mensah, who runs a gym above a carpet shop in the town.
"⟦d:b|He talks. I let him talk. In the gym he does not talk, he works,⟧" the elder Mensah said. "⟦d:b|That is the arrangement.⟧"
Promoter Vic Sallis said the fight had sold out in "⟦p:c|eleven minutes flat⟧". "⟦d:c|I've been doing this thirty years and I've never seen a queue like it for a light-heavy. The town's gone mad for him,⟧" Sallis said.
Andrei Rusu, who did not attend the press conference, responded on social media. "⟦d:d|Talk is cheap. Saturday is not,⟧" he wrote.

### 017
@a Emeka Obi | -
@b Chidi | his twin brother
@c Pauline Marsh | club secretary
@d - | one junior member
Emeka Obi and his twin brother, Chidi, have been rowing on the Ledwell since they were nine, when a PE teacher took their class to the boathouse “⟦p:a|to get us out of her hair for an afternoon⟧”.
Thirty-five years later, the brothers run Ledwell Rowing Club between them, coach 60 juniors, and still argue about who won a race in 1994.
“⟦d:a|I won,⟧” Emeka said.
“⟦d:b|He did not win,⟧” said Chidi. “⟦d:b|There's a photograph. The photograph is blurry, which he thinks helps him.⟧”
The twins took over the club in 2016, when membership had dropped to 14 and the boathouse roof was “⟦p:b|more hole than roof⟧”. They raised £80,000 for repairs through sponsored rows, cake sales and what Emeka calls “⟦p:a|aggressive emailing⟧”.
“⟦d:a:m|People kept telling us rowing was for posh kids. We're from the Fairfield estate. Our mum cleaned offices.⟧
“⟦d:a|Nobody on that estate had ever been in a boat except on holiday. Now we've got kids from every block.⟧”
Club secretary Pauline Marsh said the brothers had “⟦p:c|saved the place single-handed, or double-handed⟧”. “⟦d:c|They're here at six in the morning, they're here at nine at night. I don't know when they sleep,⟧” she said.
“⟦d:d|They shout a lot, but it's nice shouting,⟧” one junior member said.

### 018
@a Eleanor Mbatha-Rowe | the judge
@b Simon Aldous | the barrister
@c Joyce Ampofo | her former clerk
Few High Court judges have been quoted on the front of a tabloid newspaper. Mrs Justice Eleanor Mbatha-Rowe, who retires this week after 22 years on the bench, has managed it three times.
The most famous occasion followed her 2011 judgment in the Hartsfield housing case, in which she wrote: “⟦d:a|A landlord who allows a child to sleep beneath a ceiling he knows to be falling has not made an error of maintenance. He has made a choice.⟧”
Sitting in her chambers among half-packed boxes, the judge is unrepentant. “⟦d:a|I was told it was intemperate,⟧” she said. “⟦d:a|It was accurate. Sometimes the two look alike.⟧”
She is 70, the mandatory retirement age, and says she is leaving “⟦p:a|under protest, but in good order⟧”.
Simon Aldous KC, who appeared before her more than forty times, said she was “⟦p:b|the most frightening and the most fair⟧” judge he had known. “⟦d:b|You went in prepared or you didn't go in,⟧” the barrister said. “⟦d:b|She'd read everything. Often she'd read things you hadn't.⟧”
Her former clerk, Joyce Ampofo, who worked with her for 15 years, remembers a different side. “⟦d:c|Every Christmas she learned the name of every security guard, every cleaner, every usher. And their children's names. She'd ask after them all year,⟧” Ms Ampofo said.
Asked what she will do next, Mbatha-Rowe smiled. “⟦d:a|Gardening. Badly. And I may write something, if anyone still wants to hear from me.⟧”

### 019
@a Mei-Ling Tsao | the host of “Night Shift”
@b Bartholomew Okoro | a hospital porter for 30 years
@c - | A man on the cardiac ward
Mei-Ling Tsao, the host of “⟦s:-|Night Shift⟧”, has interviewed nurses, taxi drivers, bakers and a lighthouse keeper for her podcast about people who work while the rest of us sleep. “⟦d:a|I wanted to hear from the people who keep the lights on,⟧” she told us. “⟦d:a|Literally, in one case.⟧” This week's guest is Bartholomew Okoro, a hospital porter for 30 years, who says the job taught him “⟦p:b|how to be quiet in a room⟧”. An edited extract follows.
TSAO: What's the first thing you do when you get in?
OKORO: Kettle. Then I check the board to see who's died.
TSAO: That's blunt.
OKORO: It's a hospital. If I don't know who's gone, I might wheel a trolley into a room and upset a family. You learn to check.
TSAO: What's the best night you've had?
OKORO: A man on the cardiac ward, very old, couldn't sleep. He asked me to take him to the window to see the sunrise. I wasn't supposed to. I did. He held my hand and said “⟦d:c|thank you, son⟧”, and he died that afternoon. I think about him a lot.
TSAO: And the worst?
OKORO: I don't talk about the worst ones. Not on the radio. Not at home either, if I can help it.

### 020
@a Nikolai Dragomir | The father of a 19-year-old student missing for eleven days
@b Ilinca Dragomir | his wife
@c - | A police spokesperson
@d Fenella Brightwater | a family friend
The father of a 19-year-old student missing for eleven days has made an emotional appeal for him to come home, saying "⟦p:a|nobody is angry⟧" with him.
Nikolai Dragomir spoke outside the family home in Wickstead on Thursday, holding a photograph of his son, Vlad, who was last seen leaving a friend's flat in the town centre in the early hours of 2 March.
"⟦d:a|Vlad, if you see this, you are not in trouble. Nobody is angry. We just want to know you are safe,⟧" Mr Dragomir said, his voice breaking.
His wife, Ilinca Dragomir, stood beside him but did not speak until the end. "⟦d:b|He's a gentle boy,⟧" she said quietly. "⟦d:b|He gets overwhelmed. He goes quiet. That's all this is, I think. I have to think that.⟧"
A police spokesperson said officers were "⟦p:c|keeping an open mind⟧" and were examining CCTV from the area around the railway station. "⟦d:c|We would urge anyone who saw Vlad, or thinks they might have seen him, to get in touch, however insignificant it may seem,⟧" the spokesperson said.
Fenella Brightwater, a family friend who has organised searches of woodland near the town, said more than 300 volunteers had come forward. "⟦d:d|This is a small town. Everyone knows someone who knows Vlad,⟧" she said.

### 021
@a Rohan Vaswani | the Eastshire captain
@b - | one reporter
@c - | a second reporter
@d Gerrit Visagie | Head coach
HALBURY, June 14 (Meridian) - Rohan Vaswani, the Eastshire captain, defended his decision to bat first on a green pitch after his side were bowled out for 94 on the opening day of the championship match against Wendover on Saturday.
"⟦d:a|I'd do it again. I genuinely would,⟧" Vaswani told reporters. "⟦d:a|The pitch did a bit, but we didn't lose wickets to the pitch. We lost them to poor shots, and that includes mine.⟧"
"⟦d:b|Was there any disagreement in the dressing room about the toss?⟧" one reporter asked.
"⟦d:a|There's always a conversation. There wasn't an argument, if that's what you mean.⟧"
"⟦d:c|Is your own position under threat?⟧" a second reporter asked.
Vaswani, who has averaged 18 with the bat this season, paused before answering. "⟦d:a|That's not my decision. I'll keep turning up and trying to score runs. That's all I can do.⟧"
Head coach Gerrit Visagie said the captain had his "⟦p:d|full backing⟧". "⟦d:d|Rohan's the right man. We had a bad day. We've had bad days before and we'll have them again,⟧" Visagie said.
Wendover reached 188 for three at stumps.

### 022
@a Ifeoma Reyes | -
@b Teodor Varga | Her co-star
Ifeoma Reyes orders a pot of tea for two and then, before it arrives, apologises for being famous.
“⟦d:a|I'm sorry about the man by the door,⟧” she says, nodding at a fan who has been filming us on his phone since I sat down.
She has reason to expect attention. Her performance as a disgraced surgeon in “⟦s:-|The Quiet Ward⟧” has made her, at 44 and after twenty years of mostly stage work, the most talked-about actor of the year.
“⟦d:-|Does it feel sudden?⟧” I ask.
“⟦d:a|It feels,⟧” she says, choosing the word carefully, “⟦d:a|rude. I've been doing exactly the same thing for two decades. Nobody was filming me in cafés when I was doing Chekhov in Scunthorpe.⟧”
The director, Anders Holm, is famous for shooting dozens of takes. Reyes says he gave her only one piece of direction in four months. “⟦d:a|He came up to me on the first day and said, ‘Don't act like a surgeon. Act like a woman who's tired.’ And that was it.⟧”
Her co-star Teodor Varga, who plays the hospital's chief executive, told me by phone that Reyes was “⟦p:b|the only person on set who never looked at the monitor⟧”.
“⟦d:b|She doesn't care what she looks like. She cares whether it's true,⟧” he said.
I put this to Reyes. She laughs and pours the tea, which has finally arrived. “⟦d:a|Teo is very kind. He's also wrong. I care enormously what I look like. I just hide it better than he does.⟧”

### 023
@a Saoirse Dunleavy | the 26-year-old
@b Amaka Eze | -
@c Lotte Brandsma | the team's youngest member
KESTON BAY, Aug 9 (Meridian) - Saoirse Dunleavy anchored the Ardanagh women's relay team to a surprise bronze in the 4x100 metres freestyle on Friday, touching out the defending champions by four hundredths of a second.
``⟦d:a|I didn't see the board. I just heard the girls screaming and I thought, either we've won or someone's fallen in,⟧'' Dunleavy said.
The 26-year-old, who considered retiring after missing out on selection two years ago, was in tears on the pool deck. ``⟦d:a|I've had a lot of bad days in this pool. Today I get to keep one good one.⟧''
Amaka Eze, who swam the second leg, said the team had been ``⟦p:b|written off by everybody except our mums⟧''.
``⟦d:b|Nobody even interviewed us before the race. That's fine. They can interview us now,⟧'' Eze said.
Lotte Brandsma, the team's youngest member at 18, led off in a personal best time. ``⟦d:c|I was so nervous I forgot my goggles in the call room and Amaka had to run back for them,⟧'' she said.
``⟦d:b|I'm putting that in my book,⟧'' Eze said.

### 024
@a Ilse Vandermeer | -
@b Femke | her granddaughter
@c Marijke | Femke's mother
Ilse Vandermeer has been throwing pots in the same whitewashed shed behind her house in Oosterwold for 58 years. For the last three of them, her granddaughter Femke has been throwing pots beside her, at a second wheel that Ilse bought second-hand “⟦p:a|on the condition that she uses it⟧”.
“⟦d:a|She uses it,⟧” Ilse says. She is 81, and her hands, grey with slip, do not stop moving while she talks. “⟦d:a|More than I expected. Less than I'd like.⟧”
Femke, 29, trained as a lawyer and worked for four years at a firm in the city before, as she puts it, “⟦p:b|the wheel won⟧”.
“⟦d:b|I used to come here at weekends and sit in the corner with a cup of coffee and watch her, and I'd feel my shoulders come down from round my ears,⟧” she says. “⟦d:b|One day I thought, why am I only doing this at weekends?⟧”
Femke's mother, Marijke, was less enthusiastic at first. “⟦d:c|I paid for law school. I thought I was entitled to an opinion. I was wrong about that.⟧”
The two potters have very different styles. Ilse makes plain, heavy bowls in a single celadon glaze; Femke's work is thin-walled and brightly coloured, and sells, to her grandmother's mild bewilderment, “⟦p:a|to people in Japan, on the computer⟧”.
“⟦d:b|She tells me my pots are too fussy,⟧” Femke says.
“⟦d:a|They are too fussy,⟧” says Ilse. “⟦d:a|But they're hers. That's the only thing that matters.⟧”

### 025
@a Jonas Ekwueme | presenter
@b Anouk Delacroix-Mensah | the film-maker
@c Hélène Duret | a crane operator
The film-maker Anouk Delacroix-Mensah spent five years making «⟦s:-|The Last Shift⟧», a documentary about the closure of the Saint-Ambroise steelworks. Speaking to presenter Jonas Ekwueme on Radio Brevik's «⟦s:-|Culture Now⟧», she said the hardest part had been «⟦p:b|knowing when to turn the camera off⟧».
«⟦d:a|There's a scene near the end where a man is clearing out his locker. You hold on him for almost three minutes. Did you ever think of cutting it?⟧» Ekwueme asked.
«⟦d:b:m|Every day in the edit. My producer wanted it at thirty seconds. But he'd worked at that locker for 34 years. I thought, he's earned three minutes. Everyone watching can give him three minutes.⟧
«⟦d:b|What I didn't film was afterwards. He sat in his car for an hour. I sat in mine. We didn't speak. That belongs to him.⟧»
One of the film's subjects, Hélène Duret, a crane operator, says in the film: «⟦d:c|They told us it was about the market. The market never came to my house and explained anything.⟧»
«⟦d:a|That line got a round of applause at the premiere,⟧» Ekwueme said.
«⟦d:b|She hates that. She says she was just being accurate.⟧»

### 026
@a Jory Penhaligon | the old man
@b Mark | his son
@c Tom | Mark's son
@d - | a spokesman for the Fishermen's Co-operative
Jory Penhaligon first went to sea at 14, on his father's crabber, in a jumper his mother knitted "⟦p:a|three sizes too big so I'd grow into it⟧". He is 84 now, and still goes down to the harbour at Porthvean every morning to see the boats out.
"⟦d:a|I don't go out any more. The doctor says my heart won't take it. The doctor doesn't know my heart,⟧" he said.
His son Mark, 58, skippers the family's boat, the Morwenna, and has fished the same grounds off the Lizard for four decades. Mark's son Tom, 24, joined him on deck after leaving school.
"⟦d:b|Dad taught me everything, and then he spent thirty years telling me I was doing it wrong,⟧" Mark said. "⟦d:b|Now I'm doing the same to Tom. It's tradition.⟧"
"⟦d:c|He's worse than Grandad,⟧" Tom said. "⟦d:c|Grandad at least goes home at lunchtime.⟧"
The three men agree that the job has changed beyond recognition. Quotas, fuel prices and paperwork have driven most of the village's boats out of business; of the 22 that fished from Porthvean when Jory was a boy, four remain.
"⟦d:a|We had no paperwork. We had a pencil and a notebook and my father's memory,⟧" the old man said.
A spokesman for the Fishermen's Co-operative said young entrants were "⟦p:d|as rare as hen's teeth⟧" along the coast.

### 027
@a Soledad Ferreyra | the architect behind the Harrow Lane library
@b - | one critic
@c - | a client
Soledad Ferreyra, the architect behind the Harrow Lane library, does not own a car and has never designed a car park. "⟦d:a|People ask if that's a principle. It's mostly that nobody's asked me,⟧" she says. The library, a low brick building wrapped around a courtyard of birch trees, was described by one critic as "⟦p:b|the gentlest public building in the country⟧" and has been shortlisted for the Dunmore Medal. We spoke in the courtyard.
**Where did the courtyard come from?**
From the site. There was one old birch on it when we started, and the council wanted it felled. I spent more time arguing for that tree than on any other part of the project. In the end we built the whole plan around it.
**Is it true you wanted no signs inside?**
Almost none. A library should be legible. If you need a sign to find the toilets, the building has failed. We lost that one, though. There are signs.
**What is the worst brief you've been given?**
A client once told me to "⟦d:c|make it look expensive and cost nothing⟧". I said I'd do the second half. We didn't work together again.
**You talk about "⟦s:-|gentleness⟧" a lot. Isn't that a soft word for an architect?**
It's the hardest thing to achieve. Anyone can make a building that shouts. Making one that lets you think is much more difficult.

### 028
@a Gordon McAllister | headteacher
@b Jade Kinsella | a former pupil who is now a paramedic
@c Sunil Bhatt | -
@d Ruth Obiang | cabinet member for education on Kilbride Council
There were tears, a brass band and a guard of honour of 900 pupils at Kilbride Academy on Friday as headteacher Gordon McAllister left the school after 34 years.
“⟦d:a|I came here for a two-year contract in 1991,⟧” he told a packed assembly hall. “⟦d:a|Somebody forgot to tell me it had ended.⟧”
Mr McAllister, 63, began as a maths teacher and became head in 2006, when the school was in special measures and, he recalled, “⟦p:a|the roof leaked on the good days⟧”.
Jade Kinsella, a former pupil who is now a paramedic, travelled from Glasgow to be there. “⟦d:b|He was the first person who told me I was clever. I didn't believe him for about ten years, but he kept saying it,⟧” she said.
Sunil Bhatt, 35, who was in Mr McAllister's first tutor group as head, said he had been “⟦p:c|the scariest man in Kilbride and the kindest⟧”. “⟦d:c|He caught me bunking off once and drove me back to school himself. Then he bought me a roll on the way,⟧” Mr Bhatt said.
Ruth Obiang, cabinet member for education on Kilbride Council, said the headteacher had “⟦p:d|turned a school that people avoided into one they queue for⟧”.
Asked what he would miss most, Mr McAllister said: “⟦d:a|The noise. Everybody thinks heads want quiet. You don't. Quiet means something's wrong.⟧”

### 029
@a Rawiri Takerei | the Northbridge flanker
@b Sina | his wife
@c Declan Moy | the club's head physio
Rawiri Takerei, the Northbridge flanker, says there were mornings during his fourteen months out injured when he "⟦p:a|couldn't face the stairs, never mind a scrum⟧".
The 31-year-old ruptured his anterior cruciate ligament in the second minute of the cup final two seasons ago, and a second operation was needed when the first repair failed.
"⟦d:a|The first time, you think, right, six months, head down, get on with it,⟧" he said. "⟦d:a|The second time, you start wondering who you are if you're not a rugby player.⟧"
He credits his wife, Sina, with getting him through. "⟦d:a|She didn't let me feel sorry for myself for more than one day a week. Wednesday was the day. I was allowed to sulk on Wednesdays.⟧"
"⟦d:b|He took Wednesdays very seriously,⟧" Sina said, laughing. "⟦d:b|He'd plan them. There was a menu.⟧"
Declan Moy, the club's head physio, said Takerei had done "⟦p:c|more hours in the gym than anyone I've worked with⟧". "⟦d:c|Honestly, my job in the last few months was stopping him, not pushing him,⟧" Moy said.
Takerei is expected to start against Castlegate on Saturday. "⟦d:a|I'll probably cry at the anthem,⟧" he said, "⟦d:a|and then I'll try to hit somebody.⟧"

### 030
@a Amal Haddad | -
@b Rania | her daughter
@c Yusra Khoury | a volunteer with the Fenwick Welcome Group
Amal Haddad keeps the keys to the family's flat in Fenwick on a ribbon around her neck. She arrived in the town two years ago with her three children, after eighteen months in a camp, and she does not like to let the keys out of her sight.
Speaking through an interpreter, she said the first night in the flat was the first in three years that she had slept without waking. “⟦d:a|I kept checking the door. Then I stopped checking. Then I slept,⟧” she said.
When asked how she feels about the town now, she answered in Arabic: “⟦d:a|al-hamdu lillah⟧” — “⟦d:a|thank God⟧”. Then she added, in careful English: “⟦d:a|Fenwick is good. The rain is not good.⟧”
Her daughter, Rania, 16, speaks English with a local accent and wants to study medicine. She translates for her mother at the doctor's, at the bank and at parents' evenings, including her own.
“⟦d:b|It's weird translating your own report. My teacher said I talk too much in chemistry and I told Mum she said I was excellent in chemistry,⟧” Rania said. “⟦d:b|Which is also true.⟧”
Her mother, catching her name, asked what had been said. Rania told her. Mrs Haddad laughed and said something in Arabic that her daughter declined to translate.
Yusra Khoury, a volunteer with the Fenwick Welcome Group, has helped the family since they arrived. “⟦d:c|Amal is the strongest person I know. She'd hate me saying that,⟧” she said.

### 031
@a Bronagh Tierney | The podcast's host
@b Ama Owusu | her co-host
@c Carol Haskins | the retired detective who led the original inquiry
The latest episode of “⟦s:-|The Cold Files⟧” features the first interview in three decades with Carol Haskins, the retired detective who led the original inquiry into the disappearance of Lorna Weatherall from a bus stop in Hensby in 1994.
The podcast's host, Bronagh Tierney, and her co-host, Ama Owusu, have spent two years reinvestigating the case.
“⟦d:a|You've never spoken about this publicly. Why now?⟧” Tierney asks.
“⟦d:c|Because I'm 78, and I'd rather say it to you than to nobody,⟧” Haskins replies.
She describes the first week of the investigation as “⟦p:c|chaos with a clipboard⟧”, and admits that a witness who reported seeing a blue van was never formally interviewed.
“⟦d:c:m|That was my failure. Not the team's. Mine. The statement came in on a Friday night and it went in the wrong tray, and by the time anyone found it the man had moved abroad.⟧
“⟦d:c|I have thought about that tray every day for thirty years.⟧”
Owusu asks whether she believes Lorna is still alive. There is a long pause on the recording.
“⟦d:c|No,⟧” Haskins says. “⟦d:c|I'm sorry. No.⟧”
In the studio afterwards, Owusu tells Tierney: “⟦d:b|I didn't expect her to say that. I thought she'd give us the official line.⟧”
“⟦d:a|I think she's been waiting to say it,⟧” Tierney says.

### 032
@a Tobias Ferenczi | the conductor
@b - | the sommelier
Tobias Ferenczi arrives twelve minutes late, apologising in three languages, and sits down with his back to the room. ``⟦d:a|I can't face the door,⟧'' he explains. ``⟦d:a|Thirty years of watching orchestras. If I can see people, I start conducting them.⟧''
We are in the upstairs room of Brasserie Lenk, across the square from the Stadthalle, where tonight the conductor, 57, leads the Kessel Philharmonic in Mahler's Sixth for the last time as music director.
The sommelier approaches with a list. ``⟦d:b|Something for the occasion, maestro?⟧''
``⟦d:a|Something cheap and cold,⟧'' Ferenczi says. ``⟦d:a|I'm working tonight. I drink afterwards, with the brass section, and that is a much more serious matter.⟧''
I ask whether the Sixth, with its three famous hammer blows, is a strange choice for a farewell.
``⟦d:a:m|People think it is about fate. Three blows, the hero falls, very dramatic. I think it is about a man trying to be happy and being interrupted.⟧
``⟦d:a|That, for me, is what this job has been. Twelve years of trying to be happy and being interrupted by budgets.⟧''
He laughs, then becomes serious. The orchestra lost a fifth of its funding in 2019, and Ferenczi spent what he calls ``⟦p:a|two lost seasons⟧'' fighting to keep every player.

### 033
@a Jodie Marchetti | HARBOUR LANE star
@b Liam Rourke | a personal trainer
@c - | A source close to the star
@d - | A spokesperson for Marchetti
HARBOUR LANE star Jodie Marchetti has broken her silence on her shock split from Liam Rourke, telling fans she is "⟦p:a|heartbroken but hopeful⟧".
The 38-year-old actress, who plays feisty landlady Tina Brannigan in the hit soap, posted a tearful message to her 2.1million followers on Sunday night.
"⟦d:a|I've always been honest with you all, so I'm not going to pretend,⟧" she wrote. "⟦d:a|This has been the hardest few months of my life. Liam and I will always love each other, but sometimes love isn't enough.⟧"
Rourke, 41, a personal trainer, told the Sunday Herald: "⟦d:b|There's no villain here. We just grew apart. I'll always be in her corner.⟧"
But a source close to the star claimed the marriage had been "⟦p:c|on the rocks for over a year⟧". "⟦d:c|Jodie's been putting a brave face on at work, but the cast all knew. She's been crying in her dressing room between scenes,⟧" the source said.
A spokesperson for Marchetti said: "⟦d:d|Jodie and Liam ask for privacy for themselves and their family at this difficult time.⟧"
The couple, who married in a lavish ceremony in Lake Como in 2019 dubbed the "⟦s:-|wedding of the year⟧" by soap fans, have a five-year-old daughter.

### 034
@a Yusuf Demirci | the owner of Brackenfield Athletic
@b - | some supporters
Yusuf Demirci, the owner of Brackenfield Athletic, bought the club for £1 in 2021, when it was three days from liquidation. Four years on, Athletic are in the third tier, the ground has a new stand and supporters who once sang “⟦s:-|Demirci out⟧” now wear his face on T-shirts. “⟦d:a|I have been hated and loved in the same stadium. Loved is better, but it is less interesting,⟧” he told us. He spoke to Clare Whitby.
CW: Why did you buy a club that was about to go bust?
YD: Because my father brought me to this ground when I was seven and I was sick on the terrace. You don't forget your first time being sick somewhere.
CW: The first season was difficult.
YD: It was a disaster. We lost eleven games in a row. Some supporters held up a banner saying “⟦s:-|Sell to anyone⟧”. I took a photograph of it. It's in my office. I look at it when I'm feeling too pleased with myself.
CW: What changed?
YD: I stopped trying to manage the team. I am a man who sells kitchen appliances. I hired a manager and I let him manage.
CW: Would you ever sell?
YD: To anyone? No. To the right person, one day. Not yet.
After the interview, he walked me to the car park and pointed out the spot where, he said, he had been sick. Some supporters shouted “⟦d:b|Yusuf, give us a striker!⟧” from across the road. He waved.

### 035
@a Anvi Raghunathan | -
@b Lakshmi | her mother
@c Zofia Wierzbicka | a grandmaster from Kraków
Anvi Raghunathan was four when she beat her grandfather at chess. She was nine when she beat her first international master. Last weekend, at 12, she became the youngest player ever to win the Ossington Open, and she is not sure what the fuss is about.
“⟦d:a|I just like it when the pieces all work together,⟧” she said, swinging her legs under the table at her family's flat in Dunmore Park. “⟦d:a|It's like when a song has all the instruments right.⟧”
Her mother, Lakshmi, is a pharmacist who, by her own admission, “⟦p:b|can just about move the knight⟧”.
“⟦d:b|She taught herself from a book at the library. I thought she was drawing. She was writing down games,⟧” Lakshmi said.
Anvi's coach, Zofia Wierzbicka, a grandmaster from Kraków, has worked with her online for three years and met her in person for the first time at the tournament.
“⟦d:c|She is very calm for a child. She is very calm for an adult. In a bad position she doesn't panic, she gets curious,⟧” Wierzbicka said.
Asked whether Anvi might one day become a world champion, her coach was careful. “⟦d:c|That is a long road. I would like her to have a childhood first.⟧”
Her mother agreed. “⟦d:b|She's twelve. She still has homework,⟧” Lakshmi said.

### 036
@a Harold Birtwistle | -
@b Edna | his wife
Harold Birtwistle, 94, and his wife, Edna, 92, celebrate their platinum wedding anniversary this week. They met at a dance at the Co-op hall in Rawcliffe in 1953, and they do not agree on what happened.
"⟦d:a|She asked me to dance,⟧" Harold said.
"⟦d:b|I did not. I asked him to stop standing on my friend's feet.⟧"
"⟦d:a|Same thing.⟧"
"⟦d:b|It is not the same thing, Harold.⟧"
They married in 1955 at St Wilfrid's and lived in the same house on Lingard Street for 62 years before moving into sheltered housing last spring. They have three children, seven grandchildren and nine great-grandchildren.
Asked the secret of seventy years of marriage, Mrs Birtwistle said: "⟦d:b|Separate newspapers. He reads the sport, I read the rest, and we never have to discuss either.⟧"
"⟦d:a|And she's always right,⟧" her husband said.

### 037
@a Ingrid Sæther | a volunteer with Carnmore Mountain Rescue for 19 years
@b Duncan Frew | Team leader
@c Pieter Visser | the walker
@d Carnmore Mountain Rescue | -
Ingrid Sæther, a volunteer with Carnmore Mountain Rescue for 19 years, was in the middle of her daughter's birthday party when her pager went off on Saturday afternoon.
"⟦d:a|I left the candles burning and the cake on the table,⟧" she said. "⟦d:a|My husband did the singing. Apparently it was not his finest performance.⟧"
Six hours later, she and eleven colleagues had carried an injured walker down from the north face of Sgùrr Mòr in failing light and sleet.
"⟦d:a:m|He'd slipped on wet rock and broken his ankle badly. He was cold, but he was very calm. He kept apologising.⟧
"⟦d:a|We get that a lot. People apologise. We tell them that's what we're here for, and they apologise for that.⟧"
The walker, Pieter Visser, 52, from Utrecht, thanked the team from his hospital bed in Fort Arden. "⟦d:c|I was stupid. I went on when I should have turned back. These people came out in the dark for a stupid man, and they were kind to him,⟧" he said.
Team leader Duncan Frew said it had been "⟦p:b|a textbook job in horrible conditions⟧". "⟦d:b|Everyone on that hill is a volunteer. They've got jobs and families and birthday parties. They just go,⟧" he said.
In a post on social media, Carnmore Mountain Rescue said: "⟦d:d|Please check the forecast, carry a torch, and know when to turn back. We'll always come, but we'd rather not have to.⟧"

### 038
@a Cian Mulrooney | the 40-year-old jockey
@b Harry Etherington-Boyd | the trainer
@c Vikram Oberoi | businessman
KILDARROCH, April 5 (Meridian) - Cian Mulrooney rode Salt Marsh Lad to a three-length victory in the Kildarroch National on Saturday, a first win in the race for the 40-year-old jockey at his 17th attempt.
``⟦d:a|Seventeen goes. I was starting to think the race had something against me,⟧'' Mulrooney said in the winner's enclosure. ``⟦d:a|He jumped like a stag. All I had to do was sit still and not fall off, and I nearly managed that too.⟧''
Salt Marsh Lad, a 20-1 shot, is trained by Harry Etherington-Boyd at a small yard in the Borders with just 14 horses.
``⟦d:b|We're not one of the big operations. We've got one horsebox and it breaks down,⟧'' the trainer said. ``⟦d:b|Today, nobody cares about that.⟧''
The horse is owned by businessman Vikram Oberoi, who bought him as a yearling for 4,000 guineas. ``⟦d:c|I paid four thousand for him and everyone laughed. I'm not laughing now. Well, I am, but differently,⟧'' Oberoi said.
Mulrooney, who has ridden more than 900 winners but never a Grade One, said he would not retire. ``⟦d:a|Why would I stop now? I've only just learned how to do it.⟧''

### 039
@a Aurelio Fontana | founder of Fontana Tiles
@b Marco | his elder son
@c Luca | his younger son
Aurelio Fontana, founder of Fontana Tiles, started the business in 1978 with a van, a tile cutter and, he says, “⟦p:a|more confidence than sense⟧”. This month, at 71, he hands the company, which now employs 240 people across nine showrooms, to his two sons.
“⟦d:a|Everybody told me, don't give it to both of them, they'll kill each other,⟧” he says, in the boardroom above the flagship showroom in Brannock. “⟦d:a|So far, nobody is dead.⟧”
His elder son, Marco, 44, becomes chief executive; his younger son, Luca, 39, will run operations. The brothers have worked in the business since they were teenagers, sweeping the warehouse on Saturdays for £5.
“⟦d:b|Dad paid us in cash and then took it back for lunch,⟧” Marco says.
“⟦d:c|He called it a canteen charge,⟧” says Luca. “⟦d:c|We were fourteen. We didn't know what a canteen charge was.⟧”
The handover has not been entirely smooth. Luca admits there was a “⟦p:c|very loud six months⟧” in 2022 when the brothers disagreed about opening an online store.
“⟦d:c|I wanted to do it. Marco didn't. Dad sat there and let us shout,⟧” he says.
“⟦d:b|And then I came round,⟧” his brother says. “⟦d:b|He was right. I'll say that once, in a newspaper, and never again.⟧”
Fontana senior says he will keep an office in the building but will not attend board meetings. “⟦d:a|I'll come in, I'll drink coffee, I'll annoy the showroom staff. But the decisions are theirs,⟧” he says.

### 040
@a Nadia Haq | -
@b - | one reviewer
Nadia Haq has been on stage every night for eleven weeks, and she is tired in the particular way comedians get tired, which is to say she will not stop talking.
“⟦d:a|I'm so tired I've gone out the other side. I'm lucid. I'm like a monk,⟧” she says, folding herself into a booth at the back of a café near the Alderney Theatre, where her show, “⟦s:-|Small Talk, Big Mouth⟧”, has been extended twice.
The show is about her father, a taxi driver who, she says, was “⟦p:a|the funniest man in Bradford and never told a single joke⟧”.
“⟦d:-|How do you make someone funny who never told a joke?⟧” I ask.
“⟦d:a:m|You just repeat what they said. My dad would look at the news and go, ‘Well, that's not going to work,’ about everything. War, budgets, the weather. That's it. That's the act. I'm stealing from a dead man every night.⟧
“⟦d:a|He'd want a cut, to be fair.⟧”
One reviewer called the show “⟦p:b|a love letter with swearing⟧”, which Haq likes so much she has had it printed on the poster.
“⟦d:-|Is it hard, doing it every night?⟧”
She thinks about this for longer than I expect. “⟦d:a|Some nights it's a show. Some nights it's a funeral with laughs. You don't know which one you're getting until you're out there.⟧”

### 041
@a Aled Harries | presenter
@b Keziah Mwangi | a soil scientist at Ridgeway Agricultural College
@c Sarah-Jane Prowse | -
On Sunday's «⟦s:-|Field and Furrow⟧», presenter Aled Harries asked whether the dry spring had done lasting damage to the region's soils.
«⟦d:b|Lasting, probably not. Expensive, definitely,⟧» said Dr Keziah Mwangi, a soil scientist at Ridgeway Agricultural College. «⟦d:b|The soil will recover. The question is whether the farmers can afford to wait for it.⟧»
Sarah-Jane Prowse, who farms 400 acres near Whitcombe, said her spring barley had come up «⟦p:c|thin as a bad haircut⟧».
«⟦d:c|I've been farming this land for twenty-two years, and my father before me, and I've never seen the ground crack like that in April,⟧» she said.
«⟦d:a|Is there anything farmers can do now, at this point in the season?⟧» Harries asked.
«⟦d:b|Don't panic and plough it all up. That's the main thing. Leave the roots in. Let the soil hold on to what it's got,⟧» Mwangi replied.
«⟦d:c|That's easy to say from a laboratory,⟧» Prowse said, laughing.
«⟦d:b|It is. I'm sorry. It's still true.⟧»

### 042
@a Marcus Adeyemi-Lowe | leader of the Progressive Alliance
@b Rufus | his press secretary
Marcus Adeyemi-Lowe, leader of the Progressive Alliance, has chosen a pie shop. It is, his press secretary, a young man called Rufus, explains as we sit down, "⟦p:b|a deliberate choice⟧".
"⟦d:b|He wanted somewhere normal,⟧" Rufus says.
"⟦d:a|I wanted pie,⟧" says Adeyemi-Lowe. "⟦d:a|Don't let him make it into a strategy.⟧"
He orders steak and ale with mash and liquor, and a mug of tea. I have the same. Rufus has a salad he has brought with him in a plastic box, which Adeyemi-Lowe regards with open pity.
His party is eleven points behind in the polls, and there are mutterings, which he must have heard, that he is "⟦s:-|too nice⟧" to win.
"⟦d:-|Are you?⟧" I ask.
"⟦d:a:m|I don't think being nice is a weakness. I think being nice and having no plan is a weakness, and that's not what we're offering.⟧
"⟦d:a|Look, people are exhausted. They've had fifteen years of politicians shouting at each other on television. I'm not going to shout. If that loses me the election, I'll lose it with my voice intact.⟧"
Rufus glances up from his salad. "⟦d:b|That's a good line,⟧" he says.

### 043
@a Danny Kowalczyk | the singer
@b Rob Ennis | the guitarist
@c Marcy Oduya | the bassist
@d Pete Lambkin | the drummer
The Hollow Saints split up on stage in Leicester in 1999, in the middle of a song, after the singer threw a tambourine at the drummer. Twenty-six years later, the four of them are sitting on the same sofa in a rehearsal room in Walthamstow, and nobody is throwing anything.
«⟦d:a|It wasn't at him. It was near him,⟧» says the singer, Danny Kowalczyk.
«⟦d:d|It hit me on the head,⟧» says the drummer, Pete Lambkin.
«⟦d:a|Near your head.⟧»
«⟦d:d|On my head, Danny. I've got a scar.⟧»
The band's reunion tour, which starts in Bristol next month, sold out in a morning. The guitarist, Rob Ennis, who now teaches music at a secondary school in Luton, says the speed of it frightened him. «⟦d:b|I thought we'd be playing to forty people and their dads. Then my phone went mad and my pupils started asking for tickets,⟧» he says.
The bassist, Marcy Oduya, was the one who made the first phone call. «⟦d:c:m|I'd been diagnosed with something. It's fine now, I'm fine. But I sat in the car park at the hospital and I thought, what are the things I'd regret.⟧
«⟦d:c|This was one. So I rang Pete first, because Pete's the only one who never holds a grudge.⟧»

### 044
@a Grace Amankwah | a ward sister at St Aldhelm's Hospital
@b - | A colleague who asked not to be named
@c Wendmoor Hospitals Trust | -
Grace Amankwah, a ward sister at St Aldhelm's Hospital, has worked on the same elderly care ward for 23 years. Last month, for the first time, she thought about leaving.
"⟦d:a:m|It was a Tuesday. We had two nurses for twenty-eight patients. A lady in bay three had been calling for help for forty minutes because nobody could get to her, and when I did get to her she said, 'I'm sorry to be a nuisance.'⟧
"⟦d:a:m|She wasn't a nuisance. She was 91 and she needed the toilet. I went into the sluice room afterwards and cried, and then I came out and carried on, because that's what you do.⟧
"⟦d:a|But I went home and looked at jobs in supermarkets. I'm not ashamed of that. I think a lot of us have done it.⟧"
Ms Amankwah, 54, agreed to speak publicly, she said, because she was "⟦p:a|tired of being brave quietly⟧".
A colleague who asked not to be named said the ward had been "⟦p:b|running on goodwill and biscuits⟧" for most of the winter. "⟦d:b|Grace is the glue. If she goes, I don't know who holds it together,⟧" the colleague said.
Wendmoor Hospitals Trust said it recognised the "⟦p:c|extraordinary pressure⟧" on staff and had recruited 60 additional nurses since September. "⟦d:c|We are enormously grateful to colleagues like Sister Amankwah, and we are listening,⟧" it said.

### 045
@a Tesfaye Gebremariam | the 23-year-old
@b Daniel Kiprono | the runner-up
@c Susan Allardyce | race director
BRANSWICK, Oct 12 (Meridian) - Tesfaye Gebremariam won the Branswick Marathon on his debut at the distance on Sunday, breaking the course record by 41 seconds despite, he said, "⟦p:a|not knowing where the finish was⟧".
"⟦d:a|I asked a policeman at 40 kilometres how far it was. He said two more. I said, only two? And then I ran,⟧" the 23-year-old said through an interpreter.
Gebremariam, a former 10,000 metres specialist, broke clear of a group of five on the climb at Holloway Rise and was never caught.
"⟦d:b|When he went, I thought he'd come back to us. He didn't come back. He's still going, probably,⟧" said the runner-up, Daniel Kiprono.
Race director Susan Allardyce said the result was "⟦p:c|a statement from a very special athlete⟧". "⟦d:c|We'll be asking him back, and we'll be giving him a map,⟧" she said.

### 046
@a Dolores Fitzwilliam | -
@b Oluwatobi Adeyinka | -
@c - | one volunteer
@d Marchfield Housing | the landlord
@e - | one resident
The patch of land behind Block C on the Marchfield estate used to be, in the words of one resident, “⟦p:e|a place you'd walk round, not through⟧”. Now it has 34 raised beds, a polytunnel, two beehives and a waiting list.
Dolores Fitzwilliam, 72, started the garden five years ago with a packet of runner bean seeds and a borrowed spade. “⟦d:a|I got fed up looking at the shopping trolleys out of my kitchen window. So I moved them,⟧” she said. “⟦d:a|Then I planted some beans where they'd been, and people started asking if they could have a bed.⟧”
Oluwatobi Adeyinka, who lives on the fourth floor, grows okra, peppers and what he calls “⟦p:b|the best tomatoes in the postcode, maybe the country⟧”.
“⟦d:b|My mother grew everything in Ibadan. When I came here, I thought I'd never have soil under my nails again,⟧” he said. “⟦d:b|Dolores gave me a bed and a lecture about slugs.⟧”
“⟦d:c|We get kids who've never seen a carrot come out of the ground. Their faces,⟧” one volunteer said.
The landlord, Marchfield Housing, said it was “⟦p:d|proud to support⟧” the project and had agreed to fund a water supply.
Mrs Fitzwilliam was unimpressed. “⟦d:a|They're proud now. Five years ago they sent me a letter about the trolleys.⟧”

### 047
@a Leonie Abara-Finch | -
@b Cecilia Abara | a nurse who arrived in Leeds in 1963
@c - | a review in the Evening Courier
Leonie Abara-Finch did not know her mother had kept the letters until the week after the funeral, when she found them in a biscuit tin at the back of the airing cupboard: 212 of them, written between 1964 and 1991, to a sister in Enugu whom Leonie had met only twice.
“⟦d:a|It was like finding a second mother in the cupboard. One I'd never been introduced to,⟧” she says.
The letters are the spine of her memoir, “⟦s:-|Airing Cupboard⟧”, published this week. In them her mother, Cecilia Abara, a nurse who arrived in Leeds in 1963, is funny, furious and frequently homesick.
“⟦d:b|The English are not cold, they are only frightened of being seen to be warm,⟧” she wrote in 1966. “⟦d:b|I have decided to be warm at them until they give up.⟧”
In a letter from 1979, written after Leonie's birth, she was blunter: “⟦d:b|The child is beautiful and loud. I am tired and happy. Do not tell Mama about the tired.⟧”
Abara-Finch says she wept reading that one. “⟦d:a:m|She never once told me she was tired. Not once in my whole life. She worked nights for thirty years and she was always there at the school gate.⟧
“⟦d:a|I'm fifty-two and I've only just found out my mother was a person.⟧”
A review in the Evening Courier called the book “⟦p:c|a conversation across a kitchen table, one side of it silent⟧”.

### 048
@a Terrence Whitlock | Head coach
@b Jalen Okafor-Price | the 24-year-old forward
@c DeShawn Miles | the point guard
@d - | a reporter
Head coach Terrence Whitlock did not sugar-coat it after the Harbor City Gulls lost 112-87 to the Ridgeview Thunder on Friday, their fifth straight defeat.
"⟦d:a|We got punched in the mouth and we didn't punch back,⟧" Whitlock said. "⟦d:a|That's on everybody in that locker room, starting with me.⟧"
Jalen Okafor-Price, who led the Gulls with 24 points, called the second half "⟦p:b|embarrassing⟧".
"⟦d:b|We stopped talking on defense. When you stop talking, you're five guys standing around,⟧" the 24-year-old forward said.
"⟦d:d|Is there a problem with the chemistry in the group?⟧" a reporter asked.
"⟦d:c|No. The chemistry's fine. The shooting isn't,⟧" said the point guard, DeShawn Miles, who went 2-for-13 from the floor. "⟦d:c|I've got to be better. Simple as that.⟧"

### 049
@a Hana Kobayashi | a marine biologist
@b Rebecca Lyall | a statistician
Hana Kobayashi, a marine biologist, and her wife, Rebecca Lyall, a statistician, have been counting seals on the same stretch of the Ardbeg coast every August for eighteen years. They met doing it.
“⟦d:a|She was a volunteer. I was in charge. She corrected my arithmetic on the first morning,⟧” Kobayashi says.
“⟦d:b|Her arithmetic was wrong,⟧” says Lyall.
Their data, collected by hand from a clifftop hide with binoculars and a clicker, now forms the longest continuous record of grey seal numbers in the region. Last year it showed a decline of almost a third.
“⟦d:a|Nobody wanted to believe it at first. Including us. We counted again,⟧” Kobayashi says.
Lyall, who ran the numbers, says the result was “⟦p:b|the least ambiguous thing I've ever calculated⟧”. “⟦d:b|It's not noise. I wish it were. I'd love to be wrong on this one,⟧” she says.
The couple will be back on the clifftop next week, as always. “⟦d:a|We'll take a flask and two sandwiches and argue about whether that's a seal or a rock,⟧” Kobayashi says.

### 050
@a Samuel Okonjo-Hale | -
@b Benedict Ward | -
@c Patience Ekwueme | their birth mother
Two brothers separated as babies and adopted by different families have met for the first time in 41 years after a DNA test bought as a Christmas present.
Samuel Okonjo-Hale, from Barnsworth, and Benedict Ward, from Kingsmere, grew up forty miles apart without knowing the other existed.
"⟦d:a|My wife bought me the kit as a joke. She thought I'd find out I was a quarter Viking or something,⟧" Samuel said. "⟦d:a|Instead I found out I had a brother.⟧"
The brothers met last month at a service station halfway between their homes. "⟦d:b|I knew him straight away. He walks like me. He puts his hands in his pockets like me,⟧" Benedict said. "⟦d:b|It was like looking at a version of myself who'd made different haircut decisions.⟧"
Through the same DNA service they have since traced their birth mother, Patience Ekwueme, now 67, who was 19 when she gave them up.
"⟦d:c|I thought about them every birthday. Every single one. I lit a candle and I didn't tell anyone why,⟧" she said. "⟦d:c|Now I can tell everyone.⟧"

### 051
@a Gavin Oduro | host
@b Shay Sullivan | his co-host
@c Maja Lindholm | the heptathlete
On this week's «⟦s:-|Track Talk⟧», host Gavin Oduro and his co-host Shay Sullivan were joined by the heptathlete Maja Lindholm, who is returning to competition after a year out with a stress fracture.
«⟦d:a|Maja, first question, the one everyone wants to know. Is the foot okay?⟧» Gavin asked.
«⟦d:c|The foot is boring now, which is the best thing a foot can be,⟧» Lindholm said.
Shay wanted to know what she had done with a year off. She said she had «⟦p:c|learned to bake bread badly and watch other people compete, which is worse⟧».
«⟦d:b|Worse than the injury?⟧»
«⟦d:c|Much worse. Watching the javelin from the sofa, you can't throw anything at the television. My partner hid the remote.⟧»

### 052
@a Rosa Imbert | the mission commander aboard the orbital station Meridian-2
@b Ethan Pyle | one pupil
@c Euro-Atlantic Space Agency | -
Pupils at Haverleigh Primary School got to put their questions to an astronaut on Tuesday, when Rosa Imbert, the mission commander aboard the orbital station Meridian-2, spoke to them by radio link for ten minutes as the station passed overhead.
One pupil, Ethan Pyle, 10, asked what she missed most about Earth. “⟦d:b|Do you miss your dog?⟧” he asked.
“⟦d:a|I miss my dog very much. His name is Biscuit and he is probably sleeping on my side of the bed,⟧” Imbert replied, to cheers from the hall.
Asked how astronauts sleep, she said it was “⟦p:a|like being a bat in a sleeping bag⟧”.
The Euro-Atlantic Space Agency said the link-up was part of a programme that would reach 200 schools this year. “⟦d:c|There is no better audience than a room full of ten-year-olds,⟧” it said.

### 053
@a Cormac Devlin-Ortiz | the painter
@b Astrid Holmqvist | the exhibition's curator
@c - | one reviewer
It has taken Cormac Devlin-Ortiz fifty years to get a retrospective, and he is not sure he wanted one. "⟦d:a|A retrospective is what they give you when they've decided you're finished,⟧" the painter said at the opening of "⟦s:-|Weather Inside⟧" at the Calder Gallery on Thursday. "⟦d:a|I'm not finished. I've got a canvas drying at home.⟧"
The exhibition's curator, Astrid Holmqvist, spent three years tracking down 140 works, some from private collections in the United States and Japan, and several that Devlin-Ortiz had, she said, "⟦p:b|simply given to people he liked in pubs⟧".
"⟦d:b|He has no records. None. He remembers every painting and nobody he gave them to,⟧" she said.
Critics who once dismissed his large, murky seascapes as "⟦p:-|brown and bothersome⟧" have come round. One reviewer this week called the show "⟦p:c|a late, overwhelming vindication⟧".

### 054
@a Bernadette Ó Ceallaigh | -
@b - | Young lads
Bernadette Ó Ceallaigh ran her first marathon at 71 and her twentieth last month, at 83, in five hours and fifty-two minutes. She trains on the sea road in Carrowmore every morning at six, and has a rule that she will not stop for anyone who asks her age. “⟦d:a|I'll tell them at the finish,⟧” she says.
**Why did you start running so late?**
My husband died, and the house was very quiet. I went out walking so as not to be in it. Then the walking got faster. I didn't plan it.
**What do people say when they see you?**
Young lads shout “⟦d:b|Go on, Granny!⟧” from cars. I don't mind. I'm somebody's granny.
**Have you ever thought about giving up?**
At mile twenty of every marathon. Then I think about the tea at the end, and I keep going.
**What's next?**
Everybody asks me that as if I'm going to announce Everest. Next is Tuesday. I'll go out on Tuesday.

### 055
@a Kwabena Asante | a watch manager at Felling Road fire station
@b Moira Strachan | the service's chief fire officer
When the call came in at 3.17am, Kwabena Asante, a watch manager at Felling Road fire station, recognised the address. It was the house where he had grown up.
“⟦d:a|My mum sold it in 2009. I knew the layout. I knew the stairs were narrow and the back bedroom had a window onto the flat roof,⟧” he said. “⟦d:a|That's how we got the little one out.⟧”
A three-year-old girl and her parents were rescued from the first floor of the terraced house on Gorsey Lane; all three were treated for smoke inhalation and have since been discharged.
Moira Strachan, the service's chief fire officer, said the crew's actions were “⟦p:b|exemplary in every respect⟧”. “⟦d:b|Local knowledge can't be taught. Kwabena used every bit of his,⟧” she said.
Mr Asante said he had rung his mother on the way back to the station. “⟦d:a|She asked if I'd wiped my feet,⟧” he said.

### 056
@a Alwyn Pritchard | musical director
@b Gethin Rowlands | the band's longest-serving member
@c Lowri Jenkins | -
The Cwmderyn Silver Band has won the regional championship for the first time since 1986, and musical director Alwyn Pritchard says the secret was "⟦p:a|tea, tantrums and a lot of Tuesday nights⟧".
"⟦d:a|We're not a rich band. Half our instruments are older than the players,⟧" he said. "⟦d:a|But they listen to each other, and that's worth more than any new cornet.⟧"
Gethin Rowlands, the band's longest-serving member, has played the tenor horn with Cwmderyn for 61 years. "⟦d:b|I was there in '86 as well. I said then I'd see another one before I died, and here we are. I'll have to think of something else to wait for now,⟧" he said.
At the other end of the age range is Lowri Jenkins, 14, who joined on the cornet two years ago. "⟦d:c|I didn't think I'd like it. It's all old men and Welsh hymns,⟧" she said. "⟦d:c|Now it's my favourite thing in the week. Don't tell my friends.⟧"

### 057
@a Philippa Oyinlola-Grant | his widow
@b Jonah | her elder son
@c Reuben | His brother
@d - | a neighbour who helped with the picking
When Philippa Oyinlola-Grant's husband died suddenly last March, she found herself in charge of a 40-acre apple orchard she had never worked in. “⟦d:a|I did the accounts. Desmond did the trees. I couldn't tell you one variety from another,⟧” she said.
Her elder son, Jonah, left his job as an engineer in Bristol and moved home the week after the funeral. “⟦d:b|It wasn't a decision. It was just obvious. Mum couldn't do it alone and I couldn't stand to see it go,⟧” he said.
His brother, Reuben, 26, took longer to come round. “⟦d:c|I was angry for a while. At Dad, for dying, which is stupid. At the trees,⟧” said the younger of the two. “⟦d:c|Then the blossom came out and I couldn't be angry at it any more.⟧”
The family's first harvest without Desmond Grant came in last month, and a neighbour who helped with the picking said it was “⟦p:d|the best crop that orchard's had in years⟧”.
“⟦d:a|He'd be furious,⟧” his widow said, laughing. “⟦d:a|He'd say it was beginner's luck.⟧”

### 058
@a Lenny Achebe-Marsh | the presenter
@b - | A baker from Felsham
@c Radio Orwell | -
For 27 years, Lenny Achebe-Marsh has been the voice that keeps lorry drivers, night nurses and insomniacs company on Radio Orwell between midnight and four. On Friday, he presented his last show.
``⟦d:a|I've been talking to the dark for a very long time,⟧'' the presenter said as he opened the programme. ``⟦d:a|Tonight the dark gets to talk back.⟧''
The phone lines were jammed from the first minute. A baker from Felsham rang in to say she had listened to him ``⟦p:b|every single night of my working life⟧''. ``⟦d:b|You got me through two divorces and a bad oven,⟧'' she said.
Radio Orwell said in a statement that Achebe-Marsh had been ``⟦p:c|the heartbeat of our overnight schedule⟧''.
His final words on air were brief. ``⟦d:a|Goodnight, all of you. Put the kettle on. Somebody's awake out there with you.⟧''

### 059
@a Elif Aydın | -
@b Kerem | her brother
@c Nesrin Aydın | their mother
Elif Aydın and her brother, Kerem, will both ride in the national road race championships on Sunday, the first time siblings have lined up in the senior men's and women's events in the same year.
“⟦d:a|We've been racing each other to the end of the street since we were five and six. He still hasn't won,⟧” Elif, 23, said at the family's home in Pendrith.
“⟦d:b|That's a lie. I've won loads. She just doesn't count the ones she loses,⟧” said Kerem, who is a year younger.
Their mother, Nesrin Aydın, used to drive them to races across the north in a borrowed estate car with two bikes on the roof. She will be at the finish line in Harwood on Sunday, she said, “⟦p:c|with a flask and a very loud voice⟧”.
“⟦d:c|I can't watch the sprints. I close my eyes and listen for the commentator to say our name,⟧” she said. “⟦d:c|Then I open them.⟧”

### 060
@a Malcolm Fairweather-Oni | the 79-year-old
@b Jude | his son
@c Imogen Vale | the director
Sir Malcolm Fairweather-Oni first played King Lear in 1994, at the age of 48, and thought at the time that he was "⟦p:a|far too young and far too healthy⟧" for it. Thirty-one years later he is playing the part again at the Orchard Theatre, with his son, Jude, as Edgar.
"⟦d:a|The first time, I was acting old. Now I don't have to act very much,⟧" the 79-year-old said. "⟦d:a|My knees do most of it.⟧"
Jude, 44, says he turned the part down twice. "⟦d:b|There's a scene where I have to lead my blind father across the stage. I didn't know if I could do that every night with my actual father,⟧" he said. "⟦d:b|It turns out I can. Just about.⟧"
The director, Imogen Vale, said the casting had been "⟦p:c|a gift and a terror in equal measure⟧". "⟦d:c|Some nights in rehearsal, I forgot they were acting. That's either wonderful or a safeguarding issue,⟧" she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh93.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh93",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
