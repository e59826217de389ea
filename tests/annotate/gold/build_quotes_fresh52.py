# ruff: noqa: E501
"""Build ``quotes_fresh52.jsonl``: an independent, held-out gold set of quotes (fresh52).

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long-form copy:
magazine profiles, interviews printed as exchanges, podcast and radio interviews
written up, post-match press conferences, arts and culture interviews and
human-interest stories, where one person talks at length over several paragraphs.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in the gold
folder); ``### NNN`` starts passage ``fresh52-NNN``.

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

Decisions particular to this set (where the conventions above leave room):

* A quote-only paragraph (no cue) is attributed to the person a careful reader takes
  to be talking: the speaker of the previous quote, or the person the previous
  paragraph introduced or asked a question of. In a printed exchange, an uncued line
  answering the previous line belongs to the other party.
* An interviewer's question quoted in the text is ``direct`` speech by the
  interviewer: named (``host Marcus …``) when the passage names them, else speaker
  null, with the description as written (``one reporter``) or null (a first-person
  writer, "I ask").
* When a speaker has no appositive and is cued by more than one definite description,
  the first one used at a cue is the description. The same rule is applied to
  organisations (``the service said``).
* Partial quotes attributed to an unnamed group (``critics called it``) have a null
  speaker and the group as the description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh52.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh52.jsonl")

PASSAGES = """
### 001
@a Ingrid Solberg-Matthews | the author of four novels and one much-argued-over memoir
@b Astrid Solberg | Her sister
@c - | Critics
@g Kelderby Gazette | -
When Ingrid Solberg-Matthews, the author of four novels and one much-argued-over memoir, opens the door of her farmhouse outside Kelderby, she is holding a hen. “⟦d:a|She escaped again,⟧” she says, by way of greeting. “⟦d:a|They all think they're Houdini.⟧”
The hen is returned to its run, the kettle goes on, and for the next three hours Solberg-Matthews talks: about her late father, about the decade she spent not writing, and about “⟦s:-|The Salt Year⟧”, the novel that has finally, at 52, made her famous.
“⟦d:a|I don't think I was ready for it before,⟧” she says. “⟦d:a:m|People imagine you sit down one morning and the book arrives. It doesn't. For me it took eleven years of failing, and most of that failing happened at this table.⟧
“⟦d:a|My father used to come in from the top field, look at the pages and say, ‘Is it finished yet?’ Every single day. He never read a word of it. He died in 2017, and I think the book only became possible after that, which is a terrible thing to say about your own father.⟧”
Her sister, Astrid Solberg, who runs the farm now, remembers those years differently. “⟦d:b|Ingrid was always writing,⟧” Astrid says. “⟦d:b|She just wasn't letting anyone see it. Dad knew. He told me once that she was the clever one and I was the useful one, and he meant it kindly.⟧”
When I put this to Ingrid she laughs, then stops laughing. “⟦d:a|That sounds like him,⟧” she says. “⟦d:a|Useful. He'd have thought being useful was the highest compliment there was.⟧”
The novel follows a widowed fisherman's daughter through a single winter on the coast. Critics have called it “⟦p:c|unflinching⟧” and “⟦p:c|quietly savage⟧”; the Kelderby Gazette called it “⟦p:g|the best thing written about this coast in a generation⟧”.
Does she read the reviews? “⟦d:a|Of course,⟧” she says. “⟦d:a|Anyone who tells you they don't is lying. I read them, and then I go out and clean the hens.⟧”

### 002
@a Declan Moorcroft | Harrowgate Rovers manager
@r - | One reporter
@b Tiago Brandão | Captain
@d Kenji Aldous | Albion boss
Harrowgate Rovers manager Declan Moorcroft refused to blame the referee after his side's 2-1 defeat at Fenwick Albion on Saturday, insisting his players "⟦p:a|only have themselves to look at⟧".
"⟦d:a|We were second to everything for the first 20 minutes,⟧" Moorcroft said. "⟦d:a|You can't give a team like that a head start and then complain about one decision. I've seen it back, and yes, I think it was soft. But we lost the game long before that.⟧"
Asked whether the penalty awarded to Albion in the 71st minute had changed the match, he was blunter still.
"⟦d:a|No. What changed the match was us not turning up. I'll be saying that to the players on Monday, and I'll be saying it louder than I'm saying it here.⟧"
One reporter asked: "⟦d:r|Is your job under threat?⟧"
"⟦d:a|You'd have to ask the chairman,⟧" the 48-year-old replied, before adding with a thin smile: "⟦d:a|I'd rather you didn't, actually.⟧"
Captain Tiago Brandão, who scored Rovers' only goal, said the dressing room had been "⟦p:b|quiet, really quiet⟧" afterwards. "⟦d:b|Nobody needed to shout. Everyone knows,⟧" the Portuguese midfielder said.
Albion boss Kenji Aldous was in a more generous mood. "⟦d:d|Declan's team will be fine, they've got too much quality,⟧" he said. "⟦d:d|Today, though, I thought my lads were outstanding, and I'm not going to apologise for a penalty the referee gave.⟧"

### 003
@p Piet | Our first violinist
@c - | a critic
@h - | My husband
The cellist Rosalind Achterberg, 61, retires from the Hallam Quartet this month after 34 years. She spoke to Neil Farrant about stage fright, the price of strings and the night the lights went out in Vienna. The interview has been edited for length and clarity.
Q: You've said you still get nervous. Is that true after 34 years?
A: Worse than ever. Our first violinist, Piet, used to tell me, "⟦d:p|Nerves mean you care.⟧" I believed him for a long time. Now I think nerves just mean nerves.
Q: What happened in Vienna?
A: The power failed halfway through the Schubert. Pitch black. We kept going, because we knew it by heart, and afterwards a critic wrote that it was "⟦p:c|the finest darkness he had ever heard⟧". I have that review framed in the downstairs loo.
Q: Strings. Is it true a set costs more than your first car?
A: My first car was a very bad car. But yes. Cellists are the only musicians who flinch when they walk past a jeweller's.
Q: What will you miss most?
A: The arguments. People think a quartet is four friends. It's four people who have agreed to disagree in public, beautifully. My husband calls it "⟦p:h|the marriage with three other people in it⟧", and he is not entirely joking.
Q: And what won't you miss?
A: Airports. Buying a seat for a cello called "⟦s:-|Mr Brahms⟧" and watching the man at the desk try to find him on the passenger list.

### 004
@a Lenny Kovačević | former middleweight champion
@b Marcus Oyelaran-Pike | host
@c Headway North | -
On the latest episode of the Long Count podcast, former middleweight champion Lenny Kovačević told host Marcus Oyelaran-Pike that he has "⟦p:a|no memory at all⟧" of the fight that ended his career.
"⟦d:a|People ask me about it like it's a story I've got, and I haven't got it,⟧" Kovačević said. "⟦d:a|I've watched the tape maybe twice. It's like watching a stranger. A stranger who should have stayed on his stool.⟧"
Oyelaran-Pike, who sparred with Kovačević as a teenager, pressed him on whether he should have retired earlier. "⟦d:b|Your trainer was saying it, your wife was saying it. Why didn't you listen?⟧" he asked.
"⟦d:a|Because I was the champion,⟧" Kovačević replied. "⟦d:a|When you're the champion you think the rules are for other people. That's the job, in a way. You have to believe that to get in there. The trouble is you don't switch it off when you get out.⟧"
The two men laughed about their sparring sessions at a gym in Dunmore ("⟦d:b|He broke my nose and then bought me chips,⟧" the host recalled) before the conversation turned to Kovačević's work with a brain injury charity.
"⟦d:a:m|I go into schools now. I tell the kids: box if you love it, but know what it costs. Get your head checked. Be honest with the doctors.⟧
"⟦d:a|I wasn't honest with the doctors. I'd love to tell you that's the only mistake I made.⟧"
The charity, Headway North, said in a statement that it was "⟦p:c|hugely grateful⟧" to the former fighter for speaking so openly.

### 005
@a Harriet Odell-Baines | The housing minister
@b Sunil Ranganathan | the presenter
@c Bethan ap Rhys | The opposition's housing spokesperson
The housing minister, Harriet Odell-Baines, was repeatedly challenged on Radio Calder's Morning Edition on Tuesday over the government's missed target of 40,000 new social homes.
“⟦d:b|You promised 40,000. You've built fewer than 19,000. Isn't that simply a failure?⟧” asked the presenter, Sunil Ranganathan.
“⟦d:a|I don't accept the word failure,⟧” Odell-Baines replied. “⟦d:a|We've faced a construction market that nobody predicted, and we have more homes in the pipeline now than at any point in a decade.⟧”
“⟦d:b|But people can't live in a pipeline, Minister.⟧”
“⟦d:a|No, they can't, and I'm not pretending they can.⟧” She paused. “⟦d:a|What I'm saying is that the number your listeners should care about is the one next year, and the year after. Judge me on that.⟧”
Asked twice whether she would resign if the next target was also missed, the minister declined to answer directly, saying only that she was “⟦p:a|not in the business of hypotheticals⟧”.
The opposition's housing spokesperson, Bethan ap Rhys, said the interview had been “⟦p:c|an exercise in moving the goalposts⟧”. “⟦d:c|Every year the target is next year,⟧” she said. “⟦d:c|Families in temporary accommodation don't get to live next year.⟧”

### 006
@m Mateo Ferreira-Doyle | -
@c Clodagh Ferreira-Doyle | His mother
@p Pádraig Doyle | his uncle
@n Nóirín Doyle | Their mother
@r Rui Ferreira | Mateo's father
@y Yasmin Hallberg | the consultant nephrologist who led the transplant team
For nine-year-old Mateo Ferreira-Doyle, the best part of coming home from hospital was not his own bed or even the dog. It was the biscuit tin. "⟦d:m|They wouldn't let me have the chocolate ones in there,⟧" he said, sitting on the kitchen floor in Ballykerrin with the tin in his lap.
Mateo spent 14 months on dialysis before his uncle, Pádraig Doyle, donated a kidney in an operation at St Brigid's Children's Hospital in March.
His mother, Clodagh Ferreira-Doyle, said the family had "⟦p:c|stopped letting ourselves hope⟧" by the end of last year. "⟦d:c|You go to those appointments three times a week and you become a different person,⟧" she said. "⟦d:c|You learn the nurses' children's names. You stop making plans for Christmas.⟧"
Her brother, 41, a postman, was tested in secret. "⟦d:p|I didn't tell Clodagh because I didn't want her getting her hopes up if I wasn't a match,⟧" Pádraig said. "⟦d:p|I told my mother, and that was a mistake, because my mother can't keep anything to herself.⟧"
Their mother, Nóirín Doyle, 72, disputes this. "⟦d:n|I kept it for nearly a week,⟧" she said. "⟦d:n|That's a record for me.⟧"
Mateo's father, Rui Ferreira, who moved to Ireland from Porto in 2009, said he had cried "⟦p:r|in three languages⟧" when the transplant date was confirmed. "⟦d:r|Portuguese, English, and a bit of Irish that Nóirín taught me for swearing,⟧" he said.
Dr Yasmin Hallberg, the consultant nephrologist who led the transplant team, said Mateo's new kidney was "⟦p:y|working beautifully⟧". "⟦d:y|He's a very determined young man,⟧" she said. "⟦d:y|He negotiated with me about the biscuits for a week.⟧"
Mateo confirms this. "⟦d:m|She said two. I said five. We said three,⟧" he said.

### 007
@e Élodie Marchetti-Roux | The director
@b Bastien Okafor-Lemaire | Her lead actor
@k Käthe Brunner | The festival's artistic director
The director Élodie Marchetti-Roux has never been one for half measures. Her new staging of «⟦s:-|Les Heures blanches⟧» at the Théâtre de la Cité in Vaudrelle runs five hours, has no interval and ends with the audience being led out through the scene dock.
«⟦d:e|Je ne fais pas de théâtre pour les gens pressés,⟧» she says in her office above the stage door. «⟦d:e|I don't make theatre for people in a hurry,⟧» she repeats in English, for the benefit of her visitor, and then laughs. «⟦d:e|That sounds arrogant. I mean it kindly. If you are in a hurry, there is television.⟧»
Marchetti-Roux, 47, grew up in Marseille, the daughter of a dockworker and a seamstress, and came to the stage late, after a decade translating technical manuals for a firm that made industrial pumps.
«⟦d:e|Translation taught me everything,⟧» she says. «⟦d:e:m|You learn that every sentence has a weight, and that you cannot carry it from one language to another without something falling out of the box. Theatre is the same. You carry a play from the page to the stage and something falls out. My job is to choose what.⟧
«⟦d:e|Five hours is what happens when I am not careful.⟧»
Her lead actor, Bastien Okafor-Lemaire, admits the rehearsals were «⟦p:b|a kind of beautiful torture⟧». «⟦d:b|Élodie never raises her voice, ever,⟧» he says. «⟦d:b|She just asks the same question again, very politely, until you find the answer she already knew.⟧»
The festival's artistic director, Käthe Brunner, said ticket sales had been «⟦p:k|astonishing, given what we are asking of people⟧».

### 008
@a Margaux Delacroix-Haddad | the 23-year-old Frenchwoman
@b Priya Raghunathan | the world No 14
@r - | A reporter
@j Jana Hrubešová | the top seed
Margaux Delacroix-Haddad said she had "⟦p:a|stopped thinking⟧" at 5-2 down in the deciding set before winning five straight games to beat Priya Raghunathan and reach the semi-finals of the Westbrook Open.
"⟦d:a|At 5-2 you have two choices. You can think about the plane home or you can just hit the ball. I chose the ball,⟧" the 23-year-old Frenchwoman told reporters.
Speaking in French, she was more emotional: "⟦d:a|J'ai pensé à mon grand-père. Il m'a appris à jouer contre un mur derrière son garage.⟧" ("⟦d:a|I thought about my grandfather. He taught me to play against a wall behind his garage.⟧")
Raghunathan, the world No 14, had twice served for the match. Asked what had gone wrong, she shook her head. "⟦d:b|Honestly? I got tight. My arm got tight, my legs got tight, my brain got tight,⟧" she said. "⟦d:b|She didn't miss a ball for 20 minutes. I'd like to say I did something wrong, but mostly she did everything right.⟧"
A reporter asked her: "⟦d:r|Does this one hurt more than Melbourne?⟧"
"⟦d:b|Ask me tomorrow,⟧" she said. "⟦d:b|Tonight everything hurts the same.⟧"
Delacroix-Haddad will face the top seed, Jana Hrubešová, on Saturday. Hrubešová, who has not dropped a set all week, said she was "⟦p:j|looking forward to a proper fight⟧".

### 009
@b Benedetta Lo Giudice | -
@m Matteo | Her son
@c - | A critic for the Wexley Courier
Benedetta Lo Giudice, 74, has cooked at Trattoria Lo Giudice in the market town of Wexley for 46 years, and in all that time, she says, she has never written down a recipe.
“⟦d:b|Perché dovrei? Ce l'ho nelle mani,⟧” she says, holding up her hands, floury to the wrist. “⟦d:b|Why would I? I have them in my hands.⟧”
Her son Matteo, who runs front of house and is slowly, reluctantly taking over the kitchen, has tried. “⟦d:m|I followed her around with a notebook for a whole winter,⟧” he says. “⟦d:m|Every time I wrote ‘a handful of flour’ she'd tell me it depended on the handful. It depended on the day. It depended on the weather.⟧”
His mother shrugs at this. “⟦d:b|It does depend on the weather,⟧” she says. “⟦d:b|In August the dough is lazy. In January it's angry. You have to listen to it.⟧”
She came to England in 1968 from a village outside Catania, aged 18, to marry a man she had met twice.
“⟦d:b|My mother cried for a week,⟧” she recalls. “⟦d:b|She said I was going to the end of the world. I said, ‘Mamma, it's Yorkshire.’ She said, ‘Exactly.’⟧”
The trattoria has won no awards and wants none. A critic for the Wexley Courier once described its lasagne as “⟦p:c|a religious experience⟧”, a line that now hangs in a frame by the till. Matteo says his mother has never read it. “⟦d:m|She says critics are for people who don't have grandmothers,⟧” he says.
When the subject of retirement comes up, Benedetta puts down her rolling pin.
“⟦d:b|I'll retire when I'm dead,⟧” she says. “⟦d:b|And then we'll see. Maybe.⟧”

### 010
@s Stanisław Wrona | -
@t Tadeusz | his younger brother
@k Kasia Wrona-Hill | Tadeusz's granddaughter
The last time Stanisław Wrona saw his younger brother, Tadeusz, was on a railway platform in Zielnowo in 1963. On Tuesday, in the arrivals hall at Northholme Airport, he saw him again.
"⟦d:t|You got old,⟧" Tadeusz said, as the two men embraced.
"⟦d:s|You got fat,⟧" Stanisław replied.
Then both of them were crying, and so was a good part of the arrivals hall.
The reunion was arranged by Tadeusz's granddaughter, Kasia Wrona-Hill, 29, who traced her great-uncle through a DNA-testing website after years of family stories about "⟦s:-|the brother who went west⟧".
"⟦d:k|Grandad always said he didn't know if Staszek was alive. He'd say it like it didn't matter, but it obviously did,⟧" she said. "⟦d:k|When the match came up I sat in my car for an hour before I phoned anyone.⟧"
Stanisław, who emigrated to England in 1964 and worked for 38 years as an engineer at a tyre factory in Northholme, said he had written to his brother "⟦p:s|maybe a hundred times⟧" in the 1960s and 70s but never received a reply.
"⟦d:s|I thought he was angry with me for leaving. I thought, OK, he is angry, I would be angry too,⟧" he said.
His brother shook his head. "⟦d:t|I never got one letter. Not one,⟧" he said. "⟦d:t|I thought he forgot us.⟧"
The brothers plan to spend the next month together. Asked what they would do first, Stanisław did not hesitate. "⟦d:s|Argue about football,⟧" he said. "⟦d:s|Same as 1963.⟧"

### 011
@f Fenna van der Heijden | the co-founder and chief executive of Kestrel Cells
@o Ostrava Motors | -
@u - | one former employee
@r Rahul Mehta-Jones | The company's largest investor
@k Kestrel Cells | -
Fenna van der Heijden, the co-founder and chief executive of Kestrel Cells, does not look like someone who has just lost 40 million euros. She is sitting cross-legged on an office chair, eating soup out of a flask.
``⟦d:f|I've had worse weeks,⟧'' she says. ``⟦d:f|Not many. But some.⟧''
The company's flagship factory, planned for a former shipyard in Havenstad, was abandoned in September after its main customer, the carmaker Ostrava Motors, pulled out of a supply agreement. Ostrava Motors said at the time that it had ``⟦p:o|reassessed its battery strategy⟧''.
Van der Heijden, 39, trained as a chemist and spent six years in a university lab before founding the company with two colleagues. ``⟦d:f|I'm a scientist who became a manager by accident,⟧'' she says. ``⟦d:f|When something fails in the lab you write it up and you learn. When something fails in business other people write it up for you, and they are not always kind.⟧''
According to one former employee, who asked not to be named, the mood inside the company in the autumn was ``⟦p:u|grim but not mutinous⟧''.
The company's largest investor, Rahul Mehta-Jones of Lindqvist Partners, has stood by her. ``⟦d:r|Fenna made the right call on the technology and the wrong call on one customer,⟧'' he told the Havenstad Dagblad. ``⟦d:r|I'd back her again tomorrow. In fact, I am backing her again tomorrow.⟧''
Kestrel Cells confirmed last week that it had raised a further 12 million euros and would refocus on smaller cells for grid storage. ``⟦d:k|This is a smaller company with a bigger future,⟧'' it said in a statement.
Van der Heijden smiles at the line. ``⟦d:f|I wrote that,⟧'' she admits. ``⟦d:f|I'm quite proud of it.⟧''

### 012
@a Aroha Ngata-Holloway | the batter
@m Mere Ngata | -
@s Siobhan Carew | Her coach
Aroha Ngata-Holloway was eleven when she told her mother she would one day captain her country. Mere Ngata remembers the conversation well, mainly because it happened during a power cut.
“⟦d:m|She said it in the dark, very matter-of-fact, like she was telling me what she wanted for tea,⟧” Mere says. “⟦d:m|I said, ‘That's nice, darling, now find me the candles.’⟧”
Twenty years later Ngata-Holloway, 31, leads the Southern Isles women's team into the World Cup final in Port Ellery on Sunday, having scored more runs in the tournament than anyone else.
“⟦d:a|I don't remember the power cut,⟧” the batter says with a grin. “⟦d:a|I remember the tea. Mum makes a very good boil-up.⟧”
Her coach, Siobhan Carew, who has worked with her since she was 19, describes her as “⟦p:s|the most stubborn person I've ever met, and I'm Irish⟧”.
“⟦d:s|When she first came into the squad she had one shot, the pull, and she played it to everything,⟧” Carew says. “⟦d:s:m|I spent two years trying to take it off her. In the end I gave up and built a batting order around it.⟧
“⟦d:s|That's Aroha. You don't change her. You work out where to stand.⟧”
Ngata-Holloway laughs when this is read back to her. “⟦d:a|She never gave up. She still brings it up. Every single net session,⟧” she says.
She is less relaxed talking about Sunday. “⟦d:a|It's a final. You can pretend it's just another game, but it isn't,⟧” she says. “⟦d:a|My nana's flying in. Half of Port Ellery will be there. I want to win it for them, and I'm trying not to think about that too much, which means I think about it all the time.⟧”

### 013
@c Callum McAteer | singer
@j Joaquín Ibarra-Soto | Guitarist
@l Dee Lamptey | presenter
@r Rhys Pemberton-Ogg | drummer
The Quiet Harbours have never been a band for interviews. On Thursday night's Late Shift on Radio Tenmouth, the three-piece from Carrickmore spent the first ten minutes of their session with presenter Dee Lamptey answering mainly in shrugs.
Then Lamptey asked about the title of their new album, "⟦s:-|Low Tide Hymnal⟧", and singer Callum McAteer came alive.
"⟦d:c|It's my granny's phrase,⟧" he said. "⟦d:c|When the tide went out in the bay she'd say the boats were singing their low-tide hymns, because of the way the ropes creaked. I thought she'd made it up. Turns out half the village says it.⟧"
Guitarist Joaquín Ibarra-Soto, who joined the band in 2019 after moving from Valparaíso, said he had "⟦p:j|never heard that story until this exact second⟧". "⟦d:j|Four years. Nobody tells me anything,⟧" he joked.
"⟦d:l|Is that a theme? The one who never gets told anything?⟧" Lamptey asked.
"⟦d:r|That's me, actually,⟧" said drummer Rhys Pemberton-Ogg, to laughter in the studio. "⟦d:r|I found out we'd signed to a label from the Carrickmore Herald.⟧"
McAteer insisted that was "⟦p:c|not entirely true⟧", before conceding that it was "⟦p:c|mostly true⟧".
The band begin a 14-date tour in Aberlyn on March 3.

### 014
@n Nerys Pryce-Morgan | His daughter
@g Gethin Pryce-Morgan | -
@c Coastwatch Rescue Service | the service
@i Idris Vaughan | -
Gethin Pryce-Morgan, who served as coxswain of the Porth Celyn lifeboat for 31 years and took part in more than 400 rescues, has died at the age of 88.
His daughter, Nerys Pryce-Morgan, said he had died “⟦p:n|peacefully, with the window open so he could hear the sea⟧”.
“⟦d:n|Dad never called himself a hero and he'd be furious if we did,⟧” she said. “⟦d:n|He used to say the sea doesn't care about heroes, it cares about whether you've checked your engine.⟧”
In a letter to the Porth Celyn Echo in 1979, written after his crew spent 19 hours searching for a missing trawler in a force 10 gale, Pryce-Morgan wrote: “⟦d:g|We did not find them, and we will carry that. But I would ask the people of this town not to say we failed. The sea decided. We only went.⟧”
The Coastwatch Rescue Service said it was “⟦p:c|deeply saddened⟧” by his death. “⟦d:c|Gethin set a standard of seamanship and quiet courage that our crews still talk about today,⟧” the service said in a statement.
Idris Vaughan, who served under him for 22 years, wrote on social media: “⟦d:i|Best skipper a man could ask for. Shouted at me for two decades and I'd go out with him again tonight.⟧”
A funeral will be held at St Tysilio's Church on Friday. The family have asked that, instead of flowers, donations be made to the lifeboat station, which Nerys said was “⟦p:n|what he'd have wanted, and what he'd have told us very loudly if we'd done anything else⟧”.

### 015
@k Kenta Moriyama | Kitahama Blue Sharks head coach
@h Daichi Horikawa | his captain
@g Gwen Talbot-Price | Corsairs director of rugby
@o Ollie Mbeki-Strand | Her fly-half
Kitahama Blue Sharks head coach Kenta Moriyama said his side had "⟦p:k|learned a painful lesson about the wind⟧" after their 31-17 defeat by the Pembridge Corsairs in the opening round of the Northern Cities Cup.
Speaking through an interpreter, Moriyama said: "⟦d:k|In Japan we prepare for rain, for heat, for everything. We did not prepare enough for this wind. That is my responsibility, not the responsibility of the players.⟧"
Asked about his captain, Daichi Horikawa, who was shown a yellow card shortly before half-time, the 52-year-old paused for a long time before answering. "⟦d:k|Daichi plays with a big heart. Sometimes the heart is faster than the head. We will talk.⟧"
Horikawa himself, speaking in English, was more direct. "⟦d:h|Stupid,⟧" he said, tapping his forehead. "⟦d:h|Very stupid. Ten minutes with fourteen men against this team, you lose. I'm sorry to the boys.⟧"
Corsairs director of rugby Gwen Talbot-Price praised her side's kicking game. "⟦d:g|We knew they'd struggle in the corners, so we put the ball in the corners. It's not complicated, it's just hard to do,⟧" she said.
Her fly-half, Ollie Mbeki-Strand, kicked 16 points. "⟦d:o|Gwen told us at half-time to stop trying to be clever,⟧" he said. "⟦d:o|So we stopped being clever and started winning.⟧"
The Blue Sharks fly home on Wednesday.

### 016
@m Marisol Quintanilla-Reyes | a first-term Westmark state senator from the Rio Verde valley
@d Dolores Achebe-Ruiz | Her chief of staff
@w Wade Thistlewood | the rancher who is challenging her in November
Sen. Marisol Quintanilla-Reyes, a first-term Westmark state senator from the Rio Verde valley, keeps a folding chair in the trunk of her car. It is, her staff say, the most important piece of equipment in her office.
“⟦d:m|People don't want to come to a town hall. They want you to come to their kitchen,⟧” she says. “⟦d:m|So I bring a chair, in case they don't have enough.⟧”
Her chief of staff, Dolores Achebe-Ruiz, has a different explanation. “⟦d:d|She has a bad back,⟧” Achebe-Ruiz says, deadpan. “⟦d:d|The chair is medical.⟧”
Quintanilla-Reyes, 44, drove a school bus for 17 years before she ran for office, and won her seat by 212 votes after a campaign that consisted, almost entirely, of knocking on doors.
I ask whether she misses driving the bus. She thinks about it for a long time.
“⟦d:m:m|Every day. On a bus you know exactly who your people are. There are 48 of them and you're responsible for all of them getting home. Here I'm responsible for 300,000 people and I'll never meet most of them. That's hard for me.⟧
“⟦d:m|But a lot of the kids are grown up now. Some of them vote for me. One of them works in this office. So maybe it's the same bus, just longer.⟧”
Not everyone is charmed. Wade Thistlewood, the rancher who is challenging her in November, dismisses what he calls “⟦p:w|folding-chair politics⟧”. “⟦d:w|It's a nice picture. It's not a plan,⟧” he told the Rio Verde Sentinel.
When this is read to her, the senator smiles. “⟦d:m|Wade's welcome to sit in my chair any time,⟧” she says.

### 017
@h Hana | the older by eleven minutes
@l Lena | -
@z Zofia | their grandmother
@a Ashbridge Properties | -
Twin sisters Hana and Lena Kowalczyk, 34, opened Dwie Siostry, a Polish bakery on Carver Street in Ashbridge, in April. By June there was a queue around the corner every Saturday morning.
"⟦d:h|We thought we'd sell out by lunchtime on a good day,⟧" said Hana, the older by eleven minutes. "⟦d:h|We sell out by ten. We've had people cry over the pączki. Grown men.⟧"
Lena, who does the baking while her sister runs the shop, says that is an exaggeration.
"⟦d:l|One man cried. One. And he'd just come from a funeral,⟧" she said. "⟦d:l|Hana tells it like it happens every day.⟧"
"⟦d:h|It nearly does,⟧" her sister said.
The recipes come from their grandmother, Zofia, who ran a bakery in Lubnica until 1991 and who, at 89, still phones every Sunday to ask how many loaves they sold. "⟦d:z|Not enough⟧" is usually her verdict, according to Lena.
Both sisters left jobs in accountancy to open the shop. "⟦d:l|Our parents thought we'd lost our minds,⟧" Lena said. "⟦d:l|Dad still asks when we're going back to proper work. He asks while eating a doughnut.⟧"
Their landlord, Ashbridge Properties, said it was "⟦p:a|delighted⟧" to see the unit, which had stood empty for three years, "⟦p:a|so full of life⟧".

### 018
@a Adaeze Nwankwo-Lindgren | a glaciologist at the University of Northmere
@q - | -
@e Erik Lindgren | Her husband
@u University of Northmere | -
Prof Adaeze Nwankwo-Lindgren FRS, a glaciologist at the University of Northmere, has spent eleven summers on the same stretch of the Haldor ice cap, drilling cores, reading them and watching the ice they came from disappear.
“⟦d:a|People think ice is boring. Ice is the least boring thing on Earth,⟧” she says. “⟦d:a|It remembers everything. Every volcano, every hot summer, every bit of lead we ever put in petrol. It's a diary that nobody asked permission to keep.⟧”
“⟦d:q|And you read the diary?⟧” I ask.
“⟦d:a|I read it, and then I watch it melt. Which is a bit like reading someone's diary while it's on fire.⟧”
Her husband, the sculptor Erik Lindgren, has gone with her on three expeditions. “⟦d:e|I go for the light,⟧” he says. “⟦d:e|She goes for the data. We argue about which of us is being romantic.⟧”
Nwankwo-Lindgren grew up in a river town in south-eastern Nigeria where, she says, the only ice she ever saw came in bags from the fish market.
“⟦d:a|My mother thought glaciology was a kind of medicine,⟧” she says. “⟦d:a|For years she told her friends I was a doctor of ice. Honestly, that's not a bad description.⟧”
Her latest paper estimates that the ice cap will lose a third of its volume by 2080. The University of Northmere described the findings as “⟦p:u|sobering but essential⟧”.
She insists she is an optimist. “⟦d:a|You don't spend eleven summers in a tent if you think nothing can be done,⟧” she says. “⟦d:a|You stay at home and drink.⟧”

### 019
@a Ruairí Mac an tSaoir | -
@k Kwame Asante-Riley | His captain
@d Dermot Quigley | Mac an tSaoir's assistant
Ruairí Mac an tSaoir has been manager of Calderbridge Town for nine years, which in the modern game makes him something between a survivor and a museum piece. He is aware of this.
"⟦d:a|I'm the longest-serving manager in the division by about six years,⟧" he says, in the small office under the main stand. "⟦d:a|Every summer somebody asks me if I'm tired. I say no. Then I go home and sleep for a fortnight.⟧"
The club have been promoted twice and relegated once under him, and this season sit fourth, three points off the automatic places. Does he think about going up?
"⟦d:a:m|I think about it every day, and I try not to talk about it, because the minute you talk about it the players start thinking about it, and the minute they think about it they play like they've got a wardrobe on their backs.⟧
"⟦d:a:m|What I say to them is: win the next one. It's boring. It's the most boring thing a manager can say. But I've been doing this for 20 years and I've never found anything that works better.⟧
"⟦d:a|The fans can dream. That's their job. My job is to be boring.⟧"
His captain, Kwame Asante-Riley, laughs when that is put to him. "⟦d:k|He's not boring. He's the least boring man I know,⟧" the centre-half says. "⟦d:k|He just wants us to think he's boring. It's a tactic.⟧"
Mac an tSaoir's assistant, Dermot Quigley, has been with him since their days at Ballinure Celtic. "⟦d:d|Ruairí's secret is that he remembers everything,⟧" Quigley says. "⟦d:d|The tea lady's grandson's exam results. The kit man's dog's name. The players know he cares, so they run for him.⟧"
So what happens if Calderbridge go up? "⟦d:a|I'll have a pint,⟧" the manager says. "⟦d:a|One. And then I'll start worrying about staying up.⟧"

### 020
@p Ifeoma Carr | the presenter
@d Denise | -
@e Pete | Another caller
@t - | A taxi driver who did not give his name
@y Yusuf Balogun-Hart | The council's transport lead
Listeners to Coast FM's Drive with Ifeoma Carr were asked on Wednesday for their views on the council's plan to close the Fennick Bridge to cars. The phone lines, the presenter said afterwards, were “⟦p:p|busier than the bridge itself⟧”.
“⟦d:d|I've driven over that bridge every day for 40 years,⟧” said Denise, from Hartwell. “⟦d:d|My father drove over it before me. If they close it I'll have to go the long way round through the industrial estate, and that's 20 minutes each way. Who's paying for my petrol?⟧”
Another caller, who gave his name only as Pete, said he cycled across the bridge with his two children every morning. “⟦d:e|It's terrifying. Lorries come past you with six inches to spare. Close it to cars and you'll see how many people start walking,⟧” he said.
Carr asked him: “⟦d:p|But what about people like Denise, who can't cycle?⟧”
“⟦d:e|Then they should have a bus. A proper one. Not the 47, which comes when it feels like it,⟧” Pete replied.
A taxi driver who did not give his name warned that the closure would “⟦p:t|kill the town centre stone dead⟧”.
The council's transport lead, Cllr Yusuf Balogun-Hart, who joined the programme for its final half-hour, said no decision had been taken. “⟦d:y|We're consulting because we genuinely want to know what people think, and clearly people think quite a lot,⟧” he said. “⟦d:y|I've listened to every call today. Denise, I hear you.⟧”

### 021
@f Fiona Strachan | Her mother
@k Catriona | Her sister
@c Morag Kinnaird | Chief Inspector
@g Glenmorrow Mountain Rescue Team | the team
The mother of a 24-year-old woman missing in the Carrach hills since Sunday has appealed for anyone who saw her daughter to come forward.
Eilidh Strachan set out from the Glenmorrow car park at about 9am to walk the Carrach horseshoe, a route of some 14 miles, and has not been seen since.
Her mother, Fiona Strachan, fought back tears as she spoke at Glenmorrow police station. "⟦d:f|Eilidh is an experienced walker. She knows these hills better than I know my own kitchen,⟧" she said. "⟦d:f|Somebody must have seen her. Please, if you were up there on Sunday, think. Anything at all.⟧"
Her sister, Catriona, sitting beside her, read out a message addressed directly to Eilidh. "⟦d:k|We're not angry. Nobody's angry. We just want you home. Mum's kept your dinner,⟧" she said, before breaking down.
Chief Inspector Morag Kinnaird, who is leading the search, said teams from three mountain rescue organisations, a coastguard helicopter and search dogs had been deployed. "⟦d:c|Conditions on Sunday afternoon were very poor, with low cloud and strong winds on the tops,⟧" she said. "⟦d:c|We are keeping an open mind, but at this stage there is nothing to suggest anything other than that Eilidh got into difficulty on the hill.⟧"
She added that the search would continue "⟦p:c|for as long as it takes⟧".
Glenmorrow Mountain Rescue Team said in a post on social media that volunteers had covered "⟦p:g|every inch of the horseshoe⟧" and were now searching the gullies to the north. "⟦d:g|Please do not head onto the hill to help. We understand the impulse, but it puts more people at risk,⟧" the team said.

### 022
@j J.T. Abara | -
@s Saoirse Nic Giolla Bhríde | -
@x - | a man in the front row
For six years, J.T. Abara and Saoirse Nic Giolla Bhríde have recorded their podcast, ``⟦s:-|Both Barrels⟧'', in a cupboard under Abara's stairs. This week they recorded the 300th episode in front of 2,000 people at the Lyceum in Aldmouth.
``⟦d:j|The cupboard has better acoustics,⟧'' Abara told the audience. ``⟦d:j|It also has the boiler, which is why every episode before 2021 has a noise in it that listeners thought was a ghost.⟧''
``⟦d:s|People wrote in about the ghost,⟧'' Nic Giolla Bhríde said. ``⟦d:s|We had a fan theory. There was a forum. It was a combi boiler.⟧''
The pair met at a comedy open mic in 2014 where, by Abara's account, they were ``⟦p:j|the only two people in the room who weren't men called Dan⟧''.
Asked by an audience member how they had stayed friends for so long, Nic Giolla Bhríde pointed at her co-host. ``⟦d:s|She forgives me. Constantly. It's exhausting for her,⟧'' she said.
``⟦d:j|It is exhausting,⟧'' Abara agreed. ``⟦d:j|But the alternative is finding a new friend, and I'm 41. Nobody makes new friends at 41. You keep the ones you've got and you forgive them.⟧''
Near the end, a man in the front row shouted ``⟦d:x|Do the ghost!⟧'', and Abara obliged with a long, gurgling impression of a boiler.

### 023
@a Cornelius Baptiste | the pianist whose late-night residency at the Blue Lantern in Marlport ran for 27 years
@s Simone Baptiste-Clarke | His daughter
@d Delphine Marquand | The saxophonist
Cornelius Baptiste, the pianist whose late-night residency at the Blue Lantern in Marlport ran for 27 years, has died aged 81.
Baptiste played six nights a week at the club from 1971 until it closed in 1998, and was known for refusing to take requests. "⟦d:a|If you want to hear a song you already know, buy the record,⟧" he told this newspaper in 1998. "⟦d:a|I'm here to play you something neither of us has heard yet.⟧"
Born on the island of St Aurel, he came to Marlport in 1962 to study engineering and never finished the course.
His daughter, Simone Baptiste-Clarke, said he had played the piano at home "⟦p:s|right up until last Tuesday⟧". "⟦d:s|His hands didn't work the way they used to, and he was furious about it, but he played anyway,⟧" she said. "⟦d:s|He said wrong notes were just notes that hadn't been introduced properly.⟧"
The saxophonist Delphine Marquand, who shared the Blue Lantern stage with him for a decade, described him as "⟦p:d|the most stubborn genius in the north⟧".
"⟦d:d|He'd stop in the middle of a tune if someone's phone went off and just stare at them until they left. Then he'd start again exactly where he'd stopped,⟧" she recalled.
Asked in a 2009 radio interview whether he had any regrets, Baptiste said: "⟦d:a|Just one. I should have charged more.⟧"
He is survived by his daughter and three grandchildren.

### 024
@g Gwilym ap Dafydd | -
@m Menna | His wife
@h Huw | their son
@u Lleifior Valley Farmers' Union | -
Gwilym ap Dafydd has farmed at Cwm Eithin, in the Lleifior valley, for 40 years. In that time, he says, he has seen the river come up to the yard gate twice. On Saturday night it came into the kitchen.
“⟦d:g|Dw i erioed wedi gweld dim byd fel hyn,⟧” he says, standing in the doorway in wellington boots, the lino peeled up behind him. “⟦d:g|I've never seen anything like it.⟧”
His wife, Menna, woke at 2am to the sound of the dogs barking. “⟦d:m|I came down the stairs and the bottom two steps were under water,⟧” she says. “⟦d:m|I thought I was still dreaming. Then I put my foot in it and I wasn't.⟧”
The couple moved 300 ewes to higher ground in the dark with the help of their son, Huw, and two neighbours. They lost eleven sheep and most of the winter feed.
“⟦d:h|Dad wouldn't leave till every gate was shut,⟧” Huw says. “⟦d:h|Mam was shouting at him from the top field to get out of the water, and he was shouting back that the gate was open. Forty years of shouting about gates.⟧”
The Lleifior Valley Farmers' Union said at least 30 farms had been affected and called for “⟦p:u|urgent, practical help, not sympathy⟧”.
Gwilym, meanwhile, is already thinking about the spring. “⟦d:g|The ewes are alive. The house will dry out,⟧” he says. “⟦d:g|You don't farm for 40 years by sitting in a wet kitchen feeling sorry for yourself.⟧”

### 025
@i Ingeborg Ask | -
@n - | My nana
Niamh Ní Chuinn, 22, scored the winning goal in last Sunday's cup final for Dunlevy Rangers, the club managed by Ingeborg Ask. She spoke to Ciarán Walsh-Imoru about nerves, her grandmother's superstitions and the goal she still can't watch.
Q: Have you watched the goal back?
A: Once. Through my fingers. I'm not sure why, because I know it goes in.
Q: What did your manager say to you before you went on?
A: Ingeborg doesn't do speeches. She just said, "⟦d:i|Go and be annoying.⟧" So I went on and was annoying.
Q: Your grandmother has a superstition, I'm told.
A: My nana won't watch the first half. She sits in the car park and listens on the radio, and my granddad goes out at half-time and tells her the score. She always says, "⟦d:n|The first half is for the nerves.⟧"
Q: What happens now?
A: Pre-season. Ice baths. Ingeborg says "⟦p:i|nobody is special in July⟧", and she means it.

### 026
@a Iñaki Etxeberria-Luján | the 26-year-old Basque
@m Mathis Kowalski-Brun | The race leader
@t Navarre Verde | -
Iñaki Etxeberria-Luján dedicated his first stage win at the Tour of the Varennes to his late coach after a solo attack 40 kilometres from the finish in Castelmoure.
«⟦d:a|Esta es para Josu. Él siempre decía que yo atacaba demasiado pronto,⟧» the 26-year-old Basque said, fighting back tears. «⟦d:a|This one is for Josu. He always said I attacked too early.⟧»
Josu Arrieta, who coached Etxeberria-Luján from the age of 14, died in March.
«⟦d:a|Today I attacked too early again,⟧» he added with a laugh. «⟦d:a|But today it worked, so maybe he was wrong once.⟧»
The race leader, Mathis Kowalski-Brun, finished in the main group and keeps the yellow jersey. «⟦d:m|Iñaki was the strongest today, there is nothing to say,⟧» the Swiss rider said. «⟦d:m|I was watching the big guys. Nobody wanted to chase, and he was clever.⟧»
Etxeberria-Luján's team, Navarre Verde, said in a statement that it was «⟦p:t|immensely proud⟧» and that the win belonged «⟦p:t|to Iñaki, to Josu and to everyone who believed in this small team⟧».

### 027
@a Albert Nkemelu | -
@j Joanna Fitzwilliam-Hart | The headteacher
@d Daniel Osei | One of those former pupils
When Albert Nkemelu started as caretaker at Brackenridge Primary School in 1979, the school had an outside toilet block and a coal boiler that he had to light by hand every morning at 6am.
On Friday, after 45 years, he locked the gates for the last time. "⟦d:a|I'll miss the boiler,⟧" he said. "⟦d:a|Not this one, the old one. This one's got a computer. You can't talk to a computer.⟧"
The school held an assembly in his honour, at which each class sang a song and the Year 6 pupils presented him with a golden key. The headteacher, Joanna Fitzwilliam-Hart, said he had been "⟦p:j|the heartbeat of the building⟧" for longer than most of the staff had been alive.
"⟦d:j|Every child who has come through this school knows Mr Nkemelu,⟧" she said. "⟦d:j|Some of them are parents here now. Some of them are grandparents. They all still call him Mr N.⟧"
One of those former pupils, Daniel Osei, 38, now has two children at the school. "⟦d:d|He caught me climbing on the shed roof in 1994 and he didn't tell anyone. He just made me sweep the playground for a week,⟧" he said. "⟦d:d|Best punishment I ever had. I've not been on a roof since.⟧"
Mr Nkemelu, 67, plans to spend his retirement on his allotment and visiting his sister in Nigeria.
Asked what he would say to his successor, he thought for a moment. "⟦d:a|Check the gutters in October. And be kind to the dinner ladies. They run everything,⟧" he said.

### 028
@h Hollis Vantongeren | -
@b Ama Serwaa Boateng | The exhibition's curator
@g Greta Vantongeren | his former wife
@m Mercer Gallery | -
For most of his career Hollis Vantongeren was, in his own words, “⟦p:h|the most famous painter nobody had heard of⟧”. At 79, with a retrospective opening at the Mercer Gallery in Stenhaven next week, that is about to change.
“⟦d:h|It's very nice, and it's very late,⟧” he says, sitting in his studio among canvases turned to the wall. “⟦d:h|If this had happened when I was 40 I'd have been unbearable. At 79 I'm only occasionally unbearable.⟧”
The exhibition's curator, Dr Ama Serwaa Boateng, spent three years tracking down paintings that had been sold, given away or, in one case, used to patch a henhouse roof.
“⟦d:b|We found one in a barn in Norvik with a hole where a chicken had pecked through it,⟧” she says. “⟦d:b|Hollis looked at it and said the chicken had improved it. He wanted to hang it as it was. We compromised.⟧”
Among the lenders is his former wife, the painter Greta Vantongeren, from whom he separated in 1986. The two remain, as she puts it, “⟦p:g|friends who shouldn't be left alone in a room with one bottle of wine⟧”.
“⟦d:g|He painted me about forty times. I've lent them six. The other thirty-four are mine and he's not getting them,⟧” she says.
The Mercer Gallery said the exhibition was “⟦p:m|long overdue⟧”.
Vantongeren himself is unsentimental about the fuss. “⟦d:h|I'll go to the opening, I'll drink the wine, I'll shake the hands,⟧” he says. “⟦d:h|And then I'll come back here and turn the paintings to the wall again. That's where the work is. The wall side.⟧”

### 029
@h Hugh Penhaligon | -
@a Rafael Domínguez-Ortega | The novelist
@v Harlan & Vose | His publisher
Rafael Domínguez-Ortega, whose detective novels have sold more than four million copies, appeared on Hugh Penhaligon's Sunday books programme on Radio Stenhaven this week. His exchange with the host about killing off his detective, Inspector Lucía Garrido, filled the programme's inbox for days.
"⟦d:h|Why kill her? Your readers loved her,⟧" Penhaligon began.
"⟦d:a|That's exactly why,⟧" Domínguez-Ortega said. "⟦d:a|You can't kill someone nobody loves. It doesn't count.⟧"
"⟦d:h|Some of those readers have written to you. Rather angrily, I gather.⟧"
"⟦d:a|A woman in Port Ellery sent me a funeral card. A real one, with a lily on the front. I keep it on my desk. I think it's the best review I ever got.⟧"
"⟦d:h|Is there any chance she comes back?⟧"
"⟦d:a|No.⟧" A pause. "⟦d:a|Probably no. Ask me in two years.⟧"
The novelist, 58, said his next book would be "⟦p:a|something completely different, a love story with no bodies in it at all⟧", though he admitted his publisher was "⟦p:a|not thrilled⟧".
His publisher, Harlan & Vose, said in a statement that it would "⟦p:v|follow Rafael wherever he goes⟧".

### 030
@j Miriam Okoro-Falk | Judge
@r Ruth Adeyemi | the victim's mother
@h Hannah Whitcombe | -
@d Dev Chaudhary | Sergeant
A driver who killed a cyclist while using his phone at the wheel has been jailed for six years and eight months.
Conrad Ashby-Lowe, 36, of Mill Lane, Fennick, admitted causing death by dangerous driving. He showed no emotion as the sentence was passed.
Sentencing him at Stenhaven Crown Court, Judge Miriam Okoro-Falk said: “⟦d:j|You chose to read and reply to a message about a football match rather than look at the road. That choice cost a young man his life. No sentence I can pass will reflect what his family has lost.⟧”
In a statement read to the court by a police family liaison officer, the victim's mother, Ruth Adeyemi, said: “⟦d:r:m|Tayo was 23. He was training to be a nurse. He rode that road every morning because he said it was the prettiest way to work.⟧
“⟦d:r|I will never again hear him come through the door shouting that he was starving. I hope the man who did this thinks about that every day.⟧”
Hannah Whitcombe KC, for Ashby-Lowe, said her client was “⟦p:h|profoundly and genuinely remorseful⟧” and had written a letter to the family.
Outside court, Sergeant Dev Chaudhary of Stenhaven Roads Policing Unit said: “⟦d:d|Put your phone in the glovebox. It's that simple. If it buzzes, let it buzz.⟧”

### 031
@e Elias Wondimu | the 24-year-old
@j Jonah Kiprotich-Mwangi | -
@s Sally Trent | Race director
@b Beatrix Holloway-Nye | -
Elias Wondimu won the Aldmouth Marathon on Sunday in a course record of 2:05:41, pulling away from Jonah Kiprotich-Mwangi in the final two kilometres along the seafront.
Speaking through his manager, who translated from Amharic, the 24-year-old said he had decided to attack "⟦p:e|when I saw the sea⟧".
"⟦d:e|In my village there is no sea. I saw it and I thought, this is a sign, go now,⟧" he said. "⟦d:e|Maybe it was not a sign. But I went.⟧"
Kiprotich-Mwangi, who won the race in 2022, said he had no answer. "⟦d:j|When he went, I told my legs to go, and my legs said no,⟧" he said, laughing. "⟦d:j|He is young. I am 33. The legs at 33 have opinions.⟧"
Asked whether he would return next year, he said: "⟦d:j|Of course. I want my title back.⟧"
Race director Sally Trent said 14,200 runners had finished, the most in the event's history. "⟦d:s|The weather was kind, the crowds were incredible and we had a course record. I'm not sure what else you could ask for,⟧" she said.
The women's race was won by Aldmouth's own Beatrix Holloway-Nye, who described the last mile as "⟦p:b|pure noise⟧".

### 032
@e Ellen Whitford | a paediatric nurse in Fennick
@n Nguyễn Thị Lan | -
@m Margaret Whitford | Ellen's adoptive mother
In 1994 a woman named Nguyễn Thị Lan left a baby girl at the gate of an orphanage in the town of Vĩnh Hòa.
Thirty years later, that baby, now Ellen Whitford, a paediatric nurse in Fennick, flew to Vietnam to meet her.
“⟦d:e|I'd rehearsed it for months. What I'd say, how I'd stand, whether I'd hug her,⟧” Ellen says. “⟦d:e|In the end I didn't say anything. I just cried, and she cried, and her neighbour brought us both tea.⟧”
The reunion came about after Ellen posted a photograph of the note that had been pinned to her blanket on an online group for Vietnamese adoptees. The note, in her mother's handwriting, read: “⟦d:n|Con tên là Hoa. Xin hãy thương con.⟧” (“⟦d:n|Her name is Hoa. Please love her.⟧”)
Within a week, a woman from Vĩnh Hòa recognised the handwriting. It was her aunt's.
Lan, now 58, told a local reporter through an interpreter: “⟦d:n|Every year on her birthday I went to the gate. I did not know if she was alive. I prayed that someone was loving her.⟧”
Ellen's adoptive mother, Margaret Whitford, 71, went on the trip too. “⟦d:m|People ask if I was jealous, or frightened. I wasn't. I was grateful,⟧” she says. “⟦d:m|That woman gave me my daughter. I wanted to thank her, and I did, very badly, in Vietnamese.⟧”
Ellen, who has started learning Vietnamese, plans to go back in the spring. “⟦d:e|I've got a mother and a mother,⟧” she says. “⟦d:e|Most people only get one. I'm not going to waste it.⟧”

### 033
@s Sasha Oyelowo-Brandt | the founder of the repair-café network Fixwell
@k Marianne Koh | host
Sasha Oyelowo-Brandt, the founder of the repair-café network Fixwell, told the ``⟦s:-|Tinkerers⟧'' podcast this week that they had started the project ``⟦p:s|out of pure spite⟧'' after a shop refused to fix their grandmother's radio.
``⟦d:s|The man behind the counter looked at it like I'd brought him a dead cat,⟧'' they told host Marianne Koh. ``⟦d:s|He said, 'Nobody fixes these any more.' So I thought, fine, I'll fix it myself.⟧''
Fixwell now runs 140 volunteer repair sessions a month in 38 towns. Koh asked whether the movement could survive manufacturers making products ``⟦p:k|deliberately impossible to open⟧''.
``⟦d:s|We open them anyway,⟧'' Oyelowo-Brandt said. ``⟦d:s|There's always a way in. Sometimes the way in is a hairdryer, a guitar pick and a lot of swearing.⟧''
``⟦d:k|Is there anything you won't fix?⟧'' Koh asked.
``⟦d:s|Relationships,⟧'' they said. ``⟦d:s|People bring them in. Not literally. But you'd be amazed what people tell you while you're soldering their toaster.⟧''

### 034
@a Anders Bjørnstad-Kehinde | Aldmouth Athletic manager
@c Colm Ó Briain | Marlport manager
@t Aldmouth Athletic | -
@z Dawid Zieliński | Marlport's goalkeeper
Aldmouth Athletic manager Anders Bjørnstad-Kehinde called for calm after Saturday's derby against Marlport United was halted for 11 minutes when coins were thrown at the Marlport goalkeeper.
"⟦d:a|I'm embarrassed. I'm embarrassed for the club and I'm embarrassed for the 99 per cent of our supporters who came to watch football,⟧" he said. "⟦d:a|Whoever threw those coins is not one of us. Find them, ban them, I don't care for how long.⟧"
The match finished 1-1. Marlport's goalkeeper, Dawid Zieliński, was struck on the head shortly after Marlport equalised and was treated by medics before carrying on.
Marlport manager Colm Ó Briain said his goalkeeper was "⟦p:c|shaken but fine⟧". "⟦d:c|Dawid's a tough lad. He wanted to play on. I'd have taken him off if he'd let me,⟧" he said.
He praised his opposite number: "⟦d:c|Anders came straight to me at the break and apologised, which he didn't have to do. That's a class act.⟧"
Parts of the home end had earlier chanted "⟦s:-|Marlport, Marlport, where's your ship?⟧", a reference to the closure of the Marlport shipyard in 2003.
Aldmouth Athletic said in a statement that it was working with police to identify those responsible and would "⟦p:t|issue the strongest possible sanctions⟧".
Zieliński, who later posted a photograph of a plaster on his forehead, wrote: "⟦d:z|Takes more than 20p to stop me.⟧"

### 035
@x - | One of them
@w Westmark Television | The broadcaster
@b Bernard Oyelaran | Varga-Finch's agent
The presenter Cleo Varga-Finch is to leave the Saturday night quiz show “⟦s:-|Hold the Front Page⟧” after nine series, according to two people familiar with the decision. One of them said the decision had been “⟦p:x|entirely hers⟧”. “⟦d:x|She's been talking about it for a year. Nobody pushed her,⟧” the person said.
The broadcaster, Westmark Television, said it would “⟦p:w|not comment on speculation⟧”.
Varga-Finch's agent, Bernard Oyelaran, said: “⟦d:b|Cleo has had the most wonderful time on the show and will have more to say soon.⟧”

### 036
@a Bernadette Ó Súilleabháin | -
@s Shona Pitt | The mother in question
@k Kiri Tamatea-Jones | Her colleague
In 38 years as a midwife on the Isle of Carrow, Bernadette Ó Súilleabháin has delivered, by her own count, 3,412 babies. She has delivered them in the island's small maternity unit, in farmhouses, in the back of the ferry and, once, in a lift.
"⟦d:a|The lift was the worst,⟧" she says. "⟦d:a|Not for the mother, she was grand. For me. I'm claustrophobic. I've never told anybody that before.⟧"
The mother in question, Shona Pitt, now 41, still laughs about it. "⟦d:s|She was completely calm. I had no idea she was panicking,⟧" she says. "⟦d:s|She kept saying, 'We'll be out of here in no time.' We were in there for 40 minutes.⟧"
The baby, Callum, is now 19 and studying engineering on the mainland.
Ó Súilleabháin grew up in a Gaeltacht village in the west of Ireland, the eldest of nine, and came to Carrow in 1986 on what was supposed to be a six-month contract.
"⟦d:a:m|I came for six months and I met a fisherman. That's the whole story, really. That's every story on this island.⟧
"⟦d:a:m|People ask me what's changed. Everything and nothing. The equipment's better, the scans, all of that. But a woman in labour is a woman in labour. She wants to know someone is there and that someone isn't going anywhere.⟧
"⟦d:a|That's the job. You don't go anywhere.⟧"
Her colleague Kiri Tamatea-Jones, who trained under her, says the island's younger midwives call her "⟦s:-|the Oracle⟧". "⟦d:k|You ring Bernadette at 3am and she answers on the first ring, every time, and she already knows what you're going to ask,⟧" Kiri says. "⟦d:k|I don't know how we'll manage without her. I genuinely don't.⟧"
Asked what she will do with her retirement, Ó Súilleabháin doesn't hesitate. "⟦d:a|Sleep,⟧" she says. "⟦d:a|Thirty-eight years of sleeping with the phone on the pillow. I'm going to put it in a drawer and see what happens.⟧"

### 037
@a Josée Lapointe-Kaur | The singer
@r Rick Ostrander | -
@d Alain Bouchard-Singh | the label's founder
The singer Josée Lapointe-Kaur has spent a decade being told she should sing in English. On her new album, «⟦s:-|Petites heures⟧», she has finally listened, for one song.
«⟦d:a|One song. Don't get excited,⟧» she told Rick Ostrander on CKVR's Morning Drive on Monday. «⟦d:a|My label asked for five. We negotiated.⟧»
The song, a ballad about her late father, was written in English because, she said, «⟦p:a|he always said the sad ones sound better in English⟧».
«⟦d:a|C'était un homme qui pleurait devant les publicités de pneus,⟧» she said, then translated for listeners: «⟦d:a|He was a man who cried at tyre commercials.⟧»
«⟦d:r|So it's a tribute?⟧» Ostrander asked.
«⟦d:a|It's a tribute and a revenge. He made me learn English and I hated every minute. Now he's getting an English song and he can't complain.⟧»
Her label, Disques Boréal, said the album had been the most pre-ordered release in its history. «⟦d:d|Josée is writing the best songs of her life,⟧» the label's founder, Alain Bouchard-Singh, said in a statement.

### 038
@a Albert Haskins | Private
@l Lorraine Haskins-Obi | His great-granddaughter
@d Derek Fairweather | The shop's manager
@h Brackwater Hospice | -
A letter written by a 19-year-old soldier from the trenches in 1916 has been returned to his family after turning up in a box of books at a charity shop in Brackwater.
Private Albert Haskins wrote to his mother: "⟦d:a|Dear Mam, don't worry about me, I am keeping my feet dry and my head down, which the sergeant says is the whole of soldiering.⟧" He was killed six weeks later.
His great-granddaughter, Lorraine Haskins-Obi, 58, said she had "⟦p:l|sobbed in the shop⟧" when the manager phoned her. "⟦d:l|We had one photograph of him and that was it. Now we have his voice, in a way. He sounds so young. He sounds like my grandson,⟧" she said.
The shop's manager, Derek Fairweather, said a volunteer had found the letter tucked inside a hymn book. "⟦d:d|She came running into the back room waving it. We knew straight away we had to find the family,⟧" he said.
The Brackwater Hospice, which runs the shop, said it was "⟦p:h|thrilled⟧" that the letter had gone home.

### 039
@t Tyrone Okafor | the champion
@k Kristóf Halász | the challenger
@y Yvonne Asquith-Bell | The promoter
Tyrone Okafor and Kristóf Halász had to be separated by security at Thursday's final press conference before their cruiserweight title fight at the Marlport Arena.
Okafor, the champion, started it. “⟦d:t|Look at him. He's already sweating and he hasn't even got his top off,⟧” he said, pointing across the stage. “⟦d:t|Saturday night I'm putting him to sleep, and he'll thank me for it, because he looks tired.⟧”
Halász, speaking through an interpreter, was unmoved. “⟦d:k|He talks a lot. In Hungary we say the empty barrel makes the most noise,⟧” the challenger said.
“⟦d:t|What did he say?⟧” Okafor asked the interpreter. When it was translated, he laughed. “⟦d:t|Barrel. OK. I'll remember that.⟧”
It was when Halász stood up and walked to within a foot of the champion that security stepped in. Neither man threw a punch.
The promoter, Dame Yvonne Asquith-Bell DBE, said afterwards she had “⟦p:y|seen worse at a christening⟧”. “⟦d:y|They're both professionals. They both want to sell tickets. Mission accomplished,⟧” she said.

### 040
@d Dorothy Ampofo-Reid | -
@k Kofi Reid | Her son
@h Hayley Brennan-Oduya | Run director
When Dorothy Ampofo-Reid crossed the finish line at Lowmoor parkrun on Saturday, 300 people were waiting to applaud her. She was 90 years old and it was her 100th run.
"⟦d:d|I walk most of it now, if I'm honest. I run the last bit when I know people are looking,⟧" she said.
She started at 83, a few months after her husband died. "⟦d:d|My son dragged me along. I thought it would be one week. It's been seven years,⟧" she said.
Her son, Kofi Reid, 61, said she had "⟦p:k|outlasted both my knees⟧". "⟦d:k|She's stronger than me. She's stronger than all of us,⟧" he added.
Run director Hayley Brennan-Oduya said the course had been lined with bunting for the occasion. "⟦d:h|Dorothy is the heart of Saturday mornings here,⟧" she said. "⟦d:h|Half the volunteers only come to see her.⟧"
Asked about her next goal, Mrs Ampofo-Reid was firm. "⟦d:d|Two hundred. Why not?⟧"

### 041
@a Imelda Kastrati | -
@b Precious Dlamini-Fox | -
@f Ffion Deakin | The play's writer
Imelda Kastrati and Precious Dlamini-Fox have spent the past eight weeks shouting at each other. It is, both insist, the best working relationship either of them has had.
In “⟦s:-|The Long Field⟧”, which opens at the Brackwater Corn Exchange on Thursday, Kastrati, 63, plays a farmer who refuses to sell her land, and Dlamini-Fox, 29, plays the daughter who wants her to.
“⟦d:a|Precious shouts better than anyone I've ever worked with,⟧” Kastrati says. “⟦d:a|Most young actors shout from the throat. She shouts from the feet.⟧”
“⟦d:b|That's the nicest thing anyone's ever said to me,⟧” says Dlamini-Fox. “⟦d:b|I'm going to have it put on my gravestone.⟧”
The play's writer, Ffion Deakin, wrote the part of the mother with Kastrati in mind. “⟦d:f|I'd seen Imelda play Lear's Fool in a car park in 2011 and I never forgot it,⟧” she says. “⟦d:f|When I started writing this I just heard her voice saying the lines. I didn't dare tell her until it was finished.⟧”
Kastrati, who was born in Kosovo and came to Britain as a student in 1984, says the play's argument about land is “⟦p:a|the oldest argument there is⟧”.
“⟦d:a:m|My grandmother would not leave her house when the soldiers came. My mother begged her. She said, ‘This is where my feet are.’ That's the whole play, really.⟧
“⟦d:a|Ffion didn't know that when she wrote it. I told her on the first day of rehearsals, and she went very pale.⟧”
Does Dlamini-Fox have a grandmother like that? She laughs. “⟦d:b|Mine would have sold the house and gone on a cruise,⟧” she says.

### 042
@u Thandiwe Mokoena-Price | the union's regional organiser
@p Piotr Zaremba | the site's general manager
@s - | A Parcelo spokesperson
@w - | One worker
Staff at the Havenstad distribution centre of the online retailer Parcelo are to strike for 48 hours next week, the Logistics and Warehouse Workers' Union said on Monday.
"⟦d:u|Our members have been asked to do more for less for three years running. Enough is enough,⟧" the union's regional organiser, Thandiwe Mokoena-Price, said.
According to an internal memo seen by this newspaper, the site's general manager, Piotr Zaremba, told supervisors last month that productivity targets would rise by 8 per cent and that staff who fell short would be "⟦p:p|supported to improve or supported to leave⟧".
A Parcelo spokesperson said the memo had been "⟦p:s|taken out of context⟧". "⟦d:s|We value our colleagues and pay above the local average. We remain open to talks,⟧" the spokesperson said.
One worker, who asked not to be named because she feared losing her job, said the targets were "⟦p:w|impossible unless you skip your breaks⟧".

### 043
@a Tilde Marøy-Achebe | the sabre fencer who won world championship silver in August
@g Grace Okonedo-Finn | -
@i Ingvild Marøy | Her mother
Tilde Marøy-Achebe, the sabre fencer who won world championship silver in August, is back at her club in Fennick, teaching eight-year-olds to lunge. She spoke to Grace Okonedo-Finn between lessons.
“⟦d:g|Do the kids know who you are?⟧”
“⟦d:a|They know I'm the one with the sweets. That's the main thing.⟧”
“⟦d:g|You were one hit away from gold. Do you think about that hit?⟧”
“⟦d:a:m|Every night. Not in a bad way, mostly. I replay it. She went for my wrist, I was a tiny bit late, and that's it. Fifteen years of training and it comes down to a tiny bit late.⟧
“⟦d:a|But if I'd won I think I'd have stopped. So maybe the tiny bit late is a gift. Ask me again in four years.⟧”
“⟦d:g|Your mother fenced too.⟧”
“⟦d:a|For Norway, in the eighties. She's my coach now, which is either the best or the worst idea either of us has ever had. We don't talk about fencing at Christmas. That's the rule.⟧”
Her mother, Ingvild Marøy, watching from the side of the piste, had overheard. “⟦d:i|We talk about it at Christmas,⟧” she called over. “⟦d:i|She just doesn't listen.⟧”

### 044
@m Magnus Haraldsen | the 67-year-old
@e Erlend | His son
@b Berit Nygaard | Its chairwoman
For the first time in 140 years there will be no Haraldsen fishing out of Skarvik harbour this winter. Magnus Haraldsen, 67, sold the family's last boat, the Solveig, in October. His son Erlend, 38, who crewed for him for twenty years, now works on a wind farm maintenance vessel.
"⟦d:m|My great-grandfather built the first one with his own hands. I sold the last one with a phone call,⟧" the 67-year-old said. "⟦d:m|That's progress, I suppose.⟧"
The quota cuts, the fuel prices, the paperwork: Magnus can list the reasons, and does, at length, at his kitchen table overlooking the harbour. But the real reason, he says, is simpler.
"⟦d:m:m|Erlend didn't want it. And I don't blame him. I wouldn't want it either, if I was young now. You're out there in January in the dark and the sea's trying to kill you, and at the end of it you're filling in forms for a man in an office who's never been on a boat.⟧
"⟦d:m|So I said to him, go. Go and fix windmills. At least the windmills pay.⟧"
Erlend is more conflicted. "⟦d:e|I feel like I'm the one who ended it,⟧" he said. "⟦d:e|Dad says I didn't. He says the government ended it. But it was my name that should have been on the papers, and I didn't sign.⟧"
Asked whether he would ever go back to fishing, he paused. "⟦d:e|If my kids wanted to, I'd tell them what Dad told me,⟧" he said. "⟦d:e|And then I'd probably buy them a boat, because I'm an idiot.⟧"
The Skarvik Fishermen's Association says the number of boats working out of the harbour has fallen from 31 to seven in two decades. Its chairwoman, Berit Nygaard, warned that the harbour risked becoming "⟦p:b|a car park with a view⟧".

### 045
@c Marguerite Dubois-Kamara | Stenhaven Storm head coach
@r - | one reporter
@k Keisha Nwosu | Guard
@x - | a reporter
Stenhaven Storm head coach Marguerite Dubois-Kamara did not try to hide her frustration after her side's 88-71 defeat by the Aldmouth Comets ended their playoff hopes on Friday night.
"⟦d:r|Coach, what happened in the third quarter?⟧" one reporter asked.
"⟦d:c:m|What happened is we stopped passing the ball. We had 14 assists in the first half and three in the third quarter. Three. You can't beat a team like that playing one-on-one. They're too long, they're too quick, they'll eat you alive.⟧
"⟦d:c:m|I said it at half-time, I said it in the timeout, I said it so many times I'm hoarse. Move it. Move the ball. And we didn't.⟧
"⟦d:c|That's on me. If they don't hear it, I haven't said it right.⟧"
Another reporter asked whether she expected to be back next season. "⟦d:c|That's not my decision,⟧" she said, and stood up.
Guard Keisha Nwosu, who scored 24 points, stayed behind. "⟦d:k|Coach is taking it on herself, and she shouldn't,⟧" the 26-year-old said. "⟦d:k|We're grown women. We knew what to do. We just didn't do it.⟧"
"⟦d:x|Do you want her back?⟧" a reporter asked.
"⟦d:k|Yes. A hundred per cent. Write that down,⟧" Nwosu said.

### 046
@a Hamza al-Rifai | -
@b Abdullah bin Salem | His business partner
@l Lina | Al-Rifai's daughter
@g Gillian Sowerby | Its editor
The sign above the door of Bab Sharqi, on Tanner Street in Brackwater, still has a spelling mistake in it: “⟦s:-|Finest Syrain Food⟧”. Hamza al-Rifai, who opened the restaurant in 2019, three years after arriving in Britain, refuses to have it fixed.
“⟦d:a|It's lucky,⟧” he says. “⟦d:a|The week we put it up, we were full every night. I'm not changing anything that was there that week. Not the sign, not the chairs, not the menu.⟧”
Al-Rifai was a pastry chef for 20 years before the war. Asked about his first months in Brackwater, he answers first in Arabic. “⟦d:a|Kuntu wahidan jiddan,⟧” he says quietly, and then, in English: “⟦d:a|I was very alone.⟧”
His business partner, Abdullah bin Salem, who ran a café in Brackwater market before they met, remembers the first time he tasted al-Rifai's baklava. “⟦d:b|I told him, this is a crime. You are making this in your kitchen for nobody? It's a crime,⟧” he says.
Al-Rifai's daughter, Lina, 19, who is studying pharmacy, works weekends on the till. “⟦d:l|Dad is very calm in the kitchen and completely crazy at the front,⟧” she says. “⟦d:l|He gives away so much food. I do the accounts. I see it.⟧”
Her father shrugs. “⟦d:a|If someone is hungry and they have no money, what am I supposed to do? Ask them to sing?⟧”
Bab Sharqi was named Brackwater's restaurant of the year in November by readers of the Brackwater Mercury. Its editor, Gillian Sowerby, said the vote had not been close. “⟦d:g|We had more nominations for Bab Sharqi than for the next three restaurants put together,⟧” she said.

### 047
@a Anthony Lowther-Mbeki | a High Court judge for 22 years
@h Helen | His wife
@p Priyanka Sethi | -
Sir Anthony Lowther-Mbeki, a High Court judge for 22 years, spent his working life sitting in judgment on other people. Now, at 81, he has written a memoir in which, he says, he finally sits in judgment on himself.
``⟦d:a|It's a much harsher court,⟧'' he says, in the drawing room of his house outside Fennick. ``⟦d:a|No appeal, for one thing.⟧''
The book, ``⟦s:-|Reasons Given⟧'', revisits a dozen of his cases, including two in which he now believes he got the sentence wrong.
``⟦d:a:m|One of them was a young man who stole a car and crashed it. Nobody was hurt. I sent him to prison for two years because I thought he needed a shock. I was quite pleased with myself.⟧
``⟦d:a|He wrote to me in 2015. He'd spent most of the next twenty years in and out of prison. He said that sentence was where it started. I don't know if that's true. But I've thought about it every day since.⟧''
His wife, Helen, who practised as a GP for 30 years, says she has read the book ``⟦p:h|more times than he has⟧''. ``⟦d:h|Anthony has always been much harder on himself than anyone else is,⟧'' she adds. ``⟦d:h|Including me, and I've tried.⟧''
Priyanka Sethi KC, who appeared before him many times as a young barrister, said he had been ``⟦p:p|scrupulously fair and, occasionally, terrifying⟧''. ``⟦d:p|You did not go into Court 4 unprepared. You only did it once,⟧'' she said.
Lowther-Mbeki laughs when he hears this. ``⟦d:a|Terrifying is a bit strong. Firm,⟧'' he says. ``⟦d:a|I was firm.⟧''

### 048
@a Konstanze von Ahlefeldt-Brandt | the Stenhaven Philharmonic's chief conductor since September and the first woman to hold the post in its 112-year history
@b Teodor Wiśniewski | the principal oboist
@l Marcus Leary | The orchestra's chief executive
Konstanze von Ahlefeldt-Brandt stops the orchestra for the ninth time in twenty minutes. "⟦d:a|Nein, nein. Zu schön,⟧" she says, and then, for the benefit of the visitor at the back of the hall: "⟦d:a|Too beautiful. It should hurt more.⟧"
Von Ahlefeldt-Brandt, 45, the Stenhaven Philharmonic's chief conductor since September and the first woman to hold the post in its 112-year history, is, by common consent among the players, exhausting.
"⟦d:b|She hears everything. Everything,⟧" says the principal oboist, Teodor Wiśniewski, during a break. "⟦d:b|Last week she stopped us because the second bassoon was breathing in the wrong place. Breathing! And she was right.⟧"
Over coffee in her dressing room, the conductor is apologetic, up to a point.
"⟦d:a:m|I know I'm exhausting. My husband tells me every day. But an orchestra is a hundred people who have been told their whole lives that they are good, and they are good, and good is the enemy. Good is where music goes to sleep.⟧
"⟦d:a|I don't want good. I want them to play like it's the last concert before the end of the world. Every Thursday.⟧"
The orchestra's chief executive, Marcus Leary, said ticket sales were up by a third since her appointment. "⟦d:l|People come to watch her. Honestly, some of them come more to watch her than to listen,⟧" he said. "⟦d:l|We'll take it.⟧"

### 049
@n Ngozi Eze | their mother
@a Amara | the eldest by four minutes
@c Chidinma | -
@i Ifunanya | -
Three sisters from Lowmoor graduated from the University of Northmere on the same day on Wednesday, in three different subjects, and their mother says she has never been so tired in her life.
Amara, Chidinma and Ifunanya Eze, 21, are triplets. Amara studied law, Chidinma biochemistry and Ifunanya music.
“⟦d:n|Three gowns, three hats, three sets of photographs, and they all wanted to stand in the middle,⟧” said their mother, Ngozi Eze. “⟦d:n|I've been preparing for this day since the scan, when the doctor said, ‘There's another one.’ And then, ‘Oh. There's another one.’⟧”
Amara, the eldest by four minutes, said the sisters had deliberately chosen different subjects. “⟦d:a|We did everything together for 18 years. Same school, same class, same bedroom for a while. We needed three years of being individuals,⟧” she said.
“⟦d:c|We lasted about a month,⟧” said Chidinma. “⟦d:c|Then we were all back in each other's rooms every night.⟧”
Ifunanya, who graduated with first-class honours, is the only one of the three leaving Northmere; she starts a master's in composition in the autumn. “⟦d:i|They'll be fine without me,⟧” she said. Her sisters, standing either side of her, shook their heads.
“⟦d:a|We won't,⟧” Amara said.

### 050
@a Raymond Oduya-Platt | A retired detective
@b Siân Ferreira-Wilkes | host
@p Stenhaven Police | -
@c Colin Penrose | Penrose's nephew
A retired detective has said he is "⟦p:a|certain, as certain as I've ever been of anything⟧" that the wrong man was convicted of the 1989 murder of a Marlport shopkeeper, in an interview with the true-crime podcast "⟦s:-|Cold Tide⟧".
Former Detective Chief Inspector Raymond Oduya-Platt, who was a detective sergeant on the original investigation into the death of Harold Penrose, told host Siân Ferreira-Wilkes that he had raised concerns at the time and been "⟦p:a|told to keep my head down⟧".
"⟦d:a|There was a witness who put Dennis Crane two miles away at the time of the killing. Her statement went in a drawer. I know because I put it there, on orders,⟧" he said. "⟦d:a|I've lived with that for 35 years.⟧"
"⟦d:b|Why speak now?⟧" Ferreira-Wilkes asked.
"⟦d:a|Because Dennis is 71 and he's dying, and I'd like him to die a free man. Or at least a cleared one.⟧"
Crane, who served 17 years and has always maintained his innocence, is now in a hospice in Stenhaven.
Stenhaven Police said in a statement: "⟦d:p|We are aware of the comments made and will review any new information brought to our attention.⟧"
Penrose's nephew, Colin Penrose, said the family had been "⟦p:c|blindsided⟧". "⟦d:c|We were told for 35 years that justice had been done. If it hasn't, we want to know, but I wish we hadn't found out from a podcast,⟧" he said.

### 051
@a Ngaire Whitcombe-Tau | Aldmouth's new poet laureate
@d Doreen Platt | One audience member
@k Kwabena Asante | The council leader
Ngaire Whitcombe-Tau, Aldmouth's new poet laureate, gave her first public reading at the town's central library on Saturday, to an audience of about 150 that spilled over into the local history section.
She opened with “⟦s:-|Tide Table⟧”, written for the appointment, which ends: “⟦d:a|We are the town the sea keeps coming back to, / as if it left something here.⟧”
“⟦d:a|I wrote it on the bus,⟧” she told the audience afterwards. “⟦d:a|Most of my poems are written on the 12. It's very slow and nobody talks to you. Perfect conditions.⟧”
Whitcombe-Tau, 36, a former primary school teacher, is the first Māori poet to hold the post. She said she wanted to take poetry “⟦p:a|out of the library and onto the seafront⟧”.
One audience member, Doreen Platt, 77, said she had not been to a poetry reading since school. “⟦d:d|I came because my granddaughter made me. I'm coming back because I want to,⟧” she said.
The council leader, Cllr Kwabena Asante, said the appointment was “⟦p:k|a statement about what kind of town we want to be⟧”.

### 052
@g Geoffrey Ambrose-Tull | Parish council chairman
@r - | One resident
@o - | a retired teacher
A row over the position of a bouncy castle has led to the cancellation of the Little Hadlow summer fete for the first time in 60 years. A handwritten sign taped to the village hall door on Monday read simply: "⟦s:-|FETE CANCELLED. ASK THE PARISH COUNCIL WHY.⟧"
Parish council chairman Geoffrey Ambrose-Tull said the decision had been taken "⟦p:g|with enormous regret⟧" after the insurers refused to cover the event. "⟦d:g|It's not about the bouncy castle. It's about the bouncy castle being on a slope,⟧" he said.
One resident, who has helped to run the tombola for 25 years, said the village was "⟦p:r|absolutely livid⟧". Another, a retired teacher, said: "⟦d:o|Sixty years we've had that fete. Sixty. And it's a slope that finishes it.⟧"

### 053
@f Tomás Ferreira-Ruiz | flight director
@l Leilani Kahananui-Berg | the mission's lead scientist
@n Northern Space Agency | The agency
@e - | one engineer at the control centre
The Northern Space Agency has lost contact with its Heron-2 lunar lander, hours after it was due to touch down near the Moon's south pole.
“⟦d:f|We had good telemetry all the way down to about 400 metres. Then we had nothing,⟧” flight director Tomás Ferreira-Ruiz told a news conference at the agency's control centre in Vaskby. “⟦d:f|I'm not going to speculate about what happened in those last seconds. We will find out.⟧”
Asked by a reporter whether the mission had failed, Dr Leilani Kahananui-Berg, the mission's lead scientist, paused. “⟦d:l|If you're asking whether I'm disappointed, yes. Desperately,⟧” she said. “⟦d:l|If you're asking whether we learned nothing, absolutely not. We learned an enormous amount. Just not the thing we wanted to learn.⟧”
The agency said in a statement that engineers would “⟦p:n|continue attempts to re-establish contact for at least 72 hours⟧”.
According to one engineer at the control centre, who was not authorised to speak publicly, the mood in the room was “⟦p:e|like a funeral where nobody's sure yet who died⟧”.
The lander, which cost 310 million euros, carried a drill designed to search for water ice in permanently shadowed craters.

### 054
@a Pauline Tshabalala-Moss | Brackwater Town's kit manager for 31 years
@v Vic | Her husband
@q - | -
@j Jordan Ekwueme-Hart | Club captain
Pauline Tshabalala-Moss, Brackwater Town's kit manager for 31 years, has washed, by her own estimate, 1.2 million pairs of football socks. She has seen four relegations, three promotions, 19 managers and one fire.
"⟦d:a|The fire was the worst,⟧" she says. "⟦d:a|Not because of the kit. The kit was insured. Because of the photographs. Thirty years of team photographs on the wall of the laundry, gone in an afternoon.⟧"
Her husband, Vic, drives the team bus, and has done for 24 years. The two met, she says, when he reversed it into her car.
"⟦d:v|She came out of the ground screaming at me,⟧" Vic recalls. "⟦d:v|I thought, that's the woman for me. She thought, that's the man who owes me a wing mirror.⟧"
"⟦d:q|And did he pay for it?⟧" I ask.
"⟦d:a|He's still paying for it,⟧" she says.
The players adore her. Club captain Jordan Ekwueme-Hart, who came through the youth team, calls her "⟦s:-|Mum Two⟧". "⟦d:j|When I was 16 and homesick she used to put a chocolate bar in my boot bag every Saturday. Every Saturday. I'm 29 and she still does it,⟧" he says.
Tshabalala-Moss says she has no plans to retire. "⟦d:a:m|What would I do? Sit at home? Vic's at the club, my friends are at the club. Half the lads I washed kit for are coaching the kids now.⟧
"⟦d:a|They'll carry me out of that laundry. And they'd better fold me properly.⟧"

### 055
@a Winston Ofori-Mensah | -
@c Chloe Marsh-Ng | the student who posted it
@w Abena | His wife
@s Stenhaven Citylink | -
@k - | a spokesman
@r - | One regular passenger
For eleven years, passengers on the number 9 bus through Stenhaven's eastern estates have been serenaded. Winston Ofori-Mensah, 58, sings to them: gospel on Sundays, soul on weekdays and, on the last bus on Friday nights, what he describes as "⟦p:a|slow songs for tired people⟧".
Last week a passenger filmed him singing to a woman who had just been told, over the phone, that her father had died. The video has been watched more than four million times.
Chloe Marsh-Ng, the student who posted it, wrote underneath: "⟦d:c|I don't know who this man is but he stopped the bus, came back to her seat and sang until she stopped crying. Then he drove on like nothing happened.⟧"
Mr Ofori-Mensah is embarrassed by the attention. "⟦d:a|I didn't do anything special. She was sad and I had a song. What else am I going to do, drive faster?⟧" he said.
"⟦d:a:m|My mother sang to everybody. The postman, the man who read the meter, the priest. I thought all mothers did it until I went to school.⟧
"⟦d:a|So when somebody is crying on my bus, I sing. It's not a decision. It's just what comes out.⟧"
His wife, Abena, said the family had "⟦p:w|always known he was a bit mad⟧". "⟦d:w|Now the whole world knows. He's unbearable,⟧" she said, laughing.
Stenhaven Citylink, which operates the route, said it was "⟦p:s|incredibly proud⟧" of him. "⟦d:k|Winston reminds us that a bus is more than a way of getting from A to B,⟧" a spokesman said.
The woman in the video has not been identified. One regular passenger, who gets on at Carr Lane every morning, said: "⟦d:r|He sang 'Happy Birthday' to me in March. I hadn't told him it was my birthday. I still don't know how he knew.⟧"

### 056
@a Baek Ji-hoon | the 49-year-old director
@s Seo Min-ah | Its star
@f Annelies Verhoeven-Dijk | The festival's director
Baek Ji-hoon does not like to talk about his films. He would rather, he says through an interpreter, talk about the weather, or football, or his cat, who appears in all of them.
“⟦d:a|The cat is the only actor who never asks me what the scene means,⟧” the 49-year-old director says. “⟦d:a|I respect that very much.⟧”
His new film, “⟦s:-|The Ferry at Dusk⟧”, which premiered at the Vaskby International Film Festival on Tuesday, follows a widowed ferry captain through a single day on an island off the south coast. It received a nine-minute standing ovation.
Its star, Seo Min-ah, spoke partly in English and partly in Korean. “⟦d:s|감독님은 한 번도 화를 내지 않았어요,⟧” she said, before her interpreter translated: “⟦d:s|The director never got angry once.⟧” Then she added in English, grinning: “⟦d:s|He just sighed. Very, very quietly. It's worse.⟧”
Baek, told of this, sighs, very quietly. “⟦d:a|She is right. It is worse. I learned it from my father.⟧”
The festival's director, Annelies Verhoeven-Dijk, called the film “⟦p:f|the quietest masterpiece we have shown in years⟧”. “⟦d:f|You could hear people breathing in that cinema,⟧” she said. “⟦d:f|Nobody checked a phone for two hours. That doesn't happen any more.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh52.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh52",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
