# ruff: noqa: E501
"""Build ``quotes_fresh160.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: parliamentary question times and debates with interruptions and heckles, select
committee and confirmation hearings, broadcast and radio interviews in which presenters
press ministers, phone-ins, campaign trail and doorstep reporting, hustings, lobby
briefings by unnamed spokespeople, council and assembly meetings, leadership contests,
leaks and unnamed sources, summits and foreign ministers' press conferences, written in
the styles of wire copy, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh160-NNN``.

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
  it (``The chair, the Rev Judith …, the vicar of St Aidan's``): the appositive is the
  description. A title before the name alone (``Opposition leader …``, ``Shadow
  Defence Secretary …``, ``Councilmember …``, ``Committee chair …``) is the
  description; so is an appositive standing before the name and set off by commas
  (``The committee's chair, Cllr Bernadette …,``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 71-year-old``,
  ``the presenter``), that description is taken.
* A non-restrictive relative clause after an appositive or description (``Another
  rebel, who asked not to be named``) is not part of the description; a restrictive
  one is.
* Heckles, shouts and cries from the benches, the gallery or the floor are ``direct``
  with a null speaker and the description the passage gives for whoever shouted
  (``one opposition backbencher``, ``a man in the gallery``), else null. Slogans
  chanted in unison stay ``scare``.
* Questions put by presenters, chairs, moderators, committee members and members of an
  audience are their speech. A question from an unnamed reporter is ``direct`` with a
  null speaker and the description the passage gives (``one reporter``), else null.
* Unnamed spokespeople, aides, whips, allies, diplomats and sources have a null speaker
  and the passage's description of them (``the Prime Minister's spokeswoman``,
  ``A senior government source``).
* Leaked messages, letters and social-media posts are the speech of their named
  author. A letter read aloud by someone else belongs to its author when the passage
  names the author as the one who wrote it. Fragments of a communiqué or report with no
  identified author are ``partial`` with a null speaker.
* Words reported as someone's (a phrase a newspaper says a minister used, a phrase
  quoted inside a presenter's transcript question), are that person's; a phrase first
  given to ``one resident`` and later tied to a named person is the named person's.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh160.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh160.jsonl")

PASSAGES = """
### 001
@a Gareth Lowery | Prime Minister
@b Anjali Desai-Fraser | Opposition leader
@c Hywel Rees-Bowen | the Speaker
@h - | one opposition backbencher
@e - | a spokesperson for the People's Party
HALDEN, Oct 8 (Meridian) - Prime Minister Gareth Lowery and Opposition leader Anjali Desai-Fraser clashed over hospital waiting lists at a bad-tempered question time on Wednesday, with the Speaker forced to intervene twice to restore order.
Desai-Fraser opened by asking how many patients in the prime minister's own constituency had waited more than a year for surgery. “⟦d:b|He won't know, because he hasn't asked,⟧” she said. “⟦d:b|Two thousand and forty. Two thousand and forty people in Northcote alone.⟧”
Lowery said waiting lists had fallen for “⟦p:a|five months in a row⟧” and accused the opposition of “⟦p:a|talking down the doctors and nurses who have delivered that⟧”.
“⟦d:a|She can shout all she likes,⟧” the prime minister said, as opposition MPs jeered. “⟦d:a|The numbers are the numbers.⟧”
“⟦d:h|Fiddled numbers!⟧” shouted one opposition backbencher.
The Speaker, Hywel Rees-Bowen, rose from his chair. “⟦d:c|Order! Order. The honourable member for Carrow West will contain himself or he will find himself outside the chamber,⟧” he said.
Desai-Fraser returned to the attack. “⟦d:b|The prime minister likes to talk about numbers. Let me give him a name.⟧” She described the case of a constituent, a retired bus driver who had waited 19 months for a hip replacement, and asked whether Lowery would apologise to him.
“⟦d:a|Of course I'm sorry for anyone who waits too long,⟧” Lowery replied. “⟦d:a|But what I won't do is take lectures from a party that voted against every penny of extra funding.⟧”
The session ended with Rees-Bowen again calling for quiet and telling MPs that the public “⟦p:c|expect better than this⟧”.
A spokesperson for the People's Party said afterwards that the prime minister had “⟦p:e|once again failed to answer a simple question⟧”.

### 002
@a Rosalind Achterberg | the committee's chair
@b Marcus Olufemi-Hart | permanent secretary at the department
@c Priya Venkataraman | a Commonwealth Party member of the committee
@d Castellan Systems | the contractor
The most senior civil servant at the Department for Work and Skills has admitted that warnings about the £480m "⟦s:-|Project Lantern⟧" benefits system were "⟦p:b|not escalated as they should have been⟧", in a bruising appearance before MPs.
Sir Marcus Olufemi-Hart, permanent secretary at the department, told the Public Accounts Committee that he had first seen a red-rated risk report in February last year, eight months before the system was switched off.
"⟦d:a|Eight months, Sir Marcus,⟧" said Dame Rosalind Achterberg, the committee's chair. "⟦d:a|What were you doing for eight months?⟧"
"⟦d:b|We were trying to fix it. With hindsight, we were trying to fix something that could not be fixed,⟧" he replied.
Priya Venkataraman, a Commonwealth Party member of the committee, pressed him on whether ministers had been told. He said the minister at the time had received "⟦p:b|regular updates⟧".
"⟦d:c|Regular updates saying what? That it was fine?⟧" Venkataraman asked.
"⟦d:b|Saying that there were significant risks.⟧"
"⟦d:c|Significant risks. Not that it was failing.⟧"
"⟦d:b|I accept that the language could have been clearer.⟧"
Achterberg, who has chaired the committee since 2019, said she would write to the department demanding every risk report produced for the project. "⟦d:a|I'm afraid 'could have been clearer' is doing a lot of work this morning,⟧" she said.
Castellan Systems, the contractor, said in a statement that it had "⟦p:d|delivered every milestone agreed with the department⟧" and rejected any suggestion that it was to blame.

### 003
@a Oluwaseun Bakare | Housing Minister
@b Tobias Wren | Presenter
@c Maeve Costigan | The opposition's housing spokesperson
Housing Minister Oluwaseun Bakare was repeatedly pressed on Thursday over whether the government would meet its target of 300,000 new homes a year, in a tense interview on National Radio's “⟦s:-|First Light⟧” programme.
Presenter Tobias Wren asked him four times whether the target would be met by the end of the parliament.
“⟦d:b|It's a yes or no question, minister,⟧” Wren said.
“⟦d:a|And it's a yes or no world we don't live in, Tobias,⟧” Bakare replied. “⟦d:a|We are building more homes than at any point in the last decade. That's the answer.⟧”
“⟦d:b|That isn't the answer to the question I asked.⟧”
“⟦d:a|It's the answer that matters to people.⟧”
Wren then read out figures from the government's own statistics agency showing that completions had fallen in three of the last four quarters. The minister said the data was “⟦p:a|a snapshot⟧” and that planning reforms would “⟦p:a|come through in the second half of the parliament⟧”.
Asked whether he would resign if the target was missed, Bakare laughed. “⟦d:a|I'm not going to do hypotheticals on breakfast radio,⟧” he said.
The opposition's housing spokesperson, Maeve Costigan, said the interview had been “⟦p:c|painful to listen to⟧”.
“⟦d:c|If the minister can't tell us whether his own promise will be kept, why should anyone believe the next one?⟧” she said.

### 004
@a - | her official spokesperson
@b Eleanor Vasquez-Hale | Prime Minister
@c - | One reporter
@d - | a Treasury spokesperson
@e - | An ally of the finance minister
Prime Minister Eleanor Vasquez-Hale retains "⟦p:a|full confidence⟧" in her finance minister, Rufus Adebayo-Kent, her official spokesperson said on Monday, after weekend reports that the two had fallen out over the timing of tax cuts.
"⟦d:a|The Prime Minister and the finance minister work closely together every day, and that will continue,⟧" the spokesperson told reporters at the regular lobby briefing.
Asked whether Vasquez-Hale had seen the reports, which claimed she had dismissed Adebayo-Kent's plans as "⟦p:b|fantasy economics⟧" in front of the cabinet, the spokesperson said: "⟦d:a|I'm not going to get into commenting on anonymous briefings.⟧"
One reporter asked: "⟦d:c|Did she use those words or not?⟧"
"⟦d:a|I've given you my answer,⟧" the spokesperson said.
Pressed again, the spokesperson said the Prime Minister had "⟦p:a|enormous respect⟧" for the finance minister and that the budget would be set out "⟦p:a|in the usual way, at the usual time⟧".
Later, a Treasury spokesperson said: "⟦d:d|The finance minister is focused on delivering a budget that supports growth. He will not be distracted by gossip.⟧"
An ally of the finance minister was blunter. "⟦d:e|Someone in Number Four is trying to set him up to fail, and everyone in the building knows who,⟧" the ally said.

### 005
@a Dafydd Ellory-Price | Commonwealth Party leader
@b Gary Tonks | a crane operator who has worked at the plant for 31 years
@c Shona McAllister | a 26-year-old apprentice electrician
@d National Party | -
Standing on a pallet in the yard of the Fernside steelworks, Commonwealth Party leader Dafydd Ellory-Price promised workers on Tuesday that a government led by him would “⟦p:a|never let this furnace go cold⟧”.
“⟦d:a|They told your fathers this place had no future. They were wrong then, and the people saying it now are wrong too,⟧” he told about 200 workers in hi-vis jackets, beneath a banner reading “⟦s:-|Fernside Forged the Nation⟧”.
Not everyone was convinced. “⟦d:b|Every five years someone turns up in a hard hat and says that,⟧” said Gary Tonks, 58, a crane operator who has worked at the plant for 31 years. “⟦d:b|I'll believe it when I see the order book.⟧”
Others were warmer. Shona McAllister, a 26-year-old apprentice electrician, said she had never voted before but would this time. “⟦d:c|He actually stopped and talked to us. Nobody's done that,⟧” she said.
Ellory-Price was later asked by reporters how he would pay for the £2bn support package he has promised the industry.
“⟦d:a|Through the national investment fund, which we've costed, published and defended line by line,⟧” he said. “⟦d:a|Next question.⟧”
The National Party said in a statement that the promise was “⟦p:d|unfunded and undeliverable⟧” and that workers had “⟦p:d|heard it all before⟧”.

### 006
@a Judith Oyelaran-Smith | the vicar of St Aidan's
@f Margaret Ellwood | retired teacher
@b Callum Reddy | the National Party candidate
@c Farah Siddiqui | the Commonwealth Party candidate
@d Piotr Zieliński | Green candidate
@e Ursula Brandt | a local GP
More than 150 people squeezed into St Aidan's church hall in Brackenbury on Friday night for the only hustings of the by-election campaign, and they did not hold back.
The chair, the Rev Judith Oyelaran-Smith, the vicar of St Aidan's, opened with a warning. "⟦d:a|I have a bell, and I am not afraid to use it,⟧" she said, to laughter.
The first question, from retired teacher Margaret Ellwood, was about the closure of the town's maternity unit. "⟦d:f|Which of you will actually reopen it, and when?⟧" she asked.
Callum Reddy, the National Party candidate, said the decision had been "⟦p:b|made by clinicians, not politicians⟧", which drew groans.
"⟦d:-|Rubbish!⟧" someone shouted from the back.
Farah Siddiqui, the Commonwealth Party candidate, said she would "⟦p:c|chain myself to the doors⟧" if that was what it took. "⟦d:c|I had both of my children in that unit. I'm not going to be told it's a clinical decision to make women drive 40 miles in labour,⟧" she said.
Green candidate Piotr Zieliński said: "⟦d:d|Everyone on this stage will tell you they'll save it. Ask them what they voted for last time.⟧"
The loudest applause of the night went to Ursula Brandt, a local GP standing as an independent. "⟦d:e|I've delivered babies in that unit. I'm standing because none of the parties listened,⟧" she said.
Reddy later conceded the mood in the hall was against him. "⟦d:b|I hear the strength of feeling in this room, and I will take it back to the minister,⟧" he said.
At 9.30pm Oyelaran-Smith rang her bell. "⟦d:a|That's it, I'm afraid. Go home and vote,⟧" she said.

### 007
@a Derek Ashworth | -
@b Bernadette Kowalczyk | The committee's chair
@c Nasser Haddad | the council's cabinet member for housing
@g - | a man in the gallery
@d Harrowgate Developments | -
Plans to turn the old Kestrel Road bus depot into 120 flats were thrown out by Marlow Vale District Council's planning committee on Wednesday night after a heated two-hour debate.
Cllr Derek Ashworth (Ind, Kestrel) told the meeting the scheme was “⟦p:a|far too big, far too tall and far too cheap in every sense⟧”.
“⟦d:a|We've been promised affordable homes on this site three times. Each time the number goes down and the height goes up,⟧” he said.
The committee's chair, Cllr Bernadette Kowalczyk, had to call for quiet several times as members of the residents' group, which calls itself “⟦s:-|Kestrel Not Concrete⟧”, applauded from the public gallery.
“⟦d:b|Can I remind the gallery that this is a meeting held in public, not a public meeting,⟧” she said.
Cllr Nasser Haddad, the council's cabinet member for housing, urged members to approve the plans. “⟦d:c|If we turn this down, the developer goes to appeal, wins, and we get nothing at all. That is the reality,⟧” he said.
Cllr Ashworth replied: “⟦d:a|With respect to my colleague, that's what they say every time.⟧”
The motion to refuse was carried by seven votes to four. As the result was read out, a man in the gallery shouted: “⟦d:g|About time!⟧”
Harrowgate Developments, which submitted the application, said it was “⟦p:d|disappointed⟧” and would “⟦p:d|consider all options, including an appeal⟧”.

### 008
@a Adrian Falk | the former home secretary
@b Kwame Asante-Boateng | the 44-year-old
@c Helena Strickland | Party grandee
@d - | A spokesperson for Falk's campaign
The contest to succeed Edwin Marlowe as leader of the National Party turned personal on Sunday, as the two remaining candidates traded accusations of disloyalty and economic illiteracy.
Adrian Falk, the former home secretary, used a speech in Denholm to accuse his rival of having "⟦p:a|sat on his hands⟧" while the party's poll ratings collapsed.
"⟦d:a|Where was Kwame when the going got tough? I'll tell you where he was. He was briefing journalists,⟧" Falk said.
Kwame Asante-Boateng, who served as business minister until January, hit back within the hour. "⟦d:b|Adrian is a decent man, but he has spent this campaign promising tax cuts he cannot pay for. That's not conservatism, it's magical thinking,⟧" the 44-year-old told supporters in Lisle.
Asked about the briefing allegation, Asante-Boateng said: "⟦d:b|I have never briefed against a colleague in my life, and he knows it.⟧"
Party grandee Dame Helena Strickland, who has not endorsed either man, called the tone "⟦p:c|unedifying⟧". "⟦d:c|Members want to hear about the country, not about who said what to whom in a corridor three years ago,⟧" she said.
A spokesperson for Falk's campaign said: "⟦d:d|Adrian stands by every word.⟧"
Ballot papers go out to the party's 160,000 members on Thursday.

### 009
@a Harriet Lomax | a special adviser to Transport Secretary Nikolai Petrov
@b Nikolai Petrov | Transport Secretary
@c - | A Department of Transport and Infrastructure spokesperson
@d - | One official familiar with the programme
@e Rhys Tallis | Opposition transport spokesman
A senior adviser to the transport secretary warned privately that the government's flagship rail electrification programme was “⟦p:a|a political promise in search of an engineering plan⟧”, according to a leaked memo seen by the Sentinel.
The four-page memo, written in June by Harriet Lomax, a special adviser to Transport Secretary Nikolai Petrov, says the timetable is “⟦p:a|not credible⟧” and urges ministers to “⟦p:a|reset expectations before the public does it for us⟧”.
“⟦d:a|If we carry on announcing dates we know we will miss, we will own every delay personally,⟧” Lomax writes. “⟦d:a|Better to take one bad day now than a bad day every month until the election.⟧”
Petrov is understood to have rejected the advice. Speaking on a visit to Corwick on Tuesday, he said: “⟦d:b|We are absolutely on track, and I'm not going to comment on leaks.⟧”
A Department of Transport and Infrastructure spokesperson said: “⟦d:c|We do not comment on leaked documents. The electrification programme remains on schedule and on budget.⟧”
One official familiar with the programme said the memo had caused “⟦p:d|absolute fury⟧” on the department's top floor. “⟦d:d|Harriet wrote down what everyone below the fifth floor has been saying for a year,⟧” the official said.
Opposition transport spokesman Rhys Tallis said: “⟦d:e|The government's own adviser doesn't believe its promises. Why on earth should passengers?⟧”

### 010
@a Hélène Marchetti-Roux | Valmont's foreign minister
@b Jonas Lindqvist-Aho | Her Osterlund counterpart
@c - | a journalist from Radio Valmont
@d Council of the Northern Rivers | -
The foreign ministers of Valmont and Osterlund pledged on Friday to reopen talks on their disputed river border, ending an eighteen-month freeze that had alarmed their neighbours.
«⟦d:a|Nous avons perdu assez de temps⟧», Valmont's foreign minister, Hélène Marchetti-Roux, told reporters in Saint-Aubin. «⟦d:a|We have lost enough time⟧», she repeated in English, «⟦d:a|and our citizens on both banks of the river have paid for it.⟧»
Her Osterlund counterpart, Jonas Lindqvist-Aho, speaking through an interpreter, called the agreement «⟦p:b|a first step, not a last one⟧».
«⟦d:b|We do not pretend that the difficult questions have disappeared. They are still on the table. But now, at least, there is a table⟧», he said.
Asked whether the disputed fishing quotas would be part of the talks, Marchetti-Roux said: «⟦d:a|Tout est sur la table⟧» («⟦d:a|Everything is on the table⟧»).
«⟦d:c|Including the quotas?⟧» a journalist from Radio Valmont asked.
«⟦d:a|Including the quotas⟧», she replied.
The Council of the Northern Rivers, which mediated the contacts, welcomed what it called «⟦p:d|a courageous decision by both governments⟧».

### 011
@a Brendan Scully | the father-of-three
@b Lydia Okonjo | director of campaign group Taxpayer Watch
@c Terry Blount | Scully's local party chairman
@d Independent Parliamentary Standards Office | -
A Commonwealth MP who claimed £1,340 of taxpayers' cash for a heated dog kennel was last night branded "⟦p:b|shameless⟧" by campaigners.
Brendan Scully, 51, who represents Hallam Cross, insisted the kennel was needed "⟦p:a|for security purposes⟧" at his constituency office.
"⟦d:a|Everything I claimed was within the rules. The dog protects my staff,⟧" the father-of-three told the Daily Courier. "⟦d:a|I'd do it again.⟧"
But Lydia Okonjo, director of campaign group Taxpayer Watch, fumed: "⟦d:b|Shameless. Absolutely shameless. Nurses are queueing at food banks and this man wants us to keep his Labrador warm.⟧"
Scully's local party chairman, Terry Blount, leapt to his defence. "⟦d:c|Brendan's a grafter. This is a storm in a dog bowl,⟧" he said.
The MP's office - now dubbed "⟦s:-|Barking Mad Towers⟧" by locals - declined to comment further.
The Independent Parliamentary Standards Office said it was "⟦p:d|aware of the matter⟧" and would "⟦p:d|consider whether further inquiries are appropriate⟧".

### 012
@a Amara Nwachukwu-Bell | the 34-year-old
@e - | one newspaper columnist
@b Grace | a retired nurse
@c - | One government whip
Amara Nwachukwu-Bell keeps a photograph of a bus stop on her office wall. It is the stop on Wharf Street, in Saltmarsh, where at 16 she waited every morning at 5.40am to get to a cleaning job before school.
“⟦d:a|People ask why I'm in such a hurry,⟧” the 34-year-old says, sliding her shoes off under the desk. “⟦d:a|That's why. I've been getting up early for a long time.⟧”
Elected for Saltmarsh North just 18 months ago, she has already rebelled twice, led a cross-party inquiry into child poverty and been described by one newspaper columnist as “⟦p:e|the most dangerous backbencher in the House⟧”.
She laughs at that.
“⟦d:a:m|Dangerous to whom? I'm a woman from a council estate who reads the small print. If that's dangerous, it says more about this place than about me.⟧
“⟦d:a:m|When I got here, someone senior - I won't say who - told me the trick was to keep my head down for five years and then I might get a junior job. I thought: five years? Do you know how many kids in my constituency will leave school in five years?⟧
“⟦d:a|So no. I'm not keeping my head down.⟧”
Her mother, Grace, a retired nurse, is less surprised than anyone. “⟦d:b|She was like this at eight. She organised a strike at her primary school over the dinners,⟧” she says. “⟦d:b|She won, too.⟧”
Not everyone in her party is a fan. One government whip, speaking on condition of anonymity, called her “⟦p:c|a one-woman awkward squad⟧”. “⟦d:c|She's talented. She'd be more talented if she occasionally voted with us,⟧” the whip said.
Nwachukwu-Bell shrugs when this is put to her. “⟦d:a|I vote with them when they're right.⟧”

### 013
@a Sigrid Halvorsen | Prime Minister
@b Marcus Oyelowo | Opposition leader
@c Deepa Chandrasekhar | the leader of the Liberal Reform party
@d Fenella Drury | Moderator
The three main party leaders clashed over energy bills, immigration and each other's records in a fractious 90-minute debate on NBS One on Tuesday night.
Moderator Fenella Drury had to step in within the first five minutes as Prime Minister Sigrid Halvorsen and Opposition leader Marcus Oyelowo talked over each other.
“⟦d:d|One at a time, please. Prime minister, you first,⟧” Drury said.
“⟦d:a|Thank you. What Marcus isn't telling you is that his plan adds four hundred pounds to every household bill -⟧”
“⟦d:b|That's simply not true.⟧”
“⟦d:a|- and he knows it.⟧”
Deepa Chandrasekhar, the leader of the Liberal Reform party, seized on the exchange. “⟦d:c|This is what you get with these two. Twenty years of pointing fingers,⟧” she said, to applause from the studio audience.
On immigration, Oyelowo accused Halvorsen of “⟦p:b|broken promise after broken promise⟧”, and she accused him of having “⟦p:a|no plan at all, just a slogan⟧”.
A snap poll for NBS found that 38% of viewers thought Chandrasekhar had won. Speaking in the spin room afterwards, she said: “⟦d:c|People are tired of the shouting. Tonight they saw there's another way.⟧”

### 014
@a Tomas Vrba | Sarovian Prime Minister
@b Ivana Horáková | Opposition leader
@c Pavel Dušek | The Agrarian Union's leader
@d health ministry | -
PRAVEC, March 12 (Continental Press) - Sarovian Prime Minister Tomas Vrba survived a no-confidence vote in parliament on Wednesday by just four votes, after a last-minute deal with a small farmers' party kept his minority government in power.
Vrba told lawmakers before the vote that toppling the government would "⟦p:a|plunge the country into chaos in the middle of winter⟧".
"⟦d:a|You can vote against me. You cannot vote against the gas bills that will arrive in January,⟧" he said.
Opposition leader Ivana Horáková, who tabled the motion, said the government had "⟦p:b|lost the moral right to govern⟧" after a procurement scandal at the health ministry.
"⟦d:b|Four votes. Four votes bought with promises to the farmers that he will not keep,⟧" she told reporters after the result was announced.
The Agrarian Union's leader, Pavel Dušek, said his party had secured "⟦p:c|firm guarantees⟧" on fuel subsidies. "⟦d:c|We did not vote for Mr Vrba. We voted for the farmers,⟧" Dušek said.
The motion was defeated by 101 votes to 97. The health ministry said it was "⟦p:d|cooperating fully⟧" with prosecutors.

### 015
@a Janet Okoro | Hartsmoor MP
@b Lewis Carrick-Lowe | Business minister
@c Dev Mistry | Shop steward
@d Brindley Ceramics | -
@e - | One worker
Hartsmoor MP Janet Okoro has called on the government to ``⟦p:a|step in now, not after the last shift⟧'' at the Brindley ceramics works, which is set to close in the spring with the loss of 340 jobs.
Speaking in the House on Monday, Ms Okoro said: ``⟦d:a|Brindley has made plates in Hartsmoor for 160 years. My grandmother worked there. Half my street worked there. The minister cannot simply shrug.⟧''
Business minister Lewis Carrick-Lowe told MPs the government was ``⟦p:b|working closely⟧'' with the company and the council. ``⟦d:b|I understand the anxiety in Hartsmoor, and my door is open to the honourable lady,⟧'' he said.
Outside the factory gates on Tuesday morning, shop steward Dev Mistry, of the Potteries Workers Union, said the workforce had been ``⟦p:c|treated like furniture⟧''.
``⟦d:c|People here are not asking for charity. They are asking for a plan,⟧'' he said. ``⟦d:c|The gas bill for the kilns tripled in two years. That is not the fault of anyone who works here.⟧''
Brindley Ceramics said in a statement that it had ``⟦p:d|explored every possible option⟧'' before announcing the closure.
One worker, who has been at the factory for 22 years and asked not to be named, said: ``⟦d:e|We found out on Facebook. That tells you everything.⟧''

### 016
@a Siobhan Fairweather | The bill's sponsor
@b Kofi Mensah-Brown | a former palliative care consultant
@c Lorna Baird | -
@d Hamish Geddes | The minister
MPs voted by 312 to 287 on Friday to give a second reading to the End of Life Choice Bill, after five hours of debate in which members on both sides spoke of the deaths of parents, partners and children.
The bill's sponsor, Siobhan Fairweather, opened the debate by describing her father's last weeks.
“⟦d:a:m|He was a proud man, a miner, a man who never asked anyone for anything. At the end he asked me for one thing, and I could not give it to him.⟧
“⟦d:a|I am not asking this House to agree with me. I am asking it to let people like my dad decide for themselves.⟧”
Dr Kofi Mensah-Brown, a former palliative care consultant, spoke against. “⟦d:b|I have sat with more than a thousand dying patients. I have never met one whose suffering we could not ease,⟧” he said.
“⟦d:c|Will the honourable gentleman give way?⟧” asked Lorna Baird from the benches opposite.
“⟦d:b|I will not, I'm afraid. Time is short,⟧” he replied.
Baird, whose husband died of motor neurone disease last year, was called later in the afternoon. “⟦d:c|I have watched what the honourable gentleman calls eased suffering. I would not wish it on anyone in this room,⟧” she said, and sat down to silence.
The minister, Hamish Geddes, said the government was neutral but would work to make sure the bill was “⟦p:d|workable and safe⟧” if it passed.
Outside, campaigners on both sides held placards reading “⟦s:-|My Life, My Choice⟧” and “⟦s:-|Care Not Killing⟧”.

### 017
@a Rocío Mendizábal Ortega | The foreign minister of San Isidro
@c - | One reporter
@b Esteban Quiroga | Tierra Alta's government spokesman
@d Amadou Diallo-Fernández | The council's secretary-general
SAN ISIDRO, June 3 - The foreign minister of San Isidro, Rocío Mendizábal Ortega, accused neighbouring Tierra Alta on Monday of "⟦p:a|deliberate provocation⟧" after its troops crossed into a disputed valley.
"⟦d:a|No vamos a aceptar hechos consumados,⟧" Mendizábal told a news conference at the ministry. "⟦d:a|We will not accept a fait accompli.⟧"
She said San Isidro had recalled its ambassador "⟦p:a|for consultations⟧" and would raise the matter at the Regional Security Council on Thursday.
One reporter asked: "⟦d:c|Minister, are you ruling out a military response?⟧"
"⟦d:a|I am not ruling anything in or out. I am saying we want this solved by diplomats, not by soldiers,⟧" she replied.
In Ciudad Alta, Tierra Alta's government spokesman, Esteban Quiroga, said the troops had been conducting "⟦p:b|routine patrols inside our own territory⟧".
"⟦d:b|There has been no incursion. There is nothing to discuss,⟧" he said.
The council's secretary-general, Amadou Diallo-Fernández, urged "⟦p:d|maximum restraint⟧" from both capitals.

### 018
@a Patricia Okafor-Lindgren | the president's nominee for attorney general
@b Dale Whitcombe | the committee's ranking member
@c Marisa Delgado | The committee's chairwoman
@e - | one woman
@d Executive Mansion | -
Patricia Okafor-Lindgren, the president's nominee for attorney general, faced more than six hours of questioning in the Senate Judiciary Committee on Tuesday, much of it about a 2019 ruling that freed a police officer convicted of assault.
Sen. Dale Whitcombe, the committee's ranking member, opened with the case. "⟦d:b|Judge, you overturned a jury verdict. Twelve citizens heard the evidence and you decided they were wrong. Why?⟧"
"⟦d:a|Because the law required it, Senator,⟧" Okafor-Lindgren replied. "⟦d:a|The jury was given an instruction that was incorrect. I didn't like the result. I was bound by it.⟧"
Whitcombe shot back: "⟦d:b|You didn't like the result, but you delivered it.⟧"
"⟦d:a|That is what judges do.⟧"
The committee's chairwoman, Sen. Marisa Delgado, came to the nominee's defense. "⟦d:c|I have read that opinion three times. It is twenty pages of a judge saying, in effect, that she wishes she could rule otherwise,⟧" she said.
Protesters interrupted the hearing twice. Capitol police removed one woman after she stood and shouted "⟦d:e|Justice for Darnell!⟧" from the gallery.
The Executive Mansion said in a statement that Okafor-Lindgren was "⟦p:d|exceptionally qualified⟧" and urged a swift vote. A committee vote is expected next week.

### 019
@a - | One cabinet minister
@b - | A senior government source
@c - | one backbencher
@d - | one ally of Tate
@e Bronwyn Tate | Education Secretary
@f - | The prime minister's spokeswoman
Prime Minister Leonard Ashby-Greer is preparing the biggest reshuffle of his premiership, with as many as six cabinet ministers facing the sack, according to senior figures across government.
“⟦d:a|Everyone is polishing their CV. Nobody knows if they're in or out, and he's rather enjoying it,⟧” one cabinet minister told the Ledger.
A senior government source said the changes would come “⟦p:b|before the summer recess, not after⟧” and would bring in “⟦p:b|a younger, hungrier team⟧”.
Among those thought most at risk is Education Secretary Bronwyn Tate, whose handling of the exams crisis was described by one backbencher as “⟦p:c|a slow-motion car crash⟧”.
Allies insist she retains the prime minister's confidence. “⟦d:d|Bronwyn has done the hard yards on exams. It would be mad to move her now,⟧” said one ally of Tate.
Tate herself, asked by reporters on Wednesday whether she expected to keep her job, said only: “⟦d:e|That's a matter for the prime minister. I'm getting on with the job.⟧”
The prime minister's spokeswoman said: “⟦d:f|We don't comment on speculation about reshuffles.⟧”
In the corridors of Halden, the coming cull has already been nicknamed “⟦s:-|the Night of the Short Knives⟧”.

### 020
@a Martin Quayle | The returning officer
@b Rosa Kettering | a former headteacher standing as an independent
@c Howard Pemberton-Clay | The defeated National Party candidate
@d Ife Adeyemi | a 19-year-old student who volunteered for Kettering
Rosa Kettering, a former headteacher standing as an independent, was elected mayor of Eastbrook in the early hours of Friday, ending 24 years of National Party control of the city and overturning a majority of more than 11,000.
The returning officer, Martin Quayle, announced the result at 3.12am to cheers in the Eastbrook Exhibition Centre. "⟦d:a|I hereby declare that Rosa Kettering is duly elected as mayor of Eastbrook,⟧" he said.
Supporters chanted "⟦s:-|Rosa! Rosa!⟧" as Kettering, who launched her campaign from her kitchen table ten months ago, took the microphone.
"⟦d:b|They said an independent couldn't win here. They said it was a two-horse race,⟧" she said. "⟦d:b|Well, the horses have bolted.⟧"
The defeated National Party candidate, Howard Pemberton-Clay, was gracious in defeat. "⟦d:c|The people of Eastbrook have spoken and I congratulate Rosa. I'll be honest with you, it stings,⟧" he said.
Turnout was 41%, up nine points on the last contest.
Ife Adeyemi, a 19-year-old student who volunteered for Kettering, was in tears at the back of the hall. "⟦d:d|I knocked on about two thousand doors. My feet are destroyed. Worth it,⟧" she said.

### 021
@a Aled Vaughan-Pugh | the health secretary
@b Bev | -
@c Carys Lloyd | Presenter
@d Imran | -
It was billed as a chance for listeners to put their questions directly to the health secretary. For Aled Vaughan-Pugh, it turned into an hour he may prefer to forget.
Within minutes of the start of Radio Westmarch's phone-in on Wednesday, he was being asked why a caller's mother had spent 14 hours on a trolley.
“⟦d:b|She's 87. She was on a trolley in a corridor all night with the lights on. Is that your idea of a functioning health service?⟧” asked Bev, from Otterby.
“⟦d:a|Bev, I'm genuinely sorry to hear that, and I'd like to take the details from you after the programme,⟧” the health secretary said.
“⟦d:b|I don't want you to take the details. I want you to fix it.⟧”
Presenter Carys Lloyd moved on. “⟦d:c|We've got Imran on line three, who's a GP in Castlemere. Go ahead, Imran.⟧”
“⟦d:d|With respect, secretary of state, I haven't had a day off in six weeks. We're not short of ideas. We're short of doctors.⟧”
Vaughan-Pugh said recruitment was at “⟦p:a|record levels⟧” and that 4,000 more GP trainees would start this year.
Lloyd ended the hour with a question of her own. “⟦d:c|Have you enjoyed that, secretary of state?⟧” she asked.
“⟦d:a|Enjoyed is a strong word,⟧” he said. “⟦d:a|But it's important. You don't hear this stuff in the department.⟧”

### 022
@a Nadia Rahimi | a former care worker
@b - | the man behind it
@c - | one National Party organiser
@d Jean Marsh | a retired dinner lady
@e Giles Farnborough | The National Party's candidate
On a wet Saturday on the Fellgate estate, Nadia Rahimi knocks on her 60th door of the morning. It opens a few inches.
"⟦d:a|Hiya, I'm Nadia, I'm the Commonwealth candidate for the by-election on Thursday -⟧"
"⟦d:b|Not interested, love,⟧" says the man behind it, and the door closes.
Rahimi, 29, a former care worker, laughs. "⟦d:a|That's a good one, honestly. At least he didn't swear,⟧" she says.
The by-election was triggered when the sitting MP, Clive Hetherington, resigned after being convicted of drink-driving. He held the seat by 9,000 votes at the last election; now it is "⟦p:c|too close to call⟧", according to one National Party organiser.
Round the corner, Jean Marsh, 73, a retired dinner lady, is more receptive. "⟦d:d|I've voted National all my life. Not this time. They've forgotten us up here,⟧" she tells Rahimi.
The National Party's candidate, Giles Farnborough, was canvassing in the village of Low Ashby the same morning, and dismissed the polls. "⟦d:e|The only poll that matters is on Thursday. People here know I'm local and that I'll work for them,⟧" he said.
Rahimi's leaflets carry the slogan "⟦s:-|Fellgate First⟧". Farnborough's say "⟦s:-|Local. Proven. Ready.⟧"
Back on the estate, the rain is getting heavier. "⟦d:a|Forty more,⟧" Rahimi says, checking her clipboard. "⟦d:a|Then a cup of tea.⟧"

### 023
@a Patricia Mbeki-Walsh | Council leader
@b Ewan Macrae | Opposition group leader
@c Louise Fenwick-Adair | Campaigner
Seven libraries in Drummond will close next year after councillors approved a £14m package of cuts at a stormy budget meeting on Thursday.
Council leader Cllr Patricia Mbeki-Walsh said the authority had been left with “⟦p:a|no good options, only less bad ones⟧”.
“⟦d:a|Nobody went into local government to close libraries. I certainly didn't. But the money is simply not there,⟧” she told the chamber.
Opposition group leader Cllr Ewan Macrae accused the administration of “⟦p:b|cutting the things that make this a place worth living⟧”.
“⟦d:b|They found £2m for a new council headquarters last year. Don't tell me the money isn't there,⟧” he said.
Mbeki-Walsh rose to respond. “⟦d:a|The headquarters saves us £600,000 a year in rent, as Cllr Macrae well knows -⟧”
“⟦d:-|Shame!⟧” came a cry from the public gallery, where dozens of protesters held placards reading “⟦s:-|Save Our Libraries⟧” and “⟦s:-|Books Not Bulldozers⟧”.
The budget was approved by 31 votes to 24.
Campaigner Louise Fenwick-Adair, who has led the fight to save Hollins Park library, said afterwards: “⟦d:c|This isn't over. We'll be looking at every option, including a legal challenge.⟧”

### 024
@a Rhiannon Carew-Stokes | The chair of parliament's Digital Affairs Committee
@b Lucas Ferreira-Blake | Chirrup's head of public policy
@c Oliver Nkemelu | Committee member
@d Chirrup | social media company
The chair of parliament's Digital Affairs Committee, Rhiannon Carew-Stokes, accused social media company Chirrup on Tuesday of "⟦p:a|treating democracy as a content moderation problem⟧", during a hearing on election misinformation.
Chirrup's head of public policy, Lucas Ferreira-Blake, told the committee the company had removed more than 40,000 posts during the spring local elections. "⟦d:b|We take our responsibilities extremely seriously,⟧" he said.
"⟦d:a|Forty thousand posts. How many of them were up for more than 24 hours before you removed them?⟧" Carew-Stokes asked.
"⟦d:b|I don't have that figure with me.⟧"
"⟦d:a|You came to a hearing about this and you don't have that figure?⟧"
Committee member Oliver Nkemelu held up a printout of a fake post claiming that polling stations in Dunmore had been closed. "⟦d:c|This was shared 90,000 times. Your system flagged it on day three. On day three, the polls had closed,⟧" he said.
Ferreira-Blake said the company was "⟦p:b|always learning⟧" and would be "⟦p:b|happy to write to the committee⟧" with more detail.
In a statement issued after the hearing, Chirrup said it had "⟦p:d|cooperated fully⟧" with the committee and had "⟦p:d|invested heavily⟧" in election integrity.

### 025
@a Yusuf Demirci | Alliance leader
@b - | a man in the hall
@c Gwen Paterson | chief executive of the National Landlords Federation
@d Oskar Lindahl | a delegate from Fenmouth
@e Ruth Adeleke | The government's housing minister
Alliance leader Yusuf Demirci used his conference speech in Porthaven on Wednesday to promise a “⟦p:a|new deal for renters⟧”, including a three-year freeze on rents in the most pressured areas.
“⟦d:a|If you are 30 and you're spending half your wages on a flat with black mould on the ceiling, this party is for you,⟧” he told delegates, who rose to give him a standing ovation.
The speech was interrupted after 20 minutes when a man in the hall shouted: “⟦d:b|What about the pension promise?⟧” He was led out by stewards.
Demirci paused. “⟦d:a|That's democracy, conference. He's entitled to his view,⟧” he said. “⟦d:a|And you're entitled to yours.⟧”
Landlords reacted angrily to the policy, which the party has branded the “⟦s:-|Renters' Charter⟧”. Gwen Paterson, chief executive of the National Landlords Federation, called the freeze “⟦p:c|economically illiterate⟧”.
“⟦d:c|Every serious study shows rent controls shrink the supply of homes. Renters will pay the price,⟧” she said.
In the conference bar, there was delight. “⟦d:d|That's the best speech I've heard from him. Finally some red meat,⟧” said Oskar Lindahl, a delegate from Fenmouth.
The government's housing minister, Ruth Adeleke, dismissed the plan as a “⟦p:e|gimmick⟧”.

### 026
@a Ingrid Solberg-Maas | Prime Minister
@b - | One reporter
@c Callum Fraser-Iqbal | Opposition leader
@d Confederation of Harland Employers | -
@e Amos Teague | Deputy Prime Minister
Prime Minister Ingrid Solberg-Maas announced her resignation on Thursday outside her official residence, saying she no longer had "⟦p:a|the support I need to govern⟧" after a revolt by 40 of her own MPs.
Speaking for just under four minutes, her voice breaking at times, she said: "⟦d:a:m|It has been the privilege of my life to serve this country. I have not got everything right. No leader does.⟧
"⟦d:a|But I leave knowing that this country is stronger than the one I inherited, and that whoever comes next will have my full support.⟧"
She did not take questions. One reporter shouted "⟦d:b|Prime Minister, do you have any regrets?⟧" as she turned and went inside.
Opposition leader Callum Fraser-Iqbal said her departure was "⟦p:c|long overdue⟧" and called for an immediate general election.
"⟦d:c|The country cannot afford another summer of chaos while the governing party chooses its fourth leader in six years,⟧" he said.
The Confederation of Harland Employers said it hoped for "⟦p:d|a swift and orderly transition⟧".
Deputy Prime Minister Amos Teague, who is expected to stand for the leadership, paid tribute to her "⟦p:e|courage and decency⟧".

### 027
@c Ayo Bankole | the opposition leader
@d Fiscal Council | -
The following is an edited transcript of Sunday's interview between presenter Mirela Kostova and Finance Minister Hamid Rostami on Capital Radio's “⟦s:-|The Week Ahead⟧”.
Q: Minister, the opposition leader, Ayo Bankole, has called your budget “⟦p:c|a tax on ambition⟧”. Is she wrong?
A: She's wrong, and she knows she's wrong. Ninety per cent of people will pay less tax next year, not more.
Q: The Fiscal Council says that isn't true. It says most households will be “⟦p:d|worse off in real terms⟧”.
A: The Fiscal Council is looking at a different time period. I respect them, but I'd ask people to look at their payslips in April.
Q: Your own backbenchers are calling the pension change “⟦s:-|the granny tax⟧”.
A: I've heard that. It's a good headline. It isn't accurate.
Q: Will you rule out further changes?
A: I'm not going to write the next budget on your programme, Mirela.

### 028
@e Fiona Greaves-Pryor | -
@b Sunita Bhatt | a retired solicitor who was elected in May
@a Reginald Pike | the 71-year-old
@c Colin Ruddock | Vice-chair
A meeting of Little Haddow Parish Council ended in a walkout on Monday night after a row over the village's new speed bumps descended into what one resident called "⟦p:e|a pantomime⟧".
Cllr Reginald Pike gathered his papers and left the village hall after a fellow councillor, Sunita Bhatt, a retired solicitor who was elected in May, accused him of "⟦p:b|running this council like a private members' club⟧".
"⟦d:a|I have given 30 years to this village and I will not sit here and be insulted,⟧" the 71-year-old said as he left.
Cllr Bhatt said afterwards that she stood by her comments. "⟦d:b|Decisions are being made over sherry at Reg's house and then rubber-stamped in here. People deserve better,⟧" she said.
Vice-chair Colin Ruddock took over the meeting. "⟦d:c|Right. Shall we get back to the speed bumps?⟧" he asked, to laughter.
Fiona Greaves-Pryor, who has lived in Little Haddow for 40 years and was the resident who described the evening as a pantomime, said: "⟦d:e|I've never seen anything like it. I came for the speed bumps and got a soap opera.⟧"
Cllr Pike could not be reached for comment on Tuesday.

### 029
@a - | one diplomat
@c Birgitta Sandvik | Halland's Prime Minister
@d Dragan Milošević-Lenz | Her Korvian counterpart
@e Anneliese Vogt-Mbeki | Compact president
VESSBORG, Nov 14 (Meridian) - Leaders of the eleven-nation Northern Compact agreed early on Friday to set up a joint fund for energy security, after all-night talks that one diplomat described as “⟦p:a|the most bad-tempered in years⟧”.
“⟦d:a|There was shouting. Real shouting. At one point somebody threw a pen,⟧” the diplomat said.
The final communiqué commits members to “⟦p:-|solidarity in the face of supply shocks⟧” but leaves the size of the fund to be decided by finance ministers in January.
Arriving for the second day, Halland's Prime Minister Birgitta Sandvik said she was “⟦p:c|cautiously optimistic⟧”. “⟦d:c|Nobody gets everything they want. That's what a compromise is,⟧” she told reporters.
Her Korvian counterpart, Dragan Milošević-Lenz, who had threatened to veto the deal over its funding formula, was less upbeat. “⟦d:d|We have a text. Whether we have an agreement, we will see in January,⟧” he said.
Compact president Anneliese Vogt-Mbeki said the deal showed “⟦p:e|that the Compact can act when it matters⟧”.
“⟦d:e|Sleep is overrated,⟧” she joked as she left the building shortly after 6am.

### 030
@a Graham Holloway-Adu | Defence Secretary
@b Kate Amankwah | Presenter
@c Nia Blackwood | Shadow Defence Secretary
@d - | A Defence Ministry spokesperson
Defence Secretary Graham Holloway-Adu ran into trouble on Sunday morning when he was repeatedly challenged over a £3bn gap in the equipment budget on NBS's "⟦s:-|Sunday Politics Live⟧".
Presenter Kate Amankwah opened by reading from a leaked letter from the chief of defence staff, General Alun Markham.
"⟦d:b|Your own chief of defence staff says the budget is, and I quote, 'unsustainable'. Is he wrong?⟧" Amankwah asked.
"⟦d:a|What General Markham said, in a private letter, was that we need to make choices, and we are -⟧"
"⟦d:b|He said unsustainable.⟧"
"⟦d:a|- we are making those choices, Kate, if you'll let me finish.⟧"
"⟦d:b|Minister, you haven't answered the question. Is there a £3bn black hole or not?⟧"
"⟦d:a|There is no black hole,⟧" Holloway-Adu said. "⟦d:a|There is a ten-year plan, fully funded, which I'm very happy to talk you through.⟧"
Shadow Defence Secretary Nia Blackwood posted afterwards: "⟦d:c|Ten minutes and not one straight answer. Our armed forces deserve better than this.⟧"
A Defence Ministry spokesperson said the letter was "⟦p:d|a private communication⟧" and that the department did not comment on leaks.

### 031
@a Siân Parry-Jones | the party's deputy leader
@b Leah Rosenfeld | a former environment minister
@c Owain Rees | the journalist chairing the event
@d Glenys Pugh | a retired teacher from Pencader
Siân Parry-Jones, the party's deputy leader, and Leah Rosenfeld, a former environment minister, clashed over nuclear power at a Commonwealth Party members' hustings in Aberfal on Saturday, the last before voting in the leadership contest closes.
Parry-Jones, 52, said the party had to be “⟦p:a|honest with people⟧” that renewables alone could not keep the lights on. “⟦d:a|I'm not going to pretend to members that wind and solar will heat every home in a still January,⟧” she said.
Rosenfeld, 41, shot back that new reactors were “⟦p:b|a 20-year answer to a five-year problem⟧”.
“⟦d:b|Siân wants to spend the next decade arguing about reactors. I want to insulate a million homes by the next election,⟧” she told the audience.
Owain Rees, the journalist chairing the event, then asked whether either could serve under the other. “⟦d:c|Could you work together? Genuinely?⟧” he asked.
“⟦d:a|Of course. Leah's brilliant,⟧” said Parry-Jones.
Rosenfeld paused. “⟦d:b|Yes,⟧” she said eventually, to laughter. “⟦d:b|Of course yes.⟧”
Glenys Pugh, a retired teacher from Pencader, said she had arrived undecided and was leaving the same way. “⟦d:d|They're both very good. That's the problem,⟧” she said.

### 032
@a Rhodri Glyndŵr-Ellis | First Minister
@b Catrin Moyle | Opposition leader in the Assembly
@c Elin Rowlands | The Presiding Officer
@d Gethin Probert | Independent member
First Minister Rhodri Glyndŵr-Ellis was accused of "⟦p:b|hiding behind engineers⟧" at a testy First Minister's Questions on Tuesday over the delayed reopening of the Pont Ceri bridge.
Opposition leader in the Assembly, Catrin Moyle, said: "⟦d:b|Eighteen months the bridge has been shut. Eighteen months of a forty-minute detour for people in the valley. When will it open?⟧"
"⟦d:a|The engineers tell me spring.⟧"
"⟦d:b|They told you spring last year.⟧"
"⟦d:a|And then the engineers found corrosion that nobody could have predicted, Presiding Officer.⟧"
The Presiding Officer, Elin Rowlands, intervened when members on the opposition benches began banging their desks. "⟦d:c|Members will come to order. This is not a football match,⟧" she said.
Independent member Gethin Probert, whose constituency includes the bridge, had a suggestion. "⟦d:d|Will the First Minister come to Pont Ceri and drive the detour himself, at eight o'clock on a Monday morning? Then he'll understand.⟧"
"⟦d:a|I'd be delighted to,⟧" the first minister replied.
Moyle was unimpressed. "⟦d:b|He'll need a packed lunch,⟧" she said.

### 033
@a Jeremy Fanshawe-Pitt | Culture Secretary
@b - | The aide
@c Val Tebbutt | Grimsford's mayor
@d Owen Tsang | Shadow culture secretary
A cabinet minister was caught on a hot mic calling voters in a marginal seat "⟦p:a|whingers⟧" - moments after telling a TV crew how much he "⟦p:a|loved⟧" their town.
Culture Secretary Jeremy Fanshawe-Pitt, 48, was recorded muttering to an aide as he left a regeneration event in Grimsford on Friday.
"⟦d:a|God, what a bunch of whingers. Get me back on the train,⟧" he can be heard saying on footage obtained by the Daily Clarion.
Minutes earlier he had beamed into the cameras: "⟦d:a|I love Grimsford. It's a town with real heart and real grit.⟧"
The aide, who has not been named, can be heard replying: "⟦d:b|Mic's still on, Jeremy.⟧"
Grimsford's mayor, Val Tebbutt, blasted: "⟦d:c|Whingers? We've had our hospital downgraded and our bus station shut. I'd whinge too if I were him - about his own government.⟧"
Fanshawe-Pitt later grovelled on social media, writing: "⟦d:a|I said something stupid and I'm sorry. Grimsford deserves better, and so did the people I met today.⟧"
Shadow culture secretary Owen Tsang said: "⟦d:d|The mask didn't slip. It fell off.⟧"

### 034
@a - | one whip
@b - | a veteran backbencher who has rebelled before
@c Edmund Varga | a former local government minister
@d - | Another rebel
@e Morag Kinnear | The chief whip
@f - | One minister
The government's whips spent Tuesday night working the tea room, the bars and, in at least one case, a backbencher's constituency home as they fought to head off a rebellion over the planning bill, known to its critics as “⟦s:-|Build Anywhere⟧”.
By Wednesday lunchtime, one whip said they were “⟦p:a|cautiously confident⟧” of winning the vote.
Others were less sure. “⟦d:b|There are forty people who hate this bill and twenty who'll actually vote against it. The question is whether it's twenty or forty on the night,⟧” said a veteran backbencher who has rebelled before.
The rebels' informal leader, Edmund Varga, a former local government minister, has been careful not to call for the bill to be withdrawn.
“⟦d:c|I want to improve it, not kill it,⟧” he told the Ledger. “⟦d:c|But I am not going to vote for something that lets a developer build on a flood plain because a man in the department ticked a box.⟧”
Another rebel, who asked not to be named for fear of retaliation, claimed to have been offered a new bypass. “⟦d:d|The chief whip told me my constituency would be first in the queue if I was sensible. I said I'd rather have a flood defence,⟧” the MP said.
The chief whip, Morag Kinnear, denied offering any inducements. “⟦d:e|That is simply untrue. I don't do deals. I do arguments,⟧” she said.
One minister joked that the atmosphere in the tea room was “⟦p:f|like a wake where nobody is sure who died⟧”.

### 035
@a Sunniva Ekdahl | The governor of the Bank of Aldermoor
@b Bartholomew Quist | Committee chairman
@c Anjali Rao-McKenna | Committee member
The governor of the Bank of Aldermoor, Dr Sunniva Ekdahl, told MPs on Thursday that inflation would ``⟦p:a|fall, but not as fast as any of us would like⟧'', and warned against ``⟦p:a|premature celebration⟧''.
Appearing before the Treasury Committee, she said: ``⟦d:a|We are through the worst. I would not want anyone to think we are through the woods.⟧''
Committee chairman Bartholomew Quist pressed her on whether the Bank had raised interest rates too late. ``⟦d:b|With hindsight, governor, wasn't the Bank asleep at the wheel?⟧'' he asked.
``⟦d:a|With hindsight, Mr Quist, we would all have done many things differently,⟧'' Dr Ekdahl replied. ``⟦d:a|I don't accept asleep. I accept that our forecasts were wrong, and I have said so publicly.⟧''
Committee member Anjali Rao-McKenna asked about mortgage holders. ``⟦d:c|What do you say to the family in my constituency whose mortgage has gone up by eight hundred pounds a month?⟧''
``⟦d:a|I say that I understand, and that the alternative - inflation running at ten per cent indefinitely - would have been far worse for them.⟧''
Mrs Rao-McKenna was not satisfied. ``⟦d:c|I'll pass that on,⟧'' she said drily.

### 036
@a Henrik Aalto | Social Democrat leader
@b Saara Nieminen | Green Left co-leader
@c - | A reporter
@d National Coalition | -
@e Mikael Rautio | National Coalition leader
LINDMARK, Sept 22 (Continental Press) - Leaders of the Social Democrats and the Green Left said on Sunday they had agreed the outline of a coalition government, seven weeks after an election that left no party with a majority.
"⟦d:a|We have a deal. Not a perfect deal, but a good one,⟧" Social Democrat leader Henrik Aalto told a joint news conference.
Green Left co-leader Saara Nieminen said her party had secured "⟦p:b|real, measurable commitments⟧" on emissions. "⟦d:b|We were told we would have to give up the coal exit date. We didn't,⟧" she said.
Asked who would be finance minister, Aalto smiled. "⟦d:a|You'll find out on Wednesday, like everyone else.⟧"
A reporter called out: "⟦d:c|Is it you, Saara?⟧"
"⟦d:b|No comment,⟧" Nieminen said, laughing.
The conservative National Coalition, which won the most seats but failed to find partners, called the deal "⟦p:d|a coalition of losers⟧".
National Coalition leader Mikael Rautio wrote on social media: "⟦d:e|The voters put us first. Two parties that came second and fourth have decided they know better.⟧"

### 037
@a Oksana Hrytsenko | Drevnian Foreign Minister
@b Farid Nazarbekov | Her Kassarian counterpart
@c Lukas Imhof | Bergmann Foundation director
@d Natalia Voronova | -
The foreign ministers of Drevnia and Kassaria announced on Tuesday an exchange of 48 detainees, the first since the two countries broke off relations four years ago.
«⟦d:a|Today forty-eight families will sleep better⟧», Drevnian Foreign Minister Oksana Hrytsenko said at a joint appearance in the lakeside city of Altbrück.
Her Kassarian counterpart, Farid Nazarbekov, was more guarded. «⟦d:b|This is not a normalisation. It is a humanitarian gesture, and it should be understood as such⟧», he said through an interpreter.
Asked whether the deal could lead to the reopening of embassies, Hrytsenko said: «⟦d:a|One step at a time. Last night I was not sure we would get even this step.⟧»
The exchange was brokered by the Bergmann Foundation. Bergmann Foundation director Lukas Imhof said the talks had been «⟦p:c|long, difficult and, at times, very quiet⟧».
«⟦d:c|There were days when the two delegations did not speak at all. We served a great deal of coffee⟧», Imhof told journalists.
Outside the hotel, Natalia Voronova, whose son was among those to be released, wept as she spoke. «⟦d:d|I have not seen him for three years. I just want to touch his face⟧», she said.

### 038
@a Dolores Whitfield-Ng | Mayor
@b Barbara Kincaid | a bakery owner whose shop is two doors from the proposed site
@c Marcus Bell-Oduya | -
@d Teresa Aguilar | Councilmember
@e Jerome Pak | Councilmember
PORT ALDER - The City Council voted 5-2 late Tuesday to approve a homeless shelter on Fremont Street after more than four hours of public comment that at times turned heated.
Mayor Dolores Whitfield-Ng repeatedly banged her gavel as speakers ran over their two-minute limit. “⟦d:a|Ma'am, your time is up. Ma'am. Thank you,⟧” she told one woman.
The woman, Barbara Kincaid, a bakery owner whose shop is two doors from the proposed site, kept talking. “⟦d:b|I've been on this street 26 years and nobody from the city has knocked on my door once!⟧” she shouted, to applause.
Others spoke in favor. “⟦d:c|I slept in my car for eight months on Fremont Street. A shelter would have saved me a lot of nights,⟧” said Marcus Bell-Oduya, 44, who now works as a peer counselor.
Councilmember Teresa Aguilar, who represents the district, voted no. “⟦d:d|I support a shelter. I do not support putting it where the city has done zero outreach,⟧” she said.
Councilmember Jerome Pak, who voted yes, said: “⟦d:e|There is never going to be a neighborhood that says, yes, put it here. At some point we have to lead.⟧”
As the vote was announced, a section of the audience chanted “⟦s:-|Shame on you!⟧” and the mayor called a recess.

### 039
@a Ama Owusu-Ansah | co-chair of the Junior Doctors' Committee
@b Ravi Chaudhary | Opposition health spokesman
@c Fiona McBride | The Health Secretary
@d Halden Metropolitan Police | -
@e Ewan Doyle | a registrar in emergency medicine
Thousands of junior doctors marched on the Assembly building in Halden on Saturday, chanting "⟦s:-|Pay restoration now!⟧" and carrying placards reading "⟦s:-|Tired Doctors Make Mistakes⟧".
Dr Ama Owusu-Ansah, co-chair of the Junior Doctors' Committee, told the crowd from a makeshift stage: "⟦d:a|We are not greedy. We are exhausted. We are leaving, in our hundreds, for countries that value us.⟧"
Opposition health spokesman Ravi Chaudhary, who joined the march, said: "⟦d:b|If the government won't listen to doctors, it should at least listen to patients.⟧"
The Health Secretary, Fiona McBride, said in a statement that the pay offer was "⟦p:c|fair and final⟧" and urged the union to "⟦p:c|put it to members⟧".
Halden Metropolitan Police said the march had been "⟦p:d|largely peaceful⟧", with two arrests for minor offences.
Ewan Doyle, 27, a registrar in emergency medicine, said he had come straight from a night shift. "⟦d:e|I've done four nights this week. I'm here because I'm scared of what happens when I make a mistake,⟧" he said.

### 040
@a Conrad Ilesanmi-Park | the man most often credited with winning the last election
@b Rosalind Achebe-Frost | the director of the rival campaign
If you want to meet Conrad Ilesanmi-Park, the man most often credited with winning the last election, you will be told to come to a café on the high street in Wapley at 7am. He is already on his second bacon roll.
“⟦d:a|Politicians think elections are won in TV studios,⟧” he says. “⟦d:a|They're won in places like this, by people who don't think about politics at all until about three weeks before they vote.⟧”
The newspapers call him “⟦s:-|the Whisperer⟧”, a name he professes to hate. On the subject of his reputation for the dark arts, he is unapologetic.
“⟦d:a:m|People call it dark arts. It isn't. It's listening. We spent more money on focus groups in Wapley and Holt than on all the billboards put together.⟧
“⟦d:a:m|The slogan everyone remembers - ‘Steady Hands’ - came from a woman in a focus group in Holt. She said she just wanted someone with steady hands. I wrote it down on a napkin.⟧
“⟦d:a|I've still got the napkin, actually.⟧”
Not everyone is an admirer. Rosalind Achebe-Frost, the director of the rival campaign, calls him “⟦p:b|a brilliant man who has made politics smaller⟧”.
“⟦d:b|Conrad taught a generation of politicians to say nothing in as few words as possible,⟧” she says.
Told this, he grins. “⟦d:a|Rosalind's brilliant too. She just lost.⟧”

### 041
@a Kayode Oyenuga | Commission chairman
@b Ngozi Eze-Onyia | Main challenger
@c Joseph Adewale-Nnaji | incumbent President
@d Continental Observer Mission | -
ABUTA, Feb 27 (Continental Press) - Marenia's Independent Electoral Commission on Tuesday declared incumbent President Joseph Adewale-Nnaji the winner of Saturday's presidential election with 52.4% of the vote, narrowly avoiding a runoff.
Commission chairman Prof. Kayode Oyenuga read out the results on state television. "⟦d:a|Having satisfied the requirements of the law, Joseph Adewale-Nnaji is hereby declared the winner and returned elected,⟧" he said.
Main challenger Ngozi Eze-Onyia, who won 41.1%, rejected the result, saying it had been "⟦p:b|written in advance⟧".
"⟦d:b|We have evidence from more than 3,000 polling units that the figures were altered. We will go to court,⟧" she told supporters in the capital.
In a televised address, Adewale-Nnaji urged calm. "⟦d:c|There are no winners and losers tonight, only Marenians,⟧" the president said. "⟦d:c|I extend my hand to all who contested.⟧"
The Continental Observer Mission said in a preliminary statement that voting had been "⟦p:d|generally orderly⟧" but noted "⟦p:d|serious concerns⟧" about the collation of results in three states.

### 042
@a Declan Mooney | Armed Forces Minister
@b Abena Darko | the shadow armed forces minister
@c Lesley Pennington | The Deputy Speaker
@d Peter Hollis | a former army officer
@e - | one MP
The debate on the defence estimates became a running battle of interventions on Tuesday as Armed Forces Minister Declan Mooney repeatedly refused to give way to opposition MPs.
“⟦d:a|The honourable lady has had her turn. I will make some progress,⟧” Mooney said, as Abena Darko, the shadow armed forces minister, rose for the third time.
“⟦d:b|Will the minister give way on that point? He has just misled the House -⟧” Darko began.
The Deputy Speaker, Lesley Pennington, cut in. “⟦d:c|Order. The honourable member knows she cannot accuse another member of misleading the House. She will withdraw that remark.⟧”
“⟦d:b|I withdraw the word, Madam Deputy Speaker. I do not withdraw the point,⟧” Darko said.
Mooney eventually gave way to a member of his own side, Sir Peter Hollis, a former army officer.
“⟦d:d|Does my right honourable friend agree that the problem is not this government's spending but twenty years of hollowing out under governments of all colours?⟧” Hollis asked.
“⟦d:a|I could not have put it better myself,⟧” Mooney replied, to groans from the opposition benches.
“⟦d:e|You wrote the question for him!⟧” one MP shouted.

### 043
@a Alistair Dunmore | Former Prime Minister
@b Rebecca Fenn | Co-host
@c Jide Okafor | Her co-host
@d Marcus Lee-Havers | his then chief of staff
Former Prime Minister Alistair Dunmore has said he "⟦p:a|deeply regrets⟧" calling a snap election six years ago, describing it in his new memoir as "⟦p:a|the worst mistake of my career, by a distance⟧".
The book, "⟦s:-|Against the Tide⟧", is published next week. Speaking on the "⟦s:-|Inside Track⟧" podcast, Dunmore told the show's hosts that he had been "⟦p:a|seduced by the polls⟧".
"⟦d:a|We were twenty points ahead. Everyone around me said go. I should have listened to my gut, and my gut said the country was tired of elections,⟧" he said.
Co-host Rebecca Fenn asked whether he blamed his then chief of staff, Marcus Lee-Havers, who is portrayed in the book as the architect of the strategy. "⟦d:b|Is it fair to put this on Marcus?⟧" she asked.
"⟦d:a|I don't put it on anyone. The decision was mine,⟧" Dunmore said.
Her co-host, Jide Okafor, pressed him. "⟦d:c|But you write that he 'would not take no for an answer'. That's putting it on him, isn't it?⟧"
"⟦d:a|That's describing him. He'd say the same about me,⟧" Dunmore replied, laughing.
Lee-Havers said in a statement: "⟦d:d|Alistair was and remains a friend. I'll read the book before commenting, though I suspect I'll recognise myself.⟧"

### 044
@a Geoffrey Allardyce | Incumbent mayor
@b Precious Mahlangu | a 31-year-old pharmacist
@c Keith Ransome | a parent from the Moorside estate
@d Clive Mottram | Third candidate
Candidates for mayor of Thornbury Wells faced a packed Memorial Hall on Wednesday in what organisers said was the best-attended hustings in the town's history.
Incumbent mayor Geoffrey Allardyce, seeking a third term, defended his record on the high street. ``⟦d:a|Five years ago a third of the shops on Market Street were boarded up. Today it is one in ten,⟧'' he said.
Challenger Precious Mahlangu, a 31-year-old pharmacist, said the figures hid ``⟦p:b|a high street of vape shops and charity shops⟧''.
``⟦d:b|I'm glad the boards are down. I'd just like there to be somewhere to buy a pair of shoes,⟧'' she said.
``⟦d:c|What are you going to do about the buses? My daughter can't get to college,⟧'' asked Keith Ransome, a parent from the Moorside estate.
Allardyce said he had ``⟦p:a|lobbied the county council relentlessly⟧''. Mahlangu promised ``⟦p:b|a town minibus, if that's what it takes⟧''.
Third candidate Clive Mottram, standing for the Ratepayers Association, had the last word. ``⟦d:d|Neither of them will tell you what it costs. I will: about two pounds a year on your council tax,⟧'' he said.

### 045
@a Anders Kjellberg | The home secretary
@b Martin Ashcombe | the presenter
@c Tanya Rourke | The Police Federation's chairwoman
The home secretary, Anders Kjellberg, was challenged on Tuesday over figures showing that fewer than one in ten burglaries led to a charge last year.
“⟦d:b|If your house is burgled, minister, you are more likely to win the lottery than to see anyone in court. Isn't that a scandal?⟧” Martin Ashcombe asked on the “⟦s:-|Today at Eight⟧” programme.
“⟦d:a|That's not a fair comparison, Martin, and I think you know it,⟧” Kjellberg replied. “⟦d:a|But I don't dispute that the charge rate is too low. That's why we're recruiting 8,000 more officers.⟧”
“⟦d:b|You've been recruiting for three years. The charge rate has gone down,⟧” the presenter said.
“⟦d:a|Because officers take time to train. You don't put someone on the beat on day one.⟧”
Kjellberg, who has been in post since March, also defended scrapping the northern burglary taskforce, calling it “⟦p:a|a duplication of effort⟧”.
The Police Federation's chairwoman, Tanya Rourke, said later: “⟦d:c|Telling the public that officers take time to train is true, but it is no comfort to a pensioner whose house has been ransacked.⟧”

### 046
@a Joanna Mbatha | a former case manager at the centre
@b Caroline Osei | Committee chair
@c Border Agency | -
@d Tariq Hussain-Bell | Mbatha's lawyer
A former official at the Border Agency has told MPs that she was "⟦p:a|instructed to delete⟧" records showing that detainees had been held beyond legal time limits at the Kessock immigration centre.
In a four-page letter to the Home Affairs Committee, published on Thursday, Joanna Mbatha, a former case manager at the centre, writes: "⟦d:a|I was told that the records were 'not helpful' and that it would be better for everyone if they did not exist. I refused, and I was moved to another team within a week.⟧"
Committee chair Dame Caroline Osei said the allegations were "⟦p:b|extremely serious⟧". "⟦d:b|We will be calling the agency's director general to give evidence at the earliest opportunity,⟧" she said.
The Border Agency said in a statement: "⟦d:c|We take any allegation of this kind extremely seriously. An internal investigation found no evidence that records were deleted.⟧"
Mbatha's lawyer, Tariq Hussain-Bell, called that investigation "⟦p:d|a whitewash⟧".
"⟦d:d|They investigated themselves and found themselves innocent. That is not an investigation,⟧" he said.

### 047
@a Graça Tavares-Chilundo | -
@b Armando Cossa-Baptista | the outgoing vice-president
@c Helena Muianga | Commission spokesperson
@d Fátima Nhantumbo | A market trader in Vila Sambe
Graça Tavares-Chilundo was declared president-elect of Sambela on Monday, the first woman to lead the country, and promised a government «⟦p:a|for all Sambelans, including those who did not vote for me⟧».
Speaking to supporters in the capital, Vila Sambe, she said in Portuguese: «⟦d:a|Hoje não há vencidos⟧» («⟦d:a|Today there are no losers⟧»).
«⟦d:a|I know that many of you have waited a long time for this day. I also know that the real work begins tomorrow⟧», she added in English, addressing foreign diplomats in the front rows.
Her defeated rival, Armando Cossa-Baptista, the outgoing vice-president, said through an interpreter that he would challenge the result in the Constitutional Court. «⟦d:b|The numbers do not add up. In Nampeja province we had more votes in the count than voters on the register⟧», he said.
The National Electoral Commission rejected the claim. Commission spokesperson Helena Muianga said: «⟦d:c|Every result sheet has been published. Anyone can check them⟧».
A market trader in Vila Sambe, Fátima Nhantumbo, 58, said she had queued for six hours to vote. «⟦d:d|For my granddaughters. So they know a woman can do it⟧», she said.

### 048
@a Priyanka Sethuraman | Finance Minister
@c Gideon Amara-Stokes | Shadow finance minister
@d Helena Baptiste-Ward | Fiscal Institute director
@e Federation of Small Firms | -
Finance Minister Priyanka Sethuraman unveiled a £9bn package of tax cuts on Wednesday, telling parliament it was “⟦p:a|time to let working people keep more of what they earn⟧”.
“⟦d:a|This is a budget for the night-shift worker, the small-business owner and the young couple saving for a deposit,⟧” she said. “⟦d:a|It is a budget that backs them.⟧”
The centrepiece, a 2p cut in the basic rate of income tax, drew cheers from the government benches and shouts of “⟦d:-|Paid for how?⟧” from across the chamber.
Shadow finance minister Gideon Amara-Stokes said the cuts were “⟦p:c|built on sand⟧”. “⟦d:c|She has cut taxes today with money she has borrowed from our children,⟧” he said.
Fiscal Institute director Dr Helena Baptiste-Ward said the package left a £14bn hole in the public finances. “⟦d:d|The arithmetic simply doesn't work unless spending is cut sharply after the election, and the budget says nothing about where,⟧” she said.
The Federation of Small Firms welcomed what it called “⟦p:e|a shot in the arm⟧” for business. Opposition MPs had a different name for it: “⟦s:-|the giveaway budget⟧”.

### 049
@a Jasmine Akhtar-Doyle | The 34-year-old
@b Ruth Ogundipe | Commonwealth leader
@c - | A National Party source
@d Neville Crabtree | National Party chairman
Jasmine Akhtar-Doyle sensationally defected to the opposition last night, branding her own party "⟦p:a|rotten to the core⟧".
The 34-year-old, who won Ashgrove Vale with a record majority two years ago, told the Daily Clarion: "⟦d:a|I didn't leave the National Party. The National Party left me.⟧"
"⟦d:a|I've watched ministers lie to the House, lie to the public and lie to each other. I couldn't look my constituents in the eye any more.⟧"
Commonwealth leader Ruth Ogundipe welcomed her with open arms. "⟦d:b|Jasmine is a woman of real principle and she will be a brilliant member of our team,⟧" she gushed.
But a National Party source hissed: "⟦d:c|She's been sulking since she was passed over in the reshuffle. This isn't principle, it's pique.⟧"
National Party chairman Neville Crabtree demanded that she call a by-election. "⟦d:d|Her constituents voted National. If she had any principle, she would let them decide,⟧" he said.
Akhtar-Doyle hit back last night: "⟦d:a|I'll face the voters at the election, like every other MP.⟧"

### 050
@a Zhao Mingyuan | foreign ministry spokesman
@b - | A reporter from a Western wire agency
@c Ingrid Mæland | The panel's coordinator
@d - | Another reporter
The Republic of Haiyan on Monday rejected a report by an international panel of experts accusing it of supplying drones to rebels in Ostmark, calling the findings “⟦p:a|groundless and politically motivated⟧”.
“⟦d:a|Haiyan has always strictly observed its international obligations. We do not export weapons to conflict zones. Full stop,⟧” foreign ministry spokesman Zhao Mingyuan told a regular press briefing in Jinlan.
A reporter from a Western wire agency asked about photographs of drones matching Haiyanese designs in rebel-held territory. “⟦d:b|Are you saying the photographs are fake?⟧” she asked.
“⟦d:a|I am saying that anyone can put a photograph on the internet. You should check your sources before you ask such a question,⟧” Zhao replied.
The panel's coordinator, Ingrid Mæland, said in a statement that the evidence was “⟦p:c|compelling and corroborated by multiple independent sources⟧”.
Another reporter asked: “⟦d:d|Will Haiyan allow the panel to visit its factories?⟧”
“⟦d:a|This question has already been answered. Next question,⟧” Zhao said.

### 051
@a Kemi Adebanjo-Ross | The Mayor of Greater Harrowby
@b Duncan Frayne | leader of the opposition group
@c Ruth Lindqvist | The chair of the assembly
@d Aisha Kamara | Green assembly member
@e Harrowby Transit | The operator
The Mayor of Greater Harrowby, Kemi Adebanjo-Ross, was accused of "⟦p:b|presiding over a transport meltdown⟧" at a heated Mayor's Question Time on Thursday, as assembly members grilled her over a month of tram strikes.
Assembly member Duncan Frayne, leader of the opposition group, said: "⟦d:b|Commuters have lost eleven working days this month. Eleven. What have you personally done to end this dispute?⟧"
"⟦d:a|I have met the unions four times, which is four times more than the government has,⟧" Adebanjo-Ross replied.
"⟦d:b|Meetings aren't trams, mayor.⟧"
"⟦d:a|No, but without meetings there will be no trams.⟧"
The chair of the assembly, Ruth Lindqvist, warned Frayne about "⟦p:c|the tone⟧" of his questioning. "⟦d:c|Mr Frayne, you have made your point. Please let the mayor answer,⟧" she said.
Green assembly member Aisha Kamara turned to compensation. "⟦d:d|Will the mayor at least refund season-ticket holders for the days they couldn't travel?⟧"
Adebanjo-Ross said she had asked Harrowby Transit to "⟦p:a|look urgently⟧" at refunds. The operator later said it would "⟦p:e|set out proposals next week⟧".

### 052
@a Tom Aduba-Grant | the MP for Bellfield and Crane
@b Halima Yusuf | -
@c Stanley Whitlow | a former docker
@d Lucy Tremayne | his caseworker
Every other Friday, in a back room of the Bellfield Community Centre, Tom Aduba-Grant sits at a folding table with a box of tissues and a notebook.
“⟦d:a|This is the real job,⟧” says the MP for Bellfield and Crane. “⟦d:a|The chamber is theatre. This is where you find out what's actually going on.⟧”
His first constituent today is Halima Yusuf, 38, whose landlord has not fixed a leaking roof in seven months. “⟦d:b|My son has asthma. There's mould on his wall. I've rung the council twenty times,⟧” she says.
Aduba-Grant writes it down. “⟦d:a|Right. I'll write to the council today, and I'll copy in the landlord. They tend to move faster when there's an MP on the letter,⟧” he tells her.
Next is Stanley Whitlow, 81, a former docker, who has come about his pension credit - and, it emerges, about something else. “⟦d:c|My wife died in March. I don't really need anything. I just wanted to talk to somebody,⟧” he says.
Aduba-Grant spends twenty minutes with him. Afterwards, his caseworker, Lucy Tremayne, says this happens “⟦p:d|more than people would think⟧”.
“⟦d:d|Half the people who come in have a problem we can fix, and half just need someone to listen,⟧” she says.

### 053
@a Clive Anand-Morrow | Trade Secretary
@b Beatrix Holm | Environment Secretary
@c - | A spokesman for Anand-Morrow
@d Samira Nasser-Holt | Opposition deputy leader
Leaked messages between two cabinet ministers show them privately mocking the prime minister's flagship "⟦s:-|Opportunity Zones⟧" policy weeks before they publicly defended it, the Sunday Ledger can reveal.
In an exchange on a messaging app in March, Trade Secretary Clive Anand-Morrow wrote to Environment Secretary Beatrix Holm: "⟦d:a|Have you read the OZ paper? It's three press releases stapled together.⟧"
Holm replied: "⟦d:b|Worse. It's one press release photocopied three times.⟧"
"⟦d:a|He'll make us go out and sell it, you watch,⟧" Anand-Morrow wrote.
Days later, Holm told a press conference that the policy was "⟦p:b|a bold vision for every corner of the country⟧".
A spokesman for Anand-Morrow said the messages were "⟦p:c|private banter between colleagues⟧" and that the trade secretary "⟦p:c|fully supports⟧" the policy.
Holm said in a statement: "⟦d:b|These were throwaway remarks made in a private conversation. I regret them.⟧"
Opposition deputy leader Samira Nasser-Holt said: "⟦d:d|They laughed at it in private and sold it in public. That tells you everything about this government.⟧"

### 054
@a Tevita Mahe | Prime Minister
@b Losana Vakalahi | Opposition MP
@c Semisi Fonua | The Speaker
FALE'ULA, Nov 6 - Prime Minister Tevita Mahe faced a barrage of questions in parliament on Thursday over the stalled, foreign-funded Vaipua wharf project.
Opposition MP Losana Vakalahi asked: “⟦d:b|The wharf was meant to open in June. It is now November. The contractor has gone home. Can the prime minister tell this House who is paying for the delay?⟧”
Mahe said the government was “⟦p:a|in discussions⟧” with the contractor and the lender. “⟦d:a|I will not negotiate on the floor of this House. The member knows that,⟧” he said.
The Speaker, Semisi Fonua, allowed a supplementary question. “⟦d:c|One more, and then we move on,⟧” he said.
“⟦d:b|Is it true that the loan agreement allows the lender to take control of the wharf if we default?⟧” Vakalahi asked.
There was uproar on the government benches. “⟦d:a|That is a lie spread on social media, and the member should be ashamed to repeat it,⟧” Mahe replied.
“⟦d:c|The prime minister will withdraw the word ‘lie’,⟧” Fonua said.
“⟦d:a|I withdraw it. The member is mistaken,⟧” Mahe said, to laughter.

### 055
@a Lorraine Abernathy-Cole | a Progressive from Riverbend
@b Walter Dunn | a 92-year-old veteran
@c Grant Thibodeaux | Majority Leader
State Sen. Lorraine Abernathy-Cole, a Progressive from Riverbend, spoke for 14 hours and 22 minutes on the floor of the Arcadia State Senate on Wednesday in an attempt to block a bill restricting mail-in voting, the longest filibuster in the chamber's history.
``⟦d:a|I will stand here as long as my legs hold me up, and then I will lean on this desk,⟧'' the 67-year-old said at about 3 a.m., as colleagues brought her water.
She read dozens of letters from constituents, including one from a 92-year-old veteran, Walter Dunn, which she read twice.
``⟦d:b|I have voted by mail for eleven years because I cannot stand in a line. Do not take my vote away from me,⟧'' Dunn wrote.
Majority Leader Grant Thibodeaux called the filibuster ``⟦p:c|political theater⟧'' and said the bill would pass ``⟦p:c|whether it is today or tomorrow⟧''.
When she finally yielded the floor shortly before 5 p.m., Abernathy-Cole said: ``⟦d:a|I don't know if I changed a single vote. But I wanted the record to show that somebody said no.⟧''
The bill passed on Thursday by 21 votes to 17.

### 056
@d Harriet Clay | moderator
@a Anneke de Vries | the frontrunner
@b Rory Fitzgerald | a former party treasurer
@c Samuel Osei-Bonsu | the youngest of the three at 35
@e Jan | An audience member
The three candidates for the Alliance leadership faced members for the last time on Thursday night in Kingsreach, and for the first time the gloves came off.
Anneke de Vries, the frontrunner, was asked by moderator Harriet Clay whether she had “⟦p:d|ever actually won an argument in cabinet⟧”.
“⟦d:a|I won the argument on childcare, which is why two million families now get thirty free hours. So yes, Harriet,⟧” de Vries replied.
Rory Fitzgerald, a former party treasurer, accused her of “⟦p:b|taking credit for work done by civil servants⟧”. “⟦d:b|Anneke is brilliant at press releases. I'm not sure she's brilliant at anything else,⟧” he said, to some boos.
Samuel Osei-Bonsu, the youngest of the three at 35, tried to stay above the fray. “⟦d:c|I'm not going to join in. Members are watching this and wondering why we'd rather fight each other than the government,⟧” he said.
Fitzgerald shot back: “⟦d:b|Easy to say when you're polling at eight per cent, Sam.⟧”
An audience member, who gave her name only as Jan, asked all three: “⟦d:e|Which of you will still be leader at the next election?⟧”
There was a long pause. “⟦d:d|Don't all rush,⟧” Clay said.

### 057
@a Philippa Drummond-Okeke | Education Minister
@b Sunil Varma | Presenter
@c Channel Six | -
@d - | A spokesperson for the minister
Education Minister Philippa Drummond-Okeke walked out of a live television interview on Monday evening after being asked about her use of a government car for a family holiday.
The interview, on Channel Six's "⟦s:-|Evening Report⟧", began with questions about teacher shortages. Presenter Sunil Varma then turned to a report in that morning's Herald.
"⟦d:b|Minister, did you use a ministerial car to take your family to the coast in August?⟧" Varma asked.
"⟦d:a|I'm here to talk about schools, Sunil. I was told we'd be talking about schools,⟧" Drummond-Okeke said.
"⟦d:b|It's a simple question.⟧"
"⟦d:a|And I've given you a simple answer. I'm not doing this.⟧"
She then removed her earpiece and left the studio. Varma turned to the camera: "⟦d:b|Well. The minister appears to have left us. We did put that question to her office before the programme.⟧"
Channel Six said in a statement that the minister's office had been "⟦p:c|informed in advance⟧" of the areas the interview would cover.
A spokesperson for the minister said later that the car had been used for "⟦p:d|a small number of journeys, all in line with the ministerial code⟧".

### 058
@a Mele Tangitau | Aromalu's foreign minister
@b Jorge Almeida-Santos | The conference president
@c - | A delegate from a major oil-producing country
@d Verdant Earth | Environmental group
@e Hana Okamoto | Verdant Earth campaigns director
BELMONTE, Dec 9 (Meridian) - Aromalu's foreign minister, Mele Tangitau, made an emotional plea to delegates at the Belmonte climate talks on Saturday, warning that her Pacific island nation would be “⟦p:a|the first to drown, but not the last⟧”.
“⟦d:a|You talk about targets for 2050. In 2050 my grandchildren will be refugees,⟧” Tangitau told the plenary, her voice shaking.
The conference president, Jorge Almeida-Santos, said a new draft text would be published overnight and urged parties to show “⟦p:b|flexibility and courage⟧”. “⟦d:b|We are close. We are not there,⟧” he told reporters.
A delegate from a major oil-producing country, who asked not to be named, said the draft's language on fossil fuels was “⟦p:c|unacceptable as it stands⟧”.
“⟦d:c|If they want phase-out, there is no deal. It is that simple,⟧” the delegate said.
Environmental group Verdant Earth said the talks were “⟦p:d|on a knife edge⟧”.
Verdant Earth campaigns director Hana Okamoto said: “⟦d:e|The islands are asking for their survival. The oil states are asking for their profits. It shouldn't be a hard choice.⟧”

### 059
@a Samantha Okoye | Acting returning officer
@b Gordon Pryce-Whitley | Brackwater MP
@c Derek Oyewole | Local campaigner
@d Stacey Lyle | a 44-year-old nurse
More than 9,000 constituents have signed a recall petition against Brackwater MP Gordon Pryce-Whitley, meaning he will lose his seat and a by-election will be held.
The petition, triggered after he was suspended from the House for 30 days for breaching lobbying rules, closed on Wednesday with 14.2% of eligible voters signing, above the 10% threshold.
Acting returning officer Samantha Okoye announced the result at Brackwater Town Hall. "⟦d:a|The petition has been successful. The seat is now vacant,⟧" she said.
Pryce-Whitley, who has represented the seat for 19 years, said he was "⟦p:b|disappointed but not surprised⟧" and confirmed that he would stand in the by-election as an independent.
"⟦d:b|I made a mistake and I've paid for it. I believe the people of Brackwater will judge me on 19 years, not on one bad month,⟧" he said.
Local campaigner Derek Oyewole, who organised volunteers for the petition, said: "⟦d:c|People here felt let down. This was their chance to say so, and they took it.⟧"
Outside the town hall, Stacey Lyle, a 44-year-old nurse, said: "⟦d:d|He was lobbying for a gambling firm while my mum was waiting for a hip. I signed it on the first day.⟧"

### 060
@a Olusegun Hart | Prime Minister
@b Carys Wynne-Thomas | Opposition leader
@c Fergus Lamont | Her constituency neighbour
@d Anthony Greville | The Speaker
@e Helen Ovenden-Price | Her daughter
MPs from all parties paid tribute on Monday to Margaret Ovenden, the independent member for Carrick Moor, who died last week aged 79, in a session that mixed tears with laughter.
Prime Minister Olusegun Hart described her as “⟦p:a|the conscience of this House, and frequently its thorn⟧”.
“⟦d:a|Margaret voted against every government she ever served under,⟧” he said, “⟦d:a|including, on more than one memorable occasion, her own. She was right more often than any of us would like to admit.⟧”
Opposition leader Carys Wynne-Thomas said: “⟦d:b|She once told me that the trouble with most politicians is that they want to be somebody rather than do something. I think about that every single day.⟧”
Her constituency neighbour, Fergus Lamont, drew laughter. “⟦d:c|Margaret rang me at six o'clock one Sunday morning to complain about a pothole. It wasn't in her constituency. It wasn't in mine. She just thought I should know,⟧” he said.
The Speaker, Anthony Greville, closed the session. “⟦d:d|I hope the House will forgive me if, for once, I do not call it to order,⟧” he said.
Her daughter, Helen Ovenden-Price, who watched from the gallery, said afterwards: “⟦d:e|Mum would have hated the fuss. She would also have been furious if they hadn't made one.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh160.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh160",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
