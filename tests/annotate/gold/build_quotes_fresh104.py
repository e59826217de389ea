# ruff: noqa: E501
"""Build ``quotes_fresh104.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties, countries and
organisations) and were written from scratch for this file, without reading the
extractor, without running it, and without reading the passages of the other gold
sets. The set is meant to be evaluated once, as an honest measure on unseen text. Its
focus is political copy: question times and chamber debates with interruptions and
heckles, select committee and estimates hearings, public inquiries, broadcast and radio
interviews in which presenters press ministers, campaign trail and hustings reports,
lobby and press briefings by spokespeople, council and parish meetings, leadership
contests, leaks and unnamed sources, and summits and foreign ministers' news
conferences, in the styles of wire, broadsheet, tabloid, local paper, magazine and
broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh104-NNN``.

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
  it (``The independent, Sven Magnusson, a farmer from …``): the appositive is the
  description. A title before the name alone (``Housing Minister …``, ``Senator …``,
  ``presenter …``) or a role phrase set off before it (``the Speaker, Hester Vane``)
  is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 44-year-old``, ``the former leader``,
  ``the incumbent``, ``the trust``), that description is taken.
* A non-restrictive relative clause (set off by a comma) is not part of the
  description; a restrictive one (``One diplomat who stayed in the hall``) is.
* An organisation's name is the speaker as written, without a leading article
  (``The Unity Party said`` → ``Unity Party``).
* Spokespeople: an unnamed spokesperson or official (``the Prime Minister's official
  spokesman``, ``a spokeswoman for Ms Gallagher``) is the speaker of what they say,
  even when they relay their principal's views; the principal is not the speaker.
* Shouts in a chamber or meeting: a heckle by an identified person is that person's
  ``direct`` speech; a shout by a described group of members (``Opposition MPs
  shouted``) is ``direct`` with a null speaker and that group as the description; cries
  from nobody in particular (``cries of "Hear, hear!"``) have speaker and description
  null. Chants by demonstrators remain ``scare``.
* A fragment quoted at the start of a report and attributed to a person who is named
  only later in the passage (``admitted that officials had known for "at least six
  months"``) belongs to that person.
* Questions by a first-person writer (``I point out``) are ``direct`` with speaker
  and description null; a named presenter's, chair's or counsel's questions are that
  person's speech.
* In a transcript, words another person is quoted as having said inside a turn are
  annotated as in reporter's prose: ``partial`` by the person quoted when that person
  is identified; labels and nicknames inside a turn are ``scare``.
* In fact-check copy (``CLAIM: "…" - Name``) the quoted claim is ``direct`` by the
  person named after it.
* A formula read out by an official (``declared … "duly elected"``) is ``partial`` by
  that official.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh104.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh104.jsonl")

PASSAGES = """
### 001
@a Alasdair Penhaligon | The Prime Minister
@b Nkechi Adeyemi | the opposition leader
@c Hester Vane | the Speaker
@d - | Opposition MPs
The Prime Minister, Alasdair Penhaligon, faced a barrage of questions over hospital waiting lists on Wednesday as the opposition leader, Nkechi Adeyemi, accused him of “⟦p:b|losing control⟧” of the health service.
“⟦d:b|Eighteen months ago he stood at that despatch box and promised the waiting list would fall every single month,⟧” Adeyemi told a packed chamber. “⟦d:b|It has risen in eleven of them. Which month does he want to talk about?⟧”
Penhaligon replied that the figures had been “⟦p:a|distorted by a winter nobody could have planned for⟧” and insisted the government was “⟦p:a|turning the corner⟧”.
“⟦d:a|We have put more money into the health service than any government in this country's history,⟧” he said, to jeers from the opposition benches.
Opposition MPs shouted “⟦d:d|Answer the question!⟧” as he moved on to the economy, prompting the Speaker, Hester Vane, to intervene.
“⟦d:c|Order! Order. The right honourable gentleman will be heard, and so will the leader of the opposition. I want to hear both of them, even if nobody else does.⟧”
Adeyemi returned to the attack. “⟦d:b|The Prime Minister talks about money. Patients in Kilbarrow talk about eleven-hour waits on trolleys,⟧” she said. “⟦d:b|Will he come with me to Kilbarrow General this Friday and tell them it's a corner?⟧”
“⟦d:a|I am always happy to visit hospitals,⟧” Penhaligon said, “⟦d:a|but I will not be lectured by a party that voted against every penny of the extra funding.⟧”

### 002
@a Sadia Qureshi | presenter
@b Tomás Ferreira | Housing Minister
@c - | a listener in Stallbridge
Housing Minister Tomás Ferreira was repeatedly pressed on Harbour FM's breakfast programme on Thursday over the government's target of 40,000 new homes a year, which figures published last week show it has missed for a third year running.
"⟦d:a|Minister, you said 40,000. You've built 26,000. Is the target dead?⟧" presenter Sadia Qureshi asked.
"⟦d:b|No, it isn't dead. What I'd say is that we've had a very difficult year for the construction sector, with interest rates where they are —⟧"
"⟦d:a|So it's the interest rates' fault?⟧"
"⟦d:b|Let me finish. It's partly the rates, it's partly planning, and frankly it's partly councils sitting on permissions they've already granted.⟧"
Qureshi then read out a message from a listener in Stallbridge, who wrote: "⟦d:c|I'm 38, I earn decent money and I still live in my childhood bedroom. What's the minister's plan for me?⟧"
Ferreira said he "⟦p:b|completely understood⟧" the frustration. "⟦d:b|Our first-time buyer scheme has helped 11,000 people this year. That's not nothing,⟧" he said.
"⟦d:a|It's not 40,000 either,⟧" Qureshi said.

### 003
@a - | the Prime Minister's official spokesman
@b - | one journalist
@c Lanyon House | the Prime Minister's office
The Prime Minister retains “⟦p:a|full confidence⟧” in the embattled transport secretary, Roisin Kealy, the Prime Minister's official spokesman said on Monday, despite mounting pressure over her use of a government car for constituency party events.
At the regular lobby briefing, the spokesman was asked eleven times whether Kealy had broken the ministerial code.
“⟦d:a|The Prime Minister has been clear. The secretary of state has his full confidence and she has referred herself to the independent adviser. It would be wrong to pre-empt that process,⟧” he said.
Asked whether the Prime Minister had read the emails published on Sunday, the spokesman said: “⟦d:a|I'm not going to get into what he has or hasn't read.⟧”
“⟦d:b|Has he asked her whether she did it?⟧” one journalist pressed.
“⟦d:a|I think I've answered that.⟧”
“⟦d:b|You haven't, though,⟧” the journalist replied, to laughter around the room.
Lanyon House, the Prime Minister's office, later said in a statement that the adviser's report would be published “⟦p:c|in full and without delay⟧”.

### 004
@a Imogen Thackeray | the committee's chair
@b Farah Al-Mansouri | the department's permanent secretary
@c Bronwen Pryce | a Green Alliance member of the committee
The most senior civil servant at the Department of Communities admitted on Tuesday that officials had known for "⟦p:b|at least six months⟧" that a flagship grants scheme was being defrauded before ministers were told.
Farah Al-Mansouri, the department's permanent secretary, told the public accounts committee that warnings from regional staff had "⟦p:b|sat in an inbox⟧" over the summer.
"⟦d:b|I'm not going to pretend that was acceptable. It wasn't,⟧" she said. "⟦d:b|The system failed, and I'm accountable for the system.⟧"
Imogen Thackeray, the committee's chair, asked: "⟦d:a|Who read that inbox, Ms Al-Mansouri? Somebody did.⟧"
"⟦d:b|A team of four people, chair. None of them escalated it.⟧"
"⟦d:a|And has anyone lost their job?⟧"
"⟦d:b|There is a disciplinary process under way. I can't say more than that in public.⟧"
Bronwen Pryce, a Green Alliance member of the committee, said the department's account "⟦p:c|strains belief⟧". "⟦d:c|We're told £48m went out of the door to companies that didn't exist, and the answer is an inbox,⟧" she said. "⟦d:c|I'm sorry, but that's not an answer.⟧"
Ms Al-Mansouri replied that she "⟦p:b|understood the anger⟧" and promised to write to the committee within a fortnight.

### 005
@a Declan Murtagh | Reform Movement leader
@b - | One woman in the crowd
@c Marjorie Tuttle | pensioner
FURIOUS pensioner Marjorie Tuttle gave Reform Movement leader Declan Murtagh a piece of her mind yesterday as his battle bus rolled into Thrushby market.
The 71-year-old gran collared the party boss by the fruit and veg stall and demanded to know why he had “⟦p:c|never set foot⟧” in the town before an election.
“⟦d:c|Four years we've not seen you. Four years! Now you want my vote?⟧” she fumed.
A red-faced Murtagh insisted: “⟦d:a|I'm here now, madam, and I'll be back after polling day, I promise you that.⟧”
“⟦d:c|I'll believe it when I see it,⟧” Marjorie shot back, to cheers from shoppers.
One woman in the crowd shouted “⟦d:b|Go on, Marj!⟧” as the Reform chief beat a hasty retreat to his bus.
Later Murtagh laughed off the clash. “⟦d:a|That's democracy, isn't it? I'd rather be shouted at in Thrushby than ignored in a TV studio,⟧” he told the Clarion.

### 006
@a - | One cabinet minister
@b - | A senior government source
@c - | a leaked Finance Ministry memo
@d Ingrid Solheim | The finance minister
@e Finance Ministry | -
Ministers are drawing up plans to freeze income tax thresholds for a further three years, according to a leaked Finance Ministry memo that warns of a "⟦p:c|black hole⟧" of up to 14bn krona in the public finances.
The document, dated 3 March and marked "⟦s:-|Official - Sensitive⟧", says a freeze would raise about 4bn krona a year by the end of the decade.
"⟦d:c|Without further action on receipts, the fiscal rule will be breached in the final year of the forecast,⟧" the memo states.
One cabinet minister told this newspaper the plans were "⟦p:a|political suicide⟧" eighteen months from an election. "⟦d:a|We promised not to touch people's pay packets. If this goes ahead, nobody will ever believe us again,⟧" the minister said.
A senior government source was more relaxed. "⟦d:b|The Finance Ministry writes memos like this every spring. Most of them end up in the shredder,⟧" the source said.
The finance minister, Ingrid Solheim, declined to comment on the leak but said in a post on social media on Sunday evening: "⟦d:d|I will not speculate on tax policy ahead of the budget. What I will say is that we will keep our promises.⟧"
The Finance Ministry said it did "⟦p:e|not comment on leaks⟧".

### 007
@a Bernadette Okafor | leader of the council
@b Ravi Chandrasekhar | the Liberal Alliance group leader
@c Glyn Prothero | an independent councillor who represents Eastgate
@d - | one resident
Tempers flared at Corrinford Town Hall on Tuesday night as councillors voted 23-19 to press ahead with plans to close two of the borough's five libraries.
Bernadette Okafor, leader of the council, said the authority had “⟦p:a|no choice left⟧” after a £6.2m cut to its government grant.
“⟦d:a|Nobody came into local politics to close libraries. I certainly didn't,⟧” she told the meeting. “⟦d:a|But I will not set an illegal budget, and I will not put this council into the hands of commissioners.⟧”
Ravi Chandrasekhar, the Liberal Alliance group leader, accused her of “⟦p:b|hiding behind the government⟧”.
“⟦d:b|This administration found £400,000 for a new logo last year,⟧” he said. “⟦d:b|Don't tell me there's no money for books.⟧”
From the public gallery, one resident shouted: “⟦d:d|Shame on the lot of you!⟧”
Glyn Prothero, an independent councillor who represents Eastgate, appealed to colleagues to think again. “⟦d:c|The Eastgate library is the only warm building some of my residents can get to in January. I'd ask colleagues to think about that before they put their hands up,⟧” he said.
The council leader later described the vote as “⟦p:a|the hardest decision⟧” of her time in office.

### 008
@a Oluwaseun Bakare | the 44-year-old
@b Caroline Ashdown-Reid | Her rival
@c - | One MP who backs Ashdown-Reid
Oluwaseun Bakare does not, she insists, lie awake thinking about the leadership. "⟦d:a|I sleep very well, actually. Ask my husband,⟧" the 44-year-old says, in a café near her constituency office in Pellingham.
Yet for a woman who entered parliament only seven years ago, Bakare has moved with remarkable speed. She is now the bookmakers' favourite to succeed the outgoing leader, and she knows what her critics say about that.
"⟦d:a:m|People say I'm in a hurry. Well, the country's in a hurry. Families who can't pay their heating bills are in a hurry.⟧
"⟦d:a|I didn't get into this to wait my turn. Nobody ever gave my parents a turn.⟧"
Her rival, Caroline Ashdown-Reid, has taken to describing her as "⟦p:b|a brilliant communicator with no plan⟧". Asked about it, Bakare smiles. "⟦d:a|Caroline is a friend. She's also wrong.⟧"
Ashdown-Reid, speaking at a hustings in Dunmallow on Saturday, was in no mood to back down. "⟦d:b|I like Seun. I just don't think charm is a fiscal policy,⟧" she said.
One MP who backs Ashdown-Reid put it more bluntly: "⟦d:c|Seun's campaign is a video channel with a tax cut attached.⟧"

### 009
@a Élodie Marchetti-Blanc | Morovia's foreign minister
@b Baek Hyun-woo | Her Sunderran counterpart
@c - | A reporter from a Morovian broadcaster
VALMONT, June 14 (Meridian) - The foreign ministers of Morovia and Sunderra agreed on Friday to reopen the Tessel border crossing, closed since a shooting incident last autumn, but stopped short of announcing a date.
«⟦d:a|Nous ne sommes pas encore au bout du chemin⟧», Morovia's foreign minister, Élodie Marchetti-Blanc, told reporters in Valmont. “⟦d:a|We are not yet at the end of the road,⟧” she said, in a translation provided by her office.
Her Sunderran counterpart, Baek Hyun-woo, speaking through an interpreter, said the talks had been “⟦p:b|frank and, in places, difficult⟧”.
“⟦d:b|We came here with a list of eleven issues. We have resolved seven. Four remain, and they are the hardest four,⟧” Baek said.
A reporter from a Morovian broadcaster asked: “⟦d:c|Will the guard be handed over, yes or no?⟧”
“⟦d:b|That is a matter for our courts, not for foreign ministers,⟧” Baek replied.
Marchetti-Blanc, standing beside him, added: «⟦d:a|Nous respectons la justice sunderrane⟧» - “⟦d:a|We respect Sunderran justice⟧” - before bringing the news conference to a close.

### 010
@a Joseph Mwangi | presenter
@b Anders Lindqvist | The defence secretary
@c Defence Ministry | -
The defence secretary, Anders Lindqvist, has refused to rule out further cuts to the army's headcount, saying he would "⟦p:b|not be drawn on numbers⟧" before a strategic review reports in the autumn.
Speaking to presenter Joseph Mwangi on VBC's Sunday programme, Mr Lindqvist said the review would be "⟦p:b|driven by threats, not by spreadsheets⟧".
Mwangi put it to him that the army was already at its smallest size in two centuries. "⟦d:a|Can you look a serving soldier in the eye and tell them their regiment is safe?⟧" he asked.
"⟦d:b|I can tell them that the government values every one of them, and that we are spending more on defence than at any point in the last decade,⟧" Mr Lindqvist replied.
"⟦d:a|That's not what I asked.⟧"
"⟦d:b|It's the answer I'm giving you, Joseph.⟧"
The Defence Ministry later said the review was "⟦p:c|on track⟧" and that no decisions on regiments had been taken.

### 011
@a - | one man near the back
@b Hana Kobayashi | the Green Future candidate
@c Lloyd Pennington | the incumbent
@d - | a sixth-form student
@e Ama Owusu | the vicar of St Cuthbert's
More than 200 people packed into St Cuthbert's church hall in Lanmouth on Thursday for the only hustings of the campaign in the Lanmouth and Wexmoor constituency.
Ama Owusu, the vicar of St Cuthbert's, who chaired the evening, began with a plea for civility. "⟦d:e|You may disagree as loudly as you like, but you will do it politely, and you will not boo anyone's grandmother,⟧" she said, to laughter.
The first question, from a sixth-form student, was about bus fares. "⟦d:d|I pay £4.80 to get to college and back. My mum pays that too. Why should it cost more to get to school than to go to the cinema?⟧" she asked.
Hana Kobayashi, the Green Future candidate, promised to "⟦p:b|fight for a flat £1 fare⟧" across the county.
Lloyd Pennington, who has held the seat for 13 years, said he had already secured funding for two new routes. "⟦d:c|I don't do promises, I do delivery. Ask the people of Wexmoor who now have a bus on a Sunday,⟧" the incumbent said.
"⟦d:a|One bus!⟧" one man near the back called out.
"⟦d:c|One more than they had before, sir,⟧" Pennington replied.

### 012
@c Margaret Doyle | your own chief inspector of prisons
@d - | a spokeswoman for the Prison Officers' Federation
The following is an edited transcript of Tuesday's interview between Ilse Vermeulen, presenter of The Midday Hour on Radio Norrbay, and the justice minister, Kwame Asante-Boateng.
VERMEULEN: Minister, your own chief inspector of prisons, Margaret Doyle, described Halden Road as "⟦p:c|the worst jail I have seen in thirty years⟧". How did it get that bad on your watch?
ASANTE-BOATENG: I accept that report in full. We've already moved 140 prisoners out and we've brought in a new governor.
VERMEULEN: But your government cut the prisons budget by 9 per cent two years ago.
ASANTE-BOATENG: That was before my time, and I've been clear that the so-called "⟦s:-|efficiency programme⟧" went too far.
VERMEULEN: Will you apologise to the families?
ASANTE-BOATENG: I'm happy to meet any family who wants to meet me.
After the interview, a spokeswoman for the Prison Officers' Federation said the minister's answers had been "⟦p:d|a masterclass in saying nothing⟧".

### 013
@a Amara Diallo | Kavelan President
@b Henrik Østergaard | The Esterhal prime minister
@c - | A diplomat involved in the negotiations
@d Coastal States Alliance | a bloc of 14 island nations
@e - | small island states
PORT ALBAN, Nov 3 — Leaders at the Harbour Summit agreed a draft text on shipping emissions late on Sunday after talks ran nine hours past their deadline, but small island states said the deal was “⟦p:e|nowhere near enough⟧”.
Kavelan President Amara Diallo, who chaired the final session, called the agreement “⟦p:a|a floor, not a ceiling⟧”.
“⟦d:a|Nobody in this room got everything they wanted. That is how you know it is a real compromise,⟧” she told a closing news conference.
The Esterhal prime minister, Henrik Østergaard, whose government had pushed for a binding levy, was less upbeat. “⟦d:b|We will sign it. We will also say plainly that it is late and it is weak,⟧” he said.
A diplomat involved in the negotiations, speaking on condition of anonymity, said the final hours had been “⟦p:c|chaotic⟧”. “⟦d:c|At 3am we had three versions of paragraph nine on the screen and nobody was sure which one we were looking at,⟧” the diplomat said.
The Coastal States Alliance, a bloc of 14 island nations, said in a statement: “⟦d:d|For our members this is not a negotiation about percentages. It is a negotiation about whether our capitals will exist in 2080.⟧”

### 014
@a Desmond Achterberg | the shadow home secretary
@b Piers Wakeling | the security minister
@c Eluned Rhys | The deputy speaker
@d Tariq Haddad | a government backbencher
It was billed as a sober second-reading debate on the Online Harms (Amendment) Bill. It lasted about four minutes before it became something else.
Desmond Achterberg, the shadow home secretary, had barely reached his second page when he accused the security minister, Piers Wakeling, of having "⟦p:a|not read his own bill⟧".
"⟦d:b|Will he give way?⟧" Wakeling asked, half rising from the front bench.
"⟦d:a|In a moment. I'm enjoying myself,⟧" Achterberg replied. "⟦d:a|Clause 14 gives the minister power to switch off any website for 28 days without going near a judge. Clause 14! Has he seen it?⟧"
"⟦d:b|I wrote it,⟧" Wakeling said.
"⟦d:a|Then he has even less excuse.⟧"
Tariq Haddad, a government backbencher, intervened to ask whether the opposition would "⟦p:d|prefer to leave children to the algorithms⟧", drawing cries of "⟦d:-|Hear, hear!⟧" from the benches behind him.
The deputy speaker, Eluned Rhys, finally stepped in. "⟦d:c|Members will address their remarks through the chair, and they will do so at a volume that does not require the sound engineers to intervene,⟧" she said.

### 015
@a Lorenzo Bassi | the mayor of Greyhallow
@b Chiara Bassi | His daughter
@c Meredith Oyelaran | the council's chief executive
Lorenzo Bassi, the mayor of Greyhallow, keeps a cracked paving slab on his office windowsill. ``⟦d:a|It's from outside the bus station. It tripped my mother in 2009,⟧'' he says. ``⟦d:a|I ran for the council the next year. People think I'm joking about that. I'm not.⟧''
Now in his second term, the 58-year-old has made broken pavements something close to a personal crusade. The council has relaid eleven kilometres of them since he took office.
His daughter, Chiara Bassi, who runs his campaigns, calls him ``⟦p:b|the most stubborn man in the province⟧''. ``⟦d:b|He once made us drive back forty minutes because a pothole he had reported was still there,⟧'' she says. ``⟦d:b|It was not still there. He had the wrong street.⟧''
Meredith Oyelaran, the council's chief executive, is more diplomatic. ``⟦d:c|He asks a lot of questions,⟧'' she says, after a long pause. ``⟦d:c|Most of them are good questions.⟧''
Asked whether he will stand again, Bassi shrugs. ``⟦d:a|Ask the slab.⟧''

### 016
@a - | A source close to the minister
@b - | one party insider
@c Sebastian Hale-Whitby | sports minister
@d Gemma Ruddock | Hale-Whitby's constituency agent
@e - | a spokesman for the minister
EXCLUSIVE
JET-SET sports minister Sebastian Hale-Whitby spent more than £9,000 of taxpayers' cash on business-class flights to watch tennis, the Daily Clarion can reveal.
The minister, 39, flew to three tournaments in the space of five weeks last summer, official documents show.
A source close to the minister insisted the trips were “⟦p:a|entirely legitimate ministerial visits⟧”. “⟦d:a|He was there to meet the organisers about the bid. He didn't exactly sit in the sun with a cocktail,⟧” the source said.
But one party insider fumed: “⟦d:b|It's the optics. People are choosing between heating and eating and he's sending them the bill for his courtside seats.⟧”
Hale-Whitby's constituency agent, Gemma Ruddock, leapt to his defence. “⟦d:d|Seb works harder than anyone I know,⟧” she said.
When the Clarion caught up with Hale-Whitby outside his flat on Monday, he said only: “⟦d:c|Talk to my office.⟧”
Last night a spokesman for the minister said: “⟦d:e|All travel was approved in advance and declared in line with the rules.⟧”

### 017
@a Kalani Makoa | Unity Party leader
@b Unity Party | -
@c Siosaia Taufa | The outgoing deputy prime minister
@d - | A Unity Party official
AROHA BAY, Mahana Islands, Oct 12 (Meridian) - The opposition Unity Party was on course for its first outright majority in the Mahana Islands' assembly on Saturday, preliminary results showed, ending 16 years of coalition government.
"⟦d:a|Tonight the islands chose change, and they chose it in every district, from the capital to the outer atolls,⟧" Unity Party leader Kalani Makoa told cheering supporters at a rally in Aroha Bay.
The outgoing deputy prime minister, Siosaia Taufa, who lost his own seat by fewer than 200 votes, conceded shortly after midnight. "⟦d:c|The people have spoken and I respect them. I will ring Mr Makoa in the morning to congratulate him,⟧" Taufa said.
"⟦d:c|I have no regrets. None.⟧"
A Unity Party official said turnout had been "⟦p:d|the highest we have seen⟧" since independence.
The Unity Party said in a statement that it would name its cabinet "⟦p:b|within ten days⟧".

### 018
@a Obinna Eze | The governor of the Central Bank of Tarsinia
@b Margit Halvorsen | the committee's chair
@c Devika Raman | an opposition member of the committee
@d Aleksander Nowak | -
The governor of the Central Bank of Tarsinia, Obinna Eze, defended the bank's decision to hold interest rates at 5.5 per cent on Wednesday, telling MPs that inflation was "⟦p:a|not yet beaten, whatever the headline figure says⟧".
Appearing before parliament's finance committee, Eze was asked by the committee's chair, Margit Halvorsen, whether the bank had been "⟦p:b|too slow on the way up and now too slow on the way down⟧".
"⟦d:a|I accept that we were late two years ago. I don't accept that we're late now,⟧" Eze replied. "⟦d:a|If we cut too early and have to reverse, that's the worst of all worlds for a family with a mortgage.⟧"
Devika Raman, an opposition member of the committee, asked: "⟦d:c|Governor, how many businesses have to go under before it counts as too late?⟧"
"⟦d:a|I understand the question. I don't think it's a fair one,⟧" he said.
Aleksander Nowak asked whether the bank's forecasts could still be trusted after what he called "⟦p:d|three years of misses⟧". Eze conceded that the models had "⟦p:a|struggled⟧" but said: "⟦d:a|No central bank in the world forecast that energy shock. We were not alone.⟧"
He promised to publish an external review of the bank's forecasting "⟦p:a|before the summer⟧".
"⟦d:b|We'll hold you to that, governor,⟧" Halvorsen said as she closed the session.

### 019
@a Femi Adebayo | the council's cabinet member for transport
@b Siobhán Ní Bhriain | an organiser with the campaign group Safe Streets Stallbridge
@c Keith Armitage | a taxi driver
@d - | One protester
About 300 people marched on Stallbridge Civic Centre on Saturday against the council's low-traffic neighbourhood schemes in the Millfield and Crossgates areas.
Protesters carried placards reading “⟦s:-|Our streets, our choice⟧” and “⟦s:-|Stop the Millfield Wall⟧”, and chanted “⟦s:-|Scrap the scheme!⟧” as they passed the town hall.
Keith Armitage, a taxi driver, said his journeys across town now took twice as long. “⟦d:c|A fare that used to take ten minutes now takes twenty-five. Who pays for that? The passenger does,⟧” he said.
But Siobhán Ní Bhriain, an organiser with the campaign group Safe Streets Stallbridge, said the march did not speak for the majority of residents. “⟦d:b|My kids can play out on our road for the first time. I'm not giving that up because someone can't be bothered to go round by the ring road,⟧” she said.
Femi Adebayo, the council's cabinet member for transport, told the Echo that the scheme was “⟦p:a|an 18-month trial, not a life sentence⟧”. “⟦d:a|We will listen. We will look at the data. And if it isn't working, we'll change it,⟧” he said.
One protester, holding a homemade sign, was unconvinced. “⟦d:d|They've already made their minds up. This so-called consultation is a joke.⟧”

### 020
@a Ruairí Mac Giolla | the former finance minister
@b Viktor Dvořák | the party's deputy leader
@c Nadia Benali | The moderator
@d - | one audience member
The two men vying to lead the Social Democrats clashed repeatedly over tax and immigration in a bad-tempered televised debate on Tuesday night.
Ruairí Mac Giolla, the former finance minister, accused his rival of “⟦p:a|borrowing the opposition's lines and hoping nobody notices⟧”.
“⟦d:b|That's rich, Ruairí, coming from the man who wrote the last manifesto we lost on,⟧” replied Viktor Dvořák, the party's deputy leader.
The moderator, Nadia Benali, repeatedly had to cut in. “⟦d:c|Gentlemen, the audience can't hear either of you when you both talk at once,⟧” she said at one point.
Asked by one audience member, “⟦d:d|Which of you would actually win a general election?⟧”, both men claimed the polls were on their side.
“⟦d:a|Every poll this year puts me ahead with the voters we lost,⟧” Mac Giolla said.
“⟦d:b|Polls don't knock on doors. Members do,⟧” Dvořák shot back.
Afterwards, the deputy leader admitted the evening had been “⟦p:b|a bit heated⟧”. “⟦d:b|But that's politics. We'll shake hands and get on with it,⟧” he said.

### 021
@a Veskland Foreign Ministry | the ministry
@b Lin Meihua | Ministry spokeswoman
@c - | A Western diplomat in Skarholm
@d Nasrin Farahani | Tarsinia's foreign minister
SKARHOLM, March 2 (Meridian) - The Veskland Foreign Ministry summoned Tarsinia's ambassador on Monday over what it called a “⟦p:a|flagrant violation⟧” of Veskland's airspace by a Tarsinian military drone, the latest in a series of incidents that have strained relations between the two neighbours.
“⟦d:a|Veskland will not tolerate repeated intrusions into its sovereign territory and reserves the right to respond by all lawful means,⟧” the ministry said in a statement.
Ministry spokeswoman Lin Meihua told a regular briefing that the drone had flown “⟦p:b|nearly 40 kilometres⟧” inside Veskland. “⟦d:b|This was not an accident. A drone does not get lost for 40 kilometres,⟧” she said.
Tarsinia's foreign minister, Nasrin Farahani, said the drone had been on a routine patrol and had “⟦p:d|briefly strayed⟧” because of a navigation fault. “⟦d:d|We have nothing to hide. We have offered a joint technical inquiry,⟧” Farahani told reporters in Davrin.
A Western diplomat in Skarholm said neither side wanted an escalation. “⟦d:c|They are both shouting loudly so that they don't have to do anything,⟧” the diplomat said.

### 022
@a Meleane Fifita | Senator
@b Graham Cottrell | the secretary of the Department of Home Security
@c Patrick O'Dwyer | The committee chair
@d Rhiannon Lowe | Assistant Minister
A senior public servant has told a Senate estimates hearing that he "⟦p:b|cannot recall⟧" whether he briefed the minister on a $31 million contract awarded to a company run by a former party donor.
Graham Cottrell, the secretary of the Department of Home Security, was questioned for more than two hours on Monday night by Senator Meleane Fifita.
"⟦d:a|Mr Cottrell, you signed the contract. Did you or did you not tell the minister who owned the company?⟧" Senator Fifita asked.
"⟦d:b|Senator, I've answered that. I don't recall the specific conversation.⟧"
"⟦d:a|It's $31 million. You don't recall?⟧"
At that point Assistant Minister Rhiannon Lowe, who represents the department in the Senate, objected. "⟦d:d|The witness has answered the question three times. This is becoming harassment,⟧" she said.
"⟦d:a|It's becoming accountability,⟧" Senator Fifita shot back.
The committee chair, Senator Patrick O'Dwyer, suspended proceedings for ten minutes. "⟦d:c|Let's all have a cup of tea and come back in a better frame of mind,⟧" he said.

### 023
@a Jonty Fairweather | the chief whip
@b Sunita Menon | a junior minister
@d - | One member of the group
@e - | A spokesman for the whips' office
Messages leaked from a private messaging group used by government MPs show the chief whip, Jonty Fairweather, urging colleagues to “⟦p:a|keep calm and keep quiet⟧” as a rebellion over welfare cuts gathered pace.
In one message, sent at 11.42pm on Tuesday, Fairweather wrote: “⟦d:a|Anyone who talks to the press tonight will be talking to them from the back benches for the rest of this parliament.⟧”
Sunita Menon, a junior minister, replied minutes later: “⟦d:b|Is that a threat, Jonty? Asking for about forty friends.⟧”
The group, which members call “⟦s:-|the Engine Room⟧”, has about 120 members.
One member of the group, who asked not to be named, said the leak was “⟦p:d|the least surprising thing to happen all week⟧”. “⟦d:d|Half the group are already talking to journalists. The other half are journalists' best friends,⟧” the MP said.
A spokesman for the whips' office said: “⟦d:e|We do not comment on private messages.⟧”

### 024
@a Catrin Mostyn | -
@b Hamish Dunbar | chair of Stronger as One
@d Moira Kerr | a retired teacher
@e Arjun Malhotra | a 19-year-old student
Campaigners on both sides of Ardhallow's referendum on tax-raising powers made their final pitch to voters on Wednesday, with polls suggesting the result is too close to call.
Catrin Mostyn, who leads the Yes campaign, told supporters in Inverlaith that a Yes vote would mean "⟦p:a|decisions about Ardhallow made in Ardhallow⟧".
"⟦d:a|For forty years, people in this region have been told to wait. Tomorrow they don't have to wait any more,⟧" Ms Mostyn said.
Hamish Dunbar, chair of Stronger as One, warned that the new powers would lead to "⟦p:b|a second layer of tax on working families⟧".
"⟦d:b|Nobody has told voters what these powers will cost them. Not once, in six weeks of campaigning. That should worry everybody,⟧" he said.
In Inverlaith's market square, voters were divided. Moira Kerr, a retired teacher, said: "⟦d:d|I've voted No to everything my whole life. This time I'm voting Yes, and I'm as surprised as you are.⟧"
Arjun Malhotra, a 19-year-old student, said he had still not made up his mind. "⟦d:e|Both sides just shout numbers at you. I'll probably decide in the booth,⟧" he said.

### 025
@a Thandiwe Nkosi | the prime minister's former chief of staff
@b - | One former colleague
@c Jakob Brenner | the former cabinet secretary
Thandiwe Nkosi, the prime minister's former chief of staff, has a rule about reading newspapers: she doesn't. “⟦d:a|Not since the second week. I had someone summarise them for me, and after a month I asked her to stop summarising the bad bits,⟧” she says, laughing.
She spent three years at the centre of government and left, abruptly, in March. One former colleague calls her “⟦p:b|the only person in the building the prime minister was scared of⟧”. Nkosi rolls her eyes at that.
“⟦d:a:m|He wasn't scared of me. He was scared of the diary. I controlled the diary, so I got the blame for everything that was in it and everything that wasn't.⟧
“⟦d:a:m|People think power in government is about big speeches. It isn't. It's about who gets fifteen minutes on a Tuesday afternoon and who gets nothing for three weeks.⟧
“⟦d:a|That's the job. You say no to people all day, and some of them never forgive you.⟧”
Sir Jakob Brenner, the former cabinet secretary, who worked alongside her for two years, is more generous. “⟦d:c|Thandiwe was the most effective chief of staff I served with, and I served with five,⟧” he says. “⟦d:c|She was also the only one who ever remembered my birthday.⟧”

### 026
@a Wilhelmina de Groot | Liberal Alliance leader
@b Esra Yıldız | Green Future leader
@c - | Another negotiator
@d - | A person familiar with the talks
AMSVELD, Jan 9 (Meridian) - Coalition talks in Holmgard stalled on Thursday after the two parties expected to form the next government failed to agree on a date for closing the country's last coal-fired power station, according to people familiar with the negotiations.
Liberal Alliance leader Wilhelmina de Groot said after a six-hour session that there was "⟦p:a|still a lot of work to do⟧" but insisted the talks had not broken down.
"⟦d:a|We're not walking away. I don't think anybody is walking away,⟧" de Groot told reporters outside the parliament building. "⟦d:a|But I'm not going to sign something I can't defend to my voters.⟧"
Green Future leader Esra Yıldız, speaking an hour later, struck a harder tone. "⟦d:b|2030 is not a negotiating position. It's what the science says,⟧" Yıldız said. "⟦d:b|If Wilhelmina wants 2035, she needs to explain which summer she'd like to cancel.⟧"
A person familiar with the talks said the two leaders had "⟦p:d|barely spoken⟧" in the final hour. "⟦d:d|It's very personal now, which is the problem,⟧" the person said.
Another negotiator, from the Liberal Alliance side, played down the rift. "⟦d:c|Leaders always sound tougher on the steps than they are in the room,⟧" he said.

### 027
@a Matteo Ferraro | Interior Minister
@b Sanna Virtanen | the presenter
@c - | a caller from Vaaraniemi
Interior Minister Matteo Ferraro walked out of a live radio interview on Wednesday after being repeatedly questioned about the deportation of a family who had lived in Ostravia for twelve years.
«⟦d:b|Minister, the children were born here. They speak no other language. Why were they put on a plane at four in the morning?⟧» the presenter, Sanna Virtanen, asked.
«⟦d:a|The law was applied. I don't make the law up as I go along, and neither should you,⟧» Ferraro replied.
«⟦d:b|You do make the law, though. You're the minister.⟧»
«⟦d:a|Parliament makes the law.⟧»
After a caller from Vaaraniemi described the decision as «⟦p:c|cruel and stupid⟧», Ferraro removed his headphones. «⟦d:a|I came here to talk about police funding. If you want to do a programme on one case, do it without me,⟧» he said, before leaving the studio.
Virtanen told listeners: «⟦d:b|The minister has left us. We'll carry on without him.⟧»

### 028
@a Dorothy Pilkington | Parish council chair
@b Ifeanyi Nwosu | Councillor
@c - | A member of the public
@d Colin Hargreaves | The clerk
A row over the colour of Ashcombe's new bus shelter ended with police being called to the village hall on Monday evening, the Wexmoor Herald understands.
Parish council chair Dorothy Pilkington had proposed that the shelter be painted in what the supplier's brochure calls “⟦s:-|heritage green⟧”. Councillor Ifeanyi Nwosu wanted it left in galvanised steel.
“⟦d:b|It's a bus shelter, Dorothy. It's not a cathedral,⟧” Mr Nwosu told the meeting.
“⟦d:a|Some of us care what the village looks like,⟧” Mrs Pilkington replied.
A member of the public then stood up and said: “⟦d:c|I've waited forty minutes in the rain at that stop. Paint it tartan for all I care, just put a roof on it.⟧”
The clerk, Colin Hargreaves, said later that voices had been “⟦p:d|raised, but not unreasonably so⟧”, and that an officer had attended “⟦p:d|as a precaution⟧” after one man refused to leave.
“⟦d:d|Nobody was arrested. Everyone went home. The shelter is still not painted,⟧” Mr Hargreaves said.

### 029
@a Mikael Sandström | the prime minister
@b - | one delegate from the north of the county
@c Priya Venkataraman | The party's chair
Mikael Sandström used his closing speech to the National Renewal conference in Bramcaster on Wednesday to promise a "⟦p:a|decade of delivery⟧" and to take aim at what he called the opposition's "⟦p:a|politics of the sulk⟧".
Speaking in front of a backdrop bearing the slogan "⟦s:-|Building the Next Ten Years⟧", the prime minister mocked claims that his government had run out of steam.
"⟦d:a|They say we've run out of ideas. We've got more ideas than they've got policies, and they've got one policy, which is to complain,⟧" the prime minister told delegates.
"⟦d:a:m|I want to talk to the nurse in Corrinford who wonders whether she'll ever own a home. I want to talk to the lorry driver in Thrushby who can't get a doctor's appointment.⟧
"⟦d:a|I hear you. I've heard you. And this party is going to deliver for you.⟧"
The speech drew a standing ovation, although one delegate from the north of the county said afterwards it had been "⟦p:b|good on vision, light on detail⟧".
The party's chair, Priya Venkataraman, said: "⟦d:c|That was the prime minister at his best. Anybody who watched that and thinks we're tired wasn't paying attention.⟧"

### 030
@a Mehmet Aydın | The returning officer
@b Bethan Morgan-Jones | the Liberal Alliance candidate
@c Trevor Blakemore | the National Renewal candidate
@d - | One of her supporters
The Liberal Alliance snatched Millfield ward from National Renewal in a council by-election on Thursday, winning by just 37 votes after a recount that finished at 3.15am.
The returning officer, Mehmet Aydın, declared the Liberal Alliance candidate, Bethan Morgan-Jones, ``⟦p:a|duly elected⟧'' to cheers from a small group of supporters in the sports hall.
``⟦d:b|I knocked on every door in Millfield, some of them three times. I think people just got sick of seeing me and voted for me to make me go away,⟧'' she joked.
One of her supporters shouted ``⟦d:d|Speech!⟧'' as she stepped down from the stage.
Trevor Blakemore, the National Renewal candidate, said the result was ``⟦p:c|disappointing but not a disaster⟧''. ``⟦d:c|Thirty-seven votes. We'll be back in May and we'll be knocking on those doors too,⟧'' he said.
Mr Aydın told the Herald that the recount had been requested by Mr Blakemore's agent. ``⟦d:a|It's everyone's right. We checked every bundle twice and the result stood,⟧'' he said.

### 031
@a Rupert Aldous-Kemp | National Renewal MP
@d Shabana Iqbal | Workers' Alliance MP
@e - | A spokesman for Aldous-Kemp
BLUNDERING National Renewal MP Rupert Aldous-Kemp was caught on a live microphone branding his own constituents “⟦p:a|moaners and scroungers⟧”.
The posh backbencher, 52, thought the mic had been switched off after a community radio phone-in in Pellingham on Friday.
But listeners heard him tell an aide: “⟦d:a|God, that was grim. Half of them are moaners and the other half are scroungers. Get me out of here before the next one.⟧”
Workers' Alliance MP Shabana Iqbal blasted: “⟦d:d|This is what they really think of ordinary people. He should apologise to every one of them, in person.⟧”
Hours later a grovelling Aldous-Kemp posted online: “⟦d:a|I made a foolish and hurtful remark in what I thought was a private moment and I apologise unreservedly.⟧”
A spokesman for Aldous-Kemp added that the MP had been “⟦p:e|exhausted after a long week⟧”.

### 032
@a Ingvild Rasmussen | the alliance's secretary general
@b - | a reporter
@c Bogdan Kovalenko | Dalmaro's defence minister
@d Northern Defence Compact | -
BRESSEN, May 22 (Meridian) - Defence ministers of the Northern Defence Compact agreed on Wednesday to double the number of troops on high readiness along the alliance's eastern flank, in the biggest reinforcement of the region in a decade.
"⟦d:a|This is a defensive alliance. Nothing we agreed today threatens anyone. But nobody should mistake restraint for weakness,⟧" the alliance's secretary general, Ingvild Rasmussen, told a news conference.
Asked by a reporter, "⟦d:b|Is this a response to the Kesh manoeuvres?⟧", Rasmussen said: "⟦d:a|It is a response to the security environment as a whole. I'll let you draw your own conclusions.⟧"
Dalmaro's defence minister, Bogdan Kovalenko, whose country borders Kesh, was blunter. "⟦d:c|We have tanks fifty kilometres from our border. We are not drawing conclusions, we are counting them,⟧" he said.
In a joint communique, the Northern Defence Compact said it would "⟦p:d|respond decisively to any aggression against any ally⟧".

### 033
@a Nils Eriksen | chief executive of Ferrowave
@b Julian Okwuosa | The Social Democrat MP
@c Hywel Price | The committee's chair
@d Ferrowave | -
The head of the social media company Ferrowave declined eleven times on Thursday to tell MPs how many content moderators the company employs.
Nils Eriksen, chief executive of Ferrowave, was giving evidence to parliament's digital affairs committee on the company's handling of harmful content aimed at teenagers.
“⟦d:a|We don't publish that figure, for security reasons, and I'm not going to start today,⟧” Eriksen said.
The Social Democrat MP Julian Okwuosa accused him of “⟦p:b|treating parliament like a focus group⟧”. “⟦d:b|You've told us how many users you have, how much money you made and how many offices you're opening. But the number of people keeping children safe is a state secret?⟧” Okwuosa asked.
“⟦d:a|I didn't say it was a secret. I said we don't publish it.⟧”
“⟦d:b|What's the difference?⟧”
The committee's chair, Hywel Price, warned Eriksen that MPs had the power to “⟦p:c|compel the information⟧”. “⟦d:c|I'd much rather you gave it to us voluntarily, Mr Eriksen. I think you would too,⟧” Price said.
Ferrowave said in a statement afterwards that it had “⟦p:d|engaged constructively⟧” with the committee.

### 034
@a Lucía Moreno Vidal | a former paramedic
@b Dolores Sáenz | Her campaign manager
@c - | A woman in a dressing gown
@d Abdirahman Warsame | a shopkeeper
It is 7.40am and Lucía Moreno Vidal, a former paramedic, is on her fourth doorstep of the day. The door opens about six inches. A woman in a dressing gown peers out.
"⟦d:c|If you're selling something, I'm not buying,⟧" she says.
"⟦d:a|Only democracy, I'm afraid,⟧" Moreno Vidal replies, handing over a leaflet. The door closes, gently.
Her campaign manager, Dolores Sáenz, keeps a tally on her phone. "⟦d:b|That counts as a good one. Nobody swore,⟧" she says.
Moreno Vidal says the job she did for eleven years prepared her for this better than any politics degree could have.
"⟦d:a:m|I spent eleven years going into people's homes on the worst day of their lives. You learn to read a doorway in about two seconds.⟧
"⟦d:a|This is easier. Nobody is bleeding. Mostly.⟧"
At the parade of shops on Cray Street, Abdirahman Warsame, a shopkeeper, tells her he has been reporting the broken street lights outside for a year. "⟦d:d|Four times I have reported it. Four times!⟧"
Moreno Vidal writes the details in a notebook. "⟦d:a|I'll ring you on Friday,⟧" she says. Behind her, Sáenz mouths: "⟦d:b|She will.⟧"

### 035
@a Aurélien Fabre | government spokesman
@b Yasmina Belkacem | The head of the Confédération des Travailleurs de Morovie
@c Didier | One striking train driver
VALMONT, Feb 4 (Meridian) - The Morovian government said on Tuesday it would not withdraw its pension reform despite a third day of nationwide strikes that halted most trains and closed hundreds of schools.
«⟦d:a|Le gouvernement ne reculera pas⟧» («⟦d:a|The government will not back down⟧»), government spokesman Aurélien Fabre told reporters after the weekly cabinet meeting.
«⟦d:a|We have listened, we have amended the text four times, and now it is time for parliament to vote,⟧» Fabre said.
The head of the Confédération des Travailleurs de Morovie, Yasmina Belkacem, called the government's stance «⟦p:b|pure arrogance⟧» and promised that the strikes would continue «⟦p:b|as long as necessary⟧».
«⟦d:b|They have amended the commas. They have not amended the retirement age,⟧» Belkacem told a rally in Valmont's Place des Tanneurs.
One striking train driver, who gave only his first name, Didier, said he had worked nights for thirty years. «⟦d:c|I'm 54. They want me driving trains at 66. Would you get on that train?⟧» he said.

### 036
@a Rosalind Mbatha | The environment secretary
@b Duncan Forsyth | the prime minister
@c - | An ally of Ms Mbatha
The environment secretary, Rosalind Mbatha, resigned from the cabinet on Friday night in protest at the government's decision to approve a new oilfield off the Kestrel coast, saying she could "⟦p:a|no longer defend the indefensible⟧".
In her resignation letter to the prime minister, Duncan Forsyth, Mbatha wrote: "⟦d:a:m|I have always believed that collective responsibility is the price of a seat at the cabinet table. But there are some decisions I cannot put my name to, and this is one of them.⟧
"⟦d:a|I will continue to support the government from the back benches on everything else.⟧"
Forsyth, in his reply, said he was "⟦p:b|sorry to lose⟧" a "⟦p:b|hard-working and principled colleague⟧". "⟦d:b|I respect your decision, although I do not agree with it. Energy security is national security,⟧" he wrote.
An ally of Ms Mbatha said she had made up her mind "⟦p:c|weeks ago⟧". "⟦d:c|She told him in March she'd go if it was approved. He didn't believe her. He does now,⟧" the ally said.

### 037
@a Akosua Mensah | The Wexmoor police and crime commissioner
@b Derek Tolland | The panel's chair
@c Zbigniew Kowalczyk | -
The Wexmoor police and crime commissioner, Akosua Mensah, clashed with members of the county's police and crime panel on Friday over her decision to close three police station front counters.
“⟦d:a|I would love to keep every front counter open. I would also love to put 80 more officers on the street. I can't do both,⟧” she told the panel.
Zbigniew Kowalczyk, who represents Thrushby on the panel, interrupted: “⟦d:c|Nobody in Thrushby has seen one of those 80 officers.⟧”
“⟦d:a|If Councillor Kowalczyk would let me finish —⟧”
“⟦d:c|I've been letting you finish for two years.⟧”
The panel's chair, Derek Tolland, called for calm. “⟦d:b|Can we please have one person speaking at a time? The minute-taker is only human,⟧” he said.
Mensah later said she would be “⟦p:a|very happy⟧” to visit Thrushby and “⟦p:a|take whatever questions residents want to throw at me⟧”.

### 038
@a Daniela Costa | Prime Minister
@b Raúl Ibarra | opposition leader
@d Brenwood Institute | -
@e - | the Prime Minister's campaign
During Tuesday night's debate, Prime Minister Daniela Costa and opposition leader Raúl Ibarra made a string of claims about the economy. We checked some of them.
CLAIM: "⟦d:a|We have created 400,000 new jobs since we came into office.⟧" - Daniela Costa
VERDICT: Broadly accurate. Official figures show employment has risen by about 390,000 since the election. However, roughly a third of those jobs are on what statisticians classify as "⟦s:-|zero-hours or on-call⟧" contracts.
CLAIM: "⟦d:b|Under this government, the average family is £2,000 a year worse off.⟧" - Raúl Ibarra
VERDICT: Misleading. Mr Ibarra's figure appears to come from a report by the Brenwood Institute, which described it as a "⟦p:d|worst-case scenario⟧" for a single-earner household with a variable-rate mortgage, not the average family.
ALSO CHECKED: Ms Costa said the opposition's spending plans would open up a "⟦p:a|£40bn black hole⟧". We could not find any published costing that supports this figure. Asked for its source, the Prime Minister's campaign said it was "⟦p:e|based on internal analysis⟧" and declined to share it.

### 039
@a Isabel Carrington | -
@b Martin Oyelowo | the party's general secretary
@c Tomasz Zieliński | former health minister
@d - | One MP who backed Zieliński
BRAMCASTER, Sept 5 (Meridian) - Isabel Carrington was elected leader of the opposition Social Democrats on Saturday, beating former health minister Tomasz Zieliński by 58 per cent to 42 per cent in a ballot of party members.
Announcing the result, the party's general secretary, Martin Oyelowo, said turnout had been "⟦p:b|the highest in our history⟧".
"⟦d:a|To every member who voted for Tomasz: I want you in this. I need you in this,⟧" Carrington, 47, said in her acceptance speech. "⟦d:a|The government should be very worried tonight, because this party has stopped arguing with itself.⟧"
Zieliński said he would serve "⟦p:c|wherever Isabel wants me⟧". "⟦d:c|The members have spoken, clearly. I congratulate her, and I'll be the first to knock on doors for her,⟧" he told reporters.
One MP who backed Zieliński was less gracious. "⟦d:d|We've picked the candidate the government wanted us to pick,⟧" the MP said.

### 040
@a Amina Waziri | Kavela's foreign minister
Amina Waziri, Kavela's foreign minister, has a habit of answering a question with another question. When I ask whether she trusts her counterpart in Dalmaro, she smiles. “⟦d:a|Do you trust everyone you negotiate with?⟧”
“⟦d:-|I'm not a foreign minister,⟧” I point out.
“⟦d:a|No. Lucky you,⟧” she says.
Waziri, 51, has held the job for six years, longer than any of her predecessors. She describes it as “⟦p:a|ninety per cent listening and ten per cent saying no politely⟧”.
“⟦d:a:m|People imagine it's grand dinners and signing ceremonies. Mostly it's sitting in a room with people you disagree with, for fourteen hours, eating sandwiches.⟧
“⟦d:a|The sandwiches are always terrible. That is the one thing every government in the world agrees on.⟧”
When I ask what she would say to critics who accuse her of being too close to the government in Kesh, the laughter stops. “⟦d:a|I would say: read the agreements. Not the headlines. The agreements,⟧” she says.

### 041
@a - | One former minister
@b - | A senior backbencher
@c - | An aide to the prime minister
@d Niamh Gallagher | the deputy prime minister
@e - | A spokeswoman for Ms Gallagher
Rebel MPs are preparing to submit letters of no confidence in the prime minister as soon as next week, according to more than a dozen members of the governing party who spoke to the Ledger on condition of anonymity.
One former minister said the mood in the parliamentary party had become "⟦p:a|poisonous⟧". "⟦d:a|People aren't asking whether any more. They're asking when, and who,⟧" the former minister said.
A senior backbencher said the deputy prime minister, Niamh Gallagher, was "⟦p:b|quietly taking soundings⟧". Gallagher has publicly denied any interest in the job. "⟦d:d|I have one ambition, and that's to do the job I've got,⟧" she told reporters in Lanmouth on Monday.
An aide to the prime minister dismissed the reports as "⟦p:c|the usual summer nonsense⟧". "⟦d:c|Every August someone gets a tan and a sense of destiny. It passes,⟧" the aide said.
A spokeswoman for Ms Gallagher said: "⟦d:e|The deputy prime minister is fully focused on her work in government.⟧"

### 042
@a Hyacinth Blackwood | cabinet member for finance
@b Oleksandr Petrenko | The opposition group leader
@c Ayesha Siddiqui | the mayor
@d - | A council spokesperson
Council tax in Dunmallow will rise by 4.99 per cent from April after councillors approved the budget by 31 votes to 24 on Wednesday night.
Hyacinth Blackwood, cabinet member for finance, told the chamber: ``⟦d:a|This is not the budget I wanted to bring. It is the budget the circumstances allow.⟧''
The opposition group leader, Oleksandr Petrenko, said residents would be paying ``⟦p:b|more for less, again⟧''. ``⟦d:b|Bins collected fortnightly, libraries open three days a week, and a bigger bill. Who exactly is this budget for?⟧'' he asked.
When Mr Petrenko overran his allotted five minutes, the mayor, Ayesha Siddiqui, switched off his microphone. ``⟦d:c|Thank you, Councillor Petrenko. You'll have another chance in the summing-up,⟧'' she said.
``⟦d:b|I'd like that noted in the minutes,⟧'' he replied.
A council spokesperson said the increase would raise ``⟦p:d|around £3.1m⟧'' for adult social care.

### 043
@a Esperanza Quiroga | President
@b - | one journalist
@c - | another reporter
@d Joaquim Baptista | her chief of staff
President Esperanza Quiroga of Sanvoria lost her temper with reporters on Thursday during her first news conference in three months, accusing the media of “⟦p:a|inventing a crisis⟧” over the resignation of her finance minister.
“⟦d:b|Madam President, did you ask Minister Ortega to resign?⟧” one journalist asked.
“⟦d:a|No. He offered his resignation and I accepted it. That is what adults do,⟧” Quiroga said.
“⟦d:c|Then why did he say on Tuesday that he had no intention of leaving?⟧” another reporter pressed.
“⟦d:a|You would have to ask him. Next question.⟧”
When the same reporter tried again, Quiroga turned to her chief of staff, Joaquim Baptista, and asked, audibly: “⟦d:a|How long do I have to stand here?⟧”
Baptista later told reporters that the president had been “⟦p:d|tired after a long trip⟧” and had “⟦p:d|enormous respect⟧” for the press.

### 044
@a Kirsty Lamont | presenter
@b Olamide Bankole | The shadow education secretary
@c Joanna Pike | general secretary of the National Teachers' Union
The shadow education secretary, Olamide Bankole, struggled on Sunday to say how her party would pay for its pledge to recruit 15,000 extra teachers.
"⟦d:a|It's £1.2bn a year. Where does the money come from?⟧" presenter Kirsty Lamont asked on The Week Ahead.
"⟦d:b|It comes from ending the tax break on private schools, as we've said many times,⟧" Bankole replied.
"⟦d:a|But the independent figures say that raises £700m at most. That's a gap of half a billion.⟧"
"⟦d:b|I don't accept those figures.⟧"
"⟦d:a|Which figures do you accept?⟧"
After a pause, Bankole said the party would publish "⟦p:b|full costings⟧" before its manifesto.
Joanna Pike, general secretary of the National Teachers' Union, said afterwards: "⟦d:c|We welcome any party that wants more teachers. We'd welcome it even more if they could tell us how they'll pay them.⟧"

### 045
@a - | One demonstrator
@b Kelsey Police | -
@c Yusuf Demir | one of the organisers
@d Penelope Hartigan | Home Secretary
Thousands of farmers drove tractors into the centre of Kelsey on Tuesday to protest against changes to inheritance rules, bringing traffic to a standstill for several hours.
Demonstrators chanted “⟦s:-|No farmers, no food⟧” and waved banners reading “⟦s:-|Don't Bury Your Farmers⟧” outside the parliament building.
Yusuf Demir, one of the organisers, said: “⟦d:c|My family has farmed the same 300 acres for five generations. Under these rules my children will have to sell half of it to pay the tax.⟧”
One demonstrator, who had driven through the night from the north coast, said: “⟦d:a|We don't want to be here. We want to be at home, working. They've given us no choice.⟧”
Kelsey Police said in a statement that the protest had been “⟦p:b|largely peaceful⟧” and that four people had been arrested.
Home Secretary Penelope Hartigan said the right to protest was “⟦p:d|precious⟧” but added: “⟦d:d|Blocking ambulances is not protest. It is dangerous, and it will be dealt with.⟧”

### 046
@a Horatio Banerjee | the former deputy prime minister
@b Harrow & Finch | Banerjee's publisher
Ahead of the publication of his memoir, "⟦s:-|Corridors⟧", the former deputy prime minister Horatio Banerjee, who describes himself as "⟦p:a|semi-retired and fully opinionated⟧", spoke to us at his home in Ashcombe. The interview has been edited for length.
Q: Why write a memoir now?
A: Because if I'd waited any longer I'd have forgotten the good bits and remembered only the grudges.
Q: There are a lot of grudges in the book.
A: There are a lot of good bits too. Read chapter nine.
Q: You call the former prime minister "⟦s:-|the Weathervane⟧" throughout.
A: Affectionately.
Q: It doesn't read as affectionate.
A: You'd have to have been in the room.
Banerjee's publisher, Harrow & Finch, said the first print run of 40,000 copies had "⟦p:b|sold out on pre-orders⟧".

### 047
@a Arkady Vesnin | Kesh's foreign minister
@b Tamar Gelashvili | Dalmaro's ambassador to the Assembly of Nations
@c - | One diplomat who stayed in the hall
GENEVRA, Sept 24 (Meridian) - Delegates from more than a dozen countries walked out of the Assembly of Nations on Tuesday as Kesh's foreign minister, Arkady Vesnin, opened his address by accusing Dalmaro of “⟦p:a|provocations on a scale not seen in a generation⟧”.
Speaking through an interpreter, Vesnin said his government sought “⟦p:a|only peace and respect⟧”. “⟦d:a|Those who walk out of this hall are walking away from dialogue. We remain at the table,⟧” he said, to an increasingly empty chamber.
Dalmaro's ambassador to the Assembly of Nations, Tamar Gelashvili, who led the walkout, told reporters in the corridor: “⟦d:b|We will not sit politely while a man whose army is on our border lectures us about peace.⟧”
“⟦d:b|Dialogue begins when the tanks go home,⟧” she added.
One diplomat who stayed in the hall said the speech had been “⟦p:c|long, angry and entirely predictable⟧”.

### 048
@a Rhodri Vaughan | The MP for Lanmouth and Wexmoor
@b Brightfields Academy Trust | the trust
@c Precious Dlamini | Parent
@d - | One parent at the school gate
The MP for Lanmouth and Wexmoor, Rhodri Vaughan, has called on Brightfields Academy Trust to reverse its decision to close St Aidan's Primary School in the village of Kilbarrow.
In a post on social media on Sunday, Mr Vaughan wrote: "⟦d:a|Closing St Aidan's would rip the heart out of Kilbarrow. I have written to the trust asking for an urgent meeting and I will not let this go.⟧"
Brightfields Academy Trust, which runs the school, said falling pupil numbers had left it "⟦p:b|financially unsustainable⟧". "⟦d:b|No trust ever wants to close a school. We have looked at every alternative,⟧" the trust said.
Parent Precious Dlamini, whose two children attend St Aidan's, said the news had come "⟦p:c|completely out of the blue⟧". "⟦d:c|We got a letter in their book bags on a Friday afternoon. That's how they told us,⟧" she said.
One parent at the school gate on Monday put it more simply: "⟦d:d|It's the only thing this village has left.⟧"
In a later post, Mr Vaughan said the trust's chief executive had "⟦p:a|agreed to meet⟧" him next week.

### 049
@a Lorcan Daly | Morning Report presenter
@b Thabo Molefe | The leader of the opposition
The leader of the opposition, Thabo Molefe, was accused by a radio presenter on Monday of “⟦p:a|wanting it both ways⟧” on the proposed second runway at Corrinford airport, after refusing four times to say whether he supported it.
“⟦d:a|Mr Molefe, it's a simple question. Runway: yes or no?⟧” Morning Report presenter Lorcan Daly asked.
“⟦d:b|It's not a simple question, Lorcan, and you know it isn't. It's about jobs, it's about the climate, it's about noise for 40,000 households,⟧” Molefe said.
“⟦d:a|So is that a no?⟧”
“⟦d:b|It's a 'we'll look at the evidence when we're in government'.⟧”
“⟦d:a|Listeners will hear that as a no that's too scared to say its name,⟧” Daly said, before moving on to the next item.

### 050
@a National Electoral Council | the council
@b Gustavo Ferreyra | opposition candidate
@c Inter-Regional Observers Network | -
@d Leandro Salcedo | President
SAN TELMO, Sanvoria, Aug 1 (Meridian) - Sanvoria's National Electoral Council declared President Leandro Salcedo the winner of Sunday's election on Monday with 51.2 per cent of the vote, a result that opposition candidate Gustavo Ferreyra immediately rejected as «⟦p:b|a fraud from start to finish⟧».
«⟦d:a|The results reflect the will of the Sanvorian people as expressed at the ballot box,⟧» the council said in a statement read out on state television.
Ferreyra, who took 46.9 per cent according to the official count, told supporters in San Telmo: «⟦d:b|We have the tally sheets from 80 per cent of polling stations. They show a different winner. We will publish every one of them.⟧»
Salcedo, speaking from the balcony of the presidential palace, called for calm. «⟦d:d|The campaign is over. Now we govern for everyone, including those who did not vote for us,⟧» he said.
The Inter-Regional Observers Network, which deployed 300 monitors, said it had found «⟦p:c|serious irregularities⟧» in the counting process in four provinces.

### 051
@a Aisling Brennan | Press secretary
@b Rohan Mistry | a correspondent for the Daily Clarion
Press secretary Aisling Brennan insisted on Tuesday that the president had "⟦p:a|no plans whatsoever⟧" to pardon his former campaign manager, despite reports that a pardon was being drafted.
"⟦d:a|I've seen the reports. I've spoken to the president. There is no pardon, there is no draft, there is no plan,⟧" Brennan told the daily briefing.
Rohan Mistry, a correspondent for the Daily Clarion, asked: "⟦d:b|Will you rule it out for the rest of his term?⟧"
"⟦d:a|I'm not going to deal in hypotheticals about the next three years, Rohan.⟧"
"⟦d:b|So that's not a no.⟧"
"⟦d:a|It's a 'there is no plan'. Write that down.⟧"
Asked whether the president had spoken to his former campaign manager since the conviction, Brennan said: "⟦d:a|Not to my knowledge,⟧" and moved on to the next question.

### 052
@a Marcus Ollerenshaw | the chancellor
@b Yasmin Akhtar | The shadow chancellor
@c - | government backbenchers
Marcus Ollerenshaw, the chancellor, saved his rabbit for the final minute of a 68-minute budget statement: a 2p cut in the basic rate of income tax from next April.
“⟦d:a|This is a budget for the people who get up early, work hard and have been asked to carry too much for too long,⟧” he told the House, as government backbenchers waved their order papers and shouted “⟦d:c|More!⟧”.
The shadow chancellor, Yasmin Akhtar, was unimpressed. “⟦d:b|He takes two pence off with one hand after taking eleven pence off with the other. The people of this country can count, even if he can't,⟧” she said.
“⟦d:a|She voted against every tax cut I've announced,⟧” Ollerenshaw muttered from his seat, earning a rebuke from the chair.
Akhtar went on to describe the budget as “⟦p:b|a pre-election bribe paid for with the next government's credit card⟧”. Economists said the cut would use up almost all of the Treasury's so-called “⟦s:-|fiscal headroom⟧”.
Ollerenshaw later told broadcasters it was “⟦p:a|a responsible budget for a responsible country⟧”.

### 053
@a Connor Flanagan | the Green Future candidate
@b Babajide Alabi | the National Renewal candidate
@c Sven Magnusson | a farmer from the hills above Thrushby
@d - | one woman in the audience
@e Jasmine Cheung | Chamber president
The three men hoping to become the first elected mayor of the Kelsey region clashed over transport, housing and, briefly, a goat at a hustings organised by the Kelsey Chamber of Commerce on Monday night.
Chamber president Jasmine Cheung opened proceedings by asking each candidate to name one thing he would do in his first 100 days.
“⟦d:a|Freeze bus fares. Day one,⟧” said Connor Flanagan, the Green Future candidate.
Babajide Alabi, the National Renewal candidate, promised to “⟦p:b|cut the red tape that's strangling small firms⟧”.
The independent, Sven Magnusson, a farmer from the hills above Thrushby, said he would “⟦p:c|open the books⟧” and publish every contract the authority signed.
When Alabi accused Flanagan of having “⟦p:b|never run anything bigger than a bake sale⟧”, Flanagan replied: “⟦d:a|I've run a housing co-op with 400 tenants. What have you run, apart from your mouth?⟧”
The goat arrived during questions from the floor, when one woman in the audience asked: “⟦d:d|Mr Magnusson, is it true you once brought a goat to a planning inquiry?⟧”
“⟦d:c|It was a very relevant goat,⟧” he said, to loud laughter.
Closing the evening, Cheung said it had been “⟦p:e|the liveliest hustings we've ever hosted⟧”.

### 054
@a Kieran Lockhart | Minister for Small Business
@b Anjali Deshmukh | TalkWave's breakfast presenter
@c Workers' Alliance | -
@d - | A government source
A government minister has been mocked online after he was unable to give the current rate of the minimum wage during a radio interview about the cost of living.
Minister for Small Business Kieran Lockhart was asked by TalkWave's breakfast presenter, Anjali Deshmukh: “⟦d:b|Minister, what's the minimum wage at the moment? Per hour.⟧”
“⟦d:a|It's, er, it's around... it's in the region of, well, it's gone up considerably under this government,⟧” Lockhart said.
“⟦d:b|Do you know the figure?⟧”
“⟦d:a|I don't have it in front of me.⟧”
The clip had been viewed more than two million times by Wednesday evening. The Workers' Alliance shared it, writing: “⟦d:c|If you don't know what people earn, how can you know what they're going through?⟧”
A government source said the minister had been “⟦p:d|caught on the hop⟧” and that it was “⟦p:d|not a hanging offence⟧”.
Lockhart later posted: “⟦d:a|It's £11.44. I should have known that and I'm kicking myself.⟧”

### 055
@a Hanna Lindberg | Veskland Prime Minister
@b Giorgos Papadakis | Ilvanian Prime Minister
@c Zoltán Farkas | the Bravonian prime minister
@d - | One senior official involved in preparing the summit
BRESSEN, Dec 14 (Meridian) - Leaders of the Continental Union arrived for a two-day summit on Thursday deeply divided over a 50-billion-credit aid package for Dalmaro, with one government still threatening a veto.
"⟦d:a|I expect a deal. I think everyone in this building expects a deal, except possibly one person,⟧" Veskland Prime Minister Hanna Lindberg told reporters as she arrived.
That one person, Zoltán Farkas, the Bravonian prime minister, said he would not be "⟦p:c|bullied into writing a blank cheque⟧". "⟦d:c|I have not come here to say no. I have come here to ask questions. If the answers are good, maybe we will say yes,⟧" Farkas said.
Ilvanian Prime Minister Giorgos Papadakis was more optimistic. "⟦d:b|We have done this before, at four in the morning, with cold coffee. We'll do it again,⟧" he said.
One senior official involved in preparing the summit said a fallback plan had been drawn up in case of a veto. "⟦d:d|There's always a plan B. Nobody wants to use it, because plan B is uglier,⟧" the official said.

### 056
@a Priscilla Adebowale-Lyons | The inquiry chair
@b Gideon Mortimer | counsel to the inquiry
@c Kalinda Rao | a former senior official at the Ministry of Health
@d Fraser Whyte | former health minister
Kalinda Rao, a former senior official at the Ministry of Health, told the Pandemic Inquiry on Wednesday that she had warned ministers "⟦p:c|in writing, three times⟧" that the country's stockpile of protective equipment was out of date.
Questioned by Gideon Mortimer KC, counsel to the inquiry, Ms Rao said her warnings had gone "⟦p:c|nowhere⟧".
"⟦d:b|Nowhere at all? Did anyone reply?⟧" Mr Mortimer asked.
"⟦d:c|I got an acknowledgment from the private office. That was the last I heard,⟧" she said.
She was then shown a handwritten note by former health minister Fraser Whyte, which read: "⟦d:d|Noted. Not a priority this spending round.⟧"
"⟦d:b|Were you aware of that note at the time?⟧"
"⟦d:c|No. I'm seeing it for the first time today.⟧"
The inquiry chair, Dame Priscilla Adebowale-Lyons, adjourned the hearing shortly afterwards, saying: "⟦d:a|We will hear from Mr Whyte in due course.⟧"

### 057
@a Hélène Drummond | the former leader
@b Farida Nazari | Her successor
@c - | One councillor who voted against Drummond
Hélène Drummond, who had led Pellingham City Council since 2019, was removed in a secret ballot of the ruling Social Democrat group on Monday night by 22 votes to 17.
“⟦d:a|I'm disappointed, obviously. I'm not bitter. Well, I'm a little bitter,⟧” the former leader said as she left the group meeting.
Her successor, Farida Nazari, paid tribute to Drummond's “⟦p:b|energy and commitment⟧” but said the group needed “⟦p:b|a fresh start⟧” before May's elections.
“⟦d:b|Hélène has given this city a great deal. But we have been losing by-elections we should be winning, and the group decided it was time,⟧” Nazari said.
One councillor who voted against Drummond said the ballot had been “⟦p:c|overdue by about a year⟧”. “⟦d:c|She stopped listening to the group a long time ago,⟧” the councillor said.
Asked whether she would stay on as a councillor, Drummond said: “⟦d:a|I'm going home to have a very large glass of wine. Ask me tomorrow.⟧”

### 058
@a Ioane Leavasa | Prime Minister
@b Mere Tawhiri | Opposition leader
@c - | An electoral official
The Manaia Islands voted on Saturday to keep their current flag, rejecting a proposed new design by 61 per cent to 39 per cent in a referendum that divided families and villages.
The proposed design, a white wave on a blue field, had been nicknamed "⟦s:-|the Wave⟧" by its supporters.
Prime Minister Ioane Leavasa, who had campaigned for change, accepted the result in a brief address on national radio. "⟦d:a|Kia kaha, kia māia,⟧" he began - "⟦d:a|be strong, be brave⟧" - before switching to English. "⟦d:a|The people have decided, and the old flag flies on. I will salute it as proudly tomorrow as I did yesterday.⟧"
Opposition leader Mere Tawhiri, who led the campaign to keep the flag, said the result showed islanders were "⟦p:b|proud of who we already are⟧". "⟦d:b|This was never about the government. It was about our grandparents, who raised that flag in 1971,⟧" she said.
An electoral official said turnout had reached "⟦p:c|about 78 per cent⟧", the highest for any referendum in the islands' history.

### 059
@a - | A senior official at the Interior Ministry
@b Interior Ministry | -
@c Rafael Domínguez | the opposition's home affairs spokesman
@d - | One person who has been questioned
The Interior Ministry has launched a formal leak inquiry after details of a confidential review of border security were published by the Ledger last week.
A senior official at the Interior Ministry confirmed that staff in the border directorate had been asked to hand over their work phones. “⟦d:a|It's standard procedure. It's not a witch-hunt,⟧” the official said.
One person who has been questioned, and who spoke on condition of anonymity, described the process as “⟦p:d|humiliating⟧”. “⟦d:d|They sat me in a room and asked me to unlock my phone in front of them. I've worked there for nineteen years,⟧” the person said.
Rafael Domínguez, the opposition's home affairs spokesman, said the inquiry was “⟦p:c|an attempt to shoot the messenger⟧”. “⟦d:c|The scandal isn't that the review leaked. The scandal is what's in it,⟧” he said.
The Interior Ministry said in a statement: “⟦d:b|The unauthorised disclosure of sensitive information is a serious matter and will be investigated thoroughly.⟧”

### 060
@a Percival Nankervis | The town mayor
@b Jenna Trewin | a professional dog walker
@c Tamsin Polglase | Councillor
Porthcarrow Town Council has voted to ban dogs from the town's main beach between May and September, despite a petition signed by more than 2,000 people.
The town mayor, Percival Nankervis, said councillors had received ``⟦p:a|dozens and dozens⟧'' of complaints about dog mess last summer. ``⟦d:a|We are not anti-dog. I have two dogs myself. But I have also stood in what they leave behind,⟧'' he said.
Councillor Tamsin Polglase, who voted against, said the ban was ``⟦p:c|a sledgehammer to crack a nut⟧''. ``⟦d:c|Fine the people who don't clean up. Don't punish the ones who do,⟧'' she told the meeting.
Jenna Trewin, a professional dog walker, said: ``⟦d:b|I walk eleven dogs a day on that beach. Where am I supposed to go, the car park?⟧''
New signs reading ``⟦s:-|No Dogs 1 May - 30 Sept⟧'' will be put up in April.

### 061
@a Katarzyna Wiśniewska | The rural affairs minister
@b Gerald Finch | the retired postman
@c - | one woman
@d Rivers Authority | -
The rural affairs minister, Katarzyna Wiśniewska, was heckled by residents on Thursday as she toured Dunmallow, where more than 300 homes were flooded after the River Aske burst its banks for the third time in five years.
«⟦d:c|Where were you in 2021? Where were you in 2023?⟧» one woman shouted as the minister stepped out of her car in Mill Lane.
Wiśniewska stopped to speak to residents. «⟦d:a|I understand the anger. I'd be angry too. That's why I'm here,⟧» she said.
Gerald Finch, 68, showed her the tide mark halfway up his living-room wall. «⟦d:b|They keep promising a flood wall. I'll be dead before it's built,⟧» the retired postman said.
The Rivers Authority said the £14m defence scheme was «⟦p:d|on schedule⟧» to start construction next spring.
Wiśniewska later told reporters: «⟦d:a|Next spring is not good enough for the people I met today, and I've told the authority that.⟧»

### 062
@a Gwion ap Dafydd | the Ardhallow First member for Inverlaith North
@b Sophia Laskaris | The Presiding Officer
@c Kenji Watanabe | the economy minister
@d Ardhallow First | -
An Ardhallow Assembly member has been suspended for a day after refusing to withdraw his claim that the economy minister had "⟦p:a|lied⟧" to the chamber.
During economy questions on Tuesday, Gwion ap Dafydd, the Ardhallow First member for Inverlaith North, accused the economy minister, Kenji Watanabe, of misleading members over job losses at the Inverlaith steelworks.
"⟦d:a|The minister told this chamber in March that no jobs were at risk. He knew that was untrue. He lied, and he knows he lied,⟧" Mr ap Dafydd said.
The Presiding Officer, Sophia Laskaris, asked him to withdraw the remark. "⟦d:b|The member knows that word is not permitted in this chamber. I am giving him the opportunity to withdraw it,⟧" she said.
"⟦d:a|With respect, Presiding Officer, I won't withdraw something that's true.⟧"
Ms Laskaris then ordered him to leave the chamber for the rest of the day's business. The word "⟦s:-|liar⟧" and its variants have been ruled out of order in the Assembly since it first sat.
Mr Watanabe later said the accusation was "⟦p:c|false and frankly beneath him⟧". "⟦d:c|I told members what I knew at the time. The company's decision came weeks later,⟧" he said.
Ardhallow First said in a statement that its member had "⟦p:d|said what thousands of steelworkers are thinking⟧".

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh104.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh104",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
