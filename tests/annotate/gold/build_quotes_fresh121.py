# ruff: noqa: E501
"""Build ``quotes_fresh121.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: lunch profiles written in the first person, Q&A transcripts with the
interviewer's questions in bold or marked with initials, podcast and radio
interviews, sports and arts interviews, and human-interest stories about families in
which several relatives of the same gender speak and are called by their first
names. The copy imitates varied outlets (wire, broadsheet, tabloid, local paper,
magazine, broadcaster web copy) and mixes straight, curly, guillemet and doubled
backtick quotation marks.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh121-NNN``.

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
  it (``His wife Shelley, 45, a dinner lady``): the appositive is the description. A
  title or relational phrase before the name alone (``Presenter Ravinder Sandhu``,
  ``His elder son, Neil``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 27-year-old``,
  ``the cheesemaker``), that description is taken.
* An indefinite description that introduces a person just before the name is given
  (``a critic for the Evening Courant described … The critic, Bernard Ashby-Coles``)
  is that person's description.
* A non-restrictive relative clause after an appositive (``the bassist, who now
  teaches …``) is not part of the description; a restrictive one is.
* Relatives called by first names: the speaker is the fullest form of the name that
  the passage writes as one string (``Akosua Boateng``, but ``Efua`` and ``Ama``, and
  ``Declan`` and ``Fintan`` where the surname is only given as ``the Mulcahy
  brothers``).
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker; when the passage later identifies whose words they were, that person (or
  organisation) is the speaker. A quote in the first paragraph whose speaker is named
  only further down belongs to that speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* In a transcript with bold questions or initials (``TH:`` / ``MO:``), a quote the
  interviewee reports inside an answer belongs to whoever is said to have spoken it
  (an unnamed relative or colleague: null speaker, the relational phrase as written,
  e.g. ``My wife``, as the description; the interviewee quoting themselves: the
  interviewee).
* Punctuation that the outlet's style puts inside the closing mark (American style
  ``… exile.''``) is part of the span.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh121.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh121.jsonl")

PASSAGES = """
### 001
@a Ottilie Brandvold | the chief executive of Brandvold Line
@w - | the waiter
@f Henrik Brandvold | -

Ottilie Brandvold is already seated when I arrive at Havnekroen, a low-ceilinged fish restaurant two streets back from the harbour in Vardvik, and she has already ordered the bread. “⟦d:a|I hope you don’t mind. I get dangerous when I’m hungry,⟧” says the chief executive of Brandvold Line, the family shipping company she took over at 36 when her father fell ill.

She is 52 now, and the company runs 41 vessels, up from 17 when she arrived. I ask whether she ever wanted the job. “⟦d:a|No. Absolutely not. I wanted to be a vet,⟧” she says. “⟦d:a|My father used to tell me the sea doesn’t care what you want, which is the sort of thing fathers in shipping say to daughters who want to be vets.⟧”

The waiter arrives, and she orders the halibut without opening the menu. I dither for long enough to become a nuisance. “⟦d:w|The halibut,⟧” the waiter says, not unkindly, and I order the halibut.

Henrik Brandvold, who died in 2019, was famously hostile to the press; in a rare interview in 1998 he dismissed journalists as “⟦p:f|people who count other people’s ships⟧”. His daughter is more open, though not by much. When I raise the collapse of the Nordkapp charter deal, which cost the company an estimated 90m kroner, she puts down her fork.

“⟦d:a:m|That was my mistake, entirely. I trusted a handshake because my father had trusted handshakes for forty years, and the world had changed and I hadn’t noticed.⟧

“⟦d:a|I went home that night and was sick in the sink. I’m not proud of that. But I think people should know these decisions are not made by robots.⟧”

Does she still think about it? “⟦d:a|Every time I sign anything,⟧” she admits.

“⟦d:-|And the succession?⟧” I ask. She has two sons, both in their twenties, neither of whom works for the company. “⟦d:a|They can do what they like. I mean that. The sea doesn’t care what they want either,⟧” she says, and laughs, and asks for the bill before I can.

### 002
@a Tsehay Alemayehu | the 27-year-old
@c Girma Tessema | Her coach
@s Marit Solberg | Runner-up
@o Dravenstadt Running Association | -

DRAVENSTADT, April 14 (Meridian Wire) - Tsehay Alemayehu won the Dravenstadt Marathon on Sunday in 2:19:47, the second-fastest time ever run on the course, and said afterwards she had thought about dropping out at 30 kilometres.

"⟦d:a|My stomach was very bad. I told myself, only to the next water station, then only to the next one,⟧" the 27-year-old said through an interpreter.

Her coach, Girma Tessema, said the race had gone "⟦p:c|exactly to plan, except for the stomach⟧".

"⟦d:c|We knew the pacemakers would go too fast. We told her: stay behind, stay behind, stay behind,⟧" Tessema said.

Asked whether she would target the course record in the autumn, Alemayehu laughed. "⟦d:a|First I want to sleep. Then I will talk to Girma,⟧" she said.

Runner-up Marit Solberg of Norway, who led for much of the second half, said she had believed the race was hers. "⟦d:s|I saw her slowing down at 30k and I thought, today is my day,⟧" Solberg said.

The Dravenstadt Running Association said in a statement that conditions at the start, 9 degrees Celsius with almost no wind, had been "⟦p:o|close to ideal⟧" and that a record 31,400 runners had finished.

### 003
@f Femi Adeyemi-Cole | the Lagos-born novelist
@c - | one critic
@b Bisi | My sister

Femi Adeyemi-Cole, the Lagos-born novelist, arrives at the bookshop in Walthamstow twenty minutes late and full of apology. "⟦d:f|I'm always late to my own interviews. I think it's a form of stage fright,⟧" he says, peeling off a very wet coat.

His fourth novel, "⟦s:-|The Salt Orchard⟧", took eleven years to write and has been described by one critic as "⟦p:c|a cathedral built out of grief⟧". He talked to Claire Ashdown about fathers, failure and the review he wears on his chest. This interview has been edited and condensed.

**The book took eleven years. What happened?**

Life happened. My father died in the middle of it, and for about three years I couldn't write a sentence that wasn't about him. I'd sit down to write a scene about a fisherman and by lunchtime the fisherman was my dad.

**Is the father in the book your father?**

No. Well. He has my father's hands and my father's jokes. My sister Bisi read the manuscript and rang me at midnight and said, "⟦d:b|You've stolen Daddy's laugh.⟧" I said, "⟦d:f|I've borrowed it.⟧" We didn't speak for a week.

**You've said you never read your reviews.**

I say that. It isn't true. I read all of them and then I pretend I didn't. The one that called the middle section "⟦p:-|a swamp⟧" — I had that printed on a T-shirt. I'm wearing it now, under the jumper.

**What's next?**

A short book. A very short book. My editor has been warned.

### 004
@e Elif | the eldest
@z Zeynep | -
@y Aylin | the youngest
@m Mehmet Demir | their father

The sign above the door on Colley Street still says “⟦s:-|Demir & Sons⟧”, but there have been no sons at the bakery for a long time. Since their father, Mehmet, retired in 2016, it has been run by his three daughters — Elif, Zeynep and Aylin — who between them start work at 3.40am six days a week.

“⟦d:e|Dad wanted boys. He got us. He’s made his peace with it,⟧” said Elif, the eldest, who is 44 and does the bread.

Zeynep, 41, runs the counter and the accounts. “⟦d:z|Elif says that every time a journalist comes in. It wasn’t funny the first time either,⟧” she said.

Aylin, the youngest, trained as a pastry chef in Lyon and came home in 2018 “⟦p:y|for six months, tops⟧”.

“⟦d:y|That was seven years ago. I keep telling them I’m leaving. Nobody believes me,⟧” she said.

The sisters disagree about almost everything, including their father’s simit recipe, which Zeynep insists needs more molasses. “⟦d:e|She’s wrong,⟧” Elif said. “⟦d:z|I’m not wrong,⟧” said Zeynep, from the till, without looking up.

Mehmet Demir, 78, still comes in most mornings and sits by the window with a glass of tea. Asked whether the bakery was in good hands, he considered the question for some time.

“⟦d:m|Better than mine,⟧” he said eventually. “⟦d:m|Don’t tell them I said that.⟧”

### 005
@d Darnell Okafor-Briggs | Comedian
@j Jess Marchetti | the host

Comedian Darnell Okafor-Briggs has said he "⟦p:d|genuinely considered quitting⟧" stand-up after a disastrous run at the Edinburgh Fringe in 2019.

Speaking on the latest episode of "⟦s:-|Sofa Club⟧", the podcast presented by Jess Marchetti, the 38-year-old said he had once performed to an audience of two.

"⟦d:d|One of them was my mum. The other one was asleep. And I'm fairly sure the one who was asleep was enjoying it more,⟧" he said.

Marchetti asked whether he had told anyone how low he felt at the time.

"⟦d:d|Not really. You don't, do you? You go to the pub and you do ten minutes on how bad the gig was, everyone laughs, and then you go home and stare at the ceiling.⟧"

"⟦d:j|Did you actually write a resignation letter, though?⟧" the host asked.

"⟦d:d|I wrote it in my Notes app. It's still there. It says, 'Dear comedy, it's not you, it's me.' It's the best thing I wrote that year.⟧"

Okafor-Briggs said his mother now comes to every show and sits in the front row "⟦p:d|with a notebook, like a court reporter⟧".

"⟦d:d|She gives me notes. Actual notes. 'The bit about the bus was too long.' She's not wrong, which is the worst part,⟧" he confessed.

His new tour, "⟦s:-|Nobody Asked⟧", opens in Leeds in March.

### 006
@r Reginald Tolhurst | Former headteacher
@m Martin | his son
@c Callum | his grandson
@s Sandra Mayhew | One former pupil

Former headteacher Reginald Tolhurst, known to generations of Ashby Wetherell pupils as “⟦s:-|Mr T⟧”, celebrated his 100th birthday on Saturday with a party at Fernlea care home.

Among the 60 guests were his son, Martin, 71, and his grandson, Callum, 44, who drove down from Aberdeen overnight to be there.

“⟦d:r|I don’t feel a hundred. I feel about eighty-five, which is bad enough,⟧” said Mr Tolhurst, who taught at Wetherell Junior School for 31 years and was its head from 1968 until 1985.

His son said he was still “⟦p:m|sharper than the rest of us put together⟧”. “⟦d:m|Dad still does the crossword every morning, in pen. I do it in pencil and he finds that very disappointing,⟧” said Martin.

“⟦d:c|Grandad taught me to ride a bike on the school field during the summer holidays. I think I was the only kid in the county who learned on a school field,⟧” Callum recalled.

One former pupil, Sandra Mayhew, 62, brought a framed photograph of the class of 1971. “⟦d:s|He made us learn a poem every week. I can still do ‘The Listeners’ from start to finish,⟧” she said.

Asked for the secret of a long life, Mr Tolhurst did not hesitate. “⟦d:r|Porridge, and never retiring from an argument,⟧” he said.

“⟦d:m|That second one is true,⟧” his son added.

### 007
@j Jean-Baptiste Moillen | the cheesemaker
@s Séverine | His daughter
@o Fromagerie Coopérative du Haut-Val | -

In the dairy at Les Combes-Dessus, a hamlet of 40 people above Vaubrecourt, Jean-Baptiste Moillen has been making the same cheese for 46 years. He does not intend to stop.

«⟦d:j|Je m’arrêterai quand le lait s’arrêtera⟧», he says, and then, for the visitor’s benefit: «⟦d:j|I will stop when the milk stops.⟧»

Moillen, 71, took over the dairy from his father in 1979 and makes around 30 wheels a week from the milk of four neighbouring farms. His daughter Séverine, who works as a veterinary nurse down in the valley, comes up at weekends to help with the turning.

«⟦d:s|He says that every year. And every year the milk does not stop,⟧» she says.

The Fromagerie Coopérative du Haut-Val, which markets the cheese, said in a statement that Moillen’s work was «⟦p:o|a living piece of our mountain heritage⟧».

The cheesemaker shrugs at this. «⟦d:j|Heritage is what people say when they want to put you in a museum,⟧» he says.

Asked what the secret is, he thinks for a long moment. «⟦d:j|Le fromage, c’est de la patience⟧», he says. «⟦d:j|Cheese is patience. The rest is salt.⟧»

### 008
@t Tracey Brannigan | Her mum
@k Kayleigh Brannigan | Love Lagoon star
@d Demi | Kayleigh's sister
@u - | A source close to the show
@x - | A spokeswoman for Chimera TV

LOVE Lagoon star Kayleigh Brannigan's mum has hit back at online trolls — insisting: "⟦d:t|They don't know her like I do.⟧"

Kayleigh, 26, was dumped from the villa on Sunday night after a blazing row with fellow islander Jordan Pike over a burnt sandwich, sparking a torrent of abuse on social media.

Her mum, Tracey Brannigan, 52, told the Daily Clarion: "⟦d:t|She's the same girl she was at twelve. Loud, kind, and can't cook to save her life.⟧"

"⟦d:t|When she rang me after she came out she was in bits. I said, 'Kay, you've done nothing wrong.' And she hasn't,⟧" Tracey added.

Kayleigh's sister Demi, 24, said: "⟦d:d|People think it's all scripted. It isn't. She really did cry over a sandwich.⟧"

Kayleigh herself broke her silence last night with a post to her 400,000 followers. "⟦d:k|Thank you for all the love. Not thank you for the hate. Mum, put the phone down x⟧", she wrote.

A source close to the show said: "⟦d:u|Kayleigh is one of the most popular islanders we've ever had. The producers are gutted for her.⟧"

A spokeswoman for Chimera TV said: "⟦d:x|The welfare of our islanders is always our priority, both in the villa and after they leave.⟧"

### 009
@q Rukhsana Qureshi | The Health Minister
@g Gareth Prys | presenter
@r Anwen Rhys | -
@x - | A Department for Health spokesperson

The Health Minister, Rukhsana Qureshi, has said she will not “⟦p:q|negotiate through the newspapers⟧” with junior doctors who are threatening to strike next month.

In a sometimes tense interview with presenter Gareth Prys on Radio Tarren’s breakfast programme, Ms Qureshi repeatedly declined to say whether the government’s 4% pay offer was final.

“⟦d:q|I’m not going to pre-empt talks that haven’t happened yet,⟧” she said.

“⟦d:g|That’s not a no, then?⟧” Mr Prys asked.

“⟦d:q|It’s not a yes either, Gareth.⟧”

Dr Anwen Rhys, who chairs the junior doctors’ committee of the Tarren Medical Association, said the minister’s comments were “⟦p:r|deeply disappointing⟧”.

“⟦d:r|We have been asking for a meeting since February. If the minister wants to talk, her diary is the problem, not ours,⟧” Dr Rhys said.

A Department for Health spokesperson said: “⟦d:x|The minister has been clear that her door is open, and officials are in regular contact with the association.⟧”

### 010
@p Dhananjaya Perera | Northmoor captain
@o - | one reporter
@n - | another reporter
@f Callum Fairweather | the 22-year-old left-armer

Northmoor captain Dhananjaya Perera did not bother looking for excuses after his side were bowled out for 87 on the second morning at Castlegate.

"⟦d:p|We batted like tourists. There's no other way to put it,⟧" Perera said.

"⟦d:o|Was it the pitch?⟧" one reporter asked.

"⟦d:p|The pitch was fine. It was the same pitch they batted on for 412,⟧" he said.

"⟦d:n|Would you bat first again?⟧" asked another reporter.

"⟦d:p|Yes. Absolutely. The decision was right; the execution was rubbish.⟧"

The damage was done by Castlegate's Callum Fairweather, the 22-year-old left-armer, who took seven for 31 in only his fourth first-class match.

"⟦d:f|I've never taken seven wickets in anything, not even in the back garden against my brother,⟧" Fairweather said. "⟦d:f|My brother's going to say he let me.⟧"

Perera was generous about the bowler. "⟦d:p|He swung it both ways at pace. If he keeps doing that he'll be playing for his country, and I'll be watching on the telly with everyone else,⟧" he said.

### 011
@a Adaeze Nwankwo | the soprano who has just been named principal artist at the Kellerhall Opera
@i Ilse Brunnhuber | Her former teacher
@g Rupert Galloway | The Ledger’s critic

Adaeze Nwankwo, the soprano who has just been named principal artist at the Kellerhall Opera, learned to sing in a Pentecostal church in Enugu, under the close supervision of her mother.

“⟦d:a|My mother would pinch me if I sang too loudly, and then pinch me again if I sang too softly,⟧” she says, laughing. “⟦d:a|I think that was my first lesson in dynamics.⟧”

Her former teacher, Ilse Brunnhuber, remembers the 19-year-old who turned up to audition at the Harcourt Conservatoire in a borrowed coat.

“⟦d:i|She came in with this enormous voice and no idea where to put it. It was like being handed a racehorse without a saddle,⟧” Brunnhuber says.

Nwankwo, now 34, is candid about the cost of the career. She has not spent Christmas at home in six years, and she still suffers from crippling stage fright.

“⟦d:a:m|I am sick before every single performance. I used to think that would stop. Then an old baritone at Kellerhall told me he had been sick before every show for thirty years, and I felt better, and then I felt much worse.⟧


“⟦d:a|Nobody in the audience knows. That’s the job.⟧”

Her Tosca last spring was described by the Ledger’s critic, Rupert Galloway, as “⟦p:g|a force of nature barely contained by the proscenium⟧”.

“⟦d:a|Barely contained is right. I fell into the orchestra pit at the dress rehearsal,⟧” she says.

### 012
@a Lucius Abernathy | president of Local 212 of the Harbor and Warehouse Union
@m Constance Whitfield | Mayor
@t Tidewater Gateway Partners | The terminal operator
@l - | A longshoreman who asked not to be named because he feared retaliation

PORT AVERY, March 3 — Dockworkers at the Avery container terminal walked off the job Monday morning, leaving eleven ships at anchor in the outer harbor and trucks backed up for two miles along Route 9.

``⟦d:a|We're not going back until they put it in writing,⟧'' said Lucius Abernathy, president of Local 212 of the Harbor and Warehouse Union.

Mayor Constance Whitfield called the strike ``⟦p:m|regrettable but not surprising⟧'' and said she had invited both sides to City Hall on Wednesday.

``⟦d:m|Nobody is leaving that room until we have something on paper,⟧'' Whitfield said in a telephone interview.

The terminal operator, Tidewater Gateway Partners, said in a statement that it had made ``⟦p:t|a fair and generous offer⟧'' and urged workers to return while talks continued.

A longshoreman who asked not to be named because he feared retaliation said: ``⟦d:l|Twelve-hour shifts, no breaks, no bathroom on the north berth. My kids think I live at the port.⟧''

``⟦d:a|They keep saying generous,⟧'' Abernathy said. ``⟦d:a|Generous would be a bathroom that works.⟧''

### 013
@m Marguerite Osei-Bonsu | a sports psychologist based in Leeds
@r - | One of my rowers
@c - | My old hockey coach

Marguerite Osei-Bonsu, a sports psychologist based in Leeds, has worked with Olympic rowers, Premier League academies and, for one memorable season, a pub darts team. "⟦d:m|I'm not a guru. Please don't call me a guru,⟧" she says before we start. "⟦d:m|Write that down.⟧"

She talked to Tom Haldane about fear, failure and the wall.

TH: You've worked with Olympians and with Sunday league footballers. Is there a difference?

MO: Less than you'd think. Everybody is frightened of the same thing, which is looking stupid in front of people they care about. One of my rowers told me once, "⟦d:r|I'm not scared of losing. I'm scared of the video.⟧" That's most people.

TH: What do you say to a marathon runner who hits the wall?

MO: I tell them the wall is a "⟦s:-|story⟧". It's a real physical event, glycogen and so on, but the way you talk to yourself about it is a story, and you can edit stories.

TH: Does that work?

MO: Sometimes. Sometimes they tell me to get lost, which is also a kind of progress.

TH: Who taught you the most?

MO: My old hockey coach in Kumasi. She used to shout "⟦d:c|Again!⟧" after every mistake, and "⟦d:c|Again!⟧" after every good thing too. It took me years to understand that she meant the same thing both times.

### 014
@e Emlyn Pryce | -
@r Rhodri | His elder son
@i Iwan | His younger son
@g Gwenllian | Their mother

Emlyn Pryce has farmed sheep at Tŷ Uchaf since 1979, as his father did before him, and his grandfather before that. Whether his sons will do the same is, he admits, "⟦p:e|the question that keeps me up at night⟧".

"⟦d:e|I'm not going to tell them what to do. I did what I was told and I don't regret it, but it was a different time,⟧" he said, leaning on a gate above the valley.

His elder son, Rhodri, 40, wants to keep things as they are. "⟦d:r|This is a sheep farm. It's always been a sheep farm. I don't see why we have to apologise for that,⟧" he said.

His younger son, Iwan, has other ideas.

"⟦d:i|Four yurts in the bottom field. That's all I'm asking for,⟧" said Iwan, 36, who spent eight years working in Cardiff before coming home. "⟦d:i|Rhod acts like I want to build a casino.⟧"

"⟦d:r|He wants to put a hot tub by the lambing shed,⟧" Rhodri said.

"⟦d:i|I do not,⟧" said Iwan.

Their father has heard the argument many times. "⟦d:e|They'll sort it out,⟧" he said. "⟦d:e|Or they won't, and their mother will sort it out for them.⟧"

Their mother, Gwenllian, declined to be interviewed, but could be heard from the kitchen. "⟦d:g|Tell him about the planning application, Iwan!⟧" she shouted.

### 015
@p Pat | -
@m Maureen | Another caller
@d Denise Okoro | presenter
@t Terence Blakemore | the cabinet member for leisure
@l - | One listener

Callers jammed the lines of Radio Wenford’s mid-morning phone-in on Thursday after Brackenfield Council confirmed that the town’s lido would not reopen this summer.

“⟦d:p|I learned to swim there in 1961. My kids learned there, my grandkids learned there. What are they meant to do now, learn in the canal?⟧” said Pat, from Hillside.

Another caller, who gave her name only as Maureen, described the decision as “⟦p:m|a disgrace, an absolute disgrace⟧”. Asked by presenter Denise Okoro whether she would be going to Tuesday’s public meeting, she replied: “⟦d:m|Going? I’m organising the minibus.⟧”

Cllr Terence Blakemore, the cabinet member for leisure, came on air later in the programme.

“⟦d:t|Nobody wants to close the lido. Nobody. But the repair bill is £2.3 million and we simply do not have it,⟧” he said.

“⟦d:d|Your own report says £1.1 million, Councillor,⟧” Okoro said.

“⟦d:t|That report is two years old. Prices have gone up, as your listeners will know.⟧”

“⟦d:d|So get a new report.⟧”

One listener texted the show: “⟦d:l|Sell the council chamber and fix the pool.⟧” Okoro read it out twice.

### 016
@t Tamsin Achterberg | -
@l Leontyne Mabaso | her business partner

Tamsin Achterberg does not want to talk about the roof. Everybody wants to talk about the roof: the rippling copper canopy on the new Ledstone Library that one tabloid nicknamed “⟦s:-|the Crisp Packet⟧” within a week of its opening.

“⟦d:t|It’s a roof. It keeps the rain off the books. That was the brief,⟧” she says, pouring tea in the studio she shares with her business partner, Leontyne Mabaso, above a tyre-fitter in Hallam Cross.

I ask whether the nickname bothers her. “⟦d:t|It did for about a week. Then the library told me visitor numbers had doubled, and I thought, call it what you like,⟧” she says.

Mabaso, who has been listening from the next desk, is less relaxed about it. “⟦d:l|It bothers me. We spent four years on the detailing of that roof. Four years. And it’s a crisp packet,⟧” she says.

“⟦d:t|Leontyne is the perfectionist,⟧” says Achterberg.

“⟦d:l|Somebody has to be.⟧”

Achterberg, 49, grew up in Zeeland, in the south-west of the Netherlands, and came to Britain to study at 18.

“⟦d:t:m|My father built boats in a shed behind our house. Wooden ones, very slowly, for people who were mostly dead by the time he finished. I spent my childhood in that shed, holding things.⟧

“⟦d:t|Everything I know about curves I learned holding a plank while he swore at it.⟧”

“⟦d:-|Would you build the roof again?⟧” I ask, as I am leaving.

“⟦d:t|Tomorrow,⟧” she says. Behind her, Mabaso groans.

### 017
@v Bogdan Vlasić | Harcastle United manager
@j Jonah Ferreira-Boateng | the striker
@i Graham Iddon | Sowerby Town boss

Harcastle United manager Bogdan Vlasić said his side had "⟦p:v|earned the right to dream⟧" after a 3-1 win at Sowerby Town lifted them to fourth in the table.

"⟦d:v|People said in August we would be fighting relegation. Now we are fourth. I don't know what they are saying now, and honestly, I don't read it,⟧" Vlasić said.

Jonah Ferreira-Boateng, who scored twice in the first 20 minutes, said the manager's half-time instructions had been simple.

"⟦d:j|The gaffer told me to stop passing and start shooting,⟧" the striker said, grinning. "⟦d:j|So I stopped passing.⟧"

Sowerby Town boss Graham Iddon was scathing about his own players. "⟦d:i|We were bullied. Simple as that. I told them in there, if they play like that again, they won't play,⟧" Iddon fumed.

Asked whether he feared for his job, he said: "⟦d:i|You'd have to ask the chairman. I'm not the chairman.⟧"

When the title was mentioned, Vlasić laughed. "⟦d:v|Title? We are Harcastle. Ask me in May.⟧"

### 018
@k Kirsten Lindqvist | -
@h Han Ye-seul | Her twin
@g GenoLink | a DNA testing service

When Kirsten Lindqvist opened the door of her sister’s flat in Daegu last month, neither woman said anything for almost a minute.

“⟦d:k|We just stood there. She had my face. My actual face, with a different haircut,⟧” said Lindqvist, 46, who was adopted by a Swedish couple as a baby and grew up in Örebro.

Her twin, Han Ye-seul, who has never left South Korea, spoke through an interpreter. “⟦d:h|I always felt there was someone missing. My mother said that when I was small I used to talk to an empty chair,⟧” she said.

The pair were matched last year through a DNA testing service, GenoLink, which said in a statement that their reunion was “⟦p:g|exactly why we do what we do⟧”.

Lindqvist said the hardest part had been the language. “⟦d:k|We have about forty words in common, and most of them are food,⟧” she said.

Asked what they laughed at, the sisters looked at each other.

“⟦d:h|Her,⟧” said Han, pointing at Lindqvist.

“⟦d:k|Her,⟧” said Lindqvist, pointing back.

### 019
@b Brenda | His widow
@l Lorraine Dunphy | Their daughter
@o Orla Brennan | Mill Road Primary headteacher
@k Kelsey | His granddaughter

Tributes have been paid to a school crossing patrol officer who helped children across Mill Road in Rathmore for 28 years.

Desmond Carrow, known to three generations of pupils as "⟦s:-|Dessie⟧", died at home on Sunday at the age of 81.

His widow, Brenda, said he had been "⟦p:b|the kindest man in the county, and the most stubborn⟧".

"⟦d:b|He'd be mortified by all this fuss. He'd say, 'What are you all crying for? I only stood in the road,'⟧" she said.

Their daughter, Lorraine Dunphy, said her father had known every child by name. "⟦d:l|Their names, their brothers' names, their dogs' names,⟧" she said. "⟦d:l|People who are thirty now still stop me in the supermarket to tell me he was the first grown-up who ever asked them how their day was.⟧"

Mill Road Primary headteacher Orla Brennan said the school would hold an assembly in his memory. "⟦d:o|Dessie was part of this school as much as any teacher. The children have been drawing pictures of him all morning, every one of them in his yellow coat,⟧" she said.

His granddaughter Kelsey, 15, wrote on social media: "⟦d:k|Best grandad in the world. Look both ways, Grandad x⟧"

### 020
@m Mathieu Bélanger | the 23-year-old centre
@j Josée Ouellet | His mother
@r Réjean Goyette | His first coach

Mathieu Bélanger still sleeps in his childhood bedroom when he comes home to Saint-Rémi-de-Lévrard, under a poster of himself.

«⟦d:m|My mother put it up. I am not allowed to take it down,⟧» the 23-year-old centre said, laughing, on the eve of his first all-star game.

His mother, Josée Ouellet, who drove him to the rink at five in the morning for twelve winters, switched to French when asked about the poster. «⟦d:j|C’est ma maison, c’est mon mur⟧», she said. «⟦d:j|It’s my house, it’s my wall.⟧»

His first coach, Réjean Goyette, still runs the under-11s at the Lévrard arena. «⟦d:r|He was the smallest kid on the ice and the only one who never looked at the puck. He looked at the space,⟧» Goyette said.

In Saint-Rémi, Bélanger has been known since childhood as «⟦s:-|le petit prince⟧», a label he finds mortifying.

«⟦d:m|People here have called me that since I was nine. It is not pressure. Pressure is my mother in the stands with a cowbell,⟧» he said.

### 021
@r Rafaela Quintanilha | host
@t Tevita | My uncle
@m Mele | The safety diver

The following is an edited excerpt from episode 112 of "⟦s:-|Deep Water⟧", a podcast about people and the sea, in which host Rafaela Quintanilha talks to the Tongan freediver Sione Lātū. Quintanilha later described the conversation as "⟦p:r|the calmest hour I've ever recorded⟧".

RAFAELA QUINTANILHA: You held your breath for eight minutes and twelve seconds. What does that actually feel like?

SIONE LĀTŪ: Boring, mostly. People expect me to say it's spiritual. The first four minutes are boring, the next three are uncomfortable, and the last one is very, very interesting.

RAFAELA QUINTANILHA: Who taught you?

SIONE LĀTŪ: My uncle Tevita, in Neiafu. He used to say, "⟦d:t|The ocean doesn't love you. It just doesn't mind you.⟧" I was about six. I thought it was the saddest thing I'd ever heard. Now I think it's the kindest.

RAFAELA QUINTANILHA: Were you ever really frightened?

SIONE LĀTŪ: Once. In 2019 I came up too fast and got what divers call "⟦s:-|the samba⟧" — your body starts shaking and you can't control it. The safety diver, Mele, had me by the collar before I knew what was happening. Afterwards, on the boat, she just looked at me and said, "⟦d:m|Not today.⟧" That was it. Not today.

### 022
@n Nomvula Dlamini | the 51-year-old
@r - | one anonymous reviewer
@k Anders Kjeldsen | a professor at the Nordvik Institute who was among her early critics

When Nomvula Dlamini first submitted her paper on the Kessen Ice Shelf in 2016, one anonymous reviewer called it “⟦p:r|alarmist and under-evidenced⟧” and recommended rejection.

Nine years later it is one of the most cited papers in glaciology, and she has kept the review. “⟦d:n|It’s framed. It’s in the downstairs loo,⟧” says the 51-year-old, who leads the polar dynamics group at the University of Carrow.

The paper warned that the shelf could lose “⟦p:n|most of its mass within two decades⟧”, a forecast that has so far proved, if anything, cautious.

Anders Kjeldsen, a professor at the Nordvik Institute who was among her early critics, now calls the work “⟦p:k|prophetic, and I don’t use that word lightly⟧”.

“⟦d:k|I was wrong. I said so in print in 2021. Nomvula was gracious about it, far more gracious than I would have been,⟧” he said by phone from Tromsø.

Dlamini smiles when this is read back to her. “⟦d:n|Anders bought me a very expensive dinner. That was the apology. I accepted it,⟧” she says.

She has spent eleven field seasons on the ice, and is wary of the romance people attach to it.

“⟦d:n:m|People imagine fieldwork as heroic. It’s mostly waiting. You wait for the weather, you wait for the plane, you wait for the drill to thaw out.⟧

“⟦d:n|And then for about six hours a season everything works, and you remember why you do it.⟧”

### 023
@j Jade Ashworth-Pike | WAG
@d Dean Ashworth-Pike | England ace
@p - | A pal of the couple
@c Wexcombe Rovers | His club

WAG Jade Ashworth-Pike has broken her silence over claims her marriage to England ace Dean is on the rocks.

In a post to her 1.2 million followers last night, the 31-year-old wrote: "⟦d:j|I don't usually respond to rubbish but this has gone too far. Dean and I are fine. Better than fine.⟧"

She added: "⟦d:j|Please leave our kids out of it. They can read.⟧"

Dean Ashworth-Pike, 33, later shared the post with a heart emoji and the words: "⟦d:d|My world.⟧"

Rumours began swirling after the pair were photographed leaving separate restaurants in Wexcombe on the same night.

A pal of the couple told the Clarion: "⟦d:p|They've had their ups and downs like anyone, but they're solid. This has all come from one photo taken out of context.⟧"

His club Wexcombe Rovers said: "⟦d:c|We do not comment on players' private lives.⟧"

### 024
@c Crickham Town Council | -
@h Harold Stenning | -
@p Parveen Akhtar | secretary of the Pellow Lane Allotment Association
@x - | A council spokesperson
@o - | One plot-holder

A row has broken out at Pellow Lane allotments after Crickham Town Council wrote to plot-holders ordering them to remove “⟦p:c|non-compliant structures⟧” — including a shed that has stood on the site since 1974.

Harold Stenning, 79, who built the shed with his late brother, said he would “⟦p:h|chain myself to it if I have to⟧”.

“⟦d:h|That shed has seen off three prime ministers and a flood. It can see off the town council,⟧” he said.

Parveen Akhtar, secretary of the Pellow Lane Allotment Association, said the letters had caused “⟦p:p|real distress⟧” among older members.

“⟦d:p|Some of these people have had their plots for fifty years. They got a letter with a photograph of their shed and a red circle drawn round it. How would you feel?⟧” she asked.

A council spokesperson said: “⟦d:x|The council values its allotment holders. We have a duty to ensure structures on our land are safe, and we will work with plot-holders on a case-by-case basis.⟧”

One plot-holder, who did not want to be named, was unconvinced. “⟦d:o|Case-by-case means they’ll start with the ones who don’t complain,⟧” they said.

### 025
@k Kwesi Mensah | The 25-year-old
@j Kojo Mensah | His cousin and manager
@s Static | the music magazine

Kwesi Mensah is eating chips in the back of a black cab somewhere between Peckham and Old Street. The 25-year-old, who records as Ghost Tide, has a show in two hours and has not eaten since breakfast.

"⟦d:k|Do you want a chip?⟧" he asks. I do not want a chip. "⟦d:k|You do. Everyone wants a chip.⟧"

His cousin and manager, Kojo Mensah, is in the front seat, on the phone to a promoter. He turns round just long enough to take a chip.

His debut album, "⟦s:-|Low Ceiling⟧", which the music magazine Static called "⟦p:s|the sound of south London holding its breath⟧", went top ten last year. The new one, out in June, is about his father.

"⟦d:k|Not in a sad way,⟧" he says. "⟦d:k|Well. A bit in a sad way.⟧"

I ask whether his father has heard it.

"⟦d:k|He's heard it.⟧"

And?

"⟦d:k|He said the bass was too loud. Which, fair.⟧"

"⟦d:j|It was too loud,⟧" says Kojo, from the front.

"⟦d:k|Nobody asked you,⟧" says Kwesi.

### 026
@x Ximena Ocampo | Chilean poet
@u Ulrika Lindahl | permanent secretary of the Halvard Academy
@h Halvard Academy | -
@e Editorial Piedra Azul | Her Spanish publisher

ODENSKÄR, Sweden, Oct. 9 — Chilean poet Ximena Ocampo won the Halvard Prize for Literature on Thursday, and said she had twice hung up on the prize committee because she thought the call was a prank.

``⟦d:x|I said, please stop calling, it is four in the morning, and I put the phone down,⟧'' Ocampo, 63, said by telephone from her home in Valparaíso. ``⟦d:x|The third time my husband answered, and he started crying, so I knew it was real.⟧''

Ulrika Lindahl, permanent secretary of the Halvard Academy, confirmed the account. ``⟦d:u|She was very polite about it the first time. The second time, less so,⟧'' Lindahl said.

The academy praised what it called Ocampo's ``⟦p:h|unflinching, tender excavations of memory and exile.⟧''

Ocampo said she would spend the prize money, 11 million crowns, on ``⟦p:x|a new roof and a great many books for other people.⟧''

Asked how she planned to spend the rest of the day, she said: ``⟦d:x|Sleep. I have not slept. Nobody lets you sleep when you win something.⟧''

Her Spanish publisher, Editorial Piedra Azul, said in a statement that it was ``⟦p:e|overjoyed, and not at all surprised.⟧''

### 027
@o Olumide Bankole | the director
@c Cathal Duffy | the actor

In a rehearsal room above a carpet warehouse in Stanmoor, Olumide Bankole is explaining to Cathal Duffy why his character would not, under any circumstances, sit down.

“⟦d:o|He’s been standing for forty years. His whole life is standing. If he sits, the play is over,⟧” the director says.

Duffy, 58, who plays the lead in “⟦s:-|The Watchman’s Hour⟧”, the first new play at the Corran Theatre in a decade, nods slowly. “⟦d:c|My knees are going to hate you,⟧” he says.

The two men have worked together four times since 2009, and Bankole is happy to explain why he keeps coming back.

“⟦d:o:m|Cathal is the only actor I know who argues with every note in rehearsal and then does exactly what I asked on the night. It used to drive me mad.⟧

“⟦d:o|Now I give him the opposite note on purpose.⟧”

“⟦d:c|That’s a lie. I do what I wanted to do all along, and he takes the credit,⟧” says the actor.

I ask Duffy whether it is hard to play a man who never speaks about his dead son. He is quiet for a while.

“⟦d:c|No. That’s the easy part. Men like him are everywhere. I grew up with three of them,⟧” he says. “⟦d:c|The hard part is standing up for two hours.⟧”

Bankole, across the room, does not look up from his script. “⟦d:o|He’ll manage,⟧” he says.

### 028
@a Ana Ferrer | the 20-year-old
@m Marta Kovač | Her mother and coach
@v Ilse Vanderhaegen | The fifth seed

Ana Ferrer reached her first Kingsmere Open quarter-final on Monday and immediately went looking for her mother in the stands.

"⟦d:a|She wasn't there. She was in the toilet. Twelve years of coaching me and she misses match point,⟧" the 20-year-old said, laughing.

Her mother and coach, Marta Kovač, said she had been unable to watch the end. "⟦d:m|I watched the first set, I watched the second set. At 5-4 in the third I couldn't. My heart is not built for this,⟧" she said.

Asked whether Kovač was a strict coach, Ferrer rolled her eyes. "⟦d:a|Strict? She made me hit two hundred backhands on my birthday. On my birthday.⟧"

"⟦d:m|It was one hundred and fifty,⟧" Kovač said when this was put to her.

The fifth seed, Ilse Vanderhaegen of Belgium, was gracious in defeat. "⟦d:v|She played better than me on the big points, that's all. There's no secret,⟧" Vanderhaegen said.

### 029
@e Eilidh MacRae | an emergency medicine consultant who has worked at the hospital for 19 years
@r Ravinder Sandhu | Presenter
@a Alasdair | Her son
@g Glenmore Health Board | -

A senior doctor has said patients at Glenmore Royal Infirmary are being treated “⟦p:e|in corridors, in cupboards, and once in a lift⟧”.

Dr Eilidh MacRae, an emergency medicine consultant who has worked at the hospital for 19 years, made the comments in an interview with ScotView’s Evening Report.

Presenter Ravinder Sandhu asked whether she was exaggerating for effect. “⟦d:e|I wish I were. I would love to be exaggerating. Come in on a Friday night and I’ll show you,⟧” she replied.

“⟦d:r|Is that an invitation?⟧” Sandhu asked.

“⟦d:e|It is. Bring a coat. The corridor’s cold.⟧”

Morag Lindsay, 84, waited 31 hours for a bed at the infirmary in January after a fall at home. Her son, Alasdair, said: “⟦d:a|She sat on a plastic chair for most of it. She didn’t complain once, which is how I knew she was really ill.⟧”

In a statement, Glenmore Health Board said it was “⟦p:g|working hard to reduce waiting times⟧” and had opened 40 additional beds.

“⟦d:g|We recognise the pressure our staff are under and thank them for their extraordinary dedication,⟧” the board said.

### 030
@k Akosua Boateng | -
@e Efua | Her daughter
@a Ama | Efua's daughter

Between them, the women of the Boateng family have delivered, by their own rough count, more than 9,000 babies.

Akosua Boateng, 88, trained as a midwife in Kumasi in 1958 and moved to Brinsley in 1966. Her daughter Efua, 61, is a senior midwife at Brinsley General. Efua's daughter, Ama, 29, qualified last year and works on the same ward as her mother.

"⟦d:k|When I started, the fathers were not allowed in the room. They waited in the pub,⟧" Akosua said.

"⟦d:e|Now they come in with a playlist,⟧" said Efua.

"⟦d:a|And a birth plan. Laminated,⟧" Ama added.

Asked which of the three was the best midwife, the family fell silent for a long moment.

"⟦d:k|Me,⟧" said Akosua.

"⟦d:a|Obviously Grandma,⟧" said Ama, "⟦d:a|because she'll tell Mum off if I say anything else.⟧"

Efua shook her head. "⟦d:e|She tells me off anyway. I'm 61 and I still get told off about my handwriting.⟧"

Akosua remembers a very different job.

"⟦d:k:m|In Kumasi we had no electricity some nights. You delivered by torchlight, and if the torch went, you delivered by feel.⟧

"⟦d:k|I tell Ama this and she looks at me like I'm telling her about the dinosaurs.⟧"

"⟦d:a|Because it sounds like the dinosaurs, Grandma,⟧" said Ama.

### 031
@a Arjun Venkataraman | the founder of Plinth
@b Beatrix Hollins | His head of communications
@w - | The waiter

Arjun Venkataraman has chosen the cheapest restaurant I have ever been taken to by a billionaire: a vegetarian canteen in a basement off Drummond Street, with laminated menus and a television showing cricket with the sound off.

"⟦d:a|I like it here because nobody recognises me, and if they did they wouldn't care,⟧" says the founder of Plinth, the payments app used by 30 million people.

He orders the thali. His head of communications, Beatrix Hollins, orders nothing and sits at the end of the table with a notebook.

I ask about the regulators. "⟦d:a|Can I answer that?⟧" he asks Hollins.

"⟦d:b|You can answer it carefully,⟧" she says.

"⟦d:a|Carefully, then. We made mistakes in 2022. We moved too fast, and some customers couldn't get to their money for up to nine days. That's unacceptable, and I said so at the time.⟧"

He did: in a letter to customers that summer he called the outage "⟦p:a|deeply regrettable⟧" and promised "⟦p:a|a full and honest accounting⟧", which his critics say never came.

His father ran a bicycle repair shop in Pune. "⟦d:a|He used to say a good business is one where the customer comes in angry and leaves happy,⟧" he says.

"⟦d:-|That sounds like a terrible business,⟧" I say.

"⟦d:a|It's a very good business. Ask any bank.⟧"

The waiter comes to clear the plates and asks if we want dessert. "⟦d:w|He always has the kheer,⟧" she says, before either of us can answer, and he does.

### 032
@l Marcus Leclair | a former light-heavyweight champion
@s Eddie Santangelo | His trainer
@r Dominik Rusz | a 27-year-old Hungarian southpaw with 19 knockouts
@d Denise | His wife

Marcus Leclair, a former light-heavyweight champion, is 39 years old, has fought 44 times, and says the next one, on Saturday night at the Armory, will be his last.

``⟦d:l|I've said that before. This time my wife said it, and that's different,⟧'' Leclair said Tuesday at the Eastside Boxing Club, where he still trains at 5 a.m.

Leclair, known to fans as ``⟦s:-|The Deacon⟧'' for his habit of quoting scripture at weigh-ins, grew up three blocks from the gym.

His trainer, Eddie Santangelo, 71, has been in his corner for every one of those fights. ``⟦d:s|He's slower than he was. He's also smarter than he was. Smart beats fast more often than people think,⟧'' Santangelo said.

His opponent, Dominik Rusz, a 27-year-old Hungarian southpaw with 19 knockouts, was less sentimental. ``⟦d:r|I respect him very much. I am going to retire him,⟧'' he said in a statement released by his promoter.

His wife, Denise, said by phone: ``⟦d:d|Twenty-two years of ice packs. I'm done. He's done. He just doesn't know it yet.⟧''

``⟦d:l|She knows,⟧'' Leclair said when told this.

### 033
@h Haruto Ishikawa | the chef and owner of Kōji
@k Kenji Tanabe | My first head chef

“⟦d:h|Sit wherever you like. Not there — that’s the fish’s seat,⟧” says Haruto Ishikawa, the chef and owner of Kōji, pointing at a stool stacked with polystyrene boxes. His restaurant in Dunmere has eleven seats, one sitting a night and a waiting list that closes within minutes of opening each month. Regulars call the 14-course menu “⟦s:-|the long walk⟧”. We spoke before service.

**Eleven seats. Why so few?**

Because I have two hands. I could have forty seats and a brigade of twelve, but then I would be a manager, and I am a very bad manager. Ask my accountant.

**You trained in Osaka. What did you learn there?**

To be quiet. My first head chef, Kenji Tanabe, didn’t speak to me for four months. When he finally tasted my dashi, he said, “⟦d:k|Mada mada⟧” — “⟦d:k|not yet, not yet⟧”. I was so happy. Not yet meant one day.

**Is there a dish you will never take off the menu?**

The rice. People laugh — they come for the fish, and I give them rice. But the rice is the hardest thing we do. If the rice is wrong, everything is wrong.

**What do you eat at home?**

Toast. Honestly. My wife makes fun of me.

### 034
@g Gareth Pughe | dairy farmer
@t Tomasz Nowicki | His neighbour
@b Bethan Yates | Presenter
@n Northern Rivers Authority | -

Farmers in the lower Wenning valley say some fields have been underwater since November, with no sign of the floodwater draining.

Speaking to "⟦s:-|Field Notes⟧" on Radio Dunholm, dairy farmer Gareth Pughe said his cows had been indoors for eleven weeks.

"⟦d:g|You can't put cows on a lake. They've been in the sheds since November, and the silage is running out,⟧" he said.

His neighbour, Tomasz Nowicki, who grows potatoes and barley on 300 acres, has not been able to plant anything. "⟦d:t|The ground is like porridge. You walk out and you lose a boot,⟧" Mr Nowicki said.

Presenter Bethan Yates asked whether the authorities had done enough.

"⟦d:g|They came, they looked, they took photographs. I've not seen them since,⟧" Mr Pughe replied.

The Northern Rivers Authority said in a statement: "⟦d:n|We understand the frustration of landowners and are working to reopen the outfall at Catterby as soon as it is safe to do so.⟧"

"⟦d:b|Is there anything that would help right now?⟧" Yates asked.

"⟦d:t|Sun,⟧" said Mr Nowicki. "⟦d:t|Sun, and a bigger pump.⟧"

### 035
@f Farida Noori | -
@z Zahra | Her daughter
@o Omid | Zahra’s younger brother
@j Janet Pilling | a volunteer with Welcome Hulmsworth
@r Resettlement Directorate | -

Farida Noori keeps the key to her front door on a ribbon around her neck. It is the first key she has owned in four years.

“⟦d:f|Injā khāna-ye mā ast,⟧” she says, tapping it. “⟦d:f|This is our home.⟧”

Noori, 43, arrived in Hulmsworth with her three children in March after two years in a camp on the Greek island of Samos. Speaking through an interpreter, she said: “⟦d:f|In the camp you sleep with your shoes on. The first night here, my son asked me if he could take his shoes off. I cried.⟧”

Her daughter, Zahra, 16, already speaks fluent English and wants to be a dentist. “⟦d:z|Mum wants me to be a doctor. We are negotiating,⟧” she said.

Zahra’s younger brother, Omid, 12, has settled in too. “⟦d:o|I like the rain. Zahra hates it. It’s the only thing in England she hates,⟧” he said.

Janet Pilling, a volunteer with Welcome Hulmsworth, which found the family’s house and furnished it with donations, said: “⟦d:j|When they arrived, the children went from room to room opening every door. Omid asked whose bedroom was whose three times, as if the answer might change.⟧”

The Resettlement Directorate has described the scheme that brought them to Britain as “⟦p:r|a lifeline for the most vulnerable⟧”.


### 036
@l Lemalu Fa'asalele | The 36-year-old lock
@d Alistair Drummond | His former coach
@w Losa | His wife

Lemalu Fa'asalele will play his final match for Kingsbridge on Saturday, fourteen seasons and 287 appearances after he arrived from Apia as a teenager. The 36-year-old lock announced his retirement in January and has spent the weeks since, in his words, "⟦p:l|being hugged by people I've never met⟧".

"⟦d:l|I've been lucky. I keep saying that because it's true,⟧" he said at the club's training ground on Tuesday.

"⟦d:l:m|When I came over I was nineteen and I didn't know what a scone was. The first week, the old boys took me to a tearoom and made me put the jam on first, and then told me I'd done it wrong, and I believed them for about six years.⟧

"⟦d:l:m|That's this club. They'll wind you up, and then they'll carry you home.⟧

"⟦d:l|I'm going to miss that more than the rugby, honestly. The rugby you can watch on the telly.⟧"

His former coach, Alistair Drummond, who signed him in 2011, remembered a "⟦p:d|skinny kid with enormous feet⟧".

"⟦d:d|I said to the chairman, either he grows into those feet or we've wasted our money,⟧" Drummond said. "⟦d:d|He grew into them.⟧"

His wife, Losa, said he had promised to "⟦p:w|learn how the washing machine works⟧" once he retired. "⟦d:w|I'll believe it when I see it,⟧" she said.

### 037
@z Zainab Kerr | the creative director of Maison Verlaque
@m Maison Verlaque | -
@d Delphine Marchais | editor of Silhouette magazine

“⟦s:-|Quiet luxury⟧” is over, according to Zainab Kerr. “⟦d:z|It was never quiet. It was just expensive and beige,⟧” says the creative director of Maison Verlaque, sitting cross-legged on a cutting table in the house’s atelier on the Rue de Bretonvilliers.

Her autumn collection, which she describes as “⟦p:z|loud on purpose⟧”, sent models down the runway in tangerine, acid green and a shade of pink her studio calls “⟦s:-|argument⟧”.

When Maison Verlaque announced her appointment last year, it said in a statement that she would bring “⟦p:m|a new energy rooted in the house’s archive⟧”. She laughs when this is read back to her. “⟦d:z|I wrote that sentence. I’m not proud of it,⟧” she says.

Kerr, 39, grew up between Ibadan and Peckham, the daughter of a seamstress and a bus driver.

“⟦d:z:m|My mother sewed our school uniforms because the ones from the shop never fitted. She would hold pins in her mouth and talk at the same time, and I thought that was the most glamorous thing a person could do.⟧

“⟦d:z|I still can’t do it. I swallowed a pin once, at college. Don’t put that in.⟧”

Delphine Marchais, editor of Silhouette magazine, said Kerr had changed the conversation. “⟦d:d|Zainab is the first designer in years who makes people argue at dinner. That is the job,⟧” she said.

### 038
@m Malcolm Ebury | The competition's chief adjudicator
@g Gwen Talbot | Head of music
@c - | One member of the choir
@a - | Another chorister
@l Sam Okonjo | Parent
@d Dominic Fairclough | Headteacher

Pupils at St Aldhelm's Academy in Nettleford are celebrating after their choir beat 40 schools to win the National Schools Choral Competition on Saturday.

The 32-strong choir performed "⟦s:-|Skylark Over Fenmoor⟧", a piece written for them by a former pupil. The competition's chief adjudicator, Sir Malcolm Ebury, described the performance as "⟦p:m|nothing short of thrilling⟧".

Head of music Gwen Talbot said: "⟦d:g|They sang their hearts out. I cried, the judges cried, the man doing the lights cried.⟧"

One member of the choir, aged 15, said: "⟦d:c|We've practised every lunchtime since September. I'm never singing that song again as long as I live.⟧"

Another chorister said: "⟦d:a|I'm definitely singing it again. I'm singing it on the bus home.⟧"

Parent Sam Okonjo, whose twin daughters are in the choir, said they had heard the piece through a bedroom wall "⟦p:l|about four hundred times⟧". "⟦d:l|It was worth every one,⟧" they said.

Headteacher Dominic Fairclough said: "⟦d:d|This is a school that has had its share of hard headlines. Today the headline is 32 teenagers and a song, and I couldn't be prouder.⟧"

### 039
@a Adrià Solé | the 26-year-old Catalan
@j Joost Verhaegen | His directeur sportif
@r Rasmus Kjærgaard | The new leader

Adrià Solé crossed the line at the top of the Col du Marfaut four minutes and nine seconds behind the stage winner, and with that the yellow jersey was gone.

«⟦d:a|Hoy no era mi día⟧», the 26-year-old Catalan told Spanish television, before switching to English: «⟦d:a|Today was not my day. Tomorrow, maybe it is.⟧»

His directeur sportif, Joost Verhaegen, was blunter. «⟦d:j|We made a mistake with the food. He did not eat enough on the Marfaut, and on the last climb he had nothing,⟧» Verhaegen said.

Riders call it «⟦s:-|la fringale⟧» — the sudden collapse when the body runs out of fuel — and it is the most feared two words in the peloton.

The new leader, Rasmus Kjærgaard of Denmark, said he had not expected to take the jersey. «⟦d:r|I was just trying to survive. Then I looked round and Adrià was not there,⟧» he said.

Asked whether the race was lost, Verhaegen shook his head. «⟦d:j|Lost? There are nine stages left. Ask me in Paris.⟧»

### 040
@h Harriet Quennell | Former deputy prime minister
@n Naveed Chaudhry | -
@x - | A spokesperson for Mr Renwick

Former deputy prime minister Harriet Quennell has said she “⟦p:h|should have resigned a year earlier⟧” than she did.

Speaking to Naveed Chaudhry on his podcast, “⟦s:-|The Backbench⟧”, Quennell said she had stayed in government longer than she should have.

“⟦d:n|So why didn’t you go?⟧” Chaudhry asked.

“⟦d:h|Vanity, mostly. You tell yourself you’re staying to protect things. You’re really staying because you like the car,⟧” she said.

In her memoir, “⟦s:-|Minutes of a Long Meeting⟧”, published next week, Quennell writes that the former prime minister, Douglas Renwick, ran his cabinet “⟦p:h|like a school trip that had lost its coach⟧”.

“⟦d:n|That’s quite a line,⟧” Chaudhry said.

“⟦d:h|It’s quite a true line.⟧”

A spokesperson for Mr Renwick said: “⟦d:x|Mr Renwick wishes Ms Quennell every success with her book, which he does not intend to read.⟧”

### 041
@a Anuradha Mehrotra | the judge
@d Dennis Oyelowo-Marsh | Her clerk of 18 years

Dame Anuradha Mehrotra retires this month after 22 years on the High Court bench, and she has agreed to talk on one condition: no questions about the cases she has not yet finished writing up.

In a 2014 judgment she wrote that "⟦p:a|the law is not a vending machine⟧", a line that has since been quoted back at her by barristers in at least forty cases. "⟦d:a|I regret it enormously. Every time somebody wants a result they can't have, they put a coin in and say 'vending machine',⟧" the judge says.

"⟦d:-|Do you ever worry you got one wrong?⟧" I ask.

"⟦d:a|Of course. Anyone who says no is either lying or shouldn't be a judge.⟧"

She is quiet for a moment.

"⟦d:a:m|There's a case from 2009 I still think about. A mother, two children, a flat with mould on every wall. I applied the law correctly. I'm sure of that. I'm much less sure the law was right.⟧

"⟦d:a|You learn to live with that, or you leave. I stayed.⟧"

Her clerk of 18 years, Dennis Oyelowo-Marsh, says she was famous among the barristers for reading everything. "⟦d:d|Every page. Every single page, including the appendices. Some of the younger barristers found it very alarming,⟧" he says.

"⟦d:a|Dennis exaggerates,⟧" she says. "⟦d:a|I skipped an appendix once. In 2011. I still feel bad about it.⟧"

### 042
@d Declan | the elder brother and the band’s singer
@f Fintan | -
@s Sinéad Carrick | The band’s drummer

For a band whose last album was called “⟦s:-|Never Again⟧”, the Hollow Larks have an unusual sense of timing. Eighteen years after the Mulcahy brothers, Declan and Fintan, stopped speaking to each other on a ferry back from a festival in Santander, they are about to go on tour.

“⟦d:d|It wasn’t the ferry. People always say it was the ferry,⟧” says Declan, 52, the elder brother and the band’s singer.

“⟦d:f|It was a bit the ferry,⟧” says Fintan, 49, who plays guitar.

“⟦d:d|It was years of things. The ferry was just the last thing.⟧”

“⟦d:f|The last thing was you throwing my guitar in the sea.⟧”

“⟦d:d|It was a cheap guitar.⟧”

“⟦d:f|It was Dad’s guitar.⟧”

There is a long silence. Then both of them start laughing, and it takes a while for either to stop.

The band’s drummer, Sinéad Carrick, who stayed friends with both brothers, brokered the reunion. “⟦d:s|I booked a rehearsal room and told each of them the other one had apologised,⟧” she says. “⟦d:s|Neither of them had. It worked anyway.⟧”

### 043
@w Wayne Atherton | Delivery driver
@e Edna Hegarty | Pensioner
@s Shelley | a dinner lady
@b - | A spokesman for Lotto operator Brightstar

Delivery driver Wayne Atherton scooped £4.2MILLION on the Lotto — but says he'll still be doing his rounds on Monday because he "⟦p:w|can't let Mrs Hegarty down⟧".

Pensioner Edna Hegarty, 89, gets a parcel from her daughter in Leeds every week, and Wayne, 47, is the only driver she lets carry it into her kitchen.

"⟦d:w|She makes me a cup of tea every Monday. Two sugars, even though I take one. I've never had the heart to tell her,⟧" Wayne said.

His wife Shelley, 45, a dinner lady, laughed: "⟦d:s|I told him he's mad. He told me I'm mad for still doing dinners. So we're both mad, and now we're rich.⟧"

Wayne said he planned to spend some of the cash on "⟦p:w|a new van, a caravan at Filey and a very big telly⟧".

Mrs Hegarty, reached at her home, said: "⟦d:e|He's a lovely lad. I'd be lost without him. I'll expect him Monday as usual.⟧"

A spokesman for Lotto operator Brightstar said: "⟦d:b|We always advise winners to take their time before making big decisions, but we've never had one insist on going to work before.⟧"

### 044
@k Kenta Morioka | a 34-year-old engineer from Nagoya
@l Lukas Brandstätter | head of the Grauberg mountain rescue service
@a Aiko Morioka | His sister
@p Grauberg police | -

GRAUBERG, Austria, Feb 2 (Meridian Wire) - A Japanese climber who survived three nights in a snow hole on the Hoher Kessel said on Sunday he had kept himself awake by reciting train timetables.

Kenta Morioka, a 34-year-old engineer from Nagoya, was found by rescuers on Saturday morning, two days after he was reported missing.

"⟦d:k|I know the Tokaido line by heart. Every station, every time. I said them again and again so I would not sleep,⟧" Morioka told Meridian Wire from his hospital bed in Grauberg.

Lukas Brandstätter, head of the Grauberg mountain rescue service, said the team had feared the worst. "⟦d:l|Honestly, we were looking for a body. When we dug down and he said 'Guten Morgen', one of my guys sat down in the snow,⟧" he said.

Morioka laughed at this. "⟦d:k|I learned 'Guten Morgen' from a phrasebook on the plane. It was the only German I had,⟧" he said.

His sister, Aiko Morioka, who flew in from Tokyo on Saturday, said: "⟦d:a|He is an idiot. A lucky idiot. I will be shouting at him for a very long time.⟧"

Grauberg police said the climber had been "⟦p:p|adequately equipped but ill-advised to continue alone⟧" after his climbing partner turned back with a knee injury.

### 045
@b Bernard Ashby-Coles | a critic for the Evening Courant
@t Teodor Wiśniewski | the painter
@a Amara Okonkwo | Its curator

In 1974, a critic for the Evening Courant described Teodor Wiśniewski’s first solo exhibition as “⟦p:b|a series of nervous breakdowns in oil⟧”. The critic, Bernard Ashby-Coles, went on to become one of the painter’s most devoted champions.

“⟦d:t|Bernard was right, that’s the annoying thing. They were nervous breakdowns. I was having a lot of them at the time,⟧” says Wiśniewski, now 84, at the kitchen table of his house in Ashcombe.

Ashby-Coles, who died in 2008, wrote in 1991 that Wiśniewski was “⟦p:b|the most honest painter of his generation, and the least fashionable⟧”.

The retrospective that opens at the Harwood Gallery on Friday, “⟦s:-|Weather Inside⟧”, brings together 90 works from six decades. Its curator, Amara Okonkwo, said choosing them had been a negotiation.

“⟦d:a|We had 600 works to choose from and room for 90. Teodor wanted to choose them himself. He chose 400,⟧” she said.

“⟦d:t|I was being modest,⟧” the painter says.

“⟦d:t:m|I paint the same things I painted at twenty-five: the window, the chair, my wife asleep. People ask me when I am going to paint something else. Why would I? The window is different every morning.⟧

“⟦d:t|And my wife is different every morning. She would not thank me for saying so.⟧”

### 046
@c - | a colleague on the platform
@h Horace Mbatha-Lowe | -
@s Stan Wilby | My first instructor
@w - | My wife

After 41 years and an estimated two million miles, Horace Mbatha-Lowe drove his last train into Carrowgate station on Friday afternoon. As he climbed down from the cab, a colleague on the platform shouted "⟦d:c|Speech!⟧" He declined. "⟦d:h|I've said everything I've got to say over the tannoy,⟧" he said. He spoke to Jonah Birch a week later.

JB: Do you remember your first day?

HM: Very well. My first instructor, Stan Wilby, handed me a flask of tea and said, "⟦d:s|If you spill this, you're walking back.⟧" I didn't spill it. I didn't drink it either. I was too frightened.

JB: What's changed most?

HM: The seats, thank God. And the trains are quieter. We used to call the 4.52 to Holmbridge "⟦s:-|the Rattler⟧" because you could hear it coming from Denby Cross. You can't hear anything coming now.

JB: What will you miss?

HM: The early mornings. My wife says I'm lying. She says, "⟦d:w|You've moaned about the early mornings for forty-one years.⟧" She's not wrong, but I'll miss them anyway.

### 047
@n Noor Haddad | the teenager
@k Karim Haddad | a taxi driver
@y Yvonne Stride | The leader of Hollingbrook Council

Noor Haddad, 16, has stood outside Hollingbrook town hall every Friday afternoon for two years, holding a piece of cardboard with two words on it: “⟦s:-|Still Here⟧”.

She says she “⟦p:n|will keep going until someone comes out and talks to me⟧”.

“⟦d:n|Nobody has, yet. A cleaner brought me a coffee once. That’s the closest I’ve got to the council,⟧” the teenager told NCR News.

Her father, Karim Haddad, a taxi driver, drops her off at the start of his shift and picks her up at the end. “⟦d:k|In winter I bring soup. That’s my contribution to saving the planet,⟧” he said.

“⟦d:k|People ask me, aren’t you worried about her missing school? She doesn’t miss school. She comes after school. She has better attendance than I ever did.⟧”

The leader of Hollingbrook Council, Cllr Yvonne Stride, said she had “⟦p:y|enormous respect⟧” for Noor. “⟦d:y|My door is open, and I mean that,⟧” Cllr Stride said.

“⟦d:n|She has said that before. I’ll believe it when there’s a date in the diary,⟧” Noor replied.

### 048
@p Pádraig Fennelly | The 19-year-old conditional jockey
@h Hamish Loudon | Trainer
@v Vic Arkwright | Their spokesman

Pádraig Fennelly had never ridden at Chalkmoor before Saturday. He is unlikely to forget his first visit.

The 19-year-old conditional jockey brought 25-1 shot Midnight Parson home by three lengths in the Chalkmoor Gold Cup, the biggest win of his career by some distance.

"⟦d:p|I was told to keep him wide and keep him happy. I kept him wide. I'm not sure he was happy, but he won,⟧" Fennelly said.

Trainer Hamish Loudon, 67, was full of praise. "⟦d:h|The lad rode him like he'd been doing it for twenty years. I've been doing it for forty and I couldn't have done better,⟧" he said.

The horse is owned by a syndicate of 14 retired bus drivers from Bellhaven. Their spokesman, Vic Arkwright, 74, said: "⟦d:v|We put in fifty quid each in 2019. Best fifty quid I ever spent, and I once bought a Ford Capri for fifty quid.⟧"

Asked whether Fennelly would keep the ride for the spring, Loudon said: "⟦d:h|If he wants it. He might be too famous for us by Monday.⟧"

"⟦d:p|I'll ride him anywhere,⟧" said Fennelly.

### 049
@m Marisa Castellanos | the 44-year-old
@t Toby Reinholt | Her agent
@w - | a woman at the next table

Marisa Castellanos arrives at Bramble, a bistro in Greywell with paper tablecloths, exactly on time and slightly out of breath. “⟦d:m|I ran from the station. I’m always convinced I’m late. I never am. It’s exhausting,⟧” says the 44-year-old.

Her agent, Toby Reinholt, has joined us for the starters “⟦p:m|to make sure I don’t say anything stupid⟧”, as she puts it.

“⟦d:t|She always says something stupid. It’s why people like her,⟧” he says, buttering a roll.

“⟦d:-|Do you get recognised much?⟧” I ask. Before she can answer, a woman at the next table leans across. “⟦d:w|Sorry — are you the mum from ‘Harbour Lights’?⟧”

“⟦d:m|I am. Sorry,⟧” Castellanos says, and signs a napkin.

Castellanos spent more than a decade in small parts before the series made her famous at 41.

“⟦d:m:m|I did eleven years of adverts. Yoghurt, mostly. I was the woman who opens the fridge and is delighted. I have been delighted by yoghurt on television maybe two hundred times.⟧

“⟦d:m|You learn a lot doing adverts. You learn to hit a mark, you learn to do it again and again, and you learn not to take it personally when they choose the other woman.⟧”

“⟦d:-|Which yoghurt?⟧” I ask.

“⟦d:m|I’m contractually not allowed to say. It was the one with the cow,⟧” she says. Reinholt puts his head in his hands.

### 050
@c Calum Munro | skipper
@r Ruairidh | His nephew
@m Morag Shearer | -
@w Westmarine Ferries | -
@p - | One passenger

The last scheduled sailing of the Torra ferry left Portnacree at 4.15pm on Saturday, ending 112 years of service to the island.

"⟦d:c|I've done this crossing maybe thirty thousand times. I never once thought about the last one,⟧" said skipper Calum Munro, 63.

His nephew, Ruairidh, who has worked on the boat as a deckhand for six years, said: "⟦d:r|Calum cried at the pier this morning. He'll tell you it was the wind.⟧"

"⟦d:c|It was the wind,⟧" said Munro.

Morag Shearer, 90, who made her first crossing as a baby in 1935, was the oldest passenger on board. "⟦d:m|My mother carried me on in a fish box. There was nowhere else to put me,⟧" she said.

Westmarine Ferries said in a statement: "⟦d:w|The decision to withdraw the service was not taken lightly. Passenger numbers have fallen by 70 per cent in a decade, and the vessel is at the end of its working life.⟧"

One passenger, watching the pier recede, said: "⟦d:p|They'll build a bridge, they say. They've been saying that since 1970.⟧"

### 051
@a Cornelius Abara | -
@c Leon Castagna | the club's former owner
@s Simone Abara-Whitfield | a pianist who tours with her own trio

Cornelius Abara is 88 and still practices for two hours every morning, before breakfast, with the window open.

``⟦d:a|People think you get good and then you stop practicing. No. You practice so you don't get bad,⟧'' Abara said in his apartment on Delacroix Street, a tenor saxophone on a stand by the window.

Everyone who knows him calls him ``⟦s:-|Neil⟧'' — a name nobody, including him, can explain.

He arrived in Lowell City in 1958 and played at the Blue Harbor, a basement club on Fifth Street, for the next thirty years. Leon Castagna, the club's former owner, now 80, remembers the first night.

``⟦d:c|Neil showed up with a horn held together with tape and rubber bands. I told him he could play one number. He played till four in the morning,⟧'' Castagna said. ``⟦d:c|I never did get him off that stage.⟧''

His daughter, Simone Abara-Whitfield, a pianist who tours with her own trio, learned from him. ``⟦d:s|He taught me scales before he taught me to read. I thought everybody's dad did that,⟧'' she said.

``⟦d:a|She's better than me,⟧'' Abara said. ``⟦d:a|Don't print that.⟧''

Then, after a moment: ``⟦d:a|Print it.⟧''

### 052
@a Aarav Kulkarni | -
@m Meera Kulkarni | a paediatric nurse
@r Rob Dunn | His father
@v Viktor Olshansky | The grandmaster

Aarav Kulkarni, 11, became the youngest player ever to beat a grandmaster at the Harrowgate Open on Sunday, and was thoroughly unimpressed with himself.

"⟦d:a|He blundered. I didn't do anything special, he just blundered,⟧" Aarav said, with the unsparing honesty of a child.

His mother, Meera Kulkarni, a paediatric nurse, does not play. "⟦d:m|I can't even set up the board. His father taught him, and within a year his father couldn't beat him,⟧" she said.

His father, Rob Dunn, confirmed this. "⟦d:r|It was humiliating. He was seven. He said 'Checkmate, Daddy' and went off to watch cartoons,⟧" Mr Dunn said.

The grandmaster, Viktor Olshansky, 46, was gracious in defeat. "⟦d:v|He played like a grown-up, a good grown-up. I played like a child,⟧" he said.

I asked Aarav what he wanted to be when he grew up. "⟦d:a|A grandmaster. Or a vet,⟧" he said. "⟦d:a|Probably a grandmaster, because vets have to touch snakes.⟧"

### 053
@m Mireille Okoye | The poet
@a Alastair Gunning | presenter
@h - | her mother

The poet Mireille Okoye has said she writes “⟦p:m|only between midnight and three, like a burglar⟧”.

Speaking to presenter Alastair Gunning on Radio Arden’s “⟦s:-|Late Lines⟧”, Okoye said her new collection, “⟦s:-|Night Bus Psalms⟧”, had been written almost entirely on public transport.

“⟦d:a|Why a burglar?⟧” Gunning asked.

“⟦d:m|Because I’m taking something that isn’t mine. Other people’s conversations, mostly. I sit on the night bus and I steal,⟧” she said.

She said her mother had once told her that poetry was “⟦p:h|for people who don’t have to get up in the morning⟧”.

“⟦d:m|She was right. I don’t get up in the morning. I get up at about two in the afternoon,⟧” Okoye said.

“⟦d:a|And what does she make of the book?⟧”

“⟦d:m|She keeps it on the kitchen table. Under the fruit bowl, but on the table.⟧”

### 054
@f Freya Lindholm | -
@a Astrid | a former Commonwealth finalist
@b Birgitta | Their mother

Three years ago Freya Lindholm could not lift her arms above her shoulders. On Sunday she won the 200m butterfly at the national championships in Selbury.

Her coach is her older sister, Astrid, a former Commonwealth finalist. The sisters are referred to here by their first names.

“⟦d:f|I touched the wall, looked at the board, then looked at Astrid, and she was already crying, so I started crying,⟧” Freya said.

“⟦d:a|I wasn’t crying. It was the chlorine,⟧” said Astrid.

Freya had shoulder surgery in 2022 after years of pain.

“⟦d:f:m|The surgeon said I might swim again, recreationally. Recreationally! I went home and looked the word up, to be sure, and then I rang Astrid.⟧

“⟦d:f|She said, ‘Right. Monday, six o’clock.’ That was the whole conversation.⟧”

“⟦d:a|She’s the most stubborn person I’ve ever met, and I’ve met our mother,⟧” Astrid said.

Their mother, Birgitta, was in the stands with a homemade banner reading “⟦s:-|Told You So⟧”. Asked where her daughters got their stubbornness, she did not hesitate. “⟦d:b|From their father,⟧” she said.

### 055
@e Ernesto Varaldo | -
@c Chiara | his daughter
@g Calice Rosso | The Italian wine guide

At Cascina Varaldo, nine hectares of vines above the village of Castelrivo, an argument about oak has been going on for twenty years.

«⟦d:e|Il legno nuovo uccide il vino⟧», says Ernesto Varaldo, 79. «⟦d:e|New wood kills the wine.⟧»

«⟦d:c|He says that to every journalist,⟧» says his daughter Chiara, 46, who has run the estate since 2012. «⟦d:c|And then he goes into the cellar, tastes my wine from the new barrels and says nothing, which is how I know it is good.⟧»

«⟦d:e|I say nothing because I am polite,⟧» her father says.

The Italian wine guide Calice Rosso gave the 2019 riserva its highest rating this year, calling it «⟦p:g|a wine of startling, almost stubborn purity⟧».

«⟦d:c|Stubborn. They tasted my father,⟧» Chiara says.

### 056
@g Gordon Pascoe | -
@n Neil | His elder son
@s Stephen | his younger son
@p Polwenna Parish Council | -

For 51 years, Gordon Pascoe and his wife, Jean, walked the cliff path at Polwenna every Sunday morning. Jean died in March, aged 74. Now a bench bearing her name stands at the spot where they got engaged in 1972.

"⟦d:g|She said yes before I'd finished asking. I had a whole speech ready. Never got to use it,⟧" Mr Pascoe said.

His elder son, Neil, 49, and his younger son, Stephen, 46, raised £2,400 for the bench in six weeks.

"⟦d:n|Dad wanted a plaque that said 'Jean, who was always right'. The parish council said we couldn't have that,⟧" Neil said.

"⟦d:s|We went with 'Jean Pascoe, 1950 to 2025, who loved this view'. Dad says it's too polite,⟧" said Stephen.

"⟦d:g|It is too polite. She was never polite in her life,⟧" their father said.

Polwenna Parish Council said it had been "⟦p:p|delighted⟧" to approve the bench.

Mr Pascoe walks up most mornings now.

"⟦d:g:m|I sit where she sat. I tell her what's in the paper, and which of the neighbours has annoyed me.⟧

"⟦d:g|She'd have hated the bench, you know. She'd have said it was a waste of money. But she'd have sat on it.⟧"

### 057
@m Marsh & Quayle Brewers | -
@t Terry Blenkinsop | Landlord
@d Dave Oduya | Regular

Landlord Terry Blenkinsop is FUMING after brewery bosses unveiled plans to turn his 300-year-old boozer into a "⟦p:m|family dining experience⟧".

Terry, 58, has run the Jolly Cooper in Haxby Moor for 26 years. Now Marsh & Quayle Brewers want to rip out the snug and install a soft play area.

"⟦d:t|They want to put a soft play in the snug. A SOFT PLAY. In the snug where my dad drank for forty years,⟧" Terry told the Daily Clarion.

"⟦d:t|They can have the keys when they prise them out of my cold, dead hands,⟧" he added.

Regular Dave Oduya, 61, known to everyone in the pub as "⟦s:-|Big Dave⟧", said: "⟦d:d|I've been drinking here since 1982. If they put a soft play in, I'm going in it.⟧"

A petition titled "⟦s:-|Save the Cooper⟧" has already gathered more than 3,000 signatures.

Marsh & Quayle Brewers said in a statement: "⟦d:m|We are committed to creating a family dining experience that will secure the future of the Jolly Cooper for generations to come. We value our tenants and will continue to talk to Mr Blenkinsop.⟧"

### 058
@t Tariq Al-Mansouri | the former chief economist of the Halcyon Development Bank
@h Helga Brandt | -

«⟦d:t|Economists are very good at explaining yesterday,⟧» says Tariq Al-Mansouri, the former chief economist of the Halcyon Development Bank, over a plate of grilled sardines in a café near the river. «⟦d:t|Tomorrow, not so much.⟧»

His new book, «⟦s:-|The Comfortable Error⟧», describes his profession as «⟦p:t|a priesthood with spreadsheets⟧», and it has not made him many friends among his former colleagues.

I put it to him that he, too, failed to see the Marenian currency crisis of 2019 coming.

«⟦d:t|Of course I did. Everyone did. Anyone who tells you they saw it coming has a very selective memory and a very good publicist,⟧» he says.

Helga Brandt, who worked under him at the bank for six years, said by email that he had been unusual. «⟦d:h|Tariq was the only person in the building who would say ‹I don’t know› in a board meeting. It drove the board mad. It was also the reason we trusted him.⟧»

I ask what he gets wrong these days. «⟦d:t|Football,⟧» he says.

### 059
@s Shanice Ogunleye | Olympic sprinter
@c Comfort Adjei | -
@p Priyanka Sethi | -

Olympic sprinter Shanice Ogunleye has said she has watched her fall in the 100m final in Lyon only once.

"⟦d:s|Once. My mum watches it every day, I think to punish me,⟧" Ogunleye told "⟦s:-|Two Aunties⟧", the podcast hosted by Comfort Adjei and Priyanka Sethi.

Ogunleye, who went into the final as favourite, stumbled at about 60 metres and went down.

"⟦d:c|Did you know straight away that you'd gone?⟧" Adjei asked.

"⟦d:s|Before I hit the ground. Your body tells you,⟧" Ogunleye said.

"⟦d:p|And what did you say?⟧" asked Sethi.

"⟦d:s|I can't say it on your podcast. It was one word. Several times.⟧"

"⟦d:p|Say it in Yoruba, nobody will know,⟧" Sethi joked.

"⟦d:c|Everybody will know!⟧" said Adjei.

"⟦d:s|My grandma would know,⟧" Ogunleye said.

Ogunleye said she had received "⟦p:s|thousands and thousands⟧" of messages since the race, including one from a seven-year-old girl who had also fallen over in a race.

### 060
@k Kofi Ansah-Lindgren | the 24-year-old
@e - | his race engineer
@i Ingrid Vesterbø | Team principal
@m Matías Echeverría | His teammate

Kofi Ansah-Lindgren has a rule about trophies: he does not look at one properly until he gets home. “⟦d:k|Superstition. Also, they are always uglier than you think,⟧” the 24-year-old says, in the Veloce Argento hospitality unit in Valdora.

After his first win, at this circuit twelve months ago, his race engineer radioed: “⟦d:e|P1, Kofi. P1. Breathe.⟧” The reply cannot be printed.

Team principal Ingrid Vesterbø says the Swedish-Ghanaian is the calmest driver she has ever worked with. “⟦d:i|He’s also the most annoying to debrief, because he remembers everything. Every lap, every gear, every mistake you made on the pit wall,⟧” she says.

His teammate, Matías Echeverría, who has finished behind him in four of the last five races, is diplomatic. “⟦d:m|Kofi is fast. I am also fast. This weekend I will be faster,⟧” he says.

Told of this, Ansah-Lindgren smiles. “⟦d:k|He says that every weekend. One weekend he will be right,⟧” he says.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh121.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh121",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
