# ruff: noqa: E501
"""Build ``quotes_fresh118.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
voices of different outlets (wire, broadsheet, tabloid, local weekly, magazine,
broadcaster web copy).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh118-NNN``.

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

* A role title, relational phrase or descriptive premodifier before the name
  (``Head coach``, ``Lions captain``, ``budget airline``, ``His widow``) is the
  description when no appositive follows the name; when one does (``Fellow guest
  Harriet Lowe, a retired geography teacher``), the appositive is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the same or the next sentence or at a cue (``the
  24-year-old``, ``the teenager``, ``the club``, ``the institute``), that description
  is taken; an appositive given at a later mention (``Castellanos, the Rovers
  captain,``) is taken likewise. An age alone (``Liam Dewhurst, 27,``) or an address
  is not a description.
* A non-restrictive relative clause after an appositive (``one worker, who has been
  at the factory for 31 years``) is not part of the description; a restrictive one is
  (``a staff nurse who has worked in the department for nine years``).
* Fragments quoted from unidentified documents (a production's billing, press notes)
  are ``partial`` with a null speaker and description; fragments from an unnamed but
  identified group or person (``the judges called it``, ``one critic called the
  film``) have a null speaker and that phrase as description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; an unnamed reporter's question at a press conference has the
  phrase that introduces the reporter (``one reporter``) as description.
* Speech in another language followed by a translation in quotation marks: both spans
  are the original speaker's, whether the speaker or the reporter gives the
  translation; a translation in brackets without quotation marks is not a span.
  Speech relayed by an interpreter or a relative acting as one belongs to the original
  speaker; what the interpreter adds in her own words is hers.
* A toast or reply called back by a whole table (not a chanted slogan) is ``direct``
  with speaker and description null.
* In obituaries, the dead person's words from earlier interviews and lectures are
  their own speech. In a printed Q&A, a quotation inside an answer (with its own
  double quotation marks) belongs to the person the answerer is quoting.
* An organisation's statement is the organisation's speech (``it said``); an unnamed
  spokesperson is a null speaker with description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh118.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh118.jsonl")

PASSAGES = """
### 001
@a Tarrow Mutual | the country's fifth-largest building society
@b Helen Achterberg | Chief executive
@c Rupert Ngata | an analyst at Castlegate Securities
@d - | A person familiar with the matter
LONDON, Oct 11 (Meridian Wire) - Tarrow Mutual, the country's fifth-largest building society, reported a 23 percent fall in half-year profit on Friday and said mortgage arrears were rising "⟦p:a|from a low base⟧" in parts of the north.
Pre-tax profit fell to 184 million pounds in the six months to September, from 239 million a year earlier, as the mutual cut savings rates more slowly than its rivals.
"⟦d:b|We chose to pay our savers more for longer, and that has a cost. I don't apologise for it,⟧" Chief executive Helen Achterberg told reporters on a call.
"⟦d:b|Our members are not shareholders waiting for a dividend. They are people with a few thousand pounds in an account who want a fair rate,⟧" she added.
Shares in listed rivals rose after the results. Rupert Ngata, an analyst at Castlegate Securities, said the society's margin squeeze would take pressure off competitors. "⟦d:c|Tarrow has been the price-setter on savings for two years. If they blink, everyone breathes out,⟧" he said.
Achterberg declined to comment on reports that the society had held talks with the smaller Penwithy Building Society. A person familiar with the matter said the discussions were "⟦p:d|at an early stage and may come to nothing⟧".
Asked whether Tarrow would close more branches, Achterberg said: "⟦d:b|Not this year.⟧"
(Reporting by Sunita Varghese; Editing by Tom Ellery)

### 002
@a Olumide Fashola | chief investment officer at Brackwater Capital
@b Ingrid Sølvberg | a strategist at Nordhavn Bank
@c - | one trader at a large investment bank
It was the week the market remembered that interest rates exist. The Harbour 100 fell 3.4 per cent, its worst week since March, after stronger-than-expected wage figures persuaded traders that the central bank would not cut rates before the summer.
“⟦d:a|People had priced in a fairy tale,⟧” said Olumide Fashola, chief investment officer at Brackwater Capital. “⟦d:a|Three cuts by June, inflation back to target, earnings up. One data point and the fairy tale is gone.⟧”
Fashola, who oversees about £6bn, said he had been adding to positions in utilities and supermarkets, which he described as “⟦p:a|boring in the best possible way⟧”.
Not everyone is so gloomy. Ingrid Sølvberg, a strategist at Nordhavn Bank, argued that the sell-off had gone too far. “⟦d:b|Wage growth is a lagging indicator. Vacancies are falling, surveys are softening,⟧” she wrote in a note to clients on Thursday. “⟦d:b|We would use weakness to buy quality.⟧”
On the trading floors the mood was less philosophical. “⟦d:c|Friday afternoon felt like a fire drill where nobody had been told where the exits were,⟧” said one trader at a large investment bank.
The so-called “⟦s:-|Magnificent Mops⟧” — the handful of household-goods makers that had carried the index higher this year — fell hardest, with Quillan Home down 9 per cent on the week.
Sølvberg was unmoved. “⟦d:b|Ask me again in six weeks,⟧” she said.

### 003
@a Moira Dunlevy | the firm's managing director and granddaughter of its founder
@b Gareth Pryce | a shop steward for the Bakers' and Allied Workers' Union
@c Halloran Foods | the Kilmarran-based snacks group
@d - | one worker
For 94 years the smell of toasted oats has drifted over the rooftops of Carrick Bay from the Dunlevy biscuit works on Mill Street. On Friday the family confirmed that the business would be sold to Halloran Foods, the Kilmarran-based snacks group, for an undisclosed sum.
Moira Dunlevy, the firm's managing director and granddaughter of its founder, said the decision had been “⟦p:a|the hardest thing I've ever had to put my name to⟧”.
“⟦d:a|We've had offers before and we always said no. This time I looked at the ovens, which are older than I am, and at what it would cost to replace them, and I couldn't make the numbers work on our own,⟧” she said.
“⟦d:a|Halloran have promised me the factory stays here and the recipe stays the same. I've made them put both in writing.⟧”
Halloran Foods said in a statement that it had “⟦p:c|no plans to change the site, the workforce or the product⟧” and would invest £4m in new production lines over three years.
Gareth Pryce, a shop steward for the Bakers' and Allied Workers' Union, was cautious. “⟦d:b|Promises in a press release are one thing,⟧” he said. “⟦d:b|I'll believe it when the new ovens are in and the same 140 people are standing next to them.⟧”
Outside the gates at the end of the early shift, one worker, who has been at the factory for 31 years, shrugged. “⟦d:d|They'll change the name on the wrapper and tell us it's the same biscuit. It's always the same biscuit.⟧”

### 004
@a Priti Solanki | a dental nurse from Wexbury
@b Skyvale | budget airline
@c Declan Okafor | head of consumer rights at Fairshare
@d - | a Skyvale spokeswoman
A mother of three says she has spent eight months and more than 40 phone calls trying to get back £1,136 from budget airline Skyvale after her family's flights to the Canaries were cancelled.
Priti Solanki, a dental nurse from Wexbury, booked the holiday for her children's half-term in February. Four days before departure she received a text saying the flight had been "⟦p:b|retimed⟧" to the following day - which would have meant losing two nights of a non-refundable hotel.
"⟦d:a|I rang them straight away and asked for a refund, and the man on the phone said it wasn't a cancellation, it was a schedule change, so I wasn't entitled to anything,⟧" she said.
"⟦d:a|Then it was a voucher. Then it was 'under review'. I've got a spreadsheet now. I've got a spreadsheet for an airline.⟧"
Under the rules, passengers whose flights are moved by more than five hours can choose a full refund. Declan Okafor, head of consumer rights at Fairshare, said Skyvale's wording was "⟦p:c|a textbook example of how to make people give up⟧".
"⟦d:c|Calling a cancellation a retiming doesn't change what it is,⟧" he said. "⟦d:c|If the plane you booked doesn't fly when you booked it, you are owed your money back.⟧"
After we contacted the airline, a Skyvale spokeswoman said: "⟦d:d|We are sorry for the delay in resolving Ms Solanki's case. A full refund has now been processed.⟧"
Skyvale said it handled "⟦p:b|the vast majority⟧" of refund requests within seven days.
Mrs Solanki said the money had arrived on Tuesday. "⟦d:a|I'm glad. But I shouldn't have needed a newspaper,⟧" she said.

### 005
@a Amara Osei | a marine biologist at the University of Penrith Sound who led the expedition
@b Tomás Ferreira-Lind | a geneticist at the Kellermann Institute and a co-author of the paper
@c Yuki Arakawa | a deep-sea ecologist who was not involved in the study
Scientists have described eleven new species from a single expedition to the Ostrava Trench, a little-studied fault in the southern Atlantic, including a translucent sea cucumber that appears to “⟦s:-|walk⟧” on stiffened tube feet.
“⟦d:a|We went down expecting to find mud and maybe a few worms,⟧” said Dr Amara Osei, a marine biologist at the University of Penrith Sound who led the expedition. “⟦d:a|On the second dive the camera came back full of animals nobody had ever seen.⟧”
The findings, published on Wednesday in the Journal of Abyssal Biology, are based on 14 dives by a remotely operated vehicle to depths of up to 6,200 metres.
Osei said the team had nicknamed the sea cucumber “⟦s:-|the ballerina⟧” because of the way it lifts its body clear of the sediment. Its formal name honours the expedition's ship.
Tomás Ferreira-Lind, a geneticist at the Kellermann Institute and a co-author of the paper, said DNA analysis had confirmed that at least eight of the animals belonged to previously unknown genera. “⟦d:b|This isn't a new shade of an old species. These are new branches on the tree,⟧” he said.
But he warned that the trench lies inside an area earmarked for seabed mining licences. “⟦d:b|We've described eleven species from a few hectares. It would be absurd to start digging before we know what else is down there.⟧”
Yuki Arakawa, a deep-sea ecologist who was not involved in the study, called the work “⟦p:c|a reminder of how little we've actually looked⟧”.
“⟦d:c|Every time someone sends a camera somewhere new, this happens,⟧” she said. “⟦d:c|The surprising thing would be if they hadn't found anything.⟧”

### 006
@a Rashid Al-Amin | a neurologist at St Columba's Hospital in Halverton and the trial's lead investigator
@b Carys Bowen | a 38-year-old teacher who took part in the trial
@c Medicines Standards Agency | -
@d Fennick Pharma | -
A twice-yearly injection halved the number of migraine days in more than 40 percent of patients in a large trial, researchers reported on Thursday, raising hopes of a longer-lasting alternative to monthly treatments.
The study of 1,212 adults in nine countries found that those given the drug, known as FNK-207, had on average 4.1 fewer migraine days a month after six months, compared with 1.6 fewer among those given a placebo.
"⟦d:a|For people who lose a week of every month to this disease, that difference is enormous,⟧" said Rashid Al-Amin, a neurologist at St Columba's Hospital in Halverton and the trial's lead investigator.
"⟦d:a|What patients tell us they want is to stop thinking about migraine. An injection in spring and one in autumn gets closer to that than anything we've had.⟧"
Side effects were mostly mild, the researchers said, although 3 percent of patients stopped treatment because of reactions at the injection site.
Carys Bowen, a 38-year-old teacher who took part in the trial, went from around 12 migraine days a month to three. "⟦d:b|I didn't know if I was on the real thing or the dummy. Then about six weeks in I realised I'd booked a concert without checking my diary for bad days. That's when I knew,⟧" she said.
Fennick Pharma, which makes the drug and funded the trial, said it would apply for approval next year and that a price had "⟦p:d|not yet been set⟧". The Medicines Standards Agency said it "⟦p:c|does not comment on products that have not been submitted for review⟧".
Al-Amin urged caution. "⟦d:a|This is one trial. It is a good trial, but we need to see what happens over two and three years,⟧" he said.

### 007
@a Leandro Vasquez-Hale | Plinth's co-founder and chief executive
@b - | One engineer who was laid off
@c Ottilie Brandt | a partner at Greyfield Ventures
Plinth, the note-taking app that raised $210m at the height of the productivity boom, is laying off 38 per cent of its staff, according to a memo sent to employees on Tuesday morning.
“⟦d:a|I hired too fast for a future that did not arrive on schedule,⟧” Plinth's co-founder and chief executive, Leandro Vasquez-Hale, wrote in the memo, which was seen by Circuitry. “⟦d:a|That is my mistake, and it is you who are paying for it. I'm sorry.⟧”
The cuts affect 164 people, mostly in sales and marketing. Departing staff will receive four months' pay and keep their company laptops.
Vasquez-Hale said the company would now focus on what he called “⟦p:a|the 20 per cent of features that 80 per cent of people actually use⟧”, and would stop work on its much-trailed “⟦s:-|Plinth Spaces⟧” collaboration tool.
One engineer who was laid off said the news had been delivered in a 12-minute video call with cameras and chat disabled. “⟦d:b|You found out whether you still had a job by whether you got a calendar invite,⟧” they said. “⟦d:b|Mine arrived at 7.58am. The call was at 8.⟧”
Ottilie Brandt, a partner at Greyfield Ventures, Plinth's largest investor, defended the decision. “⟦d:c|Leandro could have quietly run the company into a wall. He chose to cut once and cut deep, and I think that was right,⟧” she said.
Asked whether Greyfield would put in more money, Brandt said: “⟦d:c|We're not having that conversation yet.⟧”

### 008
@a Dean Kowalczyk | Harlow Vale manager
@b Femi Adeyemi-Clarke | The teenager
@c Stuart Pennock | Ravensworth boss
Harlow Vale 3 Ravensworth Athletic 1
Femi Adeyemi-Clarke scored twice on his full debut as Harlow Vale climbed into the top half of the Northern Counties League with a deserved win at a rain-soaked Brindle Lane.
The teenager, on loan from Castleford United, opened the scoring after 11 minutes, drilling a low shot under Ravensworth keeper Aled Humphreys, and added a second with a glancing header just before the break.
Nathan Orme pulled one back for the visitors early in the second half, but Kyle Dempsey's 25-yard free-kick sealed it with ten minutes left, sending the home end into a chorus of "⟦s:-|We're not going down⟧".
"⟦d:a|That's what we've been missing, someone who'll just gamble in the box,⟧" said Harlow Vale manager Dean Kowalczyk. "⟦d:a|Femi's 19, he's raw, he's going to frustrate me at times. But you can't coach that instinct.⟧"
Adeyemi-Clarke, who celebrated his second by sprinting to his family in the main stand, said: "⟦d:b|My mum's been to every game since I was eight. I had to go to her. I didn't even think about it.⟧"
Ravensworth boss Stuart Pennock was left to rue a missed penalty when the score was 2-1. "⟦d:c|If Josh scores that,⟧" he said, "⟦d:c|it's a different game. He didn't, and it isn't.⟧"
"⟦d:c|I'm not going to hammer him. He's taken three all season and scored three.⟧"

### 009
@a Anouk Delacroix-Mbaye | the world No. 6
@b Zhao Xiaoling | a 20-year-old qualifier ranked 71st in the world
@c - | a reporter
PORT ELSMERE, June 8 — Zhao Xiaoling, a 20-year-old qualifier ranked 71st in the world, won the Elsmere Open on Sunday, beating Anouk Delacroix-Mbaye 6-4, 3-6, 7-5 in a final that lasted almost three hours and ended with the world No. 6 sitting on her chair with a towel over her head.
“⟦d:b|I'm still shaking a little bit,⟧” Zhao said, speaking through an interpreter at her news conference. “⟦d:b|At 5-5 in the third set, I told myself: just hit the ball, don't think about the trophy.⟧”
Delacroix-Mbaye had served for the match at 5-4 in the final set before losing 12 of the last 14 points.
“⟦d:c|Did you feel the match slipping away at 5-4?⟧” a reporter asked.
“⟦d:a|Slipping? No. It was taken from me. She played the best four games of her life and I played four normal games. That's tennis,⟧” Delacroix-Mbaye said.
She was less philosophical about the crowd, which had cheered her double faults in the final game. “⟦d:a|I love this tournament. I don't love that,⟧” she said. “⟦d:a|You can clap for your player. You don't clap for mistakes.⟧”
Zhao, who will rise to 38th in Monday's rankings, said she would use part of her prize money to buy her parents an apartment. “⟦d:b|They have been living in a small place so I can travel,⟧” she said. “⟦d:b|Now it's my turn.⟧”

### 010
@a Eilidh MacAskill | -
@b Ruaridh | The ferry's skipper
@d Harriet Lowe | a retired geography teacher
The ferry to Inchmorran leaves when the tide says so. On the Tuesday I went, that was 6.40am, in a drizzle so fine it seemed to hang in the air rather than fall.
The ferry's skipper, Ruaridh, has made the crossing more than 9,000 times. I asked him whether he ever got tired of it. “⟦d:b|Of the sea? Never. Of the paperwork, every day,⟧” he said, without taking his eyes off the swell.
“⟦d:-|And if I miss the boat back?⟧” I asked. “⟦d:b|You stay another night. Nobody has died of it yet.⟧”
Inchmorran is three miles long and has 61 residents, one shop, one church and no cash machine. Visitors come for the birds — puffins from May, corncrakes if you are lucky — and for the kind of quiet that city people describe as “⟦s:-|deafening⟧” and islanders simply call Sunday.
Eilidh MacAskill, who has run Tigh na Mara, the island's only guesthouse, since 1998, met me at the slipway with a Land Rover and a collie. “⟦d:a|Don't mind him, he greets everyone. He's the tourist board,⟧” she said.
Over supper — crab, new potatoes, a rhubarb crumble the size of a hymn book — she explained why she has turned down offers to convert the house into holiday lets. “⟦d:a:m|When I came here there were fourteen children at the school. There are three now. Every house that goes to holiday lets is a family that can't come.⟧
“⟦d:a|I'd make more money, of course. But I'd be the last person here with the lights on in February.⟧”
Fellow guest Harriet Lowe, a retired geography teacher, was on her fifth visit. “⟦d:d|I keep telling myself I'll go somewhere new,⟧” she said. “⟦d:d|Then January comes and I book this again.⟧”

### 011
@a Nkechi Obiora | -
@b Lorcan Fitzmaurice | The veteran actor
There is a moment near the end of “⟦s:-|The Lamp Room⟧”, the new play at the Orrery Theatre, when the lighthouse keeper's daughter climbs the spiral stair for the last time and simply stops, halfway up, to listen. On opening night the audience held its breath with her.
The production, directed by Nkechi Obiora, has been billed as “⟦p:-|a ghost story without ghosts⟧”, which is about right. Nothing supernatural happens. Everything else does.
“⟦d:a|I wanted to make something about the way grief rearranges a house,⟧” Obiora told me before the first preview. “⟦d:a|Which chairs nobody sits in any more. Which doors stay shut.⟧”
The veteran actor Lorcan Fitzmaurice, who plays the keeper, is on stage for almost the entire two hours and barely raises his voice. It is the best thing he has done in years.
“⟦d:b|At my age you stop performing and start listening,⟧” Fitzmaurice said. “⟦d:b|Nkechi kept telling me, ‘Do less.’ I kept doing less until I thought I was doing nothing, and she said, ‘That's it.’⟧”
Not everything works. A dream sequence in the second act feels borrowed from a different, noisier play, and the sound design leans too hard on crashing waves. Obiora admits she fought with herself over it. “⟦d:a|I cut it twice and put it back twice. It stays, for now.⟧”
These are small flaws in an evening of rare control. Four stars.
“⟦s:-|The Lamp Room⟧” runs at the Orrery until 14 March.

### 012
@a Otis Delamere | the pianist whose lush, unhurried ballads made the Blue Lantern club in Millhaven a place of pilgrimage for a generation of jazz lovers
@b Ruth Delamere-Quaye | his daughter
@c Benny Ashworth | -
Otis Delamere, the pianist whose lush, unhurried ballads made the Blue Lantern club in Millhaven a place of pilgrimage for a generation of jazz lovers, has died aged 88.
His death, at his home in Millhaven, was announced by his daughter, Ruth Delamere-Quaye, who said he had been listening to records until the last day. "⟦d:b|He made us put on Ellington, then complained about the pianist,⟧" she said. "⟦d:b|That was Dad.⟧"
Born in 1936 to a church organist and a railway porter, Delamere was playing hymns in public by the age of seven. Known to friends and audiences as "⟦s:-|Sweetwater⟧", a name he claimed to dislike, he held a residency at the Blue Lantern for 31 years.
He rarely gave interviews, but in 1994 he told the Millhaven Courier that he had never practised scales. "⟦d:a|Scales are for people who want to get somewhere. I wanted to stay where I was and listen,⟧" he said.
In the same interview he described his style as "⟦p:a|playing the spaces between the notes and letting the notes look after themselves⟧".
Benny Ashworth, who played bass in his trio for 22 years, remembered a man who never raised his voice on the bandstand. "⟦d:c|If you played a wrong note, he'd just look at you over his glasses. That was worse than shouting,⟧" Ashworth said.
"⟦d:c|Every night, last number, he'd play something nobody had heard before. I'd ask him what it was and he'd say, 'Ask me tomorrow.' He never told me once.⟧"
Delamere is survived by his daughter, two grandsons and a great-granddaughter. His wife, Celestine, died in 2011.

### 013
@a Anita Sharma-Boyd | the council's cabinet member for communities
@b Jacqueline Horne | a retired librarian who organised a 4,000-signature petition
@c Mark Tiernan | Independent group leader
@d Poppy | Her granddaughter
Campaigners fighting to save Eastfield Library packed the public gallery at Brackenridge Town Hall on Thursday night - but councillors voted 27-19 to close it at the end of March.
The branch, which opened in 1962, is one of four the council says it must shut to save £1.2 million a year.
Cllr Anita Sharma-Boyd, the council's cabinet member for communities, told the meeting: "⟦d:a|Nobody came into politics to close libraries. But I have a legal duty to set a balanced budget, and the money simply isn't there.⟧"
"⟦d:-|Shame!⟧" someone shouted from the gallery, as others held up placards reading "⟦s:-|Books not bulldozers⟧".
Cllr Sharma-Boyd said opening hours would be extended at the central library, two bus rides away for many Eastfield residents, and that a mobile service called "⟦s:-|Books2U⟧" would visit the estate weekly.
Independent group leader Cllr Mark Tiernan called the decision "⟦p:c|short-sighted and cruel⟧". "⟦d:c|You are taking the one warm, free, quiet room in Eastfield away from the people who need it most,⟧" he told the chamber.
Jacqueline Horne, a retired librarian who organised a 4,000-signature petition, said outside: "⟦d:b|We're not finished. We'll look at a judicial review, we'll look at running it with volunteers, we'll look at anything.⟧"
Her granddaughter, eight-year-old Poppy, had made her own sign. Asked why she had come, she said: "⟦d:d|Because I've read all the books in my school.⟧"

### 014
@a Hélène Vasseur-Diallo | Fisheries Minister
@b Yannick Le Goff | a trawler captain from Port-Mérel
@c - | A spokesman for the Northern Waters Commission
PORT-MÉREL, March 3 (Meridian Wire) – Hundreds of fishermen blockaded the harbour of Port-Mérel with their trawlers on Monday in protest at new catch limits, and Fisheries Minister Hélène Vasseur-Diallo said the government would not back down.
«⟦d:a|Nous ne reculerons pas⟧», the minister told reporters in the capital, Lorvigne. «⟦d:a|We will not retreat,⟧» she repeated in English, adding that the quotas rested on «⟦p:a|the best science we have⟧».
The limits, which cut the permitted catch of hake by 28 percent, were agreed last month with the Northern Waters Commission after surveys showed stocks at their lowest level in two decades.
On the quayside, Yannick Le Goff, a trawler captain from Port-Mérel, said the cut would finish off small family boats. «⟦d:b|Ils nous demandent de mourir poliment⟧», he said – «⟦d:b|They are asking us to die politely.⟧»
Protesters hung a banner from the harbour master's office reading «⟦s:-|Pas de poisson, pas de pays⟧» (No fish, no country).
A spokesman for the Northern Waters Commission said the limits were «⟦p:c|a temporary and necessary measure⟧» and would be reviewed in 2026.
Le Goff was unconvinced. «⟦d:b|Temporary? My grandfather heard that word. My father heard it. Now me,⟧» he said.

### 015
@a Gary Pilkington | a forklift driver from Dunmore
@b Sharon | His wife
@c - | A National Draw spokesman
A FORKLIFT driver who checked his lottery ticket on his tea break has scooped £4.7MILLION - and says he'll be back at work on Monday.
Gary Pilkington, 52, a forklift driver from Dunmore, matched all six numbers in Saturday's National Draw but didn't look at his ticket until Wednesday.
"⟦d:a|I thought I'd read it wrong. I made the lad next to me read it out three times,⟧" said Gary, who has worked at the same warehouse for 23 years.
"⟦d:a|Then I rang the wife and she told me to stop messing about because she was in the middle of Fairmart.⟧"
His wife Sharon, 49, said: "⟦d:b|He's always winding me up. I put the phone down on him twice. The third time he was crying, so I knew.⟧"
The couple plan to pay off their mortgage, buy their daughter a house and take what Gary calls "⟦p:a|a proper holiday⟧" - their first abroad in 11 years.
But Gary insists he won't be quitting. "⟦d:a|What am I going to do, sit at home? I'd drive her mad in a week,⟧" he laughed.
"⟦d:b|He would,⟧" Sharon added.
A National Draw spokesman said: "⟦d:c|We're thrilled for Gary and Sharon. We'd remind all players to check their tickets - there are still two unclaimed jackpots from last year.⟧"

### 016
@a Ayesha Rahman-Lowe | -
@b Felix Ondaatje | The exhibition's curator
Ayesha Rahman-Lowe does not like being called a landscape painter. “⟦d:a|I paint weather,⟧” she says, standing in front of a nine-metre canvas that is, by any normal definition, a landscape. “⟦d:a|The hills just happen to be underneath it.⟧”
The canvas, “⟦s:-|Squall over Tarn Edge, 4.10pm⟧”, is the centrepiece of “⟦s:-|Forty Winters⟧”, a retrospective that opens next week at the Haldane Gallery in Brackley and brings together 112 works from five decades.
Now 72, Rahman-Lowe was born in a village outside Kheyapur and came to the mill towns of the north aged six. Her father worked nights in a spinning shed.
“⟦d:a:m|Every morning when he got home he'd look out of the window and say what kind of day it was going to be. He was wrong about half the time.⟧
“⟦d:a|I think I've spent my whole life trying to prove him right.⟧”
The exhibition's curator, Felix Ondaatje, spent three years tracking down works held in private collections. “⟦d:b|Some of them hadn't been seen in public since the eighties,⟧” he says. “⟦d:b|One was hanging in a dentist's waiting room. The dentist had no idea.⟧”
“⟦d:-|Do any of the early ones embarrass you?⟧” I ask her, as we walk past a row of small, muddy canvases from the 1970s.
She laughs. “⟦d:a|All of them. That's how you know they're mine.⟧”

### 017
@a Bronwen Thackeray | National Weather Office forecaster
@b Highland Power Networks | -
@c Raj Bhattacharya | a duty inspector with Northmoor Police
@d - | one resident
Storm Idris: Amber wind warning as gusts of 80mph forecast
An amber warning for wind has been issued for much of the north and west, with gusts of up to 80mph expected on exposed coasts overnight into Sunday.
National Weather Office forecaster Bronwen Thackeray said the strongest winds would arrive after dark. "⟦d:a|This is a night to stay in if you can. Loose objects in gardens, trampolines, bins - tie them down or bring them inside now,⟧" she said.
"⟦d:a|We're also expecting very large waves along western coasts, so please don't be tempted to go and look.⟧"
Highland Power Networks said it had "⟦p:b|extra engineers on standby⟧" and urged customers to report power cuts online rather than by phone.
Raj Bhattacharya, a duty inspector with Northmoor Police, said officers had already closed the Kelby Causeway. "⟦d:c|We had a driver try to get across this afternoon in a car that very nearly ended up in the water. Please, please don't do that,⟧" he said.
In Porthcarrow, where sea defences were breached during Storm Gwenllian last winter, residents were filling sandbags on the seafront on Saturday afternoon.
"⟦d:d|We've done this four times in two years. You get quicker at it but it doesn't get any easier,⟧" one resident told us.

### 018
@a Imran Qadir | the Marlow Heath captain
@b Tobias Whitcombe | the 37-year-old
@c Alastair Brodie | Dunstan coach
Tobias Whitcombe has spent most of the summer insisting that he is not thinking about retirement. On Saturday, at the age of 37, he batted through the final day at Ferris Park to save the match for Marlow Heath and, just possibly, their season.
Whitcombe's unbeaten 142 from 391 balls denied Dunstan a victory that had looked inevitable when Marlow Heath slumped to 58 for four at lunch on the third day.
``⟦d:b|I just tried to make them bowl one more ball,⟧'' said Whitcombe. ``⟦d:b|Then one more. You stop looking at the scoreboard after a while. It's just the next ball.⟧''
Asked whether this would be his last season, the 37-year-old smiled. ``⟦d:b|You'll have to ask my knees,⟧'' he said.
Imran Qadir, the Marlow Heath captain, called it ``⟦p:a|the best innings I've ever watched from the other end⟧''. ``⟦d:a|He's been written off every year since I was in the academy,⟧'' Qadir said. ``⟦d:a|Every year he proves everyone wrong. I hope he keeps doing it.⟧''
Dunstan coach Alastair Brodie was gracious in defeat. ``⟦d:c|We bowled well. We just came up against a man who wouldn't get out,⟧'' he said. ``⟦d:c|You have to tip your cap to that.⟧''

### 019
@a Siobhan Kearney | a staff nurse who has worked in the department for nine years
@b Emeka Nwosu | medical director of Greyhope University Hospitals Trust
@d Derek Salt | a retired bus driver
Nearly one in five patients at Greyhope's emergency department waited more than 12 hours for a bed last month, figures published on Thursday show — the worst performance of any hospital in the region.
Derek Salt, a retired bus driver, spent 14 hours on a trolley in a corridor after a fall at home in January. “⟦d:d|The staff were wonderful. They kept apologising to me, and I kept telling them it wasn't their fault,⟧” he said. “⟦d:d|There was a lady next to me who'd been there since the day before.⟧”
Siobhan Kearney, a staff nurse who has worked in the department for nine years, said corridor care had become “⟦p:a|normal, which is the frightening part⟧”.
“⟦d:a|We used to talk about corridor care as an emergency measure. Now there's a rota for it. There's a corridor nurse,⟧” she said.
Dr Emeka Nwosu, medical director of Greyhope University Hospitals Trust, said the figures were “⟦p:b|not acceptable⟧” and that 40 extra beds would open in April.
“⟦d:b|The problem isn't at our front door, it's at the back door. We have more than 90 patients who are medically fit to leave but have nowhere safe to go,⟧” he said.
Greyhope Patients' Forum said it had received more complaints in the past three months than in the whole of the previous year.

### 020
@a Valentina Mirković | an independent security researcher
@b Homewise | -
@c - | a company spokesperson
@d Kwame Asante-Roberts | a lecturer in computer security at Dunbridge University
A flaw in one of the country's best-selling video doorbells allowed anyone nearby to watch its live feed without a password, a security researcher has found.
Valentina Mirković, an independent security researcher, said she stumbled on the problem in the Homewise Peep 2 while testing her own doorbell. "⟦d:a|I was sitting in my car outside my house with a laptop, and I could see my own front step. I hadn't logged in to anything,⟧" she said.
The device, she found, broadcast an unencrypted stream over its set-up network for up to 20 minutes after any power cut. "⟦d:a|So if someone flips your fuse box, they can watch your door. That's not a theoretical attack,⟧" Mirković said.
Homewise said in a statement that it had fixed the issue in a software update released on Monday and was "⟦p:b|not aware of any customer having been affected⟧".
Asked why the fix had taken four months after Mirković first reported the flaw, a company spokesperson said: "⟦d:c|We take all reports seriously and needed to ensure the update did not cause other problems for customers.⟧"
Kwame Asante-Roberts, a lecturer in computer security at Dunbridge University, said the case showed why minimum standards for connected devices were overdue. "⟦d:d|People buy a doorbell to feel safer,⟧" he said. "⟦d:d|They shouldn't need a degree to find out whether it's making them less safe.⟧"

### 021
@a Competition and Markets Board | -
@b Lars Henningsen | chief executive of Skerry Line
@c Fiona Macrae-Doyle | a haulier who uses the route three times a week
The competition regulator has opened an in-depth investigation into the planned merger of the two ferry companies serving the Skerry Isles, warning that the deal could leave islanders facing higher fares.
The Competition and Markets Board said on Friday that combining Skerry Line and NorthSound Ferries would ``⟦p:a|remove the only meaningful competition⟧'' on three routes and that the companies had until the end of the month to offer remedies.
Lars Henningsen, chief executive of Skerry Line, said he was ``⟦p:b|disappointed but not surprised⟧''. ``⟦d:b|Two companies running half-empty boats all winter is not competition, it's waste,⟧'' he said. ``⟦d:b|Together we can run a proper timetable all year round.⟧''
Fiona Macrae-Doyle, a haulier who uses the route three times a week, was not persuaded. ``⟦d:c|The only time fares have ever come down here was when NorthSound started up,⟧'' she said. ``⟦d:c|Take them away and we're back to paying whatever they ask.⟧''
The board is due to publish its findings in September.

### 022
@a Tendai Mupfumira | -
@b - | the judges
@c Agnieszka Wolińska | Her editor at Thornbury Press
Tendai Mupfumira wrote most of her third novel in a supermarket car park. “⟦d:a|My flat was too noisy and the library closed at five, so I'd drive out, park at the far end and write until the security guard knocked on the window,⟧” she says.
The result, “⟦s:-|The Salt Road⟧”, won the Calloway Prize for fiction on Tuesday night; the judges called it “⟦p:b|a novel of enormous tenderness and quiet fury⟧”.
Mupfumira, 44, grew up in a mining town and moved to Britain at 19. The book follows four generations of women from the same family, and she is tired of being asked how much of it happened.
“⟦d:a|My grandmother would have hit me with a wooden spoon for some of the things I made her character do,⟧” she says.
Her editor at Thornbury Press, Agnieszka Wolińska, read the manuscript in one sitting. “⟦d:c|I cancelled a dinner. I never cancel dinners,⟧” she says. “⟦d:c|By page forty I knew we were going to publish it, and by page four hundred I knew people would be arguing about the ending for years.⟧”
Mupfumira will not discuss the ending. “⟦d:a|Readers who hate it write to me and readers who love it write to me, and they're usually describing the same page,⟧” she says. Asked what she will do with the £40,000 prize, she laughs. “⟦d:a|Rent an office. With a door.⟧”

### 023
@a Marguerite Oyelowo | the band's singer
@b Hamish Strachan | Guitarist
@c Lisa Quintero | One fan
Eighteen years after they split in a blaze of lawsuits and unpaid bar tabs, the Velvet Hours walked back on stage at the Corn Exchange on Friday night as if they had never been away.
They opened with "⟦s:-|Lantern⟧", the single that made them briefly famous in 2004, and the room - 2,000 people, most of them old enough to have bought it on CD - sang every word.
"⟦d:a|Hello again. Sorry we're late,⟧" said Marguerite Oyelowo, the band's singer, to the biggest cheer of the night.
Backstage afterwards she was still catching her breath. "⟦d:a|I genuinely thought nobody would come. We sold out in nine minutes and I assumed it was a mistake on the website,⟧" she said.
Guitarist Hamish Strachan, who now teaches music at a secondary school, said the reunion had started with "⟦p:b|a very awkward pint⟧" last spring. "⟦d:b|We hadn't all been in a room together since the court case. Marguerite bought the first round and that was that,⟧" he said.
The new songs, previewed from an album due in September, are slower and stranger than the old ones; "⟦s:-|Driftwood Hymn⟧", in particular, is a lovely thing. But it was "⟦s:-|Lantern⟧" again, as the encore, that brought the house down.
One fan, Lisa Quintero, who had travelled from Marbury, said she had seen the band 11 times before the split. "⟦d:c|This was the best one. They actually look like they like each other now,⟧" she said.

### 024
@a Nadia Haddad | a single mother of two from Fernleigh
@b Brightwater Energy | -
@c Oliver Strand | the chief energy ombudsman
@d - | A Brightwater call-centre worker who asked not to be named
When Nadia Haddad opened her quarterly gas bill in November, she assumed there had been a misprint. Brightwater Energy said she owed £2,914 — more than she usually pays in a year.
“⟦d:a|I thought someone had put the decimal point in the wrong place,⟧” said Haddad, a single mother of two from Fernleigh. “⟦d:a|Then the direct debit went out and I had £11 left in my account for the rest of the month.⟧”
The bill had been based on an estimated reading, although Haddad has a smart meter. Brightwater later admitted the meter had “⟦p:b|lost communication⟧” with its systems in the summer.
In a statement, Brightwater Energy said: “⟦d:b|We apologise unreservedly to Ms Haddad. The money has been refunded in full, along with a goodwill payment of £150.⟧”
A Brightwater call-centre worker who asked not to be named said staff were dealing with “⟦p:d|hundreds⟧” of similar cases. “⟦d:d|We're told to offer a payment plan first and only look at the meter if the customer pushes. Most people don't push,⟧” they said.
Oliver Strand, the chief energy ombudsman, said complaints about back-billing had tripled in a year. “⟦d:c|If your supplier can't read your smart meter, that's their problem, not yours,⟧” he said. “⟦d:c|Nobody should be paying for a fault they didn't cause.⟧”

### 025
@a Beryl Ashdown | chair of the Little Wendham in Bloom committee
@b Graham Fairweather | one of the judges
@c Dilip Chauhan | -
Little Wendham has been named the best-kept small village in the county for the first time in its history, beating 46 other entries.
“⟦d:a|We've come second four times. Four times!⟧” said Beryl Ashdown, chair of the Little Wendham in Bloom committee. “⟦d:a|I'd started to think the judges had something against us.⟧”
Volunteers spent the spring planting 3,000 bulbs along the green and repainting the bus shelter, known locally as “⟦s:-|the eyesore⟧” since a tractor reversed into it in 2019.
Graham Fairweather, one of the judges, said Little Wendham had stood out because the effort was “⟦p:b|everywhere, not just on the main road⟧”. “⟦d:b|Lots of villages tidy up the bit you drive through. Here we found hanging baskets on the back lanes,⟧” he said.
Dilip Chauhan, who runs the village shop, watered the troughs outside his premises at six every morning through the summer drought. “⟦d:c|My wife said I cared more about the petunias than about her,⟧” he said. “⟦d:c|That's not true. It was close, though.⟧”

### 026
@a Margarethe Falkenrath | -
@b Samuel Adjei | her first doctoral student and now professor of meteorology at Ashgrove University
@c Hannelore Brandt | Her niece
@d Weidmann Institute for Atmospheric Physics | the institute
Margarethe Falkenrath, whose painstaking measurements of ice crystals in clouds helped make modern rainfall forecasting possible, has died at the age of 91.
She spent almost her entire career at the Weidmann Institute for Atmospheric Physics in Kellstadt, where a research aircraft still bears her name. In a statement, the institute said she had been “⟦p:d|a scientist of rare patience and rarer generosity⟧”.
Falkenrath was the first woman to lead a flight campaign for the institute, in 1968, at a time when female researchers were routinely kept off the aircraft. “⟦d:a|They told me there was no lavatory for a woman on board,⟧” she recalled in a lecture in 2003. “⟦d:a|I told them there was no lavatory for a man either, and they should stop worrying about it.⟧”
Samuel Adjei, her first doctoral student and now professor of meteorology at Ashgrove University, remembered her reading every line of his thesis with a red pencil. “⟦d:b|She wrote ‘Why?’ in the margin 212 times. I counted. Every one of them was a good question,⟧” he said.
She never married. Her niece, Hannelore Brandt, said Falkenrath had flown gliders until she was 84. “⟦d:c|She said she'd spent her life looking at clouds from below and from the side, and she wanted to see them from above without an engine making a noise,⟧” Brandt said.
Falkenrath's last paper was published when she was 86. Asked once why she had not retired, she answered: “⟦d:a|Retire from what? From being curious?⟧”

### 027
@a Rosario Quispe Mamani | Mayor
@b - | A government official who spoke on condition of anonymity
@c Ministry of Mines | -
@e Teófilo Condori | a 63-year-old quinoa farmer
VILLARROSA, Aug 19 (Meridian Wire) - Thousands of residents of this highland town marched on Monday against a planned lithium mine, in the largest protest the region has seen in a decade.
“⟦d:a|No vamos a vender el agua de nuestros hijos,⟧” Mayor Rosario Quispe Mamani told the crowd from the steps of the town hall. “⟦d:a|We will not sell our children's water.⟧”
Marchers carried banners reading “⟦s:-|El agua vale más que el litio⟧” (Water is worth more than lithium) and chanted “⟦s:-|¡Fuera!⟧” as they passed the offices of the mining company, Andes Ridge Minerals.
“⟦d:e|My grandfather farmed here, my father farmed here. If the wells dry up, where do we go?⟧” asked Teófilo Condori, a 63-year-old quinoa farmer.
The Ministry of Mines said in a statement that the project would create 1,400 jobs and meet “⟦p:c|the strictest environmental standards⟧”.
Speaking through an interpreter later, Quispe Mamani said the town had never been consulted. “⟦d:a|They came with maps, and the maps already had the mine drawn on them. That is not consultation. That is an announcement,⟧” she said.
A government official who spoke on condition of anonymity said the project was “⟦p:b|too important to be stopped by one town⟧” and that talks would continue. Andes Ridge Minerals did not respond to a request for comment.

### 028
@a Sefa Faleolo | Greystone Lions head coach
@b Callum Reddish | Lions captain
@c - | one reporter
@d - | another journalist
Greystone Lions head coach Sefa Faleolo insisted his side's season was "⟦p:a|nowhere near over⟧" despite a 34-10 home defeat by Harrowfield Hawks that leaves them second from bottom.
"⟦d:a|We're hurting, and we should be hurting. That wasn't good enough for the people who paid to watch it,⟧" Faleolo said.
"⟦d:c|Is your job under threat?⟧" one reporter asked.
"⟦d:a|You'd have to ask the board. I've got a job to do on Monday morning and I'm going to do it,⟧" he replied.
Lions captain Callum Reddish, sin-binned in the first half for a deliberate knock-on, took responsibility for the turning point. "⟦d:b|That's on me. Ten minutes down to 14 against a side like that and you pay for it. We conceded 12 points while I was sat on the sideline,⟧" said the 29-year-old.
Asked whether the squad still believed in the coach, Reddish did not hesitate. "⟦d:b|A hundred per cent. Sefa's not the one dropping balls out there. We are.⟧"
"⟦d:d|What do you say to the fans who booed at half-time?⟧" another journalist asked.
"⟦d:a|They're entitled to. I'd have booed,⟧" Faleolo said.

### 029
@a Berhanu Tadesse | The 24-year-old
@b Almaz Gebreyes | The 31-year-old
@c Dorothy Kinsella | Race director
Berhanu Tadesse broke the course record at the Kelstoke Marathon on Sunday, crossing the line in 2:04:51 to take almost a minute off the mark set in 2019.
The 24-year-old, running only his second marathon, pulled away from a group of five at the 35-kilometre mark and covered the last stretch along the river alone.
“⟦d:a|At 35K my coach shouted ‘Now!’ and I went,⟧” Berhanu said through an interpreter. “⟦d:a|I was not thinking about the record. I was thinking about not being caught.⟧”
In the women's race, Almaz Gebreyes won her third title in four years in 2:21:07. “⟦d:b|This city is like a second home. The people on the pavements know my name,⟧” the 31-year-old said, through the same interpreter.
Race director Dorothy Kinsella said a record 31,400 runners had finished. “⟦d:c|We had people in fancy dress, people running for charity, a man dressed as a lighthouse. And then at the front you have a course record. That's a marathon,⟧” she said.
Berhanu said he would use his prize money to build a house for his mother in his home village. “⟦d:a|She sold her goats to buy my first running shoes,⟧” he said. “⟦d:a|Now she can have goats again.⟧”

### 030
@a Jozef Havlík | the conductor
@c Mirela Dragomir | a cellist on her way to a summer festival
The overnight train from Varnholm to the coast leaves at 9.12pm, and by 9.20 the conductor, Jozef Havlík, has checked every ticket in my carriage and is handing out paper cups of plum brandy.
"⟦d:a|Tradition,⟧" he says, when I ask whether this is allowed. "⟦d:a|Thirty years I have done this job. Nobody has ever complained.⟧"
The route, which the national railway has twice tried to close, runs 640 kilometres through three mountain ranges, and takes eleven hours when nothing goes wrong.
My companion in the compartment is Mirela Dragomir, a cellist on her way to a summer festival, who has made the journey every July for 15 years. "⟦d:c|You can fly in an hour. But then you arrive and you haven't travelled anywhere,⟧" she says.
"⟦d:-|Do you sleep?⟧" I ask. "⟦d:c|Never. I look out of the window all night, and then I play badly the next day.⟧"
At 4am, somewhere in the high valleys, the train stops for 40 minutes at a station with no name on the platform. Havlík appears in the corridor with a torch. "⟦d:a|Cows on the line,⟧" he announces. "⟦d:a|They have right of way.⟧"

### 031
@a Trevor Ollerenshaw | a retired plumber from Thornley
@b Leila Moradi | an astronomer at the Kingsmere Observatory
@c Pat | Ollerenshaw's wife
A Thornley man who has spent 40 years watching the night sky from his back garden has discovered a comet - and it now bears his name.
Trevor Ollerenshaw, a retired plumber from Thornley, spotted the faint smudge of light on images taken with his home-made telescope on the night of 2 February. Comet Ollerenshaw has since been confirmed by observatories in three countries.
"⟦d:a|I thought it was a smudge on the lens. I actually went out and cleaned it,⟧" he said. "⟦d:a|When it was still there the next night, and it had moved, I had to sit down.⟧"
Dr Leila Moradi, an astronomer at the Kingsmere Observatory, said discoveries by amateurs had become rare because automated surveys now scan most of the sky every night. "⟦d:b|To beat the robots you need patience, a good eye and a lot of cold nights. Trevor clearly has all three,⟧" she said.
The comet is expected to be visible through binoculars in late April, when it passes closest to the Sun. Dr Moradi said it could become "⟦p:b|a lovely sight⟧" if it survives the approach. "⟦d:b|Comets are like cats. They do what they want,⟧" she added.
Ollerenshaw's wife, Pat, said she had been "⟦p:c|a telescope widow⟧" for most of their marriage. "⟦d:c|Now at least there's something to show for it,⟧" she said.

### 032
@a Farid Rahimov | Finance Minister
@b Sabine Oduya | an emerging-markets economist at Halvard & Co
@c - | A currency trader in Port Zafira
@d Central Bank of Dastan | -
PORT ZAFIRA, Feb 21 (Meridian Wire) - The Dastani rial fell to a record low on Friday, losing 6 percent against the dollar in a single session, as investors balked at government plans to borrow heavily to fund a public-sector pay rise.
Finance Minister Farid Rahimov sought to calm markets in a televised address, calling the currency's slide “⟦p:a|an overreaction to rumours⟧”. “⟦d:a|Our reserves are strong, our debt is manageable, and we will not be lectured by speculators,⟧” he said.
The Central Bank of Dastan said it had sold dollars to “⟦p:d|smooth excessive volatility⟧” but did not say how much.
Sabine Oduya, an emerging-markets economist at Halvard & Co, said the minister's tone had not helped. “⟦d:b|When a finance minister starts blaming speculators, markets tend to hear ‘we don't have a plan’,⟧” she said.
“⟦d:b|The numbers aren't catastrophic yet. The credibility problem is.⟧”
A currency trader in Port Zafira, who declined to be named because he was not authorised to speak to the media, said banks had stopped quoting prices for about an hour in the afternoon. “⟦d:c|There was no market. There were just people shouting,⟧” he said.

### 033
@a Philippa Oyelaran-Marsh | the senior resident judge at Tollbridge Crown Court
@b Arun Venkataraman | LinguaBench's founder
@c Gabriela Nunes | a Portuguese interpreter
@d Courts Service | -
For six months, defendants at Tollbridge Crown Court who do not speak English have been offered something new: a tablet on the dock rail running software that translates the proceedings into 40 languages as they happen.
The pilot, the first of its kind, is due to end in June. Philippa Oyelaran-Marsh, the senior resident judge at Tollbridge Crown Court, is cautiously impressed. “⟦d:a|It is fast, it is available at nine in the morning, and it doesn't have another hearing across town at two,⟧” she said. “⟦d:a|But I would not want a man's liberty to depend on it alone.⟧”
Gabriela Nunes, a Portuguese interpreter, has worked in the courts for 19 years and is less impressed. “⟦d:c|It translated ‘he was banged up’ as ‘he was struck upwards’. The jury laughed. The defendant didn't,⟧” she said.
LinguaBench's founder, Arun Venkataraman, said the error had been corrected within a day. “⟦d:b|Human interpreters make mistakes too. The difference is that ours get logged and fixed,⟧” he said. He insisted the system was “⟦p:b|a support, not a replacement⟧”.
The Courts Service said no decision had been taken on extending the pilot and that human interpreters would “⟦p:d|always be available on request⟧”.
Nunes was unconvinced. “⟦d:c|‘On request’ is how it starts,⟧” she said.

### 034
@a Valeria Santangelo | The Italian director
@b Baek Jun-ho | The South Korean actor
@c - | One critic
LIDO DI SERRA — The Italian director Valeria Santangelo received an eleven-minute standing ovation on Saturday night for «⟦s:-|Le stanze di mia madre⟧» (My Mother's Rooms), the first film in competition to set the festival alight.
At a press conference the following morning, Santangelo spoke in Italian. «⟦d:a|Ho fatto questo film per non dimenticare la voce di mia madre⟧», she said – «⟦d:a|I made this film so as not to forget my mother's voice.⟧»
The film, shot over five years in the family's apartment in a small town in the south, follows three sisters clearing out their late mother's home over a single summer.
Asked why she had cast non-professionals in two of the three leading roles, she replied: «⟦d:a|Because professional actors know how to cry. I wanted people who didn't.⟧»
The South Korean actor Baek Jun-ho, who plays a neighbour, said he had worked without a shared language. «⟦d:b|I do not speak Italian. Valeria directed me with her hands and her eyebrows,⟧» he said in English. «⟦d:b|It was the clearest direction I have ever had.⟧»
One critic called the film «⟦p:c|a quiet earthquake⟧»; several others left before the end of the first screening.

### 035
@a Liam Dewhurst | -
@b Amelia Forsythe | Judge
@c Rachel Osborne | Prosecutor
@d Kieran Bates | Defence solicitor
@e Harjit Sandhu | the shop owner
A man who drove a stolen van through the front of a village shop to steal a cash machine has been jailed for three years and four months.
Liam Dewhurst, 27, of Carlow Road, Netherby, admitted burglary and dangerous driving at an earlier hearing.
Prosecutor Rachel Osborne told Netherby Crown Court that Dewhurst and two men who have not been identified reversed the van into Sandhu's Stores in Ashby Parva at 3.10am on 14 May, causing damage estimated at £38,000. "⟦d:c|The cash machine was dragged some distance behind the van before it came loose in the road,⟧" she said. "⟦d:c|It contained £460.⟧"
In a statement read to the court, the shop owner, Harjit Sandhu, said his family had lived above the shop for 30 years. "⟦d:e|My daughter was asleep in the room directly above where the van hit. She still won't sleep in that room,⟧" he said.
"⟦d:e|We have reopened, but something has been taken from us that insurance does not cover.⟧"
Defence solicitor Kieran Bates said his client had been "⟦p:d|in the grip of a gambling addiction⟧" and owed more than £20,000.
Sentencing him, Judge Amelia Forsythe said: "⟦d:b|You have shown some remorse, but you put a sleeping family at risk for the sake of a few hundred pounds.⟧"
As he was led from the dock, Dewhurst turned to the public gallery and said: "⟦d:a|Sorry, Mum.⟧"

### 036
@a Harpreet Gill | director of public health for Marrowdale
@b Kirsty Pelham | -
@c St Aldhelm's Primary School | the school
Health officials are urging parents in Marrowdale to check their children's vaccination records after 14 cases of measles were confirmed at a primary school.
All the cases are linked to St Aldhelm's Primary School in Kellingford. Nine children have been treated in hospital.
Dr Harpreet Gill, director of public health for Marrowdale, said: "⟦d:a|Measles is not a mild illness. It is one of the most infectious diseases we know, and it can cause serious complications, particularly in very young children.⟧"
"⟦d:a|Two doses of the MMR vaccine give around 97% protection. It's never too late to catch up.⟧"
Figures show that just 81% of children in the area had received both doses by their fifth birthday, well below the 95% needed to prevent outbreaks.
Kirsty Pelham, whose seven-year-old son is in Year 2 at the school, said parents were "⟦p:b|frightened and angry⟧". "⟦d:b|My son's up to date, but one of his friends has a baby sister who's too young to be vaccinated. That's who I'm worried about,⟧" she said.
The school said it was working closely with health officials and would stay open. "⟦d:c|The wellbeing of our pupils is our highest priority,⟧" it said in a letter to parents.

### 037
@a Santiago Echeverría | The 27-year-old
@b Dougie Rennie | His caddie
@c Kenji Morimoto | the overnight leader
Santiago Echeverría holed a 40-foot birdie putt on the final green to win the Coastal Links Championship by a single shot on Sunday, denying Kenji Morimoto a first title in three years.
The 27-year-old, who started the day three shots off the lead, closed with a 66. “⟦d:a|I didn't even read it properly. I just thought, give it a chance,⟧” Echeverría said. “⟦d:a|When it dropped I couldn't hear anything. It was like being under water.⟧”
His caddie, Dougie Rennie, was happy to disown the read. “⟦d:b|He asked me what I thought and I said left edge. He played it a cup outside right. So don't give me any credit,⟧” Rennie said with a grin.
Morimoto, the overnight leader, bogeyed two of the last four holes. “⟦d:c|I had it in my hands and I let it go,⟧” he said. “⟦d:c|Santi played beautifully. But I will think about the 15th for a long time.⟧”

### 038
@a Little Acorn Toys | the company
@b - | A spokesperson for the Product Safety Office
@c Hannah Brightwell | a mother of two from Upper Stanton
A popular wooden stacking toy is being recalled after reports that small beads can break off and pose a choking risk to babies.
Little Acorn Toys said it was recalling around 22,000 "⟦s:-|Rainbow Tower⟧" sets sold between March and October through its website and high-street retailers.
"⟦d:a|We are deeply sorry. The safety of children is the reason our company exists, and on this occasion we have fallen short,⟧" the company said in a statement.
Customers are asked to stop using the toy immediately and return it for a full refund.
Hannah Brightwell, a mother of two from Upper Stanton, said she found a bead in her 10-month-old daughter's mouth in September. "⟦d:c|I hooked it out with my finger. If I'd been in the kitchen for another minute I don't know what would have happened,⟧" she said.
"⟦d:c|I reported it straight away and heard nothing for five weeks.⟧"
A spokesperson for the Product Safety Office said: "⟦d:b|We received a number of reports and have worked with the manufacturer on this recall. Parents should check their homes for the product.⟧"

### 039
@a Rajesh Mistry | -
@b Sunil | His son
@c Doreen Caldwell | a customer since 1978
@d Tom Whitfield | Ward councillor
Tributes have been paid to Rajesh Mistry, who ran Mistry's newsagent on Holloway Parade for 41 years and was known to generations of children as the man who always had a spare sweet.
Mr Mistry died at home on Sunday, aged 79, surrounded by his family.
His son, Sunil, who took over the shop in 2015, said his father had worked seven days a week for most of his life. "⟦d:b|He opened at 5.30 every morning for the paper rounds. The only days he closed were Christmas Day and my wedding,⟧" he said.
"⟦d:b|He knew every customer's name and what paper they took. If someone didn't come in for two days, he'd go and knock on their door.⟧"
Doreen Caldwell, a customer since 1978, said: "⟦d:c|When my husband died, Raj brought my paper to the house every day for a month and wouldn't take a penny. That's the kind of man he was.⟧"
Speaking to the Gazette in 2018, when the shop celebrated its 40th anniversary, Mr Mistry said he had no intention of retiring. "⟦d:a|What would I do? Sit at home and watch television? Here I see the whole street,⟧" he said.
Ward councillor Tom Whitfield said the parade would "⟦p:d|not be the same without him⟧".

### 040
@a Jürgen Haldenwang | head of the rail workers' union EVB
@b Sabine Krollmann | Transport Minister
@c Nordbahn | The national operator
@d - | one commuter
KESSINGEN, Nov 6 (Meridian Wire) – Rail workers began a 48-hour strike on Thursday, halting most long-distance and regional trains and leaving millions of commuters to find other ways to get to work.
«⟦d:a|Wir haben lange genug gewartet⟧», Jürgen Haldenwang, head of the rail workers' union EVB, told a rally outside Kessingen central station. «⟦d:a|We have waited long enough.⟧»
The union is demanding a 9.5 percent pay rise over two years and a shorter working week for shift workers. The national operator, Nordbahn, has offered 5 percent over three years.
Nordbahn called the strike «⟦p:c|completely disproportionate⟧» and said it was running an emergency timetable covering about a fifth of normal services.
Transport Minister Sabine Krollmann urged both sides to return to the table. «⟦d:b|Every day of strikes costs the economy hundreds of millions of euros and costs passengers their patience,⟧» she told the public broadcaster RTK. «⟦d:b|I expect a solution, not a show of strength.⟧»
At the city's main bus station, queues stretched around the block. «⟦d:d|I understand them, I also want more money. But I have a job interview at ten and I am going to miss it,⟧» said one commuter, who had been queuing for an hour.
Haldenwang said further strikes could not be ruled out. Asked whether the union would escalate before Christmas, he said: «⟦d:a|That depends entirely on Nordbahn.⟧»

### 041
@a Chloe Adeyemi | -
@b Rosa Villanueva | her partner
@c Martin Cheung | a director at Cheung & Lowther estate agents
@d Priya Nair | Hearthstone Building Society's chief economist
After four years of saving, 23 viewings and two failed offers, Chloe Adeyemi and her partner, Rosa Villanueva, finally collected the keys to a two-bedroom terrace in Harbury last month.
“⟦d:a|We lost the first one to a cash buyer and the second to someone who offered £20,000 over the asking price the day before exchange,⟧” Adeyemi said. “⟦d:a|By the third one I'd stopped letting myself imagine where the sofa would go.⟧”
Villanueva said they had only been able to buy because her parents gave them £15,000. “⟦d:b|We're very lucky and I know that. Most of our friends don't have that option, and they're still renting,⟧” she said.
Figures published this week show the average first-time buyer in the region is now 34. Hearthstone Building Society's chief economist, Priya Nair, said affordability remained stretched. “⟦d:d|Wages have picked up, but prices are still around eight times average earnings. That gap takes years to close,⟧” Nair said.
Martin Cheung, a director at Cheung & Lowther estate agents, said the market had become “⟦p:c|more sensible⟧” since the spring. “⟦d:c|Buyers have more time now. A year ago you'd get twelve offers in a weekend. Now it's two or three, and people are negotiating,⟧” he said.
Adeyemi laughed when asked about the sofa. “⟦d:a|It's exactly where I imagined it. I just didn't tell anyone,⟧” she said.

### 042
@a Sigrún Hallvarðsdóttir | a glaciologist at the University of Norðurvík
@b Matteo Brambilla | the programme's field coordinator
@c Guðmundur Einarsson | a sheep farmer whose land borders the glacier's outflow
The Skálajökull glacier has lost a third of its length since 1990, and on the afternoon I visited it was losing a little more: a steady roar of meltwater from under the ice, loud enough to hear from the car park.
“⟦d:a|That sound is the glacier's pulse,⟧” said Sigrún Hallvarðsdóttir, a glaciologist at the University of Norðurvík, who has measured the ice here every autumn for 22 years. “⟦d:a|And it is getting faster.⟧”
Her team's latest survey, published this week, shows the glacier thinned by an average of 2.3 metres last year, the largest annual loss on record.
Matteo Brambilla, the programme's field coordinator, walked me along a line of painted stakes. “⟦d:b|When I started, this stake was in the middle of the glacier,⟧” he said, pointing to one lying on bare gravel. “⟦d:b|Now it's a souvenir.⟧”
Guðmundur Einarsson, a sheep farmer whose land borders the glacier's outflow, remembers when the ice reached the road. “⟦d:c|My father used to take visitors up in the tractor. You could touch it from the trailer,⟧” he said. “⟦d:c|My grandchildren will have to drive twenty minutes and then walk for an hour.⟧”
Hallvarðsdóttir said she had stopped using the word “⟦s:-|retreat⟧”. “⟦d:a|Retreat suggests it might come back. It won't, not on any timescale that matters to us.⟧”

### 043
@a Leah Castellanos | the Rovers captain
@b Amina Diallo-Brooks | The 18-year-old
@c Jo Hennessy | Rovers manager
Wexley Rovers Women 2 Stanmoor City Women 1
Amina Diallo-Brooks came off the bench to score a stoppage-time winner as Wexley Rovers reached the Women's Cup semi-finals for the first time.
The 18-year-old, on the pitch for just six minutes, met Leah Castellanos's cross with a diving header at the far post to spark wild scenes in front of a record crowd of 4,312 at Grange Road.
"⟦d:b|I just closed my eyes and went for it. I didn't even see it go in - I heard it,⟧" Diallo-Brooks said. "⟦d:b|Leah said she'd put it there and she did.⟧"
Castellanos, the Rovers captain, had earlier cancelled out Isla Ferrante's opener for City from the penalty spot. "⟦d:a|Amina's been knocking on the door all season. She's cheeky in training, she's fearless, and she's just shown everyone why,⟧" the captain said.
Rovers manager Jo Hennessy admitted she had almost substituted Castellanos. "⟦d:c|She was cramping up with 20 minutes to go. I had the board ready. She looked at me and shook her head, so I left her on,⟧" Hennessy said. "⟦d:c|Best decision I've made all year, and it wasn't even mine.⟧"
Asked about the semi-final draw, Hennessy said: "⟦d:c|We'll enjoy tonight. Tomorrow we start worrying.⟧"

### 044
@a Yevgenia Sorokina | -
@b Emil Lindqvist | the 23-year-old cellist
It is not every night that a conductor stops a concert to tell the audience off, but then Yevgenia Sorokina is not every conductor.
Midway through the slow movement of Eduard Viljoen's Second Symphony at the Marlowe Hall on Thursday, a mobile phone rang in the stalls, twice. Sorokina lowered her baton, turned around, and waited.
``⟦d:a|We can start again,⟧'' she said, quite pleasantly, when the ringing stopped. ``⟦d:a|Viljoen waited eleven years to hear this piece. We can wait eleven seconds.⟧''
The audience applauded. The owner of the phone, presumably, did not.
The performance that followed was superb, and so, before the interval, was the Viljoen cello concerto, with the 23-year-old cellist Emil Lindqvist as a soloist of unusual poise.
Speaking afterwards, Lindqvist said he had been ``⟦p:b|terrified for about four bars⟧''. ``⟦d:b|After that you stop thinking about the hall and start listening to the orchestra,⟧'' he said. ``⟦d:b|Then it's just chamber music with a hundred friends.⟧''
Sorokina, asked about the phone at the stage door, was unrepentant. ``⟦d:a|I wasn't angry. I was giving Viljoen the respect he deserves,⟧'' she said. ``⟦d:a|Also, I was a little bit angry.⟧''

### 045
@a Margaret O'Donoghue | -
@b Trentway Buses | -
@c Yusuf Bello | the county council's cabinet member for transport
@d Joan Rix | Her neighbour
Pensioners in Ashcombe say they will be left stranded when the village's only bus service is withdrawn next month.
Trentway Buses said the 47, which runs four times a day between Ashcombe and Hollins Cross, carried an average of six passengers per journey and was “⟦p:b|no longer commercially viable⟧”.
Margaret O'Donoghue, 84, uses the bus every Tuesday to get to the surgery and the post office. “⟦d:a|I don't drive, I never have. Taxis are £22 each way. On my pension, that's not a choice, that's a no,⟧” she said.
Her neighbour, Joan Rix, said the bus was “⟦p:d|the only time some of us see anybody all week⟧”. “⟦d:d|You get on, you know everybody, you have a natter. It's not just transport,⟧” she said.
Cllr Yusuf Bello, the county council's cabinet member for transport, said the council was looking at a “⟦s:-|dial-a-ride⟧” minibus for the village. “⟦d:c|We can't force a private company to run a route at a loss, and we don't have the money to subsidise every service. But we won't leave Ashcombe with nothing,⟧” he said.
Mrs O'Donoghue was not reassured. “⟦d:a|They always say that,⟧” she said.

### 046
@a Ines Carvalho | creative director at Lanternfish Games
@b Tobiah Reinholt | her co-founder
@d - | one player
Lanternfish Games, the eight-person studio behind the surprise hit "⟦s:-|Moss & Lantern⟧", has turned down an acquisition offer from one of the world's biggest publishers, its founders said this week.
"⟦d:a|It was a lot of money. A silly amount of money,⟧" said Ines Carvalho, creative director at Lanternfish Games. "⟦d:a|But the first thing they asked about was the release schedule for the sequel, and we didn't have a sequel. We had a game we liked.⟧"
The cosy puzzle game, in which players tend a garden on the back of a giant turtle, has sold more than 3 million copies since it launched in March.
Carvalho and her co-founder Tobiah Reinholt built the first prototype at her kitchen table in 2019. "⟦d:b|We had one rule: no timers. Nothing in the game is allowed to rush you,⟧" Reinholt said.
The decision has delighted fans. "⟦d:d|Thank you for not selling our turtle,⟧" one player wrote on the studio's forum, in a post that has been liked more than 12,000 times.
Reinholt said the studio would hire "⟦p:b|maybe two more people, tops⟧" and take its time over a free update. "⟦d:b|We want to still be making games in ten years. That means not burning ourselves out to hit a quarter,⟧" he said.

### 047
@a Nodar Gelashvili | -
@b Tamar | His daughter
In the cellar beneath Nodar Gelashvili's house, the wine is not in barrels but in the ground: a row of clay vessels as tall as a man, buried up to their necks and sealed with wooden lids and river clay.
“⟦d:a|My grandfather's grandfather buried these,⟧” Gelashvili said, with his daughter translating. “⟦d:a|They will be here after me. Maybe after the house.⟧”
The Tsivi valley, two hours' drive east of the capital, has become one of the more unlikely stops on the wine-tourism circuit, and the family now welcomes visitors four days a week from May to October.
His daughter Tamar, who studied winemaking abroad and came home in 2018, runs the tastings. “⟦d:b|People come expecting something rustic and a bit rough. Then they taste it and go quiet,⟧” she said.
Dinner was a supra, a traditional feast steered by a toastmaster — in this case Gelashvili himself, who raised his drinking horn at regular intervals. “⟦d:a|Gaumarjos!⟧” he cried, and the table answered, “⟦d:-|Gaumarjos!⟧” — to victory, to life, to your health.
Late in the evening I asked him what made a good wine. He thought for a long time. “⟦d:a|Patience. And a good neighbour to drink it with,⟧” he said.
Tamar translated, then added, in her own words: “⟦d:b|He says that every time. It's still true.⟧”

### 048
@a Rupert Kingsley-Vane | head of modern British art at Pemberton's
@b Pemberton's | -
@c Ngozi Eze | an art historian at the Hollis Institute who has written about Price
@e - | The farmer's grandson
A painting that hung unnoticed in a farmhouse kitchen for half a century sold for £3.2 million at auction in Harcastle on Wednesday, more than ten times its low estimate.
The work, "⟦s:-|Girl with Hens⟧", was identified last year as an early painting by Ida Morwenna Price, who died in obscurity in 1931.
"⟦d:a|The room went very quiet at about a million, and then two people on the phone just kept going,⟧" said Rupert Kingsley-Vane, head of modern British art at Pemberton's. "⟦d:a|I've been doing this for 26 years and I've never had a sale like it.⟧"
The painting was consigned by the family of a dairy farmer who bought it at a house clearance in 1971 for five pounds. The buyer, bidding by telephone, has not been identified; Pemberton's said only that the work was going to "⟦p:b|a private collection in Europe⟧".
Ngozi Eze, an art historian at the Hollis Institute who has written about Price, called the result "⟦p:c|overdue recognition⟧" for an artist long dismissed as a minor figure. "⟦d:c|She was painting working women with this ferocious honesty at a time when nobody in the galleries wanted to look at them,⟧" Eze said. "⟦d:c|Now suddenly everyone wants to look.⟧"
The farmer's grandson, who asked not to be named, said the family had no idea. "⟦d:e|Gran always said it was the best thing in the house. We thought she meant it was nice to look at.⟧"

### 049
@a Thibaut Morvan | The 25-year-old
@b Lukas Wendl | The overall leader
@c Pascale Renaud | Galerne's sports director
Thibaut Morvan won the summit finish on the Col de la Brèche-Noire on Thursday, attacking four kilometres from the top to claim the biggest victory of his career on stage 12 of the Ronde des Cimes.
The 25-year-old, who rides for the small Galerne team, crossed the line in tears. «⟦d:a|J'ai pensé à mon père dans les derniers mètres⟧», he said. «⟦d:a|I thought about my father in the last metres.⟧» His father, a former amateur rider, died in January.
Galerne's sports director, Pascale Renaud, said she had told Morvan over the radio to wait for the final kilometre. «⟦d:c|He didn't listen. Thank God he didn't listen,⟧» she said, laughing.
The overall leader, Lukas Wendl, finished 38 seconds back but extended his lead over his nearest rival. «⟦d:b|Today was about limiting losses. I'm happy,⟧» Wendl said. «⟦d:b|Thibaut deserved it. He has been attacking every day for two weeks.⟧»
Fans at the summit had painted «⟦s:-|ALLEZ THIBAUT⟧» in huge letters across the road. Asked whether he had seen it, Morvan smiled. «⟦d:a|I saw it. I rode over it as slowly as I could.⟧»

### 050
@a Jimmy Calderbank | the centre-half who captained Oldmoor Town to their only league title in 1974
@b Ray Holroyd | His former teammate
@c Oldmoor Town | The club
@d Brenda | His widow
Jimmy Calderbank, the centre-half who captained Oldmoor Town to their only league title in 1974, has died at the age of 81.
The club announced his death on Friday morning. In a statement, Oldmoor Town said: “⟦d:c|Jimmy was not just a great player, he was Oldmoor through and through. Our thoughts are with Brenda and the family.⟧”
Known on the terraces as “⟦s:-|the Wall⟧”, Calderbank made 512 appearances for the club over 15 seasons and was never sent off.
“⟦d:a|I never saw the point in kicking people,⟧” he told this newspaper in 2004. “⟦d:a|If you're in the right place, you don't need to.⟧”
His former teammate Ray Holroyd, who played alongside him in the title-winning side, said: “⟦d:b|Jimmy was the first one in and the last one out. He'd organise the whole back four without raising his voice. Forwards were frightened of him, and he never once tried to frighten them.⟧”
His widow, Brenda, said he had watched every Oldmoor game on television until the end, “⟦p:d|shouting at the defenders like they could hear him⟧”.

### 051
@a Dalia Kostandinova | leader of the Civic Forum
@b Petar Orlović | Prime Minister
@c Regional Electoral Observation Mission | -
@d Milena | a 58-year-old teacher who gave her name only as Milena
VESTRAD, May 26 (Meridian Wire) - Vestria's governing Unity Party won the most seats in Sunday's parliamentary election but lost its majority, preliminary results showed on Monday, setting the stage for weeks of coalition talks.
With 98 percent of votes counted, Unity had 38.4 percent, down from 47 percent four years ago, while the liberal Civic Forum doubled its share to 27.9 percent.
"⟦d:b|The people have given us the responsibility to lead again, and we accept it with humility,⟧" Prime Minister Petar Orlović told supporters at party headquarters shortly after midnight. "⟦d:b|We will talk to everyone who puts Vestria first,⟧" he added, without naming possible partners.
Dalia Kostandinova, leader of the Civic Forum, said the result showed voters wanted "⟦p:a|an end to one-party government⟧". "⟦d:a|Mr Orlović can count. He knows he cannot govern alone any more. Tonight, for the first time in twelve years, Vestria has a real opposition,⟧" she said.
The Regional Electoral Observation Mission said in a preliminary report that the vote had been "⟦p:c|competitive and well run⟧", but criticised "⟦p:c|a clear imbalance⟧" in state television coverage in favour of the governing party.
In a working-class district of the capital, a 58-year-old teacher who gave her name only as Milena said she had voted for the opposition for the first time. "⟦d:d|My son left to work abroad two years ago. My daughter leaves next month. Something has to change,⟧" she said.

### 052
@a Owain Pritchard | The 46-year-old sheep farmer
@b Rhian Morgan-Lewis | a counsellor with Field & Fold
@c Anjali Desai | Field & Fold's chief executive
Owain Pritchard knew something was wrong when he stopped going to the mart. “⟦d:a|I'd been going every Thursday since I was ten, with my father. Then one week I just didn't go, and then I didn't go the next week either,⟧” he said.
The 46-year-old sheep farmer, who keeps 600 ewes on the hills above Cwm Ddu, eventually rang a helpline run by the charity Field & Fold after his vet noticed he had lost weight. “⟦d:a|She said to me, ‘Owain, you're not yourself.’ Nobody had ever said that to me. Farmers don't say that to each other,⟧” he said.
Rhian Morgan-Lewis, a counsellor with Field & Fold, said calls to the helpline had risen by 60 per cent in two years. “⟦d:b|It's the weather, the prices, the paperwork, the isolation. But mostly it's the feeling that you're going to be the one who loses the farm after five generations,⟧” she said.
Field & Fold's chief executive, Anjali Desai, said the charity had begun training auctioneers and feed merchants to spot the signs of depression. “⟦d:c|They see farmers every week. They're the ones who notice when someone's gone quiet,⟧” she said.
Pritchard goes to the mart again now. “⟦d:a|I still have bad weeks. But I talk about it. I even talk about it with the other lads, which I never thought I'd do.⟧”

### 053
@a Fairmart | -
@b Ruth Abernethy | editor of Shopper's Friend magazine
@c Colin Mabey | -
Shoppers are being urged to check the small print after research found that more than 200 everyday products have shrunk in size in the past year while their prices stayed the same or rose.
The practice, dubbed "⟦s:-|shrinkflation⟧", was found at every major supermarket, with chocolate, crisps, coffee and toilet roll among the worst affected.
Ruth Abernethy, editor of Shopper's Friend magazine, which carried out the research, said: "⟦d:b|A chocolate bar that used to be 200g is now 180g and costs 10p more. Most people simply won't notice, and manufacturers know that.⟧"
"⟦d:b|Always look at the unit price on the shelf label - the price per 100g or per sheet. That's the only honest comparison.⟧"
Fairmart said it was "⟦p:a|committed to transparency⟧" and had begun flagging reduced pack sizes on shelf labels in 50 stores. "⟦d:a|Where suppliers cut pack sizes without cutting prices, we will always push back,⟧" it said.
Colin Mabey, 63, from Ditchford, has noticed his favourite biscuits getting smaller. "⟦d:c|There used to be 20 in a packet. I counted last week and there were 16. I'm not daft,⟧" he said.

### 054
@a Adaeze Nwachukwu | founder of SolarKiln
@b Henrik Aasland | a partner at Fjellstad Ventures
@c - | A rival founder who asked not to be named
SolarKiln, a start-up that makes solar-powered ovens for bakeries in off-grid towns, has raised $18m in a funding round led by Fjellstad Ventures, the company said on Tuesday.
Adaeze Nwachukwu, founder of SolarKiln, had the idea after watching her aunt's bakery lose a day's bread to power cuts. ``⟦d:a|My aunt would get up at three in the morning, light the oven, and then the power would go at five and the dough would just sit there,⟧'' she said. ``⟦d:a|I thought, the sun comes up every day. The grid doesn't.⟧''
Nwachukwu said the money would pay for a factory and expansion into four new countries within two years. Asked whether that pace was realistic, she said: ``⟦d:a|Ask me in two years. But bakers are very good at early mornings.⟧''
Henrik Aasland, a partner at Fjellstad Ventures, which led the round, said the firm had been ``⟦p:b|impressed by the unit economics, not just the story⟧''. ``⟦d:b|A lot of climate start-ups have a beautiful mission and no customers. Adaeze has 600 paying bakeries,⟧'' he said.
A rival founder who asked not to be named was sceptical. ``⟦d:c|It's a great product for a niche. Whether the niche is worth eighteen million, we'll see,⟧'' she said.

### 055
@a Patricia Ndlovu | Headteacher
@b Albert Crane | -
@c Ellie-Mae Harker | Year 6 pupil
Broomfield Primary School celebrated its 100th birthday on Friday with a party for pupils, staff and former pupils spanning eight decades.
Headteacher Patricia Ndlovu said: "⟦d:a|A hundred years is a long time for anything to last, and this school has lasted because this community has looked after it.⟧"
Albert Crane, 97, who started at the school in 1933, cut the cake. "⟦d:b|We had slates and chalk, and the teacher had a cane she never used, but she kept it on the desk so you knew,⟧" he said.
"⟦d:b|The toilets were outside. I'm pleased to see they've moved them in.⟧"
Pupils buried a time capsule containing letters, a school jumper and a tablet computer. Year 6 pupil Ellie-Mae Harker, 11, wrote a letter to whoever opens it in 2075. "⟦d:c|I asked them if they still have homework. I hope not,⟧" she said.
Asked what the school might look like in another hundred years, Mrs Ndlovu laughed. "⟦d:a|I hope there's still a Broomfield, and I hope the roof doesn't leak,⟧" she said.

### 056
@a Kerensa Polglaze | the excavation director
@b Hamid Sultani | a specialist in early medieval metalwork at the University of Caerwys
@c Derek Pound | the metal detectorist who first spotted a glint of silver in a furrow
A hoard of more than 300 silver coins and pieces of jewellery buried beneath a ploughed field in the Tamber valley may have been hidden by a family fleeing a Viking raid, archaeologists say.
The find was made last spring by Derek Pound, the metal detectorist who first spotted a glint of silver in a furrow. “⟦d:c|I thought it was a ring pull. Then I saw the lettering,⟧” he said.
“⟦d:c|I rang the finds officer straight away. My hands were shaking so much I could barely work the phone.⟧”
Kerensa Polglaze, the excavation director, said the coins had been packed into a lead-lined pot and carefully buried. “⟦d:a|This wasn't lost. Someone meant to come back for it,⟧” she said. “⟦d:a|The fact that they never did tells its own story.⟧”
Hamid Sultani, a specialist in early medieval metalwork at the University of Caerwys, said the coins came from at least six different mints. “⟦d:b|It's a snapshot of money moving around the North Sea in a single generation. To have it all in one pot is extraordinary,⟧” he said.
The hoard has been declared treasure and is expected to be acquired by the Tamber Museum. Polglaze said she hoped it would go on display “⟦p:a|as close as possible to where it was found⟧”.

### 057
@a Marcus Okoro-Quinn | the champion
@b Danny Szymanski | his challenger
@c Frankie Lomax | Promoter
@d - | one fan
Marcus Okoro-Quinn, the champion, and his challenger Danny Szymanski had to be pulled apart by security at Friday's weigh-in after a face-off turned into a shoving match.
Okoro-Quinn, nicknamed "⟦s:-|The Hammer⟧", tipped the scales at 11st 3lb, a pound inside the limit. "⟦d:a|He's been talking for six weeks. Tomorrow night he finds out what happens when the talking stops,⟧" he said.
Szymanski, 28, laughed off the shove. "⟦d:b|That's a man who's scared. You don't push someone if you're confident,⟧" he said. "⟦d:b|I'm taking that belt home to Dunmoor and putting it on my nan's mantelpiece.⟧"
"⟦d:d|You're finished, Hammer!⟧" one fan shouted from the back of the hall.
Promoter Frankie Lomax said he had warned both fighters about their behaviour. "⟦d:c|I want fireworks tomorrow, not tonight. Anyone who steps out of line again gets fined,⟧" he said.
Asked for his prediction, Okoro-Quinn held up four fingers. "⟦d:a|Round four. Write it down,⟧" he said.

### 058
@a Imogen Achebe-Hart | the show's creator
@b Declan Ferris | -
The first thing you notice about “⟦s:-|Low Tide⟧”, Channel Six's new coastal crime drama, is how little crime there is in it. A body is found in the first five minutes; after that, almost nothing happens, beautifully.
“⟦d:a|I was bored of bodies on beaches,⟧” the show's creator, Imogen Achebe-Hart, told me. “⟦d:a|I wanted to write about what happens to a small town in the six months afterwards, when the cameras have gone.⟧”
The press notes describe it as “⟦p:-|slow television for anxious times⟧”. It is slow, sometimes too slow: episode three, which is mostly about a planning dispute over a fish-and-chip shop, will test the patience of anyone who came for a whodunnit.
Declan Ferris, who plays the weary local detective, is terrific, doing more with a sigh than most actors do with a monologue. “⟦d:b|Imogen's scripts have more silence in them than any I've read. Half my lines are just ‘Right.’⟧” he said. “⟦d:b|It's the first job I've had where I've been told to do less acting.⟧”
Achebe-Hart is unapologetic about the pace. “⟦d:a|People binge everything now. I wanted something you'd have to sit with,⟧” she said. “⟦d:a|If you're on your phone during it, you'll miss it. That's fine. Watch something else.⟧”

### 059
@a Fatima Zahra Benali | emergency coordinator for the charity Hands Across
@b Moussa Kanouté | a 52-year-old millet farmer
@c - | A spokesperson for the Regional Relief Agency
SANBÉLA, Sept 14 — Three days after floodwaters swept through this village on the banks of the Doura river, residents were still searching the mud for their belongings on Saturday.
Moussa Kanouté, a 52-year-old millet farmer, stood in what had been his courtyard. “⟦d:b|The water came at night. We heard it before we saw it,⟧” he said, speaking through a translator. “⟦d:b|By morning the house was gone. The granary was gone. Only the tree is still here.⟧”
At least 140 people have died in the region and more than 60,000 have been displaced, according to local authorities.
Fatima Zahra Benali, emergency coordinator for the charity Hands Across, said roads into the worst-hit areas remained cut. “⟦d:a|We are moving supplies by canoe and, in two places, on foot. It is slow, and people are waiting,⟧” she said.
“⟦d:a|The immediate need is clean water. If we don't get that right in the next week, we will be dealing with cholera.⟧”
A spokesperson for the Regional Relief Agency said an appeal for $48m had so far raised “⟦p:c|less than a fifth⟧” of the money needed.
Kanouté said his family was staying with relatives in a neighbouring village. Asked what he needed most, he did not hesitate. “⟦d:b|Seed. If I can plant before the rains end, we can eat next year.⟧”

### 060
@a Bongani Sithole | The potter
@b Hilda Okafor | My first teacher
The potter Bongani Sithole, whose towering, crackle-glazed vessels have become a fixture of the city's galleries, describes his work as "⟦p:a|mud with ambitions⟧". Ahead of "⟦s:-|Kiln Songs⟧", his first solo show at the Radley Gallery, he talked to us about failure, fire and his grandmother's kitchen.
Q: When did you first touch clay?
A: At school, aged 14. My first teacher, Hilda Okafor, put a lump in front of me and said, "⟦d:b|Make it into something you'd be sad to break.⟧" I made an ashtray. I was very sad when it broke.
Q: How many pieces crack in the kiln?
A: About one in three. My assistant calls the broken ones "⟦s:-|the choir⟧", because we keep them on shelves in rows. I can't throw them away.
Q: What would you tell a young potter?
A: What Hilda told me on my last day at school: "⟦d:b|Clay remembers everything. Be careful what you teach it.⟧"

### 061
@a Niamh Corrigan | jockey
@b Padraig Tully | Trainer
@c Kathleen Ross | one of 20 members of the Hollybank Racing Club syndicate that owns the horse
Mossy Bank, a 33-1 outsider, landed the Brackenfield Gold Cup by a neck on Saturday, giving jockey Niamh Corrigan the biggest win of her career in only her second season as a professional.
"⟦d:a|I was told to sit in and wait, so I sat in and waited. Then a gap opened and I thought, well, if not now, when?⟧" said Corrigan, 22. "⟦d:a|He's got the heart of a lion. He just doesn't look like it in the parade ring.⟧"
Trainer Padraig Tully, who has just 14 horses in his yard at Kilbrack, admitted he had almost withdrawn the horse because of the soft ground. "⟦d:b|I walked the course this morning and nearly rang the owners to pull him out,⟧" he said. "⟦d:b|Thank God I had no signal.⟧"
Kathleen Ross, one of 20 members of the Hollybank Racing Club syndicate that owns the horse, said most of them had backed him at big prices. "⟦d:c|We paid 4,000 euros for him as a yearling. Between us, I think we've just won more than that in the bar,⟧" she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh118.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh118",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
