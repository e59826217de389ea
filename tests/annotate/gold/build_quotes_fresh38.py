# ruff: noqa: E501
"""Build ``quotes_fresh38.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is
meant to be evaluated once, as an honest measure on unseen text. Its focus is
politics and public affairs: parliamentary debates and questions, select-committee
hearings, council and planning meetings, press conferences and briefings, broadcast
interviews reported as exchanges or transcripts, campaign-trail reports, leaked
letters and statements.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh38-NNN``.

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

Decisions specific to this set (where the conventions above leave room):

* An organisation speaker cued only as ``the company said`` / ``the council said``
  takes that definite description, like a person cued as ``the minister said``.
* ``Councillor`` / ``Cllr`` standing before a name is a role title (the description
  when there is no appositive); ``MP``, ``KC``, ``OBE`` after a name are dropped from
  the name and are never the description.
* A quoted saying attributed to an unnamed relative (``my late father used to say``)
  is ``direct`` with a null speaker and that phrase as the description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh38.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh38.jsonl")

PASSAGES = """
### 001
@a Priya Ramaswamy | The housing minister
@b Eleanor Vance | the opposition's housing spokeswoman
@c Gordon Athey | The Speaker
@d - | a spokesman for the department
The housing minister, Priya Ramaswamy, faced a barrage of questions in the Commons on Wednesday over the stalled Northfold estate regeneration, which is now three years behind schedule.
Opening the exchange at ministerial questions, Eleanor Vance, the opposition's housing spokeswoman, said families in temporary accommodation had been "⟦p:b|promised keys and handed excuses⟧".
"⟦d:b|The minister has had three years and four delivery plans. How many homes have actually been built on the Northfold site? Not planned, not consented — built?⟧"
Ramaswamy replied that 212 homes were "⟦p:a|substantially complete⟧" and that the first tenants would move in before the end of the year.
"⟦d:a|I will not take lectures from a party that sold off the land in the first place,⟧" she said, to jeers from the opposition benches. "⟦d:a|We inherited a hole in the ground and we are filling it.⟧"
Vance rose again. "⟦d:b|Substantially complete is not a phrase you can live in,⟧" she said.
The Speaker, Gordon Athey, intervened twice to call for order, telling members: "⟦d:c|The minister will be heard, and so will the honourable lady, but not at the same time.⟧"
After the session, a spokesman for the department said the figures had been "⟦p:d|independently verified⟧" and would be published next week.

### 002
@a Hugh Marriner | the chair
@b Declan Fairweather | chief executive of Southmere Water
@c Oskar Lindqvist | director of enforcement at the Water Standards Authority
@d Southmere Water | the company
The chief executive of Southmere Water was told by MPs to consider his position after admitting that he had not read an internal report on sewage spills before his own bonus was signed off.
Declan Fairweather, chief executive of Southmere Water, appeared before the environment select committee on Tuesday alongside officials from the industry regulator.
Hugh Marriner, who chairs the committee, asked him directly whether he had seen the report, which warned in March that overflow monitors at eleven sites were faulty.
"⟦d:b|I had seen a summary,⟧" Fairweather said.
"⟦d:a|A summary. How long was the summary?⟧"
"⟦d:b|A page, perhaps a page and a half.⟧"
"⟦d:a|And the report?⟧"
"⟦d:b|I believe it ran to about ninety pages.⟧"
The chair said it was "⟦p:a|extraordinary⟧" that a bonus of £640,000 had been approved by the remuneration committee without reference to the findings. "⟦d:a|Mr Fairweather, I would ask you to consider whether you are the right person to lead this company,⟧" he said.
Oskar Lindqvist, director of enforcement at the Water Standards Authority, told the committee the regulator had opened a formal investigation. "⟦d:c|We are looking at whether the company knew its data was unreliable and reported it anyway. If that is what happened, it is a serious matter,⟧" he said.
Asked by the chair whether fines had changed the industry's behaviour, Lindqvist admitted they had not. "⟦d:c|Frankly, no. The scale of the penalties has not changed behaviour in the way we hoped.⟧"
In a statement after the hearing, Southmere Water said it "⟦p:d|takes its environmental obligations extremely seriously⟧" and was replacing every faulty monitor. "⟦d:d|We will co-operate fully with the authority's investigation,⟧" the company said.

### 003
@b Bridget Okonedo | Councillor
@c Sandra Whitlock | the committee's vice-chair
@d Marcus Tiller | planning agent
@e - | A woman in the public gallery
@f Alan Pryce | the chair
@g Calder Living | -
Plans for a 14-storey student block next to Harrowgate's Victorian covered market were rejected by the city council's planning committee on Thursday night after a three-hour meeting that was twice adjourned because of heckling from the public gallery.
Officers had recommended approval, arguing that the scheme by Calder Living would bring new life to a declining part of the centre.
Councillor Bridget Okonedo, who represents the Market ward, said the building would "⟦p:b|loom over the market like a filing cabinet⟧". "⟦d:b|Nobody is against students. What we are against is a design that treats our oldest building as an inconvenience,⟧" she said.
Her colleague Sandra Whitlock, the committee's vice-chair, disagreed. "⟦d:c|We keep saying we want young people in the town centre, and then we keep voting against the places they would live,⟧" she said. "⟦d:c|I'm afraid this committee has a habit of wanting the omelette without the eggs.⟧"
Speaking for the applicant, planning agent Marcus Tiller said the height had already been cut from 17 storeys. "⟦d:d|We have listened, we have redesigned, and we have come back with something smaller. There comes a point where you have to ask what would be acceptable,⟧" he told members.
A woman in the public gallery shouted "⟦d:e|Nothing this tall!⟧" and was asked to sit down by the chair, Councillor Alan Pryce.
"⟦d:f|I will clear the gallery if I have to, and I would much rather not,⟧" Pryce warned.
The scheme was rejected by seven votes to four. Calder Living said it would "⟦p:g|consider all options, including an appeal⟧".

### 004
@a Rhys Carrow | The programme’s presenter
@b Anselm Okoro-Haynes | The transport secretary
@c Niamh Corrigan | The shadow transport secretary
The transport secretary, Anselm Okoro-Haynes, struggled to say how much the cancelled northern rail link had cost taxpayers when he was pressed on Radio Calder’s breakfast programme on Monday.
The programme’s presenter, Rhys Carrow, put it to him that more than £2bn had been spent on land and design work before the project was scrapped.
“⟦d:a|Is that figure right?⟧”
“⟦d:b|I’m not going to get into a numbers game on the radio at ten past eight in the morning,⟧” Okoro-Haynes replied.
“⟦d:a|It’s not a game, it’s public money. Is it two billion or isn’t it?⟧”
“⟦d:b|It is in that region. The point is—⟧”
“⟦d:a|So it is two billion.⟧”
“⟦d:b|The point is that carrying on would have cost ten times that, and I was not prepared to ask people in this region to pay for a railway that would not have opened until 2041.⟧”
Later in the interview, the minister insisted the savings would be “⟦p:b|reinvested locally, every penny⟧”, but he declined to say when details would be published.
The shadow transport secretary, Niamh Corrigan, said the interview had been “⟦p:c|painful to listen to⟧”. “⟦d:c|If he doesn’t know what it cost, he shouldn’t have cancelled it. If he does know, he should say,⟧” she said.

### 005
@a Marianne Delacourt-Hughes | the Commonwealth Party candidate
@b Joanne Pettifer | the Civic Union candidate and a former headteacher
@c Gwen | a retired nurse who did not want to give her surname
@d Dennis Rowe | The former cabinet minister accompanying Pettifer
@e - | A Commonwealth Party spokeswoman
On a wet Saturday in the market town of Bexley Cross, Marianne Delacourt-Hughes was doing what candidates do in the last week of a by-election: shaking every hand she could find.
"⟦d:a|I've knocked on more doors this month than in the previous ten years,⟧" the Commonwealth Party candidate said, sheltering under the awning of a butcher's shop. "⟦d:a|People are fed up. They're not fed up with politics, they're fed up with being ignored.⟧"
Two streets away, Joanne Pettifer, the Civic Union candidate and a former headteacher, said the race was "⟦p:b|closer than anyone in London thinks⟧".
"⟦d:b|We don't take a single vote for granted. Not one,⟧" she said.
Outside the library, Gwen, a retired nurse who did not want to give her surname, said she had still not made up her mind. "⟦d:c|They all say the same thing on the doorstep. I want to know who's going to get the bus back,⟧" she said.
The former cabinet minister accompanying Pettifer, Sir Dennis Rowe, was more blunt. "⟦d:d|This is a two-horse race and anyone who tells you otherwise is selling something,⟧" he said.
A Commonwealth Party spokeswoman said later that Rowe's remark was "⟦p:e|typical of the arrogance⟧" voters were rejecting.
Back at the butcher's, Delacourt-Hughes shrugged when told of the comment. "⟦d:a|Dennis has been saying that since 1997. He was wrong then too.⟧"

### 006
@a Harriet Lowe | the chair of the work and pensions committee
@b - | A government source
@c Colin Ashdown | The chief whip
@d Tariq Benmoussa | The opposition's work and pensions spokesman
A leaked letter from a senior backbencher to the government's chief whip warns that as many as 40 MPs could vote against the welfare bill unless changes are made to the disability assessment rules.
The letter, sent on Friday by Harriet Lowe MP, the chair of the work and pensions committee, and seen by this newspaper, says the reforms are ``⟦p:a|being rushed through without the evidence that would justify them⟧''.
``⟦d:a|I have supported this government on every vote since the election, and I do not write this lightly,⟧'' Lowe wrote. ``⟦d:a|But I cannot in conscience support a bill that my own committee has found to rest on incomplete data.⟧''
She adds that colleagues have raised concerns ``⟦p:a|in private and in increasing numbers⟧''.
A government source played down the letter. ``⟦d:b|Harriet has always been a critical friend. This is a conversation, not a rebellion,⟧'' the source said.
The chief whip, Colin Ashdown, declined to comment directly but said in a statement: ``⟦d:c|The government is listening to colleagues across the party and the bill will be improved as it goes through the House.⟧''
The opposition's work and pensions spokesman, Tariq Benmoussa, said the letter showed the government ``⟦p:d|cannot command its own benches⟧''.
Lowe, asked by reporters outside Parliament whether she would vote against the bill, said only: ``⟦d:a|Read the letter.⟧''

### 007
@a - | the prime minister's official spokesman
@b Felicity Arkwright | the education secretary
@c - | One reporter
@d Mohammed Al-Rashidi | The general secretary of the National Association of School Leaders
At the regular lobby briefing on Tuesday, the prime minister's official spokesman was asked repeatedly whether Felicity Arkwright would keep her job after the education secretary was recorded at a private dinner describing headteachers' unions as "⟦p:b|the blob's foot soldiers⟧".
"⟦d:a|The prime minister has confidence in all his cabinet ministers,⟧" the spokesman said.
One reporter asked: "⟦d:c|Does that include the education secretary, specifically?⟧"
"⟦d:a|It includes all cabinet ministers, as I said.⟧"
Arkwright herself issued a short apology on social media. "⟦d:b|The words I used were wrong and I apologise to the many brilliant heads who work so hard for our children,⟧" she wrote.
The general secretary of the National Association of School Leaders, Mohammed Al-Rashidi, said the apology was "⟦p:d|welcome but overdue⟧". "⟦d:d|She didn't say it by accident. She said it because she thinks it,⟧" he said.

### 008
@a Élodie Marchand-Roux | the cantonal health minister
@b Jean-Baptiste Nkemelu | -
@c Ursula Feldmann | president of the cantonal midwives' association
@d - | A government spokesman
The government of the canton of Vaudrenne survived a confidence vote on Wednesday after a stormy debate over its decision to close three rural maternity units.
Élodie Marchand-Roux, the cantonal health minister, defended the closures in the chamber. «⟦d:a|Nous ne fermons pas des maternités, nous concentrons les compétences,⟧» she told deputies — «⟦d:a|we are not closing maternity units, we are concentrating expertise⟧».
Jean-Baptiste Nkemelu, who leads the opposition Green group, was unimpressed. «⟦d:b|Dites cela à une femme qui accouche dans une ambulance sur la route du col,⟧» he replied: «⟦d:b|Tell that to a woman giving birth in an ambulance on the pass road.⟧»
Marchand-Roux said travel times to the nearest unit would rise by «⟦p:a|at most twenty minutes⟧» for 90 per cent of mothers. The figure was disputed by Ursula Feldmann, president of the cantonal midwives' association, who called it «⟦p:c|a calculation made in an office in summer⟧».
«⟦d:c|Nobody who drew up these numbers has driven the Col de Vère in February,⟧» Feldmann said.
The motion of no confidence fell by 52 votes to 41. A government spokesman said the minister was «⟦p:d|relieved but not triumphant⟧».

### 009
@a Rosalind Achterberg | The mayor of Port Ellery
@b Yvonne Mbeki | the city's police chief
@c Bartholomew Ng | The finance committee's chair
The mayor of Port Ellery, Rosalind Achterberg, and the city's police chief, Chief Inspector Yvonne Mbeki, held a joint press conference on Friday after a week of disorder in the Quayside district.
Achterberg said the city would not be "⟦p:a|held to ransom⟧" by what she called "⟦p:a|a small number of people intent on destruction⟧". "⟦d:a|Quayside is a neighbourhood of families and small businesses. It deserves better than this, and it will get better than this,⟧" the mayor said.
Mbeki said 31 people had been arrested and that officers had been injured on three consecutive nights. "⟦d:b|My officers have been hit with bricks, bottles and in one case a scaffolding pole. That is not protest,⟧" she said. "⟦d:b|That is violence, and we will treat it as such.⟧"
Asked whether the closure of the Quayside youth centre in the spring had contributed to the unrest, the chief inspector said it was "⟦p:b|not for me to say⟧". The mayor was less guarded. "⟦d:a|I said at the time that closing it was a mistake. I haven't changed my mind,⟧" she said, in a pointed remark aimed at the council's finance committee, which made the cut.
The finance committee's chair, Councillor Bartholomew Ng, said in a statement that the closure had been "⟦p:c|forced on us by the government's funding settlement⟧" and that "⟦p:c|blaming a budget line for a riot is not leadership⟧".

### 010
@a Gareth Pugh-Llewellyn | the member for Kestrel and Dunmore
@b Simon Achebe | His party colleague
@c Malcolm Oyelaran | the energy minister
MPs clashed over the future of the Kestrel Point nuclear plant in a backbench debate on Tuesday, with two members of the same party taking opposite sides.
Opening the debate, Gareth Pugh-Llewellyn, the member for Kestrel and Dunmore, said the plant's proposed extension would secure 1,400 jobs for another 20 years. "⟦d:a|In my constituency, this is not an abstract question about energy policy. It is a question of whether my constituents' children have a reason to stay,⟧" he said.
His party colleague Simon Achebe, whose neighbouring seat includes the site's proposed waste store, said he had "⟦p:b|the greatest respect⟧" for Pugh-Llewellyn but could not support the extension without guarantees. "⟦d:b|He talks about jobs; I talk about what we leave buried under the estuary for ten thousand years. Both of us are right, which is why we need answers from the minister,⟧" he said.
Pugh-Llewellyn intervened: "⟦d:a|Will my honourable friend accept that the waste is there already, whether or not we extend?⟧"
"⟦d:b|I accept that, and I do not want more of it,⟧" Achebe replied.
Responding for the government, the energy minister, Malcolm Oyelaran, said a decision would be made "⟦p:c|by the spring⟧". "⟦d:c|Both honourable members have made powerful cases. I have heard them, and so has the department,⟧" he told the chamber.

### 011
@a Ayesha Qureshi-Lambert | the leader of Dunmore District Council
@b Owen Davies | the opposition leader
@c - | My late father
@d - | A council spokesman
The following is an edited transcript of an interview with Ayesha Qureshi-Lambert, the leader of Dunmore District Council, broadcast on Dunmore FM on Thursday.
Q: You've announced a 4.99 per cent council tax rise. Residents will say they're paying more for less.
A: I understand that. Nobody goes into local government to put up taxes. But our social care budget has gone up by a third in three years and that money has to come from somewhere.
Q: Owen Davies, the opposition leader, says you've "⟦p:b|wasted millions⟧" on the new civic centre.
A: Owen says a lot of things. The civic centre was approved by all parties, including his, and it's saving us £600,000 a year in rent. I'd call that the opposite of waste.
Q: Will you stand again in May?
A: Ask me in February.
Q: That's not a no.
A: It's not a yes either. My late father used to say "⟦d:c|never announce a decision until you've made it⟧", and I haven't made it.
In a statement after the broadcast, Davies said: "⟦d:b|The leader can dodge questions on the radio, but she can't dodge the bills landing on doormats next month.⟧" A council spokesman said Qureshi-Lambert had "⟦p:d|answered every question put to her⟧".
Qureshi-Lambert later wrote on social media: "⟦d:a|Good to be grilled on Dunmore FM. For the record, the civic centre saves money, and I'm still thinking about May.⟧"

### 012
@a Roderick Haldane | the army's deputy chief of staff
@b Conor Flaherty | The committee's chair
@c Peter Oduya | chief executive of the Armament Supply Agency
@d Tessaract Land Systems | The manufacturer
A senior army officer told MPs on Wednesday that a delayed armoured vehicle programme had left some units training with equipment "⟦p:a|older than the soldiers using it⟧".
Lieutenant General Sir Roderick Haldane, the army's deputy chief of staff, told the defence committee that the first of the Warden vehicles would not enter service until 2029, five years later than planned.
"⟦d:a|I'm not going to pretend to this committee that this has gone well. It has not,⟧" the general said. "⟦d:a|We have paid for vehicles that cannot yet do what we bought them to do.⟧"
The committee's chair, Conor Flaherty, asked who was responsible. "⟦d:b|Somebody signed off on this. Who?⟧"
Haldane said responsibility was "⟦p:a|shared across a number of organisations⟧", prompting laughter from some members.
Peter Oduya, chief executive of the Armament Supply Agency, was more direct. "⟦d:c|The contract we signed in 2017 was a bad contract. We knew it was ambitious and we underestimated how ambitious,⟧" the 58-year-old said.
The manufacturer, Tessaract Land Systems, said in a statement that it had "⟦p:d|resolved the majority of the technical issues⟧" and that "⟦p:d|deliveries are now on track⟧".

### 013
@a Dilip Varma | The cabinet member for environment
@b Kevin Marsh | Opposition councillor
@c - | a council spokeswoman
Fortnightly bin collections will begin in Wrexley in April despite a petition signed by more than 9,000 residents, after the borough's cabinet approved the change on Monday.
The cabinet member for environment, Councillor Dilip Varma, said the move would save £1.2m a year. "⟦d:a|I don't enjoy doing this. But when the choice is between bin rounds and care for elderly people, I will choose the elderly people every time,⟧" he said.
Opposition councillor Kevin Marsh, who organised the petition, accused the cabinet of "⟦p:b|treating 9,000 signatures like junk mail⟧".
"⟦d:b|They asked people what they thought, people told them, and they did it anyway,⟧" he said.
According to the council's own consultation, 71 per cent of respondents opposed the change. But recycling rates in neighbouring boroughs rose after similar moves, according to a council spokeswoman, "⟦p:c|in some cases by as much as eight per cent⟧".

### 014
@a Constance Obi-Darnley | leader of the Civic Union
@b Margit Solberg | Her deputy
@c Ravi Sandhu-Mercer | The Commonwealth Party chair
Constance Obi-Darnley used her first conference speech as leader of the Civic Union to promise a "⟦p:a|decade of building⟧", telling delegates in Saltmarsh that the party had "⟦p:a|spent too long apologising for wanting to win⟧".
"⟦d:a|We will build the homes, we will build the railways, we will build the power stations, and we will not ask permission from every person who objects to a shed,⟧" she said, to a standing ovation.
Outside the conference centre, protesters held banners reading "⟦s:-|Homes Not Profits⟧" and chanted "⟦s:-|Whose streets? Our streets!⟧".
Her deputy, Margit Solberg, told a fringe meeting that the speech was "⟦p:b|the most ambitious since the war⟧". "⟦d:b|Constance has set the bar high. Now we have to clear it,⟧" she said.
The Commonwealth Party chair, Ravi Sandhu-Mercer, called it "⟦p:c|a speech written for the hall, not the country⟧".
Asked later by broadcasters whether the shed remark had been wise, Obi-Darnley laughed. "⟦d:a|I've got nothing against sheds. I've got something against a planning system that takes nine years to approve one,⟧" she said.

### 015
@a Aurelia Fonseca-Baptiste | Judge
@b Winifred Osei-Bonsu | Its chair
@c Lionel Ferreira | Their barrister
@d Milbrook Borough Council | -
A council's decision to sell a historic park to a housing developer was unlawful because residents were not properly consulted, the High Court ruled on Monday.
Judge Aurelia Fonseca-Baptiste found that Milbrook Borough Council had given residents just nine days to respond to the proposal to sell Thornfield Park, and had published key documents only after the consultation closed.
"⟦d:a|A consultation in which the public is shown the decisive material only after its views have been gathered is not a consultation at all. It is a formality,⟧" the judge wrote in her judgment.
She added that the council's approach had been "⟦p:a|at best careless and at worst calculated⟧".
The claim was brought by the Friends of Thornfield Park. Its chair, Winifred Osei-Bonsu, said outside court: "⟦d:b|We were told we were troublemakers. Today a judge has told the council what we told them two years ago.⟧"
Their barrister, Lionel Ferreira KC, said the ruling would be "⟦p:c|read very carefully in town halls across the country⟧".
Milbrook Borough Council said it was "⟦p:d|disappointed⟧" by the judgment and was considering an appeal. "⟦d:d|The council acted in good faith throughout,⟧" it said.

### 016
@a Marta Quiñones-Vale | chair of the Senate finance committee
@b J.P. Okafor | the state’s budget director
@c Dale Henricksen | the committee’s senior minority member
@d - | A spokeswoman for Governor Ellen Marsh-Whitaker
Lawmakers in the state of Ashford grilled the governor’s budget director for more than four hours on Tuesday over a $340 million shortfall in the state’s Medicaid account that was not disclosed until after the legislative session had ended.
“⟦d:a|When did you know?⟧” asked Sen. Marta Quiñones-Vale, chair of the Senate finance committee, in her opening question.
J.P. Okafor, the state’s budget director, said his office had identified “⟦p:b|a potential variance⟧” in April but had not been certain of its size until June.
“⟦d:b|I was not going to bring the committee a number I couldn’t stand behind,⟧” Okafor said.
“⟦d:a|You could have brought us a range. You could have brought us a phone call,⟧” Quiñones-Vale replied.
Sen. Dale Henricksen, the committee’s senior minority member, said the episode had “⟦p:c|shattered⟧” trust between the two branches. He later told reporters: “⟦d:c|I’ve been here 22 years. I have never seen a hole this size dug this quietly.⟧”
A spokeswoman for Governor Ellen Marsh-Whitaker said Okafor “⟦p:d|has the governor’s full support⟧”.

### 017
@a Keziah Boateng-Marr | The newly elected councillor for Ferry Lane
@b Dot | -
@c Errol | Her campaign manager and uncle
@d Marguerite Lay | The council leader
At 8.15 on a Tuesday morning, Keziah Boateng-Marr is already on her second doorstep. The newly elected councillor for Ferry Lane, at 23 the youngest in Thornbury's history, has promised to visit every street in the ward before Christmas.
``⟦d:a|People think councillors just sit in meetings. Some do. I want to be the one who actually turns up,⟧'' she says, zipping up a coat two sizes too big.
The door opens. Dot, 81, who has lived on the estate since 1968, wants to talk about the lift.
``⟦d:b|Four months it's been broken. Four months. I'm on the ninth floor, love,⟧'' she tells Keziah.
``⟦d:a|I know. I've emailed the housing team three times and I'll ring them again this afternoon.⟧''
``⟦d:b|They'll tell you it's on order.⟧''
``⟦d:a|Then I'll ask them what it's on order from.⟧''
Dot laughs. It is, Keziah admits later, the kind of exchange she has a dozen times a day.
Her campaign manager and uncle, Errol, trails behind with a clipboard. ``⟦d:c|She doesn't stop. I'm 58 and I'm the one who needs a sit-down,⟧'' he jokes.
Not everyone is convinced. The council leader, Marguerite Lay, who belongs to a different party, describes Keziah as ``⟦p:d|energetic⟧'' but says energy is ``⟦p:d|not the same as getting a lift fixed⟧''.
``⟦d:a|She's right. So watch this space,⟧'' Keziah says when the remark is put to her.

### 018
@a Nigel Fothergill | the health secretary
@b Adrian Castellanos | the chief secretary to the Treasury
@c - | A Treasury spokesman
Private messages between two cabinet ministers, leaked to the Sunday Courier, show the health secretary warning that hospitals in the north-west would run out of money "⟦p:a|by Christmas⟧" unless the Treasury released emergency funds.
In one message, sent late on 3 September, Nigel Fothergill told Adrian Castellanos, the chief secretary to the Treasury: "⟦d:a|I am not crying wolf. Three trusts will miss payroll in December. I need an answer this week, not a spending review.⟧"
Castellanos replied the next morning. "⟦d:b|Nigel, every department is telling me the same thing. Put it in writing through the proper channels and we'll look at it.⟧"
"⟦d:a|I have put it in writing. Twice,⟧" Fothergill wrote back.
In a later exchange, the chief secretary appeared to mock the health secretary's officials, describing their modelling as "⟦p:b|fan fiction⟧".
A Treasury spokesman said: "⟦d:c|We do not comment on leaks. The Treasury works closely with every department to make sure public services are properly funded.⟧"
Fothergill, speaking on a visit to a hospital in Wexcombe on Sunday, said he was "⟦p:a|not going to get into who said what⟧". "⟦d:a|What I will say is that the money has now been found, and that's what matters to patients,⟧" he said.

### 019
@a Friederike Albrecht-Özdemir | Kastria's foreign minister
@b Hannah Greatorex | the foreign secretary
Kastria will not ratify the Alder Sea fisheries treaty in its current form, its foreign minister said on Thursday during a two-day visit to the capital.
Speaking through an interpreter at a joint press conference, Kastria's foreign minister, Friederike Albrecht-Özdemir, said the quotas proposed for Kastrian trawlers were "⟦p:a|neither fair nor workable⟧".
"⟦d:a|Wir sind nicht gekommen, um Nein zu sagen,⟧" she said, before the interpreter translated: "⟦d:a|We have not come here to say no.⟧"
"⟦d:a|But we cannot sign something that our fishermen will tear up the moment we get home,⟧" she went on.
Standing beside her, the foreign secretary, Hannah Greatorex, said she was "⟦p:b|confident⟧" an agreement could be reached by the summer. "⟦d:b|Friederike and I have known each other a long time. We disagree about this, and we say so to each other's faces, which is how it should be,⟧" she said.
Asked by a Kastrian journalist whether the treaty was dead, Greatorex smiled. "⟦d:b|Nothing is dead until the minister says it is, and she hasn't.⟧"
Albrecht-Özdemir laughed and replied in English: "⟦d:a|Not yet.⟧"

### 020
@a Percival Ogunleye | the parish council chairman
@b Hilda Brannigan | the council's longest-serving member
@c - | One resident
The parish council of Little Wendham has voted to replace the village's 1930s bus shelter, ending what its chairman called "⟦p:a|the longest-running saga in local government⟧".
The decision, taken by five votes to two on Tuesday, came after 14 months of debate, two public consultations and a survey of the shelter by a heritage consultant.
"⟦d:a|I've chaired this council for eleven years and I have never had more letters about anything, including the time we moved the war memorial six feet to the left,⟧" the parish council chairman, Percival Ogunleye, joked.
Mrs Hilda Brannigan, the council's longest-serving member, voted against. "⟦d:b|That shelter has kept generations of Wendham dry. It has a dignity the new one simply won't have,⟧" she said.
One resident, who had sat through the entire meeting, was heard to mutter "⟦d:c|about time⟧" as the result was announced.
Ogunleye said the old shelter would not be destroyed but moved to the village's heritage garden. "⟦d:a|Hilda can visit it whenever she likes,⟧" he added.

### 021
@a Gabrielle Oyinlola-Marsh | Chief Constable
@b Stuart Penhaligon | The police and crime commissioner
@c Fenella Dukes | Panel member
The chief constable of Tamarside Police has apologised to the family of a man who died in custody in 2022 after an inquest found that officers had failed to check on him for more than three hours.
Appearing before the county's police and crime panel on Friday, Chief Constable Gabrielle Oyinlola-Marsh read a prepared statement.
"⟦d:a:m|Daniel Kerrigan should be alive today. The inquest has found that the care he received in our custody suite fell far below the standard his family had every right to expect, and far below the standard I expect of my officers.⟧
"⟦d:a:m|I am sorry. I have said so to Daniel's mother in person and I say so again publicly today.⟧
"⟦d:a|Three officers remain under investigation by the independent watchdog, and I will not say anything that could prejudice that process.⟧"
Panel member Fenella Dukes asked why it had taken two years for an apology. "⟦d:c|With respect, chief constable, the family have been asking for this since the week he died,⟧" she said.
The chief constable said she had been advised not to comment while the inquest was ongoing. "⟦d:a|That advice was lawful. Whether it was right is another question, and I have asked myself that many times,⟧" she said.
The police and crime commissioner, Stuart Penhaligon, said he would commission an independent review of custody procedures. "⟦d:b|I want every custody suite in this county to be one I would be happy for my own son to be held in,⟧" he said.

### 022
@a Civic Union | -
@b Warren Tobin-Smythe | the party's candidate in Ashby North
@c - | A senior party official
@d Leah Carvalho | chair of the local party association
The Civic Union has suspended its candidate in the Ashby North by-election after a series of social media posts came to light in which he described residents of a neighbouring town as "⟦p:b|inbred⟧".
Warren Tobin-Smythe, the party's candidate in Ashby North, wrote the posts in 2016 and 2017, according to screenshots seen by the Ashby Echo.
"⟦d:a|These remarks are completely unacceptable and have no place in our party. Mr Tobin-Smythe has been suspended pending an investigation,⟧" the Civic Union said in a statement.
Tobin-Smythe apologised in a post on Thursday evening. "⟦d:b|I wrote some stupid things when I was younger and angrier. I am not that person now, but I understand why the party has acted,⟧" he wrote.
His name will remain on the ballot paper because nominations have closed, according to the returning officer.
A senior party official said the vetting process had missed the posts because they were made under a nickname, "⟦s:-|AshbyLad77⟧". "⟦d:c|Nobody was hiding anything. We simply didn't find it, and we should have,⟧" the official said.
Leah Carvalho, chair of the local party association, said members were "⟦p:d|gutted⟧". "⟦d:d|We'll be out campaigning for the party this weekend, just not for him,⟧" she said.

### 023
@a Miriam Falkenrath | the returning officer
@b Kwabena Asante-Fox | a former paramedic
@c Rupert Lytton-Greaves | the defeated Civic Union MP
@d - | a man at the back of the hall
It was just after 3.40am when the returning officer, Miriam Falkenrath, stepped up to the microphone in the sports hall at Ravensmoor Leisure Centre.
"⟦d:a|I hereby declare that Kwabena Asante-Fox is duly elected as the member of Parliament for Ravensmoor and Thale,⟧" she said, and the Commonwealth Party activists at the front of the hall erupted.
Asante-Fox, 41, a former paramedic, overturned a majority of more than 11,000. In his victory speech he thanked his mother, who was in the hall, and "⟦p:b|every nurse, porter and cleaner who knocked on a door for me⟧".
"⟦d:b|Ravensmoor has sent a message tonight, and the message is simple: we are not anybody's safe seat,⟧" he said.
As the defeated Civic Union MP, Rupert Lytton-Greaves, began his speech, a man at the back of the hall shouted "⟦d:d|Twenty years too late!⟧", prompting laughter.
Lytton-Greaves waited for it to die down. "⟦d:c|I've served this constituency for two decades and I've enjoyed almost every minute of it. Almost,⟧" he said, glancing towards the back of the hall.

### 024
@a Caoimhe Ní Bhraonáin | Councillor
@b Declan Ó Súilleabháin | The council's chief executive
@c Fintan Moyles | Councillor
County Carrowmore's councillors have voted to double the budget for Irish-language signage after a debate in which one member opened her speech in Irish.
Councillor Caoimhe Ní Bhraonáin, who proposed the motion, began with a reproach to the chamber. "⟦d:a|Níl aon am fágtha againn,⟧" she said. "⟦d:a|We have no time left. If the language isn't on the signs, it isn't in the children's heads.⟧"
Councillor Fintan Moyles, who opposed the increase, said he had "⟦p:c|nothing against the language⟧" but questioned the cost. "⟦d:c|We have roads in this county that haven't been resurfaced since I was in school. I'd like to see signs on roads that aren't falling apart,⟧" he said.
Ní Bhraonáin responded: "⟦d:a|Councillor Moyles can have his tarmac and I'll have my signs. The two are not in competition.⟧"
The council's chief executive, Declan Ó Súilleabháin, told members the additional €180,000 could be found from the roads maintenance reserve "⟦p:b|without affecting any scheduled works⟧".
The motion passed by 23 votes to 9.

### 025
@a Josephine Adebayo-Kerr | chief executive of the Greyhaven Health Board
@b Sunita Mahalingam | the board’s medical director
@c Clare Hennessey | a campaigner whose son waited 14 hours for an ambulance after a fall last year
The Greyhaven Health Board has admitted it will miss every one of its ambulance response targets this winter, as its chief executive warned of “⟦p:a|the most difficult season in living memory⟧”.
Josephine Adebayo-Kerr, chief executive of the Greyhaven Health Board, told a board meeting on Thursday that handover delays at the county’s two emergency departments had reached “⟦p:a|unacceptable⟧” levels.
“⟦d:a|Our crews are spending whole shifts parked outside hospitals,⟧” she said. “⟦d:a|Every hour an ambulance waits at the front door is an hour it isn’t at someone’s kitchen floor.⟧”
Dr Sunita Mahalingam, the board’s medical director, said the problem was “⟦p:b|not in the ambulance service at all⟧” but in the lack of beds for patients well enough to leave hospital. “⟦d:b|We have 140 people in our hospitals today who are medically fit to go home and have nowhere to go,⟧” the 52-year-old said.
Clare Hennessey, a campaigner whose son waited 14 hours for an ambulance after a fall last year, addressed the meeting from the public seats.
“⟦d:c|I don’t doubt anyone here cares. But caring isn’t the same as fixing it, and I’ve heard this speech before,⟧” she said.
Adebayo-Kerr thanked her and said she was “⟦p:a|right to be angry⟧”.

### 026
@a Imogen Strachan-Bell | The prime minister
@b Patricia Okwuosa | The leader of the opposition
@c Terence Gall | the Civic Union backbencher
The prime minister and the leader of the opposition clashed over hospital waiting lists in a bad-tempered session of prime minister's questions on Wednesday.
The leader of the opposition, Patricia Okwuosa, opened by reading from a letter sent to her by a constituent who had waited 19 months for a hip replacement. "⟦d:b|'I can no longer climb the stairs to my own bedroom,' she writes. What does the prime minister say to her?⟧"
Imogen Strachan-Bell said she was "⟦p:a|sorry for the wait⟧" and that waiting lists had fallen for four consecutive months. "⟦d:a|We are turning this around, and the honourable lady knows it,⟧" the prime minister said.
"⟦d:b|Four months of falls after four years of rises. She wants a medal for climbing halfway down a ladder she pushed everyone up,⟧" Okwuosa replied.
The prime minister said her opponent's party had "⟦p:a|no plan, no costings and no idea⟧". "⟦d:a|Every time she stands up she asks for more money, and every time I ask her where it comes from she sits down,⟧" she said.
Later, the Civic Union backbencher Terence Gall asked the prime minister to visit the Holbrook community hospital, which is threatened with closure. "⟦d:c|Will she come and see it for herself before she lets her officials close it?⟧"
"⟦d:a|I will happily visit,⟧" Strachan-Bell said, to cheers from her own side.

### 027
@a Philippa Hargreaves-Noor | the permanent secretary at the Home Office
@b Jonah Bellweather | the minister
@c Louisa Penrose | the committee's chair
The Home Office's most senior civil servant has admitted that a backlog of 410,000 passport applications was "⟦p:a|entirely foreseeable⟧", in evidence that contradicted the immigration minister's claim last month that the surge in demand had been "⟦p:b|impossible to predict⟧".
Dame Philippa Hargreaves-Noor, the permanent secretary at the Home Office, appeared before the home affairs committee on Tuesday alongside the minister, Jonah Bellweather.
Louisa Penrose, the committee's chair, asked her directly: "⟦d:c|Was this foreseeable or not?⟧"
"⟦d:a|With hindsight, and on the data we had in January, yes, it was foreseeable,⟧" the permanent secretary said.
"⟦d:c|Then why did the minister tell the House it wasn't?⟧"
"⟦d:a|That is a question for the minister.⟧"
Bellweather, who was sitting beside her, said he had been "⟦p:b|speaking in good faith on the advice I had at the time⟧". "⟦d:b|If that advice was incomplete, I will correct the record, and I will do it this week,⟧" he said.
Penrose said afterwards that the exchange was "⟦p:c|one of the more remarkable moments⟧" she had seen in the committee. "⟦d:c|It isn't every day a permanent secretary hands her minister a shovel,⟧" she told reporters.

### 028
@a Bronwen Hale | the interviewer
@b Saoirse Pemberton-Quayle | The Commonwealth Party's candidate for mayor of Sedgefold
@c Jan | One caller
The Commonwealth Party's candidate for mayor of Sedgefold, Saoirse Pemberton-Quayle, was repeatedly pressed on the cost of her flagship pledge of free bus travel for under-25s during a live radio phone-in on Tuesday evening.
Bronwen Hale, who presents the evening phone-in on Radio Sedgefold, began by asking how much the scheme would cost.
``⟦d:b|About £14 million a year, fully funded from the transport levy,⟧'' Pemberton-Quayle said.
``⟦d:a|The transport authority says it's closer to £22 million.⟧''
``⟦d:b|The transport authority hasn't seen our costings.⟧''
``⟦d:a|Will you publish them?⟧'' the interviewer pressed.
``⟦d:b|Yes. Before polling day.⟧''
One caller, Jan from Eastfield, said her grandson spent £40 a week getting to college. ``⟦d:c|If she can sort that out, she's got my vote, and I've voted for the other lot all my life,⟧'' she said.

### 029
@a Eamon Kilbride | the council's director of education
@b Ruth Akinyemi-Shaw | St Oswin's headteacher
@c - | One father
@d - | A mother of two
@e Nadia Haque | The cabinet member for children
More than 300 parents packed into Brackenfield village hall on Monday night to oppose plans to close St Oswin's Primary School, which has 61 pupils and a building the council says would cost £2.3m to repair.
As the council's director of education, Eamon Kilbride, arrived, children at the front of the hall chanted "⟦s:-|Save our school!⟧" and held up hand-painted signs reading "⟦s:-|Small school, big heart⟧".
"⟦d:a|I know how much this school means to you. I went to a village school myself,⟧" Kilbride told the meeting. "⟦d:a|But I would be failing in my job if I didn't tell you honestly what the numbers say.⟧"
One father stood up and asked whether the council had considered selling the school's playing field to pay for repairs. "⟦d:c|Or is that next on the list anyway?⟧" he added, to applause.
St Oswin's headteacher, Ruth Akinyemi-Shaw, said the school's results placed it in the top ten per cent in the county. "⟦d:b|We are small. We are not failing. Those are two different things, and I'd ask the council not to confuse them,⟧" she said.
The cabinet member for children, Councillor Nadia Haque, said no decision would be taken until a consultation closed in March. A mother of two told her: "⟦d:d|You've already decided. We can all see it.⟧"
"⟦d:e|I give you my word that we haven't,⟧" Haque replied.

### 030
@a Lydia Fenwick-Amadi | The minister for schools
@b Howard Lisle | the prime minister
@c - | One ally of Fenwick-Amadi
The minister for schools, Lydia Fenwick-Amadi, resigned on Sunday evening in protest at the government’s decision to scrap free breakfast clubs in primary schools.
In her resignation letter to the prime minister, Howard Lisle, she wrote:
“⟦d:a:m|It has been the privilege of my life to serve as schools minister. I have been proud to defend this government’s record, including on occasions when I had private doubts.⟧
“⟦d:a:m|But I cannot defend the decision to end breakfast clubs. I have visited dozens of them. I have seen what they mean to children who would otherwise start the school day hungry.⟧
“⟦d:a|I therefore have no choice but to resign.⟧”
Lisle, in his reply, thanked her for her “⟦p:b|dedication and decency⟧”. “⟦d:b|I am sorry that we have not been able to agree on this issue, but I respect the principled way in which you have acted,⟧” he wrote.
One ally of Fenwick-Amadi said she had warned the prime minister privately at least twice. “⟦d:c|She did everything she could from the inside. This was the only lever she had left,⟧” the ally said.

### 031
@a Rosario Villalobos-Kent | a former union organiser running for the state assembly
@b Tomás Echeverría | a 67-year-old retired welder
@c Brent Hollister | The incumbent
In a packed community hall in the Riverside district of San Aurelio, Rosario Villalobos-Kent switched between English and Spanish as she made her closing pitch to voters on Saturday.
Villalobos-Kent, a former union organiser running for the state assembly, told the crowd she had grown up "⟦p:a|six blocks from this hall⟧".
"⟦d:a|Esta elección no se trata de mí, se trata de ustedes,⟧" she said. "⟦d:a|This election isn't about me. It's about you.⟧"
Among the crowd was Tomás Echeverría, a 67-year-old retired welder, who said he had never voted in a state election before. "⟦d:b|Nobody ever came here to ask. She came,⟧" he said.
The incumbent, Brent Hollister, dismissed the rally as "⟦p:c|a lot of noise⟧" in an interview with a local television station. "⟦d:c|I've delivered for this district for eight years. Voters know the difference between a record and a slogan,⟧" he said.
Villalobos-Kent laughed when told of the remark. "⟦d:a|He's right, they do,⟧" she said.

### 032
@a Kenji Watanabe-Price | Eastmere's provincial finance minister
@b Chloe Banerjee | -
@c Anders Holm | A reporter from Channel 7
@d Deborah Ng-Sallis | The opposition finance critic
Eastmere's provincial finance minister, Kenji Watanabe-Price, unveiled a budget on Thursday that raises the sales tax by one percentage point and promises to eliminate the deficit within three years.
"⟦d:a|This is not a budget anyone will love. It is a budget our children will thank us for,⟧" he told reporters at a pre-budget briefing.
Chloe Banerjee of the Eastmere Evening Post asked whether the rise broke the government's election promise. "⟦d:b|You said, and I quote, 'no new taxes on working families'. Isn't this a new tax on working families?⟧"
"⟦d:a|It is an increase in an existing tax, which I accept is a distinction that will not mean much at the checkout,⟧" the minister said.
A reporter from Channel 7, Anders Holm, put it more bluntly: "⟦d:c|If you miss the target, will you resign?⟧"
Watanabe-Price paused. "⟦d:a|Ask me in three years.⟧"
The opposition finance critic, Deborah Ng-Sallis, called the budget "⟦p:d|a tax grab dressed up as prudence⟧". "⟦d:d|The minister says our children will thank him. Our children will be paying more for school shoes next week,⟧" she said.

### 033
@a Graham Thistlethwaite | the council's transport lead
@b Vikram Sethi | the Civic Union group leader
@c Westbury Taxi Drivers' Association | the association
@d Aoife Delaney | -
Westbury's controversial low-traffic scheme in the Mill Lane area will be made permanent, the council's cabinet decided on Wednesday, despite a last-minute legal threat from taxi drivers.
Councillor Graham Thistlethwaite, the council's transport lead, said traffic on residential streets had fallen by 58 per cent during the 18-month trial. "⟦d:a|Children are walking to school again. Older people are crossing roads they used to avoid. I'm not going to apologise for that,⟧" he said.
Councillor Vikram Sethi, the Civic Union group leader, said the scheme had simply "⟦p:b|pushed the traffic onto the ring road⟧". "⟦d:b|My residents on Prior Street have had a year and a half of queues outside their front windows. Their children count too,⟧" he said.
Thistlethwaite said monitoring showed a 9 per cent increase on the ring road, "⟦p:a|well within what we modelled⟧".
The Westbury Taxi Drivers' Association said it had instructed solicitors. "⟦d:c|Our members have lost fares, lost time and lost patience. We will be challenging this decision,⟧" the association said.
Aoife Delaney, of the cycling group Pedal Westbury, welcomed the vote. "⟦d:d|It's a good day. Now let's do the other twelve neighbourhoods,⟧" she said.

### 034
@a Evangeline Moreau-Tate | the governor’s nominee for the state supreme court
@b Carl W. Brandt | the chairman
@c Lorraine DeSouza | a frequent critic of the governor
The governor’s nominee for the state supreme court defended her record on sentencing on Monday during a confirmation hearing that stretched past nine hours.
Judge Evangeline Moreau-Tate, the governor’s nominee for the state supreme court, has spent 14 years on the appellate bench.
Sen. Lorraine DeSouza, a frequent critic of the governor, read aloud from a 2019 opinion in which the judge had reduced a sentence for a repeat drunk driver. “⟦d:c|You wrote that he had shown ‘genuine remorse.’ He was arrested again eleven weeks later. Do you stand by that?⟧”
“⟦d:a|I stand by the law as it applied to the facts in front of me,⟧” Moreau-Tate said. “⟦d:a|I do not stand by his conduct, and nobody on that panel could have predicted it.⟧”
DeSouza was unmoved. “⟦d:c|Somebody should have,⟧” she said.
Sen. Carl W. Brandt, who chairs the judiciary committee, said he expected a vote “⟦p:b|within the month⟧”. Asked whether the nominee had the votes, the chairman told reporters: “⟦d:b|She has my vote. I’m counting the others.⟧”

### 035
@a Hannah | the office manager
@b Femi | a caseworker in his first job after university
@c Clive Arbuthnot-Reyes | The MP
The constituency office of the member for Haxby West is above a nail bar on the high street. By 10am on a Friday, the phone has rung 23 times.
"⟦d:a|Fridays are the worst. People have had the whole week to get angry about something,⟧" says Hannah, the office manager, who has worked for three different MPs in the seat.
Across the room, Femi, 26, a caseworker in his first job after university, is on the phone to the Child Maintenance Service on behalf of a single mother who has not been paid for five months.
"⟦d:b|You get good at hold music. I could tell you which department I'm waiting for with my eyes shut,⟧" he says when he finally hangs up.
Most of the cases are about housing. Some are about things no MP can fix. One man rang to complain about his neighbour's cat; another wanted the MP to stop a football club from sacking its manager.
"⟦d:a|We take them all seriously,⟧" Hannah says, then pauses. "⟦d:a|Well. We write back to them all.⟧"
The MP, Sir Clive Arbuthnot-Reyes, comes in at lunchtime, fresh from the train. He calls the office "⟦s:-|the engine room⟧" and says the staff are "⟦p:c|better at this than I am⟧".
"⟦d:c|I get the credit and they do the work. That's politics, I'm afraid,⟧" he says.
Femi laughs at that. "⟦d:b|He said it, not me.⟧"

### 036
@a Beatrix Onwuachi | counsel to the inquiry
@b Hamish Cardew | housing minister from 2014 to 2017
@c Owain Price | The inquiry chairman
A former housing minister told the Calloway Tower fire inquiry on Thursday that he had "⟦p:b|never once⟧" been warned that the cladding on high-rise blocks posed a risk to life.
Hamish Cardew, housing minister from 2014 to 2017, was questioned for most of the day by Beatrix Onwuachi KC, counsel to the inquiry.
She showed him a 2015 email from a senior official with the subject line "⟦s:-|Urgent – fire safety of external walls⟧".
"⟦d:a|Do you recall seeing this email?⟧"
"⟦d:b|I don't, no.⟧"
"⟦d:a|It was addressed to you.⟧"
"⟦d:b|A great many emails were addressed to me. I relied on my private office to bring the important ones to my attention.⟧"
"⟦d:a|Was this not an important one?⟧"
There was a long pause. "⟦d:b|With what we now know, obviously it was,⟧" Cardew said.
The inquiry chairman, Sir Owain Price, intervened briefly to ask the witness to speak up. "⟦d:c|The families at the back of the room need to hear your answers, Mr Cardew,⟧" he said.

### 037
@a Department for Justice | -
@b Prison Officers' Federation | -
@c Maureen Fitzpatrick-Oduya | Its general secretary
@d Penal Reform Trust | the trust
Thousands of prisoners will be released up to 60 days early under emergency measures to ease overcrowding, the government announced on Monday.
"⟦d:a|These are temporary measures, taken reluctantly, to ensure our prisons remain safe and the courts can continue to send dangerous offenders to custody,⟧" the Department for Justice said in a press release.
The department said prisoners convicted of violent or sexual offences would be excluded, and that every release would be "⟦p:a|subject to strict licence conditions⟧".
The Prison Officers' Federation said the announcement was "⟦p:b|an admission of failure⟧". Its general secretary, Maureen Fitzpatrick-Oduya, said staff had warned ministers for years. "⟦d:c|We told them in 2021. We told them in 2022. We told them in 2023. Nobody listened until the cells ran out,⟧" she said.
The Penal Reform Trust welcomed the move but said it "⟦p:d|treats the symptom, not the disease⟧". "⟦d:d|Early release without support on the outside just means early return,⟧" the trust said.

### 038
@a Pieter van den Heuvel | the committee's chair
@b Anneke de Vries-Okoye | The Lowmark federal transport minister
@c Sjoerd Bakker | -
The Lowmark federal transport minister, Anneke de Vries-Okoye, faced sharp questions in the assembly's transport committee on Tuesday over the collapse of a contract to electrify the northern rail line.
Pieter van den Heuvel, the committee's chair, asked whether the minister had been warned about the contractor's finances. «⟦d:a|Yes or no, minister?⟧»
«⟦d:b|It is not a yes-or-no question, chair,⟧» De Vries-Okoye replied. «⟦d:b|We received signals. We did not receive a warning.⟧»
Sjoerd Bakker, of the Rural Party, said the distinction was «⟦p:c|the sort of thing only a ministry could invent⟧». «⟦d:c|Signals, warnings — the trains still don't run,⟧» he said.
Van den Heuvel closed the session by asking the minister to come back in a month with «⟦p:a|a plan, not a vocabulary⟧».

### 039
@a Tobias Rennard-Ashe | The mayor of Coldharbour
@b - | One user
@c - | Another user
@e Maxine Oduro | The opposition group leader on the council
The mayor of Coldharbour, Tobias Rennard-Ashe, spent an hour answering residents' questions on social media on Wednesday night, an exercise he called "⟦p:a|democracy in your pocket⟧".
Not all of it went to plan. One user, posting as ColdharbourMum, asked: "⟦d:b|Why has the pothole outside the primary school on Ferris Road been there since March?⟧"
"⟦d:a|Great question — I've asked highways to look at it first thing tomorrow,⟧" the mayor replied.
Another user wrote: "⟦d:c|You said that about my street in 2022.⟧"
Rennard-Ashe later posted: "⟦d:a|Fair challenge. Some of these have taken far too long and I'm not going to pretend otherwise. I'll publish a full list of outstanding repairs by Friday.⟧"
The opposition group leader on the council, Councillor Maxine Oduro, said the session had been "⟦p:e|a PR stunt⟧". "⟦d:e|If he wants to know where the potholes are, he could try walking,⟧" she said.

### 040
@a Margaret Thorne | The chair
@b Callum Reid | the Commonwealth Party candidate
@c Hassan El-Amin | -
@d Bartosz Nowicki | The independent candidate
Three candidates for the Kelmscott Fields seat faced more than 200 voters at a hustings in St Anne's church hall on Thursday night, with the cost of living dominating the questions.
Callum Reid, the Commonwealth Party candidate, promised to "⟦p:b|fight every day⟧" for a new GP surgery. "⟦d:b|I've waited three weeks for an appointment myself. I know exactly what this feels like,⟧" he said.
Hassan El-Amin, standing for the Civic Union, said he had run a small business for 15 years. "⟦d:c|I've had to make payroll in a recession. I know what it means when money runs out, and I know it doesn't get solved with slogans,⟧" he said.
The independent candidate, Bartosz Nowicki, a former postman, drew the loudest applause of the night. "⟦d:d|These two have both got parties to answer to. I've only got you,⟧" he said.
Reid interrupted: "⟦d:b|And when you need a vote in Parliament, who's going to listen to you?⟧"
"⟦d:d|The same people who listen to you, I expect. Nobody,⟧" Nowicki shot back.
The chair, Margaret Thorne, called for calm. "⟦d:a|Gentlemen, we have eleven more questions and forty minutes,⟧" she said.

### 041
@a Moira Galbraith | The council leader
@b Sunita Chaudhry | Councillor
@c Rhiannon Pryce-Jones | the leader of the Civic Union group
@d Colette Umeh | branch secretary of the Council Workers' Union
@e - | One care worker who did not want to be named
@f Gregory Tandy | The independent councillor
Tanfield County Council has approved a budget that will close four libraries, cut 180 jobs and raise council tax by the maximum permitted amount, after a six-hour meeting that its leader described as "⟦p:a|the hardest day of my political life⟧".
The council leader, Moira Galbraith, told members the authority faced a £38m gap over two years. "⟦d:a|There is no version of this budget that doesn't hurt. I have looked for one. My officers have looked for one. It doesn't exist,⟧" she said.
Councillor Sunita Chaudhry, who holds the finance portfolio, set out the detail. She said the council's reserves were at their lowest level since the authority was created in 1974 and warned that without cuts it would "⟦p:b|run out of road by October⟧".
"⟦d:b|I came into politics to build things, not to close them,⟧" she said. "⟦d:b|But a council that goes bust closes everything.⟧"
Rhiannon Pryce-Jones, the leader of the Civic Union group, said the administration had "⟦p:c|spent the good years on vanity projects⟧" and was now asking residents to pay for them.
The 61-year-old recalled that the council had spent £4.2m on a new headquarters in 2019. "⟦d:c|They told us it would pay for itself. Well, I've been waiting five years for it to start paying,⟧" she said.
Galbraith interrupted to say the building saved £700,000 a year. "⟦d:a|The councillor knows that, because she voted for it.⟧"
"⟦d:c|I did, and I was wrong, and I'm big enough to say so,⟧" Pryce-Jones replied.
Outside, about 150 council workers and library users protested in the rain. Colette Umeh, branch secretary of the Council Workers' Union, told them the job losses would fall "⟦p:d|hardest on the lowest-paid⟧". "⟦d:d|These are people who kept this county running through the pandemic. This is how they're thanked,⟧" she said.
One care worker who did not want to be named said she was "⟦p:e|terrified⟧" of losing her job. "⟦d:e|I've got two kids and a mortgage. I don't know what I'd do,⟧" she said.
The independent councillor Gregory Tandy, who abstained, admitted he had not decided how to vote until the last minute. "⟦d:f|I couldn't vote for it and I couldn't vote against it. Sometimes abstaining is the only honest thing to do,⟧" he said.
The budget passed by 38 votes to 29, with three abstentions.

### 042
@a Julian Etheridge-Cole | the leader of the Civic Union
@b Graham | Her husband
@c Ingrid Solheim-Barker | a former Commonwealth Party minister who sat opposite her for two decades
@d Priti Lal | the current MP for Dunmere South
Dame Cecily Armitage, who represented Dunmere South for 31 years and became the first woman to chair the public accounts committee, has died at the age of 88.
Julian Etheridge-Cole, the leader of the Civic Union, said in a statement that she had been "⟦p:a|a giant of our party and of Parliament⟧".
"⟦d:a|Cecily could take apart a departmental budget in the morning and charm a room of sceptical constituents in the evening. There was nobody quite like her,⟧" he said.
Her husband, Graham, said she had died peacefully at home in Dunmere on Tuesday. "⟦d:b|She was the sharpest person I ever knew, and she never let me win an argument in 54 years. I shall miss losing,⟧" he said.
Ingrid Solheim-Barker, a former Commonwealth Party minister who sat opposite her for two decades, recalled being summoned before Armitage's committee in 1998. "⟦d:c|I had prepared for three days. She found the one figure I hadn't checked within four minutes,⟧" she said. "⟦d:c|I was furious at the time. Later I realised she'd done me a great favour.⟧"
Priti Lal, the current MP for Dunmere South, said flags at the town hall would fly at half-mast. "⟦d:d|Cecily was still sending me notes on my speeches until last year. Mostly corrections,⟧" she joked.

### 043
@a Oluwaseun Adeyemi-Grant | The energy secretary
@c - | My own mother
@d Marcus Holloway-Tembe | The shadow energy secretary
The energy secretary, Oluwaseun Adeyemi-Grant, was interviewed on BTV's Sunday politics programme. Below is an edited transcript.
Q: Energy bills go up again on 1 April. You told your party conference that you would "⟦p:a|bring bills down for good⟧". What happened?
A: And we will. The price cap is set by the regulator on the basis of wholesale costs, which we don't control. What we do control is how much of our energy comes from home-grown sources, and that's rising every month.
Q: Families pay their bills with money, not wind turbines. What do you say to them this morning?
A: I say I understand. My own mother rang me last week and said, "⟦d:c|Seun, what are you lot doing about my gas bill?⟧" So I do hear it.
Q: And what did you tell her?
A: I told her what I'm telling you. Help is coming, and it's coming next winter.
The shadow energy secretary, Marcus Holloway-Tembe, said afterwards: "⟦d:d|Help is always coming next winter with this lot. It never actually arrives.⟧"
Adeyemi-Grant later wrote on social media: "⟦d:a|My mum has now forgiven me. Mostly.⟧"

### 044
@a Fatima Zahra Benali | The MP for Lowther Bridge
@c Graham Oakes | Detective Inspector
@d Adebayo Fenn | The prime minister
Police are investigating after a brick was thrown through the window of an MP's constituency office in Lowther Bridge early on Saturday morning.
A handwritten note wrapped around the brick said: "⟦d:-|You were warned. Next time it won't be the window.⟧"
The MP for Lowther Bridge, Fatima Zahra Benali, said she had been "⟦p:a|shaken but not surprised⟧" by the attack. "⟦d:a|This is the third incident this year. My staff should not have to come to work wondering what will be on the doormat,⟧" she said.
Detective Inspector Graham Oakes said officers were reviewing CCTV footage from the high street. "⟦d:c|We are treating this as a targeted attack and we are keeping an open mind about the motive,⟧" he said.
The prime minister, Adebayo Fenn, wrote on social media: "⟦d:d|Intimidation of elected representatives is an attack on democracy itself. Fatima has my full support.⟧"
Benali said her office would reopen on Monday. "⟦d:a|We are not closing. That is precisely what whoever did this wants.⟧"

### 045
@a Sam Okonjo-Reyes | the council's director of housing
@b Barnaby Cheung | The committee's chair
@c Harrow Vale Homes | the housing association
@d Marisol | a tenant in Block C of the Ashgrove estate
Damp and mould have been found in more than 600 council homes in Harrow Vale, a report presented to councillors on Monday has revealed.
Sam Okonjo-Reyes, the council's director of housing, told the housing scrutiny committee that the scale of the problem was "⟦p:a|worse than we feared⟧". "⟦d:a|We have surveyed every property built before 1980. I will not stand here and tell you this is under control, because it isn't,⟧" they said.
The committee's chair, Councillor Barnaby Cheung, asked why it had taken two years after a tenant's death in a neighbouring borough for the survey to be commissioned. Okonjo-Reyes admitted the delay was "⟦p:a|indefensible⟧".
"⟦d:b|Indefensible is the right word. I'd like to know who is going to be held responsible for it,⟧" Cheung said.
Marisol, a tenant in Block C of the Ashgrove estate, told the committee her daughter had been admitted to hospital twice with asthma this year. "⟦d:d|I scrub the walls every Sunday. By Wednesday it's back,⟧" she said.
Harrow Vale Homes, which manages about a third of the affected properties, said in a statement that it had "⟦p:c|begun an urgent programme of repairs⟧". "⟦d:c|Every affected household will be contacted within 14 days,⟧" the housing association said.

### 046
@a - | a senior Treasury official
@b Penelope Ashworth-Gray | The chancellor
@c - | A Treasury spokeswoman
@d Kofi Mensah-Laird | The shadow chancellor
A leaked Treasury memo warns that the government’s plan to cut fuel duty would cost £6.1bn a year and deliver “⟦p:a|negligible⟧” benefit to the lowest-income households.
The memo, written by a senior Treasury official and seen by this newspaper, was sent to the chancellor’s private office in January.
“⟦d:a|The majority of the benefit accrues to higher-income households with larger vehicles and longer commutes. We would not recommend this measure on distributional grounds,⟧” it says.
The chancellor, Penelope Ashworth-Gray, announced the cut in March regardless, telling the Commons it would “⟦p:b|put money back in the pockets of working people⟧”.
A Treasury spokeswoman said: “⟦d:c|Officials provide a range of advice and ministers take decisions. The chancellor was fully aware of the distributional analysis.⟧”
The shadow chancellor, Kofi Mensah-Laird, said the memo was “⟦p:d|devastating⟧”. “⟦d:d|Her own officials told her it wouldn’t help the people who need it most. She did it anyway, because it polled well,⟧” he said.
Ashworth-Gray, on a visit to a haulage depot in Kettleby on Friday, was unrepentant. “⟦d:b|I don’t apologise for cutting taxes. Ask any van driver in this depot whether six pounds a tank is negligible,⟧” she said.

### 047
@a Geneviève Lapointe-Ouellet | Bellerive's premier
@b Mathieu Saint-Amand | the leader of the opposition
@c Isabelle Tremblay-Kasongo | The Speaker
Bellerive's premier, Geneviève Lapointe-Ouellet, was forced to withdraw a remark in the provincial assembly on Thursday after calling the leader of the opposition «⟦p:a|un menteur⟧» — a liar.
The exchange came during question period, when Mathieu Saint-Amand, the leader of the opposition, accused the government of hiding the cost of a new bridge over the Rivière Noire. «⟦d:b|Combien? Dites-nous simplement combien,⟧» he demanded. «⟦d:b|How much? Just tell us how much.⟧»
«⟦d:a|Le chef de l'opposition sait très bien combien. Il a vu les chiffres la semaine dernière,⟧» the premier replied — «⟦d:a|the leader of the opposition knows very well how much; he saw the figures last week⟧».
The Speaker, Isabelle Tremblay-Kasongo, ordered the premier to withdraw the word «⟦s:-|menteur⟧», which is on the assembly's list of unparliamentary expressions. «⟦d:c|Madame la première ministre, je vous demande de retirer ce mot,⟧» she said.
«⟦d:a|Je le retire,⟧» Lapointe-Ouellet said, before adding, to laughter on the government benches: «⟦d:a|Mais je ne retire pas les chiffres⟧» — but I am not withdrawing the figures.

### 048
@a Desmond Quayle | the longest-serving member of the House
@b Maureen | His wife
@c Tessa Lindgren | his agent since 1994
Desmond Quayle, the longest-serving member of the House, is clearing out his office. There are 36 years of files in it, and a signed photograph of a snooker player he can no longer identify.
``⟦d:a|I've kept everything. That's the problem with being a magpie in politics, you end up with a nest you can't get out of,⟧'' he says.
Quayle, 79, was first elected for Norbridge in 1989 with a majority of 412. He recalls the count vividly. ``⟦d:a|There were three recounts. By the third my knees had gone. Maureen had to hold me up,⟧'' he says.
His wife, Maureen, who is sitting in the corner of the office sorting books into boxes, looks up. ``⟦d:b|He's exaggerating. I held his coat,⟧'' she says.
Tessa Lindgren, his agent since 1994, says Quayle has never lost the habit of answering every letter personally. ``⟦d:c|He still writes some of them by hand. The younger staff think it's mad. The constituents love it,⟧'' she says.
Asked what he will miss, Quayle thinks for a long time. ``⟦d:a|The arguments. Not the shouting — the arguments. There's a difference, and I'm not sure the place remembers it any more.⟧''

### 049
@a Neil Sandford | Councillor
@b Owen Pritchard-Lowe | Councillor
@c Commonwealth Party | the party
@d Helen Moss | The Civic Union's group leader on the council
Two Commonwealth Party councillors in Stockwell Heath have defected to the Civic Union, leaving the ruling group without a majority.
Councillor Neil Sandford and Councillor Owen Pritchard-Lowe announced their decision at a joint press conference outside the town hall on Monday.
"⟦d:a|We didn't leave the party. The party left the people who elected us,⟧" Sandford said. Standing beside him, Pritchard-Lowe nodded. "⟦d:b|Neil's said it better than I could. We've been raising these concerns for two years and nobody listened,⟧" he said.
Asked whether they would stand down and fight by-elections, Sandford said: "⟦d:a|No. Our residents elected us to do a job and we're going to do it.⟧"
The Commonwealth Party said it was "⟦p:c|disappointed but not surprised⟧". "⟦d:c|Both councillors were elected on a Commonwealth Party manifesto, and the honourable thing would be to give voters their say,⟧" the party said.
The Civic Union's group leader on the council, Helen Moss, welcomed the pair. "⟦d:d|They're good councillors and they'll be a real asset to our group,⟧" she said.

### 050
@a Gillian Ferrars | The moderator
@b Ngozi Abara-Wells | the Commonwealth Party candidate
@c Sophie Lindqvist-Hart | -
The two candidates in the Westmoor mayoral race clashed over policing in a live radio debate on Wednesday night, in an exchange that ran well over its allotted time.
The moderator, Gillian Ferrars, asked both women whether they would keep the city's neighbourhood police hubs open.
"⟦d:b|Every single one. They're the only place some residents ever see a police officer,⟧" said Ngozi Abara-Wells, the Commonwealth Party candidate.
Sophie Lindqvist-Hart, for the Civic Union, said she would review them. "⟦d:c|Some of those hubs open for four hours a week. I'd rather have officers on the streets than behind a desk waiting for someone to walk in,⟧" she said.
"⟦d:b|So you'd close them.⟧"
"⟦d:c|I'd review them. That's what the word means.⟧"
"⟦d:b|We all know what review means in this city.⟧"
"⟦d:a|Let's move on, because we've got a lot of callers,⟧" Ferrars said.

### 051
@a Helena Marchetti | the planning inspector
@b Rachel Odunsi | -
@c Colin Birtwhistle | a retired engineer who leads the Save Sutton Meadows group
A planning inspector has been asked to decide whether 450 homes should be built on farmland outside the village of Sutton Marsh, after the district council refused permission last year.
At the opening of a six-day public inquiry on Tuesday, the planning inspector, Dr Helena Marchetti, said she would visit the site on Thursday and would "⟦p:a|give equal weight⟧" to written and spoken evidence.
Rachel Odunsi KC, representing the developer Harwood Homes, said the district had "⟦p:b|failed for a decade⟧" to provide enough housing. "⟦d:b|The council cannot show a five-year supply of land. In those circumstances national policy is clear, and the presumption is in favour of granting permission,⟧" she told the inquiry.
Colin Birtwhistle, a retired engineer who leads the Save Sutton Meadows group, said the site flooded "⟦p:c|most winters⟧". He produced photographs of the fields under water in January. "⟦d:c|Your client wants to build homes in a lake, and then sell them to people who don't know it's a lake,⟧" he said, addressing Odunsi directly.
The inspector reminded him to address his remarks to the chair. "⟦d:a|I understand feelings run high, Mr Birtwhistle, but please speak to me rather than to counsel,⟧" she said.

### 052
@a Jóhanna Dahl-Eriksen | Skerrholm's chief minister
@b Magnus Fjeldstad | a fisherman who leads the No campaign
@c - | An elderly woman leaving the polling station in Havnby
Voters on the island of Skerrholm went to the polls on Saturday in a referendum on whether to leave the Northern Fisheries Union, the bloc that sets catch limits for its waters.
Skerrholm's chief minister, Jóhanna Dahl-Eriksen, who supports leaving, cast her vote in the harbour town of Havnby. «⟦d:a|I dag bestemmer vi selv,⟧» she told reporters: «⟦d:a|today we decide for ourselves⟧».
Magnus Fjeldstad, a fisherman who leads the No campaign, said leaving would be «⟦p:b|a leap into cold water without a rope⟧». «⟦d:b|The union isn't perfect. But our boats sell their fish in union ports. What happens to them on Monday?⟧» he said.
An elderly woman leaving the polling station in Havnby said she had voted to stay. «⟦d:c|My husband was a fisherman for fifty years. I voted the way he would have,⟧» she said.
The result is expected early on Sunday.

### 053
@a Marisa Kowalczyk | Vireo's head of public policy for Europe
@b Dafydd Rhys-Evans | the committee's chair
@c Yusuf Adebanjo | a Commonwealth Party member of the committee
@d Vireo | the company
A senior executive at the social media platform Vireo has told MPs the company "⟦p:a|could have acted faster⟧" to remove misleading posts about the Kingsbridge by-election.
Appearing by video link, Marisa Kowalczyk, Vireo's head of public policy for Europe, said the company had removed 1,400 posts and suspended 60 accounts.
Dafydd Rhys-Evans, the committee's chair, asked: "⟦d:b|How many of them came down before the polls closed? Roughly.⟧"
"⟦d:a|I'd need to check that and write to the committee,⟧" Kowalczyk said.
"⟦d:b|You don't know?⟧"
"⟦d:a|I don't have the figure in front of me, no.⟧"
Yusuf Adebanjo, a Commonwealth Party member of the committee, said the answer was "⟦p:c|not good enough for a company worth £80bn⟧". "⟦d:c|If you can tell me how many adverts you sold in Kingsbridge that week, and I bet you can, you can tell me how many lies you took down,⟧" he said.
In a statement after the session, Vireo said it would provide the figures "⟦p:d|within seven days⟧". "⟦d:d|We take the integrity of elections extremely seriously,⟧" the company said.

### 054
@a Lionel Osterberg | The minister for rural affairs
@b Lanark House | the prime minister's office
The minister for rural affairs, Lionel Osterberg, has resigned after admitting that he failed to declare shares in a company bidding for a government broadband contract.
"⟦d:a|I made a mistake, and it is right that I take responsibility for it,⟧" Osterberg said in a statement on Friday. "⟦d:a|I have never allowed my private interests to influence any decision, but I accept that the rules exist for a reason.⟧"
Lanark House, the prime minister's office, said a replacement would be named "⟦p:b|in due course⟧".

### 055
@a A.K. Mensah | The economy minister
@b Ffion Gwilym | the Rural Party's economy spokeswoman
@d - | One member
@c T.J. Okonkwo-Hale | The Presiding Officer
The economy minister, A.K. Mensah, was accused of "⟦p:b|abandoning the valleys⟧" in the Northern Assembly on Tuesday after confirming that a promised £40m investment fund would be delayed until 2027.
Ffion Gwilym, the Rural Party's economy spokeswoman, said the delay would cost jobs. "⟦d:b|Three factories in my region were waiting for this money. One has already told its staff it is closing. What does the minister say to them?⟧"
Mensah said he "⟦p:a|deeply regretted⟧" the delay, which he blamed on a cut to the assembly's block grant. "⟦d:a|I would love to be standing here announcing the money today. I can't, because the money isn't there,⟧" he said.
One member shouted "⟦d:d|Shame!⟧" from the opposition benches.
The Presiding Officer, T.J. Okonkwo-Hale, called for order. "⟦d:c|Members will have every opportunity to make their views known, and shouting is not one of them,⟧" she said.
Gwilym returned to her feet. "⟦d:b|The minister found money for a new assembly visitor centre last year. Perhaps the factory workers could apply for jobs there,⟧" she said.

### 056
@a Rowan Tilley | The 29-year-old Greenway Party candidate
@b Dorothy Mwale | a retired teacher
@c - | a strategist for the Civic Union who asked not to be named
@d Ahmed Siddiqui | -
It is not yet 9am in Fenbridge, and Rowan Tilley has already been told to get off a driveway twice.
The 29-year-old Greenway Party candidate takes it in their stride. "⟦d:a|You learn not to take it personally. Someone who shouts at you at least cares,⟧" they say.
Tilley is standing in a seat the party has never come close to winning. But according to a poll published last week by Castlegate Research, the party is now within six points of the lead. Ahmed Siddiqui, of Castlegate, puts it simply: "⟦d:d|Nobody saw this coming, including us.⟧"
At the third house on Marsh Road, the door is opened by Dorothy Mwale, a retired teacher, who has a question about bus fares. She listens to Tilley's answer and nods. "⟦d:b|That's the first straight answer I've had from any of you,⟧" she says.
According to a strategist for the Civic Union who asked not to be named, the party's private polling shows a similar picture. "⟦d:c|We are worried. Anyone who says we aren't is lying to you,⟧" the strategist said.
Back on Marsh Road, Tilley is asked whether they can actually win. "⟦d:a|Ask me on the 9th,⟧" they say.

### 057
@a Lucian Farrow-Smith | the Civic Union's home affairs spokesman
@b Naledi Khumalo | the presenter
@c Civic Union | -
@d - | a spokeswoman for the channel
An interview with the Civic Union's home affairs spokesman ended abruptly on Sunday when he removed his microphone and left the studio after being asked about his expenses.
Lucian Farrow-Smith had been invited on to Meridian Television's Sunday programme to discuss the party's plans for police numbers. About eight minutes in, the presenter, Naledi Khumalo, turned to a newspaper report that he had claimed £9,200 for a second home.
"⟦d:b|Do you think that's a reasonable use of taxpayers' money?⟧"
"⟦d:a|I'm here to talk about policing, and that's what I'll talk about,⟧" Farrow-Smith said.
"⟦d:b|Viewers might think it's a fair question.⟧"
"⟦d:a|Viewers might think it's a cheap shot. The claims were all within the rules.⟧"
"⟦d:b|So you're not going to answer?⟧" the interviewer asked.
At that point, Farrow-Smith unclipped his microphone. "⟦d:a|I think we're done here,⟧" he said, and walked off the set.
The Civic Union later said in a statement that Farrow-Smith had been "⟦p:c|ambushed⟧" and that the programme had "⟦p:c|broken an agreement on the topics to be covered⟧". Meridian Television said no such agreement existed. "⟦d:d|Our presenters ask the questions our viewers want answered,⟧" a spokeswoman for the channel said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh38.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh38",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
