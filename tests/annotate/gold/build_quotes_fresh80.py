# ruff: noqa: E501
"""Build ``quotes_fresh80.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: parliamentary question times and debates with heckles and calls to order,
select committee hearings, broadcast and radio interviews in which presenters press
ministers, campaign trail reports and hustings, lobby briefings by spokespeople,
council meetings, leadership contests and election nights, leaks and unnamed
sources, and summits and foreign ministers' press conferences, in the styles of wire,
broadsheet, tabloid, local paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh80-NNN``.

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
  it (``The chair, the Rev Judith Marlow, the vicar of St Aidan's``): the appositive is
  the description. A title before the name alone (``Prime Minister …``, ``Council
  leader …``, ``Presenter …``, ``Strathmore MP …``) is the description.
* Where a speaker is introduced without an appositive and the passage later gives one
  (``Deshpande, the former home secretary, …``) or refers to them by a definite
  description at a cue (``the 34-year-old says``, ``the presenter asked``), that
  description is taken.
* A non-restrictive relative clause (set off by commas) after an appositive or an
  unnamed speaker's noun phrase (``One pensioner, who did not want to be named, …``)
  is not part of the description; a restrictive one (``a GP who still works two
  sessions a week``) is.
* ``Cllr``, ``the Rev``, ``Sen.``, ``Mr.``/``Mrs.``, ``Dame`` and ``Sir`` are treated
  as honorifics: they are left out of the name and are never the description.
* A presiding officer's calls to order (the Speaker, a mayor chairing a meeting, an
  assembly president) are that person's direct speech. A heckle or shout by an
  identified person is that person's speech; by an unidentified one (``one opposition
  backbencher``, ``a woman in the gallery``, ``someone in the crowd``) it is ``direct``
  with a null speaker and the description given.
* Questions by reporters at briefings, press conferences and doorsteps are ``direct``
  with a null speaker and the description given (``one reporter``, ``another``, ``a
  journalist from the …``); a named presenter's or moderator's questions are that
  person's speech; questions by a first-person writer (``I asked``) are ``direct`` with
  speaker and description null.
* An organisation that is the grammatical speaker is named without a leading article
  (``Civic Democrats``, ``Home Affairs Committee``); its description is its appositive
  or the definite description at the cue (``the department``, ``the council``), else
  null. Words cued by ``the report said`` belong to the body whose report it is. Where
  the cue is ``a spokesperson said`` the speaker is null with that description, even if
  the organisation is named in the same paragraph.
* A partial quote in a lead paragraph belongs to the speaker the passage identifies
  for those words, even when that speaker is named only later.
* In a printed exchange (alternating quote-only paragraphs, as in radio interviews,
  debates and doorsteps) each turn belongs to the person whose turn it is; a turn
  broken by an interruption and resumed with a dash is two spans by the same speaker.
* Words a group is said to use or to avoid (``will not say the word “lose”``) and
  labels for policies are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh80.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh80.jsonl")

PASSAGES = """
### 001
@a Edwin Farrant | Prime Minister
@b Tariq Benali | the opposition leader
@c Ngaire Whitcombe | the Speaker
@u - | one opposition backbencher
@s - | a spokesperson for Benali
Prime Minister Edwin Farrant clashed with the opposition leader, Tariq Benali, over hospital waiting times on Wednesday in one of the rowdiest sessions of Leader's Questions since the general election.
Benali opened by reading from a letter sent to him by a constituent in Harlow Cross who, he said, had waited 71 weeks for a hip operation. “⟦d:b|She asked me to put one question to the Prime Minister,⟧” he told the chamber. “⟦d:b|Does he think 71 weeks is acceptable? Yes or no?⟧”
Farrant replied that waiting lists had fallen for four consecutive months. “⟦d:a|The right honourable gentleman can come here every week with his letters,⟧” he said, to cheers from the government benches, “⟦d:a|but the figures are the figures, and they are going in the right direction.⟧”
“⟦d:u|Answer the question!⟧” one opposition backbencher shouted.
The Speaker, Dame Ngaire Whitcombe, intervened twice to restore order. “⟦d:c|Order! Order! The House will hear the Prime Minister, and it will hear the Leader of the Opposition, and it will hear them both in silence,⟧” she said.
Benali returned to his theme. “⟦d:b|That wasn't a yes and it wasn't a no. It was a shrug. The Prime Minister has turned the shrug into a health policy.⟧”
Farrant, visibly irritated, accused his opponent of “⟦p:a|talking down the doctors and nurses who are working flat out⟧” and said the opposition had “⟦p:a|no plan, no money and no idea⟧”.
“⟦d:b|I'll tell him what our plan is,⟧” Benali shot back. “⟦d:b|It's to do the job he was elected to do.⟧”
After the session, a spokesperson for Benali said the Prime Minister had “⟦p:s|dodged⟧” the question six times.

### 002
@a Brónach Doherty | The health minister
@b Anjali Ghoshal | Presenter
@c Ifeoma Nwachukwu | the trust's medical director
@d Callum Firth | the opposition health spokesman
The health minister, Brónach Doherty, was repeatedly pressed on Radio Tarn's Morning Programme over whether she had known about ambulance delays in the Carrow and Wendle area before they were reported.
Presenter Anjali Ghoshal asked her three times when she had first seen the internal figures.
"⟦d:a|I'm not going to get into a running commentary on which briefing landed on which day,⟧" Doherty said.
"⟦d:b|It's not a running commentary, minister. It's one date. When did you see them?⟧" Ghoshal asked.
"⟦d:a|What I can tell you is that as soon as I was aware of the scale of the problem, I acted.⟧"
"⟦d:b|So you were aware before the story broke?⟧"
"⟦d:a|I was aware there were pressures. Every winter there are pressures.⟧"
Ghoshal then read out a line from a memo written in November by the trust's medical director, Dr Ifeoma Nwachukwu, which warned of "⟦p:c|a serious and growing risk to patient safety⟧" across the region.
"⟦d:b|That memo was on your desk the following week, wasn't it?⟧" the presenter asked.
Doherty paused. "⟦d:a|I receive a great many memos. I take every one of them seriously.⟧"
Later in the programme, the opposition health spokesman, Callum Firth, said the minister's answers had been "⟦p:d|evasive and frankly insulting to the families who waited hours for an ambulance⟧".
"⟦d:d|She needs to publish the dates, today, and let people judge for themselves,⟧" he said.

### 003
@a Geraint Pugh | the department's permanent secretary
@b Olumide Bankole | The committee's chair
@c Hana Kovačević | a committee member
@d Department for Transport Infrastructure | The department
The most senior civil servant at the Department for Transport Infrastructure admitted on Tuesday that officials had "⟦p:a|lost control⟧" of the cost of the Northway rail link, as MPs accused the department of keeping ministers in the dark.
Sir Geraint Pugh, the department's permanent secretary, told the Public Accounts Committee that the projected bill had risen from £14bn to "⟦p:a|somewhere north of £23bn⟧", and that he could not yet give a final figure.
"⟦d:a:m|I want to be straightforward with the committee. We lost control of the cost of this project in 2022 and 2023, and we did not tell ministers quickly enough. That is on the department, and ultimately it is on me.⟧
"⟦d:a|I am not going to sit here and pretend that the governance was adequate. It wasn't.⟧"
The committee's chair, Olumide Bankole, asked why the department's own risk register had rated the project "⟦s:-|amber⟧" for 18 months while contractors were warning of overruns.
"⟦d:b|Who decided it was amber? Was it a person? A committee? Or did it just stay amber because nobody got round to changing it?⟧" Bankole asked.
"⟦d:a|It was a board decision,⟧" Pugh replied. "⟦d:a|With hindsight, it was the wrong one.⟧"
Hana Kovačević, a committee member, said she found it "⟦p:c|extraordinary⟧" that the transport secretary had been told the project was on budget as late as March. "⟦d:c|Were you in the room when that briefing was given, Sir Geraint?⟧" she asked.
"⟦d:a|I was.⟧"
"⟦d:c|And you said nothing?⟧"
"⟦d:a|I said what I believed at the time, which turned out to be wrong.⟧"
Bankole said the committee would publish its report before the summer recess. The department said in a written submission that it had since "⟦p:d|strengthened oversight at every level⟧" of the programme.

### 004
@a Margaret Oyelaran | Council leader
@u - | a woman in the gallery
@m Neville Ashdown | the mayor
@d Dilys Prothero | Opposition leader
@k Kian Mistry | -
Tempers flared at Brackenfield Borough Council on Thursday night as councillors voted 31 to 24 to close three libraries and cut funding for the town's youth centres.
About 80 residents packed the public gallery, some holding placards reading "⟦s:-|Books not budgets⟧" and "⟦s:-|Save Elm Road⟧".
Council leader Margaret Oyelaran told the chamber that the authority faced a £9.2 million gap and had "⟦p:a|run out of painless options⟧".
"⟦d:a|Nobody in this administration came into politics to shut libraries,⟧" she said. "⟦d:a|But I will not put this council into bankruptcy to avoid a bad headline.⟧"
"⟦d:u|Then resign!⟧" a woman in the gallery shouted, prompting the mayor, Cllr Neville Ashdown, to threaten to clear the public seats.
"⟦d:m|If there is any more of that, I will adjourn and we will carry on without the public,⟧" Cllr Ashdown said.
Opposition leader Dilys Prothero accused the ruling group of "⟦p:d|closing the cheapest services first because the people who use them don't vote⟧".
"⟦d:d|You've found £400,000 for a consultant's report on 'civic identity', and you can't find £180,000 for Elm Road library,⟧" Cllr Prothero said. "⟦d:d|It's a question of priorities, and these are the wrong ones.⟧"
Cllr Oyelaran responded that the consultancy figure was "⟦p:a|simply untrue⟧" and had been "⟦p:a|repeated so often that people think it's a fact⟧".
After the vote, a group of teenagers from the Elm Road youth centre stood and chanted "⟦s:-|Shame on you⟧" as councillors filed out of the chamber.
Kian Mistry, 16, who uses the centre four nights a week, said afterwards: "⟦d:k|We're not going to just go away. We'll be back at the next meeting, and the one after that.⟧"

### 005
@a Tobias Renwick | Housing minister
@j Jacinta Morales | the mum-of-two
@r Rhiannon Lake | Opposition housing spokeswoman
@s - | A source close to the minister
@x - | one senior backbencher from Renwick's own party
@p - | A spokesman for Renwick
Housing minister Tobias Renwick was last night facing calls to quit after leaked messages showed him mocking tenants living in mould-ridden flats as “⟦p:a|professional moaners⟧”.
In the messages, seen by the Clarion, Renwick told a group of fellow MPs: “⟦d:a|Half of these damp stories are people who never open a window. Professional moaners, the lot of them.⟧”
In another message, sent the same evening, he wrote: “⟦d:a|If I hear the word ‘mould’ one more time I'm emigrating.⟧”
Jacinta Morales, 29, whose two-year-old son was admitted to hospital with a chest infection in January, was furious.
“⟦d:j|I've scrubbed those walls every week for three years. I open every window in the flat. He should come and live here for a month and then tell me I'm a moaner,⟧” the mum-of-two said.
Opposition housing spokeswoman Rhiannon Lake said: “⟦d:r|These messages show exactly what this government thinks of people living in damp, dangerous homes. He has to go.⟧”
A source close to the minister insisted the remarks were “⟦p:s|private banter taken wildly out of context⟧”.
But one senior backbencher from Renwick's own party told the Clarion: “⟦d:x|It's indefensible. I'd be amazed if he's still in post by the weekend.⟧”
A spokesman for Renwick said last night: “⟦d:p|The minister regrets the language used and has apologised to colleagues. He remains focused on delivering the homes this country needs.⟧”

### 006
@o - | officials
@a Marguerite Duval | Estravia's foreign minister
@b Ilhan Sezgin | Her Kelmari counterpart
@j - | a journalist from the Lindauer Rundschau
@n Nur Yıldız | foreign affairs spokeswoman for the Kelmari Democratic Front
The foreign ministers of Estravia and Kelmar promised on Friday to reopen the Sava river crossings by the spring, after two days of talks in Lindau-am-See that officials described as «⟦p:o|difficult but serious⟧».
At a joint press conference, Estravia's foreign minister, Marguerite Duval, said the agreement was «⟦p:a|a first step, not a last one⟧».
«⟦d:a|We have spent eleven years talking about these bridges,⟧» she said. «⟦d:a|Our citizens have been patient. They will not be patient for another eleven.⟧»
Her Kelmari counterpart, Ilhan Sezgin, who spoke mostly through an interpreter, said his government would «⟦p:b|honour every line⟧» of the deal.
«⟦d:b|Bu köprüler bizim değil, halkın,⟧» he said, before repeating himself in English: «⟦d:b|These bridges do not belong to us. They belong to the people.⟧»
«⟦d:j|Is April realistic, minister?⟧» asked a journalist from the Lindauer Rundschau.
Duval smiled. «⟦d:a|Ask me in April,⟧» she said. «⟦d:a|But I would not have signed it if I thought it was a fantasy.⟧»
Sezgin was less expansive. «⟦d:b|Deadlines are for engineers. Our job is to make sure they have nothing left to argue about.⟧»
Opposition politicians in Kelmar were sceptical. Nur Yıldız, foreign affairs spokeswoman for the Kelmari Democratic Front, called the agreement «⟦p:n|a photo opportunity with a ribbon on it⟧».
«⟦d:n|We have had three of these ceremonies already. Not one lorry has crossed,⟧» she said.

### 007
@a Amara Delgado | the 34-year-old
@r Ron Haskett | a retired postman
@b Bex Turnbull | a former union organiser who has run two previous council campaigns
@g Graham Thorley | the incumbent mayor
It is 7.40am on a Saturday and Amara Delgado is already on her third coffee and her second argument of the day.
“⟦d:a|You can be against the bus lane and still vote for me,⟧” she tells a man outside the Fairview Road bakery who has stopped her to complain about the new traffic scheme. “⟦d:a|I just want you to vote.⟧”
Ron Haskett, a retired postman, is unconvinced. “⟦d:r|I've voted the same way for forty years, love. I'm not about to change for a bus lane.⟧”
Delgado is running to become the first mayor of Port Hollis under 40, and the first from outside the two big parties in more than half a century. She taught at a primary school for eight years before, as she puts it, “⟦p:a|getting angry enough to do something about it⟧”.
“⟦d:a:m|I had kids in my class who were coming in hungry, and I'd go to the council and they'd tell me it wasn't their department. Everything was always somebody else's department.⟧
“⟦d:a:m|So at some point you either stop asking or you go and sit in the chair yourself.⟧
“⟦d:a|I'm not naive about it. I know what the odds are,⟧” the 34-year-old says.
Her campaign manager, Bex Turnbull, a former union organiser who has run two previous council campaigns, says the team has knocked on 41,000 doors since January. “⟦d:b|We don't have the money the big parties have. We have legs,⟧” she says. “⟦d:b|And Amara doesn't get tired, which is honestly a bit annoying.⟧”
The incumbent mayor, Graham Thorley, dismissed her campaign in a radio debate last month as “⟦p:g|a protest vote with a nice haircut⟧”.
Delgado rolls her eyes when the line is read back to her. “⟦d:a|He's been mayor for twelve years and he's talking about haircuts. I think that tells you everything.⟧”

### 008
@s - | The Prime Minister's official spokesman
@r - | one reporter
@j - | another journalist
@c Ravindra Baptiste | the chancellor
@i Imogen Stalworth | a former cabinet minister
The Prime Minister has "⟦p:s|full confidence⟧" in the chancellor, Ravindra Baptiste, his official spokesman said on Monday, after a weekend of reports that the two men had fallen out over the spring budget.
Baptiste himself had tried to close down the story on Sunday. "⟦d:c|I have no intention of going anywhere. I've got a job to do and I'm doing it,⟧" he told the Sunday Ledger.
But by Monday morning Imogen Stalworth, a former cabinet minister, had written in the Ledger that the relationship between the two was "⟦p:i|visibly broken⟧" and that the government could not "⟦p:i|limp on with a chancellor the Prime Minister no longer trusts⟧".
At the regular lobby briefing, the Prime Minister's official spokesman was asked more than a dozen times about the chancellor's future.
"⟦d:r|Does full confidence mean he'll still be in post after the reshuffle?⟧" one reporter asked.
"⟦d:s|I'm not going to speculate about reshuffles. The Prime Minister has full confidence in the chancellor, and they are working closely together on the budget,⟧" the spokesman said.
"⟦d:j|Have they actually spoken since Friday?⟧" another journalist asked.
"⟦d:s|They speak regularly, as you would expect.⟧"
"⟦d:j|That's not what I asked.⟧"
"⟦d:s|It's the answer I've got for you.⟧"
Asked whether the Prime Minister had read Stalworth's article, the spokesman said he did not "⟦p:s|do newspaper reviews⟧" on the Prime Minister's behalf.

### 009
@c Yusuf Adebayo-Clarke | the hustings chair
@s Sophie Brandauer | the former justice secretary
@n Niamh Costigan | the party's deputy leader
@d Daniel Achterberg | a backbencher first elected in 2019
@m - | A retired teacher from the Elsworth branch
The three candidates to lead the Liberal Reform Party faced more than 600 members at a hustings in Castlebridge on Saturday, and for the first time in the contest the gloves came off.
Sophie Brandauer, the former justice secretary, accused her rival Niamh Costigan, the party's deputy leader, of having "⟦p:s|a new position every week, depending on who's in the room⟧".
Costigan hit back immediately. "⟦d:n|I've been consistent for twenty years, Sophie. I just don't shout about it,⟧" she said, to laughter and some applause.
"⟦d:s|Consistent? You voted for the housing bill and then campaigned against it,⟧" Brandauer replied.
"⟦d:n|I voted for the bill we were promised, not the bill we got.⟧"
The hustings chair, Yusuf Adebayo-Clarke, had to step in. "⟦d:c|Can we let Daniel in? He's been very patient,⟧" he said.
Daniel Achterberg, a backbencher first elected in 2019, is the outsider in the race, and he used the moment to cast himself as the unity candidate. "⟦d:d|Listening to the last five minutes, I think you can see why the party needs someone who isn't part of the old arguments,⟧" he said. "⟦d:d|I'm not interested in who voted for what in 2021. I'm interested in winning in 2026.⟧"
A retired teacher from the Elsworth branch asked each candidate to name a single policy they had disagreed with the party on. "⟦d:m|And please don't say 'nothing', because none of us will believe you.⟧"
Brandauer named the party's tuition fees pledge, Costigan its position on the Northway rail link. Achterberg said: "⟦d:d|Honestly? The logo.⟧"
The result of the members' ballot will be announced on 14 June.

### 010
@v Harlan Voss | the senator from the northern district
@l Bertram Ochs | Majority Leader
@m Lucinda Moreno-Price | a Democratic Union senator who represents a neighbouring district
@a - | an aide to Voss
Senator Harlan Voss, the senator from the northern district, held the floor for 19 hours and 11 minutes on Wednesday in an effort to delay a vote on the water rights bill, reading at one point from his grandfather's farm ledgers.
``⟦d:v|I will stand here until my legs give out or until somebody in this chamber explains to me why the people of the Ardell valley should pay for the swimming pools of Port Vance,⟧'' Voss said shortly after 3 a.m.
Majority Leader Bertram Ochs called the speech ``⟦p:l|a stunt, and a long one⟧'' and said the bill would pass ``⟦p:l|whether it's Thursday or Friday⟧''.
``⟦d:l|The senator is entitled to his views and he is entitled to his voice, for as long as it lasts,⟧'' Ochs told reporters. ``⟦d:l|He is not entitled to a veto.⟧''
Some of Voss's colleagues were more sympathetic. Lucinda Moreno-Price, a Democratic Union senator who represents a neighbouring district, brought him a glass of water at around 11 p.m. and asked, under the chamber's rules, whether he would yield for a question.
``⟦d:m|Would the senator agree that nobody in the valley was consulted before this bill was drafted?⟧'' she asked.
``⟦d:v|I would agree with that, and I thank the senator for her question, and for the water,⟧'' Voss replied.
An aide to Voss said he had prepared by eating ``⟦p:a|nothing but bananas and dry toast⟧'' for two days.

### 011
@k Kwabena Asante | The Prime Minister
@m Alasdair Munro | your own chief inspector of borders
The Home Secretary, Farah Qureshi, was interviewed on Radio Kelsey's Breakfast by Martin Oduya on Thursday. This is an edited transcript of the exchange on the asylum backlog.
Q: Home Secretary, the backlog has grown by 11,000 cases since Christmas. The Prime Minister, Kwabena Asante, said in January, and I quote: "⟦d:k|We will clear the backlog by the summer, and I will be judged on it.⟧" It's June. Has he failed?
A: No. We have processed more claims in the last three months than in any quarter on record. The number of new arrivals went up at the same time, and I'm not going to pretend otherwise.
Q: But he said he would be judged on it. Your own chief inspector of borders, Alasdair Munro, said last month that the system was "⟦p:m|close to breaking point⟧".
A: I have a lot of respect for Alasdair. I read the report in full. I think he'd also tell you that the decisions being made now are faster and better than a year ago.
Q: Is it a crisis?
A: I'm not going to use the word "⟦s:-|crisis⟧". It's a serious challenge, and we are meeting it.
Q: Will the backlog be cleared by the end of the year?
A: That is our aim.
Q: That's not a yes.
A: It's an honest answer.

### 012
@o Ottilie Brandt | Mayor
@s Samuel Adjei | -
@h Hamish Carrick | planning director at Wexcombe Homes
@e Elsie Nuttall | -
@l Petra Lindqvist | -
Plans for 420 homes on the edge of Kettleby were approved on Monday after a three-hour meeting of the town's planning committee in which one councillor walked out and another was threatened with removal.
Mayor Ottilie Brandt, who chairs the committee, said the scheme would bring “⟦p:o|affordable homes our young people have been crying out for⟧”.
Cllr Samuel Adjei, who represents the Millbrook ward where the homes will be built, was less convinced. “⟦d:s|There is one road in and one road out. The school is full, the surgery is full and the sewage works has been full since 2019,⟧” he said. “⟦d:s|Where exactly are these people going to go?⟧”
When Cllr Adjei continued speaking after his three minutes had run out, the mayor cut him off. “⟦d:o|Councillor, you have made your point, and made it well. Please sit down.⟧”
“⟦d:s|I haven't finished.⟧”
“⟦d:o|You have, I'm afraid.⟧”
Cllr Adjei gathered his papers and left the chamber. Minutes later Cllr Petra Lindqvist, who had shouted “⟦d:l|Disgraceful!⟧” across the room, was told by the mayor to “⟦p:o|calm down or leave⟧”.
Hamish Carrick, planning director at Wexcombe Homes, told councillors the company would contribute £3.1 million towards a new classroom block and junction improvements. “⟦d:h|We have listened to residents at every stage. This is a better scheme than the one we started with,⟧” he said.
Elsie Nuttall, 82, who has lived on Spinney Lane for 57 years, said she had spoken at five meetings about the plans. “⟦d:e|They listen, they nod, and then they do exactly what they were always going to do,⟧” she said.

### 013
@c Northern Council | the council
@w Aleksander Wiśniewski | the council's secretary-general
@r Solveig Randers | Prime Minister
@k Arnaud Kaboré | President
@d - | One diplomat involved in the drafting
Leaders of the eleven-member Northern Council agreed on Tuesday to a joint fund for Arctic search and rescue, but failed to settle a long-running dispute over fishing quotas in the Varanger Sea.
In its final communique, the council said member states would "⟦p:c|work urgently⟧" towards a quota agreement by the end of the year. "⟦d:c|The Council recognises that the status quo is not sustainable for coastal communities or for fish stocks,⟧" it said.
Speaking at the closing press conference in Harbourg, the council's secretary-general, Aleksander Wiśniewski, said the fund was "⟦p:w|a concrete result that will save lives⟧".
"⟦d:w|On fishing, I will be honest with you: we are not there yet,⟧" he said. "⟦d:w|But we are closer than we were in Tromvik last year.⟧"
Prime Minister Solveig Randers, whose government had pushed hardest for a deal, was blunter. "⟦d:r|Our fishermen cannot eat communiques,⟧" she told reporters.
President Arnaud Kaboré, who hosted the summit, said he was "⟦p:k|optimistic⟧" and that negotiators would meet again in September.
One diplomat involved in the drafting said the quota language had been rewritten "⟦p:d|at least nine times⟧" overnight. "⟦d:d|Everyone signed because the alternative was saying nothing at all,⟧" the diplomat said.
Outside the conference centre, several hundred people from fishing towns along the coast chanted "⟦s:-|Our sea, our quota⟧" behind police barriers.

### 014
@a - | one cabinet minister
@b - | A senior government source
@i Ingrid Solheim-Carr | the defence secretary
@c - | an ally of the defence secretary
@t - | A Treasury spokesperson
The cabinet is split over whether to raise defence spending to 3 per cent of national income, with ministers openly briefing against each other ahead of next week's spending review, the Tribune has learned.
One cabinet minister described Thursday's meeting of the national security committee as “⟦p:a|the worst-tempered I have sat in⟧”. “⟦d:a|Voices were raised. That doesn't happen very often, and it happened more than once,⟧” the minister said.
At the heart of the row is a demand from the defence secretary, Ingrid Solheim-Carr, for an extra £11bn over three years. A senior government source said the Treasury regarded the figure as “⟦p:b|fantasy arithmetic⟧”.
“⟦d:b|Everyone wants more money for defence. Nobody has said where it's coming from. Until they do, the answer is no,⟧” the source said.
Solheim-Carr has been careful not to criticise colleagues in public. Asked about the row on a visit to the Lundy naval base on Friday, she said only: “⟦d:i|I make the case for our armed forces every day, and I will keep making it.⟧”
But an ally of the defence secretary was less restrained. “⟦d:c|She's not going to be the defence secretary who let the navy shrink to the size of a rowing club. If that means a fight with the Treasury, so be it.⟧”
A Treasury spokesperson said: “⟦d:t|We do not comment on leaks. Decisions on departmental budgets will be set out at the spending review.⟧”

### 015
@j Judith Marlow | the vicar of St Aidan's
@h Harriet Ogunleye | the Workers' Alliance candidate
@c Colin Brabazon | a former headteacher standing as an independent
@m Marek Nowicki | Green Commonwealth candidate
@x - | a man at the back of the hall
More than 300 people crammed into St Aidan's church hall in Dunholme on Tuesday for the only hustings of the by-election campaign, with some forced to stand in the car park and listen through the open windows.
The chair, the Rev Judith Marlow, the vicar of St Aidan's, opened by asking for "⟦p:j|a bit of Christian charity, or at least politeness⟧" from the audience.
She did not get much of either. When Harriet Ogunleye, the Workers' Alliance candidate, said her party would "⟦p:h|reopen the cottage hospital within two years⟧", a man at the back of the hall shouted: "⟦d:x|You said that last time!⟧"
"⟦d:h|I didn't, sir, because I wasn't standing last time,⟧" Ogunleye replied, to loud applause. "⟦d:h|But I take your point that people have heard a lot of promises.⟧"
Colin Brabazon, a former headteacher standing as an independent, said voters were "⟦p:c|sick of being taken for granted by parties that only turn up when somebody dies or resigns⟧".
"⟦d:c|I don't have a party machine. I don't have a leader telling me what to say. If you elect me, the only people I answer to are in this room,⟧" the independent said.
Green Commonwealth candidate Marek Nowicki was heckled over his party's support for a congestion charge in the city. "⟦d:m|I'm not going to pretend I agree with every word my party has ever said. I don't,⟧" he said. "⟦d:m|But I'd rather have a charge than have children breathing that air.⟧"
A banner reading "⟦s:-|Dunholme is not for sale⟧" hung from the stage for the whole evening. Nobody would say who had put it there.
Polls close at 10pm on Thursday.

### 016
@g Gethin Rowlands | the presenter
@a Ama Boateng | The opposition leader
@l Lorcan Brady | The chancellor
The opposition leader, Ama Boateng, repeatedly refused to rule out raising income tax during a combative interview on Sunday with the Politics Hour.
Gethin Rowlands put the question to her at least six times.
“⟦d:g|Can you look voters in the eye and say you will not raise the basic rate of income tax?⟧” he asked at the start of the interview.
“⟦d:a|What I can say is that working people will not pay for the mess this government has made,⟧” Boateng said.
“⟦d:g|That's not what I asked.⟧”
“⟦d:a|It's the answer that matters to people at home.⟧”
“⟦d:g|Is a nurse on £34,000 a working person?⟧” the presenter asked.
“⟦d:a|Of course she is. Let me finish, Gethin. Let me finish. We will set out every tax policy in our manifesto, fully costed, and people will be able to judge —⟧”
“⟦d:g|So it's not ruled out.⟧”
“⟦d:a|— people will be able to judge it then.⟧”
Later, Boateng said she would “⟦p:a|not be drawn into playing the government's games⟧” with hypothetical questions. “⟦d:a|Every opposition leader gets asked this, and every one who answers it regrets it,⟧” she said.
Rowlands ended by asking whether she understood why voters might be suspicious. “⟦d:a|I understand it completely. I'd be suspicious too. That's why we'll publish the numbers,⟧” she said.
The government seized on the exchange within minutes. The chancellor, Lorcan Brady, posted on social media: “⟦d:l|Six chances to rule out tax rises. Six refusals. Draw your own conclusions.⟧”

### 017
@m Maeve Considine | Prime Minister
@p - | a protester
@d Declan Furey | the party chairman
Prime Minister Maeve Considine promised to “⟦p:m|finish the job⟧” on housing as she closed the National Party's conference in Dunmore on Wednesday with a speech that aides had billed as a reset for her troubled government.
“⟦d:m:m|Two years ago I stood on this stage and said we would build. And we have built. Not as fast as I wanted, not as fast as you wanted, but we have built more homes in two years than the last government did in five.⟧
“⟦d:m:m|I know what people say about us. They say we've been in power too long. They say we're tired.⟧
“⟦d:m|Well, I'm not tired. I'm just getting started.⟧”
The hall rose to its feet, with some delegates chanting “⟦s:-|Four more years⟧”.
About ten minutes into the speech, a protester near the front stood and shouted: “⟦d:p|What about the renters?⟧” before being led out by stewards.
Considine paused. “⟦d:m|He's right to ask, actually. And I'm about to answer him, so it's a shame he's leaving,⟧” she said, to laughter.
She went on to announce a cap on annual rent increases in the private sector, which she described as “⟦p:m|fair to landlords and fairer to tenants⟧”.
The party chairman, Declan Furey, said afterwards that the speech had been “⟦p:d|the best of her career⟧”. “⟦d:d|People came here nervous. They're going home with a spring in their step,⟧” he said.

### 018
@e Eluned Parry | The committee's chair
@p Piers Lanyon | the chief executive of the energy regulator Ofgrid
@k Kofi Mensah | chief executive of Halden Energy
@r Rory Kavanagh | a Progressive member of the committee
@h Halden Energy | -
Two of the most powerful men in the energy industry were accused on Wednesday of passing the parcel over the forced installation of prepayment meters in the homes of vulnerable customers.
Piers Lanyon, the chief executive of the energy regulator Ofgrid, told the business select committee that his organisation had been "⟦p:p|too slow and too trusting⟧" of suppliers.
"⟦d:p|We relied on the companies to tell us there was a problem. That was a mistake, and I'm sorry for it,⟧" he said.
Kofi Mensah, chief executive of Halden Energy, which installed more than 8,000 prepayment meters under court warrants last year, said his company had followed "⟦p:k|every rule the regulator set⟧".
"⟦d:e|So it's his fault?⟧" asked the committee's chair, Dame Eluned Parry.
"⟦d:k|I didn't say that. I said we followed the rules. If the rules were wrong, they should be changed, and we'd welcome that,⟧" Mensah said.
Lanyon shook his head. "⟦d:p|With respect, the rules never required anyone to break into the home of a pensioner on oxygen.⟧"
Rory Kavanagh, a Progressive member of the committee, said the session had been like watching "⟦p:r|two men pass a parcel with a bomb in it⟧".
Halden Energy said after the hearing that it had paused all warrant installations and would "⟦p:h|review every case since 2021⟧".

### 019
@c Chidi Eze | the schools minister
@f Fiona Lockhart | The Prime Minister
@a - | One ally
The schools minister, Chidi Eze, resigned on Monday night over the government's decision to scrap free breakfast clubs in primary schools, saying he could not “⟦p:c|look a single headteacher in the eye⟧” and defend it.
In a letter to the Prime Minister, published on his website shortly after 10pm, Eze wrote:
“⟦d:c:m|It has been the privilege of my life to serve as schools minister. I came into politics because a breakfast club in Peckford gave me a reason to turn up to school on time, and I do not believe I can stand at the despatch box and defend its closure.⟧
“⟦d:c|I remain a loyal supporter of this government and of you personally, and I will continue to support it from the back benches.⟧”
The Prime Minister, Fiona Lockhart, replied within the hour, thanking Eze for his “⟦p:f|energy and decency⟧” in the role. “⟦d:f|I am sorry that you have reached this decision, though I understand the strength of your feelings,⟧” she wrote. “⟦d:f|The difficult choices we have made are necessary to put the public finances on a sustainable footing.⟧”
Speaking briefly to reporters outside his home in Peckford on Tuesday morning, Eze said he had “⟦p:c|no regrets at all⟧”. “⟦d:c|I slept better last night than I have in weeks,⟧” he said.
One ally said the minister had threatened to quit twice before over the same policy. “⟦d:a|Nobody should be surprised. He told them exactly where his line was,⟧” the ally said.

### 020
@i Rafael Icaza | Montenar's foreign minister
@h Pavel Hrubý | his Dravonian counterpart
@r - | a reporter from the Dravonian broadcaster DTV
@m Montenar's foreign ministry | -
The foreign ministers of Montenar and Dravonia said on Thursday that they had agreed to restore full diplomatic relations, eight years after the two countries expelled each other's ambassadors over an espionage scandal.
Speaking alongside his Dravonian counterpart, Pavel Hrubý, in the Montenari capital, Montenar's foreign minister, Rafael Icaza, said the decision "⟦p:i|closes a sad chapter⟧" for both nations.
"⟦d:i|We have not forgotten what happened. We have decided that our grandchildren should not have to remember it,⟧" Icaza said.
Hrubý, speaking through an interpreter, said trade between the two countries had fallen by two-thirds since the rupture. "⟦d:h|Our farmers paid for the mistakes of our spies. That was never fair,⟧" he said.
Asked by a reporter from the Dravonian broadcaster DTV whether Dravonia would demand an apology, Hrubý shook his head. "⟦d:h|Apologies are for the history books. We are here to do business.⟧"
The same reporter then turned to Icaza. "⟦d:r|Will Montenar release the two Dravonian citizens still held in Puerto Alto?⟧"
"⟦d:i|That is a matter for our courts, and I would not insult them by answering it here,⟧" Icaza said. He added, after a pause: "⟦d:i|But I would not be surprised if there was good news soon.⟧"
Montenar's foreign ministry said later that ambassadors would be named "⟦p:m|within weeks⟧".

### 021
@k Kirsty Maclachlan | -
@t Tessa Blackwood | the former health minister
@o Obafemi Adeyinka | A former army chaplain
@s Sunita Varma | a GP who still works two sessions a week
MPs voted by 312 to 289 on Friday to give a second reading to the Assisted Dying (Terminally Ill Adults) Bill after five hours of debate in which several members spoke of the deaths of their own parents.
Opening the debate, Kirsty Maclachlan, who introduced the bill, said the law as it stood forced dying people into “⟦p:k|a choice between suffering and secrecy⟧”.
“⟦d:k:m|My father died in 2017. He had motor neurone disease. In the last weeks he could not swallow and he could not speak, and he spent them writing notes to my mother asking her to help him, notes she has kept and which she has never been able to read again.⟧
“⟦d:k|I am not asking this House to agree with him. I am asking it to stop pretending that people like him do not exist.⟧”
The former health minister, Tessa Blackwood, said she had come to the chamber “⟦p:t|genuinely undecided⟧” but would vote against. “⟦d:t|I do not doubt a single word of the honourable lady's speech. I simply do not trust any system, designed by us, to protect the most vulnerable from feeling they are a burden,⟧” she said.
A former army chaplain, Obafemi Adeyinka, told MPs he had sat with “⟦p:o|more dying men than I can count⟧”. “⟦d:o|Not one of them asked me to kill them. Many asked me not to let them die alone,⟧” he said.
Sunita Varma, a GP who still works two sessions a week, said she supported the bill. “⟦d:s|Doctors already make decisions at the end of life every single day. This bill would at least make them make those decisions in the light,⟧” she said.
The bill will now go to committee.

### 022
@p Nigel Pembury | Veterans minister
@w Gwen Latimer | the grandmother
@c Alun Price | the charity's chairman
@s - | A spokesman for the minister
A MINISTER was caught on a live microphone calling a war veterans' charity "⟦p:p|professional beggars⟧", moments after posing for photographs with its members.
Veterans minister Nigel Pembury, 58, made the remark to an aide at a reception in Wexford Hall on Tuesday, unaware that a microphone clipped to his lapel was still feeding into the sound system.
"⟦d:p|Right, that's the professional beggars done. What's next, the cat lady?⟧" he was heard to say, to stunned silence in the room.
Gwen Latimer, 71, whose husband served with the Royal Harbour Regiment for 22 years, was standing near the stage. "⟦d:w|I heard every word. We all did. He'd just shaken my hand,⟧" the grandmother said. "⟦d:w|We're not beggars. We raise every penny ourselves.⟧"
Within an hour, Pembury had issued a grovelling apology. "⟦d:p|I made a stupid and hurtful remark that does not reflect my views. I have called the charity's chairman to apologise in person,⟧" he said.
Alun Price, the charity's chairman, confirmed he had received the call. "⟦d:c|I accepted his apology. Whether our members do is up to them,⟧" he said.
A spokesman for the minister added: "⟦d:s|He is mortified.⟧"

### 023
@j Jonah Feld | the MP for Wexley South
@m Marcus Oyelowo | the party's home affairs spokesman
@p Civic Democrats | -
A row between two senior Civic Democrat MPs spilled onto social media on Sunday, exposing deep divisions in the party over its immigration policy less than a month before its spring conference.
Jonah Feld, the MP for Wexley South, wrote in a post shortly after 8am that the party's new policy paper was “⟦p:j|a surrender dressed up as a strategy⟧”. “⟦d:j|We used to argue with voters. Now we just repeat back to them whatever we think they want to hear,⟧” he wrote.
Within the hour, the party's home affairs spokesman, Marcus Oyelowo, who wrote the paper, responded. “⟦d:m|Jonah is entitled to his opinion. He was also entitled to come to any of the six meetings where this was discussed. He came to none,⟧” he posted.
Feld replied: “⟦d:j|I wasn't invited to five of them, Marcus.⟧”
By lunchtime both posts had been viewed more than two million times. Oyelowo later deleted his, telling the Courier: “⟦d:m|Arguing in public helps nobody but our opponents. I should have picked up the phone.⟧”
The Civic Democrats said in a statement that the policy paper was “⟦p:p|a starting point for discussion⟧” and that members would vote on it in March.

### 024
@b Brenda Hollings | The chairman
@p Patricia Dunmore | the parish clerk
@j Jean Carver | -
@v - | One resident who attended
A parish council meeting in Little Orton descended into farce on Tuesday night, with the chairman being told she had "⟦p:j|no authority whatsoever⟧" and the clerk threatening to walk out.
The chairman, Brenda Hollings, had tried to move a motion removing Cllr Jean Carver from the footpaths sub-committee over what she called "⟦p:b|persistent disruption⟧".
"⟦d:j|You have no authority whatsoever. None. Read the standing orders,⟧" Cllr Carver told her.
"⟦d:b|I have read them, Jean. I wrote half of them,⟧" Mrs Hollings replied.
The parish clerk, Patricia Dunmore, then intervened to say that neither of them was right. "⟦d:p|If I'm going to be ignored, I might as well go home and watch the snooker,⟧" she said, before picking up her coat. She was persuaded to stay.
A video of the meeting, posted online by a resident under the title "⟦s:-|Little Orton: The Reckoning⟧", had been viewed more than 400,000 times by Thursday.
One resident who attended said it had been "⟦p:v|better than the telly⟧". "⟦d:v|I've lived here 40 years and I've never seen anything like it. Usually it's bins and dog mess,⟧" she said.
The motion was eventually deferred to the next meeting.

### 025
@r Rhodri ap Ifan | First Minister
@s Siân Pritchard-Lowe | the leader of the opposition
@e Elin Madoc | The Presiding Officer
@h - | one member
First Minister Rhodri ap Ifan was accused of "⟦p:s|presiding over a slow-motion collapse⟧" of rural bus services as he faced questions in the Ardennan Assembly on Tuesday.
The leader of the opposition, Siân Pritchard-Lowe, said 140 routes had been withdrawn in two years. "⟦d:s|Does the First Minister know how many of those routes served villages with no shop, no surgery and no train?⟧" she asked.
"⟦d:r|I know that every one of those cuts was made by a private operator, not by this government,⟧" ap Ifan replied.
"⟦d:h|Who pays them?⟧" one member shouted from the opposition benches.
The Presiding Officer, Elin Madoc, called for quiet. "⟦d:e|Members will have their chance. The First Minister is answering,⟧" she said.
Ap Ifan went on to announce a £30 million fund for community transport schemes, which he said would be "⟦p:r|run by communities, for communities⟧".
Pritchard-Lowe was unimpressed. "⟦d:s|Thirty million pounds, after cutting a hundred and forty routes. That's not a policy, First Minister. That's a plaster.⟧"

### 026
@d Dev Malhotra | The presenter
@h Hugo Ferriday | Transport Secretary
@b Bernadette | The caller
Transport Secretary Hugo Ferriday was confronted live on air on Wednesday by a commuter who said she had lost her job because of repeated train cancellations.
The caller, who gave her name as Bernadette from Lowmoor, told the Dev Malhotra Show on City Talk that her service into the city had been cancelled or delayed on 31 of the last 40 working days.
“⟦d:b|My manager gave me three warnings and then he let me go. I'm 52. I've never been late for anything in my life until this year,⟧” she said. “⟦d:b|What are you going to do about it, Mr Ferriday? Not the railway. You.⟧”
Ferriday said he was “⟦p:h|genuinely sorry⟧” to hear her story. “⟦d:h|What's happening on the Lowmoor line is unacceptable, and I've told the operator that to their face,⟧” he said.
“⟦d:b|Telling them isn't doing anything, though, is it?⟧”
The presenter, Dev Malhotra, asked whether the operator would lose its contract. “⟦d:d|Yes or no, Transport Secretary? People have heard ‘unacceptable’ before.⟧”
“⟦d:h|Everything is on the table, including that,⟧” Ferriday said.
After the call, Bernadette told the programme she would be writing to her MP. “⟦d:b|And I'll keep ringing in until somebody actually fixes it.⟧”

### 027
@o - | A senior civil servant
@m - | a second official
@d - | a spokesperson
A senior civil servant has told the Observer-Gazette that ministers were warned at least four times that the new benefits computer system was not ready, but ordered it to go live anyway.
The official, who has worked in the department for more than 15 years and asked not to be named, said staff had been told to “⟦p:o|stop putting things in writing⟧” after the second warning.
“⟦d:o:m|We said it in meetings, we said it in emails, and then we were told the emails were unhelpful. So we said it in meetings again.⟧
“⟦d:o:m|Everyone on the programme knew the system couldn't cope with a change of address. Not a complicated change. A change of address. Thousands of people move every week.⟧
“⟦d:o|When it went live, those people stopped getting paid. Some of them still haven't been.⟧”
A second official, who also spoke on condition of anonymity, confirmed the account. “⟦d:m|The date was political. It was never technical,⟧” they said.
The department said in a statement that it did not recognise the claims. “⟦d:d|The system was subject to rigorous testing and the vast majority of claimants are paid on time and in full,⟧” a spokesperson said.

### 028
@l Léa Marchetti | President
@k Haruto Kisaragi | Prime Minister
@r - | A Valmontese reporter
The leaders of Valmont and Naruse signed a ten-year energy partnership in Saint-Aurèle on Monday, promising to link their electricity grids by an undersea cable already nicknamed «⟦s:-|the longest extension lead in the world⟧».
President Léa Marchetti described the deal as «⟦p:l|the most important agreement Valmont has signed this century⟧».
«⟦d:l|For thirty years we have bought our energy from people who do not like us very much,⟧» she said. «⟦d:l|Today we start buying it from friends.⟧»
Prime Minister Haruto Kisaragi, who spoke through an interpreter, said Naruse would have surplus wind power to export «⟦p:k|within five winters⟧». «⟦d:k|The wind does not care about borders. Neither should our cables,⟧» he said.
A Valmontese reporter asked whether the project, estimated at €19 billion, would be finished on time. «⟦d:r|Madame President, the last cable project was nine years late. Why should anyone believe this one?⟧»
Marchetti laughed. «⟦d:l|Because this time the Prime Minister is paying half, and he is a very punctual man.⟧»
Kisaragi, listening to the translation, bowed slightly. «⟦d:k|I will do my best to deserve that,⟧» he said.

### 029
@t Gordon Tait | The returning officer
@y Yasmin Chaudhry | a former nurse who had never stood for Parliament before
@h Philip Hargreaves | -
@c - | someone in the crowd
It was 4.12am when the returning officer, Gordon Tait, finally stepped up to the microphone at Ashcombe leisure centre, and the cheering started before he had finished reading the first name.
“⟦d:t|I, being the acting returning officer for the Ashcombe and Vale constituency, hereby give notice that the total number of votes cast for each candidate was as follows,⟧” he began, reading from a sheet that shook slightly in his hand.
When he reached the winning total — 21,408 votes for Yasmin Chaudhry, a majority of 3,117 — the room erupted.
“⟦d:c|Yasmin! Yasmin!⟧” someone in the crowd shouted.
Chaudhry, 38, a former nurse who had never stood for Parliament before, spoke without notes. “⟦d:y:m|Twelve months ago nobody in this room thought this was possible, and to be honest, neither did I.⟧
“⟦d:y|To everyone who voted for me, thank you. To everyone who didn't, I'm your MP too, and my door is open.⟧”
Philip Hargreaves, who had held the seat for 19 years, congratulated her in a short speech. “⟦d:h|It has been the honour of my life to represent this place. Yasmin, look after it,⟧” he said, before shaking her hand and leaving through a side door.
Outside, the newly elected MP for Ashcombe and Vale told reporters she would be “⟦p:y|back on the doorstep by lunchtime⟧”. “⟦d:y|Well, maybe after a sleep,⟧” she added.

### 030
@c Carys Hendry | The moderator
@f Mateus Ferreira | the foreign secretary
@o Oliver Brandt-Lowe | the former chief whip
@a Joanne | a care worker from Stockfield
The two men vying to become prime minister clashed repeatedly over the cost of living in Tuesday's televised debate, at one point talking over each other for almost a minute as the moderator tried to regain control.
Mateus Ferreira, the foreign secretary, accused his rival of "⟦p:f|fantasy economics⟧" after the former chief whip, Oliver Brandt-Lowe, promised to cut fuel duty by 10p a litre.
"⟦d:f|Where's the money coming from, Oliver? Where is it actually coming from?⟧" Ferreira asked.
"⟦d:o|From growth, Mateus, which is something you'd know about if you'd ever run anything bigger than an embassy —⟧"
"⟦d:f|That's beneath you.⟧"
"⟦d:o|— let me finish. Let me finish.⟧"
The moderator, Carys Hendry, eventually cut in. "⟦d:c|Gentlemen, the audience can't hear either of you. One at a time, please.⟧"
Audience member Joanne, a care worker from Stockfield, asked both candidates what they would say to someone who worked 50 hours a week and still used a food bank. "⟦d:a|Not a slogan. An actual answer,⟧" she said.
Brandt-Lowe said he would raise the income tax threshold. Ferreira said he would "⟦p:f|fix the benefits system so that work always pays⟧" and admitted: "⟦d:f|You shouldn't have to be in that position. Nobody should. I'm sorry that you are.⟧"
A snap poll after the debate found 52 per cent thought Ferreira had won.

### 031
@t Thandiwe Mokoena | Finance Minister
@l Lars Ekdahl | The shadow finance minister
@f Fiscal Policy Institute | an independent think tank
@n Nomvula Khumalo | its director
Finance Minister Thandiwe Mokoena raised the tax-free allowance for pensioners and froze fuel duty for a third year on Wednesday, in a budget she called "⟦p:t|careful, not cautious⟧".
"⟦d:t|This is not a budget for headlines. It is a budget for the long haul,⟧" she told parliament. "⟦d:t|We inherited a house with the roof off. We have spent two years putting the roof back on. Now we can start on the rooms.⟧"
The shadow finance minister, Lars Ekdahl, said the statement contained "⟦p:l|one rabbit, two hats and no plan for growth⟧".
"⟦d:l|The minister talks about the long haul. Families in this country are worried about the next electricity bill,⟧" he said.
The Fiscal Policy Institute, an independent think tank, said the measures would cost £4.2bn a year by 2028 and were "⟦p:f|only partly funded⟧" by the planned increase in the bank levy.
Its director, Nomvula Khumalo, said: "⟦d:n|The numbers add up for this year and next. After that, the minister is relying on growth that no forecaster is currently predicting.⟧"

### 032
@a Ayodele Farinloye | The minister for regional growth
@f - | a former adviser at the department
@k Kit Sandhurst | the opposition spokesman
Somewhere in the government's 140-page growth plan, published last week, the phrase “⟦s:-|growth corridor⟧” appears 63 times. It is never defined.
Ask ministers what a “⟦s:-|growth corridor⟧” is and you will get a range of answers. The minister for regional growth, Ayodele Farinloye, told a conference in Halbury on Thursday that it was “⟦p:a|a place where we remove the barriers and let ambition run⟧”.
Pressed by the Chronicle on what barriers, exactly, she said: “⟦d:a|Planning, transport, skills. All of it. It's not a single policy, it's a way of thinking.⟧”
That is what worries people who have seen this before. A former adviser at the department, who worked on the last government's “⟦s:-|enterprise zones⟧”, said the new plan had the same problem. “⟦d:f|Every government needs a map with arrows on it. The arrows are the easy bit,⟧” the former adviser said.
The opposition has its own label for the plan: “⟦s:-|corridors to nowhere⟧”. Kit Sandhurst, the opposition spokesman, used it three times in the Commons on Tuesday. “⟦d:k|If they can't tell us what it is, how will anyone know when they've built one?⟧” he asked.
Farinloye insists the vagueness is deliberate. “⟦d:a|If I came in with a blueprint for every town from Whitehall, you'd be writing a column about that instead.⟧”
She may be right. But a plan that cannot be measured is also a plan that cannot fail, which may be the most “⟦s:-|strategic⟧” thing about it.

### 033
@r Ruth Abernethy | the parliamentary standards commissioner
@c Clive Ashby-Rhodes | the MP for Fenmoor
@o Oona Gallagher | -
The MP for Fenmoor, Clive Ashby-Rhodes, faces a 21-day suspension from the Commons after the parliamentary standards commissioner found he had broken lobbying rules on behalf of a property company that paid him £6,000 a month.
In her report, published on Thursday, Dr Ruth Abernethy said Ashby-Rhodes had made “⟦p:r|repeated and deliberate approaches⟧” to ministers on behalf of Castlegate Estates and had shown “⟦p:r|no real understanding of why this was wrong⟧”.
“⟦d:r|Mr Ashby-Rhodes appears to believe that a rule he disagrees with is a rule he need not follow. That is not how the House's code of conduct works,⟧” she wrote.
In a statement, Ashby-Rhodes said he accepted the findings but not the sanction, which he called “⟦p:c|wildly disproportionate⟧”.
“⟦d:c|I raised a matter of genuine public interest in good faith. I was open about my interests at every stage. I will be appealing,⟧” he said.
Oona Gallagher, who sits on the standards committee, said she expected the suspension to be upheld. “⟦d:o|The commissioner's report is clear and it is damning. Appeals are there for procedural errors, not for people who don't like the verdict,⟧” she said.

### 034
@r Fatima Rahimi | MP
@g Owen Griffiths | the school's headteacher
@m - | one mother
@c Wexhamshire County Council | -
Parents packed the hall at Brookside Primary on Monday night to tell their MP and council officers what they thought of plans to close the 140-year-old school.
MP Fatima Rahimi, who has backed the campaign to keep the school open, told the meeting she had written to the education secretary. "⟦d:r|I've said it to ministers and I'll say it to you: closing a good school because of a spreadsheet is not a decision, it's a failure,⟧" she said.
The school's headteacher, Owen Griffiths, said pupil numbers had fallen from 190 to 112 in six years. "⟦d:g|I'm not going to stand here and pretend the numbers are fine. They're not. But the numbers aren't the children,⟧" he said.
"⟦d:m|Where are they supposed to go? The nearest school is four miles away and there's one bus,⟧" one mother called out from the back.
A council officer said transport would be provided. "⟦d:m|For how long?⟧" the mother asked. The officer did not answer.
Wexhamshire County Council said in a statement that no decision had been taken and the consultation would run until 30 April. "⟦d:c|We will listen carefully to every response,⟧" it said.

### 035
@d Desmond Okafor | the former foreign secretary
@s Abiola Stephens | the former northern governor
Desmond Okafor has been out of government for nine years, out of Parliament for six, and still cannot walk through a railway station without someone stopping him to argue about the Lomé accords.
“⟦d:d|They never want to argue about the things I got right,⟧” he says, stirring a cup of tea he will not drink. “⟦d:d|Nobody ever stops you to say thanks for the hospital.⟧”
We meet in the library of his house outside Kelbury, surrounded by the 40-odd boxes of papers he is, at 77, finally sorting for the university archive.
“⟦d:-|Do you ever reread them?⟧” I asked.
“⟦d:d:m|God, no. Well, sometimes. You find a note you wrote at two in the morning during some crisis or other, and you think, who was this man? He was so certain.⟧
“⟦d:d:m|I'm not certain of anything now. I'm not even certain I was right about Lomé, and I spent four years of my life on it.⟧
“⟦d:d|That's either wisdom or old age. I haven't decided,⟧” the former foreign secretary says.
His critics, of whom there are still many, have never forgiven him. One of them, the former northern governor Abiola Stephens, once accused him of having “⟦p:s|sold out the northern provinces⟧” to secure the deal. I read him the line.
“⟦d:d|I've heard it. I understand why people say it. I'd make the same choice again, and that is the honest answer, even if it isn't the popular one.⟧”
“⟦d:-|Would you go back into politics now?⟧”
He laughed for a long time. “⟦d:d|My wife would leave me. And she'd be right to.⟧”

### 036
@g Greet Vandersteen | leader of the Social Liberals
@m Mirela Dragomir | the Farmers' Union leader
@n - | One negotiator who was in the room
@p - | A spokesman for the Social Liberals
Coalition talks in Havermaal broke down for the second time in a week on Friday, with the two largest parties blaming each other for the collapse.
Greet Vandersteen, leader of the Social Liberals, said her party had made "⟦p:g|every reasonable concession⟧" on farm subsidies. "⟦d:g|We have moved, and moved, and moved again. At some point the other side has to move too,⟧" she told reporters outside the parliament building.
The Farmers' Union leader, Mirela Dragomir, said the Social Liberals had "⟦p:m|moved a comma and called it a compromise⟧".
"⟦d:m|I'm not going to sign a deal that my own members would tear up in a month,⟧" Dragomir said. "⟦d:m|Greet knows that. She's known it since the first day.⟧"
One negotiator who was in the room described the final session as "⟦p:n|forty minutes of people reading their own press releases at each other⟧". "⟦d:n|Nobody raised their voice. That was almost worse,⟧" the negotiator said.
A spokesman for the Social Liberals said talks could resume "⟦p:p|as soon as Monday⟧" if the Farmers' Union was willing.

### 037
@p Ingeborg Halvorsen | The Assembly's president
@v Joost van Leeuwen | a Dutch Liberal deputy
@c Carolina Albuquerque | a Portuguese Socialist
@s Stanisław Kędzierski | -
Deputies in the Continental Assembly clashed on Wednesday over a proposal to cap the price of rented homes in cities across the bloc, in a debate the Assembly's president, Ingeborg Halvorsen, twice had to suspend.
Joost van Leeuwen, a Dutch Liberal deputy, called the plan «⟦p:v|a guarantee that nobody will ever build another flat⟧». «⟦d:v|You do not solve a shortage of something by making it illegal to profit from producing it,⟧» he said.
Carolina Albuquerque, a Portuguese Socialist, accused him of speaking «⟦p:c|for the landlords of Amsterdam⟧». «⟦d:c|In Lisbon, a nurse now pays 70 per cent of her salary in rent. Tell her about the free market, Mr van Leeuwen,⟧» she said.
«⟦d:v|Shame on you!⟧» van Leeuwen shouted from his seat, prompting Halvorsen to switch off his microphone.
«⟦d:p|Mr van Leeuwen, you have had your time. Ms Albuquerque has the floor,⟧» the president said. «⟦d:p|If this continues I will suspend the sitting.⟧»
Stanisław Kędzierski, who leads the Conservative group, said his deputies would vote against. «⟦d:s|This is a matter for national parliaments. Not for this house, and certainly not for this afternoon,⟧» he said.
A vote is expected next month.

### 038
@e Evelyn Marsh | State Supreme Court nominee
@r Rosalind Achebe | the committee chair
@c Claire Dunmore | a first-term senator from the eastern counties
@w - | one of the protesters
State Supreme Court nominee Evelyn Marsh faced more than six hours of questioning from the senate judiciary committee on Tuesday, much of it about a 2019 ruling in which she upheld the closure of three rural polling stations.
``⟦d:e|I applied the law as it was written, not as I might have wished it to be,⟧'' Judge Marsh told the committee. ``⟦d:e|That is the job. If the legislature wants a different law, it has the power to write one.⟧''
Sen. Rosalind Achebe, the committee chair, pressed her on whether she had considered the effect on elderly voters. ``⟦d:r|Some of those people had to drive 40 miles to vote. Did that trouble you at all, judge?⟧''
``⟦d:e|It troubled me a great deal, senator. It did not change what the statute said.⟧''
Sen. Claire Dunmore, a first-term senator from the eastern counties, was more supportive, praising what she called Marsh's ``⟦p:c|refreshing refusal to legislate from the bench⟧''.
``⟦d:c|I don't want a judge who agrees with me. I want one who reads,⟧'' Dunmore said.
The hearing was briefly interrupted when a group of protesters in the gallery stood holding signs reading ``⟦s:-|Count every vote⟧''. ``⟦d:w|Shame!⟧'' one of the protesters called out before capitol police escorted the group from the room.
The committee is expected to vote next week.

### 039
@f Femi Adeyemi-Ross | The Progressive MP
@c Central District Police | -
@a - | one woman
Several thousand people marched on Parliament Square on Saturday to protest against cuts to disability benefits, in what organisers said was the largest demonstration in the capital since the pensions strike two years ago.
Marchers carried placards reading “⟦s:-|Nothing about us without us⟧” and “⟦s:-|Cut the cuts⟧”, and chanted “⟦s:-|Whose welfare? Our welfare!⟧” as they passed the Treasury.
Among the speakers at the rally was the Progressive MP Femi Adeyemi-Ross, who uses a wheelchair and has campaigned against the changes since they were announced.
“⟦d:f|They call it reform. It isn't reform. It's a spreadsheet with a cruelty setting,⟧” he told the crowd. “⟦d:f|And we are going to keep coming back here until they switch it off.⟧”
One woman, who had travelled from Harrowby with her adult son, said it was the first protest she had ever been on. “⟦d:a|I'm 63. I've never even signed a petition. But they're taking £90 a week off him, and I'm not having it,⟧” she said.
Central District Police said the march had been “⟦p:c|overwhelmingly peaceful⟧”, with two arrests for minor public order offences.

### 040
@g Gerald Wimbush | embattled trade secretary
@r - | one reporter
@j - | another
@f - | A friend of the minister
EMBATTLED trade secretary Gerald Wimbush refused to say whether he would resign yesterday as he was doorstepped outside his home over a £240,000 contract handed to his brother-in-law's firm.
"⟦d:r|Are you going to resign, Mr Wimbush?⟧" one reporter shouted as he got into his car.
"⟦d:g|I'm going to work, which is what I'm paid to do,⟧" he replied.
"⟦d:j|Did you tell officials about your brother-in-law?⟧" shouted another.
"⟦d:g|Everything was properly declared. Everything. You'll see that when the review is published,⟧" Wimbush said, before closing the door.
A friend of the minister said he was "⟦p:f|furious⟧" about the coverage. "⟦d:f|Gerald has done nothing wrong. This is a hit job, plain and simple,⟧" the friend said.

### 041
@r Ravi Sandhu | the Civic Democrat candidate
@m - | A woman walking a terrier
@o - | an older man in a flat cap
@k Kate Pemberton | a veteran of six campaigns in the city
Ravi Sandhu has been knocking on doors in the Riverside ward since half past nine, and by eleven he has had one promise, two maybes and a lecture about the state of the canal towpath.
“⟦d:r|That's actually a good morning,⟧” the Civic Democrat candidate says cheerfully. “⟦d:r|Last week a man set his dog on me. It was a very small dog, to be fair.⟧”
A woman walking a terrier stops him at the corner of Mill Street. “⟦d:m|Are you the one who wants to shut the library?⟧” she asks.
“⟦d:r|No, that's the other lot. I want to keep it open and open it on Sundays.⟧”
“⟦d:m|Well, you've got my vote then. Don't let me down.⟧”
Not everyone is so easily won over. On Canal Terrace, an older man in a flat cap hears him out, then shakes his head. “⟦d:o|You're all the same, son. You turn up every four years with a leaflet and a smile,⟧” he says. He shuts the door gently.
Sandhu shrugs. His agent, Kate Pemberton, a veteran of six campaigns in the city, makes a note on her clipboard. “⟦d:k|That's a ‘probably not’,⟧” she says. “⟦d:k|But he was polite. Polite means he's thinking about it.⟧”

### 042
@l Lucía Ferrando | Mayor
@b Brendan Kilbride | general secretary of the Transit Workers' Union
@c Daniel Osei | -
Mayor Lucía Ferrando said on Monday she was "⟦p:l|ready to talk at any hour of the day or night⟧" to end the strike that has shut down the city's tram network for eight days.
"⟦d:l|My door is open. My phone is on. I will sit down with the union this afternoon if they want to,⟧" Ferrando told a press conference at City Hall.
"⟦d:l|What I won't do is agree to a deal the city can't afford, and then have to cut bus routes in the suburbs to pay for it.⟧"
Brendan Kilbride, general secretary of the Transit Workers' Union, said the mayor's offer was "⟦p:b|a press release, not a proposal⟧".
"⟦d:b|We've had four meetings. Each time, the offer on the table has been the same three per cent. If the mayor has something new to say, she knows where we are,⟧" he said.
Commuters are running out of patience with both sides. "⟦d:c|I've walked an hour each way every day for a week. I don't care who's right any more,⟧" said Daniel Osei, 34, who works at a hospital in the city centre.

### 043
@y Yolanda Mbeki | the programme's presenter
@r Roderick Vane | The chancellor
The chancellor, Roderick Vane, was confronted on Sunday with his own words from five years ago as he defended the decision to raise VAT to 22 per cent.
The programme's presenter, Yolanda Mbeki, read out a post he had written while in opposition. “⟦d:y|Chancellor, in 2019 you wrote, and I'm quoting you directly: ‘Any chancellor who puts up VAT in a cost-of-living crisis should be ashamed of themselves.’ Are you ashamed of yourself?⟧”
Vane smiled thinly. “⟦d:r|I was in opposition, Yolanda. Everybody says things in opposition.⟧”
“⟦d:y|So you didn't mean it?⟧”
“⟦d:r|I meant it at the time. The circumstances were different. We didn't have a £30bn hole in the public finances that nobody had told us about.⟧”
“⟦d:y|You've been in government for three years.⟧”
“⟦d:r|And we've spent three years finding out how deep the hole is,⟧” the chancellor said.
Mbeki then asked whether he would delete the post. “⟦d:r|No. I'm not going to pretend I never said it. People can judge me on it,⟧” Vane said.

### 044
@m Malcolm Drysdale | the chief whip
@s Sadia Rahman | the MP for Hollins Cross
@o - | One MP who was present
@p - | A party spokeswoman
A recording obtained by the Sentinel appears to show the chief whip, Malcolm Drysdale, warning a group of MPs that their constituencies could lose funding if they voted against the government's planning bill.
On the recording, made at a meeting of about a dozen backbenchers last Tuesday, Drysdale can be heard saying: “⟦d:m|I'm not threatening anybody. I'm just pointing out that ministers have long memories, and the towns fund has a short list.⟧”
Later he adds: “⟦d:m|Think about who you want to be sitting next to when the announcements are made.⟧”
One MP who was present said the meeting had left several colleagues “⟦p:o|genuinely shaken⟧”. “⟦d:o|There was laughter at that line, but it was nervous laughter. Everyone knew what he meant,⟧” the MP said.
Sadia Rahman, the MP for Hollins Cross, who voted against the bill, said she had not been at the meeting but was “⟦p:s|not remotely surprised⟧” by the recording. “⟦d:s|This is how they have been behaving for months. The only new thing is that somebody pressed record,⟧” she said.
A party spokeswoman said: “⟦d:p|The chief whip was making a light-hearted remark in a private meeting. Funding decisions are made on merit and on merit alone.⟧”

### 045
@v Anneliese Vogt | Kranland's foreign minister
@k Dmitar Kovač | her Ostrovan counterpart
Kranland's foreign minister, Anneliese Vogt, pledged on Thursday that her country would take in a further 4,000 refugees from the Ostrovan border camps, during a visit to Ostrova in which she was greeted by protesters at the airport.
«⟦d:v|Wir lassen niemanden zurück,⟧» Vogt told reporters in German, before switching to English: «⟦d:v|We leave nobody behind. That is not a slogan. It is a promise, and we will keep it.⟧»
Her Ostrovan counterpart, Dmitar Kovač, thanked Kranland for what he called «⟦p:k|the solidarity of a true neighbour⟧». «⟦d:k|Ostrova has carried this burden almost alone for three years. Today it feels a little lighter,⟧» he said.
In a joint statement, Kranland and Ostrova said they would also share the cost of a new reception centre near Velika Gora and press other states in the region to take a fairer share.
Outside the airport, around 200 people waved Ostrovan flags and chanted «⟦s:-|Ostrova first⟧». Kovač dismissed them. «⟦d:k|They are entitled to protest. They are not entitled to decide our foreign policy,⟧» he said.

### 046
@a Aisha Bello | the cabinet member for transport
@t Terry Golightly | the Independent group leader
@s Save Our Streets | the residents' group that has campaigned against the scheme
@m Mei Lin Chua | -
@x - | a man in the public seats
Hallworth's controversial low-traffic scheme will be made permanent, councillors decided on Wednesday, after a meeting that ran until almost midnight and was twice interrupted by protesters.
The cabinet member for transport, Cllr Aisha Bello, said the trial had cut traffic on residential streets by 41 per cent. "⟦d:a|Children are walking to school who were being driven a year ago. That is not ideology, it's data,⟧" she said.
"⟦d:x|Your data!⟧" a man in the public seats shouted.
Cllr Terry Golightly, the Independent group leader, said the council had "⟦p:t|ignored the people who live on the boundary roads⟧", where he said congestion had doubled. "⟦d:t|You've moved the traffic, you haven't removed it. Come and stand on Cotton Lane at half past eight and tell me it's working,⟧" he said.
Save Our Streets, the residents' group that has campaigned against the scheme, said it would seek a judicial review. "⟦d:s|This decision was made before a single consultation response was read,⟧" the group said in a statement.
Mei Lin Chua, who cycles through the area to work, said she was relieved. "⟦d:m|For the first time in years I don't feel like I'm taking my life in my hands,⟧" she said.

### 047
@b Barnaby Quill | Independent MP
@t Taxpayers' Watch | -
@h Harriet Dunne | its campaign director
@s - | A spokeswoman for Quill
Independent MP Barnaby Quill billed taxpayers more than £3,400 for a “⟦s:-|home office⟧” — in his seaside holiday cottage.
Expenses records show the former Civic Democrat claimed for a desk, a leather chair, a printer and a £600 coffee machine for the Porthkennack bolthole, which is listed on a rental website for £1,200 a week in August.
Taxpayers' Watch, which uncovered the claims, said the arrangement was “⟦p:t|a scandal hiding in plain sight⟧”.
Its campaign director, Harriet Dunne, said: “⟦d:h|Most people who work from home buy their own coffee machine. Mr Quill seems to think that's what the rest of us are for.⟧”
A spokeswoman for Quill insisted the claims were “⟦p:s|entirely within the rules⟧”. “⟦d:s|Mr Quill regularly works from the property during recess and has never let it out while claiming for it,⟧” she said.
Approached outside his constituency office yesterday, Quill said only: “⟦d:b|I've done nothing wrong and I've got nothing to hide. Print what you like.⟧”
But the rental listing, seen by the Sun-Herald, boasts of a “⟦s:-|fully equipped study with sea views⟧”.

### 048
@c Home Affairs Committee | a cross-party committee of MPs
@m Anthony Mwangi | The committee's chair
@i Interior Ministry | -
Police forces are failing to investigate more than half of all reported burglaries, leaving victims feeling "⟦p:c|abandoned⟧", a cross-party committee of MPs has warned.
In a report published on Friday, the Home Affairs Committee said the decline in detection rates over the past decade was "⟦p:c|alarming and unacceptable⟧" and called for every burglary to be attended by an officer within 48 hours.
"⟦d:c|Burglary is not a minor crime. It is a violation of the one place where people should feel safest,⟧" the report said.
The committee's chair, Sir Anthony Mwangi, said MPs had heard from victims who had waited weeks for a phone call. "⟦d:m|One woman told us she'd had a quicker response from her insurance company than from the police. That should shame all of us,⟧" he said.
The Interior Ministry said it would respond to the report "⟦p:i|in due course⟧" and pointed to the recruitment of 9,000 additional officers since 2021.

### 049
@d Priyanka Deshpande | the former home secretary
@k Siobhán Kehoe | her rival
@r Hugh Ellacott | the party's returning officer
Priyanka Deshpande was elected leader of the Unity Party on Saturday, winning 58 per cent of the members' vote and becoming the first woman of South Asian heritage to lead a major party in the country.
The party's returning officer, Hugh Ellacott, read the result to a packed hall in Marlow Quay. “⟦d:r|I therefore declare that Priyanka Deshpande has been elected leader of the Unity Party,⟧” he said, before his final words were drowned out by cheering.
Deshpande, the former home secretary, embraced her rival, Siobhán Kehoe, on stage before giving her acceptance speech.
“⟦d:d|Siobhán ran a brilliant campaign and she made me a better candidate. I want her at my side, and I've told her so,⟧” she said.
“⟦d:d:m|To the members who didn't vote for me: I know you have doubts. I'd have doubts too. Give me six months.⟧
“⟦d:d|To the country: we've heard you. We're going to earn your trust back, and it starts on Monday morning.⟧”
Kehoe, who had been the favourite when the contest began in the spring, said she would serve under the new leader “⟦p:k|in whatever role she thinks best⟧”. “⟦d:k|The members have spoken, and they've spoken clearly. Priyanka has my full support,⟧” she said.

### 050
@t Tom Ashcroft | presenter
@i Idris Lwanga | the Liberal Reform candidate for mayor
@c - | A spokeswoman for Lwanga's campaign
Idris Lwanga, the Liberal Reform candidate for mayor, struggled to answer questions about the cost of his flagship pledge of free buses for under-25s in a testy interview on Metro Radio on Thursday.
"⟦d:t|How much does it cost?⟧" presenter Tom Ashcroft asked.
"⟦d:i|It pays for itself over time, because young people who can get to work —⟧"
"⟦d:t|But how much does it cost in year one?⟧"
"⟦d:i|— young people who can get to work pay taxes. Tom, it's around forty million.⟧"
"⟦d:t|Your own manifesto says sixty-two.⟧"
There was a pause of several seconds. "⟦d:i|That includes the capital costs. The running cost is around forty,⟧" Lwanga said.
Ashcroft asked whether he could name a single line of the city budget he would cut to pay for it. "⟦d:i|I'm not going to do the budget live on air, Tom. That's not how it works,⟧" the candidate replied.
"⟦d:t|It's how it works for everyone else who comes on this programme.⟧"
A spokeswoman for Lwanga's campaign later said the interview had been "⟦p:c|an ambush⟧".

### 051
@b Bernadette Rochat | president of the Valbrenne farmers' association
@g Gilles Favre | -
@c Valbrenne Cantonal Council | -
Voters in the canton of Valbrenne will decide on Sunday whether to ban new wind turbines within two kilometres of any village, in a referendum that has split farming communities and divided families.
Bernadette Rochat, president of the Valbrenne farmers' association, has campaigned for a Yes vote since the autumn. «⟦d:b|Nous ne sommes pas contre le vent,⟧» she told a rally in Sainte-Colombe on Wednesday. «⟦d:b|We are not against the wind. We are against being told what to do with our hills by people who have never walked up them.⟧»
Gilles Favre, who leads the No campaign, said a ban would make it impossible for the canton to meet its 2035 climate targets. «⟦d:g|If we say no to turbines near villages, in a canton that is nothing but villages, we are saying no to turbines. Let's at least be honest about it,⟧» he said.
The Valbrenne Cantonal Council has stayed officially neutral, but has warned that a Yes vote would cost it «⟦p:c|at least 40 million francs⟧» in federal subsidies.
The final poll, published on Thursday, put the Yes side narrowly ahead. Favre said he was «⟦p:g|not at all worried⟧».

### 052
@a Amina Yusufzai | Estravia's ambassador
@h Hélène Brassard | Her Kelmari counterpart
@s - | A spokesperson for the Secretary-General
The Assembly of Nations security council failed on Monday to agree a statement on the fighting in the Sava valley, after Kelmar blocked a draft that its ambassador said was “⟦p:h|written in Estravia and delivered by hand⟧”.
Estravia's ambassador, Amina Yusufzai, told the council that 300 civilians had been killed in three weeks. “⟦d:a|Every day this council says nothing, the guns get a little louder,⟧” she said. “⟦d:a|How many more days are we going to give them?⟧”
Her Kelmari counterpart, Hélène Brassard, rejected the draft as “⟦p:h|one-sided to the point of comedy⟧”. “⟦d:h|My colleague speaks of civilians. So do I. Kelmari villages have been shelled too, and they do not appear once in this text,⟧” she said.
Yusufzai responded: “⟦d:a|Then propose an amendment. Don't veto the whole thing.⟧”
“⟦d:h|We proposed eleven. All were rejected before lunch.⟧”
A spokesperson for the Secretary-General said he was “⟦p:s|deeply disappointed⟧” and would continue to press both sides for a ceasefire.

### 053
@w Walt Brennaman | the state's senior senator
@d Dale Kress | a soybean farmer from outside Millersburg
@v - | A veteran in a faded regimental cap
Walt Brennaman, the state's senior senator, got an earful Saturday at a town hall meeting in the Grange hall at Oak Fork, where more than 250 constituents turned out to question him about farm subsidies, tariffs and the closure of the county's only veterans' clinic.
Dale Kress, a soybean farmer from outside Millersburg, told the senator he had lost his two biggest buyers since the tariffs took effect. ``⟦d:d|I voted for you twice, Walt. I'm asking you straight: what am I supposed to tell the bank in October?⟧''
``⟦d:w|You tell them help is coming, Dale, because it is,⟧'' Brennaman replied. ``⟦d:w|I've been in the room on this. The relief package will be on the floor before harvest.⟧''
``⟦d:d|You said that in March.⟧''
The crowd applauded. Brennaman held up his hands. ``⟦d:w|That's fair. That's fair. I did.⟧''
A veteran in a faded regimental cap asked why the clinic in Hadley had closed without a public hearing. ``⟦d:v|Now I drive ninety minutes for a blood test. Ninety minutes,⟧'' he said.
Brennaman promised to write to the department that week and said the closure was ``⟦p:w|a mistake, and one I intend to fix⟧''.

### 054
@e Esther Kagame | the campaign's director of strategy
@a - | one aide
@b - | Another
@c - | a senior figure on the campaign
Nobody on the fourth floor of the campaign headquarters will say the word “⟦s:-|lose⟧”. They say “⟦s:-|difficult⟧”, and “⟦s:-|tight⟧”, and, when they think nobody is listening, “⟦s:-|Tuesday⟧”, which is when the final debate is and which, one aide says, is “⟦p:a|the last roll of the dice⟧”.
“⟦d:a|We're four points down with eleven days to go. You can win from there. People have. But you need something to happen, and you can't make something happen,⟧” the aide says.
Another is blunter. “⟦d:b|If Tuesday goes badly, we're done, and everyone in this building knows it.⟧”
Esther Kagame, the campaign's director of strategy, does not accept the gloom. She has worked on seven national campaigns and, she points out, won five of them.
“⟦d:e:m|I've been four points down before. I've been nine points down before. Polls in the last fortnight move more than people think, and they move towards the candidate who looks like they want it more.⟧
“⟦d:e|Our guy wants it more. That's not spin. You watch him on Tuesday.⟧”
Not everyone on the campaign shares her certainty. Asked whether the candidate was ready for the debate, a senior figure on the campaign paused for a long time. “⟦d:c|He's ready. Whether he's going to be good is a different question,⟧” they said eventually.

### 055
@p Ronald Fairbairn | Prime Minister
@h Hester Lindgren | the leader of the opposition
@t Bryn Tudor | -
@f - | One of Mr. Fairbairn's closest allies
The Government of Prime Minister Ronald Fairbairn fell last night when the House of Representatives passed a motion of no confidence by 163 votes to 161, the narrowest margin in the country's history.
``⟦d:h|The House has spoken, and it has spoken for the country,⟧'' the leader of the opposition, Mrs. Hester Lindgren, said as the result was announced. ``⟦d:h|The Prime Minister must now go to the Governor-General and request a dissolution.⟧''
Mr. Fairbairn, looking pale, told the House that he would ``⟦p:p|accept the verdict with good grace⟧''. ``⟦d:p|I have never believed that any man is bigger than this chamber, and I do not propose to start believing it tonight,⟧'' he said.
The decisive votes were cast by two government members, one of them Mr. Bryn Tudor, who voted against the government for the first time in his career. ``⟦d:t|I did it with a heavy heart. I could not in conscience do otherwise,⟧'' he told reporters afterwards.
One of Mr. Fairbairn's closest allies said the Prime Minister had been ``⟦p:f|betrayed by men who owe him everything⟧''.

### 056
@a Aleksandra Nowak | The Reform Alliance leader
@m Morgan Tully | The National Party's campaign chief
@k Kwame Ofori-Atta | the Progressive leader
@o - | An official at the count in Eastmere
ELECTION NIGHT LIVE: Follow our rolling coverage of the results as they come in.
00:47 The Reform Alliance leader, Aleksandra Nowak, has arrived at her count in Dunford. Asked by our reporter how she was feeling, she said: "⟦d:a|Nervous. Anyone who tells you they're not nervous tonight is lying.⟧"
01:12 The National Party's campaign chief, Morgan Tully, is playing down the exit poll. "⟦d:m|Exit polls are a snapshot. We'll wait for real votes in real boxes,⟧" she told reporters at party headquarters.
01:35 First result of the night: Hartwell North is a Progressive hold, with a slightly reduced majority.
02:04 The Progressive leader, Kwame Ofori-Atta, has posted a short message to supporters: "⟦d:k|Whatever happens tonight, thank you. Every door you knocked on mattered.⟧"
02:31 Recount in Eastmere. An official at the count in Eastmere said the two leading candidates were separated by "⟦p:o|fewer than 50 votes⟧".
03:10 Nowak holds Dunford. In her acceptance speech she called the result "⟦p:a|a message nobody in Westbridge can ignore⟧".

### 057
@d Doreen Walsh | -
@f Faisal Qadri | The committee chair
@l Lena Hartmann | the health service's chief operating officer
The health select committee heard on Tuesday from a woman who waited 31 hours on a trolley in a hospital corridor before being given a bed, in a session that left several MPs visibly moved.
Doreen Walsh, 74, from Carrick Bay, told MPs she had been admitted with a suspected stroke in January. “⟦d:d|I wasn't angry with the nurses. They were run off their feet. I was angry that nobody seemed to think it was strange,⟧” she said.
“⟦d:d|At one point a young doctor said to me, ‘I'm so sorry, this is just what it's like now.’ I've thought about that every day since.⟧”
The committee chair, Faisal Qadri, thanked her for what he called her “⟦p:f|remarkable dignity⟧”. He then turned to the health service's chief operating officer, Lena Hartmann, who was giving evidence later in the session.
“⟦d:f|Is she right? Is this just what it's like now?⟧” he asked.
“⟦d:l|It shouldn't be. It is too often. I'm not going to sit here and tell Mrs Walsh her experience was unusual, because it wasn't,⟧” Hartmann said.

### 058
@r Rosemary Achterberg | The MP for Coldharbour
@n Nkechi Obi | The Civic Democrat leader
@p - | A National Party spokesman
The MP for Coldharbour, Rosemary Achterberg, defected from the governing National Party to the Civic Democrats on Wednesday, cutting the government's working majority to 14.
In a statement released minutes before she took her new seat on the opposition benches, Achterberg said she had "⟦p:r|not left the National Party; the National Party has left me⟧".
"⟦d:r|I joined this party at 17 because it believed in the dignity of work and the strength of local communities. I no longer recognise it in either,⟧" she said. "⟦d:r|This is the hardest decision I have ever made, and I have not made it lightly.⟧"
The Civic Democrat leader, Nkechi Obi, welcomed her on the steps of the Parliament building. "⟦d:n|Rosemary is a person of principle, and our door is open to anyone else who feels the same way,⟧" Obi said.
A National Party spokesman said Achterberg should "⟦p:p|do the decent thing and call a by-election⟧". "⟦d:p|The voters of Coldharbour elected a National Party MP. They deserve to have a say,⟧" he said.

### 059
@h Hamish Grieve | Strathmore MP
@m Morag Sinclair | the Progressive candidate for the seat
@p - | One pensioner
Strathmore MP Hamish Grieve has apologised after telling a business dinner that pensioners in his constituency were “⟦p:h|sitting on their backsides on a fortune⟧” while young people struggled to buy homes.
A recording of the remark, made at the Keld Chamber of Commerce annual dinner last Friday, was shared widely on social media over the weekend.
In a statement on Monday, Grieve said: “⟦d:h|I made a clumsy and offensive point about a serious issue. I'm sorry. Many of the pensioners I represent have worked hard all their lives, and they deserve better from their MP.⟧”
Morag Sinclair, the Progressive candidate for the seat, said the apology was “⟦p:m|too little and three days too late⟧”.
“⟦d:m|He didn't apologise on Saturday. He didn't apologise on Sunday. He apologised when the phones started ringing,⟧” she said.
One pensioner, who did not want to be named, told the Courier she would not vote for Grieve again. “⟦d:p|Backsides, he said. I worked in a fish factory for 41 years. My backside was never anywhere near a chair.⟧”

### 060
@n Noor Haddad | the Prime Minister's press secretary
@r - | one correspondent
@c - | A correspondent from the Evening Star
@m Matteo Ricci | the deputy prime minister
The Prime Minister's press secretary, Noor Haddad, insisted on Thursday that there was “⟦p:n|no rift whatsoever⟧” between the Prime Minister and his deputy, after the deputy prime minister, Matteo Ricci, appeared to contradict government policy on student loans during a radio interview.
Ricci told Radio Ardent that morning that repayment thresholds should be “⟦p:m|looked at again, and looked at soon⟧”. “⟦d:m|I'm not going to pretend the current system works for young people, because it doesn't,⟧” he said.
At the afternoon briefing, Haddad faced repeated questions about the comments. “⟦d:r|Is it government policy to look at the thresholds again?⟧” one correspondent asked.
“⟦d:n|Government policy is as set out in the budget. The deputy prime minister was making a general point about the cost of living, which the Prime Minister shares,⟧” Haddad said.
A correspondent from the Evening Star asked whether the Prime Minister had spoken to Ricci since the interview. “⟦d:c|Was he cross?⟧”
“⟦d:n|The Prime Minister doesn't really do cross,⟧” Haddad replied, to some laughter. “⟦d:n|They had a conversation. It was a friendly one.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh80.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh80",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
