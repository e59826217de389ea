# ruff: noqa: E501
"""Build ``quotes_fresh132.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with heckles and interventions from the
chair, select committee and inquiry hearings, broadcast and radio interviews where
presenters press ministers, campaign trail, canvassing and hustings, lobby and press
briefings by spokespeople, council and parish meetings, leadership contests, leaks,
unnamed sources and briefings, summits and foreign ministers' press conferences.
Outlets vary (wire, broadsheet, tabloid, local paper, magazine, broadcaster web copy,
live blog, printed interview transcript).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh132-NNN``.

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

* A role title before the name (``Prime Minister``, ``Senator``, ``Chief whip``,
  ``Ward councillor``) is the description when there is no appositive; a relational
  phrase or office set off before the name (``the leader of the opposition, Odile
  …``, ``Her friend and office neighbour Walter …``) counts the same way. An
  appositive after the name wins over either.
* Where a speaker is introduced without an appositive and the cue uses a definite
  description (``the 49-year-old said``, ``the chairman asked``), that description is
  taken.
* A presiding officer named only by office (``the Speaker said``) has a null speaker
  and the office as the description.
* Heckles and interjections: a shout by an unnamed member or audience member who is
  described (``shouted one backbencher``, ``one woman in the gallery``) is ``direct``
  with a null speaker and that description; a cry attributed to no one (``came a cry
  from the benches opposite``) is ``direct`` with speaker and description null.
  Chants by a crowd or by delegates remain ``scare``.
* An unnamed person described with a noun phrase takes the whole phrase, with its
  prepositional modifiers (``one party activist in a red rosette``, ``One furious mum
  from Gatesmoor``).
* Quoted words built into the reporter's own sentence (after ``that``, ``as``,
  ``of``, ``called …``) are ``partial`` even when they form a whole clause; a quote
  standing as its own sentence after a cue or colon is ``direct``.
* Words from a document whose author is not identified (an agreed text, a joint
  statement, a communiqué) are ``partial`` or ``direct`` with speaker and description
  null; a memo, letter or message whose author is named belongs to that author, and
  a committee report to the committee.
* A named organisation as the grammatical speaker is the speaker, with the definite
  description used for it at the cue (``the council``, ``the department``) if any. An
  organisation referred to only by a description (``His office``, ``Her
  department``) has a null speaker and that description.
* A word from a reporters' question quoted inside the reporter's sentence (``Asked
  by reporters whether today would be “a bloodbath”``) is ``partial`` by the
  reporters (null speaker, description ``reporters``).
* In an interview printed as ``Q:``/``A:``, a quotation inside an answer belongs to
  the person the answerer is quoting (including the answerer quoting herself).
* In a printed exchange (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh132.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh132.jsonl")

PASSAGES = """
### 001
@a Halvard Quennell | Prime Minister
@b Odile Marchetti-Brand | the leader of the opposition
@c Gwilym Rees-Atherton | the Speaker
@d - | one backbencher
@e - | a spokesman for the Prime Minister
MARROWGATE, March 12 (Capital Wire) - Prime Minister Halvard Quennell clashed with the leader of the opposition, Odile Marchetti-Brand, over hospital waiting lists on Wednesday in one of the rowdiest sessions of Leader's Questions this year, with the Speaker twice forced to halt exchanges to restore order.
Marchetti-Brand opened by reading from a letter sent to her by a nurse in Eastholm. "⟦d:b|She tells me she has started bringing her own gloves to work. Her own gloves, Prime Minister. Is that the health service he promised?⟧" she asked.
"⟦d:a|The right honourable lady knows perfectly well that we have put more money into the health service than any government in history,⟧" Quennell replied, to jeers from the opposition benches. "⟦d:a|She can read out letters. We are getting on with the job.⟧"
"⟦d:d|Rubbish!⟧" shouted one backbencher.
"⟦d:c|Order! Order! The Prime Minister will be heard, and so will the members who want to be called later, which at this rate will not be many of them,⟧" said the Speaker, Gwilym Rees-Atherton.
Marchetti-Brand returned to the attack, saying the government's recovery plan had become "⟦p:b|a press release with a logo on it⟧". "⟦d:b|Waiting lists have gone up in every single month since he launched it. Every month. When will he stop blaming the weather?⟧"
Quennell said the figures had been "⟦p:a|distorted by a winter nobody predicted⟧" and accused her party of having "⟦p:a|no plan, no costings and no shame⟧".
After the session, a spokesman for the Prime Minister told reporters the exchanges had been "⟦p:e|robust but fair⟧".

### 002
@a Fenella Obuya | the committee's chair
@b Desmond Harrowby-Kaye | the permanent secretary at the Department for Digital Services
@c Rajinder Sahota | a committee member
@d Miriam Coaker | the department's chief digital officer
The most senior civil servant at the Department for Digital Services admitted on Tuesday that he had not read the final report on the failed Beacon benefits system before signing off a further £84m for it.
Desmond Harrowby-Kaye, the permanent secretary at the Department for Digital Services, told the public accounts committee that he had relied on "⟦p:b|a summary prepared by officials⟧".
Fenella Obuya, the committee's chair, appeared incredulous. "⟦d:a|Eighty-four million pounds, and you read the summary?⟧" she asked.
"⟦d:b|It was a detailed summary, chair. Forty pages,⟧" Harrowby-Kaye said.
"⟦d:a|The report was sixty.⟧"
"⟦d:b|I accept, with hindsight, that I should have read all of it.⟧"
Rajinder Sahota, a committee member, asked whether anyone at the department had raised concerns before the money was released. Miriam Coaker, the department's chief digital officer, who was appearing alongside the permanent secretary, said that she had.
"⟦d:d|I put my concerns in writing in February. I said the system was not ready and that we were being asked to spend money to avoid admitting that,⟧" she said.
"⟦d:c|So the warning was there, in writing, and it was ignored?⟧" Sahota asked.
"⟦d:d|It was noted,⟧" Coaker replied, to laughter from the public gallery.
Harrowby-Kaye later wrote to the committee to "⟦p:b|correct the record⟧" on the length of the summary, which he said had in fact run to 22 pages.

### 003
@a Carys Penhaligon | the programme's presenter
@b Oluwaseun Adeyemi-Hart | the energy minister
@c Tamsin Yeo | the opposition energy spokeswoman
The energy minister, Oluwaseun Adeyemi-Hart, repeatedly refused to say whether household bills would fall this winter during a combative interview on Radio Marrow's Breakfast programme on Thursday.
Pressed six times by the programme's presenter, Carys Penhaligon, to give a yes or no answer, Adeyemi-Hart said only that the government was “⟦p:b|doing everything in its power⟧” to bring prices down.
“⟦d:a|That's not what I asked you, minister. Will bills be lower in January than they are now? Yes or no?⟧”
“⟦d:b|Carys, I'm not going to make predictions about a global market that nobody controls —⟧”
“⟦d:a|Your own party made that prediction. It's on the leaflet. I have it here.⟧”
“⟦d:b|The leaflet said we would bring bills down, and we will, over the course of this parliament.⟧”
At one point Penhaligon asked whether he had read the regulator's latest forecast, which predicts a rise of 9 per cent. “⟦d:b|I've seen the headlines,⟧” he said.
“⟦d:a|Have you read it?⟧” she asked.
“⟦d:b|I've been briefed on it.⟧”
Opposition politicians seized on the exchange. The opposition energy spokeswoman, Tamsin Yeo, wrote on social media: “⟦d:c|Six questions. Zero answers. Even the minister doesn't believe the leaflet.⟧”

### 004
@a Barnaby Thistlewood | Housing Secretary
@b - | A source close to the Housing Secretary
@c - | one government MP
@d Nadia Haddad | the opposition's housing spokeswoman
@e - | A Kingsgate spokesman
HOUSING Secretary Barnaby Thistlewood mocked first-time buyers as "⟦p:a|avocado merchants⟧" in leaked messages to his aides, the Daily Clarion can reveal.
In the group chat, sent last spring as ministers drew up the Homes for All scheme, Thistlewood wrote: "⟦d:a|Honestly if they stopped buying £9 brunches they'd have a deposit by now. Avocado merchants, the lot of them.⟧"
In another message he described his own flagship policy as "⟦p:a|a gimmick, but a popular gimmick⟧".
A source close to the Housing Secretary insisted last night the messages were "⟦p:b|obviously a joke between colleagues⟧" and had been "⟦p:b|stripped of context⟧".
"⟦d:b|Barnaby has spent his whole career fighting for young people to own a home. Anyone who knows him knows that,⟧" the source said.
But one government MP told the Clarion: "⟦d:c|It's toxic. My inbox is full of kids who can't afford a bedsit and he's making jokes about toast.⟧"
Nadia Haddad, the opposition's housing spokeswoman, demanded an apology. "⟦d:d|These messages show what ministers really think of a generation they've priced out. He should say sorry, and then he should go,⟧" she said.
A Kingsgate spokesman said the Prime Minister had "⟦p:e|full confidence⟧" in the Housing Secretary.

### 005
@a Beverley Okafor | the council's cabinet member for environment
@b Trevor Gillingham | leader of the opposition Independent group
@c Sunita Varma | the Mayor
@d Ron Pettifer | a resident of Baskerville Road
@e Hexley Borough Council | the council
A row over fortnightly bin collections boiled over at Hexley Borough Council on Monday night, with the Mayor forced to call a five-minute adjournment after councillors traded insults across the chamber.
Before the debate began, Ron Pettifer, a resident of Baskerville Road, used the public question slot to ask how a family of six was expected to cope. “⟦d:d|We fill a bin in four days. What do you want us to do with the rest, put it in the car?⟧” he asked.
The council's cabinet member for environment, Cllr Beverley Okafor, defended the switch, which is expected to save £1.2m a year.
“⟦d:a|Nobody likes change to their bins. I understand that. But the alternative is cutting libraries, and I'm not prepared to do that,⟧” she told the meeting.
Cllr Trevor Gillingham, leader of the opposition Independent group, said residents had been “⟦p:b|treated like fools⟧”.
“⟦d:b|You didn't consult. You held three drop-in sessions on weekday afternoons in a building with no parking and then you called it consultation,⟧” he said. “⟦d:b|My residents are going to have maggots in their wheelie bins by August.⟧”
When Cllr Okafor rose to respond, Cllr Gillingham interrupted: “⟦d:b|Answer the man's question!⟧”
“⟦d:c|Councillor Gillingham, you will have your turn. Sit down, please,⟧” said the Mayor, Cllr Sunita Varma, who was chairing the meeting.
The council said in a statement after the meeting that the new collections would begin on 3 June “⟦p:e|as planned⟧”.

### 006
@a Ingrid Solvang | Norvalen's foreign minister
@b Teodor Vasilescu | her Kastrovian counterpart
@c - | A journalist from Kastrovian state television
The foreign ministers of Norvalen and Kastrovia pledged on Friday to reopen the Dravik border crossing by the end of the year, but a joint press conference in Lisdorf exposed deep disagreement over fishing rights in the Sable Sound.
Norvalen's foreign minister, Ingrid Solvang, called the talks «⟦p:a|frank, long and, in the end, useful⟧».
«⟦d:a|We have not solved everything today. We did not expect to. But for the first time in four years, trucks will be able to cross at Dravik, and that matters to thousands of families on both sides,⟧» she said.
Her Kastrovian counterpart, Teodor Vasilescu, speaking through an interpreter, was more guarded. «⟦d:b|The crossing is a good step. The sea is a different matter. Our fishermen have rights that are older than either of our states,⟧» he said.
A journalist from Kastrovian state television asked: «⟦d:c|Minister, will Kastrovia accept international arbitration over the Sound, yes or no?⟧»
Vasilescu paused. «⟦d:b|We do not rule out anything. We also do not accept anything in advance.⟧»
Solvang, standing beside him, smiled. «⟦d:a|That is what diplomats call progress,⟧» she said.

### 007
@a Declan Moriarty-Venn | National Reform Party leader
@b Lorraine Bickerstaff | a forklift driver who has worked at the plant for 23 years
@c - | a man in a hi-vis jacket
KELLINGTON, May 2 - National Reform Party leader Declan Moriarty-Venn was heckled at a factory gate on Thursday as he tried to win back working-class voters who deserted his party at the last election.
"⟦d:c|Where were you when they shut the steelworks?⟧" shouted a man in a hi-vis jacket as Moriarty-Venn arrived at the Brennan Castings plant shortly after 6 a.m.
"⟦d:a|I was here, mate. I was standing right here,⟧" Moriarty-Venn replied. "⟦d:a|And I'm back, because I'm not giving up on this town.⟧"
Lorraine Bickerstaff, 52, a forklift driver who has worked at the plant for 23 years, said she had voted for the party all her life until the last election. "⟦d:b|He's all right in person. They always are in person,⟧" she said. "⟦d:b|It's what happens when they get back to the capital.⟧"
Moriarty-Venn told reporters later that the heckling was "⟦p:a|part of the job⟧".
"⟦d:a|If you can't take a bit of stick at a factory gate at six in the morning, you shouldn't be in politics,⟧" he said.

### 008
@a Hamish Dunleavy | The sitting MP
@b Aisha Karimi | the Green Left candidate
@c Rufus Penmarric-Hale | The National Reform Party candidate
@d Yolanda Fairweather-Obi | a retired headteacher
@e Margaret Ashdown | The chair
@f - | one woman near the back
More than 200 people packed into St Columba's church hall in Thornby on Tuesday night for the only hustings of the Thornby and Wyke by-election campaign — and they did not hold back.
Several people in the front rows held up “⟦s:-|Save Our Unit⟧” placards throughout.
The sitting MP, Hamish Dunleavy, who is defending a majority of 1,904, was asked by one woman near the back why the town's maternity unit had closed on his watch.
“⟦d:f|You promised us you'd save it. You put it on your leaflet. What happened?⟧” she asked.
“⟦d:a|I fought for that unit harder than for anything else in my time in Parliament, and I lost. I'm not going to pretend otherwise,⟧” Dunleavy said.
Aisha Karimi, the Green Left candidate, said the closure was “⟦p:b|a decision made in a spreadsheet three hundred miles away⟧”. “⟦d:b|Hamish is a decent man, but decent isn't enough when your party is the one holding the spreadsheet,⟧” she said, to applause.
The National Reform Party candidate, Rufus Penmarric-Hale, drew groans when he suggested expectant mothers could travel to the unit in Carbridge, 40 minutes away by road.
“⟦d:c|Forty minutes on a good day,⟧” he conceded when pressed. “⟦d:c|I accept that.⟧”
Yolanda Fairweather-Obi, a retired headteacher, who is standing as an independent, drew the loudest cheer of the night. “⟦d:d|I have never been a member of any party and I'm not going to start now. I am standing because my granddaughter was born in that unit and her daughter won't be,⟧” she said.
The chair, Margaret Ashdown, had to remind the audience several times to let candidates finish. “⟦d:e|We are in a church, ladies and gentlemen. Let's at least pretend to be charitable,⟧” she said.

### 009
@a - | The Prime Minister's official spokesman
@b Ngozi Abara | the Courier's political editor
@c - | another reporter
@d - | a spokeswoman for the Chancellor
The Prime Minister's official spokesman refused on Monday to rule out a cabinet reshuffle before the summer recess, telling reporters at the morning lobby briefing that "⟦p:a|the Prime Minister doesn't comment on speculation⟧".
Pressed by Ngozi Abara, the Courier's political editor, on reports that the Chancellor, Piers Lenthall, had been told he would be moved, the spokesman said: "⟦d:a|The Prime Minister has full confidence in the Chancellor and in all of his cabinet ministers.⟧"
"⟦d:b|Full confidence today, or full confidence in August?⟧" Abara asked.
"⟦d:a|I'm not going to get into a running commentary.⟧"
"⟦d:c|Did they speak over the weekend?⟧" another reporter asked.
"⟦d:a|They speak regularly. I'm not going to go through the Prime Minister's diary with you,⟧" the spokesman said.
Asked whether Lenthall still had the job he wanted, the spokesman replied: "⟦d:a|You'd have to ask the Chancellor.⟧"
Later, a spokeswoman for the Chancellor said he was "⟦p:d|getting on with the job⟧" and "⟦p:d|completely relaxed⟧" about the reports.

### 010
@a Rosalind Achterberg | the former home secretary
@b Meera Chaudhry-Lowe | the trade secretary
@c - | One MP who is backing Achterberg
@d - | an ally of Chaudhry-Lowe
The race to succeed Garrick Moss as leader of the Commonwealth Party turned bitter within hours on Sunday as the two frontrunners launched their campaigns at rival events barely a mile apart.
Rosalind Achterberg, the former home secretary, told supporters at a converted brewery in Saltmarket that the party had “⟦p:a|lost its nerve⟧”.
“⟦d:a|We have spent three years apologising for what we believe in. I'm not going to apologise any more, and I'm not going to ask you to,⟧” she said. “⟦d:a|If you want someone who will manage decline politely, there is another candidate.⟧”
That candidate, the trade secretary Meera Chaudhry-Lowe, responded within the hour. “⟦d:b|I'm not interested in managing decline. I'm interested in winning, which is a different thing from shouting,⟧” she told an audience of activists in Dock Street.
She added: “⟦d:b|Rosalind and I sat in the same cabinet. She voted for every one of the decisions she now says we should have defended more loudly.⟧”
One MP who is backing Achterberg said the remark was “⟦p:c|beneath her⟧”. “⟦d:c|Meera's whole pitch is that she's the grown-up. That wasn't grown-up,⟧” the MP said.
But an ally of Chaudhry-Lowe insisted: “⟦d:d|Rosalind started it. She as good as called Meera a manager of decline at her own launch. What did she expect, flowers?⟧”

### 011
@a Bronwen Tallis | -
@b Felix Ogunleye | a former junior minister who rebelled over the Ports Bill in 2011
For nineteen years Bronwen Tallis was the most feared woman in the Assembly, and she would like you to know that the fear was mostly theatre.
``⟦d:a|I never threatened anybody,⟧'' she says, pouring tea in the kitchen of her cottage outside Llanferran. ``⟦d:a|I didn't need to. I just let them think I might.⟧''
Tallis was chief whip under three prime ministers, a record that earned her the nickname ``⟦s:-|The Undertaker⟧'' — partly because of the black suits, partly because of what tended to happen to the careers of those who crossed her.
``⟦d:a:m|People think whipping is about shouting. It's about listening. You find out what a member actually wants, which is almost never what they say they want, and you find out what they're frightened of.⟧
``⟦d:a:m|Most of them are frightened of their local party. Some of them are frightened of their husbands or wives. One or two were frightened of me, and I confess I didn't discourage it.⟧
``⟦d:a|The job is to know things before they happen. If you're surprised in a division, you've already failed.⟧''
Felix Ogunleye, a former junior minister who rebelled over the Ports Bill in 2011, remembers being summoned to her office the morning after the vote.
``⟦d:b|She didn't raise her voice once. She offered me a biscuit and asked after my mother, and then she told me exactly how many votes I'd cost the government and which colleagues had lost their amendments because of it,⟧'' he says. ``⟦d:b|I'd have preferred the shouting.⟧''
Told of this, Tallis laughs. ``⟦d:a|Felix was a good lad. He came back. They usually did.⟧''

### 012
@a Philippa Okonjo | presenter
@b Lucinda Farrant | The shadow chancellor
@c - | A Treasury spokesperson
The shadow chancellor, Lucinda Farrant, has said her party would not raise income tax if it wins the next election, but refused to rule out changes to capital gains tax.
Speaking to presenter Philippa Okonjo on Sunday Edition, Ms Farrant said working people had “⟦p:b|paid enough⟧”.
“⟦d:b|I can give you that guarantee today. No rise in the basic rate, no rise in the higher rate, no rise in national insurance for working people,⟧” she said.
Okonjo pressed her: “⟦d:a|And capital gains? Inheritance tax? You've left yourself a lot of room there.⟧”
“⟦d:b|We'll set out all of our plans in our manifesto. I'm not going to write a budget on a Sunday morning sofa.⟧”
“⟦d:a|But you've just written a third of one.⟧”
Ms Farrant laughed. “⟦d:b|I've given you the part that matters to most families.⟧”
A Treasury spokesperson said the pledge left “⟦p:c|a £20bn hole that the shadow chancellor cannot explain⟧”.

### 013
@a Rahel Tesfaye | the summit's president
@b Losaline Fonua | the foreign minister of the Pacific island state of Tauvaka
@c - | One European negotiator
@d Jonas Brekke | The Northern Union's lead negotiator
PORT ADUMA, Nov 24 - Negotiators at the Port Aduma climate summit agreed a deal in the early hours of Sunday that commits nearly 190 countries to "⟦p:-|transition away⟧" from unabated coal by 2045, after talks ran 31 hours past their scheduled close.
"⟦d:a|It is not everything we wanted. It is more than many thought possible,⟧" the summit's president, Rahel Tesfaye, said as she brought down the gavel to applause.
But small island states said the deal fell far short. "⟦d:b|We came here asking for a lifeline and we were handed a timetable,⟧" said Losaline Fonua, the foreign minister of the Pacific island state of Tauvaka. "⟦d:b|By 2045, some of my villages will be under water. Who do I send this text to then?⟧"
One European negotiator, speaking on condition of anonymity, said the final hours had been "⟦p:c|brutal⟧". "⟦d:c|There were three moments tonight when I thought it was over. Twice it was the coal language, once it was money,⟧" the negotiator said.
The Northern Union's lead negotiator, Jonas Brekke, called the agreement "⟦p:d|a floor, not a ceiling⟧". "⟦d:d|We will be back next year to raise it,⟧" he said.

### 014
@a Wendell Augustin | The committee's chairman
@b Yusra Halabi | President Corwin's nominee for attorney general
@c Dolores Quintanilla | Senator
Yusra Halabi, President Corwin's nominee for attorney general, told senators on Wednesday that she would resign rather than open an investigation for political reasons.
"⟦d:b|If I am ever asked to do that, I will leave, and you will hear about it from me before you hear about it from anyone else,⟧" Halabi said on the first day of her confirmation hearing before the Senate Judiciary Committee.
Senator Dolores Quintanilla pressed her on a 2019 speech in which Halabi had described the department's leadership as "⟦p:b|timid⟧".
"⟦d:c|You said the department was timid. Was the president you now hope to serve part of the problem?⟧" Quintanilla asked.
"⟦d:b|I said the department was timid under several administrations, including ones I admired,⟧" Halabi replied. "⟦d:b|I stand by that. Timidity isn't a party affiliation.⟧"
The committee's chairman, Senator Wendell Augustin, cut in. "⟦d:a|We'll keep this to the nominee's record, not the president's, if we can,⟧" he said.
"⟦d:c|With respect, Mr Chairman, her record is the president's now,⟧" Quintanilla shot back.

### 015
@a Kwabena Asante | the incumbent
@b Shirley McGonigle | the Civic Alliance candidate
@c Tobias Rendle | Green Left candidate
@d Imogen Thackeray | Radio Fenmouth's political reporter
Transport dominated the first live debate of the Fenmouth mayoral race on Wednesday morning, with the incumbent, Kwabena Asante, under fire over the city's delayed tram extension.
Radio Fenmouth's political reporter Imogen Thackeray opened by asking Asante why the line was three years late and £140m over budget.
“⟦d:d|You said in 2021 this would be running by now. It isn't. Whose fault is that?⟧” she asked.
“⟦d:a|Partly mine. I was too optimistic, and I've said so. But the rest is a contractor that went bust and a national government that cut our grant twice,⟧” Asante said.
Shirley McGonigle, the Civic Alliance candidate, said the mayor had “⟦p:b|spent four years cutting ribbons on things that don't exist⟧”.
“⟦d:a|That's a good line, Shirley. Did you write it yourself?⟧” Asante interjected.
“⟦d:b|I did, actually, Kwabena, on the number 14 bus, which was forty minutes late,⟧” she replied.
Green Left candidate Tobias Rendle said both his rivals had ignored cycling. “⟦d:c|We're arguing about a tram that might arrive in 2027. I could build you two hundred miles of protected bike lanes by Christmas,⟧” he said.
“⟦d:a|With whose money, Tobias?⟧”
“⟦d:c|Yours. The tram's.⟧”

### 016
@a - | one cabinet minister
@b - | A senior government source
@c - | A Treasury insider
@d Anand Viswanathan | Chancellor
Cabinet ministers are openly questioning Chancellor Anand Viswanathan's plan to freeze public sector pay for a third year, setting up a showdown at Thursday's meeting of the cabinet.
"⟦d:a|It's politically suicidal. We'll have nurses and teachers on strike by October and we'll deserve it,⟧" one cabinet minister told the Sentinel. "⟦d:a|Anand has been in the Treasury too long. He's stopped seeing people and started seeing lines.⟧"
A senior government source said at least five cabinet members had written to the Chancellor to object. "⟦d:b|It's not a rebellion. It's a conversation,⟧" the source said, "⟦d:b|but it's a conversation with a lot of people in it.⟧"
A Treasury insider dismissed the reports as "⟦p:c|noise⟧". "⟦d:c|Every spending department wants more money. That's their job. Ours is to tell them there isn't any,⟧" the insider said.
Viswanathan himself struck a defiant note on Tuesday evening. "⟦d:d|I'm not going to apologise for being careful with taxpayers' money,⟧" he said. "⟦d:d|That's what I was appointed to do.⟧"

### 017
@a Helen Marchbank | the bill's sponsor
@b Obadiah Finch | a former hospice doctor
@c Siobhán Ní Bhriain | The member for Carrowmore
@e Anwen Price | the Deputy Speaker
@f - | one member
MPs voted by 312 to 287 on Friday to give a second reading to the Dignity in Dying Bill after five hours of debate that left several members in tears.
Opening the debate, the bill's sponsor, Helen Marchbank, described watching her father die of motor neurone disease. “⟦d:a:m|He asked me, near the end, whether anyone in this place would ever listen. I told him I didn't know.⟧
“⟦d:a|I am standing here today to tell him that we did. Whatever the result tonight, we listened.⟧”
Obadiah Finch, a former hospice doctor, spoke against the bill. “⟦d:b|I have sat with more than a thousand people as they died. Good palliative care is not a luxury. It is what we owe people, and we are nowhere near providing it,⟧” he said. “⟦d:b|Fix that first. Then come back to me.⟧”
When one member muttered “⟦d:f|Shame⟧” during Finch's speech, the Deputy Speaker, Anwen Price, intervened. “⟦d:e|There will be none of that. The member is entitled to be heard in silence, as every member will be today,⟧” she said.
The member for Carrowmore, Siobhán Ní Bhriain, said she had changed her mind twice while writing her speech. “⟦d:c|I came in a no. I'm leaving a yes. I'm not proud of the journey, but I'm at peace with where it ended,⟧” she said.

### 018
@a Zainab Olawale-Grant | Foreign Minister
@b Ferenc Halmai | Ostravia's prime minister
Foreign Minister Zainab Olawale-Grant returned on Monday from three days of talks in Ostravia. She spoke to the Gazette's diplomatic correspondent. The interview has been edited for length and clarity.
Q: You met Ostravia's prime minister, Ferenc Halmai, for two hours. What did he say about the detained journalists?
A: He was direct. He told me, “⟦d:b|These are criminal cases, not political ones, and I cannot interfere with my courts.⟧” I told him that we see it differently, and that we would keep raising it at every meeting.
Q: Your critics at home call this “⟦s:-|megaphone diplomacy⟧”. Does it work?
A: I don't accept the label. Nothing I said in Ostravia was said through a megaphone. It was said in a room, to his face. And at the end of the meeting he said, “⟦d:b|I will look at the files myself.⟧” That is not nothing.
Q: Will you go back?
A: If there is a reason to. I said to him as I left, “⟦d:a|My door is open, and so is my diary.⟧” I meant it.

### 019
@a Jago Trelawny | sports minister
@b - | A spokesman for the minister
@c Bernadette Oyelowo | Polmarrow's mayor
RED-FACED sports minister Jago Trelawny was forced to grovel last night after a microphone caught him branding a seaside town "⟦p:a|a total dump⟧".
The gaffe came moments after Trelawny had told a crowd in Polmarrow he was "⟦p:a|thrilled⟧" to announce £3million for a new leisure centre.
Stepping away from the lectern, he was heard telling an aide: "⟦d:a|Get me out of here. What a total dump. Who did we upset to get sent here?⟧"
Polmarrow's mayor, Bernadette Oyelowo, who had introduced him on stage, was unimpressed. "⟦d:c|He can keep his three million if that's what he thinks of us. Actually, no, he can't. We'll take the money and he can keep the opinions,⟧" she told the Sunday Beacon.
In a statement, Trelawny said: "⟦d:a|I made a stupid and thoughtless remark and I apologise unreservedly to the people of Polmarrow, who gave me nothing but a warm welcome.⟧"
A spokesman for the minister added that he would "⟦p:b|be back in Polmarrow very soon to apologise in person⟧".

### 020
@a Gordon Feeney | chairman of the planning committee
@b Winifred Osterley | a retired nurse who has lived on Mill Lane for 40 years
@c Lukas Brandt | the planning agent for Corbel Homes
@d Parveen Akhtar | Ward councillor
Plans for 240 homes on farmland at the edge of Milbury were approved on Thursday despite objections from more than 600 residents.
The council's planning committee voted five to four in favour of the Corbel Homes scheme after a three-hour meeting at which one objector described the development as ``⟦p:b|a car park with bedrooms⟧''.
The objector, Winifred Osterley, a retired nurse who has lived on Mill Lane for 40 years, told councillors: ``⟦d:b|Mill Lane floods every February. You are going to put 240 families at the bottom of it and tell them it's a village.⟧''
Lukas Brandt, the planning agent for Corbel Homes, said the scheme included a new drainage system and that 30 per cent of the homes would be ``⟦p:c|genuinely affordable⟧''.
``⟦d:c|We have listened. We took 40 homes out of the original plan and we've added a play area and a pond,⟧'' he said.
Ward councillor Parveen Akhtar, who does not sit on the committee, said she was ``⟦p:d|bitterly disappointed⟧''. ``⟦d:d|The drainage system is a drawing. The flooding is real,⟧'' she said.
Cllr Gordon Feeney, chairman of the planning committee, said members had to judge the application on planning grounds alone. ``⟦d:a|I understand the strength of feeling. But if we refuse something that complies with policy, we lose at appeal and we pay the developer's costs,⟧'' he said.

### 021
@a Morwenna Trask | the environment secretary
@b Idris Bankole | the shadow environment secretary
@c Lindsay Oduro | the Speaker
@d Callum Strachan | -
It was, the environment secretary told the House, “⟦p:a|a once-in-a-century event⟧”. It was also the third once-in-a-century event in the Tamber valley in six years, as members on the opposition benches were keen to point out.
Morwenna Trask came to the dispatch box on Monday afternoon to give a statement on the floods that have left 4,000 homes in the valley uninhabitable.
“⟦d:a|I want to begin by thanking the emergency services, who have worked around the clock —⟧”
“⟦d:-|Where were you?⟧” came a cry from the benches opposite.
“⟦d:c|Order. The Secretary of State is thanking the emergency services, and I would have thought the whole House could unite behind that,⟧” said the Speaker, Lindsay Oduro.
Trask's opposite number, Idris Bankole, the shadow environment secretary, was not in a uniting mood. “⟦d:b|The minister says once in a century. Her own department's risk register, which I have here, says once every eight years. Which is it?⟧” he asked.
“⟦d:a|The risk register sets out a range of scenarios, as he well knows.⟧”
“⟦d:b|It sets out this one. On page fourteen.⟧”
Callum Strachan, whose Lower Glendarr constituency took the worst of the water, spoke last. He did not try to score points. “⟦d:d|I have constituents sleeping in a leisure centre tonight. I just want to know when they can go home,⟧” he said.
The chamber fell quiet. Trask said she did not know. “⟦d:a|I won't give him a date I can't keep,⟧” she said.

### 022
@a Matthias Oberholzer | Prime Minister
@b Jolanta Wiśniewska | the Wieldrian chancellor
@c - | A reporter from the Morgenblatt
Prime Minister Matthias Oberholzer and the Wieldrian chancellor, Jolanta Wiśniewska, signed an energy pact in Kessburg on Tuesday, promising a joint hydrogen pipeline by 2032.
«⟦d:a|This is the most important agreement between our two countries in a generation,⟧» Oberholzer told reporters at the chancellery. «⟦d:a|Our grandparents built railways across this border. We will build pipelines.⟧»
Wiśniewska, who spoke partly in German, said: «⟦d:b|Wir sind Nachbarn, und jetzt sind wir Partner⟧» («⟦d:b|We are neighbours, and now we are partners⟧»).
A reporter from the Morgenblatt was less effusive. «⟦d:c|Your last joint project, the Vellach tunnel, opened six years late. Why should anyone believe this date?⟧»
«⟦d:b|Because this time I am in charge of it,⟧» Wiśniewska replied, to laughter.
Oberholzer added: «⟦d:a|And because the tunnel was my predecessor's project, not mine.⟧»

### 023
@a Priscilla Danquah | the Social Democrat candidate
@b Henry Clitheroe | The defeated National Reform Party candidate
@c Moira Gault | The returning officer
@d - | one party activist in a red rosette
Priscilla Danquah, the Social Democrat candidate, won the Ashby Vale by-election in the early hours of Friday, overturning a majority of almost 11,000 in a seat her party had never held.
The returning officer, Moira Gault, read out the result at Ashby leisure centre just after 3.40 a.m. "⟦d:c|I hereby declare that Priscilla Danquah is duly elected,⟧" she said, before the rest of her sentence was drowned out by cheering.
In her victory speech, Danquah said voters had sent "⟦p:a|a message that even Kingsgate cannot ignore⟧". "⟦d:a|For fourteen years this town was told to be grateful for what it had. Tonight it said: we want more,⟧" she said.
"⟦d:a|I'll be the MP for everyone in Ashby Vale, including the people who voted for somebody else, and especially the people who didn't vote at all.⟧"
The defeated National Reform Party candidate, Henry Clitheroe, left the stage without speaking to reporters. In a brief statement later he said: "⟦d:b|The voters have spoken and I respect their decision. I wish Ms Danquah well.⟧"
At the back of the hall, one party activist in a red rosette was in tears. "⟦d:d|I've knocked on doors here for twenty years and never won anything. Not even a council seat,⟧" she said. "⟦d:d|I don't know what to do with myself.⟧"

### 024
@a Orla Devine | chief executive of Loop
@b Marcus Achebe | the chairman
@c Deborah Lindqvist | The Green Left MP
@d Loop | -
The head of a social media company apologised to MPs on Tuesday for the platform's failure to remove videos glorifying knife crime, but refused to commit to hiring more human moderators.
Orla Devine, chief executive of Loop, told the culture committee that the company had “⟦p:a|fallen short, and badly⟧”.
“⟦d:a|I'm not going to sit here and defend the indefensible. Some of those videos stayed up for days. That shouldn't happen,⟧” she said.
Marcus Achebe, who chairs the committee, asked how many moderators the company employed in the country. “⟦d:a|I don't have the exact figure in front of me.⟧”
“⟦d:b|Roughly?⟧” the chairman asked.
“⟦d:a|It's in the low hundreds.⟧”
“⟦d:b|Low hundreds, for twenty million users. Does that sound like enough to you?⟧”
The Green Left MP Deborah Lindqvist accused the company of “⟦p:c|hiding behind algorithms⟧”. “⟦d:c|Every time we ask about people, you talk about technology. Every time we ask about technology, you talk about privacy. At some point somebody has to take responsibility,⟧” she said.
Loop said in a statement after the hearing that it would publish its moderation figures “⟦p:d|in the coming weeks⟧”.

### 025
@a Graham Ollerenshaw | Transport Secretary
@b Janice | a bus driver from Worthley
@c Dev | a student in Carrowby
@d Naomi Pellegrino | Host
Transport Secretary Graham Ollerenshaw faced a grilling from listeners on Talk Meridian's lunchtime phone-in on Friday, a week after the government scrapped the northern leg of the Arrow high-speed line.
The first caller, Janice, a bus driver from Worthley, wanted to know what her town would get instead. "⟦d:b|You've cancelled the train, you've cut the buses, and now you're telling us to be patient. How much more patient do you want us to be?⟧" she asked.
"⟦d:a|Janice, I completely understand your frustration,⟧" Ollerenshaw said. "⟦d:a|Every penny saved from Arrow is going into local transport, including buses in Worthley.⟧"
"⟦d:b|I'll believe it when I'm driving one.⟧"
Dev, a student in Carrowby, had done his homework. "⟦d:c|I checked last night. Forty-two pounds to fly to Valmora, a hundred and eighteen on the train to the capital. How is that green?⟧"
The minister said he agreed fares were "⟦p:a|too high⟧" and promised a review.
Host Naomi Pellegrino cut in: "⟦d:d|Another review, minister? How many have there been now?⟧"
"⟦d:a|This one will be different,⟧" he said.

### 026
@a Hadley Osei | the department's director of strategy
@b Department for Schools | the department
@c Rosa Villanueva | the shadow schools secretary
A leaked memo written by a senior official at the Department for Schools warns that the government's flagship tutoring scheme is “⟦p:a|failing the children it was designed to help⟧” and recommends that ministers quietly wind it down.
The document, written by Hadley Osei, the department's director of strategy, and seen by the Northern Courier, says the scheme has reached fewer than a third of eligible pupils.
“⟦d:a|The programme is popular with ministers and with the providers who are paid to deliver it. It is less popular with schools, and the evidence that it is helping disadvantaged pupils is thin,⟧” Osei writes.
The memo adds: “⟦d:a|Our recommendation is a managed wind-down over 18 months, announced alongside a new offer, so that it is not presented as a cut.⟧”
The Department for Schools said it did not comment on leaked documents. “⟦d:b|The tutoring programme has delivered more than four million courses and remains a priority for this government,⟧” the department said.
Rosa Villanueva, the shadow schools secretary, said the memo showed ministers were “⟦p:c|more interested in headlines than in children⟧”. “⟦d:c|Their own officials are telling them it doesn't work, and their plan is to rebrand it,⟧” she said.

### 027
@a Eluned Pryce-Morgan | First Minister
@b Dafydd ap Rhys | the leader of the opposition
@c Owain Llewelyn-Hart | the Presiding Officer
CAERDUNOD - First Minister Eluned Pryce-Morgan rejected calls on Tuesday to scrap the 20mph default speed limit, telling the Assembly that the policy had "⟦p:a|saved lives and will save more⟧".
Opening First Minister's Questions in Welsh, the leader of the opposition, Dafydd ap Rhys, said: "⟦d:b|Mae pobl wedi cael llond bol⟧" ("⟦d:b|People have had enough⟧").
"⟦d:b|Four hundred thousand people signed a petition, First Minister. Four hundred thousand. At what point do you listen?⟧" he asked.
"⟦d:a|I listen every day,⟧" Pryce-Morgan replied. "⟦d:a|What I won't do is reverse a policy that has cut casualties by a quarter because it's unpopular on social media.⟧"
There were groans from the opposition benches. "⟦d:c|Order, please. Let the First Minister answer,⟧" said the Presiding Officer, Owain Llewelyn-Hart.
Ap Rhys came back: "⟦d:b|The First Minister thinks four hundred thousand people are wrong and she is right. That's a very lonely place to be.⟧"
"⟦d:a|It's called government,⟧" Pryce-Morgan said.

### 028
@a Leo Nakamura-Briggs | Social Democrat leader
@b - | a protester
@c - | A party spokeswoman
Social Democrat leader Leo Nakamura-Briggs used his conference speech in Harlow Bay on Wednesday to promise a “⟦p:a|decade of renewal⟧”, as he sought to persuade voters his party was ready for government.
“⟦d:a:m|Four years ago, people in this country looked at us and saw a party talking to itself. They were right. We were.⟧
“⟦d:a:m|We have changed. We have changed our rules, our policies and, yes, some of our people. Not because we stopped believing in anything, but because believing in something is no use if you can't win the power to do it.⟧
“⟦d:a|So here is my promise: no more talking to ourselves. From today we are talking to the country.⟧”
About 20 minutes into the speech, a protester stood up near the front of the hall and shouted “⟦d:b|What about the miners' pensions?⟧” before being led out by stewards.
Delegates responded by chanting “⟦s:-|Leo! Leo!⟧” as the man was removed.
Nakamura-Briggs paused, then went off script. “⟦d:a|I'll tell you what about them. We'll honour them. He's gone now, but I'll tell the rest of you how,⟧” he said.
A party spokeswoman said afterwards that the protester had been carrying a delegate's pass and that the party would “⟦p:c|look into how that happened⟧”.

### 029
@a Cecily Braithwaite | The justice secretary
@b Tomas Reinholt | the Prime Minister
@c - | One senior backbencher
The justice secretary, Cecily Braithwaite, resigned on Saturday night over the government's decision to release thousands of prisoners early, saying she could "⟦p:a|no longer defend a policy I was not consulted on⟧".
In a letter to the Prime Minister, Tomas Reinholt, posted on social media, Braithwaite wrote: "⟦d:a:m|It has been a privilege to serve. But I cannot stand at the dispatch box and tell victims of crime that their safety comes second to a spreadsheet, and I will not ask my officials to do so either.⟧
"⟦d:a|I had hoped, until this week, that we could find another way. It has become clear to me that we cannot.⟧"
Reinholt replied within the hour, thanking her for her "⟦p:b|outstanding service⟧". "⟦d:b|I understand your decision, though I regret it,⟧" he wrote. "⟦d:b|The early release scheme is a temporary and carefully targeted measure, and I remain confident it is the right one.⟧"
One senior backbencher said the resignation was "⟦p:c|a disaster entirely of Kingsgate's making⟧". "⟦d:c|Cecily was the last person in that cabinet anyone would describe as soft. If she can't defend it, who can?⟧" he said.

### 030
@a Abena Mensah-Otoo | electoral commission chairwoman
@b Ezekiel Mwangaza | Opposition candidate
@c Tendai Chirwa | Government spokesman
@d Halima Juma | The head of the regional observer mission
MBARETI, Aug 14 (Capital Wire) - Kanembe's electoral commission declared President Daniel Onyango the winner of last week's election on Monday with 52.3 percent of the vote, a result immediately rejected by the main opposition candidate as “⟦p:b|daylight robbery⟧”.
“⟦d:a|Having considered the results from all 312 constituencies, the commission declares Daniel Onyango duly elected,⟧” electoral commission chairwoman Abena Mensah-Otoo told a news conference in the capital.
Opposition candidate Ezekiel Mwangaza, who the commission said won 45.1 percent, told supporters outside his party's headquarters that he would challenge the result in court. “⟦d:b|We have the forms from the polling stations. Our numbers and their numbers are not the same numbers,⟧” he said.
“⟦d:b|We will not go to the streets. We will go to the courts, and we will win there.⟧”
Government spokesman Tendai Chirwa urged calm. “⟦d:c|The people have spoken peacefully. We ask everyone to respect their voice,⟧” he said.
The head of the regional observer mission, Halima Juma, said the vote had been “⟦p:d|largely orderly⟧” but noted “⟦p:d|serious concerns⟧” about tallying in four counties. “⟦d:d|We are not in a position to say the result is wrong. We are in a position to say it must be checked,⟧” she said.

### 031
@a Cyril Haverstock | the parish council's chairman
@b Jennifer Pugh-Addo | a parish councillor for 22 years
@c Ashworth Parva Parish Council | the council
@d - | One resident
A row over a flagpole has split the village of Ashworth Parva, with one councillor resigning and another accusing colleagues of running a ``⟦s:-|flag cartel⟧''.
The dispute began in March when Ashworth Parva Parish Council voted, by four votes to three, to replace the village's wooden flagpole with a 30ft aluminium one at a cost of £4,800.
Cyril Haverstock, the parish council's chairman, said the old pole was ``⟦p:a|rotten to the core⟧'' and a danger to children using the green.
``⟦d:a|We had a structural report. The report said it could come down in a high wind. I wasn't going to wait for it to land on somebody's head,⟧'' he told the Gazette.
But Jennifer Pugh-Addo, a parish councillor for 22 years, who resigned in protest last week, said the decision had been rushed through ``⟦p:b|at the end of a meeting when half of us had gone home⟧''.
``⟦d:b|It isn't about the flagpole. It's about how this council does things. A small group decides in the pub and the rest of us are told afterwards,⟧'' she said.
Mr Haverstock dismissed the claim. ``⟦d:a|I haven't been in the pub since Christmas,⟧'' he said.
The council said in a statement that all its decisions were ``⟦p:c|taken properly and minuted⟧''.
One resident, walking her dog past the new pole on Thursday, was more philosophical. ``⟦d:d|It's a pole. It holds a flag. I'd have thought we had bigger problems, like the bus,⟧'' she said.

### 032
@a Simone Achterhof | The immigration minister
@b - | a reporter
@c Interior Department | -
The immigration minister, Simone Achterhof, declined to answer questions outside her home in Harwick Vale on Friday morning, hours after it emerged that her department had lost track of more than 2,000 asylum seekers.
As she left for work shortly after 7 a.m., a reporter called out: "⟦d:b|Minister, do you know where they are?⟧"
"⟦d:a|I'll be making a statement to Parliament in due course,⟧" Achterhof said, walking towards a waiting car.
"⟦d:b|Are you going to resign?⟧"
"⟦d:a|No.⟧"
"⟦d:b|Has the Prime Minister spoken to you?⟧"
"⟦d:a|I speak to the Prime Minister all the time. Excuse me.⟧"
The Interior Department said the figure referred to people who had "⟦p:c|failed to report as required⟧" and that most were expected to be traced within weeks.

### 033
@a - | one senior figure on the Achterberg campaign
@b - | a rival campaign's chief of staff
@c Nikolai Petrossian | the veteran pollster
@d - | A second member of the team
It is 11.15 on a Tuesday night in a borrowed office above a dry cleaner's, and the people running the most talked-about leadership campaign in a generation are eating cold pizza and arguing about a tweet.
“⟦d:a:m|You have to understand what we're up against. Everybody in the parliamentary party owes somebody something. The other side has been calling in favours since before Garrick had even resigned.⟧
“⟦d:a:m|We don't have favours to call in. What we have is members. Members don't care who owes who a committee chairmanship.⟧
“⟦d:a|That's the whole strategy, if you want it in one line: go over their heads.⟧”
That is one senior figure on the Achterberg campaign, speaking, like everyone else in the room, on condition that they not be named. A second member of the team, younger and more cautious, puts it differently. “⟦d:d|We're the insurgents. The trouble with being the insurgents is that eventually you have to win.⟧”
Across town, a rival campaign's chief of staff is unimpressed by the insurgent talk. “⟦d:b|They've got a great story and no MPs. You can't form a government out of a story,⟧” he says.
Nikolai Petrossian, the veteran pollster, who has surveyed party members for two decades, is less sure. “⟦d:c|Members are angrier than I have ever seen them. Angry members vote for whoever sounds angriest. That's not a prediction, it's a warning,⟧” he says.

### 034
@a Ananda Wiratama | Meruvian Foreign Minister
@b Phạm Thu Hà | her Lanvian counterpart
@c - | one reporter
@e Kittisak Boonmee | the bloc's secretary-general
SEGARA, July 9 - Foreign ministers from the ten-member Southern Seas Community ended two days of talks on Wednesday with a joint statement calling for "⟦p:-|restraint and dialogue⟧" in the Karang Strait, but failed to agree on a code of conduct for the disputed waters.
"⟦d:a|We have not reached the finish line. But today we agreed, all ten of us, on where the finish line is,⟧" Meruvian Foreign Minister Ananda Wiratama told a news conference, flanked by her Lanvian counterpart, Phạm Thu Hà.
Phạm, speaking through an interpreter, said her government would "⟦p:b|not accept any map that is drawn in another capital⟧".
"⟦d:c|Does that mean Lanvia will block the code if the current draft stays?⟧" one reporter asked.
"⟦d:b|It means we will keep negotiating until the draft is one that everyone can sign,⟧" Phạm said.
Kittisak Boonmee, the bloc's secretary-general, said a fresh round of talks would be held in October. "⟦d:e|Twenty years ago we could not even agree to sit in the same room on this subject. Patience is also a policy,⟧" he said.

### 035
@a Rhys Kettering | Senator
@b Priya Balasubramaniam | the department's secretary
@c Wallace Ngata | the committee chair
@d - | a departmental official
WALLAMBA — A senior public servant has conceded that her department “⟦p:b|should have known⟧” that a $92 million grants program was being directed to marginal seats, in a tense Senate estimates hearing on Tuesday.
Under questioning from Senator Rhys Kettering, Priya Balasubramaniam, the department's secretary, said the final list of grant recipients had been changed by the minister's office after it left the department.
“⟦d:a|Changed how many times?⟧” Senator Kettering asked.
“⟦d:b|I understand there were 28 versions of the spreadsheet, Senator.⟧”
“⟦d:a|Twenty-eight. And in how many of those versions did the number of grants in government-held seats go down?⟧”
“⟦d:b|I would have to take that on notice.⟧”
“⟦d:a|I'll save you the trouble. None.⟧”
The committee chair, Wallace Ngata, intervened to ask the senator to let the witness finish. “⟦d:c|She's entitled to answer, Senator, even if you don't like the answer,⟧” he said.
Later in the hearing, a departmental official told the committee the department had raised concerns in an email to the minister's chief of staff. Asked what reply it had received, the official said: “⟦d:d|We didn't receive one.⟧”

### 036
@a Katrien Vandermeulen | the Liberal leader
@b Ruud Hoekstra | the Christian Union leader
@c Sanne de Groot-Amrani | the informateur
@d - | One senior Liberal negotiator
HAVENSTAD — Coalition talks between the Liberals and the Christian Union broke down on Thursday night after nine weeks, plunging the country towards a second election in a year.
The Liberal leader, Katrien Vandermeulen, told reporters outside the parliament building that her party had «⟦p:a|gone as far as it could go, and then a little further⟧».
«⟦d:a|We offered compromise on pensions, on housing and on the farmers. We could not offer compromise on the rule of law, because that is not ours to give away,⟧» she said.
Ruud Hoekstra, the Christian Union leader, blamed his counterpart. «⟦d:b|Mrs Vandermeulen walked away from an agreement that was ninety-five percent finished. History will ask why,⟧» he said.
One senior Liberal negotiator, speaking on condition of anonymity, described the final session as «⟦p:d|an ambush⟧». «⟦d:d|They brought a new text on the asylum chapter at ten o'clock at night and wanted a signature by midnight. Nobody signs like that,⟧» the negotiator said.
The informateur, Sanne de Groot-Amrani, who was appointed by the king to steer the talks, said she would report to the palace on Monday. «⟦d:c|I am disappointed but not surprised. I have learned in this job not to be surprised,⟧» she said.

### 037
@a Aurelio Sánchez-Villar | Prime Minister
@b Consuelo Ibarra | the opposition leader who tabled the motion
@c Marta Ferreira-Quintas | The parliament's president
@d - | One deputy from Sánchez-Villar's own party
SAN LORENZO, Feb 3 (Capital Wire) - Prime Minister Aurelio Sánchez-Villar survived a vote of no confidence on Tuesday by just four votes, after three deputies from his own coalition abstained.
"⟦d:c|The motion is rejected, with 171 votes in favour, 175 against and three abstentions,⟧" the parliament's president, Marta Ferreira-Quintas, announced to loud applause from the government benches.
Consuelo Ibarra, the opposition leader who tabled the motion, said the government had been "⟦p:b|reduced to a minority of one⟧". "⟦d:b|Today he survives. Tomorrow he has to govern, and he cannot,⟧" she told reporters.
Sánchez-Villar, speaking in the chamber before the vote, had appealed for unity. "⟦d:a|This country does not need an election in the middle of a drought and a recession. It needs a government that works, and this government works,⟧" he said.
One deputy from Sánchez-Villar's own party, who asked not to be named, said the margin was "⟦p:d|a warning shot⟧". "⟦d:d|Next time it will not be three abstentions,⟧" the deputy said.

### 038
@a Declan Oyinlola | the council's cabinet member for children's services
@b Kerry-Ann Mottram | a mother of three
@c Hafsa Bibi | The school's headteacher
@d - | one father
@e Brindley County Council | -
Emotions ran high at Greysbrook village hall on Wednesday evening as more than 150 parents packed a consultation meeting on plans to close Greysbrook Primary School.
The council's cabinet member for children's services, Cllr Declan Oyinlola, told the meeting that the school had 61 pupils in a building designed for 210. “⟦d:a|I know what this school means to this village. I went to a school like it. But we cannot keep a building two-thirds empty while the schools in Brindley are bursting,⟧” he said.
Kerry-Ann Mottram, a mother of three, asked how her children were meant to get to school in Brindley, five miles away. “⟦d:b|There's one bus. It leaves at twenty past seven. My youngest is five. Are you going to put a five-year-old on a bus at twenty past seven in January?⟧”
“⟦d:a|We will provide transport for every child who needs it.⟧”
“⟦d:d|That's what they said when they shut the library,⟧” shouted one father, to applause.
The school's headteacher, Hafsa Bibi, did not speak at the meeting but said afterwards that staff were “⟦p:c|heartbroken but determined⟧”.
Brindley County Council said the consultation would close on 14 November and that “⟦p:e|no decision has yet been made⟧”.

### 039
@a Abdirahman Osman-Clarke | the home secretary
@b Peregrine Vause | the former defence secretary
@c Adaeze Ibekwe | The moderator
Watch the two men competing to be the next Prime Minister for five minutes and you would think they were in different parties. Watch them for an hour, as viewers of Monday night's head-to-head on Channel 6 did, and it becomes clear they simply dislike each other.
The moderator, Adaeze Ibekwe, began with the economy. The home secretary, Abdirahman Osman-Clarke, promised "⟦p:a|tax cuts this year, not in the never-never⟧".
"⟦d:b|He's promised tax cuts three times in this campaign and costed them zero times,⟧" said the former defence secretary, Peregrine Vause. "⟦d:b|I'd love to cut taxes. I'd also love to play centre-forward for Rovers. Neither is going to happen this year.⟧"
"⟦d:a|Peregrine has been in government for twelve years. If he knew how to grow the economy, you'd think he'd have mentioned it by now,⟧" Osman-Clarke shot back.
"⟦d:c|Gentlemen, the audience would like to hear about the economy rather than about each other,⟧" Ibekwe said.
"⟦d:b|I'm trying,⟧" Vause said. "⟦d:b|He keeps interrupting.⟧"
"⟦d:a|I haven't said a word.⟧"
"⟦d:b|You were about to.⟧"
A snap poll of viewers after the debate gave Osman-Clarke a narrow win, 51 per cent to 49.

### 040
@a Gregor Ashcombe-Mbatha | the former prime minister
@b Hannah Feld | The host
Gregor Ashcombe-Mbatha, the former prime minister, has said he regrets calling the snap election that ended his premiership, in his first long interview since leaving office.
Speaking on “⟦s:-|Inside the Room⟧”, the politics podcast, he told the host, Hannah Feld, that the decision had been made “⟦p:a|in about forty minutes, on a Sunday, with three people in the room⟧”.
“⟦d:a:m|We were fifteen points ahead. Every single adviser I had said go. I thought I was being bold. I was being greedy.⟧
“⟦d:a:m|The thing nobody tells you about a big lead is that it makes you stupid. You start to believe it belongs to you. It doesn't. It belongs to people who haven't made up their minds yet, and they can sense when you're taking them for granted.⟧
“⟦d:a|By the third week of that campaign I knew. You could feel it on the doorstep.⟧”
Feld asked whether he would ever stand again. “⟦d:b|You're 58. That's young for a former prime minister. Is there a comeback?⟧”
“⟦d:a|Absolutely not,⟧” he said, then laughed. “⟦d:a|Ask me again in ten years.⟧”

### 041
@a Marguerite Okwuosa | the Green Left MP for Dunmore Central
@b - | A midwife from Pellham
@c Capital Police | -
Thousands of nurses and midwives marched on Assembly Square on Saturday in the largest health workers' demonstration for a decade, chanting "⟦s:-|Fair pay now⟧" and carrying placards reading "⟦s:-|Clapping doesn't pay the rent⟧".
Marguerite Okwuosa, the Green Left MP for Dunmore Central, addressed the crowd from a flatbed lorry. "⟦d:a|They clapped for you on their doorsteps. Now they won't even sit down with you at a table. Shame on them,⟧" she said.
"⟦d:a|I trained as a nurse. I know what a twelve-hour shift does to your back and your marriage. Don't let anyone tell you that you're being greedy.⟧"
A midwife from Pellham, marching for the first time, said she had never expected to be out on the streets. "⟦d:b|I'm forty-six. I've delivered about two thousand babies. I'm here because my daughter wants to do this job and I've told her not to,⟧" she said.
The Capital Police said the march had been "⟦p:c|overwhelmingly peaceful⟧", with two arrests.

### 042
@a Delphine Ruiz-Amato | the press secretary
@b Terrence Okafor-Little | -
@e - | the president
@c Mei-Lin Zhao | a correspondent for the Pacific Wire
@d - | one reporter at the back of the room
The press secretary, Delphine Ruiz-Amato, faced sustained questioning at Thursday's briefing over the president's claim that inflation was “⟦p:e|basically over⟧”.
“⟦d:a|The president was making the point that inflation has come down for eleven straight months, which it has,⟧” Ruiz-Amato said.
Terrence Okafor-Little of the Ledger was not satisfied. “⟦d:b|He didn't say it was coming down. He said it was over. Is it over?⟧”
“⟦d:a|I think the public understands what the president meant.⟧”
“⟦d:b|I'm asking what you mean.⟧”
“⟦d:a|And I've answered, Terrence. Next question.⟧”
Mei-Lin Zhao, a correspondent for the Pacific Wire, asked whether the president would correct the remark. Ruiz-Amato said he had “⟦p:a|nothing to correct⟧”.
“⟦d:d|Will he say that to the people buying groceries?⟧” one reporter at the back of the room called out. The press secretary had already moved on.
Later, Zhao returned to the subject. “⟦d:c|Has the president looked at what eggs cost this week?⟧” she asked.
“⟦d:a|The president is very well aware of what eggs cost,⟧” Ruiz-Amato said.

### 043
@a Harriet Blackwood-Iyer | Counsel to the inquiry
@b Lionel Prosser | the former industry minister
@c Vikram Sethna | a lobbyist for the defence firm Halcyon Systems
Text messages between a former minister and a defence lobbyist were read out at the Ministerial Conduct Inquiry on Wednesday, including one in which the minister appeared to promise ``⟦p:b|a word in the right ear⟧'' about a £600m contract.
Counsel to the inquiry, Harriet Blackwood-Iyer, took Lionel Prosser, the former industry minister, through the exchange line by line.
The first message, from Vikram Sethna, a lobbyist for the defence firm Halcyon Systems, was sent at 11.42 p.m. on 3 May. ``⟦d:c|Lionel, the Halcyon bid is in the final three. Anything you can do would be very much appreciated. Dinner on me as always,⟧'' it read.
Prosser replied eight minutes later: ``⟦d:b|Leave it with me. I'll have a word in the right ear.⟧''
``⟦d:a|Whose ear, Mr Prosser?⟧'' Ms Blackwood-Iyer asked.
``⟦d:b|It was a figure of speech. I didn't speak to anybody.⟧''
``⟦d:a|Then why say you would?⟧''
``⟦d:b|Because it was nearly midnight and I wanted him to stop messaging me.⟧''
There was laughter in the hearing room. Ms Blackwood-Iyer waited for it to subside. ``⟦d:a|Did he stop?⟧''
``⟦d:b|No.⟧''

### 044
@a Rosalind Tchamba | Mayor
@b Víctor Aranda-Boyle | Councillor
@c Sharmila Desai | the city's budget chief
@d - | One woman in the gallery
PORT HARLAN — City council approved a $4.1-billion budget late Tuesday by a vote of 9 to 6, after an eleven-hour meeting in which councillors clashed over police funding and a proposed 6.8 per cent property tax increase.
Mayor Rosalind Tchamba called the budget "⟦p:a|responsible, not comfortable⟧". "⟦d:a|Nobody in this room wanted to raise taxes. I certainly didn't. But the alternative was closing three fire halls, and I won't do that,⟧" she said after the vote.
Councillor Víctor Aranda-Boyle, who led the opposition to the tax increase, said homeowners in his ward were "⟦p:b|being squeezed until they pop⟧". "⟦d:b|We're asking seniors on fixed incomes to pay for eleven years of this council not making decisions,⟧" he said.
Earlier, the city's budget chief, Sharmila Desai, had warned councillors that every percentage point knocked off the increase would mean finding $23 million in cuts. "⟦d:c|I can give you the list. You won't like the list,⟧" she said.
"⟦d:d|Put it online!⟧" shouted one woman in the gallery, prompting the mayor to call for quiet.

### 045
@a Dorothea Wainwright | The justice secretary
@b Kofi Addo-Barnes | the shadow justice secretary
@c Bartholomew Inchcape | the veteran backbencher
@d - | the Speaker
@e - | one opposition member
The justice secretary was summoned to the Commons on Wednesday to answer an urgent question on the escape of three prisoners from HMP Roecliffe, the second breakout from the jail in a year.
The justice secretary, Dorothea Wainwright, told MPs that the escape had been “⟦p:a|completely unacceptable⟧” and that an independent review would report within six weeks.
The shadow justice secretary, Kofi Addo-Barnes, asked how many prison officers had been on duty on the wing that night. “⟦d:b|I'm told it was two. Two officers for 140 men. Can she confirm that figure?⟧”
“⟦d:a|I am not going to pre-empt the review.⟧”
“⟦d:e|It's a number, not a review!⟧” shouted one opposition member.
“⟦d:d|Order. The member will have every chance to ask his own question if he can contain himself until then,⟧” the Speaker said.
The veteran backbencher Bartholomew Inchcape, whose constituency includes the prison, asked the minister to visit. “⟦d:c|Come to Roecliffe. Don't send a junior minister. Come yourself, and talk to the officers, and then come back here and tell us there's enough of them,⟧” he said.
Wainwright said she would “⟦p:a|be glad to⟧”.

### 046
@a Sophie Marangoni | Green Left candidate
@b - | a man in a dressing gown
@c Doreen | a pensioner who has lived on the estate since 1968
@d - | her campaign manager
It is a cold Saturday morning on the Larkhill estate, and Green Left candidate Sophie Marangoni is on her fourth street.
The first door is opened by a man in a dressing gown who listens politely for twenty seconds. "⟦d:b|Love, I'm not being funny, but you lot want to take my car off me,⟧" he says.
"⟦d:a|Nobody's taking your car. We want to make the buses good enough that you wouldn't need it,⟧" Marangoni says.
"⟦d:b|Good luck with that.⟧" The door closes.
Two doors down, Doreen, a pensioner who has lived on the estate since 1968, invites the candidate in for a cup of tea. "⟦d:c|I've voted for the same lot for fifty years and they've never once knocked on my door. You've knocked. That's something,⟧" she says.
Back on the pavement, her campaign manager is checking the numbers on a tablet. "⟦d:d|That's a maybe. On this estate a maybe is a win,⟧" he says.

### 047
@a Felicity Carrow-Dunne | Work and pensions minister
@b Dorian Achebe-Walsh | Opposition MP
@c - | One furious mum from Gatesmoor
@d - | A government source
WORK and pensions minister Felicity Carrow-Dunne sparked fury last night after telling families struggling with food bills to “⟦p:a|shop around a bit more⟧”.
In a “⟦s:-|let them eat cake⟧” moment captured on camera at a charity event, the millionaire minister said: “⟦d:a|There are some fantastic bargains out there if you take the time. I got a lovely chicken for three pounds the other week.⟧”
Opposition MP Dorian Achebe-Walsh said the remarks were “⟦p:b|beyond parody⟧”. “⟦d:b|She's got a country estate and a stables. She hasn't been near a supermarket since they had typewriters at the tills,⟧” he raged.
One furious mum from Gatesmoor, who uses a food bank twice a week, told the Daily Clarion: “⟦d:c|I'd love her to come shopping with me. She can bring her three-pound chicken.⟧”
A government source insisted the minister's words had been “⟦p:d|twisted⟧”. “⟦d:d|She was making a point about price comparison. Nobody is saying people aren't struggling,⟧” the source said.

### 048
@a Aleksander Novak | Foreign Minister
@b Yasmin Shahid | the programme's presenter
@c - | A spokesman for the Kavarian foreign ministry
Foreign Minister Aleksander Novak has said a ceasefire in the Trebek valley is “⟦p:a|days, not weeks⟧” away, but warned that it could still collapse if either side moved heavy weapons back to the front.
Speaking on The World Tonight, he told the programme's presenter, Yasmin Shahid, that negotiators had agreed “⟦p:a|the shape of a deal⟧”.
“⟦d:b|You said exactly the same thing in March, Foreign Minister. What's different now?⟧” Shahid asked.
“⟦d:a|In March we had the shape. Now we have the map. Every kilometre of the line has been agreed, and both sides have signed the map. That didn't happen in March,⟧” Novak said.
“⟦d:b|And if the shelling starts again tomorrow?⟧”
“⟦d:a|Then I'll be back on a plane tomorrow night.⟧”
A spokesman for the Kavarian foreign ministry said in a statement that Kavaria “⟦p:c|remains committed to a just and lasting peace⟧” but had “⟦p:c|signed nothing⟧”.

### 049
@a Rodrigo Echeverría Luna | Senator
@b Valentina Sotomayor | the interior minister
@c - | a government spokeswoman
SANTA INÉS — Senator Rodrigo Echeverría Luna brought the upper house to its feet on Wednesday with a speech against the government's water privatisation bill, delivered in Spanish and widely shared online in English translation.
“⟦d:a|El agua no es una mercancía⟧” (“⟦d:a|Water is not a commodity⟧”), the 71-year-old senator said, holding up a plastic bottle he said he had bought outside the chamber for more than a bus fare.
“⟦d:a|My grandfather carried water from the river in a bucket. I did not think my grandchildren would have to buy it from a company in another country,⟧” he said.
The interior minister, Valentina Sotomayor, who is steering the bill through the Senate, accused him of “⟦p:b|theatre⟧”. “⟦d:b|The senator knows that the bill guarantees a free minimum for every household. Nobody will go thirsty,⟧” she said.
A government spokeswoman later said the bill would be put to a vote “⟦p:c|as scheduled⟧” next week.

### 050
@a Stuart Menzies-Obi | the sitting commissioner
@b Gráinne O'Halloran | a former detective superintendent
@c Philip Tennant | The chair of the meeting
@d - | one woman
The three candidates to be Wexley's next police and crime commissioner faced a packed audience at the Corn Exchange on Tuesday, and the subject everyone wanted to talk about was shoplifting.
``⟦d:d|I run a corner shop on Market Street. I've been robbed nine times this year. I've stopped calling the police because nobody comes,⟧'' one woman told the panel. ``⟦d:d|What are you going to do about it?⟧''
Stuart Menzies-Obi, the sitting commissioner, said he had put ``⟦p:a|forty more officers on the beat⟧'' since his election. ``⟦d:a|I won't pretend that's enough. But it's forty more than there were,⟧'' he said.
His main challenger, Gráinne O'Halloran, a former detective superintendent, said the figure was ``⟦p:b|a sleight of hand⟧''. ``⟦d:b|Forty officers hired, sixty retired. That's not forty more. That's twenty fewer,⟧'' she said, to applause.
The chair of the meeting, Philip Tennant, had to ask the audience twice to let Mr Menzies-Obi reply. ``⟦d:c|Let him answer, please. You'll all get a vote in May,⟧'' he said.

### 051
@a - | One MP said to be considering defecting
@b - | A senior National Reform Party figure
@c Commonwealth Party | -
@d Yusuf Demirci | the party's deputy chairman
At least three Commonwealth Party MPs have held talks about defecting to the National Reform Party, according to people familiar with the discussions.
One MP said to be considering defecting told the Observer-Herald: "⟦d:a|I haven't decided anything. But I'd be lying if I said I hadn't had a coffee or two. The party I joined doesn't exist any more.⟧"
A senior National Reform Party figure said the talks were "⟦p:b|serious and ongoing⟧" and that an announcement could come "⟦p:b|before the summer⟧".
"⟦d:b|We're not going to name anyone. When they're ready, they'll name themselves,⟧" the figure said.
The Commonwealth Party said in a statement that it did not "⟦p:c|comment on gossip⟧".
Yusuf Demirci, the party's deputy chairman, was more direct when approached on Sunday. "⟦d:d|If anyone wants to leave, there's the door. I'll hold it open for them,⟧" he said. "⟦d:d|But they should remember that people who cross the floor usually end up crossing it again, or losing their seat.⟧"

### 052
@a Adaeze Okonkwo-Laird | the 49-year-old
@b Fergus Lindhurst | her defeated rival
@c Clement Osei-Bonsu | The party's returning officer
@d - | One long-serving MP
Adaeze Okonkwo-Laird has been elected leader of the Commonwealth Party, winning 58 per cent of the members' vote and becoming the first black woman to lead a major party.
“⟦d:c|Having received 71,402 votes, I declare that Adaeze Okonkwo-Laird is elected leader of the party,⟧” the party's returning officer, Clement Osei-Bonsu, announced at a hotel in Queensferry just after midday.
She walked to the stage to a standing ovation. “⟦d:a|My mother came to this country with one suitcase and a nursing certificate. She would not have believed this. To be honest, neither do I,⟧” the 49-year-old said.
“⟦d:a:m|To those who did not vote for me: I heard you. I will need you.⟧
“⟦d:a|And to the country: we have not been good enough. We will be.⟧”
Her defeated rival, Fergus Lindhurst, pledged his “⟦p:b|full and unreserved support⟧”. “⟦d:b|The members have chosen, and they've chosen well,⟧” he said.
Not everyone was in a forgiving mood. One long-serving MP, leaving the hall early, muttered: “⟦d:d|Well, that's that, then.⟧”

### 053
@a Rupert Vasconcelos | the MP for Fennick and Oldstoke
@b Committee on Standards | the committee
@c Ellen Brightwater | the committee's chair
Rupert Vasconcelos, the MP for Fennick and Oldstoke, faces a 30-day suspension from the Commons after the Committee on Standards found he had broken lobbying rules by making paid approaches to ministers on behalf of two property firms.
In a report published on Tuesday, the committee said his conduct had been "⟦p:b|an egregious case of paid advocacy⟧" that had "⟦p:b|brought the House into disrepute⟧".
Ellen Brightwater, the committee's chair, said the evidence was "⟦p:c|clear and overwhelming⟧". "⟦d:c|Mr Vasconcelos was paid £9,000 a month by companies whose interests he then raised with ministers on fourteen occasions. There is no innocent explanation for that,⟧" she said.
Vasconcelos said he would appeal. "⟦d:a|I have never lobbied for anyone. I have spoken up for jobs in my constituency, which is what I was elected to do,⟧" he said in a statement.
"⟦d:a|This process has been a kangaroo court from start to finish and I will not be silenced by it.⟧"

### 054
@a Lavinia Oyelaran | The communities secretary
@b Tobias Fairclough | the presenter
@c - | Her department
The communities secretary, Lavinia Oyelaran, walked out of a live television interview on Tuesday night after being repeatedly asked about her use of a government car to attend her daughter's wedding.
The interview, on Channel 6's Newsnight Tonight, had begun with questions about the housing targets she had announced earlier in the day.
After eight minutes, the presenter, Tobias Fairclough, turned to the car. “⟦d:b|Minister, before you go: did you use a ministerial car, paid for by the taxpayer, to go to a family wedding in Penwithey?⟧”
“⟦d:a|I came on to talk about housing. I've talked about housing,⟧” she said.
“⟦d:b|It's a simple question. Yes or no?⟧”
“⟦d:a|You've had your interview. Thank you.⟧”
Oyelaran then removed her earpiece and left the studio, leaving Fairclough addressing an empty chair. “⟦d:b|Well. We did ask,⟧” he told viewers.
Her department later said all her travel had been “⟦p:c|in line with the ministerial code⟧”.

### 055
@a Hélène Duvivier-Kass | President
@b Kazuo Hayashida | the Japanese-born prime minister of Valdoria
@c - | A French radio reporter
LAC-SAINT-OURS — The leaders of the eight largest economies of the northern hemisphere ended their two-day summit on Saturday with a communiqué promising «⟦p:-|decisive action⟧» on supply chains and critical minerals, but little new money.
President Hélène Duvivier-Kass, who hosted the summit, said the group had «⟦p:a|spoken with one voice⟧». «⟦d:a|For two days there were eight of us in the room and there was one position,⟧» she told reporters.
A French radio reporter asked, in French, whether the communiqué had been watered down at the last minute. «⟦d:c|Est-ce que le texte a été affaibli cette nuit?⟧» («⟦d:c|Was the text weakened overnight?⟧»)
«⟦d:a|Non. Il a été précisé⟧», the president replied, smiling — «⟦d:a|No. It was clarified⟧».
Kazuo Hayashida, the Japanese-born prime minister of Valdoria, was blunter at his own press conference an hour later. «⟦d:b|We spent six hours on one paragraph about lithium. It is a good paragraph. I hope someone reads it,⟧» he said.

### 056
@a Dale Brennerman | Congressman
@b - | one man in a veterans' cap
@c Lupe Fernández | a schoolteacher from Mesquite Springs
@d - | His office
MESQUITE SPRINGS — Congressman Dale Brennerman had barely finished his opening remarks at a town hall in the high school gym Saturday before the shouting started.
"⟦d:b|Why did you vote to cut the veterans' clinic?⟧" one man in a veterans' cap yelled from the bleachers.
"⟦d:a|Sir, I didn't vote to cut anything. I voted against a bill that had a lot of things in it, and I'll explain why if you let me,⟧" Brennerman said.
"⟦d:b|You voted no. That's the same thing.⟧"
Lupe Fernández, a schoolteacher from Mesquite Springs, waited forty minutes for the microphone. "⟦d:c|I have thirty-four kids in my classroom and no air conditioning. It was a hundred and six degrees in there in September. What are you going to do about that?⟧" she asked.
"⟦d:a|That's a state issue, ma'am, but I hear you, and I'll talk to the governor.⟧"
"⟦d:c|You said that last year.⟧"
His office said afterward that Brennerman had held eleven town halls this year, "⟦p:d|more than any member of the state's delegation⟧".

### 057
@a Halvard Quennell | the Prime Minister
@b Zara Featherstonehaugh | Chief whip
@c Marius Okello | The new chancellor
@d - | One outgoing minister
@e - | a Kingsgate source
@f Ngozi Abara | The Courier's political editor
@g - | reporters
Reshuffle: live updates
10.02am — The Prime Minister, Halvard Quennell, has arrived back at Kingsgate after a short walk. Asked by reporters whether today would be “⟦p:g|a bloodbath⟧”, he smiled and said: “⟦d:a|Lovely morning, isn't it?⟧”
10.41am — Chief whip Zara Featherstonehaugh is in Kingsgate. She is the person who makes the phone calls. One outgoing minister has already been in touch with us. “⟦d:d|I've had the call. It was very polite. I've been sacked,⟧” they said.
11.15am — Confirmed: the new chancellor, Marius Okello, is the first person of Ugandan heritage to hold the job. Speaking briefly outside Kingsgate, he said: “⟦d:c|I'm honoured. There is a lot of work to do, and I intend to start this afternoon.⟧”
11.32am — A Kingsgate source tells us the Prime Minister wants a cabinet “⟦p:e|that looks like the country and thinks like a government⟧”.
12.05pm — The Courier's political editor, Ngozi Abara, says the mood among the sacked ministers is “⟦p:f|somewhere between furious and relieved⟧”.
12.40pm — Featherstonehaugh leaves Kingsgate. Asked if she had enjoyed her morning, she replied: “⟦d:b|Nobody enjoys this part.⟧”

### 058
@a Crispin Oyenuga | the committee's chairman
@b Nadira Rahmonova | the ambassador to Ostravia
@c Eilidh MacAskill | a Liberal member
The country's ambassador to Ostravia told MPs on Tuesday that the embassy had warned ministers ``⟦p:b|at least four times⟧'' that the two detained journalists were at risk before they were arrested.
Nadira Rahmonova, the ambassador to Ostravia, was appearing before the foreign affairs committee by video link from Velgrad.
``⟦d:a|Four times. In writing?⟧'' asked Crispin Oyenuga, the committee's chairman.
``⟦d:b|In writing, chairman. I can give the committee the dates,⟧'' she said.
``⟦d:a|Please do. And what happened to those warnings?⟧''
``⟦d:b|They were acknowledged.⟧''
``⟦d:c|And what does acknowledged mean, in practice?⟧'' asked Eilidh MacAskill, a Liberal member.
``⟦d:b|It means I received a reply saying the cable had been read,⟧'' the ambassador said, to murmurs around the committee room. ``⟦d:b|I'm a diplomat. I will leave the committee to draw its own conclusions.⟧''
``⟦d:c|I think we've drawn them,⟧'' MacAskill said.

### 059
@a Beatriz Olmedo-Harte | chief executive of the polling firm Vantage Insight
@b - | one Social Democrat strategist
@c - | A Commonwealth Party aide
@d Ravi Subramanian | a political scientist at the University of Carrick
The Social Democrats have opened up a 14-point lead, their largest in a decade, according to a Vantage Insight poll published on Sunday, but one Social Democrat strategist warned that the number was "⟦p:b|softer than it looks⟧".
"⟦d:b|We're ahead because they're collapsing, not because people love us. Those are very different leads to defend,⟧" the strategist said.
Beatriz Olmedo-Harte, chief executive of the polling firm Vantage Insight, said the lead was real but the enthusiasm behind it was not. "⟦d:a|A third of the people who say they'll vote Social Democrat told us they could still change their minds. That's unusually high this close to an election,⟧" she said.
A Commonwealth Party aide was putting on a brave face. "⟦d:c|Polls in May don't vote in October. We've been here before and we've come back before,⟧" the aide said.
Ravi Subramanian, a political scientist at the University of Carrick, was unconvinced. "⟦d:d|Every losing party says that,⟧" he said. "⟦d:d|Occasionally it's even true.⟧"

### 060
@a Ines Calderwood | The Prime Minister
@b Hamza Qureshi | The leader of the opposition
@c Walter Nkemelu | Her friend and office neighbour
MPs from all parties paid tribute on Monday to Agnes Fairbairn, the Mother of the House, who died on Friday aged 81 after 44 years as the member for Lochend.
The Prime Minister, Ines Calderwood, said Fairbairn had been “⟦p:a|the conscience of this place, and occasionally its scourge⟧”.
“⟦d:a|She told me once, when I was a very new minister, that I had answered a question beautifully and said absolutely nothing. She was right. I have tried, not always successfully, to do better since,⟧” she said.
The leader of the opposition, Hamza Qureshi, who sat near Fairbairn on the back benches for a decade, remembered her approach to party discipline. “⟦d:b|Agnes never once asked me how I was going to vote. She told me how she was going to vote, and why, and then she left me to work it out. It was the most effective whipping I ever received,⟧” he said, to laughter.
Her friend and office neighbour Walter Nkemelu was close to tears. “⟦d:c:m|For twenty years I heard her through the wall, on the telephone to constituents, until ten or eleven at night. She never once complained about it.⟧
“⟦d:c|Last week the office was quiet. I kept waiting for the telephone.⟧”

### 061
@a Ottilie Brandvold | Agrarian Party leader
@b - | One donor who was present
@c Per Sjöholm | The environment minister
VESTRAVIK — A recording of Agrarian Party leader Ottilie Brandvold telling donors that the party would «⟦p:a|quietly bury⟧» its wind farm pledge after the election has been published by the newspaper Dagsposten.
«⟦d:a|We say what we have to say about turbines until September. After September, we see,⟧» Brandvold can be heard saying on the recording, made at a private dinner in the capital last month.
One donor who was present told Dagsposten the remark had drawn laughter around the table. «⟦d:b|Everybody knew what she meant. Nobody was shocked,⟧» the donor said.
Brandvold said on Wednesday that her words had been «⟦p:a|clumsy⟧». «⟦d:a|Our policy on wind power has not changed and will not change. I was talking about the timetable, not the principle,⟧» she told reporters outside parliament.
The environment minister, Per Sjöholm, said voters could now see «⟦p:c|what the Agrarians say when they think the microphones are off⟧».

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh132.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh132",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
