# ruff: noqa: E501
"""Build ``quotes_fresh50.jsonl``: an independent, held-out gold set of quotes on politics and public affairs.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is politics and
public affairs: parliamentary debates and questions, select-committee hearings,
council and planning meetings, press conferences, broadcast interviews reported as
exchanges, campaign-trail reports, leaked letters and statements.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh50-NNN``.

Conventions (copied verbatim from ``build_quotes_fresh8.py``):

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

* An organisation's short back-reference at a cue (``the ministry said``, ``the
  party said``, ``the company added``) is a shortened form of its name, not a
  description: an organisation's description is null unless the passage gives it an
  appositive or a role phrase before the name.
* A person introduced only by a role (``the chair``) and then named is annotated with
  the name and that role as description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh50.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh50.jsonl")

PASSAGES = """
### 001
@a Margit Sollers | The housing minister
@b Priya Kandaswamy | Opposition housing spokesperson
@c Elin Rouse | the member for Pellingford North and a backbencher on the government side
@d - | a spokesperson for the prime minister
The housing minister, Margit Sollers, was forced to defend her department's record on temporary accommodation during a heated question time in the Assembly on Wednesday, as new figures showed the number of families placed in hotels had risen for a sixth consecutive quarter.
Opposition housing spokesperson Priya Kandaswamy opened the exchange with the case of a mother of three in Lanmouth. "⟦d:b|She has been moved four times in eleven months, and her children have changed school twice,⟧" Kandaswamy said. "⟦d:b|What does the minister say to her?⟧"
Sollers replied that she would not comment on an individual case but that the government had "⟦p:a|inherited a system at breaking point⟧". "⟦d:a|We are building more social homes this year than in any year of the last decade. That is not a slogan, it is a fact,⟧" she said.
Kandaswamy: "⟦d:b|It is a fact that will be of very little comfort in a hotel room on the ring road.⟧"
The Speaker called for order as members on both sides shouted across the chamber. When the session resumed, Elin Rouse, the member for Pellingford North and a backbencher on the government side, pressed the minister on the "⟦s:-|Homes First⟧" pledge made at the last election.
"⟦d:c|My constituents were promised that the pledge would be met by the end of this year. Will she confirm today that it will be?⟧" Rouse asked.
"⟦d:a|I will confirm that we are on course,⟧" the minister said, to groans from the opposition benches.
Afterwards a spokesperson for the prime minister said Sollers retained "⟦p:d|the full confidence⟧" of the government. "⟦d:d|The minister is doing a difficult job well, and the numbers will come down,⟧" the spokesperson said.

### 002
@a Duncan Ferrier | the committee’s chair
@b Rhys Oakden | chief executive of Severnside Water
@c Tobias Vell | a Reform Union member of the committee
@d Hamish Gault | director of enforcement at the Water Standards Agency
@e Severnside Water | -
Rhys Oakden, chief executive of Severnside Water, told MPs on Tuesday that the company's five-year investment programme was “⟦p:b|the largest in its history⟧” and that sewage spills would fall by a third within two years.
Duncan Ferrier, the committee’s chair, was unimpressed. “⟦d:a|Mr Oakden, we heard that sentence from your predecessor, and from his predecessor. Why should anyone in this room believe it now?⟧”
“⟦d:b|Because the money is committed and the contracts are signed,⟧” Oakden said. “⟦d:b|I understand the scepticism. In your position I would feel it too.⟧”
Tobias Vell, a Reform Union member of the committee, asked how much the company had paid out in dividends over the same five years. Oakden said he did not have the figure to hand.
“⟦d:c|You don’t have it to hand? It is £212 million. I have it to hand,⟧” Vell said.
The second panel was led by Hamish Gault, director of enforcement at the Water Standards Agency, who said the regulator had opened 14 investigations into the company since 2021. Asked by the chair whether fines had ever been large enough to change a water company’s behaviour, he paused for some seconds.
“⟦d:d:m|Honestly, no. Not at the level they have historically been set. A fine has to be large enough that a board notices it, and for most of the last decade it has not been.⟧
“⟦d:d|That is changing. We have asked for, and will shortly have, powers to impose penalties of up to ten per cent of turnover,⟧” he said.
Severnside Water said in a statement after the hearing: “⟦d:e|We accept that our performance has not been good enough and we are determined to put it right.⟧”

### 003
@a Mark Ellery | the council's senior planning officer
@b Ade Okonjo | -
@c - | one resident
@d Sinéad Mulcahy | Liberal Forum councillor
@e Joanna Pryce | the committee chair
@f Harrowby Homes | developer
Plans for 340 homes on the edge of Kellsmoor were approved on the chair's casting vote on Thursday night, after a four-hour meeting at which residents packed the public gallery and spilled out into the corridor.
The application, from developer Harrowby Homes, had been recommended for approval. Mark Ellery, the council's senior planning officer, told councillors the scheme met "⟦p:a|every relevant policy test⟧" and that a refusal would almost certainly be overturned on appeal.
"⟦d:a|If members refuse this, they need to be clear about the planning grounds. I have not been able to identify any that would survive an inspector,⟧" he said.
Residents who spoke against the plan said the village's roads and its only primary school could not cope. Ade Okonjo, who has lived on Fernlea Road for 22 years, said: "⟦d:b|At half past eight in the morning you cannot get a car down our road. Now add 340 households. Nobody in this building has explained how that works.⟧"
"⟦d:c|Shame on you,⟧" one resident shouted from the gallery as officers presented the traffic modelling.
Liberal Forum councillor Sinéad Mulcahy, who represents Brookside, moved to refuse. "⟦d:d|We are told again and again that the infrastructure will follow. In this district it never has,⟧" she said. "⟦d:d|I would ask colleagues to vote with the people in that gallery.⟧"
Her motion fell, and the original recommendation was tied at six votes each, leaving the committee chair, Cllr Joanna Pryce, to decide it.
"⟦d:e|It is not a decision I take lightly. But the law is the law, and I am not prepared to spend public money defending a refusal we would lose,⟧" Pryce said afterwards.
Harrowby Homes said it was "⟦p:f|delighted⟧" and would "⟦p:f|continue to listen to the community⟧". "⟦d:f|We expect construction to begin next spring,⟧" the company added.

### 004
@a Gareth Lyle-Mercer | The transport secretary
@b Fionnuala Byrne | Presenter
@c - | a Department for Transport source
The transport secretary, Gareth Lyle-Mercer, struggled on Monday morning to say when the delayed northern rail link would open, in a tense interview on Radio Castlemoor’s breakfast programme.
Presenter Fionnuala Byrne began by asking whether the line, now three years late, would be running before the next general election.
“⟦d:a|We are absolutely committed to delivering it,⟧” Lyle-Mercer said.
“⟦d:b|That isn’t what I asked.⟧”
“⟦d:a|I’m not going to give you a date this morning that the engineers haven’t given me.⟧”
“⟦d:b|So you don’t know.⟧”
“⟦d:a|I know that we are further on than we have ever been. I know the tunnelling is complete.⟧”
Byrne then asked whether the minister had ever used the replacement bus service that commuters between Ostrey and Castlemoor have relied on since 2022. He admitted he had not. “⟦d:a|That’s fair. I should, and I will,⟧” he said.
Later in the day a Department for Transport source described the interview as “⟦p:c|not his finest hour⟧” but insisted the timetable was “⟦p:c|broadly intact⟧”.

### 005
@a Roisin Achterberg | the MP for Dunmore Vale
@b Civic Union | -
@c Oliver Stanmore-Price | The party chairman
@d Helen Wachira | a former minister and one of the signatories
A letter urging the party leader to abandon plans to cut the winter fuel allowance has been leaked to the Courier, in the clearest sign yet of unrest on the Civic Union benches.
The letter, written by Roisin Achterberg, the MP for Dunmore Vale, and co-signed by 30 colleagues, warns that the cut will be "⟦p:a|impossible to defend on the doorstep⟧" and calls on the leader to "⟦p:a|think again before it is too late⟧".
"⟦d:a:m|We write as loyal colleagues who want this government to succeed. But we cannot in good conscience support a measure that will leave pensioners in our constituencies choosing between heating and eating.⟧
"⟦d:a|We urge you to pause the measure and to meet us at the earliest opportunity,⟧" the letter concludes.
Achterberg declined to comment on how the letter had reached the newspaper, but told the Courier on Sunday: "⟦d:a|I have said nothing in private that I wouldn't say in public. This is about pensioners, not about personalities.⟧"
Civic Union said in a statement that the leader "⟦p:b|values the views of all colleagues⟧". The party chairman, Oliver Stanmore-Price, was blunter. "⟦d:c|Letters to the newspapers are not how we do business in this party,⟧" he told reporters outside party headquarters. "⟦d:c|If colleagues have concerns, my door is open. It has always been open.⟧"
Helen Wachira, a former minister and one of the signatories, said the chairman had "⟦p:d|missed the point⟧". "⟦d:d|Nobody went to the newspapers. The letter was sent to the leader. Someone else chose to leak it, and it wasn't us,⟧" she said.

### 006
@a Jean-Baptiste Ouellet-Marchand | the Renewal candidate for mayor
@b Théo Lacasse | the incumbent mayor
@c - | one voter who declined to give his name
@d Mireille Dufresne | a retired teacher
On a cold market morning in the old quarter of Vallière, Jean-Baptiste Ouellet-Marchand, the Renewal candidate for mayor, worked his way along the stalls, shaking hands and switching between French and English in mid-sentence.
«⟦d:a|On ne lâche rien⟧», he told a cheese seller who asked whether he really thought he could win. “⟦d:a|We don’t give up,⟧” he translated for the reporters following him.
The 41-year-old, a former paramedic, has made the closure of the east-side emergency clinic the centre of his campaign. “⟦d:a|When that clinic shut, people in this neighbourhood lost twenty minutes. Twenty minutes is the difference between a story and a funeral,⟧” he said.
Théo Lacasse, the incumbent mayor, spent the same morning at a bus depot across the river, where he announced free transit for students. Asked about his rival’s attacks, he was dismissive. «⟦d:b|Il fait de la politique avec la peur⟧», he said — “⟦d:b|He is doing politics with fear.⟧”
“⟦d:b|The clinic was a provincial decision. I fought it, I lost, and I said so at the time. He knows that,⟧” the mayor added in English.
Back at the market, not every shopper was persuaded. “⟦d:c|They all promise the clinic. Nobody brings back the clinic,⟧” said one voter who declined to give his name.
Mireille Dufresne, a retired teacher buying leeks, said she had voted for Lacasse twice. “⟦d:d|This time I am not sure. Ask me again in two weeks,⟧” she said, laughing.

### 007
@a Anneliese Vortmann | Prime Minister
@b Kwame Asante-Boateng | the finance minister
@c - | one reporter
Prime Minister Anneliese Vortmann insisted on Friday that there would be ``⟦p:a|no return to austerity⟧'' as she unveiled spending restraints worth 6.4 billion crowns at a press conference in the capital.
Standing alongside the finance minister, Kwame Asante-Boateng, Vortmann described the package as ``⟦p:a|a responsible correction, not a change of course⟧''.
``⟦d:a|We are asking every ministry to find savings of two per cent. We are not closing hospitals. We are not cutting pensions. Anyone who says otherwise has not read the document,⟧'' she said.
Asante-Boateng said the measures would bring the deficit below three per cent of output by 2027. ``⟦d:b|The markets have been patient with us. I do not intend to test that patience,⟧'' he said.
When the floor was opened to questions, one reporter asked: ``⟦d:c|Prime minister, two per cent from every ministry. How is that not austerity?⟧''
``⟦d:a|Because austerity is a choice to shrink the state. This is a choice to keep it affordable,⟧'' Vortmann replied.
A correspondent for the Daily Ledger asked whether the finance minister had threatened to resign if the package was watered down. The two exchanged a glance before Asante-Boateng answered. ``⟦d:b|I have threatened nothing. I am still here, as you can see,⟧'' he said, to laughter.

### 008
@a Alan Quist | my predecessor
Dervla Ní Bhriain, the mayor of Brackwater, marks a year in office this week. She spoke to the Brackwater Echo about buses, budgets and the "⟦s:-|car-free Sundays⟧" row. The interview has been edited for length and clarity.
Q: A year ago you said you would fix the buses. Have you?
A: Partly. Reliability is up eleven points. But I'm not going to sit here and say the job is done, because anyone who waits for the 42 in the rain knows it isn't.
Q: Your critics say the Sunday closures are a gimmick.
A: One of the papers called it "⟦s:-|the war on Sunday⟧", which I thought was quite good, actually. But footfall in the centre is up on Sundays, not down. The traders who were most worried are now the ones asking for more of them.
Q: Is there anything you agree with your predecessor on?
A: My predecessor, Alan Quist, used to say: "⟦d:a|A city that can't run a bus can't run anything.⟧" I agree with him on that, if on nothing else.
Q: Will you stand again?
A: Ask me in a year.

### 009
@a Raymond Tait | leader of the council
@b Callum Brierley | Independent group leader
@c Vikram Sethi | the cabinet member for finance
@d - | a council spokesman
Ostrey Borough Council will raise council tax by the maximum 4.99 per cent after its budget passed on Tuesday evening, despite opposition warnings about the state of the authority’s reserves.
Raymond Tait, leader of the council, told the meeting the rise was “⟦p:a|the last thing any of us wanted⟧”. “⟦d:a|Government funding for this borough has fallen by a third in real terms. We have cut what can be cut. What is left is social care, and I will not cut social care,⟧” he said.
Independent group leader Callum Brierley said the administration had spent £18 million on a shopping centre that was now half empty. “⟦d:b|The leader talks about cuts. He didn’t cut the cheque for Riverside Walk, did he?⟧” he asked.
Vikram Sethi, the cabinet member for finance, rose to respond.
“⟦d:c|The councillor knows perfectly well that the Riverside purchase was approved by every group on this council, including his own.⟧”
Brierley shouted something from his seat that was not picked up by the microphones. “⟦d:c|I’ll take that as a yes,⟧” Sethi said.
After the vote a council spokesman said the average Band D household would pay an extra £94 a year. “⟦d:d|We know this is a lot to ask of residents at a difficult time,⟧” he said.

### 010
@a Imogen Rathbone | the MP for Carrick West
@b Progress Alliance | -
@c Nadia El-Amrani | the association's chair
@d - | One member who attended the meeting
Imogen Rathbone, the MP for Carrick West, has been deselected by her local party after 14 years in Parliament, and announced on social media that she would fight the seat as an independent.
"⟦d:a|Tonight a room of 61 people decided that 40,000 voters don't get a say. I think the voters should get a say. So I'm standing,⟧" Rathbone wrote in a post on Thursday night.
The Progress Alliance said the selection had been conducted "⟦p:b|in full accordance with party rules⟧".
Nadia El-Amrani, the association's chair, said members had wanted "⟦p:c|a fresh start⟧". "⟦d:c|Imogen has served this constituency with real dedication and we thank her for it. But the membership has spoken, and it has spoken clearly,⟧" she said.
One member who attended the meeting said the vote had been 38 to 23. "⟦d:d|It wasn't close. People felt she had stopped turning up,⟧" the member said.
Rathbone disputes that. In a second post on Friday morning she listed the 212 constituency surgeries she had held since 2019. "⟦d:a|I'll let people judge for themselves who turned up,⟧" she wrote.

### 011
@a Dominic Arceneaux | the governor's nominee for the state Supreme Court
@b Harlan Voss | the committee's ranking member
@c Wes Teague | The committee's chairman
Judge Dominic Arceneaux, the governor's nominee for the state Supreme Court, declined on Wednesday to say whether he would recuse himself from cases involving his former law firm, drawing pointed questions from members of the Senate Judiciary Committee.
Sen. Harlan Voss, the committee's ranking member, returned to the subject four times. ``⟦d:b|Judge, it's a yes-or-no question. If Pruett & Lowe appears before your court, do you step aside?⟧''
``⟦d:a|Senator, I will follow the code of judicial conduct in every case, as I have for nine years on the appellate bench,⟧'' Arceneaux said.
``⟦d:b|That's not a yes or a no.⟧''
``⟦d:a|It's the honest answer.⟧''
The committee's chairman, Sen. Wes Teague, intervened to let the nominee finish. Teague later told reporters he expected Arceneaux to be confirmed ``⟦p:c|comfortably⟧''. ``⟦d:c|He's qualified, he's been vetted, and I haven't heard anything today that changes that,⟧'' Teague said.
Voss was less certain. ``⟦d:b|I came in undecided. I'm leaving more undecided, if that's possible,⟧'' he said.

### 012
@a Tamsin | a first-time canvasser for the Green Commons party
@b Josh | Her canvassing partner
@c - | a man in a dressing gown
@d Bernard Ekwueme | the party's candidate
It is raining on Wheelwright Close, and Tamsin, a first-time canvasser for the Green Commons party, has been told to go away three times in ten minutes.
"⟦d:a|You get used to it. Honestly, the ones who shout are better than the ones who just look at you,⟧" says the 19-year-old, pushing a leaflet through the next letterbox.
Her canvassing partner, Josh, keeps a tally on his phone. "⟦d:b|Seven 'not interested', two 'maybe', one 'get off my drive'. That's a good night,⟧" he says.
At number 14 a man in a dressing gown opens the door before they can knock. "⟦d:c|If you're from the council about the bins, I've already complained,⟧" he says. Told they are not, he takes a leaflet anyway.
Bernard Ekwueme, the party's candidate in Ashcombe, catches up with them at the end of the street, umbrella-less and soaked.
"⟦d:d|These two are worth ten of me. People will slam the door on a politician. They are much less likely to slam it on a teenager who is getting rained on,⟧" he says.
Tamsin rolls her eyes. "⟦d:a|He says that every week,⟧" she says.

### 013
@a Liesl van der Merwe | the Liberal Forum candidate
@b Constance Adeyemi-Hart | -
@c Gordon Pascoe | The moderator
The two leading candidates in the Pellingford South by-election clashed over housing and the closure of the town’s maternity unit in a televised debate on Tuesday night that at times descended into shouting.
Liesl van der Merwe, the Liberal Forum candidate, accused her opponent of having “⟦p:a|voted to close the unit and then campaigned to save it⟧”.
“⟦d:b|That is simply untrue,⟧” said Constance Adeyemi-Hart, who is defending the seat for the Civic Union. “⟦d:b|I voted against the trust’s proposals at every stage. Ms van der Merwe knows that, because I sent her the minutes.⟧”
“⟦d:a|You sent me the minutes of a meeting you didn’t attend,⟧” van der Merwe replied.
The moderator, Gordon Pascoe, tried to move the discussion on. “⟦d:c|Let’s give viewers something other than minutes. Ms Adeyemi-Hart, ninety seconds on housing.⟧”
She used them to promise 600 affordable homes on the former barracks site north of the ring road. “⟦d:b|It is ready to go,⟧” she said, “⟦d:b|and it can be done within one parliament.⟧”
Van der Merwe was unconvinced. “⟦d:a|I’ve lived in this town all my life. I’ve been hearing about those barracks since I was at school,⟧” she said.
At the end of the hour Pascoe asked each candidate to name one thing she admired about the other. After a long pause, Adeyemi-Hart said: “⟦d:b|Her stamina.⟧” Van der Merwe laughed. “⟦d:a|Her filing,⟧” she said.

### 014
@a Schools Workforce Union | -
@b Maryam Qureshi | the union's general secretary
@c Ministry of Schools | -
@d Gerwyn Pritchard | headteacher of Marlow Road Primary in Kellsmoor
Teachers in 1,200 schools will strike next month after the Schools Workforce Union rejected a pay offer of 3.1 per cent, the union announced on Monday.
The union said its members had voted by 81 per cent to take action, on a turnout of 58 per cent. "⟦d:a|Our members have been left with no choice,⟧" it said in a statement. "⟦d:a|Real-terms pay has fallen for most of the last decade, and schools cannot recruit.⟧"
Maryam Qureshi, the union's general secretary, said she remained "⟦p:b|ready to talk, any day, any hour⟧". "⟦d:b|What I am not ready to do is tell a teacher with eight years' experience that she should be grateful for a pay cut,⟧" she told a rally in Brackwater.
The Ministry of Schools said the offer was "⟦p:c|fair and affordable⟧" and warned that strike action would "⟦p:c|damage children's education⟧". "⟦d:c|The minister's door remains open, but the offer will not be improved,⟧" the ministry said.
Gerwyn Pritchard, headteacher of Marlow Road Primary in Kellsmoor, said parents would be given at least a fortnight's notice of any closure. "⟦d:d|Most of my staff will strike. I won't be crossing a picket line to tell them they're wrong,⟧" he said.

### 015
@a Rhiannon Llwyd | the cabinet member for education
@b Geraint Mostyn | a Reform Union councillor
@c Dafydd ap Hywel | an Independent councillor for Llanfechan who went to the school himself
A proposal to convert Ysgol Bryn Hafod in Llanfechan to Welsh-medium teaching was approved by Cwm Tawel council on Thursday after an emotional debate in which several members spoke in Welsh.
Rhiannon Llwyd, the cabinet member for education, opened the debate in Welsh. “⟦d:a|Mae’r iaith yn perthyn i bawb, nid i rai ohonom yn unig,⟧” she said — “⟦d:a|The language belongs to everyone, not only to some of us.⟧”
“⟦d:a|Every child in Llanfechan deserves the chance to grow up bilingual. That is what this proposal offers,⟧” she continued in English.
Geraint Mostyn, a Reform Union councillor, said he supported the language but not the timetable. “⟦d:b|Parents were given six weeks. Six weeks, to decide how their children will be educated for the next seven years,⟧” he said. “⟦d:b|I’ve had families in tears at my surgery.⟧”
Dafydd ap Hywel, an Independent councillor for Llanfechan who went to the school himself, said he had some sympathy with that view.
“⟦d:c|I was one of those children who went home to a house with no Welsh in it. I learnt it at Bryn Hafod, and it changed my life,⟧” he said. “⟦d:c|Councillor Mostyn is right that the consultation was rushed. He is wrong that it should stop us.⟧”
The proposal passed by 38 votes to 17. Llwyd said afterwards that a fund would be set up to help families who wanted to keep their children in English-medium education elsewhere. “⟦d:a|Nobody will be forced into anything,⟧” she said.

### 016
@a Malcolm Hendry | The chief constable of Castlemoor Police
@b Yvonne Asher | -
@c Leon Marsh-Whitby | the police and crime commissioner
@d Castlemoor Police | -
The chief constable of Castlemoor Police apologised to MPs on Tuesday for what he called "⟦p:a|a serious and sustained failure⟧" in the handling of emergency calls, after figures showed that one in five 999 calls last winter had gone unanswered for more than a minute.
Sir Malcolm Hendry told the home affairs committee that the force had lost 140 call handlers in two years. "⟦d:a|We did not see it coming quickly enough, and when we did see it, we did not act quickly enough. That is on me,⟧" he said.
Dame Yvonne Asher, who chairs the committee, asked whether anyone had died as a result of the delays. There was a long silence before he answered.
"⟦d:a:m|I can't say that with certainty, and I don't want to give the committee an answer I might have to correct. There are three cases currently with the independent office.⟧
"⟦d:a:m|What I can say is that every one of those families will get a full explanation from me personally, whatever the outcome.⟧
"⟦d:a|I have already met two of them.⟧"
Asher said that was "⟦p:b|not good enough⟧" and asked the police and crime commissioner, Leon Marsh-Whitby, why he had not raised the alarm sooner.
"⟦d:c|I did raise it. I raised it in writing in March and again in June, and I'll happily share those letters with the committee,⟧" Marsh-Whitby said.
"⟦d:b|Please do,⟧" Asher replied.
Castlemoor Police later said that average answer times had fallen to 14 seconds. "⟦d:d|We are recruiting and training call handlers at the fastest rate in the force's history,⟧" its statement said.

### 017
@a Fenella Stroud | the permanent secretary at the Department for Rural Affairs
@b - | one government source
@c Department for Rural Affairs | -
@d Thomas Brennan-Kühn | the shadow rural affairs secretary
A senior civil servant warned ministers that a flagship flood-defence programme was “⟦p:a|undeliverable on current funding⟧”, according to an internal memo seen by the Courier.
The memo, written in September by Fenella Stroud, the permanent secretary at the Department for Rural Affairs, says that 112 of the 300 promised schemes “⟦p:a|have no realistic prospect of completion⟧” before 2030.
“⟦d:a|Ministers should be under no illusion. Without an additional £1.4bn the programme as announced will not be delivered, and we should prepare now for the presentational consequences,⟧” Stroud wrote.
According to one government source, the memo was “⟦p:b|read, discussed and then quietly ignored⟧”. Ministers have continued to cite the figure of 300 schemes in speeches as recently as last week.
The Department for Rural Affairs said it did not comment on leaked documents. “⟦d:c|The flood programme is the largest in a generation and we remain fully committed to it,⟧” a statement from the department said.
Thomas Brennan-Kühn, the shadow rural affairs secretary, said the memo was damning.
“⟦d:d|For a year ministers have stood in flooded villages promising people protection they knew they couldn’t provide. That’s not a presentational consequence. That’s a scandal,⟧” he said.

### 018
@a Rosalind Farrant | The shadow chancellor
@b Sunniva Dahl | -
@c - | a Treasury spokesperson
The shadow chancellor, Rosalind Farrant, refused on Sunday to rule out raising capital gains tax if her party wins the election, in an interview in which she was repeatedly pressed on how its spending plans would be paid for.
Appearing on Sunday Agenda, Farrant told Sunniva Dahl that every commitment in the manifesto would be "⟦p:a|fully costed and fully funded⟧".
"⟦d:b|Then tell viewers how. Capital gains tax: up, or not?⟧" Dahl asked.
"⟦d:a|I'm not going to write a budget on a Sunday morning television programme.⟧"
"⟦d:b|You've written quite a lot of it on this programme already.⟧"
Farrant laughed. "⟦d:a|That's fair. Look, what I will say is that those with the broadest shoulders will carry the most weight, and that working people will not see their income tax go up.⟧"
Dahl pressed her on whether that promise extended to national insurance. She said that it did, and that the party would set out its figures "⟦p:a|well before polling day⟧".
Later in the programme a Treasury spokesperson said Farrant's plans contained "⟦p:c|a £20 billion black hole⟧". "⟦d:c|Until she answers the question, voters are entitled to assume the worst,⟧" the spokesperson said.

### 019
@a Lorraine Beaumont-Díaz | Mayor
@b Marcus Dell | a pastor whose church sits two blocks from the site
@c - | a man in the third row
@d Terrence Ojukwu | one of the two no votes
@e Abigail Szymanski | The city attorney
The Harlow Falls City Council voted 5-2 late Monday to open a 90-bed shelter on Grange Street, ending a seven-month fight that has divided the city's east side.
Mayor Lorraine Beaumont-Díaz, who had lobbied for the plan since the spring, called the vote "⟦p:a|the right thing, done the hard way.⟧"
More than 80 people signed up to speak. Marcus Dell, a pastor whose church sits two blocks from the site, said his congregation had fed people on Grange Street for 20 years. "⟦d:b|They are already our neighbors. The only question tonight is whether they sleep inside,⟧" he said.
Others were less welcoming. "⟦d:c|You don't live here. You don't have to walk your kids past it,⟧" a man in the third row shouted at council members before he was asked to leave.
Council member Terrence Ojukwu, one of the two no votes, said he supported a shelter but not on Grange Street. "⟦d:d|I was elected by the people on that street. I'd be lying to them if I told them they were wrong to be worried,⟧" he said.
The city attorney, Abigail Szymanski, reminded council members that a federal court ruling left them little room to keep clearing encampments without offering beds. "⟦d:e|If the city doesn't provide the beds, the court will keep telling us what we can't do on our own sidewalks,⟧" she said.
Beaumont-Díaz, speaking to reporters after the vote: "⟦d:a|Nobody got everything they wanted tonight. That's usually how you know it's a decent compromise.⟧"

### 020
@a Castle Row | -
@b - | the prime minister’s official spokesman
@c - | One journalist
@d Edward Lisle | the chancellor
Castle Row insisted on Tuesday that the prime minister had “⟦p:a|full confidence⟧” in the chancellor, as speculation grew that Edward Lisle would be moved in next month’s reshuffle.
At the regular lobby briefing, the prime minister’s official spokesman was asked about Lisle’s future eleven times. “⟦d:b|The chancellor is doing an excellent job and the prime minister wants him to carry on doing it,⟧” he said.
One journalist asked: “⟦d:c|Will he still be chancellor at Christmas?⟧”
“⟦d:b|I’m not going to get into hypotheticals about Christmas.⟧”
“⟦d:c|It’s six weeks away. It’s not very hypothetical.⟧”
The home secretary, Naomi Pradhan, who is widely tipped as a possible replacement, declined to comment when approached by reporters outside her department.
Lisle himself, visiting a bakery equipment factory in Ostrey, appeared relaxed. Asked whether he expected to keep his job, he said: “⟦d:d|I’ve got a budget to write. I intend to write it.⟧”

### 021
@a Ursula Ruckstuhl-Gähwiler | the municipal president
@b Reto Näf | a dairy farmer who leads the No campaign
@c Alpwind AG | The energy company
@d - | One elderly voter
Voters in the mountain village of Oberschwanden will decide on Sunday whether to allow six wind turbines on the ridge above their homes, in a referendum that has split families and filled the letters page of the local paper for months.
Ursula Ruckstuhl-Gähwiler, the municipal president, has backed the project from the start. «⟦d:a|Wir können nicht immer nur Nein sagen⟧», she told a packed information evening in the school gym on Thursday. «⟦d:a|We cannot always just say no.⟧»
The village would receive about 400,000 francs a year in lease payments. «⟦d:a|That is a new roof for the school and a doctor’s surgery that stays open. I would like the No side to tell me where else that money comes from⟧», she said.
Reto Näf, a dairy farmer who leads the No campaign, said the turbines would be visible from every pasture in the valley. «⟦d:b|My grandfather built these terraces with his own hands. I am not going to look at them through a wind farm⟧», he said.
The energy company Alpwind AG, which would build and operate the turbines, said in a written statement that it had «⟦p:c|listened carefully to local concerns⟧» and cut the number of turbines from nine to six. «⟦d:c|Six turbines is the minimum at which the project remains viable⟧», the company said.
One elderly voter, leaving the meeting on a walking frame, said she had not yet made up her mind. «⟦d:d|Ask me on Sunday morning. Maybe not even then⟧», she said.

### 022
@a Patrick Haldane | the justice minister
@b Nathaniel Crewe | the Reform Union member for Harrowden
@c Aurelio Mancini | the Liberal Forum's justice spokesman
The government's sentencing bill cleared its second reading by 41 votes on Monday, but only after the justice minister, Patrick Haldane, was forced to promise a review of its most controversial clause.
Opening the debate, Haldane said the bill would "⟦p:a|end the revolving door⟧" between short prison terms and reoffending. "⟦d:a|Short sentences do not work. Every study the department has commissioned in the last fifteen years tells us that,⟧" he said.
He had barely begun the second half of his speech when Nathaniel Crewe, the Reform Union member for Harrowden, rose to intervene. "⟦d:b|Will the minister give way?⟧"
"⟦d:a|I will, briefly.⟧"
"⟦d:b|Can he tell the House how many of the offenders who would be released early under clause nine have convictions for domestic abuse?⟧"
Haldane said the figure was still being compiled. Crewe shook his head. "⟦d:b|Then he is asking us to vote blind,⟧" he said.
Aurelio Mancini, the Liberal Forum's justice spokesman, said his party would support the bill at second reading "⟦p:c|with our eyes open⟧". "⟦d:c|We agree with the principle. We do not agree with clause nine as drafted, and we will seek to amend it,⟧" he said.
Closing the debate, Haldane said he would ask officials to review the clause before the committee stage. "⟦d:a|I have heard the concerns on both sides of the House, and I am not too proud to listen to them,⟧" he said.

### 023
@a Julian Redfern | The prime minister
@b Agnieszka Wróbel | leader of the opposition
@c Tom Aldous-Ward | Her son
@d - | A former aide who worked for her at the Foreign Office
Tributes have been paid across the political spectrum to Cecily Aldous-Ward, the former foreign secretary, who has died at the age of 88.
The prime minister, Julian Redfern, said she had been “⟦p:a|a giant of her generation⟧” and “⟦p:a|a formidable opponent and a generous friend⟧”.
“⟦d:a|She was the first person to tell you when you had got something wrong, and usually the first to help you put it right,⟧” he said in a statement.
Agnieszka Wróbel, leader of the opposition, who served as a junior minister under Aldous-Ward in the 1990s, recalled her first day at the department.
“⟦d:b|She handed me a briefing of two hundred pages and said she would test me on it in the morning. She did. I failed,⟧” Wróbel said. “⟦d:b|She gave me another one.⟧”
Her son, Tom Aldous-Ward, wrote on social media that his mother had died peacefully at home in Lanmouth. “⟦d:c|She was reading the papers and complaining about all of you until the last week,⟧” he wrote.
A former aide who worked for her at the Foreign Office said: “⟦d:d|People remember the steel. The staff remember that she knew all their children’s names.⟧”

### 024
@a Maureen Adair | a former Civic Union councillor
@b Kofi Mensah-Bright | her old sparring partner
For sixteen years Maureen Adair, a former Civic Union councillor, and her old sparring partner, Kofi Mensah-Bright, sat on opposite sides of the council chamber in Brackwater and, by their own account, agreed on almost nothing.
Now in their seventies, they run the food pantry at St Ninian's church hall together every Tuesday and Friday.
"⟦d:a|We couldn't stand each other,⟧" says Maureen, stacking tins of chickpeas.
"⟦d:b|That's not true. I couldn't stand her. She quite liked me,⟧" says Kofi.
"⟦d:a|I did not.⟧"
"⟦d:b|She voted for my motion on the swimming baths.⟧"
"⟦d:a|Because it was the only sensible thing you ever proposed.⟧"
The pantry began in 2020, when both had retired from the council and, separately, turned up to volunteer on the same morning. Kofi remembers seeing her in the queue for the tea urn. "⟦d:b|I thought, well, that's my retirement ruined,⟧" he says.
Maureen is more serious when asked how two people who spent their careers arguing now work side by side.
"⟦d:a|Hunger isn't left or right. You'd be amazed how little the rest of it matters when someone comes in with three kids and nothing in the fridge,⟧" she says.

### 025
@a Lucian Ferreira | -
@b Ansel Kruger | an ecologist who has surveyed the wood since 2011
@c Siobhán Kearney-Walsh | chair of the campaign group Save Hollins Wood
@d Helen Trask | The planning inspector
A public inquiry into plans for a 60-acre logistics park beside Hollins Wood opened in Ostrey on Tuesday, with the developer’s barrister arguing that the council’s refusal had been “⟦p:a|driven by sentiment, not evidence⟧”.
Lucian Ferreira KC, for Meridian Freight, said councillors had ignored the advice of their own officers. “⟦d:a|The officers recommended approval. The councillors disagreed. They were entitled to, but they were not entitled to do so without reasons,⟧” he said.
Dr Ansel Kruger, an ecologist who has surveyed the wood since 2011, gave evidence for the council. “⟦d:b|There are at least four species of bat roosting within two hundred metres of the proposed loading bays. The lighting alone would be enough to drive them out,⟧” he told the inquiry.
Under cross-examination, Ferreira put it to him that the effect could be managed.
“⟦d:a|Would you accept, Dr Kruger, that a sensitive lighting scheme could mitigate that harm?⟧”
“⟦d:b|I would accept that it could reduce it. I wouldn’t use the word mitigate.⟧”
Outside the hall, Siobhán Kearney-Walsh, chair of the campaign group Save Hollins Wood, said more than 3,000 people had lodged objections. “⟦d:c|This isn’t sentiment. It’s three thousand people who walk in that wood every week,⟧” she said.
The planning inspector, Helen Trask, said she would visit the site on Thursday. “⟦d:d|I will walk the public footpaths unaccompanied first, and then walk the site itself with both parties,⟧” she said. The inquiry is expected to last eight days.

### 026
@a Clive Hartigan | The leader of Lanmouth City Council
@b Brenda | -
@c Sanjay | a taxi driver from the Docks
@d Ruth Amankwah | Presenter
The leader of Lanmouth City Council, Clive Hartigan, faced a barrage of complaints about the switch to fortnightly bin collections when he took calls from listeners on Radio Lanmouth on Wednesday.
``⟦d:a|I'm not going to pretend it's been smooth. It hasn't,⟧'' Hartigan said at the start of the hour-long programme.
The first caller, Brenda, from Lanmouth Hill, said her street had been missed three times in six weeks. ``⟦d:b|I've got two grandchildren in nappies staying with me. You can imagine what my back yard smells like,⟧'' she said.
``⟦d:a|Brenda, I'm genuinely sorry. If you give the producers your address, I'll have someone out to you today.⟧''
``⟦d:b|You said that to my neighbour last week.⟧''
Sanjay, a taxi driver from the Docks, was more sympathetic. ``⟦d:c|Everybody shouts at the council. Nobody shouts at the government that cut the council's money,⟧'' he said.
Presenter Ruth Amankwah asked Hartigan whether he would reverse the change if the complaints continued. ``⟦d:a|No. It saves us three million pounds a year, and that money is keeping two libraries open,⟧'' he said. ``⟦d:a|But we will get the collections right. I'll come back on this programme in a month and you can hold me to that.⟧''
``⟦d:d|We will,⟧'' Amankwah said.

### 027
@a Josephine Mallory | the Commissioner for Parliamentary Standards
@b Derek Ironside | the MP for Lanmouth East
@c Progress Alliance | -
@d Yusuf Demir | -
Derek Ironside, the MP for Lanmouth East, faces a 21-day suspension from Parliament after the standards watchdog found he had claimed £14,600 in rent on a flat owned by his partner's company.
In a 48-page report published on Thursday, the Commissioner for Parliamentary Standards, Josephine Mallory, said Ironside had shown "⟦p:a|a persistent disregard⟧" for the rules and had been "⟦p:a|less than candid⟧" with her inquiry.
"⟦d:a|Mr Ironside's explanation changed three times in the course of this investigation. I am unable to accept that a member of his experience did not understand the rules,⟧" she wrote.
Ironside, who has repaid the money, said in a statement that he apologised "⟦p:b|unreservedly⟧". "⟦d:b|I made a mistake, I did not seek advice when I should have, and I accept the consequences in full,⟧" he said. He added: "⟦d:b|I have never sought to profit from public office.⟧"
The Progress Alliance has suspended the whip from him pending a vote of the House. "⟦d:c|The standards expected of our MPs are high, and they are not optional,⟧" the party said.
Yusuf Demir, who chairs the standards committee, said the suspension would be put to MPs next week. "⟦d:d|The committee was unanimous. I hope the House will be too,⟧" he said.

### 028
@a Pauline Grieve | the returning officer
@b Tariq Hollander | a 29-year-old former youth worker
@c Geoffrey Linton-Bayliss | the defeated MP
Shortly after 4am, in a sports hall in Harrowden, the returning officer, Pauline Grieve, read out the result that few in the room had expected. “⟦d:a|I hereby declare that Tariq Hollander is duly elected as the Member of Parliament for Harrowden and Ashby,⟧” she said, before her voice was drowned out by cheering.
Hollander, a 29-year-old former youth worker, overturned a majority of more than 11,000. His supporters chanted “⟦s:-|Ta-riq! Ta-riq!⟧” as he took the stage.
“⟦d:b|Six months ago nobody in this room knew my name, apart from my mum, and she’s here somewhere,⟧” he said. “⟦d:b|Harrowden has voted for change. Now I have to go and deliver it.⟧”
Geoffrey Linton-Bayliss, who had held the seat since 2001, congratulated his opponent and thanked his staff. “⟦d:c|Twenty-three years is a long time. It has been the privilege of my life,⟧” the defeated MP said.
Asked afterwards whether his party’s national campaign had cost him the seat, he paused. “⟦d:c|I think that’s a conversation for another day,⟧” he said.

### 029
@a Norman Fitch | the chairman of Little Wending Parish Council
@b Gillian Ashe | the parish clerk
@c Penelope Rusk | a councillor for eleven years
@d - | A district council spokeswoman
A parish council meeting in the village of Little Wending has been watched more than two million times online after it descended into a row over who had the authority to open it.
The footage, filmed on a councillor's phone and posted on Friday, shows the chairman of Little Wending Parish Council, Norman Fitch, telling the parish clerk, Gillian Ashe, that she is "⟦p:a|out of order⟧".
"⟦d:b|I'm not out of order, Norman. I'm the clerk. I'm the only one here who has read the standing orders,⟧" she replies.
"⟦d:a|You have no authority at this meeting.⟧"
"⟦d:b|Read the standing orders.⟧"
Penelope Rusk, a councillor for eleven years, can be heard in the background: "⟦d:c|Oh, for heaven's sake. Can we just talk about the bus shelter?⟧"
Fitch told the Wending Gazette on Saturday that he regretted the exchange. "⟦d:a|Tempers were frayed. I've apologised to Gillian and she has accepted it, which is more than I deserve,⟧" he said.
Ashe said she had "⟦p:b|no hard feelings⟧" but was considering her position.
A district council spokeswoman said: "⟦d:d|We have offered the parish council training on meeting procedure, and that offer has been accepted.⟧"

### 030
@a Catalina Restrepo Ibarra | Costa Alta's foreign minister
@b Aled Pengelly | The foreign secretary
@c - | a reporter from the public broadcaster
The foreign secretary, Aled Pengelly, and his Costa Altan counterpart signed a fisheries and trade agreement in Lanmouth on Monday, ending a six-year dispute over access to the Banco Verde fishing grounds.
Catalina Restrepo Ibarra, Costa Alta's foreign minister, spoke through an interpreter for most of the joint press conference. "⟦d:a|This agreement shows that two countries of very different size can negotiate as equals,⟧" she said.
Pengelly called the deal "⟦p:b|a model for how disputes between friends should be settled⟧". "⟦d:b|It took longer than either of us would have liked. But nobody walked away, and that matters,⟧" he said.
Then a reporter from the public broadcaster turned to Restrepo. "⟦d:c|Minister, your fishing communities say they have been sold out. What do you say to them?⟧"
She answered in Spanish. "⟦d:a|Nadie ha sido vendido. Los pescadores de Puerto Salinas tendrán más cuota que antes, no menos,⟧" she said. "⟦d:a|Nobody has been sold out. The fishermen of Puerto Salinas will have more quota than before, not less,⟧" the interpreter rendered it.
At the close she switched to English. "⟦d:a|Thank you, Aled. Next time we sign in Puerto Salinas, and you will eat our fish,⟧" she said, to laughter.

### 031
@a Ingrid Solvang | chief executive of the Castlemoor Health Trust
@b Bethan Morgan-Reece | the chair
@c Margaret Olawale | the region's patients' commissioner
The head of the region's largest hospital trust admitted on Wednesday that some cancer patients were waiting "⟦p:a|far longer than is acceptable⟧" for treatment, as MPs on the health committee questioned her about missed targets.
Professor Ingrid Solvang, chief executive of the Castlemoor Health Trust, told the committee, which is chaired by Bethan Morgan-Reece, that 38 per cent of patients referred urgently in the last quarter had waited more than 62 days.
"⟦d:a|Behind every one of those numbers is a person who is frightened. I don't lose sight of that,⟧" Solvang said.
"⟦d:b|With respect, Professor, they don't need you not to lose sight of it. They need to be seen,⟧" the chair said.
"⟦d:a|I agree with that entirely.⟧"
Margaret Olawale OBE, the region's patients' commissioner, said she had received more than 900 complaints about the trust in a year, many from families describing "⟦p:c|a system that has stopped answering the phone⟧".
"⟦d:c|I had a woman in my office last month who had rung the booking line 41 times. She brought her phone bill in to show me,⟧" Olawale told MPs.
Asked by Morgan-Reece whether she had confidence in the trust's leadership, Olawale hesitated. "⟦d:c|I have confidence in Professor Solvang's honesty. I'm not yet convinced that the honesty is being turned into results,⟧" she said.

### 032
@a Ravi Dhillon | Chief Inspector
@b Sorcha Tierney | an organiser with Climate Reckoning
@c Climate Reckoning | -
@d Anthony Pelham | the MP for Ostrey Central
@e - | One 67-year-old protester
Police arrested 46 people outside the Assembly on Thursday after climate protesters glued themselves to the railings and blocked the main entrance for more than five hours.
Demonstrators carried banners reading “⟦s:-|No Future In Fossils⟧” and chanted “⟦s:-|Act now, not later⟧” as members arrived for the morning sitting.
Chief Inspector Ravi Dhillon, who led the operation, said officers had “⟦p:a|shown considerable patience⟧”. “⟦d:a|People have a right to protest. They do not have a right to stop elected members from doing their jobs,⟧” he said.
Sorcha Tierney, an organiser with Climate Reckoning, said the group had run out of alternatives. “⟦d:b|We tried letters. We tried marches. We tried petitions with half a million names on them. Nobody in that building listened until today,⟧” she said.
Climate Reckoning later said in a statement that it would “⟦p:c|return as often as it takes⟧”.
Anthony Pelham, the MP for Ostrey Central, who was among those delayed, was unsympathetic. “⟦d:d|I had constituents waiting for me in there, including a man whose son has cancer. I don’t think he cared very much about the railings,⟧” he said.
One 67-year-old protester, led away by two officers, called out to reporters as she passed: “⟦d:e|I have grandchildren!⟧”

### 033
@a Conrad Ashby | the business secretary
@b Piers Okonedo | the energy minister
@c Department for Business | -
@d - | a department spokesman
@e - | A source close to Okonedo
Private messages between two ministers, leaked to the Courier, show the business secretary describing the government's own home insulation scheme as "⟦p:a|a shambles⟧" weeks before he defended it in Parliament.
The exchange took place in February between Conrad Ashby, the business secretary, and Piers Okonedo, the energy minister, on a messaging app.
"⟦d:b|Numbers out tomorrow. 9k homes against a target of 60k. Not great,⟧" Okonedo wrote.
"⟦d:a|Not great is generous. It's a shambles. Who signed off the contractor?⟧" Ashby replied.
"⟦d:b|Your department, I think.⟧"
"⟦d:a|Then let's not put that in the press release.⟧"
Three weeks later Ashby told MPs the scheme was "⟦p:a|delivering real results for real families⟧".
The Department for Business said the messages had been "⟦p:c|selectively presented⟧" and that the scheme had since insulated more than 40,000 homes. "⟦d:d|Ministers are rightly frank with each other in private. That is how problems get fixed,⟧" a department spokesman said.
A source close to Okonedo said the energy minister had "⟦p:e|raised concerns repeatedly⟧" and had "⟦p:e|nothing to be embarrassed about⟧".

### 034
@a Declan Fairweather | the Civic Union candidate for mayor of Castlemoor
@b Ian Prothero | the interviewer
@c Naledi Fourie | The Green Commons candidate
Declan Fairweather, the Civic Union candidate for mayor of Castlemoor, was challenged on Thursday over his pledge to scrap the city's clean air zone, in a combative interview on Castlemoor Today.
Fairweather told Ian Prothero that the zone had ``⟦p:a|punished working people for driving to work⟧''.
``⟦d:b|Your own campaign's figures say air quality in the zone has improved by a fifth,⟧'' the interviewer said.
``⟦d:a|Air quality has improved everywhere. Cars are cleaner. That's not the zone, that's engineering.⟧''
``⟦d:b|So if you scrap it, nothing changes?⟧''
``⟦d:a|Nothing changes except that a plumber in Westgate stops paying twelve pounds a day to go to work.⟧''
Prothero then put to him a letter from 40 doctors at Castlemoor General warning that childhood asthma admissions would rise. Fairweather said he respected the doctors but disagreed with them.
``⟦d:a|I'd say to those doctors, come and talk to me. I'm not anti-science. I'm against charging people for being poor,⟧'' he said.
The Green Commons candidate, Naledi Fourie, said afterwards that the plan would be ``⟦p:c|a disaster for children's lungs⟧''.

### 035
@a Hugo Stanbridge | the prisons minister
@b Freya Lindqvist | the Green Commons MP for Lanmouth West
The number of prisoners released in error rose to 184 last year, the highest figure on record, according to a written parliamentary answer published on Monday.
Replying to a question from Freya Lindqvist, the Green Commons MP for Lanmouth West, the prisons minister, Hugo Stanbridge, wrote: “⟦d:a|Every release in error is one too many. The department has introduced additional checks at the point of discharge and will publish an update in the spring.⟧”
Lindqvist said the answer was “⟦p:b|a masterclass in saying nothing⟧”. “⟦d:b|Eighty-odd words and not one of them explains why this keeps happening,⟧” she said.

### 036
@a Giulia Fontanarosa | the 38-year-old architect
@b Salvatore Dell'Acqua | the outgoing mayor
@c Rosa | -
In the piazza of Montevalle, a hill town of 9,000 people that has voted for the same party for thirty years, Giulia Fontanarosa is trying to make history.
«⟦d:a|Questa città merita di respirare⟧», the 38-year-old architect told a crowd of a few hundred on Saturday evening. «⟦d:a|This town deserves to breathe.⟧»
She is running as the centre-left candidate against Salvatore Dell'Acqua, the outgoing mayor, who is seeking a third term. Her campaign has focused on the traffic that clogs the medieval centre. «⟦d:a|My grandmother could walk to the market. My daughter can't cross the road⟧», she said.
Dell'Acqua, holding court in a bar on the other side of the square, was unworried. «⟦d:b|Signora Fontanarosa is a good architect. But Montevalle is not a drawing⟧», he said.
To his supporters he offered a simple record. «⟦d:b|Ho fatto le strade, ho fatto la scuola. Adesso faccio la piscina⟧», he told them. «⟦d:b|I built the roads, I built the school. Now I will build the pool.⟧»
Rosa, who sells fruit at the bottom of the square, said she had not decided. «⟦d:c|They both come and buy my peaches before an election. After the election, nobody buys peaches⟧», she said.

### 037
@a Esme Kowalczyk | a pupil at St Bride's Primary
@b Harriet Okeke | the cabinet member for culture
@c Lynne Castellano | the Liberal Forum group leader
@d Kasia Kowalczyk | Esme's mother
Five of Lanmouth's fourteen libraries will close next year after the council's cabinet approved cuts on Tuesday, despite a petition signed by more than 22,000 people.
The petition, titled "⟦s:-|Don't Close the Book on Lanmouth⟧", was presented by Esme Kowalczyk, a pupil at St Bride's Primary, who read a short speech she had written herself. "⟦d:a|My library is where I learned to read. If you close it, where will the next me go?⟧" she asked the cabinet.
Harriet Okeke, the cabinet member for culture, said the decision had been "⟦p:b|the hardest of my time in office⟧". "⟦d:b|I love libraries. I wouldn't be sitting here without them. But I have a budget that is £31 million short, and I am being asked to choose between books and care for elderly people,⟧" she said.
Lynne Castellano, the Liberal Forum group leader, said the council had not looked seriously at community-run libraries. "⟦d:c|She says she loves libraries. Loving them isn't the same as fighting for them,⟧" Castellano said.
Okeke replied that community options had been explored for three of the five branches. "⟦d:b|If Councillor Castellano has a volunteer army ready to run Eastfield library five days a week, I would be delighted to meet it,⟧" she said.
Afterwards Esme's mother, Kasia Kowalczyk, said her daughter had been "⟦p:d|very brave⟧". "⟦d:d|She practised that speech every night for a week,⟧" she said.

### 038
@a Harland Components | -
@b Dev Raghunathan | regional secretary of the Allied Metalworkers Union
@c Fiona Gallacher | the MP for Kellsmoor and Dene
@d - | One worker who asked not to be named
Harland Components will close its Kellsmoor plant with the loss of 620 jobs, the company announced on Wednesday, blaming energy costs and the loss of a major contract.
In a statement, Harland Components said the decision had been taken “⟦p:a|with enormous regret⟧”. “⟦d:a|We have explored every option to keep the site open. Unfortunately, it is no longer viable,⟧” the company said.
Dev Raghunathan, regional secretary of the Allied Metalworkers Union, said the workforce had been told by email. “⟦d:b|Six hundred people, some of whom have given thirty years to that plant, found out they were losing their jobs from an email sent at 7.14 in the morning,⟧” he said. “⟦d:b|That tells you everything about how this company values them.⟧”
Fiona Gallacher, the MP for Kellsmoor and Dene, has written to the business secretary asking for an urgent meeting. In the letter she describes the closure as “⟦p:c|a hammer blow to a town that has already lost too much⟧”.
“⟦d:c|I have asked the government to look at every option, including the energy support scheme that was promised to firms like Harland last year and has never materialised,⟧” she said.
One worker who asked not to be named said he had seen it coming. “⟦d:d|We’ve been on short time since Easter. You could feel it. It still hits you, though,⟧” he said.

### 039
@a Esther | My grandmother
@b - | the minister
Abena Sarpong-Whyte, the Progress Alliance MP for Ostrey South, has introduced a private member's bill that would give unpaid carers a legal right to an assessment within 28 days. She spoke to the Courier about why.
Q: Why this bill?
A: Because my grandmother had dementia for nine years, and my mother cared for her for all of them, unpaid, and in all that time nobody ever asked my mother how she was coping.
Q: What does the bill actually do?
A: The right to an assessment exists already, on paper. But there is no deadline, so in some areas people wait a year. The bill puts in a deadline of 28 days.
Q: Do you remember much about your grandmother?
A: Everything. My grandmother, Esther, used to say: "⟦d:a|Don't fuss over me, fuss over your mother.⟧" She was right, and nobody did.
Q: Will it pass?
A: Private members' bills usually don't. But the minister has told me the government is "⟦p:b|sympathetic⟧", and I intend to hold her to that word.

### 040
@a Adaeze Okoro | The judge
@b Kwabena Osei-Tutu | -
@c Lina Haddad | a nurse who was one of the four claimants
@d Ministry of the Interior | -
The government acted unlawfully when it cut legal aid for immigration appeals without consulting the public, the High Court ruled on Friday.
The judge, Mrs Justice Adaeze Okoro, found that the consultation had been “⟦p:a|so truncated as to be no consultation at all⟧”.
“⟦d:a|The decision was taken in a matter of days, on the basis of figures that the department itself now accepts were wrong. The duty to consult is not a formality to be discharged when convenient,⟧” she wrote in her judgment.
Kwabena Osei-Tutu KC, for the claimants, said outside court that the ruling was “⟦p:b|a victory for the rule of law⟧”. “⟦d:b|This was never about whether the government may make cuts. It was about whether it must follow the law while it does so,⟧” he said.
Lina Haddad, a nurse who was one of the four claimants, said she had cried when the judgment was handed down. “⟦d:c|I was told I had no right of appeal without a lawyer, and I couldn’t afford a lawyer. Today a judge said that was wrong,⟧” she said.
The Ministry of the Interior said it was “⟦p:d|disappointed⟧” and was considering an appeal. “⟦d:d|We will study the judgment carefully,⟧” the ministry said.

### 041
@a Hilary Dunstan | The vicar of St Aldhelm's
@b - | a woman near the front
@c Owain Treharne | the Civic Union candidate
@d Farida Rahimi | the Green Commons candidate
@e Stuart Bellamy-Crook | the Reform Union candidate
@f - | A man at the back
More than 200 people squeezed into St Aldhelm's church hall in Dene on Friday night for the only hustings of the campaign at which all three main candidates in Kellsmoor and Dene appeared together.
The vicar of St Aldhelm's, the Rev Hilary Dunstan, who chaired the evening, began with a plea for civility. "⟦d:a|You may boo the arguments. You may not boo the people,⟧" the vicar said, to laughter.
The first question, from a woman near the front, was about the bus to Kellsmoor hospital, which was cut to two a day in May. "⟦d:b|I'm 81. How am I supposed to get to my appointments?⟧" she asked.
Owain Treharne, the Civic Union candidate, said he had already raised the route with the county. "⟦d:c|It's not good enough, and I'll keep raising it until it's back,⟧" he said.
Farida Rahimi, the Green Commons candidate, said she would go further. "⟦d:d|Raising it isn't the same as fixing it. We would fund the route directly from the transport budget,⟧" she said.
Stuart Bellamy-Crook, the Reform Union candidate, drew the loudest reaction of the night when he said the money should come from the foreign aid budget. A man at the back shouted: "⟦d:f|Hear, hear!⟧" Several people booed.
"⟦d:e|I'm only saying what people on the doorstep tell me,⟧" Bellamy-Crook said.
"⟦d:a|Arguments, not people,⟧" Dunstan reminded the room.

### 042
@a Charlotte Ngata-Reid | The environment secretary
@b - | one reporter
@c - | A spokesperson for the environment secretary
@d Neville Orr | Opposition environment spokesman
The environment secretary, Charlotte Ngata-Reid, declined on Saturday to say whether she had known about a contract awarded to a firm part-owned by her brother, as reporters gathered outside her home in Pellingford.
``⟦d:b|Did you know about the contract, secretary of state?⟧'' one reporter called out as she left the house shortly after 9am.
``⟦d:a|I've said everything I'm going to say on that,⟧'' she replied.
``⟦d:b|You haven't said anything.⟧''
``⟦d:a|Then I've said everything I'm going to say.⟧''
She got into a waiting car without answering further questions.
A spokesperson for the environment secretary later said she had ``⟦p:c|played no part whatsoever⟧'' in the procurement and had declared her brother's interest to officials in 2022.
Opposition environment spokesman Neville Orr said that was ``⟦p:d|not an answer to the question⟧''. ``⟦d:d|The question is not whether she signed it. The question is whether she knew. She could clear this up in one sentence, and she is choosing not to,⟧'' he said.

### 043
@a Máirtín Ó Conghaile | an independent councillor from Ros Dubh who proposed the motion
@b Bartley Joyce | the council’s director of services for housing
@c Gráinne Nic Dhonnacha | the cathaoirleach
A proposal to require buyers of new homes in the Ros Dubh Gaeltacht to show a working knowledge of Irish was narrowly passed by Inishcaoin County Council on Monday, after a debate conducted largely in the language.
Máirtín Ó Conghaile, an independent councillor from Ros Dubh who proposed the motion, said the area was losing native speakers every year. “⟦d:a|Níl aon tinteán mar do thinteán féin, ach níl tinteán ar bith fágtha dár bpáistí,⟧” he told the chamber. “⟦d:a|There is no hearth like your own hearth, but there is no hearth left for our children.⟧”
He said six in ten homes built in the parish since 2015 had been bought as holiday homes. “⟦d:a|If the language dies, it will not die somewhere else first. This is where it dies,⟧” he said.
Bartley Joyce, the council’s director of services for housing, advised members that the condition could face a legal challenge. “⟦d:b|I’m not saying it can’t be done. I’m saying members should go in with their eyes open,⟧” he said.
The vote was tied at 14 each, and the cathaoirleach, Gráinne Nic Dhonnacha, used her casting vote in favour. “⟦d:c|Is é seo an rud ceart,⟧” she said simply: “⟦d:c|This is the right thing.⟧”

### 044
@a Owen Prys-Davies | The minister for veterans
@b Eleanor Quayle | the prime minister
@c - | A government source
The minister for veterans, Owen Prys-Davies, resigned from the government on Wednesday night in protest at cuts to the armed forces housing budget, saying he could "⟦p:a|no longer look veterans in the eye⟧".
In a letter to the prime minister, he wrote:
"⟦d:a:m|It has been the greatest honour of my life to serve as minister for veterans. I took the job because I believed this government would keep its promise to those who served.⟧
"⟦d:a:m|The decision to reduce the service housing budget by a quarter breaks that promise. I argued against it in private for as long as I could. I cannot defend it in public.⟧
"⟦d:a|I will continue to support the government from the back benches on every other matter.⟧"
In her reply, the prime minister, Eleanor Quayle, thanked him for his "⟦p:b|dedication and decency⟧" but defended the decision. "⟦d:b|Every department has been asked to make difficult choices, and the housing budget will still be higher in real terms than it was five years ago,⟧" she wrote.
A government source was less gracious. "⟦d:c|He had been told he was going in the reshuffle anyway. This is a resignation with a very short shelf life,⟧" the source said.

### 045
@a Valentina Ruiz-Aldana | leader of the Reform Union
@b - | one delegate
@c Alistair Gow | The former treasurer
@d Dominic Sheeran | A party spokesman
Valentina Ruiz-Aldana used her first conference speech as leader of the Reform Union on Saturday to promise a “⟦p:a|clean break⟧” with the party’s past, hours after its former treasurer was ejected from the hall.
“⟦d:a|We have spent too long arguing with each other and not long enough listening to the country,⟧” she told delegates in Brackwater. “⟦d:a|That ends today.⟧”
Midway through the speech, one delegate stood and shouted: “⟦d:b|What about the members you expelled?⟧” He was escorted out by stewards as others rose to applaud the leader.
Ruiz-Aldana paused. “⟦d:a|Democracy means you get to heckle. It also means you lose the vote,⟧” she said, to cheers.
The former treasurer, Alistair Gow, who was expelled in June, had been removed from the building earlier in the day after trying to hand out leaflets. In a post on social media he called the conference “⟦p:c|a coronation, not a debate⟧”.
“⟦d:c|I gave this party twenty years. I was thrown out for asking where the money went,⟧” he wrote.
A party spokesman, Dominic Sheeran, said Gow had been removed because he was not a registered delegate. “⟦d:d|The rules apply to everyone. That is rather the point of them,⟧” Sheeran said.

### 046
@a Gail Thornbury | the former chief executive of Northway Rail
@b Sunita Varma | Northway Rail's current chair
@c Rupert Quennell | the committee's chair
Two of the most senior figures at Northway Rail gave conflicting accounts on Tuesday of who knew about safety warnings before last year's derailment near Ostrey, in an at times awkward session of the transport committee.
Gail Thornbury, the former chief executive of Northway Rail, who stepped down in January, told MPs she had "⟦p:a|never seen⟧" the engineering report that identified the faulty section of track.
"⟦d:a|If I had seen it, I would have acted on it. I have spent thirty years in this industry and I have never ignored a safety report,⟧" she said.
Sunita Varma, Northway Rail's current chair, who sat beside her, was then asked by the committee's chair, Rupert Quennell, whether the report had been circulated to the executive team.
"⟦d:b|It was sent to the executive team's shared inbox on the fourteenth of March,⟧" she said. "⟦d:b|I have a copy of the email here.⟧"
Quennell turned back to Thornbury. "⟦d:c|So it was sent to you.⟧"
"⟦d:a|It was sent to an inbox. That is not the same thing as being read by me,⟧" the former chief executive said.
"⟦d:c|Who read that inbox?⟧"
There was a pause. "⟦d:b|That is one of the things our internal review is trying to establish,⟧" Varma said.
Quennell said afterwards that the committee would write to the company for the full email chain. "⟦d:c|Somebody read that report. We intend to find out who,⟧" he said.

### 047
@a Callum Strachan | The Liberal Forum candidate for Glenmorie and the Isles
@b Morag | -
@c Iain | Her husband
@d - | one man who declined to say how he would vote
The Liberal Forum candidate for Glenmorie and the Isles, Callum Strachan, has driven 11,000 miles since the election was called.
“⟦d:a|The car has done more campaigning than I have. It should probably be standing instead,⟧” he joked at the livestock mart in Kilbrannan on Tuesday, where he spent an hour leaning on the rails talking about sheep prices.
Morag, who runs 800 ewes on the hill above the village, was not going to let him off lightly. “⟦d:b|Every five years somebody comes here in a clean jacket and tells me they understand farming. Then the subsidy changes anyway,⟧” she said.
“⟦d:a|My jacket isn’t that clean,⟧” Strachan said.
“⟦d:b|It’s cleaner than mine.⟧”
Her husband, Iain, was kinder. “⟦d:c|He’s the first one that’s actually asked about the ferry. That’s worth something out here,⟧” he said.
The ferry to the outer islands was cancelled on 61 days last year. There is an old saying in the islands: “⟦d:-|The ferry decides the election.⟧” Strachan said fixing it would be his “⟦p:a|first, second and third priority⟧”.
In the bar afterwards, one man who declined to say how he would vote summed up the mood. “⟦d:d|They’re all fine at the mart. It’s what they do in the capital that matters,⟧” he said.

### 048
@a A.J. Pennock | chair of the highways scrutiny panel
@b Graham Yeoh | the council's head of highways
@c R. K. Bhattacharya | a retired civil engineer who addressed the panel as a member of the public
@d Castlemoor County Council | -
Cllr A.J. Pennock, chair of the highways scrutiny panel, said on Monday that Castlemoor's approach to road repairs amounted to "⟦p:a|patching, not fixing⟧", and gave officers six months to come back with a new plan.
"⟦d:a|We fill the same hole three times in a year and call it a repair. There is one on the B4410 that has been filled so often it deserves its own postcode,⟧" he said.
Graham Yeoh, the council's head of highways, told the panel that the department had received £4.1 million less than it asked for. "⟦d:b|We are doing the best we can with what we have. If members want a permanent repair on every road, they need to find us the money for it,⟧" he said.
Dr R. K. Bhattacharya, a retired civil engineer who addressed the panel as a member of the public, said the council was wasting what money it had by using the wrong materials. "⟦d:c|Cold-lay asphalt in January is money poured down the drain. Literally, in most cases,⟧" he said.
Pennock thanked him, adding: "⟦d:a|That is the most useful five minutes this panel has had all year.⟧"
In a statement, Castlemoor County Council said it had filled "⟦p:d|more than 38,000 potholes⟧" in the past twelve months.

### 049
@a Chloé Marchetti-Boyd | The health minister
@b Ifeoma Nwachukwu | The chief medical officer
@c - | One reporter
@d Danielle Pryor | -
The health minister, Chloé Marchetti-Boyd, urged parents on Monday to check their children’s vaccination records as the number of confirmed measles cases in Lanmouth rose to 212, the largest outbreak in the country for more than a decade.
“⟦d:a|This is a disease we had almost forgotten about. It has not forgotten about us,⟧” she told a press conference at the ministry.
The chief medical officer, Professor Dame Ifeoma Nwachukwu, said 31 children had been admitted to hospital, four of them to intensive care. “⟦d:b|Measles is not a mild illness. I want to be absolutely clear about that,⟧” she said. “⟦d:b|Two doses of the vaccine give around 97 per cent protection. There is no better deal in medicine.⟧”
Asked why uptake in parts of the city had fallen below 70 per cent, she pointed to “⟦p:b|years of misinformation⟧” and to the closure of three community clinics in the east of the city.
One reporter asked: “⟦d:c|Minister, your government closed those clinics. Do you accept any responsibility?⟧”
“⟦d:a|I accept that access matters, which is why we are opening pop-up clinics in schools and mosques from this week,⟧” Marchetti-Boyd said.
Danielle Pryor, whose eight-month-old son spent five days in hospital, said the clinics had come too late for her family. “⟦d:d|He was too young for the jab. He caught it in the waiting room at the surgery. Please, if your kids are old enough, get them done,⟧” she said.

### 050
@a Hélène Dumoulin-Tessier | The mayor of Saint-Erlon
@b Patrice Vaudrey | The prefect
@c - | A retired lorry driver who has lived on the quay for forty years
@d Quai Vivant | The residents' association
The mayor of Saint-Erlon, Hélène Dumoulin-Tessier, has refused to sign an order that would force the evacuation of 43 homes on the town's lower quay, setting up a confrontation with the state's representative in the region.
«⟦d:a|Je ne signerai pas⟧», she told the municipal council on Tuesday evening. «⟦d:a|I will not sign.⟧»
The order was drawn up after engineers found that the river wall protecting the quay had moved by several centimetres since the spring floods. «⟦d:a|I do not dispute the report. I dispute the idea that the only answer is to put forty-three families on the street before anyone has tried to repair the wall⟧», she said.
The prefect, Patrice Vaudrey, said in a statement that public safety was «⟦p:b|not negotiable⟧» and that he would sign the order himself if necessary. «⟦d:b|The law gives me that power. I would prefer not to use it⟧», he said.
A retired lorry driver who has lived on the quay for forty years stood at the back of the council chamber with his arms folded. «⟦d:c|They want to move me to a flat by the ring road. I have looked at this river every morning of my life. It has never come over the wall⟧», he said.
The residents' association Quai Vivant said it would go to court. «⟦d:d|We are not against safety. We are against decisions taken in an office sixty kilometres away⟧», the association said.

### 051
@a Leonard Abernethy | a Civic Union councillor who sits on the planning committee
@b Rachel Tennant | His solicitor
@c Civic Union | -
@d Meera Jha | the council's monitoring officer
A councillor in Ostrey has been suspended by his party after a recording emerged in which he appears to offer to "⟦p:a|make a planning problem go away⟧" in return for a donation.
Leonard Abernethy, a Civic Union councillor who sits on the planning committee, can be heard in the recording, obtained by the Courier, telling a property developer that he could "⟦p:a|have a word⟧" with officers.
"⟦d:a|I'm not saying it's guaranteed. I'm saying I know how the committee thinks, and a contribution to the campaign fund wouldn't hurt,⟧" he says.
Later in the recording he adds: "⟦d:a|Obviously, this conversation didn't happen.⟧"
His solicitor, Rachel Tennant, said the recording had been "⟦p:b|edited in a misleading way⟧". "⟦d:b|My client has never solicited a donation in exchange for any decision and will vigorously defend himself,⟧" she said.
The Civic Union said it had suspended Abernethy "⟦p:c|with immediate effect⟧" pending an investigation.
Meera Jha, the council's monitoring officer, confirmed that she had referred the matter to the police. "⟦d:d|Given the nature of the allegations, it would be inappropriate for me to say anything further,⟧" she said.

### 052
@a Judith Pennington-Rowe | the MP for Castlemoor North
@b Ellen Mortlake | -
@c Temitope Adebayo-Lane | a former palliative care doctor who now sits for Harrowden West
@d Anwen Griffiths | the health minister
MPs voted by 312 to 281 on Friday to give a second reading to a bill that would allow terminally ill adults to seek help to end their lives, after a five-hour debate that many in the chamber described as the most moving they had witnessed.
Judith Pennington-Rowe, the MP for Castlemoor North, who introduced the bill, opened by reading out the names of constituents who had written to her. “⟦d:a|These are not statistics. They are people who asked me for one thing: a say in how their lives end,⟧” she said.
Ellen Mortlake, whose mother died of motor neurone disease in 2019, recalled her final weeks.
“⟦d:b:m|She could not speak at the end. She could blink. She blinked at me for an hour one night, and I still do not know what she was trying to tell me.⟧
“⟦d:b|I will be voting for this bill so that nobody else has to wonder,⟧” she said.
Dr Temitope Adebayo-Lane, a former palliative care doctor who now sits for Harrowden West, spoke against. “⟦d:c|I have sat with hundreds of people as they died. The overwhelming majority did not want to die sooner. They wanted to be free of pain, and with good care they can be,⟧” she said.
She warned that the safeguards in the bill were “⟦p:c|paper-thin⟧” and would come under “⟦p:c|enormous pressure⟧” once the law was in force.
Speaking for the government, which is neutral on the bill, the health minister Anwen Griffiths said ministers would make sure that any law passed could be “⟦p:d|implemented safely⟧”. “⟦d:d|That is a commitment to this House, whatever the outcome,⟧” she said.

### 053
@a Justin Fairclough | the employment minister
@b Siân Pemberton | general secretary of the Nurses' Guild
@c Malachy Burns | The presenter
The government's plans to require minimum staffing levels during strikes were debated on Radio Castlemoor on Thursday morning by the employment minister, Justin Fairclough, and Siân Pemberton, general secretary of the Nurses' Guild.
The presenter, Malachy Burns, began by asking the minister why the law was needed. "⟦d:a|Because patients deserve to know that if they turn up at A&E on a strike day, somebody will treat them,⟧" Fairclough said.
"⟦d:b|They already do. Nurses have never walked out of A&E. Never. The minister knows that,⟧" Pemberton said.
"⟦d:a|Then she has nothing to fear from the law.⟧"
"⟦d:b|What I fear is a law that lets an employer pick which nurse works on a strike day and sack her if she doesn't.⟧"
Burns put the point to the minister directly. "⟦d:c|Can a nurse be dismissed under this law for refusing a work notice, yes or no?⟧"
"⟦d:a|In principle, as a last resort, yes. In practice, I don't expect it to happen,⟧" Fairclough said.
Pemberton laughed. "⟦d:b|In principle, yes. That's your headline,⟧" she said.

### 054
@a Meridian Polling | -
@b Orla Kavanagh | director of political research at Meridian Polling
@c Sebastian Wojcik | a political scientist at the University of Ostrey
@d - | A Civic Union spokeswoman
Support for the governing Civic Union has fallen to its lowest level in eleven years, according to a poll published on Sunday, with the party now trailing the Progress Alliance by nine points.
The survey of 2,041 adults puts the Progress Alliance on 38 per cent and the Civic Union on 29. According to Meridian Polling, which carried it out, the gap is “⟦p:a|the largest recorded since the current parliament began⟧”.
Orla Kavanagh, director of political research at Meridian Polling, said the swing was concentrated among older voters. “⟦d:b|The over-65s have been the Civic Union’s bedrock for a generation. That bedrock is cracking, and it is cracking over the winter fuel decision,⟧” she said.
Dr Sebastian Wojcik, a political scientist at the University of Ostrey, warned against reading too much into a single poll. “⟦d:c|Mid-term polls are famously unreliable, and governments often recover,⟧” he said. “⟦d:c|But a nine-point gap among pensioners is not mid-term noise. That should worry them.⟧”
A Civic Union spokeswoman said: “⟦d:d|The only poll that matters is the one on election day.⟧”

### 055
@a Marisol Etxeberria | Mayor
@b Priscilla Oyelowo | City Council President
@c Dwayne Kessler | the state senator for the north side
Mayor Marisol Etxeberria used her second State of the City address on Thursday to announce a $140 million plan to replace every lead water pipe in Port Ellery within five years, calling lead "⟦p:a|a poison we chose to keep burying.⟧"
"⟦d:a|For a hundred years this city has known what is in those pipes. We are the first administration that is going to dig them all up,⟧" Etxeberria told an audience of about 600 at the convention center.
City Council President Priscilla Oyelowo, who has clashed with the mayor over the budget, called the plan "⟦p:b|overdue and underfunded.⟧" "⟦d:b|I want to see where the other $200 million is coming from, because this is going to cost at least $340 million,⟧" she said.
Asked about the criticism, Etxeberria smiled. "⟦d:a|The council president is welcome to join me with a shovel,⟧" the mayor said.
Dwayne Kessler, the state senator for the north side, said he would push for matching state funds. "⟦d:c|This is the one issue where nobody in Port Ellery should be arguing about party. Lead doesn't check your voter registration,⟧" he said.
Outside, a small group of protesters held signs reading "⟦s:-|Fund Schools Not Pipes⟧" and "⟦s:-|Where's Our Raise?⟧"

### 056
@a Marloes van den Broek | the alderwoman responsible for housing
@b Anouk Zeldenrust | a 27-year-old nurse who has been on the waiting list since she was 18
@c Pieter-Jan de Wit | the opposition group leader
@d Woonwerk | The housing corporation
The municipality of Zuidervaart will convert two empty office blocks into 260 small flats for young people, after its council approved the plan on Wednesday by 23 votes to 14.
Marloes van den Broek, the alderwoman responsible for housing, said the decision would not solve the shortage on its own. “⟦d:a|Het is een begin, geen oplossing,⟧” she told the council. “⟦d:a|It is a beginning, not a solution.⟧”
The average wait for social rented housing in the town is now more than eleven years. Anouk Zeldenrust, a 27-year-old nurse who has been on the waiting list since she was 18, watched from the public gallery. “⟦d:b|I registered when I was a student. I will probably be thirty before they call me,⟧” she said.
Pieter-Jan de Wit, the opposition group leader, said the flats, at 28 square metres, were too small. “⟦d:c|We are building rabbit hutches and calling it housing policy,⟧” he said.
Van den Broek rejected the comparison. “⟦d:a|A first home of 28 square metres is better than a childhood bedroom at thirty,⟧” she said.
The housing corporation Woonwerk, which will manage the flats, said the first tenants could move in “⟦p:d|within eighteen months⟧”.

### 057
@a Simon Teale | the party's general secretary
@b Yasmin Chaudhry | a councillor who had been favourite to win the selection in Brackwater Central
@c - | One member of the selection panel
@d Progress Alliance | -
The general secretary of the Progress Alliance intervened to block a popular local councillor from standing for Parliament, according to an internal email seen by the Courier.
In the email, sent to regional officials on 3 October, Simon Teale, the party's general secretary, wrote that Yasmin Chaudhry's application should be "⟦p:a|paused indefinitely⟧" because of "⟦p:a|due diligence concerns⟧".
"⟦d:a|I don't want this to become a story. Please handle quietly and make sure the shortlist is finalised before the weekend,⟧" Teale wrote.
Chaudhry, a councillor who had been favourite to win the selection in Brackwater Central, said she had never been told what the concerns were.
"⟦d:b|I've asked three times, in writing. Nobody will tell me. I'm a magistrate. I've been vetted by the Ministry of Justice. But apparently I can't be vetted by my own party,⟧" she said.
One member of the selection panel, who asked not to be named, said the panel had been given no explanation. "⟦d:c|We were told on the Thursday night that there would be two names on the shortlist, not three. No reason was given,⟧" the panel member said.
The Progress Alliance said: "⟦d:d|All candidates go through the same rigorous process. We do not comment on individual cases.⟧"

### 058
@a Harriet Lomax | Detective Superintendent
@b Benjamin Hartley | the MP for Lanmouth South
@c - | A caseworker who was in the building
@d Vivienne Pollard | The Speaker of the Assembly
A man has been arrested after a brick was thrown through the window of an MP's constituency office in Lanmouth on Saturday morning while two members of staff were inside.
Detective Superintendent Harriet Lomax said officers were treating the attack as ``⟦p:a|targeted⟧''. ``⟦d:a|Nobody was physically hurt, but this was a frightening experience for the staff involved and we are taking it extremely seriously,⟧'' she said.
Benjamin Hartley, the MP for Lanmouth South, was in the capital at the time. In a statement he thanked the police and said his staff had been ``⟦p:b|incredibly brave⟧''.
``⟦d:b|Nobody who works for an MP should go to work wondering whether they will be safe. My office will be open again on Monday,⟧'' he said.
A caseworker who was in the building said she had been on the phone to a constituent when the window shattered. ``⟦d:c|I thought it was a car crash at first. Then I saw the brick on the carpet,⟧'' she said.
The Speaker of the Assembly, Vivienne Pollard, said security arrangements for constituency offices would be reviewed. ``⟦d:d|An attack on any member's office is an attack on the democratic process itself,⟧'' she said.

### 059
@a Nathan Obuya | a former caseworker in the asylum unit who left the department in August
@b Rosemary Tindall | The committee chair
@c Home Department | -
A former Home Department official told MPs on Wednesday that caseworkers had been instructed to close asylum files “⟦p:a|by any means available⟧” in order to meet a backlog target announced by ministers.
Nathan Obuya, a former caseworker in the asylum unit who left the department in August, said managers had circulated a spreadsheet ranking teams by the number of files closed each week.
“⟦d:a|There was a leaderboard. A literal leaderboard, on a screen. Teams at the bottom were told to do better by Friday,⟧” the 34-year-old said.
He said he had raised concerns with his line manager in writing in May.
“⟦d:a:m|I was told that the target had come from the top and wasn’t up for discussion.⟧
“⟦d:a|I don’t think anybody at the top intended people to be treated unfairly. But when you put a number on a screen, people chase the number,⟧” he said.
The committee chair, Rosemary Tindall, thanked him for what she called “⟦p:b|considerable courage⟧”. “⟦d:b|It is not easy to sit where you are sitting,⟧” she said.
The Home Department said in a statement that it did not recognise his description. “⟦d:c|Every asylum claim is considered carefully on its individual merits,⟧” the department said.
The immigration minister, Alasdair Reid, is due to appear before the committee next week.

### 060
@a Bernadette Quigley | The trade minister
@b - | The aide
@c Phineas Grout | the opposition trade spokesman
The trade minister, Bernadette Quigley, has apologised after she was caught on a live microphone describing a visiting trade delegation as “⟦p:a|the most boring people I have ever met⟧”.
“⟦d:a|Two hours on the tariff schedule for ceramic tiles. I nearly lost the will to live,⟧” she can be heard telling an aide at a reception in Lanmouth on Thursday evening, apparently unaware that the microphone on her lapel was still switched on.
The aide, who has not been named, can be heard replying: “⟦d:b|Minister, your mic.⟧”
Quigley admitted on Friday that the comments had been “⟦p:a|rude and unprofessional⟧”. “⟦d:a|I have written to the head of the delegation to apologise personally. They were, in fact, very good company,⟧” she said.
Phineas Grout, the opposition trade spokesman, joked that he had some sympathy. “⟦d:c|I have sat through a ceramic tiles briefing. But most of us manage to keep that opinion off the airwaves,⟧” he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh50.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh50",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
