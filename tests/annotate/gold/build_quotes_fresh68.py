# ruff: noqa: E501
"""Build ``quotes_fresh68.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with interruptions, select committee and
confirmation hearings, broadcast and radio interviews with presenters pressing
ministers, campaign trail and hustings, lobby briefings by spokespeople, council and
parish meetings, leadership contests, leaks and unnamed sources, summits and foreign
ministers' press conferences, written up as wire, broadsheet, tabloid, local-paper,
magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh68-NNN``.

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

* A role title or relational phrase before the name combined with an appositive after
  it (``Veterans minister Gareth Pennock, 49, a former Marine``): the appositive is
  the description. A title before the name alone (``Housing minister …``,
  ``Opposition leader …``, ``Speaker …``, ``President … of Caldera``) is the
  description; so is the role in ``the Speaker, Rhiannon Tafari-Lowe`` or ``The
  presenter, Tobias Wenlock``.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 47-year-old former trade minister
  said``), that description is taken; otherwise the description is null.
* A non-restrictive relative clause (``…, who chaired the event,``) is not part of a
  description; a restrictive one (``One MP who backed him``) is.
* Presiding officers (Speaker, Deputy Speaker, Presiding Officer, committee chair,
  returning officer) calling order or declaring a result speak directly.
* In runs of quote-only paragraphs (interviews, hearings, briefings, a printed
  dialogue) each turn belongs to the person whose turn it is, including a turn cut
  off by a dash.
* Reporters' questions at briefings and press conferences are ``direct``: a named
  reporter is the speaker; an unnamed one has a null speaker and the phrase that
  introduces them (``one journalist``, ``another reporter``) as description.
* A shout from a gallery or crowd is ``direct``; where the passage describes the
  shouter (``a woman in the public gallery``) that phrase is the description, else
  speaker and description are null (``Another voice called out …``).
* Words from a document or messages whose author the passage identifies (a memo, a
  resignation letter, a communiqué, a standards report, private messages) belong to
  that author, even where the author is named only after the first quote; words
  attributed to an unidentified document or an unnamed collective (``a 2022 internal
  review``, ``Ministers have indicated …``) are ``partial`` with a null speaker.
* A partial quote inside a reporter's or interviewer's question belongs to whoever
  originally said it, not to the questioner.
* In a ``Q:`` / ``A:`` transcript, a quotation inside an answer belongs to whoever the
  answer says spoke it (the answerer quoting herself, or someone she quotes).
* Labels and words discussed as words (``U-turns``, ``fiscal drag``, a nickname, a
  ``so-called`` label, a word the reporter is checking) are ``scare``; a phrase coined
  by a speaker and attributed to them (``Chaudhry calls this …``) is ``partial``.
* An organisation (ministry, party, union, think tank, charity, forum, company)
  speaking in its own name is the speaker; its appositive (``an independent think
  tank``) or the definite description used instead of its name at the cue (``the
  union said``) is the description, else null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh68.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh68.jsonl")

PASSAGES = """
### 001
@a Helena Marchbanks | Prime Minister
@b Dominic Achterberg | opposition leader
@c Rhiannon Tafari-Lowe | the Speaker
@d Gethin Rowse | the Unity Party member for Cardle East
@e - | a spokesperson
KESTERBRIDGE, March 12 (Meridian) - Prime Minister Helena Marchbanks clashed with opposition leader Dominic Achterberg over hospital waiting lists on Wednesday in one of the rowdiest question-time sessions of the parliamentary year, with the Speaker twice forced to halt proceedings.
"⟦d:b|The right honourable lady promised this House a year ago that no patient would wait more than 18 months. Today 41,000 are. Was that promise worth anything at all?⟧" Achterberg asked.
Marchbanks replied that waiting lists had fallen for six consecutive months. "⟦d:a|He comes here every week with the same script, and every week the numbers move in the right direction while he stands still—⟧"
Her answer was drowned out by jeers from the opposition benches. "⟦d:c|Order! Order!⟧" shouted the Speaker, Rhiannon Tafari-Lowe. "⟦d:c|The Prime Minister will be heard, and so will the public watching this, who I suspect are not impressed.⟧"
Achterberg returned to his feet. "⟦d:b|Forty-one thousand people, Madam Speaker. She can read out as many graphs as she likes.⟧"
Gethin Rowse, the Unity Party member for Cardle East, later raised a point of order, accusing the Prime Minister of having "⟦p:d|misled the House⟧" over the figures.
Marchbanks's office rejected the charge. "⟦d:e|The Prime Minister quoted the official statistics accurately,⟧" a spokesperson said.

### 002
@a Priscilla Oyelaran-Hart | the committee's chair
@b Malcolm Ferreby | the permanent secretary
@c Anjali Varghese | a Green member of the committee
@d Department of Rail and Roads | the department
The most senior civil servant at the Department of Rail and Roads admitted on Tuesday that ministers were warned eighteen months ago that the Northline upgrade would run at least £2.4bn over budget, in a tense hearing of the transport committee.
Malcolm Ferreby, the permanent secretary, told MPs that a risk assessment had been shared with the then secretary of state, but was “⟦p:b|not, at that stage, considered definitive⟧”.
Dame Priscilla Oyelaran-Hart, the committee's chair, was unconvinced. “⟦d:a|Not definitive? It had a red rating on every single line, Mr Ferreby. What would definitive have looked like?⟧”
“⟦d:b|With respect, chair, red ratings are not unusual on a project of this scale at that stage—⟧”
“⟦d:a|Were they passed to the Treasury?⟧”
“⟦d:b|I would need to check.⟧”
“⟦d:a|You would need to check,⟧” she repeated, slowly.
Anjali Varghese, a Green member of the committee, asked whether the department had deliberately delayed publishing the figures until after the spring elections. Ferreby said the suggestion was “⟦p:b|simply untrue⟧”. “⟦d:b|There was no political involvement in the timing whatsoever,⟧” he said.
“⟦d:c|Then why were they published on the Friday afternoon after polling day, at 4.55pm?⟧” Varghese asked. There was laughter in the committee room.
In a statement after the hearing, the department said it “⟦p:d|remains fully committed⟧” to the project. “⟦d:d|Costs are being actively managed and ministers receive regular updates,⟧” it said.

### 003
@a Idris Kamara-Boyd | Housing minister
@b Tobias Wenlock | the presenter
@c Federation of Homebuilders | the federation
Housing minister Idris Kamara-Boyd has refused eight times to say whether the government will meet its target of 300,000 new homes a year, in a bruising interview on Radio Calder's Morning Report.
The presenter, Tobias Wenlock, opened by asking whether the target was still government policy. "⟦d:a|It absolutely remains our ambition,⟧" the minister said.
"⟦d:b|That's not what I asked. Is it a target or an ambition?⟧"
"⟦d:a|It's a target that we are ambitious about meeting.⟧"
"⟦d:b|Will you meet it?⟧"
"⟦d:a|We are doing everything we can—⟧"
"⟦d:b|Minister, will you meet it, yes or no?⟧" Wenlock pressed.
Kamara-Boyd said he would not "⟦p:a|play a game of yes or no⟧" with a policy affecting millions of families. "⟦d:a|What I can tell your listeners is that completions are up, planning approvals are up, and we are clearing the blockages that the last government left behind.⟧"
Wenlock then read out figures from the Federation of Homebuilders showing that housing starts had fallen for three quarters in a row. "⟦d:a|Those are their figures, not ours,⟧" Kamara-Boyd replied. "⟦d:a|I'd gently say that they have an interest in talking the market down.⟧"
The federation said later that the minister's comments were "⟦p:c|disappointing⟧" and that its data was "⟦p:c|drawn from the government's own returns⟧".

### 004
@a Maureen Abernethy | leader of Hollowmere Borough Council
@b Sanjay Pillai-Roberts | leader of the Independent group
@c Colin Draycott | the council's head of environmental services
@d - | a woman in the public gallery
Tempers flared at Hollowmere Town Hall on Thursday night as councillors voted to move black bin collections to once every three weeks from April.
The change, which the council says will save £1.1 million a year, was pushed through by 27 votes to 19 after almost three hours of debate.
Councillor Maureen Abernethy, leader of Hollowmere Borough Council, said the authority had "⟦p:a|no choice left⟧" after its government grant was cut for the fifth year running.
"⟦d:a|Nobody in this chamber became a councillor to make bin collections worse,⟧" she told the meeting. "⟦d:a|But I will not close a children's centre to keep a lorry on the road every fortnight.⟧"
Cllr Sanjay Pillai-Roberts, leader of the Independent group, called the plan "⟦p:b|a false economy⟧" and predicted a rise in fly-tipping.
"⟦d:b|We've seen it in Brackley Vale, we've seen it in Tunstead. Within six months you'll have mattresses in every alleyway in Eastfield,⟧" he said. "⟦d:b|And who pays to clear them up? We do.⟧"
At one point a woman in the public gallery stood up and shouted: "⟦d:d|Have any of you ever lived next to four overflowing bins in August?⟧"
She was asked to sit down by the mayor. Another voice called out "⟦d:-|Shame on you!⟧" as the result of the vote was read out.
Colin Draycott, the council's head of environmental services, told councillors that residents would be offered free additional recycling boxes. "⟦d:c|Our modelling suggests most households will adapt within a couple of months,⟧" he said.

### 005
@a - | the Prime Minister's official spokesman
@b - | one journalist
@c Rosalind Akerman | the Prime Minister
Carrow House has refused to rule out a rise in fuel duty in next month's budget, as the Prime Minister's official spokesman repeatedly declined to be drawn at the morning lobby briefing.
Asked whether the Prime Minister, Rosalind Akerman, still stood by her election pledge not to “⟦p:c|put a single penny on the cost of filling up a car⟧”, the spokesman said: “⟦d:a|The Prime Minister's commitments are a matter of public record. I'm not going to get into budget speculation.⟧”
“⟦d:b|So is the pledge still in place or not?⟧” one journalist asked.
“⟦d:a|I've answered that.⟧”
“⟦d:b|You haven't, though,⟧” the journalist replied.
The spokesman said that tax decisions were “⟦p:a|a matter for the Chancellor at fiscal events⟧”, a formula he repeated at least four times during the briefing.
Pressed on reports that the Treasury had modelled a 3p-a-litre increase, he said: “⟦d:a|Officials model all sorts of things all of the time. That's what they're for. It doesn't mean decisions have been taken.⟧”
Asked whether Akerman still had full confidence in her Chancellor, he said simply: “⟦d:a|Yes.⟧”

### 006
@a Gordon Pettifer | Unity Party leader
@b Shirley Maddox | Care worker
@c - | one aide
UNITY Party leader Gordon Pettifer was left red-faced yesterday when a furious care worker confronted him on a walkabout in Drensford market.
Care worker Shirley Maddox, 61, marched up to the party boss as he posed for pictures at a fruit and veg stall and demanded: "⟦d:b|Where were you when my shifts were cut?⟧"
The stunned politician replied: "⟦d:a|I hear you, and that's exactly why we're—⟧"
But the gran-of-three cut him off. "⟦d:b|Don't 'I hear you' me. I've heard you lot for thirty years.⟧"
Pettifer, 58, later told reporters the exchange was "⟦p:a|the kind of conversation I came here to have⟧".
"⟦d:a|People are angry and they've got every right to be,⟧" he said. "⟦d:a|I'd rather be shouted at in Drensford than clapped in a television studio.⟧"
Campaign staff hurriedly steered him past a stall where a homemade sign read "⟦s:-|Politicians - Pay At Till⟧".
One aide muttered: "⟦d:c|Well, that's the six o'clock news sorted.⟧"
Maddox told the Daily Clarion afterwards: "⟦d:b|He seemed a nice enough man. But nice doesn't pay the gas bill.⟧"

### 007
@a Fenella Corrigan | the former home secretary
@b Adaeze Nwankwo-Blythe | the health secretary
@c Marcus Delahunt | the 39-year-old MP for Wexcombe
@d Ingrid Solheim | the broadcaster
@e - | A retired headteacher from Marlow Heath
The three candidates to lead the Civic Democrats went head to head for the first time on Saturday, at a members' hustings in Marlow Heath that was by turns good-humoured and bruising.
Fenella Corrigan, the former home secretary, drew the biggest applause of the afternoon when she promised to “⟦p:a|stop apologising for winning elections⟧”.
“⟦d:a|We have spent two years behaving like a party that is embarrassed to be in government,⟧” she said. “⟦d:a|I am not embarrassed. I want to be in government for another ten years, and I want to deserve it.⟧”
Adaeze Nwankwo-Blythe, the health secretary, who is seen as the frontrunner among MPs, took a swipe at her rival's record. “⟦d:b|Fenella talks about winning. I'd remind her that we lost four by-elections while she was at the Home Office,⟧” she said.
Corrigan shot back: “⟦d:a|And we won the general election while Adaeze was writing memos about it.⟧”
The third candidate, Marcus Delahunt, the 39-year-old MP for Wexcombe, pitched himself as the outsider. “⟦d:c|Two of the people on this stage have sat around the cabinet table for five years. If you like how the last five years went, vote for one of them,⟧” he said. “⟦d:c|If you don't, there's me.⟧”
The broadcaster Ingrid Solheim, who chaired the event, asked whether any of them would serve under either of the others. “⟦d:d|A simple yes or no will do,⟧” she added.
“⟦d:b|Of course. That's what grown-ups do,⟧” said Nwankwo-Blythe. Corrigan and Delahunt both said yes, Delahunt adding: “⟦d:c|Though I suspect I'll be asked last.⟧”
A retired headteacher from Marlow Heath, who asked not to be named, said afterwards: “⟦d:e|I came for Fenella and I'm going home undecided. That's Delahunt's doing.⟧”

### 008
@a Leonie Abara | the Treasury's second permanent secretary
@b - | One cabinet minister
@c - | A senior Treasury official
@d - | A Treasury spokesperson
@e Olusegun Fairweather | The shadow chancellor
Ministers were warned in a confidential memo that plans to scrap the two-child benefit cap would cost “⟦p:a|significantly more than has been publicly stated⟧”, the Sentinel can reveal.
The document, written in January by Leonie Abara, the Treasury's second permanent secretary, and seen by this newspaper, puts the cost at £4.1bn a year, almost double the figure given by ministers in the Assembly. It describes the official costing as “⟦p:a|optimistic in almost every assumption⟧” and warns of “⟦p:a|a material risk to the fiscal rules⟧”.
One cabinet minister said the memo had been circulated to “⟦p:b|a handful of people⟧” and that its leak was “⟦p:b|a deliberate act of sabotage⟧”. “⟦d:b|Someone wants this policy dead before it's born, and they're using the Sentinel to do it,⟧” the minister said.
A senior Treasury official insisted the memo was “⟦p:c|one input among many⟧”. “⟦d:c|Nobody in the building thinks the final number will be four billion. It was a worst case, and it was labelled as such,⟧” the official said.
A Treasury spokesperson said: “⟦d:d|We do not comment on leaks. The costings published alongside the policy were independently scrutinised.⟧”
The shadow chancellor, Olusegun Fairweather, said the revelation was “⟦p:e|damning⟧”. “⟦d:e|The government has been caught telling the country one number while its own officials were writing down another,⟧” he said.

### 009
@a Corentin Malvaux | Valmorin's foreign minister
@b Ilse Marquardt | Estrava's foreign minister
@c - | A journalist from the Estravan broadcaster ERT
The foreign ministers of Valmorin and Estrava promised on Friday to reopen the Sennach border crossing, but failed to agree a date, at the close of two days of talks in the lakeside town of Ostrelle.
Speaking in French, Valmorin's foreign minister, Corentin Malvaux, said: «⟦d:a|Nous avons fait un pas important, mais le chemin est encore long.⟧» («⟦d:a|We have taken an important step, but the road is still long.⟧»)
Through an interpreter, he added that the crossing would reopen «⟦p:a|as soon as the technical conditions are met⟧».
Estrava's foreign minister, Ilse Marquardt, was more direct. «⟦d:b|Every week that border stays closed costs farmers on both sides money they do not have,⟧» she said. «⟦d:b|I came here to leave with a date. I am leaving with a promise. It is better than nothing, but only just.⟧»
A journalist from the Estravan broadcaster ERT asked: «⟦d:c|Minister, is this a failure?⟧»
Marquardt laughed. «⟦d:b|Failed? No. Nobody has walked out, nobody has slammed a door. In this region that is practically a triumph.⟧»
Malvaux, standing beside her, said his counterpart had been «⟦p:a|tough, but fair⟧».
«⟦d:a|We will meet again in Ostrelle in June,⟧» he said. «⟦d:a|Perhaps then I will bring a date, and she will bring the farmers.⟧»

### 010
@a Bernadette Kilcoyne | the member for Rathmore South
@b Seamus Quill | a retired postman
@c - | One government whip
In eleven years in parliament, Bernadette Kilcoyne has voted against her own party 143 times. She keeps count in a red notebook in her handbag, and she can tell you, without looking, which rebellions she regrets. There are two.
“⟦d:a|The first was on the ports bill, because I was wrong on the facts. The second was the school meals vote, because I was right and I didn't win anybody over. That's worse, in a way,⟧” says the member for Rathmore South, sitting in the tea room of a hotel near her constituency office.
The whips' office has long called her “⟦s:-|the Weather⟧”, on the grounds that she cannot be forecast more than a day ahead.
One government whip, speaking on condition of anonymity, was blunter. “⟦d:c|You can plan for most things in this job. You can't plan for Bernadette,⟧” he said.
She laughs at that. “⟦d:a:m|I'll take that as a compliment, although I'm sure it wasn't meant as one.⟧
“⟦d:a:m|People think rebelling is about ego. For some it is. For me it's the opposite. When I stand up against the government I'm not saying I'm cleverer than the prime minister. I'm saying the people who sent me here asked me to say something, and I'd be a coward not to.⟧
“⟦d:a|And I'm not a coward. I'm just not very good at keeping my mouth shut.⟧”
Her husband, Seamus Quill, a retired postman, has come to accept it. “⟦d:b|She was like this at the tenants' association in 1989. Parliament just gave her a bigger room,⟧” he says.

### 011
@a Raymond Thistlewood | Mayor
@b Lucinda Oduya | His challenger
@c Kamal Haddad | moderator
The two leading candidates to be mayor of Greater Pellham clashed over crime, transport fares and the future of the city's airport in a live television debate on Tuesday night.
Mayor Raymond Thistlewood, who is seeking a third term, defended his record on public transport, saying fares had been frozen for four years.
"⟦d:a|I said I'd freeze fares and I froze them. I said I'd build the tram extension and it opens in June,⟧" he said. "⟦d:a|Lucinda can promise whatever she likes. I've got a record.⟧"
His challenger, Lucinda Oduya, said the city felt "⟦p:b|less safe than it did eight years ago⟧".
"⟦d:b|Ask any woman in this city whether she'd walk home through Canal Basin at 11 o'clock at night,⟧" she said. "⟦d:b|Ask the mayor whether he would.⟧"
"⟦d:a|I walk through Canal Basin every week,⟧" Mr Thistlewood interjected.
"⟦d:b|With a driver?⟧"
The exchange drew laughter from the studio audience, and moderator Kamal Haddad had to step in. "⟦d:c|Let's let Ms Oduya finish, and then, Mr Mayor, you'll have a minute to respond,⟧" he said.
On the airport, Ms Oduya said she would "⟦p:b|pause, not cancel⟧" the proposed second runway. Thistlewood called that "⟦p:a|a position designed to lose nobody's vote and win nobody's respect⟧".

### 012
@a Cormac Nolan-Price | Justice minister
@b Harriet Ealing-Moss | The shadow justice secretary
@c Dafydd Morgan-Rees | the Deputy Speaker
@d Oluwaseun Bright | a government backbencher
The Public Order (Amendment) Bill cleared its second reading in the Assembly late on Monday by 312 votes to 241, after a debate in which opposition members accused the government of trying to criminalise peaceful protest.
Justice minister Cormac Nolan-Price told the chamber the bill was ``⟦p:a|about balance, not about banning anything⟧''.
``⟦d:a|Everybody in this country has the right to protest. Nobody has the right to glue themselves to a motorway and stop an ambulance getting to a hospital,⟧'' he said.
The shadow justice secretary, Harriet Ealing-Moss, rose to intervene. ``⟦d:b|Will the minister tell the House which of the 40 arrests at the Tannery Gate protest last month would not have been possible under existing law? Just one.⟧''
``⟦d:a|I will come to that later in my remarks,⟧'' Nolan-Price said.
``⟦d:b|He won't,⟧'' Ealing-Moss called from a sitting position, prompting the Deputy Speaker, Dafydd Morgan-Rees, to intervene. ``⟦d:c|Order. The honourable lady knows better than that,⟧'' he said.
Oluwaseun Bright, a government backbencher, said he would support the bill ``⟦p:d|with a heavy heart⟧''. ``⟦d:d|I marched against the war in 2003. Under clause 9 of this bill, I'm told, I might have been arrested for it. I would like the minister to look again at clause 9,⟧'' he said.
Ministers have indicated that they are ``⟦p:-|open to amendments⟧'' at committee stage.

### 013
@a Theodora Vance | the culture secretary
@b Alasdair Brookfield | the Prime Minister
@c - | A source close to Ms Vance
Theodora Vance, the culture secretary, resigned from the cabinet on Sunday night over the government's decision to sell the state broadcaster's archive to a private consortium.
In a letter to the Prime Minister, Alasdair Brookfield, posted on social media shortly after 9pm, Ms Vance wrote that she could not “⟦p:a|in good conscience defend a decision I argued against at every stage⟧”.
“⟦d:a|The archive belongs to the people of this country. It is not a spare room to be let out when money is tight,⟧” she wrote. “⟦d:a|I have been proud to serve in your government, and I will continue to support it from the back benches on every issue but this one.⟧”
In his reply, Mr Brookfield thanked her for her “⟦p:b|energy, loyalty and frankness⟧”, adding: “⟦d:b|I am sorry that we could not agree on this question, but I respect the manner in which you have reached your decision.⟧”
A source close to Ms Vance said she had been “⟦p:c|frozen out⟧” of the final discussions. “⟦d:c|She found out the sale was going ahead from a draft press release. That was the end of it,⟧” the source said.

### 014
@a Philippa Mwangi-Taylor | the Civic Democrat candidate
@b Desmond Harkin | the Unity candidate
@c Gail Rutherford | the acting returning officer
@d - | One Unity activist
Philippa Mwangi-Taylor, the Civic Democrat candidate, has won the Fenmoor by-election with a majority of 4,312, overturning a Unity majority of almost 9,000 at the last general election.
The result was declared at 3.40am at Fenmoor Leisure Centre by the acting returning officer, Gail Rutherford, who read out the figures to a hall packed with party workers.
"⟦d:c|I hereby declare that Philippa Mwangi-Taylor is duly elected,⟧" she announced, before the rest of her sentence was lost beneath the cheering.
In her victory speech, Mwangi-Taylor, 44, said the people of Fenmoor had "⟦p:a|sent a message that cannot be ignored in Kesterbridge⟧".
"⟦d:a|For too long this town has been taken for granted by people who only came here at election time,⟧" she said. "⟦d:a|Well, tonight Fenmoor has answered back.⟧"
Desmond Harkin, the Unity candidate, who finished second, congratulated his opponent but said the result was "⟦p:b|a verdict on the government, not on this party's values⟧".
"⟦d:b|I've knocked on doors here for six weeks. People weren't angry with me, they were angry with Kesterbridge,⟧" he said.
One Unity activist, packing away leaflets as the hall emptied, was less diplomatic. "⟦d:d|We've been hammered. There's no other word for it,⟧" he said.

### 015
@a Garrett Lindqvist | President Harlan Voss's nominee for defense secretary
@b Marlene Castellanos | the senior senator from Dunmore
@c Wendell Okafor | Chairman
PORT SEVERN - Garrett Lindqvist, President Harlan Voss's nominee for defense secretary, faced hours of sharp questioning Tuesday over his ties to a defense contractor whose $6 billion radar program he would oversee if confirmed.
"⟦d:b|Can you tell this committee, under oath, whether you ever discussed the Corvell contract with anyone at Tessaline Aerospace while you sat on its board?⟧" asked Sen. Marlene Castellanos, the senior senator from Dunmore.
"⟦d:a|I recused myself from every discussion touching on that contract, senator,⟧" Lindqvist said.
"⟦d:b|That's not what I asked.⟧"
"⟦d:a|Then the answer is no.⟧"
Castellanos held up a copy of a 2021 email in which Lindqvist told a Tessaline executive that he would "⟦p:a|keep an eye on the Corvell paperwork⟧".
"⟦d:a|Keeping an eye on something is not the same as discussing it,⟧" the nominee said, drawing groans from the gallery.
Chairman Wendell Okafor gaveled for quiet. "⟦d:c|The gallery will remain silent or the gallery will be cleared,⟧" he said.
Lindqvist later told reporters outside the hearing room that he was "⟦p:a|confident⟧" of confirmation. "⟦d:a|I think once people get past the theatrics they'll see someone who's spent 30 years serving this country,⟧" he said.

### 016
@a Fatoumata Diallo-Renner | the foreign minister of the Republic of Kessaly
@b Bakary Sangaré | Your predecessor
@c Juhani Kettunen | my Ostlander counterpart
@d Modou Ceesay | The opposition leader
Fatoumata Diallo-Renner, the foreign minister of the Republic of Kessaly, has been in the job for eleven months. She spoke to us in her office overlooking the Mabé river. This interview has been edited for length and clarity.
Q: Your predecessor, Bakary Sangaré, described relations with Ostland as “⟦p:b|frozen but not dead⟧”. Is that still true?
A: I'd say they are thawing. Slowly. When I met Juhani Kettunen, my Ostlander counterpart, in Velm in March, he told me: “⟦d:c|We have both inherited a quarrel we did not start.⟧” I agreed with him. That was a beginning.
Q: Critics at home call your approach “⟦s:-|tea-and-biscuits diplomacy⟧”.
A: Better tea and biscuits than tanks. I have been to funerals on that border. I don't intend to go to any more.
Q: The opposition leader, Modou Ceesay, said last week that you had “⟦p:d|given away the river for a photograph⟧”.
A: Modou is a friend. He is also wrong. We gave away nothing. We agreed to share data on water levels, which we should have done thirty years ago.
Q: Will you meet Kettunen again?
A: In September, in Velm. I have told him: “⟦d:a|Next time, you come to us.⟧” He laughed, but he will come.

### 017
@a Nadia Rahimi | the deputy chair
@b Trevor Antrobus | an independent
@c Hilary Buckmaster | The chair
@d Wroxley Civic Society | -
An independent councillor was ordered to leave a meeting of Wroxley Town Council on Monday after a row over the future of a statue of the Victorian mill owner Josiah Crabtree descended into shouting.
Cllr Nadia Rahimi, the deputy chair, had proposed moving the statue from the Market Square to the town museum, with a new plaque explaining Crabtree's links to the plantation trade.
“⟦d:a|This isn't about erasing anyone. It's about telling the whole story rather than half of it,⟧” she said.
Cllr Trevor Antrobus, an independent, accused her of “⟦p:b|rewriting history to suit the fashion of the month⟧”, and refused to withdraw his description of the motion's supporters as “⟦p:b|vandals with clipboards⟧”.
The chair, Cllr Hilary Buckmaster, asked him twice to do so. “⟦d:c|Councillor, I am asking you for the last time,⟧” she said. “⟦d:c|Withdraw the remark or leave the chamber.⟧”
“⟦d:b|I'll leave, then. At least out there people can still say what they think,⟧” Antrobus replied, gathering his papers.
After he had gone, Rahimi said she was “⟦p:a|sad rather than angry⟧”. “⟦d:a|Trevor and I have sat on this council for nine years. We used to be able to disagree over a cup of tea,⟧” she said.
Outside, half a dozen protesters held a banner reading “⟦s:-|Hands Off Our Josiah⟧”.
The motion was carried by seven votes to four. Wroxley Civic Society said in a statement that it was “⟦p:d|deeply disappointed⟧” and would ask the district council to review the decision.

### 018
@a Green Left Alliance | -
@b Jarno Veldhuis | the alliance's leader
@c Elke Dammers-Rijk | Prime Minister-designate
@d - | A negotiator for the Liberal People's Party
VELDMOND, Oct 3 (Meridian) - Coalition talks in Ostervald collapsed on Thursday after the Green Left Alliance walked out of negotiations over the future of the country's last two coal-fired power stations, plunging the country into fresh uncertainty five weeks after an inconclusive election.
"⟦d:a|The alliance cannot be part of a government that keeps Harsveld and Ommerdijk burning until 2035,⟧" the Green Left Alliance said in a statement. "⟦d:a|Our voters did not send us to negotiate the speed of our own defeat.⟧"
Jarno Veldhuis, the alliance's leader, told reporters outside the parliament building that the door was "⟦p:b|closed, but not locked⟧".
"⟦d:b|If there is a new offer, with a real date, we will read it,⟧" he said. "⟦d:b|But I'm not going to sit at that table for another month to discuss decimal points.⟧"
Prime Minister-designate Elke Dammers-Rijk said she "⟦p:c|regretted⟧" the decision and would begin talks with smaller parties on Monday. "⟦d:c|Ostervald needs a government before winter. I will find one,⟧" she said.
A negotiator for the Liberal People's Party, who spoke on condition of anonymity because the talks were confidential, said the Greens had "⟦p:d|been looking for the exit for a week⟧". "⟦d:d|They wanted to leave with their hands clean. Now they have,⟧" the negotiator said.

### 019
@a Crispin Hallworth | TRANSPORT Secretary
@b - | an aide
@c Aoife Brannigan | Dunlow mayor
@d - | A spokesman for Mr Hallworth
TRANSPORT Secretary Crispin Hallworth was caught on a live microphone branding a northern town "⟦p:a|the end of the line in every sense⟧" - minutes after promising its residents a new railway station.
The blundering minister, 52, thought the cameras had stopped rolling as he chatted to an aide after a visit to Dunlow yesterday.
"⟦d:a|Well, that's that done. Nice enough people, but God, what a place. The end of the line in every sense,⟧" he was heard saying.
The aide can be heard laughing before replying: "⟦d:b|Mic, minister.⟧"
Dunlow mayor Aoife Brannigan, whose council has lobbied for the station for 15 years, said she was "⟦p:c|speechless⟧".
"⟦d:c|He stood in our market square an hour earlier and told us we were the future of the region,⟧" she said. "⟦d:c|Now we know what he really thinks. People here will not forget it.⟧"
A spokesman for Mr Hallworth said: "⟦d:d|The Secretary of State made a light-hearted remark in a private conversation which he accepts was ill-judged. He has written to the mayor to apologise.⟧"

### 020
@a Ravi Subramanyam | Chirrup's head of public policy for Europe
@b Tamsin Avery-Kolb | the committee's chair
@c Bogdan Ilić | a Unity member of the committee
@d Chirrup | -
A senior executive at the social media platform Chirrup was accused of stonewalling MPs on Wednesday after he repeatedly said he did not know how many content moderators the company employed in Carrowmore.
Ravi Subramanyam, Chirrup's head of public policy for Europe, told the culture committee he would “⟦p:a|write to the committee with that figure⟧”.
“⟦d:b|You have told us that four times now, Mr Subramanyam,⟧” said the committee's chair, Tamsin Avery-Kolb. “⟦d:b|It is a simple number. Either you know it and you won't tell us, or you don't know it, and frankly I don't know which is worse.⟧”
“⟦d:a|I understand the frustration—⟧”
“⟦d:b|I don't think you do.⟧”
Bogdan Ilić, a Unity member of the committee, asked whether Chirrup had removed any of the 212 accounts identified by the Electoral Commission as part of a coordinated foreign campaign during the spring elections.
“⟦d:a|We take election integrity extremely seriously—⟧” Subramanyam began.
“⟦d:c|That's a no, then,⟧” Ilić said.
In a statement after the session, Chirrup said: “⟦d:d|We have provided extensive information to the committee and will continue to engage constructively.⟧”
Avery-Kolb later described the session as “⟦p:b|the least useful two hours I have spent in this building⟧”.

### 021
@a Dominic Farrow-Ashe | The Mayor of Castlemoor
@b Lorraine | a caller from Kettlebridge
@c Kaveh Jafari | Host
@d Ted | a taxi driver from Upper Wharf
The Mayor of Castlemoor, Dominic Farrow-Ashe, faced a barrage of complaints about the city's new low-traffic zones during his monthly phone-in on Castlemoor FM on Friday.
Lorraine, a caller from Kettlebridge, told him her journey to her mother's care home had gone from 15 minutes to 45. "⟦d:b|You've made it impossible for people like me to do the simplest things,⟧" she said. "⟦d:b|Have you ever tried to get through Station Road at five o'clock?⟧"
"⟦d:a|I have, Lorraine, and I understand it's been difficult during the first few weeks,⟧" the mayor replied. "⟦d:a|But the figures from the first month show air quality outside three primary schools has improved significantly—⟧"
"⟦d:b|I don't care about the figures. I care about my mum.⟧"
"⟦d:c|Mayor, will you commit this morning to an exemption for carers?⟧" host Kaveh Jafari asked.
"⟦d:a|That's something we're actively looking at,⟧" Farrow-Ashe said. "⟦d:a|I can't make an announcement on air, but I've heard what Lorraine has said.⟧"
A second caller, Ted, a taxi driver from Upper Wharf, was blunter: "⟦d:d|Scrap it. Just scrap it. Nobody voted for this.⟧"

### 022
@a Yusuf Demirci | a former senior caseworker at the agency's Harwick office
@b - | A second former employee
@c Border Agency | -
@d Carys Pendleton | the opposition's home affairs spokeswoman
Staff at the Border Agency were pressured to reject asylum claims on technicalities to meet year-end targets, according to a whistleblower who described the process as “⟦p:a|a conveyor belt with a shredder at the end⟧”.
Yusuf Demirci, a former senior caseworker at the agency's Harwick office, said managers had set informal weekly quotas.
“⟦d:a|Nobody ever wrote it down. It was always said in the corridor or at the end of a team meeting,⟧” he said. “⟦d:a|You'd be told you were ‘behind the curve’ if you approved too many. Everyone knew what that meant.⟧”
A second former employee, who did not want to be named because she still works in the civil service, confirmed Demirci's account. “⟦d:b|It was never a quota on paper. It was a quota in practice,⟧” she said.
The Border Agency said: “⟦d:c|There are no targets, formal or informal, for the outcome of asylum decisions. Every claim is considered on its individual merits.⟧”
Carys Pendleton, the opposition's home affairs spokeswoman, called for an independent inquiry. “⟦d:d|If even half of this is true, people with genuine claims have been sent back to danger to hit a number on a spreadsheet,⟧” she said.

### 023
@a Ernesto Valdivieso | President
@b Margarethe Holm | Nordheim's chancellor
@c - | A reporter from the Calderan daily El Faro
PUERTO ALBA, May 9 (Meridian) - Caldera and Nordheim signed a long-term lithium supply agreement on Thursday, committing the South American producer to sell up to 40,000 tonnes a year to Nordheim's battery makers from 2027.
President Ernesto Valdivieso of Caldera, speaking in Spanish at a joint news conference, said: "⟦d:a|Este acuerdo no es una venta de nuestros recursos. Es una alianza.⟧" ("⟦d:a|This agreement is not a sale of our resources. It is an alliance.⟧")
Nordheim's chancellor, Margarethe Holm, said the deal would "⟦p:b|anchor⟧" her country's energy transition. "⟦d:b|It gives our industry certainty and it gives Caldera investment that stays in the country, in processing plants, not just in holes in the ground,⟧" she said.
A reporter from the Calderan daily El Faro asked: "⟦d:c|President, what do you say to the communities in the Salar who say nobody asked them?⟧"
Through an interpreter, Valdivieso replied: "⟦d:a|They will be asked. They are being asked. There will be a consultation, and it will be real, not a ceremony.⟧"
Holm added: "⟦d:b|Nordheim will not buy a single tonne that has not met the standards we have agreed today. I said that to the president privately and I am saying it publicly.⟧"

### 024
@a Siobhan Achebe-Rourke | -
@b Iain Strachan-Welby | The party's general secretary
@c - | One delegate from Tyneford
Siobhan Achebe-Rourke used her first conference speech as leader of the Social Labour Party to promise a “⟦p:a|decade of renewal⟧” and to take aim at what she called “⟦p:a|the politics of the shrug⟧”.
Speaking for 58 minutes to a packed hall in Brennmouth, she told delegates: “⟦d:a:m|For fourteen years we have been told that nothing can be done. That the hospitals will always be full, that the trains will always be late, that young people will always rent and never own. That is the politics of the shrug.⟧
“⟦d:a:m|I did not come into politics to shrug. Neither did you.⟧
“⟦d:a|When we win — and we will win — the shrugging stops.⟧”
Delegates rose to their feet and chanted “⟦s:-|Siobhan! Siobhan!⟧” for almost a minute.
The party's general secretary, Iain Strachan-Welby, who introduced her, called it “⟦p:b|the best leader's speech I've heard in thirty years⟧”.
Not everyone was convinced. One delegate from Tyneford, who asked not to be named, said: “⟦d:c|It was a great speech. But I've heard great speeches before. I want to see the numbers.⟧”

### 025
@a Morag Lindsay-Baptiste | First Minister
@b Eilidh Carmichael | Liberal leader
@c Ferdinand Osei | The Presiding Officer
@d Ruaridh Beaton | Unity's transport spokesman
First Minister Morag Lindsay-Baptiste has insisted she "⟦p:a|will not apologise⟧" for saving the Inverlochan shipyard, as opposition parties accused her government of wasting £190m on two ferries that are still not in service.
At First Minister's Questions, Liberal leader Eilidh Carmichael held up a photograph of the unfinished MV Ardnish. "⟦d:b|This ship was supposed to be sailing to the islands in 2019. It is now 2025 and it hasn't left the dock. When will the First Minister admit this was a mistake?⟧"
"⟦d:a|What would have been a mistake is letting 300 skilled jobs disappear,⟧" Lindsay-Baptiste replied. "⟦d:a|I'll take no lessons from a party that stood by while every other yard on the west coast closed.⟧"
"⟦d:b|The ferries, First Minister. Not the jobs. The ferries,⟧" Carmichael shouted back.
The Presiding Officer, Ferdinand Osei, warned members on both sides about their conduct. "⟦d:c|I'd remind members that the public are watching, and that shouting across the chamber is not a question,⟧" he said.
Later, Unity's transport spokesman, Ruaridh Beaton, asked when islanders would get "⟦p:d|a straight answer⟧". The First Minister said the first vessel would enter service "⟦p:a|in the spring⟧".
"⟦d:d|Which spring?⟧" Beaton asked, to laughter.

### 026
@a Hamid Sorensen | The Chancellor
@b Olivia Brannock-Dunne | the shadow chancellor
@c Institute for Household Finance | an independent think tank
@d Priyanka Deshmukh | chief economist at Halbrook Capital
The Chancellor, Hamid Sorensen, unveiled a £14bn package of tax rises and spending cuts on Wednesday, telling MPs that “⟦p:a|the era of borrowing our way out of every problem is over⟧”.
“⟦d:a|I did not come into this job to be popular, and today I suspect I have succeeded in that,⟧” he told a packed chamber, to laughter from both sides.
Responding, the shadow chancellor, Olivia Brannock-Dunne, said the budget was “⟦p:b|a tax raid on the people who can least afford it, dressed up as prudence⟧”.
“⟦d:b|He talks about hard choices. The hard choices are being made at kitchen tables up and down this country, not in his red box,⟧” she said.
The Institute for Household Finance, an independent think tank, said the measures would leave the poorest tenth of households £340 a year worse off by 2027. “⟦d:c|The headline giveaways are real, but they are more than offset by the freeze in thresholds,⟧” it said.
Priyanka Deshmukh, chief economist at Halbrook Capital, said markets were likely to welcome the plans. “⟦d:d|This is the budget the bond market wanted. Whether it's the budget the voters wanted is another question,⟧” she said.

### 027
@a Stellan Bergkvist | Unity leader
@b Amara Okonjo | Civic Democrat leader
@c Office for Budget Statistics | -
Fact check: what the leaders got wrong in Tuesday's debate
During Tuesday night's debate, Unity leader Stellan Bergkvist claimed that his party had "⟦p:a|built more hospitals than any government in history⟧". That is not correct. Official figures show that 14 new hospitals have opened since 2016, fewer than in the previous nine-year period.
Civic Democrat leader Amara Okonjo said that under Unity "⟦p:b|one in four children⟧" was growing up in poverty. This is broadly in line with the latest household survey, which puts the figure at 24 per cent after housing costs.
"⟦d:b|The number of people waiting for treatment has doubled on his watch,⟧" Ms Okonjo said. The waiting list has risen from 3.9 million to 7.4 million, so "⟦s:-|doubled⟧" is a slight exaggeration but not an unreasonable one.
Mr Bergkvist said: "⟦d:a|We have cut income tax for thirty million working people.⟧" It is true that the basic rate was cut by one percentage point last year. But thresholds have been frozen, which means more people are paying tax overall - a process economists call "⟦s:-|fiscal drag⟧".
The Office for Budget Statistics said in a note last year that the cut "⟦p:c|will be largely reversed by threshold freezes by 2028⟧".

### 028
@a Dana Kowalczyk | The presidential press secretary
@b Harlan Voss | President
@c Marcus Obi | Tribune correspondent
@d Leah Steinberg | Channel 9's chief political correspondent
PORT SEVERN - The presidential press secretary, Dana Kowalczyk, on Monday defended President Harlan Voss's late-night social media post calling a federal judge "⟦p:b|a disgrace to the robe⟧", saying the president was "⟦p:a|entitled to his opinion like every other citizen⟧".
"⟦d:c|Is the president every other citizen?⟧" asked Tribune correspondent Marcus Obi.
"⟦d:a|He's a citizen who happens to be president, Marcus, and he has the same free speech rights as you do,⟧" Kowalczyk said.
Leah Steinberg, Channel 9's chief political correspondent, asked whether the president had spoken to the attorney general about the case. "⟦d:a|Not to my knowledge,⟧" Kowalczyk replied. "⟦d:a|And I'd caution you against the premise of that question.⟧"
"⟦d:d|What's wrong with the premise?⟧" Steinberg pressed.
"⟦d:a|The premise is that the president would interfere in a legal matter. He wouldn't, and he hasn't.⟧"

### 029
@a Bartholomew Fane | the party chairman
@b Rashida Hollinshead | the 47-year-old former trade minister
@c Piers Okoro-Grant | -
@d - | One MP who backed him
Rashida Hollinshead has been elected leader of the Civic Democrats, beating Piers Okoro-Grant by 54 per cent to 46 per cent in a ballot of party members.
The result was announced at a hotel in central Kesterbridge by the party chairman, Bartholomew Fane. “⟦d:a|The total number of votes cast for Rashida Hollinshead was 61,204,⟧” he said, to loud cheers.
In her acceptance speech, the 47-year-old former trade minister said: “⟦d:b|To those who didn't vote for me: I will spend every day earning your trust. To those who did: don't get comfortable.⟧”
She paid tribute to Okoro-Grant, calling him “⟦p:b|a formidable opponent and, I hope, a colleague in my shadow cabinet⟧”.
Okoro-Grant, who did not attend the announcement, posted on social media: “⟦d:c|Congratulations to Rashida. The members have spoken and I accept their verdict. Now let's get on with beating this government.⟧”
His allies were less gracious in private. One MP who backed him said the contest had been “⟦p:d|stitched up by the party machine from day one⟧”.

### 030
@a Rupert Daintree | planning agent for Silverbirch Homes
@b Mehmet Yıldız | a resident of Orchard Lane
@c Gwen Harcourt | the ward member
@d Winifred Oakes | chairman of the planning committee
Plans for 240 homes on farmland at the edge of Little Thornbury were approved by Eastvale District Council's planning committee on Tuesday, despite more than 600 letters of objection.
Rupert Daintree, planning agent for Silverbirch Homes, told the committee the scheme would deliver ``⟦p:a|much-needed affordable housing for local young people⟧''.
``⟦d:a|Forty per cent of these homes will be affordable. That is above your own policy requirement,⟧'' he said. ``⟦d:a|If this committee refuses this application, it will be refused on appeal, and the council will pay the costs.⟧''
Mehmet Yıldız, a resident of Orchard Lane, said the village school was already full. ``⟦d:b|My daughter is on a waiting list for a school two miles away. Where are the children from 240 more families going to go?⟧'' he asked.
Cllr Gwen Harcourt, the ward member, urged colleagues to refuse. ``⟦d:c|We are being told to approve this because we are frightened of losing an appeal. That is not planning. That is surrender,⟧'' she said.
Cllr Winifred Oakes, chairman of the planning committee, said members had ``⟦p:d|no sound planning grounds⟧'' for refusal. ``⟦d:d|I understand the strength of feeling. I live three miles from this site. But we have to decide this on planning law, not on how we feel,⟧'' she said.
The application was approved by six votes to five, with Mrs Oakes using her casting vote. Someone in the public seats called out ``⟦d:-|Disgraceful!⟧'' as the decision was announced.

### 031
@a Jonah Abernathy-Sesay | Education Secretary
@b Gemma Lockhart | Presenter
@c Teachers' Federation | -
Education Secretary Jonah Abernathy-Sesay has been accused of dodging questions about school building safety during a testy interview on Daybreak.
Presenter Gemma Lockhart asked him how many schools were still using classrooms built with the crumbling lightweight concrete identified last year.
"⟦d:a|We've made enormous progress. Every affected school has a plan—⟧"
"⟦d:b|How many, secretary of state?⟧"
"⟦d:a|I don't have the exact figure in front of me this morning.⟧"
"⟦d:b|You must know roughly. Is it ten? Is it a hundred? Is it a thousand?⟧"
"⟦d:a|It's in the hundreds, and it's falling every week,⟧" he said eventually.
Lockhart then read out a message from a headteacher in Carnforth whose pupils have been taught in portable cabins for 14 months. "⟦d:b|She says, and I quote, 'We have been forgotten.' What would you say to her?⟧"
"⟦d:a|I'd say to her: you haven't been forgotten, and I'd be very happy to visit,⟧" Abernathy-Sesay replied.
The Teachers' Federation said afterwards that the interview showed the government "⟦p:c|simply does not know the scale of the problem⟧".

### 032
@a Jelena Marković-Sand | Drava's foreign minister
@b Kristof Haller | Her Aurenlander counterpart
@c - | a correspondent for Aurenland's public broadcaster
The foreign ministers of Drava and Aurenland traded barbs at a joint press conference in Tessenburg on Monday, hours after a Dravan patrol boat detained an Aurenlander fishing vessel on the disputed Kessel lake.
«⟦d:a|The vessel was in Dravan waters. This is not an opinion, it is geography,⟧» Drava's foreign minister, Jelena Marković-Sand, told reporters.
Her Aurenlander counterpart, Kristof Haller, standing at the next lectern, replied in German: «⟦d:b|Die Geografie ist nicht so einfach, wie die Ministerin glaubt.⟧» («⟦d:b|The geography is not as simple as the minister believes.⟧»)
He demanded the release of the seven crew members «⟦p:b|today, not tomorrow, not after a committee has met⟧».
«⟦d:c|Minister, will the crew be charged?⟧» asked a correspondent for Aurenland's public broadcaster.
«⟦d:a|That is a matter for our prosecutors, not for me,⟧» Marković-Sand said. «⟦d:a|I can tell you they are being treated well. They have had breakfast. They have had telephone calls.⟧»
«⟦d:b|Breakfast is not the issue,⟧» Haller interjected.
Despite the tension, both ministers said they would meet again within a fortnight. «⟦d:a|We disagree about the lake. We do not disagree about everything,⟧» Marković-Sand said.

### 033
@a Verity Ashdown-Clarke | the Chancellor
@b - | One ally of the Chancellor
@c - | A Carrow House insider
@d - | A veteran backbencher
@e - | A Carrow House spokeswoman
Relations between the Prime Minister and the Chancellor, Verity Ashdown-Clarke, have sunk to their lowest point since the election, with allies of both camps briefing against each other ahead of next month's spending review.
One ally of the Chancellor said she was “⟦p:b|fed up with being blamed for decisions taken on the other side of the wall⟧”. “⟦d:b|Verity has been told to find £9bn and then been told not to touch anything that might cost a vote. That's not a spending review, it's a magic trick,⟧” the ally said.
A Carrow House insider hit back: “⟦d:c|Every chancellor thinks they're the only grown-up in the building. This one just says it more often.⟧”
A veteran backbencher said the feud was “⟦p:d|a gift to the opposition⟧”. “⟦d:d|I've seen this film before. It ends with one of them on the back benches and the other one wishing they were,⟧” he said.
Ashdown-Clarke herself struck a conciliatory note at an event in Wellfield on Saturday, saying she and the Prime Minister were “⟦p:a|in lockstep⟧” on the public finances.
A Carrow House spokeswoman said: “⟦d:e|The Prime Minister and the Chancellor work closely together every day. This is tittle-tattle.⟧”

### 034
@a Conrad Mabaso | Commissioner
@b - | one officer
@c Eleanor Pryce-Whitaker | the Civic Democrat MP for Harnley
@d Sunil Khatri | The committee's chairman
The head of Kesterbridge's police force apologised on Tuesday for what he called "⟦p:a|unacceptable failures⟧" in the handling of complaints against officers, after MPs read out internal messages in which one officer described complainants as "⟦p:b|professional moaners⟧".
Commissioner Conrad Mabaso told the home affairs committee: "⟦d:a|I have read those messages. I was ashamed to read them. They do not reflect the values of this force, and the officers involved are under investigation.⟧"
Eleanor Pryce-Whitaker, the Civic Democrat MP for Harnley, read aloud from a 2022 internal review which found that complaints were "⟦p:-|routinely closed without contact with the complainant⟧".
"⟦d:c|You knew about this review in 2022, commissioner. What did you do?⟧" she asked.
"⟦d:a|We put in place an improvement plan—⟧"
"⟦d:c|Which didn't work.⟧"
"⟦d:a|Which has not worked as quickly as I would have liked, no,⟧" Mabaso said.
The committee's chairman, Sunil Khatri, said the force had "⟦p:d|a mountain to climb⟧" to win back public trust. "⟦d:d|We will be asking you back in six months, commissioner, and we will expect to hear a very different story,⟧" he said.

### 035
@a Alun Pask | the vicar of St Hilda's
@b - | a woman near the back of the hall
@c Marjorie Hinchcliffe | the Unity candidate
@d Tunde Bakare-Ellis | the Civic Democrat candidate
@e Rowan Quilty | the Green candidate
More than 200 people squeezed into St Hilda's church hall in Marrowby on Thursday for the only hustings of the Marrowby and Ferncliffe campaign.
The Rev Alun Pask, the vicar of St Hilda's, opened proceedings with a plea for good manners. “⟦d:a|We're in a church, so I'd ask you to love your neighbour, even if your neighbour is voting for someone else,⟧” he said.
The first question, from a woman near the back of the hall, was about the closure of Ferncliffe's only GP surgery. “⟦d:b|My husband had a stroke in January and we had to drive 40 minutes to see a doctor. Which of you is going to fix that?⟧”
Marjorie Hinchcliffe, the Unity candidate, said she had “⟦p:c|already raised it with the health minister personally⟧”. “⟦d:c|I'm not going to stand here and promise you a surgery by Christmas. I'll promise you I'll fight for one,⟧” she said.
Tunde Bakare-Ellis, the Civic Democrat candidate, said: “⟦d:d|With respect to Marjorie, her party has been in government for nine years. Who exactly has she been raising it with?⟧”
Rowan Quilty, the Green candidate, won the loudest applause of the night when she said all three of the larger parties had “⟦p:e|let rural health care wither⟧”. “⟦d:e|This isn't a Ferncliffe problem. It's a countryside problem, and it needs a countryside answer,⟧” she said.
Hinchcliffe later told the Marrowby Mercury: “⟦d:c|It was a lively night. That's democracy.⟧”

### 036
@a Ondřej Vlček | Speaker
@b Alena Horváthová | Opposition leader
@c Jaroslav Klímek | Borovian Prime Minister
@d - | A government official
STAREMĚSTO, Nov 14 (Meridian) - Borovian Prime Minister Jaroslav Klímek narrowly survived a no-confidence vote on Tuesday, after three independent deputies abstained at the last minute.
"⟦d:a|The motion has not been carried,⟧" Speaker Ondřej Vlček announced after the electronic vote, in which 98 deputies backed the motion, three short of the 101 needed.
Opposition leader Alena Horváthová, who tabled the motion over a corruption scandal at the state energy company, said the government was "⟦p:b|finished in everything but name⟧".
"⟦d:b|They survived tonight with the votes of three deputies who were expelled from their own party last month. That is not a majority. That is a hostage situation,⟧" she told parliament before the vote.
Klímek, addressing deputies earlier in the day, said he would not resign "⟦p:c|because of rumours and newspaper headlines⟧". "⟦d:c|If anyone in this government has broken the law, they will face the courts, like any other citizen. But I will not hand this country to people whose only programme is to be against,⟧" he said.
A government official, speaking on condition of anonymity, said the prime minister would reshuffle his cabinet "⟦p:d|within days⟧".

### 037
@a Ffion Llewellyn-Asare | his opposite number
@b Barnaby Quennell | the Leader of the House
@c Desmond Crouch | the member for Upper Fold
Thursday is business questions, the weekly hour in which MPs ask for debates on whatever is troubling them and Barnaby Quennell, the Leader of the House, promises to “⟦p:b|pass that on to the relevant minister⟧”, which is parliamentary for “⟦s:-|no⟧”.
Ffion Llewellyn-Asare, his opposite number, opened with the customary list of government “⟦s:-|U-turns⟧”, which she has taken to numbering. “⟦d:a|This week we are up to forty-three. Forty-four if you count the minister who turned round in the lobby on Tuesday because he'd forgotten which way he was meant to be voting,⟧” she said.
Quennell, who has the air of a man permanently waiting for a bus, replied that the government preferred to call them “⟦p:b|evidence-led adjustments⟧”. The chamber groaned.
“⟦d:b|The honourable lady may laugh, but a government that listens is a government that changes its mind. I'd rather that than a party which hasn't changed its mind since 1983,⟧” he said.
Sir Desmond Crouch, the member for Upper Fold, then rose, as he has every Thursday for 27 years, to request a debate on the state of the A614. “⟦d:c|Mr Speaker, I have potholes in my constituency older than some members of this House,⟧” he said.
Quennell promised to “⟦p:b|pass that on⟧”. The A614 remains, for now, undebated.

### 038
@a Petra Lindgren-Osei | The metro mayor
@b Dennis Varley | a retired lorry driver
@c Sharon | His wife
@d Rivers Authority | -
@e - | One volunteer at the rest centre
The metro mayor, Petra Lindgren-Osei, has promised an independent review of the emergency response after more than 400 homes in the Lower Teme valley were flooded over the weekend.
Visiting a rest centre in Aldbury on Monday, she said: "⟦d:a|People here deserve to know whether the warnings came in time, and if they didn't, why not. I want those answers as much as they do.⟧"
Dennis Varley, a retired lorry driver, said water reached the top of his kitchen units within an hour. "⟦d:b|We had a text from the Rivers Authority at ten past two in the morning. By then the water was already in the hall,⟧" he said.
His wife, Sharon, said: "⟦d:c|We've lost everything downstairs. The photos, the lot. You can't insure memories.⟧"
The Rivers Authority said flood warnings had been issued "⟦p:d|in line with forecast data⟧". "⟦d:d|The speed at which the Teme rose on Saturday night was exceptional and exceeded all modelled scenarios,⟧" it said.
One volunteer at the rest centre said they had been serving hot meals since Saturday morning. "⟦d:e|We've had people arrive in their pyjamas. We've had people arrive with their cats in a washing basket,⟧" she said.

### 039
@a Gareth Pennock | a former Marine
@b Alisha Ward | Sunday Politics presenter
@c - | A government source
@d - | A Ministry for Defence and Veterans spokesman
A FURIOUS minister quit live on TV yesterday - telling viewers he was "⟦p:a|ashamed⟧" of his own government's treatment of ex-servicemen.
Veterans minister Gareth Pennock, 49, a former Marine, stunned Sunday Politics presenter Alisha Ward when he announced his resignation midway through an interview about homelessness among ex-forces personnel.
"⟦d:a|I was brought in to fix this. I've been given no money and no power to fix it,⟧" he said. "⟦d:a|So I'm going to say something I've never said on television before. I resign. As of now.⟧"
The presenter asked: "⟦d:b|Minister - sorry - are you saying you're resigning on this programme?⟧"
"⟦d:a|I am. I've written the letter. It's in my jacket pocket,⟧" he replied.
A government source fumed: "⟦d:c|It's a stunt. If he cared that much he'd have stayed and fought.⟧"
A Ministry for Defence and Veterans spokesman said: "⟦d:d|We thank Gareth for his service and wish him well.⟧"

### 040
@a Beauregard Tillman | a first-term senator from Carrollton
@b Yolanda Briggs-Hart | Majority Leader
@c - | One staffer
Sen. Beauregard Tillman, a first-term senator from Carrollton, had been speaking for 14 hours and 20 minutes when, shortly after 4 a.m. on Thursday, he reached for his grandmother's recipe book.
“⟦d:a|If the majority leader won't let us amend this bill, then the people of Carrollton deserve to hear about Mamie Tillman's pecan pie,⟧” he told a near-empty chamber, before reading aloud from “⟦s:-|Sunday Suppers in the Delta⟧”, a spiral-bound collection published by his grandmother's church in 1962.
The filibuster, aimed at blocking the Rural Broadband Act, ended at 7.12 a.m. when Tillman, hoarse, yielded the floor. His final words: “⟦d:a|One cup of sugar, two eggs, and don't ever let anyone tell you that's too much butter.⟧”
Majority Leader Yolanda Briggs-Hart was unamused. “⟦d:b|The senator has a fine voice and, I'm told, an excellent pie. Neither of those things is an argument,⟧” she said on the floor later that morning.
One staffer, who sat through the entire session, said: “⟦d:c|I've learned more about pastry tonight than I ever wanted to.⟧”

### 041
@a Kofi Mensah-Dalby | The prisons minister
@b Rebecca Ashworth | the shadow justice secretary
@c Lindiwe Carstairs | the justice committee chair
@d Hywel Parry-Evans | a Unity backbencher
The prisons minister, Kofi Mensah-Dalby, has told MPs that 14 prisoners released in error last month have still not been traced, as he faced an urgent question in the Assembly.
“⟦d:a|Every one of these releases is one too many. I have asked for a full review and I will update the House when it reports,⟧” he said.
Rebecca Ashworth, the shadow justice secretary, said the government had been warned for two years that the prison system was “⟦p:b|at breaking point⟧”. “⟦d:b|Fourteen people who should be behind bars are walking the streets tonight and the minister can't tell this House where a single one of them is. How is that acceptable?⟧”
Mensah-Dalby said it was “⟦p:a|not acceptable⟧” and that police were “⟦p:a|actively pursuing⟧” each case.
Lindiwe Carstairs, the justice committee chair, asked whether any of the 14 had been convicted of violent offences. “⟦d:a|I'm not going to give a running commentary on individual cases,⟧” the minister replied.
“⟦d:c|That is not a running commentary. It is a yes or no question,⟧” she said.
Hywel Parry-Evans, a Unity backbencher, urged the minister to “⟦p:d|ignore the hand-wringing⟧” and build more prison places. “⟦d:d|The public don't want a review. They want the doors locked,⟧” he said.

### 042
@a Glenys Bowker | FTW general secretary
@b Marek Zieliński | a driver at the Hallam bus depot
@c - | A Social Labour Party spokesperson
@d Federation of Transport Workers | The union
Delegates at the Federation of Transport Workers' annual conference in Scarrow voted overwhelmingly on Tuesday to review the union's £1.2m annual donation to the Social Labour Party, in a sign of growing frustration on the left with the party's leadership.
"⟦d:a|We are not a cash machine,⟧" FTW general secretary Glenys Bowker told the conference. "⟦d:a|For a hundred years this union has funded this party. The least we expect in return is to be listened to.⟧"
Marek Zieliński, a driver at the Hallam bus depot, who proposed the motion, said members had "⟦p:b|run out of patience⟧". "⟦d:b|When I tell the lads on my shift where their subs go, they laugh at me,⟧" he said.
A Social Labour Party spokesperson said: "⟦d:c|We value our relationship with the trade union movement enormously and will continue to work closely with the FTW.⟧"
The union said in a statement after the vote that the review would report "⟦p:d|well before the next general election⟧".

### 043
@a Civic Democrats | The party
@b Toby Ingleby-Marsh | the group's chairman
@c Young Civics | The party's youth wing
@d - | One former member
The Civic Democrats have suspended the national committee of their youth wing after messages in a group chat mocking disabled people were leaked to the press.
The messages, seen by Channel 9 News, include one describing a charity fun run as a “⟦p:-|freak show⟧”.
The party said: “⟦d:a|These messages are disgusting and have no place in our party. The national committee of Young Civics has been suspended with immediate effect pending an investigation.⟧”
Toby Ingleby-Marsh, the group's chairman, said he had not written any of the messages but apologised “⟦p:b|unreservedly⟧”. “⟦d:b|I should have challenged what was being said in that chat, and I didn't. That's on me,⟧” he said.
The party's youth wing, Young Civics, said in a separate statement that it would “⟦p:c|cooperate fully⟧” with the inquiry.
One former member, who left the group last year, said: “⟦d:d|None of this is a surprise to anyone who's been in that chat. People raised it and were told to lighten up.⟧”

### 044
@a Ardenian Foreign Ministry | -
@b Tomas Eriksen-Vaal | the Kalevian ambassador
@c Nadia Benhamou | Foreign Minister
@d - | A Western diplomat in Lisvan
LISVAN, Feb 2 (Meridian) - Ardenia summoned the Kalevian ambassador on Friday over what its foreign ministry called «⟦p:a|a grave violation of our airspace⟧» by two Kalevian military drones.
«⟦d:a|The Republic of Ardenia will not accept such incidents as routine. They are not routine, and they will not become routine,⟧» the Ardenian Foreign Ministry said in a statement.
The Kalevian ambassador, Tomas Eriksen-Vaal, told reporters as he left the ministry after a 40-minute meeting that the drones had been on «⟦p:b|a standard training flight⟧» and had «⟦p:b|at no point⟧» entered Ardenian airspace. «⟦d:b|We have radar data. We are ready to share it,⟧» he said.
Foreign Minister Nadia Benhamou said the offer was «⟦p:c|welcome but late⟧». «⟦d:c|If the data shows what the ambassador says it shows, why has it taken three days to offer it?⟧» she asked at a news conference.
A Western diplomat in Lisvan said both sides appeared keen to avoid escalation. «⟦d:d|There is a lot of noise, but nobody is moving troops,⟧» the diplomat said.

### 045
@a Niamh Cassidy | our political editor
@b Clement Oyediran | the former prime minister
Sir Clement Oyediran, the former prime minister, has not given an interview since leaving office in 2019. He agreed to meet our political editor, Niamh Cassidy, at his home in the Vell valley, on condition that she did not ask about his memoirs. She asked anyway.
“⟦d:a|Let's start with the memoirs.⟧”
“⟦d:b|We agreed we wouldn't.⟧”
“⟦d:a|You agreed. I nodded.⟧”
“⟦d:b|(Laughs.) Fine. They're two-thirds written, and the last third is the part everyone wants to read, which is why it isn't written.⟧”
“⟦d:a|Do you regret calling the 2019 election early?⟧”
“⟦d:b:m|Every morning for about a year. Less now. I thought the country wanted clarity, and it turned out the country wanted to be left alone for a bit. That's a lesson they don't teach you.⟧
“⟦d:b|I'll say one more thing about it and then I'll stop. The worst decisions you make in that job aren't the ones you agonise over. They're the ones you make in ten minutes on a Sunday because everyone's tired.⟧”
“⟦d:a|Is that how the election was called?⟧”
“⟦d:b|Next question.⟧”

### 046
@a Howard Ellery-Sands | council leader
@b Bronwen Tate | leader of the Green group
@c Ishaq Rahman | The Lord Mayor
Brackenford City Council has approved a 4.99 per cent council tax rise - the maximum allowed without a referendum - after a stormy budget meeting on Wednesday night.
Council leader Howard Ellery-Sands said the increase was "⟦p:a|regrettable but unavoidable⟧". "⟦d:a|Every single council in the country is in the same position. We can either put up council tax or we can stop collecting bins. I know which one residents would choose,⟧" he said.
"⟦d:-|They'd choose neither!⟧" came a shout from the public gallery.
Bronwen Tate, leader of the Green group, accused the administration of spending £2.3m on "⟦p:b|vanity projects⟧", including a new riverside events space. "⟦d:b|You found money for a stage. You couldn't find money for a youth club,⟧" she said.
"⟦d:a|That stage is funded from a capital grant, as the councillor knows perfectly well—⟧" Ellery-Sands began.
"⟦d:b|So you keep saying.⟧"
The Lord Mayor, Cllr Ishaq Rahman, called for order and reminded the chamber that "⟦p:c|the gallery is there to listen, not to take part⟧".

### 047
@a Adebayo Ferreira-Lund | Channel 9's polling expert
@b Gillian Frome | The Unity Party chair
@c Jasmine Tran | the presenter
@d Declan Mulvey | Civic Democrat campaign director
The exit poll, published as polls closed at 10pm, suggests the Civic Democrats will win 318 seats, eight short of an overall majority, with Unity on 241.
“⟦d:a|If this is right, it's the largest swing between two elections that we've ever measured,⟧” said Professor Adebayo Ferreira-Lund, Channel 9's polling expert. “⟦d:a|But exit polls have been wrong before, and eight seats is well within the margin.⟧”
The Unity Party chair, Gillian Frome, told the presenter, Jasmine Tran, that she would “⟦p:b|wait for real votes in real boxes⟧”.
“⟦d:c|Chair, you're looking at losing more than a hundred seats. Is there any version of tonight that counts as a good night for you?⟧” Tran asked.
“⟦d:b|A good night is one where every vote is counted. We'll see where we are in the morning,⟧” Frome said.
Civic Democrat campaign director Declan Mulvey was cautious. “⟦d:d|I've had a text from my mum saying congratulations. I've told her to calm down,⟧” he said.

### 048
@a Imogen Tharoor-Bell | the Prime Minister's deputy official spokeswoman
@b - | one reporter
@c - | another reporter
@d Rhodri Vaughan | A Treasury minister
Carrow House on Monday declined to say how much the Prime Minister's new chief of staff, Lorcan Devereux, was still earning from his lobbying firm, insisting his arrangements had been "⟦p:a|fully declared in the proper way⟧".
Imogen Tharoor-Bell, the Prime Minister's deputy official spokeswoman, told reporters: "⟦d:a|Mr Devereux has stepped back from all day-to-day involvement in the company. The appropriate declarations have been made.⟧"
"⟦d:b|Is he still a shareholder?⟧" one reporter asked.
"⟦d:a|I'm not going to get into an individual's private financial arrangements.⟧"
"⟦d:c|He's the most powerful unelected person in the country. Isn't that the public's business?⟧" another reporter pressed.
"⟦d:a|I've set out the position,⟧" she said.
A Treasury minister, Rhodri Vaughan, later told the Channel 9 lunchtime programme that he had "⟦p:d|no concerns whatsoever⟧". "⟦d:d|Lorcan is a brilliant operator, and everything has been done by the book,⟧" he said.

### 049
@a Southern Rim Forum | -
@b Kalani Mahoe | Maranu's Prime Minister
@c Tevita Lolohea | The climate envoy of the Ulani Islands
@d Harvest Watch | an anti-poverty charity
Leaders of the Southern Rim Forum ended their summit in Port Matavai on Sunday with a pledge to create a regional loss-and-damage fund, but without agreeing how much money should go into it.
In a joint communiqué, the Southern Rim Forum committed to “⟦p:a|a fund commensurate with the scale of the crisis⟧” and to “⟦p:a|begin capitalisation no later than 2027⟧”.
Maranu's Prime Minister, Kalani Mahoe, who hosted the summit, said: “⟦d:b|Two years ago this fund was a dream. Today it is a decision. Next year it must be a bank account.⟧”
The climate envoy of the Ulani Islands, Tevita Lolohea, was less upbeat. “⟦d:c|My country is losing a metre of coastline a year. We cannot eat communiqués,⟧” he said.
Harvest Watch, an anti-poverty charity, said the summit had produced “⟦p:d|a promise without a price tag⟧”. “⟦d:d|Until there is a number, there is nothing,⟧” it said.
Outside the conference centre, protesters held placards reading “⟦s:-|1.5 To Stay Alive⟧” and chanted “⟦s:-|Pay up now!⟧”.

### 050
@a Jolyon Whitcombe | The Prime Minister's former director of communications
@b Gregor Penhaligon | the Prime Minister
@c Amelia Nakamura-Scott | a Civic Democrat member of the committee
@d - | Penhaligon's spokesman
The Prime Minister's former director of communications, Jolyon Whitcombe, told a parliamentary committee on Wednesday that Gregor Penhaligon had personally approved a statement to the Assembly that he knew to be inaccurate.
Whitcombe, who left Carrow House in March, handed the privileges committee 46 pages of messages. In one, sent at 11.42pm on the night before the statement, the Prime Minister wrote: "⟦d:b|Just say the review found nothing. Nobody reads page 40.⟧"
Whitcombe replied, according to the messages: "⟦d:a|It didn't find nothing though.⟧"
Amelia Nakamura-Scott, a Civic Democrat member of the committee, asked: "⟦d:c|Did you think at that point that the Prime Minister was asking you to mislead the Assembly?⟧"
"⟦d:a|I thought he was asking me to make a problem go away. It was only later that I understood what that meant,⟧" Whitcombe said.
Penhaligon's spokesman said: "⟦d:d|The Prime Minister has always acted in good faith. Selective extracts of private messages, released by a disgruntled former employee, do not change that.⟧"

### 051
@a Imran Chaudhry | the Civic Democrat candidate
@b - | a woman in a dressing gown
@c - | a man in his seventies washing his car
@d Kerry-Ann Doherty | a retired nurse who has been canvassing with him since March
It is 10am on a drizzly Saturday in Holmbridge, and Imran Chaudhry, the Civic Democrat candidate, has knocked on 31 doors. Eleven have opened.
“⟦d:a|That's a good rate for a Saturday. People are in, but they don't always want to be in for you,⟧” he says, consulting an app on his phone.
At number 14, a woman in a dressing gown opens the door a crack. “⟦d:b|Are you the one who wants to build on the rec?⟧” she asks. He is not; that is the Unity candidate. “⟦d:b|Then you can leave a leaflet,⟧” she says, and closes the door.
Next door, a man in his seventies washing his car is more forthcoming. “⟦d:c|I've voted the same way for fifty years. I'm thinking about changing. Don't take that as a yes,⟧” he says.
Kerry-Ann Doherty, a retired nurse who has been canvassing with him since March, says the mood has shifted. “⟦d:d|In the spring people slammed doors. Now they argue with you. Arguing is good. Arguing means they're thinking about it,⟧” she says.
Chaudhry calls this “⟦p:a|the argument dividend⟧”.

### 052
@a Sylvie Thibodeau | Premier
@b Patrick Ouellette-Mackenzie | Opposition leader
@c Anita Boudreau | Speaker
Premier Sylvie Thibodeau defended her government's controversial language bill in the legislature on Tuesday, telling opposition members in French that «⟦p:a|le français n'est pas une menace, c'est une chance⟧» - «⟦p:a|French is not a threat, it is an opportunity⟧».
Opposition leader Patrick Ouellette-Mackenzie said the bill would «⟦p:b|drive businesses across the border⟧». «⟦d:b|Nobody on this side of the House is against French. We are against paperwork,⟧» he said. «⟦d:b|Ask any small business owner in Grandpré how many new forms they will need to fill in under Bill 14.⟧»
«⟦d:a|None,⟧» Thibodeau shot back.
«⟦d:b|Then why is the bill 212 pages long?⟧»
Speaker Anita Boudreau called members to order as the heckling grew. «⟦d:c|Order. Order, please. Members will have their turn,⟧» she said, before switching to French: «⟦d:c|Un peu de silence, s'il vous plaît.⟧» («⟦d:c|A little quiet, please.⟧»)

### 053
@a Harriet Lomax | The mayor of Harbourside
@b Felix Brandauer | the Unity group leader
@c Ngozi Ekwueme | The assembly chair
The mayor of Harbourside, Harriet Lomax, has admitted that her flagship promise to plant 100,000 trees by the end of her first term will be missed.
``⟦d:a|We've planted 61,000. I'd rather tell you the truth about that than spin it,⟧'' Lomax told members at Mayor's Question Time on Thursday.
Felix Brandauer, the Unity group leader, said: ``⟦d:b|The mayor promised a hundred thousand trees. She's delivered six in ten. If a builder did that with my house I'd want a refund.⟧''
``⟦d:a|If a builder delivered six in ten homes in the middle of a pandemic and a supply crisis, I'd give him a medal,⟧'' Lomax replied.
The assembly chair, Ngozi Ekwueme, intervened when members began talking over one another. ``⟦d:c|One at a time, please. The mayor is answering,⟧'' she said.
Lomax said the remaining trees would be in the ground by ``⟦p:a|spring of next year at the latest⟧''.

### 054
@a - | One MP backing Chidi Nwosu
@b Eleanor Grieve | the business secretary
@c - | A spokesman for Ms Grieve's campaign
@d Chidi Nwosu | the former foreign secretary
@e - | A senior party figure who is neutral in the contest
The contest to lead Unity turned nasty this weekend, with allies of both candidates trading accusations of smears and dirty tricks.
One MP backing Chidi Nwosu, the former foreign secretary, said Eleanor Grieve's team had been “⟦p:a|ringing round journalists with rubbish about his expenses⟧”. “⟦d:a|It's desperate stuff. When you're behind in the members' polling you start throwing mud,⟧” the MP said.
A spokesman for Ms Grieve's campaign said: “⟦d:c|This is nonsense. Eleanor is running a positive campaign about the future of the country, and she will not be dragged into the gutter.⟧”
Grieve, the business secretary, told the Sunday Courier she had “⟦p:b|never briefed against a colleague in my life⟧”.
Nwosu, speaking at a rally in Dunmarsh, said: “⟦d:d|I'm not interested in who said what to whom. I'm interested in winning back the voters we lost last May.⟧”
A senior party figure who is neutral in the contest said: “⟦d:e|Whoever wins is going to have to put these two back in the same cabinet. Nobody seems to be thinking about that.⟧”

### 055
@a Perpetua Alleyne | Prime Minister
@b Yusuf Karimi-Lowe | Opposition leader
@c - | Carrow House aides
KESTERBRIDGE, May 22 (Meridian) - Prime Minister Perpetua Alleyne on Wednesday called a general election for July 4, announcing the date in heavy rain outside Carrow House.
"⟦d:a|Now is the moment for the country to choose its future,⟧" Alleyne said, her voice at times drowned out by music blaring from a loudspeaker operated by protesters at the gates. "⟦d:a|I am asking you for your trust, and I am asking you for the chance to finish the job.⟧"
"⟦d:-|Too late, love!⟧" someone shouted from the direction of the road.
She did not react, and went on: "⟦d:a|Over the coming weeks I will set out a clear plan. The choice will be a simple one.⟧"
Opposition leader Yusuf Karimi-Lowe, campaigning in Sallowby, said: "⟦d:b|It's time for change. I'm ready, my party is ready, and I think the country has been ready for quite a while.⟧"
Carrow House aides later joked that the soaked prime minister had been "⟦p:c|drowned out but not washed up⟧".

### 056
@a Constance Ogbu-Wainwright | The shadow home secretary
@b Naledi Ferris | the programme's presenter
@c - | a Home Department source
The shadow home secretary, Constance Ogbu-Wainwright, has declined to say how her party would pay for 10,000 extra police officers, insisting the details would be set out “⟦p:a|in our manifesto, in the proper way⟧”.
Speaking on Radio Calder's Drivetime, she was asked repeatedly by the programme's presenter, Naledi Ferris, where the £1.4bn a year would come from.
“⟦d:b|You've had two years to work this out. Where's the money coming from?⟧” Ferris asked.
“⟦d:a|We've identified savings across the Home Department, including from the asylum hotels contract, which is costing the taxpayer—⟧”
“⟦d:b|That money is already spent in your other pledges. You've spent it three times.⟧”
“⟦d:a|I don't accept that at all.⟧”
“⟦d:b|Which part don't you accept?⟧”
“⟦d:a|Naledi, I'm not going to write our manifesto live on your programme,⟧” she said. “⟦d:a|Every pledge we make will be fully costed and fully funded.⟧”
Later, a Home Department source described the exchange as “⟦p:c|car-crash radio⟧”.

### 057
@a Ashok Venkataraman | the Unity MP for Dellbridge
@b Kathleen Murchison | the Parliamentary Commissioner for Standards
@c - | A Unity spokesperson
A Unity MP has been found to have broken the Assembly's code of conduct by failing to declare £48,000 in payments from a gambling company.
Ashok Venkataraman, the Unity MP for Dellbridge, received the money over two years for so-called "⟦s:-|strategic advice⟧".
In her report, the Parliamentary Commissioner for Standards, Kathleen Murchison, said his failure to register the payments was "⟦p:b|not a matter of oversight but of judgement⟧". "⟦d:b|The member was reminded on three occasions of his obligations. On each occasion he gave assurances that were not honoured,⟧" she wrote.
She recommended a suspension of 14 sitting days.
Venkataraman said in a statement that he accepted the findings "⟦p:a|in full⟧" and apologised "⟦p:a|to the House and to my constituents⟧". "⟦d:a|I made a mistake, and I have paid the money back. I will not be appealing,⟧" he said.
A Unity spokesperson said the whip would not be withdrawn. "⟦d:c|Ashok has apologised and will serve his suspension,⟧" the spokesperson said.

### 058
@a Derek Pomfrey | chairman of Little Ashby Parish Council
@b Janice Hurd | the parish clerk
@c Lydia Fanshawe-Oyo | Fellow councillor
@d Margaret Kettering | -
A parish council chairman has apologised after he was heard calling a resident “⟦p:a|a professional pain in the backside⟧” when he forgot to mute his microphone during a meeting streamed live online.
Derek Pomfrey, chairman of Little Ashby Parish Council, made the remark to the parish clerk, Janice Hurd, during what he thought was a short break in Tuesday's meeting.
“⟦d:a|Here we go. Mrs Kettering again. A professional pain in the backside, that woman,⟧” he was heard to say, as 37 people watched on the council's video channel.
“⟦d:b|Derek, your microphone,⟧” Mrs Hurd can be heard replying.
The meeting resumed two minutes later in silence. Fellow councillor Lydia Fanshawe-Oyo later said the episode was “⟦p:c|mortifying for all of us⟧”.
Mr Pomfrey said in a statement posted on the council website: “⟦d:a|I apologise unreservedly to Mrs Kettering for my comment, which was rude and uncalled for. I have written to her personally.⟧”
Margaret Kettering, 74, told the Ashby Gazette: “⟦d:d|I've been called worse, but never live on the internet.⟧”

### 059
@a Aurelio Santangelo | the summit's host
@b Han Mei-Lin | President
@c - | A reporter from the Vessarian news agency VNA
ROSSARA, June 15 (Meridian) - Leaders of the Inner Sea Group wrapped up a two-day summit on Sunday with an agreement to coordinate grain reserves, but sharp differences remained over shipping tolls through the Caspa Strait.
"⟦d:a|We came here with eight countries and eight positions. We leave with one plan,⟧" Vessarian Prime Minister Aurelio Santangelo, the summit's host, told a closing news conference.
President Han Mei-Lin of the Federated Isles, speaking through an interpreter, said the tolls were "⟦p:b|a matter of sovereignty, not a subject for a communiqué⟧". "⟦d:b|We are happy to discuss grain. We are happy to discuss fish. We are not going to discuss our own waters with people who do not live beside them,⟧" she said.
A reporter from the Vessarian news agency VNA asked Santangelo whether the summit had failed on its central issue. "⟦d:c|Was the strait even discussed?⟧"
"⟦d:a|It was discussed at great length, I can assure you. Over dinner. Twice,⟧" Santangelo said, to laughter.

### 060
@a Rosemary Tuckwell | the longest-serving chief whip in the Assembly's history
@b Aloysius Mbatha | her former deputy
@c - | One former cabinet minister
Dame Rosemary Tuckwell, the longest-serving chief whip in the Assembly's history, keeps a small brass bell on her desk. She used to ring it, she says, whenever a rebellion had been seen off.
“⟦d:a:m|I rang it 212 times. I lost nine votes in eleven years, which I think is a record, though nobody keeps that sort of record, thank God.⟧
“⟦d:a:m|People think whipping is about threats. It isn't, mostly. It's about listening. You find out what a member actually wants — a new bypass, a seat on a committee, an apology from someone who was rude to them in 2011 — and you work out whether you can give it to them.⟧
“⟦d:a|And when you can't, then, yes, occasionally, you remind them of things.⟧”
She will not say what things.
Her former deputy, Aloysius Mbatha, describes her as “⟦p:b|the only person in the building every prime minister was frightened of⟧”. “⟦d:b|She knew everyone's secrets and she never used a single one. She didn't have to. The fact that she knew was enough,⟧” he says.
One former cabinet minister is less warm. “⟦d:c|Rosemary ran the whips' office like a convent school. You came out better behaved, but you didn't enjoy it,⟧” she says.
Tuckwell, when told this, reaches for the bell and rings it once. “⟦d:a|That one's for her,⟧” she says.

### 061
@a Brendan Costigan | Deputy First Minister
@b - | An unidentified official
@c Aisling Moran | the Republican Alliance's finance spokeswoman
@d Department of Finance | -
A leaked recording appears to show Deputy First Minister Brendan Costigan telling officials to “⟦p:a|lose⟧” a critical audit report until after May's elections.
In the recording, obtained by the Belfield Telegraph, a voice identified as Costigan's says: “⟦d:a|I don't want to see that thing before May. Lose it in a drawer, lose it in a filing cabinet, I don't care.⟧”
An unidentified official can then be heard replying: “⟦d:b|Minister, the auditor has a statutory deadline.⟧”
“⟦d:a|Then let the auditor meet it. We don't have to publish it the same day,⟧” Costigan replies.
Mr Costigan said the recording had been “⟦p:a|selectively edited⟧”. “⟦d:a|I have never asked anyone to suppress any document, and I never would,⟧” he said.
Aisling Moran, the Republican Alliance's finance spokeswoman, said: “⟦d:c|It's his voice, his words, and his department. He can't edit his way out of this.⟧”
The Department of Finance said the audit report had been published “⟦p:d|in accordance with all statutory requirements⟧”.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh68.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh68",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
