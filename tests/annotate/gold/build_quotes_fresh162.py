# ruff: noqa: E501
"""Build ``quotes_fresh162.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
styles of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh162-NNN``.

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
  it (``Her husband, Owain Hale, a retired maths teacher``): the appositive is the
  description. A title before the name alone (``Head ranger …``, ``Transport
  Secretary …``) is the description.
* An age or a tabloid descriptor standing before the name (``Ten-year-old Oisín
  Brady``, ``mother-of-three Kerry-Ann Blackwood``, ``Grandmother …``) counts like a
  role title; an age given after the name (``Ledesma, 29,``) is not a description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 24-year-old said``, ``the Kenyan said``,
  ``the orchestra's music director said``), that description is taken.
* A non-restrictive relative clause (set off by a comma) after an appositive or after a
  descriptive cue is not part of the description; a restrictive one is.
* Quotes given only in English translation (wire copy from abroad, speech through an
  interpreter, a recorded message translated at a ceremony) are ``direct`` or
  ``partial`` by the original speaker.
* In an obituary, the dead person's words quoted from earlier interviews are theirs.
* A line of a play quoted as spoken by a named character belongs to that character
  (the description as the passage gives it); a lyric or a sentence of a book quoted as
  written belongs to its author, like other written words. A voice memo heard on a
  record belongs to whoever speaks on it.
* A word or phrase quoted from a speaker's own words elsewhere in the passage (a
  tabloid's ``“greedy” landlords`` echoing the chef's quote) is ``partial`` by that
  speaker; a term or label with no identifiable speaker (``“shrinkflation”``,
  ``“soft landing”``, a product feature's name) is ``scare``.
* Fragments from unidentified people (``one critic``, ``Doctors``) are ``partial``
  with a null speaker and that description.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; an unnamed reporter's question is ``direct`` with a null speaker
  and, where the passage says ``a reporter``, that description.
* A reader's letter printed in a money column, and posts on social media, are written
  statements of their authors.
* In the transcript passage the interviewee is not a speaker (her answers carry no
  quotation marks); a quote inside an answer belongs to the person the answer says
  spoke it.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh162.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh162.jsonl")

PASSAGES = """
### 001
@a Henrike Vassbotn | chief executive
@b Olu Adeyemi-Strand | Finance director
@c Rachel Imbert | retail analyst at Corvane Securities
OSLO/LONDON, March 14 (Meridian Wire) - Nordhavn Living, the Scandinavian furniture retailer, posted a 23% fall in annual operating profit on Friday and said it would close 14 of its 61 British stores, blaming weak housing markets and higher freight costs.
"⟦d:a|We have too many shops in places where people no longer go to shop,⟧" chief executive Henrike Vassbotn told reporters on a conference call. "⟦d:a|That is a hard thing to say, and a harder thing to do, but it is the right thing for the business.⟧"
Shares in the company fell as much as 9% in early trading before recovering some ground to close 4.2% lower.
Vassbotn said about 380 jobs were at risk but that the group hoped to move "⟦p:a|as many people as possible⟧" into its remaining stores and its distribution centre in Daventry.
Finance director Olu Adeyemi-Strand said the closures would cost around 45 million pounds in the current year but save roughly 30 million pounds a year from 2026. "⟦d:b|The payback is well under two years,⟧" he said. "⟦d:b|We have been conservative in every assumption.⟧"
Analysts were less sure. "⟦d:c|The numbers look tidy on a slide, but the question is whether customers follow them online or simply go to a competitor,⟧" said Rachel Imbert, retail analyst at Corvane Securities. She described the results as "⟦p:c|a kitchen-sink year⟧".
The company kept its dividend unchanged at 1.80 crowns a share.

### 002
@a Tamsin Okonkwo-Reyes | head of multi-asset strategy at Larchfield Partners
@b Kwame Ashdown | its chief executive
@c Elif Saraçoğlu | Brambledown's finance chief
It was the week the “⟦s:-|soft landing⟧” crowd got its way, at least for now. Stock markets on both sides of the Atlantic closed on Friday near record highs after inflation figures came in cooler than expected and bond yields fell for a fourth straight session.
“⟦d:a|The market has decided that the worst is behind us,⟧” said Tamsin Okonkwo-Reyes, head of multi-asset strategy at Larchfield Partners. “⟦d:a|I'd be a bit more careful. One good print does not make a trend.⟧”
Chipmakers led the gains. Verdane Semiconductor jumped 11% after raising its full-year forecast, with its chief executive, Kwame Ashdown, telling analysts that demand from data-centre customers was “⟦p:b|frankly, ahead of our ability to ship⟧”.
Not everyone was celebrating. Housebuilders slipped after a trade body warned of a slowdown in new mortgage approvals, and shares in Brambledown Homes fell 6% on the week.
“⟦d:c|People are still buying houses, but they're taking longer to decide, and that shows up in our numbers three months later,⟧” said Brambledown's finance chief, Elif Saraçoğlu.
Oil was flat. Gold, that old “⟦s:-|fear gauge⟧”, drifted lower.
Looking ahead, investors will watch Thursday's central bank meeting. “⟦d:a|If they cut, fine. If they don't, I think you see a quick reversal of this week's move,⟧” Okonkwo-Reyes said.

### 003
@a Ngozi Adebanjo-Lind | a sleep researcher at the University of Carrowmore who led the study
@b Declan Farrelly | a professor of adolescent psychiatry at Wexcombe University who was not involved in the research
@c Ruby Tanaka-Hughes | a 15-year-old from Dunmore who took part
Teenagers who left their phones outside the bedroom slept on average 41 minutes longer a night and reported feeling less anxious within a month, according to a study published on Thursday in the Journal of Adolescent Health Research.
The trial followed 612 pupils aged 13 to 17 at eight schools. Half were asked to charge their phones in the kitchen overnight; the other half carried on as normal.
“⟦d:a|We expected an effect, but not one this big, and not this fast,⟧” said Dr Ngozi Adebanjo-Lind, a sleep researcher at the University of Carrowmore who led the study. “⟦d:a|Forty minutes is the difference between a tired child and a functioning one.⟧”
She cautioned that the participants knew which group they were in, which could have coloured their answers to the anxiety questionnaire. The sleep data, however, came from wrist-worn trackers, which she called “⟦p:a|much harder to fool⟧”.
Declan Farrelly, a professor of adolescent psychiatry at Wexcombe University who was not involved in the research, said the study was “⟦p:b|well designed and refreshingly practical⟧”.
“⟦d:b|Parents are told a hundred things about screens and most of it is noise. This is one simple change with a measurable benefit,⟧” he said. “⟦d:b|Whether families can keep it up for a year is another matter.⟧”
Ruby Tanaka-Hughes, a 15-year-old from Dunmore who took part, said the first week was “⟦p:c|horrible⟧”. “⟦d:c|I kept reaching for it at midnight. By the third week I just forgot about it,⟧” she said. “⟦d:c|My mum still hasn't given hers up, though.⟧”

### 004
@o Western Health Board | -
@n - | A nurse who has worked in the department for 12 years and asked not to be named
@a Mairéad Cullinane | Health Minister
@b Pádraig Ó Donnabháin | Local councillor
Patients at Kilbrannan General Hospital are waiting an average of 19 hours in the emergency department before being found a bed, figures released this week show - the worst in the region for a third consecutive month.
The Western Health Board said the hospital had seen "⟦p:o|unprecedented demand⟧" over the winter and that additional staff had been redeployed from other sites.
A nurse who has worked in the department for 12 years and asked not to be named described conditions as "⟦p:n|the worst I've seen, and I've seen a few bad winters⟧".
"⟦d:n|We have people on trolleys in the corridor for two days. We are washing elderly patients behind a curtain we hold up ourselves,⟧" she said. "⟦d:n|Nobody goes into nursing to do that.⟧"
Health Minister Mairéad Cullinane said she was "⟦p:a|deeply concerned⟧" and would visit the hospital next week.
"⟦d:a|I am not going to pretend there is a quick fix,⟧" the minister said in a statement. "⟦d:a|But there is money coming for 40 extra beds, and I want to see them open by the summer, not promised for the autumn.⟧"
Local councillor Pádraig Ó Donnabháin, who has campaigned for a second emergency unit in the county, called the statement "⟦p:b|too little, and very late⟧".
"⟦d:b|She should come on a Friday night, not a Tuesday morning,⟧" he said.

### 005
@a Laleh Moradi-Quist | co-founder and chief executive of Tallyhome
@b Benedikt Rauschenbach | Her co-founder
@c Femi Oduya | director of the campaign group Open Ledger
@d Tallyhome | -
A Glasmore start-up that lets flatmates split bills and chores through a single app has raised £14m from investors, less than two years after its founders built the first version at a shared kitchen table.
Tallyhome, which says it has 800,000 users, will use the money to expand into Germany and the Netherlands.
“⟦d:a|Every shared house has the same argument about the same bin,⟧” said Laleh Moradi-Quist, co-founder and chief executive of Tallyhome. “⟦d:a|We didn't invent the argument. We just wanted to end it.⟧”
Her co-founder, Benedikt Rauschenbach, who wrote the app's original code, said the company had turned away investors who wanted it to add advertising. “⟦d:b|The minute you sell your users' rent data, you're not a utility any more, you're a data broker with a cute logo,⟧” he said.
Not everyone is convinced. Femi Oduya, director of the campaign group Open Ledger, said apps that link to people's bank accounts deserve “⟦p:c|far more scrutiny than they get⟧”.
“⟦d:c|The promise today is no ads. Investors want a return. In five years, who owns this company, and what do they want from the data?⟧” Oduya asked.
In a statement, Tallyhome said it “⟦p:d|does not and will not sell personal data⟧” and that users could delete their accounts “⟦p:d|at any time, with one tap⟧”.

### 006
@a Kofi Asante-Marsh | a 19-year-old academy graduate
@b Ruairí Devlin | City manager
@c Wim de Heus | Northgate boss
Halbury City moved back into the top four with a comfortable 3-1 win over ten-man Northgate at the Riverside Ground on Saturday, with Kofi Asante-Marsh, a 19-year-old academy graduate, scoring his first senior goal.
Asante-Marsh, who was only included in the squad on Friday after an injury to Danny Pereira, swept home Luca Ferrante's cut-back on 27 minutes, and the home fans serenaded him with "⟦s:-|There's only one Kofi⟧" for the rest of the half.
"⟦d:a|I didn't sleep last night, I was that nervous,⟧" the teenager said afterwards. "⟦d:a|When it went in, I didn't know where to run. So I just ran.⟧"
Northgate's afternoon unravelled when captain Stellan Berglund was sent off for a second yellow card early in the second half. Ferrante added a second from the penalty spot and Rhys Okafor headed a third before substitute Ishaan Chaudhry pulled one back.
City manager Ruairí Devlin praised his young forward but refused to get carried away. "⟦d:b|He's a good kid, he works hard, and today he got his reward,⟧" Devlin said. "⟦d:b|Next week he'll be back on the bench, probably. That's football.⟧"
Northgate boss Wim de Heus was furious about the second booking. "⟦d:c|It was never a foul. Never,⟧" the Dutchman said. "⟦d:c|He touches the ball first. I have watched it five times. Five times!⟧"
Asked whether he would speak to the referee, De Heus shrugged. "⟦d:c|What for? He will not change his mind.⟧"

### 007
@a Haruto Kiyosawa | the 24-year-old
@b - | One reporter
@c Matías Ledesma | the Argentine
Haruto Kiyosawa spoke through an interpreter after his five-set defeat by Matías Ledesma in the Ostwick Open quarter-finals on Wednesday, but the disappointment needed no translation.
“⟦d:a|I had the chance, and I didn't take it. That is all,⟧” the 24-year-old said, before a long pause. “⟦d:a|Maybe tomorrow I can say more. Today, no.⟧”
Kiyosawa served for the match at 5-4 in the fourth set and had two match points, both saved by Ledesma with forehand winners.
One reporter asked about his back, which was treated by a trainer during the third set. “⟦d:b|Did the back change anything at the end?⟧”
“⟦d:a|A little. But I will not use it as an excuse. He played better on the big points,⟧” Kiyosawa said.
Ledesma, 29, who will face the top seed, Dominik Havlíček, in the semi-finals, was gracious. “⟦d:c|Honestly, I was already thinking about my flight home,⟧” he said. “⟦d:c|At 5-4, match point, you say to yourself, ‘Just hit it and see.’ Twice it went in. I'm lucky.⟧”
Asked about Havlíček, the Argentine smiled. “⟦d:c|He beat me the last four times. So the statistics say I win this time, no?⟧”

### 008
@a Colm Breathnach | the skipper
@b Nuala Ferriter | Its owner
@c Ciarán Halloran | the barman
The ferry to Inishcarra takes 50 minutes when the sea is kind and rather longer when it is not. On the morning I crossed, it was not, and the skipper, Colm Breathnach, spent the journey assuring green-faced passengers that it was “⟦p:a|only a bit lively⟧”.
“⟦d:a|You should see it in February,⟧” he told me as we tied up at the pier. “⟦d:a|This is a millpond.⟧”
Inishcarra has 140 year-round residents, one pub, one shop and, since last spring, one very good guesthouse. Its owner, Nuala Ferriter, left a job in Dublin finance to restore her grandmother's cottage.
“⟦d:b|Everyone told me I was mad, and they were right, but it's a good madness,⟧” she said, pouring tea in a kitchen that looks straight out at the Atlantic. “⟦d:b|The first winter, the roof came off twice. The second winter, only once. That's progress.⟧”
There is not much to do on Inishcarra, which is the point. You walk the cliff loop, you watch the gannets, you go to Halloran's bar at nine and leave, if you're wise, before midnight.
“⟦d:c|Tourists come in asking for the wifi password,⟧” said the barman, Ciarán Halloran, whose family has run the pub since 1911. “⟦d:c|I tell them the password is ‘talk to someone’. Some of them actually laugh.⟧”
Getting there: ferries run twice daily from Rossaveal Point in summer, once a day in winter. Rooms at Ferriter's from €110 a night, breakfast included.

### 009
@d Moira | the widow
@a Adaeze Nwankwo-Hart | -
@b Ruben Achterberg | The director
@c Thandiwe Mokoena-Price | -
There is a moment, about an hour into Adaeze Nwankwo-Hart's new play The Salt Year, when the widow Moira turns to her son and says, quite softly, “⟦d:d|You were always leaving, even when you were here.⟧” On the night I went, you could hear the whole of the Corran Playhouse stop breathing.
It is the best line in an uneven, often thrilling evening. Nwankwo-Hart, who grew up in a fishing town not unlike the play's Skerrow, told me before opening night that the play began as “⟦p:a|a list of things my mother never said to me⟧”.
“⟦d:a|Then I realised that was cruel, and also boring, so I gave her some good lines,⟧” she said. “⟦d:a|Moira is funnier than my mother. My mother would agree.⟧”
The director, Ruben Achterberg, keeps things spare: a kitchen table, a window, a door that is opened far more often than it is walked through. “⟦d:b|The door is the second lead,⟧” he said in a programme interview. “⟦d:b|Everyone is deciding whether to go through it.⟧”
Where the play falters is in its second act, which leans heavily on a “⟦s:-|surprise⟧” letter from a long-lost brother that most of the audience will have seen coming from the interval bar.
As Moira, Thandiwe Mokoena-Price is extraordinary, funny and frightening in the same breath. She said the part had been “⟦p:c|the hardest and happiest job⟧” of her career. “⟦d:c|Every night I have to decide how much Moira forgives him. Some nights it's nothing at all,⟧” she said.
The Salt Year runs at the Corran Playhouse until 12 April.

### 010
@o Office for Product Safety | -
@v ValuMart | -
@a Bernadette Kowalczyk | Grandmother
@b Yusuf Karimov | its head of policy
Thousands of air fryers sold by discount chain ValuMart are being recalled after reports that the handles can overheat and melt, the Office for Product Safety said on Friday.
The recall covers the 4.5-litre Kitchenwise AF450 model sold between September and January. Customers are being told to stop using the appliance immediately and return it to any store for a full refund.
"⟦d:o|We have received 37 reports of handles melting and six of minor burns,⟧" the office said. "⟦d:o|Although the risk of serious injury is low, we are not prepared to wait for one.⟧"
ValuMart said it was "⟦p:v|extremely sorry⟧" and was contacting every customer who had bought the product using a loyalty card.
Grandmother Bernadette Kowalczyk, 71, from Thornleigh, said the handle on her fryer "⟦p:a|went soft like toffee⟧" while she was cooking chips for her grandchildren on Boxing Day.
"⟦d:a|I grabbed it to pull the basket out and it just folded in my hand,⟧" she said. "⟦d:a|I dropped the lot on the floor. The dog was delighted. I was not.⟧"
Consumer group Fairdeal said the case showed the need for tougher checks on products sold cheaply at scale. "⟦d:b|Safety cannot be a premium feature,⟧" said its head of policy, Yusuf Karimov.

### 011
@a Janet Okoro-Whitfield | Councillor
@b Margaret Ellingham | Committee chair
The Old Mill Bridge in Caddington will stay closed to traffic until at least next spring after councillors on Tuesday rejected a plan for a temporary repair.
Engineers told the county council's highways committee that the 19th-century bridge needs a full rebuild, costing an estimated £3.2m, and that a temporary fix would last no more than two years.
Councillor Janet Okoro-Whitfield, who represents Caddington, said residents faced "⟦p:a|another year of twenty-minute detours to buy a pint of milk⟧".
"⟦d:a|I have people in their eighties who can no longer get to the surgery on the other side of the river without a taxi,⟧" she told the meeting. "⟦d:a|What do I tell them? Wait?⟧"
Committee chair Margaret Ellingham said she understood the frustration but that a temporary repair would be "⟦p:b|money down the river, quite literally⟧".
"⟦d:b|If we patch it, we patch it for two years and then we close it again,⟧" Ellingham said. "⟦d:b|I would rather close it once and build it properly.⟧"
Okoro-Whitfield replied that the council had said exactly the same thing in 2019. "⟦d:a|And here we are,⟧" she said.
A county council spokesman said work on the new bridge was expected to start in March.

### 012
@a Desmond Abara | -
@b Ilse Brandvold | bassist
@c Nkechi Abara-Lowe | His daughter
Desmond “⟦s:-|Dizzy⟧” Abara, who has died aged 88, was a pianist whose light touch and sly humour made him one of the best-loved figures on the Kelvinport jazz scene for more than half a century.
Desmond Abara was born in Enugu in 1936 and arrived in the city as a 20-year-old medical student. By his own account he “⟦p:a|failed anatomy with great distinction⟧” after spending too many nights at the Blue Lantern club.
“⟦d:a|I went in to hear one set and came out four years later,⟧” he told this newspaper in 2009. “⟦d:a|My father never quite forgave me. My mother came to every gig.⟧”
His trio, with bassist Ilse Brandvold and drummer Tommy Kincaid, recorded nine albums, the best known of which, Lantern Light (1968), is still regarded as a landmark of British small-group jazz.
Brandvold, now 84, said he was “⟦p:b|the most generous musician I ever stood next to⟧”. “⟦d:b|He would give you the solo even when it was obviously his,⟧” she said. “⟦d:b|Then he'd play one chord behind you that made you sound twice as good.⟧”
He never lost his mischief. Asked in a radio interview in 1994 why he had never moved to New York, he replied: “⟦d:a|Because New York never asked me nicely.⟧”
He is survived by his wife, Comfort, their daughters Ada and Nkechi, and five grandchildren. His daughter Nkechi Abara-Lowe said the family had played Lantern Light at his bedside. “⟦d:c|He tapped along until the last track,⟧” she said. “⟦d:c|Then he told us the drummer was rushing.⟧”

### 013
@a Dragan Ilievski | Marovia's opposition leader
@b Tijana Petkovska | Her spokeswoman
@c Central Electoral Commission | -
VELSKA, May 4 (Continental Press) - Marovia's opposition leader Dragan Ilievski claimed victory in Sunday's presidential run-off before official results were announced, telling cheering supporters in the capital that «⟦p:a|the country has chosen a new beginning⟧».
Preliminary figures from the Central Electoral Commission, with 87% of votes counted, gave Ilievski 51.8% against 48.2% for the incumbent, President Vesna Radulović.
«⟦d:a|We will govern for everyone, including those who did not vote for us,⟧» Ilievski said in a speech translated by his campaign. «⟦d:a|Tonight there are no winners and losers, only Marovians.⟧»
«⟦d:a|I spoke to my mother before coming here. She told me not to be arrogant. I will try,⟧» he added, to laughter from the crowd.
Radulović did not concede. Her spokeswoman, Tijana Petkovska, said the president would «⟦p:b|wait for every vote to be counted, as the law requires⟧».
«⟦d:b|There were serious irregularities in at least three districts, and we have documented them,⟧» Petkovska told reporters. She did not give details.
The commission said in a statement that turnout was 64% and that voting had been «⟦p:c|calm and orderly across the country⟧».
International observers are due to present their preliminary findings on Monday.

### 014
@a Marguerite Aubuisson | Northwind chief executive
@b Ewan Mackintosh-Reid | Caledora's chairman
@c Aircrew Federation | -
@d Ravinder Sandhu | Its general secretary
@e Lowri Pryce-Evans | Transport Secretary
Two of the region's smaller airlines, Northwind Air and Caledora Airways, are to merge in a deal that will create the largest operator of island and highland routes in the north.
“⟦d:a|Neither of us was going to survive another fuel shock on our own,⟧” Northwind chief executive Marguerite Aubuisson said at a press conference in Kessington. “⟦d:a|Together we have a chance. Apart, we had a timetable.⟧”
Caledora's chairman, Ewan Mackintosh-Reid, said the combined airline would keep both brands for “⟦p:b|at least two years⟧” and that no routes would be cut in the first twelve months. “⟦d:b|We've promised the islands their lifeline flights. That's not negotiable,⟧” he said.
The Aircrew Federation said it had been given “⟦p:c|no meaningful assurances⟧” about jobs. Its general secretary, Ravinder Sandhu, said: “⟦d:d|We have heard ‘no compulsory redundancies’ before. We want it in writing, signed, with a date on it.⟧”
The deal needs the approval of competition regulators. Transport Secretary Lowri Pryce-Evans said in a post on social media that she welcomed “⟦p:e|any move that protects regional connectivity⟧” but would “⟦p:e|look closely at fares⟧”.

### 015
@a Arjun Venkataraman | -
@b Felix Ostrowski | His colleague
@c Tobias Lindqvist | an astrophysicist at the University of Senholm who was not part of the team
Astronomers have found a planet about the size of Neptune orbiting a star so small and cool that, according to current theories, it should not have been able to form one at all.
The planet, designated KV-211b, was spotted by a team led by Dr Arjun Venkataraman of the Halden Observatory and is described in a paper published on Wednesday.
“⟦d:a|Our models say a star this small doesn't have enough material in its disc to build something this big,⟧” Venkataraman said. “⟦d:a|Either the models are wrong or the planet formed somewhere else and moved in. Both options are exciting.⟧”
His colleague Dr Felix Ostrowski, who ran the follow-up observations, said the team had spent months trying to prove the signal was a mistake. “⟦d:b|We threw everything at it. Instrument error, a background star, a binary companion. It kept surviving,⟧” he said.
Professor Tobias Lindqvist, an astrophysicist at the University of Senholm who was not part of the team, called the discovery “⟦p:c|a genuine puzzle⟧”. “⟦d:c|I'd want to see the mass measured independently before I rewrite any textbooks,⟧” he said. “⟦d:c|But I wouldn't bet against them.⟧”
Venkataraman agreed that more data was needed. “⟦d:a|Felix is already booking telescope time,⟧” he said. “⟦d:a|He hasn't slept since March.⟧”

### 016
@o Health Technology Council | -
@a Maria-Luisa Benedetti | a 44-year-old teacher from Ashcombe who took part in the trial
@b Chidi Okafor-Lang | a respiratory consultant at St Brennan's Hospital
@p Orsolya Pharma | -
@c Helena Magnusson | the trust's chief executive
A drug that slows the progression of a rare inherited lung disease has been approved for use in the health service, offering hope to around 1,200 patients.
The Health Technology Council said the treatment, sold as Pulmavex, had shown "⟦p:o|a clear and meaningful benefit⟧" in clinical trials and now represented value for money after the manufacturer agreed a confidential discount on its list price of £98,000 a year.
"⟦d:a|For six years I have watched my breathing get worse a little every month,⟧" said Maria-Luisa Benedetti, a 44-year-old teacher from Ashcombe who took part in the trial. "⟦d:a|On this drug, for the first time, it stopped. I can climb the stairs to my classroom again.⟧"
Dr Chidi Okafor-Lang, a respiratory consultant at St Brennan's Hospital, said the decision was "⟦p:b|the right one, if a long time coming⟧".
"⟦d:b|Patients have been asking me about this drug for three years,⟧" he said. "⟦d:b|I've had to tell them to wait. Some of them couldn't.⟧"
Orsolya Pharma said it was "⟦p:p|delighted⟧" and would make the drug available to hospitals "⟦p:p|within weeks⟧".
The charity Airways Trust, which campaigned for the approval, said more than 40,000 people had signed its petition. "⟦d:c|This is what happens when patients refuse to take no for an answer,⟧" said the trust's chief executive, Helena Magnusson.

### 017
@a Fernhill Building Society | -
@b Sunniva Eikeland | Chief executive
@c Tomás Villaverde | Security researcher
@d Brendan Kilcoyne | a retired postman who has saved with Fernhill for 30 years
@e Data Protection Authority | -
Personal details of up to 2.3 million customers of Fernhill Building Society may have been stolen in a cyber attack, the lender admitted on Wednesday.
In a statement, Fernhill said names, addresses and dates of birth had been accessed but that ``⟦p:a|there is no evidence at this stage that passwords or card details were taken⟧''.
Chief executive Sunniva Eikeland apologised to members. ``⟦d:b|I am deeply sorry. Our members trusted us with their information and we have let them down,⟧'' she said in a video posted on the society's website.
Security researcher Tomás Villaverde, who first spotted the stolen data being offered on an online forum, said the society had been slow to act. ``⟦d:c|The data was being advertised for sale on Sunday night. Fernhill was told on Monday morning. They've known for two days,⟧'' he said.
``⟦d:d|I found out from the news, not from them,⟧'' said Brendan Kilcoyne, a retired postman who has saved with Fernhill for 30 years. ``⟦d:d|That tells you everything.⟧''
The Data Protection Authority said it was ``⟦p:e|making enquiries⟧''.

### 018
@a Dilshan Wickramaratne | a 22-year-old leg-spinner
@b Owen Prendergast | His captain
@c Hendrik Botha | Castlemere's head coach
Dilshan Wickramaratne, a 22-year-old leg-spinner, took eight wickets in only his third first-class match as Thornbury beat Castlemere by six wickets at Fenner Park to go top of the Division One table.
“⟦d:a|I just tried to land it in the same spot and let the pitch do the rest,⟧” the 22-year-old said. “⟦d:a|The skipper kept telling me, ‘One more over, one more over.’ I think I bowled thirty in a row.⟧”
His captain, Owen Prendergast, was full of praise. “⟦d:b|He's got a lovely, loopy action and he isn't scared of getting hit. That's rare at his age,⟧” Prendergast said.
Castlemere's head coach, Hendrik Botha, admitted his batsmen had been “⟦p:c|hypnotised⟧”. “⟦d:c|We talked about using our feet, and then nobody did,⟧” he said. “⟦d:c|It's not complicated. It just requires courage.⟧”
Thornbury needed 109 to win on the final morning and got there before lunch, with opener Jack Aldous unbeaten on 54.

### 019
@a Sione Havili | Tarrington Saints head coach
@c Ruairidh MacLeod | captain
@d Dean Ashworth | Brackley's coach
Tarrington Saints head coach Sione Havili insists his side will not be distracted by the row over ticket prices ahead of Saturday's derby against Brackley.
"⟦d:a|That's for the people upstairs. My job is the 23 men who run out, and they're in good shape,⟧" Havili told his pre-match press conference on Thursday.
He confirmed that captain Ruairidh MacLeod had recovered from a hamstring strain and would start. MacLeod, sitting alongside him, was asked: "⟦d:-|Are you a hundred per cent?⟧"
"⟦d:c|Hundred and ten,⟧" the lock said, grinning. "⟦d:c|Ask the physio. Actually, don't ask the physio.⟧"
Havili was less cheerful when asked about Brackley's coach, Dean Ashworth, who said earlier in the week that Saints "⟦p:d|play like it's still 2005⟧".
"⟦d:a|Dean's entitled to his opinion. We'll see what year it is at ten to five on Saturday,⟧" Havili said.
Brackley, who beat Saints twice last season, are unbeaten in six.

### 020
@a Ernesto Salgado | the conductor
@b Britt | his wife
@c Gunnar Solheim | a retired ship's engineer from Lindholm
The sleeper from Vellmar to the coast leaves at 22:14 and, according to the conductor, has left at 22:14 “⟦p:a|every night since my father was doing this job⟧”. His name is Ernesto Salgado, he has worked the route for 26 years, and he takes punctuality personally.
“⟦d:a|A train is a promise,⟧” he told me, clipping my ticket with a flourish. “⟦d:a|You don't break a promise because someone is late with their suitcase.⟧”
My compartment was shared with Gunnar Solheim, a retired ship's engineer from Lindholm, and his wife, Britt, who make the trip every October to see their grandchildren. “⟦d:b|We could fly. It's cheaper. But then we'd miss this,⟧” Britt said, gesturing at the dark pine forest sliding past the window.
Her husband was more practical. “⟦d:c|Also, she snores, and on a plane people complain,⟧” Gunnar said. She hit him with a rolled-up magazine.
When Salgado came back round with coffee at midnight, I asked him: “⟦d:-|What has changed most in 26 years?⟧” He thought about it for a while. “⟦d:a|The phones. Before, people talked. Now they talk, but to somebody else.⟧”
By dawn we were running along the estuary, and the sea was the colour of pewter.

### 021
@a Yara Haddad | -
@b Malik Osei-Brandt | Her producer
Yara Haddad's third album, Low Tide Hymns, opens with a voice memo: a kettle, a cough, and Haddad muttering “⟦d:a|OK, this one's for Dad⟧” before a lone piano comes in.
It sets the tone. Written in the year after her father's death, this is a record about grief that somehow never wallows. On the title track she sings of “⟦p:a|folding his shirts into the shape of a man⟧”, a line so precise it stops you cold.
“⟦d:a|I didn't want to make a sad record. I wanted to make an honest one, and it turned out honest was sad, and also sometimes funny,⟧” Haddad, 31, told me over the phone from her studio in Port Aldren.
“⟦d:a:m|Dad was the funniest person I knew. If I'd made an album that was just weeping, he'd have hated it. He'd have turned it off after two songs and put the cricket on.⟧
“⟦d:a|So there's a song about his terrible parking. That's grief too.⟧”
Her producer, Malik Osei-Brandt, said the sessions were “⟦p:b|the quietest I've ever done⟧”. “⟦d:b|Most days we recorded maybe two takes. She'd sing it once to get it out and once to get it right,⟧” he said.
Not everything lands. The closing “⟦s:-|Harbour Lights⟧” overstays its welcome by a good two minutes. But this is a brave, beautiful record.
Low Tide Hymns is out now on Gannet Records.

### 022
@a Frank Hollingworth | a 79-year-old widower from Pelham Cross
@b - | a Brightwatt spokeswoman
@c Aaliyah Brennan | Chief Ombudsman
Frank Hollingworth, a 79-year-old widower from Pelham Cross, was billed £4,700 for a single quarter's electricity after his supplier replaced his meter and then, he says, "⟦p:a|lost track of it entirely⟧".
Mr Hollingworth, who lives alone in a two-bedroom bungalow, normally pays about £90 a month. "⟦d:a|I thought it was a joke. Then I thought it was a scam. Then I rang them and realised it was neither,⟧" he said.
His supplier, Brightwatt Energy, initially told him the bill was correct. After being contacted by this newspaper, it changed its mind.
"⟦d:b|We got this badly wrong and we have apologised to Mr Hollingworth,⟧" a Brightwatt spokeswoman said. "⟦d:b|His account has been corrected and a goodwill payment has been made.⟧"
The Energy Ombudsman says complaints about billing errors after meter changes have risen by 38% in a year. "⟦d:c|Customers shouldn't have to go to a newspaper to get a wrong bill fixed,⟧" said Chief Ombudsman Aaliyah Brennan. "⟦d:c|Most of these cases should be sorted in one phone call.⟧"
Mr Hollingworth said he would be leaving Brightwatt all the same. "⟦d:a|They've said sorry. Fine. But I'm 79, and I don't have the energy to fight an energy company twice,⟧" he said.

### 023
@a Eileen Mahony | a retired seamstress who is now 94
@b Caroline Ng | Headteacher
@c Oisín Brady | Ten-year-old
St Columba's Primary School in Rathmoyle celebrated its 150th birthday on Friday with a party, a time capsule and a guest of honour who first walked through its gates in 1936.
Eileen Mahony, a retired seamstress who is now 94, was among 300 former pupils, parents and staff who packed the school hall. “⟦d:a|We had slates and chalk, and the master had a cane he called Gentle Jim,⟧” she said. “⟦d:a|He never used it. He didn't need to. You only had to look at it.⟧”
Headteacher Caroline Ng said the school had changed “⟦p:b|in almost every way you can think of, and in none of the ways that matter⟧”.
“⟦d:b|We still know every child's name. We still sing the same hymn on the last day of term. Eileen sang it today and she knew all the words, which is more than most of our staff can say,⟧” she said.
Pupils buried a time capsule containing a tablet computer, a football shirt and a letter to the class of 2075. Ten-year-old Oisín Brady, who wrote the letter, said he had asked future pupils “⟦p:c|whether they still have to do spellings⟧”.
“⟦d:c|I hope not,⟧” he added.

### 024
@a Ruth Adebayo-Klein | the marine biologist who spent four decades mapping the kelp forests of the northern coast
@b - | one tutor
@c Kenji Morioka | Her former student
Ruth Adebayo-Klein, the marine biologist who spent four decades mapping the kelp forests of the northern coast, has died aged 81.
Born in Harwick in 1943 to a Nigerian father and a Danish mother, she studied zoology at Lowmoor University, where she was told by one tutor that diving was "⟦p:b|no job for a girl⟧". She later said the remark "⟦p:a|decided my career more than any lecture⟧".
Her 1979 survey of the kelp beds of Cathmore Sound became the baseline for every study that followed. When those beds began to vanish in the 1990s, she was among the first to link the loss to warming waters.
"⟦d:a|Nobody wanted to hear it,⟧" she told an interviewer in 2015. "⟦d:a|A few weeds disappearing didn't sound like an emergency. It was, and it still is.⟧"
Her former student Dr Kenji Morioka, who now runs the Northern Marine Institute, said she had "⟦p:c|an almost rude impatience with bad data⟧".
"⟦d:c|She would hand your thesis back covered in red ink with a note saying, 'Good. Now do it properly,'⟧" he said. "⟦d:c|And you did, because you didn't want to disappoint her.⟧"
She is survived by her partner, the painter Lise Aaberg, and a son.

### 025
@a Anca Voinea | regional governor
@b Petru Ciobanu | a farmer
@c Hélène Marchetti | the agency's emergency coordinator in the region
@d Radu Stanciu | Prime Minister
SARREN, Oct 9 (Continental Press) - At least 23 people have died and thousands have been forced from their homes after days of torrential rain caused the River Oskel to burst its banks across the south of Kaldria, officials said on Thursday.
«⟦d:a|We have never seen water at this level. Not in my lifetime, not in my father's,⟧» regional governor Anca Voinea told state television, according to a translation provided by her office.
Rescue teams used boats to reach villages cut off by the floods. In Brodeni, a village of 800 people, residents said the water rose more than two metres in a single night.
«⟦d:b|At three in the morning my neighbour knocked on the window. By four, the water was at the door. By five we were on the roof,⟧» said Petru Ciobanu, 63, a farmer, speaking by telephone. «⟦d:b|We lost everything, but we are alive. My cows, I don't know.⟧»
The aid agency Relief Without Borders said it was sending water purification equipment and 5,000 blankets. «⟦d:c|The next 72 hours are critical, especially for clean water,⟧» said Hélène Marchetti, the agency's emergency coordinator in the region.
Prime Minister Radu Stanciu declared a state of emergency in four counties and promised «⟦p:d|every resource the state has⟧».

### 026
@a Tayo Adeleke | -
@b Mikael Lindgren | his husband
When Tayo Adeleke and his husband, Mikael Lindgren, opened a bakery on Fallowfield Road in the middle of a pandemic, their friends gave it six months. Four years on, Rise has a queue out of the door every Saturday and a second shop opening in the spring.
“⟦d:a|We were both made redundant in the same week, which felt like a sign, though at the time it mostly felt like a disaster,⟧” Adeleke said.
Lindgren grew up above his grandfather's bakery in a small town in northern Sweden. “⟦d:b|I knew how to make bread. I didn't know how to run a business. Tayo knew how to run a business and couldn't boil an egg,⟧” he said. “⟦d:b|So it worked.⟧”
“⟦d:a|I can boil an egg,⟧” Adeleke said.
“⟦d:b|Once,⟧” said Lindgren.
Their cardamom buns, a nod to Lindgren's childhood, sell out by ten. Adeleke's contribution, a jollof-spiced focaccia, was “⟦p:a|a late-night experiment that got out of hand⟧”, he said.
Rising costs have been hard. The price of butter has nearly doubled since they opened, and Adeleke, who handles the money, admits he worries about it. “⟦d:a|We put our prices up twice and we felt terrible both times,⟧” he said. “⟦d:a|Nobody complained. One customer said we were too cheap. I wanted to hug her.⟧”

### 027
@a Bank of Calloway | -
@b Beatriz Albuquerque | Governor
@c Nikhil Sarin | chief economist at Brackwell Bank
The Bank of Calloway left interest rates unchanged at 4.25% on Thursday but signalled that cuts could come "⟦p:a|sooner rather than later⟧", sending the currency to a three-month low.
In a statement, the bank said inflation was "⟦p:a|on track to return to target by the middle of next year⟧" and that the labour market was cooling.
Governor Beatriz Albuquerque told a news conference that the committee had discussed a cut "⟦p:b|in some detail⟧" but decided to wait for more data.
"⟦d:b|We are not in a hurry, but we are not asleep either,⟧" she said. "⟦d:b|The direction of travel is clear. The timing is not.⟧"
Seven of the nine committee members voted to hold; two voted for an immediate cut of a quarter point.
The Calloway dollar fell 0.8% against the euro. "⟦d:c|The market heard 'sooner' and ignored everything else,⟧" said Nikhil Sarin, chief economist at Brackwell Bank. "⟦d:c|I think they'll move in May, but they'll want to see the wage data first.⟧"
Two-year bond yields, the most sensitive to rate expectations, fell 14 basis points.

### 028
@a Gwilym Pritchard | the farmer who made the find
@b Soraya Benhaddou | -
A Bronze Age burial containing a gold arm-ring has been uncovered in a field near Dunsmere, in what archaeologists are calling one of the most important finds in the region for a generation.
“⟦d:a|I thought it was a bit of old tractor,⟧” said Gwilym Pritchard, the farmer who made the find, whose family has worked the land for five generations. “⟦d:a|Then I rubbed the mud off and it was shining. I went straight in and rang my daughter, because she'd know who to call.⟧”
The excavation, led by Dr Soraya Benhaddou of the Western Archaeology Trust, has since revealed the remains of an adult buried with a bronze dagger and two pots.
“⟦d:b|Finds like this are incredibly rare in this part of the country,⟧” Benhaddou said. “⟦d:b|The arm-ring alone suggests someone of real status. The question is who, and why here.⟧”
She said radiocarbon dating would take several months, but that the style of the pottery pointed to “⟦p:b|somewhere around 1800 BC, give or take a couple of centuries⟧”.
The find has been reported to the county coroner, who will decide whether it counts as treasure. Pritchard said he had no plans to sell. “⟦d:a|It's been in that field longer than we have. I'd like it to stay nearby, in a museum where the kids can see it,⟧” he said.

### 029
@a - | one 29-year-old office worker from Kelling
@b Funmilayo Adesina | a GP in Kelling for 20 years
@c Department of Health | -
The number of young adults seeing a GP about anxiety has almost doubled in five years, according to figures obtained by this newspaper, with the longest waits for therapy in the north of the county.
“⟦d:a|I'd wake up at four with my heart going like I'd run a marathon,⟧” said one 29-year-old office worker from Kelling, who asked that her name not be used because her employer does not know. “⟦d:a|I thought I was dying. I went to A&E twice. Both times they sent me home with a leaflet.⟧”
She eventually saw Dr Funmilayo Adesina, a GP in Kelling for 20 years. “⟦d:b|We're seeing more young people than ever, and most of them have been struggling for a year or more before they come in,⟧” Adesina said. “⟦d:b|The waiting list for talking therapy here is 34 weeks. I can't look a 22-year-old in the eye and tell them that's fine.⟧”
The Department of Health said it had invested “⟦p:c|record sums⟧” in mental health services and that waiting times were “⟦p:c|coming down⟧”.
The 29-year-old, who is now paying for therapy privately at £75 a session, said she was one of the lucky ones. “⟦d:a|I can afford it, just. Most of my friends can't. So they just... cope. Or don't.⟧”

### 030
@t - | teachers' leaders
@b Nadia Qureshi | Education Secretary
@c Gareth Llewellyn-Jones | general secretary of the Association of Classroom Teachers
@d Amelia Dunstan | an English teacher in Wrexley who trialled the software last term
@e - | a Department for Education spokesperson
Every secondary school in the country will be given access to an AI marking assistant from September under government plans announced on Monday, in a move teachers' leaders described as "⟦p:t|premature⟧".
Education Secretary Nadia Qureshi said the tool, called Scribewell, could save teachers "⟦p:b|five hours a week, every week⟧".
"⟦d:b|Teachers did not go into the profession to spend their Sunday nights marking spelling tests,⟧" Qureshi said. "⟦d:b|If a machine can do the boring part, teachers can do the human part.⟧"
But Gareth Llewellyn-Jones, general secretary of the Association of Classroom Teachers, said the technology had not been properly tested. "⟦d:c|We have seen no independent evidence that this thing marks accurately, fairly or consistently,⟧" he said. "⟦d:c|We are being asked to trust a sales pitch.⟧"
Amelia Dunstan, an English teacher in Wrexley who trialled the software last term, said it was "⟦p:d|good at commas and hopeless at ideas⟧".
"⟦d:d|It gave a brilliant, odd, original essay a C because it didn't follow the structure,⟧" she said. "⟦d:d|It gave a dull one an A because it did. That's the opposite of what I'm trying to teach.⟧"
Asked about such cases, a Department for Education spokesperson said teachers would "⟦p:e|always have the final say⟧".

### 031
@a Meseret Alemu | The 26-year-old
@b Faith Chepkoech | the Kenyan
@c Ingrid Sæther | local favourite
Meseret Alemu won the women's 10,000 metres at the Continental Championships in Brevik on Saturday night, holding off Faith Chepkoech in a sprint finish that brought the stadium to its feet.
“⟦d:a|With 200 metres to go, I looked at the screen and saw her shoulder. I thought, not today,⟧” Alemu said through a translator.
The 26-year-old, who was fourth at the last championships after falling on the final lap, said she had thought about that race “⟦p:a|every day for two years⟧”.
Chepkoech, who finished 0.31 seconds behind, was philosophical. “⟦d:b|She was stronger at the end. I gave everything. Silver is not nothing,⟧” the Kenyan said. “⟦d:b|Next year, we will see.⟧”
Third place went to local favourite Ingrid Sæther, whose bronze was greeted by the loudest roar of the night. “⟦d:c|When I came into the straight, the noise was like a wall,⟧” Sæther said. “⟦d:c|I've never heard anything like it. I think my ears are still ringing.⟧”
Alemu, asked how she would celebrate, smiled. “⟦d:a|Sleep. And then injera, a lot of injera.⟧”

### 032
@a Declan Gaffney | trainer
@b Rosa Delacroix-Byrne | Jockey
@c Marcus Ainsworth | His trainer
Kilgarry Lad landed a huge gamble in the Ballyvane Chase at Fermount on Saturday, coming home four lengths clear after being backed from 20-1 into 8-1 in the morning.
"⟦d:a|He's been working like a good horse at home for a month and I told a few people,⟧" trainer Declan Gaffney admitted. "⟦d:a|Maybe I told too many. The price went from twenties to eights.⟧"
Jockey Rosa Delacroix-Byrne, who was winning the race for the first time, made her move two out. "⟦d:b|I was always travelling well. I just had to be patient, which isn't my strong point,⟧" she said, laughing. "⟦d:b|He did the rest. He's a proper stayer.⟧"
The favourite, Silver Tithe, faded into fifth. His trainer, Marcus Ainsworth, said the horse had "⟦p:c|blown up⟧" on the testing ground. "⟦d:c|It was too soft for him. We'll go back to the drawing board,⟧" Ainsworth said.

### 033
@a Mireille Castagné | a cheesemaker who has sold goat's cheese from the same stall for 31 years
@b Jordi Puigvert | Her neighbour at the next stall
@c - | one resident
@d Anouk Ferrand | deputy mayor
The covered market in Moncaral opens at seven, but the locals are queueing by half past six, string bags in hand, and by ten the best of everything has gone.
``⟦d:a|Tourists come at eleven and wonder why the best cheese has gone,⟧'' said Mireille Castagné, a cheesemaker who has sold goat's cheese from the same stall for 31 years. ``⟦d:a|I tell them: set an alarm.⟧''
Her neighbour at the next stall, Jordi Puigvert, sells anchovies cured by his family to a recipe he will not share. ``⟦d:b|My grandfather sold here, my father sold here. My son says he'll sell here, but he's 17 and he says a lot of things,⟧'' Puigvert said.
The town's tourism office says visitor numbers have doubled since a food programme was filmed here two years ago. Not everyone is thrilled. ``⟦d:c|It's good for business, but you can't park, and the bakery runs out of bread by nine,⟧'' said one resident, who did not want to give her name.
``⟦d:d|We want visitors,⟧'' said deputy mayor Anouk Ferrand. ``⟦d:d|We just want them to buy something, not only photograph it.⟧''
Where to eat: the stallholders' canteen at the back of the market serves a three-course lunch for €16, wine included. Arrive before one.

### 034
@c - | one critic
@a Kwabena Mensah-Oduro | the 77-year-old painter
@b Sabine Leclercq | The curator
When Kwabena Mensah-Oduro first showed his vast, scraped-back canvases in 1984, one critic dismissed them as “⟦p:c|wallpaper with ambitions⟧”. Forty years later, the Halloway Gallery has given him its largest rooms and, in effect, the last word.
“⟦d:a|I kept that review on my fridge for ten years,⟧” the 77-year-old painter said at the opening on Thursday. “⟦d:a|It was very motivating. Anger is a wonderful primer.⟧”
The show, Fields of Red Earth, brings together 58 works from five decades. The curator, Sabine Leclercq, said she wanted visitors to “⟦p:b|walk into the paintings rather than past them⟧”.
“⟦d:b|These aren't pictures you look at from across a room. You have to get close enough to see the fingerprints,⟧” she said.
She is right. Up close, the surfaces are a record of labour: paint laid down, scraped off, laid down again, the marks of knives, combs and, in one huge ochre panel, what looks very much like the sole of a boot.
Mensah-Oduro, who still paints every day in a converted bus depot in Eastmoor, said he was already “⟦p:a|bored of looking backwards⟧”. “⟦d:a|A retrospective is a kind of polite funeral,⟧” he said. “⟦d:a|Everyone says nice things and you're not allowed to answer back.⟧”
Fields of Red Earth is at the Halloway Gallery until 30 June.

### 035
@a Farhad Rostami | -
@b Clémence Aubry-Salas | The jury president
@c Leila Nadimi | -
@d Jonas Wittmann | The festival's artistic director
VESSEN, Feb 21 (Continental Press) - Farhad Rostami's quiet family drama The Orchard Keeper won the Golden Heron, the top prize at the Vessen International Film Festival, on Saturday.
Rostami, who was not permitted to travel to the festival, sent a recorded message that was played at the ceremony. «⟦d:a|I am sorry I cannot be with you. My film is there, and that is the important thing,⟧» he said in Farsi, in a translation shown on screen.
«⟦d:a|Please give my prize a good seat,⟧» he added, drawing laughter and then a standing ovation.
The jury president, Clémence Aubry-Salas, said the decision had been «⟦p:b|unanimous and quick⟧». «⟦d:b|We argued about everything else for ten days. On this, nobody argued,⟧» she told reporters.
Leila Nadimi, who plays the orchard keeper's daughter, accepted the award on the director's behalf. «⟦d:c|He told me to say thank you in five languages, and I only know three,⟧» Nadimi said, holding the statuette.
The festival's artistic director, Jonas Wittmann, said Rostami's absence was «⟦p:d|a shadow over a beautiful evening⟧».

### 036
@a Anjali Whitcombe | -
@b Rob Fenwick | her partner
@c BlueCrest Air | -
@d Imogen Halliwell | Consumer rights solicitor
A couple from Hexley who waited eight months for a refund on cancelled flights to Lisbon finally got their money back - two days after contacting this newspaper.
Anjali Whitcombe, 36, and her partner, Rob Fenwick, booked four return flights with BlueCrest Air for themselves and their two children last summer. The outbound flight was cancelled 48 hours before departure.
"⟦d:a|They offered us a voucher. We said no, we want the money, which is the law. Then nothing happened for eight months,⟧" Whitcombe said.
Fenwick said he had spent "⟦p:b|something like 30 hours⟧" on hold. "⟦d:b|I know the hold music better than my own kids' voices at this point,⟧" he said.
When contacted, BlueCrest Air said: "⟦d:c|We apologise to Ms Whitcombe and Mr Fenwick for the delay. A full refund of £1,132 has now been processed.⟧" The airline blamed "⟦p:c|an unprecedented volume of claims⟧".
Consumer rights solicitor Imogen Halliwell said passengers were entitled to a cash refund within seven days of a cancellation. "⟦d:d|If the airline won't pay, go to your card provider. Don't wait eight months like this family did,⟧" she said.

### 037
@a Lucy Tran-Albright | her owner
@b Idris Mostyn | retired shepherd
@c Gorsemoor Search and Rescue | -
A spaniel that vanished on the Gorsemoor during last week's storm has been found alive and well, five days later and six miles from where she was last seen.
Biscuit, a four-year-old springer spaniel, bolted when a tree came down near her owners' car on Thursday evening.
“⟦d:a|We'd given up, honestly. We'd started talking about her in the past tense,⟧” said her owner, Lucy Tran-Albright, 41. “⟦d:a|Then on Tuesday morning my phone rang and a man said, ‘I think I've got your dog in my shed.’⟧”
That man was retired shepherd Idris Mostyn, who found Biscuit curled up among his lambing hurdles. “⟦d:b|She'd eaten half a bag of sheep nuts and looked very pleased with herself,⟧” he said. “⟦d:b|She had a tag on, so it was one phone call. Easy.⟧”
Gorsemoor Search and Rescue, whose volunteers had joined the hunt, posted on social media: “⟦d:c|Best news of the week! Well done Biscuit, and thank you Idris.⟧”
Asked whether he would accept a reward, Mostyn laughed. “⟦d:b|They brought me a cake. That'll do.⟧”

### 038
@a Rodrigo Almeida-Furness | the Brazilian-born goalkeeper who kept 19 clean sheets in Harlow Athletic's title-winning season of 1971-72
@b Billy Dunmore | His former captain
@c Harlow Athletic | -
Rodrigo Almeida-Furness, the Brazilian-born goalkeeper who kept 19 clean sheets in Harlow Athletic's title-winning season of 1971-72, has died aged 79.
He arrived from São Paulo as a 20-year-old on a trial that was meant to last a fortnight and stayed for the rest of his life. In 1966 he married Margaret Furness, a nurse from the town, and took her surname alongside his own, a decision he once described as “⟦p:a|the best trade I ever made⟧”.
His former captain, Billy Dunmore, 82, said he was “⟦p:b|the bravest man I ever played with, and the worst dancer⟧”.
“⟦d:b|He'd dive at a striker's feet like it was a swimming pool. We used to tell him, ‘Rodri, you've only got one head.’ He'd just laugh,⟧” Dunmore said.
Harlow Athletic said the club was “⟦p:c|heartbroken⟧”. “⟦d:c|Rodrigo was part of the fabric of this club. His gloves hang in our boardroom, and they always will,⟧” its statement said.
In a 2012 interview with the Harlow Gazette, he was asked what he missed most about playing. “⟦d:a|The smell of the dressing room. Liniment and mud and fear,⟧” he said. “⟦d:a|Nothing else smells like that.⟧”
He is survived by Margaret, their three children and seven grandchildren.

### 039
@t - | Trade ministers from Estrava and Norlund
@a Katarzyna Wolska | Estravan minister
@b Sigrid Haugen-Lie | Her Norlundic counterpart
GENEVA, June 12 (Meridian Wire) - Trade ministers from Estrava and Norlund failed to reach a deal on steel tariffs after two days of talks on Thursday, but said an agreement was "⟦p:t|within reach⟧".
Estravan minister Katarzyna Wolska told reporters after the final session: "⟦d:a|We have solved ninety per cent of the problems. Unfortunately, the last ten per cent is where all the steel is.⟧"
Her Norlundic counterpart, Sigrid Haugen-Lie, speaking through an interpreter, said the two sides still disagreed on quotas for specialist alloys. "⟦d:b|We cannot accept a deal that closes our mills in the north. That would not be a trade agreement, that would be a surrender,⟧" she said.
Wolska, asked whether she trusted Haugen-Lie, said: "⟦d:a|Completely. That is why this is so difficult. Neither of us is bluffing.⟧"
Haugen-Lie smiled when the remark was translated for her. "⟦d:b|She is right. It would be easier if one of us was lying,⟧" she said.
The two sides will meet again in September.

### 040
@a Harriet Pennock-Adu | -
@b Stan Higgins | That laster
Harriet Pennock-Adu is the fifth generation of her family to run Pennock & Sons, the Kelbridge shoemaker founded in 1871, and the first woman to do so. She is also, at 38, the first to have been told by the bank that the business had six months to live.
“⟦d:a:m|That was 2016. My father had just had his heart attack and I'd been back from London for about a fortnight. The bank manager was very kind about it. He said, ‘We admire the heritage.’ Then he said six months.⟧
“⟦d:a:m|So I did the only thing I could think of, which was to stop doing most of the things we did. We made 140 styles. Nobody needed 140 styles. We cut to 12.⟧
“⟦d:a|People in the factory thought I'd gone mad. One of the older lasters, a man who'd taught me to tie my laces, didn't speak to me for a month.⟧”
That laster, Stan Higgins, now 71 and semi-retired, laughs about it now. “⟦d:b|I thought she was going to shut us down and sell the building for flats,⟧” he said. “⟦d:b|Everybody did. Turned out she was the only one who knew what she was doing.⟧”
Today the company sells more than half its shoes abroad, mostly in Japan and South Korea, and employs 96 people, up from 51. Pennock-Adu is wary of the word “⟦s:-|turnaround⟧”.
“⟦d:a|It sounds like something that happened once. It's something that happens every Monday,⟧” she said.

### 041
@b Jóhann | My colleague
@c - | one girl
The following interview with the glaciologist Anneke Verhoeven, who has measured the Skarfjell glacier every summer since 2003, has been edited for length and clarity.
Q: You've been measuring Skarfjell for 22 years. What has changed?
A: Everything. When I started, we walked onto the ice from the car park. Now it's a 40-minute hike just to reach the snout. The local guides call the path the “⟦s:-|walk of shame⟧”.
Q: Your new paper uses the phrase “⟦s:-|point of no return⟧”. Isn't that alarmist?
A: No. It's a technical description. Below a certain thickness the glacier can't rebuild itself, even in a cold year. We think it passed that point in 2019.
Q: What do you say to people who tell you glaciers have always come and gone?
A: I say yes, they have, over thousands of years. This is happening over decades. My colleague Jóhann puts it better than I can: “⟦d:b|The glacier is not retreating. It is being evicted.⟧”
Q: Is there anything hopeful?
A: The community here. The farmers, the guides, the school. When the children came up with us last spring, one girl asked, “⟦d:c|Can we put it in a freezer?⟧” It's funny, but it's also the right instinct. People want to save things.

### 042
@a Solent Star Cruises | The ship's operator
@b Devika Raman | Passenger
@c Graham | Another passenger
@d Petra Lindahl | a public health specialist at Marbury University
More than 300 passengers and crew aboard the cruise ship Aurora Meridian have fallen ill in a suspected norovirus outbreak, days before the ship is due to return to Southport.
The ship's operator, Solent Star Cruises, said 287 passengers and 19 crew members had reported symptoms. "⟦d:a|Enhanced cleaning procedures are in place across the ship and affected guests are being cared for in their cabins,⟧" the company said.
Passenger Devika Raman, 67, from Ashworth, said she and her husband had been confined to their cabin for three days. "⟦d:b|We paid for a Mediterranean cruise and we've seen a lot of beige wall,⟧" she said by phone from the ship. "⟦d:b|The staff are doing their best. They look exhausted.⟧"
Another passenger, who gave only his first name, Graham, said announcements had been "⟦p:c|vague to the point of comedy⟧". "⟦d:c|They keep saying 'a small number of guests'. There are queues out of the medical centre,⟧" he said.
"⟦d:d|Norovirus spreads incredibly easily in closed environments. A ship is basically a floating petri dish with a buffet,⟧" said Dr Petra Lindahl, a public health specialist at Marbury University.

### 043
@b Daniela Voss | the company's head of wearables
At its launch in San Loreto, the company's head of wearables, Daniela Voss, promised that Helix's new Pulse 3 smartwatch would “⟦p:b|get out of your way⟧”. After a fortnight of wearing one, I'm prepared to say it mostly does.
The headline feature is a mode called “⟦s:-|Quiet Hours⟧”, which silences everything except calls from a short list of people you choose, and, crucially, turns off the little buzz that tells you to stand up.
“⟦d:b|We looked at the data and people were checking their wrists 150 times a day. That's not a product helping you. That's a product bullying you,⟧” Voss told me in a video call. “⟦d:b|We wanted the watch to have the manners to shut up.⟧”
Battery life is excellent, at just under four days with the screen dimmed, and the new strap is the first I have worn that does not leave a rash.
I put it to Voss that a company selling watches might not want people to look at them less. “⟦d:-|Isn't that bad for business?⟧” I asked. She laughed. “⟦d:b|Our investors asked the same thing. My answer is that people who like their watch keep wearing it. People who feel harassed by it put it in a drawer.⟧”
The Pulse 3 costs £349. Verdict: four stars, and the first smartwatch I have not wanted to take off.

### 044
@a Julián Arango | the 25-year-old
@b Pieter Declercq | Overnight leader
@c Marco Bellandi | Andalux sports director
COL DU SERRAT, July 15 (Continental Press) - Julián Arango of Team Andalux won the queen stage of the Tour des Trois Vallées on Tuesday, attacking four kilometres from the summit to take the leader's jersey.
«⟦d:a|I have dreamed of this climb since I was a boy watching on the television in my village,⟧» the 25-year-old said in Spanish after crossing the line. «⟦d:a|Today I rode for my mother. She is watching, I am sure, and crying.⟧»
Overnight leader Pieter Declercq lost 1 minute 48 seconds and slipped to third. «⟦d:b|The legs said no. That is cycling,⟧» the Belgian told reporters at the team bus. «⟦d:b|Tomorrow is another day, but I am realistic. Julián was the strongest.⟧»
Andalux sports director Marco Bellandi said the attack had been planned the night before. «⟦d:c|We studied the wind, the gradient, everything. We told Julián: at four kilometres, you go, and you do not look back,⟧» he said.
Arango now leads by 32 seconds with four stages remaining.

### 045
@a - | a reporter
@b Deshawn Whitaker | Kingsport Kestrels coach
@c Marcus Oyelaran | his point guard
@d Aleksander Nowicki | Comets forward
Kingsport Kestrels coach Deshawn Whitaker walked into the press room after Sunday's 94-71 defeat by the Harbour City Comets, sat down, and asked for the first question.
“⟦d:a|Coach, what happened in the third quarter?⟧” a reporter asked.
“⟦d:b|They scored 34 points and we scored 11. That's what happened,⟧” Whitaker said. “⟦d:b|Next question.⟧”
Asked about the form of his point guard, Marcus Oyelaran, who went 2-for-14 from the field, Whitaker was more expansive. “⟦d:b|Marcus is a great player having a bad week. I'm not worried about Marcus. I'm worried about the other eleven guys who watched him struggle and didn't step up,⟧” he said.
Oyelaran took responsibility. “⟦d:c|That's on me. I've got to be better, period,⟧” the 27-year-old said in the locker room. “⟦d:c|Coach is right. Nobody else should have to carry my bad nights.⟧”
Comets forward Aleksander Nowicki, who scored 28, was sympathetic. “⟦d:d|Marcus will be fine. He torched us twice last year. We just caught him on an off day,⟧” he said.

### 046
@a Tamar Ben-David | head ranger
@b Keith Ambrose | a retired geography teacher from Lowbridge
@c - | one walker
The Raven's Edge path, one of the most popular walking routes in the Carrow Hills, reopened on Saturday after an 18-month closure caused by a landslip.
“⟦d:a|It's been a long wait, but the path is safer now than it has been in 50 years,⟧” said head ranger Tamar Ben-David. “⟦d:a|We've rebuilt the steps, fixed the drainage and put in a proper handrail on the exposed section.⟧”
By nine o'clock the car park was full. Keith Ambrose, a retired geography teacher from Lowbridge, said he had walked the route “⟦p:b|hundreds of times, at least⟧” before the closure. “⟦d:b|I came up on the first day to check they hadn't ruined it. They haven't. It's lovely,⟧” he said.
Not everyone approved of the changes. “⟦d:c|A handrail on Raven's Edge? It's like putting a seatbelt on a rollercoaster,⟧” said one walker, who declined to give his name.
Ben-David said the rail was needed. “⟦d:a|People can say what they like. I'm the one who has to call the helicopter,⟧” she said.

### 047
@a Imani Kariuki-Sloane | -
@b Ravi Chandrasekhar | Its publisher
Imani Kariuki-Sloane's second novel, The Lighthouse Ledger, follows three generations of women who keep the records of a lighthouse on a small island off an unnamed northern coast.
It opens with a line that has already become something of a calling card: "⟦d:a|Every family has a keeper, and ours kept the light.⟧"
Kariuki-Sloane, speaking at the Ferrymouth Literary Festival on Saturday, said the line came to her "⟦p:a|in the bath, which is where all my good ideas go to drown⟧".
"⟦d:a|I wrote it on my arm in eyeliner because there was no paper,⟧" she said. "⟦d:a|My husband thought I'd been attacked.⟧"
The novel was turned down by 11 publishers before being picked up by the small independent press Gullwing. Its publisher, Ravi Chandrasekhar, said he had read the manuscript "⟦p:b|in one sitting, on a train, and missed my stop⟧".
"⟦d:b|Some books you have to be persuaded to love. This one didn't give me a choice,⟧" he said.
Asked by a member of the audience whether the keepers were based on real people, Kariuki-Sloane said: "⟦d:a|All of them are my grandmother. Even the men.⟧"

### 048
@a Yuki Nakagawa | the orchestra's music director
@b Anya Petrenko | the young violinist
There are conductors who dance, and conductors who glower, and then there is Yuki Nakagawa, who at the Aldermoor Symphony's season opener on Friday appeared to be doing neither, standing almost motionless while the orchestra tore through Shostakovich's Fifth.
“⟦d:a|I trust them. If I wave my arms around, I am only getting in the way,⟧” the orchestra's music director said afterwards, still in her concert black. “⟦d:a|The rehearsals are for conducting. The concert is for listening.⟧”
The first half belonged to the young violinist Anya Petrenko, who gave a reading of the Sibelius concerto that was by turns ferocious and almost unbearably tender.
Petrenko, 23, said she had been “⟦p:b|terrified, in the good way⟧”. “⟦d:b|Maestra Nakagawa told me before we walked on: ‘Play it like nobody has heard it before.’ So I tried,⟧” she said. “⟦d:b|I think I broke a string in my head, if not on the violin.⟧”
Nakagawa said the young soloist had “⟦p:a|the thing you cannot teach⟧”. “⟦d:a|She listens. Most young players want to be heard. She wants to hear,⟧” she said.

### 049
@a Kerry-Ann Blackwood | mother-of-three
@b Harvest Lane Foods | The brand's owner
@c - | A spokesman
@d Ifeoma Chukwu | Consumer campaigner
Golden Acre, one of the country's best-selling crisp brands, has become the latest example of so-called “⟦s:-|shrinkflation⟧” after it quietly cut its multipack from six bags to five without lowering the price.
“⟦d:a|I counted them in the car park. I thought I'd been short-changed, then I saw the packet said five,⟧” said mother-of-three Kerry-Ann Blackwood, 38, from Dunleigh. “⟦d:a|It's 20 per cent less for the same money. They must think we can't count.⟧”
The brand's owner, Harvest Lane Foods, said the change reflected “⟦p:b|significant increases in the cost of potatoes, oil and packaging⟧”. A spokesman added: “⟦d:c|We have chosen to keep the price stable rather than increase it, so that customers can continue to enjoy their favourite snack at a familiar price point.⟧”
Consumer campaigner Ifeoma Chukwu said that was “⟦p:d|corporate for ‘we hoped you wouldn't notice’⟧”.
“⟦d:d|If the product gets smaller, the price should too. Otherwise be honest and put the price up,⟧” she said.

### 050
@a Alan Weatherby | chair of the Brantwood Ridge Action Group
@b Freya Lindqvist-Oke | 16-year-old
@c Rajesh Varma | Planning committee chair
About 200 people gathered outside Hollinsfield Town Hall on Wednesday evening as councillors met to decide whether to approve a three-turbine wind farm on Brantwood Ridge.
Protesters held placards reading "⟦s:-|Save Our Skyline⟧" and "⟦s:-|Not On Our Ridge⟧", while a smaller group of supporters carried a banner that said "⟦s:-|Clean Power Now⟧".
"⟦d:a|Nobody is against clean energy. We're against it being dumped on the most beautiful view in the county,⟧" said Alan Weatherby, chair of the Brantwood Ridge Action Group.
Across the road, 16-year-old Freya Lindqvist-Oke said older residents were "⟦p:b|worried about a view while my generation is worried about a planet⟧".
"⟦d:b|They'll be dead before the worst of it. No offence,⟧" she said. "⟦d:b|Actually, some offence.⟧"
Inside, councillors voted 7-5 to approve the scheme. Planning committee chair Rajesh Varma said the decision had been "⟦p:c|finely balanced⟧".
"⟦d:c|I've had more letters on this than on anything in 14 years on the council, and I've read every one,⟧" he said.
As the result was announced, some in the crowd chanted "⟦s:-|Shame on you⟧". Weatherby said the group would seek a judicial review. "⟦d:a|This isn't over,⟧" he said.

### 051
@a Maureen Delaney | -
@b Kieran Delaney | Her son
@c Walter Tregenza | Regular customer
Maureen Delaney, who ran the Anchor Inn at Polgarrow for 47 years and once refused to serve a government minister because he had been rude to her barmaid, has died aged 90.
The incident, in 1983, became local legend. Asked about it years later, she said simply: “⟦d:a|Manners are free. He could have afforded some.⟧”
She took over the pub from her father in 1968, when it had no electricity upstairs and a reputation for fights, and turned it into the heart of the village. Its Thursday folk nights drew musicians from across the county.
Her son, Kieran Delaney, who now runs the Anchor, said she was “⟦p:b|tough as a boot and soft as butter, depending on who you were⟧”.
“⟦d:b|If you were a fisherman who'd lost a boat, she'd feed your family for a month and never mention it. If you were a tourist who put his feet on the table, God help you,⟧” he said.
Regular customer Walter Tregenza, 84, who has drunk at the Anchor since 1959, said the village had lost “⟦p:c|its front room⟧”. “⟦d:c|She knew what you drank, what your wife was called, and what you owed. She never forgot any of the three,⟧” he said.
The pub will close on Friday night, for the first time in living memory, for her wake. “⟦d:b|Mum would be furious about that,⟧” Kieran said. “⟦d:b|She'd say we were losing a night's takings.⟧”

### 052
@a Arman Petrosyan | rescuer
@b - | Doctors
@c Davit Karapetyan | Interior Minister
@d Global Emergency Response Agency | -
KARSEVAN, March 2 (Meridian Wire) - Rescuers pulled a seven-year-old girl alive from the rubble of a collapsed apartment block in Karsevan on Sunday, more than 80 hours after a magnitude 7.1 earthquake struck the region, as the confirmed death toll rose above 1,400.
"⟦d:a|We heard knocking at about two in the morning. Very weak, but regular,⟧" said rescuer Arman Petrosyan, speaking through an interpreter. "⟦d:a|We worked for six hours with our hands. When we saw her face, everyone was crying. Even the dogs were quiet.⟧"
The girl, whose name was not released, was taken to a field hospital on the edge of the city. Doctors said she was dehydrated but "⟦p:b|in remarkably good condition⟧".
Interior Minister Davit Karapetyan said more than 9,000 people were involved in the rescue effort. "⟦d:c|We will not stop while there is any chance of finding people alive,⟧" he told a briefing.
The Global Emergency Response Agency said shelter was now the most urgent need, with overnight temperatures falling below minus 5C. "⟦d:d|Tens of thousands of people are sleeping in cars or in the open. Tents and heaters are the priority,⟧" the agency said.

### 053
@a Brody Kinnear | TV chef
@b Castellan Property Group | The restaurant's landlord
@c - | A source close to the chef
@d - | One fan
TV chef Brody Kinnear has blasted the “⟦p:a|greedy⟧” landlord of his flagship restaurant after it was forced to close with just two weeks' notice.
The 45-year-old, who shot to fame on a Saturday morning cookery show, posted a tearful video to his 1.2 million followers on Sunday night.
“⟦d:a|Eleven years. Eleven years of blood, sweat and more butter than any cardiologist would approve of, and it's over because some greedy landlord wants to turn us into another phone shop,⟧” he said.
“⟦d:a|To my team: I'm so sorry. To my customers: thank you for everything.⟧”
The restaurant's landlord, Castellan Property Group, hit back, insisting Kinnear had been offered a new lease “⟦p:b|on fair market terms⟧” last year and had “⟦p:b|chosen not to take it⟧”.
A source close to the chef told us: “⟦d:c|Fair market terms meant doubling the rent. Brody's not daft. He'd have been working for the landlord.⟧”
Fans rushed to support him online. One fan wrote: “⟦d:d|Ate my first proper steak there on my 18th birthday. Gutted.⟧”

### 054
@a Mateus Carvalho | lead author
@b Winifred Ashby | the club's longest-serving recorder
@c Oluwaseun Bakare | director of science at the conservation charity Wingspan Trust
Swallows are arriving back in the Fennick Valley almost nine days earlier than they did in the 1990s, according to a study based on 40 years of records kept by amateur birdwatchers.
The research, published in the journal Avian Ecology Letters, used notebooks kept by members of the Fennick Valley Bird Club since 1984.
"⟦d:a|These are people who went out every morning in April with a flask and a pencil, for decades, with no idea their notebooks would end up in a scientific paper,⟧" said lead author Dr Mateus Carvalho, of Halstead University. "⟦d:a|They are the real authors of this work, honestly.⟧"
Winifred Ashby, the club's longest-serving recorder, is 88 and has not missed a spring since 1986. "⟦d:b|My husband used to say I loved the swallows more than him,⟧" she said. "⟦d:b|He wasn't entirely wrong.⟧"
Carvalho said earlier arrivals could leave the birds out of step with the insects they feed on. "⟦d:a|If the swallows are early and the insects aren't, that's a problem. If the insects are early and the swallows can't keep up, that's a bigger one,⟧" he said.
Dr Oluwaseun Bakare, director of science at the conservation charity Wingspan Trust, called the paper "⟦p:c|a brilliant example of citizen science⟧". "⟦d:c|We could never have paid for forty years of fieldwork like this,⟧" he said.

### 055
@a Adunni Balogun-Reid | Judge
@b Dashbite | -
@c - | a company spokesperson
@d Mehmet Özdemir | The authority's chief executive
Food delivery app Dashbite has lost its legal challenge against a £38m fine imposed by the Digital Markets Authority for using “⟦s:-|dark patterns⟧” to stop customers cancelling their subscriptions.
In a judgment handed down on Tuesday, Judge Adunni Balogun-Reid said the company's cancellation process had been “⟦p:a|designed not to be completed⟧”.
“⟦d:a|A customer who wished to cancel was required to navigate seven screens, three of which offered discounts, one of which asked whether they were sure, and one of which asked again,⟧” she wrote. “⟦d:a|It is difficult to see what purpose this served other than attrition.⟧”
Dashbite said it was “⟦p:b|disappointed⟧” by the ruling and was considering an appeal. “⟦d:c|We have already simplified our cancellation process and continue to believe the fine is disproportionate,⟧” a company spokesperson said.
The authority's chief executive, Mehmet Özdemir, said the ruling sent “⟦p:d|a clear message to the whole sector⟧”. “⟦d:d|If it takes one click to sign up, it should take one click to leave,⟧” he said.

### 056
@a Niamh Gallagher | Substitute
@b Hannah Olsen | Carrick captain
@c Sakura Ishikawa | captain
@d Lorna McAllister | Carrick manager
Substitute Niamh Gallagher scored an 88th-minute winner as Carrick Rovers beat the holders Westbury 2-1 in the Women's Cup final at Hallam Park on Sunday.
“⟦d:a|I've been on the bench all season. I kept telling myself, if I get five minutes, make it count,⟧” Gallagher said. “⟦d:a|I got eleven. That's six extra!⟧”
Westbury had led through a first-half header from captain Sakura Ishikawa, but Carrick captain Hannah Olsen, playing her final game before retirement, equalised with a free kick in the 71st minute.
“⟦d:b|I've been practising that free kick for 16 years and it finally went in, in a final. Perfect timing, really,⟧” Olsen said, holding the trophy. “⟦d:b|I can retire now. I'm retiring now. Someone take my boots.⟧”
Ishikawa, whose side had won the trophy two years running, was gracious in defeat. “⟦d:c|They deserved it. We stopped playing after we scored, and you can't do that in a final,⟧” she said.
Carrick manager Lorna McAllister said she would “⟦p:d|let the girls enjoy tonight and worry about the league tomorrow⟧”.

### 057
@a Gerald Fothergill | -
@b Amina Yusuf | Prosecutor
@c Niall Brennan | -
@d Susan Whitlow | Chair of the bench
@e Ken Matthews | bowls club secretary
A smallholder who let his goats loose on a village bowling green "⟦p:a|to teach the committee a lesson⟧" has been fined £400.
Gerald Fothergill, 66, of Marsh Lane, Little Cawston, admitted criminal damage when he appeared before Harnham Magistrates' Court on Thursday.
The court heard that Fothergill had been in a long-running dispute with Little Cawston Bowls Club over a right of way, and that he released four goats onto the green on the night of 12 June, causing £2,300 of damage.
Prosecutor Amina Yusuf said Fothergill had told police he did it "⟦p:a|to teach the committee a lesson⟧". "⟦d:b|When officers asked whether he regretted it, he said, and I quote, 'Only that there weren't more goats,'⟧" Ms Yusuf told the court.
Defending, Niall Brennan said his client was "⟦p:c|a decent man who has allowed a small grievance to become a large one⟧". "⟦d:c|He accepts it was foolish. He accepts the goats had no quarrel with anyone,⟧" Mr Brennan said.
Chair of the bench Susan Whitlow told Fothergill: "⟦d:d|Whatever your dispute with the club, the answer is not livestock.⟧"
Outside court, bowls club secretary Ken Matthews said: "⟦d:e|We're just glad it's over. The green's nearly recovered. Some of us haven't.⟧"

### 058
@a Dev Malhotra | -
@b Lalita Seth | veteran actress
Dev Malhotra's new sitcom, Second Floor, Left, is about a man who moves back in with his parents at 40. He is 41 and, he points out, lives alone.
``⟦d:a|It's not autobiographical. It's pre-biographical,⟧'' he said, over coffee in a cafe near the studio. ``⟦d:a|It's my worst nightmare, written down so I don't have to live it.⟧''
The series, which begins on KTV One on Friday, co-stars veteran actress Lalita Seth as his mother, a woman who communicates mainly through voice notes.
``⟦d:b|Dev rang me and said, I've written a part for you, she's loud, she's bossy and she's always right. I said, so you've written me,⟧'' Seth said.
The script was rejected, he says, by ``⟦p:a|every channel with a logo⟧'' before KTV One picked it up. ``⟦d:a|The notes were always the same: make it more relatable. I'd say, what's more relatable than hating your dad's voice notes?⟧'' Malhotra said.
Is it funny? Mostly, yes. The second episode, which revolves around a hostage situation involving a family-sized trifle, is the best half hour of comedy I have seen this year.
Asked whether his own parents had seen it, he winced. ``⟦d:a|My mum has. She said, and I quote, ‘It's very good, but why is the mother so loud?’ She's not. The actress is not. My mum just likes to give notes.⟧''

### 059
@a Ana-Maria Lupescu | a 52-year-old schoolteacher who travelled from the northern city of Brasca
@b Matei Georgescu | Student
@c Velmora city police | -
@d Bogdan Iliescu | Government spokesman
VELMORA, Nov 18 (Continental Press) - Tens of thousands of people marched through the centre of Velmora on Saturday in the largest protest in a decade against a proposed law that critics say would curb press freedom.
Marchers chanted «⟦s:-|Free press, free people⟧» and carried banners reading «⟦s:-|Hands off our newspapers⟧».
«⟦d:a|My grandfather went to prison for printing a leaflet. I did not think I would have to march for the same thing,⟧» said Ana-Maria Lupescu, a 52-year-old schoolteacher who travelled from the northern city of Brasca.
Student Matei Georgescu, 20, said he had come with his whole class. «⟦d:b|Our professor cancelled the seminar so we could come. He is here somewhere, with a placard,⟧» he said.
Velmora city police said in a statement that the march had been «⟦p:c|largely peaceful⟧» and that 14 people had been detained after scuffles near the parliament building.
Government spokesman Bogdan Iliescu said the law was designed to «⟦p:d|protect citizens from disinformation, not to silence anyone⟧». «⟦d:d|The government respects the right to protest. We also have a duty to govern,⟧» he told reporters.

### 060
@a Esperanza Quintero-Hale | -
@b Owain Hale | a retired maths teacher
At six in the morning, before the sun has reached the bottom of the valley, Esperanza Quintero-Hale is already in her veil, moving between the hives with a smoker in one hand and a flask of coffee in the other.
“⟦d:a|Bees don't care that it's Sunday,⟧” she says. “⟦d:a|They don't care about anything except the weather and the queen, which, now I think about it, is quite British of them.⟧”
Quintero-Hale, 52, keeps 60 hives on the slopes above Kelder. She came to beekeeping late, after 20 years as an air traffic controller.
“⟦d:a:m|I had a breakdown, basically. Not a dramatic one. I just stopped being able to sit in the chair. My doctor said, find something slow.⟧
“⟦d:a:m|A friend gave me a hive for my birthday, as a joke. I don't think she expected me to take it seriously. Within three years I had 30. My husband said it was that or him.⟧
“⟦d:a|He's still here. So are the bees. I think he's accepted he's the second most important thing in my life, which is a lot of men's situation, if they're honest.⟧”
Her honey now sells in 40 shops across the county, and last year her heather blend won gold at the Western Honey Show.
Her husband, Owain Hale, a retired maths teacher, helps at harvest time. “⟦d:b|I'm the muscle. She's the brains. The bees are the management,⟧” he said.
Asked whether he ever gets stung, he rolled up a sleeve. “⟦d:b|What do you think?⟧”

### 061
@a Rashida Begum | -
@b Westmoor Bank | -
@c - | A Westmoor spokesman
@d Kofi Boateng | Deputy Ombudsman
"⟦d:a|I have banked with Westmoor Bank for 22 years. Last month my card was declined at the supermarket. When I rang, I was told my account had been closed 'following a review' and that they could not tell me why. My wages were paid in two days later and bounced. What can I do?⟧" Rashida Begum, Coldharbour
Ms Begum, you are not alone. Banks are allowed to close accounts, but they must normally give 60 days' notice, and they should not leave a customer without access to their own money.
I contacted Westmoor on your behalf. Within a week, the bank reopened your account and said: "⟦d:b|We have reviewed Ms Begum's case and concluded that the account was closed in error. We have apologised and paid £250 in recognition of the distress caused.⟧"
A Westmoor spokesman added that the bank had "⟦p:c|updated its procedures⟧" as a result.
"⟦d:d|Sudden closures are among the most distressing complaints we see, because people lose access to their money overnight,⟧" said Deputy Ombudsman Kofi Boateng of the Banking Ombudsman Service. "⟦d:d|If it happens to you, complain to the bank in writing straight away, and come to us if you don't get an answer within eight weeks.⟧"

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh162.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh162",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
