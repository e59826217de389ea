# ruff: noqa: E501
"""Build ``quotes_fresh56.jsonl``: an independent, held-out gold set of quotes (politics).

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is politics and
public affairs: parliamentary debates and questions, select-committee hearings,
council and planning meetings, press conferences and briefings, broadcast interviews,
campaign-trail reports, leaked letters and statements.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh56-NNN``.

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

Decisions taken for this set where the conventions leave room:

* A speaker introduced without an appositive or role title, but cued later by a
  definite description (``the minister said``, ``the union said``), takes the first
  such cue description; organisations are treated the same way as people.
* ``Cllr``, ``Sen.``, ``Gov.``, ``Sgt`` and similar abbreviated titles are treated like
  honorifics (never the description); a spelled-out role title before the name (``Council leader``,
  ``Chief Constable``, ``Councillor``) is the description when there is no appositive.
* A question or remark put by a named interviewer, chair or presenter is ``direct``
  speech by that person, with or without a speech verb.
* A definite description standing before the name and set off by commas (``The
  first caller, Lynn,``, ``The committee chair, Dilip Chaudhary,``) is treated as the
  introduction's appositive.
* Words of a third person quoted inside a transcript answer (``Q:`` / ``A:``) belong to
  that third person; an unattributed saying (``an old saying in these valleys``) and an
  unidentified shout from a gallery are ``direct`` with speaker and description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh56.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh56.jsonl")

PASSAGES = """
### 001
@a Marguerite Ellison | The housing minister
@b Tobias Renwick | the opposition housing spokesman
@c Alun Prothero | The Deputy Speaker
@e - | a spokesperson for the Ministry of Housing
The housing minister, Marguerite Ellison, faced a rowdy session of questions in the Assembly on Wednesday as opposition members pressed her over a shortfall of nearly 40,000 homes against the government's own target.
Tobias Renwick, the opposition housing spokesman, opened by asking whether the minister still stood by her pledge of "⟦p:a|a home within reach for every young family⟧".
"⟦d:b|Three years ago the minister stood at that dispatch box and promised the moon. Today she can't even promise the foundations,⟧" he said.
Ellison replied that completions were at a ten-year high. "⟦d:a|The honourable member likes to talk down the builders of this country. We on this side prefer to back them,⟧" she said, to cheers from the government benches.
Renwick was not finished. "⟦d:b|Will she answer the question? Yes or no: will the target be met?⟧"
"⟦d:a|The target will be met, and he will be the first to complain about it when it is,⟧" the minister shot back.
The Deputy Speaker, Alun Prothero, twice intervened to restore order. "⟦d:c|Members will come to order. The minister is entitled to be heard, whether the honourable gentleman likes the answer or not.⟧"
Outside the chamber, a spokesperson for the Ministry of Housing said the figures quoted by the opposition "⟦p:e|ignore the 61,000 homes already under construction⟧".

### 002
@a Priya Venkataraman | chair of the health select committee
@b Helen Marsh | chief executive of the Northern Ambulance Trust
@c Fiona Galbraith | a Liberal member of the committee
@d Northern Ambulance Trust | the trust
Helen Marsh, chief executive of the Northern Ambulance Trust, was accused of “⟦p:a|presiding over a slow-motion crisis⟧” by Priya Venkataraman, chair of the health select committee, as she appeared before MPs on Tuesday to explain why response times for the most serious calls had doubled in two years.
Marsh told the committee that handover delays at hospitals were “⟦p:b|the single biggest factor⟧” and that crews had lost 31,000 hours waiting outside emergency departments last winter.
“⟦d:b|Every hour an ambulance sits in a car park is an hour it is not on the road. I am not going to pretend otherwise,⟧” she said.
Venkataraman was unconvinced. “⟦d:a|You have been telling us about handover delays since 2021. At what point does it become your problem rather than somebody else's?⟧”
“⟦d:b|It has always been my problem,⟧” Marsh replied. “⟦d:b|But I can't solve it by myself.⟧”
Fiona Galbraith, a Liberal member of the committee, read from a letter sent by a constituent whose father had waited nine hours for an ambulance after a fall. “⟦d:c|He lay on a kitchen floor for nine hours. Nine hours. What do I tell her?⟧” she asked.
The chief executive said she would write to the family. “⟦d:b|I'm sorry. That should not happen to anyone.⟧”
In a statement after the hearing, the Northern Ambulance Trust said it was “⟦p:d|committed to working with partners⟧” to reduce delays. “⟦d:d|We recognise the concerns raised by the committee and will respond to them in full,⟧” the trust said.

### 003
@a Dilip Chaudhary | The committee chair
@b Roy Thwaites | -
@c Ellis Varney | The council's principal planning officer
@d Harlow Homes | the developer
@e - | One resident
Plans for 420 homes on farmland east of Brackley Edge were approved on Thursday night after a heated three-hour meeting of Wendlebury District Council's planning committee.
More than 150 residents packed the public gallery, some holding placards reading "⟦s:-|Save Our Fields⟧".
The council's principal planning officer, Ellis Varney, told members there were "⟦p:c|no sustainable grounds for refusal⟧" under national policy. "⟦d:c|If this goes to appeal, the council will lose, and it will pay the developer's costs,⟧" he said.
Roy Thwaites, who represents Marsh Lane ward, was having none of it. "⟦d:b|We keep being told our hands are tied. Then what exactly are we here for?⟧" he asked, to applause from the gallery.
The committee chair, Dilip Chaudhary, warned the public to stay quiet or be cleared from the room. "⟦d:a|I will not ask again,⟧" he said.
The vote was tied at six each, and Mr Chaudhary used his casting vote in favour. "⟦d:a|I take no pleasure in this. But I have listened to the officer's advice, and I have to follow the law,⟧" he said.
Thwaites was scathing afterwards: "⟦d:b|That's democracy in Wendlebury for you. One man decides.⟧"
Harlow Homes, the developer, said the scheme would include 40 per cent affordable housing. "⟦d:d|We have listened to the community throughout and we look forward to delivering much-needed homes,⟧" the company said.
One resident, leaving the chamber, shouted: "⟦d:e|See you at the ballot box!⟧"

### 004
@a Nadia Okonjo-Barnes | Transport Secretary
@b Callum Reid | presenter
@c Kit Harrowby | Her opposite number
Transport Secretary Nadia Okonjo-Barnes struggled on Monday morning to explain how the government would pay for the replacement of the cancelled northern rail link, in a bruising interview on Radio Meridian's Morning Programme.
Pressed by presenter Callum Reid on the cost of the new scheme, she said the figures would be published "⟦p:a|in due course⟧". The exchange that followed was replayed on news bulletins for the rest of the day.
"⟦d:b|Secretary of State, in due course is what ministers say when they don't know.⟧"
"⟦d:a|That's not fair, Callum. We know exactly what we're doing.⟧"
"⟦d:b|Then tell us. How much?⟧"
"⟦d:a|I'm not going to pluck a number out of the air on your programme.⟧"
"⟦d:b|You plucked one out of the air for the last scheme. It was £31 billion.⟧"
"⟦d:a|And that scheme has been cancelled, as you know.⟧"
Later in the interview, the secretary of state insisted the government remained "⟦p:a|absolutely committed⟧" to the north. Her opposite number, Kit Harrowby, said the interview had been "⟦p:c|painful to listen to⟧". "⟦d:c|If she doesn't know what it costs, who does?⟧" he wrote on social media.

### 005
@a Hélène Dufresne-Moreau | a 51-year-old pharmacist standing for the centrist Renouveau list
@b Jean-Baptiste Lacombe | the incumbent mayor
@c Marcel Ribot | a retired baker
On a wet Saturday morning in the market square of Saint-Aubin-sur-Lèze, Hélène Dufresne-Moreau, a 51-year-old pharmacist standing for the centrist Renouveau list, was shaking hands beside the cheese stall and promising to reopen the town's maternity unit.
«⟦d:a|Ici, on naît à quarante kilomètres de chez soi. Ce n'est pas normal,⟧» she told a cluster of shoppers — "⟦d:a|Here, you are born forty kilometres from home. That is not normal.⟧"
She trails the incumbent mayor, Jean-Baptiste Lacombe, by six points in the only published poll.
Lacombe, campaigning across town at a retirement home, dismissed her promise as "⟦p:b|a fairy tale⟧". "⟦d:b|The regional health agency closed that unit, not me, and no mayor can reopen it with a speech,⟧" he told reporters.
Told of his remarks, Dufresne-Moreau laughed. "⟦d:a|He has been mayor for eighteen years. He has had time to write a few fairy tales of his own,⟧" the pharmacist said.
Not everyone in the square was won over. "⟦d:c|They all promise the hospital. Then they win, and nothing,⟧" said Marcel Ribot, 74, a retired baker, who said he would vote but had not decided for whom.

### 006
@a Anthony Maybury | the chief whip
@b Graham Oyelaran | the MP for Castlebridge North
@c Lorraine Devitt | The opposition's chief whip
@d - | A party spokesperson
@u - | one backbencher who asked not to be named
A leaked letter from the governing party's chief whip has warned backbench MPs that they risk losing the whip if they vote against next week's welfare bill.
The letter, signed by the chief whip, Anthony Maybury, and seen by the Courier, was sent to all 212 of the party's MPs on Friday evening.
"⟦d:a|I want to be absolutely clear with colleagues about what is at stake,⟧" Mr Maybury writes. "⟦d:a:m|This bill is a manifesto commitment. A vote against it is a vote against the platform on which every one of us was elected.⟧
"⟦d:a|Colleagues who feel unable to support the government should come and see me before Tuesday. Those who do not, and who vote against, should not expect to sit as members of this party.⟧"
The letter has angered several MPs. Speaking to the Courier, one backbencher who asked not to be named described it as "⟦p:u|a hostage note⟧".
Graham Oyelaran, the MP for Castlebridge North, who has said publicly that he will vote against, was unmoved. "⟦d:b|I was elected to represent my constituents, not to frighten easily. I'll be voting no,⟧" he said.
The opposition's chief whip, Lorraine Devitt, said the letter showed "⟦p:c|a government at war with itself⟧". "⟦d:c|When you have to threaten your own side, you've already lost the argument,⟧" she said.
A party spokesperson said: "⟦d:d|We don't comment on leaked correspondence. The chief whip is in regular contact with colleagues, as you would expect.⟧"

### 007
@a Rosalind Achterberg | Chief Constable
@b Tariq Hussain | The police and crime commissioner
@c - | One reporter
@d Harwich Climate Assembly | Protest organisers
The head of Greater Harwich Police has defended her officers' handling of Saturday's protest outside County Hall, at which 14 people were arrested and two officers were injured.
Speaking at a press conference at force headquarters on Monday, Chief Constable Rosalind Achterberg said officers had faced "⟦p:a|sustained and organised violence⟧" and had acted "⟦p:a|proportionately and lawfully⟧".
"⟦d:a|I have watched the footage, all of it. I am proud of how my officers conducted themselves,⟧" she said.
One reporter asked: "⟦d:c|Do you accept that a 17-year-old girl was struck with a baton by one of your officers?⟧"
"⟦d:a|I'm aware of the allegation. It has been referred to the Independent Office for Police Conduct, and it would be wrong of me to prejudge it,⟧" Achterberg replied.
The police and crime commissioner, Tariq Hussain, who sat beside her, said he had "⟦p:b|full confidence⟧" in the chief constable but would be asking "⟦p:b|searching questions⟧" about the incident.
"⟦d:b|Public trust is not a given. It has to be earned every single day,⟧" he said.
Protest organisers, the Harwich Climate Assembly, said in a statement that the force had "⟦p:d|chosen confrontation over dialogue⟧". "⟦d:d|Peaceful people were kettled for five hours without water. That is not policing, it is punishment,⟧" the group said.

### 008
@a Angus McAllister | The fisheries minister
@b Ewan Strachan | the member for Ardmore and the Isles
@c Peter Lindqvist | The Green spokesman
The fisheries minister, Angus McAllister, was accused of “⟦p:b|selling out the coastal communities⟧” during a fractious debate on the new quota settlement on Thursday.
Ewan Strachan, the member for Ardmore and the Isles, said skippers in his constituency had been told of the cuts by text message. “⟦d:b|A text message. Men who have fished these waters for forty years, and the government couldn't even pick up the phone,⟧” he said.
McAllister said the cuts to haddock and whiting were based on scientific advice and were “⟦p:a|the price of having fish to catch in ten years' time⟧”.
“⟦d:a|I understand the anger. I represent a coastal seat myself. But I would be failing those same skippers if I ignored the science,⟧” he told the chamber.
Strachan rose again. “⟦d:b|The minister's own scientists say the stock is recovering. Which science is he following?⟧”
The Green spokesman Peter Lindqvist backed the cuts but called for compensation. “⟦d:c|You cannot ask people to give up their livelihoods for the common good and then send them the bill,⟧” he said.
He added that the minister had “⟦p:c|a duty of care⟧” to the fleet.
“⟦d:a|Nobody is being sent a bill,⟧” McAllister replied, promising that a £12 million support package would be announced “⟦p:a|within weeks⟧”.

### 009
@a Department for Employment Services | the department
@b Public Service Workers' Union | -
@c Mairéad Ní Bhriain | Its general secretary
@d - | A department spokesperson
More than 9,000 staff at the Department for Employment Services will walk out for three days next month in a dispute over office closures, their union announced on Tuesday.
The Public Service Workers' Union said its members had voted by 78 per cent for action on a turnout of 61 per cent. ``⟦d:b|Our members have spoken clearly. They will not stand by while vital local offices are shut and the public are told to phone a call centre instead,⟧'' it said.
Its general secretary, Mairéad Ní Bhriain, said ministers had ``⟦p:c|sleepwalked⟧'' into the dispute.
``⟦d:c|We wrote to the secretary of state in March, in May and again in July. Not one reply. Not one,⟧'' she told the Courier. ``⟦d:c|If they want to talk, our door is open. It has always been open.⟧''
The Department for Employment Services said the closures affected 34 offices ``⟦p:a|with low footfall⟧'' and that no jobs would be lost. ``⟦d:a|We are disappointed that the union has chosen to take action which will only hurt the people who rely on our services,⟧'' the department said.
A department spokesperson added: ``⟦d:d|Contingency plans are in place, and we would urge the union to call off this damaging action.⟧''

### 010
@a Josie | -
@b Mehmet | a retired bus driver
@c Rhys Calloway | The candidate they are canvassing for
@u - | a woman in a dressing gown
By half past six the light is going on the Fernhill estate, and Josie has knocked on 140 doors.
She is 19, a first-year politics student, and this is her first election. “⟦d:a|Most people are nice. Some people are really not nice,⟧” she says, laughing, as a dog hurls itself at a letterbox two doors down.
Her canvassing partner tonight is Mehmet, a retired bus driver. He has been doing this “⟦p:b|since before she was born⟧”, as he puts it. He keeps the clipboard. She does the talking.
“⟦d:b|The young ones are better at it. People don't want to be lectured by an old man,⟧” Mehmet says.
At number 42 a woman in a dressing gown opens the door, listens for thirty seconds and says: “⟦d:u|You're all the same.⟧” Then she closes it.
“⟦d:a|That's a ‘maybe’,⟧” Josie says, and writes something on the sheet.
The candidate they are canvassing for, Rhys Calloway, is defending a majority of 312 in a seat his party has held since 1997. He joins them briefly at the end of the street, in a fleece bearing the party logo.
“⟦d:c|These two are the reason I might survive,⟧” he says. “⟦d:c|Honestly. You can't buy this.⟧”
Mehmet shrugs. “⟦d:b|We'll see on Thursday.⟧”

### 011
@a Desmond Achebe-Wright | the chair of the digital affairs committee
@b Julian Farrow | Quillon's head of public policy for Europe
@c Samuel Okafor | an online-safety researcher at the University of Kestrel
@d Quillon | -
Executives from the social media company Quillon were accused on Wednesday of "⟦p:a|treating parliament with contempt⟧" by Desmond Achebe-Wright, the chair of the digital affairs committee, after they declined to say how many moderators the firm employs in Britain.
Julian Farrow, Quillon's head of public policy for Europe, told the committee the figure was "⟦p:b|commercially sensitive⟧".
"⟦d:a|It's a number, Mr Farrow. It's not the nuclear codes,⟧" Achebe-Wright said.
"⟦d:b|I understand the frustration, and I will take the request back to colleagues in California,⟧" Farrow replied.
"⟦d:a|You said that last time.⟧"
"⟦d:b|And I did take it back.⟧"
"⟦d:a|And?⟧"
There was a long pause. "⟦d:b|And I'm afraid the answer is the same,⟧" he said.
Earlier, Dr Samuel Okafor, an online-safety researcher at the University of Kestrel, told MPs that the platform's automated systems missed "⟦p:c|the overwhelming majority⟧" of harmful posts in languages other than English. "⟦d:c|If you post in Somali or Tigrinya, you are essentially unmoderated,⟧" he said.
Quillon said in a statement after the session that it had "⟦p:d|thousands of people⟧" working on safety around the world and that it would "⟦p:d|continue to engage constructively⟧" with the committee.

### 012
@a Isabel Carrow | the prime minister
@b - | the prime minister's official spokesman
@c Oliver Tennant | The opposition leader
@d Harriet Spiller | -
Harriet Spiller resigned as culture secretary on Sunday night, becoming the third cabinet minister to leave the government in a month.
In her resignation letter to the prime minister, Isabel Carrow, Spiller said she could no longer defend the government's plans to sell the national broadcaster's archive. “⟦d:d:m|I have tried, in good faith, to make the case in cabinet for a different approach. I have failed to persuade colleagues, and I respect that.⟧
“⟦d:d|But I cannot stand at the dispatch box and argue for something I believe to be wrong. I therefore have no choice but to leave the government.⟧”
In her reply, Carrow thanked Spiller for her “⟦p:a|tireless work⟧” and said she was “⟦p:a|sorry to lose a valued colleague⟧”. “⟦d:a|I know you will continue to serve your constituents with distinction from the back benches,⟧” the prime minister wrote.
At the Monday lobby briefing, the prime minister's official spokesman said the sale would go ahead. “⟦d:b|The policy hasn't changed. The prime minister believes it's the right thing to do for the taxpayer,⟧” he said.
Asked whether the prime minister was worried about further resignations, the spokesman said: “⟦d:b|No.⟧”
The opposition leader, Oliver Tennant, said the government was “⟦p:c|falling apart in real time⟧”. “⟦d:c|Three ministers in a month. At this rate there won't be anyone left to switch off the lights,⟧” he told supporters in Dunmore.

### 013
@a Bernadette Kowalczyk | Council leader
@b Sunita Lal | The leader of the opposition group
@c Ivor Pryce-Jenkins | The council's director of finance
Rathmore City Council has approved a 4.99 per cent rise in council tax, the maximum allowed without a referendum, and cuts of £11 million to services, after a four-hour budget meeting on Tuesday.
Council leader Bernadette Kowalczyk said the authority had been left with "⟦p:a|no good options⟧". "⟦d:a|Nobody came into local government to close libraries. But the alternative is that this council goes bust, and then the government sends in commissioners who will close a great deal more,⟧" she said.
The leader of the opposition group, Sunita Lal, said the administration had "⟦p:b|wasted millions⟧" on a failed property investment fund. "⟦d:b|She talks about hard choices. The hard choice was made five years ago, when this administration decided to gamble on shopping centres,⟧" Lal said.
Kowalczyk, responding, said the fund had been set up "⟦p:a|on professional advice⟧" and had been wound down under her leadership.
"⟦d:b|Professional advice. That's what they all say,⟧" Lal muttered, audibly.
The council's director of finance, Ivor Pryce-Jenkins, told members the reserves were "⟦p:c|at the lowest prudent level⟧". "⟦d:c|I would not be doing my job if I didn't tell you that the position next year is worse,⟧" he said.
The budget passed by 34 votes to 27. Leaving the chamber, Kowalczyk said: "⟦d:a|Nobody is celebrating tonight.⟧"

### 014
@a Philippa Aske | The shadow chancellor
@b Marisa Quint | The presenter
@c Raymond Delahaye | the chancellor
@e - | A spokesperson for Aske
The shadow chancellor, Philippa Aske, refused five times on Sunday to say whether her party would raise the basic rate of income tax, in a combative interview on The Weekend Review.
The presenter, Marisa Quint, began by reading out a list of the party's spending commitments and asking how they would be paid for.
"⟦d:a|Through growth, through closing loopholes, and through a fair system that asks those with the broadest shoulders to pay their share,⟧" Aske said.
"⟦d:b|Does 'broadest shoulders' include a nurse on £35,000?⟧" the interviewer asked.
"⟦d:a|I'm not going to write the budget on this sofa.⟧"
"⟦d:b|Nobody is asking you to write the budget. I'm asking you whether the basic rate goes up.⟧"
"⟦d:a|And I've answered.⟧"
"⟦d:b|You haven't, though, have you?⟧" Quint said.
Afterwards, the chancellor, Raymond Delahaye, posted a clip of the exchange online with the words: "⟦d:c|Five chances. Zero answers.⟧"
A spokesperson for Aske said she had been "⟦p:e|crystal clear⟧" that working people would not pay more.

### 015
@a Kwame Asante-Doyle | the Civic Party candidate
@b Lorna Fitch | the incumbent
@c Hamish Gault | an independent and a former police superintendent
@d - | One woman in the audience
@e Aoife Brennan | The moderator
The three leading candidates for mayor of Port Calder clashed over crime and bus fares at a packed hustings in St Brigid's church hall on Wednesday night, with a week to go before polling day.
Lorna Fitch, the incumbent, defended her record on public transport, pointing to the £2 flat fare introduced last year. "⟦d:b|Ridership is up 18 per cent. That's not a slogan, that's people getting to work,⟧" she said.
Kwame Asante-Doyle, the Civic Party candidate, said the flat fare was "⟦p:a|a sticking plaster⟧" on a network where a third of routes had been cut. "⟦d:a|A cheap fare for a bus that never comes is not a bargain,⟧" he said, drawing the loudest applause of the night.
Hamish Gault, an independent and a former police superintendent, focused on crime. "⟦d:c|I spent thirty years policing this city. I know which streets people are scared to walk down, and I know why,⟧" he said.
Asante-Doyle later accused him of "⟦p:a|scaremongering⟧", which drew a sharp response. "⟦d:c|Tell that to the shopkeepers on Dock Road,⟧" Gault said.
The moderator, Aoife Brennan, took questions from the floor. One woman in the audience asked: "⟦d:d|Which of you has actually been on a bus in the last month?⟧"
All three raised their hands. "⟦d:e|I'll take your word for it,⟧" Brennan said, to laughter.

### 016
@a Theodore Lindgren-Haas | Judge
@b Carla Mendes-Ruiz | the committee chair
@c Dwayne Petrakis | a first-term senator from Harbor County
@d Lucille Amberg | -
@e Warren Ashcombe | -
The nomination of Judge Theodore Lindgren-Haas to the New Albion Supreme Court ran into trouble on Tuesday as senators from both parties questioned him over a 2019 ruling that struck down the state's tenant-protection law.
Sen. Carla Mendes-Ruiz, the committee chair, opened the hearing by reading from the ruling, in which Lindgren-Haas had described the law as "⟦p:a|an unlawful taking dressed up as compassion⟧".
"⟦d:b|Those were your words, Judge. Do you stand by them?⟧" she asked.
"⟦d:a|I stand by the reasoning, Senator. I might choose the words differently today,⟧" the nominee said.
Sen. Dwayne Petrakis, a first-term senator from Harbor County, said that was "⟦p:c|not good enough⟧". "⟦d:c|Eleven thousand families lost their protection because of that decision. 'I might choose the words differently' is not an answer to them,⟧" he said.
Lindgren-Haas replied that a judge's duty was to "⟦p:a|apply the constitution as written, not as we might wish it to be⟧".
Sen. Lucille Amberg, who is expected to cast the decisive vote, said little during the four-hour session. Asked by reporters afterwards how she would vote, she said: "⟦d:d|I'm going to read the transcript tonight, and I'll decide when I've read it.⟧"
Gov. Warren Ashcombe, who nominated Lindgren-Haas in March, has called him "⟦p:e|the finest legal mind of his generation⟧". The committee is expected to vote next week.

### 017
@a Mark Delaney | the managing director of Harbourline
@b Colin Featherstone | Your predecessor
@c Harbourline | -
Deirdre Okwuosa has been mayor of the Calder Valley combined authority for eleven months. This week she announced that the authority would take the region's buses back into public control by 2028. She spoke to the Courier at her office in Halden. The interview has been edited for length.
Q: Why franchising, and why now?
A: Because the current system has failed. We have lost 140 routes in ten years. Every time I sit down with the operators, I get the same answer.
Q: Which is?
A: Mark Delaney, the managing director of Harbourline, said to me in this office, "⟦d:a|If a route doesn't pay, it doesn't run.⟧" Well, I'm sorry, but a bus to the hospital isn't supposed to pay.
Q: Harbourline says franchising will cost taxpayers £400 million.
A: That's their figure, not mine. Our own business case, which we've called "⟦s:-|Moving the Valley⟧", puts it at less than half that.
Q: Your predecessor, Colin Featherstone, called franchising "⟦p:b|a vanity project⟧". What do you say to him?
A: Colin is entitled to his view. He had eight years to fix the buses.
Harbourline said in a statement: "⟦d:c|We have run services in the valley for thirty years, and we will engage fully with the consultation.⟧"

### 018
@a Aurélie Baumgartner-Roche | The president of the regional council
@b Fabrice N'Diaye | -
@c Léon Vautrin | a ski-lift operator in Saint-Maurin
@d Compagnie des Remontées du Haut-Val | -
The regional council of Haut-Val voted on Friday to spend €38 million keeping three low-altitude ski resorts open for another decade, despite warnings that there will soon be too little snow to use them.
The president of the regional council, Aurélie Baumgartner-Roche, told the chamber that the resorts supported 2,400 jobs. «⟦d:a|Ces stations, ce sont nos villages,⟧» she said. «⟦d:a|These resorts are our villages.⟧»
Fabrice N'Diaye, who leads the Green group, called the plan «⟦p:b|a subsidy for melting snow⟧». «⟦d:b|We are pouring concrete on a problem that is made of water. In fifteen years these slopes will be green in February,⟧» he said, through an interpreter.
Baumgartner-Roche said the money would also pay for summer tourism. «⟦d:a|Nobody here is in denial about the climate. But you do not tell 2,400 families to wait for a plan,⟧» she said.
Léon Vautrin, a ski-lift operator in Saint-Maurin, watched from the public gallery. «⟦d:c|Without this vote, we close in April. With it, we have time,⟧» he said afterwards.
The Compagnie des Remontées du Haut-Val, which operates two of the resorts, said it welcomed the vote and would invest «⟦p:d|in diversification⟧».

### 019
@a Kerry-Anne Pollitt | The licensee of the Anchor
@b Daniel Oduya | Police licensing officer
@c Moira Hendry | a retired teacher who lives opposite the pub
@d Brian Tolley | Councillor
A seaside pub at the centre of a long-running noise row has been refused permission to stay open until 1am at weekends.
Westhaven Borough Council's licensing sub-committee heard on Monday from residents of Quay Street, some of whom said they had not slept properly in two summers.
Moira Hendry, 68, a retired teacher who lives opposite the pub, said the noise on Friday and Saturday nights was “⟦p:c|like living inside a speaker⟧”. “⟦d:c|I've nothing against people enjoying themselves. I'd just like to enjoy my own bed,⟧” she told councillors.
The licensee of the Anchor, Kerry-Anne Pollitt, said she had spent £14,000 on soundproofing and a noise limiter. “⟦d:a|We're a family business. We employ 22 local people, most of them under 25. I'm doing everything I've been asked to do,⟧” she said.
Police licensing officer Sgt Daniel Oduya told the hearing there had been 19 calls to police about the venue since May, including two reports of fighting in the street. “⟦d:b|The premises is not, in itself, badly run. The problem is what happens when four hundred people leave it at once,⟧” he said.
Councillor Brian Tolley, chairing the sub-committee, said members had taken into account “⟦p:d|the very real steps⟧” taken by Ms Pollitt. “⟦d:d|But we have to balance that against the right of residents to a night's sleep, and on the evidence before us the balance falls against an extension,⟧” he said.
Pollitt said she was “⟦p:a|gutted⟧” and would consider an appeal.

### 020
@a Sheila Broadbent | the returning officer for Ashby Vale
@b Nikhil Sarao | the Civic Party candidate
@c Douglas Fairweather | -
@d Pauline Yeo | The Heritage Party candidate
@e - | One Civic Party activist
It was just after 4am when the returning officer for Ashby Vale, Sheila Broadbent, stepped up to the microphone at the Ashby Vale leisure centre.
"⟦d:a|I, Sheila Broadbent, being the returning officer for the Ashby Vale constituency, hereby give notice that the total number of votes cast for each candidate was as follows,⟧" she began, and the hall fell silent.
When she reached the name of Nikhil Sarao, the Civic Party candidate, and the figure of 21,406, the back of the hall erupted. Sarao had overturned a majority of more than 9,000.
"⟦d:b|I grew up four streets from here. My mum still lives four streets from here. She's going to be unbearable tomorrow,⟧" the 33-year-old said in his victory speech.
Douglas Fairweather, who had held the seat for 23 years, was gracious in defeat. "⟦d:c|Nikhil ran a good campaign, and he has my congratulations,⟧" he said. "⟦d:c|It has been the privilege of my life to represent this place.⟧"
Outside, he was more candid. Asked what had gone wrong, he said: "⟦d:c|Quite a lot, I'd have thought. You'd better ask the people in London.⟧"
The Heritage Party candidate, Pauline Yeo, finished third with 6,214 votes, the party's best result in the seat. "⟦d:d|Third today. Watch us next time,⟧" she told supporters.
One Civic Party activist, still wearing a rosette at dawn, summed up the night: "⟦d:e|Nobody thought we could win here. Nobody.⟧"

### 021
@a - | a senior official in the ministry's public spending team
@b Finance Ministry | -
@c Rachel Amoako-Boateng | the shadow finance minister
@d - | One government source
@e Gideon Harcourt | Finance Minister
An internal Finance Ministry memo warns that the government's flagship childcare pledge could cost almost twice as much as ministers have said publicly, the Herald can reveal.
The memo, written by a senior official in the ministry's public spending team and dated 14 March, says the official estimate of £4.1 billion a year is “⟦p:a|not credible⟧” and that the true figure is “⟦p:a|likely to be in the range of £7-8 billion⟧”.
“⟦d:a:m|Take-up assumptions are significantly below what has been observed in comparable schemes elsewhere. Ministers should be advised that the published costing is unlikely to survive independent scrutiny.⟧
“⟦d:a|We recommend that the announcement be delayed until further modelling is complete.⟧”
The announcement went ahead eleven days later.
One government source said the memo represented “⟦p:d|one official's view⟧” and had been “⟦p:d|superseded⟧”. “⟦d:d|There were lots of numbers flying around at that stage. The final figure was signed off properly,⟧” the source said.
The Finance Ministry said: “⟦d:b|We do not comment on leaks. The costings published alongside the policy remain the ministry's central estimate.⟧”
Rachel Amoako-Boateng, the shadow finance minister, said the memo was “⟦p:c|damning⟧”. “⟦d:c|They were told, in writing, that their numbers didn't add up, and they went ahead anyway. Parents deserve to know whether this promise is real,⟧” she said.
Finance Minister Gideon Harcourt, speaking on a visit to a nursery in Lisborough, said: “⟦d:e|The policy is fully funded. I'd invite people to look at what we've actually delivered rather than at bits of paper.⟧”

### 022
@a Gwendolyn Price-Abara | the local government ombudsman
@b Stenfield County Council | -
@c Carol Whitby | -
@d Marcus Hale | The council's director of children's services
Stenfield County Council left a disabled teenager without any education for 14 months and then "⟦p:a|repeatedly misled⟧" his family about why, a watchdog has found.
In a report published on Thursday, the local government ombudsman, Gwendolyn Price-Abara, said the council's handling of the case had been "⟦p:a|a catalogue of failure⟧". "⟦d:a|At every stage, the family was told that a placement was imminent. It never was,⟧" she wrote.
Carol Whitby, whose son Jayden has cerebral palsy and autism, said she had "⟦p:c|begged⟧" officials for help. "⟦d:c|He was fourteen and sitting at home staring at the wall. I rang them every week. Every single week,⟧" she said.
"⟦d:c|I don't want an apology. I want to know it won't happen to the next family.⟧"
The local MP, Jonathan Speke, raised the case in parliament last year.
The council has been ordered to pay the family £9,500. In a statement, Stenfield County Council said it accepted the findings "⟦p:b|in full⟧". "⟦d:b|We have apologised unreservedly to Jayden and his family,⟧" it said.
The council's director of children's services, Marcus Hale, said a review of the special educational needs team was under way. "⟦d:d|We have added twelve caseworkers since this case began, and I am confident that what happened to this family would be picked up much sooner today,⟧" he told the Herald.

### 023
@a Imogen Travers-Lowe | -
@b - | one man at the back of the hall
@c Trevor Ngata | a delegate from Millport
@d Saoirse Callan | The party president
Imogen Travers-Lowe used her first conference speech as Liberal Reform leader to promise a “⟦p:a|decade of renewal⟧” and to rule out any coalition with the governing party.
“⟦d:a|We will not be anybody's spare tyre. Not this time. Not ever again,⟧” she told a packed hall in Brightsea, drawing a two-minute standing ovation.
Delegates waved placards reading “⟦s:-|Renewal Now⟧” and chanted “⟦s:-|Imo! Imo!⟧” as she left the stage.
The speech was briefly interrupted when one man at the back of the hall shouted “⟦d:b|What about the tuition fees?⟧” before being led out by stewards. Travers-Lowe paused. “⟦d:a|We've all got a past, sir. I'm more interested in the future,⟧” she said.
The party president, Saoirse Callan, had introduced the leader as “⟦p:d|the most formidable campaigner of her generation⟧”.
Not every delegate was convinced by the pledge on coalitions. Trevor Ngata, a delegate from Millport, said it was “⟦p:c|a hostage to fortune⟧”. “⟦d:c|It's a great line in a speech. We'll see how it sounds on the Friday after an election,⟧” he said.
Callan said the party's membership had grown by 30 per cent in a year. “⟦d:d|People are coming back to us. Tonight they saw why,⟧” she said.

### 024
@a Carys Llewellyn | The schools minister
@b Alison Greer | Her predecessor
@c Robert Fenwick | the committee's chair
@d Nasreen Akhtar | The Civic MP
The schools minister, Carys Llewellyn, was forced to admit on Wednesday that the government would miss its target to recruit 6,500 new teachers, as she and her predecessor gave evidence to the education committee on the same afternoon.
Her predecessor, Dame Alison Greer, who held the post until September's reshuffle, told MPs the target had been "⟦p:b|stretching but achievable⟧" when it was set.
"⟦d:b|When I left the department, we were on track. I can only speak for my own time there,⟧" she said.
An hour later, Llewellyn told the committee that recruitment in physics, chemistry and computing was "⟦p:a|significantly behind⟧". Asked by the committee's chair, Robert Fenwick, whether the target would be met, she said: "⟦d:a|No. I'm not going to sit here and tell you otherwise.⟧"
"⟦d:c|That's refreshingly honest, Minister. Your predecessor told us an hour ago that it was on track,⟧" Fenwick said.
"⟦d:a|My predecessor can speak for herself. I'm telling you where we are now,⟧" the minister replied.
The Civic MP Nasreen Akhtar asked whether the failure had anything to do with the 2 per cent pay offer. "⟦d:d|Teachers are leaving for jobs in supermarkets. Is that part of the plan?⟧" she asked.
Llewellyn said the pay offer was "⟦p:a|fair and affordable⟧" and insisted that retention had improved. Dame Alison, who watched from the public seats, declined to comment further as she left.

### 025
@a Tom Egerton | The mayor of Greyhaven
@b Lynn | The first caller
@c Dev | a taxi driver from Old Town
@d Sally Mwangi | presenter
The mayor of Greyhaven, Tom Egerton, faced an hour of questions from listeners on Greyhaven Sound on Thursday, and most of them were about potholes.
The first caller, Lynn, from Harbour Ward, said she had reported the same hole outside her house eleven times. “⟦d:b|Eleven. I've got the reference numbers. I could read them to you,⟧” she said.
“⟦d:a|Please don't, Lynn,⟧” the mayor said. “⟦d:a|Give them to the producer after the call and I will personally make sure someone comes out.⟧”
“⟦d:d|Is that a promise, Mayor?⟧” asked presenter Sally Mwangi.
“⟦d:a|It's a promise.⟧”
Dev, a taxi driver from Old Town, was less polite. “⟦d:c|With respect, Tom, you said that last year. My suspension's been replaced twice. Who's paying for that?⟧”
Egerton said the council had doubled its road repair budget to £6 million but that “⟦p:a|decades of underinvestment⟧” could not be fixed in one year. “⟦d:a|I'm not going to pretend it's good enough. It isn't,⟧” he said.

### 026
@a Pieter van der Berg | the MP for Lowmoor
@b Consuelo de la Cruz | The health minister
@c Rory O'Sullivan-Hart | The trust's medical director
@d Lowmoor and District Hospitals Trust | the trust
The future of the maternity unit at Lowmoor General Hospital was raised in parliament on Tuesday, as the health minister refused to rule out its closure.
Pieter van der Berg, the MP for Lowmoor, asked the minister to give "⟦p:a|a cast-iron guarantee⟧" that births would continue at the hospital. "⟦d:a|My constituents are being told to drive 50 miles on a single-track road in labour. Would the minister like to try it?⟧" he said.
The health minister, Consuelo de la Cruz, said no decision had been taken and that the review was being led by clinicians. "⟦d:b|I know how strongly the honourable member feels, and I understand why. But I will not prejudge a clinical review from this dispatch box,⟧" she said.
Van der Berg said later that the answer was "⟦p:a|exactly what I feared⟧".
The trust's medical director, Dr Rory O'Sullivan-Hart, said the unit had struggled to recruit midwives and had closed temporarily on 31 occasions last year. "⟦d:c|Safety has to come first. A unit that keeps closing at short notice is not a safe unit,⟧" he said.
Lowmoor and District Hospitals Trust said a public consultation would open in the spring. "⟦d:d|No decision will be made until we have heard from the community,⟧" the trust said in a statement.

### 027
@a Winifred Ashdown | -
@b Carol | Her daughter
@c Stan Kubiak | -
When Winifred Ashdown was first elected to Ravensmoor town council in 1974, she was the only woman in the chamber, and some of the men called her “⟦s:-|the girl from Tanner Street⟧”.
Fifty years, eleven elections and one stint as mayor later, she is retiring at 86. Around Ravensmoor she is known simply as “⟦s:-|Auntie Win⟧”.
“⟦d:a|They thought I'd last a year. I think some of them were counting on it,⟧” she recalled this week, sitting in the front room of the terraced house where she has lived since 1961.
Her first fight was over a pedestrian crossing on Tanner Street, where a boy had been killed. “⟦d:a|I went to every meeting for two years and asked about that crossing. Every single meeting. In the end they gave it to me to shut me up,⟧” she said.
Her daughter, Carol, 62, says her mother was “⟦p:b|never off the phone⟧” to constituents. “⟦d:b|We had people knocking on the door on Christmas Day about their bins. Mum would put her coat on and go and look,⟧” Carol said.
Stan Kubiak, who stood against her in four elections and lost all four, said he had come to regard her as a friend. “⟦d:c|She beat me fair and square every time. I used to say the only way to get Win out of that seat was to wait, and it turns out I was right,⟧” he said, laughing.
Asked what she would do with her Tuesday evenings, Ashdown thought for a moment. “⟦d:a|Watch the meetings online and shout at the screen, probably.⟧”

### 028
@a Abernethy | the judge
@b Lionel Drury | the environment secretary
@c Askham Clean Air Group | The group
@d Bev Saunders | Its chair
@e - | A spokesperson for the Department for Rural Affairs
The environment secretary acted unlawfully when he approved a waste incinerator on the edge of Askham without considering its effect on air quality at two nearby primary schools, the High Court has ruled.
In a judgment handed down on Friday, the judge, Mrs Justice Abernethy, said the decision by the environment secretary, Lionel Drury, had been "⟦p:a|fundamentally flawed⟧".
"⟦d:a|The secretary of state was presented with evidence which, on any view, was material to the decision. He did not engage with it. It is not for this court to say what decision he should have reached; it is for this court to say that he must reach it lawfully,⟧" she wrote.
The case was brought by the Askham Clean Air Group. Its chair, Bev Saunders, wept outside court. "⟦d:d|We're a group of parents who met at the school gates. We held cake sales to pay for this. Today we won,⟧" she said.
The group said in a statement it hoped the ruling would be "⟦p:c|a warning to every minister who thinks local people can be ignored⟧".
A spokesperson for the Department for Rural Affairs said: "⟦d:e|We are disappointed by the judgment and are considering our options, including an appeal.⟧"
Drury, speaking to broadcasters in Westchester later, said he respected the ruling. "⟦d:b|I will read the judgment carefully. But nothing in it changes the fact that this region needs somewhere to put its waste,⟧" he said.

### 029
@a Yusuf Demirci | The mayor of Thornby
@b Alison Brennock | Chief Fire Officer
@c Northern Rivers Authority | -
@d - | one woman whose ground floor was under a metre of water
The mayor of Thornby, Yusuf Demirci, has called for an independent inquiry into why flood defences on the River Lune failed on Sunday night, forcing the evacuation of 600 homes.
Speaking at a press conference at the town hall on Monday, Demirci said residents had been told as recently as March that the defences were ``⟦p:a|good for a one-in-a-hundred-year event⟧''.
``⟦d:a|We had rain, yes. A lot of rain. But it was not a one-in-a-hundred-year storm, and the wall went anyway. People deserve to know why,⟧'' he said.
Chief Fire Officer Alison Brennock said crews had rescued 47 people, including a man in his nineties who was found on the upstairs landing of his home. ``⟦d:b|My firefighters worked through the night in conditions I would not wish on anyone,⟧'' she said. ``⟦d:b|Nobody died, and that is down to them.⟧''
The Northern Rivers Authority, which maintains the defences, said it would ``⟦p:c|fully cooperate⟧'' with any inquiry. ``⟦d:c|Our engineers are on site assessing the damage, and our thoughts are with everyone affected,⟧'' it said in a statement.
Outside the rest centre at Thornby Academy, one woman whose ground floor was under a metre of water said she had lost ``⟦p:d|everything⟧''. ``⟦d:d|Thirty years in that house. The photos, my mum's things, all of it,⟧'' she said.

### 030
@a Rupert Ellingham | the former foreign secretary
@b Dominic Osei | the party's deputy leader
@c Gavin Mulholland | a backbencher who has never held ministerial office
@d Niamh Doherty | the host
The three men vying to lead the National Party traded blows over immigration, tax and each other's records in the first televised hustings of the contest on Tuesday night.
Rupert Ellingham, the former foreign secretary, opened by saying the party needed "⟦p:a|experience, not experiments⟧". "⟦d:a|This is not a job for an apprentice. The country is in a mess, and it needs someone who has sat at the top table,⟧" he said.
Dominic Osei, the party's deputy leader, hit back. "⟦d:b|Rupert sat at the top table for six years. Some of us think that might be how we got into the mess,⟧" the 44-year-old said, to laughter from the studio audience.
Gavin Mulholland, a backbencher who has never held ministerial office, pitched himself as the outsider. "⟦d:c|I'm the only one on this stage who hasn't got a record to defend. I'd call that an advantage,⟧" he said.
Asked by the host, Niamh Doherty, whether he would raise taxes, Ellingham said: "⟦d:a|Not a penny.⟧"
"⟦d:d|Not a penny on anything?⟧" she pressed.
"⟦d:a|Not a penny on working families. I've been very clear.⟧"
Osei interjected: "⟦d:b|He's been clear about that three times, in three different ways.⟧"
The former minister shot him a look. "⟦d:a|Dominic, you'll have your turn,⟧" he said.

### 031
@a Leonard Ashworth | the prime minister
@b Callum Dreghorn | The opposition leader
@c Malcolm Pettifer | The Speaker
@e - | A spokesman for the prime minister
It was, by common consent, the rowdiest Prime Minister's Questions of the parliament.
The opposition leader, Callum Dreghorn, began quietly enough, asking the prime minister, Leonard Ashworth, how many people were waiting for hospital treatment.
“⟦d:a|Fewer than when he was health secretary,⟧” Ashworth replied, to roars from his own benches.
“⟦d:b|I wasn't health secretary. I was never health secretary. He's thinking of his own chancellor,⟧” Dreghorn said.
Both men were on their feet again moments later.
“⟦d:b|Seven point four million. That's the answer. Seven point four million people, and he thinks it's a joke.⟧”
“⟦d:a|Nobody on this side thinks it's a joke. What is a joke is a party that voted against every penny of extra funding.⟧”
“⟦d:b|We voted against his tax on nurses.⟧”
The Speaker, Sir Malcolm Pettifer, rose. “⟦d:c|Order! Order. The public are watching, and I'm not sure they're impressed.⟧”
A spokesman for the prime minister said afterwards that he had “⟦p:e|rather enjoyed⟧” the session.

### 032
@a J.R. Okonkwo | the party's treasurer
@b Margaret Sheene | a former chair of the Bar Standards Board
@c Progressive Alliance | -
@d Fenella Strand | a former compliance officer at the party who says she raised concerns about the donation at the time
The Progressive Alliance has appointed an independent barrister to investigate how it came to accept a £250,000 donation from an offshore company with no known trading activity.
Messages leaked to the Sentinel appear to show the party's treasurer, J.R. Okonkwo, telling a colleague in 2022 that the donation had been "⟦p:a|checked and double-checked⟧". In another, sent three weeks later, he wrote: "⟦d:a|Let's not go looking for problems. The money's in, and it's legal.⟧"
Okonkwo said on Tuesday that the messages had been taken "⟦p:a|wildly out of context⟧". "⟦d:a|Every donation I handled was reported in full. I have nothing to hide, and I welcome the inquiry,⟧" he said in a statement.
The inquiry will be led by Margaret Sheene KC, a former chair of the Bar Standards Board. In a post on social media, Sheene wrote: "⟦d:b|I have accepted this role on the basis that I will have complete independence and that my report will be published in full.⟧"
Fenella Strand, a former compliance officer at the party who says she raised concerns about the donation at the time, said she felt "⟦p:d|vindicated⟧". "⟦d:d|I was told I didn't understand how politics works. I understood perfectly well,⟧" she told the Sentinel.
The Progressive Alliance said: "⟦d:c|The party takes its obligations extremely seriously. It would be inappropriate to comment further while the inquiry is under way.⟧"

### 033
@a Kenneth Olufemi-Rhodes | the chief of defence procurement
@b Jasper Lyle | the committee chairman
@c Defence Ministry | -
The head of military procurement has admitted that a £3.2 billion programme to replace the army's armoured vehicles is four years late and may never deliver a working vehicle.
Air Marshal Sir Kenneth Olufemi-Rhodes, the chief of defence procurement, told the defence committee on Thursday that the programme had been "⟦p:a|badly conceived from the start⟧".
Asked by the committee chairman, Jasper Lyle, to explain what had gone wrong, he gave an unusually frank answer.
"⟦d:a:m|We asked for a vehicle that could do everything, and we got one that can't do very much. The requirement changed eleven times in six years. Every time it changed, the contractor quite reasonably sent us a bill.⟧
"⟦d:a:m|I don't say that to blame the people who went before me. Many of them are friends. But I would be misleading the committee if I said the fault lay anywhere other than with us.⟧
"⟦d:a|We have to learn how to buy things simply.⟧"
Lyle said it was "⟦p:b|the most candid evidence⟧" the committee had heard in years. "⟦d:b|I'm grateful for it. I'm also appalled by it,⟧" he said.
"⟦d:a|I think that's the right reaction, Chairman,⟧" the air marshal replied.
The Defence Ministry said a decision on the programme's future would be taken "⟦p:c|in the coming months⟧".

### 034
@a Hannah Oyebanji | the cabinet member for transport
@b Maureen Dacre | -
@c Jess Whitcombe | a cyclist and mother of two from Elm Grove
@d Arthur Penhale | a shopkeeper on Victoria Road
A controversial low-traffic scheme in the Elm Grove area of Pennington will be made permanent, after a council meeting on Wednesday that was twice suspended because of shouting from the public gallery.
Cllr Hannah Oyebanji, the cabinet member for transport, said the trial had cut traffic on residential streets by 40 per cent. “⟦d:a|Children are walking to school who were never allowed to before. That's not ideology. That's what the data tells us,⟧” she said.
Cllr Maureen Dacre, who leads the Independent group, said the council had “⟦p:b|ignored the consultation⟧”, in which 58 per cent of respondents opposed the scheme. “⟦d:b|They asked people what they thought, people told them, and they did it anyway,⟧” she said.
The councillor said traffic had simply been pushed onto Victoria Road, where shopkeepers had seen trade fall.
Arthur Penhale, a shopkeeper on Victoria Road, agreed. “⟦d:d|My takings are down a fifth. Nobody can park, nobody can stop. They've made it a car park for people going somewhere else,⟧” he said.
But Jess Whitcombe, a cyclist and mother of two from Elm Grove, said the scheme had “⟦p:c|given the street back⟧” to residents. “⟦d:c|My kids play out now. I didn't play out as a kid on this road, and I grew up on it,⟧” she said.
Oyebanji said the council would review parking on Victoria Road. Asked whether she had been surprised by the hostility in the chamber, she said: “⟦d:a|Nothing surprises me any more.⟧”

### 035
@a Victor Slade | The immigration minister
@b - | one reporter
@c - | a second reporter
@d Gemma Thorne | His special adviser
The immigration minister, Victor Slade, was doorstepped by reporters outside his home in Fenbury on Saturday morning, hours after a newspaper reported that he had employed an undocumented worker as a cleaner.
"⟦d:b|Minister, did you know she didn't have the right to work?⟧" one reporter shouted as he walked to his car.
"⟦d:a|I've said all I'm going to say in my statement,⟧" Slade replied.
"⟦d:c|Are you going to resign?⟧" a second reporter asked.
"⟦d:a|No.⟧"
"⟦d:c|Has the prime minister asked you to?⟧" the same reporter pressed.
"⟦d:a|I spoke to the prime minister last night. I have her full support.⟧"
His special adviser, Gemma Thorne, stepped between the minister and the cameras. "⟦d:d|That's enough now, thank you. That's enough.⟧"
In a statement released late on Friday, Slade said the cleaner had been hired through an agency and that he had been "⟦p:a|assured that all the necessary checks had been carried out⟧". "⟦d:a|I was not aware of any problem with her status, and I will cooperate fully with any inquiry,⟧" he said.

### 036
@a Ueli Brunnschweiler | The canton's transport director
@b Regula Imhof-Keller | a farmer from Oberwil who leads the no campaign
@c Sandro Bianchi | a lorry driver who crosses the pass four times a week
Voters in the canton of Obersee go to the polls on Sunday to decide whether to spend 1.4 billion francs on a road tunnel under the Hohberg pass, in a referendum that has split the farming villages from the towns.
The canton's transport director, Ueli Brunnschweiler, has campaigned hard for a yes vote. «⟦d:a|Wir bauen nicht für uns, wir bauen für unsere Enkel,⟧» he told a rally in Seedorf on Thursday evening. («⟦d:a|We are not building for ourselves, we are building for our grandchildren.⟧»)
Regula Imhof-Keller, a farmer from Oberwil who leads the no campaign, says the tunnel will bring «⟦p:b|trucks, noise and nothing else⟧» to her valley. «⟦d:b|They tell us it is for our grandchildren. My grandchildren will breathe the exhaust,⟧» she said.
Polls suggest the result is too close to call. Sandro Bianchi, a lorry driver who crosses the pass four times a week, said he had made up his mind long ago. «⟦d:c|In winter the pass is closed half the time. Anyone who says we don't need the tunnel has never driven it in January,⟧» he said.
Brunnschweiler said he would «⟦p:a|respect the verdict of the people⟧» whichever way it went.

### 037
@e - | one minister
@a - | one cabinet minister
@b - | A senior backbencher
@c Lucinda Graves | The party chair
@d - | a party spokesperson
Cabinet ministers have privately told the prime minister that she must set out a timetable for her departure or face a formal challenge before the summer, according to three people familiar with the conversations.
At a meeting in her office on Tuesday evening, one minister urged her to “⟦p:e|go with dignity⟧”, according to a person who was present.
“⟦d:a|It's over. Everyone knows it's over except her,⟧” one cabinet minister told the Post.
A senior backbencher said: “⟦d:b|The mood has turned. A month ago people were grumbling. Now they're counting.⟧”
The party chair, Lucinda Graves, insisted on Wednesday that the prime minister retained the confidence of the cabinet. “⟦d:c|I sat round that table yesterday. I didn't hear anybody ask her to go,⟧” she told Radio Meridian.
Asked whether she would rule out a leadership contest before the summer, Graves said: “⟦d:c|I'm not going to get into hypotheticals.⟧”
According to a party spokesperson, the prime minister is “⟦p:d|getting on with the job⟧” and will set out new policy on housing next week.
One former minister, Mark Ibekwe, has already said publicly that he would stand if a contest were called.

### 038
@a Helen Oduro-Mensah | The inspector
@b Christopher Vane | -
@c Aisling Fennelly | an ecologist called by the parish council
@d Graham Stiles | chair of Little Hensted Parish Council
A planning inquiry into a proposed solar farm covering 230 acres of farmland near Little Hensted opened on Tuesday in the village hall, which was so full that some residents listened from the car park.
The inspector, Helen Oduro-Mensah, told the room she would hear "⟦p:a|every voice that wishes to be heard⟧" but warned that applause and heckling would not be tolerated.
Christopher Vane KC, for the developer, Redhill Land, said the scheme would power 40,000 homes and was "⟦p:b|exactly the kind of development national policy requires⟧". "⟦d:b|The question is not whether this country needs solar. It does. The question is whether there is any better site, and the evidence will show there is not,⟧" he said.
Graham Stiles, chair of Little Hensted Parish Council, said villagers were not against renewable energy. "⟦d:d|We've got panels on the church roof. We're not cavemen. We just don't think you should cover the best farmland in the county in glass,⟧" he said.
Dr Aisling Fennelly, an ecologist called by the parish council, said the site was home to one of the largest colonies of skylarks in the region. Under cross-examination, Vane asked whether she had visited the site in the breeding season.
"⟦d:c|Twice,⟧" she said. "⟦d:c|And I counted thirty-one singing males, which is rather more than your consultants found.⟧"
At the close of the first day, the inspector thanked those present. "⟦d:a|We resume at ten tomorrow. Please bring your patience with you,⟧" she said. The inquiry is expected to last eight days.

### 039
@a Gareth Lumley | Presenter
@b Priscilla Hawtrey | a former home secretary
@c Kofi Mensah-Adjei | director of the Prison Reform Forum
The government's decision to release some prisoners early to ease overcrowding prompted a heated exchange on Radio Meridian's Drive programme on Monday.
Presenter Gareth Lumley asked Dame Priscilla Hawtrey, a former home secretary, whether the policy was safe.
“⟦d:b|It's a gamble, and it's a gamble with other people's safety. I would never have signed it off,⟧” she said.
Kofi Mensah-Adjei, director of the Prison Reform Forum, said the alternative was worse. “⟦d:c|With respect to Dame Priscilla, she was home secretary when half of these prison places were promised and never built,⟧” he said.
“⟦d:b|That is simply untrue.⟧”
“⟦d:c|It's in the National Audit Office report. Page fourteen.⟧”
“⟦d:a|Let's not get into page numbers,⟧” Lumley interjected. “⟦d:a|Dame Priscilla, if not this, then what?⟧”
“⟦d:b|Build the prisons. It isn't complicated.⟧”
Mensah-Adjei laughed. “⟦d:c|It's been twenty years and it still hasn't been done. Apparently it is complicated.⟧”

### 040
@a Electoral Standards Board | the board
@b Philip Norcott | the Heritage Party candidate
@c Anjali Desai | the Civic Party's election agent in the seat
A leaflet delivered to thousands of homes in Kingsmere that appeared to show the Civic Party candidate endorsing a rival has been referred to the Electoral Standards Board.
The leaflet, headlined "⟦s:-|Even Civic Says Vote Norcott⟧", carried a photograph of the Civic Party candidate, Tamsin Reeve, alongside a quotation that her party says she never gave.
Anjali Desai, the Civic Party's election agent in the seat, called the leaflet "⟦p:c|a deliberate attempt to deceive voters⟧". "⟦d:c|Tamsin has never said those words, never met Mr Norcott, and certainly never endorsed him,⟧" she said.
Philip Norcott, the Heritage Party candidate, said the leaflet had been produced by "⟦p:b|enthusiastic volunteers⟧" without his knowledge. "⟦d:b|I've asked for it to be withdrawn. I don't need gimmicks to win this seat,⟧" he said.
The Electoral Standards Board said it had received a complaint and was "⟦p:a|assessing it⟧". "⟦d:a|We remind all campaigners that it is an offence to make false statements about a candidate's personal character or conduct,⟧" the board said.

### 041
@a Derek Mobley | -
@b Sharon Kettle | the council's chief executive
@c Olusegun Bakare | -
Hexley Borough Council's chief executive apologised on Monday for an IT failure that left more than 3,000 residents waiting up to four months for housing benefit.
Appearing before the council's scrutiny panel, Sharon Kettle, the council's chief executive, began with an apology.
“⟦d:b:m|I want to start by saying sorry. Sorry to every resident who has been affected, some of whom have received eviction notices because of our failure.⟧
“⟦d:b|We went live with a system that wasn't ready. That was a decision taken by senior officers, including me, and I take responsibility for it.⟧”
Cllr Derek Mobley, who chairs the scrutiny panel, asked how much the system had cost. Kettle said the final figure was £9.3 million, against a budget of £4.8 million.
“⟦d:a|So it cost twice as much and it doesn't work,⟧” Mobley said.
“⟦d:b|It works now. It didn't work when it should have,⟧” she replied.
Cllr Olusegun Bakare asked whether any officer would face disciplinary action. “⟦d:c|Somebody must have told you it wasn't ready. Did anybody?⟧” he said.
Kettle admitted that a project manager had raised concerns in writing a month before launch. “⟦d:b|Those concerns should have been escalated. They weren't,⟧” she said.

### 042
@a Geoffrey Pilbeam | the 74-year-old
@b Beryl Tan | chair of the Hollins Cross association
@c Ciaran Lowry | a local councillor tipped as a possible successor
Sir Geoffrey Pilbeam, who has been the MP for Hollins Cross since 1993, announced on Friday that he would stand down at the next election.
In a letter to his local party association, the 74-year-old wrote that it had been "⟦p:a|the honour of a lifetime⟧" to represent the town. "⟦d:a|I was first elected when mobile phones were the size of house bricks and my hair was the colour of a house brick. Both have changed,⟧" he wrote.
"⟦d:a|I leave with one regret: that the Hollins Cross bypass, which I first raised in my maiden speech, remains a line on a map. I hope my successor has more luck.⟧"
Beryl Tan, chair of the Hollins Cross association, said members would be "⟦p:b|very sad⟧" to see him go. "⟦d:b|Geoffrey has been the face of this town for three decades. He'll be a hard act to follow,⟧" she said.
Asked whether he might be tempted to stay on, Sir Geoffrey joked: "⟦d:a|Only if they build the bypass.⟧"
Ciaran Lowry, a local councillor tipped as a possible successor, declined to say whether he would seek the nomination. "⟦d:c|Today is about Geoffrey, not about anybody else,⟧" he said.

### 043
@a Diane Otway | the MP for Carnford North
@b Ruth Bellamy-Scott | a former palliative care nurse
@c Anne-Marie Kiely | The justice minister
MPs debated for more than five hours on Friday before voting by 318 to 271 to give a second reading to a bill that would legalise assisted dying for terminally ill adults.
Opening the debate, Diane Otway, the MP for Carnford North, who proposed the bill, spoke about her mother, who died of motor neurone disease in 2019.
“⟦d:a|Near the end, she said to me: ‘I'm not afraid of dying. I'm afraid of how.’ I have thought about those words every day since,⟧” she told a packed chamber.
“⟦d:a|This bill is about giving people like my mother a choice. Nobody will be compelled. Nobody.⟧”
Ruth Bellamy-Scott, a former palliative care nurse, said she had sat with hundreds of dying patients and could not support the bill. “⟦d:b|I have seen families who love each other very much. I have also seen families who were counting the cost of a care home. This bill cannot tell the difference,⟧” she said.
The justice minister, Anne-Marie Kiely, said the government was neutral but would ensure that any law passed was “⟦p:c|workable and safe⟧”. “⟦d:c|It is not for the government to tell members how to vote on a matter of conscience,⟧” she said.
Otway, closing the debate, thanked MPs on both sides. “⟦d:a|Whatever the result today, this house has done itself proud,⟧” she said.

### 044
@a Hugo Blanchard | The communities secretary
@b Linthorpe City Council | the council
@c Fatima Rahimi | Its leader
The communities secretary, Hugo Blanchard, has written to Linthorpe City Council threatening to send in government commissioners unless it produces a credible plan to balance its books within six weeks.
In the letter, published on Wednesday, Blanchard said he had ``⟦p:a|serious concerns⟧'' about the council's governance and accused its leadership of ``⟦p:a|a pattern of denial⟧''.
``⟦d:a:m|I have been patient. My officials have offered support on three occasions, and on each occasion that support has been declined.⟧
``⟦d:a|I am not prepared to let the residents of Linthorpe pay the price for that.⟧''
Linthorpe City Council said the letter was ``⟦p:b|politically motivated⟧''. Its leader, Fatima Rahimi, said the council's financial problems stemmed from ``⟦p:c|a decade of cuts to our grant⟧''.
``⟦d:c|The secretary of state knows perfectly well why we are in this position. His government put us here,⟧'' she said. ``⟦d:c|We will respond to his letter, and we will do so politely, which is more than he managed.⟧''
In a statement, the council added: ``⟦d:b|We have a plan, and we will be sharing it with the department in good time.⟧''

### 045
@a Ayesha Malik | the MP for Brindley West
@b Janet | Her caseworker
@c Gary | a scaffolder who has been waiting eight months for a disability assessment after a fall
It's 9.30 on a Saturday morning in the back room of Brindley West library, and Ayesha Malik, the MP for Brindley West, is already running late.
"⟦d:a|Every week I think I'll get through them in two hours. Every week it's four,⟧" she says, pouring tea from a flask.
Her caseworker, Janet, has the list: fourteen appointments, mostly housing, two immigration cases, and one man who wants to talk about the ring road. "⟦d:b|There's always one who wants to talk about the ring road,⟧" Janet says.
The first constituent is Gary, 51, a scaffolder who has been waiting eight months for a disability assessment after a fall. "⟦d:c|I've worked since I was sixteen. I've never asked anybody for anything. And now I can't get anybody to answer the phone,⟧" he says.
Malik listens, takes notes, and promises to write to the department on Monday. "⟦d:a|I can't promise you the outcome, Gary. I can promise you they'll answer me,⟧" she tells him.
After he leaves, she sits back for a moment. "⟦d:a|That's the job, really. Most of it is just making people listen.⟧"

### 046
@a Susan Obi | The mayor
@b Neil Braithwaite | -
@c Priya Sandhu | a founder of the Rename the Square campaign
@d Henry Falconer | a descendant of the colonel
Kelby Town Council has voted to rename Harcourt Square, ending a two-year row over the 19th-century plantation owner whose name it has carried since 1872.
The square will become "⟦s:-|Market Square⟧", its name before the colonel's family paid for its paving.
Priya Sandhu, a founder of the Rename the Square campaign, said the vote was "⟦p:c|long overdue⟧". "⟦d:c|Nobody is erasing history. We're just choosing not to celebrate it on every street sign,⟧" she said.
Cllr Neil Braithwaite, who voted against, said the council had "⟦p:b|better things to do⟧". "⟦d:b|Ask people in this town what they want us to spend money on, and it isn't new signs,⟧" he said.
As the result was announced, there were cheers and boos from the public gallery. "⟦d:-|Shame on the lot of you!⟧" came a shout from the back.
The mayor, Cllr Susan Obi, who chaired the meeting, appealed for calm. "⟦d:a|Whatever your view, this has been a democratic process, and I'd ask everyone to respect it,⟧" she said.
Henry Falconer, 81, a descendant of the colonel, who lives in Kelby, said he was "⟦p:d|not offended in the slightest⟧". "⟦d:d|He was not a nice man. I'd rather the square was named after somebody who was,⟧" he said.

### 047
@a Brenda | -
@b Colin | her friend
@c Ali Hassan | -
In the Copper Kettle café on Pit Lane, the by-election is the only thing anyone wants to talk about, and nobody can agree on anything.
Brenda, 71, has voted for the same party all her life. This time she isn't sure. “⟦d:a|My dad would turn in his grave. But my dad never had to wait eleven weeks for a doctor,⟧” she says.
Across the table, her friend Colin shakes his head. “⟦d:b|They're all the same, Bren. Every one of them.⟧”
“⟦d:a|You say that every time.⟧”
“⟦d:b|And every time I'm right.⟧”
Ali Hassan, who has run the café for 22 years, says he has had four of the seven candidates in for a bacon sandwich. “⟦d:c|The one from the Heritage lot left a good tip. The Civic woman didn't eat hers,⟧” he says, laughing. “⟦d:c|I'm not saying that tells you anything.⟧”
The Civic candidate, Joanne Pike, a former nurse at the town's hospital, is the favourite with the bookmakers. Her campaign did not respond to requests for an interview.
Brenda finishes her tea. “⟦d:a|I'll decide in the booth. That's what it's for,⟧” she says.

### 048
@a María José Etxeberria-Paz | the interior minister
@b Joaquín Ferrer Amado | The opposition senator
@c Valdorian Human Rights Observatory | the group
Valdoria's government on Thursday defended a decision to deploy the army to patrol the streets of the capital, San Cristóbal, after a wave of kidnappings.
“⟦d:a|No vamos a pedir perdón por proteger a nuestra gente,⟧” the interior minister, María José Etxeberria-Paz, told a press conference at the ministry. “⟦d:a|We are not going to apologise for protecting our people.⟧”
Etxeberria-Paz said the deployment would last “⟦p:a|as long as necessary and not one day longer⟧”.
The opposition senator Joaquín Ferrer Amado accused the government of “⟦p:b|militarising daily life⟧”. “⟦d:b|Soldiers are trained to fight wars, not to police a city. We have seen where this leads, in this country and in others,⟧” he said in a speech to the Senate.
The Valdorian Human Rights Observatory said it had documented 14 cases of soldiers detaining people without charge in the first week of the operation. “⟦d:c|The fight against crime cannot become a licence to ignore the constitution,⟧” the group said in a statement.
The minister dismissed the report. “⟦d:a|I have not seen a single credible complaint,⟧” she said.

### 049
@a Marguerite Oyelowo-Banks | a Union Party senator from East Haddon
@b Curtis Vandermeer | Senate Majority Leader
@c Ray Dulac | -
Sen. Marguerite Oyelowo-Banks, a Union Party senator from East Haddon, spoke for 14 hours and 20 minutes on the floor of the New Albion Senate on Wednesday in an attempt to block a bill that would cut the state's early voting period from three weeks to five days.
She spent much of the time reading letters from constituents, among them a note from a 93-year-old woman in Millbrook. "⟦d:a|She writes: 'I have voted in every election for seventy years. I cannot stand in line for four hours any more.' This bill is written for people who can,⟧" Oyelowo-Banks said.
Senate Majority Leader Curtis Vandermeer said the bill would "⟦p:b|bring New Albion in line with its neighbors⟧" and reduce costs. "⟦d:b|The senator has made her point, at great length. The votes are there, and the bill will pass,⟧" he told reporters during a break.
By early Thursday morning, Oyelowo-Banks was visibly tired. "⟦d:a|I can stand here a little longer,⟧" she told the chamber just after 2am. "⟦d:a|My feet hurt. Democracy hurts more.⟧"
Sen. Ray Dulac, who co-sponsored the bill, called the speech "⟦p:c|political theater⟧". "⟦d:c|It was a long speech. It doesn't change the arithmetic,⟧" he said.

### 050
@a Roger Tanfield | Police and crime commissioner
@b Leanne Okoro | Coastal Radio's breakfast presenter
@c Mike Ruddock | Its chair
Police and crime commissioner Roger Tanfield has defended plans to close five police station front counters across the county, saying only a handful of people use them each day.
Speaking to Coastal Radio's breakfast presenter, Leanne Okoro, on Tuesday, Tanfield said the counters cost £1.2 million a year and handled ``⟦p:a|fewer than ten enquiries a day⟧'' on average.
``⟦d:b|But for those ten people, Mr Tanfield, that counter might be the only way they feel safe reporting something,⟧'' Okoro said.
``⟦d:a|And they'll still be able to report it, online, by phone, or by booking an appointment with an officer who will come to them,⟧'' he replied.
``⟦d:b|Booking an appointment to report a crime?⟧''
``⟦d:a|For non-urgent matters, yes. If it's an emergency, you dial 999, as you always have.⟧''
The county branch of the Police Officers' Association opposes the closures. Its chair, Sgt Mike Ruddock, said: ``⟦d:c|Every time a station closes, the public sees less of us. Then people wonder why confidence in policing is falling.⟧''

### 051
@a Civic Party | -
@b Liam Cardew | a Heritage Party spokesman
@c Channel Six | the broadcaster
@d - | A spokeswoman for the Liberal Reform party
A planned televised debate between the leaders of the three largest parties was in doubt on Friday after the Civic Party said its leader would not take part unless the Greens were also invited.
“⟦d:a|A debate that leaves out a party with four MPs and two million votes is not a debate, it's a club,⟧” the Civic Party said in a statement.
Liam Cardew, a Heritage Party spokesman, accused the Civic leader of “⟦p:b|running scared⟧”. “⟦d:b|If she doesn't want to defend her record, she should just say so. The Greens are a fig leaf,⟧” he said.
Channel Six, which is due to host the debate on 3 June, said discussions were “⟦p:c|ongoing⟧”. “⟦d:c|We remain confident that the debate will go ahead, and that viewers will get the chance to hear from the people who want to lead the country,⟧” the broadcaster said.
A spokeswoman for the Liberal Reform party said it would take part “⟦p:d|in any format, on any channel, at any time⟧”.

### 052
@a Tomasz Wierzbicki | The foreign minister
@b Ilir Kastrati | The Marovian ambassador
@c Kalvenian foreign ministry | -
@d - | One Western diplomat in Brestovo
Kalvenia summoned the ambassador of neighbouring Marovia on Monday after a Marovian military drone crashed in a field 30 kilometres inside Kalvenian territory.
The foreign minister, Tomasz Wierzbicki, called the incident "⟦p:a|a grave and unacceptable violation⟧" of Kalvenian airspace. "⟦d:a|We are not interested in excuses. We want an explanation, and we want a guarantee that this will not happen again,⟧" he told reporters in Brestovo.
According to a readout of the meeting released by the Kalvenian foreign ministry, the ambassador was told that any repetition would be treated as "⟦p:c|a deliberate act⟧".
The Marovian ambassador, Dr Ilir Kastrati, said after the meeting that the drone had suffered a "⟦p:b|technical malfunction⟧" during a routine exercise. "⟦d:b|There was no intention, none whatsoever, to enter Kalvenian airspace. My government regrets the incident,⟧" he said.
One Western diplomat in Brestovo said the episode was "⟦p:d|almost certainly an accident⟧" but had come at a dangerous moment. "⟦d:d|Nobody wants this to escalate. The problem is that nobody trusts anybody,⟧" the diplomat said.
Wierzbicki was unmoved by the ambassador's account. "⟦d:a|Regret is a start. It is not an explanation,⟧" he said.

### 053
@a Ben Whitlock | the MP for Sandholme
@b - | a retired miner in the front row
@c Kathleen Morrow | a care worker
Ben Whitlock, the MP for Sandholme, had been warned that the public meeting at the Miners' Welfare would be lively. He had not been warned quite how lively.
Within ten minutes of Whitlock taking the microphone, a retired miner in the front row was on his feet. “⟦d:b|You promised us the jobs would come back. Where are they?⟧” he shouted.
“⟦d:a|Some of them have, and more are coming. The battery plant alone will employ 900 people,⟧” Whitlock replied.
“⟦d:b|In 2029!⟧”
Kathleen Morrow, 58, a care worker, asked about pay. “⟦d:c|I've been doing this job nineteen years and I earn a pound more than my granddaughter does at the supermarket. Is that what you call levelling up?⟧” she said.
“⟦d:a|No, it isn't, and I've said so to ministers,⟧” the MP said. He insisted he was “⟦p:a|on your side⟧”, and pointed out that he had voted against his own government twice on social care.
There is an old saying in these valleys: “⟦d:-|You can always tell a politician, but you can't tell him much.⟧” By the end of the evening, quite a few people in the hall had tried.

### 054
@a Owain Pritchard | The leader of Carnmoor County Council
@b Lisa Fairhurst | His deputy
@c Tony Ashcroft | leader of the Independent group
The leader of Carnmoor County Council, Owain Pritchard, has resigned with immediate effect, a week after a report criticised the council's handling of a £40 million leisure centre project.
He announced his decision in a post on social media late on Sunday night.
"⟦d:a:m|After much reflection, and after talking it through with my family, I have decided to stand down as leader of the council. The report published last week made for difficult reading, and as leader I have to take responsibility.⟧
"⟦d:a:m|I am proud of much of what we have achieved: new schools in Penwyth Vale, the first real rise in care workers' pay in a decade, and a council that balances its books.⟧
"⟦d:a|I will continue to serve as the councillor for Trewin, and I wish my successor every success.⟧"
His deputy, Lisa Fairhurst, will act as leader until a new leader is chosen at a meeting of the ruling group on 14 May. "⟦d:b|Owain has given this county twelve years of public service. He did the honourable thing, and that should be recognised,⟧" she said.
Tony Ashcroft, leader of the Independent group, said the resignation was "⟦p:c|the right decision, but about a year too late⟧". "⟦d:c|The questions about this project were raised in this chamber in 2022. They were laughed off,⟧" he said.

### 055
@a Anthony Quarles | the permanent secretary at the Home Department
@b Stephen Ogunbiyi | the minister for prisons
@c Meera Kapoor | The committee's chair
Two of the most senior figures at the Home Department gave conflicting accounts to MPs on Tuesday of when ministers were told that a laptop containing the details of 40,000 prisoners had been lost.
Sir Anthony Quarles, the permanent secretary at the Home Department, told the public accounts committee that the minister for prisons, Stephen Ogunbiyi, had been informed “⟦p:a|within forty-eight hours⟧” of the loss in January.
Ogunbiyi, giving evidence alongside him, said he had first learned of it in March. “⟦d:b|I can only tell the committee what I knew and when I knew it. I was not told in January,⟧” he said.
The committee's chair, Meera Kapoor, asked the two men to clarify. “⟦d:c|One of you must be wrong. Which one is it?⟧”
There was a pause. “⟦d:a|I think it's possible that the information was passed to the minister's private office and did not reach the minister himself,⟧” the permanent secretary said.
“⟦d:b|Then it was not passed to me,⟧” Ogunbiyi said.
Kapoor said the committee would write to the department for a full timeline. “⟦d:c|Forty thousand people's data, and nobody can tell us who knew what. That is extraordinary,⟧” she said after the session.
The 58-year-old civil servant, who is due to retire in the summer, declined to comment further.

### 056
@a Edna Castell | -
@b Pete Lomax | the parish council chair
@c National Post Services | the company
@d Kieran | Edna's grandson
The petition on the counter of Westcombe post office has 1,400 signatures on it, which is more than the number of people who live in Westcombe.
Edna Castell, who has run the post office for 34 years, is not entirely sure how that happened. "⟦d:a|People from the next valley have been coming in to sign. A lorry driver from the city signed it. I don't ask,⟧" she said.
National Post Services announced in March that the branch would close in the autumn as part of a plan to shut 120 rural post offices that it says are "⟦p:c|no longer sustainable⟧". "⟦d:c|We understand that changes to local services can be difficult, and we are committed to providing alternative access,⟧" the company said in a statement.
The alternative is a van that will visit for two hours on Tuesdays. Edna is not impressed. "⟦d:a|Two hours. What happens if your pension's due on a Wednesday?⟧"
Pete Lomax, the parish council chair, has written to the local MP, Harriet Dunmore, who has raised the closure in parliament. "⟦d:b|She's been very supportive, to be fair to her. But it's the company that decides, not parliament,⟧" he said.
Edna's grandson Kieran, 14, set up the online version of the petition. "⟦d:d|Gran didn't know what a QR code was a month ago. Now she's explaining them to customers,⟧" he said.

### 057
@a Åsa Lindqvist-Brekke | leader of the Agrarian League
@b Øyvind Haugland-Sæther | Prime Minister
@c Torbjørn Moe | a political scientist at the University of Vestvik
Coalition talks in Nordvik collapsed on Tuesday night after the Agrarian League walked out over government plans to raise fuel duty in rural areas.
Åsa Lindqvist-Brekke, leader of the Agrarian League, told reporters outside the parliament building that her party «⟦p:a|could not in good conscience⟧» support the budget. «⟦d:a|Vi har strukket oss langt. Men ikke så langt,⟧» she said. «⟦d:a|We have gone a long way. But not that far.⟧»
Prime Minister Øyvind Haugland-Sæther said he was «⟦p:b|disappointed but not surprised⟧». «⟦d:b|The door is still open. It is not locked, and I have not thrown away the key,⟧» he said.
Torbjørn Moe, a political scientist at the University of Vestvik, said a snap election was now «⟦p:c|more likely than not⟧». «⟦d:c|Both of them need this budget. The question is who blinks first,⟧» he said.
According to Moe, the prime minister has «⟦p:c|very few friends left⟧» in parliament after a difficult first year.

### 058
@a Miriam Achebe-Ross | Chancellor
@b Owen Treharne | the shadow chancellor
@c Institute for Fiscal Research | -
@d Lena Kowalski | Its director
@e Federation of Small Employers | -
Chancellor Miriam Achebe-Ross used her first budget on Wednesday to freeze fuel duty for a fifth year and announce a £6 billion fund for new hospitals, paid for in part by a rise in tax on second homes.
“⟦d:a|This is a budget for builders, for savers and for the sick. It is a budget that asks the most from those who have the most,⟧” she told MPs.
She described the economy as “⟦p:a|turning the corner⟧” and said inflation would fall to 2 per cent by the end of the year.
Responding, the shadow chancellor, Owen Treharne, said the budget was “⟦p:b|smoke and mirrors⟧”. “⟦d:b|The chancellor has given with one hand and taken with both. Look at the small print, and working families are worse off,⟧” he said.
The Institute for Fiscal Research said the hospital fund was “⟦p:c|welcome but modest⟧”. Its director, Dr Lena Kowalski, said: “⟦d:d|Six billion sounds like a lot of money. Spread it over five years and the whole country, and it is roughly one new hospital a year.⟧”
The Federation of Small Employers said the budget contained “⟦p:e|very little⟧” for its members. “⟦d:e|Small firms were hoping for help with energy costs and got a warm handshake instead,⟧” it said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh56.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh56",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
