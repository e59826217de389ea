# ruff: noqa: E501
"""Build ``quotes_fresh64.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary exchanges and sketches, select committee and confirmation hearings,
broadcast and printed interviews, campaign trails and hustings, lobby and press
briefings, council and parish meetings, leadership contests, leaks, recordings and
unnamed sources, and international summits, in the styles of wire services,
broadsheets, tabloids, local papers, magazines and broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh64-NNN``.

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

* A role title before the name, bare or set off by commas (``Foreign Secretary Olamide
  Bakare``, ``The party chairman, Ibrahim Al-Sayegh,``, ``Cressford's mayor, Ewa
  Zielińska,``), is the description when no appositive follows the name; with an
  appositive after the name (``Sen. Harlan Woodbury of West Cascadia, the committee's
  ranking member``), the appositive is. Styles of address and rank (Sir, Dame, Lord,
  Baroness, Mrs Justice, Gov., Rep., Sen., Cllr) are left out of the name and are not
  descriptions; ``Councillor`` written out before a name with no appositive is a role
  title, like ``Judge``.
* A peer named only by title and surname (``Lord Abernethy``) has the surname as the
  speaker.
* A speaker first referred to by a definite description and named later (``The Home
  Secretary has refused … Gareth Pryce-Ellis was …``), or named without an appositive
  and then referred to by a definite description at a cue (``the 58-year-old``), has
  that description.
* An organisation's name is taken as written, without a leading article; a later
  generic reference to it (``the department said``, ``the ministry said``, ``it
  said``, ``a statement said``) is the same speaker. Parties, committees, councils and
  news agencies speaking as bodies are organisations.
* A fragment attributed loosely in a lead (``Treasury officials warned …``,
  ``campaigners called …``) belongs to the person or body the passage then identifies
  as its source (the memo's author, the named campaign group).
* Shouts, heckles and questions from the floor by someone the passage describes but
  does not name (``one Opposition backbencher``, ``someone at the back``, ``one
  reporter``) are ``direct`` with a null speaker and that description. A message whose
  author the passage says is unknown is ``direct`` with speaker and description null.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named presenter's, moderator's, chair's or journalist's questions
  are that person's speech.
* Social-media posts, text and WhatsApp messages, resignation letters, judgments,
  reports and words heard on a recording belong to their author or speaker.
* Wording proposed for a plaque, phrases from a bill, programme titles, nicknames and
  jargon held up by a sketch-writer are ``scare``, even where someone is said to have
  proposed or used them; a fragment the passage presents as someone's actual words
  about something is ``partial``.
* In a printed exchange (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh64.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh64.jsonl")

PASSAGES = """
### 001
@a Adaeze Okafor | the Prime Minister
@b Callum Strachan | the Leader of the Opposition
@c Rupert Vane | the Speaker
@d - | one Opposition backbencher
@e Fenella Marsh-Doyle | the member for Tollbridge and Ayle
The Prime Minister, Adaeze Okafor, arrived at the dispatch box on Wednesday looking like a woman who had read the morning papers and had not much cared for them.
The Leader of the Opposition, Callum Strachan, began with the waiting lists, as everyone in the chamber knew he would. “⟦d:b|Can the Prime Minister tell the House how many patients in Greater Harwick have now waited more than a year for surgery?⟧” he asked.
“⟦d:a|I can tell him that the number is falling,⟧” Okafor replied, to a roar from the benches behind her. “⟦d:a|He may not like it, but it is falling.⟧”
“⟦d:b|Falling from what?⟧” Strachan shot back. “⟦d:b|From a record she set herself.⟧”
At this point one Opposition backbencher shouted “⟦d:d|Shameful!⟧” across the gangway, and the Speaker, Sir Rupert Vane, rose from his chair. “⟦d:c|Order! The honourable gentleman will restrain himself, or he will be spending the rest of the afternoon in the tea room.⟧”
The exchanges continued in that vein. Strachan accused the government of the “⟦p:b|managed decline⟧” of the health service; Okafor accused him of having “⟦p:a|a plan for everything except paying for it⟧”.
Relief, of a sort, came from Fenella Marsh-Doyle, the member for Tollbridge and Ayle, who raised a bypass promised by four successive governments. Locals call the daily queue on the B4172 the “⟦s:-|Tollbridge crawl⟧”.
“⟦d:e|Will the Prime Minister come to Tollbridge and sit in the traffic with me?⟧” she asked.
“⟦d:a|I would be delighted,⟧” the Prime Minister said, “⟦d:a|although I suspect we would both still be sitting there at the next election.⟧”

### 002
@a Harriet Oyelaran | the committee's chair
@b Miriam Castellanos | permanent secretary at the department
@c Declan Furlong | a Liberal member of the committee
@d Department for Coastal Affairs | -
The most senior civil servant at the Department for Coastal Affairs admitted on Tuesday that officials had "⟦p:b|lost sight⟧" of a £340m sea-defence contract as its costs spiralled.
Miriam Castellanos, permanent secretary at the department, told MPs on the Public Accounts Committee that the scheme at Saltney Point had been "⟦p:b|under-supervised from the start⟧".
"⟦d:b|I am not going to sit here and pretend that this was anything other than a failure of oversight,⟧" she said. "⟦d:b|The warnings were there. We did not act on them quickly enough.⟧"
The committee's chair, Dame Harriet Oyelaran, wanted to know when ministers were first told. "⟦d:a|Was it March, or was it June? Because the answer matters a great deal.⟧"
"⟦d:b|The first written submission went to ministers in June,⟧" Castellanos replied. "⟦d:b|There were conversations before that.⟧"
"⟦d:a|Conversations,⟧" Dame Harriet repeated slowly. "⟦d:a|Were any of them minuted?⟧"
"⟦d:b|Some were. I will write to the committee with the details.⟧"
Declan Furlong, a Liberal member of the committee, said afterwards that the session had been "⟦p:c|excruciating⟧". "⟦d:c|You had the most senior official in the department more or less telling us that nobody was in charge,⟧" he said.
The Department for Coastal Affairs said in a statement that it had "⟦p:d|accepted every recommendation⟧" of an internal review and had appointed a new project director.

### 003
@a Sigrid Aasheim | Norland's energy minister
@b Jonas Eriksrud | Prime Minister
@c - | a government spokeswoman
@d - | one senior lawmaker from the ruling Centre Party
HALVERSTADT, March 4 (Meridian Wire) - Norland's energy minister Sigrid Aasheim resigned on Thursday, days after it emerged that a company part-owned by her husband had bid for a state offshore wind licence.
"⟦d:a|I have done nothing wrong, but I will not allow this matter to become a distraction for the government,⟧" Aasheim wrote in her resignation letter, which was released by her office.
"⟦d:a|The work of the energy transition is too important to be overshadowed by questions about my family,⟧" she added.
Prime Minister Jonas Eriksrud said he had accepted the resignation "⟦p:b|with regret⟧".
"⟦d:b|Sigrid has been an outstanding minister and I thank her for her service. It was her decision and I respect it,⟧" Eriksrud said in a statement.
A government spokeswoman said a successor would be named "⟦p:c|within days⟧" and declined to say whether the licensing round would be reopened.
"⟦d:d|Nobody believes she knew nothing,⟧" one senior lawmaker from the ruling Centre Party told Meridian Wire, speaking on condition of anonymity. "⟦d:d|The real question is what the prime minister knew, and when.⟧"
Aasheim, 52, had been widely tipped as a future party leader. Her husband has not commented.

### 004
@a Nadia Rahimi | presenter
@b Gareth Pryce-Ellis | the Home Secretary
@c Imogen Achterberg | Shadow Home Secretary
@d - | A Home Office source
The Home Secretary has refused five times to say whether the government will meet its own target for clearing the asylum backlog by the end of the year.
Gareth Pryce-Ellis was repeatedly pressed on the point by presenter Nadia Rahimi during a bruising appearance on Meridian TV's Sunday Politics.
“⟦d:a|It's a simple question, Home Secretary. Will you hit the target or not?⟧” Rahimi asked.
“⟦d:b|What I will say is that we are making enormous progress,⟧” Mr Pryce-Ellis replied.
“⟦d:a|That isn't an answer.⟧”
“⟦d:b|It's the answer I'm giving you, Nadia.⟧”
Later in the interview he described the target as “⟦p:b|always ambitious⟧” and said the backlog was “⟦p:b|coming down month on month⟧”, though he declined to give a figure.
Shadow Home Secretary Imogen Achterberg said the exchange spoke for itself. “⟦d:c|If the Home Secretary can't say yes, then the answer is no,⟧” she told Meridian TV News. “⟦d:c|Everyone watching this morning knows it, and so does he.⟧”
A Home Office source later insisted that the target “⟦p:d|remains in place⟧”.

### 005
@a Ravinder Sandhu | the Progress Party candidate for Castlemoor
@b - | one stallholder
@c Maureen Quigley | a retired dinner lady
@d Tomás Ó Briain | The sitting MP
Ravinder Sandhu, the Progress Party candidate for Castlemoor, had been in the covered market for less than five minutes when the first heckle came.
"⟦d:b|Where were you when they shut the library?⟧" one stallholder shouted as he worked his way past the fruit and veg.
"⟦d:a|Outside it with a placard, mate, same as you,⟧" Sandhu called back, to laughter.
The 38-year-old former paramedic is trying to overturn a majority of 4,112 in a seat his party has never held, and he knows it.
"⟦d:a|People here are fed up of being taken for granted,⟧" he told the Courier between handshakes. "⟦d:a|They vote the same way every time and they get the same nothing every time.⟧"
Not everyone is persuaded. Maureen Quigley, a retired dinner lady, said she had "⟦p:c|never voted for anyone but Tomás⟧" and had no plans to start now.
"⟦d:c|He came to my husband's funeral. That's what I remember,⟧" the 71-year-old said.
Outside, a dozen volunteers in orange T-shirts chanted "⟦s:-|Sandhu for Castlemoor⟧" at bemused shoppers.
The sitting MP, Tomás Ó Briain, was unruffled. "⟦d:d|Ravinder is a nice lad and I wish him well,⟧" he said. "⟦d:d|But you don't win Castlemoor by shouting in a market.⟧"

### 006
@a - | The Prime Minister's official spokesman
@b - | one reporter
@c Ellen Fairbrother | political editor of the Morning Despatch
The Prime Minister's official spokesman on Monday declined to rule out a fresh round of spending cuts, telling journalists that “⟦p:a|all options remain on the table⟧” ahead of next month's fiscal statement.
Pressed at the regular lobby briefing on whether that included working-age benefits, the spokesman said: “⟦d:a|I'm not going to get into a running commentary on what may or may not be in the statement.⟧”
“⟦d:b|So you're not ruling it out?⟧” one reporter asked.
“⟦d:a|I'm not ruling anything in or out. That's rather the point of the process.⟧”
Ellen Fairbrother, political editor of the Morning Despatch, asked whether the Prime Minister retained confidence in the Chancellor, Vikram Desai, after weekend reports of a row over the so-called “⟦s:-|fiscal lock⟧”. “⟦d:c|Does she, or doesn't she?⟧”
“⟦d:a|Yes. Full confidence,⟧” the spokesman said. He described the reports as “⟦p:a|overblown⟧” and said the two “⟦p:a|speak most days⟧”.

### 007
@a Pauline Ackroyd | the cabinet member for environment
@b Shazia Mahmood | leader of the Independent group
@c Bernard Ngata | The mayor
@d Derek Hollins | a Penmarsh resident who asked a question during the public session
@e Penmarsh Borough Council | -
Tempers flared at Penmarsh Borough Council on Thursday night as councillors clashed over plans to move to three-weekly bin collections.
Cllr Pauline Ackroyd, the cabinet member for environment, told the meeting the change would save £1.2m a year and was "⟦p:a|the only responsible option⟧".
"⟦d:a|Nobody goes into local government wanting to collect the bins less often,⟧" she said. "⟦d:a|But I have a budget to balance, and nobody in this chamber has shown me another way to do it.⟧"
Cllr Shazia Mahmood, leader of the Independent group, said residents had not been properly consulted. "⟦d:b|We had one online survey that ran over the summer holidays,⟧" she said. "⟦d:b|That isn't consultation. That's a box-ticking exercise.⟧"
"⟦d:a|It ran for six weeks,⟧" Cllr Ackroyd interjected.
"⟦d:b|Six weeks in August, then,⟧" Cllr Mahmood replied.
The mayor, Cllr Bernard Ngata, twice had to call for quiet from the public gallery, where around 40 residents had gathered, several holding signs reading "⟦s:-|Bin the Plan⟧". "⟦d:c|Can we please let the councillor finish,⟧" he said.
Derek Hollins, a Penmarsh resident who asked a question during the public session, said afterwards: "⟦d:d|I've got three kids and a dog. Three weeks? It'll be like living in a skip.⟧"
The plan was approved by 26 votes to 19. In a statement issued on Friday, Penmarsh Borough Council said it would "⟦p:e|work closely with residents⟧" on the rollout, which begins in April.

### 008
@a Eleanor Adebayo | the former foreign secretary
@b Marguerite Lachance | the party's deputy leader
@c Sam Whitacre | a backbencher first elected four years ago
@d Brian Tolland | a former party treasurer
@e - | one party member from Aldermoor
The three candidates hoping to lead National Renewal met members in Stoke Aldermoor on Saturday for the fourth of twelve hustings, and for the first time the gloves came off.
Eleanor Adebayo, the former foreign secretary, opened by taking aim at her nearest rival. “⟦d:a|Marguerite has been deputy leader for six years. If she had a plan to win, we would have seen it by now.⟧”
Marguerite Lachance, the party's deputy leader, did not wait for her turn. “⟦d:b|I've been loyal, Eleanor. Some of us still think that's a virtue,⟧” she said, drawing the loudest applause of the afternoon.
“⟦d:d|Let's keep this civil, please,⟧” said the chair, Brian Tolland, a former party treasurer.
Sam Whitacre, a backbencher first elected four years ago, tried to stay above the fray. “⟦d:c|While my two colleagues argue about the past, I'd like to talk about the next ten years,⟧” he said.
Tolland then asked each candidate whether they would serve under the winner.
“⟦d:c|Of course,⟧” said Whitacre.
“⟦d:b|Yes, gladly,⟧” said Lachance.
Adebayo hesitated. “⟦d:a|I'd want to see what the job was,⟧” she said, to audible groans from parts of the room.
“⟦d:e|That answer will cost her,⟧” said one party member from Aldermoor as the audience filed out. “⟦d:e|We want a team player, not a prima donna.⟧”

### 009
@a Anil Mehra | director of fiscal strategy at the Treasury
@b - | One cabinet minister
@c - | A Treasury spokesperson
@d - | A source close to the Chancellor
@e Ruth Addo-Mensah | The shadow chancellor
Treasury officials warned ministers that the government's flagship housing pledge was "⟦p:a|undeliverable⟧" on current funding, according to a leaked memo seen by the Sentinel.
The memo, written in January by Anil Mehra, director of fiscal strategy at the Treasury, says the target of 300,000 new homes a year "⟦p:a|cannot be met without a significant and sustained increase in capital spending⟧".
"⟦d:a|There is no credible path to the target within the existing envelope,⟧" Mehra wrote. "⟦d:a|Ministers should be advised accordingly.⟧"
One cabinet minister told the Sentinel the memo had been "⟦p:b|circulated widely⟧" across government. "⟦d:b|The number was always a slogan, not a plan. Everyone round the table knew that,⟧" the minister said.
A Treasury spokesperson said: "⟦d:c|We do not comment on leaks. The government remains fully committed to its housing ambitions.⟧"
A source close to the Chancellor was blunter. "⟦d:d|Whoever leaked this wants her job,⟧" the source said.
The shadow chancellor, Ruth Addo-Mensah, called the memo "⟦p:e|devastating⟧" and said the so-called "⟦s:-|300k pledge⟧" had been exposed. "⟦d:e|They have been caught out by their own officials,⟧" she said.

### 010
@a Hélène Dufresne | Valmorel's president
@b Estrid Holm-Larsen | the summit host
@c Baatar Dorj | Foreign Minister
@d - | one European diplomat
BRANDVIK, June 12 (Continental Press) - Leaders of the nine-nation Northern Seas Council ended a two-day summit on Friday without agreement on a joint fisheries quota, exposing a deepening rift between the bloc's coastal and inland members.
Valmorel's president, Hélène Dufresne, told reporters in French: «⟦d:a|Nous ne signerons pas un accord qui sacrifie nos pêcheurs⟧» («⟦d:a|We will not sign an agreement that sacrifices our fishermen⟧»).
Prime Minister Estrid Holm-Larsen of Skarvland, the summit host, insisted that talks had not failed. «⟦d:b|We are closer than we were on Thursday, and much closer than we were a year ago,⟧» she said at the closing press conference. «⟦d:b|Nobody is leaving Brandvik angry.⟧»
That was not the impression given by several delegations. «⟦d:d|It was a very long night and a very short communique,⟧» one European diplomat said.
Foreign Minister Baatar Dorj of Khangai, which attends as an observer, spoke through an interpreter. «⟦d:c|The sea does not recognise our borders. The fish will not wait for our politics,⟧» he said.
Officials said the so-called «⟦s:-|blue line⟧» proposal, which would cap catches in disputed waters, would be revisited at a ministerial meeting in September.

### 011
@a Giles Pemberton-Rudd | the Unionist MP for Ashby Fold
@b Kelly Dunmore | care worker
@c - | A spokesman for the MP
@d Members' Allowances Office | -
@e Lorcan Healy | director of Clean Politics Now
HOT TUB HYPOCRITE: MP'S £3,800 SPLASH ON YOUR CASH
An MP who lectured voters about "⟦p:a|tightening our belts⟧" claimed more than £3,800 in expenses for a HOT TUB at his second home, the Daily Clarion can reveal.
Giles Pemberton-Rudd, the Unionist MP for Ashby Fold, described the item on his claim form as "⟦p:a|therapeutic equipment⟧".
Last night he insisted: "⟦d:a|Everything was within the rules. I have a long-standing back condition and this was recommended by my physiotherapist.⟧"
But care worker Kelly Dunmore, 34, fumed: "⟦d:b|I can't afford to put the heating on and he's sat in a hot tub on my money. Unbelievable.⟧"
A spokesman for the MP later said he would "⟦p:c|happily repay⟧" the sum "⟦p:c|if that is what the authority decides⟧".
The Members' Allowances Office said: "⟦d:d|We are aware of the claim and are reviewing it in the usual way.⟧"
Lorcan Healy, director of Clean Politics Now, said: "⟦d:e|This is exactly why people don't trust politicians. 'Therapeutic equipment'? Pull the other one.⟧"

### 012
@a Ngozi Eze-Whitfield | the government chief whip
@b - | one former minister
@c Alasdair Munro | Her predecessor
Ngozi Eze-Whitfield, the government chief whip, keeps a jar of boiled sweets on her desk and, according to colleagues, the voting records of all 312 of her MPs in her head. Her office at the end of a dim corridor is known to everyone in the building as “⟦s:-|the Engine Room⟧”.
She laughs at the reputation that goes with it. “⟦d:a:m|People imagine the job is all threats and dark corridors. Some of it is, I won't pretend otherwise. But most of it is listening. Somebody's mother is ill, somebody's marriage is in trouble, somebody thinks the fisheries minister was rude to them in the lift.⟧
“⟦d:a:m|You deal with all of that, patiently, for weeks. And then on a Tuesday night you ask them to walk through a lobby for something they don't much like.⟧
“⟦d:a|If you've done the first part properly, they usually do.⟧”
Not everyone remembers it so fondly. One former minister, sacked after rebelling over the welfare bill, calls her “⟦p:b|the nicest person ever to end my career⟧”.
“⟦d:b|She never raised her voice. She didn't need to. She just looked at you as if you'd let her down personally,⟧” he says.
Her predecessor, Alasdair Munro, is more sanguine. “⟦d:c|Ngozi is far better at it than I was. I shouted. Shouting doesn't work,⟧” he says.
Asked whether she would one day like a department of her own, Eze-Whitfield pauses for a long time. “⟦d:a|Ask me after the election,⟧” she says.

### 013
@a Farhad Karimi | foreign minister
@b Leyla Nazari | President
Farhad Karimi, 61, has served as foreign minister of Dastan under President Leyla Nazari since 2019. He spoke to the Ledger in his office in Qaranshahr. The interview has been edited for length and clarity.
Q: Last month you called the new sanctions package "⟦p:a|economic theatre⟧". Do you still think that?
A: I said it and I stand by it. Sanctions that exempt the things that matter are a performance for a domestic audience. Everybody in the room understands this, including the people who drafted them.
Q: Your critics at home say your policy towards your neighbours amounts to "⟦s:-|the open door⟧". Is that fair?
A: It is a slogan, and slogans are cheap. We have open trade, yes. We do not have open borders. As the president said in her speech to the assembly, "⟦d:b|a wall with a door in it is still a wall.⟧" People like to forget the second half of that sentence.
Q: Will you stand for the presidency yourself?
A: I have a job. It is difficult enough.

### 014
@a Evangeline Tran | President Mercer's nominee to lead the Department of Commerce
@b Harlan Woodbury | the committee's ranking member
@c Dolores Ybarra | Committee chairwoman
@d - | A protester in the gallery
LAKEPORT (Allied Press) -- Evangeline Tran, President Mercer's nominee to lead the Department of Commerce, told senators on Tuesday that she would ``⟦p:a|put workers first⟧'' in any new round of trade talks.
``⟦d:a|I grew up above my parents' nail salon in East Harmon. I know what a tariff does to a small business, because I watched my mother do the accounts at the kitchen table,⟧'' Tran told the Senate Commerce Committee.
Sen. Harlan Woodbury of West Cascadia, the committee's ranking member, was not persuaded. ``⟦d:b|You've never run anything bigger than a think tank,⟧'' he said. ``⟦d:b|Why should we trust you with forty-seven thousand employees?⟧''
``⟦d:a|Because I've spent twenty years studying what goes wrong when people who have run big things run them badly,⟧'' she replied.
A protester in the gallery shouted ``⟦d:d|Ask her about the pipeline!⟧'' and was escorted out by Capitol police.
Committee chairwoman Sen. Dolores Ybarra said she expected a vote ``⟦p:c|within two weeks.⟧'' ``⟦d:c|The nominee has answered every question put to her, which is more than I can say for some,⟧'' Ybarra said.

### 015
@a Fiona Gallacher | returning officer
@b Joseph Mwangi | the Green Union candidate
@c Rhiannon Pugh | The defeated Civic Alliance candidate
@d - | one Civic Alliance activist
It was 3.47am when returning officer Fiona Gallacher stepped up to the microphone at the Kelvinhaugh leisure centre and ended forty years of history.
“⟦d:a|I hereby declare that Joseph Mwangi is duly elected to serve as the member for Kelvinhaugh and Bryce,⟧” she said, barely audible over the cheering.
Joseph Mwangi, the Green Union candidate, took the seat with a majority of 2,906 on a swing of almost 19 per cent. By breakfast the result was already being called a “⟦s:-|Greenquake⟧” on social media.
“⟦d:b|They told us this was a safe seat. There is no such thing as a safe seat,⟧” the 29-year-old told supporters. “⟦d:b|There are only seats where people haven't been asked properly.⟧”
The defeated Civic Alliance candidate, Rhiannon Pugh, congratulated him in a short speech. “⟦d:c|The voters have spoken and I respect their verdict. Joseph, look after this place. It deserves it,⟧” she said.
Out in the car park, one Civic Alliance activist was less gracious. “⟦d:d|We didn't lose this tonight. We lost it three years ago and nobody in head office noticed,⟧” he said, lighting a cigarette.

### 016
@a Valentina Quispe Mamani | Interior Minister
@b Rodrigo Balcázar | an opposition deputy from the Andean Front
@c Inés Carrasco | Chamber president
Sierra Verde's interior minister survived a no-confidence vote by three votes on Wednesday after a stormy 11-hour debate in the Chamber of Deputies in San Ildefonso.
Interior Minister Valentina Quispe Mamani, accused of mishandling weeks of highway blockades in the northern provinces, told deputies: "⟦d:a|No me voy a esconder detrás de nadie⟧" ("⟦d:a|I am not going to hide behind anyone⟧").
"⟦d:a|The blockades were lifted without a single death. I would ask my critics to remember that before they remember anything else,⟧" she said, according to a translation provided by the chamber.
Rodrigo Balcázar, an opposition deputy from the Andean Front, accused her of "⟦p:b|governing by television⟧". "⟦d:b|She arrived three days late and left after an hour,⟧" he said. "⟦d:b|That is not leadership. That is tourism.⟧"
Chamber president Inés Carrasco twice suspended the session as deputies from both sides crowded into the well of the chamber. "⟦d:c|Señores diputados, un poco de respeto⟧" ("⟦d:c|Deputies, a little respect⟧"), she pleaded at one point.
The motion received 61 votes; 64 were needed to remove the minister.

### 017
@a - | one negotiator from the Liberal People's Party
@b - | A senior Social Democrat involved in the talks
@c Annelies Brouwer | The royal mediator
@d Pieter van der Wal | The Liberal leader
@e Social Democratic Party | -
Coalition talks in Lowmark were on the brink of collapse on Sunday night after the two largest parties failed to agree on pension reform, according to people familiar with the negotiations.
"⟦d:a|We are further apart than we were a month ago,⟧" one negotiator from the Liberal People's Party said. "⟦d:a|Nobody wants to be the one who walks out, but nobody is moving either.⟧"
A senior Social Democrat involved in the talks described the Liberal position as "⟦p:b|frankly insulting⟧" and accused its leader of "⟦p:b|playing to the gallery⟧".
The royal mediator, Annelies Brouwer, emerged from the Staatenhuis shortly before midnight. "⟦d:c|I remain hopeful,⟧" she told waiting reporters. "⟦d:c|But hope is not a plan, and I have told both parties so.⟧"
The Liberal leader, Pieter van der Wal, took to social media an hour later. "⟦d:d|We have made three offers. We are still waiting for one in return,⟧" he wrote.
The Social Democratic Party said in a statement: "⟦d:e|We will not sign up to any agreement that raises the pension age. That has always been our red line and it remains our red line.⟧"
Lowmark has been without a government for 143 days.

### 018
@a Kalani Akana | Port Ellery Mayor
@b - | One reporter
@c Dale Horrocks | the city's emergency management director
@d Lupe Fonoti | -
Port Ellery Mayor Kalani Akana defended the city's response to last week's floods at a tense news conference on Monday, saying crews had done “⟦p:a|everything humanly possible⟧”.
“⟦d:a|We had eleven inches of rain in nine hours. No drainage system in the world is designed for that,⟧” Akana said.
One reporter asked why warning sirens had not sounded in the Lowtown district until after midnight. “⟦d:b|Were you asleep, Mayor?⟧”
“⟦d:a|I was in the emergency operations centre, as you well know,⟧” Akana replied. “⟦d:a|And I'll be there again tonight if I need to be.⟧”
Dale Horrocks, the city's emergency management director, said a fault at a relay station had delayed the alert by “⟦p:c|roughly forty minutes⟧”. “⟦d:c|That's on us, and we'll fix it,⟧” he said.
Outside City Hall, Lupe Fonoti, whose house on Marsh Road took in four feet of water, was unimpressed. “⟦d:d|Forty minutes is the difference between saving your photos and losing everything,⟧” she said. “⟦d:d|I lost everything.⟧”

### 019
@a Thandiwe Mokoena | general secretary of the National Union of Educators
@b Oisín Keogh | a maths teacher from Dunmore Vale
@c Lorraine Baptiste | Education Secretary
@d - | A Department for Education spokesperson
Thousands of teachers marched on Assembly Square on Saturday in the biggest education protest for a generation, many carrying placards reading "⟦s:-|Pay Us What We're Worth⟧" and "⟦s:-|Crumbling Schools, Crumbling Futures⟧".
Addressing the crowd from a flatbed lorry, Thandiwe Mokoena, general secretary of the National Union of Educators, said the government had "⟦p:a|run out of road⟧".
"⟦d:a|We have been patient. We have been reasonable. We have been told, year after year, that the money isn't there,⟧" she said. "⟦d:a|Well, the money was there for everything else.⟧"
The crowd responded with chants of "⟦s:-|Whose schools? Our schools!⟧"
Oisín Keogh, 27, a maths teacher from Dunmore Vale, had travelled down overnight by coach. "⟦d:b|I love the job. I just can't afford to do it much longer,⟧" he said. "⟦d:b|Half my friends from training have already left to teach abroad.⟧"
Education Secretary Lorraine Baptiste, who earlier in the week told MPs the offer was "⟦p:c|fair and final⟧", did not comment on the march.
A Department for Education spokesperson said: "⟦d:d|The offer on the table represents the largest pay rise for teachers in more than a decade.⟧"

### 020
@a Vikram Desai | The Chancellor
@b Hamish Crawford-Leith | His opposite number
@c Office for Fiscal Review | -
@d Nisha Varghese | chief economist at the Harland Institute
The Chancellor, Vikram Desai, delivered what he called a “⟦p:a|budget for builders⟧” on Wednesday, cutting stamp duty for first-time buyers and promising billions for local transport.
“⟦d:a|For too long this country has patched and mended when it should have built,⟧” he told the Commons. “⟦d:a|Today we start building.⟧”
“⟦d:a:m|We will raise the threshold for first-time buyers to £400,000. We will double the fund for buses and trams outside our big cities. And we will pay for it, every penny, without a single increase in the rates of income tax.⟧
“⟦d:a|That is the difference between this government and the last one.⟧”
His opposite number, Hamish Crawford-Leith, dismissed the statement as “⟦p:b|smoke and mirrors⟧”. “⟦d:b|The Chancellor has promised to build everything except trust,⟧” he said. “⟦d:b|He has frozen the thresholds for the fourth year running. That is a tax rise, and he knows it.⟧”
The Office for Fiscal Review said the plans were “⟦p:c|broadly credible⟧” but warned of “⟦p:c|material risks⟧” to the borrowing forecast.
Nisha Varghese, chief economist at the Harland Institute, a think tank, was more cautious still. “⟦d:d|The numbers add up only if growth does exactly what the Treasury hopes it will do,⟧” she said. “⟦d:d|That is a very big if.⟧”

### 021
@a Teodor Vasilescu | the Civic Alliance leader
@b - | a man near the back of the hall
@c Amara Conteh | a delegate from Port Rillian
Teodor Vasilescu, the Civic Alliance leader, used his closing speech to the party conference in Marlhaven on Wednesday to promise what aides had spent a week briefing as a “⟦s:-|reset⟧”: fewer pledges, smaller ones, and a vow to keep every one of them.
“⟦d:a:m|I have stood on this stage four times and made you promises. Some of them we kept. Some of them, let us be honest with each other, we did not.⟧
“⟦d:a:m|So this year I am going to do something unusual for a politician. I am going to promise less.⟧
“⟦d:a|Five things. Written down, costed, with a date next to each one. And if we do not deliver them, you will know exactly whom to blame.⟧”
The hall had barely settled when a man near the back of the hall stood and shouted: “⟦d:b|What about the pensioners, Teodor?⟧”
Vasilescu paused, smiled and leaned into the microphone. “⟦d:a|Sir, the pensioners are promise number three. Stay for the rest and I'll get to you,⟧” he said, to laughter and sustained applause.
The speech, which ran to just 38 minutes, was the shortest of his leadership.
Amara Conteh, a delegate from Port Rillian, said it had been the best of the four. “⟦d:c|He sounded like a man who'd stopped trying to please everybody,⟧” she said. “⟦d:c|Whether he can stick to five things for a whole year is another matter.⟧”

### 022
@a Dominic Ashgrove | the MP for Wexcombe
@b National Renewal | -
@c Ibrahim Al-Sayegh | The party chairman
@d Coralie Fenwick | Progress Party leader
Dominic Ashgrove, the MP for Wexcombe, defected from National Renewal to the Progress Party on Monday, becoming the third government MP to cross the floor this year.
In a letter to constituents published on his website, Ashgrove wrote: "⟦d:a|I did not leave my party. My party left the people who sent me to Parliament.⟧"
"⟦d:a|I have spent nine months trying to change things from the inside. I have concluded that it cannot be done,⟧" he added.
National Renewal said it was "⟦p:b|disappointed but not surprised⟧" and called on him to stand down and fight a by-election.
The party chairman, Ibrahim Al-Sayegh, went further. "⟦d:c|Dominic was elected on our manifesto, with our leaflets, by our activists,⟧" he told reporters outside party headquarters. "⟦d:c|If he had any honour, he would let the people of Wexcombe decide.⟧"
Ashgrove, asked about the remarks as he arrived at the Commons, shrugged. "⟦d:a|Ibrahim is entitled to his opinion. I'm entitled to my conscience,⟧" he said.
Progress Party leader Coralie Fenwick welcomed her newest MP with a hug for the cameras. "⟦d:d|Dominic is a man of principle and he is very welcome,⟧" she said. "⟦d:d|I suspect he will not be the last.⟧"

### 023
@a Brendan Kilcullen | Housing Minister
@b Aroha Whaanga | the opposition's housing spokeswoman
@c - | One government backbencher
Housing Minister Brendan Kilcullen has apologised after a post on social media in which he appeared to describe renters as “⟦p:a|people who haven't got round to buying yet⟧”.
The post, made late on Sunday and deleted within an hour, read in full: “⟦d:a|Lots of noise today from people who haven't got round to buying yet. Plenty of us rented once. It's called getting on with it.⟧”
By then it had been shared more than 40,000 times.
Aroha Whaanga, the opposition's housing spokeswoman, responded with a post of her own. “⟦d:b|Minister, I rent. So do 1.3 million households in this country. We have got round to it. We just can't afford it,⟧” she wrote.
On Monday morning Kilcullen issued a statement. “⟦d:a|My post was clumsy and I regret it. I know how hard things are for renters and I did not mean to make light of it.⟧”
“⟦d:a|I have deleted it and I apologise to anyone I offended.⟧”
One government backbencher said the episode had been “⟦p:c|self-inflicted and entirely avoidable⟧”. “⟦d:c|Somebody needs to take his phone off him after ten o'clock,⟧” the MP said.

### 024
@a Margaret Oduya | The Parliamentary Commissioner for Standards
@b Simon Thackeray | the MP for Eastleigh Vale
@c Standards Committee | -
@d - | One colleague who has known him for twenty years
The MP for Eastleigh Vale has been found to have broken the rules on paid lobbying on six separate occasions, in a report that accuses him of a "⟦p:a|cavalier disregard⟧" for the code of conduct.
The Parliamentary Commissioner for Standards, Margaret Oduya, found that Simon Thackeray had contacted ministers and officials on behalf of two firms that paid him a combined £112,000 a year.
"⟦d:a|Mr Thackeray's conduct fell well below the standard the public is entitled to expect,⟧" Oduya wrote. "⟦d:a|His breaches were serious, repeated and, in my view, knowing.⟧"
The Standards Committee, which considered her findings, recommended a 30-day suspension from the House, which would trigger a recall petition. "⟦d:c|We see no mitigating circumstances that would justify a lesser sanction,⟧" the committee said.
In a statement, Thackeray said he was "⟦p:b|bitterly disappointed⟧" and that the process had been "⟦p:b|unfair from start to finish⟧".
"⟦d:b|At no point did I seek to influence any decision for financial gain. I have always put Eastleigh Vale first,⟧" he said. "⟦d:b|I will be consulting my lawyers.⟧"
One colleague who has known him for twenty years was unsympathetic. "⟦d:d|Simon always thought the rules were for other people,⟧" the MP said.

### 025
@a Montserrat Vilaró | First Minister
@b Núria Casademont | the opposition leader
@c - | one journalist
@d Jordi Ferrer i Sala | the Assembly's presiding officer
First Minister Montserrat Vilaró survived a confidence vote in the Lorvanian Assembly on Thursday, but only after a bruising exchange with the opposition leader, Núria Casademont, over the collapse of the regional rail operator.
«⟦d:b|You promised this chamber a railway that would run on time. You have given us a railway that does not run at all,⟧» Casademont said.
Vilaró was on her feet before the applause had died. «⟦d:a|The honourable member's party sold that railway for a euro in 2014. I am trying to buy it back, and I am paying rather more than a euro,⟧» she said.
«⟦d:b|Then pay for it and stop talking about it,⟧» Casademont replied.
The Assembly's presiding officer, Jordi Ferrer i Sala, called both women to order. «⟦d:d|This is a confidence debate, not a pantomime. Speak through the chair, please,⟧» he said.
The motion was defeated by 49 votes to 44. Leaving the chamber, Vilaró was asked by one journalist whether the result was a victory. «⟦d:c|Are you relieved, First Minister?⟧»
«⟦d:a|I'm employed,⟧» she said. «⟦d:a|That will do for today.⟧»

### 026
@a Kenji Watanabe-Hollis | moderator
@b Abena Osei-Bonsu | the Workers' Party candidate
@c Declan Ruddock | the Unionist candidate
@d Sunita Pillai | the Liberal candidate
The first televised debate of the Harwick mayoral race turned ill-tempered within minutes on Tuesday night, as the three leading candidates clashed over crime and the cost of public transport.
"⟦d:a|Let's start with safety on the buses, which every poll tells us is the number one concern,⟧" said moderator Kenji Watanabe-Hollis. "⟦d:a|Ms Osei-Bonsu, you have ninety seconds.⟧"
Abena Osei-Bonsu, the Workers' Party candidate, promised 400 more transport officers. "⟦d:b|People should not be frightened to get on a bus at ten o'clock at night. That should not be controversial,⟧" she said.
Declan Ruddock, the Unionist candidate, interrupted: "⟦d:c|And who's paying for it? Because it won't be you.⟧"
"⟦d:a|Mr Ruddock, you'll get your turn,⟧" Watanabe-Hollis said.
Sunita Pillai, the Liberal candidate, tried to cast herself as the grown-up in the room. "⟦d:d|I've listened to these two argue for four months. Neither of them has told you where the money comes from,⟧" she said. "⟦d:d|I will.⟧"
"⟦d:d|A congestion charge on the inner ring road. There. I've said it,⟧" Pillai replied, to a mixture of boos and applause from the studio audience.
A snap poll for the Harwick Evening Post after the debate put Pillai narrowly ahead.

### 027
@a Korvian Foreign Ministry | -
@b Arseniy Gorelik | Korvia's ambassador in Tarsland
@c Ingrid Solvang | Tarsland's foreign minister
@d - | a Korvian official
VESTHOLM, Oct 2 (Meridian Wire) - Tarsland summoned Korvia's ambassador on Wednesday after a Korvian military aircraft entered its airspace for the third time in a month, in an escalating dispute over the Halm Islands.
Tarsland's foreign minister, Ingrid Solvang, said the incursion was “⟦p:c|deliberate, dangerous and unacceptable⟧”. “⟦d:c|We have made our position clear to the ambassador in the plainest possible terms,⟧” she told reporters in Vestholm. “⟦d:c|There will be consequences if this happens again.⟧”
Arseniy Gorelik, Korvia's ambassador in Tarsland, spent 40 minutes at the foreign ministry. Leaving the building, he told reporters the meeting had been “⟦p:b|frank⟧”. “⟦d:b|Our aircraft was on a routine training flight. We regret any misunderstanding,⟧” he said.
The Korvian Foreign Ministry later rejected the complaint outright. “⟦d:a|The so-called incursion took place in international airspace, as our radar data clearly shows,⟧” the ministry said in a statement.
A Korvian official, speaking on condition of anonymity, was more candid. “⟦d:d|They want us to say sorry. We are not going to say sorry,⟧” the official said.

### 028
@a Reginald Poskitt | chairman of Great Lusby Parish Council
@b Janice Ogunleye | the parish clerk
@c Alan Trimm | Councillor
@d Winifred Hale | -
It was supposed to take five minutes. In the end, the question of what to write on a plaque for a new bench on Great Lusby village green took up most of a two-hour meeting of the parish council on Tuesday.
Reginald Poskitt, chairman of Great Lusby Parish Council, proposed the wording "⟦s:-|Rest a While⟧". Councillor Alan Trimm, who had paid for half the bench, wanted it to name his late father.
"⟦d:c|Dad sat on that green every day for sixty years. I don't think it's too much to ask,⟧" said Mr Trimm.
"⟦d:a|Nobody is saying it's too much, Alan. We're saying there's a policy,⟧" Mr Poskitt replied.
"⟦d:c|Whose policy? I've never seen it.⟧"
The parish clerk, Janice Ogunleye, confirmed that a policy did exist and had been adopted in 2009. "⟦d:b|It says memorial plaques must be approved by the full council. It doesn't say what they can or can't say,⟧" she said helpfully.
At one point Mr Poskitt had to call the meeting to order. "⟦d:a|Order, order. We are not going to fall out over a bench,⟧" he said.
Winifred Hale, who has attended every meeting for fourteen years, said from the public seats: "⟦d:d|You already have.⟧"
The council eventually agreed, by four votes to three, on "⟦s:-|In memory of Frank Trimm, who loved this green⟧".

### 029
@a Jasper Fairleigh | the Transport Secretary
@b Chloe Nakamura | his special adviser
@c - | A spokesman for the Transport Secretary
@d Idris Bello | the shadow transport secretary
The Transport Secretary privately told an adviser to "⟦p:a|make the numbers go away⟧" weeks before the government published a review of the delayed Northline rail project, according to messages seen by the Observer-Herald.
The WhatsApp exchange between Jasper Fairleigh, the Transport Secretary, and Chloe Nakamura, his special adviser, took place late on the evening of 14 February.
"⟦d:a|Cost number is a disaster. Can we present it over a longer period or something? Just make the numbers go away,⟧" Fairleigh wrote at 11.42pm.
"⟦d:b|Not sure that's possible, J. Treasury have already seen them,⟧" Nakamura replied.
"⟦d:a|Then get them unseen,⟧" he wrote back, followed by a laughing emoji.
A spokesman for the Transport Secretary said the messages had been "⟦p:c|cherry-picked⟧" and were "⟦p:c|obviously a joke between colleagues⟧". "⟦d:c|The review was published in full and its figures were independently verified,⟧" he said.
Idris Bello, the shadow transport secretary, said that was "⟦p:d|not good enough⟧". "⟦d:d|If this is a joke, nobody in the north is laughing,⟧" he said.

### 030
@a Gwen Llewellyn | presenter
@b Mick Farrelly | general secretary of the Rail and Maritime Union
@c Yusuf Demir | the transport minister
@d Sandra | One caller
The rail union leader and the transport minister came face to face on Radio Aberwen's morning programme on Thursday, and neither gave an inch.
Mick Farrelly, general secretary of the Rail and Maritime Union, said the strike planned for next week would go ahead. "⟦d:b|Our members have had a real-terms pay cut four years in a row. Nobody takes that lying down,⟧" he said.
"⟦d:a|Minister, is there any more money?⟧" asked presenter Gwen Llewellyn.
"⟦d:c|There's a fair offer on the table, and Mick knows it,⟧" replied Yusuf Demir, the transport minister.
"⟦d:b|I know no such thing,⟧" Farrelly said.
"⟦d:c|Then you haven't read it.⟧"
One caller, Sandra from Llanferran, said she would lose a day's pay if she could not get to work. "⟦d:d|I support the workers, I do. But I've got a mortgage as well,⟧" she said.
Llewellyn tried one final time. "⟦d:a|Will you two meet today, yes or no?⟧"
"⟦d:b|Yes,⟧" said Farrelly. After a pause, Demir said: "⟦d:c|My door is always open.⟧"

### 031
@a Priyanka Deshmukh | The judge
@b Terence Mullaney | the 58-year-old
@c Halima Yusuf | the Green Union candidate who brought the petition
@d - | A spokesperson for Ravenshill City Council
An election court has overturned the result of a Ravenshill council by-election that was won by three votes, after finding that dozens of postal ballots had been wrongly rejected.
The judge, Mrs Justice Priyanka Deshmukh, said the errors had been "⟦p:a|systemic rather than isolated⟧". "⟦d:a|I am satisfied that, had these ballots been counted, the result may well have been different. In those circumstances the election cannot stand,⟧" she said in her judgment.
Terence Mullaney, whose victory in the Brookfield ward last May was declared void, said he was "⟦p:b|gutted⟧". "⟦d:b|I didn't do anything wrong. I stood, I knocked on doors, I won,⟧" the 58-year-old said outside the court. "⟦d:b|Now I've got to do it all again.⟧"
Halima Yusuf, the Green Union candidate who brought the petition, said she had been vindicated. "⟦d:c|This was never about me. It was about 41 people whose votes were thrown in a bin,⟧" she said.
A spokesperson for Ravenshill City Council said: "⟦d:d|We accept the court's findings in full and apologise to the voters of Brookfield. A new election will be held as soon as the law allows.⟧"

### 032
@a Maya Kowalczyk | a sixth-former at Hartsfield Academy
@b Deion Campbell | the 17-year-old
@c Ayesha Siddiqui | Deputy Speaker
The green benches of the Commons chamber were filled on Friday by 300 members of the Youth Parliament, who debated lowering the voting age to 16 in all elections and voted overwhelmingly in favour.
Deputy Speaker Ayesha Siddiqui, who chaired the session, opened it with a warning. “⟦d:c|The rules of this House apply to you exactly as they apply to the usual occupants. In fairness to you, you may find that you follow them rather better,⟧” she said.
Maya Kowalczyk, 16, a sixth-former at Hartsfield Academy, moved the motion. “⟦d:a|I can work, I can pay tax, I can join the army. But I can't have a say on who spends that tax or sends that army anywhere,⟧” she said. “⟦d:a|Explain that to me.⟧”
Speaking against, Deion Campbell, from Lowmoor, said most of his friends were “⟦p:b|not remotely interested⟧” in politics. “⟦d:b|Giving people a vote they don't want isn't democracy, it's homework,⟧” the 17-year-old said, to laughter.
“⟦d:c|Order. Order. I did say the rules apply,⟧” Siddiqui said as the cheering went on.
The motion passed by 241 votes to 52.

### 033
@a Hywel Pritchard | the former deputy prime minister
@b Catrin Pritchard-Lowe | His daughter
@c Malcolm Ferrante | Prime Minister
Hywel Pritchard, the former deputy prime minister, who has died aged 91, was the last of a generation of politicians who came into Parliament from the pit and the chapel, and never let anyone forget either.
The son of a collier from Cwm Erwydd, he won the seat of Dyffryn West in 1966 and held it for 35 years. In his maiden speech he told the House: "⟦d:a|I am here because eleven men died underground in my father's pit, and nobody in this building came to the funerals.⟧"
His sharp tongue and Sunday-school moralising earned him the nickname "⟦s:-|the Iron Deacon⟧", which he affected to dislike and privately treasured.
As deputy prime minister during the fuel crisis of 1983 he was famously asked on television whether the government had lost control. "⟦d:a|We have lost our tempers, young man. That is not the same thing,⟧" he replied.
He was, by his own account, "⟦p:a|a poor minister and a decent MP⟧". Colleagues thought him too hard on himself on the first count.
His daughter, Catrin Pritchard-Lowe, said he had died peacefully at home. "⟦d:b|Dad would want me to say that he was proud of every single vote he cast, including the ones he lost,⟧" she said.
Prime Minister Malcolm Ferrante led the tributes. "⟦d:c|Hywel was a giant of our movement and a man of total integrity. We will not see his like again,⟧" he said.

### 034
@a Lucía Herrera-Blake | the Prime Minister
@b - | one reporter
@c Tom Gallagher | -
Somewhere over the Arcadian Sea on Monday night, Lucía Herrera-Blake walked to the back of the government jet, perched on an armrest and took questions from the dozen journalists travelling with her to the Pacific Rim summit.
She was asked first about the trade deal that is supposed to be the centrepiece of the trip. “⟦d:a|It's not signed until it's signed. But I'm optimistic, and I'm not an optimistic person,⟧” the Prime Minister said.
“⟦d:b|Is it true you'll concede on agricultural tariffs?⟧” one reporter asked.
“⟦d:a|Nice try.⟧”
Tom Gallagher of the Northern Ledger asked whether she would use the trip to meet the Korvian president, with whom she has not spoken since March.
“⟦d:c|Will you shake his hand, Prime Minister?⟧”
“⟦d:a|If he offers it, I'll take it. I was brought up properly,⟧” she said.
She declined to be drawn on the leadership rumblings at home, describing them as “⟦p:a|capital weather⟧”. Then she was gone, back behind the curtain, leaving a slightly stale smell of airline coffee and one more question unanswered.

### 035
@a Ailsa MacLeod | chief executive of Yes for Ardmuir
@b Kirsty Baird | the No campaign's director
@c Rohan Iyer | a polling expert at the University of Kilbrannan
@d - | one voter in Portnahaven
With three weeks to go until the referendum on Ardmuir's future, both sides insisted on Sunday that momentum was with them.
Ailsa MacLeod, chief executive of Yes for Ardmuir, launched the campaign's final push beneath a banner reading "⟦s:-|Our Island, Our Choice⟧". "⟦d:a|For forty years other people have decided what happens here. On the 18th, we decide,⟧" she said.
Kirsty Baird, the No campaign's director, accused her opponents of "⟦p:b|selling a dream with no price tag⟧". "⟦d:b|Nobody has told the people of Ardmuir what currency they'll be paid in, or who will pay their pensions,⟧" Baird said. "⟦d:b|Until they do, the answer has to be no.⟧"
MacLeod hit back within the hour. "⟦d:a|Kirsty has been asking that question for two years. She's had the answer for two years. She just doesn't like it,⟧" she said.
Rohan Iyer, a polling expert at the University of Kilbrannan, said the race was "⟦p:c|genuinely too close to call⟧". "⟦d:c|The undecideds are older and more rural than the island as a whole. Whoever wins them wins,⟧" he said.
On the harbour wall, one voter in Portnahaven summed up the mood. "⟦d:d|I'll decide in the booth. Same as always,⟧" he said.

### 036
@a Marisela Ortega-Finch | a second-term member of the Prairie Party
@b - | one woman in the front row
@c Gary Lindholm | a retired trucker from Bemis Falls
@d - | someone at the back
BEMIS FALLS -- Rep. Marisela Ortega-Finch, a second-term member of the Prairie Party, had barely finished her opening remarks at the high school gym on Saturday before the questions turned hostile.
``⟦d:b|You voted for the water bill. My well went dry in August. What did that bill do for me?⟧'' one woman in the front row asked.
``⟦d:a|Ma'am, that bill put four million dollars into rural wells in this district, and I will personally make sure your county gets its share,⟧'' Ortega-Finch said.
``⟦d:d|Answer the question!⟧'' someone at the back yelled.
``⟦d:a|I thought I just did,⟧'' she said.
Gary Lindholm, 66, a retired trucker from Bemis Falls, said he had driven forty minutes to ask about the closure of the county hospital's maternity ward. ``⟦d:c|My granddaughter is due in March. The nearest delivery room is now ninety miles away. In January. On these roads,⟧'' he said.
Ortega-Finch said she had written to the hospital's board and called the closure ``⟦p:a|indefensible.⟧''
After the meeting she lingered for almost an hour, taking names and phone numbers. ``⟦d:a|They have every right to be angry. I'd be angry,⟧'' she told reporters. ``⟦d:a|The job is to stand here and take it, and then go back and fix it.⟧''

### 037
@a Conrad Illingworth | the Deputy Prime Minister
@b - | an aide
@c Ewa Zielińska | Cressford's mayor
@d - | A spokeswoman for the Deputy Prime Minister
The Deputy Prime Minister has been forced to apologise after he was caught on a live microphone describing a town he had just visited as "⟦p:a|a dump⟧".
Conrad Illingworth made the remark as he sat down for a television interview in Cressford on Thursday, apparently unaware that his microphone had already been switched on.
"⟦d:a|Well, that was a dump. Remind me never to come back here,⟧" he can be heard saying.
"⟦d:b|Mic's live, sir,⟧" an aide replies.
The clip has been viewed more than two million times.
Cressford's mayor, Ewa Zielińska, said she had been "⟦p:c|hurt but not surprised⟧". "⟦d:c|He spent twenty minutes here, most of it in a car park,⟧" the town's mayor said. "⟦d:c|He's very welcome to come back and see the rest of it. I'll even give him the tour.⟧"
A spokeswoman for the Deputy Prime Minister said he had phoned the mayor to apologise "⟦p:d|personally and unreservedly⟧". "⟦d:d|It was a silly, throwaway comment at the end of a long day and he regrets it,⟧" she said.
Illingworth later told reporters: "⟦d:a|I said something stupid. I'm sorry. Cressford deserves better from me.⟧"

### 038
@a Bridget Halloran | the outgoing Justice Secretary
@b Raymond Chu | the new Justice Secretary
@c - | One ally of Halloran
@d - | a senior government source
Bridget Halloran, the outgoing Justice Secretary, was the most prominent casualty of Friday's reshuffle, and by mid-afternoon her allies were making little effort to hide their anger.
“⟦d:c|She was told at nine and it was on the news at ten past. That tells you everything about how this building treats people,⟧” said one ally of Halloran, who asked not to be named.
Halloran herself was more measured. In a post on social media she wrote: “⟦d:a|It has been the privilege of my life to serve as Justice Secretary. I leave with my head held high and will continue to support the government from the back benches.⟧”
A senior government source insisted the decision was about “⟦p:d|renewal, not retribution⟧”. “⟦d:d|Bridget did a solid job. But the prison numbers weren't moving and the Prime Minister wanted a fresh pair of eyes,⟧” the source said.
Raymond Chu, the new Justice Secretary, arrived at the ministry shortly after four. “⟦d:b|I'm honoured, I'm excited, and I've got a lot of reading to do,⟧” he said on the steps.
Asked whether he had spoken to his predecessor, he said: “⟦d:b|I've left her a message. I'd value her advice.⟧”

### 039
@a Aminata Sesay | a former health minister
@b Abernethy | a crossbencher and former senior judge
@c Ekaterina Lindqvist | the Home Office minister
Peers inflicted a heavy defeat on the government's Public Order Bill on Monday, voting by 212 to 148 to strip out powers that would allow police to ban protests judged to be "⟦s:-|seriously disruptive⟧".
Baroness Aminata Sesay, a former health minister, who moved the amendment, said the phrase was "⟦p:a|so broad as to be meaningless⟧". "⟦d:a|Every protest worth the name is disruptive. The suffragettes were disruptive. That was rather the point of them,⟧" she told the House.
Lord Abernethy, a crossbencher and former senior judge, said he had read the clause "⟦p:b|a dozen times⟧" and still could not say what it meant. "⟦d:b|If I cannot tell, my lords, I do not see how a constable on a wet Saturday afternoon is expected to,⟧" he said.
Responding for the government, the Home Office minister, Baroness Ekaterina Lindqvist, said the powers were "⟦p:c|proportionate and necessary⟧". "⟦d:c|The public are entitled to get to work, to hospital and to school. This bill protects that right,⟧" she said.
The bill now returns to the Commons, where ministers are expected to try to overturn the defeat.

### 040
@a Obadiah Whitcombe | a Prairie Party senator from North Tallis
@b Cassandra Vell | Senate Majority Leader
@c - | one Whitcombe staffer
Obadiah Whitcombe, a Prairie Party senator from North Tallis, ended a 19-hour filibuster against the water rights bill shortly after dawn on Thursday, his voice reduced to a croak.
For much of the night he read from letters his grandmother wrote during the drought of the 1950s. “⟦d:a|Listen to this. ‘The well is down to mud and the county man says be patient,’⟧” he told a nearly empty chamber at 3am. “⟦d:a|Seventy years later, the county man is still saying be patient.⟧”
At one point he was reduced to reading the phone numbers of rural water districts. “⟦d:a|I want every one of these people to know their senator is still here,⟧” he said.
Senate Majority Leader Cassandra Vell, who had kept the chamber open overnight to force the marathon, was unmoved. “⟦d:b|The senator has made his point at considerable length. The bill will pass today,⟧” she said.
It did, by 54 votes to 46, three hours later.
“⟦d:c|He had two cups of tea and a banana all night. I don't know how he's standing,⟧” one Whitcombe staffer said.
Whitcombe himself, asked whether it had been worth it, managed a hoarse reply. “⟦d:a|Ask me when I can talk.⟧”

### 041
@a Adebola Fashola-Reyes | Summit president
@b Tevita Havili | lead negotiator for the Alliance of Ocean States
@c Marina Albuquerque | Cabo Verdelha's environment minister
@d - | one delegate from a major oil-producing state
@e Climate Action Coalition | -
PORT ALDAIR, Nov 24 (Continental Press) - Climate talks in Port Aldair ended 31 hours behind schedule on Sunday with a deal that campaigners called «⟦p:e|a wet match in a burning house⟧» and negotiators from low-lying nations said fell far short of what was needed.
Summit president Adebola Fashola-Reyes brought down the gavel to weary applause shortly after 4am. «⟦d:a|This is not the agreement any of us would have written alone. It is the agreement all of us could sign,⟧» she said.
Tevita Havili, lead negotiator for the Alliance of Ocean States, said his delegation had signed «⟦p:b|with a heavy heart⟧». «⟦d:b|We came here asking for a lifeboat. We are going home with a bucket,⟧» he told reporters.
Cabo Verdelha's environment minister, Marina Albuquerque, was blunter still. «⟦d:c|Não é suficiente⟧» («⟦d:c|It is not enough⟧»), she said as she left the plenary hall.
One delegate from a major oil-producing state, speaking on condition of anonymity, defended the text. «⟦d:d|Everyone wanted the moon. This is the real world,⟧» he said.
In a statement, the Climate Action Coalition, which had used the «⟦s:-|wet match⟧» phrase, said: «⟦d:e|History will not judge this summit kindly.⟧»

### 042
@a Hana Nováková | a former data analyst at the Cabinet Office's digital unit
@b Peter Okonjo | The committee chairman
@c Sara Lindahl-Mwale | a Progress Party member of the committee
@d Cabinet Office | -
A former civil servant told MPs on Wednesday that she was instructed to delete records relating to a government contract and was "⟦p:a|frozen out⟧" when she refused.
Hana Nováková, a former data analyst at the Cabinet Office's digital unit, gave evidence to the Public Administration Committee for almost two hours.
"⟦d:a|I was told, in so many words, that the emails had never existed and that I should make sure that remained the case,⟧" she said.
The committee chairman, Peter Okonjo, asked who had given the instruction. "⟦d:b|Can you name that person to this committee?⟧"
"⟦d:a|I can. I have given the name to the committee's clerk in writing, on legal advice,⟧" Nováková replied.
Sara Lindahl-Mwale, a Progress Party member of the committee, asked what happened when she refused.
"⟦d:c|Did anybody threaten you?⟧"
"⟦d:a|Nobody threatened me. They just stopped inviting me to meetings. After a while there is no job left to do, and then you leave.⟧"
"⟦d:c|Thank you. That was very brave,⟧" Lindahl-Mwale said.
The Cabinet Office said it "⟦p:d|strongly refutes⟧" the allegations. "⟦d:d|All records relating to this contract have been retained in line with the relevant policies,⟧" a statement said.

### 043
@a Independent Electoral Commission | -
@b Chikondi Phiri | the commission's spokesman
@c Elias Nkhoma | the opposition candidate
@d - | a Western diplomat in Zomwe
ZOMWE, Aug 9 (Meridian Wire) - Kanembe's electoral commission said on Friday that final presidential results would be delayed by at least three days, prompting accusations of vote-rigging from the opposition and scattered protests in the capital.
The Independent Electoral Commission said in a statement that tally sheets from 412 polling stations had been "⟦p:a|incomplete or inconsistent⟧" and would need to be checked by hand.
"⟦d:a|The commission will not announce a result until it is satisfied that the result is correct,⟧" it said.
The commission's spokesman, Chikondi Phiri, told reporters that the delay was "⟦p:b|regrettable but necessary⟧". "⟦d:b|We would rather be late and right than fast and wrong,⟧" he said.
Elias Nkhoma, the opposition candidate, dismissed the explanation. "⟦d:c|They are not counting the votes. They are changing them,⟧" Nkhoma told supporters outside his party's headquarters. "⟦d:c|We won this election and we will defend our victory.⟧"
A Western diplomat in Zomwe said the mood was "⟦p:d|tense but not yet dangerous⟧".

### 044
@a Yolanda Pérez-Whitfield | a retired schoolteacher who launched the petition
@b Bart Kessler | Mayor
@c Anh Nguyen | City Clerk
CEDAR HOLLOW -- Organizers of a petition to recall Mayor Bart Kessler said Monday they had gathered more than enough signatures to force a special election this fall.
``⟦d:a|We needed 3,100. We've got 4,486, and people are still calling me at home asking where to sign,⟧'' said Yolanda Pérez-Whitfield, a retired schoolteacher who launched the petition.
The drive began in April after Kessler voted to sell the city-owned Lakeview golf course to a developer who had donated to his campaign.
Kessler, in his second term, called the recall ``⟦p:b|a sore-loser tantrum⟧'' and said he had ``⟦p:b|nothing to hide.⟧''
``⟦d:b|If they want to spend sixty thousand dollars of taxpayers' money on an election a year early,⟧'' he said, ``⟦d:b|that is their right. I'll be on the ballot and I expect to win.⟧''
City Clerk Anh Nguyen said her office would need up to 30 days to verify the signatures. ``⟦d:c|We check every single one. That's the law, and that's what we'll do,⟧'' Nguyen said.

### 045
@a Yannick Le Goff | leader of the Valère Autonomy Party
@b Laurent Achour | the minister for territorial affairs
@c - | A source in the minister's office
Thousands of people marched through the streets of Saint-Aurèle on Saturday in support of greater autonomy for the Haute-Valère region, the largest such demonstration in more than a decade.
Yannick Le Goff, leader of the Valère Autonomy Party, told the crowd in the Place du Marché: «⟦d:a|Nous ne sommes pas une province. Nous sommes un peuple⟧» («⟦d:a|We are not a province. We are a people⟧»).
«⟦d:a|The capital has had forty years to listen. We are done asking politely,⟧» he said later in an interview.
Many marchers carried the region's red and gold flag; others held placards reading «⟦s:-|Valère décide⟧».
Laurent Achour, the minister for territorial affairs, said in a radio interview that the government was «⟦p:b|open to dialogue⟧» but would not countenance a referendum. «⟦d:b|The constitution is clear, and I am not going to pretend otherwise to please a crowd,⟧» Achour said.
Le Goff scoffed at that. «⟦d:a|Monsieur Achour has been open to dialogue for three years. We are still waiting for him to say something,⟧» he said.
A source in the minister's office said Achour would visit the region «⟦p:c|before the end of the year⟧».

### 046
@a Gurpreet Dhillon | the committee's chairman
@b Oliver Bracewell | planning agent for Harlow Homes
@c Pamela Ochieng | -
@d Tariq Hussain | Ward councillor
Plans for 220 homes on Millbrook Meadow were thrown out by Kettlewick District Council's planning committee on Wednesday after a packed three-hour meeting.
More than 90 residents squeezed into the council chamber, many wearing stickers reading "⟦s:-|Hands Off Our Meadow⟧".
Oliver Bracewell, planning agent for Harlow Homes, told councillors the scheme would provide "⟦p:b|much-needed affordable housing⟧" and a new primary school. "⟦d:b|Kettlewick needs these homes. The people who will live in them just aren't in this room tonight,⟧" he said.
Pamela Ochieng, of the Save Millbrook Meadow group, said the site flooded "⟦p:c|every single winter⟧". "⟦d:c|I've got photographs of swans swimming where they want to build the school,⟧" she said, holding up a print.
Ward councillor Tariq Hussain said he had never received so many letters on one application. "⟦d:d|Four hundred and twelve, and I've read every one of them,⟧" he said.
Cllr Gurpreet Dhillon, the committee's chairman, repeatedly asked the public to stay quiet. "⟦d:a|I understand the strength of feeling, but if there's any more applause I will clear the gallery,⟧" the chairman warned.
The application was refused by nine votes to two. Harlow Homes is expected to appeal.

### 047
@a Kieran Maguire | the MP for Bransholme
@b Sabitha Raman | the minister for children
@c Leanne Booth | -
MPs debated a petition calling for compulsory first-aid training in secondary schools on Monday, after more than 140,000 people signed it in memory of a 14-year-old boy who died after collapsing on a school field.
Opening the debate in the Grand Committee Room, Kieran Maguire, the MP for Bransholme, said Callum Booth's death had been “⟦p:a|a tragedy that need not have happened⟧”.
“⟦d:a|Callum lay on that field for eleven minutes before anyone who knew what to do reached him. Eleven minutes,⟧” he said. “⟦d:a|If one of his classmates had known CPR, his mother might not be sitting in the gallery today.⟧”
Responding, the minister for children, Sabitha Raman, said the government was “⟦p:b|sympathetic to the aims of the petition⟧” and would consider adding first aid to the curriculum.
“⟦d:b|I want to pay tribute to Callum's family, who have turned unimaginable grief into a campaign that may save other children's lives,⟧” she said.
Leanne Booth, who started the petition, said afterwards she had been “⟦p:c|glad but not satisfied⟧”. “⟦d:c|Considering isn't doing. I'll be back here every year until it's done,⟧” she said.

### 048
@a Neville Ashcombe | the veteran backbencher who organised the rebellion
@b - | One whip
@c Funmilayo Adeyemi | the MP for Carlton Heath
@d - | a spokesperson for the Prime Minister
The government's majority was cut to just seven on Tuesday night as 38 of its own MPs voted against plans to means-test the winter fuel allowance.
Sir Neville Ashcombe, the veteran backbencher who organised the rebellion, said the result should be "⟦p:a|a wake-up call⟧" for ministers. "⟦d:a|I have been in this place for twenty-six years. I have never seen colleagues so unhappy,⟧" he said.
"⟦d:a|This wasn't about defeating the government. It was about making it listen.⟧"
Funmilayo Adeyemi, the MP for Carlton Heath, who voted against the whip for the first time, said she had "⟦p:c|agonised⟧" over the decision. "⟦d:c|I've got 11,000 pensioners in my constituency. I couldn't look them in the eye and vote for this,⟧" she said.
One whip said the rebels had been "⟦p:b|indulged for too long⟧". "⟦d:b|There will be a reckoning. Maybe not this week, but there will be,⟧" the whip said.
A spokesperson for the Prime Minister said: "⟦d:d|The government won the vote. The policy is fair and it will be implemented.⟧"

### 049
@a Soraya Haddad | the youngest member of the cabinet
Soraya Haddad, the youngest member of the cabinet, has been Culture Secretary for fourteen months, and in that time she has been called, among other things, a “⟦s:-|TikTok minister⟧” and a “⟦s:-|lightweight in heels⟧”. She keeps the cuttings in a drawer.
“⟦d:a|Not to be maudlin about it. It's good for me,⟧” she says. “⟦d:a|If I ever get complacent, I open the drawer.⟧”
We meet in her department's seventh-floor office, which still has her predecessor's paintings on the walls.
“⟦d:-|Do you ever regret taking the job?⟧” I ask.
“⟦d:a|Every Tuesday.⟧”
“⟦d:-|Why Tuesday?⟧”
“⟦d:a|Cabinet. Three hours round a table with people who've been doing this since before I could vote.⟧”
“⟦d:-|Do they listen to you?⟧”
“⟦d:a|They do now,⟧” she says, and smiles for the first time in half an hour.

### 050
@a Hemi Tautahi | party general secretary
@b Damilola Akinyemi | a former trade minister
@c Christopher Haig | Her rival
@d - | one MP who backed Haig
Damilola Akinyemi, a former trade minister, was elected leader of the Progress Party on Saturday with 58 per cent of the members' vote, becoming the first black woman to lead a major party in the country.
The result was read out by party general secretary Hemi Tautahi at a conference centre in Ellesby. “⟦d:a|I declare Damilola Akinyemi to be the leader of the Progress Party,⟧” he said, and the hall erupted.
“⟦d:b:m|My grandmother arrived in this country with one suitcase and a letter from her pastor back home. She cleaned offices at night so that my mother could go to school.⟧
“⟦d:b:m|She never voted. She didn't think people like her were allowed.⟧
“⟦d:b|Grandma, we are allowed,⟧” Akinyemi told the audience, her voice cracking.
Her rival, Christopher Haig, said he would serve “⟦p:c|in whatever capacity Damilola sees fit⟧”. “⟦d:c|We had a good contest. She won it fair and square,⟧” he said.
Not all of his supporters were so gracious. “⟦d:d|The members have chosen the candidate the press wanted,⟧” said one MP who backed Haig.

### 051
@a - | A source close to the Foreign Secretary
@b Olamide Bakare | Foreign Secretary
@c - | A party spokesperson
@d - | one backbencher
PLOTTERS' WHATSAPP: BAKARE READY TO STRIKE
Foreign Secretary Olamide Bakare is "⟦p:a|ready to move⟧" against the Prime Minister if the party loses next month's Fenmouth by-election, a source close to the Foreign Secretary claimed last night.
"⟦d:a|Nobody is plotting. But if Fenmouth goes, the phones will ring, and Olamide will answer them,⟧" the source told the Clarion.
A message circulating among backbenchers at the weekend read simply: "⟦d:-|Forty letters by Friday. Keep your heads down till then.⟧" It was not clear who had written it.
Bakare, speaking on a visit to Ostrenvik, insisted he was "⟦p:b|one hundred per cent⟧" behind the Prime Minister. "⟦d:b|I have a day job, and it's quite a big one. I'm focused on that,⟧" he said.
A party spokesperson said: "⟦d:c|This is fantasy. The Prime Minister enjoys the full support of the cabinet.⟧"
But one backbencher laughed when the statement was read to him. "⟦d:d|'Full support.' That's what they always say, right up until they don't,⟧" he said.

### 052
@a Harpreet Kaur Gill | the Progress Party candidate for Eastbrook Green
@b Gurnam Singh Bains | the gurdwara's president
@c Nicholas Venn | her Unionist opponent
Harpreet Kaur Gill, the Progress Party candidate for Eastbrook Green, began her address at the Guru Tegh Bahadur gurdwara on Sunday in Punjabi: "⟦d:a|Tuhāḍe bināṅ maiṅ kujh vī nahīṅ⟧" ("⟦d:a|Without you I am nothing⟧").
Switching to English for the benefit of the press, she promised to fight for a new GP surgery and an end to what she called "⟦p:a|the parking-ticket war⟧" on the high street. "⟦d:a|My dad ran a shop on this road for thirty years. Every week, another ticket. I'm not having it for the next generation,⟧" she said.
Gurnam Singh Bains, the gurdwara's president, said all candidates had been invited. "⟦d:b|We don't tell anyone how to vote. We feed them langar and we ask them hard questions,⟧" he said. "⟦d:b|She answered hers well.⟧"
Her Unionist opponent, Nicholas Venn, who visited the gurdwara a week earlier, said he was "⟦p:c|not worried⟧". "⟦d:c|Eastbrook Green is not going to be won in one afternoon,⟧" he said.

### 053
@a Matthias Oberhauser | Chancellor
@b Ricardo Azevedo Lins | President
@c Claire Dubois-Mensah | -
The two leaders had clearly agreed to agree. Standing side by side in the glass atrium of the chancellery in Aldenburg on Tuesday, Chancellor Matthias Oberhauser of Aldenreich and President Ricardo Azevedo Lins of Terra Alta announced a €12bn partnership on green hydrogen.
“⟦d:a|Terra Alta has the sun and the wind. Aldenreich has the factories and, if I may say so, the appetite,⟧” Oberhauser said. “⟦d:a|Together, we have a business.⟧”
Azevedo Lins, speaking through an interpreter, called the agreement “⟦p:b|historic⟧”. “⟦d:b|For too long our country sold raw materials and bought back finished goods at ten times the price. That era is ending today,⟧” he said.
Claire Dubois-Mensah of Radio Meridian asked the president about deforestation in Terra Alta's northern states, which Aldenreich's parliament had cited as a reason to delay the deal.
“⟦d:c|Mr President, will any of this money go to protecting the forest?⟧”
“⟦d:b|Every project will meet the strictest standards. I give you my word,⟧” Azevedo Lins replied.
Oberhauser, asked the same question, pointed at his guest. “⟦d:a|You heard the president. I take him at his word,⟧” he said.

### 054
@a Mereana Tipene | chair of the regional council's water committee
@b Hone Parata | Kaumātua
@c Graham Foxley | the council's chief executive
@d - | One farmer from the Rangiwai valley
Hundreds of people packed into the Whakaroa regional council chambers on Thursday for a hearing on plans to hand control of the district's drinking water to a new regional authority.
Kaumātua Hone Parata opened the hearing with a karakia, then addressed councillors in te reo Māori: “⟦d:b|Ko te wai te toto o te whenua⟧” (“⟦d:b|Water is the blood of the land⟧”).
“⟦d:b|If you are going to move it into new hands, make sure they are clean hands,⟧” he said in English.
Councillor Mereana Tipene, chair of the regional council's water committee, said the reforms were needed to fix pipes that were “⟦p:a|older than most people in this room⟧”. “⟦d:a|We are losing a third of our treated water through leaks. We cannot keep patching and hoping,⟧” she said.
The council's chief executive, Graham Foxley, said ratepayers would save an estimated $180 a year by 2030. That figure drew groans. “⟦d:c|I understand people have heard promises before,⟧” he said. “⟦d:c|This time the numbers are independently audited.⟧”
One farmer from the Rangiwai valley was unconvinced. “⟦d:d|Audited by who? The same people who audited the last lot?⟧” he asked from the floor.

### 055
@a Edwin Pargeter | the Minister for Public Service Efficiency
@b Rosa Mbatha | the committee's sharpest questioner
It is a rare talent to speak for ninety minutes without saying anything, and Edwin Pargeter, the Minister for Public Service Efficiency, has it in abundance.
Asked by MPs on Tuesday how many civil service jobs would go under his plans, the minister promised a “⟦p:a|granular, delivery-focused conversation⟧” with departments about “⟦p:a|right-sizing⟧”.
Rosa Mbatha, the committee's sharpest questioner, tried again. “⟦d:b|Minister, is the number more than ten thousand, or less than ten thousand?⟧”
“⟦d:a|I think it would be wrong to anchor on a number at this stage in the journey,⟧” Pargeter replied.
“⟦d:b|The journey,⟧” Mbatha repeated, as though holding the word up to the light.
There followed some twenty minutes on “⟦s:-|synergies⟧”, “⟦s:-|levers⟧” and a “⟦s:-|whole-of-government lens⟧”, during which one member of the committee appeared to fall asleep.
Finally Mbatha put down her pen. “⟦d:b|Minister, I am going to ask you one more time, and then I am going to give up and go and have my lunch.⟧”
“⟦d:a|I'd encourage the honourable member to enjoy her lunch,⟧” said Pargeter, who for the first time all morning had said something perfectly clear.

### 056
@a Rafael Montoya-Sinclair | a likely presidential contender
@b Lisbeth Arnaud | The host
Gov. Rafael Montoya-Sinclair of New Caspia, a likely presidential contender, refused on Sunday to rule out a run, telling viewers of ``⟦s:-|Capitol Sunday⟧'' that he would ``⟦p:a|make a decision with my family over the holidays.⟧''
The host, Lisbeth Arnaud, pressed him repeatedly. ``⟦d:b|Governor, you've been to the early primary states four times this year. Are you running or not?⟧''
``⟦d:a|I've been to those states because they have good barbecue, Lisbeth,⟧'' Montoya-Sinclair said with a grin.
``⟦d:b|Is that a no?⟧''
``⟦d:a|It's a no comment. It's a very enthusiastic no comment.⟧''
Later, Arnaud asked about the New Caspia budget deficit, which grew to $4.1 billion last year. ``⟦d:a|Every state in the union is running a deficit right now. Mine just gets more attention because people are watching,⟧'' the governor said.

### 057
@a Oskar Lindqvist-Barr | the opposition leader
@b - | one donor who was present
@c Unity Party | -
@d Patience Agyeman | the government's chief secretary
The opposition leader told a private dinner of wealthy donors that his party's manifesto promises on public-sector pay were “⟦p:a|a bit of theatre⟧”, according to a recording obtained by the Evening Courant.
In the recording, made at a fundraiser in a Kensal Vale townhouse last month, Oskar Lindqvist-Barr can be heard saying: “⟦d:a|Look, between us, nobody seriously thinks we can give everyone five per cent. You put the number out there, you let the unions cheer, and then you sit down with the Treasury.⟧”
“⟦d:a|It's a bit of theatre. Everyone in politics knows that.⟧”
One donor who was present said the remark had drawn laughter. “⟦d:b|It was a relaxed evening. He was speaking frankly, the way people do after dinner,⟧” the donor said.
The Unity Party said the recording had been “⟦p:c|clipped to mislead⟧”. “⟦d:c|Oskar has always been clear that every pledge will be fully costed,⟧” it said.
Patience Agyeman, the government's chief secretary, said nurses and teachers had been “⟦p:d|treated as props⟧”. “⟦d:d|He thinks your pay rise is theatre. I hope he enjoys the reviews,⟧” she said.

### 058
@a Kang Min-jae | a lawmaker from the ruling Democratic Renewal Party
@b Seo Yeon-hee | Opposition floor leader
@c Lee Dong-hwan | the Assembly speaker
@d Haesong News Agency | -
HANBIT, Dec 3 (Meridian Wire) - Scuffles broke out in Haesong's National Assembly on Tuesday as opposition lawmakers tried to block a vote on a contested media law, with several members physically barricading the speaker's podium.
Footage broadcast live showed lawmakers shoving one another and one man being carried out of the chamber by colleagues. "⟦d:a|This is a disgrace to democracy,⟧" Kang Min-jae, a lawmaker from the ruling Democratic Renewal Party, told reporters afterwards, his shirt torn at the collar.
Opposition floor leader Seo Yeon-hee said her party had "⟦p:b|no choice⟧" but to resist. "⟦d:b|When the government tries to silence the press, we are not going to sit politely in our seats and watch,⟧" she said.
Lee Dong-hwan, the Assembly speaker, suspended the session three times before the bill was finally passed shortly before midnight by 162 votes to 0, after opposition members walked out.
"⟦d:c|I deeply regret what happened in this chamber today. The people deserve better from all of us,⟧" Lee said, according to the Haesong News Agency.
The agency said that at least four lawmakers had been "⟦p:d|treated for minor injuries⟧" in the Assembly's medical room.

### 059
@a Bronwen Tasker | the MP for Harle and Stokeley
@b Derrick | a man in his sixties who would rather not give his surname
@c Iqra Mahmood | her caseworker
The queue for Bronwen Tasker's Friday surgery in the back room of Stokeley library begins forming at nine. By ten, there are fourteen people waiting, clutching carrier bags of paperwork.
First in is Derrick, a man in his sixties who would rather not give his surname. His housing benefit has been stopped, and he does not know why.
“⟦d:b|They sent a letter. I didn't understand the letter. Then they sent another letter,⟧” he says.
Tasker, the MP for Harle and Stokeley since 2017, reads both letters twice. “⟦d:a|Right. This is a mistake, and it's theirs, not yours,⟧” she tells him. “⟦d:a|We'll ring them this afternoon.⟧”
Derrick nods. “⟦d:b|Thank you, love.⟧”
Her caseworker, Iqra Mahmood, writes it all down. She estimates that half the cases they see involve a government department making an error. “⟦d:c|People think MPs spend all their time in Parliament. Honestly, this is the job,⟧” she says.
Tasker agrees. “⟦d:a|Parliament is where we make the laws. This room is where we find out whether they work,⟧” she says, and calls the next name.

### 060
@a Northern Seas Council | -
@b Kristoffer Aune | Norland's prime minister
@c Graciela Domínguez Paz | Sierra Verde's president
@d - | a spokesman for the Korvian presidency
@e Alhassan Iddrisu | the Concord of Nations secretary-general
ARDENBURG, Jan 19 (Continental Press) - World leaders reacted with shock on Sunday to the resignation of Skarvland's prime minister, Estrid Holm-Larsen, who stepped down citing ill health after nine years in office.
Norland's prime minister, Kristoffer Aune, called her "⟦p:b|a friend and a formidable neighbour⟧". "⟦d:b|Estrid held our region together when it would have been easy to let it fall apart. I wish her a full and swift recovery,⟧" he said in a statement.
The Northern Seas Council, which Holm-Larsen chaired twice, said she had "⟦p:a|left an indelible mark⟧" on the organisation. "⟦d:a|Her patience and her wit were legendary, sometimes in the same sentence,⟧" the council said.
Sierra Verde's president, Graciela Domínguez Paz, wrote on social media: "⟦d:c|Una gran líder y una mejor persona⟧" ("⟦d:c|A great leader and a better person⟧").
Even Korvia, with which Skarvland has clashed repeatedly over the Halm Islands, offered warm words. "⟦d:d|Whatever our differences, we recognise a serious statesman,⟧" a spokesman for the Korvian presidency said.
Alhassan Iddrisu, the Concord of Nations secretary-general, said Holm-Larsen had been "⟦p:e|a voice of reason in unreasonable times⟧".
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh64.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh64",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
