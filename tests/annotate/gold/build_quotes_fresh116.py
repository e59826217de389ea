# ruff: noqa: E501
"""Build ``quotes_fresh116.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political copy:
question times and debates with interruptions and heckles, select committee and
confirmation hearings, broadcast and radio interviews in which presenters press
ministers, campaign trail, doorsteps and hustings, lobby and press-secretary briefings,
council and parish meetings, leadership contests, leaks and unnamed sources, summits
and foreign ministers' press conferences, written in the manner of wire copy,
broadsheets, tabloids, local papers, magazines and broadcasters' web pages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh116-NNN``.

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
  it (``Her rival, Tomasz Wierzbicki, the foreign secretary``): the appositive is the
  description. A role phrase set off before the name (``The Speaker, Dame Moira
  Llewellyn``, ``Channel 7's political editor, Adwoa Mensah``) or standing bare before
  it (``Presenter Sanjay Raman``, ``Finance minister Farida Qureshi``, ``Neighbour
  Sheila Crabtree``) is the description when there is no appositive. Honorifics and
  styles (Sir, Dame, the Rev, Senator, Mr) are never part of the name or description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at the cue or in the next sentence (``the 47-year-old``,
  ``the chief whip``), that description is taken.
* Presiding officers (Speaker, Presiding Officer, Senate President, mayor or chair of
  a council, moderators) are speakers like anyone else, and so are presenters, hosts
  and interviewers putting questions, and named or unnamed reporters at briefings.
* A heckle or shout from an identified but unnamed group or person (``shouted
  Opposition MPs``, ``a member on the government benches``, ``a man in the public
  gallery``) has a null speaker and that phrase as description. A shout with no
  identified source (``there were shouts of "Cowards!" from the gallery``) is
  ``direct`` with speaker and description null. Chanted slogans are ``scare``.
* Words quoted from an unsigned document (a memo, a communiqué, a joint declaration, a
  final statement) have a null speaker and the document phrase as description (``the
  memo``); full sentences from it are ``direct``, fragments ``partial``. When the
  document has a named author (a letter, a judgment read out by a judge, an adviser's
  report, a text message, a newspaper article), the author is the speaker.
* Words read out by one person from another person's speech or email (an MP reading a
  late colleague's maiden speech, a committee chair reading a witness's email) belong
  to the person whose words they are.
* A residence or department standing as grammatical subject (``the department said``)
  is an organisation speaker, written without a leading ``The``; its description is
  the definite description at the cue (``the department``) or the appositive. An
  unnamed spokesperson for it (``a Harcourt Place spokeswoman``) is null with that
  phrase as description.
* A partial quote in the opening paragraph whose speaker is named only later in the
  passage is attributed to that speaker.
* In a printed exchange (alternating quote-only paragraphs after an introduction of
  both parties) each turn belongs to the person whose turn it is; a turn continuing
  after an interruption (beginning with a dash) belongs to the interrupted speaker.
* A word or phrase is ``partial`` only when the passage gives it as someone's
  words; a term, label or nickname merely held at arm's length (``the so-called
  "headroom"``, a programme's brand name) is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh116.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh116.jsonl")

PASSAGES = """
### 001
@a Eleanor Marchbank | the Prime Minister
@b Kwame Asante-Boateng | the Leader of the Opposition
@c Rhodri Pask | the Speaker
@d - | Opposition MPs
@e Siobhán Farrelly | the member for Lowther and Kells
Eleanor Marchbank was accused of “⟦p:b|running the country from a locked cupboard⟧” at a bad-tempered Prime Minister's Questions on Wednesday, as the row over the stalled hospital-building programme reached the floor of the Commons.
The Leader of the Opposition, Kwame Asante-Boateng, opened by reading out the names of the 14 hospitals promised at the last election, under the banner “⟦s:-|Fourteen for the Future⟧”. “⟦d:b|Can the Prime Minister tell the House how many of them have a single brick in the ground?⟧” he asked.
Marchbank, who had plainly been briefed to expect the question, replied that “⟦p:a|record sums⟧” were being invested. “⟦d:a|He can read out lists. We are getting on with building,⟧” she said, to cheers from her own benches.
“⟦d:d|Answer!⟧” shouted Opposition MPs.
“⟦d:c|Order! Order. The Prime Minister will be heard, and so will the Leader of the Opposition, however long it takes us this afternoon,⟧” said the Speaker, Rhodri Pask.
Asante-Boateng tried again. “⟦d:b|It is a simple question, and the answer is none. Not one. She has spent three years on brochures and not a single afternoon on a building site. She is running the country from a locked cupboard.⟧”
Before he had sat down the Prime Minister was on her feet. “⟦d:a|Not true!⟧” she called across the despatch box, earning a second rebuke from the chair.
Later, Siobhán Farrelly, the member for Lowther and Kells, asked whether Marchbank would “⟦p:e|at least do us the courtesy⟧” of visiting the half-demolished site at Kells General. “⟦d:e|The only thing being built there is a car park for the demolition crews,⟧” she said.
Marchbank said she would visit “⟦p:a|happily⟧”. “⟦d:a|I will go with the honourable lady, and I will bring the hard hats,⟧” she said.

### 002
@a Margaret Oyelaran-Hughes | the committee's chair
@b Declan Fitzmaurice | the permanent secretary at the Department for Infrastructure
@c Arjun Mehta-Lowe | a Liberal Reform member of the committee
@d Department for Infrastructure | the department
The most senior civil servant at the Department for Infrastructure admitted on Tuesday that ministers had been warned "⟦p:b|repeatedly and in writing⟧" that the Northway rail extension would run over budget.
Declan Fitzmaurice, the permanent secretary at the Department for Infrastructure, told the Public Accounts Committee that officials had flagged the risk in at least four submissions over 18 months.
"⟦d:a|Four?⟧" asked Margaret Oyelaran-Hughes, the committee's chair. "⟦d:a|And at what point did anyone think to tell Parliament?⟧"
"⟦d:b|The submissions went to ministers. What ministers chose to say to Parliament is a matter for them,⟧" Fitzmaurice replied.
"⟦d:a|That's a very civil-service answer, Mr Fitzmaurice.⟧"
"⟦d:b|I am a civil servant, Chair.⟧"
Arjun Mehta-Lowe, a Liberal Reform member of the committee, asked whether the department had ever considered cancelling the project. The permanent secretary said a review in 2023 had concluded that stopping would cost "⟦p:b|almost as much as finishing⟧".
"⟦d:c|So we are finishing it because we started it,⟧" Mehta-Lowe said. "⟦d:c|That is not a business case. That is a sunk-cost fallacy with a ribbon on it.⟧"
In a statement after the session, the department said the extension remained "⟦p:d|a vital part of the government's plans for the north⟧" and that "⟦p:d|robust cost controls⟧" were now in place.

### 003
@a Nadia Rahimi | the housing minister
@b Colm Gallagher | Presenter
@c Gethin Pryce | the opposition's housing spokesman
The housing minister, Nadia Rahimi, repeatedly declined to say whether the government would meet its target of 300,000 new homes a year, in a tense interview on Capital Radio's Breakfast Hour on Thursday.
Presenter Colm Gallagher put it to her directly. “⟦d:b|Yes or no, minister: will you hit the target this year?⟧”
“⟦d:a|What I can tell you is that we've had the strongest quarter for planning approvals in a decade —⟧”
“⟦d:b|That's not what I asked.⟧”
“⟦d:a|— and that is a direct result of the reforms this government has made.⟧”
Gallagher tried again, asking whether she would “⟦p:b|put her job on it⟧”.
“⟦d:a|I'm not going to play that game, Colm. Nobody listening cares about my job. They care about whether their kids can afford a flat,⟧” the minister said.
“⟦d:b|Which is exactly why they'd like to know if you're going to build enough of them.⟧”
Later in the programme Rahimi conceded that the figure was “⟦p:a|stretching⟧”. “⟦d:a|I've never pretended it was easy. If it were easy, somebody would have done it already.⟧”
The opposition's housing spokesman, Gethin Pryce, said afterwards that the interview had been “⟦p:c|painful to listen to⟧”. “⟦d:c|Eleven chances to give a straight answer, and she ducked every one,⟧” he said.

### 004
@a - | the Prime Minister's official spokesman
@b - | One journalist
@c Jonah Whitcombe | the chancellor
Prime Minister Tobias Renner has "⟦p:a|full confidence⟧" in his chancellor, the Prime Minister's official spokesman said on Monday, despite reports that the two men had not spoken for a week.
"⟦d:a|The Prime Minister and the chancellor work together closely every day, as you would expect,⟧" the spokesman told reporters at the regular morning lobby briefing.
Asked whether that included the previous seven days, he said: "⟦d:a|I'm not going to get into a running commentary on diaries.⟧"
One journalist asked: "⟦d:b|Have they been in the same room since Tuesday?⟧" The spokesman replied that he "⟦p:a|wouldn't recognise⟧" that characterisation and that the pair had "⟦p:a|a strong working relationship⟧".
Pressed on whether the chancellor would still deliver the autumn statement on the planned date, he said: "⟦d:a|Yes. The date is set and it will not change.⟧"
The so-called "⟦s:-|cold war⟧" between the two neighbouring offices has dominated Westminster gossip since a leaked seating plan showed them at opposite ends of a cabinet awayday.
The chancellor, Jonah Whitcombe, was asked about the reports as he left his home in the morning. "⟦d:c|Lovely weather, isn't it?⟧" he said, before getting into his car.

### 005
@a Brenda Kitching | the cabinet member for environment
@b Imran Siddiqui | leader of the Independent group
@c Pauline Gorse | the mayor
@d - | a man in the public gallery
@e Hollinsbury Town Council | the council
Tempers frayed at Hollinsbury Town Council on Monday night as councillors voted 19–17 to move to fortnightly black-bin collections from April.
Brenda Kitching, the cabinet member for environment, said the change would save £410,000 a year and was “⟦p:a|the only responsible choice⟧” in the face of a shrinking budget.
“⟦d:a|Nobody went into local politics to cut bin rounds. But I'd rather cut bin rounds than cut care for the elderly,⟧” she told the chamber.
Imran Siddiqui, leader of the Independent group, said residents had been “⟦p:b|kept in the dark⟧”. “⟦d:b|The consultation ran for three weeks over Christmas. Three weeks! Over Christmas! You couldn't design a process to hear from fewer people if you tried,⟧” he said.
“⟦d:d|Shame on you!⟧” shouted a man in the public gallery, prompting the mayor, Pauline Gorse, to call for quiet.
“⟦d:c|I'll have no more of that, or I will ask for the gallery to be cleared,⟧” she warned.
After the vote, the council said in a statement that collections of recycling and food waste would “⟦p:e|remain weekly⟧” and that residents with large families could apply for a bigger bin.

### 006
@a Harriet Vance-Okoro | the former home secretary
@b Miriam Castellano | the trade secretary
@c Duncan Ferrier | the backbencher who has cast himself as the outsider in the race
@d Leila Haddad | the broadcaster
@e - | One member
The three candidates to lead the National Party clashed over tax and immigration at the first of twelve members' hustings in Darrowby on Saturday, in a contest that had until then been notable mostly for its politeness.
That ended quickly. Harriet Vance-Okoro, the former home secretary, used her opening statement to describe the government's record on borders as "⟦p:a|a failure we all own⟧" — a thinly veiled dig at Miriam Castellano, the trade secretary, who sat two seats away.
"⟦d:a|I'm not going to stand here and pretend the last four years went well. Members aren't stupid. They know they didn't,⟧" Vance-Okoro said.
Castellano, who has the backing of most of the cabinet, smiled thinly. "⟦d:b|Harriet sat round the cabinet table for three of those four years,⟧" she said. "⟦d:b|If she thought it was a failure, she had a funny way of showing it.⟧"
Duncan Ferrier, the backbencher who has cast himself as the outsider in the race, could barely contain his glee. "⟦d:c|You've just watched two cabinet ministers argue about which of them was less responsible. That's the problem in a sentence,⟧" he said.
The event was chaired by the broadcaster Leila Haddad, who asked each candidate to name one tax they would cut. "⟦d:d|Just one. A name, not a speech,⟧" she said.
Vance-Okoro chose inheritance tax and Ferrier stamp duty. Castellano said she would "⟦p:b|not make promises in a village hall⟧" that she could not keep in the Treasury.
One member, standing at the back, shouted: "⟦d:e|Answer the question!⟧"
"⟦d:b|I just did, sir. You may not like the answer,⟧" Castellano replied.

### 007
@a - | the memo
@b - | One senior official who has seen the document
@c - | A Treasury spokesperson
@d Rosalind Achterberg | the shadow work and pensions secretary
@e - | A source close to the chancellor
Treasury officials privately warned ministers that raising the state pension age to 68 ahead of schedule would be “⟦p:a|politically toxic and fiscally marginal⟧”, according to a leaked memo seen by this newspaper.
The memo, dated 3 March and marked “⟦s:-|Official — Sensitive⟧”, says the measure would save less than £2bn a year by the end of the decade and that its “⟦p:a|distributional impact falls hardest on manual workers in the regions⟧”.
“⟦d:a|Ministers should be aware that there is no credible version of this policy that does not generate significant negative coverage,⟧” the memo states.
One senior official who has seen the document said it had been “⟦p:b|deliberately buried⟧”. “⟦d:b|It went up to the chancellor's office and it never came back down. That tells you everything,⟧” the official said.
A Treasury spokesperson said: “⟦d:c|We do not comment on leaks. No decisions on the state pension age have been taken.⟧”
Rosalind Achterberg, the shadow work and pensions secretary, said the document showed the government was “⟦p:d|planning to make people work longer while pretending otherwise⟧”.
“⟦d:d|If ministers have nothing to hide, they should publish the memo in full. Today,⟧” she said.
A source close to the chancellor insisted the idea had been “⟦p:e|one of dozens of options⟧” and was “⟦p:e|never seriously on the table⟧”.

### 008
@a Lucie Garnier-Aubry | Velmora's foreign minister
@b Anatol Kriviç | Her Brastian counterpart
@c - | a Brastian journalist
@d - | The joint declaration
LESSANE, May 9 (Continental Press Agency) — Velmora and Brastia agreed on Friday to reopen the Sarne river crossing that has been closed for nine years, in what diplomats in both capitals have taken to calling the «⟦s:-|bridge deal⟧».
Speaking at a joint press conference in Lessane, Velmora's foreign minister, Lucie Garnier-Aubry, said the agreement was «⟦p:a|the work of patient people on both sides of the river⟧».
«⟦d:a|Nine years is a long time for a bridge to stand empty. Today we are giving it back to the families who need it,⟧» she said.
Her Brastian counterpart, Anatol Kriviç, speaking through an interpreter, was more cautious. «⟦d:b|This is a beginning. It is not yet an end. There are still questions of customs and of security that our experts must answer,⟧» he said.
«⟦d:c|Does this mean Brastia has withdrawn its claim to the Sarne islands?⟧» asked a Brastian journalist.
Kriviç answered in Brastian before the interpreter could begin: «⟦d:b|Ne. Nikoli.⟧» — «⟦d:b|No. Never.⟧»
The joint declaration, signed after four hours of talks, commits both sides to «⟦p:d|refrain from unilateral steps⟧» in the disputed area and to set up a joint commission «⟦p:d|within ninety days⟧».

### 009
@a Callum Rix | the opposition leader
@b Debbie Tranter | a grandmother of four from Wellbeck
@c - | One factory worker, who did not want to be named
@d - | A Rix aide
CALLUM Rix's carefully choreographed visit to a biscuit factory went badly off script yesterday when a furious gran collared him on the shop floor.
Debbie Tranter, 58, a grandmother of four from Wellbeck, told the opposition leader: "⟦d:b|You lot promised us a new bypass in 2015. I'm still sat in the same traffic every morning!⟧"
A red-faced Rix replied: "⟦d:a|I hear you, Debbie, and that's exactly why we need change —⟧"
"⟦d:b|Change? You've been saying change for ten years, love,⟧" she shot back, to laughter from workers packing custard creams.
Later, speaking to reporters, Rix insisted the exchange had been "⟦p:a|the best bit of the day⟧".
"⟦d:a|That's what this job is. People tell you what they think. I'd rather that than a room full of nodding heads,⟧" he said.
One factory worker, who did not want to be named, said: "⟦d:c|Fair play to her. Somebody had to say it.⟧"
A Rix aide was overheard muttering as the convoy left: "⟦d:d|Who put her on the route?⟧"

### 010
@a Ailsa Drummond | the incumbent
@b Hamid Karimi | her main challenger
@c Jo Penhaligon | The moderator
@d - | a woman in the studio audience
Ailsa Drummond and Hamid Karimi clashed over ferries, hospitals and the cost of living on Tuesday night in the only head-to-head television debate of the campaign.
Drummond, the incumbent, was put on the defensive early when a woman in the studio audience asked why her island had been without a reliable ferry for two winters.
“⟦d:d|My husband missed his chemotherapy twice because the boat was cancelled. Twice. What do you say to him?⟧” she asked.
“⟦d:a|I'd say sorry, first of all, because he deserves that,⟧” Drummond replied. “⟦d:a|And I'd say that the two new vessels will be in service by the spring.⟧”
Karimi, her main challenger, pounced. “⟦d:b|That's what you said last spring. And the spring before that,⟧” he said. “⟦d:b|People in the islands don't want another date. They want a boat.⟧”
The moderator, Jo Penhaligon, had to intervene several times as the two talked over each other. “⟦d:c|One at a time, please. Nobody at home can hear either of you,⟧” she said.
Drummond later accused her rival of offering “⟦p:a|magic-money ferries⟧”, while Karimi mocked the government's “⟦s:-|Connected Islands⟧” strategy, which he said had connected nothing.
In her closing statement Drummond said: “⟦d:a|I've made mistakes. I've never stopped working.⟧” Karimi's last words were: “⟦d:b|Ask yourself one question. Is it working?⟧”

### 011
@a Philippa Osei-Brandt | The culture secretary
@b Gregor Haldane | the Prime Minister
@c - | A government source
The culture secretary, Philippa Osei-Brandt, resigned on Thursday evening, saying in a letter to the Prime Minister that she could no longer defend the government's plans to sell the national broadcaster's archive.
"⟦d:a|I have always believed that collective responsibility matters, and I have tried to honour it,⟧" she wrote. "⟦d:a|But there comes a point where staying silent inside the tent does more harm than speaking honestly outside it. I have reached that point.⟧"
In the letter, posted on social media at 7.42pm, she described the proposed sale as "⟦p:a|a short-term fix that our grandchildren will pay for⟧".
Gregor Haldane, the Prime Minister, replied within the hour, thanking her for her "⟦p:b|tireless work⟧" and saying he was "⟦p:b|sorry⟧" to see her go.
"⟦d:b|I respect your decision, although I do not agree with it. The sale will secure the archive's future, not threaten it,⟧" Haldane wrote.
A government source was less gracious. "⟦d:c|She's been looking for the exit for months. This just gave her a nicer door,⟧" the source said.

### 012
@a Eilidh Strachan | The Presiding Officer
@b Owain Pritchard-Jones | the Unity Party's finance spokesman
@c Rebecca Adeyemi-Clarke | The finance minister
@d - | a Green member
Proceedings in the Carrowmere Assembly were suspended for twenty minutes on Wednesday after a row over whether the finance minister had misled members about the health budget.
Owain Pritchard-Jones, the Unity Party's finance spokesman, rose on a point of order. ``⟦d:b|The minister told this chamber last week that health spending would rise in real terms. Her own officials' tables show it falls. Which is true?⟧'' he asked.
The Presiding Officer, Eilidh Strachan, said that was ``⟦p:a|a matter for debate, not a point of order⟧''. ``⟦d:a|I will not have this chamber turned into a courtroom every time a member disagrees with a number,⟧'' she said.
The finance minister, Rebecca Adeyemi-Clarke, insisted her figures were correct. ``⟦d:c|The member is comparing a cash figure with a real-terms one. I would be happy to send him a calculator,⟧'' she said, to groans from the opposition benches.
``⟦d:d|Withdraw!⟧'' called a Green member from the back row.
When Pritchard-Jones tried to respond, Strachan cut him off. ``⟦d:a|Sit down, Mr Pritchard-Jones. I have ruled,⟧'' she said. When he rose a third time, she suspended the sitting.
Outside the chamber, the Unity Party spokesman told reporters: ``⟦d:b|If asking whether a minister told the truth is out of order, then this Assembly has a problem.⟧''

### 013
@a Gwendolyn Thorne | the chief whip
@b - | one former minister
@c - | A backbencher who crossed her during the welfare vote
@d Marcus Aylward | Her deputy
Gwendolyn Thorne keeps a small brass bell on her desk in the whips' office. Nobody has ever seen her ring it. “⟦d:a|It's there so people wonder,⟧” she says.
For three years the chief whip has been the most feared and least quoted person in the governing party. MPs talk about her the way schoolchildren talk about a headmistress: with dread, affection and a great deal of exaggeration.
“⟦d:b|She doesn't shout. That's the frightening thing,⟧” says one former minister. “⟦d:b|She just tells you, very quietly, exactly what you said at a dinner party in 2019.⟧”
Thorne, 61, laughs at this.
“⟦d:a:m|People think whipping is about threats. Mostly it's about listening. You find out what someone actually needs — a bypass, a school, an apology, a bit of attention — and you work out whether you can give it to them.⟧
“⟦d:a:m|Sometimes you can't. Then you tell them straight, and you ask them to vote with you anyway, because the alternative is worse for everyone, including them.⟧
“⟦d:a|And sometimes they don't. That's democracy. I don't hold grudges. I do keep notes.⟧”
A backbencher who crossed her during the welfare vote remembers it differently. “⟦d:c|I got a very polite letter, and then I didn't get on a select committee for two years. Coincidence, I'm sure,⟧” he says.
Her deputy, Marcus Aylward, calls her “⟦p:d|the best-organised person in the building⟧”. “⟦d:d|She has a spreadsheet for everything. I once found a tab called ‘Moods’,⟧” he says.

### 014
@a Farida Qureshi | Finance minister
@b Lachlan Dewar | the shadow finance minister
@c Institute for Fiscal Research | an independent think tank
@d Hana Lindqvist | Its director
Finance minister Farida Qureshi cut the basic rate of income tax by a penny on Wednesday, in a budget the opposition immediately branded a "⟦p:b|pre-election bribe paid for with IOUs⟧".
"⟦d:a|This is a budget for people who get up in the morning and go to work, and who have carried this country through difficult years,⟧" Qureshi told parliament.
"⟦d:a|Today, we begin to give them something back.⟧"
The cut was made possible, she said, by an improvement in the so-called "⟦s:-|headroom⟧" against the government's borrowing rule, which rose to £14.2bn.
Replying for the opposition, Lachlan Dewar, the shadow finance minister, said: "⟦d:b|The minister has cut a penny with one hand and taken two with the other. Frozen thresholds, higher duties, and a promise of spending cuts she won't name. People aren't fools. They know a pre-election bribe paid for with IOUs when they see one.⟧"
The Institute for Fiscal Research, an independent think tank, said the tax cut was "⟦p:c|more than paid for⟧" by the continued freeze in allowances.
Its director, Hana Lindqvist, said: "⟦d:d|Most households will be paying more tax in 2027 than they are today, not less. That is simple arithmetic.⟧"
Asked about the analysis on television later that evening, Qureshi said: "⟦d:a|Think tanks think. Governments have to decide.⟧"

### 015
@a Bjørn Halvorsen | the alliance's secretary-general
@b - | The final communiqué
@c Rustam Nazarov | Talvenia's president
@d - | One diplomat involved in the drafting
VESSHOLM (Northern Wire) — Leaders of the Northern Compact ended their two-day summit on Wednesday with a pledge to raise defence spending to 3 per cent of GDP “⟦p:b|by the end of the decade⟧”, but without agreeing how to get there.
The final communiqué describes the security situation on the alliance's eastern flank as “⟦p:b|the most serious since the Compact's founding⟧”.
Bjørn Halvorsen, the alliance's secretary-general, told a closing press conference that the commitment was “⟦p:a|real and binding⟧”. “⟦d:a|Nobody signed this text lightly. Every leader in that room knows what is at stake,⟧” he said.
Asked whether some members would miss the target, Halvorsen said: “⟦d:a|Some will have to run faster than others. I am confident they will.⟧”
Talvenia's president, Rustam Nazarov, whose country borders the region most at risk, said the pledge was “⟦p:c|welcome but late⟧”.
“⟦d:c|We have been asking for this for six years. We are glad our friends have finally heard us,⟧” he said.
One diplomat involved in the drafting said the wording had been fought over “⟦p:d|comma by comma⟧” until 3am. “⟦d:d|There were two countries that wanted ‘aspire to’ instead of ‘commit to’. They lost,⟧” the diplomat said.

### 016
@a Zainab Hussain-Fletcher | a 29-year-old former primary school teacher
@b Neville Stoke | returning officer
@c Rory Blackwood | The National candidate
@d - | A supporter in a red scarf
Zainab Hussain-Fletcher overturned a majority of 11,000 to win the Cressley and Dunmore by-election in the early hours of Friday, in the biggest upset of the parliament so far.
The result was read out at 3.12am by returning officer Neville Stoke at Cressley leisure centre. "⟦d:b|I hereby declare that Zainab Hussain-Fletcher is duly elected to serve as the member of parliament for Cressley and Dunmore,⟧" he said, the last few words drowned out by cheering.
Hussain-Fletcher, a 29-year-old former primary school teacher, told supporters: "⟦d:a|People in this town have been told for a generation that their votes could be taken for granted. Tonight they've shown that nobody will take them for granted again.⟧"
"⟦d:a|This win doesn't belong to me. It belongs to every person who opened their door in the rain and gave us five minutes.⟧"
The National candidate, Rory Blackwood, who had been expected to hold the seat comfortably, said it had been "⟦p:c|a tough night⟧".
"⟦d:c|I congratulate Zainab. She fought a good campaign. We'll reflect on the message voters have sent,⟧" he said.
A supporter in a red scarf shouted from the balcony: "⟦d:d|Reflect on that, Rory!⟧"
Turnout was 38.4 per cent.

### 017
@a Tomasz Nowicki-Hale | the former director general of Border Force
@b Amelia Corcoran | the then immigration minister
Tomasz Nowicki-Hale, the former director general of Border Force, gave evidence to the Home Affairs Committee on Tuesday. The committee's chair, Helena Vasquez-Roe, questioned him about an email he sent to the then immigration minister, Amelia Corcoran, in July 2022. An edited transcript of the exchange follows.
Q: You wrote to the minister on 14 July. Your email said, and I quote: “⟦d:a|The system as designed will not cope with a surge of this size.⟧” Did you believe that when you wrote it?
A: I did. I still do.
Q: And what did the minister reply?
A: She replied the same afternoon. She wrote: “⟦d:b|Noted. Let's discuss after recess.⟧” We never discussed it.
Q: After recess the surge had happened. Were you surprised?
A: No. I was angry. I described it in my own report the following year as “⟦p:a|a foreseeable failure⟧”, and I would not change a word.
Q: Ms Corcoran told this committee last month that she was “⟦p:b|never made aware of the scale of the risk⟧”. Is that true?
A: I'll let the committee read the email and decide.
In a statement issued after the session, Corcoran said: “⟦d:b|I stand by my evidence to the committee.⟧”

### 018
@a Valentina Ruiz-Marsh | The mayor of Eastwick
@b - | A reporter
@c Desmond Achebe | the city's chief engineer
@d Rivers Authority | -
The mayor of Eastwick, Valentina Ruiz-Marsh, defended the city's flood response on Sunday, as 400 homes in the Riverside district remained without power.
“⟦d:a|Our teams have been working around the clock since Thursday. I'm not going to stand here and say everything has gone perfectly, because it hasn't,⟧” she told a press conference at City Hall.
A reporter asked why sandbags had not arrived in Riverside until Friday afternoon. “⟦d:b|Residents say they were told to expect them on Thursday morning. What happened?⟧”
“⟦d:a|That's a fair question, and I've asked it myself,⟧” Ruiz-Marsh said. “⟦d:a|Desmond can speak to the logistics.⟧”
Desmond Achebe, the city's chief engineer, said a depot in the north of the city had itself been flooded. “⟦d:c|We lost access to about a third of our stock overnight. We should have had a back-up. We will next time,⟧” he said.
The Rivers Authority said in a statement that the Eastwick defences had performed “⟦p:d|as designed⟧” but had been “⟦p:d|overtopped by an exceptional event⟧”.
Residents were less forgiving. A bedsheet hung from a first-floor window on Mill Lane read: “⟦s:-|Sandbags Friday. Water Thursday.⟧”

### 019
@a Ingrid Solberg-Ward | the Liberal Reform leader
@b - | One delegate
@c - | A party spokesman
Ingrid Solberg-Ward, the Liberal Reform leader, told her party's conference on Tuesday that it was "⟦p:a|ready to govern, not just to complain⟧", in a speech that drew three standing ovations and one walkout.
"⟦d:a|For too long we have been the party people vote for when they're cross with everyone else. I want us to be the party people vote for because they believe in us,⟧" she said.
Delegates waved placards reading "⟦s:-|Fair Votes Now⟧" and, at one point, began chanting "⟦s:-|In-gy! In-gy!⟧" until she waved them down.
"⟦d:a|Thank you — but save your voices. We've got an election to win,⟧" she said.
About a dozen delegates walked out when she defended the party's support for a new runway at Holme Fen. One delegate, carrying a "⟦s:-|Planet Before Profit⟧" tote bag, said: "⟦d:b|She's thrown away thirty years of principle for three marginal seats.⟧"
A party spokesman said afterwards that the walkout had involved "⟦p:c|a handful⟧" of members. "⟦d:c|It's a democratic party. People are allowed to disagree,⟧" he said.

### 020
@a Theodora Wilkes | the nominee for attorney general
@b Raymond Okonkwo-Bell | the ranking member of the judiciary committee
@c Patrice Delorme | the committee's chairman
Theodora Wilkes, the nominee for attorney general, refused on Tuesday to say whether she would recuse herself from the investigation into the Marlow Fund, in a combative confirmation hearing before the Senate Judiciary Committee.
Senator Raymond Okonkwo-Bell, the ranking member of the judiciary committee, asked her four times. “⟦d:b|It's a yes or no question, Ms. Wilkes. You sat on the board of that fund for six years. Will you step aside?⟧”
“⟦d:a|Senator, I will follow the advice of the department's career ethics officials, as every attorney general before me has done,⟧” she replied.
“⟦d:b|That's not an answer.⟧”
“⟦d:a|It's the answer I'm giving.⟧”
Halfway through the morning, protesters in the gallery unfurled a banner reading “⟦s:-|No Fox For The Henhouse⟧” and chanted “⟦s:-|Recuse! Recuse!⟧” before being led out by Capitol police.
“⟦d:c|We'll take a five-minute recess,⟧” said the committee's chairman, Patrice Delorme, who has said he will vote to confirm Wilkes.
When the hearing resumed, Wilkes said she had “⟦p:a|nothing to hide and nothing to apologize for⟧”. “⟦d:a|I resigned from that board the day I was nominated. I have sold every share. If that's not enough for the senator, I don't know what would be.⟧”

### 021
@a Nigel Ashdown-Pryce | transport minister
@b - | an aide
@c Lorraine Mbeki-Shaw | Local MP
@d Terry Vickers | Pub landlord
@e - | A spokesman for the minister
RED-FACED transport minister Nigel Ashdown-Pryce was caught on a live microphone branding a northern town "⟦p:a|the armpit of the network⟧" — moments after promising its residents a shiny new station.
The gaffe came after a TV interview in Fellside on Monday. Thinking the cameras were off, Ashdown-Pryce, 52, turned to an aide and said: "⟦d:a|Thank God that's over. Honestly, this place is the armpit of the network.⟧"
The aide could be heard replying: "⟦d:b|Mic, minister. Mic.⟧"
Local MP Lorraine Mbeki-Shaw fumed: "⟦d:c|Fellside has been ignored by this government for years. Now we know what they really think of us. He should come back and say it to people's faces.⟧"
Pub landlord Terry Vickers, 61, said: "⟦d:d|Armpit? He wants to try our Thursday quiz. He wouldn't last a round.⟧"
A spokesman for the minister said last night: "⟦d:e|The minister was referring to the condition of the existing station, which everyone agrees is unacceptable. He apologises unreservedly for any offence caused.⟧"

### 022
@a Matthijs Verhoeven | Centre Party leader
@b Annika Sørlie | the Greens' negotiator
@c - | A spokeswoman for the Farmers' League
@d - | A person familiar with the talks
TOLLSTAD, Oct 2 (Continental Press Agency) — Coalition talks in Aldermark stalled again on Thursday after the Greens walked out of a late-night session over plans to widen the Tollund motorway.
Centre Party leader Matthijs Verhoeven, who is expected to become prime minister, said he remained «⟦p:a|optimistic, but not naive⟧».
«⟦d:a|Nobody said this would be easy. We have four parties with four programmes and one country. That takes time,⟧» he told reporters outside the parliament building.
Annika Sørlie, the Greens' negotiator, said her party would not return to the table «⟦p:b|until the motorway is off it⟧».
«⟦d:b|We did not win our votes to pour concrete over wetlands. Our voters would never forgive us, and they would be right,⟧» she said.
A spokeswoman for the Farmers' League said the party was «⟦p:c|surprised and disappointed⟧» by the walkout.
A person familiar with the talks said the motorway was «⟦p:d|a pretext⟧». «⟦d:d|The real fight is about who gets the finance ministry,⟧» the person said.

### 023
@a Gillian Harrow | chairman of Little Wenham Parish Council
@b Derek Oduya | a retired farmer
@c - | one resident
@d Oakmere Homes | the developer
@e Sunita Rao | planning director for Oakmere Homes
More than 150 people packed Little Wenham village hall on Tuesday night — a record, according to organisers — as plans for 220 new homes on the edge of the village came before the parish council.
Gillian Harrow, chairman of Little Wenham Parish Council, had to appeal for calm several times. “⟦d:a|Everyone will get a chance to speak, but only if we stop speaking over each other,⟧” she said.
Derek Oduya, a retired farmer, said the field in question flooded “⟦p:b|every single winter⟧”. “⟦d:b|I've pulled sheep out of that water. Now they want to put families in it,⟧” he said, to applause.
Sunita Rao, planning director for Oakmere Homes, said the scheme included “⟦p:e|a comprehensive drainage strategy⟧”.
“⟦d:e|We've listened to the concerns about flooding, and we've redesigned the site twice,⟧” she said.
“⟦d:c|Redesign it a third time — somewhere else!⟧” called one resident.
The parish council voted unanimously to object. The developer, Oakmere Homes, said in a statement afterwards that it would “⟦p:d|continue to engage constructively⟧” with the community. The final decision rests with Wenham District Council.

### 024
@a Priyanka Desai | The shadow chancellor
@b Martin Holloway-Reid | The programme's presenter
@c - | A Treasury source
The shadow chancellor, Priyanka Desai, refused to rule out raising capital gains tax, in a testy interview on Sunday Politics Live.
The programme's presenter, Martin Holloway-Reid, asked her directly whether the rate would go up under an opposition government.
"⟦d:a|We've set out our fiscal rules, and every commitment we make will be fully costed —⟧"
"⟦d:b|So that's a yes?⟧"
"⟦d:a|It's a 'we will set out our plans in our manifesto', Martin. You know that's the answer, and I know that's the answer.⟧"
Holloway-Reid pressed on. "⟦d:b|But your own policy review recommended aligning it with income tax. Are you ruling that out, yes or no?⟧"
"⟦d:a|I'm not going to write a budget live on Sunday morning television.⟧"
Later in the interview she accused ministers of "⟦p:a|wrecking the public finances and then handing us the bill⟧".
A Treasury source said the exchange showed the opposition had "⟦p:c|a tax bombshell in the post⟧". "⟦d:c|If she won't rule it out on Sunday, it'll be in the budget by Christmas,⟧" the source said.

### 025
@a Kofi Mensah-Darko | the 47-year-old
@b Ruth Kessler | the party's deputy leader
@c Alan Fairweather | the party's general secretary
@d - | one MP who backed Kessler
Kofi Mensah-Darko was elected leader of the Progressive Alliance on Saturday with 58 per cent of the members' vote, completing a rise from backbench obscurity to the brink of power in under four years.
The result was announced by Alan Fairweather, the party's general secretary, in a packed conference hall in Brellford. “⟦d:c|The votes cast for Kofi Mensah-Darko: 61,204,⟧” he read, and the rest of his sentence was lost in the noise.
In his acceptance speech, the 47-year-old promised to “⟦p:a|unite this party and then unite this country⟧”.
“⟦d:a|To everyone who voted for Ruth: I will need you. I will need your ideas and your energy, and I will need you to tell me when I've got it wrong,⟧” he said.
Ruth Kessler, the party's deputy leader, conceded graciously. “⟦d:b|Kofi ran a superb campaign. He has my full support, today and every day,⟧” she said.
But one MP who backed Kessler was less enthusiastic in private. “⟦d:d|We've picked the candidate who's best at winning leadership elections. We'll find out soon enough whether he's any good at winning the other kind,⟧” the MP said.

### 026
@a Ines Moravec | Kaldera's foreign minister
@b Parisa Ardalan | Her Samarani counterpart
@c - | A Kalderan reporter
The foreign ministers of Kaldera and the Samarani Republic pledged on Monday to restore full diplomatic relations, eighteen months after each expelled the other's ambassador.
Kaldera's foreign minister, Ines Moravec, said the two countries had “⟦p:a|turned a page, not torn it out⟧”. “⟦d:a|We have not forgotten what happened. But we have decided that talking is better than not talking,⟧” she said at a joint press conference in Serrat.
Her Samarani counterpart, Parisa Ardalan, said ambassadors would return “⟦p:b|within weeks⟧”.
“⟦d:b|The people of our two countries never stopped trading, marrying, visiting each other. It was time the governments caught up with them,⟧” she said.
A Kalderan reporter asked Ardalan whether her government would apologise for the 2023 raid on the Kalderan embassy. “⟦d:c|Will there be an apology, minister?⟧” he asked.
“⟦d:b|We have expressed our regret through the appropriate channels,⟧” Ardalan replied.
Moravec, standing beside her, added: “⟦d:a|And that regret has been received.⟧”

### 027
@a Catriona MacLeod | the Liberal Reform MP who introduced the bill
@b Samuel Adebayo | a former palliative care doctor
@c Helen Cartwright-Bose | The health secretary
@d Vikram Chaudhary | the National Party MP for Thornby
MPs voted by 331 to 278 on Friday to give a second reading to the Assisted Dying (Terminally Ill Adults) Bill, after five hours of debate that was at times raw with emotion.
Catriona MacLeod, the Liberal Reform MP who introduced the bill, told a packed chamber that her father had died "⟦p:a|in a way no one should⟧".
"⟦d:a:m|He was a proud man. He ran a boatyard for forty years. At the end he could not swallow, could not speak, and could not be helped. He begged the nurses — begged them — and they could do nothing, because the law said they could do nothing.⟧
"⟦d:a|I am not asking this House to force anything on anyone. I am asking it to give people like my father a choice.⟧"
Samuel Adebayo, a former palliative care doctor, urged colleagues to vote against. "⟦d:b|I have sat with hundreds of dying patients. The answer to a bad death is better care, not a lethal prescription,⟧" he said.
"⟦d:b|If we pass this bill, we change the question every frail and elderly person asks themselves. Not 'how can I be helped?' but 'should I be a burden?'⟧"
The health secretary, Helen Cartwright-Bose, who abstained, said the government would remain "⟦p:c|neutral⟧" but would ensure any law that passed was "⟦p:c|workable and safe⟧".
Vikram Chaudhary, the National Party MP for Thornby, said he had changed his mind during the debate. "⟦d:d|I came in this morning intending to vote no. I have listened, and I cannot do it,⟧" he told the House.

### 028
@a Beatrix Holmqvist | the committee's chair
@b Dylan Tsai | Vireo's head of public policy for Europe
@c Fergus Lindsay | a National Party member of the committee
Executives from the social media company Vireo were accused on Wednesday of ``⟦p:c|treating Parliament like a focus group⟧'' after repeatedly declining to say how many content moderators the company employs.
Dylan Tsai, Vireo's head of public policy for Europe, told the Culture and Media Committee that the figure was ``⟦p:b|commercially sensitive⟧''.
``⟦d:b|We have thousands of people working on safety, and we invest more in this area every single year,⟧'' Tsai said.
``⟦d:a|Thousands is not a number, Mr Tsai. Two thousand? Nine thousand?⟧'' asked Beatrix Holmqvist, the committee's chair.
``⟦d:b|I don't have the exact figure in front of me.⟧''
``⟦d:a|Then perhaps you could write to us with it by Friday.⟧''
``⟦d:b|I'll certainly take that away.⟧''
Fergus Lindsay, a National Party member of the committee, said afterwards: ``⟦d:c|They come here, they smile, and they tell us nothing. They are treating Parliament like a focus group, and I think the committee's patience has run out.⟧''

### 029
@a - | one cabinet minister
@b - | An ally of the chancellor
@c - | A senior defence source
@d - | A Harcourt Place spokeswoman
@e Hugo Ferreira-Lund | the defence secretary
The cabinet is split over demands for an extra £8bn a year for the armed forces, with one cabinet minister warning that the row could “⟦p:a|blow the spending review apart⟧”.
In a letter to the chancellor seen by the Sunday Courier, Hugo Ferreira-Lund, the defence secretary, warns that the army has been “⟦p:e|hollowed out to the point of embarrassment⟧”.
“⟦d:e|I cannot in good conscience sign off a settlement that leaves us unable to deploy a single armoured brigade,⟧” he writes.
“⟦d:a|Hugo has a point, but so does everyone else round the table. Schools have a point. Hospitals have a point,⟧” the cabinet minister said.
An ally of the chancellor was blunter. “⟦d:b|Every secretary of state thinks their department is special. The money doesn't exist. It's that simple,⟧” the ally said.
A senior defence source hit back: “⟦d:c|The Treasury knows the price of everything and the value of a tank regiment at nothing.⟧”
A Harcourt Place spokeswoman said: “⟦d:d|The Prime Minister has been clear that the defence of the realm is the first duty of government. Spending decisions will be set out at the review in the usual way.⟧”

### 030
@a Tamsin Pengelly | Liberal Reform's candidate in Porthkennack East
@b - | a man in a dressing gown
@c Joyce | a retired dinner lady
@d Ryan Polglase | Her agent
It is 10am on a wet Saturday in Porthkennack and Tamsin Pengelly, Liberal Reform's candidate in Porthkennack East, has been told to go away four times already.
"⟦d:a|That's actually not bad. Four out of thirty is a good morning,⟧" she says cheerfully, tucking leaflets under her coat.
At number 14, a man in a dressing gown opens the door, looks at the rosette and says: "⟦d:b|Not today, love. Not ever, actually.⟧"
Pengelly laughs. "⟦d:a|Fair enough. Have a good weekend!⟧"
Two doors down, Joyce, 74, a retired dinner lady, wants to talk about the bus. "⟦d:c|The 38 used to come every half hour. Now it's twice a day, and the second one doesn't turn up. How am I meant to get to the doctor's?⟧"
"⟦d:a|I'll be honest with you, Joyce — I can't promise you a bus tomorrow. But I can promise I'll be on the council's back every week until there is one,⟧" Pengelly replies.
Joyce takes a leaflet. "⟦d:c|I'll think about it. You're the first one who's bothered to knock,⟧" she says.
Her agent, Ryan Polglase, who is carrying the clipboard, marks her down as a "⟦s:-|soft maybe⟧". "⟦d:d|Soft maybes win elections,⟧" he says.

### 031
@a Lorna McKinnon-Baptiste | Premier
@b Gus | a caller from Wattle Flat
@c Deepa | a nurse
@d Neil Abernethy | Host
Premier Lorna McKinnon-Baptiste faced an hour of questions from listeners on 4KR's morning program on Friday, and not all of them were friendly.
Gus, a caller from Wattle Flat, opened with power prices. “⟦d:b|My bill's gone up 40 per cent in two years, Premier. Forty! I'm a pensioner. What am I supposed to cut?⟧”
“⟦d:a|Gus, I hear you, and you're not alone,⟧” the premier said. “⟦d:a|That's why from July every pensioner household will get a $300 rebate, automatically. You won't need to fill in a form.⟧”
“⟦d:b|Three hundred bucks won't touch the sides.⟧”
Host Neil Abernethy moved on to the next caller. “⟦d:d|Let's go to Deepa in Riverbend. Go ahead, Deepa.⟧”
Deepa, a nurse, said staff at the Riverbend hospital were “⟦p:c|absolutely at breaking point⟧”. “⟦d:c|We had eleven patients in the corridor on Wednesday night. Eleven. I went home and cried in the car,⟧” she said.
McKinnon-Baptiste thanked her. “⟦d:a|Deepa, thank you for what you do. I'm not going to pretend the system is where it should be. It isn't,⟧” she said.

### 032
@a Mohammed Al-Rashid | leader of Brackenfield City Council
@b Sandra Pettifer | Civic Alliance group leader
@c Jonathan Ebbs | The council's chief finance officer
@d - | one protester
Brackenfield City Council approved a 4.99 per cent rise in council tax on Thursday, the maximum allowed without a referendum, amid warnings that the authority could face effective bankruptcy within two years.
Mohammed Al-Rashid, leader of Brackenfield City Council, said the decision gave him "⟦p:a|no pleasure whatsoever⟧".
"⟦d:a|We have lost £140 million in government funding since 2010. Every council in the country is in the same boat, and some of them are already underwater,⟧" he said.
Civic Alliance group leader Sandra Pettifer accused the ruling group of "⟦p:b|years of vanity projects⟧". "⟦d:b|You spent £9 million on a conference centre nobody uses, and now you want pensioners to pay for it,⟧" she said.
"⟦d:a|That centre was approved with your group's votes, Sandra,⟧" Al-Rashid interjected.
"⟦d:b|And we've apologised for it. Have you?⟧"
The council's chief finance officer, Jonathan Ebbs, told members the budget was "⟦p:c|balanced, but only just⟧". "⟦d:c|I would be failing in my duty if I did not tell the council plainly that next year's position is considerably worse,⟧" he said.
Outside the town hall, one protester held a sign reading "⟦s:-|Cut Councillors Not Libraries⟧". "⟦d:d|My daughter learned to read in that library,⟧" she said.

### 033
@a Priscilla Amankwah | Chief Justice
@b Grant Sheridan | The Attorney General
@c Hollis Reid | director of the campaign group Open Chamber
The Supreme Court ruled unanimously on Tuesday that the government's decision to suspend the Assembly for seven weeks was unlawful.
The judgment, read out by Chief Justice Priscilla Amankwah, found that the suspension had “⟦p:a|the effect of frustrating the ability of the Assembly to carry out its constitutional functions without reasonable justification⟧”.
“⟦d:a|The Assembly has not been suspended. It is in session, and it is for the Presiding Officer to decide what happens next,⟧” she said.
“⟦d:a|This court is not concerned with the merits of the government's policy. It is concerned only with whether the law has been followed.⟧”
The Attorney General, Grant Sheridan, said the government “⟦p:b|respects the court⟧” but “⟦p:b|profoundly disagrees⟧” with its reasoning. “⟦d:b|We will study the judgment carefully,⟧” he said outside the court.
Hollis Reid, director of the campaign group Open Chamber, which brought the case, said: “⟦d:c|Today the court has reminded ministers that nobody is above the law. Not even them.⟧”

### 034
@a Damian Crowe | Energy minister
@b Olivia Brandt-Mensah | his special adviser
@c - | A spokesperson for the Department for Energy
@d Alistair Kerr | the opposition energy spokesman
Energy minister Damian Crowe described a £1.2bn contract for emergency generators as "⟦p:a|a total fiasco⟧" in private messages weeks before defending it in parliament, leaked exchanges show.
In messages to his special adviser, Olivia Brandt-Mensah, sent on 11 November, Crowe wrote: "⟦d:a|These things are sitting in a field in Thurso doing nothing. A total fiasco. Who signed this off??⟧"
"⟦d:b|Officials, under the previous minister. Lines to take are being drafted,⟧" she replied.
"⟦d:a|Make sure they don't say 'value for money'. Nobody will believe it.⟧"
Eight days later, Crowe told MPs that the contract had delivered "⟦p:a|good value for taxpayers⟧".
A spokesperson for the Department for Energy said: "⟦d:c|Private messages are not government policy. The minister has full confidence in the contract's long-term benefits.⟧"
Alistair Kerr, the opposition energy spokesman, said: "⟦d:d|He said one thing in private and the opposite at the despatch box. He must come to the House and explain which one was true.⟧"

### 035
@a Losana Veikune | Nalau's lead negotiator
@b Henrik Aas | The summit president
@c - | A European delegate
PORT AURELIA (Northern Wire) — The World Climate Conference overran by 31 hours before delegates agreed a deal on Sunday that Nalau's lead negotiator, Losana Veikune, called “⟦p:a|a lifeboat with a hole in it⟧”.
Veikune, who broke down in tears during the closing plenary, said: “⟦d:a|We came here asking for our survival. We are leaving with a promise to talk about it again next year.⟧”
“⟦d:a|I want to thank the friends who stood with us. To the others, I want to say only this: the sea does not negotiate.⟧”
The summit president, Henrik Aas, defended the text. “⟦d:b|This is not the deal anyone would have written alone. That is what makes it a deal,⟧” he said, bringing down the gavel to a mixture of applause and boos.
A European delegate, speaking on condition of anonymity, said the final hours had been “⟦p:c|brutal⟧”.
“⟦d:c|Two delegations held the whole room hostage over one paragraph on coal. In the end we had to choose between a weak deal and no deal,⟧” the delegate said.

### 036
@a Gideon Baptiste-Hart | the Deputy Prime Minister
@b Anjali Venkataraman | the shadow foreign secretary
@c Moira Llewellyn | the Speaker
@d Kieran Duffy | Government backbencher
With the Prime Minister at the Vessholm summit, it fell to the Deputy Prime Minister, Gideon Baptiste-Hart, to face questions in the Commons on Wednesday. He appeared to enjoy it rather more than his opponents did.
Anjali Venkataraman, the shadow foreign secretary, standing in for the Leader of the Opposition, asked whether the Prime Minister had “⟦p:b|gone abroad to avoid the weather or the questions⟧”.
“⟦d:a|I can assure the right honourable lady that the Prime Minister is doing the job he was elected to do,⟧” Baptiste-Hart said, “⟦d:a|which is more than can be said for some of the people opposite.⟧”
Venkataraman was back on her feet at once. “⟦d:b|The job he was elected to do was to fix the hospitals. How many of the fourteen has he —⟧”
“⟦d:c|Order. The chief secretary will stop heckling from a sedentary position,⟧” the Speaker, Dame Moira Llewellyn, interrupted, glaring at the Treasury bench.
“⟦d:b|— how many of the fourteen has he actually started?⟧”
Baptiste-Hart replied with a list of what he called “⟦p:a|shovel-ready projects⟧”, which drew loud jeers.
Government backbencher Kieran Duffy then asked, to laughter, whether the Deputy Prime Minister agreed that the opposition's health policy was “⟦p:d|a blank sheet of paper with a logo on it⟧”.
“⟦d:a|I couldn't have put it better myself,⟧” Baptiste-Hart replied.

### 037
@a Darnell Whitaker | The president's press secretary
@b Maria Esposito | a correspondent for the Capital Ledger
@c Kenji Watanabe | -
The president's press secretary, Darnell Whitaker, insisted on Tuesday that President Adaeze Okafor had "⟦p:a|no plans⟧" to fire her national security adviser, despite a week of reports to the contrary.
"⟦d:a|The president has confidence in her team. All of her team,⟧" Whitaker said at the daily briefing.
Maria Esposito, a correspondent for the Capital Ledger, asked: "⟦d:b|Does that include Mr. Lindqvist by name?⟧"
"⟦d:a|I just said all of her team, Maria. He's on the team.⟧"
Kenji Watanabe, of NTX News, followed up. "⟦d:c|Has the president spoken to him since the Sentinel story ran?⟧"
"⟦d:a|I'm not going to read out the president's call log,⟧" Whitaker said. "⟦d:a|Next question.⟧"
Later in the briefing, he dismissed the reporting as "⟦p:a|palace intrigue⟧" driven by "⟦p:a|people with axes to grind⟧".

### 038
@a Hyun-woo Park | the National Party's election co-ordinator
@b Fionnuala Dwyer | the Progressive Alliance's deputy leader
@c Marek Zieliński | Liberal Reform's president
@d - | One National Party candidate
@e Bethan Morgan-Lloyd | Presenter
10.41pm: The exit poll, published at 10pm, suggests the National Party will fall about 30 seats short of a majority. Here is how senior figures have reacted in the first forty minutes.
Hyun-woo Park, the National Party's election co-ordinator, urged caution. “⟦d:a|It's an exit poll. We've seen them be wrong before, and I'd rather wait for real votes in real boxes,⟧” he told our election night programme.
Fionnuala Dwyer, the Progressive Alliance's deputy leader, was visibly delighted. “⟦d:b|If that's anywhere near right, it's a remarkable night. But let's not count any chickens,⟧” she said.
Presenter Bethan Morgan-Lloyd asked her whether the party would seek a coalition. “⟦d:e|Would you talk to Liberal Reform tonight?⟧”
“⟦d:b|Not tonight. Tonight we wait for the results, and tomorrow we'll see where we are.⟧”
Liberal Reform's president, Marek Zieliński, said his party was “⟦p:c|ready for grown-up conversations⟧” with anyone who would have them.
One National Party candidate, texting us from a count in the Fens, was less measured: “⟦d:d|We're toast. Absolutely toast.⟧”

### 039
@a Bernard Quaye | the Father of the House
@b Maeve Quaye | His wife
Bernard Quaye, the Father of the House, is clearing out his office. Forty-one years of paper is going into black bin bags, and he is enjoying it more than he expected.
"⟦d:a|I found a letter from a constituent in 1986 complaining about a pothole. I went and checked last week. Same pothole,⟧" he says.
Quaye, 79, is standing down at the election. He says he has no regrets, then immediately lists several.
"⟦d:a:m|I should have resigned over the Harwell dam. I knew it was wrong, and I voted for it because I was a junior whip and I wanted to be a minister. I never became a minister. So I got the worst of both.⟧
"⟦d:a:m|The other thing is the hours. I missed my children growing up. You tell yourself it's for the country. Partly it is. Partly it's because the place is addictive.⟧
"⟦d:a|Maeve will tell you the rest.⟧"
His wife, Maeve Quaye, married to him for 52 years, does not. "⟦d:b|He says that every time. I've never told anyone the rest, and I'm not starting now,⟧" she says, laughing.
Asked what advice he would give a new MP, Quaye pauses for a long time. "⟦d:a|Answer your letters. All of them. Nobody remembers your speeches,⟧" he says. "⟦d:a|They remember that you wrote back.⟧"

### 040
@a Rachel Osborne | the county council's cabinet member for children and education
@b Lewis Bannerman | chairman of governors at Aldbrook Primary
@c - | one mother
@d Kezia Nwachukwu | The headteacher
Parents at Aldbrook Primary School have vowed to fight plans to close it next summer, after a heated consultation meeting at Shirehall on Wednesday.
Rachel Osborne, the county council's cabinet member for children and education, said falling rolls left the council “⟦p:a|with no good options⟧”.
“⟦d:a|Aldbrook has 41 children in a building designed for 210. Every empty place costs money that could be spent in a classroom somewhere else,⟧” she said.
Lewis Bannerman, chairman of governors at Aldbrook Primary, said the figures were “⟦p:b|out of date and misleading⟧”. “⟦d:b|Our reception class is full this year. The council's spreadsheet hasn't noticed,⟧” he said.
“⟦d:c|Where are our five-year-olds supposed to go? On a 40-minute bus, on their own?⟧” one mother asked, to applause.
The headteacher, Kezia Nwachukwu, said she was “⟦p:d|heartbroken but not surprised⟧”. She told the meeting: “⟦d:d|We've been told we're a wonderful school every year for ten years. Then suddenly we're a line in a budget.⟧”
Osborne said no final decision would be taken until the consultation closes on 14 March. “⟦d:a|I will read every response. I promise you that,⟧” she said.

### 041
@a Joaquim Tavares de Sá | The prime minister
@b Inês Barroso | leader of the opposition Social Movement
@c - | A government spokeswoman
@d Rui Cardoso | One of the two independents
PORTO VELHO DO SUL, March 14 (Continental Press Agency) — The government of Monte Alvar survived a vote of no confidence on Thursday by three votes, after two independent deputies switched sides at the last minute.
The prime minister, Joaquim Tavares de Sá, told the National Assembly before the vote: «⟦d:a|Não vou a lado nenhum⟧» («⟦d:a|I am not going anywhere⟧»).
Inês Barroso, leader of the opposition Social Movement, shouted across the chamber as the result was read: «⟦d:b|Isto é uma vergonha!⟧» — «⟦d:b|This is a disgrace!⟧»
She later called the result «⟦p:b|a victory bought in the corridors⟧». «⟦d:b|Three votes. Two of them changed overnight. Everyone in this country can count, and everyone can guess what was promised,⟧» she told reporters.
A government spokeswoman rejected the accusation as «⟦p:c|baseless and insulting to the deputies concerned⟧».
One of the two independents, Rui Cardoso, said he had voted «⟦p:d|for stability, not for the prime minister⟧».
«⟦d:d|I don't love this government. But an election in the middle of the harvest would be madness,⟧» he said.

### 042
@a Progressive Alliance | the party
@b Delroy Francis | the MP for Hatherleigh South
@c - | One colleague who has worked with Francis for a decade
The Progressive Alliance has suspended Delroy Francis, the MP for Hatherleigh South, pending an investigation into complaints about his conduct towards staff, the party said on Saturday.
"⟦d:a|The party takes all complaints extremely seriously. It would be inappropriate to comment further while an independent process is under way,⟧" the party said in a statement.
The Progressive Alliance added that the whip had been "⟦p:a|administratively suspended⟧", meaning Francis will sit as an independent while the inquiry continues.
Francis said he was "⟦p:b|shocked and saddened⟧" by the allegations, which he denies.
"⟦d:b|I have never knowingly treated anyone with anything other than respect. I will co-operate fully, and I look forward to clearing my name,⟧" he said in a post on social media.
One colleague who has worked with Francis for a decade said: "⟦d:c|I'm not going to prejudge it. But I will say there have been rumours for years, and nobody did anything.⟧"

### 043
@a Kenneth Obi-Matthews | the independent adviser on ministers' interests
@b Lucinda Graves | Prime Minister
@c Edwin Stroud | The communities secretary
@d Tariq Mahmood | the opposition's deputy leader
The communities secretary, Edwin Stroud, breached the ministerial code by failing to declare his stake in a property company that benefited from a government grant, the independent adviser on ministers' interests has found.
In a report published on Thursday, Sir Kenneth Obi-Matthews said the failure was “⟦p:a|serious, though not deliberate⟧”.
“⟦d:a|I do not find that Mr Stroud set out to conceal his interest. But a minister is responsible for knowing what he owns, and for telling his permanent secretary about it. That did not happen,⟧” he wrote.
Prime Minister Lucinda Graves said she accepted the findings and that Stroud had “⟦p:b|apologised fully⟧”. In a letter to the adviser, she wrote: “⟦d:b|I have considered your report carefully and have concluded that a public apology, rather than resignation, is the proportionate response.⟧”
Stroud said in a statement: “⟦d:c|I made a mistake, and I am sorry. I have now placed my shares in a blind trust.⟧”
Tariq Mahmood, the opposition's deputy leader, said the decision showed the code was “⟦p:d|not worth the paper it's printed on⟧”.
“⟦d:d|If breaking the rules costs you nothing but a letter, why would anyone follow them?⟧” he asked.

### 044
@a Morwenna Trelawney | The First Minister
@b Iolo Rhys-Thomas | the leader of the opposition
@c Huw Penberthy | The Presiding Officer
@d - | a member on the government benches
The First Minister, Morwenna Trelawney, was accused of ``⟦p:b|hiding behind a review⟧'' over waiting times for cancer treatment during a heated session of First Minister's Questions in the Marchland Assembly on Tuesday.
Iolo Rhys-Thomas, the leader of the opposition, told the chamber that one in three patients was waiting longer than the 62-day target. ``⟦d:b|Behind every one of those numbers is somebody lying awake at night. What does the First Minister say to them?⟧'' he asked.
``⟦d:a|I say to them that we are doing everything we can, and that the review I commissioned in January will report in the summer,⟧'' Trelawney replied.
``⟦d:b|Another review. The First Minister has commissioned more reviews than she has opened operating theatres. She is hiding behind a review, and patients are paying for it,⟧'' Rhys-Thomas said.
``⟦d:d|Cheap!⟧'' shouted a member on the government benches.
The Presiding Officer, Huw Penberthy, reminded members that ``⟦p:c|questions and answers should be heard in reasonable silence⟧''. ``⟦d:c|That includes the back rows,⟧'' he added.
Trelawney accused the opposition of ``⟦p:a|talking down our health service and the people who work in it⟧''.

### 045
@a Kemi Adeyinka | the Progressive Alliance candidate
@b Giles Harrington | the National Party candidate
@c Shauna O'Rourke | an independent and former paramedic
@d Thomas Ampofo | -
@e - | one woman in the third row
Around 200 people turned out at St Barnabas church hall in Northgate on Thursday evening to hear the three leading candidates for mayor of Harbourside set out their stalls.
The evening was chaired by the Rev Thomas Ampofo, who asked for "⟦p:d|good manners and short answers⟧" and got, mostly, the former.
The first question came from one woman in the third row: "⟦d:e|My son is 31 and still lives with me because he can't afford the rent. What will you actually do about it?⟧"
Kemi Adeyinka, the Progressive Alliance candidate, promised 5,000 council homes in four years. "⟦d:a|Not affordable homes, which aren't. Council homes, at council rents,⟧" she said.
Giles Harrington, the National Party candidate, said that figure was "⟦p:b|a fantasy⟧". "⟦d:b|Where's the land? Where's the money? I'd rather promise two thousand and build them,⟧" he said.
Shauna O'Rourke, an independent and former paramedic, said both parties had run the city "⟦p:c|like a family firm⟧" for thirty years. "⟦d:c|I'm not promising you a number. I'm promising you that nobody at the town hall will owe their job to me,⟧" she said, to the loudest applause of the night.
Ampofo brought proceedings to a close shortly before nine. "⟦d:d|I'm told the caretaker wants to lock up, and I am more frightened of her than of any of the candidates,⟧" he said.

### 046
@a Sebastián Ocampo | Alcantara's foreign minister
@b Ruth Abara | The opposition leader
@c - | a fisherman
Sebastián Ocampo, Alcantara's foreign minister, has spent six months negotiating the Tazir fisheries treaty, which parliament votes on next week. He spoke to the Meridian Review in Puerto Sal. The interview has been edited for length and clarity.
Q: The opposition leader, Ruth Abara, has called the treaty “⟦p:b|a surrender dressed as a compromise⟧”. Is she wrong?
A: She is wrong, and she knows it. When she was in government she said — I wrote it down — “⟦d:b|Any deal with Tazir is better than no deal at all.⟧” This is a better deal than any she could have got.
Q: Fishing communities in the south say they were not consulted.
A: We held forty meetings. I attended eleven myself. In Caleta Honda a fisherman told me, “⟦d:c|Minister, you are going to sell us for a trade agreement.⟧” I told him: “⟦d:a|Read the text, and then tell me where.⟧” He called me a week later and said, “⟦d:c|I read it. It's not as bad as I thought.⟧” That is the most a minister can hope for.
Q: Will the treaty pass?
A: I think so. If not, I will go back to Tazir and start again. That is the job.

### 047
@a Nkechi Obiora | the MP for Wendle Vale
@b - | A National Party spokesperson
@c Ewan Sutherland | The Liberal Reform leader
Nkechi Obiora, the MP for Wendle Vale, defected from the National Party to Liberal Reform on Monday, walking across the chamber during a debate on farm subsidies and taking a seat on the Liberal Reform benches.
In a letter to constituents published shortly afterwards, she said the National Party had become “⟦p:a|unrecognisable⟧” to her.
“⟦d:a|I joined a party of enterprise, tolerance and sound money. I look at it now and I see a party that has lost its nerve and its compass,⟧” she wrote.
The Liberal Reform leader, Ewan Sutherland, greeted her with a handshake behind the Speaker's chair. “⟦d:c|Nkechi is a brilliant MP and a brave one. She is the first, and I don't think she'll be the last,⟧” he said.
A National Party spokesperson said Obiora should “⟦p:b|do the decent thing⟧” and call a by-election. “⟦d:b|The people of Wendle Vale voted for a National Party MP. If she wants to be something else, she should ask them first,⟧” the spokesperson said.
She is the third MP this year to join what Westminster wags have taken to calling the “⟦s:-|Crossing Club⟧”.

### 048
@a Hamish Corrigan | The justice secretary
@b Adwoa Mensah | Channel 7's political editor
@c Ministry of Justice | -
The justice secretary, Hamish Corrigan, walked out of a live television interview on Wednesday evening after being pressed on the early release of prisoners.
Channel 7's political editor, Adwoa Mensah, began by asking how many of the 2,100 offenders released early in September had since been rearrested.
"⟦d:a|I'm not going to give you a figure off the top of my head, Adwoa —⟧"
"⟦d:b|Your department gave it to us this afternoon. It's 214. Were you aware of that?⟧"
"⟦d:a|I was aware that you had a number, yes.⟧"
"⟦d:b|So is 214 acceptable?⟧"
Corrigan unclipped his microphone. "⟦d:a|I came here to talk about the prison building programme. If you don't want to talk about that, I've got other places to be,⟧" he said, and left the studio.
"⟦d:b|The justice secretary there, leaving,⟧" Mensah told viewers.
The Ministry of Justice later said the figure was "⟦p:c|broadly in line with normal reoffending rates⟧" and accused the programme of "⟦p:c|an ambush⟧".

### 049
@a Olumide Adesanya | The chief constable of Greater Harwick Police
@b Yvonne Kettering | a Progressive Alliance member of the committee
@c Raj Patel-Whitmore | The committee's chair
The chief constable of Greater Harwick Police, Olumide Adesanya, has admitted that officers took “⟦p:a|far too long⟧” to respond to reports of disorder in Castlegate last August.
Giving evidence to the Home Affairs Committee on Tuesday, Adesanya said: “⟦d:a|For nearly two hours, people in Castlegate called us and we did not come in the numbers they needed. I am not going to dress that up.⟧”
Yvonne Kettering, a Progressive Alliance member of the committee, asked whether he had considered resigning. “⟦d:b|Two hours, chief constable. Shops burned. If that happened in any other organisation, someone would go. Why not you?⟧”
“⟦d:a|Because I think I'm the right person to fix it. If the police and crime commissioner disagrees, that's her call, not mine.⟧”
The committee's chair, Raj Patel-Whitmore, turned to the control room. “⟦d:c|How many call handlers were on duty that night?⟧”
“⟦d:a|Fourteen. We should have had twenty-two.⟧”
“⟦d:c|And why didn't you?⟧”
“⟦d:a|Sickness, vacancies and a rota that hadn't been updated since the pandemic. None of which is an excuse.⟧”

### 050
@a Trevor Bagshaw | chair of Oldcastle Town Council
@b Anita Dhillon | the only Green on the council
@c - | a man at the back of the room
@d - | another resident
@e Maureen Plumb | The town clerk
A meeting of Oldcastle Town Council descended into chaos on Tuesday night as residents protesting against the sale of the Memorial Gardens repeatedly interrupted proceedings.
Trevor Bagshaw, chair of Oldcastle Town Council, warned three times that he would clear the public seats. "⟦d:a|This is a meeting held in public, not a public meeting. There is a difference, and I'd ask you to respect it,⟧" he said.
"⟦d:c|It's our park!⟧" shouted a man at the back of the room.
"⟦d:d|You lot are selling off the war memorial!⟧" added another resident.
"⟦d:a|Nobody is selling the war memorial. The memorial stays exactly where it is,⟧" Bagshaw replied.
Anita Dhillon, the only Green on the council, asked for the item to be deferred. "⟦d:b|If this many people have come out on a wet Tuesday, I think we owe them another look,⟧" she said.
The town clerk, Maureen Plumb, advised that a motion to defer had to be seconded. When nobody seconded it, there were shouts of "⟦d:-|Cowards!⟧" from the gallery.
"⟦d:e|Chair, I'd advise a short adjournment,⟧" Plumb said, as two police officers appeared at the door.

### 051
@a Anneliese Brückner | managing director of the Global Monetary Fund
@b Rahul Banerjee | Indrapura's finance minister
@c Gonzalo Ibáñez | Carrenza's finance minister
@d - | The final statement
@e - | one official
SANT ALEIX (Northern Wire) — Finance ministers from the G14 ended two days of talks on Saturday with a statement warning of “⟦p:d|elevated risks to the global outlook⟧” but little agreement on what to do about them.
Anneliese Brückner, managing director of the Global Monetary Fund, told reporters that trade tensions were now “⟦p:a|the single biggest threat⟧” to growth. “⟦d:a|We are seeing the effects already, in investment and in shipping. If this continues, everyone loses, and the poorest lose most,⟧” she said.
Carrenza's finance minister, Gonzalo Ibáñez, who hosted the meeting, said the discussions had been “⟦p:c|frank⟧”. Asked whether that was a diplomatic word for acrimonious, he smiled. “⟦d:c|Frank means frank. Nobody threw anything,⟧” he said.
Indrapura's finance minister, Rahul Banerjee, accused rich countries of “⟦p:b|lecturing us about debt while raising their own tariffs⟧”. “⟦d:b|You cannot ask us to open our markets on Monday and close yours on Tuesday,⟧” he told a separate briefing.
The final statement said ministers would “⟦p:d|continue to work together⟧” — a phrase one official described as “⟦p:e|the diplomatic equivalent of a shrug⟧”.

### 052
@a Julian Fotheringham | National MP
@b Sheila Crabtree | Neighbour
@c - | Another neighbour, who did not want to be named
@d - | A spokesman for the MP
@e Parliamentary Standards Authority | The expenses watchdog
A NATIONAL MP claimed £11,400 of taxpayers' money for a "⟦s:-|second home⟧" that neighbours say he has never slept in, the Daily Beacon can reveal.
National MP Julian Fotheringham, 56, designated a two-bedroom flat in Cresswell as his main residence for expenses purposes — but locals say the lights are never on.
Neighbour Sheila Crabtree, 67, said: "⟦d:b|I've lived opposite that flat for nine years and I've seen him twice. Once was to put a For Sale sign up.⟧"
Another neighbour, who did not want to be named, said: "⟦d:c|The only thing that lives there is the post.⟧"
A spokesman for the MP said: "⟦d:d|Mr Fotheringham has followed the rules at all times. All claims were made in accordance with the guidance and approved by the authority.⟧"
The expenses watchdog, the Parliamentary Standards Authority, said it "⟦p:e|does not comment on individual cases⟧" but would "⟦p:e|look carefully at any new information⟧".
When the Beacon knocked on the door of his family home in the Vale of Ashby, Fotheringham said: "⟦d:a|I've nothing to say to you. Get off my drive.⟧"

### 053
@a Mereana Tāwhiri | the Greens' spokeswoman on indigenous affairs
@b Clive Henderson-Moir | the minister for regional development
@c Anne-Marie Fogarty | the Senate President
@d - | one opposition senator
A bill handing control of the Kōwhai river catchment to a joint iwi and government board passed the Senate on Thursday night by 38 votes to 34, after a debate lasting almost eleven hours.
Mereana Tāwhiri, the Greens' spokeswoman on indigenous affairs, opened her speech in te reo Māori: “⟦d:a|Ko au te awa, ko te awa ko au⟧” — “⟦d:a|I am the river, and the river is me⟧”.
“⟦d:a|My grandmother said those words to me when I was six, standing in that water. Tonight this chamber has finally understood them,⟧” she said.
Clive Henderson-Moir, the minister for regional development, said the board would be “⟦p:b|a model for the whole country⟧”. “⟦d:b|This is not about taking anything away from anyone. Farmers will still farm, anglers will still fish. It's about who makes the decisions,⟧” he said.
Opposition senators tried repeatedly to adjourn the debate. “⟦d:c|Senators will resume their seats. We are not adjourning at this hour on a procedural trick,⟧” the Senate President, Anne-Marie Fogarty, ruled at one point.
“⟦d:d|This bill was written in a hurry and it will be regretted at leisure,⟧” said one opposition senator as the result was declared.

### 054
@a Mathilde Rouvier | leader of the Oui campaign
@b Étienne Favre | the canton's president
@c Lucas | a 23-year-old student who gave only his first name
SÉRAC, June 11 (Continental Press Agency) — With four days to go before Haut-Varenne votes on whether to leave the Confederation, both sides packed squares in the cantonal capital on Wednesday night.
At the Oui rally in the Place du Marché, supporters waved banners reading «⟦s:-|Notre canton, notre choix⟧» as Mathilde Rouvier, leader of the Oui campaign, took the stage.
«⟦d:a|On nous dit que nous sommes trop petits. Je dis que nous sommes assez grands pour décider,⟧» she told the crowd. «⟦d:a|They tell us we are too small. I say we are big enough to decide.⟧»
Lucas, a 23-year-old student who gave only his first name, said: «⟦d:c|For my grandparents this was a dream. For me it's just common sense.⟧»
Across the river, the canton's president, Étienne Favre, told a smaller but equally noisy Non rally that independence would be «⟦p:b|a leap into fog⟧».
«⟦d:b|I love this canton as much as anyone in this square. That is exactly why I will not gamble with its pensions, its hospitals and its jobs,⟧» he said, as the crowd chanted «⟦s:-|Res-tons en-sem-ble!⟧».

### 055
@a Tomasz Wierzbicki | the foreign secretary
@b Adaora Nnamdi | the home secretary
@c - | A spokesman for the Wierzbicki campaign
@d Ellis Carmody | The former chancellor
@e - | One backbencher who has not yet declared
The former chancellor Ellis Carmody endorsed Adaora Nnamdi for the National Party leadership on Tuesday, handing the home secretary her biggest boost of the contest so far.
In an article for the Courier, Carmody wrote: “⟦d:d|Adaora is the only candidate who has set out how she would pay for what she promises. In a contest full of wish lists, that is not a small thing.⟧”
Nnamdi, the home secretary, said she was “⟦p:b|honoured⟧”. “⟦d:b|Ellis ran the Treasury through the hardest years this country has seen in a generation. When he says the numbers add up, people listen,⟧” she said.
Her rival, Tomasz Wierzbicki, the foreign secretary, who has the support of 64 MPs to Nnamdi's 58, played down the endorsement.
“⟦d:a|I'm delighted for Adaora. But this contest will be decided by members, not by former chancellors,⟧” he told reporters in Fenborough.
A spokesman for the Wierzbicki campaign was more pointed, noting that Carmody had presided over “⟦p:c|the biggest tax rises in seventy years⟧”.
One backbencher who has not yet declared said the endorsement “⟦p:e|changes the weather, not the climate⟧”.

### 056
@a Branwen Ellis-Hughes | The leader of the opposition
@b Sanjay Raman | presenter
@c - | A National Party spokesman
The leader of the opposition, Branwen Ellis-Hughes, was repeatedly pressed on Tuesday morning to say how her party would pay for its pledge to scrap university tuition fees.
Appearing on Radio Meridian's Morning Briefing, she told presenter Sanjay Raman that the £9bn policy would be funded by "⟦p:a|closing loopholes that should never have been opened⟧".
"⟦d:b|Which loopholes? Name one,⟧" Raman said.
"⟦d:a|Non-dom status, for a start. Carried interest. The —⟧"
"⟦d:b|Those raise about three billion between them, by your own figures. Where's the other six?⟧"
"⟦d:a|Sanjay, you've been doing this job long enough to know that costings aren't done on the radio at eight in the morning.⟧"
"⟦d:b|But the policy was announced on the radio at eight in the morning. Yesterday. By you.⟧"
There was a pause. "⟦d:a|Touché,⟧" Ellis-Hughes said. "⟦d:a|The full costings will be published alongside the manifesto. Every penny.⟧"
A National Party spokesman said the interview had been "⟦p:c|excruciating⟧".

### 057
@a Percival Onyango-Smith | The Leader of the House
@b Bronagh McAteer | The shadow Leader of the House
@c Clement Ashby-Forde | the veteran member for Lower Dunsby
Business questions on a Thursday are the House's village fete: a little of everything, nobody in a hurry, and at least one competitive vegetable.
This week the vegetable was supplied by the veteran member for Lower Dunsby, Sir Clement Ashby-Forde, who asked for a debate on the ``⟦p:c|scandalous decline⟧'' of the county's marrow shows.
``⟦d:c|In my youth a marrow of forty pounds was unremarkable. Today a man is lucky to see twenty,⟧'' he said, gravely.
The Leader of the House, Percival Onyango-Smith, kept a straight face for almost the whole of his answer. ``⟦d:a|I shall draw my right honourable friend's concerns to the attention of the environment secretary, who I know shares his passion for the larger vegetable,⟧'' he said.
The shadow Leader of the House, Bronagh McAteer, was less whimsical. ``⟦d:b|We have had four Thursdays of announcements and not one vote. When will the government bring the Renters Bill back?⟧'' she asked.
``⟦d:a|In due course,⟧'' said Onyango-Smith.
``⟦d:b|He said that in March,⟧'' McAteer replied.
``⟦d:a|And it remains true,⟧'' he said, to the sound of an opposition despairing.

### 058
@a Dimitri Kallas | The Mayor of Kingsmere
@b Chloé Armand-Baptiste | -
@c Stanisław Borek | a National Party assembly member
The Mayor of Kingsmere, Dimitri Kallas, was accused of “⟦p:b|quietly abandoning⟧” his promise to freeze tram fares, at a fractious Mayor's Question Time on Thursday.
Chloé Armand-Baptiste, who chairs the assembly's transport committee, read from his manifesto. “⟦d:b|You promised to freeze fares for four years. Fares went up in January. Which part of that was a freeze?⟧”
“⟦d:a|The freeze applied to single fares, which are frozen. The daily cap went up by 20p, and that was unavoidable given the settlement we got from government,⟧” Kallas said.
“⟦d:b|So it's a freeze with the heating on.⟧”
Stanisław Borek, a National Party assembly member, said tram users were “⟦p:c|paying more for less⟧”. “⟦d:c|Trams every twelve minutes on the Eastline at rush hour. Twelve! In a city this size!⟧” he said.
Kallas shot back: “⟦d:a|I'd take lectures on transport funding more seriously from a party whose government cut our grant by a third.⟧”

### 059
@a Li Wenjun | Hesan's foreign minister
@b Amadou Diallo | His counterpart from Keruvia
@c - | A reporter from Keruvian state television
Hesan and Keruvia signed a 20-year agreement on port access in Tamaré on Tuesday, as the two countries' foreign ministers insisted the deal carried "⟦p:a|no military dimension⟧".
Hesan's foreign minister, Li Wenjun, speaking through an interpreter, said the agreement was "⟦p:a|purely commercial⟧". "⟦d:a|Keruvian ports will handle Hesani goods. Hesani engineers will help modernise them. That is all,⟧" he said.
His counterpart from Keruvia, Amadou Diallo, said the deal would create "⟦p:b|thousands of jobs⟧" in the port city of Saint-Ary. "⟦d:b|We are a sovereign country. We sign agreements with whoever offers us the best terms,⟧" he said.
A reporter from Keruvian state television asked: "⟦d:c|Will Hesani naval vessels be allowed to dock at Tamaré?⟧"
Li paused, and conferred briefly with an aide. "⟦d:a|The agreement covers commercial vessels. I have nothing to add,⟧" he said.
Diallo added: "⟦d:b|Keruvia decides who docks in Keruvia. Nobody else.⟧"

### 060
@a Naledi Mokoena | The Prime Minister
@b Fraser Calloway | a friend of thirty years
@c Dominic Searle | the Liberal Reform MP who shared a flat with him for a decade
@d Arthur Penrose | the member for Saltash Fields
The Commons fell silent on Monday as MPs paid tribute to Arthur Penrose, the member for Saltash Fields, who died on Friday aged 64 after a short illness.
The Prime Minister, Naledi Mokoena, said he had been “⟦p:a|a parliamentarian to his fingertips⟧”. “⟦d:a|Arthur disagreed with me about almost everything, and he was kinder to me than almost anyone in this building,⟧” she said.
The Leader of the Opposition, Fraser Calloway, a friend of thirty years, struggled to finish his speech. “⟦d:b|He was the first person to ring me when I lost my seat in 2015, and the first person to ring me when I won it back. He never mentioned either call again,⟧” Calloway said.
Dominic Searle, the Liberal Reform MP who shared a flat with him for a decade, read from Penrose's maiden speech of 1997: “⟦d:d|I did not come here to be important. I came here to be useful, and I shall try to remember the difference.⟧”
“⟦d:c|He did remember it. Every day,⟧” Searle said, before sitting down, visibly moved.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh116.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh116",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
