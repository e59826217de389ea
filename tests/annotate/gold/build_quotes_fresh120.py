# ruff: noqa: E501
"""Build ``quotes_fresh120.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: question times and debates with interventions and heckles, select committee and
inquiry hearings, broadcast and radio interviews in which presenters press ministers,
the campaign trail, hustings and televised debates, lobby briefings by spokespeople,
council meetings, leadership contests, leaks and unnamed sources, summits and foreign
ministers' press conferences, written in the styles of wire, broadsheet, tabloid,
local-paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh120-NNN``.

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

* A political office standing before the name (``Prime Minister Marcus Delacroix``,
  ``Council leader Cllr Harriet Osei``, ``Governor Andrés Peralta``, ``State senator
  Ruth Okonedo``) is the description when there is no appositive; the courtesy title
  ``Cllr`` is dropped from the name as usual. ``The Speaker, Ruth Ellingham`` and
  ``the chief whip, Sophia Antonelli`` are read the same way (description ``the
  Speaker``, ``the chief whip``).
* A role title or relational phrase before the name combined with an appositive after
  it (``her husband, Ken Nakamura, a secondary school teacher``): the appositive is
  the description. A participial phrase (``promoted to chief secretary``) or a bare age
  (``Duncan Fairclough, 46``) is not a description.
* Heckles and interjections from a described but unnamed member (``an MP on the
  opposition benches shouted``, ``a voice from the opposition benches``) are ``direct``
  with a null speaker and that phrase as the description. An interjection in a run of
  exchanges with no cue belongs to whoever's turn the exchange makes it.
* Words relayed ``through a spokesman`` belong to the person the spokesman speaks for;
  a spokesperson who is the grammatical speaker (``A spokesperson for Mr Ashworth
  said``) is an unnamed speaker with that phrase as the description.
* Private remarks reported second-hand in quotation marks (``is said to have told the
  meeting: "…"``) are ``direct`` speech of the person said to have made them.
* Fragments quoted from an unattributed document (a leaked review, a committee's
  report) are ``partial`` with a null speaker and the document phrase as the
  description; a report by a named author is that author's speech.
* An unnamed source keeps the description of its first cue (``A senior government
  source``), not later back-references (``the source``).
* A presenter's or moderator's questions are that person's speech; a question shouted
  by an unnamed reporter is ``direct`` with that reporter's description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a description at a cue (``one former minister``, ``the presenter``), that
  description is taken.
* An organisation or office quoted in a statement is the speaker under the name used
  in the passage (``Commonwealth Party``, ``Department for Schools``, ``Drossia's
  foreign ministry``).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh120.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh120.jsonl")

PASSAGES = """
### 001
@a Alisha Okonjo-Reyes | Prime Minister
@b Tomas Brannigan | the leader of the opposition
@c Ruth Ellingham | the Speaker
@d - | an MP on the opposition benches
Prime Minister Alisha Okonjo-Reyes was forced onto the defensive at question time on Wednesday as opposition MPs seized on figures showing hospital waiting lists at a record high.
Tomas Brannigan, the leader of the opposition, opened by asking whether she could "⟦p:b|name a single target⟧" her government had met on health. "⟦d:b|One. Just one. The House will wait,⟧" he said, to jeers from the government benches.
"⟦d:a|The honourable gentleman likes to talk about waiting,⟧" Okonjo-Reyes replied. "⟦d:a|His party kept this country waiting fourteen years for a hospital building programme that never arrived.⟧"
As the noise rose, the Speaker, Ruth Ellingham, intervened. "⟦d:c|Order! Order! The Prime Minister will be heard, and so will the leader of the opposition, but not at the same time.⟧"
Brannigan returned to the attack, accusing the Prime Minister of "⟦p:b|hiding behind a spreadsheet⟧". "⟦d:b|Will she apologise to the 40,000 patients who have waited more than a year? Yes or no?⟧"
"⟦d:a|I will apologise to nobody for a plan that is working,⟧" she said, before an MP on the opposition benches shouted "⟦d:d|Resign!⟧" and was told by Ellingham to "⟦p:c|calm himself or leave⟧".

### 002
@a Nadia Farouk | Business Secretary
@b Gareth Pryce-Lewis | Presenter
Business Secretary Nadia Farouk refused five times to say whether the government would stick to its pledge not to raise fuel duty, in a combative interview on Radio Ardan's Morning Edition programme.
Presenter Gareth Pryce-Lewis put the question to her directly: "⟦d:b|Minister, will fuel duty go up in the autumn, yes or no?⟧"
"⟦d:a|I'm not going to write the Chancellor's budget for him on your programme, Gareth,⟧" Ms Farouk said.
"⟦d:b|You wrote it for him last month. You said, and I quote, 'there is no question of a rise'. Is that still true?⟧"
"⟦d:a|What I said then is what I say now: we will do what is right for families.⟧"
"⟦d:b|That isn't an answer.⟧"
"⟦d:a|It's the answer you're getting,⟧" she said, before adding that the government had "⟦p:a|frozen duty three years running⟧".
Later in the interview the minister conceded that the public finances were "⟦p:a|tighter than any of us would like⟧". Asked whether she would resign if duty rose, she laughed. "⟦d:a|I think you're getting a little ahead of yourself.⟧"

### 003
@a Imogen Castellanos | the committee's chair
@b Robert Achterberg | the permanent secretary
@c Deepa Menon | a Social Democrat member of the committee
The most senior civil servant at the Department for Infrastructure was accused of “⟦p:a|astonishing complacency⟧” on Tuesday after telling MPs he had not read a warning about cost overruns on the Eastlink rail project until it appeared in the press.
Sir Robert Achterberg, the permanent secretary, told the public accounts committee that the memo had been “⟦p:b|one of several hundred⟧” sent to his office that month.
“⟦d:b|I do not accept that it was ignored. It was routed, correctly, to the programme director,⟧” he said.
Imogen Castellanos, the committee's chair, was unimpressed. “⟦d:a|Sir Robert, the memo had the words ‘urgent’ and ‘£2 billion’ in the subject line. Who exactly decides what reaches your desk?⟧”
“⟦d:b|My private office, under guidance I set.⟧”
“⟦d:a|Then the guidance is wrong.⟧”
Deepa Menon, a Social Democrat member of the committee, asked whether ministers had been told. Achterberg paused before answering. “⟦d:b|Not at that stage, no.⟧”
“⟦d:c|So the taxpayer found out before the minister did,⟧” Menon said. “⟦d:c|That is an extraordinary thing to hear in this room.⟧”

### 004
@a - | the Prime Minister's official spokesman
@b - | One journalist
@c Martin Oyelaran | The Chancellor
The Prime Minister retains "⟦p:a|full confidence⟧" in her Chancellor, her official spokesman said on Monday, despite weekend reports that the two had clashed over spending plans.
At the morning lobby briefing, the Prime Minister's official spokesman said: "⟦d:a|The Prime Minister and the Chancellor work closely together every day. That relationship is strong.⟧"
Asked whether the pair had spoken since Saturday, he said: "⟦d:a|I'm not going to get into private conversations. They will see each other at Cabinet tomorrow.⟧"
One journalist asked: "⟦d:b|Will he still be Chancellor at Christmas?⟧"
"⟦d:a|I've answered that question,⟧" the spokesman replied. "⟦d:a|I'm not going to keep answering it in different ways.⟧"
The Chancellor, Martin Oyelaran, was pictured leaving his home on Monday morning but ignored shouted questions. In a brief statement posted online later, he said: "⟦d:c|The Prime Minister has my full support, as I have hers. Now back to work.⟧"

### 005
@a Bernadette Kowalczyk | Reform Union boss
@b - | one woman
@c Sunil Varma | Fruit seller
REFORM Union boss Bernadette Kowalczyk got a taste of the voters' mood yesterday when she was heckled by a shopper on a walkabout in Tamsworth market.
The 52-year-old had barely stepped off her battlebus when one woman shouted: “⟦d:b|Where were you when they shut the library?⟧”
Kowalczyk, flanked by minders, tried to laugh it off. “⟦d:a|I was in opposition, madam, trying to stop them!⟧” she called back.
But the woman was having none of it. “⟦d:b|You lot are all the same,⟧” she said, before storming off with her shopping trolley.
Fruit seller Sunil Varma, who has run a stall in the square for 30 years, was more charitable. “⟦d:c|At least she came. The others don't bother,⟧” he told the Courier. “⟦d:c|Will I vote for her? Ask me on the day.⟧”
Kowalczyk later insisted the visit had been “⟦p:a|brilliant⟧”. “⟦d:a|People are angry, and they've every right to be. I'd rather hear it to my face than read it in a focus group,⟧” she said.

### 006
@a Harriet Osei | Council leader
@b Dev Chaudhry | leader of the Independent group
@c - | a man in the public gallery
@d Peter Lindqvist | the mayor
@e Gwen Talbot | Cabinet member for environment
A plan to move bin collections to once every three weeks was approved by Brackwell Borough Council on Thursday night after a heated three-hour meeting that was twice halted by protesters in the public gallery.
Council leader Cllr Harriet Osei told the chamber the authority had "⟦p:a|no good options left⟧". "⟦d:a|We have lost forty per cent of our funding in a decade. Every pound we spend on bin lorries is a pound we can't spend on social care,⟧" she said.
Cllr Dev Chaudhry, leader of the Independent group, said residents had been "⟦p:b|treated with contempt⟧". "⟦d:b|You held one consultation, in August, online only, and then ignored what it said,⟧" he told her.
"⟦d:a|That's simply not true,⟧" Cllr Osei replied.
"⟦d:b|Seventy-one per cent said no. Is that not true either?⟧"
At that point a man in the public gallery shouted "⟦d:c|Shame on you!⟧" and the mayor, Cllr Peter Lindqvist, adjourned the meeting for ten minutes. "⟦d:d|I will clear the gallery if I have to,⟧" the mayor warned when the meeting resumed.
Cabinet member for environment Cllr Gwen Talbot said the change would be reviewed after a year. "⟦d:e|If it doesn't work, we will say so and we will change it. That is a promise,⟧" she said.
The vote was carried by 27 votes to 19.

### 007
@a Eleanor Ashdown-Price | the former foreign secretary
@b Yasmin Haddad | the health secretary
@c Kwame Mensah | the broadcaster
@d - | one party member
The two women vying to lead the Commonwealth Party traded blows over tax and immigration at a packed hustings in Dunmere on Friday, in the most bad-tempered exchange of the contest so far.
Eleanor Ashdown-Price, the former foreign secretary, accused her rival of “⟦p:a|economic fantasy⟧” over her promise of immediate income tax cuts. “⟦d:a|I would love to cut taxes tomorrow. So would everyone in this room. But I'm not going to promise members something I can't pay for,⟧” she said.
Yasmin Haddad, the health secretary, hit back. “⟦d:b|Eleanor has been in government for nine years. If she'd wanted to cut taxes, she's had plenty of time,⟧” she said, to loud applause.
The hustings, chaired by the broadcaster Kwame Mensah, briefly descended into cross-talk when Ashdown-Price tried to interrupt.
“⟦d:a|That's not what I —⟧”
“⟦d:b|Let me finish. You've had your turn.⟧”
“⟦d:c|Candidates, please. One at a time,⟧” Mensah said.
Later, one party member asked both women: “⟦d:d|Would you serve in her cabinet if you lost?⟧” Ashdown-Price smiled. “⟦d:a|Let's see who wins first.⟧” Haddad said: “⟦d:b|Of course. I'd want the best people around the table, and she is one of them.⟧”

### 008
@r - | a leaked internal review
@a - | A senior government source
@b - | one cabinet minister
@c - | A Home Affairs spokesperson
@d Lorcan Mac Giolla | the shadow home secretary
Ministers were warned six months ago that the new border computer system was "⟦p:r|not fit for purpose⟧", according to a leaked internal review seen by this newspaper.
The 40-page document, marked "⟦s:-|Official – Sensitive⟧", describes the £600 million programme as "⟦p:r|at serious risk of failure⟧" and says staff have been "⟦p:r|working around⟧" faults by keeping paper records.
A senior government source said the review had been "⟦p:a|shared with ministers in the normal way⟧" and insisted the problems had since been fixed. "⟦d:a|This is old news. The system is working, and the queues at the border prove it,⟧" the source said.
But one cabinet minister, speaking on condition of anonymity, told us: "⟦d:b|Everyone knew. It was discussed at least twice. The line was always that it would be sorted before the summer.⟧"
A Home Affairs spokesperson said: "⟦d:c|We do not comment on leaks. The border system processes more than 200,000 passengers a day safely and securely.⟧"
Lorcan Mac Giolla, the shadow home secretary, said: "⟦d:d|If ministers sat on this for six months, they have questions to answer. I'll be asking them on Monday, on the floor of the House.⟧"

### 009
@a Inès Marchetti | Valmorra's foreign minister
@b Aurelian Moraru | Her Kestovan counterpart
@c - | a reporter from Kestovan state television
The foreign ministers of Valmorra and Kestova pledged on Saturday to reopen talks on their disputed river border, at a joint press conference in the lakeside town of Orsenz that closed a two-day summit.
«⟦d:a|We have agreed on a process, not yet on a result,⟧» said Valmorra's foreign minister, Inès Marchetti. «⟦d:a|But a process is more than we had on Thursday.⟧»
Her Kestovan counterpart, Aurelian Moraru, speaking through an interpreter, was more guarded. «⟦d:b|There is goodwill on both sides. Goodwill is not a treaty,⟧» he said.
«⟦d:c|Will the troops on the river be withdrawn?⟧» asked a reporter from Kestovan state television.
«⟦d:b|Not today. Perhaps not this year,⟧» Moraru answered.
Marchetti leaned towards her microphone. «⟦d:a|But we will talk about it, and that is new.⟧»
Asked whether the two had discussed the fishermen detained in Kestova since March, Marchetti said simply: «⟦d:a|Yes.⟧» Moraru nodded, adding only that the men were «⟦p:b|in good health and well treated⟧».

### 010
@a Fionnuala Reddan | the MP for Carrickmore West
@b Ravi Subramaniam | a former palliative care doctor who sits on the government benches
@c Mariam Qureshi | the MP for Eastbridge
@d Ben Hallworth | Her colleague
MPs debated the Terminal Illness (Choice) Bill for more than five hours on Friday, in a free vote that cut across party lines.
Opening the debate, the bill's sponsor, Fionnuala Reddan, the MP for Carrickmore West, described watching her father die of motor neurone disease. "⟦d:a|He asked me, every day for the last month, whether there was anything I could do. There wasn't. This bill is my answer to him, six years too late,⟧" she said.
Ravi Subramaniam, a former palliative care doctor who sits on the government benches, rose to intervene. "⟦d:b|Will the honourable lady give way?⟧"
"⟦d:a|I will.⟧"
"⟦d:b|Does she accept that in every country where this has been introduced, the safeguards have been loosened within a decade?⟧"
"⟦d:a|I do not accept that, and I would gently say to him that the evidence he is relying on is disputed,⟧" Reddan replied.
Later, Mariam Qureshi, the MP for Eastbridge, told the House she had changed her mind twice. "⟦d:c|I came into this chamber intending to vote against. I am now not sure I can,⟧" she said.
Her colleague Ben Hallworth, sitting beside her, could be heard to say: "⟦d:d|That's the most honest thing said all day.⟧"

### 011
@a Tobias Lindgren | Housing minister
@b Henrietta Vance | the Prime Minister
@c - | A senior backbencher
Housing minister Tobias Lindgren has resigned from the government, saying he could no longer defend its decision to scrap targets for new homes.
In a letter published on social media on Sunday evening, Lindgren wrote: “⟦d:a|It has been the privilege of my life to serve. But I came into politics to get homes built, and I cannot in good conscience go on telling young people that they will own one when our own policy makes that less likely.⟧”
He added: “⟦d:a|I will continue to support the government from the back benches on every other matter.⟧”
In her reply, the Prime Minister, Henrietta Vance, thanked him for his “⟦p:b|energy and commitment⟧” but said she was “⟦p:b|disappointed⟧” by his decision. “⟦d:b|The targets were a blunt instrument that set councils against communities. Our new approach will build more homes, not fewer, and I am confident history will bear that out,⟧” she wrote.
A senior backbencher, who asked not to be named, called the resignation “⟦p:c|the first crack⟧”. “⟦d:c|There are at least four others who feel exactly as Tobias does. They're just not as brave,⟧” the MP said.

### 012
@l - | its leader
@a Sandra Kettering | Acting returning officer
@b Jamal Whitfield | a 38-year-old bus driver and former union rep
@c Oliver Trent | The defeated Commonwealth Party candidate
@d - | A Commonwealth Party official at the count
The Reform Union overturned a majority of more than 14,000 to win the Halsey Vale by-election in the early hours of Friday, in what its leader called "⟦p:l|a political earthquake⟧".
Acting returning officer Sandra Kettering declared the result at 3.12am at Halsey Leisure Centre. "⟦d:a|I hereby declare that Jamal Whitfield is duly elected as the Member of Parliament for Halsey Vale,⟧" she said, as Reform Union activists cheered and chanted "⟦s:-|Jamal! Jamal!⟧".
Whitfield, a 38-year-old bus driver and former union rep, thanked his family and "⟦p:b|every single person who took a chance on us⟧". "⟦d:b|They told us places like this don't change. Well, tonight Halsey Vale changed,⟧" he said.
The defeated Commonwealth Party candidate, Oliver Trent, was booed as he began his speech. "⟦d:c|I congratulate Mr Whitfield. Democracy has spoken, and I respect its verdict, even at ten past three in the morning,⟧" he said, drawing some laughter.
A Commonwealth Party official at the count was blunter. "⟦d:d|We've been hammered. There's no other word for it.⟧"

### 013
@a Camila Restrepo | the president's nominee for attorney general
@b Harlan Pruitt | the committee chairman
@c Denise Okafor | the ranking opposition member on the committee
Camila Restrepo, the president's nominee for attorney general, faced a grilling from senators on Tuesday over her past rulings on police powers, in a confirmation hearing that stretched late into the evening.
Harlan Pruitt, the committee chairman, opened by asking whether anyone in the administration had sought assurances about how she would handle investigations into its own officials.
“⟦d:a|No one has asked, and if they had, I would have told them the answer was none of their business,⟧” Restrepo said.
Denise Okafor, the ranking opposition member on the committee, pressed her on a 2019 ruling in which she had found for the police. “⟦d:c|Judge, you wrote that officers were entitled to ‘reasonable latitude’ in using force. How much latitude is reasonable when a man ends up paralysed?⟧”
“⟦d:a|Senator, I was applying the law as it stood, and as the appeals court had interpreted it. I did not write that law.⟧”
“⟦d:c|But you'll be enforcing it now.⟧”
“⟦d:a|I will be enforcing whatever this Senate and the House pass.⟧”
Minutes later, protesters in the room unfurled a banner reading “⟦s:-|Justice For Dylan⟧” and chanted “⟦s:-|No confirmation without accountability⟧”. “⟦d:b|The committee will come to order, or I will have the room cleared,⟧” Pruitt said, before calling a short recess.
When proceedings resumed, Restrepo said she understood “⟦p:a|the anger in this room⟧”. “⟦d:a|I have sat with families in my courtroom. I know what that grief looks like,⟧” she said.

### 014
@a Owain Madoc | The First Minister of Tyrnmoor
@b Aoife Lennon | leader of the opposition Unity Party
@c Elin Gwyther | the Presiding Officer
The First Minister of Tyrnmoor, Owain Madoc, was accused of "⟦p:b|running up the white flag⟧" on rail investment during a fractious session of First Minister's Questions in the Northern Assembly on Tuesday.
The charge came from Aoife Lennon, leader of the opposition Unity Party, who said the region had been "⟦p:b|left at the back of the queue again⟧" by central government. "⟦d:b|The First Minister promised us a fair share of the national rail budget. We got four per cent. Is he going to fight for Tyrnmoor, or is he going to keep writing polite letters?⟧" she asked.
"⟦d:a|I have done a great deal more than write letters,⟧" Madoc replied. "⟦d:a|I have met the transport secretary three times since June. I will meet her again next week.⟧"
"⟦d:b|Three meetings and four per cent,⟧" Ms Lennon said from a sedentary position, prompting a rebuke from the Presiding Officer, Elin Gwyther: "⟦d:c|Members will not heckle from their seats. The leader of the opposition knows that better than anyone.⟧"
Speaking to reporters outside the chamber afterwards, Madoc said he was "⟦p:a|not remotely⟧" embarrassed by the figure.

### 015
@a Rafael Quintero | the Progress Party leader
@b Maureen Ebbs | a retired teacher from Ormley
@c Harpreet Gill | the party's deputy leader
Rafael Quintero, the Progress Party leader, promised delegates in Saltmouth on Wednesday that his party would “⟦p:a|take back the centre ground⟧” as he closed its annual conference with a speech that was interrupted by protesters.
“⟦d:a|They say the centre is dead. I say the centre is where this country lives — where it works, where it pays its bills, where it worries about its kids,⟧” he told a packed hall.
Minutes into the speech, two activists in the balcony unfurled a banner reading “⟦s:-|Progress? For Whom?⟧” and began chanting “⟦s:-|Climate before profit⟧” before being led out by stewards.
Quintero paused, then quipped: “⟦d:a|I was wondering when the warm-up act would arrive.⟧”
Delegates waved placards reading “⟦s:-|Quintero for Prime Minister⟧” as he left the stage to a standing ovation lasting almost four minutes.
“⟦d:b|Best speech he's ever given. He finally sounded like he meant it,⟧” said Maureen Ebbs, a retired teacher from Ormley.
Harpreet Gill, the party's deputy leader, told reporters afterwards that the speech had been “⟦p:c|exactly what the country needed to hear⟧”. Asked about the protest, she said: “⟦d:c|People have the right to make their point. I'd just rather they bought a ticket like everybody else.⟧”

### 016
@a Tendai Moyo | the MP for Fairhaven North
@b Lucía Ferreira | an organiser with Teachers Together
@c - | One protester
@d Department for Schools | -
Several thousand teachers marched on the Assembly building in Cardow on Saturday, carrying placards reading "⟦s:-|Pay Us What We're Worth⟧" and "⟦s:-|No Teachers, No Future⟧" and chanting "⟦s:-|What do we want? Fair pay!⟧"
Tendai Moyo, the MP for Fairhaven North, addressed the crowd from the back of a flatbed lorry. "⟦d:a|I was a maths teacher for eleven years before I was elected. I know what you're going through, and I'm not going to stop making a nuisance of myself until you're paid properly,⟧" she said.
"⟦d:b|We've been patient for ten years. Patience hasn't paid the rent,⟧" said Lucía Ferreira, an organiser with Teachers Together, the union behind the march.
One protester, a toddler on her shoulders, said: "⟦d:c|I love my job. I just can't afford to do it any more.⟧"
The Department for Schools said in a statement: "⟦d:d|We value teachers enormously. This year's pay award of 4.5 per cent is the largest in a decade, and the door to talks remains open.⟧"

### 017
@a Gerald Okonkwo | the Civic Party candidate
@b Stuart McAllister | a former police superintendent standing as an independent
@c Bethan Rowlands | Presenter
The two men hoping to become the first elected mayor of Greyhaven clashed over crime and potholes on Thursday in a live debate on Greyhaven Sound.
Gerald Okonkwo, the Civic Party candidate, said his rival's plan to put more officers on the streets was ``⟦p:a|a slogan, not a strategy⟧''. ``⟦d:a|You can't arrest your way out of a problem that starts with youth clubs closing,⟧'' he said.
Stuart McAllister, a former police superintendent standing as an independent, shot back: ``⟦d:b|Tell that to the shopkeepers on Mill Street who've been robbed four times this year. They don't want a youth club. They want a copper.⟧''
Presenter Bethan Rowlands asked both men whether they would take the mayor's full salary of £78,000. ``⟦d:b|Every penny, and I'll earn it,⟧'' said McAllister. Okonkwo said he would give a fifth of it to local charities. ``⟦d:a|It's a gesture, but gestures matter,⟧'' he said.
``⟦d:b|That's a gesture you can afford to make, Gerald,⟧'' McAllister said, to which Okonkwo replied: ``⟦d:a|And you can't? On a police pension?⟧''
``⟦d:c|Gentlemen, we've got two minutes left and I would like to talk about potholes,⟧'' Rowlands said.

### 018
@a Niamh Fairweather | Arthur Kellaway's chief of staff for three years
@b Jonah Adeyemi | -
@c Lukas Brandt | -
@d Arthur Kellaway | the former prime minister
Niamh Fairweather, Arthur Kellaway's chief of staff for three years, has described the final weeks of his government as “⟦p:a|a bunker with biscuits⟧”.
Speaking on the Inside Track podcast, presented by Jonah Adeyemi and Lukas Brandt, she gave the most detailed account yet of how the former prime minister Arthur Kellaway was forced from office.
“⟦d:b|When did you know it was over?⟧” Adeyemi asked.
“⟦d:a:m|Honestly? The day the chief whip came in and didn't sit down. He always sat down. He'd put his feet on the coffee table, which I hated. That day he stood by the door with his coat on.⟧
“⟦d:a|Arthur looked at him and said, ‘How many?’ And he said, ‘Enough.’ That was it. That was the whole conversation.⟧”
Brandt asked whether Kellaway had considered calling an election rather than resigning. “⟦d:a|For about an hour. Then someone showed him the polling,⟧” Fairweather said.
“⟦d:c|And what did the polling say?⟧”
“⟦d:a|That we'd win about forty seats. He went quite pale.⟧”
Kellaway, approached for comment, said through a spokesman that he did not “⟦p:d|recognise this account⟧” and wished Fairweather “⟦p:d|every success with the book⟧”.

### 019
@a Duncan Fairclough | Health minister
@b Clare Ambrose | his special adviser
@c - | A source close to the minister
@d Rhiannon Adebayo | Opposition health spokeswoman
A HEALTH minister joked that patients on trolleys were "⟦p:a|good for the step count⟧" in a string of messages leaked to the Sentinel.
Health minister Duncan Fairclough, 46, made the remark in a WhatsApp group with aides in January, at the height of the winter crisis.
"⟦d:a|Corridors full again lol. Good for the step count,⟧" he wrote, alongside a laughing emoji.
A reply from his special adviser, Clare Ambrose, read: "⟦d:b|Press will go mad if they see the photos. Can we get the trust to stop people filming?⟧"
"⟦d:a|Absolutely. Sort it,⟧" Fairclough replied.
A source close to the minister insisted last night the messages had been "⟦p:c|taken wildly out of context⟧". "⟦d:c|It was gallows humour between exhausted people at 2am. Duncan has spent his whole career fighting for patients,⟧" the source said.
Opposition health spokeswoman Rhiannon Adebayo said: "⟦d:d|This is sick. Patients are dying in corridors and he's making jokes about it. He should go today.⟧"

### 020
@a - | people familiar with the talks
@b Katarina Novak | the Greens' chief negotiator
@c Hamish Drummond | the National Alliance leader
@d - | One Alliance MP
Coalition talks between the National Alliance and the Greens were on the brink of collapse on Sunday night after the two sides failed to agree on the future of the Westmark coal plant, with people familiar with the talks saying they had been “⟦p:a|going backwards since Friday⟧”.
Katarina Novak, the Greens' chief negotiator, emerged from the parliament building shortly before 11pm. “⟦d:b|We have been clear from day one. Westmark closes in this term of government, or there is no deal,⟧” she told waiting reporters. “⟦d:b|That hasn't changed and it won't change.⟧”
Hamish Drummond, the National Alliance leader, struck a softer tone. “⟦d:c|Katarina and I have known each other a long time. We'll find a way through. We always do,⟧” he said, though he declined to say whether his party would accept a fixed closure date.
One Alliance MP was less optimistic. “⟦d:d|If they want Westmark shut by 2027, they can find someone else to govern with,⟧” the MP said. “⟦d:d|There are 3,000 jobs in that valley.⟧”
Talks are due to resume at 9am on Monday.

### 021
@a Amara Nwosu | Chancellor
@b Piers Hathersage | the shadow chancellor
@c Iain Calloway | director of the Centre for Public Finance
Chancellor Amara Nwosu raised the income tax threshold for the lowest paid and froze fuel duty for a fourth year in a Budget she said was built for "⟦p:a|working people and people who want to work⟧".
"⟦d:a|This is a Budget for the people who get up early and go to work,⟧" Nwosu told MPs, "⟦d:a|and for the people who want to but can't, because there is no work where they live.⟧"
Announcing a £4 billion fund for towns outside the big cities, she said: "⟦d:a|We will not balance the books on the backs of the lowest paid. Not this year, not next year, not while I stand at this despatch box.⟧"
Piers Hathersage, the shadow chancellor, described the Budget as "⟦p:b|a con trick wrapped in a press release⟧". "⟦d:b|The Chancellor gives with one hand and takes with three others,⟧" he said. "⟦d:b|Look at the small print: stealth taxes on savers, on pensioners, on small businesses.⟧"
Iain Calloway, director of the Centre for Public Finance, said the numbers "⟦p:c|broadly add up⟧" but warned: "⟦d:c|There's a £9 billion hole in year three that nobody has explained. That will have to be filled by someone, and it won't be filled by magic.⟧"

### 022
@a Greta Holmqvist | the senior senator for Norland
@b Carol Dunne | a retired nurse from Pinewood
@c - | someone at the back
@d Marcus | a farmer
Greta Holmqvist, the senior senator for Norland, had barely finished her opening remarks on the farm bill at the Ferris Creek community centre on Monday night when the first question came, and it was not about farming.
“⟦d:b|My insulin went up forty dollars a month in January. What are you doing about that?⟧” asked Carol Dunne, a retired nurse from Pinewood.
“⟦d:a|I voted for the price cap twice. It failed twice. I'm going to vote for it a third time,⟧” Holmqvist said.
“⟦d:c|Answer the question!⟧” someone at the back shouted.
“⟦d:a|I just did, sir,⟧” the senator said, to a mix of applause and boos.
Later a farmer named Marcus, who declined to give his surname, asked about tariffs. “⟦d:d|I've sold soybeans to the same buyer for twenty years. This year he didn't call. Who's going to make that up to me?⟧”
Holmqvist said she had raised the issue with the agriculture secretary “⟦p:a|more times than he would like⟧”. “⟦d:a|I don't have a good answer for you tonight, Marcus. I'll have a better one by spring, or you can vote me out,⟧” she said.

### 023
@a Zara Mahmood | the youngest member of the new parliament
@b Farida Mahmood | Her mother
@c Tom Ellery | the longest-serving member of the chamber
At 23, Zara Mahmood, the youngest member of the new parliament, is already tired of being asked about it.
"⟦d:a|Every interview starts the same way,⟧" she says, stirring a coffee she will not drink in the members' tea room. "⟦d:a|How does it feel to be so young? I don't know. How does it feel to be 58? It's just my age.⟧"
She is more forthcoming about how she got here.
"⟦d:a:m|I grew up above a dry cleaner's on Southgate Road. My mum ran it, my dad did the deliveries. Politics was something that happened on the telly to other people.⟧
"⟦d:a|Then the council closed the library where I did my homework, and I went to the meeting, and I asked a question, and a councillor laughed at me. That's it. That's the origin story. A man laughed at a fourteen-year-old and she never forgot it.⟧"
Her mother, Farida Mahmood, still runs the dry cleaner's. "⟦d:b|She was always arguing. With teachers, with customers, with me,⟧" she says. "⟦d:b|I used to say, 'One day someone will pay you to argue.' I didn't think it would be the government.⟧"
Tom Ellery, the longest-serving member of the chamber, has taken her under his wing. "⟦d:c|She asks better questions than most ministers answer,⟧" he says. "⟦d:c|That's not flattery. That's a complaint about ministers.⟧"
Mahmood laughs when this is read to her. "⟦d:a|Tom is a terrible flatterer. Don't print that. Actually, print it.⟧"

### 024
@a Gideon Marsh | The MP for Holloway Fen
@b Commonwealth Party | -
@c Sophia Antonelli | the chief whip
The MP for Holloway Fen, Gideon Marsh, has had the Commonwealth Party whip suspended after voting against the government on the welfare bill for the third time in a month.
In a statement on Tuesday night, the Commonwealth Party said: “⟦d:b|Mr Marsh has repeatedly and deliberately voted against the government on a manifesto commitment. The whip has therefore been suspended pending a review.⟧”
Speaking to Channel 7 News, the chief whip, Sophia Antonelli, said: “⟦d:c|Nobody is bigger than the party. Gideon knows that, and he knew what would happen.⟧”
Marsh was unrepentant. “⟦d:a|I was elected to represent Holloway Fen, not to be lobby fodder for the whips' office,⟧” he said. “⟦d:a|If standing up for disabled constituents costs me the whip, so be it. I would do it again tomorrow.⟧”
He will now sit as an independent. Asked whether he would consider joining another party, he said only: “⟦d:a|Never say never.⟧”

### 025
@a Adaeze Okoro | Secretary-General
@b - | One correspondent
@c Ilkka Saarinen | The Council's special envoy
The head of the Council of Nations warned on Thursday that the humanitarian situation in the besieged city of Qasr al-Nur was ``⟦p:a|beyond catastrophic⟧'', as aid convoys remained stuck at the border for a ninth day.
``⟦d:a|We have food, we have medicine, we have trucks and drivers. What we do not have is permission,⟧'' Secretary-General Adaeze Okoro told reporters at the Council's headquarters in Lauterbrunn.
``⟦d:a|Every day of delay is measured in lives. I do not say that for effect.⟧''
One correspondent asked: ``⟦d:b|Madam Secretary-General, is it the government or the rebels who are blocking the convoys?⟧''
``⟦d:a|Both have given us reasons. Neither has given us access,⟧'' she replied. ``⟦d:a|I will not name anyone today. I am still hoping that tomorrow I will not have to.⟧''
The Council's special envoy, Ilkka Saarinen, said he would travel to the region on Saturday. ``⟦d:c|I am an optimist by profession,⟧'' he said. ``⟦d:c|By temperament, less so.⟧''

### 026
@a Anneliese Maddox | the programme's presenter
@b Kofi Asante | Civic Party chairman
@c Duncan McBride | a Reform Union frontbencher
@d Lyra Quennell | the channel's elections analyst
As the exit poll flashed up on screens at 10pm, projecting the Civic Party twelve seats short of a majority, the mood in the NorthStar News election studio changed in an instant.
"⟦d:a|Well, that's a hung parliament, if it's right,⟧" said the programme's presenter, Anneliese Maddox. "⟦d:a|Kofi, is it right?⟧"
"⟦d:b|Exit polls have been wrong before,⟧" said Civic Party chairman Kofi Asante, who had been smiling moments earlier. "⟦d:b|Let's wait for real votes in real boxes.⟧"
Duncan McBride, a Reform Union frontbencher sitting beside him, could not resist. "⟦d:c|He said that last time, too. Then they were wrong the other way.⟧"
"⟦d:b|Duncan, with respect, you're projected to win nine seats,⟧" Asante said.
"⟦d:c|Nine more than we had.⟧"
Lyra Quennell, the channel's elections analyst, cautioned that the margin of error was "⟦p:d|about fifteen seats either way⟧". "⟦d:d|I wouldn't be popping anything fizzy yet, on any side,⟧" she said.

### 027
@a Ruth Penhaligon | chairman of Trewithen Parish Council
@b Alan Sweet | a dairy farmer and parish councillor of 22 years
@c Jenna Carne | a mother of three who lives in the lane below the site
@d Westwind Renewables | the developer
Parish councillors in Trewithen voted 5-4 on Monday to object to plans for six wind turbines on farmland above the village, after a meeting that drew more than 120 people to the village hall.
Ruth Penhaligon, chairman of Trewithen Parish Council, appealed for calm at the start. “⟦d:a|Everyone will get a chance to speak, but please, let's remember we all have to live here afterwards,⟧” she said.
Alan Sweet, a dairy farmer and parish councillor of 22 years, spoke in favour. “⟦d:b|My family's farmed this land for four generations. These turbines will keep us farming it for a fifth. I'd rather look at a windmill than a housing estate,⟧” he said.
Jenna Carne, a mother of three who lives in the lane below the site, said the turbines would be “⟦p:c|a scar on the skyline⟧”. “⟦d:c|Nobody here is against green energy. We're against 150-metre towers a quarter of a mile from a primary school,⟧” she said, to applause.
Westwind Renewables, the developer, said in a statement that it was “⟦p:d|disappointed but not surprised⟧” and would “⟦p:d|continue to engage with the community⟧”.
The final decision rests with Kerrow County Council, which is expected to consider the application in the spring.

### 028
@a Marcus Delacroix | Prime Minister
@b Sheila Rourke | a 71-year-old widow whose bungalow was flooded to the windowsills
@c - | one man
@d Kieran Doyle | landlord of the Anchor
Prime Minister Marcus Delacroix was confronted by angry residents as he visited flood-hit Lowbridge on Tuesday, three days after the River Mell burst its banks.
Wearing wellington boots and a borrowed waterproof, he was shown along the high street by council officials. Sheila Rourke, a 71-year-old widow whose bungalow was flooded to the windowsills, told him: "⟦d:b|I've lost everything. Photographs of my husband, everything. Where were you on Saturday?⟧"
"⟦d:a|I'm so sorry,⟧" Delacroix said, taking her hand. "⟦d:a|I'm here now, and I'm going to make sure you get the help you need.⟧"
"⟦d:c|You said that last time!⟧" one man shouted from across the street.
Kieran Doyle, landlord of the Anchor, whose cellar was still under three feet of water, called the visit "⟦p:d|a photo opportunity, nothing more⟧". "⟦d:d|He stayed forty minutes. The water stayed four days,⟧" he said.
Delacroix later announced £50 million for flood recovery. "⟦d:a|This is a first instalment, not the last word,⟧" he told reporters.

### 029
@a Edmund Ashworth | The trade secretary
@b - | A spokesperson for Mr Ashworth
@c Lindiwe Khumalo | the opposition's trade spokeswoman
@d - | one guest
The trade secretary, Edmund Ashworth, was recorded telling a private dinner of donors that farmers would “⟦p:a|have to learn to live with⟧” cheaper imports under a new trade deal, according to a recording obtained by the Herald.
In the recording, made at a £1,000-a-head fundraiser in Kensal Vale last month, Ashworth can be heard saying: “⟦d:a|Look, some of them won't survive it. That's the honest truth. But we can't run trade policy for the benefit of four thousand sheep farmers.⟧”
Laughter can be heard before one guest asks: “⟦d:d|Will you say that in Alderholm?⟧”
“⟦d:a|Not in those words,⟧” Ashworth replies.
A spokesperson for Mr Ashworth said the remarks had been “⟦p:b|clipped and stripped of context⟧”. “⟦d:b|The secretary of state has always been clear that the deal includes strong protections for our farmers,⟧” the spokesperson said.
Lindiwe Khumalo, the opposition's trade spokeswoman, said: “⟦d:c|So now we know what he really thinks. Not in those words, he says. But those are his words.⟧”

### 030
@a Ngaire Tipene | the newly elected leader of the People's Alliance
@b - | a reporter
@c Samuel Adjei | a former trade union lawyer
Ngaire Tipene, the newly elected leader of the People's Alliance, promised on Saturday to "⟦p:a|rebuild trust one town at a time⟧" as she set out her priorities at her first news conference.
"⟦d:a|We lost because people stopped believing we were on their side. That's on us, not on them,⟧" Tipene, 44, said.
Asked by a reporter whether she would rule out a coalition with the Greens, she said: "⟦d:a|I'm not ruling anything in or out eighteen months before an election. Next question.⟧"
"⟦d:b|Is that a yes?⟧" the reporter pressed.
"⟦d:a|It's a next question,⟧" she said, to laughter.
Tipene named Samuel Adjei, a former trade union lawyer, as her deputy. "⟦d:a|Sam is the best-prepared person I know. He reads the footnotes,⟧" she said.
Adjei said he was "⟦p:c|humbled⟧" and added: "⟦d:c|My job is to make sure Ngaire never has to read them.⟧"

### 031
@a Margot Feldman | the committee's chair
@b Thibault Ferrand | vice-president for public policy at Chatterbox
@c Owen Pritchard | a Civic Party MP on the committee
A senior executive at the social media company Chatterbox repeatedly declined to tell MPs how many moderators the firm employs in the country, prompting the chair of the digital affairs committee to threaten to summon its chief executive.
Thibault Ferrand, vice-president for public policy at Chatterbox, told the committee: “⟦d:b|We have thousands of people working on safety globally. I don't have a country-level figure with me today.⟧”
“⟦d:a|You were told a month ago that we would ask that exact question,⟧” said Margot Feldman, the committee's chair.
“⟦d:b|I understand, and I apologise. I will write to the committee.⟧”
“⟦d:a|We've had letters. We've had a great many letters,⟧” Feldman said. “⟦d:a|If we don't have a number by Friday, we will be asking your chief executive to come and give it to us in person.⟧”
Owen Pritchard, a Civic Party MP on the committee, asked Ferrand whether he had seen the self-harm videos that had prompted the inquiry. “⟦d:c|Have you watched them? Yes or no?⟧”
After a long pause, Ferrand said: “⟦d:b|I have seen some of them.⟧”
“⟦d:c|Then you know why we're angry.⟧”

### 032
@a Valentina Cruz | Mayor
@b Bilal Haider | general secretary of the Transit Workers Union
@c Priya Nair | a 29-year-old nurse at St Agatha's Hospital
Mayor Valentina Cruz said on Wednesday she would not "⟦p:a|negotiate with a gun to the city's head⟧", as a 48-hour strike shut down every subway line in Port Alderney.
"⟦d:a|I have enormous respect for the men and women who run our trains. But they are asking for a 15 per cent raise the city doesn't have,⟧" Cruz told a news conference at City Hall. "⟦d:a|If I give it to them, I'm taking it from schools.⟧"
Bilal Haider, general secretary of the Transit Workers Union, called that "⟦p:b|nonsense⟧". "⟦d:b|She found $200 million for a stadium last spring. She can find it for the people who keep this city moving,⟧" he said outside the union's headquarters.
For commuters, the strike meant long walks and longer queues. "⟦d:c|I walked an hour and a half this morning. I support the drivers, I really do, but I've got patients,⟧" said Priya Nair, a 29-year-old nurse at St Agatha's Hospital.

### 033
@a Theo Mavridis | Deputy Prime Minister
@b Carys Llewellyn | the presenter
Deputy Prime Minister Theo Mavridis refused on Sunday to rule out a second referendum on regional devolution, telling viewers of The Sunday Agenda that “⟦p:a|nothing is off the table⟧”.
Carys Llewellyn pressed him repeatedly on whether the government would hold a vote before the next election.
“⟦d:b|Deputy Prime Minister, it's a simple question —⟧”
“⟦d:a|It's not a simple question, Carys, with respect, it's a —⟧”
“⟦d:b|— will there be a referendum, yes or no?⟧”
“⟦d:a|If you let me finish, I'll tell you. There will be a referendum when there is a settled will for one, and not before.⟧”
“⟦d:b|And who decides when there's a settled will?⟧” the presenter asked.
“⟦d:a|Parliament. The people. All of us,⟧” Mavridis said, before laughing. “⟦d:a|I know that's not the headline you wanted.⟧”

### 034
@e Sarvania's foreign ministry | -
@a Dilnoza Yusupova | foreign ministry spokeswoman
@b - | A reporter from a Drossian newspaper
@c - | A second reporter
@d Drossia's foreign ministry | -
Sarvania's foreign ministry on Tuesday dismissed as «⟦p:e|groundless⟧» a report that it had expelled two diplomats from neighbouring Drossia, while declining to say where the diplomats were.
«⟦d:a|Sarvania has not expelled anyone. Diplomats come and go. This is normal,⟧» foreign ministry spokeswoman Dilnoza Yusupova told her regular briefing.
A reporter from a Drossian newspaper asked: «⟦d:b|Then where are they?⟧»
«⟦d:a|You should ask the Drossian embassy. I am not their travel agent,⟧» Yusupova replied.
A second reporter, from a wire agency, asked: «⟦d:c|Do you expect retaliation?⟧»
«⟦d:a|We expect our neighbours to behave responsibly. We always expect that,⟧» she said. «⟦d:a|We are not always rewarded.⟧»
Drossia's foreign ministry said in a statement that the two men had been «⟦p:d|declared persona non grata without explanation⟧» and that it «⟦p:d|reserves the right to respond⟧».

### 035
@a Magnus Eriksen | the former defence minister
@b Priyanka Desai | the party's deputy leader
@c Farhan Siddiqui | Eriksen's campaign manager
Magnus Eriksen, the former defence minister, pulled out of the race to lead the National Alliance on Monday and threw his support behind Priyanka Desai, making her the overwhelming favourite.
"⟦d:a|I got into this race to win it. The numbers aren't there, and I'm a big enough boy to count,⟧" Eriksen said in a video posted on his campaign's social media accounts. "⟦d:a|Priyanka has the vision and the steel to lead this party back into government. She will have my full support, and my vote.⟧"
Desai, the party's deputy leader, said she was "⟦p:b|hugely grateful⟧". "⟦d:b|Magnus ran a campaign he can be proud of. I want him at the heart of my team,⟧" she said.
Eriksen's campaign manager, Farhan Siddiqui, told reporters the decision had been taken "⟦p:c|around the kitchen table⟧" on Sunday night. "⟦d:c|He didn't want to drag it out for the sake of it. That's Magnus,⟧" he said.

### 036
@a Morag Sinclair | chief executive of Ostrey Forward
@b Fiona Lachlan | director of Stay Together
@c Ewan Baird | The debate's moderator
Morag Sinclair, chief executive of Ostrey Forward, and Fiona Lachlan, director of Stay Together, met on Thursday night for the first televised debate of the island's independence referendum campaign.
“⟦d:a|For three hundred years, decisions about this island have been made by people who have never set foot on it,⟧” Sinclair said in her opening statement. “⟦d:a|This is our chance to change that, and we may not get another.⟧”
Lachlan countered that independence would mean “⟦p:b|a hard border on the ferry and a hole in the budget⟧”. “⟦d:b|Morag talks about three hundred years. I'm more worried about the next three,⟧” she said.
The exchange grew heated when Sinclair accused her opponent of “⟦p:a|scaremongering⟧” over pensions.
“⟦d:b|It's not scaremongering to ask who pays the pension,⟧” Lachlan said.
“⟦d:a|We do. We already do. That's the point.⟧”
The debate's moderator, Ewan Baird, twice had to ask the audience to stop applauding. “⟦d:c|Please, hold your applause, or we will be here until Saturday,⟧” he said.

### 037
@a Ayesha Chowdhury | housing minister from 2014 to 2017
@b Julian Faraday | Counsel to the inquiry
@c Malcolm Ord | The inquiry chair
A former housing minister told the Marlowe Tower inquiry on Wednesday that she had "⟦p:a|no recollection⟧" of being warned about flammable cladding, despite a briefing note bearing her initials.
Ayesha Chowdhury, housing minister from 2014 to 2017, was shown the document by counsel to the inquiry, Julian Faraday KC.
"⟦d:b|Your initials are in the top right-hand corner, Ms Chowdhury. Do you accept that you read it?⟧"
"⟦d:a|I accept that I initialled it,⟧" she said. "⟦d:a|I initialled several hundred documents a week. I cannot tell the inquiry that I read every word of every one.⟧"
"⟦d:b|Is that a 'no'?⟧"
"⟦d:a|It's an honest answer.⟧"
Faraday put it to her that the warning should have "⟦p:b|leapt off the page⟧" at any minister.
"⟦d:a|With hindsight, yes. Everything leaps off the page with hindsight,⟧" Chowdhury replied.
The inquiry chair, Sir Malcolm Ord, interjected: "⟦d:c|Ms Chowdhury, seventy-two people died. Hindsight is all they have left.⟧"

### 038
@a Priya Lal | the independent adviser on ministers' interests
@b Conrad Ashby | Environment Secretary
@c - | A government spokesperson
@d Grace Mwangi | the opposition's deputy leader
Environment Secretary Conrad Ashby breached the ministerial code by failing to declare his wife's shareholding in a water company, the government's ethics watchdog has found.
In a report published on Thursday, the independent adviser on ministers' interests, Priya Lal, called the failure “⟦p:a|a serious lapse of judgment⟧” though not a deliberate attempt to mislead.
“⟦d:a|The Secretary of State should have recognised that a holding of this size, in a company regulated by his own department, was plainly relevant,⟧” she wrote.
Ashby said in a statement that he accepted the findings “⟦p:b|in full⟧”. “⟦d:b|I made a mistake and I am sorry for it. I have taken steps to ensure that it cannot happen again,⟧” he said.
A government spokesperson said the Prime Minister considered the matter “⟦p:c|closed⟧”.
Grace Mwangi, the opposition's deputy leader, said: “⟦d:d|If this were a junior minister, he'd be gone by lunchtime. The rules apparently bend for the Prime Minister's friends.⟧”

### 039
@a Fergus Munro | the Civic Party leader
@b Tanya Odhiambo | one former minister
@c - | One MP
@d - | Another MP
@e - | A spokesman for Munro
Fergus Munro, the Civic Party leader, faced open revolt at a private meeting of his MPs on Monday evening, with one former minister telling him to his face that he should "⟦p:b|consider his position⟧", according to three MPs who were in the room.
Tanya Odhiambo, who was sacked as justice minister in the spring, is said to have told the meeting: "⟦d:b|You've lost the country, Fergus. I'm not sure you haven't lost this room.⟧"
Munro is said to have replied: "⟦d:a|I've heard you, Tanya. I've heard everyone. And I'm still here.⟧"
One MP said the atmosphere had been "⟦p:c|poisonous⟧". "⟦d:c|People were shouting. I've never seen anything like it in twenty years,⟧" the MP said.
Another MP said: "⟦d:d|It was uncomfortable, but it was honest. He took it on the chin.⟧"
A spokesman for Munro said: "⟦d:e|It was a frank and constructive discussion, as these meetings always are.⟧"

### 040
@a Angharad Vaughan | the MP for Afon Valley
@b Derek | a retired miner
@c Stacey Pugh | a single mother of two
Every second Saturday, in a back room of Pontcarreg library, Angharad Vaughan, the MP for Afon Valley, sits behind a trestle table and listens.
“⟦d:a|People think it's all speeches and debates. Most of the job is this,⟧” she says, gesturing at a pile of benefit forms. “⟦d:a|Fixing things that shouldn't have broken.⟧”
First in the queue this week is Derek, a retired miner, who has been waiting eleven weeks for a new hearing aid. “⟦d:b|I've written to the hospital three times. I thought, right, I'll go to the top,⟧” he says.
“⟦d:a|I'm not quite the top, Derek, but I'll see what I can do,⟧” Vaughan tells him, writing his details on a pad.
Stacey Pugh, a single mother of two, is next. Her housing benefit has been stopped by mistake. “⟦d:c|They said I'd had a pay rise. I haven't had a pay rise. I've had a cough,⟧” she says.
Vaughan laughs, then stops herself. “⟦d:a|Sorry. That's not funny. Leave it with me.⟧”
By 1pm she has seen fourteen people. Asked whether it is worth it, she shrugs. “⟦d:a|It's the only bit of the job where I know I've done some good before tea.⟧”

### 041
@c - | a senior diplomat from one of the alliance's eastern members
@a Henrik Albrektsen | NDC Secretary General
@b Sofía Marcano | Valmorra's defence minister
Defence ministers of the Northern Defence Compact agreed on Thursday to raise their spending target to 3 per cent of GDP by 2030, after two days of talks that a senior diplomat from one of the alliance's eastern members described as "⟦p:c|bruising⟧".
"⟦d:a:m|This is a historic day for our alliance. Three per cent is not a ceiling, it is a floor.⟧
"⟦d:a|Our adversaries watch what we spend, not what we say. Today they will have noticed,⟧" NDC Secretary General Henrik Albrektsen told reporters at the close of the meeting in Hallborg.
Asked whether all 24 members would hit the target, he said: "⟦d:a|I expect them to. I will remind them if they don't.⟧"
Valmorra's defence minister, Sofía Marcano, said her government would need "⟦p:b|time and flexibility⟧". "⟦d:b|We support the goal. But we will not cut pensions to buy tanks, and nobody at this table asked us to,⟧" she said.
The diplomat, speaking on condition of anonymity, said the wording had been softened "⟦p:c|at least four times⟧" overnight. "⟦d:c|Everyone signed. Not everyone will pay. That's the reality.⟧"

### 042
@c - | one reporter
@a Chidi Okeke | the new Home Secretary
@b Margaret Kinnear | the outgoing education secretary
@e - | One ally
@d Joseph Tembo | -
Chidi Okeke, the new Home Secretary, was all smiles as he left Ashcombe House shortly after 11am on the second day of the reshuffle.
“⟦d:c|How does it feel, Home Secretary?⟧” one reporter shouted.
“⟦d:a|Humbling. Very humbling. Lots of work to do,⟧” Okeke replied, before climbing into a waiting car.
Margaret Kinnear, the outgoing education secretary, left by a side door and did not stop. In a statement posted on her behalf an hour later, she said: “⟦d:b|It has been an honour to serve. I leave with my head held high, and I look forward to supporting the Prime Minister from the back benches.⟧”
One ally put it less diplomatically. “⟦d:e|She's been stitched up, and everybody in that building knows it.⟧”
Joseph Tembo, promoted to chief secretary to the Treasury, told reporters: “⟦d:d|I'm delighted. I'm also slightly terrified, which I think is the right way to feel.⟧”

### 043
@a Warrick Soames | The Civic Party MP for Harcourt Moor
@b Bernadette Kowalczyk | Reform Union leader
@c - | A Civic Party spokesperson
The Civic Party MP for Harcourt Moor, Warrick Soames, defected to the Reform Union on Friday, becoming the third MP to switch in a month.
Appearing alongside Reform Union leader Bernadette Kowalczyk at a hastily arranged press conference, Soames said the Civic Party had "⟦p:a|left me, not the other way round⟧". "⟦d:a|I joined a party that believed in low taxes, strong borders and common sense. I don't recognise it any more,⟧" he said.
"⟦d:b|Warrick is a man of principle, and he's very welcome,⟧" said Kowalczyk. "⟦d:b|He won't be the last.⟧"
A Civic Party spokesperson said: "⟦d:c|Warrick Soames was elected as a Civic Party MP on a Civic Party manifesto. If he had any integrity, he would resign and fight a by-election.⟧"
Asked whether he would do so, Soames said: "⟦d:a|No. Why would I? My constituents know who I am.⟧"

### 044
@a Josefina Alvarado | Westerholt's mayor
@b Kevin | The first caller
@c Margaret | -
@d Tom Farrant | the host
Westerholt's mayor, Josefina Alvarado, faced a barrage of complaints about the city's new low-traffic zones during a phone-in on Radio Westerholt on Tuesday morning.
The first caller, Kevin from Eastgate, said his journey to work had doubled. ``⟦d:b|It used to take me twelve minutes. Now it's twenty-five, because I have to go round three sides of a square,⟧'' he said.
``⟦d:a|I hear you, Kevin, and I'm sorry it's been frustrating,⟧'' Alvarado said. ``⟦d:a|But the air on Eastgate Road is the dirtiest in the city, and children walk to school along it.⟧''
Margaret, from Harlow Green, was more supportive. ``⟦d:c|I can hear the birds now. I couldn't hear the birds before,⟧'' she told the host, Tom Farrant.
Farrant put the question most listeners had texted in: ``⟦d:d|Mayor, will you scrap it if it doesn't work?⟧''
``⟦d:a|If it doesn't work, yes. But give it a year,⟧'' Alvarado said.

### 045
@a Helena Marchbanks | the Prime Minister
@b Idris Bello | the leader of the opposition
@c Elspeth Carmichael | a former defence secretary
Parliament was recalled from its summer recess on Monday to debate the government's decision to send 800 troops to help evacuate civilians from the port city of Tarsun.
Opening the debate, the Prime Minister, Helena Marchbanks, said the deployment was “⟦p:a|limited in scope and limited in time⟧”. “⟦d:a|This is not a combat mission. Our soldiers are there to bring people home, and they will come home themselves as soon as that job is done,⟧” she said.
Idris Bello, the leader of the opposition, said his party would support the deployment “⟦p:b|with our eyes open⟧”. “⟦d:b|We have heard the words ‘limited in time’ before, in this chamber, from that despatch box. I ask the Prime Minister: what is the exit plan, and when will this House see it?⟧”
Elspeth Carmichael, a former defence secretary, warned against “⟦p:c|mission creep dressed up as mercy⟧”.
“⟦d:c:m|I signed the orders for the last evacuation from Tarsun. It was meant to take a fortnight. It took nine months, and we lost eleven people.⟧
“⟦d:c|I do not say that to oppose this deployment. I say it so that nobody in this House can claim, a year from now, that they were not warned,⟧” she told MPs, in a speech heard in near silence.
Winding up, Marchbanks said she had “⟦p:a|listened carefully⟧” to Carmichael. “⟦d:a|She speaks with an authority no one else in this House can match. I give her this assurance: if the mission changes, I will come back here first.⟧”

### 046
@a Desmond Kirby | Justice Secretary
@b - | a reporter from the Evening Clarion
@c - | a TV reporter
@d Lorraine Kirby | His wife
Justice Secretary Desmond Kirby was doorstepped outside his home in Ashby Green yesterday morning as pressure grew over the early release of a violent prisoner.
"⟦d:b|Are you going to resign, Mr Kirby?⟧" asked a reporter from the Evening Clarion.
"⟦d:a|I'm going to work,⟧" he replied, as he walked to his car.
"⟦d:c|Do you have anything to say to the victim's family?⟧" a TV reporter shouted.
Kirby stopped. "⟦d:a|I have written to them personally. I won't be discussing that letter on my driveway.⟧"
His wife, Lorraine Kirby, appeared at the door moments later. "⟦d:d|Can you please leave? There are children in this house,⟧" she said.

### 047
@a Sunita Raghavan | head of political research at Pollwise
@b Callum Ferrier | a former Civic Party strategist who ran the target-seat operation
@c Leanne | a 40-year-old care worker
They call it the “⟦s:-|Brick Belt⟧”: forty-odd seats across the old mill towns of the north-west that switched to the Civic Party for the first time in living memory five years ago. If the polls are right, most of them are about to switch back.
“⟦d:a|The swing we're seeing in these seats is roughly double the national swing. That is not normal, and it is not random,⟧” says Sunita Raghavan, head of political research at Pollwise.
“⟦d:a:m|What happened last time was a protest vote that the Civic Party mistook for a conversion. These are voters who lent their support. They were quite explicit about it. We asked them.⟧
“⟦d:a|Now they want it back, and they want interest.⟧”
Callum Ferrier, a former Civic Party strategist who ran the target-seat operation, is blunter. “⟦d:b|We promised them the moon, and we delivered a pothole fund,⟧” he says. “⟦d:b|I'd be angry too.⟧”
At a focus group in Dunmore last month, the mood was summed up by Leanne, a 40-year-old care worker, who described the government as “⟦p:c|all mouth⟧”. “⟦d:c|I voted for them because they said they'd be different. They're not different. They're just new,⟧” she said.

### 048
@a Rohan Mehta | Trade minister
@b Mei Lin Tan | Ostrelia's trade minister
@c Enterprise Council | -
@d Declan Foyle | general secretary of the Manufacturing Workers' Union
The government has signed a free trade agreement with Ostrelia that it says will add £3 billion a year to the economy, though unions warned it could cost thousands of manufacturing jobs.
Trade minister Rohan Mehta, speaking at the signing ceremony in the Ostrelian capital, Port Meridian, called the deal "⟦p:a|a landmark moment⟧". "⟦d:a|Our exporters have been asking for this for twenty years. Today we deliver,⟧" he said.
Ostrelia's trade minister, Mei Lin Tan, said the agreement showed that "⟦p:b|two mid-sized economies can move faster than the big blocs⟧". "⟦d:b|We did in eighteen months what others take eight years to do,⟧" she said.
The Enterprise Council said it "⟦p:c|warmly welcomed⟧" the deal. But Declan Foyle, general secretary of the Manufacturing Workers' Union, was scathing.
"⟦d:d|Every trade deal comes with a press release about jobs created. None of them come with a list of jobs lost,⟧" he said. "⟦d:d|We'll be writing that list ourselves.⟧"

### 049
@a Callum Whitley | The MP for Marram Bay
@b - | The committee's report
@c - | a voice from the opposition benches
@d Nasreen Akhtar | Deputy Speaker
@e Joan Pellow | chair of the Marram Bay Civic Association
The MP for Marram Bay, Callum Whitley, apologised to the House on Tuesday after the standards committee found he had broken lobbying rules on behalf of a property developer.
Making a personal statement, Whitley said: "⟦d:a|I want to apologise unreservedly to this House, to my constituents and to my family. I fell short of the standards expected of a member. I accept the committee's findings in full, and the sanction it has recommended.⟧"
The committee's report, published last week, described his conduct as "⟦p:b|an egregious case of paid advocacy⟧" and recommended a 30-day suspension.
By convention, personal statements are heard without interruption. But as Whitley sat down, a voice from the opposition benches was heard to say "⟦d:c|Thirty days isn't enough⟧", prompting Deputy Speaker Nasreen Akhtar to rise. "⟦d:d|Order. The House knows that is not in order during a personal statement, and I will not tolerate it.⟧"
Joan Pellow, chair of the Marram Bay Civic Association, said: "⟦d:e|Callum has been a good MP who has made a bad mistake. The members will decide his future, not the newspapers.⟧"

### 050
@a Eilidh Morrison | The First Minister of Arrandale
@b Peter Whitcombe | Treasury chief secretary
@c - | A Treasury source
The First Minister of Arrandale, Eilidh Morrison, has written to the Treasury demanding an urgent meeting over what she called a «⟦p:a|shameful raid⟧» on the region's budget.
In the letter, seen by the Arrandale Herald, Morrison writes: «⟦d:a:m|The decision to claw back £140 million in unspent capital funds, without warning or consultation, is an insult to the people of Arrandale and to this government.⟧
«⟦d:a|I expect a meeting within seven days. Should that not be possible, I will raise the matter at the next council of nations and regions, in public.⟧»
Treasury chief secretary Peter Whitcombe said the money had been «⟦p:b|sitting idle for three years⟧». «⟦d:b|This is not a raid. It's a tidy-up. Money that isn't spent by one government gets spent by another,⟧» he told reporters.
A Treasury source was less diplomatic: «⟦d:c|If she wanted the money, she should have built something with it.⟧»
Morrison responded on social media within the hour: «⟦d:a|We were building. The Treasury didn't sign off the plans. You can't have it both ways.⟧»

### 051
@a Femi Adewale | Treasury minister
@b Kate Holloway | presenter
@c Ben Thornbury | her co-presenter
Treasury minister Femi Adewale faced a tough grilling on Good Morning Today when presenter Kate Holloway and her co-presenter Ben Thornbury read him messages from viewers struggling with energy bills.
"⟦d:b|Sandra in Felbridge says her bill has gone from £90 to £210 a month. What do you say to Sandra?⟧" Holloway asked.
"⟦d:a|I'd say to Sandra, first, that I understand. And second, that there is support available, the warm homes payment, which —⟧"
"⟦d:b|She's had it. She says it covers about three weeks,⟧" Holloway interrupted.
"⟦d:a|Well, it's not designed to cover the whole year.⟧"
Thornbury then asked him directly: "⟦d:c|Minister, what's your own energy bill?⟧"
"⟦d:a|I — I honestly don't know off the top of my head. My wife deals with it.⟧"
"⟦d:c|Your wife deals with it,⟧" Thornbury repeated, to audible groans from the studio crew.
Adewale later posted on social media: "⟦d:a|Clumsy answer this morning. The point I should have made is that this government has spent £40bn helping families with bills, and we'll keep doing so.⟧"

### 052
@b Jasper Quint | a 31-year-old barrister
@c Anil Kapoor | local councillor
@d - | one member
@a Maureen Fitzpatrick | chair of the Eastfield Civic Association
Jasper Quint, a 31-year-old barrister, has been chosen as the Civic Party's candidate for Eastfield at the next general election, beating local councillor Anil Kapoor by 112 votes to 97 at a meeting of members on Saturday.
“⟦d:b|I'm honoured and a little bit shocked,⟧” Quint said after the result was announced. “⟦d:b|Anil is a fantastic councillor and I'll need his help to win this seat.⟧”
Kapoor, who has represented Eastfield Central on the borough council since 2011, said he was “⟦p:c|obviously disappointed⟧” but would campaign for Quint. “⟦d:c|The members have spoken. I'll be knocking on doors with him next weekend,⟧” he said.
Some members were unhappy that Quint, who lives forty miles away, had been shortlisted at all. “⟦d:d|He couldn't find the leisure centre without his satnav,⟧” said one member, who did not want to be named.
Maureen Fitzpatrick, chair of the Eastfield Civic Association, said the process had been “⟦p:a|open, fair and properly run⟧”. “⟦d:a|Anybody who wants to complain can put it in writing to me, and I'll answer it,⟧” she said.

### 053
@a Amadou Diallo | the chief mediator
@b - | One Western diplomat following the talks
@c - | A member of the rebel delegation
@d Jean-Baptiste Ilunga | -
Peace talks between the government of Mabero and the Eastern Liberation Front will resume on Monday after a weekend pause, the chief mediator, Amadou Diallo, said on Saturday, insisting that "⟦p:a|progress is real even if it is slow⟧".
"⟦d:a|We have agreed on a ceasefire monitoring mechanism, in principle. The details are the difficult part. The details are always the difficult part,⟧" Diallo told journalists at the lakeside hotel in Sandhaven where the talks are being held.
One Western diplomat following the talks said the two sides were "⟦p:b|still miles apart⟧" on amnesty. "⟦d:b|The Front wants a blanket amnesty. The government wants names. Those two things don't meet in the middle,⟧" the diplomat said.
A member of the rebel delegation, speaking by telephone, accused the government of "⟦p:c|stalling⟧". "⟦d:c|Every week they delay, they recruit more soldiers. We are not fools.⟧"
Jean-Baptiste Ilunga, who heads the government delegation, rejected the charge. "⟦d:d|We are here. We have stayed here for six weeks. Is that the behaviour of people who are stalling?⟧" he said.

### 054
@b Andrés Peralta | Governor
@c Ruth Okonedo | State senator
@d Dale Whitcomb | a businessman running as an independent
@a Hannah Vogel | The moderator
The three candidates for governor of Lakeland sparred over taxes, schools and each other's records on Tuesday night in their only televised debate before the November election.
Governor Andrés Peralta, who is seeking a second term, leaned on the state's finances. “⟦d:b|Four years ago, this state had a deficit. Today it has a surplus. I'd say that's a record worth running on,⟧” he said in his opening statement.
State senator Ruth Okonedo said the surplus had come “⟦p:c|out of the pockets of teachers and nurses⟧”. “⟦d:c|You balanced the budget by freezing pay for the people who hold this state together, Governor,⟧” she said.
Dale Whitcomb, a businessman running as an independent, mocked them both. “⟦d:d|I've been listening to these two argue for twenty minutes and I still don't know what either of them would do about property taxes. I'll tell you what I'd do: cut them,⟧” he said.
“⟦d:c|And close how many schools, Dale?⟧” Okonedo shot back.
The moderator, Hannah Vogel, cut in. “⟦d:a|We'll get to property taxes, I promise. Governor, you have thirty seconds to respond.⟧”
“⟦d:b|I'll take ten. Senator Okonedo voted for that budget,⟧” Peralta said.

### 055
@a Octavio Lamas | presidential spokesman
@b Beatriz Solano | Opposition leader
@c - | A senior official in the presidency
The office of President Rodrigo Almeida on Monday rejected calls for his resignation, after a newspaper published bank records linking his brother to a state building contract. Presidential spokesman Octavio Lamas called the affair «⟦p:a|a political circus⟧».
«⟦d:a|The President has nothing to hide and nothing to fear. His brother is a private citizen and answers for his own business,⟧» Lamas told a news conference in the capital.
Opposition leader Beatriz Solano, speaking to supporters outside the National Assembly, said the explanation was «⟦p:b|an insult to the intelligence of every Valmorran⟧». «⟦d:b|If the President has nothing to hide, let him publish his own accounts. Today. Not next week, not after an inquiry. Today,⟧» she said, as the crowd chanted «⟦s:-|¡Fuera Almeida!⟧».
A senior official in the presidency, who asked not to be named, acknowledged that the revelations were «⟦p:c|uncomfortable⟧». «⟦d:c|Nobody here is sleeping very well,⟧» the official said.

### 056
@b Imran Qadir | Prime Minister
@a Ciaran Whelan | -
@c Ellen Galbraith | Her daughter
MPs from all parties paid tribute on Monday to Moira Galbraith, the long-serving member for Dunmarra, who died at the weekend aged 74.
Prime Minister Imran Qadir said she had been "⟦p:b|the conscience of this House⟧". "⟦d:b|Moira disagreed with me on almost everything, and she was right more often than I would like to admit. Never once, in twenty years, did she say anything behind my back that she wouldn't say to my face,⟧" he said.
Ciaran Whelan, who shared a corridor with her for three decades, drew laughter from both sides of the chamber. "⟦d:a|She told me once that my speeches were like motorway services: necessary, but nobody stays long,⟧" he said. "⟦d:a|I am going to miss being insulted by her more than I can say.⟧"
Her daughter, Ellen Galbraith, who watched from the gallery, said afterwards: "⟦d:c|Mum would have hated all this fuss. She'd also have been counting who turned up.⟧"

### 057
@b Mehmet Aydın | -
@a Lucinda Farrow | -
@c Geoffrey Amblecote | the Speaker
If Wednesday's session of Prime Minister's Questions had been a boxing match, the referee would have stopped it in the third round, and it is not at all clear whose corner would have thrown in the towel.
Mehmet Aydın, whom his own backbenchers have taken to calling “⟦s:-|the Accountant⟧”, arrived armed with a spreadsheet and a single question. “⟦d:b|Can the Prime Minister tell the House the price of an off-peak return from Oxley to the capital?⟧”
Lucinda Farrow, who has been called many things in her time but never “⟦s:-|numerate⟧”, did not know. “⟦d:a|I know that it is lower than it would be under his party,⟧” she said, which drew the loudest cheer of the afternoon from her own benches and the loudest laugh from his.
“⟦d:b|It's £84.60,⟧” Aydın said, consulting his notes. “⟦d:b|I'll send her the timetable.⟧”
By the fourth exchange the chamber had given up on trains altogether. “⟦d:c|This is not a quiz show,⟧” observed the Speaker, Geoffrey Amblecote, to nobody in particular, “⟦d:c|however much it may resemble one.⟧”
Government whips were later heard describing the session as a “⟦s:-|score draw⟧”. It was not.

### 058
@a Jurgita Vaitkutė | the president of the Union council
@b Kristóf Balla | Carpathia's prime minister
@c - | A diplomat from a northern member state
@d - | one reporter
Leaders of the Union reached a deal on a €90 billion recovery fund in the early hours of Friday, after a summit that ran almost twenty hours over schedule.
``⟦d:a|It was long, it was difficult, and at times it was not very pretty. But we have a deal,⟧'' the president of the Union council, Jurgita Vaitkutė, told reporters at 4.40am.
Carpathia's prime minister, Kristóf Balla, who had threatened to veto the fund over conditions linked to judicial independence, claimed victory. ``⟦d:b|We came here to defend our sovereignty, and we have defended it,⟧'' he said. ``⟦d:b|Nobody in this building will tell Carpathian judges how to judge.⟧''
A diplomat from a northern member state was scathing. ``⟦d:c|He has a paragraph of warm words and a review clause. If that is sovereignty, it is very cheap sovereignty,⟧'' the diplomat said.
``⟦d:d|Did Mr Balla win?⟧'' one reporter asked Vaitkutė. She smiled. ``⟦d:a|Everybody won. That is what a compromise is. Now I would like to go to bed.⟧''

### 059
@a Harriet Nakamura | Deputy mayor
@b Ken Nakamura | a secondary school teacher
@c Rosa Delgado | a retired bus driver
Deputy mayor Harriet Nakamura launched her campaign for the top job at Halbury City Hall on Sunday in front of several hundred supporters in a converted tram depot in the east end.
"⟦d:a|I've spent six years as deputy mayor. I know where the bodies are buried and, more importantly, I know where the potholes are,⟧" she said, to laughter.
Supporters waved placards reading "⟦s:-|Harriet for Halbury⟧" and chanted "⟦s:-|Har-ri-et! Har-ri-et!⟧" as she took the stage.
She was introduced by her husband, Ken Nakamura, a secondary school teacher, who described her as "⟦p:b|the most stubborn person I have ever met⟧". "⟦d:b|When she decides something's going to happen, it happens. I've learned not to stand in the way,⟧" he said.
Rosa Delgado, a retired bus driver, said she had come because Nakamura "⟦p:c|actually answers her emails⟧". "⟦d:c|I wrote to her about the number 14 bus being cut. She wrote back the same day. That's never happened to me before,⟧" she said.

### 060
@a Samira Benali | Culture secretary
@s - | My dad
@m Jonathan Merriweather | -
Culture secretary Samira Benali, 47, has been in the job for eleven months. She spoke to us in her office overlooking the river.
Q: You've been called “⟦s:-|the minister for cuts⟧”. Does that bother you?
A: It bothers my mother. I've been called worse. What bothers me is when people say the arts are a luxury. My dad used to say, “⟦d:s|A house with no books is a house with no windows.⟧” He was a bus mechanic. He wasn't being poetic, he meant it.
Q: The Arts Board has cut its grants by 12 per cent this year.
A: And Jonathan Merriweather, who chairs the Arts Board, told me to my face that it was “⟦p:m|survivable⟧”.
Q: Survivable isn't the same as thriving.
A: No. And I said so in cabinet. I said, “⟦d:a|If we lose the last theatre in a town, we don't get it back.⟧” I'll keep saying it.
Q: Will you still be in this job a year from now?
A: Ask the Prime Minister. Actually, don't. He's got a lot on.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh120.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh120",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
