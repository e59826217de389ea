# ruff: noqa: E501
"""Build ``quotes_fresh11.jsonl``: an eleventh independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh11-NNN``.

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
  clause on its own (``who represented the driver``) is not a description. A relational
  phrase standing before the name (``Her friend Bláithín …``) counts like a role title.
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

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh11.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh11.jsonl")

PASSAGES = """
### 001
@m Teodora Vashchenko | the regional governor
@r - | A spokesperson for the emergency services
@f Ilse Brandauer | a farmer whose fields were submerged
Floodwaters rose to their highest level in four decades in the Varnava river valley on Tuesday, forcing about 3,000 people from their homes, officials said.
“⟦d:m|We have never seen the water come up this fast,⟧” said Teodora Vashchenko, the regional governor. “⟦d:m|Within six hours entire streets were under a metre of water.⟧”
A spokesperson for the emergency services said crews had carried out more than 200 rescues overnight and that “⟦p:r|the situation remains extremely dangerous⟧” in low-lying villages.
Ilse Brandauer, a farmer whose fields were submerged, said she had lost most of her winter wheat. “⟦d:f|It is all gone. Twenty years of work and it is gone in a night,⟧” she told reporters.
Vashchenko said the regional government would ask the capital for emergency funds. “⟦d:m|Nobody will be left alone with this,⟧” she added.

### 002
@p Fiona Strachan | Prosecutor
@n Niamh Bell | Defence solicitor
@j Alasdair McKinnon | Sheriff
A man who crashed a stolen van into a bus shelter in Kilbarrow while almost three times over the drink-drive limit has been jailed for 18 months.
Callum Rennie, 29, admitted dangerous driving at Dunmore Sheriff Court. Prosecutor Fiona Strachan told the court that two teenagers had stepped out of the shelter "⟦p:p|seconds before⟧" the impact.
"⟦d:p|It is only by good fortune that nobody was killed,⟧" she said.
Defence solicitor Niamh Bell said her client had been struggling since the death of his father. "⟦d:n|He is deeply ashamed, and he wants the court to know that,⟧" she said.
Sentencing, Sheriff Alasdair McKinnon said: "⟦d:j|You made a choice to get behind the wheel that night. The people of Kilbarrow are entitled to expect that this court will protect them from drivers like you.⟧"
He also banned Rennie from driving for five years.

### 003
@k Dariusz Wolny | the Harbour City manager
@s Kofi Mensah-Boateng | the 24-year-old
@e Rhys Pritchard | Eastvale's coach
Harbour City climbed out of the relegation zone with a 3-1 win over Eastvale Rovers on Saturday, and Dariusz Wolny said afterwards that his side had finally “⟦p:k|found its teeth⟧”.
“⟦d:k|We talked all week about being brave in the final third,⟧” the Harbour City manager said. “⟦d:k|Today you saw it. The boys ran until they had nothing left.⟧”
Kofi Mensah-Boateng, who scored twice before half-time, dedicated the goals to his mother, who was in the stand for the first time. “⟦d:s|She has been waiting a long time for this,⟧” the 24-year-old said. “⟦d:s|I told her before the game, ‘Today is for you.’⟧”
Eastvale's coach, Rhys Pritchard, was less happy. “⟦d:e|We gifted them two goals. You can't do that at this level,⟧” he said.
Wolny refused to get carried away. “⟦d:k|Three points is three points. Next week is another final,⟧” he said.

### 004
@c Lindqvist Foods | -
@o Hanna Sjöberg | chief executive
@a Peter Okonkwo | an analyst at Mariner Securities
Lindqvist Foods, the maker of frozen meals, said on Thursday that quarterly profit fell 14 per cent as higher energy costs squeezed margins, although the company said in a statement that demand had been ``⟦p:c|resilient⟧''.
``⟦d:o|Volumes held up well in all our main markets, but we could not pass on the full increase in costs,⟧'' chief executive Hanna Sjöberg said on a call with analysts.
She said the company would close its plant in Norrvik, where 310 people work. ``⟦d:o|This is a difficult decision, and we will support every employee affected,⟧'' Sjöberg said.
Peter Okonkwo, an analyst at Mariner Securities, said the results were weaker than expected. ``⟦d:a|The guidance for next year looks optimistic to me,⟧'' he wrote in a note to clients. ``⟦d:a|We would want to see evidence that the price increases are sticking.⟧''
Shares in the company fell 6 per cent.

### 005
@p Danielle Fitzroy | Premier
@o Marcus Tuilagi | Opposition Leader
@g - | A government source
Premier Danielle Fitzroy has promised to build 40,000 new homes across the state's north within a decade, in what she called “⟦p:p|the biggest housing push this state has seen since the war⟧”.
“⟦d:p|Young people in Carrowbridge and Tallis Point have been locked out for too long,⟧” Ms Fitzroy told parliament on Wednesday. “⟦d:p|That ends now.⟧”
Opposition Leader Marcus Tuilagi said the government had made similar promises before. “⟦d:o|They announced 10,000 homes two years ago. Show me where they are,⟧” he said. “⟦d:o|Go out to Tallis Point and count them. I'll wait.⟧”
A government source said the plan would be funded partly by selling surplus land, but conceded that “⟦p:g|the numbers are still being worked through⟧”.

### 006
@l Ayesha Raman | an epidemiologist at the University of Westmoor who led the study
@k Tomás Echeverría | a cardiologist at St Brendan's Hospital who was not involved in the research
People who walk at least 7,000 steps a day have a markedly lower risk of heart failure than those who walk fewer than 3,000, according to a study of more than 40,000 adults published on Monday.
"⟦d:l|The benefit seems to level off somewhere around 9,000 steps,⟧" said Dr Ayesha Raman, an epidemiologist at the University of Westmoor who led the study. "⟦d:l|So you don't need to be a marathon runner. You need to be someone who gets off the bus a stop early.⟧"
The researchers cautioned that the study was observational and could not prove cause and effect.
Professor Tomás Echeverría, a cardiologist at St Brendan's Hospital who was not involved in the research, called the findings "⟦p:k|reassuring but not surprising⟧".
"⟦d:k|What's useful here is the size of the sample and the length of follow-up,⟧" he said. "⟦d:k|I'd still like to see a trial.⟧"
Raman agreed. "⟦d:l|That's the obvious next step, and we're applying for funding,⟧" she said.

### 007
@c Quillfeather | -
@u Jun-seo Park | a software developer in Haedong
@e Marisol Andrade | the company's chief technology officer
Millions of users were locked out of the messaging app Quillfeather for almost five hours on Friday after what the company described as “⟦p:c|a faulty configuration change⟧”.
“⟦d:c|We're sorry. We know how much people rely on us, and we let them down today,⟧” Quillfeather said in a post on its status page.
The outage hit users on four continents. Jun-seo Park, a software developer in Haedong, wrote on social media: “⟦d:u|Tried to tell my team the server was down. Couldn't, because the server was down.⟧”
In an email to staff seen by this newspaper, Marisol Andrade, the company's chief technology officer, said an engineer had pushed an update that “⟦p:e|should never have passed review⟧”. “⟦d:e|This is on all of us, not on one person,⟧” she wrote. “⟦d:e|We will publish a full post-mortem next week.⟧”

### 008
@b Bridie Hallinan | -
@c - | Critics
@m Cathal Breen | a fiddle player who toured with her for 30 years
@s Siobhán Keane | Her daughter
Bridie Hallinan, the sean-nós singer whose voice carried the songs of west Clonmara to concert halls on three continents, has died aged 91.
Born in a cottage outside Kilcroney in 1933, she learned most of her repertoire from her grandmother. “⟦d:b|She would sing while she was baking, and I would stand at the table and take it all in,⟧” Hallinan told an interviewer in 1998. “⟦d:b|I never thought of it as learning. It was just the sound of the house.⟧”
Her first recording, made in a parish hall in 1961, became a collector's item. Critics called her voice “⟦p:c|unadorned⟧” and “⟦p:c|fierce⟧”, words she said she never understood.
Cathal Breen, a fiddle player who toured with her for 30 years, said she had no patience for fuss. “⟦d:m|She'd walk off stage after a standing ovation and ask whether anyone had seen her handbag,⟧” he said.
Her daughter Siobhán Keane said the family had been overwhelmed by messages. “⟦d:s|Mam would have been mortified by all the attention,⟧” she said. “⟦d:s|And secretly delighted.⟧”
She is survived by three children, eight grandchildren and two great-grandchildren.

### 009
@c Erik Vandermolen | Finance minister
@o Saskia Hoogland | Polder Alliance leader
@r Ruth Abaddi | Our political correspondent
15:04 Finance minister Erik Vandermolen has just finished his budget speech. The headline: an income tax cut of one percentage point for middle earners, paid for by a new levy on private jets and a freeze on ministry budgets.
"⟦d:c|This is a budget for the people who get up early and get home late,⟧" he told MPs. "⟦d:c|It is not a budget for the people who fly to the coast for lunch.⟧"
15:11 First reaction from the opposition. Polder Alliance leader Saskia Hoogland says the tax cut is "⟦p:o|crumbs⟧" and accuses the government of hiding cuts to schools in the small print.
"⟦d:o|Look at page 84. That's where the real budget is,⟧" she said in the chamber.
15:20 Our political correspondent Ruth Abaddi writes: "⟦d:r|The jet levy will raise very little money, but that isn't the point. It's a line designed to be repeated on every doorstep.⟧"
15:26 Vandermolen, asked by reporters outside the chamber whether schools would lose money, replied: "⟦d:c|No school will see its budget cut in cash terms.⟧" Note the words "⟦s:-|in cash terms⟧".

### 010
@a Gurpreet Sandhu | the ward councillor
@m Helen Lavoie | Mayor
@d Doug Fairweather | -
Port Lachlan city council voted 7-4 on Tuesday night to scrap a planned bike lane on Kingsmere Avenue, ending two years of sometimes bitter debate.
Gurpreet Sandhu, the ward councillor, who had championed the project, said she was “⟦p:a|gutted⟧”.
“⟦d:a|We had a chance to make that street safe for kids riding to school, and we blinked,⟧” Sandhu said after the vote.
Mayor Helen Lavoie, who voted against, said the cost had ballooned from $1.2 million to nearly $3 million. “⟦d:m|I support cycling. I don't support a blank cheque,⟧” she said.
Doug Fairweather, who owns a hardware store on the avenue, said losing 30 parking spaces would have put him out of business. “⟦d:d|People think everyone bikes. My customers are buying 20-kilo bags of concrete,⟧” he said.
Sandhu said she would bring the proposal back in a scaled-down form next year. “⟦d:a|This isn't over,⟧” she said.

### 011
@n Oluwaseun Adebayo-Clarke | -
@e Maggie Thornbury | Your editor
Oluwaseun Adebayo-Clarke's third novel, “⟦s:-|The Salt Ledger⟧”, follows three generations of a shipping family in a port city. It has been shortlisted for the Harrowgate Prize. We spoke to her in Bristow.
Q: Where did the book start?
A: With my grandfather's account books, honestly. Every page was headed with the same word, “⟦s:-|Balance⟧”, and I started wondering what balance meant to a man like that.
Q: Your editor, Maggie Thornbury, reportedly asked you to cut 200 pages.
A: Maggie did, and she was right. She said to me, “⟦d:e|You've written two books. Pick one.⟧” I was furious for a week.
Q: What are you working on now?
A: Something short. I promised myself, “⟦d:n|Never again a saga,⟧” and I intend to keep that promise.

### 012
@b Imran Qadir | the 19-year-old
@c Harshvardhan Iyer | Falcons captain
@f - | Qadir's father
@w Dale Whitcombe | Mariners coach
Imran Qadir took five wickets on debut as the Deccan Falcons beat the Coastal Mariners by 34 runs in Visakhapuram on Sunday.
"⟦d:b|I couldn't sleep last night. I kept bowling the first ball in my head,⟧" said the 19-year-old, who only joined the squad a fortnight ago.
Falcons captain Harshvardhan Iyer said he had thrown the ball to Qadir on instinct. "⟦d:c|He has something you can't coach. He isn't scared of anyone,⟧" Iyer said.
Qadir's father, a bus conductor, watched from the stands. "⟦d:f|He told me to stay home because I would make him nervous,⟧" he said, laughing. "⟦d:f|I came anyway.⟧"
Mariners coach Dale Whitcombe was gracious. "⟦d:w|The kid bowled beautifully. We had no answers,⟧" he said.

### 013
@j Rosalind Ekwueme | U.S. District Judge
@a Samuel Kirsch | an attorney for the plaintiffs
@c Brightwater Pharmaceuticals | -
A federal judge in Ashford County on Monday allowed a class action against Brightwater Pharmaceuticals to proceed, rejecting the company's argument that the claims were filed too late.
In a 42-page ruling, U.S. District Judge Rosalind Ekwueme wrote that the plaintiffs “⟦p:j|could not reasonably have known⟧” of the alleged defect until 2021. “⟦d:j|To hold otherwise would reward concealment,⟧” she wrote.
Samuel Kirsch, an attorney for the plaintiffs, called the decision “⟦p:a|a major step toward accountability.⟧” “⟦d:a|We look forward to putting the evidence in front of a jury,⟧” Kirsch said in a statement.
Brightwater Pharmaceuticals said it disagreed with the ruling and was reviewing its options. “⟦d:c|We remain confident that the facts will show our product is safe and was properly labeled,⟧” the company said.

### 014
@h Priya Castellano | Home Secretary
@s Gareth Llewellyn | the shadow home secretary
@b - | One backbencher who asked not to be named
The Home Secretary has defended plans to give police new powers to close down disruptive protests, despite a growing rebellion on her own benches.
“⟦d:h|The right to protest is sacred,⟧” Home Secretary Priya Castellano told the Commons, “⟦d:h|but it is not a right to stop an ambulance reaching a hospital.⟧”
Gareth Llewellyn, the shadow home secretary, said the bill was “⟦p:s|vague to the point of being dangerous⟧”. “⟦d:s|Who decides what counts as serious disruption? A police inspector on a Saturday afternoon?⟧” he asked.
One backbencher who asked not to be named said as many as 30 government MPs could vote against. “⟦d:b|People are genuinely uneasy. This isn't the usual suspects,⟧” the MP said.
Ms Castellano said she was “⟦p:h|happy to listen⟧” to colleagues but would not drop the bill.

### 015
@k Hemi Tautahi | Kaumātua
@a Aroha Ngata-Reid | the programme's coordinator
@t Lily | -
On a cold Thursday morning in Ōruawai, a dozen teenagers are learning to build a waka from a single tōtara log.
“⟦d:k|The log teaches you patience before it teaches you anything else,⟧” says Kaumātua Hemi Tautahi, who has been carving for more than 50 years.
The programme, funded by the local iwi trust, takes students who have drifted away from school. Aroha Ngata-Reid, the programme's coordinator, says attendance among those enrolled has risen sharply. “⟦d:a|Some of these kids hadn't been to class for months. Now they're here at half past seven, before me,⟧” she says.
Lily, 15, is sanding the hull. She says she wants to be an engineer. “⟦d:t|I didn't know you could do maths with a chisel,⟧” she says. “⟦d:t|Matua Hemi says the numbers are in the wood.⟧”
Tautahi watches her work. “⟦d:k|She's got good hands,⟧” he says quietly. “⟦d:k|Don't tell her I said so.⟧”

### 016
@b - | people familiar with the talks
@c Farid Al-Sabbagh | chief executive of Gulfwing Airways
@g Gulfwing Airways | -
Gulfwing Airways is close to ordering up to 60 wide-body jets, according to people familiar with the talks, who said negotiations were "⟦p:b|at a very advanced stage⟧".
Farid Al-Sabbagh, chief executive of Gulfwing Airways, would not confirm the numbers. "⟦d:c|We are talking to both manufacturers, and we will choose the aircraft that makes sense for the next 25 years, not the next five,⟧" he told the Meridian Herald in an interview.
He said delivery delays were the industry's biggest headache. "⟦d:c|Every airline in the world is flying older planes than it wants to. We are no exception,⟧" Al-Sabbagh said.
Asked whether the airline would add routes to South America, he smiled. "⟦d:c|Ask me again in six months.⟧"
In a statement later on Tuesday, Gulfwing Airways said it "⟦p:g|does not comment on market speculation⟧".

### 017
@m Ingrid Solberg | the mission's principal investigator
@a Auroral Space Agency | -
@e Kwame Asante-Darko | a planetary scientist at the Institute for Deep Space Studies
The Tessera probe has returned the first close-up images of the ice moon Halcyon, revealing what scientists believe may be plumes of water vapour venting from cracks near its south pole.
“⟦d:m|When the first frame came down, the room went completely silent,⟧” said Dr Ingrid Solberg, the mission's principal investigator. “⟦d:m|Then somebody at the back just said, ‘Oh my God,’ and everyone started laughing.⟧”
The Auroral Space Agency said the images would be released to the public on Friday after calibration. “⟦d:a|The data are extraordinary, but we want to be careful,⟧” the agency said in a statement.
Kwame Asante-Darko, a planetary scientist at the Institute for Deep Space Studies, urged caution. “⟦d:e|Plumes would be a big deal, because they'd give us a way to sample the ocean without drilling,⟧” he said. “⟦d:e|But we've been fooled by instrument artefacts before.⟧”

### 018
@m Beatrix Oyelaran | The education minister
@h - | one head of year
@t Declan Foy | -
The education minister, Beatrix Oyelaran, told a conference last week that phones in classrooms were “⟦p:m|a solved problem⟧”. I'd invite her to spend a morning in almost any secondary school in the country.
The ban she introduced two years ago looks good on paper. Phones must be kept in lockers. But as one head of year put it to me, “⟦d:h|The lockers are full of decoy phones. The real ones are in their socks.⟧”
Declan Foy, who has taught in Ballyhenry for 22 years, is blunter. “⟦d:t|We spend the first ten minutes of every lesson policing devices. That's ten minutes nobody gets back,⟧” he told me.
Oyelaran insists the data show improvement. “⟦d:m|Detentions for phone use are down by a third,⟧” she said in her speech. Perhaps. Or perhaps teachers have simply stopped handing them out.
The minister is fond of saying that “⟦p:m|the evidence speaks for itself⟧”. It does. She just isn't listening to it.

### 019
@c Joseph Kamau-Otieno | the commission's chairman
@o Fatuma Wanjiru | the main opposition candidate
@n National Unity Party | -
@g Grace Achieng | a 67-year-old retired teacher
Voters in Marundi queued for hours in heavy rain on Saturday in a presidential election that observers expect to be the closest since independence.
"⟦d:c|Turnout has been very encouraging, especially among young people,⟧" Joseph Kamau-Otieno, the commission's chairman, told a news conference in the capital, Tembala. He said results would be announced within seven days.
Fatuma Wanjiru, the main opposition candidate, accused the governing party of busing voters into marginal districts. "⟦d:o|We have photographs, we have registration numbers, and we will take them to court if necessary,⟧" she said after casting her ballot.
The governing National Unity Party dismissed the claims as "⟦p:n|the usual excuses of a losing side⟧".
At a polling station in Kisuma, Grace Achieng, a 67-year-old retired teacher, said she had waited four hours. "⟦d:g|I have voted in every election since 1979. A little rain will not stop me,⟧" she said.

### 020
@c Devin Hartsell | Lumenforge chief executive
@s Maribel Quintanilla | the senator who chairs the subcommittee
The head of one of the country's fastest-growing artificial intelligence companies told lawmakers on Wednesday that he would welcome a federal licensing regime for the most powerful AI systems.
“⟦d:c|We are not asking you to get out of the way. We are asking you to draw the lines clearly,⟧” Lumenforge chief executive Devin Hartsell said in his opening statement.
Maribel Quintanilla, the senator who chairs the subcommittee, pressed him on whether his company had tested its latest model for election misinformation. “⟦d:s|Yes or no, Mr. Hartsell?⟧” she asked.
“⟦d:c|Yes,⟧” he replied. “⟦d:c|And we published the results.⟧”
“⟦d:s|Published them where? Because my staff couldn't find them,⟧” Quintanilla shot back.
Hartsell said the report was on the company's website and promised to send it to the committee.

### 021
@m Maureen Ashdown | -
@k Kieran Doyle | the council's cabinet member for communities
@c Hollinsworth Borough Council | -
Campaigners have handed in a petition with more than 6,000 signatures calling on Hollinsworth Borough Council to keep Elmfield library open.
Maureen Ashdown, 74, who started the petition, said the library was “⟦p:m|a lifeline⟧” for older residents.
“⟦d:m|For some people this is the only place they'll speak to another human being all week,⟧” she said. “⟦d:m|You can't put a price on that.⟧”
Kieran Doyle, the council's cabinet member for communities, said no final decision had been made. “⟦d:k|We hear the strength of feeling, and we will look at every option,⟧” he said.
In a statement, Hollinsworth Borough Council said it faced a £14 million funding gap and that “⟦p:c|difficult choices are unavoidable⟧”.

### 022
@p Valentina Roccaforte | the Italian
@o Mei-Ling Zhou | -
Valentina Roccaforte saved three match points before beating Mei-Ling Zhou 6-7, 7-6, 7-5 to reach the semi-finals of the Larchmont Open on Thursday.
“⟦d:p|Honestly, at 5-6 in the second set I was already thinking about my flight home,⟧” the Italian said. “⟦d:p|Then she double-faulted, and I thought, okay, maybe not.⟧”
Asked whether she had felt the crowd turn in her favour, Roccaforte laughed. “⟦d:p|They were cheering for whoever was losing. Which was mostly me.⟧”
Zhou, who had not dropped a set all week, was in tears afterwards. “⟦d:o|I had it in my hand,⟧” she said. “⟦d:o|That's the hardest part.⟧”
Roccaforte will play the top seed, Annika Brandt, on Saturday.

### 023
@d Áine Mulcahy | His daughter
@t Tadhg Mulcahy | -
@o Orla Fennelly | an emergency consultant at St Colmcille's Hospital
@h Health Services Authority | -
A record 812 patients were waiting on trolleys in emergency departments on Tuesday morning, according to figures from the National Nurses' Federation.
Tadhg Mulcahy, 81, spent 31 hours on a trolley in a corridor at St Colmcille's Hospital after a fall at home. His daughter, Áine Mulcahy, said staff had been “⟦p:d|run off their feet⟧”.
“⟦d:d|The nurses were angels. It's not their fault. But my father lay in a corridor with people walking past him all night,⟧” she said.
Mr Mulcahy himself was more philosophical. “⟦d:t|I've been in worse places. I was in the army,⟧” he said.
Dr Orla Fennelly, an emergency consultant at St Colmcille's Hospital, said the figures were “⟦p:o|not a winter spike but the new normal⟧”. “⟦d:o|We are treating people in spaces that were never designed for patients,⟧” she said.
The Health Services Authority said it was opening 120 additional beds before Christmas. “⟦d:h|Every available measure is being taken,⟧” the authority said.

### 024
@j - | The jury
@d Tanvir Chowdhury | -
@a Elodie Marchetti | Its star
“⟦s:-|Monsoon Ledger⟧”, Tanvir Chowdhury's debut feature about a bookkeeper who discovers his employer is laundering money, won the Golden Heron at the Vellmar Film Festival on Saturday night.
The jury praised the film for “⟦p:j|its patience, its anger and its astonishing final ten minutes⟧”.
Accepting the prize, Chowdhury thanked his mother, “⟦p:d|who lent me her savings and never once asked when she would get them back⟧”.
“⟦d:d|I made this film with friends, on weekends, with a camera we borrowed from a wedding photographer,⟧” he told reporters afterwards. “⟦d:d|If it can happen to us, it can happen to anyone.⟧”
Its star, Elodie Marchetti, who learned Bengali for the role, said the shoot had been “⟦p:a|chaotic and wonderful⟧”. “⟦d:a|Every day something went wrong, and every day Tanvir found a way to use it,⟧” she said.

### 025
@c Bryn Tregarthen | The lifeboat's coxswain
@s Jenna Rowe | Crew member
@f Alan Petrie | the skipper
The call came at 2.14am. A fishing boat, the Morwenna, had lost power four miles off Penhallow Point, and the wind was gusting to 50 knots.
The lifeboat's coxswain, Bryn Tregarthen, remembers the pager going off. "⟦d:c|I looked at the forecast and thought, this is going to be a long night,⟧" he says.
By the time they reached the Morwenna, she was drifting towards the rocks. Crew member Jenna Rowe, 26, was at the bow with the tow line. "⟦d:s|Bryn shouted, 'Now or never, Jen,' and I just threw it,⟧" she says. "⟦d:s|First time. I still don't know how.⟧"
On the fishing boat, the skipper, Alan Petrie, caught the line. "⟦d:f|I've never been so glad to see anyone in my life,⟧" he says. "⟦d:f|I told her afterwards I owed her a pint for every year I've got left.⟧"
"⟦d:s|He's paid up four so far,⟧" Rowe says.
Tregarthen shrugs off talk of heroics. "⟦d:c|We train for this every week. That's the job,⟧" he says.

### 026
@o Pham Van Duc | deputy head of the provincial disaster committee
@g Nguyen Thi Hoa | -
@r - | A spokeswoman for Blue Lotus Relief
A magnitude 6.4 earthquake struck the mountainous province of Lam Son before dawn on Wednesday, killing at least 23 people and cutting off several villages, officials said.
“⟦d:o|Many roads are blocked by landslides. We are sending soldiers on foot,⟧” Pham Van Duc, deputy head of the provincial disaster committee, told state television.
Nguyen Thi Hoa, 52, said through an interpreter that she had run out of her house carrying her grandson. “⟦d:g|The walls were moving like water. I did not even put on shoes,⟧” she said.
A spokeswoman for Blue Lotus Relief said the group had sent tents and water purification kits, adding that aftershocks were “⟦p:r|making every trip risky⟧”.
“⟦d:o|We expect the death toll to rise,⟧” Pham said.

### 027
@t Mark Tennant | -
@p Jonathan Ashby | -
@w Leanne Scholes | a neighbour
@j Harriet Coombe | The judge
A man accused of murdering his former partner told police he had “⟦p:t|never touched her⟧”, a jury at Castlebury Crown Court heard on Monday.
Mark Tennant, 41, denies murdering Keeley Morgan, 36, whose body was found at her flat in Saltley Road in March.
Opening the case, Jonathan Ashby KC, prosecuting, said the evidence against Tennant was “⟦p:p|overwhelming⟧”. “⟦d:p|He was seen arriving. He was seen leaving. And in between, Keeley Morgan died,⟧” he told the jury.
Leanne Scholes, a neighbour, said she had heard shouting through the wall. Asked by Mr Ashby what she heard, she replied: “⟦d:w|A man's voice saying, ‘You'll regret this.’ Then a bang. Then nothing.⟧”
In a police interview read to the jury, Tennant said: “⟦d:t|I never touched her. I loved her. Why would I hurt her?⟧”
The judge, Mrs Justice Harriet Coombe, told jurors to put out of their minds anything they had read about the case. “⟦d:j|You must decide it on the evidence you hear in this room and nothing else,⟧” she said.
The trial continues.

### 028
@u Shane Mitchell-Hayes | the union's state secretary
@c Coralport Ports | -
@w - | one crane driver
@k Annette Korhonen | Workplace Relations Minister
More than 1,200 dock workers at Coralport walked off the job on Monday in the first strike at the port in 17 years, as talks over pay and rosters broke down.
"⟦d:u|Our members have been working 12-hour shifts with two days' notice of their roster. Enough is enough,⟧" said Shane Mitchell-Hayes, the union's state secretary.
Coralport Ports said the union's demands would add 22 per cent to labour costs. "⟦d:c|We have made a fair offer and remain available to talk at any time,⟧" the company said in a statement.
Outside the main gate, where workers had lit a fire in a drum, one crane driver said he had missed his daughter's birthday three years running. "⟦d:w|My kid thinks I live at the port,⟧" he said.
Mitchell-Hayes said the strike would continue "⟦p:u|as long as it takes⟧".
Workplace Relations Minister Annette Korhonen urged both sides to return to the table. "⟦d:k|Nobody wins from a long dispute, least of all the farmers waiting to get their grain out,⟧" she said.

### 029
@c Rasa Žemaitytė | -
@o Oskar Bell | Her business partner
Rasa Žemaitytė arrives at her restaurant on Harrowgate Lane at 6am, three hours before anyone else. “⟦d:c|The bread doesn't care that I'm tired,⟧” she says, tying on an apron.
Seven years after opening Duona with borrowed money and second-hand ovens, she has just been named chef of the year by the Northern Food Guild. She calls the award “⟦p:c|lovely and slightly terrifying⟧”.
Her cooking is rooted in the food of her grandmother's kitchen: rye, sour cream, smoked fish, dill in almost everything. “⟦d:c|When I first opened, people asked for the menu in English and then asked what everything actually was,⟧” she says. “⟦d:c|Now they come in asking for šaltibarščiai by name. I nearly cried the first time.⟧”
Her business partner, Oskar Bell, who runs front of house, says she is the most stubborn person he has ever met. “⟦d:o|She once sent back an entire delivery of beetroot because they were the wrong shade of purple,⟧” he says. “⟦d:o|She was right, of course.⟧”
Žemaitytė doesn't deny it. “⟦d:c|Purple matters,⟧” she says.

### 030
@i Isabelle Duchêne-Morel | Sarrebourg's foreign minister
@k Andriy Kovalenko | Her Ostravian counterpart
The foreign ministers of Sarrebourg and Ostravia agreed on Thursday to reopen their shared border crossing at Veldt for the first time in three years, after talks in the lakeside town of Merlin-sur-Lac.
«⟦d:i|C'est un premier pas, mais c'est un vrai pas.⟧» Sarrebourg's foreign minister, Isabelle Duchêne-Morel, told reporters in French: “⟦d:i|It is a first step, but it is a real step.⟧”
Her Ostravian counterpart, Andriy Kovalenko, said the agreement would allow “⟦p:k|tens of thousands of families⟧” to visit relatives. “⟦d:k|People have waited long enough for politicians to stop arguing,⟧” he said.
Both ministers declined to say when talks on the disputed fishing zone would resume. “⟦d:i|Let us enjoy today,⟧” Duchêne-Morel said.

### 031
@c Raymond Ortiz-Bell | Police Chief
@v Tasha Greenlee | The victim's sister
@n - | A neighbor who asked not to be identified
Police in Millbrook Falls are searching for a driver who struck a 17-year-old cyclist on Route 9 late Friday and fled the scene.
"⟦d:c|Somebody knows who did this. Somebody has seen a car with damage to the front end,⟧" Police Chief Raymond Ortiz-Bell said at a news conference Saturday. "⟦d:c|I'm asking that person to do the right thing.⟧"
The cyclist, Jordan Greenlee, was in critical but stable condition at Mercy Valley Hospital, the chief said.
The victim's sister, Tasha Greenlee, said he had been riding home from his shift at a pizza restaurant. "⟦d:v|He always wears his helmet and his lights. Always,⟧" she said. "⟦d:v|He did everything right.⟧"
A neighbor who asked not to be identified said drivers routinely speed on that stretch. "⟦d:n|It's a racetrack after dark,⟧" she said.

### 032
@s Makerita Vaipulu | a marine biologist at the Tasman Ocean Institute who led the survey
@f Sione Latu | a fisherman from the village of Ha'atafu
Scientists surveying reefs around the islands of Vavalu say more than half of the coral they examined last month showed signs of bleaching, the worst event on record there.
“⟦d:s|I have dived these reefs for 20 years and I have never seen them this white,⟧” said Dr Makerita Vaipulu, a marine biologist at the Tasman Ocean Institute who led the survey.
She said water temperatures had stayed above the bleaching threshold for nine consecutive weeks. Some corals could recover if temperatures fall, she added, but “⟦p:s|the window is closing⟧”.
For Sione Latu, a fisherman from the village of Ha'atafu, the changes are already visible in his catch. “⟦d:f|The parrotfish are fewer. The octopus have moved deeper,⟧” he said. “⟦d:f|My father would not recognise this water.⟧”
Vaipulu said the findings would be presented at a regional meeting next month. “⟦d:s|We can document this, but we can't fix it from here. The fix is in the emissions of much bigger countries,⟧” she said.

### 033
@o Orrin Labs | -
@e Anders Lykke | Orrin's head of hardware
@r Felicity Nakagawa-Hart | a reviewer at Circuit Weekly
Orrin Labs unveiled its first folding laptop on Tuesday, a device it calls “⟦p:o|the last computer you'll need to carry⟧”.
The machine, which opens from the size of a paperback to a 17-inch screen, will cost $2,899 when it goes on sale in March.
“⟦d:e|We spent four years on the hinge alone,⟧” Orrin's head of hardware, Anders Lykke, said during the launch event in Larkspur.
In a blog post, Orrin Labs wrote that the laptop had been tested through “⟦p:o|more than 200,000 folds⟧”. Lykke said the company had considered a cheaper model. “⟦d:e|Not yet. First we want to get this one right,⟧” he said.
Early reactions were mixed. Felicity Nakagawa-Hart, a reviewer at Circuit Weekly, who tried the device for an hour, said the screen was “⟦p:r|genuinely stunning⟧” but the keyboard “⟦p:r|feels like typing on a biscuit tin⟧”. “⟦d:r|It's a brilliant prototype. Whether it's a good laptop is a different question,⟧” she said.

### 034
@a Abebe Tesfaye | the 31-year-old
@p Paula Hendry-Voss | Race director
@g Gemma Nuttall | -
Abebe Tesfaye broke the course record at the Stanmore Marathon on Sunday, finishing in 2:06:41 despite a headwind over the final five kilometres.
“⟦d:a|At 35 kilometres my legs said stop, but my head said the record is there,⟧” the 31-year-old said through a translator. “⟦d:a|So I listened to my head.⟧”
Race director Paula Hendry-Voss said a record 28,000 runners had finished. “⟦d:p|The atmosphere on Harbour Road was unbelievable. You could hear it from the finish,⟧” she said.
Among them was Gemma Nuttall, 44, who completed the race in a seven-foot inflatable dinosaur costume to raise money for a hospice that cared for her mother. “⟦d:g|The tail kept hitting people. I must have apologised 400 times,⟧” she said.
She finished in just under six hours. “⟦d:g|Next year,⟧” she added, “⟦d:g|I'm coming as something smaller.⟧”

### 035
@t Carlos Reyes-Mendoza | a father of two children at Juniper Hill Elementary
@s Nadia Brooks | Superintendent
@w - | one woman in the audience
@b Dolores Whitfield | Board president
The Cedar Hollow school board voted 4-3 early Wednesday to close Juniper Hill Elementary at the end of the school year, after a meeting that stretched past midnight.
More than 60 people signed up to speak. Carlos Reyes-Mendoza, a father of two children at Juniper Hill Elementary, told the board that closing the school would mean a 40-minute bus ride for his youngest. "⟦d:t|She's six. Six,⟧" he said. "⟦d:t|Would any of you put your six-year-old on a bus for 40 minutes each way?⟧"
Superintendent Nadia Brooks said enrollment at the school had fallen by almost half in a decade. "⟦d:s|We cannot keep running a building designed for 500 children with 260 in it,⟧" she said. "⟦d:s|That money comes out of every other classroom in this district.⟧"
When the vote was announced, one woman in the audience shouted, "⟦d:w|Shame on you!⟧" and several people walked out.
Board president Dolores Whitfield called for order. "⟦d:b|I know this is painful. It was painful for all of us,⟧" she said.

### 036
@g Rohan Wijesinghe | Governor
@b Reserve Bank of Taprovia | -
@e Shirin Farahani | chief economist at Beacon Capital
The Reserve Bank of Taprovia raised its benchmark interest rate by half a percentage point on Thursday, its third increase this year, as inflation hit 9.2 per cent.
``⟦d:g|Inflation is the cruellest tax, because it falls hardest on those who have the least,⟧'' Governor Rohan Wijesinghe told a news conference in Colvara. ``⟦d:g|We will do what is necessary to bring it down.⟧''
In its policy statement, the Reserve Bank of Taprovia said further increases ``⟦p:b|cannot be ruled out⟧''.
Shirin Farahani, chief economist at Beacon Capital, said the move was larger than markets had expected. ``⟦d:e|The bank is clearly worried about wages feeding into prices,⟧'' she said. ``⟦d:e|I think there's one more hike coming before the end of the year, and then a long pause.⟧''

### 037
@g Grey Static | -
@d Declan Moriarty | Frontman
@n Nora Quigley | Bassist
Twenty years after their acrimonious split, the Corkhaven indie band Grey Static have announced a reunion tour.
“⟦d:g|We were kids when we stopped. We're not kids now, and we've got unfinished business,⟧” Grey Static wrote in a post announcing 14 dates.
Frontman Declan Moriarty, known to fans as “⟦s:-|Dex⟧”, said in an interview with the Corkhaven Echo that the band had barely spoken for a decade. “⟦d:d|It was me who ended it, and it was me who had to pick up the phone,⟧” he said. “⟦d:d|That took me about nine years and one very long walk.⟧”
Bassist Nora Quigley said she had said no twice. “⟦d:n|The third time he asked, he apologised properly. That changed everything,⟧” she said.
Tickets go on sale on Friday.

### 038
@r Rosa Quispe Mamani | a community leader from the village of Tambocruz
@c Cordillera Mining Corp | -
@m Alejandro Cifuentes | Mines Minister
Indigenous communities in the highlands of Altamira province blocked the main road to the Pucará copper mine for a fifth day on Monday, demanding a share of royalties and guarantees over water use.
"⟦d:r|They take the copper, they take the water, and they leave us the dust,⟧" said Rosa Quispe Mamani, a community leader from the village of Tambocruz, speaking in Quechua through an interpreter.
Cordillera Mining Corp, which operates the mine, said production had been halted. "⟦d:c|We respect the right to protest, but blocking the road puts workers and residents at risk,⟧" the company said.
Mines Minister Alejandro Cifuentes said he would travel to the region on Wednesday. "⟦d:m|Dialogue is the only way out of this. Nobody gains from a closed mine,⟧" he told a radio station.
Quispe said the communities would lift the blockade only once an agreement was "⟦p:r|signed, not promised⟧".

### 039
@m Claire Donnelly | -
@e Ellie | Her daughter
@g Fatima Hussain | a GP in Ashworth
Claire Donnelly found the first vape in the washing machine. “⟦d:m|It was in the pocket of Ellie's school trousers. Bright pink, smelled like bubblegum,⟧” she says.
Her daughter Ellie, 16, says she started at 13. “⟦d:e|Everyone had one. It wasn't even a decision, really,⟧” she says. “⟦d:e|Now I get headaches if I don't have it by lunchtime.⟧”
Dr Fatima Hussain, a GP in Ashworth, says she is seeing more teenagers with nicotine dependence than at any point in her career. “⟦d:g|Parents are shocked when I tell them a single disposable can contain as much nicotine as 50 cigarettes,⟧” she says.
Donnelly has tried confiscating them. “⟦d:m|She just buys another one from a kid at the bus stop,⟧” she says. “⟦d:m|It's easier to get than a chocolate bar.⟧”
Ellie says she wants to stop. “⟦d:e|Maybe after exams,⟧” she says, then laughs. “⟦d:e|Everybody says that, don't they?⟧”

### 040
@c Ruan van der Merwe | Stormriders coach
@w Josaia Rokodrava | Fijian winger
@n Thabo Nkosi | captain
The Stormriders will be without captain Thabo Nkosi for the rest of the season after scans confirmed a ruptured Achilles tendon.
Stormriders coach Ruan van der Merwe said the news had hit the squad hard. “⟦d:c|Thabo is the heartbeat of this team. You don't replace a bloke like that, you just try to cover the gap,⟧” he said.
“⟦d:c|He was in the changing room this morning on crutches, giving the forwards a hard time about their lineout throwing. That tells you everything about him.⟧”
Fijian winger Josaia Rokodrava, who will take over the captaincy, said he had spoken to Nkosi on Sunday night. “⟦d:w|He told me, ‘It's your team now, bro. Don't mess it up.’⟧” Rokodrava said, grinning.
Nkosi posted a photo from his hospital bed on Monday. “⟦d:n|Minor setback for a major comeback,⟧” he wrote.

### 041
@h Hendrik Achterberg | -
@m Miriam Solís-Ferreira | a former doctoral student who now leads the lab he founded
@u University of Northmere | -
Hendrik Achterberg, the soil scientist whose work on fungal networks changed how foresters think about trees, has died at his home in Eldham. He was 88.
Achterberg spent four decades at the University of Northmere, where he famously described a forest as “⟦p:h|one organism with many trunks⟧”.
“⟦d:m|He could make a room full of first-year students fall in love with mud,⟧” said Miriam Solís-Ferreira, a former doctoral student who now leads the lab he founded. “⟦d:m|He used to say the most interesting things in the world are the ones you step on.⟧”
In a 2011 interview, Achterberg said he had been “⟦p:h|nearly laughed out of⟧” his first conference. “⟦d:h|They thought I was a mystic. I was just a man with a very good microscope,⟧” he said.
The University of Northmere said in a statement that it was “⟦p:u|deeply saddened⟧” and that his work would “⟦p:u|shape forestry for a century⟧”.
“⟦d:m|He answered every letter. Every single one, even from schoolchildren,⟧” Solís-Ferreira added.
He is survived by his wife, Greet, and two sons.

### 042
@u Trevor Ogunleye | general secretary of the Rail and Maritime Workers' Federation
@m Lucinda Marsh-Porter | Transport Secretary
@k Deepa Kulkarni | -
Rail services across much of the south were halted on Thursday as train drivers staged the first of three 24-hour strikes in a dispute over pay.
“⟦d:u|Our members have had a real-terms pay cut of 11 per cent since 2021. They are not greedy, they are fed up,⟧” Trevor Ogunleye, general secretary of the Rail and Maritime Workers' Federation, said on a picket line at Wexley station.
Transport Secretary Lucinda Marsh-Porter called the walkout “⟦p:m|completely unjustified⟧”. “⟦d:m|The offer on the table is fair and generous. The union should put it to its members,⟧” she said.
Deepa Kulkarni, who commutes from Wexley to the city, said she had spent £60 on a taxi to get to a hospital appointment. “⟦d:k|I support the drivers, I really do. But I can't keep paying for this,⟧” she said.

### 043
@b Amrita Bhandari | Justice
@t Michael Tsang | the family's lawyer
@a - | A spokesperson for the provincial attorney general
The Lakeshore Court of Appeal has ordered a new trial for a man convicted of arson in 2019, finding the trial judge gave the jury flawed instructions about circumstantial evidence.
Writing for a unanimous three-judge panel, Justice Amrita Bhandari said the instructions "⟦p:b|left the jury without a map⟧" for assessing the evidence. "⟦d:b|A conviction resting on an incomplete charge cannot stand, however strong the Crown's case may appear,⟧" she wrote.
Michael Tsang, the family's lawyer, said his client, Gerald Osei, had always maintained his innocence. "⟦d:t|Gerald has spent four years in prison for a fire he did not set. Today is the first good day he's had in a long time,⟧" Tsang said.
A spokesperson for the provincial attorney general said the ministry was reviewing the decision and would "⟦p:a|determine next steps in due course⟧".
"⟦d:t|We will be ready for the new trial,⟧" Tsang added.

### 044
@b National Weather Bureau | -
@h Laszlo Horvath | Fire Commissioner
@t Tamsin | Reader
@s - | A spokesman
09:12 The National Weather Bureau has upgraded its warning for the coast to red. “⟦d:b|Danger to life from flying debris and large waves. Stay away from the seafront,⟧” the bureau said in its latest update.
09:30 Fire Commissioner Laszlo Horvath says crews have responded to more than 300 calls since midnight, most for fallen trees. “⟦d:h|Please, do not drive unless you absolutely have to,⟧” he told Radio Eastshore.
09:41 Reader Tamsin in Ferrybridge has sent us this: “⟦d:t|Our trampoline is now in next door's garden. Next door's shed is in ours. Nobody hurt, so we're calling it a fair swap.⟧”
09:55 Power company Volthaven says about 90,000 customers are without electricity. A spokesman said repairs would begin “⟦p:s|as soon as it is safe for crews to climb⟧”.
10:07 Horvath again, at a briefing a few minutes ago: “⟦d:h|We have had one serious injury, a man hit by a falling branch in Kellsford. He is in hospital and he is stable.⟧”

### 045
@v Karin Velasquez | the court-appointed administrator
@f Ravi Menon-Clarke | The exchange's founder
@n - | a retired nurse who had put her savings into the exchange
Customers of the collapsed cryptocurrency exchange CoinHarbour may recover as little as 30 cents on the dollar, its administrator told a court in Port Sallow on Tuesday.
"⟦d:v|The records we inherited were, to put it charitably, incomplete,⟧" Karin Velasquez, the court-appointed administrator, told the hearing. "⟦d:v|In some cases we have found customer balances recorded on sticky notes.⟧"
The exchange's founder, Ravi Menon-Clarke, who has not been charged with any offence, said in a post on social media that he was "⟦p:f|devastated⟧" and was cooperating fully.
"⟦d:f|I built CoinHarbour to give people control of their money. I failed them, and I will spend the rest of my life trying to make it right,⟧" he wrote.
Outside court, a retired nurse who had put her savings into the exchange wept. "⟦d:n|He kept telling us it was safer than a bank,⟧" she said.

### 046
@d Nyokabi Kariuki | the 38-year-old
@e Esther Chebet | a nurse who has worked alongside her for six years
@p Samuel Lekishon | a herder
Dr Nyokabi Kariuki is the only doctor for roughly 80,000 people in the dry hills of Lomuru county. Her clinic has 14 beds, one ambulance and a generator that works most days.
“⟦d:d|You learn to be everything. Surgeon, dentist, psychiatrist, mechanic,⟧” she says, gesturing at the generator. “⟦d:d|Mostly mechanic.⟧”
Esther Chebet, a nurse who has worked alongside her for six years, says Kariuki has not taken a full week off since she arrived. “⟦d:e|I tell her she will break. She tells me, ‘Not today.’⟧” Chebet says.
On the morning we visit, Samuel Lekishon, a herder, has walked 20 kilometres with a gash in his leg from a fall. Speaking in Maa, he says he came because “⟦p:p|the doctor does not send people away⟧”.
Kariuki stitches the wound and sends him home with antibiotics. “⟦d:d|He'll be back in a week to show me it's healed,⟧” the 38-year-old says. “⟦d:d|They always come back to show me. That's my salary, really.⟧”

### 047
@a Skylark Regional | -
@p Marguerite Oduya | a passenger from Dunmere
@t Tobias Lindgren-Shaw | Another passenger
A Skylark Regional flight carrying 142 people made an emergency landing at Brennock Airport on Sunday after one of its engines failed shortly after take-off, the airline said.
“⟦d:a|The crew followed procedures and the aircraft landed safely. No one was injured,⟧” Skylark Regional said in a statement.
Marguerite Oduya, a passenger from Dunmere, said she heard a loud bang about five minutes into the flight. “⟦d:p|Then the whole plane shook and you could smell burning,⟧” she said. “⟦d:p|The man next to me started praying out loud. I joined in.⟧”
Another passenger, Tobias Lindgren-Shaw, posted a video of the landing on social media with the caption “⟦d:t|Never been so happy to see a runway.⟧”
The Civil Aviation Board said it had opened an investigation.

### 048
@c Meenakshi Rathore | Chief Minister
@o Vikram Solanki | Opposition leader
Tens of thousands of people packed a cricket ground in Devgarh on Sunday for the final rally of Chief Minister Meenakshi Rathore's re-election campaign.
“⟦d:c|Aapka vote, aapka bhavishya,⟧” Rathore told the crowd in Hindi — “⟦d:c|Your vote, your future⟧” — before listing the roads, hospitals and schools her government has built.
“⟦d:c|Five years ago, this district had one college. Today it has four,⟧” she said.
Opposition leader Vikram Solanki, campaigning in the neighbouring district of Sarangpur, accused her of “⟦p:o|inaugurating the same bridge three times⟧”.
“⟦d:o|Every time there is an election, she cuts another ribbon on it,⟧” he said to laughter from the crowd.
Supporters chanted “⟦s:-|Rathore zindabad⟧” as she left the stage.

### 049
@e Eleni Papadakis-Roussos | the archaeologist who directs the excavation
@s Stavros Kefalas | a retired schoolteacher who volunteers on the dig
Archaeologists on the island of Kalynos have uncovered a mosaic floor depicting a sea monster swallowing a ship, which they believe decorated a wealthy merchant's dining room in the second century AD.
``⟦d:e|When the brushes revealed the monster's eye, we all just stopped and stared,⟧'' said Eleni Papadakis-Roussos, the archaeologist who directs the excavation. ``⟦d:e|It is looking straight at you. It was meant to unsettle the guests, I think. A joke, maybe.⟧''
Stavros Kefalas, a retired schoolteacher who volunteers on the dig, was the first to see the tiles. ``⟦d:s|I thought it was a broken pot. Then I thought it was a very big broken pot,⟧'' he said.
Papadakis-Roussos said the team would cover the mosaic again for the winter to protect it. ``⟦d:e|It has survived 1,800 years underground. It can survive a few more months,⟧'' she said.

### 050
@g Gwenllian Pryce | owner of Pryce's Hardware
@i Ifan Morgan-Jones | chairman of the Llanferw Chamber of Trade
Shopkeepers in Llanferw say a new out-of-town retail park has cut footfall on the high street by as much as a third since it opened in the spring.
“⟦d:g|Saturdays used to be wall-to-wall. Now I can hear the clock ticking,⟧” said Gwenllian Pryce, owner of Pryce's Hardware, which her grandfather opened in 1952.
Ifan Morgan-Jones, chairman of the Llanferw Chamber of Trade, said three shops had closed since May. “⟦d:i|We're not against the retail park. We just want the council to give us a fair fight — free parking, cheaper rates, something,⟧” he said.
Pryce says she is not giving up. “⟦d:g|My grandfather survived a war and two recessions in this shop,⟧” she said. “⟦d:g|I'm not going to be the one who hands the keys back to the landlord because of a garden centre.⟧”

### 051
@r Mathilde Corbeau | the 27-year-old
@h Ruud Hazenberg | Sporting director
Mathilde Corbeau won the queen stage of the Tour of the Alpine Lakes on Wednesday with a solo attack on the final climb, taking the leader's jersey with three days to go.
"⟦d:r|I attacked with eight kilometres to go because I knew the others were suffering as much as me. Maybe more,⟧" the 27-year-old said at the finish.
"⟦d:r:m|The last two kilometres I didn't see anything. I just saw the road and the numbers on my computer. I was counting down the metres like a child counting down to Christmas.⟧
"⟦d:r|When I crossed the line I didn't even know I had won. The mechanic had to tell me.⟧"
Sporting director Ruud Hazenberg said the plan had been to attack earlier. "⟦d:h|She ignored the plan, which was the right decision,⟧" he said, laughing. "⟦d:h|We will pretend it was our idea.⟧"

### 052
@y Yusuf Haddad | a 45-year-old carpenter from the town of Qasr Nabil
@r Rana | His wife
@s - | A spokesperson for the International Relief Council
The camp at Dar al-Amal was built for 8,000 people. It now holds more than 20,000, and more arrive every week.
Yusuf Haddad, a 45-year-old carpenter from the town of Qasr Nabil, has lived here with his family for 14 months in a tent made from plastic sheeting and timber he salvaged. “⟦d:y|I built houses for other people for 25 years. Now I cannot build one for my children,⟧” he said through an interpreter.
His wife, Rana, said the hardest part was the waiting. “⟦d:r|Every morning we ask, is today the day we hear something? Every night the answer is no,⟧” she said.
A spokesperson for the International Relief Council said funding for the camp had fallen by 40 per cent this year. “⟦d:s|We are being forced to choose between food and medicine. No humanitarian organisation should have to make that choice,⟧” she said.
Haddad said he still kept the keys to his workshop. “⟦d:y|Maybe the building is gone. But I keep them,⟧” he said.

### 053
@f Lachlan Fraser | a property manager in Wattle Creek
@n Sophie Nguyen | a nurse who rents in Wattle Creek
@l Leila Haddadi | Tenants Union spokeswoman
There is a word that estate agents in Wattle Creek have started using for the queues outside open inspections: “⟦s:-|healthy⟧”. Forty people for a two-bedroom flat is, apparently, a healthy market.
“⟦d:f|It's simple supply and demand,⟧” Lachlan Fraser, a property manager in Wattle Creek, told me. “⟦d:f|There just aren't enough rentals. Landlords aren't the villains here.⟧”
Sophie Nguyen, a nurse who rents in Wattle Creek, has moved three times in four years, each time because her rent rose beyond reach. “⟦d:n|I work night shifts in the ICU. I'm not sure what else I'm supposed to do to be able to afford to live near the hospital,⟧” she said.
Tenants Union spokeswoman Leila Haddadi put it more bluntly. “⟦d:l|We have decided, as a society, that housing is an investment first and a home second,⟧” she said. “⟦d:l|Then we act surprised when people can't find homes.⟧”

### 054
@k Kelechi Obi-Nwosu | the Commonwealth 200 metres champion
@a Athletics Integrity Panel | -
@h Hugo Prentice | Her lawyer
Kelechi Obi-Nwosu, the Commonwealth 200 metres champion, has been banned for four years after testing positive for a prohibited steroid, the Athletics Integrity Panel said on Friday.
The panel said in its decision that the athlete had failed to show the substance entered her body "⟦p:a|without fault or negligence⟧".
Obi-Nwosu, 26, has always denied knowingly taking the drug. "⟦d:k|I have never cheated and I never will. I will fight this until my name is cleared,⟧" she said in a statement posted on social media.
Her lawyer, Hugo Prentice, said they would appeal to the International Sports Tribunal. "⟦d:h|The panel has ignored compelling evidence of contamination,⟧" he said.
"⟦d:h|This is a young woman whose career is being destroyed over a trace amount smaller than a grain of sand,⟧" Prentice added.

### 055
@d Dewi Kartika Sari | co-founder and chief executive of Panen Robotics
@b Budi Santoso | a rice farmer in the village of Sukamaju who has been testing one since March
@g Greta Holmqvist | a partner at Northlight Ventures
A start-up in Surapati that builds small, solar-powered robots to weed rice paddies has raised $18 million, in one of the largest agritech funding rounds in the region this year.
“⟦d:d|Farmers don't need a robot that costs more than their house. They need one that costs less than a motorbike,⟧” said Dewi Kartika Sari, co-founder and chief executive of Panen Robotics.
The company's robots, roughly the size of a suitcase, roll between rows of rice and pluck weeds with a small mechanical arm.
Budi Santoso, a rice farmer in the village of Sukamaju who has been testing one since March, said it had saved him about 15 days of labour per season. “⟦d:b|At first my neighbours laughed. Now they ask to borrow it,⟧” he said.
Greta Holmqvist, a partner at Northlight Ventures, which led the round, said the team had impressed investors with their time in the field. “⟦d:g|Dewi has spent more hours standing in paddies than in boardrooms. That shows in the product,⟧” she said.
Sari said the money would fund expansion into two neighbouring countries. “⟦d:d|We want a million robots in the fields by 2030. That's ambitious. Good,⟧” she said.

### 056
@v Vincenzo Albanese | -
@s Salvatore Albanese | -
For 61 years, two brothers have cut hair side by side in a narrow shop on Carlow Street. On Saturday, they will close the doors for the last time.
Vincenzo Albanese, 84, is the elder by three years and, he says, the better barber. “⟦d:v|I taught him everything. He learned about half,⟧” he says.
Salvatore Albanese, 81, rolls his eyes. “⟦d:s|He's been saying that since 1963. It wasn't funny then either,⟧” he says.
Asked why they are retiring now, Vincenzo points to his hands. “⟦d:v|They shake a little. With a razor, a little is too much,⟧” he says.
“⟦d:s|And I'm not staying here on my own,⟧” Salvatore adds. “⟦d:s|Who would I argue with?⟧”
Their last customer on Saturday will be Vincenzo's great-grandson, Luca, who is four. “⟦d:s|His first haircut,⟧” Salvatore says. “⟦d:s|And our last. That's a nice way to finish, no?⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh11.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh11",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
