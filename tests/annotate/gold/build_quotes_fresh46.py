# ruff: noqa: E501
"""Build ``quotes_fresh46.jsonl``: a forty-sixth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a mix of one day's
news pages of a general daily paper: national politics, crime and courts, health,
education, the economy, transport, weather, celebrity and entertainment news and
sport, written the way wire services and regional papers write them.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh46-NNN``.

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

Decisions specific to this set (where the conventions above leave room):

* An organisation introduced by name alone and later cued by a definite description
  (``the company said``, ``the council said``) takes that cue as its description, as
  a person cued by ``the striker`` would; one cued only by its name has a null
  description.
* A description is the phrase as it stands in the passage, article included
  (``the Kingsmere manager``, ``one fan who …``).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh46.py``.
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh46.jsonl")

PASSAGES = """
### 001
@a Helen Marsh | Finance Minister
@b Tomasz Wierzbicki | the opposition's finance spokesman
@c Ruth Ansell | chief economist at the Harwood Institute
@u - | one backbench MP who abstained
Finance Minister Helen Marsh survived a late-night vote on her spending plans on Tuesday after three rebels in her own party abstained rather than vote against the government.
The budget passed by 214 votes to 201. "⟦d:a|This is a budget for working families, and tonight parliament backed it,⟧" Marsh told reporters in the lobby shortly after midnight.
She rejected claims that the rise in fuel duty would hit rural drivers hardest. "⟦d:a|The figures simply do not show that,⟧" she said. "⟦d:a|Anyone who reads the impact assessment will see the opposite.⟧"
Tomasz Wierzbicki, the opposition's finance spokesman, called the result "⟦p:b|a pyrrhic victory⟧" and said the government had "⟦p:b|lost the argument in the country⟧".
"⟦d:b|They scraped through on abstentions. That is not a mandate, that is a holding pattern,⟧" he said.
One backbench MP who abstained said the whips had "⟦p:u|made promises they cannot keep⟧". "⟦d:u|I was told the rural fund would be doubled. I'll believe it when I see it,⟧" the MP said, speaking on condition of anonymity.
Ruth Ansell, chief economist at the Harwood Institute, said the plans left "⟦p:c|very little headroom⟧" if growth disappointed.
"⟦d:c|The minister has bet everything on a recovery in the second half of the year. If it doesn't come, she will be back at the despatch box in the autumn with a very different story,⟧" Ansell said.

### 002
@a Margaret Oduya | Judge
@c Sarah Kettering | Prosecutor
@d Daniel Fenwick | Detective Sergeant
@e Anne-Marie Collard | -
@f Little Lanterns Hospice | the hospice
A former accountant who stole £1.3 million from a children's hospice over nine years was jailed for six years on Wednesday.
Liam Drennan, 52, of Fellgate Road, Ashworth, admitted 14 counts of fraud by abuse of position at Northmere Crown Court last month.
Prosecutor Sarah Kettering said Drennan had moved money from the Little Lanterns Hospice accounts into a network of shell companies and spent much of it on holidays, a motor cruiser and online gambling.
"⟦d:c|He was trusted completely. Nobody checked his work because nobody thought they needed to,⟧" she told the court.
Sentencing him, Judge Margaret Oduya said his offending had been "⟦p:a|calculated, prolonged and utterly shameless⟧".
"⟦d:a|You stole from families at the worst moments of their lives. Every pound you took was a pound not spent on a dying child's care,⟧" the judge told him.
Drennan, who wept in the dock, had told probation officers that he intended to pay the money back. The judge said that claim rang "⟦p:a|hollow⟧", given that less than £40,000 had been recovered.
Outside court, Detective Sergeant Daniel Fenwick of Northmere Police's economic crime unit said the investigation had taken more than two years. "⟦d:d|We followed the money through 31 bank accounts. He thought it was too complicated for anyone to unpick. He was wrong,⟧" Fenwick said.
The hospice said in a statement that it had "⟦p:f|tightened every financial control we have⟧" and thanked supporters for standing by it.
"⟦d:e|Our nurses have been let down in the cruellest way, but the work goes on, and it will go on,⟧" said Anne-Marie Collard, who chairs the hospice's trustees.

### 003
@a Priya Venkataraman | the medical director of Eastfield University Hospitals
@b Carla Mendes | chief executive of the Patients’ Voice charity
@c Department of Health | the department
@d Gwen Tollett | -
@u - | a senior nurse at the hospital, who did not want to be named
Patients waited up to 41 hours for a bed at Eastfield General Hospital last weekend, as the trust declared a critical incident for the third time this winter.
Dr Priya Venkataraman, the medical director of Eastfield University Hospitals, said staff had been “⟦p:a|working flat out in impossible conditions⟧”.
“⟦d:a|We had 63 patients in a department built for 30. Nobody comes into medicine to treat people on trolleys in corridors,⟧” she said.
Gwen Tollett, whose 88-year-old mother spent two nights on a trolley after a fall at home, said the family had felt “⟦p:d|frightened and ignored⟧”.
“⟦d:d|Mum kept asking where she was. The nurses were kind, but there were simply too few of them,⟧” Tollett said. “⟦d:d|I don’t blame them. I blame whoever let it get this bad.⟧”
A senior nurse at the hospital, who did not want to be named, described the weekend as “⟦p:u|the worst I have seen in 22 years⟧”.
Carla Mendes, chief executive of the Patients’ Voice charity, said so-called “⟦s:-|corridor care⟧” had become routine across the region.
“⟦d:b|These are not isolated incidents any more. They are the system telling us it has run out of room,⟧” Mendes said.
The Department of Health said an extra £200 million had been allocated to emergency care this winter. “⟦d:c|We recognise the pressure staff are under and are working closely with trusts to free up beds,⟧” the department said in a statement.

### 004
@a Dominic Achterberg | general secretary of the National Teachers' Federation
@b Sunita Rao | Education Secretary
@c Fiona McAllister | headteacher of Bramley Park Academy in Leyfield
@d Ellie | one Year 11 pupil
Teachers in 3,000 schools will strike for two days next month after members of the National Teachers' Federation voted overwhelmingly for industrial action over pay.
The union said 78 per cent of those who voted had backed a walkout, on a turnout of 56 per cent.
Dominic Achterberg, general secretary of the National Teachers' Federation, said the result was "⟦p:a|a cry of anger from a profession at breaking point⟧".
"⟦d:a|Nobody wants to close schools. But teachers have watched their pay fall behind for a decade, and they have had enough,⟧" he told a press conference in Carden.
Education Secretary Sunita Rao said the strike was "⟦p:b|deeply regrettable⟧" and urged the union to return to talks. "⟦d:b|My door remains open. A 4.5 per cent offer is on the table, and it is a fair one,⟧" she said.
"⟦d:b|Children have already lost too much learning. They should not lose more.⟧"
Fiona McAllister, headteacher of Bramley Park Academy in Leyfield, said she expected to close the school to most year groups on both days.
"⟦d:c|I have a lot of sympathy with my staff. I also have 1,100 children and their parents to think about,⟧" McAllister said. "⟦d:c|We will prioritise the exam years.⟧"
One Year 11 pupil, Ellie, 16, said she was worried about her mock exams. "⟦d:d|We've already had supply teachers for half of science. Another two days off is the last thing we need,⟧" she said.

### 005
@a Harlow Foods | the company
@b Gary Pemberton | regional organiser for the General and Municipal Union
@c Jacqui Holt | -
@d Imran Siddiqui | Brackenford's mayor
More than 600 jobs are at risk after Harlow Foods announced it would close its biscuit factory in Brackenford, ending more than a century of production in the town.
The company, which makes Crumble Crown and Teatime Gold biscuits, said production would move to its plant near Eindhoven by the end of next year.
"⟦d:a|This has been an extremely difficult decision. The Brackenford site needs investment of more than £80 million simply to remain viable,⟧" Harlow Foods said in a statement.
"⟦d:a|We will do everything we can to support colleagues through this process,⟧" the company added.
Gary Pemberton, regional organiser for the General and Municipal Union, said workers had learned of the plan "⟦p:b|from a two-minute video message⟧".
"⟦d:b|Families who have given this firm three generations of service deserve better than that. We will fight this closure every step of the way,⟧" he said.
Jacqui Holt, who has worked on the packing line for 23 years, said the mood on the shop floor was "⟦p:c|numb⟧". "⟦d:c|My dad worked here, my husband works here. I don't know what the town does without it,⟧" she said.
Brackenford's mayor, Imran Siddiqui, said he had written to the chief executive asking for an urgent meeting. "⟦d:d|This factory is the heart of our town. I will not let it go without a fight,⟧" Siddiqui said.
Shares in Harlow Foods rose 3 per cent on the news.

### 006
@a Northline Rail | -
@u - | a Northline spokesman
@b Kerry Blackwood | chair of the Commuters’ Alliance
@c Raj Kohli | -
@d Alun Pritchard | Rail minister
Thousands of commuters faced a third day of cancellations on the Westbridge line on Thursday after a signalling fault near Ferrymoor junction left trains unable to run at full speed.
Northline Rail cancelled one in four services during the morning peak and warned passengers to expect disruption until at least Monday.
“⟦d:a|Engineers have been working around the clock to locate the fault, which affects cabling installed in the 1970s,⟧” Northline Rail said on its website. “⟦d:a|We are sorry for the disruption to journeys.⟧”
A Northline spokesman later admitted the operator did not yet know what had caused the failure. “⟦d:u|It is a needle in a haystack. There are several kilometres of cable to test,⟧” he said.
Kerry Blackwood, chair of the Commuters’ Alliance, said passengers had been “⟦p:b|treated like cattle⟧” at Westbridge Central, where crowds built up on the concourse on Wednesday evening.
“⟦d:b|People were fainting on platforms. There was no information and no staff to ask,⟧” she said.
Raj Kohli, who commutes from Harlan Cross to a bank in the city, said his journey had taken more than three hours. “⟦d:c|I’ve given up. I’m working from my kitchen table until they fix it,⟧” he said.
Rail minister Alun Pritchard said he had asked for a full report. “⟦d:d|Passengers have been let down badly this week and they deserve answers,⟧” he told the Westbridge Evening Post.

### 007
@a Hannah Lindqvist | a forecaster at the National Weather Service
@b Tremorran County Council | the council
@c Bryn Ellory | harbourmaster
@d Maureen Tapp | -
Storm Isolde is expected to bring gusts of up to 90mph to western coasts on Friday, with forecasters issuing an amber warning for much of the region.
Hannah Lindqvist, a forecaster at the National Weather Service, said the strongest winds would arrive on Friday evening, coinciding with a high spring tide.
"⟦d:a:m|That combination is what worries us. Large waves and a storm surge could overtop sea defences in exposed places, and people should stay well away from promenades and harbour walls.⟧
"⟦d:a|Inland, we're expecting fallen trees and disruption to power supplies. If you don't need to travel on Friday night, don't.⟧"
Tremorran County Council said sandbags would be available at four depots from Thursday afternoon. "⟦d:b|Our crews will be out all night clearing drains and gullies,⟧" the council said.
At Portheven, harbourmaster Bryn Ellory said boat owners had been moving vessels into the inner harbour all day. "⟦d:c|We've seen a few of these. The sea always wins, so you give it room,⟧" he said.
Maureen Tapp, 74, whose bungalow on Quay Street flooded during Storm Corwen in 2020, said she was taking no chances. "⟦d:d|The photos are upstairs, the rugs are up and my daughter is coming to fetch me,⟧" she said.

### 008
@a Marisol Quintero-Bay | Pop star
@b Corbin Hale | Her manager
@c Stellar Live | Promoter
@u - | one fan who had travelled from Dunmore with her two daughters
Pop star Marisol Quintero-Bay has cancelled the remaining 14 dates of her Glasshouse tour, citing exhaustion and a vocal cord injury.
The 29-year-old announced the decision in a post to her 11 million followers on Tuesday night.
“⟦d:a|I have tried to push through, and my body has told me very clearly that I can’t. I am so, so sorry,⟧” she wrote. “⟦d:a|You deserve the best version of me, and right now I can’t give you that.⟧”
Her manager, Corbin Hale, said the singer had been advised by doctors to rest her voice for at least three months. “⟦d:b|This is not a decision she made lightly. She has never cancelled a show in her life,⟧” he told Spotlight Weekly.
Promoter Stellar Live said all tickets would be refunded automatically within 14 days. “⟦d:c|Marisol’s health comes first,⟧” the company said.
Fans who had queued outside the Arcadia arena in Lowmarsh learned of the cancellation from their phones. One fan who had travelled from Dunmore with her two daughters said she was “⟦p:u|gutted but understanding⟧”.
“⟦d:u|She looked exhausted at the last show. I’d rather she got better,⟧” she said.
Quintero-Bay’s fourth album, “⟦s:-|Salt and Static⟧”, is due out in the spring.

### 009
@a Stefan Mihailović | the Kingsmere manager
@b Tyrese Okonkwo-Grant | Substitute
@c Dean Marwood | Port Alder boss
Substitute Tyrese Okonkwo-Grant scored twice in the last nine minutes as Kingsmere United came from behind to beat Port Alder 2-1 and move up to third in the Championship.
Port Alder had led through Jonah Freel's header on the hour and looked set for a first away win since October until Okonkwo-Grant, on the pitch for only six minutes, turned in Callum Reyes's low cross at the near post.
The 21-year-old then won it in stoppage time, curling a free kick over the wall from 25 yards.
"⟦d:b|I've been practising those all week and the gaffer kept telling me to stop showing off,⟧" Okonkwo-Grant said. "⟦d:b|I'm glad I didn't listen.⟧"
Stefan Mihailović, the Kingsmere manager, admitted his side had been "⟦p:a|second best for an hour⟧".
"⟦d:a|We were slow, we were sloppy and we deserved to be behind. But the boys showed character, and Tyrese changed the game,⟧" he said.
Port Alder boss Dean Marwood was furious that the free kick had been given for what he called "⟦p:c|the softest foul of the season⟧".
"⟦d:c|My player barely touches him. The referee has been conned and it has cost us two points,⟧" Marwood said. "⟦d:c|I'll be asking for an explanation, not that I expect one.⟧"
Marwood, 48, also confirmed that goalkeeper Ilya Santos would miss the next month with a hamstring strain.

### 010
@a Noor Al-Hashimi | -
@g - | My grandmother
@r - | A critic at the Elmsworth Courier
Noor Al-Hashimi opened her first restaurant, a 20-seat café in the back streets of Elmsworth, in 2014. Her third cookbook, "⟦s:-|Bread Before Breakfast⟧", is published on Thursday. She spoke to us about failure, family recipes and why she stopped reading reviews.
Q: You have described the first year of the café as "⟦p:a|a disaster⟧". Was it really that bad?
A: It was worse. We had almost no customers for three months. My father came in every single day and ordered a coffee so the place didn't look empty.
Q: What changed?
A: A woman came in one rainy afternoon and ordered the lamb flatbread. The next week she brought six friends. I found out later that she wrote a food blog. I still don't know her real name.
Q: The new book is built around your grandmother's recipes.
A: Everything in it comes from her kitchen in Mosul. My grandmother used to say, "⟦d:g|Bread does not care that you are in a hurry,⟧" and she was right about that, and about most things.
Q: Do you read your reviews?
A: Not any more. A critic at the Elmsworth Courier once called my food "⟦p:r|honest but unremarkable⟧" and I couldn't sleep for a week. Now my husband reads them and tells me only the nice ones.

### 011
@a Élodie Marchetti-Roux | Verenne's foreign minister
@b Dragan Vuković | Saltavia's chief negotiator
@c Ansgar Holm | the United Nations special envoy
Talks between Verenne and its eastern neighbour Saltavia over the disputed Orlen valley ended without agreement on Monday, but both sides said they would meet again within a month.
Verenne's foreign minister, Élodie Marchetti-Roux, told reporters in French: «⟦d:a|Nous avons beaucoup parlé, mais nous n'avons rien signé.⟧» («⟦d:a|We talked a great deal, but we signed nothing.⟧»)
She said Verenne would not accept any arrangement that «⟦p:a|rewards the use of force⟧» and called on Saltavia to withdraw its border police from the valley's three villages.
Saltavia's chief negotiator, Dragan Vuković, was more upbeat. «⟦d:b|For the first time in six years, we sat in the same room for eight hours and nobody walked out,⟧» he said through an interpreter. «⟦d:b|That is not nothing.⟧»
The talks were chaired by Ansgar Holm, the United Nations special envoy, who described them as «⟦p:c|frank, at times difficult, but serious⟧».
«⟦d:c|Both delegations have homework to do. I have asked them to come back with written proposals on the water-sharing question,⟧» Holm said.
About 200 villagers from the valley protested outside the conference hotel, holding banners reading «⟦s:-|Orlen is not for sale⟧».

### 012
@a Rachel Adeyemi | Detective Inspector
@b Lisa Tennant | His mother
@u - | A neighbour
Police searching for a 15-year-old boy missing from his home in Sallowby for four days have released CCTV images of him walking along the canal towpath on the night he disappeared.
Owen Tennant was last seen at about 10.40pm on Saturday near Locksmith Bridge, wearing a dark green hooded top, grey tracksuit bottoms and white trainers.
Detective Inspector Rachel Adeyemi, who is leading the search, said officers were "⟦p:a|increasingly concerned⟧" for his welfare.
"⟦d:a|Owen has never done anything like this before. Someone out there may have seen him, perhaps without realising it, and I would urge them to get in touch,⟧" she said.
His mother, Lisa Tennant, made an emotional appeal at a press conference at Sallowby police station on Wednesday.
"⟦d:b:m|Owen, if you see this, please just ring. You are not in any trouble. Nobody is angry with you. We just want to know you're safe.⟧
"⟦d:b|To anyone who has seen him: please, please call the police. Every bit of information helps.⟧"
She had to stop several times, and Adeyemi placed a hand on her shoulder as she finished.
A neighbour said Owen was "⟦p:u|a quiet, polite lad who lives on his bike⟧".
Anyone with information is asked to call 101, quoting reference 447.

### 013
@a Deborah Finch-Lowe | chair of the planning committee
@b Oakridge Homes | Developer
@c Peter Scanlon | -
@d Aisha Bello | -
Plans for 420 homes on Mill Meadow, on the edge of Hartsfield, were approved by Corwen District Council on Tuesday night despite more than 1,800 objections.
Councillors voted seven to five in favour after a four-hour meeting in which campaigners repeatedly interrupted proceedings.
Deborah Finch-Lowe, chair of the planning committee, said the council had ``⟦p:a|no lawful grounds⟧'' to refuse the application. ``⟦d:a|We have a legal duty to meet our housing target. If we had turned this down, it would have been approved on appeal and we would have lost any say over the details,⟧'' she said.
Developer Oakridge Homes said 30 per cent of the houses would be affordable and that it would contribute £2.4 million towards a new primary school. ``⟦d:b|We have listened to residents throughout and made significant changes to the scheme,⟧'' the firm said.
Peter Scanlon, of the Save Mill Meadow campaign, said the decision was ``⟦p:c|a betrayal⟧''. ``⟦d:c|They've put an estate the size of a village on a flood plain, and they know it. We'll be looking at a judicial review,⟧'' he said.
Aisha Bello, who has two children at Mill Lane Primary, said the roads could not cope. ``⟦d:d|It takes me 20 minutes to do the school run already, and it's half a mile,⟧'' she said.
Protesters chanted ``⟦s:-|shame on you⟧'' as councillors left the chamber.

### 014
@a Kwame Asante | the study’s lead author
@b Ingrid Solberg | a consultant geriatrician who was not involved in the research
@c Brain Health Alliance | a charity
People over 60 who walk briskly for at least 20 minutes a day are a third less likely to develop dementia over the following decade, according to a large study published on Wednesday.
Researchers at the University of Dunhollow followed 48,000 adults for an average of 11 years, using wrist-worn activity trackers to measure how much they moved.
Dr Kwame Asante, the study’s lead author, said the size of the effect had surprised the team.
“⟦d:a|We expected to see some benefit, but not this much. It held up even when we accounted for weight, smoking, education and blood pressure,⟧” he said.
He cautioned that the study showed an association rather than proof of cause. “⟦d:a|It is possible that people who are already in the very early stages of the disease walk less. We tried to rule that out, but we can’t completely,⟧” Asante said.
Dr Ingrid Solberg, a consultant geriatrician who was not involved in the research, called the findings “⟦p:b|encouraging but not the final word⟧”.
“⟦d:b|The message to patients doesn’t change: what is good for your heart is good for your brain,⟧” she said.
The Brain Health Alliance, a charity, said the study added to “⟦p:c|a growing body of evidence⟧” that lifestyle mattered. “⟦d:c|About four in ten cases of dementia could be delayed or prevented,⟧” it said.

### 015
@a Lucía Ferrer Almunia | the fourth seed
@b Katarina Blomqvist | the 19-year-old
@c Tomás Ferrer | Ferrer Almunia's father and coach
Lucía Ferrer Almunia, the fourth seed, reached the final of the Kessington Open on Saturday with a 6-4, 3-6, 7-5 win over Sweden's Katarina Blomqvist in a match lasting almost three hours.
Ferrer Almunia saved two break points at 5-5 in the deciding set before breaking Blomqvist's serve with a backhand pass down the line.
"⟦d:a|Estoy muerta, pero muy feliz,⟧" she told the crowd in Spanish ("⟦d:a|I'm dead, but very happy⟧").
Later, at her press conference, she said: "⟦d:a|Katarina played unbelievable tennis in the second set. I just tried to stay in the rallies and wait for my chance.⟧"
Blomqvist, playing in her first semi-final on the tour, said she had no regrets. "⟦d:b|I had my chances. Next time I'll take them,⟧" the 19-year-old said.
Ferrer Almunia's father and coach, Tomás Ferrer, revealed that she had been struggling with a sore wrist all week. "⟦d:c|She didn't want anyone to know. She is stubborn, like her mother,⟧" he said with a smile.
She will face the top seed, Mirela Dragomir, in Sunday's final.

### 016
@a Gareth Lomax | the former home secretary
@b Oliver Brandt-Hughes | the 38-year-old
@c Simon Achebe | -
@u - | An ally of Brandt-Hughes
The race to lead the Progressive Alliance narrowed to two candidates on Thursday after the third round of voting among the party's MPs.
Gareth Lomax, the former home secretary, topped the ballot with 71 votes, ahead of Oliver Brandt-Hughes on 58. Ines Carvalho, the health spokeswoman, was eliminated with 33 and declined to endorse either man.
Lomax, 57, said he was "⟦p:a|humbled⟧" by the support of colleagues and would now take his case to the party's 140,000 members. "⟦d:a|This party needs experience, not experiments,⟧" he said, in a swipe at his younger rival.
Brandt-Hughes, who was first elected only four years ago, hit back within the hour. "⟦d:b|Experience is what got us 19 per cent at the last election. I'd politely suggest we try something else,⟧" the 38-year-old said.
He told supporters at a rally in Marlow Street that he would "⟦p:b|take the fight to every town we have forgotten⟧".
Asked about the jibe, Lomax told reporters: "⟦d:a|I have no intention of getting into a slanging match. The members will decide.⟧"
An ally of Brandt-Hughes said the campaign believed it was "⟦p:u|well ahead⟧" among members. "⟦d:u|MPs vote with their heads. Members vote with their hearts, and Oliver has their hearts,⟧" the ally said.
Simon Achebe, who chaired the party from 2011 to 2015, warned both men against a bitter contest. "⟦d:c|The last time we did this, we spent two years picking up the pieces. Disagree, by all means, but do it like grown-ups,⟧" he told Radio Harwick.

### 017
@a Joanna Whitlock | Chief Inspector
@b Patrick Moriarty | Recorder
@c Beryl Ashcombe | -
@d Nadim Hussain | -
Four men who targeted elderly people in a series of distraction burglaries across the Vale of Ardley have been jailed for a total of 27 years.
The gang, who posed as water board workers, stole cash, jewellery and war medals from 23 homes over 18 months, Ardley Crown Court heard.
Carl Brewer, 41, Dean Brewer, 38, Jason Kilbride, 44, and Ryan Doyle, 29, all of no fixed address, admitted conspiracy to burgle.
In a statement read to the court, Beryl Ashcombe, 86, said she no longer felt safe in the house where she had lived for 60 years.
“⟦d:c:m|They took my husband’s medals from the drawer by my bed. He earned those at Monte Kerrow. I kept them for 40 years after he died, and now they are gone.⟧
“⟦d:c|I don’t answer the door any more. My son has put a camera up. I feel like a prisoner in my own home.⟧”
Nadim Hussain, for Carl Brewer, said his client had shown “⟦p:d|genuine remorse⟧” and had written a letter of apology to each of the victims.
Recorder Patrick Moriarty said the men had “⟦p:b|deliberately chosen the most vulnerable people they could find⟧”.
“⟦d:b|The harm here goes far beyond the value of what was stolen. You have taken away these people’s peace of mind, and no sentence I pass can give it back,⟧” he told them.
After the hearing, Chief Inspector Joanna Whitlock urged older people to ask for identification from anyone calling at the door. “⟦d:a|Genuine workers will never mind waiting while you check. If in doubt, keep them out,⟧” she said.

### 018
@a Helena Okafor | director of public health for Sandmere
@b Tom Ridgeway | -
@c Health Protection Agency | the agency
@d Maryam Qureshi | a GP in Holtby
Health officials have confirmed 37 cases of measles in Sandmere in the past month, the largest outbreak in the county for more than a decade.
Eleven children have been treated in hospital, two of them in intensive care. Most of the cases are linked to three primary schools in Holtby.
Dr Helena Okafor, director of public health for Sandmere, said vaccination rates in parts of the town had fallen below 80 per cent, well short of the 95 per cent needed to stop the virus spreading.
"⟦d:a|Measles is not a mild illness. It is one of the most infectious diseases we know, and it can kill,⟧" she said. "⟦d:a|The vaccine is safe, it is free and it works.⟧"
Dr Maryam Qureshi, a GP in Holtby, said her practice had been running extra clinics on Saturdays. "⟦d:d|We've vaccinated more children in the last fortnight than in the previous six months. The queues tell you people are worried,⟧" she said.
She said some parents had been put off by "⟦p:d|nonsense they've read online⟧", but that most had simply not got round to it.
Tom Ridgeway, whose six-year-old son Alfie spent four days in hospital, said he regretted not having him vaccinated. "⟦d:b|We kept meaning to. Then life got busy. I'll never forgive myself for how ill he got,⟧" he said.
The Health Protection Agency said it was writing to the parents of every unvaccinated child in the area. "⟦d:c|It is never too late to catch up,⟧" the agency said.

### 019
@a Gillian Strachan | the vice-chancellor of Halburn University
@b Oluwaseun Adebayo-Fry | the students’ union president
@c Marek Nowicki | the union’s branch secretary
@d Halburn University | the university
@u - | A university spokeswoman
Halburn University is to close its departments of modern languages, music and philosophy and cut up to 180 jobs as it tries to plug a £31 million hole in its finances.
The university said the three departments had seen applications fall by more than 40 per cent in five years and were “⟦p:d|no longer financially sustainable⟧”.
Professor Gillian Strachan, the vice-chancellor of Halburn University, said the decision had been “⟦p:a|painful⟧”. “⟦d:a|We have to balance the books. If we do not act now, we put the whole university at risk, not just three departments,⟧” she said.
“⟦d:d|No student currently enrolled will be left without a route to complete their degree,⟧” the university said.
Oluwaseun Adebayo-Fry, the students’ union president, said the news had been greeted with “⟦p:b|disbelief and fury⟧” on campus. “⟦d:b|A university without philosophy is a vocational college with a nicer logo,⟧” she said.
Marek Nowicki, the union’s branch secretary, said staff would be balloted on strike action. “⟦d:c|Management have spent £60 million on a new business school while telling us there’s no money. Nobody here believes them,⟧” he said.
A university spokeswoman responded: “⟦d:u|The business school was funded by borrowing agreed in 2019, and it is now one of our most popular schools.⟧”

### 020
@a Christoph Lindahl | Central Bank governor
@b Amelia Proudfoot | chief economist at Ravensworth Capital
@c Small Traders' Association | -
@d Danny Okoro | a mortgage broker in Wexley
The Central Bank held interest rates at 4.75 per cent on Thursday, but signalled that a cut could come as early as next month if inflation continues to fall.
The bank's monetary policy committee voted six to three to keep rates on hold, with the three dissenters favouring an immediate quarter-point cut, according to minutes published alongside the decision.
Central Bank governor Christoph Lindahl said the committee needed "⟦p:a|a little more evidence⟧" that price rises were under control.
"⟦d:a|We are not there yet, but we are getting closer. I would rather be a month late than cut too soon and have to reverse course,⟧" he told a press conference.
Asked whether a cut in June was likely, Lindahl replied: "⟦d:a|I am not going to pre-announce our decisions. But nobody should be surprised if the committee's view has moved by then.⟧"
Amelia Proudfoot, chief economist at Ravensworth Capital, said markets had taken that as "⟦p:b|about as clear a signal as a central banker ever gives⟧". "⟦d:b|I'd put the chances of a June cut at better than 70 per cent,⟧" she said.
The Small Traders' Association said the decision was "⟦p:c|a missed opportunity⟧". "⟦d:c|Every month of high rates pushes more firms over the edge,⟧" it said.
Danny Okoro, a mortgage broker in Wexley, said first-time buyers were holding off. "⟦d:d|People are waiting for the cut. I've had three clients pull out of purchases this week alone,⟧" he said.

### 021
@a Cresswell Buses | operator
@b Dilys Protheroe | a retired teacher from Llanfeth
@c Huw Bevan-Rees | the county council's cabinet member for transport
@d Siân Morgan | -
Villages in the upper Tarran valley will lose their only bus service from next month after operator Cresswell Buses said route 44 was no longer viable.
The route, which links eight villages with the market town of Abermorlais, carried an average of 11 passengers per journey last year, the company said.
``⟦d:a|We have run this service at a loss for three years. Without extra support from the council, we simply cannot continue,⟧'' Cresswell Buses said.
Dilys Protheroe, a retired teacher from Llanfeth, uses the bus twice a week to get to the doctor and the shops. ``⟦d:b|I don't drive and I never have. Without the 44, I am stuck,⟧'' she said. ``⟦d:b|They keep telling us to get out and about, and then they take the bus away.⟧''
Huw Bevan-Rees, the county council's cabinet member for transport, said the authority had offered Cresswell £90,000 a year to keep the route running, but the company had asked for twice that. ``⟦d:c|We are still talking. I have not given up on it,⟧'' he said.
Siân Morgan, who runs a community car scheme in the valley, said volunteers could not fill the gap. ``⟦d:d|We've got six drivers, most of them in their seventies. We can do hospital runs, but not the everyday trips,⟧'' she said.

### 022
@a Ade Salisu | a forecaster at Skyline Weather
@b Fatima Zahra Benali | a consultant in emergency medicine at St Cuthbert’s Hospital
@c Gino | -
@d Hollie | -
@e - | a coastguard spokeswoman
Temperatures are expected to reach 34C in the south-east on Saturday, the hottest day of the year so far, as a heat health alert comes into force.
Ade Salisu, a forecaster at Skyline Weather, said the heat would build through the week before thunderstorms arrive on Monday. “⟦d:a|Nights will be uncomfortable too, with temperatures in cities not dropping much below 20C,⟧” he said.
Doctors urged people to look out for elderly neighbours. Dr Fatima Zahra Benali, a consultant in emergency medicine at St Cuthbert’s Hospital, said: “⟦d:b|Every heatwave, we see older people who have been sitting in hot flats for days without drinking enough. A knock on the door can save a life.⟧”
On Sandbay promenade the crowds were already out on Thursday. Gino, who has sold ice cream from the same kiosk for 31 years, said he had ordered double his usual stock.
“⟦d:c|Pistachio goes first, always. Then lemon. The English like lemon when it’s hot,⟧” he said, laughing. “⟦d:c|By Saturday I will be selling anything cold.⟧”
Hollie, 24, who had come down from Barrowden with friends, said she intended to stay in the sea “⟦p:d|until the lifeguards drag me out⟧”.
The coastguard warned swimmers to stay between the red and yellow flags. “⟦d:e|The water is still cold enough to cause shock, however warm it feels on the beach,⟧” a coastguard spokeswoman said.

### 023
@a Declan Fahy-Mortimer | -
@b Saoirse Ní Bhriain | His co-star
@c Wendell Osgood | The film's director
Declan Fahy-Mortimer was named best actor at the Silver Lantern awards in Corbridge on Sunday night for his role as a grieving lighthouse keeper in "⟦s:-|The Long Watch⟧".
The 44-year-old, who had been nominated four times before without winning, appeared close to tears as he collected the award.
"⟦d:a:m|I had a speech ready the first four times, and I didn't need it, so this year I didn't write one. That was a mistake.⟧
"⟦d:a:m|I want to thank my mother, who drove me to every audition in a Fiat that had no reverse gear. And Saoirse, who carried me through every scene we had together.⟧
"⟦d:a|And to anyone who's been told 'not this year' a few times: keep turning up.⟧"
His co-star Saoirse Ní Bhriain, who was nominated for best supporting actress, said afterwards that the win was "⟦p:b|long overdue⟧". "⟦d:b|He's the most generous actor I've ever worked with. He'd give you the scene every time,⟧" she said.
The film's director, Wendell Osgood, joked that he was "⟦p:c|taking ten per cent⟧". "⟦d:c|Honestly, I just pointed the camera at Declan and got out of the way,⟧" he said.
"⟦s:-|The Long Watch⟧" also won awards for cinematography and original score.

### 024
@a Rohan Deshpande | Westmoor captain
@b Kieran Ashby-Lowe | the fast bowler
@c Graham Tunstall | Eastholme's head coach
Kieran Ashby-Lowe took six wickets for 31 as Westmoor bowled Eastholme out for 142 to win by 96 runs at Priory Park and go top of the county championship.
Eastholme, chasing 239 on a pitch offering sharp bounce, had been 88 for two at lunch before Ashby-Lowe took four wickets in 19 balls after the interval.
"⟦d:b|The new ball was doing a bit after lunch and I just tried to hit the seam as often as I could,⟧" the fast bowler said. "⟦d:b|When it's going like that, you don't want to come off.⟧"
Westmoor captain Rohan Deshpande, whose 84 on the first day set up the win, said the side were "⟦p:a|not getting carried away⟧".
"⟦d:a|It's a great result, but there are nine games left and we were top at this stage last year too,⟧" he said.
Eastholme's head coach, Graham Tunstall, said his batsmen had "⟦p:c|lost their heads⟧". "⟦d:c|Two or three of those dismissals were poor shots, and at this level you get punished,⟧" Tunstall said.

### 025
@a J. P. Costigan | jockey
@b Hermione Vaux | Trainer
@c Abdulaziz Al-Rumaihi | The horse’s owner
Copper Lantern, a 20-1 outsider, won the Glenmoray Gold Cup by a neck on Saturday, giving jockey J. P. Costigan the biggest win of his career.
The seven-year-old mare came from last place at the final fence to overhaul the favourite, Storm Harbour, in the last 50 yards.
“⟦d:a|I thought we were beaten at the second-last. She just kept finding more,⟧” Costigan said. “⟦d:a|I’ve been riding 15 years and I’ve never felt anything like that.⟧”
Trainer Hermione Vaux, who prepares just 12 horses at her yard near Caverley, said she had “⟦p:b|almost taken her out of the race⟧” after heavy overnight rain.
“⟦d:b|She hates soft ground, or so I thought. Shows how much I know,⟧” Vaux said.
The horse’s owner, Abdulaziz Al-Rumaihi, who bought Copper Lantern for £8,000 as a three-year-old, said the victory was “⟦p:c|a dream⟧”. “⟦d:c|My father loved this race. I wish he had been here to see it,⟧” he said.

### 026
@b - | Forty-two backbench MPs
@a Margot Ellesmere | the MP for Stanbury
@c - | A spokesman for the prime minister
@d Catherine Oyelaran | Prime Minister
Forty-two backbench MPs have written to the prime minister urging her to scrap plans to close 19 county courts, warning that the move would leave victims of crime "⟦p:b|hours from justice⟧".
In the letter, the MPs wrote: "⟦d:b|Closing these courts will not save money in the long run. It will push costs on to the police, on to witnesses and on to victims, many of whom cannot afford to travel.⟧"
The letter was organised by Margot Ellesmere, the MP for Stanbury, whose constituency would lose its court under the plans.
"⟦d:a|This is not a rebellion. It's a request from colleagues who want the government to succeed and think it is about to make a mistake,⟧" she told the Stanbury Courier.
Ellesmere said she expected more MPs to sign over the weekend. "⟦d:a|I've had a dozen messages from people who wanted to add their names but couldn't reach me in time,⟧" she said.
A spokesman for the prime minister said no final decision had been taken. "⟦d:c|The consultation is open and we will look carefully at every response,⟧" he said.
Prime Minister Catherine Oyelaran, on a visit to a hospital in Leckford, was asked whether she would change course. "⟦d:d|I always listen to colleagues. But the court estate is crumbling and we have to modernise it,⟧" she said.

### 027
@a Alistair Brennan-Kerr | Senior coroner
@b Nadia Petrova-Lane | Her sister
@c Stuart Nairn | The driver of the lorry
@d Castlegate Cycling Campaign | -
A cyclist who was killed by a turning lorry in Castlegate died because of a “⟦p:a|catastrophic blind spot⟧” that modern safety equipment could have removed, a coroner has concluded.
Elena Petrova, 31, a pharmacist, was hit at the junction of Castlegate and Mercer Street on her way to work in March last year.
The driver of the lorry, Stuart Nairn, told the inquest at Castlegate Town Hall that he had checked all of his mirrors before turning left. “⟦d:c|I never saw her. I have gone over it every night since, and I still don’t know how I didn’t see her,⟧” he said.
Senior coroner Alistair Brennan-Kerr recorded a conclusion of accidental death. He said the lorry, which was built in 2011, had not been fitted with side cameras or sensors.
“⟦d:a|Had it been, I am satisfied on the balance of probabilities that Ms Petrova would be alive today,⟧” he said. He said he would write to the transport department urging it to make such equipment compulsory on older vehicles.
Her sister, Nadia Petrova-Lane, said outside the hearing that the family would “⟦p:b|keep fighting so that no other family gets that phone call⟧”.
“⟦d:b|Elena was careful. She wore the helmet, she had the lights. It made no difference,⟧” she said.
The Castlegate Cycling Campaign said in a statement: “⟦d:d|The coroner could not have been clearer. Ministers have no excuse left.⟧”

### 028
@a Mhairi | -
@b Callum | her crewmate
@c Ewan Mackinnon | the station's coxswain
It was just after 3am when Mhairi's pager went off. She had been a volunteer crew member at Portcarron lifeboat station for eight months and had never been called out at night.
"⟦d:a|I remember thinking, this is it, this is the real thing,⟧" she said. "⟦d:a|I was in my boots before I was properly awake.⟧"
Callum, her crewmate, had been on the boat for 11 years. He was already at the station when she arrived.
"⟦d:b|She was white as a sheet,⟧" he recalled. "⟦d:b|I told her, 'You'll be fine, just do what you trained for.'⟧"
"⟦d:a|He did not say that,⟧" Mhairi said, laughing. "⟦d:a|He said, 'Don't be sick on my boots.'⟧"
The call was to a fishing boat that had lost power four miles off Ardnish Point, with two men on board and a three-metre swell.
Ewan Mackinnon, the station's coxswain, said conditions had been "⟦p:c|about as bad as you'd want to go out in⟧". "⟦d:c|We had them under tow within the hour. They were cold and frightened, but they were fine,⟧" he said.
Mhairi said she had not slept for a day afterwards. "⟦d:a|It was the best night of my life. I'd do it again tomorrow.⟧"
Callum agreed. "⟦d:b|That's the thing nobody tells you. You're terrified, and then you can't wait to go again,⟧" he said.

### 029
@a Friederike Stahl-Hoffmann | Brandauer's chief executive
@b Graham Oates | a convenor for the Unified Engineering union at the plant
@c Midshire Growth | The regional development agency
The German car parts maker Brandauer will shut its factory in Castlemead with the loss of 340 jobs, moving production to Poland and Saxony.
Brandauer's chief executive, Friederike Stahl-Hoffmann, told a news conference in Stuttgart that the group faced «⟦p:a|existential pressure⟧» from the switch to electric vehicles. «⟦d:a|Wir bauen Teile für Motoren, die bald niemand mehr kauft,⟧» she said. («⟦d:a|We make parts for engines that soon nobody will buy.⟧»)
«⟦d:a|This is not a judgment on the people in Castlemead. They have been among our most productive workers anywhere in the world,⟧» she added in English.
Graham Oates, a convenor for the Unified Engineering union at the plant, said staff had been «⟦p:b|kicked in the teeth⟧». «⟦d:b|Two years ago they stood in our canteen and told us this factory had a future. We believed them,⟧» he said.
The regional development agency, Midshire Growth, said it would set up a taskforce to help workers find new jobs. «⟦d:c|There is strong demand for engineering skills in this area, and we will work to keep those skills here,⟧» the agency said.

### 030
@a Liam Ó Súilleabháin | Mental health minister
@b Beth Carrow | -
@c Mindway | the mental health charity
@d Anjali Mehta-Ross | clinical director of the Heddon Valley Trust’s children’s services
Thousands of children are waiting more than a year for mental health treatment, figures released on Monday show, despite government promises to cut waiting times.
Of the 71,000 children referred to specialist services in the past 12 months, 14,300 were still waiting for a first appointment after a year, according to data from the Health Statistics Office.
Mental health minister Liam Ó Súilleabháin insisted the picture was improving. “⟦d:a|We have recruited 2,000 extra staff this year and waiting lists are now falling in two thirds of areas,⟧” he said. “⟦d:a|I’m not pretending the job is done.⟧”
Beth Carrow, 19, from Heddon, waited 16 months for therapy after being referred at 15. “⟦d:b|By the time they called, I’d left school. I’d basically given up,⟧” she said.
She said her mother had paid for private sessions “⟦p:b|with money we didn’t really have⟧”.
Dr Anjali Mehta-Ross, clinical director of the Heddon Valley Trust’s children’s services, said demand had doubled since 2019. “⟦d:d|We are running to stand still. Every clinician I know is working beyond their hours,⟧” she said.
Mindway, the mental health charity, called the figures “⟦p:c|a national scandal⟧”. “⟦d:c|Behind every one of these numbers is a child who is struggling and a family who feels abandoned,⟧” it said.

### 031
@a Delphine Argyros | a Unionist from North Kellan who sponsored the bill
@b Raymond Tuck | Senate Majority Leader
@c - | A senior aide to Argyros
@d Kim-Ly Tran | Presidential spokeswoman
The Federal Senate failed on Wednesday to pass a bill that would have capped the price of insulin at $35 a month, falling three votes short of the 60 needed to overcome a filibuster.
Sen. Delphine Argyros, a Unionist from North Kellan who sponsored the bill, said she would bring it back "⟦p:a|again and again, until it passes⟧".
"⟦d:a|There are people in my state rationing a drug that costs a few dollars to make. Every senator who voted no today will have to explain that to them,⟧" she said on the Senate floor.
"⟦d:a|I'm not angry. I'm patient,⟧" she added.
Senate Majority Leader Raymond Tuck, who voted against the bill, said it was "⟦p:b|well-meaning but badly drafted⟧". "⟦d:b|Price controls written on the back of an envelope don't fix a market, they break it,⟧" Tuck told reporters.
He said he was open to "⟦p:b|a serious, bipartisan conversation⟧" about drug prices.
Presidential spokeswoman Kim-Ly Tran said the president was "⟦p:d|deeply disappointed⟧". "⟦d:d|The president will sign an insulin cap the day it reaches his desk. The Senate should get it there,⟧" she said.
A senior aide to Argyros said two senators had privately promised to support the bill before changing their minds overnight. "⟦d:c|Somebody made some phone calls last night, and we'd all like to know who,⟧" the aide said.

### 032
@a Border Protection Agency | -
@b Neil Strathearn | the agency’s deputy director of operations
@c Olumide Fashola | -
@d Rosalind Amery | District Judge
Border officers have seized almost two tonnes of cocaine hidden in a shipment of bananas at the port of Kellingham, the largest drugs haul in the country this year.
The drugs, which had an estimated street value of £160 million, were found in 68 crates on a container ship that had sailed from South America, the Border Protection Agency said on Friday.
“⟦d:a|This seizure has taken an enormous amount of cocaine off our streets and dealt a serious blow to the criminal networks behind it,⟧” the Border Protection Agency said in a statement.
Neil Strathearn, the agency’s deputy director of operations, said officers had been alerted by “⟦p:b|small irregularities⟧” in the shipping paperwork. “⟦d:b|It was the weight that gave it away. Bananas don’t weigh what those crates weighed,⟧” he said.
A 46-year-old lorry driver from Ashby Cross, Terence Coates, appeared before Kellingham magistrates on Saturday charged with importing a class A drug.
According to court documents, Coates had been paid £5,000 to collect the container and drive it to a warehouse in the Midlands.
Olumide Fashola, representing Coates, told the court his client “⟦p:c|had no idea what was in the crates⟧” and would deny the charge.
District Judge Rosalind Amery remanded Coates in custody. “⟦d:d|Given the quantity involved and the likely sentence if convicted, I am not prepared to grant bail,⟧” she said.

### 033
@a Northern Examinations Board | the board
@b Hamza Tariq | -
@c Pauline Ashdown-Smythe | Chief regulator
@d Jonathan Reyes | the head of Coldbrook School in Rochdown
About 40,000 A-level students will have to resit a chemistry paper next week after the exam was leaked online hours before it was due to be sat.
The Northern Examinations Board said copies of the paper had been shared on a messaging app on Tuesday evening and that it had ``⟦p:a|no choice⟧'' but to cancel it.
``⟦d:a|We are deeply sorry for the stress this will cause students at an already stressful time,⟧'' the board said. ``⟦d:a|An investigation is under way and we will not hesitate to involve the police.⟧''
Hamza Tariq, 17, who sat the paper in Rochdown on Wednesday morning, said he and his classmates were ``⟦p:b|gutted⟧''. ``⟦d:b|I revised for that for weeks. Now I've got to do it again on the same day as physics,⟧'' he said.
Chief regulator Pauline Ashdown-Smythe said she had asked for ``⟦p:c|a full account⟧'' of how the breach happened.
``⟦d:c|Students must be able to trust that the exams they sit are fair. That trust has been damaged today,⟧'' she said.
Jonathan Reyes, the head of Coldbrook School in Rochdown, said his pupils had been ``⟦p:d|remarkably calm⟧''. ``⟦d:d|They're more resilient than we give them credit for. It's the parents I'm worried about,⟧'' he joked.

### 034
@a Martin Greenhalgh | chief executive of Tollbridge Hospitals Trust
@b Derek Lyle | -
@c Ian Sowerby | the local MP
Patients and visitors at Tollbridge General Hospital will pay up to £4.50 an hour to park from April, almost double the current charge.
The hospital trust said the increase was needed to pay for repairs to its multi-storey car park, which has been partly closed since last summer because of crumbling concrete.
Martin Greenhalgh, chief executive of Tollbridge Hospitals Trust, said the decision had not been taken lightly. "⟦d:a|Every pound we do not raise from parking is a pound taken from patient care. That is the choice we face,⟧" he said.
Blue badge holders, parents of sick children and people attending for cancer treatment will continue to park free, he said.
Derek Lyle, 66, who drives his wife to dialysis three times a week, said the change would cost him more than £100 a month. "⟦d:b|She's not having cancer treatment, so we pay. Try telling her kidneys that's fair,⟧" he said.
Ian Sowerby, the local MP, called the rise "⟦p:c|a tax on the sick⟧" and said he would raise it with ministers. "⟦d:c|I understand the trust is in a bind, but this is the wrong answer,⟧" he said. "⟦d:c|Hospitals should not be balancing their books in the car park.⟧"
Greenhalgh said he would meet Sowerby next week. "⟦d:a|I'm happy to listen to any better ideas. I haven't heard one yet,⟧" he said.

### 035
@a Jasmine Okoye-Hart | Breakfast presenter
@b Meridian TV | -
@c Nick Amadi | Her co-host
@d - | A source at the channel
Breakfast presenter Jasmine Okoye-Hart is leaving “⟦s:-|Rise and Shine⟧” after 12 years, she announced on Friday, amid reports of a row with bosses over her pay.
In a statement posted online, the 46-year-old said: “⟦d:a|After more than 3,000 early alarms, I’ve decided it’s time to have a lie-in. I have loved every minute, well, almost every minute.⟧”
“⟦d:a|I’m not going anywhere far. Watch this space,⟧” she added.
Meridian TV said it was “⟦p:b|sad to say goodbye⟧” and thanked her for “⟦p:b|a dozen brilliant years⟧”.
Her co-host, Nick Amadi, posted a photo of the pair on the sofa on their first day. “⟦d:c|Twelve years of you stealing my croissants. The studio won’t be the same. Love you, Jas,⟧” he wrote.
A source at the channel said talks over a new contract had broken down last month. “⟦d:d|She asked to be paid the same as Nick. They said no. It’s as simple as that,⟧” the source said.
Asked about the claims, Meridian TV said: “⟦d:b|We don’t discuss individual contracts.⟧”

### 036
@a Tigist Wolde-Mariam | -
@b Beatrice Jepkemoi Kirui | the Kenyan
@c Simon Falk | Race director
Tigist Wolde-Mariam broke the course record at the Harbourside Marathon on Sunday, winning in 2 hours 18 minutes 40 seconds on a cool, still morning.
The 26-year-old pulled away from Beatrice Jepkemoi Kirui at the 35-kilometre mark and won by more than a minute.
Speaking through an interpreter, Wolde-Mariam said she had planned to go for the record from the start. "⟦d:a|My coach told me the weather would be perfect today, so we decided last night: go from the gun,⟧" she said.
"⟦d:a|The last five kilometres were very hard. I was thinking about my daughter, who is at home watching on television.⟧"
Kirui, who was running only her second marathon, said she had no answer when the winner surged. "⟦d:b|She was too strong today. I tried to go with her, but my legs said no,⟧" the Kenyan said, smiling.
Race director Simon Falk said the record was "⟦p:c|the best possible way⟧" to mark the event's 40th year. "⟦d:c|We put on a good course and the athletes did the rest,⟧" he said.
In the men's race, Hiroshi Tanabe-Okada won a sprint finish by two seconds.

### 037
@a Skylark Airways | the airline
@b Darren Mwangi | national officer at the Transport and Allied Workers' Union
@c Chloe Harrington | a nurse from Wexley who has saved for two years to take her children to Lanzarote
@d Denholm Airport | the airport
@e Aeroserv | ground services firm
Hundreds of flights from Denholm Airport face delays over the Easter holidays after baggage handlers voted to strike for six days in a row over pay.
Members of the Transport and Allied Workers' Union employed by ground services firm Aeroserv will walk out from April 3, the union said.
Darren Mwangi, national officer at the Transport and Allied Workers' Union, said Aeroserv had made record profits while offering staff a below-inflation rise. "⟦d:b|Our members lift 30 tonnes of luggage a shift for barely more than the minimum wage. They are worth more than that,⟧" he said.
Denholm Airport said it was "⟦p:d|working closely with airlines⟧" on contingency plans. "⟦d:d|We would urge passengers to check with their airline before travelling,⟧" the airport said.
Skylark Airways, which operates 60 per cent of flights from Denholm, said it expected to run its full schedule. "⟦d:a|Passengers may be asked to travel with hand luggage only on some routes,⟧" the airline said.
Chloe Harrington, a nurse from Wexley who has saved for two years to take her children to Lanzarote, said she was "⟦p:c|beyond stressed⟧". "⟦d:c|If we can't take suitcases, what am I supposed to do, put three kids' clothes in a rucksack?⟧" she said.
Aeroserv said it had made a "⟦p:e|fair and affordable⟧" offer. "⟦d:e|We remain available for talks at any time,⟧" the firm said.

### 038
@a Laura Pennington | flood duty manager at the Environment Authority
@b Geoff Marsden | -
@c Ravi Chandran | Station manager
@d Yvonne Spencer | the 58-year-old
More than 200 homes have been flooded in the Ulbeck valley after the River Swale burst its banks following 48 hours of continuous rain.
Fire crews used boats to rescue 37 people from houses and cars overnight, and a severe flood warning – meaning a danger to life – remains in place for the villages of Ulbeck and Lower Crannock.
Laura Pennington, flood duty manager at the Environment Authority, said river levels had reached their highest since records began in 1968.
“⟦d:a:m|We are not out of this yet. There is more rain forecast for Thursday, falling on ground that simply cannot take any more.⟧
“⟦d:a|If you are told to leave your home, please leave. Our teams and the emergency services cannot reach everyone at once.⟧”
Station manager Ravi Chandran, of Ulbeck Fire and Rescue, said crews had worked through the night. “⟦d:c|We pulled a family of five off the roof of their car at 2am. The water was up to the windows,⟧” he said.
Geoff Marsden, who farms 300 acres near Ulbeck, lost 40 sheep when the river rose. “⟦d:b|I’ve been here 35 years and it’s never come up this fast. It was a wall of water,⟧” he said.
In Lower Crannock, Yvonne Spencer was shovelling mud out of her kitchen. “⟦d:d|Second time in four years. The insurance won’t touch us now,⟧” the 58-year-old said.

### 039
@a Gabriel Azoulay | The panel chair
@b Yasmin Kaur-Dhillon | Pardoe's barrister
@c Leon Mensah | -
@d Morwenna Trevail | Assistant Chief Constable
A police officer who was filmed punching a handcuffed teenager in the back of a van has been sacked for gross misconduct.
PC Kyle Pardoe, 31, struck 17-year-old Leon Mensah three times after arresting him on suspicion of shoplifting in Sandbury town centre in June 2022. The allegation against Mensah was later dropped.
The panel chair, Gabriel Azoulay, said the footage was "⟦p:a|deeply disturbing⟧". "⟦d:a|An officer is entrusted with extraordinary powers. Using them to hurt someone who could not defend himself is a betrayal of that trust,⟧" he said.
Pardoe's barrister, Yasmin Kaur-Dhillon, had told the hearing that her client had been "⟦p:b|under immense strain⟧" and had been spat at moments earlier.
"⟦d:b|None of that excuses what happened. But PC Pardoe is not a violent man, and this was a single moment in an otherwise unblemished career,⟧" she said.
Mensah, now 19, said outside the hearing that he was relieved. "⟦d:c|For two years people thought I was lying. Now everyone has seen it,⟧" he said.
Assistant Chief Constable Morwenna Trevail apologised to Mensah and his family. "⟦d:d|What happened to Leon should never have happened. I am sorry,⟧" she said.

### 040
@a Grace Aldous | the office’s chief economist
@b Bernard Okwu | Chancellor
@c Tessa Lindgren | an economist at Pelham Bank
@d Fraser Dunbar | -
Inflation fell to 3.1 per cent in March from 3.8 per cent in February, its lowest level for more than two years, according to figures from the National Statistics Office.
Falling petrol prices and smaller increases in the cost of food drove the decline, the office said.
Grace Aldous, the office’s chief economist, said: “⟦d:a|Prices are still rising, but more slowly. Food inflation in particular has eased sharply, with bread, cereals and dairy products all cheaper than a month ago.⟧”
Chancellor Bernard Okwu welcomed the figures. “⟦d:b|This is real progress, and it shows our plan is working,⟧” he said. “⟦d:b|But I know many families are still feeling the squeeze.⟧”
Tessa Lindgren, an economist at Pelham Bank, said the fall was larger than expected and made an interest rate cut in the summer “⟦p:c|all but certain⟧”.
Fraser Dunbar, who owns three convenience stores in Kirkhaven, said customers had not yet noticed the difference. “⟦d:d|Lower inflation doesn’t mean lower prices. It means prices going up a bit less. Nobody walks in here feeling rich,⟧” he said.

### 041
@a Matteo Barzagli-Conti | the Italian director
@b Ilse Vandermeer | Jury president
@c Anouk Delacroix-Obi | Its star
«⟦s:-|La Casa dei Venti⟧», a quiet drama about three sisters selling their late mother's house, won the Golden Heron at the Lindmark Film Festival on Saturday.
Accepting the prize, the Italian director Matteo Barzagli-Conti spoke first in his own language. «⟦d:a|Questo film è per mia madre, che non l'ha mai visto,⟧» he said, before translating for the audience: «⟦d:a|This film is for my mother, who never saw it.⟧»
«⟦d:a|She died while we were editing. In a way, the film became the conversation I never finished with her,⟧» he told reporters afterwards.
Jury president Ilse Vandermeer said the decision had been unanimous. «⟦d:b|Some films shout. This one whispers, and you cannot stop listening,⟧» she said.
Its star, Anouk Delacroix-Obi, who plays the youngest sister, called the win «⟦p:c|completely unexpected⟧». «⟦d:c|We made this with almost no money, in one house, in 24 days. We were just happy to be invited,⟧» she said.

### 042
@a Bernadette Quigley | -
@b Moira Keane | a ward sister who has worked alongside her for 30 years
@c Ayodele Bankole | a consultant on the ward
When Bernadette Quigley started nursing at St Agnes’ Hospital in Morrowby in 1979, patients could smoke on the wards and notes were kept on index cards.
On Friday, after 45 years, she worked her last shift on the same ward where she began.
“⟦d:a|I came for a year to see if I liked it,⟧” Bernadette said. “⟦d:a|I suppose I must have.⟧”
She has nursed three generations of some families. “⟦d:a|I delivered a baby in the lift once, in 1986. Last year she came in for her knee and told me, ‘You’re the lift nurse.’ I’ll take that,⟧” she recalled.
Moira Keane, a ward sister who has worked alongside her for 30 years, organised a party in the staff room.
“⟦d:b|There isn’t a consultant in this hospital she hasn’t told off at some point,⟧” Moira said. “⟦d:b|And they all deserved it.⟧”
Dr Ayodele Bankole, a consultant on the ward, agreed. “⟦d:c|She taught me more in my first month than medical school did in five years. Mostly about when to keep quiet,⟧” he said.
Asked what she would do next, Bernadette laughed. “⟦d:a|Sleep. Then my garden. Then probably come back and volunteer, if they’ll have me.⟧”

### 043
@a Mikkel Østergaard | The Dane
@b Fergus Lindsay | the leader
@c Jens Kragh | Østergaard's caddie
Mikkel Østergaard holed a 40-foot birdie putt on the final green to win the Ashcombe Open by one shot on Sunday, his first title in four years.
The Dane, who had started the day three shots behind the leader, Fergus Lindsay, closed with a six-under-par 65 to finish on 17 under.
"⟦d:a|I just tried to get it close. When it went in, I didn't know what to do with myself,⟧" Østergaard said. "⟦d:a|There were times in the last four years I wondered if I'd ever win again.⟧"
Lindsay, who had led by three after 12 holes, dropped shots at the 14th and 16th. "⟦d:b|I'll be kicking myself for a while. I had it in my hands and I let it go,⟧" the Scot admitted.
"⟦d:b|Fair play to Mikkel, though. That putt was ridiculous.⟧"
Østergaard's caddie, Jens Kragh, said he had told his player to "⟦p:c|just hit it at the hole and see⟧". "⟦d:c|He never listens to me, so I was surprised,⟧" Kragh joked.

### 044
@a Douglas Farrant-Wells | -
@b Edwin Castellane | Prime Minister
@c - | A government source
@d Lydia Mbeki-Stone | the opposition transport spokeswoman
Douglas Farrant-Wells resigned as transport secretary on Monday night, hours after a newspaper reported that he had failed to declare shares in a company bidding for a high-speed rail contract.
In his resignation letter to the prime minister, Farrant-Wells wrote:
``⟦d:a:m|I have always maintained that I acted in good faith, and I continue to believe that no conflict of interest arose. However, it has become clear that this matter is a distraction from the important work of the government.⟧
``⟦d:a|I will co-operate fully with the independent adviser and look forward to clearing my name.⟧''
Prime Minister Edwin Castellane replied that he accepted the resignation ``⟦p:b|with great regret⟧''. ``⟦d:b|You have been a tireless champion of better transport for every part of the country,⟧'' he wrote.
A government source said the prime minister had been ``⟦p:c|furious⟧'' when he learned of the shareholding from the newspaper. ``⟦d:c|He found out the same way everybody else did,⟧'' the source said.
Lydia Mbeki-Stone, the opposition transport spokeswoman, said the resignation was ``⟦p:d|inevitable⟧'' but raised ``⟦p:d|serious questions⟧'' about the prime minister's judgment. ``⟦d:d|Why did it take a newspaper to find this out? What else don't we know?⟧'' she said.

### 045
@a Ruairí Kavanagh | -
@b Colette Brannigan | his producer for 20 years
@c Radio Carrickmore | the station
@d Jimmy Foley | The comedian
@e - | His family
Ruairí Kavanagh, whose late-night phone-in show kept insomniacs company for almost four decades, has died at the age of 81.
His family said he died peacefully at home in Carrickmore on Sunday, surrounded by "⟦p:e|his books, his dogs and far too many radios⟧".
Kavanagh joined Radio Carrickmore as a tea boy in 1961 and presented "⟦s:-|The Small Hours⟧" from 1979 until his retirement in 2017. At its peak it drew 400,000 listeners a night.
He once told an interviewer that he had never prepared for a show in his life. "⟦d:a|People ring up and tell you things they have never told their wives. How do you prepare for that?⟧" he said.
Colette Brannigan, his producer for 20 years, said he had an "⟦p:b|extraordinary gift⟧" for making callers feel safe. "⟦d:b|He'd let silences run on air that would give any other presenter a heart attack. That was when people said the important things,⟧" she said.
The station said it would broadcast a tribute programme on Friday night. "⟦d:c|There will never be another voice like Ruairí's,⟧" the station said.
The comedian Jimmy Foley, who was a regular caller under the name "⟦s:-|Big Tom from Tullagh⟧" before he became famous, said: "⟦d:d|He gave me my first audience. I owe him everything, and I never once paid for a drink when he was around, so I owe him that too.⟧"

### 046
@a Oksana Petrenko | Mayor
@b Denise Afolabi | -
@c Andre Whitfield | a youth worker at the Oakfield Centre
@d Harriet Moss | Chief Constable
Mayor Oksana Petrenko has promised £12 million for youth centres and after-school clubs across Greymouth after the city recorded its highest number of knife killings in 20 years.
Eleven people have been stabbed to death in the city so far this year, seven of them under the age of 20.
Speaking at a summit of police, teachers and community leaders on Tuesday, Petrenko said: "⟦d:a|We cannot arrest our way out of this. When I was growing up there was a youth club on every estate. Now there are three in the whole city.⟧"
Denise Afolabi, whose son Marcus was stabbed outside a takeaway in Harlow Road in March, told the summit that she had begged for help months before he died.
"⟦d:b:m|I rang the school, I rang the police, I rang the council. Everybody said it wasn't their job. Marcus was 16. He was frightened, and he started carrying a knife because he was frightened.⟧
"⟦d:b|I don't want your sympathy. I want you to do something.⟧"
Chief Constable Harriet Moss said stop-and-search had taken 400 knives off the streets since January. "⟦d:d|Every one of those is potentially a life saved. But the mayor is right: the police are the last line, not the first,⟧" she said.
Andre Whitfield, a youth worker at the Oakfield Centre, welcomed the money but warned it would take years to make a difference. "⟦d:c|Trust is the thing. You don't build it with a leaflet. You build it by being there every Tuesday night for five years,⟧" he said.

### 047
@a Kestrel Space | the start-up
@b Yuki Tanaka-Brooks | Mission director
@c Ifeanyi Eze | a propulsion engineer who has worked on the rocket for six years
@d Greta Halvorsen | Science minister
The first orbital rocket to be launched from the Isle of Skerra lifted off on Wednesday morning, carrying two small weather satellites into orbit.
The Kestrel-1 rocket, built by the start-up Kestrel Space, left the pad at Ardvane at 9.14am after two previous attempts had been scrubbed because of high winds.
“⟦d:a|Both satellites have separated cleanly and are talking to us,⟧” Kestrel Space said in a post 40 minutes after launch. “⟦d:a|History made.⟧”
Mission director Dr Yuki Tanaka-Brooks said the control room had been “⟦p:b|absolutely silent⟧” during the climb. “⟦d:b|Nobody breathed for eight minutes. Then everybody screamed,⟧” she said.
Ifeanyi Eze, a propulsion engineer who has worked on the rocket for six years, joked that he had aged “⟦p:c|about a decade⟧” during the countdown. “⟦d:c|My mother called me during the final hold. I told her I was busy. She said, ‘Too busy for your mother?’ I said, ‘Today, yes,’⟧” he said.
Science minister Greta Halvorsen said the launch put the country “⟦p:d|on the space map⟧”. “⟦d:d|Five years ago people laughed at the idea of a spaceport on Skerra. Nobody is laughing today,⟧” she said.

### 048
@a Rebecca Ashworth-Lyle | headteacher
@x - | One boy
@b Priyanka | a Year 10 pupil
@c - | One parent
Thornbury High banned mobile phones completely in September, requiring pupils to lock them in pouches at the gate. Six months on, headteacher Rebecca Ashworth-Lyle says behaviour has been transformed. We asked her how it has gone.
Q: How did pupils react at first?
A: Badly. We had a petition within a week. One boy told me it was "⟦p:x|a breach of my human rights⟧". I admired the effort.
Q: And now?
A: Lunchtimes are loud again. They talk to each other. They play cards. Somebody brought in a chess set and there's a waiting list for it.
Q: Some parents say they need to be able to contact their children.
A: They can ring the office, as parents did for generations. I understand the anxiety, I really do, but a phone in a pocket doesn't keep a child safe.
After the interview, we spoke to pupils in the canteen. Priyanka, a Year 10 pupil, admitted she had hated the ban at first. "⟦d:b|I thought I'd die. Now I kind of forget my phone exists until home time,⟧" she said. "⟦d:b|Don't tell Mrs Ashworth-Lyle I said that.⟧"
One parent, waiting at the gate, was less convinced. "⟦d:c|My daughter gets the bus on her own across the city. I'd rather she had it on her,⟧" she said.
Ashworth-Lyle said she had no plans to relent. "⟦d:a|Ask me again in five years. I think the results will speak for themselves.⟧"

### 049
@a Olu Adebisi | Sergeant
@b Northern Ambulance Service | the ambulance service
@c Kirsty Maclean | a lorry driver who stopped to help
@d Roadways Agency | -
Three people were seriously injured and the southbound M9 was closed for nine hours on Sunday after a crash involving a coach and two cars near junction 14.
The coach, which was carrying 38 members of a choir returning from a festival in Dunmarlow, overturned on to the hard shoulder at about 6.20pm.
Sergeant Olu Adebisi, of the Roads Policing Unit, said it was "⟦p:a|nothing short of a miracle⟧" that nobody had been killed. "⟦d:a|When you see the state of that coach, you'd expect the worst. Seat belts saved lives tonight,⟧" he said.
The Northern Ambulance Service said it had sent 11 ambulances and an air ambulance to the scene. "⟦d:b|Three patients were taken to the major trauma centre at Kelvinhaugh with serious injuries, and 24 others were treated for minor injuries,⟧" the ambulance service said.
Kirsty Maclean, a lorry driver who stopped to help, said passengers had been climbing out through the roof hatch. "⟦d:c|People were singing to keep each other calm. I've never seen anything like it,⟧" she said.
The carriageway reopened at 3.30am after the coach had been recovered and the central barrier repaired. "⟦d:d|We thank drivers for their patience while our teams worked through the night,⟧" the Roadways Agency said.
Police have appealed for dashcam footage. Anyone with information should call 101.

### 050
@a Southvale Water | the company
@b Philippa Ormerod | a hydrologist at the University of Fenwick
@c Roy Bickerstaff | the 71-year-old
@d Kemal Arslan | Water minister
A hosepipe ban will come into force across the south-east on Friday after the driest spring in the region for almost 90 years.
Southvale Water, which supplies 2.1 million customers, said reservoir levels had fallen to 58 per cent, against 81 per cent at this time last year.
“⟦d:a|We do not take this step lightly, but we need to protect supplies for essential use through the summer,⟧” the company said. “⟦d:a|Every drop saved now makes a difference.⟧”
Customers who break the ban could be fined up to £1,000.
Dr Philippa Ormerod, a hydrologist at the University of Fenwick, said the ban was overdue. “⟦d:b|Southvale loses almost a quarter of its water through leaking pipes. Asking customers to stop watering their roses while that goes on is a hard sell,⟧” she said.
Roy Bickerstaff, who keeps an allotment in Pellingham, said he would be filling his watering cans from water butts. “⟦d:c|My runner beans don’t know there’s a ban on. They just know they’re thirsty,⟧” the 71-year-old said.
Water minister Kemal Arslan said companies that failed to fix leaks would face “⟦p:d|serious consequences⟧”. “⟦d:d|Customers are doing their bit. I expect the water companies to do theirs,⟧” he said.

### 051
@a Declan Moran | The champion
@b Vasyl Hrytsenko | the Ukrainian challenger
@c Lenny Sabbagh | Promoter
The champion, Declan Moran, and his challenger had to be separated by security at Thursday's press conference for their world heavyweight title fight at the Castleport Arena next month.
Moran, nicknamed "⟦s:-|the Duke⟧" since his amateur days, accused the Ukrainian challenger Vasyl Hrytsenko of "⟦p:a|hiding from me for two years⟧".
"⟦d:a|He's had two years to get ready and he still looks nervous,⟧" Moran said, leaning into the microphone. "⟦d:a|Look at him. He can't even look at me.⟧"
Hrytsenko, speaking in English, smiled. "⟦d:b|I am looking at you. I am looking at a man who is 36 and slow,⟧" he said.
"⟦d:a|Say that to my face.⟧"
"⟦d:b|I am saying it to your face.⟧"
At that point both men rose from their seats, a shout of "⟦d:-|Sit down!⟧" came from the back of the room, and security staff stepped between them.
Promoter Lenny Sabbagh, who had been sitting between the fighters, said afterwards that he had "⟦p:c|never seen needle like it⟧". "⟦d:c|That wasn't for the cameras. Those two genuinely do not like each other, and it's going to be some fight,⟧" he said.

### 052
@a Kelsey-Ann Rourke | Reality TV star
@b Jennifer Adair | The chair of the bench
@c Benedict Ashe | Her solicitor
Reality TV star Kelsey-Ann Rourke has been banned from driving for six months after she was caught doing 58mph in a 30mph zone in her pink convertible.
Rourke, 27, who found fame on ``⟦s:-|Villa of Hearts⟧'', admitted speeding at Hollinwood Magistrates' Court. She already had nine points on her licence.
Her solicitor, Benedict Ashe, said she had been driving to a hospital where her grandmother had been admitted. ``⟦d:c|This was not a joyride. She was frightened and she was not thinking clearly,⟧'' he told the court.
The chair of the bench, Jennifer Adair, said the court had ``⟦p:b|some sympathy⟧'' but that the law was clear. ``⟦d:b|You were travelling at almost twice the speed limit in a residential street. You are fortunate that nobody was hurt,⟧'' she said.
Outside court, Rourke told waiting photographers: ``⟦d:a|I'm really sorry. I know I did wrong and I'll take the bus like everyone else.⟧''
She later posted a photo of herself at a bus stop with the caption ``⟦d:a|new era⟧''.

### 053
@a Priyesh Nair | Flowbright’s co-founder and chief executive
@b - | One engineer who was laid off
@c Flowbright | The payments start-up
@d Catriona Blake | a technology analyst at Harwood Securities
The payments start-up Flowbright is cutting 450 jobs, a fifth of its workforce, in the latest round of lay-offs to hit the technology sector.
In a memo to staff on Tuesday, Priyesh Nair, Flowbright’s co-founder and chief executive, wrote: “⟦d:a|We grew too fast, and that is on me. I hired for a world that did not arrive.⟧”
“⟦d:a|To those leaving: you built this company, and I am sorry,⟧” he wrote.
Staff were told by email whether they still had a job, and many learned they had been laid off when their laptops were locked at 7am. One engineer who was laid off wrote online that the process had been “⟦p:b|brutal and bizarre⟧”.
“⟦d:b|Four years at the company, and I found out because my password stopped working,⟧” she wrote.
Flowbright said all departing staff would receive four months’ pay and keep their health insurance until the end of the year. “⟦d:c|We have tried to treat people with the dignity they deserve,⟧” the company said.
Catriona Blake, a technology analyst at Harwood Securities, said investors would welcome the cuts. “⟦d:d|The market has been waiting for Flowbright to show it can make money rather than just raise it. This is the first step,⟧” she said.

### 054
@a Mairead Donnellan | a 34-year-old primary school teacher
@b Rhys Tremayne | the Progressive candidate
@c Ahmed Karimi | Commonwealth Party chair
@u - | One voter leaving a polling station in Marsh Lane
The Commonwealth Party won the Hawley South by-election on Thursday night, overturning a majority of more than 9,000 to take a seat the Progressive Alliance had held since 1945.
Mairead Donnellan, a 34-year-old primary school teacher, won 15,402 votes, 3,118 more than the Progressive candidate, Rhys Tremayne. Turnout was 41 per cent.
In her victory speech at Hawley leisure centre shortly after 3am, Donnellan said: "⟦d:a|The people of Hawley South have sent a message tonight, and it is a very simple one: we are not anybody's safe seat.⟧"
"⟦d:a|I will be a full-time MP for this constituency. I will hold surgeries every week. And I will not forget who sent me,⟧" she said to cheers.
Tremayne conceded that it had been "⟦p:b|a bad night⟧" for his party. "⟦d:b|We took this seat for granted for too long. We need to listen and we need to change,⟧" he said.
Commonwealth Party chair Ahmed Karimi called the result "⟦p:c|a political earthquake⟧". "⟦d:c|If we can win here, we can win anywhere,⟧" he told supporters.
One voter leaving a polling station in Marsh Lane earlier in the day said she had backed the Progressives all her life. "⟦d:u|Not this time. My dad would be turning in his grave, but things have to change,⟧" she said.

### 055
@a Annelies van den Broek | a spokeswoman for the Dutch national police
@b Mark O'Halloran | Detective Chief Superintendent
@c Sunil Varghese | chief information officer at Fenmoor Hospitals
Police in the Netherlands and Britain have arrested five people suspected of running a ransomware gang that extorted more than €40 million from hospitals, schools and councils across Europe.
The arrests, in Rotterdam, Utrecht and Harwick, followed a two-year joint investigation.
Annelies van den Broek, a spokeswoman for the Dutch national police, told reporters in Rotterdam: “⟦d:a|Dit was een van de meest schadelijke criminele groepen die we ooit hebben onderzocht.⟧” (“⟦d:a|This was one of the most damaging criminal groups we have ever investigated.⟧”)
Van den Broek said the group had shown “⟦p:a|no conscience at all⟧” about the targets it chose.
Detective Chief Superintendent Mark O'Halloran, of the National Crime Unit, said the gang had been behind an attack on Fenmoor Hospitals last year that forced the cancellation of 3,000 operations. “⟦d:b|These people hid behind keyboards and thought they were untouchable. Today they found out they are not,⟧” he said.
Sunil Varghese, chief information officer at Fenmoor Hospitals, said staff had worked with pen and paper for almost a month after the attack. “⟦d:c|We had nurses writing drug charts by hand at 3am. The people who did this knew exactly what they were doing to patients,⟧” he said.
He welcomed the arrests but added: “⟦d:c|It won’t give anyone their operation back.⟧”

### 056
@b Community Pharmacists' Guild | the guild
@a Naledi Dube | -
@d Ellen Baptiste | -
@u - | A Department of Health spokesman
Pharmacists have warned that shortages of common medicines, including treatments for epilepsy, diabetes and ADHD, are the worst they have ever experienced.
A survey of 1,200 pharmacies by the Community Pharmacists' Guild found that nine in ten had been unable to fill at least one prescription in the past week.
"⟦d:b|Patients are being sent from pharmacy to pharmacy looking for medicines that simply aren't there,⟧" the guild warned. "⟦d:b|This is no longer an occasional inconvenience. It is a crisis.⟧"
Naledi Dube, who runs an independent pharmacy in Tolworth Green, said she spent up to two hours a day on the phone to suppliers. "⟦d:a|I had a mum in tears at the counter yesterday because I couldn't get her son's tablets. I rang 14 wholesalers. Nothing,⟧" she said.
Ellen Baptiste, whose 15-year-old son has epilepsy, said the family had been forced to switch his medication twice this year. "⟦d:d|Every switch is a risk. He had a seizure at school last month, the first in two years,⟧" she said.
A Department of Health spokesman said the vast majority of medicines were "⟦p:u|in good supply⟧". "⟦d:u|We are working with manufacturers to resolve the small number of supply issues as quickly as possible,⟧" he said.

### 057
@a Sol Adeyinka | Redbridge manager
@b Niamh O'Rourke-Dunne | Hartwell captain
@c Agnieszka Zielińska | Lowther coach
@d Jean-Baptiste Mollard | Saints' director of rugby
Redbridge Town moved five points clear at the top of League Two with a comfortable 3-0 win at Ashford City. Kai Lindqvist-Obi scored twice before half-time.
"⟦d:a|That's as complete a performance as we've had all season,⟧" said Redbridge manager Sol Adeyinka. "⟦d:a|But nobody's won anything in February.⟧"
In the Women's Super League, Hartwell and Lowther shared the points in a 2-2 draw after Lowther came from two goals down in the last 15 minutes.
Hartwell captain Niamh O'Rourke-Dunne was frustrated. "⟦d:b|We switched off. You can't do that against a side like Lowther, they punish you,⟧" she said.
Lowther coach Agnieszka Zielińska praised her side's "⟦p:c|refusal to lie down⟧". "⟦d:c|At 2-0 I thought we were finished. The players clearly didn't,⟧" she said.
In rugby's Premier Division, Carrow Saints beat Dunmore 27-19 to end a run of four straight defeats. Saints' director of rugby, Jean-Baptiste Mollard, said: "⟦d:d|It was not pretty, but we needed a win more than we needed beauty.⟧"

### 058
@a Hinemoa Te Rangi-Walker | chair of the Ngāti Rangiwhenua trust
@b Lucinda Farquharson | director of the Kellerby Museum
@c Tame Parata | Kaumātua
Ancestral remains and carved treasures taken from New Zealand more than 150 years ago were handed back on Tuesday at a ceremony at the Kellerby Museum.
The 14 items, including two carved canoe prows and the preserved heads of at least three people, had been held in the museum's stores since the 1880s.
Hinemoa Te Rangi-Walker, chair of the Ngāti Rangiwhenua trust, said the return had been “⟦p:a|a long time coming⟧”. “⟦d:a|Our tūpuna are going home. For my grandmother’s generation, this was a dream. For my mokopuna, it will be normal,⟧” she said.
Kaumātua Tame Parata opened the ceremony with a karakia. Afterwards he spoke in te reo Māori: “⟦d:c|Kua hoki mai rātou ki te kāinga.⟧” Then, in English: “⟦d:c|They are coming home.⟧”
Dr Lucinda Farquharson, director of the Kellerby Museum, said the museum had been “⟦p:b|wrong to hold on to them for so long⟧”. “⟦d:b|These were never ours to keep. I am sorry it has taken this long,⟧” she said.

### 059
@a Harjit | -
@b Meena | His wife
@c Zoë | a student volunteering for the first time
@d Gareth Lloyd-Pugh | Inspector
More than 20,000 people packed into Belgrave Park in Lockton on Saturday night for the city's Diwali festival, which organisers say is now the largest outside the capital.
Harjit, who has run the festival since it began with a few stalls in a car park in 2009, watched the fireworks from the side of the stage. "⟦d:a|Fifteen years ago we had 200 people and a sound system that kept cutting out,⟧" he said. "⟦d:a|Look at it now.⟧"
His wife, Meena, who runs the food tent, said the queue for her samosas had stretched "⟦p:b|halfway to the bus station⟧". "⟦d:b|We made 6,000. They were gone by eight o'clock,⟧" she said.
Zoë, 19, a student volunteering for the first time, said her flatmate had dragged her along. "⟦d:c|I'm not even Hindu. But everyone's been so welcoming, and I've eaten far too much,⟧" she said.
Inspector Gareth Lloyd-Pugh said the evening had passed off "⟦p:d|without a single arrest⟧". "⟦d:d|It's the friendliest event on our calendar. We get more offers of food than complaints,⟧" he said.

### 060
@a Onyango-Reid | Mrs Justice
@b Sebastian Kowalczyk | The former footballer
@c Daily Clarion | the paper
@d Hugh Pendleton | His barrister
The former footballer Sebastian Kowalczyk has won his libel case against the Daily Clarion over an article that accused him of fixing matches while playing in Poland.
The newspaper had claimed in 2021 that Kowalczyk, now a television pundit, took money from a betting syndicate to deliberately concede penalties.
In her judgment, Mrs Justice Onyango-Reid said the paper had "⟦p:a|wholly failed⟧" to prove that the allegation was true.
"⟦d:a|The evidence relied upon consisted almost entirely of the word of a single witness whose account changed materially each time he gave it,⟧" she wrote. "⟦d:a|I found him to be neither reliable nor credible.⟧"
She awarded Kowalczyk £180,000 in damages.
Outside the High Court, Kowalczyk said: "⟦d:b|For three years, people have shouted 'cheat' at me in the street. Today a judge has said what I always said: it was a lie.⟧"
His barrister, Hugh Pendleton KC, said the ruling was "⟦p:d|a complete vindication⟧". "⟦d:d|This case should never have needed to come to court,⟧" he said.
The Daily Clarion said it was "⟦p:c|disappointed⟧" by the judgment and was considering an appeal. "⟦d:c|We stand by our journalism and the public interest in reporting on corruption in sport,⟧" the paper said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh46.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh46",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
