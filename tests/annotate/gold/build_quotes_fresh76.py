# ruff: noqa: E501
"""Build ``quotes_fresh76.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: parliamentary question times and debates with heckles and interruptions, select
committee and senate hearings, broadcast and radio interviews in which presenters
press ministers, campaign trail and hustings reports, lobby briefings by official
spokespeople, council meetings, leadership contests, leaks and unnamed sources, and
summits and foreign ministers' press conferences, written in the registers of wire
copy, broadsheets, tabloids, local papers, magazines and broadcasters' web pages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh76-NNN``.

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
  it (``Shadow chancellor Ruth Amankwah, the MP for Coldharbour``): the appositive is
  the description. A title before the name alone (``Foreign Minister …``,
  ``Senator …``), or a title phrase set off before the name (``The Speaker, …``,
  ``the committee's chair, …``), is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the Prime Minister``,
  ``the 34-year-old``), that description is taken.
* A non-restrictive relative clause after an appositive (``the minister, who was
  appointed in May``) is not part of the description; a restrictive one is.
* Heckles and shouts attributed to a group (``Opposition MPs shouted``) are ``direct``
  with a null speaker and the group as the description; a shout from ``someone`` or
  ``a voice`` nobody identifies further has speaker and description null.
* An official spokesperson quoted without a name (``the Prime Minister's official
  spokesman``) has a null speaker and that phrase as the description; a government
  department, party, ministry or embassy that itself "said" is the speaker, named as
  the passage names it in full.
* Words a politician is said to have used, quoted inside a reporter's, presenter's or
  questioner's own quoted question, belong to the outer speaker (inner single marks);
  where the reporter quotes them directly in narration they are that politician's
  ``partial`` (or ``direct``).
* Fragments quoted from documents whose author the passage does not identify (a
  leaked memo, a risk register) are ``partial`` with a null speaker and the document
  as the description when it is described.
* Questions by a reporter at a press conference or lobby briefing are ``direct``,
  speaker null, with a description when the passage gives one (``one reporter``).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh76.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh76.jsonl")

PASSAGES = """
### 001
@a Adaeze Okonkwo | the Prime Minister
@b Fergus Lathbury | the Leader of the Opposition
@c Tamsin Achterberg | the Speaker
@d - | Opposition MPs
@e - | a Government whip
It took Fergus Lathbury, the Leader of the Opposition, less than a minute to reach for the number he had evidently been saving all week.
“⟦d:b|The Prime Minister stood at that despatch box in March and promised this country four hundred thousand new homes. Can she tell the House how many have actually been started?⟧” he asked, to a wall of noise from the benches behind him.
Adaeze Okonkwo, who has now faced Lathbury across the chamber for nineteen months, did not give him the figure. “⟦d:a|I will take no lectures on housing from a party that built fewer homes in thirteen years than we have managed in three,⟧” she said.
Opposition MPs shouted “⟦d:d|Answer!⟧” before she had sat down.
The Speaker, Tamsin Achterberg, was on her feet at once. “⟦d:c|Order. Order. The Leader of the Opposition asked a question and he is entitled to hear the answer — whatever that turns out to be.⟧”
The line drew laughter on both sides, and Okonkwo tried again. “⟦d:a|Starts are up, Madam Speaker. Completions are up. The only thing that has gone down this year is the right honourable gentleman’s poll rating.⟧”
Lathbury came back with a figure from her own department’s statistics, which he described as “⟦p:b|the number she dare not say⟧”: 41,600.
“⟦d:b|Forty-one thousand, six hundred. Not four hundred thousand. Forty-one thousand. Will she apologise to the families still waiting?⟧”
“⟦d:a|No,⟧” said the Prime Minister, and sat down.
Afterwards, a Government whip insisted the exchange had gone “⟦p:e|perfectly well, thank you⟧”. “⟦d:e|She didn’t take the bait. That’s the job,⟧” he said.

### 002
@a Marcus Eldridge-Fane | the permanent secretary at the Department for Borders
@b Priscilla Vantongeren | the committee's chair
@c Rajveer Sandhu | a committee member
@d - | the risk assessment
The most senior civil servant at the Department for Borders told MPs on Wednesday that he had not seen a critical risk assessment before a £1.2bn contract for a new visa system was signed.
Marcus Eldridge-Fane, the permanent secretary at the Department for Borders, spent almost three hours before the public accounts committee, much of it explaining why a document warning of a "⟦p:d|high probability of failure⟧" never reached his desk.
"⟦d:a|I did not see that document until it was reported in the press,⟧" he said. "⟦d:a|I wish I had. I think the decision might well have been different.⟧"
The committee's chair, Priscilla Vantongeren, was unconvinced. "⟦d:b|How is it possible that the accounting officer for the department did not read the one document that said, in red, this will not work?⟧" she asked.
"⟦d:a|It was sent to a shared inbox,⟧" Eldridge-Fane replied. "⟦d:a|That is not an excuse. It is an explanation.⟧"
"⟦d:b|It sounds very much like an excuse,⟧" Vantongeren said.
Rajveer Sandhu, a committee member, then asked who had read it. "⟦d:a|I've asked that question myself,⟧" Eldridge-Fane said. "⟦d:a|I don't yet have an answer I'm prepared to give this committee.⟧"
"⟦d:c|So someone did read it,⟧" Sandhu said.
"⟦d:a|I didn't say that.⟧"
"⟦d:c|You didn't have to.⟧"
The risk assessment, which was leaked in June, rated the project's timetable as "⟦p:d|unachievable⟧" and its budget as "⟦p:d|materially understated⟧". The department has since paid the supplier £86m in what Vantongeren called "⟦p:b|compensation for our own incompetence⟧".

### 003
@a Niamh Corrigan-Bayo | Presenter
@b Dev Raghunathan | the housing minister
@c Ilse Marchetti | a tenants’ campaigner who was interviewed later in the programme
The housing minister, Dev Raghunathan, was repeatedly pressed on Radio Carrow’s breakfast programme this morning over the government’s decision to delay its ban on no-fault evictions for a second time.
Presenter Niamh Corrigan-Bayo opened by reading out a message from a listener in Eastfold who said she had been given two months to leave a flat she had rented for eleven years. “⟦d:a|What do you say to her?⟧” she asked.
“⟦d:b|I say we hear her, and we are going to fix this,⟧” Raghunathan said. “⟦d:b|But we have to get it right. If we rush it, landlords leave the market, and then there are fewer homes for people like her, not more.⟧”
“⟦d:a|Minister, you said exactly that eighteen months ago.⟧”
“⟦d:b|And we’ve made real progress since —⟧”
“⟦d:a|With respect, she’s still being evicted.⟧”
Raghunathan, who was appointed in the spring, insisted the legislation would be in force “⟦p:b|before the end of this parliament⟧”, but would not commit to a date. Asked three times whether that meant next year, he said only: “⟦d:b|It means before the end of this parliament.⟧”
Ilse Marchetti, a tenants’ campaigner who was interviewed later in the programme, said she had heard the phrase before. “⟦d:c|‘Before the end of this parliament’ is what ministers say when they mean never,⟧” she said. “⟦d:c|Every week they delay, another few thousand families get the letter.⟧”

### 004
@a Harriet Ossei-Blom | the Chancellor
@b Cormac Dunleavy | the programme's presenter
@c Ruth Amankwah | the MP for Coldharbour
@d - | a Treasury spokesperson
The Chancellor has refused to rule out raising the basic rate of income tax in next month's budget, saying she would not "⟦p:a|play the game of ruling things in and out⟧" three weeks before she stands up in the chamber.
Harriet Ossei-Blom told Cormac Dunleavy, the programme's presenter, that the public finances were in "⟦p:a|a tighter place than anyone would like⟧" after a year of weak growth.
"⟦d:b|So that's a no, you won't rule it out?⟧" Dunleavy asked.
"⟦d:a|It's a no, I won't be writing the budget on your sofa, Cormac,⟧" she replied. "⟦d:a|Every chancellor who has sat here and ruled things out has regretted it by the spring.⟧"
"⟦d:b|Your manifesto ruled it out. Page fourteen. I have it here.⟧"
"⟦d:a|And we have kept every promise in that manifesto so far.⟧"
"⟦d:b|So far.⟧"
Shadow chancellor Ruth Amankwah, the MP for Coldharbour, said the interview had been "⟦p:c|the clearest possible signal⟧" that a tax rise was coming. "⟦d:c|If she wasn't planning it, she'd have said so. Working people should be very worried tonight,⟧" Amankwah said.
A Treasury spokesperson said afterwards: "⟦d:d|The Chancellor's position has not changed. Speculation about the budget is just that.⟧"

### 005
@a Shabnam Qureshi | the Forward party candidate for Wexcombe North
@b Bev | a retired bus driver who would not give her surname
@c Dariusz Kowalczyk | a car-wash owner on the ring road
@d - | One aide travelling with Qureshi
@e Gideon Sallis | the sitting MP
Shabnam Qureshi had been knocking on doors on the Hollinsbrook estate for barely ten minutes when she met her first Bev.
“⟦d:b|You lot are all the same,⟧” said Bev, a retired bus driver who would not give her surname, arms folded on her doorstep. “⟦d:b|You turn up every five years, you have your photo taken, and then we never see you again.⟧”
The Forward party candidate for Wexcombe North, a seat her party needs a swing of just 1.4 per cent to take, did not argue. “⟦d:a|That’s fair,⟧” she said. “⟦d:a|So hold me to it. I’ll give you my mobile number now.⟧”
She did, writing it on the back of a leaflet. Bev looked at it for a long moment. “⟦d:b|I’ll ring it, mind,⟧” she warned.
“⟦d:a|I hope you do.⟧”
Further along the road, Dariusz Kowalczyk, a car-wash owner on the ring road, said the cost of living was the only issue he had heard anyone talk about. “⟦d:c|Nobody here cares who’s up or down in Westbridge. They care about the electric bill,⟧” the 52-year-old said.
Gideon Sallis, the sitting MP, whose majority is 312, was campaigning on the other side of town. Told of Qureshi’s phone-number pledge, he laughed. “⟦d:e|She’ll need a bigger phone,⟧” he said. “⟦d:e|I’ve been answering mine for nine years.⟧”
One aide travelling with Qureshi was blunter about the arithmetic. “⟦d:d|If we can’t win here, we can’t win anywhere,⟧” he said.

### 006
@a Ama Boateng-Ellis | vicar of St Aldhelm's
@b Hugh Penhaligon | the Unionist Alliance candidate
@c Lowri Gwatkin | the Green candidate
@d Sunil Varma | the Liberal candidate
@e Kezia Ombati | a former headteacher standing as an independent
@f - | one man near the back
More than 200 people packed into St Aldhelm's church hall in Trevellick on Thursday night for the only hustings of the Penmorva by-election, and they had not come to be polite.
The Rev Ama Boateng-Ellis, vicar of St Aldhelm's, who chaired the meeting, had to appeal for calm twice in the first half hour. "⟦d:a|We have a lot of questions and not very much time, so I would ask you to let people finish,⟧" she said, to limited effect.
The first question, on the closure of the Trevellick minor injuries unit, drew the sharpest exchanges. Hugh Penhaligon, the Unionist Alliance candidate, said the decision had been made by the health board and "⟦p:b|not by anyone on this stage⟧".
"⟦d:f|Your lot appointed the health board!⟧" one man near the back shouted.
"⟦d:b|And I've written to them three times,⟧" Penhaligon shot back. "⟦d:b|I'll write a fourth if that's what it takes.⟧"
Lowri Gwatkin, the Green candidate, said letters were not enough. "⟦d:c|My daughter broke her wrist in August and we drove fifty-one miles to get it set. Fifty-one miles. Letters don't set wrists.⟧"
The applause for that went on long enough that Sunil Varma, the Liberal candidate, had to wait before answering. "⟦d:d|I agree with Lowri,⟧" he said, "⟦d:d|which I suspect will surprise her more than anyone.⟧"
Kezia Ombati, a former headteacher standing as an independent, got the biggest laugh of the night when asked what she would do on her first day. "⟦d:e|Find the toilets,⟧" she said. "⟦d:e|Then find out who decided to shut the unit, and go and sit in their office until they explain it to me.⟧"

### 007
@a - | The Prime Minister’s official spokesman
@b - | one reporter
@c - | Another journalist
@d Lionel Ashworth-Kemp | her Chancellor
The Prime Minister’s official spokesman insisted on Monday that she retained “⟦p:a|full confidence⟧” in her Chancellor, Lionel Ashworth-Kemp, after weekend reports that the two had barely spoken since a row over defence spending.
At the morning lobby briefing, he repeatedly declined to go further. “⟦d:a|I’ve answered that. She has full confidence in the Chancellor and they work closely together, as you’d expect,⟧” he said.
“⟦d:b|When did they last meet?⟧” one reporter asked.
“⟦d:a|I’m not going to give you a running commentary on the Prime Minister’s diary.⟧”
“⟦d:b|Is that because they haven’t?⟧”
“⟦d:a|It’s because I’m not going to give you a running commentary on the Prime Minister’s diary.⟧”
Another journalist asked whether the Prime Minister shared the Chancellor’s reported view that the defence secretary’s plans amounted to “⟦p:d|fantasy accounting⟧”.
“⟦d:a|I haven’t seen any such remarks, and I wouldn’t comment on private conversations if I had,⟧” the spokesman said.
“⟦d:c|So there were conversations?⟧” the same journalist pressed.
The spokesman smiled. “⟦d:a|Next question.⟧”

### 008
@a Obinna Eze | The chair of the planning committee
@b Philippa Grundy | leader of the opposition group
@c Tariq Mahmood | the cabinet member for regeneration
@d Wendell Ashby | chairman of the Save Our Seafront campaign
@e Kilbarrow Borough Council | -
Plans for a nine-storey block of flats on Kilbarrow seafront were approved on Tuesday night after a stormy meeting in which one protester was escorted from the council chamber.
Councillors on the planning committee voted five to four in favour of the scheme, which opponents have nicknamed "⟦s:-|the Toaster⟧" because of its shape.
The chair of the planning committee, Cllr Obinna Eze, called for order several times as members of the public heckled from the gallery. "⟦d:a|If there are any more interruptions I will have no choice but to clear the gallery,⟧" he warned.
Cllr Philippa Grundy (Ind, Saltmarsh), leader of the opposition group, said the block would "⟦p:b|loom over the promenade like a filing cabinet⟧". "⟦d:b|This is the wrong building in the wrong place, and every one of us knows it,⟧" she told the meeting. "⟦d:b|We are being asked to approve it because we are frightened of losing an appeal.⟧"
Cllr Tariq Mahmood, the cabinet member for regeneration, said the town could not afford to turn away investment. "⟦d:c|We have four hundred families on the housing list in this ward alone. Four hundred. I will not apologise for wanting them to have somewhere to live,⟧" he said.
At that point Wendell Ashby, chairman of the Save Our Seafront campaign, stood up in the gallery. "⟦d:d|None of them will be able to afford it and you know that!⟧" he shouted.
Cllr Eze asked him to leave, and he was escorted out by a council officer. Speaking outside afterwards, Mr Ashby said: "⟦d:d|I've lived here sixty years. I'm not going to sit quietly while they sell off the view.⟧"
In a statement, Kilbarrow Borough Council said the application had been "⟦p:e|determined in accordance with planning policy⟧" and that 20 per cent of the flats would be affordable.

### 009
@a Mihail Constantinescu | the 46-year-old former health secretary
@b - | A senior ally of Pettigrew
@c Joanna Pettigrew | the party’s home affairs spokeswoman
@d - | One MP backing Constantinescu who asked not to be named
@e Kwabena Asante-Darko | its former chief whip
Mihail Constantinescu launched his bid to lead the Civic Union on Thursday with an attack on what he called the party’s “⟦p:a|cosy, comfortable, losing⟧” leadership, and a pledge to “⟦p:a|take the party back to the people who stopped voting for it⟧”.
Speaking in a converted tram depot in Ollerby, the 46-year-old former health secretary said the party had lost last year’s election because it had “⟦p:a|stopped listening somewhere around 2015⟧”.
“⟦d:a|We told people what was good for them, and then we were surprised when they told us where to go,⟧” he said. “⟦d:a|I am not standing to manage decline. I am standing to win.⟧”
Constantinescu is the third candidate to declare, after Joanna Pettigrew, the party’s home affairs spokeswoman, and Kwabena Asante-Darko, its former chief whip.
Pettigrew, who is widely seen as the frontrunner, welcomed him to the race in a post on social media. “⟦d:c|Good to have Mihail in. A contest of ideas is exactly what we need. Mine start on Monday,⟧” she wrote.
A senior ally of Pettigrew was less gracious. “⟦d:b|Mihail has been running for this job since he was at school. The only surprise is that it took him eighteen months to admit it,⟧” the ally said.
Asante-Darko said only that he was “⟦p:e|glad of the company⟧”.
One MP backing Constantinescu who asked not to be named said he expected to reach the threshold of 30 nominations “⟦p:d|by the weekend, comfortably⟧”.

### 010
@a Catriona MacLennan | the party's deputy leader
@b Yasmin Haddad-Pryor | the former mayor of Eastholme
@c Felicity Onwuachi | The host
The two women vying to lead the Social Democratic Front clashed over tax, immigration and each other's record in a bad-tempered televised debate on Tuesday night.
Catriona MacLennan, the party's deputy leader, accused her rival of having "⟦p:a|no plan beyond a slogan⟧". Yasmin Haddad-Pryor, the former mayor of Eastholme, retorted that MacLennan had "⟦p:b|sat in the room for every one of our defeats⟧".
"⟦d:a|I'm proud of what I did in government. I don't hear Yasmin talking much about what she did in Eastholme,⟧" MacLennan said.
"⟦d:b|Balanced the budget four years running. Built two thousand council homes. Happy to talk about it all night,⟧" Haddad-Pryor replied.
The host, Felicity Onwuachi, tried to move the discussion on to immigration, but MacLennan interrupted. "⟦d:a|Sorry, Felicity, I just want to say — those homes were funded by the government I was part of.⟧"
"⟦d:c|You'll both get a chance to come back on that,⟧" Onwuachi said. "⟦d:c|Catriona, thirty seconds: would you keep the net migration target?⟧"
"⟦d:a|Yes.⟧"
"⟦d:c|Yasmin?⟧"
"⟦d:b|No, and I think anyone who says yes should tell you honestly how they'd meet it, because nobody ever has.⟧"
A snap poll of party members who watched the debate gave Haddad-Pryor the edge by 54 per cent to 46.

### 011
@a - | The memo
@b - | One senior official who has seen the document
@c - | A government source
@d Ministry of Energy and Industry | the ministry
@e Anneliese Moreau-Baptiste | the opposition's energy spokesperson
Ministers have been privately warned that the government will miss its target to close the last of Carradale's coal-fired power stations by 2030, according to a leaked memo seen by this newspaper.
The memo, written by officials at the Ministry of Energy and Industry in September and marked "⟦s:-|Official — Sensitive⟧", says the target is "⟦p:a|no longer credible⟧" and recommends that ministers "⟦p:a|begin to prepare the ground⟧" for a delay of up to four years.
One senior official who has seen the document said it had caused "⟦p:b|real alarm⟧" on the ministry's top floor. "⟦d:b|Everyone knew the numbers were bad. Nobody expected it in writing,⟧" the official said.
A government source played down its significance. "⟦d:c|Officials write options papers all the time. This is one option among several, and not one ministers have asked for,⟧" the source said.
In a statement, the Ministry of Energy and Industry said it did not comment on leaks. "⟦d:d|Our commitment to the 2030 target is unchanged,⟧" the ministry said.
Anneliese Moreau-Baptiste, the opposition's energy spokesperson, said the memo showed the government had been "⟦p:e|saying one thing in public and another behind closed doors⟧". "⟦d:e|If the target is dead, ministers should have the courage to say so in parliament, not leave it to a civil servant's memo,⟧" she said.

### 012
@a Yusuf Demirkan | Karsovia's foreign minister
@b Ingrid Solheim | Nordmark's foreign minister
@c - | one reporter
@d - | A Karsovian diplomat
LISVANE, March 3 (Meridian) - The foreign ministers of Karsovia and Nordmark said on Tuesday they had agreed to restore full diplomatic relations, ending a two-year freeze over the detention of a Nordmark journalist, but gave few details of how the breakthrough had been reached.
"⟦d:b|Today is a good day for both our peoples,⟧" Nordmark's foreign minister, Ingrid Solheim, told a joint news conference in the Lisvane conference centre. "⟦d:b|We have had a difficult two years. We have chosen not to have a third.⟧"
Karsovia's foreign minister, Yusuf Demirkan, speaking through an interpreter, said the agreement was "⟦p:a|the fruit of patience on both sides⟧". "⟦d:a|We did not always agree. We do not always agree now. But we have agreed to talk, and that is the beginning of everything,⟧" he said.
Asked whether the release of the journalist, Maren Tollefsen, last month had been part of the deal, Demirkan said: "⟦d:a|Her release was a decision of our courts. There is no connection.⟧"
"⟦d:c|Minister, do you expect anyone to believe that?⟧" one reporter asked.
Demirkan smiled but did not answer. Solheim stepped in. "⟦d:b|I think what matters is that Maren is at home with her family, and that our embassies will reopen in April,⟧" she said.
A Karsovian diplomat, speaking on condition of anonymity because he was not authorised to discuss the talks, said the two sides had met "⟦p:d|at least six times⟧" in a third country since the autumn.

### 013
@a Élise Duchêne-Mbaye | The foreign minister of Valmont
@b Piet Vandersloot | Her Aldernese counterpart
@c - | a journalist from Valmont’s public broadcaster
BELLAC (AFN) – The foreign minister of Valmont, Élise Duchêne-Mbaye, said on Friday her country would not sign a proposed border-water treaty with neighbouring Aldern «⟦p:a|under pressure or to a deadline⟧», after two days of talks in the lakeside city ended without agreement.
«⟦d:a|Nous ne signerons pas un texte que nous n’avons pas fini de lire⟧», she told reporters in French. «⟦d:a|We will not sign a text we have not finished reading.⟧»
Her Aldernese counterpart, Piet Vandersloot, standing beside her, sought to play down the setback. «⟦d:b|We are ninety per cent of the way there. The last ten per cent is always the hardest, and the most important⟧», he said.
Asked by a journalist from Valmont’s public broadcaster whether the deadline set by Aldern’s parliament – the end of the month – was now dead, Vandersloot paused. «⟦d:b|Parliaments set deadlines. Ministers try to meet them. Sometimes the water is deeper than it looks⟧», he said, to some laughter.
«⟦d:c|Is this a failure, Minister?⟧» the same journalist asked Duchêne-Mbaye.
«⟦d:a|Non. C’est de la diplomatie⟧», she replied – «⟦d:a|No. It is diplomacy.⟧»
The two delegations are due to meet again in Aldern’s capital, Hoorneveld, in the first week of May.

### 014
@a Alejandro Quispe | Conservative candidate
@b Valentina Roux | a 41-year-old former central bank economist
@c National Electoral Council | the council
@d Milagros Ortiz | a 23-year-old nursing student
SANTA CLARA DEL MAR, Nov 17 (Meridian) - Conservative candidate Alejandro Quispe conceded defeat in San Telmo's presidential runoff late on Sunday, telling supporters that the country had "⟦p:a|spoken clearly⟧" and that he would not challenge the result.
"⟦d:a|I called Valentina Roux a few minutes ago to congratulate her. I told her that she will have a loyal opposition, and I mean both of those words,⟧" Quispe said at a hotel in the capital, where some supporters wept openly.
With 98 percent of ballots counted, the National Electoral Council said Roux had won 52.3 percent of the vote. "⟦d:c|The trend is irreversible,⟧" the council said in a brief statement.
Roux, a 41-year-old former central bank economist, will be the youngest president in the country's history. She told thousands gathered on the Avenida Costanera that she would govern "⟦p:b|for those who voted for me and, above all, for those who did not⟧".
"⟦d:b|Tonight nobody lost. Tonight San Telmo won,⟧" she said, as the crowd chanted "⟦s:-|Va-len-ti-na!⟧" When the noise died down, she added: "⟦d:b|Tomorrow, we start work.⟧"
In the crowd, Milagros Ortiz, a 23-year-old nursing student, said she had voted for the first time. "⟦d:d|My mother cried when we saw the result. She never thought a woman like Valentina could win,⟧" she said.

### 015
@a Crispin Fairweather-Holt | Transport Minister
@b Janice Pollard | Grimsworth council leader
@c - | a source close to the minister
@d Dave Mottram | Cabbie
RED-FACED Transport Minister Crispin Fairweather-Holt was last night forced to grovel after being caught on a live mic branding the people of Grimsworth “⟦p:a|moaning minnies⟧”.
The Cabinet high-flyer, 58, made the jibe moments after a visit to the town’s crumbling bus station — not realising a TV crew’s microphone was still switched on.
“⟦d:a|Honestly, what do they want, a gold-plated bus? Moaning minnies, the lot of them,⟧” he was heard telling an aide.
Last night furious locals demanded he come back and say it to their faces. Grimsworth council leader Janice Pollard fumed: “⟦d:b|We’ve waited fifteen years for a decent bus station and this is what he thinks of us. He should be ashamed of himself.⟧”
Cabbie Dave Mottram, 61, who uses the station every day, said: “⟦d:d|Moaning? Too right we’re moaning. Let him come and stand in the rain for forty minutes waiting for the 14 and see how he likes it.⟧”
The minister later issued a grovelling apology. “⟦d:a|I said something stupid and unfair about people I had just met, who were entirely right to raise their concerns. I am sorry,⟧” he said in a statement.
But a source close to the minister insisted he had been “⟦p:c|talking about the press pack, not the public⟧”.

### 016
@a Margery Thistlewood | chairman of Upper Bramble Parish Council
@b Colin Ackroyd | the parish's longest-serving councillor
@c Priya Venkataraman | a resident of Church Lane
@d - | A spokeswoman for North Wealden District Council
@e - | opponents
A row over the siting of a new set of communal recycling bins has split Upper Bramble Parish Council, with one member accusing colleagues of running the village "⟦p:b|like a banana republic⟧".
At Monday's meeting in the village hall, councillors voted four to three to place the bins beside the war memorial on the green, a decision opponents called "⟦p:e|an act of vandalism⟧".
Margery Thistlewood, chairman of Upper Bramble Parish Council, defended the decision. "⟦d:a|It is the only flat piece of ground in the village that the lorry can reach. I don't like it any more than anyone else does,⟧" she said.
Colin Ackroyd, the parish's longest-serving councillor, walked out before the vote. "⟦d:b|In thirty-one years I have never seen the standing orders treated with such contempt,⟧" he said afterwards. "⟦d:b|The item wasn't even on the agenda until Friday night. It's a banana republic, that's what it is.⟧"
Priya Venkataraman, a resident of Church Lane, which overlooks the green, said she would be starting a petition. "⟦d:c|Nobody is against recycling. We're against looking at it every time we walk past the memorial,⟧" she said.
A spokeswoman for North Wealden District Council, which collects the bins, said: "⟦d:d|We are happy to work with the parish on a location that suits everyone.⟧"

### 017
@a Nalini Ramaswamy | the Chancellor
@b Gareth Pengelly | the shadow chancellor
@c Desmond Ogilvie | the veteran backbencher
@d - | Government backbenchers
Nalini Ramaswamy delivered her second budget to a packed chamber on Wednesday, promising what she called “⟦p:a|a budget for builders, not borrowers⟧” and announcing a two-year freeze on fuel duty.
“⟦d:a|This government inherited an economy on its knees. Today I can tell the House it is back on its feet — and it is starting to walk,⟧” the Chancellor said, to cheers from her own side.
Interventions are rare during a budget statement, but Sir Desmond Ogilvie, the veteran backbencher, rose halfway through. “⟦d:c|Will the Chancellor give way?⟧”
“⟦d:a|I will give way to my right honourable friend, who I suspect wants to thank me for the fuel duty freeze,⟧” she said.
“⟦d:c|I do, and I will thank her more warmly when she tells me what has happened to the rural bus grant, which I cannot find anywhere in her red book.⟧”
The Chancellor said the grant had been “⟦p:a|rolled into a wider transport settlement⟧”, prompting groans from the Opposition benches.
Responding, the shadow chancellor, Gareth Pengelly, called it “⟦p:b|a budget that will be forgotten by Friday and paid for by everyone for a decade⟧”.
“⟦d:b|She says the economy is walking. It is limping, Madam Deputy Speaker, and she has just taken away its crutch,⟧” he said.
Government backbenchers shouted “⟦d:d|Rubbish!⟧” as he sat down.

### 018
@a Odalys Ferreira | President Armando Sáenz's nominee for attorney general
@b Marcus Wendt | the committee's ranking member
@c Corazón Villalba | Senator
@d - | a protester in the public gallery
PUERTO VELLO, Aurelia (Meridian) - Odalys Ferreira, President Armando Sáenz's nominee for attorney general, told senators on Tuesday that she would resign "⟦p:a|before I would break the law for anyone⟧", as opposition lawmakers pressed her on her ties to the president.
Senator Marcus Wendt, the committee's ranking member, asked Ferreira whether she would open an investigation into the president's family if the evidence warranted it.
"⟦d:a|If the evidence warranted it, yes,⟧" she said.
"⟦d:b|Even his son?⟧"
"⟦d:a|Senator, I have answered the question. The law does not have a family tree.⟧"
Wendt was not satisfied. "⟦d:b|You have been his lawyer for twelve years. You were a witness at his wedding. And you are asking this committee to believe you will be independent,⟧" he said.
"⟦d:a|I am asking this committee to judge me on my record, not on a wedding,⟧" Ferreira replied.
The hearing was briefly suspended after a protester in the public gallery shouted "⟦d:d|She's his puppet!⟧" and was led out by security staff.
Senator Corazón Villalba, who chairs the committee, said she expected a vote within two weeks. "⟦d:c|This nominee has answered every question put to her. Some members may not like the answers, but that is not the same thing,⟧" Villalba said.

### 019
@a Fenella Kaur-Whitby | The schools minister
@b Matthias Brandauer | the Prime Minister
@c - | A source close to the Prime Minister
The schools minister, Fenella Kaur-Whitby, resigned from the government on Sunday night in protest at plans to means-test free school meals, becoming the third minister to quit in a month.
In a letter to the Prime Minister, Matthias Brandauer, she said she could not “⟦p:a|in conscience⟧” defend the policy in parliament.
“⟦d:a:m|I came into politics because of a dinner lady at St Cuthbert’s who made sure I never went hungry, even when there was nothing at home. I have thought about her a great deal this week.⟧
“⟦d:a|I do not doubt the pressures on the public finances. But there are some savings a government should not make, and this is one of them. I am sorry to leave, and I will continue to support the government from the back benches on every other matter.⟧”
In his reply, Brandauer thanked her for her “⟦p:b|energy, decency and good humour⟧” and said he “⟦p:b|deeply regretted⟧” her decision. “⟦d:b|I know how strongly you feel about this issue, and I respect the way you have made your case,⟧” he wrote. “⟦d:b|I am confident that the policy, properly explained, will command the support of the House.⟧”
A source close to the Prime Minister was less warm. “⟦d:c|She’s been looking for the door for weeks. This gave her a nice one to walk through,⟧” the source said.

### 020
@a Kofi Mensah-Lowe | The 51-year-old
@b Bernard Okoye | a local pensioners' campaigner
@c - | one delegate from Stromford
Kofi Mensah-Lowe used his first conference speech as leader of the People's Party to promise a "⟦p:a|decade of renewal⟧", but the address in Harwick was briefly interrupted when a heckler was removed from the hall.
About twenty minutes into the speech, a man in the balcony stood and shouted "⟦d:b|What about the pensioners?⟧" before being led away by stewards.
Mensah-Lowe paused. "⟦d:a|It's all right, it's all right — let him say it,⟧" he told the stewards, to applause. "⟦d:a|Actually, sir, I was coming to pensioners. Stick around.⟧"
Mensah-Lowe went on to pledge that a People's Party government would restore the winter fuel allowance in its first budget, a line that drew the longest standing ovation of the afternoon.
"⟦d:a|I am not going to stand here and promise you everything. I am going to promise you the things I know we can do, and then I am going to do them,⟧" the 51-year-old said.
Delegates leaving the hall were largely enthusiastic. "⟦d:c|That's the best I've heard him. He looked like a prime minister today,⟧" said one delegate from Stromford, who asked not to be named.
The man who was removed, later identified as a local pensioners' campaigner, Bernard Okoye, told reporters outside that he had no regrets. "⟦d:b|I got my answer, didn't I? Now we'll see if he means it,⟧" he said.

### 021
@a Henrik Vaaler | the MP for Stainmoor
@b Sabine Okolie | Centre Party leader
@c National Conservatives | the party
@d - | One former colleague
Henrik Vaaler, the MP for Stainmoor, defected from the National Conservatives to the Centre Party on Saturday, accusing his former party of having been “⟦p:a|captured by people who hate the country they claim to love⟧”.
Vaaler, 39, appeared alongside Centre Party leader Sabine Okolie at a garden centre in his constituency — a venue, he joked, chosen because “⟦p:a|it is the only place in Stainmoor where things still grow⟧”.
“⟦d:a|I did not leave the National Conservatives. The National Conservatives left me, and they left millions of people like me,⟧” he said. “⟦d:a|I lay awake over this for months. I haven’t lain awake since I made the call.⟧”
Okolie called him “⟦p:b|a man of real principle⟧”. “⟦d:b|Henrik is welcome, and he will not be the last,⟧” she said, declining to say how many other MPs she had spoken to.
The National Conservatives said in a statement that Vaaler should “⟦p:c|do the decent thing⟧” and call a by-election. “⟦d:c|The people of Stainmoor voted for a National Conservative MP. They did not vote for this,⟧” the party said.
One former colleague was more personal. “⟦d:d|He asked me last month to back him for a committee chairmanship,⟧” the MP said. “⟦d:d|Funny how principles work.⟧”

### 022
@a Green Left | -
@b Christian People's Party | the largest party after March's election
@c Anja Verhoeven | Its leader
@d - | A negotiator for the Liberals
Coalition talks in Vessland stalled again on Wednesday after the Green Left party walked out of a negotiating session over the future of the country's last two nuclear plants.
"⟦d:a|We came to negotiate a government, not to rubber-stamp a list of demands,⟧" Green Left said in a statement posted shortly after its delegation left the parliament annexe. "⟦d:a|When our partners are ready to talk seriously about energy, we will be back at the table.⟧"
The Christian People's Party, the largest party after March's election, said it "⟦p:b|regretted⟧" the walkout and remained "⟦p:b|fully committed⟧" to forming a stable majority.
Its leader, Anja Verhoeven, who is expected to become prime minister if the talks succeed, told reporters outside: "⟦d:c|Every party has its red lines. Our job is to find the space between them. That space is smaller tonight, but it is there.⟧"
A negotiator for the Liberals, the fourth party in the talks, said the walkout had been "⟦p:d|choreographed for the evening news⟧". "⟦d:d|They'll be back on Friday. Everyone knows it,⟧" the negotiator said.

### 023
@a Declan Moriarty | the environment secretary
@b Tobias Ekwueme | the chief whip
@c - | A spokesman for Mr Moriarty
@d Ailsa Drummond | the MP for Kessock and Lornside
Leaked messages show the environment secretary joked that he “⟦p:a|might need to hire a canoe⟧” to visit flood-hit towns while privately telling colleagues the government’s response was “⟦p:a|a total mess⟧”.
The messages, sent in a ministerial group chat during the Kessock floods in February and seen by the Herald, show Declan Moriarty, the environment secretary, and Tobias Ekwueme, the chief whip, discussing how to handle criticism from local MPs.
“⟦d:a|Honestly it’s a total mess. Nobody knows who’s in charge of the sandbags,⟧” Moriarty wrote on February 9.
“⟦d:b|Don’t put that in writing, for God’s sake,⟧” Ekwueme replied minutes later.
“⟦d:a|Too late. Will go up Tuesday. Might need to hire a canoe.⟧”
A spokesman for Mr Moriarty said the messages were “⟦p:c|private banter taken out of context⟧”. “⟦d:c|The secretary of state visited Kessock three times and has secured £40m for flood defences. He regrets any offence caused,⟧” the spokesman said.
Ailsa Drummond, the MP for Kessock and Lornside, said she was “⟦p:d|disgusted⟧”. “⟦d:d|While my constituents were bailing out their living rooms, the people in charge were making jokes about canoes,⟧” she said.

### 024
@a Eluned Price-Okafor | The First Minister
@b Rhys ap Gruffydd | leader of the opposition in the assembly
@c Siân Llewelyn-Hart | The Presiding Officer
The First Minister, Eluned Price-Okafor, faced accusations of "⟦p:b|hiding behind a review⟧" at First Minister's Questions on Tuesday after waiting times in Glanmor's emergency departments hit a record high.
Rhys ap Gruffydd, leader of the opposition in the assembly, said one in four patients had waited more than twelve hours in October. "⟦d:b|Twelve hours on a trolley. Twelve hours in a corridor. When is the First Minister going to stop commissioning reviews and start fixing this?⟧" he asked.
"⟦d:a|The member knows very well that demand this autumn has been unprecedented,⟧" she replied. "⟦d:a|We have opened two hundred additional beds —⟧"
"⟦d:b|And closed three hundred!⟧" ap Gruffydd called out from his seat.
The Presiding Officer, Siân Llewelyn-Hart, intervened. "⟦d:c|The leader of the opposition has had his question. Let the First Minister answer it.⟧"
Price-Okafor continued: "⟦d:a|As I was saying, two hundred additional beds, and a review that will report before Christmas. I would rather get this right than get it quickly.⟧"
"⟦d:b|The patients would rather get it quickly,⟧" he said.

### 025
@a Teodora Ilić | The incumbent
@b Marcus Adeyemi-Clarke | a former police superintendent
@c Joel Whitcombe | Moderator
The two leading candidates for mayor of Port Haldane traded blows over crime, buses and the city’s half-built tram line in a heated debate hosted by Haldane Live on Thursday.
The incumbent, Teodora Ilić, who is seeking a third term, said the tram would be running “⟦p:a|by the spring of next year, as promised⟧”. Her challenger, Marcus Adeyemi-Clarke, a former police superintendent, said he had “⟦p:b|heard that promise three springs in a row⟧”.
“⟦d:b|The tram is the most expensive pile of rails in the country. The mayor should be apologising for it, not promising it,⟧” Adeyemi-Clarke said.
“⟦d:a|Marcus has never built anything in his life except a press release,⟧” Ilić shot back.
Moderator Joel Whitcombe asked both to put a number on how many extra police officers they would fund. “⟦d:c|A number, please — not a philosophy,⟧” he said.
“⟦d:b|Two hundred more, in the first year.⟧”
“⟦d:a|City Hall doesn’t fund police officers, the interior ministry does, and he knows that. He was one,⟧” Ilić said.

### 026
@a Farida Rahimi | a student from Ashcombe
@b Hamish Burnside | one of the organisers
@c Carradale City Police | -
@d - | a man in a high-visibility jacket
Several thousand people marched on the Assembly building in Carradale on Saturday to protest against the government's proposed cuts to student grants, chanting "⟦s:-|Books not bombs!⟧" and "⟦s:-|Whose future? Our future!⟧" as they passed the finance ministry.
Placards ranged from the furious to the wry: one read "⟦s:-|I can't afford a better sign⟧", another simply "⟦s:-|No⟧".
Farida Rahimi, a student from Ashcombe, said she had come with twenty classmates. "⟦d:a|My parents didn't go to university. I'm the first. If they cut the grant, I'm probably the last,⟧" the 19-year-old said.
Hamish Burnside, one of the organisers, told the crowd from a flatbed lorry that the march was "⟦p:b|the beginning, not the end⟧". "⟦d:b|They think we'll go home and forget. We won't go home, and we won't forget,⟧" he said.
A small group of counter-protesters gathered near the war memorial. "⟦d:d|Get a job!⟧" shouted a man in a high-visibility jacket, drawing boos.
Carradale City Police said the march had been "⟦p:c|overwhelmingly peaceful⟧" and that two people had been arrested for minor public order offences.

### 027
@a Katalin Horváth | -
@b Aurelio Battaglia | The No campaign’s chairman
@c - | A spokesperson for the electoral commission
MERROW – The campaign for Merrow to adopt the Northern Crown launched on Monday with a warning that staying outside the currency union would leave the principality «⟦p:a|paying other people’s prices for ever⟧».
Katalin Horváth, who leads the Yes campaign, told supporters in the old customs house that the referendum on 14 June was «⟦p:a|the most important decision this country will make in a generation⟧».
«⟦d:a|We are already living in the Crown zone. We buy in Crowns, we sell in Crowns, we borrow in Crowns. The only thing we do not have is a say,⟧» she said.
The No campaign’s chairman, Aurelio Battaglia, dismissed the launch as «⟦p:b|a lot of bankers in good suits telling fishermen what is good for them⟧».
«⟦d:b|The merk has served this country for two hundred years. It does not need replacing because some economists are bored,⟧» he told reporters outside.
Asked whether he would accept the result if he lost, Battaglia said: «⟦d:b|Of course. Will she?⟧»
A spokesperson for the electoral commission said both campaigns had registered and would receive equal broadcast time. «⟦d:c|Voters can expect to receive an information booklet by the end of May⟧», the spokesperson said.

### 028
@a Oona Fitzpatrick-Sall | The MP for Drumlane
@b Lucas Pemberton-Oduya | The chief whip
@c - | One minister
Oona Fitzpatrick-Sall keeps a list. It is handwritten, in a red notebook, and it records every occasion since 2009 on which she has voted against her own party. There are, at the last count, 143 entries.
“⟦d:a|People think it’s vanity. It’s the opposite. It’s so that when somebody tells me I’m disloyal, I can show them exactly how disloyal I’ve been, and why,⟧” she says, tapping the notebook on a table in the members’ tea room.
The MP for Drumlane is 64, and has never held ministerial office; she says she has never been asked, and would not have said yes. The whips call her “⟦s:-|the Abbess⟧”, a nickname she claims to enjoy.
“⟦d:a:m|The job of a backbencher is not to be a cheerleader. I was sent here by eighty thousand people in Drumlane, most of whom didn’t vote for me, and my job is to look at every bill as if they were sitting on my shoulder.⟧
“⟦d:a:m|Sometimes that means voting with the government when my friends on the left of the party would like me not to. More often, lately, it has meant the other thing.⟧
“⟦d:a|I don’t enjoy it. Anybody who tells you rebelling is fun has never had to walk through the lobby past people they like.⟧”
Her current target is the government’s asylum bill, which she calls “⟦p:a|cruel, unworkable and, worst of all, pointless⟧”. She expects at least forty colleagues to join her at report stage.
The chief whip, Lucas Pemberton-Oduya, is less sure. “⟦d:b|Oona is a fine parliamentarian and she is entitled to her views. She has been predicting forty rebels on every bill since 2011,⟧” he told me. “⟦d:b|She usually gets about nine.⟧”
One minister, asked about her, simply laughed. “⟦d:c|Nine is plenty, if they’re the right nine,⟧” he said.

### 029
@a Mehmet Aydın | a 37-year-old pharmacist
@b Rosamund Clegg | The acting returning officer
@c Ivor Blakemore | the National Conservative candidate
@d - | A senior Centre party strategist
MARLEIGH, Sept 12 (Meridian) - The Centre party seized the safe seat of Marleigh and Rooke from the National Conservatives in the early hours of Friday, overturning a majority of more than 19,000 in what the winning candidate called "⟦p:a|a message that cannot be ignored⟧".
The acting returning officer, Rosamund Clegg, declared the result shortly after 3 a.m. in Marleigh sports centre. "⟦d:b|I hereby declare that Mehmet Aydın is duly elected as the member of parliament for Marleigh and Rooke,⟧" she said, to cheers.
Aydın, a 37-year-old pharmacist, won 17,204 votes to 12,688 for Ivor Blakemore, the National Conservative candidate.
"⟦d:a|Tonight the people of Marleigh and Rooke have sent a message that cannot be ignored in Westhaven, and I will carry it there on Monday morning,⟧" Aydın said in his victory speech.
Blakemore left the hall without speaking to reporters, but later said in a post on social media: "⟦d:c|Congratulations to Mehmet. A bad night for us, and we will learn from it.⟧"
A senior Centre party strategist said the result had exceeded the party's own expectations. "⟦d:d|Our best canvass numbers had us losing by two thousand. Nobody at headquarters predicted this,⟧" the strategist said.

### 030
@a Bernadette Nakamura-Ross | The Deputy Speaker
@b Patrick Ó Dálaigh | the Opposition member for Carrowbeg
@c Sebastian Hale-Winters | the Leader of the House
The House descended into chaos for twenty minutes on Thursday afternoon after the government announced a change to the sitting timetable that would cut short debate on the water privatisation bill.
Patrick Ó Dálaigh, the Opposition member for Carrowbeg, rose on a point of order before the Leader of the House had finished speaking. “⟦d:b|On a point of order, Madam Deputy Speaker. Is it in order for a minister to come to this House and guillotine a bill that has not yet been debated for a single hour?⟧”
“⟦d:-|Disgraceful!⟧” someone shouted from the benches behind him.
The Deputy Speaker, Dame Bernadette Nakamura-Ross, ruled that it was. “⟦d:a|The honourable gentleman will know that the timetable is a matter for the House, not for the chair. The House will have its chance to vote on the motion,⟧” she said. “⟦d:a|And I would remind members that shouting is not a point of order.⟧”
Sebastian Hale-Winters, the Leader of the House, insisted there would be “⟦p:c|ample time⟧” to scrutinise the bill. “⟦d:c|Members opposite have had eleven weeks to table amendments. They have tabled four,⟧” he said.
Ó Dálaigh was on his feet again. “⟦d:b|Further to that point of order —⟧”
“⟦d:a|There is no further to that point of order. Sit down, please.⟧”
He sat down.

### 031
@a Vistranan Foreign Ministry | the ministry
@b Ardanian Embassy in Velen | the embassy
@c Radomir Vukčević | Foreign Minister
@d - | A Western diplomat in Velen
VELEN, June 8 (Meridian) - The Vistranan Foreign Ministry on Sunday ordered two Ardanian diplomats to leave the country within 72 hours, accusing them of "⟦p:a|activities incompatible with their status⟧", the standard diplomatic formula for espionage.
The two men had been "⟦p:a|caught in the act⟧" receiving documents from an official at the defence ministry, the ministry said in a statement. "⟦d:a|Vistrana will not tolerate the abuse of diplomatic privileges on its territory.⟧"
The Ardanian Embassy in Velen rejected the accusation as "⟦p:b|a crude provocation⟧" and said Ardania would respond "⟦p:b|in a proportionate manner⟧". "⟦d:b|Our diplomats have done nothing except their jobs,⟧" the embassy said in a post on social media.
Foreign Minister Radomir Vukčević told reporters the expulsions were "⟦p:c|not the end of the matter⟧". "⟦d:c|We have asked Ardania for an explanation. We are still waiting,⟧" he said.
A Western diplomat in Velen said relations between the two neighbours were "⟦p:d|at their lowest point in a decade⟧".

### 032
@a Amani Kiprotich | the president of Kiranga
@b - | A member of the Soravian delegation
@c Leilani Kahananui | The assembly’s president
Amani Kiprotich, the president of Kiranga, accused wealthy nations of “⟦p:a|treating our coastline as a rounding error⟧” in a speech to the Assembly of Nations on Tuesday that prompted a walkout by one delegation.
Speaking in Kiswahili through an interpreter, Kiprotich said his country had lost eleven villages to the sea in five years. “⟦d:a|You send us conferences. We need sea walls,⟧” he said. “⟦d:a|You send us reports. We have read them. We wrote half of them.⟧”
When he turned to Soravia, accusing its government of having “⟦p:a|bought its way out of every promise it ever made⟧”, the Soravian delegation rose and left the hall.
A member of the Soravian delegation said outside that the remarks were “⟦p:b|unworthy of this chamber⟧”. “⟦d:b|We came to listen. We did not come to be insulted,⟧” she said.
The assembly’s president, Leilani Kahananui, later appealed for “⟦p:c|restraint and mutual respect⟧”. “⟦d:c|Every delegation has the right to be heard, and every delegation has the right to disagree. None has the right to walk away from the problem,⟧” she said.

### 033
@a Ingvild Aasen | the Northern Union's chief negotiator
@b Oliver Penrose | Carradale's trade secretary
@c - | one Northern Union diplomat
@d - | A Carradalian official
@e - | A second diplomat
Trade talks between Carradale and the Northern Union ended a fourth round in Ostervik on Friday with no agreement on fishing rights, and with both sides privately blaming the other for the deadlock.
"⟦d:a|We have made progress on many chapters. On fisheries, we have made none,⟧" the Northern Union's chief negotiator, Ingvild Aasen, told reporters. "⟦d:a|I will not pretend otherwise.⟧"
Carradale's trade secretary, Oliver Penrose, said the Union was "⟦p:b|asking for more fish than there are in the sea⟧". "⟦d:b|We are not going to sign away our coastal communities for a quicker deal,⟧" he said.
Privately, the mood was worse. "⟦d:c|They arrive with a new red line every round,⟧" said one Northern Union diplomat. "⟦d:c|We're not negotiating with a country, we're negotiating with a newspaper.⟧"
A Carradalian official, speaking on condition of anonymity, returned the compliment. "⟦d:d|The Union moves at the speed of its slowest member. On fish, that's glacial,⟧" the official said.
A second diplomat, asked whether a deal was still possible by the summer, was blunter still: "⟦d:e|Possible? Yes. Likely? Ask me in June.⟧"

### 034
@a Anjali Mehrotra | the Parliamentary Commissioner for Standards
@b Jasper Holroyd | the MP for Fellbridge East
@c - | A spokesman for the Opposition
An MP failed to declare £48,000 in consultancy fees from a property developer while lobbying ministers on its behalf, the parliamentary standards watchdog has found.
In a report published on Thursday, the Parliamentary Commissioner for Standards, Dr Anjali Mehrotra, concluded that Jasper Holroyd, the MP for Fellbridge East, had committed a "⟦p:a|serious and sustained⟧" breach of the code of conduct.
"⟦d:a|Mr Holroyd's explanation that he regarded the payments as personal gifts from an old friend is not credible,⟧" she wrote. "⟦d:a|Old friends do not, in my experience, pay against monthly invoices.⟧"
The standards committee recommended that Holroyd be suspended from the House for 21 sitting days, which would trigger a recall petition in his constituency.
Holroyd said in a statement that he accepted the findings "⟦p:b|with a heavy heart⟧" but denied acting dishonestly. "⟦d:b|I made a mistake in the paperwork. I did not make a mistake in my motives, and I look forward to putting my case to the people of Fellbridge East,⟧" he said.
A spokesman for the Opposition said: "⟦d:c|Twenty-one days is the minimum. The Prime Minister should withdraw the whip today.⟧"

### 035
@a Ade Olumide | Council leader
@b Jacqui Fenwick | its branch secretary
@c Harinder Gill | the Liberal group’s finance spokesman
@d - | One librarian
Hallamby City Council will close six libraries and cut 240 jobs under a budget approved on Wednesday night, in what its leader called “⟦p:a|the hardest decision I have ever had to put my name to⟧”.
Council leader Ade Olumide told a packed meeting in the Guildhall that the authority had lost “⟦p:a|£1 in every £3⟧” of its government grant since 2012.
“⟦d:a|I didn’t come into politics to close libraries. Nobody on this side of the chamber did. But I will not bankrupt this city, and that is the choice in front of us,⟧” he said.
Cllr Harinder Gill, the Liberal group’s finance spokesman, said the council had “⟦p:c|found money for a new logo but not for books⟧”. “⟦d:c|The rebrand cost £180,000. Ask the people of Northgate which they would rather have,⟧” he said.
Outside, around 150 people joined a protest organised by the public service union Unisol. Jacqui Fenwick, its branch secretary, said members would ballot for strike action. “⟦d:b|These are people’s jobs, and they’re the last warm, free places some of our residents have,⟧” she said.
One librarian, who has worked at Northgate library for 22 years, was close to tears. “⟦d:d|I know every child who comes in by name. Where are they going to go?⟧” she said.

### 036
@a Dominika Wrześniewska | Health Secretary
@b Gary | a caller from Lowthorpe
@c Aled Cadwaladr | The programme's host
@d Mo | a junior doctor in Brackley
Health Secretary Dominika Wrześniewska faced an uncomfortable half hour on Radio Kelsey's phone-in on Tuesday morning when a caller told her his father had waited nine hours for an ambulance.
Gary, a caller from Lowthorpe, said his father, 84, had fallen in the kitchen and lain on the floor until after midnight. "⟦d:b|He's a proud man. He served in the navy. He was lying in his own mess, Minister, and nobody came,⟧" he said, his voice breaking.
"⟦d:a|Gary, I'm so sorry. That should never happen to anybody, and I want to look into it personally if you'll let me,⟧" Wrześniewska said.
"⟦d:b|I don't want you to look into it. I want you to fix it.⟧"
The programme's host, Aled Cadwaladr, asked the minister whether she could promise that it would not happen again this winter. "⟦d:c|Can you? Yes or no?⟧"
"⟦d:a|I can promise that we are doing everything we can —⟧"
"⟦d:c|That's a no, then.⟧"
Later, Mo, a junior doctor in Brackley, called in to say that staff were "⟦p:d|running on fumes⟧". "⟦d:d|It's not the paramedics' fault. They're queuing outside our doors for six hours because we've got nowhere to put anyone,⟧" she said.

### 037
@a Margarethe Lindqvist | Former prime minister
@b Tunde Bakare | -
@c Duncan Ferrier | her then chancellor
Former prime minister Margarethe Lindqvist has said she "⟦p:a|got the big call wrong⟧" over the 2016 bank bailout, in her most candid interview since leaving office.
Speaking to Tunde Bakare on his podcast "⟦s:-|The Back Bench⟧", Lindqvist, 71, said she had been too quick to accept the Treasury's advice.
"⟦d:a:m|We were told that if we didn't put the money in by the Monday morning, the cash machines would stop working by the Wednesday. I believed it. I still think it was probably true.⟧
"⟦d:a:m|But we put the money in with no strings. None. We didn't ask for the bonuses back, we didn't ask for seats on the boards, we didn't ask for anything. And the public never forgave us for that, and they were right not to.⟧
"⟦d:a|If I could have one week of my life back, it would be that one.⟧"
Bakare asked whether she blamed her then chancellor, Duncan Ferrier, who wrote in his memoirs last year that he had argued for tougher conditions "⟦p:c|until I was hoarse⟧". "⟦d:b|He says he wanted conditions and you overruled him. Is that true?⟧"
"⟦d:a|Duncan's memory is very good on the things that make Duncan look good,⟧" she said, laughing. "⟦d:a|No, it isn't true. But I was the prime minister. It was my decision, and it's my fault.⟧"

### 038
@a Nadia El-Amin | the foreign secretary
@b Colm Breathnach | Your predecessor
This interview has been edited for length and clarity.
Nadia El-Amin, the foreign secretary, spoke to us in her office at the ministry, beneath a painting of the 1814 peace conference that she describes as “⟦p:a|the only thing in this building older than the problems⟧”.
Q: You’ve called the Lusatian border dispute “⟦p:a|the most dangerous thing nobody talks about⟧”. Why does nobody talk about it?
A: Because nothing has happened yet. Foreign policy gets attention when something explodes. My job is to make sure nobody ever has to talk about it.
Q: Your predecessor, Colm Breathnach, called the treaty you signed in March “⟦p:b|a surrender in instalments⟧”.
A: Colm has a gift for a phrase. He had four years to negotiate a better treaty and didn’t.
Q: Is there a word you’d ban from diplomacy?
A: “⟦s:-|Robust⟧”. Every statement I’m handed says we will respond robustly. I cross it out.
Q: And a word you’d keep?
A: “⟦s:-|Patience⟧”. Nobody ever won an election on it, but it’s the only thing that has ever worked.

### 039
@a - | a spokeswoman for the Prime Minister
@b Benedict Oyelaran | Cabinet Office minister
@c - | one reporter
@d - | The draft
The government on Tuesday refused to say whether it had launched a leak inquiry after details of a draft immigration white paper appeared in two newspapers.
``⟦d:a|We don't comment on leaks, and we don't comment on leak inquiries,⟧'' a spokeswoman for the Prime Minister told reporters at the afternoon briefing. ``⟦d:a|The white paper will be published in the usual way.⟧''
``⟦d:c|So there is an inquiry?⟧'' one reporter asked.
``⟦d:a|I've said what I'm going to say on that.⟧''
Cabinet Office minister Benedict Oyelaran, arriving for a meeting in Whitcombe Street, was asked whether the leak had come from his department. ``⟦d:b|Absolutely not,⟧'' he said. ``⟦d:b|I'd be astonished if it came from anywhere in government, frankly.⟧''
Asked where else it could have come from, Oyelaran smiled and said: ``⟦d:b|That's a very good question.⟧''
The draft, dated October 3, describes a proposed cap on work visas as ``⟦p:d|politically essential⟧'' and warns that it could cost the economy ``⟦p:d|up to 0.4 per cent of output⟧'' over five years.

### 040
@a - | One Cabinet minister who survived
@b Samuel Adebayo-Frost | the 58-year-old
@c Clementine Ashdown | a former barrister
@d - | one ally
The Prime Minister carried out the most sweeping reshuffle of her premiership on Monday, sacking four Cabinet ministers in what one ally described as “⟦p:d|clearing the decks for the election⟧”.
Samuel Adebayo-Frost, who was sacked as justice secretary after less than a year in the job, said on social media that he had been given “⟦p:b|eleven minutes’ notice⟧”. “⟦d:b|I was told in a room with no chairs. It took less time than a parking fine,⟧” the 58-year-old wrote. “⟦d:b|I wish my successor every success. She’ll need it.⟧”
His replacement, Clementine Ashdown, a former barrister, said she was “⟦p:c|honoured and a little surprised⟧”. “⟦d:c|I had my coat on to go to the dentist when the phone rang. I’ve now cancelled the dentist,⟧” she told reporters outside the ministry.
One Cabinet minister who survived said the atmosphere in Ardshiel House had been “⟦p:a|like waiting outside the headmaster’s office⟧”. “⟦d:a|Nobody was making eye contact. People were checking their phones every thirty seconds,⟧” the minister said.

### 041
@a Delphine Rourke | an independent senator
@b Warrick Hollis | The government leader in the chamber
@c - | One staffer who brought Rourke water throughout
@d Ngaire Tupaia | the council's president
Delphine Rourke, an independent senator, spoke for fourteen hours and nine minutes in the Legislative Council on Wednesday in an attempt to block a bill that would allow mining in the Karoola wetlands, breaking a record that had stood since 1974.
Rourke began shortly after 9 a.m. and read, at various points, from the bill itself, a history of the wetlands, a children's book about frogs and the recipe for her grandmother's lemon slice.
"⟦d:a|Madam President, I have no intention of sitting down while there is a single frog in Karoola who has not been represented in this chamber,⟧" she said, to laughter, around the eighth hour.
The government leader in the chamber, Warrick Hollis, called the speech "⟦p:b|a stunt⟧" but conceded it had been "⟦p:b|an impressive one⟧". "⟦d:b|The bill will pass. It'll just pass on Thursday instead,⟧" he said.
At 11.09 p.m. the council's president, Ngaire Tupaia, ruled that Rourke's time had expired under a rarely used standing order. "⟦d:d|The senator has made her point, and she has made it at very great length,⟧" Tupaia said.
One staffer who brought Rourke water throughout said she had eaten nothing but two bananas. "⟦d:c|She said food would make her sleepy,⟧" the staffer said.

### 042
@a Rashid Benhaddou | Prime Minister
@b Cordelia Fane | the opposition leader
@c Tobias Grünwald | The Speaker
@d - | One government MP who voted against the Prime Minister
Prime Minister Rashid Benhaddou survived a vote of no confidence by just four votes on Wednesday night, after a day of frantic lobbying in the corridors of parliament.
The Speaker, Tobias Grünwald, read out the result shortly before 10 p.m. “⟦d:c|The ayes to the right, 312. The noes to the left, 316. The noes have it, the noes have it,⟧” he said, as government MPs cheered and waved their order papers.
Benhaddou told reporters afterwards that the result was “⟦p:a|a clear mandate to get on with the job⟧”.
“⟦d:b|Four votes is not a mandate. Four votes is a reprieve,⟧” the opposition leader, Cordelia Fane, said. “⟦d:b|He knows it, his party knows it and the country knows it.⟧”
One government MP who voted against the Prime Minister said the margin was “⟦p:d|the beginning of the end⟧”. “⟦d:d|He’s won tonight. I’m not sure he can win anything else,⟧” she said.
Asked whether he would now reach out to the rebels, Benhaddou said: “⟦d:a|My door is always open. Some of them might want to knock on it before they go on television next time.⟧”

### 043
@a Kavya Subramaniam | Veriloom's head of public policy
@b Douglas Mbatha-Reid | the chair of the digital affairs committee
@c Veriloom | -
@d Rosalind Tiernan | a member of the committee
Executives from the social media platform Veriloom were accused of "⟦p:b|wilful blindness⟧" by the chair of a parliamentary committee on Tuesday over the spread of fake election adverts on the site.
Kavya Subramaniam, Veriloom's head of public policy, told the digital affairs committee that the company had removed "⟦p:a|more than 40,000⟧" political adverts in the run-up to May's local elections.
"⟦d:a|We take the integrity of elections extremely seriously. We have invested more in this area in the last year than in the previous five combined,⟧" she said.
Douglas Mbatha-Reid, the chair of the digital affairs committee, said that was not the question. "⟦d:b|How many did you not remove? How many were seen by voters before anyone noticed?⟧"
"⟦d:a|I don't have that figure with me today.⟧"
"⟦d:b|Does anybody at Veriloom have that figure?⟧"
"⟦d:a|I will write to the committee.⟧"
Rosalind Tiernan, a member of the committee, said she had reported one advert falsely claiming that polling stations in her constituency had moved, and received an automated reply "⟦p:d|eleven days after the election⟧".
Veriloom said in a statement after the hearing that it would "⟦p:c|respond in full to the committee's questions⟧" within 14 days.

### 044
@a Yolanda Esquivel | Assemblywoman
@b Hank Dobrowski | a retired machinist from Pine Flats
@c - | one woman in the front row
@d Deshawn Pruitt | a high school teacher who attended with his students
Assemblywoman Yolanda Esquivel faced a rowdy crowd of about 300 at a town hall meeting in Cedar Hollow on Saturday, where questions about the proposed closure of the Pine Flats rail depot repeatedly drowned out her prepared remarks.
“⟦d:a|I hear you. I hear you. I’m not going anywhere until everybody who wants to speak has spoken,⟧” she told the crowd in the Cedar Hollow High School gym.
Hank Dobrowski, a retired machinist from Pine Flats, was first to the microphone. “⟦d:b|Forty years I worked at that depot. My son works there now. You voted for the budget that closes it. Why?⟧”
“⟦d:a|I voted for a budget that had a lot of things in it, Hank, some of them I didn’t like —⟧”
“⟦d:c|Then vote against it!⟧” one woman in the front row shouted.
Esquivel said she had secured a commitment that no depot workers would be laid off “⟦p:a|without a job offer somewhere in the system⟧”. Dobrowski was unmoved. “⟦d:b|Somewhere in the system could be three hundred miles away,⟧” he said afterwards. “⟦d:b|That’s not a job offer. That’s a moving van.⟧”
Deshawn Pruitt, a high school teacher who attended with his students, said the meeting had been “⟦p:d|democracy at its loudest, which is fine⟧”.

### 045
@a Aoife Brennan-Kamara | member for Ballycrane
@b Tyler Nguyen | the 17-year-old member for Harbourfield
@c Hamid Saberi | The deputy minister for youth
@d Esther Ilunga | The youth parliament's speaker
@e - | a member
Three hundred teenagers took over the debating chamber in Westhaven on Friday for the annual sitting of the National Youth Parliament, and spent most of it arguing about buses.
A motion calling for free public transport for under-18s passed by 211 votes to 64 after a debate that was, by the standards of the adult chamber, remarkably well behaved.
"⟦d:a|My bus to school costs £3.20 each way. That's £32 a week, and my mum works in a care home. You do the maths, because she does, every Sunday night,⟧" said Aoife Brennan-Kamara, member for Ballycrane, who opened the debate.
Tyler Nguyen, the 17-year-old member for Harbourfield, spoke against. "⟦d:b|I'm not saying buses shouldn't be cheaper. I'm saying someone has to pay for them, and nobody in this room has said who,⟧" he said, to some groans.
The youth parliament's speaker, Esther Ilunga, had to call the chamber to order only once, when a member described the transport minister as "⟦p:e|a clown⟧". "⟦d:d|We don't do that here. Leave that to the grown-ups,⟧" Ilunga said.
The deputy minister for youth, Hamid Saberi, who watched from the gallery, said the government would "⟦p:c|look carefully⟧" at the result. "⟦d:c|Honestly, they were better at this than we are,⟧" he said.

### 046
@a Electoral Commission | the commission
@b Forward party | the party
@c Louisa Harrow | the commission’s director of regulation
@d - | A Forward party source
The Forward party has been fined £64,000 for failing to declare donations worth more than £400,000 before last year’s general election, the Electoral Commission said on Thursday.
The commission said its investigation had found that the party’s accounts were “⟦p:a|incomplete, inaccurate and in places misleading⟧”, and that some donations had been recorded “⟦p:a|months after the legal deadline⟧”.
Louisa Harrow, the commission’s director of regulation, said: “⟦d:c|The rules on donations exist so voters can see who is funding political parties. When those rules are broken, voters are kept in the dark.⟧”
The Forward party said it would not appeal. “⟦d:b|These were administrative errors made during a period of rapid growth. We have since overhauled our systems and appointed a new treasurer,⟧” the party said in a statement.
A Forward party source said the fine was “⟦p:d|less than we spent on balloons⟧” during the campaign.

### 047
@a Rosalie Kundareth | chair of the Yarrabi Land Council
@b Craig Lindhurst | The resources minister
@c - | A spokesperson for Brannock Minerals
Negotiations over a proposed iron ore mine on Yarrabi country broke up without agreement on Monday, with traditional owners accusing the state government of trying to "⟦p:a|buy a signature⟧".
Rosalie Kundareth, chair of the Yarrabi Land Council, opened the meeting in Jirrun in language before translating for the government delegation. "⟦d:a|Nhanha walu, nhanha yirra,⟧" she said. "⟦d:a|This is our water, this is our bone.⟧"
"⟦d:a|We have said no three times. We will say it a fourth time, and a fifth. The money doesn't change the answer,⟧" she told reporters after the meeting.
The resources minister, Craig Lindhurst, said the government respected the council's position but that the mine would bring "⟦p:b|hundreds of jobs⟧" to the region. "⟦d:b|Nobody is forcing anyone to do anything. We'll keep talking for as long as it takes,⟧" he said.
A spokesperson for Brannock Minerals, the company behind the project, said it remained "⟦p:c|committed to genuine partnership⟧" with traditional owners.

### 048
@a Tevita Fonoti | Aloava’s prime minister
@b Gretchen Holmberg | The Nordmark climate envoy
@c Sina Leota | a youth delegate from Aloava
@d Ocean States Forum | -
The Ocean States Forum ended its summit in Matavai on Friday with a call for the world’s biggest polluters to pay for what its final communique described as “⟦p:d|the loss of our homes, our graves and our history⟧”.
Aloava’s prime minister, Tevita Fonoti, who hosted the meeting, said the time for “⟦p:a|polite requests⟧” was over. “⟦d:a|We have asked nicely for thirty years. My grandfather asked nicely. The sea did not listen, and neither did anyone else,⟧” he said.
The Nordmark climate envoy, Gretchen Holmberg, attending as an observer, said her country would double its contribution to the regional adaptation fund. “⟦d:b|It is not enough. I know it is not enough. But it is what I was able to bring today,⟧” she said.
Sina Leota, a youth delegate from Aloava, was less forgiving. “⟦d:c|They bring cheques. We need them to bring their emissions down,⟧” the 22-year-old said. “⟦d:c|You can’t pay the ocean to stop rising.⟧”

### 049
@a Tan Mei-Ling | Serapura’s foreign minister
@b Adwoa Mensah-Bonsu | Her counterpart from Kessaland
@c - | a reporter
@d - | An official from one of the delegations
The foreign ministers of the eleven-member Southern Rim Council failed on Saturday to agree a joint statement on the disputed Tessaro Shoals, the first time in the bloc’s history that a ministerial meeting has ended without one.
Serapura’s foreign minister, Tan Mei-Ling, who chaired the meeting, said she was “⟦p:a|disappointed but not surprised⟧”. “⟦d:a|Eleven countries, eleven capitals, eleven sets of instructions. Some days that is a strength. Today it was not,⟧” she told a news conference.
Her counterpart from Kessaland, Adwoa Mensah-Bonsu, had pushed for language condemning what she called “⟦p:b|the militarisation of shared waters⟧”. Asked whether she blamed Tan for the failure, she shook her head. “⟦d:b|Mei-Ling did everything a chair could do. The problem was not in the chair,⟧” she said.
“⟦d:c|Where was it, then?⟧” a reporter called out.
Mensah-Bonsu smiled. “⟦d:b|You know where it was.⟧”
An official from one of the delegations said privately that two members had “⟦p:d|refused to sign anything with the word ‘shoals’ in it⟧”. “⟦d:d|By the end we were arguing about whether to call them rocks,⟧” the official said.

### 050
@a Inés Carvajal | Opposition deputy
@b Ernesto Saldívar | President
@c Bruno Achával | The governing party’s floor leader
PUERTO MORENO, 12 oct (Agencia Meridiana) – Costa Morena’s Congress opened impeachment proceedings against President Ernesto Saldívar on Thursday after a fourteen-hour session in which deputies traded insults and, at one point, a water bottle.
Opposition deputy Inés Carvajal, who tabled the motion, accused the president of turning the country’s customs service into «⟦p:a|a family business⟧». «⟦d:a|Señor presidente, el país no es su finca⟧», she said, addressing the empty presidential box. «⟦d:a|Mr President, the country is not your ranch.⟧»
The governing party’s floor leader, Bruno Achával, called the motion «⟦p:c|a coup wearing a suit⟧». «⟦d:c|They lost the election, so now they want to win it with a vote in this chamber. The people will remember⟧», he said.
The vote to open proceedings passed 87 to 61. Outside, several hundred supporters of the president chanted «⟦s:-|¡Saldívar no se va!⟧» ("⟦s:-|Saldívar isn’t going!⟧").
In a televised address shortly before midnight, Saldívar said he would «⟦p:b|not resign, not today, not tomorrow, not ever⟧». «⟦d:b|I have nothing to hide, and I will prove it before the Senate⟧», he said.

### 051
@a K. Venkatesh Raju | Chief Minister
@b Fatima Qadri | Leader of Opposition
@c Harbhajan Lal Sethi | Speaker
@d - | A senior party functionary
MADHURAPUR: Opposition members staged a walkout from the Madhurapur Legislative Assembly on Tuesday after Speaker Harbhajan Lal Sethi refused to allow a discussion on the alleged irregularities in the state's teacher recruitment examination.
Leader of Opposition Fatima Qadri said the government was "⟦p:b|running away from a debate it knows it will lose⟧". "⟦d:b|Lakhs of young people wrote this exam honestly. The question papers were being sold for ₹2 lakh at the bus stand. And the Speaker says there is no time to discuss it?⟧" she told reporters outside the House.
The Speaker said the matter was "⟦p:c|sub judice⟧" as a petition was pending before the High Court. "⟦d:c|The House cannot discuss what the court is examining. I have given my ruling,⟧" he said before adjourning the House for thirty minutes.
Chief Minister K. Venkatesh Raju, replying to the debate on the Governor's address later in the day, accused the Opposition of "⟦p:a|doing drama for the cameras⟧". "⟦d:a|Whoever is guilty will be punished. Already eleven persons are arrested. What more do they want?⟧" he said.
A senior party functionary said the Opposition would take the issue "⟦p:d|to every district⟧" from next week.

### 052
@a Kenji Morimoto | Prime Minister
@b Ayaka Shirai | leader of the main opposition Democratic Reform Party
@c - | A senior official at the prime minister’s office
Prime Minister Kenji Morimoto on Wednesday defended his government’s plan to raise the consumption tax to 12 per cent, telling parliament that the country could not “⟦p:a|pass the bill for our old age to our grandchildren⟧”.
During a tense session of the budget committee, Ayaka Shirai, leader of the main opposition Democratic Reform Party, held up a supermarket receipt. “⟦d:b|This is what a pensioner in my constituency spent on food last week. Prime Minister, how much of this do you want to take?⟧” she asked.
“⟦d:a|I understand the burden on households very well,⟧” Morimoto replied, reading from his notes. “⟦d:a|That is why food will remain at the reduced rate.⟧”
“⟦d:b|You said that last time. Then you changed the definition of food.⟧”
The exchange prompted jeers from the opposition benches, and the committee chairman twice called for quiet. After the session, Morimoto told reporters: “⟦d:a|Ms Shirai is a very effective questioner. I hope she also reads the answers.⟧”
A senior official at the prime minister’s office said the government expected the bill to pass the lower house “⟦p:c|before the Golden Week holidays⟧”.

### 053
@a Bronwyn Tully | Greens senator
@b Geoffrey Amberley | the secretary of the Department of Home Security
@c Rosa Delgado | Assistant Minister
@d Liam Fogarty | The committee chair
The head of the Department of Home Security has admitted his officials spent $1.8 million on a "⟦s:-|brand refresh⟧" that included a new logo nobody outside the department has seen, in a bruising Senate estimates hearing on Monday night.
Greens senator Bronwyn Tully asked the secretary of the Department of Home Security, Geoffrey Amberley, to describe the logo.
"⟦d:b|It's a stylised shield, Senator.⟧"
"⟦d:a|A shield. For $1.8 million.⟧"
"⟦d:b|The figure includes consultation, research, signage and —⟧"
"⟦d:a|Can I see it?⟧"
"⟦d:b|It hasn't been rolled out yet.⟧"
"⟦d:a|So nobody has seen a $1.8 million shield.⟧"
Assistant Minister Rosa Delgado, representing the minister, intervened to say the contract had been signed "⟦p:c|under the previous government⟧". Tully replied that the invoices were dated "⟦p:a|March of this year⟧".
The committee chair, Senator Liam Fogarty, suspended the hearing for a dinner break shortly afterwards. "⟦d:d|I think we all need a moment,⟧" he said.

### 054
@a Fiachra Mulcahy | Premier
@b Sorcha Ní Bhriain | leader of the Social Labour party
@c Seán Kinsella | The Chair
Premier Fiachra Mulcahy was accused of presiding over a ``⟦p:b|lost decade⟧'' for renters during bad-tempered exchanges in the chamber on Tuesday.
Sorcha Ní Bhriain, leader of the Social Labour party, said average rents in Dunmore had risen by 61 per cent since Mulcahy took office. ``⟦d:b|Sixty-one per cent, Premier. Wages are up by eighteen. Which of those two numbers are you proud of?⟧''
``⟦d:a|I'm proud of the fact that we have more people in work than at any time in the history of this State,⟧'' Mulcahy replied. ``⟦d:a|And I'd be prouder still if the Deputy's party had voted for a single one of our housing bills.⟧''
``⟦d:-|Rubbish!⟧'' came a voice from the Opposition benches.
The Chair, Seán Kinsella, asked members to ``⟦p:c|allow the Premier to be heard⟧'', before Ní Bhriain returned to the attack.
``⟦d:b|Your bills built apartments that nobody can afford to live in. That is your legacy, Premier. Empty flats and full hostels.⟧''

### 055
@a Ifeoma Castellanos | Mayor
@b Terry Balogun | president of Transit Workers Local 212
@c - | one reporter
@d Lupe Figueroa | a cleaner
Mayor Ifeoma Castellanos on Monday called the city’s transit strike “⟦p:a|a hostage situation with a fare box⟧” and said she would not reopen contract talks until workers returned to their posts.
“⟦d:a|I have enormous respect for the men and women who run our buses and trains. I do not have respect for a strike that leaves a nurse in Eastbank walking two hours to work,⟧” Castellanos told a news conference at City Hall.
“⟦d:c|Mayor, they say they’ll go back tomorrow if you come back to the table. Why not just do that?⟧” one reporter asked.
“⟦d:a|Because the table is where they left. They know where it is.⟧”
Terry Balogun, president of Transit Workers Local 212, responded within the hour. “⟦d:b|The mayor calls us hostage-takers. We’re bus drivers. We’ve been working without a contract for nineteen months,⟧” he said outside the union hall. “⟦d:b|If she wants the buses back, she knows my number.⟧”
Riders, meanwhile, were running out of patience. “⟦d:d|I don’t care who’s right. I care about getting to work,⟧” said Lupe Figueroa, a cleaner, waiting for a shuttle van in Eastbank.

### 056
@a Priyanka Desai | Our correspondent
@b Callum Reyes | The winning candidate
@c Miriam Abebe-Stone | Centre party chair
@d - | A Forward party spokesman
@e Alf Brannigan | Veteran councillor
01:12 — Turnout in Kelbourne is down sharply on four years ago. Our correspondent Priyanka Desai says the mood at the count is "⟦p:a|subdued, to put it mildly⟧".
01:40 — First result of the night: the Forward party gain Ashby West from the Centre party. The winning candidate, Callum Reyes, told us: "⟦d:b|I've been knocking on doors since February. My feet have never been this happy.⟧"
02:05 — Centre party chair Miriam Abebe-Stone has been speaking to us. "⟦d:c|It's early. Very early. I wouldn't read anything into one ward,⟧" she said. Asked whether the party was worried about Kelbourne, she said: "⟦d:c|We're worried about everywhere. That's what campaigns are for.⟧"
02:31 — A Forward party spokesman says the party is "⟦p:d|quietly confident⟧" of taking control of Kelbourne council for the first time.
02:58 — Veteran councillor Alf Brannigan, who has held Kelbourne Central for 32 years, has lost his seat. "⟦d:e|That's democracy. I'm going home to bed,⟧" he told reporters as he left the count.

### 057
@a Gavin Stroud | the MP for Dunmere Vale
@b Felicity | His wife
@c - | A neighbour
@d - | the expenses watchdog
SHAMED Gavin Stroud, the MP for Dunmere Vale, last night refused to explain why taxpayers footed the bill for a £2,300 hot tub at his second home.
The expenses-row MP was confronted by the Daily Clarion outside his £1.1million cottage in the village of Ashleigh Magna.
Asked whether he would pay the money back, the 53-year-old said: “⟦d:a|No comment.⟧”
Asked whether the hot tub had been used for parliamentary business, he said: “⟦d:a|I’ve said no comment. Please get off my drive.⟧”
His wife, Felicity, was more forthcoming. “⟦d:b|It’s for his back. He’s got a terrible back,⟧” she said, before being ushered inside.
A neighbour, who did not want to be named, said: “⟦d:c|We’ve all heard it bubbling away of an evening. Nobody round here knew we were paying for it.⟧”
Last night the expenses watchdog said the claim was “⟦p:d|under review⟧”.

### 058
@a Moussa Kanouté | Foreign Minister
@b Idrissa Barry | The army spokesman
@c - | A resident of the capital reached by telephone
DJENARA CITY, Aug. 4 (Meridian) -- Foreign Minister Moussa Kanouté said on Sunday that the government was ``⟦p:a|fully in control⟧'' after a night of gunfire near the presidential palace, and denied that President Ousmane Diarra had left the country.
``⟦d:a|The President is in the capital, he is well, and he is working,⟧'' Kanouté told reporters at the airport on his return from a regional meeting in Port Salé. ``⟦d:a|A small group of soldiers tried to take what the people did not give them. They have failed.⟧''
Asked how many people had been killed, he said: ``⟦d:a|I will not give you a figure tonight. I will give you a true figure when we have one.⟧''
The army spokesman, Col. Idrissa Barry, said in a statement read on state television that ``⟦p:b|the situation is under control⟧'' and that a curfew would remain in force ``⟦p:b|until further notice⟧''.
A resident of the capital reached by telephone said the streets were quiet on Sunday morning. ``⟦d:c|Nobody is going out. We are listening to the radio and waiting,⟧'' he said.

### 059
@a Gideon Mwale | a polling expert at the University of Kelbourne
@b - | A spokeswoman for the Centre party
@c Niall Devereux | The Forward party's campaign director
@d Halden Research | -
The Forward party has opened up its biggest lead of the campaign, according to a poll published on Sunday, which puts it eleven points ahead of the Centre party with less than three weeks until polling day.
The survey, by Halden Research, puts the Forward party on 38 per cent, the Centre party on 27 and the Greens on 12. Halden Research said the fieldwork had been carried out "⟦p:d|after the second televised debate⟧" and that the lead was "⟦p:d|well outside the margin of error⟧".
Gideon Mwale, a polling expert at the University of Kelbourne, cautioned against reading too much into a single survey. "⟦d:a|One poll is a snapshot. Three polls are a trend. Come back to me next Sunday,⟧" he said.
The Forward party's campaign director, Niall Devereux, said the party was "⟦p:c|taking nothing for granted⟧". "⟦d:c|The only poll that matters is the one on the 14th. We'll be out on the doorsteps tonight as usual,⟧" he said.
A spokeswoman for the Centre party said: "⟦d:b|We've seen polls like this before, and we've seen them change. Voters haven't made their minds up yet, and nor should they.⟧"

### 060
@a Eilidh Raeburn | the independent candidate for mayor of Glenkerry
@b Tomasz Raeburn | Her husband
@c Kenneth Drysdale | the Unionist Alliance candidate
Eilidh Raeburn, the independent candidate for mayor of Glenkerry, has withdrawn from the race to care for her husband, who was diagnosed with cancer last month.
In a statement on Wednesday, the 49-year-old GP said the decision had been “⟦p:a|the easiest hard decision of my life⟧”.
“⟦d:a:m|I got into this race because I love this town, and I love it still. But I love Tomasz more, and right now he needs me at home, not at hustings.⟧
“⟦d:a|To everyone who knocked on doors, stuffed envelopes and put a poster in their window: thank you. I am sorry to let you down.⟧”
Her husband, Tomasz Raeburn, said in a separate message to supporters that he was “⟦p:b|deeply moved⟧” by the messages the family had received. “⟦d:b|Eilidh would have been a wonderful mayor. She will be one day, if Glenkerry is lucky,⟧” he wrote.
Kenneth Drysdale, the Unionist Alliance candidate, said he was “⟦p:c|very sorry to hear the news⟧”. “⟦d:c|Politics is a small thing next to this. Our thoughts are with Eilidh and Tomasz,⟧” he said.
The returning officer confirmed that Raeburn’s name would remain on the ballot paper because nominations had already closed.

### 061
@a Margaret Lowell | chair of the party's national executive
@b Tarik Benali | -
@c Imogen Farrow | -
@d - | One MP who backed Farrow
Tarik Benali was elected leader of the Liberal Union on Saturday, beating Imogen Farrow by 56 per cent to 44 in a ballot of party members.
The result was announced in a hotel ballroom in Ashcombe by Margaret Lowell, chair of the party's national executive. "⟦d:a|Tarik Benali, 41,208 votes. Imogen Farrow, 32,377 votes. I therefore declare Tarik Benali elected as leader of the Liberal Union,⟧" she said.
"⟦d:b|To Imogen: you ran a campaign of real class, and I am going to need you,⟧" Benali, 44, said in his acceptance speech. "⟦d:b|To the country: we have been a party of protest for long enough. From today, we are a party that wants to govern.⟧"
Farrow congratulated him but made clear that her supporters expected "⟦p:c|a seat at the table⟧". "⟦d:c|I'll be the first to help Tarik and the last to let him forget who voted for me,⟧" she told reporters, smiling.
One MP who backed Farrow said the margin was "⟦p:d|closer than his people were predicting⟧". "⟦d:d|They were telling everyone it would be sixty-forty. It wasn't,⟧" the MP said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh76.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh76",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
