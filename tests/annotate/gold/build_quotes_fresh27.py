# ruff: noqa: E501
"""Build ``quotes_fresh27.jsonl``: a twenty-seventh independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a general news mix
as a wire service and a national daily would run it on one day: politics, crime and
courts, business, health, environment, sport, culture and obituaries, with several
outlets' versions of some stories.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh27-NNN``.

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

* A participial or prepositional role after the name (``Delia Moss, for the defence``,
  ``Rupert Vane KC, prosecuting``) is not an appositive noun phrase: no description
  from it.
* Words a person said earlier, relayed in quotation marks by another speaker outside
  any outer quote (``Carr had told detectives: "…"``, said by the prosecutor), belong
  to the person who originally said them.
* An organisation has a description only from an appositive at its introduction
  (``Harwood & Pike, the country's third-largest supermarket chain``) or a definite
  description at the cue (``the force said``, ``the club wrote``), as for people.
* A group that is not an organisation (``Her family said in a statement``) has a null
  speaker and that phrase as the description.
* Professor, Mr Justice, Sen. and Rep. are dropped from the name like Dr; they are not
  used as the description (every such speaker in this set has an appositive or none).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh27.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh27.jsonl")

PASSAGES = """
### 001
@a Oriane Delacroix-Mbeki | the finance minister
@b Gareth Pryce-Owen | the opposition's finance spokesman
@c Halden Chamber of Commerce | the chamber
@u - | one government backbencher
The government of Halden survived a knife-edge budget vote on Tuesday night, passing its spending plan by 81 votes to 78 after two days of debate in the Assembly.
Oriane Delacroix-Mbeki, the finance minister, told members before the vote that the plan was "⟦p:a|tight but honest⟧". "⟦d:a|We are not promising anyone a miracle,⟧" she said. "⟦d:a|We are promising that the numbers add up.⟧"
Gareth Pryce-Owen, the opposition's finance spokesman, called the budget "⟦p:b|a tax rise wearing a disguise⟧" and said his party would fight the new fuel levy at committee stage.
"⟦d:b|Every family that drives to work will pay for this,⟧" he said. "⟦d:b|The minister knows it, and so does every member who voted for it tonight.⟧"
The Halden Chamber of Commerce said the budget offered "⟦p:c|some welcome certainty⟧" but warned that the levy would hit haulage firms hardest. "⟦d:c|Our members needed a plan for energy costs. They have been given half of one,⟧" the chamber said in a statement.
Three government members abstained. "⟦d:u|People are tired, and the whips know it,⟧" one government backbencher said, speaking on condition of anonymity.
The budget now goes to the Upper Council, which is expected to approve it next month.

### 002
@a Oriane Delacroix-Mbeki | Finance Minister
@b Gareth Pryce-Owen | Her opposite number
@f Tobias Renn | -
@e Ilse Marten | a haulier from Norbury
Finance Minister Oriane Delacroix-Mbeki allowed herself a small smile as the result was read out: 81 to 78, the narrowest budget majority in Halden for more than a decade.
"⟦d:a|I said it would be close. I didn't say it would be this close,⟧" she joked to reporters in the lobby afterwards.
Her opposite number, Gareth Pryce-Owen, was in no mood for jokes. He described the fuel levy as "⟦p:b|a stealth tax with a press release⟧" and accused the government of ignoring rural voters.
"⟦d:b|She has balanced her books on the dashboards of working people,⟧" he said.
Tobias Renn, who chairs the Assembly's budget committee, promised the levy would get "⟦p:f|line-by-line scrutiny⟧". "⟦d:f|Nobody should assume this passes committee unchanged,⟧" Renn said.
Outside, a small convoy of lorries sounded their horns along Parliament Quay. Several drivers had taped signs reading "⟦s:-|Fuel Levy = Job Killer⟧" to their windscreens.
Ilse Marten, a haulier from Norbury, said she had driven three hours to be there. "⟦d:e|I run four lorries. This levy is the difference between keeping my nephew on and letting him go,⟧" she said.
Delacroix-Mbeki has said the levy will be reviewed after 12 months.

### 003
@d Kieran Carr | The defendant
@b Rupert Vane | the prosecutor
@c Delia Moss | -
@a Harriet Okonkwo-Baines | Judge
A man accused of killing a shopkeeper during a robbery in Ashby told police he had "⟦p:d|never been near the place⟧", a jury heard on Monday.
The defendant, Kieran Carr, 29, of Wexley Road, denies the murder of Anwar Qureshi, 63, who was stabbed behind the counter of his shop on Station Parade in March last year.
Opening the case at Kelbridge Crown Court, the prosecutor, Rupert Vane KC, said CCTV showed a man in a grey hooded top entering the shop at 9.42pm and leaving 90 seconds later.
"⟦d:b|The prosecution says that man was Kieran Carr,⟧" Mr Vane told the jury. "⟦d:b|You will see the footage, and you will decide for yourselves.⟧"
He said Carr's phone had connected to a mast "⟦p:b|a few hundred metres⟧" from the shop minutes before the killing. In interview, Mr Vane said, Carr had told detectives: "⟦d:d|I was at my cousin's all night. Ask anyone.⟧"
Delia Moss, for the defence, said the identification evidence was "⟦p:c|thin⟧". "⟦d:c|Grey hooded tops are not rare in Ashby,⟧" she said.
Judge Harriet Okonkwo-Baines told jurors to put out of their minds anything they had read about the case. "⟦d:a|Your verdict must rest on the evidence you hear in this room and nothing else,⟧" she said.
The trial, expected to last three weeks, continues.

### 004
@a Brennick Foods | the biscuit maker
@b Sandra Quayle | regional organiser for the Allied Workers Union
@c Liam Fairhurst | the town's mayor
Brennick Foods, the biscuit maker, said on Wednesday it would close its factory in Corley Vale by next summer, putting 430 jobs at risk.
The company said production would move to its larger site in Thornbury. "⟦d:a|This has been an extremely difficult decision, and it in no way reflects the dedication of our Corley Vale colleagues,⟧" it said in a statement.
Brennick said the Corley Vale building, which dates from 1958, would need "⟦p:a|significant investment⟧" to remain viable.
Sandra Quayle, regional organiser for the Allied Workers Union, said members had learned of the closure at a hastily arranged meeting on the factory floor. "⟦d:b|People were told at ten o'clock and sent home at half past. That is not how you treat staff who have given thirty years to a company,⟧" she said.
The union would seek talks "⟦p:b|as a matter of urgency⟧", she added.
Liam Fairhurst, the town's mayor, said: "⟦d:c|Brennick is Corley Vale. Generations of families have worked on that line. We will do everything we can to keep the jobs here.⟧"
Shares in Brennick rose 3% on the news.

### 005
@a Jackie Thewlis | -
@b Dev | Her colleague
@s - | A Brennick spokeswoman
@d Sandra Quayle | the union’s regional organiser
Jackie Thewlis has packed custard creams at the Brennick factory in Corley Vale since 1991. On Wednesday morning she was told she had a year left.
“⟦d:a|I cried in the car park. Then I went back in and finished my shift, because that’s what you do,⟧” she said.
“⟦d:a|My mum worked there. My aunt worked there. I met my husband on the wafer line.⟧”
Her colleague Dev, who asked that his surname not be used because he is still negotiating his redundancy terms, said the mood on the shop floor was “⟦p:b|like a funeral⟧”.
“⟦d:b|Nobody’s shouting. That’s what gets me. Everyone’s just quiet,⟧” he said.
A Brennick spokeswoman said the company would offer retraining and “⟦p:s|enhanced⟧” redundancy packages. “⟦d:s|We want to support every colleague affected through the transition,⟧” she said.
“⟦d:d|They say ‘transition’ like it’s a bus stop,⟧” said Sandra Quayle, the union’s regional organiser. “⟦d:d|It’s a town losing its heart.⟧”
The factory’s last shift is expected to run in July.

### 006
@a Amara Osei | chief medical officer at Northgate University Hospitals
@d Colin Ashworth | the retired joiner
@c Patients First Alliance | a charity
More than 11,000 patients at Northgate University Hospitals have waited longer than a year for planned operations, figures published on Thursday show.
Dr Amara Osei, chief medical officer at Northgate University Hospitals, said the backlog was "⟦p:a|unacceptable⟧" and apologised to patients.
"⟦d:a|I'm not going to stand here and tell you this is fine. It isn't,⟧" Dr Osei said. "⟦d:a|We have opened two additional theatres this year and we are running weekend lists, but demand has grown faster than we have.⟧"
The trust blamed staff shortages in anaesthetics, according to a board paper seen by this newspaper.
Colin Ashworth, 71, has been waiting 14 months for a hip replacement. "⟦d:d|Some days I can't get up the stairs. I sleep in the chair downstairs,⟧" the retired joiner said. "⟦d:d|I was told six months. Then nine. Now they won't give me a date at all.⟧"
The Patients First Alliance, a charity, said the figures showed "⟦p:c|a system running on goodwill⟧". "⟦d:c|Behind every number is someone like Colin, in pain and in limbo,⟧" the charity said.
Osei said the trust expected to clear the longest waits by the end of next year.

### 007
@a Marisol Echeverría | a founder of the Save the Lune campaign
@b Westfell Water | the company
@w - | a Westfell Water spokesman
@c Environment Inspectorate | -
@d Ben Huxtable | a kayaking instructor in Lunebridge
Hundreds of dead fish were found along a two-mile stretch of the River Lune on Saturday after what campaigners say was a sewage discharge from a treatment works upstream.
Marisol Echeverría, a founder of the Save the Lune campaign, said volunteers had counted more than 600 fish, mostly trout and grayling, by Sunday afternoon.
"⟦d:a|The water was grey. It smelled like a drain. We've seen spills before, but never anything like this,⟧" she said.
Westfell Water confirmed that its Harrowby treatment works had made an "⟦p:b|unplanned release⟧" on Friday night after heavy rain. "⟦d:b|It is too early to draw any conclusions about a link between this release and the fish deaths reported downstream,⟧" the company said in a statement.
"⟦d:w|We are working closely with the Environment Inspectorate and are taking this extremely seriously,⟧" a Westfell Water spokesman added.
The Environment Inspectorate said it had taken water samples at six points along the river. "⟦d:c|Our officers were on site within two hours of the first report,⟧" it said.
Ben Huxtable, a kayaking instructor in Lunebridge, has cancelled all his sessions for the week. "⟦d:d|I'm not putting kids in that water. Not a chance,⟧" he said.
By Sunday evening someone had fixed a hand-painted sign reading "⟦s:-|RIP River Lune⟧" to the railings at the weir, where Echeverría said campaigners would hold a vigil next weekend.

### 008
@b Kofi Mensah-Boateng | the 22-year-old
@a Ryan Mulholland | Ashby Town manager
@c Pieter van der Walt | the Rovers head coach
Kofi Mensah-Boateng scored twice in the last 15 minutes as Ashby Town came from behind to beat Kelbridge Rovers 3-2 at Mill Lane on Saturday.
Rovers had led 2-1 through an Aaron Dyce header and a Tomasz Wróblewski penalty before Mensah-Boateng turned the match.
"⟦d:b|I just kept telling myself: be in the box, be in the box,⟧" the 22-year-old said. "⟦d:b|The second one, I didn't even see it go in. I heard it.⟧"
Ashby Town manager Ryan Mulholland described the comeback as "⟦p:a|the best 15 minutes since I've been here⟧".
"⟦d:a|We were poor for an hour, and I told them so at half-time. Politely, mostly,⟧" he said, laughing.
Pieter van der Walt, the Rovers head coach, was less amused. "⟦d:c|We gave away two goals from set pieces. At this level that is unforgivable,⟧" Van der Walt said.
He refused to criticise Wróblewski, whose penalty was his fifth of the season. "⟦d:c|Tomasz is our best player. He will be fine.⟧"
The result lifts Ashby to ninth in the table.

### 009
@a Nguyễn Thị Lan | a former schoolteacher who began writing at 52
@b Gideon Ashcombe-Frye | chair of the judges
“⟦s:-|The Salt Orchard⟧”, a debut novel about three generations of women running a fish-sauce business, has won the £25,000 Carrow Prize for fiction.
Its author, Nguyễn Thị Lan, a former schoolteacher who began writing at 52, accepted the award at a ceremony at Marlow Hall on Tuesday night. She began her speech in Vietnamese: “⟦d:a|Cảm ơn mẹ.⟧” Then, in English: “⟦d:a|Thank you, Mother. This book is yours.⟧”
Gideon Ashcombe-Frye, chair of the judges, called the novel “⟦p:b|a quiet book that gets very loud⟧”. “⟦d:b|We argued about a great many things this year. We did not argue about this,⟧” he said.
Nguyễn said she had written much of the book on a laptop balanced on an ironing board. “⟦d:a|There was nowhere else in the flat to put it,⟧” she told reporters. “⟦d:a|The ironing board deserves a share of the prize.⟧”
The shortlist also included Bartholomew Keane’s “⟦s:-|Low Water⟧” and a first collection of stories by Ifeoma Adichukwu.

### 010
@a Rosalind Achterberg | the theatre director who turned a disused tram depot in Kelbridge into one of the country's most admired stages
@c Desmond Ollerenshaw | The actor
@d Clara Achterberg-Lowe | Her daughter
Rosalind Achterberg, the theatre director who turned a disused tram depot in Kelbridge into one of the country's most admired stages, has died aged 88. Her family said she died peacefully at home on Sunday.
Achterberg founded the Depot Theatre in 1971 with £400 and "⟦p:a|a great deal of nerve⟧", as she later put it.
"⟦d:a|People told me nobody would come to a tram shed to watch Ibsen. They came. They brought sandwiches,⟧" she told this newspaper in 1994.
Her productions were famous for their length; a 1983 staging of "⟦s:-|Peer Gynt⟧" ran to five and a half hours, with two intervals and soup.
The actor Sir Desmond Ollerenshaw, who appeared in 14 of her productions, said she had been "⟦p:c|terrifying and completely right, usually at the same time⟧". "⟦d:c|She could stop a rehearsal with one raised eyebrow. I never once saw her raise both,⟧" he recalled.
Her daughter, Clara Achterberg-Lowe, said: "⟦d:d|Mum hated fuss, so we'll try not to make one. We'll fail, of course.⟧"
Achterberg is survived by Clara, her son Matthias and four grandchildren.

### 011
@a Rosa Whitfield | a Democrat from Calder
@b Dale Hoffstetter | the committee's ranking Republican
@r - | One reporter
@d National Rail Safety Board | the board
Sen. Rosa Whitfield, a Democrat from Calder, on Thursday introduced legislation that would require freight railroads to install trackside heat sensors every 15 miles, three months after a derailment near Millbrook forced 2,000 people from their homes.
``⟦d:a|We got lucky in Millbrook. Nobody died. We will not get lucky forever,⟧'' Whitfield said at a news conference.
Rep. Dale Hoffstetter, the committee's ranking Republican, said the bill was ``⟦p:b|well-intentioned⟧'' but would cost smaller railroads ``⟦p:b|tens of millions they simply do not have.⟧''
One reporter asked, ``⟦d:r|Do you have the votes?⟧'' Whitfield paused. ``⟦d:a|Ask me in a month,⟧'' she said.
The National Rail Safety Board said its investigation into the Millbrook derailment was continuing. ``⟦d:d|A preliminary report will be published in the coming weeks,⟧'' the board said.
Hoffstetter later told reporters: ``⟦d:b|Nobody is against safety. We are against a one-size-fits-all mandate written in a hurry.⟧''

### 012
@a Dana Whitlock | Detective Chief Inspector
@b Kelbridge Police | the force
@c Gwen Pritchard | -
@n - | A neighbour who did not want to be named
Police investigating a fire that destroyed a family home in Harrowby early on Sunday say they are treating it as arson.
A woman and two children escaped through an upstairs window. The woman, 34, was treated in hospital for smoke inhalation.
Detective Chief Inspector Dana Whitlock, who is leading the inquiry, said officers wanted to trace a man seen running along Cedar Close shortly before 3am. "⟦d:a|We believe this was a deliberate act, and it is only by good fortune that nobody was killed,⟧" she said.
"⟦d:a|If you were in the area, if you have a doorbell camera or dashcam footage, please come forward. However small you think it is.⟧"
Kelbridge Police later said a 41-year-old man had been arrested on suspicion of arson with intent to endanger life. "⟦d:b|Enquiries are ongoing, and we would ask people not to speculate online,⟧" the force said.
Gwen Pritchard, 58, who lives opposite, said she was woken by screaming. "⟦d:c|I looked out and the whole front was orange. The mum was on the porch roof holding the little one,⟧" she said.
A neighbour who did not want to be named said the family had moved in "⟦p:n|about a year ago⟧" and "⟦p:n|kept themselves to themselves⟧".

### 013
@a Reserve Bank of Halden | the bank
@b Elżbieta Nowicka-Strand | the bank's governor
@o Hamish Orr | a member of the rate-setting committee who voted for a cut
@c Marcus Tiernan | chief economist at Fairmount Securities
The Reserve Bank of Halden held its main interest rate at 4.25% on Thursday, resisting pressure from businesses for a cut as inflation edged up to 3.4%.
In a statement, the bank said it would "⟦p:a|remain vigilant⟧". "⟦d:a|The committee judges that it is too early to conclude that price pressures have eased,⟧" it said.
Elżbieta Nowicka-Strand, the bank's governor, told a news conference the decision had been "⟦p:b|finely balanced⟧". "⟦d:b|Cut too soon and we undo two years of work. Wait too long and we do unnecessary damage. That is the needle we are threading,⟧" she said.
The committee voted 5-2. Hamish Orr, a member of the rate-setting committee who voted for a cut, wrote in a blog post last month that the economy was "⟦p:o|flirting with recession⟧".
Marcus Tiernan, chief economist at Fairmount Securities, said markets had expected the hold. "⟦d:c|The surprise is the two votes for a cut. That tells you the door is open for March,⟧" he said.

### 014
@c National Weather Office | -
@a Owain Llewellyn-Price | the council's head of emergency planning
@b Fiona McAllister | the 46-year-old
Hundreds of homes in the Wyre valley were flooded overnight after two months' worth of rain fell in 36 hours, and forecasters warned of more to come.
The National Weather Office issued a red warning for parts of the valley on Friday morning. "⟦d:c|Flooding of homes and businesses is likely, and fast-flowing water poses a danger to life,⟧" it said.
Owain Llewellyn-Price, the council's head of emergency planning, said 140 people had spent the night in the leisure centre at Pennard. "⟦d:a|Please, if you are told to leave, leave. Do not wait to see how high it gets,⟧" he said.
Fiona McAllister, whose café on Bridge Street has flooded three times in five years, was sweeping brown water out of the door at dawn. "⟦d:b|You'd think you'd get used to it. You don't,⟧" the 46-year-old said. "⟦d:b|Every time, you think: this is the one that finishes us.⟧"
She said her insurer had "⟦p:b|more or less stopped answering⟧" her calls.
Llewellyn-Price said sandbags were available from depots in Pennard, Wyreside and Coldharbour.

### 015
@a Camille Rousseau-Diallo | the world No 34
@b Anja Kessler | Her opponent
Camille Rousseau-Diallo, the world No 34, reached her first major quarter-final on Monday with a 6-4, 3-6, 7-5 win over the fourth seed at the Harcourt Open.
The 19-year-old fell to her knees on match point, then climbed into the stands to hug her father and coach, Ibrahima Diallo.
«⟦d:a|J'ai joué avec mon cœur⟧» (“⟦d:a|I played with my heart⟧”), she said in French afterwards.
“⟦d:a|At 5-5 in the third I was shaking. My legs were not my legs,⟧” she said in English. “⟦d:a|But I looked at my father and he was calm, so I pretended to be calm.⟧”
Her opponent, Anja Kessler, said she had struggled with a shoulder problem but refused to use it as an excuse. “⟦d:b|She was better on the big points. That’s tennis,⟧” Kessler said.
Rousseau-Diallo will play either Mei Tanaka or Sofía Ibarra next.

### 016
@j Margaret Fenwick-Hale | The judge
@e Eleanor Bramwell | -
@n Nathaniel Oyelaran | -
@c Imogen Clay | Detective Sergeant
A financial adviser who spent £2.3m of his clients' retirement savings on racehorses, a villa in Portugal and a private box at Kelbridge racecourse has been jailed for eight years.
Julian Sedgwick-Hart, 54, of Upper Aldgate Road, Thornbury, admitted 19 counts of fraud by abuse of position at an earlier hearing.
The judge, Mrs Justice Margaret Fenwick-Hale, told him at Kelbridge Crown Court: "⟦d:j:m|You were trusted by people who had worked their whole lives for modest savings. You treated those savings as your own.⟧
"⟦d:j:m|You showed no remorse until the moment you were caught, and even then your regret was for yourself.⟧
"⟦d:j|The harm you have caused cannot be measured in money alone.⟧"
In a victim impact statement read to the court, Eleanor Bramwell, 79, wrote: "⟦d:e|I used to sleep well. Now I lie awake adding up what I have left.⟧"
Nathaniel Oyelaran KC, mitigating, said his client was "⟦p:n|deeply ashamed⟧" and had co-operated fully with investigators. "⟦d:n|He does not ask for sympathy. He asks only that the court recognise his early plea,⟧" Mr Oyelaran said.
Outside court, Detective Sergeant Imogen Clay said: "⟦d:c|Today's sentence will not give these victims their money back, but I hope it gives them some sense that justice has been done.⟧"
A hearing to recover Sedgwick-Hart's assets will take place in the spring.

### 017
@a Eleanor Bramwell | a retired midwife
@b Philip | Her son
@c Rohan Mistry | -
Eleanor Bramwell, a retired midwife, first met Julian Sedgwick-Hart in 2009 at a pensions seminar in a Thornbury hotel. He was charming, she says, and he remembered her name.
“⟦d:a|He said, ‘Eleanor, this is as safe as houses.’ I can still hear him saying it,⟧” she recalled, sitting in the kitchen of the terraced house she now fears she will have to sell.
On Friday she watched him led down to the cells. “⟦d:a|I thought I’d feel happy. I just felt tired,⟧” she said.
Her son Philip, who drove her to court every day of the hearings, is angrier. “⟦d:b|Eight years. He’ll be out in four. Mum lost the lot,⟧” he said.
“⟦d:b|The regulator had complaints about him in 2016. Nobody did anything.⟧”
Rohan Mistry, who chairs a group of 46 of Sedgwick-Hart’s former clients, said members would now pursue a compensation claim against the firm that supervised him. “⟦d:c|The criminal case was the easy part. The money is the hard part,⟧” he said.
Bramwell says she has started volunteering again at a baby clinic. “⟦d:a|You can’t sit at home and be angry all day. I tried. It doesn’t suit me.⟧”

### 018
@a Bernadette Kyle | Council leader
@f Simon Fraine | the council's chief executive
@u - | One senior councillor who asked not to be named
@s - | a second source
@o Gerald Amankwah | leader of the opposition group
Kelbridge City Council's flagship £48m library and civic hub is months behind schedule and its costs have risen by at least £11m, according to internal documents seen by the Kelbridge Gazette.
In an email to cabinet members dated 3 October, Simon Fraine, the council's chief executive, wrote: "⟦d:f|We need to be candid with ourselves. The current budget is not achievable.⟧"
Council leader Bernadette Kyle said the figures in the documents were "⟦p:a|early estimates⟧" and had been shared "⟦p:a|to stress-test the project, not to announce anything⟧".
"⟦d:a|Every major building project has a moment like this. What matters is how you respond, and we are responding,⟧" she told the Gazette.
One senior councillor who asked not to be named was less sanguine. "⟦d:u|Everyone in that building has known for six months. They were waiting until after the by-election,⟧" the councillor said.
The steel frame alone is "⟦p:s|running about £4m over⟧", according to a second source familiar with the contracts.
Gerald Amankwah, leader of the opposition group, said he would table an urgent question at Thursday's full council meeting. "⟦d:o|The public were promised a library. At this rate they'll get a very expensive car park,⟧" he said.

### 019
@a Ingrid Solberg | professor of epidemiology at the University of Kelbridge
Ingrid Solberg, professor of epidemiology at the University of Kelbridge, has spent three decades studying how respiratory viruses move through schools. This winter, she says, will be "⟦p:a|bumpy but manageable⟧". We asked her what that means.
Q: Why are you expecting a bumpy winter?
A: Because we have three viruses circulating at once for the first time in several years, and children are the ones who mix them. Some people have started calling it the "⟦s:-|triple winter⟧". I don't love the phrase, but it isn't wrong.
Q: Should parents be worried?
A: Worried, no. Prepared, yes. Keep a child at home if they have a fever. Get the vaccines that are offered. That's most of it.
Q: The government's advice to schools has been criticised as vague.
A: I've read it. The document is called "⟦s:-|Keeping Classrooms Open⟧", and I think it's broadly right, though I would have liked clearer guidance on ventilation.
Q: What keeps you up at night?
A: Complacency. "⟦d:a|We've had worse winters,⟧" she adds after a pause. "⟦d:a|But we've rarely had one where people were this tired of hearing from people like me.⟧"

### 020
@a Ana Lúcia dos Santos | a spokeswoman for the Fellside Wind Action group
@b Halvard Energy | the developer
@c Martin Greatorex | -
@g Planning Inspectorate | -
A government planning inspector has approved a 22-turbine wind farm on Harrow Fell, overturning the county council's refusal and ending a four-year fight over one of the region's most visible hilltops.
The Planning Inspectorate said in its decision letter that the benefits of the scheme “⟦p:g|clearly outweigh⟧” the harm to the landscape. “⟦d:g|The need for renewable generation is a matter of substantial weight,⟧” the letter said.
About 60 opponents gathered outside Fellside village hall on Wednesday evening, some holding placards reading “⟦s:-|Save Our Skyline⟧” and chanting “⟦s:-|Not on our fell⟧”.
Ana Lúcia dos Santos, a spokeswoman for the Fellside Wind Action group, said the group would consider a legal challenge. “⟦d:a|We are not against renewables. We are against putting 150-metre turbines on the one hill everyone in this valley looks at,⟧” she said.
Dos Santos wrote in a post on social media later that evening: “⟦d:a|Disappointed but not defeated. The fight goes on.⟧”
Halvard Energy, the developer, welcomed the decision. “⟦d:b|Harrow Fell will power the equivalent of 48,000 homes, and the community fund will put £600,000 a year into local projects,⟧” the company said.
Martin Greatorex, who farms 400 acres on the lower slopes, will host six of the turbines. “⟦d:c|My grandfather had sheep up there. My grandson will have sheep and turbines. I can live with that,⟧” he said.

### 021
@a D.W. Ellery | club chairman
@b Saqib Hussain-Laird | the Lowfield captain
@c Joe Brannigan | -
Lowfield Cricket Club will leave the ground it has played on since 1884 after members voted to sell the site to a housebuilder for £6.5m.
Club chairman D.W. Ellery told the meeting the decision was "⟦p:a|the hardest of my life and the right one⟧". "⟦d:a|We have a pavilion with a leaking roof, a roller older than most of the members and debts we cannot service. Sentiment will not fix any of that,⟧" Mr Ellery said.
The sale will fund a new ground with two pitches and an indoor school on the edge of the town.
Saqib Hussain-Laird, the Lowfield captain, said the players had been "⟦p:b|split down the middle⟧". "⟦d:b|Half the dressing room wanted to chain themselves to the sightscreen,⟧" he said. "⟦d:b|The other half wanted nets that don't flood.⟧"
Joe Brannigan, 84, has watched from the same bench for 61 summers. He voted against. "⟦d:c|They can take the ground. They're not taking my bench,⟧" he said.
The club's last match at the old ground is scheduled for September.

### 022
@a Hélène Vasseur-Lindqvist | the French-Swedish director
@b Oskar Pelle | Her lead actor
@c Marguerite Oduya | the festival’s artistic director
“⟦s:-|La Maison du Passeur⟧”, a slow, wintry drama about a ferryman on a frozen lake, won the Golden Heron at the Varnholm Film Festival on Saturday night.
Speaking through an interpreter, the French-Swedish director Hélène Vasseur-Lindqvist said she had almost abandoned the project twice. “⟦d:a|The money disappeared, then the ice disappeared. We waited two winters for the lake to freeze properly,⟧” she said.
She ended her speech in French: «⟦d:a|Ce prix est pour ceux qui attendent.⟧» (“⟦d:a|This prize is for those who wait.⟧”)
Her lead actor, Oskar Pelle, 71, who had not appeared on screen for 20 years, was given a standing ovation. “⟦d:b|I thought I was retired. Hélène thought otherwise. She usually wins,⟧” Pelle said.
Marguerite Oduya, the festival’s artistic director, said the jury had been unanimous. “⟦d:c|It is a film that asks you to be patient and then rewards you for it,⟧” she said.
The runner-up prize went to “⟦s:-|Small Hours⟧”, a Halden-set thriller.

### 023
@a Tommy Garside | the Ashby Town centre-half who made 512 appearances for the club between 1962 and 1977
@b Wilf Ackroyd | his former team-mate
@c Ashby Town | the club
Tommy Garside, the Ashby Town centre-half who made 512 appearances for the club between 1962 and 1977, has died aged 81.
To a generation of supporters he was simply "⟦s:-|the Wardrobe⟧". He scored 14 goals, most of them, he liked to say, "⟦p:a|by accident⟧".
He was famous for refusing to wear shin pads. "⟦d:a|If you need pads, you're standing too close,⟧" he told a supporters' club dinner in 2002.
His former team-mate Wilf Ackroyd, 83, said Garside had been the heart of the dressing room. "⟦d:b:m|He'd have a go at you on the pitch and buy you a pint after. There was no side to him at all.⟧
"⟦d:b:m|People remember the size of him. I remember that he knew the name of every tea lady and every groundsman at every ground we played at.⟧
"⟦d:b|They don't make them like Tommy any more. They couldn't afford the material.⟧"
Ashby Town said the players would wear black armbands on Saturday. "⟦d:c|Tommy was Ashby Town. Our thoughts are with his wife, Maureen, and all his family,⟧" the club said.

### 024
@p Coldharbour Police | the force
@s - | a force spokeswoman
A 17-year-old boy has been charged with robbery after a delivery rider was threatened with a knife in Coldharbour on Thursday evening.
Coldharbour Police said the rider, a man in his 20s, was not hurt but had his moped and phone taken on Marsh Lane at about 8.15pm. "⟦d:p|Officers attended within minutes and a suspect was detained nearby,⟧" the force said.
The boy, who cannot be named for legal reasons, will appear before Coldharbour Youth Court on Monday. "⟦d:s|We would like to thank members of the public who assisted officers,⟧" a force spokeswoman said.

### 025
@a Priya Raghunathan | chief executive
@c Copperline | the Kelbridge-based payments start-up once valued at £1.2bn
@u - | one person familiar with the matter
@e Lukas Brandauer | an analyst at Weald Capital
Copperline, the Kelbridge-based payments start-up once valued at £1.2bn, is cutting 340 jobs, about a quarter of its workforce.
In a memo to staff on Tuesday, chief executive Priya Raghunathan wrote: "⟦d:a:m|This is the hardest message I have had to send since we founded Copperline. We grew too fast, and we hired ahead of revenue that did not arrive.⟧
"⟦d:a|That is my responsibility, and I am sorry.⟧"
The cuts will fall mainly on the marketing and customer-success teams, according to one person familiar with the matter, who said engineering had been "⟦p:u|largely protected⟧".
Copperline said affected staff would receive at least three months' pay. "⟦d:c|We are committed to treating every departing colleague with respect and generosity,⟧" the company said.
Lukas Brandauer, an analyst at Weald Capital, said the cuts were "⟦p:e|overdue⟧". "⟦d:e|Fintech spent two years acting like money was free. It wasn't. Now the bill has come,⟧" he said.

### 026
@a Callum Dreghorn | -
@b Yvette Sandoval-Reid | the opposition leader
@s Moira Quinlan-Daly | The Speaker
@h - | one member
Prime minister's questions descended into uproar on Wednesday as the opposition leader pressed Callum Dreghorn over the collapse of the Westmere rail contract.
Yvette Sandoval-Reid, the opposition leader, began quietly. "⟦d:b|Can the prime minister tell the House how much public money was spent on the Westmere contract before it was cancelled?⟧"
"⟦d:a|The right honourable lady knows that the figure will be published in the usual way,⟧" Dreghorn replied.
"⟦d:b|I didn't ask when it would be published. I asked how much.⟧"
"⟦d:a|And I have given her the answer.⟧"
"⟦d:h|No you haven't!⟧" one member shouted from the opposition benches, prompting jeers from both sides.
The Speaker, Moira Quinlan-Daly, intervened. "⟦d:s|Order! Order. The House will come to order, or the House will be here all afternoon,⟧" she said.
Sandoval-Reid tried a third time. "⟦d:b|Four hundred million pounds. That's the figure in his own department's accounts. Why won't he say it?⟧"
Dreghorn, who has been prime minister for 14 months, said the contract had been "⟦p:a|inherited, mismanaged and rightly ended⟧".

### 027
@t Tamsin | -
@r Rhiannon | the unit’s lead nurse
@h Ruth Aldous | the hospice’s chief executive
Tamsin is 34, has two boys under six and has been having chemotherapy at St Non's day unit every other Thursday since March.
“⟦d:t|The first week, I sat in the car for 20 minutes before I could come in,⟧” she says. “⟦d:t|Now I bring biscuits. That’s progress.⟧”
Rhiannon, the unit’s lead nurse, has worked at St Non’s for 19 years. She knows every patient’s name and most of their children’s.
“⟦d:r|People think this is a sad place. Some days it is. Most days it’s just a place where people get on with it,⟧” she says.
Tamsin laughs at that. “⟦d:t|She makes us get on with it. She’s terrifying.⟧”
“⟦d:r|I am not terrifying,⟧” Rhiannon says. “⟦d:r|I’m organised.⟧”
The unit faces an uncertain future: its charitable funding runs out next year. Ruth Aldous, the hospice’s chief executive, said trustees were “⟦p:h|doing everything possible⟧” to find a new backer. “⟦d:h|We will not let this place close quietly,⟧” she said.

### 028
@a Lowmoor Water | the company
@b Eamon Cassidy | -
@c Priyanka Dewan | a hydrologist at Dane University
A hosepipe ban will come into force across Lowmoor and the Dane valley next Friday after the driest spring in 60 years left reservoirs at 54% of capacity.
Lowmoor Water said the restrictions would affect about 1.4 million customers. "⟦d:a|We don't take this step lightly, but every litre saved now is a litre we will have in August,⟧" the company said.
Farmers warned that crops were already suffering. "⟦d:b|The barley is the height it should be in April. It's the middle of June,⟧" said Eamon Cassidy, who chairs the county branch of the Farmers' Union.
Priyanka Dewan, a hydrologist at Dane University, said leakage remained "⟦p:c|the elephant in the reservoir⟧". "⟦d:c|Lowmoor loses about a fifth of its treated water before it reaches a tap. Customers will reasonably ask why they are being told to save water the company is pouring into the ground,⟧" she said.
Lowmoor Water said it had cut leakage by 8% in three years.

### 029
@a Lena Hofbauer-Kraus | -
@b Jürgen Maaß | her coach
@c Aaliyah Brathwaite | the defending champion
Lena Hofbauer-Kraus won the women's 200 metres at the Continental Championships in Aldermoor on Friday night in 22.08 seconds, the fastest time in the world this year.
The 24-year-old from Rosenau, who missed last season with a torn hamstring, dropped to the track and stayed there for almost a minute.
"⟦d:a|Ich habe keine Worte,⟧" she said, still breathing hard, before switching to English: "⟦d:a|I have no words. A year ago I could not walk down the stairs.⟧"
Her coach, Jürgen Maaß, said the comeback had been built on "⟦p:b|patience and a very boring amount of physiotherapy⟧". "⟦d:b|She wanted to race in February. I said no. She did not speak to me for a week,⟧" he said. "⟦d:b|Tonight I think she has forgiven me.⟧"
Aaliyah Brathwaite, the defending champion, finished second in 22.31. "⟦d:c|I ran my race. She ran a better one. That's all there is to say,⟧" Brathwaite said.
Hofbauer-Kraus will run the 4x100m relay on Sunday.

### 030
@n Nell Okafor | singer
@j Jonah | the band’s drummer
@r Reuben Stray | Their manager
Three years ago The Hollow Reeds were playing to 40 people in the back room of a pub in Lowfield. On Friday their second album, “⟦s:-|Weathervane⟧”, entered the chart at number two.
“⟦d:n|We keep checking it’s not a typo,⟧” says singer Nell Okafor, curled up on a sofa in the band’s rehearsal room under a railway arch.
The record was made in eleven days in a converted chapel. Jonah, the band’s drummer, recorded most of his parts in the vestry “⟦p:j|because the acoustics were mad⟧”.
“⟦d:j|There was a pigeon in the rafters the whole time. If you listen to the end of ‘Salt Lines’ you can hear it,⟧” he says.
Okafor wrote most of the lyrics after her father’s death in 2021. “⟦d:n|I didn’t want a sad record. I wanted an honest one. Turns out those are different things,⟧” she says.
Their manager, Reuben Stray, who signed them after seeing them play to that crowd of 40, said the band had turned down two major-label offers. “⟦d:r|They wanted to own their songs. That costs you money in the short term and saves you your soul in the long term,⟧” he said.

### 031
@j Ramón Villaseñor | District Judge
@d Marcy Kettleborough | His defense attorney
@p Dwight Oyelowo-Banks | Prosecutor
@t Trent Galloway | the former chief executive of Brightwater Diagnostics
The former chief executive of a Calder medical-testing company was sentenced Monday to 11 years in prison for misleading investors about a blood-analysis device that never worked as promised.
Trent Galloway, the former chief executive of Brightwater Diagnostics, stood with his hands folded as District Judge Ramón Villaseñor read the sentence.
``⟦d:j|You did not make a mistake. You made a decision, and you made it again every day for three years,⟧'' Villaseñor told him.
Galloway, 47, addressed the court briefly before sentencing. ``⟦d:t|I believed in what we were building. I was wrong to say it worked before it did,⟧'' he said.
His defense attorney, Marcy Kettleborough, had asked for a sentence of four years, arguing that Galloway had ``⟦p:d|lost everything⟧'' already. She said after the hearing that he would appeal.
``⟦d:d|We respect the court, but we believe this sentence is out of proportion with comparable cases,⟧'' Kettleborough said.
Prosecutor Dwight Oyelowo-Banks said investors had lost more than $300 million. ``⟦d:p|Behind that number are pension funds, teachers and retirees,⟧'' he said.

### 032
@a National Institute for Clinical Standards | the institute
@s - | a spokesperson for the institute
@h Hugo Penhaligon | its director general
@k Sushila Karve | a consultant paediatrician at Thornbury General Hospital
Children under 12 should not be given energy drinks, and shops should be barred from selling them to anyone under 16, according to new guidance published on Monday.
The National Institute for Clinical Standards said evidence linking high-caffeine drinks to poor sleep and anxiety in children was now "⟦p:a|strong and consistent⟧". "⟦d:a|We are asking parents, schools and retailers to treat these drinks as products for adults,⟧" the institute said.
"⟦d:s|This is not about banning anything for grown-ups. It's about protecting kids,⟧" a spokesperson for the institute added.
The Food and Drink Alliance, which represents manufacturers, said most of its members already labelled their drinks as unsuitable for children. Its director general, Hugo Penhaligon, called the guidance "⟦p:h|disproportionate⟧". "⟦d:h|Voluntary measures are working. Legislation would punish responsible retailers for the failings of a few,⟧" he said.
Dr Sushila Karve, a consultant paediatrician at Thornbury General Hospital, welcomed the guidance. "⟦d:k|I see teenagers who haven't slept properly in months. When you ask, it's often four cans a day,⟧" she said.
A survey of 2,000 secondary pupils last year found that one in five drank at least one energy drink a day.

### 033
@g Gwilym ap Rhys | -
@e Elin Vaughan-Jones | project officer at the Teifion Rivers Trust
@f Farmers' Union of Cambria | the union
Beavers have been released into the wild in the upper Teifion valley for the first time in more than 400 years, in a trial that has divided the farming community.
Two family groups, nine animals in all, were let out of their crates at dusk on Thursday on land owned by Gwilym ap Rhys, whose family has farmed at Cwm Eithin since the 1700s.
"⟦d:g|Mae'r afon wedi bod yn aros amdanyn nhw,⟧" he said as the first beaver slipped into the water. "⟦d:g|The river has been waiting for them.⟧"
Ap Rhys admitted that not all his neighbours shared his enthusiasm. "⟦d:g|Some of them think I've lost my mind. They may be right. Ask me in five years,⟧" he said.
Elin Vaughan-Jones, project officer at the Teifion Rivers Trust, said the beavers' dams would slow floodwater and create wetland habitat. "⟦d:e|They are the best engineers we could hire, and they work for nothing,⟧" she said.
The Farmers' Union of Cambria said it had "⟦p:f|serious concerns⟧" about flooding of farmland and wanted a clear plan for managing the animals if the trial went wrong. "⟦d:f|Our members are not against nature. They are against being left to pick up the bill,⟧" the union said.

### 034
@c Harwood & Pike | the country's third-largest supermarket chain
@f Fraser Lindqvist | The chief executive
@a Ottilie Brand | a retail analyst at Stanmore Research
@u - | One supplier
Harwood & Pike, the country's third-largest supermarket chain, reported a 14% rise in annual profit on Tuesday as shoppers returned from discount rivals, but warned that food inflation was picking up again.
The chief executive, Fraser Lindqvist, said customers were "⟦p:f|coming back, but cautiously⟧". "⟦d:f|People are still counting every penny. They have just decided they would rather count them here,⟧" he told analysts on a conference call.
Harwood & Pike said it would spend £200m on cutting prices on 1,500 everyday items. "⟦d:c|Value is not a campaign for us. It is the job,⟧" the group said in its results statement.
Ottilie Brand, a retail analyst at Stanmore Research, said the price cuts would squeeze suppliers. "⟦d:a|Somebody pays for a £200m price investment, and it is rarely the supermarket,⟧" she said.
One supplier, who spoke on condition of anonymity because of ongoing contract talks, said they had been asked to contribute to the cuts. "⟦d:u|The letter arrived on Friday. They call it a partnership,⟧" the supplier said.

### 035
@w Sunita Ramkissoon | -
@l Derek Oldroyd | the government candidate
@r - | The returning officer
Sunita Ramkissoon has won the Wexley East by-election for the Progressive Alliance, overturning a majority of more than 6,000 on a night of bad results for the government.
The returning officer read the result shortly after 3am: "⟦d:r|Ramkissoon, Sunita, Progressive Alliance, 14,208 votes.⟧" The cheers from her supporters drowned out the rest of the count.
Ramkissoon's supporters chanted "⟦s:-|Sunita! Sunita!⟧" as she made her way to the stage.
"⟦d:w|Wexley East has sent a message tonight, and I think they will hear it all the way to the capital,⟧" she said in her victory speech. "⟦d:w|I will be a voice for this town, not a voice for the party in this town.⟧"
Derek Oldroyd, the government candidate, who had held the seat's council ward for 20 years, conceded in a short speech. "⟦d:l|The voters are never wrong. They are sometimes very clear, and tonight they were very clear,⟧" he said.
Turnout was 41%.

### 036
@f - | Her family
@a Marcus Ebonwood | Inspector
Police are growing increasingly concerned for the safety of a 15-year-old girl who has been missing from her home in Pennard since Saturday.
Leah Cartwright was last seen at about 4pm on Saturday near the bus station in Pennard town centre. She is described as white, about 5ft 4in tall, with shoulder-length brown hair, and was wearing a black puffer jacket.
Inspector Marcus Ebonwood said: “⟦d:a|Leah has not been in contact with her family or friends, which is completely out of character. We are asking anyone who has seen her to call us straight away.⟧”
Her family said in a statement: “⟦d:f|Leah, we love you and we just want you home. You are not in any trouble. Please call us.⟧”
Ebonwood said officers were checking CCTV along the bus routes from Pennard to Kelbridge.

### 037
@a Aurelio Fonseca-Brandt | the mathematician whose work on knot theory found unexpected uses in the design of surgical sutures
@b Hester Quarrie | a former doctoral student
@c Royal Society of Halden | -
Professor Aurelio Fonseca-Brandt, the mathematician whose work on knot theory found unexpected uses in the design of surgical sutures, has died aged 92.
Born in Trieste to an Italian mother and a German father, he came to Halden as a refugee in 1939 and, by his own account, "⟦p:a|learned English from the football results⟧".
His 1961 paper, "⟦s:-|On the Invariants of Tame Knots⟧", was largely ignored for two decades before surgeons in Kelbridge realised its results could predict which knots would hold under tension.
"⟦d:a|I did not know what a suture was. I had to look it up,⟧" he said in an interview in 1998. "⟦d:a|Mathematics is like that. You build a key, and thirty years later somebody finds the door.⟧"
Hester Quarrie, a former doctoral student, said he had been "⟦p:b|fiercely kind⟧". In a letter to the university newspaper after his retirement she wrote: "⟦d:b|He never once told me an idea was stupid. He asked me questions until I worked it out for myself.⟧"
The Royal Society of Halden, of which he was a fellow for 50 years, said: "⟦d:c|Professor Fonseca-Brandt showed that the purest mathematics can have the most practical consequences.⟧"
He is survived by his second wife, Ingeborg, and a stepson.

### 038
@a Siobhán Ní Mhurchú | the 21-year-old
@b Ambrose Kettle | trainer
@o - | one bookmaker
Siobhán Ní Mhurchú rode her first big-race winner at Kelbridge on Saturday when Copper Fox, a 25-1 outsider, won the Winter Stakes by a neck.
``⟦d:a|I've been dreaming about this since I was six. I used to ride the arm of the sofa and call the commentary myself,⟧'' the 21-year-old said.
The horse is trained by Ambrose Kettle, who has only eight horses in his yard near Coldharbour. ``⟦d:b|We're a small operation. We don't get many days like this, so we're going to enjoy this one properly,⟧'' said trainer Ambrose Kettle.
He said the filly had been ``⟦p:b|a bit of a madam⟧'' at home. ``⟦d:b|She bit me twice this week. I'll let her off now.⟧''
One bookmaker said the result had been ``⟦p:o|a very good day for the layers.⟧''

### 039
@c Isadora Penrose-Mack | the museum's director
@p Thornbury Police | the force
@s - | a source close to the investigation
Two thieves broke into Thornbury Museum in the early hours of Wednesday and stole a 17th-century gold reliquary, cutting through a skylight and abseiling into the main gallery.
The reliquary, known locally as the "⟦s:-|Thornbury Heart⟧", is believed to have been made in Antwerp around 1620 and was bequeathed to the museum in 1903.
Isadora Penrose-Mack, the museum's director, said staff were "⟦p:c|devastated⟧". "⟦d:c|Its value in money is large. Its value to this town is impossible to put a figure on,⟧" she said.
Thornbury Police said the thieves had been inside the building for less than four minutes. "⟦d:p|This was a planned and professional operation,⟧" the force said in a statement, appealing for anyone who saw a dark van in Abbey Street between 2am and 3am to come forward.
The alarm system had been flagged for replacement last year, according to a source close to the investigation, who described the museum's security as "⟦p:s|a relic in its own right⟧".

### 040
@k Haruki Okonogi | Halden's trade minister
@m Tomás Ferreira Lago | the Valmarian foreign minister
@u - | One diplomat
Trade ministers from 14 countries ended two days of talks in Port Serrat on Friday without agreement on a new fisheries treaty, but said they would meet again within three months.
Halden's trade minister, Haruki Okonogi, speaking through an interpreter, said the gaps had "⟦p:k|narrowed but not closed⟧". "⟦d:k|We did not come here expecting a miracle. We are leaving with a map,⟧" he said.
Tomás Ferreira Lago, the Valmarian foreign minister, was blunter. "⟦d:m|Some delegations came to negotiate. Others came to be photographed,⟧" he told reporters, without naming anyone.
One diplomat involved in the talks said the main obstacle was a dispute over quotas for deep-water shrimp. "⟦d:u|It always comes back to the shrimp,⟧" the diplomat said.

### 041
@a AeroHalden | the airline
@b Declan Furlong | general secretary of the pilots' union BALPH
@p - | One captain with 22 years at the airline
@m Odette Mbeki-Laurent | -
Pilots at AeroHalden will strike for 48 hours from next Thursday after talks over pay and rostering broke down, the pilots' union said on Monday, threatening the travel plans of up to 90,000 passengers.
Declan Furlong, general secretary of the pilots' union BALPH, said members had voted 94% in favour of action. "⟦d:b|Nobody becomes a pilot to stand on a picket line. But our members have been flying exhausted for two years, and the company has stopped listening,⟧" he said.
AeroHalden said it was "⟦p:a|deeply disappointed⟧" and would try to run as many flights as possible. "⟦d:a|We have made a fair offer, which includes a 9% pay rise over two years, and we urge BALPH to return to talks,⟧" the airline said.
One captain with 22 years at the airline, who asked not to be named, said rostering was the real issue. "⟦d:p|I have done six early starts in a row and then been called in on my day off. That's not safe, and everyone knows it,⟧" the captain said.
Odette Mbeki-Laurent, 38, was at Kelbridge airport on Monday afternoon checking whether her family's flight to the islands would go ahead. "⟦d:m|We've saved for two years for this. I understand why they're striking. I just wish it wasn't this week,⟧" she said.

### 042
@h Public Health Halden | the agency
@d Rukhsana Begum-Thorpe | the agency's deputy director for immunisation
@c Gethin Morse | the Pennard councillor responsible for public health
Health officials have confirmed 37 cases of measles in Pennard in the past three weeks, most of them in children under ten who had not been vaccinated.
Public Health Halden said eight children had been admitted to hospital. "⟦d:h|Measles is not a mild illness. It can lead to pneumonia, brain swelling and, in rare cases, death,⟧" the agency said in a statement.
Dr Rukhsana Begum-Thorpe, the agency's deputy director for immunisation, said uptake of the second MMR dose in parts of Pennard had fallen to 71%, well below the 95% needed to stop outbreaks. "⟦d:d|It is never too late to catch up. If your child has missed a dose, please book it this week,⟧" she said.
Extra vaccination clinics will be held at three primary schools from Monday. Gethin Morse, the Pennard councillor responsible for public health, said: "⟦d:c|We are taking the vaccine to families rather than waiting for families to come to us.⟧"

### 043
@a Kerry | a mother of three who did not want her surname published
@g Tunde Alabi | a GP in the town for 26 years
@d Rukhsana Begum-Thorpe | the agency's deputy director for immunisation
At the pop-up clinic in the hall of St Anne's primary school in Pennard, the queue on Monday morning stretched past the climbing frame.
Kerry, a mother of three who did not want her surname published, was there with her two youngest. "⟦d:a|I read something online when the first one was a baby and it frightened me, so I didn't go,⟧" she said. "⟦d:a|Then a girl in my daughter's class ended up in hospital. That frightened me more.⟧"
Dr Tunde Alabi, a GP in the town for 26 years, said he had seen more measles in the past month than in the previous decade. "⟦d:g:m|The parents I talk to aren't against vaccines. Mostly they're busy, or they moved house and fell off the list, or somebody told them something on a group chat.⟧
"⟦d:g|We have to meet them where they are, without lecturing. Lecturing never got a single child vaccinated.⟧"
Public Health Halden's Dr Rukhsana Begum-Thorpe, the agency's deputy director for immunisation, said 240 children had been vaccinated at the clinics in the first weekend. "⟦d:d|That is 240 children who are now protected. Every one of them counts,⟧" she said.
As the queue shuffled forward, a small boy in a dinosaur jumper asked his mother, loudly, "⟦d:-|Will it hurt?⟧"

### 044
@j Lionel Ashdown-Reyes | -
@c Cassandra Vell | The television presenter
@p Halden Post | the newspaper
@l Imran Siddiqui-Hale | Vell's solicitor
The television presenter Cassandra Vell has won her libel action against the Halden Post over an article that claimed she had faked a charity swim.
In his judgment, Mr Justice Lionel Ashdown-Reyes said the newspaper had “⟦p:j|failed to take even the most elementary steps⟧” to check its story. “⟦d:j|The defence of truth fails because the allegation was not true,⟧” he wrote.
He awarded Vell £85,000 in damages.
Vell, 45, said outside the High Court in Kelbridge: “⟦d:c|I swam every one of those 21 miles, and I have the jellyfish stings to prove it. I'm glad the court agreed.⟧”
Vell's solicitor, Imran Siddiqui-Hale, said the paper had refused three offers to settle. “⟦d:l|This case should never have come to court,⟧” he said.
The Halden Post said it would consider an appeal. “⟦d:p|We are disappointed by today's ruling and are studying the judgment carefully,⟧” the newspaper said.

### 045
@c Warrick Tane | head coach
@s Finlay Braithwaite-Moore | captain
@n Josefa Taumalolo | No 8
The Kelbridge Falcons sealed a place in the national final with a 27-24 win over the Harrowby Saints on Saturday, a result head coach Warrick Tane admitted he had "⟦p:c|no right⟧" to expect after an hour of struggle.
"⟦d:c|We were second-best for most of it. Don't let anyone tell you otherwise,⟧" Tane said. "⟦d:c|But finals aren't about being the best for 80 minutes. They're about being the best for the last ten.⟧"
The winning try came from captain Finlay Braithwaite-Moore, who had been booed by the home crowd for a late tackle in the first half. He said he had heard every word. "⟦d:s|That's the job. They pay their money, they can boo. I'd rather they booed me than sang for the other lot,⟧" he said.
No 8 Josefa Taumalolo, who made 19 carries, was named player of the match. He was asked what Tane had said at half-time. "⟦d:n|I can't repeat most of it,⟧" he said, grinning. "⟦d:n|The clean bit was: 'Wake up.'⟧"
Braithwaite-Moore added that the squad would "⟦p:s|enjoy tonight and then get back to work on Monday⟧".

### 046
@a Delphine Okoro-Wells | -
@u - | My mum
Delphine Okoro-Wells has been making audiences laugh for 20 years and people cry for about five. Her new show, "⟦s:-|My Father's Shed⟧", opens at the Lantern in Kelbridge next week. We spoke to her between rehearsals.
Q: The show is about your father's death. Is it a comedy?
A: It's a comedy about grief, which is the only kind of comedy that really matters. Dad would have called it "⟦s:-|a bit much⟧". He called everything a bit much.
Q: How do you make that funny?
A: You don't make it funny. It already is. Funerals are ridiculous. Someone always brings the wrong sandwiches.
Q: Has your family seen it?
A: My mum came to a preview. Afterwards she said, "⟦d:u|You got the shed wrong. It was green.⟧" That's her only note.
Q: What's next?
A: Sleep. "⟦d:a|Then probably another show about something that upset me,⟧" she said, laughing. "⟦d:a|That's the business model.⟧"

### 047
@m Geneviève Larochelle-Baptiste | the mayor of Saint-Aubin-des-Prés
@b Patrice Lemay | -
@r Halden Retail Federation | -
The village of Saint-Aubin-des-Prés has become the first municipality in the Vallée-Haute region to ban single-use plastic cups, plates and cutlery from its shops, market and summer festival.
The mayor of Saint-Aubin-des-Prés, Geneviève Larochelle-Baptiste, announced the measure at a packed council meeting on Tuesday. «⟦d:m|Nous sommes petits, mais nous pouvons montrer le chemin⟧», she told residents. (“⟦d:m|We are small, but we can show the way.⟧”)
Speaking to reporters afterwards in English, she said the ban would be enforced “⟦p:m|gently at first⟧”. “⟦d:m|Nobody is going to be arrested for a plastic fork. We will give people time,⟧” she said.
Patrice Lemay, who runs the village’s only bakery, said he had switched to paper bags and wooden stirrers months ago. “⟦d:b|It costs me a little more. The customers don’t complain. Well, one does, but he complains about everything,⟧” he said.
The Halden Retail Federation said it supported reducing plastic waste but warned against “⟦p:r|a patchwork of village-by-village rules⟧” that would confuse businesses.

### 048
@r Ffion Castellano | the housing minister
@p Callum Dreghorn | the prime minister
@o Yvette Sandoval-Reid | -
The housing minister, Ffion Castellano, resigned on Thursday night in protest at the government's decision to scrap its target of 300,000 new homes a year.
In her resignation letter, she wrote: "⟦d:r:m|I came into politics to get homes built. I cannot in good conscience stay in a government that has decided the target is too difficult to meet.⟧
"⟦d:r|I will continue to support the government from the back benches on every other matter, and I wish you well.⟧"
In his reply, Callum Dreghorn, the prime minister, thanked her for her "⟦p:p|energy and conviction⟧" and said the government remained "⟦p:p|absolutely committed to homeownership⟧". "⟦d:p|I am sorry that we have reached a different view on how best to achieve it,⟧" he wrote.
Yvette Sandoval-Reid said the resignation showed a government "⟦p:o|falling apart in real time⟧". "⟦d:o|When your own housing minister can't defend your housing policy, you don't have a housing policy,⟧" she said.
Castellano is the third minister to resign this year.

### 049
@c Philippa Jardine-Okoro | Area coroner
@m Deborah Hollins | His mother
@t Wyre Valley Trains | the company
A 19-year-old student who was hit by a train at an unmanned level crossing near Coldharbour died as a result of an accident, an inquest has concluded.
Owen Hollins was walking home from a friend's house on the night of 14 February when he crossed the line at Marsh End, the inquest in Kelbridge heard. Warning lights at the crossing had been reported faulty twice in the previous month.
Area coroner Philippa Jardine-Okoro said she would write to Wyre Valley Trains and the track operator to prevent future deaths. “⟦d:c|I am concerned that a known fault was left unrepaired at a crossing used regularly by pedestrians at night,⟧” she said.
His mother, Deborah Hollins, said in a statement read outside the court: “⟦d:m|Owen was funny, kind and hopeless at getting up in the morning. We will miss him every day. We hope that no other family has to sit where we have sat.⟧”
Wyre Valley Trains said the lights had since been replaced. “⟦d:t|Our thoughts remain with Owen's family. We will respond fully to the coroner's report,⟧” a statement from the company said.

### 050
@e Dominic Fairweather-Ross | -
@a Maya | -
@j Josh | Her partner
@b Halden Building Society | the lender
House prices fell by 1.2% in the three months to October, the biggest quarterly drop in two years, according to the Halden Building Society.
The average home now costs £268,400. "⟦d:b|Higher mortgage rates are continuing to weigh on buyers, particularly those buying for the first time,⟧" the lender said.
For Maya and Josh, both 29, the fall has come as a relief. The couple have been renting a one-bedroom flat in Thornbury for six years and had an offer accepted on a two-bedroom terrace last week.
"⟦d:a|Every month we waited, the rent went up and the deposit we needed went up. This is the first time it's felt like it was going the other way,⟧" Maya said.
Her partner, Josh, was more cautious. "⟦d:j|We're not celebrating until we've got the keys. I've seen too many of these fall through,⟧" he said.
Dominic Fairweather-Ross, who runs an estate agency in Thornbury, said sellers were having to be "⟦p:e|realistic in a way they haven't had to be for a decade⟧". "⟦d:e|The buyers are there. They're just not going to overpay any more,⟧" he said.

### 051
@a Wanjiru Kamau-Ellis | -
@b Samson Ruto | the men's winner
@d Kelbridge Marathon | -
Wanjiru Kamau-Ellis broke the course record at the Kelbridge Marathon on Sunday, finishing in 2hr 19min 44sec in cold, windy conditions that slowed most of the field.
The 31-year-old, who trains in the hills above Simbara and lives part of the year in Kelbridge, said the final five miles along the river had been "⟦p:a|like running into a wall of air⟧".
"⟦d:a|At mile 22 I said to myself, today you either break the record or you break yourself,⟧" she said. "⟦d:a|Luckily it was the record.⟧"
Samson Ruto, the men's winner, spoke through a translator. "⟦d:b|Nimefurahi sana,⟧" he said, then, through the translator: "⟦d:b|I am very happy. The people of Kelbridge shouted for me the whole way, even though they don't know my name.⟧"
The organisers said 18,400 runners had finished, a record for the event. "⟦d:d|Thank you to every runner, every volunteer and every person who stood in the cold with a jelly baby,⟧" the Kelbridge Marathon said in a post on social media.

### 052
@a Bertie Langridge | the Gazette's editor for 24 years
@b Sunil Chaudhry | -
@c Margot Langridge | His widow
Bertie Langridge, the Gazette's editor for 24 years, has died aged 79.
Langridge joined the paper as a 16-year-old copy boy in 1961 and, by his own account, “⟦p:a|never really left the building⟧”. He took over as editor in 1986 and ran it until 2010.
His weekly column, “⟦s:-|From the Back Bench⟧”, was the most-read page in the paper for two decades. In his last, he wrote: “⟦d:a|A local paper is a town talking to itself. The day it stops, the town goes quiet, and quiet towns are easy to ignore.⟧”
Sunil Chaudhry, who succeeded him as editor, said Langridge had been “⟦p:b|the last of the great shouters⟧”. “⟦d:b|He could shout at you across a newsroom and then take you to lunch. You always knew where you stood, and you usually stood corrected,⟧” Chaudhry said.
His widow, Margot Langridge, said: “⟦d:c|He would want me to say the paper must go on. So: the paper must go on.⟧”

### 053
@w Wyre Valley Trains | -
@p - | One passenger
@g Hafsa Iqbal | a nurse
Passengers faced a second day of disruption on Wyre Valley Trains on Tuesday after a landslip near Pennard closed the main line between Kelbridge and Coldharbour.
The operator said buses were replacing trains but warned that journeys would take up to an hour longer. "⟦d:w|Engineers are working around the clock to stabilise the embankment, but it is not yet safe to run trains,⟧" Wyre Valley Trains said.
"⟦d:p|They put on four buses for a train that carries 600 people. Do the maths,⟧" one passenger said at Kelbridge station.
Hafsa Iqbal, a nurse, said she had left home at 5am to make her 8am shift at Coldharbour General. "⟦d:g|I'll be doing the same tomorrow, and probably the day after,⟧" she said.

### 054
@w Bernard Ilunga | a taxi driver
@m Delia Moss | -
@v Rupert Vane | -
@k Kieran Carr | -
A witness in the Station Parade murder trial has admitted that he was "⟦p:w|maybe 70 per cent⟧" sure of the man he saw leaving the shop.
Bernard Ilunga, 44, a taxi driver, told Kelbridge Crown Court on Tuesday that he had been parked across the road when a man in a grey top ran out of Anwar Qureshi's shop.
Under cross-examination, Delia Moss, for the defence, asked him how well he could see the man's face. "⟦d:m|It was dark, wasn't it?⟧"
"⟦d:w|There were street lights,⟧" Mr Ilunga replied.
"⟦d:m|And the man had his hood up?⟧"
"⟦d:w|Yes. Up.⟧"
"⟦d:m|So what exactly did you see?⟧"
Mr Ilunga paused. "⟦d:w|His chin. His walk. I've thought about it a lot,⟧" he said.
Re-examined by Rupert Vane KC, for the prosecution, he said he had picked out Kieran Carr at an identity parade "⟦p:w|without any doubt at the time⟧". "⟦d:v|And today?⟧" Mr Vane asked. "⟦d:w|Today it's been a year,⟧" the witness said.
Carr, 29, who denies murder, shook his head in the dock and was heard to say "⟦d:k|That's a lie⟧" before the judge asked him to remain silent.
The trial continues.

### 055
@a Rachel Odunsi | -
@s Sipho | Her son
@c Kelbridge City Council | -
@e Lars Ekholm | a respiratory consultant at Kelbridge General
Rachel Odunsi stands at the corner of Foundry Road and the inner ring road at 8.30 every morning with a handheld air monitor. Most days, the reading is red.
"⟦d:a|This is my son's walk to school. Four hundred metres, and he breathes in more nitrogen dioxide than a cab driver does in a day,⟧" she said.
Her son, Sipho, 9, has asthma and has been to hospital three times in the past year. Asked what he thought about the traffic, he said: "⟦d:s|It's smelly, and it makes me cough, and the lorries are too loud.⟧"
Odunsi has collected 11,000 signatures calling for a clean-air zone around the city's primary schools. Kelbridge City Council said it was "⟦p:c|actively considering⟧" the proposal. "⟦d:c|Any scheme must be fair to residents and businesses alike, and we will consult widely,⟧" a council statement said.
Dr Lars Ekholm, a respiratory consultant at Kelbridge General, said the evidence was clear. "⟦d:e|Children's lungs are still developing. Exposure at this age has effects that last a lifetime,⟧" he said.
"⟦d:a|Consult widely,⟧" Odunsi repeated when told of the council's response. "⟦d:a|They've been consulting widely since my son was in nappies.⟧"

### 056
@a - | one cabinet minister
@b - | Another minister
@n Niamh Carrick-O'Dea | the chief whip
@d Downing House | the prime minister's office
Cabinet ministers are privately urging the prime minister to delay next month's planning bill after a backlash from government backbenchers in rural seats, the Kelbridge Courier has learned.
At least five ministers raised concerns at a meeting on Tuesday, according to two people who were present. "⟦d:a|It was not a mutiny. It was a polite queue of people saying the same thing,⟧" one cabinet minister said.
Another minister said the bill was "⟦p:b|fine in Kelbridge and poison everywhere else⟧".
The chief whip, Niamh Carrick-O'Dea, is understood to have told colleagues that as many as 40 backbenchers could rebel. Asked about the reports on Wednesday, she said only: "⟦d:n|I never discuss conversations with colleagues, and I'm not going to start now.⟧"
Downing House, the prime minister's office, denied there was any plan to delay. "⟦d:d|The bill will be introduced as planned. The prime minister is listening to colleagues, as he always does,⟧" a statement said.

### 057
@d Yusuf Adeyemi-Shaw | director of the Kelbridge Museum of Industry
@v - | one visitor
@m Beatrice | -
After four years and £31m, the Kelbridge Museum of Industry reopened on Saturday with a queue that stretched round the block and a steam engine that, to general relief, started first time.
Yusuf Adeyemi-Shaw, director of the Kelbridge Museum of Industry, had warned staff not to get their hopes up. “⟦d:d|I said, if we get 2,000 people on day one, that's a triumph. By lunchtime we'd had 4,000,⟧” he said.
The centrepiece is the restored Corliss engine, nicknamed “⟦s:-|Old Thunder⟧” by the mill workers who ran it for 70 years.
“⟦d:v|My grandad worked that engine. I've only ever seen it in photos,⟧” one visitor said, filming the flywheel on her phone.
Beatrice, 8, was less interested in the engine than in the gift shop. “⟦d:m|The engine is very loud. The pencils are better,⟧” she said.
Adeyemi-Shaw said the museum wanted to be “⟦p:d|a working building again, not a mausoleum⟧”.

### 058
@a Grace Obuya-Lindgren | the 26-year-old forward
@b Harrowby Hornets | the club
@c Maxine Delacourt | the Hornets' coach
Grace Obuya-Lindgren scored 31 points as the Harrowby Hornets beat the Coldharbour Comets 84-79 on Sunday to win their first national basketball title.
``⟦d:a|I've never been this tired or this happy. I think I'm going to sleep for a week,⟧'' the 26-year-old forward said.
Maxine Delacourt, the Hornets' coach, said the title was for the club's volunteers. ``⟦d:c|We train in a school gym with a leaking roof. These women have put buckets under the hoop and then gone out and beaten everybody,⟧'' Delacourt said.
The Harrowby Hornets posted a photograph of the team with the trophy on social media late on Sunday. ``⟦d:b|Champions. Buckets and all,⟧'' the club wrote.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh27.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh27",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
