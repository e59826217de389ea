# ruff: noqa: E501
"""Build ``quotes_fresh146.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, written in
the styles of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh146-NNN``.

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
  it (``Owner Patrick Devereux, a retired dairy farmer``): the appositive is the
  description. A title or relational phrase before the name alone (``Trainer Bridget
  Fahey``, ``Her vice-captain, Shireen Adeyemi``, ``Pensioner …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 24-year-old``,
  ``the Scot``), that description is taken. An appositive given at a later mention but
  before the speaker's first quote (``Constantinescu, the ninth seed, …``) is taken
  like an introduction's appositive.
* A description in a tabloid-style lede before the person is named (``A grandmother
  from Holmbridge says …``) is not taken.
* A non-restrictive relative clause after an appositive or a cue phrase (``One former
  engineer, who had been at the company for three years``) is not part of the
  description; a restrictive one is.
* An organisation speaking through ``the statement said`` or ``the company said`` is
  the speaker; a reporter's translation of a quote, set in quotation marks after the
  original, is the original speaker's (``direct`` or ``partial`` like the original).
* Fragments quoted from unidentified reviews are ``partial`` with a null speaker and,
  where the passage gives one (``one critic``), a description. A fragment in a lede
  whose author the passage identifies further down (``accused of giving "dangerous"
  advice`` … ``Her mother … said the response was "dangerous and frankly
  insulting"``) belongs to that person.
* Court copy's ``prosecuting`` / ``defending`` after a name is not a description (it is
  not a noun phrase); a quoted shout from ``someone`` in a crowd has speaker and
  description null.
* A printed tagline or marketing slogan of a company is ``scare``, like a sign.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh146.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh146.jsonl")

PASSAGES = """
### 001
@a Anneke Voss | chief executive of Brandt & Hale
@b Ruairi Costigan | a retail analyst at Merrow Securities
@c - | A spokesman for the Shopworkers' Alliance
@d Brandt & Hale | the country's third-largest grocer
KINGSBRIDGE, March 14 (Northwire) - Brandt & Hale, the country's third-largest grocer, reported a 6 percent rise in annual profit on Thursday and said price cuts on everyday staples had won back shoppers who had drifted to discount chains.
"⟦d:a|We made a bet eighteen months ago that customers would reward us for being cheaper on the things they buy every week, and they have,⟧" said Anneke Voss, chief executive of Brandt & Hale.
Voss told reporters on a conference call that the group would open 40 smaller stores this year, most of them in commuter towns. "⟦d:a|The big out-of-town box is not dead, but it is not where the growth is,⟧" she said.
Shares in the company rose 4.2 percent by midday, among the biggest gainers on the index. Ruairi Costigan, a retail analyst at Merrow Securities, said the results were "⟦p:b|cleaner than expected⟧" but warned that margins remained thin.
"⟦d:b|They've bought volume with price. The question for the second half is whether they can hold on to it without giving away more,⟧" he said.
The company said it expected profit growth to "⟦p:d|moderate⟧" in the coming year as wage costs rise and a new distribution centre in the north comes on stream.
A spokesman for the Shopworkers' Alliance, which represents about 30,000 of the chain's staff, said: "⟦d:c|Record profits should mean a proper pay rise. We will be putting that to management next week.⟧"
(Reporting by Selin Aydın; Editing by Marcus Webb)

### 002
@a Helena Strand | chief investment strategist at Norrvik Capital
@b Obinna Eze | a fund manager at Tallis & Byrne
@c - | one currency trader in Singapore
It was the week the bond market blinked. Yields on ten-year government debt fell by the most since the autumn after inflation figures came in softer than forecast, and equities, which had spent a month going sideways, finally found a direction.
“⟦d:a|People had been positioned for one more hike, and that trade unwound very quickly,⟧” said Helena Strand, chief investment strategist at Norrvik Capital. “⟦d:a|What you saw on Wednesday afternoon was not euphoria. It was relief.⟧”
Strand cautioned against reading too much into a single month. “⟦d:a|One number doesn't make a trend. I'd want to see services inflation come down for two or three months before I believed the story,⟧” she said.
The index of smaller companies, which has lagged for most of the year, rose 3.1 per cent — its best week since January. Obinna Eze, a fund manager at Tallis & Byrne, said the rally was “⟦p:b|overdue but fragile⟧”.
“⟦d:b|Small caps are where the pain of high rates is felt first, so they're also where the relief shows up first,⟧” Eze said. “⟦d:b|But a lot of these businesses refinanced at terrible rates last year. That doesn't go away because the mood changed.⟧”
The currency told its own story, slipping against the dollar on Friday as traders piled into bets on rate cuts. “⟦d:c|Everyone's on the same side of the boat now,⟧” one currency trader in Singapore said. “⟦d:c|That usually ends badly for somebody.⟧”

### 003
@a Tamsin Aldridge | a marine biologist at the University of Carrow who led the expedition
@b Kenji Moriyama | a co-author
@c - | A technician on the expedition
@d Luis Ferreira-Quental | an ecologist at the Ilhavo Marine Station who was not involved in the study
The first thing Tamsin Aldridge noticed was the colour. On the monitor in the control room of the research vessel Corrigan, 2,300 metres above the seabed, a field of pale sponges glowed a faint orange under the lights of the remotely operated vehicle.
“⟦d:a|We all went very quiet,⟧” said Aldridge, a marine biologist at the University of Carrow who led the expedition. “⟦d:a|Then somebody said, ‘Is that real?’ and we all started talking at once.⟧”
The field, which the team believe covers at least four square kilometres, appears to be made up of a single species that has never been described. In a paper published on Wednesday in the Journal of Abyssal Ecology, the researchers call it a “⟦s:-|sponge meadow⟧”.
Kenji Moriyama, a co-author, said the density of the sponges was what surprised the team most. “⟦d:b|You expect to find life clustered around vents or whale falls. This is just flat mud, and it's covered,⟧” he said.
“⟦d:b|We don't yet know what they're eating. That's the next question, and honestly it might take a decade to answer.⟧”
A technician on the expedition, speaking on condition of anonymity because she was not authorised to talk to the press, said the vehicle had nearly been lost on the dive. “⟦d:c|We had a tether fault twenty minutes in. Another five minutes and we'd have had to abandon it,⟧” she said.
Luis Ferreira-Quental, an ecologist at the Ilhavo Marine Station who was not involved in the study, described the find as “⟦p:d|remarkable⟧” and said it raised urgent questions for seabed mining licences in the area. “⟦d:d|If a habitat this size can sit undiscovered until now, what else are we about to dig up without knowing it?⟧”

### 004
@a Margaret Oyelaran | -
@b Calder Valley Hospitals Trust | -
@c Sanjay Bhatt | The trust's medical director
@d Graham Petch | MP for Calder North
A grandmother from Holmbridge says she has waited 14 months for a hip operation that was cancelled twice on the day — and is now being told it could be another six months.
Margaret Oyelaran, 71, has been unable to walk more than a few hundred yards since the summer of last year. "⟦d:a|I've done everything I was told. I lost the weight, I did the exercises, I turned up at seven in the morning with my bag packed,⟧" she said. "⟦d:a|Twice I've been sent home in my dressing gown.⟧"
The second cancellation, in February, came after she had already been given a pre-med. "⟦d:a|The nurse was lovely. She was nearly crying herself. It's not the staff I blame,⟧" Mrs Oyelaran said.
Calder Valley Hospitals Trust said in a statement that it "⟦p:b|sincerely apologised⟧" to Mrs Oyelaran and that orthopaedic lists had been hit by "⟦p:b|unprecedented pressure on beds⟧".
The trust's medical director, Dr Sanjay Bhatt, said a new day-surgery unit due to open in the spring would free up capacity. "⟦d:c|We know people are waiting far too long. I'm not going to pretend otherwise,⟧" he said. "⟦d:c|The new unit will let us ring-fence those beds so that when we book someone in, they actually get their operation.⟧"
Graham Petch, MP for Calder North, said he had raised the case with the health secretary. "⟦d:d|Margaret's story is one of dozens in my inbox. Behind every one of them is somebody in pain,⟧" he said.

### 005
@a Priyanka Dasgupta | the co-founder and chief executive
@b - | One former engineer
@c - | A person familiar with the company's finances
@d Loomwise | the scheduling start-up
Loomwise, the scheduling start-up, has laid off roughly a third of its staff, the company confirmed on Tuesday, barely a year after raising $84 million on the promise of “⟦s:-|calendars that think⟧”.
In a post on the company blog, Priyanka Dasgupta, the co-founder and chief executive, wrote: “⟦d:a|We hired for a world in which growth would keep compounding. That world didn't arrive, and I should have seen it sooner.⟧”
“⟦d:a|To everyone leaving today: you built something real. I'm sorry,⟧” she wrote.
Staff were told of the cuts in a fifteen-minute video call, according to two employees. One former engineer, who had been at the company for three years, said the call was “⟦p:b|clinical⟧”. “⟦d:b|They read from a script, turned the cameras off and our laptops were locked before lunch,⟧” he said.
A person familiar with the company's finances said Loomwise had about 14 months of cash before the cuts. “⟦d:c|This buys them two years. Whether two years is enough is another matter,⟧” the person said.
Loomwise said in a statement that departing employees would receive 12 weeks' pay and that its product “⟦p:d|will continue without interruption⟧”.

### 006
@a Declan Ruane | City boss
@b Emeka Adebayo-Clarke | the 22-year-old
@c Jonas Lindqvist | Portmoor manager
Harbridge City 3 Portmoor Athletic 1
Emeka Adebayo-Clarke scored twice in seven second-half minutes as Harbridge came from behind to end a run of five games without a win and ease the pressure on their manager.
Portmoor had led through Sami Haddad's looping header on the half-hour and might have been two up had Conor Vance not hit the bar just before the interval.
But the introduction of Adebayo-Clarke on 55 minutes changed the game. He turned his marker to drill home the equaliser, then headed in Liam Okafor's cross, before Okafor himself added a third in stoppage time.
"⟦d:b|I've been sat on that bench for three weeks with my heart going,⟧" the 22-year-old said. "⟦d:b|The gaffer told me to go on and be a nuisance, so I went on and was a nuisance.⟧"
City boss Declan Ruane, whose side climb to 14th, admitted his half-time team talk had been "⟦p:a|lively⟧".
"⟦d:a|I won't repeat it. Let's just say the cups of tea stayed on the table,⟧" he said. "⟦d:a|But the reaction was what I wanted. That's the spirit I know is in that dressing room.⟧"
Asked whether he had feared for his job, Ruane smiled. "⟦d:a|You always fear for your job in this game. The day you stop is the day you get complacent.⟧"
Portmoor manager Jonas Lindqvist was left to rue a familiar collapse. "⟦d:c|Forty-five minutes good, forty-five minutes not good. It's the same story,⟧" the Swede said. "⟦d:c|We have to find out why, and quickly.⟧"

### 007
@a Lucía Ibarrondo | the 24-year-old
@b Mirela Constantinescu | the ninth seed
@c - | a reporter
CLAIREFONTAINE, June 2 (Northwire) — Lucía Ibarrondo said she had “⟦p:a|nothing left in the legs⟧” after her three-hour quarter-final win over Mirela Constantinescu at the Clairefontaine Open on Tuesday.
Ibarrondo saved four match points in the second set before winning 4-6, 7-6 (9), 7-5.
«⟦d:a|Al final juegas con el corazón, no con las piernas⟧», Ibarrondo told Spanish reporters afterwards. “⟦d:a|In the end you play with your heart, not your legs,⟧” she added in English.
“⟦d:c|Did you think it was over?⟧” a reporter asked. The 24-year-old laughed. “⟦d:a|At 5-3 in the second? Of course. I was already thinking about my flight home.⟧”
Constantinescu, the ninth seed, who had beaten Ibarrondo in their two previous meetings, was gracious in defeat. “⟦d:b|She played the big points better. That's the whole match,⟧” she said.
The Romanian said she had been troubled by a blister on her right foot since the second round but refused to use it as an excuse. «⟦d:b|Nu caut scuze⟧», she said, meaning “⟦d:b|I'm not looking for excuses⟧”. “⟦d:b|If I walk on court, I'm fit. That's my rule,⟧” she added.
Ibarrondo will face the winner of Wednesday's match between the second seed, Hedda Solberg, and the qualifier Amani Juma. “⟦d:a|Whoever it is, I hope they're tired too,⟧” she said.

### 008
@a Aileas MacPhail | -
@b Donnie Gillanders | the ferry's skipper for 26 years
@c Katrin Vogel | one of a pair of cyclists from Leipzig
The ferry to Inishcarra leaves when Donnie Gillanders says it leaves, which is usually, but not always, the time printed on the timetable pinned to the harbour wall.
“⟦d:b|If there's a swell over three metres, we don't go. If the tourists complain, we still don't go,⟧” says Gillanders, the ferry's skipper for 26 years, coiling a rope as his passengers — eight of us on a grey May morning — shuffle aboard.
The crossing takes 50 minutes, long enough to see gannets folding themselves into the water off the point and to wonder whether you packed enough jumpers. You did not.
The island has one road, one shop, a ruined chapel and a population of 61, a number Aileas MacPhail, who runs the island's only guesthouse, recites with some pride. “⟦d:a|It was 48 when I came back in 2009. We're the only island on this coast that's growing,⟧” she tells me over tea and a slab of fruit loaf.
She puts it down to broadband. “⟦d:a|The fibre came in 2018 and suddenly people could work from here. We've got a graphic designer, two software people and a woman who translates Finnish novels. Finnish! On Inishcarra!⟧”
Walking is the point of the place. Katrin Vogel, one of a pair of cyclists from Leipzig I meet at the north cliffs, has been here four days. “⟦d:c|We planned for one night,⟧” she says. “⟦d:c|Then we missed the ferry. Then we missed it again on purpose.⟧”
Back at the harbour, Gillanders squints at the sky. “⟦d:b|You'll get off today,⟧” he says. Then, after a pause: “⟦d:b|Probably.⟧”

### 009
@a Oluwaseun Bakare | the director of this new revival at the Lantern
@b Ines Halloran | the Irish actor
Maud Renshaw's "⟦s:-|The Glass Orchard⟧" has spent most of its near-century as a footnote: a domestic drama admired by scholars, staged perhaps once a decade, usually in a corseted hurry. Oluwaseun Bakare, the director of this new revival at the Lantern, has other ideas.
"⟦d:a|People treat it like a museum piece, and it's not. It's a play about a woman who wants her own bank account. That's not a period problem,⟧" Bakare told me before the run began.
His solution is to move the action from a 1920s rectory to a 1990s new-build estate, all magnolia walls and a conservatory nobody uses. The results are mixed. The first act, which leans on the comedy of suburban manners, is a delight; the second loses its nerve.
At the centre is the Irish actor Ines Halloran as Edith, brittle and funny and very nearly heartbreaking. "⟦d:b|I've wanted to play her since drama school. She's furious and she's polite at the same time, which is the most exhausting thing to act,⟧" Halloran said. "⟦d:b|The second act is hard. I'm still finding it, honestly.⟧"
It shows. Renshaw's own stage direction, "⟦s:-|She does not weep⟧", is projected on the back wall at the climax, a flourish that tells us what Halloran has not yet managed to.
Bakare is unapologetic about the ending, which he has rewritten. "⟦d:a|Renshaw wrote three endings and couldn't choose between them. I've just picked the fourth,⟧" he said.
Three stars. "⟦s:-|The Glass Orchard⟧" is at the Lantern, Carrow, until 12 April.

### 010
@a Bethany Marsh-Cole | -
@b SkyCrest | budget airline
@c - | A SkyCrest spokeswoman
@d Aurelio Benedetti | Aviation ombudsman
A family who were left £1,840 out of pocket when budget airline SkyCrest cancelled their flights to Crete have finally been refunded — eleven months and 23 emails later.
Bethany Marsh-Cole, 38, from Dunmere, booked the holiday in January last year as a surprise for her husband's 40th. Two days before departure, she got a text.
“⟦d:a|It just said ‘Your flight has been cancelled’ and a link that didn't work,⟧” she said. “⟦d:a|No reason, no alternative, nothing. We had the kids' cases packed by the door.⟧”
The airline initially offered vouchers, which Mrs Marsh-Cole refused. “⟦d:a|I didn't want vouchers for an airline that had just ruined our holiday. I wanted my money,⟧” she said.
After Money Matters contacted SkyCrest, the refund arrived within a week. SkyCrest said it was “⟦p:b|sorry for the delay⟧” and that the case had been “⟦p:b|incorrectly routed⟧” in its systems.
A SkyCrest spokeswoman added: “⟦d:c|We have apologised to Mrs Marsh-Cole and made a goodwill payment of £150.⟧”
Aviation ombudsman Aurelio Benedetti said complaints about refunds had tripled in two years. “⟦d:d|Airlines know that most people give up after the third email. The law is clear: if they cancel, you're entitled to your money back within seven days, not eleven months,⟧” he said.
His advice? “⟦d:d|Keep every screenshot. Put everything in writing. And don't accept a voucher unless you actually want one.⟧”

### 011
@a Rosalind Achterberg | cabinet member for transport
@b Fenella Drury | Opposition leader
@c Kwame Asante-Boateng | owner of Asante Hardware
@d - | One cyclist who spoke during the public session
Plans for a protected cycle lane along Mill Street have been approved by Westford District Council despite objections from traders who say it will cost them customers.
The scheme, which will remove 38 parking spaces, was passed by seven votes to four at Wednesday's cabinet meeting.
Cllr Rosalind Achterberg, cabinet member for transport, said the lane would make the town centre "⟦p:a|safer and more pleasant for everyone⟧". "⟦d:a|Two children have been hit on that road in the last eighteen months. I'm not prepared to wait for a third,⟧" she told the meeting.
Opposition leader Fenella Drury said the consultation had been "⟦p:b|a sham⟧". "⟦d:b|Nine out of ten businesses on Mill Street told you no. You've ignored every single one of them,⟧" she said. "⟦d:b|Come back to us at the next election and we'll see who was listening.⟧"
Cllr Achterberg replied that the council had "⟦p:a|listened carefully⟧" and had amended the plans to include two loading bays.
Kwame Asante-Boateng, owner of Asante Hardware, said he would consider moving. "⟦d:c|People buy bags of compost and paving slabs from me. They're not carrying those home on a bike,⟧" he said.
One cyclist who spoke during the public session said she had been knocked off twice on the street. "⟦d:d|I'd just like to get to work without thinking about it,⟧" she said.
Work is expected to start in September.

### 012
@a Evangeline Roux | the Kingsport-born jazz pianist
@b Adjoa Roux-Mensah | Her daughter
@c Teddy Falconer | The saxophonist
Evangeline Roux, the Kingsport-born jazz pianist, has died aged 88. Known to three generations of musicians simply as “⟦s:-|Vangie⟧”, she played on more than 200 recordings and led her own trio for over four decades.
Her daughter, Adjoa Roux-Mensah, said she died peacefully at home on Tuesday “⟦p:b|with the radio on, which is exactly how she would have wanted it⟧”.
Roux grew up above her father's barber shop and taught herself on the piano of the church next door. She rarely gave interviews, but in a 1998 conversation with this newspaper she was characteristically blunt about her early years. “⟦d:a|The men in those bands wanted a girl singer, not a girl who could play better than them,⟧” she said. “⟦d:a|So I learned to play better than them, and louder.⟧”
Her breakthrough album, “⟦s:-|Harbour Lights at Four⟧”, recorded in a single night in 1961, is still taught in conservatoires.
The saxophonist Teddy Falconer, who toured with her through the 1970s, remembered her as “⟦p:c|the most demanding bandleader I ever had and the kindest person off the stand⟧”.
“⟦d:c|She'd stop a gig to tell you you were rushing. In front of everybody! Then afterwards she'd buy you dinner and ask about your mother,⟧” Falconer said.
She is survived by her daughter and two grandsons. “⟦d:b|She taught me to listen,⟧” Roux-Mensah said. “⟦d:b|To music, but to people mostly.⟧”

### 013
@a Aurélien Mbemba-Ferrand | Valmeria's opposition candidate
@b Solange Keita-Dubois | The president of the electoral commission
@c Moussa | a 52-year-old taxi driver who declined to give his surname
@d - | A Western diplomat in Port-Valmont
@e - | His spokesman
PORT-VALMONT, Oct 9 (Northwire) - Valmeria's opposition candidate Aurélien Mbemba-Ferrand claimed victory in Sunday's presidential election on Monday, hours before official results were due, raising fears of a standoff with the incumbent.
«⟦d:a|Le peuple a parlé, et il a parlé clairement⟧», Mbemba-Ferrand told supporters outside his campaign headquarters. «⟦d:a|Personne ne pourra lui voler sa voix.⟧»
"⟦d:a|The people have spoken, and they have spoken clearly. No one will be able to steal their voice,⟧" he said, according to a translation released by his campaign.
The president of the electoral commission, Solange Keita-Dubois, warned candidates against "⟦p:b|premature declarations⟧". «⟦d:b|Seule la commission proclame les résultats⟧», she said on state television. "⟦d:b|Only the commission announces the results.⟧"
In the capital's central market, traders shuttered their stalls early. "⟦d:c|Everyone remembers 2011,⟧" said Moussa, a 52-year-old taxi driver who declined to give his surname. "⟦d:c|Nobody wants to be on the street if it goes bad.⟧"
A Western diplomat in Port-Valmont, speaking on condition of anonymity, said: "⟦d:d|Both sides have been told very clearly that the world is watching. Whether they are listening is another question.⟧"
President Honoré Lissouba-Kamga, who is seeking a third term, has not commented. His spokesman said the results "⟦p:e|would be respected, whatever they are⟧".
(Reporting by Fatou Diagne; Writing by Ben Aldous)

### 014
@a Ingrid Falkenrath | Governor
@b Tariq Mahmood-Hassan | chief economist at Ostmark Bank
@c - | one reporter
@d Central Bank of Norland | -
VESTRAND, Feb 8 (Northwire) - The Central Bank of Norland held its benchmark rate at 4.25 percent on Thursday, as expected, but signalled that cuts could come "⟦p:d|in the second half of the year⟧" if inflation keeps easing.
"⟦d:a|We are not declaring victory. We are saying the direction of travel is encouraging,⟧" Governor Ingrid Falkenrath told a news conference.
Asked whether the bank had waited too long to begin raising rates two years ago, Falkenrath said: "⟦d:a|With hindsight, everyone would have moved earlier. We did not have hindsight.⟧"
"⟦d:c|Is June live?⟧" one reporter asked. "⟦d:a|Every meeting is live,⟧" Falkenrath replied, to laughter.
Tariq Mahmood-Hassan, chief economist at Ostmark Bank, said the tone was "⟦p:b|noticeably softer⟧" than in January. "⟦d:b|She didn't give a date, but she didn't need to. The market will price a June cut after that,⟧" he said.
The Norland crown weakened 0.4 percent against the euro after the announcement.

### 015
@a Rhiannon Pugh | -
@b Mateo Quispe | an astronomer at the Altiplano Observatory
@c Brackwell Astronomical Society | -
A comet discovered by a retired primary school teacher in her back garden could be visible to the naked eye by the end of the month, astronomers say.
Rhiannon Pugh, 67, spotted the faint smudge on images taken with her 20cm telescope on 3 February. “⟦d:a|I thought it was a smear on the lens, to be honest. I nearly wiped it off,⟧” she told Coastline News.
“⟦d:a|When the email came through confirming it, I cried. My husband thought someone had died.⟧”
Mateo Quispe, an astronomer at the Altiplano Observatory, said the comet's brightness was hard to predict. “⟦d:b|Comets are notoriously unpredictable. They brighten, they fade, sometimes they break apart. I would say there's a good chance, not a certainty,⟧” he said.
“⟦d:b|If it does reach naked-eye brightness, it will be the first discovered by an amateur in this country since the 1990s.⟧”
The Brackwell Astronomical Society said it had been “⟦p:c|inundated⟧” with calls from people hoping to see the comet, and advised them to look low in the western sky just after sunset.
Mrs Pugh's advice to anyone hoping to spot it? “⟦d:a|Get away from the streetlights, give your eyes twenty minutes, and be patient. It's been travelling for thousands of years. It can wait for you.⟧”

### 016
@a Hyun-woo Baek | an epidemiologist at Eastfield University and the study's lead author
@b Miriam Castellanos | a nutrition scientist at Harwick College
@c Fiona Lusk | chief executive of the Healthy Hearts Trust
People who eat a handful of nuts a day are about 18 per cent less likely to develop heart disease than those who rarely eat them, according to a study that followed more than 90,000 adults for twelve years.
"⟦d:a|The association held up even after we accounted for exercise, smoking, income and weight,⟧" said Dr Hyun-woo Baek, an epidemiologist at Eastfield University and the study's lead author. "⟦d:a|That doesn't prove nuts are the cause, but it makes it much harder to explain away.⟧"
Baek said the team had been "⟦p:a|careful not to oversell⟧" the findings, which are published in the Northern Journal of Cardiology.
Independent experts welcomed the study but urged caution. Prof Miriam Castellanos, a nutrition scientist at Harwick College, said: "⟦d:b|People who eat nuts every day tend to be people who do lots of other healthy things. You can adjust for what you measure, but not for what you don't.⟧"
"⟦d:b|Should people eat more nuts? Probably, yes, in place of crisps or biscuits. Should they expect miracles? No.⟧"
Fiona Lusk, chief executive of the Healthy Hearts Trust, said the findings were a "⟦p:c|useful reminder⟧" that small changes matter. "⟦d:c|Swapping a biscuit for a few almonds is not going to change your life on its own, but it's one of a dozen small things that add up,⟧" she said.

### 017
@a Rafael Montiel | head of product at Veyra
@b Chioma Nwachukwu | an analyst at Prism Research
@c - | one attendee
Veyra, the phone maker that built its reputation on budget handsets, wants you to pay a lot more for its next one.
At a launch event in a converted tram depot on Tuesday, the company unveiled the Veyra Fold Lite, a folding phone priced at 899 euros, roughly half the cost of its rivals. ``⟦d:a|We've spent three years asking one question: why does a folding phone have to cost two thousand euros?⟧'' said Rafael Montiel, head of product at Veyra. ``⟦d:a|The honest answer is, it doesn't.⟧''
Montiel said the hinge had been tested to ``⟦p:a|well beyond⟧'' 400,000 folds, and the crease, which has dogged cheaper folding phones, is barely visible in normal light.
Chioma Nwachukwu, an analyst at Prism Research, said the pricing was aggressive but that the company faced a tough fight. ``⟦d:b|The hardware looks genuinely good. The question is software support, and Veyra's record there is patchy,⟧'' she said. ``⟦d:b|People who spend 900 euros expect updates for five years, not two.⟧''
Asked about that criticism on stage, Montiel promised ``⟦p:a|at least five years⟧'' of security updates.
Not everyone in the room was convinced. ``⟦d:c|It's lovely. I'll wait for the second one,⟧'' said one attendee, who had travelled from Lyon for the event.

### 018
@a Hemi Tawhiri | Kestrels captain
@b Ross Dunleavy | Head coach
@c Jean-Baptiste Aubertin | Ravens coach
Kestrels 27 Ravens 24
The Kestrels survived a frantic final ten minutes at Eastmoor Park to hold on for a win that keeps them top of the table, though few in the home dressing room were celebrating.
Leading 20-10 at the break, the hosts conceded two tries in nine minutes after the restart and needed a 74th-minute score from their captain to edge back in front.
"⟦d:a|We made that far harder than it needed to be,⟧" said Kestrels captain Hemi Tawhiri, who burrowed over from a five-metre lineout. "⟦d:a|But you don't get to pick how you win these.⟧"
Head coach Ross Dunleavy was less forgiving. "⟦d:b|We gave away fourteen penalties. Fourteen. Against a side like that, you're asking to lose,⟧" he said. "⟦d:b|We'll look at it on Monday and there'll be some uncomfortable viewing.⟧"
Ravens coach Jean-Baptiste Aubertin felt his side deserved at least a draw. "⟦d:c|The last scrum, for me, was a penalty to us. But I'm not the referee,⟧" the Frenchman said with a shrug. "⟦d:c|We leave with one bonus point and a lot of anger. The anger we can use.⟧"

### 019
@a Nadia Qureshi-Bell | the Westmarch captain
@b Shireen Adeyemi | Her vice-captain
Nadia Qureshi-Bell has a rule about losing: you're allowed one evening.
“⟦d:a|After the final last year I went back to the hotel and I was a mess. I ordered room service and didn't eat it. I watched the highlights three times, which is the worst thing you can do,⟧” says the Westmarch captain, curled into an armchair in the pavilion at Elsworth.
“⟦d:a:m|The next morning I got up, went for a run, and that was it. It's done. You can't bowl that over again. I think a lot of cricketers carry the bad days around for years and it makes them worse.⟧
“⟦d:a|I'd rather be a bit cold about it. My mum says I'm cold about everything, so maybe it comes naturally.⟧”
She has led the side for three seasons, and in that time they have won two titles and lost one final by a single run. Her vice-captain, Shireen Adeyemi, who has known her since they were 11 at county trials, says the calm is genuine.
“⟦d:b|She's the same on the pitch at 40 for five as at 200 for none. It drives the rest of us mad. We want her to panic a bit so we feel better,⟧” Adeyemi laughs. “⟦d:b|Honestly, she's the reason I'm still playing. I nearly quit at 19, and she talked me out of it in a car park.⟧”
Asked about that, Qureshi-Bell shrugs. “⟦d:a|I just told her she was better than she thought she was. Which was true. Still is.⟧”

### 020
@a Piotr Zawadzki | The conductor
@b Ama Owusu-Darko | a student from Accra on a month-long rail pass
@c - | The woman in the seat opposite
There is a particular sound a sleeper train makes at three in the morning: a long metallic sigh as carriages are uncoupled somewhere in the dark, and then a silence so complete you wonder whether the train has simply been abandoned.
The conductor, Piotr Zawadzki, has worked the overnight service from Miradów to the coast for 19 years. "⟦d:a|People think it's romantic. It's romantic for you. For me, it's toilets and tickets,⟧" he says, handing me a paper cup of tea so strong it is nearly black.
Then he softens. "⟦d:a|But yes, okay. When the sun comes up over the lakes, I still look out of the window. After 19 years, I still look.⟧"
In the dining car, Ama Owusu-Darko, a student from Accra on a month-long rail pass, is writing postcards. "⟦d:b|Flying would have been quicker, but I'd have seen nothing,⟧" she says. "⟦d:b|On a train you're in the country. On a plane you're just above it.⟧"
The woman in the seat opposite, who has been listening, leans over. "⟦d:c|Wait until you try the pierogi at Kolno station,⟧" she says. "⟦d:c|Then tell me about flying.⟧"
Tickets for the overnight service start at 39 euros for a couchette; a private cabin costs from 110 euros.

### 021
@a Sélène Abara | the Marseille-born singer-songwriter
@b Joss Kettleborough | Her producer
Four stars. “⟦s:-|Salt Year⟧”, the third album from Sélène Abara, is the sound of an artist who has stopped trying to please anyone, and is all the better for it.
Abara, the Marseille-born singer-songwriter, says she wrote most of it in a rented flat in Lisbon after her label dropped her. “⟦d:a|I had no deadline and no money, which turns out to be the perfect conditions for making a record,⟧” she tells me.
The songs are sparse, mostly voice and nylon-string guitar, with the occasional ghostly clarinet. The standout, “⟦s:-|Ferry Lights⟧”, barely rises above a whisper.
“⟦d:a|I wanted it to sound like you're overhearing someone. Not performing, overhearing,⟧” she says.
Her producer, Joss Kettleborough, recorded much of it on a single microphone. “⟦d:b|She'd do one take and say, ‘That's it.’ I'd beg for another and she'd say no,⟧” he says. “⟦d:b|She was right about nine times out of ten. Don't tell her I said that.⟧”
Some listeners have filed her under “⟦s:-|sad-girl folk⟧”, a label she rejects with a roll of the eyes. “⟦d:a|I'm not sad. I'm paying attention.⟧”

### 022
@a Halvorsen Foods | the company
@b Food Standards Directorate | the regulator
@c Dagny Ekström | a mother from Tullby
Halvorsen Foods is recalling three varieties of its own-brand hummus after some tubs were found to contain salmonella, the company said on Friday.
The recall affects 200g tubs of the classic, red pepper and caramelised onion varieties with use-by dates up to and including 28 June.
"⟦d:a|We are taking this step as a precaution and are working closely with the authorities,⟧" Halvorsen Foods said in a statement. "⟦d:a|Customers should not eat the affected products and can return them to any store for a full refund.⟧"
The Food Standards Directorate said it had received reports of 11 people falling ill, two of whom had been admitted to hospital. "⟦d:b|Symptoms can appear up to six days after eating contaminated food. Anyone who feels unwell should contact their doctor,⟧" the regulator said.
Dagny Ekström, a mother from Tullby, said her son had been ill for four days after eating the hummus at a birthday party. "⟦d:c|We thought it was a stomach bug going round the school,⟧" she said. "⟦d:c|I'm furious that it took them this long to tell anyone.⟧"

### 023
@a Gianni Lombardelli | -
@b Rosa | His wife
@c - | one customer
@d Harold Pybus | -
After 81 years, three generations and, by one estimate, more than four million custard slices, Lombardelli's Bakery on Tanner Row will close its doors for the final time on Saturday.
Gianni Lombardelli, 74, took over the shop from his father in 1979. “⟦d:a|My grandfather came from Lucca with nothing but a recipe for bread and a terrible temper. I inherited both,⟧” he said.
His wife, Rosa, who has worked the counter since their wedding, said the decision had been agonising.
“⟦d:b|We kept saying one more year. Then one more. But Gianni's back is finished, and neither of the children wants to get up at four in the morning. Who can blame them?⟧”
The queue on Thursday stretched past the post office. “⟦d:c|I've been coming here since I was in a pushchair,⟧” said one customer, clutching two loaves. “⟦d:c|My mum came here. It's like losing a relative.⟧”
Harold Pybus, 92, said he had bought his Saturday loaf from the shop every week since 1951, apart from two years of national service. “⟦d:d|I'll have to learn to eat supermarket bread now. At my age,⟧” he said.
Mr Lombardelli said he had been overwhelmed by the cards and flowers. “⟦d:a|People have been crying at the till. I've been crying at the till. It's not very professional,⟧” he said.

### 024
@a Ekaterina Volodina-Hart | the glaciologist whose ice-core measurements helped establish the pace of warming in the Arctic
@b Arjun Menon | a former doctoral student of hers
@c University of Carrow | -
@d Anthony Hart | a geologist
Professor Ekaterina Volodina-Hart, the glaciologist whose ice-core measurements helped establish the pace of warming in the Arctic, has died aged 81.
Born in a railway town east of the Urals, she came to Britain in 1974 on a six-month research visa and stayed for half a century. She once described fieldwork as "⟦p:a|ninety per cent waiting and ten per cent frostbite⟧".
In a lecture in 2009 she said: "⟦d:a|The ice does not have an opinion. It simply keeps the record. Our job is to read it honestly, even when we do not like what it says.⟧"
"⟦d:b|She would read your draft and send it back with one word on the front: 'Why?' Then you would spend three weeks finding out,⟧" said Arjun Menon, a former doctoral student of hers. "⟦d:b|It was infuriating. It made me a scientist.⟧"
The University of Carrow, where she taught for 30 years, said in a statement that she was "⟦p:c|a giant of her field and a generous colleague⟧".
She is survived by her husband, Anthony Hart, a geologist, and by their son. "⟦d:d|She'd want people to keep measuring. That was always her answer to everything: measure it again,⟧" Hart said.

### 025
@a - | a spokeswoman for the regional civil defence agency
@b Esperanza Quiroga | a 63-year-old farmer
@c Lukas Brenner | country director of ReliefBridge
@d Julián Arce-Montoya | Governor
SAN TELMO DEL VALLE, April 22 (Northwire) — Floodwaters in the Sarandí valley began to recede on Tuesday after four days of torrential rain that killed at least 23 people and forced more than 40,000 from their homes, officials said.
“⟦d:a|The water is going down, but the danger is not over. Many roads are still cut and we are worried about landslides,⟧” a spokeswoman for the regional civil defence agency told reporters.
In the village of La Cañada, Esperanza Quiroga, a 63-year-old farmer, stood in front of what was left of her house. “⟦d:b|Lo perdimos todo. Las gallinas, la cosecha, las fotos de mis padres,⟧” she said. “⟦d:b|We lost everything. The chickens, the harvest, the photos of my parents.⟧”
Lukas Brenner, country director of ReliefBridge, said clean water was the priority. “⟦d:c|We're very worried about cholera in the camps. We have tankers on the way, but the bridges are the problem,⟧” he said.
Governor Julián Arce-Montoya, who toured the area by helicopter, promised “⟦p:d|every peso necessary⟧” for reconstruction. “⟦d:d|Nobody will be left behind,⟧” the governor said. “⟦d:d|Not one family.⟧”
(Reporting by Camila Restrepo; Editing by Joan Haydock)

### 026
@a Thorvald Nygaard | chairman of Kessel Group
@b Ayesha Siddiqui | Harrowgate Freight's chief executive
@c Ronan Tierney | general secretary of the Logistics Workers Union
@d - | One large shareholder in Harrowgate
Kessel Group agreed on Monday to buy its rival Harrowgate Freight in a deal worth 2.3 billion euros, creating the largest road haulage business in northern Europe.
"⟦d:a|This is about scale. The customers we serve are getting bigger, and so must we,⟧" Thorvald Nygaard, chairman of Kessel Group, said in a statement. "⟦d:a|We will be a stronger competitor and a better employer.⟧"
Ayesha Siddiqui, Harrowgate Freight's chief executive, who will join the combined board, described the deal as "⟦p:b|the right home⟧" for the company. "⟦d:b|We looked at every option. This was the one that kept our depots open and our name on the lorries for at least five years,⟧" she told analysts.
Unions were less enthusiastic. Ronan Tierney, general secretary of the Logistics Workers Union, said: "⟦d:c|Every time we hear 'synergies', our members hear 'redundancies'. We want guarantees in writing, not warm words on a conference call.⟧"
One large shareholder in Harrowgate, who asked not to be named, said the price was "⟦p:d|light⟧". "⟦d:d|They're getting it cheap, and everyone in the room knows it,⟧" he said.

### 027
@a Marguerite Delacroix-Obi | owner of Cacao & Co in Vellmouth
@b Kofi Amponsah-Bediako | -
@c Sven Aurlund | a commodities analyst at Granholm Research
The price of an Easter egg is going up, and the reason lies thousands of miles away, in cocoa farms battered by disease and drought.
Cocoa futures have more than doubled in a year. “⟦d:a|I've been making chocolate for 22 years and I've never seen anything like it,⟧” said Marguerite Delacroix-Obi, owner of Cacao & Co in Vellmouth. “⟦d:a|My beans cost me three times what they did last spring. I can absorb some of that. I can't absorb all of it.⟧”
Her hand-painted eggs will cost £4 more this year. “⟦d:a|I've had people tell me I'm greedy. I'd love them to see my invoices,⟧” she said.
For farmers, the boom has been less of a windfall than the headlines suggest. Kofi Amponsah-Bediako, who grows cocoa on eight hectares near the town of Asuboa, said by phone that his trees had been hit by swollen shoot virus. “⟦d:b|The price is high, but I have half the beans. So it is the same money, and more work,⟧” he said.
Sven Aurlund, a commodities analyst at Granholm Research, said prices were unlikely to fall soon. “⟦d:c|You can't plant a cocoa tree and harvest it next year. It takes three to five years, and the market knows that,⟧” he said. “⟦d:c|Anyone expecting cheap chocolate by Christmas is going to be disappointed.⟧”

### 028
@a Siobhán Ní Bhriain | site director
@b Callum Ferrier | a retired postman
@c Heritage Lothmere | the agency
A hoard of more than 200 silver coins and a bronze brooch has been found by volunteers on a community dig near Kilbrannock.
"⟦d:a|We were about to pack up for the day when Callum's trowel hit something,⟧" said site director Siobhán Ní Bhriain. "⟦d:a|He went very pale and said, 'I think you'd better come and look at this.'⟧"
Volunteer Callum Ferrier, a retired postman, said he had been digging for nine years without finding anything more exciting than a horseshoe. "⟦d:b|Nine years of nails. Then this,⟧" he said.
The hoard includes 214 coins, the latest dated to about 940 AD. Ní Bhriain said the find could "⟦p:a|rewrite what we thought we knew⟧" about trade in the region.
"⟦d:a|The coins come from at least four different mints. Somebody here was very well connected.⟧"
Heritage Lothmere said the objects would now be assessed by specialists. "⟦d:c|It is too early to say where they will eventually be displayed, but we hope they will stay in the county,⟧" the agency said.

### 029
@a Jade Whitfield | Her mother
@b Olumide Fashola | Consultant psychiatrist
@c MindLoop | -
@d - | a spokesperson
A mental health app used by more than a million teenagers has been accused of giving "⟦p:a|dangerous⟧" advice to a 15-year-old girl who told it she had been self-harming.
Her mother, Jade Whitfield, 41, from Corby Vale, said the response was "⟦p:a|dangerous and frankly insulting⟧".
"⟦d:a|When I saw the screenshot I felt sick. She'd finally plucked up the courage to tell someone, and it was a robot that told her to cheer up,⟧" she said.
"⟦d:a|I'm not against apps. I'm against apps pretending to be therapists.⟧"
Consultant psychiatrist Dr Olumide Fashola said: "⟦d:b|These tools can be useful for mild anxiety, but they must have proper escalation when a young person discloses self-harm. That should be the absolute minimum.⟧"
MindLoop said it was "⟦p:c|deeply sorry⟧" and had "⟦p:c|immediately reviewed⟧" the response. "⟦d:d|Our app is designed to signpost users to urgent support. On this occasion that did not happen, and we have fixed it,⟧" a spokesperson said.

### 030
@a Harriet Osei-Lindgren | a maths teacher at Brookfield Academy in Selhurst Vale
@b Dariusz Kowalczyk | Education Minister
@c - | One year 11 pupil
@d Nasrin Farahani | Brookfield's head teacher
In Harriet Osei-Lindgren's classroom, the chatbot is up on the whiteboard, and her pupils are invited to catch it out.
“⟦d:a|I'd rather they use it in front of me than at home at midnight where I can't see what it's telling them,⟧” said Osei-Lindgren, a maths teacher at Brookfield Academy in Selhurst Vale. “⟦d:a|Half the job now is teaching them when not to believe it.⟧”
Brookfield's head teacher, Nasrin Farahani, said the school had written its own rules rather than wait for the government. “⟦d:d|We're not banning it and we're not worshipping it. We're treating it like a calculator that sometimes lies,⟧” she said.
One year 11 pupil, who asked not to be named, was blunter. “⟦d:c|Everyone uses it for homework. The ones who say they don't are lying,⟧” he said.
Education Minister Dariusz Kowalczyk said on Thursday that national guidance would be published “⟦p:b|before the summer⟧”. “⟦d:b|Schools should not have to make this up as they go along. They have been left to do that for too long, and that is on us,⟧” the minister said.
Osei-Lindgren welcomed the promise but was sceptical about the timing. “⟦d:a|Before the summer? Which summer?⟧” she said.

### 031
@a Baptiste Lemaire-Roux | the 26-year-old Frenchman
@b Anders Fjeldstad | the race leader
@c Gaëlle Morvan | Équipe Armorique's sports director
COL DE LA SERPE, July 11 (Northwire) - Baptiste Lemaire-Roux won the 12th stage of the Tour des Cimes on Thursday, the first summit finish victory of his career, after a solo attack on the final climb.
«⟦d:a|J'ai attendu ce jour toute ma vie⟧», the 26-year-old Frenchman said at the finish, tears streaming down his face. "⟦d:a|I have waited for this day my whole life.⟧"
Lemaire-Roux attacked four kilometres from the summit and held off the race leader Anders Fjeldstad by 11 seconds.
«⟦d:a|Dans les deux derniers kilomètres, je ne sentais plus mes jambes. Je regardais seulement la route⟧», he said.
Fjeldstad, who keeps the leader's jersey with a lead of 48 seconds, was unperturbed. "⟦d:b|He was stronger today. I'm not worried. We still have the time trial,⟧" the Norwegian said.
Équipe Armorique's sports director, Gaëlle Morvan, said the team had planned the attack since the spring. «⟦d:c|C'était écrit⟧», she said. "⟦d:c|It was written.⟧"

### 032
@a Marcus Delacourt-Webb | Kings head coach
@b Tyrese Okonkwo | Point guard
@c - | A reporter
@d - | Another reporter
The Harbour Kings' season ended on Sunday night with a 104-98 overtime loss to the Eastgate Comets in game seven of the conference semi-finals.
Kings head coach Marcus Delacourt-Webb sat at the podium for a long moment before he spoke. "⟦d:a|I'm proud of them. I know that sounds like what a coach says. I mean it,⟧" he said.
A reporter asked about the final possession of regulation, when the Kings failed to get a shot away. "⟦d:c|Why not call a timeout there?⟧"
"⟦d:a|Because I trusted my guys to make a play, and they didn't get it done, and that's on me,⟧" Delacourt-Webb said. "⟦d:a|I'd do it again. I'd probably do it again.⟧"
Point guard Tyrese Okonkwo, who scored 31, was asked whether this group could win a title. "⟦d:b|Yes. Not might. Yes,⟧" the 24-year-old said. "⟦d:b|You don't get to game seven by accident.⟧"
Another reporter wanted to know about his contract, which expires in July. "⟦d:d|Is this your last season in Harbour?⟧"
"⟦d:b|That's for my agent and the front office. Tonight I just want to sit with my teammates,⟧" Okonkwo said, and stood up.

### 033
@a Benedetta Salvucci | The owner
@b Tomás O'Faolain | an Irish chef who trained in Lyon
Palazzo Vento, a twelve-room hotel in a converted silk mill above the lake at Castelmoro, is the kind of place you book for one night and then quietly extend.
The owner, Benedetta Salvucci, bought the ruin in 2014. “⟦d:a|Everyone told me I was mad. The roof was on the floor and there were goats in the ballroom,⟧” she says. “⟦d:a|My father told me I was mad. He was right, but it's done now.⟧”
The restaurant is run by Tomás O'Faolain, an Irish chef who trained in Lyon and arrived at Castelmoro for a summer eight years ago. “⟦d:b|The lake gives us the fish, the hill gives us everything else. I just try not to get in the way,⟧” he says.
He is less purist than he sounds. “⟦d:b|If a guest asks for ketchup, I give them ketchup. I'm not a monster.⟧”
Salvucci has one rule: no televisions. “⟦d:a|People complain for the first night. By the second night they're reading books and talking to each other. By the third they don't want to leave,⟧” she says.
Doubles from €310, B&B. The nearest airport is 90 minutes away by car.

### 034
@a Yusuf Demirci | the Anatolian-born painter
@b Clementine Ashworth-Lee | the exhibition's curator
@c - | A retired fisherman who came to the opening night
Yusuf Demirci has painted the same harbour every morning for 31 years. Now, for the first time, the paintings are on show together, in "⟦s:-|Thirty-One Winters⟧" at the Halverton Gallery.
"⟦d:a|People ask me if I get bored. I get bored of everything else. Never of the harbour,⟧" said Demirci, the Anatolian-born painter, standing in front of a wall of 400 small canvases.
Clementine Ashworth-Lee, the exhibition's curator, spent two years persuading him to show them. "⟦d:b|He kept them in shoeboxes under his bed. Some of them had been nibbled by mice,⟧" she said. "⟦d:b|When I saw them laid out on his kitchen floor, I knew this had to be one room. One enormous room.⟧"
The title was Ashworth-Lee's idea; Demirci had wanted to call the show "⟦s:-|Harbour⟧". "⟦d:a|Too simple, she told me. So now it is complicated,⟧" he said, laughing.
A retired fisherman who came to the opening night studied the canvases for nearly an hour. "⟦d:c|That's my boat,⟧" he said, pointing at a small blue shape. "⟦d:c|Nineteen ninety-six. I'd know it anywhere.⟧"

### 035
@a Winifred Ogunleye | Pensioner
@b PowerNorth | the company
@c Colm Rafferty | director of Warm Homes Now
Pensioner Winifred Ogunleye has spent most of this winter in one room, wearing two cardigans and a woolly hat, after her energy direct debit more than doubled overnight.
The 79-year-old widow from Ashby Fields was told by PowerNorth that her payments would rise from £96 to £212 a month. “⟦d:a|I rang them and a young man told me it was based on an estimate. I said, ‘Then estimate again, love,’⟧” she said.
“⟦d:a|I've lived in this house 51 years. I've never been in debt in my life. Now I'm frightened to open the post.⟧”
PowerNorth said it had “⟦p:b|reviewed the account⟧” and reduced the payment to £118. “⟦d:b|We're sorry for the worry this caused Mrs Ogunleye. Any customer concerned about their payments should get in touch,⟧” the company said.
Colm Rafferty, director of Warm Homes Now, said the case was “⟦p:c|far from unusual⟧”. “⟦d:c|We're hearing from pensioners every day who've had their direct debits hiked on estimates. Suppliers are using their customers as an interest-free loan,⟧” he said.

### 036
@a Ffion Pritchard | District Judge
@b Nathaniel Oduya | -
@c Craig Lumsden | -
@d Imogen Tate | -
A man who drove a stolen ice cream van through a village fete has been banned from driving for three years.
Craig Lumsden, 34, of Marsh Road, Trelleck, admitted aggravated vehicle taking and driving without insurance when he appeared before Penrose Magistrates' Court on Tuesday.
Imogen Tate, prosecuting, said Lumsden had taken the van from a depot in the early hours and driven it across the playing field during the St Aldhelm's summer fete the following afternoon. "⟦d:d|Witnesses describe the chimes playing throughout,⟧" she told the court. "⟦d:d|Several children initially ran towards it.⟧"
Nathaniel Oduya, defending, said his client had been "⟦p:b|in a very dark place⟧" after the breakdown of his relationship. "⟦d:b|He is mortified. He has written a letter of apology to the fete committee and has offered to work at next year's event for nothing,⟧" he said.
District Judge Ffion Pritchard told him: "⟦d:a|This could very easily have ended in tragedy. The only reason it did not is luck and the quick thinking of the people on that field.⟧"
She said she had taken into account his guilty plea and his "⟦p:a|genuine remorse⟧". As he left the dock, Lumsden turned to the public gallery and said: "⟦d:c|I'm sorry. I really am.⟧"
He was also ordered to carry out 150 hours of unpaid work and to pay £600 compensation.

### 037
@a Bertie Cavanagh | -
@b Lorraine | His daughter
@c Owen Mkhize | Former captain
@d Dunmore Albion | -
Bertie Cavanagh, who managed Dunmore Albion to their only county cup win in 1988, has died aged 86.
He was known to everyone at the club as “⟦s:-|The Gaffer⟧” long after he had retired, and could be found in the same seat in the main stand at every home game until last season.
Dunmore Albion said in a statement that the club was “⟦p:d|heartbroken⟧”. “⟦d:d|Bertie was Albion. Everything we are today stands on what he built,⟧” the statement said.
Former captain Owen Mkhize said: “⟦d:c|He could tear a strip off you at half-time and have you laughing by full-time. I never met anyone who got more out of less.⟧”
His daughter Lorraine said he had kept the 1988 match ball for the rest of his life. “⟦d:b|It sat on top of the wardrobe. Nobody was allowed to touch it. Not even the grandchildren.⟧”
In a 2013 interview with the Courier, Cavanagh said of the final: “⟦d:a|We had no right to win that game. None. But nobody told the lads, so they won it anyway.⟧”

### 038
@a Amira Haddad-Saleh | Kesh's foreign minister
@b Oskar Brennvik | Her Dalmarran counterpart
@c - | A senior official close to the talks
VESTRAND, Nov 3 (Northwire) - The foreign ministers of Kesh and Dalmarra ended two days of talks on Sunday without agreement on their disputed border but said they would meet again within a month.
Speaking through an interpreter, Kesh's foreign minister, Amira Haddad-Saleh, said: "⟦d:a|We spoke frankly, and that in itself is progress. Nobody walked out. Two years ago, somebody always walked out.⟧"
Asked whether a deal was possible this year, she said: "⟦d:a|Possible, yes. Likely, I cannot say.⟧"
Her Dalmarran counterpart, Oskar Brennvik, was more cautious. «⟦d:b|Det finns fortfarande stora skillnader⟧», he told reporters in his own language. "⟦d:b|There are still big differences.⟧"
A senior official close to the talks said the two sides had agreed on "⟦p:c|about 80 per cent⟧" of a draft text but remained far apart on water rights. "⟦d:c|The river is the whole problem. Everything else could be signed tomorrow,⟧" the official said.
(Reporting by Henrik Salo and Leila Nassar; Editing by Tom Oyelowo)

### 039
@a Morag Tennant | -
@b Dev Raichura | -
In a railway arch behind Coldwater station, two former accountants are making some of the most talked-about beer in the county.
Morag Tennant and Dev Raichura quit their jobs at the same firm in 2019 and spent their redundancy money on a second-hand brewing kit from a closed pub in Harlby.
``⟦d:a|We did a spreadsheet, obviously. The spreadsheet said don't do it,⟧'' Tennant said. ``⟦d:a|So we ignored the spreadsheet, which is a very strange thing for two accountants to do.⟧''
Raichura handles the brewing; Tennant handles everything else. ``⟦d:b|Morag is the business brain. I'm the one who smells of hops,⟧'' he said.
Their best-seller, a pale ale called ``⟦s:-|Arch Nemesis⟧'', is now stocked in 60 pubs across the region, and the pair have taken on four staff.
They have also had approaches from larger brewers. ``⟦d:b|We've turned them all down,⟧'' Raichura said. ``⟦d:b|The day someone else owns it, it stops being fun.⟧''
Tennant agreed, up to a point. ``⟦d:a|Ask me again when the roof leaks,⟧'' she said.

### 040
@a Ingeborg Halvorsen-Tveit | a glaciologist at the Nordfjell Polar Institute
@b Rasmus Eik | a mountain guide who has led tours on the glacier since 2004
Ingeborg Halvorsen-Tveit stops on the path and points at a boulder the size of a van, streaked with orange lichen.
“⟦d:a|When I first came here as a student in 1998, the ice reached that rock,⟧” says Halvorsen-Tveit, a glaciologist at the Nordfjell Polar Institute. “⟦d:a|Now it is 900 metres back. You can walk for fifteen minutes from where the glacier was to where it is.⟧”
Her team measures the front of Skarbreen every September with GPS and drones. “⟦d:a|Every year I hope the number will be smaller, and every year it is not.⟧”
Rasmus Eik, a mountain guide who has led tours on the glacier since 2004, says he has had to relearn the mountain. “⟦d:b|The routes I used ten years ago don't exist any more. The crevasses are in different places every spring,⟧” he says.
“⟦d:b|The tourists come to see the ice before it's gone. I understand them, but it is a strange business to be in.⟧”

### 041
@a Parveen Akhtar | a pharmacist in Linford
@b Department of Health | -
@c Emmanuel Addo-Sarfo | chair of the Joint Immunisation Panel
@d Doreen Fitch | -
Everyone over the age of 75 will be offered a new RSV vaccine from next month, the Department of Health has announced.
The department said the jab could prevent "⟦p:b|thousands of hospital admissions⟧" each winter.
Professor Emmanuel Addo-Sarfo, chair of the Joint Immunisation Panel, said: "⟦d:c|RSV is thought of as a childhood illness, but it kills a significant number of older adults every year. This is a genuinely important step.⟧" He added: "⟦d:c|The evidence from the trials is strong.⟧"
Parveen Akhtar, a pharmacist in Linford, said her phone had "⟦p:a|not stopped ringing⟧" since the announcement. "⟦d:a|People are keen, which is wonderful. But please wait for your invitation, because we can't book anyone in yet,⟧" she said.
Doreen Fitch, 81, who spent nine days in hospital with RSV last winter, said she would be "⟦p:d|first in the queue⟧". "⟦d:d|I honestly thought I was going to die,⟧" she told us. "⟦d:d|If a jab stops that happening to someone else, I'm all for it.⟧"

### 042
@a Corvanta | Payroll software company
@b Leilani Kahale | a security researcher at Ironbark Labs
@c - | One affected employee
@d Halvard Moen | Data Protection Commissioner
Payroll software company Corvanta has confirmed that hackers accessed the personal details of about 1.2 million workers, including bank account numbers and home addresses.
In a notice posted on its website on Friday, Corvanta said it had detected “⟦p:a|unusual activity⟧” on 2 March and had “⟦p:a|immediately engaged leading forensic experts⟧”. “⟦d:a|We deeply regret this incident and are contacting every affected individual directly,⟧” the company said.
Leilani Kahale, a security researcher at Ironbark Labs, said the gap between detection and disclosure was “⟦p:b|hard to justify⟧”. “⟦d:b|Three weeks is a long time to sit on this when people's bank details are out there,⟧” she said. “⟦d:b|The first thing anyone affected should do is call their bank and change their passwords. Today, not tomorrow.⟧”
One affected employee, who works as a nurse, said she had learned about the breach from a colleague. “⟦d:c|I still haven't had an email from anyone. I found out from a screenshot in a group chat,⟧” she said.
Data Protection Commissioner Halvard Moen said his office had opened an investigation. “⟦d:d|Companies that hold this kind of data have a duty to protect it, and a duty to be open when they fail,⟧” he said.

### 043
@a Kidane Berhe | -
@b Mercy Chebet-Langat | -
@c Hamish Corrigan | Race director
VELLMOUTH, April 13 (Northwire) - Kidane Berhe won the Vellmouth Marathon on Sunday in 2 hours 4 minutes 51 seconds, a course record, while Mercy Chebet-Langat took the women's race on her debut at the distance.
Berhe, 27, who broke away from a leading group of six at 35 kilometres, said through an interpreter that he had "⟦p:a|felt the record⟧" from halfway. "⟦d:a|At 30K my coach shouted the split and I knew. After that I only thought about my breathing,⟧" he said.
"⟦d:a|This is for my mother. She has never seen me race. Tonight she will see it on the television in our village.⟧"
Chebet-Langat, 24, pulled clear of the defending champion in the final three kilometres. "⟦d:b|The last five kilometres were very painful. I said to myself, 'Mercy, you came here to learn. So learn,'⟧" she said, laughing. "⟦d:b|Next year I will come back for the record.⟧"
Race director Hamish Corrigan said the conditions had been "⟦p:c|as close to perfect as we ever get⟧". "⟦d:c|Eight degrees, no wind. We ordered it months ago,⟧" he joked.

### 044
@a Bridget Fahey | trainer
@b Conor Lynam-Duffy | Jockey
@c Patrick Devereux | a retired dairy farmer
Outsider Lantern Hill landed a 40-1 shock in the Carrowmore Gold Cup yesterday, and nobody was more surprised than the people who own him.
“⟦d:a|I'm speechless. Honestly, I'm speechless, and anyone who knows me will tell you that doesn't happen,⟧” said trainer Bridget Fahey, who runs a 14-horse yard outside Kilbrannagh.
“⟦d:a|He's been a bit of a lunatic at home all week, which is usually a good sign with him.⟧”
Jockey Conor Lynam-Duffy, 19, was riding in his first Gold Cup. “⟦d:b|I was told to hold him up and come late. I came a bit earlier than I was told. Don't tell the boss,⟧” he grinned.
Owner Patrick Devereux, a retired dairy farmer, bought the gelding for €6,000 as a yearling. “⟦d:c|Best six grand I ever spent. The wife said it was the worst. She's quiet now,⟧” he said.
“⟦d:a|We'll enjoy tonight. The plans can wait until Monday,⟧” Fahey added.

### 045
@a Ximena Altamirano | the festival's director
@b Ramón Egido | Stallholder
@c - | A teacher from the coast who has come every year since 2011
Once a year, on the last Saturday of October, the village of Villaverde de Alcor switches off its streetlights and fills its narrow lanes with paper lanterns.
``⟦d:a|We started with 40 lanterns and a borrowed generator. This year we will have about 12,000,⟧'' said Ximena Altamirano, the festival's director. ``⟦d:a|Come on the Thursday if you can. Saturday is beautiful, but you won't be able to move.⟧''
Stallholder Ramón Egido has sold churros from the same corner of the plaza for 17 years. ``⟦d:b|The tourists want photographs. The locals want churros. I'm on the side of the locals,⟧'' he said.
A teacher from the coast who has come every year since 2011 put it simply: ``⟦d:c|It's the only night of the year when the whole village stays up.⟧''
Getting there: the nearest station is at Alcor, 12km away; shuttle buses run every 20 minutes on festival weekend. Book accommodation early.

### 046
@a Léa Fontanel-Diallo | the 36-year-old director
@c - | one critic
Léa Fontanel-Diallo's second feature, "⟦s:-|The Salt Road⟧", follows three sisters driving their father's ashes across the country in a borrowed estate car. It premiered at the Vestrand Film Festival last month to a ten-minute standing ovation, and one critic called it "⟦p:c|the most assured film of the year⟧".
We met the 36-year-old director in a hotel bar the morning after the premiere. She had slept, she said, "⟦p:a|about two hours⟧". Pitching it, she admits, was not easy. "⟦d:a|I told them it was a road movie where nobody gets out of the car. You can imagine their faces,⟧" she said.
Q: Where did the story come from?
A: My own family, partly. My father died in 2019, and my sisters and I did drive across the country with him in the boot. Not a very cinematic trip. We argued about the radio the whole way.
Q: Your first film, "⟦s:-|Low Tide⟧", was much colder. Was this a deliberate change?
A: I think I was afraid of emotion in the first one. With "⟦s:-|The Salt Road⟧" I decided to stop being afraid. The producers were terrified.
Q: What's next?
A: Sleep. Then a comedy, if anyone will pay for it.

### 047
@a Aldane Motors | The carmaker
@b - | A spokesman for the Vehicle Safety Agency
@c Priscilla Mwangi | a driver from Eastcote
Aldane Motors is recalling more than 86,000 of its Brisa hatchbacks over a fault that can cause the passenger airbag to deploy without warning.
The carmaker said it was aware of "⟦p:a|fewer than ten⟧" incidents and no serious injuries. "⟦d:a|Customer safety is our highest priority. Owners will be contacted by letter and the repair, which takes about an hour, will be carried out free of charge,⟧" Aldane said in a statement.
A spokesman for the Vehicle Safety Agency said owners could continue to drive their cars but "⟦p:b|should not carry a passenger in the front seat until the fix has been made⟧". "⟦d:b|Anyone who is unsure whether their car is affected can check the registration on our website,⟧" he said.
Priscilla Mwangi, a driver from Eastcote, said the airbag in her Brisa had gone off while she was parked outside a supermarket. "⟦d:c|There was a bang like a gunshot and the car filled with dust. My daughter was in the front. She was screaming,⟧" she said.
"⟦d:c|If we'd been on the motorway, I don't want to think about it.⟧"

### 048
@a Gwen Prothero | -
@b Aled | her husband
@c Sally-Anne Hughes | a dog warden with Caerwen Council
A spaniel that vanished during a storm on New Year's Eve has been reunited with her owners after turning up 40 miles away — on the doorstep of a fish and chip shop.
Bramble, a four-year-old springer, bolted when fireworks went off near the Llanrhos home of Gwen Prothero and her husband, Aled.
“⟦d:a|We looked every single day. We put up posters in every village. I'd honestly started to lose hope,⟧” said Mrs Prothero, 58.
Staff at the chip shop in Porth Ysgaw called the council, and a scan of her microchip did the rest. “⟦d:c|She'd walked into the shop like she owned the place and sat down by the fryer,⟧” said Sally-Anne Hughes, a dog warden with Caerwen Council. “⟦d:c|Clearly a dog of taste.⟧”
“⟦d:b|When the phone rang and they said they'd found her, I had to sit down on the stairs,⟧” said her husband.
“⟦d:a|She's been sleeping on our bed ever since. We haven't had the heart to move her,⟧” Mrs Prothero added.

### 049
@a Winston Achebe-Lowe | -
@b Marcia | His widow
@c Tobias Renfrew | Mayor
Winston Achebe-Lowe, who campaigned for more than 40 years to save Fellgate's public baths, has died at the age of 83.
He came to the town from the Caribbean in 1961 and drove buses for thirty years. In 1979 he first wrote to the council about the crumbling Victorian baths, and he did not stop writing for the next three decades.
When the baths finally reopened in 2012 after a £3 million restoration, he swam the first length. "⟦d:a|I told them I'd be first in, and I was first in. Slow, but first,⟧" he said at the time.
His widow, Marcia, said he had "⟦p:b|never once⟧" missed a council meeting in four decades. "⟦d:b|He used to say, if you're not in the room, you're on the menu,⟧" she said.
Mayor Tobias Renfrew described him as "⟦p:c|the conscience of this town⟧". "⟦d:c|He could be a thorn in the council's side, and God, we needed him to be,⟧" he said.
The funeral will be held at St Cuthbert's Church on Friday. Mourners have been invited to bring their swimming caps.

### 050
@a Interior Ministry | -
@b Nilufar Rashidova | a 22-year-old journalism student
@c Zarina Ismoilova | a lawyer representing several of those detained
TASHMIR, Feb 19 (Northwire) - Thousands of people marched through the capital of Surkhania on Saturday against a proposed law that would require news websites to register as "⟦s:-|foreign agents⟧" if they receive funding from abroad.
Protesters chanted "⟦s:-|Free press, free people⟧" and carried banners reading "⟦s:-|We are not agents⟧" as they walked from Independence Square to the parliament building.
"⟦d:b|My parents were afraid their whole lives. I don't want to live like that,⟧" said Nilufar Rashidova, a 22-year-old journalism student. "⟦d:b|If we stay quiet now, it will be too late.⟧"
The Interior Ministry said in a statement that 37 people had been detained for "⟦p:a|violating public order⟧".
Zarina Ismoilova, a lawyer representing several of those detained, said they had been denied access to legal counsel. "⟦d:c|I have been at the station since six this morning and they will not let me see my clients. This is against our own constitution,⟧" she said.
Parliament is due to hold a second reading of the bill on Wednesday.

### 051
@a Ifeoma Chukwu-Laird | a partner at Laird & Vance estate agents in Brackley Heath
@b Niall Broderick | -
@c Sorcha Dempsey | his partner
@d Ravi Subramaniam | Northvale's chief economist
House prices fell by 1.8 per cent in the year to March, the biggest annual drop since 2011, according to figures from the lender Northvale Building Society.
“⟦d:d|The market is adjusting to higher borrowing costs rather than collapsing. Activity is down, but we're not seeing forced sales in any great number,⟧” said Northvale's chief economist, Ravi Subramaniam.
Ifeoma Chukwu-Laird, a partner at Laird & Vance estate agents in Brackley Heath, said buyers had “⟦p:a|found their nerve again⟧” in the spring. “⟦d:a|Sellers who priced sensibly are selling. Sellers who are still living in 2022 are not,⟧” she said.
For Niall Broderick and his partner, Sorcha Dempsey, both 29, the dip has come just in time. “⟦d:b|We'd given up, honestly. Every time we saved another five grand, prices went up another ten,⟧” Broderick said.
Dempsey was more guarded. “⟦d:c|We've not got the keys yet. I'll believe it when I'm standing in the kitchen,⟧” she said.

### 052
@a Oksana Hrytsenko | a retired dentist from Wexham
@b Bartholomew Nkemelu | the project's scientific lead
Swifts are arriving later each spring, according to early results from a survey in which more than 20,000 volunteers count the birds from their gardens and streets.
"⟦d:b|Swifts used to arrive in the first week of May like clockwork. For the last three years we've been waiting until the middle of the month,⟧" said Prof Bartholomew Nkemelu, the project's scientific lead.
"⟦d:b|We can't say why yet. It could be conditions in Africa, it could be the weather on the route. That's precisely why we need people looking up.⟧"
Oksana Hrytsenko, a retired dentist from Wexham, has counted swifts over her street every evening for six summers. "⟦d:a|My neighbours think I'm mad, standing in the road with a clipboard,⟧" she said. "⟦d:a|But when the first one screams over the roofs, I feel like summer has officially started.⟧"
Volunteers can register on the Swift Watch website until the end of May. "⟦d:b|You don't need to be an expert. If you can tell a swift from a pigeon, we want you,⟧" Nkemelu said.

### 053
@a Tuomas Lehtinen | creative director of Pikkusaari Games
@b Ayo Balogun | a games critic
@c - | One player
A game in which you do nothing more dramatic than keep a lighthouse running and write in a diary has sold a million copies in four months.
“⟦d:a|We thought maybe 50,000 people would like it. We were wrong by quite a lot,⟧” said Tuomas Lehtinen, creative director of Pikkusaari Games, the six-person studio in Kallavesi behind “⟦s:-|The Keeper's Almanac⟧”.
Lehtinen said the team had resisted pressure to add combat. “⟦d:a|A publisher told us, ‘It needs a monster.’ We said no. The monster is the loneliness,⟧” he said.
Ayo Balogun, a games critic, called it “⟦p:b|the calmest game I have ever been unable to stop playing⟧”. “⟦d:b|It trusts you to be bored, and that's a rare thing,⟧” she said.
One player wrote on the game's forum: “⟦d:c|I started it during a bad week and it got me through. I don't know how to explain that to anyone who hasn't played it.⟧”

### 054
@a Santiago Villalobos | The Argentine
@b Callum Hartigan | the Scot
Santiago Villalobos holed a 30-foot birdie putt on the 72nd hole to win the Kinloch Open by one stroke from Callum Hartigan on Sunday, his first title in six years.
The Argentine, who had fallen to 412th in the world rankings after back surgery, sank to his knees as the putt dropped. Somewhere in the grandstand behind the green, someone shouted "⟦d:-|Vamos, Santi!⟧"
"⟦d:a|I was nearly retired. My wife told me to try one more season. I will never argue with her again,⟧" Villalobos said.
Hartigan, who led by two strokes with three to play, bogeyed the 16th and 17th. "⟦d:b|I didn't lose it, he won it. That putt on the last was outrageous,⟧" the Scot said. "⟦d:b|But I'll be thinking about 16 for a while. Wrong club, wrong everything.⟧"
Villalobos admitted he had barely slept. "⟦d:a|Last night I was thinking, you are 38, what are you doing? Today I know what I am doing.⟧"
Hartigan was in the recorder's hut when the winner walked in. "⟦d:b|He deserves it. I'll buy him a drink, and then I'll go and hit balls for three hours,⟧" he said.

### 055
@a Adaeze Okonjo-Whitlaw | the novelist
@b - | The Sunday Ledger's reviewer
Adaeze Okonjo-Whitlaw's fourth novel, “⟦s:-|The Weight of Rivers⟧”, is barely 200 pages long. It took her five years.
“⟦d:a|I wrote the first draft in eleven weeks and then spent four years taking things out,⟧” the novelist says when we meet at her publisher's office in Holborn Rise.
“⟦d:a:m|People imagine writing as adding. For me it's mostly subtraction. You find the book by getting rid of everything that isn't it.⟧
“⟦d:a|The hardest cut was a whole character, a brother. I loved him. He's in a drawer somewhere. Maybe he'll get his own book one day.⟧”
She is wary of the label “⟦s:-|autofiction⟧”, which has been attached to her work since her debut. “⟦d:a|My mother read this one and said, ‘That's not us,’ and she was right. It's not. It's what I was afraid we'd become,⟧” she says.
The Sunday Ledger's reviewer called it “⟦p:b|a quietly devastating book⟧”, and it has already been longlisted for the Ashcombe Prize. Okonjo-Whitlaw shrugs at the fuss. “⟦d:a|Lists are lovely. Then you have to write the next one.⟧”

### 056
@a Gareth Bevan-Price | -
@b Idris Llewellyn | His neighbour
@c Rivers Authority | -
@d Sunita Gill | Council leader
Residents of Riverside Terrace in Pontmawr were mopping out their homes for the third time in five years yesterday after the Afon Cêt burst its banks overnight.
Gareth Bevan-Price, 66, woke at 3am to find water coming under his front door. "⟦d:a|I could hear it before I saw it. A sort of gurgling. By the time I got downstairs it was over my slippers,⟧" he said.
His neighbour, Idris Llewellyn, said the street had been promised flood defences after the last flood in 2021. "⟦d:b|They came, they measured, they had a meeting, they went away. That's the flood defences,⟧" he said.
"⟦d:a|He's not wrong,⟧" Mr Bevan-Price added. "⟦d:a|We've had more consultations than sandbags.⟧"
The Rivers Authority said a new defence scheme was "⟦p:c|at an advanced stage of design⟧" and would be built "⟦p:c|as soon as funding is confirmed⟧".
Council leader Sunita Gill, who visited the street yesterday afternoon, said: "⟦d:d|I've seen the damage with my own eyes. These residents have been let down, and I will be making that case to ministers this week.⟧"

### 057
@a Constitutional Court | -
@b Rafael Ostrander-Quiles | a lawyer for the petitioners
@c Marisa Trujillo Vela | Justice Minister
SAN AMARO, May 6 (Northwire) — Belmar's Constitutional Court on Tuesday struck down a law allowing police to detain suspects for up to 15 days without charge, ruling that it violated the right to personal liberty.
«⟦d:a|La libertad personal no puede quedar a discreción de la autoridad administrativa⟧», the court said in its ruling. Personal liberty “⟦p:a|cannot be left to the discretion of the administrative authority⟧”, it said.
Rafael Ostrander-Quiles, a lawyer for the petitioners, called it «⟦p:b|un día histórico⟧» — “⟦p:b|a historic day⟧”. “⟦d:b|For eight years, people in this country could disappear into a police cell for two weeks with no judge looking at their case. Today that ended,⟧” he told reporters outside the court.
Justice Minister Marisa Trujillo Vela said the government would “⟦p:c|respect and comply with⟧” the ruling but warned it would make fighting organised crime harder. «⟦d:c|Acatamos la sentencia, pero no compartimos su razonamiento⟧», she said. “⟦d:c|We abide by the ruling, but we do not share its reasoning.⟧”
(Reporting by Inés Calvo; Editing by Peter Mbeki)

### 058
@a Kirsty Moncrieff | Detective Sergeant
@b Edwin Pocklington | a retired engineer
@c Fernhill Police | -
Police are warning residents in Fernhill after a pensioner was conned out of £14,000 by fraudsters pretending to be from his bank.
Edwin Pocklington, 84, a retired engineer, received a call on a Tuesday morning from a man who said he worked in the bank's fraud department. “⟦d:b|He knew my name, my address, the last four digits of my card. He sounded so professional. He said, ‘Mr Pocklington, your account has been compromised and we need to move your money somewhere safe,’⟧” he said.
“⟦d:b|I'm an engineer. I'm supposed to be the sensible one. I feel such a fool.⟧”
Detective Sergeant Kirsty Moncrieff said Mr Pocklington had “⟦p:a|absolutely nothing to be ashamed of⟧”. “⟦d:a|These are organised criminals who do this all day, every day. They are very, very good at it,⟧” she said.
“⟦d:a|Your bank will never ask you to move money to a safe account. Never. If anyone does, hang up and call the number on the back of your card from a different phone.⟧”
Fernhill Police said three similar reports had been received in the past fortnight and that officers were “⟦p:c|actively pursuing a number of lines of inquiry⟧”.

### 059
@a Hana Kobayashi-Reid | -
@b Freya Lindqvist-Amoah | her training partner and close friend
Hana Kobayashi-Reid beat her training partner and close friend Freya Lindqvist-Amoah by four hundredths of a second to win the 200m butterfly at the national championships in Caldermoor on Friday night.
"⟦d:a|I'm so happy and I feel a bit sick, because it's Freya,⟧" Kobayashi-Reid said poolside, still breathing hard. "⟦d:a|We swim next to each other every morning at six o'clock. I know exactly how much she wanted this.⟧"
Lindqvist-Amoah, the defending champion, reached across the lane rope to hug her before climbing out. "⟦d:b|If anyone was going to beat me, I'm glad it was her. That doesn't mean I'm not gutted,⟧" she said. "⟦d:b|I'll be fine tomorrow. Tonight I'm allowed to be a bit grumpy.⟧"
Both qualify for the world championships in August. "⟦d:a|We'll share a room, probably. We'll definitely share the sweets,⟧" Kobayashi-Reid said.
Asked whether the friendship would survive a summer of racing each other, Lindqvist-Amoah laughed. "⟦d:b|We've survived worse. She once drove us three hours to a meet in the wrong city.⟧"

### 060
@a Ilya Sarkissian-Bloom | the Vellmouth Philharmonic's new chief conductor
@b Ottilie Frankland | The orchestra's leader
@c - | one subscriber of 40 years
Ilya Sarkissian-Bloom has a habit of singing while he conducts, a low tuneless hum that the microphones sometimes pick up.
``⟦d:a|I know. I'm told it's audible from row F. I can't stop. My teacher tried for ten years,⟧'' says the Vellmouth Philharmonic's new chief conductor, who takes up the post in September.
His first season opens with Mahler's Second Symphony, a choice some have called predictable. ``⟦d:a|Everybody does Mahler first. I know. But it's the music that made me want to do this job, and I thought, if not now, when?⟧''
The orchestra's leader, Ottilie Frankland, said the players had voted for him ``⟦p:b|almost unanimously⟧'' after a guest concert last year. ``⟦d:b|He rehearses fast and he jokes a lot, but he never wastes our time. Players notice that,⟧'' she said.
Not every subscriber is won over. ``⟦d:c|I liked the old chap. This one waves his arms about,⟧'' said one subscriber of 40 years at the interval of a recent concert.

### 061
@a Haruto Kisaragi | Oshiba mayor
@b Emiko Tanabe | a 70-year-old resident
@c - | a fire department official
OSHIBA, Sept 2 (Northwire) — Rescue workers pulled a 68-year-old man alive from the rubble of his house on Monday, more than 40 hours after a magnitude 6.4 earthquake struck the coastal town of Oshiba, officials said.
“⟦d:c|He was conscious and asking for water,⟧” a fire department official told reporters. “⟦d:c|Given the time that has passed, it is close to a miracle.⟧”
Emiko Tanabe, a 70-year-old resident, has spent two nights on a mat in a school gymnasium with her husband and their cat. “⟦d:b|The house is still standing, but I am afraid to go inside. Every time a truck passes, I think it is another one,⟧” she said, speaking in Japanese.
Oshiba mayor Haruto Kisaragi said at least 14 people had died and more than 200 had been injured. He appealed for “⟦p:a|patience⟧” as water and power were restored district by district. “⟦d:a|We are asking people to stay away from damaged buildings. Aftershocks are continuing, and they can be strong,⟧” Kisaragi said.
(Reporting by Yuki Hamada; Editing by Clare Ndlovu)

### 062
@a Fenwick Biscuit Company | -
@b Agnieszka Wrona | a mother of two from Hartley
@c Saoirse Kealy | consumer editor at Shopwise
@d - | a spokesman
A packet of Fenwick's Golden Creams now contains 14 biscuits instead of 16 — but costs exactly the same, shoppers have noticed.
The change, spotted by customers who posted photos online, is the latest example of what consumer groups call "⟦s:-|shrinkflation⟧".
Agnieszka Wrona, a mother of two from Hartley, counted the biscuits after her children complained. "⟦d:b|My son said, 'Mum, there's not enough for two each,' and he was right. They'd taken two out and hoped nobody would count,⟧" she said.
The Fenwick Biscuit Company said the change reflected "⟦p:a|significant increases⟧" in the cost of ingredients. "⟦d:d|We have reduced the pack size rather than increase the price, and the new weight is clearly shown on the packaging,⟧" a spokesman said.
Saoirse Kealy, consumer editor at Shopwise, said: "⟦d:c|Clearly shown? It's in small print on the back. If you're going to shrink a product, put a flash on the front that says so.⟧"
"⟦d:c|Shoppers should check the price per 100g on the shelf label. It's the only honest number in the shop.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh146.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh146",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
