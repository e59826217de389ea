# ruff: noqa: E501
"""Build ``quotes_fresh128.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: parliamentary question times and debates with heckles and interventions by the
chair, select committee and confirmation hearings, broadcast and radio interviews in
which presenters press ministers, campaign trail and hustings reports, lobby and
foreign-ministry briefings by spokespeople, council meetings, leadership contests,
leaks and unnamed sources, summits and foreign ministers' press conferences, in the
styles of wire, broadsheet, tabloid, local-paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh128-NNN``.

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

Decisions specific to this set (where the conventions above left room; the first
three are those of ``build_quotes_fresh58.py``):

* A role title or relational phrase before the name combined with an appositive after
  it (``Deputy mayor Rachel Imrie, one of the three who voted against``): the
  appositive is the description. A title before the name alone (``Presenter Sunniva
  Hartmann``, ``Foreign Minister Ilse Varga``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the chair asked``,
  ``the 67-year-old said``, ``The government chief whip, who …``), that description
  is taken.
* A non-restrictive relative clause after an appositive (``One MP backing Lindqvist,
  who asked not to be named``) is not part of the description; a restrictive one is
  (``the opposition leader who tabled the motion``).
* An office standing before the name and set off by commas (``the Speaker, Margit
  Olufsen,``; ``the Prime Minister, Agnieszka Thorne``) counts as a title before the
  name. An office named only as a predicate (``has been environment minister``,
  ``as leader of the Democratic Left``) is not a description.
* Heckles, shouts and interjections are ``direct``. One whose source is only a place
  (``came a shout from the opposition side``, ``a voice from the back of the hall``)
  has speaker and description null; a described one (``one government backbencher``)
  has that description. In a run of shouted questions, one whose asker is not
  identified has speaker and description null.
* A message or letter read out by a presenter or MP and set off as its own quote with
  its author as the subject (``a message from a listener in Skerrow: "…"``) belongs to
  its author; read out inside the reader's own quote, it belongs to the reader (the
  inner-quote rule).
* A document's words belong to its author when the passage identifies or describes
  one (``The memo, written by a senior Treasury official``; ``the report said`` of a
  commissioner's report; ``a junior official described the firm as``), else to the
  organisation issuing it (a summit communique). Words ascribed to a group (``party
  strategists``, ``prosecutors``) have a null speaker and the group as description;
  words ascribed jointly to several named people (``what they described as``) have
  speaker and description null.
* Labels on documents, job titles on invoices, nicknames, plan and petition titles and
  phrases discussed as phrases (``a phrase that … has come to mean``) are ``scare``.
* A presenter's, chair's or reporter's questions are that person's speech; in an
  exchange of quote-only paragraphs each turn belongs to the person whose turn it is.
* A fragment of a speaker's words built into the reporter's sentence (after ``said
  the bill would pass``, ``called it``, ``described X as``) is ``partial``, including
  fragments whose pronouns the reporter has adapted (``told a neighbour it was "none
  of her business"``).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh128.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh128.jsonl")

PASSAGES = """
### 001
@a Eleanor Vasquez-Hale | Prime Minister
@b Tobias Achterberg | the Leader of the Opposition
@c Margit Olufsen | the Speaker
@d - | one government backbencher
@e Kwame Asante-Boateng | the Liberal Reform leader
Prime Minister Eleanor Vasquez-Hale faced a bruising session in the Commons on Wednesday as the Leader of the Opposition, Tobias Achterberg, accused her government of “⟦p:b|losing its grip⟧” on hospital waiting lists.
Achterberg opened by reading from a letter sent to him by a nurse in Castlebridge. “⟦d:b|She tells me she has worked on the same ward for 22 years and has never been so ashamed of what she is asked to do,⟧” he said. “⟦d:b|Will the Prime Minister tell her, and the House, when this ends?⟧”
Vasquez-Hale replied that waiting lists had fallen for three consecutive months. “⟦d:a|The right honourable gentleman reads out letters. We read the figures, and the figures are going in the right direction,⟧” she said, to cheers from her own benches.
“⟦d:-|Rubbish!⟧” came a shout from the opposition side.
“⟦d:c|Order. Order! The House will come to order,⟧” the Speaker, Margit Olufsen, said. “⟦d:c|The Prime Minister will be heard, and so will the Leader of the Opposition.⟧”
Achterberg rose again. “⟦d:b|Three months. She has been in office for four years. Four years, and she wants a medal for three months?⟧”
One government backbencher could be heard shouting “⟦d:d|Ask your own side!⟧” before the Speaker intervened a second time.
The Prime Minister accused Achterberg of “⟦p:a|talking down the people who work in our hospitals⟧” and said he had “⟦p:a|no plan, no money and no idea⟧”.
Later, the Liberal Reform leader, Kwame Asante-Boateng, used his two questions to raise the closure of rural bus routes. “⟦d:e|While the two front benches shout at each other, my constituents in the Harrow Fells can't get to the hospital at all,⟧” he said. “⟦d:e|Will the Prime Minister meet me, yes or no?⟧”
“⟦d:a|Yes,⟧” Vasquez-Hale said, to laughter. “⟦d:a|I'll even send a car.⟧”

### 002
@a Dominic Ferreira-Lowe | the housing minister
@b Sunniva Hartmann | Presenter
@c - | one listener from Drumcaslin
The housing minister, Dominic Ferreira-Lowe, repeatedly declined to say whether the government would meet its target of 300,000 new homes a year during a combative interview on Northern Broadcasting's breakfast programme on Tuesday.
Presenter Sunniva Hartmann asked the minister at the outset: "⟦d:b|Will you hit the target, yes or no?⟧"
"⟦d:a|What I can tell you is that we have built more homes in the last twelve months than in any year for a decade,⟧" Ferreira-Lowe said.
"⟦d:b|That's not what I asked.⟧"
"⟦d:a|It's the answer that matters to people who are looking for a home.⟧"
Hartmann put the question again, and then a third time. "⟦d:b|Minister, I'll try it differently. Is 300,000 still the target?⟧"
"⟦d:a|The target is there. It's an ambition, and ambitions are meant to be stretching,⟧" he said.
"⟦d:b|So you won't hit it.⟧"
"⟦d:a|I didn't say that.⟧"
Pressed on figures from the Office for Construction Statistics showing that completions had fallen for two successive quarters, the minister said the data reflected "⟦p:a|a very difficult market for builders⟧" rather than government policy.
Later in the programme, Hartmann said listeners had been getting in touch "⟦p:b|in their hundreds⟧". One listener from Drumcaslin, she said, had asked simply: "⟦d:c|Where am I supposed to live?⟧"

### 003
@a Rosalind Achebe-Marsh | The committee's chair
@b Anton Wexley | the department's permanent secretary
@c Gethin Prys | the MP for Llanfor East
The most senior civil servant at the Department for Transport and Ports has admitted that officials knew the Hallam Viaduct contract was running £400m over budget eight months before ministers were told.
Sir Anton Wexley, the department's permanent secretary, told MPs on the Public Accounts Committee that the delay in informing ministers had been “⟦p:b|a serious error of judgment⟧” and that he took “⟦p:b|full responsibility⟧” for it.
The committee's chair, Rosalind Achebe-Marsh, was unconvinced. “⟦d:a|Full responsibility is a phrase I hear a great deal in this room, Sir Anton. What does it actually mean? Has anyone lost their job?⟧”
“⟦d:b|Nobody has been dismissed, no,⟧” Wexley replied. “⟦d:b|Two senior officials have moved to other roles.⟧”
“⟦d:a|Moved to other roles,⟧” Achebe-Marsh repeated. “⟦d:a|On the same salary?⟧”
“⟦d:b|I'd have to write to the committee on that.⟧”
Gethin Prys, the MP for Llanfor East, asked why a spreadsheet flagging the overspend, circulated internally in March, had been marked “⟦s:-|not for onward transmission⟧”.
“⟦d:c|Who decided ministers shouldn't see it? Because somebody did,⟧” Prys said.
Wexley said he had seen “⟦p:b|no evidence of any deliberate concealment⟧” and that an internal review would report by the autumn. “⟦d:b:m|I want to be candid with the committee. The culture in that part of the department was not what it should have been. People were afraid of bringing bad news upstairs.⟧
“⟦d:b|That is a failure of leadership, and I include myself in that.⟧”
After the session, Prys told reporters the answers had been “⟦p:c|frankly pitiful⟧”.

### 004
@a - | the Prime Minister's official spokesperson
@b - | one reporter
@c - | Another journalist
@e - | a senior official
@d Felicity Danquah | The shadow home secretary
The Prime Minister's official spokesperson declined on Monday to say whether Rahim Castellane still had confidence in his home secretary, Odette Lamarque, following reports that she had overruled officials in a deportation case.
Asked repeatedly at the regular lobby briefing whether the prime minister had full confidence in Lamarque, the spokesperson said: “⟦d:a|The Prime Minister works closely with the Home Secretary every day and that continues.⟧”
“⟦d:b|That's not the same thing as confidence, is it?⟧” one reporter asked.
“⟦d:a|I've given you my answer.⟧”
Another journalist asked whether the prime minister had read the internal email, first reported by the Sentinel, in which a senior official described the decision as “⟦p:e|legally unsafe⟧”. “⟦d:c|Has he read it or not?⟧”
“⟦d:a|I'm not going to get into the internal workings of government or comment on leaked documents,⟧” the spokesperson said. “⟦d:a|What I would say is that the Home Secretary acts within the law at all times.⟧”
The shadow home secretary, Felicity Danquah, said the answers amounted to “⟦p:d|a masterclass in saying nothing⟧”. “⟦d:d|If the Prime Minister has confidence in her, he should say so. If he doesn't, he should sack her. Hiding behind a spokesperson is not leadership,⟧” she said.

### 005
@a Imogen Saltire | the leader of the Progressive Alliance
@b - | a man in a high-visibility jacket
@c Bernadette Kovac | a packer who has worked at the plant for 19 years
@d Wendell Osei | The plant manager
Imogen Saltire, the leader of the Progressive Alliance, was confronted by an angry worker on Thursday during a campaign visit to a biscuit factory in Meldon Bridge.
As Saltire toured the packing line in a hairnet, a man in a high-visibility jacket shouted: "⟦d:b|You lot closed the pit and now you want my vote?⟧"
Saltire stopped and walked over to him. "⟦d:a|I wasn't even born when the pit closed, but I hear you,⟧" she said. "⟦d:a|What would you want me to do for this town?⟧"
"⟦d:b|Bring the trains back. That'd be a start,⟧" the man replied, before walking off.
Bernadette Kovac, a packer who has worked at the plant for 19 years, said she had not decided how to vote. "⟦d:c|They all turn up in a hairnet for the cameras,⟧" the 58-year-old said. "⟦d:c|I'll believe it when the bus runs past eight o'clock.⟧"
The plant manager, Wendell Osei, said the company had invited all the main parties. "⟦d:d|We're not political. We just want people to see what we make here,⟧" he said.
Speaking to reporters afterwards, Saltire described the exchange as "⟦p:a|exactly what campaigning should be⟧". "⟦d:a|If you only ever talk to people who agree with you, you shouldn't be in this job,⟧" she said.

### 006
@m Hilary Omondi-Pike | the vicar of St Aldhelm's
@r Maureen Tatlock | a retired midwife from Treve
@a Jonah Petrakis | the sitting MP
@b Farida Nasser | the Progressive Alliance candidate
@c Ruairi Dunphy | -
@d Leonie Brandt | a dairy farmer
@q - | one resident at the back
More than 200 people packed into St Aldhelm's church hall in Ashcombe on Tuesday night for the only hustings of the campaign in the Ashcombe and Treve constituency.
The evening, chaired by the vicar of St Aldhelm's, the Rev Hilary Omondi-Pike, began calmly enough. “⟦d:m|I'd ask everyone to remember we're in a church, and to be kind,⟧” she said. “⟦d:m|Heckling will be tolerated within reason.⟧”
It was the first question, on the proposed closure of Treve's cottage hospital, that set the tone. Maureen Tatlock, a retired midwife from Treve, asked the sitting MP, Jonah Petrakis, why he had voted against an amendment to keep it open.
“⟦d:r|You told us in this very hall five years ago that you would fight for it. What happened?⟧”
Petrakis, who has held the seat since 2015, said the amendment had been “⟦p:a|a stunt⟧” with no funding attached. “⟦d:a|I have met the health board four times about Treve. I'm still fighting for it. I just don't think voting for a press release is fighting,⟧” he said.
Farida Nasser, the Progressive Alliance candidate, was having none of it. “⟦d:b|With respect, Jonah, you've had five years. The hospital has lost two wards in that time. If that's fighting, I'd hate to see you lose.⟧”
The line drew the loudest applause of the night.
Ruairi Dunphy, standing for the Greens, said the debate should be about buses as much as hospitals. “⟦d:c|There's no point keeping a hospital open if nobody in the villages can get to it,⟧” he said.
The independent candidate, Leonie Brandt, a dairy farmer, drew laughs when she said she was “⟦p:d|the only person on this stage who has actually delivered a baby, albeit a calf⟧”.
When one resident at the back called out “⟦d:q|What about the potholes?⟧”, the Rev Omondi-Pike replied: “⟦d:m|We'll get to the potholes. We will always get to the potholes.⟧”

### 007
@a Desmond Ayodele | Council leader
@b Priscilla Vane | leader of the opposition group
@g Gordon Finchley | -
@l Brian Lusk | the chairman
@c Yusuf Karimi | the cabinet member for planning
@d Hetty Grainger | -
Plans for 640 homes on farmland north of Tamsworth were approved on Wednesday night after a four-hour meeting of the district council in which one councillor was asked to leave the chamber.
Council leader Desmond Ayodele told the meeting the town "⟦p:a|cannot keep saying no⟧" to new housing. "⟦d:a|Our young people are leaving because they can't afford to live where they grew up. Every one of us knows a family that's had to move away,⟧" he said.
Cllr Priscilla Vane, leader of the opposition group, said the scheme had been "⟦p:b|rushed through⟧" without proper consultation. "⟦d:b|We have had one drop-in session, on a weekday afternoon, in a building with no parking. That isn't consultation, that's a box being ticked,⟧" she said.
The meeting was halted for ten minutes after Cllr Gordon Finchley repeatedly interrupted the cabinet member for planning, Yusuf Karimi.
When Finchley shouted "⟦d:g|This is a stitch-up and everyone knows it⟧" for a third time, the chairman, Cllr Brian Lusk, asked him to leave. "⟦d:l|Councillor Finchley, I have warned you twice. Please leave the chamber,⟧" he said.
Finchley left to applause from some residents in the public gallery.
Karimi said the developer had agreed to fund a new primary school and a roundabout on the Harlow Road. "⟦d:c|This is the best deal this council has ever negotiated on a site of this size,⟧" he said. "⟦d:c|I'd invite anyone who disagrees to show me a better one.⟧"
Hetty Grainger, who lives on Orchard Row next to the site, said outside the meeting that residents would consider a legal challenge. "⟦d:d|They made their minds up months ago. Tonight was theatre,⟧" she said.

### 008
@a Harriet Nwachukwu | the former foreign secretary
@b Solveig Lindqvist | the finance minister
@c - | One MP backing Lindqvist
@d - | An ally of Nwachukwu
The contest to succeed Martin Hollowell as leader of the National Party turned openly hostile on Sunday as the two remaining candidates traded accusations over tax and trust.
Harriet Nwachukwu, the former foreign secretary, used a speech in Dunmere to accuse her rival of “⟦p:a|balancing the books on the backs of the people who vote for us⟧”.
“⟦d:a|Solveig is a decent person and a capable minister. But she has spent three years telling our voters that they can't have what they were promised,⟧” she said. “⟦d:a|I'm telling them they can.⟧”
Solveig Lindqvist, the finance minister, hit back within the hour. Speaking to reporters in Port Ellery, she said her opponent's plans contained “⟦p:b|£28bn of promises and not a penny of explanation⟧”.
“⟦d:b|Harriet has many talents. Arithmetic has never been one of them,⟧” she said. “⟦d:b|I'm not going to win this contest by telling members what they want to hear, and I don't think she should either.⟧”
Asked whether she would serve in a Nwachukwu cabinet, Lindqvist said: “⟦d:b|Let's see who wins first.⟧”
One MP backing Lindqvist, who asked not to be named, said the former foreign secretary's campaign was “⟦p:c|writing cheques the party can't cash⟧”. An ally of Nwachukwu countered: “⟦d:d|Solveig's problem is that members have heard the spreadsheet speech before, and they didn't like it the first time.⟧”
Ballots go out to the party's 140,000 members next week.

### 009
@a - | a senior Treasury official
@b - | One government source
@c - | A second source
@d - | A Treasury spokesperson
@e Anwen Caradog | The opposition's finance spokeswoman
Ministers were warned that scrapping the fuel duty rebate for farmers would cost the government more in lost revenue than it saved, according to a leaked memo seen by the Clarion.
The memo, written by a senior Treasury official in February and circulated to the finance minister's private office, says the policy is “⟦p:a|very unlikely to deliver the savings claimed⟧” and warns of “⟦p:a|significant political risk in rural seats⟧”.
“⟦d:a|We would advise strongly against announcing this measure before the modelling is complete,⟧” the memo says.
One government source said the document had been “⟦p:b|deliberately buried⟧”. “⟦d:b|It went up to the private office and it never came back down. Nobody wanted to hear it,⟧” the source said.
A second source, who has seen the document, disputed that account. “⟦d:c|Ministers saw the advice and made a judgment. That's how government is supposed to work,⟧” they said.
A Treasury spokesperson said: “⟦d:d|We do not comment on leaks. All tax policy is kept under review.⟧”
The opposition's finance spokeswoman, Anwen Caradog, said the memo showed the government had “⟦p:e|ignored its own experts⟧”. “⟦d:e|Farmers were told this was about fairness. It turns out it wasn't even about money,⟧” she said.

### 010
@a Ilse Varga | Foreign Minister
@b Tomás Arredondo | Her Orsovan counterpart
@c - | A Kestrian reporter
@d - | An official travelling with the Orsovan delegation
The foreign ministers of Kestria and Orsova pledged on Friday to reopen the Verrin border crossing before winter, but failed to agree on the disputed fishing grounds that have soured relations between the two neighbours for a decade.
«⟦d:a|We have not solved everything today, and I will not pretend that we have,⟧» Foreign Minister Ilse Varga told a joint press conference in Halvik. «⟦d:a|But for the first time in six years, our two governments are talking about the same map.⟧»
Her Orsovan counterpart, Tomás Arredondo, speaking through an interpreter, said the crossing would reopen «⟦p:b|as soon as the engineers allow it, and not one day later⟧».
«⟦d:b|People on both sides of the river have waited long enough. Families have been divided by a bridge,⟧» he said.
A Kestrian reporter asked whether the agreement was «⟦p:c|worth the paper it is written on⟧» while fishing boats were still being seized.
«⟦d:a|It is worth a great deal to a grandmother in Verrin who has not seen her grandchildren since 2019,⟧» Varga replied. «⟦d:a|The boats are a separate conversation, and a difficult one.⟧»
Arredondo, in a rare moment of levity, added: «⟦d:b|If it were easy, our predecessors would have done it.⟧»
An official travelling with the Orsovan delegation said privately that the fishing talks had been «⟦p:d|cordial but stuck⟧».

### 011
@a Abena Owusu-Darko | President
@e Meridian Council | -
@b Lars Henningsen | the Norvalian prime minister
@c - | One diplomat from a northern member state
@d Coastal Futures Network | a coalition of campaign groups
PORT SARANDA, June 14 (Tidewire) - Leaders of the Meridian Council agreed on Saturday to triple funding for coastal flood defences by 2030, but stopped short of the binding targets demanded by the bloc's most vulnerable island states.
"⟦d:a|We came here for a promise and we are leaving with a pledge. A pledge is not nothing, but it is not enough,⟧" President Abena Owusu-Darko of Kassala told reporters at the close of the two-day summit.
The Meridian Council said in its final communique that members would "⟦p:e|make every effort⟧" to reach the new target, wording that campaigners said gave richer states an escape route.
Lars Henningsen, the Norvalian prime minister, defended the compromise. "⟦d:b|Binding targets that nobody meets are worth less than voluntary targets that everyone does,⟧" he said. "⟦d:b|I would rather under-promise and deliver.⟧"
One diplomat from a northern member state, speaking on condition of anonymity, said talks had almost collapsed overnight. "⟦d:c|At three in the morning there was no text. At six there was. Don't ask me what happened in between, because I was asleep,⟧" the diplomat said.
Coastal Futures Network, a coalition of campaign groups, said the deal was "⟦p:d|a lifeboat with a hole in it⟧". "⟦d:d|Island communities cannot evacuate on the basis of best efforts,⟧" it said in a statement.
Owusu-Darko said she would return to the issue at next year's summit in Lembe. "⟦d:a|We will be back. The sea certainly will,⟧" she said.

### 012
@a Cormac Devlin-Arce | The schools minister
@b Agnieszka Thorne | the Prime Minister
@c - | A friend of Devlin-Arce
@d Beatrix Okonkwo | the opposition education spokeswoman
The schools minister, Cormac Devlin-Arce, resigned on Thursday evening over the government's decision to cut funding for free breakfast clubs, becoming the third minister to quit in a month.
In his resignation letter to the Prime Minister, Agnieszka Thorne, he wrote: “⟦d:a|I came into politics because a breakfast club kept me in school. I cannot in good conscience defend a decision that will take that chance away from other children.⟧”
“⟦d:a:m|I remain a loyal member of this party and will support the government from the back benches on every other issue.⟧
“⟦d:a|But on this one, I have to follow my conscience.⟧”
In her reply, Thorne thanked him for his “⟦p:b|energy and decency⟧” and said she was “⟦p:b|sorry, though not surprised⟧” by his decision. “⟦d:b|You have always been clear about where you stand on this, and I respect that,⟧” she wrote.
A friend of Devlin-Arce said he had agonised over the decision for a week. “⟦d:c|He was up until two in the morning drafting that letter. He really didn't want to go,⟧” the friend said.
Beatrix Okonkwo, the opposition education spokeswoman, said the resignation was “⟦p:d|a damning verdict from inside the tent⟧”. “⟦d:d|When your own schools minister can't stomach your schools policy, it's time to think again,⟧” she said.

### 013
@a Nigel Barrowcliffe | MP
@b Sharon Tilley | Neighbour
@c - | A source close to the MP
@d Public Purse Alliance | Campaign group
@e - | A spokesman for the Independent Parliamentary Standards Authority
A PENNY-PINCHING MP claimed £2,300 of taxpayers' cash for a heated koi pond at his second home - then told a neighbour it was "⟦p:a|none of her business⟧".
MP Nigel Barrowcliffe, who earns £91,000 a year, put the pond pump, filters and underwater lighting on expenses, documents obtained by the Daily Beacon reveal.
Neighbour Sharon Tilley, 54, said she raised the matter with him over the garden fence. "⟦d:b|I said, 'Nigel, are we paying for your fish?' and he told me it was none of my business,⟧" she said. "⟦d:b|Well, it is my business. It's my money.⟧"
Last night Barrowcliffe insisted the claim was "⟦p:a|entirely within the rules⟧". "⟦d:a|The pond is part of the property. The rules were followed to the letter and the claim was approved,⟧" he said.
A source close to the MP added: "⟦d:c|He's livid. It's a tiny sum and it's been blown out of all proportion.⟧"
But campaign group Public Purse Alliance blasted the claim as "⟦p:d|fishy in every sense⟧". "⟦d:d|Families are choosing between heating and eating and this man wants us to heat his koi,⟧" it said.
A spokesman for the Independent Parliamentary Standards Authority said: "⟦d:e|All claims are assessed against the published scheme. We do not comment on individual cases.⟧"

### 014
@a Oluwaseun Adeyemi-Clarke | The finance minister
@b Marguerite Fallon | The programme's presenter
@c Declan Abara | the shadow finance minister
The finance minister has refused to rule out raising income tax in next month's budget, telling the BNC's Sunday programme that “⟦p:a|everything is on the table⟧”.
Oluwaseun Adeyemi-Clarke said the public finances were in “⟦p:a|a worse state than anyone outside the Treasury realised⟧”, and that he would “⟦p:a|not insult people's intelligence⟧” by making promises he could not keep.
The programme's presenter, Marguerite Fallon, put it to him that his party's manifesto had pledged not to raise the basic rate.
“⟦d:b|It's in black and white, Minister. Page twelve. ‘We will not raise the basic rate of income tax.’ Are you going to break that promise?⟧”
“⟦d:a|What I'm going to do,⟧” Adeyemi-Clarke said, “⟦d:a|is set out a budget that is honest about the choices this country faces. I'm not going to do the budget on your sofa, Marguerite.⟧”
“⟦d:b|With respect, you've done half of it already by telling us everything is on the table.⟧”
He laughed. “⟦d:a|Nice try.⟧”
Later on the same programme, the shadow finance minister, Declan Abara, said voters had been “⟦p:c|taken for fools⟧”. “⟦d:c|They promised, in writing, not to do this. If he does it, he should do the decent thing and go,⟧” Abara said. “⟦d:c|He won't, of course.⟧”

### 015
@a Teodora Valcu | Senator
@b Ignatius Mbeki-Rowe | The Senate president
@d - | a senator on the government benches
@c Piet Dorrestijn | The majority leader
Senator Teodora Valcu spoke for eleven hours and twenty minutes on Thursday in an attempt to block the government's water privatisation bill, the longest speech in the chamber's history.
``⟦d:a|I will stand here until my legs give out or until this government listens, whichever comes first,⟧'' Valcu said shortly after 9 a.m., as she began reading from letters sent by residents of the drought-hit south.
By mid-afternoon she had read 340 of them. ``⟦d:a|This one is from Agata in Brezno. She is eighty-four. She writes: ‘They have already sold the bus, the post office and the school. Now they want to sell the rain.’⟧''
The Senate president, Ignatius Mbeki-Rowe, twice warned her to keep to the subject of the bill. ``⟦d:b|The senator will confine her remarks to the matter before the chamber,⟧'' he said.
``⟦d:a|Every word I have said is about water, Mr President,⟧'' Valcu replied. ``⟦d:a|If the government finds it boring, they should try living without it.⟧''
Government senators repeatedly tried to interrupt. At one point a senator on the government benches shouted ``⟦d:d|Sit down!⟧'', to which Valcu responded: ``⟦d:a|I would love to. I have been standing since breakfast.⟧''
The majority leader, Piet Dorrestijn, called the speech ``⟦p:c|a stunt dressed up as principle⟧'' and said the bill would pass ``⟦p:c|next week, next month or next year⟧''.
Valcu finally sat down at 8.20 p.m. Asked by reporters how she felt, she said: ``⟦d:a|Hungry.⟧''

### 016
@a Marjorie Ekwueme-Strand | The government chief whip
@b - | One former minister
@c Ansel Garrow | a backbencher who defied her on the welfare bill
@d Kit | a retired schoolteacher
Marjorie Ekwueme-Strand keeps a jar of boiled sweets on her desk and a list of names in her head. The government chief whip, who has held the job under two prime ministers, is by common consent the most feared woman at Westgate - and the least interested in talking about it.
“⟦d:a|Feared is a silly word,⟧” she says, unwrapping a lemon drop. “⟦d:a|I prefer ‘well informed’.⟧”
Colleagues tell it differently. One former minister, who crossed her once over a vote on rail nationalisation, describes being summoned to her office as “⟦p:b|like being sent to the headmistress, if the headmistress also knew who you'd had dinner with⟧”.
“⟦d:b|She never raised her voice. She didn't need to. She just told me what my constituency chairman had said about me at the Christmas party,⟧” he says.
Ekwueme-Strand, 57, grew up above a launderette in Calder Mills. Her politics, she says, were formed by the people who came in with their washing.
“⟦d:a:m|You heard everything in a launderette. Who'd lost their job, whose marriage was going, whose son was in trouble. Nobody tells you more than somebody waiting for a spin cycle.⟧
“⟦d:a:m|That's what whipping is, really. It's listening. Ninety per cent of the job is knowing what people are worried about before they do.⟧
“⟦d:a|The other ten per cent is arithmetic.⟧”
Ansel Garrow, a backbencher who defied her on the welfare bill, is more generous than might be expected. “⟦d:c|She rang me the night before the vote and asked about my mother, who was ill. Then she asked how I was voting. I told her, and she said, ‘Fair enough, see you Thursday.’ That was it. No threats,⟧” he says. “⟦d:c|I think that frightened me more.⟧”
Her husband, Kit, a retired schoolteacher, says she leaves the job at the door - mostly. “⟦d:d|She'll sometimes stare into the middle distance at dinner and I know someone's going to have a very bad Monday,⟧” he says.
Asked whether she ever wants a department of her own, she laughs. “⟦d:a|And give up the sweets?⟧”

### 017
@a Gwendolyn Ashby-Nkemelu | Town mayor
@b Philip Carradine | The town clerk
@e Rachel Imrie | one of the three who voted against
@c - | one resident
@d Stan Wozniak | -
Kilbrennan Town Council has voted to raise its share of council tax by 14 per cent, blaming the cost of running the town's public toilets and Christmas lights.
The increase, agreed by eight votes to three at Monday's meeting in the Corn Exchange, will add about £19 a year to a Band D bill.
Town mayor Gwendolyn Ashby-Nkemelu said councillors had taken "⟦p:a|no pleasure⟧" in the decision. "⟦d:a|We looked at closing the toilets. We looked at scrapping the lights. Every option was worse than this,⟧" she said.
The town clerk, Philip Carradine, told the meeting that reserves had fallen to "⟦p:b|a level I would describe as uncomfortable⟧". "⟦d:b|If the boiler in this building fails this winter, and it is forty years old, we could not pay to replace it,⟧" he said.
Deputy mayor Rachel Imrie, one of the three who voted against, said the council should have looked harder at staffing costs. "⟦d:e|We've added a part-time post every two years for a decade. Nobody wants to talk about that,⟧" she said.
During the public session, one resident asked: "⟦d:c|Can we at least have lights that work this year?⟧" The question drew laughter and applause.
Stan Wozniak, who runs the butcher's on Market Street, said traders were "⟦p:d|fed up of paying more for less⟧". "⟦d:d|The lights were half off last year. Half the town was in the dark,⟧" he said.

### 018
@a Viktor Halloran-Sesay | Prime Minister
@c Ingrid Solberg-Ahn | the Speaker
@b Yelena Markovic | the opposition leader who tabled the motion
@e Centre Union | -
@d - | A government whip
ASTRAVA, March 3 (Tidewire) - Prime Minister Viktor Halloran-Sesay survived a vote of no confidence in parliament on Tuesday by just three votes, after a small centrist party abstained at the last minute.
The motion was defeated by 161 votes to 158, the Speaker, Ingrid Solberg-Ahn, announced to the chamber shortly after 7 p.m. “⟦d:c|The noes have it. The noes have it. Unlock,⟧” she said.
Yelena Markovic, the opposition leader who tabled the motion, said the margin showed the government was “⟦p:b|living on borrowed time⟧”. “⟦d:b|Three votes. That is not a mandate, it is a reprieve,⟧” she told reporters in the lobby. “⟦d:b|We will be back.⟧”
Halloran-Sesay, speaking outside parliament, said he was “⟦p:a|humbled⟧” and would “⟦p:a|get back to work⟧”. “⟦d:a|A win is a win. The opposition had their chance and they failed,⟧” he said.
The Centre Union, whose four MPs abstained, said in a statement that it had acted “⟦p:e|to avoid an election nobody wants in the middle of winter⟧”.
A government whip, who spoke on condition of anonymity, described the final hours as “⟦p:d|the worst afternoon of my life⟧”. “⟦d:d|We had two members in hospital and one stuck on a train. I was ringing ambulance crews,⟧” the whip said.

### 019
@a Mairead Ní Bhraonáin | First Minister
@b Osric Pemberton | leader of the Assembly's largest opposition party
@c Ruth Abernethy | the Presiding Officer
@d Sanjay Mehrotra | the Assembly's only independent member
First Minister Mairead Ní Bhraonáin was accused on Tuesday of «⟦p:b|ducking responsibility⟧» for the collapse of the regional ferry contract, in one of the most heated question sessions of the Assembly's term.
Osric Pemberton, leader of the Assembly's largest opposition party, asked her four times who had signed off the decision to award the £60m contract to Tarrant Marine, which entered administration last month.
«⟦d:b|It is a simple question. Who signed it? Was it her, was it her minister, or was it nobody?⟧» Pemberton said.
Ní Bhraonáin said the decision had been taken «⟦p:a|on the basis of the best advice available at the time⟧». «⟦d:a|Hindsight is a wonderful thing, and the member has a great deal of it,⟧» she said.
When Pemberton attempted to interject for a fifth time, the Presiding Officer, Ruth Abernethy, cut him off. «⟦d:c|Mr Pemberton, you have had your questions. Sit down, please,⟧» she said.
Sanjay Mehrotra, the Assembly's only independent member, asked the First Minister to apologise to islanders left without a reliable service. She began her reply in Irish - «⟦d:a|Tá brón orm⟧» - before repeating it in English: «⟦d:a|I am sorry. I am sorry for every cancelled sailing and every missed hospital appointment.⟧»
Mehrotra said afterwards that the apology was «⟦p:d|welcome but overdue⟧». «⟦d:d|Islanders don't need the First Minister to be sorry. They need a boat,⟧» he said.

### 020
@a Bartholomew Quaye | Mayor
@b Denise | -
@c Gareth | a cab driver from the east side
@d Zainab Hussaini | Host
Mayor Bartholomew Quaye faced a grilling from listeners on City FM on Friday over the introduction of a congestion charge, with one caller telling him he had "⟦p:b|ruined⟧" her business.
Denise, from Holloway Park, said she ran a florist's and had lost a third of her trade since the charge began. "⟦d:b|My customers have stopped coming in. They go to the out-of-town place with the free car park. You've ruined me, Mayor Quaye,⟧" she said.
"⟦d:a|I'm genuinely sorry to hear that, Denise,⟧" Quaye replied. "⟦d:a|We are looking at a discount scheme for small businesses and I would like you to be part of that conversation.⟧"
"⟦d:b|I don't want a conversation. I want my customers back.⟧"
Gareth, a cab driver from the east side, said traffic had in fact improved. "⟦d:c|I've got to say, Mayor, I'm doing my airport runs in half the time. I was against it. I'm not any more,⟧" he said.
Host Zainab Hussaini asked the mayor whether he would scrap the charge if it cost him the election. "⟦d:d|Would you?⟧"
"⟦d:a|No,⟧" Quaye said. "⟦d:a|Some things are worth losing for.⟧"
Hussaini pointed out that he had said the same thing about the bus lanes in 2021, "⟦p:d|and then you scrapped them⟧".
"⟦d:a|Fair point,⟧" he conceded. "⟦d:a|I'm older and more stubborn now.⟧"

### 021
@a Elspeth Marangoni | a former compliance officer at Harwood Defence Systems
@b Olamide Fashola | the chair
@d Rupert Ings-Mahlangu | a Liberal Reform member of the committee
@c Harwood Defence Systems | -
A whistleblower has told MPs she was instructed to “⟦p:a|stop writing things down⟧” after raising concerns that military components were being exported without the correct licences.
Elspeth Marangoni, a former compliance officer at Harwood Defence Systems, said she had flagged at least fourteen shipments to senior managers between 2019 and 2022.
“⟦d:a|I was told I was being unhelpful. Then I was told I was being emotional. Then I was told to stop writing things down,⟧” she told the defence committee on Wednesday.
Olamide Fashola, who chairs the committee, asked who had given that instruction. “⟦d:b|Was it a single individual, Ms Marangoni, or was it more general than that?⟧” the chair asked.
“⟦d:a|It was said to me by my line manager. I don't believe he thought of it himself,⟧” she replied.
Rupert Ings-Mahlangu, a Liberal Reform member of the committee, asked why she had not gone to the police. “⟦d:d|Why come to us and not to the police?⟧”
“⟦d:a|I did go to the police. They sent me a leaflet,⟧” Marangoni said, drawing murmurs from the public gallery.
Harwood Defence Systems said in a statement that it “⟦p:c|strongly rejects⟧” the allegations and had “⟦p:c|cooperated fully with every regulatory inquiry⟧”. “⟦d:c|We are proud of our compliance record and will be providing a full written response to the committee,⟧” it said.

### 022
@a Lin Meixiu | Foreign ministry spokeswoman
@b - | A reporter from the Pacific News Agency
@c - | another reporter
@d Arvid Lenk | Korosian embassy spokesman
TASMARIN, Oct 9 (Tidewire) - Foreign ministry spokeswoman Lin Meixiu on Monday dismissed as “⟦p:a|baseless speculation⟧” reports that Tasvania had expelled two Korosian diplomats in retaliation for a trade dispute.
“⟦d:a|The two individuals concerned engaged in activities incompatible with their diplomatic status. That is all I will say,⟧” Lin told the regular briefing.
A reporter from the Pacific News Agency asked whether the expulsions were connected to Koros's decision last week to impose tariffs on Tasvanian steel. “⟦d:b|The timing is quite a coincidence, isn't it?⟧”
“⟦d:a|I would not call it anything. I have answered your question,⟧” she said.
“⟦d:c|Can you confirm or deny that your ambassador in Koros is being recalled?⟧” another reporter asked.
“⟦d:a|I have no information on that at this time,⟧” Lin said, a phrase she used six times during the 40-minute briefing.
Korosian embassy spokesman Arvid Lenk said in a post on social media that the expulsions were “⟦p:d|unjustified and regrettable⟧” and that Koros “⟦p:d|reserves the right to respond⟧”.

### 023
@a Precious Mthembu | the Progressive Alliance candidate for Ellerby North
@c Teddy Aldous | Her campaign agent
@b Ron | a man who gave his name only as Ron
@d - | one woman in a dressing gown
@e Ivy Pryce | -
It is raining sideways on Cobden Terrace, and Precious Mthembu, the Progressive Alliance candidate for Ellerby North, has been told to go away three times in ten minutes.
“⟦d:a|That's fine. That's actually a good rate,⟧” she says, shaking out her umbrella. “⟦d:a|On a bad night it's five.⟧”
Her campaign agent, Teddy Aldous, 23, consults a tablet. “⟦d:c|Number 14 is a maybe. Voted for us in 2019, didn't vote last time,⟧” he says.
At number 14, a man who gave his name only as Ron answers the door in his socks. “⟦d:b|I'm not voting. You're all the same,⟧” he says.
“⟦d:a|What would make me different?⟧” Mthembu asks.
He thinks about it. “⟦d:b|Turn up when it's not an election.⟧”
She writes it down. Later she will say it was “⟦p:a|the most useful thing anyone said all week⟧”.
Further along the terrace, one woman in a dressing gown opens her door, looks at the rosette, says “⟦d:d|Not tonight, pet,⟧” and shuts it again. Ivy Pryce, 88, at number 30, invites the candidate in for tea and talks for twenty minutes about her late husband's allotment.
“⟦d:e|I'll vote for you, love,⟧” she says at the door. “⟦d:e|I voted for the last one too, and look what happened to him.⟧”

### 024
@b Jasper Okafor | the home secretary
@a Rafael Montero-Quist | the former health secretary
@c Moira Ferguson-Reid | the party chairwoman
@d - | one member from Aberlady
@e - | A Montero-Quist campaign aide
The two men vying to lead the Unity Party clashed over immigration and the party's future at a members' hustings in Farrowgate on Saturday, with the home secretary accusing his rival of "⟦p:b|living in a fantasy⟧".
Rafael Montero-Quist, the former health secretary, told the 900 members in the hall that the party had "⟦p:a|lost its nerve⟧". "⟦d:a|We were elected to do difficult things and we've spent three years doing easy things badly,⟧" he said.
Jasper Okafor, the home secretary, said his opponent had left the health department "⟦p:b|in a worse state than he found it⟧". "⟦d:b|Rafael talks about nerve. I've had the job he says he wants for two years, and I can tell you nerve isn't the problem. Money is,⟧" Okafor said.
Moderating, the party chairwoman, Moira Ferguson-Reid, repeatedly asked the audience to let the candidates finish. "⟦d:c|Let him answer. You'll get your turn,⟧" she said at one point.
The sharpest moment came when one member from Aberlady asked: "⟦d:d|Can you each name one policy of the other man's that you actually admire?⟧" There was a long pause.
"⟦d:a|Jasper's very good on prisons,⟧" Montero-Quist said eventually.
"⟦d:b|And Rafael,⟧" Okafor replied, "⟦d:b|is very good at speeches.⟧"
A Montero-Quist campaign aide said afterwards that the jibe would "⟦p:e|play badly with members who want a grown-up contest⟧". Okafor's team declined to comment.

### 025
@a - | One senior figure in the Social Democrats
@b - | A negotiator on the Farmers' League side
@c Henrike Vos | the Social Democrat leader
@d Gerrit Pasman-Ode | The Farmers' League leader
Coalition talks between the Social Democrats and the Farmers' League were on the brink of collapse on Wednesday night after a row over the so-called “⟦s:-|nitrogen question⟧”, according to people on both sides.
One senior figure in the Social Democrats said the Farmers' League had “⟦p:a|walked in with a list of demands and walked out with the same list⟧”. “⟦d:a|We have moved on nine points out of ten. They have moved on none. At some point you have to ask whether they want to govern at all,⟧” the figure said.
A negotiator on the Farmers' League side gave a different account. “⟦d:b|They keep saying they've moved. Moved where? We're still looking at the same document we had in March,⟧” the negotiator said, speaking on condition of anonymity because the talks are confidential.
Arriving at the parliament building on Thursday morning, the Social Democrat leader, Henrike Vos, insisted the talks were “⟦p:c|difficult but alive⟧”. “⟦d:c|I'm not going to negotiate through the newspapers. Anyone who is briefing against the process should ask themselves whose interest that serves,⟧” she said.
The Farmers' League leader, Gerrit Pasman-Ode, was blunter. Asked by reporters whether a deal was still possible, he said: “⟦d:d|Possible? Yes. Likely? Ask me on Friday.⟧”

### 026
@a Amaru Quispe | -
@b Corinne Babatunde | the then finance minister
@c Clearwater Rivers Trust | -
Amaru Quispe has been environment minister for eighteen months and says he has “⟦p:a|aged about ten years⟧” in that time. Ahead of the publication on Thursday of the government's river pollution plan, titled “⟦s:-|Clean Rivers 2035⟧”, he spoke to the Courier. The interview has been edited for length and clarity.
Q: Why has it taken so long?
A: Because the first draft was bad. I sent it back. When I first raised penalties for the water companies in cabinet, the then finance minister, Corinne Babatunde, told me it was “⟦p:b|a nice idea for a richer country⟧”. That was the mood.
Q: The Clearwater Rivers Trust has called the plan “⟦p:c|greenwash with a ribbon on it⟧”.
A: They've not read it. It's not published.
Q: They've read the leaked version.
A: Then they've read a version that no longer exists. I'd say to them: wait until Thursday, then call it whatever you like.
Q: Will anyone go to prison?
A: If they break the law, yes. I'm not going to shout “⟦s:-|lock them up⟧” like a politician on a podium. But the powers are there, and they will be used.

### 027
@a Magnus Thorvaldsen | The incumbent
@b Emeka Obi-Lindgren | a former police superintendent
@m Yolanda Ferreira | The debate's moderator
@c Aiyana Whitehorse | a city councillor running for the Greens
The three candidates for mayor of Port Kessel traded barbs over crime, rents and a much-delayed tram line in their only televised debate on Wednesday night.
The incumbent, Magnus Thorvaldsen, who is seeking a third term, opened by saying the city was "⟦p:a|safer, greener and busier⟧" than when he took office. "⟦d:a|I'm not asking you to think everything's perfect. I'm asking you to look at where we were,⟧" he said.
Emeka Obi-Lindgren, a former police superintendent, said residents did not feel safer. "⟦d:b|Ask anyone who gets the night bus whether they feel safer. I have. They don't,⟧" he said. "⟦d:b|The mayor's been in office eight years and he's discovered crime in the last eight weeks.⟧"
"⟦d:a|That's simply not true, Emeka,⟧" Thorvaldsen interjected.
"⟦d:b|It's on your own website, Magnus.⟧"
The debate's moderator, Yolanda Ferreira, stepped in. "⟦d:m|Gentlemen, let's bring Councillor Whitehorse in. She hasn't spoken for six minutes,⟧" she said.
Aiyana Whitehorse, a city councillor running for the Greens, said both men were "⟦p:c|arguing about the past⟧". "⟦d:c|The tram was promised in 2016. My daughter was in primary school. She's now at university and she still gets the bus,⟧" she said.
Asked in the final round to say one nice thing about an opponent, Thorvaldsen said of Obi-Lindgren: "⟦d:a|He's very tall.⟧"

### 028
@a Nkechi Obiora-Lang | Finance Minister
@b Hamish Dreever | the opposition's finance spokesman
@c Institute for Public Finance | an independent think tank
@d - | One backbencher from the governing party
Finance Minister Nkechi Obiora-Lang unveiled a £14bn package of tax cuts and spending on Wednesday, telling parliament it was “⟦p:a|a budget for the people who get up early⟧”.
“⟦d:a:m|For too long, those who do the right thing have been asked to carry everyone else. Today, that changes.⟧
“⟦d:a|From April, the basic rate of income tax falls by one penny. Fuel duty is frozen for a fifth year. And every child in a state primary school will get a free hot lunch.⟧”
The last announcement drew cheers, and a cry of “⟦d:-|About time!⟧” from the opposition benches.
Hamish Dreever, the opposition's finance spokesman, described the budget as “⟦p:b|a pre-election bribe with a post-election bill⟧”. “⟦d:b|She has cut a penny today so she can take a pound tomorrow. Anyone who has lived through the last three years knows how this ends,⟧” he said.
The Institute for Public Finance, an independent think tank, said the measures were “⟦p:c|largely paid for by assumptions⟧”. “⟦d:c|The growth forecast underpinning this budget is more optimistic than any independent forecaster's. If it is wrong, the money is not there,⟧” the institute said.
One backbencher from the governing party, who asked not to be named, said colleagues were “⟦p:d|delighted but nervous⟧”. “⟦d:d|It's a great budget if you believe the numbers. I'd like to believe the numbers,⟧” the backbencher said.

### 029
@a Aurelio Bianchi-Moss | The Speaker
@b Constance Ruddock | the Minister for Digital Affairs
@c Idris Gwynne | the MP who raised the complaint
@d - | One senior clerk
The Speaker, Aurelio Bianchi-Moss, ruled on Monday that the Minister for Digital Affairs, Constance Ruddock, had shown ``⟦p:a|a clear discourtesy⟧'' to the House by announcing a new online safety regime to journalists before informing MPs.
In a statement from the chair, he said: ``⟦d:a|This House is not an afterthought. Ministers who wish to make announcements should make them here first, and they should not need to be reminded of that by me.⟧''
Idris Gwynne, the MP who raised the complaint, said the ruling was ``⟦p:c|a welcome rap on the knuckles⟧''. ``⟦d:c|I read about the policy on my phone on the train. My constituents deserved to hear it from the despatch box,⟧'' he said.
Ruddock apologised in the chamber an hour later. ``⟦d:b|I accept the Speaker's ruling in full. It was not my intention to show any disrespect to this House, and I apologise unreservedly,⟧'' she said.
Bianchi-Moss replied: ``⟦d:a|I am grateful to the minister. Let us say no more about it.⟧''
One senior clerk said privately that the ruling was the strongest of its kind ``⟦p:d|in at least a decade⟧''.

### 030
@b Dermot Fay | general secretary of the Nurses' Guild
@a Rhiannon Castell-Obi | the MP for Harbourside
@e Ayşe Demirci | a theatre nurse from Lowfield
@d - | One nurse
@c Westgate Police | -
Thousands of nurses marched on parliament on Saturday to demand a pay rise of at least 8 per cent, carrying placards reading “⟦s:-|Clap for us? Pay us⟧” and “⟦s:-|Can't heal on an empty wallet⟧”.
Chants of “⟦s:-|What do we want? Fair pay!⟧” echoed along Westgate Embankment as the march reached Parliament Square.
Dermot Fay, general secretary of the Nurses' Guild, told the crowd from a flatbed lorry: “⟦d:b|They stood on their doorsteps and clapped. Now they're sitting in that building and counting. We are not going away.⟧”
Rhiannon Castell-Obi, the MP for Harbourside, worked as a paediatric nurse before her election. “⟦d:a|I wore that uniform for twelve years. I know what a twelve-hour shift does to your back and to your bank balance,⟧” she told the crowd. “⟦d:a|I'll be taking your voices into that chamber on Monday.⟧”
Ayşe Demirci, a theatre nurse from Lowfield, travelled overnight by coach to be there. “⟦d:e|I love my job. I just can't afford it any more,⟧” the 29-year-old said.
One nurse, who asked not to be named because she feared disciplinary action, said: “⟦d:d|Half my ward is looking at agency work or Australia.⟧”
Westgate Police said the march had been “⟦p:c|overwhelmingly peaceful⟧”, with two arrests for public order offences.

### 031
@a Valdorian Foreign Ministry | -
@b Henrik Saarinen | Lysandria's ambassador
@c Dragana Petrović | Deputy Foreign Minister
@e - | prosecutors
@d - | A Western diplomat in Korvat
The Valdorian Foreign Ministry summoned Lysandria's ambassador on Tuesday to protest against what it called «⟦p:a|a gross interference in internal affairs⟧» after a Lysandrian minister criticised the arrest of an opposition journalist.
In a statement, the ministry said: «⟦d:a|The Republic of Valdoria will not tolerate foreign officials commenting on ongoing judicial proceedings.⟧»
Lysandria's ambassador, Henrik Saarinen, spent forty minutes at the ministry. Speaking to reporters outside, he said: «⟦d:b|I listened carefully to what my hosts had to say. I also said what I came to say, which is that journalists should not be in prison for doing their jobs.⟧»
Deputy Foreign Minister Dragana Petrović, who met the ambassador, told state television that Lysandria should «⟦p:c|look at its own prisons before lecturing others⟧». «⟦d:c|We are a sovereign country. We do not accept lessons from anyone, and certainly not from a government that cannot run its own railways,⟧» she said.
The journalist, Luka Brankov of the weekly Glas, was arrested last week on what prosecutors described as charges of «⟦p:e|spreading false information⟧».
A Western diplomat in Korvat said the row was «⟦p:d|more theatre than substance⟧». «⟦d:d|Both sides needed to be seen to do something. Neither side wants this to go further,⟧» the diplomat said.

### 032
@e - | party strategists
@a Graham Otterburn | The returning officer
@b Shanice Appiah-Doyle | a former youth worker
@c Roderick Falconer | The National Party candidate
@f Baz Wilkins | -
KIRKBY MOOR - The Progressive Alliance has won the Kirkby Moor by-election, overturning a majority of more than 11,000 in a result described by party strategists as "⟦p:e|beyond our wildest dreams⟧".
The returning officer, Graham Otterburn, declared the result in the sports hall of St Anselm's school at 3.42 a.m. "⟦d:a|I hereby declare that Shanice Appiah-Doyle is duly elected as the Member of Parliament for Kirkby Moor,⟧" he said, to a roar from Progressive Alliance activists.
Shanice Appiah-Doyle, 31, a former youth worker, said the result was "⟦p:b|a message that can't be ignored⟧". "⟦d:b|People in Kirkby Moor have been taken for granted for a very long time. Tonight they said: no more,⟧" she said.
"⟦d:b|I want to thank my mum, who has delivered more leaflets in the last six weeks than the postman,⟧" she added, to laughter.
The National Party candidate, Roderick Falconer, congratulated the winner but said the result was "⟦p:c|a protest, not a verdict⟧". "⟦d:c|Mid-term by-elections are where voters kick the government. I understand that. I'd have kicked us too,⟧" he said.
Baz Wilkins, of the Breakfast Party, who won 212 votes, shouted "⟦d:f|Free toast for all!⟧" from the stage before being ushered off.

### 033
@b Fenella Grieve | The committee's chair
@a Lucian Abernathy-Oyelaran | Health Minister
@c Nadia Rahimi | a former GP
@e - | a junior official
@d - | A spokesperson for Clarendon Medical Supplies
The health minister was accused on Tuesday of “⟦p:b|wilful blindness⟧” over a £220m contract for protective equipment awarded to a company founded six weeks earlier.
Health Minister Lucian Abernathy-Oyelaran told the health and social care committee that the contract with Clarendon Medical Supplies had been signed “⟦p:a|in an emergency, under enormous pressure, to save lives⟧”.
The committee's chair, Dame Fenella Grieve, said that did not explain why officials had been told to fast-track the firm. “⟦d:b|Minister, there were 400 companies in that queue. This one jumped to the front. Who moved it?⟧”
“⟦d:a|It was moved by officials on the basis of its ability to deliver,⟧” he said.
“⟦d:b|Its ability to deliver? It had no warehouse. Either nobody checked, which is wilful blindness, or somebody did and didn't care.⟧”
Nadia Rahimi, a former GP, then produced an email in which a junior official described the firm as “⟦p:e|a friend of the department⟧”.
“⟦d:c|What does ‘a friend of the department’ mean, Minister? Because to me it reads like a phone number in someone's contacts,⟧” she said.
Abernathy-Oyelaran said he had “⟦p:a|never heard the phrase before today⟧”.
A spokesperson for Clarendon Medical Supplies said: “⟦d:d|We delivered every item we were contracted to deliver, on time, when others couldn't.⟧”

### 034
@a Toby Harcastle | Transport Secretary
@b - | an aide
@e Wenna Kerrow | Commuter
@c Marion Greaves | Opposition transport spokeswoman
@d - | A source at the Transport Ministry
CAUGHT ON MIC: Transport Secretary Toby Harcastle branded rail passengers "⟦p:a|whingers⟧" in an astonishing gaffe picked up by a microphone he thought was switched off.
The blundering minister was filmed after a TV interview at Harcombe station on Tuesday telling an aide: "⟦d:a|Honestly, they'd whinge if the trains were made of chocolate.⟧"
The aide could be heard replying: "⟦d:b|Mic's still on, Toby.⟧"
"⟦d:a|Oh, for God's sake,⟧" Harcastle muttered.
Last night furious commuters demanded an apology. Commuter Wenna Kerrow, 44, who travels daily from Polwenna, fumed: "⟦d:e|I've been stood in a vestibule for forty minutes every morning since March. If that's whingeing, I'm a whinger and proud.⟧"
Opposition transport spokeswoman Marion Greaves said the remarks showed "⟦p:c|the contempt this government has for ordinary people⟧". "⟦d:c|He should try getting the 7.12 from Polwenna before he calls anybody names,⟧" she said.
A source at the Transport Ministry insisted the minister had been "⟦p:d|joking⟧" and would "⟦p:d|apologise to anyone offended⟧".
Later Harcastle wrote on social media: "⟦d:a|I made a flippant remark and I'm sorry. Passengers have every right to be frustrated.⟧"

### 035
@a Ulrike Brandauer | Chancellor
@b Étienne Moravec | President
@c Kaito Morishima | Prime Minister
@d - | one reporter
LUMEN, May 22 (Tidewire) - The leaders of Vestria, Carolan and Ishima pledged on Thursday to build a joint semiconductor plant and to coordinate export controls, in what they described as “⟦p:-|a new chapter⟧” in their relationship.
“⟦d:a|Three countries, one supply chain. This is how democracies answer dependency,⟧” Chancellor Ulrike Brandauer of Vestria told a joint news conference after the summit.
President Étienne Moravec of Carolan said the plant, to be built near the border town of Saint-Rémy-des-Eaux, would create 6,000 jobs. “⟦d:b|We used to compete for these factories. Now we will share one. It is less glamorous, perhaps, but it is more sensible,⟧” he said.
Prime Minister Kaito Morishima of Ishima, speaking through an interpreter, said the deal sent “⟦p:c|a clear signal to those who would use trade as a weapon⟧”.
Asked which country he had in mind, Morishima smiled. “⟦d:c|I think everybody in this room knows. I do not need to say it, and so I will not.⟧”
One reporter asked: “⟦d:d|Chancellor, who pays if the plant runs over budget?⟧”
“⟦d:a|We will split the costs, and the arguments, three ways,⟧” Brandauer said.

### 036
@a Babajide Ogunleye | the council's cabinet member for education
@b Carys Llewellyn | a mother of three whose youngest attends the school
@d Fiona McAlister | Headteacher
@e Hywel Pritchard | the councillor
@c Teachers' Alliance | -
Parents have vowed to fight plans to close Glanrafon Primary School after councillors voted on Thursday to begin a formal consultation.
Babajide Ogunleye, the council's cabinet member for education, said falling pupil numbers left the council with “⟦p:a|no responsible alternative⟧”. “⟦d:a|There are 41 children in a building built for 210. Every empty desk costs money that should be spent in classrooms elsewhere,⟧” he said.
Carys Llewellyn, a mother of three whose youngest attends the school, said the figures ignored the new housing estate being built on the edge of the village. “⟦d:b|In two years there'll be 300 new homes up the road. Where are those children meant to go? On a bus for forty minutes?⟧”
Headteacher Fiona McAlister said staff were “⟦p:d|heartbroken but determined⟧”. “⟦d:d|This school has been here since 1896. We've survived two world wars and a flood. We'll survive a consultation,⟧” she said.
Hywel Pritchard, who represents Glanrafon on the council, accused the cabinet of “⟦p:e|closing schools by spreadsheet⟧”. “⟦d:e|Nobody in that cabinet has set foot in the school this year. I invited them. Not one came,⟧” the councillor said.
The Teachers' Alliance said in a statement: “⟦d:c|Small schools are the heart of rural communities. Closing them is a false economy.⟧”

### 037
@a Rosa Idowu-Fitzgerald | -
@c - | a delegate
@d Tariq Mahmood-Steele | The party's deputy leader
@b - | One shadow cabinet member
Rosa Idowu-Fitzgerald used her first conference speech as leader of the Democratic Left to promise a “⟦p:a|decade of renewal⟧” and to tell voters that her party had “⟦p:a|changed, and changed for good⟧”.
Speaking in front of a backdrop bearing the slogan “⟦s:-|Hope is a plan⟧”, she told delegates in Marrowby:
“⟦d:a:m|I know what people say about us. They say we're good at protesting and bad at governing. They say we care more about arguing with each other than about winning.⟧
“⟦d:a:m|Well, look around this hall. Look at who's here. Nurses, bus drivers, small business owners, farmers. Farmers, at our conference!⟧
“⟦d:a|We are not a protest any more. We are a government in waiting, and we are done waiting.⟧”
The speech was briefly interrupted when a delegate shouted “⟦d:c|What about the rail strike?⟧” from the floor. Idowu-Fitzgerald paused and replied: “⟦d:a|We'll talk about it after, I promise. I'm not going anywhere.⟧”
The party's deputy leader, Tariq Mahmood-Steele, said afterwards that the speech had been “⟦p:d|the best I've heard from this stage in twenty years⟧”. One shadow cabinet member was more measured: “⟦d:b|Good speech. Now we need a manifesto that matches it.⟧”

### 038
@a Perpetua Onyango | Culture Minister
@b Rhys Tallant-Bose | presenter
@c - | A spokesperson for the culture ministry
@d Channel 9 | -
The culture minister walked out of a live television interview on Monday evening after being pressed on funding cuts to regional theatres.
Culture Minister Perpetua Onyango had been appearing on Channel 9's evening news programme to discuss the government's new arts strategy. Four minutes into the interview, presenter Rhys Tallant-Bose asked her about the closure of the Marlow Playhouse, which lost its grant in April.
"⟦d:b|You've said the arts are for everyone. The only theatre in Marlow closed on Saturday. Who is it for now?⟧" Tallant-Bose asked.
"⟦d:a|I'm not going to comment on individual funding decisions, which are made at arm's length,⟧" Onyango said.
"⟦d:b|You signed off the budget, Minister.⟧"
"⟦d:a|I've said I'm not going to comment. If you're not going to ask me about the strategy, I don't see the point of this.⟧"
She then removed her earpiece and left the studio, leaving Tallant-Bose to address an empty chair. "⟦d:b|Well. The minister has left us,⟧" he told viewers. "⟦d:b|We did invite her to talk about the arts.⟧"
A spokesperson for the culture ministry later said the minister had been "⟦p:c|ambushed⟧" and that the interview had been agreed "⟦p:c|on the basis that it would be about the strategy⟧". Channel 9 said in a statement that it "⟦p:d|does not agree interview topics in advance with anyone⟧".

### 039
@a - | One defence official
@b - | A second official
@c Ministry of Defence and Veterans | -
@d Ifeoma Chukwu-Rhys | a defence analyst at the Hartwell Institute
@e - | One serving officer
The government is preparing to cut two of the navy's six frigates as part of a defence review due next month, according to officials familiar with the plans.
One defence official said the decision had been taken “⟦p:a|in principle⟧” at a meeting of the national security council last week. “⟦d:a|The numbers don't work any other way. It's frigates or it's the new drones, and the drones won,⟧” the official said.
A second official, who asked not to be named because they were not authorised to speak publicly, said the navy had fought the cut “⟦p:b|tooth and nail⟧”. “⟦d:b|The First Sea Lord was in the building every day for a fortnight. It didn't help,⟧” they said.
The Ministry of Defence and Veterans said it would “⟦p:c|not speculate on the outcome of the review⟧”. “⟦d:c|No decisions have been taken. The review will be published in the usual way,⟧” it said.
Dr Ifeoma Chukwu-Rhys, a defence analyst at the Hartwell Institute, said: “⟦d:d|Every review promises to be bold and every review ends up cutting ships. The only surprise would be if they didn't.⟧”
One serving officer was blunter. “⟦d:e|We'll have a navy that looks great on a slide deck,⟧” he said.

### 040
@a Áilu Somby | the only Sámi member of the Nordfjell Assembly
@b Kjersti Hovland | Industry minister
@c Berit Eira | a reindeer herder from the Duottar district
Áilu Somby, the only Sámi member of the Nordfjell Assembly, began his speech against the proposed Rávdu copper mine in his own language. “⟦d:a|Dát lea min eana,⟧” he said, before translating: “⟦d:a|This is our land.⟧”
“⟦d:a:m|My grandfather herded reindeer on that mountain. My mother did. My daughter does. Now the government tells us that the mountain is more valuable with a hole in it.⟧
“⟦d:a|I ask this chamber: valuable to whom?⟧”
Industry minister Kjersti Hovland said the mine would bring 400 jobs to a region where young people were “⟦p:b|leaving in their thousands⟧”. “⟦d:b|I have great respect for the member and for reindeer husbandry. But respect cannot be the same as a veto,⟧” she said.
Chants of “⟦s:-|Land is life⟧” broke out in the public gallery and the session was briefly suspended.
Outside the assembly, Berit Eira, a reindeer herder from the Duottar district, said the minister's words had been “⟦p:c|polite and empty⟧”. “⟦d:c|She says respect. Respect would be asking us before drawing the map, not after,⟧” she said.

### 041
@a Ottilie Brask | -
@b - | One minister
@c Conall Breathnach | -
Ottilie Brask has been called many things in her eleven years as the MP for Sandwell Fen. The whips' office, according to one former colleague, refers to her simply as ``⟦s:-|the weather⟧'' - because, as with the weather, nobody can do anything about her.
``⟦d:a|I quite like it,⟧'' she says. ``⟦d:a|Weather is honest. It doesn't pretend to be sunny when it's raining.⟧''
Brask has voted against her own government 63 times, more than any other MP on the government side. She is proud of the number and slightly embarrassed by it.
``⟦d:a:m|People think I enjoy it. I don't. Every time I walk through the wrong lobby I feel sick.⟧
``⟦d:a|But I was sent here by the people of Sandwell Fen, not by the party, and on the days when those two things point in different directions I know which one I'm supposed to follow.⟧''
One minister, asked about her, sighs theatrically. ``⟦d:b|Ottilie is principled. I just wish her principles came with a bit more notice,⟧'' he says.
Conall Breathnach, who ran her first campaign, remembers her knocking on 6,000 doors. ``⟦d:c|She wore out two pairs of shoes and she still keeps them in a box under the stairs. She calls them her ‘mandate’,⟧'' he says.
To the party's loyalists she is a ``⟦s:-|serial rebel⟧''; to her constituents, who returned her with an increased majority last time, she is simply Ottilie. Asked whether she would ever accept a ministerial job, she laughs. ``⟦d:a|Nobody's going to offer me one. And if they did, I'd read the small print.⟧''

### 042
@a Darcy Whitelaw-Nguyen | Premier
@b Bronwyn Hatzis | Opposition Leader
@d Dale Pocock | The member for Yarrabee
@c Raymond Tiakiwai | Speaker
Premier Darcy Whitelaw-Nguyen has accused the Opposition of "⟦p:a|scaremongering⟧" over hospital ramping, in a fiery question time that saw one MP ejected from the chamber.
Opposition Leader Bronwyn Hatzis asked the Premier to explain why ambulances had spent a record 4,100 hours waiting outside emergency departments last month. "⟦d:b|Will the Premier stop blaming the weather, the federal government and the previous government, and take responsibility for his own hospitals?⟧" she asked.
"⟦d:a|I'll take responsibility for the 1,200 extra nurses we've hired, which is 1,200 more than those opposite ever did,⟧" Whitelaw-Nguyen said.
The member for Yarrabee, Dale Pocock, then called out "⟦d:d|What about Yarrabee hospital?⟧" and was warned by Speaker Raymond Tiakiwai. "⟦d:c|The member for Yarrabee is warned,⟧" Tiakiwai said.
Moments later, Pocock interjected again. "⟦d:d|Bring back the helipad!⟧" he shouted.
"⟦d:c|The member will remove himself from the chamber for one hour under standing order 126,⟧" the Speaker said. Pocock left, waving to the gallery.
Whitelaw-Nguyen resumed: "⟦d:a|That's the Opposition's health policy, Speaker. Shouting, and then leaving.⟧"

### 043
@a Malcolm Ebuka-Harrow | the Cabinet Secretary
@c - | One special adviser
@b Yusra Haddad | Prime Minister
@d Oisín Mac Lochlainn | The opposition's chief whip
The country's most senior civil servant has warned staff that anyone found to have leaked details of the government's immigration plans will face dismissal, as an inquiry into the leak widened to include ministers' own advisers.
In an email to all staff in the Cabinet Office, seen by the Standard, Sir Malcolm Ebuka-Harrow, the Cabinet Secretary, wrote: “⟦d:a|The unauthorised disclosure of this material was a serious breach of trust. Those responsible will be identified, and the consequences will be severe.⟧”
He added: “⟦d:a|I would remind colleagues that the Official Secrets Act applies to everyone in this building, whatever their grade.⟧”
One special adviser, who has been interviewed by the inquiry team, described the atmosphere as “⟦p:c|a witch-hunt with biscuits⟧”. “⟦d:c|They want your phone, your laptop and your diary for the last month. Everyone's terrified, including people who've never spoken to a journalist in their life,⟧” the adviser said.
Prime Minister Yusra Haddad, asked about the inquiry on a visit to a school in Penhallow, said: “⟦d:b|Leaking is wrong. It undermines good government. I fully support the Cabinet Secretary.⟧”
Asked whether she would sack a minister if one was found responsible, she replied: “⟦d:b|Let's let the inquiry do its work.⟧”
The opposition's chief whip, Oisín Mac Lochlainn, said: “⟦d:d|The government is more upset that the plans leaked than that they were bad plans.⟧”

### 044
@a Kenneth Oyebanji | The sitting commissioner
@b Lorraine Maddox | a former detective inspector
@d - | A woman in the front row
@c Jagdeep Sandhu | a magistrate standing as an independent
@e Ellen Foy | the chair of the Hebburn Residents' Association
Candidates for police and crime commissioner were challenged over rural crime and response times at a hustings in Hebburn village hall on Thursday.
The sitting commissioner, Kenneth Oyebanji, said response times had improved "⟦p:a|in every single district⟧" since his election. "⟦d:a|I'm not going to stand here and pretend the job's done. But we've turned a corner,⟧" he said.
Lorraine Maddox, a former detective inspector, said she had heard the same phrase "⟦p:b|three elections running⟧". "⟦d:b|Every commissioner turns a corner. We must be going round in circles,⟧" she said. The line drew applause.
A woman in the front row asked the candidates what they would do about quad bikes on the moors. "⟦d:d|They come through at two in the morning. I ring the police and I'm on hold for forty minutes. What are you going to do?⟧"
Jagdeep Sandhu, a magistrate standing as an independent, said rural crime was "⟦p:c|treated as a hobby, not a priority⟧". "⟦d:c|I see the cases that come to court. The ones that don't come to court are the real scandal,⟧" he said.
Ellen Foy, the chair of the Hebburn Residents' Association, who organised the event, said afterwards that she was pleased with the turnout. "⟦d:e|We had 140 people. For a wet Thursday in Hebburn, that's a riot,⟧" she said. "⟦d:e|Not literally, I should say.⟧"

### 045
@a Isadora Quintanilla-Reyes | the president's nominee for attorney general
@b Walt Breckinridge | the committee's ranking minority member
@d - | a protester in the audience
@c Adaeze Nwosu | The committee chairwoman
Isadora Quintanilla-Reyes, the president's nominee for attorney general, told senators on Tuesday that she would resign “⟦p:a|before I would follow an unlawful order⟧”, in a confirmation hearing dominated by questions about her independence.
Senator Walt Breckinridge, the committee's ranking minority member, pressed her repeatedly on her friendship with the president. “⟦d:b|You've spent two Christmases at his ranch. How are the American people supposed to believe you'd investigate him if you had to?⟧”
“⟦d:a|Because I prosecuted my own law school roommate, Senator,⟧” she replied. “⟦d:a|You're welcome to ask her how that went.⟧”
The hearing was briefly halted when a protester in the audience stood and shouted “⟦d:d|Justice isn't for sale!⟧” before being escorted out by police officers.
The committee chairwoman, Adaeze Nwosu, said she expected a vote “⟦p:c|within a fortnight⟧”. “⟦d:c|The nominee has answered every question put to her, including some that I thought were beneath this committee,⟧” Nwosu said.

### 046
@a Rustam Yeshenov | Foreign Minister
@b Mirela Costache | a correspondent for Radio Danubia
@c Mikael Ström | His counterpart from Nordhavn
@d - | A member of Yeshenov's delegation
ALMAREK - Foreign Minister Rustam Yeshenov of Kazaria lost his temper on Monday when pressed at a news conference about the detention of a foreign aid worker, accusing a reporter of «⟦p:a|doing someone else's work⟧».
Mirela Costache, a correspondent for Radio Danubia, asked whether Kazaria would allow consular access to Annika Hald, a Nordhavn citizen held since March. «⟦d:b|She has not seen a lawyer in seven months. Can you tell us why?⟧»
«⟦d:a|You ask me this question every time. I wonder who asks you to ask it,⟧» Yeshenov said. «⟦d:a|The lady is being treated according to our laws. That is all.⟧»
«⟦d:b|Nobody asks me, Minister. I ask because nobody else will,⟧» Costache replied.
His counterpart from Nordhavn, Mikael Ström, standing beside him at the lectern, said he had raised the case «⟦p:c|directly and forcefully⟧» during their talks. «⟦d:c|We will not stop raising it. Annika Hald should be at home with her family,⟧» he said.
A member of Yeshenov's delegation later told reporters that the minister had been «⟦p:d|tired after a long flight⟧».

### 047
@c Hortense Bigg | the party's returning officer
@a Kwabena Mensah-Holt | -
@b Siobhán Ó Dálaigh | the former justice minister
@d - | one ally of Ó Dálaigh
Kwabena Mensah-Holt was elected leader of the Civic Party on Saturday, winning 57 per cent of the members' vote and becoming the first Black leader of a major party in the country's history.
The result was read out by the party's returning officer, Hortense Bigg, at a packed conference centre in Lowrie: “⟦d:c|Kwabena Mensah-Holt, 41,203 votes. Siobhán Ó Dálaigh, 31,087 votes. I therefore declare Kwabena Mensah-Holt elected as leader of the Civic Party.⟧”
Mensah-Holt, 46, embraced his rival before taking to the stage. “⟦d:a:m|My father came to this country with one suitcase and a letter from a cousin. He drove a bus for thirty years. He never once missed a vote.⟧
“⟦d:a|Dad, if you're watching, and I know you are, because you told me you'd be in the front row and then sat at the back: this one's for you.⟧”
Ó Dálaigh, the former justice minister, conceded gracefully. “⟦d:b|The members have spoken and they've spoken clearly. Kwabena has my full support, and he'll have it on the bad days too,⟧” she said.
But one ally of Ó Dálaigh was less gracious, warning that the new leader had “⟦p:d|a honeymoon measured in weeks⟧”. “⟦d:d|He's won the party. Now he has to win the country, and the country doesn't go to hustings,⟧” the ally said.
As Mensah-Holt left the stage, a voice from the back of the hall shouted “⟦d:-|Go on, Kwabena!⟧”, and he turned and waved.

### 048
@a Ingrid Castellanos | Energy Secretary
@h Hamid Sadeghi | Presenter
@l - | a listener in Skerrow
@v Lotte Vermeer | His co-presenter
Energy Secretary Ingrid Castellanos has admitted that household energy bills are unlikely to fall before next winter, in an interview on Coastline Radio's drivetime programme.
Presenter Hamid Sadeghi opened by reading out a message from a listener in Skerrow: "⟦d:l|My bill has gone up four times in two years. When does it come down?⟧"
"⟦d:a|I understand that frustration completely, and I'm not going to pretend there's a quick fix,⟧" Castellanos said. "⟦d:a|Realistically, we're looking at next winter before people see a real difference.⟧"
His co-presenter, Lotte Vermeer, asked whether Castellanos's promise at the party conference in October of "⟦p:a|cheaper bills within a year⟧" had been a mistake. "⟦d:v|You stood on a stage and said it. People believed you,⟧" Vermeer said.
"⟦d:a|I said it, and I meant it. The gas price then did something nobody predicted,⟧" she replied.
"⟦d:v|Nobody? Several analysts predicted exactly that,⟧" Vermeer said.
"⟦d:a|Well, not the ones we were listening to.⟧"
"⟦d:h|Maybe you need new analysts, Secretary,⟧" Sadeghi suggested.
"⟦d:a|Maybe,⟧" Castellanos said, laughing. "⟦d:a|Send me their numbers.⟧"

### 049
@a Barnaby Sutcliffe-Okoro | Mayor of Ashwell
@b Janice Threlfall | Former mayor
@d Ashwell Heritage Society | -
@c - | A council spokesman
A row has broken out in Ashwell after the town's mayor wore the 200-year-old chain of office to his nephew's stag do.
Photos posted on social media show Mayor of Ashwell Barnaby Sutcliffe-Okoro wearing the gold chain in a bar in Brightsea, alongside a man dressed as a banana.
“⟦d:a|It was a lapse of judgment, and I've apologised to the council,⟧” Sutcliffe-Okoro told the Ashwell Gazette. “⟦d:a|In my defence, the banana was my nephew.⟧”
Former mayor Janice Threlfall said she was “⟦p:b|absolutely appalled⟧”. “⟦d:b|I wore that chain for two years and I never took it further than the civic centre car park. It belongs to the town, not to whoever happens to be mayor,⟧” she said.
The Ashwell Heritage Society said the chain, made in 1824, was “⟦p:d|a priceless part of our history, not a party accessory⟧”.
A council spokesman confirmed that the chain had been returned “⟦p:c|undamaged, though slightly sticky⟧” and had been cleaned by a jeweller at the mayor's expense.
It is now kept in a locked cabinet marked “⟦s:-|Civic regalia: not to be removed⟧”.

### 050
@b Jeremiah Adebayo-Lund | the backbench MP who introduced the bill
@a Helena Szymańska-Ward | a former palliative care consultant
@c Fionnuala Deasy | -
@d Gopal Raghunathan | The Deputy Speaker
MPs have voted by 312 to 277 to allow terminally ill adults to seek help to end their lives, after a five-hour debate in which members spoke of the deaths of parents, partners and patients.
Jeremiah Adebayo-Lund, the backbench MP who introduced the bill, opened the debate by describing his mother's final weeks.
“⟦d:b:m|She was a nurse for forty years. She knew exactly what was coming, and she asked me, more than once, to help her. I couldn't. The law said I couldn't.⟧
“⟦d:b|I'm not asking this House to agree with what she wanted. I'm asking it to let the next person in her position have a choice she never had.⟧”
Dr Helena Szymańska-Ward, a former palliative care consultant, said she had “⟦p:a|the greatest respect⟧” for him but would vote against. “⟦d:a|I have sat with hundreds of dying people. Very few of them wanted to die sooner. Almost all of them were frightened of being a burden. A law like this tells them there is a way to stop being one,⟧” she said.
Fionnuala Deasy, whose husband died of motor neurone disease in 2019, spoke through tears. “⟦d:c|Sean was the bravest man I ever knew. At the end he couldn't swallow, couldn't speak, couldn't hold my hand. Don't tell me that was a good death,⟧” she said.
The chamber was silent for several seconds after she sat down. The Deputy Speaker, Gopal Raghunathan, then said quietly: “⟦d:d|I think the House will want to take a moment.⟧”

### 051
@b - | One Forward Party official at the count in Redmere
@c Pádraig Colgan | the Heritage Party's campaign chief
@a Celestine Mbah | Forward Party leader
@d - | A reporter
22:02 - The exit poll is out, and it predicts that the Forward Party will be the largest party with 281 seats, short of an overall majority. One Forward Party official at the count in Redmere told us: "⟦d:b|If that's right, we'll take it. If it's wrong in our favour, we'll take that too.⟧"
22:40 - Pádraig Colgan, the Heritage Party's campaign chief, says the exit poll is "⟦p:c|a snapshot, not a result⟧". "⟦d:c|We've seen exit polls get it wrong before. Let's wait for real votes in real boxes,⟧" he told BRN.
23:05 - Cheers in Redmere as the Forward Party gains Redmere South, a seat it last held in 1997.
01:31 - Forward Party leader Celestine Mbah has arrived at her count in Ashgrove. "⟦d:a|It's a long night. I'm not counting any chickens, I'm counting votes,⟧" she told reporters as she went in.
01:48 - A reporter shouted: "⟦d:d|Will you talk to Liberal Reform about a coalition?⟧" Mbah stopped at the door. "⟦d:a|I'll talk to anyone who wants to fix the hospitals. That's not a coalition, that's common sense.⟧"

### 052
@a Augustin Delacourt-Obi | a former trade minister who left government in 2021
@b - | A person familiar with the arrangement
@c Halcyon Strategic | the lobbying firm
A former minister was paid £8,000 a month by a lobbying firm while he was still an MP, according to documents seen by the Ledger.
Augustin Delacourt-Obi, a former trade minister who left government in 2021, is listed in invoices as a “⟦s:-|strategic adviser⟧” to Halcyon Strategic, which represents several water and energy companies.
A person familiar with the arrangement said Delacourt-Obi had attended at least six meetings with officials on Halcyon's behalf. “⟦d:b|He was very clear that he was there as a friend, not as a lobbyist. The officials were very clear that they didn't believe him,⟧” the person said.
Delacourt-Obi said in a statement that he had “⟦p:a|complied fully with all the rules in force at the time⟧” and that the allegations were “⟦p:a|a smear⟧”.
Halcyon Strategic, the lobbying firm, said: “⟦d:c|Mr Delacourt-Obi provided general strategic advice. He never lobbied ministers or officials on behalf of any client.⟧”

### 053
@a Beatriz Holanda | the Meridian Council's chief negotiator
@b Haruto Ishikawa | Her opposite number
@c - | One member of the Meridian delegation
PORT VALE, Aug 2 (Tidewire) - Trade talks between the Meridian Council and Ishima broke up without agreement on Friday after five days of negotiations, with each side blaming the other over agricultural tariffs.
``⟦d:a|We have made progress on almost everything except the things that matter most,⟧'' the Meridian Council's chief negotiator, Beatriz Holanda, told reporters.
Her opposite number, Haruto Ishikawa, speaking through an interpreter, said Ishima had ``⟦p:b|offered more than any previous government⟧''. ``⟦d:b|Rice is not just a crop for us. It is a question of who we are. I hope our friends understand that,⟧'' he said.
One member of the Meridian delegation said privately that the talks had foundered on ``⟦p:c|three tonnes of rice and thirty years of pride⟧''.
Asked whether the talks would resume, Holanda said: ``⟦d:a|We will meet again in the autumn. By then, I hope, everyone will have had a holiday.⟧''

### 054
@a - | one sixth-former
@b Priya Venkataraman | a Year 13 student
@d Anneliese Baptiste | the Forward Party candidate
@c Colm Ferris | the Liberal Reform candidate
About 300 students packed into the sports hall at Castlemere Academy on Friday for a hustings at which, as one sixth-former put it, “⟦p:a|the adults had to answer for once⟧”.
Priya Venkataraman, 17, a Year 13 student, asked the four candidates why she would be able to vote at 18 but not at 16. “⟦d:b|I pay tax on my Saturday job. I can join the army. Why can't I choose who runs the country?⟧”
Anneliese Baptiste, the Forward Party candidate, said her party supported votes at 16. “⟦d:d|You're right, and the only reason it hasn't happened is that some people are frightened of how you'd vote,⟧” she said, to cheers.
Colm Ferris, the Liberal Reform candidate, was asked about tuition fees and admitted that his party had “⟦p:c|got it badly wrong⟧” when last in government. “⟦d:c|I'm not going to defend it. I'm going to tell you what we'd do differently,⟧” he said.

### 055
@a Obadiah Fairclough | the Governor of the Reserve Bank
@b Claudette Mayhew-Singh | -
@c Tobias Wren | a former banker
Interest rates are "⟦p:a|more likely to go up than down⟧" this year, the head of the central bank has told MPs, while warning them against reading too much into the remark.
Obadiah Fairclough, the Governor of the Reserve Bank, told the Treasury committee: "⟦d:a|Inflation is not where we want it to be. It is coming down, but not fast enough for us to relax.⟧"
Claudette Mayhew-Singh, who chairs the committee, asked: "⟦d:b|So should my constituents with mortgages be worried, Governor?⟧"
"⟦d:a|Your constituents should be prepared. That's not quite the same thing,⟧" Fairclough said.
"⟦d:b|It sounds remarkably like the same thing,⟧" Mayhew-Singh replied, to laughter.
Tobias Wren, a former banker, asked whether the bank had been "⟦p:c|asleep at the wheel⟧" in 2022. "⟦d:a|I'd put it differently. We were driving in fog,⟧" Fairclough said. "⟦d:a|With hindsight, we could have slowed down sooner.⟧"

### 056
@a Jolene Marsh-Akintola | the Forward Party's candidate in Dunmere West
@b - | A Forward Party spokesperson
@c Benedict Rawle | Her Heritage Party opponent
A parliamentary candidate has apologised after posts she wrote as a student, describing the town she now hopes to represent as “⟦p:a|a dump with a bus station⟧”, resurfaced online.
Jolene Marsh-Akintola, the Forward Party's candidate in Dunmere West, posted a video on Sunday evening in which she said: “⟦d:a|I was nineteen, I was an idiot, and I was wrong. Dunmere has a great deal more than a bus station. It has my home, my kids' school and a lot of people I love.⟧”
In the original posts, from 2011, she also wrote that she would “⟦p:a|rather eat gravel⟧” than live in the town.
A Forward Party spokesperson said: “⟦d:b|Jolene has apologised. Everyone says silly things at nineteen, and most of us are lucky they weren't written down.⟧”
Her Heritage Party opponent, Benedict Rawle, said voters would “⟦p:c|make up their own minds⟧”. “⟦d:c|I'm not going to kick someone over something they wrote at university. I will say that I've always liked the bus station,⟧” he said.

### 057
@a Fergus Ndlovu-Barr | Immigration minister
@b - | one reporter
@c - | another reporter
@d Department of Home Affairs | -
Immigration minister Fergus Ndlovu-Barr was besieged by reporters outside his home in Kelvinside on Tuesday morning, hours after the Post revealed that his department had lost track of 4,000 asylum cases.
"⟦d:b|Minister, have you lost 4,000 people?⟧" one reporter shouted as he left the house.
"⟦d:a|I'm not going to do this on my doorstep,⟧" Ndlovu-Barr said, walking to his car.
"⟦d:c|Are you going to resign?⟧" another reporter called out.
"⟦d:a|No.⟧"
"⟦d:-|Will you apologise?⟧"
He got into the car without answering. Later, the Department of Home Affairs said in a statement that the figure was "⟦p:d|misleading and out of date⟧".

### 058
@b Derek Hollings | the 67-year-old
@a Marisa Kowalczyk | the city's transport lead
@c Dunmore Cycling Campaign | -
@d - | One taxi driver on Fairfax Road
A petition titled “⟦s:-|Scrap the Fairfax Road lanes⟧” has gathered more than 9,000 signatures in a fortnight, as opposition grows to Dunmore City Council's trial of segregated cycle lanes.
Derek Hollings, who started the petition, said congestion on the road had become dangerous. “⟦d:b|I've lived on Fairfax Road for forty years. I've never seen traffic like it. The ambulance couldn't get to my neighbour last Tuesday,⟧” the 67-year-old said.
Cllr Marisa Kowalczyk, the city's transport lead, said she had “⟦p:a|every sympathy⟧” but would not scrap the scheme. “⟦d:a|We're twelve weeks into an eighteen-month trial. Judge it at the end, not at the start,⟧” she said.
The Dunmore Cycling Campaign said the lanes had increased cycle journeys on the road “⟦p:c|fourfold⟧”.
One taxi driver on Fairfax Road, who did not want to give his name, was less impressed: “⟦d:d|Fourfold? I've seen four cyclists all week, and one of them was lost.⟧”

### 059
@a Winifred Castleton-Ndiaye | The Parliamentary Commissioner for Standards
@b Leopold Varga-Hunt | the MP for Ellesmere Vale
@c - | A spokesman for the government whips' office
The Parliamentary Commissioner for Standards, Winifred Castleton-Ndiaye, has found that Leopold Varga-Hunt, the MP for Ellesmere Vale, breached the code of conduct by failing to declare £34,000 in hospitality from a gambling company.
In her report, published on Thursday, she wrote that the breach was «⟦p:a|serious and sustained⟧» and that Varga-Hunt's explanation - that he had «⟦p:b|simply forgotten⟧» - was «⟦p:a|not credible⟧».
«⟦d:a|Members are expected to know what they have received, particularly when it includes four trips to a private box at the races,⟧» the report said.
Varga-Hunt said in a statement: «⟦d:b|I accept the commissioner's findings and apologise unreservedly. I have now registered the hospitality in full.⟧»
A spokesman for the government whips' office said the matter was «⟦p:c|closed⟧».

### 060
@a Eszter Baráth | a political scientist at the University of Halden
@b - | One cabinet minister
@d Nathaniel Osgood-Fane | a former adviser to three prime ministers
For a government elected on the slogan “⟦s:-|Get It Built⟧”, the last six months have produced remarkably little building. The high-speed line is paused. The new reactors are “⟦s:-|under review⟧”, a phrase that in Westgate has come to mean something closer to “⟦s:-|quietly abandoned⟧”.
“⟦d:a|Every government discovers that announcing things is cheaper than doing them. This one discovered it faster than most,⟧” said Eszter Baráth, a political scientist at the University of Halden.
One cabinet minister, speaking privately, was blunter. “⟦d:b|We've got a delivery unit that doesn't deliver and a growth plan that doesn't grow. Apart from that, it's going brilliantly,⟧” the minister said.
Nathaniel Osgood-Fane, a former adviser to three prime ministers, believes the problem is structural rather than political.
“⟦d:d:m|People blame the politicians, and the politicians blame the planners, and the planners blame the lawyers. They're all right.⟧
“⟦d:d|Until someone is willing to spend political capital on changing the system itself, you can change the slogan every year and nothing will get built.⟧”
Baráth is not optimistic. Asked whether the government could recover, she paused. “⟦d:a|Governments can always recover. This one would need to want to.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh128.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh128",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
