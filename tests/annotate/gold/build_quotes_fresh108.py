# ruff: noqa: E501
"""Build ``quotes_fresh108.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with interruptions from the chair and the
benches, select committee and legislative hearings, broadcast and radio interviews in
which presenters press ministers, the campaign trail, hustings and election counts,
lobby briefings by spokespeople, council meetings, leadership contests, leaks and
unnamed sources, summits and foreign ministers' press conferences. The copy imitates
wire services, broadsheets, tabloids, local papers, magazines and broadcasters' web
pages, and mixes straight, curly, guillemet and doubled-backtick quotation marks.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh108-NNN``.

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
  it (``Petition organiser Brian Stott, a farmer from …``): the appositive is the
  description. A title before the name alone (``Presenter Niamh Cassidy``,
  ``Council president …``, ``Speaker P. Anbalagan``, ``His rival Kirsty …``) is the
  description; so is a phrase set off before the name (``the Speaker, Rhodri …``,
  ``Sarrai's foreign minister, Kwame …``).
* Parliamentary and courtesy styles (Sir, Dame, Cllr, Sen., the Rev) are left out of
  the name; office titles (Prime Minister, Chief Minister, Speaker) are descriptions,
  never part of the name.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 17-year-old``,
  ``the prime minister``), that description is taken.
* A non-restrictive relative clause or participle after an appositive (``One parent,
  who asked not to be named …``, ``… , speaking on condition of anonymity``) is not
  part of the description; a restrictive one (``one backbencher who won her seat in
  2019``) is.
* Unnamed sources keep the phrase that introduces or cues them (``one former
  minister``, ``a senior figure in the whips' office``, ``one of the diplomats``). A
  shout from the benches or the gallery by someone the passage describes (``one
  Opposition MP``, ``one man in the public gallery``) has that description; a shout
  nobody is given for (``a voice from the gallery shouted``) is null.
* Fragments quoted from documents whose author is not identified (a leaked memo, a
  consultant's report) are ``partial`` with a null speaker and the document as the
  description; a report or statement by a named organisation belongs to that
  organisation. A presenter quoting a politician's earlier writing back at them
  quotes that politician.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named presenter's, moderator's or chair's questions are that
  person's speech, and an unnamed reporter's are the reporter's (``one
  correspondent asked``).
* In an exchange of quote-only paragraphs (a minister and a presenter, a chair and a
  witness) each turn belongs to the person whose turn it is.
* Programme, newspaper and leaflet titles, headlines, labels and nicknames
  (``“The Week Ahead”``, ``“Crater County”``, the so-called ``“kitchen cabinet”``)
  are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh108.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh108.jsonl")

PASSAGES = """
### 001
@a Margarethe Lindqvist | the Prime Minister
@b Tobias Adeyemi-Clarke | the Leader of the Opposition
@c Rhodri Penhallow | the Speaker
@d - | one Opposition MP
The Prime Minister, Margarethe Lindqvist, was accused of "⟦p:b|governing by press release⟧" during a bad-tempered session of Prime Minister's Questions on Wednesday, as the Leader of the Opposition, Tobias Adeyemi-Clarke, returned again and again to hospital waiting lists.
"⟦d:b|In March the Prime Minister promised that no patient would wait more than eighteen weeks. Today 41,000 people have waited more than a year,⟧" Mr Adeyemi-Clarke told MPs. "⟦d:b|Which promise should they believe: the one on the poster, or the one in the letter from their hospital?⟧"
Ms Lindqvist said waiting times had fallen for six months in a row. "⟦d:a|He comes here every week with his borrowed statistics,⟧" she said, to cheers from the benches behind her. "⟦d:a|What he never brings is a plan.⟧"
As the noise rose, the Speaker, Rhodri Penhallow, got to his feet. "⟦d:c|Order! Order. People are watching this, and I doubt they are impressed. I am certainly not.⟧"
Mr Adeyemi-Clarke tried again. "⟦d:b|Let me make it simple for her. Yes or no: will the target be met this year?⟧"
"⟦d:a|We are on course to meet it,⟧" the Prime Minister replied.
"⟦d:d|That's a no!⟧" one Opposition MP shouted, prompting a second rebuke from the chair.
"⟦d:c|The honourable gentleman will have his chance to be called. It will not be today if he carries on like that,⟧" Mr Penhallow said.

### 002
@a Ingrid Solvang | Vellmark's foreign minister
@b Kwame Asante-Boateng | Sarrai's foreign minister
@c - | a reporter from a Vellmark broadcaster
@d - | a Sarrai foreign ministry official
HALVERGATE, May 14 (Meridian) - The foreign ministers of Vellmark and Sarrai said on Tuesday they had agreed to reopen talks on a disputed fishing zone, but offered few details and sparred openly over who had walked away from the last round.
“⟦d:a|We have agreed that our negotiators will meet again before the end of June, and that is a real step,⟧” Vellmark's foreign minister, Ingrid Solvang, told a joint news conference in Halvergate.
Sarrai's foreign minister, Kwame Asante-Boateng, was more cautious. “⟦d:b|A date is not an agreement. We have had dates before,⟧” he said.
“⟦d:c|Minister, was it Sarrai that walked away in January?⟧” a reporter from a Vellmark broadcaster asked.
“⟦d:b|I would ask you to check who left the room first,⟧” Asante-Boateng replied.
Solvang, standing beside him, smiled. “⟦d:a|We can disagree about the history. I would rather we agreed about the fish.⟧”
The two ministers did not take further questions. A Sarrai foreign ministry official, speaking on condition of anonymity, said later that the atmosphere in the closed session had been “⟦p:d|better than it looked on stage⟧”.

### 003
@a Fiona Dalgleish | the committee's chair
@b Siobhan Achebe-Ward | the permanent secretary
@c Meera Ghoshal | a Labour Federation member of the committee
@d Alasdair Rennick | the department's director of rail
@e - | a consultant's report
The most senior civil servant at the Department for Regional Transport was told she had “⟦p:a|lost control⟧” of the Northern Link rail scheme during a fractious two-hour hearing of the transport select committee on Tuesday.
Fiona Dalgleish, the committee's chair, opened by reading out the scheme's budget in 2019 and its budget today. “⟦d:a|That is a difference of £6.2bn. Who signed that off, Ms Achebe-Ward?⟧”
Siobhan Achebe-Ward, the permanent secretary, said the increases had been approved by ministers at every stage. “⟦d:b|Every revision came with a full business case. None of this was hidden.⟧”
“⟦d:a|It was hidden from this committee,⟧” Ms Dalgleish replied.
Meera Ghoshal, a Labour Federation member of the committee, pressed her on a consultant's report from 2021 that had described the timetable as “⟦p:e|not credible⟧”.
“⟦d:c|You had this on your desk two years ago. What did you do with it?⟧” she asked.
“⟦d:b|I read it, and we changed the programme board as a result,⟧” Ms Achebe-Ward said.
“⟦d:c|And the timetable?⟧”
“⟦d:b|The timetable did not change at that point.⟧”
Alasdair Rennick, the department's director of rail, who sat beside her, tried to come in. “⟦d:d|With respect, the report was about one section of the line, not the whole scheme.⟧”
Ms Dalgleish cut him off. “⟦d:a|Mr Rennick, you'll get your turn.⟧”

### 004
@a Niamh Cassidy | Presenter
@b Devendra Raghunathan | Housing minister
@c Leticia Obi-Fairweather | Opposition housing spokeswoman
Housing minister Devendra Raghunathan has refused five times to say whether the government will hit its target of 300,000 new homes a year, in a tense interview on KRN Radio's "⟦s:-|Breakfast⟧" programme.
Presenter Niamh Cassidy asked the minister directly: "⟦d:a|Will you build 300,000 homes this year - yes or no?⟧"
"⟦d:b|What I can tell you is that we've seen the highest number of planning approvals in a decade,⟧" Mr Raghunathan said.
"⟦d:a|That's not what I asked.⟧"
"⟦d:b|Well, it's the answer that matters to people who want a home.⟧"
Cassidy pressed him again, noting that official figures showed completions had fallen for three consecutive quarters. "⟦d:a|You're the housing minister. Surely you know whether you'll hit your own target?⟧"
"⟦d:b|Targets are important, Niamh, but they're not the whole story,⟧" he replied. "⟦d:b|I'm not going to sit here and make predictions about numbers that depend on interest rates, on the construction sector, on a whole range of things.⟧"
Opposition housing spokeswoman Leticia Obi-Fairweather later described the interview as "⟦p:c|a masterclass in saying nothing⟧".
"⟦d:c|If the minister doesn't believe in his own target, why should anyone else?⟧" she said in a statement.

### 005
@a - | One senior Cabinet source
@b - | a leaked memo
@c - | Another minister
@d - | Treasury insiders
@e - | A Treasury spokesman
@f Maureen Fitzgibbon | Campaigner
CHANCELLOR Rosalind Amankwah-Pryce was last night at the centre of a furious Cabinet row after a leaked memo revealed plans to raid pensioners' winter fuel cash.
The explosive document, seen by the Clarion, warns that scrapping the payment for millions would be "⟦p:b|politically toxic⟧" but could save £1.8billion.
One senior Cabinet source fumed: "⟦d:a|This is madness. Half of us didn't even know it was being drawn up. If it goes ahead we'll be slaughtered on the doorstep.⟧"
Another minister said: "⟦d:c|Rosalind thinks she can do whatever she likes because the Treasury backs her. She's wrong.⟧"
Treasury insiders insisted the memo was "⟦p:d|one of dozens of options⟧" and had never been put to the Chancellor.
A Treasury spokesman said: "⟦d:e|We do not comment on leaks. The Chancellor has been clear that she will protect the most vulnerable.⟧"
Campaigner Maureen Fitzgibbon, 74, blasted: "⟦d:f|They think we won't notice. We notice everything, and we vote.⟧"

### 006
@a Bernadette Kowalczyk | Council leader
@b Yusuf Demirci | Liberal member for Millbrook
@c Hazel Pruitt | a resident of Tanner's Lane who has used the Cobb Street library for forty years
@d Martin Odhiambo | the council's director of finance
@e - | one man in the public gallery
Plans to close two of Ashwell's four public libraries were approved by the borough council on Thursday night after a three-hour meeting that was briefly suspended when protesters in the public gallery refused to stop chanting.
Council leader Bernadette Kowalczyk told councillors the authority had “⟦p:a|no good options left⟧” after a £4.3m cut to its grant from central government.
“⟦d:a|Nobody in this chamber became a councillor to close libraries,⟧” she said. “⟦d:a|But I will not put the care budget at risk to keep buildings open that, frankly, too few people use.⟧”
Cllr Yusuf Demirci, Liberal member for Millbrook, said the visitor figures were out of date. “⟦d:b|The footfall data she is relying on was collected during the pandemic, when the libraries were shut for half the year. It is meaningless,⟧” he said.
Chants of “⟦s:-|Save our libraries⟧” from the gallery forced the chairman to adjourn the meeting for ten minutes. When it resumed, one man in the public gallery shouted “⟦d:e|You should be ashamed!⟧” before being escorted out.
Martin Odhiambo, the council's director of finance, told members that keeping all four branches open would mean finding savings elsewhere, “⟦p:d|almost certainly in adult social care⟧”.
Speaking afterwards, Hazel Pruitt, a resident of Tanner's Lane who has used the Cobb Street library for forty years, said: “⟦d:c|It's where I learned to read and it's where my grandson learned to read. They've not thought about people like us at all.⟧”
The decision was carried by 23 votes to 19.

### 007
@a Declan Fairbairn | the Civic Alliance candidate
@b Olumide Bakare | the Labour Federation candidate
@c Harriet Lowe-Symonds | the Green candidate
@d Pádraig Nolan | a retired haulier
@e Graham Tulloch | the evening's chairman
@f - | one woman near the back
More than 200 people packed into St Columba's church hall in Kilbride Marsh on Monday for the only hustings of the Kilbride and Strathavon by-election, and for most of the evening the candidates talked about one thing: the A78.
"⟦d:e|I'll ask you all to keep your answers to two minutes, and I'll ask the audience to keep their heckling to a minimum,⟧" said the evening's chairman, the Rev Graham Tulloch.
Declan Fairbairn, the Civic Alliance candidate, promised to "⟦p:a|camp outside the transport secretary's office⟧" until funding for a bypass was confirmed. "⟦d:a|Four people have died on that road in three years. I don't need a consultation to tell me it's dangerous,⟧" he said.
Olumide Bakare, the Labour Federation candidate, pointed out that Mr Fairbairn's party had been in government for nine years. "⟦d:b|He's promising to protest against his own ministers. With the greatest respect, Declan, who do you think has been in charge?⟧"
"⟦d:a|I've been in this party for six months. I've been on that road all my life,⟧" Mr Fairbairn shot back, to some applause.
Harriet Lowe-Symonds, the Green candidate, said a bypass would "⟦p:c|just move the traffic jam two miles south⟧" and called for the Strathavon branch line to be reopened.
The loudest cheer of the night went to the independent, Pádraig Nolan, a retired haulier, who told the hall: "⟦d:d|I've driven that road forty thousand times. I'm not a politician and I'm not going to pretend to be one.⟧"
When the floor was opened, one woman near the back asked: "⟦d:f|Will any of you actually live here after the count?⟧"
All four said they would.

### 008
@a - | The Prime Minister's official spokesman
@b - | one journalist
@c - | a government source
The Prime Minister's official spokesman spent much of Monday's morning lobby briefing declining to say whether the Home Secretary still has the Prime Minister's confidence.
“⟦d:a|The Prime Minister has full confidence in all of his Cabinet ministers,⟧” the spokesman said, in answer to the first question.
Asked whether that included the Home Secretary specifically, he said: “⟦d:a|I've answered that. All of them.⟧”
“⟦d:b|So that's a yes?⟧” one journalist asked.
“⟦d:a|It's what I said.⟧”
The spokesman also refused to be drawn on reports that decisions on asylum accommodation were now being taken by the Prime Minister's so-called “⟦s:-|kitchen cabinet⟧” of advisers rather than by the Home Office.
“⟦d:a|Decisions are taken by ministers in the normal way. I'm not going to provide a running commentary on the Sunday papers,⟧” he said.
Away from the briefing room, a government source was blunter. “⟦d:c|She's on thin ice and she knows it. One more bad week and that's it.⟧”

### 009
@a Anneliese Okonjo-Brandt | the former justice secretary
@b Callum Strachan | a former party organiser in the north-east
@c - | One MP backing her rival
@d Teodor Wiśniewski | the party's deputy leader
Anneliese Okonjo-Brandt, the former justice secretary, is in the back of a people carrier on the ring road outside Dunmere, eating a supermarket sandwich and reading her own press cuttings aloud.
``⟦d:a|Too cerebral, aloof, a lawyer's lawyer. I've been called worse by my own children,⟧'' she says.
She is six weeks into a contest to lead the National Renewal Party, and on most counts she is in second place behind Teodor Wiśniewski, the party's deputy leader.
``⟦d:a|People keep telling me Teodor's won it already. They told me that about my first selection too,⟧'' she says. ``⟦d:a|Members don't like being told how to vote. They especially don't like being told by MPs.⟧''
Her campaign manager, Callum Strachan, a former party organiser in the north-east, is less sanguine. ``⟦d:b|We're behind. I'm not going to pretend we're not. But we're behind by less than people think,⟧'' he says.
Wiśniewski, speaking at a rally in Porthcurrick the same evening, dismissed suggestions that the race was tightening. ``⟦d:d|I'm taking nothing for granted, but the members I meet want someone who can win a general election, not a seminar,⟧'' he said.
Told about the jibe an hour later, Okonjo-Brandt laughed. ``⟦d:a|A seminar. He's been saving that one up.⟧''
Not everyone in the party is charmed. One MP backing her rival put it bluntly: ``⟦d:c|She's brilliant, everybody says so. That's the problem. Nobody can tell you what she's for.⟧''

### 010
@a Elif Karataş | Council president
@b Bruno Vasconcelos | Lusarran Prime Minister
@c - | One diplomat involved in the talks
KORSHOLM, Oct 19 (Meridian) - Leaders of the Northern Union failed to agree a common position on energy price caps at a summit that ran into the early hours of Friday, with Lusarra and two other members blocking a draft text.
"⟦d:a|We are not there yet. I won't pretend otherwise,⟧" Council president Elif Karataş told reporters at 3 a.m. "⟦d:a|But I have seen deals made at four o'clock that nobody thought possible at midnight.⟧"
Lusarran Prime Minister Bruno Vasconcelos said his government could not accept a cap that "⟦p:b|punishes countries that invested early in renewables⟧".
"⟦d:b|We were asked to sign something that was written for the big economies. We said no, and we will say no again on Monday if it's the same text,⟧" he said.
One diplomat involved in the talks said the mood had at times been "⟦p:c|poisonous⟧". "⟦d:c|There was shouting. There were people walking out to phone their capitals. It was not the Union's finest night,⟧" the diplomat said, speaking on condition of anonymity.
Leaders will reconvene by video link on Monday.

### 011
@a Imogen Sackville | presenter
@b Farid Haddad | Shadow chancellor
@c - | A party spokesperson
Shadow chancellor Farid Haddad has insisted his party would not raise income tax, but repeatedly declined to rule out changes to capital gains tax, in an interview with presenter Imogen Sackville on Channel 7's Sunday programme.
“⟦d:a|Can you look viewers in the eye and say there will be no tax rises at all under your government?⟧” Sackville asked.
“⟦d:b|I can tell them that working people will not pay more income tax, more national insurance or more VAT. That's a promise,⟧” Mr Haddad said.
“⟦d:a|That wasn't quite my question, was it?⟧”
“⟦d:b|It's the question most people care about.⟧”
Pressed on whether people selling shares or second homes could face a higher rate, he said: “⟦d:b|I'm not going to write a budget on a Sunday morning sofa, Imogen. You wouldn't expect me to.⟧”
Sackville then read out a line from Mr Haddad's own 2021 pamphlet, which described the current regime as “⟦p:b|a gift to the already wealthy⟧”. “⟦d:a|Do you still believe that?⟧” she asked.
“⟦d:b|I believe the system should be fair, and I'll set out how when we publish our manifesto.⟧”
A party spokesperson later said the pamphlet had been written “⟦p:c|in a personal capacity, years before he took up his current role⟧”.

### 012
@a Henrik Aaltonen | the prime minister
@b Doreen Pickles | a retired dinner lady
@c Jamal Idowu | a warehouse worker
@d - | one aide
Henrik Aaltonen has a routine on the campaign trail. He takes off his jacket, rolls his sleeves to exactly the same point below the elbow, and asks whoever is nearest what they had for breakfast.
In the market square at Tolland on Thursday the nearest person was Doreen Pickles, a retired dinner lady, who told the prime minister she had had “⟦p:b|a cup of tea and a worry about my gas bill⟧”.
“⟦d:a|Well, that's a breakfast a lot of people are having,⟧” Aaltonen said. “⟦d:a|Tell me about the bill.⟧”
She did, at length. Afterwards she was unmoved. “⟦d:b|He listened, I'll give him that. They always listen. It's the doing they're not so good at,⟧” she said.
Further along the square, Jamal Idowu, 23, a warehouse worker, said he had not decided whether to vote at all. “⟦d:c|I don't see what changes. Rent goes up, wages don't. Whoever gets in.⟧”
Aaltonen's team is well aware of the problem. “⟦d:d|Young men are the ones we can't reach,⟧” one aide admitted as the bus pulled away. “⟦d:d|They're not angry with us. They just don't think about us at all.⟧”
On the bus, the prime minister was asked by reporters whether he was worried about turnout. “⟦d:a|I worry about everything. It's my job,⟧” he said. “⟦d:a|But I'd rather be out here hearing it than in an office reading about it.⟧”

### 013
@a Céleste Marchetti-Dubois | Valdrenne's foreign minister
@b Amadou Diallo-Sy | her Kanembe counterpart
@c - | One reporter
SAINT-AUBRAC, March 3 (Meridian) - Valdrenne will not recognise the outcome of Sunday's presidential election in Kanembe until international observers publish their report, Valdrenne's foreign minister, Céleste Marchetti-Dubois, said on Monday.
«⟦d:a|Nous ne reconnaîtrons rien avant d'avoir lu ce rapport⟧» (“⟦d:a|We will recognise nothing before we have read that report⟧”), she told a news conference, standing alongside her Kanembe counterpart, Amadou Diallo-Sy.
Diallo-Sy, speaking through an interpreter, said the vote had been «⟦p:b|free, calm and transparent⟧» and accused «⟦p:b|certain foreign capitals⟧» of interfering in his country's affairs.
«⟦d:b|Kanembe is nobody's province. Our people voted, and our courts will settle any disputes,⟧» he said.
Marchetti-Dubois replied that Valdrenne was «⟦p:a|a friend, not a judge⟧». «⟦d:a|A friend is allowed to ask questions. That is all we are doing,⟧» she said.
One reporter asked Diallo-Sy whether observers would be admitted to the northern provinces. «⟦d:c|Will they have access to Tessala and Bouré?⟧»
«⟦d:b|They will have access to everything the law permits,⟧» he replied.

### 014
@a Barnaby Quigley-Stone | Renewal MP
@b Chantelle Okoro | his former caseworker
@c - | A party spokeswoman
@d Ron Haskins | Pensioner
RED-FACED Renewal MP Barnaby Quigley-Stone was last night forced to apologise after he was caught on camera calling his own constituents "⟦p:a|whingers and wasters⟧".
The bombshell clip, filmed at a £200-a-head dinner at Fellbrook Manor, shows the 58-year-old telling donors: "⟦d:a|Half of them haven't done a day's work in their lives and the other half spend all day writing to me about bin collections.⟧"
Last night the MP said: "⟦d:a|I said something stupid after a long day and I'm sorry. It does not reflect what I think of the people I represent.⟧"
But his former caseworker Chantelle Okoro told the Clarion: "⟦d:b|That's exactly what he thinks. He used to call the constituency office 'the complaints department'. I heard it every week.⟧"
A party spokeswoman said: "⟦d:c|Barnaby has apologised and the matter is closed.⟧"
Residents were less forgiving. Pensioner Ron Haskins, 81, said: "⟦d:d|Whinger? I'll show him a whinger at the next election.⟧"

### 015
@a Anjali Varghese | the justice secretary
@b Hugo Pemberton-Fyfe | a former attorney general
@c Nasra Abdullahi | the Opposition's justice spokeswoman
@d Dafydd Prys | the Deputy Speaker
The government's flagship sentencing bill cleared its first parliamentary hurdle on Tuesday night, passing its second reading by 312 votes to 276 despite a rebellion by 14 government backbenchers.
Opening the debate, the justice secretary, Anjali Varghese, said the prisons were “⟦p:a|full to the rafters⟧” and that short sentences had become “⟦p:a|a revolving door that turns victims into statistics⟧”.
“⟦d:a|We can keep building prisons and filling them, or we can ask what actually stops people reoffending,⟧” she told MPs.
She had barely finished the sentence before Sir Hugo Pemberton-Fyfe, a former attorney general, rose. “⟦d:b|Will she give way?⟧”
“⟦d:a|I will give way to my right honourable friend.⟧”
“⟦d:b|I am grateful. Can she tell the House how many of the offenders who would no longer go to prison under this bill have previous convictions for violence?⟧”
“⟦d:a|The bill excludes violent and sexual offences entirely, as he well knows,⟧” Ms Varghese replied.
For the opposition, Nasra Abdullahi, the Opposition's justice spokeswoman, said her party supported the aims of the bill but not its timing. “⟦d:c|The minister is asking us to trust a probation service that she herself described last year as being on its knees,⟧” she said.
When several members tried to intervene at once, the Deputy Speaker, Dafydd Prys, reminded them: “⟦d:d|One at a time, please. This is a debate, not an auction.⟧”

### 016
@a Rukhsana Begum | The sitting mayor
@b Stewart McAllister | Renewal candidate
@c Ade Ogunleye | Presenter
@d Maureen | a caller
The race to become mayor of the Greater Elmsworth region turned personal during a live radio debate on Thursday, with the two front-runners trading accusations over the region's buses.
The sitting mayor, Rukhsana Begum, said bringing buses back under public control had been "⟦p:a|the best decision I've made⟧" in office. "⟦d:a|Fares are capped at two pounds. Routes that were cut ten years ago are running again. That's not a slogan, that's a timetable,⟧" she said.
Renewal candidate Stewart McAllister said the franchising scheme had cost "⟦p:b|three hundred million pounds that nobody voted for⟧". "⟦d:b|The mayor likes to talk about timetables. Ask anyone in Dunholme when their bus last turned up on time,⟧" he said.
"⟦d:a|Stewart, I'd love to know when you last caught a bus in Dunholme,⟧" Ms Begum replied.
Presenter Ade Ogunleye then brought in a caller, Maureen from Fellside. "⟦d:c|Maureen, you've been holding on for a while. Go ahead.⟧"
"⟦d:d|My question's for both of them. I'm 79 and I don't drive. If my bus gets cut, who do I ring?⟧" she asked.
"⟦d:b|You'd ring me, Maureen, and I'd answer,⟧" Mr McAllister said, to laughter in the studio.
"⟦d:a|She can ring me now. My number's on every bus stop in the region,⟧" the mayor said.

### 017
@a - | one person briefed on the talks
@b Liv Haugland | Social Democrat leader
@c Centre Party | -
@d Oskar Brekke | the Centre Party's parliamentary leader
OSTERVIK, Feb 2 (Meridian) - Coalition talks between Vellmark's Social Democrats and the agrarian Centre Party have stalled over the Centre's demand for the finance ministry, according to people familiar with the negotiations.
“⟦d:a|They want finance or they want new elections. There isn't much in between right now,⟧” said one person briefed on the talks, who was not authorised to speak publicly.
Social Democrat leader Liv Haugland told reporters outside parliament on Friday that the talks were “⟦p:b|constructive and continuing⟧”. “⟦d:b|I'm not going to negotiate through the press. We have met four times, and we will meet again on Monday,⟧” she said.
The Centre Party said in a statement that it had “⟦p:c|made no demands regarding individual portfolios⟧”.
But Oskar Brekke, the Centre Party's parliamentary leader, appeared to contradict that hours later. “⟦d:d|Whoever holds the purse decides the policy. Our voters know that,⟧” he told the broadcaster VTV.
Asked directly whether his party wanted the finance ministry, he said: “⟦d:d|We want influence. You can draw your own conclusions.⟧”

### 018
@a Beatrix Olawale-Hughes | the former foreign secretary
Beatrix Olawale-Hughes, the former foreign secretary, resigned from the cabinet eighteen months ago in a letter that described the government's aid cuts as "⟦p:a|a betrayal of everything this country says it stands for⟧". She has not spoken publicly about it since. When we meet, in the kitchen of her house in Penrose Cross, she is still not sure she wants to.
"⟦d:a|I'm not here to settle scores,⟧" she says, before I have asked anything. "⟦d:a|I want to be clear about that. There are people in that cabinet I still admire.⟧"
So why go? "⟦d:-|Was there a moment when you knew?⟧" I ask.
"⟦d:a:m|There was a meeting. I won't say which. We were told the cuts would fall on programmes that were 'underperforming', and then we were shown the list, and the first item on it was a vaccination programme in a country where I had stood in the clinic myself and watched children queueing in the heat.⟧
"⟦d:a:m|I went home and wrote the letter that night. My husband said, sleep on it. I slept on it. I sent it in the morning.⟧
"⟦d:a|I don't regret it. I regret that it changed nothing.⟧"
She has been mentioned, more than once, as a possible future leader. She laughs at the idea. "⟦d:a|I'm sixty-one and I've just learned to make bread. I think the party will survive without me.⟧"
Does she miss it? She thinks for a long time. "⟦d:a|I miss the work. I don't miss the people who wanted to be photographed near the work.⟧"

### 019
@a Gwendolyn Ashby | the mayor
@b Tariq Mahmood | an independent who represents Abbey ward
@c Ellen Brigstocke | The deputy town clerk
@d - | A resident who attended the meeting
A meeting of Pellingham Town Council descended into chaos on Monday when a councillor refused to leave the chamber after being ordered out by the mayor.
Cllr Tariq Mahmood, an independent who represents Abbey ward, had accused the mayor, Gwendolyn Ashby, of “⟦p:b|running this council like a private members' club⟧” during a discussion of the Christmas lights budget.
“⟦d:a|Councillor Mahmood, I've warned you twice. I'm now asking you to leave the meeting,⟧” Cllr Ashby said.
“⟦d:b|On what grounds? I was elected, same as you,⟧” he replied.
“⟦d:a|On the grounds of the standing orders, which I'd encourage you to read.⟧”
The deputy town clerk, Ellen Brigstocke, was asked to advise. She told members the mayor could exclude a councillor for “⟦p:c|persistent disorderly conduct⟧” but that the decision had to be put to a vote.
The vote was carried by nine to four, but Cllr Mahmood stayed in his seat for the remaining forty minutes of the meeting. “⟦d:b|They can call the police if they like. I'm not going anywhere,⟧” he told the Gazette afterwards.
A resident who attended the meeting said: “⟦d:d|It was like watching a sitcom, except we're paying for it.⟧”

### 020
@a Sione Latu | Tavalu's prime minister
@b Hiroko Tanabe-Ellis | The Ardean climate envoy
@c - | A reporter from the Tavalu Times
Pacific leaders have agreed to set up a joint fund to help low-lying nations relocate communities threatened by rising seas, but left the meeting in Nukuvai without agreeing how much money it will hold.
Tavalu's prime minister, Sione Latu, who hosted the two-day forum, said the agreement was "⟦p:a|a beginning, not an end⟧".
"⟦d:a|For the first time, we have written down in black and white that moving a village is not a failure. It is survival, and it must be paid for,⟧" he told reporters.
Asked how much the larger economies had pledged, Mr Latu said: "⟦d:a|Not enough. I'll let them tell you the numbers. I'm too polite.⟧"
The Ardean climate envoy, Hiroko Tanabe-Ellis, said her government would announce its contribution "⟦p:b|within weeks⟧".
A reporter from the Tavalu Times asked her: "⟦d:c|Why not today? The water is rising today.⟧"
"⟦d:b|That's a fair question, and I understand the frustration. We need our parliament to approve the sum. I'd rather announce a number I can deliver,⟧" she replied.

### 021
@a - | one former minister
@b - | A senior figure in the whips' office
@c Solomon Agyeman | The chief whip
@d - | one backbencher who won her seat in 2019
@e - | Another MP
The letters are not in yet. But in the tea room, in the corridors and, increasingly, in private messaging groups that number several dozen MPs, the question is no longer whether the prime minister will face a challenge, but when.
“⟦d:a|It's a matter of timing now. Nobody wants to be first over the top, and nobody wants to be last,⟧” said one former minister, who has not previously criticised the prime minister in public.
A senior figure in the whips' office was dismissive. “⟦d:b|People have been saying this since Easter. The numbers aren't there and they won't be there,⟧” they said.
The chief whip, Solomon Agyeman, told the Gazette the talk was “⟦p:c|summer madness⟧” and that the parliamentary party was “⟦p:c|more united than the commentariat would like⟧”.
But one backbencher who won her seat in 2019 said she had already told her local association she would back a challenge. “⟦d:d|I've got a majority of 1,100. I'm not going to lose my seat out of politeness,⟧” she said.
Another MP, asked whether the prime minister could recover, replied simply: “⟦d:e|No.⟧”

### 022
@a Gulnara Sadykova | The president's press secretary
@b - | one correspondent
@c - | another reporter
The president's press secretary, Gulnara Sadykova, on Wednesday refused to confirm that the president would meet the leader of neighbouring Tarsk during next week's regional summit, telling reporters that the schedule was "⟦p:a|still being finalised⟧".
"⟦d:a|When there is something to announce, you will be the first to know. Well - the second, after the president,⟧" Sadykova said at her daily briefing.
"⟦d:b|Has a request for a meeting been made by either side?⟧" one correspondent asked.
"⟦d:a|Contacts at various levels are ongoing. I won't go beyond that.⟧"
"⟦d:c|Does the president still consider him a partner?⟧" another reporter asked, referring to a speech last spring in which the president used the word "⟦s:-|partner⟧" four times.
"⟦d:a|The president chooses his words carefully, and he hasn't withdrawn any of them,⟧" Sadykova said.

### 023
@a Dominic Vance-Okafor | Leadership hopeful
@b Kirsty Mulgrew | His rival
@c - | one party member
@d Gerald Fenn | Chairman
@e - | Mulgrew's camp
LEADERSHIP hopeful Dominic Vance-Okafor was booed by his own party's members last night after he admitted he had "⟦p:a|never been a fan⟧" of raising the state pension age.
The ex-minister, 47, was grilled at a packed hustings in Wrexley, where one party member yelled: "⟦d:c|Then why did you vote for it?⟧"
Vance-Okafor hit back: "⟦d:a|Because I was in government and that's what collective responsibility means. I'm not going to apologise for keeping my word.⟧"
His rival Kirsty Mulgrew pounced. "⟦d:b|Dominic has been on every side of every argument. Members deserve to know which Dominic they'd be getting,⟧" she said, to roars of approval.
Chairman Gerald Fenn had to appeal for calm. "⟦d:d|Ladies and gentlemen, please. We are all on the same side here - in theory.⟧"
Afterwards Mulgrew's camp branded the night a "⟦p:e|car crash⟧" for their rival.

### 024
@a Charlotte Ng | The committee chair
@b Raymond Okwuosa | chief executive of Castleford Systems
@c Ioan Pritchard | the member for Caerwen
@d Castleford Systems | -
The boss of the IT company behind the collapsed benefits payment system told MPs on Thursday that his firm had been given “⟦p:b|an impossible specification and an impossible deadline⟧”, provoking a furious response from members of the public accounts committee.
Raymond Okwuosa, chief executive of Castleford Systems, said the department had changed its requirements “⟦p:b|more than 400 times⟧” during the three-year contract.
“⟦d:b|We raised concerns in writing on at least eleven occasions. I have the letters here, and I'm happy to share them with the committee,⟧” he said.
The committee chair, Dame Charlotte Ng, was unimpressed. “⟦d:a|Mr Okwuosa, your company was paid £740m. For that money, I think the public were entitled to expect a system that could pay people on time.⟧”
Ioan Pritchard, the member for Caerwen, asked about bonuses. “⟦d:c|Did you personally receive a bonus in the year the system failed?⟧”
There was a long pause. “⟦d:b|I did receive a performance-related payment that year, yes.⟧”
“⟦d:c|Performance-related,⟧” Mr Pritchard repeated.
In a statement after the hearing, Castleford Systems said it “⟦p:d|remains committed to working with the department to put things right⟧”.

### 025
@a Rashid al-Mansouri | Qasrani Foreign Minister
@b Eleanor Fitzwilliam | presenter of Worldline
Qasrani Foreign Minister Rashid al-Mansouri has said his country is ``⟦p:a|ready to talk to anyone⟧'' about a ceasefire in the border region, but insisted his government would not negotiate with groups it regards as terrorist organisations.
Speaking to Eleanor Fitzwilliam, presenter of Worldline, from the capital, Mareb, Mr al-Mansouri said: ``⟦d:a|We have opened channels with the tribal councils, with the neighbouring states, with the regional council of states. What we will not do is sit at a table with people who are holding our citizens hostage.⟧''
Fitzwilliam put it to him that aid agencies had accused his forces of blocking food convoys. ``⟦d:b|Three agencies have said this publicly, minister. Are they all lying?⟧''
``⟦d:a|I'm not saying anyone is lying. I'm saying the roads are dangerous and we have a duty to protect the convoys as well as let them through,⟧'' he said.
``⟦d:b|Some convoys have waited at checkpoints for nine days.⟧''
``⟦d:a|And some have been attacked an hour after leaving the checkpoint. It is not simple, Eleanor.⟧''

### 026
@a Yevgenia Marchuk | a former regional governor
@b Rolf Eikeland | Her defeated rival
@c Anita Sandhu | the party's returning officer
DRAVENSBURG, June 8 (Meridian) - Yevgenia Marchuk was elected leader of the Liberal Union on Saturday, winning 58 percent of the members' vote and becoming the first woman to lead the country's oldest party.
“⟦d:c|I hereby declare that Yevgenia Marchuk is elected leader of the Liberal Union,⟧” the party's returning officer, Anita Sandhu, announced to cheers in a conference hall in Dravensburg.
Marchuk, 44, a former regional governor, promised to “⟦p:a|unite the party and then the country⟧”.
“⟦d:a|To those who didn't vote for me: I heard you, and I need you. There is no faction in this party I intend to leave outside the door,⟧” she said in her acceptance speech.
Her defeated rival, Rolf Eikeland, congratulated her but warned that the party's problems “⟦p:b|did not end tonight⟧”.
“⟦d:b|Yevgenia has my full support. She also has a very full in-tray,⟧” he told reporters.

### 027
@a Morag Henderson-Ince | The First Minister
@b Eilidh Forsyth | leader of the Civic Alliance group
@c Alexander Ferguson-Baird | the Presiding Officer
@d Karamjit Gill | the Green member for Skerrow and the Outer Sounds
The First Minister, Morag Henderson-Ince, was forced to defend her government's record on ferries for the third week running at First Minister's Questions, as opposition parties seized on a leaked report suggesting two new vessels would not enter service until 2028.
Eilidh Forsyth, leader of the Civic Alliance group, held up a copy. "⟦d:b|The First Minister told this chamber in January that the ships would sail next year. Did she know then what was in this report?⟧"
"⟦d:a|I did not, and I have asked for an explanation of why ministers were not told,⟧" Ms Henderson-Ince replied.
"⟦d:b|Then who is running this project? Because it isn't her.⟧"
Amid shouting from the government benches, the Presiding Officer, Alexander Ferguson-Baird, called for quiet. "⟦d:c|Members, I'd like to hear the First Minister, and I suspect the islanders watching would too.⟧"
Ms Henderson-Ince said the delays were "⟦p:a|unacceptable⟧" and that she was "⟦p:a|as angry as anybody⟧" about them.
Karamjit Gill, the Green member for Skerrow and the Outer Sounds, said: "⟦d:d|Islanders have cancelled hospital appointments, funerals, weddings. What does the First Minister say to them?⟧"
"⟦d:a|I say I'm sorry, and I say I will not stop until those ships are in the water.⟧"

### 028
@a Rebecca Oyinlola | cabinet member for highways
@b Brian Stott | a farmer from Nether Copley
@c Westshire County Council | -
@d Priscilla Yeo | Liberal group leader
A petition signed by more than 6,000 people demanding urgent repairs to rural roads was handed in at County Hall on Wednesday as councillors debated the authority's highways budget.
Petition organiser Brian Stott, a farmer from Nether Copley, told the meeting: “⟦d:b|I've lost two tyres and a wing mirror this winter, and I drive a tractor. God help anyone in a hatchback.⟧”
Mr Stott's campaign, which he has dubbed “⟦s:-|Crater County⟧”, began with a post on a village noticeboard in January.
Cllr Rebecca Oyinlola, cabinet member for highways, said the council had filled 38,000 potholes in the last twelve months. “⟦d:a|We are repairing roads faster than at any time in the last decade. The problem is that they are breaking faster too,⟧” she said.
Liberal group leader Priscilla Yeo said that figure was “⟦p:d|a measure of failure, not success⟧”. “⟦d:d|If you're filling 38,000 holes a year, you're not fixing roads, you're patching them and waiting for them to break again,⟧” she said.
In a statement after the meeting, Westshire County Council said it would “⟦p:c|carefully consider⟧” the petition and respond within 28 days.

### 029
@a Gerhard Molnár | Deputy Prime Minister
@b Sunita Rao | Host
@c Phil | one caller
Deputy Prime Minister Gerhard Molnár was confronted by angry farmers during a live phone-in on Radio Westvale on Tuesday, with one caller accusing the government of "⟦p:c|killing the family farm⟧".
"⟦d:c|My father farmed that land, and his father before him. I'll be the one who sells it, and it'll be your fault,⟧" said the caller, who gave his name only as Phil.
"⟦d:a|Phil, I hear you, and I know how hard this year has been,⟧" Mr Molnár said. "⟦d:a|But the inheritance changes affect fewer than one in five farms. Most family farms won't pay a penny more.⟧"
Host Sunita Rao interrupted. "⟦d:b|But Phil's farm might be one of the one in five. What do you say to him?⟧"
"⟦d:a|I'd say sit down with an adviser before you assume the worst.⟧"
"⟦d:c|I've sat down with three advisers. They all say the same thing,⟧" Phil replied.

### 030
@a Tomás Echeverría | Arrubia's foreign minister
@b Dilnoza Yusupova | his Karvastani counterpart
@c Free Press Watch | The campaign group
Arrubia's foreign minister, Tomás Echeverría, on Thursday defended the detention of a foreign journalist, saying she had been arrested “⟦p:a|for what she did, not for what she wrote⟧”.
“⟦d:a|Journalists are welcome in Arrubia,⟧” Echeverría said at a news conference alongside his Karvastani counterpart, Dilnoza Yusupova. “⟦d:a|What is not welcome is entering a military zone without a permit, which is a crime here as it is in every country represented in this room.⟧”
The 62-year-old, a former ambassador to Karvastan, was asked whether the journalist had been given access to a lawyer. “⟦d:a|She has, and she has seen her consular officials twice,⟧” he said.
Yusupova, whose government is negotiating a trade agreement with Arrubia, declined to comment on the case. “⟦d:b|I am here to talk about trade. I'm sure my colleague can answer for his own government,⟧” she said.
The campaign group Free Press Watch said the arrest was “⟦p:c|a transparent attempt to intimidate foreign media ahead of the elections⟧”. “⟦d:c|No journalist should be jailed for doing their job. She must be released today,⟧” the group said in a statement.

### 031
@a Marcus Delgado-Whitfield | a Progressive from Tolvania
@b Katherine Obuya | Brightwater Pharma chief executive
@c Lorraine Beckwith | the committee's top Federalist
PORT ALDER, April 22 (Meridian) - The head of Brightwater Pharma faced a barrage of hostile questions from senators of both parties on Tuesday over the price of its diabetes drug, which has risen 340 percent in five years.
"⟦d:a|You charge patients in this country nine times what you charge patients across the border for the exact same pen. Explain that to me,⟧" said Sen. Marcus Delgado-Whitfield, a Progressive from Tolvania.
Brightwater Pharma chief executive Katherine Obuya said list prices did not reflect what most patients paid. "⟦d:b|The majority of insured patients pay thirty-five dollars or less a month,⟧" she said.
"⟦d:a|And the uninsured?⟧" Delgado-Whitfield asked.
"⟦d:b|We have a patient assistance program that—⟧"
"⟦d:a|I didn't ask about a program. I asked what they pay.⟧"
Sen. Lorraine Beckwith, the committee's top Federalist, said that while she opposed price controls, the company's conduct was "⟦p:c|indefensible⟧". "⟦d:c|I've defended this industry in this room for twelve years. I'm finding it harder every year,⟧" she said.

### 032
@a Harriet Castellanos | the education secretary
@b - | One head teacher
The following is an edited transcript of an interview between the Sentinel's political editor, Joseph Mwangi, and the education secretary, Harriet Castellanos, recorded on Monday.
Q: You said in January that the teachers' pay offer was "⟦p:a|fair and final⟧". It has now been increased twice. Was it fair, or was it final?
A: It was fair at the time. Circumstances changed - inflation changed - and a good government responds to that.
Q: One head teacher wrote to us this week. She said: "⟦d:b|I have three vacancies in maths and not one applicant. Nobody in government seems to understand that.⟧" What would you say to her?
A: I'd say I do understand it, and that's exactly why we've introduced the retention bonus.
Q: Is it working?
A: It's early days. People talk about a "⟦s:-|recruitment crisis⟧" as if it started last year. It didn't. It's been building for a decade, and it will take more than one pay round to fix.

### 033
@a Ruairí Donnelly | Labour Federation leader
@b - | a man in the balcony
@c Sharon Pike | Delegate
LABOUR Federation leader Ruairí Donnelly's big conference speech was hijacked last night when a man in the balcony unfurled a banner reading "⟦s:-|DONNELLY = SELL-OUT⟧" and began shouting.
"⟦d:b|You've betrayed the workers! You've betrayed all of us!⟧" the man yelled as security staff hauled him out of the hall in Bramport.
Donnelly, 56, quipped: "⟦d:a|I see the Renewal Party have sent an observer.⟧" The joke brought the house down.
But he went on: "⟦d:a|Seriously, friends - that man has a right to be angry. Millions of people do. Our job is to give that anger somewhere to go other than a balcony.⟧"
Delegate Sharon Pike, 52, from Corbury, said: "⟦d:c|He handled it brilliantly. That's the Ruairí we've been waiting for.⟧"

### 034
@a Owain Trevelyan | The environment secretary
@b Adaeze Nwachukwu | the prime minister
@c - | One ally of Mr Trevelyan
The environment secretary, Owain Trevelyan, resigned from the cabinet on Sunday night over the government's decision to approve a new coal mine in the Carrow valley.
In a letter to the prime minister, Adaeze Nwachukwu, he wrote: “⟦d:a|I cannot in good conscience stand at the despatch box and defend a decision that I believe to be wrong, and that I argued against at every stage.⟧”
“⟦d:a|I came into politics to leave the country in a better state for my children than the one I inherited. This decision makes that harder, not easier.⟧”
In her reply, Ms Nwachukwu thanked him for his “⟦p:b|dedication and principle⟧” but said the mine was “⟦p:b|vital to our energy security in a dangerous world⟧”.
“⟦d:b|I am sorry that we could not agree on this, and I know that you will continue to serve your constituents with the passion they have come to expect,⟧” she wrote.
One ally of Mr Trevelyan said the resignation had been “⟦p:c|weeks in the making⟧”. “⟦d:c|He told them in June he'd go if it was approved. Nobody believed him. Well, now they do,⟧” the ally said.

### 035
@a Gillian Marsh | Returning officer
@b Priyanka Deshmukh | a 31-year-old primary school teacher
@c Harold Brightwell-Ames | The former defence minister
The former defence minister Harold Brightwell-Ames lost his seat in the early hours of Friday to Priyanka Deshmukh, a 31-year-old primary school teacher, in one of the biggest upsets of the night.
Returning officer Gillian Marsh read out the result at 3.40am at the Ellesmere Leisure Centre. "⟦d:a|Deshmukh, Priyanka, Labour Federation: 22,914,⟧" she announced, and the rest of her announcement was lost in the cheering.
Supporters chanted "⟦s:-|Priyanka! Priyanka!⟧" as the new MP took the microphone.
"⟦d:b|Eighteen months ago I'd never delivered a leaflet. Tonight the people of Ellesmere and Wrenfield have sent a message, and I promise them I've heard it,⟧" she said.
Brightwell-Ames, who had held the seat for 23 years, was gracious in defeat. "⟦d:c|The voters are never wrong. Sometimes they're unkind, but they're never wrong,⟧" he said, before leaving without taking questions.

### 036
@a Amara Nwosu | the 17-year-old
@b Peter Halvorsen | cabinet member for education
@c - | One parent
A sixth-former delivered an impassioned plea to councillors on Tuesday evening to save her village school, as Granthorpe District Council met to consider closing three rural primaries.
Amara Nwosu spoke for the full three minutes allowed to members of the public. “⟦d:a|I went to Little Ebbing primary. There were nine of us in my year. Every single teacher knew my name, and my mum's name, and my dog's name,⟧” the 17-year-old said.
“⟦d:a|You're going to put five-year-olds on a bus for forty minutes each way and call it progress.⟧”
She received a standing ovation from the public gallery.
Cllr Peter Halvorsen, cabinet member for education, said he was “⟦p:b|genuinely moved⟧” but that the numbers did not add up. “⟦d:b|Little Ebbing has 31 pupils and space for 90. Every empty place costs money that could be spent on children elsewhere in the district,⟧” he said.
One parent, who asked not to be named because she works for the council, said outside the chamber: “⟦d:c|They decided this months ago. Tonight was theatre.⟧”
A final decision will be taken in March.

### 037
@a Valentina Okafor-Reyes | Governor
@b Luis Amaral | Her press secretary
@c - | A woman in a red fleece near the front
It is the fourth town hall of the day and Governor Valentina Okafor-Reyes has lost her voice. She speaks in a kind of rasp, leaning into the microphone at the Veterans Hall in Carver Falls.
"⟦d:a:m|I know what they say about me in the capital. They say I'm too progressive for the primary and too cautious for the base, which is quite a trick if you think about it.⟧
"⟦d:a|Here's what I'd say back. I balanced eight budgets in a state that had been broke for twenty years. I did it with a legislature that hated me. Ask them. They'll still tell you.⟧"
A woman in a red fleece near the front shouted: "⟦d:c|We love you, Val!⟧"
"⟦d:a|I love you too, and I'll need you in March,⟧" the governor said.
Her press secretary, Luis Amaral, had been trying to wind things up for ten minutes. "⟦d:b|She does this every time. She can't leave a room while someone still has their hand up,⟧" he said, watching from the side of the stage. "⟦d:b|It's great for the voters. It's terrible for the schedule.⟧"

### 038
@a Bashir Rahimi | The immigration minister
@b Callum Ferreira | the opposition's home affairs spokesman
@c Yasmin Halloway | The programme's presenter
Two of the country's most combative politicians clashed live on air on Sunday over the government's plan to process asylum claims offshore, with the presenter at one point threatening to cut both their microphones.
The immigration minister, Bashir Rahimi, told TV4's “⟦s:-|The Week Ahead⟧” that the scheme would be operating “⟦p:a|within months⟧”.
“⟦d:a|We said we would break the smugglers' business model and we will. Every country that has done this has seen arrivals fall,⟧” he said.
Callum Ferreira, the opposition's home affairs spokesman, cut in. “⟦d:b|Name one. Name one country.⟧”
“⟦d:a|If you'd let me finish a sentence—⟧”
“⟦d:b|You've had four years to finish a sentence.⟧”
The programme's presenter, Yasmin Halloway, intervened. “⟦d:c|Gentlemen, if you both talk at once nobody at home can hear either of you. Minister, answer the question, and then Mr Ferreira can respond.⟧”
Mr Rahimi said arrangements with two countries were “⟦p:a|at an advanced stage⟧” but declined to name them.
“⟦d:b|So that's a no,⟧” Mr Ferreira said.

### 039
@a - | three diplomats with knowledge of the proposal
@b Dalvarian Foreign Ministry | -
@c Anton Vesely | Dalvaria's ambassador to the Council
@d - | one of the diplomats
AVERNE, Nov 30 (Meridian) - Dalvaria has privately proposed a phased withdrawal of its troops from the disputed Selvan corridor in exchange for the lifting of sanctions on its banking sector, according to three diplomats with knowledge of the proposal.
The offer, made at a closed meeting of the Continental Security Council last week, would see Dalvarian forces pull back “⟦p:a|in stages over eighteen months⟧”, the diplomats said.
“⟦d:d|It's the first time they've put anything concrete on the table. Whether they mean it is another question,⟧” one of the diplomats said, speaking on condition of anonymity because the discussions were confidential.
The Dalvarian Foreign Ministry said in a statement that it did not “⟦p:b|comment on confidential diplomatic exchanges⟧” but remained “⟦p:b|committed to a negotiated settlement⟧”.
Dalvaria's ambassador to the Council, Anton Vesely, declined to confirm the details when approached by reporters outside the chamber. “⟦d:c|I've read a lot of stories this week. Some of them are even partly true,⟧” he said.

### 040
@a Philippa Quayle-Morgan | The leader of the House
@b Everton Clarke-Hutchinson | the Speaker
@c - | one veteran MP
It was billed as a "⟦s:-|meaningful vote⟧". It turned out to be meaningful mainly to the bar staff, who did a roaring trade while MPs wandered the lobbies for an hour and a half trying to work out which of the government's four amendments they were supposed to be supporting.
The leader of the House, Philippa Quayle-Morgan, had promised on Thursday that the procedure would be "⟦p:a|straightforward and transparent⟧". By 9pm it was neither.
"⟦d:b|The ayes to the right, 301. The noes to the left, 301,⟧" announced the Speaker, Everton Clarke-Hutchinson, to what can only be described as a collective gasp.
He then did what Speakers are supposed to do and voted with the government to allow further debate. "⟦d:b|The numbers being equal, I cast my vote with the ayes, in accordance with precedent, and not because I have the faintest idea what is going on,⟧" he said - or words very close to that.
"⟦d:c|I've been here twenty-six years and I've never seen anything like it,⟧" said one veteran MP, who admitted to having voted the wrong way twice, "⟦p:c|once by accident and once on purpose⟧".
Ms Quayle-Morgan later described the evening as a "⟦p:a|triumph of democracy⟧". Few in the tea room agreed.

### 041
@a Craig Lumsden | Transport minister
@b Fenella Dacre-Wilson | special adviser
@c - | A department spokesman
@d Sally Brewer | Labour Federation transport spokeswoman
EXPLOSIVE messages leaked to the Clarion reveal Transport minister Craig Lumsden joking about "⟦p:a|parking the problem until after the election⟧" as rail fares soared.
In one exchange, sent at 11.42pm, special adviser Fenella Dacre-Wilson warned: "⟦d:b|Fares row is going to blow up next week. We need a line.⟧"
Lumsden replied: "⟦d:a|Line is: it's the operators' fault. Always is.⟧"
Minutes later he added: "⟦d:a|Honestly, nobody who matters takes the train anyway.⟧"
A department spokesman said last night: "⟦d:c|These messages have been taken out of context. The minister is a regular rail user and has always been clear that fares are too high.⟧"
Labour Federation transport spokeswoman Sally Brewer fumed: "⟦d:d|'Nobody who matters.' That says it all. Commuters who pay £5,000 a year for a season ticket will remember that.⟧"

### 042
@a Tunde Bakare-Lewis | Mayor
@b Agnieszka Nowak | Civic Alliance assembly member
@c Fraser Quinn | the assembly chair
Mayor Tunde Bakare-Lewis faced accusations of "⟦p:b|smoke and mirrors⟧" over his policing budget at Thursday's Mayor's Question Time in Calderport.
Civic Alliance assembly member Agnieszka Nowak said the mayor's promise of 1,000 extra officers had been met "⟦p:b|on paper only⟧". "⟦d:b|You've counted officers who've been moved from one department to another. That's not new police, Mr Mayor, that's new desks,⟧" she said.
"⟦d:a|Every one of those officers is on the street, and I'd invite Ms Nowak to come out on patrol with them any night she likes,⟧" Mr Bakare-Lewis replied.
"⟦d:b|I'll take you up on that.⟧"
"⟦d:a|Bring a coat.⟧"
The exchange drew laughter, but the assembly chair, Fraser Quinn, reminded members that time was short. "⟦d:c|We have eleven more questions and forty minutes. I'd be grateful for shorter answers, Mr Mayor - and shorter questions.⟧"

### 043
@a Kofi Mensah-Danquah | the minister for digital affairs
@b - | A government spokeswoman
@c Bettina Krall | leader of the opposition Free Democrats
TORSBURG, Sept 2 (Meridian) - Kofi Mensah-Danquah, the minister for digital affairs, resigned on Monday after a newspaper reported that a company owned by his brother had won a state contract worth 14 million crowns without a tender.
“⟦d:a|I have done nothing wrong, but I will not allow my family's affairs to become a distraction from the government's work,⟧” Mensah-Danquah wrote on social media.
“⟦d:a|I have asked the ethics commissioner to review the contract in full and I will cooperate completely.⟧”
A government spokeswoman said the prime minister had accepted the resignation “⟦p:b|with regret⟧”.
Bettina Krall, leader of the opposition Free Democrats, said the resignation was “⟦p:c|the beginning, not the end⟧” of the affair. “⟦d:c|Who approved this contract? Who knew? The prime minister needs to answer these questions in parliament this week,⟧” she told reporters.

### 044
@a Sam Okonkwo-Price | the council's cabinet member for climate
@b Dennis Farrow | a hardware shop owner on Marsh Road
@c Marsh Road Traders' Association | -
Councillors in Harbridge voted on Wednesday to make a controversial low-traffic scheme permanent, despite a petition signed by 4,000 residents and a stormy meeting in which the chair twice threatened to clear the public gallery.
Cllr Sam Okonkwo-Price, the council's cabinet member for climate, said air pollution around three local schools had fallen by a fifth since the trial began. “⟦d:a|I'm not going to apologise for children breathing cleaner air,⟧” they said. “⟦d:a|I understand that change is hard. But the evidence here is not close.⟧”
Dennis Farrow, a hardware shop owner on Marsh Road, said his takings had fallen by a third. “⟦d:b|Cleaner air's lovely. I can't pay my rent with it,⟧” he told the meeting, to loud applause.
As Cllr Okonkwo-Price rose to reply, a voice from the gallery shouted “⟦d:-|Liar!⟧”, prompting the chair's second warning.
The Marsh Road Traders' Association said in a statement afterwards that it was “⟦p:c|considering all options, including a legal challenge⟧”.

### 045
@a Marguerite Abiodun | the strategist who ran the Yes campaign
@b Desmond Kilbride | the former premier
Marguerite Abiodun, the strategist who ran the Yes campaign, keeps a framed front page above her desk. It is from the morning after the referendum, and the headline is a single word: ``⟦s:-|NO⟧''.
``⟦d:a|I look at it every day. It keeps me humble, and humility is not my natural state,⟧'' she says.
Abiodun, 49, has worked for three party leaders and, by her own account, fallen out with all of them. ``⟦d:a|You're paid to tell them what they don't want to hear. If they still like you at the end, you weren't doing the job.⟧''
Desmond Kilbride, the former premier, for whom she worked for almost a decade, remembers her as ``⟦p:b|the most frightening person in any room, including me⟧''.
``⟦d:b|She once told me in front of the whole cabinet that my speech was boring. It was. I rewrote it. We won that election,⟧'' Kilbride says.
Asked what she got wrong in the referendum, Abiodun is silent for a while.
``⟦d:a:m|We thought it was about the economy. It was about dignity. People wanted to be asked what they thought, not told what was good for them.⟧
``⟦d:a|So we told them. We told them beautifully, with graphs. And they told us where to go.⟧''

### 046
@a Isobel Gunn | chair of the community council
@b Lachlan Mackinnon | project manager for Ardcraig Renewables
@c Morven Sinclair | a crofter at Rhuvaig
@d Ardcraig Renewables | -
A packed meeting of Achnavar Community Council voted overwhelmingly on Tuesday to object to a 32-turbine wind farm planned for the hills above the village, after a two-hour session in which the developer's representative was repeatedly heckled.
"⟦d:c|They tell us it's for the planet. It's for their shareholders, and we get to look at it,⟧" said Morven Sinclair, a crofter at Rhuvaig, whose land borders the site.
Lachlan Mackinnon, project manager for Ardcraig Renewables, said the scheme would pay "⟦p:b|hundreds of thousands of pounds a year⟧" into a community benefit fund. "⟦d:b|We've listened, and we've reduced the height of the turbines nearest the village. We'll keep listening,⟧" he said.
"⟦d:-|You've not listened to a word!⟧" someone shouted from the back of the hall.
"⟦d:a|I've chaired this council for eleven years and I've never seen a turnout like it. People feel they're being done to, not asked,⟧" said Isobel Gunn, chair of the community council.
Ardcraig Renewables said in a statement that it "⟦p:d|respects the views of the community council⟧" and would submit its planning application in the spring.

### 047
@a Olamide Fashola | Foreign Secretary
@b - | one reporter
@c - | another journalist
Foreign Secretary Olamide Fashola arrived at the Brennholt summit this morning saying she was "⟦p:a|cautiously hopeful⟧" of a deal on prisoner exchanges, but refused to be drawn on reports that talks had broken down overnight.
Speaking to reporters on the steps of the conference centre, she said: "⟦d:a|I've just landed. I'm going to go in, I'm going to listen, and I'll talk to you on the way out.⟧"
"⟦d:b|Foreign Secretary, have the talks collapsed?⟧" one reporter shouted.
"⟦d:a|No.⟧"
"⟦d:c|Will you meet the Dalvarian delegation today?⟧" called another journalist.
"⟦d:a|I meet a lot of delegations. Thank you, everyone,⟧" she said, disappearing through the doors.

### 048
@a Jonathan Achebe | the chancellor
@b - | One economist at a Harcastle investment bank
@c Institute for Public Finance | an independent think-tank
Every government needs a word. For this one the word is “⟦s:-|growth⟧”, and the chancellor, Jonathan Achebe, used it 31 times in Wednesday's budget speech, by one count.
“⟦d:a|Growth is not a slogan. It is the only way to pay for the things people care about,⟧” he told MPs, in a line plainly written to be clipped for the evening news.
The trouble is that the forecasts published alongside the speech contain, well, not much of it. The Institute for Public Finance, an independent think-tank, said the measures would add “⟦p:c|barely a rounding error⟧” to output over five years. “⟦d:c|The chancellor has announced a great many strategies and very few policies,⟧” the institute said.
One economist at a Harcastle investment bank was blunter still. “⟦d:b|It's a budget for the headline, not for the economy. There's nothing in here a business would change its plans for,⟧” she said.
Mr Achebe's allies insist that his “⟦s:-|mission-led⟧” approach will take time to show results. Time is the one thing a government eleven points behind in the polls does not have.

### 049
@a Leopold Hartigan | Prime Minister
@b - | an aide
@c Gloria Mbatha | a retired nurse
Prime Minister Leopold Hartigan was caught on a live microphone calling a voter "⟦p:a|a bit of a nightmare⟧" moments after a tense exchange about nurses' pay on the campaign trail in Holmbridge.
Gloria Mbatha, 68, a retired nurse, had stopped the prime minister outside a bakery to tell him: "⟦d:c|I worked forty years on a ward and I've never seen it like this. The young ones are crying in the toilets at the end of their shifts.⟧"
Mr Hartigan told her: "⟦d:a|I hear you, Gloria, and that's exactly why we've put more money in than ever before.⟧"
But as he climbed into his car, still wearing a broadcaster's microphone, he was heard to say to an aide: "⟦d:a|Well, she was a bit of a nightmare. Who put her there?⟧"
"⟦d:b|She was just in the queue, boss,⟧" the aide replied.
Told of the remarks, Mrs Mbatha said: "⟦d:c|A nightmare? I've been called worse by better. But I'd like him to come back and say it to my face.⟧"

### 050
@a Wen Liqing | Kaiyang's foreign minister
@b Hanna Virtanen | His Aurlandic counterpart
TAMMERVIK, Jan 15 (Meridian) - Kaiyang's foreign minister, Wen Liqing, said on Wednesday his country would “⟦p:a|never accept⟧” foreign naval patrols in the Strait of Aurel, in unusually sharp remarks during a visit to Aurland.
“⟦d:a|The strait is not a playground for outside powers. Those who send ships there should think carefully about what they want to achieve,⟧” Wen said through an interpreter at a joint news conference.
His Aurlandic counterpart, Hanna Virtanen, said the patrols were “⟦p:b|routine, lawful and in no way directed at any country⟧”.
“⟦d:b|We have our differences on this, and we have discussed them frankly. That is what foreign ministers are for,⟧” she said.
Asked whether the dispute would affect a planned trade agreement, Wen said: “⟦d:a|Trade and security are separate matters. But relations between two countries are one relationship, not two.⟧”

### 051
@a Nigel Amponsah | the police and crime commissioner
@b Helen Fairclough | Panel chair
@c Rashida Begum-Taylor | a Liberal member of the panel
"⟦d:a|I am not going to stand here and pretend that every call is answered on time. It isn't. But it's better than it was,⟧" the police and crime commissioner, Nigel Amponsah, told a meeting of the Eastmoor police and crime panel on Friday.
Mr Amponsah had been summoned to explain figures showing that one in four emergency calls took more than ten seconds to answer last year.
Panel chair Helen Fairclough asked him whether he had confidence in the force's control room. "⟦d:b|Yes or no, commissioner?⟧"
"⟦d:a|Yes. With caveats.⟧"
"⟦d:b|What are the caveats?⟧"
"⟦d:a|Staffing, mainly. We're forty call handlers short.⟧"
Rashida Begum-Taylor, a Liberal member of the panel, said residents in her ward had waited "⟦p:c|up to half an hour⟧" on the non-emergency number. "⟦d:c|People have given up ringing. That's not a statistic you'll find in your report,⟧" she said.

### 052
@a Ifeoma Chukwu | The moderator
@b Rupert Ashcombe | the former chancellor
@c Deepa Raman | the health secretary
@d Mikael Strand | the little-known backbencher who entered the race last week
The three candidates to succeed the outgoing prime minister clashed over tax, immigration and, at one point, a disputed parking space, in the first televised debate of the leadership contest on Tuesday night.
The moderator, Ifeoma Chukwu, opened by asking each candidate to name one thing the government had got wrong. “⟦d:a|One thing, please. I appreciate it's a difficult choice,⟧” she said, to laughter from the studio audience.
Rupert Ashcombe, the former chancellor, chose the so-called “⟦s:-|emergency budget⟧” of two years ago. “⟦d:b|I was in the room, I argued against it, and I lost. I won't lose that argument again,⟧” he said.
Deepa Raman, the health secretary, said the government had “⟦p:c|talked too much and delivered too little⟧” on social care.
Mikael Strand, the little-known backbencher who entered the race last week, said simply: “⟦d:d|Everything. Next question.⟧”
The sharpest exchange came when Ms Raman accused Mr Ashcombe of briefing against her. “⟦d:c|Your team has been telling journalists I'm not up to the job. Say it to my face, Rupert.⟧”
“⟦d:b|I have never briefed against a colleague in my life,⟧” Mr Ashcombe replied.
“⟦d:d|That's not what your parking space said,⟧” Mr Strand interjected, in a reference that appeared to baffle both his rivals and most of the audience.

### 053
@a Aiko Matsumura-Grant | presenter
@b Clive Oduya | Schools minister
Schools minister Clive Oduya has denied that the government performed a ``⟦s:-|U-turn⟧'' on free school meals, despite reversing a policy it defended in parliament only last week.
Speaking on Radio Fenmoor's breakfast show, he told presenter Aiko Matsumura-Grant: ``⟦d:b|We've listened to parents, to teachers, to head teachers, and we've adapted. That's what good government does.⟧''
``⟦d:a|Last Tuesday you told MPs the policy was fully funded and wouldn't change. What happened between Tuesday and today?⟧'' she asked.
``⟦d:b|We looked again at the evidence.⟧''
``⟦d:a|Or you looked at the polls?⟧''
``⟦d:b|I don't accept that. I really don't,⟧'' Mr Oduya said. ``⟦d:b|And if the worst thing people can say about us is that we changed our minds to feed more children, I can live with that.⟧''

### 054
@a Tarnmouth Police | -
@b Zainab Koroma | one of the organisers
@c Erik Sandvold | Interior Minister
TARNMOUTH, July 9 (Meridian) - Thousands of people marched on parliament on Saturday to protest against a proposed law restricting demonstrations near government buildings, chanting "⟦s:-|Whose streets? Our streets!⟧" and carrying placards reading "⟦s:-|You can't ban dissent⟧".
"⟦d:b|The irony of marching against a ban on marching is not lost on anybody here,⟧" said Zainab Koroma, one of the organisers. "⟦d:b|If this law passes, today would be illegal.⟧"
Tarnmouth Police said the march had been "⟦p:a|largely peaceful⟧" and that four people had been arrested for public order offences.
Interior Minister Erik Sandvold, speaking to reporters earlier in the day, said the bill was "⟦p:c|about protecting people's right to get to work, not about silencing anyone⟧". "⟦d:c|You can protest all you like. You just can't block an ambulance while you do it,⟧" he said.

### 055
@a Tamsin Oyelaran-Burke | the new member for Halsey Moor
@b Godfrey Allingham | the Father of the House
@c - | One government whip
It is customary for a maiden speech to be gentle, uncontroversial and, ideally, forgettable. Tamsin Oyelaran-Burke, the new member for Halsey Moor, managed none of those things on Monday.
“⟦d:a|I was told to say something nice about my predecessor. I've thought about it for six weeks, and I'm still thinking,⟧” she began, to a mixture of laughter and sharp intakes of breath.
The 29-year-old, a former care worker, went on to describe the care home where she had worked as “⟦p:a|a place where good people are broken by bad systems⟧”.
“⟦d:a:m|I have held the hands of people dying alone because there was one carer for twenty residents and she was stuck in the laundry.⟧
“⟦d:a|I did not come here to be polite about that. I came here to change it.⟧”
Sir Godfrey Allingham, the Father of the House, who followed her, called it “⟦p:b|one of the finest maiden speeches I have heard in forty years, and certainly the least respectful⟧”.
“⟦d:b|I look forward to her being a thorn in the side of whoever is in government. Including, I suspect, her own,⟧” he added.
One government whip was overheard in the lobby afterwards: “⟦d:c|We'll have to keep an eye on that one.⟧”

### 056
@a Lakshmi Narayanan | Chief Minister
@b Suresh Venkatraman | Leader of the Opposition
@c P. Anbalagan | Speaker
The Vellanad Legislative Assembly witnessed uproarious scenes on Wednesday as Opposition members stormed the well of the House demanding a discussion on the drinking water crisis in the coastal districts, forcing Speaker P. Anbalagan to adjourn proceedings twice.
"⟦d:c|Please go back to your seats. The House cannot function like this,⟧" the Speaker said repeatedly as members raised slogans.
Leader of the Opposition Suresh Venkatraman said the government had "⟦p:b|abandoned⟧" the people of the coastal belt. "⟦d:b|For forty days, villages in three districts have been getting water once a week by tanker. And the Chief Minister says there is no crisis,⟧" he told mediapersons outside the Assembly.
Replying to a calling attention motion later in the day, Chief Minister Lakshmi Narayanan said Rs 420 crore had been sanctioned for new pipelines. "⟦d:a|The Opposition is doing politics with water. We are doing work,⟧" she said.
"⟦d:a|I invite the Leader of the Opposition to come with me to the coastal districts next week and see for himself.⟧"

### 057
@a Cressida Vane | Culture secretary
@b Horace Tillinghast | the veteran backbencher
@c - | One of her aides
@d - | a senior party official
Culture secretary Cressida Vane has been telling friends that her new department is "⟦p:a|the best job in government, apart from the budget, the building and the permanent secretary⟧". One of her aides put it more diplomatically: "⟦d:c|She's settling in.⟧"
Spotted in the members' tea room on Tuesday: the veteran backbencher Horace Tillinghast, holding forth on the state of the party. "⟦d:b|When I arrived, we had ideas and no money. Now we have money and no ideas. I'm not sure which was worse,⟧" he told anyone within earshot, which was most of the room.
The party's fundraising dinner next month has been quietly rebranded. It is no longer the "⟦s:-|Leader's Ball⟧" but a "⟦s:-|Summer Reception⟧". "⟦d:d|Balls are off-message during a cost-of-living crisis,⟧" a senior party official explained.

### 058
@a Gabriela Sotomayor | Valcárcel's president
@b Nnamdi Eze | Prime Minister
@c - | A coalition of highland communities
SANTA LUCÍA DEL MAR, Aug 27 (Meridian) - The leaders of Valcárcel and Obalende signed a long-delayed agreement on Thursday to cooperate on lithium processing, ending two years of negotiations that at one point collapsed over where the refineries would be built.
“⟦d:a|Hoy no firmamos un papel, firmamos una promesa⟧” (“⟦d:a|Today we are not signing a paper, we are signing a promise⟧”), Valcárcel's president, Gabriela Sotomayor, told reporters at the presidential palace.
Prime Minister Nnamdi Eze of Obalende said the deal would create “⟦p:b|tens of thousands of skilled jobs⟧” in both countries.
“⟦d:b|For too long, countries like ours dug things out of the ground and shipped them abroad for others to add the value. That ends today,⟧” he said.
Asked about environmental concerns raised by indigenous groups in Valcárcel's northern highlands, Sotomayor said: “⟦d:a|No project will go ahead without consultation. That is the law, and I wrote it.⟧”
A coalition of highland communities said in a statement that consultation had so far been “⟦p:c|a formality, not a conversation⟧”.

### 059
@a Gareth Pembury | Liberal candidate
@b Anita Chowdhury | the Civic Alliance candidate
@c Electoral Standards Board | -
A row has broken out in the Fenwick North by-election over a Liberal leaflet designed to look like a local newspaper.
The four-page publication, titled "⟦s:-|The Fenwick Examiner⟧", carries the headline "⟦s:-|Two-horse race: only Gareth can win here⟧" above a bar chart that critics say is misleading.
Anita Chowdhury, the Civic Alliance candidate, said residents had been "⟦p:b|deliberately deceived⟧". "⟦d:b|My own mother thought it was a real paper. She rang me to ask why they hadn't mentioned me,⟧" she said.
Liberal candidate Gareth Pembury said the leaflet was "⟦p:a|clearly marked⟧" as party literature. "⟦d:a|It says who printed it on the back, as the law requires. If the other parties spent less time complaining about our leaflets and more time delivering their own, they might be doing better,⟧" he said.
The Electoral Standards Board said it had received "⟦p:c|a number of complaints⟧" and was "⟦p:c|assessing them⟧".

### 060
@a Aurelio Bianchini | The summit's president
@b Fatoumata Keïta | the lead negotiator for the Savanna Group of nations
@c - | One northern delegate
@d - | An observer from the campaign group Tidewatch
The final plenary of the Lysander climate conference was suspended shortly after 2 a.m. on Sunday when a bloc of 40 developing countries refused to accept a draft text on climate finance.
Fatoumata Keïta, the lead negotiator for the Savanna Group of nations, said the text «⟦p:b|pays for the fire brigade after the house has burned down⟧». «⟦d:b|We were promised a fund for loss and damage. We have been given a fund for studies about loss and damage,⟧» she told reporters in the corridor outside the plenary hall.
The summit's president, Aurelio Bianchini, appealed for calm. «⟦d:a|We are very close. I ask every delegation to remember that no text is perfect, and that a world without a text is worse,⟧» he said.
One northern delegate, speaking on condition of anonymity, was less diplomatic. «⟦d:c|Everyone is exhausted. Some people are now negotiating with their pride rather than with their capitals,⟧» they said.
An observer from the campaign group Tidewatch said the collapse had been «⟦p:d|entirely predictable⟧». «⟦d:d|Rich countries came here with a chequebook and forgot to bring a pen,⟧» she said.
Talks were due to resume at 10 a.m.

### 061
@a Kasimir Dobrowolski | the defence secretary
@b Abena Ofori | Opposition leader
@c - | A spokesperson for the defence secretary
@d Moira Callister | Our deputy political editor
Live: Defence secretary under pressure over procurement leak - latest updates
10.02am: The defence secretary, Kasimir Dobrowolski, has arrived at the ministry and was asked by waiting reporters whether he would resign. "⟦d:a|No. Next question,⟧" he said, before walking inside.
10.15am: A spokesperson for the defence secretary has sent us this statement: "⟦d:c|The secretary of state did not see the contract documents before they were published and has ordered an immediate investigation into how they were obtained.⟧"
10.31am: Opposition leader Abena Ofori has been on her feet at a press conference in Thornmere. She called the leak "⟦p:b|a scandal inside a scandal⟧" and said: "⟦d:b|If he didn't see these documents, he should have. If he did, he should go. Either way, the public deserve better than 'next question'.⟧"
10.48am: Our deputy political editor, Moira Callister, writes that the mood among the defence secretary's colleagues has darkened over the last hour. "⟦d:d|Two ministers have told me privately that they expect him to be gone by the weekend. Neither would say so on the record, which tells its own story,⟧" she says.
11.05am: Mr Dobrowolski has just reappeared on the ministry steps. Asked again whether he had the prime minister's support, he said: "⟦d:a|I spoke to the prime minister this morning. I have her full support, and I am getting on with the job.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh108.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh108",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
