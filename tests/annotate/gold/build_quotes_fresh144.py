# ruff: noqa: E501
"""Build ``quotes_fresh144.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with heckles and interruptions, select
committee and confirmation hearings, broadcast and radio interviews in which
presenters press ministers, campaign trail and hustings reports, lobby briefings by
spokespeople, council meetings, leadership contests, leaks and unnamed sources,
summits and foreign ministers' press conferences, written up as wire, broadsheet,
tabloid, local-paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh144-NNN``.

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
  it (``Independent candidate Piet van der Berg, a dairy farmer``): the appositive is
  the description. A title before the name alone (``Prime Minister Edvard
  Lindqvist``, ``shadow transport secretary …``, ``presenter …``) is the description;
  so is a title set before the name with a comma (``the Speaker, Hamid Qureshi``).
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description at a cue (``the minister``, ``the 52-year-old``),
  that description is taken.
* A non-restrictive relative clause after an appositive (``a senior backbencher, who
  asked not to be named``) is not part of the description; a restrictive one is.
* An organisation's name is taken as written without a leading article (``the
  Treasury said`` → ``Treasury``); its description is a definite description used at
  a cue (``the party said``), else null.
* A heckle or shout from one identified-but-unnamed person (``one backbencher
  shouted``) is ``direct`` with a null speaker and that description. A word or slogan
  shouted or chanted in unison by a bench, a hall or a crowd (``opposition MPs
  chanted``) is ``scare``.
* A journalist's or presenter's question is that journalist's speech (named or not);
  questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null.
* Words quoted from a minute, report or ruling are the speech of the person or body the
  passage says they are from (``the committee wrote``); fragments from an unattributed
  document are ``partial`` with a null speaker.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh144.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh144.jsonl")

PASSAGES = """
### 001
@a Renata Vasquez-Holm | opposition leader
@b Edvard Lindqvist | Prime Minister
@c Hamid Qureshi | the Speaker
@d - | one backbencher
CALDERRA, March 4 (Meridian Wire) - Prime Minister Edvard Lindqvist clashed with opposition leader Renata Vasquez-Holm over hospital waiting lists on Wednesday, in one of the rowdiest question sessions of the parliamentary term.
"⟦d:a|The Prime Minister promised in this chamber, eleven months ago, that no patient would wait more than a year for surgery. Today forty thousand do. Which part of that promise does he still stand by?⟧" Vasquez-Holm asked.
Lindqvist replied that waiting lists had "⟦p:b|turned the corner⟧" and accused her of "⟦p:b|talking down the nurses and doctors who are working flat out⟧".
"⟦d:b|The honourable lady has discovered the health service the week before a by-election—⟧" he began, before being drowned out by jeers from the opposition benches.
"⟦d:c|Order! Order! The Prime Minister will be heard,⟧" said the Speaker, Hamid Qureshi. "⟦d:c|Members who do not wish to hear him are welcome to leave.⟧"
"⟦d:d|Answer the question!⟧" one backbencher shouted.
Lindqvist continued: "⟦d:b|As I was saying, Mr Speaker, we have put two billion into elective surgery, and she voted against every penny of it.⟧"
Rising for her final question, Vasquez-Holm held up a letter from a constituent who has waited 19 months for a hip replacement. "⟦d:a|Her name is Eileen. She is 81. She wrote to me because she says the Prime Minister doesn't answer his post,⟧" she said. "⟦d:a|Will he write back to her today?⟧"
"⟦d:b|I will be delighted to write to her, and to explain what her party did to the health service when it was last in office,⟧" Lindqvist said, to cheers from his own side.
Qureshi suspended the sitting for ten minutes shortly afterwards, when a member of the public threw leaflets from the gallery onto the floor of the chamber.

### 002
@a Margarethe Oduya | the committee's chair
@b Colin Featherstone | permanent secretary at the Ministry of Regional Transport
@c Niamh Corrigan | a Liberal Union member of the committee
The most senior civil servant at the Ministry of Regional Transport was accused by the chair of a parliamentary committee yesterday of "⟦p:a|treating parliament as an inconvenience⟧", after admitting that he had known for six months that the Eastline rail upgrade would run £1.4bn over budget.
Colin Featherstone, permanent secretary at the Ministry of Regional Transport, told the public accounts committee that ministers had been informed "⟦p:b|in general terms⟧" in the autumn.
"⟦d:a|In general terms,⟧" repeated the committee's chair, Margarethe Oduya. "⟦d:a|Mr Featherstone, £1.4bn is not a general term. It is a very specific number. When did the secretary of state see it?⟧"
"⟦d:b|I would have to check the precise date of the submission,⟧" he said.
"⟦d:a|You don't know?⟧"
"⟦d:b|I don't want to mislead the committee by guessing.⟧"
Niamh Corrigan, a Liberal Union member of the committee, asked whether the figure had been kept out of the spending review deliberately. Featherstone said that was "⟦p:b|categorically not the case⟧".
"⟦d:c|Then why,⟧" Corrigan said, "⟦d:c|does the review published in November describe the project as on budget? Somebody signed that off, Mr Featherstone. Who was it?⟧"
After a long pause, the permanent secretary conceded: "⟦d:b|With hindsight, the wording in that document was unfortunate.⟧"
Oduya closed the session by telling him that the committee would write to the secretary of state "⟦p:a|this afternoon, not next month⟧".

### 003
@a Aled Pryce | Radio Vale presenter
@b Sunita Bhardwaj | Housing Minister
@c Gethin Morgan-Rees | the shadow housing minister
@d - | A spokesperson for the ministry
Housing Minister Sunita Bhardwaj struggled this morning to say how many of the government's promised 50,000 affordable homes had actually been finished, in a tense exchange on the Morning Briefing programme.
Radio Vale presenter Aled Pryce asked her the same question five times.
“⟦d:a|It's a simple question, minister. How many have been built?⟧”
“⟦d:b|Well, Aled, what I'd say is that we have more homes in the pipeline than at any point in the last decade—⟧”
“⟦d:a|That's not what I asked.⟧”
“⟦d:b|—and I think your listeners understand that you don't build a home overnight.⟧”
Pryce then read out a figure from the ministry's own quarterly statistics, which put completions at 6,210. Bhardwaj said she would “⟦p:b|not get into a numbers game⟧” but did not dispute it.
“⟦d:a|So that's about one in eight, with fourteen months to go?⟧” he said.
“⟦d:b|I'm not going to accept your framing, but yes, we need to go faster, and we will.⟧”
Within minutes, the shadow housing minister, Gethin Morgan-Rees, posted: “⟦d:c|Six thousand out of fifty. Even the minister couldn't bring herself to say it out loud.⟧”
A spokesperson for the ministry said afterwards: “⟦d:d|The minister was clear that delivery is accelerating, and the next quarterly figures will show exactly that.⟧”

### 004
@a Ngozi Adeyemi-Clarke | vicar of St Aldate's
@b Declan Murtagh | Forward candidate
@c Piet van der Berg | a dairy farmer from Lowick
@d - | one man at the back of the hall
@e - | a woman in the front row
More than 200 people crammed into Brackenfold village hall on Thursday night for the only hustings of the Vale and Brackenfold by-election campaign, and they had not come to be polite.
The chair, Ngozi Adeyemi-Clarke, vicar of St Aldate's, opened with a warning. "⟦d:a|I know feelings run high about the bypass. Please let the candidates finish their answers, and please, no throwing things,⟧" she said, to laughter.
The bypass was the first question, and the last. Forward candidate Declan Murtagh said he would "⟦p:b|fight tooth and nail⟧" against the route through Hollin Woods.
"⟦d:e|You voted for it on the county council!⟧" shouted a woman in the front row.
"⟦d:b|I voted for the principle of a bypass, not for this route,⟧" Murtagh replied. "⟦d:b|There's a difference, and I've been consistent about it.⟧"
Agrarian League candidate Piet van der Berg, a dairy farmer from Lowick, said the road would cut his land in two. "⟦d:c|I'm not a politician. I'm standing because nobody asked us,⟧" he said. "⟦d:c|Not once. Not the council, not the ministry, not Mr Murtagh.⟧"
"⟦d:d|Hear, hear!⟧" called one man at the back of the hall.
Asked by Adeyemi-Clarke to say in one sentence what they would do in their first week, Murtagh promised to "⟦p:b|table a motion to pause the scheme⟧", while Van der Berg said simply: "⟦d:c|Go to the capital and make a nuisance of myself.⟧"
The evening ended, as the chair had hoped, without anything being thrown.

### 005
@a - | the Prime Minister's official spokesman
@b - | one journalist
@c - | another reporter
@d Yusuf Demir | the embattled energy secretary
The Prime Minister retains “⟦p:a|full confidence⟧” in the embattled energy secretary, Yusuf Demir, the Prime Minister's official spokesman said on Monday, despite reports that Demir had used a private email account for government business.
“⟦d:a|The Prime Minister has spoken to the energy secretary. He has assured him that all the relevant rules were followed, and the Prime Minister accepts that,⟧” the spokesman told the regular lobby briefing.
Asked whether the cabinet secretary would investigate, he said: “⟦d:a|I'm not aware of any investigation, and I'm not going to speculate about one.⟧”
“⟦d:b|Has the Prime Minister seen the emails?⟧” one journalist asked.
“⟦d:a|Not that I'm aware of.⟧”
“⟦d:c|So how can he know the rules were followed?⟧” another reporter pressed.
“⟦d:a|Because the secretary of state has told him so, and he takes him at his word.⟧”
Demir himself dismissed the story on Sunday as “⟦p:d|a fishing expedition⟧” and said he had “⟦p:d|nothing whatsoever to hide⟧”.
The spokesman would not be drawn on whether the emails would be handed to the information commissioner. “⟦d:a|That's a matter for the department,⟧” he said, and moved on to the next question.

### 006
@a Imogen Thackeray | the former foreign secretary
@b Yasmin Haddad | a 41-year-old backbencher from Tolleston North
@c Rhys Elwood | the moderator
@d - | one party member in the audience
The two women vying to lead the Commonwealth Party finally met on the same stage on Tuesday night, and for ninety minutes in a Sallowby conference centre the polite phase of the contest was over.
Imogen Thackeray, the former foreign secretary, and Yasmin Haddad, a 41-year-old backbencher from Tolleston North, had spent three weeks avoiding each other's names. That lasted about four minutes.
“⟦d:c|Ms Thackeray, you were in the cabinet for eight years. Why should members believe you'd do anything differently?⟧” asked the moderator, Rhys Elwood.
“⟦d:a|Because I've seen, from the inside, what doesn't work,⟧” Thackeray said. “⟦d:a|I'm the only candidate on this stage who has actually had to take these decisions.⟧”
Haddad pounced. “⟦d:b|And the only candidate who took the wrong ones,⟧” she said, to applause from parts of the hall.
Thackeray, visibly irritated, replied: “⟦d:a|That's a good line. I'm sure it tested well.⟧”
Haddad's pitch, repeated so often that some in the audience began mouthing it along with her, is for “⟦p:b|a party that looks like the country again⟧”.
The sharpest moment came from the floor. “⟦d:d|Eleven thousand of us have torn up our cards since the election. What will either of you do to get them back?⟧” asked one party member in the audience.
“⟦d:b|Ask them back, and mean it,⟧” Haddad said.
Thackeray said the party had to “⟦p:a|earn the right to be listened to⟧” before it asked for anything. Ballots go out to members next week.

### 007
@a Aurélie Marchetti | Vellonian Foreign Minister
@b Stanislav Rudnev | her Dravian counterpart
@c - | a reporter from Dravian state television
ESCAUT, 12 June (Meridian Wire) - Talks between Vellonia and Dravia on gas transit ended on Thursday without agreement, but both sides said they would meet again.
«⟦d:a|Nous avons avancé, mais nous ne sommes pas arrivés,⟧» Vellonian Foreign Minister Aurélie Marchetti told a joint press conference. «⟦d:a|We have moved forward, but we have not arrived.⟧»
Her Dravian counterpart, Stanislav Rudnev, speaking through an interpreter, said the two sides had discussed only energy. «⟦d:b|The border question is not on the table. It was never on the table,⟧» he said. «⟦d:b|We came to talk about gas, and we talked about gas.⟧»
Officials had spent the morning playing down hopes of a breakthrough on the so-called «⟦s:-|northern corridor⟧», the pipeline route that has divided the two governments for a decade.
«⟦d:c|Minister, will you meet again before the winter?⟧» a reporter from Dravian state television asked Rudnev.
«⟦d:b|If the Vellonian side is ready, we are ready,⟧» he replied.
Marchetti, asked the same question moments later, smiled. «⟦d:a|I think my colleague has already answered for both of us,⟧» she said.
No date was set for the next round.

### 008
@a Bronwen Aspinall | leader of Harrowgate Borough Council
@b Kwabena Mensah | Independent group leader
@c Dorothy Fennimore | The mayor
@d - | a resident in the public gallery
Councillors voted 31-24 on Tuesday night to close four of Harrowgate's nine libraries, after a stormy meeting that was twice suspended because of shouting from the public gallery.
"⟦d:a|Nobody came into local politics to close libraries,⟧" said Cllr Bronwen Aspinall, leader of Harrowgate Borough Council. "⟦d:a|But we have a £19 million hole in next year's budget, and I won't stand here and pretend otherwise.⟧"
"⟦d:d|Shame on you!⟧" shouted a resident in the public gallery.
The mayor, Cllr Dorothy Fennimore, who was chairing the meeting, warned that she would clear the gallery "⟦p:c|if there is one more interruption of any kind⟧". There were several more.
Independent group leader Kwabena Mensah accused the administration of "⟦p:b|balancing the books on the backs of children and pensioners⟧".
"⟦d:b|Every one of these buildings has a queue outside it on a Saturday morning,⟧" he said. "⟦d:b|Go and stand in that queue, leader. Go and tell them.⟧"
Aspinall said the council would help volunteers take over the buildings under a "⟦s:-|community-managed⟧" model, which opposition councillors dismissed as closure by another name.
As councillors left the chamber, around 60 protesters on the town hall steps chanted "⟦s:-|Books not cuts⟧".
"⟦d:c|I have chaired a lot of meetings in this room,⟧" Fennimore said afterwards. "⟦d:c|That was not one of the easier ones.⟧"

### 009
@a Oliver Ashdown-Pike | transport minister
@b Jessamy Crewe | His special adviser
@c - | a source close to the minister
@d Farhan Qadir | shadow transport secretary
@e - | A government spokeswoman
@f Darlene Hobbs | a care worker who spent nine hours on a stranded train outside Kestleigh Junction
SHAMED transport minister Oliver Ashdown-Pike mocked stranded commuters as "⟦p:a|whingers⟧" in a string of leaked messages seen by the Daily Courier.
In one message, sent as thousands were trapped on trains during last month's Storm Edda chaos, the 38-year-old wrote: "⟦d:a|Honestly if they want a train that runs on time they can move somewhere sunny lol.⟧"
His special adviser, Jessamy Crewe, replied minutes later: "⟦d:b|Pls don't put that in writing.⟧"
In another, Ashdown-Pike told colleagues: "⟦d:a|Not doing the station visit. Too many cameras, too many whingers.⟧"
Last night a source close to the minister insisted the messages had been "⟦p:c|taken completely out of context⟧" and were "⟦p:c|gallows humour between colleagues at the end of a very long day⟧".
But shadow transport secretary Farhan Qadir fumed: "⟦d:d|These are people who slept on station floors with their kids. He thinks it's a joke. He should be gone by the weekend.⟧"
A government spokeswoman said: "⟦d:e|The minister has apologised for the tone of the messages and the matter is now closed.⟧"
It is not closed for Darlene Hobbs, 54, a care worker who spent nine hours on a stranded train outside Kestleigh Junction. "⟦d:f|Whinger? I'd like to see him do a double shift after that,⟧" she told the Courier.

### 010
@a Marguerite Osei-Bonsu | presenter
@b Tobias Reinholt | Chancellor
@c Treasury | -
Chancellor Tobias Reinholt refused six times on Sunday to rule out a rise in fuel duty in next month's budget, in a combative interview on The Sunday Desk.
``⟦d:a|Will fuel duty go up, yes or no?⟧'' presenter Marguerite Osei-Bonsu asked.
``⟦d:b|I'm not going to write the budget live on your programme, Marguerite,⟧'' Reinholt said.
``⟦d:a|You've written a good chunk of it in the newspapers this week.⟧''
``⟦d:b|That's not fair, and I think you know it's not fair.⟧''
He said his priority was ``⟦p:b|a steady hand on the tiller⟧'' and that working families would ``⟦p:b|not be asked to carry the load⟧''.
Osei-Bonsu then asked: ``⟦d:a|If families aren't carrying the load, who is?⟧''
After a long pause, Reinholt said: ``⟦d:b|Those with the broadest shoulders. I've always said that, and I'll keep saying it.⟧''
The Treasury later said in a statement that the chancellor had ``⟦p:c|set out his approach clearly⟧'' and would ``⟦p:c|not be drawn into speculation⟧''.
### 011
@a Gideon Mwangi-Hart | the nominee for attorney general
@b Dolores Achterberg | the committee's ranking member
@c Kalani Akana | The committee chairman
@d - | one protester
Gideon Mwangi-Hart, the nominee for attorney general, declined on Tuesday to say whether he would step aside from an investigation into the president's former campaign manager, at a confirmation hearing that was interrupted three times by protesters.
“⟦d:a|I will follow the law and the guidance of the department's ethics officials. That is the answer I would give for any case,⟧” Mwangi-Hart told the Senate judiciary committee.
Senator Dolores Achterberg, the committee's ranking member, was not satisfied. “⟦d:b|That's not an answer, that's a press release,⟧” she said. “⟦d:b|You have known this man for twenty years. You were a groomsman at his wedding. Yes or no: will you step aside?⟧”
“⟦d:a|Senator, with respect, I am not going to prejudge a matter that is not before me.⟧”
“⟦d:d|You're bought and paid for!⟧” one protester shouted from the back of the room before being led out by police.
The committee chairman, Senator Kalani Akana, called a ten-minute recess. When the hearing resumed, he told the room: “⟦d:c|I will not hesitate to clear this room. People have a right to watch. They do not have a right to disrupt.⟧”
Achterberg later told reporters she would vote against the nomination, calling Mwangi-Hart's answers “⟦p:b|evasive and rehearsed⟧”. Akana said he expected a committee vote “⟦p:c|within a fortnight⟧”.

### 012
@a - | one former minister
@b - | A senior backbencher
@c - | a cabinet minister loyal to the Prime Minister
@d Anneliese Ward | The chief whip
@e - | A source in the Prime Minister's office
Rebel MPs are preparing to move against the Prime Minister as soon as the local election results are in, according to more than a dozen members of the parliamentary party who spoke to the Chronicle this week.
“⟦d:a|It's not a question of if any more, it's when,⟧” one former minister said. “⟦d:a|The letters are written. They are sitting in drawers. People are just waiting for May.⟧”
A senior backbencher, who asked not to be named because of the sensitivity of the discussions, put it more bluntly: “⟦d:b|She's a dead woman walking, and the only person who doesn't know it is her.⟧”
Not everyone agrees. “⟦d:c|This is the same fifteen people who have hated her since the day she won. They couldn't organise a raffle, let alone a coup,⟧” said a cabinet minister loyal to the Prime Minister.
The chief whip, Anneliese Ward, has told MPs privately that “⟦p:d|disloyalty has consequences⟧”, according to two people present at a meeting of the parliamentary party last week.
Some backbenchers say they are waiting for the “⟦s:-|men in grey suits⟧” to make the first move; others say there are no such men left.
A source in the Prime Minister's office dismissed the reports as “⟦p:e|corridor tittle-tattle⟧”. “⟦d:e|The Prime Minister is focused on the cost of living, not on gossip,⟧” the source said.

### 013
@a Hemi Waititi-Ross | the longest-serving member of the House
@b Lorna | His wife
@c Sandra Pirelli | his old rival
Hemi Waititi-Ross, the longest-serving member of the House, will make his last speech in the chamber on Thursday. He has been practising it, he admits, in the car.
"⟦d:a|Twenty-four years, and I still get nervous,⟧" he says, sitting in his emptied office, where the only thing left on the wall is a hook. "⟦d:a|That's a good sign, I think. The day you stop being nervous in there, you should go.⟧"
He was first elected for Kōwhai Bay in a by-election nobody expected him to win, as a 29-year-old former union organiser with one suit.
"⟦d:a:m|When I came in, you could have a drink with the other side after a late vote. You could disagree about everything under the sun and still ask after their kids. I don't think that's nostalgia. I think it's true.⟧
"⟦d:a:m|Now everybody is filming everybody. You say something kind about an opponent in the tea room and it's on the internet by dinner as evidence that you've sold out.⟧
"⟦d:a|I don't blame the young ones. They didn't build it. We did.⟧"
His wife, Lorna, has been counting down the days. "⟦d:b|I've had him for weekends for a quarter of a century,⟧" she says. "⟦d:b|I'm not sure what I'll do with him on a Tuesday.⟧"
His old rival Sandra Pirelli, who beat him for the party leadership in 2011 and has rarely had a good word for him since, sent a handwritten note when he announced his retirement. He keeps it in his jacket.
"⟦d:c|You were a pain in the neck and the best debater of our generation,⟧" she wrote. "⟦d:c|The place will be duller. Don't you dare write a memoir.⟧"
"⟦d:a|I'm writing a memoir,⟧" Waititi-Ross says, and grins.

### 014
@a Leonid Sarkis | the opposition's foreign affairs spokesman
The following is an edited transcript of an interview with Foreign Minister Ingrid Halvorsen, recorded at the ministry on Thursday.
Q: Minister, the Port Varna talks have been going for three months. Are they going anywhere?
A: They are going somewhere slowly, which in diplomacy is not the same as going nowhere.
Q: Leonid Sarkis, the opposition's foreign affairs spokesman, said this week that you have been “⟦p:a|asleep at the wheel⟧” since the blockade began. What do you say to that?
A: Leonid has never been near the wheel, so I understand why he finds it hard to tell whether anyone is awake.
Q: Is the government still committed to the so-called “⟦s:-|reset⟧” with its neighbours?
A: I have never liked that word. Countries are not computers. But yes, we want a better relationship, and we are prepared to work for it.
Q: Will you travel to Port Varna yourself?
A: When there is something to sign, I will be the first on the plane.

### 015
@a Rasmus Eklund | Prime Minister
@b - | one reporter
@c Chiara Benedetti | Deputy Prime Minister
@d Social Democratic Alliance | The party
@e - | another reporter
TORSBY, Oct 9 (Meridian Wire) - Prime Minister Rasmus Eklund announced his resignation on Monday, three days after losing a confidence vote in parliament, saying he would stay on only until his party chose a successor.
“⟦d:a|I have served this country for six years in this office, and for twenty in parliament. It has been the honour of my life,⟧” Eklund said in a short statement outside the government building, his wife at his side. “⟦d:a|But the parliament has spoken, and in a democracy that is the end of the argument.⟧”
He did not take questions, but reporters shouted them anyway.
“⟦d:b|Prime Minister, do you regret calling the vote?⟧” one reporter shouted as he turned to go back inside.
“⟦d:a|I regret nothing I did in good faith,⟧” he said over his shoulder.
“⟦d:e|Will you stand again?⟧” called another reporter. Eklund did not reply.
Deputy Prime Minister Chiara Benedetti, who is expected to be among the favourites to succeed him, said he had “⟦p:c|put the country before himself, as he always has⟧”.
The party said in a statement that nominations would open on Friday. “⟦d:d|The Social Democratic Alliance will choose a new leader quickly and in an orderly way,⟧” it said.

### 016
@a Priyanka Sodhi | Council leader
@b Gareth Lomax | Dales FM presenter
@c Maureen | One caller
@d Terry | a taxi driver from Marsh End
Council leader Priyanka Sodhi faced an hour of angry calls on Dales FM on Wednesday morning over the switch to fortnightly bin collections, which begins across Kirkby Dale next month.
"⟦d:b|The lines have been jammed since seven o'clock, Councillor. I've never seen anything like it,⟧" Dales FM presenter Gareth Lomax told her at the start of the programme.
One caller, Maureen, from Thornbury, said she already had "⟦p:c|foxes in the garden every Tuesday night⟧". "⟦d:c|Two weeks of nappies in July? Have you thought about that? Have any of you?⟧" she asked.
"⟦d:a|I have thought about it, Maureen, and I've got a two-year-old myself, so I do understand,⟧" Sodhi replied. "⟦d:a|Households with children in nappies will be able to ask for a bigger bin, free of charge.⟧"
A second caller, Terry, a taxi driver from Marsh End, was less interested in nappies than in the council's chief executive, whose salary rose by 6 per cent this year.
"⟦d:d|You can find money for him but not for the bins. Simple as that,⟧" he said.
"⟦d:a|The chief executive's pay is set by an independent panel, not by me,⟧" Sodhi said.
"⟦d:b|Do you think it's right, though?⟧" Lomax asked.
"⟦d:a|I think it's a question for the panel.⟧"
"⟦d:b|I'll take that as a no, then,⟧" said Lomax, before going to the travel news.

### 017
@a Giles Penhaligon | The Prime Minister
@b Adaeze Nwosu | the leader of the opposition
@c Ffion Rhys-Pritchard | the Speaker
@d - | one of his own backbenchers
There are weeks when Prime Minister's Questions is a duel, and weeks when it is a pub quiz in which one contestant has not read the questions. This was the second kind.
The Prime Minister, Giles Penhaligon – known on his own benches, not entirely fondly, as “⟦s:-|the Weathervane⟧” – arrived armed with a folder of statistics and a fixed smile.
Adaeze Nwosu, the leader of the opposition, arrived with one question, and asked it six times.
“⟦d:b|Did the Prime Minister, or did he not, know about the contract before it was signed?⟧”
Penhaligon's first answer was about hospital car parking. His second was about the opposition's record on defence. His third began “⟦d:a|What the right honourable lady forgets—⟧” and was lost in a roar of “⟦s:-|Answer!⟧” from the benches opposite.
“⟦d:c|Order. I should quite like to hear the answer myself,⟧” said the Speaker, Ffion Rhys-Pritchard, which rather summed things up.
By the fifth time of asking, Nwosu had given up on preambles altogether. “⟦d:b|Yes or no?⟧” she said. It was, for a leader of the opposition, an unusually short speech.
“⟦d:a|The right honourable lady knows perfectly well that all the proper procedures were followed,⟧” Penhaligon said, which was neither.
Even one of his own backbenchers seemed to have had enough. “⟦d:d|Just say yes,⟧” he was heard to mutter, loudly enough for the microphones to catch it.

### 018
@a Carys Vaughan-Idris | First Minister
@b Owain Bellamy | Unionist group leader
@c Meleri Hughes | the Presiding Officer
@d Tariq Saleem | the Green leader
First Minister Carys Vaughan-Idris was accused on Tuesday of "⟦p:b|running down the clock⟧" on the promised inquiry into the Aberllyn floods, as First Minister's Questions in the Carreg Assembly turned unusually bitter.
Unionist group leader Owain Bellamy said families whose homes were flooded two winters ago were still waiting for answers. "⟦d:b|They were promised an inquiry. Then they were promised a review. Now they're being promised a scoping exercise. What will it be next year, First Minister, a leaflet?⟧" he asked.
"⟦d:a|I'm not going to take lectures on flooding from a party that cut the flood defence budget by a third,⟧" Vaughan-Idris replied.
"⟦d:b|That was eleven years ago!⟧" Bellamy shouted from a sedentary position.
"⟦d:c|Order. The member has asked his question, and he will now hear the answer,⟧" the Presiding Officer, Meleri Hughes, said.
Tariq Saleem, who leads the two-member Green group, asked whether the terms of reference would cover the planning decisions that allowed 300 homes to be built on the floodplain. "⟦d:d|Because if they don't, this is a whitewash before it has even begun,⟧" the Green leader said.
Vaughan-Idris said the terms would be "⟦p:a|as wide as they need to be⟧" and promised a statement to the chamber "⟦p:a|before the summer recess⟧".

### 019
@a Farouk Al-Mansouri | the foreign minister of Qasirah
@b Jens Kolding | Nordmark's foreign minister
@c Hannah Weisz | a correspondent for Radio Nordmark
@d - | A reporter from a Qasiri newspaper
AL-RAWDA, Nov 3 (Meridian Wire) - The foreign ministers of Qasirah and Nordmark said on Sunday they had agreed to reopen their embassies, five years after relations were cut over the detention of two Nordic aid workers.
“⟦d:a|Today we close a painful chapter,⟧” said Farouk Al-Mansouri, the foreign minister of Qasirah, at a joint news conference. “⟦d:a|It was not easy for either side, and I want to thank my friend Jens for his patience.⟧”
Nordmark's foreign minister, Jens Kolding, was more guarded. “⟦d:b|This is a first step. Embassies are buildings. What matters is what happens inside them,⟧” he said.
Hannah Weisz, a correspondent for Radio Nordmark, asked Kolding whether his government had received assurances about human rights defenders still held in Qasiri prisons.
“⟦d:b|We raised individual cases, and we will continue to raise them. I won't go into the details here,⟧” he said.
“⟦d:c|Did you get any answers?⟧” Weisz pressed.
“⟦d:b|We got a conversation. That is more than we had a year ago.⟧”
A reporter from a Qasiri newspaper asked Al-Mansouri whether Nordmark had apologised for its “⟦p:d|hostile media campaign⟧” against his government. Al-Mansouri laughed. “⟦d:a|I think we have both said enough about each other for one decade,⟧” he said.

### 020
@a Josephine Mbatha | the incumbent mayor
@b Aoife Keane | Green candidate
@c Viktor Hašek | a former police superintendent standing as an independent
@d Simone Adjei | political editor of the Westbury Echo
The three candidates to be Westbury's next mayor clashed over buses, housing and, for a memorable five minutes, a fox, at a hustings on Monday night.
The debate's host, Simone Adjei, political editor of the Westbury Echo, opened by asking each candidate to name one thing an opponent had got right. There was a long silence.
"⟦d:a|I'll go first,⟧" said Josephine Mbatha, the incumbent mayor. "⟦d:a|Aoife is right that the buses are not good enough. That's exactly why we're taking them back into public control.⟧"
"⟦d:b|It's taken you four years to notice,⟧" replied Green candidate Aoife Keane.
Viktor Hašek, a former police superintendent standing as an independent, said the pair of them were "⟦p:c|arguing about who broke the buses while the town centre burns⟧". "⟦d:c|People don't feel safe walking home. That's the issue on every doorstep I knock on,⟧" he said.
"⟦d:a|Recorded crime is down 8 per cent,⟧" Mbatha said.
"⟦d:c|Tell that to the shopkeepers on Castle Street,⟧" Hašek shot back.
The fox came up when an audience member asked about the council's decision to trap urban foxes in Abbey Park. "⟦d:b|The fox was there before any of us,⟧" Keane said, to the loudest applause of the night. Mbatha said she had "⟦p:a|never signed off any trapping⟧" and would "⟦p:a|look into it first thing tomorrow⟧".
Adjei wrapped up: "⟦d:d|Polling day is a week on Thursday. I'm told the fox isn't registered to vote.⟧"

### 021
@a Bartholomew Ncube | Education Secretary
@b Isla McCrindle | presenter
@c - | A Department for Schools spokesman
@d - | One listener
Education Secretary Bartholomew Ncube walked out of a live radio interview on Tuesday after being asked about his own children's private schooling.
The exchange on Radio Caledon's Drivetime programme had gone smoothly for eight minutes, covering teacher recruitment and the new reading tests, when presenter Isla McCrindle changed tack.
“⟦d:b|Secretary of State, you've said state schools are the best they've been in a generation. Why do your own children go to Hallerton College?⟧”
“⟦d:a|My family's choices are a private matter, and I'm not going to discuss them on air,⟧” Ncube said.
“⟦d:b|You're asking parents to trust a system you've opted out of—⟧”
“⟦d:a|I think we're done here. Thank you,⟧” he said. There was the sound of a chair being pushed back, and then silence.
McCrindle told listeners: “⟦d:b|Well. The Secretary of State appears to have left the studio. We did tell his office we would be asking about this.⟧”
A Department for Schools spokesman said the interview had been agreed “⟦p:c|on the basis that it would focus on policy⟧” and that the minister had “⟦p:c|a prior engagement⟧”.
Within an hour the clip had been viewed more than a million times. One listener texted the programme: “⟦d:d|Best radio I've heard in years. Ask him again tomorrow.⟧”

### 022
@a Lachlan Ferrier | commissioner of the Dunmore City Police
@b Beatriz Cardoso | the home affairs committee chair
@c Ravi Subramanian | a Progressive member of the committee
@d Dunmore City Police | The force
The head of the Dunmore City Police admitted to MPs on Wednesday that the force could not say how many items of evidence had gone missing from its main property store, where an internal audit last year found "⟦p:-|systemic failures at every level⟧".
"⟦d:a|I'm not going to sit here and give you a number I'm not confident in,⟧" Lachlan Ferrier, commissioner of the Dunmore City Police, told the home affairs committee. "⟦d:a|That would be worse than saying I don't know.⟧"
"⟦d:b|With respect, commissioner, you've had a year,⟧" said Beatriz Cardoso, the home affairs committee chair. "⟦d:b|How long does it take to count boxes?⟧"
"⟦d:a|It's not boxes, it's 1.2 million items across four sites, many of them logged by hand in the 1990s,⟧" Ferrier said.
Ravi Subramanian, a Progressive member of the committee, asked whether any prosecutions had collapsed as a result. Ferrier confirmed that at least three trials had been abandoned.
"⟦d:c|Three that you know of,⟧" Subramanian said.
"⟦d:a|Three that I know of. Yes.⟧"
The force later said in a written submission to the committee that a new digital tracking system would be "⟦p:d|fully operational by the spring⟧".
"⟦d:b|We will have him back,⟧" Cardoso told reporters afterwards. "⟦d:b|And next time I'd like a number.⟧"
### 023
@a Marcus Oyelaran | the health secretary
@b Penelope Strand | The chancellor
@c - | A government spokesperson
@d Rukhsana Baig | the opposition's health spokeswoman
Ministers were warned by their own health secretary at a cabinet meeting in January that the government's flagship hospital-building programme was “⟦p:a|unaffordable on any realistic assumption⟧”, according to minutes leaked to the Sentinel.
The minutes, marked “⟦s:-|Official – Sensitive⟧”, record the health secretary, Marcus Oyelaran, as telling colleagues: “⟦d:a|We have announced forty hospitals. We have the money for eleven. At some point somebody is going to count.⟧”
The chancellor, Penelope Strand, is recorded as replying that the programme was “⟦p:b|a political commitment, not a spending line⟧” and that the Treasury would “⟦p:b|revisit it after the election⟧”.
A government spokesperson said: “⟦d:c|We do not comment on leaks. The government remains fully committed to delivering the new hospitals programme.⟧”
Rukhsana Baig, the opposition's health spokeswoman, said the minutes showed that ministers had “⟦p:d|known all along⟧”. “⟦d:d|They stood in muddy fields with shovels for the cameras, knowing there was no money. That isn't a policy. It's a photo opportunity,⟧” she said.
Oyelaran, asked about the leak as he arrived at his department yesterday, said only: “⟦d:a|I'm not going to comment on private discussions.⟧”

### 024
@a Alan Brierley | The returning officer
@b Sarah-Jane Kuti | a former nurse at Eastmoor General
@c Howard Pimm | National Reform candidate
@d Dennis Cobb | the Abolish Parking Charges candidate
Forward has taken Eastmoor from the National Reform Party for the first time in the seat's history, with a majority of 4,117, in a by-election result declared at 3.40am at the Eastmoor Leisure Centre.
The returning officer, Alan Brierley, read out the figures to a hall of exhausted activists, pausing when a cheer went up before he had finished the winner's total.
"⟦d:a|I'd be grateful if you could let me get to the end of the number,⟧" he said.
In her victory speech, Sarah-Jane Kuti, 34, a former nurse at Eastmoor General, said the town had "⟦p:b|sent a message that cannot be ignored⟧".
"⟦d:b|People here have been taken for granted for a very long time,⟧" she said. "⟦d:b|Tonight they stopped being polite about it.⟧"
"⟦d:d|What about the parking?⟧" shouted Dennis Cobb, the Abolish Parking Charges candidate, who received 212 votes.
"⟦d:b|We'll talk about the parking, Dennis,⟧" the 34-year-old said, to laughter.
National Reform candidate Howard Pimm congratulated her but blamed "⟦p:c|the national picture⟧" for his defeat. "⟦d:c|I've knocked on ten thousand doors in this campaign, and I've not heard one person complain about me. They complained about the government,⟧" he said.

### 025
@a Kwame Asare | Forward leader
@b - | one delegate from the party's left
@c Annika Solberg | Deputy leader
@d - | a protester who had got into the hall with a delegate's pass
Forward leader Kwame Asare promised to "⟦p:a|rebuild the country brick by brick⟧" in a closing speech to his party's conference in Lowmouth that was briefly interrupted by a climate protester.
“⟦d:a|They said we were finished. They said we would never win a seat south of the river again. Well, look around this hall,⟧” Asare told delegates. “⟦d:a|We are not finished. We are only just getting started.⟧”
About twenty minutes in, a protester who had got into the hall with a delegate's pass ran towards the stage shouting “⟦d:d|You're all the same!⟧” before being led out by stewards.
“⟦d:a|I'll take that as a no to the membership offer, then,⟧” Asare said, to laughter and applause.
Delegates held up placards reading “⟦s:-|Fair Pay Now⟧” and chanted “⟦s:-|Kwa-me! Kwa-me!⟧” as he left the stage.
Deputy leader Annika Solberg told NTV afterwards: “⟦d:c|That's the best I've ever heard him. He didn't read it. He meant it.⟧”
But one delegate from the party's left was less convinced. “⟦d:b|Lovely speech. Not a single number in it,⟧” he said.

### 026
@a Mei-Lin Tsao | foreign ministry spokeswoman
@b - | a reporter from the Kestenian news agency KNA
@c Teodor Valescu | Kestenia's ambassador
@d Kestenian foreign ministry | -
SAROVIA CITY, Feb 17 (Meridian Wire) - Sarovia on Monday rejected as "⟦p:a|groundless and irresponsible⟧" accusations that its coastguard had rammed a Kestenian fishing boat in disputed waters, and summoned Kestenia's ambassador.
"⟦d:a|The Kestenian vessel entered Sarovian waters illegally and ignored repeated warnings. Our coastguard acted with restraint and in accordance with the law,⟧" foreign ministry spokeswoman Mei-Lin Tsao told a regular news briefing.
Asked by a reporter from the Kestenian news agency KNA whether Sarovia would release video of the incident, Tsao said: "⟦d:a|The facts are very clear. I don't think there is any need to add more.⟧"
"⟦d:b|If the facts are clear, why not release the video?⟧" the reporter asked.
"⟦d:a|I have already answered your question.⟧"
Kestenia's ambassador, Teodor Valescu, told reporters as he left the ministry that he had "⟦p:c|listened carefully⟧" and had "⟦p:c|nothing to add to my government's statement⟧".
The Kestenian foreign ministry said in that statement that the crew had been "⟦p:d|in international waters throughout⟧" and that two fishermen had been injured.

### 027
@a Graham Tollett | chairman of Little Ossington Parish Council
@b Hazel Ombati | the council's clerk
@c Pamela Dunwoody | Vice-chairwoman
@d - | One resident who watched the meeting online
It began with an agenda item about a broken bench. Two hours later, the chairman of Little Ossington Parish Council had been removed from an online meeting by his own clerk, and a clip of the exchange had been watched 400,000 times.
"⟦d:a|You have no right to do this. I am the chairman of this council,⟧" Graham Tollett, chairman of Little Ossington Parish Council, can be heard saying, moments before his video feed goes blank.
"⟦d:b|I'm afraid I do, Mr Tollett. Standing orders, paragraph nine,⟧" replies the council's clerk, Hazel Ombati.
Vice-chairwoman Pamela Dunwoody then takes the chair. "⟦d:c|Shall we get back to the bench?⟧" she asks.
Speaking to the Gazette on Thursday, Tollett said he had been "⟦p:a|humiliated in front of the whole village⟧" and was taking legal advice.
Ombati declined to comment beyond saying: "⟦d:b|The meeting was conducted properly. The minutes will be published in the usual way.⟧"
One resident who watched the meeting online said: "⟦d:d|Better than anything on the telly. I've watched it six times. The bench still hasn't been fixed, mind.⟧"

### 028
@a Nadia Benali | the 26-year-old member for Port Ellery East
@b Fatima | Her mother
@c - | One veteran MP from another party
@d Callum Rourke | Her campaign manager
Nadia Benali, the 26-year-old member for Port Ellery East, has been called many things since her election in March: a “⟦s:-|firebrand⟧”, a “⟦s:-|TikTok MP⟧” and, in one memorable front-page headline, “⟦s:-|The Kid From The Council Flat⟧”. She rolls her eyes at all of them.
“⟦d:a|I'm a firebrand because I'm young and I'm a woman and I raise my voice. If a 60-year-old man did it, they'd call him passionate,⟧” she says.
She grew up in a two-bedroom flat on the Delmont estate, the youngest of five. Her mother, Fatima, cleaned offices in the financial district at night.
“⟦d:a:m|I used to go with her sometimes in the holidays. I'd sit in the lobby doing my homework while she hoovered the boardrooms. And I remember thinking: the people who work here decide things, and the people who clean here don't.⟧
“⟦d:a|That's it, really. That's the whole political philosophy. It fits on a napkin.⟧”
Fatima, who still lives on the estate, insists her daughter has not changed. “⟦d:b|She argued with the television when she was nine. Now the television argues back, that's all,⟧” she says.
Her campaign manager, Callum Rourke, remembers a canvassing session in which she spent forty minutes on a single doorstep. “⟦d:d|I kept looking at my watch. She kept talking. The man ended up joining the party,⟧” he says.
Not everyone in parliament is charmed. One veteran MP from another party describes her as “⟦p:c|a one-woman press release⟧”. Told this, Benali laughs. “⟦d:a|Tell him to read the press release, then. It's got policies in it.⟧”

### 029
@a Bernadette Quaid | the party's general secretary
@b Tomasz Kowalczyk | the former interior minister
@c Elena Castellanos-Reyes | the party's finance spokeswoman
@d - | A spokesman for the outgoing leader
VARENNE, May 20 (Meridian Wire) - Tomasz Kowalczyk, the former interior minister, was elected leader of the opposition Civic Union on Saturday, beating Elena Castellanos-Reyes, the party's finance spokeswoman, by 54 percent to 46 percent in a ballot of members.
"⟦d:a|The result of the ballot for the leadership of the Civic Union is as follows,⟧" the party's general secretary, Bernadette Quaid, told a packed hall, before reading out the figures.
In his acceptance speech, Kowalczyk paid tribute to his opponent, whom he called "⟦p:b|the conscience of this party⟧". "⟦d:b|Elena ran a campaign of ideas, and I will be stealing several of them, starting on Monday,⟧" he said.
Castellanos-Reyes, who had been the bookmakers' favourite until the final week, said she accepted the result "⟦p:c|without reservation⟧". "⟦d:c|I said at the start that I would serve under whoever won. I meant it,⟧" she told reporters.
A spokesman for the outgoing leader said he had telephoned Kowalczyk to congratulate him and to "⟦p:d|offer whatever help he needs⟧".

### 030
@a Judith Amankwah | the backbencher who brought forward the bill
@b Siobhán Gallagher-Reid | a former palliative care doctor
@c Alasdair Crombie | a former justice minister
@d Iwan Prosser | the Deputy Speaker
MPs voted by 312 to 281 last night to give a second reading to the Dying Well Bill, after a five-hour debate that many in the chamber described as the most moving of their careers.
Opening the debate, Judith Amankwah, the backbencher who brought forward the bill, told a packed chamber: “⟦d:a|This is not a debate about whether people die. It is a debate about how. My father died in pain that no medicine could reach, and I promised him I would try.⟧”
Siobhán Gallagher-Reid, a former palliative care doctor, rose to intervene. “⟦d:b|Will the honourable lady give way?⟧”
“⟦d:a|I will.⟧”
“⟦d:b|I have sat with hundreds of dying patients. What they fear most is being a burden. Does she not accept that this bill will turn that fear into a duty?⟧”
“⟦d:a|I accept that she asks that question in good faith, and I have tried to answer it in clause four,⟧” Amankwah replied.
Alasdair Crombie, a former justice minister, said he had changed his mind. “⟦d:c|I voted against this in 2015. I was wrong, and I wanted to say so in this chamber,⟧” he said. Several MPs on both sides wept openly during his speech.
When the debate overran, the Deputy Speaker, Iwan Prosser, reminded members: “⟦d:d|There are still thirty-one members who wish to speak. I would ask for brevity, and for kindness.⟧”

### 031
@a Declan Furlong | presenter
@b Sebastian Okoro | Opposition leader
Opposition leader Sebastian Okoro was unable to say how his party would pay for its promise to scrap university tuition fees, in a bruising interview on City Talk Radio on Thursday.
``⟦d:a|Mr Okoro, scrapping fees costs nine billion a year. Where does the money come from?⟧'' presenter Declan Furlong asked.
``⟦d:b|We'll set that out in full in our manifesto, Declan—⟧''
``⟦d:a|Which is out in three weeks. You must know by now.⟧''
``⟦d:b|—and I'm not going to pre-empt a document that's still being finalised.⟧''
Furlong suggested the party had ``⟦p:a|made a promise and then gone looking for the money⟧''. Okoro called that ``⟦p:b|a cheap line⟧''.
``⟦d:a|It may be cheap, but is it wrong?⟧'' Furlong said.
``⟦d:b|It's wrong. We've costed it. You'll see the costings.⟧''
Asked whether he had seen those costings himself, the opposition leader paused. ``⟦d:b|I've seen the work that's being done,⟧'' he said.

### 032
@a - | one diplomat
@b - | An official from a northern member state
@c Aurelio Ferrante | the Lugarese prime minister
@d Halina Wrzos | Commission president
Leaders of the Continental Union failed on Friday to agree a seven-year budget, after talks that ran through the night broke down over farm subsidies.
«⟦d:c|We are close, but close is not enough. We will meet again in two weeks,⟧» said Aurelio Ferrante, the Lugarese prime minister, who chaired the summit.
Behind closed doors, the mood was worse. «⟦d:a|At four in the morning, two prime ministers were shouting at each other about sugar beet. It was not the Union's finest hour,⟧» one diplomat said.
An official from a northern member state said the southern bloc had «⟦p:b|come with demands, not proposals⟧». «⟦d:b|Nobody is going to sign a cheque with a blank amount on it,⟧» the official said.
The so-called «⟦s:-|frugal four⟧» held a separate meeting over breakfast and left without speaking to reporters.
Commission president Halina Wrzos, who had drafted the compromise, said she was «⟦p:d|disappointed but not discouraged⟧». «⟦d:d|I have seen worse nights than this one. Usually they end in an agreement a fortnight later,⟧» she told reporters.

### 033
@a Helena Vukovic | head of equipment standards at the department
@b Department of Defence Supply | The department
@c Ibrahim Conteh | chair of the defence committee
A senior official at the Department of Defence Supply has resigned with a public letter accusing ministers of "⟦p:a|ignoring repeated warnings⟧" about faulty body armour issued to troops.
In the letter, published on her personal website on Sunday, Helena Vukovic, head of equipment standards at the department, wrote: "⟦d:a|I raised these concerns in writing on at least six occasions over eighteen months. On each occasion I was told that the matter was being looked at. It was not.⟧"
"⟦d:a:m|I have served governments of three different parties. I have never before felt that I could not do my job honestly.⟧
"⟦d:a|I am resigning so that I can say so.⟧"
The department said in a statement that it "⟦p:b|takes all concerns about equipment safety extremely seriously⟧" and that the armour in question "⟦p:b|met the required standard when it was procured⟧".
Ibrahim Conteh, chair of the defence committee, said he would invite Vukovic to give evidence. "⟦d:c|When a public servant of her seniority feels she has to resign in order to be heard, something has gone badly wrong,⟧" he said.

### 034
@a Imran Siddiqui | The Mayor of Carrow
@b Delia Harcourt | the Transport Secretary
@c - | A source close to the Transport Secretary
@d Carrow Chamber of Commerce | -
A row between the Mayor of Carrow and the Transport Secretary over funding for the city's tram extension has spilled onto social media.
The Mayor of Carrow, Imran Siddiqui, posted on Tuesday evening: “⟦d:a|Just been told by officials that the £300m promised for the Northside tram line is 'under review'. Under review = gone. Carrow deserves better than this.⟧”
Within the hour, the Transport Secretary, Delia Harcourt, replied: “⟦d:b|Nothing has been cut. Imran knows that. Playing politics with people's commutes is beneath the office of mayor.⟧”
Siddiqui responded with a photograph of a letter from her department, adding: “⟦d:a|Happy to let people read it and decide for themselves.⟧”
A source close to the Transport Secretary said the mayor had “⟦p:c|chosen social media over the telephone⟧”. “⟦d:c|Her door is open. His phone seems to be broken,⟧” the source said.
The Carrow Chamber of Commerce said it was “⟦p:d|dismayed⟧” by the spat and urged both sides to “⟦p:d|get in a room and sort it out⟧”.
### 035
@a Piers Langridge | Justice Minister
@b Amira Khalil | our political correspondent
@c - | One passer-by
@d - | His office
Justice Minister Piers Langridge declined to answer questions on Thursday about a £40,000 donation to his constituency party from a company that later won a prison catering contract.
Our political correspondent, Amira Khalil, approached the minister as he left his home in Hartwell Gardens.
“⟦d:b|Minister, did you know about the donation when the contract was awarded?⟧”
“⟦d:a|Good morning,⟧” Langridge said, walking towards his car.
“⟦d:b|Did you declare an interest?⟧”
“⟦d:a|Everything has been declared properly. I've got nothing more to say.⟧”
“⟦d:b|Will you publish the correspondence?⟧”
The minister closed the car door without replying. One passer-by, watching from across the road, shouted: “⟦d:c|Answer her, then!⟧”
His office later said that the minister had “⟦p:d|played no part whatsoever⟧” in the procurement process.

### 036
@a Evelyn Strachan | the channel's election night anchor
@b Dmitri Volkonsky | the pollster
@c Harriet Ogunleye | Former minister turned pundit
@d Gus Whitcombe | National Reform party chairman
At 10pm precisely, the exit poll landed, and the studio went quiet.
"⟦d:a|If this is right, and it's a big if, we are looking at a hung parliament, with Forward the largest party but eleven seats short,⟧" said the channel's election night anchor, Evelyn Strachan.
Dmitri Volkonsky, who ran the exit poll for the three broadcasters, urged caution. "⟦d:b|The margin on the seat projection is about fifteen either way. Ask me again at four in the morning,⟧" the pollster said.
Former minister turned pundit Harriet Ogunleye was less cautious. "⟦d:c|Fifteen either way or not, that's a disaster for the government. There is no way of dressing it up,⟧" she said.
National Reform party chairman Gus Whitcombe, speaking from the party's headquarters, tried anyway. "⟦d:d|Exit polls have been wrong before. We'll wait for real votes in real ballot boxes,⟧" he said.
"⟦d:a|But would you concede that it doesn't look good?⟧" Strachan asked him.
"⟦d:d|I'd concede that it's ten past ten.⟧"

### 037
@a Ayesha Rahimi | The parliamentary commissioner for standards
@b Nigel Hambleton-Ware | the member for Sutterby
@c standards committee | -
An MP who was paid £12,000 a month by a private healthcare company while lobbying ministers on its behalf is facing a 30-day suspension from parliament.
The parliamentary commissioner for standards, Ayesha Rahimi, found that Nigel Hambleton-Ware, the member for Sutterby, had made “⟦p:a|repeated and deliberate⟧” approaches to ministers and officials on behalf of Corvane Health.
In her report, she wrote: “⟦d:a|Mr Hambleton-Ware told me that he was motivated solely by concern for patients. I do not doubt his sincerity. But sincerity is not a defence to paid advocacy, and he was paid.⟧”
The standards committee, which recommended the suspension, said in its own report that his conduct had “⟦p:c|brought the House into disrepute⟧”.
Hambleton-Ware said in a statement: “⟦d:b|I accept the committee's findings, though I do not agree with all of them. I acted throughout in what I believed were the best interests of my constituents.⟧”
He said he would not stand down. “⟦d:b|The people of Sutterby will have their say at the next election, as they always do,⟧” he added.

### 038
@a Maren Holt | Green Party co-leader
@b Ingeborg Dahl-Sørensen | Liberal leader
@c - | a reporter
@d Lars-Erik Fjeld | The Centre Party's chief negotiator
The three parties negotiating to form Halvmark's next government said on Wednesday they had agreed a budget framework but remained divided over a new motorway.
«⟦d:a|We have agreed on the money. We have not agreed on the asphalt,⟧» Green Party co-leader Maren Holt told reporters outside the parliament building, to laughter.
Standing beside her, Liberal leader Ingeborg Dahl-Sørensen said the talks were «⟦p:b|in a good place⟧» but warned against «⟦p:b|counting chickens⟧».
«⟦d:c|Will there be a government by Christmas?⟧» a reporter asked.
«⟦d:b|There will be a government when there is an agreement. I would like that to be before Christmas,⟧» Dahl-Sørensen said.
«⟦d:a|I would like it to be before lunch,⟧» Holt said.
The Centre Party's chief negotiator, Lars-Erik Fjeld, who left by a side door, told the news agency HNB that the motorway was «⟦p:d|not a detail⟧». «⟦d:d|For the people in the north, that road is the difference between a future and no future,⟧» he said.

### 039
@a Conrad Lisle | the Prime Minister's former chief of staff
@b Ines Moreira | The committee chair
@c Gordon Tulloch | a government backbencher on the committee
@d - | A spokeswoman for the Prime Minister
The Prime Minister's former chief of staff yesterday accused his old boss of "⟦p:a|governing by mood⟧", in seven hours of evidence to the constitutional affairs committee.
Conrad Lisle, the Prime Minister's former chief of staff, who was dismissed in March, told MPs that decisions were routinely reversed within days.
"⟦d:a:m|There were weeks when the policy on a Monday was reversed by Wednesday and restored by Friday, depending on what the Prime Minister had read in the papers. That isn't an exaggeration for effect. I kept a log.⟧
"⟦d:a|I offered it to the cabinet secretary. He said he would rather not see it.⟧"
The committee chair, Ines Moreira, asked whether he still had the log. "⟦d:b|Would you be willing to give it to this committee?⟧"
"⟦d:a|I would, yes. With some redactions for people's private lives.⟧"
Gordon Tulloch, a government backbencher on the committee, accused Lisle of "⟦p:c|settling scores⟧". "⟦d:c|You were in the room for all of this. You didn't resign. You were sacked. Forgive me if I find the conversion a little convenient,⟧" he said.
"⟦d:a|That's fair,⟧" Lisle replied. "⟦d:a|I should have gone sooner. I didn't, and I regret it.⟧"
A spokeswoman for the Prime Minister said: "⟦d:d|These are the claims of a disgruntled former employee. The Prime Minister has more important things to do than respond to them.⟧"

### 040
@a Thandiwe Mokoena | a student nurse
@b Rhodri Evans | Chief Superintendent
@c - | one woman holding a home-made sign
@d Farah Jaffer | Health minister
Thousands of nurses and health workers marched on parliament on Saturday, chanting “⟦s:-|Pay us or lose us⟧” and carrying placards that read “⟦s:-|Clapping doesn't pay the rent⟧”.
The march's organiser, Thandiwe Mokoena, 23, a student nurse, told the crowd from the back of a flatbed lorry: “⟦d:a|They clapped for us on their doorsteps. Now we are on their doorstep, and we are not clapping.⟧”
“⟦d:c|I've done thirty years on the wards. This is the first time I've ever marched for anything,⟧” said one woman holding a home-made sign.
Police estimated the crowd at 18,000. Chief Superintendent Rhodri Evans said the march had been “⟦p:b|entirely peaceful⟧”. “⟦d:b|We'd like to thank the organisers. If every demonstration went like this, my job would be a lot easier,⟧” he said.
Health minister Farah Jaffer said the government “⟦p:d|valued every single nurse⟧” but could not afford an above-inflation rise. Asked by reporters whether she would meet the organisers, she said: “⟦d:d|My door is always open.⟧”
“⟦d:a|Then we'll be knocking on it on Monday,⟧” Mokoena said when told of the remark.

### 041
@a Lionel Ashcombe | Prime Minister
@b Bernadette Mullaney | a retired dinner lady
@c - | A campaign aide
@d - | One stallholder
It was supposed to be a five-minute walkabout. Instead, Prime Minister Lionel Ashcombe spent nearly a quarter of an hour on Thursday being told exactly what one pensioner thought of him, in front of a dozen television cameras in Oldcastle market.
Bernadette Mullaney, 67, a retired dinner lady, had been buying fish when the Prime Minister's entourage swept past. "⟦d:b|Oi! I want a word with you,⟧" she called out.
"⟦d:a|Of course. What's your name?⟧" Ashcombe asked, holding out a hand.
"⟦d:b|Never mind my name. My heating bill's tripled, my grandson can't get a dentist, and you're walking round here eating a pasty for the telly,⟧" she said.
The Prime Minister, who was not in fact eating a pasty, said he understood that people were "⟦p:a|finding things really tough⟧" and that help was "⟦p:a|on the way⟧".
"⟦d:b|It's been on the way for three years. Where's it coming from, the moon?⟧"
A campaign aide tried to move the Prime Minister along. "⟦d:c|We're running a bit behind, Prime Minister,⟧" he said, audibly.
"⟦d:a|No, no. She's entitled to her say,⟧" Ashcombe replied.
One stallholder, watching from behind a pile of cabbages, summed up the mood: "⟦d:d|She's said what we're all thinking. Fair play to her.⟧"
Mullaney told the Mercury afterwards that she had not decided how to vote. "⟦d:b|Not for him, anyway. He's got lovely manners, I'll give him that,⟧" she said.

### 042
@a Meredith Achebe | The chancellor
@b Rohan Deshpande | shadow chancellor
@c - | one government backbencher
@d Fiscal Council | the independent forecaster
The chancellor, Meredith Achebe, cut the basic rate of income tax by a penny yesterday, in a budget she described as “⟦p:a|the end of the long squeeze⟧”.
“⟦d:a|For three years, this government has asked families to be patient. Today I am able to say that their patience has been rewarded,⟧” she told the chamber.
The cut, which takes effect in April, will cost £6.1bn a year. The Fiscal Council, the independent forecaster, said in its report that the measure was “⟦p:d|funded largely by assumed efficiency savings that have not yet been identified⟧”.
Responding, shadow chancellor Rohan Deshpande called the budget “⟦p:b|a raffle ticket dressed up as a pay rise⟧”.
“⟦d:b|The chancellor gives with one hand a penny, and takes with the other—⟧”
“⟦d:c|Rubbish!⟧” shouted one government backbencher.
“⟦d:b|—takes with the other, as the honourable gentleman would know if he had read the budget documents, three pence in frozen thresholds,⟧” Deshpande went on.
Achebe, interviewed afterwards, insisted the savings were “⟦p:a|real and achievable⟧”. “⟦d:a|The Fiscal Council is right to be cautious. That's its job. My job is to make the decisions,⟧” she said.

### 043
@a Tamati Herewini | Minister for Indigenous Affairs
@b Aroha Pene | Radio Waiora's morning host
@c Ropata Kingi | chair of the Mataora Trust Board
Minister for Indigenous Affairs Tamati Herewini has promised that the Reef Settlement Bill will not be rushed through parliament, after a week of protests outside the Harbour Assembly.
Speaking to Radio Waiora's morning host, Aroha Pene, the minister began in te reo Māori. “⟦d:a|Kia ata haere tātou,⟧” he said – “⟦d:a|let us go carefully.⟧”
Pene was not about to let that pass. “⟦d:b|Minister, the select committee gave the public four weeks to make submissions. Is that careful?⟧” she asked.
“⟦d:a|It's not enough, and I've said so to my colleagues. I'd like to see it extended to three months,⟧” Herewini said.
“⟦d:b|Will it be?⟧”
“⟦d:a|I can't promise you that this morning. I can promise you I'll fight for it.⟧”
Ropata Kingi, chair of the Mataora Trust Board, which has led the protests, said he welcomed the minister's words but would wait for action. “⟦d:c|We've had a lot of beautiful speeches over the years. Speeches don't give you back your fishing grounds,⟧” he said.

### 044
@a Beatriz Alvarenga | Costa Platan Foreign Minister
@b Ruslan Temirov | Karsakh's ambassador
@c - | One Western diplomat
@d Adwoa Appiah | The assembly's president
PORT AUBERT, Sept 24 (Meridian Wire) - Delegations from Karsakh and two allied countries walked out of the Assembly of Nations on Tuesday as Costa Platan Foreign Minister Beatriz Alvarenga accused Karsakh of "⟦p:a|starving a province into submission⟧".
"⟦d:a|The world has watched this happen for two years, and the world has issued statements. I did not fly eleven hours to issue another statement,⟧" Alvarenga told the assembly. "⟦d:a|I came to name it.⟧"
As she spoke, members of the Karsakh delegation rose and filed out of the hall. Some delegates applauded as they left.
Karsakh's ambassador, Ruslan Temirov, later told reporters that the speech was "⟦p:b|a collection of lies written for domestic consumption⟧". "⟦d:b|We will not sit and listen to insults from a government that cannot feed its own people,⟧" he said.
The assembly's president, Adwoa Appiah, appealed for "⟦p:d|restraint and courtesy⟧" before calling the next speaker.
One Western diplomat said the walkout had been planned well in advance. "⟦d:c|They had their coats on before she even reached the podium,⟧" the diplomat said.

### 045
@a Emilio Santander-Roque | President
@b Lucía Ordóñez | the Speaker of the National Congress
@c Fabiola Quispe | Opposition deputy
@d presidential palace | -
@e - | one government deputy
SANTA LUZ, July 8 (Meridian Wire) - Lawmakers in Valdessa's National Congress voted 88-41 on Wednesday to open impeachment proceedings against President Emilio Santander-Roque over allegations that he accepted gifts from a construction firm.
"⟦d:b|The motion is carried,⟧" announced the Speaker of the National Congress, Lucía Ordóñez, as opposition deputies rose to applaud and government deputies banged their desks.
Opposition deputy Fabiola Quispe, who drafted the articles of impeachment, said: "⟦d:c|Nobody is above the constitution. Not a farmer, not a deputy, and not the president.⟧"
"⟦d:e|This is a coup in a suit and tie!⟧" shouted one government deputy as Quispe spoke.
The presidential palace said in a statement that the vote was "⟦p:d|politically motivated⟧" and that the president would "⟦p:d|answer every accusation in the appropriate forum⟧".
In a video posted on social media late on Wednesday, Santander-Roque said: "⟦d:a|I have nothing to hide and I will not resign. The people elected me for five years, not for three.⟧"

### 046
@a Malcolm Greaves | the party treasurer
@b - | one guest
@c - | A National Reform Party spokesman
@d Marisa Quintero | Forward deputy leader
The treasurer of the governing National Reform Party was secretly recorded telling donors at a £5,000-a-head dinner that they could expect "⟦p:a|a proper hearing⟧" from ministers in return for their money.
In the recording, obtained by the Clarion, Sir Malcolm Greaves, the party treasurer, can be heard saying: "⟦d:a|I'm not saying you'll get what you want. I'm saying you'll get a hearing, and that's more than most people get.⟧"
"⟦d:b|Does that include the planning people?⟧" one guest asks.
"⟦d:a|Let's not say that out loud, shall we?⟧" Greaves replies, to laughter.
A National Reform Party spokesman said the remarks were "⟦p:c|a light-hearted comment at a social occasion⟧" that "⟦p:c|should not be taken literally⟧".
Forward deputy leader Marisa Quintero said: "⟦d:d|If that's what they say when they think nobody is listening, imagine what they say when they're sure.⟧"
### 047
@a Keiko Halloran | Finance Minister
Finance Minister Keiko Halloran has a reputation as the most cautious person in the cabinet. She arrives for our interview eight minutes early, carrying a handwritten list of things she will not discuss.
“⟦d:-|Is the list longer than the things you will discuss?⟧”
“⟦d:a|Roughly the same length. That's how you know it's a good list.⟧”
“⟦d:-|Your colleagues call you ‘the handbrake’. Does that bother you?⟧”
“⟦d:a|Somebody in the car has to know where the handbrake is. They're usually glad of it on a hill.⟧”
“⟦d:-|Will there be tax rises before the election?⟧”
“⟦d:a|That is item three on the list.⟧”
She laughs, then becomes serious. “⟦d:a:m|Look. I grew up in a house where the electricity got cut off twice. I know what it is when the numbers don't add up. I am not going to do that to a country.⟧
“⟦d:a|People can call that caution if they like. I call it arithmetic.⟧”

### 048
@a Moira Sutcliffe | the sitting commissioner
@b Amrit Sandhu | a former detective inspector
@c - | one questioner from Nethercott
Candidates for Wyvernshire police and crime commissioner clashed over rural crime at a hustings at Nethercott Young Farmers' Club on Tuesday night.
``⟦d:c|My quad bike's been nicked twice in a year. Both times I rang the police and both times nobody came. Why should I vote for either of you?⟧'' asked one questioner from Nethercott.
``⟦d:a|You're right to be angry, and I'm not going to pretend otherwise,⟧'' said the sitting commissioner, Moira Sutcliffe. ``⟦d:a|We've put four new rural officers on the road since April, and I want to double that.⟧''
Amrit Sandhu, a former detective inspector, said the force had ``⟦p:b|given up on the countryside⟧''. ``⟦d:b|Four officers for four hundred square miles. That's not a rural crime team, that's a rounding error,⟧'' he said.
Sutcliffe accused him of ``⟦p:a|talking down hard-working officers⟧''. Sandhu replied: ``⟦d:b|I was one of them for twenty-two years. I'll talk about them however I like.⟧''

### 049
@a Jayden Osei-Kuffour | the 15-year-old
@b Amelia Zhang | the youth mayor
@c Frances Kirkwood | the council's cabinet member for children
@d Saoirse Brennan | the sixth-former
Teenagers took over the council chamber in Ashby Vale on Friday for the annual Youth Parliament debate, and gave the adults a lesson in how to disagree.
The motion, that bus travel in the borough should be free for everyone under 19, was proposed by Jayden Osei-Kuffour, 15, of St Bede's School.
"⟦d:a|If you want young people to get jobs, go to college and see their mates, they have to be able to get there. Right now a return ticket into town costs more than my lunch,⟧" the 15-year-old said.
Saoirse Brennan, 16, opposed the motion. "⟦d:d|I'm not against free buses. I'm against pretending they're free. Somebody pays, and the council is already cutting youth clubs,⟧" the sixth-former said.
Chairing the debate, Amelia Zhang, 17, the youth mayor, had to call for order twice when the public gallery, packed with parents, burst into applause. "⟦d:b|Parents, please. You're worse than the MPs,⟧" she said.
The motion passed by 23 votes to 9. Cllr Frances Kirkwood, the council's cabinet member for children, promised to take it to full council. "⟦d:c|They argued better than we do, and they kept to time, which is more than I can say for us,⟧" she said.

### 050
@a Omondi Wekesa | Chief Justice
@b Grace Nyambura | Peoples' Coalition leader
@c Independent Electoral Board | The board
@d Joseph Kiprono | secretary-general of the ruling Unity Front
@e - | one supporter outside the court
The Supreme Court of Lusenga annulled the result of last month's presidential election yesterday, ruling that the count had been “⟦p:a|so compromised by irregularities that its result cannot stand⟧”, and ordered a new vote within 60 days.
Reading the majority judgment, Chief Justice Omondi Wekesa said: “⟦d:a|An election is not an event, it is a process. Where the process fails, the event cannot save it.⟧”
“⟦d:a|This court does not say who won. It says that nobody can know.⟧”
Peoples' Coalition leader Grace Nyambura, whose petition brought the case, hailed “⟦p:b|a historic day for every voter in this country⟧”.
Outside the court, crowds of her supporters sang and waved branches. “⟦d:e|Today the small man has won,⟧” said one supporter outside the court.
Joseph Kiprono, secretary-general of the ruling Unity Front, said the party “⟦p:d|respects but disagrees with⟧” the ruling. “⟦d:d|We won once and we will win again, and next time nobody will be able to say otherwise,⟧” he told reporters.
The Independent Electoral Board said in a statement that it would “⟦p:c|study the judgment carefully⟧”. The board added: “⟦d:c|We are ready to conduct a fresh election within the period set by the court.⟧”

### 051
@a Philippa Grange | The environment secretary
@b Arun Varma | Prime Minister
@c - | One ally of Grange
The environment secretary, Philippa Grange, resigned from the cabinet last night over the government's decision to approve a new coal mine at Holderby, in a letter accusing the Prime Minister of "⟦p:a|trading the future for a headline⟧".
In the letter, Grange wrote: "⟦d:a|I have supported this government through some difficult decisions, and I have defended some of them in public while arguing against them in private. That is what collective responsibility means, and I have never resented it.⟧"
"⟦d:a:m|But there must be a point at which a minister says: not this. For me, Holderby is that point.⟧
"⟦d:a|I cannot stand at the despatch box and tell the country that we are serious about our climate targets while we dig a new hole in the ground for coal.⟧"
In his reply, Prime Minister Arun Varma thanked her for her "⟦p:b|energy and passion⟧" and said he was "⟦p:b|sorry that we could not agree⟧". "⟦d:b|Holderby will bring four hundred skilled jobs to a community that has waited far too long for them,⟧" he wrote.
One ally of Grange said she had been "⟦p:c|on the brink for months⟧". "⟦d:c|This wasn't one decision. It was the tenth, and she'd had enough,⟧" the ally said.

### 052
@a Kemi Adeyinka | a crossbench peer and former ambassador
@b Penrose | the government's justice spokesman in the Upper Chamber
@c Mair Pugh-Davies | a former chief constable
Peers inflicted a heavy defeat on the government last night, voting by 241 to 160 to strip out a clause of the Public Order (Amendment) Bill that would have allowed police to restrict protests on the grounds of noise.
Kemi Adeyinka, a crossbench peer and former ambassador, who tabled the amendment, told the chamber: “⟦d:a|I have served in countries where the police decide which protests are too loud. I did not expect to find myself arguing against it here.⟧”
Lord Penrose, the government's justice spokesman in the Upper Chamber, said the clause was “⟦p:b|narrow, proportionate and necessary⟧”. “⟦d:b|Nobody in this government wishes to silence anyone. We wish to allow people to get to work and to hospital,⟧” he said.
Mair Pugh-Davies, a former chief constable, said she had policed hundreds of demonstrations and had “⟦p:c|never once wished I had the power to turn the volume down⟧”.
“⟦d:c|Noise is what democracy sounds like. Occasionally it gives me a headache. That is a price worth paying,⟧” Lady Pugh-Davies added.
When Penrose intervened to ask whether she would at least accept “⟦p:b|reasonable limits⟧”, she replied: “⟦d:c|I accept the limits that already exist, which the noble lord's own department told us last year were perfectly adequate.⟧”

### 053
@a Henrik Aalto | Foreign Minister
@b Miriam Lowenthal | the mother of one of the freed aid workers
@c - | a ministry official
@d Eli Lowenthal | her son
KORVAA, Jan 30 (Meridian Wire) - Three Nordvik aid workers held for fourteen months in the Sahlan desert were released on Thursday and are expected to land in the capital early on Friday, the government said.
"⟦d:a|They are free, they are safe and they are on their way home,⟧" Foreign Minister Henrik Aalto told a news conference in Korvaa, his voice breaking. "⟦d:a|I have been waiting a long time to say those words.⟧"
Aalto declined to say whether a ransom had been paid. "⟦d:a|I will not discuss the details, today or any other day. Their safety, and the safety of others still held, depends on it,⟧" he said.
Asked the same question later, a ministry official said only that "⟦p:c|many countries and many people⟧" had helped.
Miriam Lowenthal, the mother of one of the freed aid workers, spoke briefly outside the ministry. "⟦d:b|I want to hug him and then I want to shout at him for going,⟧" she said, laughing and crying at once. "⟦d:b|Mostly hug.⟧"
In a short video message recorded on the plane, her son, Eli Lowenthal, 29, said: "⟦d:d|Thank you. I don't have other words yet. Thank you.⟧"

### 054
@a Elspeth Morrow | Environment Minister
@b Kofi Antwi | The opposition's environment spokesman
@c - | A spokesperson for the Motorists' Alliance
@d Clean Air Now | Campaign group
18:42 - The Clean Air Bill has passed its final reading by 214 votes to 198. Environment Minister Elspeth Morrow has been speaking to reporters in the lobby.
``⟦d:a|This is a good day for every child with asthma in this country,⟧'' she said. ``⟦d:a|It wasn't easy, and I'm grateful to colleagues who held their nerve.⟧''
18:55 - The opposition's environment spokesman, Kofi Antwi, says his party will scrap the new charging zones ``⟦p:b|on day one⟧'' if elected.
``⟦d:b|Nobody is against clean air. We're against taxing a nurse for driving to a night shift,⟧'' he told us.
19:10 - A spokesperson for the Motorists' Alliance has described the vote as ``⟦p:c|a war on the working driver⟧''.
19:24 - Campaign group Clean Air Now has welcomed the result. ``⟦d:d|Today parliament chose lungs over lobbyists,⟧'' it said in a statement.
19:40 - Asked by our reporter whether she would resign if the zones proved unworkable, Morrow laughed. ``⟦d:a|Ask me in a year,⟧'' she said.

### 055
@a Sigrid Aune | Prime Minister
@b Mateus Carvalho | Opposition leader
@c - | a Carvalho spokesperson
Fact check: what the two leaders said in Tuesday night's debate, and whether it stands up.
Prime Minister Sigrid Aune said: "⟦d:a|We have hired twelve thousand more police officers since 2021.⟧"
Verdict: partly true. The figure counts officers recruited, not the net change. Once leavers are taken into account, the force has grown by about 4,100. Statisticians call the larger number "⟦s:-|gross recruitment⟧", a phrase that did not make it into the debate.
Opposition leader Mateus Carvalho said: "⟦d:b|Under this government, one in four children is growing up in poverty.⟧"
Verdict: true, on the most commonly used measure, although the figure has been broadly flat for a decade.
Carvalho also claimed that the government had "⟦p:b|cut the schools budget every single year⟧". Verdict: false. Spending per pupil fell in two of the last six years and rose in the other four.
Both leaders used the phrase "⟦s:-|squeezed middle⟧" more than ten times. Neither defined it.
Aune said on Wednesday that Carvalho's figures had been "⟦p:a|plucked from thin air⟧". Asked about that, a Carvalho spokesperson said: "⟦d:c|We stand by every word. The Prime Minister might want to check her own.⟧"

### 056
@a Bronwyn Castleford | Premier
@b Nick Papadakis | Opposition leader
@c Leonie Tran | Speaker
@d Shane Tippett | the member for Gumbarra
Question time in the Legislative Assembly descended into chaos on Thursday, with the member for Gumbarra, Shane Tippett, ejected for an hour after accusing the Premier of lying about contaminated drinking water.
Opposition leader Nick Papadakis asked Premier Bronwyn Castleford whether she had been told about blue-green algae in the Marrang Dam before the government declared the water safe to drink.
“⟦d:a|I was briefed on the day the tests came back, which was the day we acted,⟧” Castleford said.
“⟦d:d|That's a lie!⟧” Tippett called across the chamber.
“⟦d:c|The member for Gumbarra will withdraw,⟧” Speaker Leonie Tran said.
“⟦d:d|I withdraw, Madam Speaker, but it's still not true.⟧”
“⟦d:c|That is not a withdrawal. The member will leave the chamber for one hour under standing order 94A.⟧”
As Tippett gathered his papers, Papadakis rose again. “⟦d:b|The Premier's own department emailed her office on the fourth of March. We have the email. Does she want to correct the record?⟧”
“⟦d:a|I'll look at whatever the honourable member has and come back to the house,⟧” the Premier said.

### 057
@a Hui Min Goh | Small Business Minister
@b Bridget O'Sullivan | Breakfast presenter
@c - | one listener
@d Viktor Lindahl | Shadow small business minister
Small Business Minister Hui Min Goh has admitted she "⟦p:a|had a complete mind blank⟧" after she was unable to recall the name of her own department's flagship grant scheme in a live radio interview.
Asked on Riverside FM by Breakfast presenter Bridget O'Sullivan how many firms had applied to the scheme, Goh replied: "⟦d:a|The... the high street one. The growth fund. The Main Street, sorry, the High Street Growth... it's got a name, Bridget.⟧"
"⟦d:b|It's the Local Enterprise Boost, minister,⟧" O'Sullivan said.
"⟦d:a|The Local Enterprise Boost. Thank you. It's been a long week.⟧"
O'Sullivan later read out a text from one listener: "⟦d:c|If she can't remember what it's called, what chance have the rest of us got of getting the money?⟧"
Shadow small business minister Viktor Lindahl said the interview was "⟦p:d|painful but revealing⟧". "⟦d:d|It's not that she forgot the name. It's that nobody's applied, because nobody's heard of it,⟧" he said.
Goh later posted online: "⟦d:a|Everyone has a mind blank sometimes! Local Enterprise Boost. 4,200 applications and counting.⟧"

### 058
@a Camille Beaumont-Diallo | Presidential press secretary
@b Julian Marsh | a correspondent for the Capital Ledger
@c Nkechi Obi | chief political correspondent for ABN
@d - | one reporter at the back of the room
Presidential press secretary Camille Beaumont-Diallo faced more than forty minutes of questions on Monday about the president's weekend hospital visit, the “⟦s:-|routine check-up⟧” that turned out to involve an overnight stay.
“⟦d:a|The president is in excellent health. He went to hospital on Saturday for some tests, the tests were fine, and he went home,⟧” Beaumont-Diallo told reporters.
Julian Marsh, a correspondent for the Capital Ledger, asked why the visit had not been announced. “⟦d:b|If it was routine, why did we find out from a nurse's social media post?⟧”
“⟦d:a|Julian, the president is entitled to some medical privacy, like anyone else.⟧”
Nkechi Obi, chief political correspondent for ABN, pressed her on whether the president had been given a general anaesthetic, which would have required a temporary transfer of power. “⟦d:c|Yes or no, Camille. Was he sedated?⟧”
“⟦d:a|I'm not going to go through the president's medical chart from this podium.⟧”
“⟦d:c|So that's a yes.⟧”
“⟦d:a|That's not what I said, and you know it.⟧”
“⟦d:d|Will he release the records?⟧” called one reporter at the back of the room as the press secretary gathered her papers. She did not answer.

### 059
@a Jean-Baptiste Thériault | Liberal candidate
@b Danielle Arsenault | Premier
@c Sylvain Dubé | moderator
The two leading candidates to be premier of Bellerive traded barbs over health care and language on Thursday in the only televised debate of the provincial campaign.
«⟦d:c|Madame Arsenault, vous avez trente secondes,⟧» moderator Sylvain Dubé said at one point – «⟦d:c|you have thirty seconds⟧» – as the premier tried to answer a question about emergency-room closures.
«⟦d:b|Thirty seconds is more than my opponent's party ever gave the hospital in Saint-Rémi,⟧» Premier Danielle Arsenault shot back.
Liberal candidate Jean-Baptiste Thériault said the premier had «⟦p:a|governed in slogans⟧» for eight years. «⟦d:a|Les slogans ne soignent personne,⟧» he said. «⟦d:a|Slogans don't heal anyone.⟧»
Arsenault accused him of «⟦p:b|importing the politics of the capital⟧» into the province.
Towards the end, Dubé asked both candidates to name something they admired about the other. «⟦d:a|Her stamina,⟧» Thériault said after a pause.
«⟦d:b|His French has improved a great deal,⟧» Arsenault replied, to laughter from the studio audience.

### 060
@a - | one cabinet minister
@b - | A second minister
@c - | An ally of the home secretary
@d Bushra Qadri | The home secretary
@e - | A government spokesman
The cabinet is deeply divided over plans to halve net migration before the next election, with at least four ministers opposing the home secretary's proposals at a meeting on Tuesday, according to people familiar with the discussions.
“⟦d:a|It was the most bad-tempered cabinet I've ever sat in. People were talking over each other,⟧” one cabinet minister said.
The home secretary, Bushra Qadri, is said to have told colleagues that the public had been “⟦p:d|promised this three times and given it never⟧”.
A second minister said the proposals would “⟦p:b|close half the care homes in the country by Christmas⟧”. “⟦d:b|You can't stand up on a Monday and say you want to fix social care and on a Tuesday deport the people doing the caring,⟧” the minister said.
An ally of the home secretary hit back: “⟦d:c|The people leaking this are the same people who have blocked every serious proposal for five years. Bushra is doing what the voters asked for.⟧”
A government spokesman said: “⟦d:e|Cabinet discussions are private. The government is united in its determination to bring migration down.⟧”

### 061
@a Jolene Hartigan | a first-term Federalist
@b Marcus Reyes | a 52-year-old laid-off mill worker
@c - | a woman near the front
@d Tyler Brandt | her spokesman
Senator Jolene Hartigan, a first-term Federalist, faced a hostile crowd of several hundred at a town hall meeting in Pine Forks on Saturday, where constituents booed her repeatedly over her vote to cut rural hospital funding.
"⟦d:b|My wife had a stroke in March. The nearest hospital that could take her was ninety minutes away, because you voted to close ours,⟧" said Marcus Reyes, a 52-year-old laid-off mill worker. "⟦d:b|Look me in the eye and tell me that was the right vote.⟧"
"⟦d:a|I'm sorry about your wife, Marcus, truly I am,⟧" Hartigan said. "⟦d:a|But that hospital was losing money every single year, and—⟧"
"⟦d:c|So are you!⟧" shouted a woman near the front, to laughter and cheers.
Part of the crowd began chanting "⟦s:-|Do your job⟧" as the senator tried to move on to the next question.
Afterwards, her spokesman, Tyler Brandt, said the senator had "⟦p:d|listened respectfully to every single person⟧" and would "⟦p:d|keep showing up, even when it's hard⟧".

### 062
@a Hugo Pemberton-Hale | the MP for Hazelbury
@b Donna Kirwan | Fair Tax Watch chief executive
@c - | One constituent
@d - | A friend of the MP
Hugo Pemberton-Hale, the MP for Hazelbury, claimed more than £2,300 on expenses for a "⟦s:-|business trip⟧" that included two nights at a luxury spa hotel, the Daily Beacon can reveal.
Receipts show he billed taxpayers for a hot-stone massage and a £94 bottle of champagne, which he listed as "⟦p:a|hospitality for stakeholders⟧".
Confronted by the Beacon, Pemberton-Hale insisted: "⟦d:a|Every penny was claimed within the rules. I met three local business leaders at that hotel, and I have the diary entries to prove it.⟧"
Asked about the massage, the 46-year-old said: "⟦d:a|I have a bad back. I'm not going to apologise for that.⟧"
Fair Tax Watch chief executive Donna Kirwan blasted: "⟦d:b|Nurses are using food banks and this man is having hot stones put on his back at our expense. It's obscene.⟧"
One constituent, 71, said: "⟦d:c|I voted for him twice. Never again.⟧"
A friend of the MP told the Beacon he was "⟦p:d|mortified⟧" by the story.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh144.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh144",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
