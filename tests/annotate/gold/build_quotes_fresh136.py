# ruff: noqa: E501
"""Build ``quotes_fresh136.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties, countries and
organisations) and were written from scratch for this file, without reading the
extractor, without running it, and without reading the passages of the other gold
sets. The set is meant to be evaluated once, as an honest measure on unseen text.
Its focus is political copy: question times and debates with interruptions and
heckles, select committee and inquiry hearings, broadcast and radio interviews in
which presenters press ministers, phone-ins and podcasts, campaign trail and
hustings, lobby briefings by spokespeople, council and parish meetings, leadership
contests, leaks and unnamed sources, summits and foreign ministers' press
conferences, in the voice of wire services, broadsheets, tabloids, local papers,
magazines and broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh136-NNN``.

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

* As in fresh58: a role title or relational phrase before the name combined with an
  appositive after it (``Her campaign manager, Ben Whitcombe, a former army
  officer``): the appositive is the description. A title or role word before the name
  alone (``Presenter …``, ``Opposition Leader …``, ``the Speaker, …``, ``Its chair,
  …``, tabloid role words such as ``Pupil …`` or ``Neighbour …``) is the description.
* As in fresh58: a speaker introduced without an appositive and referred to by a
  definite description in the next sentence or at a cue (``the 34-year-old``) takes
  that description. A non-restrictive relative clause after an appositive is not part
  of it; a restrictive one (``a GP who sits two rows behind him``) is.
* An age after the name (``Kowalczyk, 52``) and a prepositional phrase (``Tomiwa
  Balogun of the Daily Clarion``, ``Linda, from Carrow Heath``) are not descriptions.
* Presiding officers (Speaker, chair, presiding officer, mayor in the chair) speak
  like anyone else: their calls to order are ``direct``.
* An interrupted utterance is its own span with the dash inside it; when the speaker
  resumes after the interruption, the continuation is a new span by the same speaker.
* A heckle or shout from one person described in the passage (``a man at the back``,
  ``one Civic Union backbencher``, ``a voice from the government benches``) is
  ``direct`` with a null speaker and that description; a shout with no describer at
  all (``was shouted from somewhere in the crowd``) has speaker and description null.
  Chants by a crowd are ``scare``.
* An organisation speaker is named without a leading article (``the Interior
  Department said`` → ``Interior Department``); an unnamed group (``a group
  representing the families``) has a null speaker and that phrase as description.
* Messages, texts and emails read out by someone else (a host reading a listener's
  text, a presenter quoting an email) belong to their author. In a transcript, an
  earlier remark quoted by the interviewer belongs to the person who made it.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; named journalists' and presenters' questions are their speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh136.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh136.jsonl")

PASSAGES = """
### 001
@a Helena Marsh-Okoye | the leader of the opposition
@b Gareth Pennick | the prime minister
@c Rosalind Achterberg | the Speaker
@d - | One Civic Union backbencher
The weekly clash in the chamber of the Lensfield Assembly turned bad-tempered within minutes on Wednesday as Helena Marsh-Okoye, the leader of the opposition, accused the prime minister, Gareth Pennick, of having “⟦p:a|lost control⟧” of hospital waiting lists.
“⟦d:a|Eighteen months ago the prime minister stood at that dispatch box and promised that waiting lists would fall every single month,⟧” she said. “⟦d:a|They have risen in eleven of them. Which months was he counting?⟧”
Pennick, who had been leafing through a folder as she spoke, rose to cheers from his own benches. “⟦d:b|The right honourable lady has discovered arithmetic. I congratulate her—⟧”
“⟦d:c|Order! Order! The prime minister will be heard,⟧” said the Speaker, Rosalind Achterberg, as jeers from the opposition benches drowned him out.
“⟦d:b|—but she has not yet discovered the 40,000 extra operations carried out this year, or the two surgical hubs that her party voted against,⟧” Pennick continued.
One Civic Union backbencher shouted “⟦d:d|Rubbish!⟧” from below the gangway and was warned by the chair that a second outburst would see him sent out of the chamber.
Marsh-Okoye returned to the attack. “⟦d:a|If everything is going so well, why did his own health secretary tell a private meeting last week that this winter would be ‘the worst in a generation’?⟧”
The prime minister did not answer directly, saying only that he would “⟦p:b|not take lectures from a party that closed three maternity units the last time it had the chance⟧”.

### 002
@a Sunita Varghese | The housing minister
@b Niall Corcoran | Presenter
@c - | A Forward Party spokesperson
The housing minister, Sunita Varghese, repeatedly declined to say whether the government would meet its target of 300,000 new homes a year, in a combative interview on Radio Calder's Morning Report on Tuesday.
Presenter Niall Corcoran asked her six times whether the target still stood. "⟦d:b|It's a simple question, minister. Yes or no?⟧" he said at one point.
"⟦d:a|It isn't a simple question, Niall, because the number depends on what councils approve and what builders build,⟧" Ms Varghese replied. "⟦d:a|What I can tell you is that approvals are up.⟧"
"⟦d:b|Approvals aren't homes.⟧"
"⟦d:a|No, but you can't build a home that hasn't been approved.⟧"
Corcoran then reminded her that in a speech last year she had described the target as "⟦p:a|the floor, not the ceiling⟧".
"⟦d:a|And I still believe that,⟧" she said. "⟦d:a|Ambition is not a crime.⟧"
A Forward Party spokesperson later described the interview as "⟦p:c|painful to listen to⟧" and said the minister had "⟦p:c|quietly buried⟧" the pledge.

### 003
@a Beatrix Lindqvist | The committee's chair
@b Olufunke Adeyemi | the permanent secretary at the Department for Regional Transport
@c Tomasz Kalinowski | a National Renewal member of the committee
Olufunke Adeyemi, the permanent secretary at the Department for Regional Transport, told MPs on Tuesday that she had known about a £2.1bn overspend on the Northline rail link for “⟦p:b|a matter of weeks⟧” before ministers were told.
Giving evidence to the public accounts committee, Adeyemi said the delay had been “⟦p:b|regrettable but not deliberate⟧”.
The committee's chair, Beatrix Lindqvist, was unconvinced. “⟦d:a|Weeks, Ms Adeyemi? How many weeks?⟧”
“⟦d:b|Six, possibly seven. I would want to check the dates before I commit to a number.⟧”
“⟦d:a|Seven weeks in which the secretary of state stood up in the House and told us this project was on budget,⟧” Lindqvist said. “⟦d:a|Did nobody think to pick up the phone?⟧”
Adeyemi said officials had wanted to “⟦p:b|stress-test the numbers⟧” before alarming ministers, adding: “⟦d:b|With hindsight, I would have raised it sooner. I accept that.⟧”
Tomasz Kalinowski, a National Renewal member of the committee, asked whether the overspend meant the line's northern section would be cancelled. “⟦d:c|Can you rule that out today, here, on the record?⟧”
“⟦d:b|I can't rule anything in or out. That is a decision for ministers,⟧” she replied.

### 004
@a Danny Kowalczyk | FORWARD Party boss
@b Maureen Tulliver | Grandmother
@c - | an aide
@d - | A Forward Party spokesman
FORWARD Party boss Danny Kowalczyk was left red-faced yesterday when a furious pensioner collared him outside a bakery in Thornley Bridge.
Grandmother Maureen Tulliver, 78, jabbed a finger at the would-be PM and demanded: "⟦d:b|You lot promised us a bus. Where's the bus, Danny?⟧"
Kowalczyk, 52, stammered: "⟦d:a|Well, we're — look, we've got a plan for rural transport, Maureen, and—⟧"
"⟦d:b|A plan! I can't get on a plan,⟧" she shot back, to hoots of laughter from shoppers.
As the clip racked up a million views online, an aide could be heard muttering "⟦d:c|Get him in the car⟧" in the background.
Last night Mrs Tulliver told the Sentinel: "⟦d:b|He seemed a nice enough lad. But nice doesn't get me to the hospital on a Tuesday.⟧"
A Forward Party spokesman said: "⟦d:d|Danny loves meeting voters and hearing their concerns, and he'll be back in Thornley Bridge before polling day.⟧"

### 005
@a - | the prime minister's official spokesperson
@b - | one journalist
@c Idris Bellamy-Nwosu | the finance minister
HALDEN, March 4 (Meridian) - Prime Minister Anneliese Drummond has "⟦p:a|full confidence⟧" in the finance minister, Idris Bellamy-Nwosu, the prime minister's official spokesperson said on Tuesday, after reports that he had threatened to resign over spending plans.
"⟦d:a|The prime minister and the finance minister work closely together every day. That hasn't changed,⟧" the spokesperson told reporters at a regular briefing.
Asked by one journalist whether Bellamy-Nwosu had offered his resignation, the spokesperson said: "⟦d:a|I'm not going to get into private conversations. I've seen the reports; I don't recognise them.⟧"
"⟦d:b|Is that a no?⟧" the journalist pressed.
"⟦d:a|It's what I said.⟧"
Bellamy-Nwosu, speaking separately on a visit to a bearings factory in Ostby, told broadcasters he was "⟦p:c|going nowhere⟧".
"⟦d:c|I've got a budget to deliver in five weeks, and I intend to deliver it,⟧" he said. "⟦d:c|People can write what they like in the meantime.⟧"

### 006
@a Rhodri Pryce | council leader
@b Aled Vaughan | Opposition group leader
@c Siân Howells | the chair
@d Bethan Morgan | Retired teacher
Plans to close three branch libraries in Pencarreg were approved by a single vote on Thursday night after a meeting that council leader Rhodri Pryce described as “⟦p:a|the hardest I have sat through⟧”.
Cllr Pryce told the chamber the authority faced a £9m gap next year. “⟦d:a|Nobody came into local government to close libraries. But I will not set an illegal budget, and I will not pretend the money is there when it isn't,⟧” he said.
Opposition group leader Aled Vaughan accused him of “⟦p:b|hiding behind spreadsheets⟧”. “⟦d:b|The library in Cwmderi is the only warm building on that estate after four o'clock,⟧” Cllr Vaughan said. “⟦d:b|Where does he suggest the children go?⟧”
“⟦d:a|I suggest he tells us which service he would cut instead,⟧” Cllr Pryce replied. “⟦d:a|Because in six months of opposing this, he hasn't named one.⟧”
The public gallery was full and erupted at several points, and the chair, Cllr Siân Howells, twice threatened to clear it. “⟦d:c|I will adjourn this meeting if I have to. Please let members speak,⟧” she said.
Outside, campaigners held placards reading “⟦s:-|Books Not Cuts⟧”. Retired teacher Bethan Morgan, 67, said: “⟦d:d|They've closed it by one vote. We'll be back for the next meeting, and the one after that.⟧”

### 007
@a Farah Qureshi | the former justice secretary
@b Ingrid Solheim | -
@c Patrick O'Donoghue | a broadcaster
@d Gwen | One member
The two women vying to lead the Progressive Alliance clashed over tax and immigration at a hustings in Carrbridge on Saturday, in the sharpest exchange of a contest that had until now been conducted with studied politeness.
Farah Qureshi, the former justice secretary, said the party had "⟦p:a|spent too long apologising⟧" for its record. "⟦d:a|We won three elections by being clear. We have lost two by being vague,⟧" she told about 600 members.
Ingrid Solheim, who has led the party's group on Marrowby council for nine years, said that was "⟦p:b|a nice line with nothing behind it⟧". "⟦d:b|Farah was in the cabinet that was vague. I wasn't,⟧" Solheim said, drawing the loudest applause of the afternoon.
The hustings was chaired by Patrick O'Donoghue, a broadcaster, who asked each candidate to name one policy of the other's that she admired. There was a long pause.
"⟦d:b|Her childcare plan is good. I'd steal it,⟧" Solheim said eventually.
"⟦d:a|She already has,⟧" Qureshi replied.
One member, who gave her name as Gwen, asked both women whether they would serve under the other. "⟦d:d|Simple question. Yes or no?⟧"
"⟦d:a|Yes,⟧" said Qureshi. Solheim laughed. "⟦d:b|Yes — but ask me again in September.⟧"
O'Donoghue closed the session by reminding members that ballots close on September 12. "⟦d:c|Whoever wins, you'll all still have to sit in the same room,⟧" he said.

### 008
@a Léonie Castagnède | Calvria's foreign minister
@b Radek Voráček | Her Ostrenian counterpart
@c - | one reporter
VALMONT, June 12 (Continental Press) — The foreign ministers of Calvria and Ostrenia said on Thursday they had agreed what Calvria's foreign minister, Léonie Castagnède, called a «⟦p:a|roadmap to normality⟧» for their shared border, but they gave no date for reopening the crossings.
«⟦d:a|We are not there yet, but for the first time in four years we are walking in the same direction,⟧» Castagnède told a joint news conference after five hours of talks.
Her Ostrenian counterpart, Radek Voráček, who spoke through an interpreter, was more cautious. «⟦d:b|A roadmap is a piece of paper. What matters is what happens at the crossings on Monday morning,⟧» he said.
«⟦d:c|Does the roadmap include the Tarrin valley?⟧» one reporter asked.
Voráček answered before the interpreter could begin: «⟦d:b|Údolí dnes není na stole.⟧» The interpreter then rendered it: «⟦d:b|The valley is not on the table today.⟧»
Castagnède, pressed on the same point, said the valley would be discussed «⟦p:a|in its proper time⟧». «⟦d:a|I would ask everybody not to look for the hardest question first,⟧» she said. «⟦d:a|We have solved the easy ones. That is how peace works.⟧»

### 009
@a - | one cabinet minister
@b - | A senior aide to the prime minister
@c Callum Reade | The chief whip
@d - | Another minister
@e Vanessa Ikemefuna | a backbench MP whose majority was cut to 212 at the last election
Cabinet ministers have begun privately discussing a timetable for replacing the prime minister, according to five people with knowledge of the conversations, as anger grows over last month's by-election defeat in Fenmoor.
“⟦d:a|It's no longer a question of whether, it's a question of when and who,⟧” one cabinet minister told the Sunday Ledger. “⟦d:a|Nobody wants to wield the knife before conference. After that, all bets are off.⟧”
Another minister, who like the others spoke on condition of anonymity, described the mood around the cabinet table as “⟦p:d|funereal⟧”.
A senior aide to the prime minister dismissed the reports. “⟦d:b|This is the same three people who've been briefing against her since the day she walked in. They didn't have the numbers then and they don't have them now,⟧” the aide said.
The chief whip, Callum Reade, said in a statement that the parliamentary party was “⟦p:c|united behind the prime minister⟧” and that speculation was “⟦p:c|a distraction from the work voters elected us to do⟧”.
But Vanessa Ikemefuna, a backbench MP whose majority was cut to 212 at the last election, was willing to speak on the record. “⟦d:e|I'm not going to pretend everything is fine. It isn't. Colleagues are frightened, and frightened people do stupid things,⟧” she said.
Asked whether she would back a challenge, Ikemefuna said: “⟦d:e|Ask me after conference.⟧”

### 010
@a Kwabena Asante | Presenter
@b Lorcan Whitty | The shadow chancellor
@c Jessamine Adu-Boateng | Treasury minister
The shadow chancellor, Lorcan Whitty, refused on Sunday to say how his party would pay for its pledge to scrap university tuition fees, in a tense exchange on Sunday Forum.
Presenter Kwabena Asante put it to him that independent economists had costed the policy at £11bn a year. "⟦d:a|You've told us it's fully funded. Funded by what, exactly?⟧" he asked.
"⟦d:b|We've set out a range of measures, including closing loopholes that—⟧"
"⟦d:a|Which loopholes?⟧"
"⟦d:b|If you let me finish, Kwabena, I'll tell you. The non-resident property loophole alone—⟧"
"⟦d:a|That raises about £900m, by your own party's figures. That leaves ten billion.⟧"
Whitty, visibly irritated, said the full costings would be published "⟦p:b|well before the election⟧" and accused the programme of "⟦p:b|wanting a headline, not an answer⟧".
Within minutes of the interview ending, Treasury minister Jessamine Adu-Boateng posted on social media: "⟦d:c|Ten billion pound black hole and not a single answer. Says it all.⟧"

### 011
@a Mireille Tshibangu | the 29-year-old
@b Odile Tshibangu | Her mother
@c - | One former whip
Mireille Tshibangu was still a trainee solicitor when her local party asked her to stand in Harwick South, a seat it had never won. She said yes, she says now, “⟦p:a|mostly out of politeness⟧”.
“⟦d:a:m|I assumed I'd lose by ten thousand and go back to conveyancing. Then the count started and my pile kept getting taller, and I remember thinking: someone's made a mistake.⟧
“⟦d:a:m|Nobody had made a mistake. I'd just turned up on doorsteps for eighteen months when nobody else had bothered.⟧
“⟦d:a|The first week in parliament I got lost four times. I still get lost.⟧”
Three years on, she has become one of the more awkward members of the government's backbenches, having rebelled twice on welfare. One former whip calls her “⟦p:c|unwhippable, in the nicest possible way⟧”.
Her mother, Odile Tshibangu, who came to Harwick from Kinshasa in 1991, still reads every one of her daughter's speeches in the official record. “⟦d:b|I tell her when they are too long,⟧” she said. “⟦d:b|They are usually too long.⟧”
Told this, the 29-year-old rolls her eyes. “⟦d:a|She's not wrong,⟧” she concedes.

### 012
@a Hamish Dunleavy | Its chair
@b Priti Solanki | project director for Brackenfell Renewables
@c Brackenfell Renewables | -
@d Alasdair MacRath | the councillor who moved the refusal
KILDRUMMIE (Northern Wire) -- Councillors in Kildrummie on Monday rejected plans for a 14-turbine wind farm on Carn Odhar, overruling the advice of their own planning officers.
The planning committee voted 7-5 against the scheme after a three-hour debate. Its chair, Hamish Dunleavy, said members had given ``⟦p:a|very careful weight⟧'' to the visual impact on the glen.
``⟦d:a|This was not a vote against renewable energy. It was a vote about this site, on this hill,⟧'' Dunleavy said.
Alasdair MacRath, the councillor who moved the refusal, said: ``⟦d:d|People in the glen have been told for two years that their views don't matter because the country needs the power. Tonight they found out that they do.⟧''
Priti Solanki, project director for Brackenfell Renewables, told reporters outside the chamber that the company was ``⟦p:b|disappointed but not surprised⟧''.
``⟦d:b|We'll read the decision notice carefully and consider an appeal,⟧'' she said.
Brackenfell Renewables later said in a statement that the refusal ``⟦p:c|sends a troubling signal to investors⟧'' at a time when the region needed jobs.
Asked whether the council feared ministers would overturn the decision on appeal, Dunleavy said: ``⟦d:a|That's their right. It was ours to decide first.⟧''

### 013
@a Hana Kurosawa | Tesmark's prime minister
@b Esteban Villaroel | Maravel's president
@c - | a Tesmark reporter
@d - | a senior Maravelian official who was in the room and asked not to be named
PORT AVELINE, Oct 3 (Meridian) - The leaders of Tesmark and Maravel pledged on Friday to double trade between their countries within five years, but a row over fishing quotas overshadowed the end of their two-day summit.
"⟦d:a|We came here to build something, and we have,⟧" Tesmark's prime minister, Hana Kurosawa, told a joint news conference. "⟦d:a|Are there disagreements? Of course. Friends disagree.⟧"
Maravel's president, Esteban Villaroel, standing beside her, said the fishing dispute was "⟦p:b|a family argument, not a divorce⟧".
"⟦d:c|Will Maravelian boats be back on the Skerry Banks this year?⟧" a Tesmark reporter asked.
Villaroel smiled. "⟦d:b|You should ask the prime minister. She has the map,⟧" he said.
"⟦d:a|And I'm keeping it,⟧" Kurosawa replied, to laughter.
Behind the smiles, officials said talks on quotas had broken down late on Thursday. "⟦d:d|There was shouting. Not by the leaders, but there was shouting,⟧" said a senior Maravelian official who was in the room and asked not to be named.

### 014
@a Caoimhe Brannigan | Education secretary
@b Stuart Mbatha | Host
@c Linda | -
@d - | A caller who said he was a headteacher in Lusk Vale
@e - | a listener in Dunmere
Education secretary Caoimhe Brannigan faced a grilling from parents and teachers when she took calls on Calder Sound's Lunchtime Live on Monday.
Linda, from Carrow Heath, told her she had waited fourteen months for her son's special needs assessment. “⟦d:c|Fourteen months, minister. He's eight. That's a seventh of his life,⟧” she said.
“⟦d:a|Linda, I'm genuinely sorry. That is far too long, and it's exactly why we're putting £300m into assessments this year,⟧” Brannigan replied.
“⟦d:c|That's what they said last year.⟧”
Host Stuart Mbatha then read out a text from a listener in Dunmere: “⟦d:e|Ask her if she's ever tried to get an appointment with an educational psychologist.⟧”
“⟦d:a|I haven't, no, but my sister has, and I've heard all about it,⟧” the minister said.
A caller who said he was a headteacher in Lusk Vale asked why schools were “⟦p:d|being asked to do the work of three departments on the budget of one⟧”.
Mbatha pressed her: “⟦d:b|Will you commit, on air, to a maximum waiting time?⟧” Brannigan said she would “⟦p:a|look at it very seriously⟧” but would not give a figure.

### 015
@a Peregrine Ashcombe | the veteran member for Wealdbury
@b Yusuf Demirci | a GP who sits two rows behind him
@c Tobias Nakamura-Reid | the water minister
@d - | a voice from the government benches
It is not often that the Assembly falls silent for a speech about sewage. But Sir Peregrine Ashcombe, the veteran member for Wealdbury, managed it on Tuesday.
"⟦d:a|I have swum in the Wend every summer since 1961,⟧" he began. "⟦d:a|Last August my granddaughter asked me why the water was brown. I did not have an answer I could give in front of a nine-year-old.⟧"
Dr Yusuf Demirci, a GP who sits two rows behind him, rose. "⟦d:b|Will the honourable gentleman give way?⟧"
"⟦d:a|With pleasure.⟧"
"⟦d:b|In my surgery I have seen three children this summer with infections I can trace directly to that river. Does he agree that this is now a public health matter, not an environmental one?⟧"
"⟦d:a|I agree with every word, and I wish I had said it myself,⟧" Sir Peregrine replied.
Tobias Nakamura-Reid, the water minister, did his best. He told members the bill would give the regulator "⟦p:c|real teeth⟧" and promised fines "⟦p:c|that will actually hurt⟧". But when he claimed that discharges had fallen by a fifth, a voice from the government benches — his own side — called out "⟦d:d|Not in the Wend!⟧", and even the minister smiled.

### 016
@a Josh Penhaligon | Small business minister
@b - | One aide
@c Gloria Trewin | a retired postmistress who attended the meeting
@d Rhiannon Castell | Opposition MP
EXCLUSIVE: A NATIONAL Renewal minister branded his own voters "⟦p:a|moaning dinosaurs⟧" in a string of leaked WhatsApp messages seen by the Daily Clarion.
Small business minister Josh Penhaligon, 41, made the jibe in a group chat with aides after a tense public meeting in his Porthcarrow seat last year.
"⟦d:a|Two hours of moaning dinosaurs. Never again. Next time send the intern,⟧" he wrote.
One aide replied: "⟦d:b|Ha. The woman with the parking petition is going to haunt my dreams.⟧"
Penhaligon followed up with a crying-with-laughter emoji and the message: "⟦d:a|Put her on the Christmas card list.⟧"
Last night Gloria Trewin, 72, a retired postmistress who attended the meeting, fumed: "⟦d:c|I've voted for him twice. Dinosaur? I'll show him a dinosaur at the next election.⟧"
In a statement, Penhaligon said: "⟦d:a|These were private messages sent at the end of a long day and I regret the language. I have enormous respect for the people of Porthcarrow and I have apologised to those who were at the meeting.⟧"
Opposition MP Rhiannon Castell said the minister was "⟦p:d|not fit to lick the stamps⟧" on his constituents' letters and should quit.

### 017
@a Bronwen Hale | the deputy prime minister
@b Gerald Oduya | her permanent secretary
Bronwen Hale, the deputy prime minister, gave her first interview since the Garrowby contract row to Nightline on Thursday, days after emails from her permanent secretary, Gerald Oduya, were leaked. This is an edited transcript.
ARJUN MEHTA: Deputy prime minister, in January you told the Assembly the contract was awarded “⟦p:a|in full accordance with the rules⟧”. Do you still stand by that?
BRONWEN HALE: I do. Every step was signed off by officials.
MEHTA: Gerald Oduya wrote in an email we have seen that the process was “⟦p:b|irregular and, frankly, rushed⟧”.
HALE: Gerald is a very good civil servant and he was entitled to his view. But “⟦s:-|rushed⟧” is not the same as wrong.
MEHTA: He also wrote, and I'm quoting directly: “⟦d:b|I would not want to defend this in front of a committee.⟧”
HALE: And he hasn't had to, because it has been reviewed and cleared.
MEHTA: By an internal review.
HALE: By the proper process, Arjun.

### 018
@a Jacqueline Fenwick | -
@b Mags Doherty | -
@c Devika Raman | Mayor
@d Ahmet Yilmaz | -
Tempers flared at Sallowfield Town Council on Monday night as councillors debated plans to introduce charges at the Market Street car park.
Cllr Jacqueline Fenwick, who chairs the finance committee, said the £1.20 fee was "⟦p:a|modest⟧" and would raise £40,000 a year for the town's public toilets.
"⟦d:a|People want clean toilets. Clean toilets cost money. It's not complicated,⟧" she said.
But Cllr Mags Doherty warned that the charge would "⟦p:b|finish off⟧" the high street. "⟦d:b|Jackie, you know as well as I do that people will just drive to the retail park where it's free,⟧" she told her colleague. "⟦d:b|And then there'll be nobody left in town to use the toilets.⟧"
Mayor Devika Raman had to call for order when Cllr Fenwick retorted that Cllr Doherty was "⟦p:a|welcome to come and clean them herself⟧".
"⟦d:c|Ladies, please. Through the chair,⟧" the mayor said.
Ahmet Yilmaz, who has run the Anatolia café on Market Street for 22 years, said after the meeting: "⟦d:d|Every penny matters now. If they charge, I lose my lunchtime trade. Simple as that.⟧"
The proposal was deferred to next month's meeting.

### 019
@a Rutger van Aalst | The governor of the Caldermoor Reserve Bank
@b Philippa Ogunleye | The committee's chair
@c Kieran Ho | a Green Forward member
The governor of the Caldermoor Reserve Bank, Rutger van Aalst, admitted on Wednesday that the bank had been “⟦p:a|too slow⟧” to raise interest rates as inflation took hold two years ago, in his most candid remarks yet.
“⟦d:a|Looking back, would we have moved earlier? Yes. I think most central banks would say the same, if they are honest,⟧” van Aalst told the assembly's finance committee.
The committee's chair, Dame Philippa Ogunleye, asked whether anyone at the bank had been held accountable. “⟦d:b|Families have paid for that mistake with their mortgages. Who has paid for it inside the bank?⟧”
“⟦d:a|I'm accountable. I'm sitting here,⟧” he said.
“⟦d:b|With respect, governor, sitting here isn't a consequence.⟧”
Kieran Ho, a Green Forward member, asked van Aalst whether he would seek a second term. The governor said that was “⟦p:a|a question for another day⟧”, prompting Ho to remark: “⟦d:c|I rather thought this was another day.⟧”

### 020
@a Stellan Bergqvist | -
@b - | A senior party official
@c Amara Nwachukwu | Deputy leader
MARROWBY, May 9 (Meridian) - Stellan Bergqvist resigned as leader of the opposition Commonwealth Party on Friday, hours after it suffered its worst general election result in four decades.
"⟦d:a|The voters have spoken clearly and I have heard them. The responsibility for this result is mine and mine alone,⟧" Bergqvist, 58, told supporters at the party's headquarters in Marrowby.
"⟦d:a|I will stay on only as long as it takes to elect a successor.⟧"
The party won 61 of the 300 seats in parliament, down from 97 at the previous election.
A senior party official said the contest to replace him could begin within weeks. "⟦d:b|There are at least four people who think they can do it. There may be one who actually can,⟧" the official said, declining to be named.
Deputy leader Amara Nwachukwu, widely seen as the frontrunner, said it was "⟦p:c|not a day for talking about the future⟧".
"⟦d:c|Today is about thanking Stellan. Tomorrow we start again,⟧" she said.

### 021
@a - | one negotiator from the Green Forward side
@b Orla Byrne | the party's deputy leader
@c - | A Radical Centre staffer who sat in on most of the sessions
At 3am on the eleventh night of talks, somebody ordered pizza for forty people and the Radical Centre delegation finally took off their jackets. “⟦d:a|That's when we knew they were going to sign,⟧” said one negotiator from the Green Forward side. “⟦d:a|You don't take off your jacket if you're about to walk out.⟧”
The coalition agreement that emerged five days later runs to 142 pages. Orla Byrne, the party's deputy leader, who led the Green Forward team, calls it “⟦p:b|a marriage of convenience with a very long prenup⟧”.
“⟦d:b:m|People think coalition talks are about big ideas. They're not. They're about whether the transport ministry gets the rail budget or just the roads budget, and who sits on which cabinet committee, and what happens if the finance minister wants to veto something at midnight.⟧
“⟦d:b|We spent two whole days on the veto. Two days. I could tell you where every comma is.⟧”
A Radical Centre staffer who sat in on most of the sessions remembers it differently. “⟦d:c|Orla was brilliant, but she was exhausting. By day nine our lot would have given her the rail budget just to get to bed,⟧” the staffer said.
Byrne laughs when this is put to her. “⟦d:b|That was the plan,⟧” she says.

### 022
@a Rafael Quintero | the Civic Union candidate
@b Morag Sinclair | the independent
@c Devon Blackwood | the Forward candidate and a former bus driver
@d Tilly Marchetti | The host
The three leading candidates to become Haverport's first directly elected mayor clashed over bus fares, housing and a stalled tram scheme in a debate hosted by Haverport Radio on Tuesday night.
Rafael Quintero, the Civic Union candidate, promised to freeze fares for four years. "⟦d:a|A bus fare is a tax on the people who can least afford a car. I'll freeze it, and I'll find the money,⟧" he said.
"⟦d:b|Where?⟧" interjected Morag Sinclair, the independent.
"⟦d:a|From the consultants this council has been paying £3m a year to tell it what it already knows.⟧"
Devon Blackwood, the Forward candidate and a former bus driver, said both of his rivals were "⟦p:c|promising the moon on a stick⟧". "⟦d:c|I drove the number 14 for eleven years. I know what that route needs, and it's not a press release,⟧" he said.
The host, Tilly Marchetti, asked each candidate to say in one word what they would do about the tram. "⟦d:d|One word, please. Rafael?⟧"
"⟦d:a|Finish,⟧" said Quintero. Sinclair: "⟦d:b|Review.⟧" Blackwood: "⟦d:c|Scrap.⟧"
"⟦d:d|Three words, three different trams,⟧" Marchetti observed.

### 023
@a Margrethe Holm-Sørensen | Quarnland's foreign minister
@b Timur Aliyev | the Dravonian foreign minister
@c Signe | Kaldahl's sister
Quarnland's foreign minister, Margrethe Holm-Sørensen, said on Monday she had raised the case of a detained Quarnish journalist “⟦p:a|directly and forcefully⟧” with her Dravonian counterpart, on the first visit by a Quarnish minister to Tselova in six years.
Standing beside Timur Aliyev, the Dravonian foreign minister, at a news conference in the capital, Holm-Sørensen said: “⟦d:a|Jens Kaldahl is a journalist, not a spy. We want him home, and I have said so today in the clearest terms I know.⟧”
Aliyev, who spoke in Russian with simultaneous translation, said the case was “⟦p:b|a matter for our courts⟧”. “⟦d:b|I understand the feelings of his family. But no minister in my country tells a judge what to do,⟧” he said.
Asked by a Quarnish reporter whether a prisoner exchange had been discussed, the two ministers glanced at each other. “⟦d:b|We discussed many things,⟧” Aliyev said. “⟦d:a|I'm not going to add to that,⟧” said Holm-Sørensen.
In Holmvik, Kaldahl's sister, Signe, said the visit was “⟦p:c|the first real sign of hope⟧” in eleven months. “⟦d:c|I've stopped expecting anything. But today I let myself expect a little,⟧” she told Quarnish radio.

### 024
@a Clive Ormerod | Trade Secretary
@b Sanjay Thakrar | backbench rival
@c - | A spokesman for Mr Ormerod
@d - | The producer
A SENIOR minister was caught on a hot mic calling a fellow MP a "⟦p:a|jumped-up estate agent⟧" moments before a TV interview.
Trade Secretary Clive Ormerod, 60, did not realise his microphone was live as he chatted to a producer in a studio in Westgate.
"⟦d:a|If I have to listen to that jumped-up estate agent lecture me about exports one more time, I'll swing for him,⟧" he was heard saying.
The remark was aimed at backbench rival Sanjay Thakrar, 39, who has repeatedly criticised the government's trade deals.
Last night Thakrar — who did work as an estate agent before entering parliament — hit back: "⟦d:b|I sold houses for a living. I'm proud of it. At least I know what a good deal looks like.⟧"
A spokesman for Mr Ormerod said: "⟦d:c|Clive has apologised to Sanjay privately and is happy to do so publicly. It was a private joke in poor taste.⟧"
The producer, who asked not to be named, said: "⟦d:d|Everyone in the room froze. Then he asked for a glass of water like nothing had happened.⟧"

### 025
@a Aurelia Constantinescu | Prime Minister
@b Bogdan Mureșan | opposition leader
@c Ilona Szabó | the speaker of parliament
VASCHORA, Nov 18 (Continental Press) — The government of Prime Minister Aurelia Constantinescu survived a no-confidence vote on Tuesday by four votes, after a stormy debate in which opposition leader Bogdan Mureșan accused her of «⟦p:b|governing by decree⟧».
«⟦d:a|I will not apologise for acting quickly when the country needed it,⟧» Constantinescu told deputies before the vote. «⟦d:a|If that is a crime, I plead guilty.⟧»
Mureșan, whose Democratic Bloc tabled the motion, said the result was «⟦p:b|a victory for arithmetic, not for this government⟧». «⟦d:b|Four votes. She should count them carefully, because next time she may not have them,⟧» he told reporters.
Announcing the result, the speaker of parliament, Ilona Szabó, said: «⟦d:c|For the motion, 148. Against, 152. The motion is not adopted.⟧»
Some opposition deputies chanted «⟦s:-|Demisia!⟧» — the word for resignation — as the prime minister left the chamber.

### 026
@a Deborah Anand | The policing minister
@b Martha Quigley | -
@c Interior Department | -
The policing minister, Deborah Anand, was forced to correct herself live on air on Friday after wrongly claiming that police numbers had reached a record high.
“⟦d:a|We now have more officers on our streets than at any time in our history,⟧” Anand told Martha Quigley on Radio Kelsey's Today at Eight.
“⟦d:b|That's not right, is it, minister? The figure was higher in 2009,⟧” Quigley said.
“⟦d:a|I think you'll find—⟧”
“⟦d:b|I have the figures in front of me. 2009: 144,300. Now: 142,900.⟧”
After a pause, the minister said: “⟦d:a|Then I stand corrected on the headline number. But the trend is up, and it's up because of decisions this government took.⟧”
Later on Friday, the Interior Department said in a statement that the minister had “⟦p:c|misspoken⟧” and that its own figures were “⟦p:c|clear and published⟧”.

### 027
@a Caroline Pettifer | the sitting MP
@b Imran Chaudhry | the Commonwealth candidate
@c Fenella Grout | -
@d Anthony Mallory | the vicar of St Cuthbert's
@e - | a man at the back
@f Dilys Pugh | -
More than 200 people squeezed into Lower Ashby village hall on Thursday for the only hustings in the Ashby and Wendle constituency before polling day.
The evening, chaired by the vicar of St Cuthbert's, the Rev Anthony Mallory, began politely. "⟦d:d|I'd ask everyone to remember that we are in a village hall, not a football ground,⟧" he said.
It did not stay polite for long. When the sitting MP, Caroline Pettifer, said the government had "⟦p:a|delivered for rural communities⟧", a man at the back shouted: "⟦d:e|Delivered what? We haven't had a post office since 2019!⟧"
"⟦d:a|I hear you, and I've raised the post office with the minister three times,⟧" Pettifer replied.
"⟦d:e|Raise it a fourth!⟧" the man shouted back.
Imran Chaudhry, the Commonwealth candidate, told the audience that farming had been "⟦p:b|taken for granted by every party, including mine⟧". "⟦d:b|I'm not going to stand here and promise you a post office. I'll promise you I'll answer my emails,⟧" he said.
Fenella Grout, standing for the Green Forward, drew applause when she said: "⟦d:c|You don't need another politician. You need a bus that runs after six.⟧"
Dilys Pugh, who farms 300 acres near Wendle, said afterwards she was "⟦p:f|none the wiser⟧". "⟦d:f|They were all lovely. I still don't know who I'm voting for,⟧" she said.

### 028
@a Office of the President | -
@b Eduardo Salcedo | Presidential spokesman
@c - | a diplomat briefed on the president's schedule
@d Felipa Arancibia | Opposition senator
SANTA ISOLDA, Feb 2 (Meridian) - Maravel's Office of the President on Monday denied reports that President Tomás Echeverri had been admitted to hospital, calling them "⟦p:a|malicious fabrications⟧".
"⟦d:a|The President is in good health and is carrying out his duties as normal,⟧" the Office of the President said in a statement.
Presidential spokesman Eduardo Salcedo told reporters Echeverri had cancelled two engagements last week because of "⟦p:b|a heavy cold, nothing more⟧". "⟦d:b|He is sixty-eight, not a hundred and eight. People get colds,⟧" Salcedo said.
But a diplomat briefed on the president's schedule said foreign visitors had been told their meetings were postponed "⟦p:c|indefinitely⟧". "⟦d:c|You don't cancel a visiting foreign minister for a cold,⟧" the diplomat said.
Opposition senator Felipa Arancibia called on the government to publish a medical report. "⟦d:d|The people have a right to know who is running the country,⟧" she said.

### 029
@a Lionel Achterhof | the former prime minister
@b Greet | His wife
Lionel Achterhof, the former prime minister, has been out of office for nine years, and he has the look of a man who has finally started sleeping again. We meet in the kitchen of his farmhouse outside Kessing, where he is making coffee badly.
“⟦d:-|Do you miss it?⟧” I ask. He considers this for a long time.
“⟦d:a:m|I miss the people. I miss the sense that what you did at nine in the morning mattered by lunchtime. I don't miss the phone. I don't miss being woken at four to be told something had exploded.⟧
“⟦d:a|My wife says I was a nice person before and I'm a nice person now, and in between I was ‘somebody she used to know’.⟧”
He is unrepentant about the Tarrin treaty, which split his party and, many believe, cost him the 2015 election. “⟦d:a|I'd sign it again tomorrow,⟧” he says.
His wife, Greet, who has wandered in with the dog, raises an eyebrow. “⟦d:b|He would. He'd sign it and then lose again,⟧” she says, and leaves.

### 030
@a Theo Amankwah | the former home secretary
@b - | A source close to her campaign
@c Lucinda Beaumont-Hay | the foreign secretary
@d - | One MP backing Amankwah
Theo Amankwah, the former home secretary, launched his bid to lead National Renewal on Monday with a promise to "⟦p:a|stop managing decline and start winning arguments⟧".
Speaking to about 150 supporters in a converted warehouse in Westgate, he said: "⟦d:a|Our party has spent five years being embarrassed by its own beliefs. I'm not embarrassed. I never have been.⟧"
"⟦d:a|If you want someone who will sound reasonable on the radio and lose, there are other candidates. If you want someone who will win, I'm here.⟧"
The remarks were widely seen as a swipe at the foreign secretary, Lucinda Beaumont-Hay, who is the bookmakers' favourite. A source close to her campaign said: "⟦d:b|Theo is a brilliant speaker. He has also been wrong about almost everything since 2016.⟧"
Beaumont-Hay herself, asked about the speech on a visit to Norhaven, said she was "⟦p:c|focused on my own campaign⟧" and wished him "⟦p:c|the very best of luck⟧".
One MP backing Amankwah was more blunt. "⟦d:d|We've got forty. She's got more, but ours actually turn up,⟧" he said.

### 031
@a Lachlan Tuilagi | Premier
@b Merindah Cole | Opposition Leader
@c Ross Atkinson | The Speaker
KURRAWONG (Southern Newswire) -- Question time in the Kurrawong state parliament was suspended for ten minutes on Thursday after a row over a hospital contract.
Opposition Leader Merindah Cole asked Premier Lachlan Tuilagi whether he had met the contractor's chief executive before the tender closed. ``⟦d:b|A simple question, Premier. Did you meet him, yes or no?⟧'' Cole asked.
``⟦d:a|I meet hundreds of people, as the Leader of the Opposition would if anyone wanted to meet her,⟧'' Tuilagi replied, to howls from the opposition benches.
The Speaker, Ross Atkinson, ordered the premier to ``⟦p:c|come back to the question⟧''.
``⟦d:a|I did not meet him about the tender. I have met him at functions,⟧'' Tuilagi said.
``⟦d:b|Which functions?⟧'' Cole shouted across the chamber, and Atkinson suspended the sitting. ``⟦d:c|We will resume when members have remembered where they are,⟧'' he said.

### 032
@a Norbridge City Council | -
@b Farhan Siddiqui | leader of the Independent Alliance group
@c - | A council spokeswoman
A list of 23 community buildings earmarked for possible sale by Norbridge City Council has leaked, prompting anger from residents' groups. The document has already been nicknamed the "⟦s:-|hit list⟧" on local social media.
The spreadsheet, which is stamped "⟦s:-|Draft — not for circulation⟧", was obtained by the Norbridge Echo.
Cllr Farhan Siddiqui, leader of the Independent Alliance group, said: "⟦d:b|Residents have a right to know if their community centre is on a list somewhere in the town hall. Why was this kept secret?⟧"
A council spokeswoman said the document was "⟦p:c|an early piece of officer work⟧" that had "⟦p:c|no status whatsoever⟧". "⟦d:c|No decisions have been taken on any of these buildings, and none will be without full public consultation,⟧" she said.
On Friday, Norbridge City Council confirmed that the list had been shared with cabinet members in March. It said it "⟦p:a|regrets any anxiety caused⟧".

### 033
@a Ravinder Sandhu | Prime Minister
@b - | a woman in the balcony
@c Wendy Ashworth-Pike | Party chairwoman
Prime Minister Ravinder Sandhu used his closing speech at the Civic Union conference in Haverport to promise a "⟦p:a|decade of renewal⟧", despite being interrupted by a protester who was bundled out of the hall.
About ten minutes into the speech, a woman in the balcony stood up and shouted: "⟦d:b|What about the miners' pensions?⟧" She was led away by security staff.
"⟦d:a|I'll tell you what about them — we've done more for them than any government in forty years,⟧" Sandhu said, to a standing ovation. "⟦d:a|And she's welcome to come back and hear the rest.⟧"
In the speech itself, Sandhu said the country was at "⟦p:a|a turning point⟧".
"⟦d:a:m|We can go back to the politics of the past, the politics of blame and drift. Or we can finish what we started.⟧
"⟦d:a|I know which one I choose. I think I know which one you choose too.⟧"
Party chairwoman Wendy Ashworth-Pike later told reporters the protester had been given a pass by "⟦p:c|a local association that will be hearing from me⟧".
Outside the conference centre, protesters held banners reading "⟦s:-|Sandhu Out⟧" and chanted "⟦s:-|Pay the miners⟧".

### 034
@a Henrike Vollmer | the commissioner responsible
@b Pierre-Yves Lagarde | a French-speaking deputy from the Sovereignty group
@c Katarzyna Zielińska | a Green deputy
STRASVENNE, April 15 (Continental Press) — A debate on the bloc's new asylum rules descended into shouting in the Continental Assembly on Wednesday, as the commissioner responsible, Henrike Vollmer, defended what she called a «⟦p:a|fair and firm⟧» system.
«⟦d:a|Nobody in this chamber has a better plan. Many of you have louder ones,⟧» Vollmer told deputies.
Pierre-Yves Lagarde, a French-speaking deputy from the Sovereignty group, replied in French: «⟦d:b|Vous n'avez pas de plan, madame, vous avez un communiqué de presse.⟧» («⟦d:b|You do not have a plan, madam, you have a press release.⟧») The line drew cheers from the far end of the hemicycle.
Katarzyna Zielińska, a Green deputy, said the rules would «⟦p:c|turn border towns into waiting rooms⟧». «⟦d:c|I come from one of those towns. I have seen the waiting room. It is not a policy, it is a car park,⟧» she said.
Vollmer said in reply that she would «⟦p:a|not be lectured⟧» by deputies who had voted against every previous proposal.

### 035
@a Tariq Hussain | a theatre nurse from Wellby
@b Felix Hartigan | the health minister
@c Fiona Tennant | the host
@d Nadia Bukhari | the shadow health secretary
A nurse in the audience of Panel Night left a government minister struggling for words on Thursday with a question about pay.
Tariq Hussain, a theatre nurse from Wellby, asked the panel: “⟦d:a|I've had a two per cent rise and my rent's gone up fifteen. Which of you wants to swap?⟧”
Felix Hartigan, the health minister, began to answer by praising “⟦p:b|the incredible work our nurses do⟧”, but was cut off by the host, Fiona Tennant. “⟦d:c|I think Tariq knows they do incredible work, minister. He's asking about the money,⟧” she said.
“⟦d:b|And the money is going up. It's going up in April,⟧” Hartigan said.
“⟦d:a|By how much?⟧” Hussain called out from the audience.
Nadia Bukhari, the shadow health secretary, drew the loudest applause of the night when she turned to the minister and said: “⟦d:d|Felix, just tell him you don't know.⟧”

### 036
@a Gregory Vance | The former health secretary
@b Ananya Bhattacharya | counsel to the inquiry
@c Hugo Lindgren | a senior official
The former health secretary Gregory Vance told the pandemic inquiry on Monday that he had "⟦p:a|never once⟧" been warned that hospital oxygen supplies were running low.
Under questioning from Ananya Bhattacharya KC, counsel to the inquiry, Vance said: "⟦d:a|If someone had put a piece of paper in front of me saying we were going to run out of oxygen, I would have moved heaven and earth. Nobody did.⟧"
Bhattacharya then showed him an email dated January 11, sent to his private office by a senior official, Dr Hugo Lindgren, which warned of "⟦p:c|critical shortfalls at four sites within days⟧".
"⟦d:b|Do you accept that this email was sent to your office?⟧" Bhattacharya asked.
"⟦d:a|I accept it was sent to my office. I don't accept that I saw it,⟧" Vance said. "⟦d:a|My office received several thousand emails a week.⟧"
"⟦d:b|Is that a system that worked, Mr Vance?⟧"
"⟦d:a|Evidently not,⟧" he replied after a pause.
The hearing continues. Lindgren is expected to give evidence next week.

### 037
@a Bartholomew Rix | CHANCELLOR
@b Ellie Marsden | Pupil
@c Joanne Ackroyd | Head teacher
@d - | A Treasury source
CHANCELLOR Bartholomew Rix — known to colleagues as "⟦s:-|Barty⟧" — was left stumped yesterday by a nine-year-old who asked him how much a loaf of bread costs.
The Treasury chief was visiting Millbrook Primary in Caddow to launch a new scheme teaching children about money.
Pupil Ellie Marsden put up her hand and asked: "⟦d:b|How much is bread?⟧"
Rix, 47, replied: "⟦d:a|Ooh. About... a pound? Maybe one-fifty? It depends on the bread, doesn't it?⟧"
"⟦d:b|It's one eighty-five at Dobson's,⟧" Ellie told him.
The class burst into laughter. Head teacher Joanne Ackroyd said: "⟦d:c|Ellie does the shopping with her nan every Saturday. She knows her prices. It was a lovely visit and the children will remember it.⟧"
A Treasury source insisted: "⟦d:d|The Chancellor knows exactly what things cost. He just didn't want to embarrass anyone by being too precise.⟧"

### 038
@a Ingvar Thorsrud | the alliance's secretary general
@b Aino Lehtinen | Solvany's foreign minister
@c - | A reporter from the Kessavik Tidende
@d - | A diplomat from that delegation
Foreign ministers of the Northern Compact ended two days of talks in Kessavik on Wednesday without agreeing whether to admit Solvany, after one member state signalled it would block the move.
“⟦d:a|I'm not going to pretend this is the outcome we wanted,⟧” the alliance's secretary general, Ingvar Thorsrud, told reporters. “⟦d:a|But the door is open. It is not closed, it is not locked, it is open.⟧”
A reporter from the Kessavik Tidende asked him: “⟦d:c|Open, but nobody can walk through it. What is the difference between that and closed?⟧”
“⟦d:a|Time,⟧” Thorsrud said.
Solvany's foreign minister, Aino Lehtinen, who attended the meeting as an observer, said she was “⟦p:b|disappointed but patient⟧”. “⟦d:b|We have waited thirty years. We can wait a little longer. But not forever,⟧” she said.
The blocking country's delegation did not speak to reporters. A diplomat from that delegation said privately that its concerns were “⟦p:d|technical, not political⟧”.

### 039
@a Reginald Hobbs | Chairman
@b Anjali Mistry | The clerk
@c Penny Fairweather | -
A parish council meeting in Little Hemsby descended into farce when the chairman was removed from the online call by the clerk — and then tried to rejoin under his wife's name.
The row began when Cllr Penny Fairweather asked why the minutes of the previous meeting had not been circulated. "⟦d:c|Mr Chairman, I've asked three times. Where are the minutes?⟧" she said.
Chairman Reginald Hobbs replied: "⟦d:a|You'll get the minutes when I say you get the minutes. I'm chairing this meeting.⟧"
The clerk, Anjali Mistry, then told him that under the council's standing orders he could be asked to leave. "⟦d:b|Reg, I'm sorry, but you're not following procedure, and I'm going to have to remove you,⟧" she said.
"⟦d:a|You can't do that. You have no authority—⟧"
A moment later, Mr Hobbs's video feed disappeared. Minutes afterwards a new participant appeared on screen under the name "⟦s:-|Sheila Hobbs⟧", and Mr Hobbs's voice could be heard asking: "⟦d:a|Can you hear me now?⟧"
Ms Mistry told the Hemsby Herald: "⟦d:b|It wasn't our finest hour. But procedure is procedure.⟧"

### 040
@a Ifeoma Ekwueme | the chief secretary to the Treasury
@b - | A Treasury spokesperson
@c - | One official who has seen the document
@d Roderick Tan | The defence secretary
A leaked memo from the chief secretary to the Treasury, Ifeoma Ekwueme, warns cabinet colleagues that departmental budgets will have to be cut by up to 8 per cent next year unless taxes rise.
In the memo, dated September 3 and seen by the Ledger, Ekwueme writes: “⟦d:a|There is no combination of efficiency savings and optimism that closes this gap. Colleagues should plan on that basis.⟧”
She adds that protecting the health and defence budgets would mean “⟦p:a|cuts to unprotected departments that I do not believe are deliverable⟧”.
One official who has seen the document said it had caused “⟦p:c|real alarm⟧” in several departments. “⟦d:c|It's the first time anyone has put a number on it in writing,⟧” the official said.
The defence secretary, Roderick Tan, speaking on a visit to a shipyard in Carrow, said: “⟦d:d|I haven't seen any memo. What I have seen is a threat environment that doesn't care about the Treasury's spreadsheets.⟧”
A Treasury spokesperson said: “⟦d:b|We do not comment on leaks. Spending decisions will be set out at the budget in the usual way.⟧”

### 041
@a Jess Adeyinka | one of the podcast's hosts
@b Rob Kettering | Her co-host
@c Malcolm Fothergill | the former chancellor
Sir Malcolm Fothergill, the former chancellor, has said his party "⟦p:c|deserves to lose⟧" the next election unless it comes up with a credible plan for growth.
Speaking on the Westgate Unpacked podcast, Fothergill said: "⟦d:c|I say this as someone who loves the party. At the moment we are offering the country nothing, and the country has noticed.⟧"
Jess Adeyinka, one of the podcast's hosts, asked whether he was calling for the leader to go. "⟦d:a|Is that a yes, Malcolm? Should he go?⟧"
"⟦d:c|It's a 'he should up his game'. It's not a 'he should go'. Not yet,⟧" Fothergill said.
Her co-host, Rob Kettering, pointed out that Fothergill had himself voted against the party's last growth plan. "⟦d:b|You called it, and I'm quoting, 'a Christmas list with no Christmas'.⟧"
"⟦d:c|And I was right, wasn't I?⟧" Fothergill replied, laughing.

### 042
@a Matteo Bellandi | Ardenza's prime minister
@b Zsófia Halász | Lorvanian Prime Minister
@c Kristjan Lepp | Estvalia's president
@d - | One diplomat involved in preparing the summit
LUMÈRE, Dec 14 (Meridian) - Leaders of the Continental Union arrived for a two-day summit on Thursday deeply divided over a proposed 50-billion-crown fund for Solvany's reconstruction.
"⟦d:a|We will find a deal. We always find a deal, usually at four in the morning,⟧" Ardenza's prime minister, Matteo Bellandi, told reporters as he arrived.
Lorvanian Prime Minister Zsófia Halász, who has threatened to veto the fund, was less conciliatory. "⟦d:b|I have not come here to sign a blank cheque. If others want to, they can use their own money,⟧" she said.
Asked whether she would use her veto, Halász said: "⟦d:b|We'll see tomorrow.⟧"
Estvalia's president, Kristjan Lepp, accused Halász of "⟦p:c|holding the whole union hostage⟧" for domestic reasons. "⟦d:c|Everybody in that room knows what this is about, and it is not about Solvany,⟧" he said.
One diplomat involved in preparing the summit said the likeliest outcome was "⟦p:d|a fudge with a deadline⟧".

### 043
@a Nell Garvey | the prime minister's director of communications
@b - | A former cabinet minister who crossed her in 2022
@c Bryn Llewellyn | political editor of the Evening Courier
In the corridors of Carrow Place, Nell Garvey, the prime minister's director of communications, is known — not always affectionately — as “⟦s:-|the Rottweiler⟧”. She claims not to mind. “⟦d:a|Rottweilers are loyal, and they're very good with children,⟧” she says. “⟦d:a|People forget that part.⟧”
A former cabinet minister who crossed her in 2022 describes her as “⟦p:b|the most frightening person I've ever met, and I've met presidents⟧”.
Bryn Llewellyn, political editor of the Evening Courier, has been on the receiving end of her phone calls for years. “⟦d:c|She'll ring at eleven at night to tell you your story is wrong. Then she'll ring at eleven-fifteen to tell you which bit is right,⟧” he said. “⟦d:c|I've never once known her to lie to me. Shout, yes. Lie, no.⟧”
Asked whether she shouts, Garvey considers the question.
“⟦d:a:m|I raise my voice. There's a difference. Shouting is when you've lost control. Raising your voice is when you want the person at the back of the room to hear.⟧
“⟦d:a|And there's always someone at the back of the room.⟧”

### 044
@a Kerensa Penrose | Fenwick Metro Mayor
@b Gurpreet Sahota | Assembly member
@c Tomasz Nowicki | The chair
Fenwick Metro Mayor Kerensa Penrose admitted on Thursday that the region's bus franchising scheme would be at least a year late, during a fractious mayor's question time.
``⟦d:a|I'm not going to sugar-coat it. We've had problems with the depot purchases and the timetable has slipped,⟧'' Penrose told the assembly.
Assembly member Gurpreet Sahota said passengers had been promised ``⟦p:b|big-city buses by Christmas⟧''.
``⟦d:b|Which Christmas, Mayor? Because my constituents have now had two,⟧'' he said.
``⟦d:a|The member knows perfectly well that the delay is down to the legal challenge his own party's donors funded,⟧'' Penrose shot back.
The chair, Tomasz Nowicki, intervened to ask the mayor to ``⟦p:c|stick to the substance⟧''. ``⟦d:c|We're not doing donors today. We're doing buses,⟧'' he said.

### 045
@a Marian Feeney | Returning officer
@b Dorcas Ampofo | a 31-year-old primary school teacher
@c Hugh Dalrymple-Vane | The justice secretary
The justice secretary, Hugh Dalrymple-Vane, lost his seat in the early hours of Friday, becoming the most senior casualty of what is already being remembered as the election's “⟦s:-|Castlerigg moment⟧”.
Returning officer Marian Feeney read out the result in the sports hall of Castlerigg Leisure Centre shortly after 3am: “⟦d:a|Dorcas Ampofo, Commonwealth Party, 21,448. Hugh Dalrymple-Vane, National Renewal, 19,902.⟧”
Ampofo, a 31-year-old primary school teacher, told supporters: “⟦d:b|Three years ago nobody in this room thought this seat could change. Tonight it has, and it's because of you.⟧”
Dalrymple-Vane, who had held the seat since 2005, was gracious in defeat. “⟦d:c|I congratulate Ms Ampofo. She fought a very good campaign and I wish her well,⟧” he said. “⟦d:c|The people of Castlerigg have been very kind to me for nineteen years. Tonight they decided it was enough. That's democracy.⟧”
Asked by a reporter whether the prime minister should resign, he said: “⟦d:c|Not tonight. Ask me at breakfast.⟧”

### 046
@a Callum Ferrier | the former business secretary
@b Olusegun Bakare | the party chairman
@c Imogen Slater | The moderator
@d Ruth Adebanjo | the pollster's head of political research
The two men hoping to become the next leader of the Civic Union traded blows over the economy and each other's records in their first televised debate on Tuesday night.
Callum Ferrier, the former business secretary, accused his rival of having "⟦p:a|no plan, only slogans⟧". "⟦d:a|Olu is a great campaigner. I'd hire him to run my campaign. I wouldn't hire him to run the economy,⟧" Ferrier said.
Olusegun Bakare, the party chairman, hit back that Ferrier had been "⟦p:b|in the room for every bad decision of the last six years⟧". "⟦d:b|Callum talks about plans. He wrote the last one. How did that go?⟧" Bakare asked.
The moderator, Imogen Slater, repeatedly asked both men to stop talking over each other. "⟦d:c|Gentlemen, the viewers can't hear either of you when you both speak at once,⟧" she said at one point.
On immigration, Ferrier pledged an annual cap; Bakare said caps "⟦p:b|never work⟧". "⟦d:a|Never work? We've never tried one,⟧" Ferrier replied.
A snap poll of party members by Brightline Research found that 52 per cent thought Bakare had won. "⟦d:d|It's close. Bakare had the better lines and Ferrier had the better answers, which is a very Civic Union result,⟧" said Ruth Adebanjo, the pollster's head of political research.

### 047
@a Shabnam Karimi | Eastmere's council leader
@b Gary Stott | regional organiser for the CMW union
@c Eastmere Borough Council | -
@d Hamid Sultani | Resident
Eastmere's council leader, Shabnam Karimi, has said she will not “⟦p:a|reward a strike with a blank cheque⟧”, as rubbish piles up in the town's streets for a third week.
Karimi told Eastmere FM on Tuesday: “⟦d:a|I've offered six per cent. That's more than any council in the region. I can't offer money I don't have.⟧”
Gary Stott, regional organiser for the CMW union, said the offer was “⟦p:b|a pay cut dressed up as a pay rise⟧”. “⟦d:b|My members collect your rubbish in the rain at six in the morning. Six per cent doesn't cover their rent going up,⟧” he said.
Asked by presenter Leanne Ogbu whether she would meet the union again, Karimi said: “⟦d:a|My door is open. It's always been open. I'd ask Gary to walk through it.⟧”
In a statement, Eastmere Borough Council said residents should “⟦p:c|hold on to their rubbish where possible⟧” and that extra collection points would open at the weekend.
Resident Hamid Sultani, 54, said: “⟦d:d|The foxes are winning. That's the only thing anyone round here agrees on.⟧”

### 048
@a Ewa Brzezińska | Foreign Minister
@b Samir Haddad | an engineer who arrived on the flight with his wife and two daughters
@c Conor McGettigan | The shadow foreign secretary
Foreign Minister Ewa Brzezińska insisted on Sunday that every citizen who wanted to leave Port Sabra would be “⟦p:a|brought home⟧”, as the first evacuation flight landed at Kessing airport.
“⟦d:a|We will not leave anybody behind. I want to be absolutely clear about that,⟧” Brzezińska told NTV News. “⟦d:a|But I also want to be honest: this is a dangerous place, and some people will have to wait.⟧”
Samir Haddad, an engineer who arrived on the flight with his wife and two daughters, said the journey to the airport had been “⟦p:b|the longest nine hours of my life⟧”.
“⟦d:b|There were checkpoints every kilometre. At one of them the soldiers took our water. My daughter asked me if we were going to die. I told her no. I didn't know,⟧” he said.
The shadow foreign secretary, Conor McGettigan, warned that the government had been “⟦p:c|too slow by at least a week⟧”. “⟦d:c|Other countries had their people out on Wednesday. Ours were still waiting for a phone call,⟧” he said.
Brzezińska conceded that the consular hotline had been “⟦p:a|overwhelmed⟧” in the first 48 hours.

### 049
@a Desmond Kerr | The Civic Union MP for Harrowfield
@b - | our reporter
@c Pamela Gault | Neighbour
@d Oliver Mbanefo | the Fair Tax Campaign's director
RED-FACED Desmond Kerr snapped "⟦d:a|Get off my drive⟧" yesterday as he was quizzed over a £14,000 expenses claim for a koi carp pond.
The Civic Union MP for Harrowfield, 63, was confronted outside his £1.2million home. Asked by our reporter: "⟦d:b|Why should taxpayers pay for your fish, Mr Kerr?⟧" he replied: "⟦d:a|It's all within the rules. Read the rules.⟧"
He then slammed his car door and drove off.
Neighbour Pamela Gault, 70, said: "⟦d:c|The pond's lovely, to be fair. But I paid for my own pond.⟧"
And the Fair Tax Campaign's director Oliver Mbanefo fumed: "⟦d:d|This is the most brazen claim we've seen this year, and we've seen some belters.⟧"
Mr Kerr later issued a statement saying the claim had been "⟦p:a|approved in full by the independent authority⟧" and that he would "⟦p:a|of course repay it⟧" if asked to.

### 050
@a Beatriz Monteiro | The environment secretary
@b Rohan Mehra | the prime minister
@c Alun Prosser | Dunsley's MP
The environment secretary, Beatriz Monteiro, resigned on Wednesday night in protest at the government's decision to approve a new coal mine in Dunsley, saying she could “⟦p:a|not look my children in the eye⟧” and defend it.
In her resignation letter, Monteiro wrote: “⟦d:a:m|It has been the privilege of my life to serve in your cabinet. But I came into politics to act on the climate crisis, not to manage its consequences.⟧
“⟦d:a|I cannot in good conscience remain in a government that has taken this decision, and I must therefore step down.⟧”
In his reply, the prime minister, Rohan Mehra, thanked her for her “⟦p:b|passion and dedication⟧” but said the mine was “⟦p:b|necessary for our energy security and for hundreds of skilled jobs⟧”.
“⟦d:b|I respect your decision, though I regret it, and I know you will continue to be a powerful voice on these issues,⟧” he wrote.
Dunsley's MP, Alun Prosser, welcomed the approval. “⟦d:c|This is four hundred jobs in a town that has been told for thirty years that it has no future,⟧” he said.

### 051
@a Jean-Baptiste Kouassi | government spokesman
@b - | one journalist
@c Aminata Diallo | Opposition deputy
@d - | A group representing the families
SAINT-AUBRAN, Aug 21 (Continental Press) — The government of Mérovie on Thursday rejected calls for a public inquiry into the collapse of a bridge in Lavaud that killed nine people, saying a technical review was already under way.
«⟦d:a|An inquiry would take three years. The families need answers in three months,⟧» government spokesman Jean-Baptiste Kouassi told his weekly briefing.
«⟦d:b|Will the minister of infrastructure resign?⟧» one journalist asked.
«⟦d:a|No. Why would he? He was not the engineer,⟧» Kouassi replied.
Opposition deputy Aminata Diallo, whose constituency includes Lavaud, called the response «⟦p:c|contemptuous⟧». «⟦d:c|Nine people died, and the government talks about timetables. That tells you everything,⟧» she said.
A group representing the families said in a statement that it would «⟦p:d|go to the courts if we must⟧».

### 052
@a Jaspreet Dhillon | The 34-year-old
@b Keith Ormsby | -
@c Gordon Pask | the Sensible Sandwich Party's candidate
The Green Forward has won its first ever seat on Dunmere council after Jaspreet Dhillon took the Abbey ward by-election by 41 votes.
The 34-year-old said she was “⟦p:a|stunned and a bit terrified⟧”. “⟦d:a|I knocked on every door in this ward twice. Some of them three times. I think a few people voted for me just to make me stop,⟧” she said.
Keith Ormsby, who had held the seat for the Civic Union for 16 years, said he was “⟦p:b|disappointed for the residents⟧”. “⟦d:b|Jaspreet ran a good campaign. She'll find out soon enough that winning is the easy bit,⟧” he said.
The count was briefly enlivened by the Sensible Sandwich Party's candidate, Gordon Pask, who stood under the name “⟦s:-|Lord Crumb⟧” and received 17 votes. “⟦d:c|Seventeen people in Abbey ward agree that the council should provide free mustard. That's a mandate,⟧” he declared.
Turnout was 23 per cent.

### 053
@a Harriet Okoro | The prisons minister
@b Lena Vasquez | the shadow justice secretary
@c Dermot Kealy | the Speaker
@d Gideon Marsh | -
The prisons minister, Harriet Okoro, was forced to come to the Assembly on Monday to answer an urgent question about the escape of two inmates from Wexcombe prison last week.
"⟦d:a|I want to begin by apologising to the public. This should not have happened, and it will not be allowed to happen again,⟧" Okoro told members.
Lena Vasquez, the shadow justice secretary, said the minister had been warned about staffing at Wexcombe "⟦p:b|at least four times⟧". "⟦d:b|The governor warned her. The inspectors warned her. The union warned her. Who exactly was she waiting for?⟧" Vasquez said.
"⟦d:a|The honourable lady knows that I—⟧" Okoro began, before being drowned out.
"⟦d:c|Order. The minister is entitled to answer, and members are entitled to hear her answer,⟧" the Speaker, Sir Dermot Kealy, said.
Gideon Marsh, whose constituency includes the prison, asked: "⟦d:d|Can the minister tell my constituents, who had two escaped prisoners in their back gardens last Tuesday, when the extra officers will actually arrive?⟧"
"⟦d:a|By the end of next month,⟧" Okoro said.

### 054
@a Yusra Mahmoud | the leader of the Commonwealth Party
@b Ben Whitcombe | a former army officer
@c - | a woman with a pushchair
The campaign bus smells of instant coffee and anxiety. It is day 23 of 40, and Yusra Mahmoud, the leader of the Commonwealth Party, is eating a sandwich standing up somewhere between Harrowfield and Castlerigg.
“⟦d:-|Are you winning?⟧” I ask.
“⟦d:a|Ask me on the 14th,⟧” she says, without looking up. Then, relenting: “⟦d:a|We're winning the argument. Whether we're winning the votes is a different question, and anyone who tells you they know the answer is lying.⟧”
Her campaign manager, Ben Whitcombe, a former army officer, leans over from the seat behind. “⟦d:b|She's winning. Write that down,⟧” he says.
Mahmoud rolls her eyes. “⟦d:a|Ben thinks everything is winnable. That's why I hired him.⟧”
At the next stop, a shopping centre in Castlerigg, a woman with a pushchair stops her to say: “⟦d:c|You're smaller than you look on telly.⟧”
“⟦d:a|Everyone says that,⟧” Mahmoud replies. “⟦d:a|I'm choosing to take it as a compliment.⟧”

### 055
@a Tesmark Foreign Ministry | -
@b Arslan Nurlanov | a spokesman for the Dravonian embassy in Lund
@c Oskar Engström | Trade minister
LUND, July 7 (Meridian) - Tesmark on Monday imposed sanctions on 14 Dravonian officials it accused of involvement in the detention of opposition activists, drawing an angry response from Tselova.
"⟦d:a|Those responsible for the persecution of peaceful opponents must know that there are consequences,⟧" the Tesmark Foreign Ministry said in a statement.
The measures freeze assets and ban travel. Trade minister Oskar Engström told reporters they were "⟦p:c|targeted and proportionate⟧" and would not affect "⟦p:c|ordinary trade between our peoples⟧".
Arslan Nurlanov, a spokesman for the Dravonian embassy in Lund, called the sanctions "⟦p:b|an unfriendly act based on fabrications⟧". "⟦d:b|Dravonia will respond in a manner it considers appropriate,⟧" he said.
Asked what that response would be, Nurlanov said: "⟦d:b|You will find out.⟧"

### 056
@a Zainab Rahimi | a pupil at Hollins Park Academy
@b Ivor Penhallow | Council leader
@c Karim Rahimi | Her father
A 12-year-old girl left councillors lost for words on Wednesday when she used the public questions slot at Calderbridge City Council to ask why her local park still had no working swings.
Zainab Rahimi, a pupil at Hollins Park Academy, read from a sheet of paper: “⟦d:a|The swings have been broken for 412 days. I counted. My little brother has never been on them. When will they be fixed?⟧”
Council leader Ivor Penhallow thanked her for “⟦p:b|a very well-researched question⟧”. “⟦d:b|I'll be honest with you, Zainab: I don't know, but I will find out by Friday and I'll write to you myself,⟧” he said.
“⟦d:a|Can you write to my brother as well?⟧” she asked, to laughter from the chamber.
Her father, Karim Rahimi, said afterwards: “⟦d:c|She wrote it herself. I only helped with the spelling of ‘playground’. She's braver than I am.⟧”
By Friday afternoon the council had confirmed that new swings would be installed within six weeks.

### 057
@a Winifred Asante-Grey | the former chief whip
@b - | One MP who was whipped by her
@c Donal Keogh | Her former deputy
For seven years Winifred Asante-Grey kept a notebook in her handbag. In it, in green ink, were the names of every member of the governing party who had ever let her down. "⟦d:a|It was a short list. People thought it was long. That was the point,⟧" she says.
Asante-Grey, the former chief whip, has written a memoir, "⟦s:-|Counting Heads⟧", which is published this week and has already caused a stir among her former colleagues.
"⟦d:a:m|People imagine whipping is about threats. Occasionally it is. Mostly it's about listening. A member comes to you and says, 'I can't vote for this,' and you have to work out whether they mean 'I can't' or 'I won't' or 'I want something'.⟧
"⟦d:a|Usually it's the third one. Usually it's a bypass.⟧"
One MP who was whipped by her recalls being summoned to her office at midnight. "⟦d:b|She didn't raise her voice once. She just read me my own election leaflet. I voted the way she wanted,⟧" he said.
Her former deputy, Donal Keogh, says the book is "⟦p:c|about 80 per cent accurate⟧". "⟦d:c|The other 20 per cent is her being too modest,⟧" he said.

### 058
@a Halden Police | -
@b Ngaire Te Rangi | a dairy farmer from Hokitai who helped organise the protest
@c Piers Lonsdale | The agriculture minister
Thousands of farmers drove tractors into central Halden on Tuesday to protest against changes to inheritance rules, bringing traffic to a standstill around the Assembly building.
Protesters chanted “⟦s:-|No farmers, no food⟧” and carried placards reading “⟦s:-|Don't Bury Us Twice⟧”.
Ngaire Te Rangi, a dairy farmer from Hokitai who helped organise the protest, told the crowd: “⟦d:b|They say we're rich because we own land. I own land and an overdraft. Come and milk my cows at five in the morning and tell me I'm rich.⟧”
Halden Police said in a statement that the protest had been “⟦p:a|largely peaceful⟧” and that three people had been arrested for “⟦p:a|minor public order offences⟧”.
The agriculture minister, Piers Lonsdale, said he “⟦p:c|understood the strength of feeling⟧” but would not change course. “⟦d:c|The reforms affect the very largest estates. The vast majority of family farms will pay nothing,⟧” he told reporters.
“⟦d:-|Liar!⟧” was shouted from somewhere in the crowd as his remarks were relayed over a loudspeaker.

### 059
@a Kemal Arslan | Transport Secretary
@b Gráinne Ní Bhriain | presenter
@c - | A spokesman for the Department for Infrastructure
Transport Secretary Kemal Arslan walked out of a live radio interview on Thursday after being asked about his use of a ministerial car for a family holiday.
The exchange on Westcoast Radio began with questions about rail fares, before presenter Gráinne Ní Bhriain said: "⟦d:b|Minister, the Courier reports today that a government car drove you and your family to Porth Eyrie for a week in August. Is that true?⟧"
"⟦d:a|I'm here to talk about rail fares,⟧" Arslan replied.
"⟦d:b|You are, and now I'm asking you about the car.⟧"
"⟦d:a|Well, I've answered your questions about fares, and I think that's where we'll leave it. Thank you,⟧" he said, before the sound of a chair scraping back could be heard.
"⟦d:b|The minister has left the studio,⟧" Ní Bhriain told listeners. "⟦d:b|We'll keep the chair warm.⟧"
A spokesman for the Department for Infrastructure later said the minister had "⟦p:c|a long-standing commitment⟧" and that use of the car had been "⟦p:c|in line with security advice⟧".

### 060
@a Nasrin Tehrani | -
@b Philip Dunmore | -
@c - | One councillor who voted for Tehrani
HALLOWAY (Local Democracy Wire) -- Nasrin Tehrani was elected leader of Halloway District Council's ruling Independent group on Tuesday night, ousting Philip Dunmore after eleven years.
Tehrani won a secret ballot of the group's 19 councillors by 11 votes to 8. ``⟦d:a|I'm grateful to colleagues, and I'm grateful to Philip for everything he has done for this district,⟧'' she said afterwards.
Dunmore said he would stay on as a councillor. ``⟦d:b|I've had a good innings. The group wanted a change and I respect that,⟧'' he said. ``⟦d:b|I'll be on the back benches, keeping her honest.⟧''
One councillor who voted for Tehrani said the group had grown ``⟦p:c|tired of being told what to think⟧''. ``⟦d:c|Philip is a decent man, but the last two years have felt like a one-man band,⟧'' the councillor said.
Tehrani, 44, is the first woman to lead the council. Asked how it felt, she said: ``⟦d:a|Ask me in a year, when I've got a budget through.⟧''

### 061
@a Elin Gwynedd-Price | -
@b Huw Aldridge | First Minister
@c Marged Tudur | The presiding officer
A member of the Gwynfa Assembly accused the first minister on Tuesday of “⟦p:a|treating Welsh speakers as an afterthought⟧”, in a heated exchange during first minister's questions.
Elin Gwynedd-Price, who represents Bro Teifi, asked her question in Welsh: “⟦d:a|Pam mae'r llywodraeth hon wedi anghofio cefn gwlad?⟧” — “⟦d:a|Why has this government forgotten the countryside?⟧”
First Minister Huw Aldridge, listening to the simultaneous translation through headphones, replied in English. “⟦d:b|It hasn't. We've put more into rural services this year than in any year since devolution,⟧” he said.
“⟦d:a|Then why is the school in Llanfedw closing?⟧” Gwynedd-Price shot back.
The presiding officer, Marged Tudur, reminded members to “⟦p:c|keep to one supplementary⟧”. “⟦d:c|First minister, briefly, please,⟧” she said.
“⟦d:b|Because it has eleven pupils,⟧” Aldridge said.

### 062
@a Elspeth Harrower | Prime Minister
@b Tomiwa Balogun | -
@c Inês Carvalho | -
@d - | one minister watching
Prime Minister Elspeth Harrower used her end-of-year press conference on Friday to insist she would lead her party into the next election, brushing off questions about her poll ratings.
"⟦d:a|I'm not going anywhere. I've got a job to do and I'm going to do it,⟧" she told reporters in the state dining room at Carrow Place.
Tomiwa Balogun of the Daily Clarion asked: "⟦d:b|Prime minister, you're twenty points behind. At what point do you accept that voters have made up their minds?⟧"
"⟦d:a|Voters make up their minds on polling day, Tomiwa, not in December,⟧" Harrower replied.
Inês Carvalho of Radio Kelsey asked whether she had considered her position after last month's defeat on the welfare bill. "⟦d:c|Did you, even for a moment, think about resigning?⟧"
"⟦d:a|No,⟧" the prime minister said. Then, after a pause: "⟦d:a|Well, for a moment. And then I had a cup of tea.⟧"
The answer drew laughter, but one minister watching said afterwards that it was "⟦p:d|the most honest thing she's said all year⟧".
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh136.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh136",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
