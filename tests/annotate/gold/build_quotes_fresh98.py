# ruff: noqa: E501
"""Build ``quotes_fresh98.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports,
press conferences, a weigh-in), travel, culture reviews and arts interviews, consumer
and money pages, local news and court reports, obituaries, and international wire
copy with translated quotes. The copy imitates different outlets (wire, broadsheet,
tabloid, local paper, magazine, broadcaster web copy) and mixes curly and straight
quotation marks with some guillemets and a few doubled backticks.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh98-NNN``.

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
  it: the appositive is the description. A title, rank or job standing before the name
  alone (``Governor``, ``Detective Sergeant``, ``Headteacher``, ``Pharmacist``,
  ``Promoter``, ``goal shooter``, ``Her son``, ``the third seed, Daria …``) is the
  description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence, at a cue, or as the subject of the
  sentence that introduces the quote (``the 22-year-old``, ``the seamer``, ``the
  mother of two``), that description is taken. Ages in commas (``Okafor, 33,``) and
  prepositional phrases (``from Wexley``) are not descriptions.
* A non-restrictive relative clause after an appositive (``…, who asked not to be
  named because …``) is not part of the description; a restrictive one is (``a
  sheep farmer whose land borders the river``).
* In court reports the labels ``prosecuting`` and ``defending`` after a name are the
  description.
* An organisation that speaks takes as description the definite phrase used for it at
  a cue (``the company``, ``the airline``, ``the club``), or the appositive or title
  given with its name (``The developer, Groupe Ravel``).
* Fragments quoted from unidentified reviews or from a collective (``Passengers
  described …``) are ``partial`` with a null speaker; a review by a named publication
  (``The trade magazine Reel called the film …``) belongs to that publication.
* In obituaries the dead person's words from earlier interviews, letters or memoirs
  are ``direct`` (or ``partial``) with that person as speaker.
* Social-media posts, letters to a newspaper and written judgments are speech by
  their authors; an unnamed poster (``one customer wrote``) has a null speaker and
  that description.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a reporter's question introduced as such has the reporter's
  description (``one reporter``, ``a local radio reporter``).
* A shout from a gallery or crowd by someone not identified (``someone shouted``) is
  ``direct`` with speaker and description null; chants and placards stay ``scare``.
* Hypothetical or imagined words that nobody is reported as saying (``no “just five
  more minutes”``, ``If your supplier says “…”``) are ``scare``.
* A translation given after the original, whether in parentheses, in another
  quotation-mark style or in a separate sentence, is its own ``direct`` span by the
  same speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh98.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh98.jsonl")

PASSAGES = """
### 001
@a Halvard Østrem | Governor
@b Ingrid Fjeldstad | chief economist at Nordbanken Markets
@c - | An economist at a state-owned bank
VARNHOLM CITY, March 14 (Meridian) - The Central Bank of Varnholm raised its benchmark interest rate by 25 basis points to 4.75% on Thursday, its third increase this year, and signalled that further tightening could follow if wage growth did not slow.
"⟦d:a|Inflation is still too high, and it is proving stickier than we expected in the autumn,⟧" Governor Halvard Østrem told a news conference in the capital. "⟦d:a|We will do what is necessary to bring it back to target. We are not yet at the point where we can say the job is done.⟧"
The decision was expected by 14 of 19 economists polled by Meridian. The remaining five had forecast a pause.
Østrem said the board had discussed a larger, half-point move but had concluded that "⟦p:a|the balance of risks did not justify it at this meeting.⟧"
The krone rose 0.4% against the euro after the announcement, and two-year government bond yields climbed to their highest level since 2008.
"⟦d:b|The message is clearly hawkish,⟧" said Ingrid Fjeldstad, chief economist at Nordbanken Markets. "⟦d:b|They've left the door wide open for May, and the market will take that seriously.⟧"
An economist at a state-owned bank, who asked not to be named because the bank advises the finance ministry, said the board had been "⟦p:c|boxed in⟧" by last week's wage data. "⟦d:c|Frankly, they had no choice,⟧" he said.
The next rate decision is due on May 9.

### 002
@a Dominic Ashworth | its chief executive
@b Rajiv Menon | the finance director
@c Carla Benedetti | national officer at the shopworkers' union Retail Unite
@d Owain Pritchard | an analyst at Calloway Stern
Fenmore, the country’s third-largest supermarket chain, reported a 12 per cent fall in annual profits yesterday and said it would close 40 smaller stores, putting about 1,100 jobs at risk.
Dominic Ashworth, its chief executive, said the closures were “⟦p:a|painful but unavoidable⟧”. “⟦d:a|We have too many shops in the wrong places, and we have had them for too long,⟧” he said. “⟦d:a|Every one of these decisions involves people who have worked hard for us, and I don’t take that lightly.⟧”
Rajiv Menon, the finance director, told analysts on a conference call that the group expected to save £60m a year by 2027. Asked whether further closures were possible, he said: “⟦d:b|I’m not going to rule anything in or out. We look at the whole estate every year.⟧”
Ashworth later added: “⟦d:a|Rajiv is right to be cautious, but I would be surprised if we came back to you next year with another list like this one.⟧”
Carla Benedetti, national officer at the shopworkers' union Retail Unite, said many staff had learnt of the closures from the news. “⟦d:c|That is a disgraceful way to treat people who kept this company going through two very hard winters,⟧” she said. The union would be seeking urgent talks, she added.
Shares in Fenmore fell 6 per cent to 212p.
“⟦d:d|The market wanted a growth plan and it got a cost-cutting exercise,⟧” said Owain Pritchard, an analyst at Calloway Stern. “⟦d:d|Those are not the same thing.⟧”

### 003
@a Mei-Lin Zhao | head of cross-asset strategy at Pellham Brothers
@b - | One trader at a European bank
@c Sunil Varghese | a portfolio manager at Orchard Lane Capital
PORT HALLORAN, Oct 3 (Meridian) - Stocks on both sides of the Atlantic fell sharply on Friday after a stronger-than-expected jobs report revived fears that interest rates would stay higher for longer, sending investors scrambling for the safety of government bonds.
The benchmark index closed down 2.1%, its worst day since April, while technology shares, which had led this year's rally, fell 3.4%.
"⟦d:a|The market had convinced itself that cuts were coming by the summer, and this data tears that up,⟧" said Mei-Lin Zhao, head of cross-asset strategy at Pellham Brothers. "⟦d:a|What you're seeing today is people who were positioned for a soft landing all heading for the exits at the same time.⟧"
Zhao said she did not expect a "⟦p:a|disorderly⟧" sell-off but warned that volatility was likely to stay high until the central bank meets later this month.
The so-called "⟦s:-|fear gauge,⟧" a measure of expected swings in the index, jumped to its highest level in five months.
One trader at a European bank said the selling had been "⟦p:b|relentless from the open.⟧" "⟦d:b|Nobody wanted to be the last one holding tech into the weekend,⟧" he said.
Sunil Varghese, a portfolio manager at Orchard Lane Capital, was more sanguine. "⟦d:c|One payrolls number doesn't make a trend,⟧" he said. "⟦d:c|We've been adding to quality names on days like this, and I suspect we'll look back on it as an opportunity.⟧"
Oil prices slipped 1.2%, while gold edged higher.

### 004
@a Eileen Gorman | the third generation of her family to run the shop
@b Tommy | Her son
@c Bridget Nolan | -
@d Declan Rafferty | Local councillor
After 78 years, three generations and, by one family estimate, more than four million loaves, Gorman’s Bakery on Church Street in Ballykeeran will close its doors for the last time on Saturday.
Eileen Gorman, the third generation of her family to run the shop, said rising energy costs had made the decision for her. “⟦d:a|The ovens run from four in the morning. Our electricity bill last winter was more than we took in some months,⟧” she said. “⟦d:a|I kept thinking it would turn. It didn’t.⟧”
Her son Tommy, who has worked behind the counter since he was 14, said he had thought seriously about taking the business on. “⟦d:b|I did the sums a dozen times. Every time the answer was the same. I’d be working for the electricity company,⟧” he said.
Regulars have been queuing out the door since the closure was announced last week. Bridget Nolan, who has bought her bread there every Saturday for half a century, said she cried when she heard the news.
“⟦d:c|It’s not just a shop. Eileen knew when my husband was sick, she knew when my grandson was born. Where else is like that now?⟧”
Local councillor Declan Rafferty said the closure was “⟦p:d|the heart being taken out of Church Street⟧” and called on the Government to extend its energy supports to small food businesses. “⟦d:d|We talk a lot about saving our main streets. This is what it looks like when we don’t,⟧” he said.
Ms Gorman herself was more philosophical. “⟦d:a|We had a great run,⟧” she said. “⟦d:a|Tell people to come in on Saturday. There’ll be cake.⟧”

### 005
@a Greyhaven Minerals | the company
@b Bastian Kohl | Kestrel's founder
@c Anneliese Ward | Greyhaven's chair
@d Tarrant Mining | -
Greyhaven Minerals on Monday rejected a third takeover approach from its rival Tarrant Mining, saying the sweetened 412p-a-share offer "⟦p:a|continues to significantly undervalue the company and its prospects.⟧"
In a statement to the stock exchange, the company said its board had "⟦p:a|unanimously concluded⟧" that the proposal was not in shareholders' interests and that it would "⟦p:a|not engage further on these terms.⟧"
The rejection puts Greyhaven on a collision course with Kestrel Peak, an activist fund that owns 7.2% of its shares. In a letter to the board published on the fund's website, Kestrel's founder, Bastian Kohl, accused directors of "⟦p:b|entrenchment⟧" and demanded that they open talks immediately.
"⟦d:b|Shareholders have now been offered a 46% premium, and the board's response is to say no without so much as picking up the phone,⟧" Kohl wrote. "⟦d:b|That is not stewardship. It is self-preservation.⟧"
Greyhaven's chair, Anneliese Ward, rejected that characterisation in an interview on Monday afternoon. "⟦d:c|Nobody is entrenched. If Tarrant puts a proper price on the table, we will look at it. They haven't,⟧" she said.
Asked whether any price would be enough, Ward smiled. "⟦d:c|I'm sure there is one. I just haven't seen it.⟧"
Tarrant said only that it was "⟦p:d|considering its options⟧" and would make a further announcement "⟦p:d|in due course.⟧"
Shares in Greyhaven closed up 3% at 398p.

### 006
@a Mags O’Halloran | general secretary of the Cabin Crew Association
@b SkyBridge | the airline
@c Farid Haddad | Transport Minister
@d Lucía Márquez | -
Cabin crew at SkyBridge will walk out for 72 hours from Friday after talks over pay broke down late last night, threatening the travel plans of an estimated 180,000 passengers at the start of the half-term holiday.
Mags O’Halloran, general secretary of the Cabin Crew Association, said members had been left with “⟦p:a|no option⟧”. “⟦d:a|Our members have taken a real-terms pay cut every year for five years while this company posts record profits. Nobody wants to ruin anyone’s holiday. But we have been patient for long enough,⟧” she said.
SkyBridge called the strike “⟦p:b|wholly unjustified⟧” and said it had offered a 9 per cent rise over two years. “⟦d:b|We urge the union to return to the table,⟧” the airline said in a statement. “⟦d:b|In the meantime we will do everything we can to minimise disruption for our customers.⟧”
Transport Minister Farid Haddad urged both sides to “⟦p:c|get back in a room tonight⟧”. Speaking in the Assembly, he added: “⟦d:c|Families have saved all year for these trips. They deserve better than to be caught in the middle.⟧”
Lucía Márquez, who is due to fly to Castelmar on Saturday for her sister’s wedding, said she had heard nothing from the airline. “⟦d:d|I’ve checked the app twenty times today,⟧” she said. “⟦d:d|I’m the bridesmaid. I can’t exactly not go.⟧”

### 007
@a Adaeze Okafor | -
@b Signe Lindqvist | -
@c Marco Bellandi | the partner who led the deal
When Adaeze Okafor and Signe Lindqvist met at a hackathon in Tallow Bay four years ago, neither of them had heard the phrase ``⟦s:-|cold chain⟧''. Now their company, Frostline, has raised $38 million to help pharmacies in hot countries keep vaccines and insulin at the right temperature.
``⟦d:a|We were both terrible at the hackathon,⟧'' Okafor, 33, says. ``⟦d:a|We built an app for splitting restaurant bills and it crashed during the demo. The only good thing that came out of that weekend was that we started talking.⟧''
Lindqvist, who had spent six years as a hardware engineer at a car-parts supplier, picks up the story. ``⟦d:b|Adaeze's mother is a pharmacist in Amaoku. She told us they threw away a third of their insulin every summer because the fridge failed whenever the power went out. We thought: that is a solvable problem.⟧''
Frostline's product is a battery-backed sensor that clips inside an ordinary fridge and texts the pharmacist before the temperature drifts out of range. It is now in 2,300 pharmacies across four countries.
The round was led by Sorrel Ventures. Marco Bellandi, the partner who led the deal, said the company had ``⟦p:c|the rare thing, which is a founding team that has actually stood in the pharmacy.⟧''
``⟦d:c|Everybody pitches us on emerging markets,⟧'' he said. ``⟦d:c|Very few of them have spent time in the places they're pitching.⟧''
Asked what the money would go on, the two founders answered almost simultaneously. ``⟦d:a|Hiring,⟧'' said Okafor. ``⟦d:b|And a second factory,⟧'' said Lindqvist.

### 008
@a Priyanka Desai | chief economist at Haverford Building Society
@b Gareth Lloyd | an estate agent in Caerwen
@c Jade Whitfield | -
@d Kwame Asante | her partner
Average house prices rose 0.8% in September, the fastest monthly increase in more than two years, according to figures from Haverford Building Society published on Tuesday.
The typical home now costs 287,400 pounds, up 3.1% on a year earlier. Prices in the north-west and the Borderlands rose fastest, while the capital was flat.
"⟦d:a|Buyers have adjusted to the new level of mortgage rates, and the squeeze on supply is doing the rest,⟧" said Priyanka Desai, chief economist at Haverford Building Society. "⟦d:a|I wouldn't call it a boom. But the idea that prices were about to fall off a cliff has not survived contact with the data.⟧"
Gareth Lloyd, an estate agent in Caerwen, said he had seen sealed bids return for the first time since 2022. "⟦d:b|We had a three-bedroom semi last week with eleven viewings on the first Saturday and four offers over the asking price,⟧" he said. "⟦d:b|Six months ago I'd have been pleased with one.⟧"
For first-time buyers the picture is less rosy. Jade Whitfield, 27, and her partner, Kwame Asante, have been saving for a deposit for four years.
"⟦d:c|Every time we get close, the target moves. We've stopped looking at listings at the weekend because it just makes us miserable,⟧" Whitfield said.
Asante said the couple were now considering a flat two towns further out. "⟦d:d|It adds an hour to my commute each way. But at least we'd own something,⟧" he said.

### 009
@a Hana Novák | the study’s lead author
@b Ruth Adebayo | a sleep researcher at Marlow University who was not involved in the study
@c - | a Department for Schools spokesperson
Teenagers who go to bed more than two hours later at weekends than on school nights score measurably worse in maths tests, according to a study of more than 6,000 pupils published yesterday.
The researchers, from the University of Aldwych, describe the pattern as “⟦s:-|social jet lag⟧”: a mismatch between the body clock and the demands of the school timetable.
“⟦d:a|We expected to see an effect, but we were surprised by how large it was,⟧” said Dr Hana Novák, the study’s lead author. “⟦d:a|The pupils with the biggest swing between weekday and weekend were, on average, about four months behind their classmates.⟧”
Novák stressed that the study showed an association rather than cause and effect. “⟦d:a|We can’t say that shifting bedtimes will raise anyone’s grades. What we can say is that it is worth a proper trial,⟧” she said.
Dr Ruth Adebayo, a sleep researcher at Marlow University who was not involved in the study, called the findings “⟦p:b|robust and important⟧” but cautioned against blaming teenagers.
“⟦d:b|Adolescent body clocks genuinely shift later. Telling a 15-year-old to go to sleep at nine is like telling an adult to go to sleep at seven,⟧” she said. “⟦d:b|If we want different results, we should be looking at school start times, not lecturing kids about their phones.⟧”
Novák agreed. “⟦d:a|Ruth is right. The phones are part of it, but they’re not the whole story.⟧”
“⟦d:c|Schools already have the flexibility to set their own hours, and many do,⟧” a Department for Schools spokesperson said.

### 010
@a Olamide Bankole | Health Secretary
@b Callum Reid | the Progressive Party's health spokesman
@c Margaret Steele | -
@d Northmoor Hospitals Trust | the trust
The number of patients waiting more than a year for planned hospital treatment has fallen for the sixth month in a row, new figures show, but more than 190,000 people are still waiting longer than the government's own target.
Health Secretary Olamide Bankole said the figures showed the recovery plan was "⟦p:a|starting to bite⟧". "⟦d:a|Nobody is pretending the job is finished,⟧" she told the BNC's Sunday Politics programme. "⟦d:a|But the direction of travel is clear, and that is down to the extraordinary work of staff on the front line.⟧"
The Progressive Party's health spokesman, Callum Reid, said the improvement was "⟦p:b|painfully slow⟧". "⟦d:b|At this rate, the government will hit its own target some time around 2031. Patients in pain can't wait that long, and they shouldn't have to,⟧" he said.
Margaret Steele, 68, from Dunholme, has been waiting 19 months for a hip replacement. She now uses two sticks and has not been able to get upstairs since January.
"⟦d:c|I sleep in the front room. My husband brings my breakfast down,⟧" she said. "⟦d:c|They keep telling me I'm on the list. I'd just like someone to tell me where on the list.⟧"
Northmoor Hospitals Trust, which runs the hospital where Mrs Steele is due to be treated, said it was "⟦p:d|sorry for the distress⟧" caused by delays. "⟦d:d|We are running additional weekend theatre lists and expect to contact every patient who has waited more than 18 months by the end of March,⟧" the trust said.

### 011
@a Tomás Villanueva | the mission’s project scientist
@b Yuki Morimoto | the flight director
@c Austral Space Agency | the agency
A spacecraft launched six years ago has sent back the first close-up images of the asteroid 2219 Calder, revealing a lumpy, two-lobed body that scientists say may be the remains of two smaller rocks that drifted together billions of years ago.
The Austral Space Agency’s Wayfarer probe passed within 41 kilometres of the asteroid, nicknamed “⟦s:-|the Peanut⟧” by mission staff because of its shape, at 03:12 GMT on Saturday.
“⟦d:a|We’ve been staring at a blurry dot for six years, and this morning it turned into a world,⟧” said Dr Tomás Villanueva, the mission’s project scientist. “⟦d:a|There are boulders on it the size of a stadium. There are what look like landslides. I honestly don’t know yet what half of it is.⟧”
The images reached the agency’s control centre in Port Elspeth shortly after 7am local time. Yuki Morimoto, the flight director, said the room had been “⟦p:b|very quiet, and then very loud⟧”.
“⟦d:b|Flybys are unforgiving. You get one chance, and the spacecraft is doing it on its own because the signal takes 19 minutes to reach us. When the first picture came down, people were crying. I was one of them,⟧” she said.
In a statement, the agency said the probe was “⟦p:c|healthy and on course⟧” for its next target, a larger asteroid it will reach in 2029. “⟦d:c|Wayfarer has already exceeded its design life,⟧” the agency said. “⟦d:c|Every day from here is a bonus.⟧”
Villanueva said the team would spend months processing the data. Asked what he hoped to find, he laughed. “⟦d:a|Surprises. That’s the whole point.⟧”

### 012
@a Élodie Marchetti | the excavation director
@b Jean-Paul Delorme | The town’s mayor
@c Groupe Ravel | The developer
@d - | A culture ministry official
SAINT-AUBIN-DES-VIGNES, Valmorée, June 6 (Meridian) - Archaeologists digging ahead of a supermarket car park in this small wine town have uncovered a near-complete Roman-era mosaic floor, which experts say could be among the finest found in the region in half a century.
Élodie Marchetti, the excavation director, was close to tears as she showed reporters around the trench. «⟦d:a|C’est la découverte d’une carrière⟧», she said, before repeating it in English for the foreign press: "⟦d:a|It is the find of a career.⟧"
The mosaic, roughly eight metres by five, shows a sea god surrounded by dolphins, octopuses and a ship under full sail. Its reds and golds are still vivid.
"⟦d:a|After eighteen centuries under a field of vines, you expect mud. Instead you get this,⟧" Marchetti said, gesturing at a dolphin's eye picked out in green glass.
The town’s mayor, Jean-Paul Delorme, said the supermarket would have to be redesigned. «⟦d:b|Nous n’allons pas mettre un parking sur Neptune⟧», he said. ("⟦d:b|We are not going to put a car park on Neptune.⟧")
The developer, Groupe Ravel, said in a statement it was "⟦p:c|proud to have played a small part⟧" in the discovery and would work with the authorities on "⟦p:c|a revised scheme.⟧"
A culture ministry official said the floor was likely to be lifted and displayed in a regional museum, "⟦p:d|but nothing will be decided quickly.⟧"

### 013
@a Mariam Sissoko | head of the district health centre in Kouranké
@b Bakary Traoré | a father of four
@c - | A spokesperson for the Global Immunisation Alliance
@d Ministry of Health | -
KOURANKÉ, Sahelia, Feb 2 (Meridian) - Health workers in northern Sahelia began a two-week, door-to-door measles vaccination drive on Monday after an outbreak that has killed at least 46 children since November, most of them under five.
«⟦d:a|We are racing the disease village by village⟧», said Dr Mariam Sissoko, head of the district health centre in Kouranké. «⟦d:a|Every day we lose, it reaches another family.⟧»
Sissoko said teams had been turned away from some households by parents who had heard «⟦p:a|rumours on the radio⟧» that the vaccine caused infertility. «⟦d:a|We sit with them. We drink tea. Sometimes it takes three visits⟧», she said.
Bakary Traoré, a father of four, walked eleven kilometres with all his children to the clinic in Kouranké on Monday morning. «⟦d:b|I lost a nephew in December. I am not waiting for anyone to tell me twice⟧», he said.
A spokesperson for the Global Immunisation Alliance said the campaign aimed to reach 310,000 children in the region. «⟦d:c|The vaccine is safe, it is free and it works⟧», the spokesperson said. «⟦d:c|The biggest obstacle now is trust, and trust is built by people like Dr Sissoko, not by us.⟧»
Sahelia's Ministry of Health said in a statement that it had deployed «⟦p:d|all available resources⟧» to the north and would extend the campaign if needed.

### 014
@a Hamish Dunlop | a sheep farmer whose land borders the river
@b Ravi Chandrasekhar | project lead at the Glenmoray Beaver Trust
@c - | one dog walker
Two years after beavers were released on the River Moray, the animals have built eleven dams, flooded three fields and split opinion in the glen down the middle.
Hamish Dunlop, a sheep farmer whose land borders the river, says he has lost nearly four acres of grazing to standing water since last spring.
"⟦d:a|Nobody asked us. That's what sticks,⟧" he said, standing at the edge of what was once his lower field. "⟦d:a|They had meetings in the village hall and put up posters, and then one morning there's a dam where my fence used to be.⟧"
Dr Ravi Chandrasekhar, project lead at the Glenmoray Beaver Trust, acknowledged that some landowners had been "⟦p:b|badly let down⟧" by the consultation. "⟦d:b|We got things wrong in the first year, and I've said that to Hamish's face,⟧" he said.
"⟦d:b|But look at what's come back. Otters, water voles, kingfishers. The flooding downstream at Abercairn was a third lower this winter than the year before, and the hydrologists think the dams are a big part of that.⟧"
Dunlop is not persuaded. "⟦d:a|Tell that to my ewes,⟧" he said.
The trust has offered compensation of 1,200 pounds an acre, which Dunlop has so far refused. Asked why, he said: "⟦d:a|Because then it's done, isn't it? Then I've sold them the field.⟧"
Chandrasekhar said the offer stood. "⟦d:b|He's a good farmer and a straight man. We'll keep talking.⟧"
On the riverbank, opinion among walkers was warmer. "⟦d:c|I've lived here forty years and never seen a kingfisher until last summer,⟧" said one dog walker.

### 015
@a Saoirse Kavanagh | Pharmacist
@b Lena Hoffmann | the mother of two
@c Independent Pharmacists’ Guild | -
@d - | A spokeswoman for the Medicines Regulatory Agency
Parents are being forced to drive from pharmacy to pharmacy in search of liquid antibiotics for their children, as shortages of common penicillin syrups enter a third month.
Pharmacist Saoirse Kavanagh, who runs two shops in Kilbrennan, said she had turned away more than thirty families last week alone. “⟦d:a|You have a mother standing in front of you with a feverish toddler and a prescription, and you have to say, sorry, try Drumlin. It’s soul-destroying. We didn’t train for this,⟧” she said.
Lena Hoffmann, whose three-year-old son has a chest infection, visited five pharmacies on Tuesday before finding a bottle. “⟦d:b|I rang ahead to each one. Three didn’t answer,⟧” the mother of two said. “⟦d:b|By the time I got home he’d been crying for four hours.⟧”
The Independent Pharmacists’ Guild said the shortage was “⟦p:c|entirely predictable⟧” and blamed a pricing system that left wholesalers unwilling to stock cheaper generic medicines. “⟦d:c|When a bottle costs more to ship than it sells for, suppliers go elsewhere. This was flagged a year ago,⟧” it said.
A spokeswoman for the Medicines Regulatory Agency said supplies were “⟦p:d|improving week by week⟧”. “⟦d:d|Pharmacists can now substitute alternative formulations without going back to the prescriber, which should ease pressure considerably,⟧” she said.
Kavanagh was unconvinced. “⟦d:a|They’ve been saying ‘next week’ since October.⟧”

### 016
@a Halcyon Therapeutics | the company
@b Bettina Kraus | Chief executive
@c Olusegun Adeyemi | chair of the patient group Motor Neurone Together
@d - | one biotech analyst
Shares in Halcyon Therapeutics lost almost two-thirds of their value on Wednesday after the company said its experimental treatment for motor neurone disease had failed to slow the progression of symptoms in a late-stage trial.
The drug, HT-114, performed no better than a placebo on the study's main measure of physical function after 48 weeks, Halcyon said in a statement before the market opened. "⟦d:a|We are deeply disappointed by these results, above all for patients and their families,⟧" the company said.
Chief executive Bettina Kraus told investors on a call that the firm would review "⟦p:b|every line⟧" of the data before deciding whether to continue the programme. "⟦d:b|I'm not going to stand here and tell you there's a hidden win in this dataset. There may not be. But we owe it to the 640 people who took part to look properly,⟧" she said.
Asked whether Halcyon had enough cash to survive, Kraus said: "⟦d:b|We are funded into 2027. That gives us time to make sensible decisions, not panicked ones.⟧"
Olusegun Adeyemi, chair of the patient group Motor Neurone Together, said the news had been "⟦p:c|a hammer blow⟧" for many of its members. "⟦d:c|People had pinned a great deal of hope on this one. Some of them have months, not years,⟧" he said. "⟦d:c|Every failure still teaches us something. I have to believe that.⟧"
"⟦d:d|This was the company,⟧" said one biotech analyst, who declined to be named. "⟦d:d|Without HT-114 you are looking at an early-stage pipeline and a lot of questions.⟧"
The stock closed down 64% at $4.12.

### 017
@a Cobble & Vine | the retailer
@b Tariq Hussain | an independent security researcher who first spotted the leaked files
@c Gemma Pryce | -
@d Office of the Privacy Regulator | -
The online homeware retailer Cobble & Vine has admitted that the names, addresses and partial card details of up to 1.4 million customers were exposed in a cyber-attack last month, days after the data appeared for sale on a criminal forum.
In an email sent to customers late on Thursday, the retailer said it was “⟦p:a|deeply sorry⟧” and that full card numbers and passwords had not been taken. “⟦d:a|We take the security of your information extremely seriously,⟧” the email said. “⟦d:a|We have engaged leading experts and are working closely with the relevant authorities.⟧”
Tariq Hussain, an independent security researcher who first spotted the leaked files, said the company’s account did not match what he had seen. “⟦d:b|The sample I was sent includes the last four digits of the card, the expiry date and the customer’s phone number. That’s more than enough for a convincing phishing call,⟧” he said.
“⟦d:b|‘We take your security seriously’ is what every company says after it has demonstrably failed to.⟧”
Gemma Pryce, from Wexley, said she had received a text message purporting to be from her bank two days before Cobble & Vine’s email arrived. “⟦d:c|It knew my address and what I’d ordered. If I hadn’t been on the bus with nothing to do, I might have clicked it,⟧” she said.
The Office of the Privacy Regulator confirmed it had received a report from the company and was “⟦p:d|making enquiries⟧”.

### 018
@a Yvonne Achterberg | cabinet member for digital services
@b Priti Sharma | leader of the opposition Independent group
@c Frank Lomax | Dockside resident
@d - | A council spokesperson
A chatbot introduced by Harbourside Borough Council to answer residents' questions told people they could park on double yellow lines while visiting relatives and gave dozens of households the wrong day for their bin collection, internal records show.
The assistant, branded "⟦s:-|Ask Hattie⟧" and launched in March at a cost of about 400,000 pounds, was quietly switched off last week.
Dockside resident Frank Lomax said he had asked the chatbot whether he could stop outside his mother's flat while dropping off her shopping. "⟦d:c|It told me, plain as day, that I was exempt. I got a 70-pound ticket, and when I showed the warden my phone he laughed at me,⟧" he said.
Councillor Yvonne Achterberg, cabinet member for digital services, said she was "⟦p:a|embarrassed⟧" by the errors, which she described as what technologists call "⟦s:-|hallucinations⟧". "⟦d:a|We were told this system was ready. It clearly wasn't, and I apologise to everyone who was given bad information,⟧" she said.
Priti Sharma, leader of the opposition Independent group, called the chatbot "⟦p:b|a 400,000-pound talking brochure that makes things up⟧". "⟦d:b|Who signed this off, and why did nobody test it against a real bin calendar?⟧" she asked at Tuesday's meeting of the full council.
"⟦d:a|That is exactly what the independent review is for,⟧" Achterberg replied. "⟦d:a|I'm not going to pre-empt it.⟧"
"⟦d:d|Residents who received a parking penalty after following the assistant's advice can appeal, and we will not contest those appeals,⟧" a council spokesperson said.

### 019
@a Kenji Watanabe-Hart | Lumeo’s head of devices
@b - | -
Lumeo’s new Orrin phone does not look like much. It is smaller than last year’s model, a little thicker, and comes in three colours the company calls ``⟦s:-|slate⟧'', ``⟦s:-|moss⟧'' and ``⟦s:-|oat⟧''. The interesting part is what it will not let you do.
A feature called ``⟦s:-|Quiet Hours⟧'' locks every app except the phone, messages and maps for a block of time you choose in advance, and cannot be switched off until the block ends. There is no override, no ``⟦s:-|just five more minutes⟧''.
``⟦d:a|We argued about that for a year,⟧'' Kenji Watanabe-Hart, Lumeo’s head of devices, told me at the company’s offices in Sennet Harbour. ``⟦d:a|Half the team said people would hate it. The other half said that was the point.⟧''
``⟦d:b|Which half were you in?⟧'' I asked.
``⟦d:a|The second half, eventually,⟧'' he said. ``⟦d:a|I have two teenagers. I was the test case.⟧''
I spent a fortnight with the Orrin. Battery life is excellent, comfortably two days, and the camera is good rather than great. Quiet Hours, though, is the reason to buy it or not.
On the third evening I set it for two hours, then realised I had not written down a friend’s address. The phone would give me maps but not my email. I knocked on the wrong door twice.
Watanabe-Hart laughed when I told him. ``⟦d:a|That’s the most common complaint in our beta. People plan badly once, and then they plan better.⟧''

### 020
@a Pemberton Bank | the bank
@b Dev Anand | a café owner in Tolland
@c Anwen Price | the MP for Gwynfor West
@d - | One customer
Pemberton Bank has apologised after millions of customers were unable to log in to its mobile app or make card payments for almost nine hours on Friday, the busiest shopping day of the month.
The problems began shortly after 8am and were not fully resolved until late afternoon, the bank said. "⟦d:a|We are very sorry for the disruption this has caused,⟧" it said in a statement. "⟦d:a|This was not the result of a cyber-attack. It was caused by a fault during a routine update, and we will be reviewing our processes.⟧"
Customers took to social media to complain. Dev Anand, a café owner in Tolland, posted a photo of a queue of customers outside his shop, none of whom could pay. "⟦d:b|Lunch rush, card machine dead, Pemberton app dead. Cash only, apparently, like it's 1994,⟧" he wrote.
"⟦d:d|I was at the petrol station with a full tank and no way of paying for it,⟧" one customer wrote. "⟦d:d|The cashier took my name and phone number and told me to come back. Bless her.⟧"
Anwen Price, the MP for Gwynfor West, wrote to the bank's chief executive on Friday evening asking how many customers had been affected and whether they would be compensated.
"⟦d:c|This is the third major outage at Pemberton in 18 months. Customers who were charged for late payments or overdrafts as a result must be refunded automatically, not made to chase it,⟧" she wrote.
The bank said it would refund any charges incurred as a result of the outage and that customers "⟦p:a|would not need to contact us.⟧"

### 021
@a Tobias Wren | Employment Judge
@b Dariusz Nowak | one of the three riders who brought the case
@c Zipp | the company
@d Riders United | the union that backed the claim
Delivery riders working for the app Zipp are workers entitled to the minimum wage and holiday pay, not self-employed contractors, an employment tribunal has ruled in a decision that could affect more than 30,000 people.
In a 74-page judgment, Employment Judge Tobias Wren said the company's contracts were “⟦p:a|a careful piece of drafting⟧” that bore “⟦p:a|little resemblance⟧” to how riders actually worked.
“⟦d:a|The riders cannot set their price, cannot meaningfully refuse work without being penalised by the algorithm, and cannot build a business of their own,⟧” the judge wrote. “⟦d:a|To describe them as entrepreneurs is to stretch the word beyond breaking point.⟧”
Dariusz Nowak, one of the three riders who brought the case, said he had been working up to 60 hours a week. “⟦d:b|Some weeks, after petrol, I made less than four pounds an hour,⟧” the 38-year-old said outside the tribunal building in Stanmoor. “⟦d:b|Today a judge said what we have been saying for five years.⟧”
Zipp said it would appeal. “⟦d:c|Riders tell us again and again that they value flexibility above everything else, and this ruling puts that flexibility at risk,⟧” the company said.
Riders United, the union that backed the claim, called the ruling “⟦p:d|a landmark⟧”. The union said it would now bring claims on behalf of thousands of other riders “⟦p:d|as quickly as the tribunal system allows⟧”.

### 022
@a Noor Haddad | -
@b - | One investor
@c - | -
Noor Haddad, 41, founded the smart-kitchen company Kilnworks in her garage in Belvedere eight years ago. Last month it was bought by the appliance giant Harrowfield for 610 million dollars. “⟦d:a|I still can’t say the number out loud without laughing,⟧” she says. We spoke by video call; the conversation has been edited for length.
Q: Your first product was an oven thermometer you once described as “⟦p:a|a toaster with ambitions⟧”. Why that?
A: Because it was! It was a small, ugly box that sat on the counter and told you when your chicken was done. My investors hated the pitch. One investor told me, “⟦d:b|Never, ever describe your product as a kitchen appliance.⟧” So naturally I did it on every slide.
Q: The early reviews were not kind.
A: One of them called it “⟦p:c|a toy for rich people who can’t cook⟧”. I had it printed and framed. It’s still in my office.
Q: What changed?
A: We stopped selling to chefs and started selling to nervous people. Most people who cook at home are a bit nervous. The app, which we called “⟦s:-|Nudge⟧”, just tells you, calmly, what to do next. That turned out to be the product.
Q: Will you stay at Harrowfield?
A: For two years. After that, ask me again.

### 023
@a Sergio Almeida | the Brackwater manager
@b Kofi Boateng-Lewis | The 22-year-old
@c Gary Thornbury | His opposite number
Brackwater United 3 Hollins Vale 1
Kofi Boateng-Lewis scored twice in the space of seven second-half minutes as Brackwater came from behind to beat ten-man Hollins Vale and climb to fourth in the table.
The visitors led through Ryan Colley’s header after 23 minutes and might have been two up before the break, but the game turned when their centre-back Marc Dube was sent off for a second booking just after the hour.
Boateng-Lewis levelled with a low shot from the edge of the area in the 64th minute and added a second from close range soon after, sending the home end into a chorus of “⟦s:-|Kofi’s on fire⟧”. Substitute Jamie Orr wrapped things up in stoppage time.
“⟦d:a|At half-time I told them: we are playing like we are scared of the ball,⟧” said Sergio Almeida, the Brackwater manager. “⟦d:a|In the second half they were brave. Kofi was brave. That is all I ask.⟧”
The 22-year-old, who has now scored nine goals this season, was more modest. “⟦d:b|The first one I just hit and hoped. The second, honestly, the keeper did most of the work for me,⟧” he said. “⟦d:b|The gaffer was angry at half-time, and he was right to be.⟧”
His opposite number, Gary Thornbury, was furious about the red card. “⟦d:c|Second yellow? For that? He’s won the ball. I’ll be polite because I can’t afford the fine, but I’ve watched it back three times and it’s not a foul,⟧” he said.
Asked whether the dismissal had decided the game, Thornbury said: “⟦d:c|You’ll have to ask the referee. Apparently he sees things the rest of us don’t.⟧”

### 024
@a Inès Kaddour | the Redhill City manager
@b - | one reporter
@c - | a local radio reporter
@d Maya Thorsen | Redhill’s captain
Inès Kaddour, the Redhill City manager, insisted on Thursday that her side would not “⟦p:a|park the bus⟧” in Sunday’s cup semi-final against the champions, Westbury Rangers, despite losing 5-0 to them in October.
"⟦d:a|We learned a lot that day, mostly painful things,⟧" Kaddour told her pre-match press conference. "⟦d:a|But if we sit deep for ninety minutes against a team like that, we lose 2-0 instead of 5-0. I'm not interested in losing more slowly.⟧"
"⟦d:b|So what changes?⟧" one reporter asked.
"⟦d:a|We press higher, we're braver on the ball, and we don't give Ndlovu the space she had last time. Simple to say.⟧"
Kaddour confirmed that Maya Thorsen, Redhill’s captain, had recovered from a hamstring strain and would start. Thorsen, 29, told the club's website earlier this week that the October defeat had been "⟦p:d|the worst ninety minutes of my career⟧".
"⟦d:c|Does Maya's fitness change your plan?⟧" asked a local radio reporter.
"⟦d:a|It changes my mood,⟧" Kaddour said, to laughter. "⟦d:a|She's our best organiser. When she's on the pitch I don't have to shout as much.⟧"
Asked whether Westbury were the best team she had faced, she paused. "⟦d:a|This season, yes. Ask me again on Sunday night.⟧"

### 025
@a Ana Lúcia Ferraz | -
@b Daria Volkonskaya | the third seed
@c Rafael | Ferraz’s father and coach
Ana Lúcia Ferraz saved two match points before beating the third seed, Daria Volkonskaya, 3-6, 7-6 (9-7), 7-5 in a little over three hours on Wednesday night to reach her first Grand Slam quarter-final.
Ferraz fell to her knees on the baseline when Volkonskaya’s final backhand drifted long, and was still wiping away tears during her on-court interview.
“⟦d:a|At 5-4 in the second set I was already thinking about my flight home,⟧” she said. “⟦d:a|Then I thought, no, just one more point, just make her hit one more ball. And then one more.⟧”
Asked how she had saved the second match point, a 21-shot rally that ended with a lob over her opponent’s head, she shrugged. “⟦d:a|Honestly? I closed my eyes.⟧”
Volkonskaya, speaking through an interpreter in her press conference, said she had “⟦p:b|stopped being brave⟧” when she was a point from victory. “⟦d:b|I played the match points like I was afraid of them. She played them like she had nothing to lose, which was true,⟧” the 27-year-old said.
“⟦d:b|She will be a big problem for everybody. I am only sorry she started being a problem tonight.⟧”
Ferraz’s father and coach, Rafael, watched the final game with his head in his hands. “⟦d:c|I can’t watch those moments. I never could,⟧” he said afterwards. “⟦d:c|Her mother watches. I go for a walk in my head.⟧”

### 026
@a Haseeb Qureshi | the Northmarsh captain
@b Dale Pienaar | the seamer
@c Trevor Ambrose | Calder's head coach
Northmarsh kept their title hopes alive with a 94-run win over Calder at Ferry Road on the final afternoon, Dale Pienaar taking five for 38 as the visitors collapsed from 141 for two to 188 all out.
Chasing 283 on a wearing pitch, Calder looked comfortable while their openers were together, but Pienaar's spell of four wickets for nine runs in 27 balls after tea turned the match.
"⟦d:a|That's as good as I've seen Dale bowl,⟧" said Haseeb Qureshi, the Northmarsh captain. "⟦d:a|He came to me at tea and said, 'Give me the river end and leave me on.' I didn't argue.⟧"
Pienaar, who joined Northmarsh from Kelvale in the winter, said the ball had started to reverse swing just before the break. "⟦d:b|Once it goes, you've got to attack the stumps. No point being clever,⟧" the seamer said. "⟦d:b|Haseeb backed me with the field, which is all you want as a bowler.⟧"
Calder's head coach, Trevor Ambrose, did not hide his disappointment. "⟦d:c|We lost eight wickets for 47 runs. You can't do that in a run chase and expect to win,⟧" he said. "⟦d:c|There were some soft dismissals in there, and the players know it.⟧"
Northmarsh are now 11 points behind the leaders with two matches to play. "⟦d:a|We need to win both and hope,⟧" Qureshi said. "⟦d:a|Hoping's not a plan, but it's what we've got.⟧"

### 027
@a Warren Tane | Harbour City’s head coach
@b Josh Matagi | The captain
@c - | the television interviewer
Harbour City’s head coach, Warren Tane, said his side had “⟦p:a|found out a lot about ourselves⟧” after they held on with 14 men for the last 17 minutes to beat the Stonebridge Cavaliers 24-22 on Saturday.
Tane was reluctant to criticise his lock Sione Fifita, whose yellow card for a high tackle left City short-handed with the game in the balance. “⟦d:a|He’s gutted. He knows he got it wrong. We’ll deal with it in the review, not in front of the cameras,⟧” the Harbour City head coach said.
“⟦d:c|How close did you think it was at the end?⟧” the television interviewer asked him.
“⟦d:a|Close enough that I stopped looking. I was watching the big screen through my fingers.⟧”
The captain, Josh Matagi, who made 19 tackles, said the closing minutes had been the hardest of his career. “⟦d:b|Every time we got the ball back, they took it off us again. You just keep getting up,⟧” he said.
“⟦d:b|Warren said at the break that it would come down to who wanted it more in the last ten. He was right.⟧”
Matagi also had a word for Fifita. “⟦d:b|Sione will be the first one in on Monday, doing extra. That’s who he is.⟧”

### 028
@a Tesfaye Alemu | The 23-year-old
@b Faith Chepkoech | the women’s champion
@c Liesbeth de Groot | the race director
Tesfaye Alemu broke the course record at the Halden City Marathon on Sunday, pulling away from a group of four on the long climb the runners call “⟦s:-|the Kiln⟧” and finishing in 2:04:51.
Alemu, who was running only his second marathon, said through a translator that he had not planned to attack so early. “⟦d:a|My coach told me to wait until 35 kilometres. My legs did not listen to my coach,⟧” he said, smiling. “⟦d:a|I will apologise to him tonight.⟧”
The 23-year-old said he would send most of his prize money home to his family’s farm. “⟦d:a|My mother does not know I won yet. She does not have a phone. My brother will walk to tell her.⟧”
Faith Chepkoech, the women’s champion, won by more than two minutes in 2:19:07 despite, she said, feeling sick for the first half. “⟦d:b|I thought I would drop out at 15k. Then the crowd on the bridge started singing and I forgot about my stomach,⟧” she said.
Temperatures reached 24C by mid-morning, and organisers said 212 runners were treated for heat-related illness. Liesbeth de Groot, the race director, said the extra water stations added this year had “⟦p:c|done their job⟧”.
“⟦d:c|Nobody was seriously hurt, which on a day like this is what matters most,⟧” she said. “⟦d:c|We will look at moving the start earlier next year.⟧”

### 029
@a Global Athletics Integrity Panel | the panel
@b Chidi Nwankwo | The Olympic 200m silver medallist
@c Sabine Aurich | his lawyer
@d - | One rival sprinter
The Olympic 200m silver medallist Chidi Nwankwo has been banned for four years after testing positive for a prohibited steroid, the sport's disciplinary body announced on Tuesday.
The Global Athletics Integrity Panel said a sample taken at an out-of-competition test in April contained traces of trenbolone, and that Nwankwo had "⟦p:a|failed to establish how the substance entered his system.⟧"
"⟦d:a|The athlete's explanation was considered carefully and found to be implausible,⟧" the panel said in its written decision. "⟦d:a|The period of ineligibility therefore cannot be reduced.⟧"
Nwankwo, 26, who has always denied knowingly taking any banned substance, responded within an hour on social media.
"⟦d:b|I have never cheated and I never will. I trained clean, I competed clean and I will clear my name,⟧" he wrote. "⟦d:b|To everyone who has messaged me today: thank you. I am not finished.⟧"
His lawyer, Sabine Aurich, said the sprinter would appeal to the Court of Sport Arbitration. She said the panel had ignored "⟦p:c|compelling evidence⟧" that the positive test was caused by contaminated meat eaten at a team dinner.
"⟦d:c|The concentration found was tiny, consistent with contamination and inconsistent with doping. We are confident the appeal will succeed,⟧" Aurich said.
Reaction among fellow athletes was mixed. One rival sprinter, who asked not to be named, said: "⟦d:d|Everyone says contaminated meat. Sometimes it's true. Most of the time it isn't.⟧"

### 030
@a Shauna Begley | the team’s coach
@b Ella Mahony | goal shooter
@c Neil Okoro | -
@d - | One mum on the sideline
They lost their first four matches of the season. On Saturday, the under-12s of St Brigid’s Netball Club in Carrowmore lifted the county cup.
The girls beat Lisheen Park 14-11 in a tense final at the Regional Sports Centre, with goal shooter Ella Mahony scoring nine of their goals.
“⟦d:a|In September, if you’d told me we’d be here, I’d have laughed at you. We were getting hammered every week. But they never once stopped turning up to training, not even in the rain,⟧” said Shauna Begley, the team’s coach.
Ella, 11, said the team had a secret weapon. “⟦d:b|We do a dance in the changing room before every game. I’m not allowed to say what it’s called,⟧” she said.
Asked whether she had been nervous when the final went to a one-goal game in the last quarter, the team’s goal shooter was firm. “⟦d:b|No. Well, a bit. But Shauna said just breathe and look at the ring, so I did.⟧”
Parents packed the small stand, many of them holding homemade banners reading “⟦s:-|BRIGID’S BELIEVE⟧”. “⟦d:d|I’ve lost my voice. I’ve no idea what I’m going to sound like at work on Monday,⟧” said one mum on the sideline.
Neil Okoro, whose daughter Amara plays wing defence, said the win meant more because of the poor start. “⟦d:c|They learned how to lose before they learned how to win. That’s worth more than the cup,⟧” he said. Then he laughed. “⟦d:c|Don’t tell them I said that. They want the cup.⟧”

### 031
@a Baptiste Lemaire | The 31-year-old
@b Koen Vermeulen | the Ostral–Velo sports director
@c Mikkel Sandvik | the overall leader
LES ARCS-SUR-RIVIÈRE, July 11 (Meridian) - Baptiste Lemaire won the tenth stage of the Tour of Valmorée on Thursday with a solo attack on the final climb, giving the home crowd its first stage victory of this year's race.
The 31-year-old, riding in what he has said will be his last Tour, crossed the line with his arms outstretched, 38 seconds ahead of the chasing group.
«⟦d:a|J'ai tout donné. Je n'avais plus rien dans les jambes à la fin⟧», Lemaire told television reporters, still gasping. «⟦d:a|I gave everything. There was nothing left in my legs at the end.⟧»
He dedicated the win to his late grandfather, who had taken him to watch the race as a boy. «⟦d:a|He always said I would win a stage one day. I am sorry he is not here to see it⟧», he said.
Koen Vermeulen, the Ostral–Velo sports director, said Lemaire had asked for permission to attack the night before. «⟦d:b|He came to my room after dinner and said he felt something. I told him: if you feel it, go⟧», Vermeulen said.
Mikkel Sandvik, the overall leader, finished safely in the main group and keeps the yellow jersey by 1 minute 12 seconds. «⟦d:c|It was a good day for us, a calm day. Congratulations to Baptiste, he deserved it⟧», the Norlander said.

### 032
@a Dwayne Pryce | Heavyweight champion
@b Artem Kovalenko | challenger
@c Lenny Fairweather | Promoter
@d Steve | one fan
IT took two security guards and a promoter to keep them apart.
Heavyweight champion Dwayne Pryce and challenger Artem Kovalenko had to be separated at yesterday's weigh-in after a stare-down at the Marlow Arena turned into a shoving match, with Pryce's entourage chanting "⟦s:-|Hammer time⟧" over the top of the announcer.
Pryce, known to fans as "⟦s:-|The Hammer⟧", tipped the scales at 17st 2lb, a career heaviest, and was in no mood for diplomacy.
"⟦d:a|He's been talking for three months. Saturday night he finds out what it feels like to get hit by a grown man,⟧" the champion snarled. "⟦d:a|I'm going to retire him. Write that down.⟧"
The challenger, who weighed in 9lb lighter, barely raised his voice. "⟦d:b|Dwayne likes to shout. That's fine. Shouting doesn't win rounds. I've knocked out bigger men who were louder than him,⟧" he said through a grin.
Promoter Lenny Fairweather, who has staged both men's last three fights, insisted the scuffle was not for the cameras. "⟦d:c|You can't fake that. I was in the middle of it and I've got a sore shoulder to prove it,⟧" he said.
"⟦d:c|These two genuinely do not like each other. Saturday's going to be a war.⟧"
Outside, the queue for the last tickets stretched around the block. "⟦d:d|I've been coming to see Dwayne since he was fighting in leisure centres,⟧" said one fan, Steve, 52, wearing a homemade Hammer T-shirt. "⟦d:d|He's not losing. Not to him.⟧"

### 033
@a Magnus Eriksen | skipper of the Brynja for the past 22 years
@b Annie MacLeod | -
@c Hettie Ashby | -
@d Tom | her husband
The ferry to Skarra leaves when it leaves. The timetable pinned to the harbour office door in Vallasund says 9.15, but everyone on the quay knows that really means “⟦s:-|after the bread van⟧”.
“⟦d:a|If the bread’s not on board, there’s no point going,⟧” says Magnus Eriksen, skipper of the Brynja for the past 22 years, as a man in overalls jogs up the ramp with four trays of loaves. “⟦d:a|You’d have forty islanders at my door by lunchtime.⟧”
The crossing takes fifty minutes if the sea is kind. It is not kind today. Eriksen, who has the unhurried calm of a man who has seen worse, hums to himself as the bow slaps down into the swell.
Skarra has 140 residents, one shop, one pub, a church with no regular minister and, between May and September, a steady trickle of walkers who come for the cliffs and the puffins.
Annie MacLeod runs the shop, which is also the post office, the café and, she says, “⟦p:b|the unofficial tourist board⟧”. She has lived here all her life.
“⟦d:b|People arrive expecting to be bored. Then the boat goes and they realise they can’t leave until tomorrow, and something in them switches off,⟧” she says. “⟦d:b|I’ve watched grown men fall asleep on that bench outside in the middle of the afternoon.⟧”
Among this week’s visitors are Hettie Ashby and her husband, Tom, who have come every summer since their honeymoon in 1979. “⟦d:c|It hasn’t changed. That’s the whole point of it,⟧” she says.
“⟦d:d|The puffins have got cheekier,⟧” he adds.
When to go: late May to mid-July for the puffins. Where to stay: the island has six guest rooms, all bookable through the shop. Ring; don’t email.

### 034
@a Corbridge Airport | the airport
@b Nadia Hussein | -
@c Pieter van Wyk | a businessman flying to Sollant
@d - | A spokesman for Aeroline
Thousands of passengers were stranded at Corbridge Airport overnight after a fault in the baggage system led to the cancellation of more than 80 flights on the first Saturday of the school holidays.
Passengers described "⟦p:-|total chaos⟧" in the departures hall, with queues stretching out of the terminal and little information from staff.
Nadia Hussein, 34, who was travelling with her three children to visit her parents, slept on the floor near gate 12. "⟦d:b|We were told to go home and rebook online, but we live two and a half hours away,⟧" she said. "⟦d:b|My youngest is four. He's been amazing, to be honest. Better than some of the adults.⟧"
Pieter van Wyk, a businessman flying to Sollant, said he had been given a 10-pound food voucher at 11pm. "⟦d:c|Everything in the terminal was shut by then. What am I supposed to do with it, frame it?⟧" he said.
The airport said the fault had been fixed by 4am and that it expected to run a "⟦p:a|near-normal⟧" schedule on Sunday. "⟦d:a|We are extremely sorry to everyone whose journey was disrupted, and we are working with airlines to get people on their way as quickly as possible,⟧" it said.
A spokesman for Aeroline, which cancelled 34 flights, said passengers were entitled to a refund or a free transfer to another flight. "⟦d:d|We know this has been a miserable experience. Our teams are doing everything they can,⟧" he said.

### 035
@a Davide Rinaldi | a mountain guide who has walked this route more than 400 times
@b Chiara Benvenuti | the refuge’s warden
Halfway up the Sentiero delle Capre, the old goat path that climbs out of the Val Corvina, Davide Rinaldi stops, taps the rock with his stick and points at a line of dark cloud sliding over the ridge.
«⟦d:a|Qui la montagna comanda⟧», says the 58-year-old, a mountain guide who has walked this route more than 400 times. «⟦d:a|Here the mountain is in charge⟧». We turn back.
It is an inauspicious start, but Rinaldi is unbothered. The path, restored last year by a volunteer group from the village, is 19km long and links five shepherds’ huts, three of which now offer beds and dinner to walkers.
«⟦d:a|Ten years ago nobody came. The young people left, the huts fell down⟧», he says over a plate of polenta that evening. «⟦d:a|Now we have Germans, Dutch, Americans. They come for the silence, and they bring their phones. I tell them: up here there is no signal, and that is a gift⟧».
The next morning is clear and cold. At the Rifugio Alba, the highest of the huts, Chiara Benvenuti, the refuge’s warden, is hanging sheets to dry in the wind.
«⟦d:b|My grandmother was born in this hut⟧», she tells me. «⟦d:b|When they asked me to run it, I said yes before they finished the question⟧».
Getting there: the nearest railway station is at Borgo Alto, from where a bus runs twice a day to the trailhead. The route is waymarked but a guide is strongly recommended in spring.

### 036
@a Marisa Calleja | Mayor
@b Joe Farrugia | a third-generation fishmonger on the quay
@c Meridiana Cruises | -
@d - | a member of the residents’ group who asked not to be named
PORT AURELIA — For most of the year, the old harbour here belongs to fishermen, cats and the men who play cards outside the Café Stella. On Tuesday it belonged to 11,000 cruise passengers, disgorged from three ships before nine in the morning.
It was one day too many for some residents. About 200 people gathered on the quay as the first ship docked, holding placards reading “⟦s:-|Our town is not a theme park⟧” and chanting “⟦s:-|One ship, not three⟧”.
Mayor Marisa Calleja, who was elected last spring on a promise to limit cruise visits, said she would ask the port authority to cap arrivals at one large ship a day from next season.
“⟦d:a|Tourism is our living. Nobody here is against visitors,⟧” she said. “⟦d:a|But when there are more people on the quay than live in the town, something has gone wrong. The streets cannot breathe.⟧”
Joe Farrugia, a third-generation fishmonger on the quay, said the crowds had driven away his regular customers. “⟦d:b|The cruise people don’t buy fish. They take photos of fish,⟧” he said. “⟦d:b|My customers can’t get near the stall, so they go to the supermarket.⟧”
Meridiana Cruises, which operated two of Tuesday’s ships, said it was “⟦p:c|committed to working with local communities⟧” and that its passengers spent an average of €94 each ashore.
Not everyone at the protest wanted fewer ships. “⟦d:d|My daughter has a job on the waterfront because of them,⟧” said a member of the residents’ group who asked not to be named. “⟦d:d|I want them spread out, not sent away.⟧”

### 037
@a Ottilie Fairbanks | a former theatre set designer
@b Ray | her husband
@c - | One guest
The Lantern House, Cresswick
There are hotels that try very hard to be charming. The Lantern House, a seven-room Georgian townhouse on the edge of Cresswick’s market square, manages it by not appearing to try at all.
Ottilie Fairbanks, a former theatre set designer, and her husband, Ray, bought the building as a near-ruin in 2019. ``⟦d:a|The surveyor told us to walk away. He actually used the word haunted at one point,⟧'' she says, laughing. ``⟦d:a|We took that as a selling point.⟧''
It shows. Each room is done in a different, slightly theatrical style, the best of them being the top-floor ``⟦s:-|Lamplighter's Room⟧'', with a bath under the eaves and a window seat over the square.
Ray runs the kitchen, which means breakfast is the star. ``⟦d:b|I was a terrible lawyer and I'm a reasonable cook,⟧'' he says, setting down a plate of smoked haddock with a poached egg that could make a grown adult weep. ``⟦d:b|Best career move I ever made.⟧''
There are flaws. The stairs are steep, there is no lift, and the walls between rooms two and three are thinner than they should be. ``⟦d:c|We heard every word of next door's argument about the car keys,⟧'' one guest told me at breakfast, without apparent resentment. ``⟦d:c|It was quite gripping, actually.⟧''
Ottilie says soundproofing is ``⟦p:a|on the list⟧''. The list, she admits, is long.
Doubles from 145 pounds, B&B. Dinner Friday and Saturday only.

### 038
@a Oluwaseun Bakare | -
@b Imogen Strand | -
Theatre
The Salt Wives ★★★★
Tidemark Playhouse, Larnwick, until 14 June
Oluwaseun Bakare’s revival of “⟦s:-|The Salt Wives⟧”, the 1962 drama about three women waiting for a lost trawler, opens with ten minutes of near silence: the women mending nets, the sea loud through the speakers, nobody willing to say what everyone is thinking.
It is a bold choice, and it pays off. By the time the first line is spoken, the audience is holding its breath along with the cast.
“⟦d:a|People think of it as a play about grief, but it’s really about waiting, which is a different thing,⟧” Bakare told me before the opening. “⟦d:a|Grief at least has an ending. Waiting just goes on. I wanted the audience to feel that in their bodies before anyone said a word.⟧”
Imogen Strand, as the eldest wife, Nell, is extraordinary: brittle, funny and, in the final scene, devastating. Strand, 61, first played the youngest of the three women at drama school in 1984.
“⟦d:b|I was nineteen and I thought Nell was a monster. Now I think she’s the only one who’s honest,⟧” she said. “⟦d:b|That’s what forty years does to you.⟧”
Not everything works. The second act drags, and a dream sequence involving a choir of drowned fishermen, described in the programme as “⟦p:-|a chorus of the lost⟧”, tips over into melodrama.
But the closing image, Nell alone on the harbour wall with the lamp still lit, will stay with me for a long time.

### 039
@a Maren Solvik | -
@b Dev Okonjo | her longtime producer
The title of Maren Solvik's fourth album, "⟦s:-|Paper Boats,⟧" is a clue. These are eleven small, fragile songs, most of them recorded in a single take in a converted boathouse on the Skeld estuary, and they sound as if a strong wind might carry them off.
"⟦d:a|I wanted to stop hiding behind the production,⟧" Solvik, 36, said in an interview last week. "⟦d:a|The last record had ninety tracks on some songs. This one has three, sometimes two. If I sing a bad note, you hear the bad note.⟧"
She does not sing many. Opener "⟦s:-|Harbour Lights⟧" is a near-whisper over fingerpicked guitar; "⟦s:-|Your Mother's Coat,⟧" a song about clearing out a parent's wardrobe, is the saddest thing she has written.
"⟦d:a|I wrote that one in about ten minutes, and then I couldn't play it for a year,⟧" she said.
Dev Okonjo, her longtime producer, said the sessions had been "⟦p:b|the strangest and best three weeks of my working life.⟧" "⟦d:b|Some days she'd sing one song and go for a walk. Some days we did six before lunch,⟧" he said. "⟦d:b|My job was mostly to stay out of the way and make sure the tide wasn't too loud.⟧"
Not every song lands. "⟦s:-|Lighthouse Keeper⟧" strains for a grandeur the album otherwise avoids. But at its best, "⟦s:-|Paper Boats⟧" is Solvik's finest work.

### 040
@a Yusra Al-Mansouri | -
@b Helena Castellanos | the novelist who chaired the judging panel
@c Sandor Vég | -
Yusra Al-Mansouri has won the £50,000 Harcourt Prize for Fiction for her second novel, “⟦s:-|The Orchard at Night⟧”, the story of two sisters separated for thirty years by a closed border.
“⟦d:a|I wrote most of this book at my kitchen table between five and seven in the morning, before my children woke up,⟧” Al-Mansouri, 44, told the audience at the Guildhall in Ashbury on Tuesday night. “⟦d:a|So I want to thank my children, for sleeping, and my husband, for making the coffee.⟧”
She dedicated the prize to her own sister, who she said still lives “⟦p:a|on the other side of a line on a map⟧”.
Helena Castellanos, the novelist who chaired the judging panel, said the decision had been unanimous and had taken less than an hour. “⟦d:b|We read 163 novels this year. This was the one none of us could stop talking about,⟧” she said.
“⟦d:b|It’s a book about a political situation that never once reads like a political book. It reads like a family, which is harder to do and much rarer.⟧”
Castellanos added that the judges had been “⟦p:b|slightly ashamed⟧” to discover the novel had sold fewer than 3,000 copies before the shortlist was announced.
Sandor Vég, whose debut was also shortlisted, said he was “⟦p:c|thrilled for Yusra, and only very slightly devastated⟧”. “⟦d:c|She’s the real thing. I’ll be buying copies for everyone I know,⟧” he said.
Asked what she planned to do with the prize money, Al-Mansouri did not hesitate. “⟦d:a|Fix the roof. It has been leaking onto my desk for two years. That is not a metaphor.⟧”

### 041
@a Ines Valdivia | the exhibition's curator
@b Thabo Mkhize | the 74-year-old
@c Harcourt Gallery | the gallery
For fifty years, Thabo Mkhize has made sculpture out of what other people throw away: car doors, bedsprings, the corrugated roofs of demolished houses. Now the Harcourt Gallery has given the 74-year-old his first major retrospective, "⟦s:-|Salt and Iron,⟧" and it is long overdue.
"⟦d:b|When I started, nobody would call this art. They called it rubbish, which, to be fair, it was,⟧" Mkhize said at the preview on Thursday, standing beside a towering figure welded from the bonnets of taxis. "⟦d:b|I just thought rubbish had more stories in it than marble.⟧"
The show brings together 86 works from collections on four continents, some of which have not been seen in public since the 1980s.
Ines Valdivia, the exhibition's curator, spent three years tracking them down. "⟦d:a|One piece was in a hotel lobby, being used as a coat stand,⟧" she said. "⟦d:a|The manager had no idea what it was. When I told him, he went very pale.⟧"
Early reviews have been rapturous, with one calling the show "⟦p:-|the most moving exhibition of the year⟧" and another praising its "⟦p:-|ferocious tenderness⟧".
One work is missing. "⟦s:-|Eviction Notice,⟧" a 1979 piece assembled from the remains of Mkhize's childhood home, was withdrawn after its owner declined to lend it. The gallery said it had made "⟦p:c|repeated approaches⟧" and regretted the gap.
Mkhize shrugged when asked about it. "⟦d:b|It's fine. I remember what it looks like,⟧" he said. "⟦d:b|I remember what the house looked like, too.⟧"

### 042
@a Ilya Moravec | The director
@b Aurélie Dufresne | the film’s star
@c - | One journalist
@d Reel | The trade magazine
@e - | another critic
VALLIS, May 19 (Meridian) - The director Ilya Moravec defended the 40-minute single shot at the centre of his new film, “⟦s:-|Winter Crossing⟧”, after it prompted walkouts at its first press screening at the Vallis Film Festival on Sunday.
“⟦d:a|I know some people left. I understand. It is a difficult forty minutes,⟧” Moravec, speaking through an interpreter, told reporters. “⟦d:a|But the characters cannot leave that room, so I did not think the audience should be allowed to leave either. Of course, they can. They did.⟧”
One journalist asked whether the scene had been as gruelling for the actors as for the audience. “⟦d:c|Was it as hard to film as it is to watch?⟧”
Aurélie Dufresne, the film’s star, laughed before the interpreter had finished translating. «⟦d:b|Plus dur⟧», she said, and then in English: “⟦d:b|Harder. We did it eleven times. On the ninth take, I fainted.⟧”
“⟦d:a|She did. We used the tenth,⟧” Moravec added.
Reviews have been sharply divided. The trade magazine Reel called the film “⟦p:d|a masterpiece of controlled cruelty⟧”, while another critic described it as “⟦p:e|three hours of punishment with a good soundtrack⟧”.
Dufresne shrugged off the criticism. «⟦d:b|Un film qui ne divise pas, c’est un film qui ne dit rien⟧», she said. “⟦d:b|A film that doesn’t divide people says nothing.⟧”
“⟦s:-|Winter Crossing⟧” is one of 21 films competing for the festival’s top prize, the Golden Heron, which will be awarded on Saturday.

### 043
@a Viktor Halloran-Brandt | the 67-year-old
@b Ashcombe Philharmonic | the orchestra
@c - | One violinist
@d Nell Ravenscroft | the orchestra's principal cellist
Viktor Halloran-Brandt has resigned as chief conductor of the Ashcombe Philharmonic with immediate effect, ending a seven-year tenure that brought the orchestra international acclaim and, latterly, open conflict with its board.
In a letter to players seen by this newspaper, the 67-year-old said he could no longer work under what he called "⟦p:a|a management that regards music as a cost centre.⟧"
"⟦d:a|I have given this orchestra the best years of my working life, and I have no regrets about a single note. But I will not preside over its slow dismantling. Someone else will have to do that, and I hope they have a stronger stomach than I do,⟧" he wrote.
The orchestra said in a statement that it was "⟦p:b|saddened⟧" by the decision and thanked him for "⟦p:b|an extraordinary chapter⟧" in its history. "⟦d:b|The financial challenges facing the orchestra are real, and they are shared by every arts organisation in the country,⟧" the statement said. "⟦d:b|We remain committed to artistic excellence.⟧"
Players were divided. One violinist, speaking on condition of anonymity, said the resignation was "⟦p:c|a disaster, but not a surprise⟧". "⟦d:c|He's a genius and he's impossible. Both things are true,⟧" she said.
Nell Ravenscroft, the orchestra's principal cellist, was more direct. "⟦d:d|Viktor fought for us. The board has been trying to cut the string section for two years and he was the only thing in the way,⟧" she said. "⟦d:d|Now there's nothing in the way.⟧"

### 044
@a Tomasz Kaczmarek | the 45-year-old
@b Hugh Delacroix | the show’s creator
@c - | one viewer at a preview in Carrick Bay
Tomasz Kaczmarek has played a lot of policemen. “⟦d:a|Eleven, I think. Maybe twelve. I lose count,⟧” says the 45-year-old, stirring a coffee he will not drink. “⟦d:a|But I’ve never played one who was this frightened.⟧”
In “⟦s:-|The Long Quiet⟧”, the six-part thriller that begins on Sunday night, Kaczmarek is Detective Inspector Leo Marsh, a man who returns to the seaside town where his sister vanished twenty years earlier and finds that nobody wants to talk about it, least of all him.
Hugh Delacroix, the show’s creator, wrote the part with Kaczmarek in mind. “⟦d:b|Tomasz has this stillness. You can put the camera on his face for thirty seconds and nothing happens and everything happens,⟧” he says. “⟦d:b|I didn’t want a shouty detective. I wanted one who looked like he might break if you touched him.⟧”
Kaczmarek, told this, pulls a face. “⟦d:a|That’s very generous of Hugh. What he means is that I’m cheap and I don’t argue.⟧”
The series was filmed over a wet autumn in Carrick Bay, and the weather is practically a character. Delacroix says they lost nine days to storms. “⟦d:b|The insurers were not thrilled. But you can’t fake that sky.⟧”
Early screenings have already generated the kind of word of mouth that broadcasters dream of. “⟦d:c|I watched all six in one night and then I couldn’t sleep,⟧” one viewer at a preview in Carrick Bay said.
Does Kaczmarek worry about being typecast? “⟦d:a|If they keep offering me policemen, I’ll keep saying yes. My mortgage does not care about artistic range,⟧” he says.

### 045
@a Frances Whitlow | director of the Pelham Museum
@b Maraea Tūhoro | an elder of the Wairangi people
@c - | A spokesman for the Department of Culture
A carved canoe prow taken from a coastal village in 1873 and displayed in a museum thousands of miles away for more than a century will be returned to the community it was taken from, the museum announced on Wednesday.
Dr Frances Whitlow, director of the Pelham Museum, said the decision had been made unanimously by its trustees after a two-year review of how the object was acquired. “⟦d:a|The evidence is clear that it was taken without consent, by a ship’s officer, during a punitive expedition,⟧” she said. “⟦d:a|There is no honest way to describe that other than as looting. It should go home.⟧”
Maraea Tūhoro, an elder of the Wairangi people, travelled to Pelham for the announcement. Speaking in her own language, through a translator, she said the prow had been carved by her great-great-grandfather.
“⟦d:b|We have told our children about it for five generations. Now they will be able to touch it,⟧” she said. “⟦d:b|I did not think I would live to see this day. I am very old, and the museum was very slow.⟧”
Whitlow, standing beside her, laughed. “⟦d:a|That’s fair,⟧” she said.
A spokesman for the Department of Culture said the government “⟦p:c|respects the independence⟧” of national museums in such decisions. Under current law, the Pelham Museum, as a private trust, does not need ministerial approval to return items from its collection.
The prow is expected to be shipped in the spring, accompanied by two of the museum’s conservators.

### 046
@a Anjali Mehta | Reader
@b Rosalind Achebe | director of the consumer group Fair Deal
@c Parkwise | the company
Drivers are being charged "⟦s:-|convenience fees⟧" of up to 1.50 pounds every time they pay for parking through a phone app, on top of the cost of the parking itself, an investigation by Fair Deal has found.
The consumer group looked at 40 council car parks and found that in 31 of them the only way to pay was through an app, after coin machines were removed.
Reader Anjali Mehta contacted us after she was charged a 99p fee on a 1.20-pound stay in Ashcombe. "⟦d:a|The fee was almost as much as the parking,⟧" she said. "⟦d:a|There was no machine, no sign explaining it, nothing. You just find out when the money's gone.⟧"
Rosalind Achebe, director of the consumer group Fair Deal, said the charges were "⟦p:b|a tax on people who have no choice⟧". "⟦d:b|Councils took the machines out to save money, and now the public is paying twice. If you don't have a smartphone, or your battery's dead, you simply can't park legally. That can't be right,⟧" she said.
Parkwise, which runs apps for 22 of the car parks, said its fees were "⟦p:c|clearly displayed in the app before payment is confirmed⟧". "⟦d:c|The fee covers the cost of processing the transaction and running the service, and motorists can avoid it by choosing a monthly subscription,⟧" the company said.
Mehta was unimpressed. "⟦d:a|So to avoid the fee I pay a different fee. Brilliant.⟧"

### 047
@a Brightmoor Appliances | the company
@b Kamal Siddiqui | a trading standards officer at Wexley Council
@c Fiona Lachlan | -
More than 80,000 electric kettles sold under the Brightmoor brand are being recalled after reports that the base can overheat and melt, posing a risk of fire.
The affected model, the KT-300 in white and graphite, was sold in supermarkets and online between March 2022 and last month for about 25 pounds.
Brightmoor Appliances said it had received 14 reports of overheating, including two that caused minor damage to kitchen worktops. No injuries have been reported. “⟦d:a|Customer safety is our absolute priority,⟧” the company said. “⟦d:a|We are asking anyone who owns one of these kettles to stop using it immediately and contact us for a full refund.⟧”
Kamal Siddiqui, a trading standards officer at Wexley Council, said the fault was “⟦p:b|not one to take lightly⟧”. “⟦d:b|Kettles are often left on worktops next to the bread bin or a roll of kitchen paper. A base that overheats in that position is a fire waiting to happen,⟧” he said.
Fiona Lachlan, from Rosebridge, said her kettle had started to smell of burning plastic last week. “⟦d:c|I unplugged it and the bottom had gone soft, like toffee. I thought I’d done something wrong,⟧” she said. “⟦d:c|Then my daughter sent me the recall notice.⟧”
Customers can check their model number on the base of the kettle and register for a refund on the Brightmoor website.

### 048
@a Sandeep Rao | -
@b - | a spokeswoman
YOUR MONEY: THE FIXER
Sandeep Rao moved out of his flat in Coldharbour last June and gave his energy supplier, Brightwater Energy, a final meter reading. Seven months later he received a bill for 1,146 pounds.
"⟦d:a|I rang them eleven times. Every time I was told it would be cancelled, and every time another letter came, each one angrier than the last,⟧" he wrote to us. "⟦d:a|The latest one says they are passing the debt to a collection agency. I don't even live there any more. Please help.⟧"
It turned out that Brightwater had never processed the final reading and had kept billing the flat in Mr Rao's name, using estimated readings, even after the new tenant set up her own account.
We contacted Brightwater. Within a day, it cancelled the bill, removed the debt from the collection agency's list and offered Mr Rao 150 pounds in compensation.
"⟦d:b|We're sorry Mr Rao was let down in this way. A system error meant his closing reading was not applied. We have corrected this and apologised to him directly,⟧" a spokeswoman said.
Mr Rao told us he was delighted. "⟦d:a|Eleven calls got me nowhere. One email from you and it's gone in a day. I don't know whether to laugh or cry.⟧"
Readers in similar situations should always take a dated photo of the meter on the day they move out. If your supplier says "⟦s:-|it's being dealt with⟧", ask for that in writing.

### 049
@a Office of Energy Regulation | the regulator
@b Jonathan Mbeki-Carr | Its chief executive
@c Doreen Pickles | -
@d Debt Help Network | -
Household energy bills will rise by an average of 6% from April, the Office of Energy Regulation announced on Friday, ending a year of modest falls and adding about 110 pounds to a typical annual bill.
The regulator blamed higher wholesale gas prices over the winter and the cost of upgrading the electricity grid. "⟦d:a|We know any increase is unwelcome, particularly for households who are already struggling,⟧" it said.
Its chief executive, Jonathan Mbeki-Carr, said suppliers would be expected to do more to help customers in debt. "⟦d:b|I have been very clear with the industry. Nobody who is struggling should be pushed on to a prepayment meter without every other option being tried first,⟧" he said.
Doreen Pickles, 81, from Hetherington, said she already kept her heating off until the evening. "⟦d:c|I wear two cardigans and sit with a blanket over my knees. My grandson says I look like a tea cosy,⟧" she said. "⟦d:c|Another hundred pounds, I don't know where that comes from. I've nothing left to cut.⟧"
The Debt Help Network said calls from people unable to pay energy bills had risen by a quarter since the autumn. It described the increase as "⟦p:d|another blow for people already on the edge⟧".

### 050
@a Gwen Pritchard | Detective Sergeant
@b - | an 84-year-old widow who asked not to be named
@c Margaret Oyelaran | -
@d Bisi | her daughter
Police in Millbrook are warning older residents about a phone scam in which fraudsters pose as officers and persuade victims to hand over cash and bank cards to a “⟦s:-|courier⟧”, after two women in the town lost a combined £23,000 in a week.
Detective Sergeant Gwen Pritchard said the callers were “⟦p:a|extremely convincing⟧” and often knew their victims’ names and addresses. “⟦d:a|They tell you there’s a corrupt member of staff at your bank and they need your help to catch them. Then they send someone round to collect your card as evidence,⟧” she said.
“⟦d:a|The police will never, ever ask you to hand over your card, your PIN or cash. If anyone does, put the phone down.⟧”
One of the victims, an 84-year-old widow who asked not to be named, said she had handed £14,000 in cash to a young man on her doorstep. “⟦d:b|He was polite. He had a lanyard. He called me madam. I feel such a fool,⟧” she said.
Margaret Oyelaran, 79, lost £9,000 before her daughter, Bisi, realised what was happening during a visit. “⟦d:d|Mum was on the phone in the hall whispering, which she never does. I picked up the other line and heard this man telling her not to tell anyone, not even family,⟧” her daughter said.
Mrs Oyelaran said she had been told the call was part of a secret investigation. “⟦d:c|He said my daughter might be involved. That’s how they get you. They make you not trust your own,⟧” she said.
Her daughter hugged her. “⟦d:d|You are not a fool, Mum. They are criminals. That’s the difference.⟧”

### 051
@a Gordon McAllister | chair of the planning committee
@b Sanjay Patel | Councillor
@c Rachel Boyd | -
Plans to build 64 homes on the Station Road car park in Kilbride Green were approved by a single vote on Wednesday night, after a three-hour meeting in which councillors traded accusations and the chair twice threatened to clear the public gallery.
Councillor Sanjay Patel, who represents Station ward, told the committee the scheme would "⟦p:b|kill the high street stone dead⟧" by removing 180 parking spaces used by shoppers. "⟦d:b|This has been a stitch-up from day one. The decision was made in a back room two years ago and tonight is theatre,⟧" he said.
Gordon McAllister, chair of the planning committee, rejected the claim. "⟦d:a|Councillor Patel has had three years to propose an alternative site. He hasn't. We have 900 families on the housing list in this borough. I'm not going to apologise for building homes,⟧" he said.
"⟦d:-|Shame!⟧" someone shouted from the gallery, prompting a round of applause.
"⟦d:a|Order! If that happens again, I will have the room cleared,⟧" McAllister said.
Rachel Boyd, who runs the Platform Café opposite the car park, said after the vote that she feared for her business. "⟦d:c|Half my trade is people who park there, pop in for a coffee and then go to the shops. Where are they going to park now? In the sea?⟧"
The developer has said that 40 spaces will be retained for public use. Patel said he would ask the regional planning inspector to review the decision. "⟦d:b|This isn't over,⟧" he said.

### 052
@a - | A spokesperson for Dunmarsh and Vale Fire and Rescue Service
@b Olga Petrenko | -
@c Luke Hanratty | the landlord of the Three Horseshoes
@d Rivers Authority | the authority
Around forty homes in Hollowmere were evacuated in the early hours of Sunday after the River Ashby burst its banks following two days of torrential rain.
Firefighters used boats to reach residents trapped on the upper floors of houses on Mill Lane and Water Street, where the water was more than a metre deep by 3am.
“⟦d:a|Crews rescued 23 people, including four children and a man in his nineties, and nobody has been seriously hurt,⟧” a spokesperson for Dunmarsh and Vale Fire and Rescue Service said. “⟦d:a|We would urge people not to walk or drive through flood water. It is deeper and faster than it looks.⟧”
Olga Petrenko, who lives on Mill Lane with her husband and two young sons, said she woke to the sound of water coming under the front door. “⟦d:b|I went downstairs and it was already over my ankles. By the time we got the boys dressed it was at my knees,⟧” she said.
“⟦d:b|The firemen were wonderful. My youngest thought the boat was the best thing that had ever happened to him.⟧”
Luke Hanratty, the landlord of the Three Horseshoes, opened the pub at 4am to give evacuated families somewhere warm to wait. “⟦d:c|What else are you going to do? You don’t leave people standing in the street,⟧” he said. “⟦d:c|The tea’s free. The bacon sandwiches are free. I’ll worry about it next week.⟧”
The Rivers Authority said a flood warning remained in place and that river levels were expected to stay high until Tuesday. Residents have long campaigned for a flood wall on Water Street, which the authority has described as “⟦p:d|under review⟧” since 2019.

### 053
@a Abimbola Carter | Headteacher
@b Freya | -
@c Oskar | -
@d Joan Tremlett | chair of the judges
Pupils at Eastwick Primary School have been named the national Eco School of the Year for a project that turned a vandalised bus shelter on Mill Road into a wildflower garden and a five-storey "⟦s:-|bug hotel.⟧"
The school beat 340 entries to the award, which was presented at a ceremony in Corwen City on Thursday.
"⟦d:a|I'm so proud I could burst,⟧" said Headteacher Abimbola Carter. "⟦d:a|This was entirely the children's idea. They wrote to the council, they wrote to the bus company, they raised the money. The adults mostly carried things.⟧"
Freya, 10, designed the roof of the bug hotel, which is made from old roof tiles donated by a builder. "⟦d:b|The woodlice live at the bottom because they like it damp, and the bees live at the top. It's like a block of flats, but for insects,⟧" she explained.
Oskar, 9, said his favourite part had been counting the visitors. "⟦d:c|We saw 17 different kinds of bee. Seventeen! Most people think there's only one,⟧" he said.
Joan Tremlett, chair of the judges, said the project stood out because it had changed how people used the street. "⟦d:d|Residents told us they now get off the bus a stop early just to walk past it,⟧" she said. "⟦d:d|That is what we mean by an eco school: one that changes the place around it.⟧"
The school will receive 5,000 pounds, which pupils have voted to spend on a pond.

### 054
@a Philippa Ansah | Judge
@b Martin Kerridge | prosecuting
@c Harriet Cole | defending
@d Darren Ellis | -
A man who crashed a stolen van into a shopfront in Castlegate while almost three times over the drink-drive limit has been jailed for two years and eight months.
Darren Ellis, 29, of Weavers Row, Castlegate, admitted aggravated vehicle taking, drink-driving and driving while disqualified when he appeared at Rothbury Crown Court on Friday.
Martin Kerridge, prosecuting, told the court that Ellis had taken the van from outside a builders' merchant at about 11.30pm on March 3 and driven it through a red light before losing control. "⟦d:b|The vehicle mounted the pavement and travelled through the front window of a charity shop. It was only by good fortune that nobody was walking past,⟧" he said.
Ellis ran from the scene but was found by police hiding in a garden nearby. When arrested, he told officers: "⟦d:d|I only borrowed it.⟧"
Harriet Cole, defending, said her client had been drinking heavily since the death of his father last year and was "⟦p:c|genuinely ashamed⟧" of what he had done. "⟦d:c|He has written a letter to the charity shop and wants to pay for the damage from his prison wages, however long that takes,⟧" she said.
Sentencing him, Judge Philippa Ansah said Ellis's driving had been "⟦p:a|appalling⟧". "⟦d:a|You were drunk, you were banned and you were in a vehicle that was not yours. Someone could very easily have died that night,⟧" she told him.
"⟦d:a|I accept that you are remorseful. But the public must be protected from you, and that means a custodial sentence.⟧"
Ellis was also banned from driving for five years.

### 055
@a Kerry-Ann Walsh | Her owner
@b - | the vet
@c Dylan | Walsh’s son
A border collie that vanished from a campsite in the Harrow Hills in January has been reunited with her family after being found 140 miles away, thin but healthy, on a farm near Ashbourne Fold.
Meg, who is eight, went missing when fireworks set off at a nearby wedding spooked her during a family camping trip. Her owner, Kerry-Ann Walsh, said the family had put up hundreds of posters and driven back to the area every weekend for a month.
“⟦d:a|Everyone told us to give up. I couldn’t. She’s slept on the end of my son’s bed since he was a baby,⟧” she said.
Last week a farmer found Meg sheltering in a lambing shed and took her to a vet, who scanned her microchip.
“⟦d:b|She was very hungry but otherwise in remarkable condition. She’s clearly a survivor,⟧” the vet said.
Walsh’s son Dylan, 12, was at school when the phone call came. “⟦d:c|My mum came into my class and she was crying and I thought something bad had happened,⟧” he said. “⟦d:c|Then she said, ‘They’ve found Meg,’ and everyone in my class cheered.⟧”
Nobody knows how Meg travelled so far. “⟦d:a|I wish she could talk,⟧” Walsh said. “⟦d:a|I think she’s had the adventure of her life and she’s just glad to be home.⟧”

### 056
@a Lionel Baptiste | the pianist whose spare, bluesy playing made the Corner House in Port Halloran the most famous jazz room in the country
@b Ruth Okonkwo | his bassist for more than two decades
@c Simone | His daughter
Lionel Baptiste, the pianist whose spare, bluesy playing made the Corner House in Port Halloran the most famous jazz room in the country, has died aged 91.
Known to generations of musicians as “⟦s:-|Sticks⟧”, a nickname he acquired as a boy for drumming on every surface in his mother’s kitchen, Baptiste was largely self-taught and never learned to read music fluently.
“⟦d:a|I could read it the way you read a menu in a foreign language. Slowly, and mostly to find out the price,⟧” he told this newspaper in 1998.
He played the Corner House every Thursday night for 43 years, missing only a handful of dates, among them the night his daughter was born and the week of his wife Estelle’s funeral. In that same 1998 interview he explained why he had never wanted to tour.
“⟦d:a:m|People said I was wasting myself, playing the same room to the same faces. But the faces weren’t the same. Somebody had got married, somebody had lost a job, somebody was drunk for the first time. You play differently for them.⟧
“⟦d:a|A tour is a different room every night and nobody in it knows you. What’s the point of that?⟧”
Ruth Okonkwo, his bassist for more than two decades, said he had been “⟦p:b|the most generous musician I ever stood next to⟧”. “⟦d:b|He’d give you the solo when he could see you had something to say, and take it back when he could see you didn’t, and never once made you feel bad about it,⟧” she said.
His daughter, Simone, said he had played the piano in his living room until the week before he died. “⟦d:c|His hands had mostly gone. He played anyway. He said the piano didn’t mind,⟧” she said.
He is survived by Simone, two grandchildren and a great-grandson.

### 057
@a Ingeborg Falk | a glaciologist who spent more than 30 field seasons on the ice sheets of the far north and whose measurements helped show how quickly they were thinning
@b Amit Bhattacharya | a former doctoral student who now leads the polar group at the Norrland Institute
@c Tilde Falk-Ross | Her niece
Ingeborg Falk, a glaciologist who spent more than 30 field seasons on the ice sheets of the far north and whose measurements helped show how quickly they were thinning, died on Monday at her home in Skelby. She was 88.
Falk was one of the first women to lead a winter expedition on the Hvitfjell ice cap, in 1967, at a time when several institutions still refused to send women into the field.
"⟦d:a|I was told it would be bad for morale. I asked whose morale, and nobody could answer me,⟧" she wrote in her memoir, "⟦s:-|Blue Ice,⟧" published in 2009. "⟦d:a|We went. Morale was fine. The food was terrible.⟧"
Her data on the retreat of outlet glaciers, collected by hand with stakes and theodolites over four decades, became one of the longest continuous records of its kind in the world.
"⟦d:b|Satellites are wonderful, but they only go back so far. Before them, there was Ingeborg,⟧" said Amit Bhattacharya, a former doctoral student who now leads the polar group at the Norrland Institute. "⟦d:b|She used to say the ice keeps better records than we do. She made sure we kept up.⟧"
Bhattacharya recalled that she had continued to visit the institute until she was well into her eighties, arriving unannounced to ask students awkward questions. "⟦d:b|She terrified people. Then she'd take them out for lunch,⟧" he said.
She never married. Her niece, Tilde Falk-Ross, said her aunt had described her work as "⟦p:c|the love of my life, and a very cold one⟧".

### 058
@a Dennis Roache | -
@b Maureen | His widow
@c Kilmurry Town | the club
@d Pat Geraghty | a former teammate
Dennis Roache, who captained Kilmurry Town to their only league title in 1971 and later served two terms as the town’s mayor, has died at the age of 82.
Known to everyone in Kilmurry as ``⟦s:-|Dinny⟧'', Roache was a tough-tackling centre-half who played 412 games for the club and never once, by his own proud account, scored a goal.
``⟦d:a|I had one chance, against Ballinmore in 1969. I hit the corner flag. After that I left it to the forwards,⟧'' he told the Kilmurry Herald in 2011, on the 40th anniversary of the title win.
After retiring he ran a hardware shop on Main Street for thirty years and was elected to the town council in 1988. As mayor he campaigned successfully to save the town’s swimming pool from closure.
His widow, Maureen, said he had been ``⟦p:b|the same man on the pitch, in the shop and in the council chamber⟧''. ``⟦d:b|He never raised his voice and he never gave an inch,⟧'' she said.
Kilmurry Town said in a statement that the club was ``⟦p:c|heartbroken⟧''. ``⟦d:c|Dinny was Kilmurry Town. His name will be on the new stand,⟧'' the club said. Players will wear black armbands at Saturday’s home game.
Pat Geraghty, a former teammate, remembered him as ``⟦p:d|the hardest man I ever played with and the softest man I ever knew⟧''. ``⟦d:d|He’d kick lumps out of a centre-forward for ninety minutes and then drive him to the hospital himself,⟧'' he said.
Roache is survived by Maureen, four children and eleven grandchildren.

### 059
@a Rodrigo Salcedo | a former teachers' union leader who has never held elected office
@b Ana Beatriz Montenegro | the candidate of the centre-right Unidad coalition
@c Continental Observer Mission | -
@d - | A Western diplomat in San Isidro
SAN ISIDRO, Alcázar, Nov 12 (Meridian) - Rodrigo Salcedo, a former teachers' union leader who has never held elected office, won Alcázar's presidential runoff on Sunday with 53.4% of the vote, according to official results.
«⟦d:a|Hoy no ganó un partido, ganó la gente⟧», Salcedo told tens of thousands of cheering supporters in the capital's Plaza Mayor shortly before midnight. "⟦d:a|Today a party did not win. The people won.⟧"
The 58-year-old, who campaigned on raising the minimum wage and renegotiating mining contracts with foreign companies, promised to "⟦p:a|govern for those who did not vote for me as much as for those who did.⟧"
Ana Beatriz Montenegro, the candidate of the centre-right Unidad coalition, conceded in a televised address an hour later. "⟦d:b|I have called Mr. Salcedo to congratulate him and to wish him luck. The country will need it,⟧" she said. She said Unidad would be "⟦p:b|a firm but loyal opposition.⟧"
The Continental Observer Mission said in a preliminary statement that the vote had been "⟦p:c|broadly free and fair,⟧" despite "⟦p:c|isolated irregularities⟧" in two northern provinces.
The peso fell 2.1% against the dollar in early trading on Monday.
"⟦d:d|Everyone will be looking at who he picks for finance minister. That will tell you more than anything he said tonight,⟧" said a Western diplomat in San Isidro, who spoke on condition of anonymity.
Salcedo takes office on Jan. 1.

### 060
@a Leyla Aziz | Tervania's foreign minister
@b Kasimir Volek | Drovnia's deputy prime minister
@c Halvor Brekke | the Norlandic envoy who has mediated the talks since March
@d - | a reporter
@e - | One diplomat close to the talks
LAKEHAVEN, Norland, April 4 (Meridian) - Talks aimed at extending a fragile ceasefire between Tervania and Drovnia ended without agreement on Thursday, with each side accusing the other of refusing to compromise over the future of the disputed Orlek valley.
Tervania's foreign minister, Leyla Aziz, said her delegation had come to Lakehaven "⟦p:a|ready to sign⟧" a six-month extension. "⟦d:a|We offered to pull our artillery back 20 kilometres from the line of contact. We offered prisoner exchanges. We were told none of it was enough,⟧" she told reporters, speaking through an interpreter.
Kasimir Volek, Drovnia's deputy prime minister, who led his country's delegation, dismissed the offer as "⟦p:b|theatre for the cameras.⟧" "⟦d:b|They want us to sign away the valley and call it peace. We will not do that. Not this week, not next year,⟧" he said.
Both sides restated what diplomats described as their "⟦s:-|red lines,⟧" which appear as far apart as when the talks began.
"⟦d:d|Is the ceasefire dead?⟧" a reporter called out as Volek left the podium.
"⟦d:b|No. It is sick. It is not dead,⟧" he replied.
Halvor Brekke, the Norlandic envoy who has mediated the talks since March, said both parties had agreed to "⟦p:c|remain in contact⟧" and that the current ceasefire would hold until it expires on April 30. "⟦d:c|Nobody walked out, and nobody closed the door. In this process, that counts as progress,⟧" Brekke said.
One diplomat close to the talks, who was not authorised to speak publicly, was gloomier. "⟦d:e|Both of them are talking to audiences at home, not to each other,⟧" he said.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh98.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh98",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
