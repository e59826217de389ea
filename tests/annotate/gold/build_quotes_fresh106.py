# ruff: noqa: E501
"""Build ``quotes_fresh106.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports and
press conferences), travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
registers of wire, broadsheet, tabloid, local paper, magazine and broadcaster web
copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh106-NNN``.

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
  it (``The singer Cordelia Vance, his long-time collaborator``): the appositive is the
  description. A title before the name alone (``Watch Manager …``, ``Pensioner …``,
  ``Mum-of-three …``, ``Stanbridge boss …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 58-year-old``,
  ``the left-arm seamer``), that description is taken. Where the first mention is a
  bare name and the second mention carries the appositive (``Sæther, a glaciologist
  at …``), that appositive is the description.
* A non-restrictive relative clause after an appositive (``the Vetrano team's sports
  director, who …``) is not part of the description; a restrictive one is. Participial
  or prepositional tags (``defending``, ``travelling with her mother``, ``from
  Harrowby``, ``24``) are not descriptions.
* A family speaking in a statement (``His family said``) has a null speaker and the
  description as written (``his family``).
* An interpreter's summary of what a speaker said, even in the third person (``He says
  the problem is …``), is that speaker's speech.
* A reply by a named automated assistant, quoted as its answer, is ``direct`` with the
  assistant's name as speaker.
* Words said to a person by someone the passage does not identify (``she was told to
  …``) are ``partial`` (or ``direct``) with speaker and description null.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a named chair's or interviewer's questions are that person's
  speech. A question from an unnamed reporter introduced in the passage (``one
  reporter``) has that phrase as description.
* Inside a transcript answer, a quotation in double marks (the speaker quoting his
  mother) is the quoted person's speech, since there is no outer quotation to absorb
  it.
* Words from a past interview or lecture by the subject of an obituary are that
  person's speech.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh106.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh106.jsonl")

PASSAGES = """
### 001
@a Marlowe & Finch | the department store chain
@b Adaeze Okonkwo-Hale | its chief executive
@c Rupert Galloway | an analyst at Tillbrook Securities
@d - | one long-standing shareholder
Marlowe & Finch, the department store chain, reported a 14 per cent fall in half-year profit on Thursday and warned that shoppers remained “⟦p:a|cautious about big-ticket purchases⟧” heading into the autumn.
Shares fell 6 per cent in early trading before recovering some of the ground by the close.
Its chief executive, Adaeze Okonkwo-Hale, said the business had “⟦p:b|done the hard yards⟧” on costs and was better placed than a year ago. “⟦d:b|We have closed stores that were never going to come back, and we have put the money into the ones that will,⟧” she told analysts on a call. “⟦d:b|I would rather report an honest number today than a flattering one.⟧”
She said the home furnishings division had been hit hardest. “⟦d:b|People are still buying a new pillow. They are not buying a new sofa.⟧”
Rupert Galloway, an analyst at Tillbrook Securities, said the results were “⟦p:c|slightly better than feared⟧” but questioned the pace of the turnaround. “⟦d:c|The store closures are the easy bit,⟧” he said. “⟦d:c|What I haven’t heard yet is why a 25-year-old should walk into one of the stores that’s left.⟧”
One long-standing shareholder, who asked not to be named because of his relationship with the board, was blunter. “⟦d:d|They keep telling us next year. It’s been next year for five years.⟧”
Okonkwo-Hale, who took over in 2021, rejected suggestions that she was under pressure. “⟦d:b|The board has been very clear with me, and I have been very clear with them,⟧” she said. “⟦d:b|Nobody is under any illusions.⟧”

### 002
@a Lucia Ferreira-Vance | chief market strategist at Corbel Asset Management
@b Haruto Imazu | a currency trader in Kessholm
@c - | a trader at a European bank
NEW HAVENPORT (Harbourline) - Stocks slid for a third straight session on Friday as fresh inflation figures dashed hopes of an early rate cut, sending the benchmark Calloway 500 index to its lowest close in seven weeks.
"⟦d:a|The market had priced in a perfect landing, and this morning's number said, not so fast,⟧" said Lucia Ferreira-Vance, chief market strategist at Corbel Asset Management. "⟦d:a|I don't think this is panic. I think it's repricing.⟧"
Technology shares led the declines, with the chipmaker Veradyne down 4.2 per cent and the software group Anselm off 3.8 per cent. Utilities and consumer staples held up better.
In currency markets the dollar rose against most of its peers. "⟦d:b|Everybody was on the same side of the boat,⟧" said Haruto Imazu, a currency trader in Kessholm. "⟦d:b|When that happens, it only takes one wave.⟧"
A trader at a European bank, speaking on condition of anonymity because he was not authorised to talk to the media, said volumes had been "⟦p:c|unusually thin⟧" for a data day. "⟦d:c|It felt like half the desk was already on holiday,⟧" he said.
Ferreira-Vance said investors should not read too much into a single month's figures. "⟦d:a|One print doesn't make a trend. But it does make people nervous, and nervous people sell first and ask questions later.⟧"
Oil fell 1.4 per cent to $71.20 a barrel, while gold rose 1.1 per cent.

### 003
@a Penhallow Water | -
@b Gwendolyn Arbuthnot | the chair
@c Okoro Ventures | the private equity firm
@d Declan Furlong | regional secretary of the Amalgamated Utilities Union
@e - | a person close to Okoro
Penhallow Water has rejected a £2.3bn takeover approach from the private equity firm Okoro Ventures, saying the offer “⟦p:a|significantly undervalued⟧” the company and its prospects.
“⟦d:a|The proposal fails to recognise the value of our regulated asset base and the investment programme already under way,⟧” the company said in a statement to the stock exchange on Monday.
Gwendolyn Arbuthnot, the chair, said the board remained “⟦p:b|open to engagement⟧” with any bidder. “⟦d:b|We are not opposed to a conversation. We are opposed to being bought cheaply,⟧” she said.
Okoro Ventures said it was “⟦p:c|disappointed⟧” and was considering its options. A person close to Okoro said the firm was unlikely to walk away. “⟦d:e|They’ve done the work. They think the price is fair and they think shareholders will come round,⟧” the person said.
Declan Furlong, regional secretary of the Amalgamated Utilities Union, which represents about 900 Penhallow staff, said workers were “⟦p:d|sick of being passed around like a parcel⟧”.
“⟦d:d|Every time one of these outfits turns up, it’s jobs first and pipes second,⟧” he said. “⟦d:d|We’ve seen it in the south-west, we’ve seen it in the north. We don’t want to see it here.⟧”

### 004
@a Hélène Vautrin-Kassab | the governor of the Banque centrale de Morvanie
@b Thibault Rakotomalala | Finance Minister
@c - | an economist at a Saint-Aubrac brokerage
SAINT-AUBRAC, Morvania (Harbourline) — Morvania’s central bank held its main interest rate at 6.5 per cent on Wednesday and signalled it was in no hurry to cut, despite mounting pressure from the government.
«⟦d:a|Nous ne baisserons pas la garde⟧» — «⟦d:a|We will not lower our guard⟧» — said Hélène Vautrin-Kassab, the governor of the Banque centrale de Morvanie, at a news conference in the capital.
«⟦d:a|Inflation is falling, but it is not yet where it must be. Cutting too early would undo two years of effort,⟧» she said, speaking in French.
Finance Minister Thibault Rakotomalala, who has called repeatedly for lower borrowing costs, said the decision was «⟦p:b|regrettable but expected⟧». «⟦d:b|Our businesses cannot wait forever,⟧» he said in a radio interview. «⟦d:b|The bank is independent, and I respect that. But independence is not the same as indifference.⟧»
An economist at a Saint-Aubrac brokerage said markets had expected the hold. «⟦d:c|The message was clear: not before the spring,⟧» she said.
The bank also cut its growth forecast for this year to 1.8 per cent from 2.3 per cent.
Asked whether she had come under political pressure, Vautrin-Kassab smiled. «⟦d:a|I receive many letters,⟧» she said. «⟦d:a|I read all of them.⟧»

### 005
@a Morag Kilbride | the 58-year-old
@b Ewan Kilbride | her son
@c Ailsa Dunmore | -
@d - | a spokesperson for Northlight Energy
@e Fraser Tolmie | local councillor
A bakery that has fed the town of Inverlochy for 41 years will close its doors on Saturday after its owner was hit with an energy bill she says is "⟦p:a|more than the shop takes in a month⟧".
Morag Kilbride, who has run the Crannog Bakery on Mill Street since 1983, said she had "⟦p:a|no choice left⟧".
"⟦d:a|The ovens have to be on at four in the morning. There's no getting round that,⟧" the 58-year-old said. "⟦d:a|When the new contract came through I sat in the car and cried. Then I came in and made the rolls, because folk still needed their rolls.⟧"
Her son, Ewan Kilbride, who works alongside her, said the family had tried everything. "⟦d:b|We've cut the hours, we've cut the range, Mum's stopped paying herself. It's not enough.⟧"
Customers queued out of the door on Thursday morning. "⟦d:c|I've had my Saturday pie from here since I was a wean,⟧" said Ailsa Dunmore, 72, who lives on nearby Kirk Brae. "⟦d:c|Where am I supposed to go now? The supermarket?⟧"
A spokesperson for Northlight Energy said: "⟦d:d|We understand this is a very difficult time for small businesses and we have offered Mrs Kilbride a payment plan.⟧"
Local councillor Fraser Tolmie said the closure was "⟦p:e|a loss to the whole town⟧" and called on ministers to "⟦p:e|step in before the high street is nothing but charity shops and vape shops⟧". "⟦d:e|It's not a one-off,⟧" he said. "⟦d:e|It's the third this year.⟧"

### 006
@a Kwabena Asante-Mills | its general secretary
@b Aurelia Air | -
@c - | a spokeswoman for the airline
@d Shirin Kazemi | -
@e Jolene Marchetti | -
Thousands of holidaymakers face disruption this weekend after cabin crew at Aurelia Air voted to strike for 48 hours from Saturday in a row over rostering.
The Flight Crew Association said 84 per cent of members who voted had backed the action. Its general secretary, Kwabena Asante-Mills, said crew had been “⟦p:a|pushed to breaking point⟧”.
“⟦d:a|We have people doing four early starts in a row and then being called in on their day off. That’s not a roster, that’s a trap,⟧” he told us.
Aurelia Air said it was “⟦p:b|deeply disappointed⟧” and that the union had “⟦p:b|walked away from a fair offer⟧”. A spokeswoman for the airline said: “⟦d:c|We will do everything we can to get customers where they need to be, and anyone whose flight is cancelled will be offered a full refund or a rebooking.⟧”
At Castlemere Airport on Friday, passengers were already anxious. Shirin Kazemi, who is due to fly to Porto Ardea with her two children on Sunday, said she had heard nothing from the airline. “⟦d:d|I found out from the news. Not an email, not a text, nothing,⟧” she said.
Jolene Marchetti, travelling with her mother to a wedding on Sant’Elmo, was more philosophical. “⟦d:e|If it’s cancelled, it’s cancelled. I’ll be there in a dress either way, even if I have to swim,⟧” she said, laughing.
Kazemi was less amused. “⟦d:d|It’s easy to laugh when you’re not paying for three.⟧”
Asante-Mills said the union remained willing to talk. “⟦d:a|My phone is on. It has been on for six weeks.⟧”

### 007
@a Petra Lindqvist | a partner at Graves Holloway
@b Samuel Adeyemi-Ross | a 29-year-old nurse from Dunmarket
@c Yusuf Demirci | the company's co-founder
@d Payments Oversight Authority | -
Customers of the collapsed savings app Pennywise were told on Tuesday that they may wait up to a year to recover their money, as administrators began sifting through what Petra Lindqvist, a partner at Graves Holloway, described as "⟦p:a|a very untidy set of books⟧".
"⟦d:a|We are working as quickly as we can, but we are not going to pay anybody out until we know what's actually there,⟧" Lindqvist said. "⟦d:a|I understand that's not what people want to hear.⟧"
About 140,000 people held accounts with Pennywise, which promised savers rates well above those offered by the high-street banks.
Samuel Adeyemi-Ross, a 29-year-old nurse from Dunmarket, had £6,800 in the app, money he had been putting aside for a deposit on a flat. "⟦d:b|They had a little green tick next to your balance. I believed the tick,⟧" he said.
The company's co-founder, Yusuf Demirci, posted an apology on a professional networking site late on Monday. "⟦d:c|I am sorry. We grew too fast and we made mistakes that I will have to live with,⟧" he wrote. "⟦d:c|I will cooperate fully with the administrators and the authorities.⟧"
The Payments Oversight Authority said it had opened an investigation and was "⟦p:d|in close contact⟧" with the administrators.
Adeyemi-Ross said the apology meant little to him. "⟦d:b|Sorry doesn't get me a flat,⟧" he said.

### 008
@a Nkechi Oduya | -
@b Harriet Moss | her partner
@c Callum Strachan | director of Strachan & Reid estate agents in Kelbourne
@d - | one mortgage broker
When Nkechi Oduya and her partner, Harriet Moss, started looking for their first home in 2022, they drew up a list of must-haves: a garden, a second bedroom, a short walk to the station.
“⟦d:a|We’ve crossed off the garden. We’ve crossed off the bedroom,⟧” Oduya said. “⟦d:a|The station is hanging on by a thread.⟧”
The couple, both teachers in their early thirties, have had three offers rejected in 18 months, each time outbid by a buyer with no mortgage to arrange.
Moss said the hardest part was the speed. “⟦d:b|You see a place on Thursday, you view it on Saturday, and by Monday it’s gone to someone paying cash,⟧” she said. “⟦d:b|We just can’t move that fast.⟧”
Callum Strachan, director of Strachan & Reid estate agents in Kelbourne, said demand for flats under £250,000 was “⟦p:c|as strong as I’ve ever seen it⟧”. “⟦d:c|For every decent two-bed we put on, we’ll get thirty, forty enquiries in a day,⟧” he said.
One mortgage broker, who did not want to be named because she advises several of the big lenders, described the market as “⟦p:d|musical chairs with fewer chairs every round⟧”.
Oduya and Moss have not given up. “⟦d:a|Ask us again in six months,⟧” Oduya said.
“⟦d:b|Or a year,⟧” Moss added.

### 009
@a Folasade Ilori | a sleep researcher at the University of Wenmouth who led the study
@b Anders Kvist | a neuroscientist at the Haldor Institute in Trondvik
@c Maisie Corcoran | one of the participants
Teenagers who keep their phones in the bedroom sleep on average 48 minutes less a night than those who leave them in another room, according to a study of more than 4,000 secondary school pupils published on Wednesday.
The researchers found the effect was strongest among girls aged 14 to 16, and could not be explained by differences in homework or daytime screen use.
"⟦d:a|What surprised us was how consistent it was,⟧" said Dr Folasade Ilori, a sleep researcher at the University of Wenmouth who led the study. "⟦d:a|It didn't matter whether the school was rural or urban, private or state. The phone in the bedroom was the single best predictor.⟧"
She said parents should not panic. "⟦d:a|This isn't about banning anything. It's about where the charger lives.⟧"
Professor Anders Kvist, a neuroscientist at the Haldor Institute in Trondvik, who was not involved in the research, called the study "⟦p:b|robust and very well designed⟧" but cautioned that it showed an association rather than a cause.
"⟦d:b|It could be that teenagers who are already sleeping badly reach for the phone, not the other way round,⟧" he said. "⟦d:b|The authors are careful about that, which I appreciate.⟧"
Maisie Corcoran, 16, one of the participants, said she had moved her charger to the kitchen after taking part. "⟦d:c|The first week was awful. I kept reaching for it,⟧" she said. "⟦d:c|Now I actually fall asleep before midnight, which my mum says is a miracle.⟧"

### 010
@a Bernadette Quayle | great-grandmother
@b Lorraine Quayle | her daughter
@c - | a spokesman for St Aldhelm's Hospital
@d Oluwaseun Brathwaite | Health Minister
A GREAT-GRANDMOTHER with a broken hip was left on a hospital trolley for 14 hours because there were no beds — and says she was told to “⟦p:-|think herself lucky⟧”.
Great-grandmother Bernadette Quayle, 79, fell in her kitchen in Thornley on Tuesday evening and was taken to St Aldhelm's Hospital by ambulance.
“⟦d:a|I lay there in a corridor with my nightie up round my knees and people walking past all night,⟧” she said. “⟦d:a|I’m not blaming the nurses. They were run off their feet. One of them held my hand at three in the morning and I’ll never forget her.⟧”
Her daughter, Lorraine Quayle, 54, said she was “⟦p:b|absolutely livid⟧”. “⟦d:b|My mum worked in that hospital for 30 years. This is how they pay her back?⟧”
A spokesman for St Aldhelm's Hospital said: “⟦d:c|We are sorry that Mrs Quayle waited longer than we would want. Our emergency department has seen record demand this month.⟧”
Health Minister Oluwaseun Brathwaite said last night: “⟦d:d|No one should wait that long, and I have asked for an urgent report.⟧”
But Lorraine said reports would not help her mum. “⟦d:b|They can write all the reports they like. Get my mum a bed.⟧”

### 011
@a Ines Abouzeid | an astronomer at the Monte Caldera Observatory who led the team
@b Tevita Fifita | a doctoral student on the team
@c Gregor Halvorsen | an exoplanet specialist at the University of Nordmark
Astronomers have found a planet roughly the size of Neptune orbiting so close to its star that a year there lasts just 19 hours.
Dr Ines Abouzeid, an astronomer at the Monte Caldera Observatory who led the team, said the finding challenged ``⟦p:a|everything we thought we knew⟧'' about how such worlds survive.
``⟦d:a|It shouldn't be there,⟧'' she said. ``⟦d:a|A planet that size, that close, should have had its atmosphere stripped away long ago. Either it arrived recently, or we're missing something.⟧''
The planet, catalogued as MCO-611b, was spotted in data from the observatory's survey telescope and confirmed with follow-up measurements over the winter.
Tevita Fifita, a doctoral student on the team, first noticed the signal while checking data late one night. ``⟦d:b|I thought it was a glitch in the software,⟧'' he recalled. ``⟦d:b|I checked it four times before I dared to email anyone.⟧''
Abouzeid said she had replied within minutes. ``⟦d:a|He sent it at two in the morning. I was awake, unfortunately,⟧'' she said. ``⟦d:a|I wrote back one word: again.⟧''
Professor Gregor Halvorsen, an exoplanet specialist at the University of Nordmark, who was not involved in the work, said the observations looked solid. ``⟦d:c|The interesting question is not whether it's real, it's how long it has left,⟧'' he said. ``⟦d:c|We may be watching the last few million years of this planet's life.⟧''

### 012
@a Castellan Therapeutics | -
@b Mireille Fontaine-Obi | Castellan’s chief medical officer
@c Gareth Pughe | chair of the Motor Neurone Alliance
@d Li Wen-hsuan | a neurologist at Eastgate University Hospital
@e Annika Ruud | -
A drug developed by Castellan Therapeutics slowed the progression of motor neurone disease by about a third in a late-stage trial, the company said on Monday, raising hopes for a condition that has resisted almost every treatment tried against it.
Some headlines have already called it a “⟦s:-|miracle drug⟧”. The people closest to it are more cautious.
“⟦d:b|This is a meaningful result, and it is a modest one, and both of those things are true,⟧” said Mireille Fontaine-Obi, Castellan’s chief medical officer. “⟦d:b|It does not stop the disease. It buys time.⟧”
Castellan said it would apply for approval in the spring and that the drug had been “⟦p:a|generally well tolerated⟧”, although 8 per cent of participants withdrew because of side effects.
Gareth Pughe, chair of the Motor Neurone Alliance, said time was exactly what patients wanted. “⟦d:c|When you are told you have two to five years, another year is not modest. It is a wedding. It is a grandchild,⟧” he said.
Professor Li Wen-hsuan, a neurologist at Eastgate University Hospital, said she would wait for the full data. “⟦d:d|A press release is not a paper,⟧” she said. “⟦d:d|I want to see which patients benefited, and which did not.⟧”
Annika Ruud, 47, who took part in the trial, said she had no way of knowing whether she had received the drug or a placebo. “⟦d:e|But I can still hold a cup of coffee,⟧” she said. “⟦d:e|Two years ago they told me I wouldn’t be able to by now.⟧”

### 013
@a Cerys Vaughan-Pryce | an ecologist with the Tarran Valley Wildlife Trust
@b Idris Pennant | a sheep farmer whose land borders the river
@c Howell Bevan | his neighbour
@d Tarran Valley Wildlife Trust | -
For the first time in more than 400 years, beavers are breeding in the wild in the Tarran valley, conservationists have confirmed, after a camera trap near Llanfeth captured two kits swimming behind their mother.
"⟦d:a|We've been waiting for this picture for six years,⟧" said Dr Cerys Vaughan-Pryce, an ecologist with the Tarran Valley Wildlife Trust. "⟦d:a|Adults you can explain away. Kits mean they've decided to stay.⟧"
Not everyone is celebrating. Idris Pennant, a sheep farmer whose land borders the river, says the animals have already felled a dozen trees on his bank and flooded a corner of his lower field. "⟦d:b|Lovely on the telly. Not so lovely when it's your fence posts,⟧" he said.
His neighbour, Howell Bevan, takes a different view. "⟦d:c|My dad used to say the river was tidier before the war. Tidier isn't healthier,⟧" he said. "⟦d:c|If a few beavers bring the trout back, they can have a couple of my willows.⟧"
Pennant laughed when this was put to him. "⟦d:b|Howell's got more willows than me,⟧" he said.
The trust said it would "⟦p:d|work with landowners⟧" where dams caused problems, and had set up a fund to pay for tree guards.

### 014
@a Kwame Boateng-Ellis | director of public health for Ashvale
@b Sunita Raghunathan | headteacher of Brookmoor Primary
@c - | one mother at the school gates
Health officials in Ashvale are urging parents to check their children’s vaccination records after 23 cases of measles were confirmed in the town in three weeks.
Dr Kwame Boateng-Ellis, director of public health for Ashvale, said the outbreak was “⟦p:a|entirely preventable⟧”.
“⟦d:a|Measles is not a mild illness. It can put children in hospital, and in rare cases it kills,⟧” he said. “⟦d:a|Two doses of the vaccine give about 97 per cent protection. That is as close to a guarantee as medicine gets.⟧”
Most of the cases are linked to two primary schools. Sunita Raghunathan, headteacher of Brookmoor Primary, said letters had gone to every family. “⟦d:b|We’ve had parents in tears at the gate, worried about their little ones, and we’ve had parents who are angry with other parents. I understand both,⟧” she said.
One mother at the school gates, who did not want to give her name, said her son had missed his second dose during the pandemic. “⟦d:c|It just slipped. Nobody chased it up and I forgot,⟧” she said. “⟦d:c|He’s booked in for Thursday.⟧”
Asked whether she was worried about the vaccine, she shook her head. “⟦d:c|I’m more worried about the measles.⟧”
Boateng-Ellis said drop-in clinics would run at Ashvale Leisure Centre on Saturday and Sunday. “⟦d:a|No appointment, no judgement,⟧” he said. “⟦d:a|Just come.⟧”

### 015
@a Ingeborg Sæther | a glaciologist at the Nordvik Polar Institute
@b Mateo Quispe | the expedition's mountain guide
On the fourth morning on the Skarvbreen ice cap the wind dropped, and Ingeborg Sæther walked out to the drill site with a thermos and a spanner.
Sæther, a glaciologist at the Nordvik Polar Institute, has been coming here every spring since 2004. She remembers when the ice began at the hut door. It now begins a 40-minute walk away.
"⟦d:a|People want me to be angry, or to be sad, on camera,⟧" she said. "⟦d:a:m|Mostly I'm just busy. There is a lot of ice to measure, and less of it every year.⟧
"⟦d:a|What frightens me is not the number. It's how ordinary the number has become. In 2004 a year like this would have been a paper in a big journal. Now it is a line in a table.⟧"
Mateo Quispe, the expedition's mountain guide, grew up below a glacier in the high Andes that has since disappeared. "⟦d:b|When I was a boy we carried ice down to the village on donkeys to sell. My son has never seen that glacier,⟧" he said. "⟦d:b|He thinks I'm making it up.⟧"
Sæther nodded when she heard this. "⟦d:a|Everybody has a glacier like that now,⟧" she said. "⟦d:a|Mine is just still here. For now.⟧"

### 016
@a Eleanor Achterberg | a GP in Wexcombe
@b - | a 34-year-old woman who asked not to be named
@c Marcus Lindo | chief executive of the charity Mindways
@d Department of Health and Care | -
@e - | a spokesperson
Waiting lists for talking therapies have grown by a fifth in a year, according to figures published on Thursday, with some patients waiting more than 18 months for a first appointment.
Dr Eleanor Achterberg, a GP in Wexcombe, said she now saw patients “⟦p:a|every single day⟧” whom she could not refer anywhere useful.
“⟦d:a|I can prescribe a tablet in five minutes. I cannot get someone a therapist in five months,⟧” she said. “⟦d:a|So people end up on medication who might not have needed it, because it’s the only thing on the shelf.⟧”
A 34-year-old woman who asked not to be named said she had been on a waiting list since the spring of last year. “⟦d:b|They send you a text every three months asking if you still want to be on the list. That’s the only contact. It’s like standing in a queue in the dark,⟧” she said.
Marcus Lindo, chief executive of the charity Mindways, said the figures were “⟦p:c|a national scandal hiding in plain sight⟧”.
The Department of Health and Care said it was investing “⟦p:d|record sums⟧” in mental health and had recruited 2,000 additional therapists. “⟦d:e|We know there is more to do,⟧” a spokesperson said.
Lindo was unmoved. “⟦d:c|Record sums poured into a bucket with a hole in it is still a bucket with a hole in it,⟧” he said.

### 017
@a Brenna | an artificial intelligence assistant
@b Priyanka Dholakia | the council's cabinet member for digital services
@c Terence Mabry | a retired postman
@d Gethin Rowlands | opposition leader
Residents of Harlow Moor can now report a missed bin collection or a broken streetlight by chatting to "⟦s:-|Brenna⟧", an artificial intelligence assistant that went live on the district council's website on Monday.
Cllr Priyanka Dholakia, the council's cabinet member for digital services, said the system would free staff for "⟦p:b|the calls that really need a human⟧". "⟦d:b|Nobody is losing their job because of this,⟧" she said. "⟦d:b|It's open at midnight, it doesn't put you on hold and it speaks eleven languages.⟧"
Not everyone is convinced. Terence Mabry, a retired postman, tested it on Tuesday by asking about a fallen tree on his road. "⟦d:c|It told me it was sorry to hear about my tree and gave me a link to the library opening hours,⟧" the 81-year-old said.
When the Courier asked Brenna whether it could help with a council tax query, it replied: "⟦d:a|I'm sorry, I can only help with waste, streets and parking at the moment.⟧"
Opposition leader Cllr Gethin Rowlands said the £180,000 contract was "⟦p:d|money spent on a gimmick⟧". "⟦d:d|If you want residents to get answers, answer the phone,⟧" he said.

### 018
@a Quillon | -
@b Lior Ben-Haim | chief executive
@c Yasmin Darwish | an analyst at research firm Tessaract Insight
Quillon unveiled its first folding phone at a packed event in Marrowfield on Tuesday, promising a hinge that “⟦p:a|you will never notice and never break⟧”.
“⟦d:b|Every folding phone so far has asked you to make a compromise. We didn’t want to ask you for anything,⟧” chief executive Lior Ben-Haim told the audience, to applause.
The Fold One will cost 1,499 dollars when it goes on sale next month, making it one of the most expensive phones on the market.
Ben-Haim said the company had tested the hinge 400,000 times. “⟦d:b|We stopped counting because the machine got bored before the phone did,⟧” he joked.
Yasmin Darwish, an analyst at research firm Tessaract Insight, said the price would limit its appeal. “⟦d:c|It’s a beautiful object. It’s also the price of a decent second-hand car,⟧” she said. “⟦d:c|Quillon doesn’t need to sell millions of these. It needs people to see one on the train and want the cheaper phone next to it.⟧”
Asked by reporters after the event whether a cheaper foldable was planned, Ben-Haim smiled. “⟦d:b|Ask me next year.⟧”

### 019
@a Brightwell Mutual | the country's fifth-largest building society
@b Conall Devereux | Brightwell's chief executive
@c - | a person familiar with the investigation
@d Data Protection Commission | -
@e Aoife Breathnach | a 44-year-old customer from Corrigeen
ARDCARROW (Harbourline) - Brightwell Mutual, the country's fifth-largest building society, said on Thursday that hackers had accessed the names, addresses and dates of birth of about 310,000 members, and that some bank details "⟦p:a|may also have been exposed⟧".
"⟦d:b|We are deeply sorry. Our members trusted us with their information and we have let them down,⟧" Brightwell's chief executive, Conall Devereux, said in a video posted on the society's website. "⟦d:b|We are contacting every affected member directly.⟧"
A person familiar with the investigation said the attackers appeared to have got in through a supplier's system in early March, weeks before the breach was detected. "⟦d:c|They were inside for a long time before anybody noticed,⟧" the person said.
The Data Protection Commission said it had been notified and was "⟦p:d|assessing the information provided⟧".
Aoife Breathnach, a 44-year-old customer from Corrigeen, said she learned of the breach from a friend. "⟦d:e|I got the email from Brightwell an hour after my friend sent me a screenshot of the news,⟧" she said. "⟦d:e|That tells you something.⟧"
Devereux, asked on national radio whether he would resign, said: "⟦d:b|My job right now is to fix this. Other people can decide about my job.⟧"

### 020
@a Zanele Mthembu | the 27-year-old
@b Kofi Mensah-Larbi | her co-founder
@c Delphine Rousseau-Amar | a partner at the venture firm Greyline
Zanele Mthembu does not look like someone who has just raised $40m. She is wearing a fleece with a hole in the elbow, and she apologises twice for the state of the office, which is above a tyre shop in Kessingford.
“⟦d:a|We could move. We’ve talked about it,⟧” the 27-year-old says. “⟦d:a|But the rent is cheap and the tyre guys make good coffee.⟧”
Her company, Tallyho, makes software that lets small farms sell directly to supermarkets, cutting out the middlemen who once took the biggest share of the price. Mthembu started it at university with her co-founder, Kofi Mensah-Larbi, after watching her uncle throw away half a tomato harvest.
“⟦d:a:m|He had the tomatoes. The supermarket two hours away had empty shelves. And there was nothing in between except a man with a lorry who took forty per cent.⟧
“⟦d:a|I remember thinking, this is a software problem. Which is a very arrogant thing to think at nineteen. It was also true.⟧”
Mensah-Larbi, who runs the engineering side, is quieter. “⟦d:b|Zanele talks, I build,⟧” he says. Asked whether that is fair, he considers it for a while. “⟦d:b|Mostly fair. Sometimes I talk.⟧”
Delphine Rousseau-Amar, a partner at the venture firm Greyline, which led the latest round, says she invested after a single meeting. “⟦d:c|I’ve seen a thousand pitch decks with a slide about Africa. She didn’t have a slide. She had a list of 3,000 farmers’ phone numbers,⟧” she says.
Her mother, a nurse in Lindelani Bay, is still not entirely sure what the company does. “⟦d:a|She asks me every Sunday, ‘But is it a real job?’⟧” Mthembu says, laughing. “⟦d:a|I tell her I’m working on it.⟧”

### 021
@a Tasha Greenidge | project manager at Roverton Transport
@b - | one passenger
@c Derek Hanlon | -
@d - | a driver who has worked the Fellgate route for 20 years
A driverless bus began carrying passengers between Roverton railway station and the Fellgate business park on Monday, in what its operators say is the country's first such service running on a public road in ordinary traffic.
The 14-seat vehicle still carries a "⟦s:-|safety steward⟧", who can stop it with a red button but does not steer.
"⟦d:a|It's boring, which is exactly what we want,⟧" said Tasha Greenidge, project manager at Roverton Transport. "⟦d:a|Every day it's boring is a day we've learned something.⟧"
One passenger, a student heading to a placement at the business park, said it braked "⟦p:b|like a nervous learner⟧" but was otherwise smooth. "⟦d:b|I kept looking at the steward to see if he was worried. He wasn't, so I wasn't,⟧" she said.
Derek Hanlon, 73, from Fellside, had travelled in specially. "⟦d:c|I wanted to ride it before I'm too old to remember it,⟧" he said. "⟦d:c|My grandson says in ten years nobody will drive. I told him people said that about flying cars.⟧"
A driver who has worked the Fellgate route for 20 years, who asked not to be named, said staff were worried. "⟦d:d|They say it's a trial. We've heard 'trial' before,⟧" he said.
Greenidge said drivers had nothing to fear. "⟦d:a|Nobody's job is going anywhere on this route. There will be a human on board for the whole trial.⟧"

### 022
@a Björn Ekdahl | Lanternfish Games founder
@b - | one developer who was laid off
@c - | a second developer
@d Moana Tuilagi | an organiser with the Game Workers Collective
Lanternfish Games, the studio behind the hit puzzle series “⟦s:-|Quiet Harbour⟧”, has laid off 85 staff, about a third of its workforce, weeks after its latest release missed sales targets.
In a post on the company blog on Wednesday, Lanternfish Games founder Björn Ekdahl wrote that the decision was “⟦p:a|the hardest of my working life⟧”. “⟦d:a|I take full responsibility. We hired for a future that did not arrive as fast as we expected,⟧” he wrote.
One developer who was laid off said staff learned of the cuts on a 15-minute video call. “⟦d:b|They turned the cameras off before anyone could ask a question,⟧” he said. “⟦d:b|By the time the call ended, my laptop had already logged me out.⟧”
A second developer, who has worked at the studio since 2016 and kept her job, described the mood as “⟦p:c|funereal⟧”. “⟦d:c|People are packing up desks next to people who still have jobs. Nobody knows where to look,⟧” she said.
Moana Tuilagi, an organiser with the Game Workers Collective, said the industry had a “⟦p:d|boom-and-bust habit⟧” that workers were paying for. “⟦d:d|Studios hire like crazy when money is cheap and then act surprised when it isn’t,⟧” she said.
Ekdahl’s post ended with a promise that the studio would “⟦p:a|come back stronger⟧”.

### 023
@a Ruairí Doherty | Kilbarron manager
@b Emeka Nwosu | the 23-year-old
@c Pavel Hronek | Stanbridge boss
Kilbarron United 3 Stanbridge Athletic 1
Emeka Nwosu scored twice in the second half as Kilbarron came from behind to climb into the top four and leave Stanbridge looking nervously over their shoulders.
Stanbridge led through Callum Reyes's header after 12 minutes and should have been two up before the break, but Kilbarron were transformed after the interval.
"⟦d:a|At half-time I didn't shout. I didn't need to. They knew,⟧" said Kilbarron manager Ruairí Doherty. "⟦d:a|We played the first half like we were scared of the ball. In the second half, we played like Kilbarron.⟧"
Nwosu, who joined in January from Dunmore Celtic, now has seven goals in nine games. "⟦d:b|The gaffer told me to stop coming short and run in behind, so I ran in behind,⟧" the 23-year-old said. "⟦d:b|Sometimes football is simple.⟧"
Stanbridge boss Pavel Hronek was furious about the penalty that made it 2-1. "⟦d:c|I've watched it four times. It's not a penalty. It's not a penalty anywhere in the world,⟧" he said.
Asked whether his side were now in a relegation fight, Hronek was blunt: "⟦d:c|Look at the table. Of course we are.⟧"
Doherty refused to get carried away. "⟦d:a|Top four in February means nothing,⟧" he said. "⟦d:a|Ask me in May.⟧"

### 024
@a Camila Restrepo | the 21-year-old
@b - | one reporter
@c Hanna Lindberg | the second seed
Camila Restrepo beat the second seed Hanna Lindberg 6-4, 3-6, 7-5 to reach the final of the Valmont Open on Friday, and then spent most of her press conference talking about her grandmother.
“⟦d:a|She watches every match on her tablet with the sound off, because the commentators make her nervous,⟧” the 21-year-old said. “⟦d:a|She sent me a message after the second set. It just said: ‘Breathe.’⟧”
“⟦d:b|Did you?⟧” one reporter asked.
“⟦d:a|Not really. But I read it, and that helped.⟧”
Restrepo saved three break points at 5-5 in the deciding set before breaking Lindberg to love in the next game.
“⟦d:b|What changed at 5-5?⟧” the same reporter asked.
“⟦d:a|I stopped thinking about winning and started thinking about the next ball. Everybody says that. It’s true, it’s just very hard to do.⟧”
Lindberg, who had won their three previous meetings, was gracious in defeat. “⟦d:c|She played the big points better than me today. That’s the whole story,⟧” she said. “⟦d:c|I’ll be back. I’m not worried about my tennis. I’m annoyed about one forehand.⟧”

### 025
@a Dewi ap Gwilym | the left-arm seamer
@b Aarav Deshpande | Eastmoor captain
@c Jonah Fairweather | Westfold coach
Dewi ap Gwilym took six for 38 as Eastmoor bowled out Westfold for 142 on the final afternoon at Penrose Park to win by 87 runs and go top of the county table.
The left-arm seamer, 35, has said this will probably be his last season. "⟦d:a|I told my wife this morning I had one more good spell in me,⟧" ap Gwilym said. "⟦d:a|I didn't tell her I meant today.⟧"
Eastmoor captain Aarav Deshpande was full of praise. "⟦d:b|When Dewi's got the ball swinging like that, my job is just to stand at mid-off and not get in the way,⟧" he said. "⟦d:b|He's been our best player for ten years and nobody outside this dressing room notices.⟧"
Westfold coach Jonah Fairweather did not hide his frustration. "⟦d:c|We lost eight wickets for 40,⟧" he said, "⟦d:c|and you can't do that against the side at the top of the league. Well, they are now.⟧"
Deshpande was asked whether the title was now Eastmoor's to lose. "⟦d:b|It was always ours to lose,⟧" he said, grinning.

### 026
@a Warren Tuipulotu | head coach
@b Finnian Rourke | captain
@c - | a reporter
Head coach Warren Tuipulotu and captain Finnian Rourke sat side by side after the 27-19 defeat to the Harbourside Hawks, and it quickly became clear they had not watched the same match.
“⟦d:a|We lost the game in a ten-minute spell before half-time, and that’s the bit that hurts,⟧” Tuipulotu said. “⟦d:a|Otherwise I thought we were the better side.⟧”
Rourke, beside him, shook his head. “⟦d:b|I don’t think we were the better side. I think we were the side that had the ball more. That’s different,⟧” he said.
“⟦d:c|Are you two on the same page?⟧” a reporter asked.
Tuipulotu laughed. “⟦d:a|We’re on the same page. He’s just reading a different paragraph.⟧”
“⟦d:b|I’m reading the scoreboard,⟧” Rourke said.

### 027
@a Selamawit Haile | -
@b Hamza El Idrissi | -
@c Orla Brannigan | race director
PORT ELLERY (Harbourline) - Selamawit Haile broke the course record at the Port Ellery Marathon on Sunday, finishing in 2 hours 18 minutes 41 seconds despite a stiff headwind over the final ten kilometres.
"⟦d:a|I did not look at the watch. My coach told me not to look at the watch,⟧" Haile, 24, said through an interpreter. "⟦d:a|At 35 kilometres I looked at the watch. Then I ran faster.⟧"
In the men's race, Hamza El Idrissi outsprinted two rivals on the final bend to win in 2:06:12. "⟦d:b|My legs were finished at 40 kilometres. My head was not finished,⟧" he said in Arabic, translated by a team official.
Race director Orla Brannigan said the record would "⟦p:c|put Port Ellery on the map⟧". "⟦d:c|We've been a good race for a long time. Today we became a fast one,⟧" she said.
Haile said she would send her prize money home. "⟦d:a|My mother has a shop. Now she will have a bigger shop,⟧" she said, smiling.

### 028
@a Matteo Ferracuti | the 26-year-old
@b Aurélien Morvan | the race leader
@c Lukas Brandstetter | the Vetrano team’s sports director
MONTESALVO (Harbourline) — Matteo Ferracuti won the ninth stage of the Tour of the Three Valleys on Saturday with a solo attack on the final climb, while Aurélien Morvan kept the leader’s jersey.
«⟦d:a|Ho pensato a mio padre⟧» — «⟦d:a|I thought about my father⟧» — Ferracuti said at the finish, his voice breaking. His father, a former amateur rider, died in March.
«⟦d:a|He always told me to attack on that climb. Today I listened to him, for once,⟧» said the 26-year-old, who rides for the Vetrano team.
Morvan, who finished 41 seconds back, said he had been happy to let him go. «⟦d:b|He was not a danger for the overall. My job today was to lose no time to the men who are,⟧» the race leader said.
Lukas Brandstetter, the Vetrano team’s sports director, who followed the attack from the team car, said the move had been planned «⟦p:c|for three days⟧». «⟦d:c|Matteo asked me every evening, ‘Tomorrow?’ and every evening I said no. Today I said yes,⟧» he said.

### 029
@a Mei-Ling Tsao | the Lynx's 19-year-old point guard
@b Keisha Abernathy | Lynx captain
@c Dorota Nowicka | Northgate Comets coach
The Lakeshore Lynx won their first national basketball title on Saturday night, beating the Northgate Comets 78-71 in front of a sell-out crowd at the Harbour Arena.
Mei-Ling Tsao, the Lynx's 19-year-old point guard, scored 26 points, including three three-pointers in the final quarter. “⟦d:a|I didn’t feel my legs in the fourth. I just felt the crowd,⟧” she said.
Lynx captain Keisha Abernathy, 34, who has played for the club since it was founded in 2011, was in tears on the court. “⟦d:b|Twelve years. Twelve years of people telling us we were a nice little team,⟧” she said. “⟦d:b|Well, the nice little team has a trophy now.⟧”
Abernathy said Tsao had been the difference. “⟦d:b|She’s 19 and she plays like she’s 30. I’m 34 and I play like I’m 50,⟧” she joked.
Northgate Comets coach Dorota Nowicka praised the winners. “⟦d:c|They deserved it tonight. We had our chances and we missed free throws. You can’t miss free throws in a final,⟧” she said.
Long after the final buzzer, the home fans were still chanting “⟦s:-|Lynx! Lynx! Lynx!⟧”

### 030
@a Siobhán Kearney | trainer
@b Amir Haddad | jockey
@c Gerald Fennimore | the horse's 82-year-old owner
LONGSHOT Copper Kettle stormed home at 50-1 in the Ellingham Gold Cup yesterday — and his trainer admitted she had "⟦p:a|no idea⟧" he could do it.
Trainer Siobhán Kearney, who runs a six-horse yard in the Mendlow Hills, said: "⟦d:a|He's a lovely horse but he's bone idle at home. I think he just woke up today.⟧"
Jockey Amir Haddad, 22, riding in his first Gold Cup, said: "⟦d:b|Three out I thought, we're going to be fourth and I'll be happy with fourth. Then the two in front started looking at each other and I thought, why not?⟧"
The horse's 82-year-old owner, Gerald Fennimore, who bought him for £3,000 as a yearling, celebrated with a pint of stout in the winner's enclosure. "⟦d:c|I've been coming here since 1961,⟧" he said. "⟦d:c|I've never had a runner. Now I've got a winner. I might stop.⟧"
Kearney said the prize money would "⟦p:a|mend the roof and then some⟧".

### 031
@a Ruth Halloran | promoter
@b Lars Gudmundsson | -
@c - | my mother
Kwesi Antwi meets Lars Gudmundsson for the vacant continental heavyweight title at the Dockside Arena on Saturday. Promoter Ruth Halloran said on Thursday it would be "⟦p:a|the biggest night this city has seen in boxing⟧". "⟦d:a|We sold 18,000 tickets in a day. I've never known anything like it,⟧" she said.
The following is an edited transcript of Antwi's news conference on Thursday afternoon.
Q: How is the weight?
A: Perfect. I could fight tonight.
Q: Gudmundsson said this week you were "⟦p:b|a puncher who has never been punched⟧". What do you say to that?
A: He's said a lot of things. I've been punched. My big brother punched me every day until I was 14.
Q: Your corner calls you "⟦s:-|The Bull⟧". Where does that come from?
A: My mother. I broke a door when I was six. She looked at it and said, "⟦d:c|This one is a bull.⟧"
Q: Prediction?
A: Inside six. Write it down.

### 032
@a Aroha Ngata | a year 8 pupil at Kaiwhero Intermediate
@b Hemi Ngata | her father
@c Bev Stallard | Tidewater Swimming Club coach
A 12-year-old from Kaiwhero has become the youngest swimmer to complete the 5km Harbour Crossing, finishing in just under two hours on Sunday morning.
Aroha Ngata, a year 8 pupil at Kaiwhero Intermediate, said the last kilometre was “⟦p:a|the longest thing I’ve ever done⟧”.
“⟦d:a|I could see the finish flags for ages and they just weren’t getting any closer,⟧” she said. “⟦d:a|Then a seal swam past me and I forgot about being tired for a bit.⟧”
Her father, Hemi Ngata, followed in a kayak the whole way. “⟦d:b|She only asked me once how far there was to go. I lied,⟧” he said. “⟦d:b|I told her it was nearly done. It wasn’t nearly done.⟧”
Tidewater Swimming Club coach Bev Stallard said Aroha had trained six mornings a week since September. “⟦d:c|She’s the first one in the pool and the last one out, and she never complains about the cold, which makes her unique in this club,⟧” she said.
Asked what was next, Aroha did not hesitate. “⟦d:a|The Motukai Channel.⟧”
Her father winced. “⟦d:b|Let’s talk about that next year.⟧”

### 033
@a Lachlan Reid | the ferry's skipper
@b Oona MacPhail | the island's postmistress
@c - | one visitor
The ferry to Eilean Torra leaves at 7.40 on weekdays, if the weather allows, and the weather often doesn't. The crossing takes 50 minutes on a calm day and feels longer on every other kind.
"⟦d:a|People phone and ask what time the ferry comes back. I tell them: Thursday, maybe,⟧" said Lachlan Reid, the ferry's skipper, who has made the crossing some 9,000 times. "⟦d:a|They think I'm joking. I'm about half joking.⟧"
On the island, 46 people live year-round. Oona MacPhail, the island's postmistress, also runs the shop, the tearoom and, on Friday nights, a bar in the back room. "⟦d:b|I'm the whole high street,⟧" she said. "⟦d:b|Don't ask for oat milk.⟧"
Visitors who come looking for somewhere "⟦s:-|unspoilt⟧" are rarely disappointed. One visitor, a retired teacher from Lindstadt, had been stranded for two extra days by a storm. "⟦d:c|It was the best part of the holiday,⟧" he said. "⟦d:c|Nobody could reach me. Not even my daughter.⟧"
MacPhail said she welcomed visitors but hoped the island would not become "⟦p:b|another Instagram place⟧". "⟦d:b|We had a man fly a drone over the graveyard last summer. I went out and told him what I thought of him. He left on the next boat,⟧" she said.

### 034
@a Pilar Echeverría | the town’s mayor
@b Jordi Casals | a baker whose family has lived in the old town for five generations
@c Veïns de Sa Punta | the residents’ association
@d - | one cruise passenger
SA PUNTA, Isla Verena — The mayor of Sa Punta wants fewer visitors. That is not something the mayors of seaside towns usually say out loud.
“⟦d:a|No queremos cerrar la puerta. Queremos poder abrirla⟧” — “⟦d:a|We do not want to close the door. We want to be able to open it⟧” — said Pilar Echeverría, the town’s mayor, who this week announced a daily cap of 8,000 day-trippers from cruise ships.
“⟦d:a|In August the old town has 3,000 residents and 40,000 people walking through it. The streets are not made for that. The water pipes are not made for that,⟧” she said in an interview at the town hall.
Jordi Casals, a baker whose family has lived in the old town for five generations, said he sold more bread than ever and enjoyed it less. “⟦d:b|They buy one croissant, take a photograph of it and leave it on the wall for the seagulls,⟧” he said.
The residents’ association Veïns de Sa Punta, which has organised three protests since May, said the cap was “⟦p:c|a first step, and a small one⟧”. Graffiti on the harbour wall reads “⟦s:-|Your holiday, our life⟧”.
Not everyone agrees. One cruise passenger, walking back to the port with a box of pastries, said: “⟦d:d|We spent a lot of money here today. I hope they remember that.⟧”

### 035
@a Bohdan Kravets | the conductor
@b Ilse Marijnissen | a retired geography teacher from Groenvoort
The night train from Varnholm to Esk leaves at 9.12pm and arrives, in theory, at 7.30 the next morning. I asked the conductor, Bohdan Kravets, how often it is on time.
"⟦d:a|On time?⟧" he said, considering the question carefully. "⟦d:a|Twice. Maybe three times.⟧"
My compartment was shared with Ilse Marijnissen, a retired geography teacher from Groenvoort, who has taken this train every autumn since 1988. "⟦d:b|Planes are for people in a hurry,⟧" she said, unpacking a flask and two cups without asking whether I wanted one. "⟦d:b|Nobody on this train is in a hurry. If they were, they would be very unhappy.⟧"
"⟦d:-|Why every autumn?⟧" I asked.
"⟦d:b|Because that's when I first did it, with my husband. He's gone now. The train isn't.⟧"
At about 2am the train stopped for forty minutes in a forest. Kravets walked the corridor with a torch. "⟦d:a|Deer on the line,⟧" he said. "⟦d:a|Or a fallen tree. Or the driver is having a sandwich. Go to sleep.⟧"
I asked Marijnissen whether it was always like this. "⟦d:b|Always,⟧" she said happily.

### 036
@a Ibrahim Sesay | -
@b Neil Hargreaves | -
@c - | a baggage handler who did not want to be named
@d Westbridge Airport | -
@e Yvette Okonedo | head of advocacy at Fair Flyer
Passengers at Westbridge Airport faced queues of up to four hours on Friday after a fault in the baggage system left thousands of suitcases stranded and dozens of flights delayed.
Ibrahim Sesay, who was trying to get to his sister’s wedding in Kandara, said he had queued for three hours to check in. “⟦d:a|There was one person on the desk for four flights. One,⟧” he said. “⟦d:a|People were crying. An old man fainted and we had to find him a chair ourselves.⟧”
Neil Hargreaves, flying to Portimar with his wife and two sons, said his bag had “⟦p:b|vanished into thin air⟧”. “⟦d:b|The app says it’s in Westbridge. The airport says it’s in Portimar. I’m in a budget hotel with the clothes I stood up in,⟧” he said.
A baggage handler who did not want to be named said the airport had been short-staffed “⟦p:c|for months⟧”. “⟦d:c|We told them this would happen. We told them in writing,⟧” he said.
Westbridge Airport apologised for the “⟦p:d|significant disruption⟧”. “⟦d:d|Engineers worked through the night and the system is now operating normally,⟧” the airport said in a statement.
Yvette Okonedo, head of advocacy at Fair Flyer, said passengers delayed by more than three hours might be entitled to compensation. “⟦d:e|Keep every receipt. Every sandwich, every taxi, every hotel,⟧” she said.

### 037
@a Femi Adesanya | the director
@b Rosalind Thewlis | the veteran actor who plays the widow
@c - | one critic
@d Jonah Pell | our own critic
Femi Adesanya’s new production of “⟦s:-|The Salt Widow⟧” at the Corran Playhouse is three hours long, has no interval and ends with the entire cast sitting in silence for four minutes. It has divided audiences.
“⟦d:a|I wanted people to feel the length of a grief, not just watch one,⟧” the director told me before Thursday’s performance. “⟦d:a|If you want to leave, leave. Some people do. They come back, sometimes, the next night.⟧”
Rosalind Thewlis, the veteran actor who plays the widow, said the silence was the hardest thing she had done on stage in 40 years. “⟦d:b|You can hear everything. Someone unwrapping a sweet in row M. Someone’s stomach. Your own heart,⟧” she said.
One critic called it “⟦p:c|a triumph of nerve over sense⟧”; our own critic, Jonah Pell, described the final scene as “⟦p:d|unbearable, in the best possible way⟧”.
My own view: it is too long by about forty minutes, and I would not cut a second of the silence.
Adesanya laughed when I told him so. “⟦d:a|Everyone wants to cut a different forty minutes,⟧” he said. “⟦d:a|That’s how I know it’s the right length.⟧”

### 038
@a Noor Kassir | the 31-year-old
@b Elliot Brannagh | her producer
On her third album, "⟦s:-|Paper Lanterns⟧", Noor Kassir has stopped hiding behind the reverb. The voice is close, dry and occasionally cracked, and the songs are better for it.
"⟦d:a|I used to bury my voice because I didn't like it,⟧" the 31-year-old said over tea in a cafe near her flat on Dunmore Street. "⟦d:a|Somebody told me once it sounded like a kettle. I believed them for about ten years.⟧"
The stand-out track, "⟦s:-|Ferryman⟧", was written in a single night after her grandfather's funeral in Qadira. "⟦d:a|I didn't edit it. I was scared that if I edited it, I'd make it clever, and it isn't meant to be clever,⟧" she said.
Her producer, Elliot Brannagh, said the sessions were the quickest he had worked on. "⟦d:b|Most songs we did in two takes. Noor would do one for the room and one for herself, and we'd use the second,⟧" he said.
Not everything works. "⟦s:-|Glass Harbour⟧" drifts for six minutes without arriving anywhere, and "⟦s:-|Seven Bridges⟧" is a lovely idea that never quite becomes a song.
Kassir is unbothered by reviews. "⟦d:a|A bad review is one person's Tuesday. The song lasts longer than the Tuesday,⟧" she said.

### 039
@a Haruka Mizoguchi | the 68-year-old artist
@b Emmanuel Adjei | the gallery’s senior curator
@c - | one visitor
The first room of Haruka Mizoguchi’s retrospective at the Keswold Gallery contains nothing but 2,000 paper cranes, each folded from a page of a different telephone directory.
“⟦d:a|My father was a telephone engineer. Every year the new directories came and the old ones went in the bin,⟧” the 68-year-old artist said. “⟦d:a|I couldn’t stand it. All those names.⟧”
Emmanuel Adjei, the gallery’s senior curator, spent four years persuading her to agree to the show. “⟦d:b|She said no three times. The fourth time she said, ‘Only if I can fold the cranes myself.’ She folded every one,⟧” he said.
The exhibition, titled “⟦s:-|Small Directions⟧”, runs until March.
One visitor, standing in the crane room with a toddler on her hip, said she had come back for a second time in a week. “⟦d:c|My daughter points at them and says ‘birds’. That’s the review,⟧” she said.
Mizoguchi, asked whether she minded people photographing the cranes, shrugged. “⟦d:a|They are paper. They will not last. Photographs are how they will last.⟧”

### 040
@a Tobias Ekwueme | the 52-year-old novelist
@b Marguerite Lacey | the festival's director
@c - | one audience member
Tobias Ekwueme, whose novel ``⟦s:-|The Tidewright⟧'' won the Carrow Prize last month, told a packed tent at the Fenwick Literary Festival on Saturday that he had nearly abandoned the book ``⟦p:a|about eleven times⟧''.
``⟦d:a|There is a drawer in my desk that is just abandoned versions of that book,⟧'' the 52-year-old novelist said. ``⟦d:a|At some point I realised the drawer was heavier than the book, and that seemed like a sign to finish.⟧''
``⟦d:b|Has the prize changed anything?⟧'' asked the festival's director, Marguerite Lacey, who chaired the session.
``⟦d:a|My mother has finally stopped asking when I am going to get a proper job,⟧'' he replied. ``⟦d:a|So, yes. Everything.⟧''
One audience member wanted to know whether the novel's ending, in which the narrator walks into the sea, was meant to be hopeful. ``⟦d:c|Is she drowning or is she swimming?⟧'' the woman asked.
Ekwueme paused for a long time. ``⟦d:a|Yes,⟧'' he said, to laughter.

### 041
@a Aminata Delvaux | the director
@b Thierry Castagnède | the festival’s artistic director
@c - | one juror
LAMORLAYE-SUR-MER (Harbourline) — Aminata Delvaux’s second feature, «⟦s:-|Les heures creuses⟧» (“⟦s:-|The Slack Hours⟧”), won the Golden Shell at the Lamorlaye film festival on Saturday, a year after her debut was turned down by the same festival.
«⟦d:a|Je ne m’y attendais pas du tout⟧», the director said on stage, before switching to English: «⟦d:a|I did not expect this at all. I did not even bring a proper dress.⟧»
The film follows a night-shift office cleaner in a northern port city over a single week in winter.
Thierry Castagnède, the festival’s artistic director, said the jury’s decision had been unanimous. «⟦d:b|Sometimes a jury argues for two days. This time they argued for twenty minutes, and only about the acting prize,⟧» he told reporters.
One juror, speaking on condition of anonymity because deliberations are confidential, said the final scene had «⟦p:c|silenced the room⟧» at the press screening.
Delvaux dedicated the prize to her mother, who worked as a cleaner for 30 years. «⟦d:a|Elle est ici, quelque part⟧» — «⟦d:a|She is here, somewhere⟧» — she said, looking out into the audience.

### 042
@a Yevgenia Orlova | the Castlereagh Philharmonic's new chief conductor
@b Nathaniel Ashdown | the orchestra's principal horn
It takes nerve to open your first season with a symphony the orchestra has not played in 30 years, and Yevgenia Orlova, the Castlereagh Philharmonic's new chief conductor, clearly has plenty of it.
"⟦d:a|If I'm going to fail, I want to fail with something worth failing at,⟧" she said in the foyer afterwards, still in her concert black. "⟦d:a|Also, nobody can compare us with the last time. Nobody remembers the last time.⟧"
The performance of Halvard Brekke's Fourth Symphony was not flawless. The horns wobbled in the slow movement, and Nathaniel Ashdown, the orchestra's principal horn, admitted the passage had "⟦p:b|kept me awake for a fortnight⟧". "⟦d:b|It's about nine bars, and they're the nine most exposed bars in the repertoire. You can't hide anywhere,⟧" he said.
When the last chord faded, somebody in the balcony shouted "⟦d:-|At last!⟧" and the hall erupted.
Orlova laughed when told about the shout. "⟦d:a|I'll take that. It could have been worse. It could have been 'At least!'⟧"

### 043
@a Gwen Pettifer | a retired dinner lady from Lowbridge
@b Hearth & Home Furniture | -
@c - | a spokesperson for Hearth & Home
Gwen Pettifer paid £1,240 for a corner sofa in January. In May she was still sitting on garden chairs.
"⟦d:a|Every time I rang, they gave me a new date. The 14th. The 28th. 'Early next month.' I started writing them on the calendar in pencil,⟧" said Mrs Pettifer, a retired dinner lady from Lowbridge.
When the sofa finally arrived, one of the arms was the wrong colour. "⟦d:a|It was like a sofa wearing someone else's sleeve,⟧" she said.
Hearth & Home Furniture told her a replacement arm would take "⟦p:b|eight to twelve weeks⟧".
After we contacted the company, it agreed to a full refund. A spokesperson for Hearth & Home said: "⟦d:c|We are sorry for the delays Mrs Pettifer experienced, which fell well below our usual standards. We have refunded her in full and offered a £100 voucher as a goodwill gesture.⟧"
Mrs Pettifer said she would not be using the voucher. "⟦d:a|I've bought a sofa from the shop on the high street. It came on Tuesday. Both arms match,⟧" she said.

### 044
@a Lumetta | appliance maker
@b Product Safety Office | -
@c Rashida Bello | -
@d - | a company spokesman
Appliance maker Lumetta is recalling about 220,000 air fryers after reports that the handle can overheat and, in a small number of cases, melt.
The company said it had received 61 reports of overheating, including four of minor burns, and urged owners to “⟦p:a|stop using the product immediately⟧”.
“⟦d:a|Customer safety is our first priority. We are working with the authorities to make this process as simple as possible,⟧” Lumetta said in a statement.
The Product Safety Office said owners should check the model number on the base of the unit. “⟦d:b|If your model number begins with LX4, unplug it and contact Lumetta for a free replacement,⟧” the office said.
Rashida Bello, from Harrowby, said the handle of hers had gone “⟦p:c|soft like toffee⟧” while she was cooking chips for her children. “⟦d:c|I grabbed it and it just bent in my hand,⟧” she said. “⟦d:c|I’m lucky it was my hand and not one of the kids’.⟧”
A company spokesman said replacement units would be shipped “⟦p:d|within 14 days⟧” of a claim being made.

### 045
@a Valumart | supermarket giant
@b Kerry-Ann Fordyce | mum-of-three
@c Alf Buckley | pensioner
@d Sunil Varadkar | retail analyst
@e Cheryl Amankwah | Valumart boss
SHOPPERS are set to save up to £5 a week after supermarket giant Valumart slashed prices on 400 everyday items — sparking a bitter price war with its rivals.
The chain said the cuts were "⟦p:a|the biggest in our history⟧".
Mum-of-three Kerry-Ann Fordyce, 38, from Sandleigh, said: "⟦d:b|Every pound helps. I go round with a calculator on my phone. I'm not embarrassed about it — everyone does now.⟧"
Pensioner Alf Buckley, 77, was less impressed. "⟦d:c|They put the prices up by 50p and then cut them by 20p and want a medal,⟧" he grumbled.
Retail analyst Sunil Varadkar said rivals would be forced to respond "⟦p:d|within days⟧". "⟦d:d|Nobody wants to be the most expensive on the shelf at the moment. Expect a lot of yellow stickers,⟧" he said.
Valumart boss Cheryl Amankwah said: "⟦d:e|We are putting money back in shoppers' pockets. Simple as that.⟧"

### 046
@a Enerwatch | the regulator
@b Deborah Linklater | director of the Fuel Justice Network
@c Seamus Toolan | -
Household energy bills will rise by an average of £118 a year from October after the regulator Enerwatch raised its price cap on Friday.
Enerwatch said the increase reflected “⟦p:a|higher wholesale costs over the summer⟧” and that it was “⟦p:a|acutely aware⟧” of the pressure on households.
Deborah Linklater, director of the Fuel Justice Network, said the rise would push thousands more families into debt. “⟦d:b|We’re hearing from people who are choosing between the heating and the food shop in September, never mind January,⟧” she said.
Asked what the government should do, she said: “⟦d:b|A social tariff, properly funded, for people on the lowest incomes. We’ve been asking for it for three years.⟧”
Seamus Toolan, 81, who lives alone in a terraced house in Corbridge Vale, said he already wore a coat indoors in the evenings. “⟦d:c|I go to bed at eight because bed is warm,⟧” he said. “⟦d:c|I’m not complaining. I’m just telling you.⟧”

### 047
@a Joan Threlfall | a retired librarian
@b Olumide Harcourt | Detective Sergeant
Police are warning older residents in Thornbury Vale to be on their guard after a woman was conned out of £9,000 by fraudsters posing as her bank.
Joan Threlfall, a retired librarian, received a call last Tuesday from a man who said he worked in her bank's fraud department.
"⟦d:a|He knew my name, my address, the last four digits of my card. He was so polite,⟧" the 84-year-old said. "⟦d:a|He said, 'Mrs Threlfall, someone is trying to take your money, and we need to move it somewhere safe.' So I moved it somewhere safe. Somewhere safe was him.⟧"
Detective Sergeant Olumide Harcourt said the scam was "⟦p:b|depressingly common⟧". "⟦d:b|The people doing this are professionals,⟧" he said, "⟦d:b|and they are very good at sounding exactly like your bank.⟧"
"⟦d:b|Your bank will never, ever ask you to move money to a safe account. If anyone does, put the phone down. It's that simple.⟧"
Mrs Threlfall said she had agreed to speak out to warn others. "⟦d:a|I felt such a fool. But I'd rather feel a fool in the paper than have it happen to my friend down the road,⟧" she said.

### 048
@a Bronwen Etheridge | the cabinet member for highways
@b Aisha Rahman | leader of the Independent group
@c - | one resident in the public gallery
Tempers flared at a meeting of Fallowfield Borough Council on Tuesday night as councillors clashed over a report showing the borough has more than 4,000 unrepaired potholes.
Cllr Bronwen Etheridge, the cabinet member for highways, said the council was filling “⟦p:a|more holes than ever⟧” but was being “⟦p:a|outpaced by the weather⟧”.
“⟦d:a|We had the wettest winter on record. Water gets in, it freezes, and the road breaks up. I can’t legislate for the rain,⟧” she said.
Cllr Aisha Rahman, leader of the Independent group, was unimpressed. “⟦d:b|It rains every year. It rained last year, and the year before. The potholes on Carding Lane have been there so long they’ve got their own postcode,⟧” she said, to laughter from the public gallery.
Etheridge hit back: “⟦d:a|If the councillor has a spare £12 million, I’d be delighted to hear where it is.⟧”
“⟦d:b|I’ll find it for you if you stop spending it on consultants,⟧” Rahman replied.
The chairman called for order after one resident in the public gallery shouted: “⟦d:c|Just fill the holes!⟧”

### 049
@a Rhys Penhaligon | Watch Manager
@b Lily Anstruther | the dog's owner
@c - | a passer-by who filmed the rescue
A springer spaniel called Biscuit has been reunited with her owner after being swept more than a mile down the swollen River Aske.
Firefighters from Aske Bridge station pulled the dog from a tangle of branches near Millholme weir on Sunday afternoon.
"⟦d:a|She was clinging on to a branch with just her head above the water. Honestly, she was calmer than we were,⟧" said Watch Manager Rhys Penhaligon.
The dog's owner, Lily Anstruther, 29, had been walking Biscuit on the riverbank when she chased a duck into the water. "⟦d:b|One second she was there and the next she was gone round the bend. I ran along the bank screaming her name,⟧" she said.
"⟦d:b|I know everyone says don't go in after your dog. I nearly did. I'm so glad I didn't.⟧"
A passer-by who filmed the rescue said the crew were "⟦p:c|incredible⟧". "⟦d:c|They made it look easy, and it definitely wasn't,⟧" he said.
Penhaligon urged owners to keep dogs on leads near fast-flowing water: "⟦d:a|Rivers are running very high at the moment. A dog that swims well in summer can get into trouble in seconds.⟧"

### 050
@a Schools Standards Agency | -
@b Helen Marchbanks | headteacher
@c Jaden | year 11 pupil
A Corrow school that was placed in special measures three years ago has been rated outstanding by inspectors.
The Schools Standards Agency said in its report that Corrow Academy had been “⟦p:a|transformed⟧” and that pupils were “⟦p:a|proud of their school, and rightly so⟧”.
Headteacher Helen Marchbanks, who joined in 2021, said staff had cried when the verdict came through. “⟦d:b|I read it in my office with the door shut and then I opened the door and just shouted,⟧” she said. “⟦d:b|The caretaker thought there was a fire.⟧”
Year 11 pupil Jaden, 16, said the school felt “⟦p:c|completely different⟧” from when he started. “⟦d:c|When I was in year 7 people used to fight in the corridors every lunchtime. Now the worst thing that happens is someone nicks your chair,⟧” he said.
Marchbanks paid tribute to her staff. “⟦d:b|Nobody gets outstanding on their own. This belongs to the dinner ladies and the cleaners as much as it belongs to me.⟧”

### 051
@a Yusra Ghani | prosecutor
@b Duncan Farrow | -
@c Patricia Holroyd | the chair of the bench
@d Clive Dunstable | -
A man who drove his mobility scooter along the hard shoulder of the Mirefield bypass to buy a lottery ticket has been banned from using it on main roads.
Clive Dunstable, 52, of Heron Close, Mirefield, admitted driving without due care and attention when he appeared before Mirefield Magistrates' Court on Wednesday.
Prosecutor Yusra Ghani told the court that a lorry driver had been forced to brake sharply. "⟦d:a|Mr Dunstable was travelling at around eight miles an hour on a road with a 60mph limit, in the dark, without lights,⟧" she said.
Duncan Farrow, defending, said his client had taken a wrong turn. "⟦d:b|He accepts it was a foolish thing to do. He was trying to get to the garage before it closed and he panicked,⟧" Mr Farrow said.
The chair of the bench, Patricia Holroyd, told Dunstable: "⟦d:c|You are very fortunate that nobody was hurt, least of all you.⟧"
Dunstable, who was fined £120, said outside court: "⟦d:d|I'll stick to the pavement from now on. And I didn't even win.⟧"

### 052
@a Walter Pengelly | veg grower
@b Doreen Mayhew | arch-rival
@c Kenneth Frobisher | show judge
A GREAT-GRANDFATHER has smashed his own record with a 96lb marrow — and says the secret is “⟦p:a|talking to it every morning⟧”.
Veg grower Walter Pengelly, 88, beat 40 rivals at the Trevellan Village Show on Saturday with the monster marrow, which he has nicknamed “⟦s:-|Big Norman⟧”.
“⟦d:a|I tell him he’s the handsomest marrow in the county. Every morning, seven o’clock, before my tea,⟧” he said. “⟦d:a|My wife thinks I’ve lost my marbles.⟧”
Arch-rival Doreen Mayhew, 74, whose 81lb entry came second, was not convinced. “⟦d:b|Talking to it? He feeds it chicken manure and secrets,⟧” she laughed. “⟦d:b|One year I’ll find out what the secrets are.⟧”
Show judge Kenneth Frobisher said: “⟦d:c|In 30 years I’ve never seen one like it. It took three of us to get it on the scales.⟧”
Walter plans to turn Big Norman into chutney. “⟦d:a|It seems a shame, but he’d want to be useful,⟧” he said.

### 053
@a Bashir Qadri | -
@b Harpreet Sandhu | campaigner
@c Dermot Quigley | the council's transport lead
More than 300 people marched through Larkhall Green on Saturday in protest at plans to close Fore Street to through traffic.
Protesters carried placards reading "⟦s:-|Fore Street is open for business⟧" and chanted "⟦s:-|Open the road!⟧" as they passed the town hall.
Bashir Qadri, who has run a hardware shop on Fore Street for 22 years, said trade had fallen by a third since a trial closure began in March. "⟦d:a|My customers are builders. Builders don't come on a bicycle with a bag of cement,⟧" he said.
Campaigner Harpreet Sandhu, who organised the march, said residents had not been "⟦p:b|properly consulted⟧". "⟦d:b|They put a notice on a lamp post and called it consultation,⟧" she said.
But Cllr Dermot Quigley, the council's transport lead, said air quality on the street had improved "⟦p:c|dramatically⟧". "⟦d:c|I understand the frustration. But I also have letters from parents whose children can now walk to school along Fore Street without breathing in exhaust fumes,⟧" he said. "⟦d:c|Both of those things matter.⟧"
A decision is expected in December.

### 054
@a Osric Lamptey | the pianist whose spare, unhurried playing made the Blue Lantern club in Harbour Street a place of pilgrimage for two generations of musicians
@b - | his family
@c Cordelia Vance | his long-time collaborator
@d Efua Lamptey-Rowe | his daughter
Osric Lamptey, the pianist whose spare, unhurried playing made the Blue Lantern club in Harbour Street a place of pilgrimage for two generations of musicians, has died aged 87.
His family said in a statement that he died peacefully at home on Tuesday, “⟦p:b|with the radio on, which is how he would have wanted it⟧”.
Lamptey taught himself to play on a church harmonium and took the residency at the Blue Lantern in 1961, intending to stay for a summer. He stayed for 52 years.
He was famously reluctant to give interviews. In one of the few he did, to this newspaper in 1998, he said: “⟦d:a|Most pianists play too many notes because they’re frightened of the silence. I’m not frightened of it. The silence is where the audience does the work.⟧”
Asked in the same interview whether he had ever thought of leaving Harbour Street for somewhere bigger, he was characteristically brief. “⟦d:a|Where?⟧”
The singer Cordelia Vance, his long-time collaborator, said he was “⟦p:c|the most generous musician I ever stood next to⟧”. “⟦d:c|He would play the introduction to a song and I would forget to come in because I was listening,⟧” she said. “⟦d:c|He never once told me off for it. He just played it again.⟧”
He is survived by his daughter, Efua Lamptey-Rowe, and three grandchildren. “⟦d:d|Dad practised every day until last month. Scales, every morning, like a schoolboy,⟧” she said. “⟦d:d|He used to say that if he skipped a day he could tell, and if he skipped two days so could everybody else.⟧”

### 055
@a Hyun-woo Baek | a marine biologist who spent five decades studying the deep-water corals of the Sellick Trench and was among the first to warn that they were dying
@b Calder University | -
@c Tamara Valdés | a former doctoral student of his who now leads the university's reef monitoring programme
@d Owain Treharne | head of the School of Ocean Sciences
Hyun-woo Baek, a marine biologist who spent five decades studying the deep-water corals of the Sellick Trench and was among the first to warn that they were dying, has died at the age of 79.
Calder University, where he worked from 1976 until his retirement, said he died on Sunday after a short illness. "⟦d:b|Professor Baek was a brilliant scientist and an even better teacher. We are all very sad,⟧" the university said.
Tamara Valdés, a former doctoral student of his who now leads the university's reef monitoring programme, said he had "⟦p:c|never once made anybody feel stupid for asking a question⟧". "⟦d:c|He used to say there were no stupid questions, only expensive ones, because every question meant another dive,⟧" she said.
In a lecture in 2009 Baek warned that the corals were "⟦p:a|a library we are burning before we have read it⟧".
Professor Owain Treharne, head of the School of Ocean Sciences, said the line had become "⟦p:d|something of a motto⟧" in the department. "⟦d:d|You'll find it on a mug in every office on the third floor,⟧" he said.
Baek is survived by his wife, Min-ji, and two sons.

### 056
@a Bramley Rovers | -
@b Eddie Clitheroe | the Bramley Rovers winger who scored the goal that won the club its only cup final in 1971
@c Dennis Ofori | former teammate
@d Maureen | his wife of 58 years
Eddie Clitheroe, the Bramley Rovers winger who scored the goal that won the club its only cup final in 1971, has died aged 81.
Bramley Rovers said they were “⟦p:a|heartbroken⟧”. “⟦d:a|Eddie was a Bramley lad, a Bramley legend and, above all, a thoroughly decent man,⟧” the club said in a statement. “⟦d:a|Our thoughts are with Maureen and the family.⟧”
His 25-yard volley in the final against Harton City is still shown on the big screen before every home game. Asked about it years later, he said: “⟦d:b|I just kicked it. If it had gone in the car park, nobody would remember me.⟧”
Former teammate Dennis Ofori said he had lost “⟦p:c|a brother⟧”. “⟦d:c|We roomed together for eight seasons. He snored like a tractor and I’d give anything to hear it again,⟧” he said.
His wife of 58 years, Maureen, said he had watched the goal “⟦p:d|one last time⟧” in hospital last week. “⟦d:d|He smiled and said, ‘Still a good goal, that.’ Then he went to sleep,⟧” she said.

### 057
@a Adrián Velasco | opposition leader
@b Mercedes Ibargüen | president of the National Electoral Council
@c - | a spokesman for the governing Partido de la Concordia
@d Rosa Elvira Campos | a 61-year-old street vendor
SAN TELMO, Santa Elvira (Harbourline) — Opposition leader Adrián Velasco claimed victory in Santa Elvira’s presidential election on Sunday night, as partial results showed him almost nine points ahead of the governing party’s candidate.
«⟦d:a|Hoy ganó la gente⟧» — «⟦d:a|Today the people won⟧» — Velasco told thousands of supporters in the Plaza Mayor, many waving the orange flags of his Movimiento Nuevo. «⟦d:a|We will govern for those who voted for us and for those who did not,⟧» he said.
Mercedes Ibargüen, president of the National Electoral Council, said 71 per cent of the ballots had been counted and the trend was «⟦p:b|irreversible⟧». «⟦d:b|The process was peaceful and orderly. The Council will publish final results within 72 hours,⟧» she said at a midnight news conference.
A spokesman for the governing Partido de la Concordia said the party would «⟦p:c|wait for the final count⟧» before commenting.
In the working-class district of La Cruz, Rosa Elvira Campos, a 61-year-old street vendor, said she had voted for change. «⟦d:d|Six years they promised us water. We still carry it in buckets,⟧» she said.
As the results came in, crowds outside the electoral council chanted «⟦s:-|¡Sí se pudo!⟧» into the early hours.

### 058
@a Disaster Management Agency | -
@b Kemal Aydınoğlu | a volunteer who drove four hours from the coast
@c Hatice | one woman
@d Selin Arıkan | provincial governor
KARAÇAM (Harbourline) - Rescuers dug through the night with their hands and with borrowed excavators on Tuesday, searching for survivors after a magnitude 6.8 earthquake flattened dozens of buildings in the hill town of Karaçam, killing at least 212 people.
The national Disaster Management Agency said 1,400 people had been injured and more than 60 aftershocks recorded. "⟦d:a|Search and rescue operations are continuing at 37 sites,⟧" the agency said in a statement.
Kemal Aydınoğlu, a volunteer who drove four hours from the coast, had been digging at the same collapsed apartment block since dawn. "⟦d:b|We heard a voice at about two o'clock. Then nothing. We are still listening,⟧" he said, speaking in Turkish.
One woman, who gave her name only as Hatice, sat on a plastic chair opposite the rubble, waiting for news of her brother. "⟦d:c|He lives on the third floor. Lived. I don't know which word to use,⟧" she said.
Provincial governor Selin Arıkan said tents and field kitchens had been set up for 9,000 people. "⟦d:d|Nobody will be left without shelter tonight. That is my promise,⟧" she told reporters, speaking through an interpreter.

### 059
@a Yusuf Karaman | Almaran Foreign Minister
@b Anton Delić | his Teverian counterpart
@c - | a Western diplomat briefed on the talks
@d Ingrid Halvorsrud | the chief mediator
LAKE HOLMEN, Norvella (Harbourline) — Talks between Almara and Teveria on ending their 14-month border conflict broke up on Thursday without agreement, but both sides said they would return next month.
“⟦d:a|We have not solved everything. We have solved some things, and we have agreed on what we have not solved, which is more than we had on Monday,⟧” Almaran Foreign Minister Yusuf Karaman told reporters.
His Teverian counterpart, Anton Delić, was more downbeat. “⟦d:b|There was a lot of talking. I would like there to be less talking and more signing,⟧” he said.
A Western diplomat briefed on the talks said the main sticking point remained the status of the Kesh valley. “⟦d:c|Neither side can be seen to give it up, and neither side can afford to keep fighting over it,⟧” the diplomat said. “⟦d:c|That’s the whole problem in one sentence.⟧”
The chief mediator, Ingrid Halvorsrud, said she was “⟦p:d|cautiously encouraged⟧”. Asked whether a ceasefire could be agreed by the end of the year, she said: “⟦d:d|I have learned not to make predictions in this job. But I would not have called the next round if I thought it was hopeless.⟧”
Karaman and Delić did not shake hands in front of the cameras. Asked why, Delić said: “⟦d:b|We shook hands inside. That is where it matters.⟧”

### 060
@a Interior Ministry | -
@b Yerlan Abenov | a student leader at the Technical University
@c - | a police spokesman
@d - | a woman in the crowd
@e Ruslan Temirov | the law's author
Tens of thousands of people rallied in the Karvastani capital, Ulbek, on Saturday against a proposed law that critics say would brand independent media as "⟦s:-|foreign agents⟧".
The Interior Ministry said the gathering was "⟦p:a|unauthorised⟧" and warned that its organisers would be "⟦p:a|held accountable⟧".
Yerlan Abenov, a student leader at the Technical University, said the crowd was the largest he had seen. "⟦d:b|They say we are paid by foreigners. Look around. Who paid for all these people? Our mothers made the sandwiches,⟧" he said.
Police largely kept their distance. A police spokesman said 14 people had been detained "⟦p:c|for public order offences⟧".
Many protesters carried copies of the constitution, and some held up blank sheets of paper. A woman in the crowd, holding one above her head, shouted: "⟦d:d|This is what they want our newspapers to look like!⟧"
The law's author, deputy Ruslan Temirov, said in a post on social media that the protests were "⟦p:e|a foreign-funded show⟧". "⟦d:e|Karvastan will not be lectured by people who have never lived here,⟧" he wrote.

### 061
@a Hiroshi Tanabe | the 49-year-old
@b Jamal Ouattara | captain
Hiroshi Tanabe had been in charge of Corvell City for 11 days when he gave his first press conference on Friday, and he made one thing clear through his interpreter: he does not intend to learn the players' names in a hurry.
``⟦d:a|I will learn their names when they learn what I want,⟧'' the 49-year-old said. ``⟦d:a|Until then they are numbers. It is good motivation.⟧''
Asked about City's run of four defeats in five games, Tanabe spoke for almost two minutes in Japanese before his interpreter summarised: ``⟦d:a|He says the problem is not the legs, it is the distance between the players. Too much space. He wants them closer, like a family at dinner.⟧''
Captain Jamal Ouattara said the first training sessions had been ``⟦p:b|very intense, very quiet⟧''. ``⟦d:b|He doesn't shout. He just looks at you. I'd prefer the shouting,⟧'' Ouattara said, smiling.
Tanabe, asked whether he had a message for supporters, answered in English. ``⟦d:a|Be patient,⟧'' he said. ``⟦d:a|But not too patient.⟧''
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh106.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh106",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
