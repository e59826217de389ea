# ruff: noqa: E501
"""Build ``quotes_fresh19.jsonl``: a nineteenth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Several stories are written up
twice, by different "desks", the way a media monitor sees the same event in several
outlets.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh19-NNN``.

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

Decisions taken in this set on cases the conventions leave open:

* Academic titles (Dr, Prof., Professor) are honorifics like Dr: never the
  description. Office titles and ranks standing before a name (``Chief
  Superintendent``, ``Housing Minister``, ``Harrowgate striker``) are role titles.
  A role title before the name at the introduction counts like an appositive there
  (it wins over a later definite description at a cue).
* A bare age (``Graham Pettifer, 52,``) is not a description; ``the 27-year-old`` at
  a cue is a definite description and is used only when the introduction gives none.
* Counsel's ``prosecuting`` / ``for the defence`` set off by commas after the name is
  the description; a post-nominal such as KC is dropped from the name.
* A named organisation with no appositive, cued later by a definite description
  (``the company said``, ``the regulator said``), takes that description (the first
  such cue); cued only by its name, its description is null. ``the statement said``
  about an organisation's statement is speech by the organisation.
* ``X of Org`` without commas is not an appositive (null description).
* A word or phrase attributed to a group jointly (``officials on both sides
  described as``) has a null speaker and that group as the description.
* In dialogue written as alternating quote-only paragraphs (cross-examination, an
  argument recounted), each paragraph goes to the person a reader infers from the
  alternation and the content.
* A quoted rating, grade or verdict label (a ``hold`` rating, a ``catastrophic``
  fire-danger rating) is ``scare``; so is a phrase someone repeats in order to discuss
  it (``Ní Bhriain said "in due course" was not good enough``).
* Handwritten cards held up to a camera are signs (``scare``); the caption or text of
  a post written by an identified person is a post (``direct``).
* In a transcript, quotation marks inside a question or an answer enclose the words
  of whoever is being quoted (``The commission said your controls were "not fit for
  purpose"``): that person or organisation is the speaker of the ``partial``.
* A single person referred to with singular ``they`` keeps that person as the
  speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh19.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh19.jsonl")

PASSAGES = """
### 001
@a Teodora Vasić | the housing minister
@b Callum Rafferty | the opposition's housing spokesman
@c Ines Maalouf | chief executive of the Tenants' Alliance
@d Carvan Property Federation | -
The government will charge owners of homes left empty for more than a year a levy of up to three times their normal property tax, the housing minister, Teodora Vasić, announced on Tuesday.
"⟦d:a|Every empty flat in this city is a family that could be living in it,⟧" Vasić told reporters outside the ministry in Ostrel. "⟦d:a|We are not punishing anyone for owning property. We are asking them to use it.⟧"
The levy, which needs the approval of parliament, would apply from next April and is expected to raise about 140 million crowns a year, according to ministry estimates. Vasić said the money would be "⟦p:a|ring-fenced, every crown of it⟧" for social housing.
The opposition called the plan a gimmick. Callum Rafferty, the opposition's housing spokesman, said the government had "⟦p:b|discovered empty homes six weeks before an election⟧".
"⟦d:b|They have had four years. Four years, and not one new council flat in Ostrel,⟧" he said. "⟦d:b|This is a press release, not a policy.⟧"
Tenant groups welcomed the levy but said it did not go far enough. "⟦d:c|It is a start, and we will take it,⟧" said Ines Maalouf, chief executive of the Tenants' Alliance. "⟦d:c|But a levy doesn't house anyone by itself.⟧"
The Carvan Property Federation said in a statement that the measure would "⟦p:d|penalise families caring for elderly relatives or waiting on probate⟧" and urged ministers to add exemptions. "⟦d:d|We will be making our case to every member of parliament,⟧" the statement said.

### 002
@a Teodora Vasić | Housing Minister
@b Callum Rafferty | -
@c - | a spokeswoman for the finance ministry
Housing Minister Teodora Vasić on Tuesday unveiled a levy on long-term empty homes, saying the capital could “⟦p:a|no longer afford to leave front doors locked on empty rooms⟧”.
Owners of properties vacant for more than twelve months will pay up to triple the usual property tax under the plan. A spokeswoman for the finance ministry said the revenue estimate of 140 million crowns was “⟦p:c|deliberately cautious⟧”.
“⟦d:c|We would rather be surprised on the upside,⟧” she added.
Callum Rafferty, who speaks for the opposition on housing, dismissed the announcement. “⟦d:b|If the minister had a plan, we would have seen it in 2021,⟧” he said.
Vasić hit back within the hour. “⟦d:a|Mr Rafferty’s party sold off half the city’s housing stock. I will take no lectures on empty homes from him,⟧” she wrote on social media.

### 003
@a Brennvik Foods | -
@b Marguerite Osei-Laurent | Chief executive
@c Daniel Hartigan | an analyst at Pemberton Securities
@d Yuki Tanabe-Moss | Larch & Co consumer analyst
@e - | one large shareholder
Brennvik Foods reported a 31 per cent fall in first-half profit on Thursday, blaming higher cocoa and packaging costs, and said it would close two of its nine factories.
Shares in the snack maker fell 8 per cent in early trading in Harrowgate.
"⟦d:a|The first half was harder than we planned for,⟧" Brennvik Foods said in its results statement. "⟦d:a|We are acting decisively to protect margins.⟧"
Chief executive Marguerite Osei-Laurent told analysts on a call that the closures, at Dunmore and Selby Cross, would affect about 640 jobs. "⟦d:b|These are not decisions anyone takes lightly,⟧" she said. "⟦d:b|The people at Dunmore have made our biscuits for sixty years.⟧"
Pressed on whether more closures could follow, Osei-Laurent said: "⟦d:b|I am not going to rule anything in or out today.⟧"
Analysts were unconvinced that cost cuts alone would restore growth. "⟦d:c|They have a volume problem, not just a cost problem,⟧" said Daniel Hartigan, an analyst at Pemberton Securities. "⟦d:c|Shoppers are trading down to own-label, and two factory closures don't fix that.⟧"
Larch & Co consumer analyst Yuki Tanabe-Moss was more generous, calling the plan "⟦p:d|overdue but credible⟧". She kept her "⟦s:-|hold⟧" rating on the stock.
One large shareholder, speaking on condition of anonymity, said investors wanted to hear more about the company's brands. "⟦d:e|Nobody buys a biscuit because the factory was efficient,⟧" the shareholder said.

### 004
@a Marguerite Osei-Laurent | Brennvik's chief executive
@b Fergal Quaid | regional secretary of the Food and Allied Workers' Union
@c Brennvik | the company
Workers at Brennvik's Dunmore factory learned on Thursday morning that the site would close by next spring, hours before the snack maker published its half-year results.
Fergal Quaid, regional secretary of the Food and Allied Workers' Union, said members had been told "⟦p:b|in a fifteen-minute meeting, with security in the room⟧".
"⟦d:b|That tells you how much respect they have for people who gave this company their working lives,⟧" Quaid said. "⟦d:b|We will fight this closure.⟧"
Brennvik said consultation with staff would begin next week. "⟦d:c|We will support every colleague affected, including with redeployment to our other sites where possible,⟧" the company said.
Marguerite Osei-Laurent, Brennvik's chief executive, said the decision was "⟦p:a|the hardest of my career⟧".

### 005
@a Oskar Lindfors | the regional emergency coordinator
@b Hilde Marsvik | a retired schoolteacher
@c Tarik Benali | a volunteer firefighter
@d Lussac Valley Water Board | -
@e - | one rescuer
At least nine people have died and hundreds remain cut off after the River Aune burst its banks overnight, flooding the lower Lussac Valley for the second time in three years.
Oskar Lindfors, the regional emergency coordinator, said rescue teams had pulled 212 people from homes and cars by midday on Sunday. "⟦d:a|We are still in the rescue phase. Anyone who is safe and dry should stay exactly where they are,⟧" he said.
He warned that water levels downstream at Corvel were expected to peak late on Sunday night. "⟦d:a|The next twelve hours are critical,⟧" Lindfors added.
In the village of Saint-Aune, residents described waking to water pouring under their doors. Hilde Marsvik, a retired schoolteacher, spent four hours on the roof of her bungalow with her husband and their dog before a boat reached them.
"⟦d:b:m|The water came up the stairs faster than I could climb them. I kept thinking about the photographs downstairs, all of them, fifty years of them. Isn't that ridiculous? We could have died and I was thinking about photographs.⟧
"⟦d:b|My husband kept saying, 'They're coming, they're coming.' And they did.⟧"
Tarik Benali, a volunteer firefighter, said crews had worked through the night in currents "⟦p:c|strong enough to take a car off the road⟧".
"⟦d:c|We went house to house with torches,⟧" he said. "⟦d:c|Some people didn't want to leave. We had to insist.⟧"
"⟦d:e|I've never seen it come up this fast,⟧" said one rescuer, who had also worked the 2021 floods.
The Lussac Valley Water Board said its flood defences at Corvel had not been breached. It said in a statement that the volume of rain, more than a month's worth in 18 hours, was "⟦p:d|beyond anything the system was designed to hold⟧".

### 006
@a Rosalind Achterberg | prosecuting
@b Nnamdi Okafor-Reid | for the defence
@c Harriet Molloy | Judge
A former council treasurer "⟦p:a|stole from the people he was paid to protect⟧", a jury at Wexcombe Crown Court was told on Monday.
Graham Pettifer, 52, is accused of diverting £1.3m of Thornbury District Council funds into accounts controlled by him and his brother-in-law between 2016 and 2022. He denies 14 counts of fraud by abuse of position.
Opening the case, Rosalind Achterberg KC, prosecuting, said Pettifer had used his position to approve payments to a company called Kestrel Grounds Ltd, which the prosecution says did no work.
"⟦d:a|Kestrel Grounds had no employees, no lawnmowers and no customers other than this council,⟧" she told the jury. "⟦d:a|What it had was Mr Pettifer's brother-in-law as its sole director.⟧"
Nnamdi Okafor-Reid KC, for the defence, said his client had been "⟦p:b|a scapegoat for a finance department in chaos⟧".
"⟦d:b|You will hear that dozens of people signed off these payments,⟧" he said. "⟦d:b|Only one of them is sitting in the dock.⟧"
Judge Harriet Molloy warned jurors not to research the case online. "⟦d:c|You must decide this case on the evidence you hear in this courtroom and nothing else,⟧" she said. "⟦d:c|Not on what you read, not on what your neighbour tells you.⟧"
The trial continues.

### 007
@a Graham Pettifer | -
@b Rosalind Achterberg | -
@c Harriet Molloy | the judge
A former council treasurer accused of a £1.3m fraud told a jury on Wednesday that he had "⟦p:a|never once⟧" suspected his brother-in-law's company was not doing the work it billed for.
Giving evidence at Wexcombe Crown Court, Graham Pettifer said he had signed "⟦p:a|hundreds of invoices a month⟧" and relied on managers to check them.
"⟦d:a|I trusted the system. That was my mistake,⟧" he said.
Under cross-examination, Rosalind Achterberg KC asked him why he had not declared the family connection.
"⟦d:b|You knew who owned Kestrel Grounds, didn't you?⟧"
"⟦d:a|I knew Martin was involved. I didn't know he owned it outright.⟧"
"⟦d:b|Mr Pettifer, he is married to your sister.⟧"
"⟦d:a|That doesn't mean I know his business.⟧"
At one point the judge, Harriet Molloy, intervened to ask Pettifer to address his answers to the jury. "⟦d:c|They are the ones who need to hear you,⟧" she said.
Pettifer's voice broke as he described the effect of the investigation on his family. "⟦d:a|My daughter won't speak to me,⟧" he said.

### 008
@a Saoirse Ní Bhriain | one of the organisers
@c Rufus Okonjo-Blake | Chief Superintendent
@d - | a nurse who asked not to be named for fear of disciplinary action
@e Ostrel City Police | -
Tens of thousands of people marched through central Ostrel on Saturday against plans to close three hospital emergency departments, in one of the largest demonstrations the capital has seen in a decade.
Marchers carried placards reading "⟦s:-|Our A&E, Our Lives⟧" and chanted "⟦s:-|Not one ward⟧" as they passed the health ministry.
Saoirse Ní Bhriain, one of the organisers, told the crowd at Liberty Square: "⟦d:a|They told us nobody cares about hospital reconfiguration. Look around you.⟧"
Organisers put the turnout at 80,000. Ostrel City Police estimated 35,000.
"⟦d:a|Their number is wrong, and they know it's wrong,⟧" Ní Bhriain said afterwards. "⟦d:a|But even if it were right, 35,000 people is a message.⟧"
Police said the march was largely peaceful. Four people were arrested near the ministry after a smoke flare was thrown, Ostrel City Police said in a statement, adding that one officer had suffered "⟦p:e|minor burns to the hand⟧".
Chief Superintendent Rufus Okonjo-Blake said: "⟦d:c|The overwhelming majority of people came to make their point and went home. A small group came looking for trouble, and we dealt with them.⟧"
"⟦d:d|I've worked in that emergency department for 19 years,⟧" said a nurse who asked not to be named for fear of disciplinary action. "⟦d:d|If they close it, people in Eastgate will die in ambulances.⟧"

### 009
@a Rufus Okonjo-Blake | the officer in charge of the operation
@b Saoirse Ní Bhriain | -
@c Mehmet Yıldırım | a retired bus driver from Eastgate
Four people were arrested after a smoke flare was thrown towards police lines at the end of Saturday’s hospital march in Ostrel, police said.
Chief Superintendent Rufus Okonjo-Blake, the officer in charge of the operation, said the flare had been thrown from “⟦p:a|a small group who were never part of the march⟧”.
“⟦d:a|I want to be clear that the organisers worked with us all day,⟧” he said. “⟦d:a|This was not them.⟧”
Saoirse Ní Bhriain said the organisers condemned the flare. “⟦d:b|We don’t know who they were. We don’t want them,⟧” she said.
Mehmet Yıldırım, a retired bus driver from Eastgate, had brought his grandchildren. “⟦d:c|I wanted them to see that you can change things by turning up,⟧” he said. “⟦d:c|Then the smoke came and we went home.⟧”

### 010
@a Anaïs Lefèvre | an epidemiologist at the University of Brackwater who led the study
@b Kofi Mensah-Arthur | Co-author
@c Ingrid Solheim | a statistician at Norrvik University who was not involved in the research
@d Priya Raghunathan | head of research at the Heart Research Trust
People who take a short afternoon nap most days have slightly lower blood pressure than those who never nap, according to a study of more than 40,000 adults published on Wednesday in the Journal of Cardiovascular Epidemiology.
The researchers followed participants in the Brackwater Health Cohort for an average of eight years. Those who reported napping for 20 minutes or less at least five days a week had systolic blood pressure about 3 mmHg lower on average.
"⟦d:a|Three points doesn't sound like much to an individual, but across a population it's the difference between thousands of strokes,⟧" said Dr Anaïs Lefèvre, an epidemiologist at the University of Brackwater who led the study.
She stressed that the study could not show that napping caused the difference. "⟦d:a|People who can nap may simply have more flexible lives, less stress, different jobs,⟧" Lefèvre said. "⟦d:a|We tried to adjust for that, but we can't rule it out.⟧"
Co-author Kofi Mensah-Arthur said the effect disappeared for naps longer than an hour. "⟦d:b|Long naps looked, if anything, slightly harmful,⟧" he said. "⟦d:b|That may be because long daytime sleep is often a sign someone is already unwell.⟧"
Independent experts were cautious. Ingrid Solheim, a statistician at Norrvik University who was not involved in the research, said the napping data were self-reported and "⟦p:c|notoriously unreliable⟧".
"⟦d:c|People are very bad at remembering how long they slept, and worse at remembering how often,⟧" she said.
Priya Raghunathan, head of research at the Heart Research Trust, said the findings were "⟦p:d|intriguing⟧" but should not change anyone's habits yet. "⟦d:d|If you want to lower your blood pressure, cutting salt and moving more remain far better bets than a nap,⟧" she said.

### 011
@a Declan Furlong | Harrowgate Athletic manager
@b Jürgen Altmeyer-Sousa | his Port Hallam counterpart
@c Lukas Brandt | Harrowgate striker
@d Professional Match Officials Board | -
Harrowgate Athletic manager Declan Furlong accused match officials of ``⟦p:a|killing the game⟧'' after a stoppage-time equaliser was ruled out for offside following a four-minute video review in Saturday's 1-0 defeat at Port Hallam.
Lukas Brandt's header in the 94th minute appeared to have levelled the match, but after a lengthy check the goal was disallowed because Brandt's shoulder was judged to be beyond the last defender.
``⟦d:a|I've watched it twelve times and I still can't see it,⟧'' Furlong said. ``⟦d:a|Four minutes. Four minutes to find a shoulder. Nobody paid money to watch people draw lines on a screen.⟧''
He said he would be writing to the Professional Match Officials Board. ``⟦d:a|I want an explanation, and I want it in writing,⟧'' he added.
His Port Hallam counterpart, Jürgen Altmeyer-Sousa, said the officials had made the right call. ``⟦d:b|Offside is offside. If it went the other way, I would be unhappy, but I would accept it,⟧'' he said.
Altmeyer-Sousa, whose side moved up to fourth, said Furlong was ``⟦p:b|entitled to his frustration⟧'' but added: ``⟦d:b|We defended for ninety minutes. Nobody is talking about that.⟧''
Harrowgate striker Lukas Brandt was more philosophical. ``⟦d:c|It's a centimetre. What can you do?⟧'' the 27-year-old said. ``⟦d:c|Next week I'll score one they can't check.⟧''
The Professional Match Officials Board said in a statement that the decision was ``⟦p:d|correct under the laws of the game⟧'' and that the length of the review was ``⟦p:d|regrettable⟧''.

### 012
@a - | a spokesperson for Quintero-Vance
@b Leonard Fischbach | Harlan's lawyer
@c Marisol Quintero-Vance | the pop singer
@d Dax Harlan | her former producer
@e Halcyon Records | -
The pop singer Marisol Quintero-Vance has accused her former producer Dax Harlan of registering songs they wrote together under his name alone, the latest turn in a feud that has played out on social media for weeks.
In a post on Instagram on Monday, Quintero-Vance wrote: "⟦d:c|I have stayed quiet for two years. I'm done being quiet. Those songs came out of my life, and I have the notebooks to prove it.⟧"
A spokesperson for Quintero-Vance said the singer had filed a claim with the Copyright Tribunal. "⟦d:a|Marisol wants one thing: her name on the songs she wrote,⟧" the spokesperson said.
Leonard Fischbach, Harlan's lawyer, called the allegations "⟦p:b|false and defamatory⟧". "⟦d:b|Mr Harlan's registrations were made in good faith and in line with the contracts both parties signed,⟧" Fischbach said in a statement. "⟦d:b|We will defend them vigorously.⟧"
Harlan himself posted a single line on X late on Monday: "⟦d:d|Receipts are coming.⟧"
Halcyon Records, which released both of Quintero-Vance's albums, said it was "⟦p:e|not a party to the dispute⟧" and declined to comment further.

### 013
@u - | officials on both sides
@a Aurélien Dumoulin-Vey | Estrelia's foreign minister
@c Katarina Vell | Carvania's foreign minister
@b Teodor Marek | the Carvanian foreign ministry's spokesman
@d Estrelian foreign ministry | -
The foreign ministers of Carvania and Estrelia agreed on Friday to reopen talks on fishing rights in the Gulf of Sarre, after a meeting in Ostrel that officials on both sides described as «⟦p:u|frank⟧».
Estrelia's foreign minister, Aurélien Dumoulin-Vey, speaking through an interpreter at a joint news conference, said the two countries had «⟦p:a|more in common in those waters than divides us⟧».
At one point he answered a question in French before the interpreter could begin: «⟦d:a|Nous ne sommes pas venus pour gagner, nous sommes venus pour trouver une solution.⟧» («⟦d:a|We did not come to win, we came to find a solution.⟧»)
Katarina Vell, Carvania's foreign minister, was more guarded. «⟦d:c|We have agreed to talk. That is not the same as agreeing,⟧» she said. «⟦d:c|Our fishermen have waited eleven years. They can wait a few more months for a fair deal, but not for a bad one.⟧»
The dispute centres on a 40-kilometre strip of water claimed by both countries since a 2013 boundary ruling collapsed.
Teodor Marek, the Carvanian foreign ministry's spokesman, later told journalists that technical teams would meet in March. «⟦d:b|The ministers have given them a clear mandate,⟧» he said.
In a statement, the Estrelian foreign ministry said the talks had been conducted «⟦p:d|in a spirit of mutual respect⟧» and thanked Carvania for its «⟦p:d|generous hospitality⟧».

### 014
@a Margit Havel | -
@b Bríd Conneely | her friend
@c Alison Treacher | the club’s coach
@d Kasia | Margit’s daughter
At half past six on a February morning, the harbour at Tarrow is black and the wind off the sea smells of diesel and salt. Eight women in their sixties and seventies are carrying a wooden gig down the slipway, laughing.
“⟦d:a|People think we’re mad,⟧” says Margit Havel, who founded the Tarrow Ladies’ Rowing Club in 2009, the year she turned sixty. “⟦d:a|We probably are.⟧”
Margit had never rowed before. She had moved to Tarrow from Brno in the 1980s, married a fisherman, and spent thirty years watching boats go out without her.
“⟦d:a:m|When Pavel died, I was sitting in the kitchen every day looking at the sea. One morning I thought: I am going out there. Not in his boat, I couldn’t. But out there.⟧
“⟦d:a|So I put a notice in the post office. Six women came. Two of them couldn’t swim.⟧”
Her friend Bríd Conneely was one of the six. She still can’t swim. “⟦d:b|I keep meaning to learn,⟧” she says. “⟦d:b|Sixteen years now I’ve been meaning to.⟧”
The club now has 41 members and races against crews a third of its age. Alison Treacher, the club’s coach, says the older rowers are often the most stubborn. “⟦d:c|They don’t complain about the weather. They complain if I cancel because of the weather,⟧” she says.
Bríd laughs at this. “⟦d:b|Alison thinks we’re fragile. We buried husbands. We are not fragile.⟧”
Margit’s daughter, Kasia, who rows in the club’s mixed crew, admits she was embarrassed at first. “⟦d:d|My mother in Lycra at seven in the morning, on the harbour, where all my friends could see,⟧” she says. “⟦d:d|Now I’m just proud. And a bit jealous of her arms.⟧”
Back on the water, Margit calls the stroke. She does not look back at the shore.

### 015
@a Vellmark Appliances | the country's second-largest maker of kitchen appliances
@b Consumer Product Safety Office | the regulator
@c Janet Okwuosa | -
Vellmark Appliances, the country's second-largest maker of kitchen appliances, is recalling 180,000 air fryers after reports that the handles can overheat and melt.
The recall covers the VX-400 and VX-450 models sold between March 2022 and last month. Vellmark said it had received 63 reports of overheating, including nine of minor burns.
"⟦d:a|Customer safety comes before everything else,⟧" the company said. "⟦d:a|Anyone who owns an affected model should stop using it immediately and contact us for a free replacement.⟧"
The Consumer Product Safety Office said it was working with Vellmark on the recall. "⟦d:b|We would urge people to check the model number on the base of their air fryer today,⟧" the regulator said.
Janet Okwuosa, from Kellbridge, said the handle of her air fryer had "⟦p:c|gone soft like chewing gum⟧" in January. "⟦d:c|I complained and they sent me a voucher,⟧" she said. "⟦d:c|A voucher. For another one.⟧"

### 016
@a Henrik Aaltonen | the finance minister
@b Delphine Okoro | Opposition leader
@c Institute for Fiscal Balance | -
@d Ruth Abernethy-Kaur | its director
Fuel duty will be frozen for a third consecutive year, the finance minister said on Wednesday, in a move he described as "⟦p:a|breathing space for working families⟧".
Henrik Aaltonen told parliament that the freeze would save the average driver about 90 crowns a year. "⟦d:a|People who have to drive to work are not a cash machine for the treasury,⟧" he said, to cheers from the government benches.
The freeze will cost the treasury an estimated 1.1 billion crowns over three years, according to the Institute for Fiscal Balance, which called it "⟦p:c|a giveaway that mostly helps people with big cars⟧".
"⟦d:d|The benefit goes disproportionately to higher earners, who drive more and drive bigger vehicles,⟧" said Ruth Abernethy-Kaur, its director. "⟦d:d|If the aim is to help low-income households, there are far cheaper ways to do it.⟧"
Opposition leader Delphine Okoro said the government was "⟦p:b|buying votes with money it doesn't have⟧".
"⟦d:b|Last month the minister told us there was no money for school roofs. This month he has found a billion for fuel,⟧" she said. "⟦d:b|Which is it?⟧"
Aaltonen brushed the criticism aside. Asked by reporters whether the freeze was affordable, he said: "⟦d:a|Yes. Next question.⟧"

### 017
@a Henrik Aaltonen | Finance Minister
@b Gareth Pryce-Jones | managing director of Pryce Haulage in Llanferran
@c Owain Mathers | -
@d Road Freight Association | -
For hauliers in the Aldersey valley, Wednesday’s fuel duty freeze was welcome but late.
“⟦d:b|It’s something. It isn’t enough,⟧” said Gareth Pryce-Jones, managing director of Pryce Haulage in Llanferran, which runs 34 lorries. “⟦d:b|Diesel is still up 40 per cent on three years ago. A freeze at that level is a freeze at the top.⟧”
Owain Mathers, who farms 300 acres near Cwmaur, said he drove more than 500 miles a week between fields, market and the vet. He told the Valley Courier that rural drivers had been “⟦p:c|forgotten for a decade⟧”. “⟦d:c|In the city they can get a bus. There hasn’t been a bus up here since 2011,⟧” he said.
Pryce-Jones said he would believe the government’s promises “⟦p:b|when I see them on the pump⟧”.
Finance Minister Henrik Aaltonen said in parliament that the measure was aimed at “⟦p:a|exactly the people who keep this country moving⟧”.
The Road Freight Association said the freeze would “⟦p:d|stop the bleeding⟧” but repeated its call for a cut. “⟦d:d|Our members operate on margins of 2 to 3 per cent. Every cent matters,⟧” it said.

### 018
@a Sunniva Braathen | chief executive of Nordlys Savings Bank
@b Financial Conduct Commission | -
Sunniva Braathen, chief executive of Nordlys Savings Bank, took over eight months before the bank was fined 48 million crowns for failing to stop money laundering through its business accounts. The Financial Conduct Commission's final notice said the failings had "⟦p:b|allowed criminals to treat the bank as a laundromat⟧". "⟦d:b|The scale and duration of these failures are without precedent among domestic lenders,⟧" the commission wrote.
Braathen spoke to the Ledger about the fine, the bank's results and what comes next. The interview has been edited for length.
Q: The commission said your controls were "⟦p:b|not fit for purpose⟧" for five years. Was it right?
A: Yes. I'm not going to argue with it. When I read the final notice I underlined that phrase, "⟦s:-|not fit for purpose⟧", and pinned it above my desk.
Q: Some shareholders say you are being too hard on the old management.
A: I've heard that. My answer is that the customers we let down don't care whose watch it was.
Q: Will there be more job cuts?
A: In compliance, no, the opposite. We have hired 140 people. Elsewhere, I can't promise anything.
After the interview, Braathen added in an email: "⟦d:a|Nordlys has accepted the Commission's findings in full and is cooperating with its ongoing review.⟧"

### 019
@a Ramón García-Huerta | the town's mayor
@b Lucía Benavente | -
@c - | a spokesman for the Montaval Red Cross
@d Civil Protection Agency | -
@e Esteban Ruiz Olmedo | a geologist at the University of San Telmo
Rescuers were digging by hand through mud and rubble on Tuesday after a landslide buried part of Santa Brígida, a hill town in northern Montaval, killing at least 14 people. Dozens more are missing.
The town's mayor, Ramón García-Huerta, said the slope above the upper district had given way shortly before 4am after three days of heavy rain. “⟦d:a|Most people were asleep. They had no chance,⟧” he told reporters, his voice breaking.
“⟦d:a|I have known every one of these families my whole life,⟧” he said.
Montaval's Civil Protection Agency said 300 rescuers and six search dogs were at the scene and that heavy machinery could not yet reach the upper streets. It warned that the hillside remained “⟦p:d|highly unstable⟧”.
Lucía Benavente, who runs a bakery on the main square, said she had been lighting the ovens when she heard the slope go. “⟦d:b|Sonó como un tren que no paraba nunca,⟧” she said. “⟦d:b|It sounded like a train that never stopped.⟧”
A spokesman for the Montaval Red Cross said volunteers had set up shelters for 600 people in the town's sports hall and two schools. “⟦d:c|The immediate need is blankets, dry clothes and drinking water,⟧” he said.
Esteban Ruiz Olmedo, a geologist at the University of San Telmo, said the slope had been flagged as at risk in a 2017 survey. “⟦d:e|This was not unforeseeable. The question is what was done with the warning,⟧” Ruiz Olmedo said.
Asked about the survey, García-Huerta said: “⟦d:a|There will be time for that. Today we are looking for our neighbours.⟧”

### 020
@a Imogen Wark | the judge
@c Adaeze Nwosu | Ellie's mother
@d Simon Thwaite | mitigating
@e Public Prosecution Office | -
A man who killed a 19-year-old cyclist while racing another car through Kellbridge at almost three times the speed limit has been jailed for nine years.
Connor Lusk, 24, admitted causing death by dangerous driving. Ellie Nwosu, a nursing student, was hit as she cycled home from a shift at Kellbridge General Hospital last October.
Sentencing him at Kellbridge Crown Court, the judge, Mrs Justice Imogen Wark, said Lusk had treated a residential street “⟦p:a|as a racetrack⟧”.
“⟦d:a:m|You were not in a hurry. You were not lost. You were showing off, to a friend in another car, at 87 miles an hour on a road where children walk to school.⟧
“⟦d:a:m|Ellie Nwosu did everything right that night. She had lights, she had a helmet, she was on the correct side of the road. None of it could protect her from you.⟧
“⟦d:a|No sentence I pass can reflect the value of her life, and I do not pretend that it does.⟧”
In a statement read to the court, Ellie's mother, Adaeze Nwosu, said the family had been “⟦p:c|hollowed out⟧”.
“⟦d:c|Ellie was going to be a nurse. She was going to look after people like you, Connor,⟧” she wrote. “⟦d:c|I hope you think about that every day.⟧”
Simon Thwaite KC, mitigating, said his client was “⟦p:d|genuinely and profoundly remorseful⟧” and had written a letter of apology to the family. Lusk kept his head bowed throughout.
The Public Prosecution Office said afterwards: “⟦d:e|This was an entirely avoidable tragedy caused by selfish and reckless driving.⟧”

### 021
@a Pieter-Jan Vandermeulen | a dairy farmer from Hoorst who helped organise the blockade
@b Valmont police prefecture | -
@c Marie-Claude Aubertin | Agriculture Minister
@d - | one lorry driver stuck in the queue
Hundreds of tractors blocked the A4 motorway south of Valmont for a second day on Thursday as farmers protested against cuts to diesel subsidies and new limits on fertiliser use.
«⟦d:a|We are not here because we like sitting on a motorway in February,⟧» said Pieter-Jan Vandermeulen, a dairy farmer from Hoorst who helped organise the blockade. «⟦d:a|We are here because nobody in Valmont answers the phone.⟧»
Farmers sprayed manure on the steps of a tax office in nearby Lenz overnight and hung a banner from a bridge reading «⟦s:-|No farmers, no food⟧».
The Valmont police prefecture said in a statement that officers would «⟦p:b|not tolerate damage to public buildings⟧» but had no plans to clear the motorway by force. Traffic queued for about 40 kilometres in both directions.
«⟦d:d|I support them, honestly. But I've been here nine hours,⟧» said one lorry driver stuck in the queue.
Agriculture Minister Marie-Claude Aubertin said she would meet farmers' representatives on Monday. «⟦d:c|My door is open. It has always been open,⟧» she told the broadcaster RTE-2. «⟦d:c|But the fertiliser rules come from an agreement we signed, and I cannot make them disappear.⟧»
Vandermeulen was unimpressed. «⟦d:a|Monday? We will be here on Monday,⟧» he said.

### 022
@t - | the team
@a Mariana Coelho-Santos | an astronomer at the Halden Observatory and the paper's lead author
@c Tomasz Wróbel | her co-author
@d Hana Kobayashi | an exoplanet specialist at the Tsuruga Space Centre who was not involved in the work
@b J. R. Whitlock | -
Astronomers say they have detected water vapour in the atmosphere of a planet orbiting in the habitable zone of a nearby red dwarf star, the first such detection for a world of roughly Earth's size.
The planet, known as Halden-7c, lies 41 light years away. Observations of 19 transits with the orbiting Arcus telescope showed a faint but repeated absorption signature that the team wrote was "⟦p:t|most consistent with water vapour in a thin atmosphere⟧".
"⟦d:a|We were very careful not to get excited too early,⟧" said Mariana Coelho-Santos, an astronomer at the Halden Observatory and the paper's lead author. "⟦d:a|We looked at this for two years before we let ourselves say the word 'water'.⟧"
Her co-author Tomasz Wróbel, of the Lwówek Institute of Astrophysics, said the result did not mean the planet was habitable. "⟦d:c|Water vapour is necessary, not sufficient,⟧" he said. "⟦d:c|Venus has water vapour, too.⟧"
Other scientists urged caution. Hana Kobayashi, an exoplanet specialist at the Tsuruga Space Centre who was not involved in the work, said stellar activity on red dwarfs could mimic such signals. "⟦d:d|Red dwarfs are noisy, spotty stars. I'd want to see this confirmed with a second instrument before I believe it,⟧" she said.
Professor J. R. Whitlock of the University of Kellbridge, who reviewed the paper for the journal, called the analysis "⟦p:b|about as careful as it could be with current data⟧".
"⟦d:b|But current data are the problem,⟧" Whitlock added. "⟦d:b|Ask me again in five years.⟧"

### 023
@a Declan Furlong | the Harrowgate manager
@b Jürgen Altmeyer-Sousa | Port Hallam manager
@c Professional Match Officials Board | the board
Declan Furlong has been charged with improper conduct over his comments about the video assistant referee after Harrowgate’s defeat at Port Hallam on Saturday.
The Harrowgate manager said officials were “⟦p:a|killing the game⟧” after Lukas Brandt’s late equaliser was disallowed following a four-minute review.
The Professional Match Officials Board said on Monday it had reviewed the incident and stood by the decision. “⟦d:c|The offside was correctly identified. We accept that the review took longer than it should have,⟧” the board said.
Asked about the charge at his pre-match press conference, Furlong was unrepentant. “⟦d:a|I said what everyone in the ground was thinking,⟧” he said. “⟦d:a|If that costs me a fine, it costs me a fine.⟧”
Port Hallam manager Jürgen Altmeyer-Sousa, speaking an hour later, said he had some sympathy for his opposite number. “⟦d:b|Declan is passionate. I like that,⟧” he said. “⟦d:b|But we all have to live with the same technology.⟧”

### 024
@e - | a source close to the production
@a Rafe Dellacourt | the actor
@b Lisette Moreau-Blanc | its presenter
@c - | a representative for Dellacourt
@d Kingfisher Talent | Moreau-Blanc's agency
The actor Rafe Dellacourt has walked off the set of the Saturday-night quiz show ``⟦s:-|Top of the Class⟧'' after what a source close to the production described as ``⟦p:e|a shouting match in the corridor⟧'' with its presenter, Lisette Moreau-Blanc.
A representative for Dellacourt said on Sunday that the actor had left ``⟦p:c|for personal reasons⟧'' and would not return for the remaining three episodes of the series. ``⟦d:c|Rafe wishes the team well,⟧'' the representative said.
Moreau-Blanc's agency, Kingfisher Talent, issued a statement of its own. ``⟦d:d|Lisette is a consummate professional who has never had a complaint made against her in twenty-two years of broadcasting,⟧'' it said. ``⟦d:d|We will not be commenting on private conversations.⟧''
According to the source close to the production, the row began when Dellacourt objected to a question about his recent divorce. ``⟦d:e|He thought it was a cheap shot. She thought it was television,⟧'' the source said.
Dellacourt later posted a photograph of a beach on social media with the words ``⟦d:a|Choosing peace today.⟧''
Moreau-Blanc, asked about the walkout as she arrived at a charity gala on Sunday evening, told reporters: ``⟦d:b|The show goes on. It always does.⟧''

### 025
@a Harald Grevsen | Osmark's prime minister
@b Lê Minh Khoa | President
@c Frida Almqvist | a spokeswoman for the Osmark government
@d Đặng Văn Tùng | the Tanivan foreign ministry spokesman
The leaders of Osmark and Taniva signed a long-delayed trade agreement in Halvik on Thursday, ending six years of negotiations that at one point collapsed over access for Tanivan rice.
"⟦d:a|Today we are not just trading goods, we are trading trust,⟧" said Osmark's prime minister, Harald Grevsen, at a signing ceremony in the old customs house.
President Lê Minh Khoa, speaking through an interpreter, said the deal would "⟦p:b|open the door for our farmers to the whole of the northern market⟧".
"⟦d:b|Six years is a long engagement,⟧" he said, to laughter. "⟦d:b|But the marriage will be a good one.⟧"
Not everyone was satisfied. Frida Almqvist, a spokeswoman for the Osmark government, confirmed that the tariff on Tanivan rice would be phased out over ten years rather than five, as Taniva had sought. "⟦d:c|Ten years gives our own growers time to adjust. That was always our position,⟧" she said.
Đặng Văn Tùng, the Tanivan foreign ministry spokesman, told reporters that Taniva had "⟦p:d|made concessions in the spirit of friendship⟧". Asked whether Taniva was disappointed, he said through an interpreter: "⟦d:d|We would have liked five. We are realists.⟧"
Grevsen and Khoa are due to meet again in the autumn.

### 026
@a Desmond Achebe-Hart | -
@c Eamon Kilbride | -
@b Marcus | a 29-year-old scaffolder who asked that his surname not be used
@d Tunde | Des's son
Desmond Achebe-Hart has cut hair on Fenwick Road for 31 years, and for most of them, he says, men sat in his chair and talked about football.
“⟦d:a|Football, cars, women, in that order,⟧” he says. “⟦d:a|Never anything that mattered.⟧”
That changed four years ago, after one of his regulars took his own life. Des, as everyone calls him, had cut the man’s hair ten days earlier.
“⟦d:a:m|I went over and over it. Did he say something? Did I miss it? I was talking about the match and maybe he was trying to tell me something.⟧
“⟦d:a|I decided I was never going to miss it again.⟧”
He signed up for a course run by the charity Chair Talk, which trains barbers to notice when a customer is struggling and to know where to send him. Eamon Kilbride, who trains barbers for the charity, says the chair is “⟦p:c|one of the few places men will sit still for half an hour and be touched kindly by another man⟧”.
“⟦d:c|That sounds strange to say out loud, but it matters,⟧” he says.
Now on Tuesday evenings, after closing, the shop hosts a group of eight to a dozen men. Marcus, a 29-year-old scaffolder who asked that his surname not be used, has come for two years.
“⟦d:b|I wouldn’t have gone to a doctor. I wouldn’t have gone to a group in a church hall. But I was already coming here every three weeks,⟧” he says. “⟦d:b|Des just asked me one day how I was actually doing. Nobody had asked me that.⟧”
Des's son, Tunde, who now works in the shop, jokes that his father has become a therapist. “⟦d:d|He still can’t do a decent skin fade, mind,⟧” Tunde says.
Des laughs. “⟦d:a|Twenty years he’s been saying that.⟧”

### 027
@b Kirsty Donachie | the union's general secretary
@a Aerovia | the airline
@c Bogdan Petrescu | -
Cabin crew at Aerovia will strike for 48 hours from Friday after talks over pay broke down, the Cabin Crew Union said, in a dispute that threatens to ground about 400 flights.
Kirsty Donachie, the union's general secretary, warned that further strikes would follow over the summer if the airline did not improve its offer. "⟦d:b|Our members have had one pay rise in five years. They are not asking for the moon,⟧" she said.
Aerovia said the union's demands would add 60 million crowns a year to its costs. "⟦d:a|We have made a fair offer, and we remain available for talks at any time,⟧" the airline said, insisting that it would "⟦p:a|do everything possible⟧" to minimise disruption.
Passengers at Halvik airport on Wednesday were already rebooking. "⟦d:c|I'll drive. It's eleven hours, but at least the car won't go on strike,⟧" joked Bogdan Petrescu, who was trying to get home to Ostrel for his daughter's wedding.

### 028
@a Ngozi Adeyemi-Clarke | Health Minister
@r - | one reporter
@b Oliver Stenhouse | -
@c Leila Haddad | -
No patient will wait more than a year for planned surgery by the end of next year, Health Minister Ngozi Adeyemi-Clarke promised on Monday, setting out a 2.4 billion crown plan that includes weekend operating lists and two new surgical hubs.
"⟦d:a:m|I know how many times people have heard promises like this. I know how many times they have been broken.⟧
"⟦d:a|So I am publishing the numbers every month, hospital by hospital, and you can judge me by them.⟧"
At a press conference at the ministry, one reporter asked: "⟦d:r|What happens to you if you miss the target?⟧"
"⟦d:a|Then I will have failed, and I will say so,⟧" Adeyemi-Clarke replied.
Oliver Stenhouse, who shadows the health brief for the Liberal Party, said the minister had "⟦p:b|set a target she knows she will be gone before she has to meet⟧". "⟦d:b|An election comes before the deadline. That is not a coincidence,⟧" he said.
Dr Leila Haddad, who chairs the council of the Carvan Medical Association, said doctors welcomed the money but questioned where the staff would come from. "⟦d:c|You can build a surgical hub in eighteen months. You cannot train an anaesthetist in eighteen months,⟧" she said.

### 029
@a Tobias Engström | Lumenate's co-founder and chief executive
@b - | A Lumenate spokesperson
@c - | one engineer who was laid off
@d Sofia Andrade-Klein | an analyst at Northgate Research
Lumenate, the Ostrel-based software company that was valued at 9 billion crowns two years ago, is cutting 420 jobs, about a fifth of its workforce.
In a memo to staff on Tuesday, Lumenate's co-founder and chief executive, Tobias Engström, wrote that the company had “⟦p:a|hired for a world that didn’t arrive⟧”.
“⟦d:a:m|That was my judgment and my mistake, not yours. The people leaving us have done excellent work, and I am sorry.⟧
“⟦d:a|Every departing colleague will receive four months’ pay, their laptop, and our help finding their next role.⟧”
A Lumenate spokesperson confirmed the memo was genuine but declined to say which teams would be most affected. “⟦d:b|We are speaking to affected colleagues first,⟧” the spokesperson said.
One engineer who was laid off said she had learned of it when her access to the company’s systems was cut. “⟦d:c|The memo says ‘we are speaking to colleagues first’. I found out from a login screen,⟧” she said.
Sofia Andrade-Klein, an analyst at Northgate Research, said the cuts were “⟦p:d|overdue⟧”. “⟦d:d|They have been burning cash for three years. Investors will see this as the company finally growing up,⟧” she said.

### 030
@a Colleen Marchetti | the province's fire commissioner
@b Aroha Te Whata | -
@c Ingeborg Sæther | Premier
@d - | an evacuee at the Pine Creek relief centre
More than 6,000 people have been ordered to leave their homes in the Kereru Ranges as a wildfire fanned by hot, dry winds burned through 28,000 hectares of forest and farmland, according to provincial officials.
Colleen Marchetti, the province's fire commissioner, said the fire had jumped two containment lines overnight. "⟦d:a|We are not going to be able to put this out. What we can do is steer it away from towns,⟧" she said.
She warned residents in Pine Creek and Matai Bridge to be ready to leave "⟦p:a|at a moment's notice⟧".
Aroha Te Whata, whose family has farmed near Kereru Flats for four generations, said she had moved her cattle to the river paddock and then driven her children to her sister's in town. "⟦d:b|My husband is still out there with the neighbours, wetting down the sheds,⟧" she said. "⟦d:b|I told him, the sheds can burn. Come home.⟧"
Premier Ingeborg Sæther visited the Pine Creek relief centre on Wednesday afternoon and promised emergency payments of up to 2,000 dollars for displaced households. "⟦d:c|Nobody should be worrying about how to buy groceries while their house is under threat,⟧" she said.
"⟦d:d|The payments are nice. I'd rather have a fire engine,⟧" said an evacuee at the Pine Creek relief centre, after Sæther had left.
Fire danger ratings for the ranges will remain at "⟦s:-|catastrophic⟧" until at least Saturday, Marchetti said.

### 031
@a Beatrix Hallström-Obi | the education minister
@b Alun Prothero | general secretary of the Carvan Teachers' Federation
@c Nadia Rahimi | a mother of two from Eastgate
@d Jens Kowalczyk | -
Smartphones will be banned from all state schools in Carvania from September, including at break and lunchtimes, the education minister announced on Thursday.
Beatrix Hallström-Obi said headteachers would be given 30 million crowns to install lockable pouches or lockers. She put it simply: ``⟦d:a|School is for learning and for friends. It is not for scrolling.⟧''
``⟦d:a|Every head I have spoken to says the same thing: the phones are winning, and the children are losing,⟧'' the minister told a news conference at a primary school in Kellbridge.
Many schools already restrict phones in lessons. Alun Prothero, general secretary of the Carvan Teachers' Federation, said teachers supported a national rule because it would ``⟦p:b|take the argument away from the classroom door⟧''.
``⟦d:b|At the moment every teacher is fighting this battle alone, every day, with every class,⟧'' he said. ``⟦d:b|A law settles it.⟧''
But he warned that 30 million crowns would not cover the cost of secure storage in large secondary schools. ``⟦d:b|That's about 4,000 crowns a school. Have you priced a locker lately?⟧''
Nadia Rahimi, a mother of two from Eastgate, said she worried about not being able to reach her 13-year-old daughter on the bus home. ``⟦d:c|It's not about social media for me. It's about knowing she's safe,⟧'' she said.
For the opposition, Jens Kowalczyk said the ban was ``⟦p:d|sensible but six years late⟧''. ``⟦d:d|We proposed exactly this in 2019, and the minister's party voted it down,⟧'' he said.

### 032
@a Gwendolyn Esterhuizen | The study's lead author
@b Ari Lindqvist | a doctoral researcher on the team
@c Roderick Baillie-Munro | a seabird ecologist at the University of Dunmore who was not involved in the study
@d Marine Conservation Trust | the trust
Puffin numbers on the Skerran Isles have fallen by almost 60 per cent in fifteen years, and warming seas that have driven sand eels deeper are the most likely cause, researchers reported on Monday.
The study's lead author, Gwendolyn Esterhuizen of the Cape Sorran Seabird Observatory, said the team had counted burrows on all seven islands every summer since 2009. "⟦d:a|In the first years, you'd walk the slopes and the ground was like a sponge with burrows. Now there are whole hillsides that have gone quiet,⟧" she said.
Chicks were being fed smaller fish, and fewer of them, the researchers found. Ari Lindqvist, a doctoral researcher on the team, spent three summers photographing adult birds returning to burrows with food. "⟦d:b|We'd see parents coming back with pipefish, which chicks can choke on, because they couldn't find anything better,⟧" they said.
Roderick Baillie-Munro, a seabird ecologist at the University of Dunmore who was not involved in the study, said the analysis was "⟦p:c|solid⟧" but underplayed other pressures. "⟦d:c|Rats got onto two of those islands in 2014. I'd want to see that accounted for before putting it all on the sea,⟧" he said.
Esterhuizen said rats had been eradicated from both islands by 2016 and that the declines continued afterwards. "⟦d:a|We looked at that carefully. It doesn't explain the pattern,⟧" she said.
The Marine Conservation Trust said in a statement that the findings should be "⟦p:d|a wake-up call⟧" for the government's review of sand-eel fishing. "⟦d:d|You cannot protect puffins without protecting what they eat,⟧" the trust said.

### 033
@a Peregrine Oduya | the judge
@b Orla Fitzmaurice | The television chef
@d Helena Vasquez-Twomey | Her solicitor
@c Morning Clarion | -
@e - | a spokesman for the paper
The television chef Orla Fitzmaurice has won her libel action against the Morning Clarion over an article that accused her of passing off other cooks’ recipes as her own, and has been awarded 180,000 crowns in damages.
In a written judgment handed down on Friday, Mr Justice Peregrine Oduya found that the newspaper had failed to prove the allegation was substantially true. The article had relied on “⟦p:a|a handful of superficial similarities between dishes that are, after all, variations on a very old theme⟧”, the judge wrote.
“⟦d:a|There are only so many ways to make a soda bread,⟧” he wrote. “⟦d:a|That two cooks arrive at similar quantities of buttermilk is not evidence of plagiarism.⟧”
Fitzmaurice, speaking outside the court, said she felt “⟦p:b|vindicated, and exhausted⟧”.
“⟦d:b|For two years strangers have come up to me in supermarkets and called me a thief,⟧” she said. “⟦d:b|Today a judge has said, in black and white, that I am not one.⟧”
Her solicitor, Helena Vasquez-Twomey, said the case showed that newspapers “⟦p:d|cannot hide behind the word ‘allegedly’⟧”.
The Morning Clarion said it was “⟦p:c|disappointed⟧” by the ruling and was considering an appeal. “⟦d:e|We stand by our journalism,⟧” a spokesman for the paper said.

### 034
@g Last Harvest | a climate group formed last year
@a Ffion Delacroix-Amadi | a spokeswoman for the group
@b Kellbridge Museum of Art | the museum
@d - | one visitor
Two climate activists glued their hands to the frame of a 17th-century landscape painting at the Kellbridge Museum of Art on Saturday, while a third read out a statement calling on the government to halt new oil licences.
Last Harvest, a climate group formed last year, said the protest was aimed at "⟦p:g|the people who will still be looking at paintings when the fields are dust⟧".
Visitors were ushered out of the gallery as supporters chanted "⟦s:-|Oil kills⟧" from the doorway.
"⟦d:a|We don't enjoy doing this. We would much rather be at home,⟧" said Ffion Delacroix-Amadi, a spokeswoman for the group, outside the museum. "⟦d:a|But a painting can be cleaned. A flooded village can't.⟧"
The museum said the painting, Evening at Harrow Mere by Cornelis Vaart, was behind glass and had not been damaged, but that the frame "⟦p:b|may need specialist restoration⟧". "⟦d:b|We share concern about the climate. We do not accept that damaging works of art helps anyone,⟧" the museum said.
Kellbridge Police said two women, aged 23 and 61, had been arrested on suspicion of criminal damage.
"⟦d:d|My kids were asking why the ladies were stuck to the picture. I didn't know what to tell them,⟧" said one visitor, who had travelled from Port Hallam for the day.

### 035
@a Giulia Ferraresi | Veltro's chief executive
@b Matthias Oberholzer | Nordtel's chief executive
@c Competition Authority | -
@d Émile Fournier-Lacasse | a telecoms analyst at Banque Rhodanienne
@e - | one person familiar with the negotiations
Veltro Telecom and Nordtel agreed on Monday to combine in a deal worth 14 billion euros, creating the second-largest mobile operator in the Alpine region, with 31 million customers.
Veltro's chief executive, Giulia Ferraresi, who will lead the combined company, said the merger would allow it to invest «⟦p:a|at the speed our customers expect⟧» in 5G coverage in rural valleys.
«⟦d:a|Alone, each of us would have struggled to build the network this region needs. Together, we can,⟧» she told reporters in Alzano.
Nordtel's chief executive, Matthias Oberholzer, will become chairman. «⟦d:b|This is not a takeover. It is a marriage of equals, and I intend to make sure it stays that way,⟧» he said.
The companies said they expected to save 600 million euros a year, largely by sharing masts and merging back-office functions. They did not say how many jobs would go.
The Competition Authority said it would examine the deal «⟦p:c|with particular care⟧», since it would reduce the number of mobile operators in the region from four to three.
Émile Fournier-Lacasse, a telecoms analyst at Banque Rhodanienne, noted that regulators had blocked a similar four-to-three deal in 2018. «⟦d:d|The question is what they will have to give up to get this through. I suspect quite a lot,⟧» he said.
According to one person familiar with the negotiations, the talks nearly collapsed last month over where the company would have its headquarters. «⟦d:e|In the end they split the difference: the head office goes to Alzano, the name goes to Nordtel,⟧» the person said.

### 036
@b Aleksander Dąbrowski | head of the state mine rescue service
@d Korvald Mining | -
@c Wiktoria Szulc | -
@e - | A rescuer who did not want to be named
Rescuers were drilling through 300 metres of rock on Thursday night to reach 11 miners trapped since a tunnel collapsed at the Korvald copper mine in southern Velmira on Wednesday.
Aleksander Dąbrowski, head of the state mine rescue service, said the men were believed to be alive in a refuge chamber with air, water and food for about four days. "⟦d:b|We have heard knocking on the pipes. That is the best sound in the world,⟧" he said.
"⟦d:b|I will not give you a time. I will only tell you that we are not stopping,⟧" Dąbrowski added.
Korvald Mining said in a statement that the collapse followed "⟦p:d|an unexpected seismic event⟧" and that all safety procedures had been followed. The company said it was "⟦p:d|doing everything humanly possible⟧" to bring the men home.
Families have gathered in a sports hall in the town of Brzana. Wiktoria Szulc, whose husband Piotr has worked at the mine for 22 years, said she had not slept.
"⟦d:c|They keep telling us to be patient. I have been patient for 22 years, every time he goes down,⟧" she said. "⟦d:c|Now I want him up.⟧"
A rescuer who did not want to be named said conditions at the drill site were difficult. "⟦d:e|The rock is soft in places and hard in others. Every time it changes, we lose hours,⟧" he said.

### 037
@c Jakub Wierzbicki | shift foreman
@a Piotr Szulc | -
@b Aleksander Dąbrowski | the rescue chief
@d Halina Mroczek | regional secretary of the Miners’ Union of Velmira
@e Korvald Mining | -
All 11 miners trapped for five days in the Korvald copper mine were brought to the surface alive early on Monday, to cheers from families who had kept vigil at the pithead.
The men were winched up one at a time in a narrow rescue capsule through a shaft drilled from the surface. The last to emerge, shift foreman Jakub Wierzbicki, raised both fists as he stepped out.
“⟦d:c|We were never afraid that they would forget us. We were afraid of the rock,⟧” Wierzbicki told reporters after being checked by doctors. “⟦d:c|We sang. Badly. Every evening.⟧”
Piotr Szulc, 47, hugged his wife and two sons for several minutes before speaking. “⟦d:a|I told my wife I would be home for dinner on Wednesday,⟧” he said. “⟦d:a|I am a few days late.⟧”
Aleksander Dąbrowski, the rescue chief, said the operation had been “⟦p:b|a textbook, but a very frightening textbook⟧”. He said the drill had passed within two metres of an unstable fault.
Halina Mroczek, regional secretary of the Miners’ Union of Velmira, said the union would demand an independent inquiry. “⟦d:d|Today we celebrate. Tomorrow we ask why the roof came down,⟧” she said.
Korvald Mining thanked the rescuers and said it would “⟦p:e|cooperate fully⟧” with any inquiry.

### 038
@a Valentina Rizzo-Caputo | the world No 6
@b Anastasiya Koval | -
@d Fabrizio Lenti | Rizzo-Caputo's coach
@c Women's Professional Tour | -
Valentina Rizzo-Caputo was fined 15,000 dollars on Friday after smashing two rackets and calling the chair umpire "⟦p:a|a disgrace⟧" during her quarter-final defeat at the Port Hallam Open.
Rizzo-Caputo lost 6-4, 3-6, 7-5 to Anastasiya Koval after being given a point penalty for a second code violation at 5-5 in the final set. The umpire had ruled that a ball bounced twice before she reached it.
"⟦d:a|It was not a double bounce. Everyone in the stadium saw it. He is the only one who did not,⟧" Rizzo-Caputo said afterwards. Then, in Italian: "⟦d:a|Non chiedo scusa per la mia passione.⟧" She translated it herself: "⟦d:a|I don't apologise for my passion.⟧"
Koval said she had not seen the bounce clearly. "⟦d:b|From my side, it looked like two bounces, but I was running,⟧" she said. "⟦d:b|I feel bad for her. Nobody wants to win like that.⟧"
Rizzo-Caputo's coach, Fabrizio Lenti, said replays showed the ball bounced once. "⟦d:d|We will send the video to the tour. Let them watch it in slow motion,⟧" he said.
The Women's Professional Tour said the umpire's decision was "⟦p:c|final and not subject to review⟧" and that the fine reflected "⟦p:c|repeated unsportsmanlike conduct⟧".
"⟦d:a|Fine me. I would do it again,⟧" the world No 6 wrote on social media later that evening.

### 039
@a Kwame Asante-Boateng | The former Harrowgate Athletic captain
@d Harjit Sandhu | Planning committee chair
@b Penelope Marchbanks | a retired magistrate who lives next door
@c - | A spokesman for Asante-Boateng
The former Harrowgate Athletic captain Kwame Asante-Boateng has been refused permission to build a two-storey gym and swimming pool at his home in the village of Little Amberley, after objections from 46 neighbours.
Planning committee chair Cllr Harjit Sandhu said the extension would be “⟦p:d|overbearing and out of character⟧” with the conservation area. “⟦d:d|Who owns the house is irrelevant. We would have said the same to anyone,⟧” he said.
Penelope Marchbanks, a retired magistrate who lives next door, led the objections. “⟦d:b|I have nothing against Mr Asante-Boateng. I rather admire his left foot,⟧” she said. “⟦d:b|But his gym would have been eleven metres from my kitchen window.⟧”
A spokesman for Asante-Boateng said the footballer was “⟦p:c|disappointed but respectful of the process⟧” and was considering an appeal.
The player himself was less diplomatic in a post on Instagram, sharing a photograph of the village green with the words: “⟦d:a|Twenty years serving this community. Apparently I can’t have a treadmill.⟧”
The post was later deleted.

### 040
@c Ilse Brandvold | The council's special envoy
@b Ibrahim Haddadin | Merzan's chief negotiator
@a Farida al-Masri | the Qasirani foreign ministry spokeswoman
@d - | one diplomat present at the talks
Delegations from Qasiran and Merzan met face to face in Halvik on Tuesday for the first time since fighting broke out along their border in the spring, in talks brokered by the Council of Northern Sea States.
The council's special envoy, Ilse Brandvold, said after the first session that both sides had agreed to a 72-hour pause in shelling to allow the evacuation of wounded civilians. "⟦d:c|This is small. I want to be honest that it is small,⟧" she said. "⟦d:c|But three months ago they would not sit in the same building.⟧"
Merzan's chief negotiator, Ibrahim Haddadin, speaking through an interpreter, said his delegation had come "⟦p:b|with open hands⟧". "⟦d:b|We are ready for a permanent ceasefire tomorrow, if Qasiran withdraws to the lines of March,⟧" he said.
Farida al-Masri, the Qasirani foreign ministry spokeswoman, rejected that condition. "⟦d:a|The lines of March are the lines of an aggression. We will not reward it,⟧" she told reporters in Arabic, according to an official translation. "⟦d:a|But we are here, and we will stay here for as long as the talks are serious.⟧"
According to one diplomat present at the talks, the atmosphere in the room was "⟦p:d|cold but correct⟧". "⟦d:d|Nobody shouted. Nobody shook hands either,⟧" the diplomat said.

### 041
@a Marjorie Oduya-Flint | -
@b Shona Kirkpatrick | -
@d Beatrice Lowry | a consultant obstetrician who has worked alongside Marjorie for 26 years
@c Precious Mahlangu | the ward's youngest midwife
On her last night shift at Kellbridge General, Marjorie Oduya-Flint delivered twins. She had delivered, by her own rough count, about 4,700 babies in 41 years.
"⟦d:a|I stopped counting properly in the nineties,⟧" she says. "⟦d:a|Somewhere around three thousand I thought, this is getting silly.⟧"
She trained in 1984, when fathers were still sometimes sent to wait in the corridor and a ward sister could reduce a junior midwife to tears with a look.
"⟦d:a:m|My first sister told me, 'The mother does the work, you do the watching.' I've said that to every student since.⟧
"⟦d:a|Most of this job is knowing when to keep your hands in your pockets.⟧"
Shona Kirkpatrick, whose three children Marjorie delivered between 2004 and 2011, came to the leaving party with all of them. "⟦d:b|She was the calmest person I have ever met. I was screaming the place down, and she was asking about my holiday,⟧" Shona says.
Beatrice Lowry, a consultant obstetrician who has worked alongside Marjorie for 26 years, says she will miss her judgment most. "⟦d:d|If Marjorie told you something was wrong, you went. You didn't ask why,⟧" she says.
Precious Mahlangu, the ward's youngest midwife, qualified last year. She says Marjorie taught her to trust her hands.
"⟦d:c|She'd stand behind me and say nothing. Nothing. And then afterwards she'd say one sentence, and it would be the thing I needed,⟧" Precious says.
What will she do now? Marjorie laughs. "⟦d:a|Sleep. Then garden. Then probably come back as a volunteer, if they'll have me.⟧"

### 042
@a Augustin Kérouac-Bello | Defence Minister
@b - | a senior government source
@c Mairéad Fennelly | the opposition's defence spokeswoman
@d Peace Pledge Carvania | a campaign group
@e Lorcan Devitt | a shop steward at the Port Hallam shipyard
Carvania will raise defence spending to 2.5 per cent of national income by 2030, Defence Minister Augustin Kérouac-Bello announced on Thursday, with most of the new money going to the navy.
"⟦d:a|The sea lanes around us are busier, and less friendly, than at any time since the 1980s,⟧" Kérouac-Bello told parliament. "⟦d:a|We will not be the last country in the region to notice.⟧"
The plan includes four new frigates to be built at Port Hallam. According to a senior government source, the treasury had resisted the figure until late on Wednesday night. "⟦d:b|It went to the wire. The minister got most of what he asked for,⟧" the source said.
Mairéad Fennelly, the opposition's defence spokeswoman, said her party supported the increase but wanted to know how it would be paid for. "⟦d:c|Nobody has told us which hospital or which school is paying for the frigates,⟧" she said.
Peace Pledge Carvania, a campaign group, called the announcement "⟦p:d|a dangerous turn⟧".
Lorcan Devitt, a shop steward at the Port Hallam shipyard, said the frigate order would secure about 1,800 jobs for a decade. "⟦d:e|Lads here have been on short contracts for years. This is the first time I can tell them to buy a house,⟧" he said.

### 043
@a Journal of Applied Nutrition | the journal
@b Henrik Brask-Olesen | The study’s senior author
@d Pablo Echeverría | Another author
@c Dmitri Varga | a research integrity specialist at Halden University
A widely reported study claiming that eating two eggs a day lowered the risk of depression has been retracted by the Journal of Applied Nutrition, which cited “⟦p:a|serious irregularities⟧” in the data.
In a retraction notice published on Tuesday, the journal said that an independent analysis had found duplicated rows affecting about a fifth of the 12,000 participants. “⟦d:a|The editors no longer have confidence in the conclusions of this article,⟧” the notice said.
The study’s senior author, Henrik Brask-Olesen, said the errors came from a data-merging script and did not change the main result. “⟦d:b|We have re-run everything with the duplicates removed. The effect is smaller, but it is still there,⟧” he said. “⟦d:b|I think retraction is an overreaction, frankly.⟧”
Another author, Pablo Echeverría, disagreed publicly. In a post on his university blog, he wrote that he had asked for the paper to be withdrawn in March. “⟦d:d|When your data have a fifth of the people in them twice, you don’t have a smaller effect. You don’t have a study,⟧” he wrote.
Dmitri Varga, a research integrity specialist at Halden University, said the case was typical. “⟦d:c|Nobody set out to cheat here, as far as I can tell. But sloppiness at this scale has the same effect on the public as fraud,⟧” he said.
He added that the study had been covered by more than 300 news outlets. “⟦d:c|The retraction will be covered by about six.⟧”

### 044
@c Sarah Penhaligon | a neighbour who lived in the flat below
@a Cornelius Abara | prosecuting
@b Juliette Saint-Hilaire | defending
@d Alasdair Crombie | The trial judge
A woman who lived below a man accused of murdering his business partner told a jury on Tuesday that she heard ``⟦p:c|a sound like a wardrobe going over⟧'' shortly after midnight.
Sarah Penhaligon, a neighbour who lived in the flat below, was giving evidence at the trial of Roland Eskdale, 58, who denies murdering Victor Lamont at the flat in Mallory Street, Port Hallam, last November.
``⟦d:c|Then it went quiet. Then about ten minutes later I heard the front door, and someone going down the stairs quite fast,⟧'' she told the court.
Cornelius Abara, prosecuting, asked her whether she had heard voices beforehand. ``⟦d:c|Raised voices, yes. Two men. I couldn't make out words,⟧'' she said.
Cross-examining, Juliette Saint-Hilaire, defending, suggested that the building was noisy and that Ms Penhaligon often heard her neighbours through the floor. ``⟦d:b|You have complained about noise from that flat before, haven't you? Three times to the landlord?⟧''
``⟦d:c|Yes, but not like this.⟧''
``⟦d:b|You couldn't say, could you, whether the man going down the stairs was Mr Eskdale?⟧''
``⟦d:c|No. I didn't see him.⟧''
The trial judge, Alasdair Crombie, reminded the jury that the prosecution had to prove its case. ``⟦d:d|Mr Eskdale does not have to prove anything,⟧'' he said.
Abara told jurors when he opened the case last week that the two men had argued over ``⟦p:a|money, and a great deal of it⟧''. The trial continues.

### 045
@a The Hollow Pines | the band
@b Jonah Valderrama | the band's frontman
@c Brightside Live | Promoter
@d - | one fan
The Hollow Pines have cancelled the remaining 22 dates of their European tour after the band's frontman, Jonah Valderrama, was diagnosed with a vocal cord haemorrhage.
“⟦d:a|We are heartbroken. Jonah’s doctors have been very clear that he needs complete vocal rest for at least six weeks,⟧” the band said in a statement.
Valderrama posted a short video on Instagram in which he did not speak but held up handwritten cards, the last of which read “⟦s:-|See you soon. I promise.⟧” In a caption beneath the video, he wrote: “⟦d:b|Don’t worry about me. Worry about the poor people who bought tickets.⟧”
Promoter Brightside Live said all tickets would be refunded automatically within 14 days. “⟦d:c|Fans do not need to do anything,⟧” it said.
“⟦d:d|I was going to my first gig since my daughter was born. I’m gutted, but his voice matters more,⟧” wrote one fan on the band’s Facebook page.

### 046
@a Aurélien Dumoulin-Vey | The Estrelian foreign minister
@b Katarina Vell | his Carvanian counterpart
@c Solène Marchal | the ministry's spokeswoman
@d Yannick Le Goff | president of the Association of Sarre Fishermen
The Estrelian foreign minister, Aurélien Dumoulin-Vey, returned from Ostrel on Saturday insisting that Friday's agreement to reopen fishing talks with Carvania was «⟦p:a|a first step, not a last word⟧».
Interviewed on Radio Valmont, he said: «⟦d:a|Nous avons rouvert une porte. Il faut maintenant la franchir.⟧» («⟦d:a|We have reopened a door. Now we have to walk through it.⟧»)
He described his Carvanian counterpart, Katarina Vell, as «⟦p:a|tough, but honest⟧». Vell, whose remarks at Friday's news conference were relayed by an interpreter, had said Carvanian fishermen had «⟦p:b|waited eleven years⟧» for a settlement.
«⟦d:b|We have agreed to talk. That is not the same as agreeing,⟧» she told reporters.
Solène Marchal, the ministry's spokeswoman, said technical teams would meet «⟦p:c|before the end of March⟧». «⟦d:c|The minister has asked them to come back with maps, not slogans,⟧» she said.
Yannick Le Goff, president of the Association of Sarre Fishermen, was sceptical. «⟦d:d|We have heard about doors before. My father heard about doors,⟧» he said. «⟦d:d|What we need is a line on the sea that both navies respect.⟧»

### 047
@a Delphine Okoro | the leader of the opposition
@b Henrik Aaltonen | The finance minister
@c Maeve Lindgren-Achebe | Your own deputy
@d Teodora Vasić | The housing minister
Delphine Okoro, the leader of the opposition, has been in the job for fourteen months and has yet to lead her party above 30 per cent in the polls. She spoke to the Sunday Courier in her constituency office in Eastgate. This transcript has been condensed.
Q: The finance minister, Henrik Aaltonen, called your tax plan "⟦p:b|a fantasy with a spreadsheet attached⟧" last week. Is he wrong?
A: He's wrong about the spreadsheet. We published every number. I'd like to see his.
Q: Your own deputy, Maeve Lindgren-Achebe, said in March that the party was "⟦p:c|not yet ready to govern⟧". Was she right?
A: She was right in March. I think she would say something different now. You should ask her.
Q: What is the first thing you would do in government?
A: Build. Houses, mostly. The housing minister, Teodora Vasić, likes to say "⟦p:d|every empty flat is a family⟧". She's right. But she's had four years to fill them.
Q: And if the polls don't move?
A: Then I'll have failed and somebody else will have a go. That's how it works.
Later that evening Okoro posted on social media: "⟦d:a|Good conversation with the Courier. Still waiting for those numbers, Henrik.⟧"

### 048
@a Goran Tadić | -
@b Luka | His son
@c Filip Horvatinčić | the harbourmaster
@d Nikša | a deckhand who has worked on the Stella Maris since he was 16
The Stella Maris leaves Port Sarrac at four in the morning, an hour before the sun and three hours before the Estrelian patrol boat usually appears on the horizon.
Goran Tadić has fished the Gulf of Sarre for 46 years, like his father and grandfather before him. He has been boarded by Estrelian coastguards nine times and fined twice.
“⟦d:a|They are polite. They are always polite,⟧” he says. “⟦d:a|They take your catch very politely.⟧”
His son Luka, 34, runs the boat now, though Goran still comes out most days. Luka is less interested in history than in diesel prices.
“⟦d:b:m|My father talks about the line on the map. I talk about the line in the bank account.⟧
“⟦d:b|If the talks give us ten more miles, good. If they give us a cheaper fuel subsidy, better.⟧”
Goran shrugs when he hears this. “⟦d:a|He is young. He thinks the sea belongs to whoever pays for the fuel.⟧”
Filip Horvatinčić, the harbourmaster, recalls that there were 80 boats working out of Port Sarrac in 1990. Today there are 23.
“⟦d:c|Every year someone sells. Usually to a man from the city who wants it for the holidays,⟧” he says.
Nikša, a deckhand who has worked on the Stella Maris since he was 16, admits he has thought about leaving. “⟦d:d|My cousin is in the shipyard at Port Hallam. Good money, a roof over your head,⟧” he says. “⟦d:d|But I get seasick in an office.⟧”
Asked about Friday’s talks in Ostrel, Goran is blunt: “⟦d:a|I have heard about talks since I was Nikša’s age.⟧”

### 049
@a Yusuf Demirci-Hale | the transport minister
@c Imelda Castellanos | its chief executive
@d Carvan Rail | the operator
@e Sebastian Orrell-Duff | the Liberal MP for Kellbridge North
Regulated rail fares will rise by 3.9 per cent in January, below inflation for the first time in six years, the transport minister, Yusuf Demirci-Hale, said on Friday.
In a written statement to parliament, Demirci-Hale said the government had chosen to "⟦p:a|put passengers' pockets ahead of the treasury's⟧".
"⟦d:a:m|This cap will cost the government 210 million crowns next year. I believe it is money well spent.⟧
"⟦d:a|But I want to be straight with passengers: it comes with an expectation that the railway runs on time, and I will hold Carvan Rail to that.⟧"
Passenger Watch, the independent rail watchdog, said any rise would be hard for commuters to swallow when one train in six was late. "⟦d:c|People are paying more for a service that is getting worse,⟧" said Imelda Castellanos, its chief executive.
Carvan Rail said punctuality had improved in each of the past four months. "⟦d:d|We know we have more to do,⟧" the operator said.
Sebastian Orrell-Duff, the Liberal MP for Kellbridge North, said the announcement had been "⟦p:e|slipped out on a Friday afternoon⟧" to avoid scrutiny. "⟦d:e|If the minister is proud of it, let him come to the chamber on Monday and defend it,⟧" he said.

### 050
@a Anaïs Lefèvre | the study’s lead researcher
@b Graham Teasdale-Orji | a sleep physician at St Columba’s Hospital
@d Heart Research Trust | -
It is the news that office workers everywhere have been waiting for: scientists say a “⟦s:-|power nap⟧” could be good for your heart.
A study of 40,000 adults found that people who napped for 20 minutes or less on most days had slightly lower blood pressure than those who never napped.
But the study’s lead researcher, Dr Anaïs Lefèvre, said she was wary of the results being taken as permission to sleep at work. “⟦d:a|Please don’t show this paper to your boss and then lie down under your desk,⟧” she joked. “⟦d:a|We found an association. We did not find a reason to nap.⟧”
Graham Teasdale-Orji, a sleep physician at St Columba’s Hospital, said the result made sense but that many people napped because they were not sleeping well at night. “⟦d:b|A daily nap can be a symptom. If you need one every day, I would want to know why,⟧” he said.
The Heart Research Trust said the findings were “⟦p:d|interesting⟧” but that the best-proven ways to lower blood pressure were unchanged.

### 051
@b Kellbridge Rovers | the club
@c Massimo Ferrante-Ruiz | Ó Dálaigh’s agent
@d Brendan Kilgallon | Rovers manager
@a Cillian Ó Dálaigh | the 22-year-old
Cillian Ó Dálaigh has handed in a transfer request at Kellbridge Rovers, three weeks after the club rejected a bid of 18 million crowns from Port Hallam.
The striker, nicknamed “⟦s:-|the Ghost⟧” by supporters for his habit of drifting unmarked into the box, has scored 19 goals this season.
Kellbridge Rovers said in a statement that the player was “⟦p:b|under contract until 2028⟧” and was “⟦p:b|not for sale at any price⟧”. “⟦d:b|Cillian is a valued member of the squad and we expect him to honour his contract,⟧” the club said.
Ó Dálaigh’s agent, Massimo Ferrante-Ruiz, said his client had been promised a move if a suitable offer arrived. “⟦d:c|There was an agreement, in this room, with the chairman, in front of witnesses. Now it does not exist?⟧” he said.
Rovers manager Brendan Kilgallon said he had spoken to the player on Tuesday morning. “⟦d:d|He’s a good lad. He’s been badly advised,⟧” Kilgallon said. “⟦d:d|He’ll train with the first team and he’ll be picked if he’s the best option. Simple as that.⟧”
Ó Dálaigh broke his silence late on Tuesday. “⟦d:a|I love this club. I just want what I was promised,⟧” the 22-year-old wrote on Instagram.

### 052
@a Hilde Marsvik | -
@b Agnès Roussel-Dahl | The mayor of Saint-Aune
@c Bjarne Kvist | Interior Minister
@d Carvan Insurers' Association | -
A week after the River Aune flooded the lower Lussac Valley, the clear-up in Saint-Aune has barely begun. Skips line the main street, filled with sodden carpets, mattresses and plasterboard.
Hilde Marsvik, whose rescue from her bungalow roof was filmed by a neighbour and watched more than a million times online, is staying with her sister in Corvel. She went back to the house on Saturday for the first time.
"⟦d:a|The smell is the worst thing. Nobody tells you about the smell,⟧" she said.
She found the box of photographs she had worried about on the roof. Most were ruined. A few, in an album on a high shelf, had survived.
"⟦d:a|Our wedding. The children at the beach. Not many, but the important ones.⟧"
The mayor of Saint-Aune, Agnès Roussel-Dahl, said 140 homes in the village were uninhabitable. She has written to the government to ask why flood defences promised after the 2021 floods were never built. "⟦d:b|We were told 2023. Then 2024. Then 'as soon as possible',⟧" she said.
Interior Minister Bjarne Kvist, visiting Corvel on Friday, promised that affected households would receive emergency payments within ten days. Asked about the defences, he said: "⟦d:c|I have asked for a full account of what happened to that project, and I will publish it.⟧"
The Carvan Insurers' Association said it expected claims from the flood to exceed 300 million crowns, and urged policyholders to "⟦p:d|photograph everything before throwing it away⟧".

### 053
@e Marlowe & Finch | the department store chain
@a Gideon Halloran | chief executive of Marlowe & Finch
@b Rupert Castellane | Finance director
@c Olamide Bankole | an analyst at Greystone Capital
@d Fiona MacAskill | -
Shares in Marlowe & Finch fell by a quarter on Wednesday after the department store chain warned that annual profit would be at least 40 per cent below expectations, blaming a ``⟦p:e|very disappointing⟧'' Christmas.
The retailer said sales in the six weeks to January 3 had fallen 7 per cent. ``⟦d:e|Trading in December was well below our expectations, particularly in womenswear and homeware,⟧'' it said.
Gideon Halloran, chief executive of Marlowe & Finch, told analysts the company had ordered too much stock and then discounted it too late. ``⟦d:a|We got it wrong, and I take responsibility for that,⟧'' he said.
Finance director Rupert Castellane said the company had enough cash to see it through the year but would cut capital spending. ``⟦d:b|There will be no new stores this year. None,⟧'' he said. Asked whether the dividend was safe, he added: ``⟦d:b|That's a question for the board in March.⟧''
Olamide Bankole, an analyst at Greystone Capital, said the warning raised questions about Halloran's position. ``⟦d:c|This is his third profit warning in two years. At some point the board has to ask whether the problem is the plan or the man,⟧'' she said.
Fiona MacAskill of Tidewater Partners said the group's online business, which grew 12 per cent, was ``⟦p:d|the one bright spot⟧''. ``⟦d:d|If I were them, I'd be asking what the stores are for,⟧'' she said.

### 054
@a Saoirse Ní Bhriain | -
@b Ngozi Adeyemi-Clarke | The health minister
@c - | A ministry spokesman
The organisers of Saturday's march against emergency department closures in Ostrel have written to the health minister demanding a public meeting within 30 days.
In a letter on behalf of the organisers, Saoirse Ní Bhriain wrote:
"⟦d:a:m|Thirty-five thousand people, by your own police force's count, walked through the capital to tell you that Eastgate needs its emergency department.⟧
"⟦d:a|We are asking for one evening of your time, in a hall in Eastgate, in front of the people who marched. If the plan is as good as you say, come and explain it.⟧"
The health minister, Ngozi Adeyemi-Clarke, has said the closures would allow the remaining departments to be "⟦p:b|properly staffed, around the clock⟧".
A ministry spokesman said the minister had received the letter and would "⟦p:c|respond in due course⟧". "⟦d:c|The minister meets patient groups regularly and will continue to do so,⟧" he said.
Ní Bhriain said "⟦s:-|in due course⟧" was not good enough. "⟦d:a|We'll give them thirty days. Then we'll be back, and there'll be more of us,⟧" she said.

### 055
@a A. J. Penrose-Tate | The crime novelist
@b Mireille Okonkwo | -
@c Harbourline Books | Okonkwo's publisher
@e - | A person close to Penrose-Tate
The crime novelist A. J. Penrose-Tate has accused a first-time author of copying the plot of one of her books, in an escalating row that has split readers online.
Penrose-Tate wrote on her website on Sunday that Mireille Okonkwo’s debut novel, The Salt House, shared “⟦p:a|a murder method, a twist, and three character names⟧” with her 2014 novel Low Water.
“⟦d:a|I have been writing for thirty years and I have never done this before. I don’t do it lightly,⟧” she wrote. “⟦d:a|But I have read both books twice, and I cannot see how this is a coincidence.⟧”
Okonkwo, whose novel reached the bestseller list in its first week, said she had never read Low Water. “⟦d:b|I had never heard of that book until Sunday. I wrote The Salt House at my kitchen table over four years, and I have every draft,⟧” she said in a statement.
Okonkwo's publisher, Harbourline Books, said it had “⟦p:c|complete confidence⟧” in its author. “⟦d:c|The similarities identified are common features of the genre,⟧” it said.
Quill & Ferris, which publishes Penrose-Tate, declined to comment. A person close to Penrose-Tate said she was considering legal action. “⟦d:e|She isn’t doing this for money. She feels she has to stand up for her work,⟧” the person said.

### 056
@a Reginald Oyelowo-Baptiste | Council leader
@b Terence Mulgrew | an independent councillor for Fenwick ward
@c Patricia Quayle | The chair
@d - | someone in the public gallery
A meeting of Kellbridge City Council descended into a shouting match on Wednesday night during a debate over the sale of the Fenwick Road library.
Council leader Reginald Oyelowo-Baptiste told councillors the building cost 180,000 crowns a year to heat and was used by "⟦p:a|fewer people every year⟧".
Terence Mulgrew, an independent councillor for Fenwick ward, rose to interrupt.
"⟦d:b|Fewer people because you cut the opening hours to three days a week. You starved it, and now you say it's thin,⟧" he said.
"⟦d:a|The councillor will have his turn.⟧"
"⟦d:b|I've been waiting four years for my turn.⟧"
"⟦d:a|Then another two minutes won't hurt you.⟧"
The chair, Cllr Patricia Quayle, called for order three times before suspending the meeting for ten minutes. "⟦d:c|I will not have this chamber turned into a pub car park,⟧" she said.
When the meeting resumed, someone in the public gallery shouted "⟦d:d|Shame!⟧" and was asked to leave.
The sale was approved by 31 votes to 22.

### 057
@a Hildegard Brenninger | the eldest of three sisters who have run the estate since their father died in 2009
@b Ursula | -
@c Lotte | the youngest
@e Elfriede | Their mother
@d Matthias Kern | -
On the night of April 19, the temperature in the Lauterach valley fell to minus four degrees. By morning, the new shoots on about two-thirds of the Brenninger family’s vines were black.
“⟦d:a|You walk the rows and you hear it, a sort of crunch under your fingers. Then you stop walking,⟧” says Hildegard Brenninger, the eldest of three sisters who have run the estate since their father died in 2009.
The sisters divide the work. Hildegard makes the wine. Ursula, who handles the accounts and the sales, has spent the weeks since the frost on the phone to the bank.
“⟦d:b|The bank is very sympathetic. Sympathy is free,⟧” Ursula says.
Lotte, the youngest, came back to the valley from Hamburg six years ago after a career in advertising. She is the one who has started talking about planting later-budding grape varieties, an idea her sisters resisted for years.
“⟦d:c:m|Every year we said frost like this was a once-in-a-generation thing. This is the third time in seven years.⟧
“⟦d:c|At some point you have to stop calling it bad luck.⟧”
Hildegard is not yet convinced. “⟦d:a|Our grandfather planted these vines. I am not tearing them out because of three bad springs,⟧” she says. Then, after a pause: “⟦d:a|Maybe four.⟧”
Their mother, Elfriede, who is 84 and still lives in the farmhouse, has seen frosts before. “⟦d:e|Wir haben schon Schlimmeres überstanden,⟧” she says. “⟦d:e|We have come through worse.⟧”
Matthias Kern, who chairs the Lauterach Winegrowers’ Association, estimates that the frost destroyed half of the valley’s harvest. “⟦d:d|The big estates have insurance. The family estates mostly don’t, because it’s too expensive,⟧” he says.
Ursula has done the sums. If the remaining vines yield what she hopes, the estate will lose money this year but survive.
“⟦d:b|Survive is a good word. I’ll take survive.⟧”

### 058
@b Knut Aasheim | leader of the Osmark Farmers' Union
@a Harald Grevsen | The prime minister
@d - | A government official who asked not to be named
@c Đặng Văn Tùng | the foreign ministry spokesman
Osmark rice growers drove tractors through central Halvik on Saturday in protest at the trade agreement with Taniva signed two days earlier, which will phase out tariffs on Tanivan rice over ten years.
"⟦d:b|Ten years, five years, it doesn't matter. At the end of it we cannot compete with a country where labour costs a tenth of ours,⟧" said Knut Aasheim, leader of the Osmark Farmers' Union.
Several tractors carried banners reading "⟦s:-|Grevsen sold us for rice⟧".
The prime minister, Harald Grevsen, defended the deal in a radio interview. "⟦d:a|Our farmers are the best in the world. I do not believe they need to be protected from competition forever,⟧" Grevsen said. He promised a transition fund for growers but gave no figure.
A government official who asked not to be named said the fund was likely to be "⟦p:d|in the hundreds of millions⟧".
In Taniva, the foreign ministry spokesman, Đặng Văn Tùng, said through an interpreter that the agreement was "⟦p:c|balanced and fair to both peoples⟧". "⟦d:c|We respect the right of Osmark's farmers to protest. We are sure they will find that Tanivan rice is a partner, not a threat,⟧" he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh19.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh19",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
