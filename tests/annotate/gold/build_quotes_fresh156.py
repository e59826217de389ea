# ruff: noqa: E501
"""Build ``quotes_fresh156.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties, countries and
organisations) and were written from scratch for this file, without reading the
extractor, without running it, and without reading the passages of the other gold
sets. The set is meant to be evaluated once, as an honest measure on unseen text. Its
focus is political copy: parliamentary question times and debates with interventions
and heckles, points of order, select committee and senate hearings, broadcast and radio
interviews in which presenters press ministers, phone-ins, campaign trails, hustings and
election counts, lobby briefings by spokespeople, council meetings, leadership contests,
leaked memos and unnamed sources, resignation letters, summits and foreign ministers'
press conferences, in the styles of wire, broadsheet, tabloid, local-paper, magazine and
broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh156-NNN``.

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
  it (``The party's candidate, Ayodele Fashola-Grant, a former paratrooper``): the
  appositive is the description. A title before the name alone (``Opposition leader
  Declan Mooney-Ashe``, ``Presenter Gail …``, ``VETERAN MP …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them by
  a definite description right next to the introduction (``The Health Secretary has
  refused … Ravindra Kulkarni was pressed …``) or at a cue (``the 34-year-old``), that
  description is taken.
* A non-restrictive relative clause after an appositive (``the council's youngest
  member, who proposed the motion``) is not part of the description; a restrictive one
  is (``One negotiator who asked not to be named``).
* Presiding officers (the Speaker, the Llywydd, the Cathaoirleach, the chair of a council
  meeting or hustings, a returning officer) are speakers like any other; the office as
  written is the description.
* Interjections: a shout or heckle by an identified or described person (``one
  government backbencher``, ``a man in the public gallery``) is ``direct`` with that
  speaker or description; a single shout from nobody identified (``came a shout from the
  opposition side``) is ``direct`` with speaker and description null. Cries from several
  people at once (``cries of "Withdraw!" from the government benches``) are treated like
  chanted slogans: ``scare``.
* Spokespeople and offices: an unnamed spokesperson or source (``the Prime Minister's
  official spokeswoman``, ``A Treasury source``) has a null speaker and that phrase as
  the description, also when referred to as ``they``; an office, ministry, party, company,
  police force or council that is itself the grammatical speaker (``Halden House issued
  a statement``, ``the force said``) is an organisation speaker, with a definite
  description used for it (``the force``, ``the ministry``) as its description.
* Documents: a leaked memo or email whose author the passage names is that author's
  speech. Where no author is named, its words have a null speaker and the document as
  described in the passage (``the memo``) as the description: ``direct`` for whole
  sentences, ``partial`` for fragments. Printed leaflet headlines are ``scare``.
* Questions: a presenter's, moderator's, senator's or committee member's questions are
  that person's speech; a question from an unnamed reporter or caller has a null speaker
  and the description given (``one reporter``, ``another reporter``, ``Our undercover
  reporter``); a follow-up with no cue belongs to whoever asked the previous question.
  A chair reading out someone else's question speaks the whole quote, the inner quote
  included.
* In a printed exchange (alternating quote-only paragraphs, e.g. a presenter and a
  minister, or a committee chair and a witness) each turn belongs to the person whose
  turn it is.
* In a transcript (``Q:`` / ``A:``), words of a named third party quoted by the
  interviewer are ``partial`` (or ``direct``) by that third party; a phrase quoted to be
  discussed as a phrase is ``scare``. A saying quoted by the interviewee from an unnamed
  relative (``My grandmother had a saying: "…"``) is ``direct`` with a null speaker and
  that relational phrase as the description.
* A word a politician is reported to have used, quoted in the reporter's sentence
  (``The government's plan was "ambitious"``), is ``partial`` by that politician; the
  same word discussed as a word (``the meaning of the word "ambitious"``) is ``scare``.
  Titles of programmes and debates (``"Ask the Mayor"``, ``"Environment Questions"``)
  are ``scare``.
* Names written family name first (``Tan Boon Hock``) are the speaker as written.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh156.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh156.jsonl")

PASSAGES = """
### 001
@a Rosalind Achterberg | Prime Minister
@b Declan Mooney-Ashe | Opposition leader
@c Iwan Prydderch | The Speaker
@d Yusuf Dalgleish | a government backbencher who sits on the transport committee
CARRICK, May 14 (Meridian Wire) - Prime Minister Rosalind Achterberg was forced onto the defensive at Leaders' Questions on Wednesday as opposition lawmakers seized on a leaked Treasury estimate showing that the cost of her flagship rail project had nearly doubled.
Opposition leader Declan Mooney-Ashe opened by reading from the document. “⟦d:b|The Prime Minister told this House in January that the Northern Link was on time and on budget. Her own Treasury now says it is neither. Which of them is telling the truth?⟧” he asked.
“⟦d:a|The honourable gentleman is reading from a draft that was superseded weeks ago,⟧” Achterberg replied, to cheers from her own benches. “⟦d:a|If he had waited for the final figures, he would know that they are well within the contingency we set aside.⟧”
“⟦d:-|Publish them, then!⟧” came a shout from the opposition side.
The Speaker, Iwan Prydderch, called for order twice before Mooney-Ashe could continue. “⟦d:c|Members will come to order. The country is entitled to hear the question, and it might even like to hear the answer,⟧” Prydderch said, to laughter.
Mooney-Ashe returned to the attack: “⟦d:b|Will she publish the final figures today — yes or no?⟧”
“⟦d:a|They will be published in the usual way, alongside the spending review,⟧” the prime minister said. Pressed a third time, she accused the opposition of wanting the project to fail. “⟦d:a|They talk down the north every week and then wonder why nobody up there votes for them.⟧”
Yusuf Dalgleish, a government backbencher who sits on the transport committee, later described the session as “⟦p:d|a score draw at best⟧” and said ministers needed to “⟦p:d|get the numbers out and get it over with⟧”.
The Treasury declined to comment on the leaked estimate.

### 002
@a Ravindra Kulkarni | The Health Secretary
@b Saoirse Lennon | presenter
@c Marguerite Osei-Bonsu | The Opposition's health spokeswoman
The Health Secretary has refused eight times to say whether the government will meet its waiting-list target, in a bruising interview on Northwave Radio's Morning Edition programme.
Ravindra Kulkarni was pressed repeatedly by presenter Saoirse Lennon on whether the pledge to cut maximum waits to 18 weeks by next spring would be kept.
"⟦d:b|Will you meet it, yes or no?⟧" Lennon asked.
"⟦d:a|We are making real progress, and I'm not going to pretend the job is done,⟧" Mr Kulkarni replied. "⟦d:a|But the direction of travel is clear.⟧"
"⟦d:b|That's not what I asked you, Health Secretary.⟧"
"⟦d:a|It's the answer I'm giving you.⟧"
Lennon put it to him that the figures had worsened for four consecutive months. "⟦d:b|Is that the direction of travel?⟧"
"⟦d:a|Winter is always hard,⟧" he said. "⟦d:a|If you look at the underlying numbers, the trend is down. I'd ask your listeners to judge us at the end of the year, not in the middle of a flu season.⟧"
Speaking to reporters outside the studio afterwards, he described the interview as "⟦p:a|a bit of a pantomime⟧" but said he had "⟦p:a|no complaints⟧".
The Opposition's health spokeswoman, Marguerite Osei-Bonsu, said the exchange showed the pledge was "⟦p:c|dead in the water⟧". "⟦d:c|If he can't say it on the radio at eight o'clock in the morning, he doesn't believe it,⟧" she said.

### 003
@a Gareth Lyle-Mortimer | the permanent secretary at the Home Department
@b Adaeze Nwankwo | The committee's chair
@c Tomás Quintero-Blake | a Civic Democrat member of the committee
The most senior civil servant at the Home Department admitted on Tuesday that officials had known for “⟦p:a|at least a year⟧” that the new border computer system was failing, but had not told ministers until the week it went live.
Sir Gareth Lyle-Mortimer, the permanent secretary at the Home Department, told MPs on the home affairs committee that warnings from the contractor had been “⟦p:a|logged, assessed and, in hindsight, underweighted⟧”.
“⟦d:a|I take full responsibility for that. It happened on my watch,⟧” he said. “⟦d:a|There was a culture in the programme team of reporting green when the honest answer was amber, and I did not challenge it hard enough.⟧”
The committee's chair, Adaeze Nwankwo, asked when he had first seen the contractor's report. “⟦d:b|Was it before or after the minister stood up in the House and called this system ‘world-leading’?⟧”
“⟦d:a|Before,⟧” Sir Gareth said, after a long pause.
“⟦d:b|So the minister told Parliament something you knew not to be the case.⟧”
“⟦d:a|I knew there were risks. I did not know the scale of them.⟧”
Tomás Quintero-Blake, a Civic Democrat member of the committee, was less restrained. “⟦d:c|You've had eighteen months, four hundred million and a team of ninety people, and at the end of it border officers were writing passport numbers on paper,⟧” he said. “⟦d:c|Who in your department is going to lose their job over this?⟧”
Sir Gareth replied that disciplinary matters were “⟦p:a|not something I can discuss in a public session⟧”.
“⟦d:c|I'll take that as nobody, then,⟧” Quintero-Blake said.

### 004
@a Oliver Penhaligon | Transport minister
@b Kerry-Ann Pascoe | Local mum
@c - | A source close to the minister
@d Bethan Trelawny | opposition MP
Transport minister Oliver Penhaligon was last night fighting for his job after he was caught on a live microphone branding voters in his own constituency "⟦p:a|professional moaners⟧".
The gaffe came moments after a phone-in on Tregarrow FM had finished - but before anyone had switched off his mic.
"⟦d:a|Honestly, they'd complain if you gave them a free bus and a chauffeur,⟧" Penhaligon, 52, was heard telling an aide. "⟦d:a|Professional moaners, the lot of them.⟧"
Local mum Kerry-Ann Pascoe, who has spent two years campaigning to save the town's last evening bus, fumed: "⟦d:b|He sat there smiling at us for twenty minutes and that's what he really thinks. I'm disgusted.⟧"
A source close to the minister insisted his words had been "⟦p:c|taken wildly out of context⟧". "⟦d:c|He was talking about two or three people who troll him online, not the town,⟧" the source said.
But opposition MP Bethan Trelawny blasted: "⟦d:d|This is what they say when they think the cameras are off. He should apologise to every single person in Tregarrow - in person.⟧"
Last night Penhaligon posted on social media: "⟦d:a|I said something stupid and I'm sorry. I'll be in Tregarrow on Friday to say so face to face.⟧"

### 005
@a Sunita Varma-Lowe | Council leader
@b Jem Adebayo-Ross | the Green councillor for Eastfield
@c - | a man in the public gallery
@d Moira Fennimore | The chair
@e Harold Pinchbeck | Opposition leader
Councillors voted 31–22 on Thursday night to close two of Brackenmoor's five libraries, after a three-hour meeting that was twice interrupted from the public gallery.
Council leader Sunita Varma-Lowe said the decision was “⟦p:a|the hardest I have had to make in eleven years on this council⟧”.
“⟦d:a|We have lost forty per cent of our funding since 2012. I can either close buildings or I can stop emptying bins, and I am not going to stop emptying bins,⟧” she told the chamber.
Jem Adebayo-Ross, the Green councillor for Eastfield, where one of the threatened libraries stands, said they had received more than 600 emails from residents.
“⟦d:b|These are not just buildings with books in them. For some of my residents, the library is the only warm room they sit in all day,⟧” they said. “⟦d:b|I'm voting against, and I'd urge colleagues on all sides to do the same.⟧”
As the vote was called, a man in the public gallery stood and shouted: “⟦d:c|You'll be out in May, the lot of you!⟧”
The chair, Moira Fennimore, warned that she would clear the gallery if there was another interruption. “⟦d:d|I understand people feel strongly. But this is a meeting held in public, not a meeting of the public,⟧” she said.
Opposition leader Harold Pinchbeck accused the ruling group of “⟦p:e|closing libraries while spending £2 million on a shiny new headquarters⟧”. Ms Varma-Lowe said the headquarters was “⟦p:a|funded from a separate capital budget, as Cllr Pinchbeck well knows⟧”.
Outside the civic centre, around fifty protesters held placards reading “⟦s:-|Books not bollards⟧” and “⟦s:-|Shut the HQ, not the library⟧”.

### 006
@a - | the Prime Minister's official spokeswoman
@b - | One reporter
@c Halden House | -
@d - | A Treasury source
Halden House refused on Monday to rule out a cabinet reshuffle before the summer recess, fuelling speculation that the chancellor, Piers Okonkwo-Rydell, could be moved.
At the regular morning briefing for political journalists, the Prime Minister's official spokeswoman said the Prime Minister had "⟦p:a|full confidence⟧" in every member of her cabinet.
Asked whether that included the chancellor, she said: "⟦d:a|It includes all of them. I'm not going to get into a running commentary on personnel.⟧"
One reporter asked whether the Prime Minister and the chancellor had spoken since Friday's public row over the fuel duty freeze. "⟦d:a|They speak every day. They spoke this morning,⟧" the spokeswoman said.
"⟦d:b|Was it a friendly conversation?⟧" the reporter pressed.
"⟦d:a|It was a conversation about the economy.⟧"
Later in the afternoon, Halden House issued a two-line statement: "⟦d:c|The Prime Minister and the Chancellor are working closely together to bring down inflation and get wages rising. Any suggestion otherwise is wide of the mark.⟧"
A Treasury source was more blunt. "⟦d:d|Piers isn't going anywhere unless he wants to, and he doesn't want to,⟧" they said.

### 007
@a Ngozi Abara-Kellett | the Progressive candidate for mayor of Port Elswick
@b Colm Rafferty | Her campaign manager
@c Dorothy Feeney | a retired nurse
@d - | a man in a Rovers shirt
It is a little after nine on a Saturday morning in Saltmarket ward, and Ngozi Abara-Kellett, the Progressive candidate for mayor of Port Elswick, has already knocked on forty doors.
Most do not open. One that does belongs to Dorothy Feeney, a retired nurse, who listens patiently to the pitch about buses and then asks what the candidate is going to do about the potholes on Carrow Street.
“⟦d:c|I've written to the council four times,⟧” Feeney says. “⟦d:c|Four times. I've had one letter back, and it spelled my name wrong.⟧”
Abara-Kellett writes the street name in a notebook she carries everywhere. “⟦d:a|I'll come back and tell you what happened. Not a leaflet — me,⟧” she says, and Feeney, unconvinced but amused, promises to “⟦p:c|think about it⟧”.
Later, walking between streets, the 46-year-old explains why she does this rather than rely on social media.
“⟦d:a:m|My mother ran a market stall for thirty years. You learn very quickly that nobody buys anything from someone who won't look them in the eye.⟧
“⟦d:a:m|People say doorknocking is old-fashioned. Fine. So is voting. You still have to turn up.⟧
“⟦d:a|The ones who slam the door are useful too. At least they're honest.⟧”
Her campaign manager, Colm Rafferty, is less romantic about it. “⟦d:b|The data tells us where to go. She tells us when the data is wrong,⟧” he says. “⟦d:b|Usually she's right, which is annoying.⟧”
Not everyone is charmed. On Kilbride Road, a man in a Rovers shirt leans out of an upstairs window. “⟦d:d|You lot are all the same!⟧” he shouts.
“⟦d:a|Then vote for the one who came to your door!⟧” Abara-Kellett calls back. The window closes. She ticks the house anyway.

### 008
@a Alasdair Moncrieff | The sitting MP
@b Rhys Pugh-Llewellyn | the Progressive candidate
@c Tariq Hussain-Beaumont | a solicitor standing for the Liberals
@d Gwen Ashdown | the Green candidate
@e Brenda Cole | a retired teacher
@f Anthony Marsh | The chair
More than 200 people packed into St Aldhelm's church hall in Lower Wendham on Tuesday evening for the constituency's only hustings before polling day.
The sitting MP, Alasdair Moncrieff, who has held the seat for the National Party since 2010, faced the sharpest questions, most of them about the closure of the town's maternity unit.
"⟦d:a|I fought that decision, I lost, and I'm not going to pretend otherwise,⟧" he said. "⟦d:a|But I'd rather have an MP who fights and loses than one who doesn't turn up.⟧"
That drew a pointed response from the Progressive candidate, Rhys Pugh-Llewellyn. "⟦d:b|Alasdair, with respect, your party closed it. You can't be the arsonist and the fire brigade,⟧" he said, to loud applause.
Moncrieff shot back: "⟦d:a|And your party would have closed three more.⟧"
Brenda Cole, a retired teacher, asked each candidate whether they would vote against their own party to save local services. Tariq Hussain-Beaumont, a solicitor standing for the Liberals, said he would "⟦p:c|without a second's hesitation⟧".
"⟦d:c|I don't have a whip breathing down my neck, because frankly the Liberals can't afford one,⟧" he joked.
Gwen Ashdown, the Green candidate, said the question missed the point. "⟦d:d|We're arguing about one unit in one hospital. The whole system is being starved,⟧" she said.
Mrs Cole appeared unimpressed by all four. "⟦d:e|I asked a yes-or-no question and got four speeches,⟧" she said afterwards.
The chair, the Rev Anthony Marsh, closed the evening by thanking the candidates "⟦p:f|for keeping it, on the whole, civil⟧".

### 009
@a Élodie Marchetti-Vaillant | Montrésine's foreign minister
@b Kwabena Asante-Mensah | Kessarin's foreign minister
@c - | one journalist
VALBRUNE, 3 June (Continental Press Agency) – Talks on the disputed Orvanne river dam ended without agreement on Friday, with the foreign ministers of Montrésine and Kessarin each blaming the other for the impasse.
At a joint press conference that lasted barely twenty minutes, Montrésine's foreign minister, Élodie Marchetti-Vaillant, said her government would not accept a deal that left downstream farmers «⟦p:a|at the mercy of a tap in another country⟧».
Speaking first in French, she said: «⟦d:a|Nous ne signerons pas un texte vide.⟧» She then repeated the point in English: «⟦d:a|We will not sign an empty text. We came here to sign something real.⟧»
Kessarin's foreign minister, Kwabena Asante-Mensah, said the proposals tabled by his delegation were «⟦p:b|generous by any measure⟧». «⟦d:b|We offered a joint monitoring commission, shared data, a guaranteed minimum flow. What more would our friends like — the keys to the turbines?⟧» he asked.
Asked by one journalist whether the talks had collapsed, Ms Marchetti-Vaillant chose her words carefully. «⟦d:a|They have paused. Collapse is your word, not mine.⟧»
«⟦d:c|Will there be another round before the rainy season?⟧» the journalist asked.
«⟦d:b|That depends on Montrésine,⟧» Mr Asante-Mensah replied, before his counterpart could answer.
«⟦d:a|It depends on both of us,⟧» she said. «⟦d:a|It always has.⟧»
Officials from both delegations said privately that a further meeting was likely in September.

### 010
@a Harriet Oyelaran-Price | the former home secretary
@b Catriona Vass | the foreign secretary
@c - | the memo
@d - | One MP backing Vass
@e - | a senior figure in the Oyelaran-Price campaign
The contest to succeed Sir Malcolm Brereton as leader of the National Party turned bitter on Sunday after a memo drawn up by one of the two campaigns was leaked to this newspaper.
The four-page document, circulated among supporters of the former home secretary Harriet Oyelaran-Price, describes the foreign secretary, Catriona Vass, as “⟦p:c|a continuity candidate with a charisma deficit⟧” and advises volunteers to raise questions about her record at the Foreign Office “⟦p:c|without appearing to attack her personally⟧”.
“⟦d:c|Members respect her. They do not warm to her. Our job is to make that gap the story,⟧” the memo says.
Vass, campaigning in Dunmore, said she had read the document “⟦p:b|with a mixture of amusement and sadness⟧”.
“⟦d:b|If Harriet's team think I lack charisma, they are entitled to their view. I'd gently point out that the last charismatic leader we had lost us forty seats,⟧” she told reporters.
Oyelaran-Price said she had not seen the memo before it was published and had “⟦p:a|never authorised⟧” it. “⟦d:a|I've been clear with my team from day one: we win this on ideas or we don't win it at all,⟧” she said in a statement.
But a senior figure in the Oyelaran-Price campaign, speaking on condition of anonymity, said the memo “⟦p:e|says nothing that half the parliamentary party isn't saying in the tea room⟧”.
One MP backing Vass was scathing. “⟦d:d|They spent a week telling everyone this would be a clean contest. It lasted until the first bad poll,⟧” the MP said.
Ballot papers go out to the party's 140,000 members on Thursday.

### 011
@a Giles Tarrant-Hewitt | Veteran MP
@b Shona McAllister | director of campaign group Open Purse
@c Parliamentary Standards Authority | The watchdog
@d - | A spokesman for Mr Tarrant-Hewitt
VETERAN MP Giles Tarrant-Hewitt claimed more than £4,000 in taxpayers' cash for a luxury mattress and a "⟦s:-|heritage⟧" wine fridge, the Daily Clarion can reveal.
Expenses records show the 67-year-old, who owns a £2 million country pile, billed the public purse for the items at his second home in the capital.
When our reporter approached him outside Parliament yesterday, he snapped: "⟦d:a|I've nothing to say to you. Everything was within the rules.⟧"
Asked whether a wine fridge was essential to his work as an MP, he replied: "⟦d:a|Go away.⟧"
Shona McAllister, director of campaign group Open Purse, said: "⟦d:b|Families are choosing between heating and eating, and this man thinks a wine fridge is a parliamentary expense. It's beyond parody.⟧"
The Parliamentary Standards Authority said all claims were "⟦p:c|checked against the scheme in force at the time⟧". The watchdog added: "⟦d:c|Where claims are found to fall outside the rules, we will seek repayment.⟧"
A spokesman for Mr Tarrant-Hewitt later said he would repay the cost of the fridge "⟦p:d|to avoid any distraction⟧". "⟦d:d|Giles has always been scrupulous about his expenses and is confident he has done nothing wrong,⟧" the spokesman said.

### 012
@r Robin Adeyemi-Clarke | -
What follows is an edited transcript of the deputy prime minister's interview on Coastline Radio's Breakfast Hour on Thursday. The presenter was Lachlan Brody.
Q: Deputy Prime Minister, thank you for coming in. Sir Robin Adeyemi-Clarke, who chaired your own government's housing review, wrote this week that the planning bill “⟦p:r|abandons the very people it claims to help⟧”. Is he wrong?
A: Robin is a friend and I have enormous respect for him. On this, yes, he's wrong. The bill builds three hundred thousand homes a year. The people he's worried about are the people who will live in them.
Q: Forty of your own backbenchers have signed a letter against it.
A: I've read the letter. I've heard the phrase “⟦s:-|developers' charter⟧” a great deal this week. It's a good line. It isn't true.
Q: Will you accept their amendment on affordable homes?
A: We're talking to colleagues. I'm not going to negotiate on air, Lachlan, tempting as you make it.
Q: Sir Robin also says your target is “⟦p:r|a number in search of a plan⟧”.
A: Well, he's had a good week for phrases. The plan is in the bill. I'd encourage him to read past page four.

### 013
@a Pradeep Sahni | the chairman of the planning committee
@b Wendell Okafor | the developer's agent
@c Lorna Whitcombe | a neighbour of the site for thirty years
@d Ffion Rees | Senior planning officer
@e - | one resident
Plans for 140 homes on farmland at Hollins Edge were approved by Ridgeway Borough Council on Wednesday night, despite more than 900 letters of objection.
The vote was tied five-five, and the chairman of the planning committee, Pradeep Sahni, used his casting vote in favour.
``⟦d:a|I have to decide on planning grounds, not on how many letters we receive,⟧'' Mr Sahni said. ``⟦d:a|If we refuse this, the inspector will overturn us on appeal and we will pay the developer's costs. That is the reality.⟧''
Senior planning officer Ffion Rees told councillors that the borough could not currently show a five-year supply of housing land, which meant a refusal would be ``⟦p:d|very difficult to defend⟧''.
Lorna Whitcombe, a neighbour of the site for thirty years, addressed the meeting on behalf of objectors. ``⟦d:c|The roads can't take it, the school is full and the surgery has closed its list,⟧'' she said. ``⟦d:c|Every one of those is a planning ground, whatever we are told.⟧''
Wendell Okafor, the developer's agent, said the scheme included forty affordable homes and a new footpath to the village. ``⟦d:b|We have listened and we have changed the plans three times,⟧'' he said.
As the result was announced, one resident called out ``⟦d:e|Disgraceful!⟧'' and several people walked out of the chamber.
Mr Sahni said afterwards that he understood the anger. ``⟦d:a|Nobody becomes a councillor to do this,⟧'' he said.

### 014
@a Farid Al-Haddad | Almariyya's Foreign Minister
@b Ingrid Solvang | Foreign Minister
@c - | A reporter from Almariyyan state television
@d - | A Nordhavn foreign ministry official
NORDHAVN CITY, Oct 2 (Meridian Wire) - Almariyya and Nordhavn agreed on Monday to restore full diplomatic relations, four years after each expelled the other's ambassador, but their foreign ministers clashed in public over the fate of two detained aid workers.
Speaking through an interpreter at a news conference in the Nordhavn capital, Almariyya's Foreign Minister Farid Al-Haddad said the agreement marked “⟦p:a|a new page⟧” between the two countries.
“⟦d:a|We have had our differences. We will have them again. But we have decided that it is better to have them across a table than across a border,⟧” he said.
Foreign Minister Ingrid Solvang welcomed the deal but said relations could not be “⟦p:b|fully normal⟧” while the aid workers, both Nordhavn citizens, remained in custody in Almariyya.
“⟦d:b|I raised their case this morning, and I will raise it every time I meet the minister, until they are home,⟧” she said.
A reporter from Almariyyan state television asked Solvang whether she was “⟦p:c|lecturing⟧” her guest.
“⟦d:b|No. I am doing my job, as he does his,⟧” she replied.
Al-Haddad said the two were subject to “⟦p:a|an independent judicial process⟧” and that he would not comment further. Asked whether they might be released as part of the new arrangement, he smiled. “⟦d:a|You are asking me to do the judge's work. I am only a diplomat.⟧”
A Nordhavn foreign ministry official, speaking afterwards on condition of anonymity, said the families had been told to expect “⟦p:d|nothing quick⟧”.

### 015
@a Gerald Whitmore | the returning officer
@b Priyanka Desai-Hollis | the 34-year-old
@c Ronald Fairweather-Lamb | -
@d - | one man at the back of the hall
@e Sam Okereke | Our political correspondent
The National Party has lost Ashcombe North for the first time in almost two decades, in one of the most striking results of the night.
Priyanka Desai-Hollis, 34, overturned a majority of more than 8,000 to take the seat for the Progressives by 1,412 votes.
The result was read out shortly after 3am by the returning officer, Gerald Whitmore: "⟦d:a|I hereby declare that Priyanka Desai-Hollis is duly elected to serve as the Member of Parliament for Ashcombe North.⟧"
In her victory speech, Ms Desai-Hollis thanked her parents, "⟦p:b|who came here with two suitcases and a lot of hope⟧".
"⟦d:b|People in this town have been told for years that nothing changes. Tonight something changed,⟧" the 34-year-old said.
Ronald Fairweather-Lamb, who had held the seat since 2005, was heckled as he began his concession speech. "⟦d:d|Nineteen years and what for?⟧" one man at the back of the hall shouted.
"⟦d:c|Well, sir, I'll tell you what for, if you'll let me,⟧" Mr Fairweather-Lamb replied, to some applause. He went on to congratulate his opponent and said he had "⟦p:c|no regrets, only gratitude⟧".
Our political correspondent Sam Okereke said the swing in Ashcombe North was "⟦p:e|well above anything the polls predicted⟧". "⟦d:e|If the National Party can lose here, there are very few seats it can feel safe in tonight,⟧" he said.

### 016
@a Felicity Anand-Barrow | the constitution minister
@b Owain Glynne-Jones | the National member for Carreg Ddu
@c Marisa Castellanos | the shadow constitution minister
@d - | one government backbencher
MPs gave the Representation (Young Voters) Bill its second reading by 341 votes to 212 on Monday night, after a six-hour debate in which the government was accused of rigging the franchise for electoral advantage.
Opening the debate, the constitution minister, Felicity Anand-Barrow, said sixteen-year-olds could already work, pay tax and join the armed forces. “⟦d:a|If you are old enough to pay for the state, you are old enough to have a say in how it is run,⟧” she told the House.
She had barely finished the sentence when Owain Glynne-Jones, the National member for Carreg Ddu, rose to intervene. “⟦d:b|Will the minister give way?⟧”
“⟦d:a|I will, briefly.⟧”
“⟦d:b|Can she tell the House how many of the young people she consulted actually asked for this, as opposed to the party machine that drafted it?⟧”
“⟦d:a|Thousands, and I'd be delighted to send him the list,⟧” Anand-Barrow replied.
For the opposition, the shadow constitution minister, Marisa Castellanos, said her party supported “⟦p:c|the principle, but not the timing⟧”. “⟦d:c|Introducing this eighteen months before a general election, with no proper citizenship education in place, does not look like democratic renewal. It looks like the government counting votes,⟧” she said.
“⟦d:d|Shameful!⟧” one government backbencher called out.
The minister, visibly irritated, asked her to withdraw the suggestion. Castellanos declined. “⟦d:c|I'll withdraw it when she publishes the polling her party commissioned before it wrote the bill.⟧”

### 017
@a - | the minister
@c - | Allies of the home secretary
@b - | A senior Halden House figure
@d Tamsin Oduya-Ferris | the home secretary
@e - | One former minister
Cabinet ministers are openly questioning the Prime Minister's handling of the asylum crisis, with one describing last week's emergency cabinet meeting as "⟦p:a|the worst I have ever sat through⟧".
Speaking on condition of anonymity, the minister said colleagues had been given "⟦p:a|four minutes each⟧" to comment on a plan that had already been briefed to newspapers.
"⟦d:a|We were being asked to sign off something we'd read about in the morning papers. Several of us said so. She didn't like it,⟧" the minister said.
Allies of the home secretary, Tamsin Oduya-Ferris, say she argued for a tougher approach and was "⟦p:c|overruled in the room and then blamed outside it⟧".
A senior Halden House figure dismissed the account. "⟦d:b|Cabinet had a full and frank discussion and reached a collective decision. If people want to relitigate it in the Sunday papers, that says more about them than about the Prime Minister,⟧" they said.
Oduya-Ferris herself declined to engage when approached by reporters outside her home on Saturday. "⟦d:d|I'm not going to comment on cabinet discussions. I never have and I never will,⟧" she said. Asked whether she still had confidence in the Prime Minister, she replied: "⟦d:d|Of course,⟧" and got into her car.
One former minister was less guarded. "⟦d:e|When they start briefing against each other by name, it's usually over by Christmas,⟧" he said.

### 018
@a Winifred Osagie | the longest-serving member of the House
@b Dev Lalwani | her researcher in the 1990s and now a junior health minister
Winifred Osagie has been a member of Parliament for forty-one years, and she still takes the night bus home.
“⟦d:a|People think it's a stunt. It isn't. It goes past my front door,⟧” says Osagie, 81, the longest-serving member of the House, settling into a chair in her cramped office off Westgate Hall. “⟦d:a|And you hear things on a night bus you would never hear in this building.⟧”
She arrived in 1983 as one of only a handful of black women ever elected, representing Fenmarket East, a seat she has held through eleven elections and under party leaders she describes, collectively, as “⟦p:a|a mixed bag, to be generous⟧”.
She is blunt about the current one.
“⟦d:a:m|I like her. I voted for her. But she governs as if Parliament is an obstacle course rather than the point of the exercise. Bills come here half-written and we're told to pass them by Thursday.⟧
“⟦d:a:m|When I started, a minister who lost a vote went away and thought about why. Now they go away and brief against the people who beat them.⟧
“⟦d:a|That's not a complaint about her. It's a complaint about all of us.⟧”
Dev Lalwani, her researcher in the 1990s and now a junior health minister, remembers being sent to the Commons library at midnight to check a single statistic. “⟦d:b|She would not stand up and say a number she couldn't defend. I've never met anyone like it, before or since,⟧” he says. “⟦d:b|It made her slightly terrifying to work for.⟧”
Told this, Osagie laughs. “⟦d:a|Slightly?⟧”
Will she stand again? She has been asked every year since 2005.
“⟦d:a|Ask me in the spring,⟧” she says. “⟦d:a|I've been saying that for twenty years and it hasn't failed me yet.⟧”

### 019
@a Martin Delgado-Reyes | a former governor of Tallis
@b Lorraine Abernathy-Cole | the committee's ranking Liberty Party member
@c Jun-ho Park | The committee chairman
@d - | A spokesperson for the administration
WASHBURN - President Hargreave's nominee for commerce secretary faced sharp questions Tuesday over his ties to a shipping conglomerate that received $3 billion in federal contracts while he sat on its board.
Martin Delgado-Reyes, a former governor of Tallis, told the Senate Commerce Committee he had "⟦p:a|fully divested⟧" from Orrin Maritime and would recuse himself from any matter involving the company for two years.
"⟦d:a|I have followed every rule, every ethics agreement and every piece of advice I've been given. I'd ask senators to judge me by my record,⟧" Delgado-Reyes said.
Lorraine Abernathy-Cole, the committee's ranking Liberty Party member, was unconvinced. "⟦d:b|Two years. And then what, Governor? You walk back through the revolving door and they hand you the keys?⟧" she asked.
"⟦d:a|Senator, I have no intention of returning to Orrin or to any company that does business with the department.⟧"
"⟦d:b|Will you put that in writing?⟧"
"⟦d:a|I'd be happy to.⟧"
The committee chairman, Jun-ho Park, said he expected Delgado-Reyes to be confirmed "⟦p:c|comfortably⟧" and praised his "⟦p:c|decades of public service⟧". "⟦d:c|We can disagree about policy. I don't think anyone in this room seriously doubts this man's integrity,⟧" Park said.
A spokesperson for the administration said the nominee had gone "⟦p:d|above and beyond⟧" what ethics rules require.

### 020
@a Eleri Pryce-Vaughan | the leader of Plaid y Bobl
@b Huw Bevan-Morgan | First Minister
@c Gwenllian Prosser | The Llywydd
First Minister Huw Bevan-Morgan faced accusations of “⟦p:a|managed decline⟧” in children's mental health services during a heated First Minister's Questions in the Assembly on Tuesday.
Eleri Pryce-Vaughan, the leader of Plaid y Bobl, opened in Welsh. “⟦d:a|Mae'r gwasanaeth iechyd yn methu ein pobl ifanc,⟧” she said — “⟦d:a|the health service is failing our young people⟧” — before citing figures showing that one in three children referred to specialist services had waited more than a year.
“⟦d:a|A year is a tenth of a ten-year-old's life. What would the First Minister say to the families who have waited that long?⟧”
Bevan-Morgan replied, also in Welsh, that he did not accept the characterisation — “⟦d:b|Dydw i ddim yn derbyn hynny⟧” — and pointed to £40 million of new funding announced in the spring.
“⟦d:b|Waiting times are too long. I have said so in this chamber many times. But they are falling, and they are falling because of decisions this government has taken,⟧” he said in English.
Pryce-Vaughan said the funding was “⟦p:a|money announced, not money spent⟧”. “⟦d:a|He has said ‘falling’ for three years. Parents are still waiting,⟧” she said.
The Llywydd, Gwenllian Prosser, had to intervene when members on the government benches began talking over her. “⟦d:c|Let the leader of Plaid y Bobl be heard, please,⟧” she said.

### 021
@a Augustin Mbarga | Mayor
@d Renata Szabó | city auditor
@b - | one reporter
@c - | another reporter
Mayor Augustin Mbarga on Friday defended his decision to award a $14 million parking contract to a company part-owned by his brother-in-law, telling reporters at City Hall that he had "⟦p:a|nothing to hide and nothing to apologize for⟧".
"⟦d:a|I declared the relationship. I stepped out of the room. I did not vote. That is exactly what the ethics code asks of me,⟧" Mbarga said at a hastily arranged news conference.
But a report by city auditor Renata Szabó, released Thursday, found that the mayor's chief of staff had contacted procurement officials "⟦p:d|on at least six occasions⟧" while the bids were being evaluated.
"⟦d:b|Did you tell your chief of staff to make those calls?⟧" one reporter asked.
"⟦d:a|No.⟧"
"⟦d:b|Did you know he was making them?⟧"
"⟦d:a|I've answered that question.⟧"
"⟦d:c|You haven't, actually,⟧" another reporter said.
"⟦d:a|I've answered it as fully as I'm going to today,⟧" Mbarga said, and left the room.
Szabó, reached by phone, said her report "⟦p:d|speaks for itself⟧". "⟦d:d|I was asked to find out what happened and I found out what happened. What the council does with it is up to the council,⟧" she said.

### 022
@a Mirela Dobrescu | the Union's chief negotiator
@b Callum Strachan-Fyfe | Kestland's trade secretary
@c - | One Union diplomat
LEUVENHOF, Nov 19 (Meridian Wire) - Negotiators from the Continental Union and Kestland made «⟦p:a|limited progress⟧» in a fifth round of trade talks this week, the Union's chief negotiator, Mirela Dobrescu, said on Friday.
Speaking to reporters on the steps of the Union's headquarters, Dobrescu said the two sides remained «⟦p:a|far apart⟧» on fishing rights and state aid.
«⟦d:a|I will not pretend this was a good week. It was a week,⟧» she said. «⟦d:a|The clock is ticking, and the clock does not care about anyone's domestic politics.⟧»
Kestland's trade secretary, Callum Strachan-Fyfe, struck a more upbeat note as he left the building an hour later. «⟦d:b|We're closer than people think. There's a deal to be done, and we're here to do it,⟧» he said, before adding: «⟦d:b|But not at any price.⟧»
Asked whether he had a message for the Union's member states, he said: «⟦d:b|Be flexible. We are.⟧»
One Union diplomat, speaking on condition of anonymity, described Kestland's latest fisheries proposal as «⟦p:c|recycled, with a new cover page⟧».

### 023
@a Amira Haddad-Stone | one of the organisers
@b Kofi Boateng-Wright | a junior doctor who travelled from Harlowe with colleagues
@c Capital Police Service | the force
Thousands of people marched on Parliament Square on Saturday to protest against the government's proposed curbs on the right to strike, in one of the largest demonstrations in the capital this year.
Marchers chanted "⟦s:-|Hands off our unions⟧" and carried banners reading "⟦s:-|Strike is a right, not a crime⟧" as they made their way down Whitstone Road.
Amira Haddad-Stone, one of the organisers, told the crowd from the back of a flatbed lorry: "⟦d:a|They want us to ask permission to withdraw our labour. We will not ask permission. We never have.⟧"
The crowd responded with chants of "⟦s:-|Not asking!⟧"
Kofi Boateng-Wright, a junior doctor who travelled from Harlowe with colleagues, said he had never been on a march before. "⟦d:b|I'm not a political person. But this bill would make what we did last year illegal, and I can't just watch that happen,⟧" the 29-year-old said.
The Capital Police Service said the march had been "⟦p:c|overwhelmingly peaceful⟧" and that four people had been arrested for public order offences. "⟦d:c|We thank the vast majority of those who attended for their cooperation,⟧" the force said in a statement.
Ministers say the legislation is needed to guarantee what the government calls "⟦s:-|minimum service levels⟧" in essential industries.

### 024
@a Darren Quayle | Reclaim party leader
@d - | a heckler
@c Ayodele Fashola-Grant | a former paratrooper
@b Sharon Pettigrew | Dinner lady
@e Les Hargreaves | Retired miner
Reclaim party leader Darren Quayle rolled into Saltby-on-Tees yesterday on a bright purple battle bus - and was promptly pelted with an egg.
The rebel boss was barely off the bus when a heckler lobbed the missile, which missed him by inches. "⟦d:d|Go back to your mansion!⟧" the heckler yelled before legging it down the high street.
Quayle, 57, laughed it off. "⟦d:a|I've had worse thrown at me in the pub,⟧" he grinned. "⟦d:a|If that's the best the other lot can do, we've already won.⟧"
The party's candidate, Ayodele Fashola-Grant, a former paratrooper, hopes to snatch the seat in next Thursday's by-election.
"⟦d:c|People here have been taken for granted for fifty years. I'm not a politician and I'm proud of it,⟧" the 44-year-old told the Daily Clarion.
Dinner lady Sharon Pettigrew, 58, who stopped to take a selfie with Quayle, said she had voted for the governing party all her life. "⟦d:b|Never again. They've forgotten we exist,⟧" she said.
But not everyone was won over. Retired miner Les Hargreaves, 79, said: "⟦d:e|It's a circus. I'll be voting the way I always have, thank you very much.⟧"

### 025
@a Ifeoma Lindqvist | The work and pensions secretary
@b Rosalind Achterberg | the Prime Minister
@c - | One minister who backed the reforms
The work and pensions secretary, Ifeoma Lindqvist, resigned from the cabinet on Wednesday night in protest at cuts to disability benefits, becoming the first cabinet minister to quit over policy since the government took office.
In a letter to the Prime Minister, Rosalind Achterberg, released shortly after 10pm, Lindqvist wrote that she could not “⟦p:a|in good conscience⟧” defend the changes in Parliament.
“⟦d:a:m|I have supported every difficult decision this government has taken to repair the public finances. This one is different. It asks those with the least to carry the most, and it does so without any evidence that it will help a single person into work.⟧
“⟦d:a|I will continue to support the government from the back benches on every other matter. On this, I must vote with my conscience.⟧”
In her reply, the Prime Minister thanked Lindqvist for her “⟦p:b|dedication and decency⟧” but offered no concession on the policy.
“⟦d:b|I am sorry that you have reached this decision, though I understand the strength of your feeling,⟧” Achterberg wrote. “⟦d:b|The reforms are fair, they are necessary, and they will proceed.⟧”
One minister who backed the reforms said Lindqvist's departure was “⟦p:c|a blow, but not a fatal one⟧”. “⟦d:c|Ifeoma is well liked. People will be sad. I don't think they'll follow her,⟧” the minister said.

### 026
@a Nkechi Amadi-Fraser | Social Democrat leader
@b - | a man in the hall
@c Toby Wainwright | a delegate from Kellsworth
@d - | A party spokesman
Social Democrat leader Nkechi Amadi-Fraser promised to "⟦p:a|rebuild the country brick by brick⟧" in her first conference speech as leader on Tuesday, an address briefly interrupted when a heckler was removed from the hall.
Amadi-Fraser was about ten minutes into her speech in Portmere when a man in the hall stood up and shouted: "⟦d:b|What about the pensioners?⟧"
He was led out by stewards as delegates drowned him out with applause. Amadi-Fraser paused. "⟦d:a|I'd have told you about the pensioners, sir, if you'd stayed,⟧" she said, to laughter.
The main thrust of the speech was an attack on the government's economic record. "⟦d:a|They promised you growth. They gave you the same day on repeat,⟧" she told delegates. "⟦d:a|Every year the same excuses, the same cuts, the same people paying for them.⟧"
She also set out plans for a publicly owned energy company, which she said would "⟦p:a|put bills in the hands of the people who pay them⟧".
Delegates gave her a four-minute standing ovation. Toby Wainwright, a delegate from Kellsworth, said it was "⟦p:c|the best speech I've heard from a leader in twenty years⟧". "⟦d:c|She sounded like someone who wants to win, not someone who wants to be liked,⟧" he said.
A party spokesman later said the heckler did not have a valid conference pass. "⟦d:d|He was asked to leave because he wasn't supposed to be there, not because of what he said,⟧" the spokesman said.

### 027
@e - | one observer
@b Deirdre Walmsley | Independent councillor
@c Ama Mensah-Tully | the council's youngest member
@a Philippa Garside | The Mayor of Ebbsworth
A row over whether to fly a rainbow flag from Ebbsworth town hall during Pride month ended with one councillor walking out and another in tears, at what one observer called “⟦p:e|the liveliest meeting in living memory⟧”.
Councillors eventually voted 7–4 to fly the flag for the whole of June, after more than an hour of debate.
Independent councillor Deirdre Walmsley, who tabled an amendment restricting the flagpole to the national and county flags, said her objection was “⟦p:b|about neutrality, not about anyone's private life⟧”.
“⟦d:b|The town hall belongs to everyone. The moment we start choosing causes, we have to choose between them, and we will get it wrong,⟧” she said.
Ama Mensah-Tully, the council's youngest member, who proposed the original motion, said she had been “⟦p:c|genuinely upset⟧” by some of the emails councillors had received. Her voice breaking, she told the meeting: “⟦d:c|I've had people write to me saying I should be ashamed. I'm not ashamed. I'm a councillor in the town I grew up in, and I want every kid in it to feel they belong here.⟧”
When her amendment fell, Walmsley gathered her papers and left the chamber. “⟦d:b|I'm not staying to be called a bigot for asking a question,⟧” she said on her way out.
The Mayor of Ebbsworth, Philippa Garside, who chaired the meeting, appealed for calm. “⟦d:a|We are neighbours before we are anything else. Please let's remember that when we leave this room,⟧” she said.
Mensah-Tully said afterwards that she hoped Walmsley would return. “⟦d:c|She's a good councillor and she works hard for her ward. I'd like her back at the table,⟧” she said.

### 028
@a Ximena Ortúzar | -
@b - | My grandmother
Ximena Ortúzar became leader of the Centre Alliance in March, at 38 the youngest party leader in the country's history. She is, she says, "⟦p:a|allergic to slogans⟧". We met in her constituency office in Hallam Cross; her first words, before the recorder was switched on, were: "⟦d:a|Please don't ask me about the hat.⟧" The interview has been edited for length.
Q: All right. What's the biggest mistake you've made so far?
A: Agreeing to do a breakfast TV show on four hours' sleep. I called the chancellor "⟦s:-|the chancer⟧" live on air. I meant it, but I didn't mean to say it.
Q: Is the centre a place anyone wants to go any more?
A: My grandmother had a saying: "⟦d:b|The middle of the road is where you get run over, but it's also where the road is.⟧" I think about that a lot.
Q: Would you go into coalition with the Progressives?
A: I'd go into coalition with anyone who wants to fix the buses. That's only half a joke.
Q: Last question. What's the story with the hat?
A: I'm not telling you. Ask my press officer.

### 029
@a Joost van der Berghe | Civic Union leader
@b Annelies Okkerse | Green Left leader
@c Farouk El Idrissi | the mediator appointed by parliament to oversee the talks
@d - | One negotiator who asked not to be named
DORNVELD, 12 January (Lowlands Press) – Talks on forming a new government in Vandermeer entered their fourth month on Thursday, with the two largest parties still at odds over pension reform.
After a six-hour session at the Hofzaal, Civic Union leader Joost van der Berghe told waiting reporters that «⟦p:a|substantial differences⟧» remained. «⟦d:a|We are not there. I would be lying if I said we were there,⟧» he said. «⟦d:a|But nobody walked out, and in this process that counts as a good day.⟧»
Green Left leader Annelies Okkerse was blunter. «⟦d:b|We have made three proposals on pensions. The Civic Union has made none. At some point you have to put something on the table besides coffee,⟧» she said.
Farouk El Idrissi, the mediator appointed by parliament to oversee the talks, said he would report to the speaker of the lower house «⟦p:c|in the coming days⟧». Asked whether new elections were possible, he said: «⟦d:c|Everything is possible. Not everything is desirable.⟧»
One negotiator who asked not to be named said the mood in the room was «⟦p:d|polite but frozen⟧».

### 030
@a Piers Okonkwo-Rydell | The Chancellor
@b Confederation of Industry | the business group
@c Gideon Mwangi | general secretary of the Allied Workers' Union
@e Institute for Fiscal Clarity | -
@d Hanne Sørlie | Its director
@f - | one Treasury official
The Chancellor, Piers Okonkwo-Rydell, delivered his second budget on Wednesday, freezing fuel duty for another year and raising the threshold for the top rate of income tax.
“⟦d:a|This is a budget for people who get up early, work hard and want to keep more of what they earn,⟧” he told MPs. “⟦d:a|It is responsible, it is fair and it is fully funded.⟧”
Reaction was mixed. The Confederation of Industry welcomed what it called “⟦p:b|a steady hand on the tiller⟧” but said the budget did “⟦p:b|little or nothing⟧” for investment. “⟦d:b|Firms needed a signal that the government is serious about growth. They got a holding pattern,⟧” the business group said in a statement.
Gideon Mwangi, general secretary of the Allied Workers' Union, was scathing. “⟦d:c|He's found money for people earning a hundred thousand and not a penny for nurses, carers or bus drivers. That tells you whose side he's on,⟧” he said.
The Institute for Fiscal Clarity said the Chancellor's numbers relied on “⟦p:e|heroic assumptions⟧” about productivity. Its director, Hanne Sørlie, told reporters: “⟦d:d|If growth comes in even half a point lower than forecast, the fiscal rules are broken by 2027. That is not a small risk.⟧”
Asked about the criticism, one Treasury official said: “⟦d:f|The institute always thinks we're too optimistic. So far it has been wrong three years running.⟧”

### 031
@a Anjali Raghunathan | the moderator
@c Siobhán Kerrigan | the opposition leader
@b Teodor Vance | Prime Minister
The Prime Minister and the leader of the opposition clashed over housing, immigration and each other's honesty on Tuesday night in the first televised debate of the election campaign.
Within ten minutes the moderator, Anjali Raghunathan, had to step in as the two leaders talked over each other. "⟦d:a|One at a time, please. Prime Minister, you've had your ninety seconds,⟧" she said.
Siobhán Kerrigan, the opposition leader, accused Prime Minister Teodor Vance of "⟦p:c|eight years of broken promises⟧". "⟦d:c|You said you'd build a million homes. You built half that. Where are the other half, Teodor? Down the back of the sofa?⟧" she asked.
"⟦d:b|We built more homes than any government in thirty years,⟧" Vance shot back. "⟦d:b|And your party voted against the planning reforms that made it possible.⟧"
"⟦d:c|That's simply not true.⟧"
"⟦d:b|It's in the parliamentary record. Look it up.⟧"
On immigration, Vance said net migration had fallen "⟦p:b|for three consecutive quarters⟧", a claim Kerrigan described as "⟦p:c|technically true and completely misleading⟧".
Raghunathan closed the debate by asking each leader to name something they admired about the other. After a long pause, Kerrigan said: "⟦d:c|He's very disciplined. I'll give him that.⟧"
"⟦d:b|She's a fighter,⟧" Vance said. "⟦d:b|I'd rather she fought for something else, but she is.⟧"
A snap poll by Veritas Research for KTV found 46 per cent of viewers thought Kerrigan had won, against 41 per cent for Vance.

### 032
@a Valentina Moreau-Addo | The committee's chair
@b Dariusz Nowicki | the company's head of public policy for Europe
@c Hamish Lockhart | the committee's longest-serving member
@d Strimly | -
Executives from the video-sharing platform Strimly were accused of “⟦p:a|wilful blindness⟧” by the chair of a parliamentary committee on Thursday over election disinformation spread on the site during last year's general election campaign.
Dariusz Nowicki, the company's head of public policy for Europe, told the culture, media and digital committee that Strimly had removed “⟦p:b|more than 40,000 pieces of violating content⟧” in the six weeks before polling day.
The committee's chair, Valentina Moreau-Addo, asked how many of those had been removed before they reached a thousand views.
“⟦d:b|I don't have that figure with me today.⟧”
“⟦d:a|Do you have it at all?⟧”
“⟦d:b|I'll write to the committee.⟧”
“⟦d:a|You said that last time, Mr Nowicki. We're still waiting for the letter,⟧” she said.
Hamish Lockhart, the committee's longest-serving member, played a clip of a faked video in which a party leader appeared to announce her withdrawal from the race. It was viewed 1.2 million times before it was taken down.
“⟦d:c|Thirty-one hours. That's how long this stayed up. What was your team doing for thirty-one hours?⟧” he asked.
Nowicki said the company's systems had flagged the video “⟦p:b|within the first hour⟧” but that human review had been delayed “⟦p:b|by the volume of reports⟧”. “⟦d:b|We got that one wrong, and I'm not going to defend it,⟧” he said.
In a statement after the hearing, Strimly said it had “⟦p:d|invested heavily in election integrity⟧” and would “⟦p:d|continue to cooperate fully⟧” with the committee.

### 033
@a Callum Ruddock-Okoye | Sports minister
@b - | A friend of the minister
@c Gemma Starling | Opposition sports spokeswoman
@d - | A government spokesman
Sports minister Callum Ruddock-Okoye sensationally quit last night after the Daily Clarion revealed he had accepted £12,000 worth of free tickets from a betting firm he was supposed to be regulating.
In a grovelling statement, Ruddock-Okoye, 41, said: "⟦d:a|I have made an error of judgment and I have let down the Prime Minister, my constituents and my family. I have therefore resigned.⟧"
He insisted he had "⟦p:a|declared everything⟧" but accepted the hospitality had created "⟦p:a|a perception that I cannot allow to stand⟧".
A friend of the minister told the Clarion he was "⟦p:b|gutted⟧". "⟦d:b|He's a decent bloke who loves his football and made a daft mistake. That's it,⟧" the pal said.
But Opposition sports spokeswoman Gemma Starling said: "⟦d:c|Decent blokes don't take twelve grand of freebies from the industry they regulate. The only surprise is that it took him this long to go.⟧"
A government spokesman said: "⟦d:d|The Prime Minister has accepted the minister's resignation and thanks him for his work.⟧"

### 034
@a Aino Lehtonen | the Saarimaan prime minister and summit host
@b Ikenna Obiora | Tarsalan President
@d Dmitar Vukašinović | Velmora's chancellor
@c - | A reporter from the Tarsalan Broadcasting Corporation
SAARI, June 28 (Meridian Wire) – Leaders of the eight Northern Rim states closed their annual summit on Friday with a pledge to halve shipping emissions in Arctic waters by 2040, but left unresolved a dispute over fishing quotas that has soured relations for a year.
“⟦d:a|We came here with a difficult agenda and we are leaving with a real agreement on the thing that matters most to our grandchildren,⟧” Aino Lehtonen, the Saarimaan prime minister and summit host, told the closing news conference.
Tarsalan President Ikenna Obiora, speaking through an interpreter, said the emissions deal was “⟦p:b|a beginning, not an end⟧” and accused unnamed neighbours of “⟦p:b|hiding behind science they do not believe⟧” on fish stocks.
“⟦d:b|Our fishermen have cut their catch three years in a row. Others have not. I am not going to pretend otherwise to make a communiqué look pretty,⟧” he said.
Velmora's chancellor, Dmitar Vukašinović, whose country has the largest fleet in the region, countered that Velmoran scientists disputed the stock estimates. “⟦d:d|We will follow the science. We would simply like to agree first on what the science is,⟧” he said.
A reporter from the Tarsalan Broadcasting Corporation asked Lehtonen whether the summit had failed on fish. “⟦d:c|Is it fair to say you've papered over the biggest row in the room?⟧”
“⟦d:a|It's fair to say we haven't solved it,⟧” Lehtonen replied. “⟦d:a|Papered over, no. Everyone in this room knows exactly where everyone else stands. That is not nothing.⟧”

### 035
@a Kwame Asamoah-Lindgren | The former chief whip
@b Roisin Delahunt | the business secretary
@c Benedict Ng | the 36-year-old backbencher who has never held ministerial office
@d Marian Okoro-Blythe | The chair
@e Jacqueline Ferris | the member from Dunscombe who had submitted the childcare question
The three candidates to lead the Unionist Party faced 600 members in Harrowfield on Thursday night at the fourth of twelve official hustings, and for the first time the gloves came off.
The former chief whip, Kwame Asamoah-Lindgren, accused the business secretary, Roisin Delahunt, of "⟦p:a|changing her position on tax every time the polls move⟧".
"⟦d:a|In June she was for cuts. In July she was for waiting. It's August, Roisin. What are you for this week?⟧" he asked, turning to face her.
"⟦d:b|I'm for telling members the truth, Kwame, which is that you can't cut taxes with an empty Treasury,⟧" Delahunt replied. "⟦d:b|You used to know that. You whipped us through three budgets that said so.⟧"
Benedict Ng, the 36-year-old backbencher who has never held ministerial office, tried to position himself above the fray. "⟦d:c|Listening to these two, I'm reminded why people don't trust us. Neither of them has told you what they'd actually do on Monday morning,⟧" he said.
The chair, Marian Okoro-Blythe, then read out a question submitted by a member in the audience. "⟦d:d|She wants to know, and I quote, 'Why should I vote for any of you when none of you has ever paid for a nursery place?'⟧"
There was laughter. Delahunt said she had "⟦p:b|paid for two, thank you⟧". Asamoah-Lindgren called the question "⟦p:a|fair and brutal⟧". Ng said he would answer it "⟦p:c|when I've got kids⟧", which drew the biggest laugh of the night.
Jacqueline Ferris, the member from Dunscombe who had submitted the childcare question, said afterwards she was none the wiser. "⟦d:e|They're all very nice. I still don't know what any of them would do,⟧" she said.

### 036
@b Niamh Breathnach-Kelly | an independent councillor for Baile an Chaisil
@d Fergal Doyle | The council's chief executive
@a Pádraig Ó Súilleabháin | The Cathaoirleach
@c Ardcloon County Council | the council
Members of Ardcloon County Council clashed on Monday over a proposal to halve the budget for bilingual road signs, with one councillor describing it as “⟦p:b|an attack on the Gaeltacht by the back door⟧”.
Niamh Breathnach-Kelly, an independent councillor for Baile an Chaisil, opened her contribution in Irish. “⟦d:b|Is náire é seo,⟧” she said — “⟦d:b|this is shameful⟧”.
“⟦d:b|We spend more on roundabout flowers than on the language, and now we're cutting that too,⟧” she continued in English.
The council's chief executive, Fergal Doyle, said the reduction reflected “⟦p:d|a one-off drop in capital funding⟧” from central government rather than any change in policy. “⟦d:d|Nobody is taking down a single sign. We are slowing the pace at which new ones go up,⟧” he said.
The Cathaoirleach, Pádraig Ó Súilleabháin, allowed the debate to run twenty minutes over time before calling a vote. “⟦d:a|I've never seen the chamber this full for signage,⟧” he remarked. “⟦d:a|Maybe we should cut the budget for everything.⟧”
The proposal was defeated by 19 votes to 14. In a statement afterwards, the council said it “⟦p:c|remains fully committed⟧” to the county's Irish-language plan.

### 037
@b Reuben Adjei-Morrow | the Liberal member for Sandhaven
@a Margit Olander | the Speaker
@c Clarissa Penrose-Fenn | The Leader of the House
The Speaker has ordered an inquiry into whether a government minister misled Parliament, after a furious session of points of order on Monday afternoon.
Reuben Adjei-Morrow, the Liberal member for Sandhaven, rose immediately after Question Time to say that the transport minister had given the House "⟦p:b|information he knew to be false⟧" about rail safety inspections.
"⟦d:b|On a point of order, Madam Speaker. The minister told this House on Thursday that every bridge on the Eastern Line had been inspected this year. His own department's figures, published this morning, show that fewer than half have been. Either he did not know, or he did.⟧"
There were cries of "⟦s:-|Withdraw!⟧" from the government benches.
"⟦d:a|Order. The honourable member will be careful with his language,⟧" the Speaker, Dame Margit Olander, said. "⟦d:a|He knows he may not accuse another member of deliberately misleading the House, and I am sure he was not doing so.⟧"
"⟦d:b|I am grateful, Madam Speaker. I am merely asking which it was.⟧"
The Leader of the House, Clarissa Penrose-Fenn, said the minister would correct the record "⟦p:c|at the earliest opportunity⟧" if a mistake had been made. "⟦d:c|There is no question of anyone having set out to mislead,⟧" she said.
Dame Margit later told MPs she had referred the matter to the privileges committee. "⟦d:a|Members must be able to rely on what ministers tell them from that despatch box. If they cannot, this place does not function,⟧" she said.

### 038
@a Conrad Mbatha-Steyn | Kellhaven's mayor
@b Bernadette | a caller from Ashby
@d Gail Okonedo-Marsh | Presenter
@c Tunde | a taxi driver from Riverside
Kellhaven's mayor, Conrad Mbatha-Steyn, faced an hour of questions from listeners on Radio Kellhaven's monthly "⟦s:-|Ask the Mayor⟧" phone-in on Wednesday, and the subject was, once again, the city's clean-air zone.
Bernadette, a caller from Ashby, said she had been fined £180 after driving her mother to hospital. "⟦d:b|I didn't even know I'd gone into the zone. There's one sign, and it's behind a bus stop,⟧" she said.
"⟦d:a|Bernadette, I'm sorry that happened. If you were taking your mum to an appointment, you can appeal, and I'd urge you to. Send it to my office and I'll look at it myself,⟧" the mayor said.
Presenter Gail Okonedo-Marsh asked how many such appeals had succeeded. "⟦d:d|Roughly?⟧"
"⟦d:a|I don't have the figure, Gail. I'll get it for you.⟧"
Tunde, a taxi driver from Riverside, called in to say his earnings had fallen by a fifth. "⟦d:c|You want clean air, fine. I want clean air. But I've got a fourteen-year-old car and no money for a new one. What do I do?⟧" he asked.
The mayor pointed to a £3,000 scrappage grant, which Tunde described as "⟦p:c|a drop in the ocean⟧".
"⟦d:c|Three grand doesn't buy you a wheel,⟧" he said.
"⟦d:a|It's a start,⟧" Mbatha-Steyn replied. "⟦d:a|I never said it was the finish.⟧"

### 039
@a Oona Halvorsen | the Yes campaign's director
@d Rukhsana Bibi | a first-time voter handing out leaflets outside the venue
@b Leopold Skerritt | the former cabinet minister leading the No campaign
@c Elections Authority | the authority
The two official campaigns in next month's referendum on voting reform launched within an hour of each other on Monday, and within a day had traded accusations of dishonesty.
At a rally in Cranmere, Oona Halvorsen, the Yes campaign's director, said the current system allowed parties to win majorities with “⟦p:a|barely a third of the vote⟧”.
“⟦d:a|Two out of three people in this country voted for someone who is not in government. If that's democracy, it's democracy with the lights off,⟧” she said.
Rukhsana Bibi, a first-time voter handing out leaflets outside the venue, said she had joined the campaign because “⟦p:d|my vote in this town has never counted for anything⟧”.
Across town, Leopold Skerritt, the former cabinet minister leading the No campaign, warned that reform would mean “⟦p:b|permanent coalitions and backroom deals⟧”.
“⟦d:b:m|Under this system, you vote, and the next day the politicians decide what you voted for. You could vote for one party and get three.⟧
“⟦d:b|That isn't fairness. That's a lottery where the politicians hold all the tickets.⟧”
By Tuesday morning the Yes campaign had complained to the Elections Authority about a No leaflet headlined “⟦s:-|Reform costs. You pay.⟧” The authority said it would “⟦p:c|consider the complaint in the usual way⟧”.
Halvorsen called the leaflet “⟦p:a|fiction⟧”. Skerritt said it was “⟦p:b|a conservative estimate⟧”.

### 040
@a Marcus Ebbeson | a special adviser to the education secretary
@b Helen Okwuosa | the department's director of estates
@d Department for Schools | -
@e - | A former colleague
Emails obtained by this newspaper show that Marcus Ebbeson, a special adviser to the education secretary, asked officials to ``⟦p:a|hold back⟧'' a report on the safety of school buildings until after the local elections.
In an email dated 2 April, Ebbeson wrote to senior officials: ``⟦d:a|We can't have this landing in the middle of the campaign. Can it slip to the 10th? Happy to discuss but the answer needs to be yes.⟧''
A reply from the department's director of estates, Helen Okwuosa, said the report was ``⟦p:b|ready to go⟧'' and warned that a delay ``⟦p:b|would be difficult to explain if it came out⟧''.
``⟦d:b|I'll need that request in writing from the Secretary of State's office,⟧'' she added.
The Department for Schools said in a statement: ``⟦d:d|Publication timings are a matter for ministers, taking official advice. The report was published in full on 14 May.⟧''
Mr Ebbeson did not respond to requests for comment. A former colleague, who asked not to be named, said he was ``⟦p:e|known for pushing his luck⟧''.

### 041
@a Delphine Arkwright-Osei | Schools minister
@b Maisie Trent | a Year 9 pupil
@c Arjun Bhattacharya | the 15-year-old
@d Sandra Oyelowo | Headteacher
Schools minister Delphine Arkwright-Osei got more than she bargained for on a visit to Millbrook Academy on Friday, when a question-and-answer session with pupils turned into something closer to a cross-examination.
Maisie Trent, 14, a Year 9 pupil, asked why her school's science labs had been closed for a term. “⟦d:b|You said on the news that every school was safe. Our labs have buckets in them. Is that safe?⟧”
The minister said the government had committed £1.2 billion to school repairs. “⟦d:a|I hear you, and I'm going to go and look at those labs straight after this,⟧” she said.
“⟦d:b|Can we come with you?⟧” Maisie asked, to cheers from her classmates.
“⟦d:a|Yes, you can.⟧”
Arjun Bhattacharya, 15, wanted to know whether the minister had ever been to a state school. “⟦d:a|I have. In Dunmere. It also had buckets,⟧” she replied.
“⟦d:c|Then you should know,⟧” the 15-year-old said.
Headteacher Sandra Oyelowo said afterwards that she had not briefed the pupils. “⟦d:d|I told them to be polite. I didn't tell them to be quiet,⟧” she said.

### 042
@a Hamza Qureshi-Blaine | The immigration minister
@b Eilidh Fraser | presenter
@e - | the memo
@c - | A Home Department source
@f - | A KTV spokesperson
The immigration minister walked out of a live television interview on Sunday after being asked about a leaked memo on deportation flights.
Hamza Qureshi-Blaine was appearing on KTV's Sunday Politics when presenter Eilidh Fraser read from the memo, which says officials had warned that the policy could be "⟦p:e|unlawful in a significant number of cases⟧".
"⟦d:b|Minister, did you see this advice before you signed off the flights?⟧" Fraser asked.
"⟦d:a|I'm not going to comment on leaked documents, and you know that,⟧" Qureshi-Blaine replied.
"⟦d:b|It's a simple question. Did you see it?⟧"
"⟦d:a|I've given you my answer. If you want to talk about the policy, I'm very happy to talk about the policy.⟧"
"⟦d:b|This is the policy.⟧"
After a further exchange, the minister removed his earpiece and said: "⟦d:a|I think we're done here.⟧" He then left the studio, leaving Fraser to address an empty chair.
"⟦d:b|Well, we'll try again next week,⟧" she told viewers.
A Home Department source said the minister had agreed to discuss "⟦p:c|the new returns agreement⟧" and described the interview as "⟦p:c|an ambush⟧". A KTV spokesperson said: "⟦d:f|The questions were entirely in the public interest and the minister was aware of the subjects we intended to cover.⟧"

### 043
@a - | one MP who asked not to be named
@b - | A former minister who has signed the rebel amendment
@c - | one whip
@d Lorcan Devereux | The chief whip
@e - | One senior backbencher
At least thirty Unionist MPs are preparing to vote against the government's planning bill next week, in what would be the largest rebellion of this parliament, according to interviews with more than a dozen backbenchers.
“⟦d:a|The whips think they can buy people off with a visit from a minister and a photo op. Not this time,⟧” said one MP who asked not to be named. “⟦d:a|People's local associations are furious. They'd rather lose the whip than lose their seat.⟧”
A former minister who has signed the rebel amendment said the government had “⟦p:b|badly misread⟧” the mood of the party. “⟦d:b|This isn't about a few nimbys in the shires. It's about whether we still believe in local democracy,⟧” he said.
The whips are confident the numbers will fall away. “⟦d:c|Thirty is what they tell the papers. Twelve is what they'll do,⟧” one whip said.
The chief whip, Lorcan Devereux, declined to discuss numbers. “⟦d:d|I never comment on whipping matters, and I'm not about to start,⟧” he told this newspaper. Asked whether he was worried, he said: “⟦d:d|I'm never worried. Occasionally concerned.⟧”
One senior backbencher was gloomier about the government's chances. “⟦d:e|Every time they say it's twelve, it's thirty. Every time they say it's thirty, it's fifty,⟧” she said.

### 044
@a Gary | a scaffolder
@b Mei Ling Tan | a pharmacist
@c Doris | the 88-year-old
@d Tomasz Kowalczyk | a delivery driver
@e - | A presiding officer at the polling station
Voters in Marlow Heath went to the polls on Thursday in a by-election both main parties have called a test of the government's standing, and at the polling station in St Bede's primary school, opinions were as divided as the polls.
Gary, 52, a scaffolder, said he had voted Unionist all his life but had switched this time. "⟦d:a|They've had fourteen years. If my firm ran like that I'd be out of business,⟧" he said.
Mei Ling Tan, 27, a pharmacist, said she had almost not bothered. "⟦d:b|I read all the leaflets and they all say the same thing in different colours,⟧" she said. "⟦d:b|In the end I voted for the one who answered my email.⟧"
Doris, who gave only her first name, arrived on a mobility scooter at 7.01am. "⟦d:c|I've never missed one. Not since 1958,⟧" the 88-year-old said. Asked who she had voted for, she said: "⟦d:c|Mind your own business, love.⟧"
Tomasz Kowalczyk, a delivery driver, said he was voting for the first time since becoming a citizen last year. "⟦d:d|Where my grandfather grew up, he could not vote freely. So I vote. Simple,⟧" he said.
A presiding officer at the polling station said turnout had been "⟦p:e|steady, but not spectacular⟧" by lunchtime.

### 045
@a Corvenian Foreign Ministry | the ministry
@b Yevhen Koval | The Daravian ambassador
@c Sabine Dufresne-Amari | Corvenia's foreign minister
@d - | a Daravian embassy spokesman
VERESK, Feb 9 (Meridian Wire) - The Corvenian Foreign Ministry summoned Daravia's ambassador on Monday to protest against what it called «⟦p:a|a gross violation⟧» of its airspace by a Daravian military drone, the latest flare-up between the two neighbours.
In a statement, the ministry said the drone had flown «⟦p:a|more than forty kilometres⟧» into Corvenian territory before turning back. «⟦d:a|Such actions endanger civil aviation and undermine regional stability. They will not go unanswered,⟧» the ministry said.
The Daravian ambassador, Yevhen Koval, spent forty minutes inside the ministry. Emerging, he told reporters the drone had been on «⟦p:b|a routine training flight⟧» and had strayed because of a technical fault.
«⟦d:b|There was no intent. We have said so. We regret the incident and we will cooperate with any investigation,⟧» he said.
Corvenia's foreign minister, Sabine Dufresne-Amari, said regret was «⟦p:c|not enough⟧». «⟦d:c|This is the third technical fault in four months. At some point a pattern stops being a coincidence,⟧» she told the national broadcaster.
Later on Monday, a Daravian embassy spokesman accused Corvenia of «⟦p:d|inflating a minor incident for domestic consumption⟧».

### 046
@a Rafaela Quintanilha | The Governor of the Reserve Bank
@c Shabnam Rezaei | a Progressive member of the treasury committee
@b Ewan MacLeod-Hart | The committee's chairman
The Governor of the Reserve Bank, Rafaela Quintanilha, told MPs on Wednesday that interest rates were "⟦p:a|likely to stay higher for longer⟧" than markets expected, and rejected accusations that the bank had been "⟦p:c|asleep at the wheel⟧" as inflation took hold.
That phrase came from Shabnam Rezaei, a Progressive member of the treasury committee, who asked the governor whether she accepted that the bank had acted too late.
"⟦d:c|Inflation hit eleven per cent. Your target is two. At what point does the bank accept it was asleep at the wheel?⟧" Rezaei asked.
"⟦d:a|With hindsight, we could have moved earlier, and I have said so,⟧" Quintanilha replied. "⟦d:a|What I do not accept is that we were asleep. We were looking at a shock that nobody in the world had modelled.⟧"
The committee's chairman, Ewan MacLeod-Hart, asked whether the bank would cut rates before the election. "⟦d:b|I'm sure you'll tell us that the timing of the election has nothing to do with it.⟧"
"⟦d:a|The timing of the election has nothing to do with it,⟧" the governor said, to laughter.
Pressed by MacLeod-Hart on the plight of mortgage holders, she said: "⟦d:a|I know people are hurting. I get the letters. But if we cut too early and inflation comes back, they will hurt for much longer.⟧"

### 047
@a Katalin Vörös | President
@b Santiago Ibarra | Alcira's prime minister
@c - | One diplomat at the banquet
MIKLÓSVÁR, April 17 (Meridian Wire) – President Katalin Vörös of Danubria welcomed Alcira's prime minister, Santiago Ibarra, with a state banquet on Wednesday night, toasting what she called “⟦p:a|a friendship older than either of our constitutions⟧”.
“⟦d:a|Our grandparents traded wine for wheat when neither of our countries had a flag that anyone else recognised. We have both come a long way. Let us not forget the road,⟧” Vörös said, raising her glass.
Ibarra, speaking in Spanish, replied with a toast of his own: “⟦d:b|Por la amistad, y por el trigo⟧” — “⟦d:b|To friendship, and to wheat⟧”.
In a more serious passage, the prime minister said the two countries must “⟦p:b|stand together when it is inconvenient, not only when it is easy⟧”, a remark widely read as a reference to Danubria's abstention in last month's vote on sanctions against Orlesk.
One diplomat at the banquet said the line had been “⟦p:c|noticed, and not entirely appreciated⟧” by the hosts.
Asked by reporters on Thursday morning whether the remark had been aimed at Danubria, Ibarra smiled. “⟦d:b|It was aimed at everyone, including us.⟧”
The two leaders are due to sign agreements on energy and university exchanges later on Thursday.

### 048
@a Nasreen Chaudhry | The council's cabinet member for transport
@c - | a woman in the public seats
@b Keith Ormerod | the 71-year-old
@d Ayesha Lomax | the chair of Grangeside Cycling Forum
A meeting of Grangeside Council's transport scrutiny panel descended into chaos on Tuesday when residents opposed to a low-traffic scheme in Ferncliffe shouted down speakers and the meeting was adjourned twice.
The council's cabinet member for transport, Nasreen Chaudhry, had barely begun to present a review of the trial when a woman in the public seats called out: ``⟦d:c|Liar!⟧''
``⟦d:a|I'd ask people to let me finish,⟧'' Cllr Chaudhry said. ``⟦d:a|You'll all get your turn. That's how this works.⟧''
Keith Ormerod, who has lived on Pitt Street for forty years, told councillors the scheme had turned his road into ``⟦p:b|a car park for people trying to get round the barriers⟧''. ``⟦d:b|My wife has to wait twenty minutes for the ambulance she needs twice a week. Twenty minutes. Nobody asked us,⟧'' the 71-year-old said.
Ayesha Lomax, the chair of Grangeside Cycling Forum, said children in the area were walking and cycling to school in numbers ``⟦p:d|not seen in a generation⟧''. Her speech was interrupted by jeering. ``⟦d:d|I'm a resident too,⟧'' she said. ``⟦d:d|I live three streets away. I'm allowed an opinion.⟧''
After the second adjournment, the panel's chair announced that the rest of the meeting would be held without the public present. Cllr Chaudhry said later: ``⟦d:a|People are angry and I understand why. But shouting at a cyclist doesn't get anyone's ambulance there any faster.⟧''

### 049
@a Crispin Hale-Ogunbanjo | the environment secretary
@b Ruth Kaminski | his opposite number
It was billed as “⟦s:-|Environment Questions⟧”, but by half past two it had become something closer to a seminar on the meaning of the word “⟦s:-|ambitious⟧”.
Crispin Hale-Ogunbanjo, the environment secretary, used it eleven times in twenty minutes. The government's river-cleaning plan was “⟦p:a|ambitious⟧”. Its targets were “⟦p:a|ambitious but achievable⟧”. Its funding, which the opposition points out has been cut twice, was “⟦p:a|ambitiously deployed⟧”.
Ruth Kaminski, his opposite number, had evidently been counting. “⟦d:b|The secretary of state says ‘ambitious’ the way other people say ‘um’,⟧” she observed. “⟦d:b|Is there anything in his plan that is actually happening, or is it all ambition?⟧”
Mr Hale-Ogunbanjo rose with the air of a man who had prepared for precisely this. “⟦d:a|I'm delighted the honourable lady has been listening. I'd be more delighted if her party had a plan at all,⟧” he said, to the kind of cheer backbenchers produce when they have been asked to.
From somewhere on the opposition benches came a single cry: “⟦d:-|Sewage!⟧” It was unclear whether this was a heckle or a policy.
The Speaker asked members to moderate their language. Nobody was quite sure which word he meant.

### 050
@a Rosa Inés Calderón | a former mayor of the capital
@b Martín Oyarzún | the incumbent
@d National Electoral Tribunal | -
SANTA LUCÍA DEL MAR, Nov 4 (Meridian Wire) – Rosa Inés Calderón, a former mayor of the capital, was declared the winner of Valdoria's presidential run-off on Sunday, defeating the incumbent, Martín Oyarzún, by 52.4 per cent to 47.6.
The National Electoral Tribunal announced the result shortly after 11pm, saying in a statement that the count had been “⟦p:d|orderly, transparent and complete⟧”.
Thousands of supporters gathered outside Calderón's campaign headquarters, chanting “⟦s:-|¡Rosa presidenta!⟧”
“⟦d:a|Tonight nobody lost. Tonight Valdoria won,⟧” Calderón told them from a stage, her voice hoarse. “⟦d:a|To those who did not vote for me: I will be your president too, and I will earn your trust one day at a time.⟧”
Oyarzún conceded in a televised address from the presidential palace about an hour later. “⟦d:b|The people have spoken, and in a democracy the people are never wrong, even when we disagree with them,⟧” he said. He said he had called his rival to congratulate her and would ensure “⟦p:b|an exemplary transition⟧”.
It was a striking contrast with his campaign rhetoric, in which he had repeatedly described Calderón as “⟦p:b|a danger to the republic⟧”.

### 051
@a Bernadette Chu-Ashworth | the chair of the party's leadership election committee
@b Catriona Vass | the foreign secretary
@c Harriet Oyelaran-Price | -
@d - | One of Oyelaran-Price's supporters in the cabinet
Catriona Vass was elected leader of the National Party on Monday, beating Harriet Oyelaran-Price by 54 per cent to 46 after a ten-week contest, and will become prime minister on Tuesday.
The result was announced at a hotel in Westgate by Bernadette Chu-Ashworth, the chair of the party's leadership election committee. "⟦d:a|The total number of votes cast was 112,604, a turnout of 80.4 per cent. Catriona Vass, 60,807. Harriet Oyelaran-Price, 51,797. I therefore declare Catriona Vass to be the leader of the National Party,⟧" she said.
Vass, the foreign secretary, paid tribute to her rival as "⟦p:b|a formidable opponent and, I hope, a future colleague⟧".
"⟦d:b|We have had a long contest, and at times a robust one. It is over. From today there are no camps in this party, only colleagues,⟧" she said.
Oyelaran-Price, sitting in the front row, applauded but did not stand. She later told reporters: "⟦d:c|The members have chosen and I respect that. Catriona has my support.⟧" Asked whether she would serve in the new cabinet, she said: "⟦d:c|That's a matter for the prime minister.⟧"
One of Oyelaran-Price's supporters in the cabinet was less gracious. "⟦d:d|She won because she was less frightening, not because she was better. We'll see how long that lasts,⟧" the minister said.

### 052
@a Tan Boon Hock | Leader of the Opposition
@c Victor Selvaraj | the council's president
@b Rahimah Abdul Karim | The law minister
Opposition members walked out of Sepura's Legislative Council on Tuesday after the government used its majority to cut short debate on a bill that would give the police wider powers to block online content.
Leader of the Opposition Tan Boon Hock led 22 members out of the chamber after the council's president, Victor Selvaraj, accepted a government motion to move straight to a vote.
“⟦d:a|This is a bill that decides what our citizens are allowed to read. It deserves more than four hours,⟧” Tan told reporters in the lobby. “⟦d:a|If the government will not let us debate, we will not pretend to be part of it.⟧”
Selvaraj said he had acted within the standing orders. “⟦d:c|The motion was properly moved and properly seconded. The chair does not choose which rules to apply,⟧” he said.
The law minister, Rahimah Abdul Karim, said the opposition had “⟦p:b|chosen theatre over scrutiny⟧”. “⟦d:b|We offered them amendments in committee. They said no. We offered them briefings. They did not come. And now they walk out and call it a protest,⟧” she said.
The bill passed by 41 votes to 3.
Asked whether the opposition would challenge the law in court, Tan said: “⟦d:a|We are considering every option. Every single one.⟧”

### 053
@a Zainab Qadri-Holm | the MP for Thornbury West
@c Nkechi Amadi-Fraser | The Social Democrat leader
@b National Party | -
@d - | A National Party source
Zainab Qadri-Holm, the MP for Thornbury West, defected from the governing National Party to the Social Democrats on Wednesday, walking across the floor of the House minutes before Leaders' Questions.
In a letter to constituents posted online, she wrote: "⟦d:a|I did not leave the National Party. It left me, some time ago, and I have only now found the courage to admit it.⟧"
She said the party had become "⟦p:a|a vehicle for the anxieties of its members rather than the hopes of the country⟧".
The Social Democrat leader, Nkechi Amadi-Fraser, greeted her in the chamber with a handshake. "⟦d:c|Zainab is a person of real principle and real courage, and she'll be a brilliant addition to our team,⟧" she said afterwards.
The National Party said Qadri-Holm should "⟦p:b|do the honourable thing⟧" and call a by-election. "⟦d:b|The people of Thornbury West elected a National MP. They deserve the chance to decide whether they want a Social Democrat one,⟧" the party said in a statement.
A National Party source was more cutting. "⟦d:d|She's been angling for a frontbench job for five years. She's finally found someone who'll give her one,⟧" the source said.
Qadri-Holm said she would not resign her seat. "⟦d:a|My constituents elected me, not a rosette,⟧" she said.

### 054
@a Helena Marwick-Dube | the Chief Justice
@c Iqbal Chaudhry-Morgan | counsel for the claimants
@d Moira Dunleavy | one of the eleven MPs who brought the case
@b - | A government spokesperson
The Supreme Court ruled unanimously on Thursday that the government acted unlawfully when it suspended Parliament for five weeks in the run-up to the budget.
Giving judgment, the Chief Justice, Helena Marwick-Dube, said the suspension had “⟦p:a|the effect of frustrating the ability of Parliament to carry out its constitutional functions without reasonable justification⟧”.
“⟦d:a|The court is not concerned with when and on what terms Parliament should be suspended as a matter of politics. It is concerned only with whether the decision was lawful. It was not,⟧” she said.
Outside the court, Iqbal Chaudhry-Morgan KC, counsel for the claimants, said: “⟦d:c|This is a judgment about the limits of power. No government, of whatever colour, can shut the doors of Parliament because it finds scrutiny inconvenient.⟧”
Moira Dunleavy, one of the eleven MPs who brought the case, said she had been “⟦p:d|shaking⟧” as the ruling was read. “⟦d:d|I kept waiting for the ‘but’. There wasn't one,⟧” she said.
A government spokesperson said ministers were “⟦p:b|disappointed⟧” but would “⟦p:b|respect the court's decision⟧”. Parliament will reconvene on Monday.

### 055
@a Youssef Benhamou | Qadira's foreign minister
@b Anneke Vos | presenter
@c - | Families of the detained men
Qadira's foreign minister, Youssef Benhamou, has said his government is «⟦p:a|ready to talk to anyone⟧» about three foreign journalists detained in the country, but insisted they would face trial.
Speaking through an interpreter on Continental 24's «⟦s:-|The Interview⟧» programme, Benhamou told presenter Anneke Vos that the journalists had entered the country «⟦p:a|without the proper accreditation⟧».
«⟦d:b|Minister, they had visas issued by your own embassy. How can that be illegal?⟧» Vos asked.
«⟦d:a|A tourist visa is not a press card. In your country, would you allow a foreign journalist to film a military base because he had a tourist visa?⟧» Benhamou replied.
«⟦d:b|They were filming a market.⟧»
«⟦d:a|That is your version. The court will hear all versions.⟧»
Vos asked whether the minister could guarantee that the three would not face the death penalty. He paused before answering. «⟦d:a|I cannot speak for the court. I can tell you that no one in my government wants this to end badly.⟧»
Families of the detained men said in a joint statement that they were «⟦p:c|heartbroken and frightened⟧» by the minister's remarks.

### 056
@a Jasper Nwachukwu | the MP for Castlebridge
@b Marjorie Banks | the grandmother of four
@e - | a man at the back
@c Ifan Roberts | a farmer from Pentre Isaf
@d Rivers Authority | -
More than 150 people crammed into Castlebridge Methodist Hall on Friday evening to question their MP about flood defences, eighteen months after the River Idle burst its banks and flooded more than 300 homes.
Jasper Nwachukwu, the MP for Castlebridge, told the meeting he had raised the town's case with ministers “⟦p:a|at every opportunity⟧” and that a £9 million scheme was “⟦p:a|at the front of the queue⟧”.
That drew laughter. Marjorie Banks, whose home in Riverside Close flooded twice last winter, got to her feet. “⟦d:b|We've been at the front of the queue for eleven years, Jasper. When does the queue move?⟧” the grandmother of four asked.
“⟦d:a|It's a fair question, Marjorie, and I'm not going to give you a politician's answer,⟧” he said. “⟦d:a|The money's approved. The problem is the contractor. I've been told spades in the ground by spring.⟧”
“⟦d:e|You told us that last spring!⟧” a man at the back shouted.
Ifan Roberts, a farmer from Pentre Isaf, said landowners upstream had offered to let their fields flood to protect the town but had heard nothing back. “⟦d:c|We're offering land for free. Nobody's even rung us,⟧” he said.
The Rivers Authority said in a statement that it was “⟦p:d|working closely with partners⟧” and expected work to begin “⟦p:d|in the first half of next year⟧”.

### 057
@b Carl Tolliver | House Speaker
@a Ruth Amankwah-Pierce | Governor
@c Leticia Ruiz-Ambrose | Senate Minority Leader
@d - | A spokesperson for the governor
CALLOWAY CITY -- Calloway lawmakers blew through their budget deadline at midnight Friday, leaving state agencies without spending authority for the first time in eleven years and setting up a weekend of tense negotiations at the Capitol.
House Speaker Carl Tolliver blamed the governor for the impasse. ``⟦d:b|We sent her a balanced budget two weeks ago. She vetoed it because it didn't have enough of her pet projects in it. That's on her, not us,⟧'' Tolliver told reporters outside his office shortly after midnight.
Governor Ruth Amankwah-Pierce, speaking at a news conference Saturday morning, said the House budget ``⟦p:a|balanced the books on the backs of schoolchildren⟧''. ``⟦d:a|I'm not going to sign a budget that cuts four hundred teachers. I'd veto it again tomorrow, and the day after that,⟧'' she said.
Senate Minority Leader Leticia Ruiz-Ambrose, whose caucus holds the deciding votes in the upper chamber, said she was ``⟦p:c|ready to sit in a room with anybody⟧'' to end the standoff. ``⟦d:c|People don't care whose fault it is. They care whether the licence offices are open on Monday,⟧'' she said.
A spokesperson for the governor said late Saturday that talks had been ``⟦p:d|productive⟧'' and would resume Sunday at 9 a.m.

### 058
@a Mereana Pōtae | the new member for Te Awa Roa
@b Graham Fitzsimmons-Hale | The Speaker
@c Bryce Hollingworth | a backbencher representing the rural Kōwhai electorate
Mereana Pōtae, the new member for Te Awa Roa, delivered her maiden speech almost entirely in te reo Māori on Wednesday, and closed it with a waiata joined by dozens of supporters in the public gallery.
“⟦d:a|Ko tōku reo, tōku ohooho,⟧” she began — “⟦d:a|my language is my awakening⟧” — before speaking for fifteen minutes about her grandmother, who was punished at school for speaking the language.
In the English section of her speech, she said: “⟦d:a|My nana was strapped for the words I have just spoken in this House. I say them here for her, and for every child who will never be strapped for them again.⟧”
The Speaker, Graham Fitzsimmons-Hale, allowed the waiata to continue despite standing orders that bar singing from the gallery. “⟦d:b|I think the House will forgive me this once,⟧” he said when it ended.
Not everyone was comfortable. Bryce Hollingworth, a backbencher representing the rural Kōwhai electorate, said he had “⟦p:c|enormous respect⟧” for Pōtae but questioned the lack of simultaneous translation. “⟦d:c|I wanted to understand what she said. Most of my constituents would too,⟧” he said.
Pōtae said she had given a full English text to the parliamentary record in advance. “⟦d:a|He only had to ask. I'd have happily read it to him over a cup of tea,⟧” she said.

### 059
@a Lionel Garrow | Ex-minister
@b - | Our undercover reporter
@c - | a spokesman for Mr Garrow
@d Yvonne Tembo | Parliamentary Standards Commissioner
Ex-minister Lionel Garrow boasted he could arrange a "⟦p:a|private chat⟧" with the Prime Minister for a fee of £10,000 a month, an undercover Daily Clarion investigation has found.
The 59-year-old was filmed telling reporters posing as representatives of a fake investment fund that he had "⟦p:a|the ear of everyone who matters⟧".
"⟦d:a|Look, I'm not going to pretend I can change the law for you. But I can get you in the room. That's worth a lot more than people think,⟧" he said over lunch at an upmarket restaurant.
Our undercover reporter asked: "⟦d:b|Would you have to declare it? Is that a problem for you?⟧"
"⟦d:a|It's a problem if people find out,⟧" Garrow laughed. "⟦d:a|So we'd keep it informal. A consultancy. Everyone does it.⟧"
Last night a spokesman for Mr Garrow said he had been "⟦p:c|stringing the reporters along⟧" to find out who they were. "⟦d:c|Lionel never had any intention of entering into any arrangement and has done nothing wrong,⟧" the spokesman said.
Parliamentary Standards Commissioner Yvonne Tembo said she would "⟦p:d|look carefully⟧" at the footage.

### 060
@a Thandiwe Mokoena | President
@d Mehmet Kaya Arslan | The Assembly's president
@b Aleksander Rybak | Vostrava's foreign minister
@c - | A diplomat from one of the Assembly's smaller delegations
NEW HARBOUR, Sept 24 (Meridian Wire) – Delegates from Vostrava walked out of the Assembly of Nations on Tuesday as President Thandiwe Mokoena of Lesoria accused their government of “⟦p:a|starving a region into submission⟧”.
“⟦d:a|We will not be silent while children in the eastern provinces eat grass. We will not be polite about it either,⟧” Mokoena said, as the Vostravan delegation rose and filed out of the hall.
“⟦d:a|They can leave the room. They cannot leave the facts,⟧” she added, to applause from several delegations.
The Assembly's president, Mehmet Kaya Arslan, reminded delegates of the need for “⟦p:d|decorum and mutual respect⟧” before inviting the next speaker to the podium.
Vostrava's foreign minister, Aleksander Rybak, responding in his own address two hours later, called the accusations “⟦p:b|theatre for a domestic audience⟧”. “⟦d:b|There is no famine in the eastern provinces. There is a war, started by terrorists, and we are ending it,⟧” he said.
A diplomat from one of the Assembly's smaller delegations said the walkout had been planned in advance. “⟦d:c|They had the text of the speech the night before. Everyone did. They walked out on cue,⟧” the diplomat said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh156.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh156",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
