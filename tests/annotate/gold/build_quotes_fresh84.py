# ruff: noqa: E501
"""Build ``quotes_fresh84.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with interruptions and heckles, select
committee and senate hearings, broadcast and radio interviews in which presenters
press ministers, campaign trails and hustings, lobby and press-room briefings by
spokespeople, council meetings, leadership contests, leaks and unnamed sources, and
summits and foreign ministers' press conferences, written in the styles of wire,
broadsheet, tabloid, local-paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh84-NNN``.

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
  it: the appositive is the description. A spelled-out office standing alone before
  the name (``Prime Minister Rafael Quintero``, ``Transport Secretary …``,
  ``Liberal Centre leader …``) is the description; abbreviated titles (Sen., Cllr,
  Rep., Gov., the Rev) are dropped from the name and are not descriptions.
* ``The Speaker, Desmond Fairlie`` and similar (an office, a comma, then the name) is
  an appositive construction: the office is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 29-year-old``, ``the minister``), that
  description is taken.
* Heckles and shouts in a chamber or hall are ``direct``. When the passage describes
  who shouted (``one Opposition MP``, ``a man in the public gallery``) that phrase is
  the description with a null speaker; when it does not (``came a shout``), both are
  null. A chant taken up by a crowd is ``scare``.
* A person identified in the passage only by office or as a source (``the Prime
  Minister's official spokesman``, ``a senior Treasury source``) has a null speaker
  and that phrase as the description, even when the person they speak for is named.
* Words quoted from a document whose author is not identified (a leaked memo, a
  committee report, a draft communiqué) are ``partial`` or ``direct`` with a null
  speaker and the document phrase as written at its introduction as the description;
  when the passage names a person or organisation as the one who wrote or said it,
  that author is the speaker.
* A reporter's question belongs to that reporter: a named reporter is the speaker;
  otherwise the speaker is null and the description is the phrase used (``one
  reporter``), or null when there is none.
* A presenter's or chair's questions and interjections are that person's speech, also
  when they are given without a cue in an exchange whose turns are clear.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh84.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh84.jsonl")

PASSAGES = """
### 001
@a Ruth Adebayo | the Prime Minister
@b Callum Strachan | the Leader of the Opposition
@c - | one Opposition MP
@d Desmond Fairlie | the Speaker
@e Agnieszka Wolska | the Liberal Union MP for Harrowfield East
Ruth Adebayo, the Prime Minister, was accused of “⟦p:b|hiding behind a spreadsheet⟧” over hospital waiting lists on Wednesday as Prime Minister’s Questions descended into some of the rowdiest exchanges of the parliamentary year.
Callum Strachan, the Leader of the Opposition, opened by reading from a letter sent to him by a retired welder in Dunmore who has waited 19 months for a hip operation.
“⟦d:b|He writes: ‘I have paid in all my life and now I am told to wait my turn behind a computer model.’ What does the Prime Minister say to him?⟧” Mr Strachan asked.
Ms Adebayo replied that waiting lists had fallen for five consecutive months. “⟦d:a|I say to him what I say to every patient: we are getting the lists down, and we will not be lectured by a party that left them at a record high,⟧” she said, to cheers from the government benches.
“⟦d:c|Rubbish!⟧” shouted one Opposition MP.
The Speaker, Desmond Fairlie, rose to his feet. “⟦d:d|Order! The honourable gentleman will have his turn. I want to hear the Prime Minister, and so, I suspect, do the people watching at home.⟧”
Mr Strachan returned to the attack. “⟦d:b|The Prime Minister talks about five months. My constituent has been waiting nineteen. Is she,⟧” he said, pausing as the noise rose, “⟦d:b|is she even listening?⟧”
“⟦d:a|I am listening, and I am acting,⟧” Ms Adebayo shot back. “⟦d:a|Which is more than can be said for the gentleman opposite, who has had six policies on the health service in six months.⟧”
Later, Agnieszka Wolska, the Liberal Union MP for Harrowfield East, raised the case of three families in her constituency whose children had been moved to hospitals more than 80 miles away. “⟦d:e|Will the Prime Minister meet them? Yes or no?⟧” she asked.
The Prime Minister said she would “⟦p:a|happily⟧” meet the families “⟦p:a|before the summer recess⟧”.

### 002
@a Tobias Renwick | the committee's chair
@b Leonie Castellanos | the department's permanent secretary
@c Fionnuala Breathnach | a Reform Party member of the committee
The most senior civil servant at the Department for Skills and Welfare was told by the chair of the Public Accounts Committee on Tuesday that she had "⟦p:a|lost control⟧" of a £740m computer programme, as MPs questioned her for almost three hours.
Dr Leonie Castellanos, the department's permanent secretary, acknowledged that the new payments system was two years late and 60 per cent over budget.
Tobias Renwick, the committee's chair, asked who had decided to press on with the project after a critical review in 2022. "⟦d:a|Who signed that off? Was it you?⟧"
"⟦d:b|It was a collective decision of the investment board, which I chair, so ultimately, yes, it was mine,⟧" Dr Castellanos replied.
"⟦d:a|So you accept responsibility?⟧"
"⟦d:b|I accept accountability. I think responsibility is shared with the suppliers, and we are pursuing that with them.⟧"
Fionnuala Breathnach, a Reform Party member of the committee, cut in. "⟦d:c|With respect, that is a distinction without a difference. The people waiting for their payments do not care whether you call it accountability or responsibility.⟧"
Dr Castellanos said the department had "⟦p:b|learned some very hard lessons⟧" and that a new senior responsible owner had been appointed in March.
Ms Breathnach asked how many claimants had been paid late the previous winter. "⟦d:b|I don't have that figure in front of me. I will write to the committee,⟧" the permanent secretary said.
"⟦d:c|You don't have it?⟧" Ms Breathnach said. "⟦d:c|It is the only figure that matters.⟧"
Closing the session, Mr Renwick said: "⟦d:a|We will publish our report before the summer. I would not expect it to make comfortable reading.⟧"

### 003
@a Daniel Haverford | The housing minister
@b Martha Okoye | the presenter
@c Imogen Tully | The shadow housing secretary
@d Department for Housing and Communities | -
The housing minister, Daniel Haverford, struggled to say how many homes the government had built last year during a combative interview on Radio Westmark’s “⟦s:-|Morning Report⟧” programme.
Pressed repeatedly by the presenter, Martha Okoye, Mr Haverford said the figure was “⟦p:a|in the region of⟧” 180,000, before conceding he did not have the precise number.
“⟦d:b|Minister, you promised 250,000 a year. You’re the housing minister. Surely you know how many houses were built?⟧” Okoye asked.
“⟦d:a|What I know is that we have the most ambitious programme in a generation, and that—⟧”
“⟦d:b|That’s not what I asked.⟧”
“⟦d:a|If you let me finish, Martha, I’ll tell you. We have unblocked planning on more than 400 sites—⟧”
“⟦d:b|But how many were built?⟧”
After a long pause, Mr Haverford said: “⟦d:a|I don’t have the exact figure in front of me, and I’m not going to give you a number that turns out to be wrong.⟧”
The shadow housing secretary, Imogen Tully, said the exchange had been “⟦p:c|painful to listen to⟧”.
“⟦d:c|If the minister doesn’t know the number, how on earth is anyone supposed to believe the target?⟧” she said.
The Department for Housing and Communities said later: “⟦d:d|Housing completions for the last financial year will be published in the usual way next month.⟧”

### 004
@a - | the Prime Minister's official spokesman
@b - | one reporter
@c - | A second journalist
@d - | A senior Treasury source
Tessa Holloway retains "⟦p:a|full confidence⟧" in her chancellor, the Prime Minister's official spokesman said on Monday, after a weekend of reports that the pair had clashed over plans to freeze fuel duty.
"⟦d:a|The Prime Minister and the Chancellor work closely together every day. That is not going to change,⟧" he told reporters at the regular lobby briefing.
"⟦d:b|Does she still have confidence in him, yes or no?⟧" one reporter asked.
"⟦d:a|Yes,⟧" the spokesman said. "⟦d:a|I've just said so.⟧"
A second journalist asked whether the Chancellor had threatened to resign if the freeze went ahead. "⟦d:c|Has he put his job on the line?⟧"
"⟦d:a|I'm not going to get into commenting on anonymous briefings,⟧" the spokesman replied. "⟦d:a|What I would say is that the Chancellor is getting on with the job, as is the Prime Minister.⟧"
The spokesman also declined to say whether a decision on fuel duty had been made, calling it "⟦p:a|a matter for the Budget⟧".
A senior Treasury source said later that relations between the two were "⟦p:d|perfectly fine, if occasionally noisy⟧". "⟦d:d|They disagree about things. That's what a Prime Minister and a Chancellor are for,⟧" the source said.

### 005
@a Bernadette Kilbride | leader of Ashcombe District Council
@b Yusuf Demir | the Independent councillor for Millbrook ward
@c - | a man in the public gallery
@d Pauline Greaves | The civic mayor
@e Glenys Harcourt | -
Plans to sell the Station Road car park for housing were approved by Ashcombe District Council on Thursday night after a stormy meeting in which the public gallery was twice warned that it would be cleared.
Protesters gathered outside the council offices beforehand, holding placards reading “⟦s:-|Park the Plan⟧” and “⟦s:-|Our Town, Our Say⟧”.
Cllr Bernadette Kilbride, leader of Ashcombe District Council, told members the sale would raise £3.2m and provide 46 affordable homes.
“⟦d:a|Nobody enjoys selling a car park, least of all me – I use it every Saturday,⟧” she said. “⟦d:a|But we have 1,100 families on the housing register and I am not prepared to look them in the eye and tell them we chose parking spaces over them.⟧”
Cllr Yusuf Demir, the Independent councillor for Millbrook ward, said traders had not been properly consulted. “⟦d:b|Forty businesses signed that petition. Forty. And not one of them was invited to a meeting,⟧” he said.
At that point a man in the public gallery shouted “⟦d:c|Shame on you!⟧” and several others began to clap.
The civic mayor, Cllr Pauline Greaves, who was chairing the meeting, said: “⟦d:d|I will not have shouting from the gallery. If it happens again I will adjourn and ask for the room to be cleared.⟧”
Cllr Demir later said he would ask for the decision to be “⟦p:b|called in⟧” for scrutiny.
The motion was passed by 24 votes to 17. Glenys Harcourt, who has run a florist’s on Station Road for 30 years, said: “⟦d:e|They’ve killed the high street tonight. They just don’t know it yet.⟧”
Speaking afterwards, Cllr Kilbride said: “⟦d:a|I understand people are angry. I’d be angry too. But it is the right decision for Ashcombe.⟧”

### 006
@a Priyanka Sethi | the former home secretary
@b Catriona MacAulay | the health secretary
@c - | One party member
@d Rhodri Bevan | the chair
The two women vying to lead the National Democratic Party clashed over tax and immigration at a hustings in Carlow Bridge on Saturday, in the sharpest exchanges of the contest so far.
Priyanka Sethi, the former home secretary, accused her rival of "⟦p:a|tinkering while the house burns⟧". "⟦d:a|Members didn't join this party to manage decline. They joined it to change the country,⟧" she told about 600 members.
Catriona MacAulay, the health secretary, said Ms Sethi's tax plans were "⟦p:b|unfunded and, frankly, unserious⟧".
"⟦d:b|I've run a department with a £90bn budget. I know what a spending promise costs, because I've had to keep them,⟧" she said.
One party member asked both candidates whether they would serve in the other's cabinet. "⟦d:c|Would you? Honestly?⟧"
"⟦d:b|Yes. Of course,⟧" said Ms MacAulay.
Ms Sethi paused before answering. "⟦d:a|I would serve the party in whatever way I'm asked,⟧" she said, to some laughter.
"⟦d:d|That's not a yes,⟧" observed the chair, Rhodri Bevan.
"⟦d:a|It's not a no, either,⟧" Ms Sethi replied.
In her closing remarks, Ms MacAulay said: "⟦d:b:m|I'm not the flashiest candidate in this race. I know that. I've never been much good at slogans.⟧
"⟦d:b|But when the phone goes at three in the morning and there's a crisis, I'm the one you want picking it up.⟧"
Ballots close on 14 August.

### 007
@a - | a leaked memo
@b - | One senior government source
@c - | A cabinet minister
@d - | A former adviser to the Prime Minister
@e Ministry of Defence | -
@f Gareth Loughlin | the shadow defence secretary
Ministers are at war over plans to scrap the Ridgeback armoured vehicle after a leaked memo warned the cut would leave the army with “⟦p:a|a capability gap of at least four years⟧”.
The memo, drawn up by officials last month and seen by the Sunday Courier, says the savings of £1.4bn would be “⟦p:a|substantially offset⟧” by the cost of keeping older vehicles in service.
One senior government source claimed the document had been leaked “⟦p:b|to bounce the Treasury⟧”.
“⟦d:b|Everyone knows where this came from. It’s a land grab by the generals dressed up as a warning,⟧” the source said.
A cabinet minister, speaking on condition of anonymity, took the opposite view. “⟦d:c|The Treasury wants the savings and the headlines and none of the risk. Somebody had to say it.⟧”
A former adviser to the Prime Minister said: “⟦d:d|This is what happens when you run a spending review by spreadsheet. The fights go public.⟧”
The Ministry of Defence said in a statement: “⟦d:e|We do not comment on leaks. No decisions on the future of the Ridgeback programme have been taken.⟧”
Gareth Loughlin, the shadow defence secretary, called the memo “⟦p:f|damning⟧”.
“⟦d:f|The government’s own officials are telling it that this cut puts soldiers at risk,⟧” he said. “⟦d:f|Ministers should publish the memo in full and stop briefing against each other.⟧”

### 008
@a Mathilde Versoix | the Aurelian foreign minister
@b Ayaz Karimov | the foreign minister of Kestria
@c - | a journalist from Radio Meridian
@d Northern Forum | -
VELLMONT, March 4 (Continental Press Agency) – Foreign ministers from Aurelia and Kestria failed to agree the terms of a border ceasefire on Tuesday after nine hours of talks, but both said they would return to the table next week.
«⟦d:a|We have made progress, but not enough,⟧» said Mathilde Versoix, the Aurelian foreign minister, at a joint news conference. «⟦d:a|There are still two points on which we are far apart: the withdrawal lines and the question of monitors.⟧»
Asked about the Kestrian demand that monitors come only from neutral states, she switched to French. «⟦d:a|Nous ne céderons pas sur ce point,⟧» she said – «⟦d:a|We will not give way on this point.⟧»
Ayaz Karimov, the foreign minister of Kestria, speaking through an interpreter, said his government had shown «⟦p:b|maximum flexibility⟧». «⟦d:b|Kestria came here with open hands. We are not the ones who walked away from the 2019 agreement,⟧» he said.
«⟦d:c|Is the ceasefire dead?⟧» a journalist from Radio Meridian asked.
«⟦d:b|No,⟧» Mr Karimov said. «⟦d:b|A ceasefire is dead when people stop talking. We have not stopped talking.⟧»
Ms Versoix, standing beside him, nodded. «⟦d:a|On that,⟧» she said, «⟦d:a|we agree.⟧»
The Northern Forum, which hosted the talks, said in a statement that it was «⟦p:d|encouraged by the constructive tone⟧» and would propose new dates within days.

### 009
@a - | The woman at No 14 Larch Close
@b Sunita Varghese | the Progressive candidate in the Brackley West by-election
@c Dave Pocock | a lorry driver
@d - | his wife
@e - | one pensioner
@f Tom Whitcombe | the National candidate
"⟦d:a|You again!⟧" The woman at No 14 Larch Close is laughing, but only just. It is Sunita Varghese's third visit to the street in a fortnight.
Ms Varghese, the Progressive candidate in the Brackley West by-election, takes it in good part. "⟦d:b|Third time lucky,⟧" she says, handing over a leaflet. "⟦d:b|I just want to know what's worrying you.⟧"
What is worrying most people on Larch Close, it turns out, is bins.
"⟦d:c|Fortnightly collections, and the foxes have the rest,⟧" says Dave Pocock, 58, a lorry driver, who has voted for three different parties at the last three elections. "⟦d:c|I'll vote for whoever sorts the bins out. I'm not joking.⟧"
"⟦d:d|He's not,⟧" his wife calls from the hallway.
Further down the road, one pensioner is less forgiving. "⟦d:e|You lot only come round when you want something,⟧" he tells her, before closing the door.
Ms Varghese shrugs. "⟦d:b|He's got a point, to be fair. That's politics,⟧" she says. "⟦d:b|You take the doors you get.⟧"
Her main rival, Tom Whitcombe, the National candidate, has built his campaign around the long-promised bypass. "⟦d:f|This is a two-horse race and the people of Brackley know it,⟧" he told a rally on Friday. "⟦d:f|A vote for anyone else is a vote for five more years of lorries on the high street.⟧"

### 010
@a Sander Hoekstra | Liberal Centre leader
@b Femke Jansma | Green Left co-leader
@c Christian Union | -
@d Wim Brouwer | the mediator appointed by parliament
@e Anouk Verbeek | Political scientist
RIJNSTAD, Oct 12 (Continental Press Agency) – Coalition talks between the Liberal Centre party and Green Left broke down on Thursday over climate spending, raising the prospect of a minority government or fresh elections early next year.
"⟦d:a|We were close. We were really close,⟧" Liberal Centre leader Sander Hoekstra told reporters outside parliament. "⟦d:a|But I cannot ask my voters to accept a tax on farmers that we campaigned against.⟧"
Green Left co-leader Femke Jansma said the Liberal Centre had "⟦p:b|moved the goalposts⟧" in the final hours. "⟦d:b|On Tuesday we had an agreement on the carbon levy,⟧" she said. "⟦d:b|On Wednesday night it had disappeared from the text. I would like to know who took it out.⟧"
Asked about her remarks, Hoekstra said: "⟦d:a|Nobody took anything out. There was never an agreement. There was a draft.⟧"
The Christian Union, which had been expected to join a three-party deal, said it "⟦p:c|deeply regretted⟧" the collapse. "⟦d:c|The country needs a stable government, not another campaign,⟧" the party said in a statement.
Wim Brouwer, the mediator appointed by parliament, said he would report to the chamber on Monday. "⟦d:d|I am not giving up yet. Parties say many things on the day talks fail,⟧" he said.
Political scientist Anouk Verbeek of Rijnstad University said a minority government was "⟦p:e|the most likely outcome, but the least stable one⟧".
### 011
@a Clive Ashdown | Transport Secretary
@b Lorraine Mbeki | chair of the Southern Rail Users' Group
@c - | a source close to the minister
@d - | One National backbencher
RED-FACED Transport Secretary Clive Ashdown was last night forced to say sorry after being caught on a live microphone branding rail commuters “⟦p:a|moaning minnies⟧”.
The gaffe came moments after a TV interview at Kingsmere station, when Mr Ashdown turned to an aide and said: “⟦d:a|Honestly, they’d complain if the trains ran on time. Moaning minnies, the lot of them.⟧”
The clip was viewed more than two million times within hours, with the row quickly dubbed “⟦s:-|Minniegate⟧” online.
Lorraine Mbeki, chair of the Southern Rail Users' Group, fumed: “⟦d:b|Our members stand on freezing platforms every morning because of cancellations this man is responsible for. The only one moaning here is him.⟧”
In a post on social media last night, Mr Ashdown wrote: “⟦d:a|I made a flippant remark which I regret. Passengers have every right to be frustrated and I apologise.⟧”
But a source close to the minister insisted he had been “⟦p:c|stitched up⟧” by the broadcaster, which had left the microphone running. “⟦d:c|It was a private comment. He’s mortified, but it was never meant to go out,⟧” the source said.
One National backbencher was less charitable. “⟦d:d|It’s the sort of thing you think, not the sort of thing you say. He’ll be lucky to survive the reshuffle,⟧” the MP told the Clarion.

### 012
@a - | one rival
@b Ingrid Solheim-Mensah | leader of the Coastal Party
@c Alan Pettigrew | The Deputy Prime Minister
@d - | My grandmother
Ingrid Solheim-Mensah, 39, leader of the Coastal Party, has been called "⟦p:a|the most dangerous woman in Westmark⟧" by one rival. She has four MPs, a campaign bus that runs on chip fat and, if the polls are right, the balance of power after the next election. "⟦d:b|I'm not dangerous,⟧" she says when we meet in her constituency office in Kelby. "⟦d:b|I'm just early.⟧"
Q: You've said your party will never join a coalition. Never?
A: Never is a big word. What I said was that we wouldn't prop up a government that keeps drilling. That hasn't changed.
Q: Your critics call you a single-issue party.
A: They do. I'd say the issue is whether there's a coast left for our grandchildren. It's quite a big single issue.
Q: The Deputy Prime Minister, Alan Pettigrew, said last week that your policies would "⟦p:c|close every harbour from here to Fallowby⟧".
A: Alan says a lot of things. He also said the bypass would be finished by 2020. I grew up in a harbour town. My grandmother used to say, "⟦d:d|You don't own the sea, you only borrow it.⟧" I don't think anyone in my party wants to close a harbour.
Q: What would it take for you to back a budget?
A: A date for the end of new licences. That's it. Give me a date and we can talk about everything else.
This interview has been edited for length and clarity.

### 013
@a Ferdinand Osei-Bonsu | The Chancellor
@b - | a voice from the Opposition benches
@c Eleanor Prowse | the Deputy Speaker
@d Harriet Lyle | the shadow chancellor
The Chancellor, Ferdinand Osei-Bonsu, rose at 12.31pm to deliver what he called ``⟦p:a|a Budget for the builders⟧'' and sat down 71 minutes later to the loudest Opposition jeering of the Parliament.
``⟦d:a|This is a Budget for the workers, the savers and the builders,⟧'' he declared, waving the familiar red folder.
``⟦d:b|And the bankers!⟧'' came a voice from the Opposition benches.
Mr Osei-Bonsu smiled. ``⟦d:a|I was coming to the bankers,⟧'' he said. ``⟦d:a|They will pay an extra two per cent on their profits, which is two per cent more than they ever paid under the party opposite.⟧''
The noise grew so loud that the Deputy Speaker, Eleanor Prowse, was forced to intervene. ``⟦d:c|Order, order. The Chancellor must be heard, and members who wish to shout may do so in the corridor.⟧''
Replying, Harriet Lyle, the shadow chancellor, described the statement as ``⟦p:d|a smash and grab dressed up as a giveaway⟧''.
``⟦d:d|He gives with one hand a penny off a pint,⟧'' she said, ``⟦d:d|and with the other he takes four hundred pounds a year from every family through the freeze on allowances. Nobody in this country is fooled.⟧''

### 014
@a Whitney Okafor | chief of staff to Gov. Lyle Dunmore
@b Raymond Castillo | the committee's chairman
@c Jerome Blackwood | the committee's ranking minority member
@d Kayla Rhee | A spokeswoman for the governor
FORT ELLIS, Tamarack (Continental Press Agency) — The governor's chief of staff told state senators Wednesday that she did not recall discussing a pardon for a major campaign donor, drawing open skepticism from members of both parties.
"⟦d:a|I have no recollection of that conversation,⟧" Whitney Okafor, chief of staff to Gov. Lyle Dunmore, told the Senate Judiciary Committee. "⟦d:a|I've searched my calendar and my emails, and I can't find any record of it.⟧"
Sen. Raymond Castillo, the committee's chairman, held up a printed text message. "⟦d:b|This is a message from your phone, Ms. Okafor. It says, and I quote, 'Talked to L.D. re: Harlan. He's fine with it.' What were you talking about?⟧"
"⟦d:a|I don't know, senator. I send hundreds of messages a day.⟧"
"⟦d:b|Who is Harlan?⟧" Castillo asked.
After a long pause, Okafor said, "⟦d:a|I assume it refers to Mr. Harlan Pruett.⟧"
Pruett, a real estate developer, gave more than $400,000 to the governor's campaigns and was convicted of bribery in 2021.
Sen. Jerome Blackwood, the committee's ranking minority member and usually an ally of the governor, said he found the testimony "⟦p:c|hard to square with the documents.⟧"
"⟦d:c|I've known Whitney for 15 years and I respect her, but I'm not going to pretend that answer satisfies me,⟧" Blackwood said.
A spokeswoman for the governor, Kayla Rhee, said in a statement that Dunmore "⟦p:d|has never discussed clemency with any donor, period.⟧"

### 015
@a Rafael Quintero | Prime Minister
@b Matteo Bianchi | the Opposition leader
@c Aisling Ní Bhriain | The moderator
@d Olufunke Adeyemi | the Greens leader
@e Paul | a bus driver from Dunwick
The first televised debate of the campaign quickly turned personal on Thursday night, with Prime Minister Rafael Quintero and the Opposition leader, Matteo Bianchi, talking over each other for much of an exchange on pensions.
“⟦d:b|You have raised the pension age twice in four years. Twice. And you have the nerve to stand there and tell people their retirement is safe,⟧” Mr Bianchi said.
“⟦d:a|I raised it because people are living longer, which, last time I checked, is good news—⟧” Mr Quintero began.
“⟦d:b|Tell that to a roofer at 67.⟧”
“⟦d:a|—and because the alternative was to bankrupt the fund, which is exactly what your plan would do.⟧”
The moderator, Aisling Ní Bhriain, intervened. “⟦d:c|Gentlemen, one at a time, please. The viewers can’t hear either of you.⟧”
Olufunke Adeyemi, the Greens leader, seized her moment. “⟦d:d|This is what you get with these two: a shouting match about who will cut your pension more slowly,⟧” she said, to applause from the studio audience.
Paul, a bus driver from Dunwick, put the question many viewers were waiting for. “⟦d:e|I’ve paid in for 40 years. Will any of you promise, tonight, that I can retire at 66?⟧”
Mr Quintero said he could not make that promise “⟦p:a|honestly⟧”. Mr Bianchi said he would “⟦p:b|look at it in the round⟧”. Ms Adeyemi simply said: “⟦d:d|Yes.⟧”
A snap poll by Tally Research found 38 per cent of viewers thought Ms Adeyemi had won the debate.

### 016
@a Nikolai Brandt | The Europe minister
@b Constance Achebe | the Prime Minister
@c - | A friend of Mr Brandt
The Europe minister, Nikolai Brandt, resigned on Friday night over the government's decision to leave the Continental Fisheries Accord, saying he could "⟦p:a|no longer defend in public a policy I oppose in private⟧".
In his resignation letter to the Prime Minister, Constance Achebe, he wrote: "⟦d:a:m|It has been the privilege of my life to serve in your government, and I remain a loyal supporter of it.⟧
"⟦d:a:m|But collective responsibility has its limits. I have argued for our membership of the Accord for eleven years, in this House and outside it, and I cannot now go to the dispatch box and argue the opposite.⟧
"⟦d:a|I will support the government from the back benches on every other question.⟧"
In her reply, Ms Achebe thanked him for his "⟦p:b|dedication and decency⟧" and said she was "⟦p:b|sorry, though not surprised⟧" by his decision.
"⟦d:b|You have been a formidable advocate for our fishing communities and I know you will continue to be one,⟧" she wrote.
A friend of Mr Brandt said he had agonised over the decision "⟦p:c|for weeks⟧". "⟦d:c|He's not a show-boater. He genuinely couldn't do it,⟧" the friend said.

### 017
@a Kwame Asante | the Progressive candidate
@b Ravi Chaudhary | the National candidate
@c Dorothy Pemberton | a former headteacher running as an independent
@d - | One student
@e Maeve Gallagher | The chair
More than 300 people packed into St Columba’s church hall on Tuesday for the first hustings of the Kestle mayoral race, and the three leading candidates did not disappoint.
Kwame Asante, the Progressive candidate, promised free bus travel for under-25s. “⟦d:a|Young people in this city are paying £4 to get to a job that pays them £11 an hour. That’s not a transport policy, that’s a tax on ambition,⟧” the 29-year-old said.
Ravi Chaudhary, the National candidate, dismissed the plan as “⟦p:b|a fantasy with a price tag⟧”. “⟦d:b|Who pays? Pensioners, through their council tax. Every single time,⟧” he said.
Dorothy Pemberton, a former headteacher running as an independent, drew the biggest applause of the night. “⟦d:c|I’ve listened to these two gentlemen argue about buses for ten minutes. Meanwhile the library on Carver Street has been shut for two years and nobody has said a word about it,⟧” she said.
“⟦d:-|Hear, hear!⟧” came a shout from the front.
One student, at the back of the hall, asked why none of the candidates had mentioned housing. “⟦d:d|I’m paying £900 a month for a room with mould on the ceiling. What are any of you going to do about that?⟧”
Mr Asante said he would bring in a landlord licensing scheme “⟦p:a|in the first hundred days⟧”; Mr Chaudhary said licensing would “⟦p:b|drive the good landlords out⟧”.
The chair, the Rev Maeve Gallagher, had to step in when the two men began talking over each other. “⟦d:e|Ravi, Kwame – you’ll both get your turn. Let’s not do this in a church,⟧” she said, to laughter.

### 018
@a Park Jun-ho | Foreign Minister
@b Amara Diallo | the Senovian foreign minister
@c - | a reporter
Foreign Minister Park Jun-ho said Monday that Hanvale would ``⟦p:a|not be rushed⟧'' into signing a new trade pact with Senovia, despite pressure from exporters at home.
``⟦d:a|We welcome investment from our friends, and Senovia is a friend,⟧'' Park told a joint news conference with Amara Diallo, the Senovian foreign minister. ``⟦d:a|But friendship does not mean signing whatever is put in front of us.⟧''
Ms. Diallo, smiling, said she had ``⟦p:b|all the patience in the world.⟧'' ``⟦d:b|We have waited twelve years for this agreement. We can wait a few more months,⟧'' she said.
``⟦d:c|Minister, is the delay about the fishing quotas?⟧'' a reporter asked.
``⟦d:a|It is about many things,⟧'' Park replied. ``⟦d:a|Fishing is one of them. I won't pretend otherwise.⟧''
Asked whether Senovia would offer concessions, Ms. Diallo said: ``⟦d:b|Everything is on the table except our fishermen.⟧''

### 019
@a Gillian Moss | the returning officer
@b Oluwaseun Bakare | a former nurse at Wexcombe General
@c Graham Tenby | the defending National candidate
@d Barry Whelan | -
It was just after 4am when the returning officer, Gillian Moss, stepped up to the microphone at Wexcombe Leisure Centre. "⟦d:a|I hereby give notice that the total number of votes cast for each candidate was as follows,⟧" she began.
When she reached Oluwaseun Bakare – 14,208 votes – Progressive supporters at the back of the hall erupted, chanting "⟦s:-|Se-wa! Se-wa!⟧"
Ms Bakare, 34, a former nurse at Wexcombe General, overturned a National majority of more than 9,000 on a swing of 17 per cent.
"⟦d:b|Tonight Wexcombe North has sent a message, and the message is simple: we are not to be taken for granted any more,⟧" she told the hall.
"⟦d:b|To everyone who voted for me and everyone who didn't: I will work for you. Every one of you.⟧"
Graham Tenby, the defending National candidate, tried to speak but was drowned out by cries of "⟦s:-|Bye, Graham!⟧" and left without talking to reporters.
In a statement posted online an hour later, he said: "⟦d:c|The voters have spoken and I respect their decision. I congratulate Ms Bakare and wish her well.⟧"
The night's lighter moment came from Barry Whelan, who stood as "⟦s:-|Lord Custard⟧" of the Trifle Party and won 212 votes. "⟦d:d|It's a mandate for pudding,⟧" he said.

### 020
@a Declan Foyle | leader of the Liberal Union
@b - | a heckler in the balcony
@c Sian Rowlands | the party’s deputy leader
@d - | one delegate who asked not to be named
Declan Foyle, leader of the Liberal Union, used his conference speech in Portcallow on Wednesday to promise a “⟦p:a|decade of renewal⟧” and to rule out any pact with the government.
“⟦d:a:m|Conference, I’m told that some people in the capital think we’re a party in a hurry. Well, they’re right.⟧
“⟦d:a:m|We’re in a hurry because there are children in this country going to school hungry. We’re in a hurry because there are pensioners choosing between heating and eating. And we’re in a hurry because the people in charge seem to be in no hurry at all.⟧
“⟦d:a|So let me be clear: there will be no deal, no pact, no arrangement with this government. Not now. Not after the election. Not ever.⟧”
About 20 minutes in, a heckler in the balcony shouted “⟦d:b|What about tuition fees?⟧” before being led out by stewards.
Mr Foyle paused. “⟦d:a|I’m always happy to talk about tuition fees,⟧” he said. “⟦d:a|Perhaps not this minute.⟧”
Sian Rowlands, the party’s deputy leader, said afterwards that the speech had been “⟦p:c|exactly what the members needed⟧”.
Not every delegate was convinced. “⟦d:d|Lots of passion, not much on how any of it gets paid for,⟧” said one delegate who asked not to be named.
### 021
@a Shona Baird | Energy Minister
@b Gordon | a retired joiner from Inverallan
@c Nadia Farouk | The presenter
@d Ewan | a listener
Energy Minister Shona Baird faced a bruising hour on Radio Caledon's lunchtime phone-in on Thursday as callers queued up to complain about soaring heating bills.
Gordon, a retired joiner from Inverallan, told her he had been sleeping in his coat. "⟦d:b|I'm 74. I worked 50 years. I'm sitting here with the heating off and a hat on, and you're telling me about a price cap,⟧" he said. "⟦d:b|What's a cap to me? It's still three times what I paid two years ago.⟧"
"⟦d:a|Gordon, I completely understand, and I'm sorry you're in that position,⟧" Ms Baird replied. "⟦d:a|There is help available, and I'd really urge you to phone the number we'll put on the website after this programme.⟧"
"⟦d:b|I've phoned it. Twice. Nobody answers.⟧"
The presenter, Nadia Farouk, read out a message from a listener called Ewan: "⟦d:d|Ask her if she's got her heating on today.⟧"
"⟦d:c|Minister, have you?⟧" Farouk asked.
"⟦d:a|I have, yes. I'm not going to pretend otherwise,⟧" Ms Baird said. "⟦d:a|And that's exactly why I think it's my job to make sure Gordon can too.⟧"

### 022
@a Morag Lindsay-Obi | chief executive of Yes for Carrach
@b Fiona Drummond | director of Stronger in the Union
@c Stronger in the Union | -
@d - | One woman in the crowd
The Yes campaign's bus rolled into Carrach Market Square on Saturday morning, its side emblazoned with the slogan “⟦s:-|Our Island, Our Choice⟧” in letters three feet high.
Morag Lindsay-Obi, chief executive of Yes for Carrach, told a crowd of several hundred that the referendum was “⟦p:a|the one chance in a lifetime⟧”.
“⟦d:a|They’ll tell you it’s too risky. They told our grandparents the same thing about the causeway, and the causeway’s still standing,⟧” she said.
One woman in the crowd shouted “⟦d:d|And it’s falling to bits!⟧”, prompting laughter from both supporters and the handful of No campaigners watching from the pavement.
A few streets away, Fiona Drummond, director of Stronger in the Union, was handing out leaflets headed “⟦s:-|Don’t Gamble Your Pension⟧”. Ms Drummond said the Yes side had “⟦p:b|no answers on currency, none on pensions and none on the border⟧”.
“⟦d:b|I love this island as much as anyone standing on that bus. Loving it means not betting its future on a slogan,⟧” she said.
In a statement later, Stronger in the Union said: “⟦d:c|The Yes campaign’s bus has more paint on it than its economic plan has pages.⟧”
Polls suggest the result will be close.

### 023
@a Evelyn Okonjo-Marsh | the nominee for ambassador to Senovia
@b Bradley Kincaid | the committee's chairman
@c Lucia Ferraro | the senator from Tamarack
@d Harwell Institute | -
WASHINGTON-ON-ESK (Continental Press Agency) — President Hollis's nominee to be ambassador to Senovia refused Tuesday to say whether she had ever visited the country, prompting a sharp exchange with senators from both parties.
"⟦d:b|It's a simple question, Ms. Okonjo-Marsh. Have you been there?⟧" asked Sen. Bradley Kincaid, the committee's chairman.
"⟦d:a|I have been studying the region for many years, senator, and I have met with—⟧"
"⟦d:b|That's a no, then.⟧"
"⟦d:a|I have not yet had the opportunity to travel there, no,⟧" said Evelyn Okonjo-Marsh, the nominee for ambassador to Senovia, a former hotel executive who donated $1.2 million to the president's campaign.
Sen. Lucia Ferraro, the senator from Tamarack, asked the nominee to name Senovia's foreign minister. After a pause, Okonjo-Marsh said she "⟦p:a|would want to be precise⟧" and would provide the answer in writing.
"⟦d:c|I'm not trying to play gotcha. But this is the job,⟧" Ferraro said. "⟦d:c|Our ambassador is the person who picks up the phone when that minister calls.⟧"
The Harwell Institute, a nonpartisan foreign-policy group, said in a statement that the hearing "⟦p:d|should worry anyone who cares about the professionalism of the diplomatic service.⟧"
A committee vote is expected next week.

### 024
@a Katarina Lindholm | President of the Union Commission
@b Tomasz Zielinski | Prime Minister of Polesia
@c Aurélien Marchetti | Ostrelian President
@d - | one diplomat
@e - | the draft communiqué
Leaders of the 21-nation Continental Union ended a two-day summit in Sarrebourg in the early hours of Friday with an outline deal on a shared defence fund, but without agreement on how to pay for it.
“⟦d:a|We have the architecture. Now we need the money to build it,⟧” President of the Union Commission Katarina Lindholm told reporters at 3.40am.
The text commits member states to “⟦p:e|a significant and sustained increase⟧” in joint spending, according to the draft communiqué seen on Thursday evening, but sets no figure.
Arriving for the second day, Prime Minister of Polesia Tomasz Zielinski had told waiting reporters that anything short of joint borrowing would be “⟦p:b|a failure dressed up as a success⟧”.
“⟦d:b|We are on the front line. We cannot defend the Union with promises,⟧” he said.
Ostrelian President Aurélien Marchetti was more cautious. “⟦d:c|Joint borrowing was a crisis tool. I am not sure it should become a habit,⟧” he said on his way out of the summit building.
One diplomat involved in the talks described the mood in the room as “⟦p:d|polite but poisonous⟧”. “⟦d:d|Everyone agreed on the goal and nobody agreed on the cheque,⟧” the diplomat said.

### 025
@a Joseph Mwangi-Kariuki | Finance Minister
@b Grace Atieno | the Minority Leader
@c Abdullahi Hassan | The Speaker
@d - | one opposition member
NYARU, Nambara – Opposition MPs walked out of the National Assembly on Tuesday afternoon as Finance Minister Joseph Mwangi-Kariuki began reading the budget statement, in protest at a proposed increase in fuel levies.
"⟦d:d|Shame! Shame!⟧" one opposition member shouted as the benches emptied.
The Minority Leader, Grace Atieno, told reporters outside the chamber that the opposition would not "⟦p:b|sit and listen to a budget that robs the boda boda rider to pay the bondholder⟧".
"⟦d:b|We have said it again and again: you cannot tax your way out of a debt crisis on the backs of the poor,⟧" she said. "⟦d:b|Today we chose to stand with them outside rather than sit with the government inside.⟧"
Inside, the Speaker, Abdullahi Hassan, called for order. "⟦d:c|Honourable members who are leaving, please do so quietly. The House is still sitting,⟧" he said.
Mr Mwangi-Kariuki pressed on with a statement that lasted more than two hours. "⟦d:a|This is a difficult budget for a difficult time,⟧" he said. "⟦d:a|I would rather be honest with Nambarans today than apologise to their children tomorrow.⟧"
He later dismissed the walkout as "⟦p:a|theatre⟧".

### 026
@a Venkatesh Rao | the Chief Minister
@b Lakshmi Narayanan | Leader of the Opposition
@c Meenakshi Iyer | the Speaker
@d - | A senior official in the Chief Minister's office
Proceedings in the Sundarpur Legislative Assembly were adjourned three times on Monday as opposition members stormed the well of the House, chanting “⟦s:-|Water, not words!⟧” over the state’s handling of the drought.
Leader of the Opposition Lakshmi Narayanan accused the government of “⟦p:b|sleeping while the tanks run dry⟧”.
“⟦d:b|Two hundred villages are getting water by tanker once a week. Once a week! And the Chief Minister has time to inaugurate a flyover,⟧” she said.
The Speaker, Meenakshi Iyer, repeatedly asked members to return to their seats. “⟦d:c|I will not run this House by shouting. If honourable members want a debate, they will have a debate, but from their seats,⟧” she said before adjourning the House for the third time.
Replying when proceedings resumed, the Chief Minister, Venkatesh Rao, said ₹1,200 crore had been released for drought relief. “⟦d:a|The opposition can shout. We are digging borewells,⟧” he said.
A senior official in the Chief Minister's office, speaking on condition of anonymity, conceded that the tanker schedule had “⟦p:d|slipped badly⟧” in the worst-affected districts.

### 027
@a Penelope Marr | Senator
@b Craig Whitlam-Oduya | secretary of the Department of Home Security
@c Sanjay Prakash | the committee chair
Senator Penelope Marr spent almost 40 minutes at Senate estimates on Monday night trying to find out how much the department had spent on a single consultancy contract.
"⟦d:a|Mr Whitlam-Oduya, I've asked the question four different ways. How much?⟧" she said.
Craig Whitlam-Oduya, secretary of the Department of Home Security, said the figure was "⟦p:b|commercial-in-confidence⟧" but that the contract had been "⟦p:b|let in accordance with the rules⟧".
"⟦d:a|The taxpayers of this country are the ones paying, secretary. They are entitled to know the number,⟧" Senator Marr said.
"⟦d:b|I understand the senator's frustration. I'm happy to take it on notice,⟧" Mr Whitlam-Oduya replied.
"⟦d:a|You took it on notice in February. And in May.⟧"
The committee chair, Sanjay Prakash, eventually called time. "⟦d:c|Senator, we're well over. You can put the rest on notice,⟧" he said.
"⟦d:a|On notice,⟧" she said, "⟦d:a|is where questions go to die.⟧"

### 028
@a Jean-Philippe Tremblay | Prime Minister
@b Maxime Lévesque | the Bloc member for Rivière-Noire
@c Gwen MacPherson | the Conservative leader
OTTAVILLE – Prime Minister Jean-Philippe Tremblay was pressed in both official languages during question period on Wednesday over the cost of the new northern rail line.
Maxime Lévesque, the Bloc member for Rivière-Noire, asked in French why Laurentian stations had been dropped from the first phase. «⟦d:b|Pourquoi la Laurentie attend-elle toujours en dernier?⟧» he said. «⟦d:b|Why is Laurentie always the last to wait?⟧»
Mr Tremblay answered in French, then in English. «⟦d:a|La Laurentie n'attend pas, la construction commence l'an prochain,⟧» he said – «⟦d:a|Laurentie is not waiting; construction begins next year.⟧»
Gwen MacPherson, the Conservative leader, said the project was «⟦p:c|two years late and four billion over⟧». «⟦d:c|This prime minister couldn't run a model railway, let alone a real one,⟧» she said, to jeers from the government benches.
«⟦d:a|I'll take lessons on railways from the honourable member when her party builds one,⟧» Mr Tremblay replied.

### 029
@a Harvey Lomax | the chief whip
@b Jade Okwuosa | a minister of state
@c Piers Rattigan | the former party chairman
@d Connor Delahaye | an MP who was briefly in the group
@f - | a member of the group
@e - | A party spokesman
Messages leaked from a messaging group used by senior members of the governing party show ministers mocking their own leader’s conference slogan weeks before it was unveiled.
In one message, sent in August, Harvey Lomax, the chief whip, wrote: “⟦d:a|Who came up with ‘Forward Together’? Sounds like a dance class.⟧”
Jade Okwuosa, a minister of state, replied with a laughing emoji and added: “⟦d:b|At least a dance class has a plan.⟧”
Piers Rattigan, the former party chairman, warned the group to be careful. “⟦d:c|Delete this before it ends up in the papers,⟧” he wrote.
The messages, seen by the Evening Sentinel, were passed on by a member of the group who said they had become “⟦p:f|fed up with the hypocrisy⟧”.
Connor Delahaye, an MP who was briefly in the group, posted on social media: “⟦d:d|I left that chat in June. Best decision I made all year.⟧”
A party spokesman said: “⟦d:e|These were private messages between colleagues. The party is united behind the Prime Minister.⟧”
### 030
@a Rosalind Achterberg | a former senior official at the Border Agency
@b Owain Pritchard | the committee's chairman
@c Interior Ministry | -
@d - | One MP on the committee
@e Tariq Mahmood | the immigration minister
A whistleblower told MPs on Wednesday that ministers were warned "⟦p:a|at least six times⟧" that a new visa system would fail, and chose to launch it anyway.
Rosalind Achterberg, a former senior official at the Border Agency, gave evidence to the Home Affairs Committee behind a screen after asking not to be filmed.
"⟦d:a|I put it in writing. My director put it in writing. The contractor put it in writing,⟧" she said. "⟦d:a|Everyone who was asked said the same thing: it isn't ready. And the answer that came back was: launch it.⟧"
Owain Pritchard, the committee's chairman, asked who had given that instruction. "⟦d:b|Was it a minister? A special adviser?⟧"
"⟦d:a|It came from the minister's private office. Beyond that I don't know whose decision it was,⟧" Ms Achterberg said.
One MP on the committee asked: "⟦d:d|Were you afraid for your job?⟧"
"⟦d:a|I didn't fear for it. I knew I'd lose it. And I did,⟧" Ms Achterberg replied.
The Interior Ministry said it "⟦p:c|does not recognise⟧" her account. "⟦d:c|The system was launched following a full readiness review and has processed more than two million applications,⟧" a statement said.
Tariq Mahmood, the immigration minister, who was in post at the time, said on Wednesday evening that he had "⟦p:e|never been told the system was unsafe to launch⟧".

### 031
@a Dana Whitcombe-Reyes | White Residence press secretary
@b Marcus Obuya | -
@c Lena Hartmann | a correspondent for the Capitol Ledger
@d - | one reporter
White Residence press secretary Dana Whitcombe-Reyes spent much of Tuesday's briefing fending off questions about the president's absence from the flood-hit south.
"⟦d:a|The president is receiving hourly updates and is in constant contact with the governors,⟧" she said. "⟦d:a|He'll travel when his presence helps the recovery, not when it gets in the way of it.⟧"
"⟦d:b|Dana, it's been nine days. When is he going?⟧" asked Marcus Obuya of the National Broadcaster.
"⟦d:a|I'm not going to get ahead of the schedule, Marcus. When we have a trip to announce, you'll be the first to know.⟧"
"⟦d:b|Will it be this week?⟧"
"⟦d:a|I just answered that.⟧"
Lena Hartmann, a correspondent for the Capitol Ledger, asked whether the president had been golfing on Saturday, as photographs posted online appeared to show.
"⟦d:a|The president is allowed a couple of hours outdoors on a weekend. I don't think people begrudge him that,⟧" Whitcombe-Reyes said.
"⟦d:c|While people were on their roofs?⟧" Hartmann said.
Whitcombe-Reyes moved on to the next question without answering. "⟦d:d|Is that a yes?⟧" one reporter called out from the back of the room.

### 032
@a Edwin Trelawny | chair of Polwenna Parish Council
@b Tamsin Rowe | a dairy farmer whose land borders the site
@c Clarrie Penhale | the parish clerk
@d Kernow Breeze | -
@e - | one man
It is not often that Polwenna Parish Council needs the village hall’s overflow chairs, but on Monday night 140 people turned up to hear the case for and against the Carn Du wind farm.
Edwin Trelawny, chair of Polwenna Parish Council, opened the meeting by reminding everyone that the parish had “⟦p:a|no power to decide anything⟧”, only to respond to the county’s consultation.
“⟦d:a|So I’d ask everybody to keep it civil. We all have to buy our milk from the same shop tomorrow,⟧” he said.
Tamsin Rowe, a dairy farmer whose land borders the site, spoke in favour. “⟦d:b|I’ll be honest, I was against it. Then I looked at my electricity bill,⟧” she said. “⟦d:b|If the community fund pays for the school minibus, I can live with looking at a turbine.⟧”
“⟦d:e|You won’t be the one living under it!⟧” called one man from the back.
Kernow Breeze, the developer, said in a written submission read to the meeting that the turbines would power “⟦p:d|the equivalent of 9,000 homes⟧”.
After two and a half hours the council voted six to three to object. The parish clerk, Clarrie Penhale, said the response would be sent to the county “⟦p:c|by the end of the week⟧”.

### 033
@a Giulia Santangelo | the new leader
@b Lorenzo Ferri | her rival
@c Democratic Renewal | -
@d - | one long-standing member
@e - | A close ally of Mr Ferri
MILANO NUOVA – Giulia Santangelo was elected leader of Democratic Renewal on Sunday with 54 per cent of the members' vote, becoming the first woman to lead the party in its 70-year history.
«⟦d:a|This is not my victory. It belongs to every member who knocked on a door in the rain,⟧» the new leader told supporters at the party's headquarters in Via Sarpi. «⟦d:a|Tomorrow we start winning back the country.⟧»
Her rival, Lorenzo Ferri, conceded shortly after the result was announced. «⟦d:b|Giulia won fairly, and she has my support,⟧» he said, though he added that the party must not «⟦p:b|forget the voters of the north⟧».
The result was greeted with chants of «⟦s:-|Giu-lia! Giu-lia!⟧» from the packed courtyard.
In an official statement, Democratic Renewal said the turnout of 61 per cent showed «⟦p:c|a party that is alive and arguing⟧».
Not everyone was celebrating. «⟦d:d|We have chosen the candidate the television likes,⟧» said one long-standing member as he left.
A close ally of Mr Ferri was blunter. «⟦d:e|Lorenzo will say the right things in public. In private he thinks she will lose us the north,⟧» the ally said.

### 034
@a Zainab Olatunji-Price | The 24-year-old
@b Hester Olatunji-Price | a school dinner lady
@c Ben Hollingworth | the seat’s previous MP
At 24, Zainab Olatunji-Price is the youngest member of the House, and she is already tired of being asked about it.
“⟦d:a|Every interview starts with my age. Nobody asks the 68-year-olds how it feels to be 68,⟧” she says, curled up on a sofa in her cramped parliamentary office, where the only decoration is a framed photograph of a bus stop.
The bus stop is in Fenwick Park, the estate where she grew up. “⟦d:a:m|I used to wait there at six in the morning to get to my cleaning job before college. The 41 was always late, and there were always the same people on it: nurses, carers, kitchen porters. Nobody in this building was on that bus.⟧
“⟦d:a|I keep the picture so I remember who I’m working for. It sounds cheesy. I don’t care.⟧”
Her mother, Hester Olatunji-Price, a school dinner lady, remembers her daughter “⟦p:b|arguing with the telly⟧” at the age of nine.
“⟦d:b|She’d shout at the politicians on the news. I used to tell her, if you think you can do better, go and do it,⟧” she says. “⟦d:b|I didn’t think she’d take me literally.⟧”
Not everyone is charmed. Ben Hollingworth, the seat’s previous MP, whom she defeated in the selection, describes her as “⟦p:c|a social media campaign with a pair of legs⟧”.
The 24-year-old laughs when I read her the line. “⟦d:a|Ben’s entitled to be bitter. He had the seat for 22 years and did nothing with it,⟧” she says.

### 035
@a Declan Mulcahy | the independent member for Ballyvane
@b - | A senior Fianna Nua source
@c Orla Keating | The Premier
@d - | one government backbencher
Declan Mulcahy has spent 19 years as the independent member for Ballyvane without ever being asked for his vote by a premier. This week he has been asked three times.
"⟦d:a|It's a great week to be from Ballyvane,⟧" he said on Thursday, standing outside the Assembly gates. "⟦d:a|I want a hospital, a bypass and a decent broadband line for the lads up the mountain. In that order.⟧"
With the coalition one seat short of a majority after Monday's by-election, the government is now relying on a handful of independents to get its housing bill through.
A senior Fianna Nua source said Mr Mulcahy's list was "⟦p:b|ambitious but not impossible⟧". "⟦d:b|We'll talk to anyone. We're not going to build a hospital for one vote, though,⟧" the source added.
The Premier, Orla Keating, insisted there would be "⟦p:c|no deals done in back rooms⟧". "⟦d:c|Every independent member will be treated the same way, and everything will be published,⟧" she told the Assembly.
One government backbencher was less diplomatic. "⟦d:d|Declan's worked out that he's the most powerful man in the country for a fortnight. Fair play to him,⟧" the member said.

### 036
@a Eduardo Valcárcel | President
@b Ximena Roldán | -
@c Agustín Pardo | His spokesman
@d - | One deputy from the ruling party
SAN TELMO, Costa Alta (Continental Press Agency) – Costa Alta's Chamber of Deputies voted on Thursday to open impeachment proceedings against President Eduardo Valcárcel over allegations that he diverted pandemic funds to a family-owned logistics firm.
The motion passed with 88 votes in favour, six more than the two-thirds majority required, after an 11-hour debate.
"⟦d:b|Today the Chamber has shown that nobody in this country is above the law, not even the man in the palace,⟧" said Ximena Roldán. Roldán, who leads the opposition bloc, was cheered by deputies as she left the chamber.
The president did not appear in public. His spokesman, Agustín Pardo, read a statement on his behalf outside the presidential palace.
"⟦d:a|I have never taken a single peso that did not belong to me. I will prove it before the Senate, and I will be vindicated,⟧" the statement said.
Pardo took no questions but told reporters the vote was "⟦p:c|a political lynching dressed in legal robes⟧".
One deputy from the ruling party, who voted in favour, told reporters he had done so "⟦p:d|with a heavy heart⟧". "⟦d:d|I was elected to defend the constitution, not to defend a man,⟧" he said.
Outside Congress, protesters waved banners reading "⟦s:-|Fuera Valcárcel⟧" – "⟦s:-|Valcárcel Out⟧".

### 037
@a Tevita Fifita | the Prime Minister of Lautoka Islands
@b Helga Sørensen | the Nordlandic climate envoy
@c - | A negotiator from one of the large emitting countries
@d Pacific Alliance of Small Island States | -
The Prime Minister of Lautoka Islands, Tevita Fifita, brought the plenary hall of the Tarawa-Nui climate summit to its feet on Wednesday with a speech delivered in front of a photograph of a flooded graveyard.
“⟦d:a|That is my grandfather’s grave. Last year the sea took it,⟧” he said, pointing at the screen behind him. “⟦d:a|I am not here to negotiate commas. I am here because my country is running out of dry ground to bury its dead.⟧”
Mr Fifita demanded that the final text include a commitment to “⟦p:a|phase out, not phase down⟧” fossil fuels by 2040.
Helga Sørensen, the Nordlandic climate envoy, said afterwards that the speech had “⟦p:b|changed the temperature in the room⟧”. “⟦d:b|You cannot sit through that and go back to haggling over footnotes,⟧” she said.
A negotiator from one of the large emitting countries, speaking on condition of anonymity, was less moved. “⟦d:c|It was powerful. It doesn’t change the arithmetic,⟧” the negotiator said.
In a joint statement, the Pacific Alliance of Small Island States said any deal without the 2040 date would be “⟦p:d|a death certificate with our names on it⟧”.

### 038
@a Anders Halvorsen-Brink | The secretary-general of the Atlantic Defence Alliance
@b - | one reporter
@c Ilse Vandermeer | the Flemian defence minister
BRASSEL -- The secretary-general of the Atlantic Defence Alliance, Anders Halvorsen-Brink, said Thursday that member states had agreed to ``⟦p:a|move faster and spend smarter⟧'' on air defence after a two-day ministerial meeting.
``⟦d:a|We have heard the warnings, and today we have acted on them,⟧'' Halvorsen-Brink told a news conference at alliance headquarters. ``⟦d:a|Every ally has committed to fill the gaps we identified in the spring.⟧''
``⟦d:b|Mr. Secretary-General, several allies are still below the spending target. Isn't this just another promise?⟧'' one reporter asked.
``⟦d:a|It is a promise with a timetable,⟧'' he said. ``⟦d:a|That is what was missing before.⟧''
Ilse Vandermeer, the Flemian defence minister, said her government would order four additional missile batteries but described the timetable as ``⟦p:c|ambitious, to put it politely.⟧''

### 039
@a Aurelia Castell | presenter
@b Jamal Whitaker | Shadow Chancellor
Shadow Chancellor Jamal Whitaker was repeatedly challenged to name a single tax his party would raise to fund its childcare pledge during a tense interview on Sunday morning.
“⟦d:a|Mr Whitaker, £8bn a year. Where does it come from?⟧” asked presenter Aurelia Castell.
“⟦d:b|It comes from growth, it comes from closing loopholes, it comes from getting people back into work—⟧”
“⟦d:a|Which loopholes?⟧”
“⟦d:b|Let me finish, Aurelia. There are more than a dozen tax reliefs that nobody can justify—⟧”
“⟦d:a|Name one.⟧”
After a pause, Mr Whitaker said the party would set out its plans “⟦p:b|in full, and fully costed⟧” in its manifesto.
“⟦d:a|So the answer is you don’t know?⟧” Castell said.
“⟦d:b|The answer is that I’m not going to write the Budget live on your sofa on a Sunday morning,⟧” the shadow chancellor replied. “⟦d:b|But every penny will be accounted for, and that’s a promise.⟧”

### 040
@a Harold Ngata-Burke | the council's cabinet member for finance
@b Keisha Bramble | chair of the Medbury Youth Council
@c Arthur Pinnock | the Liberal group leader
@d Medbury Council | -
Medbury Council approved a budget on Wednesday night that will close four of its eleven libraries, despite a petition signed by more than 12,000 people.
Outside the town hall, around 200 protesters held placards reading "⟦s:-|Books Not Cuts⟧" and "⟦s:-|Shelve the Plan⟧".
Cllr Harold Ngata-Burke, the council's cabinet member for finance, said the authority had "⟦p:a|run out of painless options⟧".
"⟦d:a|I became a councillor because of a library. I am not doing this lightly,⟧" he said. "⟦d:a|But our grant has been cut by 40 per cent in a decade and something has to give.⟧"
Keisha Bramble, 17, chair of the Medbury Youth Council, was invited to address the meeting. "⟦d:b|The library on Holt Road is where I did my homework, because there wasn't room at home,⟧" she told councillors. "⟦d:b|When you close it, you're not closing a building. You're closing a door.⟧"
Cllr Arthur Pinnock, the Liberal group leader, said the cuts were "⟦p:c|short-sighted and shameful⟧" and proposed using reserves instead. The amendment was defeated.
In a statement after the vote, Medbury Council said: "⟦d:d|We will work with community groups who want to run the affected libraries as volunteer-led hubs.⟧"
### 041
@a Vikram Sood | the party’s campaign chief
@b Philippa Cray | the Home Secretary
@c Efua Mensah-Boakye | the Greens’ co-leader
@d Rowan Ellery | our correspondent
10.02pm – The exit poll is in, and it points to a hung parliament, with the Progressives the largest party but around 20 seats short of a majority.
10.09pm – First reaction from Progressive headquarters. Vikram Sood, the party’s campaign chief, tells us: “⟦d:a|If that’s right, it’s a remarkable night. But exit polls have been wrong before, so nobody here is opening the champagne.⟧”
10.15pm – The Home Secretary, Philippa Cray, is first up for the government, and she is not conceding anything. “⟦d:b|It’s one poll. Let’s wait for the real votes,⟧” she says. Asked whether the Prime Minister should stay on if the numbers hold up, she says that is “⟦p:b|a question for tomorrow, not tonight⟧”.
10.31pm – The Greens look set to hold the balance of power. Efua Mensah-Boakye, the Greens’ co-leader, is asked whether she would back a Progressive government. “⟦d:c|We’ll talk to anyone who’s serious about climate. Anyone,⟧” she says. “⟦d:c|That’s not a yes. It’s not a no.⟧”
10.48pm – From our correspondent Rowan Ellery at the count in Hallam Park: “⟦d:d|The National party agents here are looking very glum indeed. One of them has just told me they expect to lose this seat by a street.⟧”

### 042
@a Benedikt Auer | The culture secretary
@b Department for Culture and Heritage | -
@c - | The podcast's host
@d Yasmin Haddad | Chief executive of the Regional Theatres Network
The culture secretary, Benedikt Auer, has been forced to clarify remarks in which he appeared to suggest that regional theatres should "⟦p:a|stand on their own two feet or fall over⟧".
Speaking on the "⟦s:-|Inside Track⟧" podcast, released on Monday, Mr Auer was asked about funding cuts announced last month. "⟦d:c|Are you worried about closures?⟧" the podcast's host asked.
"⟦d:a|Look, some of them will close. That's life. If people want a theatre in their town, they need to buy tickets for it,⟧" he replied.
Within hours, the Department for Culture and Heritage issued a clarification. "⟦d:b|The Secretary of State was making a general point about audiences and was not suggesting that any theatre should close,⟧" it said.
Chief executive of the Regional Theatres Network Yasmin Haddad said the comments were "⟦p:d|breathtakingly complacent⟧". "⟦d:d|Our members sold more tickets last year than ever before. What they've lost is the grant, not the audience,⟧" she said.

### 043
@a - | the committee’s report
@b Lionel Fairbrother-Cage | the MP for Upper Wendle
@c Shirin Kazemi | the committee’s chair
@d - | One government whip
Lionel Fairbrother-Cage, the MP for Upper Wendle, faces a 30-day suspension from the House after the Standards Committee found he had lobbied ministers on behalf of a company that paid him £6,000 a month.
The committee’s report, published on Tuesday, says his conduct was “⟦p:a|an egregious case of paid advocacy⟧” and that he had shown “⟦p:a|no insight into the seriousness of his actions⟧”.
In a statement, Mr Fairbrother-Cage said he was “⟦p:b|devastated⟧” by the findings and would appeal.
“⟦d:b|At no point did I seek to gain any advantage for myself. I raised issues I believed were in the public interest, as any member would,⟧” he said. “⟦d:b|I have served my constituents for 17 years and I intend to go on doing so.⟧”
Shirin Kazemi, the committee’s chair, said the rules were “⟦p:c|clear and long-standing⟧”.
“⟦d:c|If a member is paid by a company and then asks ministers to help that company, that is paid advocacy. It does not matter how sincerely he believes in the cause,⟧” she said.
If the suspension is approved by the House, it could trigger a recall petition. One government whip said privately: “⟦d:d|He’s toast. The only question is whether he jumps first.⟧”

### 044
@a Mei-Ling Harcourt | the Prime Minister
@b - | one reporter
@c - | another reporter
@d - | A senior aide
Arriving at the summit in Lake Vesna on Friday morning, the Prime Minister, Mei-Ling Harcourt, paused only briefly for reporters shouting questions from behind a crash barrier.
``⟦d:b|Prime Minister, are you going to veto the fisheries deal?⟧'' one reporter called out.
``⟦d:a|I'm going to get a good deal for our fishing communities, and I'm confident we will,⟧'' she said.
``⟦d:c|Is that a yes or a no?⟧'' shouted another reporter.
``⟦d:a|It's a `we'll see',⟧'' Mrs Harcourt said with a smile, before disappearing inside.
A senior aide said later that the Prime Minister was ``⟦p:d|prepared to walk away⟧'' if quota transfers were not phased over at least seven years.

### 045
@a Teresa Lindqvist-Ramos | Mayor
@b Hank Dorrance | Governor
@c - | A spokesman for the governor
@d Dorrance Together | -
The long-running feud between Mayor Teresa Lindqvist-Ramos and Governor Hank Dorrance spilled onto social media on Monday after the governor vetoed $40 million in transit funding for the city.
"⟦d:b|I don't sign blank checks for cities that can't keep their buses clean,⟧" Dorrance wrote in a post shortly after 7 a.m.
Lindqvist-Ramos fired back within the hour. "⟦d:a|The governor has ridden a city bus exactly once, for a photo op, in 2019. I'd be happy to give him a second ride, any day he likes,⟧" she wrote.
A spokesman for the governor said the veto was "⟦p:c|about accountability, not politics⟧" and that the city had failed to submit required audits.
The mayor, speaking at a news conference at the Eastside depot, said the audits had been filed in March. "⟦d:a|We have the receipts. Literally,⟧" she said, holding up a folder.
Dorrance Together, the governor's political committee, circulated a fundraising email that afternoon under the subject line "⟦s:-|The Mayor Who Lost Her Buses⟧". The email called the mayor "⟦p:d|the most incompetent official in the state⟧".

### 046
@a Darlene Hofstetter | the congresswoman
@b Wayne Colvin | a retired machinist
@c Marisol Ybarra | a nurse from Pine Hollow
@d - | One woman
Rep. Darlene Hofstetter faced an overflowing and often hostile crowd at a town hall in the Pine Hollow high school gym Saturday, her first since voting for the farm bill cuts.
"⟦d:b|You told us you'd protect the co-op. You looked us in the eye,⟧" said Wayne Colvin, a retired machinist, to loud applause. "⟦d:b|Then you went to the capital and did the opposite.⟧"
"⟦d:a|Wayne, I hear you, and I respect you,⟧" Hofstetter said. "⟦d:a|The bill wasn't perfect. No bill is. But it kept the crop insurance program alive, and without that half the farms in this county would be gone.⟧"
"⟦d:d|Answer the question!⟧" one woman yelled from the bleachers.
Marisol Ybarra, a nurse from Pine Hollow, asked the congresswoman whether she would vote to restore the rural clinic funding. "⟦d:c|Yes or no, Darlene. We've only got one clinic left.⟧"
"⟦d:a|Yes,⟧" the congresswoman said. "⟦d:a|You have my word.⟧"
"⟦d:c|We had your word last time,⟧" Ybarra said.

### 047
@a Helen Ravenscroft | the Liberal Union MP for Tarnside
@b Grace Ọnwụ-Bell | the National MP for Carrick Vale and a former palliative care doctor
@c Desmond Fairlie | the Speaker
MPs spoke for more than five hours on Friday in an emotional debate on the Assisted Dying Bill, which passed its second reading by 318 votes to 291 on a free vote.
Helen Ravenscroft, the Liberal Union MP for Tarnside, described watching her father die of motor neurone disease. “⟦d:a:m|He was a proud man. A bricklayer. He built half the houses on our street.⟧
“⟦d:a:m|At the end he couldn’t swallow and he couldn’t speak, and he asked me, with a pen, to help him. I couldn’t. The law wouldn’t let me.⟧
“⟦d:a|I am not asking anyone in this House to agree with me. I am asking them to imagine holding that pen.⟧”
Grace Ọnwụ-Bell, the National MP for Carrick Vale and a former palliative care doctor, spoke against.
“⟦d:b|I have sat with hundreds of dying patients. I have never met one who needed to be killed to die with dignity. I have met many who needed better care,⟧” she said.
She warned that disabled people would feel “⟦p:b|a quiet pressure⟧” to end their lives.
The Speaker, Desmond Fairlie, thanked members for the “⟦p:c|exceptional tone⟧” of the debate before announcing the result, which was received in near silence.

### 048
@a - | A senior Carrick House source
@b Miles Oyelaran | -
@c - | one ally of Mr Oyelaran
@d Nadia Chowdhury | the new justice secretary
@e - | One MP on the party's right
The Prime Minister's reshuffle was intended to "⟦p:a|refresh the team for the election⟧", a senior Carrick House source said on Tuesday night, as three cabinet ministers were moved and two sacked outright.
"⟦d:a|It's about having the best people in the right jobs. There's no settling of scores,⟧" the source insisted.
But Miles Oyelaran, who was sacked as justice secretary after less than a year, made little effort to hide his anger. "⟦d:b|I was told at 4.15pm that my services were no longer required. I wasn't given a reason, and I didn't ask for one,⟧" he told reporters outside his home in Easthaven.
"⟦d:c|Miles was sacked for telling the truth about prisons. Everyone knows it,⟧" one ally of Mr Oyelaran said.
His replacement, Nadia Chowdhury, the new justice secretary, said she was "⟦p:d|honoured⟧" and would make prison capacity "⟦p:d|my first, second and third priority⟧".
One MP on the party's right said the reshuffle had "⟦p:e|lurched to the left⟧". "⟦d:e|She's purged anyone who ever disagreed with her. That's not a team, it's a fan club,⟧" the MP said.

### 049
@a Carmen Villanueva | the Foreign Minister of Valparda
@b Diego Altamirano | her Corvillan counterpart
@c - | one Corvillan official
@d - | A Valpardan journalist
PUERTO ALBA (Continental Press Agency) – The foreign ministers of Valparda and Corvilla agreed on Monday to restore full diplomatic relations, eight months after ambassadors were expelled in a row over a disputed river crossing.
«⟦d:a|Hoy cerramos un capítulo triste,⟧» said Carmen Villanueva, the Foreign Minister of Valparda. «⟦d:a|Today we close a sad chapter.⟧»
Her Corvillan counterpart, Diego Altamirano, said the agreement was «⟦p:b|a beginning, not an end⟧». «⟦d:b|There are many wounds. We will not heal them with one signature,⟧» he said.
«⟦d:d|Will the crossing reopen this year?⟧» a Valpardan journalist asked.
«⟦d:a|That is the intention,⟧» Ms Villanueva said. «⟦d:a|The engineers will decide when it is safe.⟧»
One Corvillan official described the talks as «⟦p:c|long, loud and, in the end, productive⟧».

### 050
@a Stuart McAllister | the leader of Glenmorrow Council
@b Carys Pugh-Jenkins | the breakfast presenter
@c Morag | a listener in Kilbride Road
Listeners to Radio Glenmorrow’s breakfast show were not in a forgiving mood on Tuesday when the leader of Glenmorrow Council, Stuart McAllister, came on to talk about potholes.
“⟦d:b|Councillor, we have had more messages about potholes this winter than about anything else, including the snow. What’s gone wrong?⟧” asked the breakfast presenter, Carys Pugh-Jenkins.
“⟦d:a|Nothing’s gone wrong, Carys. We’ve had the wettest winter in thirty years, and water is what breaks roads. We’ve filled more than 4,000 holes since November,⟧” Cllr McAllister said.
She read out a message from Morag, a listener in Kilbride Road: “⟦d:c|Tell him there’s one outside my house that’s been there since August. It’s got a name now. We call it Stuart.⟧”
The council leader laughed. “⟦d:a|Tell Morag I’ll come and look at Stuart myself,⟧” he said. “⟦d:a|I mean that.⟧”
### 051
@a Beatriz Calloway | The moderator
@b Dominic Strand | The former governor
@c Renée Aguilar-Watts | Senator
@d Ike Mbatha | a businessman who has never held office
The three leading candidates for the Unity Party's presidential nomination spent Tuesday night's debate in Port Meridian attacking each other more than the incumbent they hope to replace.
The moderator, Beatriz Calloway, opened by asking each candidate to name one thing they admired about their rivals. The former governor, Dominic Strand, paused. “⟦d:b|Renée has a very good memory. Particularly for things I never said,⟧” he said.
Senator Renée Aguilar-Watts did not laugh. “⟦d:c|Dominic, I have the video. I’ll send you the link,⟧” she replied.
Ike Mbatha, a businessman who has never held office, described both rivals as “⟦p:d|career politicians arguing about who had the worse career⟧”.
“⟦d:d|I’ve signed the front of a paycheck. Neither of them has,⟧” he said, to loud cheers from his supporters in the hall.
“⟦d:a|Mr Mbatha, you’ve also filed for bankruptcy twice. Is that the experience voters want?⟧” Calloway asked.
“⟦d:d|Every entrepreneur fails. The good ones get back up,⟧” Mbatha said.

### 052
@a Tilly Harrington-Musa | a spokeswoman for Rising Tide
@b Metropolitan Constabulary | -
@c Orville Nkemelu | a 22-year-old student from Ashby
@d - | A government spokesperson
Thousands of climate protesters marched on Assembly Square on Saturday, with police making 34 arrests after demonstrators glued themselves to the road outside the Treasury.
The crowd chanted "⟦s:-|No more oil, no more lies⟧" as it passed the ministry buildings, and banners reading "⟦s:-|Your Profits, Our Planet⟧" were hung from lamp posts along Millbank Walk.
"⟦d:a|We have tried letters, we have tried petitions, we have tried voting. The government is still licensing new oilfields,⟧" said Tilly Harrington-Musa, a spokeswoman for Rising Tide, which organised the march.
The Metropolitan Constabulary said in a statement that most of the protest had been "⟦p:b|peaceful and good-humoured⟧" but that officers had acted to "⟦p:b|prevent serious disruption to the community⟧".
Orville Nkemelu, a 22-year-old student from Ashby, was one of those arrested. "⟦d:c|If sitting on a road is the worst thing anyone does today, it'll be a good day,⟧" he said as he was led away.
A government spokesperson said: "⟦d:d|The right to protest is fundamental, but it does not include the right to stop ambulances getting through.⟧"

### 053
@a Lawrence Ebbsworth | the Prime Minister
@c Cressida Vane | the party chairman
@d Barnaby Quist | the chief whip
This is an edited extract from “⟦s:-|Behind the Black Door⟧”, the memoir of the former director of communications at Carrick House.
The night before the confidence vote, Lawrence Ebbsworth, the Prime Minister, called us into the cabinet room. He had not slept, and he looked it.
“⟦d:a|I want numbers, not feelings,⟧” he said. “⟦d:a|If anyone in this room thinks I’m going to lose tomorrow, tell me now and I’ll save us all the trouble.⟧”
Nobody spoke. Then Cressida Vane, the party chairman, said: “⟦d:c|You won’t lose, Lawrence. You might not win by enough.⟧”
It was the most honest thing anyone said that week. He looked at her for a long time. “⟦d:a|Enough for what?⟧”
“⟦d:c|Enough to still be Prime Minister at Christmas.⟧”
Barnaby Quist, the chief whip, had a list on his knee with 41 names on it. “⟦d:d|These are the ones I’m sure of. They’re against you,⟧” he said. “⟦d:d|The ones I’m not sure of are worse.⟧”
“⟦d:-|Well, that’s cheerful,⟧” somebody muttered at the back of the room. I never found out who.

### 054
@a Ministry of Foreign Affairs | -
@b Embassy of Norrvald | -
@c Lukas Thorvaldsen | Ambassador
@d Senna Abara | Deputy Foreign Minister
KORVATH – Tarvania's Ministry of Foreign Affairs summoned Norrvald's ambassador on Wednesday to protest against what it called "⟦p:a|a flagrant violation⟧" of its airspace by a military surveillance drone.
"⟦d:a|Tarvania reserves the right to take all measures necessary to protect its sovereignty,⟧" the ministry said in a statement.
Ambassador Lukas Thorvaldsen spent 40 minutes at the ministry. Leaving the building, he told reporters only: "⟦d:c|We had a frank conversation. I have nothing to add.⟧"
The Embassy of Norrvald later said the drone had been on "⟦p:b|a routine flight in international airspace⟧" and accused Tarvania of "⟦p:b|manufacturing a crisis⟧".
Deputy Foreign Minister Senna Abara dismissed that account. "⟦d:d|If it was in international airspace, why did it land in a potato field forty kilometres inside our border?⟧" she asked at an evening briefing.

### 055
@a Jarrah Whitfield-Osei | the chief executive of Chirp
@b Margot Lefèvre-Dunn | the committee’s chair
@c Kofi Amankwah | a member of the committee
The chief executive of Chirp, Jarrah Whitfield-Osei, told MPs on Thursday that the social media platform had removed “⟦p:a|tens of thousands⟧” of fake accounts during the general election campaign but admitted that “⟦p:a|some got through⟧”.
“⟦d:b|Some? Mr Whitfield-Osei, a fake video of the Prime Minister was viewed eleven million times on your platform before you took it down,⟧” said Margot Lefèvre-Dunn, the committee’s chair.
“⟦d:a|That was a failure, and I’ve apologised for it. Our systems didn’t recognise it as synthetic for nearly nine hours,⟧” he said.
Kofi Amankwah, a member of the committee, asked how many people Chirp employed to moderate political content in the country. “⟦d:c|Roughly. A ballpark figure.⟧”
“⟦d:a|I’d want to come back to you with an exact number,⟧” the chief executive said.
“⟦d:c|I’ll take that as: not many,⟧” Mr Amankwah said.

### 056
@a Audrey Fenwick-Obi | the mayor
@b Colin Hargreaves | the Independent group leader
@c - | A spokesman for the Residents' Association
The future of the Marlow Street baths was decided on Wednesday night by the narrowest of margins, after a 19-19 tie left the mayor, Cllr Audrey Fenwick-Obi, with the casting vote.
``⟦d:a|I have thought long and hard about this, and I will vote with the recommendation of officers,⟧'' she said, to groans from the public gallery. The baths will close in March.
Cllr Colin Hargreaves, the Independent group leader, gathered his papers and walked out of the chamber. ``⟦d:b|This is a disgrace. The people of the Eastside have been betrayed by one vote,⟧'' he said as he left.
A spokesman for the Residents' Association said the group would ``⟦p:c|explore every option, including a judicial review⟧''.

### 057
@a Hamish Drummond-Wilde | the National MP for Kelso Bridge
@b Naledi Khumalo | the Progressive MP for Southgate
@c Ruairí Costello | host
They sit on opposite sides of the chamber and have voted against each other more than 400 times. This week, on the “⟦s:-|Crossbench⟧” podcast, Hamish Drummond-Wilde, the National MP for Kelso Bridge, and Naledi Khumalo, the Progressive MP for Southgate, agreed to talk about their unlikely friendship. What follows is an edited extract.
“⟦d:c|How did you two meet?⟧” asked host Ruairí Costello.
“⟦d:a|In the tea room. She told me my speech on farming subsidies was the worst thing she’d ever heard.⟧”
“⟦d:b|It was. It really was. But he laughed, and I thought: all right, this one’s human.⟧”
“⟦d:a|We’ve been arguing ever since. We once argued about fish for a whole train journey to Edinbury.⟧”
“⟦d:b|Six hours. He was wrong about the fish.⟧”
“⟦d:c|Do your parties mind?⟧”
“⟦d:b|My whips think he’s a bad influence.⟧”
“⟦d:a|Mine think she’s a worse one. Which I take as a compliment to her.⟧”

### 058
@a Eilidh Strachan-Mbeki | leader of the Leave Campaign
@b Sebastian Holm | the Prime Minister
@c - | One Remain campaigner in Dunholm
@d Electoral Board | -
Voters in Westmark rejected membership of the Northern Trade Union by 52.3 per cent to 47.7 per cent in Thursday's referendum, on a turnout of 71 per cent.
"⟦d:a|Today the people took back the keys,⟧" Eilidh Strachan-Mbeki, leader of the Leave Campaign, told cheering supporters in Arnholt shortly after 5am. "⟦d:a|Nobody can ever again say they weren't asked.⟧"
The Prime Minister, Sebastian Holm, who campaigned to stay in, said he would "⟦p:b|respect the result in full⟧". "⟦d:b|I gave the people a choice and they have made it. My job now is to deliver it, and to bring the country back together,⟧" he said outside his official residence.
One Remain campaigner in Dunholm, which voted 68 per cent to stay, was in tears. "⟦d:c|I feel like I've woken up in someone else's country,⟧" she said.
The Electoral Board said the count had been "⟦p:d|orderly and accurate⟧" and that it had received no formal challenges.

### 059
@a Tobias Oduya-Harland | the Prime Minister
@b - | one rebel
@c Rhiannon Pryce | the backbench MP who tabled the motion
@d - | A government whip
@e Esmé Laurent | the opposition leader
The Prime Minister, Tobias Oduya-Harland, survived a confidence vote on Monday night by 193 votes to 148, but the size of the rebellion left his authority badly damaged.
Standing outside the committee room, he said: “⟦d:a|A win is a win. I said I would fight on, and I will. Now it’s time to get back to governing.⟧”
But one rebel said the result was “⟦p:b|the beginning of the end⟧”. “⟦d:b|A third of his own MPs have just told him to go. He can hear it or he can ignore it, but he can’t undo it,⟧” the MP said.
Rhiannon Pryce, the backbench MP who tabled the motion, said she had “⟦p:c|no regrets⟧”.
“⟦d:c|I didn’t do this because I enjoy it. I did it because my constituents stopped trusting him, and so did I,⟧” she said.
A government whip insisted the rebellion had “⟦p:d|peaked⟧”. “⟦d:d|Most of them will be back in the fold by Christmas,⟧” the whip said.
Esmé Laurent, the opposition leader, said the country was being run by “⟦p:e|a zombie government led by a lame duck⟧”.

### 060
@a Olesya Kovalchuk | Foreign Minister
@b Fergus Ochieng-Hale | The presenter
@c - | One Western diplomat
Foreign Minister Olesya Kovalchuk of Dravenia said on Sunday that her country would “⟦p:a|never accept⟧” a peace deal that left its eastern provinces under occupation.
Speaking through an interpreter on the Global Service’s “⟦s:-|The World This Week⟧”, she was asked whether Dravenia was ready to make any concessions at all.
“⟦d:b|Minister, your allies are tired. Their voters are tired. Isn’t it time to talk?⟧” the presenter, Fergus Ochieng-Hale, asked.
“⟦d:a|We are always ready to talk. We are not ready to surrender and call it talking,⟧” Ms Kovalchuk said.
“⟦d:b|And if the aid stops?⟧”
“⟦d:a|Then we will fight with less. But we will fight,⟧” she replied.
One Western diplomat said privately that her tone had been “⟦p:c|firmer than at any point this year⟧”.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh84.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh84",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
