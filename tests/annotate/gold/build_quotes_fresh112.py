# ruff: noqa: E501
"""Build ``quotes_fresh112.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: question times and debates with interruptions from the benches, select
committee and confirmation hearings, broadcast and radio interviews in which a
presenter presses a minister, campaign trails, hustings and televised debates, lobby
briefings by spokespeople, council and parish meetings, leadership contests, leaks and
unnamed sources, summits and foreign ministers' press conferences, in the styles of
wire, broadsheet, tabloid, local-paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh112-NNN``.

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
  it (``The independent, Priya Nandakumar, a former head teacher``): the appositive is
  the description. A title before the name alone (``Presenter …``, ``Chancellor …``,
  ``Opposition senator …``) is the description; so is a definite description standing
  before the name and set off by commas (``the Speaker, Rosalind Achebe-Frame``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 46-year-old``,
  ``the chair``, ``the host``), that description is taken.
* A non-restrictive relative clause after an appositive (``director of the Refugee
  Rights Network, which brought the case``) is not part of the description; a
  restrictive one (``a former GP who sits for Whitford``) is.
* Presiding officers (the Speaker, a deputy speaker, a Senate president, a mayor or
  chair running a meeting) are speakers like anyone else when they call for order.
* Shouts from the benches, the gallery or a crowd are ``direct``: with a null speaker
  and the description as written when the shouter is described (``one backbencher``,
  ``an opposition MP``, ``a man in the back row``), with both null when nothing
  identifies them (``shouts of "Answer the question!"``, an unidentified voice on a
  recording).
* An organisation speaks under its name as written, without a leading article
  (``Finance Ministry``, ``Dravonian embassy``); an appositive after it is its
  description.
* Words quoted from a document whose author is not identified (a leaked memo, a
  party manifesto) have a null speaker and the document as written as the
  description. Words quoted from a report, judgment, letter, post or memoir by an
  identified author are that author's.
* A fragment of one person's words relayed inside the reporter's account of someone
  else's report or question (the commissioner's finding that the MP had "simply
  forgotten") belongs to the person whose words they were.
* A reporter's question at a briefing or news conference belongs to that reporter,
  named when the passage names them; questions by a first-person writer are
  ``direct`` with speaker and description null; a named presenter's or host's
  questions are that person's speech.
* In a printed exchange (alternating quote-only paragraphs, often with
  interruptions marked by dashes) each turn belongs to the person whose turn it is,
  as the surrounding narration and forms of address make clear.
* Unnamed plural sources (``allies of Whitmore``, ``three people familiar with the
  matter``) are described as written; a single member of such a group who is then
  quoted (``one ally``) is described by the phrase at that cue.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh112.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh112.jsonl")

PASSAGES = """
### 001
@a Helena Markwick | the prime minister
@b Owen Tallis | the leader of the opposition
@c Rosalind Achebe-Frame | the Speaker
@d - | one backbencher
The prime minister, Helena Markwick, was forced onto the defensive at question time on Wednesday as the leader of the opposition, Owen Tallis, accused her of “⟦p:b|sitting on⟧” a report into hospital waiting lists for six weeks.
“⟦d:b|The report landed on the prime minister's desk on the third of March. It is now the fourteenth of April. What has she been doing with it — reading it in very small print?⟧” Tallis asked, to laughter from the opposition benches.
Markwick replied that the report would be published “⟦p:a|in full and in good time⟧”, and then turned on the opposition's own record. “⟦d:a|When the right honourable gentleman was health spokesman, he promised a new hospital in every county. We are still waiting for the first one, Mr Speaker —⟧”
Her answer was drowned out by shouts of “⟦d:-|Answer the question!⟧” from the benches opposite.
“⟦d:c|Order! Order. The prime minister will be heard, and so will the leader of the opposition, but not at the same time,⟧” the Speaker, Rosalind Achebe-Frame, said.
Tallis returned for a second go. “⟦d:b|It's a simple question. Yes or no: has she read it?⟧”
“⟦d:a|I have read it,⟧” Markwick said. “⟦d:a|And when he reads it, he will find that waiting lists fell in eleven of the fourteen regions.⟧”
One backbencher could be heard calling out “⟦d:d|What about the other three?⟧” before the exchange moved on to rail fares.

### 002
@a Callum Oyelaran | Presenter
@b Sunita Varghese | the housing minister
@c - | a spokesperson for the department
@d - | the party's manifesto
The housing minister, Sunita Varghese, struggled on Tuesday morning to say how many of the government's promised 40,000 "⟦s:-|starter homes⟧" had actually been built, in a combative interview on Capital Morning.
Presenter Callum Oyelaran asked her four times for a figure.
"⟦d:a|It's a simple number, minister. How many?⟧"
"⟦d:b|What I can tell you is that we have more homes under construction than at any point in the last decade —⟧"
"⟦d:a|That isn't what I asked.⟧"
"⟦d:b|— and I think your listeners care about whether the homes are coming, not about a spreadsheet.⟧"
Oyelaran then read out a line from the party's manifesto pledging that the homes would be "⟦p:d|delivered, occupied and affordable by the end of this parliament⟧".
"⟦d:b|Well, and they will be. I'm not going to apologise for being ambitious,⟧" Varghese said.
Pressed on whether the true figure was below 10,000, she said: "⟦d:b|I'm not going to get into a numbers game on live radio.⟧"
Figures published by the department that afternoon showed 6,212 completions. A spokesperson for the department said the numbers "⟦p:c|reflect a pipeline that is now accelerating⟧".

### 003
@a Imelda Fairweather | the chair of the infrastructure select committee
@b Gareth Penhallow | the permanent secretary at the Department for Infrastructure
@c Adaeze Nwankwo | a Progressive member of the committee
@d Martin Skea | the chief executive of Northlink Rail
The chair of the infrastructure select committee, Imelda Fairweather, accused the government's most senior transport official on Thursday of “⟦p:a|marking his own homework⟧” over the £2.3bn Northlink rail contract.
Gareth Penhallow, the permanent secretary at the Department for Infrastructure, had told the committee the contract was “⟦p:b|tested to destruction⟧” before it was signed.
“⟦d:a|Tested by whom?⟧” Fairweather asked. “⟦d:a|Because the only assessment we have seen was written by your own department and signed off by you.⟧”
“⟦d:b|It was reviewed externally as well, chair. I'm happy to write to the committee with the details.⟧”
“⟦d:a|You've said that before, Mr Penhallow. We're still waiting for the last letter.⟧”
Adaeze Nwankwo, a Progressive member of the committee, turned to Martin Skea, the chief executive of Northlink Rail, who sat two chairs along from Penhallow, and asked whether his company had ever been told the contract was at risk.
“⟦d:d|Never. Not once,⟧” Skea said. “⟦d:d|We were told, repeatedly, that ministers were fully behind it.⟧”
“⟦d:c|So somebody in this room is wrong,⟧” Nwankwo said. “⟦d:c|Either the department knew the project was in trouble and didn't tell the company, or it didn't know, which is worse.⟧”
Penhallow said he would “⟦p:b|not accept that characterisation⟧”, and promised a letter by the end of the month.

### 004
@a Declan Fahey | the Unity Party's candidate in Brackley North
@b Maureen Gilchrist | a retired dinner lady
@c - | a spokesman for Fahey's campaign
@d Bev | another shopper
RED-FACED Declan Fahey got more than he bargained for yesterday when he stopped to shake hands outside a bakery in Brackley.
Fahey, the Unity Party's candidate in Brackley North, was ambushed by Maureen Gilchrist, 78, a retired dinner lady, who jabbed a finger at him and demanded: "⟦d:b|Where were you when they shut our bus route? Where were you then?⟧"
The would-be MP tried to calm her down. "⟦d:a|Maureen — can I call you Maureen? — that's exactly why I'm standing.⟧"
"⟦d:b|No you can't,⟧" she shot back, to cheers from shoppers.
Afterwards the gran-of-six told the Courier: "⟦d:b|They only come round here when they want something. I've lived on this estate fifty-one years and I've never seen one of them before.⟧"
Another shopper, who gave her name only as Bev, said: "⟦d:d|Good on Maureen. Somebody had to say it.⟧"
A spokesman for Fahey's campaign later insisted the exchange had been "⟦p:c|good-natured⟧". "⟦d:c|Declan loves meeting voters, including the ones who give him a hard time. He's going back to Brackley on Saturday,⟧" he added.

### 005
@a - | the prime minister's official spokesperson
@b - | one journalist
@c Tobias Renwick | the chancellor
The prime minister retains “⟦p:a|full confidence⟧” in the chancellor, Tobias Renwick, the prime minister's official spokesperson said on Monday, after a weekend of reports that the two had clashed over the budget.
At the regular lobby briefing, the spokesperson was asked eleven times about the relationship. “⟦d:a|They speak every day. They are working very closely on the budget, as you would expect,⟧” he said.
Asked whether the prime minister had raised her voice at the chancellor during a meeting on Friday, as reported by two Sunday newspapers, the spokesperson said: “⟦d:a|I'm not going to get into private conversations. I've seen the reports. I don't recognise them.⟧”
“⟦d:b|Is that a denial?⟧” one journalist asked.
“⟦d:a|It's what I've said.⟧”
Renwick himself, leaving his official residence on Monday morning, told reporters: “⟦d:c|We're a team. Next question.⟧” He did not take one.

### 006
@a - | a senior government source
@b - | one cabinet minister
@c - | a leaked memo
@d Priscilla Onwuachi | the chief secretary
@e Finance Ministry | -
Ministers were warned in a leaked memo that plans to cut the winter fuel grant could "⟦p:c|cost the party every marginal seat north of the Fenner⟧", it has emerged.
The memo, drawn up by party strategists and seen by the Chronicle, says the policy is "⟦p:c|toxic on the doorstep⟧" and urges ministers to "⟦p:c|find the money elsewhere, and quickly⟧".
A senior government source said the document had been "⟦p:a|circulated far too widely⟧" and that an inquiry into the leak was under way. "⟦d:a|Somebody wanted this out before Thursday's vote. We'll find out who,⟧" the source said.
One cabinet minister, speaking on condition of anonymity, was blunter. "⟦d:b|Everybody round the table knew this was a disaster. The only surprise is that it took a memo to say so.⟧"
The Finance Ministry said in a statement: "⟦d:e|We do not comment on leaked documents. The grant will be reformed so that support goes to those who need it most.⟧"
Priscilla Onwuachi, the chief secretary, told MPs later that she had "⟦p:d|not seen⟧" the memo and did not intend to.

### 007
@a Bernadette Hollis | Council leader
@b Ravinder Sohal | leader of the Green group
@c Nkechi Obi | a resident of Tanner Street
@d Lionel Graves | The mayor
Plans to close two of Kestwick's three public libraries were approved on Tuesday night after a stormy four-hour meeting of the borough council, during which the public gallery had to be cleared.
Council leader Bernadette Hollis told members the closures were “⟦p:a|the least worst option⟧” in the face of a £4.1 million budget gap.
“⟦d:a|Nobody in this chamber came into politics to close libraries. I certainly didn't,⟧” she said. “⟦d:a|But I will not set an illegal budget, and I will not put up council tax by eleven per cent.⟧”
Cllr Ravinder Sohal, leader of the Green group, said the administration had “⟦p:b|made its mind up months ago⟧” and that the public consultation had been “⟦p:b|a box-ticking exercise⟧”.
“⟦d:b|Eighty-four per cent of the people who responded said keep them open. Eighty-four per cent! What exactly was the point of asking?⟧”
Members of the public in the gallery held up placards reading “⟦s:-|Books Not Bulldozers⟧” and chanted “⟦s:-|Shame on you⟧” as the vote was taken.
The mayor, Cllr Lionel Graves, who was chairing the meeting, warned: “⟦d:d|If this continues I will have no choice but to clear the gallery.⟧” Minutes later, he did.
Speaking outside, Nkechi Obi, a resident of Tanner Street, said she had used the Eastgate library for thirty years. “⟦d:c|My children learned to read in there. Now my grandchildren won't get the chance,⟧” she said.

### 008
@a Fiona Achterberg | the former foreign secretary
@b Yasmin Darcy-Lowe | the business secretary
@c Colm Brennock | the party's deputy chair
@d - | a member in the third row
The two women vying to lead the Liberal Unionists clashed over tax and the party's future at a hustings in Dunmere on Friday night, in the sharpest exchange of the contest so far.
Fiona Achterberg, the former foreign secretary, opened by promising members "⟦p:a|a party that tells the truth about money⟧". She said: "⟦d:a|We cannot promise tax cuts on Monday and new hospitals on Tuesday and expect anyone to believe us on Wednesday.⟧"
Yasmin Darcy-Lowe, the business secretary, said her rival was "⟦p:b|talking the country down⟧". "⟦d:b|Fiona thinks ambition is a spending commitment. I think it's a state of mind,⟧" Darcy-Lowe said, to applause.
The hustings, chaired by the party's deputy chair, Colm Brennock, then turned to questions from the floor. A member in the third row asked: "⟦d:d|Will you serve in each other's cabinet? Yes or no.⟧"
"⟦d:c|Let's take Ms Darcy-Lowe first,⟧" Brennock said.
"⟦d:b|Of course. Fiona would be a brilliant foreign secretary. Again,⟧" Darcy-Lowe said, drawing laughter.
Achterberg paused before answering. "⟦d:a|I'd serve the party in whatever way the leader asked. I'm just rather hoping it'll be me doing the asking.⟧"

### 009
@a Anders Holmvik | Norvanian Foreign Minister
@b Leïla Benhaddou | His Calvessian counterpart
@c Norvanian Foreign Ministry | -
The foreign ministers of Norvania and Calvess agreed on Tuesday to reopen their shared border crossing at Hallen, after talks in the lakeside town of Bregny that both sides described as frank.
Norvanian Foreign Minister Anders Holmvik told a joint news conference that the crossing would reopen «⟦p:a|within weeks, not months⟧» and that the two countries had «⟦p:a|turned a page⟧». «⟦d:a|We have disagreed for three years about a bridge. Today we agreed about the bridge, the customs post and the fishing quotas, which nobody expected,⟧» he said.
His Calvessian counterpart, Leïla Benhaddou, speaking through an interpreter, was more guarded. «⟦d:b|There is a text. Texts are easy. What matters is whether the lorries are moving in April,⟧» she said.
A reporter from Calvessian state television asked whether the agreement meant Calvess had dropped its claim to the Hallen islet. «⟦d:b|Nothing has been dropped. Nothing has been added. Next question,⟧» Benhaddou replied.
Asked the same question, Holmvik smiled. «⟦d:a|I think my colleague answered very diplomatically. I will not be less diplomatic than her.⟧»
The Norvanian Foreign Ministry said in a statement later that talks would continue at official level «⟦p:c|in a constructive spirit⟧».

### 010
@a Dominic Aske | the programme's presenter
@b Nadia Kowalczyk | The shadow chancellor
The shadow chancellor, Nadia Kowalczyk, refused on Sunday to rule out raising the basic rate of income tax if her party won the election, saying she would not ``⟦p:b|write a budget in a television studio⟧''.
Appearing on The Week Ahead, she was pressed repeatedly by Dominic Aske, the programme's presenter, on how the opposition would pay for its pledge to abolish prescription charges.
``⟦d:a|You say it costs four hundred million a year. Where does the four hundred million come from?⟧''
``⟦d:b|From closing the loopholes that this government has left wide open for a decade,⟧'' Kowalczyk said.
``⟦d:a|Which loopholes? Name one.⟧''
``⟦d:b|I'll name three, Dominic, if you give me the time.⟧''
She went on to list a levy on share buybacks, a cap on pension relief for the highest earners and an end to the so-called ``⟦s:-|landlord allowance⟧''.
Aske put it to her that independent economists had costed those measures at less than half the sum. ``⟦d:a|So the sums don't add up, do they?⟧''
``⟦d:b|The sums add up. What doesn't add up is a government that has raised taxes eleven times and then lectures us about fiscal responsibility,⟧'' she said.

### 011
@a Teodora Valcheva | the Progressive MP for Harrowgate East
@b Samuel Adeyemi-Brooks | a former GP who sits for Whitford
@c Ruth Pennington | The health secretary
@d Alasdair Crum | the deputy speaker
MPs gave an emotional second reading to the End of Life (Choice) Bill on Friday, with members on both sides of the chamber describing the deaths of parents, partners and patients in a debate that ran for more than five hours.
Teodora Valcheva, the Progressive MP for Harrowgate East, who introduced the bill, spoke of her father's final weeks.
“⟦d:a:m|He was a proud man. A tram driver for thirty-one years. At the end he couldn't lift a cup, and he asked me — he begged me — to help him, and I couldn't, because the law said I couldn't.⟧
“⟦d:a:m|I am not asking this House to make anybody's choice for them. I am asking it to let people make their own.⟧
“⟦d:a|That is all this bill does.⟧”
Samuel Adeyemi-Brooks, a former GP who sits for Whitford, said he had “⟦p:b|sat with hundreds of dying people⟧” and urged colleagues to vote against.
“⟦d:b|The pressure will not always be spoken. It will be in the look a daughter gives when the care home bill arrives,⟧” he said. “⟦d:b|I have seen that look.⟧”
When a member tried to intervene, the deputy speaker, Alasdair Crum, cut in: “⟦d:d|The honourable gentleman is not giving way.⟧”
The health secretary, Ruth Pennington, who said she would abstain, told the House the government would remain “⟦p:c|neutral⟧” but would “⟦p:c|make sure that whatever Parliament decides can actually work⟧”.
The bill passed by 318 votes to 277.

### 012
@a Ibrahim Sesay | Environment Secretary
@b Conrad Elphick | Prime Minister
@c - | allies of Sesay
@d - | one former aide
Environment Secretary Ibrahim Sesay resigned from the cabinet on Wednesday night, saying he could no longer defend the government's decision to delay its river clean-up targets.
In a letter to Prime Minister Conrad Elphick, published on social media shortly after 10pm, Sesay wrote: "⟦d:a|I have argued for these targets in public and in private for two years. I cannot now go on television and argue that they can wait.⟧"
"⟦d:a|Our rivers cannot wait, and nor, I am afraid, can my conscience,⟧" the letter continued.
Elphick replied within the hour, thanking Sesay for his "⟦p:b|energy and passion⟧" and adding: "⟦d:b|I am sorry that you have reached this decision, but I respect it. The targets have not been abandoned. They have been made achievable.⟧"
Allies of Sesay said he had been "⟦p:c|boxed in⟧" for months. One former aide said: "⟦d:d|He was told in September he'd get the money. Then he was told in November he wouldn't. There was only ever going to be one ending.⟧"

### 013
@a Patricia Onyango | the returning officer
@b Kwame Asante-Reid | a 29-year-old secondary school teacher
@c Gillian Frew | The National Party candidate
@d - | One party activist
It was just after 3.40am when the returning officer, Patricia Onyango, stepped up to the stage at Marlow Vale leisure centre to read the result that few had predicted.
“⟦d:a|I, Patricia Onyango, being the returning officer for the Marlow Vale parliamentary constituency, hereby give notice that the number of votes cast for each candidate was as follows …⟧”
By the time she reached “⟦p:a|Asante-Reid, Kwame, Green Party, fourteen thousand, two hundred and six⟧”, the small knot of Green supporters at the back of the hall had already started to cheer.
Kwame Asante-Reid, a 29-year-old secondary school teacher, overturned a National Party majority of more than 9,000 to win by 1,311 votes.
“⟦d:b|Marlow Vale has spoken, and it has spoken loudly,⟧” he told the hall. “⟦d:b|People here are tired of being taken for granted. Tonight they decided they'd had enough.⟧”
The National Party candidate, Gillian Frew, who came second, congratulated him but said the result was “⟦p:c|a protest, not a conversion⟧”. “⟦d:c|We'll listen. We'll learn. And we'll be back,⟧” she said.
One party activist, who did not want to be named, was less composed. “⟦d:d|We knocked on every door in this town. Every door. And they still didn't want us,⟧” she said, close to tears.

### 014
@a Henrike Aalbers | leader of the Centre Democrats
@b Mattias Rautio | The Agrarian League leader
@c - | A negotiator close to the talks
@d Social Alliance | -
Coalition talks in Vallmark stalled for a fourth week on Thursday as the Agrarian League refused to sign up to a fuel-tax compromise that Henrike Aalbers, leader of the Centre Democrats, had called "⟦p:a|final⟧".
Aalbers emerged from the parliament building in Korsby after seven hours of negotiations and told reporters: "⟦d:a|We have moved as far as we can move. The ball is now with Mattias.⟧"
The Agrarian League leader, Mattias Rautio, said he had not been shown "⟦p:b|a single number⟧" to back the compromise. "⟦d:b|I'm not going to ask farmers to pay more for diesel on the basis of a promise written on a napkin,⟧" he said.
A negotiator close to the talks said the two leaders had not spoken directly since Tuesday. "⟦d:c|They communicate through their chiefs of staff. It's like watching a divorce,⟧" the negotiator said.
The Social Alliance, which would be the third party in any coalition, said in a statement: "⟦d:d|We are ready to govern. Our patience, however, is not unlimited.⟧"

### 015
@a Lorraine DeWitt-Hayes | a Reform member from Port Ellery
@b Curtis Wayland | the state's commissioner of corrections
@c Elena Marchetti-Ruiz | the chair
@d Department of Corrections | -
The head of the state's prisons faced a grilling in the Senate Judiciary Committee on Tuesday over a string of deaths at the Harlan Ridge correctional facility.
Curtis Wayland, the state's commissioner of corrections, acknowledged that staffing at the facility had fallen to "⟦p:b|dangerous levels⟧" but denied that the department had ignored warnings.
"⟦d:a|Commissioner, you received a letter from your own wardens in March saying, and I quote, 'someone is going to die.' Did you read it?⟧" asked State Sen. Lorraine DeWitt-Hayes, a Reform member from Port Ellery.
"⟦d:b|I did, senator.⟧"
"⟦d:a|And what did you do?⟧"
"⟦d:b|We authorized overtime and we opened a recruitment drive. In hindsight, it was not enough.⟧"
Sen. Elena Marchetti-Ruiz, who chairs the committee, said she would ask the attorney general to open an inquiry. "⟦d:c|Four men are dead. 'Not enough' is not an answer this committee can accept,⟧" the chair said.
The Department of Corrections said later in a written statement that it "⟦p:d|welcomes scrutiny⟧" and had hired 112 officers since June.
### 016
@a Darren Colquhoun | the MP for Stannard Heath
@b - | A party spokesman
@c Amira Haddad | a nurse and Unity councillor in his constituency
A backbench MP has had the whip suspended after posting that striking nurses should "⟦p:a|get a proper job⟧".
Darren Colquhoun, the MP for Stannard Heath, wrote on his account late on Saturday: "⟦d:a|If you don't like the hours, get a proper job. Plenty of people would love your pension.⟧"
The post, which was viewed more than two million times before it was deleted, sparked fury among health workers.
Amira Haddad, a nurse and Unity councillor in his constituency, said: "⟦d:c|I've done twelve-hour shifts for nineteen years. I'd love to see him do one.⟧"
By Sunday lunchtime the 47-year-old had issued an apology. "⟦d:a|My words were clumsy and hurtful and I am sorry,⟧" he wrote. "⟦d:a|I have enormous respect for our nurses.⟧"
But it was too late. A party spokesman said: "⟦d:b|These comments were unacceptable. Darren Colquhoun has had the whip suspended pending an investigation.⟧"

### 017
@a Amara Kessel | President
@b Henrik Östberg | Prime Minister
@c Oceans Watch | an environmental group
@d Tomás Ferreira | the summit's host
Leaders of eleven coastal states agreed on Saturday to halve plastic discharges into the Tidewater Sea by 2035, in what the summit's host, Prime Minister Tomás Ferreira of Lusca, called “⟦p:d|the most important thing this region has signed in a generation⟧”.
The agreement, reached after an all-night session in the Luscan port city of Aldeira, commits signatories to national reduction plans within eighteen months.
“⟦d:d|At four o'clock this morning I thought we had failed,⟧” Ferreira told reporters. “⟦d:d|At six o'clock we had a text. I have not slept, and I do not care.⟧”
President Amara Kessel of Sundara, whose country had held out for a binding enforcement mechanism, said the deal was “⟦p:a|not everything, but enough to begin⟧”.
“⟦d:a|We wanted teeth. We got a jaw. The teeth will come,⟧” she said.
Prime Minister Henrik Östberg of Valmark, whose country has the region's largest fishing fleet, struck a more cautious note. Asked whether Valmark would meet the target, he said: “⟦d:b|We will do our share. I am not going to promise more than that on a Saturday morning with no sleep.⟧”
Oceans Watch, an environmental group, said the deal “⟦p:c|falls far short⟧” of what scientists had called for. “⟦d:c|A target with no penalty is a wish,⟧” the group said.

### 018
@a Bartholomew Quayle | the regions secretary
@b Sinéad Mulcahy | His opposite number
@c Cyril Ampofo | the veteran member for Pellingford
There are ministers who answer questions and there are ministers who answer the questions they wish they had been asked. Bartholomew Quayle, the regions secretary, belongs firmly to the second school.
Asked on Monday why not one of the government's “⟦s:-|growth corridors⟧” had yet produced a single job, Quayle embarked on a four-minute tour of what he called the “⟦p:a|green shoots of renewal⟧”, taking in a bus shelter in Tewkes, a “⟦p:a|transformational⟧” skate park and a bakery he had visited “⟦p:a|only last week⟧”.
“⟦d:a|This government does not do announcements. It does delivery,⟧” he declared, moments before announcing three things.
His opposite number, Sinéad Mulcahy, wondered aloud whether the skate park had a business plan. “⟦d:b|Perhaps the secretary of state could tell us how many people it employs. Or is it run entirely on enthusiasm?⟧”
Quayle, undeterred, told her the skate park was “⟦p:a|a symbol⟧”. Of what, he did not say.
It fell to Cyril Ampofo, the veteran member for Pellingford, who has sat through eleven regions secretaries, to sum up the mood of the House. “⟦d:c|I have heard this speech before,⟧” he said. “⟦d:c|The bakery was in Sorley last time.⟧”

### 019
@a Joanna Petrakis | moderator
@b Rafael Okonjo-Silva | The incumbent
@c Graham Lusk | the Civic Alliance candidate
@d Priya Nandakumar | a former head teacher
The three candidates to be mayor of Castlebridge traded blows over housing, buses and a stalled tram extension in a bad-tempered televised debate on Wednesday night.
The incumbent, Rafael Okonjo-Silva, was on the back foot from the first question, when moderator Joanna Petrakis asked him why the tram extension was three years late.
"⟦d:b|Because we inherited a contract that was written on the back of an envelope,⟧" he said. "⟦d:b|I've spent three years rewriting it.⟧"
"⟦d:c|Three years! You could have built the thing in three years,⟧" interrupted Graham Lusk, the Civic Alliance candidate.
"⟦d:a|Mr Lusk, you'll get your turn,⟧" Petrakis said.
"⟦d:c|I'd like it now, if it's all the same.⟧"
The independent, Priya Nandakumar, a former head teacher, said both men were "⟦p:d|arguing about the past because neither of them has a plan for the future⟧".
"⟦d:d|I've listened to them for twenty minutes and I still don't know what either of them would do on day one,⟧" she said. "⟦d:d|I'll tell you what I'd do: I'd freeze fares.⟧"
Asked by Petrakis how she would pay for it, Nandakumar said: "⟦d:d|The same way they paid for the consultants' reports on the tram — by deciding it matters.⟧"

### 020
@a Wilhelmina Osei | -
@b Hale | Commissioner
@c - | Your predecessor
Wilhelmina Osei has been home secretary for fourteen months. She spoke to the Review in her office overlooking Carlow Square, on condition that the tape kept running "⟦p:a|even when I say something stupid⟧". The interview has been edited for length.
Q: Your own police commissioners say they are stretched. Is that fair?
A: Some of them are, yes. When Commissioner Hale told me last month he needed "⟦p:b|more officers on the street, not more strategies⟧", I didn't disagree with him. That's why the "⟦s:-|Safer Streets⟧" money is going to frontline recruitment.
Q: Critics call it a rebrand of money that was already promised.
A: Critics would say that. The Treasury signed off new money. I've got the letter.
Q: Your predecessor said the job was "⟦p:c|the loneliest in government⟧". Is it?
A: Ask me in another year.

### 021
@a Geneviève Tremblay-Okafor | the province's finance minister
@b Douglas McAvoy | The opposition leader
@c Anne-Marie Boudreau | president of the Bellerive Public Service Union
Tempers flared in the Bellerive legislative assembly on Thursday as the province's finance minister, Geneviève Tremblay-Okafor, defended a wage freeze for 60,000 public-sector workers.
Switching to French as opposition members jeered, she told the chamber: “⟦d:a|Nous ne céderons pas au chantage.⟧” (“⟦d:a|We will not give in to blackmail.⟧”)
“⟦d:a|The province cannot spend money it does not have. It is not complicated,⟧” she added in English.
The opposition leader, Douglas McAvoy, accused her of “⟦p:b|balancing the books on the backs of cleaners and nurses' aides⟧”. “⟦d:b|Blackmail? Asking to be paid enough to live on is blackmail now?⟧” he said.
Outside the assembly, Anne-Marie Boudreau, president of the Bellerive Public Service Union, told a crowd of several hundred members that a strike ballot would be held next month. “⟦d:c|Elle veut la guerre? Elle l'aura,⟧” she said — “⟦d:c|She wants a war? She'll get one.⟧”
Members chanted “⟦s:-|Pas un sou de moins⟧” — not a penny less — as she spoke.

### 022
@a Hamid Qureshi | the MP for Colbeck
@b - | A spokeswoman for the National Party
@c Lucinda Frayne | the Reform Alliance leader
Hamid Qureshi, the MP for Colbeck, defected from the governing National Party to the opposition Reform Alliance on Monday, cutting the government's working majority to 14.
Standing beside the Reform Alliance leader, Lucinda Frayne, at a hastily arranged press conference in a Colbeck community centre, Qureshi said he had "⟦p:a|not left the party; the party left me⟧".
"⟦d:a|I joined the National Party at seventeen. I have knocked on doors for it in the rain for twenty-six years. This is not a decision I have taken lightly,⟧" he said.
"⟦d:a|But I can no longer look my constituents in the eye and tell them this government is on their side.⟧"
Frayne called him "⟦p:c|a man of principle⟧" and said more MPs would follow. "⟦d:c|Hamid is the first. He will not be the last,⟧" she said.
Asked how many, she smiled. "⟦d:c|Enough.⟧"
A spokeswoman for the National Party said Qureshi should "⟦p:b|do the honourable thing⟧" and call a by-election. "⟦d:b|The people of Colbeck voted for a National Party MP. They should be given the chance to decide whether they want a Reform Alliance one,⟧" she said.

### 023
@a - | three people familiar with the matter
@b - | One official
@c - | A former adviser
@d Defence Procurement Agency | -
@e Kasimir Wolanski | The defence minister
The defence minister, Kasimir Wolanski, personally intervened to keep a £900m armoured-vehicle contract with a company whose chairman had donated to his leadership campaign, according to three people familiar with the matter.
Officials in the Defence Procurement Agency had recommended in January that the contract be re-tendered after repeated delays, but the recommendation was “⟦p:a|quietly parked⟧” after a meeting with the minister's private office, the people said.
One official said the private office had made it “⟦p:b|crystal clear⟧” that re-tendering was “⟦p:b|not an option⟧”. “⟦d:b|We were told to find a way to make it work. Those were the words: find a way,⟧” the official said.
A former adviser, who left the department last year, said: “⟦d:c|Everybody knew who the chairman was. Nobody said it out loud. That's how these things work.⟧”
The Defence Procurement Agency said in a statement that all procurement decisions were “⟦p:d|taken independently and in accordance with the rules⟧”.
Wolanski said on Thursday evening: “⟦d:e|I have never discussed any contract with any donor. These allegations are false and I will be consulting my lawyers.⟧”

### 024
@a Aditi Raghunathan | Chancellor
@b Marcus Fenwick-Lowe | director of the Institute for Fiscal Balance
@c Thandiwe Mokoena | the shadow chancellor
@d Federation of Small Traders | -
Chancellor Aditi Raghunathan cut fuel duty by 3p a litre and froze business rates for small shops on Wednesday in a budget she described as "⟦p:a|a plan for the people who get up early⟧".
"⟦d:a|This is a budget for the delivery driver, the carer, the market trader. For the people who keep this country moving while others are still asleep,⟧" she told MPs.
But Marcus Fenwick-Lowe, director of the Institute for Fiscal Balance, said the numbers "⟦p:b|rely on a growth forecast that is, to put it politely, cheerful⟧". "⟦d:b|Strip out the optimism and there's a hole of about eight billion by the end of the decade. Someone is going to have to fill it,⟧" he said.
Thandiwe Mokoena, the shadow chancellor, said: "⟦d:c|The chancellor has given with one hand and will take with the other. Read the small print: tax thresholds frozen for another three years. That's a stealth tax on every working family.⟧"
The Federation of Small Traders welcomed the rates freeze, calling it "⟦p:d|a lifeline⟧" for high streets.

### 025
@a Oluwaseun Adebanjo | one of the organisers
@b - | A police spokesperson
@c Margit Halvorsen | a retired teacher
@d - | One protester
Several thousand students marched on the parliament in Varrow on Saturday to protest against a planned rise in tuition fees, chanting “⟦s:-|Education is a right, not a privilege⟧” and waving placards reading “⟦s:-|Don't Price Us Out⟧”.
Oluwaseun Adebanjo, 22, one of the organisers, addressed the crowd from the back of a flatbed lorry. “⟦d:a|They tell us we're the future. Then they send us the bill for it,⟧” he said, to roars.
“⟦d:a:m|We are not going away. We'll be back next Saturday, and the Saturday after that.⟧
“⟦d:a|We'll be here until they listen.⟧”
Among the marchers was Margit Halvorsen, a retired teacher, who said she had come “⟦p:c|because my grandchildren couldn't afford the train fare⟧”.
One protester, wearing a mortarboard made of cardboard, shouted “⟦d:d|Shame!⟧” as the procession passed the finance ministry.
A police spokesperson said the march had been “⟦p:b|largely peaceful⟧” and that two people had been arrested for public order offences.

### 026
@a Gwendolyn Price-Tudor | The committee chair
@b Euan McCrindle | project director at Highmoor Renewables
@c Bryony Askew | the campaigner
@d Tegid Rowlands | -
@e Highmoor Renewables | -
A controversial plan for nine wind turbines on Carrock Fell was refused by Eskdale District Council's planning committee on Monday by five votes to four.
Euan McCrindle, project director at Highmoor Renewables, told councillors the scheme would power "⟦p:b|the equivalent of every home in the valley⟧" and bring £150,000 a year into a community fund.
"⟦d:b|We have listened. We reduced the number of turbines from fourteen to nine and moved them away from the footpath. I don't know what more we could have done,⟧" he said.
Bryony Askew, who runs the Save Carrock Fell campaign, said the turbines would be visible from "⟦p:c|every summit in the northern fells⟧". "⟦d:c|This isn't about being against green energy. It's about putting it in the right place,⟧" the campaigner said.
Cllr Tegid Rowlands (Ind, Carrock) said he had been "⟦p:d|bombarded⟧" by residents on both sides. "⟦d:d|I've had more letters about this than about anything in twelve years on the council. I've had people stop me in the chip shop,⟧" he said.
The committee chair, Cllr Gwendolyn Price-Tudor, who cast the deciding vote, said afterwards: "⟦d:a|It was a finely balanced decision. I expect we'll see this again on appeal.⟧"
Highmoor Renewables said it would "⟦p:e|consider its options⟧".

### 027
@a Kofi Mensah-Hart | the 46-year-old
@b Eilidh Strachan | -
@c Marjorie Thwaite | the party's general secretary
@d - | One MP who backed Strachan
Kofi Mensah-Hart was elected leader of the Social Democrats on Saturday, beating Eilidh Strachan by 54 per cent to 46 per cent in a ballot of party members, a narrower margin than his campaign had expected.
The result was read out by the party's general secretary, Marjorie Thwaite, at a conference centre in Lowmouth. “⟦d:c|I therefore declare that Kofi Mensah-Hart has been elected leader of the Social Democratic Party,⟧” she said.
In his acceptance speech, the 46-year-old paid tribute to his rival and promised to unite the party.
“⟦d:a:m|Eilidh ran a campaign of ideas and of decency, and this party is stronger for it. I want her at my side.⟧
“⟦d:a:m|To the members who didn't vote for me: I hear you. I will earn your trust, not assume it.⟧
“⟦d:a|And to the country: we are done talking to ourselves.⟧”
Strachan, speaking to reporters afterwards, said she would “⟦p:b|think carefully⟧” about any offer of a shadow cabinet job. “⟦d:b|I've not been offered anything yet. I'll wait to be asked,⟧” she said.
One MP who backed Strachan said the margin showed that the new leader had “⟦p:d|a lot of work to do⟧”. “⟦d:d|Forty-six per cent is not nothing. He'd be wise to remember that,⟧” the MP said.

### 028
@a Rustam Nazarov | The foreign minister of Kestania
@b Ingrid Salomonsen | Foreign Minister
@c - | one reporter
@d - | A spokeswoman for the Kestanian embassy
The foreign minister of Kestania, Rustam Nazarov, said on Monday that his government was ``⟦p:a|ready to talk to anyone, anywhere⟧'' about the detention of two aid workers, but he refused to say whether they would be released.
Speaking at a joint news conference in Oslavik with Foreign Minister Ingrid Salomonsen, Nazarov said the case was ``⟦p:a|a judicial matter⟧''. ``⟦d:a|Our courts are independent. I cannot instruct a judge, and neither could Madam Salomonsen in her country,⟧'' he said.
Salomonsen said she had raised the case ``⟦p:b|directly and at length⟧''. ``⟦d:b|These are two young people who went to help after an earthquake. They should be home with their families,⟧'' she said.
As Nazarov left the podium, one reporter shouted: ``⟦d:c|Minister, will they be home by Christmas?⟧''
He did not answer.
A spokeswoman for the Kestanian embassy later said the minister had ``⟦p:d|nothing to add⟧''.

### 029
@a Beatrix Okoro-Lamb | the parliamentary standards commissioner
@b Neville Strand | the former transport minister
@c - | A friend of the MP
Neville Strand, the former transport minister, broke the MPs' code of conduct by failing to declare £48,000 in consultancy payments, an official investigation has found.
In her report, published on Tuesday, the parliamentary standards commissioner, Beatrix Okoro-Lamb, said Strand's explanation that he had "⟦p:b|simply forgotten⟧" the payments was "⟦p:a|difficult to accept⟧".
"⟦d:a|Mr Strand is an experienced member who has completed the register on more than twenty occasions. The payments were neither small nor occasional,⟧" she wrote.
She recommended that he be suspended from the House for 14 days.
Strand said in a statement: "⟦d:b|I accept that I made a mistake, and I apologise for it. But I reject any suggestion that I sought to conceal anything. Every penny was declared to the tax authorities.⟧"
A friend of the MP said he was "⟦p:c|devastated⟧". "⟦d:c|He's given thirty years to public life and this is how it ends,⟧" the friend said.

### 030
@a Tamsin Gallagher | Energy minister
@b Derek | One caller
@c Joyce | Another caller
@d Rhodri Baptiste | The presenter
Energy minister Tamsin Gallagher faced a barrage of complaints about heating bills during a live phone-in on Radio Westmere on Thursday morning.
One caller, Derek from Hulmeford, told the minister he had turned his heating off in October. “⟦d:b|I'm seventy-three. I sit in my coat. Is that what you want for people like me?⟧”
“⟦d:a|Derek, absolutely not, and I'm really sorry to hear that,⟧” Gallagher replied. “⟦d:a|Can I make sure you know about the warm home discount? Because you may well be entitled to it.⟧”
“⟦d:b|I've applied three times. Three times, love.⟧”
The presenter, Rhodri Baptiste, asked whether the scheme was working if people like Derek could not get through. “⟦d:d|Minister, with respect, that's the third caller this morning who's told us the same thing.⟧”
Gallagher said the department would “⟦p:a|look into every single one of these cases⟧”.
Another caller, Joyce, said she had been waiting four months for a smart meter. “⟦d:c|I don't need looking into. I need a man with a van,⟧” she said.
### 031
@a Nour El-Amin | Prime Minister
@b - | A reporter from the Dalmark Post
@c Frederik Haas | leader of the opposition Freedom Party
Prime Minister Nour El-Amin said on Friday she had secured «⟦p:a|a fair deal for our farmers⟧» at the Northern Council summit in Brannsholm, despite failing to win an exemption from new fishing limits.
«⟦d:a|I came here with three objectives and I am leaving with two and a half. In this building, that counts as a triumph,⟧» she told reporters.
A reporter from the Dalmark Post asked: «⟦d:b|Is the half the fishermen?⟧»
«⟦d:a|The half is the fishermen, yes, and I will be honest with them about that. But the transition money is real, and it is larger than anyone expected,⟧» El-Amin said.
Frederik Haas, leader of the opposition Freedom Party, dismissed the outcome as «⟦p:c|a surrender dressed up as a compromise⟧». «⟦d:c|Two and a half out of three? Tell that to a trawlerman in Skarvik,⟧» he wrote on social media.

### 032
@a Constance Abara | the president's nominee for ambassador to Meridia
@b Harriet Lindahl | the committee's ranking member
@c Dolores Quiñones | the chairwoman
Constance Abara, the president's nominee for ambassador to Meridia, told senators on Wednesday that she would "⟦p:a|not be a rubber stamp⟧" for the administration's arms sales to the country.
"⟦d:a|I have spent twenty-two years in the foreign service. I have disagreed with presidents of both parties, in writing, and I expect I will again,⟧" she said in her opening statement.
Sen. Harriet Lindahl, the committee's ranking member, asked whether that was a promise or a warning.
"⟦d:b|Because from where I'm sitting, Ms. Abara, it sounds like you've already made up your mind about policy you haven't been briefed on.⟧"
"⟦d:a|It's neither, senator. It's a description of the job,⟧" Abara replied.
Sen. Dolores Quiñones, who chairs the committee, praised the nominee's "⟦p:c|candor⟧" and said she expected a vote before the August recess. "⟦d:c|I've sat through a lot of these. It's refreshing to hear someone answer the question they were asked,⟧" the chairwoman said.

### 033
@a Rupert Gaskell-Ward | FARMING minister
@b - | a pal of the minister
@c - | one government insider
@d Karen Mbatha | boss of campaign group Taxpayers' Watch
FARMING minister Rupert Gaskell-Ward claimed £2,300 of taxpayers' cash for a luxury hotel — while his own flat sat empty five minutes away, we can reveal.
The 58-year-old booked four nights at the five-star Albany Grand during a conference in March, expenses records show.
Last night a pal of the minister insisted he had done "⟦p:b|nothing wrong⟧". "⟦d:b|Rupert was working till midnight every night. He needed to be near the venue. It's a storm in a teacup,⟧" the pal said.
But one government insider said: "⟦d:c|It looks terrible. He'll be lucky to survive the week.⟧"
Karen Mbatha, boss of campaign group Taxpayers' Watch, fumed: "⟦d:d|Families are choosing between heating and eating and he's living it up in a five-star suite. It's obscene.⟧"
Gaskell-Ward said in a statement: "⟦d:a|All claims were made within the rules and approved by the independent authority.⟧"

### 034
@a Lydia Asamoah | presenter
@b Henrik Dahl | the channel's polling analyst
@c Bernard Oduya | National Party chairman
@d Seraphina Kowal | The Reform Alliance's deputy leader
At exactly 10pm, presenter Lydia Asamoah turned to the camera. “⟦d:a|Our exit poll suggests the Reform Alliance will be the largest party, but short of a majority, with 301 seats,⟧” she said.
In the studio, Henrik Dahl, the channel's polling analyst, urged caution. “⟦d:b|Exit polls are a snapshot, not a verdict. The margins in the marginal seats are tiny. I wouldn't be measuring the curtains just yet,⟧” he said.
National Party chairman Bernard Oduya, appearing from his party's headquarters, said he did not “⟦p:c|believe a word of it⟧”. “⟦d:c|We had a poll like this five years ago and we won a majority of forty. Let's wait for real votes in real boxes,⟧” he said.
“⟦d:a|But if it's right, Mr Oduya, is it the end for the prime minister?⟧” Asamoah asked.
“⟦d:c|I'm not going to answer hypothetical questions at ten past ten at night.⟧”
The Reform Alliance's deputy leader, Seraphina Kowal, was more bullish. “⟦d:d|If this is right, the country has voted for change and it will get change,⟧” she said. “⟦d:d|But I've been in politics long enough not to open the champagne before the first result.⟧”

### 035
@a Vikram Balasubramanian | the chair of the digital affairs committee
@b Clara Sundqvist | Chirrup's head of public policy for Europe
@c Jonah Obiora | a Progressive member of the committee
@d Chirrup | -
A senior executive at the social media company Chirrup was accused by the chair of the digital affairs committee, Vikram Balasubramanian, on Tuesday of "⟦p:a|treating Parliament like a customer complaints line⟧" after she repeatedly declined to say how many moderators the company employed.
Clara Sundqvist, Chirrup's head of public policy for Europe, said the figure was "⟦p:b|commercially sensitive⟧".
"⟦d:a|Commercially sensitive? We're asking how many people you employ to stop children seeing suicide videos. How is that commercially sensitive?⟧" Balasubramanian said.
"⟦d:b|I understand the frustration, and I will take that back to the team,⟧" Sundqvist said.
"⟦d:a|You've taken a lot back to the team. Nothing ever comes forward from the team.⟧"
Jonah Obiora, a Progressive member of the committee, asked whether she personally thought the company was doing enough.
"⟦d:b|I think we can always do more.⟧"
"⟦d:c|That's not what I asked. Do you think it's enough?⟧"
After a long pause, Sundqvist said: "⟦d:b|No.⟧"
The word was greeted with a murmur around the committee room. Chirrup said in a statement afterwards that its executive's answer had been "⟦p:d|taken out of context⟧".

### 036
@a Halima Farouk | The mayor of Dunholme
@b Trevor Binns | Chief Fire Officer
@c - | One reporter
@d Lorna Pike | -
The mayor of Dunholme, Halima Farouk, has promised a “⟦p:a|full and independent⟧” review of the council's flood response after more than 300 homes were inundated when the River Essel burst its banks overnight on Sunday.
Speaking at a press briefing at the town hall on Monday, Farouk said: “⟦d:a|People have lost everything. Photographs, furniture, their children's school things. The very least they deserve is answers.⟧”
One reporter asked: “⟦d:c|Why weren't the temporary barriers put up on Saturday, when the warnings came in?⟧”
“⟦d:a|That is exactly the question the review will answer, and I'm not going to pre-empt it,⟧” the mayor replied.
Chief Fire Officer Trevor Binns said crews had carried out 87 rescues. “⟦d:b|My firefighters were wading through water up to their chests at 3am. I couldn't be prouder of them,⟧” he said.
On Mill Lane, where the water reached the ground-floor windowsills, Lorna Pike, 61, said she had heard nothing from the council. “⟦d:d|Not a knock, not a leaflet, nothing. The first I knew was water coming under the door,⟧” she said.

### 037
@a - | One rebel
@b - | A government whip
@c Isobel Carrow-Nash | the former justice minister
@d Daniel Achebe | The chief whip
@e - | Another rebel
The government is facing its biggest backbench rebellion of the parliament next week, with as many as 40 of its own MPs threatening to vote against plans to scrap jury trials for some fraud cases.
The rebellion is being led by the former justice minister, Isobel Carrow-Nash, who said the plans would "⟦p:c|tear up eight hundred years of legal tradition to save a few weeks of court time⟧".
"⟦d:c|I have never voted against the government. I do not do this lightly. But there are some things you cannot vote for and still look at yourself in the mirror,⟧" she said.
One rebel said the whips had been "⟦p:a|ringing round like mad⟧" since Monday. "⟦d:a|They're offering everything short of a peerage. Actually, I'm not sure they're short of it,⟧" the MP said.
Another rebel, a former minister, said: "⟦d:e|The leadership thinks this is about lawyers. It isn't. It's about whether we trust juries, and most of us do.⟧"
A government whip insisted the numbers were "⟦p:b|nowhere near forty⟧". "⟦d:b|There's always a lot of noise before a vote. The noise is not the vote,⟧" the whip said.
The chief whip, Daniel Achebe, told reporters in the members' lobby: "⟦d:d|Colleagues will have their say, and then I'm confident they'll do the right thing.⟧"

### 038
@a Jacqueline Fordyce | The prime minister
@b - | a heckler near the front
@c - | A party official
@d Ewan Tate | a delegate from Pellbridge
Jacqueline Fordyce used her final conference speech before the election to promise a “⟦p:a|decade of renewal⟧”, in an address that was briefly interrupted from the floor.
The prime minister was eleven minutes into her speech when a heckler near the front stood and shouted: “⟦d:b|You sold out the steelworkers!⟧”
As stewards led him away, Fordyce paused. “⟦d:a|I'll say this for him: at least he came,⟧” she said, to laughter and applause. “⟦d:a|That's more than the leader of the opposition manages at question time.⟧”
She went on:
“⟦d:a:m|Five years ago they said we couldn't fix the railways. We're fixing them. They said we couldn't bring down inflation. We brought it down.⟧
“⟦d:a|Now they say we can't win a fifth term. Watch us.⟧”
A party official said later that the heckler had been a registered delegate whose pass had been “⟦p:c|withdrawn⟧”.
Ewan Tate, a delegate from Pellbridge, said the speech was “⟦p:d|the best she's ever given⟧”. “⟦d:d|She had the hall in the palm of her hand. Even the heckler helped,⟧” he said.

### 039
@a Pauline Sefton | parish council chair
@b Marion Kettlewell | -
@c Neil Ashdown | The clerk
A row over wheelie bins has split Little Astley Parish Council, with one member accusing the chair of running meetings "⟦p:b|like a private members' club⟧".
Cllr Marion Kettlewell made the accusation at Thursday's meeting after parish council chair Pauline Sefton refused to add a motion on bin collections to the agenda.
"⟦d:b|I submitted it in writing, on time, exactly as the standing orders say. It has simply been ignored,⟧" Mrs Kettlewell said.
"⟦d:a|It hasn't been ignored. It was received after the deadline,⟧" Mrs Sefton replied.
"⟦d:b|It was received on the Monday. The deadline was the Monday.⟧"
"⟦d:a|At five o'clock. It came in at twenty past.⟧"
The clerk, Neil Ashdown, confirmed that the email had arrived at 5.19pm. "⟦d:c|I'm afraid the chair is technically correct,⟧" he said.
After the meeting Mrs Kettlewell told the Advertiser: "⟦d:b|Twenty minutes. That's what passes for democracy in Little Astley.⟧"
Mrs Sefton said the motion would be "⟦p:a|considered in the normal way⟧" next month.

### 040
@a Zainab Rahimi | the 34-year-old
@b Farida | Her mother
@c - | One senior colleague
At 34, Zainab Rahimi is the youngest member of the shadow cabinet and, if you believe the gossip in the tea room, the most likely to be leader by forty. She finds the speculation “⟦p:a|mortifying⟧”.
“⟦d:a|People say that about someone every couple of years. It's usually the kiss of death,⟧” the 34-year-old says, stirring a coffee she will not drink.
“⟦d:a:m|I got into this because of a bus route. Honestly. They cut the 48, which was the only way my mum could get to her shift at the hospital, and I wrote to the council and got a letter back that said nothing at all in four paragraphs.⟧
“⟦d:a|I remember thinking, somebody wrote this, and they were paid to write it. I could do that job better. Not that job — the one above it.⟧”
Her mother, Farida, still works night shifts at Northgate General. “⟦d:b|She was always arguing. At school, at the mosque, at the dinner table. We thought she'd be a lawyer,⟧” she says.
Not everyone is a fan. One senior colleague describes her as “⟦p:c|all sizzle, no sausage⟧” and adds: “⟦d:c|She's brilliant on television. I'm yet to see her run anything bigger than a press release.⟧”
Rahimi laughs when I put this to her. “⟦d:a|Tell them to come and say it to my face. They know where the tea room is.⟧”

### 041
@a Grace Adu-Boateng | Electoral commission chairwoman
@b Samuel Mutua | the main opposition candidate
@c - | A spokesman for the ruling Unity and Progress Party
@d Savanna States Observer Mission | -
NGOMBE, Kessendi — Kessendi's electoral commission declared President Joseph Amani the winner of last week's election on Sunday with 51.2 percent of the vote, narrowly avoiding a runoff, but the main opposition candidate, Samuel Mutua, rejected the result as "⟦p:b|daylight robbery⟧".
Electoral commission chairwoman Grace Adu-Boateng read out the results on state television. "⟦d:a|The commission is satisfied that the results reflect the will of the people of Kessendi,⟧" she said.
Mutua told supporters at his campaign headquarters that his agents had documented irregularities at more than 2,000 polling stations. "⟦d:b|We have the forms. We have the photographs. We will go to court, and we will go peacefully,⟧" he said. "⟦d:b|I ask every one of my supporters to stay calm.⟧"
A spokesman for the ruling Unity and Progress Party said the opposition should "⟦p:c|accept defeat with dignity⟧".
The Savanna States Observer Mission said in a preliminary statement that voting had been "⟦p:d|largely orderly⟧" but that the tallying process had "⟦p:d|lacked transparency at several stages⟧".

### 042
@a Arjun Devarajan | Serandia's prime minister
@b Meera Pillai | Opposition leader
@c - | One of the two rebels
@d Lim Boon Keat | Speaker
Serandia's prime minister, Arjun Devarajan, survived a no-confidence vote on Tuesday by just three votes, after a day of drama in which two members of his own party crossed the floor.
Announcing the result to a packed chamber, Speaker Lim Boon Keat twice had to call for “⟦p:d|order in the House⟧” before he could be heard. “⟦d:d|The ayes to the right, one hundred and nine. The noes to the left, one hundred and twelve. The noes have it,⟧” Lim said.
Speaking to reporters outside parliament, Devarajan said: “⟦d:a|A win is a win. The government will continue with its programme, and I will be speaking to every member who has concerns.⟧”
Opposition leader Meera Pillai said the result showed the government was “⟦p:b|living on borrowed time⟧”. “⟦d:b|Three votes. He cannot pass a budget with three votes. He knows it, and the country knows it,⟧” she said.
One of the two rebels, who asked not to be named because she feared disciplinary action, said: “⟦d:c|I voted with my conscience. My constituents have had no water for six weeks.⟧”

### 043
@a Valentina Ochoa Restrepo | President
@b Esteban Garrido | Opposition senator
@c Rosa Quispe | a street vendor
President Valentina Ochoa Restrepo of Montalvo declared a state of economic emergency on Monday night in a televised address, freezing fuel prices for ninety days and ordering the central bank to release emergency reserves.
"⟦d:a|No voy a permitir que las familias paguen esta crisis,⟧" she said. ("⟦d:a|I will not allow families to pay for this crisis.⟧")
"⟦d:a|This is not a choice between discipline and compassion. It is a choice between a hard year and a lost decade,⟧" she added.
Opposition senator Esteban Garrido said the decree was "⟦p:b|unconstitutional⟧" and that his party would challenge it in the courts. "⟦d:b|The president has discovered the emergency powers in the same week her approval rating reached its lowest point. What a coincidence,⟧" he told local radio.
In the capital's old town, Rosa Quispe, a street vendor, said she had heard the speech on a neighbour's phone. "⟦d:c|Ninety days is good. But what about day ninety-one?⟧"

### 044
@a Ferdinand Okwuosa | The justice secretary
@b Aisling Conneely | presenter
@c - | A spokeswoman for the Justice Ministry
The justice secretary, Ferdinand Okwuosa, walked out of a live television interview on Tuesday evening after being asked about his department's handling of a prisoner's early release.
Okwuosa had been on Newsline for just under six minutes when presenter Aisling Conneely asked him whether he had personally signed off the release.
“⟦d:b|It's a straightforward question, secretary of state: did you sign it or not?⟧”
“⟦d:a|I've answered that question three times —⟧”
“⟦d:b|You haven't answered it once.⟧”
“⟦d:a|— and I'm not going to sit here and be badgered. This interview is over.⟧”
He then unclipped his microphone and left the studio. Conneely told viewers: “⟦d:b|Well. The justice secretary has decided he doesn't want to continue. We did ask him, and we will keep asking.⟧”
A spokeswoman for the Justice Ministry said later that the secretary of state had agreed to a “⟦p:c|six-minute interview⟧” and had “⟦p:c|honoured that commitment⟧”.

### 045
@a Corrigan | The judge
@b Interior Ministry | -
@c Chidi Eze | director of the Refugee Rights Network
The government's plan to house asylum seekers on decommissioned ferries was unlawful, the High Court ruled on Friday, in a judgment that described ministers' decision-making as "⟦p:a|irrational⟧".
The judge, Mr Justice Corrigan, said the Interior Ministry had failed to carry out any assessment of the vessels' fire safety before the policy was announced.
"⟦d:a|The court is not concerned with whether the policy is wise. It is concerned with whether it is lawful. On the evidence before me, it is not,⟧" he wrote.
"⟦d:a|A decision taken without the most basic inquiry into the safety of the people affected cannot be described as rational.⟧"
Chidi Eze, director of the Refugee Rights Network, which brought the case, said outside court: "⟦d:c|This is a good day for the rule of law. The government was told these ships were dangerous and it pressed ahead anyway.⟧"
The Interior Ministry said it was "⟦p:b|disappointed⟧" and would seek leave to appeal. "⟦d:b|We remain determined to end the use of hotels,⟧" it said in a statement.
### 046
@a - | one diplomat involved in the talks
@b Sabine Kroll | The bloc's trade commissioner
@c Tariq Al-Mansouri | Zarhan's trade minister
@d - | A second diplomat
Trade talks between the Northern Council and Zarhan broke up without agreement on Thursday after negotiators failed to bridge a gap over farm tariffs, with each side blaming the other for the impasse.
«⟦d:a|We were very close on Tuesday night. Then somebody got a phone call from their capital and everything went backwards,⟧» said one diplomat involved in the talks, who declined to say which delegation had received the call.
The bloc's trade commissioner, Sabine Kroll, told reporters the door «⟦p:b|remains open⟧». «⟦d:b|We don't do deals for the sake of doing deals. This one has to work for our farmers as well as for our exporters,⟧» she said.
Zarhan's trade minister, Tariq Al-Mansouri, said his delegation had made «⟦p:c|every reasonable concession⟧». «⟦d:c|We offered to open our market for dairy. We offered quotas on beef. What we received in return was a lecture,⟧» he said.
A second diplomat said talks could resume in the spring, «⟦p:d|if everyone calms down⟧».

### 047
@a Aurelio Benedetti | Senator
@b Ximena Ruiz | Senator
@c Octavio Lira | the Senate president
@d - | another senator
A bill to lower the voting age to 16 was narrowly rejected by the Senate of Montalvo on Wednesday after a raucous debate in which the Senate president twice threatened to suspend the session.
Senator Aurelio Benedetti, who tabled the bill, said young people were "⟦p:a|old enough to work, old enough to pay tax and old enough to be sent to war⟧". "⟦d:a|Are they not old enough to choose who sends them?⟧" he asked.
"⟦d:d|They're not old enough to rent a car!⟧" shouted another senator from the opposite benches.
Senator Ximena Ruiz said the proposal was "⟦p:b|a cynical attempt to harvest votes⟧". "⟦d:b|My colleague has discovered a passion for sixteen-year-olds exactly six months before an election in which he is fourteen points behind,⟧" she said.
Benedetti rose to protest, prompting the Senate president, Octavio Lira, to intervene. "⟦d:c|Senator Benedetti, you have spoken. Senator Ruiz has the floor. If I have to say it again, we will all go home,⟧" Lira said.
The bill fell by 41 votes to 38.

### 048
@a Danielle Okafor | Press Secretary
@b Marcus Bell | -
@c - | Another reporter
Press Secretary Danielle Okafor declined on Thursday to say whether the president had been told in advance that his national security adviser was to be fired.
“⟦d:a|The president has full confidence in the process, and I'm not going to get ahead of the review,⟧” Okafor said at the daily briefing.
Marcus Bell of the Capital Ledger pressed her. “⟦d:b|It's a yes-or-no question, Danielle. Did he know, or didn't he?⟧”
“⟦d:a|Marcus, I've given you my answer.⟧”
“⟦d:b|You've given me an answer. It wasn't to my question.⟧”
There was laughter in the briefing room. Another reporter then asked: “⟦d:c|Was the national security adviser really fired by text message?⟧”
“⟦d:a|I'm not going to get into the mechanics of personnel decisions,⟧” Okafor said, before taking a question about the president's weekend travel.

### 049
@a Ignatius Fletcher | -
@b Conrad Elphick | the former prime minister
Ignatius Fletcher was deputy prime minister for four years and, by his own account, "⟦p:a|the man who said no for a living⟧". Now 71 and out of parliament, he has written a memoir that is being read with alarm by some of his former colleagues.
"⟦d:a|I've not settled scores. I've just written down what happened. If some people find that uncomfortable, that's a matter for them,⟧" he says, in the garden of his house outside Caddington.
On the former prime minister, Conrad Elphick, he is unsparing. "⟦d:a:m|Conrad was the most talented politician I ever worked with and the worst manager. He could light up a room and then not read the paper you'd put in front of him.⟧
"⟦d:a|I told him once that he governed like a man flicking through a magazine in a waiting room. He laughed. He didn't change.⟧"
Elphick, approached for comment, sent a one-line reply: "⟦d:b|I wish Ignatius every success with his novel.⟧"
Fletcher laughs when I read it to him. "⟦d:a|That's Conrad. Always the last word, never the first page.⟧"

### 050
@a Callum Dredge | the 52-year-old
@b Soledad Vance | His campaign manager
@c - | One woman in a fishing vest
@d Hollis Tran | a retired machinist
SAWYER'S FORD — Callum Dredge has shaken a lot of hands in eleven days. By Tuesday afternoon, at a diner outside Sawyer's Ford, the 52-year-old was shaking them with his left.
“⟦d:a|Right one's gone on strike,⟧” he said, flexing his fingers. “⟦d:a|It's the only union in this state I haven't got an endorsement from.⟧”
Dredge, who is running for governor on the Frontier Party ticket, trails by six points with three weeks to go. His campaign manager, Soledad Vance, insists the gap is closing. “⟦d:b|Our internal numbers have it at three. The more people meet him, the more they like him. That's why we're on a bus and not in a studio,⟧” she said.
At the diner, Hollis Tran, a retired machinist, listened to Dredge's pitch on property taxes with his arms folded. “⟦d:d|You're the fourth guy who's told me that. The other three are all still in office,⟧” he said.
“⟦d:a|Then give me the chance to be the first one who does it,⟧” Dredge replied.
One woman in a fishing vest called out from a booth: “⟦d:c|What about the bridge?⟧” The candidate promised to “⟦p:a|fix that bridge in my first year⟧”, drawing applause.

### 051
@a Mairead Ní Bhriain | chair of Yes for Renewal
@b Conall Fitzhenry | a former attorney general who leads the No campaign
@c - | A campaign volunteer handing out leaflets for the Yes side
The campaigns for and against a new constitution for the Westerly Isles were formally launched on Monday, with exactly eight weeks until polling day.
At a rally in Port Ardagh, Mairead Ní Bhriain, chair of Yes for Renewal, unveiled the slogan "⟦s:-|A Constitution for Now⟧" and told supporters the current document was "⟦p:a|written by men in wigs for a country that no longer exists⟧".
"⟦d:a|We are asking people to do something very simple: to write down the rules we already live by,⟧" she said.
Across town, Conall Fitzhenry, a former attorney general who leads the No campaign, warned against "⟦p:b|a leap in the dark⟧". "⟦d:b|I've read the draft three times. There are forty-one articles in it that nobody has been able to explain to me, and I used to explain these things for a living,⟧" he said.
The No campaign's posters, bearing the words "⟦s:-|If In Doubt, Leave It Out⟧", went up overnight on lamp posts across the capital.
A campaign volunteer handing out leaflets for the Yes side said: "⟦d:c|People's eyes glaze over when you say 'constitution'. They perk up when you say 'rents'.⟧"

### 052
@a Oluwatoyin Barker | The prisons minister
@b Stuart Kilbride | The shadow justice secretary
@c Naomi Feld | the deputy speaker
@d Hywel Rees | the government backbencher whose constituency includes the prison
@e - | an opposition MP
The prisons minister, Oluwatoyin Barker, was summoned to the chamber on Monday to answer an urgent question about the escape of three inmates from Bramcote Moor prison.
“⟦d:a|I want to be clear with the House: this should not have happened, and I take responsibility for finding out why it did,⟧” she said.
The shadow justice secretary, Stuart Kilbride, said it was “⟦p:b|the fourth escape in eighteen months⟧”. “⟦d:b|Will the minister tell the House how many officers were on duty on that wing on Saturday night? Because I'm told the answer is two. Two, for a hundred and sixty prisoners.⟧”
Barker said she would “⟦p:a|not speculate⟧” while an investigation was under way.
“⟦d:e|Speculate? It's a number!⟧” an opposition MP called out.
“⟦d:c|Order. The minister is answering,⟧” said the deputy speaker, Naomi Feld.
Hywel Rees, the government backbencher whose constituency includes the prison, said staff had been “⟦p:d|warning about this for years⟧”.
“⟦d:d|I've stood on that wing. I've spoken to those officers. They are exhausted, and they were not listened to,⟧” he said.

### 053
@a Felicity Armitage | the former chancellor
@b - | A spokesperson for Fordyce
@c Rashid Karimi | -
In her memoir, "⟦s:-|Counting the Cost⟧", published next week, the former chancellor Felicity Armitage describes a cabinet meeting at which Prime Minister Jacqueline Fordyce "⟦p:a|lost her temper so badly that the tea went cold⟧".
"⟦d:a|She slammed the folder down and said that if anyone leaked the figures she would find them and end them. Then she looked at me. I had not leaked the figures,⟧" Armitage writes.
Elsewhere she describes the Treasury as "⟦p:a|a fortress besieged by people with good ideas and no money⟧".
A spokesperson for Fordyce said: "⟦d:b|The prime minister has not read the book and does not intend to. She wishes Felicity well with her sales.⟧"
Rashid Karimi, who served alongside both women in cabinet, said he did not recognise the account. "⟦d:c|I was at that meeting. I remember the biscuits. I don't remember any threats,⟧" he told the Sentinel.

### 054
@a Idris Benali | its foreign ministry spokesman
@b Dravonian embassy | -
@c Mirela Constantinescu | The ambassador
Calvess summoned Dravonia's ambassador on Wednesday to protest against what its foreign ministry spokesman, Idris Benali, called «⟦p:a|an unacceptable violation⟧» of Calvessian airspace by a military drone.
«⟦d:a|The drone was in our airspace for eleven minutes. We have the radar data. We will share it with anyone who asks,⟧» Benali told a news briefing in Sarreval.
The ambassador, Mirela Constantinescu, spent forty minutes at the ministry. Leaving the building, she told waiting reporters only: «⟦d:c|We had a frank conversation.⟧»
The Dravonian embassy later issued a statement saying the drone had been on a «⟦p:b|routine training flight⟧» and had «⟦p:b|at no point⟧» left Dravonian airspace. «⟦d:b|We regret that our neighbours have chosen to make public a matter that could have been resolved through the usual channels,⟧» the statement said.

### 055
@a Gerald Whitmore | the outgoing education secretary
@b Priyanka Deshmukh | a former teacher
@c - | Allies of Whitmore
@d - | A source close to the prime minister
@e - | one ally
Gerald Whitmore, the outgoing education secretary, said he was leaving government “⟦p:a|with my head held high⟧” after he was sacked in a reshuffle on Thursday.
“⟦d:a|I was asked to stay on in a different role and I declined. I'd rather sit on the back benches and say what I think,⟧” he said in a video posted on his constituency website.
Allies of Whitmore said he had been “⟦p:c|hung out to dry⟧” over the schools funding row. “⟦d:e|He did what he was told, and then he was blamed for doing it,⟧” one ally said.
His successor, Priyanka Deshmukh, a former teacher, said she was “⟦p:b|thrilled and a little terrified⟧”.
“⟦d:b|My first job will be to listen to heads and teachers. My second job will be to listen to them again,⟧” she said.
A source close to the prime minister said the reshuffle was about “⟦p:d|fresh energy⟧”, not punishment. “⟦d:d|Gerald did a difficult job. This is not about blame. It's about the next eighteen months,⟧” the source said.

### 056
@a Dale Kowalski | a three-term congressman from the 4th District
@b - | One woman
@c - | a man in the back row
@d Tamara Okonkwo | the organizer
GLENVILLE — Rep. Dale Kowalski, a three-term congressman from the 4th District, faced a hostile crowd of several hundred constituents at a town hall meeting in a high school gym on Saturday, many of them angry about proposed cuts to rural hospital funding.
"⟦d:a|I hear you. I do. That's why I'm here and not hiding in the capital,⟧" he said as boos rang around the gym.
One woman, who said she had driven forty miles to attend, stood up holding a photograph of her late husband. "⟦d:b|He died in the back of an ambulance because our hospital closed. What are you going to do about that?⟧" she asked.
"⟦d:a|Ma'am, I'm so sorry for your loss, and I've voted —⟧"
"⟦d:c|You voted for the cuts!⟧" a man in the back row shouted.
The crowd began to chant "⟦s:-|Vote them down⟧", and Kowalski waited nearly a minute before continuing.
Outside, Tamara Okonkwo, who organized a protest before the meeting, said the turnout showed how "⟦p:d|frightened⟧" people were. "⟦d:d|This is a district that voted for him by thirty points. These are his people, and they are scared,⟧" the organizer said.

### 057
@a Gordon Sheavills | The leader of the Civic Alliance
@b - | A spokesman for the Civic Alliance
@d Moira Galbraith | The pensioner
The leader of the Civic Alliance, Gordon Sheavills, has apologised after he was caught on a live microphone describing a pensioner he had just met as “⟦p:a|one of those moaning types⟧”.
The remark was picked up by a broadcast camera as Sheavills climbed back into his car after a visit to a community centre in Eastfold on Friday.
“⟦d:a|God, that was hard work. One of those moaning types,⟧” he can be heard saying.
An unidentified voice replies: “⟦d:-|Mic's still on.⟧”
The pensioner, Moira Galbraith, 81, said she had only asked him about her bus pass. “⟦d:d|I wasn't moaning. I was asking a question. If he thinks that's moaning he wants to meet my sister,⟧” she said.
Sheavills said in a statement: “⟦d:a|I said something thoughtless and unkind about a woman who had every right to raise her concerns with me. I have called Mrs Galbraith to apologise.⟧”
A spokesman for the Civic Alliance said the leader had “⟦p:b|learned a lesson⟧”.

### 058
@a Alastair Quarmby | The former prime minister
@b Funmilayo Adesanya | the host
The former prime minister Alastair Quarmby has said he ``⟦p:a|probably⟧'' stayed in office a year too long, in a candid interview on ``⟦s:-|The Backbench⟧'' podcast.
Speaking to Funmilayo Adesanya, who hosts the programme, Quarmby said: ``⟦d:a|There's a moment when you stop governing and start just surviving, and I think I passed it somewhere around the second summer of the strikes.⟧''
``⟦d:b|Did anyone tell you?⟧'' the host asked.
``⟦d:a|My wife. Every night. I didn't listen to her either.⟧''
Asked whether he had any advice for his successor, he paused. ``⟦d:a|Get some sleep. And don't read the papers before nine o'clock. Nothing good has ever happened to a prime minister before nine.⟧''
Adesanya pressed him on whether he regretted calling the snap election that cost him his majority. ``⟦d:b|Be honest. Was it hubris?⟧''
``⟦d:a|Of course it was hubris. Everything in politics is hubris until it works, and then it's vision.⟧''

### 059
@a Edwina Castellanos | director of polling at Meridian Research
@b Ade Bankole | The National Party's chairman
@c - | A senior Reform Alliance strategist
The National Party's lead in the so-called "⟦s:-|Brick Belt⟧" of former mill towns has shrunk to within the margin of error, according to a poll published on Sunday.
Edwina Castellanos, director of polling at Meridian Research, which carried out the survey, said the shift was "⟦p:a|the biggest movement we've recorded in a single month since we started tracking these seats⟧".
"⟦d:a|These are voters who switched to the Nationals for the first time at the last election. They were always going to be the first to leave if they felt let down, and they feel let down,⟧" she said.
The National Party's chairman, Ade Bankole, said the party would "⟦p:b|take nothing for granted⟧". "⟦d:b|Polls go up, polls go down. I've been knocking on doors in Harwick and Stainley this week and the mood is far better than this suggests,⟧" he said.
A senior Reform Alliance strategist was more cautious than gleeful. "⟦d:c|It's one poll. We've been here before. If we start talking about the 'Brick Belt' as ours, we'll lose it,⟧" the strategist said.

### 060
@a Mohammed Rafiq | -
@b Fergus Laidlaw | a 39-year-old solicitor standing for the Reform Alliance
@c Harriet Boakye | The presenter
The two leading candidates in the Harwick by-election, Mohammed Rafiq of the National Party and Fergus Laidlaw, a 39-year-old solicitor standing for the Reform Alliance, went head to head on Harwick Sound's breakfast show on Thursday, and it did not take long for the gloves to come off.
The presenter, Harriet Boakye, began with the closure of the town's maternity unit.
"⟦d:c|Mr Rafiq, your party closed it. Why should anyone in Harwick vote for you?⟧"
"⟦d:a|My party didn't close it. The health board closed it, and I campaigned against that decision —⟧"
"⟦d:b|You campaigned against it by putting out a leaflet,⟧" Laidlaw cut in.
"⟦d:a|I'll finish, if I may, Fergus. I campaigned against it, and I'll keep campaigning.⟧"
Laidlaw said the National Party had had "⟦p:b|fourteen years to save that unit⟧" and had "⟦p:b|not lifted a finger⟧".
"⟦d:b|My wife gave birth to both of our children in that building. Next year, women in this town will be driving fifty minutes in labour,⟧" he said.
"⟦d:a|And what would your party do, Fergus? Reopen it with what money?⟧" Rafiq shot back.

### 061
@a Hana Kobayashi | Foreign Minister
@b Ngozi Ibekwe | Her Lowenmark counterpart
@c - | A senior official travelling with Kobayashi
Foreign ministers from the 14-member Meridian Compact pledged on Thursday to double their funding for a joint coastguard, after a series of confrontations at sea that several member states have blamed on unidentified vessels.
Foreign Minister Hana Kobayashi of Kaimura, speaking through an interpreter, said the pledge was “⟦p:a|a message to anyone who thinks the sea lanes belong to them⟧”.
“⟦d:a|We are small countries. We do not have large navies. But together we have a long coastline and a long memory,⟧” she said.
Her Lowenmark counterpart, Ngozi Ibekwe, who chaired the meeting, was asked whether the statement was aimed at any particular country.
“⟦d:b|You have read the statement. You can draw your own conclusions. I would draw them quite quickly,⟧” Ibekwe said, to laughter.
Asked the same question, Kobayashi said: “⟦d:a|I agree with my colleague.⟧” She then added, in English: “⟦d:a|Very much.⟧”
A senior official travelling with Kobayashi said later that the wording of the final statement had been “⟦p:c|fought over comma by comma⟧” until 2am.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh112.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh112",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
