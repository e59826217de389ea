# ruff: noqa: E501
"""Build ``quotes_fresh81.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch or breakfast with a first-person reporter who asks
questions, Q&A transcripts (questions in bold or turns marked by initials or first
names), podcast and radio interviews and phone-ins, sports and arts interviews,
post-match press conferences, and human-interest stories about families in which
several relatives of the same gender speak and are called by their first names.
The copy imitates varied outlets: wire, broadsheet, tabloid, local paper, magazine
and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh81-NNN``.

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
  it (``Emeka's sister, Adaora, a music therapist``): the appositive is the
  description. A title or relational phrase before the name alone (``Presenter …``,
  ``His son, Rhodri``, ``fiance Jordan Pryce``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 26-year-old``,
  ``the instructor``, ``his father said``, ``her husband said``), that description is
  taken; so is an appositive given at the speaker's first quote when the first mention
  had none (``Tomás, a schoolteacher in Temuco, said …``).
* A non-restrictive relative clause after an appositive (``a grandmaster from Turku,
  who has worked with her …``) is not part of the description; a restrictive one is.
* Fragments quoted from unidentified reviews or press coverage are ``partial`` with a
  null speaker; where the passage gives an unnamed source (``one reviewer called it``,
  ``one critic``) that phrase is the description; where the passage later identifies
  whose words they were, that person is the speaker.
* Questions and remarks by a first-person writer (``I ask``) are ``direct`` with
  speaker and description null; a named host's or interviewer's questions are that
  person's speech; a question from ``a reporter`` or ``one journalist`` has that phrase
  as description.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is; a quote paragraph without a cue that continues the previous
  speaker's account belongs to that speaker.
* Q&A pieces with the questions in bold (``**…**``) or with turns marked by initials or
  first names are transcripts. Inside them, words the interviewee attributes to a
  relative or acquaintance who is not named (``my dad``, ``my senior partner``,
  ``a casting director``) have a null speaker and that phrase as the description; the
  interviewee's own earlier words quoted in an answer are the interviewee's speech.
* A family speaking collectively in a statement (``the McTavish family said``) is
  treated like an organisation: it is the speaker.
* A one-word answer given in quotation marks through an interpreter (``which the
  interpreter gave as “Always”``) is a complete utterance, so ``direct``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh81.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh81.jsonl")

PASSAGES = """
### 001
@a Henrietta Osei-Brandt | the chief executive of Kestrel Line
@w - | the waiter
Henrietta Osei-Brandt, the chief executive of Kestrel Line, is already seated when I arrive at Moravia, a fish restaurant wedged between two chandlers on the Tollgate quay in Harwick. She has ordered sparkling water for both of us and is reading the menu with the concentration other people reserve for contracts.
“⟦d:a|I always look for the thing they are proudest of. Here it is the brill. It says so in a bigger font,⟧” she says, tapping the card.
Osei-Brandt, 56, has run the container line for nine years, steering it through a pandemic, a canal blockade and what she calls, with a small grimace, “⟦p:a|the year of the fourteen lawsuits⟧”. Kestrel now moves roughly one in twelve boxes between northern Europe and west Africa, a route her father once worked as a ship’s purser.
“⟦d:-|Did he want you to go to sea?⟧” I ask.
“⟦d:a|He wanted me to be a doctor. Every Ghanaian father wants you to be a doctor,⟧” she says, laughing. “⟦d:a|When I told him I was joining a shipping company as a graduate trainee he didn’t speak to me for a week. Then he rang and asked what the salary was.⟧”
The waiter arrives to tell us the brill is finished. “⟦d:w|There was a wedding last night,⟧” he says apologetically. Osei-Brandt takes this with good grace and orders the hake; I follow.
We talk about the industry’s reputation, which she concedes is poor. Shipping, she says, has spent decades being “⟦p:a|invisible on purpose⟧”, happy for consumers not to think about how their trainers reach the shop.
“⟦d:a:m|That worked when nobody cared about emissions. It doesn’t work now. If you burn as much fuel as a medium-sized country, you had better be able to explain yourself.⟧
“⟦d:a|So I explain myself. Constantly. My board thinks I do too many of these lunches.⟧”
“⟦d:-|Do you?⟧”
“⟦d:a|Probably. But the hake is very good.⟧”

### 002
@a Luka Mravinac | the 29-year-old
@b Ana Petek | his coach
@c Jesper Halvorsen | fourth seed
MELBRIDGE, Jan 14 (Northline) - Luka Mravinac was ranked 211th in the world a year ago and spent most of last spring unable to lift a kettle with his right hand. On Tuesday the 29-year-old beat fourth seed Jesper Halvorsen 6-4 3-6 7-6(5) to reach the quarter-finals of the Melbridge Open.
"⟦d:a|I cried in the shower after. I'm not ashamed,⟧" Mravinac told reporters. "⟦d:a|Eleven months ago the doctor said maybe I play again, maybe I coach kids. Both are fine jobs. I'm just happy it's this one.⟧"
The Croatian had surgery on a torn tendon in his wrist last March and returned to the tour in October, playing qualifying events in Tunisia and Portugal.
Asked what had changed, he said: "⟦d:a|Nothing in the tennis. Everything in the head. Before, I played scared to lose. Now I know what losing really is, and it's not a tennis match.⟧"
His coach, Ana Petek, who has worked with him since he was 14, said the hardest part of the rehabilitation had been keeping him off the court. "⟦d:b|He would send me videos of himself hitting balls left-handed,⟧" she said. "⟦d:b|I told him, 'Luka, if you break the other one, I am quitting.'⟧"
Halvorsen, who saved two match points in the second set, was gracious. "⟦d:c|He played the big points better. Simple as that,⟧" the Norwegian said. "⟦d:c|It's nice to see him back. The tour is more fun with Luka on it.⟧"
Mravinac will play either Rui Tavares or Kenji Ogawa on Thursday. He said he would watch a bit of the match and then sleep. "⟦d:a|Sleeping is the one thing I'm ranked first in.⟧"

### 003
@f Femi Adeyemi-Lowe | -
@m - | my mother
@r - | one reviewer
@g - | my grandfather
@e Ruth Calloway | my editor
Femi Adeyemi-Lowe’s third novel, “⟦s:-|The Salt Orchard⟧”, follows four cousins who return to Ibadan for the funeral of an aunt nobody liked. It took him nine years to write. He spoke to Hana Sato at his flat in Deptford; the conversation has been edited for length and clarity.
HS: The book opens with a funeral, and the first line is a joke. Was that deliberate?
FA: Completely. In my family the jokes start before the body is cold. My mother read the first draft and said, “⟦d:m|Femi, you have killed your aunt in chapter one. She will hear about this.⟧” The aunt in question is alive and well in Lagos, by the way. She has not read it.
HS: One reviewer called it “⟦p:r|a comedy wearing a mourning coat⟧”. Is that fair?
FA: I loved that. I put it in my email signature.
HS: Nine years is a long time. Did you ever think about giving up?
FA: Every winter. I remember ringing my editor, Ruth Calloway, and saying, “⟦d:f|Give me one more year,⟧” and she said, “⟦d:e|You said that last year, Femi.⟧” She was right. I said it four years running.
HS: Where does the title come from?
FA: My grandfather, who sold dried fish in Oje market, used to say “⟦d:g|salt keeps, sugar rots⟧” about everything: fish, money, marriages. I didn’t understand it until I was forty.
HS: And now?
FA: Now I think he meant that the things that sting are the things that last. Or he just liked fish. Both are possible.

### 004
@a Bernadette Flynn | the eldest
@b Clodagh Flynn | -
@c Una Flynn | the youngest
@n Nora | their mother
@d Mags Tierney | -
For forty-one years the smell of soda bread has drifted out of Flynn's on Chapel Street before most of Ballykeel is awake. Next month the ovens go cold for good, and the three sisters who have run the bakery since their mother died say they are ready.
"⟦d:a|We've been up at half four since 1983. I'd like to see what half seven looks like,⟧" said Bernadette Flynn, 68, the eldest.
Clodagh Flynn, 65, does the books and, by her sisters' account, most of the talking. "⟦d:b|Bernadette does the bread, Una does the cakes, and I do the worrying. Somebody has to,⟧" she said.
Una Flynn, 61, the youngest, started in the shop at 16 on a Saturday job and never left. She remembers their mother, Nora, warning her that a Saturday job was "⟦p:n|how they get you⟧".
"⟦d:c|She was right,⟧" Una said. "⟦d:c|Forty-five years of Saturdays.⟧"
Asked who makes the best scone, the three answered at once.
"⟦d:a|Me,⟧" said Bernadette.
"⟦d:b|Una,⟧" said Clodagh.
"⟦d:c|Mammy did,⟧" said Una, and the other two didn't argue.
Mags Tierney, who has bought a batch loaf there every Friday since she was married, said Chapel Street would not be the same. "⟦d:d|Where am I going to get my gossip now?⟧" she said.

### 005
@h Dev Raman | host
@t Tove Lindqvist | the former astronaut
@c Nordic Space Consortium | -
Tove Lindqvist has been to space twice and back to Earth, she says, “⟦p:t|about four hundred times⟧” - once for every school hall she has spoken in since she retired.
On this week’s episode of “⟦s:-|Far Side⟧”, the science podcast from Radio Nordvik, the former astronaut told host Dev Raman that the hardest part of the job was not the launch but the return.
“⟦d:t|Your body forgets what a cup is for,⟧” she said. “⟦d:t|For the first week I kept letting go of things in mid-air and being very surprised when they fell.⟧”
Raman asked whether she had been afraid. “⟦d:h|Everyone says they weren’t. Were you?⟧”
“⟦d:t:m|Of course. Anyone who says they weren’t is lying or wasn’t paying attention. You are sitting on top of something that is, basically, a very controlled explosion.⟧
“⟦d:t|But the fear is useful. It makes you check the checklist again.⟧”
Lindqvist, 61, left the programme in 2019 after a dispute over what she has called “⟦p:t|a culture of silence⟧” around crew medical data. The Nordic Space Consortium said at the time that it “⟦p:c|rejected the characterisation⟧”.
Asked whether she would go back, she laughed. “⟦d:t|Tomorrow. Send the car.⟧”

### 006
@a Kayleigh Brent | reality star
@b Jordan Pryce | fiance
@c - | a source close to the couple
@d Jade | her younger sister
REALITY star Kayleigh Brent has hit back at trolls who branded her a "⟦s:-|mumfluencer fraud⟧" - and insists her baby bump is "⟦p:a|100 per cent real, babe⟧".
The Love Lagoon favourite, 27, told the Daily Beacon: "⟦d:a|I've had people saying I'm wearing a cushion. A cushion! I've been sick every morning for three months, I wish it was a cushion.⟧"
Kayleigh, who is expecting her first child with fiance Jordan Pryce in the spring, said the comments had left her in tears. "⟦d:a|It's vile. You put your life online and people think they own it,⟧" she said.
Jordan, 30, added: "⟦d:b|She's the strongest person I know. But she's human. Leave her alone.⟧"
A source close to the couple said: "⟦d:c|They're trying to keep their heads down. The baby is all that matters now.⟧"
Her younger sister Jade shared a post backing the star, writing: "⟦d:d|Proud of you sis. Ignore the saddos x⟧"
Kayleigh insisted she won't quit social media. "⟦d:a|Why should I? I've done nothing wrong,⟧" she said. "⟦d:a|If they want me gone they'll have to try harder than that, hun.⟧"

### 007
@g Gwilym Rees | his father
@r Rhodri Rees | his son
@v Eirlys Parry | neighbour
@o Hafren Valley Water Board | -
Gwilym Rees has farmed the land at Pant-y-Gog, near Llanfendigaid, for fifty years. He has never, he says, seen the river do what it did on Sunday night.
“⟦d:g|It came over the bank like somebody had pulled a plug,⟧” he said, standing in a field still under a foot of brown water. “⟦d:g|I’ve seen floods. This wasn’t a flood. This was the river moving house.⟧”
His son, Rhodri, 43, spent the night moving ewes to higher ground by torchlight. “⟦d:r|We lost about sixty. It could have been three hundred,⟧” he said. “⟦d:r|Dad was out there in his slippers at two in the morning. I had to physically put him back in the Land Rover.⟧”
“⟦d:g|They were good slippers,⟧” his father said.
The family are among dozens of farms in the upper valley affected by the flooding. Neighbour Eirlys Parry said the water had reached her kitchen for the first time since she moved there in 1979. “⟦d:v|You build a life around a river and then one night it decides it doesn’t like you,⟧” she said.
The Hafren Valley Water Board said it was “⟦p:o|working closely with landowners⟧” and that a review of flood defences on the upper river would be published in the spring.
Rhodri Rees is not impressed. The board, he said, had been reviewing the defences since he was in school. “⟦d:r|Reviews don’t stop water.⟧”

### 008
@a Élodie Marchetti-Roux | the music director of the Orchestre des Rives
@b Matthias Gerber | the orchestra's principal cellist
Élodie Marchetti-Roux, the music director of the Orchestre des Rives, does not own a baton. She lost her last one, she says, «⟦p:a|somewhere between Basel and a very bad hotel⟧» in 2014, and never replaced it.
«⟦d:a|Hands are enough. Hands and eyes. A stick is for people who are afraid the musicians won't look at them,⟧» she tells me over coffee at the Café du Port, a few steps from the rehearsal hall.
Marchetti-Roux, 47, takes the orchestra to Vienna next month for the first time in its sixty-year history, with a programme built around the rarely performed Second Symphony of Ottilie Brand. I ask why Brand, and why now. «⟦d:-|Why not Brahms?⟧»
«⟦d:a|Because everyone brings Brahms to Vienna. It is like bringing sand to the beach,⟧» she says. «⟦d:a|Brand was Viennese, she was played there twice, and then she was forgotten for a hundred years. I want to take her home.⟧»
The musicians appear to be with her. Matthias Gerber, the orchestra's principal cellist, said the first rehearsals of the symphony had been «⟦p:b|a shock, in the good sense⟧».
«⟦d:b|We opened the parts and thought, who is this woman? Why did nobody tell us?⟧» he said.
Marchetti-Roux shrugs when I relay this. «⟦d:a|Because nobody asked.⟧»
Her contract runs until 2027. Will she stay beyond it? «⟦d:a|On verra,⟧» she says, and then, translating for my benefit: «⟦d:a|We will see.⟧»

### 009
@a Kofi Marsh-Adjei | the unbeaten super-middleweight
@b Samuel Marsh-Adjei | his father and trainer
@c Bev Kinsella | promoter
The gym above the tyre shop on Denholm Road has no sign, no website and, for most of January, no heating. Kofi Marsh-Adjei, the unbeaten super-middleweight, likes it that way.
"⟦d:a|If it was comfortable, I'd stay longer and work less. Cold gym, quick sessions. That's the rule,⟧" he says, unwrapping his hands after ten rounds of sparring.
The rule was made by his father and trainer, Samuel Marsh-Adjei, who boxed as an amateur in Kumasi before moving to Leeds in 1994.
"⟦d:b|I had no money for heating, that's the truth of it,⟧" Samuel says, laughing. "⟦d:b|Then I told him it was a method. Now he believes it was a method.⟧"
"⟦d:a|It is a method,⟧" Kofi says from across the room.
Samuel never turned professional. A detached retina ended his career at 23, and he worked nights as a security guard for twenty years while training his son in the afternoons.
"⟦d:b|I don't talk about what I didn't do,⟧" he says when asked about it. "⟦d:b:m|I talk about what he's doing. Every father wants his son to be better than him. Mine just had to be better than a security guard, which was not a high bar.⟧
"⟦d:b|But he passed it. He passed it a long time ago.⟧"
The 24-year-old, 19-0 with 14 knockouts, fights for the vacant European title in March. Promoter Bev Kinsella calls him "⟦p:c|the most complete fighter this country has produced in a decade⟧", though Kofi shrugs that off.
Promoters, he says, say that about everybody. "⟦d:a|Dad says I still drop my left. He's right. He's always right. Don't print that.⟧"

### 010
@p Morwenna Tallis | presenter
@m Arjun Bhattacharya | the leader of Kestwick Borough Council
@l - | one listener
The leader of Kestwick Borough Council has refused four times to say whether the Riverside leisure centre will reopen, in a combative interview on Radio Kestwick's breakfast programme.
Arjun Bhattacharya, the leader of Kestwick Borough Council, told presenter Morwenna Tallis that the authority was “⟦p:m|looking at every option⟧” for the site, which has been closed since part of the roof collapsed in August.
“⟦d:p|That’s not what I asked. Will it reopen, yes or no?⟧” Tallis said.
“⟦d:m|I’m not going to give you a yes or a no on something that depends on a structural survey we haven’t had back,⟧” Bhattacharya replied.
“⟦d:p|So it might not?⟧”
“⟦d:m|It might, it might not. That’s what a survey is for.⟧”
Later Tallis read out a message from one listener, who described herself as “⟦p:l|a 74-year-old who used to swim there every morning⟧”: “⟦d:l|I have been told for six months it is temporary. Temporary is starting to feel permanent.⟧”
Bhattacharya said he understood the frustration. “⟦d:m|I swam there as a kid. I want it open more than anybody,⟧” he said. “⟦d:m|But I’m not going to put people under a roof I can’t guarantee.⟧”

### 011
@y Yusuf Demirci-Hale | chef
@x - | my dad
@s Sunniva Dahl | our head chef
@c - | a customer
Chef Yusuf Demirci-Hale opened Kiln, a forty-cover grill restaurant in a former pottery in Bramford, last spring. Within six months it had a waiting list. We caught up with him between lunch and dinner service.
**You grew up above your parents’ kebab shop. What did that teach you?**
That nobody cares how tired you are. My dad used to say, “⟦d:x|The customer doesn’t eat your excuses.⟧” I was nine. I didn’t know what it meant. I know now.
**Kiln has been called “⟦p:-|the best new restaurant outside London⟧”. Does that put pressure on you?**
I printed it out and hung it in the toilets. It’s the only place nobody can argue with it.
**What’s the dish you would never take off the menu?**
The lamb neck with burnt yoghurt. Our head chef, Sunniva Dahl, tried to take it off once and the regulars nearly rioted. She still says “⟦d:s|it’s too brown to photograph⟧”. She’s right. It’s ugly. It’s also the best thing we make.
**Worst night in the kitchen?**
Opening night. The extractor fan died at seven o’clock and the whole room filled with smoke. A customer walked straight into the kitchen and asked, “⟦d:c|Is something on fire?⟧” I said, “⟦d:y|Only me, mate.⟧” He stayed for dessert.
**What do you cook at home?**
Toast. Honestly. My partner does the cooking at home, and she is much better than me.

### 012
@a Tomás Echeverría | a schoolteacher in Temuco
@b Andrés Vidal | -
@d Lucía | Andrés's wife
@c - | a spokeswoman for Kindred Trace
SANTA ELENA, Chile, March 3 (Northline) - Tomás Echeverría and Andrés Vidal were born eleven minutes apart in a clinic in Valparaíso in 1981 and grew up 1,700 km apart, each without knowing the other existed.
They met for the first time on Saturday, at a bus station café in Santa Elena, after a consumer DNA test flagged a match that Andrés at first took for a scam.
"⟦d:b|I thought it was one of those emails, 'you have won a cruise',⟧" Andrés said. "⟦d:b|Then it said 'identical twin'. I had to sit down on the kitchen floor.⟧"
Tomás, a schoolteacher in Temuco, said the first thing he noticed was their hands. "⟦d:a|He holds a cup exactly like me, with the little finger out. My wife always laughs at me for it. Now I see it on another man and I understand why she laughs.⟧"
Birth records show both boys were registered as single births, one to the family that raised Tomás and one to the Vidals. The brothers say they do not yet know how that happened.
"⟦d:a|We want answers, but not today. Today we just want to eat lunch,⟧" Tomás said.
"⟦d:b|And argue about football. He supports the wrong team. Genetics is not everything,⟧" Andrés added.
Andrés's wife, Lucía, who drove him south from Antofagasta, said the two men had talked for six hours without stopping. "⟦d:d|I have never heard Andrés talk for six hours in twenty years of marriage,⟧" she said.
A spokeswoman for Kindred Trace, the testing company, said: "⟦d:c|We see reunions like this a few times a year, and they never stop being extraordinary.⟧"

### 013
@a Mateus Albuquerque | the founder of the payments start-up Fenda
@b - | his press officer
Mateus Albuquerque, the founder of the payments start-up Fenda, orders for both of us before I have taken off my coat. “⟦d:a|Trust me. The octopus. Anything else here is a mistake,⟧” he says.
We are at Casa Leme, a Portuguese place off Rivington Street that he has been coming to since Fenda was three people and a borrowed desk. He is 34, worth somewhere north of £400m on paper, and dressed like a geography teacher.
“⟦d:-|People say you are difficult to work for,⟧” I say, once the octopus arrives.
“⟦d:a|People are correct,⟧” he says, without looking up. “⟦d:a|I am difficult to work for. I am also the reason there is a company to work for. Both things are true.⟧”
He grew up in Belo Horizonte and describes his father, a bank clerk, as “⟦p:a|the most honest man in Minas Gerais, and the poorest⟧”. Fenda, he says, was built to solve the problem he watched his father fail to solve for thirty years: getting paid on time.
Midway through the main course his press officer, who has spent the lunch at a table by the door, appears at his shoulder. “⟦d:b|Ten minutes,⟧” she says.
“⟦d:a|Fifteen,⟧” Albuquerque replies. She retreats.
“⟦d:-|Does she ever win?⟧” I ask.
“⟦d:a|Always. I just like to negotiate.⟧”

### 014
@a Dariusz Kowalewski | Hallam City manager
@b Callum Okafor | captain
@c - | one journalist
@d Hallam City | -
Hallam City manager Dariusz Kowalewski said he had "⟦p:a|no words left⟧" after his side were beaten 4-0 at home by Carrow Vale, their heaviest league defeat in six years.
Then he found some.
"⟦d:a|Embarrassing. That's the first one. Unacceptable is the second. I can keep going if you want. The fans paid for tickets, they paid for the bus, some of them paid for a babysitter. We gave them nothing,⟧" Kowalewski told reporters.
Sections of the home crowd sang "⟦s:-|You're not fit to wear the shirt⟧" for much of the second half. "⟦d:a|They're right. I'd have sung it too,⟧" the Pole said.
One journalist asked: "⟦d:c|Do you still have the dressing room?⟧"
"⟦d:a|If I didn't, they'd have told me. They're not shy,⟧" Kowalewski said.
Captain Callum Okafor, who was substituted at half-time with a hamstring problem, apologised to supporters. "⟦d:b|That's on the players, not the gaffer,⟧" the 28-year-old said. "⟦d:b|He set us up right. We didn't do the basics. I didn't do the basics.⟧"
He added: "⟦d:b|We'll be in tomorrow morning, and it won't be a nice morning.⟧"
Hallam City said in a statement on Saturday evening that the manager retained "⟦p:d|the full support of the board⟧".

### 015
@a Maryam Haidari | -
@b Noor | her daughter
@c Lesley Armitage | the instructor
When Maryam Haidari arrived in Fenby from Herat six years ago, she had never seen the sea. Last Saturday she swam a length of the Fenby Leisure Centre pool unaided, with her daughter in the next lane.
“⟦d:a|I was shaking. Not from cold,⟧” said Maryam, 47. In Afghanistan, she said, women like her did not swim. “⟦d:a|There was no pool, and if there was a pool, it was not for us.⟧”
Her daughter, Noor, 19, signed them both up for the adult beginners’ class in September after Maryam admitted she was frightened of taking her younger children to the beach.
“⟦d:b|She said, ‘What if one of them goes under and I just stand there?’ That stayed with me,⟧” Noor said. “⟦d:b|So I said, right, we’re both learning. I couldn’t swim either, I just hid it better.⟧”
Lesley Armitage, who has taught the class for eleven years, said the pair had been “⟦p:c|the most stubborn students I’ve ever had, in the best way⟧”.
“⟦d:c|Maryam would stay in until they turned the lights off,⟧” the instructor said. “⟦d:c|Noor would be on the side shouting at her to get out because the bus was leaving.⟧”
Asked what was next, Maryam did not hesitate. “⟦d:a|The sea. In summer. Noor has promised.⟧”
“⟦d:b|I said maybe,⟧” Noor said.

### 016
@i Ingrid Okoye | his widow
@e Emeka Okoye | their son
@d Adaora | a music therapist
@h Hal Brennan | the bassist
Bartholomew Okoye, the pianist whom three generations of Marlow Street musicians knew simply as "⟦s:-|the Professor⟧", has died at his home in Crossgate. He was 88.
His widow, Ingrid Okoye, said he had been playing until the last week of his life. "⟦d:i|He couldn't manage the stairs any more, so we moved the piano into the kitchen,⟧" she said. "⟦d:i|He played while I cooked. I will miss that more than I can say.⟧"
Their son, Emeka Okoye, said his father had been "⟦p:e|a terrible teacher and a wonderful example⟧".
"⟦d:e|He never explained anything. He would just play it again, slower, and look at you over his glasses until you got it,⟧" Emeka said. "⟦d:e|It drove me mad. I'm a software engineer now, which tells you something.⟧"
Emeka's sister, Adaora, a music therapist, disagreed. "⟦d:d|Emeka is being modest. He plays beautifully. He just won't do it in front of Dad's friends,⟧" she said. "⟦d:d|Dad taught both of us. He just taught us different things.⟧"
Hal Brennan, who played bass alongside Okoye at the Lamplighter club for three decades, remembered a musician who "⟦p:h|never once played the same solo twice⟧".
"⟦d:h|People would come back night after night to hear what he'd do to 'Autumn in Marlow'. I asked him once how he remembered it all and he said, 'I don't. That's the point,'⟧" the bassist said.

### 017
@a Olumide Bakare-Finch | -
@b Katrin Øvrebø | the director
Olumide Bakare-Finch is 41, which is, he concedes, “⟦p:a|about thirty years too young⟧” to play King Lear. He is doing it anyway, at the Aldgate Playhouse from next month, in a production that has already sold out its run.
“⟦d:a|Everyone asked me the same question: why now? And my answer is, why wait until I can’t do the storm?⟧” he says, in the rehearsal-room kitchen, eating cereal out of a mug. “⟦d:a|Lear has to carry Cordelia on in the last scene. Most old actors can’t. I can. That’s my pitch.⟧”
The director, Katrin Øvrebø, says the idea was hers. She saw him play Othello in Bristol and decided he would be wasted on young roles. “⟦d:b|He has an old soul and good knees. Rare combination,⟧” she says.
Does he go in for what some of his colleagues call “⟦s:-|the method⟧”? Bakare-Finch snorts. “⟦d:a|I went to Dunkirk once to understand a soldier. I came back understanding Dunkirk. That was the end of my method phase.⟧”
He is more serious about his father, who died two years ago after a long illness.
“⟦d:a:m|I sat with him a lot, at the end. I wasn’t studying him. I want to be very clear about that. But you can’t un-see things.⟧
“⟦d:a:m|There is a moment in the fourth act where Lear wakes up and doesn’t know where he is. My dad did that. He’d look at me and be polite, like I was a nice young doctor.⟧
“⟦d:a|I do that scene every night now. It’s the only bit I don’t rehearse.⟧”

### 018
@a Priscilla Nkemelu | -
@b Ji-woo Han | -
@c Rangi Whakatau | a volcanologist at the University of Tauhara who has spent twenty years watching Mount Rūaumoko
@g - | his grandmother
On the latest episode of "⟦s:-|Loose Rocks⟧", the geology podcast presented by Priscilla Nkemelu and Ji-woo Han, the guest was Dr Rangi Whakatau, a volcanologist at the University of Tauhara who has spent twenty years watching Mount Rūaumoko.
Nkemelu opened with the question listeners most often send in. "⟦d:a|Is it going to blow?⟧"
"⟦d:c|Yes,⟧" Whakatau said. "⟦d:c|The question is whether it's next Tuesday or in four thousand years, and I'd put my money on the second one.⟧"
Han asked what a normal day looked like. "⟦d:c|Honestly? Spreadsheets. People imagine me abseiling into craters. I do that maybe twice a year. The rest of the time I am arguing with a laptop about gas readings,⟧" he said.
"⟦d:b|That's very disappointing,⟧" Han said.
"⟦d:c|It's very disappointing for me too.⟧"
Whakatau, who grew up in a village on the mountain's northern flank, said his grandmother had taught him to think of the volcano as "⟦p:g|a relative who sleeps a lot⟧".
"⟦d:c|She'd say, don't wake him, and don't talk about him like he's not there. I still think that's good science communication, to be honest,⟧" he said.
Nkemelu closed by asking what he would tell someone who lives on the mountain and is scared. "⟦d:c|Make a plan, know your route, and then go and live your life. The mountain's not thinking about you.⟧"

### 019
@a Derek Pilkington | secretary of the Moss Lane Allotment Society
@b Harinder Sandhu | -
@c - | a plotholder who asked not to be named
@d Ashworth Town Council | -
A row over a shed has split the Moss Lane allotments in Ashworth, with one plotholder accusing the committee of running the site “⟦p:b|like a small dictatorship with compost⟧”.
Harinder Sandhu, whose marrows have won the town show three years running, was told last month to take down a shed he built on plot 14 because it is 30cm taller than the rules allow.
“⟦d:b|Thirty centimetres. I’ve measured it myself. It’s a nice shed, everybody said it was a nice shed, and suddenly it’s a crime,⟧” he said.
Derek Pilkington, 74, secretary of the Moss Lane Allotment Society, said the rules had been in place since 1992 and applied to everyone. “⟦d:a|If we let one person go over, we’d have garages up here by Christmas,⟧” he said. “⟦d:a|It’s nothing personal. I like Harinder. I like his marrows.⟧”
Sandhu is not convinced. “⟦d:b|He likes my marrows because he can’t grow them,⟧” he said.
A plotholder who asked not to be named said the dispute had become “⟦p:c|the only thing anyone talks about⟧” on the site. “⟦d:c|People are picking sides. Someone left a note on Derek’s gate. It’s got silly.⟧”
Ashworth Town Council, which owns the land, said it was “⟦p:d|aware of the matter⟧” and hoped it could be “⟦p:d|resolved amicably⟧”.

### 020
@a Danushka Wijeratne | the Ashby Park captain
@b Mark Heseltine | Ashby Park's head coach
ASHBY, England (NorthPress) -- Danushka Wijeratne, the Ashby Park captain, said on Sunday that his side's collapse to 87 all out had been ``⟦p:a|the worst three hours of cricket I have been part of.⟧''
``⟦d:a|We didn't respect the pitch, we didn't respect the bowlers, and they punished us,⟧'' Wijeratne told a news conference. ``⟦d:a|There is no excuse. You don't lose eight wickets for 30 on a pitch like that unless you have stopped thinking.⟧''
The 31-year-old opener, who made four, said he would meet the squad on Monday morning.
``⟦d:a|I'll start with myself. I played a bad shot. I'm the captain, so I have to be the first one to say it,⟧'' he said.
Ashby Park's head coach, Mark Heseltine, was more measured. ``⟦d:b|One bad day doesn't make a bad team,⟧'' he said. ``⟦d:b|But it's been coming. We've been getting away with it for three matches.⟧''
Asked whether there would be changes for Friday's match against Rushworth, Heseltine said: ``⟦d:b|Probably. I'll talk to Danushka first. That's how we do things here.⟧''

### 021
@a Ciarán Doyle | singer
@b Petr Novák | bassist
@c Ade Okunola | drummer
It is 11am in a rehearsal room under a railway arch in Salford, and Halfmoon Parade are arguing about biscuits.
“⟦d:c|Custard creams are a working-class biscuit. Bourbons are for people with conservatories,⟧” says drummer Ade Okunola.
“⟦d:b|That’s not a political position, that’s a cry for help,⟧” says bassist Petr Novák.
Singer Ciarán Doyle, who writes most of the band’s lyrics, sighs and opens a packet of digestives. “⟦d:a|This is what the last ten years have been like. Every day. You can put that on the record.⟧”
Their fourth album, “⟦s:-|Small Hours in a Big Town⟧”, is out next month, and it is the first they have made without a record label.
“⟦d:a|We got dropped on a video call. Eleven minutes. I timed it,⟧” Ciarán says. “⟦d:a|The bloke had a ring light. I remember thinking, you’ve bought a ring light to sack us.⟧”
Petr, who moved to Manchester from Brno at 18 and met the other two at an open-mic night in Levenshulme, says the split was the best thing that could have happened to them. “⟦d:b|Nobody tells us what a single is any more. We just play what we like and see who turns up.⟧”
Who turns up, it transpires, is quite a lot of people: the crowdfunder for the album raised £140,000 in four days.
“⟦d:c|My mum put in fifty quid,⟧” Ade says. “⟦d:c|She wants it back, to be fair.⟧”

### 022
@f Alisdair Fairbairn | the economist
@g Gabriel Mwangi | the housing minister
@l Louisa Fenwick-Obi | your own backbencher
Below is an edited transcript of Sunday’s Hardline interview between Eilidh Kerr and the housing minister, Gabriel Mwangi, days after a review by the economist Alisdair Fairbairn criticised the government’s Starter Homes scheme.
EK: Minister, Professor Fairbairn called your flagship scheme “⟦p:f|a rounding error dressed up as a revolution⟧”. Is he right?
GM: I’d gently say that Alisdair has never built a house. I have great respect for him, but what I’d say to him is, “⟦d:g|Come and see the sites.⟧” Come to Thornbury, come to Hale Common. There are families living in homes that weren’t there two years ago.
EK: In March you told this programme the scheme would deliver “⟦p:g|forty thousand homes by the end of next year⟧”. It has delivered nine thousand.
GM: It has delivered nine thousand so far.
EK: So far, with eleven months to go.
GM: Construction isn’t linear, Eilidh. You know that. The first years are always the slowest.
EK: Your own backbencher, Louisa Fenwick-Obi, said on Friday: “⟦d:l|The minister is living in a show home.⟧” What do you say to her?
GM: Louisa is a friend and she’s entitled to her view. I’d point out that the show homes are very nice.

### 023
@a Zara Mirzoyan | the 12-year-old
@b Anahit Mirzoyan | her grandmother
@c Viktor Salonen | a grandmaster from Turku
@r - | a reporter
Zara Mirzoyan learned to play chess on a board with three missing pawns, which her grandmother replaced with buttons. Six years later the 12-year-old from Eastholme is the youngest player ever to win the national under-18 championship.
"⟦d:a|I still have the buttons. They're in a tin. I'm not allowed to use them in tournaments, obviously,⟧" Zara said.
Her grandmother, Anahit Mirzoyan, who came to Britain from Yerevan in 2003, taught her the moves when Zara was six and off school with chickenpox.
"⟦d:b|She beat me after two weeks. After a month she was bored of me. So I took her to the club on Tuesday nights. Old men, cold tea. She loved it,⟧" Anahit said.
Zara rolled her eyes. "⟦d:a|Grandma says I loved it. I loved the biscuits.⟧"
Her coach, Viktor Salonen, a grandmaster from Turku, who has worked with her for three years, said her calculation was "⟦p:c|frankly a little frightening⟧".
"⟦d:c|She sees four, five moves deeper than adults I coach. But what I like most is that she is not afraid to lose,⟧" he said. "⟦d:c|Most strong juniors are terrified of losing. Zara loses and then asks to play again immediately.⟧"
Asked what she wanted to do next, Zara had a list ready. "⟦d:a|Beat Viktor. Then the world championship. Then maybe be a vet.⟧"
"⟦d:r|In that order?⟧" a reporter asked.
"⟦d:a|Viktor first, definitely,⟧" she said.

### 024
@a Padraig Mulcahy | -
@b Seán Mulcahy | his son
@c Cian | Seán’s son
@d Department of the Marine | -
Three generations of Mulcahys went out on the Máire Bán on Tuesday morning, as they have on most mornings for the past twenty years. It may be one of the last times.
The family’s mackerel quota off Inisbeg has been cut by almost half for next season, and the boat, they say, will not pay for itself on what is left.
“⟦d:a|I started on this boat at fourteen with my own father,⟧” said Padraig Mulcahy, 81, who still goes out in good weather. “⟦d:a|I never thought I’d be the one to see the end of it.⟧”
His son, Seán Mulcahy, 54, has been skipper since 2001 and was blunter. “⟦d:b|We’re being regulated out of existence by people who’ve never been on a boat. I’m not saying the fish don’t need protecting. I’m saying we’re the ones who’ve protected them for a hundred years,⟧” he said.
Seán’s son, Cian, 22, studied marine biology in Galway before coming home to fish, and sees both sides.
“⟦d:c|Dad thinks the scientists are the enemy, and the scientists think Dad is the enemy. I did the degree. They’re both a bit right,⟧” he said.
“⟦d:b|He’s been to college,⟧” Seán said, not entirely joking. “⟦d:b|He’s allowed to be reasonable.⟧”
The Department of the Marine said quota decisions were “⟦p:d|based on the best available scientific advice⟧”.
Padraig had the last word. “⟦d:a|The sea doesn’t care what any of us think. It never did.⟧”

### 025
@a Farah Lindgren | the MP for Coldbrook and Vale
@b - | a woman pushing a pram
@c Tony Baptiste | her constituency agent
Farah Lindgren, the MP for Coldbrook and Vale, walks fast. She walks fast through the market, fast past the bus station and very fast past the offices of the opposition.
“⟦d:a|Old habit. In a kitchen, if you walk slowly, someone walks into you carrying a pan of oil,⟧” she says.
Before politics, Lindgren, 44, spent fifteen years as a chef, the last six running her own place, Salt & Lime, which closed in 2019. She says cooking prepared her for Westminster “⟦p:a|better than any law degree⟧”.
“⟦d:a|You learn to work when you’re tired, to take criticism from people who are rude about it, and to fix a disaster with eleven minutes’ notice. That’s the job. That’s both jobs.⟧”
A woman pushing a pram stops her outside the chemist. “⟦d:b|Are you the one who said you’d sort the buses?⟧”
“⟦d:a|I am. I haven’t yet. I’m trying,⟧” Lindgren says.
“⟦d:b|Try harder, love.⟧”
Her constituency agent, Tony Baptiste, who has worked for three MPs in the seat, says voters respond to her directness. “⟦d:c|She never promises what she can’t do. It drives me up the wall, honestly. It would be much easier if she lied a bit.⟧”
Lindgren laughs when told. “⟦d:a|Tony wants me to lie more. Put that in.⟧”

### 026
@a Hirut Bekele | the two-time world 10,000 metres champion
@b Mercy Chelagat | her long-time rival
@c Adama Striders | her club
ADDIS ABABA, Oct 2 (Northline) - Hirut Bekele, the two-time world 10,000 metres champion, announced her retirement on Wednesday, saying her body had "⟦p:a|sent the letter before I did⟧".
"⟦d:a|I have been running since I was nine, to school and back, 12 kilometres every day. I think my legs have done enough kilometres for one life,⟧" the 33-year-old told a news conference in the capital.
Bekele, who won silver at the last Olympics despite a stress fracture she later said had been "⟦p:a|like running on glass⟧", said she would stay in the sport as a coach.
"⟦d:a|I want to find the girls who are running to school now,⟧" she said. "⟦d:a|Someone found me. It's my turn.⟧"
Her long-time rival, Mercy Chelagat, posted a photograph of the pair embracing after the Olympic final. "⟦d:b|Ten years chasing you. Thank you for making me faster. Enjoy the rest, sister,⟧" Chelagat wrote.
Asked whether there was a race she wished she could run again, Bekele laughed. "⟦d:a|All the ones I lost. Especially the ones to Mercy.⟧"
Her club, Adama Striders, said in a statement that she had been "⟦p:c|an inspiration to a generation⟧" and would join its coaching staff in January.

### 027
@a Jean-Baptiste Kouassi | an independent watchmaker
@b Inès | his daughter
In a workshop the size of a large wardrobe above a bakery in Carouge, Jean-Baptiste Kouassi, an independent watchmaker, spends up to fourteen months on a single watch. He makes about eleven a year.
«⟦d:a|C'est un métier de patience,⟧» he says, and then, in careful English: «⟦d:a|It is a job of patience. Also of bad eyesight.⟧»
Kouassi, 62, was born in Abidjan and trained in the Vallée de Joux in the 1980s, at a time when, he says, a Black apprentice was «⟦p:a|a curiosity, sometimes a problem, rarely a colleague⟧».
«⟦d:a|One master told me I had the hands but not the temperament. I did not know what he meant. I think he did not know either,⟧» he says.
His best-known piece, the «⟦s:-|Lac Noir⟧», a moon-phase watch with a dial cut from a slice of meteorite, has a waiting list of six years.
His daughter, Inès, 29, left a job at a Zurich bank three years ago to join him at the bench. She is, by her father's account, already the better finisher.
«⟦d:b|He says that so I will do all the finishing,⟧» she says. «⟦d:b|It is a strategy.⟧»
I ask Kouassi what happens to the workshop when he stops. He points his tweezers at Inès. «⟦d:a|That is her problem. I intend to die at this bench, at a very old age, in the middle of a complication.⟧»

### 028
@h Gary Lyttle | -
@a Bev | one caller
@b Sunil Varma | a bus driver from Harnley
@c - | another caller
@d Metro North Buses | -
Listeners to Gary Lyttle’s phone-in on Radio Harnley did not hold back on Tuesday over the new Metro North bus timetable, which has cut evening services on six routes.
One caller, who gave her name only as Bev, said she now had to leave her cleaning shift at the hospital twenty minutes early to catch the last bus home. “⟦d:a|Twenty minutes a night, five nights a week. That’s money. Who’s paying me that?⟧” she asked.
“⟦d:h|Have you told your manager?⟧” Lyttle asked.
“⟦d:a|I’ve told everybody, Gary. I’ve told the cat.⟧”
Sunil Varma, a bus driver from Harnley, rang in to defend his colleagues. “⟦d:b|Please don’t shout at the drivers. We didn’t write the timetable. I found out about it the same day you did,⟧” he said.
Another caller said only: “⟦d:c|Bring back the 42.⟧”
In a statement read out at the end of the programme, Metro North Buses said the changes reflected “⟦p:d|passenger numbers since the pandemic⟧” and would be reviewed in six months.
“⟦d:h|Six months. Bev’s going to be very tired by then,⟧” Lyttle said.

### 029
@a Harold Penhaligon | -
@b Jenna | his granddaughter
Harold Penhaligon was 18 when his ship was torpedoed in the North Atlantic in February 1943. He spent nine hours in the water before a Norwegian trawler picked him up. On Saturday, at 99, he will lay a wreath in Falmouth for what he says is the last time.
"⟦d:a|I say the last time every year,⟧" he says, in the front room of his bungalow in Penryn. "⟦d:a|This time I mean it. Probably.⟧"
"⟦d:a:m|People ask what I remember. I remember the cold. Not the explosion, not the noise, the cold. You stop feeling your hands and then you stop feeling the fear, which is worse.⟧
"⟦d:a:m|There was a boy next to me called Alfie, from Bootle. He kept saying, 'They'll come, they'll come.' Over and over. About the fourth hour he stopped saying it.⟧
"⟦d:a|I've said it for him ever since. Every time I'm waiting for anything. Buses. Results. They'll come.⟧"
His granddaughter, Jenna, who drives him to the ceremony each year, said she had heard the story of Alfie for the first time only two years ago. "⟦d:b|He'd told us everything else. Not that,⟧" she said. "⟦d:b|I think he was waiting until he was sure he could get through it.⟧"
Penhaligon waved this away. "⟦d:a|I was waiting until somebody asked properly,⟧" he said.

### 030
@a Liam Doherty | the elder of the two
@b Eamon Doherty | -
@c Frank Doherty | their father
For thirty years the Doherty brothers ran the Anchor on Quay Street together. Now they are not speaking, the pub is shut, and the only thing either will say about the other is that he started it.
"⟦d:a|I'm not the one who changed the locks,⟧" said Liam Doherty, 52, the elder of the two.
Eamon Doherty, 49, insists the locks were changed "⟦p:b|for insurance reasons⟧". "⟦d:b|He knows that. He's had the letter. He just likes being the victim,⟧" he said.
The dispute began last spring, when Eamon proposed selling the Anchor to a developer. Liam wanted to keep it a pub. Their father, Frank Doherty, 80, who bought the lease in 1979, says he has given up trying to mediate.
"⟦d:c|I've had them both round for Sunday dinner, separately. Two roasts a week. I'm too old for two roasts a week,⟧" Frank said.
"⟦d:c|They were the same as kids. You'd give them one bike and end up with no bike and two black eyes.⟧"
Asked whether the pub would ever reopen, Liam said: "⟦d:a|Not while he's got the keys.⟧"
Eamon, told of his brother's remark, laughed for the first time in the interview. "⟦d:b|He's welcome to a set. He just has to ask.⟧"

### 031
@a Huang Xiaoling | the designer behind the label Ninth Moon
@c - | one critic
@b Huang Xiaoyu | her younger sister and business partner
Huang Xiaoling, the designer behind the label Ninth Moon, has chosen a noodle bar in Spitalfields with eight stools and no menu. “⟦d:a|They bring you what they have. It is the only restaurant in London where I don’t have to make a decision,⟧” she says.
Huang, 39, makes perhaps four hundred decisions a day. Ninth Moon, which she founded in Shanghai in 2012 and moved to London in 2017, is known for what one critic called “⟦p:c|tailoring with a sense of humour⟧”: coats with pockets in the wrong places, trousers that button at the ankle.
“⟦d:-|Is the humour deliberate?⟧” I ask.
“⟦d:a|Everything is deliberate. Even the mistakes. Especially the mistakes,⟧” she says.
Her younger sister and business partner, Huang Xiaoyu, who runs the commercial side, joins us halfway through the noodles, apologising for a delayed train.
“⟦d:b|She designs, I count,⟧” Xiaoyu says, stealing a dumpling from her sister’s bowl. “⟦d:b|If you ask her how many coats we sold last year, she will say ‘some’.⟧”
“⟦d:a|Some is correct,⟧” Xiaoling says.
“⟦d:b|It was eleven thousand.⟧”
The sisters grew up in a two-room flat in Hangzhou, where their mother ran a tailoring stall. Xiaoling credits her with “⟦p:a|everything, including the bad temper⟧”.

### 032
@a Shona MacAulay | the 26-year-old
@b Douglas Frew | the trainer
Shona MacAulay had never ridden at Aintree before Saturday. By 4.20pm she had won its most famous race.
"⟦d:a|I don't think it's landed yet. Ask me on Wednesday,⟧" the 26-year-old said in the winner's enclosure, still in her silks and with mud drying on her face. "⟦d:a|I just kept saying to him, 'Keep going, pal, keep going,' and he did.⟧"
MacAulay, from Tain in the Highlands, got the ride on Glen Orrin only on Thursday, after the horse's regular jockey broke a collarbone in a fall at Wetherby.
Douglas Frew, who trains Glen Orrin at his yard in Lambourn, said he had "⟦p:b|no hesitation at all⟧" in booking her. "⟦d:b|She's been riding out for me for three years. She knows the horse better than anyone except the lad who mucks him out,⟧" the trainer said.
"⟦d:b|People will say she was lucky. She wasn't lucky. She was ready, and that's different.⟧"
Asked how she would celebrate, MacAulay grinned. "⟦d:a|Sleep. Then phone my mum. Actually, phone my mum first, or I'm in trouble.⟧"

### 033
@a Consuelo Ibarra | the 79-year-old painter
@c Gordon Slate | then the art critic of the Evening Courier
@b Aled Humphreys | the Fenwick Gallery’s senior curator
Consuelo Ibarra has kept every bad review she has ever had in a shoebox under her bed. The worst of them, from 1978, dismissed her first London show as “⟦p:c|wallpaper with ambitions⟧”.
“⟦d:a|I read it every year on my birthday. It keeps me humble and it keeps me angry, and at my age you need both,⟧” the 79-year-old painter says.
The review was written by Gordon Slate, then the art critic of the Evening Courier, who died in 2009. Ibarra outlived him, and next week opens a retrospective of sixty years of work at the Fenwick Gallery, the largest ever given to a living Chilean-born artist in Britain.
The Fenwick Gallery’s senior curator, Aled Humphreys, says the show has been eight years in the making. “⟦d:b|Consuelo is the most difficult artist I’ve ever worked with, and I say that with enormous love,⟧” he says. “⟦d:b|She rehung one room four times. The fourth time she put everything back exactly where it was the first time and said, ‘Now it’s right.’⟧”
Ibarra shrugs. “⟦d:a|The first time it was right by accident. The fourth time it was right on purpose. It is not the same thing.⟧”
Does she forgive Slate? She considers the question for a long time. “⟦d:a|I forgive him for being wrong. I don’t forgive him for being boring.⟧”

### 034
@p - | my senior partner
@h Karim | my husband
This is an edited excerpt from episode 112 of “⟦s:-|Second Acts⟧”, in which Marcus Delacroix-Webb talks to people who changed careers after fifty. This week: Nadia Rahimi, who left a partnership in tax law to keep bees.
MARCUS: So, the obvious question. Why bees?
NADIA: Because they don’t send invoices. No, honestly, I’d been at the firm twenty-six years and one Tuesday I just sat in the car park and couldn’t go in. My senior partner at the time rang me and said, “⟦d:p|Nadia, you’re having a breakdown. Take a fortnight in Portugal.⟧” So I took the fortnight. I came back and resigned.
MARCUS: Were you having a breakdown?
NADIA: Probably a small one. A tasteful one. I’m a lawyer, I don’t do anything messily.
MARCUS: And how did your family take it?
NADIA: My husband, Karim, was wonderful. His exact words were “⟦d:h|How much does a bee cost?⟧”, which I took as support. My daughter designed the labels. They say “⟦s:-|Small Batch, Big Opinions⟧” on them, which she claims is about the honey.
MARCUS: Is it?
NADIA: It is not about the honey.

### 035
@a Caroline Whitfield | -
@d Daniel Oyelaran | a paramedic in Croydon
@b Patricia Oyelaran | his adoptive mother
For 38 years Caroline Whitfield sent a birthday card to an address she was not allowed to have. She wrote one every 14 March, sealed it, and put it in a drawer.
Last month she handed all 38 cards to the son she gave up for adoption as a 20-year-old student - with the woman who raised him sitting beside her.
"⟦d:a|I didn't know if he'd want them. I didn't know if he'd want me. I thought, if he says no, at least the cards will have gone somewhere,⟧" Caroline said.
Daniel Oyelaran, a paramedic in Croydon, traced his birth mother through an adoption charity last year. His adoptive mother, Patricia Oyelaran, 71, encouraged him to search.
"⟦d:b|Some people thought I'd be hurt. Why would I be hurt? There is no such thing as too many people loving your child,⟧" Patricia said.
The two women met for the first time in a café in Purley in June. Daniel says they talked so much he "⟦p:d|could have gone home and nobody would have noticed⟧".
"⟦d:d|They've got the same laugh. It's terrifying,⟧" he said.
Caroline said she and Patricia now speak most weeks. "⟦d:a|She sends me photos of him as a little boy. All the years I missed. She doesn't have to do that,⟧" she said.
"⟦d:b|Of course I do,⟧" Patricia said. "⟦d:b|They're your years too.⟧"

### 036
@a Joan Fairweather | -
@b Milo | a year 3 pupil
@c Ayesha | -
@d Simon Achterberg | head teacher
Joan Fairweather has stopped traffic outside Hillside Primary School in Brackley End for forty years, in sleet, in heatwaves and, on one memorable morning in 1991, in a snowstorm that closed every other school in the county.
“⟦d:a|We were open, so I was out. Simple as that,⟧” said Mrs Fairweather, 74, who hangs up her lollipop for the last time on Friday.
She reckons she has seen about three thousand children across the road, and now some of their grandchildren. “⟦d:a|I get mums saying, ‘You used to shout at me.’ I tell them I still would if they ran out like that,⟧” she said.
Pupils have made her a card the size of a door. “⟦d:b|She knows everybody’s name. Even the dogs,⟧” said Milo, eight, a year 3 pupil.
“⟦d:c|She gives you a sweet on your birthday but you can’t tell anyone,⟧” said Ayesha, ten, before realising what she had done.
Head teacher Simon Achterberg said she had been “⟦p:d|part of the furniture, the best bit of the furniture⟧”. “⟦d:d|Parents keep asking who replaces her. The honest answer is nobody does,⟧” he said.
Mrs Fairweather says she will miss the children but not the weather. “⟦d:a|I’m going to stay in bed until nine. I’ve earned it.⟧”

### 037
@a Amara Lindholm | professor of ice physics at Calder University
@b Jonah Feldman | -
The first thing Amara Lindholm, professor of ice physics at Calder University, shows me in her lab is a freezer. The second is another freezer. There are eleven.
"⟦d:a|Every one of these has a name. That one is Gerald. Don't ask,⟧" she says.
Inside are ice cores drilled from the Antarctic plateau, some of them 600,000 years old. Lindholm, 52, has been on seven drilling expeditions, the first when she was a doctoral student.
"⟦d:a|You hold a piece of ice that fell as snow before there were humans, and then you put it in a machine and grind it up,⟧" she says. "⟦d:a|It does feel a little bit like vandalism. Very useful vandalism.⟧"
I ask if she is ever frightened by what the ice tells her about the future.
"⟦d:a|Frightened, no. Angry, often,⟧" she says. "⟦d:a|We've known most of this since the 1980s. The ice hasn't changed its story. We just stopped listening to it.⟧"
Jonah Feldman, who did his doctorate under her and now runs his own lab in Oslo, says she is "⟦p:b|the only scientist I know who apologises to her samples⟧".
"⟦d:b|It's true. She says 'sorry' before she cuts them. Under her breath. I thought it was a joke for the whole first year,⟧" he says.
Lindholm does not deny it. "⟦d:a|They've waited a very long time to be asked anything. Manners cost nothing.⟧"

### 038
@a Tegan Nwosu | the wife of Rovers striker Obi Nwosu
@b - | a pal
@c Obi Nwosu | Rovers striker
TEGAN Nwosu, the wife of Rovers striker Obi Nwosu, has opened up about the "⟦p:a|five years of hell⟧" the couple went through trying for a baby.
The former air stewardess, 31, told the Sunday Herald: "⟦d:a|People see the cars and the holidays and think we've got a perfect life. We've had five rounds of IVF. I've cried in every airport lounge in Europe.⟧"
She said Obi had been her "⟦p:a|rock⟧" throughout. "⟦d:a|He'd score on a Saturday and be at the clinic with me on Monday morning holding my hand. Nobody knew.⟧"
A pal said: "⟦d:b|Tegan's been so brave. She wanted to speak out because so many women go through it in silence.⟧"
Obi, 29, posted a picture of the couple on Instagram with the caption: "⟦d:c|Proudest of you every single day. My queen.⟧"
Tegan added: "⟦d:a|We haven't given up. I want people to know it's OK not to be OK, even when you look like you've got everything.⟧"

### 039
@a Dilnoza Yusupova | -
@b Rosamund Hale | her translator
@c - | one audience member
Dilnoza Yusupova does not speak English, or not in public. At the Harrowgate Literary Festival on Saturday she answered every question in Uzbek, through an interpreter, and the answers were still the funniest of the weekend.
Asked why she writes about her grandmother’s kitchen so often, she spoke for some time before the interpreter, laughing, relayed: “⟦d:a|Because it was the only room in the house where the men did not come. Everything important I learned, I learned there, next to the onions.⟧”
Yusupova, 58, spent nine years unable to publish at home. Her collection “⟦s:-|Salt on the Threshold⟧” was shortlisted for the Mercer Prize in the spring in an English translation.
Her translator, Rosamund Hale, said the hardest poems to carry across were the shortest. “⟦d:b|In Uzbek there is a word for the particular silence after a guest leaves. In English we need a whole sentence, and the sentence ruins the silence,⟧” she said.
Towards the end, one audience member asked whether she would ever go back to Tashkent. “⟦d:c|Do you miss it?⟧”
Yusupova answered in one word, which the interpreter gave as “⟦d:a|Always⟧”. Then she added, through him: “⟦d:a|But I carry it. It is not heavy.⟧”

### 040
@a Lorna McTavish | the eldest of the three sisters
@h Joel Amankwah | the journalist
@b Kirsty McTavish | the youngest
@c - | a spokesperson for Grampian Coast Police
@d McTavish family | -
Isla McTavish walked out of a pub in Stonehaven on a Friday night in November 2004 and was never seen again. Twenty years on, her sisters say a new podcast has done in six weeks what the investigation could not do in two decades: get people talking.
“⟦d:a|We’ve had more calls since episode three than in the last ten years put together,⟧” said Lorna McTavish, the eldest of the three sisters. “⟦d:a|Most of them are nothing. But one of them might be something.⟧”
The series, “⟦s:-|The Harbour Road⟧”, presented by the journalist Joel Amankwah, has been downloaded more than two million times.
Amankwah said he had been wary of “⟦p:h|turning a family’s worst night into entertainment⟧”. “⟦d:h|I told Lorna and Kirsty at the start: if at any point you want me to stop, I stop. They never asked,⟧” he said.
Kirsty McTavish, the youngest, was 14 when Isla disappeared. “⟦d:b|I grew up as the sister of the missing girl. That was my whole identity at school,⟧” she said. “⟦d:b|Lorna dealt with the police. I dealt with the playground.⟧”
A spokesperson for Grampian Coast Police said the case “⟦p:c|remains open⟧” and that information passed on by listeners was being assessed.
In a statement, the McTavish family said: “⟦d:d|We don’t need a culprit. We need Isla home, whatever that means now.⟧”

### 041
@a Torquil Henderson | the last principal keeper of the Skerrinish light
@b Morag | his wife of sixty years
Torquil Henderson, the last principal keeper of the Skerrinish light, still wakes at 3.50am. For thirty-one years that was when he climbed the tower to check the lamp. The light was automated in 1998, but his body, he says, “⟦p:a|never got the memo⟧”.
“⟦d:a:m|You don’t stop. I lie there and I think, the lamp, the lamp, and then I remember there isn’t a lamp any more, not one that needs me, and I go and make tea.⟧
“⟦d:a:m|People think it was lonely. It wasn’t lonely. There were three of us, and the birds, and the ships. You knew every ship. You knew the sound of their engines. You’d say, that’s the Hebridean Star, she’s late, the cook will be in a mood.⟧
“⟦d:a|Lonely is now. Lonely is a bungalow in Oban with a television.⟧”
His wife of sixty years, Morag, looks up from her crossword. “⟦d:b|He has me,⟧” she says.
“⟦d:a|I have you,⟧” he concedes. “⟦d:a|And the television.⟧”
The couple raised three children on the rock, sending them to the mainland for school during the week.
“⟦d:b|Every Friday I put them on the supply boat and every Friday I thought, this is the week one of them goes over the side. None of them ever did. I still don’t know how,⟧” Morag says.

### 042
@a DeShawn Mercer | the Harbor City Gulls' first-round pick
@b Lorraine Mercer | his mother
@c Rick Tomasetti | Gulls coach
HARBOR CITY - DeShawn Mercer, the Harbor City Gulls' first-round pick, scored 31 points in his first professional start Tuesday night, and the first thing he did afterward was look for his mother.
"⟦d:a|She's been at every game since I was seven. Every single one. She was at games where I scored zero. She was louder at those ones,⟧" the 19-year-old said.
His mother, Lorraine Mercer, sat three rows behind the bench in a replica jersey she had bought that morning. For years Lorraine worked double shifts as a nurse to pay for his summer camps.
"⟦d:b|I paid $140 for this jersey. He's going to pay me back,⟧" she said, laughing. "⟦d:b|No, I'm just proud. I'm just so proud of him.⟧"
Gulls coach Rick Tomasetti said Mercer played "⟦p:c|like a guy who's been here five years⟧".
"⟦d:c|He doesn't rush. Rookies rush. He lets the game come to him, which, frankly, I can't teach,⟧" Tomasetti said.
Asked what his mother had told him before the game, Mercer smiled. "⟦d:a|She told me to tuck my shirt in. That's it. That's the whole speech.⟧"
"⟦d:b|It worked, didn't it?⟧" Lorraine said.

### 043
@d - | my dad
@t Achebe | my drama teacher
@c - | a casting director
The Questionnaire: Rashida Baines, actor, 46
**What is your earliest memory?**
Being sick on the ferry to Calais and my dad saying, “⟦d:d|Well, that’s France.⟧”
**What is your greatest fear?**
Forgetting my lines on stage, which I have done, twice.
**Which living person do you most admire?**
My drama teacher, Mr Achebe. He told me when I was 15 that I was “⟦p:t|too loud for radio and too honest for television⟧”. I have spent thirty years proving him right.
**What is your most treasured possession?**
A programme from my first play, “⟦s:-|A Lantern in Kilburn⟧”, signed by the whole cast.
**What would you change about yourself?**
My laugh. People on trains turn round.
**What is the worst thing anyone has said to you?**
A casting director once told me, “⟦d:c|You’re very good, but you’re not the type.⟧” I still don’t know what the type is.
**How would you like to be remembered?**
As someone who was on time. I never am.

### 044
@a Henrik Solberg | -
@b Anders Solberg | his younger brother
@c Ang Tshering | the pilot who flew the rescue mission
KATHMANDU, May 19 (Northline) - A Norwegian climber who spent two nights alone in a crevasse on Mount Khumbila said on Sunday he had survived by "⟦p:a|arguing with myself out loud⟧" until rescuers reached him.
Henrik Solberg, 34, fell into the crevasse at about 6,100 metres on Thursday while descending with his younger brother, Anders, who raised the alarm by satellite phone.
"⟦d:a|I talked the whole time. I talked about football, about my exams at school, about a girl I liked when I was 15. If I stopped talking I think I would have stopped,⟧" Solberg told reporters at a hospital in Kathmandu, where he is being treated for frostbite.
Anders Solberg, 31, said the hardest part had been leaving. "⟦d:b|I could hear him but I could not reach him. I had to walk away from my brother to get help. That is the worst thing I have ever done, and also the right thing,⟧" he said.
Ang Tshering, the pilot who flew the rescue mission, said conditions had been "⟦p:c|at the limit⟧". "⟦d:c|We had maybe twenty minutes of good weather. We used nineteen,⟧" he said.
Henrik said he would climb again. "⟦d:a|Not this year. My mother has made that very clear.⟧"

### 045
@a Augustin Mbatha | the saxophonist
@b Nomvula | his daughter
Augustin Mbatha, the saxophonist, is 72 and has just come off a forty-date tour. He does not look tired. He looks, if anything, bored.
``⟦d:a|Tours are easy. You play, you sleep, you eat bad sandwiches. It's the days off that kill you,⟧'' he says. ``⟦d:a|On a day off I have to be a person. I'm not very good at being a person.⟧''
He left Durban in 1976 with a borrowed horn and, he says, ``⟦p:a|about eleven English words, four of them rude⟧''.
I ask about ``⟦s:-|Township Sunday⟧'', the 1983 record that made his name and that he has refused to play live since 1990.
``⟦d:a|Because I was a different man. That man was angry and he was right to be angry. I'm still angry, but I'm tired as well, and you can't play that record tired,⟧'' he says.
His daughter, Nomvula, who has managed his tours since 2009, puts it differently. ``⟦d:b|He's scared of it. He'll never tell you that. He thinks if he plays it badly, it stops being true,⟧'' she says.
Mbatha considers this for a while. ``⟦d:a|She's very clever, my daughter. Too clever. Ask me again next year.⟧''

### 046
@a Henrique Sarmento | the mayor of Almar
@b Beatriz Fontes | presenter
@c - | a resident who has run a grill stall at the festival for twenty-two years
The mayor of Almar, Henrique Sarmento, has defended the town's decision to cancel this summer's sardine festival, telling Rádio Costa's morning show that the event had become «⟦p:a|a victim of its own success⟧».
«⟦d:a|Forty thousand people in a town of six thousand. The streets were full of broken glass, the drains overflowed, the fire brigade could not get through. I will not wait for someone to die,⟧» Sarmento said.
Presenter Beatriz Fontes put it to him that many local businesses depended on the three-day festival. «⟦d:b|The cafés tell me they make a third of their year in those three days. What do you say to them?⟧»
«⟦d:a|I say I know. I have been in those cafés. We will find another way. A smaller way,⟧» he replied.
Not everyone is convinced. A resident who has run a grill stall at the festival for twenty-two years told the programme: «⟦d:c|Smaller is a word politicians use when they mean nothing.⟧»

### 047
@a Ernest Kilbride | a retired joiner
@b Owen | his grandson
@c Rachel Kilbride-Hughes | Owen’s mother
It took Ernest Kilbride and his grandson three winters, 2,000 copper rivets and, by Ernest’s estimate, “⟦p:a|about a hundred cups of tea each⟧” to build the Curlew, a 14ft clinker dinghy that was launched at Amblebank slipway on Sunday.
“⟦d:a|I built my first boat with my dad in 1952. I wanted to do it once more before my hands went,⟧” said Mr Kilbride, 86, a retired joiner.
His grandson, Owen, 15, had never held a plane before. He calls his grandfather “⟦s:-|Skipper⟧”, and the name has stuck.
“⟦d:b|Skipper doesn’t let you rush anything. If you rush he just goes quiet and you know you’ve done it wrong,⟧” Owen said. “⟦d:b|I’ve learned more from him in the shed than I have in school. Don’t tell my school.⟧”
Owen’s mother, Rachel Kilbride-Hughes, said the shed had become “⟦p:c|a sort of church⟧” for the pair. “⟦d:c|I’d bring sandwiches down and they wouldn’t even look up. Two generations, same face, same frown,⟧” she said.
On Sunday the Curlew floated, level and dry. “⟦d:a|She doesn’t leak. That’s all a boat has to do,⟧” Mr Kilbride said. “⟦d:a|Everything else is showing off.⟧”

### 048
@a Yousef Al-Khatib | her husband
@b Rania | his wife
@c Lina | the elder of their two daughters
@d Dana | the younger
On the first night the Al-Khatib family opened Jasmine House on Hatton Road, eleven people came. Four of them were neighbours, and two were the men who had fitted the kitchen.
"⟦d:a|I cooked for eleven people like it was a wedding,⟧" said Yousef Al-Khatib, who ran a restaurant in Aleppo for twenty years before the family fled in 2015. "⟦d:a|Too much food. We ate leftovers for a week.⟧"
Three years later there is a queue on Friday nights. His wife, Rania, makes the pastries; the recipes, she says, are her mother's, "⟦p:b|with small improvements she would not approve of⟧".
"⟦d:b|In Syria, a man cooks in a restaurant and a woman cooks at home. Here I said no, I am cooking in the restaurant also. Yousef was not happy for about one day,⟧" she said.
"⟦d:a|Half a day,⟧" her husband said.
Lina, 22, the elder of their two daughters, runs front of house while studying accountancy. "⟦d:c|My parents speak to customers like they're family. I speak to customers like they're customers. It's a good balance,⟧" she said.
Dana, 19, the younger, disagrees. "⟦d:d|Lina is very strict. She told a man off for putting his feet on a chair. He was a regular. He still comes. He's scared of her now.⟧"
"⟦d:c|He kept his feet down, didn't he?⟧" Lina said.

### 049
@a Mehreen Aslam | -
Mehreen Aslam has been interviewing me for ten minutes before I realise I haven’t asked her anything.
“⟦d:a|Where did you grow up? Are your parents still together? Do you like your job?⟧” she asks, in quick succession, as we sit down in the green room of the Corn Exchange in Wycombe, two hours before she goes on stage.
“⟦d:-|Shouldn’t I be asking the questions?⟧” I say.
“⟦d:a|You can. I’ll just answer more slowly,⟧” she says. “⟦d:a|Sorry. Occupational hazard. I steal from everyone. You’ve already given me about four minutes.⟧”
Aslam, 36, is halfway through a 90-date tour of a show called “⟦s:-|Aunty Network⟧”, about the informal intelligence service run by the women of her extended family in Bradford.
“⟦d:a:m|If you sneeze in Bradford, my aunt in Karachi knows about it before you’ve found a tissue. There is no technology that fast. Someone should study it.⟧
“⟦d:a|My mum came to the show in Leeds. Sat in the front row. Afterwards she said, ‘It was very good, but why did you tell everyone about your cousin’s divorce?’ And I said, ‘Mum, you told me about it. At a funeral.’⟧”
Does her family mind? “⟦d:a|They mind if they’re not in it. That’s the real problem.⟧”

### 050
@a Adaeze Whitmore | the judge
@b - | one barrister who appeared before her many times
@c Anthony Marsh | her former clerk
In 2011, ruling on a dispute between two brothers over their late mother's dog, Adaeze Whitmore wrote a sentence that is still quoted in law schools: "⟦d:a|The court cannot make these men love each other; it can only decide who walks the dog.⟧"
"⟦d:a|I got into trouble for that. One of the appeal judges told me it was undignified,⟧" she says now, in her chambers at the Rolls Building, half-packed into boxes. "⟦d:a|I thought it was the most dignified thing in the whole judgment.⟧"
Whitmore, 70, retires from the High Court this month after nineteen years on the bench. She was the first Nigerian-born woman appointed to the Family Division.
"⟦d:a|I was asked at my swearing-in whether I thought I'd been appointed because of who I was. I said, 'Yes. A very good lawyer,'⟧" the judge says.
One barrister who appeared before her many times described her as "⟦p:b|terrifying, fair and usually right⟧". Her former clerk, Anthony Marsh, was more succinct. "⟦d:c|She never once left before the work was done. Not once. I left before her every night for twelve years.⟧"
What will she do now? "⟦d:a|Gardening, badly. And I shall finally read novels where nobody goes to court.⟧"

### 051
@a Kasper Lind | the 23-year-old
@b Ilse Vandenbroucke | team director
@c Matthieu Carrère | his team leader
Kasper Lind says he did not hear the instruction. Everyone else in his team car says he heard it perfectly well.
With 12km to go in Sunday's stage to the Col de Vauzelle, team director Ilse Vandenbroucke came over the race radio with a message for the 23-year-old: "⟦d:b|Kasper, wait for Matthieu. Wait. Do not go.⟧"
Lind went. He won the stage by 41 seconds, and his team leader, Matthieu Carrère, lost the yellow jersey.
"⟦d:a|The radio was crackling. I heard 'Kasper' and then something, and I thought it was 'go',⟧" Lind said at the finish, smiling in a way that suggested he knew how that sounded.
Vandenbroucke was not smiling. "⟦d:b|The radio works fine. It worked fine for the other seven riders. We will talk tonight, privately,⟧" she said.
Carrère, asked about his teammate, said only: "⟦d:c|He is young. He is strong. He will learn. Tonight, probably.⟧"

### 052
@g Raphael Adeyinka | the founder of the collapsed scooter-sharing company Glide
@h Ottilie Baptiste | host
@l Hamish | a listener
“⟦d:g|We raised forty million pounds to put scooters on pavements, and the scooters ended up in canals,⟧” Raphael Adeyinka says at the start of this week’s “⟦s:-|Burn Rate⟧”, the podcast about companies that failed. “⟦d:g|That’s the short version. The long version has more lawyers.⟧”
Adeyinka, the founder of the collapsed scooter-sharing company Glide, tells host Ottilie Baptiste that he still owns one scooter. It lives in his hallway. “⟦d:g|My wife hangs coats on it. It’s the only profitable use anybody ever found for one.⟧”
Baptiste asks the question every guest on the show gets: “⟦d:h|When did you know it was over?⟧”
“⟦d:g|When the finance director started bringing his own lunch,⟧” he says.
At the end of the episode Baptiste reads out an email from a listener called Hamish, in Dundee, who says a Glide scooter “⟦p:l|lived in the River Tay for most of 2022⟧”. “⟦d:l|I want you to know it had a good life. The ducks used it,⟧” he writes.

### 053
@a Gary Fenton | a fryer at the Golden Haddock in Shotley Bridge
@b Sheila | his wife
A GRANDAD who scooped £4.2million on the Lucky Dip says he will keep his job at the chippy - "⟦p:a|because I'd be bored stiff by Wednesday⟧".
Gary Fenton, 67, a fryer at the Golden Haddock in Shotley Bridge, checked his ticket at the kitchen table and thought it was a wind-up. "⟦d:a|I read it three times, then I gave it to Sheila and said, 'Tell me I'm not seeing things,'⟧" he said.
His wife Sheila, 65, said: "⟦d:b|He wasn't seeing things. He was seeing a new kitchen.⟧"
The couple plan to help their three children onto the housing ladder and take their first holiday abroad since 1998. "⟦d:b|Somewhere hot. Somewhere with no chips,⟧" Sheila said.
Gary added: "⟦d:a|I'll still be doing Friday nights. The regulars would never forgive me.⟧"

### 054
@a Rafaela Duarte | the architect behind the much-argued-over Morwell Library
@b Kwame Asante | her studio manager
Rafaela Duarte, the architect behind the much-argued-over Morwell Library, keeps a folder of hate mail on her desk. It is labelled ``⟦s:-|Fan Club⟧''.
``⟦d:a|Some of them are very well written. One man sent me a sonnet about how ugly my roof is. I framed it,⟧'' she says.
The 58-year-old's library, a stack of raw concrete boxes cantilevered over the river, won two national prizes last year and a local newspaper poll for the town's worst building.
``⟦d:a|Concrete is honest. It doesn't pretend to be anything. People say it's cold. It's only cold if you make it badly,⟧'' she says.
Her studio manager, Kwame Asante, has worked with her since 2004. ``⟦d:b|Rafaela never reads the good reviews. Only the bad ones. I have to read her the good ones out loud, like a bedtime story,⟧'' he says.
Duarte does not argue. ``⟦d:a|That's true. He does voices.⟧''

### 055
@a Callum Rennie | a crew manager at Dunmore fire station
@b Jamie | his brother
@c Alison Rennie | their mother
When the call came in to Dunmore fire station at 2.14am on Thursday, both Rennie brothers were on shift. It was the first time they had gone into a burning building together.
“⟦d:a|You’re trained not to think about who’s next to you, only what they’re doing. But I did look round once. Just to see his helmet,⟧” said Callum Rennie, 31, a crew manager at Dunmore fire station.
His brother, Jamie, 28, joined the service three years after him. “⟦d:b|He’s my boss on shift. At home he’s just my big brother who owes me forty quid,⟧” he said.
Their mother, Alison Rennie, admitted she “⟦p:c|didn’t sleep a wink⟧” the next night. “⟦d:c|I heard it on the radio in the morning, a family rescued from a flat on Kelvin Road, and I knew. I just knew they’d both been there,⟧” she said.
The family of four were led out unhurt. “⟦d:b|That’s the job. That’s the good bit of the job,⟧” Jamie said.

### 056
@a Leïla Benhamou | the 49-year-old
@c - | a journalist from a Spanish newspaper
@b Tobias Wren | her lead actor
CANNELLE, France - Leïla Benhamou's "⟦s:-|The Quiet Harbour⟧" drew a ten-minute standing ovation at its premiere on Friday night, and by Saturday morning's press conference Benhamou still looked stunned.
"⟦d:a|I have been making films for twenty years and nobody has ever stood up for ten minutes. Usually they stand up to leave,⟧" the 49-year-old said.
A journalist from a Spanish newspaper asked whether the film, about a fisherman who stops speaking after his son drowns, was autobiographical. "⟦d:c|Is this your father?⟧"
"⟦d:a|My father is alive and he talks too much,⟧" Benhamou said, to laughter. "⟦d:a|But the silence in the film, yes, I know that silence. Every family has one.⟧"
Her lead actor, Tobias Wren, who barely speaks a word in the film's two hours, said the role had been "⟦p:b|the hardest thing I've done, and I've done panto⟧".
"⟦d:b|Leïla would say, 'Less.' And I'd do less. And she'd say, 'Less.' By the end I was basically furniture,⟧" Wren said.

### 057
@a Reto Caduff | the 66-year-old
@b Ursina | his daughter
@c - | a retired dentist from Surrey who is taking lessons from him this week
Reto Caduff has taught skiing in Val Sura for forty-four winters. By his own count he has taught «⟦p:a|about nine thousand people to fall over correctly⟧».
«⟦d:a|Everyone wants to learn to ski. Nobody wants to learn to fall. But in the beginning, falling is ninety per cent of skiing,⟧» the 66-year-old says, leaning on his poles at the top of the nursery slope.
His daughter, Ursina, who now runs the ski school, says he is incapable of retiring. «⟦d:b|Every spring he says, this is the last season. Every December he is the first one on the lift,⟧» she says.
A retired dentist from Surrey who is taking lessons from him this week was full of praise. «⟦d:c|He shouts at me in three languages. I understand all of them,⟧» she said.

### 058
@a Siobhan Kerrigan | music teacher
@b Aaliyah Mensah | -
@c Evie Thornton | -
The choir at St Brannock's Primary in Tollerton has won the National Schools' Choral Cup at its first attempt, beating forty schools, several of them twice its size.
"⟦d:a|We practised in the dinner hall because the music room only fits twelve and we've got thirty-four,⟧" said music teacher Siobhan Kerrigan. "⟦d:a|So we sang through a lot of fish fingers.⟧"
Aaliyah Mensah, 11, who sang the solo in the final round, said she had been "⟦p:b|shaking like a jelly⟧" before she went on. "⟦d:b|Then I looked at Miss Kerrigan and she pulled a silly face and I was fine,⟧" she said.
Evie Thornton, 10, said the best part was the coach home. "⟦d:c|Everybody was singing, even the driver. He didn't know the words, he just did 'la la la'.⟧"

### 059
@o Tweedmuir Council | -
@d - | my dad
@h - | a man
Cerys Abernethy was named the first Borders Makar last month. She spoke to Rob Desai; the interview has been condensed.
RD: Tweedmuir Council’s press release called you “⟦p:o|a poet of the people⟧”. Do you recognise yourself in that?
CA: I recognise the people. I’m not sure about the poet. My dad was a shepherd up the Ettrick, and he’d read my poems and say, “⟦d:d|Aye, but what does it mean?⟧” That’s still the only review I worry about.
RD: Your first collection, “⟦s:-|Fank⟧”, was about sheep-gathering. Was he pleased?
CA: He said it was accurate. From him that’s the Nobel.
RD: What’s the strangest reaction you’ve had at a reading?
CA: In Galashiels a man stood up at the back and shouted, “⟦d:h|That’s no a poem, that’s a shopping list!⟧” And he was right, it was a list poem. I bought him a pint afterwards.

### 060
@a Margit Holloway | the former first minister
@b Teodor | a retired cardiologist
Margit Holloway, the former first minister, eats her porridge with salt, “⟦p:a|like a Presbyterian, which I’m not⟧”, and insists on paying for breakfast before I can reach for my wallet.
“⟦d:a|I’ve been out of office six years. If I let journalists buy me breakfast now, people will think I’m planning a comeback,⟧” she says.
“⟦d:-|Are you?⟧”
“⟦d:a|No. Next question. Eat your eggs.⟧”
She is 71 and has written a memoir, “⟦s:-|The Long Division⟧”, which describes her successor as “⟦p:a|a decent man in a hurry⟧” and is unsparing about her own mistakes.
Her husband, Teodor, a retired cardiologist, has come along, he says, to carry the books. “⟦d:b|I’ve read every draft. I know more about the 2014 budget than any man alive who didn’t work at the Treasury,⟧” he says.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh81.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh81",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
