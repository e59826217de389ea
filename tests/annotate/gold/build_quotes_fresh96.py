# ruff: noqa: E501
"""Build ``quotes_fresh96.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with heckles and interventions from the
chair, select committee and inquiry hearings, broadcast and radio interviews in which
presenters press ministers, campaign trail reports and hustings, lobby briefings by
spokespeople, council meetings, leadership contests, leaks and unnamed sources, and
summits and foreign ministers' press conferences, written in the styles of wire
copy, broadsheets, tabloids, local papers, magazines and broadcasters' web pages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh96-NNN``.

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
  it: the appositive is the description. A title before the name alone
  (``Finance Minister …``, ``Presenter …``) is the description. Where a speaker is
  introduced without either and a definite description is used for them at a cue
  (``the 52-year-old``, ``the minister``), that description is taken.
* The chair of a sitting (a Speaker, deputy speaker, committee chair, mayor or
  moderator) is an ordinary speaker: named, with the role as description; unnamed
  (``the Speaker said``), a null speaker with the role as description.
* Heckles and interjections: by a named member, that member; by an unnamed but
  described person (``one opposition MP``, ``a woman at the back``), a null speaker
  with that description; by nobody identifiable (``cries of "Resign!" from the
  benches``), ``direct`` with speaker and description null. Slogans chanted in unison
  by a crowd are ``scare``.
* Quotes from a document: when its author (a person or an organisation) is named, that
  author is the speaker; when it is anonymous (``a leaked draft``, ``the briefing
  note``), the speaker is null and the phrase naming the document is the description.
* A journalist's question at a briefing or press conference belongs to the named
  journalist, else to a null speaker with the description given (``one reporter``).
  In a broadcast interview, the presenter's questions are the presenter's speech.
* A word or phrase that a speaker is reported as having used, quoted inside the
  reporter's sentence, is ``partial`` and belongs to that speaker even where the
  speaker is only named in a later sentence; a policy label or catchphrase quoted
  without anyone being said to utter it (``the "jobs guarantee"``) is ``scare``.
* A non-restrictive relative clause after a name or an appositive (``Adaeze Nwosu, the
  former health secretary, who leads …``; ``one villager, who did not want to be
  named``) is not part of the description; a restrictive one is (``a former adviser who
  worked in the prime minister's office until last year``).
* A person first introduced by a description alone (``A former procurement manager at
  the Defence Supply Agency has accused …``) and named only later keeps that
  description, unless an appositive or a title is given with the name.
* An organisation that speaks and is then referred to by a definite description at a
  cue (``the party said``, ``the commission said``) has that description; with a bare
  ``it said``, the description is null.
* Questions put by the writer (``we asked``) are ``direct`` with speaker and
  description null.
* A word repeated back by the next speaker (``"With hindsight," she repeated``) is a
  ``direct`` quote of the person repeating it.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python build_quotes_fresh96.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh96.jsonl")

PASSAGES = """
### 001
@a Tobias Wrenfield | the prime minister
@b Amara Okonkwo-Hale | the leader of the opposition
@c Margaret Ellery | the Speaker
@d - | one opposition MP
@e - | regional health chiefs
@f - | a spokesperson for the prime minister
CALDER HAVEN, March 4 (Meridian News) - Tobias Wrenfield, the prime minister, was accused on Wednesday of "⟦p:b|hiding behind a spreadsheet⟧" over hospital waiting lists as he faced a rowdy question time in parliament.
Amara Okonkwo-Hale, the leader of the opposition, told the chamber that 41,000 patients in the northern health region had waited more than a year for surgery. "⟦d:b|The prime minister likes to tell us the numbers are moving in the right direction,⟧" she said. "⟦d:b|Will he tell the House which direction that is, because the patients on those lists would very much like to know?⟧"
Wrenfield replied that waiting times had fallen for six consecutive months. "⟦d:a|She can shout all she likes. The facts are on this side of the House,⟧" he said, to cheers from his own benches.
"⟦d:d|Answer the question!⟧" shouted one opposition MP, prompting the Speaker, Margaret Ellery, to intervene.
"⟦d:c|Order. Order. The honourable member will have his turn, and I would gently remind him that he has not yet had it,⟧" Ellery said.
Okonkwo-Hale returned to the attack, quoting a leaked letter in which regional health chiefs described staffing levels as "⟦p:e|fragile to the point of failure⟧".
"⟦d:a|I have read that letter. I have also met those chiefs, which is more than she has done,⟧" Wrenfield shot back.
A spokesperson for the prime minister later said he "⟦p:f|stood by every word⟧" of his answers.

### 002
@a Rhiannon Pryce | Presenter
@b Kenji Matsuda | Finance Minister
@c - | a Treasury spokeswoman
Finance Minister Kenji Matsuda has refused to rule out raising fuel duty in next month's budget, in a combative interview on Radio Calloway's “⟦s:-|First Light⟧” programme.
Presenter Rhiannon Pryce asked him six times whether drivers would pay more at the pump.
“⟦d:a|It's a simple question, minister. Yes or no?⟧” she said.
“⟦d:b|It's a simple question with a complicated answer, and you know I'm not going to write the budget live on your programme,⟧” Mr Matsuda replied.
“⟦d:a|Nobody is asking you to write it. I'm asking whether you've already written it.⟧”
“⟦d:b|With respect, Rhiannon—⟧”
“⟦d:a|Your own backbenchers are saying it. Twenty-two of them signed a letter last week calling a rise ‘politically suicidal’.⟧”
Mr Matsuda said the letter had been “⟦p:b|noted⟧” and that he would “⟦p:b|listen to colleagues, as I always do⟧”.
Later in the interview, he insisted the government's “⟦s:-|fiscal rules⟧” were not up for negotiation.
“⟦d:b|The one thing I will not do is borrow to paper over the cracks. Families don't get to do that, and governments shouldn't either.⟧”
A Treasury spokeswoman said afterwards that the minister had been “⟦p:c|entirely consistent⟧”. “⟦d:c|We do not comment on speculation about individual tax measures ahead of a fiscal event,⟧” she said.

### 003
@a Fionnuala Breathnach | the chair of the public accounts committee
@b Ingrid Solvang | the permanent secretary at the Department for Rural Transport
@c Dominic Ashworth-Lane | a member of the committee
The most senior civil servant at the Department for Rural Transport was told by MPs on Monday that her department had “⟦p:a|lost control⟧” of the Hebden Spur rail link, whose cost has risen by £1.4bn in eighteen months.
Fionnuala Breathnach, the chair of the public accounts committee, opened the session by asking Ingrid Solvang, the permanent secretary at the Department for Rural Transport, when she had first known the budget would be breached.
“⟦d:b|The first formal warning reached my desk in the February,⟧” Solvang said. “⟦d:b|I want to be candid with the committee: there were informal signals before that, and with hindsight we should have acted on them.⟧”
“⟦d:a|With hindsight,⟧” Breathnach repeated. “⟦d:a|Ms Solvang, your own risk register rated this project amber-red for fourteen months. What exactly were you waiting for?⟧”
The permanent secretary said the register was “⟦p:b|a management tool, not a crystal ball⟧”, a remark that drew audible sighs around the committee room.
Dominic Ashworth-Lane, a member of the committee, pressed her on payments to consultants. “⟦d:c|Eleven million pounds to one firm to tell you what your own engineers had already told you. Do you accept that's poor value?⟧”
“⟦d:b|I accept it looks that way,⟧” she replied.
“⟦d:c|That's not what I asked.⟧”
“⟦d:b|Then yes, in part, I accept it.⟧”
Closing the session, Breathnach said the committee would publish its report before the summer recess. “⟦d:a|The department lost control of this project, and the taxpayer has picked up the bill. We will want to see who is held accountable.⟧”

### 004
@a - | the prime minister's official spokesman
@b Clemency Hart | political editor of the Northern Courier
@c - | another journalist
@d Ahmed Benhaddou | the transport secretary
The prime minister has "⟦p:a|full confidence⟧" in the transport secretary, Ahmed Benhaddou, the prime minister's official spokesman said on Thursday, amid mounting questions over a contract awarded to a company run by the minister's former business partner.
At the regular morning briefing for political journalists, the spokesman was asked more than a dozen times about the contract.
"⟦d:a|The prime minister has been clear. The proper processes were followed, and the transport secretary has the prime minister's full support,⟧" he said.
Clemency Hart, political editor of the Northern Courier, asked whether the prime minister had personally seen the paperwork. "⟦d:b|Has he read it, or has he been told it's fine?⟧"
"⟦d:a|I'm not going to get into who has read which document,⟧" the spokesman said. "⟦d:a|What I can tell you is that the permanent secretary has reviewed the process and is satisfied.⟧"
Asked whether that review would be published, he said: "⟦d:a|I'll come back to you on that.⟧"
"⟦d:c|You said that on Monday,⟧" another journalist pointed out.
"⟦d:a|And I'm saying it again,⟧" the spokesman replied, to laughter.
Benhaddou, who denies any wrongdoing, said in a statement on Wednesday night that he had "⟦p:d|declared every interest I have, fully and on time⟧" and would "⟦p:d|not be distracted by smears⟧".
"⟦d:d|I have nothing to hide and I look forward to getting on with the job,⟧" he said.

### 005
@a Priyanka Sethi | the Civic Party candidate
@b Gareth Pumphrey | the Workers' League candidate
@c Olumide Bankole | the Green Alliance candidate
@d - | a retired nurse from Dunmore Road
@e Hazel Trounson | vicar of St Aldhelm's
More than 200 people packed into St Aldhelm's church hall in Tresillian on Tuesday night for the only hustings of the Tresillian and Polgarrow by-election campaign — and the candidates were left in no doubt about what was on voters' minds.
Chairing the meeting, the Rev Hazel Trounson, vicar of St Aldhelm's, asked the audience to “⟦p:e|keep it civil, keep it short, and remember we only have the hall until half nine⟧”.
The first question, from a retired nurse from Dunmore Road, was about the closure of the minor injuries unit at Polgarrow community hospital. “⟦d:d|I worked there for 31 years. What will any of you actually do to reopen it?⟧” she asked.
Priyanka Sethi, the Civic Party candidate, said she would “⟦p:a|raise it in my first week, and every week after that⟧”. “⟦d:a|I'm not going to promise you I can reopen it on my own. Anyone who promises that is not being straight with you,⟧” she said.
That drew a sharp response from Gareth Pumphrey, the Workers' League candidate. “⟦d:b|I'll promise it. I'll promise it because it's what this town needs, and I'm sick of politicians who go up to the capital and come back with excuses.⟧”
Olumide Bankole, the Green Alliance candidate, said the unit had closed because of “⟦p:c|fifteen years of decisions made by people who never drove the Polgarrow road in February⟧”.
“⟦d:c|Get the ambulances sorted first,⟧” he said. “⟦d:c|Then talk to me about minor injuries.⟧”
The liveliest exchange came over housing, when Pumphrey accused Sethi of “⟦p:b|reading from a script written at head office⟧”.
“⟦d:a|I wrote every word of it at my kitchen table, Gareth, and you're welcome to come and check,⟧” she replied, to applause.
At 9.31pm, Trounson brought proceedings to a close. “⟦d:e|We've overrun, and I'm told the caretaker would like his hall back,⟧” she said.

### 006
@a Lars Engvik | opposition leader
@b Sharon Pettigrew | Forklift driver
@c - | a worker in a hi-vis jacket
@d - | one red-faced party aide
OPPOSITION leader Lars Engvik got more than he bargained for yesterday when a factory walkabout turned into a grilling from the shop floor.
The 52-year-old, touring the Brannock Biscuits plant in Kettleby, was barely through the door when a worker in a hi-vis jacket bellowed: "⟦d:c|Where were you when they shut the Hallam site?⟧"
Engvik, flanked by aides, tried to laugh it off. "⟦d:a|I was in opposition, mate, same as now,⟧" he said.
"⟦d:c|That's the problem!⟧" came the reply.
Forklift driver Sharon Pettigrew, 44, told the Daily Clarion she had voted for Engvik's party all her life but was "⟦p:b|on the fence⟧" this time.
"⟦d:b|He seems like a nice enough bloke. But nice doesn't pay the gas bill, does it?⟧" she said. "⟦d:b|I want to know what he's going to do, not how he feels.⟧"
Later, in a canteen crammed with cameras, Engvik set out what his aides have branded a "⟦s:-|jobs guarantee⟧" for every town that has lost a major employer.
"⟦d:a|Nobody in this country should lose their job and then lose their town along with it,⟧" he declared. "⟦d:a|That's what this is about. It's not complicated.⟧"
Asked by the Clarion whether the heckler had rattled him, he said: "⟦d:a|Rattled? No. He's angry, and he's got every right to be.⟧"
One red-faced party aide was less forgiving. "⟦d:d|Who let him on the tour?⟧" he was heard muttering.

### 007
@a Bernadette Quigley | chair of the planning committee
@b Tunde Adeyemi | the opposition group leader
@c Moira Galbraith | a retired teacher who lives on Ferry Brae
@d Kelso Homes | the developer
@e - | one councillor
Plans for 180 homes on the edge of Ardlochan were approved by a single vote on Thursday night after a heated three-hour meeting of Strathmore Council's planning committee.
Moira Galbraith, a retired teacher who lives on Ferry Brae, told councillors the development would “⟦p:c|swallow the last green field between us and the bypass⟧”.
“⟦d:c|We are not against houses. My own grandson can't find anywhere to live,⟧” she said. “⟦d:c|But there is one road in and one road out, and you are about to put four hundred more cars on it.⟧”
Councillor Tunde Adeyemi, the opposition group leader, moved to defer the decision until a traffic survey could be carried out. “⟦d:b|Why are we in such a hurry? The survey takes six weeks. The field has been there for six hundred years,⟧” he said.
But Bernadette Quigley, chair of the planning committee, said officers had already assessed the road as adequate. “⟦d:a|We cannot keep asking for more reports because we don't like the answer the first one gave us,⟧” she said.
When one councillor muttered “⟦d:e|shameful⟧” from the back row, Quigley responded: “⟦d:a|If members have something to say, they can say it into a microphone.⟧”
The motion to defer fell by six votes to seven, and the application was then approved by the same margin.
In a statement afterwards, Kelso Homes said it was “⟦p:d|delighted⟧” by the decision. “⟦d:d|We have listened carefully to residents throughout, and forty per cent of these homes will be affordable,⟧” the developer said.
Adeyemi said his group would ask for the decision to be called in. “⟦d:b|This isn't over,⟧” he said.

### 008
@a Rafael Domínguez Ortega | the former home secretary
@b Callum Fairweather | the business secretary
@c - | one senior MP backing Fairweather
@d Eleni Christodoulou | a former chief whip who is running Domínguez Ortega's campaign
@e - | a Fairweather campaign source
The contest to succeed Neville Harcourt as leader of the National Party turned personal on Sunday, as the two remaining candidates traded accusations over tax, loyalty and a decade-old vote on the border treaty.
Rafael Domínguez Ortega, the former home secretary, used a speech in Wexley to accuse his rival of "⟦p:a|discovering his convictions the week the polls moved⟧".
"⟦d:a|I have said the same thing about tax for fifteen years. Some people in this race have said three different things in fifteen days,⟧" he told supporters. "⟦d:a|Members are entitled to know which version they would be getting.⟧"
Callum Fairweather, the business secretary, hit back within hours. "⟦d:b|Rafael is a decent man and a good friend, but he is fighting the last election,⟧" he said on a visit to a logistics hub in Marrow Cross. "⟦d:b|I'm interested in winning the next one.⟧"
Fairweather also revived his rival's decision in 2014 to abstain on the border treaty. "⟦d:b|When the party needed him, where was he?⟧" he asked.
One senior MP backing Fairweather said privately that the Domínguez Ortega campaign was "⟦p:c|running on fumes and grievance⟧". "⟦d:c|They know they're behind with the members and they're lashing out,⟧" the MP said.
That was rejected by Eleni Christodoulou, a former chief whip who is running Domínguez Ortega's campaign. "⟦d:d|We have more nominations from local associations than any candidate in the history of this party. If that is running on fumes, I'd like to see a full tank,⟧" she said.
A Fairweather campaign source responded: "⟦d:e|Associations don't vote. Members do.⟧"
Ballot papers go out to the party's 164,000 members next week.

### 009
@a Sunniva Hallberg | a senior adviser in the chancellor's office
@b Finance Ministry | -
@c Deepak Raghunathan | the shadow chancellor
@d - | one Treasury official
A leaked memo written by one of the chancellor's closest advisers warns that the government's flagship childcare pledge is “⟦p:a|unfundable on current assumptions⟧” and could cost twice as much as ministers have publicly claimed.
The four-page document, dated 12 September and seen by the Sentinel, was written by Sunniva Hallberg, a senior adviser in the chancellor's office, and circulated to a small group of officials.
“⟦d:a|We should be honest with ourselves: the numbers in the manifesto were built to fit a headline, not a model,⟧” Hallberg writes. “⟦d:a|If take-up is anywhere near what the sector expects, we are looking at £4bn a year by the end of the parliament, not £2bn.⟧”
The memo goes on to describe the pledge as a “⟦p:a|hostage to fortune⟧” and recommends that ministers “⟦p:a|quietly rephase⟧” its rollout over six years rather than three.
In a statement, the Finance Ministry said it did not comment on leaks. “⟦d:b|The childcare guarantee is fully funded and will be delivered in full, as promised,⟧” it said.
Deepak Raghunathan, the shadow chancellor, said the memo showed ministers had “⟦p:c|known all along⟧” that the figures did not add up.
“⟦d:c|This is the chancellor's own adviser, in black and white, saying the sums were made up to fit a headline,⟧” he said. “⟦d:c|Parents planning to go back to work next year deserve to know whether the promise they were given is real.⟧”
One Treasury official, speaking on condition of anonymity, said the memo had been “⟦p:d|one of several options papers⟧” and did not reflect government policy. “⟦d:d|Advisers are paid to think the unthinkable. That's the job,⟧” the official said.

### 010
@a Amélie Roussel-Daguerre | the foreign minister of Vellaune
@b Tariq Al-Mansouri | foreign minister of Qarath
@c - | one reporter from a Vellaunese news agency
The foreign ministers of Vellaune and Qarath pledged on Friday to reopen the Saint-Réol border crossing within a month, ending an eight-month closure that has stranded hundreds of lorries and divided families on both sides.
Speaking at a joint press conference in the Vellaunese capital, Amélie Roussel-Daguerre, the foreign minister of Vellaune, called the agreement «⟦p:a|a first step, not a last one⟧».
«⟦d:a|Nous ne laisserons pas cette frontière devenir un mur,⟧» she said in French. «⟦d:a|We will not allow this border to become a wall.⟧»
Tariq Al-Mansouri, foreign minister of Qarath, speaking through an interpreter, said his government had «⟦p:b|no interest in punishing ordinary people for the mistakes of politicians⟧».
«⟦d:b|The lorry drivers did not close this border. The grandmothers did not close it. It is time they were allowed to cross,⟧» he said.
«⟦d:c|Is the demand for joint customs inspections still on the table?⟧» one reporter from a Vellaunese news agency asked.
Al-Mansouri smiled. «⟦d:b|You are asking me to negotiate in front of the cameras. I am going to disappoint you.⟧»
Roussel-Daguerre said technical teams would meet «⟦p:a|every week, and if necessary every day⟧» until the crossing reopened.
«⟦d:a|I have a calendar on my desk with the date circled. I intend to keep to it,⟧» she added.
### 011
@a Nkechi Obiora-Flynn | the member for Saltmarsh East
@b Declan Rourke | her constituency agent for nine years
@c - | a minister who has clashed with her over welfare reform
On a grey Friday afternoon, Nkechi Obiora-Flynn, the member for Saltmarsh East, is standing in the car park of a shuttered bank, listening to a man explain, at some length, why he will never vote for her.
She lets him finish. Then she asks for his phone number. “⟦d:a|He'll vote for me,⟧” she says, once he has gone. “⟦d:a|Not this time. Maybe next time. He's angry about the bank, and he's right to be.⟧”
She has spent eleven years on the back benches, and has built a reputation in the Assembly as the most awkward member of her own party, a label she wears with something close to pride.
“⟦d:a:m|People say rebel as though it's a dirty word. I've voted against my own whip nineteen times in eleven years. I've voted with it about four thousand times. Nobody writes about the four thousand.⟧
“⟦d:a:m|What I won't do is walk through a lobby for something I'd be ashamed to explain in that car park. If I can't look that man in the eye and tell him why I did it, I don't do it.⟧
“⟦d:a|That isn't rebellion. It's just the job.⟧”
Not everyone sees it that way. A minister who has clashed with her over welfare reform describes her as “⟦p:c|brilliant, exhausting and completely unwhippable⟧”. “⟦d:c|You can't do a deal with Nkechi, because she actually means it,⟧” the minister says, and it is not entirely a compliment.
Declan Rourke, her constituency agent for nine years, remembers her first campaign, in which she knocked on, by his count, 14,000 doors. “⟦d:b|She wore out two pairs of boots. I've still got one of them in the garage,⟧” he says. “⟦d:b|I couldn't tell you why. Sentiment, I suppose.⟧”
Asked whether she would ever accept a ministerial job, she laughs. “⟦d:a|Nobody's asked. I suspect nobody will.⟧”

### 012
@a Hamid Karimi | Health Minister
@b College of Emergency Medicine | -
@c Annika Brenner | -
Health Minister Hamid Karimi was interviewed on Saturday by Annika Brenner on Coastline FM's Weekend Politics. What follows is an edited transcript.
BRENNER: Minister, in March you stood outside Gullhaven General and said, and I'm quoting you directly, "⟦d:a|No hospital in this region will lose its emergency department on my watch.⟧" Gullhaven is losing its emergency department. Is this still your watch?
KARIMI: Gullhaven is not losing an emergency department. It is becoming an urgent treatment centre, open twenty-four hours, with a consultant on site—
BRENNER: Which is not an emergency department.
KARIMI: Which treats ninety per cent of the patients who currently walk through that door. I'd ask your listeners to look at what's actually changing, not at the sign over the entrance.
BRENNER: The College of Emergency Medicine said last week that corridor care in this region had been "⟦p:b|normalised⟧". Do you accept that?
KARIMI: I accept there is pressure. You described it yourself on this programme last month as "⟦p:c|a pressure being felt in every hospital in the country⟧", and you were right.
BRENNER: I'm not the one running them.
KARIMI: No. I am. And I'm not going to pretend to you that every night is a good night. It isn't.

### 013
@a Yusuf Demirci | the housing minister
@b Grace Mbatha-Lowe | Prime Minister
@c - | a government source
@d Sorcha Kinsella | the shadow housing secretary
Yusuf Demirci, the housing minister, resigned on Tuesday night, saying he could “⟦p:a|no longer defend⟧” the government's decision to drop its promised ban on no-fault evictions.
In a letter to the prime minister, published on social media shortly after 10pm, Demirci wrote that he had taken the job “⟦p:a|on the basis of a promise made to renters⟧” and that the promise had now been broken.
“⟦d:a:m|I have served in this government with pride, and I have defended decisions in public that I argued against in private. That is how collective responsibility works, and I do not complain about it.⟧
“⟦d:a|But there is a line, and for me this is it. I cannot go to the dispatch box next week and tell tenants that a promise we made to them in writing no longer applies.⟧”
In her reply, Prime Minister Grace Mbatha-Lowe thanked him for his “⟦p:b|energy and conviction⟧” but said the government remained “⟦p:b|absolutely committed to a fair deal for renters⟧”.
“⟦d:b|I am sorry that you have reached this decision, and I know it will not have been taken lightly,⟧” she wrote. “⟦d:b|I hope you will continue to make the case for reform from the back benches, as I am sure you will.⟧”
A government source was blunter. “⟦d:c|He's been looking for the exit since the reshuffle. This gave him one with a bit of dignity attached,⟧” the source said.
Sorcha Kinsella, the shadow housing secretary, said the resignation was “⟦p:d|a damning verdict from the man who had to sell the policy⟧”. “⟦d:d|When your own housing minister won't put his name to your housing policy, it's time to look again at the policy,⟧” she said.

### 014
@a Viktor Halvorsen | the chancellor
@b Rosalind Achterberg | the shadow chancellor
@c Nuala Devenney | the deputy speaker
@d - | one Alliance MP
The chancellor, Viktor Halvorsen, was heckled repeatedly on Wednesday as he set out a budget that freezes income tax thresholds for a further three years and raises the levy on short-term holiday lets.
``⟦d:a|This is a budget for the long term,⟧'' he told a packed chamber. ``⟦d:a|It will not win me applause today. I hope it will earn some respect in five years' time.⟧''
``⟦d:d|Five years!⟧'' shouted one Alliance MP, to laughter from the opposition benches.
Halvorsen ploughed on. ``⟦d:a|The honourable gentleman may be confident he will still be here in five years. I admire his optimism,⟧'' he said.
When cries of ``⟦d:-|Shame!⟧'' greeted the announcement on thresholds, the deputy speaker, Nuala Devenney, rose to restore order.
``⟦d:c|Members will have ample opportunity to respond to the budget over the next four days. They do not need to do it all now,⟧'' she said.
Replying for the opposition, Rosalind Achterberg, the shadow chancellor, described the statement as ``⟦p:b|a stealth tax dressed up as prudence⟧''.
``⟦d:b|He talks about the long term. For the nurse in Brackenmouth whose pay rise has just been swallowed by a frozen threshold, the long term starts on the first of April,⟧'' she said. ``⟦d:b|He should have the courage to call it what it is.⟧''
Halvorsen later told reporters the freeze had been ``⟦p:a|the least bad option⟧'' open to him.

### 015
@a Corinne Baptiste-Walker | the senior senator from Lowry
@b Marcus Oyelaran-Price | the president's nominee for attorney general
@c Wendell Haskins | Committee Chairman
PORT ASHBY — The president's pick to lead the Justice Department faced pointed questions Tuesday about his past work for a mining company under federal investigation, as opposition senators signaled they would try to delay a confirmation vote.
Marcus Oyelaran-Price, the president's nominee for attorney general, told the Senate Judiciary Committee he would recuse himself from "⟦p:b|any matter, large or small⟧" involving Corvell Minerals, where he was general counsel for six years.
"⟦d:b|I understand why the question is being asked. If I were sitting where you are, I would ask it too,⟧" he said.
That did not satisfy Corinne Baptiste-Walker, the senior senator from Lowry. "⟦d:a|With respect, Mr. Oyelaran-Price, recusal is a promise. I'm asking about a record,⟧" she said. "⟦d:a|Did you, at any point in those six years, advise the company on how to respond to a federal subpoena?⟧"
"⟦d:b|I gave the company legal advice on a wide range of matters, Senator.⟧"
"⟦d:a|That's not a no.⟧"
"⟦d:b|It's not a yes, either. I'm bound by privilege, as you know.⟧"
Committee Chairman Wendell Haskins cut in as the exchange ran past the senator's allotted time. "⟦d:c|The senator's time has expired. We'll come back to this in the second round, I have no doubt,⟧" he said.
Baptiste-Walker told reporters afterward that she had "⟦p:a|real concerns⟧" about the nomination. "⟦d:a|He's an impressive lawyer. That's exactly what worries me,⟧" she said.

### 016
@a Isabela Carvalho | the incumbent
@b Jonah Feldstein | her Civic First challenger
@c Mei-Ling Tsao | the moderator
@d - | a viewer in Southgate
Lindenport's mayoral race produced its sharpest exchanges yet on Thursday night, as Isabela Carvalho, the incumbent, and Jonah Feldstein, her Civic First challenger, clashed over bus fares, policing and a stalled waterfront redevelopment in a televised debate on Channel 9.
The moderator, Mei-Ling Tsao, opened with the waterfront. “⟦d:c|Mayor Carvalho, you promised shovels in the ground by last spring. The site is still a car park. What happened?⟧”
“⟦d:a|What happened is that we refused to sign a bad deal,⟧” Carvalho said. “⟦d:a|I could have had shovels in the ground in a week if I'd been willing to give the developer the land for a dollar. I wasn't.⟧”
Feldstein pounced. “⟦d:b|Four years, and the best the mayor can tell us is that she didn't do something. That's not a record. That's an alibi.⟧”
Carvalho, 58, shook her head. “⟦d:a|Jonah has never run anything bigger than a campaign office.⟧”
“⟦d:b|And I've never lost a waterfront, either,⟧” he retorted.
Tsao then read out a question from a viewer in Southgate: “⟦d:d|My son was mugged at Halsey Street station twice this year. Which of you will actually put officers back on the trains?⟧”
Both candidates promised more transit police. Feldstein said he would hire 200 officers in his first year, a figure Carvalho dismissed as “⟦p:a|a number plucked out of the air⟧”.
“⟦d:c|We're out of time,⟧” Tsao said at one point, as the pair talked over each other. “⟦d:c|Both of you. We are out of time.⟧”

### 017
@a Siobhan Mulrooney | the People's Alliance candidate
@b Hugo Pennington-Smythe | the National Party candidate
@c - | the returning officer
@d Rab McIlwraith | the Bring Back the Ferry Party candidate
The People's Alliance has taken Dunmarren North from the National Party for the first time in more than half a century, overturning a majority of 14,212 in a result that will send tremors through the government.
The returning officer declared the result at 3.47am in Dunmarren leisure centre. "⟦d:c|I hereby declare that Siobhan Mulrooney is duly elected to serve as the member of parliament for the said constituency,⟧" she said, her words almost drowned out by cheering.
Alliance activists chanted "⟦s:-|Siob-han! Siob-han!⟧" as Mulrooney, the People's Alliance candidate, took the microphone.
"⟦d:a|Dunmarren has been taken for granted for a very long time. Tonight it stopped being taken for granted,⟧" she said. "⟦d:a|To the people who lent me their vote for the first time: I know it's a loan. I intend to pay it back.⟧"
Hugo Pennington-Smythe, the National Party candidate, congratulated his opponent but blamed "⟦p:b|a difficult national picture⟧" for his defeat.
"⟦d:b|I've lived in this town for thirty years and I'll be living here for thirty more. I'm not going anywhere,⟧" he said.
Rab McIlwraith, the Bring Back the Ferry Party candidate, polled 612 votes and appeared delighted. "⟦d:d|Six hundred and twelve people want the ferry back. That's a mandate,⟧" he told reporters.

### 018
@a Aroha Ngata-Whitfield | the MP for Karewa
@b Unity Party | the party
@c Piet van der Walt | a fellow Unity backbencher
@d - | one user
A Unity Party MP has been ordered to delete a social media post in which she described her own government's benefit reforms as “⟦p:a|cruelty with a spreadsheet⟧”.
Aroha Ngata-Whitfield, the MP for Karewa, posted the message late on Sunday after a constituent told her she had lost her disability payment following a reassessment.
“⟦d:a|Sat with a woman today who has MS and was told by a computer that she can work. I'm ashamed. This isn't what I came into politics for,⟧” she wrote. “⟦d:a|Cruelty with a spreadsheet is still cruelty.⟧”
The post had been shared more than 40,000 times by Monday morning. One user replied: “⟦d:d|Finally, an MP with a spine.⟧”
By lunchtime it had been deleted. In a statement, the Unity Party said all MPs were “⟦p:b|expected to raise concerns through the proper channels⟧”.
“⟦d:b|Aroha has spoken to the chief whip and accepts that the post was inappropriate,⟧” the party said.
Ngata-Whitfield did not respond to requests for comment. But a second post, shared on Monday evening, read simply: “⟦d:a|I deleted it. I didn't stop meaning it.⟧”
Piet van der Walt, a fellow Unity backbencher, said he agreed with “⟦p:c|every word⟧” of the original post. “⟦d:c|She said what a lot of us are thinking. I'm not going to pretend otherwise,⟧” he said.

### 019
@a - | one negotiator from the Farmers' Union party
@b Henrike Baumgartner | leader of the Social Liberals
@c - | a senior Social Liberal official
@d Jozef Kráľ | the Farmers' Union leader
Coalition talks in Eskovia stalled on Monday night after negotiators failed to agree on a pension reform that has dogged the process since the inconclusive election seven weeks ago.
«⟦d:a|We are further apart tonight than we were this morning,⟧» one negotiator from the Farmers' Union party said as he left the government guesthouse shortly before midnight. «⟦d:a|I would not call it a crisis. I would not call it progress, either.⟧»
Henrike Baumgartner, leader of the Social Liberals, struck a more upbeat tone. «⟦d:b|Difficult talks are a sign that both sides are serious,⟧» she told reporters waiting outside in the rain. «⟦d:b|If it were easy, we would have finished in September.⟧»
Privately, however, a senior Social Liberal official said patience was wearing thin. «⟦d:c|We have made three offers on pensions. They have made none. At some point you have to ask whether they want a government or an excuse,⟧» the official said.
Jozef Kráľ, the Farmers' Union leader, has repeatedly said his party will not accept any rise in the retirement age, describing it as a «⟦p:d|red line written in ink, not pencil⟧».
Arriving for the talks on Monday morning, he was asked whether that line could move. «⟦d:d|Ink does not move,⟧» he said.

### 020
@a Anjali Deshmukh | the standards commissioner
@b Gavin Trelawney | the MP for Hollin Vale
@c Lorna Agbaje | the chair of the standards committee
A senior backbench MP breached parliament's rules by lobbying ministers on behalf of a water company that paid him £6,000 a month, the standards commissioner has found.
In a 48-page report published on Thursday, the standards commissioner, Dame Anjali Deshmukh, said Gavin Trelawney, the MP for Hollin Vale, had committed an "⟦p:a|egregious⟧" breach of the rules on paid advocacy and had "⟦p:a|repeatedly failed to recognise⟧" the conflict of interest.
"⟦d:a|Mr Trelawney's conduct has brought the House into disrepute. It was not a single lapse of judgment but a pattern, sustained over nearly two years,⟧" she wrote.
The report recommends that Trelawney be suspended from the House for 30 sitting days, a sanction that, if approved by MPs, could trigger a recall petition in his constituency.
In a statement, Trelawney said he was "⟦p:b|deeply disappointed⟧" by the findings and accused the commissioner of "⟦p:b|a fundamental misunderstanding of how constituency casework operates⟧".
"⟦d:b|Every contact I had with ministers was about the interests of my constituents, who depend on that company for their water and their jobs,⟧" he said. "⟦d:b|I will be appealing.⟧"
Lorna Agbaje, the chair of the standards committee, said MPs would consider the report "⟦p:c|without fear or favour⟧". "⟦d:c|The rules apply to every member equally, however long they have served,⟧" she said.
### 021
@a Signe Thorvaldsen | Aldmark's foreign minister
@b Arjun Vaidyanathan | Kesra's foreign minister
@c Bilal Qureshi | a correspondent for Kesra Today
@d - | a senior Aldmark diplomat
Aldmark and Kesra will resume negotiations on a long-stalled fishing agreement next month, the two countries' foreign ministers announced on Wednesday, after talks in Port Ilani that ran three hours over schedule.
Signe Thorvaldsen, Aldmark's foreign minister, said the two governments had “⟦p:a|agreed to stop talking past each other⟧”. “⟦d:a|We did not solve everything today. We did agree on what we are trying to solve, and that is not nothing,⟧” she told a joint press conference.
Kesra's foreign minister, Arjun Vaidyanathan, said he hoped a deal could be signed “⟦p:b|before next season's boats go out⟧”.
“⟦d:b|Our fishermen have waited four years. I told the minister today that they will not wait a fifth with any patience, and I don't blame them,⟧” he said.
Bilal Qureshi, a correspondent for Kesra Today, asked Thorvaldsen whether Aldmark would lift its ban on Kesrani trawlers in the northern banks as a goodwill gesture.
“⟦d:c|Minister, isn't the simplest sign of good faith to open the banks tomorrow?⟧” he asked.
“⟦d:a|The simplest sign is not always the wisest one,⟧” she replied. “⟦d:a|The banks will be part of the negotiation. I am not going to give away in a press conference what my negotiators will need at the table.⟧”
Vaidyanathan, standing beside her, laughed. “⟦d:b|You see what I have been dealing with all day.⟧”
A senior Aldmark diplomat later described the atmosphere as “⟦p:d|better than anyone expected, which is admittedly a low bar⟧”.

### 022
@a Elin Pritchard-Jones | First Minister
@b Rhodri ap Gwilym | leader of the opposition
@c Carys Bevan-Lloyd | the Presiding Officer
@d Iwan Tudor | the Green member for Ceredig Vale
First Minister Elin Pritchard-Jones was accused of "⟦p:b|abandoning rural communities⟧" on Tuesday as Assembly members clashed over cuts to bus subsidies during First Minister's Questions in Caerwen.
Rhodri ap Gwilym, leader of the opposition, said 43 routes had been withdrawn in the past year. "⟦d:b|In my own constituency there are villages where the last bus now leaves at twenty past four. Twenty past four, First Minister. How is a teenager supposed to hold down a Saturday job?⟧"
Pritchard-Jones said the government had protected bus funding "⟦p:a|in real terms, despite the settlement we were handed⟧". "⟦d:a|The member knows perfectly well where these cuts come from, and it is not this building,⟧" she said.
"⟦d:b|Always somebody else's fault,⟧" ap Gwilym shouted from his seat.
The Presiding Officer, Carys Bevan-Lloyd, reminded him that he had already asked his questions. "⟦d:c|The leader of the opposition has had his turn. He will let the First Minister answer,⟧" she said.
Iwan Tudor, the Green member for Ceredig Vale, later asked whether the government would consider franchising bus services. "⟦d:d|We've tried leaving it to the market for forty years, and the market has decided it doesn't much like hills,⟧" he said, to laughter.
The First Minister said a consultation would be published "⟦p:a|within weeks⟧". "⟦d:a|Nothing is off the table,⟧" she added.

### 023
@a Oluwaseun Adebayo-Clarke | leader of the Progressive Party
@b Hilde Sørensen | a delegate from Fennick
@c - | one veteran MP
@d Marguerite Osei | a councillor from Lowmoor
Oluwaseun Adebayo-Clarke, leader of the Progressive Party, used his closing speech to the party's conference in Harrowgate on Wednesday to promise a “⟦p:a|decade of renewal⟧”, and to take a swipe at critics inside his own party who, he said, “⟦p:a|would rather be right than in power⟧”.
“⟦d:a|There are people in this hall who think purity is a strategy. It isn't. It's a hobby,⟧” he said, drawing a standing ovation from most of the hall and stony silence from a cluster of delegates near the back.
He also set out plans for what aides are calling a “⟦s:-|right to repair⟧” law, which would oblige manufacturers to supply spare parts for household appliances for ten years.
“⟦d:a|If you buy it, you should be able to fix it. That's not left or right. That's common sense,⟧” he said.
Not everyone was won over. Hilde Sørensen, a delegate from Fennick, said the speech had been “⟦p:b|all soundbite and no substance⟧”. “⟦d:b|He talked for fifty minutes and didn't mention the climate once. I counted,⟧” she said.
Marguerite Osei, a councillor from Lowmoor, disagreed. “⟦d:d|That was the speech of someone who wants to win. Some of my friends here need to decide whether they do too,⟧” she said.
One veteran MP, asked about the “⟦s:-|hobby⟧” line, grinned. “⟦d:c|He meant it for about thirty people, and all thirty of them knew it,⟧” he said.

### 024
@a Fatima Zahra Benali | Home Secretary
@b Colm Ó Briain | the opposition's home affairs spokesman
@c - | a spokeswoman for the Prison Officers' Association
@d - | one government backbencher
12.04pm — Home Secretary Fatima Zahra Benali is on her feet in the chamber, setting out the government's response to last week's riot at HMP Aldcliffe.
"⟦d:a|What happened at Aldcliffe was unacceptable, and I will not pretend otherwise,⟧" she says. "⟦d:a|Two officers are still in hospital. I spoke to one of them this morning.⟧"
12.09pm — Benali confirms an independent review will be led by a former chief inspector of prisons and will report "⟦p:a|within three months⟧".
12.15pm — Colm Ó Briain, the opposition's home affairs spokesman, responds. He calls the riot "⟦p:b|the most predictable disaster in recent memory⟧".
"⟦d:b|The governor warned in writing in March. The inspectorate warned in June. The union warned in August. Who exactly was the home secretary waiting to hear from?⟧"
12.18pm — Noisy scenes. Benali, replying, accuses him of "⟦p:a|playing politics with the safety of officers⟧". Shouts of "⟦d:-|Answer!⟧" from the opposition benches.
12.31pm — "⟦d:d|Will the review look at drones? Because my constituents who live next to Aldcliffe tell me they see them every night,⟧" asks one government backbencher.
"⟦d:a|Yes, it will,⟧" Benali replies.
12.44pm — Reaction is coming in. A spokeswoman for the Prison Officers' Association tells us: "⟦d:c|A review is welcome. But our members don't need another report. They need staff on the landings.⟧"

### 025
@a Tomás Ferreira | Mayor
@b Gemma Prothero | Host
@c Bev | the first caller
@d Kwame | -
Mayor Tomás Ferreira faced a barrage of complaints about bin collections during an hour-long phone-in on Radio Stellport on Friday morning.
The first caller, Bev, from Moss Lane, said her recycling had not been collected for five weeks. “⟦d:c|I've got bags in the hallway, Tomás. In the hallway. My grandson thinks it's a climbing frame,⟧” she said.
“⟦d:a|Bev, I'm genuinely sorry, and I'll get someone round to you today,⟧” the mayor said. “⟦d:a|We've had a third of our drivers off sick, and I know that's not your problem.⟧”
Host Gemma Prothero pointed out that the council had promised the backlog would be cleared by the end of last month. “⟦d:b|So what's the new date, Mayor? And why should anybody believe it?⟧”
Ferreira said agency drivers had been taken on and the service would be “⟦p:a|back to normal in a fortnight⟧”.
Kwame in Eastfield was less patient. “⟦d:d|You put the council tax up by five per cent and the bins stopped. I'm not an economist, but that's a funny sort of deal,⟧” he said.
“⟦d:a|That's fair. I'd say the same in your shoes,⟧” Ferreira replied.

### 026
@a - | one cabinet minister
@b - | another cabinet minister
@c - | a former adviser who worked in the prime minister's office until last year
@d Anton Drăgulescu | the party chairman
Inside the cabinet, the mood has shifted from irritation to something closer to alarm. Ministers who a month ago were dismissing the polls now talk openly, if not on the record, about what happens if the local elections go badly.
"⟦d:a|Nobody is plotting. Everybody is thinking,⟧" one cabinet minister said. "⟦d:a|There's a difference, but it's a thin one, and it's getting thinner by the week.⟧"
Another cabinet minister, who is a long-standing ally of the prime minister, insisted the talk was overblown. "⟦d:b|We've been here before. People panic in March and they've forgotten all about it by July,⟧" the minister said.
But the same minister conceded that the prime minister's "⟦p:b|bunker mentality⟧" was not helping.
A former adviser who worked in the prime minister's office until last year put it more bluntly. "⟦d:c|She listens to four people, and three of them are telling her what she wants to hear. The fourth has stopped bothering.⟧"
Anton Drăgulescu, the party chairman, dismissed the reports as "⟦p:d|corridor gossip⟧". "⟦d:d|The prime minister has the full support of the cabinet, the parliamentary party and the membership. Anyone who says otherwise should put their name to it,⟧" he said.

### 027
@a Yasmin Haddad | one of the organisers
@b - | a spokesman for Kelsborough Police
@c Ruben Azoulay | a 29-year-old nurse from Harlow Green
@d Department of Health | -
Thousands of nurses, paramedics and porters marched on the Assembly building on Saturday, chanting “⟦s:-|Fair pay now!⟧” and carrying placards reading “⟦s:-|Clapping doesn't pay the rent⟧”.
Yasmin Haddad, one of the organisers, told the crowd outside the main gates that the government had “⟦p:a|mistaken our patience for weakness⟧”.
“⟦d:a|We have been polite. We have written letters. We have filled in their consultations. Today we are here to tell them that polite is over,⟧” she said, to roars.
Ruben Azoulay, a 29-year-old nurse from Harlow Green, said he had travelled for three hours to be there. “⟦d:c|I love my job. I'm not sure I can afford to keep doing it,⟧” he said. “⟦d:c|I've got colleagues using food banks. Nurses. Using food banks.⟧”
A spokesman for Kelsborough Police said the march had been “⟦p:b|overwhelmingly good-natured⟧” and that there had been no arrests.
The Department of Health said in a statement that it had accepted the pay review body's recommendations in full. “⟦d:d|We value the extraordinary work of our health workforce, and our door remains open,⟧” it said.
As the crowd dispersed, a group of students struck up a final chant of “⟦s:-|Whose hospitals? Our hospitals!⟧”

### 028
@a Matteo Ricciardi | Prime Minister
@b Dagny Haugland | the leader of the opposition
@c Padraig Comerford | an independent from Kilbarron
The government of Prime Minister Matteo Ricciardi survived a motion of no confidence by eleven votes on Thursday night, after two days of bitter debate in which the opposition accused it of ``⟦p:b|governing by press release⟧''.
Opening the debate, Dagny Haugland, the leader of the opposition, told the chamber that the government had ``⟦p:b|run out of ideas, run out of money and run out of road⟧''.
``⟦d:b|This government has been in office for seven years. For the last two it has been in office and not in power,⟧'' she said. ``⟦d:b|The country deserves better than a government that is simply waiting to be told to leave.⟧''
Ricciardi, closing for the government, accused her of offering ``⟦p:a|a slogan and a scowl⟧''.
``⟦d:a|She asks what we have done. We have brought unemployment to its lowest level in a generation. We have built more homes in three years than her party built in ten,⟧'' he said. ``⟦d:a|If she wants to talk about running out of road, she should look behind her.⟧''
The outcome hinged on seven independent members. Padraig Comerford, an independent from Kilbarron, said he would back the government ``⟦p:c|with a heavy heart and a long list⟧''.
``⟦d:c|I'll vote for them tonight. I've told the prime minister what I want for my constituency, and if I don't get it, he won't get my vote next time,⟧'' he told reporters.

### 029
@a Teodor Marinescu | President
@b - | one reporter
@c Agnieszka Wilk | a correspondent for Radio Merova
@d - | an aide
President Teodor Marinescu on Monday defended his decision to veto a bill that would have cut short the term of the state broadcaster's board, calling it «⟦p:a|badly drafted and worse intended⟧».
«⟦d:a|I have nothing against reform of the broadcaster. I have a great deal against reform written in a weekend by people who do not like the news,⟧» he told a press conference at the presidential palace.
«⟦d:b|Isn't it true that you have simply protected the people you appointed?⟧» one reporter asked.
«⟦d:a|I appointed two of the nine. If I was protecting my people, I have done it very badly,⟧» Marinescu replied.
Agnieszka Wilk, a correspondent for Radio Merova, asked whether he would veto a revised version of the bill. «⟦d:c|If parliament sends it back to you with the changes you asked for, will you sign it?⟧»
«⟦d:a|If it is changed as I asked, yes. I am not a man who enjoys saying no,⟧» he said, before adding, to laughter: «⟦d:a|Whatever my wife tells you.⟧»
As he left the room, an aide could be heard telling him: «⟦d:d|That last line will be the headline.⟧»

### 030
@a Benedict Aldous | the programme's presenter
@b Ravi Subramaniam | the shadow chancellor
@c - | a spokesman for the chancellor
The shadow chancellor, Ravi Subramaniam, repeatedly declined to say whether a government led by his party would raise capital gains tax, in a testy appearance on ONB's “⟦s:-|The Sunday Hour⟧”.
Benedict Aldous, the programme's presenter, put it to him that his party's spending plans left a gap of at least £9bn. “⟦d:a|Where does the money come from, Mr Subramaniam? And you can't say growth. Everybody says growth.⟧”
“⟦d:b|I'll say it anyway, because it happens to be true,⟧” Subramaniam said. “⟦d:b|Every serious economist accepts that a country growing at two per cent has choices that a country growing at half a per cent doesn't.⟧”
“⟦d:a|And if the growth doesn't come?⟧”
“⟦d:b|Then we'll make the choices in a budget, not on a Sunday morning sofa.⟧”
Aldous pressed him three more times on capital gains. On the last occasion, Subramaniam smiled and said: “⟦d:b|Benedict, you can ask me a fourth time, and you'll get a fourth answer exactly the same as the first three.⟧”
“⟦d:a|I'll take that as a maybe,⟧” the presenter said.
A spokesman for the chancellor said the interview showed the opposition had “⟦p:c|no plan and no answers⟧”.
### 031
@a Lennart Sjöberg | chief executive of Norvane Energy
@b Abimbola Fashola | the committee's chair
@c Hywel Prosser | the committee's longest-serving member
The boss of one of the country's biggest energy suppliers told MPs on Tuesday that he would not be handing back a £3.2m bonus, despite his company being fined a record sum for overcharging customers on prepayment meters.
Lennart Sjöberg, chief executive of Norvane Energy, said the bonus had been "⟦p:a|set by the remuneration committee, not by me⟧" and reflected the company's performance "⟦p:a|across the whole year⟧".
The committee's chair, Abimbola Fashola, was unimpressed. "⟦d:b|Mr Sjöberg, your company forced meters into the homes of people who couldn't pay, some of them disabled, some of them with small children. And you've come here to tell us about the remuneration committee?⟧"
"⟦d:a|I have apologised for what happened, and I apologise again today,⟧" Sjöberg said. "⟦d:a|It was wrong. We have paid every penny of compensation.⟧"
Hywel Prosser, the committee's longest-serving member, asked whether he would accept a bonus next year if the company was fined again. "⟦d:c|Is there any level of failure at which you would say, 'Not this year, thank you'?⟧"
Sjöberg paused for several seconds. "⟦d:a|I would hope we never find out.⟧"
"⟦d:c|That's not an answer,⟧" Prosser said.
"⟦d:a|It's the only honest one I can give you.⟧"

### 032
@a Ines Marchetti | director of the Yes for Ardenne campaign
@b Stay United | the campaign
@c Aurelio Fumagalli | a former finance minister who now chairs Stay United
@e Halima Yusuf | a retired pharmacist
@f - | one pollster
With eleven days to go until Ardenne votes on whether to leave the Federation, the two campaigns traded blows on Monday over the cost of a new currency, in what one pollster called “⟦p:f|the most volatile referendum I've ever seen⟧”.
Ines Marchetti, director of the Yes for Ardenne campaign, said claims that independence would cost every household €4,000 were “⟦p:a|fantasy economics with a calculator attached⟧”.
“⟦d:a|They said the sky would fall in last time, and the time before that. The sky is still there,⟧” she told supporters in Vessel. “⟦d:a|What they're really frightened of is people deciding for themselves.⟧”
Stay United stood by its figures. “⟦d:b|These numbers come from the Federation's own statistics office, not from us. The Yes campaign can attack the messenger, but it cannot change the arithmetic,⟧” the campaign said in a statement.
Aurelio Fumagalli, a former finance minister who now chairs Stay United, said the campaign's new posters, which read “⟦s:-|Your pension. Your mortgage. Your risk.⟧”, would go up across the region on Wednesday.
“⟦d:c|We're not trying to frighten anybody. We're trying to make sure people know what they're voting for,⟧” he said.
In Vessel's market square, Halima Yusuf, a retired pharmacist, said she still had not made up her mind. “⟦d:e|Every leaflet that comes through my door contradicts the one before it,⟧” she said. “⟦d:e|I'll probably decide in the booth, like everyone else.⟧”

### 033
@a Penelope Aske | chairman of Little Brinsford Parish Council
@b Doreen Whitby | the council's longest-serving member
@c - | one resident
@d - | another resident
A row over a village duck pond has ended with the resignation of Little Brinsford's parish council chairman, after a meeting described by one resident as "⟦p:c|the best entertainment we've had since the panto⟧".
Penelope Aske, chairman of Little Brinsford Parish Council, had proposed spending £8,400 on a new fence around the pond, which she said was needed "⟦p:a|for the safety of small children and, frankly, the ducks⟧".
Doreen Whitby, the council's longest-serving member, told the meeting the fence would be "⟦p:b|an eyesore and a waste of the precept⟧".
"⟦d:b|That pond has been there since before the Domesday Book and not one child has drowned in it,⟧" Mrs Whitby said.
"⟦d:a|That you know of,⟧" Mrs Aske replied.
"⟦d:b|That anybody knows of, Penelope.⟧"
The fence was voted down by four votes to three. Mrs Aske gathered her papers, announced that she was stepping down with immediate effect, and left the village hall.
"⟦d:a|I have given eleven years to this council. I will not be spoken to like that over a fence,⟧" she told the Brinsford Gazette the following morning.
Mrs Whitby said she was "⟦p:b|sorry it came to this⟧" but did not regret her vote. "⟦d:b|I like Penelope. I just don't like the fence,⟧" she said.
Another resident, who asked not to be named, said: "⟦d:d|Half the village came for the fence and the other half came for the fight.⟧"

### 034
@a Kristjan Mägi | Estavian Prime Minister
@b Lucía Valderrama | the president of Velora
@c - | one diplomat involved in drafting the summit's final statement
@d Oisín Kavanagh-Doyle | the Union's foreign policy chief
BRASSEL, June 19 — Leaders of the Northern Union arrived for a two-day summit on Thursday deeply divided over a proposal to use frozen Karovan assets to fund reconstruction, with several warning that no agreement was likely before the autumn.
“⟦d:a|I don't expect a breakthrough tonight. I'd be happy with a direction,⟧” Estavian Prime Minister Kristjan Mägi told reporters as he arrived at the council building.
Lucía Valderrama, the president of Velora, was more optimistic. “⟦d:b|Everyone in that room knows we will get there eventually. The question is whether we get there before or after the winter,⟧” she said.
The Union's foreign policy chief, Oisín Kavanagh-Doyle, said the legal questions raised by the plan were “⟦p:d|serious but not insurmountable⟧”.
“⟦d:d|Lawyers exist to tell you what you cannot do. Politicians exist to find out what you can,⟧” he said.
One diplomat involved in drafting the summit's final statement said the language on assets had already been rewritten four times. “⟦d:c|Right now the text says we will ‘explore options’. By Friday it might say we will ‘continue to explore options’. That's what passes for progress in this building,⟧” the diplomat said.

### 035
@a Crispin Dunmore | Farming minister
@b Edna Pask | Sheep farmer
@c - | an aide
@d Department for Farming | -
A FARMING minister has been caught on a live microphone calling a group of protesting farmers "⟦p:a|a bunch of moaning dinosaurs⟧".
Farming minister Crispin Dunmore, 47, made the remark moments after finishing a speech at the Holmby Agricultural Show on Saturday, unaware that the PA system was still switched on.
"⟦d:a|Bunch of moaning dinosaurs, the lot of them. Can we get out of here before the sheep lot start?⟧" he could be heard saying, to gasps from the crowd.
An aide could be heard replying: "⟦d:c|Mic's on, minister. Mic's on.⟧"
Sheep farmer Edna Pask, 71, who was in the front row, told the Daily Beacon: "⟦d:b|I've been called worse, but never by someone whose wages I pay.⟧"
"⟦d:b|He can come and muck out my barn any time he likes, and then he can tell me who's a dinosaur.⟧"
Within hours the minister had issued a grovelling apology. "⟦d:a|I made a stupid and offensive remark, and I apologise unreservedly to the farmers of Holmby and beyond,⟧" he said.
The Department for Farming said the minister "⟦p:d|deeply regrets⟧" the comment.

### 036
@a Jasper Quennell-Ashby | the minister for digital infrastructure
@b Tamsin Okereke | the shadow minister
@c - | one backbencher
There are ministers who answer questions, ministers who avoid questions, and then there is Jasper Quennell-Ashby, the minister for digital infrastructure, who on Thursday achieved something rarer still: he answered a question nobody had asked.
Asked by Tamsin Okereke, the shadow minister, why 40 per cent of rural homes still could not get a mobile signal, Mr Quennell-Ashby embarked on a six-minute meditation on what he called “⟦p:a|the connectivity journey⟧”.
“⟦d:a|We are on a journey. It is a journey of connectivity. And like all journeys, it has a beginning, a middle and, I am confident, an end,⟧” he said, with the air of a man who had just discovered fire.
“⟦d:b|When?⟧” asked Ms Okereke.
“⟦d:a|In due course.⟧”
“⟦d:c|Which course?⟧” cried one backbencher, unseen behind a pillar.
The minister then referred, three times, to the government's “⟦s:-|Gigabit Horizons⟧” programme, which as far as anyone can tell consists of a logo and a press release.
Ms Okereke, to her credit, kept a straight face. “⟦d:b|I'll tell my constituents in Upper Wyndle that they're on a journey. They'll be thrilled. They can't currently phone anybody to tell them,⟧” she said.
The minister thanked her for her “⟦p:a|constructive engagement⟧” and sat down, journey apparently complete.

### 037
@a Adaeze Nwosu | the former health secretary
@b Katarzyna Nowak-Bell | the party's deputy leader
@c Freya MacLeod | the youngest candidate in the race
@d - | a member from Inverbrae
@e Howard Lim | the party's general secretary
Three women, one job and roughly 900 party members in a conference hall in Dunlarig: the second hustings of the Social Democrats' leadership contest produced sharper exchanges than the first, with the frontrunner coming under sustained fire for the first time.
Adaeze Nwosu, the former health secretary, who leads in every published poll of members, was accused by Katarzyna Nowak-Bell, the party's deputy leader, of "⟦p:b|running a coronation, not a campaign⟧".
"⟦d:b|Adaeze has done two hustings, one interview and no debates on television. Members deserve better than a candidate who is hiding in plain sight,⟧" Nowak-Bell said.
Nwosu shrugged off the attack. "⟦d:a|I'm here, aren't I? I'll be in Port Clary on Thursday and Halmere on Saturday. If this is hiding, I'm very bad at it,⟧" she said.
Freya MacLeod, the youngest candidate in the race, tried to stay above the fray. "⟦d:c|I'm not going to spend tonight attacking my colleagues. I'm going to spend it talking about the thing our voters actually care about, which is rent,⟧" she said.
The evening's toughest question came from a member from Inverbrae, who asked each candidate to name one thing the party had got wrong in government. "⟦d:d|And please don't say 'communication',⟧" she added, to laughter.
Nwosu went first. "⟦d:a|We were too slow on social care. I was the health secretary, so that one's on me.⟧"
Nowak-Bell named the decision to close regional tax offices. MacLeod, after a long pause, said: "⟦d:c|We stopped listening. Somewhere around year five, we just stopped.⟧"
Chairing the event, the party's general secretary, Howard Lim, had to ask the audience twice to stop applauding so the hall could be cleared on time. "⟦d:e|You can clap on the way out,⟧" he said.

### 038
@a Fergus Laidlaw | presenter
@b Ayesha Rahimi | the network's polling expert
@c Douglas Frame | a former cabinet minister
@d Nicola Abernethy | the party's campaign director
It was 10.01pm when the exit poll flashed up on the screen, and for a moment nobody in the studio said anything at all.
“⟦d:a|Well,⟧” said presenter Fergus Laidlaw, eventually. “⟦d:a|That is not what anybody was expecting.⟧”
The poll suggested the governing Civic Party would lose 61 seats, its worst result in half a century. Professor Ayesha Rahimi, the network's polling expert, urged caution. “⟦d:b|Exit polls are very good at direction and less good at scale. I would not be writing anyone's political obituary just yet,⟧” she said.
Douglas Frame, a former cabinet minister, was less restrained. “⟦d:c|If that number is anywhere near right, there will be a leadership contest before the summer. I'd put money on it.⟧”
“⟦d:a|Would you stand?⟧” Laidlaw asked.
Frame laughed. “⟦d:c|Fergus, I've got a garden to look after.⟧”
Shortly before midnight, the party's campaign director, Nicola Abernethy, appeared via video link from headquarters. She described the exit poll as “⟦p:d|a snapshot, not a verdict⟧”.
“⟦d:d|We'll wait for real votes in real boxes,⟧” she said. “⟦d:d|I've seen exit polls be wrong before.⟧”
“⟦d:b|Not by sixty seats,⟧” Rahimi murmured, off camera but not quite off microphone.

### 039
@a Magnus Ekholm | a former procurement manager at the Defence Supply Agency
@b Rebecca Achebe | the chair of the defence committee
@c Defence Supply Agency | -
@d - | a source at the agency
A former procurement manager at the Defence Supply Agency has accused senior officials of ignoring repeated warnings about faulty body armour, in a letter to the chair of parliament's defence committee.
In the letter, sent on 3 April and seen by this newspaper, Magnus Ekholm, who left the agency in January, says he raised concerns «⟦p:a|at least six times, in writing⟧» about plates that had failed ballistic tests.
«⟦d:a:m|I was told that the tests were being reviewed, that the supplier had provided assurances, and that it was not my place to escalate further. I was told, in one meeting, that raising it again would be ‘career-limiting’.⟧
«⟦d:a|I am writing to you because I do not believe anyone else is going to act, and because the people wearing this equipment deserve better than assurances.⟧»
The chair of the defence committee, Rebecca Achebe, said she had referred the letter to the agency's chief executive and would be «⟦p:b|seeking answers in public⟧».
«⟦d:b|If these allegations are true, they are among the most serious this committee has ever received,⟧» she said.
The Defence Supply Agency said all equipment issued to troops «⟦p:c|meets or exceeds⟧» the required standards. «⟦d:c|We take any concerns raised by staff extremely seriously and will respond to the committee in full,⟧» it said.
A source at the agency, who asked not to be named, described Ekholm as «⟦p:d|a conscientious man who was badly treated⟧».

### 040
@a Tavita Leiataua | Fisheries Minister
@b Mere Tahuparae | the opposition's fisheries spokeswoman
@c Losaline Fifita | Speaker
@d - | one fisherman
NUKUVAI — Parliament erupted on Wednesday over a licensing deal that will allow foreign longline vessels to fish inside the country's exclusive economic zone for another ten years.
Fisheries Minister Tavita Leiataua told the House the agreement would bring in $38 million a year in licence fees. "⟦d:a|This money builds classrooms. It builds the new ward at Motu Hospital. I will not apologise for it,⟧" he said.
Mere Tahuparae, the opposition's fisheries spokeswoman, said the minister had "⟦p:b|sold the ocean for the price of a ward⟧".
"⟦d:b|My grandfather could catch yellowfin from a canoe off Vaitele point. My nephew goes out for three days and comes back with nothing. Where does the minister think the fish have gone?⟧" she asked.
As members on both sides rose to their feet, Speaker Losaline Fifita called for calm. "⟦d:c|Sit down, all of you. This is a parliament, not a fish market,⟧" she said.
From the public gallery, one fisherman shouted "⟦d:d|Ask us!⟧" before being led out by ushers.
Leiataua later told reporters he respected the strength of feeling. "⟦d:a|People are angry because they love the sea. So do I. But love does not pay for a hospital,⟧" he said.
### 041
@a Denise Okafor-Reid | Mayor
@b Luis Arroyo | Councilmember
@c Harriet Kowalski | a librarian at the Eastside branch
@d Trent Baptiste | Councilmember
RIVERTON — The City Council approved a $1.2 billion budget early Wednesday after a seven-hour meeting that stretched past 1 a.m., with library hours emerging as the main flashpoint.
More than 60 residents signed up for public comment. Harriet Kowalski, a librarian at the Eastside branch, told council members that closing on Sundays would hurt “⟦p:c|the people who can least afford it⟧”.
“⟦d:c|On Sundays we are the only warm building in that neighborhood with free Wi-Fi and a bathroom. I'm not being dramatic. I'm describing my job,⟧” she said.
Councilmember Luis Arroyo, who represents the 4th Ward, offered an amendment to restore Sunday hours by trimming the police overtime budget by $900,000.
“⟦d:b|We're talking about less than one-tenth of one percent of overtime. If we can't find that, we're not looking,⟧” Arroyo said.
Councilmember Trent Baptiste opposed it. “⟦d:d|I hear my colleague. But I've also heard from residents in my ward who waited forty minutes for an officer last month. I'm not taking money from that,⟧” he said.
The amendment failed 5-4. Mayor Denise Okafor-Reid, who had proposed the Sunday closures, said she would look for “⟦p:a|other ways to keep the doors open⟧” before the cuts take effect in July.
“⟦d:a|Nobody up here wants to close a library. Tonight we had to make choices, and some of them were bad choices between worse ones,⟧” she told reporters after the vote.

### 042
@a Kofi Asante-Boateng | -
@b - | the deputy finance minister
Kofi Asante-Boateng, 44, became the youngest Speaker in the history of the Lower Chamber last month. He talked to Capital Monthly about heckling, hats and the day he threw out a minister. The interview has been edited for length.
Q. You've already been described as "⟦p:-|the strictest Speaker in a generation⟧". Fair?
A. Strict? I'd say consistent. If I tell a member to sit down on a Monday, I'll tell him to sit down on a Tuesday.
Q. You suspended the deputy finance minister in your second week. Did you hesitate?
A. Not for a second. She called a colleague a "⟦p:b|liar⟧" three times in one answer. The rules say once is too many. I told her, "⟦d:a|The member will withdraw that remark or withdraw herself,⟧" and she chose the second.
Q. What's the strangest thing anyone has shouted at you from the benches?
A. "⟦d:-|Who made you king?⟧" I said the members did, by secret ballot. He didn't have a follow-up.
Q. And the hats?
A. My predecessor wore a wig. I wear my grandfather's kufi. Nobody has complained yet, and I don't intend to ask.

### 043
@a Yerlan Seitkali | Taurania's ambassador
@b Carolina Nyström-Adjei | the foreign minister of Halvoe
@c - | the president of the assembly
VARENNE — The Assembly of Nations descended into acrimony on Tuesday as Halvoe and Taurania traded accusations over the detention of 14 Halvoese aid workers.
Carolina Nyström-Adjei, the foreign minister of Halvoe, told delegates the workers had been held for 93 days “⟦p:b|without charge, without lawyers and without a single phone call home⟧”.
“⟦d:b|They are nurses and engineers. They went to Taurania to repair water pipes. If that is a crime, I would like the distinguished ambassador to tell this assembly which law it breaks,⟧” she said.
Exercising his right of reply, Taurania's ambassador, Yerlan Seitkali, said the detainees were under investigation for “⟦p:a|activities incompatible with their stated purpose⟧”.
“⟦d:a|My country will not be lectured about the rule of law by a government that sends its citizens across a border without the proper permits and then expresses surprise that the border exists,⟧” he said.
Nyström-Adjei requested a second right of reply. “⟦d:b|The permits were issued by his own ministry. I have copies. I will be happy to circulate them,⟧” she said, holding up a folder.
The president of the assembly, gavel in hand, reminded both delegations that “⟦p:c|this is a chamber for diplomacy⟧” and moved on to the next item on the agenda.

### 044
@a - | one MP who attended the meeting
@b - | a former minister
@c Barnaby Ketteridge | the chief whip
@d Priya Nandakumar | the MP for Eastholme
More than 40 government MPs have warned party whips they will vote against plans to cap winter fuel support, setting up the biggest rebellion of the parliament.
At a stormy meeting of the parliamentary party on Monday evening, the chief whip was told that the policy was "⟦p:a|dead on arrival⟧", according to one MP who attended the meeting.
"⟦d:a|It was brutal. People who have never rebelled on anything stood up one after another and said they couldn't vote for it,⟧" the MP said.
Another, a former minister, said: "⟦d:b|The whips thought this was a handful of the usual suspects. It isn't. It's the people who normally keep their heads down, and that's what should frighten them.⟧"
Priya Nandakumar, the MP for Eastholme, was among the few willing to go on the record. "⟦d:d|I've got pensioners in my constituency choosing between heating and eating. I won't be voting for anything that makes that choice harder,⟧" she said.
In a statement, Barnaby Ketteridge, the chief whip, said the government was "⟦p:c|listening carefully to colleagues⟧". "⟦d:c|These are difficult decisions, and it is right that members raise their concerns. We will continue those conversations in the days ahead,⟧" he said.

### 045
@a Gianluca Ferrante | Justice minister
@b - | one reporter
@c - | another reporter
@d Lotte Vermeulen | his spokeswoman
Justice minister Gianluca Ferrante refused to answer questions about his use of a government car for family holidays as he left his home in Castelmara on Friday morning.
``⟦d:b|Minister, did you use the car to drive to your villa?⟧'' one reporter shouted as he walked to the gate.
``⟦d:a|Good morning, everyone,⟧'' Ferrante said.
``⟦d:c|Will you pay the money back?⟧'' another reporter called out.
``⟦d:a|I have said everything I have to say in my statement. Thank you,⟧'' he replied, before climbing into the back of the car in question.
Ferrante's statement, issued on Thursday night, said all journeys had been ``⟦p:a|in accordance with the rules as I understood them⟧''.
Later, his spokeswoman, Lotte Vermeulen, told reporters the minister would be ``⟦p:d|happy to cooperate with any review⟧''. ``⟦d:d|He has nothing to add this morning, and he won't be doing interviews today,⟧'' she said.

### 046
@a Shirin Farahani | the education secretary for the past three years
@b Idris Okonjo-Blake | her successor
@c - | one Farahani ally
@d - | a source in the prime minister's office
Shirin Farahani, the education secretary for the past three years, was sacked on Tuesday in a reshuffle that saw five cabinet ministers leave the government.
Farahani, who had been seen as a potential leadership rival to the prime minister, posted on social media within minutes of leaving the prime minister's office. “⟦d:a|It has been the privilege of my life to serve. I'm proud of what we did for children in this country, and I'm not finished yet,⟧” she wrote.
The last four words were widely read in parliament as a warning shot.
A source in the prime minister's office insisted the move was “⟦p:d|about delivery, not personalities⟧”. “⟦d:d|The prime minister wants a fresh pair of eyes on schools. That's all there is to it,⟧” the source said.
One Farahani ally was scathing. “⟦d:c|Nobody believes that. She was moved because she was popular, and that's a dangerous thing to be in this government,⟧” they said.
Her successor, Idris Okonjo-Blake, arrived at the department shortly after 3pm and told waiting staff he had “⟦p:b|very big shoes to fill⟧”.
“⟦d:b|Shirin did a lot of good work here, and I intend to build on it,⟧” he said.

### 047
@a Marjorie Featherstone | the member for Ockley
@b Samuel Adeyemi-Cole | a former hospice doctor who sits for Renwick West
@c Hamza Qadri | the bill's sponsor
MPs gave an emotional second reading to the assisted dying bill on Friday, after five hours of debate in which members on both sides spoke of parents, partners and patients.
Marjorie Featherstone, the member for Ockley, told the House about her husband's death from motor neurone disease in 2019.
"⟦d:a:m|Geoffrey was a proud man. He taught chemistry for thirty-one years. By the end he could not lift a cup, could not speak, could not swallow. He asked me, with a letter board, to help him. I could not.⟧
"⟦d:a|I am not asking anyone in this House to vote as I will vote. I am asking them to imagine that board.⟧"
The chamber, unusually, fell completely silent.
Samuel Adeyemi-Cole, a former hospice doctor who sits for Renwick West, spoke against the bill. "⟦d:b|I have sat with more than a thousand people as they died. Most of them, with good care, died well,⟧" he said. "⟦d:b|My fear is not for the Geoffreys. It is for the frightened, the poor and the lonely, who may come to feel they are a burden.⟧"
Hamza Qadri, the bill's sponsor, thanked members for a debate he said had shown parliament "⟦p:c|at its best⟧". "⟦d:c|We disagreed profoundly, and we did it with respect. The country was watching, and I hope it was proud,⟧" he said.

### 048
@a Gordon Pilling | Council leader
@b Fatou Ceesay | a 26-year-old youth worker standing for the first time
@c Stewart Haig | the party's regional organiser
Council leader Gordon Pilling has lost his own seat in a dramatic night at the Haddesley count, as his party's 22-year grip on the town hall came to an end.
Mr Pilling was defeated in Castle ward by 41 votes by Fatou Ceesay, a 26-year-old youth worker standing for the first time.
“⟦d:b|I'm still shaking,⟧” Ms Ceesay said, clutching the returning officer's result sheet. “⟦d:b|I knocked on every door in Castle ward. Twice. I think people just wanted to be asked.⟧”
Mr Pilling, 68, was gracious in defeat. “⟦d:a|The voters are never wrong. They're sometimes harsh, but they're never wrong,⟧” he said. “⟦d:a|I wish Fatou well. She'll find it's a harder job than it looks from the outside.⟧”
Asked whether he would stand again, the veteran councillor smiled. “⟦d:a|I'm 68. I think the town's made its decision, and so have I.⟧”
Stewart Haig, the party's regional organiser, blamed “⟦p:c|national factors⟧” for the losses, but conceded the party had “⟦p:c|taken Haddesley for granted⟧”.

### 049
@a Oren Hadad | a spokesman for the Liberal Front
@b Rosa Quintanilla | Interior Minister
@c Liberal Front | the party
The opposition Liberal Front on Sunday accused Interior Minister Rosa Quintanilla of "⟦p:c|manufacturing a crisis⟧" on the southern border to distract from rising food prices.
Quintanilla announced on Saturday that 2,000 additional police officers would be sent to the border region of Alcarra, which she said faced "⟦p:b|an unprecedented surge⟧" in illegal crossings.
"⟦d:b|We will not wait for this to become a catastrophe before we act,⟧" she told a news conference in the regional capital. "⟦d:b|The people of Alcarra have been asking for help for a year. Today they are getting it.⟧"
Oren Hadad, a spokesman for the Liberal Front, said crossings had in fact fallen by 12 per cent this year, according to the ministry's own data. "⟦d:a|The minister has discovered a crisis in the one week her government's approval rating fell below thirty per cent. I'm sure that's a coincidence,⟧" he said.
In a statement, the Liberal Front said it would demand that the minister appear before parliament's interior committee. "⟦d:c|The figures belong to the public, not to the minister's press office,⟧" the party said.

### 050
@a Clement Osei-Bonsu | the former health minister
@b Eleanor Vance-Lyall | counsel to the inquiry
@c Gideon Marlowe | the inquiry's chairman
A former health minister told the procurement inquiry on Wednesday that he had «⟦p:a|no memory whatsoever⟧» of a meeting at which a £90m contract for medical gowns was discussed with a company owned by a party donor.
Clement Osei-Bonsu, the former health minister, was shown his own diary entry for 14 May, which recorded a 30-minute meeting with the firm's chairman.
«⟦d:b|That is your handwriting, Mr Osei-Bonsu?⟧» asked Eleanor Vance-Lyall KC, counsel to the inquiry.
«⟦d:a|It appears to be.⟧»
«⟦d:b|And it says ‘Gowns — call back’. What did you call back about?⟧»
«⟦d:a|I'm afraid I simply don't recall. I was having forty meetings a week at that time. I don't say that as an excuse; I say it as a fact,⟧» he replied.
The inquiry's chairman, Sir Gideon Marlowe, intervened to ask whether the minister had told officials about the donor connection. «⟦d:c|Did anyone in your department know that this gentleman had given money to your party?⟧»
«⟦d:a|I would have assumed so. It was publicly declared,⟧» Osei-Bonsu said.
«⟦d:c|Assumed,⟧» Sir Gideon repeated, making a note.
### 051
@a Esperanza Villalobos | the government's chief negotiator
@b Rigoberto Cañas | head of the Frente Campesino delegation
@c Annelise Brekke | a former Skarnland foreign minister
Government and rebel negotiators meeting in Puerto Almendro agreed on Saturday to a 90-day ceasefire, the first formal truce in more than a decade of conflict in the country's southern highlands.
The government's chief negotiator, Esperanza Villalobos, said the agreement was “⟦p:a|fragile but real⟧”. “⟦d:a|Hoy nadie ganó. Hoy todos dejamos de perder,⟧” she told reporters. “⟦d:a|Today nobody won. Today we all stopped losing.⟧”
Rigoberto Cañas, head of the Frente Campesino delegation, said through an interpreter that his fighters would respect the truce “⟦p:b|to the letter, as long as the army does the same⟧”.
“⟦d:b|We did not come here to surrender. We came here because our children asked us to come home,⟧” he said.
The mediator, Annelise Brekke, a former Skarnland foreign minister, said the hardest work lay ahead. “⟦d:c|A ceasefire is a door. It is not a house. Now we have to build the house, and we have ninety days to lay the foundations,⟧” she said.

### 052
@a Desmond Farrow-Hughes | MP for Fernleigh
@b Glenys Patterson | next-door neighbour
@c - | one villager
@d Parliamentary Expenses Authority | -
A MILLIONAIRE MP claimed more than £11,000 in taxpayer-funded expenses for a "⟦s:-|second home⟧" that neighbours say he has barely set foot in.
Desmond Farrow-Hughes, MP for Fernleigh, listed the two-bedroom cottage in the village of Amblecote Parva as his constituency residence on claims submitted over three years, documents seen by the Sunday Herald reveal.
But next-door neighbour Glenys Patterson, 73, said she could count his visits "⟦p:b|on one hand⟧".
"⟦d:b|I've lived here since 1981 and I've seen him maybe four times. The curtains never move. The bins never go out,⟧" she said. "⟦d:b|If he lives there, he's the quietest man in the county.⟧"
One villager, who did not want to be named, added: "⟦d:c|We call it the ghost house. Nobody knew who owned it until the newspaper turned up.⟧"
Farrow-Hughes insisted the claims were "⟦p:a|entirely within the rules⟧". "⟦d:a|I spend a great deal of time in Fernleigh, much of it working rather than sitting in the cottage,⟧" he said.
The Parliamentary Expenses Authority said it would "⟦p:d|look into the matter⟧".

### 053
@a Dawit Haile | Prime Minister
@b Matías Ocampo | President
@c Lucy Tremayne | Channel 7's political correspondent
Prime Minister Dawit Haile and President Matías Ocampo of Serranía signed a ten-year energy partnership in Addamere on Thursday, but the visit was overshadowed by questions about a jailed Serranían journalist.
“⟦d:a|This is the most important agreement our two countries have signed in a generation,⟧” Haile said at a joint news conference. “⟦d:a|It means cheaper power for our factories and steady buyers for Serranía's gas.⟧”
Ocampo, speaking in Spanish, said the deal would create “⟦p:b|thousands of jobs on both sides of the ocean⟧”.
Lucy Tremayne, Channel 7's political correspondent, asked the prime minister whether he had raised the case of Javier Roldán, a reporter jailed in Serranía for 14 months. “⟦d:c|Prime Minister, did you mention Mr Roldán today, and if not, why not?⟧”
“⟦d:a|I raised it, and I raised it directly,⟧” Haile said. “⟦d:a|I won't go into the details of a private conversation.⟧”
Ocampo, standing a few feet away, was asked the same question. “⟦d:b|Our courts are independent. I do not tell them what to do, and my friend the prime minister does not tell them either,⟧” he said. The news conference was brought to a close moments later.

### 054
@a Theo Vandenberghe | the deputy chief whip
@b Kirsty Abercromby | a junior transport minister
@c Jun-ho Park | the MP for Lanmoor
@d - | a party spokesperson
Leaked messages from a group chat of government MPs show a senior whip discussing how to "⟦p:a|make an example⟧" of a backbencher who voted against the government on the planning bill.
The messages, obtained by the Tribune, were sent in a group named "⟦s:-|Team Spirit⟧" that includes more than 30 MPs and ministers.
In one, sent at 11.42pm on the night of the vote, Theo Vandenberghe, the deputy chief whip, wrote: "⟦d:a|Her local association needs to hear from us first thing. Make an example. Nobody else tries this.⟧"
Kirsty Abercromby, a junior transport minister, replied: "⟦d:b|Is that wise? She's popular locally.⟧"
"⟦d:a|Popular doesn't matter. Loyal matters,⟧" Vandenberghe responded.
Another member of the group, Jun-ho Park, the MP for Lanmoor, added a thumbs-up emoji and the words "⟦d:c|Agree. Long overdue.⟧"
A party spokesperson said the messages had been "⟦p:d|taken out of context⟧". "⟦d:d|Private conversations between colleagues often involve robust language. No action was taken against any member,⟧" the spokesperson said.

### 055
@a Rukhsana Begum | the council's cabinet member for education
@b Liam Donnelly | a father of three whose youngest attends Hollybank Primary
@c - | one teacher
@d - | a woman at the back of the hall
Angry parents packed Hollybank Primary's assembly hall on Monday evening to confront council leaders over plans to close the school and merge it with nearby St Wilfrid's.
Councillor Rukhsana Begum, the council's cabinet member for education, told the meeting that falling birth rates meant Hollybank would have “⟦p:a|more empty desks than children⟧” within five years.
“⟦d:a|I know how much this school means to you. I went to a school that closed, and I remember how it felt,⟧” she said. “⟦d:a|But keeping a half-empty building open means taking money from every other child in the borough.⟧”
“⟦d:d|So close the council offices!⟧” shouted a woman at the back of the hall, to applause.
Liam Donnelly, a father of three whose youngest attends Hollybank Primary, said the walk to St Wilfrid's would take his children across the dual carriageway. “⟦d:b|Has anybody on the council actually walked it? With a five-year-old? In the rain?⟧” he asked.
Cllr Begum said a crossing would be installed “⟦p:a|before any child makes that journey⟧”.
One teacher, who did not want to be named because she feared for her job, said staff had learned about the proposal from a parents' group chat. “⟦d:c|Nobody told us. We found out the same way as everyone else,⟧” she said.

### 056
@a Ivo Petrović | the prime minister's director of communications
@b - | a former colleague
@c Marianne Delacroix-Boyd | the Chronicle's veteran political editor
Ivo Petrović does not, he insists, do spin. "⟦d:a|Spin is what you do when you've got nothing to say. I've always got something to say. The trick is making people listen,⟧" he says, stirring a third espresso in a café round the corner from the prime minister's office.
For four years Petrović, the prime minister's director of communications, has been the most feared man in the lobby: a former tabloid news editor with a photographic memory for headlines and a longer one for slights.
"⟦d:b|He once rang me at 6am to complain about a caption. Not the story. The caption,⟧" says a former colleague, who still works in government and asked not to be named. "⟦d:b|He was right about the caption, which was the annoying thing.⟧"
Marianne Delacroix-Boyd, the Chronicle's veteran political editor, describes him as "⟦p:c|the only press officer I've ever been slightly afraid of⟧".
"⟦d:c|He never shouts. That's what unnerves people. He just goes very quiet and tells you exactly what's wrong with your copy,⟧" she says.
Petrović, for his part, says the job has changed beyond recognition since he started.
"⟦d:a:m|When I began, you had two news cycles a day, morning and evening, and you could plan around them. Now there's no cycle. It's just a wall of noise, twenty-four hours a day.⟧
"⟦d:a|The temptation is to shout louder than the noise. I think that's a mistake. You win by being the one voice in the room that's calm.⟧"

### 057
@a Marie-Josée Tremblay-Okoro | the government's leader in the Senate
@b Angus Moncrieff | an independent senator from Kildonan
@c Ravinder Gill | an opposition senator
@d - | the Speaker of the Senate
ST ALBAIN — Senators pressed the government on Wednesday over delays to a long-promised northern rail line, in a question period that grew unusually heated for the normally sedate upper chamber.
Angus Moncrieff, an independent senator from Kildonan, asked why construction had yet to begin, six years after the line was first announced. ``⟦d:b|The people of Kildonan have been promised this railway by three governments. Could the leader tell us which decade they should expect it in?⟧''
Marie-Josée Tremblay-Okoro, the government's leader in the Senate, said environmental assessments were ``⟦p:a|nearing completion⟧''. ``⟦d:a|I share the honourable senator's impatience. I would rather build it once and build it properly,⟧'' she said.
``⟦d:c|You said that last year,⟧'' Ravinder Gill, an opposition senator, interjected.
``⟦d:d|Order,⟧'' the Speaker of the Senate said. ``⟦d:d|Senator Gill will have his opportunity.⟧''
Moncrieff, rising for a supplementary, was blunter. ``⟦d:b|Nearing completion. I've heard that phrase so often I'm thinking of having it engraved on my headstone,⟧'' he said.

### 058
@a Hiroko Tanabe | the summit's host
@b - | the final communiqué
@c Kwabena Mensah-Addo | President
@d - | one delegate from a small island state
Leaders of the Coastal Nations Forum ended their three-day summit in Minato Bay on Sunday with a pledge to halve the plastic waste entering the sea by 2035, but without the binding targets that smaller states had demanded.
The final communiqué commits members to «⟦p:b|ambitious and nationally determined action⟧», language that environmental groups immediately criticised as vague.
Prime Minister Hiroko Tanabe of Aoshima, the summit's host, defended the outcome. «⟦d:a|A year ago, half of the countries in that room would not discuss plastic at all. Today every one of them has signed,⟧» she told a closing press conference. «⟦d:a|I would rather have everyone inside the tent than a perfect text that nobody signs.⟧»
President Kwabena Mensah-Addo of Zanarra said he was «⟦p:c|disappointed but not discouraged⟧». «⟦d:c|We will be back next year, and the year after that, until the targets are binding,⟧» he said.
One delegate from a small island state was less diplomatic. «⟦d:d|We came here for a lifeboat and they gave us a leaflet,⟧» she said.

### 059
@a Beatriz Salgueiro | the leader of the opposition
Beatriz Salgueiro, the leader of the opposition, is sitting in the back room of a café in Porto Velhano, picking at a pastry she has no intention of eating and explaining why she thinks the north will decide the next election.
“⟦d:a|Everybody in the capital,⟧” she says, waving a fork vaguely towards the south, “⟦d:a|thinks this region is a museum. It isn't. It's where the election will be won, and I intend to win it here.⟧”
Her party trails the government by four points nationally but leads in most polls across the northern provinces. Salgueiro puts that down to what she calls “⟦p:a|the politics of turning up⟧”.
“⟦d:a|I've been to Porto Velhano eleven times this year. The prime minister has been once, and he stayed for forty minutes,⟧” she says.
“⟦d:-|Isn't that just campaigning?⟧” we asked.
“⟦d:a|Of course it's campaigning. What do you think politics is? The difference is I'll keep coming back after the votes are counted.⟧”
On the economy she is more cautious, declining to commit to reversing the government's increase in sales tax. “⟦d:a|I'm not going to write a budget in a café,⟧” she says, finally putting down the fork.

### 060
@a National Electoral Commission | the commission
@b Abdirahman Warsame | the commission's chairman
@c Mwajuma Njeri-Otieno | its spokeswoman
@d - | a senior official in the ruling Unity Congress
KASSALI, Oct 2 (Meridian News) - The National Electoral Commission on Monday postponed the presidential run-off by two weeks, citing "⟦p:a|logistical difficulties⟧" in distributing ballot papers to remote northern districts.
"⟦d:a|The commission has taken this decision with great reluctance and solely to ensure that every eligible citizen is able to vote,⟧" the commission said in a statement.
Abdirahman Warsame, the commission's chairman, told a news conference in the capital that 400,000 ballots had been printed with the wrong polling station codes. "⟦d:b|It was an error by the printer, and we caught it. I would rather delay by two weeks than hold an election we cannot defend,⟧" he said.
The opposition Democratic Movement rejected the explanation. Its spokeswoman, Mwajuma Njeri-Otieno, said the delay was "⟦p:c|a naked attempt to buy time⟧" for the incumbent.
"⟦d:c|They had six months to print ballots. Suddenly, two weeks before the vote, the printer makes a mistake. Nobody in this country is that naive,⟧" she said.
A senior official in the ruling Unity Congress, speaking on condition of anonymity, said the party was "⟦p:d|ready to vote tomorrow⟧" and had not asked for any delay.

### 061
@a Hemi Walker | Mayor
@b Sandra Kingi | Deputy mayor
@c Trevor Mulligan | Councillor
@d - | a council officer
Wednesday's meeting of the Tamarau District Council lasted three hours and 14 minutes, of which, by one count, 22 minutes were spent on the question of who was muted.
The meeting, held online because the council chamber is being re-roofed, had barely begun when Councillor Trevor Mulligan, who has repeatedly clashed with the mayor, appeared on screen with his microphone off, gesturing.
“⟦d:a|Trevor, you're on mute,⟧” Mayor Hemi Walker said. “⟦d:a|Trevor. Mute. Bottom left.⟧”
When Mr Mulligan eventually found the button, he accused the mayor of “⟦p:c|deliberately silencing dissent⟧”.
“⟦d:c|This is the third meeting in a row where I've been cut off halfway through a sentence. That's not a technical problem. That's a political one,⟧” he said.
“⟦d:a|It's a broadband problem, Trevor. You're in a shed,⟧” the mayor replied.
Deputy mayor Sandra Kingi tried to move the meeting on to the item actually on the agenda: a $2.4 million upgrade to the Tamarau wastewater plant. “⟦d:b|Can we please talk about sewage? I never thought I'd be the one asking,⟧” she said.
At one point, with several councillors talking at once, a council officer could be heard saying: “⟦d:d|Everyone's unmuted. Everyone. Please.⟧”
The upgrade was approved unanimously. Mr Mulligan's vote was recorded by a show of hands, after his video froze.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh96.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh96",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
