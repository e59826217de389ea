# ruff: noqa: E501
"""Build ``quotes_fresh130.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries, and international wire copy with translated quotes, written
in the registers of different outlets (wire, broadsheet, tabloid, local paper,
magazine, broadcaster web copy).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh130-NNN``.

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

* As in ``build_quotes_fresh58.py``: a role title or relational phrase before the
  name combined with an appositive after it (``Her counterpart, Saskia van der Hoeven,
  chief executive of Weidegold``) takes the appositive; a title or relational phrase
  before the name alone (``Her neighbour``, ``his husband``, ``Kestrels coach``,
  ``Met Service meteorologist``) is the description.
* A bare age or place of residence set off by commas (``Brenda Moakes, 81,``,
  ``Anwen Griffiths, of Pontardew``) is not a description. When a speaker is
  introduced without an appositive and the passage refers to them by a definite
  description at a cue (``the 41-year-old``, ``the actor``, ``the director``), that
  description is taken.
* A non-restrictive relative clause after an appositive (``One delegate, who spoke on
  condition of anonymity``) is not part of the description; a restrictive one
  (``a security researcher who specialises in …``) is.
* A tabloid label standing before the name (``Mum-of-three``, ``Pensioner``,
  ``Consumer champion``, ``Veteran striker``) counts like a role title.
* An organisation named as the speaker takes the definite description used for it at
  a speech cue (``the operator called``, ``the agency said``, ``The airline said``) or
  standing before its name (``The manufacturer, Nestling``, ``operator Zipr``) as its
  description; otherwise its description is null.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null. Fragments quoted from documents or announcements whose author is
  not identified (a draft text, announcements from the bridge) are ``partial`` with a
  null speaker; a voice heard over a loudspeaker that the passage does not identify is
  ``direct`` with a null speaker.
* A quote given in another language and then in translation by the reporter
  (``… — “We are not a cash machine.”``) is two spans by the original speaker. The
  quoted translation of a title (``which translates as «Off-Peak Hours»``) is
  ``scare``, like the title itself.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh130.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh130.jsonl")

PASSAGES = """
### 001
@a Oluwaseun Adebayo-Clarke | the chief executive
@b Fenella Rusk | an analyst at Pardoe Whitcombe
@c Gary Tennant | regional organiser for the Bakers and Allied Workers Union
Crumb & Co, the bakery chain that grew from a single shop on Harwell Street into a business with 214 outlets, has warned that the rising cost of butter will squeeze its profits for a second year running, even after sales rose 9 per cent in the six months to September.
Oluwaseun Adebayo-Clarke, the chief executive, said the company had “⟦p:a|no intention whatsoever⟧” of passing the full increase on to customers.
“⟦d:a|We sell a sausage roll to people on their way to work. If it costs what a sandwich costs in a railway station, they stop coming,⟧” he told analysts on a call on Thursday. “⟦d:a|Volume is the whole game for us.⟧”
Butter prices on wholesale markets have climbed by almost a third since the spring, after a dry summer cut milk yields across northern Europe. Adebayo-Clarke said the group had hedged about half of its needs for next year but described the remainder as “⟦p:a|a genuine exposure⟧”.
Shares fell 6 per cent to 412p in early trading before recovering some ground.
“⟦d:b|The top line is excellent, the margin story is not,⟧” said Fenella Rusk, an analyst at Pardoe Whitcombe. “⟦d:b|Investors have been paying for growth and a bit of pricing power. Today they were told there isn’t much pricing power.⟧”
The company also confirmed plans to open 30 shops next year, most of them at motorway services and in hospitals, and said it would raise the hourly rate for bakery staff by 70p from April.
Gary Tennant, regional organiser for the Bakers and Allied Workers Union, called the rise “⟦p:c|welcome but overdue⟧”. “⟦d:c|Our members have been getting up at three in the morning to make this company a fortune,⟧” he said.

### 002
@a Ostmark Monetary Authority | the authority
@b Camille Desrosiers | chief investment strategist at Aubrac Partners
@c Ilse Marthaler | Governor
@d - | a currency trader at a Veldhaven bank
@e Rafael Quintanilha | an economist at Banco Litoral
VELDHAVEN, Nov 8 (Meridian Wire) - Stocks across the Ostmark region slid on Friday and the krone hit a four-month high after the Ostmark Monetary Authority unexpectedly raised its main rate by a quarter point, saying inflation was proving "⟦p:a|more stubborn than projected⟧".
The benchmark OMX-40 index closed down 1.8%, its worst day since August, with property developers and retailers leading the declines.
"⟦d:b|The market had priced almost no chance of a move today, so this is a proper surprise,⟧" said Camille Desrosiers, chief investment strategist at Aubrac Partners. "⟦d:b|What matters now is whether they're signalling one hike or a series. The statement reads like a series.⟧"
In its statement, the authority said services inflation had "⟦p:a|remained elevated⟧" and that recent wage settlements were "⟦p:a|not consistent with the target⟧".
Governor Ilse Marthaler told a news conference that the decision had been unanimous. "⟦d:c|We would rather act early and be accused of caution than act late and be accused of negligence,⟧" she said.
A currency trader at a Veldhaven bank, who asked not to be named because he was not authorised to speak to the media, said desks had been "⟦p:d|caught leaning the wrong way⟧". "⟦d:d|Everyone was short krone going into the meeting. That unwound in about ninety seconds,⟧" he said.
Not everyone was convinced the move was wise. "⟦d:e|This is a policy mistake. Growth is already flat and they are tightening into a slowdown,⟧" said Rafael Quintanilha, an economist at Banco Litoral.
The rate hike was, according to Desrosiers, "⟦p:b|a statement of intent⟧" from a governor who took office only in June.

### 003
@a Mereana Tipoki | a marine biologist at the University of Port Ahuru who led the study
@b Lars Eikeland | a deep-sea ecologist at the Nordvik Institute who was not involved in the work
Thousands of octopuses brooding their eggs together around a warm-water seep two kilometres beneath the Tarrant Rise have given scientists an unexpected glimpse of how deep-sea animals may use the planet’s own heat to speed up the slow business of reproduction.
The site, which the research team nicknamed “⟦s:-|the Crèche⟧”, was found by a remotely operated vehicle in 2022 and revisited four times over the following 18 months, according to a paper published on Wednesday in the journal Abyssal Ecology.
“⟦d:a|We came over a ridge and the whole slope was shimmering. At first we thought it was bacterial mat,⟧” said Dr Mereana Tipoki, a marine biologist at the University of Port Ahuru who led the study. “⟦d:a|Then the camera zoomed in and every one of those shimmers was an octopus sitting on its eggs.⟧”
The team counted about 5,600 brooding females. Water around the seep was measured at up to 11C, against 2C in the surrounding ocean, and eggs there appear to hatch in about a year and a half, rather than the four years or more observed elsewhere.
Tipoki said the finding raised as many questions as it answered.
“⟦d:a:m|We don’t know how the mothers find the place. We don’t know whether the same animals come back, or whether there are dozens of sites like this that nobody has looked at.⟧
“⟦d:a|What we do know is that it’s fragile. One trawl across that slope and it would be gone.⟧”
Lars Eikeland, a deep-sea ecologist at the Nordvik Institute who was not involved in the work, called the paper “⟦p:b|a lovely piece of natural history⟧” but cautioned against reading too much into the hatching times.
“⟦d:b|Warmer water speeds development, but it also raises the risk of infection and lowers the oxygen,⟧” he said. “⟦d:b|It’s a trade-off. I’d want to see survival data before I called this an advantage.⟧”

### 004
@a Brenda Moakes | a retired dinner lady
@b Anjali Deshmukh | the practice manager
@c Nadia Ferreira | chair of the council's health scrutiny committee
@d - | a spokeswoman for the Kelby and District Health Board
More than 6,000 patients at a village GP surgery have been told they must register elsewhere after the practice said it could no longer recruit doctors.
Elmsgate Surgery in Upper Kelby will close on March 31. Letters sent to patients this week advised them to join practices in Kelby town centre, four miles away.
Brenda Moakes, 81, a retired dinner lady, has been a patient at Elmsgate since 1979. "⟦d:a|I don't drive and there's one bus an hour, if it turns up,⟧" she said. "⟦d:a|What am I supposed to do when I'm poorly, walk?⟧"
About 200 people gathered outside the surgery on Saturday morning, some holding placards reading "⟦s:-|Save Our Surgery⟧" and "⟦s:-|Patients Not Profits⟧".
Anjali Deshmukh, the practice manager, said staff were "⟦p:b|heartbroken⟧". "⟦d:b|We have advertised for a GP partner eleven times in two years. We've had two applicants and both withdrew,⟧" she said. "⟦d:b|We haven't made this decision lightly, and we haven't made it quickly.⟧"
Cllr Nadia Ferreira, chair of the council's health scrutiny committee, said she would be writing to the health board to ask why the surgery had been "⟦p:c|left to wither⟧".
A spokeswoman for the Kelby and District Health Board said: "⟦d:d|We understand this is worrying news. We are working with neighbouring practices to make sure every patient has access to a GP, and we will provide extra transport support for those who need it.⟧"
Mrs Moakes was unconvinced. "⟦d:a|They said that about the bank,⟧" she said.

### 005
@a Paywave | the company
@b Tobias Lindqvist | a café owner in Saltmarsh
@c Ruth Okonjo-Baird | a payments analyst at Verity Research
@d - | one user
Paywave, the mobile payments app used by about four million people, suffered a nationwide outage lasting almost seven hours on Friday, leaving shoppers unable to pay and small businesses unable to take payments during the busiest part of the day.
The company said in a post on its status page shortly after 11am that it was “⟦p:a|aware of an issue affecting transactions⟧” and was “⟦p:a|working urgently⟧” to fix it. Service was fully restored just before 6pm.
In a statement on Friday evening, Paywave said: “⟦d:a|The disruption was caused by a faulty configuration change to our database infrastructure, not by any external attack. No customer data was compromised. We are deeply sorry.⟧”
Tobias Lindqvist, a café owner in Saltmarsh, said he had turned away dozens of customers. “⟦d:b|Half my regulars don’t carry cash any more. By lunchtime I had a tin on the counter saying ‘pay me next time’,⟧” he said. “⟦d:b|Most of them will. Some of them won’t.⟧”
On social media, frustrated users shared screenshots of failed payments. “⟦d:d|Stuck at a petrol pump with a full tank and no way to pay. Thanks Paywave,⟧” one user wrote.
Ruth Okonjo-Baird, a payments analyst at Verity Research, said the episode showed how dependent the economy had become on a handful of providers. “⟦d:c|Seven hours is a very long time in payments. The question regulators will ask is not why it broke, it’s why there was no fallback,⟧” she said.
Asked whether it would compensate merchants for lost sales, the company said it would “⟦p:a|set out next steps on Monday⟧”.

### 006
@a Gareth Prydderch | Dunmere's head coach
@b Tevita Maheulu | the Dunmere captain
@c Ezekiel Ansah-Boateng | the replacement hooker
@d Alasdair Muir | Carrow's director of rugby
Dunmere ended a run of nine straight defeats at Carrow Park with a late try from the replacement hooker Ezekiel Ansah-Boateng, who burrowed over from a lineout drive with two minutes left to silence a crowd of 14,000.
It was a scrappy, bruising game that neither side deserved to lose, and Dunmere's head coach, Gareth Prydderch, admitted as much.
"⟦d:a|We got out of jail,⟧" he said. "⟦d:a|I thought they were the better side for long spells. But we kept turning up, kept turning up, and in the end the pack won it for us.⟧"
Carrow had led 24-20 going into the final ten minutes after their full-back, Callum Ness, kicked his fourth penalty. Dunmere twice kicked to the corner rather than take the points on offer.
"⟦d:b|There was no debate,⟧" said Tevita Maheulu, the Dunmere captain. "⟦d:b|Gareth told us at half-time, 'If we get a chance, we go for the win.' So we went for the win.⟧"
Ansah-Boateng, 22, who was making only his third appearance, was mobbed by his team-mates. "⟦d:c|I didn't even know I'd scored until the boys jumped on me,⟧" the youngster said.
Carrow's director of rugby, Alasdair Muir, was left to rue another narrow home defeat. "⟦d:d|We had them. We had them and we let them off,⟧" Muir said. "⟦d:d|That's four home games we've lost by less than a score. It's becoming a habit, and it's a habit I don't like.⟧"

### 007
@a Lucía Barrenechea | the 19-year-old from Mendaro
@b Darya Voloshyna | the defending champion
@c - | a reporter
@d Íñigo Zubizarreta | her coach
Lucía Barrenechea had never won a match on grass before this week. On Saturday she won the Haverleigh Open, beating the defending champion Darya Voloshyna 6-4, 3-6, 7-5 in a final that lasted two hours and 41 minutes.
“⟦d:a|I still don’t understand how,⟧” the 19-year-old from Mendaro said in her press conference, the silver salver on the table in front of her. “⟦d:a|On Monday I was thinking only: please, don’t lose in the first round in one hour.⟧”
Asked whether she had found the surface difficult, Barrenechea laughed and switched to Spanish. “⟦d:a|La hierba es como un suelo mojado: nunca sabes dónde vas a caer,⟧” she said, before translating herself: “⟦d:a|Grass is like a wet floor. You never know where you are going to land.⟧”
Voloshyna, who saved two match points before finally netting a backhand, was generous in defeat. “⟦d:b|She played without fear. When you are 19, you don’t know what you are supposed to be scared of,⟧” the 27-year-old said. “⟦d:b|I remember that feeling. I miss it a little.⟧”
“⟦d:d|Tactically she was perfect in the third set,⟧” said her coach, Íñigo Zubizarreta.
Then a reporter asked the question every teenage champion gets. “⟦d:c|What will you do with the prize money?⟧”
“⟦d:a|My mother says I have to buy a car. I don’t have a licence,⟧” Barrenechea replied.

### 008
@a Teodora Valkanova | -
@b Mila Stoyanova | a mountain guide who grew up in the valley below
The road to Vrahovitsa gives up its tarmac about six kilometres below the village, and for the last stretch you are on gravel, with a drop to your right that it is best not to think about. Then the pines open out, and there are forty stone houses with slate roofs, a church, a spring, and a view across three valleys that on a clear morning reaches the sea.
Teodora Valkanova has run the village’s only guesthouse since 1996. She serves breakfast on a terrace: sheep’s cheese, tomatoes, honey from her cousin’s hives, and bread that she insists is “⟦p:a|yesterday’s, so better⟧”.
“⟦d:a|When I started, the guests were hunters and botanists. Now they are people from cities who want to hear nothing,⟧” she said. “⟦d:a|They come down in the morning and tell me, ‘It was so quiet I couldn’t sleep.’⟧”
Vrahovitsa has 23 permanent residents, down from more than 600 in the 1950s. The school closed in 1988; the shop, in 2003. A van brings groceries on Tuesdays.
The best way to see the ridges above the village is with Mila Stoyanova, a mountain guide who grew up in the valley below and has walked these paths since she could stand.
“⟦d:b|People think these mountains are gentle because they are green,⟧” Stoyanova told me as we climbed towards Kamenna Glava, the highest point in the range. “⟦d:b|They are not gentle. In August we have storms that arrive in twenty minutes.⟧”
At the summit she pointed south. “⟦d:b|That’s the border. That’s the sea. And that,⟧” she said, pointing at a grey smudge on the horizon, “⟦d:b|is the rain that is coming for us.⟧”
It was. We were back at the guesthouse, soaked, an hour later, and Valkanova already had the stove lit. “⟦d:a|She always says that,⟧” she said, “⟦d:a|and she is always right.⟧”
Getting there: Vrahovitsa is a three-hour drive from the regional capital, Dobrin. A double room at the guesthouse costs about €45 a night, including breakfast.

### 009
@a Yusuf Demirci-Hale | the director
@b - | one critic at the time
@c Imogen Stallard | the actor
There is a moment, about an hour into Yusuf Demirci-Hale’s new staging of “⟦s:-|The Salt Widow⟧” at the Lantern Theatre, when the entire back wall of the set slides away and the audience finds itself looking at the real car park behind the building, lit by a single sodium lamp. It is a cheap trick, and it works beautifully.
Demirci-Hale, the director, told me before opening night that he wanted the play to “⟦p:a|leak⟧”. “⟦d:a|Everything about this story is about a house that can’t keep the world out,⟧” he said. “⟦d:a|So I wanted the theatre to fail to keep the world out too.⟧”
The play, written in 1911 and largely forgotten until a revival in the 1980s that one critic at the time dismissed as “⟦p:b|a museum piece with damp⟧”, concerns a ship-owner’s widow who discovers, in the week after the funeral, that her husband’s fleet has been sold from under her.
Imogen Stallard plays her with a dry, watchful intelligence that keeps the melodrama at arm’s length. “⟦d:c|She’s not a victim and she’s not a saint. She’s a businesswoman whose husband has died at a very inconvenient moment,⟧” the actor said in a discussion after Thursday’s preview.
Not everything lands. The second act sags, and a subplot involving a clerk and a stolen ledger seems to have wandered in from a different play. But the final scene, with Stallard alone on a bare stage as the wind comes in through the open wall, is as good as anything I have seen this year.
Asked afterwards whether the car park would still be there in the winter, Demirci-Hale shrugged. “⟦d:a|It’s a car park. It’s always there. That’s rather the point.⟧”
Four stars. Until June 14.

### 010
@a Lumen Energy | the company
@b Harriet Oyelaran | a childminder from Brackley Vale
@c - | a spokesman for the Energy Ombudsman
@d Sunil Varghese | policy director at the consumer group FairBill
Thousands of customers of Lumen Energy who were wrongly moved onto more expensive tariffs are to receive refunds averaging £186, after the supplier admitted a billing error that went unnoticed for 14 months.
Lumen said on Friday that about 38,000 households were affected and that all would be contacted by the end of the month. "⟦d:a|We got this wrong and we apologise unreservedly. Every affected customer will be refunded in full, with interest, without needing to contact us,⟧" the company said.
Harriet Oyelaran, a childminder from Brackley Vale, was one of them. She noticed her monthly direct debit had risen from £94 to £151 and spent, by her estimate, "⟦p:b|about nine hours on hold⟧" trying to find out why.
"⟦d:b|Every time, they told me it was the price cap,⟧" she said. "⟦d:b|I kept saying, the price cap went down. Nobody listened until I threatened to go to the ombudsman.⟧"
A spokesman for the Energy Ombudsman said complaints about unexpected tariff switches had risen sharply this year. "⟦d:c|Customers shouldn't have to become experts in their own bills to be charged correctly,⟧" he said.
Sunil Varghese, policy director at the consumer group FairBill, urged households to check their paperwork. "⟦d:d|Look at the tariff name on your latest bill and compare it with the one you signed up to,⟧" he said. "⟦d:d|If they don't match, complain in writing and keep a copy. Don't rely on a phone call.⟧"
He described Lumen's 14-month delay in spotting the problem as "⟦p:d|frankly astonishing⟧".

### 011
@a Bryony Tate | the council's cabinet member for culture
@b - | a man in the public gallery
@c Kwame Asante-Darko | a retired teacher who has led the campaign to save the Millfield branch
@d Edith Marchbanks | a pupil at St Aldhelm's Primary
@e Thornbury Borough Council | -
Councillors in Thornbury voted by 31 to 24 on Wednesday night to close four of the borough's eleven branch libraries, despite a petition signed by more than 9,000 residents and a protest that filled the public gallery.
Cllr Bryony Tate, the council's cabinet member for culture, told the meeting that the decision was ``⟦p:a|the hardest I have had to make in public life⟧''.
``⟦d:a|Nobody came into politics to close libraries,⟧'' she said. ``⟦d:a|But we have a £14 million gap next year and the law says we must balance the books. I would rather close four buildings than cut the care we give to elderly people.⟧''
Her words were met with shouts of ``⟦d:-|Shame!⟧'' from the gallery, and a man in the public gallery called out: ``⟦d:b|Close the town hall instead!⟧'' The mayor called for order twice.
Kwame Asante-Darko, a retired teacher who has led the campaign to save the Millfield branch, said campaigners would now consider a legal challenge.
``⟦d:c|They say it's four buildings. It's not. It's the only warm place some people can go in the afternoon, the only place a kid can do their homework in peace,⟧'' he said. ``⟦d:c|You can't put that in a spreadsheet.⟧''
Edith Marchbanks, a pupil at St Aldhelm's Primary, had brought a hand-painted banner reading ``⟦s:-|Books Not Bulldozers⟧''. Had she made it herself? ``⟦d:d|My mum helped with the letters,⟧'' she admitted.
The closures will take effect in September. Thornbury Borough Council said it would ``⟦p:e|work with community groups⟧'' interested in taking over the buildings.

### 012
@a Ingrid Solbakken-Moe | the structural engineer behind the Kessel Sound bridge
@b Per Haugland | A former colleague
@c Sigrid | her daughter
Ingrid Solbakken-Moe, the structural engineer behind the Kessel Sound bridge, for three decades the longest cable-stayed span in northern Europe, has died aged 88. She was one of the first women to run a major engineering practice in the country.
She liked to say that a bridge was “⟦p:a|an argument with the wind that you have to win every day for a hundred years⟧”. In a rare interview in 2004 she was more prosaic: “⟦d:a|People think engineering is about genius. It’s about checking. I checked everything three times and then I asked someone I didn’t like to check it again.⟧”
Born in Trondvik, the daughter of a ferry mechanic and a schoolteacher, she studied at the technical college in Aldvik, where she was one of two women in a class of 140.
At Aldous & Brin, the firm she joined in 1961, she was initially confined to drawing-office work. A former colleague, Per Haugland, recalled that she “⟦p:b|outworked everybody, and then out-thought them⟧”. “⟦d:b|The partners didn’t know what to do with her, so eventually they made her one of them,⟧” he said.
Kessel Sound opened in 1979. During the great storm of 1988, with gusts of more than 150km/h recorded on the deck, she drove out to the bridge at two in the morning.
“⟦d:a|I wanted to feel it move,⟧” she told a television documentary years later. “⟦d:a|It moved exactly as much as it should. Then I went home and slept.⟧”
Her husband, Arne Moe, died in 2015. She is survived by her daughter, Sigrid, and three grandchildren.
“⟦d:c|She taught me to ride a bike on the hard shoulder of a bridge that wasn’t open yet,⟧” Sigrid said. “⟦d:c|I don’t think that was allowed.⟧”

### 013
@a Mathilde Ferrand-Abadie | the canton's president
@b Jérôme Castagnet | leader of the opposition Alliance valmorraine
@c Odile | a woman who gave only her first name
@d Federal Chancellery | -
SAINT-AUBIN, Valmorre, June 2 (Meridian Wire) - Voters in the Valmorre canton narrowly approved a plan on Sunday to give the region's two official languages equal weight in schools, a proposal opponents had warned would divide communities along linguistic lines.
With all ballots counted, 51.3% voted in favour on a turnout of 68%, the canton's electoral office said.
«⟦d:a|C'est une victoire pour tous les enfants de Valmorre⟧», the canton's president, Mathilde Ferrand-Abadie, told cheering supporters in Saint-Aubin, a line that translates as «⟦d:a|This is a victory for all the children of Valmorre⟧».
She said the first bilingual classes would open in September 2026 and promised that no teacher would lose their job. «⟦d:a|Nobody will be left behind. Not the children, and not the teachers⟧», she said.
Jérôme Castagnet, leader of the opposition Alliance valmorraine, said the result was too close to claim a mandate. «⟦d:b|Half the canton said no. You do not build a school system on half a canton⟧», he told reporters.
«⟦d:b|We will respect the vote, but we will be watching every classroom⟧», he added.
Outside a polling station in the old town, a woman who gave only her first name, Odile, said she had voted against. «⟦d:c|My grandchildren already speak both languages at home. Why do they need a law?⟧» she said.
The Federal Chancellery in Aurenberg said in a brief statement that it «⟦p:d|took note⟧» of the result and would «⟦p:d|respect the competence of the canton⟧» in educational matters.

### 014
@a Aoife Brennan-Kealy | chief executive of Glenmoy Dairies
@b Saskia van der Hoeven | chief executive of Weidegold
@c - | a person familiar with the talks
@d Declan Furlong | a dairy farmer from Ballinmoy who supplies Glenmoy
Glenmoy Dairies and the Dutch cooperative Weidegold have agreed to merge, creating the third-largest cheese producer in Europe, with annual sales of about €4.2 billion and some 11,000 farmer members.
The deal, announced on Thursday after nearly two years of on-off negotiations, will be structured as a merger of equals, with head offices kept in both Ballinmoy and Westerhoeve.
“⟦d:a|This is not a takeover in either direction. It’s two families of farmers deciding they’re stronger at one table than at two,⟧” said Aoife Brennan-Kealy, chief executive of Glenmoy Dairies, who will lead the combined group.
Her counterpart, Saskia van der Hoeven, chief executive of Weidegold, will become chair. Van der Hoeven said her members had backed the deal overwhelmingly. “⟦d:b|Eighty-four per cent voted in favour. That is not a narrow mandate,⟧” she said. “⟦d:b|They have seen what happens to small co-operatives when the supermarkets decide to play hardball.⟧”
The talks nearly collapsed last autumn over the question of the brand, according to a person familiar with the talks. “⟦d:c|At one point it was about whose name went first on the letterhead. Grown adults,⟧” the person said.
Brennan-Kealy did not deny it. “⟦d:a|There were some long nights,⟧” she said, laughing. “⟦d:a|Saskia will tell you I was the unreasonable one. I will tell you she was.⟧”
Declan Furlong, a dairy farmer from Ballinmoy who supplies Glenmoy, said members would judge the deal on one thing: the milk price. “⟦d:d|Fine words at a press conference don’t pay the feed bill,⟧” he said.

### 015
@a Graham Pilkington | a retired postman from Norwick
@b Kofi Mensah-Bonsu | an astronomer at the Halden Observatory
A comet discovered by an amateur astronomer in his back garden may become visible to the naked eye next month, scientists say.
Comet Pilkington, officially designated C/2031 K2, was first spotted in March by Graham Pilkington, a retired postman from Norwick, using a second-hand telescope he bought online for £240.
"⟦d:a|I thought it was a smudge on the lens,⟧" the 67-year-old told Radio Norwick. "⟦d:a|I cleaned it twice before I thought, hang on, it's moving.⟧"
Astronomers say the comet could reach a brightness similar to the brightest stars when it passes closest to the Sun in early May, although they warn that predictions are uncertain.
Dr Kofi Mensah-Bonsu, an astronomer at the Halden Observatory, said: "⟦d:b|Comets are notoriously hard to predict. There's an old joke in our field that comets are like cats: they have tails and they do exactly what they want.⟧"
"⟦d:b|If it survives its closest approach to the Sun intact, we could be in for a real show. If it breaks up, we'll get a very nice set of data and a lot of disappointed people.⟧"
He recommended looking low in the north-west sky about an hour after sunset from around 12 May, ideally away from street lights.
Mr Pilkington said he was still getting used to the attention. "⟦d:a|My wife says it's gone to my head. It hasn't,⟧" he said, before adding: "⟦d:a|Well, a bit.⟧"

### 016
@a Rosalind Achterberg | a consultant paediatric neurologist at St Bride’s Children’s Hospital who led the trial
@b Nicola Fairbairn | -
@c Imran Qureshi | a clinical pharmacologist at the University of Ashcombe who was not involved in the study
@d - | a spokesperson for the Medicines Evaluation Agency
A gene therapy given as a single infusion halted the progression of a rare and fatal muscle-wasting disease in 14 of 16 children who took part in an early trial, doctors have reported.
The children, aged between two and six, were treated at St Bride’s Children’s Hospital between 2021 and 2023 and have been followed for an average of 26 months.
Dr Rosalind Achterberg, a consultant paediatric neurologist at St Bride’s Children’s Hospital who led the trial, said the results were “⟦p:a|the most encouraging I have seen in twenty years⟧”.
“⟦d:a|Before this, all we could offer families was physiotherapy and honesty,⟧” she said. “⟦d:a|I have had to tell a lot of parents that their child would not be walking by the age of ten. I’m hoping I’ll have to do that a lot less.⟧”
She stressed that the trial was small and that two children had not responded. “⟦d:a|Sixteen children is sixteen children. We need longer follow-up and we need many more of them,⟧” she warned.
Nicola Fairbairn, whose son Alfie, now seven, was among the first to receive the treatment, said he could now climb the stairs unaided. “⟦d:b|Two years ago he was crawling up them. Last week he ran up them to get away from his sister. I cried. He thought I’d gone mad,⟧” she said.
Professor Imran Qureshi, a clinical pharmacologist at the University of Ashcombe who was not involved in the study, described the findings as “⟦p:c|genuinely exciting⟧” but raised concerns about cost. Similar therapies have been priced at more than £2 million per patient.
“⟦d:c|A cure that no health system can afford is not a cure, it’s a press release,⟧” he said.
A spokesperson for the Medicines Evaluation Agency said it was “⟦p:d|aware of the data⟧” and would assess any application “⟦p:d|as quickly as the evidence allows⟧”.

### 017
@a Farida Haidari | Education Minister
@b Mhairi Donnachie | head of English at Strathvane Academy
@c - | one sixth-former at the school
@d Tutorly | the company
Schools in the Ardvale region will block AI writing assistants on school networks from next term, the regional government announced on Friday.
Education Minister Farida Haidari described the ban as "⟦p:a|a pause, not a prohibition⟧". "⟦d:a|We're not pretending the technology doesn't exist,⟧" she told reporters at a school in Kellan. "⟦d:a|We're saying that for now, in the classroom, we want to know that the work a child hands in is the work a child did.⟧"
Mhairi Donnachie, head of English at Strathvane Academy, welcomed the move. "⟦d:b|I had a pupil hand in an essay last month that quoted a scene that doesn't exist in the play. When I asked him about it, he said, 'The computer must have made it up.' At least he was honest,⟧" she said.
Not everyone agreed. "⟦d:c|Blocking it at school just means we use it at home,⟧" said one sixth-former at the school, who asked not to be named. "⟦d:c|It's like banning calculators and then setting maths homework.⟧"
Tutorly, whose app is used by an estimated 40 per cent of secondary pupils in Ardvale, said the decision was "⟦p:d|disappointing and short-sighted⟧". "⟦d:d|Our tools are designed to support learning, not replace it,⟧" the company said in a statement.
Haidari said the policy would be reviewed after a year. Asked whether teachers would be trained to use the technology themselves, she said: "⟦d:a|Yes. That's the next conversation, and it's a bigger one.⟧"

### 018
@a Rui Gaspar | Veteran striker
@b Tony Brannigan | Hartwell boss
@c Sven Ekdahl-Moore | Stanmore manager
@d Jamal Oduya | Stanmore's captain
VETERAN striker Rui Gaspar rolled back the years with a stunning hat-trick as Hartwell Athletic dumped promotion-chasing Stanmore City out of the cup.
The 36-year-old, nicknamed "⟦s:-|The Postman⟧" because he always delivers, struck twice in six first-half minutes and then sealed it with a cheeky chip in stoppage time.
"⟦d:a|My legs are old but my head is young,⟧" grinned Gaspar. "⟦d:a|The gaffer asked me this morning, 'Have you got one more in you?' I told him, 'I've got three.'⟧"
The home fans sang "⟦s:-|There's only one Postman⟧" for the last ten minutes.
Hartwell boss Tony Brannigan was full of praise. "⟦d:b|Rui is the best professional I've ever worked with. He's first in, last out, and he eats more broccoli than anyone I've ever met,⟧" he said.
Stanmore manager Sven Ekdahl-Moore could not hide his fury. "⟦d:c|We defended like schoolboys. Like schoolboys,⟧" he fumed. "⟦d:c|I've got nothing else to say.⟧"
He then said plenty else. "⟦d:c|Three goals from one man, and he's 36. Where were my centre-halves? Ask them, not me.⟧"
Stanmore's captain, Jamal Oduya, later apologised to the travelling fans on social media. "⟦d:d|Not good enough today. You deserve better. We go again,⟧" he posted.

### 019
@a Tharindu Maddumage | the 28-year-old overseas player
@b - | One reporter
@c Oliver Trethewey | the leg-spinner
Tharindu Maddumage’s unbeaten 187 rescued Dunmoreshire from 41 for five on the opening day at Fellgate, and afterwards the 28-year-old overseas player sat in the press room with his pads still on and tried to explain how.
“⟦d:a|Honestly? I was just trying to get to lunch. Then I was trying to get to tea. Then the bowlers got tired and I got greedy,⟧” he said.
One reporter wanted to know about the first hour, when the ball was swinging and seaming and four wickets fell for 19. “⟦d:b|Did you think about leaving more?⟧”
“⟦d:a|I left a lot. I left too many, maybe. The ones I didn’t leave, I edged,⟧” Maddumage said, to laughter. “⟦d:a|There is a lot of luck in a hundred like this. You have to be honest about that.⟧”
The innings included 24 fours and four sixes, two of them off the leg-spinner Oliver Trethewey, who later described bowling at him as “⟦p:c|like bowling into a wind tunnel⟧”.
“⟦d:c|You bowl what you think is a good ball and it’s gone over your head into the car park,⟧” Trethewey said. “⟦d:c|I’ll be having a word with my captain about the field.⟧”
Was Maddumage already thinking about a double hundred? “⟦d:a|I’m thinking about a shower,⟧” he said.

### 020
@a Meseret Haileyesus | the 24-year-old
@b Naomi Cherotich Kiprono | -
@c Ansel Whitcombe | Race director
REDHAVEN, April 27 (Meridian Wire) - Meseret Haileyesus broke the Redhaven Marathon course record by 41 seconds on Sunday, pulling away from Naomi Cherotich Kiprono on the long drag up Castle Hill to win in 2:18:06.
"⟦d:a|I saw the clock at 40 kilometres and I thought, it is possible,⟧" Haileyesus said through an interpreter. "⟦d:a|Then my legs said, no, it is not possible. I told them to be quiet.⟧"
The 24-year-old, running only her third marathon, said she would send part of her $50,000 prize to the school in her home village. "⟦d:a|The school had no roof when I was there. Now it has a roof, but no library,⟧" she said.
Cherotich Kiprono, who finished 23 seconds behind, said she had no regrets. "⟦d:b|When she went, I tried. I could not follow. Today she was stronger, that is all. I will come back next year and we will see,⟧" she said.
Race director Ansel Whitcombe said cool temperatures and a light tailwind on the final stretch had produced "⟦p:c|perfect conditions⟧". "⟦d:c|We had 31,000 finishers, the most in our history, and nobody went to hospital. That's the record I care about,⟧" he said.

### 021
@a Radu Ionescu-Vlad | -
@b Hélène Vasseur | -
@c Maarten | her husband
The Borealis Express leaves Grenzstadt at 19.42, and by 19.50 the man in the compartment opposite has changed into striped pyjamas. This, I will learn, is the etiquette of the night train: you commit early.
The service, which links Grenzstadt with the southern port of Sveti Marin via 1,140km of mountain and plain, was axed in 2009 and revived last spring by a private operator. It now runs three nights a week in each direction.
Radu Ionescu-Vlad has been a sleeping-car conductor for 31 years, including the whole of the line’s first life. “⟦d:a|In 2009 I thought, that’s it, the night train is dead, I’ll drive a bus,⟧” he says, handing me a paper cup of very strong coffee I did not ask for. “⟦d:a|Now look. Every bed is sold until September.⟧”
“⟦d:-|What changed?⟧” I ask.
“⟦d:a|People got tired of airports. And the young people, they think it’s romantic. It’s not romantic, it’s a train. But OK,⟧” he shrugs.
In the next compartment, Hélène Vasseur and her husband, Maarten, are travelling to Sveti Marin for their 40th wedding anniversary. They took the same train on their honeymoon in 1984.
“⟦d:b|The beds were harder then,⟧” says Hélène.
“⟦d:c|Everything was harder then,⟧” says Maarten. “⟦d:c|We were younger, that’s why it didn’t matter.⟧”
I sleep better than I expected, waking only once, somewhere in the mountains, when the train stops for twenty minutes in the dark for reasons nobody explains. At 7.15 there is a knock on the door and more coffee.
Getting there: The Borealis Express runs on Mondays, Wednesdays and Fridays. A bed in a four-berth couchette costs from €89; a private sleeper compartment from €240.

### 022
@a Adaeze Nwachukwu | the 38-year-old
@b - | one reviewer
@c Rosalie Ferrer | Her editor at Quarry Press
Adaeze Nwachukwu wrote the first draft of "⟦s:-|The Weight of Small Rooms⟧" in notebooks on a night bus between her job at a hospital laundry and the flat she shared with four other women in Eastholm. It took her six years. Last week it was shortlisted for the Pelham Prize.
"⟦d:a|I didn't think anybody would read it,⟧" the 38-year-old said. "⟦d:a|I thought it was a book for my sisters and maybe my mother, if I took out the swearing.⟧"
The novel follows three generations of women in a single tenement flat. It has been described by one reviewer as "⟦p:b|a house of a book, full of doors⟧", a phrase Nwachukwu says she has "⟦p:a|thought about every single day since⟧".
Her editor at Quarry Press, Rosalie Ferrer, remembers the manuscript arriving. "⟦d:c|It came in a padded envelope with a coffee ring on the first page. By page 30 I'd cancelled my afternoon. By page 90 I'd cancelled my evening,⟧" Ferrer said.
Asked whether winning the prize would change her life, Nwachukwu laughed. "⟦d:a|I'd pay off my student loan. And I'd buy a desk. I have never owned a desk.⟧"
Her second novel, provisionally titled "⟦s:-|Salt Road⟧", is due next year. "⟦d:a|It's about my grandfather's bicycle,⟧" she said. "⟦d:a|That's all I'm allowed to say.⟧"

### 023
@a Ines Borralho | singer
@b Lukas Brandtner | the drummer
The Hollow Orchard's fourth album, ``⟦s:-|Glasshouse Weather⟧'', was recorded in eleven days in a converted chapel on the Isle of Carrick, with the heating broken and, according to singer Ines Borralho, ``⟦p:a|the damp getting into the strings, the microphones, our souls⟧''.
``⟦d:a|We had to retune the guitars between every take,⟧'' she told me over the phone from a tour bus somewhere outside Brannock. ``⟦d:a|At one point Lukas was playing drums in his coat and a woolly hat, and we recorded it anyway. You can hear him sniffing on track six.⟧''
Lukas Brandtner, the drummer, disputes this. ``⟦d:b|That's not sniffing. That's a shaker,⟧'' he said, before conceding: ``⟦d:b|Mostly.⟧''
Whatever the conditions, they suited the songs. The opener, ``⟦s:-|Low Tide Hymn⟧'', builds from a single organ note into something close to a storm; the single ``⟦s:-|Fox in the Kitchen⟧'' is the most straightforwardly joyful thing the band have recorded.
Borralho said the band had come close to splitting up after their last tour. ``⟦d:a|We'd stopped talking to each other except about money,⟧'' she said. ``⟦d:a|Carrick forced us to eat dinner together every night, because there was nowhere else to go. It sounds like a cliché, but that's what saved us.⟧''
Four stars. ``⟦s:-|Glasshouse Weather⟧'' is out on Friday on Lowmoor Records.

### 024
@a Sol Marquez-Adeyemi | the artist
@b Annelie Fröberg | the gallery’s chief curator
@c - | a visitor
For the past three years, Sol Marquez-Adeyemi has been collecting lost gloves. Single ones, left on railings, dropped on buses, trodden into the snow. There are 4,312 of them in “⟦s:-|Left Hand⟧”, the installation that opens at the Quayside Gallery in Merrow on Saturday, suspended from the ceiling on fishing line so that they appear to be waving.
“⟦d:a|Every one of those gloves is a tiny bad day,⟧” said the artist, who uses they/them pronouns. “⟦d:a|Someone got home and went, oh no. I find that incredibly moving. It’s the smallest kind of grief there is.⟧”
Marquez-Adeyemi put out appeals on local radio and in community newsletters, and gloves arrived by post, many with notes attached.
“⟦d:a|One woman sent a child’s mitten with a letter saying her son had lost the other one in 1987 and she’d kept it ever since,⟧” they said. “⟦d:a|She wrote, ‘He’s forty-three now and he’s got his own children, so I think I can let it go.’⟧”
Dr Annelie Fröberg, the gallery’s chief curator, said the work had already drawn more advance bookings than any show in the gallery’s history. “⟦d:b|People keep telling us it sounds silly. Then they stand under it and go quiet,⟧” she said.
At a preview on Thursday, a visitor looking for his own glove, a brown leather one lost at Merrow station in January, stood underneath for some time. “⟦d:c|It’s not here,⟧” he said eventually. “⟦d:c|But I feel better anyway.⟧”

### 025
@a Nestling | The manufacturer
@b Product Safety Authority | -
@c Danielle Fortescue | a mother of two from Holbury
@d - | a Nestling spokeswoman
A baby car seat sold by a major retailer is being recalled after tests found the harness buckle could release in a crash.
Around 22,000 "⟦s:-|CosyRide Go⟧" seats, sold between January and August, are affected. Parents are being told to stop using them immediately.
The manufacturer, Nestling, said: "⟦d:a|The safety of children is our absolute priority. We have identified a fault in a small number of buckles and, out of an abundance of caution, we are recalling every seat from the affected batches.⟧"
The Product Safety Authority said it had been alerted by an independent testing laboratory in June. In a statement, it said parents should "⟦p:b|not wait⟧" for a replacement before making other arrangements. "⟦d:b|If your seat is affected, borrow one, or don't make the journey,⟧" it said.
Danielle Fortescue, a mother of two from Holbury, bought the seat in March. "⟦d:c|I drive my daughter to nursery in it every single day,⟧" she said. "⟦d:c|I checked the batch number and felt sick. You trust these things. That's the whole point of them.⟧"
Customers can return the seats to any store for a full refund or a free replacement. A Nestling spokeswoman said staff were "⟦p:d|working round the clock⟧" to deal with calls to its helpline.

### 026
@a Gethin Howells | Station Manager
@b Rukhsana Begum | -
@c Lorraine Pratt | Her neighbour
@d Riverways Agency | -
Dozens of homes and businesses in Lower Brenton were flooded overnight on Thursday after the River Alder burst its banks following 36 hours of heavy rain.
Firefighters used boats to rescue 14 people, including a 92-year-old man and his cat, from properties on Mill Lane and Tanners Row.
Station Manager Gethin Howells said crews had worked “⟦p:a|through the night in extremely difficult conditions⟧”. “⟦d:a|The water came up faster than anyone expected. In some streets it rose half a metre in under an hour,⟧” he said.
“⟦d:a|I would urge people not to drive through floodwater. It is deeper than it looks and it is moving.⟧”
Rukhsana Begum, who runs Riverside Stores on Mill Lane, said she had lost almost all her stock. “⟦d:b|The freezers are gone, the shelves are gone. Twenty-two years. The insurance people are coming Monday. We’ll see,⟧” she said, standing in ankle-deep mud.
Her neighbour, Lorraine Pratt, had spent the night at the community centre. “⟦d:c|Rukhsana was the one knocking on doors at two in the morning telling everyone to get out,⟧” she said. “⟦d:c|She went round the whole street before she thought about her own shop.⟧”
The Riverways Agency, which maintains flood defences on the Alder, said a planned £3.1 million upgrade to the Brenton embankment had been “⟦p:d|delayed by funding and planning issues⟧”. It said in a statement: “⟦d:d|We understand the anger and distress in Lower Brenton. We will review our response and share what we learn.⟧”

### 027
@a Carmela Rossetti-Baines | the actor whose husky voice and sideways glance made her one of the most recognisable faces on television in the 1970s and 80s
@b - | Her agent
@c Hamid Sarrafian | the director
Carmela Rossetti-Baines, the actor whose husky voice and sideways glance made her one of the most recognisable faces on television in the 1970s and 80s, has died aged 84. Her agent said in a statement that she died "⟦p:b|peacefully, at home, with the radio on⟧".
Born in Port Sallow to an Italian father who ran a café and a mother who cleaned offices, she left school at 15 and was spotted by a casting assistant while working on the cosmetics counter of a department store.
Her breakthrough came in 1974 as Sister Maureen Dallow in the hospital drama "⟦s:-|Ward Nine⟧", a role she played for eleven years and never entirely escaped.
"⟦d:a|People would stop me in the supermarket and tell me their problems, because I played a nurse,⟧" she told an interviewer in 1991. "⟦d:a|I had to keep saying, darling, I'm not a nurse, I can barely open a plaster.⟧"
Hamid Sarrafian, who directed her in three films, said she was "⟦p:c|the least vain person I ever put in front of a camera⟧". "⟦d:c|She would ask for less light, not more,⟧" the director said. "⟦d:c|She wanted to look like the woman, not like Carmela.⟧"
Her last role, as a retired ferry captain in the 2019 series "⟦s:-|Harbour Lights⟧", brought her a new generation of admirers. She said at the time: "⟦d:a|I'm too old to be nervous and too young to stop.⟧"
She is survived by her son, Matteo, and two grandchildren.

### 028
@a Necdet Yalvaç | Governor
@b Hatice Sarıbay | a seamstress
@c - | A spokeswoman for the Halcyon Relief Federation
YELKENOVA, Feb 11 (Meridian Wire) - Rescue teams worked through freezing rain on Tuesday to reach villages cut off by a magnitude 6.4 earthquake in Yelkenova province, as the confirmed death toll rose to 212 and officials warned it would climb further.
Governor Necdet Yalvaç told reporters in the provincial capital that 38 villages were still inaccessible by road. “⟦d:a|We are sending helicopters wherever the weather allows. Where it does not allow, our teams are walking,⟧” he said.
In Kemerli, where almost every house in the lower quarter was flattened, Hatice Sarıbay, a seamstress, sat by a fire outside the ruins of her home. “⟦d:b|Hiçbir şey kurtaramadım,⟧” she said — “⟦d:b|I could not save anything.⟧”
“⟦d:b|My sewing machine is under there. My daughter’s wedding dress is under there. I was making it,⟧” she said, speaking through a translator. “⟦d:b|The wedding is in April. We will have it anyway.⟧”
A spokeswoman for the Halcyon Relief Federation said shelter was now the most urgent need. “⟦d:c|Tonight temperatures will fall to minus eight. People who survived the earthquake must not now die of cold,⟧” she said.
The federation has appealed for tents, blankets and heaters. Yalvaç said the provincial government had requested 20,000 tents from the national emergency agency.

### 029
@a Arjun Raghunathan | its chief executive
@b Mateus Okafor-Lima | its chief technology officer
@c Yael Birnbaum | a partner at Cedarline Ventures
Soilsense, a start-up that makes cheap sensors to tell farmers exactly when to water their crops, has raised $48 million in a funding round led by Cedarline Ventures, valuing the four-year-old company at about $310 million.
The company was founded in a university lab by Arjun Raghunathan, its chief executive, and Mateus Okafor-Lima, its chief technology officer, who met as PhD students working on what Raghunathan calls "⟦p:a|the least glamorous problem in agriculture: mud⟧".
"⟦d:a|Everyone wanted to do drones and satellites. We wanted to stick a probe in the ground,⟧" Raghunathan said. "⟦d:a|It turns out the ground is where the water is.⟧"
Okafor-Lima, who grew up on a soy farm, said the idea came from watching his father irrigate "⟦p:b|by feel and by the calendar⟧". "⟦d:b|He was usually right. But 'usually' on 2,000 hectares is a lot of wasted water,⟧" he said.
Yael Birnbaum, a partner at Cedarline Ventures, will join the board. "⟦d:c|We've seen a hundred agtech pitches with beautiful dashboards. These two showed us a spreadsheet of farmers who had paid them twice. That's the dashboard we care about,⟧" she said.
The money will be used to expand into three new countries and to build a factory. The founders said they had no plans to sell the business. "⟦d:b|We get emails,⟧" Okafor-Lima said. "⟦d:b|We don't answer them.⟧"

### 030
@a Organisation of Allied Petroleum Exporters | the group
@b Tariq Bensalem | Energy Minister
@c - | One delegate
@d Astrid Nyberg | head of commodities research at Halvorsen Bank
KASRAN, Dec 4 (Meridian Wire) - Oil prices rose more than 3% on Wednesday after the Organisation of Allied Petroleum Exporters agreed to extend output cuts by six months, surprising traders who had expected members to start pumping more from January.
Benchmark Kasran crude settled up $2.41 at $81.62 a barrel.
In a statement after the meeting, the group said the extension was needed to "⟦p:a|support market stability⟧" at a time of "⟦p:a|elevated uncertainty about demand⟧".
Energy Minister Tariq Bensalem, who chaired the meeting, told reporters: "⟦d:b|The market was oversupplied in our view. We are not going to add barrels to a market that doesn't need them.⟧"
One delegate, who spoke on condition of anonymity because the talks were private, said the decision had been "⟦p:c|much harder than it looks⟧". "⟦d:c|Two countries wanted to raise their quotas. In the end they were persuaded,⟧" the delegate said, declining to say how.
"⟦d:d|This buys them time but it doesn't solve their problem,⟧" said Astrid Nyberg, head of commodities research at Halvorsen Bank. "⟦d:d|Every month they hold back, someone else gains market share.⟧"
Asked whether prices could reach $90, Nyberg said: "⟦d:d|Not without a supply shock. But the world is quite good at producing those.⟧"

### 031
@a Tomás Ó Riordáin | a behavioural ecologist at Keelbridge who led the work
@b Ravindra Gunasekera | His co-author
For a bird that spends almost its entire life in the air, the common swift has always been frustratingly hard to follow. Now a team at Keelbridge University has fitted 60 of them with backpacks weighing less than a paperclip, and the data have surprised even the people who collected them.
Swifts in the study flew an average of 570 kilometres a day on migration and stayed airborne for up to ten months without landing, according to the paper, published on Tuesday in the journal Avian Movement.
"⟦d:a|The number that stopped me was the night-time climbs,⟧" said Dr Tomás Ó Riordáin, a behavioural ecologist at Keelbridge who led the work. "⟦d:a|At dusk, they go up to two or three thousand metres and just hang there. We think they're sleeping on the wing, in short bursts, while gliding.⟧"
He paused. "⟦d:a|I say 'we think'. We're pretty sure.⟧"
His co-author, Dr Ravindra Gunasekera, said the tags had been designed in-house after commercial versions proved too heavy. "⟦d:b|The first generation fell off within a week. The second generation stayed on, but the birds hated them, and you could see it in the way they flew,⟧" he said.
"⟦d:b:m|So we went back to the bench. We shaved a gram here, a gram there. The version we used in the end is 1.2 grams, including the battery.⟧
"⟦d:b|That's about the weight of a raisin. And the swift doesn't notice it, as far as we can tell, which is the only thing that matters.⟧"
Ó Riordáin said the team now hoped to track young birds on their first migration. "⟦d:a|Nobody has ever followed a juvenile swift from the nest to Africa and back. It might take three years. It might take a career,⟧" he said.

### 032
@a Bernadette | a volunteer who asked that her surname not be used
@b Femi Adeyemi-Cole | the charity’s chief executive
It is 3.17am and the phone on Bernadette’s desk has been silent for 40 minutes. Then it rings, and she picks it up on the second ring.
Bernadette, a volunteer who asked that her surname not be used, has been answering calls for Harbour Listening, a night-time helpline, for nine years. She does one overnight shift a fortnight, in a small room above a dentist’s surgery in Colmouth.
“⟦d:a|People imagine it’s all crisis, and some of it is,⟧” she said. “⟦d:a|But a lot of it is loneliness. A man rang once at four in the morning to tell me his tomatoes had come up. He’d nobody else to tell.⟧”
Volunteers are trained for 60 hours before they take their first call. They are taught not to give advice, Bernadette said, but to listen. “⟦d:a|The hardest thing is not fixing it. You want to fix it. You can’t.⟧”
Calls to the helpline have risen by a third in two years, according to Femi Adeyemi-Cole, the charity’s chief executive. He said the service was “⟦p:b|running on goodwill and very strong tea⟧”.
“⟦d:b|We need 40 more volunteers by the winter. If you can stay awake and keep your opinions to yourself, we want you,⟧” he said.
Asked why she keeps coming back, Bernadette thought for a long time.
“⟦d:a|Because sometimes at the end of a call someone says, ‘Thank you for being there.’ And I was. That’s all I was. It’s enough.⟧”

### 033
@a Jin-woo Baek | a security researcher who specialises in misconfigured cloud storage
@b FlexForm Gyms | -
@c Rhiannon Voyle | Data Protection Commissioner
@d Kerry-Ann Lightbody | a FlexForm member in Dunmore
The personal details of almost 900,000 members of FlexForm Gyms, including home addresses, dates of birth and in some cases photographs of their faces, were left exposed on an unsecured server for at least five months, it has emerged.
The database was found last month by Jin-woo Baek, a security researcher who specialises in misconfigured cloud storage. "⟦d:a|It wasn't hacked. It wasn't even locked. Anyone with a web browser and the address could have read it. I found it with a search tool in about four minutes,⟧" Baek said.
He said he had tried to contact the company three times before getting a reply. "⟦d:a|The first two emails went to an address that bounced. The third went to customer services, who offered me a free week's membership,⟧" he said.
FlexForm said in a statement that the server had been "⟦p:b|secured immediately⟧" once the problem was confirmed and that there was "⟦p:b|no evidence⟧" the data had been misused. "⟦d:b|We apologise to our members. We have appointed independent specialists to review how this happened,⟧" it said.
Data Protection Commissioner Rhiannon Voyle said her office had opened an investigation. "⟦d:c|Facial images are among the most sensitive data a company can hold. Organisations that collect them have to protect them,⟧" she said.
Kerry-Ann Lightbody, a FlexForm member in Dunmore, learned of the breach from a news report. "⟦d:d|I joined to get fit, not to have my face on the internet,⟧" she said. "⟦d:d|They've emailed me a discount code for protein bars. Are they joking?⟧"

### 034
@a Marta Iriondo | my directeur sportif
@b Lars Heikkinen | the race leader
Jonas Vindeløv, 23, won stage 14 of the Tour of the Three Valleys on Saturday after a 60km solo attack over the Col de Brèche. This is an edited transcript of his press conference.
Q: When did you decide to go?
A: Honestly, I didn’t decide. Marta Iriondo, my directeur sportif, came on the radio and said, “⟦d:a|If you feel good, go.⟧” I felt good. So I went.
Q: Did you think they would catch you?
A: Every kilometre. With 10km to go I looked back and saw the bunch on the long straight, and I thought, OK, this is the famous “⟦s:-|dead man riding⟧” moment that everybody talks about.
Q: Lars Heikkinen, the race leader, said you were “⟦p:b|a bit lucky⟧” that the chase didn’t organise.
A: Maybe he is right. Tomorrow he can try to be lucky too.
Q: Your team-mates call you “⟦s:-|the Tractor⟧”. Why?
A: Because I am not elegant. I just keep going.
Q: What did Marta say at the finish?
A: She said, “⟦d:a|Now you have to do it again tomorrow.⟧” She was joking. I think.

### 035
@a Siobhán Ní Bhraonáin | trainer
@b Pádraig Coady | Jockey
@c Harjit Sandhu | the horse's owner
Ballinacor Lad, a 33-1 outsider who was nearly retired last winter with a tendon injury, won the Kilbrack Gold Cup by a length and a half on Saturday, giving trainer Siobhán Ní Bhraonáin the biggest win of her career.
"⟦d:a|I can't speak. I genuinely can't speak,⟧" said Ní Bhraonáin, who trains just 14 horses from a yard near Carrigmore. Then she spoke for several minutes.
"⟦d:a|This horse was in a box for five months with his leg in a bandage. The vet said he might never run again. The vet was wrong, and I'll be telling him that tonight.⟧"
Jockey Pádraig Coady, 19, riding in only his second Gold Cup, said he had followed "⟦p:b|the simplest orders I've ever been given⟧". "⟦d:b|Siobhán said, 'Jump the first, then do what you like.' So I did what I liked,⟧" he said.
Harjit Sandhu, the horse's owner, bought Ballinacor Lad for 6,000 euros as a yearling. He said he would be celebrating "⟦p:c|quietly, at home, with a curry⟧".
"⟦d:c|My wife thinks I've wasted money on horses for 20 years,⟧" the retired pharmacist said. "⟦d:c|Tonight I'm going to let her see the cheque.⟧"

### 036
@a Lorenza Baldacci | Mayor
@b Giancarlo Pezzoli | president of the city’s hoteliers’ association
@c Kaito Nishimura | a student visiting from Japan
From next month, day-trippers to Vallombra will have to book a slot online and pay €10 to enter the old town between 9am and 5pm at weekends, in an attempt to thin out crowds that Mayor Lorenza Baldacci says are «⟦p:a|eating the place alive⟧».
«⟦d:a|Vallombra non è un museo e non è un parco divertimenti⟧», she told a press conference on Friday — «⟦d:a|Vallombra is neither a museum nor a theme park⟧».
She said the old town had 3,900 residents and received up to 60,000 visitors on a summer Saturday. «⟦d:a|My grandmother used to buy bread in the piazza. Now there are eleven shops selling the same fridge magnet⟧», she said.
Not everyone is convinced. Giancarlo Pezzoli, president of the city’s hoteliers’ association, called the scheme «⟦p:b|a tax on curiosity⟧». «⟦d:b|The people who sleep here, who eat here, they are already paying. The problem is the coaches and the cruise ships, and they will pay ten euros without blinking⟧», he said.
On the Ponte dei Mercanti on Saturday, Kaito Nishimura, a student visiting from Japan, was unbothered. «⟦d:c|Ten euros? It is less than my lunch. But I would not come on a Saturday anyway. Look at it⟧», he said.
He gestured at the bridge, where a tour guide holding a yellow umbrella was trying to lead a group of forty through a gap wide enough for two.

### 037
@a Aurélien Kassab-Morel | the director
@b Noémie Fardeau | -
«⟦d:a|I make films about families because I don't understand mine⟧», Aurélien Kassab-Morel told an audience in Ostrand on Thursday, speaking through an interpreter after the premiere of «⟦s:-|Les Heures creuses⟧», which opened the Lakeshore Film Festival.
The film, shot in 23 days in the director's childhood home in Sauveterre-les-Prés, follows three adult siblings who return to clear the house after their father's death and find that he has left it to the neighbour.
«⟦d:a|My mother saw it last week. She said, 'You made me look old.' I said, 'Maman, you are old.' We are still speaking, more or less⟧», he said.
Noémie Fardeau, who plays the eldest daughter, said she had been cast after Kassab-Morel saw her «⟦p:b|shouting at a waiter⟧» in a café in Lyonnet. «⟦d:b|It was not my finest moment⟧», she said, laughing. «⟦d:b|He came over and said, 'Can you do that again, but in my film?'⟧»
Asked about the title, which translates as «⟦s:-|Off-Peak Hours⟧», the director said it had a second meaning. «⟦d:a|In French it also means the hollow hours. The hours when nothing happens. That is where families live, I think⟧», Kassab-Morel said.

### 038
@a Shanice Campbell-Reid | Mum-of-three
@b Walter Hibbs | Pensioner
@c Ade Bankole | Consumer champion
@d - | A spokesman for Brightmart
FURIOUS shoppers have blasted a supermarket giant after its best-selling chocolate biscuits shrank by a fifth - while the price stayed exactly the same.
Packs of Brightmart's own-brand "⟦s:-|Choco Dunkers⟧" have quietly dropped from 300g to 240g, with 16 biscuits instead of 20, in the latest example of what campaigners call "⟦s:-|shrinkflation⟧".
Mum-of-three Shanice Campbell-Reid, from Darlston, spotted the change when her kids complained. "⟦d:a|My youngest counted them. She said, 'Mummy, they've stolen four biscuits,'⟧" she said. "⟦d:a|She's seven and she noticed. Did they think grown-ups wouldn't?⟧"
Pensioner Walter Hibbs, 79, fumed: "⟦d:b|It's daylight robbery. They think we're all daft.⟧"
Consumer champion Ade Bankole said the practice was "⟦p:c|sneaky and shameful⟧". "⟦d:c|If the price is the same and the product is smaller, that's a price rise. Call it what it is,⟧" he said.
A spokesman for Brightmart said: "⟦d:d|Like all retailers, we face rising ingredient costs. We have chosen to keep the price of Choco Dunkers the same rather than increase it, and the pack size is clearly displayed.⟧"
Campbell-Reid wasn't having it. "⟦d:a|Clearly displayed? You need a magnifying glass,⟧" she said.

### 039
@a Parminder Gill | Headteacher
@b Zainab | -
@c Ollie | Her team-mate
@d Vlad Dobrescu | Their computing teacher
A team of five pupils from Ashdown Community School have beaten more than 200 schools to win the National Junior Robotics Challenge with a robot that sorts recycling.
The robot, which the children named “⟦s:-|Binny McBinface⟧”, uses a camera and a cheap sensor to tell the difference between plastic, paper and cans, and drops each into the right box.
Zainab, 12, who wrote most of the code, said the team had almost given up two weeks before the final. “⟦d:b|It kept putting crisp packets in with the paper. We tried everything. In the end Ollie said we should just teach it that shiny means plastic, and it worked,⟧” she said.
Her team-mate Ollie, 11, was modest. “⟦d:c|It was a bit of a guess,⟧” he admitted.
Their computing teacher, Vlad Dobrescu, runs the after-school club where the robot was built. “⟦d:d|They did this on Tuesday afternoons with a budget of about £60 and a lot of glue,⟧” he said. “⟦d:d|I have never been prouder of anything in my career, and that includes my wedding. Don’t tell my wife.⟧”
Headteacher Parminder Gill said the school would put the £5,000 prize towards equipment. “⟦d:a|It’s going straight back into the club. And we’re going to buy them better glue,⟧” she said.

### 040
@a Frank Mulvenna | the welder who led the 14-week occupation of the Clydemouth shipyard in 1971
@b Reginald Pattle | then chairman of Clydemouth Shipbuilders
@c Orla | His daughter
Frank Mulvenna, the welder who led the 14-week occupation of the Clydemouth shipyard in 1971, has died aged 91. The occupation saved 3,000 jobs for a decade and a half and made him, for a time, the most famous trade unionist in the country.
It began after the yard's owners announced its closure with two weeks' notice. Mulvenna, then 38 and a shop steward, told a mass meeting in the plating shed: ``⟦d:a|We are not on strike. We are at work. We will keep working until somebody tells us who we are working for.⟧''
The line made every front page. Sir Reginald Pattle, then chairman of Clydemouth Shipbuilders, called him ``⟦p:b|a communist with a welding torch⟧''. Mulvenna, who had never been a member of any party, took it as a compliment. ``⟦d:a|Better than a capitalist with a chequebook,⟧'' he replied.
Born in Port Kessock in 1933, the fourth of seven children of a riveter and a school cook, he started at the yard at 15 as an apprentice.
After the yard finally closed in 1986 he retrained as a teacher and taught metalwork at a secondary school in Kessock for 12 years. In a 2011 interview he said: ``⟦d:a|People ask if it was worth it, since the yard closed anyway. Fifteen years of wages for 3,000 families. You tell me.⟧''
His wife, Agnes, died in 2019. His daughter, Orla, said he had remained ``⟦p:c|furious about everything until about Tuesday⟧''. ``⟦d:c|He was shouting at the radio on Monday. That's how we knew he was still with us,⟧'' she said.

### 041
@a Dragan Vukašinović | Korvania’s foreign minister
@b Naz Tabrizi | His Estrelian counterpart
@c - | A senior Western diplomat briefed on the talks
@d Council of Nations | -
@e - | a reporter
GENTHAL — The foreign ministers of Korvania and Estrel shook hands for the cameras on Friday at the end of two days of talks on their disputed border, but left without signing the framework agreement both sides had said would be ready.
“⟦d:a|We have made progress. Not enough progress, but progress,⟧” Korvania’s foreign minister, Dragan Vukašinović, told reporters in Genthal, speaking through an interpreter. “⟦d:a|The door is open. It was not open a month ago.⟧”
His Estrelian counterpart, Naz Tabrizi, was more guarded. Asked whether a deal could be signed before the end of the year, she replied in English: “⟦d:b|I am not in the business of predictions. I am in the business of maps.⟧”
The main sticking point remains the Sarn valley, a strip of farmland and two hydroelectric dams that both countries have claimed since 1991.
A senior Western diplomat briefed on the talks said the two sides were “⟦p:c|closer than they are willing to admit in public⟧”. “⟦d:c|Neither minister can go home and say they gave something away. So they will give it away slowly, over six months, and call it something else,⟧” the diplomat said.
The Council of Nations, which hosted the talks, said in a statement that it “⟦p:d|welcomes the constructive spirit⟧” of the meeting and would convene a further round in January.
As she left the building, Tabrizi was stopped by a reporter. “⟦d:e|Do you trust him?⟧”
She smiled. “⟦d:b|I trust the interpreter,⟧” she said.

### 042
@a Skylark Air | The airline
@b Tendai Moyo | general secretary of the Aircrew Union
@c Gwen Probert | a nurse from Caerwen
@d Amelia Stroud | -
Hundreds of flights have been cancelled after cabin crew at Skylark Air began a 48-hour strike over pay and rostering.
The airline said 310 flights had been cancelled on Saturday and Sunday, affecting about 45,000 passengers. "⟦d:a|We are extremely disappointed that the union has chosen to disrupt the plans of tens of thousands of families. Our offer is fair and remains on the table,⟧" Skylark Air said in a statement.
Tendai Moyo, general secretary of the Aircrew Union, said crew had been left with "⟦p:b|no choice⟧". "⟦d:b|Our members are working 13-hour days and being told their next shift by text at midnight,⟧" he said. "⟦d:b|This isn't about greed. It's about being able to plan your life.⟧"
At Harrowfield Airport, passengers began queuing at the customer service desk from 5am.
Gwen Probert, a nurse from Caerwen, had been due to fly to Porto Alvar for her 60th birthday. "⟦d:c|I've been saving for two years. I found out at the gate,⟧" she said.
Amelia Stroud, who was travelling to her sister's wedding, said she would try to get a train instead. "⟦d:d|If I have to, I'll swim,⟧" she said. "⟦d:d|She'll never forgive me otherwise.⟧"
Skylark said affected passengers would be offered a refund or a seat on another flight.

### 043
@a Bert Hollings | the farmer who found the first fragment while ploughing in October
@b Kaia Sørhaug | the excavation’s director
@c Amina Yusufzai | a specialist in ancient textiles at the Vesterholm Museum
A farmer ploughing a field near Vesterholm has uncovered what archaeologists believe is the richest Iron Age burial ever found in the region: a woman laid in a wooden wagon, surrounded by bronze bowls, glass beads and the remains of a woollen cloak dyed a deep blue.
“⟦d:a|I thought I’d hit a drain. Then a bit of green metal came up on the blade and I stopped the tractor,⟧” said Bert Hollings, the farmer who found the first fragment while ploughing in October.
Professor Kaia Sørhaug, the excavation’s director, said the burial dated to around 300BC. “⟦d:b:m|This is a woman of enormous status. You don’t bury someone in a wagon unless the whole community has decided that she matters.⟧
“⟦d:b|We don’t know her name and we never will. But we can tell you what she ate, where her beads came from, and that she broke her wrist as a child and it healed badly.⟧”
The cloak is the most remarkable find. Dr Amina Yusufzai, a specialist in ancient textiles at the Vesterholm Museum, said the blue dye was probably woad, brought from hundreds of kilometres away. “⟦d:c|Blue was expensive. This was a statement. It’s the Iron Age equivalent of turning up in a sports car,⟧” she said.
She added that conservators would need “⟦p:c|at least two years⟧” to stabilise the fabric.
Hollings, who has farmed the land for 40 years, said he was happy for the dig to continue. “⟦d:a|She’s been there longer than we have,⟧” he said. “⟦d:a|It’s her field, really.⟧”

### 044
@a Kerry Wainwright | the 41-year-old
@b Lee | Her husband
@c Sanjay Mehrotra | Consultant
A BRAVE mum who was told she might never walk again after a horror crash has completed a 10k run - just 18 months after doctors feared she would not survive.
Kerry Wainwright, 41, suffered a broken pelvis, two broken legs and a bleed on the brain when her car was hit by a lorry on the Felsworth bypass.
"⟦d:a|When I woke up in intensive care, the first thing I asked was whether my kids were OK. The second thing I asked was whether I could still do the Felsworth 10k,⟧" the 41-year-old said. "⟦d:a|The nurse thought I was joking.⟧"
Her husband Lee, 44, never left her side. "⟦d:b|There were nights I sat in the car park and cried because I didn't want her to see. She's the strongest person I know. Stubborn as a mule, but strong,⟧" he said.
Consultant Dr Sanjay Mehrotra, who treated her at Felsworth General, said her recovery was "⟦p:c|remarkable⟧". "⟦d:c|I don't like the word miracle, but I understand why people use it,⟧" he said.
Kerry crossed the line in 1hr 14min to huge cheers from family and friends, and raised £3,200 for the hospital's "⟦s:-|Get Back Up⟧" appeal.
"⟦d:a|I got overtaken by a man dressed as a banana,⟧" she laughed. "⟦d:a|I don't care. I finished.⟧"

### 045
@a Moses Adjei-Mensah | the council’s transport lead
@b Hamish Crerar | a campaigner with the charity Clear Pavements
@c Zipr | operator
@d Niamh Corcoran | -
Rental e-scooters will be removed from the streets of Porthavon by the end of the month after the city council voted not to renew its trial with operator Zipr.
Councillors cited more than 400 complaints about scooters left on pavements and 37 injuries to pedestrians during the two-year trial.
Cllr Moses Adjei-Mensah, the council’s transport lead, said: “⟦d:a|The trial was meant to show us whether these things could work safely in a city like ours. It showed us that they can’t, at least not yet.⟧”
Hamish Crerar, a campaigner with the charity Clear Pavements, welcomed the decision. Mr Crerar, who is registered blind, has twice been knocked over by scooter riders. “⟦d:b|You don’t hear them coming. That’s the problem. You just feel it,⟧” he said.
Zipr said it was “⟦p:c|disappointed⟧” by the vote. “⟦d:c|More than 2.1 million trips have been taken on our scooters in Porthavon, replacing car journeys and cutting emissions,⟧” it said in a statement.
Niamh Corcoran, 23, who uses the scooters to get to her job at a bakery, said the ban would add 40 minutes to her commute. “⟦d:d|The first bus is at 6.10. I start at 5.30. So what, do I walk?⟧” she asked.

### 046
@a Thandiwe Mokoena | Kestrels coach
@b Amara Okoli | Goal shooter
@c Lily-Mae Rowntree | Hornets captain
Kestrels coach Thandiwe Mokoena says she "⟦p:a|ran out of fingernails⟧" in the final quarter as her side held off a furious Hornets comeback to win 58-56 and reach the Super League grand final for the first time.
The Kestrels led by 11 at three-quarter time, but the Hornets scored nine unanswered goals and had the ball with 20 seconds left before a stray pass was intercepted on the edge of the circle.
"⟦d:a|I told them at the last break, it's not over, they will come at us. And they came at us. I'm very proud of the way we didn't panic. Well, I panicked. The players didn't,⟧" Mokoena said.
Goal shooter Amara Okoli, who scored 41 of her 43 attempts, was named player of the match. "⟦d:b|By the last one I couldn't feel my hands,⟧" she said. "⟦d:b|I just thought about all those cold Tuesday nights in training. Same hoop, same ball.⟧"
Hornets captain Lily-Mae Rowntree was gracious in defeat. "⟦d:c|We left it too late. You can't give a team like that an eleven-goal start,⟧" she said. "⟦d:c|Credit to Amara. She was unstoppable tonight.⟧"
The grand final is at the Harbour Arena on June 21.

### 047
@a Jerome Baptiste-Ellis | champion
@b Dmitri Volkanov | challenger
@c Barry Costigan | Promoter
Tempers boiled over at the weigh-in for Saturday's middleweight title fight as champion Jerome Baptiste-Ellis and challenger Dmitri Volkanov had to be pulled apart by security.
Volkanov, nicknamed "⟦s:-|The Ice Man⟧", weighed in bang on the limit at 11st 6lb, then leaned across the stage and whispered something in the champion's ear.
"⟦d:b|He's scared. Look at his eyes. I've seen that look before, usually just before they hit the canvas,⟧" Volkanov said afterwards, his trainer translating.
Baptiste-Ellis, 29, who has won all 24 of his professional fights, laughed it off. "⟦d:a|He can talk all he likes. Talking doesn't win fights,⟧" he said. "⟦d:a|I've heard it all before and I'm still the champion.⟧"
Fans packed into the hall chanted "⟦s:-|Jerome! Jerome!⟧" as the two men were separated, and somebody near the front shouted "⟦d:-|Knock him out!⟧"
Promoter Barry Costigan insisted the bad blood was real. "⟦d:c|I've been doing this 30 years and I don't stage-manage anything. These two genuinely can't stand each other. Which, between you and me, is very good for ticket sales,⟧" he said.

### 048
@a Malcolm Ashworth | -
@b Desmond Kirui | his husband
@c Seaspray Cruises | the operator
@d - | A crew member who did not want to be named
Passengers on a luxury cruise have demanded refunds after their ship spent five of its eleven days anchored off the same port because of what the operator called “⟦p:c|technical issues⟧”.
The Seaspray Aurora, which left Southmouth on 3 March, was due to call at seven ports around the western isles. It reached three.
Malcolm Ashworth, 68, and his husband, Desmond Kirui, 71, paid £9,400 for a balcony cabin to celebrate their retirement. “⟦d:a|We looked at the same lighthouse for five days,⟧” Ashworth said. “⟦d:a|By the end we’d given it a name.⟧”
“⟦d:b|Gerald,⟧” said Kirui. “⟦d:b|We called it Gerald. We still send it postcards, in our heads.⟧”
Passengers said the only information from the bridge was a daily announcement that the ship was “⟦p:-|awaiting parts⟧”.
A crew member who did not want to be named said the ship had developed a problem with one of its propulsion motors on the second day. “⟦d:d|Everybody on board knew. We weren’t allowed to say,⟧” they said.
Seaspray Cruises said in a statement: “⟦d:c|We sincerely apologise to our guests for the disruption to their holiday. All guests will receive a 50 per cent refund and a credit towards a future cruise.⟧”
“⟦d:a|A future cruise?⟧” said Ashworth. “⟦d:a|With them? Gerald would have to come with us.⟧”

### 049
@a - | our waiter
@b Hoa Nguyen-Bellamy | The chef-owner
Nam Quay, a 40-cover room in a former bicycle shop on Canal Row, has no sign, no website and a phone that is answered, in my experience, about one time in four. Go anyway.
The menu changes daily and is written in marker pen on a mirror. On the Tuesday I visited it offered nine dishes, including something called "⟦s:-|Grandmother's Revenge⟧", which our waiter described as "⟦p:a|pork, chilli and no regrets⟧".
"⟦d:-|Do people finish it?⟧" I asked.
"⟦d:a|Most people,⟧" he said. "⟦d:a|Some people cry a little bit. That's normal.⟧"
I finished it. I cried a little bit. It was wonderful: slow-cooked belly, blistered and sticky, with a heat that builds like an argument and then, just when you think you cannot take any more, gives way to lime and mint.
The chef-owner, Hoa Nguyen-Bellamy, learned to cook at her family's noodle stall before coming here at 19. She came out at the end of service, wiping her hands on a tea towel, and was unimpressed by my questions about technique.
"⟦d:b|I don't do fusion. I do what my mother cooked, with what I can buy on Canal Row,⟧" she said. "⟦d:b|Sometimes that's lemongrass. Sometimes it's a swede.⟧"
The swede, roasted in a fish-sauce caramel, was the best thing I have eaten this year. Dinner for two with drinks, about £85.

### 050
@a Anwen Griffiths | -
@b - | A spokesperson for Shieldwell
@c Shieldwell Insurance | the company
Anwen Griffiths, of Pontardew, writes: “⟦d:a:m|I have been with Shieldwell Insurance for nine years. This year my renewal quote went up from £412 to £896, although I have made no claims and I am driving the same car.⟧
“⟦d:a|When I rang, they offered to knock £300 off straight away. Why should I have to ring up and argue to be charged a fair price?⟧”
You shouldn’t, Anwen, and since new rules came in two years ago, insurers have not been allowed to charge renewing customers more than they would charge a new customer for the same cover. I asked Shieldwell to explain.
A spokesperson for Shieldwell said: “⟦d:b|We’re sorry Ms Griffiths was unhappy with her renewal price. Premiums across the market have risen significantly because of higher repair costs. Her renewal was calculated in line with regulations.⟧”
That did not explain the £300 that vanished during a phone call, so I asked again. This time the company said it had “⟦p:c|identified an error in the renewal calculation⟧” and would refund the difference for this year and last.
Anwen is delighted. “⟦d:a|I nearly didn’t bother writing in. I’m very glad I did,⟧” she says.
If you have a problem you would like us to look at, email the Money desk. We regret that we cannot answer every letter.

### 051
@a Rachel Oyedele | Prosecutor
@b Tom Halloran | His barrister
@c Philippa Ormsby | Judge
@d Ryan Sutcliffe-Moss | -
@e Margaret Penhale | -
A man who stole more than 300 garden gnomes from homes across the Wendle Valley over two years has been spared jail.
Ryan Sutcliffe-Moss, 34, of Orchard Close, Wendlebury, pleaded guilty to 19 counts of theft at Wendle Crown Court. Police found the gnomes arranged in neat rows in a rented lock-up.
Prosecutor Rachel Oyedele told the court that several victims had been "⟦p:a|genuinely distressed⟧". "⟦d:a|Some of these were not bought from a garden centre. One was made by a victim's late father. Another had been in the same family for 60 years,⟧" she said.
His barrister, Tom Halloran, said his client had been suffering from "⟦p:b|a period of profound loneliness⟧" after the death of his mother. "⟦d:b|He cannot fully explain it. He didn't sell a single one. He talked to them,⟧" Mr Halloran said.
Sentencing him to a 12-month community order with 150 hours of unpaid work, Judge Philippa Ormsby said: "⟦d:c|This was bizarre offending, but it was not victimless. You will write a letter of apology to every one of your victims, and you will mean it.⟧"
Asked by the judge whether he understood, Sutcliffe-Moss replied: "⟦d:d|Yes, your honour. I'm sorry.⟧"
Outside court, Margaret Penhale, 71, whose gnome "⟦s:-|Sir Percival⟧" was among those recovered, said she was "⟦p:e|just glad he's home⟧".

### 052
@a Ilya Berezovets | the chess grandmaster who twice came within a game of the world title
@b Aivars Liepiņš | His great rival
@c Nadezhda | His widow
Ilya Berezovets, the chess grandmaster who twice came within a game of the world title, has died aged 86. In his home city of Velikoye Pole he was known simply as «⟦s:-|the Professor⟧».
He learned the game from his father in a factory hostel. «⟦d:a|My father taught me the moves and then refused to play me, because he said a boy who cries when he loses is not ready⟧», he told an interviewer in 1995. «⟦d:a|I stopped crying at nine. He still refused.⟧»
His great rival, Aivars Liepiņš, who beat him in the 1977 candidates' final, said Berezovets played «⟦p:b|the most honest chess of anyone of his generation⟧». «⟦d:b|He never set traps. He just made good moves until you ran out of good moves⟧», Liepiņš said.
After retiring from competition in 1994 he ran a chess club for children in the basement of a library, which produced four grandmasters. He refused to be paid for it.
His widow, Nadezhda, said he was still analysing games in hospital last week. «⟦d:c|The nurses thought he was doing crosswords. He let them think so⟧», she said.

### 053
@a Salote Vaipulu | the environment minister of Talumoa
@b Klaus-Peter Ritter | the lead negotiator for the Northern Bloc
@c - | A negotiator from a developing country who asked not to be named
@d Esperanza Quispe | director of the campaign group Fair Climate Now
PORT ELANDRA, Nov 22 (Meridian Wire) - Climate talks in Port Elandra ran into an extra day on Saturday as delegates remained deadlocked over how much richer nations should pay to help vulnerable countries recover from storms, floods and droughts.
A draft text circulated overnight set a target of “⟦p:-|at least $250 billion a year⟧” by 2035, a figure several developing nations rejected outright.
“⟦d:a|My country will be under water before this money arrives,⟧” said Salote Vaipulu, the environment minister of Talumoa, a Pacific archipelago of 110,000 people. “⟦d:a|I did not fly 14,000 kilometres to sign a receipt for our own funeral.⟧”
Klaus-Peter Ritter, the lead negotiator for the Northern Bloc, called the offer “⟦p:b|serious and substantial⟧” and warned against “⟦p:b|letting the perfect be the enemy of the good⟧”. Speaking to German reporters later, he was blunter. “⟦d:b|Wir sind kein Geldautomat,⟧” he said — “⟦d:b|We are not a cash machine.⟧”
A negotiator from a developing country who asked not to be named said trust was running out. “⟦d:c|They keep saying the money will come from the private sector. Which private sector? The one that left us after the last hurricane?⟧”
Outside the conference centre, activists unfurled a banner reading “⟦s:-|Pay Up or Pack Up⟧” and chanted “⟦s:-|Loss and damage, pay the damage⟧”.
Esperanza Quispe, director of the campaign group Fair Climate Now, said the talks were “⟦p:d|going backwards in slow motion⟧”. “⟦d:d|Every year they bring a smaller umbrella to a bigger storm,⟧” she said.

### 054
@a Edilberto Chasqui | a 58-year-old grower
@b Rocío Apaza | the general manager of the Cordillera Verde cooperative
@c Oliver Grint | green coffee buyer for the roaster Pelican & Stone
Coffee prices on world markets have more than doubled in two years. In the hills above San Ignacio del Alto that ought to be good news. Edilberto Chasqui, a 58-year-old grower, is not so sure.
"⟦d:a|When the price is high, everybody is happy for one season,⟧" he said through an interpreter, walking between rows of shade-grown arabica. "⟦d:a|Then the fertiliser is expensive, the pickers want more, the thieves come at night. The high price brings its own problems.⟧"
He points at a gap in the row. "⟦d:a|Last month they took the cherries from forty trees. In one night. We used to leave the farm without a lock.⟧"
Rocío Apaza, the general manager of the Cordillera Verde cooperative, which buys from 640 farming families, said the price surge had also brought new competition. "⟦d:b|Intermediaries arrive with cash in a truck and pay a little more than we do, on the spot. The farmers know we pay a bonus at the end of the year. But the truck is here today,⟧" she said.
In Europe, café customers have barely noticed, said Oliver Grint, green coffee buyer for the roaster Pelican & Stone. "⟦d:c|A flat white has maybe 15 grams of coffee in it. Even at today's prices, that's 20 pence. The farmer's share of your cup is still smaller than the milk's,⟧" he said.
Chasqui laughed when this was translated for him. "⟦d:a|Then tell them to drink it black,⟧" he said.

### 055
@a Ottilie Brannagh | the 63-year-old
@b Yevgenia Sorokina-Hart | the leader of the Kellmouth Symphony Orchestra
Ottilie Brannagh makes violins in a shed at the bottom of her garden in Hollin Bridge. It takes her about 300 hours to make one, and she has made 114. She can tell you where every one of them is.
“⟦d:a|Number 37 is in a cupboard on the other side of the world, which breaks my heart. Number 80 went to a busker in Brackenford who plays it outside the same supermarket every Saturday. That one’s happy,⟧” the 63-year-old says.
She came to instrument-making late, and by accident.
“⟦d:a:m|I was a joiner for twenty-five years. Kitchens, mostly. Then my back went, and I couldn’t do fitting any more, and I thought, what can I make sitting down?⟧
“⟦d:a:m|I’d played the fiddle badly since I was a girl. So I bought a book, and some wood, and I made a terrible violin. It sounded like a goose with a cold.⟧
“⟦d:a|The second one sounded like a goose with a slightly better cold. By the tenth I was getting somewhere.⟧”
“⟦d:-|Is there a secret?⟧” I ask.
“⟦d:a|Patience. And varnish. Mostly varnish,⟧” she says, and will not elaborate.
Yevgenia Sorokina-Hart, the leader of the Kellmouth Symphony Orchestra, has played a Brannagh violin for 15 years, in preference to a far more valuable 18th-century instrument the orchestra keeps in a safe. “⟦d:b|The old one is beautiful, but it’s a diva. Ottilie’s violin just does what I ask. I’ve told her she should charge three times as much. She told me to mind my own business,⟧” she says.
Brannagh does not deny this. “⟦d:a|I charge what I charge,⟧” she says. “⟦d:a|If I charged more, the wrong people would buy them.⟧”

### 056
@a Kessland Met Service | -
@b Saoirse Kilbane | Met Service meteorologist
@c Isles Link Ferries | -
@d - | one islander
An amber warning for wind has been issued for western coastal areas as Storm Hedda approaches, with gusts of up to 80mph possible on exposed headlands on Sunday.
The Kessland Met Service said the storm could bring "⟦p:a|danger to life⟧" from flying debris and large waves, and warned of power cuts and travel disruption. "⟦d:a|Ferry and rail services are likely to be cancelled and some roads and bridges may close,⟧" it said.
Met Service meteorologist Saoirse Kilbane said the strongest winds would arrive overnight. "⟦d:b|The timing is unhelpful. It'll peak between about 2am and 8am, when people are asleep and can't see what's happening,⟧" she said. "⟦d:b|Tie down anything in your garden you'd like to see again.⟧"
Isles Link Ferries said all sailings to the outer islands on Sunday had been cancelled, with "⟦p:c|a high likelihood⟧" of disruption into Monday.
On Inishmorrow, where the last ferry left at 4pm on Saturday, one islander said people were "⟦p:d|used to it⟧". "⟦d:d|We've got candles, we've got tins, we've got a good pub with a generator,⟧" he said. "⟦d:d|We'll be grand.⟧"
Storm Hedda is the eighth named storm of the season.

### 057
@a Ryo Takemura | the 26-year-old
@b Benjie Soto | His caddie
@c Anders Holmgaard | overnight leader
Ryo Takemura holed a 40-foot putt across the 18th green at Saltcombe Links on Sunday to win the Northern Masters by one stroke, then dropped to his knees and stayed there for what felt like a minute.
“⟦d:a|I didn’t want to stand up, because standing up means it’s real,⟧” the 26-year-old said through an interpreter. “⟦d:a|When I was a boy I watched this tournament on television at four in the morning with my father. Today my father was at the green.⟧”
Takemura began the final round three shots behind overnight leader Anders Holmgaard but made five birdies in his first eleven holes as the wind rose off the estuary.
His caddie, Benjie Soto, said the pair had agreed a plan on the range that morning. “⟦d:b|I told him, the wind is your friend today. Keep it low, make them come back to you,⟧” Soto said. “⟦d:b|He hit it so low on the 14th I thought it was going to burrow.⟧”
Holmgaard, who ran up a double-bogey at the 16th after finding a pot bunker, was philosophical. “⟦d:c|One bad swing. That’s golf. He played beautifully, and I’ll sleep on it and be angry tomorrow,⟧” he said.
Asked about the winning putt, Takemura smiled. “⟦d:a|I was trying to get it close. It went in. I am not going to complain,⟧” he said.

### 058
@a Rosario Ybarra-Kline | the actor
@b Devraj Malhotra | the writer
Rosario Ybarra-Kline spent three months learning to gut fish for ``⟦s:-|Undertow⟧'', the new eight-part drama about a family-run trawler business, and she has the scars to prove it.
``⟦d:a|I cut myself eleven times in the first week,⟧'' the actor said, holding up a thumb. ``⟦d:a|The woman teaching me said she'd never seen anyone bleed so enthusiastically.⟧''
The series, which begins on Sunday, was created by Devraj Malhotra, who also wrote the police drama ``⟦s:-|Blue Hour⟧'' and grew up above a fishmonger's in Eastney Quay.
``⟦d:b|I wanted to write about work. Real work, the kind that hurts your hands,⟧'' the writer said. ``⟦d:b|Television is full of people who have jobs but never seem to do them.⟧''
Ybarra-Kline said the cast spent a week on a working trawler before filming began. Was she seasick? ``⟦d:a|Every single day. Dev wasn't. I've never forgiven him,⟧'' she said.
Malhotra disputes this. ``⟦d:b|I was sick once. Privately. With dignity,⟧'' he said.
``⟦s:-|Undertow⟧'' begins on Sunday at 9pm.

### 059
@a Lorna Kettleborough | Delighted owner
@b Imran Siddiqui | dog walker
@c Anna Kowalczyk | Vet
A runaway spaniel who vanished during a fireworks display has been found safe and well - THREE WEEKS later and 20 miles from home.
Biscuit, a four-year-old cocker spaniel, bolted from his garden in Hapton Green on bonfire night and had not been seen since.
Delighted owner Lorna Kettleborough said: "⟦d:a|We'd put up 500 posters. We'd been on the radio. I'd honestly started to think we'd never see him again.⟧"
The dog was spotted by dog walker Imran Siddiqui in woodland near Ashby Clere. "⟦d:b|He was sitting under a bench looking very sorry for himself,⟧" Mr Siddiqui said. "⟦d:b|I said 'Biscuit?' because I'd seen the posters on a community page, and his ears went straight up.⟧"
Vet Anna Kowalczyk, who checked him over, said he had lost about 2kg but was otherwise fine. "⟦d:c|He's a very lucky boy. Spaniels are survivors, and I suspect a few people have been feeding him,⟧" she said.
Lorna said Biscuit was "⟦p:a|back on the sofa like nothing happened⟧". "⟦d:a|He's not allowed out of my sight until New Year,⟧" she said.

### 060
@a Arunvale Space Research Organisation | the agency
@b Prakash Venkataraman | ASRO chairman
@c Meenakshi Iyengar | The mission director
@d - | A government official who was not authorised to speak to the media
PALLAVAM ISLAND, Arunvale, Sept 3 (Meridian Wire) - Arunvale on Wednesday landed a robotic probe on the far side of the Moon, becoming only the second country to do so.
The Arunvale Space Research Organisation (ASRO) confirmed touchdown at 18:04 local time. “⟦d:a|Chandrika has landed. All systems are healthy,⟧” the agency said in a post on social media minutes later.
In the mission control room on Pallavam Island, a voice on the loudspeaker could be heard saying “⟦d:-|Touchdown confirmed, touchdown confirmed⟧” before the rest of the sentence was lost in cheering.
ASRO chairman Prakash Venkataraman told reporters the mission had cost less than $90 million. “⟦d:b|We did this for less than the budget of some films about space. That is not a joke. That is our philosophy,⟧” he said.
The mission director, Meenakshi Iyengar, said the final descent had been “⟦p:c|eleven minutes of not breathing⟧”. “⟦d:c|Our last attempt failed at two kilometres. Today, at two kilometres, I closed my eyes,⟧” she said. “⟦d:c|When I opened them, everyone was screaming.⟧”
A government official who was not authorised to speak to the media said the prime minister would visit the control centre on Thursday. “⟦d:d|He wants to shake every hand in that room,⟧” the official said.

### 061
@a Nkechi Obiora | -
@b Hannah Lyle | her partner
@c Julian Corrigan-Blythe | director of Corrigan Homes in Aldermoor
@d Beatriz Lemos | chief economist at Hollin Building Society
First-time buyers in Aldermoor are finding it easier to get on the property ladder than at any point in the last decade, as falling prices and a price war among lenders bring deposits within reach, new figures suggest.
The average first-time buyer home in the town cost £214,500 in the three months to June, down 6% on a year earlier, according to Hollin Building Society.
Nkechi Obiora and her partner, Hannah Lyle, completed on a two-bedroom terrace on Foundry Street last month after five years of renting. "⟦d:a|We'd been saving £400 a month and watching prices go up faster than we could save. Then this year, for the first time, the number on the screen came down to meet us,⟧" Obiora said.
Lyle said they had offered 8% below the asking price. "⟦d:b|The agent laughed. Then he rang back the next morning,⟧" she said.
Julian Corrigan-Blythe, director of Corrigan Homes in Aldermoor, said: "⟦d:c|It's a buyer's market for the first time in years. Sellers who priced their homes in 2022 are still getting used to that idea.⟧"
Beatriz Lemos, chief economist at Hollin Building Society, cautioned that the picture could change quickly. "⟦d:d|Rates are still high by the standards of the last fifteen years. If they fall, demand comes back, and so do the price rises,⟧" she said.
Obiora is not worrying about that. "⟦d:a|We've got a garden,⟧" she said. "⟦d:a|I'm going to grow tomatoes, badly.⟧"

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh130.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh130",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
