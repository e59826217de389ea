# ruff: noqa: E501
"""Build ``quotes_fresh72.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with heckles and interventions, select
committee, estimates and inquiry hearings, broadcast and radio interviews in which
presenters press ministers, phone-ins, campaign trail walkabouts and hustings, lobby and
government briefings by spokespeople, council and parish meetings, leadership contests,
leaks and unnamed sources, resignation letters and memoirs, summits and foreign
ministers' press conferences, written in the styles of wire, broadsheet, tabloid, local
paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh72-NNN``.

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

* Political and parliamentary titles standing before the name with no appositive
  (``Justice Secretary``, ``Premier``, ``Opposition leader``, ``Councillor``,
  ``Presenter``, ``Host``, ``Youth mayor``) are the description, as written
  (``Hanmoran Foreign Minister``, ``Haverford's council leader``). A role or
  relational phrase followed by the name in apposition (``The Speaker, Imelda
  Corrigan``, ``the host, Maryam Farouk``, ``Your own backbencher, Amina Jallow``) is
  the description as well. An appositive after the name wins over both (``His wife,
  Noor, a GP in Glenfarra``; ``Councillor Harpreet Sandhu, cabinet member for
  finance``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the defeated incumbent``, ``the sixth-former``),
  that description is taken. A non-restrictive relative clause (``, who chaired the
  meeting,``) is never part of a description; a restrictive one is.
* Heckles and shouts: when the passage describes who shouted (``a man in the public
  gallery``, ``opposition MPs``, ``one member``) the speaker is null with that phrase as
  the description; when it only says where the shout came from (``came a shout from
  somewhere below the gangway``, ``someone shouted from the gallery``) speaker and
  description are null. Groups that speak (``prison governors``, ``the 14 leaders``)
  are treated like unnamed individuals.
* Memos, letters, communiqués, manifestos, social media posts and private messages
  belong to their author: the named official, the minister, or the organisation or
  group that issued them (``the memo says`` → its author; ``the communique read`` →
  the bloc that issued it).
* Interrupted speech in a printed exchange: each turn is its own span and belongs to
  whoever's turn it is, including a turn that resumes an interrupted sentence
  (``—capability, and …``).
* A partial quote in an opening paragraph whose speaker is named only further down
  (``told him he was "all mouth"``) belongs to that person once the passage makes it
  clear; words a person is reported to have used in private (``told friends he was
  "done with this government"``) are that person's partial quote.
* In transcript passages whose turns are marked with surnames (``FITZROY:``,
  ``MARSH:``), a presenter quoting someone's words makes a ``partial`` by that person;
  a word put up for discussion as a word is ``scare``.
* A translation the reporter adds in parentheses (``«¡Vergüenza!» («Shame!»)``)
  belongs, like any translation, to the original speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh72.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh72.jsonl")

PASSAGES = """
### 001
@a Halvard Osei | the Prime Minister
@b Ruth Achterberg | the Leader of the Opposition
@c Imelda Corrigan | the Speaker
@d - | opposition MPs
@f Nnamdi Eze | the member for Carrow West
The Prime Minister, Halvard Osei, endured a bruising Question Time on Wednesday as the Leader of the Opposition, Ruth Achterberg, devoted all six of her questions to the collapse of the Northfold hospital contract.
“⟦d:b|Four hundred million pounds of public money, three years of delay and not a single brick laid,⟧” Achterberg told the Commons. “⟦d:b|Will the Prime Minister tell the House who signed this contract off?⟧”
Osei replied that the contract had been “⟦p:a|scrutinised at every stage⟧” and accused the opposition of “⟦p:a|playing politics with patients⟧”.
“⟦d:b|That wasn't an answer, and he knows it wasn't an answer,⟧” she shot back, to shouts of “⟦d:d|Answer!⟧” from opposition MPs.
The Speaker, Imelda Corrigan, was forced to intervene. “⟦d:c|Order! Order! The Leader of the Opposition has a right to be heard, and so does the Prime Minister,⟧” she said. “⟦d:c|Members who wish to shout at each other can do so in the tea room.⟧”
When Achterberg asked whether Osei had been warned in writing about the contractor's finances before the deal was signed, he paused for several seconds. “⟦d:a|I have seen a great many documents in this job,⟧” he said. “⟦d:a|I am not going to give a running commentary on any one of them.⟧”
“⟦d:-|That's a yes, then!⟧” came a shout from somewhere below the gangway.
Later in the session Nnamdi Eze, the member for Carrow West, whose constituents were to have been served by the new hospital, rose to ask when building work would resume.
“⟦d:f|My constituents were promised a hospital by this spring. What they have is a fenced-off car park and a sign,⟧” he said. “⟦d:f|When will they get what they were promised?⟧”
Osei said the health secretary would meet him “⟦p:a|at the earliest opportunity⟧”, an answer that drew groans from both sides of the House.

### 002
@a Calla Moreno-Whyte | Justice Secretary
@b Dev Ahluwalia | the presenter
@c - | prison governors
@d Ministry of Justice | -
Justice Secretary Calla Moreno-Whyte refused eight times to say whether prisoners would be released early this autumn during a tense interview on Radio Marrick's Morning Report on Thursday.
The presenter, Dev Ahluwalia, repeatedly asked whether officials were drawing up an emergency release scheme.
"⟦d:b|It's a simple question, minister. Is there a plan or isn't there?⟧" he asked.
"⟦d:a|What I can tell you is that we are managing the prison population responsibly, and we will go on doing that,⟧" she said.
"⟦d:b|That's not what I asked.⟧"
"⟦d:a|It's the answer I'm giving you, Dev.⟧"
Ahluwalia then read out a letter sent to the department last month by prison governors, who warned that jails in the north-east were "⟦p:c|days, not weeks⟧" from running out of cells.
"⟦d:b|Are they wrong?⟧" he asked.
"⟦d:a|I have enormous respect for governors. They do an extraordinary job in very difficult circumstances,⟧" Moreno-Whyte said. "⟦d:a|But I'm not going to give a running commentary on operational planning on a breakfast programme.⟧"
Asked finally whether she would resign if an early release scheme went ahead, the minister laughed. "⟦d:a|No. Next question,⟧" she said.
The Ministry of Justice later said in a statement that it "⟦p:d|does not comment on speculation about future policy⟧".

### 003
@a Perpetua Nwachukwu | the chair of the public accounts committee
@b Anselm Grieve | the permanent secretary at the Department for Infrastructure
@c Tobias Lindqvist | the MP for Fenmouth and Saltley
Dame Perpetua Nwachukwu, the chair of the public accounts committee, accused the most senior civil servant at the Department for Infrastructure of “⟦p:a|wilful blindness⟧” on Monday over the spiralling cost of the Eastbrook rail tunnel.
Sir Anselm Grieve, the permanent secretary at the Department for Infrastructure, told the committee that he had first learned the project was £1.2bn over budget “⟦p:b|in the spring of last year⟧”, some eight months before ministers announced it.
“⟦d:a|Eight months, Sir Anselm. Eight months in which this committee sat where you are sitting now and was told everything was on track,⟧” Nwachukwu said. “⟦d:a|Who decided we didn't need to know?⟧”
“⟦d:b|Nobody decided that, chair,⟧” Grieve replied. “⟦d:b|There was a genuine period of uncertainty about the figures, and I was not prepared to put a number in front of Parliament that I could not stand behind.⟧”
Tobias Lindqvist, the MP for Fenmouth and Saltley, was unconvinced. “⟦d:c|With respect, that's what every department says when the news is bad,⟧” he said. “⟦d:c|The numbers are always uncertain until they become embarrassing.⟧”
The remark drew laughter from the public seats. Grieve, a civil servant for 31 years, said he “⟦p:b|entirely understood the frustration⟧” but rejected any suggestion of a cover-up.
“⟦d:b|I have never, in my career, sat on information to spare a minister's blushes. I did not do so here.⟧”
Nwachukwu closed the session by asking him to write to the committee within a fortnight setting out a full timeline. “⟦d:a|And I do mean full,⟧” she added.

### 004
@a - | his official spokesman
@b - | one journalist
@c Oyelaran Bakare | Housing Minister
@d Carrick House | -
The Prime Minister retains "⟦p:a|full confidence⟧" in Housing Minister Oyelaran Bakare despite reports that he failed to declare a second rental property, his official spokesman said on Tuesday.
Asked at the regular lobby briefing whether Bakare had broken the ministerial code, the spokesman said: "⟦d:a|That's a matter for the independent adviser, and it wouldn't be right for me to pre-empt his work.⟧"
"⟦d:b|Has the Prime Minister actually spoken to him since the story broke?⟧" one journalist asked.
"⟦d:a|They speak regularly. I'm not going to get into the details of private conversations.⟧"
Pressed on whether the Prime Minister had known about the property before appointing Bakare in March, the spokesman said: "⟦d:a|I'm not aware that he did. I'd point you to what the minister himself has said.⟧"
Bakare said in a statement on Monday night that the omission was "⟦p:c|an honest administrative error⟧" and that he had "⟦p:c|written to the registrar to put it right⟧".
Carrick House later confirmed that the independent adviser had been asked to "⟦p:d|establish the facts⟧" and report back before the summer recess.

### 005
@a Gwenllian Price | the leader of Harrowfield Borough Council
@b Farid Haddad | leader of the council's Independent group
@c Doreen Maltby | a retired teacher who has lived on Tanner's Row for 40 years
@d - | a man in the public gallery
@e Keith Aldous | the mayor
Angry residents packed the public gallery at Harrowfield Town Hall on Tuesday night as councillors voted 31 to 19 to close three branch libraries to help plug a £6.4m hole in the council's budget.
Gwenllian Price, the leader of Harrowfield Borough Council, told the chamber it was “⟦p:a|the hardest decision I have had to make in eleven years as a councillor⟧”.
“⟦d:a|Nobody in this room went into politics to shut libraries,⟧” she said. “⟦d:a|But I will not set an illegal budget, and I will not pretend to people that the money is there when it isn't.⟧”
“⟦d:d|You'd made your minds up before you walked in!⟧” shouted a man in the public gallery, to applause.
The mayor, Councillor Keith Aldous, who was chairing the meeting, warned that he would clear the gallery if there were further interruptions. “⟦d:e|I understand feelings are running high. But this is a meeting held in public, not a public meeting,⟧” he said.
Doreen Maltby, a retired teacher who has lived on Tanner's Row for 40 years, used the public participation slot to speak against the closure of her local branch.
“⟦d:c:m|That library is where children in this part of town do their homework, because a lot of them don't have a quiet room at home or a computer that works. It's where pensioners go to keep warm. It's where I taught half of this chamber to read, and some of you ought to remember that.⟧
“⟦d:c|You keep saying it's a hard decision. It isn't hard for you. It's hard for us.⟧”
Farid Haddad, leader of the council's Independent group, said the administration had “⟦p:b|hidden behind the word ‘consultation’ for six months⟧”.
“⟦d:b|There were alternatives. We put three of them on the table and not one was costed by officers,⟧” Haddad said.
Price later said the council would work with any community group that wanted to run the libraries as volunteer-led hubs.

### 006
@a Sigrún Halldórsdóttir | the former chancellor
@b Amara Okafor-Lynch | the foreign secretary
@c Bernard Tillotson | the party's veteran organiser
@d - | One member
The two women vying to become the next leader of the National Reform Party clashed over tax and immigration on Saturday at the first of twelve hustings for party members, held in a conference hall in Dunmore.
Sigrún Halldórsdóttir, the former chancellor, said the party had “⟦p:a|lost its nerve on growth⟧” and promised to cut the basic rate of income tax within two years.
“⟦d:a|I'm not going to stand here and tell you it will be painless,⟧” she told about 800 members. “⟦d:a|But I'd rather be honest with you now than apologise to you later.⟧”
Amara Okafor-Lynch, the foreign secretary, who is the bookmakers' favourite, called her rival's tax plan “⟦p:b|a fantasy with a spreadsheet attached⟧”.
“⟦d:b|Sigrún is a friend and a brilliant economist,⟧” she said. “⟦d:b|But I've sat round the cabinet table with her, and I have never once heard her explain how she would pay for it.⟧”
The event was chaired by the party's veteran organiser, Bernard Tillotson, who twice had to ask the audience to let the candidates finish. “⟦d:c|Friends, you'll all get your turn. Let them answer,⟧” he said.
One member, who said she had belonged to the party for 52 years, asked both candidates what they would do about waiting lists at her local hospital.
“⟦d:d|I don't want to hear about growth. I want to know when my husband gets his hip done,⟧” she said.
Halldórsdóttir replied that growth was “⟦p:a|how you pay for hips⟧”. Okafor-Lynch promised to publish a plan within her first hundred days.
“⟦d:b|And you can hold me to that,⟧” she added, pointing at the woman. “⟦d:b|Come and find me.⟧”

### 007
@a Lukas Brenner | the Treasury's director of strategy
@b - | One senior government source
@c - | A source close to the chancellor
@d - | A Treasury spokesperson
@e Rafael Quintero | the shadow chancellor
A leaked Treasury memo warns that the government's flagship childcare pledge could cost almost twice as much as ministers have claimed, piling pressure on the chancellor days before her spring statement.
The four-page document, written by the Treasury's director of strategy, Lukas Brenner, and seen by this newspaper, describes the original costings as "⟦p:a|optimistic to the point of fiction⟧" and warns of "⟦p:a|serious reputational risk⟧" if the figures are not revised.
"⟦d:a|We are, in effect, funding the first year and hoping the second pays for itself,⟧" the memo says. "⟦d:a|It will not.⟧"
One senior government source said the document had caused "⟦p:b|real anger⟧" at Carrick House. "⟦d:b|Nobody at the top of government saw these numbers before Tuesday. That's the scandal, not the leak,⟧" the source said.
A source close to the chancellor insisted the memo was "⟦p:c|one input among many⟧". "⟦d:c|She has always said this would be costed properly, and it will be. Officials write memos. That's their job,⟧" the source added.
A Treasury spokesperson said: "⟦d:d|We do not comment on leaked documents. Our childcare policy is fully funded.⟧"
Rafael Quintero, the shadow chancellor, said: "⟦d:e|The government's own officials don't believe its numbers. Why on earth should anyone else?⟧"

### 008
@a Hélène Castagnède | Valdorian Foreign Minister
@b Mikkel Brandt-Juul | Her Nordvik counterpart
@c - | one reporter
Talks on a new fisheries agreement between Valdoria and Nordvik ended without a deal on Friday, with each side blaming the other after two days of negotiations in the lakeside town of Sarrelles.
Valdorian Foreign Minister Hélène Castagnède told reporters that her government had gone «⟦p:a|as far as it is possible to go⟧» on catch limits.
«⟦d:a|Nous ne céderons pas sur la question des quotas,⟧» she said in French, before repeating in English: «⟦d:a|We will not give way on the question of quotas.⟧»
Her Nordvik counterpart, Mikkel Brandt-Juul, speaking at a separate news conference across town, accused Valdoria of having «⟦p:b|moved the goalposts twice in 48 hours⟧».
«⟦d:b|We came here with a serious offer. We leave with the same offer, and it is still on the table,⟧» he said. «⟦d:b|The door is not closed. But I will not negotiate against myself.⟧»
«⟦d:c|Are the talks dead?⟧» one reporter asked him.
«⟦d:b|Nothing is dead in diplomacy. Some things are only sleeping,⟧» he replied.
Castagnède was less diplomatic when the same question was put to her an hour later. «⟦d:a|Dead? Ask Mr Brandt-Juul. He seems to be holding the death certificate,⟧» she said.

### 009
@a Duncan Fairweather | Unity Party leader
@b Moira Stanhope | pensioner
@c - | One aide
@d - | A Unity Party spokesman
DUNCAN Fairweather's charm offensive hit the buffers yesterday when a furious pensioner collared him outside a bakery and told him he was "⟦p:b|all mouth⟧".
Unity Party leader Fairweather, 49, was on a walkabout in the market town of Pellbridge when pensioner Moira Stanhope, 74, stopped him in his tracks.
"⟦d:b|You lot promised us a bus service. Where is it? I've been waiting three years,⟧" she told the stunned politician as cameras rolled.
"⟦d:a|I hear you, I really do,⟧" Fairweather replied.
"⟦d:b|You don't, though, do you? None of you do,⟧" she shot back.
One aide could be heard telling colleagues: "⟦d:c|Get him in the car. Now.⟧"
Speaking to the Clarion afterwards, Mrs Stanhope said she had voted for his party "⟦p:b|all my life⟧" but would now think twice.
"⟦d:b|He seemed a nice enough man. But nice doesn't get me to the hospital,⟧" she said.
A Unity Party spokesman said: "⟦d:d|Duncan enjoyed meeting voters in Pellbridge and always welcomes a robust conversation. That's what campaigning is about.⟧"

### 010
@a Priyanka Deshmukh-Rowe | Transport Secretary
@b - | an aide
@c - | A Department for Transport spokeswoman
@d Colin Barraclough | the opposition transport spokesman
TRANSPORT Secretary Priyanka Deshmukh-Rowe was caught on a hot mic branding commuters in the north “⟦p:a|a bunch of moaners⟧” moments after a TV interview about rail delays.
The minister, who did not realise her microphone was still live, turned to an aide and said: “⟦d:a|Honestly, they'd moan if we gave them a gold-plated train. Can we go now?⟧”
The aide can be heard replying: “⟦d:b|Two more, then we're done.⟧”
The 44-year-old then sighed and said: “⟦d:a|Fine. But I'm not smiling for the next one.⟧”
The clip, broadcast on Tyneview TV's evening news, had been viewed more than two million times by this morning.
Colin Barraclough, the opposition transport spokesman, said: “⟦d:d|This tells you everything about what this government really thinks of passengers outside the capital. She should apologise, and she should do it on a train.⟧”
A Department for Transport spokeswoman said the Secretary of State's remarks had been “⟦p:c|a light-hearted comment taken out of context⟧”, adding: “⟦d:c|She has spent more time on northern trains this year than any of her predecessors.⟧”
Deshmukh-Rowe later posted on social media: “⟦d:a|Said something daft after a long day. Northern passengers deserve better from their railways and from me. Sorry.⟧”

### 011
@a Osvaldo Pereira | the Prime Minister
@b Fiona Drummond-Kaur | leader of the Forward Party
@c Yusuf Demir | leader of the Ecology Party
@d Harriet Bosworth | the moderator
@e Olamide Brooks | a nurse from Wexley
The three main party leaders traded blows over the health service, housing and the cost of living on Tuesday night in the only televised debate of the campaign, broadcast live from Kingsmere University.
The first question came from Olamide Brooks, a nurse from Wexley, who asked each leader why she should believe their promises on staffing.
“⟦d:e|I've heard all of this before. Every election, the same words. What's different this time?⟧” she asked.
The Prime Minister, Osvaldo Pereira, said his government had recruited “⟦p:a|more nurses than at any time in our history⟧”.
“⟦d:a|I'm not going to pretend the job is done. It isn't. But we have a plan, and the plan is working,⟧” he said.
Fiona Drummond-Kaur, leader of the Forward Party, turned to face him. “⟦d:b|If it's working, Osvaldo, why are there twelve thousand vacancies in the hospitals in your own region?⟧”
“⟦d:a|Because we're opening new wards faster than—⟧”
“⟦d:b|Faster than you can staff them. Exactly.⟧”
The moderator, Harriet Bosworth, stepped in as the pair talked over each other. “⟦d:d|Let's bring Mr Demir in, because he's been very patient,⟧” she said.
Yusuf Demir, leader of the Ecology Party, drew the loudest applause of the night when he said: “⟦d:c|You've just watched two people argue about who has failed nurses less. I'd rather we talked about paying them properly.⟧”
Pereira later accused both of his opponents of offering voters “⟦p:a|a wish list with no price tag⟧”.

### 012
@a Lindiwe Mthembu | leader of the Civic Alliance
@b Marcus Ellery-Hunt | the Home Secretary
Lindiwe Mthembu, leader of the Civic Alliance, became the youngest party leader in the country's history last November, at 33. We met in her constituency office in Kestrel Bay, above a launderette, on the morning after her party's best local election results in a decade. The interview has been edited for length.
Q: The Home Secretary, Marcus Ellery-Hunt, called you “⟦p:b|a student politician in a good suit⟧”. Does that sting?
A: Honestly? I've been called worse on the school run. And the suit was from a charity shop, so he's wrong on both counts.
Q: Your critics say the Civic Alliance is a protest vote with no plan for government.
A: We've published more costed policy in six months than the government has in six years. People who say we've got no plan haven't read it. I said in my conference speech that we would be “⟦p:a|the party of the boring fix⟧”, and I meant it. Fix the buses, fix the boilers, fix the planning system. It isn't glamorous.
Q: Would you go into coalition with the government?
A: With this government? No. With a government that scrapped this so-called “⟦s:-|efficiency programme⟧” in the health service, which is just cuts with a nicer name, maybe. I don't rule things in or out on a Tuesday morning.
Q: Ellery-Hunt has also said your party would “⟦p:b|open the borders and throw away the key⟧”.
A: I don't know what that means. I don't think he does either.

### 013
@a Kwame Asante-Boateng | Premier
@b Rosalind Tremblay | Opposition leader
@c Ivan Petrenko | Government House Leader
RIVERTON (Wire) -- Premier Kwame Asante-Boateng on Thursday rejected calls for a public inquiry into the awarding of highway maintenance contracts, telling the provincial legislature the matter was ``⟦p:a|already being looked at by the people whose job it is⟧''.
Opposition leader Rosalind Tremblay accused the government of ``⟦p:b|hiding behind the auditor⟧'' and demanded that the premier release emails between his office and the winning bidder, Norcastle Paving.
``⟦d:b|If there is nothing to hide, Mr. Speaker, then the premier can table those emails this afternoon and we can all go home,⟧'' Tremblay said. ``⟦d:b|Why won't he?⟧''
Asante-Boateng said the auditor general's review would be published ``⟦p:a|in full and without redaction⟧'' once it was complete.
``⟦d:a|The member opposite wants a show trial. We want the facts,⟧'' he said. ``⟦d:a|Those are not the same thing.⟧''
The exchange grew heated when Tremblay suggested a senior aide in the premier's office had ``⟦p:b|golfed his way⟧'' to the contract decision. Government House Leader Ivan Petrenko rose on a point of order.
``⟦d:c|That is an unparliamentary imputation of motive and the member knows it,⟧'' Petrenko said. ``⟦d:c|She should withdraw.⟧''
``⟦d:b|I'll withdraw the golf,⟧'' Tremblay replied, to laughter. ``⟦d:b|I won't withdraw the question.⟧''
The legislature adjourned for the weekend shortly afterwards.

### 014
@a Dolores Ybarra | the committee's chairwoman
@b Garrett Pahlke | chief executive of Meridian Grid
@c Thaddeus Oyelowo-Banks | the panel's ranking member
The head of Meridian Grid faced nearly four hours of hostile questioning from senators on Wednesday over the blackouts that left 1.4 million homes without power during February's ice storm.
Garrett Pahlke, chief executive of Meridian Grid, opened by apologizing to customers, saying the company had "⟦p:b|fallen short of what our customers have every right to expect.⟧"
Sen. Dolores Ybarra, the committee's chairwoman, cut in before he had finished his statement. "⟦d:a|Mr. Pahlke, 'fallen short' is what you say when you miss a quarterly target. Eleven people died,⟧" she said.
"⟦d:b|I'm aware of that, Senator, and I think about those families every day,⟧" Pahlke said.
"⟦d:a|Do you? Because your company paid out $40 million in bonuses in March,⟧" Ybarra said. "⟦d:a|Did you think about them then?⟧"
Pahlke said the bonuses had been "⟦p:b|contractually committed⟧" before the storm hit.
Sen. Thaddeus Oyelowo-Banks, the panel's ranking member, took a gentler tone but pressed Pahlke on why the utility had twice deferred winterization work recommended by state regulators.
"⟦d:c|I'm not here to beat you up. I want to understand,⟧" he said. "⟦d:c|Who made the call to defer that work?⟧"
"⟦d:b|That was a decision of the executive team, which I lead. So it was my call,⟧" Pahlke said after a pause.

### 015
@a Sandra Kwiatkowski | the returning officer
@b Jide Adebayo | a former paramedic
@c Hugh Pennycook | the defeated incumbent
@d - | One supporter
It was gone 3am at Marlow Street Leisure Centre when the returning officer, Sandra Kwiatkowski, finally stepped up to the microphone.
“⟦d:a|I, Sandra Kwiatkowski, being the returning officer for the Eastgate ward, hereby give notice that the number of votes cast for each candidate was as follows,⟧” she began, to a sudden hush.
When she reached the Civic Alliance total, the back of the hall erupted. Jide Adebayo, 38, a former paramedic, had taken Eastgate from Hugh Pennycook, who had held the seat since 2009, by 212 votes.
Supporters chanted “⟦s:-|Ji-de! Ji-de!⟧” as he made his way to the stage.
“⟦d:b|I'm not a politician. A year ago I was in the back of an ambulance,⟧” Adebayo said in his acceptance speech. “⟦d:b|But I got tired of taking the same people to the same hospital for the same reasons, and I thought, somebody has to do something. So here I am.⟧”
The defeated incumbent was gracious. “⟦d:c|Jide ran a good campaign, a clean campaign, and the people of Eastgate have spoken,⟧” Pennycook told the Gazette. “⟦d:c|I've had fifteen good years. I'll be back on my allotment on Monday.⟧”
One supporter, still wearing her canvassing rosette, was in tears. “⟦d:d|We knocked on every single door in this ward. Every one,⟧” she said.

### 016
@a Anneliese Vogt | the Environment Secretary
@b Tomás Ribeiro-Lane | Prime Minister
@c - | One cabinet colleague
Anneliese Vogt, the Environment Secretary, resigned from the cabinet on Sunday evening in protest at the government's decision to approve a new coal mine in the Tarrow Valley, becoming the third minister to quit in a month.
In a letter to Prime Minister Tomás Ribeiro-Lane, posted on her social media accounts shortly after 7pm, Vogt said she could not “⟦p:a|in good conscience⟧” defend the decision in Parliament.
“⟦d:a:m|When you asked me to take this job, you told me that our climate commitments were not negotiable. I believed you, and I said so publicly, many times.⟧
“⟦d:a:m|Yesterday's decision makes those commitments impossible to meet. I have thought hard about whether I could stay and argue from the inside. I have concluded that I cannot.⟧
“⟦d:a|It has been the privilege of my life to serve. I will continue to support the government from the back benches wherever I can.⟧”
In his reply, Ribeiro-Lane thanked Vogt for her “⟦p:b|energy, intelligence and decency⟧” and said he was “⟦p:b|sorry, though not surprised⟧” by her decision.
“⟦d:b|We have disagreed on this question, as colleagues sometimes must. I respect your decision, and I know you will remain a powerful voice in our party,⟧” he wrote.
One cabinet colleague described the mood at the top of government as “⟦p:c|grim⟧”. “⟦d:c|Three in a month. People are starting to ask who's next, and nobody wants to be the one who says it out loud,⟧” they said.

### 017
@a Chiamaka Obi | Chancellor
@b - | a protester
@c - | One delegate from Harwood
Chancellor Chiamaka Obi promised to "⟦p:a|rebuild the foundations⟧" of the economy in her first conference speech since taking the job, as she unveiled plans for a national infrastructure bank.
Speaking to a packed hall in Grantmouth on Monday, Obi drew on her own upbringing to make the case for higher public investment.
"⟦d:a:m|Conference, I didn't come into politics to manage decline. I came into politics because I grew up on an estate where the lifts didn't work, the buses didn't come, and the only people who ever visited from the council were the bailiffs.⟧
"⟦d:a:m|That estate is still there. The lifts still don't work. And I am tired of politicians who stand on stages like this one and tell people like my mum to be patient.⟧
"⟦d:a|Patience is not an economic policy.⟧"
The speech was briefly interrupted when a protester unfurled a banner reading "⟦s:-|Tax the Rich, Not the Sick⟧" and shouted "⟦d:b|What about disability benefits?⟧" before being led out by stewards.
"⟦d:a|I'll take that as a question for the Q&A,⟧" Obi said, to laughter and applause.
One delegate from Harwood said afterwards that it had been "⟦p:c|the best speech I've heard from that platform in years⟧". "⟦d:c|She talked like a human being. You'd be amazed how rare that is,⟧" he said.

### 018
@a Baek Joon-ho | Hanmoran Foreign Minister
@b - | a reporter from a local broadcaster
@c Yoon Seo-yeon | a ministry spokeswoman
DAEWON, May 14 (Wire) - Hanmoran Foreign Minister Baek Joon-ho said on Tuesday his government would not rejoin regional talks on the disputed Seogang Strait "⟦p:a|until the basic rules of the game are agreed⟧", dealing a blow to mediation efforts.
"⟦d:a|We have sat at that table four times. Four times the other side has changed the agenda on the morning of the meeting,⟧" Baek told a news conference in the capital. "⟦d:a|We are not going to do it a fifth time.⟧"
Asked by a reporter from a local broadcaster whether the decision risked isolating Hanmora, Baek said: "⟦d:a|Isolation is when nobody wants to talk to you. Our phone has not stopped ringing.⟧"
"⟦d:b|Is the government ready to accept that risk?⟧" the reporter pressed.
"⟦d:a|The real risk is in going back to talks that are designed to fail,⟧" Baek said.
Later, a ministry spokeswoman, Yoon Seo-yeon, told reporters the minister's remarks "⟦p:c|speak for themselves⟧" and declined to say which regional counterparts Baek had spoken to this week.
"⟦d:c|The minister has been in close contact with many partners. I won't list them,⟧" she said.

### 019
@a Marisa Contreras-Holt | the shadow health secretary
@b Edwin Okorie | the health minister
@c Lionel Pugh | the Deputy Speaker
@d Gráinne Mac Suibhne | the member for Ballintober North
Ministers were dragged to the Commons on Thursday to answer an urgent question on the closure of maternity units at three hospitals in the Lowther Valley.
Marisa Contreras-Holt, the shadow health secretary, said mothers in the valley now faced a journey of up to 70 miles to give birth. “⟦d:a|Seventy miles, on roads that close every time it snows,⟧” she said. “⟦d:a|Can the minister tell the House how many babies he expects to be born in lay-bys this winter?⟧”
Edwin Okorie, the health minister, said the question was “⟦p:b|unworthy of her⟧”. “⟦d:b|These decisions were taken by clinicians, on clinical grounds, because the units could not be safely staffed. I would rather a mother travelled further to a safe unit than stayed close to an unsafe one,⟧” he said.
Gráinne Mac Suibhne, the member for Ballintober North, intervened: “⟦d:d|Will the minister give way?⟧”
“⟦d:b|I will, briefly.⟧”
“⟦d:d|The minister says clinicians. The clinicians I have spoken to, every single one of them, opposed this. Which clinicians does he mean?⟧”
Okorie said he would “⟦p:b|happily write to the honourable lady⟧” with the names of those consulted.
As the exchanges grew louder, the Deputy Speaker, Sir Lionel Pugh, rose to his feet. “⟦d:c|Order. This is an urgent question, not an urgent shouting match. The minister will be heard,⟧” he said.

### 020
@a Tiago Albuquerque | the city's mayor
@b Ingrid Solberg-Haas | Governor
@c - | A spokesman for the governor
@d - | One city council member who asked not to be named
The long-running feud between Port Ardent's city hall and the state capitol spilled onto social media again this week, after the governor vetoed $85m in transit funding for the city.
Governor Ingrid Solberg-Haas announced the veto in a post late on Monday, writing: “⟦d:b|Port Ardent wants a blank cheque. Taxpayers in the rest of the state deserve better than a city that can't balance its own books.⟧”
Within the hour the city's mayor, Tiago Albuquerque, had hit back. “⟦d:a|The governor has visited Port Ardent twice in three years, both times for a photo op at the stadium. She's welcome to ride the No. 12 bus with me any morning she likes,⟧” he posted.
He went further at a press conference on Tuesday, calling the veto “⟦p:a|petty, personal and profoundly stupid⟧”.
“⟦d:a|This isn't about books. She knows our books are audited and clean. This is about who I endorsed in the primary, and everyone in this room knows it,⟧” Albuquerque said.
A spokesman for the governor dismissed that as “⟦p:c|a conspiracy theory⟧”. “⟦d:c|The governor makes decisions on the merits. The mayor might try it some time,⟧” he said.
One city council member who asked not to be named called the row “⟦p:d|two egos and a bus network⟧”, adding: “⟦d:d|Neither of them is going to blink, and the people who lose are the ones standing at the bus stop.⟧”

### 021
@a - | One negotiator from the Social Liberals
@b Petra Nováková | spokeswoman for the Social Liberals
@c Jan-Willem de Groot | leader of the Rural Union
@d - | A person familiar with the talks
Coalition talks in Mersheim collapsed for the second time in a month on Wednesday night, leaving the country facing the prospect of a third general election in two years.
After eleven hours of negotiations in the east wing of the parliament building, Jan-Willem de Groot, leader of the Rural Union, emerged to tell waiting reporters that there was «⟦p:c|no basis for a government⟧» with the Social Liberals.
«⟦d:c|We were asked to sign up to a fuel tax that would close half the farms in my province. I will not do that. Not tonight, not next week,⟧» he said.
Petra Nováková, spokeswoman for the Social Liberals, blamed de Groot personally. «⟦d:b|Everyone else in that room was prepared to compromise. One man was not,⟧» she said. «⟦d:b|Voters can draw their own conclusions.⟧»
One negotiator from the Social Liberals, speaking on condition of anonymity, described the final hours as «⟦p:a|a hostage situation with sandwiches⟧».
«⟦d:a|At about ten o'clock he stopped negotiating and started dictating. After that it was theatre,⟧» the negotiator said.
A person familiar with the talks said the two sides had been «⟦p:d|within a few hundred million⟧» of agreement on the budget as late as Tuesday. «⟦d:d|It was there to be done. That's what makes it so frustrating,⟧» they said.

### 022
@a Adebola Ogundipe | Finance Minister
@b Mehmet Yıldırım | The opposition finance spokesman
@c Winifred Ashdown | Speaker
Finance Minister Adebola Ogundipe told parliament on Tuesday that his budget would ``⟦p:a|get the country building again⟧'' as he unveiled a 4 billion crown package of road, rail and housing investment paid for in part by a higher levy on banks.
``⟦d:a|We have spent a decade arguing about the size of the state. I would rather spend the next decade building things,⟧'' Ogundipe said, to cheers from the government benches.
The opposition finance spokesman, Mehmet Yıldırım, called the budget ``⟦p:b|a shopping list written by someone who has never had to pay the bill⟧''.
``⟦d:b|The minister talks about building. His party has been in government for six years. Where are the houses?⟧'' Yıldırım asked. ``⟦d:b|Where are the trains?⟧''
``⟦d:-|Under construction!⟧'' came a cry from behind the minister.
``⟦d:b|Under construction since 2019,⟧'' Yıldırım shot back.
Speaker Winifred Ashdown twice called the chamber to order. ``⟦d:c|Honourable members will have their chance. The spokesman has the floor,⟧'' she said.
Winding up the debate, Ogundipe accused the opposition of having ``⟦p:a|no plan, no numbers and no shame⟧''.

### 023
@a Bartholomew Nkemelu | Housing Secretary
@b Shauna Kilbride | Presenter
@c Maureen | a retired nurse from Castlebar
@d Raj | a landlord in Westcombe
Housing Secretary Bartholomew Nkemelu faced a grilling from listeners on Radio Teme's phone-in on Friday, with callers pressing him on rents, repairs and the government's stalled renters' reform bill.
Presenter Shauna Kilbride opened the lines just after 9am. The first caller, Maureen, a retired nurse from Castlebar, said her landlord had ignored a leaking roof for 18 months.
"⟦d:c|I've got a bucket in my bedroom, Mr Nkemelu. A bucket. In this day and age,⟧" she said. "⟦d:c|What are you going to do about it?⟧"
"⟦d:a|Maureen, that's completely unacceptable, and I'm sorry you've been living like that,⟧" Nkemelu replied. "⟦d:a|If you give the team your details after the call, my office will chase it up personally.⟧"
"⟦d:c|That's what the last one said.⟧"
Kilbride cut in. "⟦d:b|Minister, with respect, you can't personally chase up every leaking roof in the country. What about all the people who can't get through to this programme?⟧"
"⟦d:a|You're right, and that's exactly why the bill matters,⟧" he said.
The next caller, Raj, a landlord in Westcombe, took a different view. "⟦d:d|Every time the government talks about renters, it talks about landlords as if we're criminals. Most of us have one flat and a mortgage,⟧" he said.
Nkemelu said good landlords had "⟦p:a|nothing whatsoever to fear⟧" from the bill.

### 024
@a Mei-Lin Cheung | Independent senator
@b Rangi Parata | the secretary of the Department of Regional Services
@c Owen Tregarthen | the minister representing the Regional Services Minister in the Senate
@d Bev Lockyer | The committee chair
A senior public servant has conceded his department “⟦p:b|should have acted sooner⟧” on warnings that a regional grants program was being used to reward marginal seats, during a fiery Senate estimates hearing in Canbury on Monday.
Independent senator Mei-Lin Cheung put it to Dr Rangi Parata, the secretary of the Department of Regional Services, that 41 of the 58 grants approved last year had gone to electorates held by the government or targeted by it at the election.
“⟦d:a|Is that a coincidence, Dr Parata?⟧” she asked.
“⟦d:b|I'm not in a position to characterise it, Senator. The assessments were made against the published guidelines,⟧” he replied.
“⟦d:a|And who overrode the assessments in 17 cases?⟧”
Before Parata could answer, Senator Owen Tregarthen, the minister representing the Regional Services Minister in the Senate, interjected. “⟦d:c|Chair, the senator is asking the official to speculate about ministerial decisions, which isn't appropriate,⟧” he said.
“⟦d:a|I'm asking him to read out a list,⟧” Cheung said. “⟦d:a|That's not speculation, that's arithmetic.⟧”
The committee chair, Senator Bev Lockyer, allowed the question. “⟦d:d|The official can answer if he's able to. Dr Parata?⟧”
Parata said the final decisions in those cases had been made by the minister, and that his department had raised concerns in writing at the time. “⟦d:b|In hindsight, we should have acted sooner. I accept that,⟧” he said.

### 025
@a Ayesha Rahman | one of the organisers
@b - | A spokesperson for Kelmouth Police
@c - | One woman who had travelled from Dunmore with her two children
@d Department for Welfare | the department
Several thousand people marched on parliament in Kelmouth on Saturday to protest against planned cuts to disability benefits, in one of the largest demonstrations in the capital this year.
Protesters chanted "⟦s:-|Hands off our support⟧" as they passed the Treasury, and many carried placards reading "⟦s:-|Cuts Cost Lives⟧" and "⟦s:-|Nothing About Us Without Us⟧".
Ayesha Rahman, 27, one of the organisers, addressed the crowd from a flatbed lorry in Victoria Square. "⟦d:a|They said we wouldn't turn up. They said disabled people don't march. Look around you!⟧" she shouted, to roars.
"⟦d:a|This is not the end of the campaign. This is the beginning,⟧" she added.
One woman who had travelled from Dunmore with her two children said she had come because her son's mobility allowance was under review. "⟦d:c|He's nine. He can't walk more than twenty metres. Somebody in an office has decided that might be fine,⟧" she said.
A spokesperson for Kelmouth Police said the march had passed off "⟦p:b|largely peacefully⟧", with two arrests for public order offences.
The Department for Welfare said in a statement that the reforms would "⟦p:d|protect those with the greatest need⟧". "⟦d:d|We are committed to a system that is fair to claimants and fair to taxpayers,⟧" the department said.

### 026
@a Eilidh MacPhail | the Unity Party candidate
@b Rashid Chaudhry | an independent standing on a save-the-hospital ticket
@c Percival Thorne | the Reform Alliance candidate
@d - | a man at the back of the hall
@e Gillian Foster | The vicar of St Oswald's
More than 200 people squeezed into St Oswald's church hall in Brackley Moor on Thursday night for the only hustings of the Brackley Moor and Fenton by-election, and most of them, it soon became clear, wanted to talk about one thing: the hospital.
The vicar of St Oswald's, the Rev Gillian Foster, who chaired the meeting, set the tone early. “⟦d:e|We are in a church, so I'll ask you to be civil. If you can't be civil, be brief,⟧” she said, to laughter.
Rashid Chaudhry, an independent standing on a save-the-hospital ticket, said the downgrading of Fenton General's A&E had been “⟦p:b|decided in a boardroom sixty miles away by people who have never driven the A618 in fog⟧”.
“⟦d:b|I'm not a party man. I've got no whip to answer to. If I get elected, I've got one job, and it's that building,⟧” he said.
Eilidh MacPhail, the Unity Party candidate, said she had “⟦p:a|already secured a meeting with the health secretary⟧”.
“⟦d:d|So did the last lot!⟧” shouted a man at the back of the hall.
“⟦d:a|I know. And I understand why you're cynical,⟧” MacPhail replied. “⟦d:a|All I can say is judge me on what I do, not on what they did.⟧”
Percival Thorne, the Reform Alliance candidate, drew both applause and boos. “⟦d:c|Everyone on this stage says they'll save the hospital. Nobody's told you where the money comes from. I will: stop sending it abroad,⟧” he said.

### 027
@a Adjoa Mensah | a former procurement officer at the defence ministry
@b Callum Strachan | -
@c Defence Procurement Agency | -
@d Geoffrey Lamb | The committee's chairman
A whistleblower who raised concerns about a £2bn armoured vehicle contract told MPs on Tuesday that she had been “⟦p:a|frozen out, then managed out⟧” of her job after refusing to sign off test results.
Adjoa Mensah, a former procurement officer at the defence ministry, gave evidence to the defence committee from behind a screen at her own request.
“⟦d:a:m|I was asked to certify that the vehicles had passed trials that, to my knowledge, had never been completed. I said no. I put it in writing. Within a month I was moved off the programme.⟧
“⟦d:a|Within six months I had no job. I'm not saying those two things are connected. I'm saying I'd like someone to explain to me why they aren't.⟧”
Callum Strachan asked her whether anyone senior had told her directly to sign the certificates.
“⟦d:a|Not in so many words. Nobody ever says it in so many words,⟧” she said. “⟦d:a|They say, ‘The programme can't afford another delay,’ and they look at you.⟧”
“⟦d:b|And how did you interpret that look?⟧” Strachan asked.
“⟦d:a|The way anyone would.⟧”
The committee's chairman, Sir Geoffrey Lamb, thanked her for her “⟦p:d|considerable courage⟧” and said the committee would summon the agency's chief executive before the summer.
The Defence Procurement Agency said in a statement that it “⟦p:c|takes all concerns raised by staff extremely seriously⟧” and that the vehicles had met “⟦p:c|every contractual requirement⟧”.

### 028
@a Olumide Fashola | the party's general secretary
@b Zofia Kaczmarek | a former trade unionist
@c Rhodri Vaughan-Ellis | Her rival
@d - | One of her campaign team
Zofia Kaczmarek, a former trade unionist, was elected leader of the Workers' Democratic Party on Saturday, beating the bookmakers' favourite by 54 per cent to 46 after a bitter three-month contest.
The result was read out in a hotel ballroom in Halsworth by the party's general secretary, Olumide Fashola. "⟦d:a|I therefore declare Zofia Kaczmarek duly elected as leader of the Workers' Democratic Party,⟧" he said.
Kaczmarek, 51, embraced her husband before taking the stage. "⟦d:b|Nine months ago nobody in this room thought I could win. To be honest, some days neither did I,⟧" she said. "⟦d:b|Well, here we are.⟧"
She told the audience the party would "⟦p:b|stop apologising for believing in things⟧".
Her rival, Rhodri Vaughan-Ellis, conceded gracefully. "⟦d:c|Zofia won, and won well. She has my full support, and she'll have it tomorrow and the day after that,⟧" he said.
Asked whether he would serve in her shadow cabinet, the former home affairs spokesman said: "⟦d:c|If she asks me, I'll think about it. She hasn't asked me yet.⟧"
One of her campaign team, speaking as staff cleared the ballroom, was less diplomatic. "⟦d:d|We ran a campaign on hope and they ran one on fear. Hope won. Write that down,⟧" he said.

### 029
@a Beatriz Salgado | Committee chair
@b Ophelia Brandreth | chief executive of the Office for Water Standards
@c Amrit Gill | a committee member
The head of the water regulator was accused of being “⟦p:a|asleep at the wheel⟧” by the chair of the environment committee on Wednesday, after figures showed sewage discharges into rivers rose by a third last year.
Committee chair Beatriz Salgado opened the session by reading out a list. “⟦d:a|The Aske, the Lynn, the Meare, the Tolley Brook. Do you know what those have in common, Ms Brandreth?⟧” she asked.
Ophelia Brandreth, chief executive of the Office for Water Standards, said she did. “⟦d:b|They are all rivers where we have opened enforcement investigations in the past year.⟧”
“⟦d:a|They are all rivers my constituents can no longer swim in.⟧”
Brandreth insisted the regulator had “⟦p:b|the powers but not yet the people⟧” to police the industry. “⟦d:b|I have forty inspectors for the whole country. I am not going to sit here and pretend that is enough,⟧” she said.
“⟦d:a|Then why didn't you say so last year, when you sat in the same chair and told us it was?⟧”
There was a long pause. “⟦d:b|Because I was wrong,⟧” the regulator's chief executive said.
Amrit Gill, a committee member, asked whether any water company executive had ever been prosecuted. “⟦d:c|Not fined. Prosecuted,⟧” he said.
“⟦d:b|Not to date,⟧” Brandreth replied.

### 030
@a Lachlan Brodie | the government's chief whip
@b - | One former minister who served under him
@c Noor | a GP in Glenfarra
@d - | A backbench MP who rebelled over the welfare bill last year
Lachlan Brodie, the government's chief whip, has held the job for four years, which in the life of a modern government is roughly geological time. Colleagues call him “⟦s:-|the Undertaker⟧”, partly for the black suits and partly for what tends to happen to careers that cross him.
He laughs when I put this to him in a corner of the members' tea room. “⟦d:a|I've never buried anyone who wasn't already dead,⟧” he says. “⟦d:a|I just turn up for the funeral.⟧”
Brodie, 58, grew up on a sheep farm above Glenfarra, the son of a shepherd and a primary school teacher. He describes the whips' office as “⟦p:a|mostly listening, some arithmetic and very occasionally shouting⟧”.
“⟦d:a:m|People imagine it's all threats. It isn't. Ninety per cent of the job is finding out what's really worrying someone. Usually it's not the bill. It's their marriage, or their majority, or their mother's care home.⟧
“⟦d:a|If you can help with that, the bill tends to look after itself.⟧”
One former minister who served under him is less romantic. “⟦d:b|Lachlan is charming right up until the moment he isn't. Then it's like being run over by a very polite lorry,⟧” she says.
A backbench MP who rebelled over the welfare bill last year recalls being summoned to the chief whip's office at 11pm. “⟦d:d|He didn't raise his voice once. He just read me my own leaflets,⟧” he says.
His wife, Noor, a GP in Glenfarra, says he is a different man at home. “⟦d:c|He does the crossword, he burns the toast, he falls asleep during the news. The Undertaker,⟧” she says, and rolls her eyes.

### 031
@a Esperanza Villaluz | Presidential spokeswoman
@b - | one reporter
@c - | another reporter
@d Arturo Dimaculangan | President
MALIGAYA CITY — Presidential spokeswoman Esperanza Villaluz on Monday brushed off reports of a rift between President Arturo Dimaculangan and his vice president, saying the two remained "⟦p:a|in constant communication⟧".
"⟦d:a|The President and the Vice President spoke as recently as Saturday. There is no rift. There is a newspaper that needs a headline,⟧" Villaluz told reporters at the palace.
"⟦d:b|Then why hasn't the Vice President attended a cabinet meeting since April?⟧" one reporter asked.
"⟦d:a|She has other responsibilities. You can ask her office,⟧" Villaluz said.
"⟦d:c|We did. They told us to ask you,⟧" another reporter said, drawing laughter around the briefing room.
"⟦d:a|Then I think we've come full circle,⟧" she replied.
The President himself addressed the reports during a visit to a flood-control project in the province of Santa Amparo on Sunday, insisting there were "⟦p:d|no problems whatsoever⟧" within his administration. "⟦d:d|We are one team. Those who say otherwise should come and watch us work,⟧" he said.

### 032
@a Gerald Ashworth-Pyne | former prime minister
@b Wendell Okoro | the former deputy prime minister
@c - | A spokesperson for the current prime minister
The former prime minister Gerald Ashworth-Pyne has accused his own cabinet of “⟦p:a|a collective failure of nerve⟧” during the 2016 currency crisis, in a memoir that is already causing ructions in the party he once led.
In “⟦s:-|Holding the Line⟧”, published on Thursday, Ashworth-Pyne writes that he was left “⟦p:a|almost entirely alone⟧” in the cabinet room on the night the central bank asked for emergency powers.
“⟦d:a:m|I looked around that table and saw men and women who had spent their careers waiting for the top job, and who had suddenly discovered that they would rather not have it, not that night, not with the markets opening in Asia in four hours.⟧
“⟦d:a|It is the loneliest I have ever felt, and I include the night I lost the election.⟧”
The book is particularly harsh on Wendell Okoro, who served as his deputy for four years, describing him as “⟦p:a|a superb chairman of committees and a hopeless maker of decisions⟧”.
Okoro, reached at his home on Thursday, said he had “⟦p:b|not yet had the pleasure⟧” of reading it. “⟦d:b|Gerald always did write better than he governed. I'm sure it's a thrilling read,⟧” the former deputy prime minister said.
“⟦d:b|For the record, I was in that room. So were eleven other people. Some of us remember it rather differently.⟧”
A spokesperson for the current prime minister said: “⟦d:c|The Prime Minister hasn't read the book and is focused on the challenges of today rather than the arguments of a decade ago.⟧”

### 033
@a Harpreet Sandhu | cabinet member for finance
@b Moira Fitzgibbon | Opposition group leader
@c Trevor Ngata | branch secretary of the municipal workers' union
Westmere City Council approved a 4.99 per cent council tax rise on Wednesday night, the maximum allowed without a referendum, after a three-hour debate in which the opposition leader accused the ruling group of ``⟦p:b|balancing the books on the backs of the poorest⟧''.
Councillor Harpreet Sandhu, cabinet member for finance, said the council had ``⟦p:a|no realistic alternative⟧''.
``⟦d:a|Every pound we don't raise this year is a pound we cut from adult social care next year. I wish it were otherwise. It isn't,⟧'' she said.
Opposition group leader Moira Fitzgibbon said residents were being asked to pay more for less. ``⟦d:b|Bins collected fortnightly, libraries open three days a week, potholes you could lose a bicycle in, and now the bill goes up again,⟧'' she said. ``⟦d:b|I'd like the cabinet member to explain that on a doorstep.⟧''
``⟦d:a|I do, every weekend,⟧'' Sandhu replied.
Outside the council chamber, Trevor Ngata, branch secretary of the municipal workers' union, warned that 140 posts were still at risk. ``⟦d:c|The tax rise is the headline. The job losses are the story,⟧'' he said.

### 034
@a Priti Varadarajan | Presenter
@b Rolf Halvorsen | Defence Secretary
Defence Secretary Rolf Halvorsen was repeatedly interrupted on Sunday as he tried to defend a decision to cut the army's headcount by 8,000, in a combative interview on Channel 9's The Sunday Programme.
Presenter Priti Varadarajan put it to him that the cut contradicted a promise he had made on the same programme last year to keep the army "⟦p:b|at no less than its current strength⟧".
"⟦d:a|You sat in that chair and said it. Were you wrong then, or are you wrong now?⟧" she asked.
"⟦d:b|Neither. What I said was that we would maintain the army's capability—⟧" Halvorsen began.
"⟦d:a|That's not what you said.⟧"
"⟦d:b|If you'd let me finish, Priti—⟧"
"⟦d:a|I'm reading it to you. I have the transcript here.⟧"
"⟦d:b|—capability, and the overall capability of the armed forces is going up, not down, because of what we're investing in drones, in cyber and in space.⟧"
"⟦d:b|Capability is what wins wars,⟧" he said eventually, "⟦d:b|not headcount.⟧"
"⟦d:a|Tell that to the 8,000,⟧" Varadarajan replied.

### 035
@a Coastal States Forum | the bloc
@b Ana Lucía Ferreyra | Forum secretary-general
@c Sione Vaipulu | Prime Minister
@d - | One diplomat from a smaller member state
Leaders of the 19-nation Coastal States Forum ended their annual summit in Port Halcyon on Friday with a pledge to create a joint fund for countries hit by rising sea levels, but without agreeing how much money would go into it.
In a communique issued after two days of talks, the bloc said the fund would be “⟦p:a|operational within eighteen months⟧” and would prioritise “⟦p:a|those members facing an existential threat⟧”. “⟦d:a|No member of this Forum will face this threat alone,⟧” the communique read.
Forum secretary-general Ana Lucía Ferreyra called the agreement “⟦p:b|a foundation, not a building⟧”.
“⟦d:b|I won't pretend we got everything we wanted. We didn't. But two years ago this fund was a slogan, and today it's a decision,⟧” she told reporters.
Prime Minister Sione Vaipulu of the Marova Islands, whose highest point is four metres above sea level, was blunter. “⟦d:c|We have been given a very nice envelope. There is nothing in it yet,⟧” he said.
“⟦d:c:m|My grandmother's village is underwater at high tide now. Not in a computer model. Now. Last year I took the foreign minister of one of the largest members there. She took photographs. I hope she still has them.⟧
“⟦d:c|I will come back next year and ask again, and the year after that. We are a small country, but we are very patient, and we are very loud.⟧”
One diplomat from a smaller member state said the absence of a figure had been “⟦p:d|a choice, not an accident⟧”. “⟦d:d|The big economies did not want a number in the headline. So there is no number,⟧” the diplomat said.

### 036
@a Montserrat Aranda | The regional president
@b Íñigo Sarasola | Opposition spokesman
@c - | one opposition deputy
The regional president, Montserrat Aranda, survived a censure motion in the Alcaraz assembly on Thursday after a bad-tempered debate over the award of a €300m water contract.
Opposition spokesman Íñigo Sarasola opened the debate by holding up a copy of the contract. «⟦d:b|Esto no es un contrato, es un regalo,⟧» he said. «⟦d:b|This is not a contract, it is a gift.⟧»
«⟦d:b|The president's brother-in-law sits on the board of the company that won it. I am not accusing anyone of anything. I am reading the company register,⟧» he told the chamber.
Aranda, who has led the region since 2019, accused him of «⟦p:a|the politics of the gutter⟧». «⟦d:a|If the honourable member has evidence of wrongdoing, the prosecutor's office is two streets away. He knows where it is. He has been there before,⟧» she said, to applause from her benches.
«⟦d:c|¡Vergüenza!⟧» («⟦d:c|Shame!⟧») shouted one opposition deputy.
The motion was defeated by 41 votes to 35. Sarasola said afterwards that the fight was «⟦p:b|far from over⟧».

### 037
@a Florian Weissmann | Our chief political analyst
@b Grace Adeyemi-Fox | Party chair
@c - | one campaign staffer
@d Kenji Arakawa | The Liberal Union's campaign director
The exit poll, published as polls closed at 10pm, suggests the Progressive Alliance is on course for its best result in two decades, with a projected majority of around 40 seats.
Our chief political analyst, Florian Weissmann, said that if the projection held it would amount to "⟦p:a|a genuine realignment⟧".
"⟦d:a|We've seen big swings before, but not like this, and not in these seats. These are places that have voted the same way since before most of us were born,⟧" he said. "⟦d:a|If the poll is right, the map looks very different tomorrow morning.⟧"
Speaking to us from the Progressive Alliance's headquarters, Party chair Grace Adeyemi-Fox urged caution. "⟦d:b|It's an exit poll. I've been burned by exit polls before. Let's wait for real votes in real boxes,⟧" she said.
Elsewhere in the building, however, one campaign staffer could barely contain himself. "⟦d:c|We're going to win Thornbury. We've never won Thornbury,⟧" he said. "⟦d:c|My dad's going to kill me. He's voted the other way for fifty years.⟧"
The Liberal Union's campaign director, Kenji Arakawa, said the party would "⟦p:d|wait for the results⟧" before drawing any conclusions. "⟦d:d|Exit polls are a snapshot. We'll see the full picture by breakfast,⟧" he said.

### 038
@a Reginald Popplewell | Parish council chairman
@b Sunita Varma | Resident
@c Glenys Parry | Her neighbour
@d - | One councillor
A row over a fence has split the village of Lower Ashby, with one resident accusing the parish council of “⟦p:b|behaving like a banana republic⟧” and another calling for calm.
Resident Sunita Varma, 62, says the parish council put up the 6ft fence along the edge of the village green without consulting anyone.
“⟦d:b|I woke up one morning and there it was. Nobody knocked, nobody wrote, nobody asked,⟧” she said. “⟦d:b|I've lived here thirty years and I can't see the green from my kitchen window any more.⟧”
Her neighbour, Glenys Parry, 71, takes a different view. “⟦d:c|Sunita's a dear friend, but she's got this one wrong. The fence is there because the kiddies kept running into the road after their footballs,⟧” she said.
“⟦d:c|I'd rather look at a fence than at an ambulance.⟧”
Parish council chairman Reginald Popplewell said the decision had been taken at a properly convened meeting in March. “⟦d:a|It was on the agenda, the agenda was on the noticeboard, and the noticeboard is outside the post office, where it has been since 1974,⟧” he said.
Asked whether anyone actually reads the noticeboard, Mr Popplewell conceded: “⟦d:a|Possibly not as many as we'd like.⟧”
One councillor, who asked not to be named, said the whole affair had become “⟦p:d|a bit Midsomer⟧”.

### 039
@a Viktor Halász | Prime Minister
@b Katalin Ferenczi | Opposition leader
@c - | A government whip who asked not to be named
BORSOD, March 3 (Wire) - Prime Minister Viktor Halász survived a no-confidence vote in parliament on Tuesday by 103 votes to 96, after three members of a junior coalition partner abstained at the last minute.
"⟦d:a|The government has the confidence of this house and we will get on with the job,⟧" Halász told reporters afterwards. "⟦d:a|There are seven more votes on our side than on theirs. In my country that's called a majority.⟧"
Opposition leader Katalin Ferenczi, who tabled the motion, said the result showed the government was "⟦p:b|living on borrowed time⟧". "⟦d:b|Seven votes. Three of them bought last night with the promise of a bridge. This government is not governing, it is surviving,⟧" she said.
A government whip who asked not to be named said the abstentions had been secured "⟦p:c|in the usual way⟧". "⟦d:c|Nobody was bought. People were listened to,⟧" the whip said.

### 040
@a Oliver Pemberton-Shaw | Health minister
@b Jasmine Kaur-Bell | his special adviser
@c - | A friend of the minister
@d - | A Department of Health spokesman
EXPLOSIVE messages seen by the Sentinel show Health minister Oliver Pemberton-Shaw privately dismissed a report on hospital waiting times as “⟦p:a|total garbage⟧” days before praising it in Parliament.
In one exchange last November, the minister wrote to his special adviser, Jasmine Kaur-Bell: “⟦d:a|Have you read this thing? Total garbage. Who commissioned it?⟧”
She replied: “⟦d:b|We did. Well, your predecessor did.⟧”
Pemberton-Shaw responded with a single word: “⟦d:a|Brilliant.⟧”
Four days later he told MPs the same report was “⟦p:a|a thoughtful and valuable contribution⟧” to the debate on waiting lists.
In another message, Kaur-Bell warned him: “⟦d:b|If this leaks it's not a great look. Maybe delete?⟧”
A friend of the minister last night insisted the messages were “⟦p:c|classic gallows humour⟧”. “⟦d:c|Anyone who's worked in government talks like this on their phone at midnight. Ollie thought the report had flaws. He still thinks it was a valuable contribution. Both things can be true,⟧” the friend said.
A Department of Health spokesman said: “⟦d:d|We do not comment on private messages.⟧”

### 041
@a Clive Ormerod | Backbench MP
@b - | One constituent
@c - | One pal
@d - | A party spokesman
A BACKBENCH MP claimed more than £3,000 on expenses for a "⟦s:-|home office⟧" that turned out to be a converted garden shed, the Courier can reveal.
Backbench MP Clive Ormerod, 58, submitted receipts for a desk, a filing cabinet, a patio heater and a reclining chair for the shed at his constituency home in Little Warden.
When we knocked on his door yesterday, Ormerod insisted: "⟦d:a|Every penny was claimed within the rules. I do a great deal of constituency work out there.⟧"
Asked whether the shed also housed a lawnmower, he snapped: "⟦d:a|I'm not discussing my garden with you,⟧" and shut the door.
One constituent, who did not want to be named, said: "⟦d:b|He's not held a surgery in this town in eight years. Now we know why. He's been in the shed.⟧"
One pal said the MP was "⟦p:c|mortified⟧". "⟦d:c|Clive is old school. He probably thought the forms were a formality. He'll pay it back if he has to,⟧" the pal added.
A party spokesman said: "⟦d:d|Mr Ormerod has referred himself to the parliamentary standards commissioner and it would be inappropriate to comment further.⟧"

### 042
@a Emre Kaplanoğlu | Eskarian Foreign Minister
@b Dmytro Savchuk | His Vostrian counterpart
@c - | A Vostrian journalist
The foreign ministers of Eskaria and Vostria pledged on Monday to reopen their shared border crossing at Teplyi Brod by the end of the year, at a joint news conference in the Eskarian capital that was cordial, if occasionally awkward.
Eskarian Foreign Minister Emre Kaplanoğlu said the two governments had agreed a “⟦p:a|road map⟧” for the crossing, which has been closed to civilian traffic since 2019.
“⟦d:a|Families have been divided by forty kilometres of road and a barrier for five years. That is a stupid situation, and today we start to end it,⟧” he said.
His Vostrian counterpart, Dmytro Savchuk, standing at the neighbouring lectern, nodded. “⟦d:b|I agree with every word my colleague said,⟧” he told reporters. “⟦d:b|Well, almost every word. I would not have said stupid. I would have said regrettable.⟧”
A Vostrian journalist then asked Kaplanoğlu whether Eskaria would drop its demand for customs checks on agricultural goods. “⟦d:c|Is that demand still on the table, minister?⟧” she asked.
“⟦d:a|Everything is on the table. Some things are nearer the edge than others,⟧” he said, glancing to his left.
Savchuk laughed. “⟦d:b|He means the customs checks,⟧” he said.

### 043
@a Aurélie Vandamme | The government spokeswoman
@b - | a journalist from the Gazette de Liers
@c Bastien Lefèvre-Moreau | Prime Minister
The government spokeswoman, Aurélie Vandamme, declined on Wednesday to confirm reports that the cabinet had approved a plan to sell a 30 per cent stake in the national rail operator.
«⟦d:a|The cabinet discussed a number of subjects this morning. I'm not going to go through them one by one,⟧» she said at her weekly briefing.
«⟦d:b|So you're not denying it?⟧» asked a journalist from the Gazette de Liers.
«⟦d:a|I'm not confirming it and I'm not denying it. I'm telling you there will be an announcement when there is something to announce,⟧» Vandamme replied.
Prime Minister Bastien Lefèvre-Moreau said only last month that the rail operator was «⟦p:c|not for sale, not in part, not in whole⟧».
Asked whether that remained the prime minister's position, Vandamme said: «⟦d:a|The prime minister's words speak for themselves.⟧»

### 044
@a Hamish Clunie | Counsel to the inquiry
@b Ngozi Adeyinka-Price | Former health secretary
@c Evadne Okwu | The inquiry chair
@d - | A man in the back row
Former health secretary Ngozi Adeyinka-Price told the Carradale Inquiry on Tuesday that she had “⟦p:b|no recollection⟧” of being warned about contaminated blood supplies at a meeting in 2011, despite minutes recording that she was present.
Counsel to the inquiry, Hamish Clunie KC, took her through the minutes line by line. “⟦d:a|It says here, ‘SoS noted the concerns and asked for a fuller paper.’ SoS is you, isn't it?⟧” he asked.
“⟦d:b|It would have been, yes.⟧”
“⟦d:a|So you were there, and you asked for a fuller paper. Did you ever receive it?⟧”
“⟦d:b|I honestly don't know. I received hundreds of papers a week. I'm not saying that as an excuse. I'm saying it because it's true,⟧” Adeyinka-Price said.
The inquiry chair, Lady Justice Evadne Okwu, intervened. “⟦d:c|I want to be fair to Ms Adeyinka-Price. Has she been shown the document we're discussing?⟧” the judge asked.
Clunie confirmed that she had. The former minister then turned towards the families sitting at the back of the hearing room. “⟦d:b|Whatever I did or didn't read, it happened on my watch. I am sorry. I should have said that a long time ago,⟧” she said.
Several relatives wept. A man in the back row shouted “⟦d:d|Too late!⟧” as the session was adjourned.

### 045
@a Stellan Nyqvist | Deputy Prime Minister
@b - | one reporter
@c - | another reporter
Deputy Prime Minister Stellan Nyqvist refused to answer questions about his future on Thursday morning as he left his home in Vastby, hours after a newspaper reported that he had told friends he was "⟦p:a|done with this government⟧".
"⟦d:b|Mr Nyqvist, are you going to resign?⟧" one reporter shouted as he walked to his car.
"⟦d:a|Good morning, everybody. Lovely day,⟧" Nyqvist replied.
"⟦d:c|Did you say you were done with the government?⟧" another reporter called.
"⟦d:a|I say a great many things to a great many people. Have a nice day.⟧"
Arriving at the cabinet office an hour later, he stopped briefly in front of the cameras. "⟦d:a|I have a job to do and I'm doing it. That's all I'm going to say,⟧" he said.

### 046
@a Green Future Party | the party
@b Tamsin Eyre-Walker | Co-leader
@c Baraka Njoroge | Her fellow co-leader
@d Institute for Fiscal Prudence | a think tank
The Green Future Party launched its manifesto in a converted tram depot in Hollins on Wednesday, promising a four-day week for public sector workers and a ban on new out-of-town shopping centres.
In the 96-page document, the party says the country faces “⟦p:a|a decade of decision⟧”. “⟦d:a|We can keep patching up an economy built for the last century, or we can build one for this one,⟧” it says.
Co-leader Tamsin Eyre-Walker told supporters the manifesto was “⟦p:b|fully costed, radical and realistic⟧”. “⟦d:b|People keep asking us what the catch is. The catch is that the people who've done very well out of the last twenty years will have to pay a bit more,⟧” she said.
Her fellow co-leader, Baraka Njoroge, said the four-day week would be trialled first in hospitals and councils. “⟦d:c|We're not asking anyone to take it on faith. We're saying try it, measure it, and if it doesn't work, we'll say so,⟧” he said.
The Institute for Fiscal Prudence, a think tank, said the plans contained “⟦p:d|a sizeable gap⟧” between spending and revenue. “⟦d:d|The party's figures for the wealth tax assume a level of compliance that no country has ever achieved,⟧” the institute said.

### 047
@a Kezia Osei-Tutu | Youth mayor
@b Finn O'Donoghue | the sixth-former
@c Margaret Ellison | the council's cabinet member for children
Young people took over the council chamber in Drayford on Friday for the annual youth council debate, and voted overwhelmingly for free bus travel for under-18s.
Youth mayor Kezia Osei-Tutu, 17, who chaired the session, told members: "⟦d:a|Adults make decisions about our lives every day in this room. Today it's our turn, so let's not waste it.⟧"
Finn O'Donoghue, 16, who represents Brookfield Academy, moved the motion. "⟦d:b|My bus to school costs £2.40 each way. That's twenty-four pounds a week. My mum works two jobs,⟧" the sixth-former said. "⟦d:b|Free travel isn't a luxury. It's the difference between going to college and not going.⟧"
Councillor Margaret Ellison, the council's cabinet member for children, who watched from the gallery, said she had been "⟦p:c|genuinely moved⟧". "⟦d:c|I've sat through a lot of debates in that chamber, and that was better than most of them. I'll be taking the motion to cabinet,⟧" she said.
Osei-Tutu was unimpressed. "⟦d:a|She said that last year too. We'll be checking,⟧" she said.

### 048
@a Ignatius Mbanefo | the senior senator from Coldwater
@b Ruth Castellano-Byrne | Majority leader
@c - | One staff member
Sen. Ignatius Mbanefo, the senior senator from Coldwater, held the floor of the state Senate for 14 hours and 20 minutes on Tuesday and into Wednesday, breaking a 41-year-old record in an attempt to block a bill that would redraw the state's congressional districts.
Shortly after 3 a.m., visibly tired but still standing, Mbanefo began reading aloud from letters sent to him by constituents.
``⟦d:a:m|This one is from a woman in Harlan Springs. She is 88 years old. She writes: ‘I have voted in every election since I was 21. I would like to keep voting in a district that makes sense.’⟧
``⟦d:a|Madam President, I don't know what to tell her. Maybe somebody in this chamber does. I'll wait.⟧''
Majority leader Ruth Castellano-Byrne, who has pledged to pass the bill before the session ends, called the filibuster ``⟦p:b|a stunt⟧''. ``⟦d:b|The senator is entitled to talk for as long as his legs hold out. The votes are there, and the bill will pass,⟧'' she told reporters.
Mbanefo finally yielded at 8:47 a.m. ``⟦d:a|I'm sixty-eight years old and I need the bathroom,⟧'' he said, to applause from the gallery.
One staff member had been seen handing him a banana during a point of order at around 5 a.m. ``⟦d:c|Potassium. He asked for it by name,⟧'' she said later.

### 049
@a Yasmin Haddou | the MP for Eastwick and Marl
@b Patrick Doolan | a retired bus driver whose pension payments stopped without explanation in March
@c Tomasz Zieliński | her caseworker
It is 10am on a Saturday in the upstairs room of the Eastwick Community Centre, and Yasmin Haddou, the MP for Eastwick and Marl, has already seen six people.
“⟦d:a|Housing, housing, immigration, housing, a parking fine, and a man who wanted to tell me I was wrong about everything,⟧” she says, counting on her fingers. “⟦d:a|That's a fairly normal morning.⟧”
Her seventh constituent is Patrick Doolan, 71, a retired bus driver whose pension payments stopped without explanation in March.
“⟦d:b|I've written four letters. I've rung them so many times they know my voice. I thought, I'll try the MP. She can only say no,⟧” he says.
Haddou reads his paperwork, frowns, and passes it to her caseworker, Tomasz Zieliński. “⟦d:c|We've seen this one before. It's a coding error. Give me a week,⟧” he tells Doolan.
After Doolan leaves, Haddou is reflective. “⟦d:a:m|People think this job is Parliament. Mostly it's not. It's this. It's sitting in a room with someone who's been failed by three different organisations and trying to get one of them to pick up the phone.⟧
“⟦d:a|On a good day you fix it. On a bad day you just listen. Sometimes that matters more than you'd think.⟧”

### 050
@a Nigel Ampofo | Host
@b Delphine Osterberg | the incumbent
@c Shirin Farahani | the Civic Alliance candidate
@d Gus Hennessy | an independent who runs a haulage firm
The three leading candidates to be mayor of Harbury clashed over congestion charges, policing and the future of the city's airport in a lively debate on Harbury Sound on Wednesday evening.
Host Nigel Ampofo opened by asking each candidate to name one thing the city had got right in the past four years. Delphine Osterberg, the incumbent, said: "⟦d:b|The tram extension. On time, on budget, and packed every morning.⟧"
Shirin Farahani, the Civic Alliance candidate, said she would "⟦p:c|give credit where it's due⟧" for the tram. "⟦d:c|But ask anyone in the east of the city when they last saw a police officer on foot. That's the record too,⟧" she said.
"⟦d:b|We've put 120 more officers on the streets—⟧" Osterberg began.
"⟦d:c|Where? Name one street,⟧" Farahani said.
"⟦d:a|One at a time, please, or nobody at home can hear either of you,⟧" Ampofo said.
Gus Hennessy, an independent who runs a haulage firm, said both rivals were "⟦p:d|arguing about the deckchairs⟧". "⟦d:d|I'm the only one on this panel who's ever had to make payroll. The airport is 3,000 jobs, and both of these two want to shrink it,⟧" he said.
"⟦d:b|That's simply not true, Gus,⟧" Osterberg said.
"⟦d:d|Read your own manifesto, Delphine.⟧"

### 051
@a Felix Ambrose-Tan | Immigration minister
@b Kirsty Maclean | Presenter
@c Ravi Chandran | Her co-host
Immigration minister Felix Ambrose-Tan was left floundering on breakfast television on Tuesday when he was unable to say how many people had been removed under the government's new returns scheme.
Presenter Kirsty Maclean asked him three times for the figure. “⟦d:b|It's your flagship policy, minister. You must know the number,⟧” she said.
“⟦d:a|I don't have the precise figure in front of me, Kirsty, but it's in the hundreds,⟧” he replied.
“⟦d:b|Low hundreds? High hundreds?⟧”
“⟦d:a|It's in the hundreds.⟧”
Her co-host, Ravi Chandran, then held up a printout of the Home Office's own statistics, which put the figure at 41. “⟦d:c|This says forty-one. That's not hundreds, is it?⟧” he asked.
Ambrose-Tan said the published statistics were “⟦p:a|already out of date⟧” and promised to write to the programme with the latest numbers.

### 052
@a Vostrian Ministry of Foreign Affairs | the ministry
@b Leopold Marchetti | Tarsenne's ambassador
@c Yulia Hrytsenko | ministry spokeswoman
Vostria summoned Tarsenne's ambassador on Friday in protest at what it called «⟦p:a|unacceptable interference⟧» in its internal affairs, after the Tarsennese parliament passed a resolution criticising the arrest of an opposition journalist.
The Vostrian Ministry of Foreign Affairs said in a statement that the resolution was «⟦p:a|based on falsehoods⟧». «⟦d:a|Vostria does not lecture other nations on the conduct of their courts, and expects the same courtesy in return,⟧» the ministry said.
Tarsenne's ambassador, Leopold Marchetti, spoke briefly to reporters as he left the ministry after a meeting lasting about twenty minutes.
«⟦d:b|It was a frank conversation. I listened, and I explained our position, which has not changed,⟧» he said. «⟦d:b|A journalist is in prison for writing an article. My parliament is entitled to have an opinion about that.⟧»
Asked later whether Vostria would expel the ambassador, ministry spokeswoman Yulia Hrytsenko said: «⟦d:c|All options remain available to us. I would not speculate beyond that.⟧»

### 053
@a - | An ally of the home secretary
@b Matthias Grant-Olufemi | Former chancellor
@c Ezekiel Mwangi | Her rival
@d - | One MP backing her rival
@e Saoirse Ní Bhriain | Home Secretary
Home Secretary Saoirse Ní Bhriain won the backing of three cabinet ministers on Sunday, giving her campaign for the party leadership a significant boost a day before nominations close.
An ally of the home secretary said the endorsements showed she was "⟦p:a|the only candidate who can unite the party⟧". "⟦d:a|The momentum is all one way now. By Tuesday night, this could be over,⟧" the ally said.
Former chancellor Matthias Grant-Olufemi also came out for Ní Bhriain. "⟦d:b|I have served alongside both candidates, and I like them both. But only one of them has run a great department of state through a crisis,⟧" he wrote in the Morning Ledger.
Her rival, Ezekiel Mwangi, insisted he was "⟦p:c|not going anywhere⟧". "⟦d:c|Endorsements are nice. Votes are better. The members will decide this, not the cabinet table,⟧" he told supporters in Kildrum.
One MP backing her rival was scathing about the timing. "⟦d:d|Funny how these endorsements all turned up on the same Sunday morning, in the same newspaper, using the same phrases. Somebody's been busy,⟧" he said.
Ní Bhriain, speaking briefly outside her home, said: "⟦d:e|I'm grateful for every vote. I'm taking nothing for granted.⟧"

### 054
@a Quentin Hollingsworth | the Minister for Digital Affairs
@b Bronwen Pritchard | -
There are ministers who answer questions, and there are ministers who answer questions that nobody asked. Quentin Hollingsworth, the Minister for Digital Affairs, belongs firmly in the second category.
Asked on Monday why the government's new “⟦s:-|digital front door⟧” for public services had crashed four times in its first week, Hollingsworth set off on a tour of the department's “⟦s:-|innovation journey⟧” that took in cloud migration, “⟦s:-|agile delivery⟧” and, at one point, the invention of the printing press.
“⟦d:a|Every transformative technology in human history has had teething problems,⟧” he told the Commons, beaming. “⟦d:a|Gutenberg's first press did not, I'm told, work perfectly first time.⟧”
“⟦d:-|Neither did yours!⟧” came a voice from somewhere on the back benches.
Bronwen Pritchard, whose constituents spent much of last Tuesday unable to renew their driving licences, rose to ask whether the minister had ever personally tried to use the service.
“⟦d:b|Has he, at any point, sat down at a kitchen table with a laptop and a cup of tea and tried to do what he is asking eleven million people to do?⟧” she asked.
Hollingsworth said he had “⟦p:a|tested the platform extensively⟧” during its development.
“⟦d:b|That's not what I asked.⟧”
There was a pause. Somewhere in the building, one imagines, a server was rebooting.

### 055
@a Aled Rhys-Morgan | First Minister
@b Carys Bevan | the Nation Party's leader
@c Elin Jenkins | Presiding Officer
@d - | one member
Carys Bevan, the Nation Party's leader, accused First Minister Aled Rhys-Morgan of presiding over "⟦p:b|a lost decade⟧" for the region's schools during a heated First Minister's Questions in the assembly in Caerwen on Tuesday.
Bevan pointed to figures showing reading scores among 11-year-olds had fallen for the fifth year running. "⟦d:b|The First Minister has been in charge of education in one form or another since 2014. At what point does he take responsibility?⟧" she asked.
"⟦d:a|I take responsibility every single day,⟧" Rhys-Morgan replied. "⟦d:a|What I won't do is take lectures from a party that voted against every school budget we have put before this chamber.⟧"
"⟦d:d|Not true!⟧" one member called out.
Presiding Officer Elin Jenkins intervened. "⟦d:c|Members will address their remarks through the chair. And they will do it quietly,⟧" she said.
Bevan returned to the attack. "⟦d:b|Five years of falling scores. Five years of excuses. The children who were eleven when this started are sixteen now. They don't get those years back.⟧"
Rhys-Morgan said a new literacy programme would be "⟦p:a|in every primary school by September⟧".

### 056
@a Maryam Farouk | the host
@b Eleanor Whitcombe | Former prime minister
Former prime minister Eleanor Whitcombe has said she “⟦p:b|would not wish the job on anyone I love⟧”, in a rare interview marking ten years since she left office.
Speaking on the “⟦s:-|Backbench⟧” podcast, Whitcombe, 71, was asked by the host, Maryam Farouk, whether she missed power.
“⟦d:b|I miss the people. I miss the red boxes, strangely. I don't miss waking at 4am wondering what had gone wrong overnight in a country I'd never heard of,⟧” she said.
“⟦d:a|And do you have regrets?⟧” Farouk asked.
“⟦d:b:m|Of course. Anyone who's done that job and says they have no regrets either wasn't paying attention or isn't telling you the truth.⟧
“⟦d:b|The big one is housing. We talked about it for six years and built a fraction of what we said we would. I think about that when I see people in their thirties still sharing flats. That's on my generation of politicians, and it's on me.⟧”
Asked for her verdict on the current Prime Minister, she laughed. “⟦d:b|No. Absolutely not. You're not getting me on that one, Maryam.⟧”

### 057
@a Bryony Hales | Haverford's council leader
@b Augustine Mbah | Councillor
@c Janet Kowalczyk | the council's monitoring officer
Haverford's council leader Bryony Hales survived a motion of no confidence on Thursday night by a single vote, after a four-hour meeting that was twice adjourned amid shouting from the public gallery.
Councillor Augustine Mbah, who tabled the motion, accused Hales of running the authority ``⟦p:b|like a private members' club⟧''.
``⟦d:b|Decisions are taken in her office, on her phone, with her friends, and then brought to this chamber to be rubber-stamped. That is not how local government is supposed to work,⟧'' he said.
Hales said she had ``⟦p:a|nothing to apologise for⟧''. ``⟦d:a|If Councillor Mbah wants my job, he can win an election for it. He's lost two,⟧'' she said.
``⟦d:-|Shame on you!⟧'' someone shouted from the gallery.
The meeting was adjourned for twenty minutes. When it resumed, the council's monitoring officer, Janet Kowalczyk, reminded members of the code of conduct. ``⟦d:c|I'd ask everyone, in the chamber and in the gallery, to remember that this is a place of work for the officers sitting here,⟧'' she said.
The motion fell by 27 votes to 26. Mbah said afterwards: ``⟦d:b|One vote. She should be worried, and I think she knows it.⟧''

### 058
@a Ingrid Aasheim | the Norvian prime minister who hosted the summit
@b Kelechi Amadi | President
@c - | the 14 leaders
@d - | A reporter from the Sokoro state broadcaster
A two-day summit of Northern Rim leaders ended in Skarvik on Saturday with a joint commitment to double investment in undersea power cables by 2035 and a sharp warning over attacks on critical infrastructure.
In a joint communique, the 14 leaders said they would treat any deliberate damage to cables or pipelines as “⟦p:c|an attack on all⟧”.
Ingrid Aasheim, the Norvian prime minister who hosted the summit, said the agreement sent “⟦p:a|a very clear message to anyone who thinks the seabed is a grey zone⟧”.
“⟦d:a|It is not a grey zone. It is our electricity, our internet, our gas. We will protect it together,⟧” she told the closing news conference.
President Kelechi Amadi of Sokoro, attending as a guest, said his country had the most to lose. “⟦d:b|When you are a small economy connected to the world by two cables, you do not need to be persuaded that this matters,⟧” he said.
A reporter from the Sokoro state broadcaster asked him whether his country would now seek full membership. “⟦d:d|Mr President, is this the first step to joining?⟧”
“⟦d:b|It is a step. I won't tell you which number,⟧” Amadi replied, to laughter.

### 059
@a Dario Lentini | Olawale's campaign manager
@b - | A spokeswoman for Hartigan
@c Femi Olawale | former mayor
@d Niamh Hartigan | state senator
The race for the Westfield governor's nomination turned nasty on Thursday as the two leading candidates traded accusations over a television advertisement claiming that former mayor Femi Olawale raised property taxes six times in eight years.
Olawale's campaign manager, Dario Lentini, called the ad "⟦p:a|grossly misleading⟧". "⟦d:a|Three of those increases were voted through by the council over the mayor's veto. Senator Hartigan knows that, because we've told her twice,⟧" he said.
A spokeswoman for Hartigan said every claim in the ad was "⟦p:b|a matter of public record⟧". "⟦d:b|If Mr Olawale is embarrassed by his record, he should have thought about that when he was making it,⟧" she said.
Olawale, campaigning in Brightwater, was asked about the ad by reporters. "⟦d:c|I'm not going to get into the mud with her. I'll just say this: I balanced eight budgets. Ask her how many she's balanced,⟧" he said.
The ad was paid for by state senator Niamh Hartigan's campaign. Speaking in Dunmore later in the day, Hartigan said: "⟦d:d|Femi is a fine man who had a bad record. Both things are true.⟧"

### 060
@a Amina Jallow | Your own backbencher
@b Gideon Marsh | the Work and Pensions Secretary
What follows is an edited transcript of Thursday's interview on Radio Marrick's Drive programme between the presenter, Leona Fitzroy, and the Work and Pensions Secretary, Gideon Marsh.
FITZROY: Your own backbencher, Amina Jallow, called this policy “⟦p:a|a shambles dressed up as a reform⟧” in the chamber yesterday. Is she wrong?
MARSH: Amina is a valued colleague and she's entitled to her view. I think she's wrong on this one, yes.
FITZROY: She's not alone. Forty of your MPs signed her letter.
MARSH: And two hundred and ninety didn't.
FITZROY: Isn't the word “⟦s:-|reform⟧” doing a lot of work here? You're cutting support for people who can't work.
MARSH: We are targeting support at people who can work and want to work. That's not a cut, that's common sense.
FITZROY: In 2019 you wrote that disability benefits were “⟦p:b|a promise, not a handout⟧”. What changed?
MARSH: Nothing has changed. The promise is still there for those who need it most. I stand by every word of that article.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh72.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh72",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
