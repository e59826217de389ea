# ruff: noqa: E501
"""Build ``quotes_fresh100.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is politics:
parliamentary question times and debates with interruptions, select committee and
confirmation hearings, radio and television interviews in which presenters press
ministers, campaign trail and hustings reports, lobby briefings by spokespeople,
council and parish council meetings, leadership contests, leaks and unnamed sources,
summits, peace talks and foreign ministers' press conferences, written in the styles
of wire copy, broadsheets, tabloids, local papers, magazines and broadcasters' websites.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh100-NNN``.

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
  it (``Her counterpart, Zhanar Abenova, the chief negotiator for …``, ``The chair,
  Margaret Osei, a local magistrate``): the appositive is the description. A title
  before the name alone (``Housing minister …``, ``Assemblyman …``, ``Prime Minister
  …``, ``NewsHour presenter …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the sentence just before or after, or at a cue (``the
  Liberal Union leader``, ``the 58-year-old``, ``the judge``, ``the chair``), that
  description is taken.
* A non-restrictive relative clause (set off by a comma) after the subject phrase or an
  appositive (``One colleague, who sat next to her …``) is not part of the description;
  a restrictive one (``One MP who voted against him``) is.
* An organisation quoted with a definite description at the cue (``the department
  said``, ``the committee said``) has that description; a named organisation without
  one has a null description. An unnamed group (``the 14 leaders`` in a joint
  statement, ``allies of the chancellor``) has a null speaker and the group as the
  description.
* A quote built into the reporter's sentence as an object or complement (after
  ``called it``, ``described … as``, ``said it was``, ``said he would``) is ``partial``;
  a quote standing as a sentence or sentences of its own, after a colon or with a
  speech cue, is ``direct``. A reporter's repetition of a speaker's earlier words
  (``The "one in the purple hat" turned out to be …``) is ``partial`` by that speaker.
* Shouts from the benches or the floor with no identified source (``Amid cries of
  "Answer!"``) and a voice on a recording that the passage says could not be
  identified are ``direct`` with speaker and description null.
* A listener's text or a widow's statement read out by someone else belongs to its
  author. Questions by a first-person writer (``I ask``) are ``direct`` with speaker
  and description null. A reporter's question is ``direct`` by that (unnamed) reporter.
* In exchanges of quote-only paragraphs (interviews, debates, hearings) each turn
  belongs to the person whose turn it is, as the surrounding cues make clear.
* The printed words of an advert, like a placard, are ``scare``; a programme-branding
  label or pledge referred to as such (``the "forty new hospitals"``, the "triple
  lock") is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python build_quotes_fresh100.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh100.jsonl")

PASSAGES = """
### 001
@a Helena Marsh-Adeyemi | Prime Minister
@b Conrad Vell | the Leader of the Opposition
@c Rhiannon Pryce | the Speaker
@d Tomasz Lewandowski | the Liberal Union MP for Fellgate
Prime Minister Helena Marsh-Adeyemi and Conrad Vell, the Leader of the Opposition, clashed over hospital waiting times at a rowdy session of Prime Minister's Questions on Wednesday, with the Speaker twice forced to intervene.
Vell opened by asking whether the prime minister still stood by her pledge to end “⟦p:a|the scandal of the corridor trolley⟧” within a year.
“⟦d:b|Twelve months ago she stood at that despatch box and made a promise to every patient in this country,⟧” Vell said. “⟦d:b|Today there are more people waiting on trolleys than on the day she made it. Which part of that promise has she kept?⟧”
Marsh-Adeyemi replied that 4,000 extra beds had been opened since the spring and accused the opposition of “⟦p:a|talking down the staff who work night and day⟧”.
“⟦d:a|He can shout all he likes,⟧” she said, as opposition MPs jeered. “⟦d:a|The figures are the figures.⟧”
Amid cries of “⟦d:-|Answer!⟧” the Speaker, Rhiannon Pryce, rose to her feet. “⟦d:c|Order. Order. The public can hear this, and I am not sure they are impressed,⟧” she said.
Vell returned to the attack. “⟦d:b|The prime minister says the figures are the figures. Here is one: 212,000. That is how many people waited more than twelve hours in A&E last month. Will she apologise to them?⟧”
“⟦d:a|I will never apologise for investing in our health service,⟧” Marsh-Adeyemi shot back.
Later in the session Tomasz Lewandowski, the Liberal Union MP for Fellgate, raised the planned closure of the maternity unit at Fellgate General. “⟦d:d|Mothers in my constituency are now being told to drive fifty miles while in labour. Will the prime minister meet me, and them, before the doors close for good?⟧”
The prime minister said she would “⟦p:a|of course⟧” meet him, but stopped short of promising a reprieve.

### 002
@a Dariusz Nowicki | the committee's chairman
@b Anthony Kell | the department's permanent secretary
@c Farah Qureshi | a Liberal Union member of the committee
@d Department for Regional Connectivity | the department
The most senior civil servant at the Department for Regional Connectivity admitted on Tuesday that he had not read a warning about the spiralling cost of the Northern Arc rail link until eight months after it was sent.
Sir Anthony Kell, the department's permanent secretary, told MPs on the public accounts committee that the memo had been "⟦p:b|sent to the wrong inbox⟧".
"⟦d:b|I regret that. I regret it deeply,⟧" he said. "⟦d:b|But I want to be clear that the project board saw it, even if I didn't.⟧"
Dariusz Nowicki, the committee's chairman, was unimpressed. "⟦d:a|Sir Anthony, you are the accounting officer. The buck is supposed to stop with you. Where exactly does it stop?⟧"
"⟦d:b|It stops with me,⟧" Kell replied. "⟦d:b|I'm not hiding from that.⟧"
Farah Qureshi, a Liberal Union member of the committee, asked how many other warnings might have gone astray. "⟦d:c|Are you confident, sitting here today, that there isn't another memo sitting in another wrong inbox?⟧"
There was a long pause. "⟦d:b|I am not in a position to give that assurance,⟧" the permanent secretary said.
"⟦d:a|Well, that's honest, at least,⟧" Nowicki said.
In a statement after the hearing, the department said it had "⟦p:d|strengthened⟧" its procedures and that the Northern Arc remained "⟦p:d|on track for its revised opening date of 2031⟧".

### 003
@a Niamh Cassidy | The presenter
@b Yasmin Okafor | Housing minister
@c - | a spokesperson for the housing ministry
Housing minister Yasmin Okafor was repeatedly pressed on Thursday over the government's target of 300,000 new homes a year during a combative interview on Radio Harbour's “⟦s:-|The Early Tide⟧”.
The presenter, Niamh Cassidy, asked her seven times whether the target would be met by the end of the parliament.
“⟦d:a|It's a simple question, minister. Yes or no?⟧” Cassidy asked.
“⟦d:b|It's not a simple question, Niamh, and I think your listeners know that,⟧” Okafor replied. “⟦d:b|We've had interest rates, we've had a shortage of bricklayers, we've had —⟧”
“⟦d:a|So that's a no.⟧”
“⟦d:b|It's a ‘we are working incredibly hard to get there’.⟧”
Later, Cassidy read out a message from a listener in Dunmore who said she had been on a council waiting list for nine years. Okafor called the woman's situation “⟦p:b|completely unacceptable⟧” and offered to look into it personally.
“⟦d:b|If she gets in touch with my office, I will make sure somebody calls her back this week. That's a promise,⟧” she said.
Asked about the exchange afterwards, a spokesperson for the housing ministry said the minister had “⟦p:c|enjoyed the robust conversation⟧”.

### 004
@a - | the prime minister's official spokesman
@b - | One reporter
@c Helena Marsh-Adeyemi | the prime minister
@d - | a Treasury source
Downing Street on Monday refused to rule out raising fuel duty in the autumn budget, with the prime minister's official spokesman telling reporters that "⟦p:a|everything is under review⟧" as ministers search for savings.
At the regular morning lobby briefing the spokesman was asked eleven times about the duty, which has been frozen for six years.
"⟦d:a|I'm not going to get into budget speculation. You'll know that's the case under every government,⟧" he said. "⟦d:a|The chancellor will set out her plans in the usual way.⟧"
One reporter asked whether the prime minister, Helena Marsh-Adeyemi, still agreed with comments she made during last year's leadership contest, when she called fuel duty "⟦p:c|a tax on getting to work⟧".
"⟦d:a|The prime minister's views on supporting working people are well known,⟧" the spokesman said.
"⟦d:b|Is that a yes?⟧" the reporter pressed.
"⟦d:a|It's an answer,⟧" he said, to laughter.
The spokesman also declined to comment on reports that the Treasury had modelled a 5p rise, saying: "⟦d:a|I'm not going to comment on leaked documents, real or imagined.⟧"
Later, a Treasury source described the modelling as "⟦p:d|routine⟧". "⟦d:d|We model everything. We modelled a cut as well, funnily enough nobody's leaked that one,⟧" the source said.

### 005
@a Margaret Thornbury | Council leader
@b Idris Vaughan | Independent councillor
@c Sunil Bhattacharya | the cabinet member for environment
@d - | one resident
@e Patricia Lomax | The mayor
Tempers flared at Kessington Town Hall on Wednesday night as councillors voted 31 to 22 to move household bin collections from weekly to fortnightly from April.
The public gallery was full, and several residents held up handwritten signs reading “⟦s:-|Bins Not Bonuses⟧”.
Cllr Sunil Bhattacharya, the cabinet member for environment, said the change would save £1.4 million a year. “⟦d:c|Nobody comes into local government to cut services. But the money has to come from somewhere, and I would rather empty bins less often than close a library,⟧” he said.
“⟦d:d|Close the bonuses, then!⟧” shouted one resident from the gallery.
The mayor, Cllr Patricia Lomax, warned that she would clear the gallery if there were further interruptions. “⟦d:e|I understand people feel strongly. But this is a meeting held in public, not a meeting of the public,⟧” she said.
Independent councillor Idris Vaughan, who represents Milltown ward, said the decision had been “⟦p:b|stitched up in a back room⟧”.
“⟦d:b|We got the papers on Friday afternoon. Friday afternoon! For a decision that affects every household in this borough,⟧” he told the chamber.
Council leader Margaret Thornbury defended the process. “⟦d:a|Cllr Vaughan has had the same papers as everyone else, and he's had eighteen months of consultation to read before that,⟧” she said. “⟦d:a|I'm sorry he didn't find the time.⟧”
The new collection schedule will be posted to every household in March, the council said.

### 006
@a Oluwaseun Adeyemi | the former justice secretary
@b Katrin Ahlberg | the party's deputy leader
@c Marcus Delacroix-Hale | the 38-year-old MP for Stourby
@d Fiona Gault | a broadcaster who chaired the event
@e - | One member
The three candidates vying to lead National Renewal traded barbs over tax, immigration and the party's disastrous election result at a packed hustings in Harlow Cross on Saturday, the first of twelve before members vote in September.
Oluwaseun Adeyemi, the former justice secretary and the bookmakers' favourite, said the party had lost because it had "⟦p:a|stopped believing in anything⟧".
"⟦d:a|We didn't lose because voters didn't understand us. We lost because they understood us perfectly well,⟧" he told the 600 members in the room. "⟦d:a|We asked them for five more years and we couldn't tell them what we'd do with them.⟧"
Katrin Ahlberg, the party's deputy leader, took aim at her rival's record in government. "⟦d:b|Seun sat round the cabinet table for four years. I didn't hear him complain then,⟧" she said, to applause and some boos.
Marcus Delacroix-Hale, the 38-year-old MP for Stourby and the outsider in the race, pitched himself as the candidate of a new generation. "⟦d:c|With the greatest respect to my two colleagues, if the answer to losing is to pick someone from the cabinet that lost, I'm not sure we've understood the question.⟧"
Fiona Gault, a broadcaster who chaired the event, then opened the floor. "⟦d:d|Can I ask all three of you to keep your answers short, or we will be here until midnight?⟧" she said.
One member, who said she had been a party activist for forty years, asked: "⟦d:e|What do you say to someone like my husband, who voted for us all his life and voted Heartland in May?⟧"
"⟦d:b|I'd say: I hear you, and I'm sorry,⟧" Ahlberg replied.
"⟦d:a|I'd say come home,⟧" said Adeyemi.
Delacroix-Hale said he would "⟦p:c|knock on his door myself⟧".

### 007
@a Ingrid Solberg | Varnland's foreign minister
@b Emre Aksoy | Her Osterran counterpart
@c - | A reporter from Osterran state television
The foreign ministers of Varnland and Osterra pledged on Friday to reopen the shared border crossing at Kelmst by the end of the year, after two days of talks in the lakeside city of Aarnes.
«⟦d:a|We have disagreed for a long time about many things. Today we agreed about one thing, and it is an important thing,⟧» Ingrid Solberg, Varnland's foreign minister, told reporters at a joint press conference.
Her Osterran counterpart, Emre Aksoy, speaking through an interpreter, said the reopening would be «⟦p:b|a gift to the families on both sides of the river⟧».
«⟦d:b|For eleven years a grandmother in Kelmst could see her grandchildren across the water and could not hold them. That ends,⟧» he said.
Solberg was more cautious on the question of fishing rights in the disputed waters around the Skerries. «⟦d:a|I am not going to negotiate in front of the cameras,⟧» she said, smiling. «⟦d:a|You will forgive me.⟧»
A reporter from Osterran state television asked Aksoy whether the agreement amounted to recognition of Varnland's claim to the islands. «⟦d:c|Minister, have you given away the Skerries today?⟧»
«⟦d:b|Nobody has given away anything,⟧» Aksoy replied sharply. «⟦d:b|Read the text. The word ‘Skerries’ does not appear in it.⟧»
Officials from both ministries will meet again in Kelmst in October.

### 008
@a Tobias Renwick | a special adviser to the interior minister
@b Interior Ministry | -
@c - | One senior official who was in the group
@d Alinta Murray | the shadow interior minister
@e - | A source close to the interior minister
A special adviser to the interior minister privately described the government's flagship asylum scheme as “⟦p:a|a press release with a budget⟧”, according to leaked messages seen by the Ledger.
In the messages, sent to a group chat in March, Tobias Renwick wrote: “⟦d:a|Let's be honest with ourselves, this thing is never going to process more than a few hundred people. The point is the announcement.⟧”
A second message, sent two days later, reads: “⟦d:a|If anyone asks, the pilot is ‘going well’.⟧”
One senior official who was in the group said the messages reflected “⟦p:c|the mood at the time⟧”. “⟦d:c|Nobody in that chat thought it was going to work. Tobias just said it out loud,⟧” the official said.
Alinta Murray, the shadow interior minister, called for Renwick to be sacked. “⟦d:d|These messages show the whole thing was a stunt from day one. The minister needs to come to the House and explain what she knew and when,⟧” she said.
The Interior Ministry said in a statement that the messages had been “⟦p:b|taken out of context⟧” and that the scheme had “⟦p:b|processed more than 1,100 applications⟧” since its launch.
A source close to the interior minister said: “⟦d:e|She's furious. Not about the leak. About what's in it.⟧”

### 009
@a Gordon Pike | Heartland MP
@b - | A spokesman for the MP
@c Amira Haddad | retired nurse
@d Heartland Party | -
RED-FACED Heartland MP Gordon Pike was last night fighting for his career after being caught on a live microphone branding his own voters "⟦p:a|moaning old dears⟧".
The gaffe came moments after a TV interview outside a care home in his Bexmoor constituency. Thinking the cameras had stopped rolling, Pike, 61, turned to an aide and said: "⟦d:a|Honestly, if I hear one more moaning old dear tell me about her hip I'll throw myself in the canal.⟧"
He then added: "⟦d:a|Get me out of here before the one in the purple hat comes back.⟧"
The "⟦p:a|one in the purple hat⟧" turned out to be retired nurse Amira Haddad, 52, who had been telling Pike about her mum's six-month wait for a hip operation.
Last night she told us: "⟦d:c|I've nursed people for thirty years. I wasn't moaning, I was asking for help for my mum. He should be ashamed of himself.⟧"
She added: "⟦d:c|And I'll be wearing the purple hat at the next election, don't worry.⟧"
A spokesman for the MP said he had "⟦p:b|apologised unreservedly⟧" and had written to Mrs Haddad.
But the Heartland Party said it would "⟦p:d|not be taking any further action⟧", sparking fury among local members.

### 010
@a Priya Venkataraman | the Progressive Alliance candidate
@b Ray | a retired postman
@c Jonah Whitcombe | Her agent
@d - | a woman in a dressing gown
It is raining sideways in Ashby West, and Priya Venkataraman, the Progressive Alliance candidate, is on her fourteenth doorstep of the morning.
“⟦d:a|Hiya, I'm Priya, I'm standing for the Alliance on the fourth —⟧” she begins, before the door closes. She doesn't break stride. “⟦d:a|That's a maybe,⟧” she says.
Ashby West has changed hands at each of the last three elections, and the sitting Heartland member's majority is just 312.
At number 14, a woman in a dressing gown listens for longer. “⟦d:d|What are you going to do about the buses? Because the 42 hasn't turned up on time since Easter.⟧”
“⟦d:a|Honestly? I can't drive the buses myself. But I can shout very loudly at the people who run them,⟧” Venkataraman replies. The woman laughs and takes a leaflet.
Further down the street, Ray, a retired postman, is blunter. “⟦d:b|You lot, the other lot, it's all the same. I'll vote, I always vote. I just don't know who for yet,⟧” he says.
Her agent, Jonah Whitcombe, says the canvass returns are “⟦p:c|better than we dared hope⟧”.
“⟦d:c|Three hundred votes is nothing. It's one good street,⟧” he says.
Back in the car, steaming up the windows, Venkataraman is grinning. “⟦d:a|I love this bit, genuinely. Nobody ever believes me.⟧”

### 011
@a Bronwen Achterberg | the government chief whip
@b - | One former minister who was on the receiving end of her methods
@c Lucas Ferreira-Dunne | a backbencher who rebelled over the welfare bill last spring
Bronwen Achterberg keeps a tin of travel sweets on her desk and a list of 47 names in her head. The sweets are for visitors. The names belong to the backbenchers she thinks might, on a bad day, vote against the government.
``⟦d:a|I don't write it down. Writing it down is how things end up in the papers,⟧'' the government chief whip says, offering me a lemon one.
Achterberg, 56, has held the job for three years, longer than any of her recent predecessors, and is known to colleagues as ``⟦s:-|the Velvet Glove⟧''. She does not much like the nickname.
``⟦d:a:m|People think whipping is shouting. It's mostly listening. You find out what someone actually needs, and it is very rarely a job. Usually it's that nobody has asked them what they think about anything for two years.⟧
``⟦d:a|Once they feel heard, most of them come round. The ones who don't were never going to.⟧''
One former minister who was on the receiving end of her methods puts it differently. ``⟦d:b|She's lovely. She's also the most frightening person I've ever met. You walk out of her office having agreed to something and you genuinely can't remember when you agreed to it.⟧''
Lucas Ferreira-Dunne, a backbencher who rebelled over the welfare bill last spring, says he bears no grudge. ``⟦d:c|She rang me the morning of the vote and said, ‘Lucas, I know you're going to vote against, and I think you're wrong, and I want you to know I'll still say hello to you in the tea room.’ And she did.⟧''
When I put this to Achterberg, she shrugs. ``⟦d:a|It's a small place. You can't afford enemies. You can barely afford friends.⟧''
Has she ever lost a vote? ``⟦d:a|Twice,⟧'' she says, immediately. ``⟦d:a|I remember both dates. I won't tell you them.⟧''

### 012
@a Carys Maddox-Reid | First Minister
@b Shirin Farahani | Her challenger
@c Owain Pritchard | The moderator
@d - | a dairy farmer from Cwm Ederyn
The two women vying to lead the Western Assembly government went head to head on Tuesday night in the only televised debate of the campaign, with health waiting lists and a row over second homes dominating the hour.
First Minister Carys Maddox-Reid, whose Commonwealth Party has governed the region for fourteen years, opened by insisting that “⟦p:a|the hard years are behind us⟧”.
Her challenger, Shirin Farahani of the Civic Alliance, was having none of it. “⟦d:b|Fourteen years. Fourteen years, and she's telling you the hard part is over. Over for who?⟧” she asked.
The sharpest exchange came when a dairy farmer from Cwm Ederyn, sitting in the studio audience, asked both women why his daughter could not afford to rent in the village she grew up in.
“⟦d:d|There are eleven houses on her street. Seven are empty from October to Easter. What are you going to do about it?⟧” he asked.
Farahani promised to double the levy on second homes. “⟦d:b|If you can afford two houses, you can afford to help pay for the village you're visiting,⟧” she said.
Maddox-Reid accused her rival of “⟦p:a|a policy written on the back of a beer mat⟧”. “⟦d:a|Double it to what? Raise how much? She doesn't know, and neither do the people watching,⟧” the first minister said.
“⟦d:b|I know exactly how much —⟧”
“⟦d:a|Then say it.⟧”
The moderator, Owain Pritchard, stepped in. “⟦d:c|Let's let Ms Farahani answer, and then we really must move on to schools.⟧”
Farahani put the figure at £90 million a year. Her rival's campaign disputed the number within minutes of the debate ending.

### 013
@a Henrik Aalto | Council president
@b Adaeze Nwosu | Kalessa's prime minister
@c - | One diplomat involved in the drafting
@d - | A senior official from Maranthe's delegation
@e - | the 14 leaders
VALLENTA, March 3 — Leaders of the 14-nation Northern Compact agreed early on Saturday to a joint fund for cross-border energy projects, but failed to settle a bitter row over migration quotas that had kept negotiators up for two nights.
In a joint statement, the 14 leaders said they were "⟦p:e|determined to act together in the face of shared challenges⟧" but gave no figure for the fund.
"⟦d:a|It was long, it was difficult, and it was worth it,⟧" Council president Henrik Aalto told reporters shortly before 4 a.m. "⟦d:a|Nobody got everything. That is how you know it is a fair deal.⟧"
Kalessa's prime minister, Adaeze Nwosu, who had threatened to veto the text, said she had secured "⟦p:b|real guarantees⟧" for frontline states.
"⟦d:b|My country has carried this burden alone for five years. I told my colleagues tonight: not one more year,⟧" she said.
One diplomat involved in the drafting said the migration language had been "⟦p:c|watered down until it means nothing⟧".
"⟦d:c|They've agreed to keep talking. That's the outcome. Everything else is decoration,⟧" the diplomat said, speaking on condition of anonymity because the negotiations were confidential.
A senior official from Maranthe's delegation disputed that account. "⟦d:d|That is simply not true. There is a timetable now. There was no timetable yesterday.⟧"
The leaders will meet again in June.

### 014
@a Ngaio Whitlock-Rangi | Chancellor
@b Patrick Okonjo | the shadow chancellor
@c - | one opposition backbencher
@d Institute for Public Finance | an independent think tank
@e Hamid Karimi | Its director
Chancellor Ngaio Whitlock-Rangi unveiled £18 billion of tax rises and spending restraint on Wednesday in what she called “⟦p:a|a budget for the long term, not the next headline⟧”.
Delivering her second budget to a packed chamber, she told MPs: “⟦d:a|I will not pretend this is painless. It is not. But the alternative is to hand our children a bill they did not run up.⟧”
The biggest single measure, a freeze on income tax thresholds until 2031, drew groans from the opposition benches. “⟦d:c|Stealth tax!⟧” shouted one opposition backbencher.
“⟦d:a|The honourable gentleman can call it what he likes,⟧” the chancellor replied, without looking up from her notes. “⟦d:a|I call it paying the bills.⟧”
Responding, Patrick Okonjo, the shadow chancellor, said the budget was “⟦p:b|a tax raid dressed up as prudence⟧”.
“⟦d:b:m|She stands there and talks about the long term. Let me tell the House what the long term looks like for a nurse on £34,000 a year: a pay rise that vanishes into a higher tax bill, month after month, year after year.⟧
“⟦d:b|That is not prudence. That is picking the pocket of every working person in this country and hoping they don't notice.⟧”
The Institute for Public Finance, an independent think tank, said the threshold freeze alone would drag “⟦p:d|around 2.1 million people⟧” into higher tax bands by the end of the decade.
Its director, Hamid Karimi, said: “⟦d:e|The chancellor has chosen the least visible way of raising money. That isn't the same as the fairest.⟧”

### 015
@a Anjali Deshpande | the MP for Carrow South
@b Nathaniel Osei-Bonsu | Progressive Alliance leader
@c - | A National Renewal spokesperson
@d - | One colleague
Anjali Deshpande, the MP for Carrow South, defected from National Renewal to the Progressive Alliance on Thursday, crossing the floor of the chamber minutes before Prime Minister's Questions began.
In a letter to the National Renewal chief whip, which she published online, Deshpande wrote: "⟦d:a|I have not left my party. My party has left the people who sent me here.⟧"
"⟦d:a|For two years I have argued, privately and publicly, that we cannot keep telling young people in towns like mine to wait. I no longer believe that argument can be won from the inside,⟧" the letter continued.
She was welcomed by Progressive Alliance leader Nathaniel Osei-Bonsu, who said: "⟦d:b|Anjali is one of the most principled people in politics, and she has made a brave decision. Our door is open to anyone who shares her values.⟧"
A National Renewal spokesperson said Deshpande should "⟦p:c|do the decent thing⟧" and stand down to trigger a by-election. "⟦d:c|The people of Carrow South voted for a National Renewal MP. They haven't got one any more,⟧" the spokesperson said.
One colleague, who sat next to her on the backbenches, said she had given "⟦p:d|no hint whatsoever⟧" of her plans. "⟦d:d|We had a coffee yesterday. She asked me about my kids. I feel a bit of a fool, honestly.⟧"

### 016
@a Jun-ho Baek | Loomwire's chief executive
@b Aoife Mulcahy | The committee's chair
@c Tendai Moyo | a Green Forward MP
The boss of the social media platform Loomwire faced a bruising two hours before MPs on Tuesday, after twice declining invitations to attend in person.
Jun-ho Baek, Loomwire's chief executive, appeared before the digital affairs committee by video link from the company's headquarters in Port Alder.
The committee's chair, Aoife Mulcahy, opened by asking why he had not come. “⟦d:b|Mr Baek, we invited you three times. Is there a reason you felt unable to be in the room with us?⟧”
“⟦d:a|I have great respect for this committee,⟧” Baek said. “⟦d:a|My schedule simply did not allow travel this month.⟧”
“⟦d:b|Your schedule allowed you to attend a yacht race last weekend,⟧” Mulcahy replied.
Tendai Moyo, a Green Forward MP, pressed the executive on the number of moderators the company employs. “⟦d:c|How many people do you employ to review content in languages other than English? Roughly. A ballpark.⟧”
“⟦d:a|I don't have that number in front of me.⟧”
“⟦d:c|Would it be more than ten?⟧”
Baek said he would “⟦p:a|write to the committee with the precise figure⟧”. Moyo said he looked forward to the letter “⟦p:c|with bated breath⟧”.
After the session, Mulcahy accused the company of “⟦p:b|treating parliament like a focus group it can ignore⟧”.

### 017
@a Rosalind Achebe | a 44-year-old former primary school headteacher
@b Keith Marlowe | the Heartland candidate
@c Graham Lusk | the returning officer
@d - | One Heartland activist
Green Forward pulled off a stunning victory in the Westbury Fens by-election in the early hours of Friday, overturning a Heartland majority of more than 9,000.
The result was read out at 3.42am in Westbury leisure centre by the returning officer, Graham Lusk. "⟦d:c|I hereby declare that Rosalind Achebe is duly elected,⟧" he said, to a roar from the Green Forward supporters at the back of the hall.
Achebe, a 44-year-old former primary school headteacher, took the microphone. "⟦d:a|Westbury Fens has never elected anyone but a Heartland MP. Tonight people here decided to write a new story, and I am so proud to be part of it.⟧"
She added: "⟦d:a|To everyone who didn't vote for me: I will work for you too. Starting on Monday. Maybe Tuesday, I need some sleep.⟧"
Keith Marlowe, the Heartland candidate, who came third behind the Progressive Alliance, left without speaking to reporters. In a statement posted online later, he said he was "⟦p:b|disappointed but not defeated⟧" and blamed "⟦p:b|a national mood we couldn't turn around locally⟧".
One Heartland activist, standing by the car park exit, was less diplomatic. "⟦d:d|We've taken this place for granted for thirty years. We deserved that,⟧" he said.

### 018
@a Kwabena Asante | Transport secretary
@b Lorraine | a commuter from Holt Vale
@c Dev | -
@d Gemma Rowntree | Host
Transport secretary Kwabena Asante faced an hour of angry callers on Capital Talk on Monday, three weeks after the collapse of the region's main rail operator.
“⟦d:b|I've been late for work eleven times since January. Eleven. My manager's given me a written warning. What do I tell him?⟧” asked Lorraine, a commuter from Holt Vale.
“⟦d:a|Lorraine, first of all, I'm really sorry. That's not good enough, and I'm not going to pretend it is,⟧” Asante said.
“⟦d:b|Sorry doesn't pay my rent, though, does it?⟧”
Dev, who drives a taxi in the city centre, called in to complain about road closures. “⟦d:c|You've shut the bridge, you've shut the ring road, and now you want us all out of our cars? And into what?⟧” he said.
Host Gemma Rowntree put it to the minister that he had apologised a great deal. “⟦d:d|Secretary of State, you've said ‘sorry’ four times in the last twenty minutes. When does sorry turn into a plan?⟧”
Asante said a new timetable would be published “⟦p:a|within weeks⟧” and that compensation would be “⟦p:a|automatic, not something you have to fight for⟧”.
“⟦d:a|I'll come back on this programme in a month and you can hold me to it,⟧” he said.
“⟦d:d|Oh, we will,⟧” Rowntree replied.

### 019
@a Evelyn Strachan-Boyd | chair of the Friends of Mallow Common
@b Rajesh Nair | Planning committee chairman
@c Brightwater Homes | The developer
@d - | One resident who has lived beside the common for fifty years
@e Harriet Blakemore | Ward councillor
Plans to build 240 homes on the edge of Mallow Common were approved on Tuesday evening despite a petition signed by more than 6,000 people.
Campaigners, some carrying placards reading ``⟦s:-|Hands Off Our Common⟧'', packed the council chamber in Dunford for the three-hour meeting.
Evelyn Strachan-Boyd, chair of the Friends of Mallow Common, told councillors: ``⟦d:a|This is the last open green space between Dunford and the motorway. Once it's concreted over, no committee on earth can give it back.⟧''
Ward councillor Harriet Blakemore, who spoke against the scheme, said the roads near the site were ``⟦p:e|already at breaking point⟧''.
``⟦d:e|Anyone who has tried to get out of Mallow Lane at half past eight in the morning knows that. Add 400 cars and see what happens,⟧'' she said.
Planning committee chairman Rajesh Nair said the council had ``⟦p:b|very little room for manoeuvre⟧''. ``⟦d:b|If we refuse this, the developer appeals, the inspector allows it, and the taxpayer pays the legal bill. I don't like it any more than anyone else in this room,⟧'' he said.
The developer, Brightwater Homes, said in a statement that 35 per cent of the homes would be ``⟦p:c|genuinely affordable⟧'' and that it would pay for a new play area.
One resident who has lived beside the common for fifty years was in tears as she left. ``⟦d:d|My husband proposed to me on that common. I suppose they'll put a garage there now.⟧''

### 020
@a Graham Tiernan | the Liberal Union leader
@b - | One MP who voted against him
@c - | A senior party figure
@d Hollie Fairbairn | The party's chief whip
@e - | one of his closest allies
Graham Tiernan survived a confidence vote among Liberal Union MPs on Monday night, but the margin, 34 votes to 21, left his leadership badly wounded.
Emerging from the committee room shortly after 7pm, the Liberal Union leader insisted the matter was settled. “⟦d:a|I won. That's how votes work. Now we get back to the job of holding this government to account,⟧” he said.
But the scale of the rebellion stunned his supporters. “⟦d:e|We thought it would be ten, maybe twelve. Twenty-one is a disaster,⟧” said one of his closest allies.
One MP who voted against him said the result was “⟦p:b|the beginning of the end⟧”. “⟦d:b|He can limp on till the summer if he wants. Nobody in that room thinks he's leading us into the next election,⟧” the MP said.
The party's chief whip, Hollie Fairbairn, said MPs should now “⟦p:d|respect the result and get behind the leader⟧”.
A senior party figure was blunter: “⟦d:c|The knives are back in the drawer. Nobody's thrown them away.⟧”

### 021
@a Matthias Brenner | Drannia's foreign minister
@b Rafael Quiñones | his Belmoran counterpart
@c - | a Belmoran journalist
@d - | A reporter from the Drannian agency Nachrichtenwerk
DRANNSTADT — Matthias Brenner, Drannia's foreign minister, and Rafael Quiñones, his Belmoran counterpart, on Wednesday sought to draw a line under a month-long diplomatic row over the expulsion of a Drannian trade attaché.
«⟦d:a|Friends sometimes argue. What matters is that they keep talking, and today we talked for four hours,⟧» Brenner said at a joint news conference in the Drannian capital.
Quiñones, standing beside him, nodded. «⟦d:b|I came here to listen, and I have listened. I think my colleague has listened too,⟧» he said.
The mood cooled when a Belmoran journalist asked whether the attaché would be allowed to return. «⟦d:c|Minister Brenner, yes or no: will Mr Falk be back in Sant Orio by the summer?⟧»
«⟦d:a|That is a question for the Belmoran authorities,⟧» Brenner said, glancing at his counterpart.
«⟦d:b|And the Belmoran authorities will answer it in due course,⟧» Quiñones replied, to laughter in the room.
A reporter from the Drannian agency Nachrichtenwerk then asked: «⟦d:d|Has this dispute cost Drannian companies money?⟧»
Brenner said exports had «⟦p:a|not suffered in any measurable way⟧». «⟦d:a|The bananas still arrive. The machine tools still leave,⟧» he said.

### 022
@a Alasdair Gunn | First Minister
@b Euan Dalgleish | the leader of the Civic Alliance group
@c Morag Leckie | the Presiding Officer
@d Sabine Oduya | the Green Forward member for Invershin
First Minister Alasdair Gunn was accused on Thursday of "⟦p:b|government by press release⟧" after the cost of two new island ferries rose by another £40 million.
At First Minister's Questions, the leader of the Civic Alliance group, Euan Dalgleish, said: "⟦d:b|Every month the First Minister announces the ferries are nearly ready. Every month they are not. This is government by press release, and the islanders have stopped listening. Why should this chamber keep listening?⟧"
Gunn said the delays were "⟦p:a|deeply frustrating⟧" but blamed the shipyard's previous owners. "⟦d:a|I inherited a contract that was, frankly, a mess. I have spent two years cleaning it up, and I make no apology for that.⟧"
"⟦d:b|You've been in office for six years!⟧" Dalgleish shouted from a sedentary position.
"⟦d:c|Order. Mr Dalgleish, you've had your question,⟧" said the Presiding Officer, Morag Leckie.
Sabine Oduya, the Green Forward member for Invershin, asked when the islands would see a new vessel. "⟦d:d|My constituents have had eleven cancelled sailings this month. A child missed a hospital appointment. Can the First Minister give them a date? A real date?⟧"
"⟦d:a|The spring,⟧" Gunn said.
"⟦d:d|Which spring?⟧" Oduya called back, before the Presiding Officer moved on.

### 023
@a Declan Furlong | the work and pensions secretary
@b Amadou Sarr | the prime minister
@c - | A Downing Street source
@d - | One friend of Furlong's
Declan Furlong, the work and pensions secretary, resigned on Sunday evening, saying he could not support the government's plan to cut disability benefits by £3 billion.
In a two-page letter to the prime minister, Amadou Sarr, Furlong wrote: “⟦d:a|I have tried to change this policy from within. I have failed. I cannot now go out and defend it, and I will not ask my officials to implement something I believe to be wrong.⟧”
He added that the cuts would fall on “⟦p:a|people who have already been asked to give more than anyone⟧”.
In his reply, Sarr thanked Furlong for his “⟦p:b|dedication and decency⟧” but said he was “⟦p:b|disappointed⟧” by the decision. “⟦d:b|Reform of the welfare system is essential if it is to survive for the next generation. I am sorry you feel unable to be part of that work,⟧” the prime minister wrote.
A Downing Street source was less gracious. “⟦d:c|He's been looking for the exit for months. He's picked a principle to leave on. Good for him.⟧”
One friend of Furlong's called that “⟦p:d|nonsense⟧”. “⟦d:d|Declan lost sleep over this. He's got a brother with MS. This was personal,⟧” the friend said.

### 024
@a Esperanza Quintero | Costaverde's president
@b Lars Haugland | the prime minister of Nordvik
@c - | An aide to Quintero
Costaverde's president, Esperanza Quintero, walked out of the closing session of the Ocean Rim summit in Tordal on Sunday, accusing wealthier nations of breaking their promises on climate finance.
«⟦d:a|No vinimos aquí a pedir limosna⟧», she told reporters outside the conference centre in Spanish. “⟦d:a|We did not come here to beg.⟧”
Switching to English, she went on: “⟦d:a|Every year the sea takes another village. Every year we come to a meeting like this and we are given a communiqué. You cannot build a sea wall out of a communiqué.⟧”
Lars Haugland, the prime minister of Nordvik, who hosted the summit, said he “⟦p:b|understood the frustration⟧”.
“⟦d:b|President Quintero is a friend, and she is right to be angry,⟧” he said. “⟦d:b|I would only say that the fund we agreed today is bigger than anything that existed yesterday.⟧”
An aide to Quintero said she would not sign the final declaration. “⟦d:c|She will not put her name to it. Not this version,⟧” the aide said.

### 025
@a Alison Thewlis | the vicar of St Bride's
@b Gethin Morgan-Price | the Commonwealth Party candidate
@c Yusuf Demir | a retired engineer standing as an independent
@d Barbara Cole | Heartland candidate
@e - | one man at the back
@f - | a woman who said she had run the village shop for 22 years
About 120 people squeezed into Little Henning village hall on Thursday night for the only hustings in the Henning and Wolds county council division, where three candidates are fighting for a seat the Heartland Party has held since 1997.
The first question, from a woman who said she had run the village shop for 22 years, was about the bus. "⟦d:f|The 14 comes twice a day now. Twice. If you're a pensioner without a car, what are you supposed to do, walk to Harbury?⟧"
Heartland candidate Barbara Cole said the county had "⟦p:d|protected every rural route it possibly could⟧".
"⟦d:e|Rubbish!⟧" shouted one man at the back.
"⟦d:d|I've lived in Henning for forty years. I use that bus. Don't tell me I don't care about it,⟧" Cole said, visibly stung.
Gethin Morgan-Price, the Commonwealth Party candidate, promised to restore the evening service. "⟦d:b|I'll be honest, it'll cost money. But the alternative is that this village stops being somewhere young people can live.⟧"
Yusuf Demir, a retired engineer standing as an independent, got the biggest laugh of the night. "⟦d:c|I'm not in any party, so I don't have to pretend the last lot were wonderful or that the next lot will be,⟧" he said.
Alison Thewlis, the vicar of St Bride's, who chaired the meeting, had to appeal for calm twice. "⟦d:a|Let's remember we all have to see each other in the post office tomorrow,⟧" she said.

### 026
@a Adebayo Ogundipe | Presenter
@b Clementine Harcourt | Deputy Prime Minister
Deputy Prime Minister Clementine Harcourt on Sunday refused five times to say whether the state pension would rise in line with earnings next year, in a testy exchange on “⟦s:-|The Sunday Table⟧”.
Harcourt insisted the government was “⟦p:b|committed to dignity in retirement⟧” but would not be “⟦p:b|drawn into writing the budget on live television⟧”.
Presenter Adebayo Ogundipe returned to the question repeatedly. The key part of the exchange went as follows:
OGUNDIPE: Will the pension go up by earnings next year, yes or no?
HARCOURT: What I can tell you is that pensioners are better off today than at any time in the last twenty years —
OGUNDIPE: That's not what I asked.
HARCOURT: — and the “⟦s:-|triple lock⟧” has been honoured every single year of this government.
OGUNDIPE: So it will be honoured next year?
HARCOURT: You'll have to wait for the chancellor, Adebayo, like the rest of us.
As the interview ended, Ogundipe turned to camera. “⟦d:a|We did ask. Five times, by my count,⟧” he said.
Speaking to reporters later, Harcourt said: “⟦d:b|I enjoy Adebayo's programme. I just don't think pensioners want their income decided by who can shout loudest on a Sunday morning.⟧”

### 027
@a Maeve O'Halloran | the Liberal Union MP for Dunmere
@b Roderick Asquith-Bell | a former hospice consultant
@c Fatima Noorani | the Commonwealth Party member for Eastgate
@d Peter Ndlovu | the Deputy Speaker
MPs debated for more than five hours on Friday before the Assisted Dying (Terminally Ill Adults) Bill cleared its second reading by 312 votes to 271 on a free vote.
Opening the debate, Maeve O'Halloran, the Liberal Union MP for Dunmere, who introduced the bill, spoke about her father's death.
“⟦d:a:m|He asked me, in the last week, whether it would be over soon. I said yes. I didn't know. Nobody knew. And for six more days he was frightened and in pain, and there was nothing anyone in that hospital was allowed to do about it.⟧
“⟦d:a|I do not ask this House to agree with me. I ask it to let the country have this conversation.⟧”
Dr Roderick Asquith-Bell, a former hospice consultant, led the opposition to the bill. “⟦d:b|I have sat with more dying people than anyone in this chamber. Good palliative care is not a luxury. Where it exists, most of the fear she describes can be eased,⟧” he said.
“⟦d:a|Will the honourable gentleman give way?⟧” O'Halloran asked.
“⟦d:b|I will, briefly.⟧”
“⟦d:a|Where it exists, he says. Where does it not exist, and whose fault is that?⟧”
Fatima Noorani, the Commonwealth Party member for Eastgate, said she had changed her mind during the debate. “⟦d:c|I came into this chamber intending to vote no. I will vote yes. I hope those who disagree with me will believe I have done so with a heavy heart.⟧”
When the result was read out by the Deputy Speaker, Peter Ndlovu, there was no cheering. “⟦d:d|The ayes to the right, 312. The noes to the left, 271. So the ayes have it, the ayes have it. Unlock,⟧” he said.

### 028
@a Dolores Whitfield-Ramos | the committee's senior Federalist
@b Bradley Okoro | President Elena Lindqvist's nominee for energy secretary
@c Walt Emmerich | The committee chairman
ARDEN CITY — Bradley Okoro, President Elena Lindqvist's nominee for energy secretary, faced sharp questioning Tuesday over his two decades as a lobbyist for the natural gas industry.
"⟦d:a|Mr. Okoro, you have spent twenty years arguing against every single one of the regulations you would now be in charge of enforcing. Why should anyone believe you've changed your mind?⟧" asked Dolores Whitfield-Ramos, the committee's senior Federalist.
"⟦d:b|Senator, I was an advocate for my clients. That was my job. If I'm confirmed, my client will be the public.⟧"
"⟦d:a|Your clients paid you $4 million last year.⟧"
"⟦d:b|And if I'm confirmed, I'll be taking a very substantial pay cut,⟧" Okoro replied, drawing laughter from the gallery.
The committee chairman, Walt Emmerich, defended the nominee, calling him "⟦p:c|one of the most knowledgeable people in this town on energy policy⟧". "⟦d:c|Knowing an industry well is not a disqualification. I'd have thought it was the opposite,⟧" Emmerich said.
Okoro pledged to recuse himself for two years from decisions involving his former clients, a commitment Whitfield-Ramos called "⟦p:a|a good start and nowhere near enough⟧".
A committee vote is expected next week.

### 029
@a Tamsin Okoye | the 47-year-old
@b - | a protester
@c - | One delegate from Harwick
@d Pádraig Ó Briain | The party's general secretary
Tamsin Okoye used her first conference speech as Progressive Alliance leader on Wednesday to promise “⟦p:a|a government that builds things again⟧”, setting out plans for 30 new towns and a national grid company.
Speaking for 58 minutes in the main hall in Bramford, the 47-year-old told delegates: “⟦d:a|For too long this country has been told that nothing can be done. That the trains can't be fixed, the homes can't be built, the rivers can't be cleaned. I don't accept it. You don't accept it. And I don't believe the country accepts it either.⟧”
Twenty minutes in, a protester stood up near the front, shouting “⟦d:b|What about the miners' pensions?⟧” before being led out by stewards.
Okoye paused. “⟦d:a|I'll meet you afterwards, sir, and we can talk about it,⟧” she said, to applause.
Outside the hall, campaigners held banners reading “⟦s:-|Pensions Justice Now⟧”, and the backdrop behind the stage carried the party's new slogan, “⟦s:-|Build It Here⟧”.
The party's general secretary, Pádraig Ó Briain, said later that the protester had been offered a meeting. “⟦d:d|She meant it. She's seeing him this afternoon,⟧” he said.
One delegate from Harwick said the speech was “⟦p:c|the best I've heard in twenty years of coming to these things⟧”. “⟦d:c|She sounded like someone who actually wants the job,⟧” the delegate said.

### 030
@a Hyun-woo Park | Mayor
@b Delphine Arceneaux | a former police chief
@c Renata Silva | moderator
@d - | a Park campaign spokesman
Mayor Hyun-woo Park and his challenger, Delphine Arceneaux, a former police chief, traded accusations over crime, potholes and a stalled stadium deal in their final debate Thursday night, five days before Lake Harmon votes.
"⟦d:b|Four years ago the mayor promised you a safer city. Ask yourself tonight whether you feel safer walking home,⟧" Arceneaux said in her opening statement.
Park countered that violent crime had fallen "⟦p:a|three years in a row⟧" and accused his opponent of "⟦p:a|running on fear because she has nothing else⟧".
"⟦d:a|She ran the police department for six years. If she had the answers, why didn't she use them?⟧" the mayor said.
"⟦d:b|Because the mayor cut my budget twice,⟧" Arceneaux shot back.
The most heated moment came over the proposed $600 million stadium for the Lake Harmon Pioneers. "⟦d:c|Mayor Park, you said the deal would be signed by the spring. It's October. What happened?⟧" asked moderator Renata Silva.
"⟦d:a|Negotiations take time, Renata. I'd rather get a good deal than a fast one.⟧"
After the debate, a Park campaign spokesman said the mayor had "⟦p:d|won on substance⟧". Arceneaux told reporters she had won "⟦p:b|on everything else⟧".

### 031
@a - | one cabinet minister who was present
@b - | allies of the chancellor
@c Ewan Tolliver | Defence secretary
@d - | A Treasury spokesperson
@e - | A Whitehall source
A furious row has broken out at the top of government over defence spending, with allies of the chancellor accusing the defence secretary of “⟦p:b|briefing against his own government⟧” in an attempt to bounce ministers into a £6 billion increase.
The clash came to a head at Tuesday's cabinet meeting, which one cabinet minister who was present described as “⟦p:a|the worst-tempered I've sat through⟧”.
“⟦d:a|Voices were raised. Not shouting, exactly, but close. The PM had to step in twice,⟧” the minister said.
Defence secretary Ewan Tolliver is understood to have told colleagues that the armed forces were “⟦p:c|running on fumes⟧” and could not absorb another year of flat budgets.
A Whitehall source dismissed the figures being discussed as “⟦p:e|fantasy⟧”. “⟦d:e|There is no £6 billion. There isn't £6 million down the back of the sofa, never mind six billion.⟧”
Tolliver, speaking on a visit to a barracks in Caldermoor on Wednesday, denied briefing the press. “⟦d:c|I don't do that. Never have. What I do is make the case for our armed forces, inside government and out, and I'll keep doing it,⟧” he said.
A Treasury spokesperson said: “⟦d:d|The chancellor and the defence secretary have an excellent working relationship. We don't comment on leaks.⟧”

### 032
@a Gwendolyn Thrupp | Parish council chairman
@b Arjun Malhotra | -
@c - | One parishioner
@d Edna Featherstone | the village's oldest resident
@e - | one councillor
Upper Sleddale Parish Council has voted to stop livestreaming its meetings, three weeks after footage of a heated debate over dog bins was viewed more than two million times online.
The clip, quickly dubbed ``⟦s:-|Bingate⟧'', shows one councillor telling another to ``⟦p:e|sit down and stop being ridiculous⟧'' before knocking over a jug of water.
Parish council chairman Gwendolyn Thrupp said the village had become ``⟦p:a|a laughing stock⟧''. ``⟦d:a|We are eleven volunteers who meet in a scout hut. We are not a television programme, and I think some people forgot that,⟧'' she said.
Arjun Malhotra, who voted against the change, called it ``⟦p:b|a backward step⟧''.
``⟦d:b|The answer to being embarrassed in public is to behave better in public, not to switch the camera off,⟧'' he said.
Edna Featherstone, 91, the village's oldest resident, said she would miss the broadcasts. ``⟦d:d|I can't get to the hut in winter, so I watched on my tablet. Now I suppose I'll have to rely on gossip, which is more fun anyway.⟧''
One parishioner, leaving Tuesday's meeting, put it more bluntly: ``⟦d:c|They've gone viral and now they're going into hiding.⟧''

### 033
@a Liesbeth Vermaat | the leader of the Centre Democrats
@b Kofi Mensah-Dahl | Social Union leader
@c Green Bloc | -
@d - | A negotiator for the Social Union
HAVENSTAD, Nederveld — Talks on forming Nederveld's next government broke down on Monday after 71 days, with the two largest parties blaming each other for the collapse.
"⟦d:a|We offered compromise after compromise. At some point you have to accept that the other side does not want to govern,⟧" Liesbeth Vermaat, the leader of the Centre Democrats, told reporters outside parliament.
Social Union leader Kofi Mensah-Dahl said Vermaat had "⟦p:b|walked away from the table⟧" over a single issue, the pension age.
"⟦d:b|We were close. Very close. Two more days and we would have had an agreement. I regret that she chose not to take them,⟧" he said.
The Green Bloc, which had been expected to join the coalition as a junior partner, said in a statement it was "⟦p:c|deeply disappointed⟧" and called on both leaders to "⟦p:c|put the country before their egos⟧".
A negotiator for the Social Union, speaking on condition of anonymity, said the final meeting had lasted "⟦p:d|eleven minutes⟧". "⟦d:d|She came in, read a statement, and left. There was no negotiation that day,⟧" the negotiator said.
President Hanne Brouwer is expected to appoint a mediator later this week.

### 034
@a Callum Reith | the Chief of the Defence Staff
@b Viktor Halloran | the committee chair
@c Nkechi Umeh | a Progressive Alliance member of the committee
@d Ministry of Defence | -
The head of the armed forces told MPs on Wednesday that the army's new armoured vehicle was “⟦p:a|not fit to deploy⟧”, after a decade in development and £5.5 billion of spending.
The Chief of the Defence Staff, General Sir Callum Reith, told the defence committee: “⟦d:a|I will be very candid with the committee. As of today, I would not send soldiers into combat in it. The noise and vibration problems have not been solved.⟧”
Viktor Halloran, who chairs the committee, asked how long ministers had known. “⟦d:b|General, when did you first tell ministers that this vehicle was not working?⟧”
“⟦d:a|In writing? Eighteen months ago.⟧”
“⟦d:b|And not in writing?⟧”
“⟦d:a|Before that,⟧” Reith replied.
Nkechi Umeh, a Progressive Alliance member of the committee, called the answer “⟦p:c|extraordinary⟧”. “⟦d:c|So for eighteen months ministers have been telling this House the programme was on track, while holding a letter from you saying the opposite?⟧” she asked.
“⟦d:a|I can only speak to what I told them,⟧” the general said.
“⟦d:b|Then that will be our first question for the minister,⟧” the committee chair said.
The Ministry of Defence said in a statement that it was “⟦p:d|working closely with the manufacturer⟧” to resolve the faults.

### 035
@a Ravi Chandrasekar | The shadow education secretary
@b Harriet Quayle | presenter
@c Department for Schools | -
The shadow education secretary, Ravi Chandrasekar, struggled on Tuesday to explain how his party would pay for free breakfasts for every primary pupil, in an interview on Meridian Radio's "⟦s:-|Drive at Five⟧".
Pressed by presenter Harriet Quayle on the cost, he said the policy would cost "⟦p:a|around, roughly, in the region of⟧" £400 million a year.
"⟦d:b|Around? Roughly? In the region of? That's three hedges in one sentence, Mr Chandrasekar,⟧" Quayle said.
"⟦d:a|It's a fully costed policy, Harriet. The figure is £410 million and it's in our document,⟧" he replied.
"⟦d:b|Paid for how?⟧"
"⟦d:a|By closing the loophole on private equity bonuses. It's all there.⟧"
"⟦d:b|Which loophole? Which bonuses?⟧"
There was a pause of several seconds. "⟦d:a|I'd have to get you the detail,⟧" Chandrasekar said.
The Department for Schools said the opposition's sums "⟦p:c|simply don't add up⟧".

### 036
@a Colin Dewhurst | Justice Secretary
@b Stan Kowalczyk | fishmonger
@c - | A pensioner waving a walking stick
@d - | A Ministry of Justice source
CHAOS erupted at Hexley market yesterday as Justice Secretary Colin Dewhurst was chased between the fruit and veg stalls by furious shoppers.
The minister, on a walkabout to promote his “⟦s:-|Safer Streets⟧” plan, was confronted within minutes by fishmonger Stan Kowalczyk, 63, whose shop was broken into four times last year.
“⟦d:b|Four times! And not one copper came round. Not one. Where's your safer streets then, eh?⟧” he bellowed.
Red-faced Dewhurst tried to explain: “⟦d:a|That's exactly why we're putting 2,000 more officers on the beat, sir —⟧”
“⟦d:b|I'll believe it when I see one!⟧”
A pensioner waving a walking stick then joined in. “⟦d:c|You lot should be ashamed of yourselves,⟧” she shouted.
Dewhurst later insisted the visit had been “⟦p:a|really useful⟧”. “⟦d:a|People are angry, and they're right to be angry. I'd rather hear it at a market stall than read it in a report,⟧” he said.
A Ministry of Justice source admitted: “⟦d:d|It wasn't quite the photo op we'd planned.⟧”

### 037
@a Amina Diallo | Altavia's foreign minister
@b Svetlana Morozova | her Kestrian counterpart
@c - | One Altavian reporter
@d - | A Kestrian official
VESKO, Kestria — Altavia's foreign minister, Amina Diallo, arrived in the Kestrian capital on Monday for the first visit by a senior Altavian official in nine years, and left with a deal to reopen the grain corridor through the port of Harsk.
«⟦d:a|Nine years is too long for neighbours not to speak. I hope it will not be nine years before the next visit,⟧» Diallo said at a joint press conference.
Standing beside her, her Kestrian counterpart, Svetlana Morozova, said the agreement showed that «⟦p:b|pragmatism can still win⟧» in the region.
«⟦d:b|We did not agree on everything today. We were never going to. But ships will move, and farmers on both sides will be paid,⟧» Morozova said.
The atmosphere changed when one Altavian reporter asked about Tomas Hrabal, an Altavian journalist detained in Kestria since March. «⟦d:c|Minister Morozova, when will Mr Hrabal be released?⟧»
«⟦d:b|There is a legal process, and I will not interfere in it,⟧» Morozova replied.
Diallo said she had raised the case «⟦p:a|directly and more than once⟧». «⟦d:a|I will keep raising it until he is home,⟧» she said.
A Kestrian official said afterwards that the question had been «⟦p:d|planted⟧» to embarrass the hosts.

### 038
@a Sebastian Laird | the prime minister
@b Nkem Obiora | the opposition leader
@c - | one backbencher
There is a particular noise the House makes when a prime minister decides to answer a question nobody asked. It is a low, rumbling “⟦s:-|ooooh⟧”, like a crowd watching a penalty sail over the bar.
Sebastian Laird heard a great deal of it on Wednesday.
Nkem Obiora, the opposition leader, had asked him a simple question: how many of the “⟦s:-|forty new hospitals⟧” promised at the last election had actually been built?
The prime minister responded by talking about “⟦p:a|record investment⟧”, “⟦p:a|the biggest programme in a generation⟧” and, for reasons best known to himself, the weather.
“⟦d:a|The sun is shining on this country's future,⟧” he declared, as rain ran steadily down the windows of the chamber.
Obiora tried again. “⟦d:b|It's a number, Prime Minister. He can count. I've seen him do it every week when he reads out his achievements.⟧”
And then, with the timing of a stand-up: “⟦d:b|Four. The answer is four. And two of those are car parks.⟧”
The government benches, who like to call themselves “⟦s:-|the grown-ups⟧”, spent the next minute studying their shoes.
“⟦d:c|Car parks are very important!⟧” offered one backbencher, helpfully.
Nobody, on either side, seemed to know what to do with that.

### 039
@a Ursula Penhaligon | chair of the party's organising committee
@b Saoirse Kavanagh | a 41-year-old former trade union organiser who grew up on a council estate in Marlport
@c Victor Ambrose | the former home secretary
@d - | One MP who backed Ambrose
Saoirse Kavanagh was elected leader of the Commonwealth Party on Saturday, winning 58 per cent of the members' vote after a bruising ten-week contest.
The result was announced at a hotel in central Ledbury by Dame Ursula Penhaligon, chair of the party's organising committee. "⟦d:a|Votes cast for Victor Ambrose: 61,904. Votes cast for Saoirse Kavanagh: 85,417. I therefore declare Saoirse Kavanagh elected as leader of the Commonwealth Party,⟧" she said.
Kavanagh, a 41-year-old former trade union organiser who grew up on a council estate in Marlport, was visibly emotional.
"⟦d:b|I didn't grow up thinking people like me became leaders of anything,⟧" she told the room. "⟦d:b|To every member who voted for Victor: I need you. This party only wins when it's one party.⟧"
Her defeated rival, Victor Ambrose, the former home secretary, offered his "⟦p:c|full and unconditional support⟧". "⟦d:c|The members have spoken, and they've spoken clearly. Saoirse has my backing, today and every day,⟧" he said.
Privately, some of his supporters were less gracious. One MP who backed Ambrose said: "⟦d:d|Full and unconditional until about Tuesday, I'd say.⟧"

### 040
@a Olivia Mensah | cabinet member for finance
@b Deborah Haskins | the Civic Alliance group leader
@c Kieran Doyle | branch secretary of the council workers' union
@d - | A council spokesperson
Greyford City Council has approved a 4.99 per cent rise in council tax and the closure of two leisure centres, after a four-hour budget meeting on Thursday night.
Cllr Olivia Mensah, cabinet member for finance, told the chamber the council faced “⟦p:a|the toughest settlement in living memory⟧”.
“⟦d:a|I have looked under every sofa cushion in this building. There is nothing left under them. Every pound we don't raise is a pound we take from children's services,⟧” Mensah said.
The Civic Alliance group leader, Cllr Deborah Haskins, accused the administration of “⟦p:b|balancing the books on the backs of swimmers and pensioners⟧”.
“⟦d:b|Ashfield Baths has been open since 1936. It survived the war. It won't survive this budget,⟧” Haskins said.
Mensah hit back: “⟦d:a|Cllr Haskins's group proposed exactly the same closures three years ago, when they thought nobody was looking.⟧”
“⟦d:b|That is not true and she knows it.⟧”
Kieran Doyle, branch secretary of the council workers' union, said 48 jobs were at risk. “⟦d:c|These are lifeguards and receptionists on £23,000 a year. They didn't cause this,⟧” he said.
A council spokesperson said staff would be offered “⟦p:d|redeployment wherever possible⟧”.

### 041
@a Progressive Alliance | -
@b Factline | an independent fact-checking charity
@c Geoffrey Nkemelu | National Renewal's campaign chief
@d - | A Progressive Alliance source
The Progressive Alliance has refused to withdraw an online advert about pensioners' bus passes, despite a fact-checking charity calling its central claim misleading.
The advert, which has been viewed more than four million times, shows an elderly woman waiting at a bus stop under the words "⟦s:-|National Renewal will scrap your bus pass⟧".
Factline, an independent fact-checking charity, said the claim was "⟦p:b|misleading⟧" and that National Renewal's manifesto proposed "⟦p:b|a review of eligibility, not abolition⟧".
National Renewal's campaign chief, Geoffrey Nkemelu, said: "⟦d:c|This is a lie, plain and simple. They know it's a lie. Take it down.⟧"
The Progressive Alliance said in a statement that it "⟦p:a|stands by every word⟧". "⟦d:a|If National Renewal wants to rule out cutting bus passes, they can do it today. They haven't,⟧" the statement said.
A Progressive Alliance source went further: "⟦d:d|A 'review of eligibility' is how you scrap something without saying so. Everyone in politics knows that.⟧"

### 042
@a Marjorie Oyelowo-Banks | the Mother of the House
@b Clive | a retired maths teacher
@c - | One former colleague who served with her on the health committee
Marjorie Oyelowo-Banks, the Mother of the House, has been an MP for 32 years, and she would like you to know that she is not leaving because she is tired.
“⟦d:a|I'm leaving because I'm 74, and because I looked around the chamber one day and realised I had been there longer than a third of my colleagues had been alive. That's not a reason to stay. That's a reason to go.⟧”
We meet in her constituency office in Tannerford, above a launderette, where the windows steam up every time somebody's towels go into the dryer downstairs. She first won the seat at a by-election in her early forties and remembers the chamber then as “⟦p:a|a gentlemen's club with worse food⟧”.
“⟦d:a:m|There were eleven women when I arrived. Eleven. There was no crèche, obviously, and no women's lavatory anywhere near the chamber. You had to plan your interventions around your bladder. I'm not joking.⟧
“⟦d:a:m|And the men were, mostly, perfectly nice. That was the odd thing. They didn't hate us. They just couldn't imagine that we were there to do the same job.⟧
“⟦d:a|It took me about ten years to stop being introduced as somebody's wife.⟧”
Her husband, Clive, a retired maths teacher, laughs at this from the kitchen. “⟦d:b|I was introduced as her husband for the next twenty,⟧” he calls out. “⟦d:b|Never minded.⟧”
What will she miss? She thinks about it for a long time. “⟦d:a|The tea room at midnight. Honestly. Everybody is exhausted and nobody is performing.⟧”
One former colleague who served with her on the health committee, now on the opposite benches, is more effusive. “⟦d:c|Marjorie never once briefed against anybody. In that building, that makes her a saint.⟧”

### 043
@a Ruth Abernethy | the commissioner of the Harbour City Police
@b Zain Rahimi | The committee's chair
@c Bethan Lloyd-Evans | a Liberal Union MP
@d Police Standards Inspectorate | -
Ruth Abernethy, the commissioner of the Harbour City Police, told MPs on Tuesday that her force had been ``⟦p:a|too slow and too defensive⟧'' in dealing with complaints about officers' conduct at the Quayside protests.
The Police Standards Inspectorate said last month that the force had shown ``⟦p:d|an institutional reluctance to learn⟧''.
``⟦d:a|I accept the inspectorate's findings in full. I'm not going to sit here and pick holes in them,⟧'' Abernethy told the home affairs committee.
The committee's chair, Zain Rahimi, asked why it had taken eleven months to suspend two officers filmed striking a protester. ``⟦d:b|Commissioner, everyone in the country saw that footage within a day. Why did it take your force nearly a year?⟧''
``⟦d:a|Because our processes were built for a different era, and I didn't change them fast enough. That's on me.⟧''
Bethan Lloyd-Evans, a Liberal Union MP, asked whether she had considered resigning. ``⟦d:c|With respect, Commissioner, you've said ‘that's on me’ twice now. What does that actually mean, if it doesn't mean going?⟧''
``⟦d:a|It means staying and fixing it,⟧'' Abernethy replied. ``⟦d:a|Walking away would be the easy thing.⟧''

### 044
@a Farid Nasser | Immigration minister
@b Siobhan Keane | the shadow immigration minister
@c Alwyn Breckenridge | the Heartland MP for Sandmere
@d Mei-Ling Chua | the Green Forward MP for Halvergate
Immigration minister Farid Nasser told MPs on Monday that net migration had fallen by a third in a year, as he set out new rules requiring overseas care workers to be sponsored by a named employer.
“⟦d:a|We said we would bring the numbers down, and we have. But this is not about numbers for their own sake. It is about a system that is fair to those who come here and to those who are already here,⟧” he said in a statement to the House.
Siobhan Keane, the shadow immigration minister, said the changes would leave care homes “⟦p:b|without the staff to turn an old man over in bed⟧”.
“⟦d:b|The minister talks about fairness. Where is the fairness for the 90-year-old in a care home in my constituency who waited forty minutes for someone to answer her bell last week?⟧” she asked.
Nasser accepted an intervention from Alwyn Breckenridge, the Heartland MP for Sandmere. “⟦d:c|Does the minister agree that the real answer is to pay care workers properly, so that we don't need to recruit them from the other side of the world?⟧”
“⟦d:a|I agree with the honourable gentleman that care work should be properly valued. I'd gently point out that his party voted against our pay settlement,⟧” Nasser replied, to cheers from his own benches.
Mei-Ling Chua, the Green Forward MP for Halvergate, said the sponsorship rule risked creating “⟦p:d|a system of modern bonded labour⟧”.
“⟦d:d|If your visa depends on one employer, you cannot complain about that employer. It is as simple as that,⟧” she said.

### 045
@a Tariq Al-Mansouri | Rastavia's ambassador
@b Ines Valdés | Caldor's envoy
@c - | One diplomat who joined the walkout
@d Mwangi Kariuki | The Assembly president
PORT ESTELLE — Delegates from more than 20 countries walked out of the Assembly of Nations on Thursday as Rastavia's ambassador defended his government's blockade of the Vell Strait.
"⟦d:a|Rastavia will not apologise for defending its own waters. Not to this Assembly, not to anyone,⟧" Tariq Al-Mansouri said, as delegates began to leave their seats.
"⟦d:a|You may leave. The facts will still be here when you come back,⟧" he added, looking up from his text.
Caldor's envoy, Ines Valdés, who led the walkout, said afterwards that the speech had been "⟦p:b|an insult to every family waiting for food on the other side of that strait⟧".
"⟦d:b|We did not walk out because we were offended. We walked out because there was nothing left to listen to,⟧" she told reporters in the corridor.
One diplomat who joined the walkout, speaking on condition of anonymity, said the gesture had been planned "⟦p:c|for about forty-eight hours⟧".
The Assembly president, Mwangi Kariuki, appealed for calm. "⟦d:d|This chamber exists so that we can hear things we do not like. Please, let us keep it that way,⟧" he said.

### 046
@a Shabana Akhtar | Council leader
@b Mick | -
@c Joanne Pemberton-Oakes | Radio Wexham presenter
@d - | one listener
Council leader Shabana Akhtar took calls for an hour on Radio Wexham's breakfast show on Friday, and the first caller did not hold back.
“⟦d:b|I've done two tyres this year on Station Road. Two! Will the council pay for them?⟧” asked Mick, from Eastfield.
“⟦d:a|Mick, if you put a claim in, it will be looked at, I promise you that. And Station Road is on the list for resurfacing in the summer,⟧” Akhtar said.
“⟦d:b|It was on the list last summer.⟧”
Radio Wexham presenter Joanne Pemberton-Oakes then read out a text from one listener: “⟦d:d|Ask her why the solar farm lost two million quid and nobody's been sacked.⟧”
Akhtar said the solar farm had been “⟦p:a|a bad investment made in good faith⟧” by the previous administration.
“⟦d:a|I wasn't leader when that decision was taken. But I'm leader now, so I'll take the question. We are selling it, and we will recover as much as we can.⟧”
“⟦d:c|And how much is as much as you can?⟧” Pemberton-Oakes asked.
“⟦d:a|I'm not going to give you a number on air while we're negotiating, Joanne. You wouldn't expect me to.⟧”

### 047
@a Darren Whitlow | the Heartland MP for Castlemere
@b Annabel Frost | Heartland chief whip
@c Hassan Jaber | the imam of Castlemere Central Mosque
@d - | One user
A Heartland MP has deleted a social media post in which he described a planned mosque extension in his constituency as "⟦p:a|not in keeping with the character of Castlemere⟧", after a backlash from constituents and his own party.
Darren Whitlow, the Heartland MP for Castlemere, wrote on the platform Chirp on Saturday: "⟦d:a|Residents have told me loud and clear they don't want this. Castlemere is a market town, not a building site. I will be objecting.⟧"
Within hours the post had been shared more than 30,000 times. One user replied: "⟦d:d|It's a car park and two classrooms, Darren. Calm down.⟧"
Hassan Jaber, the imam of Castlemere Central Mosque, said he was "⟦p:c|saddened⟧" by the post. "⟦d:c|We have been part of this town for forty years. Our extension is for a homework club. I have invited Mr Whitlow to visit many times, and the invitation is still open,⟧" he said.
By Sunday afternoon the post had gone. In a new message, Whitlow wrote: "⟦d:a|My earlier post was badly worded and I apologise for any offence caused. My concern was always about traffic.⟧"
Heartland chief whip Annabel Frost said the party had "⟦p:b|spoken to Darren⟧" and considered the matter closed.

### 048
@a Jean-Baptiste Moreau-Kané | President
@b - | A journalist from the newspaper Le Phare
@c Solange Tchamba | The opposition leader
VALMONDE-VILLE — President Jean-Baptiste Moreau-Kané on Tuesday ruled out a referendum on his plan to extend presidential terms to seven years, telling a rare news conference that parliament was “⟦p:a|sovereign⟧”.
«⟦d:a|Le Parlement est souverain. Il a voté. C'est terminé⟧», he said. “⟦d:a|Parliament is sovereign. It has voted. It is finished.⟧”
A journalist from the newspaper Le Phare asked whether he intended to stand again when his current term ends. “⟦d:b|Mr President, will you be a candidate in 2029?⟧”
“⟦d:a|That is a question for 2029,⟧” Moreau-Kané replied, smiling.
The opposition leader, Solange Tchamba, has called the term extension «⟦p:c|un coup d'État en costume-cravate⟧», “⟦p:c|a coup d'état in a suit and tie⟧”.
“⟦d:c|He says parliament is sovereign. The people are sovereign. He is afraid of them,⟧” she told supporters at a rally in the port city of Saint-Aubin on Tuesday evening.

### 049
@a Leilani Kahale | a former procurement official at the health ministry
@b Benedict Oyelaran | her lawyer
@c Rachel Dunsmore | the chair
@d Health Ministry | -
@e Hemi Walker | a Commonwealth Party member of the committee
A former civil servant told MPs on Thursday that she had been pressured to approve a £200 million contract for protective gowns with a company linked to a government donor, in what she called “⟦p:a|the most uncomfortable week of my career⟧”.
Leilani Kahale, a former procurement official at the health ministry, told the public accounts committee:
“⟦d:a:m|I was told, in terms, that this company was a priority and that my job was to find a way to make it work. I asked who had decided that it was a priority. Nobody would tell me.⟧
“⟦d:a|I wrote a note to file that evening. I have it with me today.⟧”
Rachel Dunsmore, who chairs the committee, asked who had given the instruction. “⟦d:c|Can you tell the committee the name of the person who told you this company was a priority?⟧”
Kahale looked at her lawyer, Benedict Oyelaran, before answering.
“⟦d:b|My client will answer that question in closed session,⟧” Oyelaran said. “⟦d:b|She has been advised that doing so in public could expose her to legal action.⟧”
“⟦d:c|Then we will go into closed session,⟧” the chair said.
Before the session closed, Hemi Walker, a Commonwealth Party member of the committee, asked: “⟦d:e|For the record, Ms Kahale, did you ever receive any payment, gift or hospitality from that company?⟧”
“⟦d:a|Never. Not so much as a biscuit.⟧”
The Health Ministry said that all contracts had been awarded “⟦p:d|in line with the rules in force at the time⟧”.

### 050
@a - | a Downing Street source
@b Ophelia Strand | the new foreign secretary
@c Bernard Ashworth | the 63-year-old
@d - | One ally of Ashworth's
@e Ravinder Gill | Prime Minister
Prime Minister Ravinder Gill carried out the biggest reshuffle of his premiership on Tuesday, sacking four cabinet ministers and promoting a wave of younger MPs in what a Downing Street source called "⟦p:a|a reset for the second half⟧".
"⟦d:a|The PM wants people round the table who are hungry. Some of the people leaving today have given great service, but they've been in post a long time,⟧" the source said.
The biggest winner was Ophelia Strand, who was promoted from chief secretary to the Treasury. Arriving at the foreign ministry, the new foreign secretary said: "⟦d:b|It's a huge honour. I've got a lot of reading to do.⟧"
Bernard Ashworth, who was sacked as business secretary after five years, posted a terse statement online. "⟦d:c|It has been a privilege to serve. I look forward to supporting the government from the back benches,⟧" the 63-year-old wrote.
One ally of Ashworth's was less restrained. "⟦d:d|He found out from a news alert. Five years, and he found out from his phone.⟧"
Gill, speaking to broadcasters in the afternoon, said: "⟦d:e|Every prime minister has to make difficult decisions. I've made them today, and I'm confident this is the team to take us into the election.⟧"

### 051
@a Margaret Osei | a local magistrate
@b Hemant Joshi | the sitting National Renewal MP
@c Caitlin Rourke | the Progressive Alliance candidate
@d - | a man near the door
@e - | One sixth-former
St Columba's church in Ridley Green was full to the rafters on Monday night for the constituency's only general election hustings, with people standing in the aisles and spilling out into the porch.
Hemant Joshi, the sitting National Renewal MP, and Caitlin Rourke, the Progressive Alliance candidate, sat at a trestle table in front of the altar, with three candidates from smaller parties at either end.
One sixth-former, who will vote for the first time in July, asked: “⟦d:e|My generation can't afford to rent, never mind buy. Why should I vote for either of you?⟧”
“⟦d:b|That's a completely fair question, and I'm not going to insult you by pretending we've got everything right,⟧” Joshi began.
“⟦d:d|You've had fourteen years!⟧” a man near the door shouted.
The chair, Margaret Osei, a local magistrate, asked for quiet. “⟦d:a|We're in a church, gentlemen. Let's at least try to behave as if we are,⟧” she said.
Rourke answered next. “⟦d:c|I'm 29. I rent. My landlord put the rent up by £200 last month. I'm not asking you to trust me because of something on a leaflet. I'm asking you to trust me because I'm living it.⟧”
Joshi retorted that her party's housing plan was “⟦p:b|a wish list without a single brick in it⟧”.

### 052
@a Ngozi Eze-Baptiste | The march's organiser
@b - | A spokesperson for Castlegate Police
@c Oskar Lindgren | Care minister
@d Gloria Adjei | a care worker from Tewby
Thousands of care workers marched on the Assembly building in Castlegate on Saturday, demanding a minimum wage of £15 an hour for the sector.
Marchers chanted "⟦s:-|Care costs, pay up⟧" and carried placards reading "⟦s:-|Clap Less, Pay More⟧" as they made their way along the river embankment.
The march's organiser, Ngozi Eze-Baptiste, told the crowd: "⟦d:a|They clapped for us on their doorsteps. Now we want them to put their hands in their pockets.⟧"
Gloria Adjei, 58, a care worker from Tewby, said she had travelled three hours on a coach to be there. "⟦d:d|I do twelve-hour shifts, I look after people's mums and dads, and I can't afford to put the heating on in my own flat. Something's wrong with that,⟧" she said.
A spokesperson for Castlegate Police said the march had been "⟦p:b|peaceful and good-natured⟧", with no arrests.
Care minister Oskar Lindgren said he "⟦p:c|respected the strength of feeling⟧" but that a sector-wide wage was "⟦p:c|not affordable right now⟧".
"⟦d:c|I want care workers paid more. Everybody does. But I'm not going to make a promise today that I can't keep tomorrow,⟧" he said.

### 053
@a Priyanka Sethi | the judge
@b Rhodri Mabbott | Environment secretary
@c Clearwater Alliance | the campaign group that brought the case
@d Tomás Ferreira | Its lawyer
The government acted unlawfully when it relaxed limits on sewage discharges into rivers without consulting the public, the High Court ruled on Wednesday.
In her judgment, Mrs Justice Priyanka Sethi said ministers had “⟦p:a|treated consultation as an inconvenience rather than a legal duty⟧”.
“⟦d:a|It is not for this court to decide whether the policy is a good one. It is for this court to decide whether it was lawfully made. It was not,⟧” the judge wrote.
Clearwater Alliance, the campaign group that brought the case, called the ruling “⟦p:c|a victory for every river in the country⟧”.
Its lawyer, Tomás Ferreira, said outside court: “⟦d:d|The government has been told, in the clearest terms, that it cannot make rules about our rivers behind closed doors.⟧”
Environment secretary Rhodri Mabbott said he was “⟦p:b|disappointed⟧” and would consider an appeal. “⟦d:b|We will study the judgment carefully. Our priority remains cleaner rivers, and that hasn't changed,⟧” he said.

### 054
@a Desmond Kerrigan | the former National Renewal chairman
@b Alistair Mbatha | a polling expert at Lakeside University
@c Fenella Hart | the programme's presenter
As the exit poll flashed up at 10pm, predicting a hung parliament with the Progressive Alliance 23 seats short of a majority, the mood in the Channel 6 election studio shifted.
``⟦d:c|Well. That's not what anybody was expecting,⟧'' said the programme's presenter, Fenella Hart. ``⟦d:c|Desmond, a difficult start for your lot?⟧''
Desmond Kerrigan, the former National Renewal chairman, was having none of it. ``⟦d:a|It's an exit poll, Fenella. I've seen exit polls get it wrong before. Let's wait for some actual votes.⟧''
Alistair Mbatha, a polling expert at Lakeside University, was less equivocal. ``⟦d:b|The exit poll hasn't been out by more than fifteen seats in twenty years. If I were Desmond, I'd start preparing a different speech.⟧''
``⟦d:a|He would say that,⟧'' Kerrigan muttered.
``⟦d:b|I would, because it's true,⟧'' Mbatha replied.
By 3am, with results in from Harrowgate and Fenmouth, Kerrigan conceded it had been ``⟦p:a|not a vintage night⟧''.
``⟦d:b|That's one way of putting it,⟧'' the pollster said.

### 055
@a Joseph Ndiaye | the Compact's special envoy
@b Laleh Ghorbani | The head of the government delegation
@c Zhanar Abenova | the chief negotiator for the Eastern Council
Talks in the neutral city of Lindholm aimed at ending the eight-year conflict in Upper Marr ended their third round on Friday with agreement on a prisoner exchange but no ceasefire.
“⟦d:a|This is not the breakthrough we wanted. But 400 families will have someone come home this month, and that is not nothing,⟧” said Joseph Ndiaye, the Compact's special envoy, who has chaired the talks since January.
The head of the government delegation, Laleh Ghorbani, said the exchange was “⟦p:b|a gesture of good faith⟧” and accused the other side of “⟦p:b|stalling on everything that matters⟧”.
Her counterpart, Zhanar Abenova, the chief negotiator for the Eastern Council, said it was the government that had refused to discuss a ceasefire line. “⟦d:c|We came with a map. They came with a speech,⟧” Abenova told reporters.
Asked to respond, Ghorbani said: “⟦d:b|Anyone can draw a map. Drawing one that both sides can live with takes work, and that work has barely started.⟧”
Ndiaye said the next round would begin in three weeks. “⟦d:a|I have asked both delegations to come back and to bring their maps and their speeches. We will need both.⟧”

### 056
@a Randall Pruitt | Assemblyman
@b Yolanda Marchetti | Presiding Officer
@c Deshawn Whitaker | the bill's sponsor
@d - | One Pruitt aide
SALT HOLLOW — Assemblyman Randall Pruitt spoke for 14 hours and 22 minutes on the floor of the Tarrant State Assembly, finishing shortly before dawn Wednesday, in an attempt to block a bill that would redraw the state's electoral districts.
Over the course of the night he read from the state constitution, a 1911 history of Tarrant's water rights titled "⟦s:-|The Thirsty Valley⟧" and, at one point, his grandmother's recipe for peach cobbler.
"⟦d:a|If they want to steal these districts, they're going to have to listen to every word of this first,⟧" Pruitt said around 2 a.m., his voice hoarse.
Presiding Officer Yolanda Marchetti warned him twice to stay on topic. "⟦d:b|The member will confine his remarks to the bill before the Assembly,⟧" she said.
"⟦d:a|Madam Presiding Officer, the cobbler is relevant. It is about what we leave to our grandchildren,⟧" he replied, to laughter from the gallery.
Deshawn Whitaker, the bill's sponsor, called the marathon "⟦p:c|theater⟧". "⟦d:c|He can talk until Christmas. The votes are there, and the bill will pass,⟧" Whitaker said.
One Pruitt aide said the lawmaker had eaten almost nothing. "⟦d:d|Two bananas and a bottle of water. That's it. He's sixty-one years old,⟧" the aide said.
The bill passed 41-37 later that morning.

### 057
@a Barry Keogh | the 58-year-old
@b Lowerby Standards Committee | the committee
@c Tasha Omondi | The officer
@d - | A spokesperson for the Civic Alliance group
A Lowerby councillor has been suspended for three months after a standards investigation found he had bullied a junior planning officer over a decision affecting his neighbour's extension.
The Lowerby Standards Committee found that Cllr Barry Keogh, who represents Riverside ward, had behaved in a way that was “⟦p:b|intimidating, persistent and wholly inappropriate⟧”.
In its report, the committee said: “⟦d:b|Cllr Keogh used his position to pressure an officer who was simply doing her job. He has shown no insight into the effect of his conduct.⟧”
Keogh, speaking outside the town hall, said he would appeal. “⟦d:a|I raised a concern on behalf of a resident. That's my job. If that's bullying, every councillor in the country should be suspended,⟧” the 58-year-old said.
The officer, Tasha Omondi, said in a statement issued through her union that she was “⟦p:c|relieved⟧”. “⟦d:c|I hope no other officer has to go through what I went through. I was made to feel frightened to come to work,⟧” she said.
A spokesperson for the Civic Alliance group, of which Keogh is a member, said he had had the whip withdrawn “⟦p:d|pending the outcome of his appeal⟧”.

### 058
@a Ayumi Tanabe | the foreign minister of Suravia
@b - | One of her officials
Ayumi Tanabe, the foreign minister of Suravia, has spent the morning on the phone to three capitals, and it shows. She is, by her own description, “⟦p:a|a terrible diplomat who happens to be good at diplomacy⟧”.
“⟦d:-|What does that mean?⟧” I ask.
“⟦d:a|It means I lose my temper. I just don't lose it in the room,⟧” she says.
Tanabe, 52, was a trade lawyer before she entered politics, and she still talks like one: in numbered points, with the occasional footnote. She has spent two years negotiating the Strait Trade Agreement with Drannia, which is due to come into force in January.
Will it outlast the government that signed it? Drannia goes to the polls in the spring, and the opposition there has promised to tear it up.
“⟦d:a:m|Nothing outlasts anything in politics. But treaties are stubborn things. Once the ships are moving and the money is flowing, it takes a very brave new government to stop them.⟧
“⟦d:a|And new governments, in my experience, are not very brave in their first year.⟧”
One of her officials, who asked not to be named, says she reads every diplomatic cable herself. “⟦d:b|Every single one. We've tried to stop her. It's hopeless.⟧”
When I mention this, Tanabe laughs. “⟦d:a|Somebody has to. They're very badly written.⟧”

### 059
@a Aroha Ngata | Green Forward co-leader
@b Ben Sutcliffe | Her co-leader
@c - | one journalist
@d - | A reporter from the Daily Courier
Green Forward launched its election manifesto in a converted tram depot in Northam on Thursday, promising a wealth tax on fortunes above £10 million and free bus travel for under-25s.
"⟦d:a|This isn't a wish list. Every line of this is costed, and every line of it is paid for by people who can afford it,⟧" Green Forward co-leader Aroha Ngata told supporters.
Her co-leader, Ben Sutcliffe, said the party would "⟦p:b|hold the balance of power and use it⟧" if the election produced a hung parliament.
During questions, one journalist asked which party Green Forward would rather prop up. "⟦d:c|Is it the Alliance or National Renewal? You must have a preference.⟧"
"⟦d:b|We prefer the one that gives us free buses,⟧" Sutcliffe said, to laughter.
A reporter from the Daily Courier asked Ngata whether a wealth tax would drive the rich abroad. "⟦d:d|Won't they all just leave?⟧"
"⟦d:a|Some might. I'll hold the door for them,⟧" she replied.
Later she added: "⟦d:a|Honestly, if someone's patriotism depends on the top rate of tax, I'm not sure how patriotic they were in the first place.⟧"

### 060
@a Theodora Vance | Prime Minister
@b Rashid Mahmood | the Leader of the Opposition
@c - | One of the House doorkeepers
@d Mary | his widow
MPs from all parties paid tribute on Monday to Godfrey Penhale, the former Father of the House, who died at the weekend aged 81.
Prime Minister Theodora Vance said he had been “⟦p:a|the conscience of this chamber for half a century⟧”.
“⟦d:a|He once told me, when I was a very new and very nervous backbencher, ‘Speak for the people who can't get in the door, and you'll never go far wrong.’ I have tried to live by that. I have not always managed it,⟧” she said.
Rashid Mahmood, the Leader of the Opposition, said Penhale had been “⟦p:b|impossible to dislike and very easy to lose an argument to⟧”.
“⟦d:b|He voted against my party on almost everything for forty years, and I never once heard him say an unkind word about any of us,⟧” he said.
In a statement read to the House by the Speaker, his widow, Mary, said: “⟦d:d|Godfrey loved this place more than was good for him. Thank you for letting him.⟧”
One of the House doorkeepers, who asked not to be named, said Penhale had been one of the few members who always stopped to chat. “⟦d:c|He knew all our names and all our children's names. Every one. Not many of them bother.⟧”

### 061
@a Oliver Tremayne | Energy secretary
@b Sanjay Mehta | NewsHour presenter
@c Northgrid | -
Energy secretary Oliver Tremayne insisted on Tuesday that household energy bills would fall "⟦p:a|by the end of next year⟧", during a fractious interview on Channel 6 in which he and the presenter repeatedly talked over each other.
"⟦d:a|The price cap,⟧" Tremayne said, "⟦d:a|is coming down. Not as fast as any of us would like, but it is coming down.⟧"
NewsHour presenter Sanjay Mehta pressed him: "⟦d:b|By how much, Secretary of State? You promised £300 at the election. Is it still £300?⟧"
"⟦d:a|I'm not going to —⟧"
"⟦d:b|Is it still £300?⟧"
"⟦d:a|If you let me finish a sentence, Sanjay, I'll tell you.⟧"
"⟦d:b|Go on, then.⟧"
"⟦d:a|We are on track to meet the commitments we made,⟧" the minister said.
"⟦d:b|That's not a number.⟧"
"⟦d:a|It's the answer.⟧"
Northgrid, which operates the national transmission network, said separately that wholesale costs were "⟦p:c|likely to remain volatile⟧" throughout the winter.

### 062
@a Lucinda Faraday | the party chair
@b - | A National Renewal spokesperson
@c Ashok Menon | a National Renewal MP who was at the meeting
The chair of National Renewal told MPs at a private meeting that the party's leader was “⟦p:a|a liability on the doorstep⟧”, according to a recording obtained by the Herald.
In the recording, made at a meeting of the party's parliamentary group last Wednesday, Lucinda Faraday, the party chair, can be heard saying: “⟦d:a|I'm not going to sugar-coat it. Every canvass return I've seen says the same thing. People like our policies and they don't like him.⟧”
Another voice, which the Herald has not been able to identify, replies: “⟦d:-|So what are we supposed to do about it, Lucinda?⟧”
“⟦d:a|That's above my pay grade,⟧” she says.
Ashok Menon, a National Renewal MP who was at the meeting, confirmed the recording was genuine but said it had been “⟦p:c|taken completely out of context⟧”.
“⟦d:c|Lucinda was making a point about communications. Nobody in that room was talking about a change of leader,⟧” he said.
A National Renewal spokesperson said: “⟦d:b|Private meetings are private for a reason. The leader has the full confidence of the party chair and of the parliamentary group.⟧”
Faraday did not respond to requests for comment.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh100.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh100",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
