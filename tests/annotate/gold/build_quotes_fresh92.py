# ruff: noqa: E501
"""Build ``quotes_fresh92.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with heckles and interruptions, select
committee hearings, broadcast and radio interviews in which presenters press
ministers, campaign trails and hustings, lobby briefings by spokespeople, council
meetings, leadership contests, leaks and unnamed sources, summits and foreign
ministers' news conferences, in the styles of wire, broadsheet, tabloid, local-paper,
magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh92-NNN``.

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
  it (``Another resident, a farmer who …``): the appositive is the description. A title
  before the name alone (``Prime Minister …``, ``Council leader Cllr …``, ``Deputy PM
  …``, ``press secretary …``) is the description; ``Cllr``, ``Sen.`` and the like are
  stripped from the name and are not descriptions. A role phrase with its article
  before the name (``The Speaker, Rhodri Penhallow``) is the description with its
  article.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 67-year-old``, ``the minister``), that
  description is taken.
* Heckles and interjections in a chamber are ``direct``. When the passage describes
  who shouted (``one member``, ``a man in the public gallery``) the speaker is null
  and that phrase is the description; a shout located only by where it came from
  (``shouts of "…" from the back of the hall``, ``came a shout from the opposition
  benches``) has speaker and description null.
* A caller or member of the public identified by a first name (``One caller, Brian from
  Hollowmere``, ``a sixth-former …, who gave her name as Ella``) has that first name as
  the speaker.
* A lobby spokesperson who is not named (``her official spokesman``) has a null
  speaker and that phrase as the description; a named spokesperson is the speaker.
  A party, department or council that is itself the grammatical speaker is the speaker.
* Words quoted from a leaked or published document whose author is not identified
  (``the memo states``, ``a joint statement referred to``) have a null speaker and the
  document as written as the description. When the author is identified, the author
  is the speaker.
* A quoted phrase that the reporter attributes to a speaker only later in the passage
  (a lead that says someone was accused of "…", with the accuser named further down)
  belongs to that speaker.
* When a presenter or questioner quotes back a person's earlier words (``Last month
  you told this programme, and I quote, "…"``) outside any enclosing quotation marks,
  the span belongs to the person whose words they were.
* Names of programmes, operations, reports and bills, campaign and party slogans, the
  markings on documents and labels the press gives to a row (``the "ferry fiasco"``)
  are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh92.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh92.jsonl")

PASSAGES = """
### 001
@a Adaeze Okonkwo-Hale | Prime Minister
@b Gideon Ferraby | the opposition leader
@c - | one member
@d Rhodri Penhallow | the Speaker
@e - | A Castlegate source
Prime Minister Adaeze Okonkwo-Hale clashed repeatedly with the opposition leader, Gideon Ferraby, at a rowdy session of Prime Minister’s Questions on Wednesday, as the row over hospital waiting lists dominated the chamber for a third week running.
Ferraby opened by reading a letter from a constituent in Marlow Vale. “⟦d:b|Mrs Thibodeaux waited nineteen months for a hip operation. Nineteen months,⟧” he told MPs. “⟦d:b|Can the Prime Minister tell her, and the House, why?⟧”
Okonkwo-Hale said the case was “⟦p:a|unacceptable⟧” and promised to look into it personally, before accusing the opposition of “⟦p:a|weaponising individual suffering for a soundbite⟧”.
That provoked loud jeers from the benches opposite. “⟦d:c|Shame!⟧” shouted one member.
The Speaker, Rhodri Penhallow, rose to his feet. “⟦d:d|Order! The House will come to order. The public is watching, and I can tell honourable members they are not impressed,⟧” he said.
Ferraby returned to the despatch box. “⟦d:b|The Prime Minister talks about weaponising. I talk about waiting. She has had six years,⟧” he said. “⟦d:b|When will the waiting stop?⟧”
“⟦d:a|The waiting is coming down, month on month, because of decisions this government took and he opposed,⟧” the Prime Minister replied, brandishing a sheet of figures. “⟦d:a|He can shout all he likes. The numbers don’t shout. They just get better.⟧”
A Castlegate source later described the exchange as “⟦p:e|a score draw at worst⟧”, while opposition aides circulated a clip of the Prime Minister’s answer under the heading “⟦s:-|Waiting, not weaponising⟧”.

### 002
@a Hermione Achterberg | The committee chair
@b Sunita Varghese-Coll | the department's permanent secretary
@c Colm Ashdown-Reyes | a Liberal Union member of the committee
@d The Public Audit Office | -
The most senior civil servant at the Department for Regional Infrastructure was accused on Tuesday of "⟦p:c|presiding over a shambles⟧" as MPs questioned her about the £2.3bn overspend on the Northway rail link.
Sunita Varghese-Coll, the department's permanent secretary, told the public accounts committee that she accepted "⟦p:b|full responsibility⟧" for failures of oversight but rejected suggestions that ministers had been kept in the dark.
"⟦d:b|I want to be absolutely clear. Ministers were informed at every stage where they needed to be informed,⟧" she said.
The committee chair, Hermione Achterberg, was unconvinced. "⟦d:a|With respect, 'where they needed to be' is doing a great deal of work in that sentence,⟧" she said. "⟦d:a|Who decided what they needed to know?⟧"
"⟦d:b|Officials, on the basis of the advice we had at the time.⟧"
"⟦d:a|So you decided,⟧" Achterberg said.
The Public Audit Office found last month that the project's risk register had not been updated for 14 months, and described its cost controls as "⟦p:d|weak to non-existent⟧".
Colm Ashdown-Reyes, a Liberal Union member of the committee, said the evidence showed the department had been presiding over a shambles for years. "⟦d:c|I've sat on this committee for nine years and I don't think I've heard a permanent secretary say 'I don't know' quite so often in one afternoon,⟧" he said.
Varghese-Coll replied: "⟦d:b|I would rather tell the committee I don't know than tell it something that turns out to be wrong.⟧"

### 003
@a Declan Oyewole | presenter
@b Fenella Strachan-Moss | The housing minister
@c Ikechukwu Obi | the shadow housing secretary
@d The Department for Housing | -
The housing minister, Fenella Strachan-Moss, was pressed eight times on Thursday morning to say whether the government would still meet its target of 300,000 new homes a year, and eight times declined to give a straight answer.
Appearing on Radio Tallis’s “⟦s:-|Breakfast Hour⟧”, she was asked by presenter Declan Oyewole whether the target was still alive.
“⟦d:b|The target is an ambition, and it’s an ambition we remain absolutely committed to,⟧” she said.
“⟦d:a|That’s not what I asked. Is it still the target?⟧”
“⟦d:b|Declan, what I’m saying is that we are building more homes—⟧”
“⟦d:a|Fewer than last year.⟧”
“⟦d:b|—more homes than the previous government ever managed, and if you look at the pipeline—⟧”
“⟦d:a|Minister, forgive me. Yes or no?⟧” Oyewole interjected.
Strachan-Moss laughed. “⟦d:b|Life isn’t yes or no. Housing certainly isn’t.⟧”
Later in the programme, the shadow housing secretary, Ikechukwu Obi, called the interview “⟦p:c|a masterclass in saying nothing⟧”.
“⟦d:c|If the minister can’t tell listeners whether her own target exists, how is a builder in Carrow supposed to plan?⟧” he said.
The Department for Housing said in a statement that “⟦p:d|record levels of investment⟧” were going into new homes and that the target “⟦p:d|remains in place⟧”.

### 004
@a - | her official spokesman
@b - | One journalist
@c Talulah Brennan-Ode | press secretary
@d The Department for Transport | -
The Prime Minister retains "⟦p:a|full confidence⟧" in the embattled transport secretary, Marcus Oduya, her official spokesman said on Monday, despite mounting pressure over the collapse of the Western Ferries contract.
Asked at the regular lobby briefing whether Oduya would still be in post by the end of the week, the spokesman said: "⟦d:a|The Prime Minister has full confidence in the transport secretary. He's doing an important job and she wants him to get on with it.⟧"
Pressed on whether the Prime Minister had read the internal review into the contract, he said: "⟦d:a|I'm not going to get into what she has or hasn't read. The review will be published in due course.⟧"
One journalist asked: "⟦d:b|Is 'in due course' before or after he's sacked?⟧"
"⟦d:a|I'm not going to dignify that,⟧" the spokesman replied, to laughter.
Later, press secretary Talulah Brennan-Ode told reporters that the government had "⟦p:c|nothing to hide⟧" over what opposition MPs have taken to calling the "⟦s:-|ferry fiasco⟧".
"⟦d:c|Every document that can be published will be published,⟧" she said. "⟦d:c|Some of it is commercially sensitive, and frankly I'd have thought you of all people would understand that.⟧"
The Department for Transport said Oduya remained "⟦p:d|focused on delivery⟧" and would set out next steps to parliament on Wednesday.

### 005
@a Maeve Dunleavy | Council leader
@b Bashir Qureshi | leader of the Independent group
@c Tegwen Rowlands | The mayor
@d - | a man in the public gallery
Plans to close three branch libraries in Porthcadno were approved at a stormy meeting of the borough council on Wednesday night, after the mayor twice threatened to clear the public gallery.
Council leader Cllr Maeve Dunleavy said the authority had “⟦p:a|no good options left⟧” after a £6.4m cut in its grant.
“⟦d:a|Nobody came into local politics to shut libraries. I certainly didn’t,⟧” she told the chamber. “⟦d:a|But I will not set an illegal budget, and I will not pretend to people that the money is there when it isn’t.⟧”
Cllr Bashir Qureshi, leader of the Independent group, said the decision amounted to “⟦p:b|cultural vandalism⟧”.
“⟦d:b|The branch at Heol Fach is the only warm building some of my residents go into all week,⟧” he said. “⟦d:b|Close it, and you will see the cost somewhere else — in the surgery, in A&E, in the coroner’s court.⟧”
At that point a man in the public gallery shouted: “⟦d:d|You don’t even live here!⟧”
The mayor, Cllr Tegwen Rowlands, called for quiet. “⟦d:c|I will say this once more. If there are further interruptions I will ask the officers to clear the gallery,⟧” she said.
Dunleavy, responding to Qureshi, said his group had “⟦p:a|not once⟧” proposed a costed alternative. “⟦d:a|It is very easy to be against things,⟧” she added. “⟦d:a|It is a lot harder to be for something and pay for it.⟧”
The vote was carried by 27 votes to 19. Campaigners gathered outside the civic centre afterwards with banners reading “⟦s:-|Books Not Cuts⟧” and “⟦s:-|Hands Off Heol Fach⟧”.

### 006
@a Ravindra Sethi | the former home secretary
@b Callum Ogilvie | the party's health spokesman
@c Imelda Foyle | the broadcaster
@d - | a party member from Ashby Fold
The two men vying to lead the Civic Party traded blows over tax and immigration at a bad-tempered hustings in Dunmarrow on Saturday, with Ravindra Sethi accusing his rival of "⟦p:a|living in the past⟧".
Sethi, the former home secretary, told about 600 party members in the Corn Exchange that the party had to "⟦p:a|stop apologising⟧" for wanting lower taxes.
"⟦d:a|We lost the last election because people didn't know what we stood for. I know what I stand for. I stand for letting people keep more of what they earn,⟧" he said.
Callum Ogilvie, 41, the party's health spokesman, said that was "⟦p:b|fantasy economics that we tried and the voters rejected⟧".
"⟦d:b|Ravi, I like you. Everyone in this room likes you,⟧" Ogilvie said. "⟦d:b|But you can't promise tax cuts, more nurses and a balanced budget in the same breath. People can count.⟧"
"⟦d:a|People can also tell when a politician is frightened of his own shadow,⟧" Sethi shot back.
The hustings was chaired by the broadcaster Imelda Foyle, who had to call for order when members began heckling. "⟦d:c|Gentlemen, and I use the word loosely, could we have one at a time?⟧" she said.
Later a party member from Ashby Fold stood up and asked: "⟦d:d|Which of you is actually going to win back the seats we lost in the north?⟧"
"⟦d:b|I am, because I'm from the north and I don't need a map to find it,⟧" Ogilvie said.
Sethi, who grew up in Kesworth-on-Wend, leaned into his microphone. "⟦d:a|Me,⟧" he said, to cheers.

### 007
@a - | the memo
@b - | One senior government source
@c - | An ally of Hamish Lindqvist
@d - | A Treasury spokeswoman
@e Oluwaseun Brandt | The shadow chancellor
A leaked Treasury memo warns that the government’s flagship childcare pledge could cost almost twice as much as ministers have publicly claimed, raising fresh questions about the chancellor’s spending plans.
The six-page document, marked “⟦s:-|Official – Sensitive⟧” and seen by the Gazette, says the scheme’s costs are “⟦p:a|highly likely to exceed⟧” the £4bn a year set out in the spring statement.
“⟦d:a|On central assumptions, the annual cost by year three is in the region of £7.2bn. Upside risks are material and have not been reflected in published figures,⟧” the memo states.
It was written in March by officials in the Treasury’s public spending directorate and circulated to a small number of special advisers.
One senior government source said the memo was “⟦p:b|a worst-case exercise that has been overtaken by events⟧”. “⟦d:b|Officials are paid to think about what might go wrong. That’s all this is,⟧” the source said.
An ally of Hamish Lindqvist, the chancellor, said the leak had been timed to damage him ahead of the autumn leadership contest. “⟦d:c|Somebody in Castlegate wants Hamish holding the baby when this goes wrong. It’s not exactly subtle,⟧” the ally said.
A Treasury spokeswoman said: “⟦d:d|We do not comment on leaks. The costings published at the spring statement remain the government’s position.⟧”
The shadow chancellor, Oluwaseun Brandt, said: “⟦d:e|If this is true, ministers have been telling parents one thing while their own officials have been telling them another. They need to come to the House and explain which is the truth.⟧”

### 008
@a Élodie Marchetti-Baudin | Montavel’s foreign minister
@b Anders Tolvanen | Kestria’s foreign minister
@c - | a Kestrian reporter
@d - | A joint statement
Kestria and Montavel agreed on Friday to resume talks on their disputed river border, ending a fourteen-month freeze, but the two foreign ministers offered sharply different accounts of what had been agreed.
Speaking at a joint news conference in Lavergne, Montavel’s foreign minister, Élodie Marchetti-Baudin, said the deal marked «⟦p:a|a new chapter⟧» between the neighbours.
«⟦d:a|Nous avons choisi le dialogue plutôt que la confrontation,⟧» she said, before repeating in English: «⟦d:a|We have chosen dialogue over confrontation.⟧»
Kestria’s foreign minister, Anders Tolvanen, was more cautious. «⟦d:b|I would not call it a new chapter. I would call it a new page, and pages can be torn out,⟧» he said through an interpreter.
Asked by a Kestrian reporter whether his government had dropped its demand for international monitors on the river, he replied: «⟦d:b|We have dropped nothing. The monitors remain our position.⟧»
Marchetti-Baudin, standing a metre to his left, smiled tightly. «⟦d:a|Every country has positions. The point of talks is that positions move,⟧» she said.
The reporter pressed: «⟦d:c|So which of you has moved?⟧»
«⟦d:b|Ask me in three months,⟧» Tolvanen said.
A joint statement issued after the news conference referred only to «⟦p:d|frank and constructive exchanges⟧» and made no mention of monitors.

### 009
@a Barnaby Quist | Deputy PM
@b Kerry-Ann Mottram | a mum-of-three from Bexmoor
@c - | One aide
@d Reg Tully | pensioner
@e - | a party spokesman
RED-FACED Deputy PM Barnaby Quist was left squirming yesterday after a furious mum ambushed him on a walkabout — and told him he was "⟦p:b|clueless⟧".
Kerry-Ann Mottram, 38, a mum-of-three from Bexmoor, collared the minister outside a bakery as TV cameras rolled.
"⟦d:b|Do you know how much a loaf of bread is? Go on, tell me,⟧" she demanded.
Quist, 52, spluttered: "⟦d:a|Well, it depends on the loaf, doesn't it?⟧"
"⟦d:b|It's £1.60 in there. It was a quid when you lot got in,⟧" she fired back. "⟦d:b|You haven't got a clue, have you?⟧"
The millionaire minister tried to move on, telling her: "⟦d:a|I completely understand people are feeling the pinch, and that's exactly why we—⟧"
But she cut him off: "⟦d:b|Don't give me a speech. Give me a straight answer.⟧"
One aide was heard muttering: "⟦d:c|Get him in the car.⟧"
Pensioner Reg Tully, 71, who watched the whole clash, told The Daily Clarion: "⟦d:d|She said what we're all thinking. Good on her.⟧"
Last night a party spokesman insisted Quist had "⟦p:e|enjoyed a lively conversation⟧" with voters in Bexmoor.

### 010
@a Halvard Brekke | the Norland prime minister and summit host
@b - | The final communique
@c Tomás Echeverría Luna | President
@d Wilhelmina Oosterhuis | the chancellor of Frisland
@e - | A diplomat involved in the negotiations
HALDVIK, June 14 (Meridian) - Leaders of the eleven-nation Northern Seas Council ended a two-day summit on Saturday with a pledge to cut shipping emissions by 40 percent by 2035, but failed to agree how the cuts would be paid for.
“⟦d:a|We have a target. We have a timetable. What we do not yet have is a chequebook,⟧” Halvard Brekke, the Norland prime minister and summit host, told reporters at the closing news conference.
The final communique commits members to “⟦p:b|ambitious, verifiable and fair⟧” reductions but defers any decision on a shared climate fund to a meeting of finance ministers.
President Tomás Echeverría Luna of Sarrano, whose country depends heavily on its fishing fleet, said smaller economies were being “⟦p:c|asked to carry the heaviest load with the lightest purse⟧”.
“⟦d:c|Sarrano will not sign a blank cheque written by others,⟧” he said. “⟦d:c|Fairness is not a footnote. It must be in the first line.⟧”
Wilhelmina Oosterhuis, the chancellor of Frisland, the bloc’s largest economy, said she understood the concerns but warned against delay.
“⟦d:d|Every year we wait, the bill gets larger, not smaller,⟧” Oosterhuis said, adding that she made the point to Sarrano “⟦p:d|with the greatest respect⟧”.
A diplomat involved in the negotiations said talks on the financing mechanism broke down at about 3 a.m. on Saturday. “⟦d:e|There was a moment when we thought it was done. Then one delegation asked for the text to be read again, line by line,⟧” the diplomat said, speaking on condition of anonymity.
Brekke said finance ministers would meet in September. “⟦d:a|This is not the end. It is, I hope, the end of the beginning of the argument,⟧” he said.

### 011
@a Piers Haldane-Mbeki | the justice secretary
@b Oriel Fanshawe | Your own chief inspector
@c The Prison Custody Officers’ Federation | -
Below is an edited transcript of Sunday’s interview between “⟦s:-|The Week Ahead⟧” presenter Rosalind Achebe and the justice secretary, Piers Haldane-Mbeki.
Q: Justice secretary, the prisons are full. Last month you told this programme, and I quote, “⟦d:a|We will not be releasing prisoners early, full stop.⟧” On Friday you released 1,400 prisoners early. What happened?
A: What happened is that we took a responsible decision on the basis of the latest projections, which were worse than anybody expected.
Q: Your own chief inspector, Oriel Fanshawe, called it “⟦p:b|a policy made on the back of an envelope⟧”.
A: I have a great deal of respect for Oriel. She has a job to do and I have a job to do. The Prison Custody Officers’ Federation told me last week their members were “⟦p:c|at breaking point⟧”. I wasn’t prepared to let that get worse.
Q: People listening will say you broke a promise.
A: People listening will also want to know there is a cell available when a dangerous offender is convicted. That’s the promise that matters. I’m not going to sit here and use the word “⟦s:-|broken⟧” about a decision that kept the public safe.
Q: Will there be more early releases?
A: I’m not going to speculate.

### 012
@a Lorraine Babineaux | a Prairie Party member from Colfax County who sponsored the bill
@b Wendell Ostrowski | Senate Majority Leader
@c Dale Pruett | Her spokesman
CAPITOL CITY, Wessendon (CP) -- The state Senate voted 26-23 late Tuesday to repeal the sales tax on groceries, sending the measure to a governor who has promised to veto it.
``⟦d:a|This is money that belongs in people's pockets, not in the state treasury,⟧'' said state Senator Lorraine Babineaux, a Prairie Party member from Colfax County who sponsored the bill. ``⟦d:a|Families in this state are paying tax on baby formula. Think about that.⟧''
Senate Majority Leader Wendell Ostrowski, who voted against the repeal, called it ``⟦p:b|a $400 million hole with a bow on it.⟧''
``⟦d:b|Nobody in this chamber wants to tax baby formula,⟧'' Ostrowski said during three hours of floor debate. ``⟦d:b|But nobody has told me yet which schools we close to pay for this.⟧''
Babineaux rose from her desk. ``⟦d:a|Will the gentleman yield for a question?⟧''
``⟦d:b|I will not,⟧'' Ostrowski replied.
Governor Ruth Ann Kimbrough has said repeatedly that she will veto any tax cut that is not paid for. Her spokesman, Dale Pruett, said Tuesday night that the governor's position ``⟦p:c|hasn't moved one inch.⟧''
``⟦d:c|She's been clear from day one. The budget has to balance, and this bill doesn't,⟧'' Pruett said.
Supporters of the repeal would need 30 votes in the Senate to override a veto.

### 013
@a Marguerite Adebayo-Finch | the government chief whip
@b - | One backbencher who has been on the receiving end of her attention
@c Lorcan Tierney | Her predecessor
@d - | Colleagues
Marguerite Adebayo-Finch keeps a tin of boiled sweets on her desk and a list of 41 names in her drawer. The sweets are for visitors. The list, she will not confirm, is for something else.
“⟦d:a|People imagine the whips’ office is all thumbscrews and threats,⟧” says the government chief whip, settling into an armchair in her office off the members’ lobby. “⟦d:a|Mostly it’s listening. You’d be amazed how many rebellions are really about a bypass.⟧”
She has held the job for three years, through two leadership challenges and a majority that has shrunk from 40 to 11. Colleagues describe her as “⟦p:d|terrifying⟧” and as “⟦p:d|the kindest person in the building⟧”, often in the same sentence.
She tells a story, without names, to illustrate the point.
“⟦d:a:m|The night of the welfare vote, I had a member in tears in that chair. Not because I’d shouted at her. Because her husband was ill and she hadn’t told anyone, and she couldn’t face voting against her own constituents and then going home to him.⟧
“⟦d:a:m|So I said: go home. I’ll sort it. And I did. We won by four.⟧
“⟦d:a|Does that make me soft? I don’t think so. She has voted with us every single time since.⟧”
One backbencher who has been on the receiving end of her attention was less sentimental. “⟦d:b|She doesn’t shout. She doesn’t have to. She just looks at you as if you’ve let your mother down,⟧” the MP said.
Her predecessor, Lorcan Tierney, who retired at the last election, is more generous. “⟦d:c|Marguerite is the best whip I’ve seen, and I’ve seen eleven. The trick is that she actually likes them,⟧” he says. “⟦d:c|I never did.⟧”
Asked whether she wants a job other than chief whip, she laughs. “⟦d:a|Everyone asks that. Nobody believes the answer. I’m happy where I am.⟧”

### 014
@a Yasmin Haddad-Kerr | Progressive candidate
@b Philippa Dunstable | Incumbent mayor
@c Oren Abramovich | a former police superintendent standing as an independent
@d Kwame Asante-Pryce | The moderator
The race to be mayor of Greater Ashcombe turned personal on Tuesday night as the three leading candidates clashed over crime, buses and each other's records in the only televised debate of the campaign.
Incumbent mayor Philippa Dunstable opened by defending her record on transport. "⟦d:b|When I took this job the buses were late, dirty and dangerous. Today they're just late, and we're working on that,⟧" she said, drawing laughter from the studio audience.
Progressive candidate Yasmin Haddad-Kerr was not amused. "⟦d:a|Philippa, people in Eastfold are waiting forty minutes for a bus that doesn't come. It's not a joke to them—⟧"
"⟦d:b|I didn't say it was a joke—⟧" Dunstable interjected.
"⟦d:a|—and it shouldn't be a joke to you.⟧"
The moderator, Kwame Asante-Pryce, stepped in. "⟦d:d|Let's let each candidate finish. Mr Abramovich, you've said the mayor has 'lost control' of the city centre. Do you stand by that?⟧"
Oren Abramovich, a former police superintendent standing as an independent, did. "⟦d:c|I've said it and I'll say it again. I walked those streets for twenty-two years. I know what control looks like, and this isn't it.⟧"
Dunstable said crime in the city centre was "⟦p:b|down eleven per cent on last year⟧" and accused Abramovich of "⟦p:b|talking the city down to talk himself up⟧".
"⟦d:c|Those are your numbers, Mayor. Ask the shopkeepers for theirs,⟧" he replied.
Polls suggest Dunstable and Haddad-Kerr are neck and neck, with Abramovich a distant third. Voting takes place on May 7.

### 015
@a Ewan McPhail | The council's chairman
@b Hamish Drummond | the 67-year-old
@c - | a farmer who did not want to be named
@d Glenbirnie Renewables | the developer
@e Morag Setoun | -
More than 200 people packed Kinlochard village hall on Monday night for a meeting of Strathcairn community council called to discuss plans for a 19-turbine wind farm on the Birnie hills.
The council's chairman, Ewan McPhail, opened by appealing for calm. "⟦d:a|We all live here. We'll all still live here when this is decided, one way or another. Let's remember that,⟧" he said.
Hamish Drummond, who farms at Balnacraig, said the turbines would be visible from every window of his house. "⟦d:b|They're telling us it's for the planet. Fine. But the planet doesn't have to look at them every morning. I do,⟧" the 67-year-old said.
Another resident, a farmer who did not want to be named, said he had been offered £38,000 a year to host two turbines. "⟦d:c|I'd be lying if I said that wasn't a lot of money to a hill farm,⟧" he said. "⟦d:c|Half the folk in this hall would take it if they were asked.⟧"
That drew shouts of "⟦d:-|Rubbish!⟧" from the back of the hall.
Glenbirnie Renewables, the developer, said in a statement read out at the meeting that it was "⟦p:d|committed to listening⟧" and would set up a community benefit fund worth £190,000 a year.
Morag Setoun, who represents the area in the regional parliament, said she would not take sides until a planning application was lodged. "⟦d:e|My job is to make sure every one of you gets heard,⟧" she said. "⟦d:e|I'll be honest, though: the road up this glen can't take a convoy of turbine blades.⟧"
McPhail closed the meeting just before 10pm. "⟦d:a|Well,⟧" he said, "⟦d:a|nobody can say we didn't talk about it.⟧"

### 016
@a Shirin Farahani | a 34-year-old former paramedic
@b Douglas Pethick | The defeated Civic Party candidate
@c Wobbly Jelly | Frivolous Party candidate
@d - | One senior Civic Party figure
The Liberal Union has overturned a Civic Party majority of more than 14,000 to win the Hexley and Wrayford by-election, in a result that will pile pressure on the government.
Shirin Farahani, a 34-year-old former paramedic, won by 3,206 votes on a turnout of 38 per cent, with the count at Hexley Leisure Centre finishing just after 4am.
“⟦d:a|The people of Hexley and Wrayford have spoken tonight, and what they have said is: enough,⟧” she told supporters, some of whom had been at the count for seven hours. “⟦d:a|Enough of being taken for granted. Enough of being told to wait.⟧”
The defeated Civic Party candidate, Douglas Pethick, said it had been “⟦p:b|a tough night⟧” but insisted the result was “⟦p:b|about local issues, not national ones⟧”.
“⟦d:b|Mid-term by-elections are always difficult for governing parties. I’ve been in politics long enough to know that,⟧” he said.
His speech was briefly interrupted by Frivolous Party candidate Sir Wobbly Jelly, who had polled 212 votes and shouted “⟦d:c|Recount! Recount!⟧” from the side of the stage, to laughter from all sides.
One senior Civic Party figure was blunter. “⟦d:d|This is a seat we have held since before most of our MPs were born. If this isn’t a wake-up call, I don’t know what is,⟧” they said.
Farahani, who will take her seat next week, promised to “⟦p:a|take Wrayford General to parliament⟧”. “⟦d:a|I used to drive people to that hospital in the back of an ambulance. Now I’m going to fight to stop it closing,⟧” the 34-year-old said.

### 017
@a Benedict Ampofo-Lyle | The culture secretary
@b Catriona Meldrum | Prime Minister
@c - | One senior backbencher
The culture secretary, Benedict Ampofo-Lyle, resigned from the cabinet on Thursday night in protest at the government's decision to sell the national broadcaster's archive, becoming the third minister to quit in a month.
In a letter to the Prime Minister, he wrote: "⟦d:a|I have served in your government with pride, and I would have been happy to go on serving. But I cannot stand at the despatch box and defend a policy I believe to be wrong.⟧"
"⟦d:a:m|The archive is not an asset to be sold. It belongs to everyone in this country who has ever laughed at, cried at or argued about something they saw on the screen. Once it is gone, it will not come back.⟧
"⟦d:a|I will continue to support the government from the back benches on every other issue, and I wish you well.⟧"
In her reply, Prime Minister Catriona Meldrum thanked him for his "⟦p:b|energy and dedication⟧" but said the sale was "⟦p:b|the right decision for taxpayers⟧".
"⟦d:b|I am sorry that you feel unable to continue, and I respect your reasons, though I do not share them,⟧" she wrote. "⟦d:b|You leave with my thanks and, I hope, a little more time for Harrowby Athletic on Saturdays.⟧"
One senior backbencher said the resignation letter was "⟦p:c|devastating in its politeness⟧". "⟦d:c|He's said everything without saying anything. That's how you know he means it,⟧" the MP said.

### 018
@a Thandiwe Mkhize-Allen | the environment secretary
@b Cerys Maddox | the opposition's environment spokeswoman
@c Oswald Kettering | the Deputy Speaker
@d Alastair Whitmore-Khan | the Civic member for Lower Eske
@e - | Government backbenchers
Ministers faced unease on their own benches on Monday as the government's water industry bill cleared its second reading by a majority of just 19.
Opening the debate, the environment secretary, Thandiwe Mkhize-Allen, said the bill would “⟦p:a|end the era of water companies treating our rivers as open sewers⟧”.
“⟦d:a|For too long, the bonuses have flowed faster than the rivers,⟧” she told MPs. “⟦d:a|This bill says: no more.⟧”
Alastair Whitmore-Khan, the Civic member for Lower Eske, rose to intervene. “⟦d:d|Will the secretary of state give way?⟧”
“⟦d:a|I will, briefly.⟧”
“⟦d:d|Does she accept that under clause 14 a company could pay its chief executive a bonus in the same year it is fined for pollution, provided the fine is under £10m?⟧”
“⟦d:a|I accept no such thing, and I’d gently suggest my honourable friend reads clause 15.⟧”
Cerys Maddox, the opposition's environment spokeswoman, said the bill was “⟦p:b|a press release with clause numbers⟧”. “⟦d:b|The secretary of state says ‘no more’. The bill says ‘not quite yet’. I know which one the water companies have read,⟧” Maddox said.
Government backbenchers shouted “⟦d:e|Nonsense!⟧”, prompting the Deputy Speaker, Oswald Kettering, to intervene.
“⟦d:c|Order. The honourable lady is entitled to be heard, whether or not honourable members agree with her,⟧” he said.

### 019
@a Hanne Vestergaard | Veritell's vice-president for public policy
@b Julian Marchbank | the committee chairman
@c Anjali Nair-Bowen | a Green member of the committee
@d Veritell | -
A senior executive at the social media company Veritell told MPs on Wednesday that it had "⟦p:a|no way of knowing⟧" how many political adverts on its platform had been paid for from overseas during the last general election.
Hanne Vestergaard, Veritell's vice-president for public policy, appeared before the digital affairs committee by video link from the company's European headquarters in Aalstad.
"⟦d:a|We take election integrity extremely seriously. We removed more than 40,000 pieces of content in the six weeks before polling day,⟧" she said.
Julian Marchbank, who chairs the committee, cut in. "⟦d:b|I didn't ask how many you removed. I asked how many you let through.⟧"
"⟦d:a|That's a number we don't have, because by definition—⟧"
"⟦d:b|Because you didn't look,⟧" the committee chairman said.
Anjali Nair-Bowen, a Green member of the committee, asked Vestergaard whether she would give evidence in person next time. "⟦d:c|With the greatest respect, a company worth £300bn can afford a train ticket,⟧" she said.
Vestergaard said she would "⟦p:a|consider the request⟧".
In a statement after the session, Veritell said it had "⟦p:d|answered every question fully and transparently⟧" and would write to the committee with further detail.

### 020
@a Rashid Mahmoud | Corvenbridge’s mayor
@b Brian | One caller
@c Sadie | another caller
@d Joanne Kilbride | Host
Corvenbridge’s mayor, Rashid Mahmoud, faced a grilling from listeners on Wednesday’s “⟦s:-|Ask the Mayor⟧” phone-in over the city’s new low-traffic zones.
One caller, Brian from Hollowmere, said his journey to work had doubled since the bollards went in. “⟦d:b|I’m sixty-two, I drive a van for a living, and you’ve made my life a misery. What do you say to that?⟧”
“⟦d:a|Brian, I hear you, and I’m genuinely sorry your journey’s got longer,⟧” Mahmoud replied. “⟦d:a|But the air on your street is cleaner than it was a year ago, and that matters too.⟧”
“⟦d:b|The air on my street is fine. It’s the air in my van I’m worried about, sat in a queue,⟧” Brian said.
Host Joanne Kilbride moved on to another caller, Sadie from Lowther Park, who backed the scheme. “⟦d:c|My kids cycle to school now. Two years ago I wouldn’t have let them out the door,⟧” she said.
Kilbride then put to the mayor figures from the Corvenbridge Chamber of Commerce, which claims footfall in the zones has fallen by 9 per cent. “⟦d:d|Mayor, are the shops wrong?⟧” she asked.
“⟦d:a|The shops aren’t wrong about their own tills. But the same survey shows footfall fell across the whole region, zones or no zones,⟧” he said.

### 021
@a Lisbeth Vang | The Progressive Party leader
@b - | a protester in a yellow tabard
@c The Civic Party | -
@d - | One shadow cabinet member
The Progressive Party leader, Lisbeth Vang, used her first conference speech on Tuesday to promise a “⟦p:a|decade of renewal⟧”, telling delegates in Pellham that the party was “⟦p:a|ready to govern, and ready now⟧”.
Standing in front of a backdrop bearing the slogan “⟦s:-|Ready for Renewal⟧”, she spoke for 58 minutes without notes, pacing the stage in trainers.
“⟦d:a:m|Fourteen years ago I stood in a church hall in Dunhollow with eleven people and a tea urn and told them that this party would one day form a government. Two of them laughed. The tea urn, I think, has since passed away.⟧
“⟦d:a|Conference, nobody is laughing now.⟧”
About twenty minutes in, a protester in a yellow tabard stood up near the front and shouted: “⟦d:b|What about the miners’ pensions?⟧” He was led out by stewards.
Vang paused. “⟦d:a|He has a point, and I’ll get to it,⟧” she said, to applause.
Delegates chanted “⟦s:-|Ready now!⟧” as she left the stage.
The Civic Party said the speech was “⟦p:c|long on slogans and short on sums⟧”.
One shadow cabinet member, speaking afterwards at a fringe event, said: “⟦d:d|That’s the best I’ve seen her. If she can do that every week between now and polling day, we win.⟧”

### 022
@a - | one cabinet minister
@b - | A second minister
@c - | A spokesperson for the Prime Minister's office
@d Teodor Kowalczyk | the finance minister
@e - | A source close to Kowalczyk
Tensions at the top of the government burst into the open on Sunday after cabinet ministers accused the finance minister, Teodor Kowalczyk, of briefing against the Prime Minister over the budget.
«⟦d:a|Everyone in that room knows where the stories are coming from. It is corrosive and it has to stop,⟧» one cabinet minister told the Herald.
A second minister was more measured but no less pointed. «⟦d:b|Teodor is a brilliant economist. He is not, yet, the Prime Minister, and he would do well to remember it,⟧» the minister said.
A source close to Kowalczyk dismissed the claims as «⟦p:e|nonsense from people with too much time on their hands⟧». «⟦d:e|He has been working sixteen-hour days on this budget. He hasn't got time to brief anyone about anything,⟧» the source said.
Kowalczyk himself, arriving at the ministry on Sunday morning, told reporters: «⟦d:d|I support the Prime Minister. I have always supported the Prime Minister. Next question.⟧»
A spokesperson for the Prime Minister's office said the two men had «⟦p:c|an excellent working relationship⟧» and spoke «⟦p:c|several times a day⟧».

### 023
@a Jean-Baptiste Okemba | leader of the opposition Union Verte group
@b Sandrine Lefèvre-Adjei | The regional president
@c Marcel Tissier | the presiding officer
Question time in the Haute-Vérenne regional assembly descended into uproar on Thursday as the opposition accused the regional president of breaking a promise to farmers over water charges.
Jean-Baptiste Okemba, leader of the opposition Union Verte group, opened in French. «⟦d:a|Madame la présidente, vous avez menti aux agriculteurs de cette région,⟧» he said («⟦d:a|Madam President, you have lied to the farmers of this region⟧»).
The accusation of lying, which breaches the assembly's standing orders, drew an immediate rebuke from the presiding officer, Marcel Tissier. «⟦d:c|Monsieur Okemba, you will withdraw that word,⟧» he said.
«⟦d:a|I withdraw the word. I do not withdraw the fact,⟧» Okemba replied, to cheers from his benches.
The regional president, Sandrine Lefèvre-Adjei, answering in English, said the charges had been «⟦p:b|frozen for two years, exactly as promised⟧». «⟦d:b|What the member calls a broken promise is an inflation adjustment that his own group voted for,⟧» she said. «⟦d:b|He should read his own voting record before he reads us lectures.⟧»
Cries of «⟦d:-|Menteuse!⟧» («⟦d:-|Liar!⟧») from the opposition benches forced Tissier to suspend the sitting for ten minutes.

### 024
@a Marisela Quintanilla | The first-term congresswoman for the 4th District
@b Janet Sorensen | a retired schoolteacher from Millbrook
@c - | one man in a seed-company cap
MILLBROOK — It took Marisela Quintanilla less than five minutes to lose control of her own town hall meeting on Saturday.
The first-term congresswoman for the 4th District had barely finished her opening remarks in the Millbrook High School gymnasium when the questions, and the shouting, began.
"⟦d:b|You voted for the pipeline. You told us you wouldn't. Which one was the lie?⟧" asked Janet Sorensen, a retired schoolteacher from Millbrook, to loud applause.
"⟦d:a|I didn't lie to anybody, Janet,⟧" Quintanilla said. "⟦d:a|The bill I voted for had forty-one things in it, and the pipeline was one of them. I fought to take it out and I lost.⟧"
"⟦d:c|Then you should've voted no!⟧" shouted one man in a seed-company cap.
"⟦d:a|Sir, if I'd voted no, the school lunch money goes too. Your grandkids eat that lunch,⟧" she replied.
Sorensen, speaking to reporters afterward, said she had voted for Quintanilla in November and "⟦p:b|probably⟧" would again. "⟦d:b|I just want her to look us in the eye. She did, I'll give her that,⟧" the 71-year-old said.

### 025
@a Ngaire Te Huia | Progressive campaign chief
@b Sebastian Lowry | Civic deputy leader
@c Felicity Onuoha | a pollster at Castell Research
@d Ibrahim Sallah | Our political editor
@e - | A Civic Party aide at the count in Brennock
23:02 The exit poll is in, and it’s a shock. It suggests the Progressives will be the largest party with 301 seats, 25 short of a majority.
23:09 Progressive campaign chief Ngaire Te Huia is cautious: “⟦d:a|It’s an exit poll, not a result. We’ve been here before and we’ll wait for the real votes.⟧”
23:15 Civic deputy leader Sebastian Lowry, sounding subdued, tells us: “⟦d:b|If that poll is right, it’s a disappointing night, there’s no point pretending otherwise.⟧” Asked whether the party leader should consider her position, he says: “⟦d:b|Not tonight. Tonight we count.⟧”
23:41 Felicity Onuoha, a pollster at Castell Research, says the margin of error is around 15 seats either way. “⟦d:c|The direction of travel is very clear. The exact landing spot is not,⟧” she says.
00:27 Our political editor, Ibrahim Sallah, says the mood at Civic headquarters is “⟦p:d|funereal⟧”. “⟦d:d|I’ve just seen two advisers hugging in a corridor, and I don’t think it was for joy,⟧” he reports.
01:12 First result from Brennock South: Progressive gain. A Civic Party aide at the count in Brennock texts us: “⟦d:e|Brutal. Absolutely brutal.⟧”
01:30 Te Huia again, now smiling: “⟦d:a|OK. I’ll allow myself one cup of tea.⟧”

### 026
@a Harriet Ondaatje-Moore | President Calloway's nominee for attorney general
@b Clement Varga | the committee's ranking member
@c Roy Baptiste | The committee chairman
Harriet Ondaatje-Moore, President Calloway's nominee for attorney general, refused on Tuesday to say whether she would recuse herself from the investigation into the president's former campaign manager, during a combative first day of confirmation hearings.
"⟦d:a|Senator, I'm not going to prejudge a decision I haven't been asked to make, on facts I haven't seen,⟧" she told the Judiciary Committee.
Senator Clement Varga, the committee's ranking member, was unimpressed. "⟦d:b|You've seen the newspapers. Everyone in this room has seen the newspapers,⟧" he said. "⟦d:b|You were the president's personal lawyer for six years. How is that not a conflict?⟧"
"⟦d:a|Being someone's lawyer isn't a conflict. It's a job,⟧" Ondaatje-Moore replied. "⟦d:a|I'll take the advice of the department's ethics officials, as every attorney general before me has done.⟧"
"⟦d:b|Will you follow that advice?⟧"
"⟦d:a|I'll take it very seriously.⟧"
"⟦d:b|That's not what I asked,⟧" Varga said.
The committee chairman, Senator Roy Baptiste, cut the exchange short when Varga's time expired. "⟦d:c|The senator will have another round. We all will. Let's keep moving,⟧" he said.
Baptiste later told reporters he expected the nominee to be confirmed "⟦p:c|comfortably⟧" and described her as "⟦p:c|one of the finest legal minds of her generation.⟧"

### 027
@a Ulrike Brandstätter | The Union’s chief negotiator
@b Kofi Mensah-Darko | the country’s trade secretary
@c - | one reporter
@d - | An official familiar with the talks
The Union’s chief negotiator, Ulrike Brandstätter, said on Monday that trade talks with Marrovia had reached «⟦p:a|a serious moment⟧», as the deadline to agree fishing quotas loomed.
«⟦d:a|We are not there yet. We are closer than we were. But closer is not a deal,⟧» she said on the steps of the Council building in Vaalburg, before declining further questions.
«⟦d:c|Will you walk away, Madame Brandstätter?⟧» one reporter shouted.
«⟦d:a|Nobody is walking anywhere. We are all sitting down,⟧» she said over her shoulder.
Hours later in Marrovia, Kofi Mensah-Darko, the country’s trade secretary, said he was «⟦p:b|cautiously optimistic⟧». «⟦d:b|The fish have not read the treaty, and neither, I suspect, have some of the people commenting on it,⟧» he told broadcasters. «⟦d:b|We will get this done, but not at any price.⟧»
An official familiar with the talks said the two sides were «⟦p:d|within touching distance⟧» on quotas but «⟦p:d|a long way apart⟧» on enforcement. «⟦d:d|Everyone wants to be seen to be tough until about eleven o’clock on the last night,⟧» the official said.

### 028
@a Amara Osei-Whitfield | the court’s president
@b Nathaniel Crowhurst | The attorney general
@c Aoife Gallagher | the campaigner who brought the case
@d Rupert Haig | one of two dissenting judges
@e - | one constitutional lawyer
The government acted unlawfully when it suspended parliament for five weeks during the budget crisis, the Supreme Court ruled on Wednesday, in a judgment that one constitutional lawyer called “⟦p:e|the most important in a generation⟧”.
By seven votes to two, the court found that the suspension had “⟦p:a|the effect of frustrating or preventing, without reasonable justification, the ability of parliament to carry out its constitutional functions⟧”.
Delivering the judgment, Amara Osei-Whitfield, the court’s president, said: “⟦d:a|The prime minister’s advice to the head of state was unlawful, void and of no effect. Parliament has not been suspended.⟧”
Rupert Haig, one of two dissenting judges, wrote that the question was “⟦p:d|political, not legal, and should have been left to the ballot box⟧”.
Aoife Gallagher, the campaigner who brought the case, wept outside the court. “⟦d:c|I’m not a lawyer. I’m a mother of three from Cloncarrig who thought something was wrong. Today the highest court in the land agreed with me,⟧” she said.
The attorney general, Nathaniel Crowhurst, said the government “⟦p:b|respects the court’s judgment⟧” but “⟦p:b|profoundly disagrees⟧” with it. “⟦d:b|We will study it carefully and set out our response to the House tomorrow,⟧” he said.

### 029
@a Fionnuala Byrne | the party's general secretary
@b Amir Sadeghi | a 46-year-old former trade union official
@c Kateryna Bondar-Hill | the former deputy leader
@d - | a nurse from Wyndham
Amir Sadeghi has been elected leader of the People's Alliance with 58 per cent of the vote, beating the former deputy leader Kateryna Bondar-Hill after a bruising ten-week contest.
The result was announced at a packed special conference in Tarrowgate by the party's general secretary, Fionnuala Byrne. "⟦d:a|I hereby declare that Amir Sadeghi is elected leader of the People's Alliance,⟧" she said, to a standing ovation.
Sadeghi, a 46-year-old former trade union official, hugged his wife and two teenage sons before taking the stage. "⟦d:b|Twenty-five years ago I was sweeping the floor of a biscuit factory in this town. Today I'm standing in front of you as your leader. Only in this party. Only in this movement,⟧" he said.
"⟦d:b|To Kateryna, I say thank you. You ran a brilliant campaign, and I want you at my side.⟧"
Bondar-Hill, who had been backed by most of the party's MPs, conceded graciously. "⟦d:c|The members have spoken, and they've spoken clearly. Amir has my full support,⟧" she said. Asked whether she would serve in his shadow cabinet, she said: "⟦d:c|If he asks, I'll listen.⟧"
One delegate, a nurse from Wyndham, said: "⟦d:d|He sounds like us. That's all I've ever wanted from a leader.⟧"

### 030
@a Matthias Oberholzer | the Centre Party leader
@b Henrik Sandvold | the Green leader
@c - | A negotiator from the Green side
Coalition talks between the Centre Party and the Greens stalled on Thursday night over motorway funding, ten days after an election that left neither with a majority.
“⟦d:a|We have agreed on ninety per cent. Unfortunately the last ten per cent is made of concrete,⟧” the Centre Party leader, Matthias Oberholzer, told reporters outside the parliament building just before midnight.
Henrik Sandvold, who leads the Greens, emerged twenty minutes later. Asked about the concrete, he smiled. “⟦d:b|Matthias has a gift for a phrase. I have a gift for patience,⟧” the Green leader said.
“⟦d:b|We were not elected to build six-lane roads through wetlands. He knows that. His voters know that, actually.⟧”
Oberholzer, told of the remark as he got into his car, said: “⟦d:a|Henrik is welcome to explain that to the people of Vessby who sit in traffic for an hour every morning.⟧”
A negotiator from the Green side said talks would resume on Saturday. “⟦d:c|Nobody is walking out. But nobody is signing anything tonight either,⟧” she said.

### 031
@a Rory Tamblyn | deputy chief whip
@b Priti Wadhwa | the MP for Salcombe Moor
@c Tristan Hale | a former minister
@d - | A party spokesperson
Leaked messages from a WhatsApp group of more than 80 Civic Party MPs reveal the depth of anger on the backbenches over the government's handling of the fuel duty rise.
In one message, sent at 11.42pm on the night of the vote, deputy chief whip Rory Tamblyn wrote: "⟦d:a|Anyone not in the lobby tonight needs a VERY good reason. Dead or in hospital. Preferably dead.⟧"
Priti Wadhwa, the MP for Salcombe Moor, replied: "⟦d:b|With respect Rory, some of us have constituents who drive for a living. Threatening us won't change that.⟧"
Tristan Hale, a former minister, posted a single word: "⟦d:c|Shambolic.⟧"
In another message, Wadhwa wrote that the leadership was "⟦p:b|sleepwalking towards a wipeout⟧". The group, known to members as "⟦s:-|Civic Family⟧", was set up by the whips' office in 2019.
A party spokesperson said: "⟦d:d|Private conversations between colleagues are just that. Rory's message was clearly a joke.⟧"
Tamblyn told the Post last night: "⟦d:a|It was gallows humour at midnight. I'd apologise to anyone who took it literally, but I don't think anyone did.⟧"

### 032
@a Zainab Koroma | a student nurse from Eastwick
@b - | An Ardmouth Police spokesman
@c Lachlan Frew | the independent MP
@d - | An older man holding a thermos
Several thousand people marched on parliament on Saturday to protest against cuts to student nurse bursaries, chanting “⟦s:-|Fund our future!⟧” and waving placards reading “⟦s:-|Clap for us? Pay us!⟧”
Zainab Koroma, 23, a student nurse from Eastwick, said she had come with forty of her classmates. “⟦d:a|We do twelve-hour shifts on wards for nothing and then go home and write essays. Now they want us to pay for the privilege,⟧” she said.
Addressing the crowd from a flatbed lorry, the independent MP Lachlan Frew said the cuts were “⟦p:c|a disgrace to a country that calls itself civilised⟧”. “⟦d:c|You held this country together when it was falling apart. The least it owes you is the bus fare,⟧” he told them.
Not everyone was sympathetic. An older man holding a thermos, watching from the pavement, said: “⟦d:d|I did my training in the seventies and we paid our way. Mind you, it cost nothing then.⟧”
An Ardmouth Police spokesman said the march had been “⟦p:b|largely peaceful⟧” and that two people had been arrested for criminal damage.
“⟦d:a|If they don’t listen today, we’ll be back next month with twice as many,⟧” Koroma said.

### 033
@a Tomasz Zieliński | the Progressive candidate for Harlow Cross
@b - | a woman in a dressing gown
@c Derek | a man who gave his name only as Derek
@d Fenna Rietveld | His campaign manager
It is 10am on a wet Saturday on the Greyfriars estate, and Tomasz Zieliński, the Progressive candidate for Harlow Cross, has knocked on 43 doors. Eleven have opened.
"⟦d:a|Eleven is good. Eleven is very good for a Saturday in the rain,⟧" he says, shaking water off a clipboard.
At number 14, a woman in a dressing gown listens to his pitch on childcare for about a minute. "⟦d:b|I'll be honest, love, I don't vote. None of you ever come back after,⟧" she says, not unkindly.
"⟦d:a|I'll come back,⟧" Zieliński says. "⟦d:a|I'll come back on the 9th of May and tell you what I've done.⟧"
"⟦d:b|You'd be the first.⟧"
At number 22, a man who gave his name only as Derek is blunter. "⟦d:c|Where are you from, then? Originally?⟧" he asks.
"⟦d:a|Harlow Cross General, originally. I was born on the third floor,⟧" says the 29-year-old, whose parents moved to the town a year before he arrived. Derek, apparently satisfied, takes a leaflet.
His campaign manager, Fenna Rietveld, says conversations like that happen "⟦p:d|maybe once a street⟧". "⟦d:d|He handles it better than I would,⟧" she says.

### 034
@a Gillian Hatherleigh | chairman
@b Pauline Okafor | the parish clerk
@c - | One councillor
A parish council meeting in Upper Wendle descended into farce on Tuesday when the chairman muted the clerk halfway through reading the minutes — and the clerk resigned on the spot.
A recording of the online meeting, which has since been viewed more than 200,000 times, shows chairman Gillian Hatherleigh telling the parish clerk, Pauline Okafor: “⟦d:a|You have no authority here, Pauline. None. Read the minutes as written.⟧”
“⟦d:b|I am reading the minutes as written, Gillian. That’s rather the problem,⟧” Mrs Okafor replied.
Moments later her microphone was muted. When she managed to unmute herself, she said: “⟦d:b|I have been clerk to this council for nineteen years and I have never been spoken to like that. I resign. Effective immediately. Good evening.⟧”
Speaking to the Wendle Valley Advertiser on Wednesday, Mrs Hatherleigh said the clip had been “⟦p:a|taken entirely out of context⟧”. “⟦d:a|There is a long history here that people watching a thirty-second video know nothing about,⟧” she said.
One councillor, who asked not to be named, said the atmosphere had been “⟦p:c|poisonous for months⟧”. “⟦d:c|Pauline was the only one holding the whole thing together. Heaven knows what happens now,⟧” she said.
The clip has been shared online under the hashtag “⟦s:-|#YouHaveNoAuthorityHere⟧”.

### 035
@a Alexandra Voss | presenter
@b Rajiv Menon-Clarke | The shadow chancellor
@c The Civic Party | -
The shadow chancellor, Rajiv Menon-Clarke, repeatedly refused on Sunday to rule out raising income tax if his party wins the election, in a tetchy exchange on NBS's ``⟦s:-|Sunday Edition⟧''.
``⟦d:a|It's a simple question, Mr Menon-Clarke. Will income tax go up under your government?⟧'' asked presenter Alexandra Voss.
``⟦d:b|We have no plans to raise income tax,⟧'' he said.
``⟦d:a|No plans. Your predecessor had no plans, and then he had plans. Will you rule it out?⟧''
``⟦d:b|I'm not going to write a budget on a Sunday morning sofa, Alexandra.⟧''
``⟦d:a|Nobody is asking you to write a budget. I'm asking you to rule out one thing.⟧''
``⟦d:b|And I've told you we have no plans.⟧''
Within the hour the Civic Party had issued a statement accusing him of sitting on ``⟦p:c|a tax bombshell waiting to go off⟧''.
Menon-Clarke later told reporters that the interview had been ``⟦p:b|lively⟧'' and that he had ``⟦p:b|enjoyed every minute⟧''.

### 036
@a Conrad Fairweather | The chancellor
@b Meera Subramanian | the shadow chancellor
@c The Institute for Household Economics | an independent think tank
@d Gavin Trelawney | Its director
@e - | one Civic MP
The chancellor, Conrad Fairweather, cut the basic rate of income tax by a penny on Wednesday in what he called "⟦p:a|a Budget for the people who get up early⟧", paid for by a freeze on public sector pay and a new levy on online gambling.
"⟦d:a|This government believes that money is better spent by the people who earn it than by the people who tax it,⟧" he told MPs, confirming that the basic rate of income tax would fall to 19p from April.
Government backbenchers waved their order papers as he sat down.
Responding, the shadow chancellor, Meera Subramanian, said the cut would be "⟦p:b|swallowed by a single month of rent rises⟧". "⟦d:b|The chancellor gives with one hand and takes with both,⟧" she said. "⟦d:b|A nurse on the pay freeze will be £600 a year worse off. He can explain his penny to her.⟧"
"⟦d:e|You voted for the freeze!⟧" shouted one Civic MP.
"⟦d:b|I did no such thing, and the honourable member knows it,⟧" Subramanian replied.
The Institute for Household Economics, an independent think tank, said the measures would leave the poorest tenth of households "⟦p:c|slightly worse off⟧" by 2027. Its director, Gavin Trelawney, said: "⟦d:d|Taken together, this is a Budget that looks generous on the day and rather less so on the payslip.⟧"

### 037
@a Dina Al-Masri | Tarsolia’s foreign minister
@b Oliver Strand-Hughes | NBS correspondent
@c - | a reporter from the state news agency
@d The foreign ministry | -
Tarsolia’s foreign minister, Dina Al-Masri, on Tuesday rejected calls for an independent inquiry into the detention of three foreign aid workers, telling a news conference in the capital, Qeshra, that the case was “⟦p:a|a matter for our courts and our courts alone⟧”.
“⟦d:a|Tarsolia is a sovereign state with an independent judiciary. We do not ask other countries to let us run their trials, and we expect the same courtesy,⟧” she said.
NBS correspondent Oliver Strand-Hughes pressed her on whether the three had been allowed to see lawyers. “⟦d:b|Minister, it has been forty-one days. Have they seen a lawyer, yes or no?⟧”
“⟦d:a|They have access to every right guaranteed under Tarsolian law.⟧”
“⟦d:b|That isn’t an answer.⟧”
“⟦d:a|It is an answer. It is simply not the answer you wanted,⟧” she said, before turning to a reporter from the state news agency.
“⟦d:c|Minister, can you tell us how many jobs the new Ostmark trade agreement will create?⟧” he asked.
Later on Tuesday the foreign ministry issued a statement saying the three had “⟦p:d|received consular visits⟧” and were “⟦p:d|in good health⟧”.

### 038
@a Ebenezer Ofori-Atta | Senator
@b Grigor Hakobyan | the leader of the government in the Senate
@c Marianne Colquhoun | The Senate President
@d - | one government senator
The Senate voted 38 to 34 on Thursday to send the government’s media ownership bill back to committee, a significant defeat for Prime Minister Lauritz Vinter that came after almost eleven hours of debate.
Senator Ebenezer Ofori-Atta, who led the opposition to the bill, spoke for two hours and fourteen minutes. “⟦d:a|This bill does not regulate the media. It hands the media to three men and a yacht,⟧” he said, holding up a photograph of the vessel.
When he began reading aloud from a 1951 report on press freedom, one government senator called out: “⟦d:d|Sit down!⟧”
“⟦d:a|I will sit down when I have finished, and I have not finished,⟧” Ofori-Atta replied.
The Senate President, Marianne Colquhoun, reminded the chamber that “⟦p:c|the senator has the floor and will keep it⟧”.
Grigor Hakobyan, the leader of the government in the Senate, accused the opposition of “⟦p:b|filibustering by another name⟧”. “⟦d:b|We have had eleven hours of speeches and not a single amendment. That tells you everything,⟧” he said.
After the vote, Ofori-Atta told reporters: “⟦d:a|Tonight the Senate remembered what it is for.⟧”
Hakobyan said the bill would return “⟦p:b|within weeks, unchanged in substance⟧”.

### 039
@a Vasco Tavares-Ribeiro | President
@b Ana Lúcia Moreira | Opposition leader
@c Rui Carvalho | A presidential spokesman
@d The Press Freedom Council | -
President Vasco Tavares-Ribeiro of Santaluz lashed out at the country's largest newspaper in a late-night social media post on Monday, calling its reporters "⟦p:a|enemies of the nation dressed as journalists⟧".
"⟦d:a|Diário da Manhã has lied about me for ten years. The people know the truth. I will not be lectured by a newspaper that nobody buys,⟧" the president wrote in the post, which was shared more than 90,000 times before dawn.
Opposition leader Ana Lúcia Moreira said the post was "⟦p:b|beneath the office⟧". "⟦d:b|A president who cannot bear to be criticised should perhaps consider another career,⟧" she told reporters outside the National Assembly. "⟦d:b|Singing, perhaps. He likes the sound of his own voice.⟧"
A presidential spokesman, Rui Carvalho, said the president "⟦p:c|stands by every word⟧" and was "⟦p:c|exercising his own right to free expression⟧".
The Press Freedom Council said in a statement: "⟦d:d|Words like these have consequences. We call on the president to delete the post and to meet editors to discuss the safety of reporters.⟧"

### 040
@a Hamid Rostami | the head of defence equipment
@b Euan Blackwood | The defence procurement minister
@c Shona MacAskill | The committee’s chair
@d - | one senior officer
The army’s new Warden armoured vehicle will not enter service until 2031, six years late, MPs on the defence committee were told on Tuesday.
Lieutenant General Hamid Rostami, the head of defence equipment, said the programme had suffered “⟦p:a|significant and avoidable⟧” delays. “⟦d:a|I will not sit here and pretend this programme has gone well. It has not,⟧” he told MPs. “⟦d:a|Soldiers were injured by noise and vibration in trials, and we stopped those trials, rightly.⟧”
The committee’s chair, Shona MacAskill, asked how much had been spent so far. “⟦d:c|A ballpark figure, general. I won’t hold you to the pennies.⟧”
“⟦d:a|About £3.4bn.⟧”
“⟦d:c|For how many working vehicles?⟧”
Rostami paused. “⟦d:a|Working in the sense you mean? None yet.⟧”
The defence procurement minister, Euan Blackwood, who appeared alongside him, said he had ordered “⟦p:b|a root-and-branch review⟧”. “⟦d:b|I share the committee’s frustration entirely. Nobody is angrier about this than the people who will eventually have to drive the thing,⟧” Blackwood said.
Within the army the vehicle has already acquired the nickname “⟦s:-|the Wardrobe⟧”, one senior officer said, “⟦p:d|because it’s big, it’s expensive and nobody can get it to move⟧”.

### 041
@a Rosario Dimaculangan | Mayor
@b Devon Whitlock | Councilmember
@c Ayesha Rahman | Council President
@d - | one resident
HARBOR CITY — The City Council approved a $2.1 billion budget late Tuesday after a six-hour meeting that was interrupted three times by protesters and once by a fire alarm.
Mayor Rosario Dimaculangan called the spending plan "⟦p:a|responsible, balanced and honest⟧". "⟦d:a|We closed a $180 million hole without laying off a single firefighter or closing a single library,⟧" she said before the vote.
Councilmember Devon Whitlock, who voted no, said the budget relied on "⟦p:b|one-time money and wishful thinking⟧". "⟦d:b|We are paying this year's bills with next year's—⟧"
He was cut off when a group of protesters in the gallery began chanting "⟦s:-|Fund the buses!⟧" Council President Ayesha Rahman called a ten-minute recess.
When the meeting resumed, Whitlock picked up where he had left off. "⟦d:b|As I was saying, we are paying this year's bills with next year's credit card. That catches up with you,⟧" he said.
"⟦d:a|The councilmember has voted against every budget since 2019. At some point, no becomes a habit,⟧" Dimaculangan said.
Rahman tapped her gavel. "⟦d:c|Colleagues, let's keep it to the budget, please.⟧"
During public comment, one resident, who said she drove the No. 14 bus, told the council: "⟦d:d|You want us to get people to work on time in buses older than I am. Fix that first.⟧"

### 042
@a Sigrún Eyjólfsdóttir | Hallandia’s prime minister
@b Joaquín Arrieta Solís | President
@c - | a Hallandic journalist
Hallandia’s prime minister, Sigrún Eyjólfsdóttir, used a speech to the Congress of Valparosa on Wednesday to call for a «⟦p:a|new partnership of the North and the South⟧» on green hydrogen, the first address by a Hallandic leader to the chamber.
«⟦d:a|You have the sun and the wind. We have the ships and the engineers. Together we have something that neither of us has alone,⟧» she told lawmakers, to sustained applause.
At a joint news conference afterwards, President Joaquín Arrieta Solís, speaking through an interpreter, said Valparosa would «⟦p:b|not be anybody’s quarry⟧». «⟦d:b|For two hundred years foreigners have come here to dig and to leave. This time, the factories stay here, the jobs stay here,⟧» he said.
«⟦d:c|Prime minister, do you accept that condition?⟧» asked a Hallandic journalist.
«⟦d:a|I accept it gladly. I would ask the same in his position,⟧» Eyjólfsdóttir replied.
Arrieta Solís, grinning, answered her in Spanish before the interpreter could begin: «⟦d:b|Entonces ya tenemos acuerdo⟧» — «⟦d:b|Then we already have a deal.⟧»

### 043
@a Anneliese Moyo | vicar of St Aldhelm’s
@b Harjit Sandhu | the sitting Civic MP
@c Polly Merriweather | the Progressive candidate
@d Kieran Doyle | the Countryside Party candidate
@e Ella | a sixth-former at the school
@f - | one man at the back
About 300 people crammed into the hall at Brackley Moor Academy on Thursday night for the only hustings of the campaign, and for once the candidates were not the ones doing most of the talking.
The Rev Anneliese Moyo, vicar of St Aldhelm’s, who chaired the event, set out the rules. “⟦d:a|Two minutes each. I have a bell, and I have been told I am not afraid to use it,⟧” she said.
The first question came from a sixth-former at the school, who gave her name as Ella. “⟦d:e|I’ll be eighteen next year. Why should I vote for any of you when none of you has mentioned climate change once in your leaflets?⟧”
Harjit Sandhu, the sitting Civic MP, said he had “⟦p:b|a record to be proud of⟧” on flood defences. “⟦d:b|Brackley Moor flooded four times in ten years. Since the barrier went in, it hasn’t flooded once,⟧” he said.
Polly Merriweather, the Progressive candidate, said that was “⟦p:c|like taking credit for the umbrella while you set fire to the sky⟧”, to laughter and some boos.
Kieran Doyle, the Countryside Party candidate, said he was “⟦p:d|not a climate denier, just a bill payer⟧”. “⟦d:d|My electricity bill went up forty per cent. Ella, I’d love to save the planet. I’d also love to heat my house,⟧” he said.
“⟦d:f|Answer the question!⟧” called one man at the back.
Moyo rang her bell. “⟦d:a|That’s two minutes, Mr Doyle. And may I remind everyone that the candidates can hear you perfectly well,⟧” she said.

### 044
@a Hollis Underwood | Governor
@b Marjorie Stiles-Kahn | Attorney General
@c - | another reporter
@d - | The indictment
SPRINGMOOR (CP) -- Governor Hollis Underwood said Friday he had ``⟦p:a|no knowledge whatsoever⟧'' of payments made by a gambling company to his former chief of staff, a day after the aide was indicted on bribery charges.
``⟦d:a|I'm angry. I'm disappointed. And I'm embarrassed, frankly, that this happened on my watch,⟧'' Underwood told a crowded news conference at the Capitol. ``⟦d:a|But I did not know, and I did not benefit.⟧''
The indictment alleges that the former aide, Clayton Rusk, received $340,000 from the company over two years while it was seeking a casino license. ``⟦d:d|Defendant RUSK used his official position to benefit Company A and himself,⟧'' the indictment states.
Asked by a reporter whether he would resign, Underwood said: ``⟦d:a|No. Next question.⟧''
``⟦d:c|Governor, did you ever meet with anyone from the company?⟧'' another reporter asked.
``⟦d:a|I meet with hundreds of people a year. I don't recall meeting anyone from that company, and my calendar is public,⟧'' he said.
Attorney General Marjorie Stiles-Kahn, whose office brought the charges, declined to say whether the investigation extended to the governor. ``⟦d:b|We go where the evidence takes us. That's all I'll say,⟧'' she said.

### 045
@a Imogen Thackeray | counsel to the inquiry
@b Patrick Nwosu-Kelleher | the former party treasurer
@c Leonora Vance | a retired judge
@d - | Nwosu-Kelleher's solicitor
The former treasurer of the Civic Party denied on Monday that wealthy donors had been promised honours in return for their money.
Patrick Nwosu-Kelleher, the former party treasurer, told the Honours Inquiry that he had "⟦p:b|never once⟧" discussed honours with a donor.
Counsel to the inquiry, Imogen Thackeray KC, then showed him an email he had sent in March 2021. It read: "⟦d:b|Spoke to G. He's in for 500k. Mentioned the list. He's keen.⟧"
"⟦d:a|What list, Mr Nwosu-Kelleher?⟧" Thackeray asked.
"⟦d:b|I honestly don't remember. It could have been the guest list for the summer dinner.⟧"
"⟦d:a|The summer dinner had a guest list of four hundred. Mr Garside was on it already, wasn't he?⟧"
"⟦d:b|I'd have to check.⟧"
"⟦d:a|You don't need to. He was. Page 214 of your bundle.⟧"
The inquiry's chairman, Leonora Vance, a retired judge, intervened to tell the witness to "⟦p:c|take as long as you need⟧" to read the document.
Outside, Nwosu-Kelleher's solicitor said his client had "⟦p:d|answered every question honestly and will continue to do so⟧".

### 046
@a Siobhán Kearney | The presenter
@b Anthony Oduro-Blake | The schools minister
@c - | A department spokesman
The schools minister, Anthony Oduro-Blake, ended a live radio interview on Thursday after just four minutes when he was asked about his own children’s school fees.
The minister had agreed to appear on Radio Marlow’s “⟦s:-|Drivetime⟧” to discuss plans to close 14 rural primary schools.
The presenter, Siobhán Kearney, asked him: “⟦d:a|Minister, you send your own children to a school that costs £28,000 a year. Do you understand why parents in Cawley might find it hard to hear you tell them their village school has to shut?⟧”
“⟦d:b|My children are not a matter of public policy, and I’m not going to discuss them,⟧” he said.
“⟦d:a|With respect, the question is about you, not them.⟧”
“⟦d:b|I came on to talk about rural schools. If you want to talk about something else, I think we’re done here.⟧”
There was a pause, and then Kearney told listeners: “⟦d:a|Well. The minister appears to have gone.⟧”
A department spokesman later said the minister had “⟦p:c|made clear in advance⟧” which topics he would cover and that the interview had “⟦p:c|strayed outside those boundaries⟧”.

### 047
@a - | one European official
@b - | A diplomat from one of the smaller member states
@c Ravi Chandrasekaran | The forum's secretary-general
@d - | A senior Ostmark official
TORRANCE BAY, Oct 3 (Meridian) - Negotiators at the Atlantic Rim Forum were working through the night on Thursday to rescue a deal on deep-sea mining, after Ostmark threatened to walk out over royalty payments, officials said.
"⟦d:a|It's bad. Not hopeless, but bad,⟧" said one European official, who asked not to be named because the talks were confidential. "⟦d:a|Everybody is dug in and nobody wants to be the first to climb out.⟧"
A diplomat from one of the smaller member states said Ostmark's demands had "⟦p:b|come out of nowhere⟧". "⟦d:b|On Monday they were fine with the text. On Wednesday they weren't. Nothing changed except the headlines at home,⟧" the diplomat said.
A senior Ostmark official rejected that account. "⟦d:d|We have raised royalties in every round since March. If people weren't listening, that's not our fault,⟧" the official told Meridian.
The forum's secretary-general, Ravi Chandrasekaran, told reporters shortly before midnight that he remained "⟦p:c|an optimist by profession⟧". "⟦d:c|I have seen worse nights than this end in agreement,⟧" he said. "⟦d:c|I have also seen better nights end in failure. Ask me at breakfast.⟧"

### 048
@a Nadia Rahimi | the Liberal Union MP for Coldharbour and Fenby
@b Margaret Ellery | the great-grandmother
@c Lewis Ellery | Her grandson
@d Fenby Housing Trust | the landlord
Every other Friday, in a room above Coldharbour library, Nadia Rahimi, the Liberal Union MP for Coldharbour and Fenby, hears about the problems nobody else will fix. This week, we went along.
First in the queue was Margaret Ellery, 84, who has lived with black mould in her bedroom for three winters. “⟦d:b|I keep a scarf over my mouth when I sleep. My doctor says it’s the mould that’s doing my chest,⟧” the great-grandmother said.
Her grandson, Lewis Ellery, had brought photographs on his phone. “⟦d:c|We’ve reported it eleven times. They send a man, he paints over it, it comes back in a fortnight,⟧” he said.
Rahimi read the file in silence before picking up the phone. “⟦d:a|I’m going to call the chief executive of the housing trust myself, this afternoon, and I’m going to keep calling until someone turns up with more than a paintbrush,⟧” she told them.
Afterwards, she told us surgeries like this one were “⟦p:a|the real job⟧”. “⟦d:a|The chamber is the bit people see. This room is the bit that matters,⟧” she said.
Fenby Housing Trust, the landlord, said it was “⟦p:d|sorry for Mrs Ellery’s experience⟧” and would send a surveyor next week.

### 049
@a Grace Achola | the party's housing spokeswoman
@b Siân Pritchard-Lowe | a former council leader in Brennock
@c The Federated Transport Union | -
@d - | A party spokesperson
The contest to become deputy leader of the People's Alliance took a bitter turn on Wednesday after one candidate accused the other's supporters of "⟦p:a|push-polling⟧" party members.
Grace Achola, the party's housing spokeswoman, wrote on social media: "⟦d:a|Members in three regions have told me they've had calls asking leading questions about my family. This isn't who we are.⟧"
Her rival, Siân Pritchard-Lowe, a former council leader in Brennock, said her campaign had "⟦p:b|nothing whatsoever⟧" to do with the calls. "⟦d:b|I've run a clean campaign and I'll finish one. Grace knows me better than that,⟧" she said.
The Federated Transport Union, which backs Pritchard-Lowe, said the accusations were "⟦p:c|baseless and frankly desperate⟧".
Achola hit back within minutes. "⟦d:a|Nobody said it was Siân. I said it was happening. Those are different things, and I'd have thought a union would know the difference,⟧" she posted.
A party spokesperson said the general secretary had asked both campaigns to "⟦p:d|lower the temperature⟧" before Thursday's televised debate.

### 050
@a Dafydd Rees-Morgan | The floods minister
@b Bethan Caddick | the Progressive MP for Lower Severnside
@c Anita Deshpande | The Speaker
Ministers were accused of abandoning flooded communities in the Severn valley on Monday as MPs demanded answers in an urgent question.
Bethan Caddick, the Progressive MP for Lower Severnside, whose constituency has been under water for nine days, accused ministers of “⟦p:b|abandoning⟧” the valley. “⟦d:b|My constituents have had more visits from the Rivers Authority’s drones than from ministers. When will the minister come and see for himself?⟧” she said.
The floods minister, Dafydd Rees-Morgan, said he would visit “⟦p:a|as soon as it is operationally appropriate⟧”.
“⟦d:-|Get your wellies on!⟧” came a shout from the opposition benches.
“⟦d:a|I have wellies, Madam Speaker, and I will be wearing them in Severnside on Thursday,⟧” the minister replied. “⟦d:a|What I won’t do is get in the way of the emergency services for the sake of a photograph.⟧”
“⟦d:c|Order. I want to hear the answer, even if some members do not,⟧” said the Speaker, Anita Deshpande, as the noise rose.
Deshpande then granted Caddick a supplementary question. “⟦d:b|Thursday will be day twelve. Will he bring a cheque as well as his wellies?⟧” she asked.
Rees-Morgan said a £50m recovery fund would open for applications next week.

### 051
@a Augusta Nakamura-Price | the former deputy prime minister
@b Felix | a retired architect
At 78, Augusta Nakamura-Price, the former deputy prime minister, grows leeks, writes letters to the editor and, she admits, still shouts at the television during question time.
“⟦d:a:m|I watch it every Wednesday. Felix goes into the garden. He says it’s like watching someone else drive your car badly.⟧
“⟦d:a:m|The thing nobody tells you about leaving politics is that the phone stops. Not gradually. Overnight. On the Friday I was deputy prime minister, with three red boxes and a driver. On the Monday I was queuing at the post office to renew my own car tax.⟧
“⟦d:a|You learn who your friends are. It’s a shorter list than you’d think, and better for it.⟧”
She left parliament after losing her seat by 212 votes, an experience she describes as “⟦p:a|like being sacked by your own family in front of the neighbours⟧”.
Her husband, Felix, a retired architect, arrives with a tray of tea. “⟦d:b|She won’t tell you this, but she cried for a week and then wrote a very rude letter to the returning officer about the pencils,⟧” he says.
“⟦d:a|The pencils were a disgrace,⟧” she says.
Her memoir, “⟦s:-|Leeks and Leadership⟧”, is published next month.

### 052
@a Lindiwe Dube-Ferreira | the commission’s chair
@b The Electoral Commission | -
@c - | one reporter
@d The Unity Front | -
The Electoral Commission on Tuesday rejected demands for a national recount of last month’s parliamentary election, saying it had found «⟦p:b|no evidence of irregularities capable of affecting the result⟧».
Announcing the findings of its review, the commission’s chair, Lindiwe Dube-Ferreira, said: «⟦d:a|We looked at every complaint. Every single one. There were mistakes, as there are in every election, but there was no fraud.⟧»
Asked by one reporter about the 14,000 ballot papers found in a warehouse in Port Ellery, she said: «⟦d:a|Those were spoiled papers, correctly set aside and correctly stored. Storing them is the law. It is not a conspiracy.⟧»
«⟦d:c|Then why were they in a warehouse and not at the count centre?⟧» the reporter asked.
«⟦d:a|Because the count centre was a school, and the school needed its gym back.⟧»
The Unity Front, which had called for the recount, said it would challenge the decision in court, describing the review as «⟦p:d|a whitewash in a lab coat⟧».

### 053
@a Tobias Reinholt | director of political research at Fenwick Polling
@b - | A Civic Party source
@c Ade Olatunji | Progressive campaign spokesman
The Progressive Party's lead over the Civic Party has narrowed to three points, according to a Fenwick Polling survey for the Chronicle, the smallest gap since the campaign began.
The Progressives are on 36 per cent, down two, with the Civic Party up two on 33. The Liberal Union is unchanged on 14.
Tobias Reinholt, director of political research at Fenwick Polling, said the movement was driven by voters the company calls "⟦s:-|soft Progressives⟧", people who backed the party in last year's local elections but say they could still change their minds.
"⟦d:a|These are not committed voters. They are shopping around, and on tax, at least, the Civic Party's message seems to be landing,⟧" he said. "⟦d:a|Three points is within touching distance, but it's still three points.⟧"
A Civic Party source said: "⟦d:b|We always said it would tighten. People are starting to read the small print.⟧"
Progressive campaign spokesman Ade Olatunji said the party did not comment on individual polls. "⟦d:c|The only poll that matters is on polling day. Until then we'll keep knocking on doors,⟧" he said.

### 054
@a Eilidh Farquharson | the chief executive of Yes Farrow
@b Helena Brisk | the former finance minister
@c - | One woman in the crowd
Two rival campaigns launched within a mile of each other in Port Farrow on Saturday as the islands prepared for September’s referendum on leaving the federation.
At the Yes rally, held on the harbour wall beneath a banner reading “⟦s:-|Our Islands, Our Choice⟧”, Eilidh Farquharson, the chief executive of Yes Farrow, told a crowd of about 2,000: “⟦d:a|For three hundred years the decisions about these islands have been made by people who need a ferry to get here. On the 14th of September, that ends.⟧”
One woman in the crowd, her face painted blue and gold, shouted back: “⟦d:c|And not a day too soon!⟧”
Half a mile away, in the ballroom of the Harbour Hotel, Helena Brisk, who chairs the rival Stay Together campaign, warned of “⟦p:b|a leap in the dark with no parachute⟧”.
“⟦d:b|I love these islands as much as anyone on that harbour wall. That is exactly why I won’t gamble with their pensions, their currency and their hospital,⟧” the former finance minister said.
Her campaign’s slogan, “⟦s:-|Safer Together⟧”, is printed on 40,000 leaflets being delivered this week. Farquharson dismissed it as “⟦p:a|Project Fear with a nicer font⟧”.

### 055
@a Jasper Quenell | the Prime Minister's former chief adviser
@b Ama Boateng | The committee's chair
@c Nigel Sandford | The Civic MP
Jasper Quenell, the Prime Minister's former chief adviser, accused his old boss of "⟦p:a|running the country like a student union⟧" during seven hours of extraordinary evidence to MPs on Wednesday.
"⟦d:a|I'm not here to settle scores. I'm here because the public deserves to know how decisions were actually made, which was badly, and late, and usually on WhatsApp,⟧" Quenell told the health and social care committee.
The committee's chair, Ama Boateng, asked whether he accepted any responsibility himself. "⟦d:b|You were in the room, Mr Quenell. You were in most of the rooms.⟧"
"⟦d:a|Of course I accept responsibility. I've said so. I said so in the first—⟧"
"⟦d:b|You said so on page forty of a very long statement.⟧"
"⟦d:a|Because you asked for a very long statement.⟧"
The Civic MP Nigel Sandford accused Quenell of "⟦p:c|rewriting history to sell a book⟧". "⟦d:c|Is there a book, Mr Quenell?⟧" he asked.
Quenell smiled. "⟦d:a|Not yet.⟧"

### 056
@a Oskar Lindahl | Prime Minister
@b Beatrix Halloran | the 51-year-old
@c Stellan Rask | the outgoing finance minister
@d - | One opposition lawmaker
NORRHAVN (CP) -- Prime Minister Oskar Lindahl replaced his finance and foreign ministers on Monday in the most sweeping cabinet shake-up of his four years in office, saying the government needed ``⟦p:a|fresh legs for the final stretch.⟧''
``⟦d:a|Every one of these colleagues has served with distinction. But elections are won by teams that look forward, not back,⟧'' Lindahl told reporters at the government offices.
Stellan Rask, the outgoing finance minister, who had clashed with Lindahl over defense spending, said he was leaving ``⟦p:c|with my head high and my conscience clear.⟧'' Asked whether he had been fired, he said: ``⟦d:c|I was asked to leave. You can choose the verb.⟧''
Beatrix Halloran, who moves from the justice ministry to become foreign minister, said she was ``⟦p:b|humbled⟧'' by the appointment. ``⟦d:b|The world is a more dangerous place than it was four years ago, and our diplomacy has to reflect that,⟧'' the 51-year-old said.
One opposition lawmaker called the reshuffle ``⟦p:d|rearranging the deckchairs with a bigger orchestra.⟧''

### 057
@a Marcus Adeyemi | Presenter
@b Bronwen Tregarthen | The home secretary
The home secretary, Bronwen Tregarthen, insisted on Tuesday night that she would not resign over the escape of two prisoners from a transport van, in a bruising interview on “⟦s:-|Newsline⟧”. Presenter Marcus Adeyemi opened with the question everyone was asking.
“⟦d:a|Home secretary, two men convicted of armed robbery walked out of an unlocked van in a supermarket car park. Whose fault is that?⟧”
“⟦d:b|It is the fault of the contractor who failed to lock the van, and I have already terminated that contract.⟧”
“⟦d:a|You signed that contract.⟧”
“⟦d:b|My department signed it, on official advice, before I was appointed.⟧”
“⟦d:a|In March you told the House, ‘The buck stops with me.’ Does it?⟧”
“⟦d:b|It does, which is why I’m the one sitting here answering your questions rather than hiding behind a statement.⟧”
“⟦d:a|Some of your own MPs are saying you should go.⟧”
“⟦d:b|Some of my own MPs say a great many things, Marcus. I have a job to do and I’m going to do it.⟧”
Both men were recaptured within 48 hours.

### 058
@a Yusuf Demir | The mayor of Kelbridge
@b Tamsin Prowse | the council's head of communications
@c Ruth Adjei-Mensah | the opposition leader on the council
The mayor of Kelbridge, Yusuf Demir, has apologised after a leaked email showed council officials discussing how to "⟦p:b|bury⟧" a report on air pollution outside primary schools until after the local elections.
The email, written in February by the council's head of communications, Tamsin Prowse, and obtained by the Kelbridge Echo, says: "⟦d:b|Suggest we hold the air quality report until mid-May. No need to hand the other lot a gift. Can we bury it in the June cabinet papers?⟧"
At a hastily arranged press conference on Friday, Demir said he had "⟦p:a|not seen, authorised or approved⟧" the email. "⟦d:a|I am appalled by it. Whatever the intention, it reads as if we put an election before children's lungs, and that is unacceptable,⟧" he said.
Asked whether Prowse would keep her job, the mayor said there would be "⟦p:a|a proper process⟧" and that he would not "⟦p:a|pre-empt it⟧".
Cllr Ruth Adjei-Mensah, the opposition leader on the council, said the apology was "⟦p:c|too little and far too late⟧". "⟦d:c|Parents had a right to know. They were denied it so that the mayor's party could win a few more seats,⟧" she said.

### 059
@a Benedek Farkas | a Centre Party MP who led the rebellion
@b - | One whip
@c The government | -
Forty-one government MPs defied their party on Wednesday to back an opposition amendment raising the defence budget, handing the coalition its heaviest parliamentary defeat since it took office.
Benedek Farkas, a Centre Party MP who led the rebellion, said he had acted «⟦p:a|with a heavy heart and a clear head⟧». «⟦d:a|I was elected to keep this country safe. When my party asks me to choose between its whips and that duty, I choose the duty,⟧» he said.
One whip, speaking on condition of anonymity, was scathing. «⟦d:b|Benedek has discovered his conscience about six weeks before the candidate selections. What a coincidence,⟧» the whip said.
The government said in a statement that the vote was «⟦p:c|not binding⟧» and that ministers would «⟦p:c|reflect carefully⟧» on the result.

### 060
@a Winston Kaberuka | Opposition leader
@b Dolores Fitch | a welder who has worked at the plant for 26 years
@c Gus Halvorsen | Plant manager
@d - | One younger worker
DUNMORE FALLS (CP) -- Opposition leader Winston Kaberuka toured the last working steel mill in the valley Thursday, promising a ``⟦p:a|buy-local rule⟧'' for public construction projects if his party wins power.
``⟦d:a|Every bridge this government builds with imported steel is a bridge out of this town for the young people who live here,⟧'' Kaberuka told about 200 workers gathered in the rolling shed.
Dolores Fitch, a welder who has worked at the plant for 26 years, said she had heard promises before. ``⟦d:b|They all come in a hard hat. Then they go home. I'll believe it when I see the order book,⟧'' she said.
Plant manager Gus Halvorsen said the mill had lost three contracts to overseas bidders this year. ``⟦d:c|We can compete on quality all day long. We can't compete with a subsidy,⟧'' he said.
One younger worker, who did not give his name, shouted as Kaberuka left: ``⟦d:d|Come back when you've won!⟧''

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh92.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh92",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
